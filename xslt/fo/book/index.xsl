<?xml version="1.0" encoding="UTF-8"?>
<!-- The back matter of a printed book: the table of editorial corrections and the index of
     names, with the pages where each entry is mentioned (from the first rendering, see
     PdfBooks). Part of fo/book.xsl, which imports it and whose globals it reads ($fp:texts,
     $fp:title, $fp:site-title, $fp:lang, $fp:entries, $fp:corrections, $whole-edition,
     $index-pages). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <!-- The corrections, in the order of the text, as the entries of an apparatus (common/book.xsl,
       f:correction-entry): the page and the paragraph or verse line, then "bureaucratie]
       bureaucrate copie", the siglum in italics; no reading hyphenated (a hyphen would read as
       the source's). -->
  <xsl:template name="tp:corrections-table">
    <fo:block id="corrections" role="H1" font-size="13pt" font-weight="bold" space-after="4mm" text-align="start"><xsl:value-of select="f:label('corrections')"/></fo:block>
    <fo:block xsl:use-attribute-sets="t:smaller" space-after="3mm" text-align="start"><xsl:value-of select="f:label('pdf-corrections-table')"/></fo:block>
    <fo:list-block xsl:use-attribute-sets="t:smaller" provisional-distance-between-starts="18mm" provisional-label-separation="2mm"
        text-align="start" hyphenate="false">
      <xsl:for-each select="$fp:corrections">
        <xsl:variable name="entry" select="f:correction-entry(.)"/>
        <fo:list-item space-after="1.5pt" keep-together.within-page="always">
          <fo:list-item-label end-indent="label-end()">
            <fo:block><fo:page-number-citation ref-id="{f:correction-id(.)}"/><xsl:value-of select="$entry?place[. != ''] ! (', ' || .)"/></fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <!-- each reading kept on one line: not broken at its own hyphen either -->
            <fo:block hyphenate="false">
              <fo:inline keep-together.within-line="always"><xsl:value-of select="$entry?lemma || ']'"/></fo:inline>
              <xsl:text> </xsl:text>
              <fo:inline keep-together.within-line="always"><xsl:value-of select="$entry?reading"/></fo:inline>
              <xsl:text> </xsl:text>
              <fo:inline font-style="italic"><xsl:value-of select="$entry?siglum"/></fo:inline>
            </fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <!-- The index of names, in two columns (the index pages) balanced on the last page, by
       register; works in italics (an article's title in quotation marks); each register's
       heading kept with its first entries and none left alone at a column's foot. -->
  <xsl:template name="tp:index">
    <fo:block id="index" role="H1" font-size="13pt" font-weight="bold" space-after="4mm" text-align="start" span="all"><xsl:value-of select="f:label('index')"/></fo:block>
    <xsl:for-each-group select="$fp:entries" group-by="f:register-kind(.)">
      <xsl:sort select="index-of(('persons', 'organisations', 'places', 'works'), current-grouping-key())"/>
      <fo:block role="H2" font-weight="bold" space-before="4mm" space-after="2mm" keep-with-next.within-column="always" text-align="start"><xsl:value-of select="f:label(current-grouping-key())"/></fo:block>
      <xsl:variable name="entries" as="element()*">
        <xsl:perform-sort select="current-group()"><xsl:sort select="f:sort-key(f:entry-name(.))"/></xsl:perform-sort>
      </xsl:variable>
      <xsl:for-each select="$entries">
        <fo:block xsl:use-attribute-sets="t:small" start-indent="4mm" text-indent="-4mm" text-align="start" hyphenate="false">
          <xsl:if test="position() = 1"><xsl:attribute name="keep-with-next.within-column" select="'always'"/></xsl:if>
          <xsl:if test="position() = last() and last() gt 1"><xsl:attribute name="keep-with-previous.within-column" select="'always'"/></xsl:if>
          <xsl:variable name="name" select="f:entry-name(.)"/>
          <xsl:variable name="work" select="f:is-work(.)"/>
          <!-- a work: its authors first, its title in italics, an article's in quotation marks
               (common: f:work-authors, f:work-title-style) -->
          <xsl:if test="$work">
            <xsl:value-of select="string-join(f:work-authors(.), ', ')[. != ''] ! (. || ', ')"/>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="$work and f:work-title-style(.) = 'quoted'"><xsl:value-of select="if ($ui-lang = 'fr') then '«&#x202F;' || $name || '&#x202F;»' else '“' || $name || '”'"/></xsl:when>
            <xsl:when test="$work and f:work-title-style(.) = 'italic'"><fo:inline font-style="italic"><xsl:value-of select="$name"/></fo:inline></xsl:when>
            <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>, </xsl:text>
          <xsl:variable name="pages" select="$index-pages(string(@xml:id))"/>
          <xsl:value-of select="if (exists($pages)) then string-join($pages, ', ') else '…'"/>
        </fo:block>
      </xsl:for-each>
    </xsl:for-each-group>
    <!-- a block across both columns after the last entry: FOP then balances the two columns of
         the last page instead of filling the first alone -->
    <fo:block span="all"/>
  </xsl:template>
</xsl:stylesheet>
