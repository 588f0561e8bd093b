<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a text is cited by, as a tree of units (what the Distributed Text Services call a citation
  tree), decided once for every use (the site's DTS endpoints, html/modules/dts.xsl):
  - its sections: the divisions with a heading or a number (@n), not the source's own
    navigation (a division typed header, footer, menu or contents), nested as they nest;
  - under them, its smallest units: the editor's own (a CTS text's seg type="textpart", a
    paragraph numbered with @n: pass 50's n:cite), else its numbered paragraphs (the numbers every
    format prints); these when the text has at most $fp:most-leaves of them: beyond, each would list
    hundreds of siblings, and the text is cited by its sections.
  A unit is a map: 'id' (unique in the text: the editor's reference "3.1.133", a section's anchor,
  a paragraph's "p-12" or its own xml:id), 'level' (1 at the top), 'parent' (the id of the unit
  holding it, none at the top), 'type' (the division's @type, "section", "paragraph", the textpart's
  @subtype), 'title' (a section's heading), 'anchor' (its anchor in every format) and 'node'.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <xsl:variable name="fp:most-leaves" as="xs:integer" select="200"/>

  <xsl:function name="f:citable-units" as="map(*)*" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="text" select="(root($doc)//tei:text)[1]"/>
    <xsl:variable name="sections" select="$text//tei:div[fp:is-cited-section(.)]"/>
    <xsl:variable name="editors" select="$text//*[@n:cite][not(self::tei:milestone)]"/>
    <xsl:variable name="leaves" select="if (exists($editors)) then $editors
        else $text//tei:p[f:is-numbered-paragraph(.)]"/>
    <xsl:variable name="nodes" select="$sections | $leaves[count($leaves) le $fp:most-leaves]"/>
    <xsl:variable name="ids" as="map(xs:string, xs:string)" select="fp:unit-ids($nodes)"/>
    <xsl:sequence select="for $node in $nodes return
        let $holder := $node/ancestor::tei:div[fp:is-cited-section(.)][1]
        return map {
          'id': $ids(generate-id($node)),
          'level': count($node/ancestor::tei:div[fp:is-cited-section(.)]) + 1,
          'parent': $holder ! $ids(generate-id(.)),
          'type': fp:unit-type($node),
          'title': $node/self::tei:div/tei:head[1] ! f:heading-text(.),
          'anchor': fp:unit-anchor($node),
          'node': $node }"/>
  </xsl:function>

  <!-- The units at the first level and those under them, nested by type as they are in the text:
       the shapes of its citation tree (a chapter holds sections, a section paragraphs). Each a
       map: 'type', 'under' (the shapes under it). -->
  <xsl:function name="f:citation-shapes" as="map(*)*">
    <xsl:param name="units" as="map(*)*"/>
    <xsl:variable name="by-id" as="map(xs:string, map(*))" select="map:merge($units ! map { ?id: . })"/>
    <xsl:sequence select="fp:shapes(distinct-values($units ! fp:type-path(., $by-id)))"/>
  </xsl:function>

  <xsl:function name="fp:type-path" as="xs:string">
    <xsl:param name="unit" as="map(*)"/>
    <xsl:param name="by-id" as="map(xs:string, map(*))"/>
    <xsl:sequence select="string-join((if (exists($unit?parent)) then fp:type-path($by-id($unit?parent), $by-id) else (),
        replace($unit?type, '/', '_')), '/')"/>
  </xsl:function>

  <!-- The shapes of these type paths ("chapter", "chapter/paragraph"), each below the last. -->
  <xsl:function name="fp:shapes" as="map(*)*">
    <xsl:param name="paths" as="xs:string*"/>
    <xsl:for-each-group select="$paths[. != '']" group-by="substring-before(. || '/', '/')">
      <xsl:sequence select="map { 'type': current-grouping-key(),
          'under': array { fp:shapes(current-group() ! substring-after(., '/')) } }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A division a reader cites: one with a heading or a number, not a page's header, footer,
       menu or contents, not inside a note. -->
  <xsl:function name="fp:is-cited-section" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="(exists($div/tei:head) or normalize-space($div/@n) != '') and empty($div/ancestor::tei:note)
        and not(lower-case($div/@type) = ('header', 'footer', 'menu', 'contents', 'toc'))"/>
  </xsl:function>

  <xsl:function name="fp:unit-type" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node/self::tei:div) then
          ((normalize-space($node/@subtype)[$node/@type = 'textpart'], normalize-space($node/@type))[. != ''], 'section')[1]
        else if ($node/self::tei:seg) then (normalize-space($node/@subtype)[. != ''], 'textpart')[1]
        else if ($node/self::tei:p) then 'paragraph'
        else local-name($node)"/>
  </xsl:function>

  <xsl:function name="fp:unit-anchor" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if ($node/self::tei:div) then f:section-id($node)
        else if ($node/@n:cite) then f:citation-id($node)
        else ($node/@xml:id, 'p-' || f:paragraph-number($node))[1]"/>
  </xsl:function>

  <!-- Each unit's id, by generate-id: the editor's reference for the editor's units; a section's
       numbers (its own @n and those of the sections holding it, "2.3") when each has one, else
       its anchor; a paragraph's anchor. An id met before takes its rank ("3.1~2"): ids are unique. -->
  <xsl:function name="fp:unit-ids" as="map(xs:string, xs:string)">
    <xsl:param name="nodes" as="element()*"/>
    <xsl:map>
      <xsl:for-each-group select="$nodes" group-by="fp:wanted-id(.)">
        <xsl:for-each select="current-group()">
          <xsl:variable name="rank" select="position()"/>
          <xsl:map-entry key="generate-id(.)" select="current-grouping-key() || ('~' || $rank)[$rank gt 1]"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <xsl:function name="fp:wanted-id" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="chain" select="$node/ancestor-or-self::tei:div[fp:is-cited-section(.)]"/>
    <xsl:sequence select="if ($node/@n:cite) then string($node/@n:cite-id)
        else if ($node/self::tei:div and (every $d in $chain satisfies matches(normalize-space($d/@n), '^[\p{L}\p{N}._-]{1,12}$')))
          then string-join($chain ! normalize-space(@n), '.')
        else fp:unit-anchor($node)"/>
  </xsl:function>
</xsl:stylesheet>
