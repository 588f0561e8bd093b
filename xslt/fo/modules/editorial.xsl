<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial interventions in print: corrections, regularisations, abbreviations, additions, deletions, gaps, variant readings. Imported by fo/fo.xsl. -->
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

  <!-- A choice prints the edited text's reading (common/editorial.xsl: the correction, the
       regularisation, the expansion), as the web and the EPUB do; a correction is anchored for
       the table of corrections. -->
  <xsl:template match="tei:choice" mode="m:fo">
    <fo:inline>
      <xsl:if test="f:is-correction(.)"><xsl:attribute name="id" select="f:correction-id(.)"/></xsl:if>
      <xsl:apply-templates select="f:edited-reading(.)/node()" mode="m:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:unclear | tei:add | tei:ex | tei:am | tei:subst | tei:damage | tei:restore | tei:surplus | tei:secl" mode="m:fo">
    <fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="m:fo">[<xsl:apply-templates mode="m:fo"/>]</xsl:template>

  <!-- An inscription's edition (common: f:leiden-signs, f:leiden-gap): ( ) an expansion, [ ] or
       ⟨ ⟩ what is supplied, ⟦ ⟧ an erasure (read, not struck), a gap as Leiden writes it, an
       unclear letter dotted under. -->
  <xsl:template match="tei:ex[exists(f:leiden-signs(.))] | tei:supplied[exists(f:leiden-signs(.))] | tei:del[exists(f:leiden-signs(.))]" mode="m:fo" priority="2">
    <xsl:variable name="signs" select="f:leiden-signs(.)"/>
    <fo:inline><xsl:value-of select="$signs[1]"/><xsl:apply-templates mode="m:fo"/><xsl:value-of select="$signs[2]"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:gap[f:is-leiden(.)]" mode="m:fo" priority="2"><xsl:value-of select="f:leiden-gap(.)"/></xsl:template>

  <xsl:template match="tei:unclear[f:is-leiden(.)]" mode="m:fo" priority="2">
    <fo:inline border-after-style="dotted" border-after-width="0.8pt" border-after-color="#333333"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:gap" mode="m:fo">[…]</xsl:template>

  <xsl:template match="tei:del" mode="m:fo">
    <fo:inline text-decoration="line-through"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>


</xsl:stylesheet>
