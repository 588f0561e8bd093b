<?xml version="1.0" encoding="UTF-8"?>
<!-- What a book's content documents show otherwise than the website: paragraph numbers as anchors, soft hyphens, the page images a book holds, the apparatus as an end section, the signs explained in the front matter. Part of epub/book.xsl, which imports it. -->
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

  <!-- Paragraph numbers are anchors, not links: a book has no address bar to copy. -->
  <xsl:param name="paragraph-links" as="xs:boolean" select="false()"/>
  <!-- The running text breaks its words where the website and the print edition do (soft hyphens
       from FOP's patterns for its language: html/modules/typography.xsl). -->
  <xsl:param name="hyphenate" as="xs:boolean" select="true()"/>
  <!-- A page's image in a book: the picture itself when the book holds it (the setting
       page-images = plates; EpubBooks packs it under images/), else, for an image on the web, a
       link to it (a book may not load what it does not hold); nothing for another. -->
  <xsl:template name="t:surface-facsimile">
    <xsl:param name="image" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="starts-with($image, 'images/')">
        <figure class="facsimile"><img src="{$image}" alt="{f:label('facsimile-of')} {f:surface-label(.)}"/></figure>
      </xsl:when>
      <xsl:when test="matches($image, '^https?://')">
        <p class="facsimile-link"><a href="{f:picture($image, 3000)}"><xsl:value-of select="f:label('facsimile-of') || ' ' || f:surface-label(.)"/></a></p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:pb-facsimile">
    <xsl:param name="image" as="xs:string"/>
    <xsl:if test="starts-with($image, 'images/')">
      <span class="facsimile-at-pb"><img src="{$image}" alt="{f:label('facsimile-of')} {f:label('page')} {(@n, '')[1]}"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A book's apparatus is an end section of each text, its witnesses in the front matter; it has
       no script to read the text as one witness. -->
  <xsl:param name="apparatus-by-section" as="xs:boolean" select="false()"/>
  <xsl:param name="witness-readings" as="xs:boolean" select="false()"/>

  <!-- A book explains its transcriptions' signs in its front matter (the title page). -->
  <xsl:param name="signs-key-with-transcription" as="xs:boolean" select="false()"/>
  <xsl:param name="paragraph-numbers" as="xs:boolean" select="true()"/>
</xsl:stylesheet>
