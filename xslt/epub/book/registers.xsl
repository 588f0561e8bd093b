<?xml version="1.0" encoding="UTF-8"?>
<!-- The registers of a book, as back matter: the entries its texts name, with where they are named. Part of epub/book.xsl, which imports it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    xmlns:t="urn:x-edition:template"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:opf="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="t:registers">
    <section epub:type="index" role="doc-index" aria-labelledby="registers-title">
      <h1 id="registers-title"><xsl:value-of select="f:label('index')"/></h1>
      <xsl:for-each-group select="$fp:entries" group-by="f:register-kind(.)">
        <xsl:sort select="index-of(('persons', 'organisations', 'places', 'works'), current-grouping-key())"/>
        <section class="register" aria-labelledby="register-{current-grouping-key()}">
          <h2 id="register-{current-grouping-key()}"><xsl:value-of select="f:label(current-grouping-key())"/></h2>
          <xsl:for-each select="current-group()">
            <xsl:sort select="f:sort-key(f:entry-name(.))"/>
            <xsl:variable name="entry" select="."/>
            <div class="entry" id="{@xml:id}">
              <p class="entry-name"><b><xsl:apply-templates select="." mode="m:entry-name"/></b></p>
              <xsl:for-each select="tei:note">
                <p class="entry-note"><xsl:apply-templates mode="m:html"/></p>
              </xsl:for-each>
              <p class="mentions">
                <xsl:value-of select="f:label('mentions') || f:colon()"/>
                <xsl:for-each select="$fp:mentions-by-entry(generate-id($entry))">
                  <a href="{f:anchor-href(., f:mention-id(.))}">
                    <xsl:value-of select="(if ($whole-edition) then f:text-distinct-title(., $fp:shared-titles) || ', ' else '') || f:where-in-text(.)"/>
                  </a>
                  <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
                </xsl:for-each>
              </p>
            </div>
          </xsl:for-each>
        </section>
      </xsl:for-each-group>
    </section>
  </xsl:template>
</xsl:stylesheet>
