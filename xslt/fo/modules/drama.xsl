<?xml version="1.0" encoding="UTF-8"?>
<!-- Drama in print: speeches, speakers, stage directions. Imported by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:sp" mode="m:fo">
    <fo:block space-before="3pt"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="m:fo">
    <fo:block xsl:use-attribute-sets="t:small-caps" keep-with-next.within-page="always"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:stage" mode="m:fo">
    <xsl:choose>
      <xsl:when test="parent::tei:sp or parent::tei:div or parent::tei:body">
        <fo:block font-style="italic"><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline font-style="italic"><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
