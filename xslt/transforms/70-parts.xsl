<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 70, parts: a text longer than $part-characters is published in parts, cut at its
     divisions (common/parts.xsl reads the decision back: f:part, f:part-count, f:part-nodes).
     Written down as n:part on the elements of each part and n:parts (first and last) on what the
     parts are cut from. -->
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

  <xsl:mode name="mp:parts" on-no-match="shallow-copy"/>

  <xsl:function name="fp:has-parts" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="map:size(fp:partition($doc)) gt 0"/>
  </xsl:function>

  <xsl:template match="tei:*[map:contains(fp:partition(root(.)), generate-id(.))]" mode="mp:parts" priority="2">
    <xsl:variable name="part" select="fp:partition(root(.))(generate-id(.))"/>
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="mp:parts"/>
      <xsl:attribute name="{if (count($part) = 1) then 'n:part' else 'n:parts'}" namespace="urn:x-edition:normalized" select="$part"/>
      <xsl:apply-templates mode="mp:parts"/>
    </xsl:copy>
  </xsl:template>


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
