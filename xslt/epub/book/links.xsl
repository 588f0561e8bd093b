<?xml version="1.0" encoding="UTF-8"?>
<!-- Where a book's links go: its registers, its texts (a content document per part), the web; images outside the book are described, not fetched. Part of epub/book.xsl, which imports it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    xmlns:t="urn:x-edition:template"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:opf="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">


  <xsl:function name="f:entry-href" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="'registers.xhtml#' || $entry/@xml:id"/>
  </xsl:function>

  <xsl:function name="f:text-href" as="xs:string?">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="if ($text-id = $fp:book-ids) then f:page-href($text-id, 1) else ()"/>
  </xsl:function>

  <!-- A text is a content document per part (common/parts.xsl): text-ID.xhtml, text-ID-p2.xhtml... -->
  <xsl:function name="f:page-href" as="xs:string">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:sequence select="'text-' || f:part-name($text-id, $part) || '.xhtml'"/>
  </xsl:function>

  <!-- A book holds what it links to: only web addresses, texts of the book and anchors of the
       text itself become links. -->
  <xsl:function name="f:href" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="safe" select="f:safe-url($target)"/>
    <xsl:variable name="entry" select="if ($safe and not(matches($safe, '^[a-z]+:', 'i'))) then f:entry($safe, $context) else ()"/>
    <xsl:sequence select="
      if (empty($safe)) then ()
      else if (matches($safe, '^(https?|mailto):', 'i')) then $safe
      else if ($entry) then (if ($entry intersect $fp:entries) then f:entry-href($entry) else ())
      else if (starts-with($safe, '#')) then
        (id(substring($safe, 2), root($context))[ancestor::tei:text] ! f:href-to(., substring($safe, 2), $context))
      else if (matches($safe, '^[\p{L}\p{N}_-]+$')) then f:referenced-text-id($safe, $context) ! f:text-href(.)
      else if (matches($safe, '^[^:/#?]+\.xml(#.*)?$')) then
        (: a text of the book: the file of the part that holds the anchor :)
        (let $id := replace($safe, '\.xml(#.*)?$', ''), $anchor := substring-after($safe, '#')
         return ($book-texts[f:text-id(.) = $id][$anchor != ''] ! id($anchor, .)[ancestor::tei:text] ! f:anchor-href(., $anchor),
                 f:text-href($id) ! (. || (if ($anchor != '') then '#' || $anchor else '')))[1])
      else ()"/>
  </xsl:function>

  <!-- Images outside the book are not fetched: their description stands in for them. -->
  <xsl:template match="tei:graphic" mode="m:html">
    <span class="tei-graphic" data-tei="graphic">
      <xsl:value-of select="normalize-space(string-join((../tei:figDesc, tei:desc), ' '))"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
