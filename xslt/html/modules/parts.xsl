<?xml version="1.0" encoding="UTF-8"?>
<!--
  A long text in parts (the decision is common/parts.xsl's): the web publishes a page per part,
  the EPUB a content document per part. Each page renders the text's containers (the text, its
  front, body and back, its divisions) and, inside those that are cut, only the children of the
  part it shows; a cut section's heading heads its later parts too, marked as continued.

  The containers' templates (blocks.xsl: text, front, body, back, div) do the choosing: an
  edition's own template for one of them should end in xsl:next-match, or choose its children
  with fp:on-part as they do, else its page shows all of them.

  Every address of an anchor of a text goes through f:anchor-href (or f:href-to, which gives
  "#anchor" within the page itself): it asks common/parts.xsl which part holds the anchor and
  f:page-href how that part's file is named (the EPUB overrides the latter).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The file of part $part of a text on the website: ID.html, ID-p2.html, ... -->
  <xsl:function name="f:page-href" as="xs:string">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:sequence select="f:part-name($text-id, $part) || '.html'"/>
  </xsl:function>

  <!-- The address of an anchor of a text, from anywhere: the file of the part that holds $node,
       and the anchor. -->
  <xsl:function name="f:anchor-href" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="anchor" as="xs:string"/>
    <xsl:sequence select="f:page-href(f:text-id($node), f:part($node)) || '#' || $anchor"/>
  </xsl:function>

  <!-- The address of an anchor of the text from a place in the same text ($from): the anchor
       alone when both are on one page, else its page's address. -->
  <xsl:function name="f:href-to" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="anchor" as="xs:string"/>
    <xsl:param name="from" as="node()"/>
    <xsl:sequence select="if (f:part($node) = f:part($from) and root($node) is root($from)) then '#' || $anchor
        else f:anchor-href($node, $anchor)"/>
  </xsl:function>

  <!-- The nodes of a container a page renders: all of them for a whole text ($part 0) or a
       container that is not cut; in a cut one, those of the page's part (what stands between
       them, spaces and the like, with its first part). -->
  <xsl:function name="fp:on-part" as="node()*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:sequence select="if ($part = 0) then $nodes else $nodes[
        if (@n:part) then xs:integer(@n:part) = $part
        else if (@n:parts) then fp:spans(@n:parts, $part)
        else if (self::element() or empty(../@n:parts)) then true()
        else xs:integer(tokenize(../@n:parts)[1]) = $part]"/>
  </xsl:function>

  <xsl:function name="fp:spans" as="xs:boolean">
    <xsl:param name="range" as="attribute()"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:variable name="ends" select="tokenize($range) ! xs:integer(.)"/>
    <xsl:sequence select="$part ge $ends[1] and $part le $ends[2]"/>
  </xsl:function>

  <!-- A cut section's heading again at the head of its later parts, as the context of what
       follows ("DEUXIÈME PARTIE" above chapter II): its words only, and no anchor. -->
  <xsl:template name="t:continued-heading">
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <xsl:variable name="head" select="tei:head[1][@n:part]"/>
    <xsl:if test="$t:part gt 0 and exists($head) and xs:integer($head/@n:part) lt $t:part">
      <xsl:element name="h{min((6, 1 + f:heading-depth($head)))}">
        <xsl:attribute name="class" select="'tei-head continued'"/>
        <xsl:value-of select="f:heading-text($head)"/>
      </xsl:element>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
