<?xml version="1.0" encoding="UTF-8"?>
<!-- Typography in print: the text as common/functions.xsl typesets it (French spacing). Imported by fo/fo.xsl. -->
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
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <!-- French typography (common/functions.xsl, f:typeset): decided once for every format.
       FOP drops a narrow no-break space that ends a run of text just before an inline («&#x202F;
       then a title, a quotation or a correction, printed "«Travail"); as an fo:character it
       stays. -->
  <xsl:template match="text()" mode="m:fo">
    <xsl:variable name="set" select="fp:breakable(f:typeset(.))"/>
    <xsl:choose>
      <xsl:when test="matches($set, $fp:rtl-letter) and fp:book-direction(root(.)) = 'ltr'">
        <xsl:call-template name="tp:rtl-runs"><xsl:with-param name="text" select="$set"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="ends-with($set, '&#x202F;') and following-sibling::node()[1][self::*]">
        <xsl:call-template name="tp:words">
          <xsl:with-param name="text" select="substring($set, 1, string-length($set) - 1)"/>
        </xsl:call-template>
        <fo:character character="&#x202F;"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tp:words"><xsl:with-param name="text" select="$set"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Hebrew or Arabic words in a left-to-right book (a catalogue's Hebrew titles, "אריסטו
       (מיוחס לו)" after "Aristotle"): each run, from its first right-to-left letter to its last
       with what stands between (spaces, brackets, figures), embedded right to left, as a browser
       resolves it. FOP implements an older bidi algorithm, without bracket pairs: a bracket closing
       a Hebrew phrase before a comma took the line's direction and was drawn the wrong way round. -->
  <xsl:variable name="fp:rtl-letter" select="'[\p{IsHebrew}\p{IsArabic}\p{IsSyriac}\p{IsThaana}\p{IsArabicPresentationForms-A}\p{IsArabicPresentationForms-B}\p{IsHebrew}]'"/>

  <!-- once per document, not per text node of a Hebrew catalogue -->
  <xsl:function name="fp:book-direction" as="xs:string" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="text" select="($doc//tei:text)[1]"/>
    <xsl:sequence select="f:dir($text/ancestor-or-self::*[@xml:lang][1]/@xml:lang)"/>
  </xsl:function>

  <xsl:template name="tp:rtl-runs">
    <xsl:param name="text" as="xs:string"/>
    <!-- a run: from a right-to-left letter to the last, with what stands between; then a bracket
         of no letters it ends with ("בריך(?)"), or the marks that close it with a bracket ("א’)") -->
    <xsl:analyze-string select="$text" regex="{$fp:rtl-letter}(\P{{L}}*{$fp:rtl-letter})*(\([^\p{{L}}\s()]*\)|[^\p{{L}}\s()]*\))?">
      <xsl:matching-substring>
        <!-- a closing bracket after the run is its own only if the run opened one -->
        <xsl:variable name="closing" select="ends-with(., ')') and string-length(replace(., '[^(]', '')) lt string-length(replace(., '[^)]', ''))"/>
        <fo:bidi-override unicode-bidi="embed" direction="rtl">
          <xsl:call-template name="tp:words"><xsl:with-param name="text" select="if ($closing) then substring(., 1, string-length(.) - 1) else ."/></xsl:call-template>
        </fo:bidi-override>
        <xsl:if test="$closing">)</xsl:if>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:call-template name="tp:words"><xsl:with-param name="text" select="."/></xsl:call-template>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- A token no line can hold (a word of thousands of letters, an address, a long number in a
       table cell) would run off the page: FOP breaks a line only at a space, a hyphen or a point
       its patterns know. A token of over $fp:longest-word characters is no word a reader
       hyphenates: a zero-width space (U+200B, drawn as nothing) after each of its letters (with
       their marks) lets FOP break it where the line ends. -->
  <xsl:variable name="fp:longest-word" select="40"/>

  <xsl:function name="fp:breakable" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="empty($text)"><xsl:sequence select="''"/></xsl:when>
      <xsl:when test="not(matches($text, '\S{' || $fp:longest-word + 1 || '}'))">
        <xsl:sequence select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="parts" as="xs:string*">
          <xsl:analyze-string select="$text" regex="\S{{{$fp:longest-word + 1},}}">
            <xsl:matching-substring>
              <xsl:sequence select="string-join(analyze-string(., '\P{M}\p{M}*')/*:match, '&#x200B;')"/>
            </xsl:matching-substring>
            <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
          </xsl:analyze-string>
        </xsl:variable>
        <xsl:sequence select="string-join($parts)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Words FOP must not break: those a first rendering hyphenated on a page's last line (FOP has
       no hyphenation-keep, and no hyphenate="false" on an inline; Java reads them back,
       PageFootHyphens, and renders again). -->
  <xsl:param name="unbroken-words" as="xs:string*" select="()"/>

  <xsl:template name="tp:words">
    <xsl:param name="text" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="empty($unbroken-words)"><xsl:value-of select="$text"/></xsl:when>
      <xsl:otherwise>
        <xsl:analyze-string select="$text" regex="[\p{{L}}\p{{M}}]+">
          <xsl:matching-substring>
            <xsl:choose>
              <xsl:when test=". = $unbroken-words">
                <!-- FOP decides hyphenation per paragraph, not per inline: a word joiner
                     (U+2060, invisible, not extracted) between its letters keeps it whole -->
                <xsl:value-of select="string-join(string-to-codepoints(.) ! codepoints-to-string(.), '&#x2060;')"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
