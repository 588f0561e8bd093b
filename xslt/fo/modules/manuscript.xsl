<?xml version="1.0" encoding="UTF-8"?>
<!-- A manuscript's description in print, as a catalogue sets it (its sections decided in
     common/manuscript.xsl): the manuscript's name, then contents item by item, physical
     description, history and further information field by field, then its parts; a witness's
     record at the head of a letter (f:is-witness-record) in a few lines under the title. Imported
     by fo/fo.xsl; book.xsl sets it before the text it describes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <xsl:template name="tp:manuscripts">
    <xsl:param name="doc" as="node()"/>
    <xsl:for-each select="f:manuscripts($doc)[f:is-witness-record(.)]">
      <!-- a witness's record at the head of a letter: a few lines under the title -->
      <fo:block space-after="6mm" font-size="8.5pt" line-height="11pt" text-align="start" hyphenate="false"
          border-top="0.4pt solid #999999" border-bottom="0.4pt solid #999999" padding-before="2pt" padding-after="2pt">
        <fo:block keep-with-next.within-page="always">
          <fo:inline font-style="italic"><xsl:value-of select="f:label(f:description-key(.)) || f:colon()"/></fo:inline>
          <xsl:value-of select="f:manuscript-name(.)"/>
        </fo:block>
        <xsl:apply-templates select="f:manuscript-identity-fields(.), f:witness-fields(.)" mode="m:fo-manuscript-field"/>
      </fo:block>
    </xsl:for-each>
    <xsl:for-each select="f:manuscripts($doc)[not(f:is-witness-record(.))]">
      <fo:block space-after="8mm" font-size="9.5pt" line-height="12.5pt" text-align="start" hyphenate="false">
        <fo:block role="H2" font-weight="bold" font-size="11pt" space-after="4pt" keep-with-next.within-page="always">
          <xsl:value-of select="f:manuscript-name(.)"/>
        </fo:block>
        <xsl:apply-templates select="f:manuscript-identity-fields(.)" mode="m:fo-manuscript-field"/>
        <xsl:apply-templates select="." mode="m:fo-manuscript"/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:msDesc | tei:msPart | tei:msFrag" mode="m:fo-manuscript">
    <xsl:apply-templates select="f:manuscript-sections(.)" mode="m:fo-manuscript-section"/>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="m:fo-manuscript-section">
    <fo:block space-after="3pt"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="*" mode="m:fo-manuscript-section">
    <fo:block space-before="5pt">
      <fo:block role="H3" xsl:use-attribute-sets="t:small-heading" space-after="2pt">
        <xsl:value-of select="if (self::tei:msPart or self::tei:msFrag)
            then string-join((f:label(f:manuscript-section-key(.)) || (@n ! (' ' || .)), f:manuscript-name(.)[. != '' and . != current()/@n]), ' — ')
            else f:label(f:manuscript-section-key(.))"/>
      </fo:block>
      <xsl:choose>
        <xsl:when test="self::tei:msPart or self::tei:msFrag"><xsl:apply-templates select="." mode="m:fo-manuscript"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="f:manuscript-fields(.)" mode="m:fo-manuscript-field"/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <xsl:template match="*" mode="m:fo-manuscript-field">
    <xsl:variable name="key" select="f:manuscript-field-key(.)"/>
    <fo:block space-after="2pt">
      <xsl:if test="$key"><fo:inline font-style="italic"><xsl:value-of select="f:label($key) || f:colon()"/></fo:inline></xsl:if>
      <xsl:apply-templates select="." mode="m:fo-manuscript-words"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:msItem | tei:msItemStruct" mode="m:fo-manuscript-field">
    <xsl:if test="empty(preceding-sibling::tei:msItem | preceding-sibling::tei:msItemStruct)">
      <xsl:call-template name="tp:manuscript-items"><xsl:with-param name="items" select="../(tei:msItem | tei:msItemStruct)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tp:manuscript-items">
    <xsl:param name="items" as="element()*"/>
    <fo:list-block provisional-distance-between-starts="7mm" provisional-label-separation="2mm" space-after="3pt">
      <xsl:for-each select="$items">
        <fo:list-item space-after="3pt">
          <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="(@n, position())[1]"/>.</fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block>
              <xsl:for-each select="tei:locus | tei:locusGrp">
                <fo:inline font-weight="bold"><xsl:apply-templates mode="m:fo"/></fo:inline>
                <xsl:text> </xsl:text>
              </xsl:for-each>
              <xsl:for-each-group select="* except (tei:locus | tei:locusGrp | tei:msItem | tei:msItemStruct)" group-adjacent="local-name()">
                <xsl:variable name="key" select="f:manuscript-field-key(.)"/>
                <xsl:if test="not(self::tei:author or self::tei:title) or preceding-sibling::*[not(self::tei:locus or self::tei:locusGrp)][1][not(self::tei:author or self::tei:title)]">
                  <fo:block/>
                </xsl:if>
                <xsl:if test="$key and not(self::tei:textLang)"><fo:inline font-style="italic"><xsl:value-of select="f:label($key) || f:colon()"/></fo:inline></xsl:if>
                <xsl:for-each select="current-group()">
                  <xsl:choose>
                    <xsl:when test="self::tei:title">
                      <fo:inline font-style="{if (f:is-upright-script(f:text-lang(.))) then 'normal' else 'italic'}">
                        <xsl:call-template name="tp:fo-lang"/>
                        <xsl:apply-templates mode="m:fo"/>
                      </fo:inline>
                    </xsl:when>
                    <xsl:when test="self::tei:textLang | self::tei:extent"><xsl:apply-templates select="." mode="m:fo-manuscript-words"/></xsl:when>
                    <xsl:otherwise><fo:inline><xsl:call-template name="tp:fo-lang"/><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
                  </xsl:choose>
                  <xsl:if test="position() != last()"><xsl:text> · </xsl:text></xsl:if>
                </xsl:for-each>
                <!-- the group's last author before the title (two authors, a name in Latin letters
                     and in Hebrew, are one group) -->
                <xsl:if test="self::tei:author and current-group()[last()]/following-sibling::*[1][self::tei:title]"><xsl:text>, </xsl:text></xsl:if>
              </xsl:for-each-group>
            </fo:block>
            <xsl:if test="tei:msItem | tei:msItemStruct">
              <xsl:call-template name="tp:manuscript-items"><xsl:with-param name="items" select="tei:msItem | tei:msItemStruct"/></xsl:call-template>
            </xsl:if>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="tei:listBibl | tei:surrogates[tei:bibl]" mode="m:fo-manuscript-field">
    <fo:block space-after="2pt">
      <fo:inline font-style="italic"><xsl:value-of select="f:label(f:manuscript-field-key(.)) || f:colon()"/></fo:inline>
      <xsl:for-each select="tei:bibl | tei:biblStruct">
        <fo:block start-indent="4mm"><xsl:apply-templates select="." mode="m:fo"/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- A field of parts (common: f:is-list-of-parts): each in turn, separated as a catalogue does. -->
  <xsl:template match="*[f:is-list-of-parts(.)]" mode="m:fo-manuscript-words" priority="-0.25">
    <xsl:for-each select="f:list-parts(.)">
      <xsl:value-of select="f:part-separator(.)"/>
      <xsl:apply-templates select="." mode="m:fo-manuscript-part"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab | tei:summary | tei:source" mode="m:fo-manuscript-part">
    <xsl:apply-templates mode="m:fo"/>
  </xsl:template>
  <xsl:template match="tei:geo" mode="m:fo-manuscript-part">
    <xsl:value-of select="'(' || normalize-space() || ')'"/>
  </xsl:template>
  <xsl:template match="tei:dimensions" mode="m:fo-manuscript-part">
    <xsl:value-of select="f:dimensions-words(.)"/>
  </xsl:template>
  <xsl:template match="*" mode="m:fo-manuscript-part">
    <xsl:choose>
      <xsl:when test="f:manuscript-field-key(.) and not(self::tei:locus)">
        <fo:inline font-style="italic"><xsl:value-of select="f:label(f:manuscript-field-key(.)) || f:colon()"/></fo:inline>
        <xsl:apply-templates select="." mode="m:fo-manuscript-words"/>
      </xsl:when>
      <xsl:when test="f:is-list-of-parts(.)"><xsl:apply-templates select="." mode="m:fo-manuscript-words"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="m:fo"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="m:fo-manuscript-words">
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::tei:p | self::tei:ab | self::tei:summary | self::tei:source"><xsl:apply-templates mode="m:fo"/><xsl:text> </xsl:text></xsl:when>
        <xsl:when test="self::*[f:manuscript-field-key(.)] and not(self::tei:locus)">
          <fo:inline font-style="italic"><xsl:value-of select="f:label(f:manuscript-field-key(.)) || f:colon()"/></fo:inline>
          <xsl:apply-templates select="." mode="m:fo-manuscript-words"/>
          <xsl:text> </xsl:text>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="." mode="m:fo"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:handDesc" mode="m:fo-manuscript-words">
    <xsl:for-each select="f:hand-parts(.)">
      <xsl:value-of select="f:part-separator(.)"/>
      <xsl:choose>
        <xsl:when test="normalize-space() and f:is-list-of-parts(.)"><xsl:apply-templates select="." mode="m:fo-manuscript-words"/></xsl:when>
        <xsl:when test="normalize-space()"><xsl:apply-templates mode="m:fo"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="f:hand-words(.)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:additions[tei:incident]" mode="m:fo-manuscript-words">
    <xsl:apply-templates select="(tei:p | tei:ab)[normalize-space()]" mode="m:fo"/>
    <xsl:for-each select="tei:incident[normalize-space()]">
      <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
      <xsl:apply-templates select="(tei:desc, tei:p, tei:ab)/node()" mode="m:fo"/>
      <xsl:for-each select="f:incident-medium(.)"><xsl:text> (</xsl:text><xsl:value-of select="."/><xsl:text>)</xsl:text></xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:altIdentifier" mode="m:fo-manuscript-words"><xsl:value-of select="f:identifier-words(.)"/></xsl:template>
  <xsl:template match="tei:extent" mode="m:fo-manuscript-words"><xsl:value-of select="f:extent-words(.)"/></xsl:template>
  <xsl:template match="tei:textLang" mode="m:fo-manuscript-words"><xsl:value-of select="normalize-space(.)"/></xsl:template>
</xsl:stylesheet>
