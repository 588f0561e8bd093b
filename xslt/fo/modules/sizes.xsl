<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print's sizes and faces, named: each kind of small type the books set, as an attribute set
  the templates use (use-attribute-sets). A customisation (xslt/custom/fo.xsl) declares an
  attribute set of the same name with the attributes it changes: those win, the others stay.
  Imported by fo/fo.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-edition:template"
    exclude-result-prefixes="#all">

  <!-- The running head, in the top margin. -->
  <xsl:attribute-set name="t:running-head">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <!-- The page number. -->
  <xsl:attribute-set name="t:folio">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- A footnote's body, and the apparatus at the page's foot. -->
  <xsl:attribute-set name="t:note">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="line-height">10pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- A small heading inside a text: a zone of a page, a section of a manuscript's description. -->
  <xsl:attribute-set name="t:small-heading">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- A caption: the label of a page of the source, of a figure. -->
  <xsl:attribute-set name="t:caption">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <!-- Matter set smaller than the text: tables, epigraphs, the index, arguments. -->
  <xsl:attribute-set name="t:small">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- The colophon and the table of corrections. -->
  <xsl:attribute-set name="t:smaller">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
