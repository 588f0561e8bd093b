<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search records of the registers (assets/search-registers.js): one per entry of every
  register, read by edition.js into Lunr together with the texts' records. The texts' records come
  from modules/extract.xsl when each text's page is made, and the build joins them into
  assets/search-data.js as they are; this file changes only with the registers, so that saving an
  article never waits for it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/normalize.xsl"/>

  <xsl:template name="register-records">
    <xsl:result-document href="assets/search-registers.js" method="text" encoding="UTF-8">
      <xsl:text>window.EDITION_SEARCH_REGISTERS = [</xsl:text>
      <xsl:value-of select="string-join(fp:entry-search-records() ! serialize(., map { 'method': 'json' }), ',')"/>
      <xsl:text>];&#10;</xsl:text>
    </xsl:result-document>
  </xsl:template>

  <!-- One search record per register entry. -->
  <xsl:function name="fp:entry-search-records" as="map(*)*">
    <xsl:for-each select="f:register-entries($registers)">
      <xsl:sequence select="map {
          'url': f:register-kind(.) || '.html#' || @xml:id,
          'title': f:label(f:register-kind(.)),
          'where': f:entry-name(.),
          'text': f:entry-gloss(.) }"/>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
