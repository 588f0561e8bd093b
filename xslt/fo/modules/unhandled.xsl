<?xml version="1.0" encoding="UTF-8"?>
<!-- What no module renders in print: an unknown element keeps its content; what is not printed (header, standOff, facsimile) is left out; a part that could not be included is said. Included by fo/fo.xsl. -->
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

  <xsl:template match="tei:*" mode="m:fo" priority="-1">
    <xsl:choose>
      <xsl:when test="tei:p | tei:div | tei:lg | tei:list | tei:table | tei:sp | tei:ab | tei:head">
        <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()[contains(., 'urn:x-edition:include')]" mode="m:fo" priority="1">
    <xsl:value-of select="f:text-missing-includes(.)"/>
  </xsl:template>

  <!-- A block: valid in the flow as inside a paragraph. -->
  <xsl:template match="inc:missing | xi:include" mode="m:fo">
    <fo:block font-style="italic"><xsl:value-of select="f:missing-include(.)"/></fo:block>
  </xsl:template>

  <xsl:template match="*" mode="m:fo" priority="-2">
    <fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc | comment() | processing-instruction()" mode="m:fo"/>
</xsl:stylesheet>
