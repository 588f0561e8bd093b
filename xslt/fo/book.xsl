<?xml version="1.0" encoding="UTF-8"?>
<!--
  One printed book as XSL-FO for Apache FOP: a text, or the whole edition. Title page from the
  TEI header, table of contents (edition volume), the texts with footnotes and running heads
  (author on even pages, short title on odd pages), the table of editorial corrections, and the
  index of names with the pages where each is mentioned. Called by `edition build`, option pdf.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="fo.xsl"/>

  <xsl:output method="xml" indent="no"/>

  <xsl:param name="texts" as="document-node()+"/>
  <xsl:param name="whole-edition" as="xs:boolean" select="false()"/>
  <!-- The page size (page-size in edition.properties): by default a book's 170 × 240 mm. -->
  <xsl:param name="page-width" as="xs:string" select="'170mm'"/>
  <xsl:param name="page-height" as="xs:string" select="'240mm'"/>
  <!-- The pages where each register entry is mentioned (entry id to page labels), read by
       PdfBooks from a first rendering; empty in that first rendering. -->
  <xsl:param name="index-pages" as="map(xs:string, xs:string*)" select="map {}"/>
  <!-- The family name FOP knows the embedded text font by (see PdfBooks). -->
  <xsl:param name="font-family" as="xs:string" select="'DejaVu Serif'"/>

  <xsl:variable name="fp:texts" select="f:ordered-texts($texts)"/>
  <xsl:variable name="fp:site-title" select="f:edition-title($fp:texts[1])"/>
  <xsl:variable name="fp:title" select="if ($whole-edition) then $fp:site-title else f:text-title($fp:texts[1])"/>
  <xsl:variable name="fp:lang" select="($fp:texts[1]//tei:text/@xml:lang, $ui-lang)[1] ! substring-before(. || '-', '-')"/>
  <xsl:variable name="fp:mentions" select="$fp:texts ! f:mentions(.)"/>
  <xsl:variable name="fp:entries" as="element()*">
    <xsl:for-each-group select="$fp:mentions" group-by="generate-id(f:entry(@ref, .))">
      <xsl:sequence select="f:entry(@ref, .)"/>
    </xsl:for-each-group>
  </xsl:variable>
  <xsl:variable name="fp:corrections" select="$fp:texts//tei:text//tei:choice[(tei:sic and tei:corr) or (tei:orig and tei:reg)]"/>

  <xsl:template name="main">
    <fo:root xml:lang="{$fp:lang}" language="{$fp:lang}" font-family="{$font-family}" font-size="10pt" line-height="13.2pt"
        hyphenate="true" text-align="justify" hyphenation-push-character-count="3" hyphenation-remain-character-count="3">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="title" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="25mm" margin-bottom="20mm" margin-left="22mm" margin-right="22mm">
          <fo:region-body/>
        </fo:simple-page-master>
        <xsl:for-each select="('odd', 'even')">
          <fo:simple-page-master master-name="text-{.}" page-width="{$page-width}" page-height="{$page-height}"
              margin-top="14mm" margin-bottom="12mm"
              margin-left="{if (. = 'odd') then '22mm' else '26mm'}" margin-right="{if (. = 'odd') then '26mm' else '22mm'}">
            <fo:region-body margin-top="10mm" margin-bottom="10mm"/>
            <fo:region-before region-name="head-{.}" extent="8mm"/>
            <fo:region-after region-name="foot-{.}" extent="8mm"/>
          </fo:simple-page-master>
        </xsl:for-each>
        <fo:page-sequence-master master-name="text">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="text-odd" odd-or-even="odd"/>
            <fo:conditional-page-master-reference master-reference="text-even" odd-or-even="even"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>

      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$fp:title"/></rdf:li></rdf:Alt></dc:title>
              <xsl:if test="exists($fp:texts ! f:text-authors(.))">
                <dc:creator>
                  <rdf:Seq>
                    <xsl:for-each select="distinct-values($fp:texts ! f:text-authors(.))"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each>
                  </rdf:Seq>
                </dc:creator>
              </xsl:if>
              <dc:language><rdf:Bag><rdf:li><xsl:value-of select="$fp:lang"/></rdf:li></rdf:Bag></dc:language>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>

      <fo:bookmark-tree>
        <xsl:for-each select="$fp:texts">
          <fo:bookmark internal-destination="{f:text-id(.)}-start">
            <fo:bookmark-title><xsl:value-of select="f:text-title(.) || (f:text-subtitle(.) ! (' — ' || .))"/></fo:bookmark-title>
            <xsl:for-each select=".//tei:text//tei:div[tei:head][not(ancestor::tei:div)]">
              <fo:bookmark internal-destination="{fp:fo-id(.)}">
                <fo:bookmark-title><xsl:value-of select="normalize-space(string-join(tei:head[1]//text()[not(ancestor::tei:sic or ancestor::tei:orig or ancestor::tei:note)], ''))"/></fo:bookmark-title>
              </fo:bookmark>
            </xsl:for-each>
          </fo:bookmark>
        </xsl:for-each>
        <xsl:if test="$fp:corrections">
          <fo:bookmark internal-destination="corrections"><fo:bookmark-title><xsl:value-of select="f:label('corrections')"/></fo:bookmark-title></fo:bookmark>
        </xsl:if>
        <xsl:if test="$fp:entries">
          <fo:bookmark internal-destination="index"><fo:bookmark-title><xsl:value-of select="f:label('index')"/></fo:bookmark-title></fo:bookmark>
        </xsl:if>
      </fo:bookmark-tree>

      <!-- Named destinations for the mentions: how the first rendering reports their pages. -->
      <xsl:for-each select="$fp:mentions">
        <fox:destination internal-destination="{f:index-anchor(., f:entry(@ref, .))}"/>
      </xsl:for-each>

      <xsl:call-template name="fp:title-page"/>
      <xsl:for-each select="$fp:texts">
        <xsl:call-template name="fp:text-sequence"/>
      </xsl:for-each>
      <xsl:if test="$fp:corrections or $fp:entries">
        <xsl:call-template name="fp:back-matter"/>
      </xsl:if>
    </fo:root>
  </xsl:template>

  <!-- Small capitals for names on the title page and above the text: DejaVu has none, so
       lower-case letters are set as capitals of a smaller size. (Never in the text itself, where
       they would read back as capitals.) -->
  <xsl:function name="fp:small-caps" as="item()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:analyze-string select="$text" regex="\p{{Ll}}+">
      <xsl:matching-substring><fo:inline font-size="78%"><xsl:value-of select="upper-case(.)"/></fo:inline></xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- A running head fits on one line. -->
  <xsl:function name="fp:short" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:sequence select="if (string-length($title) gt 60) then replace(substring($title, 1, 58), '\s+\S*$', '') || '…' else $title"/>
  </xsl:function>

  <!-- ===================================================================== title page -->
  <xsl:template name="fp:title-page">
    <fo:page-sequence master-reference="title" language="{$fp:lang}">
      <fo:flow flow-name="xsl-region-body">
        <fo:block text-align="center" hyphenate="false">
          <xsl:variable name="authors" select="distinct-values($fp:texts ! f:text-authors(.))"/>
          <xsl:if test="exists($authors) and not($whole-edition)">
            <fo:block font-size="12pt" letter-spacing="0.06em" space-after="14mm">
              <xsl:sequence select="fp:small-caps(string-join($authors, ', '))"/>
            </fo:block>
          </xsl:if>
          <fo:block role="H1" font-size="19pt" line-height="24pt" font-weight="bold" space-after="6mm">
            <xsl:value-of select="$fp:title"/>
          </fo:block>
          <xsl:if test="not($whole-edition) and f:text-subtitle($fp:texts[1])">
            <fo:block font-size="13pt" font-style="italic" space-after="10mm"><xsl:value-of select="f:text-subtitle($fp:texts[1])"/></fo:block>
          </xsl:if>
          <xsl:if test="not($whole-edition)">
            <xsl:for-each select="f:original-publication($fp:texts[1])">
              <fo:block font-size="9.5pt" space-before="14mm" text-align="center">
                <xsl:value-of select="f:label('original-publication') || f:colon()"/>
                <xsl:apply-templates mode="m:fo"/>
              </fo:block>
            </xsl:for-each>
          </xsl:if>
        </fo:block>
        <xsl:if test="$whole-edition">
          <fo:block space-before="16mm" font-size="10pt">
            <fo:block role="H2" font-weight="bold" space-after="4mm"><xsl:value-of select="f:label('contents')"/></fo:block>
            <xsl:for-each select="$fp:texts">
              <fo:block text-align-last="justify" space-after="2pt">
                <fo:basic-link internal-destination="{f:text-id(.)}-start" fox:alt-text="{f:text-title(.)}">
                  <xsl:value-of select="string-join((f:text-authors(.)[1], f:text-title(.) || (f:text-subtitle(.) ! (' — ' || .))), ', ')"/>
                </fo:basic-link>
                <fo:leader leader-pattern="dots"/>
                <fo:page-number-citation ref-id="{f:text-id(.)}-start"/>
              </fo:block>
            </xsl:for-each>
            <xsl:if test="$fp:corrections">
              <fo:block text-align-last="justify"><fo:basic-link internal-destination="corrections" fox:alt-text="{f:label('corrections')}"><xsl:value-of select="f:label('corrections')"/></fo:basic-link><fo:leader leader-pattern="dots"/><fo:page-number-citation ref-id="corrections"/></fo:block>
            </xsl:if>
            <xsl:if test="$fp:entries">
              <fo:block text-align-last="justify"><fo:basic-link internal-destination="index" fox:alt-text="{f:label('index')}"><xsl:value-of select="f:label('index')"/></fo:basic-link><fo:leader leader-pattern="dots"/><fo:page-number-citation ref-id="index"/></fo:block>
            </xsl:if>
          </fo:block>
        </xsl:if>
        <fo:block space-before="14mm" font-size="8.5pt" line-height="11pt" text-align="start" hyphenate="false">
          <fo:block font-style="italic" space-after="3pt"><xsl:value-of select="$fp:site-title"/></fo:block>
          <xsl:for-each select="f:edition-credits()">
            <fo:block><xsl:value-of select="?label || f:colon() || ?names"/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="(if ($whole-edition) then head(($registers, $fp:texts)) else $fp:texts[1])//tei:teiHeader[1]/tei:fileDesc/tei:titleStmt/tei:respStmt">
            <fo:block><xsl:value-of select="normalize-space(tei:resp[1]) || f:colon() || string-join((tei:persName, tei:orgName, tei:name) ! normalize-space(.), ', ')"/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="($fp:texts[1]//tei:teiHeader[1]/tei:fileDesc/tei:editionStmt/tei:edition)[1]">
            <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
          </xsl:for-each>
          <xsl:if test="$edition?licence">
            <fo:block space-before="3pt"><xsl:value-of select="f:label('licence') || f:colon() || $edition?licence"/></fo:block>
          </xsl:if>
          <xsl:for-each select="($fp:texts[1]//tei:teiHeader[1]/tei:fileDesc/tei:publicationStmt/tei:availability)[1][not($edition?licence)]">
            <fo:block space-before="3pt"><xsl:value-of select="f:label('licence') || f:colon()"/><xsl:apply-templates select="node()" mode="m:fo-plain"/></fo:block>
          </xsl:for-each>
          <xsl:if test="$fp:corrections">
            <fo:block space-before="3pt"><xsl:value-of select="f:label('pdf-corrections')"/></fo:block>
          </xsl:if>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- Header prose (availability, edition) without block structure. -->
  <xsl:template match="tei:p" mode="m:fo-plain"><xsl:apply-templates mode="m:fo"/><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="node()" mode="m:fo-plain"><xsl:apply-templates select="." mode="m:fo"/></xsl:template>

  <!-- ===================================================================== texts -->
  <!-- A long text (a novel) is set as one page sequence per chapter: FOP keeps a sequence's pages
       in memory until it ends, so a book of thousands of pages in one sequence would not fit.
       A shorter text keeps its sections on running pages. -->
  <xsl:param name="chapter-sequences-from" as="xs:integer" select="150000"/>

  <xsl:template name="fp:text-sequence">
    <xsl:variable name="author" select="string-join(f:text-authors(.), ', ')"/>
    <xsl:variable name="short-title" select="fp:short(f:text-title(.))"/>
    <xsl:variable name="text" select="(tei:TEI, tei:teiCorpus)[1]//tei:text[not(ancestor::tei:text)]"/>
    <xsl:variable name="chapters" select="$text/tei:body/(tei:div | tei:div1)"/>
    <xsl:variable name="split" select="count($chapters) ge 2 and string-length($text/tei:body) ge $chapter-sequences-from"/>
    <xsl:variable name="first" as="xs:boolean" select="position() = 1"/>
    <xsl:variable name="writing-mode" select="if (f:dir($text/ancestor-or-self::*[@xml:lang][1]/@xml:lang) = 'rtl') then 'rl-tb' else 'lr-tb'"/>
    <fo:page-sequence master-reference="text" initial-page-number="{if ($first) then '1' else 'auto-odd'}" language="{$fp:lang}"
        writing-mode="{$writing-mode}">
      <xsl:call-template name="fp:text-static">
        <xsl:with-param name="author" select="$author"/>
        <xsl:with-param name="short-title" select="$short-title"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="{f:text-id(.)}-start">
          <fo:block role="H1" font-size="15pt" line-height="19pt" font-weight="bold" text-align="start" hyphenate="false" space-after="3pt">
            <xsl:value-of select="f:text-title(.)"/>
          </fo:block>
          <xsl:if test="f:text-subtitle(.)">
            <fo:block font-size="11.5pt" font-style="italic" text-align="start" space-after="3pt"><xsl:value-of select="f:text-subtitle(.)"/></fo:block>
          </xsl:if>
          <xsl:if test="$author != ''">
            <fo:block font-size="10pt" letter-spacing="0.05em" space-after="10mm"><xsl:sequence select="fp:small-caps($author)"/></fo:block>
          </xsl:if>
        </fo:block>
        <xsl:choose>
          <xsl:when test="$split">
            <xsl:call-template name="fp:text-part">
              <xsl:with-param name="text" select="$text"/>
              <xsl:with-param name="content" select="$text/tei:front, $text/tei:body/node()[. &lt;&lt; $chapters[1]], $chapters[1]"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$text" mode="m:fo"/>
          </xsl:otherwise>
        </xsl:choose>
      </fo:flow>
    </fo:page-sequence>
    <xsl:if test="$split">
      <xsl:for-each select="$chapters[position() gt 1], $text/tei:back">
        <fo:page-sequence master-reference="text" language="{$fp:lang}" writing-mode="{$writing-mode}">
          <xsl:call-template name="fp:text-static">
            <xsl:with-param name="author" select="$author"/>
            <xsl:with-param name="short-title" select="$short-title"/>
          </xsl:call-template>
          <fo:flow flow-name="xsl-region-body">
            <xsl:call-template name="fp:text-part">
              <xsl:with-param name="text" select="$text"/>
              <xsl:with-param name="content" select=". | (if (. is $chapters[last()]) then $text/tei:body/node()[. &gt;&gt; current()] else ())"/>
            </xsl:call-template>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- Part of a text's flow, in the language the text and its body are written in. -->
  <xsl:template name="fp:text-part">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="content" as="node()*"/>
    <fo:block>
      <xsl:for-each select="$text"><xsl:call-template name="fp:fo-lang"/></xsl:for-each>
      <fo:block>
        <xsl:for-each select="$text/tei:body"><xsl:call-template name="fp:fo-lang"/></xsl:for-each>
        <xsl:apply-templates select="$content" mode="m:fo"/>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- Running heads (author on even pages, short title on odd ones), folios, footnote rule. -->
  <xsl:template name="fp:text-static">
    <xsl:param name="author" as="xs:string"/>
    <xsl:param name="short-title" as="xs:string"/>
    <xsl:for-each select="('odd', 'even')">
      <fo:static-content flow-name="head-{.}" role="artifact">
        <fo:block font-size="8pt" text-align="{if (. = 'odd') then 'right' else 'left'}" font-style="italic" hyphenate="false">
          <xsl:value-of select="if (. = 'odd' or $author = '') then $short-title else $author"/>
        </fo:block>
      </fo:static-content>
      <fo:static-content flow-name="foot-{.}" role="artifact">
        <fo:block font-size="8.5pt" text-align="{if (. = 'odd') then 'right' else 'left'}"><fo:page-number/></fo:block>
      </fo:static-content>
    </xsl:for-each>
    <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
      <fo:block space-before="4pt" space-after="2pt"><fo:leader leader-pattern="rule" leader-length="25%" rule-thickness="0.4pt"/></fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- ===================================================================== back matter -->
  <xsl:template name="fp:back-matter">
    <fo:page-sequence master-reference="text" initial-page-number="auto-odd" language="{$fp:lang}">
      <xsl:for-each select="('odd', 'even')">
        <fo:static-content flow-name="head-{.}" role="artifact">
          <fo:block font-size="8pt" font-style="italic" text-align="{if (. = 'odd') then 'right' else 'left'}"><xsl:value-of select="fp:short($fp:title)"/></fo:block>
        </fo:static-content>
        <fo:static-content flow-name="foot-{.}" role="artifact">
          <fo:block font-size="8.5pt" text-align="{if (. = 'odd') then 'right' else 'left'}"><fo:page-number/></fo:block>
        </fo:static-content>
      </xsl:for-each>
      <fo:flow flow-name="xsl-region-body">
        <xsl:if test="$fp:corrections">
          <fo:block id="corrections" role="H1" font-size="13pt" font-weight="bold" space-after="4mm" text-align="start"><xsl:value-of select="f:label('corrections')"/></fo:block>
          <fo:block font-size="8.5pt" space-after="3mm" text-align="start"><xsl:value-of select="f:label('pdf-corrections-table')"/></fo:block>
          <fo:table table-layout="fixed" width="100%" font-size="8.5pt">
            <fo:table-column column-width="14mm"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-header>
              <fo:table-row font-style="italic">
                <fo:table-cell><fo:block><xsl:value-of select="f:label('page')"/></fo:block></fo:table-cell>
                <fo:table-cell><fo:block><xsl:value-of select="f:label('pdf-source-reading')"/></fo:block></fo:table-cell>
                <fo:table-cell><fo:block><xsl:value-of select="f:label('pdf-corrected-reading')"/></fo:block></fo:table-cell>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:for-each select="$fp:corrections">
                <fo:table-row>
                  <fo:table-cell><fo:block><fo:page-number-citation ref-id="{fp:correction-id(.)}"/></fo:block></fo:table-cell>
                  <fo:table-cell><fo:block><xsl:value-of select="normalize-space((tei:sic, tei:orig)[1])"/></fo:block></fo:table-cell>
                  <fo:table-cell><fo:block><xsl:value-of select="normalize-space((tei:corr, tei:reg)[1])"/></fo:block></fo:table-cell>
                </fo:table-row>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
        </xsl:if>
        <xsl:if test="$fp:entries">
          <fo:block id="index" role="H1" font-size="13pt" font-weight="bold" space-after="4mm" text-align="start"
              break-before="{if ($fp:corrections) then 'page' else 'auto'}"><xsl:value-of select="f:label('index')"/></fo:block>
          <xsl:for-each-group select="$fp:entries" group-by="f:register-kind(.)">
            <xsl:sort select="index-of(('persons', 'organisations', 'places', 'works'), current-grouping-key())"/>
            <fo:block role="H2" font-weight="bold" space-before="4mm" space-after="2mm" keep-with-next.within-page="always"><xsl:value-of select="f:label(current-grouping-key())"/></fo:block>
            <xsl:for-each select="current-group()">
              <xsl:sort select="f:sort-key(f:entry-name(.))"/>
              <fo:block font-size="9pt" start-indent="4mm" text-indent="-4mm" text-align="start" hyphenate="false">
                <xsl:value-of select="f:entry-name(.)"/>
                <xsl:text>, </xsl:text>
                <xsl:variable name="pages" select="$index-pages(string(@xml:id))"/>
                <xsl:value-of select="if (exists($pages)) then string-join($pages, ', ') else '…'"/>
              </fo:block>
            </xsl:for-each>
          </xsl:for-each-group>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>
</xsl:stylesheet>
