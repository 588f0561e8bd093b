<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML library: the shared helpers (common/) and one module per family of elements. The
  drivers import it and add only what their output needs: text.xsl (the page of a text),
  site.xsl (home, registers, about page, and the pages to find texts by: search-page.xsl,
  dates.xsl, map.xsl, letters.xsl), epub/book.xsl (the EPUB's pages).

  How the stylesheets are put together, the same in common/, html/, fo/, epub/: by xsl:import
  only, never xsl:include, so that one rule says which template wins, the later import, which is
  also how an edition's customisation wins. From the bottom up: common/normalize.xsl; a library's
  modules (modules/), in the order the library imports them (html/html.xsl, fo/fo.xsl); a driver's
  own parts, which read its parameters and sit in a folder named after it (fo/book/, epub/book/);
  the driver; then the customisations in xslt/custom/, which the build imports over the driver
  (load/LayeredStylesheet). A template's priority ranks it only among the templates of its own
  module: a later module's template wins whatever the priorities. Here: the fallback for unhandled
  elements comes first.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="../transforms/normalize.xsl"/>
  <xsl:import href="modules/typography.xsl"/>
  <xsl:import href="modules/unhandled.xsl"/>
  <xsl:import href="modules/attributes.xsl"/>
  <xsl:import href="modules/repair.xsl"/>
  <xsl:import href="modules/page.xsl"/>
  <xsl:import href="modules/blocks.xsl"/>
  <xsl:import href="modules/inlines.xsl"/>
  <xsl:import href="modules/editorial.xsl"/>
  <xsl:import href="modules/documentary.xsl"/>
  <xsl:import href="modules/apparatus.xsl"/>
  <xsl:import href="modules/entities.xsl"/>
  <xsl:import href="modules/notes.xsl"/>
  <xsl:import href="modules/manuscript.xsl"/>
  <xsl:import href="modules/metadata.xsl"/>
  <xsl:import href="modules/extract.xsl"/>
  <xsl:import href="modules/parts.xsl"/>
  <xsl:import href="modules/search-page.xsl"/>
  <xsl:import href="modules/dates.xsl"/>
  <xsl:import href="modules/map.xsl"/>
  <xsl:import href="modules/letters.xsl"/>
  <xsl:import href="modules/data.xsl"/>
  <xsl:import href="modules/parallel.xsl"/>
  <xsl:import href="modules/dts.xsl"/>
</xsl:stylesheet>
