<?xml version="1.0" encoding="UTF-8"?>
<!--
  A manuscript's description on the web and in the EPUB, set as a catalogue sets it (the
  sections and their order are decided in common/manuscript.xsl): the manuscript's name as the
  heading, then its contents item by item (where, who, what, in the title's own script), its
  physical description, history and further information field by field, then its parts. A
  witness's record at the head of a letter (f:is-witness-record) is set compactly under the title:
  where it is kept and its shelfmark, then its extent, hands and additions, a line each.
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

  <!-- The descriptions of a text's manuscripts, at the head of its page: open when the
       description is the whole text, else folded under the manuscript's name. -->
  <xsl:template name="t:manuscripts">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="folded" as="xs:boolean" select="not(f:is-description-only($doc))"/>
    <xsl:for-each select="f:manuscripts($doc)">
      <xsl:choose>
        <xsl:when test="f:is-witness-record(.)">
          <section class="ms-description ms-witness" aria-label="{f:label(f:description-key(.))}">
            <p class="ms-name"><span class="ms-label"><xsl:value-of select="f:label(f:description-key(.)) || f:colon()"/></span><xsl:value-of select="f:manuscript-name(.)"/></p>
            <xsl:apply-templates select="f:manuscript-identity-fields(.), f:witness-fields(.)" mode="m:manuscript-field"/>
          </section>
        </xsl:when>
        <xsl:when test="$folded">
          <details class="ms-description">
            <summary><span class="label"><xsl:value-of select="f:label(f:description-key(.)) || f:colon()"/></span><xsl:value-of select="f:manuscript-name(.)"/></summary>
            <xsl:apply-templates select="f:manuscript-identity-fields(.)" mode="m:manuscript-field"/>
            <xsl:apply-templates select="." mode="m:manuscript"/>
          </details>
        </xsl:when>
        <xsl:otherwise>
          <section class="ms-description" aria-label="{f:label(f:description-key(.))}">
            <h2 class="ms-name"><xsl:value-of select="f:manuscript-name(.)"/></h2>
            <xsl:apply-templates select="f:manuscript-identity-fields(.)" mode="m:manuscript-field"/>
            <xsl:apply-templates select="." mode="m:manuscript"/>
          </section>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:msDesc | tei:msPart | tei:msFrag" mode="m:manuscript">
    <xsl:apply-templates select="f:manuscript-sections(.)" mode="m:manuscript-section"/>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="m:manuscript-section">
    <p class="ms-field"><xsl:apply-templates mode="m:html"/></p>
  </xsl:template>

  <xsl:template match="*" mode="m:manuscript-section">
    <section class="ms-section ms-{local-name()}">
      <h3><xsl:value-of select="f:label(f:manuscript-section-key(.))"/></h3>
      <xsl:apply-templates select="f:manuscript-fields(.)" mode="m:manuscript-field"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:msPart | tei:msFrag" mode="m:manuscript-section">
    <section class="ms-section ms-part">
      <h3><xsl:value-of select="string-join((f:label(f:manuscript-section-key(.)) || (@n ! (' ' || .)), f:manuscript-name(.)[. != '' and . != current()/@n]), ' — ')"/></h3>
      <xsl:apply-templates select="." mode="m:manuscript"/>
    </section>
  </xsl:template>

  <!-- A field: its name (when a catalogue has one for it), then its words. -->
  <xsl:template match="*" mode="m:manuscript-field">
    <xsl:variable name="key" select="f:manuscript-field-key(.)"/>
    <p class="ms-field ms-{local-name()}">
      <xsl:if test="$key"><span class="ms-label"><xsl:value-of select="f:label($key) || f:colon()"/></span></xsl:if>
      <xsl:apply-templates select="." mode="m:manuscript-words"/>
    </p>
  </xsl:template>

  <xsl:template match="tei:msItem | tei:msItemStruct" mode="m:manuscript-field">
    <xsl:if test="empty(preceding-sibling::tei:msItem | preceding-sibling::tei:msItemStruct)">
      <ol class="ms-items">
        <xsl:for-each select="../(tei:msItem | tei:msItemStruct)">
          <li><xsl:apply-templates select="." mode="m:manuscript-item"/></li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>

  <!-- A bibliography is a list. -->
  <xsl:template match="tei:listBibl | tei:surrogates[tei:bibl]" mode="m:manuscript-field">
    <div class="ms-field ms-{local-name()}">
      <span class="ms-label"><xsl:value-of select="f:label(f:manuscript-field-key(.)) || f:colon()"/></span>
      <ul>
        <xsl:for-each select="tei:bibl | tei:biblStruct | tei:msDesc">
          <li><xsl:apply-templates select="." mode="m:html"/></li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>

  <!-- The words of a field: paragraphs run on, an extent measured is said in words; a field of
       parts (common: f:is-list-of-parts) says each in turn, separated as a catalogue does. -->
  <xsl:template match="*[f:is-list-of-parts(.)]" mode="m:manuscript-words" priority="-0.25">
    <xsl:for-each select="f:list-parts(.)">
      <xsl:value-of select="f:part-separator(.)"/>
      <xsl:apply-templates select="." mode="m:manuscript-part"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab | tei:summary | tei:source" mode="m:manuscript-part">
    <xsl:apply-templates mode="m:html"/>
  </xsl:template>
  <xsl:template match="tei:geo" mode="m:manuscript-part">
    <xsl:value-of select="'(' || normalize-space() || ')'"/>
  </xsl:template>
  <xsl:template match="tei:dimensions" mode="m:manuscript-part">
    <xsl:value-of select="f:dimensions-words(.)"/>
  </xsl:template>
  <xsl:template match="*" mode="m:manuscript-part">
    <xsl:choose>
      <xsl:when test="f:manuscript-field-key(.) and not(self::tei:locus)">
        <span class="ms-label"><xsl:value-of select="f:label(f:manuscript-field-key(.)) || f:colon()"/></span>
        <xsl:apply-templates select="." mode="m:manuscript-words"/>
      </xsl:when>
      <xsl:when test="f:is-list-of-parts(.)"><xsl:apply-templates select="." mode="m:manuscript-words"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="m:html"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="m:manuscript-words">
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::tei:p | self::tei:ab | self::tei:summary | self::tei:source"><xsl:apply-templates mode="m:html"/><xsl:text> </xsl:text></xsl:when>
        <xsl:when test="self::*[f:manuscript-field-key(.)] and not(self::tei:locus)">
          <span class="ms-label"><xsl:value-of select="f:label(f:manuscript-field-key(.)) || f:colon()"/></span>
          <xsl:apply-templates select="." mode="m:manuscript-words"/>
          <xsl:text> </xsl:text>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="." mode="m:html"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- Hands: the summary, then each hand in words (its own, or what its attributes record). -->
  <xsl:template match="tei:handDesc" mode="m:manuscript-words">
    <xsl:for-each select="f:hand-parts(.)">
      <xsl:value-of select="f:part-separator(.)"/>
      <span class="ms-hand"><xsl:call-template name="tp:attributes"/><xsl:choose>
        <xsl:when test="normalize-space() and f:is-list-of-parts(.)"><xsl:apply-templates select="." mode="m:manuscript-words"/></xsl:when>
        <xsl:when test="normalize-space()"><xsl:apply-templates mode="m:html"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="f:hand-words(.)"/></xsl:otherwise>
      </xsl:choose></span>
    </xsl:for-each>
  </xsl:template>

  <!-- Additions by other hands, each its description and then its medium. -->
  <xsl:template match="tei:additions[tei:incident]" mode="m:manuscript-words">
    <xsl:apply-templates select="(tei:p | tei:ab)[normalize-space()]" mode="m:html"/>
    <xsl:for-each select="tei:incident[normalize-space()]">
      <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
      <span class="ms-incident">
        <xsl:apply-templates select="(tei:desc, tei:p, tei:ab)/node()" mode="m:html"/>
        <xsl:for-each select="f:incident-medium(.)"><xsl:text> (</xsl:text><xsl:value-of select="."/><xsl:text>)</xsl:text></xsl:for-each>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:altIdentifier" mode="m:manuscript-words">
    <xsl:value-of select="f:identifier-words(.)"/>
  </xsl:template>

  <xsl:template match="tei:extent" mode="m:manuscript-words">
    <xsl:value-of select="f:extent-words(.)"/>
  </xsl:template>

  <xsl:template match="tei:textLang" mode="m:manuscript-words">
    <xsl:value-of select="normalize-space(.)"/>
  </xsl:template>

  <!-- An item of the contents: where it is, then each of its parts on a line of its own (authors,
       titles in their own script and language, the other fields with their names); items it holds
       are a list of their own. -->
  <xsl:template match="*" mode="m:manuscript-item">
    <xsl:for-each select="tei:locus | tei:locusGrp">
      <span class="ms-locus"><xsl:apply-templates mode="m:html"/></span>
      <xsl:text> </xsl:text>
    </xsl:for-each>
    <xsl:for-each-group select="* except (tei:locus | tei:locusGrp | tei:msItem | tei:msItemStruct)" group-adjacent="local-name()">
      <span class="ms-line ms-{current-grouping-key()}">
        <xsl:variable name="key" select="f:manuscript-field-key(.)"/>
        <xsl:if test="$key and not(self::tei:textLang)">
          <span class="ms-label"><xsl:value-of select="f:label($key) || f:colon()"/></span>
        </xsl:if>
        <xsl:for-each select="current-group()">
          <xsl:choose>
            <xsl:when test="self::tei:title">
              <!-- a title in a script with no italic (Hebrew, Arabic, CJK) stays upright -->
              <cite class="ms-title{' upright'[f:is-upright-script(f:text-lang(current()))]}">
                <xsl:call-template name="tp:attributes"/>
                <xsl:apply-templates mode="m:html"/>
              </cite>
            </xsl:when>
            <xsl:when test="self::tei:textLang | self::tei:extent"><xsl:apply-templates select="." mode="m:manuscript-words"/></xsl:when>
            <xsl:otherwise>
              <span>
                <xsl:call-template name="tp:attributes"/>
                <xsl:apply-templates mode="m:html"/>
              </span>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="position() != last()"><xsl:text> · </xsl:text></xsl:if>
        </xsl:for-each>
      </span>
    </xsl:for-each-group>
    <xsl:if test="tei:msItem | tei:msItemStruct">
      <ol class="ms-items">
        <xsl:for-each select="tei:msItem | tei:msItemStruct">
          <li><xsl:apply-templates select="." mode="m:manuscript-item"/></li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
