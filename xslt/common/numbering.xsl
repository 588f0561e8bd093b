<?xml version="1.0" encoding="UTF-8"?>
<!-- What is numbered and how: paragraphs, verse lines, ranks; notes (footnotes, their numbers and ids, what comes after a block). Part of the common library, imported by common/functions.xsl (see its conventions). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

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




  <xsl:function name="fp:ranks" as="map(xs:string, xs:integer)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($nodes) return map { generate-id($nodes[$i]): $i })"/>
  </xsl:function>

  <!-- A later part of a shared verse line (l part="M" or "F"): the words of its earlier parts,
       which each format steps it by, so that it starts where they end, as French and classical
       editions set a line shared between speakers; '' for any other line. -->
  <xsl:function name="f:line-step" as="xs:string">
    <xsl:param name="l" as="element(tei:l)"/>
    <xsl:sequence select="string(fp:decided($l, 'f:line-step')/@n:step)"/>
  </xsl:function>

  <!-- The paragraph (§) an element stands in, as a reader cites it: the unit of the editor's own
       reference system (f:citation), else the numbered paragraph (whose number a text with its
       own system does not show); none outside them. -->
  <xsl:function name="f:place-label" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="unit" select="f:citation($node)"/>
    <xsl:variable name="p" select="$node/ancestor-or-self::tei:p[f:is-numbered-paragraph(.)][1]"/>
    <xsl:sequence select="if ($unit) then f:label('paragraph') || '&#xA0;' || f:citation-number($unit)
        else if ($p and not(f:cites-units($node))) then f:label('paragraph') || '&#xA0;' || f:paragraph-number($p)
        else ()"/>
  </xsl:function>

  <!-- Where an element (a mention, a correction) stands in its text, as a reader finds it:
       "§ 12", "note 2", or the heading, list item or part it is in. -->
  <xsl:function name="f:where-in-text" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="note" select="$mention/ancestor::tei:note[f:is-footnote(.)][1]"/>
    <xsl:variable name="place" select="f:place-label($mention)"/>
    <xsl:sequence select="
      if ($note) then lower-case(f:label('note')) || ' ' || f:note-number($note)
      else if ($place) then replace($place, '&#xA0;', ' ')
      else f:label('where-' || (($mention/ancestor::*[self::tei:head or self::tei:item or self::tei:closer
          or self::tei:titlePage or self::tei:epigraph][1] ! (if (self::tei:head) then 'heading'
              else if (self::tei:item) then 'list-item' else local-name())), 'text')[1])
        || ($mention/ancestor::tei:div[@n][1] ! (' (' || f:label(if (@type = 'post') then 'where-post' else 'where-section') || ' ' || @n || ')'))
        || (if ($mention/ancestor::tei:div[@n]) then ''
            else $mention/preceding::tei:p[@n:paragraph][1][ancestor::tei:text]
              ! (' ' || f:label('where-after') || ' ' || f:paragraph-number(.)))"/>
  </xsl:function>

  <!-- ===================================================================== notes -->

  <!-- The number of a note as printed: its @n, else its rank among the text's footnotes. -->
  <xsl:function name="f:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(fp:decided($note, 'f:note-number')/@n:number/string(), $note/@n/string(), '')[1]"/>
  </xsl:function>


  <!-- A stable identifier for a note: its xml:id, else note-N. -->
  <xsl:function name="f:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="fp:decided($note, 'f:note-id')/@n:id/string()"/>
  </xsl:function>


  <!-- Notes that are footnotes or endnotes of the text (not inline glosses, not margin notes). -->
  <xsl:function name="f:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not($note/ancestor::tei:teiHeader) and not($note/@place = ('inline', 'margin', 'left', 'right'))
        and not($note/parent::tei:notesStmt) and not($note/parent::tei:app) and not($note/ancestor::tei:person | $note/ancestor::tei:org
        | $note/ancestor::tei:place | $note/ancestor::tei:bibl[parent::tei:listBibl])
        and not($note/ancestor::*[f:is-register-list(.)])"/>
  </xsl:function>

  <!-- Whether an element is in an inscription's edition, read with the Leiden conventions. -->
  <xsl:function name="f:is-leiden" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor-or-self::tei:div[@type = 'edition'][ancestor::tei:body])"/>
  </xsl:function>

  <!-- The number a line of an inscription shows in the margin: its @n, every fifth. -->
  <xsl:function name="f:leiden-line-number" as="xs:string?">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <xsl:sequence select="$lb[f:is-leiden(.)]/@n[. castable as xs:integer][xs:integer(.) mod 5 = 0] ! string(.)"/>
  </xsl:function>

  <!-- Whether a line break of the source breaks the line of the reading text too: in an address,
       an opener or closer (a letter's signature), a title page, a verse line, where lines are
       the text's own form, an inscription's edition (but for its first line). Elsewhere (a paragraph of a book copied line by line) the reading text
       flows, and the source's lines are the view of the source's. -->
  <xsl:function name="f:breaks-reading-line" as="xs:boolean">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <xsl:sequence select="not($lb/@break = 'no') and exists($lb/ancestor::*[self::tei:address or self::tei:addrLine
        or self::tei:opener or self::tei:closer or self::tei:salute or self::tei:signed or self::tei:dateline
        or self::tei:byline or self::tei:docImprint or self::tei:titlePage or self::tei:titlePart or self::tei:l
        or self::tei:postscript[not(tei:p)] or self::tei:head])
        or not($lb/@break = 'no') and f:is-leiden($lb) and fp:has-words-before($lb)"/>
  </xsl:function>

  <!-- Whether a line of an inscription has a line before it in its block (the first breaks nothing). -->
  <xsl:function name="fp:has-words-before" as="xs:boolean">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <xsl:variable name="block" select="$lb/ancestor::*[self::tei:ab or self::tei:p or self::tei:div][1]"/>
    <xsl:sequence select="exists($block//(text()[normalize-space()] | tei:gap)[. &lt;&lt; $lb])"/>
  </xsl:function>

  <!-- Whether a line break of the source falls inside a word: the reading text joins the word
       (no space), as for a line-end hyphen the normalisation pass marks (pc n:line-end). -->
  <xsl:function name="f:joins-words" as="xs:boolean">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <xsl:sequence select="$lb/@break = 'no' or exists($lb/preceding-sibling::node()[1][self::tei:pc[@n:line-end]])"/>
  </xsl:function>

  <!-- The block a page or column break stands in: its paragraph, verse line, heading, item or note. -->
  <xsl:function name="fp:break-block" as="element()?">
    <xsl:param name="break" as="element()"/>
    <xsl:sequence select="$break/ancestor::*[self::tei:p or self::tei:ab or self::tei:l or self::tei:head or self::tei:item or self::tei:note][1]"/>
  </xsl:function>

  <!-- Whether a page or column break comes before any word of its block (a heading, a paragraph,
       a line): where a witness's page turns at a heading's start there is nothing to divide, so no
       bar is drawn, only its folio in the margin. -->
  <xsl:function name="f:starts-block" as="xs:boolean">
    <xsl:param name="break" as="element()"/>
    <xsl:variable name="block" select="fp:break-block($break)"/>
    <xsl:sequence select="exists($block) and not($block//text()[. &lt;&lt; $break][normalize-space()]
        [not(ancestor::tei:rdg or ancestor::tei:note[ancestor::* intersect $block])])"/>
  </xsl:function>

  <!-- Whether a page or column break stands inside a word: so encoded (break="no"), or with a
       letter on both sides and no space between (as witnesses' page breaks often stand). -->
  <xsl:function name="f:is-inside-word" as="xs:boolean">
    <xsl:param name="break" as="element()"/>
    <xsl:variable name="block" select="fp:break-block($break)"/>
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
    <xsl:sequence select="fp:decided($head, 'f:heading-depth')/@n:depth/xs:integer(.)"/>
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

  <!-- The heading a division without one is given: EpiDoc's and other editions' kinds of
       division (the edition, its translation, commentary, bibliography), when the text has more
       than one kind, in the interface's language, with the subtype when two are of a kind
       ("Edition (simple lemmatized)"); else none (a lone division needs no name). -->
  <xsl:function name="f:division-label" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="kinds" select="('edition', 'translation', 'commentary', 'bibliography')"/>
    <xsl:variable name="kind" select="lower-case($div/@type)"/>
    <xsl:variable name="siblings" select="$div/../tei:div[not(tei:head)][lower-case(@type) = $kinds][not(f:is-empty-division(.))]"/>
    <xsl:sequence select="if (empty($div/tei:head) and $kind = $kinds and not(f:is-empty-division($div)) and count(distinct-values($siblings/lower-case(@type))) gt 1)
        then f:label('division-' || $kind) || ($div/@subtype[count($siblings[lower-case(@type) = $kind]) gt 1]
          ! (' (' || normalize-space(replace(., '[-_]+', ' ')) || ')'))
        else ()"/>
  </xsl:function>

  <!-- The depth of that heading, as a head of the division would have (f:heading-depth): one
       below each section with a heading that holds the division. -->
  <xsl:function name="f:division-label-depth" as="xs:integer">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="1 + count($div/ancestor::*[self::tei:div or self::tei:body or self::tei:front or self::tei:back][tei:head])"/>
  </xsl:function>

  <!-- A division that says nothing (EpiDoc's template leaves <div type="commentary"><p/></div>):
       no words, nothing drawn or marked, no anchor; no format shows it. -->
  <xsl:function name="f:is-empty-division" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="normalize-space($div) = '' and empty($div//(tei:figure | tei:graphic | tei:media | tei:gap | tei:space
        | tei:g | tei:formula | tei:table | tei:pb | tei:milestone | tei:anchor | @xml:id))"/>
  </xsl:function>

  <!-- The title of a poem (the head of a line group of stanzas, or of one typed as a poem): a
       heading, not a caption, in every format. -->
  <xsl:function name="f:is-poem-title" as="xs:boolean">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="exists($head/self::tei:head/parent::tei:lg[tei:lg or @type = ('poem', 'sonnet', 'song', 'ode', 'ballad')])"/>
  </xsl:function>
</xsl:stylesheet>
