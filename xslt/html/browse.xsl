<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition-wide pages to find texts by: the search page (its results and facets are
  assets/search.js's, over the index in search/), the texts by date (a page of decades and years,
  a page per decade), the map of the registers' places that say where they lie, the letters'
  neighbours (nav/ID.js, read by a letter's page), and the CMIF file of the letters
  (correspSearch's Correspondence Metadata Interchange Format). Imported by site.xsl, which calls
  these templates with the texts' extracts.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:t="urn:x-edition:template"
    xmlns:x="urn:x-edition:extract"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- ===================================================================== search -->
  <xsl:template name="t:search-page">
    <xsl:variable name="facets" select="('kind', 'lang', 'decade', 'year', 'author', 'correspondent', 'person', 'place', 'org')"/>
    <xsl:call-template name="t:page">
      <xsl:with-param name="title" select="f:label('search-page')"/>
      <xsl:with-param name="page-class" select="'page search-page'"/>
      <xsl:with-param name="content">
        <div id="search-page" data-facets="{string-join($facets, ' ')}">
          <xsl:for-each select="('results-n', 'page-n', 'paging', 'previous', 'next', 'more', 'facet-open', $facets ! ('facet-' || .))">
            <xsl:attribute name="data-label-{replace(., '-n$', '')}" select="f:label(.)"/>
          </xsl:for-each>
          <h1><xsl:value-of select="f:label('search-page')"/></h1>
          <form id="search-form" class="search-form" action="search.html">
            <label for="search-query"><xsl:value-of select="f:label('search')"/></label>
            <input type="search" id="search-query" name="q" autocomplete="off" disabled="disabled"/>
            <label for="search-sort"><xsl:value-of select="f:label('sort')"/></label>
            <select id="search-sort" name="sort">
              <option value="relevance"><xsl:value-of select="f:label('sort-relevance')"/></option>
              <option value="date"><xsl:value-of select="f:label('sort-date')"/></option>
            </select>
            <button type="submit"><xsl:value-of select="f:label('search-go')"/></button>
          </form>
          <p class="search-help"><xsl:value-of select="f:label('search-help')"/></p>
          <noscript><p class="search-needs-js"><xsl:value-of select="f:label('search-needs-js')"/></p></noscript>
          <div class="search-layout">
            <aside id="search-facets" class="search-facets" aria-label="{f:label('facets')}"></aside>
            <section id="search-page-results" class="search-page-results" aria-live="polite"></section>
          </div>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================== dates -->
  <!-- The texts by date: a page of decades and years with their counts, then a page per
       decade listing its texts year by year, in the order they were written. -->
  <xsl:template name="t:date-pages">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:variable name="dated" select="$texts[x:extract/@date]"/>
    <xsl:result-document href="dates.html" method="html" html-version="5" encoding="UTF-8">
      <xsl:call-template name="t:page">
        <xsl:with-param name="title" select="f:label('texts-by-date')"/>
        <xsl:with-param name="page-class" select="'page dates-page'"/>
        <xsl:with-param name="content">
          <h1><xsl:value-of select="f:label('texts-by-date')"/></h1>
          <ul class="decades">
            <xsl:for-each-group select="$dated" group-by="f:decade(x:extract/@date)">
              <xsl:sort select="current-grouping-key()"/>
              <li>
                <a href="dates-{current-grouping-key()}.html"><xsl:value-of select="f:decade-label(current-grouping-key())"/></a>
                <xsl:value-of select="' (' || count(current-group()) || ')'"/>
                <ul class="years">
                  <xsl:for-each-group select="current-group()" group-by="f:year(x:extract/@date)">
                    <xsl:sort select="current-grouping-key()"/>
                    <li><a href="dates-{f:decade(x:extract/@date)}.html#y{current-grouping-key()}"><xsl:value-of select="current-grouping-key()"/></a>
                      <xsl:value-of select="' (' || count(current-group()) || ')'"/></li>
                  </xsl:for-each-group>
                </ul>
              </li>
            </xsl:for-each-group>
          </ul>
          <xsl:variable name="undated" select="$texts except $dated"/>
          <xsl:if test="exists($undated)">
            <h2 id="undated"><xsl:value-of select="f:label('undated')"/></h2>
            <ol class="dated-texts">
              <xsl:for-each select="$undated">
                <xsl:sort select="f:sort-key(f:text-title(.))"/>
                <xsl:call-template name="fp:dated-text"/>
              </xsl:for-each>
            </ol>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
    <xsl:for-each-group select="$dated" group-by="f:decade(x:extract/@date)">
      <xsl:result-document href="dates-{current-grouping-key()}.html" method="html" html-version="5" encoding="UTF-8">
        <xsl:call-template name="t:page">
          <xsl:with-param name="title" select="f:label('texts-by-date') || ', ' || f:decade-label(current-grouping-key())"/>
          <xsl:with-param name="page-class" select="'page dates-page decade-page'"/>
          <xsl:with-param name="content">
            <h1><xsl:value-of select="f:label('texts-by-date') || ', ' || f:decade-label(current-grouping-key())"/></h1>
            <p class="up"><a href="dates.html"><xsl:value-of select="f:label('texts-by-date')"/></a></p>
            <xsl:for-each-group select="current-group()" group-by="f:year(x:extract/@date)">
              <xsl:sort select="current-grouping-key()"/>
              <section class="year" id="y{current-grouping-key()}">
                <h2><xsl:value-of select="current-grouping-key() || ' (' || count(current-group()) || ')'"/></h2>
                <ol class="dated-texts">
                  <xsl:for-each select="current-group()">
                    <xsl:sort select="string(x:extract/@date)"/>
                    <xsl:sort select="f:text-id(.)"/>
                    <xsl:call-template name="fp:dated-text"/>
                  </xsl:for-each>
                </ol>
              </section>
            </xsl:for-each-group>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template name="fp:dated-text">
    <li>
      <xsl:if test="x:extract/@date-label">
        <span class="text-date"><xsl:value-of select="x:extract/@date-label"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <a href="{f:text-id(.)}.html"><xsl:value-of select="f:text-title(.)"/></a>
      <xsl:for-each select="x:extract/@kind">
        <span class="text-kind"><xsl:value-of select="' · ' || f:kind-label(.)"/></span>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- ===================================================================== map -->
  <!-- The registers' places that say where they lie, each linked to its entry and to the texts
       that mention it: a list readable as it is, drawn on a map by edition.js (Leaflet, over the
       outline of the world's countries in assets/world.js; no tile server unless the edition
       names one, map-tiles in its settings). -->
  <xsl:template name="t:map-page">
    <xsl:param name="mentions" as="map(xs:string, element()*)"/>
    <xsl:param name="tiles" as="xs:string?" select="()"/>
    <xsl:variable name="places" select="f:register-entries($registers)[self::tei:place][exists(f:geo(.))]"/>
    <xsl:if test="exists($places)">
      <xsl:result-document href="map.html" method="html" html-version="5" encoding="UTF-8">
        <xsl:call-template name="t:page">
          <xsl:with-param name="title" select="f:label('map-title')"/>
          <xsl:with-param name="page-class" select="'page map-page'"/>
          <xsl:with-param name="map" select="true()"/>
          <xsl:with-param name="image-hosts" select="$map-tiles-origin[exists($tiles)]"/>
          <xsl:with-param name="content">
            <h1><xsl:value-of select="f:label('map-title')"/></h1>
            <div id="map" class="map" role="region" aria-label="{f:label('map-title')}">
              <xsl:if test="$tiles"><xsl:attribute name="data-tiles" select="$tiles"/></xsl:if>
            </div>
            <h2><xsl:value-of select="f:label('map-places')"/></h2>
            <ul id="map-places" class="map-places">
              <xsl:for-each select="$places">
                <xsl:sort select="f:sort-key(f:entry-name(.))"/>
                <xsl:variable name="geo" select="f:geo(.)"/>
                <xsl:variable name="texts" select="$mentions(f:entry-key(.))"/>
                <li data-lat="{$geo[1]}" data-lon="{$geo[2]}">
                  <a class="place" href="places.html#{@xml:id}"><xsl:value-of select="f:entry-name(.)"/></a>
                  <xsl:if test="exists($texts)">
                    <xsl:text> — </xsl:text>
                    <xsl:for-each-group select="$texts" group-by="f:text-id(.)">
                      <xsl:if test="position() le 10">
                        <a class="text" href="{f:page-href(current-grouping-key(), xs:integer((@part, 1)[1]))}#{@anchor}"><xsl:value-of select="f:text-title(.)"/></a>
                        <xsl:if test="position() != last() and position() lt 10"><xsl:text>, </xsl:text></xsl:if>
                      </xsl:if>
                      <xsl:if test="position() = 11"><xsl:text> …</xsl:text></xsl:if>
                    </xsl:for-each-group>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================== letters -->
  <!-- For each letter, the letters before and after it, in the edition and in its
       correspondence (the same two correspondents), by date: nav/ID.js, which the letter's page
       loads (its correspContext, when the encoder gave one, is in the page itself). -->
  <xsl:template name="t:letter-neighbours">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:param name="root" as="xs:anyURI"/>
    <xsl:variable name="letters" as="document-node()*">
      <xsl:perform-sort select="$texts[exists(f:correspondence(.))]">
        <xsl:sort select="(x:extract/@date, '9999')[1]"/>
        <xsl:sort select="f:text-id(.)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="pairs" as="map(xs:string, document-node()*)">
      <xsl:map>
        <xsl:for-each-group select="$letters" group-by="fp:correspondents(.)">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:for-each select="$letters">
      <xsl:variable name="at" select="position()"/>
      <xsl:variable name="pair" select="$pairs(fp:correspondents(.))"/>
      <xsl:variable name="in-pair" select="index-of($pair ! generate-id(.), generate-id(.))"/>
      <xsl:result-document href="{resolve-uri('nav/' || f:text-id(.) || '.js', $root)}" method="text" encoding="UTF-8">
        <xsl:text>EditionLetters(</xsl:text>
        <xsl:value-of select="serialize(map:merge((
            fp:neighbour('edition-previous', $letters[$at - 1]), fp:neighbour('edition-next', $letters[$at + 1]),
            fp:neighbour('correspondence-previous', $pair[$in-pair - 1]), fp:neighbour('correspondence-next', $pair[$in-pair + 1]))),
            map { 'method': 'json' }) => replace('&lt;', '\\u003c')"/>
        <xsl:text>);&#10;</xsl:text>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="fp:neighbour" as="map(*)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="text" as="document-node()?"/>
    <xsl:sequence select="$text ! map { $key: map { 'url': f:text-id(.) || '.html',
        'title': string-join((f:text-title(.), x:extract/@date-label), ', ') } }"/>
  </xsl:function>

  <!-- The two sides of a letter, in either direction: who wrote to whom. -->
  <xsl:function name="fp:correspondents" as="xs:string">
    <xsl:param name="text" as="document-node()"/>
    <xsl:sequence select="string-join(sort(distinct-values(f:correspondence($text)?names ! f:name-key(.))), '|')"/>
  </xsl:function>

  <!-- ===================================================================== CMIF -->
  <!-- The edition's letters in the Correspondence Metadata Interchange Format, for correspSearch:
       each letter's sending and receiving with names, places and dates, pointing to its page;
       a person or place by its authority address (an idno of its register entry that is one)
       when the register gives it. -->
  <xsl:template name="t:cmif">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:variable name="letters" select="$texts[exists(f:correspondence(.))]"/>
    <xsl:if test="exists($letters)">
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt>
                <title><xsl:value-of select="$site-title"/></title>
                <editor><xsl:value-of select="(f:edition-credits()?names, $site-title)[1]"/></editor>
              </titleStmt>
              <publicationStmt>
                <publisher><xsl:value-of select="($edition?publisher, $site-title)[1]"/></publisher>
                <idno type="url"><xsl:value-of select="($base-url ! (. || 'cmif.xml'), 'cmif.xml')[1]"/></idno>
                <!-- the latest date the edition records of itself, else of its letters -->
                <date when="{(($registers, $texts) ! f:edition-date(.))[. castable as xs:date or . castable as xs:gYear] => sort() => reverse() => head()
                    => (function ($d) { if (exists($d)) then $d else ($letters ! x:extract/@date ! string(.)) => sort() => reverse() => head() })()}"/>
                <!-- correspSearch takes CMIF files under CC BY 4.0; an edition's own licence address wins -->
                <availability>
                  <licence target="{($edition?licence[matches(., '^https?://\S+$')], 'https://creativecommons.org/licenses/by/4.0/')[1]}">
                    <xsl:value-of select="($edition?licence, 'CC BY 4.0')[1]"/>
                  </licence>
                </availability>
              </publicationStmt>
              <sourceDesc>
                <bibl type="online" xml:id="{fp:uuid($site-title)}">
                  <xsl:value-of select="$site-title"/>
                  <xsl:if test="$base-url"><xsl:text>, </xsl:text><ref target="{$base-url}"><xsl:value-of select="$base-url"/></ref></xsl:if>
                </bibl>
              </sourceDesc>
            </fileDesc>
            <profileDesc>
              <xsl:for-each select="$letters">
                <xsl:sort select="(x:extract/@date, '9999')[1]"/>
                <xsl:sort select="f:text-id(.)"/>
                <correspDesc ref="{($base-url, '')[1] || f:text-id(.) || '.html'}" source="#{fp:uuid($site-title)}">
                  <xsl:variable name="actions" select="f:correspondence(.)"/>
                  <xsl:for-each select="'sent', 'received'">
                    <xsl:variable name="role" select="."/>
                    <correspAction type="{$role}">
                      <xsl:for-each select="$actions[?role = $role]">
                        <xsl:for-each select="?names">
                          <xsl:element name="{if (self::tei:orgName) then 'orgName' else 'persName'}" namespace="http://www.tei-c.org/ns/1.0">
                            <xsl:for-each select="fp:authority(.)"><xsl:attribute name="ref" select="."/></xsl:for-each>
                            <xsl:value-of select="f:name-label(.)"/>
                          </xsl:element>
                        </xsl:for-each>
                        <xsl:for-each select="?places">
                          <placeName>
                            <xsl:for-each select="fp:authority(.)"><xsl:attribute name="ref" select="."/></xsl:for-each>
                            <xsl:value-of select="f:name-label(.)"/>
                          </placeName>
                        </xsl:for-each>
                        <xsl:for-each select="?date">
                          <date when="{.}"/>
                        </xsl:for-each>
                      </xsl:for-each>
                    </correspAction>
                  </xsl:for-each>
                </correspDesc>
              </xsl:for-each>
            </profileDesc>
          </teiHeader>
          <text><body><p/></body></text>
        </TEI>
    </xsl:if>
  </xsl:template>

  <!-- An authority's address for a name: its own @ref when it is one, else the first idno of its
       register entry that is an http(s) address. -->
  <xsl:function name="fp:authority" as="xs:string?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="entry" select="f:entry($name/@ref, $name)"/>
    <xsl:sequence select="(tokenize(normalize-space($name/@ref))[matches(., '^https?://')],
        $entry/tei:idno ! normalize-space(.)[matches(., '^https?://\S+$')])[1]"/>
  </xsl:function>

  <!-- A UUID-shaped identifier made from a string, the same from build to build (CMIF asks for
       a UUID as the bibl's id; a prefix makes it an XML name). -->
  <xsl:function name="fp:uuid" as="xs:string">
    <xsl:param name="seed" as="xs:string"/>
    <xsl:variable name="digits" select="string-join(for $i in 1 to 32 return
        substring('0123456789abcdef', (sum(string-to-codepoints($seed || $i) ! (. * $i)) mod 16) + 1, 1))"/>
    <xsl:sequence select="'edition-' || string-join((substring($digits, 1, 8), substring($digits, 9, 4), substring($digits, 13, 4),
        substring($digits, 17, 4), substring($digits, 21, 12)), '-')"/>
  </xsl:function>
</xsl:stylesheet>
