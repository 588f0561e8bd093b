<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes in a book: EPUB noterefs that reading systems open as pop-ups, the bodies as asides at the end of the text, each with a way back. Part of epub/book.xsl, which imports it. -->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
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

  <!-- Note calls: EPUB noterefs that reading systems open as pop-ups. -->
  <xsl:template match="tei:note" mode="m:note-call">
    <xsl:variable name="id" select="f:note-id(.)"/>
    <a class="noteref" epub:type="noteref" role="doc-noteref" href="#{$id}" id="ref-{$id}">
      <xsl:value-of select="f:note-number(.)"/>
    </a>
  </xsl:template>

  <!-- Note bodies: one aside per note at the end of the text, each with a way back. -->
  <xsl:template name="t:endnotes">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <xsl:variable name="notes" select="$text//tei:note[f:is-footnote(.)][$t:part = 0 or f:part(.) = $t:part]"/>
    <xsl:if test="$notes">
      <section class="endnotes" aria-labelledby="endnotes-title">
        <h2 id="endnotes-title"><xsl:value-of select="f:label('notes')"/></h2>
        <xsl:for-each select="$notes">
          <aside epub:type="footnote" role="doc-footnote" id="{f:note-id(.)}" class="footnote">
            <xsl:call-template name="tp:attributes"><xsl:with-param name="id" select="false()"/></xsl:call-template>
            <p class="note-number"><a href="#ref-{f:note-id(.)}" role="doc-backlink"><xsl:value-of select="f:note-number(.)"/>.</a></p>
            <div class="note-body"><xsl:apply-templates mode="m:html"/></div>
          </aside>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
