<?xml version="1.0" encoding="UTF-8"?>
<!--
  The map of the registers' places that say where they lie. One of the edition-wide pages
  site.xsl writes, with every mention of the edition keyed by its entry.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The registers' places that say where they lie, each linked to its entry and to the texts
       that mention it: a list readable as it is, drawn on a map by edition.js (Leaflet, over the
       outline of the world's countries in assets/world.js; no tile server unless the edition
       names one, map-tiles in its settings). -->
  <xsl:template name="t:map-page">
    <xsl:param name="mentions" as="map(xs:string, element()*)"/>
    <xsl:param name="tiles" as="xs:string?" select="()"/>
    <xsl:variable name="places" select="f:register-entries($registers)[self::tei:place][exists(f:geo(.))]"/>
    <xsl:if test="exists($places)">
      <xsl:result-document href="map.html" method="html" html-version="5" encoding="UTF-8">
        <xsl:call-template name="t:page">
          <xsl:with-param name="title" select="f:label('map-title')"/>
          <xsl:with-param name="page-class" select="'page map-page'"/>
          <xsl:with-param name="map" select="true()"/>
          <xsl:with-param name="image-hosts" select="$map-tiles-origin[exists($tiles)]"/>
          <xsl:with-param name="content">
            <h1><xsl:value-of select="f:label('map-title')"/></h1>
            <div id="map" class="map" role="region" aria-label="{f:label('map-title')}">
              <xsl:if test="$tiles"><xsl:attribute name="data-tiles" select="$tiles"/></xsl:if>
            </div>
            <h2><xsl:value-of select="f:label('map-places')"/></h2>
            <ul id="map-places" class="map-places">
              <xsl:for-each select="$places">
                <xsl:sort select="f:sort-key(f:entry-name(.))"/>
                <xsl:variable name="geo" select="f:geo(.)"/>
                <xsl:variable name="texts" select="$mentions(f:entry-key(.))"/>
                <li data-lat="{$geo[1]}" data-lon="{$geo[2]}">
                  <a class="place" href="places.html#{@xml:id}"><xsl:value-of select="f:entry-name(.)"/></a>
                  <xsl:if test="exists($texts)">
                    <xsl:text> — </xsl:text>
                    <xsl:for-each-group select="$texts" group-by="f:text-id(.)">
                      <xsl:if test="position() le 10">
                        <a class="text" href="{f:page-href(current-grouping-key(), xs:integer((@part, 1)[1]))}#{@anchor}"><xsl:value-of select="f:text-title(.)"/></a>
                        <xsl:if test="position() != last() and position() lt 10"><xsl:text>, </xsl:text></xsl:if>
                      </xsl:if>
                      <xsl:if test="position() = 11"><xsl:text> …</xsl:text></xsl:if>
                    </xsl:for-each-group>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
