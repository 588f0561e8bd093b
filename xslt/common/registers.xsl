<?xml version="1.0" encoding="UTF-8"?>
<!-- Register entries and the mentions that name them, cast lists: who and what a text names, found once for every format. Part of the common library, imported by common/functions.xsl (see its conventions). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <!-- ===================================================================== registers -->

  <!-- The register entry a pointer (@ref, @corresp) leads to: in the registers, or in the text's
       own header or standOff when the pointer is local (#id). -->
  <xsl:function name="f:entry" as="element()?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="fp:entry($pointer, $context, $registers)"/>
  </xsl:function>

  <!-- The entry a pointer leads to among these registers (the normalisation pass looks in the
       registers as written, the formats in the registers it made). -->
  <xsl:function name="fp:entry" as="element()?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:param name="registers" as="document-node()*"/>
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

  <!-- The entries of the registers: persons, groups, organisations, places and works (a listBibl's
       bibl or biblStruct), with an xml:id, listed in a standOff, a TEI header (DraCor's cast) or
       the back of a text (Schnitzler's letters); not in a source's description, whose witnesses
       and their people are no register. The build's registers are the files that hold one
       (Java's TeiDocument.isRegisterEntry, the same definition: RegisterFilesTest). -->
  <xsl:function name="f:register-entries" as="element()*">
    <xsl:param name="docs" as="node()*"/>
    <xsl:sequence select="$docs//(tei:standOff | tei:teiHeader | tei:back)//(tei:person | tei:personGrp | tei:org | tei:place
        | tei:bibl[parent::tei:listBibl] | tei:biblStruct[parent::tei:listBibl])[@xml:id][empty(ancestor::tei:sourceDesc)]"/>
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

  <!-- A work as its register lists it (issue 27 item 10), in every format: its authors first, in
       reading order ("Xénophon, Économique"), then its title, set as a title is: in italics for a
       work (a book, a journal: 'italic'), in quotation marks for an article or a part of one
       (level a or u: 'quoted'), upright for the description of an untitled one (type desc:
       'plain'). -->
  <xsl:function name="f:is-work" as="xs:boolean">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="exists($entry[self::tei:bibl | self::tei:biblStruct | self::tei:biblFull])"/>
  </xsl:function>

  <xsl:function name="f:work-authors" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="distinct-values(($entry/tei:author, $entry/tei:analytic/tei:author,
        $entry[empty(tei:analytic)]/tei:monogr/tei:author) ! fp:author-name(.)[. != ''])"/>
  </xsl:function>

  <xsl:function name="f:work-title-style" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="title" select="($entry/tei:title, $entry/(tei:analytic, tei:monogr)/tei:title)[1]"/>
    <xsl:sequence select="if ($title/@type = 'desc' or empty($title)) then 'plain'
        else if ($title/@level = ('a', 'u')) then 'quoted' else 'italic'"/>
  </xsl:function>

  <!-- A one-line description of an entry: its first note, else its name. -->
  <xsl:function name="f:entry-gloss" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="normalize-space(string-join((f:display-name($entry),
        ($entry/tei:note)[1] ! normalize-space(.)), ' — '))"/>
  </xsl:function>

  <!-- The name in reading order: "Cornelius Castoriadis", also when the encoding puts the surname
       first (<surname>Reclus</surname><forename>Élisée</forename>): titles, forenames, then the
       surname with its particles, then the rest. A name in a language that reads the surname first
       (Chinese, Japanese, Korean, Hungarian, Vietnamese) keeps the encoding's order. -->
  <xsl:function name="f:display-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="($entry/tei:persName, $entry/tei:orgName, $entry/tei:placeName,
        $entry/tei:title, $entry/tei:name)[1]"/>
    <xsl:variable name="inverted" select="exists($name/tei:forename[1][. >> $name/tei:surname[1]])
        and not(replace(lower-case(($name/ancestor-or-self::*/@xml:lang)[last()]), '-.*$', '') = ('zh', 'ja', 'ko', 'hu', 'vi'))"/>
    <xsl:variable name="parts" select="$name/tei:roleName, $name/tei:forename, $name/(tei:nameLink | tei:surname),
        $name/* except $name/(tei:roleName | tei:forename | tei:nameLink | tei:surname | tei:note | tei:idno)"/>
    <!-- a particle joined to its surname in the source (d’Alembert) stays joined -->
    <xsl:sequence select="if ($inverted) then normalize-space(string-join(for $i in 1 to count($parts) return
          (if ($i gt 1 and not($parts[$i]/self::tei:surname and $parts[$i - 1]/self::tei:nameLink and not(f:space-before-part($parts[$i]))))
            then ' ' else '') || f:name-words($parts[$i]), ''))
        else if ($name) then f:name-words($name) else normalize-space($entry)"/>
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

  <!-- A cast item set in two columns, as plays print a cast list: its role (and the punctuation
       after it) in the first, its description in the second ("ALONSO," | "King of Naples."). The
       description: what follows the item's role, from its first element or words on (a roleDesc,
       an actor, the text after a comma); none when the item is no role and its description (one
       line of text, "Master of a Ship, Boatswain, and Mariners.", is set across both columns). -->
  <xsl:function name="f:cast-description" as="node()*">
    <xsl:param name="item" as="element()"/>
    <xsl:variable name="role" select="$item/self::tei:castItem/tei:role[1]"/>
    <xsl:variable name="first" select="$role/following-sibling::node()[self::*[not(self::tei:note)] or self::text()[matches(., '[\p{L}\p{N}]')]][1]"/>
    <xsl:sequence select="if (empty($first) or $role/preceding-sibling::node()[self::* or self::text()[normalize-space()]]
        or ($first instance of text() and not(matches($first, '^\s*[\p{L}\p{N}]')))) then ()
        else ($first, $first/following-sibling::node())"/>
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
    <xsl:sequence select="exists(fp:decided($e, 'f:is-mention')/@n:entry)"/>
  </xsl:function>


  <!-- The mentions of register entries in a text. -->
  <xsl:function name="f:mentions" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:text//*[@ref][f:is-mention(.)]"/>
  </xsl:function>

  <!-- The anchor of a mention, the same in every format and in the registers' back-links. -->
  <xsl:function name="f:mention-id" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="fp:decided($mention, 'f:mention-id')/@n:mention/string()"/>
  </xsl:function>

</xsl:stylesheet>
