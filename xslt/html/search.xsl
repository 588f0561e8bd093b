<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search records of the registers: one per entry of every register, in the form of the
  texts' records (modules/extract.xsl), so that a search finds a person, place, organisation or
  work by any of its names and leads to its entry. The build (publish/html/search) indexes them
  with the texts'. It needs only the common decisions (common/normalize.xsl).

  Put together as every stylesheet of common/, html/, fo/, epub/: by xsl:import only, never
  xsl:include, so that the later import wins, whatever the priorities (a priority ranks templates
  within one module). From the bottom up: common/normalize.xsl; a library's modules/
  (html/html.xsl, fo/fo.xsl); a driver's own parts, in a folder named after it (fo/book/,
  epub/book/); the driver; then an edition's xslt/custom/, which the build imports over it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:s="urn:x-edition:search"
    exclude-result-prefixes="#all">

  <xsl:import href="../transforms/normalize.xsl"/>

  <xsl:template name="register-records">
    <s:texts>
      <xsl:for-each select="f:register-entries($registers)">
        <xsl:variable name="kind" select="f:register-kind(.)"/>
        <s:text key="{$kind}/{@xml:id}" url="{$kind}.html" title="{f:entry-name(.)}" kind="{f:label($kind)}">
          <s:facet name="kind" value="register-{$kind}" label="{f:label($kind)}"/>
          <s:p a="{@xml:id}" w="">
            <xsl:value-of select="f:entry-gloss(.)"/>
            <s:alt><xsl:value-of select="string-join(f:entry-forms(.), ' ')"/></s:alt>
          </s:p>
        </s:text>
      </xsl:for-each>
    </s:texts>
  </xsl:template>
</xsl:stylesheet>
