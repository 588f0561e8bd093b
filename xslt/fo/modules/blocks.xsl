<?xml version="1.0" encoding="UTF-8"?>
<!-- Blocks in print: divisions and headings, paragraphs, quotations, lists, openers and closers, title pages, tables, figures, lists of works. Imported by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:j="urn:x-edition:java"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:x-edition:function"
    xmlns:n="urn:x-edition:normalized"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns:xi="http://www.w3.org/2001/XInclude"
    xmlns:inc="urn:x-edition:include"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group" mode="m:fo">
    <fo:block>
      <xsl:call-template name="tp:fo-lang"/>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <!-- The text's own register, kept in its back, is the book's index (common: f:is-register-list). -->
  <xsl:template match="tei:back//*[f:is-register-list(.)]" mode="m:fo" priority="3"/>

  <!-- Whether a play's acts each open a page sequence of their own (book.xsl), on a recto whose
       running head gives way to the act's title, as printed plays begin them: a break to the
       next recto inside one sequence kept the running head above the act. -->
  <xsl:function name="fp:acts-apart" as="xs:boolean">
    <xsl:param name="body" as="element(tei:body)?"/>
    <xsl:sequence select="count($body/tei:div[@type = 'act']) ge 2"/>
  </xsl:function>

  <xsl:template match="tei:div" mode="m:fo">
    <xsl:variable name="div" select="."/>
    <fo:block id="{fp:fo-id(.)}">
      <xsl:if test="@type = 'chapeau'"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <!-- a play's act on a new recto, as printed plays begin them, unless nothing of the text
           comes before it (it then follows the text's title); acts that open sequences of their
           own (book.xsl) start on one already -->
      <xsl:if test="@type = 'act' and (preceding-sibling::*[not(self::tei:head)] or ancestor::tei:body/preceding-sibling::tei:front/*)
          and not(parent::tei:body and fp:acts-apart(..))">
        <xsl:attribute name="break-before" select="'odd-page'"/>
      </xsl:if>
      <xsl:call-template name="tp:fo-lang"/>
      <xsl:for-each select="f:division-label(.)">
        <xsl:call-template name="tp:heading">
          <xsl:with-param name="depth" select="f:division-label-depth($div)"/>
          <xsl:with-param name="words" select="string(.)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <!-- A division that says nothing is not printed (common: f:is-empty-division). -->
  <xsl:template match="tei:div[f:is-empty-division(.)]" mode="m:fo" priority="1"/>

  <xsl:template match="tei:head" mode="m:fo">
    <xsl:call-template name="tp:heading"><xsl:with-param name="depth" select="f:heading-depth(.)"/></xsl:call-template>
  </xsl:template>

  <!-- A heading at its depth (print has four sizes): a head's words, or a supplied one's. -->
  <xsl:template name="tp:heading">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="words" as="xs:string?"/>
    <xsl:variable name="level" select="max((1, min((4, $depth))))"/>
    <fo:block role="H{$level + 1}" font-weight="bold" keep-with-next.within-page="always"
        hyphenate="false" text-align="start" space-before="{if ($level le 1) then '14pt' else '10pt'}" space-after="6pt"
        font-size="{('14pt', '12.5pt', '11.5pt', '11pt')[$level]}">
      <xsl:choose>
        <xsl:when test="exists($words)"><xsl:attribute name="font-style" select="'normal'"/><xsl:value-of select="$words"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="m:fo"/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- A poem's title, a heading as in the text's sections (common: f:is-poem-title). -->
  <xsl:template match="tei:lg/tei:head[f:is-poem-title(.)]" mode="m:fo" priority="1">
    <xsl:variable name="level" select="max((1, min((4, f:heading-depth(.)))))"/>
    <fo:block role="H{$level + 1}" font-weight="bold" keep-with-next.within-page="always" hyphenate="false"
        text-align="start" space-before="10pt" space-after="4pt" font-size="{('14pt', '12.5pt', '11.5pt', '11pt')[$level]}">
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
      <xsl:call-template name="tp:fo-lang"/>
      <xsl:apply-templates select=".[@n:cite]" mode="m:citation-mark"/>
      <xsl:apply-templates mode="m:fo"/>
      <xsl:apply-templates select="f:notes-after(.)" mode="m:footnote"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:epigraph" mode="m:fo">
    <fo:block xsl:use-attribute-sets="t:small" start-indent="35%" font-style="italic" space-before="8pt" space-after="12pt" text-align="start" hyphenate="false">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <!-- A quotation with its source, set apart (common: f:is-block-quotation): its source below it. -->
  <xsl:template match="tei:cit[f:is-block-quotation(.)]" mode="m:fo">
    <fo:block>
      <xsl:apply-templates select="* except tei:bibl" mode="m:fo"/>
      <xsl:for-each select="tei:bibl">
        <fo:block text-align="right" font-style="normal"><xsl:apply-templates mode="m:fo"/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- An epigraph's attribution without a cit around it (DraCor's <epigraph><quote/><bibl/>):
       ranged right on its own line and upright, as a cit's source. -->
  <xsl:template match="tei:epigraph/tei:bibl" mode="m:fo" priority="2">
    <fo:block text-align="right" font-style="normal"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:epigraph//tei:quote[f:is-block-quotation(.)]" mode="m:fo" priority="2">
    <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <!-- A quotation set apart (common: f:is-block-quotation); one in the line is a phrase (inlines.xsl). -->
  <xsl:template match="tei:quote[f:is-block-quotation(.)]" mode="m:fo">
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

  <!-- A letterhead or other phrase standing as a line of its own in a letter's head or foot (an
       opener of elements only): a line, aligned as the encoder asks. -->
  <xsl:template match="tei:seg[f:is-letter-line(.)] | tei:address[f:is-letter-line(.)]" mode="m:fo" priority="4">
    <fo:block>
      <xsl:for-each select="f:line-alignment(.)"><xsl:attribute name="text-align" select="."/></xsl:for-each>
      <xsl:call-template name="tp:fo-lang"/>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:signed" mode="m:fo">
    <!-- In small capitals, as the website sets it, flush to the end of the line: no
         letter-spacing of lowercase, which pushed a long signature past the margin. -->
    <fo:block xsl:use-attribute-sets="t:small-caps" text-align="end" hyphenate="false" space-before="4pt">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:salute | tei:dateline | tei:byline | tei:docAuthor | tei:docDate | tei:docImprint | tei:titlePart" mode="m:fo">
    <xsl:choose>
      <xsl:when test="parent::tei:titlePage or parent::tei:docTitle or parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:closer[not(text()[normalize-space()])] or parent::tei:opener[not(text()[normalize-space()])]">
        <fo:block>
          <xsl:for-each select="f:line-alignment(.)[f:is-letter-line(current())]"><xsl:attribute name="text-align" select="."/></xsl:for-each>
          <xsl:apply-templates mode="m:fo"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline><xsl:apply-templates mode="m:fo"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:titlePage" mode="m:fo">
    <fo:block xsl:use-attribute-sets="t:small" text-align="center" space-after="10pt" hyphenate="false" color="#333333">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <!-- The book already opens the text with its title and subtitle (its title page, or the text's
       opening in a volume): the source's title page gives them once more only when they differ
       (common: f:repeats-title), as on the web. -->
  <xsl:template match="tei:docTitle[f:repeats-title(.)]" mode="m:fo" priority="1"/>

  <xsl:template match="tei:docTitle" mode="m:fo">
    <fo:block font-weight="bold"><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:table" mode="m:fo">
    <xsl:apply-templates select="tei:head" mode="m:fo"/>
    <fo:table xsl:use-attribute-sets="t:small" table-layout="fixed" width="100%" space-before="4pt" space-after="4pt">
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
    <fo:block xsl:use-attribute-sets="t:small" space-before="4pt" space-after="4pt" font-style="italic">
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:graphic | tei:binaryObject" mode="m:fo"/>

  <xsl:template match="tei:figDesc" mode="m:fo">
    <fo:block><xsl:apply-templates mode="m:fo"/></fo:block>
  </xsl:template>

  <!-- Its head and entries only (common: f:bibliography-items): no empty item, no empty list. -->
  <xsl:template match="tei:listBibl" mode="m:fo">
    <fo:block space-before="4pt">
      <xsl:for-each select="tei:head[exists(f:bibliography-items(..))], f:bibliography-items(.)">
        <fo:block start-indent="4mm" text-indent="-4mm"><xsl:apply-templates select="." mode="m:fo"/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- A cast list as plays print it, in two columns: each role in the first, its description
       beside it in the second (common: f:cast-description); an item that is one line of text
       across both, a long one hanging; a group of roles its members one under the other in the
       first column, a brace, and their one description beside them (common: f:cast-members,
       f:cast-group-description). The first column as wide as its widest role (FOP sizes no column
       by its content), at most half the measure. -->
  <xsl:template match="tei:castList" mode="m:fo">
    <xsl:variable name="lines" select="* except tei:head"/>
    <xsl:variable name="roles" as="xs:string*" select="$lines/self::tei:castItem ! (let $d := f:cast-description(.)
        return if (exists($d)) then fp:cast-text(node() except $d) else ()), $lines/self::tei:castGroup//tei:castItem ! fp:cast-text(node())"/>
    <xsl:variable name="widest" select="max(($roles ! f:text-width(., 11), 20))"/>
    <fo:block space-before="4pt" text-align="start">
      <xsl:apply-templates select="tei:head" mode="m:fo"/>
      <fo:table table-layout="fixed" width="100%">
        <fo:table-column column-width="{format-number(min((170, $widest + 4)), '0.0')}pt"/>
        <fo:table-column column-width="8mm"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-body>
          <xsl:for-each select="$lines">
            <xsl:call-template name="tp:cast-line"/>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <xsl:function name="fp:cast-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join($nodes ! (if (. instance of element()) then string-join(.//text()[not(ancestor::tei:note)], '') else string(.)), ''))"/>
  </xsl:function>

  <!-- A line of the cast list: a row of its table. -->
  <xsl:template name="tp:cast-line">
    <xsl:variable name="description" select="f:cast-description(.)"/>
    <xsl:choose>
      <xsl:when test="self::tei:castGroup">
        <xsl:call-template name="tp:cast-group"/>
      </xsl:when>
      <xsl:when test="exists($description)">
        <fo:table-row keep-together.within-page="always">
          <fo:table-cell><fo:block start-indent="4mm" text-indent="-4mm"><xsl:apply-templates select="node() except $description" mode="m:fo"/></fo:block></fo:table-cell>
          <fo:table-cell><fo:block/></fo:table-cell>
          <fo:table-cell><fo:block start-indent="4mm" text-indent="-4mm"><xsl:apply-templates select="$description" mode="m:fo"/></fo:block></fo:table-cell>
        </fo:table-row>
      </xsl:when>
      <xsl:otherwise>
        <fo:table-row keep-together.within-page="always">
          <fo:table-cell number-columns-spanned="3"><fo:block start-indent="4mm" text-indent="-4mm"><xsl:apply-templates select="." mode="m:fo"/></fo:block></fo:table-cell>
        </fo:table-row>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A group: its members in the first column, the brace drawn as high as they are in the
       second, the description centred beside it in the third. -->
  <xsl:template name="tp:cast-group">
    <xsl:variable name="members" select="f:cast-members(.)"/>
    <xsl:variable name="description" select="f:cast-group-description(.)[normalize-space()]"/>
    <xsl:variable name="lines" select="count(.//tei:castItem)"/>
    <xsl:if test="tei:head">
      <fo:table-row keep-with-next.within-page="always">
        <fo:table-cell number-columns-spanned="3"><fo:block font-style="italic"><xsl:apply-templates select="tei:head/node()" mode="m:fo"/></fo:block></fo:table-cell>
      </fo:table-row>
    </xsl:if>
    <fo:table-row keep-together.within-page="always">
      <fo:table-cell>
        <xsl:for-each select="$members">
          <xsl:choose>
            <xsl:when test="self::tei:castGroup">
              <fo:block><xsl:apply-templates select=".//tei:castItem" mode="m:fo"/></fo:block>
            </xsl:when>
            <xsl:otherwise>
              <fo:block start-indent="4mm" text-indent="-4mm"><xsl:apply-templates select="." mode="m:fo"/></fo:block>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </fo:table-cell>
      <fo:table-cell display-align="center">
        <fo:block line-height="0" text-align="center">
          <xsl:if test="$lines gt 1">
            <fo:instream-foreign-object role="artifact" content-width="4pt" content-height="{$lines * 14 - 3}pt">
              <xsl:call-template name="tp:brace"><xsl:with-param name="height" select="$lines * 14 - 3"/></xsl:call-template>
            </fo:instream-foreign-object>
          </xsl:if>
        </fo:block>
      </fo:table-cell>
      <fo:table-cell display-align="center">
        <fo:block>
          <xsl:for-each select="$description">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates select="." mode="m:fo"/>
          </xsl:for-each>
        </fo:block>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- How wide a line of words is in the text's serif at a size, in points: measured in the font
       (Java's j:text-width, PdfBooks), else reckoned from its capitals, small letters and spaces
       (a stylesheet run without the build's functions, as XSpec runs it). -->
  <xsl:function name="f:text-width" as="xs:double">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="points" as="xs:double"/>
    <xsl:sequence use-when="function-available('j:text-width', 2)" select="j:text-width($text, $points)"/>
    <xsl:sequence use-when="not(function-available('j:text-width', 2))" select="$points * sum((0, string-to-codepoints($text)
        ! codepoints-to-string(.) ! (if (matches(., '\p{Lu}')) then 0.75 else if (matches(., '\p{Ll}')) then 0.62 else if (. = ' ') then 0.32 else 0.5)))"/>
  </xsl:function>

  <!-- A closing brace, 4 points wide and as high as asked, drawn. -->
  <xsl:template name="tp:brace">
    <xsl:param name="height" as="xs:double"/>
    <xsl:variable name="h" select="$height"/>
    <svg xmlns="http://www.w3.org/2000/svg" width="4pt" height="{$h}pt" viewBox="0 0 4 {$h}">
      <path fill="none" stroke="#000000" stroke-width="0.6"
          d="M0.3,0.3 C2,0.3 2,0.3 2,{min((3, $h div 6))} L2,{$h div 2 - 2} C2,{$h div 2} 2,{$h div 2} 3.7,{$h div 2}
             C2,{$h div 2} 2,{$h div 2} 2,{$h div 2 + 2} L2,{$h - min((3, $h div 6))} C2,{$h - 0.3} 2,{$h - 0.3} 0.3,{$h - 0.3}"/>
    </svg>
  </xsl:template>
</xsl:stylesheet>
