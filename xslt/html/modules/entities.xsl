<?xml version="1.0" encoding="UTF-8"?>
<!--
  Named entities: a name that points to a register entry links to it, carries a stable anchor
  that the register's back-link returns to, and shows who or what it is on hover or focus.
-->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:*[f:is-name(.)]" mode="m:html">
    <xsl:variable name="entry" select="f:entry(@ref, .)"/>
    <!-- a title in italics is set in roman (upright) inside italics (common: f:sets-upright) -->
    <xsl:variable name="class" select="if (self::tei:title) then 'tei-title level-' || (@level, 'm')[1] || (if (f:sets-upright(.)) then ' upright' else '')
        else 'tei-' || local-name()"/>
    <xsl:choose>
      <xsl:when test="$entry and empty(ancestor::*[f:is-mention(.)])">
        <a class="entity {f:register-kind($entry)} {$class}" href="{f:entry-href($entry)}"
            data-tip="{f:entry-gloss($entry)}">
          <xsl:if test="ancestor::tei:text"><xsl:attribute name="id" select="f:mention-id(.)"/></xsl:if>
          <xsl:call-template name="tp:attributes"><xsl:with-param name="id" select="false()"/></xsl:call-template>
          <xsl:apply-templates mode="m:html"/>
        </a>
      </xsl:when>
      <xsl:when test="$entry">
        <!-- Inside another entity's link: HTML links do not nest; keep the anchor for back-links. -->
        <span class="entity nested {f:register-kind($entry)} {$class}" data-tip="{f:entry-gloss($entry)}">
          <xsl:if test="ancestor::tei:text"><xsl:attribute name="id" select="f:mention-id(.)"/></xsl:if>
          <xsl:apply-templates mode="m:html"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if (self::tei:title) then 'cite' else 'span'}">
          <xsl:attribute name="class" select="$class || (if (@ref) then ' unresolved' else '')"/>
          <xsl:call-template name="tp:attributes"/>
          <xsl:apply-templates mode="m:html"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A register entry's name as its register lists it ("Castoriadis, Cornelius"), rendered as
       the name it is (a persName, a placeName, ...), so that what a customisation does to names
       in the texts it does in the registers too (the site's and the EPUB's). -->
  <xsl:template match="*" mode="m:entry-name">
    <xsl:variable name="work" select="f:is-work(.)"/>
    <xsl:variable name="style" select="if ($work) then f:work-title-style(.) else ''"/>
    <xsl:variable name="name" as="element()">
      <xsl:element name="{if ($style = 'plain') then 'name' else ((tei:persName, tei:orgName, tei:placeName, tei:title, tei:name)[1] ! local-name(), 'name')[1]}"
          namespace="http://www.tei-c.org/ns/1.0">
        <!-- a work's title in italics, an article's not (common: f:work-title-style) -->
        <xsl:if test="$style = 'quoted'"><xsl:attribute name="level" select="(tei:title, */tei:title)[1]/@level"/></xsl:if>
        <xsl:value-of select="f:entry-name(.)"/>
      </xsl:element>
    </xsl:variable>
    <!-- a work's authors before its title (common: f:work-authors) -->
    <xsl:for-each select="if ($work) then string-join(f:work-authors(.), ', ')[. != ''] else ()">
      <span class="work-authors"><xsl:value-of select="."/></span>
      <xsl:text>, </xsl:text>
    </xsl:for-each>
    <xsl:apply-templates select="$name" mode="m:html"/>
  </xsl:template>

  <!-- Where a register entry is published; the EPUB stylesheet overrides it. -->
  <xsl:function name="f:entry-href" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="f:register-kind($entry) || '.html#' || $entry/@xml:id"/>
  </xsl:function>

  <!-- Where a text of the edition is published; the EPUB stylesheet overrides it. -->
  <xsl:function name="f:text-href" as="xs:string?">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="$text-id || '.html'"/>
  </xsl:function>

</xsl:stylesheet>
