<?xml version="1.0" encoding="UTF-8"?>
<!--
  The XSL-FO library: TEI text to XSL-FO, one module per family of elements, mirroring the HTML
  modules (blocks, inlines, notes, entities, editorial, verse, drama; typography for French
  spacing; unhandled for what no module renders). fo/book.xsl is the driver (page layout, title
  page, corrections, index) that imports this library.

  How the stylesheets are put together, the same in common/, html/, fo/, epub/: by xsl:import
  only, never xsl:include, so that one rule says which template wins, the later import, which is
  also how an edition's customisation wins. From the bottom up: common/normalize.xsl; a library's
  modules (modules/), in the order the library imports them (html/html.xsl, fo/fo.xsl); a driver's
  own parts, which read its parameters and sit in a folder named after it (fo/book/, epub/book/);
  the driver; then the customisations in xslt/custom/, which the build imports over the driver
  (load/LayeredStylesheet). A template's priority ranks it only among the templates of its own
  module: a later module's template wins whatever the priorities. Here the order matters:
  typography's text before unhandled.xsl, whose marker of a missing include wins over it;
  unhandled.xsl's fallbacks before every family's templates; inlines before blocks (a quotation
  standing apart is a block); notes before the apparatus (an app's own notes stay out of the
  text).
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

  <xsl:import href="../transforms/normalize.xsl"/>
  <xsl:import href="modules/sizes.xsl"/>
  <xsl:import href="modules/typography.xsl"/>
  <xsl:import href="modules/unhandled.xsl"/>
  <xsl:import href="modules/attributes.xsl"/>
  <xsl:import href="modules/inlines.xsl"/>
  <xsl:import href="modules/blocks.xsl"/>
  <xsl:import href="modules/verse.xsl"/>
  <xsl:import href="modules/drama.xsl"/>
  <xsl:import href="modules/entities.xsl"/>
  <xsl:import href="modules/editorial.xsl"/>
  <xsl:import href="modules/documentary.xsl"/>
  <xsl:import href="modules/notes.xsl"/>
  <xsl:import href="modules/apparatus.xsl"/>
  <xsl:import href="modules/manuscript.xsl"/>
</xsl:stylesheet>
