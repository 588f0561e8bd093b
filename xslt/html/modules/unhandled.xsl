<?xml version="1.0" encoding="UTF-8"?>
<!--
  The fallback for every element no other module renders: its content is kept, and it is marked
  with its TEI name (class and data-tei), so that nothing is ever silently dropped. MathML is
  kept as MathML; TEI examples (egXML) are shown as code; other namespaces keep their text.
-->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:eg="http://www.tei-c.org/ns/Examples"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- Elements that hold blocks become a div, the others a span. -->
  <xsl:template match="tei:*" mode="m:html" priority="-1">
    <xsl:variable name="block" select="exists(tei:p | tei:div | tei:lg | tei:list | tei:table | tei:sp | tei:ab | tei:head | tei:figure | tei:quote[tei:p])"/>
    <xsl:element name="{if ($block) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-' || local-name() || ' unhandled'"/>
      <xsl:attribute name="data-tei" select="local-name()"/>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <!-- MathML is rebuilt from its own vocabulary only (common/mathml.xsl). -->
  <xsl:template match="mml:math" mode="m:html">
    <xsl:apply-templates select="." mode="m:mathml"/>
  </xsl:template>

  <xsl:template match="inc:missing | xi:include" mode="m:html">
    <span class="missing-include" role="note"><xsl:value-of select="f:missing-include(.)"/></span>
  </xsl:template>

  <xsl:template match="text()[contains(., 'urn:x-edition:include')]" mode="m:html">
    <xsl:value-of select="f:text-missing-includes(.)"/>
  </xsl:template>

  <xsl:template match="eg:egXML" mode="m:html">
    <pre class="tei-egXML"><code><xsl:value-of select="serialize(node(), map { 'method': 'xml', 'indent': false() })"/></code></pre>
  </xsl:template>

  <xsl:template match="*" mode="m:html" priority="-2">
    <span class="foreign-element" data-ns="{namespace-uri()}" data-name="{local-name()}">
      <xsl:apply-templates mode="m:html"/>
    </span>
  </xsl:template>

  <!-- Metadata and stand-off parts are rendered elsewhere (header, registers), not in the text. -->
  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:fsdDecl" mode="m:html"/>

  <!-- Text nodes, comments and processing instructions. -->
  <xsl:template match="comment() | processing-instruction()" mode="m:html"/>
</xsl:stylesheet>
