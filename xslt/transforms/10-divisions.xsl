<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 10, the document and its divisions: the root says it is normalised and names its
     source (n:normalized, n:source, an absolute xml:base, so that every later pass and every
     format finds the file the text came from); div1 to div7 become div with n:level, the number
     they had: one rule for every division in every format. -->
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

  <xsl:mode name="mp:divisions" on-no-match="shallow-copy"/>

  <xsl:template match="/*" mode="mp:divisions">
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="mp:divisions"/>
      <xsl:if test="empty(@xml:base) or not(matches(@xml:base, '^[a-zA-Z][a-zA-Z0-9+.-]*:'))">
        <xsl:attribute name="xml:base" select="base-uri(.)"/>
      </xsl:if>
      <xsl:attribute name="n:normalized" select="'1'"/>
      <xsl:attribute name="n:source" select="replace(string((base-uri(root(.)), base-uri(.))[1]), '^file:/+', 'file:/')"/>
      <xsl:apply-templates mode="mp:divisions"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" mode="mp:divisions">
    <xsl:element name="div" namespace="http://www.tei-c.org/ns/1.0" inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="mp:divisions"/>
      <xsl:attribute name="n:level" select="substring(local-name(), 4)"/>
      <xsl:apply-templates mode="mp:divisions"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
