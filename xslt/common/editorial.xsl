<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a choice shows, decided once for every format: which alternatives are the edition's reading
  and which the source's, and which choices are corrections (listed in the print's table and the
  EPUB's list, described to assistive technology on the web). The web shows both readings (a view
  switch), the EPUB and the PDF the edited one: all three print the same words for the edited text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    exclude-result-prefixes="#all">

  <!-- An editorial correction or regularisation: a source's reading and the editor's. -->
  <xsl:function name="f:is-correction" as="xs:boolean">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="exists($choice[self::tei:choice][(tei:sic and tei:corr) or (tei:orig and tei:reg)])"/>
  </xsl:function>

  <!-- An abbreviation with its expansion. -->
  <xsl:function name="f:is-abbreviation" as="xs:boolean">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="exists($choice[self::tei:choice][tei:abbr and tei:expan])"/>
  </xsl:function>

  <!-- The alternative the edited text reads: the correction, the regularisation, the expansion;
       else the first alternative (a choice of two sics, of two unclear readings). -->
  <xsl:function name="f:edited-reading" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="($choice/(tei:corr, tei:reg, tei:expan), $choice/*)[1]"/>
  </xsl:function>

  <!-- The alternative the source shows: the error, the original spelling, the abbreviation, when
       the choice has one besides the edited reading. -->
  <xsl:function name="f:source-reading" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="$choice/(tei:sic, tei:orig, tei:abbr)[1][not(. is f:edited-reading($choice))]"/>
  </xsl:function>
</xsl:stylesheet>
