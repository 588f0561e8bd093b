<?xml version="1.0" encoding="UTF-8"?>
<!-- A documentary transcription (sourceDoc) in print: each surface a section headed by its name
     (common: f:surface-label), its lines set line for line with their indents, page numbers and
     catchwords (fw) to the right in small type. Imported by fo/fo.xsl. -->
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
    exclude-result-prefixes="#all">

  <xsl:template match="tei:sourceDoc" mode="m:fo">
    <fo:block role="H2" font-size="12pt" font-weight="bold" space-before="12pt" space-after="6pt" keep-with-next.within-page="always"
        hyphenate="false" text-align="start">
      <xsl:value-of select="f:label('transcription')"/>
    </fo:block>
    <xsl:apply-templates select="f:surfaces(.)" mode="m:fo"/>
  </xsl:template>

  <!-- Whether the page images kept in the edition are set as plates (the setting page-images),
       and how tall a plate may be (the driver knows the page). -->
  <xsl:param name="plates" as="xs:boolean" select="false()"/>
  <xsl:param name="plate-height" as="xs:string" select="'170mm'"/>

  <!-- A page's image on a page of its own, scaled to the page, named below. Only a file of the
       edition: print never fetches an image. -->
  <xsl:template name="tp:plate">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:variable name="image" select="f:surface-image($surface)"/>
    <xsl:if test="$plates and starts-with($image, 'file:')">
      <fo:block break-before="page" break-after="page" text-align="center" keep-together.within-page="always">
        <fo:block line-height="0">
          <fo:external-graphic src="url('{$image}')" content-width="scale-down-to-fit" content-height="scale-down-to-fit"
              width="100%" height="{$plate-height}" scaling="uniform"
              fox:alt-text="{f:label('facsimile-of')} {f:surface-label($surface)}"/>
        </fo:block>
        <fo:block xsl:use-attribute-sets="t:caption" space-before="3mm"><xsl:value-of select="f:surface-label($surface)"/></fo:block>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- The plates of a text whose pages are not transcribed: its facsimile's pages, after it. -->
  <xsl:template match="tei:facsimile" mode="m:fo-plates">
    <xsl:for-each select="tei:surface">
      <xsl:call-template name="tp:plate"><xsl:with-param name="surface" select="."/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:surface" mode="m:fo">
    <fo:block space-before="10pt" text-align="start" hyphenate="false">
      <fo:block role="H3" xsl:use-attribute-sets="t:small-heading" color="#444444" space-after="4pt">
        <xsl:value-of select="f:surface-label(.)"/>
      </fo:block>
      <xsl:apply-templates select="* except (tei:graphic, tei:desc, tei:label)" mode="m:fo"/>
    </fo:block>
    <!-- its image after it, on a page of its own: the transcription keeps its heading -->
    <xsl:call-template name="tp:plate"><xsl:with-param name="surface" select="."/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:zone" mode="m:fo">
    <fo:block space-after="4pt">
      <xsl:if test="@rotate = ('180', '-180')">
        <fo:block font-size="8pt" font-style="italic" color="#444444"><xsl:value-of select="'(' || f:label('written-upside-down') || ')'"/></fo:block>
      </xsl:if>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:sourceDoc//tei:line" mode="m:fo">
    <fo:block start-indent="{f:line-indent(.) * 2}em" hyphenate="false">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:sourceDoc//tei:zone[@type = ('library', 'pagination')] | tei:sourceDoc//tei:fw" mode="m:fo" priority="1">
    <fo:block text-align="end" font-size="8.5pt" color="#444444"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:sourceDoc//tei:space[@dim = 'vertical']" mode="m:fo">
    <fo:block space-before="{(number(@extent[. castable as xs:decimal]), 1)[1] * 13}pt" space-before.conditionality="retain"/>
  </xsl:template>

  <!-- An addition above or below the line is set there, smaller, as on the page. -->
  <xsl:template match="tei:sourceDoc//tei:add[tokenize(@place) = ('above', 'superlinear', 'below', 'sublinear')]" mode="m:fo">
    <fo:inline font-size="75%" baseline-shift="{if (tokenize(@place) = ('above', 'superlinear')) then 'super' else 'sub'}"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <!-- An addition in the margin or elsewhere, an uncertain reading: between the marks of their
       sign (common: f:transcription-sign). -->
  <xsl:template match="tei:sourceDoc//tei:add | tei:sourceDoc//tei:unclear" mode="m:fo" priority="2">
    <xsl:variable name="marks" select="f:sign-marks((f:transcription-sign(.), '')[1])"/>
    <xsl:value-of select="$marks[1]"/>
    <xsl:next-match/>
    <xsl:value-of select="$marks[2]"/>
  </xsl:template>

  <!-- The key to the signs the book's transcriptions use, for its front matter: each shown on a
       sample word as the transcription sets it. -->
  <xsl:template name="tp:signs-key">
    <xsl:param name="docs" as="node()*"/>
    <xsl:variable name="signs" select="f:transcription-signs($docs)"/>
    <xsl:if test="exists($signs)">
      <fo:block space-before="6pt" keep-together.within-page="always">
        <fo:block font-style="italic" space-after="2pt"><xsl:value-of select="f:label('signs')"/></fo:block>
        <xsl:for-each select="$signs">
          <xsl:variable name="word" select="f:label('sign-sample')"/>
          <xsl:variable name="marks" select="f:sign-marks(.)"/>
          <fo:block>
            <xsl:choose>
              <xsl:when test=". = 'deleted'"><fo:inline text-decoration="line-through"><xsl:value-of select="$word"/></fo:inline></xsl:when>
              <xsl:when test=". = ('added-above', 'added-below')">
                <xsl:value-of select="$word"/>
                <fo:inline font-size="75%" baseline-shift="{if (. = 'added-above') then 'super' else 'sub'}"><xsl:value-of select="$word"/></fo:inline>
              </xsl:when>
              <xsl:when test=". = 'gap'">[…]</xsl:when>
              <xsl:otherwise><xsl:value-of select="$marks[1] || $word || $marks[2]"/></xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="' ' || f:label('sign-' || .)"/>
          </fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:sourceDoc//tei:handShift" mode="m:fo"/>

  <xsl:template match="tei:sourceDoc//text()[not(normalize-space())][not(ancestor::tei:line)]" mode="m:fo"/>
</xsl:stylesheet>
