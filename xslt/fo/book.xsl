<?xml version="1.0" encoding="UTF-8"?>
<!--
  One printed book as XSL-FO for Apache FOP: a text, or the whole edition. Title page from the
  TEI header, table of contents (edition volume), the texts with footnotes and running heads
  (author on even pages, short title on odd pages), the table of editorial corrections, and the
  index of names with the pages where each is mentioned. Called by `edition build`, option pdf.
  It imports the library (fo.xsl), then its own parts in book/ (the title page; the corrections
  and the index of names), which read its parameters and variables; an edition's
  xslt/custom/fo.xsl is imported over it by the build.

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
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <xsl:import href="fo.xsl"/>
  <xsl:import href="book/titlepage.xsl"/>
  <xsl:import href="book/index.xsl"/>

  <xsl:output method="xml" indent="no"/>

  <xsl:param name="texts" as="document-node()+"/>
  <xsl:param name="whole-edition" as="xs:boolean" select="false()"/>
  <!-- The page size (page-size in edition.properties): by default a book's 170 × 240 mm. -->
  <xsl:param name="page-width" as="xs:string" select="'170mm'"/>
  <xsl:param name="page-height" as="xs:string" select="'240mm'"/>
  <!-- A plate fills the body of a page but for its caption (the margins and running heads of the
       text pages take 46 mm). -->
  <xsl:param name="plate-height" as="xs:string" select="(number(replace($page-height, 'mm$', '')) - 58) || 'mm'"/>
  <!-- The pages where each register entry is mentioned (entry id to page labels), read by
       PdfBooks from a first rendering; empty in that first rendering. -->
  <xsl:param name="index-pages" as="map(xs:string, xs:string*)" select="map {}"/>
  <!-- The family name FOP knows the embedded text font by (see PdfBooks). -->
  <xsl:param name="bundled-font-family" as="xs:string" select="'EB Garamond Edition, DejaVu Serif, Noto Serif'"/>
  <!-- The text's family: the bundled ones, unless a customisation sets this parameter. -->
  <xsl:param name="font-family" as="xs:string" select="$bundled-font-family"/>

  <xsl:variable name="fp:texts" select="f:book-texts($texts)"/>
  <xsl:variable name="fp:site-title" select="f:edition-title($fp:texts[1])"/>
  <xsl:variable name="fp:shared-titles" select="f:shared-titles($fp:texts)"/>
  <xsl:variable name="fp:title" select="f:book-title($fp:texts, $whole-edition)"/>
  <!-- FOP takes a language without its region or script (its hyphenation patterns are by language) -->
  <xsl:variable name="fp:lang" select="f:book-language($fp:texts) ! substring-before(. || '-', '-')"/>
  <xsl:variable name="fp:mentions" select="$fp:texts ! f:mentions(.)"/>
  <xsl:variable name="fp:book-ids" select="$fp:texts ! f:text-id(.)"/>

  <xsl:function name="f:in-this-book" as="xs:boolean">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="$text-id = $fp:book-ids"/>
  </xsl:function>
  <xsl:variable name="fp:entries" select="f:book-entries($fp:mentions)"/>
  <xsl:variable name="fp:corrections" select="f:book-corrections($fp:texts)"/>

  <!-- The book. A letter with its combining marks (common/functions.xsl, $f:mark-cluster) is set
       as an inline of its own wherever the book prints it, running text, titles, contents or
       index: FOP picks a face per word (a German word with uͤ wholly in Noto Serif) and drops the
       marks' positions from a word it hyphenates or sets in some lines; a cluster alone is drawn
       by the first face that has it all, its marks in place. Done over the whole FO when a text
       or the registers have such a letter; else the FO goes to FOP as it is made. -->
  <xsl:template name="main">
    <xsl:choose>
      <xsl:when test="some $doc in ($fp:texts, $registers) satisfies f:has-mark-clusters(string($doc))">
        <xsl:variable name="book" as="document-node()"><xsl:document><xsl:call-template name="tp:book"/></xsl:document></xsl:variable>
        <xsl:apply-templates select="$book" mode="mp:clusters"/>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="tp:book"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:mode name="mp:clusters" on-no-match="shallow-copy"/>

  <!-- Where FO lets a text hold an inline (not a bookmark's title, nor a marker's). -->
  <xsl:template match="fo:block/text() | fo:inline/text() | fo:basic-link/text() | fo:title/text()" mode="mp:clusters">
    <xsl:choose>
      <xsl:when test="f:has-mark-clusters(.) and not(parent::fo:inline[string() = current()] and matches(., '^' || $f:mark-cluster || '$'))">
        <xsl:analyze-string select="." regex="{$f:mark-cluster}">
          <xsl:matching-substring><fo:inline><xsl:value-of select="."/></fo:inline></xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp:book">
    <fo:root xml:lang="{$fp:lang}" language="{$fp:lang}" font-family="{$font-family}" font-size="11pt" line-height="14pt"
        hyphenate="true" text-align="justify" hyphenation-push-character-count="3" hyphenation-remain-character-count="3"
        hyphenation-ladder-count="2" widows="2" orphans="2" line-height-shift-adjustment="disregard-shifts">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="title" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="25mm" margin-bottom="20mm" margin-left="22mm" margin-right="22mm">
          <fo:region-body/>
        </fo:simple-page-master>
        <!-- Running pages: the text's, and the index's in two columns. A part's opening page and
             a blank page carry no running head (the opening page its folio only). -->
        <xsl:for-each select="'text', 'index'">
          <xsl:variable name="kind" select="."/>
          <xsl:for-each select="'odd', 'even', 'first', 'blank'">
            <fo:simple-page-master master-name="{$kind}-{.}" page-width="{$page-width}" page-height="{$page-height}"
                margin-top="14mm" margin-bottom="12mm"
                margin-left="{if (. = 'even') then '26mm' else '22mm'}" margin-right="{if (. = 'even') then '22mm' else '26mm'}">
              <fo:region-body margin-top="10mm" margin-bottom="10mm">
                <xsl:if test="$kind = 'index'">
                  <xsl:attribute name="column-count" select="2"/>
                  <xsl:attribute name="column-gap" select="'7mm'"/>
                </xsl:if>
              </fo:region-body>
              <fo:region-before region-name="head-{.}" extent="8mm"/>
              <fo:region-after region-name="foot-{.}" extent="8mm"/>
            </fo:simple-page-master>
          </xsl:for-each>
          <fo:page-sequence-master master-name="{$kind}">
            <fo:repeatable-page-master-alternatives>
              <fo:conditional-page-master-reference master-reference="{$kind}-first" page-position="first" odd-or-even="odd"/>
              <fo:conditional-page-master-reference master-reference="{$kind}-blank" blank-or-not-blank="blank"/>
              <fo:conditional-page-master-reference master-reference="{$kind}-odd" odd-or-even="odd"/>
              <fo:conditional-page-master-reference master-reference="{$kind}-even" odd-or-even="even"/>
            </fo:repeatable-page-master-alternatives>
          </fo:page-sequence-master>
        </xsl:for-each>
      </fo:layout-master-set>

      <fo:declarations>
        <!-- XMP metadata; its root's prefix is not the usual x:, which is XSpec's in this project -->
        <meta:xmpmeta xmlns:meta="adobe:ns:meta/">
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
        </meta:xmpmeta>
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
      <!-- and the lemmata of the apparatus: where each is, for the next rendering's entries, the
           footnotes that keep their room, and, once set, the entries themselves -->
      <xsl:for-each select="$fp:texts">
        <xsl:variable name="rooms" select="fp:rooms(.)"/>
        <!-- (not an app kept apart that points nowhere, EpiDoc's notes: no line to number) -->
        <xsl:for-each select="f:printed-entries(.)[f:has-place-in-text(.)]">
          <fox:destination internal-destination="{f:apparatus-anchor(.)}"/>
          <xsl:if test="map:contains($rooms, generate-id(.))">
            <fox:destination internal-destination="{f:apparatus-call-anchor(.)}"/>
          </xsl:if>
          <xsl:if test="map:size($rooms) = 0 or map:size($fp:first-calls) gt 0">
            <fox:destination internal-destination="{f:apparatus-entry-anchor(.)}"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
      <!-- and the witnesses' page breaks: their folios are set in the margin of their lines -->
      <xsl:for-each select="$fp:texts//tei:text[not(ancestor::tei:text)]//tei:pb[@edRef][not(ancestor::tei:note)]
          [every $r in ancestor::tei:rdg satisfies f:lemma($r/ancestor::tei:app[1])[. is $r]]">
        <fox:destination internal-destination="{f:folio-anchor(.)}"/>
      </xsl:for-each>
      <!-- and, in a text with an apparatus, the note calls: its notes are set at the foot with it -->
      <xsl:for-each select="$fp:texts[f:has-printed-apparatus(.)]//tei:text[not(ancestor::tei:text)]//tei:note[f:is-footnote(.)]">
        <fox:destination internal-destination="{f:note-anchor(.)}"/>
      </xsl:for-each>

      <xsl:call-template name="tp:title-page"/>
      <xsl:for-each select="$fp:texts">
        <xsl:call-template name="tp:text-sequence"/>
      </xsl:for-each>
      <xsl:if test="$fp:corrections or $fp:entries">
        <xsl:call-template name="tp:back-matter"/>
      </xsl:if>
    </fo:root>
  </xsl:template>

  <!-- A running head fits on one line. -->
  <xsl:function name="fp:short" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:sequence select="if (string-length($title) gt 90) then replace(substring($title, 1, 88), '\s+\S*$', '') || '…' else $title"/>
  </xsl:function>

  <!-- ===================================================================== texts -->
  <!-- A long text (a novel) is set as one page sequence per chapter: FOP keeps a sequence's pages
       in memory until it ends, so a book of thousands of pages in one sequence would not fit.
       A shorter text keeps its sections on running pages. -->
  <xsl:param name="chapter-sequences-from" as="xs:integer" select="150000"/>

  <xsl:template name="tp:text-sequence">
    <xsl:variable name="author" select="string-join(f:text-authors(.), ', ')"/>
    <!-- two texts of the same title in a volume told apart (common: f:text-running-title) -->
    <xsl:variable name="short-title" select="fp:short(f:text-running-title(., $fp:shared-titles))"/>
    <xsl:variable name="text" select="(tei:TEI, tei:teiCorpus)[1]//tei:text[not(ancestor::tei:text)]"/>
    <xsl:variable name="chapters" select="$text/tei:body/tei:div"/>
    <xsl:variable name="acts-apart" select="fp:acts-apart($text/tei:body)"/>
    <xsl:variable name="split" select="$acts-apart or count($chapters) ge 2 and string-length($text/tei:body) ge $chapter-sequences-from"/>
    <!-- the first chapter opens the first sequence, unless it is an act with something before it -->
    <xsl:variable name="first-apart" select="$acts-apart and exists(($text/tei:front/*, $text/tei:body/*[. &lt;&lt; $chapters[1]]))"/>
    <xsl:variable name="first" as="xs:boolean" select="position() = 1"/>
    <xsl:variable name="writing-mode" select="if (f:dir($text/ancestor-or-self::*[@xml:lang][1]/@xml:lang) = 'rtl') then 'rl-tb' else 'lr-tb'"/>
    <fo:page-sequence master-reference="text" initial-page-number="{if ($first) then '1' else 'auto-odd'}" language="{$fp:lang}"
        writing-mode="{$writing-mode}">
      <xsl:call-template name="tp:text-static">
        <xsl:with-param name="author" select="$author"/>
        <xsl:with-param name="short-title" select="$short-title"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <!-- The text's title, subtitle and author open it in a volume of several texts; a book of
             one text has said them on its title page (its H1), and opens on the text's own head:
             the title once, not three times in four pages (issue 27 item 10). -->
        <fo:block id="{f:text-id(.)}-start">
          <xsl:if test="$whole-edition or count($fp:texts) gt 1">
          <fo:block role="H1" font-size="15pt" line-height="19pt" font-weight="bold" text-align="start" hyphenate="false" space-after="3pt">
            <xsl:value-of select="f:text-title(.)"/>
          </fo:block>
          <xsl:if test="f:text-subtitle(.)">
            <fo:block font-size="11.5pt" font-style="italic" text-align="start" space-after="3pt"><xsl:value-of select="f:text-subtitle(.)"/></fo:block>
          </xsl:if>
          <xsl:if test="$author != ''">
            <fo:block font-size="11pt" space-after="10mm"><xsl:sequence select="fp:small-caps($author)"/></fo:block>
          </xsl:if>
          </xsl:if>
        </fo:block>
        <xsl:call-template name="tp:manuscripts"><xsl:with-param name="doc" select="."/></xsl:call-template>
        <xsl:call-template name="tp:conspectus"><xsl:with-param name="doc" select="."/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="$split">
            <xsl:call-template name="tp:text-part">
              <xsl:with-param name="text" select="$text"/>
              <xsl:with-param name="content" select="$text/tei:front, $text/tei:body/node()[. &lt;&lt; $chapters[1]], $chapters[1][not($first-apart)]"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$text" mode="m:fo"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:apply-templates select="(tei:TEI, tei:teiCorpus)[1]/tei:sourceDoc" mode="m:fo"/>
        <xsl:if test="empty((tei:TEI, tei:teiCorpus)[1]/tei:sourceDoc)">
          <xsl:apply-templates select="(tei:TEI, tei:teiCorpus)[1]/tei:facsimile" mode="m:fo-plates"/>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
    <xsl:if test="$split">
      <xsl:for-each select="$chapters[position() gt 1 or $first-apart], $text/tei:back">
        <fo:page-sequence master-reference="text" language="{$fp:lang}" writing-mode="{$writing-mode}">
          <xsl:if test="$acts-apart"><xsl:attribute name="initial-page-number" select="'auto-odd'"/></xsl:if>
          <xsl:call-template name="tp:text-static">
            <xsl:with-param name="author" select="$author"/>
            <xsl:with-param name="short-title" select="$short-title"/>
          </xsl:call-template>
          <fo:flow flow-name="xsl-region-body">
            <xsl:call-template name="tp:text-part">
              <xsl:with-param name="text" select="$text"/>
              <xsl:with-param name="content" select=". | (if (. is $chapters[last()]) then $text/tei:body/node()[. &gt;&gt; current()] else ())"/>
            </xsl:call-template>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- Part of a text's flow, in the language the text and its body are written in. -->
  <xsl:template name="tp:text-part">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="content" as="node()*"/>
    <fo:block>
      <xsl:for-each select="$text"><xsl:call-template name="tp:fo-lang"/></xsl:for-each>
      <fo:block>
        <xsl:for-each select="$text/tei:body"><xsl:call-template name="tp:fo-lang"/></xsl:for-each>
        <xsl:apply-templates select="$content" mode="m:fo"/>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- Running heads (author on even pages, short title on odd ones), folios, footnote rule. -->
  <xsl:template name="tp:text-static">
    <xsl:param name="author" as="xs:string"/>
    <xsl:param name="short-title" as="xs:string"/>
    <xsl:for-each select="('odd', 'even')">
      <fo:static-content flow-name="head-{.}" role="artifact">
        <fo:block xsl:use-attribute-sets="t:running-head" text-align="{if (. = 'odd') then 'right' else 'left'}" hyphenate="false">
          <xsl:value-of select="if (. = 'odd' or $author = '') then $short-title else $author"/>
        </fo:block>
      </fo:static-content>
      <fo:static-content flow-name="foot-{.}" role="artifact">
        <fo:block xsl:use-attribute-sets="t:folio" text-align="{if (. = 'odd') then 'right' else 'left'}"><fo:page-number/></fo:block>
      </fo:static-content>
    </xsl:for-each>
    <xsl:call-template name="tp:opening-folio"/>
    <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
      <fo:block space-before="4pt" space-after="2pt"><fo:leader leader-pattern="rule" leader-length="25%" rule-thickness="0.4pt"/></fo:block>
      <!-- a text with an apparatus: the room its notes and entries are set from (apparatus.xsl) -->
      <xsl:if test="f:has-printed-apparatus(root(.))">
        <fo:block-container height="{$fp:foot-room}pt"><fo:block/></fo:block-container>
      </xsl:if>
    </fo:static-content>
  </xsl:template>

  <!-- The opening page of a part: its folio, centred, and no running head. -->
  <xsl:template name="tp:opening-folio">
    <fo:static-content flow-name="foot-first" role="artifact">
      <fo:block xsl:use-attribute-sets="t:folio" text-align="center"><fo:page-number/></fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- ===================================================================== back matter -->
  <!-- The table of corrections, then the index of names in two columns, each its own part with
       its name as running head. -->
  <xsl:template name="tp:back-matter">
    <xsl:if test="$fp:corrections">
      <xsl:call-template name="tp:back-part">
        <xsl:with-param name="master" select="'text'"/>
        <xsl:with-param name="head" select="f:label('corrections')"/>
        <xsl:with-param name="content"><xsl:call-template name="tp:corrections-table"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$fp:entries">
      <xsl:call-template name="tp:back-part">
        <xsl:with-param name="master" select="'index'"/>
        <xsl:with-param name="head" select="f:label('index')"/>
        <xsl:with-param name="content"><xsl:call-template name="tp:index"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tp:back-part">
    <xsl:param name="master" as="xs:string"/>
    <xsl:param name="head" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <fo:page-sequence master-reference="{$master}" initial-page-number="auto-odd" language="{$fp:lang}">
      <xsl:for-each select="('odd', 'even')">
        <fo:static-content flow-name="head-{.}" role="artifact">
          <fo:block xsl:use-attribute-sets="t:running-head" text-align="{if (. = 'odd') then 'right' else 'left'}"><xsl:value-of select="$head"/></fo:block>
        </fo:static-content>
        <fo:static-content flow-name="foot-{.}" role="artifact">
          <fo:block xsl:use-attribute-sets="t:folio" text-align="{if (. = 'odd') then 'right' else 'left'}"><fo:page-number/></fo:block>
        </fo:static-content>
      </xsl:for-each>
      <xsl:call-template name="tp:opening-folio"/>
      <fo:flow flow-name="xsl-region-body">
        <xsl:sequence select="$content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>
</xsl:stylesheet>
