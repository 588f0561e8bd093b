<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 20, languages: every xml:lang as BCP 47 writes it (xml:lang="deu" is "de" to a browser,
     a reading system and a hyphenator; f:language-tag). -->
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

  <xsl:mode name="mp:languages" on-no-match="shallow-copy"/>

  <xsl:function name="fp:has-languages-to-tag" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="exists($doc//@xml:lang[normalize-space()][f:language-tag(normalize-space(.)) ne string(.)])"/>
  </xsl:function>

  <xsl:template match="@xml:lang[normalize-space()]" mode="mp:languages">
    <xsl:attribute name="xml:lang" select="f:language-tag(normalize-space(.))"/>
  </xsl:template>
</xsl:stylesheet>
