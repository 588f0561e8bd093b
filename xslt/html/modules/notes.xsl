<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes: a numbered call in the text (a link to the note, which edition.js opens in place as a
  pop-over) and every note listed at the end of the text with a link back, so that the page reads
  without JavaScript. DPUB-ARIA roles tell screen readers what each part is.
-->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note[f:is-footnote(.)]" mode="m:html">
    <xsl:apply-templates select="." mode="m:note-call"/>
  </xsl:template>

  <!-- A note between two blocks is called at the end of the one before it (common: f:notes-after). -->
  <xsl:template match="tei:note[f:follows-block(.)]" mode="m:html" priority="1"/>

  <xsl:template match="tei:note" mode="m:note-call">
    <xsl:variable name="id" select="f:note-id(.)"/>
    <a class="noteref" role="doc-noteref" href="#{$id}" id="ref-{$id}" aria-label="{f:label('note')} {f:note-number(.)}">
      <xsl:value-of select="f:note-number(.)"/>
    </a>
  </xsl:template>

  <!-- Inline and marginal notes are shown where they stand. -->
  <xsl:template match="tei:note" mode="m:html">
    <span class="tei-note inline">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </span>
  </xsl:template>

  <!-- The notes of the text, or, on a page of a long text in parts, of that part. -->
  <xsl:template name="t:endnotes">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <xsl:variable name="notes" select="$text//tei:note[f:is-footnote(.)][$t:part = 0 or f:part(.) = $t:part]"/>
    <xsl:if test="$notes">
      <section class="endnotes" role="doc-endnotes" aria-labelledby="endnotes-title">
        <h2 id="endnotes-title"><xsl:value-of select="f:label('notes')"/></h2>
        <ol>
          <xsl:for-each select="$notes">
            <li id="{f:note-id(.)}" class="endnote">
              <xsl:if test="f:note-number(.) castable as xs:integer">
                <xsl:attribute name="value" select="f:note-number(.)"/>
              </xsl:if>
              <xsl:call-template name="tp:attributes"><xsl:with-param name="id" select="false()"/></xsl:call-template>
              <span class="note-number"><xsl:value-of select="f:note-number(.)"/>.</span>
              <xsl:text> </xsl:text>
              <div class="note-body">
                <xsl:apply-templates mode="m:html"/>
              </div>
              <a class="backlink" role="doc-backlink" href="#ref-{f:note-id(.)}" aria-label="{f:label('back-to-call')}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
