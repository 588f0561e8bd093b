<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes in print: footnotes, and notes elsewhere. Imported by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note[f:is-footnote(.)]" mode="m:fo">
    <xsl:apply-templates select="." mode="m:footnote"/>
  </xsl:template>

  <!-- A note between two blocks is called at the end of the one before it (common: f:notes-after). -->
  <xsl:template match="tei:note[f:follows-block(.)]" mode="m:fo" priority="1"/>

  <xsl:template match="tei:note" mode="m:footnote">
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="6.5pt" id="{f:note-anchor(.)}">
        <fo:basic-link internal-destination="{f:text-id(.)}-{f:note-id(.)}" fox:alt-text="{f:label('note')} {f:note-number(.)}">
          <xsl:value-of select="f:note-number(.)"/>
        </fo:basic-link>
      </fo:inline>
      <fo:footnote-body>
        <xsl:choose>
          <xsl:when test="f:has-printed-apparatus(root(.))">
            <!-- a text with an apparatus: the note keeps its room here and is set with the page's
                 other notes and entries (apparatus.xsl) -->
            <xsl:call-template name="tp:foot-words">
              <xsl:with-param name="call" select="'note ' || substring-after(f:note-anchor(.), 'apn__')"/>
              <xsl:with-param name="doc" select="root(.)"/>
            </xsl:call-template>
            <xsl:sequence select="f:foot-room(f:note-room(.))"/>
          </xsl:when>
          <xsl:otherwise><xsl:call-template name="tp:note-body"/></xsl:otherwise>
        </xsl:choose>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:template name="tp:note-body">
    <fo:list-block provisional-distance-between-starts="5mm" provisional-label-separation="1mm"
        xsl:use-attribute-sets="t:note" font-style="normal" font-weight="normal" text-indent="0" start-indent="0" text-align="justify">
      <fo:list-item space-before="2pt">
        <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="f:note-number(.)"/>.</fo:block></fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block id="{f:text-id(.)}-{f:note-id(.)}"><xsl:apply-templates mode="m:fo"/></fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <!-- A note call's destination, read back to know which of a page's calls and lemmata is last. -->
  <xsl:function name="f:note-anchor" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'apn__' || f:text-id(root($note)) || '__' || f:note-id($note)"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="m:fo">
    <fo:inline font-size="90%"> [<xsl:apply-templates mode="m:fo"/>]</fo:inline>
  </xsl:template>
</xsl:stylesheet>
