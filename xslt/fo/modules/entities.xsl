<?xml version="1.0" encoding="UTF-8"?>
<!-- Names in print: a name that points to a register entry carries the anchor the index of names points to. Imported by fo/fo.xsl. -->
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

  <!-- Names: indexed (their page appears in the index of names) and anchored. -->
  <xsl:template match="tei:*[f:is-name(.)] | tei:title" mode="m:fo" priority="1">
    <xsl:variable name="entry" select="if (@ref and ancestor::tei:text) then f:entry(@ref, .) else ()"/>
    <fo:inline>
      <!-- a work's title in italics, in roman inside italics (common: f:sets-upright) -->
      <xsl:if test="self::tei:title[not(@level = ('a', 'u'))]"><xsl:attribute name="font-style" select="if (f:sets-upright(.)) then 'normal' else 'italic'"/></xsl:if>
      <xsl:if test="$entry">
        <xsl:attribute name="id" select="f:index-anchor(., $entry)"/>
      </xsl:if>
      <xsl:apply-templates mode="m:fo"/>
    </fo:inline>
  </xsl:template>

  <!-- The anchor of a mention in print. It names its entry, so that the PDF's named destinations
       tell which pages mention which entry (PdfBooks reads them to print the index). -->
  <xsl:function name="f:index-anchor" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="'idx__' || $entry/@xml:id || '__' || f:text-id($mention) || '__' || f:mention-id($mention)"/>
  </xsl:function>
</xsl:stylesheet>
