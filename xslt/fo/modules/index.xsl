<?xml version="1.0" encoding="UTF-8"?>
<!-- The back matter of a printed book: the table of editorial corrections and the index of
     names, with the pages where each entry is mentioned (from the first rendering, see
     PdfBooks). Included by fo/book.xsl, whose globals it reads ($fp:texts, $fp:title, $fp:site-title, $fp:lang, $fp:entries,
     $fp:corrections, $whole-edition, $index-pages). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <xsl:template name="fp:corrections-table">
    <xsl:if test="$fp:corrections">
      <fo:block id="corrections" role="H1" font-size="13pt" font-weight="bold" space-after="4mm" text-align="start"><fo:marker marker-class-name="part"><xsl:value-of select="f:label('corrections')"/></fo:marker><xsl:value-of select="f:label('corrections')"/></fo:block>
      <fo:block font-size="8.5pt" space-after="3mm" text-align="start"><xsl:value-of select="f:label('pdf-corrections-table')"/></fo:block>
      <fo:table table-layout="fixed" width="100%" font-size="8.5pt">
        <fo:table-column column-width="14mm"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-header>
          <fo:table-row font-style="italic">
            <fo:table-cell><fo:block><xsl:value-of select="f:label('page')"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block><xsl:value-of select="f:label('pdf-source-reading')"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block><xsl:value-of select="f:label('pdf-corrected-reading')"/></fo:block></fo:table-cell>
          </fo:table-row>
        </fo:table-header>
        <fo:table-body>
          <xsl:for-each select="$fp:corrections">
            <fo:table-row>
              <fo:table-cell><fo:block><fo:page-number-citation ref-id="{fp:correction-id(.)}"/></fo:block></fo:table-cell>
              <fo:table-cell><fo:block><xsl:value-of select="normalize-space((tei:sic, tei:orig)[1])"/></fo:block></fo:table-cell>
              <fo:table-cell><fo:block><xsl:value-of select="normalize-space((tei:corr, tei:reg)[1])"/></fo:block></fo:table-cell>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fp:index">
    <xsl:if test="$fp:entries">
      <fo:block id="index" role="H1" font-size="13pt" font-weight="bold" space-after="4mm" text-align="start"
          break-before="{if ($fp:corrections) then 'page' else 'auto'}"><fo:marker marker-class-name="part"><xsl:value-of select="f:label('index')"/></fo:marker><xsl:value-of select="f:label('index')"/></fo:block>
      <xsl:for-each-group select="$fp:entries" group-by="f:register-kind(.)">
        <xsl:sort select="index-of(('persons', 'organisations', 'places', 'works'), current-grouping-key())"/>
        <fo:block role="H2" font-weight="bold" space-before="4mm" space-after="2mm" keep-with-next.within-page="always"><xsl:value-of select="f:label(current-grouping-key())"/></fo:block>
        <xsl:for-each select="current-group()">
          <xsl:sort select="f:sort-key(f:entry-name(.))"/>
          <fo:block font-size="9pt" start-indent="4mm" text-indent="-4mm" text-align="start" hyphenate="false">
            <xsl:value-of select="f:entry-name(.)"/>
            <xsl:text>, </xsl:text>
            <xsl:variable name="pages" select="$index-pages(string(@xml:id))"/>
            <xsl:value-of select="if (exists($pages)) then string-join($pages, ', ') else '…'"/>
          </fo:block>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
