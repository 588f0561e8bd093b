<?xml version="1.0" encoding="UTF-8"?>
<!-- The title page of a book: title, authors, the original publication, the edition, its credits and licence, the witnesses and the signs. Part of epub/book.xsl, which imports it. -->
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

  <xsl:template name="t:title-page">
    <section class="title-page" epub:type="titlepage" aria-label="{$fp:book-title}">
      <h1 class="book-title"><xsl:value-of select="$fp:book-title"/></h1>
      <xsl:if test="not($whole-edition) and f:text-subtitle($book-texts[1])">
        <p class="subtitle"><xsl:value-of select="f:text-subtitle($book-texts[1])"/></p>
      </xsl:if>
      <xsl:variable name="authors" select="distinct-values($book-texts ! f:text-authors(.))"/>
      <xsl:if test="exists($authors)">
        <p class="authors"><xsl:value-of select="string-join($authors, ', ')"/></p>
      </xsl:if>
      <xsl:if test="not($whole-edition)">
        <xsl:for-each select="f:original-publication($book-texts[1])">
          <p class="original-publication">
            <xsl:value-of select="f:label('original-publication') || f:colon()"/>
            <xsl:apply-templates mode="m:html"/>
          </p>
        </xsl:for-each>
      </xsl:if>
      <xsl:for-each select="$edition-title"><p class="edition"><i><xsl:value-of select="."/></i></p></xsl:for-each>
      <xsl:for-each select="f:edition-credits()">
        <p class="credits"><xsl:value-of select="?label || f:colon() || ?names"/></p>
      </xsl:for-each>
      <xsl:if test="$whole-edition">
        <xsl:for-each select="f:edition-imprint(($registers, $book-texts))"><p class="imprint"><xsl:value-of select="."/></p></xsl:for-each>
      </xsl:if>
      <xsl:if test="$edition?licence">
        <p class="licence"><xsl:value-of select="f:label('licence') || f:colon() || $edition?licence"/></p>
      </xsl:if>
      <xsl:for-each select="f:book-availability($book-texts, $whole-edition)">
        <div class="licence"><xsl:apply-templates mode="m:html"/></div>
      </xsl:for-each>
      <xsl:if test="exists($fp:corrections)">
        <p class="corrections-note"><xsl:value-of select="f:label('epub-corrections')"/></p>
      </xsl:if>
      <xsl:for-each select="$book-texts[.//tei:text//tei:app]">
        <xsl:call-template name="t:witnesses">
          <xsl:with-param name="doc" select="."/>
          <xsl:with-param name="with-title" select="count($book-texts) gt 1"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="exists(f:transcription-signs($book-texts))">
        <section class="signs-key" aria-labelledby="signs-title">
          <h2 id="signs-title"><xsl:value-of select="f:label('signs')"/></h2>
          <xsl:call-template name="t:transcription-key"><xsl:with-param name="docs" select="$book-texts"/></xsl:call-template>
        </section>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
