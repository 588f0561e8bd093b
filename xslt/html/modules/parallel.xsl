<?xml version="1.0" encoding="UTF-8"?>
<!--
  An original and its translations side by side (common/parallel.xsl decides which and how they
  align): a row per aligned unit, the original on the left, each translation in a column on its
  right, each in its own language and direction; on a narrow screen each unit is followed by its
  translations.
  No script: the rows are the page's own order, read the same by a screen reader.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:t="urn:x-edition:template"
    xmlns:tp="urn:x-edition:template-private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- An original that translations face: the original and each translation as the columns of a
       grid, a row per aligned unit. -->
  <xsl:template match="tei:div[exists(f:translations-of(.))]" mode="m:html" priority="2">
    <xsl:variable name="original" select="."/>
    <xsl:variable name="translations" select="f:translations-of(.)"/>
    <section class="tei-div parallel {if (count($translations) le 2) then 'parallel-' || count($translations) + 1 else 'parallel-many'}{@type ! (' div-' || replace(., '\s+', '-'))}">
      <xsl:if test="tei:head"><xsl:attribute name="id" select="f:section-id(.)"/></xsl:if>
      <xsl:call-template name="tp:attributes"><xsl:with-param name="id" select="empty(tei:head)"/></xsl:call-template>
      <div class="parallel-row parallel-heads">
        <xsl:for-each select="$original, $translations">
          <div class="{if (. is $original) then 'parallel-original' else 'parallel-translation'}">
            <xsl:call-template name="tp:side-language"/>
            <xsl:if test="not(. is $original) and @xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
            <xsl:call-template name="tp:side-heading"><xsl:with-param name="is-original" select=". is $original"/></xsl:call-template>
          </div>
        </xsl:for-each>
      </div>
      <xsl:for-each select="f:parallel-rows-of($original, $translations)">
        <xsl:variable name="row" select="."/>
        <div class="parallel-row">
          <xsl:for-each select="$original">
            <div class="parallel-original">
              <xsl:call-template name="tp:side-language"/>
              <xsl:apply-templates select="$row?original" mode="m:html"/>
            </div>
          </xsl:for-each>
          <xsl:for-each select="$translations">
            <xsl:variable name="i" select="position()"/>
            <div class="parallel-translation">
              <xsl:call-template name="tp:side-language"/>
              <xsl:apply-templates select="$row?translations($i)" mode="m:html"/>
            </div>
          </xsl:for-each>
        </div>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- The translations shown beside their original are not shown again after it. -->
  <xsl:template match="tei:div[f:is-translation(.)][exists(f:original-of(.))]" mode="m:html" priority="2"/>

  <!-- A side's language and direction, as its division (or the text) declares them. -->
  <xsl:template name="tp:side-language">
    <xsl:variable name="lang" select="f:text-lang(.)"/>
    <xsl:attribute name="lang" select="f:html-lang($lang)"/>
    <xsl:attribute name="dir" select="f:dir($lang)"/>
  </xsl:template>

  <!-- A side's heading: its own head, else what its kind is called ("Edition", "Translation"). -->
  <xsl:template name="tp:side-heading">
    <xsl:param name="is-original" as="xs:boolean"/>
    <xsl:choose>
      <xsl:when test="tei:head">
        <xsl:apply-templates select="tei:head" mode="m:html"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="h{min((6, 1 + f:division-label-depth(.)))}">
          <xsl:attribute name="class" select="'tei-head supplied'"/>
          <xsl:value-of select="(f:division-label(.), f:label(if ($is-original) then 'division-edition' else 'division-translation'))[1]"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
