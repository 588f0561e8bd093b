<?xml version="1.0" encoding="UTF-8"?>
<!-- Inlines in print: highlighting, phrases, line and page breaks, links. Imported by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:hi" mode="m:fo">
    <xsl:variable name="styles" select="f:styles(.)"/>
    <fo:inline>
      <xsl:if test="$styles = 'italic'"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:if test="$styles = 'bold'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
      <xsl:if test="$styles = 'sup'"><xsl:attribute name="baseline-shift" select="'super'"/><xsl:attribute name="font-size" select="'70%'"/></xsl:if>
      <xsl:if test="$styles = 'sub'"><xsl:attribute name="baseline-shift" select="'sub'"/><xsl:attribute name="font-size" select="'70%'"/></xsl:if>
      <xsl:if test="$styles = ('underline', 'strike')">
        <xsl:attribute name="text-decoration" select="string-join(($styles[. = 'underline'], $styles[. = 'strike'] ! 'line-through'), ' ')"/>
      </xsl:if>
      <!-- the book face's small capitals (modules/sizes.xsl); not letter-spaced: FOP 2.11 draws
           a letter-spaced inline wider than it lays it out, over the next word -->
      <xsl:if test="$styles = 'smallcaps'"><xsl:attribute name="font-family" select="$bundled-small-caps-family"/></xsl:if>
      <xsl:apply-templates mode="m:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:mentioned | tei:term | tei:title[not(@level = ('a', 'u'))] | tei:soCalled[@rend = 'italic']" mode="m:fo" priority="0">
    <!-- in roman inside italics (common: f:sets-upright) -->
    <fo:inline font-style="{if (f:is-upright-script(f:text-lang(.)) or f:sets-upright(.) or (self::tei:title and f:is-heading-title(.))) then 'normal' else 'italic'}"><xsl:call-template name="tp:fo-lang"/><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <!-- Whether a text of the edition is in the book being made (fo/book.xsl says, from its texts);
       the library alone makes no book. -->
  <xsl:function name="f:in-this-book" as="xs:boolean">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="false()"/>
  </xsl:function>

  <!-- A unit of the editor's own reference system (common: f:citation) starts with its number in
       bold, as editions print section numbers in the text (133 ὡς δὲ), a destination of the
       PDF's links to it. -->
  <xsl:template match="tei:seg[@n:cite] | tei:milestone[@n:cite]" mode="m:fo" priority="5">
    <xsl:apply-templates select="." mode="m:citation-mark"/>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="*[@n:cite]" mode="m:citation-mark">
    <fo:inline id="{f:text-id(.)}-{f:citation-id(.)}" font-weight="bold" font-size="85%"><xsl:value-of select="f:citation-number(.)"/></fo:inline>
    <xsl:text>&#xA0;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:q | tei:quote | tei:said | tei:soCalled | tei:cit[not(f:is-block-quotation(.))] | tei:seg | tei:date | tei:num | tei:idno | tei:bibl | tei:author | tei:editor | tei:biblScope | tei:publisher | tei:pubPlace | tei:forename | tei:surname | tei:roleName | tei:addName | tei:label | tei:s | tei:w | tei:c | tei:pc" mode="m:fo">
    <fo:inline><xsl:call-template name="tp:fo-lang"/><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <!-- A description of elements only, punctuated by the edition (common: f:is-bare-bibl). -->
  <xsl:template match="*[f:is-bare-bibl(.)]" mode="m:fo" priority="1">
    <fo:inline>
      <xsl:call-template name="tp:fo-lang"/>
      <xsl:for-each select="*">
        <xsl:apply-templates select="." mode="m:fo"/>
        <xsl:value-of select="f:bibl-after(.)"/>
      </xsl:for-each>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:gi" mode="m:fo">&lt;<xsl:value-of select="."/>&gt;</xsl:template>

  <xsl:template match="tei:att" mode="m:fo">@<xsl:value-of select="."/></xsl:template>

  <!-- Line breaks are the source's lines, not the page's: a space (nothing inside a word), unless
       lines are the text's form there (common: f:breaks-reading-line). -->
  <xsl:template match="tei:lb" mode="m:fo">
    <xsl:choose>
      <xsl:when test="f:breaks-reading-line(.)">
        <fo:block/>
        <!-- an inscription's line, every fifth numbered at its head, small (not a word of the text) -->
        <xsl:for-each select="f:leiden-line-number(.)">
          <fo:wrapper role="artifact" font-size="7.5pt" color="#555555"><xsl:value-of select="."/></fo:wrapper>
          <fo:leader leader-pattern="space" leader-length="3mm"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="f:joins-words(.)"/>
      <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The source's line-end hyphen is not printed in the reading text. -->
  <xsl:template match="tei:pc[@n:line-end]" mode="m:fo" priority="1"/>

  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:anchor | tei:gb" mode="m:fo"/>

  <xsl:template match="tei:space" mode="m:fo">
    <xsl:value-of select="f:space(.)"/>
  </xsl:template>

  <!-- The source's own running heads, signatures and catchwords are the source's page, not the
       text: a printed reading text leaves them out, as it leaves out the source's lines. -->
  <xsl:template match="tei:fw" mode="m:fo"/>

  <xsl:template match="tei:ref | tei:ptr" mode="m:fo">
    <xsl:variable name="target" select="tokenize(normalize-space(@target))[1]"/>
    <xsl:variable name="url" select="f:safe-url($target)[matches(., '^(https?|mailto):')]"/>
    <xsl:variable name="text" select="if ($url) then () else f:referenced-text-id($target, .)"/>
    <xsl:choose>
      <xsl:when test="$url">
        <fo:basic-link external-destination="url('{$url}')" fox:alt-text="{$url}">
          <xsl:apply-templates mode="m:fo"/>
          <xsl:value-of select="fp:breakable(f:pointer-text(.))"/>
        </fo:basic-link>
      </xsl:when>
      <!-- another text of the edition: its opening in the same book, else its page on the
           website, else its own PDF beside this one -->
      <xsl:when test="$text">
        <xsl:variable name="words" select="normalize-space(string-join((string(.), f:pointer-text(.)), ' '))"/>
        <fo:basic-link fox:alt-text="{($words[. != ''], $text)[1]}">
          <xsl:choose>
            <xsl:when test="f:in-this-book($text)"><xsl:attribute name="internal-destination" select="$text || '-start'"/></xsl:when>
            <xsl:otherwise><xsl:attribute name="external-destination" select="'url(''' || ($base-url ! (. || $text || '.html'), $text || '.pdf')[1] || ''')'"/></xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates mode="m:fo"/>
          <xsl:value-of select="fp:breakable(f:pointer-text(.))"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:apply-templates mode="m:fo"/><xsl:value-of select="fp:breakable(f:pointer-text(.))"/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
