<?xml version="1.0" encoding="UTF-8"?>
<!-- What no module renders in print: an unknown element keeps its content; what is not printed (header, standOff, facsimile) is left out; a part that could not be included is said. Imported by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns:j="urn:x-edition:java"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:*" mode="m:fo" priority="-1">
    <xsl:choose>
      <xsl:when test="tei:p | tei:div | tei:lg | tei:list | tei:table | tei:sp | tei:ab | tei:head">
        <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()[contains(., 'urn:x-edition:include')]" mode="m:fo" priority="1">
    <xsl:value-of select="f:text-missing-includes(.)"/>
  </xsl:template>

  <!-- A block: valid in the flow as inside a paragraph. -->
  <xsl:template match="inc:missing | xi:include" mode="m:fo">
    <fo:block font-style="italic"><xsl:value-of select="f:missing-include(.)"/></fo:block>
  </xsl:template>

  <!-- A MathML formula is drawn (Java's j:mathml-svg, JEuclid) and embedded as SVG, scaled to the
       font size around it (drawn at 10 points: 1 em = 10 units) and set on the line's baseline;
       a formula with display="block" is centred on its own line. Its words are its alternative
       text. Where the drawing is not available (the stylesheet run by hand) or fails, its tokens
       are printed. -->
  <xsl:template match="mml:math" mode="m:fo" use-when="function-available('j:mathml-svg', 1)">
    <xsl:variable name="clean" as="element()*">
      <xsl:apply-templates select="." mode="m:mathml">
        <xsl:with-param name="fp:links" select="false()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:variable name="svg" as="element()?" select="$clean[self::mml:math] ! j:mathml-svg(.)"/>
    <xsl:choose>
      <xsl:when test="empty($svg)"><fo:inline><xsl:value-of select="$clean[self::mml:math] ! f:formula-text(.)"/></fo:inline></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="em" select="function($length) { format-number(number(replace($length, '[^0-9.]', '')) div 10, '0.###') || 'em' }"/>
        <xsl:variable name="object" as="element()">
          <fo:instream-foreign-object role="Formula" fox:alt-text="{f:formula-text($clean)}"
              content-width="{$em($svg/@width)}" content-height="{$em($svg/@height)}" scaling="uniform">
            <xsl:apply-templates select="$svg" mode="mp:svg"/>
          </fo:instream-foreign-object>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="@display = 'block'">
            <fo:block text-align="center" space-before="0.5em" space-after="0.5em"><xsl:sequence select="$object"/></fo:block>
          </xsl:when>
          <xsl:otherwise>
            <fo:inline baseline-shift="-{$em($svg/@j:descent)}"><xsl:sequence select="$object"/></fo:inline>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="mml:math" mode="m:fo" use-when="not(function-available('j:mathml-svg', 1))">
    <xsl:variable name="clean" as="element()*"><xsl:apply-templates select="." mode="m:mathml"/></xsl:variable>
    <fo:inline><xsl:value-of select="$clean[self::mml:math] ! f:formula-text(.)"/></fo:inline>
  </xsl:template>

  <xsl:mode name="mp:svg" on-no-match="shallow-copy"/>
  <xsl:template match="@j:*" mode="mp:svg"/>

  <xsl:template match="*" mode="m:fo" priority="-2">
    <fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | comment() | processing-instruction()" mode="m:fo"/>
</xsl:stylesheet>
