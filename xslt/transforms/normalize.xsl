<?xml version="1.0" encoding="UTF-8"?>
<!--
  The normalisation: the passes of this folder, run in the order of their numbers, once on each
  document before any format renders it (the build runs them on every text and register and
  hands the result to the site, the EPUB and the PDF; a driver run by hand on a raw TEI file runs
  them first, see f:normalized). Each pass has one job and its own mode (mp:NAME); each writes
  its decisions down in the urn:x-edition:normalized namespace (prefix n:), or into the text,
  and the functions of the common library read them back (f:styles, f:note-number, ...): no
  format decides them again, and a function asked of a document that was not normalised says so.

    10-divisions   the root stamped (n:normalized, n:source, xml:base); div1 to div7 as div, n:level
    20-languages   xml:lang as BCP 47
    30-words       line-end hyphens joined, a name's parts and a cast item's role spaced
    40-styles      n:styles: what @rend, @style and @rendition ask for
    50-numbers     n:depth (headings), n:id and n:number (notes), n:paragraph, n:line
    60-mentions    n:entry and n:mention: the register entry a name points to, its anchor
    70-parts       n:part and n:parts: a long text's parts

  A customisation (xslt/custom/normalize.xsl) overrides a pass's template in its mode, or a
  parameter of the library (note-numbering, part-characters).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <!-- Put together as every stylesheet (see html/html.xsl): by xsl:import only, the later import
       winning: the copy every pass makes of what it does not change first, then the library,
       then the passes; an edition's xslt/custom/normalize.xsl is imported over this driver. -->
  <xsl:import href="00-copy.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/mathml.xsl"/>
  <xsl:import href="../common/apparatus.xsl"/>
  <xsl:import href="../common/description.xsl"/>
  <xsl:import href="../common/manuscript.xsl"/>
  <xsl:import href="../common/parts.xsl"/>
  <xsl:import href="../common/editorial.xsl"/>
  <xsl:import href="../common/book.xsl"/>
  <xsl:import href="../common/records.xsl"/>
  <xsl:import href="../common/parallel.xsl"/>
  <xsl:import href="../common/citable.xsl"/>
  <xsl:import href="../common/safe-copy.xsl"/>
  <xsl:import href="10-divisions.xsl"/>
  <xsl:import href="20-languages.xsl"/>
  <xsl:import href="30-words.xsl"/>
  <xsl:import href="40-styles.xsl"/>
  <xsl:import href="50-numbers.xsl"/>
  <xsl:import href="60-mentions.xsl"/>
  <xsl:import href="70-parts.xsl"/>

  <!-- A document as every format renders it: the document itself when it is normalised
       already (the build's), else its normalised copy. -->
  <xsl:function name="f:normalized" as="document-node()">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="if (f:is-normalized($doc)) then $doc else fp:normalize($doc)"/>
  </xsl:function>

  <xsl:function name="fp:normalize" as="document-node()" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:call-template name="tp:passes">
      <xsl:with-param name="doc" select="$doc"/>
    </xsl:call-template>
  </xsl:function>

  <!-- The entry point of the build's pass (transform/Normalization): the document given. -->
  <xsl:template name="normalize">
    <xsl:call-template name="tp:passes">
      <xsl:with-param name="doc" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- The passes in order. A pass whose work the document does not call for (no xml:lang to
       rewrite, no styles asked for, nothing to cut into parts...) is not run: each pass is a copy
       of the whole tree, and most documents need only some of them. -->
  <xsl:template name="tp:passes" as="document-node()">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="divisions" as="document-node()">
      <xsl:document><xsl:apply-templates select="$doc/node()" mode="mp:divisions"/></xsl:document>
    </xsl:variable>
    <xsl:variable name="languages" as="document-node()">
      <xsl:choose>
        <xsl:when test="fp:has-languages-to-tag($divisions)">
          <xsl:document><xsl:apply-templates select="$divisions/node()" mode="mp:languages"/></xsl:document>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="$divisions"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="words" as="document-node()">
      <xsl:choose>
        <xsl:when test="fp:has-words-to-join($languages)">
          <xsl:document><xsl:apply-templates select="$languages/node()" mode="mp:words"/></xsl:document>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="$languages"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="styles" as="document-node()">
      <xsl:choose>
        <xsl:when test="fp:has-styles($words)">
          <xsl:document><xsl:apply-templates select="$words/node()" mode="mp:styles"/></xsl:document>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="$words"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="numbers" as="document-node()">
      <xsl:document><xsl:apply-templates select="$styles/node()" mode="mp:numbers"/></xsl:document>
    </xsl:variable>
    <xsl:variable name="mentions" as="document-node()">
      <xsl:choose>
        <xsl:when test="fp:has-mentions($numbers)">
          <xsl:document><xsl:apply-templates select="$numbers/node()" mode="mp:mentions"/></xsl:document>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="$numbers"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="fp:has-parts($mentions)">
        <xsl:document><xsl:apply-templates select="$mentions/node()" mode="mp:parts"/></xsl:document>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$mentions"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
