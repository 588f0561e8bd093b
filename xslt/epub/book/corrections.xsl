<?xml version="1.0" encoding="UTF-8"?>
<!-- The editorial corrections of a book: marked in the text, listed at its end (an e-reader has no hover). Part of epub/book.xsl, which imports it. -->
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

  <!-- A corrected reading in a book: the edition's reading, marked with a small circle that leads
       to its line in the list of corrections (inside a link, where no second link may go, it is
       listed all the same). -->
  <xsl:template match="tei:choice[f:is-correction(.)]" mode="m:html" priority="1">
    <span class="tei-choice" id="{f:correction-id(.)}">
      <xsl:call-template name="tp:attributes"/>
      <span class="edited {local-name(f:edited-reading(.))}"><xsl:apply-templates select="f:edited-reading(.)/node()" mode="m:html"/></span>
      <xsl:if test="empty(ancestor::*[f:is-mention(.)] | ancestor::tei:ref[@target])">
        <a class="correction-mark" href="corrections.xhtml#{f:correction-id(.)}-entry"
            aria-label="{f:label('source-reading')} {normalize-space(f:source-reading(.))}">°</a>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="t:corrections">
    <section epub:type="appendix" role="doc-appendix" aria-labelledby="corrections-title">
      <h1 id="corrections-title"><xsl:value-of select="f:label('corrections')"/></h1>
      <p><xsl:value-of select="f:label('epub-corrections-table')"/></p>
      <!-- the entries of an apparatus (common/book.xsl, f:correction-entry): where, leading to
           it, then "bureaucratie] bureaucrate copie", no reading hyphenated -->
      <ol class="corrections">
        <xsl:for-each select="$fp:corrections">
          <xsl:variable name="entry" select="f:correction-entry(.)"/>
          <li id="{f:correction-id(.)}-entry">
            <a href="{f:anchor-href(., f:correction-id(.))}"><xsl:value-of select="(if ($whole-edition) then f:text-distinct-title(., $fp:shared-titles) || ', ' else '') || f:where-in-text(.)"/></a>
            <xsl:text> </xsl:text>
            <span class="lemma"><xsl:value-of select="$entry?lemma"/></span>
            <xsl:text>] </xsl:text>
            <span class="reading"><xsl:value-of select="$entry?reading"/></span>
            <xsl:text> </xsl:text>
            <i class="siglum"><xsl:value-of select="$entry?siglum"/></i>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>
</xsl:stylesheet>
