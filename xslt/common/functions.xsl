<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared helpers of every output format (HTML, EPUB, XSL-FO): labels, register lookup, note
  numbering, safe links, identifiers. Imported by the entry stylesheets, never copied.

  Conventions (after DocBook xslTNG): f: public functions, fp: private ones, m: modes.

  A decision that normalize.xsl writes down (n: attributes) is read back from a normalised
  document by its public function here (f:styles, f:is-mention, f:note-number, ...); the private
  one beside it (fp:styles, fp:is-mention, ...) takes it from the source, for the pass itself,
  for the registers (which are not normalised) and for a module tested on raw TEI.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    xmlns:j="urn:x-edition:java"
    exclude-result-prefixes="#all">

  <!-- The language of the labels (fr, en); by default the language of the edition's texts. -->
  <xsl:param name="ui-lang" as="xs:string" select="'fr'"/>
  <!-- The identifier of each text, by its file URI, as the build chose it (unique in the
       edition); texts not in the map get their xml:id or file name. -->
  <xsl:param name="text-ids" as="map(xs:string, xs:string)" select="map {}"/>
  <!-- The edition's metadata from its settings (edition.properties): title, subtitle, editors,
       publisher, licence; each absent when not set. -->
  <xsl:param name="edition" as="map(xs:string, xs:string)" select="map {}"/>
  <!-- The address the edition is published at (base-url in edition.properties, ending in /), or
       none: a citation then names no address rather than a file: path. -->
  <xsl:param name="base-url" as="xs:string?" select="()"/>
  <!-- The register documents of the edition (TEI files with a standOff). -->
  <xsl:param name="registers" as="document-node()*" select="()"/>

  <!-- The label files, by language. The build reads them once and passes them to every
       transformation; run by hand, the stylesheets read them here. -->
  <xsl:param name="locales" as="map(xs:string, document-node())" select="map {
      'fr': doc('locales/fr.xml'), 'en': doc('locales/en.xml') }"/>
  <xsl:variable name="fp:locales" as="map(xs:string, document-node())" select="$locales"/>

  <!-- The label for $key in the interface language, falling back to French, then to the key. -->
  <xsl:function name="f:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="locale" select="($fp:locales($ui-lang), $fp:locales('fr'))[1]"/>
    <xsl:sequence select="((($locale, $fp:locales('fr')) ! key('fp:label', $key, .))[1] ! string(), $key)[1]"/>
  </xsl:function>
  <xsl:key name="fp:label" match="label" use="@key"/>

  <!-- A colon as the interface language writes it: French puts a space before it. -->
  <xsl:function name="f:colon" as="xs:string">
    <xsl:sequence select="if ($ui-lang = 'fr') then '&#x202F;: ' else ': '"/>
  </xsl:function>

  <!-- Whether a node is in a document the normalisation pass made (normalize.xsl). -->
  <xsl:function name="f:is-normalized" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists(root($node)/*[1]/@n:normalized)"/>
  </xsl:function>

  <!-- ===================================================================== registers -->

  <!-- The register entry a pointer (@ref, @corresp) leads to: in the registers, or in the text's
       own header or standOff when the pointer is local (#id). -->
  <xsl:function name="f:entry" as="element()?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="first" select="tokenize(normalize-space($pointer))[1]"/>
    <xsl:variable name="id" select="if (contains($first, '#')) then substring-after($first, '#') else ()"/>
    <xsl:variable name="file" select="substring-before($first, '#')"/>
    <xsl:sequence select="
      if (empty($id)) then ()
      else if ($file = '') then
        (id($id, root($context))[f:is-entry(.)], $registers ! id($id, .)[f:is-entry(.)])[1]
      else ($registers[ends-with(base-uri(.), '/' || $file) or base-uri(.) = $file] ! id($id, .),
            $registers ! id($id, .))[f:is-entry(.)][1]"/>
  </xsl:function>

  <!-- An entry named the same way in every tree that holds it: its file's address and its xml:id
       (node identities differ between a text's tree and its extract's). -->
  <xsl:function name="f:entry-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="replace(string(base-uri($entry)), '^file:/+', 'file:/') || '#' || ($entry/@xml:id, generate-id($entry))[1]"/>
  </xsl:function>

  <xsl:function name="f:is-entry" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/(self::tei:person | self::tei:personGrp | self::tei:org
        | self::tei:place | self::tei:bibl | self::tei:biblStruct | self::tei:item))"/>
  </xsl:function>

  <!-- The entries of the registers: persons, organisations, places and works listed in a
       standOff, a TEI header (DraCor) or the back of a text (Schnitzler's letters). -->
  <xsl:function name="f:register-entries" as="element()*">
    <xsl:param name="docs" as="node()*"/>
    <xsl:sequence select="$docs//(tei:standOff | tei:teiHeader | tei:back)//(tei:person | tei:personGrp | tei:org | tei:place
        | tei:bibl[parent::tei:listBibl] | tei:biblStruct[parent::tei:listBibl])[@xml:id]"/>
  </xsl:function>

  <!-- A list of entries kept in a text's back (Schnitzler's letters list the persons and places
       they name there): the text's own register, shown on the register pages with links back to
       the mentions, not printed again after the text's last words. -->
  <xsl:function name="f:is-register-list" as="xs:boolean">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="exists($list/self::*[self::tei:listPerson or self::tei:listPlace or self::tei:listOrg
        or self::tei:listBibl or self::tei:listEvent or self::tei:listObject][ancestor::tei:back]/*[@xml:id])"/>
  </xsl:function>

  <!-- Which register an entry belongs to: persons, organisations, places or works. -->
  <xsl:function name="f:register-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="
      if ($entry/self::tei:person or $entry/self::tei:personGrp) then 'persons'
      else if ($entry/self::tei:org) then 'organisations'
      else if ($entry/self::tei:place) then 'places'
      else 'works'"/>
  </xsl:function>

  <!-- The name an entry is listed under: "Castoriadis, Cornelius", "Lip", "Cléon". -->
  <xsl:function name="f:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="($entry/tei:persName, $entry/tei:orgName, $entry/tei:placeName,
        $entry/tei:title, $entry/tei:name, $entry/tei:label)[1]"/>
    <!-- A person known by two names (a pseudonym and a birth name) is listed once, under the
         first, the other in brackets: "Mothé, Daniel (Jacques Gautrat)". -->
    <xsl:variable name="others" select="$entry/tei:persName[@type][not(. is $name)]"/>
    <xsl:sequence select="normalize-space(
      if ($name/tei:surname) then
        string-join((string-join($name/tei:surname ! f:name-words(.), ' '), string-join($name/tei:forename ! f:name-words(.), ' ')[. != '']), ', ')
      else if ($name) then f:name-words($name)
      else string($entry)) || string-join($others ! f:name-words(.), ', ')[. != ''] ! (' (' || . || ')')"/>
  </xsl:function>

  <!-- A one-line description of an entry: its first note, else its name. -->
  <xsl:function name="f:entry-gloss" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="normalize-space(string-join((f:display-name($entry),
        ($entry/tei:note)[1] ! normalize-space(.)), ' — '))"/>
  </xsl:function>

  <!-- The name in reading order: "Cornelius Castoriadis". -->
  <xsl:function name="f:display-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="($entry/tei:persName, $entry/tei:orgName, $entry/tei:placeName,
        $entry/tei:title, $entry/tei:name)[1]"/>
    <xsl:sequence select="if ($name) then f:name-words($name) else normalize-space($entry)"/>
  </xsl:function>

  <!-- A key that sorts names as a French reader expects: accents and case do not count. -->
  <xsl:function name="f:sort-key" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="lower-case(replace(normalize-unicode(replace($name, 'Œ', 'Oe') => replace('œ', 'oe') => replace('Æ', 'Ae') => replace('æ', 'ae'), 'NFD'), '[\p{M}’''&quot;«»\s]+', ''))"/>
  </xsl:function>

  <!-- The elements that name a person, place, organisation, object, event or work: a mention
       when they point to a register entry. Every format asks here, so that the web's links and
       the print's index of names take the same names. -->
  <xsl:function name="f:is-name" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:persName | self::tei:orgName | self::tei:placeName
        | self::tei:name | self::tei:rs | self::tei:geogName | self::tei:settlement | self::tei:country
        | self::tei:region | self::tei:district | self::tei:bloc | self::tei:objectName | self::tei:eventName
        | self::tei:title[@ref]))"/>
  </xsl:function>

  <!-- A part of a name, when the name is made of elements: a person's forenames, surname, titles
       and links, a place's settlement, region or country, an organisation's names, inside a
       name, an author or an editor (<persName><forename>Victor</forename><surname>Hugo</surname>). -->
  <xsl:function name="f:is-name-part" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="exists($e/(self::tei:forename | self::tei:surname | self::tei:genName | self::tei:roleName
        | self::tei:addName | self::tei:nameLink | self::tei:persName | self::tei:placeName | self::tei:orgName | self::tei:name
        | self::tei:settlement | self::tei:region | self::tei:country | self::tei:district | self::tei:bloc | self::tei:geogName
        | self::tei:geogFeat)[parent::tei:author or parent::tei:editor or parent::*[f:is-name(.)]
        or parent::tei:forename or parent::tei:surname or parent::tei:addName])"/>
  </xsl:function>

  <!-- Whether a reader reads a space before a part of a name that the source sets right after the
       part before, with nothing between them (<forename>Victor</forename><surname>Hugo</surname>
       reads "Victor Hugo"): yes, but where the source joins the two, by the punctuation where they
       meet (<nameLink>d’</nameLink><surname>Alembert</surname>, a part ending with a hyphen or
       opening a bracket, one beginning with a hyphen, a comma or a full stop), by @join, or by a
       break inside a word (break="no") at the end of the one or the start of the other. The
       normalisation pass writes the space into the text; f:name-words reads a name so. -->
  <xsl:function name="f:space-before-part" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="before" select="$e/preceding-sibling::node()[not(self::comment() | self::processing-instruction())][1]"/>
    <xsl:sequence select="f:is-name-part($e) and exists($before[self::*][f:is-name-part(.)]) and not(fp:joined($before, $e))"/>
  </xsl:function>

  <xsl:function name="fp:joined" as="xs:boolean">
    <xsl:param name="before" as="element()"/>
    <xsl:param name="after" as="element()"/>
    <xsl:variable name="end" select="replace(string($before), '\s+$', '')"/>
    <xsl:variable name="start" select="replace(string($after), '^\s+', '')"/>
    <xsl:sequence select="$end = '' or $start = ''
        or $before/@join = ('right', 'both') or $after/@join = ('left', 'both')
        or matches($end, '[\p{Pd}\p{Ps}\p{Pi}''’ʼ/]$') or matches($start, '^[\p{Pd}\p{Pe},.;:!?/…·»”]')
        or exists(($before//node())[last()][self::*[@break = ('no', 'false')]])
        or exists(($after//node())[1][self::*[@break = ('no', 'false')]])"/>
  </xsl:function>

  <!-- A name's words on one line, as a reader reads them: its parts with the spaces between them
       (f:space-before-part), without its notes and authority numbers. -->
  <xsl:function name="f:name-words" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="normalize-space(fp:name-text($name))"/>
  </xsl:function>

  <xsl:function name="fp:name-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-join($e/node() ! (
        if (self::tei:note or self::tei:idno) then ''
        else if (. instance of element()) then (if (f:space-before-part(.)) then ' ' else '') || fp:name-text(.)
        else if (. instance of text()) then string(.) else ''), '')"/>
  </xsl:function>

  <!-- ===================================================================== cast lists -->

  <!-- What a reader reads between a cast item's role and its description (or its actor) when the
       source sets them side by side with nothing between (<role>ALONSO</role><roleDesc>King of
       Naples.</roleDesc>): a comma, as printed cast lists have it ("ALONSO, King of Naples."); a
       space only after a part that ends with punctuation of its own; nothing elsewhere. The
       normalisation pass writes it into the text. -->
  <xsl:function name="f:cast-joiner" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="before" select="$e/preceding-sibling::node()[not(self::comment() | self::processing-instruction())][1]"/>
    <xsl:variable name="end" select="replace(string($before), '\s+$', '')"/>
    <xsl:sequence select="if ($e[self::tei:roleDesc or self::tei:actor][parent::tei:castItem]
        and $before[self::tei:role or self::tei:roleDesc or self::tei:actor] and $end != '' and normalize-space($e) != '')
        then (if (matches($end, '[\p{P}-[\p{Pe}\p{Pf}''’]]$')) then ' ' else ', ') else ()"/>
  </xsl:function>

  <!-- A group of roles that share one description (a castGroup: "Добчинский, Бобчинский —
       городские помещики"): its members, each a role of its own (or a group within it), and the
       description said once for all of them (its own roleDesc); every format sets the members
       one under the other and the description once beside them. -->
  <xsl:function name="f:cast-members" as="element()*">
    <xsl:param name="group" as="element()"/>
    <xsl:sequence select="$group/(tei:castItem | tei:castGroup)"/>
  </xsl:function>

  <xsl:function name="f:cast-group-description" as="element()*">
    <xsl:param name="group" as="element()"/>
    <xsl:sequence select="$group/tei:roleDesc"/>
  </xsl:function>

  <!-- A name that points to a register entry: a mention, linked on the web, indexed in print. -->
  <xsl:function name="f:is-mention" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (f:is-normalized($e)) then exists($e/@n:entry) else fp:is-mention($e)"/>
  </xsl:function>

  <xsl:function name="fp:is-mention" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/@ref) and f:is-name($e) and exists(f:entry($e/@ref, $e))"/>
  </xsl:function>

  <!-- The mentions of register entries in a text. -->
  <xsl:function name="f:mentions" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:text//*[@ref][f:is-mention(.)]"/>
  </xsl:function>

  <!-- The anchor of a mention, the same in every format and in the registers' back-links. -->
  <xsl:function name="f:mention-id" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="($mention/@n:mention/string(), fp:mention-id($mention))[1]"/>
  </xsl:function>

  <xsl:function name="fp:mention-id" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="'m-' || fp:mention-ranks(root($mention))(generate-id($mention))"/>
  </xsl:function>

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

  <!-- ===================================================================== numbering -->
  <!-- Positions are computed once per document (cache="yes") and looked up: counting preceding
       nodes at every element makes large texts quadratic. generate-id() is stable within a run. -->

  <!-- The rank of an element among the elements of the same name in its document. -->
  <xsl:function name="f:rank" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="fp:name-ranks(root($e), local-name($e))(generate-id($e))"/>
  </xsl:function>

  <xsl:function name="fp:name-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="fp:ranks($doc//*[local-name() = $name])"/>
  </xsl:function>

  <xsl:function name="fp:mention-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="fp:ranks($doc//tei:text//*[@ref])"/>
  </xsl:function>

  <xsl:function name="fp:paragraph-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="fp:ranks($doc//tei:p[fp:numbered(.)])"/>
  </xsl:function>

  <xsl:function name="fp:note-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <!-- Footnotes only: an inline or marginal note, printed where it stands, takes no number
         (counted, it left a gap in the calls: 1, 3). -->
    <xsl:sequence select="fp:ranks($doc//tei:note[f:is-footnote(.)])"/>
  </xsl:function>

  <xsl:function name="fp:ranks" as="map(xs:string, xs:integer)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($nodes) return map { generate-id($nodes[$i]): $i })"/>
  </xsl:function>

  <!-- Where an element (a mention, a correction) stands in its text, as a reader finds it:
       "§ 12", "note 2", or the heading, list item or part it is in. -->
  <xsl:function name="f:where-in-text" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="note" select="$mention/ancestor::tei:note[f:is-footnote(.)][1]"/>
    <xsl:variable name="p" select="$mention/ancestor::tei:p[f:is-numbered-paragraph(.)][1]"/>
    <xsl:sequence select="
      if ($note) then lower-case(f:label('note')) || ' ' || f:note-number($note)
      else if ($p) then f:label('paragraph') || ' ' || f:paragraph-number($p)
      else f:label('where-' || (($mention/ancestor::*[self::tei:head or self::tei:item or self::tei:closer
          or self::tei:titlePage or self::tei:epigraph][1] ! (if (self::tei:head) then 'heading'
              else if (self::tei:item) then 'list-item' else local-name())), 'text')[1])
        || ($mention/ancestor::tei:div[@n][1] ! (' (' || f:label(if (@type = 'post') then 'where-post' else 'where-section') || ' ' || @n || ')'))
        || (if ($mention/ancestor::tei:div[@n]) then ''
            else $mention/preceding::tei:p[@n:paragraph][1][ancestor::tei:text]
              ! (' ' || f:label('where-after') || ' ' || f:paragraph-number(.)))"/>
  </xsl:function>

  <!-- ===================================================================== documents -->

  <!-- The pages of a documentary transcription (sourceDoc), in order: its surfaces, those inside
       a surfaceGrp too, not a surface drawn inside another. -->
  <xsl:function name="f:surfaces" as="element(tei:surface)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:sourceDoc//tei:surface[not(ancestor::tei:surface)]"/>
  </xsl:function>

  <!-- How a diplomatic transcription shows what the writer did to the page, in every format: a
       deletion struck through, an addition above or below the line raised or lowered, one in the
       margin or elsewhere on the page between ⟨ ⟩, an uncertain reading between ⌈ ⌉, a gap as
       […]; an addition within the line is shown as written. The sign of a transcription's element,
       if it has one. -->
  <xsl:function name="f:transcription-sign" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="place" select="tokenize($e/@place)"/>
    <xsl:sequence select="
      if (empty($e/ancestor::tei:sourceDoc)) then ()
      else if ($e/self::tei:del) then 'deleted'
      else if ($e/self::tei:add and $place = ('above', 'superlinear')) then 'added-above'
      else if ($e/self::tei:add and $place = ('below', 'sublinear')) then 'added-below'
      else if ($e/self::tei:add and exists($place) and not($place = ('inline', 'intralinear', 'inspace'))) then 'added-elsewhere'
      else if ($e/self::tei:unclear) then 'unclear'
      else if ($e/self::tei:gap) then 'gap'
      else ()"/>
  </xsl:function>

  <!-- The marks around a sign's text, where it has them (the others are typographic). -->
  <xsl:function name="f:sign-marks" as="xs:string*">
    <xsl:param name="sign" as="xs:string"/>
    <xsl:sequence select="if ($sign = 'added-elsewhere') then ('⟨', '⟩') else if ($sign = 'unclear') then ('⌈', '⌉') else ()"/>
  </xsl:function>

  <!-- The signs the transcriptions of these documents use, in the key's order: what a book's front
       matter or a transcription's head explains. -->
  <xsl:function name="f:transcription-signs" as="xs:string*">
    <xsl:param name="docs" as="node()*"/>
    <xsl:variable name="used" select="distinct-values($docs ! root(.)//tei:sourceDoc//(tei:del | tei:add | tei:unclear | tei:gap) ! f:transcription-sign(.))"/>
    <xsl:sequence select="('deleted', 'added-above', 'added-below', 'added-elsewhere', 'unclear', 'gap')[. = $used]"/>
  </xsl:function>

  <!-- A page's name as a reader finds it: its @n, else a folio its project records (the
       Shelley-Godwin Archive's mith:folio), else its place among the pages. -->
  <xsl:function name="f:surface-label" as="xs:string">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:variable name="rank" select="count($surface/preceding::tei:surface[not(ancestor::tei:surface)][ancestor::tei:sourceDoc]) + 1"/>
    <xsl:sequence select="(
        $surface/@n[normalize-space()] ! (f:label('page') || ' ' || normalize-space(.)),
        $surface/@*[local-name() = 'folio'][normalize-space()] ! (f:label('folio') || ' ' || normalize-space(.)),
        f:label('page') || ' ' || $rank)[1]"/>
  </xsl:function>

  <!-- The images the build copied beside the pages: each address as the TEI writes it, and where
       its copy is in the site (Java's LocalImages). -->
  <xsl:param name="images" as="map(xs:string, xs:string)" select="map {}"/>

  <!-- Where a reader's browser finds an image: the site's copy of a local file, a remote address
       as it is when its page's policy can name its server (f:web-origin); nothing for a local
       file the build did not find, or an address the check stage refused. -->
  <xsl:function name="f:image-address" as="xs:string?">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="if (map:contains($images, $url)) then $images($url)
        else if (exists(f:web-origin($url))) then $url else ()"/>
  </xsl:function>

  <!-- The origin of an http(s) address (https://host[:port], lowercased) as a page's
       Content-Security-Policy names it, or nothing for an address no policy can name exactly (a
       user name, an IPv6 address, a ; or a space...): parsed by Java's WebAddress, the judge of
       the settings' addresses too. A stylesheet run without the build's Java allows no server
       rather than one misjudged. -->
  <xsl:function name="f:web-origin" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence use-when="function-available('j:web-origin', 1)" select="j:web-origin(string($url))"/>
    <xsl:sequence use-when="not(function-available('j:web-origin', 1))" select="()"/>
  </xsl:function>

  <!-- The image of a page: its graphic (a IIIF Image API service or a picture file), where a
       browser finds it. -->
  <xsl:function name="f:surface-image" as="xs:string?">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:sequence select="($surface/tei:graphic/@url[normalize-space()] ! fp:image-of(., normalize-space(.)))[1]"/>
  </xsl:function>

  <!-- An image an element names: in a book of several texts, where two may write the same
       address for different files, the images are known by text and address ("ID address"). -->
  <xsl:function name="fp:image-of" as="xs:string?">
    <xsl:param name="e" as="node()"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="(map:get($images, f:text-id(root($e)) || ' ' || $url), f:image-address($url))[1]"/>
  </xsl:function>

  <!-- The image a page break points to (pb/@facs): a surface of the facsimile by its id, or an
       image's own address. -->
  <xsl:function name="f:facs-image" as="xs:string?">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="facs" select="normalize-space($pb/@facs)"/>
    <xsl:sequence select="if (starts-with($facs, '#'))
        then f:facs-surface($pb) ! f:surface-image(.)
        else if ($facs) then fp:image-of($pb, $facs) else ()"/>
  </xsl:function>

  <!-- The surface a page break points to (pb/@facs="#id"), in the facsimile or the document's
       transcription of the pages (sourceDoc): the text's page and the same page transcribed. -->
  <xsl:function name="f:facs-surface" as="element(tei:surface)?">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="facs" select="normalize-space($pb/@facs)"/>
    <xsl:sequence select="if (starts-with($facs, '#'))
        then (root($pb)//(tei:facsimile | tei:sourceDoc)//tei:surface[@xml:id = substring($facs, 2)])[1] else ()"/>
  </xsl:function>

  <!-- Whether an address is a IIIF Image API service (its base, or its info.json), not a picture:
       its last segment has no picture file's extension. -->
  <xsl:function name="f:is-iiif-image" as="xs:boolean">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="matches($url, '^https?://', 'i') and not(matches($url, '\.(jpe?g|png|gif|tiff?|webp|jp2)(\?.*)?$', 'i'))"/>
  </xsl:function>

  <!-- A IIIF image's service: its address without a trailing info.json or slash. -->
  <xsl:function name="f:iiif-service" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="replace($url, '/info\.json$|/$', '')"/>
  </xsl:function>

  <!-- A picture of a IIIF image at a given size (the Image API's syntax of versions 2 and 3:
       the whole region, scaled to fit in size × size). -->
  <xsl:function name="f:iiif-picture" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="size" as="xs:integer"/>
    <xsl:sequence select="f:iiif-service($url) || '/full/!' || $size || ',' || $size || '/0/default.jpg'"/>
  </xsl:function>

  <!-- An image to show at about a given size: a IIIF image asked for that size, a picture as it is. -->
  <xsl:function name="f:picture" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="size" as="xs:integer"/>
    <xsl:sequence select="if (f:is-iiif-image($url)) then f:iiif-picture($url, $size) else $url"/>
  </xsl:function>

  <!-- The servers (their origins, as a policy names them) a document's images come from, each once. -->
  <xsl:function name="f:image-hosts" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="distinct-values(root($doc)//(tei:sourceDoc | tei:facsimile)//tei:graphic/@url ! f:web-origin(.))"/>
  </xsl:function>

  <!-- Where an element is on its page, in the page's coordinates: x, y, width, height, from its
       @ulx @uly @lrx @lry, else the bounds of its @points; nothing if it says neither. -->
  <xsl:function name="f:box" as="xs:double*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="corners" select="($e/@ulx, $e/@uly, $e/@lrx, $e/@lry)[. castable as xs:double] ! xs:double(.)"/>
    <xsl:variable name="points" select="tokenize(normalize-space($e/@points), '[\s,]+')[. castable as xs:double] ! xs:double(.)"/>
    <xsl:variable name="xs" select="$points[position() mod 2 = 1]"/>
    <xsl:variable name="ys" select="$points[position() mod 2 = 0]"/>
    <xsl:sequence select="
      if (count($corners) = 4 and $corners[3] gt $corners[1] and $corners[4] gt $corners[2])
        then ($corners[1], $corners[2], $corners[3] - $corners[1], $corners[4] - $corners[2])
      else if (count($points) ge 6 and count($points) mod 2 = 0)
        then (min($xs), min($ys), max($xs) - min($xs), max($ys) - min($ys))
      else ()"/>
  </xsl:function>

  <!-- How far a transcribed line is indented, in steps: rend="indent2" (the Shelley-Godwin
       Archive's and many projects' convention), else 0. -->
  <xsl:function name="f:line-indent" as="xs:integer">
    <xsl:param name="line" as="element()"/>
    <xsl:variable name="step" select="tokenize($line/@rend)[matches(., '^indent\d*$')][1]"/>
    <xsl:sequence select="if (empty($step)) then 0 else if ($step = 'indent') then 1 else xs:integer(substring-after($step, 'indent'))"/>
  </xsl:function>

  <!-- ===================================================================== typography -->

  <!-- The words of an element's @rend, @style and @rendition, lower-cased ("font-style: italic"
       and "#it" give their words too). -->
  <xsl:function name="f:rend-tokens" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tokenize(lower-case(string-join(($e/@rend, $e/@style, $e/@rendition), ' ')), '[\s;#:]+')[. != '']"/>
  </xsl:function>

  <!-- The styles those words ask for, in the vocabulary every format renders: italic, bold, sup,
       sub, underline, strike, smallcaps. -->
  <xsl:function name="f:styles" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (f:is-normalized($e)) then tokenize($e/@n:styles) else fp:styles($e)"/>
  </xsl:function>

  <xsl:function name="fp:styles" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="t" select="f:rend-tokens($e)"/>
    <xsl:sequence select="(
        if ($t = ('italic', 'i', 'italics', 'it')) then 'italic' else (),
        if ($t = ('bold', 'b', 'strong')) then 'bold' else (),
        if ($t = ('sup', 'superscript', 'exponent')) then 'sup' else (),
        if ($t = ('sub', 'subscript')) then 'sub' else (),
        if ($t = ('underline', 'u', 'ul')) then 'underline' else (),
        if ($t = ('strikethrough', 'strike', 'line-through', 's')) then 'strike' else (),
        if ($t = ('smallcaps', 'sc', 'small-caps')) then 'smallcaps' else ())"/>
  </xsl:function>

  <!-- A text node as every format prints it: French text gets its spacing (below), except in
       what is an address or an identifier. -->
  <xsl:function name="f:typeset" as="xs:string">
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="if (f:is-french($text) and empty($text/(ancestor::tei:ref | ancestor::tei:ptr | ancestor::tei:idno
        | ancestor::tei:email | ancestor::tei:code | ancestor::tei:eg))) then f:french-spacing($text) else string($text)"/>
  </xsl:function>

  <!-- A letter of the Latin, Greek or Cyrillic alphabets with the combining marks that follow it
       (uͤ in a German print of the Fraktur era, т꙯ and ц҃ in Church Slavonic): what one font must
       draw, its marks placed by that font's mark positioning. Every format draws such a cluster
       from the first face of its font list that has all of it (DejaVu Serif, else Noto Serif, see
       BundledFonts): browsers and reading systems fall back per cluster by themselves; in print
       each cluster is set as an inline of its own (fo/book.xsl, mode fp:clusters), since FOP
       picks a face per word (a German word with uͤ wholly in the fallback face) and drops the
       marks' positions from words it hyphenates. A Hebrew or Arabic letter is shaped with its
       neighbours: never cut out. -->
  <xsl:variable name="f:mark-cluster" as="xs:string"
      select="'[A-Za-z&#xAA;&#xBA;&#xC0;-&#xD6;&#xD8;-&#xF6;&#xF8;-&#x24F;&#x370;-&#x3FF;&#x400;-&#x52F;&#x1C80;-&#x1C8F;&#x1D00;-&#x1DBF;&#x1E00;-&#x1FFF;&#x2C60;-&#x2C7F;&#xA640;-&#xA69F;&#xA720;-&#xA7FF;&#xAB30;-&#xAB6F;]\p{M}+'"/>

  <!-- Whether a string has a cluster of {@code $f:mark-cluster} (most texts have none: a cheap test
       first). -->
  <xsl:function name="f:has-mark-clusters" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="matches($text, '\p{M}') and matches($text, $f:mark-cluster)"/>
  </xsl:function>

  <!-- A string drawn from the TEI (a title, a bibliographic line) as the text's own words are
       typeset: with French spacing when the node it comes from is French. -->
  <xsl:function name="f:typeset-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="from" as="node()"/>
    <xsl:sequence select="if (f:is-french($from)) then f:french-spacing($text) else $text"/>
  </xsl:function>

  <!-- The language a node is written in: the nearest xml:lang, else its document's language. -->
  <xsl:function name="f:text-lang" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang, fp:document-lang(root($node)))[1])"/>
  </xsl:function>

  <!-- Whether a node is in French. -->
  <xsl:function name="f:is-french" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="starts-with(f:text-lang($node), 'fr')"/>
  </xsl:function>

  <!-- The language of a document that marks none with xml:lang: the first its header lists
       (langUsage: a German letter says de-AT there), else the edition's interface language. -->
  <xsl:function name="fp:document-lang" as="xs:string" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(($doc//tei:teiHeader)[1]/tei:profileDesc/tei:langUsage/tei:language/@ident[normalize-space()], $ui-lang)[1] ! string(.)"/>
  </xsl:function>

  <!-- French spacing: a narrow no-break space before ; : ! ? » and after «, replacing any space
       the source put there, so that no line starts with closing punctuation. Not after an
       opening bracket, as in "(!)", nor inside a word or an address ("http://", "anno?aid=1",
       "12:30"): the mark must end the word, followed by a space, the end, or punctuation. -->
  <xsl:function name="f:french-spacing" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="$text
        => replace('([^\s(\[«&#xA0;&#x202F;])[\s&#xA0;&#x202F;]*([;:!?])([\s»”’&quot;)\].,;:!?…]|$)', '$1&#x202F;$2$3')
        => replace('^[\s&#xA0;]+([;:!?])', '&#x202F;$1')
        => replace('([^\s(\[&#xA0;&#x202F;])[\s&#xA0;&#x202F;]*»', '$1&#x202F;»')
        => replace('^[\s&#xA0;]+»', '&#x202F;»')
        => replace('«[\s&#xA0;&#x202F;]*', '«&#x202F;')"/>
  </xsl:function>

  <!-- ===================================================================== notes -->

  <!-- The number of a note as printed: its @n, else its rank among the text's footnotes. -->
  <xsl:function name="f:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@n:number/string(), fp:note-number($note))[1]"/>
  </xsl:function>

  <xsl:function name="fp:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@n/string(), string(fp:note-ranks(root($note))(generate-id($note))))[1]"/>
  </xsl:function>

  <!-- A stable identifier for a note: its xml:id, else note-N. -->
  <xsl:function name="f:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@n:id/string(), fp:note-id($note))[1]"/>
  </xsl:function>

  <xsl:function name="fp:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id/string(), 'note-' || f:rank($note))[1]"/>
  </xsl:function>

  <!-- Notes that are footnotes or endnotes of the text (not inline glosses, not margin notes). -->
  <xsl:function name="f:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not($note/ancestor::tei:teiHeader) and not($note/@place = ('inline', 'margin', 'left', 'right'))
        and not($note/parent::tei:notesStmt) and not($note/parent::tei:app) and not($note/ancestor::tei:person | $note/ancestor::tei:org
        | $note/ancestor::tei:place | $note/ancestor::tei:bibl[parent::tei:listBibl])
        and not($note/ancestor::*[f:is-register-list(.)])"/>
  </xsl:function>

  <!-- Whether a line break of the source breaks the line of the reading text too: in an address,
       an opener or closer (a letter's signature), a title page, a verse line, where lines are
       the text's own form. Elsewhere (a paragraph of a book copied line by line) the reading text
       flows, and the source's lines are the view of the source's. -->
  <xsl:function name="f:breaks-reading-line" as="xs:boolean">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <xsl:sequence select="not($lb/@break = 'no') and exists($lb/ancestor::*[self::tei:address or self::tei:addrLine
        or self::tei:opener or self::tei:closer or self::tei:salute or self::tei:signed or self::tei:dateline
        or self::tei:byline or self::tei:docImprint or self::tei:titlePage or self::tei:titlePart or self::tei:l
        or self::tei:postscript[not(tei:p)] or self::tei:head])"/>
  </xsl:function>

  <!-- Whether a line break of the source falls inside a word: the reading text joins the word
       (no space), as for a line-end hyphen the normalisation pass marks (pc n:line-end). -->
  <xsl:function name="f:joins-words" as="xs:boolean">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <xsl:sequence select="$lb/@break = 'no' or exists($lb/preceding-sibling::node()[1][self::tei:pc[@n:line-end]])"/>
  </xsl:function>

  <!-- Whether a page or column break stands inside a word: so encoded (break="no"), or with a
       letter on both sides and no space between (as witnesses' page breaks often stand). -->
  <xsl:function name="f:is-inside-word" as="xs:boolean">
    <xsl:param name="break" as="element()"/>
    <xsl:variable name="block" select="$break/ancestor::*[self::tei:p or self::tei:ab or self::tei:l or self::tei:head or self::tei:item or self::tei:note][1]"/>
    <!-- the block's own words, not those of a note inside it -->
    <xsl:variable name="words" select="$block//text()[not(ancestor::tei:note[ancestor::* intersect $block])]"/>
    <xsl:variable name="before" select="$words[. &lt;&lt; $break][last()]"/>
    <xsl:variable name="after" select="$words[. &gt;&gt; $break][1]"/>
    <xsl:sequence select="$break/@break = 'no' or (matches(string($before), '\p{L}$') and matches(string($after), '^\p{L}'))"/>
  </xsl:function>

  <!-- Whether a text reads differently in its edited form and as its source has it (corrections,
       regularisations, abbreviations, deletions and additions, supplied words, an apparatus,
       the source's lines, forme work and line-end hyphens): its page has the two views. -->
  <xsl:function name="f:has-views" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="exists(root($doc)//tei:text//(tei:choice[tei:sic or tei:orig or tei:abbr] | tei:del | tei:add
        | tei:supplied | tei:app | tei:fw | tei:pc[@n:line-end] | tei:lb[not(f:breaks-reading-line(.))]))"/>
  </xsl:function>

  <!-- The footnotes that stand after a verse line or a paragraph, between it and the next block
       (a note between two verses, as plays are often encoded): their calls are set at the end of
       that line, not on a line of their own. -->
  <xsl:function name="f:notes-after" as="element(tei:note)*">
    <xsl:param name="block" as="element()"/>
    <xsl:if test="$block[self::tei:l or self::tei:p or self::tei:ab]">
      <xsl:sequence select="fp:notes-from($block/following-sibling::*[1])[f:is-footnote(.)]"/>
    </xsl:if>
  </xsl:function>

  <!-- The notes that follow one another from an element on: sibling by sibling, so that a block
       among thousands looks at its neighbours only. -->
  <xsl:function name="fp:notes-from" as="element(tei:note)*">
    <xsl:param name="e" as="element()?"/>
    <xsl:if test="$e/self::tei:note">
      <xsl:sequence select="$e, fp:notes-from($e/following-sibling::*[1])"/>
    </xsl:if>
  </xsl:function>

  <!-- Whether a footnote's call is set at the end of the block before it (f:notes-after). -->
  <xsl:function name="f:follows-block" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="exists($note/preceding-sibling::*[not(self::tei:note)][1][self::tei:l or self::tei:p or self::tei:ab])
        and f:is-footnote($note)"/>
  </xsl:function>

  <!-- How deep a section heading is: how many sections with a heading (div, div1 to div7, front,
       body, back, group) hold it. The text's own title stands above them all. Every format ranks
       its headings by it (h2 to h6 on the web, four sizes in print). -->
  <xsl:function name="f:heading-depth" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="($head/@n:depth/xs:integer(.), fp:heading-depth($head))[1]"/>
  </xsl:function>

  <xsl:function name="fp:heading-depth" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="(if (f:is-poem-title($head)) then 1 else 0) + count($head/ancestor::*[self::tei:div or self::tei:div1 or self::tei:div2
        or self::tei:div3 or self::tei:div4 or self::tei:div5 or self::tei:div6 or self::tei:div7 or self::tei:body
        or self::tei:front or self::tei:back or self::tei:group][tei:head])"/>
  </xsl:function>

  <!-- The sections a table of contents lists: a text's top-level sections with a heading (those
       no other section with a heading holds). -->
  <xsl:function name="f:contents" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:text//tei:div[tei:head][not(ancestor::tei:div[tei:head])]"/>
  </xsl:function>

  <!-- The sections with a heading a section holds, one level down (none between them has one). -->
  <xsl:function name="f:contents-children" as="element()*">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div//tei:div[tei:head][ancestor::tei:div[tei:head][1] is $div]"/>
  </xsl:function>

  <!-- The anchor of an editorial correction, the same in every format (the print's table and the
       EPUB's list of corrections point to it). -->
  <xsl:function name="f:correction-id" as="xs:string">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="'corr-' || f:text-id($choice) || '-' || f:rank($choice)"/>
  </xsl:function>

  <!-- A section as a table of contents names it: its heading, and, when other sections of the
       text have the same heading (a forum's posts under one subject), its number among them. -->
  <xsl:function name="f:contents-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="heading" select="f:heading-text($div/tei:head[1])"/>
    <xsl:variable name="same" select="fp:contents-by-heading(root($div))($heading)"/>
    <xsl:sequence select="if (count($same) le 1) then $heading
        else $heading || ' (' || (for $i in 1 to count($same) return $i[$same[$i] is $div]) || ')'"/>
  </xsl:function>

  <!-- A text's contents grouped by heading, once per document: asked for each section, a scan
       of all of them would make a long text's table of contents quadratic. -->
  <xsl:function name="fp:contents-by-heading" as="map(xs:string, element()*)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:map>
      <xsl:for-each-group select="f:contents($doc)" group-by="f:heading-text(tei:head[1])">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- A section's anchor, the same in every format: its own id, else its rank. -->
  <xsl:function name="f:section-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="($div/@xml:id, 'section-' || f:rank($div))[1]"/>
  </xsl:function>

  <!-- A heading as the edited text reads it (the correction, not the source's error; no note). -->
  <xsl:function name="f:heading-text" as="xs:string">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($head//text()[not(ancestor::tei:sic[parent::tei:choice]
        | ancestor::tei:orig[parent::tei:choice] | ancestor::tei:note)], ''))"/>
  </xsl:function>

  <!-- Whether a title page's title is the text's own title and subtitle again, word for word
       (punctuation and case aside): a page that heads the text with them need not print them
       twice. -->
  <xsl:function name="f:repeats-title" as="xs:boolean">
    <xsl:param name="doc-title" as="element()"/>
    <xsl:variable name="words" select="function($s) { lower-case(replace(normalize-unicode(string($s), 'NFC'), '[^\p{L}\p{N}]+', '')) }"/>
    <xsl:sequence select="$words(string-join($doc-title//text(), ' ')) = $words(string-join((f:text-title($doc-title), f:text-subtitle($doc-title)), ' '))"/>
  </xsl:function>

  <!-- The title of a poem (the head of a line group of stanzas, or of one typed as a poem): a
       heading, not a caption, in every format. -->
  <xsl:function name="f:is-poem-title" as="xs:boolean">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="exists($head/self::tei:head/parent::tei:lg[tei:lg or @type = ('poem', 'sonnet', 'song', 'ode', 'ballad')])"/>
  </xsl:function>

  <!-- ===================================================================== empty elements -->

  <!-- Why a gap is there, in the reader's words, when its @reason is one the labels know
       (illegible, damage, omitted, cancelled, irrelevant, sampling); a project's own code says
       nothing to a reader and is not shown. -->
  <xsl:function name="f:gap-reason" as="xs:string?">
    <xsl:param name="gap" as="element()"/>
    <xsl:sequence select="string-join(tokenize(normalize-space($gap/@reason))[. = ('illegible', 'damage', 'omitted', 'cancelled', 'irrelevant', 'sampling')]
        ! f:label('gap-' || .), ', ')[. != '']"/>
  </xsl:function>

  <!-- What a space the source leaves (space) reads as: a space, or for a wider one as many
       no-break spaces as characters it measures (up to ten); a vertical space is a line. -->
  <xsl:function name="f:space" as="xs:string">
    <xsl:param name="space" as="element()"/>
    <xsl:variable name="chars" select="if ($space/@unit = ('chars', 'char', 'characters') and $space/@quantity castable as xs:decimal)
        then xs:integer(min((10, max((1, round(xs:decimal($space/@quantity))))))) else 1"/>
    <xsl:sequence select="if ($chars le 1) then ' ' else string-join((1 to $chars - 1) ! '&#xA0;') || ' '"/>
  </xsl:function>

  <!-- The words of a pointer that has none of its own (an empty ref or ptr): the name of the
       register entry it points to, else its target as written ("1901-12-28", "L03085", a URL). -->
  <xsl:function name="f:pointer-text" as="xs:string?">
    <xsl:param name="pointer" as="element()"/>
    <xsl:variable name="target" select="tokenize(normalize-space($pointer/@target))[1]"/>
    <xsl:variable name="entry" select="if ($target and not(matches($target, '^[a-z][a-z0-9+.-]*:', 'i'))) then f:entry($target, $pointer) else ()"/>
    <xsl:sequence select="if ($pointer/(* | text()[normalize-space()])) then () else
        if ($entry) then f:display-name($entry) else $target"/>
  </xsl:function>

  <!-- A bibliographic description made of elements only, with no punctuation of its own
       (DraCor's: author, title, editor, imprint side by side): the edition punctuates it. -->
  <xsl:function name="f:is-bare-bibl" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:bibl | self::tei:biblStruct | self::tei:monogr | self::tei:analytic | self::tei:imprint))
        and count($e/*) ge 2 and empty($e/text()[normalize-space()])"/>
  </xsl:function>

  <!-- What follows a part of such a description: ": " after the place, ", " between the parts
       of an imprint and between authors, else a full stop (a space only, after one already
       there); nothing after the last part, and "(ed.)" after an editor. -->
  <xsl:function name="f:bibl-after" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:variable name="said" select="normalize-space($part)"/>
    <xsl:variable name="role" select="if ($part/self::tei:editor) then ' (' || f:label('edited-by-short') || ')' else ''"/>
    <xsl:sequence select="$role || (
      if (empty($part/following-sibling::*)) then ''
      else if ($part/parent::tei:imprint) then (if ($part/self::tei:pubPlace) then ': ' else ', ')
      else if ($part/self::tei:author and $part/following-sibling::*[1][self::tei:author]) then ', '
      else if (ends-with($said, '.') and $role = '') then ' ' else '. ')"/>
  </xsl:function>

  <!-- An element's words on one line, as a citation quotes it: its text, with the target of
       each pointer that has no words of its own (a bibl ending in two empty refs read ", , ."). -->
  <xsl:function name="f:plain-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space(fp:plain-text($e))"/>
  </xsl:function>

  <xsl:function name="fp:plain-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if (f:is-bare-bibl($e)) then string-join($e/* ! (normalize-space(fp:plain-text(.)) || f:bibl-after(.)), '')
      else if ($e/(self::tei:ref | self::tei:ptr)[not(* | text()[normalize-space()])]) then string(f:pointer-text($e))
      else string-join($e/node() ! (if (. instance of element()) then fp:plain-text(.) else if (. instance of text()) then string(.) else ''), '')"/>
  </xsl:function>

  <!-- The writing direction of a language: right to left for Hebrew, Arabic, Aramaic, Syriac,
       Persian, Yiddish, Urdu, Pashto, Dhivehi; every format sets it (HTML dir, FO writing-mode). -->
  <!-- A language tag as BCP 47 has it (what HTML, EPUB and the hyphenation patterns read): a
       three-letter ISO 639-2 code whose language has a two-letter one becomes it (deu, ger: de);
       the rest is kept (grc, chu, and any subtag after the first). -->
  <xsl:function name="f:language-tag" as="xs:string">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="primary" select="lower-case(substring-before($lang || '-', '-'))"/>
    <xsl:variable name="two" select="map { 'afr': 'af', 'alb': 'sq', 'ara': 'ar', 'arm': 'hy', 'baq': 'eu', 'bel': 'be', 'ben': 'bn', 'bre': 'br', 'bul': 'bg', 'cat': 'ca', 'ces': 'cs', 'chi': 'zh', 'cor': 'kw', 'cym': 'cy', 'cze': 'cs', 'dan': 'da', 'deu': 'de', 'dut': 'nl', 'ell': 'el', 'eng': 'en', 'epo': 'eo', 'est': 'et', 'eus': 'eu', 'fas': 'fa', 'fin': 'fi', 'fra': 'fr', 'fre': 'fr', 'geo': 'ka', 'ger': 'de', 'gla': 'gd', 'gle': 'ga', 'glg': 'gl', 'gre': 'el', 'heb': 'he', 'hin': 'hi', 'hrv': 'hr', 'hun': 'hu', 'hye': 'hy', 'ice': 'is', 'ind': 'id', 'isl': 'is', 'ita': 'it', 'jpn': 'ja', 'kat': 'ka', 'kor': 'ko', 'lat': 'la', 'lav': 'lv', 'lit': 'lt', 'ltz': 'lb', 'mac': 'mk', 'may': 'ms', 'mkd': 'mk', 'msa': 'ms', 'nld': 'nl', 'nno': 'nn', 'nob': 'nb', 'nor': 'no', 'oci': 'oc', 'per': 'fa', 'pol': 'pl', 'por': 'pt', 'ron': 'ro', 'rum': 'ro', 'rus': 'ru', 'san': 'sa', 'slk': 'sk', 'slo': 'sk', 'slv': 'sl', 'spa': 'es', 'sqi': 'sq', 'srp': 'sr', 'swa': 'sw', 'swe': 'sv', 'syr': 'syr', 'tam': 'ta', 'tha': 'th', 'tur': 'tr', 'ukr': 'uk', 'urd': 'ur', 'vie': 'vi', 'wel': 'cy', 'yid': 'yi', 'zho': 'zh' }($primary)"/>
    <xsl:sequence select="if ($two) then $two || substring($lang, string-length($primary) + 1) else $lang"/>
  </xsl:function>

  <!-- A language tag a browser and a validator accept: a two-letter language that ISO 639-1 does
       not have ("MP" is a country) is an unknown language (""); the TEI keeps what it wrote. -->
  <xsl:function name="f:html-lang" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="primary" select="lower-case(substring-before(($lang, '')[1] || '-', '-'))"/>
    <xsl:sequence select="if (string-length($primary) = 2 and not($primary = tokenize('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu')))
        then '' else string(($lang, '')[1])"/>
  </xsl:function>

  <!-- Whether a language's script has no italic in its own tradition (Hebrew, Arabic, Chinese...):
       what another script sets in italics (a title, a foreign word) it sets upright. -->
  <xsl:function name="f:is-upright-script" as="xs:boolean">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="f:dir($lang) = 'rtl' or matches(($lang, '')[1], '^(zh|ja|ko)(-|$)', 'i')"/>
  </xsl:function>

  <xsl:function name="f:dir" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="if (matches(($lang, '')[1], '^(he|ar|arc|syr|fa|yi|ur|ps|dv)(-|$)', 'i')) then 'rtl' else 'ltr'"/>
  </xsl:function>

  <!-- ===================================================================== includes -->

  <!-- A part the document includes (xi:include) that could not be read: the build leaves a marker
       (urn:x-edition:include), or, when the document could not be read with its includes at
       all, the xi:include itself. Every format shows the reader that something is missing. -->
  <xsl:function name="f:missing-include" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'[' || f:label('missing-include') || ' ' || normalize-space($e/@href) || ']'"/>
  </xsl:function>

  <!-- An include of text (parse="text") that could not be read leaves the marker as text. -->
  <xsl:function name="f:text-missing-includes" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace($text, '&lt;missing xmlns=&quot;urn:x-edition:include&quot; href=&quot;([^&quot;]*)&quot;/&gt;',
        '[' || replace(f:label('missing-include'), '\$', '\\\$') || ' $1]')"/>
  </xsl:function>

  <!-- ===================================================================== links -->

  <!-- A URL that may become a live link: relative, http(s), mailto. Never javascript:, data:, ... -->
  <xsl:function name="f:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <!-- A backslash or a leading // would reach another host (\\host\x, //host/x: a file: page
         resolves them as network paths); control characters (looked for before normalize-space
         turns a tab into a space) hide a scheme: browsers drop tabs and newlines in a URL. -->
    <xsl:sequence select="
      if ($u = '') then ()
      else if (matches($url, '[\\\p{Cc}]') or starts-with($u, '//')) then ()
      else if (matches($u, '^[A-Za-z][A-Za-z0-9+.\-]*:')) then
        (if (matches($u, '^(https?|mailto):', 'i')) then $u else ())
      else if (matches($u, '^[\s\p{Cc}]*[A-Za-z]+[\s\p{Cc}]*:')) then ()
      else $u"/>
  </xsl:function>

  <!-- Paragraph numbering: every p of the text's front, body and back, counted through (not
       those of a note, list item, quotation, table cell or speech: a play is cited by its lines;
       nor the source's own navigation, a division typed as a header, footer, menu or contents:
       a forum page's "Page 1 sur 1" is no paragraph of the thread). -->
  <xsl:function name="f:paragraph-number" as="xs:integer">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="($p/@n:paragraph/xs:integer(.), fp:paragraph-number($p))[1]"/>
  </xsl:function>

  <xsl:function name="fp:paragraph-number" as="xs:integer">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="fp:paragraph-ranks(root($p))(generate-id($p))"/>
  </xsl:function>

  <xsl:function name="f:is-numbered-paragraph" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="if (f:is-normalized($p)) then exists($p/@n:paragraph) else $p/self::tei:p and fp:numbered($p)"/>
  </xsl:function>

  <!-- Verse lines are counted through each poem (a line group of stanzas: a sonnet, an ode),
       else through the text, as a play's lines are (a number shows every fifth line, or where the
       encoding gives one, @n). -->
  <xsl:function name="f:line-number" as="xs:integer">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="($l/@n:line/xs:integer(.), fp:line-number($l))[1]"/>
  </xsl:function>

  <xsl:function name="fp:line-number" as="xs:integer">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="fp:line-ranks(($l/ancestor::tei:lg[tei:lg][last()], $l/ancestor::tei:text[1], root($l))[1])(generate-id($l))"/>
  </xsl:function>

  <xsl:function name="fp:line-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="scope" as="node()"/>
    <!-- A text inside a text (a group's) counts its own lines; a poem inside a text, its own. -->
    <xsl:sequence select="fp:ranks($scope//tei:l[(ancestor::tei:lg[tei:lg][last()], ancestor::tei:text[1], root(.))[1] is $scope])"/>
  </xsl:function>

  <xsl:function name="fp:numbered" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p/ancestor::tei:text) and empty($p/ancestor::tei:note)
        and empty($p/ancestor::tei:teiHeader) and empty($p/ancestor::tei:item)
        and empty($p/ancestor::tei:quote) and empty($p/ancestor::tei:cell) and empty($p/ancestor::tei:sp)
        and empty($p/ancestor::tei:div[matches(@type, '(^|[-_])(header|footer|navigation|nav|menu|toc|contents)$', 'i')])"/>
  </xsl:function>
</xsl:stylesheet>
