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
    xmlns:e="urn:x-edition:extract"
    xmlns:s="urn:x-edition:search"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <xsl:template name="extract">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:variable name="title" select="f:text-title(.)"/>
    <e:extract text-id="{$id}">
      <xsl:attribute name="xml:base" select="replace(string(base-uri(/*)), '^file:/+', 'file:/')"/>
      <!-- what it copies of the text is as the normalisation pass made it: its decisions are read -->
      <xsl:attribute name="n:normalized" select="'1'"/>
      <xsl:copy-of select="/*/@xml:id"/>
      <!-- when it was written and what it is (common/description.xsl), from the whole text -->
      <xsl:for-each select="f:text-date(.)"><xsl:attribute name="date" select="."/></xsl:for-each>
      <xsl:for-each select="f:text-date-label(.)"><xsl:attribute name="date-label" select="."/></xsl:for-each>
      <xsl:for-each select="f:text-date-evidence(.)"><xsl:attribute name="dated-by" select="."/></xsl:for-each>
      <xsl:for-each select="f:text-kind(.)"><xsl:attribute name="kind" select="."/></xsl:for-each>
      <!-- whether the text reads differently edited and as written, and has an apparatus: the
           about page explains the views it has -->
      <xsl:if test="f:has-views(.)">
        <xsl:attribute name="views" select="'yes'"/>
      </xsl:if>
      <xsl:if test="//tei:text//tei:app"><xsl:attribute name="apparatus" select="'yes'"/></xsl:if>
      <xsl:copy-of select="(//tei:teiHeader)[1]" copy-namespaces="no"/>
      <e:mentions>
        <xsl:for-each select="f:mentions(.)">
          <xsl:variable name="entry" select="f:entry(@ref, .)"/>
          <!-- the part of a long text it is in, when not the first (common/parts.xsl) -->
          <e:mention entry="{f:entry-key($entry)}" anchor="{f:mention-id(.)}" place="{f:where-in-text(.)}">
            <xsl:for-each select="f:part(.)[. gt 1]"><xsl:attribute name="part" select="."/></xsl:for-each>
          </e:mention>
        </xsl:for-each>
      </e:mentions>
    </e:extract>
  </xsl:template>

  <!-- The text's search records (publish/html/search reads them): the text's description
       (title, date, kind, language) and facets (kind, language, year, decade, authors, correspondents, the
       persons, places and organisations it mentions), then one passage per paragraph, heading,
       list item, verse line and note, with its anchor (on a later page of a text in parts,
       the page's address and the anchor: ID-p3.html#p-40), where it is, its text as edited, and the
       other words a reader may search it by: the source's spellings (sic, orig, abbr) and every
       form the registers give of the names mentioned in it. -->
  <xsl:template name="search-records">
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:variable name="kind" select="f:text-kind(.)"/>
    <s:text key="{$id}" url="{$id}.html" title="{f:text-full-title(.)}" lang="{f:html-lang(f:text-lang(.))}">
      <xsl:for-each select="f:text-date(.)"><xsl:attribute name="date" select="."/></xsl:for-each>
      <xsl:for-each select="f:text-date-label(.)"><xsl:attribute name="date-label" select="."/></xsl:for-each>
      <xsl:for-each select="$kind"><xsl:attribute name="kind" select="f:kind-label(.)"/></xsl:for-each>
      <xsl:for-each select="$kind"><s:facet name="kind" value="{.}" label="{f:kind-label(.)}"/></xsl:for-each>
      <xsl:for-each select="f:html-lang(f:text-lang(.))[. != '']"><s:facet name="lang" value="{.}"/></xsl:for-each>
      <xsl:for-each select="distinct-values(f:text-authors(.))"><s:facet name="author" value="{.}" label="{.}"/></xsl:for-each>
      <xsl:for-each select="f:text-date(.)">
        <s:facet name="year" value="{f:year(.)}" label="{xs:integer(f:year(.))}"/>
        <s:facet name="decade" value="{f:decade(.)}" label="{f:decade-label(f:decade(.))}"/>
      </xsl:for-each>
      <!-- A facet's value is what a reader's browser sees (and the search page's address holds):
           a register entry's place in the site, never its key (f:entry-key), which names the
           file on the build's machine. -->
      <xsl:for-each-group select="f:correspondence(.)?names" group-by="f:name-key(.)">
        <s:facet name="correspondent" value="{(f:entry(@ref, .) ! f:entry-href(.), f:name-words(.))[1]}" label="{f:name-label(.)}"/>
      </xsl:for-each-group>
      <xsl:for-each select="f:mentioned(.)?entry">
        <xsl:variable name="entry" select="."/>
        <xsl:variable name="facet" select="map { 'persons': 'person', 'places': 'place', 'organisations': 'org' }(f:register-kind($entry))"/>
        <xsl:if test="exists($facet)">
          <s:facet name="{$facet}" value="{f:entry-href($entry)}" label="{f:entry-name($entry)}"/>
        </xsl:if>
      </xsl:for-each>
      <!-- the text's title, a passage of its own at the page's top, unless its first heading says
           it: a letter titled "Hernán Cortés an Dantiscus" whose Latin never names them is found
           by its title's words -->
      <xsl:variable name="title" select="normalize-space(f:text-full-title(.))"/>
      <xsl:if test="$title != '' and not(normalize-space((.//tei:text//tei:head)[1]) = $title)">
        <s:p a="" w=""><xsl:value-of select="$title"/></s:p>
      </xsl:if>
      <xsl:for-each select="f:passages(.)">
        <xsl:variable name="anchor" select="
          if (self::tei:note) then f:note-id(.)
          else if (self::tei:surface) then fp:surface-id(.)
          else if (self::tei:p) then (@xml:id, 'p-' || f:paragraph-number(.))[1]
          else if (self::tei:head[parent::tei:div] and . is ../tei:head[1]) then f:section-id(..)
          else (ancestor-or-self::tei:p[f:is-numbered-paragraph(.)]/(@xml:id, 'p-' || f:paragraph-number(.))[1],
                @xml:id, ancestor::*[@xml:id][1]/@xml:id, '')[1]"/>
        <xsl:variable name="text" select="normalize-space(string-join(fp:edited-text(.), ''))"/>
        <xsl:if test="$text != ''">
          <!-- on a later page of a text in parts, the anchor with its page (search.js) -->
          <s:p a="{if (f:part(.) gt 1) then f:page-href($id, f:part(.)) || ('#' || $anchor)[$anchor != ''] else $anchor}" w="{if (self::tei:note) then f:label('note') || ' ' || f:note-number(.)
                       else if (self::tei:surface) then f:surface-label(.)
                       else if (self::tei:p) then replace(f:place-label(.), '&#xA0;', ' ') else ''}">
            <xsl:value-of select="$text"/>
            <xsl:variable name="other" select="normalize-space(string-join((fp:source-spellings(.),
                distinct-values(fp:own-mentions(.) ! f:entry(@ref, .) ! f:entry-forms(.))), ' '))"/>
            <xsl:if test="$other != ''"><s:alt><xsl:value-of select="$other"/></s:alt></xsl:if>
          </s:p>
        </xsl:if>
      </xsl:for-each>
    </s:text>
  </xsl:template>

  <!-- The mentions within a passage, not within a note that has its own passage. -->
  <xsl:function name="fp:own-mentions" as="element()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e//*[@ref][f:is-mention(.)][not(ancestor::tei:note[. except $e][ancestor::* intersect $e])]"/>
  </xsl:function>

  <!-- The source's own spellings where the edition shows another: sic, orig, abbr. -->
  <xsl:function name="fp:source-spellings" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e//(tei:sic | tei:orig | tei:abbr)[parent::tei:choice]
        [not(ancestor::tei:note[. except $e][ancestor::* intersect $e])] ! normalize-space(.)"/>
  </xsl:function>


  <!-- The text of an element as the edition shows it: corrections, not the source's errors; no
       note bodies inside paragraphs (they have their own records). -->
  <xsl:function name="fp:edited-text" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e//text()[not(ancestor::tei:sic[parent::tei:choice] | ancestor::tei:orig[parent::tei:choice] | ancestor::tei:abbr[parent::tei:choice])]
        [not(ancestor::tei:note[. except $e][ancestor::* intersect $e])]"/>
  </xsl:function>
</xsl:stylesheet>
