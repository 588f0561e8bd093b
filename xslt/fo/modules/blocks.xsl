<?xml version="1.0" encoding="UTF-8"?>
<!-- Blocks in print: divisions and headings, paragraphs, quotations, lists, openers and closers, title pages, tables, figures, lists of works. Included by fo/fo.xsl. -->
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

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group" mode="m:fo">
    <fo:block>
      <xsl:call-template name="fp:fo-lang"/>
      <xsl:apply-templates mode="m:fo"/>
    </fo:block>
  </xsl:template>

  <!-- The text's own register, kept in its back, is the book's index (common: f:is-register-list). -->
  <xsl:template match="tei:back//*[f:is-register-list(.)]" mode="m:fo" priority="3"/>

  <xsl:template match="tei:div" mode="m:fo">
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

  <!-- A poem's title, a heading as in the text's sections (common: f:is-poem-title). -->
  <xsl:template match="tei:lg/tei:head[f:is-poem-title(.)]" mode="m:fo" priority="1">
    <xsl:variable name="level" select="max((1, min((4, f:heading-depth(.)))))"/>
    <fo:block role="H{$level + 1}" font-weight="bold" keep-with-next.within-page="always" hyphenate="false"
        text-align="start" space-before="10pt" space-after="4pt" font-size="{('13pt', '11.5pt', '10.5pt', '10pt')[$level]}">
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
      <xsl:apply-templates select="f:notes-after(.)" mode="m:footnote"/>
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
         back as capitals), flush to the end of the line: no letter-spacing of lowercase, which
         also pushed a long signature past the margin. -->
    <fo:block text-align="end" hyphenate="false" space-before="4pt">
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
</xsl:stylesheet>
