<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print's sizes and faces, named: each kind of small type the books set, as an attribute set
  the templates use (use-attribute-sets). A customisation (xslt/custom/fo.xsl) declares an
  attribute set of the same name with the attributes it changes: those win, the others stay.
  Imported by fo/fo.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:x-edition:template"
    exclude-result-prefixes="#all">

  <!-- The families FOP knows the embedded small capitals by, then the text's (see PdfBooks):
       FOP's own small capitals are capitals scaled down, so the book face's are a family of
       their own (BundledFonts). -->
  <xsl:param name="bundled-small-caps-family" as="xs:string"
      select="'EB Garamond Edition SC, EB Garamond Edition, DejaVu Serif, Noto Serif'"/>

  <!-- Small capitals: a name on the title page and above a text, a speaker, a signature, a
       word the source sets so. The letters stay the text's: the face draws them as small
       capitals (and Greek without accents, as Greek sets capitals). -->
  <xsl:attribute-set name="t:small-caps">
    <xsl:attribute name="font-family" select="$bundled-small-caps-family"/>
  </xsl:attribute-set>

  <!-- The running head, in the top margin. -->
  <xsl:attribute-set name="t:running-head">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <!-- The page number. -->
  <xsl:attribute-set name="t:folio">
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- The text's families (fo/book.xsl sets them from the bundled fonts, a customisation may). -->
  <xsl:param name="font-family" as="xs:string" select="'EB Garamond Edition, DejaVu Serif, Noto Serif'"/>

  <!-- A footnote's body, and the apparatus at the page's foot: in the text's face, upright,
       whatever the words it is called from are set in (a note on a speaker is not in small
       capitals, a page's apparatus anchored in a heading not in its bold italics). -->
  <xsl:attribute-set name="t:note">
    <xsl:attribute name="font-family" select="$font-family"/>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="line-height">11pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- A small heading inside a text: a zone of a page, a section of a manuscript's description. -->
  <xsl:attribute-set name="t:small-heading">
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- A caption: the label of a page of the source, of a figure. -->
  <xsl:attribute-set name="t:caption">
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <!-- Matter set smaller than the text: tables, epigraphs, the index, arguments. -->
  <xsl:attribute-set name="t:small">
    <xsl:attribute name="font-size">10pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- The colophon and the table of corrections. -->
  <xsl:attribute-set name="t:smaller">
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
