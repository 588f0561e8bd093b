<?xml version="1.0" encoding="UTF-8"?>
<!--
  How a long text is divided into parts: decided once, here, in the normalisation pass, and read
  back by every format that publishes a text in parts (the website: a page per part; the EPUB: a
  content document per part).

  A text is divided when its text (front, body and back) is longer than $part-characters
  characters of words (spaces normalised): 100,000 characters, about 16,000 words or fifty printed
  pages, a page of about 200 KB on the web. Madame Bovary (713,000 characters) and Gogol's
  Revizor (195,000) are divided; the flagship's essay (28,000) and Sophocles' Antigone (72,000,
  its sixteen episodes and odes read as one) are not: a play or an essay of that length reads
  best on one page, which a browser opens at once.

  A divided text is cut at its front, body and back; each of those that is itself longer than the
  limit, at its divisions (div, div1...); a division longer than the limit, at its own divisions,
  and so on down: a unit is a division that is short enough, or has no divisions to cut it at.
  What stands in a cut container before a division (its heading, an argument, a page break) goes
  with that division; what stands after its last division, with the last. Consecutive units
  shorter than $part-minimum (3,000 characters: about two printed pages) are put together, and
  with the unit that follows them (a last one, with the one before it): a part is never a
  dedication or a scene of three lines on a page of its own. So a text just over the limit whose
  front and back are short and whose body is not over it stays whole. A text with no divisions (one long run of
  paragraphs, a letter, a group of texts) stays whole: it has no place to be cut at that a reader
  would recognise.

  Written down as attributes of the normalised copy (prefix n:):
    n:part="K"      on each element of a unit (a child of a cut container): it is in part K
    n:parts="J K"   on each cut container (the text, its body, a cut division): it spans parts J to K
  A text that is not divided carries neither. f:part, f:part-count read them back.
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

  <!-- The longest text published in one piece, and the shortest part, in characters. -->
  <xsl:param name="part-characters" as="xs:integer" select="100000"/>
  <xsl:param name="part-minimum" as="xs:integer" select="3000"/>

  <!-- The part a node is published in: 1 for every node of a text that is not divided, and for
       what stands outside the text (its header, a transcription of its pages). -->
  <xsl:function name="f:part" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="marked" select="if (f:is-normalized($node))
        then ($node/ancestor-or-self::*[@n:part or @n:parts])[last()] ! (if (@n:part) then xs:integer(@n:part) else xs:integer(tokenize(@n:parts)[1]))
        else (reverse($node/ancestor-or-self::*) ! fp:partition(root($node))(generate-id(.)))[1]"/>
    <xsl:sequence select="($marked, 1)[1]"/>
  </xsl:function>

  <!-- How many parts a text is published in (1: it is not divided). -->
  <xsl:function name="f:part-count" as="xs:integer">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="text" select="(root($doc)//tei:text[not(ancestor::tei:text)])[1]"/>
    <xsl:sequence select="if (empty($text)) then 1
        else if (f:is-normalized($doc)) then ($text/@n:parts ! xs:integer(tokenize(.)[2]), 1)[1]
        else (fp:partition(root($doc))(generate-id($text))[2], 1)[1]"/>
  </xsl:function>

  <!-- The name (without its extension) of the file that publishes part $part of a text: the
       text's identifier for the first, then ID-p2, ID-p3... (TextIds keeps every text's own
       identifier off these names). Every format names its files after it. -->
  <xsl:function name="f:part-name" as="xs:string">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:sequence select="if ($part le 1) then $text-id else $text-id || '-p' || $part"/>
  </xsl:function>

  <!-- The elements a part begins with, in document order (the first is where its page starts). -->
  <xsl:function name="f:part-nodes" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:sequence select="fp:part-nodes(root($doc))($part)"/>
  </xsl:function>

  <xsl:function name="fp:part-nodes" as="map(xs:integer, element()*)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:map>
      <xsl:for-each-group select="$doc//tei:text[not(ancestor::tei:text)]/descendant-or-self::*[@n:part]" group-by="xs:integer(@n:part)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The sections with a heading that begin in a part, in order: those its contents and its
       name give. -->
  <xsl:function name="f:part-sections" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:sequence select="f:part-nodes($doc, $part)/descendant-or-self::tei:div[tei:head]
        | f:part-nodes($doc, $part)/self::tei:head/parent::tei:div"/>
  </xsl:function>

  <!-- A part as the reader's navigation names it: the headings of its first section and of the
       sections that hold it ("PREMIÈRE PARTIE, I"), with the last section's at that level when it
       holds more than one ("III – IV"); else the front or back matter it holds, else its number. -->
  <xsl:function name="f:part-label" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:variable name="nodes" select="f:part-nodes($doc, $part)"/>
    <!-- the sections the part is cut at (those it holds whole, those whose heading it begins
         with), else those it holds -->
    <xsl:variable name="cut" select="$nodes/self::tei:div[tei:head] | $nodes/self::tei:head/parent::tei:div"/>
    <xsl:variable name="sections" select="if (exists($cut)) then $cut else f:part-sections($doc, $part)"/>
    <!-- the first that holds no other: a chapter, not the book it begins -->
    <xsl:variable name="first" select="$sections[empty(descendant::tei:div intersect $sections)][1]"/>
    <xsl:variable name="peers" select="$sections[count(ancestor::tei:div) = count($first/ancestor::tei:div)]"/>
    <xsl:sequence select="if (exists($first))
          then string-join(($first/ancestor-or-self::tei:div[tei:head] ! f:heading-text(tei:head[1])), ', ')
            || (if (count($peers) gt 1) then ' – ' || f:heading-text($peers[last()]/tei:head[1]) else '')
        else if ($nodes/ancestor-or-self::tei:front) then f:label('part-front')
        else if ($nodes/ancestor-or-self::tei:back) then f:label('part-back')
        else f:label('part') || ' ' || $part"/>
  </xsl:function>

  <!-- ===================================================================== the decision -->

  <!-- The parts of a document, decided on its source: for each element of a unit, its part; for
       each cut container, its first and last part. Empty for a text that is not divided. -->
  <xsl:function name="fp:partition" as="map(xs:string, xs:integer+)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="text" select="($doc//tei:text[not(ancestor::tei:text)])[1]"/>
    <xsl:variable name="parts" as="array(element()*)*">
      <!-- a text with no division to cut at is not measured at all -->
      <xsl:if test="exists($text[tei:body]) and exists($text/(tei:front | tei:body | tei:back)/*[fp:is-division(.)])
          and fp:size($text) gt $part-characters">
        <xsl:sequence select="fp:grouped(fp:units($text))"/>
      </xsl:if>
    </xsl:variable>
    <xsl:sequence select="if (count($parts) le 1) then map {} else map:merge((
        for $k in 1 to count($parts) return $parts[$k]?* ! map { generate-id(.): $k },
        fp:container-ranges($text, $parts)))"/>
  </xsl:function>

  <!-- Each container of the parts' elements (from the text down), with the parts it spans. -->
  <xsl:function name="fp:container-ranges" as="map(xs:string, xs:integer+)*">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="parts" as="array(element()*)*"/>
    <xsl:variable name="placed" as="map(*)*" select="for $k in 1 to count($parts) return
        $parts[$k]?* ! ancestor::*[not(. &lt;&lt; $text)] ! map { 'id': generate-id(.), 'part': $k }"/>
    <xsl:for-each-group select="$placed" group-by="?id">
      <xsl:sequence select="map { current-grouping-key(): (min(current-group()?part), max(current-group()?part)) }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The divisions of a container, where it may be cut: a text's front, body and back; a
       division's (or front's, body's, back's) divisions. -->
  <xsl:function name="fp:is-division" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:front | self::tei:body | self::tei:back | self::tei:div
        | self::tei:div1 | self::tei:div2 | self::tei:div3 | self::tei:div4 | self::tei:div5 | self::tei:div6 | self::tei:div7))"/>
  </xsl:function>

  <!-- How long an element reads: the characters of its words, spaces normalised, text node by
       text node (no string of a whole novel is made); not a register kept in the back, which the
       registers' pages show. -->
  <xsl:function name="fp:size" as="xs:integer" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="registers" select="if ($e/ancestor-or-self::tei:back or $e/self::tei:text)
        then $e//*[f:is-register-list(.)][not(ancestor::*[f:is-register-list(.)])] else ()"/>
    <xsl:sequence select="max((0, fp:characters($e) - sum($registers ! fp:characters(.))))"/>
  </xsl:function>

  <xsl:function name="fp:characters" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="xs:integer(sum($e//text() ! string-length(normalize-space(.))))"/>
  </xsl:function>

  <!-- The units of a container, in order (maps: nodes, the elements of the unit; size): each
       division with what stands before it, a division that is too long and has divisions cut
       into its own units; what stands after the last division goes with the last unit. -->
  <xsl:function name="fp:units" as="map(*)*">
    <xsl:param name="container" as="element()"/>
    <xsl:variable name="units" as="map(*)*">
      <xsl:for-each-group select="$container/*" group-ending-with="*[fp:is-division(.)]">
        <xsl:variable name="division" select="current-group()[last()][fp:is-division(.)]"/>
        <xsl:variable name="before" select="current-group() except $division"/>
        <xsl:variable name="before-size" select="sum($before ! fp:size(.))"/>
        <xsl:choose>
          <xsl:when test="empty($division)">
            <xsl:sequence select="map { 'nodes': $before, 'size': $before-size, 'after': true() }"/>
          </xsl:when>
          <xsl:when test="fp:size($division) gt $part-characters and exists($division/*[fp:is-division(.)])">
            <xsl:variable name="inner" select="fp:units($division)"/>
            <xsl:sequence select="map { 'nodes': ($before, $inner[1]?nodes), 'size': $before-size + $inner[1]?size }, tail($inner)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="map { 'nodes': current-group(), 'size': $before-size + fp:size($division) }"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:variable>
    <!-- what follows the last division joins the unit before it -->
    <xsl:variable name="last-division" select="($units[not(?after)])[last()]"/>
    <xsl:sequence select="if (empty($units[?after]) or empty($last-division)) then $units
        else ($units[not(?after)][position() lt last()],
              map { 'nodes': ($last-division?nodes, $units[?after]?nodes), 'size': $last-division?size + sum($units[?after]?size) })"/>
  </xsl:function>

  <!-- The units put together into parts (each an array of the elements it holds): a part shorter
       than the minimum takes in the unit after it (even when that takes it over the limit: a page
       a little long is better than a page of three lines); a last part shorter than the minimum
       joins the one before it. -->
  <xsl:function name="fp:grouped" as="array(element()*)*">
    <xsl:param name="units" as="map(*)*"/>
    <xsl:variable name="parts" as="map(*)*">
      <xsl:iterate select="$units">
        <xsl:param name="current" as="map(*)?" select="()"/>
        <xsl:on-completion>
          <xsl:sequence select="$current"/>
        </xsl:on-completion>
        <xsl:choose>
          <xsl:when test="empty($current)">
            <xsl:next-iteration><xsl:with-param name="current" select="."/></xsl:next-iteration>
          </xsl:when>
          <xsl:when test="$current?size lt $part-minimum">
            <xsl:next-iteration>
              <xsl:with-param name="current" select="map { 'nodes': ($current?nodes, ?nodes), 'size': $current?size + ?size }"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="$current"/>
            <xsl:next-iteration><xsl:with-param name="current" select="."/></xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="last" select="$parts[last()]"/>
    <xsl:variable name="before" select="$parts[last() - 1]"/>
    <xsl:sequence select="(if (count($parts) gt 1 and $last?size lt $part-minimum)
        then ($parts[position() lt last() - 1], map { 'nodes': ($before?nodes, $last?nodes), 'size': $before?size + $last?size })
        else $parts) ! array { ?nodes }"/>
  </xsl:function>
</xsl:stylesheet>
