<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a text is, as every format and the search see it: its date (for ordering, browsing by
  year and decade, the search's facets), its kind (letter, article, play…), and for a letter its
  correspondence (who wrote to whom, from where, when; the letters before and after it as the
  encoder recorded them). Also where a register's place lies (location/geo) and every name an
  entry is known by. Decided once here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <!-- A text's date (f:text-dating, f:text-date) and dates in prose (f:date-words) are decided
       in common/texts.xsl, which the order of texts needs. -->

  <!-- The year of a sortable date (-0044, 1898), and its decade as a reader names it
       ("1890–1899", keyed "1890"): the date pages and the search's facets. -->
  <xsl:function name="f:year" as="xs:string?">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="replace($date, '^(-?\d{4}).*$', '$1')[matches($date, '^-?\d{4}')]"/>
  </xsl:function>

  <xsl:function name="f:decade" as="xs:string?">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="f:year($date) ! xs:integer(.) ! format-number(. - . mod 10, '0000')"/>
  </xsl:function>

  <!-- A decade by its first and last years; one before the era runs down to its key, in the
       era's words of the language ("449–440 av. J.-C."), as f:date-words writes a year. -->
  <xsl:function name="f:decade-label" as="xs:string">
    <xsl:param name="decade" as="xs:string"/>
    <xsl:variable name="d" select="xs:integer($decade)"/>
    <xsl:sequence select="if ($d lt 0) then abs($d - 9) || '–' || f:date-words(format-number($d, '0000'), ())
        else $decade || '–' || ($d + 9)"/>
  </xsl:function>

  <!-- A year as a reader reads it: without leading zeros, one before the era in the language's
       words ("-0445": "445 av. J.-C."). -->
  <xsl:function name="f:year-label" as="xs:string">
    <xsl:param name="year" as="xs:string"/>
    <xsl:sequence select="if (starts-with($year, '-')) then f:date-words($year, ()) else string(xs:integer($year))"/>
  </xsl:function>

  <!-- A name as a key and as a reader reads it: its register entry's, else its own words
       (facets, letters' correspondents, CMIF). -->
  <xsl:function name="f:name-key" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="entry" select="f:entry($name/@ref, $name)"/>
    <xsl:sequence select="if ($entry) then f:entry-key($entry) else f:name-words($name)"/>
  </xsl:function>

  <xsl:function name="f:name-label" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(f:entry($name/@ref, $name) ! f:entry-name(.), f:name-words($name))[1]"/>
  </xsl:function>

  <!-- The date as a reader reads it: the sending's or creation's words, else the date in words. -->
  <xsl:function name="f:text-date-label" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="dating" select="f:text-dating($doc)"/>
    <xsl:sequence select="if (empty($dating)) then () else if ($dating?label != $dating?date) then $dating?label
        else f:date-words($dating?date, $ui-lang)"/>
  </xsl:function>

  <!-- What kind of text it is, as a label key or the encoder's own word: a letter when it has a
       correspDesc, else text/@type, the first keyword or class code, else none. -->
  <xsl:function name="f:text-kind" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="(root($doc)//tei:teiHeader)[1]"/>
    <xsl:sequence select="(
        'letter'[$header/tei:profileDesc/tei:correspDesc],
        (root($doc)/*/tei:text/@type, $header/tei:profileDesc/tei:textClass//(tei:term | tei:classCode | tei:catRef/@target)) ! normalize-space(.)[. != ''])[1]"/>
  </xsl:function>

  <!-- A kind as a reader names it: the label when there is one. -->
  <xsl:function name="f:kind-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="key" select="'kind-' || lower-case($kind)"/>
    <xsl:variable name="label" select="f:label($key)"/>
    <xsl:sequence select="if ($label = $key) then replace($kind, '^#', '') else $label"/>
  </xsl:function>

  <!-- The letter's sending and receiving, as maps: role (sent, received…), names (elements),
       places (elements), date (ISO), date-label (words). Empty for a text that is no letter. -->
  <xsl:function name="f:correspondence" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:for-each select="(root($doc)//tei:teiHeader)[1]/tei:profileDesc/tei:correspDesc[1]/tei:correspAction">
      <xsl:sequence select="map {
          'role': string((@type, 'sent')[1]),
          'names': (tei:persName | tei:orgName | tei:name),
          'places': tei:placeName,
          'date': tei:date[1] ! fp:date-of(.),
          'date-label': tei:date[1] ! normalize-space(.)[. != ''] }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The letters the encoder names as before and after this one (correspContext), as maps:
       direction (previous, next), scope (correspondence, edition), target (a text id or
       address), label. -->
  <xsl:function name="f:letter-context" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:for-each select="(root($doc)//tei:teiHeader)[1]/tei:profileDesc/tei:correspDesc[1]/tei:correspContext/tei:ref[@target]">
      <xsl:variable name="words" select="string-join((@type, @subtype), ' ')"/>
      <xsl:variable name="direction" select="if (matches($words, 'prev', 'i')) then 'previous' else if (matches($words, 'next', 'i')) then 'next' else ()"/>
      <xsl:if test="exists($direction)">
        <xsl:sequence select="map {
            'direction': $direction,
            'scope': if (matches($words, 'correspondence', 'i') or @source) then 'correspondence' else 'edition',
            'target': replace(replace(normalize-space(@target), '^#', ''), '\.xml$', ''),
            'label': normalize-space(.) }"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- Where a place lies, as latitude and longitude, from location/geo ("48.85 2.35",
       "48.85, 2.35", or with decimal commas "51,53443 9,93228"); none when it gives none. -->
  <xsl:function name="f:geo" as="xs:double*">
    <xsl:param name="place" as="element()"/>
    <xsl:variable name="geo" select="normalize-space(($place/tei:location/tei:geo)[1])"/>
    <xsl:variable name="parts" select="
        if (matches($geo, '^-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?$')) then tokenize($geo, '\s*,\s*')
        else tokenize($geo, '\s+') ! replace(., ',', '.')"/>
    <xsl:sequence select="if (count($parts) = 2 and (every $p in $parts satisfies $p castable as xs:double)
        and abs(xs:double($parts[1])) le 90 and abs(xs:double($parts[2])) le 180)
        then $parts ! xs:double(.) else ()"/>
  </xsl:function>

  <!-- Every name a register gives an entry (a person's pseudonym and birth name, a place's
       names in several languages), so that a search by any of them finds the mention. -->
  <xsl:function name="f:entry-forms" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="distinct-values($entry/(tei:persName | tei:placeName | tei:orgName | tei:name | tei:title | tei:addName)
        ! f:name-words(.)[. != ''])"/>
  </xsl:function>
</xsl:stylesheet>
