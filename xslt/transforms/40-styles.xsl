<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 40, styles: n:styles on every element whose @rend, @style or @rendition asks for one,
     in the vocabulary every format renders (italic bold sup sub underline strike smallcaps),
     which f:styles reads back. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <xsl:mode name="mp:styles" on-no-match="shallow-copy"/>

  <xsl:function name="fp:has-styles" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="exists($doc//tei:*[@rend | @style | @rendition])"/>
  </xsl:function>

  <xsl:template match="tei:*[@rend | @style | @rendition]" mode="mp:styles" priority="2">
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="mp:styles"/>
      <xsl:variable name="styles" select="fp:styles(.)"/>
      <xsl:if test="exists($styles)">
        <xsl:attribute name="n:styles" select="$styles"/>
      </xsl:if>
      <xsl:apply-templates mode="mp:styles"/>
    </xsl:copy>
  </xsl:template>

  <xsl:function name="fp:styles" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="t" select="f:rend-tokens($e)"/>
    <xsl:sequence select="(
        if ($t = ('italic', 'i', 'italics', 'it')) then 'italic' else (),
        if ($t = ('bold', 'b', 'strong')) then 'bold' else (),
        if ($t = ('sup', 'superscript', 'exponent')) then 'sup' else (),
        if ($t = ('sub', 'subscript')) then 'sub' else (),
        if ($t = ('underline', 'u', 'ul')) then 'underline' else (),
        if ($t = ('strikethrough', 'strike', 'line-through', 's')) then 'strike' else (),
        if ($t = ('smallcaps', 'sc', 'small-caps')) then 'smallcaps' else ())"/>
  </xsl:function>
</xsl:stylesheet>
