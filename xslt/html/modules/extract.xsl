<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the edition-wide pages need to know of one text, drawn from it once when its page is
  written: its header and its mentions of register entries (with their anchors and places)
  (template "extract"), and its search records (template "search-records"). site.xsl builds the home, register, about and search pages from these small
  extracts, so that a build never has to hold every text at once, and an unchanged text is not
  read again.

  The extract's root carries the text's address as xml:base, so that f:text-id, f:text-title,
  f:ordered-texts and the other helpers of common/functions.xsl work on it as on the text.
  A module of the HTML library (html.xsl), so that the page and the extract come from one
  compiled stylesheet.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:x="urn:x-edition:extract"
    exclude-result-prefixes="#all">

  <xsl:template name="extract">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:variable name="title" select="f:text-title(.)"/>
    <x:extract text-id="{$id}">
      <xsl:attribute name="xml:base" select="replace(string(base-uri(/*)), '^file:/+', 'file:/')"/>
      <xsl:copy-of select="/*/@xml:id"/>
      <!-- whether the text reads differently edited and as written, and has an apparatus: the
           about page explains the views it has -->
      <xsl:if test="//tei:text//(tei:choice[tei:sic or tei:orig or tei:abbr] | tei:del | tei:add | tei:supplied | tei:app)">
        <xsl:attribute name="views" select="'yes'"/>
      </xsl:if>
      <xsl:if test="//tei:text//tei:app"><xsl:attribute name="apparatus" select="'yes'"/></xsl:if>
      <xsl:copy-of select="(//tei:teiHeader)[1]" copy-namespaces="no"/>
      <x:mentions>
        <xsl:for-each select="f:mentions(.)">
          <xsl:variable name="entry" select="f:entry(@ref, .)"/>
          <x:mention entry="{f:entry-key($entry)}" anchor="{f:mention-id(.)}" place="{f:where-in-text(.)}"/>
        </xsl:for-each>
      </x:mentions>
    </x:extract>
  </xsl:template>

  <!-- The text's search records, as JSON objects separated by commas: one per paragraph,
       heading, list item, verse line and note, with where it is, its title and its text (as
       edited). site.xsl puts them, unread, into the search data. -->
  <xsl:template name="search-records">
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:variable name="title" select="f:text-full-title(.)"/>
    <xsl:variable name="records" as="map(*)*">
      <xsl:for-each select=".//tei:text//(tei:p[f:is-numbered-paragraph(.)] | tei:head | tei:item | tei:l
          | tei:note[f:is-footnote(.)] | tei:quote[not(ancestor::tei:p)] | tei:closer)">
        <xsl:variable name="anchor" select="
          if (self::tei:note) then f:note-id(.)
          else if (self::tei:p) then (@xml:id, 'p-' || f:paragraph-number(.))[1]
          else (ancestor-or-self::tei:p[f:is-numbered-paragraph(.)]/(@xml:id, 'p-' || f:paragraph-number(.))[1],
                @xml:id, ancestor::*[@xml:id][1]/@xml:id, '')[1]"/>
        <xsl:variable name="text" select="normalize-space(string-join(fp:edited-text(.), ''))"/>
        <xsl:if test="$text != ''">
          <xsl:sequence select="map {
              'url': $id || '.html' || ($anchor[. != ''] ! ('#' || .)),
              'title': $title,
              'where': if (self::tei:note) then f:label('note') || ' ' || f:note-number(.)
                       else if (self::tei:p) then f:label('paragraph') || ' ' || f:paragraph-number(.) else '',
              'text': $text }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="string-join($records ! serialize(., map { 'method': 'json' }), ',')"/>
  </xsl:template>

  <!-- The text of an element as the edition shows it: corrections, not the source's errors; no
       note bodies inside paragraphs (they have their own records). -->
  <xsl:function name="fp:edited-text" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e//text()[not(ancestor::tei:sic[parent::tei:choice] | ancestor::tei:orig[parent::tei:choice])]
        [not(ancestor::tei:note[. except $e][ancestor::* intersect $e])]"/>
  </xsl:function>
</xsl:stylesheet>
