<?xml version="1.0" encoding="UTF-8"?>
<!-- A text of the edition: its id, title, authors, dates, publication; the edition's own metadata (title, licence, credits); the order of texts. Part of the common library, imported by common/functions.xsl (see its conventions). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <!-- ===================================================================== texts -->

  <!-- The identifier of a text: its @xml:id, else its file name without extension. -->
  <xsl:function name="f:text-id" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="root" select="root($doc)/*"/>
    <!-- The document's address first: its root's base URI may be an xml:base. -->
    <xsl:sequence select="($root/@n:source ! $text-ids(string(.)),
        $text-ids(replace(string(base-uri(root($doc))), '^file:/+', 'file:/')),
        $text-ids(replace(string(base-uri($root)), '^file:/+', 'file:/')), $root/@xml:id/string(),
        replace(tokenize(base-uri($root), '/')[last()], '\.[^.]*$', ''))[1]
        => replace('[^\p{L}\p{N}._-]+', '-')"/>
  </xsl:function>

  <!-- The edition's own header: that of a registers file that is not one of its texts. -->
  <xsl:function name="f:edition-header" as="element(tei:teiHeader)?">
    <!-- The document's own address, not its root's base URI (an xml:base may name a web address). -->
    <xsl:sequence select="($registers[not(map:contains($text-ids, replace(string(base-uri(.)), '^file:/+', 'file:/')))]
        //tei:teiHeader)[1]"/>
  </xsl:function>

  <!-- The edition's title: its settings', else its own header's, else that of its only text
       ({@code $doc}, any of its texts), else the label for an edition: never the title of one
       text among many. -->
  <xsl:function name="f:edition-title" as="xs:string">
    <xsl:param name="doc" as="node()?"/>
    <xsl:sequence select="($edition?title,
        (f:edition-header()/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main' or not(@type)])[1] ! f:typeset-string(normalize-space(.), .),
        if (map:size($text-ids) le 1 and exists($doc)) then f:text-title(root($doc)) else (),
        f:label('edition'))[normalize-space()][1]"/>
  </xsl:function>

  <!-- The edition's subtitle: its settings', else its own header's. -->
  <xsl:function name="f:edition-subtitle" as="xs:string?">
    <xsl:sequence select="($edition?subtitle,
        (f:edition-header()/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'])[1] ! normalize-space(.))[normalize-space()][1]"/>
  </xsl:function>

  <!-- The edition's licence line: its settings', else the first licence its header (or that of
       {@code $doc}) names. -->
  <xsl:function name="f:edition-licence" as="xs:string?">
    <xsl:param name="doc" as="node()?"/>
    <xsl:sequence select="($edition?licence,
        ((f:edition-header(), $doc ! root(.)//tei:teiHeader[1])[1]/tei:fileDesc/tei:publicationStmt/tei:availability
            //(tei:licence | tei:ref[@target]))[normalize-space()][1] ! normalize-space(.))[normalize-space()][1]"/>
  </xsl:function>

  <!-- The lines that say who made the edition, from its settings (editors, publisher), for title
       pages, home page and citations: (label, names) pairs. -->
  <xsl:function name="f:edition-credits" as="map(xs:string, xs:string)*">
    <xsl:sequence select="(
        $edition?editors[normalize-space()] ! map { 'label': f:label('edited-by'), 'names': string-join(tokenize(., '\s*;\s*')[.], ', ') },
        $edition?publisher[normalize-space()] ! map { 'label': f:label('published-by'), 'names': normalize-space(.) })"/>
  </xsl:function>

  <!-- The title of a text for lists and headers. -->
  <xsl:function name="f:text-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="root($doc)//tei:teiHeader[1]"/>
    <xsl:variable name="titles" select="$header/tei:fileDesc/tei:titleStmt/tei:title"/>
    <!-- The text's own title: its main title, else one that is no series', date's or
         subtitle's (Schnitzler's letters put the series first), else the first. -->
    <xsl:variable name="main" select="($titles[@type = 'main'], $titles[not(@type)][not(@level = ('s', 'j', 'm'))],
        $titles[not(@type)], $titles)[1]"/>
    <xsl:sequence select="($main ! f:typeset-string(normalize-space(.), .)[. != ''], f:text-id($doc))[1]"/>
  </xsl:function>

  <!-- A text's title with its subtitle: what tells two texts of the same title apart (the essay
       and the forum thread it was posted in) where a list names texts among others. -->
  <xsl:function name="f:text-full-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string-join((f:text-title($doc), f:text-subtitle($doc)), ' — ')"/>
  </xsl:function>

  <xsl:function name="f:text-subtitle" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(root($doc)//tei:teiHeader[1]/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'])[1] ! f:typeset-string(normalize-space(.), .)"/>
  </xsl:function>

  <xsl:function name="f:text-authors" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:teiHeader[1]/tei:fileDesc/tei:titleStmt/tei:author ! fp:author-name(.)[. != '']"/>
  </xsl:function>

  <!-- An author as a reader names them: the first of the names given (not every variant, not
       an authority number: DraCor gives Гоголь in Russian and English with a Wikidata id), its
       parts in reading order, without the life dates a catalogue adds ("Flaubert, Gustave
       (1821-1880)" is Gustave Flaubert). -->
  <xsl:function name="fp:author-name" as="xs:string">
    <xsl:param name="author" as="element()"/>
    <xsl:variable name="name" select="($author/(tei:persName | tei:orgName | tei:name))[1]"/>
    <xsl:variable name="words" select="f:name-words(($name, $author)[1])"/>
    <xsl:variable name="bare" select="replace(normalize-space($words), '\s*\(\s*\d{3,4}\s*[-–]\s*\d{0,4}\s*\)$', '')"/>
    <xsl:sequence select="if (matches($bare, '^[^,]+,\s*[^,]+$')) then replace($bare, '^([^,]+),\s*(.+)$', '$2 $1') else $bare"/>
  </xsl:function>

  <!-- The original publication of a text, as the header's sourceDesc gives it. -->
  <xsl:function name="f:original-publication" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="source" select="root($doc)//tei:teiHeader[1]/tei:fileDesc/tei:sourceDesc"/>
    <xsl:sequence select="($source/tei:bibl[@type = 'original'], $source/tei:biblStruct, $source/tei:bibl, $source/tei:p)[1]"/>
  </xsl:function>

  <!-- The date of a text's original publication, as written in the source (may be empty). -->
  <xsl:function name="f:original-date" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(f:original-publication($doc)//tei:date ! (string(@when), normalize-space(.)))[. != ''][1]"/>
  </xsl:function>

  <!-- The date of the digital edition of a text, as its header records it: the date of its
       publication statement, else its latest recorded change (never the original's date, and
       never the day of a build, which would change every output every day). -->
  <xsl:function name="f:edition-date" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="(root($doc)//tei:teiHeader)[1]"/>
    <xsl:variable name="published" select="($header/tei:fileDesc/tei:publicationStmt/tei:date/(string(@when), normalize-space(.)))[. != '']"/>
    <xsl:variable name="changed" select="$header/tei:revisionDesc//tei:change/@when[. castable as xs:date or . castable as xs:gYear
        or . castable as xs:gYearMonth or . castable as xs:dateTime] ! string(.)"/>
    <xsl:sequence select="($published, reverse(sort($changed)))[1]"/>
  </xsl:function>

  <!-- Texts in the order a reader expects them: dated texts first, oldest first, then the others
       by title. (Documents have no order of their own once loaded in parallel.) -->
  <xsl:function name="f:ordered-texts" as="document-node()*">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:perform-sort select="$texts">
      <xsl:sort select="empty(f:original-date(.))"/>
      <xsl:sort select="f:original-date(.)"/>
      <xsl:sort select="f:sort-key(f:text-title(.))"/>
      <xsl:sort select="f:text-id(.)"/>
    </xsl:perform-sort>
  </xsl:function>
</xsl:stylesheet>
