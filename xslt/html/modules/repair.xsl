<?xml version="1.0" encoding="UTF-8"?>
<!--
  Real TEI nests blocks in phrases (a list in a paragraph, paragraphs in a quotation, a table in
  a highlighted phrase) where HTML forbids it. Rather than foresee every case in every template,
  pages pass through this repair: an element of phrasing content that holds a block becomes a div
  with the same attributes and class, so that browsers, EPUB readers and the validators all read
  the structure as written. A link (a) stays a link: HTML lets it hold what its parent may hold,
  and every phrase around it holds its block too, so becomes a div where a link may hold blocks.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="http://www.w3.org/1999/xhtml"
    xmlns:m="urn:x-edition:mode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:variable name="m:block-elements" as="xs:string*" select="('address', 'article', 'aside', 'blockquote',
      'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
      'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'math')"/>
  <xsl:variable name="m:phrasing-containers" as="xs:string*" select="('p', 'span', 'i', 'b', 'em', 'strong',
      'q', 'cite', 'abbr', 'sup', 'sub', 's', 'u', 'ins', 'del', 'dfn', 'code', 'small', 'mark', 'label',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'summary', 'caption', 'figcaption', 'legend')"/>

  <xsl:template match="h:*" mode="m:repair">
    <xsl:choose>
      <xsl:when test="local-name() = $m:phrasing-containers
          and exists(descendant::*[local-name() = $m:block-elements][not(local-name() = 'math')])">
        <div class="{string-join(distinct-values((@class, 'as-' || local-name())), ' ')}">
          <xsl:copy-of select="@* except @class"/>
          <xsl:apply-templates mode="m:repair"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:copy>
          <xsl:copy-of select="@*"/>
          <xsl:apply-templates mode="m:repair"/>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="node()" mode="m:repair">
    <xsl:copy-of select="."/>
  </xsl:template>
</xsl:stylesheet>
