<?xml version="1.0" encoding="UTF-8"?>
<!-- Typography in print: the text as common/functions.xsl typesets it (French spacing). Included by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <!-- French typography (common/functions.xsl, f:typeset): decided once for every format. -->
  <xsl:template match="text()" mode="m:fo">
    <xsl:value-of select="f:typeset(.)"/>
  </xsl:template>
</xsl:stylesheet>
