<?xml version="1.0" encoding="UTF-8"?>
<!--
  The texts by date: a page of decades and years, then a page per decade. One of the
  edition-wide pages site.xsl writes, from the texts' extracts (modules/extract.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:t="urn:x-edition:template"
    xmlns:e="urn:x-edition:extract"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The texts by date: a page of decades and years with their counts, then a page per
       decade listing its texts year by year, in the order they were written. -->
  <xsl:template name="t:date-pages">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:variable name="dated" select="$texts[e:extract/@date]"/>
    <xsl:variable name="shared-titles" select="f:shared-titles($texts)"/>
    <xsl:result-document href="dates.html" method="html" html-version="5" encoding="UTF-8">
      <xsl:call-template name="t:page">
        <xsl:with-param name="title" select="f:label('texts-by-date')"/>
        <xsl:with-param name="page-class" select="'page dates-page'"/>
        <xsl:with-param name="content">
          <h1><xsl:value-of select="f:label('texts-by-date')"/></h1>
          <ul class="decades">
            <xsl:for-each-group select="$dated" group-by="f:decade(e:extract/@date)">
              <xsl:sort select="xs:integer(current-grouping-key())"/>
              <li>
                <a href="dates-{current-grouping-key()}.html"><xsl:value-of select="f:decade-label(current-grouping-key())"/></a>
                <xsl:value-of select="' (' || count(current-group()) || ')'"/>
                <ul class="years">
                  <xsl:for-each-group select="current-group()" group-by="f:year(e:extract/@date)">
                    <xsl:sort select="xs:integer(current-grouping-key())"/>
                    <li><a href="dates-{f:decade(e:extract/@date)}.html#y{current-grouping-key()}"><xsl:value-of select="f:year-label(current-grouping-key())"/></a>
                      <xsl:value-of select="' (' || count(current-group()) || ')'"/></li>
                  </xsl:for-each-group>
                </ul>
              </li>
            </xsl:for-each-group>
          </ul>
          <xsl:variable name="undated" select="$texts except $dated"/>
          <xsl:if test="exists($undated)">
            <h2 id="undated"><xsl:value-of select="f:label('undated')"/></h2>
            <ol class="dated-texts">
              <xsl:for-each select="$undated">
                <xsl:sort select="f:sort-key(f:text-title(.))"/>
                <xsl:call-template name="tp:dated-text"><xsl:with-param name="shared-titles" select="$shared-titles"/></xsl:call-template>
              </xsl:for-each>
            </ol>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
    <xsl:for-each-group select="$dated" group-by="f:decade(e:extract/@date)">
      <xsl:result-document href="dates-{current-grouping-key()}.html" method="html" html-version="5" encoding="UTF-8">
        <xsl:call-template name="t:page">
          <xsl:with-param name="title" select="f:label('texts-by-date') || ', ' || f:decade-label(current-grouping-key())"/>
          <xsl:with-param name="page-class" select="'page dates-page decade-page'"/>
          <xsl:with-param name="content">
            <h1><xsl:value-of select="f:label('texts-by-date') || ', ' || f:decade-label(current-grouping-key())"/></h1>
            <p class="up"><a href="dates.html"><xsl:value-of select="f:label('texts-by-date')"/></a></p>
            <xsl:for-each-group select="current-group()" group-by="f:year(e:extract/@date)">
              <xsl:sort select="xs:integer(current-grouping-key())"/>
              <section class="year" id="y{current-grouping-key()}">
                <h2><xsl:value-of select="f:year-label(current-grouping-key()) || ' (' || count(current-group()) || ')'"/></h2>
                <ol class="dated-texts">
                  <xsl:for-each select="current-group()">
                    <xsl:sort select="string(e:extract/@date)"/>
                    <xsl:sort select="f:text-id(.)"/>
                    <xsl:call-template name="tp:dated-text"><xsl:with-param name="shared-titles" select="$shared-titles"/></xsl:call-template>
                  </xsl:for-each>
                </ol>
              </section>
            </xsl:for-each-group>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template name="tp:dated-text">
    <!-- the titles shared by texts listed (f:shared-titles): one of them is told apart -->
    <xsl:param name="shared-titles" as="map(xs:string, xs:boolean)" select="map {}"/>
    <li>
      <xsl:if test="e:extract/@date-label">
        <span class="text-date"><xsl:value-of select="e:extract/@date-label"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <a href="{f:text-id(.)}.html"><xsl:value-of select="f:text-distinct-title(., $shared-titles)"/></a>
      <xsl:for-each select="e:extract/@kind">
        <span class="text-kind"><xsl:value-of select="' · ' || f:kind-label(.)"/></span>
      </xsl:for-each>
    </li>
  </xsl:template>

</xsl:stylesheet>
