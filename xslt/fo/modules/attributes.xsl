<?xml version="1.0" encoding="UTF-8"?>
<!-- What the blocks and inlines of the print carry: their language and a stable id. Imported by fo/fo.xsl. -->
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

  <xsl:template name="tp:fo-lang">
    <xsl:if test="@xml:lang">
      <xsl:attribute name="language" select="substring-before(@xml:lang || '-', '-')"/>
    </xsl:if>
  </xsl:template>

  <xsl:function name="fp:fo-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="f:text-id($e) || '-' || ($e/@xml:id, local-name($e) || '-' || f:rank($e))[1]"/>
  </xsl:function>
</xsl:stylesheet>
