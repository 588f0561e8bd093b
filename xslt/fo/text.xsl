<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI text to XSL-FO: blocks, inlines, footnotes, editorial interventions, names (indexed), and
  the French typographic rules (thin non-breaking space before ; : ! ? and inside guillemets).
  Imported by fo/book.xsl.
-->
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

  <!-- ===================================================================== typography -->

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

  <!-- ===================================================================== structure -->

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group" mode="m:fo">
    <fo:block>
      <xsl:call-template name="fp:fo-lang"/>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" mode="m:fo">
    <fo:block id="{fp:fo-id(.)}">
      <xsl:if test="@type = 'chapeau'"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:call-template name="fp:fo-lang"/>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:head" mode="m:fo">
    <xsl:variable name="level" select="max((1, min((4, f:heading-depth(.)))))"/>
    <fo:block role="H{$level + 1}" font-weight="bold" keep-with-next.within-page="always"
        hyphenate="false" text-align="start" space-before="{if ($level le 1) then '14pt' else '10pt'}" space-after="6pt"
        font-size="{('13pt', '11.5pt', '10.5pt', '10pt')[$level]}">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:lg/tei:head | tei:table/tei:head | tei:figure/tei:head | tei:listBibl/tei:head | tei:castList/tei:head" mode="m:fo">
    <fo:block font-weight="bold" keep-with-next.within-page="always" space-before="4pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="m:fo">
    <xsl:variable name="first" select="empty(preceding-sibling::*[not(self::tei:pb or self::tei:lb or self::tei:milestone or self::tei:anchor)])
        or preceding-sibling::*[not(self::tei:pb or self::tei:milestone or self::tei:anchor)][1][self::tei:head or self::tei:list or self::tei:epigraph or self::tei:quote or self::tei:table or self::tei:lg or self::tei:figure]"/>
    <fo:block text-indent="{if ($first or ancestor::tei:note or ancestor::tei:item or ancestor::tei:quote) then '0' else '1.2em'}"
        id="{fp:fo-id(.)}">
      <xsl:call-template name="fp:fo-lang"/>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:epigraph" mode="m:fo">
    <fo:block start-indent="35%" font-size="9pt" font-style="italic" space-before="8pt" space-after="12pt" text-align="start" hyphenate="false">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:cit" mode="m:fo">
    <fo:block>
      <xsl:apply-templates select="* except tei:bibl" mode="m:fo"/>
      <xsl:for-each select="tei:bibl">
        <fo:block text-align="right" font-style="normal"><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:epigraph//tei:quote" mode="m:fo" priority="2">
    <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p | tei:lg | tei:l] | tei:quote[parent::tei:div | parent::tei:body | parent::tei:cit | parent::tei:epigraph | parent::tei:note | parent::tei:item]" mode="m:fo">
    <fo:block margin-left="8mm" margin-right="8mm" space-before="4pt" space-after="4pt" font-size="9.5pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:list" mode="m:fo">
    <xsl:apply-templates select="tei:head" mode="m:fo"/>
    <fo:list-block provisional-distance-between-starts="6mm" provisional-label-separation="2mm" space-before="4pt" space-after="4pt">
      <xsl:for-each select="tei:item">
        <fo:list-item space-after="2pt">
          <fo:list-item-label end-indent="label-end()">
            <fo:block>
              <xsl:choose>
                <xsl:when test="preceding-sibling::*[1][self::tei:label]"><xsl:apply-templates select="preceding-sibling::*[1]/node()" mode="m:fo"/></xsl:when>
                <xsl:when test="matches(string-join((../@type, ../@rend), ' '), 'ordered|numbered')"><xsl:value-of select="position()"/>.</xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
    <xsl:apply-templates select="* except (tei:head, tei:item, tei:label)" mode="m:fo"/>
  </xsl:template>

  <xsl:template match="tei:closer | tei:opener | tei:trailer | tei:postscript | tei:argument" mode="m:fo">
    <fo:block space-before="10pt" text-align="{if (self::tei:closer) then 'right' else 'left'}">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:signed" mode="m:fo">
    <!-- Set in the source's own letters (DejaVu has no small capitals, and faked ones would read
         back as capitals), with a little letter-spacing. -->
    <fo:block text-align="right" letter-spacing="0.04em" space-before="4pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:salute | tei:dateline | tei:byline | tei:docAuthor | tei:docDate | tei:docImprint | tei:titlePart" mode="m:fo">
    <xsl:choose>
      <xsl:when test="parent::tei:titlePage or parent::tei:docTitle or parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:closer[not(text()[normalize-space()])] or parent::tei:opener[not(text()[normalize-space()])]">
        <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:titlePage" mode="m:fo">
    <fo:block text-align="center" font-size="9pt" space-after="10pt" hyphenate="false" color="#333333">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:docTitle" mode="m:fo">
    <fo:block font-weight="bold"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:lg" mode="m:fo">
    <fo:block space-before="4pt" space-after="4pt" start-indent="6mm"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:l" mode="m:fo">
    <fo:block text-align="start" hyphenate="false"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:sp" mode="m:fo">
    <fo:block space-before="3pt"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="m:fo">
    <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:stage" mode="m:fo">
    <xsl:choose>
      <xsl:when test="parent::tei:sp or parent::tei:div or parent::tei:body">
        <fo:block font-style="italic"><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline font-style="italic"><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:table" mode="m:fo">
    <xsl:apply-templates select="tei:head" mode="m:fo"/>
    <fo:table table-layout="fixed" width="100%" space-before="4pt" space-after="4pt" font-size="9pt">
      <fo:table-body>
        <xsl:for-each select="tei:row">
          <fo:table-row>
            <xsl:for-each select="tei:cell">
              <fo:table-cell border="0.4pt solid #999999" padding="2pt">
                <xsl:if test="@cols castable as xs:integer"><xsl:attribute name="number-columns-spanned" select="@cols"/></xsl:if>
                <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
              </fo:table-cell>
            </xsl:for-each>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="tei:figure" mode="m:fo">
    <fo:block space-before="4pt" space-after="4pt" font-size="9pt" font-style="italic">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:graphic | tei:binaryObject" mode="m:fo"/>

  <xsl:template match="tei:figDesc" mode="m:fo">
    <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:listBibl | tei:castList" mode="m:fo">
    <fo:block space-before="4pt">
      <xsl:for-each select="*">
        <fo:block start-indent="4mm" text-indent="-4mm"><xsl:apply-templates select="." mode="m:fo"/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- ===================================================================== inlines -->

  <xsl:template match="tei:hi" mode="m:fo">
    <xsl:variable name="rend" select="tokenize(lower-case(string-join((@rend, @style), ' ')), '[\s;:]+')"/>
    <fo:inline>
      <xsl:if test="$rend = ('italic', 'i', 'italics', 'it')"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:if test="$rend = ('bold', 'b', 'strong')"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
      <xsl:if test="$rend = ('sup', 'superscript', 'exponent')"><xsl:attribute name="baseline-shift" select="'super'"/><xsl:attribute name="font-size" select="'70%'"/></xsl:if>
      <xsl:if test="$rend = ('sub', 'subscript')"><xsl:attribute name="baseline-shift" select="'sub'"/><xsl:attribute name="font-size" select="'70%'"/></xsl:if>
      <xsl:if test="$rend = ('underline', 'u')"><xsl:attribute name="text-decoration" select="'underline'"/></xsl:if>
      <xsl:if test="$rend = ('smallcaps', 'sc', 'small-caps')"><xsl:attribute name="font-size" select="'85%'"/><xsl:attribute name="letter-spacing" select="'0.05em'"/></xsl:if>
      <xsl:apply-templates mode="m:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:mentioned | tei:term | tei:title[not(@level = ('a', 'u'))] | tei:soCalled[@rend = 'italic']" mode="m:fo" priority="0">
    <fo:inline font-style="italic"><xsl:call-template name="fp:fo-lang"/><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <!-- Names: indexed (their page appears in the index of names) and anchored. -->
  <xsl:template match="tei:*[f:is-name(.)] | tei:title" mode="m:fo" priority="1">
    <xsl:variable name="entry" select="if (@ref and ancestor::tei:text) then f:entry(@ref, .) else ()"/>
    <fo:inline>
      <xsl:if test="self::tei:title[not(@level = ('a', 'u'))]"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:if test="$entry">
        <xsl:attribute name="id" select="f:index-anchor(., $entry)"/>
      </xsl:if>
      <xsl:apply-templates mode="m:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:q | tei:quote | tei:said | tei:soCalled | tei:cit[ancestor::tei:p] | tei:seg | tei:date | tei:num | tei:idno | tei:bibl | tei:author | tei:editor | tei:biblScope | tei:publisher | tei:pubPlace | tei:forename | tei:surname | tei:roleName | tei:addName | tei:label | tei:s | tei:w | tei:c | tei:pc" mode="m:fo">
    <fo:inline><xsl:call-template name="fp:fo-lang"/><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:gi" mode="m:fo">&lt;<xsl:value-of select="."/>&gt;</xsl:template>
  <xsl:template match="tei:att" mode="m:fo">@<xsl:value-of select="."/></xsl:template>

  <!-- Line breaks are the source's lines, not the page's: a space, unless in verse or an address. -->
  <xsl:template match="tei:lb" mode="m:fo">
    <xsl:choose>
      <xsl:when test="@break = 'no'"/>
      <xsl:when test="ancestor::tei:closer | ancestor::tei:opener | ancestor::tei:address | ancestor::tei:l | ancestor::tei:titlePage">
        <fo:block/>
      </xsl:when>
      <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:anchor | tei:gb" mode="m:fo"/>

  <!-- The source's own running heads, catchwords and page numbers: kept, small and grey. -->
  <xsl:template match="tei:fw" mode="m:fo">
    <fo:inline font-size="75%" color="#555555">[<xsl:apply-templates mode="m:fo"/>]</fo:inline>
  </xsl:template>

  <xsl:template match="tei:ref | tei:ptr" mode="m:fo">
    <xsl:variable name="url" select="f:safe-url(tokenize(normalize-space(@target))[1])[matches(., '^(https?|mailto):')]"/>
    <xsl:choose>
      <xsl:when test="$url">
        <fo:basic-link external-destination="url('{$url}')" fox:alt-text="{$url}">
          <xsl:apply-templates mode="m:fo"/>
          <xsl:if test="self::tei:ptr"><xsl:value-of select="$url"/></xsl:if>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:apply-templates mode="m:fo"/><xsl:if test="self::tei:ptr"><xsl:value-of select="@target"/></xsl:if></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== editorial -->

  <!-- The corrected reading is printed; its place is anchored for the table of corrections. -->
  <xsl:template match="tei:choice[(tei:sic and tei:corr) or (tei:orig and tei:reg)]" mode="m:fo">
    <fo:inline id="{fp:correction-id(.)}"><xsl:apply-templates select="(tei:corr, tei:reg)[1]/node()" mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:choice[tei:abbr]" mode="m:fo">
    <fo:inline><xsl:apply-templates select="tei:abbr[1]/node()" mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:choice" mode="m:fo" priority="-0.5">
    <fo:inline><xsl:apply-templates select="*[1]/node()" mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:unclear | tei:add | tei:ex | tei:am | tei:subst | tei:damage | tei:restore | tei:surplus | tei:secl" mode="m:fo">
    <fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="m:fo">[<xsl:apply-templates mode="m:fo"/>]</xsl:template>
  <xsl:template match="tei:gap" mode="m:fo">[…]</xsl:template>
  <xsl:template match="tei:del" mode="m:fo">
    <fo:inline text-decoration="line-through"><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:app" mode="m:fo">
    <xsl:variable name="readings" select="(tei:rdg, tei:rdgGrp/tei:rdg, tei:lem)[not(. is (current()/(tei:lem, tei:rdg))[1])]"/>
    <fo:inline>
      <xsl:apply-templates select="(tei:lem, tei:rdg)[1]/node()" mode="m:fo"/>
      <xsl:if test="$readings or tei:note or tei:witDetail">
        <fo:inline font-size="80%"> [<xsl:for-each select="$readings">
            <xsl:if test="position() gt 1">; </xsl:if><xsl:apply-templates mode="m:fo"/><xsl:if test="@wit"><xsl:text> </xsl:text><xsl:value-of select="@wit"/></xsl:if>
          </xsl:for-each>
          <xsl:for-each select="tei:note | tei:witDetail"><xsl:text> </xsl:text><xsl:apply-templates mode="m:fo"/></xsl:for-each>]</fo:inline>
      </xsl:if>
    </fo:inline>
  </xsl:template>

  <!-- The anchor of a mention in print. It names its entry, so that the PDF's named destinations
       tell which pages mention which entry (PdfBooks reads them to print the index). -->
  <xsl:function name="f:index-anchor" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="'idx__' || $entry/@xml:id || '__' || f:text-id($mention) || '__' || f:mention-id($mention)"/>
  </xsl:function>

  <xsl:function name="fp:correction-id" as="xs:string">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="'corr-' || f:text-id($choice) || '-' || f:rank($choice)"/>
  </xsl:function>

  <!-- ===================================================================== notes -->

  <xsl:template match="tei:note[f:is-footnote(.)]" mode="m:fo">
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="6.5pt">
        <fo:basic-link internal-destination="{f:text-id(.)}-{f:note-id(.)}" fox:alt-text="{f:label('note')} {f:note-number(.)}">
          <xsl:value-of select="f:note-number(.)"/>
        </fo:basic-link>
      </fo:inline>
      <fo:footnote-body>
        <fo:list-block provisional-distance-between-starts="5mm" provisional-label-separation="1mm"
            font-size="8pt" line-height="10pt" font-style="normal" font-weight="normal" text-indent="0" start-indent="0" text-align="justify">
          <fo:list-item space-before="2pt">
            <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="f:note-number(.)"/>.</fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block id="{f:text-id(.)}-{f:note-id(.)}"><xsl:apply-templates mode="m:fo"/></fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:template match="tei:note" mode="m:fo">
    <fo:inline font-size="90%"> [<xsl:apply-templates mode="m:fo"/>]</fo:inline>
  </xsl:template>

  <!-- ===================================================================== fallback -->

  <xsl:template match="tei:*" mode="m:fo" priority="-1">
    <xsl:choose>
      <xsl:when test="tei:p | tei:div | tei:lg | tei:list | tei:table | tei:sp | tei:ab | tei:head">
        <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()[contains(., 'urn:x-edition:include')]" mode="m:fo" priority="1">
    <xsl:value-of select="f:text-missing-includes(.)"/>
  </xsl:template>

  <!-- A block: valid in the flow as inside a paragraph. -->
  <xsl:template match="inc:missing | xi:include" mode="m:fo">
    <fo:block font-style="italic"><xsl:value-of select="f:missing-include(.)"/></fo:block>
  </xsl:template>

  <xsl:template match="*" mode="m:fo" priority="-2">
    <fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc | comment() | processing-instruction()" mode="m:fo"/>

  <!-- ===================================================================== helpers -->

  <xsl:template name="fp:fo-lang">
    <xsl:if test="@xml:lang">
      <xsl:attribute name="language" select="substring-before(@xml:lang || '-', '-')"/>
    </xsl:if>
  </xsl:template>

  <xsl:function name="fp:fo-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="f:text-id($e) || '-' || ($e/@xml:id, local-name($e) || '-' || f:rank($e))[1]"/>
  </xsl:function>
</xsl:stylesheet>
