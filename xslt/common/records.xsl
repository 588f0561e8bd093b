<?xml version="1.0" encoding="UTF-8"?>
<!--
  What others reuse of the edition, decided once for every format and every kind of data (the
  pages' schema.org JSON-LD, a text's JSON record and plain text, the registers' JSON, CSV and
  BEACON files): a text's record, the authority records of a register entry, a text's passages
  and their reading text. Only what the TEI says: a field the header is silent on is absent.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <!-- The authorities an entry is known by: maps of authority (gnd, viaf, wikidata, geonames, or
       url for any other web address), id and uri, from its idno (an address, or a bare number
       with its @type) and its @sameAs. The same record once, however often it is given. -->
  <xsl:function name="f:authorities" as="map(xs:string, xs:string)*">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="all" as="map(xs:string, xs:string)*">
      <xsl:for-each select="$entry/tei:idno[normalize-space()]">
        <xsl:sequence select="fp:authority-record(normalize-space(.), lower-case(normalize-space(@type)))"/>
      </xsl:for-each>
      <xsl:for-each select="tokenize(normalize-space($entry/@sameAs))[matches(., '^https?://')]">
        <xsl:sequence select="fp:authority-record(., '')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each-group select="$all" group-by="?uri">
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The address patterns of the authorities a register's data is harvested by (BEACON, hubs):
       name, the address's pattern (its id in group 2), an id alone, the canonical address's start. -->
  <xsl:variable name="fp:authorities" as="map(xs:string, xs:string)*" select="
      map { 'name': 'gnd', 'address': '^https?://(d-nb\.info|lobid\.org)/gnd/([0-9X-]+)', 'id': '^[0-9X-]+$', 'prefix': 'https://d-nb.info/gnd/' },
      map { 'name': 'viaf', 'address': '^https?://(www\.)?viaf\.org/viaf/([0-9]+)', 'id': '^[0-9]+$', 'prefix': 'https://viaf.org/viaf/' },
      map { 'name': 'wikidata', 'address': '^https?://(www\.)?wikidata\.org/(?:wiki|entity)/(Q[0-9]+)', 'id': '^Q[0-9]+$', 'prefix': 'https://www.wikidata.org/entity/' },
      map { 'name': 'geonames', 'address': '^https?://(www\.|sws\.)?geonames\.org/([0-9]+)', 'id': '^[0-9]+$', 'prefix': 'https://www.geonames.org/' }"/>

  <xsl:function name="fp:authority-record" as="map(xs:string, xs:string)?">
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="by-address" select="$fp:authorities[matches($value, ?address)][1]"/>
    <xsl:variable name="by-type" select="$fp:authorities[?name = $type][matches($value, ?id)][1]"/>
    <xsl:choose>
      <xsl:when test="exists($by-address)">
        <xsl:variable name="id" select="replace($value, $by-address?address || '.*$', '$2')"/>
        <xsl:sequence select="map { 'authority': $by-address?name, 'id': $id, 'uri': $by-address?prefix || $id }"/>
      </xsl:when>
      <xsl:when test="exists($by-type)">
        <xsl:sequence select="map { 'authority': $by-type?name, 'id': $value, 'uri': $by-type?prefix || $value }"/>
      </xsl:when>
      <xsl:when test="matches($value, '^https?://\S+$')">
        <xsl:sequence select="map { 'authority': 'url', 'id': $value, 'uri': $value }"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- The names of the authorities the data files are made for, in their order. -->
  <xsl:function name="f:authority-names" as="xs:string*">
    <xsl:sequence select="$fp:authorities ! ?name"/>
  </xsl:function>

  <!-- The start of an authority's canonical addresses, its id after it. -->
  <xsl:function name="f:authority-prefix" as="xs:string?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="$fp:authorities[?name = $name]?prefix"/>
  </xsl:function>

  <!-- A text's record: what its header says of it, as a map (id, title, full-title, authors,
       date, date-label, lang, kind, publisher, licence, licence-url, source, senders, recipients,
       sent-from). A key is there only when the TEI gives its value. -->
  <xsl:function name="f:text-record" as="map(xs:string, item()*)">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="(root($doc)//tei:teiHeader)[1]"/>
    <xsl:variable name="letter" select="f:correspondence($doc)"/>
    <xsl:sequence select="map:merge((
        map { 'id': f:text-id($doc), 'title': f:text-title($doc), 'full-title': f:text-full-title($doc) },
        map { 'authors': array { distinct-values(f:text-authors($doc)) } }[exists(f:text-authors($doc))],
        f:text-date($doc) ! map { 'date': . },
        f:text-date-label($doc) ! map { 'date-label': . },
        (root($doc)//tei:text/@xml:lang, root($doc)/*/@xml:lang)[1] ! map { 'lang': string(.) },
        f:text-kind($doc) ! map { 'kind': . },
        ($header/tei:fileDesc/tei:publicationStmt/tei:publisher)[1] ! normalize-space(.)[. != ''] ! map { 'publisher': . },
        f:text-licence($doc) ! map { 'licence': . },
        ($header/tei:fileDesc/tei:publicationStmt/tei:availability//(tei:licence | tei:ref)/@target)[matches(., '^https?://\S+$')][1]
          ! map { 'licence-url': string(.) },
        ($header/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'original'])[1] ! f:plain-text(.)[. != ''] ! map { 'source': . },
        map { 'senders': array { $letter[?role = 'sent']?names ! f:name-label(.) } }[exists($letter[?role = 'sent']?names)],
        map { 'recipients': array { $letter[?role = 'received']?names ! f:name-label(.) } }[exists($letter[?role = 'received']?names)],
        ($letter[?role = 'sent']?places)[1] ! map { 'sent-from': normalize-space(.) }))"/>
  </xsl:function>

  <!-- A text's passages, in reading order: its numbered paragraphs, headings, list items, verse
       lines, notes, quotations standing alone, openers and closers, datelines, anonymous blocks,
       speakers, and the surfaces of a transcription in sourceDoc. What a search finds, and what a
       plain text is made of. -->
  <xsl:function name="f:passages" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:text//(tei:p[f:is-numbered-paragraph(.)] | tei:head | tei:item | tei:l
        | tei:note[f:is-footnote(.)] | tei:quote[not(ancestor::tei:p)] | tei:closer | tei:opener | tei:dateline[not(ancestor::tei:opener | ancestor::tei:closer)]
        | tei:ab[not(ancestor::tei:p | ancestor::tei:ab)] | tei:sp/tei:speaker)
        | root($doc)//tei:sourceDoc//tei:surface[not(ancestor::tei:surface)]"/>
  </xsl:function>

  <!-- A passage's reading text (not an apparatus reading's: f:reading-text), in one line: the
       edition's words (corrections, regularisations, expansions, the lemma, additions), not the
       source's errors, spellings and abbreviations, not the variants, deletions, running heads and
       notes within it (notes are passages of their own). -->
  <xsl:function name="f:passage-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($e//text()[parent::tei:*]
        [not(ancestor::tei:sic[parent::tei:choice] | ancestor::tei:orig[parent::tei:choice] | ancestor::tei:abbr[parent::tei:choice]
            | ancestor::tei:rdg | ancestor::tei:rdgGrp | ancestor::tei:del | ancestor::tei:fw | ancestor::tei:figDesc
            | ancestor::tei:witDetail | ancestor::tei:note[. except $e][ancestor::* intersect $e])], ''))"/>
  </xsl:function>
</xsl:stylesheet>
