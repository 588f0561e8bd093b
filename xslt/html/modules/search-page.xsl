<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's search page: the form, and the places its results and facets go, which
  assets/search.js fills from the index in search/ (written by the build). One of the
  edition-wide pages site.xsl writes (see also dates.xsl, map.xsl, letters.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:x-edition:function"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="t:search-page">
    <xsl:variable name="facets" select="('kind', 'lang', 'decade', 'year', 'author', 'correspondent', 'person', 'place', 'org')"/>
    <xsl:call-template name="t:page">
      <xsl:with-param name="title" select="f:label('search-page')"/>
      <xsl:with-param name="page-class" select="'page search-page'"/>
      <xsl:with-param name="content">
        <div id="search-page" data-facets="{string-join($facets, ' ')}">
          <xsl:for-each select="('results-n', 'results-one', 'page-n', 'paging', 'previous', 'next', 'more', 'facet-open', $facets ! ('facet-' || .))">
            <xsl:attribute name="data-label-{replace(., '-n$', '')}" select="f:label(.)"/>
          </xsl:for-each>
          <h1><xsl:value-of select="f:label('search-page')"/></h1>
          <form id="search-form" class="search-form" action="search.html">
            <label for="search-query"><xsl:value-of select="f:label('search')"/></label>
            <input type="search" id="search-query" name="q" autocomplete="off" disabled="disabled"/>
            <label for="search-sort"><xsl:value-of select="f:label('sort')"/></label>
            <select id="search-sort" name="sort">
              <option value="relevance"><xsl:value-of select="f:label('sort-relevance')"/></option>
              <option value="date"><xsl:value-of select="f:label('sort-date')"/></option>
            </select>
            <button type="submit"><xsl:value-of select="f:label('search-go')"/></button>
          </form>
          <p class="search-help"><xsl:value-of select="f:label('search-help')"/></p>
          <noscript><p class="search-needs-js"><xsl:value-of select="f:label('search-needs-js')"/></p></noscript>
          <!-- the results first: on a phone, one column, the reader finds them before the facets -->
          <div class="search-layout">
            <section id="search-page-results" class="search-page-results" aria-live="polite"></section>
            <aside id="search-facets" class="search-facets" aria-label="{f:label('facets')}"></aside>
          </div>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
