<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 60, mentions: a name that points to a register entry (@ref, f:is-name) gets n:entry, the
     key of the entry it names (f:entry-key: the same in every tree that holds the entry), and, in
     the text, n:mention, its anchor, the same in every format and in the registers' back-links
     (f:is-mention, f:mention-id). The entries are looked up in the registers as given (this
     pass normalises the registers themselves). -->
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

  <xsl:mode name="mp:mentions" on-no-match="shallow-copy"/>

  <xsl:function name="fp:has-mentions" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="exists($doc//tei:*[@ref])"/>
  </xsl:function>

  <xsl:template match="tei:*[@ref][f:is-name(.)]" mode="mp:mentions" priority="2">
    <xsl:variable name="entry" select="fp:entry(@ref, ., $registers)"/>
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="mp:mentions"/>
      <xsl:if test="exists($entry)">
        <xsl:attribute name="n:entry" select="f:entry-key($entry)"/>
        <xsl:if test="ancestor::tei:text">
          <xsl:attribute name="n:mention" select="'m-' || fp:mention-ranks(root(.))(generate-id(.))"/>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates mode="mp:mentions"/>
    </xsl:copy>
  </xsl:template>

  <xsl:function name="fp:mention-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="fp:ranks($doc//tei:text//*[@ref])"/>
  </xsl:function>
</xsl:stylesheet>
