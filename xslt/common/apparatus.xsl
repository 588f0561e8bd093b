<?xml version="1.0" encoding="UTF-8"?>
<!--
  A critical apparatus as every format reads it, decided once (imported by normalize.xsl):

  - the witnesses of a document (listWit/witness, at any depth; a listBibl's bibl may be named as
    a witness or an edition too) and each one's siglum (abbr type="siglum", else @n, else abbr,
    else its id);
  - each app's lemma (its lem, else its first reading) and its other readings, nested apps and
    rdgGrp included, each with the sigla of its witnesses (@wit) and sources (@source);
  - where an entry is keyed: the number of its verse line, else of its paragraph, else the @n of
    the nearest part that has one;
  - what kind of variant a reading is (its @type, else its @cause), for the readers' filters, and
    the Latin sign an entry says it by ("add.", "om.", "coni.", "corr.", "del.", "transp."), with
    whom a reading is owed to (@resp, by name);
  - which witnesses a reading names, for the text "as witness X reads it" (edition.js), and where
    a witness's text begins and ends (witStart, witEnd, lacunaStart, lacunaEnd).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <!-- The witnesses a document lists, in order. -->
  <xsl:function name="f:witnesses" as="element(tei:witness)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:listWit//tei:witness"/>
  </xsl:function>

  <!-- A witness's siglum, as the apparatus prints it. -->
  <xsl:function name="f:siglum" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:sequence select="($witness/tei:abbr[@type = 'siglum'], $witness/@n, $witness/tei:abbr, $witness/@xml:id)[normalize-space()][1]
        ! normalize-space(.)"/>
  </xsl:function>

  <!-- What a witness is, in words: its description without its siglum. -->
  <xsl:function name="f:witness-description" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:variable name="parts" select="$witness/node()[not(self::tei:abbr[@type = 'siglum'])][normalize-space()]"/>
    <xsl:sequence select="string-join($parts ! normalize-space(.), if (exists($parts[self::*][2])) then ', ' else ' ')"/>
  </xsl:function>

  <!-- The document's witnesses (and bibls named as witnesses or editions), by id. -->
  <xsl:function name="fp:witness-ids" as="map(xs:string, element())" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:map>
      <xsl:for-each-group select="$doc//(tei:listWit//tei:witness | tei:listBibl//tei:bibl)[@xml:id]" group-by="string(@xml:id)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The witness or bibl a pointer names ("#V"), if the document has it. -->
  <xsl:function name="f:witness" as="element()?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="fp:witness-ids(root($doc))(replace($pointer, '^#', ''))"/>
  </xsl:function>

  <!-- The ids of the witnesses a reading names (@wit), without the #. -->
  <xsl:function name="f:reading-witnesses" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="tokenize(normalize-space($reading/@wit)) ! replace(., '^#', '')"/>
  </xsl:function>

  <!-- The sigla of a reading: its witnesses', then its sources' (@source), as printed. -->
  <xsl:function name="f:reading-sigla" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="(tokenize(normalize-space($reading/@wit)) ! (fp:siglum(., $reading) || fp:hand-mark($reading, replace(., '^#', ''))),
        f:sigla($reading/@source, $reading))"/>
  </xsl:function>

  <!-- Which state of a witness a reading is, when the witness has more than one in an entry or
       a later hand wrote it, as apparatus critici say it: the hand by its number (F² for
       hand="#F2" or a handNote n="2"; the first hand's number only beside another hand's), else,
       a witness corrected by its own hand, the order of its readings (varSeq): "V a.c." before
       the correction, "V p.c." after it. -->
  <xsl:function name="fp:hand-mark" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:param name="witness" as="xs:string"/>
    <xsl:variable name="app" select="$reading/ancestor::tei:app[1]"/>
    <xsl:variable name="others" select="$app//(tei:lem | tei:rdg)[not(. is $reading)][ancestor::tei:app[1] is $app][f:reading-witnesses(.) = $witness]"/>
    <xsl:variable name="hand" select="fp:hand-number($reading)"/>
    <xsl:variable name="sequence" select="($reading, $others)/@varSeq[. castable as xs:integer] ! xs:integer(.)"/>
    <xsl:sequence select="
      if (empty($others)) then (if ($hand gt 1) then fp:superscript($hand) else '')
      else if (exists($hand) and count(distinct-values(($reading, $others) ! fp:hand-number(.))) gt 1) then fp:superscript($hand)
      else if (count($sequence) = count($others) + 1 and count(distinct-values($sequence)) = count($sequence)) then
        (let $n := xs:integer($reading/@varSeq) return
          if ($n = min($sequence)) then '&#xA0;a.c.' else if ($n = max($sequence)) then '&#xA0;p.c.'
          else fp:superscript(count($sequence[. le $n])))
      else ''"/>
  </xsl:function>

  <!-- The number of the hand a reading is in (@hand): its handNote's @n when a number, else the
       figures its identifier ends with ("#m2", "#F2"). -->
  <xsl:function name="fp:hand-number" as="xs:integer?">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="id" select="replace(tokenize(normalize-space($reading/@hand))[1], '^#', '')"/>
    <xsl:variable name="note" select="root($reading)//tei:handNote[@xml:id = $id][1]"/>
    <xsl:sequence select="if ($id = '') then ()
        else if ($note/@n castable as xs:integer) then xs:integer($note/@n)
        else replace($id, '^.*?(\d+)$', '$1')[matches($id, '\d$')] ! xs:integer(.)"/>
  </xsl:function>

  <xsl:function name="fp:superscript" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="translate(string($n), '0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')"/>
  </xsl:function>

  <!-- The sigla of witnesses as pointers name them (@wit, @source, a page break's @edRef): a
       listed witness's siglum, else the pointer without its #. -->
  <xsl:function name="f:sigla" as="xs:string*">
    <xsl:param name="pointers" as="attribute()*"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="$pointers ! tokenize(normalize-space(.)) ! fp:siglum(., $doc)"/>
  </xsl:function>

  <xsl:function name="fp:siglum" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="let $w := f:witness($pointer, $doc) return if ($w) then f:siglum($w) else replace($pointer, '^#', '')"/>
  </xsl:function>

  <!-- The sigla a page break's marker shows for the witnesses or editions it belongs to (@edRef):
       a listed witness's siglum; an edition listed as a bibl by its siglum, number or abbreviation.
       A pointer to nothing so labelled adds nothing: an identifier is no word of the text. -->
  <xsl:function name="f:break-sigla" as="xs:string*">
    <xsl:param name="break" as="element()"/>
    <xsl:sequence select="tokenize(normalize-space($break/@edRef)) ! f:witness(., $break)
        ! (if (self::tei:witness) then f:siglum(.)
           else (tei:abbr[@type = 'siglum'], @n, tei:abbr)[normalize-space()][1] ! normalize-space(.))"/>
  </xsl:function>

  <!-- The apparatus entries of a text: every app of its edited text, nested ones too. -->
  <xsl:function name="f:apparatus" as="element(tei:app)*">
    <xsl:param name="text" as="element()"/>
    <xsl:sequence select="$text//tei:app[not(ancestor::tei:note)]"/>
  </xsl:function>

  <!-- Whether an app has an entry in the apparatus: another reading, or a witness beginning or
       ending in its lemma. -->
  <xsl:function name="f:has-entry" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="exists(f:variants($app)) or exists($app/tei:note)
        or exists(f:lemma($app)//(tei:witStart | tei:witEnd | tei:lacunaStart | tei:lacunaEnd))"/>
  </xsl:function>

  <!-- The apps a book prints an entry for: those that have one and stand in the edited text. -->
  <xsl:function name="f:printed-entries" as="element(tei:app)*" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(root($doc)//tei:text[not(ancestor::tei:text)] ! f:apparatus(.))[f:has-entry(.)][f:in-edited-text(.)]"/>
  </xsl:function>

  <!-- Whether an app stands in the edited text: not inside another's reading other than its lemma
       (such an app is read with that reading, in its entry). -->
  <xsl:function name="f:in-edited-text" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="every $outer in $app/ancestor::tei:app satisfies exists(f:lemma($outer)[. intersect $app/ancestor::*])"/>
  </xsl:function>

  <!-- An app's lemma: its lem, else its first reading (an apparatus of readings only); none when
       its readings are all additions (what a witness adds is no part of the edited text). -->
  <xsl:function name="f:lemma" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <!-- an apparatus kept apart has its lemma in the text, where it points: around a stretch of it
         (@from and @to) or at one element (@from alone); every reading is a variant -->
    <xsl:sequence select="if ($app/tei:lem) then $app/tei:lem[1]
        else if ($app/@from) then ()
        else if (every $r in $app/(tei:rdg | tei:rdgGrp/tei:rdg) satisfies fp:sign-key($r) = 'sign-add') then ()
        else ($app/tei:rdg, $app/tei:rdgGrp/tei:rdg)[1]"/>
  </xsl:function>

  <!-- An app's other readings, in order. -->
  <xsl:function name="f:variants" as="element()*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="lemma" select="f:lemma($app)"/>
    <xsl:sequence select="($app/tei:lem, $app/tei:rdg, $app/tei:rdgGrp/tei:rdg)[not(. is $lemma)]"/>
  </xsl:function>

  <!-- What an entry says besides its readings, in every format: its notes and what it says of a
       witness's reading (witDetail: "M 203,7: nominativus, in alia verborum structura."), in
       order; those of an app nested in it are said in that app's entry. -->
  <xsl:function name="f:entry-remarks" as="element()*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$app/tei:note | $app//tei:witDetail[ancestor::tei:app[1] is $app]"/>
  </xsl:function>

  <!-- What kind of variant a reading is, for the filters ("variant" when it says nothing). -->
  <xsl:function name="f:reading-type" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="(($reading/@type, $reading/@cause, $reading/parent::tei:rdgGrp/@type, $reading/ancestor::tei:app[1]/@type)
        [normalize-space()] ! normalize-space(.), 'variant')[1]"/>
  </xsl:function>

  <!-- The element of the text an apparatus kept apart points to (@from), if there is one. -->
  <xsl:function name="f:apparatus-place" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="if (starts-with(normalize-space($app/@from), '#'))
        then (root($app)//*[@xml:id = substring(normalize-space($app/@from), 2)])[1] else ()"/>
  </xsl:function>

  <!-- Whether an entry has a place in the text to lead back to: an app of the text, or one kept
       apart that points to its place (@from). -->
  <xsl:function name="f:has-place-in-text" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="empty($app/ancestor::tei:listApp) or exists(f:apparatus-place($app))"/>
  </xsl:function>

  <!-- Where an entry is keyed: its verse line's number, else the number of its unit in the
       editor's own reference system (§ 133), else its paragraph's, else the @n of the
       nearest part that has one, else nothing. -->
  <xsl:function name="f:apparatus-key" as="xs:string?">
    <xsl:param name="app" as="element(tei:app)"/>
    <!-- an apparatus kept apart says where its entry is (@loc), or points to it (@from) -->
    <xsl:variable name="from" select="f:apparatus-place($app)"/>
    <xsl:sequence select="if ($app/@loc[normalize-space()]) then normalize-space($app/@loc)
        else if ($from) then fp:place-key($from) else fp:place-key($app)"/>
  </xsl:function>

  <xsl:function name="fp:place-key" as="xs:string?">
    <xsl:param name="app" as="element()"/>
    <xsl:variable name="line" select="$app/ancestor-or-self::tei:l[1]"/>
    <xsl:variable name="p" select="$app/ancestor-or-self::tei:p[1][f:is-numbered-paragraph(.)]"/>
    <xsl:variable name="unit" select="f:citation($app)"/>
    <!-- a part's @n that is a number or a short label, not an address (a CTS URN) -->
    <xsl:sequence select="
      if ($line) then string(f:line-number($line))
      else if ($unit) then f:citation-number($unit)
      else if ($p) then string(f:paragraph-number($p))
      else if ($app/ancestor::tei:head) then f:label('in-title')
      else ($app/ancestor::*[@n][not(self::tei:TEI or self::tei:text)]/@n ! normalize-space(.))[. != '' and string-length(.) le 12 and not(contains(., ':'))][last()]"/>
  </xsl:function>

  <!-- An entry's anchor ("app-" and the app's id or rank), and its place in the text's (the
       app's own id, so that the TEI's pointers to it lead there, else the entry's and "-lem"). -->
  <xsl:function name="f:apparatus-id" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'app-' || ($app/@xml:id, f:rank($app))[1]"/>
  </xsl:function>

  <xsl:function name="f:lemma-id" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="($app/@xml:id, f:apparatus-id($app) || '-lem')[1] ! string(.)"/>
  </xsl:function>

  <!-- The words of a reading as the apparatus prints them ("om." for an empty one, "illeg." for
       one the witness does not let read, "del." for what it deletes; what a witness begins or
       ends with as its sign). -->
  <xsl:function name="f:reading-text" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="words" select="normalize-space(string-join($reading//text()[not(ancestor::tei:note or ancestor::tei:witDetail)], ''))"/>
    <xsl:variable name="sign" select="fp:sign-key($reading)"/>
    <xsl:sequence select="if ($words) then $words
        else if ($reading//tei:witStart) then f:label('wit-start')
        else if ($reading//tei:witEnd) then f:label('wit-end')
        else if ($reading//tei:lacunaStart) then f:label('lacuna-start')
        else if ($reading//tei:lacunaEnd) then f:label('lacuna-end')
        else if ($sign = ('sign-illegible', 'sign-del')) then f:label($sign)
        else f:label('omitted')"/>
  </xsl:function>

  <!-- The kinds of reading a printed apparatus says by a Latin abbreviation, by the words the
       encodings use for them (@type, @cause): the label key of each. -->
  <xsl:variable name="fp:signs" as="map(xs:string, xs:string)" select="map {
      'addition': 'sign-add', 'add': 'sign-add', 'added': 'sign-add', 'insertion': 'sign-add', 'plus': 'sign-add',
      'omission': 'omitted', 'om': 'omitted', 'omitted': 'omitted', 'minus': 'omitted',
      'conjecture': 'sign-conj', 'coni': 'sign-conj', 'conj': 'sign-conj', 'emendation': 'sign-conj',
      'correction': 'sign-corr', 'corr': 'sign-corr', 'corrected': 'sign-corr',
      'deletion': 'sign-del', 'del': 'sign-del', 'deleted': 'sign-del', 'erasure': 'sign-del',
      'transposition': 'sign-transp', 'transp': 'sign-transp', 'inversion': 'sign-transp',
      'illegible': 'sign-illegible', 'illeg': 'sign-illegible' }"/>

  <!-- The label key of a reading's Latin sign: its own kind (@type, else @cause) when an
       apparatus says it by one; else a reading that is only an addition or a deletion of its
       witness (add, del) is said so, and so is what a reading has where the lemma has nothing
       (unless the lemma says why: an editor's deletion). -->
  <xsl:function name="fp:sign-key" as="xs:string?">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="kind" select="($reading/@type, $reading/@cause)[normalize-space()][1] ! lower-case(normalize-space(.))"/>
    <xsl:variable name="content" select="$reading/node()[not(self::comment() or self::processing-instruction()
        or self::tei:note or self::tei:witDetail or self::text()[not(normalize-space())])]"/>
    <xsl:sequence select="if (exists($kind) and map:contains($fp:signs, $kind)) then $fp:signs($kind)
        else if (count($content) = 1 and $content/self::tei:add) then 'sign-add'
        else if (count($content) = 1 and $content/self::tei:del) then 'sign-del'
        else if ($reading/self::tei:rdg and normalize-space($reading) and fp:has-empty-lem($reading/ancestor::tei:app[1])
            and empty(fp:sign-key($reading/ancestor::tei:app[1]/tei:lem[1]))) then 'sign-add'
        else ()"/>
  </xsl:function>

  <!-- Whether an app's lem has no words: what a reading has there, a witness adds. -->
  <xsl:function name="fp:has-empty-lem" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)?"/>
    <xsl:sequence select="exists($app/tei:lem) and not(normalize-space(string-join($app/tei:lem[1]//text()[not(ancestor::tei:note or ancestor::tei:witDetail)], '')))
        and empty($app/tei:lem[1]//(tei:witStart | tei:witEnd | tei:lacunaStart | tei:lacunaEnd | tei:gap))"/>
  </xsl:function>

  <!-- The Latin sign an entry gives a reading after its words, as printed apparatus do ("καὶ add.
       V", "ἀλσώδεσιν coni. Schröder", "corr.", "del.", "transp."): none for a reading whose words
       say it already ("om.", "illeg."). -->
  <xsl:function name="f:reading-sign" as="xs:string?">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="key" select="fp:sign-key($reading)"/>
    <xsl:sequence select="if (empty($key) or $key = 'omitted' or f:reading-text($reading) = f:label($key)) then ()
        else f:label($key)"/>
  </xsl:function>

  <!-- Who a reading is owed to (@resp: the editor of a conjecture, an earlier edition's
       correction), as an entry names them: a person of the header by surname (else the words of
       the name), a bibl or witness by its siglum, else the pointer without its # (a plain token as
       it is). -->
  <xsl:function name="f:reading-names" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="tokenize(normalize-space($reading/@resp)) ! fp:responsible-name(., $reading)"/>
  </xsl:function>

  <xsl:function name="fp:responsible-name" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="id" select="replace($pointer, '^#', '')"/>
    <xsl:variable name="who" select="if (starts-with($pointer, '#')) then (root($context)//tei:teiHeader//*[@xml:id = $id])[1] else ()"/>
    <xsl:variable name="name" select="$who/descendant-or-self::*[self::tei:persName or self::tei:orgName or self::tei:name][1]"/>
    <xsl:sequence select="(
        $who[self::tei:witness] ! f:siglum(.),
        $who[self::tei:bibl or self::tei:biblStruct] ! (tei:abbr[@type = 'siglum'], @n, tei:abbr, (tei:author, tei:editor)[1]//tei:surname,
            (tei:author, tei:editor)[1]//tei:name, (tei:author, tei:editor)[1], tei:title)[normalize-space()][1],
        $name ! (.//tei:surname, .)[normalize-space()][1],
        $who[not(self::tei:witness or self::tei:bibl or self::tei:biblStruct)],
        $id)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- Whether an entry begins with its lemma ("lemma] readings"): not when the lemma has no words
       (what witnesses add there is said first: "καὶ add. V"; what the editor deletes, then
       "del. Pilhofer"). -->
  <xsl:function name="f:entry-leads-with-lemma" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="lemma" select="f:lemma($app)"/>
    <xsl:sequence select="exists($app/@from) or (exists($lemma)
        and not(f:reading-text($lemma) = (f:label('omitted'), f:label('sign-del'), f:label('sign-illegible'))))"/>
  </xsl:function>

  <!-- The readings an entry gives after its lemma, in order: its variants; for an entry that does
       not begin with its lemma, the lemma last, where it names witnesses or who it is owed to
       ("καὶ add. V; om. s Schröder"). -->
  <xsl:function name="f:entry-readings" as="element()*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="f:variants($app),
        f:lemma($app)[not(f:entry-leads-with-lemma($app))][@wit or @source or @resp]"/>
  </xsl:function>

  <!-- A lemma as an entry names it: a long one by its first and last words ("καθὼς … σημαίνουσιν"),
       as printed apparatus do. -->
  <xsl:function name="f:lemma-text" as="xs:string">
    <xsl:param name="lemma" as="element()"/>
    <xsl:variable name="words" select="tokenize(f:reading-text($lemma))"/>
    <xsl:sequence select="if (count($words) gt 4) then $words[1] || ' … ' || $words[last()] else string-join($words, ' ')"/>
  </xsl:function>

  <!-- An entry's lemma as it names it: its lem; for an apparatus kept apart without one, the text
       between the two places it points to (the double end-point method: @from and @to, anchors
       in the text), else the text of the one place (@from), else its first reading. -->
  <xsl:function name="f:entry-lemma" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="from" select="f:apparatus-place($app)"/>
    <xsl:variable name="to" select="if (starts-with(normalize-space($app/@to), '#'))
        then (root($app)//*[@xml:id = substring(normalize-space($app/@to), 2)])[1] else ()"/>
    <xsl:variable name="between" select="if ($from and $to) then
        normalize-space(string-join(root($app)//text()[. >> $from and . &lt;&lt; $to][not(ancestor::tei:note or ancestor::tei:app)], '')) else ''"/>
    <xsl:variable name="words" select="tokenize($between)"/>
    <xsl:sequence select="
      if ($app/tei:lem) then f:lemma-text($app/tei:lem[1])
      else if ($between) then (if (count($words) gt 4) then $words[1] || ' … ' || $words[last()] else $between)
      else if ($from and normalize-space($from)) then normalize-space($from)
      else (f:lemma($app) ! f:lemma-text(.), '')[1]"/>
  </xsl:function>

  <!-- Whether a reading's kind is worth saying in its entry, in brackets: not when the entry says
       it already by a Latin sign ("om.", "add.", "coni.": f:reading-sign), nor the kind every
       reading of the apparatus has. -->
  <xsl:function name="f:says-reading-type" as="xs:boolean">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="type" select="f:reading-type($reading)"/>
    <xsl:sequence select="not($type = ('variant', 'variants', string($reading/ancestor::tei:app[1]/@type)))
        and not(map:contains($fp:signs, lower-case($type)))"/>
  </xsl:function>

  <!-- The reading types an apparatus has, each once, in order of first use. -->
  <xsl:function name="f:reading-types" as="xs:string*">
    <xsl:param name="apps" as="element(tei:app)*"/>
    <xsl:sequence select="distinct-values($apps ! f:variants(.) ! f:reading-type(.))"/>
  </xsl:function>
</xsl:stylesheet>
