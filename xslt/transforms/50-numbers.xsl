<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 50, numbers: what a reader cites a text by, counted once (ranks are computed once per
     document, cache="yes", and looked up: counting preceding nodes at every element makes large
     texts quadratic).
       a heading      n:depth, how many sections with a heading hold it (f:heading-depth)
       a note         n:id (f:note-id); a footnote n:number, as printed: its @n, else its rank
                      (f:note-number, in the numbering of $note-numbering)
       a paragraph    n:paragraph, its number, when it is one of the text's numbered paragraphs
                      (f:paragraph-number, f:is-numbered-paragraph)
       a verse line   n:line, its rank among the lines of its poem, text or document (f:line-number) -->
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

  <xsl:mode name="mp:numbers" on-no-match="shallow-copy"/>

  <xsl:template match="tei:head | tei:note | tei:p[fp:is-numbered(.)] | tei:l" mode="mp:numbers" priority="2">
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="mp:numbers"/>
      <xsl:choose>
        <xsl:when test="self::tei:head">
          <xsl:attribute name="n:depth" select="fp:heading-depth(.)"/>
        </xsl:when>
        <xsl:when test="self::tei:note">
          <xsl:attribute name="n:id" select="(@xml:id/string(), 'note-' || f:rank(.))[1]"/>
          <xsl:if test="f:is-footnote(.)">
            <xsl:attribute name="n:number" select="(@n/string(), format-integer(fp:note-ranks(root(.))(generate-id(.)), $note-numbering))[1]"/>
          </xsl:if>
        </xsl:when>
        <xsl:when test="self::tei:p">
          <xsl:attribute name="n:paragraph" select="fp:paragraph-ranks(root(.))(generate-id(.))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="n:line" select="fp:line-number(.)"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates mode="mp:numbers"/>
    </xsl:copy>
  </xsl:template>

  <!-- The text's own title stands above all its sections: a poem's title is one level down. -->
  <xsl:function name="fp:heading-depth" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="(if (f:is-poem-title($head)) then 1 else 0)
        + count($head/ancestor::*[self::tei:div or self::tei:body or self::tei:front or self::tei:back or self::tei:group][tei:head])"/>
  </xsl:function>

  <xsl:function name="fp:note-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <!-- Footnotes only: an inline or marginal note, printed where it stands, takes no number
         (counted, it left a gap in the calls: 1, 3). -->
    <xsl:sequence select="fp:ranks($doc//tei:note[f:is-footnote(.)])"/>
  </xsl:function>

  <!-- Paragraph numbering: every p of the text's front, body and back, counted through (not
       those of a note, list item, quotation, table cell or speech: a play is cited by its lines;
       nor the source's own navigation, a division typed as a header, footer, menu or contents:
       a forum page's "Page 1 sur 1" is no paragraph of the thread; nor an empty p, which would
       show a number over nothing). -->
  <xsl:function name="fp:is-numbered" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p/ancestor::tei:text) and empty($p/ancestor::tei:note)
        and (normalize-space($p) or exists($p//*[not(self::tei:lb or self::tei:pb or self::tei:cb or self::tei:milestone or self::tei:anchor)]))
        and empty($p/ancestor::tei:teiHeader) and empty($p/ancestor::tei:item)
        and empty($p/ancestor::tei:quote) and empty($p/ancestor::tei:cell) and empty($p/ancestor::tei:sp)
        and empty($p/ancestor::tei:div[matches(@type, '(^|[-_])(header|footer|navigation|nav|menu|toc|contents)$', 'i')])"/>
  </xsl:function>

  <xsl:function name="fp:paragraph-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="fp:ranks($doc//tei:p[fp:is-numbered(.)])"/>
  </xsl:function>

  <!-- Verse lines are counted through each poem (a line group of stanzas: a sonnet, an ode),
       else through the text, as a play's lines are (a number shows every fifth line, or where the
       encoding gives one, @n). -->
  <xsl:function name="fp:line-number" as="xs:integer">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="fp:line-ranks(($l/ancestor::tei:lg[tei:lg][last()], $l/ancestor::tei:text[1], root($l))[1])(generate-id($l))"/>
  </xsl:function>

  <xsl:function name="fp:line-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="scope" as="node()"/>
    <!-- A text inside a text (a group's) counts its own lines; a poem inside a text, its own. -->
    <xsl:sequence select="fp:ranks($scope//tei:l[(ancestor::tei:lg[tei:lg][last()], ancestor::tei:text[1], root(.))[1] is $scope])"/>
  </xsl:function>
</xsl:stylesheet>
