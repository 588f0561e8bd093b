<?xml version="1.0" encoding="UTF-8"?>
<!--
  The XSL-FO library: TEI text to XSL-FO, one module per family of elements, mirroring the HTML
  modules (blocks, inlines, notes, entities, editorial, verse, drama; typography for French
  spacing; unhandled for what no module renders). The modules are included, not imported: they
  share one import precedence, and their templates are ranked by priority alone. fo/book.xsl is
  the driver (page layout, title page, corrections, index) that imports this library.
-->
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

  <xsl:include href="modules/sizes.xsl"/>
  <xsl:include href="modules/unhandled.xsl"/>
  <xsl:include href="modules/attributes.xsl"/>
  <xsl:include href="modules/typography.xsl"/>
  <xsl:include href="modules/blocks.xsl"/>
  <xsl:include href="modules/verse.xsl"/>
  <xsl:include href="modules/drama.xsl"/>
  <xsl:include href="modules/inlines.xsl"/>
  <xsl:include href="modules/entities.xsl"/>
  <xsl:include href="modules/editorial.xsl"/>
  <xsl:include href="modules/documentary.xsl"/>
  <xsl:include href="modules/apparatus.xsl"/>
  <xsl:include href="modules/notes.xsl"/>
  <xsl:include href="modules/manuscript.xsl"/>
</xsl:stylesheet>
