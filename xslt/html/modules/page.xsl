<?xml version="1.0" encoding="UTF-8"?>
<!--
  The frame of every page of the website: head (metadata, Content-Security-Policy, stylesheet,
  scripts), site header with navigation and search, footer. Pages call t:page with their main
  content.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:t="urn:x-edition:template"
    xmlns:m="urn:x-edition:mode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The edition's title and licence line (see common/functions.xsl). -->
  <!-- The edition's title when it has one (never invented: see f:edition-title); the site's
       name in its header and home page, that title else the label for its texts. A text's page
       says its own licence when the edition names none. -->
  <xsl:param name="edition-title" as="xs:string?" select="f:edition-title(/)"/>
  <xsl:param name="site-title" as="xs:string" select="($edition-title, f:label('texts'))[1]"/>
  <xsl:param name="site-licence" as="xs:string?" select="(f:edition-licence(/), /tei:TEI ! f:text-licence(.))[1]"/>
  <!-- Whether the edition has style rules of its own (xslt/custom/custom.css), linked after the
       packaged ones so that they win. -->
  <xsl:param name="custom-css" as="xs:boolean" select="false()"/>
  <!-- Register pages that exist, in a fixed order, for the navigation. -->
  <xsl:variable name="t:register-kinds" as="xs:string*" select="
      let $present := distinct-values(f:register-entries($registers) ! f:register-kind(.))
      return ('persons', 'organisations', 'places', 'works')[. = $present]"/>

  <!-- The folders the site's scripts are in: its assets and the data the build writes as scripts
       (Java's SiteScripts, which `edition serve` names too). -->
  <xsl:param name="script-folders" as="xs:string*" select="('assets/', 'search/', 'nav/')"/>
  <!-- No inline script, no request outside the site: scripts and styles come from files of the
       site itself. file: lets the pages work when opened from disk. Scripts come only from the
       site's script folders when the site's address is known (base-url, a checked address:
       ProjectSettings): the TEI copies under tei/ are of the editors' making and must never run
       as a script. Without an address a page can only say 'self'. -->
  <xsl:variable name="t:script-src" as="xs:string"
      select="if (matches(string($base-url), '^https?://[^/]+/', 'i')) then string-join($script-folders ! ($base-url || .), ' ') || ' file:' else &quot;'self' file:&quot;"/>
  <!-- The policy of a page; images (and the IIIF viewer's image descriptions, info.json) may come
       from the hosts a page's facsimiles name, no other. -->
  <xsl:function name="f:csp" as="xs:string">
    <xsl:param name="image-hosts" as="xs:string*"/>
    <xsl:sequence select="&quot;default-src 'self' file:; script-src &quot; || $t:script-src || &quot;; style-src 'self' file:; img-src &quot;
        || string-join((&quot;'self'&quot;, 'file:', 'data:', $image-hosts), ' ')
        || &quot;; connect-src &quot; || string-join((&quot;'self'&quot;, 'file:', $image-hosts), ' ')
        || &quot;; font-src 'self' file:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'&quot;"/>
  </xsl:function>

  <!-- The tiles the map is drawn on, when the edition names a tile server (map-tiles in its
       settings, an address with {z}/{x}/{y}); else the outline of the world shipped in the site.
       With it, its origin as the map page's policy names it (Java's WebAddress.tilesOrigin: a
       parsed address, https://*.host for Leaflet's {s}); without an origin, no tiles. -->
  <xsl:param name="map-tiles" as="xs:string?" select="()"/>
  <xsl:param name="map-tiles-origin" as="xs:string?" select="()"/>

  <!-- Whether the site has a map: a register's place says where it lies. -->
  <xsl:variable name="t:has-map" as="xs:boolean" select="exists(f:register-entries($registers)[self::tei:place][exists(f:geo(.))])"/>

  <xsl:template name="t:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="page-class" as="xs:string" select="'page'"/>
    <xsl:param name="meta" as="element()*" select="()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:param name="image-hosts" as="xs:string*" select="()"/>
    <xsl:param name="facsimiles" as="xs:boolean" select="false()"/>
    <xsl:param name="map" as="xs:boolean" select="false()"/>
    <html lang="{$ui-lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta http-equiv="Content-Security-Policy" content="{f:csp($image-hosts)}"/>
        <meta name="referrer" content="no-referrer"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="if (empty($edition-title) or $title = $edition-title) then $title else $title || ' — ' || $edition-title"/></title>
        <xsl:sequence select="$meta"/>
        <!-- the edition's fonts, cut down to the site's characters by the build (WebFonts) -->
        <link rel="stylesheet" href="assets/fonts.css"/>
        <link rel="stylesheet" href="assets/edition.css"/>
        <xsl:if test="$custom-css"><link rel="stylesheet" href="assets/custom.css"/></xsl:if>
        <script src="assets/search.js" defer="defer"></script>
        <xsl:if test="$facsimiles">
          <script src="assets/openseadragon.min.js" defer="defer"></script>
        </xsl:if>
        <xsl:if test="$map">
          <link rel="stylesheet" href="assets/leaflet.css"/>
          <script src="assets/leaflet.js" defer="defer"></script>
          <script src="assets/world.js" defer="defer"></script>
        </xsl:if>
        <script src="assets/edition.js" defer="defer"></script>
      </head>
      <body class="{$page-class}">
        <a class="skip" href="#content"><xsl:value-of select="f:label('skip-to-content')"/></a>
        <header class="site-header">
          <p class="site-title"><a href="index.html"><xsl:value-of select="$site-title"/></a></p>
          <nav class="site-nav" aria-label="{f:label('site-navigation')}">
            <ul>
              <li><a href="index.html"><xsl:value-of select="f:label('texts')"/></a></li>
              <xsl:for-each select="$t:register-kinds">
                <li><a href="{.}.html"><xsl:value-of select="f:label(.)"/></a></li>
              </xsl:for-each>
              <li><a href="dates.html"><xsl:value-of select="f:label('dates')"/></a></li>
              <xsl:if test="$t:has-map"><li><a href="map.html"><xsl:value-of select="f:label('map')"/></a></li></xsl:if>
              <li><a href="search.html"><xsl:value-of select="f:label('search')"/></a></li>
              <li><a href="about.html"><xsl:value-of select="f:label('about')"/></a></li>
            </ul>
          </nav>
          <div class="search" role="search">
            <label for="search-input" class="visually-hidden"><xsl:value-of select="f:label('search')"/></label>
            <input type="search" id="search-input" placeholder="{f:label('search-placeholder')}" autocomplete="off" disabled="disabled"/>
            <div id="search-results" class="search-results" aria-live="polite" hidden="hidden" data-none="{f:label('search-none')}" data-title="{f:label('search-results')}" data-all="{f:label('search-all')}"></div>
          </div>
        </header>
        <main id="content">
          <xsl:apply-templates select="$content" mode="m:repair"/>
        </main>
        <footer class="site-footer">
          <xsl:for-each select="$edition-title"><p><xsl:value-of select="."/></p></xsl:for-each>
          <xsl:if test="$site-licence">
            <p class="licence"><xsl:value-of select="$site-licence"/></p>
          </xsl:if>
        </footer>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
