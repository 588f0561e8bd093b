<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a copy of a text's TEI keeps, in the mode mp:safe-copy: the document as the edition read it,
  with what a browser would bring to life taken out (the reasons: html/tei-copy.xsl, the driver of
  the whole copy). The site's DTS document endpoint (html/modules/dts.xsl) cuts its passages from
  the same tree through the same rules. Imports nothing: neither the library nor an edition's
  customisation reaches the copies.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fp="urn:x-edition:private"
    xmlns:mp="urn:x-edition:mode-private"
    exclude-result-prefixes="#all">

  <xsl:mode name="mp:safe-copy" on-no-match="shallow-copy"/>

  <!-- The vocabularies a browser (or another reader's tool) brings to life. -->
  <xsl:variable name="fp:live" as="xs:string*" select="(
      'http://www.w3.org/1999/xhtml',
      'http://www.w3.org/2000/svg',
      'http://www.w3.org/1999/XSL/Transform',
      'http://www.mozilla.org/keymaster/gatekeeper/there.is.only.xul',
      'http://www.w3.org/2001/XInclude',
      'http://www.w3.org/2003/XInclude',
      'http://www.w3.org/1999/xlink')"/>

  <xsl:template match="*[namespace-uri() = $fp:live]" mode="mp:safe-copy">
    <xsl:if test="not(lower-case(local-name()) = ('script', 'style'))">
      <xsl:apply-templates mode="mp:safe-copy"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="@*[namespace-uri() = $fp:live] | @*[namespace-uri() = ''][matches(local-name(), '^on', 'i')] | @xml:base"
      mode="mp:safe-copy"/>

  <xsl:template match="*[namespace-uri() = 'http://www.w3.org/1998/Math/MathML']/@*[namespace-uri() = '']
      [lower-case(local-name()) = ('href', 'src', 'altimg', 'style')]" mode="mp:safe-copy"/>

  <xsl:template match="processing-instruction('xml-stylesheet')" mode="mp:safe-copy"/>

</xsl:stylesheet>
