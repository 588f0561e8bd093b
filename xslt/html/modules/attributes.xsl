<?xml version="1.0" encoding="UTF-8"?>
<!-- What every rendered TEI element carries over to HTML: its id, its language and direction. -->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <xsl:template name="tp:attributes">
    <xsl:param name="id" as="xs:boolean" select="true()"/>
    <xsl:if test="$id and @xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="f:html-lang(@xml:lang)"/>
      <xsl:if test="f:dir(@xml:lang) != f:dir(ancestor::*[@xml:lang][1]/@xml:lang)">
        <xsl:attribute name="dir" select="f:dir(@xml:lang)"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
