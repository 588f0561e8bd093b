<?xml version="1.0" encoding="UTF-8"?>
<!-- French typography in print: a narrow no-break space before ; : ! ? » and after «. Included by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <!-- French spacing: a narrow no-break space before ; : ! ? » and after «, replacing any space
       the source put there, so that no line starts with closing punctuation. -->
  <xsl:template match="text()" mode="m:fo">
    <xsl:value-of select="if (f:is-french(.) and empty(ancestor::tei:ref | ancestor::tei:ptr | ancestor::tei:idno | ancestor::tei:email))
        then f:french-spacing(.) else ."/>
  </xsl:template>

  <xsl:function name="f:is-french" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="starts-with(($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang, 'fr')[1], 'fr')"/>
  </xsl:function>

  <xsl:function name="f:french-spacing" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <!-- Not after an opening bracket, as in "(!)", nor in "http://". -->
    <xsl:sequence select="$text
        => replace('([^\s(\[«&#xA0;&#x202F;])[\s&#xA0;&#x202F;]*([;:!?])([^/]|$)', '$1&#x202F;$2$3')
        => replace('^[\s&#xA0;]+([;:!?])', '&#x202F;$1')
        => replace('([^\s(\[&#xA0;&#x202F;])[\s&#xA0;&#x202F;]*»', '$1&#x202F;»')
        => replace('^[\s&#xA0;]+»', '&#x202F;»')
        => replace('«[\s&#xA0;&#x202F;]*', '«&#x202F;')"/>
  </xsl:function>
</xsl:stylesheet>
