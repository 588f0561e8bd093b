<?xml version="1.0" encoding="UTF-8"?>
<!-- Verse in print: line groups and lines. Imported by fo/fo.xsl. -->
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

  <xsl:template match="tei:lg" mode="m:fo">
    <fo:block space-before="4pt" space-after="4pt" start-indent="6mm"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <!-- A line, numbered as on the web (f:line-label): every fifth, the number set flush right in
       small type. -->
  <xsl:template match="tei:l" mode="m:fo">
    <xsl:variable name="label" select="f:line-label(.)"/>
    <xsl:variable name="step" select="f:line-step(.)"/>
    <fo:block text-align="start" hyphenate="false">
      <!-- a later part of a shared line starts where the earlier parts end, their words measured
           in the print's serif (f:text-width), at most two thirds of the measure -->
      <xsl:if test="$step != ''">
        <xsl:attribute name="text-indent" select="format-number(min((f:text-width($step || ' ', 11), 240)), '0.0') || 'pt'"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="exists($label)">
          <xsl:attribute name="text-align-last" select="'justify'"/>
          <xsl:apply-templates mode="m:fo"/>
          <xsl:apply-templates select="f:notes-after(.)" mode="m:footnote"/>
          <fo:leader leader-pattern="space"/>
          <fo:wrapper role="artifact" font-size="7.5pt" color="#555555"><xsl:value-of select="$label"/></fo:wrapper>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="m:fo"/>
          <xsl:apply-templates select="f:notes-after(.)" mode="m:footnote"/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
