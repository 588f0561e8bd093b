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
    <xsl:variable name="marked" select="(fp:decided($node, 'f:part')/ancestor-or-self::*[@n:part or @n:parts])[last()]
        ! (if (@n:part) then xs:integer(@n:part) else xs:integer(tokenize(@n:parts)[1]))"/>
    <xsl:sequence select="($marked, 1)[1]"/>
  </xsl:function>

  <!-- How many parts a text is published in (1: it is not divided). -->
  <xsl:function name="f:part-count" as="xs:integer">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="text" select="(root($doc)//tei:text[not(ancestor::tei:text)])[1]"/>
    <xsl:sequence select="if (empty($text)) then 1
        else (fp:decided($text, 'f:part-count')/@n:parts ! xs:integer(tokenize(.)[2]), 1)[1]"/>
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
</xsl:stylesheet>
