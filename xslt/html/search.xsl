<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search data of the site (assets/search-data.js, read by edition.js into Lunr): the records
  of every text, as modules/extract.xsl wrote them when the text's page was made, then one record
  per register entry. Apart from site.xsl because it changes with any word of any text, when the
  other edition-wide pages change only with the texts' headers and mentions; and small, so that
  it compiles in no time.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/functions.xsl"/>

  <!-- The texts' search records, in the order of the texts (JSON objects separated by commas). -->
  <xsl:param name="search-records" as="xs:string*" select="()"/>

  <xsl:template name="search-data">
    <xsl:result-document href="assets/search-data.js" method="text" encoding="UTF-8">
      <xsl:text>window.EDITION_SEARCH = </xsl:text>
      <xsl:value-of select="'[' || string-join(($search-records[. != ''],
          fp:entry-search-records() ! serialize(., map { 'method': 'json' })), ',') || ']'"/>
      <xsl:text>;&#10;</xsl:text>
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
