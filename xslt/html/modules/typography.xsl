<?xml version="1.0" encoding="UTF-8"?>
<!--
  Typography on the web and in the EPUB: the text as common/functions.xsl typesets it (French
  spacing: a narrow no-break space before ; : ! ? » and after «), the same as in print. Imported
  first, so that any other template for a text node wins over this one.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:x-edition:function"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <xsl:template match="text()" mode="m:html">
    <xsl:value-of select="f:typeset(.)"/>
  </xsl:template>
</xsl:stylesheet>
