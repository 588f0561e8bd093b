<?xml version="1.0" encoding="UTF-8"?>
<!-- The package document of a book: metadata (from common/book.xsl), manifest and spine. Part of epub/book.xsl, which imports it. -->
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

  <xsl:template name="t:package">
    <xsl:variable name="authors" select="distinct-values($book-texts ! f:text-authors(.))"/>
    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="{$fp:book-lang}">
      <metadata>
        <dc:identifier id="book-id"><xsl:value-of select="$book-identifier"/></dc:identifier>
        <dc:title><xsl:value-of select="$fp:book-title"/></dc:title>
        <xsl:for-each select="$authors"><dc:creator><xsl:value-of select="."/></dc:creator></xsl:for-each>
        <dc:language><xsl:value-of select="$fp:book-lang"/></dc:language>
        <xsl:for-each select="f:book-editors()">
          <dc:contributor id="editor-{position()}"><xsl:value-of select="."/></dc:contributor>
          <meta refines="#editor-{position()}" property="role" scheme="marc:relators">edt</meta>
        </xsl:for-each>
        <xsl:for-each select="f:book-publisher($book-texts, $whole-edition)">
          <dc:publisher><xsl:value-of select="."/></dc:publisher>
        </xsl:for-each>
        <xsl:if test="not($whole-edition)">
          <xsl:for-each select="f:original-publication($book-texts[1])[normalize-space()]">
            <dc:source><xsl:value-of select="normalize-space(.)"/></dc:source>
          </xsl:for-each>
        </xsl:if>
        <xsl:for-each select="f:book-licence($book-texts, $whole-edition)">
          <dc:rights><xsl:value-of select="."/></dc:rights>
        </xsl:for-each>
        <meta property="dcterms:modified"><xsl:value-of select="$modified"/></meta>
        <meta property="schema:accessMode">textual</meta>
        <meta property="schema:accessModeSufficient">textual</meta>
        <meta property="schema:accessibilityFeature">structuralNavigation</meta>
        <meta property="schema:accessibilityFeature">tableOfContents</meta>
        <meta property="schema:accessibilityFeature">readingOrder</meta>
        <meta property="schema:accessibilityFeature">index</meta>
        <meta property="schema:accessibilityFeature">annotations</meta>
        <meta property="schema:accessibilityHazard">none</meta>
        <meta property="schema:accessibilitySummary"><xsl:value-of select="f:label('epub-accessibility-summary')"/></meta>
        <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
      </metadata>
      <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
        <xsl:for-each select="$book-texts">
          <xsl:variable name="id" select="f:text-id(.)"/>
          <xsl:for-each select="1 to f:part-count(.)">
            <item id="text-{f:part-name($id, .)}" href="{f:page-href($id, .)}" media-type="application/xhtml+xml"/>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:if test="exists($fp:corrections)">
          <item id="corrections" href="corrections.xhtml" media-type="application/xhtml+xml"/>
        </xsl:if>
        <xsl:if test="exists($fp:entries)">
          <item id="registers" href="registers.xhtml" media-type="application/xhtml+xml"/>
        </xsl:if>
        <item id="css" href="css/edition.css" media-type="text/css"/>
        <xsl:for-each select="$fonts">
          <item id="font-{position()}" href="fonts/{.}" media-type="font/ttf"/>
        </xsl:for-each>
        <xsl:for-each select="distinct-values(map:keys($images) ! $images(.))[starts-with(., 'images/')] => sort()">
          <item id="image-{position()}" href="{.}"
              media-type="{if (ends-with(., '.png')) then 'image/png' else if (ends-with(., '.gif')) then 'image/gif' else 'image/jpeg'}"/>
        </xsl:for-each>
      </manifest>
      <spine>
        <itemref idref="title"/>
        <itemref idref="nav"/>
        <xsl:for-each select="$book-texts">
          <xsl:variable name="id" select="f:text-id(.)"/>
          <xsl:for-each select="1 to f:part-count(.)">
            <itemref idref="text-{f:part-name($id, .)}"/>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:if test="exists($fp:corrections)">
          <itemref idref="corrections"/>
        </xsl:if>
        <xsl:if test="exists($fp:entries)">
          <itemref idref="registers"/>
        </xsl:if>
      </spine>
    </package>
  </xsl:template>
</xsl:stylesheet>
