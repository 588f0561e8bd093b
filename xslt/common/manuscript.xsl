<?xml version="1.0" encoding="UTF-8"?>
<!--
  A manuscript's description (msDesc) as a catalogue gives it, decided once for every format
  (imported by normalize.xsl): which descriptions a text has, whether the description is all the
  text has (a catalogue record with no transcription: the description is then the text), how the
  manuscript is named (place, holder, shelfmark), and its sections in a catalogue's order, each
  with its heading. The formats set the sections; they do not choose them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <!-- The manuscripts a text's header describes (its sourceDesc, a witness's too), outermost only. -->
  <xsl:function name="f:manuscripts" as="element(tei:msDesc)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(root($doc)//tei:teiHeader)[1]/tei:fileDesc/tei:sourceDesc//tei:msDesc[not(ancestor::tei:msDesc)]"/>
  </xsl:function>

  <!-- Whether a text is the description of a manuscript and nothing else: its text holds no word
       (a placeholder paragraph), its header a description. -->
  <xsl:function name="f:is-description-only" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="text" select="(root($doc)//tei:text[not(ancestor::tei:text)])[1]"/>
    <xsl:sequence select="exists(f:manuscripts($doc)) and empty(root($doc)//tei:sourceDoc)
        and not(normalize-space(string-join($text/(tei:front, tei:body)//text())))"/>
  </xsl:function>

  <!-- A manuscript's name, as a catalogue heads it: place, holder, collection, shelfmark
       ("Oxford, Bodleian Library, MS. Laud Or. 113"); a part's own shelfmark when it has one. -->
  <xsl:function name="f:manuscript-name" as="xs:string">
    <xsl:param name="ms" as="element()"/>
    <xsl:variable name="id" select="$ms/tei:msIdentifier"/>
    <xsl:variable name="shelfmark" select="($id/tei:idno[not(@type)], $id/tei:idno, $id/tei:altIdentifier/tei:idno, $id/tei:msName)[normalize-space()][1]"/>
    <xsl:variable name="parts" select="if ($ms/self::tei:msPart) then $shelfmark
        else ($id/tei:settlement, ($id/tei:repository, $id/tei:institution)[1], $shelfmark)"/>
    <xsl:sequence select="(string-join($parts[normalize-space()] ! normalize-space(.), ', ')[. != ''], $ms/@n ! string(.), '')[1]"/>
  </xsl:function>

  <!-- What a catalogue gives under the manuscript's name, of its identifier: the collection, and
       the shelfmarks it had or has elsewhere (altIdentifier; not a part's own, which heads the
       part). A repository's internal keys (an idno typed as an ARK, a record number) are no
       reader's. -->
  <xsl:function name="f:manuscript-identity-fields" as="element()*">
    <xsl:param name="ms" as="element()"/>
    <xsl:sequence select="$ms/tei:msIdentifier/(tei:collection, tei:altIdentifier[not(@type = 'partial')])[normalize-space()]"/>
  </xsl:function>

  <!-- Another identifier in words: "Paris, BnF, hébr. 133". -->
  <xsl:function name="f:identifier-words" as="xs:string">
    <xsl:param name="id" as="element()"/>
    <xsl:sequence select="string-join(($id/(tei:settlement, tei:repository, tei:institution, tei:collection, tei:idno), $id[not(*)])
        ! normalize-space(.)[. != ''], ', ')"/>
  </xsl:function>

  <!-- The sections of a description, in a catalogue's order: contents, physical description,
       history, further information, then its parts. A description written as paragraphs only is
       one section of its own. -->
  <xsl:function name="f:manuscript-sections" as="element()*">
    <xsl:param name="ms" as="element()"/>
    <!-- a comma sequence, not a path: a path ("/") would give them in the encoding's order -->
    <xsl:sequence select="($ms/(tei:p | tei:ab), $ms/tei:msContents, $ms/tei:physDesc, $ms/tei:history, $ms/tei:additional,
        $ms/(tei:msPart | tei:msFrag))"/>
  </xsl:function>

  <!-- The label key of a section's heading (locales: ms-*). -->
  <xsl:function name="f:manuscript-section-key" as="xs:string?">
    <xsl:param name="section" as="element()"/>
    <xsl:sequence select="map {
        'msContents': 'ms-contents', 'physDesc': 'ms-physical', 'history': 'ms-history',
        'additional': 'ms-additional', 'msPart': 'ms-part', 'msFrag': 'ms-fragment' }(local-name($section))"/>
  </xsl:function>

  <!-- The label key of a field within a section (extent, binding, provenance...): a catalogue
       names each; one it has no name for is set without. -->
  <xsl:function name="f:manuscript-field-key" as="xs:string?">
    <xsl:param name="field" as="element()"/>
    <!-- EpiDoc's provenance type="found" and "observed" (an autopsy: seen, not where it came from) -->
    <xsl:sequence select="if ($field/self::tei:provenance[@type = ('found', 'observed')]) then 'ms-provenance-' || $field/@type else map {
        'summary': 'ms-summary', 'textLang': 'ms-language', 'support': 'ms-support', 'extent': 'ms-extent',
        'foliation': 'ms-foliation', 'collation': 'ms-collation', 'condition': 'ms-condition',
        'layoutDesc': 'ms-layout', 'handDesc': 'ms-hands', 'scriptDesc': 'ms-script', 'decoDesc': 'ms-decoration',
        'musicNotation': 'ms-music', 'additions': 'ms-additions', 'bindingDesc': 'ms-binding', 'sealDesc': 'ms-seals',
        'accMat': 'ms-accompanying', 'origin': 'ms-origin', 'provenance': 'ms-provenance', 'acquisition': 'ms-acquisition',
        'recordHist': 'ms-record', 'availability': 'ms-availability', 'custodialHist': 'ms-custody',
        'surrogates': 'ms-surrogates', 'listBibl': 'ms-bibliography', 'incipit': 'ms-incipit', 'explicit': 'ms-explicit',
        'rubric': 'ms-rubric', 'finalRubric': 'ms-final-rubric', 'colophon': 'ms-colophon', 'filiation': 'ms-filiation',
        'locus': 'ms-locus', 'locusGrp': 'ms-locus', 'collection': 'ms-collection', 'altIdentifier': 'ms-other-identifier' }(local-name($field))"/>
  </xsl:function>

  <!-- The fields a section is made of: the elements that hold words, wrappers (objectDesc,
       supportDesc, adminInfo) opened so that each field is set under its own name. -->
  <xsl:function name="f:manuscript-fields" as="element()*">
    <xsl:param name="section" as="element()"/>
    <xsl:for-each select="$section/*[f:says-something(.)]">
      <xsl:sequence select="if (self::tei:objectDesc | self::tei:supportDesc | self::tei:adminInfo | self::tei:physDesc) then f:manuscript-fields(.) else ."/>
    </xsl:for-each>
  </xsl:function>

  <!-- Whether a part of a description tells a reader anything: words, or what the encoder
       recorded in attributes instead (an extent measured, hands described by their medium and
       script: Schnitzler-Briefe's <handNote medium="blaue-tinte" style="deutsche-kurrent"/>). An
       empty element says nothing, and no heading is set for it. -->
  <xsl:function name="f:says-something" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space($e) != '' or exists($e/descendant-or-self::*[self::tei:measure or parent::tei:dimensions][@quantity])
        or exists($e/descendant-or-self::tei:handNote[f:hand-words(.)])"/>
  </xsl:function>

  <!-- A description that is a witness's record at the head of a letter or of a listed witness
       (Schnitzler-Briefe's listWit/witness/msDesc: where it is kept, its shelfmark, its leaves and
       pages, its hands), not a catalogue's: it has no contents, history or parts to tell. The formats set it compactly under the title, field by field, open (no section
       headings, nothing folded); a catalogue's record keeps its sections. -->
  <xsl:function name="f:is-witness-record" as="xs:boolean">
    <xsl:param name="ms" as="element()"/>
    <xsl:sequence select="not(f:is-description-only($ms))
        and (exists($ms/ancestor::tei:witness) or f:text-kind($ms) = 'letter')
        and empty($ms/(tei:msContents | tei:history | tei:additional | tei:msPart | tei:msFrag)[f:says-something(.)])"/>
  </xsl:function>

  <!-- The fields of a witness's record, in order, the physical description's opened; its
       paragraphs when it is written as prose. -->
  <xsl:function name="f:witness-fields" as="element()*">
    <xsl:param name="ms" as="element()"/>
    <xsl:sequence select="$ms/(tei:p | tei:ab)[normalize-space()], $ms/tei:physDesc ! f:manuscript-fields(.)"/>
  </xsl:function>

  <!-- A hand in words: its own, else what its attributes record (medium, script, style, scribe),
       a code's hyphens read as spaces ("blaue tinte, deutsche kurrent"). -->
  <xsl:function name="f:hand-words" as="xs:string?">
    <xsl:param name="hand" as="element(tei:handNote)"/>
    <xsl:sequence select="if (normalize-space($hand)) then normalize-space($hand)
        else string-join($hand/(@scribe, @script, @medium, @style)[normalize-space()] ! fp:code-words(.), ', ')[. != '']"/>
  </xsl:function>

  <!-- An encoder's code as words: "blaue-tinte" reads "blaue tinte", "#scribe_A" "scribe A". -->
  <xsl:function name="fp:code-words" as="xs:string">
    <xsl:param name="code" as="xs:string"/>
    <xsl:sequence select="normalize-space(replace(replace($code, '^#', ''), '[-_]+', ' '))"/>
  </xsl:function>

  <!-- An incident (an addition by another hand, a receiver's note) in words: its description,
       then the medium or hand it is in ("(bleistift)"), as the formats set it after the words. -->
  <xsl:function name="f:incident-medium" as="xs:string?">
    <xsl:param name="incident" as="element()"/>
    <xsl:sequence select="string-join($incident/(@rend, @hand)[normalize-space()] ! fp:code-words(.), ', ')[. != '']"/>
  </xsl:function>

  <!-- An extent that the encoder measured (measure unit="seite" quantity="4") in words: "4 seite,
       1 blatt" — the quantities with their units, as the encoding names them. -->
  <xsl:function name="f:extent-words" as="xs:string">
    <xsl:param name="extent" as="element(tei:extent)"/>
    <xsl:sequence select="if ($extent/tei:dimensions) then
          string-join((normalize-space(string-join($extent/node()[not(self::tei:dimensions)] ! string(.)))[. != ''],
            $extent/tei:dimensions ! f:dimensions-words(.)), ', ')
        else if (normalize-space($extent)) then normalize-space($extent)
        else string-join($extent//tei:measure[@quantity] ! f:measure-words(.), ', ')"/>
  </xsl:function>

  <!-- A measure in the interface's words when its unit is a common one, whatever language the
       encoding names it in (Schnitzler-Briefe's unit="blatt"/"seite": "1 leaf, 4 pages", "1 Blatt,
       4 Seiten"), else the unit as the encoding names it. -->
  <xsl:function name="f:measure-words" as="xs:string">
    <xsl:param name="measure" as="element()"/>
    <xsl:variable name="unit" select="lower-case(normalize-space($measure/@unit))"/>
    <xsl:variable name="concept" select="map {
        'blatt': 'leaf', 'leaf': 'leaf', 'leaves': 'leaf', 'folio': 'leaf', 'folia': 'leaf', 'fol': 'leaf', 'ff': 'leaf', 'feuillet': 'leaf',
        'seite': 'page', 'page': 'page', 'pages': 'page', 'pp': 'page',
        'karte': 'card', 'card': 'card', 'umschlag': 'envelope', 'envelope': 'envelope', 'kuvert': 'envelope', 'enveloppe': 'envelope',
        'zeichenanzahl': 'characters', 'characters': 'characters', 'chars': 'characters' }($unit)"/>
    <xsl:variable name="one" select="number($measure/@quantity) = 1"/>
    <xsl:sequence select="$measure/@quantity || ' ' || (if (exists($concept)) then f:label('unit-' || $concept || (if ($one) then '' else '-n')) else $measure/@unit)"/>
  </xsl:function>

  <!-- A leaf's or a written area's size as a catalogue gives it: "196 × 151 mm" (height, width,
       depth, each as written, else its quantity). -->
  <xsl:function name="f:dimensions-words" as="xs:string">
    <xsl:param name="dimensions" as="element(tei:dimensions)"/>
    <xsl:variable name="measured" select="$dimensions/(tei:height, tei:width, tei:depth, tei:dim)
        [normalize-space() or @quantity or @atLeast]"/>
    <xsl:variable name="sizes" select="$measured ! (normalize-space(.)[. != ''], @quantity/string(), @atLeast/string())[1]"/>
    <!-- the unit once, the dimensions' or that all their sizes share (EpiDoc puts it on each) -->
    <xsl:variable name="unit" select="($dimensions/@unit, distinct-values($measured/@unit)[count(distinct-values($measured/@unit)) = 1])[1]"/>
    <xsl:sequence select="if (empty($sizes)) then normalize-space($dimensions)
        else if (exists($unit) or empty($measured/@unit)) then string-join($sizes, ' × ') || ($unit ! (' ' || .))
        else string-join(for $i in 1 to count($measured) return string-join(($sizes[$i], $measured[$i]/@unit), ' '), ' × ')"/>
  </xsl:function>

  <!-- The parts of a hands' description, in order: its summary and paragraphs, then each hand
       that says something (f:hand-words). -->
  <xsl:function name="f:hand-parts" as="element()*">
    <xsl:param name="hands" as="element(tei:handDesc)"/>
    <xsl:sequence select="$hands/(tei:summary | tei:p | tei:ab | tei:handNote)[if (self::tei:handNote) then exists(f:hand-words(.)) else normalize-space()]"/>
  </xsl:function>

  <!-- What separates a part of a field from the one before it: a space after a sentence; a
       colon after the place it is said of (EpiDoc's "Line 1: 32–35 mm"); a semicolon between
       hands and before another place; a space before coordinates (set in brackets); else a
       comma, as a catalogue lists material, object and size ("marble, plaque, 17.5 × 29.3 cm"). -->
  <xsl:function name="f:part-separator" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:variable name="before" select="$part/preceding-sibling::*[f:says-something(.)][1]"/>
    <xsl:sequence select="if (empty($before)) then ''
        else if ($before/self::tei:locus) then ': '
        else if (matches(normalize-space($before), '[.!?]$')) then ' '
        else if ($part/parent::tei:handDesc or $part/self::tei:locus) then '; '
        else if ($part/self::tei:geo) then ' '
        else ', '"/>
  </xsl:function>

  <!-- Whether a field is a list of parts, not prose: elements only (EpiDoc's support: its
       paragraph, material, object type and dimensions; an origin's place and date), each said in
       turn with f:part-separator before it. -->
  <xsl:function name="f:is-list-of-parts" as="xs:boolean">
    <xsl:param name="field" as="element()"/>
    <xsl:sequence select="exists($field/*) and empty($field/text()[normalize-space()])"/>
  </xsl:function>

  <!-- The parts of such a field that say something (an empty placeName or damage says nothing). -->
  <xsl:function name="f:list-parts" as="element()*">
    <xsl:param name="field" as="element()"/>
    <!-- nor a place whose measure, next to it, says nothing (EpiDoc's "Interlineation line 1 to 2"
         before an empty height) -->
    <xsl:sequence select="$field/*[f:says-something(.)][not(self::tei:locus and following-sibling::*[1][self::tei:dimensions][not(f:says-something(.))])]"/>
  </xsl:function>

  <!-- Whether a description is of an object, not of a manuscript (an inscription's stone: EpiDoc
       names its objectType), so that it is labelled as one. -->
  <xsl:function name="f:description-key" as="xs:string">
    <xsl:param name="ms" as="element()"/>
    <xsl:sequence select="if (exists($ms//tei:objectType[normalize-space()])) then 'object-description' else 'ms-description'"/>
  </xsl:function>
</xsl:stylesheet>
