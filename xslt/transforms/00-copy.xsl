<?xml version="1.0" encoding="UTF-8"?>
<!-- What every pass does with what it does not change: a copy. Imported first by
     transforms/normalize.xsl, so that every pass's own templates win over it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <!-- Every pass copies what it does not change. The n: attributes are declared on the elements
       that carry them only (inherit-namespaces="no"), so that no copied example or foreign markup
       (egXML, MathML, SVG) shows the namespace; markup of another vocabulary is no TEI to decide
       on, and is copied whole. -->
  <xsl:template match="tei:*" mode="mp:divisions mp:languages mp:words mp:styles mp:numbers mp:mentions mp:parts">
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="#current"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="*" mode="mp:divisions mp:languages mp:words mp:styles mp:numbers mp:mentions mp:parts" priority="-1">
    <xsl:copy-of select="."/>
  </xsl:template>
</xsl:stylesheet>
