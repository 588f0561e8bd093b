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

  <!-- The files that hold the texts' search records, in the order of the texts (each holds JSON
       objects separated by commas). Read one at a time, so that the data of thousands of texts
       never has to be held at once. -->
  <xsl:param name="search-record-files" as="xs:string*" select="()"/>

  <xsl:template name="search-data">
    <xsl:result-document href="assets/search-data.js" method="text" encoding="UTF-8">
      <xsl:text>window.EDITION_SEARCH = [</xsl:text>
      <xsl:variable name="entries" select="string-join(fp:entry-search-records() ! serialize(., map { 'method': 'json' }), ',')"/>
      <xsl:iterate select="$search-record-files">
        <xsl:param name="first" select="true()"/>
        <xsl:on-completion>
          <xsl:if test="$entries != ''">
            <xsl:if test="not($first)">,</xsl:if>
            <xsl:value-of select="$entries"/>
          </xsl:if>
        </xsl:on-completion>
        <xsl:variable name="records" select="unparsed-text(., 'UTF-8')"/>
        <xsl:if test="$records != ''">
          <xsl:if test="not($first)">,</xsl:if>
          <xsl:value-of select="$records"/>
        </xsl:if>
        <xsl:next-iteration>
          <xsl:with-param name="first" select="$first and $records = ''"/>
        </xsl:next-iteration>
      </xsl:iterate>
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
