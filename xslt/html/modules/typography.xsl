<?xml version="1.0" encoding="UTF-8"?>
<!--
  Typography on the web and in the EPUB: the text as common/functions.xsl typesets it (French
  spacing: a narrow no-break space before ; : ! ? » and after «), the same as in print. Imported
  first, so that any other template for a text node wins over this one.

  With $hyphenate (the website's text pages), the running text of paragraphs and notes gets soft
  hyphens where print may break its words (Java's j:soft-hyphens, FOP's patterns for the text's
  language), so that it can be justified: browsers have no French dictionary of their own.
  Headings, verse and addresses are left whole, as in print.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:m="urn:x-edition:mode"
    xmlns:j="urn:x-edition:java"
    exclude-result-prefixes="#all">

  <xsl:param name="hyphenate" as="xs:boolean" select="false()"/>

  <xsl:template match="text()" mode="m:html">
    <xsl:value-of select="f:typeset(.)"/>
  </xsl:template>

  <xsl:template match="text()[$hyphenate][ancestor::tei:p or ancestor::tei:note or ancestor::tei:item]
      [not(ancestor::tei:head | ancestor::tei:l | ancestor::tei:ref | ancestor::tei:ptr | ancestor::tei:idno
        | ancestor::tei:email | ancestor::tei:code | ancestor::tei:eg | ancestor::tei:teiHeader)]" mode="m:html"
      use-when="function-available('j:soft-hyphens', 2)">
    <xsl:value-of select="j:soft-hyphens(f:typeset(.), f:text-lang(.))"/>
  </xsl:template>
</xsl:stylesheet>
