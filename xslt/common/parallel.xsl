<?xml version="1.0" encoding="UTF-8"?>
<!--
  An original and its translation, side by side: which division a translation faces and how the
  two are aligned, decided once for every format from the TEI's own encoding.

  A translation is a division of type "translation" (EpiDoc's and the TEI's usage). It faces the
  division its @corresp points to, else the edition beside it (EpiDoc's div type="edition", the
  primary one first), else the one other division beside it. The two are aligned unit by unit
  (their paragraphs, blocks, verse groups, lines or divisions) by the translation's @corresp or
  @sameAs pointing to the original's units, else by the links of a linkGrp joining them, else by
  equal @n, else as two wholes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <xsl:function name="f:is-translation" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div/self::tei:div and lower-case(normalize-space($div/@type)) = 'translation'"/>
  </xsl:function>

  <!-- The division a translation faces, or nothing. -->
  <xsl:function name="f:original-of" as="element(tei:div)?">
    <xsl:param name="translation" as="element()"/>
    <xsl:variable name="siblings" select="$translation/../tei:div[not(f:is-translation(.))][not(f:is-empty-division(.))]"/>
    <xsl:variable name="pointed" select="fp:pointed-to($translation)[self::tei:div][not(f:is-translation(.))]"/>
    <xsl:variable name="editions" select="$siblings[lower-case(normalize-space(@type)) = 'edition']"/>
    <xsl:sequence select="if (not(f:is-translation($translation))) then ()
        else ($pointed, $editions[lower-case(@subtype) = 'primary'], $editions[empty(@subtype)], $editions,
              $siblings[count($siblings) = 1])[1]"/>
  </xsl:function>

  <!-- The translations that face a division. -->
  <xsl:function name="f:translations-of" as="element(tei:div)*">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div/../tei:div[f:is-translation(.)][not(f:is-empty-division(.))][f:original-of(.) is $div]"/>
  </xsl:function>

  <!-- The rows of an original and its translation: maps of 'original' and 'translation' (the
       units of each side on that row), in the original's order. -->
  <xsl:function name="f:parallel-rows" as="map(xs:string, element()*)*">
    <xsl:param name="original" as="element()"/>
    <xsl:param name="translation" as="element()"/>
    <xsl:variable name="o" select="fp:aligned-units($original)"/>
    <xsl:variable name="t" select="fp:aligned-units($translation)"/>
    <xsl:variable name="pointing" select="$t[exists(fp:pointed-to(.) intersect $o)]"/>
    <xsl:choose>
      <xsl:when test="exists($t) and count($pointing) = count($t)">
        <!-- each unit of the translation says which of the original it renders -->
        <xsl:for-each select="$o">
          <xsl:variable name="unit" select="."/>
          <xsl:sequence select="map { 'original': $unit, 'translation': $t[some $target in fp:pointed-to(.) satisfies $target is $unit] }"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="exists($t) and (every $u in $t satisfies exists(fp:linked($u, $o)))">
        <!-- a linkGrp joins each unit of the translation to the original's it renders -->
        <xsl:for-each select="$o">
          <xsl:variable name="unit" select="."/>
          <xsl:sequence select="map { 'original': $unit, 'translation': $t[exists(fp:linked(., $unit))] }"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="exists($o) and exists($t) and empty(($o, $t)[not(@n)])
          and deep-equal(sort(distinct-values($o/@n ! string(.))), sort(distinct-values($t/@n ! string(.))))">
        <xsl:for-each-group select="$o" group-adjacent="string(@n)">
          <xsl:variable name="n" select="current-grouping-key()"/>
          <xsl:sequence select="map { 'original': current-group(), 'translation': $t[string(@n) = $n] }"/>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map { 'original': $o, 'translation': $t }"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The rows of an original and all its translations: maps of 'original' (its units on that
       row) and 'translations' (an array: each translation's units on that row, in their order).
       Unit by unit when every translation aligns with the same units of the original; else the
       original and each translation as wholes. -->
  <xsl:function name="f:parallel-rows-of" as="map(xs:string, item()*)*">
    <xsl:param name="original" as="element()"/>
    <xsl:param name="translations" as="element()*"/>
    <xsl:variable name="each" as="array(map(*))*" select="$translations ! array { f:parallel-rows($original, .) }"/>
    <xsl:variable name="first" select="$each[1]"/>
    <xsl:choose>
      <xsl:when test="every $rows in $each satisfies (array:size($rows) = array:size($first)
          and (every $i in 1 to array:size($rows) satisfies fp:same-nodes($rows($i)?original, $first($i)?original)))">
        <xsl:for-each select="1 to array:size($first)">
          <xsl:variable name="i" select="."/>
          <xsl:sequence select="map { 'original': $first($i)?original, 'translations': array:join($each ! [ .($i)?translation ]) }"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map { 'original': fp:aligned-units($original),
            'translations': array:join($translations ! [ fp:aligned-units(.) ]) }"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="fp:same-nodes" as="xs:boolean">
    <xsl:param name="a" as="node()*"/>
    <xsl:param name="b" as="node()*"/>
    <xsl:sequence select="count($a) = count($b) and count($a | $b) = count($a)"/>
  </xsl:function>

  <!-- The units a side is aligned by: what it holds but its heading. -->
  <xsl:function name="fp:aligned-units" as="element()*">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div/*[not(self::tei:head)]"/>
  </xsl:function>

  <!-- The units of $among a link of the document joins with $unit (a link's @target names two
       or more #ids: <linkGrp type="translation"><link target="#o1 #t1"/></linkGrp>). -->
  <xsl:function name="fp:linked" as="element()*">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="among" as="element()*"/>
    <xsl:variable name="links" select="$unit/@xml:id ! root($unit)//tei:link[tokenize(normalize-space(@target), ' ') = '#' || $unit/@xml:id]"/>
    <xsl:variable name="joined" select="distinct-values($links ! tokenize(normalize-space(@target), ' '))"/>
    <xsl:sequence select="$among[@xml:id][('#' || @xml:id) = $joined] except $unit"/>
  </xsl:function>

  <!-- What an element's @corresp and @sameAs point to in its own document (#id). -->
  <xsl:function name="fp:pointed-to" as="element()*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="root" select="root($e)"/>
    <xsl:sequence select="for $ref in tokenize(normalize-space(string-join(($e/@corresp, $e/@sameAs), ' ')))[starts-with(., '#')]
        return $root/id(substring($ref, 2))"/>
  </xsl:function>
</xsl:stylesheet>
