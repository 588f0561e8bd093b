<?xml version="1.0" encoding="UTF-8"?>
<!-- The title page of a printed book: author, title, subtitle, the original publication, the
     contents of a volume, and the edition's credits and licence. Part of fo/book.xsl, which
     imports it and whose globals it reads ($fp:texts, $fp:title, $fp:site-title, $fp:lang,
     $fp:entries, $fp:corrections, $whole-edition, $index-pages). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">
  <!-- Small capitals for names on the title page and above the text, in the book face's small
       capitals: the letters stay the name's (copied, they read as written). Not letter-spaced:
       FOP 2.11 lays out a letter-spaced inline without its letter spaces but draws them, so each
       run overprints what follows it ("НиколайВасильевичГоголь"). -->
  <xsl:function name="fp:small-caps" as="element(fo:inline)">
    <xsl:param name="text" as="xs:string"/>
    <fo:inline xsl:use-attribute-sets="t:small-caps"><xsl:value-of select="$text"/></fo:inline>
  </xsl:function>

  <!-- The title page; on its back the colophon; a volume's contents on the next recto. -->
  <xsl:template name="tp:title-page">
    <fo:page-sequence master-reference="title" language="{$fp:lang}" force-page-count="even" format="i">
      <fo:flow flow-name="xsl-region-body">
        <fo:block text-align="center" hyphenate="false">
          <xsl:variable name="authors" select="distinct-values($fp:texts ! f:text-authors(.))"/>
          <xsl:if test="exists($authors) and not($whole-edition)">
            <fo:block font-size="12pt" space-after="14mm">
              <xsl:sequence select="fp:small-caps(string-join($authors, ', '))"/>
            </fo:block>
          </xsl:if>
          <fo:block role="H1" font-size="19pt" line-height="24pt" font-weight="bold" space-after="6mm">
            <xsl:value-of select="$fp:title"/>
          </fo:block>
          <xsl:if test="not($whole-edition) and f:text-subtitle($fp:texts[1])">
            <fo:block font-size="13pt" font-style="italic" space-after="10mm"><xsl:value-of select="f:text-subtitle($fp:texts[1])"/></fo:block>
          </xsl:if>
          <!-- a volume's editors, then its publisher and year, from the settings (none, nothing) -->
          <xsl:if test="$whole-edition">
            <xsl:for-each select="f:edition-credits()[?label = f:label('edited-by')]">
              <fo:block font-size="11pt" space-before="24mm"><xsl:value-of select="?label"/></fo:block>
              <fo:block font-size="12pt" space-before="2mm"><xsl:value-of select="?names"/></fo:block>
            </xsl:for-each>
            <xsl:for-each select="f:edition-imprint(($registers, $fp:texts))">
              <fo:block font-size="10.5pt" space-before="40mm"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
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
        <!-- The colophon, on the back of the title page. -->
        <fo:block xsl:use-attribute-sets="t:smaller" break-before="page" space-before="120mm" line-height="11pt" text-align="start" hyphenate="false">
          <!-- the edition's title, unless it is the book's own (an edition of one text) -->
          <xsl:for-each select="$fp:site-title[. != $fp:title]"><fo:block font-style="italic" space-after="3pt"><xsl:value-of select="."/></fo:block></xsl:for-each>
          <xsl:for-each select="f:edition-credits()">
            <fo:block><xsl:value-of select="?label || f:colon() || ?names"/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="(($registers, $fp:texts) ! f:edition-date(.)) => sort() => reverse() => head()">
            <fo:block><xsl:value-of select="f:label('edition-date') || f:colon() || f:date-words(., $ui-lang)"/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="$base-url">
            <fo:block><fo:basic-link external-destination="url('{.}')" fox:alt-text="{.}"><xsl:value-of select="."/></fo:basic-link></fo:block>
          </xsl:for-each>
          <xsl:for-each select="fp:volume-credits()">
            <fo:block><xsl:value-of select="normalize-space(tei:resp[1]) || f:colon() || string-join((tei:persName, tei:orgName, tei:name) ! normalize-space(.), ', ')"/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="($fp:texts[1][not($whole-edition)]//tei:teiHeader[1]/tei:fileDesc/tei:editionStmt/tei:edition)[1]">
            <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
          </xsl:for-each>
          <xsl:if test="$edition?licence">
            <fo:block space-before="3pt"><xsl:value-of select="f:label('licence') || f:colon() || $edition?licence"/></fo:block>
          </xsl:if>
          <xsl:for-each select="f:book-availability($fp:texts, $whole-edition)">
            <fo:block space-before="3pt"><xsl:value-of select="f:label('licence') || f:colon()"/><xsl:apply-templates select="node()" mode="m:fo-plain"/></fo:block>
          </xsl:for-each>
          <xsl:if test="$fp:corrections">
            <fo:block space-before="3pt"><xsl:value-of select="f:label('pdf-corrections')"/></fo:block>
          </xsl:if>
          <xsl:call-template name="tp:signs-key"><xsl:with-param name="docs" select="$fp:texts"/></xsl:call-template>
        </fo:block>
        <xsl:if test="$whole-edition">
          <!-- The contents of a volume, on the next recto. -->
          <fo:block break-before="odd-page" font-size="10pt">
            <fo:block role="H2" font-weight="bold" space-after="4mm"><xsl:value-of select="f:label('contents')"/></fo:block>
            <xsl:for-each select="$fp:texts">
              <fo:block text-align="start" text-align-last="justify" space-after="2pt" start-indent="4mm" text-indent="-4mm" hyphenate="false">
                <fo:basic-link internal-destination="{f:text-id(.)}-start" fox:alt-text="{f:text-title(.)}">
                  <xsl:value-of select="string-join((f:text-authors(.)[1], f:text-full-title(.)), ', ')"/>
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
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- Who did what, on the back of the title page: a book of one text gives its header's; a
       volume the edition's own header's (f:edition-header, as the site's about page), never one
       text's annotator as the whole volume's. -->
  <xsl:function name="fp:volume-credits" as="element(tei:respStmt)*">
    <xsl:sequence select="(if ($whole-edition) then f:edition-header() else ($fp:texts[1]//tei:teiHeader)[1])/tei:fileDesc/tei:titleStmt/tei:respStmt"/>
  </xsl:function>

  <!-- Header prose (availability, edition) without block structure. -->
  <xsl:template match="tei:p" mode="m:fo-plain"><xsl:apply-templates mode="m:fo"/><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="node()" mode="m:fo-plain"><xsl:apply-templates select="." mode="m:fo"/></xsl:template>
</xsl:stylesheet>
