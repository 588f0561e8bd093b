<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition-wide pages: home (the list of texts), one register page per kind with back-links
  to every mention, the about page from the TEI headers, and the pages to find texts by
  (modules/search-page.xsl, dates.xsl, map.xsl, letters.xsl).
  Called with the registers and, for the texts, their extracts (modules/extract.xsl: header and
  mentions); writes its pages with xsl:result-document. An edition's xslt/custom/html.xsl, then
  custom/site.xsl, are imported over it by the build.

  Put together as every stylesheet of common/, html/, fo/, epub/: by xsl:import only, never
  xsl:include, so that the later import wins, whatever the priorities (a priority ranks templates
  within one module). From the bottom up: common/normalize.xsl; a library's modules/
  (html/html.xsl, fo/fo.xsl); a driver's own parts, in a folder named after it (fo/book/,
  epub/book/); the driver; then an edition's xslt/custom/, which the build imports over it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:n="urn:x-edition:normalized"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:t="urn:x-edition:template"
    xmlns:e="urn:x-edition:extract"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="html.xsl"/>


  <!-- The extracts of the texts (see extract.xsl). -->
  <xsl:param name="all-texts" as="document-node()*" select="()"/>
  <!-- The edition's pages say the edition's licence (its settings', its own header's), never
       one text's: a text's licence is said on its page. -->
  <xsl:param name="site-licence" as="xs:string?" select="f:edition-licence(())"/>
  <xsl:variable name="texts" as="document-node()*" select="f:ordered-texts($all-texts)"/>

  <xsl:variable name="fp:entries" as="element()*" select="f:register-entries($registers)"/>

  <!-- Every mention of the edition, keyed by the entry it points to. -->
  <xsl:variable name="fp:mentions" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="$texts//e:mention" group-by="string(@entry)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The home page, a page per register, the about page. -->
  <xsl:template name="pages">
    <!-- The site's folder: a page in a subfolder (nav/) is named from it, not from the page
         written before it. -->
    <xsl:variable name="root" select="current-output-uri()"/>
    <xsl:result-document href="index.html" method="html" html-version="5" encoding="UTF-8">
      <xsl:call-template name="t:home"/>
    </xsl:result-document>
    <xsl:for-each-group select="$fp:entries" group-by="f:register-kind(.)">
      <xsl:result-document href="{current-grouping-key()}.html" method="html" html-version="5" encoding="UTF-8">
        <xsl:call-template name="t:register">
          <xsl:with-param name="kind" select="current-grouping-key()"/>
          <xsl:with-param name="entries" select="current-group()"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each-group>
    <xsl:result-document href="about.html" method="html" html-version="5" encoding="UTF-8">
      <xsl:call-template name="t:about"/>
    </xsl:result-document>
    <xsl:result-document href="search.html" method="html" html-version="5" encoding="UTF-8">
      <xsl:call-template name="t:search-page"/>
    </xsl:result-document>
    <xsl:call-template name="t:date-pages"><xsl:with-param name="texts" select="$texts"/></xsl:call-template>
    <xsl:call-template name="t:map-page">
      <xsl:with-param name="mentions" select="$fp:mentions"/>
      <xsl:with-param name="tiles" select="$map-tiles[exists($map-tiles-origin)]"/>
    </xsl:call-template>
    <xsl:call-template name="t:letter-neighbours">
      <xsl:with-param name="texts" select="$texts"/>
      <xsl:with-param name="root" select="$root"/>
    </xsl:call-template>
    <xsl:call-template name="t:register-data">
      <xsl:with-param name="entries" select="$fp:entries"/>
      <xsl:with-param name="mentions" select="$fp:mentions"/>
      <xsl:with-param name="root" select="$root"/>
    </xsl:call-template>
    <xsl:if test="$dts">
      <xsl:call-template name="t:dts-edition">
        <xsl:with-param name="texts" select="$texts"/>
        <xsl:with-param name="root" select="$root"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="exists($texts[exists(f:correspondence(.))])">
      <xsl:result-document href="{resolve-uri('cmif.xml', $root)}" method="xml" indent="yes" encoding="UTF-8">
        <xsl:call-template name="t:cmif"><xsl:with-param name="texts" select="$texts"/></xsl:call-template>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================== home -->
  <xsl:template name="t:home">
    <xsl:call-template name="t:page">
      <xsl:with-param name="title" select="$site-title"/>
      <xsl:with-param name="page-class" select="'page home-page'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$site-title"/></h1>
        <xsl:for-each select="f:edition-subtitle()">
          <p class="subtitle"><xsl:value-of select="."/></p>
        </xsl:for-each>
        <xsl:for-each select="f:edition-credits()">
          <p class="responsibility"><xsl:value-of select="?label || f:colon() || ?names"/></p>
        </xsl:for-each>
        <xsl:for-each select="f:edition-header()">
          <xsl:for-each select="tei:fileDesc/tei:titleStmt/tei:respStmt[empty(f:edition-credits())]">
            <p class="responsibility">
              <xsl:value-of select="normalize-space(tei:resp[1]) || f:colon()"/>
              <xsl:value-of select="string-join((tei:persName, tei:orgName, tei:name) ! normalize-space(.), ', ')"/>
            </p>
          </xsl:for-each>
          <xsl:apply-templates select="tei:encodingDesc/tei:projectDesc/tei:p" mode="m:html"/>
        </xsl:for-each>
        <!-- An edition without a title has its list of texts for a heading: said once. -->
        <xsl:if test="exists($edition-title)"><h2><xsl:value-of select="f:label('texts')"/></h2></xsl:if>
        <ul class="text-list">
          <!-- a text's source said once for a run of texts from it (a diary's volume, a
               letters' edition), at the first: 16,000 entries repeated their volume's whole
               description, 4 KB each -->
          <xsl:for-each-group select="f:ordered-texts($texts)" group-adjacent="fp:source-key(f:original-publication(.))">
          <xsl:variable name="first" select="."/>
          <xsl:variable name="shared" select="count(current-group()) gt 1"/>
          <xsl:for-each select="current-group()">
            <li>
              <a href="{f:text-id(.)}.html" class="text-title"><xsl:value-of select="f:text-title(.)"/></a>
              <xsl:if test="f:text-subtitle(.)">
                <span class="text-subtitle"><xsl:value-of select="' — ' || f:text-subtitle(.)"/></span>
              </xsl:if>
              <xsl:if test="exists(f:text-authors(.))">
                <span class="text-authors"><xsl:value-of select="string-join(f:text-authors(.), ', ')"/></span>
              </xsl:if>
              <xsl:for-each select="f:text-date-label(.)">
                <span class="text-date"><xsl:value-of select="."/></span>
              </xsl:for-each>
              <xsl:for-each select="f:original-publication(.)[$first is root(.)]">
                <span class="text-source"><xsl:apply-templates select="if ($shared) then fp:without-pages(.)/node() else node()" mode="m:html"/></span>
              </xsl:for-each>
            </li>
          </xsl:for-each>
          </xsl:for-each-group>
        </ul>
        <xsl:choose>
          <xsl:when test="$edition?licence">
            <h2><xsl:value-of select="f:label('licence')"/></h2>
            <p class="licence">
              <xsl:choose>
                <xsl:when test="f:safe-url($edition?licence) and matches($edition?licence, '^https?://')">
                  <a href="{$edition?licence}" rel="license"><xsl:value-of select="$edition?licence"/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$edition?licence"/></xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="f:edition-header()/tei:fileDesc/tei:publicationStmt/tei:availability">
              <h2><xsl:value-of select="f:label('licence')"/></h2>
              <xsl:apply-templates mode="m:html"/>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================== registers -->
  <xsl:template name="t:register">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="entries" as="element()*"/>
    <xsl:call-template name="t:page">
      <xsl:with-param name="title" select="f:label($kind)"/>
      <xsl:with-param name="page-class" select="'page register-page register-' || $kind"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="f:label($kind)"/></h1>
        <p class="count"><xsl:value-of select="count($entries) || ' ' || f:label('entries')"/></p>
        <xsl:for-each select="$entries">
          <xsl:sort select="f:sort-key(f:entry-name(.))"/>
          <xsl:sort select="f:entry-name(.)"/>
          <xsl:call-template name="t:entry"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="t:entry">
    <xsl:variable name="mentions" select="($fp:mentions(f:entry-key(.)), ())"/>
    <article class="entry" id="{@xml:id}">
      <h2><xsl:apply-templates select="." mode="m:entry-name"/></h2>
      <xsl:for-each select="tei:note | tei:p | tei:desc">
        <p class="entry-note"><xsl:apply-templates mode="m:html"/></p>
      </xsl:for-each>
      <!-- Birth, death and the like as a reader reads them: "Naissance : 9 octobre 1845, Göttingen",
           not the encoding's dates, places and coordinates run together. -->
      <xsl:for-each select="(tei:birth | tei:death | tei:occupation | tei:residence | tei:affiliation)[fp:entry-fact(.) != '']">
        <p class="entry-{local-name()}"><xsl:value-of select="f:label('entry-' || local-name()) || f:colon() || fp:entry-fact(.)"/></p>
      </xsl:for-each>
      <xsl:variable name="authorities" select="tei:idno[normalize-space()]"/>
      <xsl:if test="$authorities">
        <p class="authorities">
          <xsl:value-of select="f:label('authority') || f:colon()"/>
          <xsl:for-each select="$authorities">
            <xsl:variable name="url" select="f:safe-url(normalize-space(.))[matches(., '^https?:')]"/>
            <xsl:choose>
              <xsl:when test="$url"><a href="{$url}" rel="noopener noreferrer external"><xsl:value-of select="(@type, $url)[1]"/></a></xsl:when>
              <xsl:otherwise><span class="idno"><xsl:value-of select="string-join((@type, normalize-space(.)), ' ')"/></span></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="exists($mentions)">
          <h3><xsl:value-of select="f:label('mentions')"/></h3>
          <ul class="mentions">
            <xsl:for-each-group select="$mentions" group-by="f:text-id(.)">
              <li>
                <span class="mention-text"><xsl:value-of select="f:text-full-title(.) || f:colon()"/></span>
                <xsl:for-each select="current-group()">
                  <a class="backlink" href="{f:page-href(f:text-id(.), xs:integer((@part, 1)[1]))}#{@anchor}"><xsl:value-of select="@place"/></a>
                  <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
                </xsl:for-each>
              </li>
            </xsl:for-each-group>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="no-mentions"><xsl:value-of select="f:label('no-mentions')"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </article>
  </xsl:template>

  <!-- ===================================================================== about -->
  <!-- The about page, for readers: the edition (who made it, its date, its licence, how to cite
       it, what it is for), then its editorial principles once (a text whose principles differ is
       named), then each text's sources and history. -->
  <xsl:template name="t:about">
    <xsl:variable name="header" select="f:edition-header()"/>
    <xsl:variable name="described" select="($registers, $texts[not(f:text-id(.) = $registers ! f:text-id(.))])"/>
    <xsl:variable name="shared-titles" select="f:shared-titles($texts)"/>
    <xsl:variable name="date" select="(($header, $described) ! f:edition-date(.)) => sort() => reverse() => head()"/>
    <xsl:call-template name="t:page">
      <xsl:with-param name="title" select="f:label('about')"/>
      <xsl:with-param name="page-class" select="'page about-page'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="f:label('about')"/></h1>
        <section class="colophon" id="about-edition">
          <h2><xsl:value-of select="$site-title"/></h2>
          <xsl:for-each select="f:edition-subtitle()"><p class="subtitle"><xsl:value-of select="."/></p></xsl:for-each>
          <xsl:variable name="credits" select="f:edition-credits()"/>
          <xsl:for-each select="$credits">
            <p><xsl:value-of select="?label || f:colon() || ?names"/></p>
          </xsl:for-each>
          <xsl:if test="empty($credits)">
            <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt">
              <p><xsl:value-of select="normalize-space(tei:resp[1]) || f:colon() || string-join((tei:persName, tei:orgName, tei:name) ! normalize-space(.), ', ')"/></p>
            </xsl:for-each>
          </xsl:if>
          <xsl:for-each select="$date">
            <p class="edition-date"><xsl:value-of select="f:label('edition-date') || f:colon() || f:date-words(., $ui-lang)"/></p>
          </xsl:for-each>
          <xsl:choose>
            <xsl:when test="$edition?licence">
              <p class="licence"><xsl:value-of select="f:label('licence') || f:colon() || $edition?licence"/></p>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:availability">
                <div class="licence"><xsl:apply-templates mode="m:html"/></div>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
          <!-- An edition without a title of its own is cited by its texts only. -->
          <xsl:if test="exists($edition-title)">
          <h3><xsl:value-of select="f:label('cite-the-edition')"/></h3>
          <p class="citation">
            <xsl:variable name="editors" select="$edition?editors ! tokenize(., '\s*;\s*')[.]"/>
            <xsl:if test="exists($editors)"><xsl:value-of select="string-join($editors, ', ') || ' (' || lower-case(f:label('edited-by-short')) || '). '"/></xsl:if>
            <i><xsl:value-of select="$site-title"/></i>
            <!-- publisher and date, those there are: none, and the title ends the citation -->
            <xsl:value-of select="string-join(($edition?publisher, $date ! f:date-words(., $ui-lang))[normalize-space()] ! normalize-space(.), ', ')[. != ''] ! (', ' || .)"/>
            <xsl:text>.</xsl:text>
            <xsl:for-each select="$base-url"><xsl:text> </xsl:text><span class="cite-url"><xsl:value-of select="."/></span></xsl:for-each>
          </p>
          </xsl:if>
          <xsl:for-each select="$header/tei:encodingDesc/tei:projectDesc">
            <h3><xsl:value-of select="f:label('project')"/></h3>
            <xsl:apply-templates mode="m:html"/>
          </xsl:for-each>
        </section>
        <xsl:variable name="principles" select="$described//tei:teiHeader[1]/tei:encodingDesc/tei:editorialDecl/*"/>
        <xsl:if test="$principles">
          <section class="colophon" id="about-principles">
            <h2><xsl:value-of select="f:label('editorial-principles')"/></h2>
            <!-- The same principle stated in several texts is given once. -->
            <xsl:for-each-group select="$principles" group-by="local-name() || ' ' || normalize-space(.)">
              <h3>
                <xsl:value-of select="f:label(fp:decl-key(.))"/>
                <xsl:if test="count(distinct-values($principles[local-name() = local-name(current())] ! normalize-space(.))) gt 1">
                  <xsl:value-of select="' (' || string-join(current-group() ! f:text-full-title(root(.)), ', ') || ')'"/>
                </xsl:if>
              </h3>
              <xsl:apply-templates select="if (self::tei:p) then . else *" mode="m:html"/>
            </xsl:for-each-group>
          </section>
        </xsl:if>
        <!-- What others may take: the edition's TEI with its checksums (publish/html/TeiDump), the
             registers as data, the letters in CMIF, the DTS entry (html/modules/data.xsl, dts.xsl). -->
        <section class="colophon" id="about-data">
          <h2><xsl:value-of select="f:label('about-data')"/></h2>
          <ul class="data-files">
            <li><a href="data/tei.zip"><xsl:value-of select="f:label('data-tei-dump')"/></a>
              <xsl:text> (</xsl:text><a href="data/SHA256SUMS"><xsl:value-of select="f:label('data-checksums')"/></a>)</li>
            <xsl:if test="exists($fp:entries)">
              <li>
                <xsl:value-of select="f:label('data-registers') || f:colon()"/>
                <xsl:for-each-group select="$fp:entries" group-by="f:register-kind(.)">
                  <xsl:if test="position() gt 1">, </xsl:if>
                  <xsl:value-of select="f:label(current-grouping-key()) || ' ('"/>
                  <a href="data/registers/{current-grouping-key()}.json">JSON</a>
                  <xsl:text>, </xsl:text>
                  <a href="data/registers/{current-grouping-key()}.csv">CSV</a>
                  <xsl:text>)</xsl:text>
                </xsl:for-each-group>
              </li>
            </xsl:if>
            <xsl:if test="exists($texts[exists(f:correspondence(.))])">
              <li><a href="cmif.xml"><xsl:value-of select="f:label('data-cmif')"/></a></li>
            </xsl:if>
            <xsl:if test="$dts">
              <li><a href="dts/index.json"><xsl:value-of select="f:label('data-dts')"/></a></li>
            </xsl:if>
          </ul>
        </section>
        <!-- The two views of the texts, explained once (text.xsl: the view switch). -->
        <xsl:if test="$described/*/@views = 'yes' or (some $d in $described satisfies f:has-views($d))">
          <section class="colophon" id="about-views">
            <h2><xsl:value-of select="f:label('views')"/></h2>
            <p><xsl:value-of select="f:label('views-edited')"/></p>
            <p><xsl:value-of select="f:label('views-diplomatic')"/></p>
            <xsl:if test="$described/*/@apparatus = 'yes' or $described//tei:text//tei:app">
              <p><xsl:value-of select="f:label('views-apparatus')"/></p>
            </xsl:if>
          </section>
        </xsl:if>
        <section class="colophon" id="about-texts">
          <h2><xsl:value-of select="f:label('the-texts')"/></h2>
          <!-- A register file that is also a text is described once. Texts in a row with the same
               credits, sources, licence and history (a diary's entries, a volume's letters) are
               described once, named by their number, first and last: the about page of 16,000
               entries said the same seven lines 16,000 times (85 MB). -->
          <xsl:for-each-group select="$described" group-adjacent="fp:about-key(., $header)">
            <xsl:variable name="text-header" select=".//tei:teiHeader[1]"/>
            <section id="about-{f:text-id(.)}">
              <h3>
                <xsl:choose>
                  <xsl:when test="count(current-group()) = 1"><xsl:value-of select="f:text-distinct-title(., $shared-titles)"/></xsl:when>
                  <xsl:otherwise>
                    <xsl:value-of select="f:label('about-texts-group') => replace('\{n\}', string(count(current-group())))
                        => replace('\{first\}', replace(f:text-distinct-title(., $shared-titles), '[\\$]', '\\$0'))
                        => replace('\{last\}', replace(f:text-distinct-title(current-group()[last()], $shared-titles), '[\\$]', '\\$0'))"/>
                  </xsl:otherwise>
                </xsl:choose>
              </h3>
              <xsl:for-each select="$text-header/tei:fileDesc/tei:titleStmt/tei:respStmt">
                <p><xsl:value-of select="normalize-space(tei:resp[1]) || f:colon() || string-join((tei:persName, tei:orgName, tei:name) ! normalize-space(.), ', ')"/></p>
              </xsl:for-each>
              <xsl:for-each select="$text-header/tei:fileDesc/tei:editionStmt">
                <xsl:apply-templates mode="m:html"/>
              </xsl:for-each>
              <xsl:if test="$text-header/tei:fileDesc/tei:sourceDesc[normalize-space()]">
                <h4><xsl:value-of select="f:label('sources')"/></h4>
                <xsl:for-each select="$text-header/tei:fileDesc/tei:sourceDesc/*
                    ! (if (count(current-group()) gt 1 and not(self::tei:msDesc)) then fp:without-pages(.) else .)">
                  <p>
                    <xsl:choose>
                      <!-- a manuscript is named here and described on its text's page -->
                      <xsl:when test="self::tei:msDesc">
                        <xsl:value-of select="f:label(f:description-key(.)) || f:colon() || f:manuscript-name(.) || ' '"/>
                        <a href="{f:text-id(root(.))}.html"><xsl:value-of select="f:label('ms-described')"/></a>
                      </xsl:when>
                      <xsl:otherwise><xsl:apply-templates select="if (self::tei:p) then node() else ." mode="m:html"/></xsl:otherwise>
                    </xsl:choose>
                  </p>
                </xsl:for-each>
              </xsl:if>
              <xsl:if test="not(. is $header/root())">
                <xsl:for-each select="$text-header/tei:fileDesc/tei:publicationStmt/tei:availability[not(normalize-space(.) = normalize-space($header/tei:fileDesc/tei:publicationStmt/tei:availability))]">
                  <h4><xsl:value-of select="f:label('licence')"/></h4>
                  <xsl:apply-templates mode="m:html"/>
                </xsl:for-each>
              </xsl:if>
              <xsl:if test="$text-header/tei:revisionDesc/tei:change">
                <h4><xsl:value-of select="f:label('revisions')"/></h4>
                <ul>
                  <xsl:for-each select="$text-header/tei:revisionDesc/tei:change">
                    <li><xsl:value-of select="string-join((@when, normalize-space(.)), ' — ')"/></li>
                  </xsl:for-each>
                </ul>
              </xsl:if>
            </section>
          </xsl:for-each-group>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="fp:entry-fact" as="xs:string">
    <xsl:param name="fact" as="element()"/>
    <!-- Dates as the reader's language writes them ("9 octobre 1845", "XVIe siècle"), not ISO. -->
    <xsl:variable name="date" select="($fact/(@when, @from, @notBefore) ! string(.), $fact/tei:date/(string(@when), normalize-space(.)))[normalize-space()][1] ! f:date-words(., $ui-lang)"/>
    <xsl:variable name="place" select="($fact//(tei:placeName | tei:settlement[not(tei:placeName)] | tei:country)[not(ancestor::tei:location)])[1] ! normalize-space(.)"/>
    <!-- A fact written as a sentence, with words of its own around its date and place ("<date>9
         janvier 1905</date>, à <settlement>Marseille</settlement>."), reads as written: taken
         apart, the words that joined them would be left over with their punctuation. The date of
         its attributes comes first when the sentence has none of its own. -->
    <xsl:variable name="sentence" select="normalize-space(string-join($fact//text()[not(ancestor::tei:location | ancestor::tei:note)], ''))"/>
    <xsl:sequence select="if ($fact/text()[matches(., '\w')])
        then string-join((($fact/(@when, @from, @notBefore))[normalize-space()][1][empty($fact//tei:date)] ! f:date-words(string(.), $ui-lang), $sentence)[. != ''], ', ')
        else string-join(($date, $place), ', ')"/>
  </xsl:function>

  <xsl:function name="fp:decl-key" as="xs:string">
    <xsl:param name="decl" as="element()"/>
    <xsl:sequence select="(map {
        'correction': 'corrections', 'normalization': 'normalisation', 'quotation': 'quotation',
        'hyphenation': 'hyphenation', 'segmentation': 'segmentation', 'interpretation': 'interpretation'
        }(local-name($decl)), 'encoding')[1]"/>
  </xsl:function>


  <!-- What the about page says of a text besides its title: its credits, edition, sources, its
       licence, its history; texts in a row that say the same are described together. -->
  <xsl:function name="fp:about-key" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="h" select="$doc//tei:teiHeader[1]"/>
    <xsl:sequence select="string-join((
        $h/tei:fileDesc/tei:titleStmt/tei:respStmt ! normalize-space(.),
        $h/tei:fileDesc/tei:editionStmt ! normalize-space(.),
        $h/tei:fileDesc/tei:sourceDesc/* ! (if (self::tei:msDesc) then f:text-id($doc) else fp:source-key(.)),
        if ($doc is $header/root()) then '' else $h/tei:fileDesc/tei:publicationStmt/tei:availability ! normalize-space(.),
        $h/tei:revisionDesc/tei:change ! (@when || normalize-space(.))), '&#xA;')"/>
  </xsl:function>

  <!-- A source as texts from it share it: without the page each is on (a diary's entries are
       each on a page of one volume). -->
  <xsl:function name="fp:source-key" as="xs:string">
    <xsl:param name="source" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join(fp:without-pages($source)//text(), ''))"/>
  </xsl:function>

  <!-- (a copy in a document marked as its own, normalised in the same language, for the formats'
       functions to read its decisions) -->
  <xsl:function name="fp:without-pages" as="element()?">
    <xsl:param name="source" as="element()?"/>
    <xsl:variable name="copy" as="document-node()?">
      <xsl:for-each select="$source">
        <xsl:document>
          <tei:TEI xml:lang="{f:text-lang(.)}">
            <xsl:copy-of select="root(.)/*[1]/@n:normalized"/>
            <xsl:apply-templates select="." mode="mp:without-pages"/>
          </tei:TEI>
        </xsl:document>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="$copy/*/*"/>
  </xsl:function>

  <xsl:mode name="mp:without-pages" on-no-match="shallow-copy"/>
  <xsl:template match="tei:biblScope[lower-case(@unit) = ('page', 'pages', 'pp', 'p')] | tei:citedRange[lower-case(@unit) = ('page', 'pages', 'pp', 'p')]" mode="mp:without-pages"/>
</xsl:stylesheet>
