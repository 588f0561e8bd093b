<?xml version="1.0" encoding="UTF-8"?>
<!-- MathML as every format may show it (mode m:mathml): the website and the EPUB keep it as
     MathML, print draws it (fo/modules/unhandled.xsl). Imported by transforms/normalize.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    exclude-result-prefixes="#all">

  <!-- MathML is rebuilt from its own vocabulary only: its elements and presentation attributes,
       nothing of another namespace (an XHTML script or iframe inside an mtext), no event
       attribute, no style, and links only to safe addresses. The text of what is dropped is kept,
       but for scripts and styles, which are code. -->
  <xsl:variable name="fp:mathml-elements" as="xs:string*" select="tokenize('math maction maligngroup
      malignmark menclose merror mfenced mfrac mglyph mi mlabeledtr mlongdiv mmultiscripts mn mo mover
      mpadded mphantom mprescripts mroot mrow ms mscarries mscarry msgroup msline mspace msqrt msrow
      mstack mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none semantics annotation
      annotation-xml')"/>
  <xsl:variable name="fp:mathml-attributes" as="xs:string*" select="tokenize('accent accentunder actiontype
      align alignmentscope alt alttext altimg-width altimg-height altimg-valign bevelled charalign charspacing
      close columnalign columnlines columnspacing columnspan columnwidth crossout decimalpoint denomalign
      depth dir display displaystyle edge encoding equalcolumns equalrows fence form frame framespacing
      groupalign height indentalign indentalignfirst indentalignlast indentshift indentshiftfirst
      indentshiftlast indenttarget infixlinebreakstyle largeop leftoverhang length linebreak
      linebreakmultchar linebreakstyle lineleading linethickness location longdivstyle lspace lquote
      mathbackground mathcolor mathsize mathvariant maxsize minlabelspacing minsize movablelimits
      notation numalign open position rightoverhang rowalign rowlines rowspacing rowspan rspace rquote
      scriptlevel scriptminsize scriptsizemultiplier selection separator separators shift side stackalign
      stretchy subscriptshift superscriptshift symmetric valign width intent arg')"/>

  <xsl:template match="mml:*" mode="m:mathml">
    <xsl:choose>
      <xsl:when test="local-name() = $fp:mathml-elements
          and not(self::mml:annotation-xml[not(matches(@encoding, '^(MathML|MathML-Presentation|MathML-Content|application/mathml(-presentation|-content)?\+xml)$'))])">
        <xsl:element name="{local-name()}" namespace="http://www.w3.org/1998/Math/MathML">
          <xsl:apply-templates select="@*" mode="m:mathml"/>
          <xsl:apply-templates mode="m:mathml"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="m:mathml"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="m:mathml">
    <xsl:if test="not(lower-case(local-name()) = ('script', 'style'))">
      <xsl:apply-templates mode="m:mathml"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="@*" mode="m:mathml">
    <xsl:if test="namespace-uri() = '' and local-name() = $fp:mathml-attributes">
      <xsl:copy-of select="."/>
    </xsl:if>
  </xsl:template>

  <!-- Links and images by address only where a reader can follow them (not in print: the
       drawing of a formula fetches nothing). -->
  <xsl:template match="@href | @src | @altimg" mode="m:mathml">
    <xsl:param name="fp:links" as="xs:boolean" tunnel="yes" select="true()"/>
    <xsl:variable name="url" select="f:safe-url(.)"/>
    <xsl:if test="$fp:links and $url"><xsl:attribute name="{local-name()}" select="$url"/></xsl:if>
  </xsl:template>

  <xsl:template match="text()" mode="m:mathml">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="m:mathml"/>


  <!-- What a reader hears for a formula: its own alternative text, else its tokens in order.
       Of a formula cleaned by mode m:mathml (a script inside an mtext is not a word of it). -->
  <xsl:function name="f:formula-text" as="xs:string">
    <xsl:param name="math" as="element(mml:math)"/>
    <xsl:sequence select="if (normalize-space($math/@alttext)) then normalize-space($math/@alttext)
        else normalize-space(string-join($math//(mml:mi | mml:mn | mml:mo | mml:mtext | mml:ms)
            [not(ancestor::mml:annotation or ancestor::mml:annotation-xml)], ' '))"/>
  </xsl:function>
</xsl:stylesheet>
