<?xml version="1.0" encoding="UTF-8"?>
<!-- A critical apparatus in print, as printed critical editions set it: the lemma in the text; at
     the foot of each page, below the notes and a rule, the entries of the lemmata on that page run
     on, each keyed by the number of its line on the page ("12 ἀγαθός] ἀγαθόν V s"); every fifth
     line numbered in the margin; every entry on the page of its lemma.

     FOP knows neither where a line falls nor a second series of notes, and sets footnotes one
     under the other. So the page is made in two parts:
     - the room: each lemma is the call of a footnote of its own whose body is an empty box as
       high as its entry's share of the page's run-on apparatus (its words' width over the
       measure, a line's height each, and a tenth more for the lines' ragged ends); FOP keeps each
       with its lemma, and ends a page early rather than set a lemma without its room (the
       entries of a lemma whose footnote could not hang on it, with no words or inside another
       lemma, add to the room of the lemma before them). Every page with footnotes has a little
       more room under the rule (the separator, book.xsl: the apparatus's own rule and its last
       line's ragged end). A text's notes are set the same way: an empty box as high as the note
       will be, and the note itself with the apparatus.
     - the words: a first rendering says where each lemma is (its destination, apx__TEXT__LEMMA),
       on which line of its page, which footnote comes first on each page and on which page each
       note is called (PdfBooks, ApparatusLines); the next rendering sets, in that first
       footnote's body, a box of no height (the separator's room above it, which it moves up
       into) from which the page's notes and then its entries run down over the empty room.
     The room does not depend on where the pages fall, so the second rendering breaks its pages
     where the first did, and every entry is on its lemma's page, keyed by its line. Each entry
     has a destination too (ape__TEXT__LEMMA): a rendering that set one elsewhere (a page turn
     moved by a word kept whole, say) is followed by another. The witness list (conspectus
     siglorum) comes before the text. Imported by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:t="urn:x-edition:template"
    xmlns:f="urn:x-edition:function"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <!-- Where the last rendering set things: "TEXT__LEMMA" to "PAGE LINE" (the page's index in the
       book, the line's number on its page), "note TEXT__NOTE" to the page a note is called on,
       "first PAGE" to the page's first footnote ("apx TEXT__LEMMA" or "note TEXT__NOTE"). Empty
       for the first rendering. -->
  <xsl:param name="apparatus-lines" as="map(xs:string, xs:string)" select="map {}"/>

  <!-- The room under the footnote rule that every page with footnotes of a text with an
       apparatus has (book.xsl's separator), in points: the apparatus's space, rule and padding,
       and its last line's ragged end. -->
  <xsl:variable name="fp:foot-room" as="xs:double" select="16"/>

  <!-- The measure, in points: the page's width but for its margins (book.xsl). -->
  <xsl:variable name="fp:measure" as="xs:double"
      select="(number(replace($page-width, '\s*mm$', '')) - 48) * 72 div 25.4"/>

  <!-- A lemma's destination: the book's texts are told apart by their ids. -->
  <xsl:function name="f:apparatus-anchor" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'apx__' || f:text-id(root($app)) || '__' || f:lemma-id($app)"/>
  </xsl:function>

  <!-- An entry's destination, where the rendering read back says it was printed. -->
  <xsl:function name="f:apparatus-entry-anchor" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'ape__' || f:text-id(root($app)) || '__' || f:lemma-id($app)"/>
  </xsl:function>

  <!-- The call of a lemma's footnote (its room), where the rendering read back says it is. -->
  <xsl:function name="f:apparatus-call-anchor" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'aph__' || f:text-id(root($app)) || '__' || f:lemma-id($app)"/>
  </xsl:function>

  <xsl:function name="fp:placed" as="xs:string?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$apparatus-lines(substring-after(f:apparatus-anchor($app), 'apx__'))"/>
  </xsl:function>

  <!-- Whether a text's notes and entries are set at the foot as above: it has entries to print. -->
  <xsl:function name="f:has-printed-apparatus" as="xs:boolean" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="exists(f:printed-entries($doc))"/>
  </xsl:function>

  <xsl:function name="fp:has-words" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="normalize-space(string-join(f:lemma($app)//text()[not(ancestor::tei:note)], '')) != ''"/>
  </xsl:function>

  <!-- Whether an app's lemma calls a footnote of its own: it has words (FOP drops a footnote
       called by nothing visible) and is inside no other lemma and holds no note (FOP nests no
       footnote). -->
  <xsl:function name="fp:calls-room" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="fp:has-words($app) and empty($app/ancestor::tei:app) and empty(f:lemma($app)//tei:note[f:is-footnote(.)])"/>
  </xsl:function>

  <!-- The entries whose room each calling app holds (by the app's generate-id): its own and those
       after it up to the next that calls; the entries before the first, with the first. -->
  <xsl:function name="fp:rooms" as="map(xs:string, element(tei:app)*)" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="entries" select="f:printed-entries($doc)"/>
    <xsl:variable name="first" select="$entries[fp:calls-room(.)][1]"/>
    <xsl:map>
      <xsl:if test="exists($first)">
        <xsl:for-each-group select="$entries[not(. &lt;&lt; $first)]" group-starting-with="tei:app[fp:calls-room(.)]">
          <xsl:map-entry key="generate-id(.)" select="(if (. is $first) then $entries[. &lt;&lt; $first] else ()), current-group()"/>
        </xsl:for-each-group>
      </xsl:if>
    </xsl:map>
  </xsl:function>

  <!-- Which calling app holds an entry's room, by the entry's generate-id. -->
  <xsl:function name="fp:room-holders" as="map(xs:string, element(tei:app))" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="rooms" select="fp:rooms($doc)"/>
    <xsl:sequence select="map:merge(f:printed-entries($doc)[fp:calls-room(.)][map:contains($rooms, generate-id(.))]
        ! (let $caller := . return $rooms(generate-id($caller)) ! map { generate-id(.): $caller }))"/>
  </xsl:function>

  <!-- The words of an entry as printed (near enough to measure it): key, lemma, sigla, readings. -->
  <xsl:function name="fp:entry-words" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="lemma" select="f:lemma($app)"/>
    <xsl:variable name="leads" select="f:entry-leads-with-lemma($app)"/>
    <xsl:sequence select="string-join(('00', f:entry-lemma($app)[$leads],
        $lemma[$leads] ! (f:reading-sign(.), f:reading-sigla(.), f:reading-names(.)),
        ']'[$leads and exists(f:entry-readings($app))],
        f:entry-readings($app) ! (let $r := . return string-join((f:reading-text($r), f:reading-sign($r), f:reading-sigla($r),
            f:reading-names($r), ('(' || f:reading-type($r) || ');')[f:says-reading-type($r)]), ' ')),
        f:entry-remarks($app) ! normalize-space(.)), ' ') || '    '"/>
  </xsl:function>

  <!-- The room of entries at the page's foot, in points: their share of run-on lines of 9 points
       on 11 (t:note), with a tenth more for the lines' ragged ends. -->
  <xsl:function name="fp:entries-room" as="xs:double">
    <xsl:param name="entries" as="element(tei:app)*"/>
    <xsl:sequence select="sum((0, $entries ! f:text-width(fp:entry-words(.), 9))) div $fp:measure * 11 * 1.1"/>
  </xsl:function>

  <!-- The room of a note set at the foot (notes.xsl, t:note: 9 points on 11, after 2 points, its words
       5 mm in), in whole lines. -->
  <xsl:function name="f:note-room" as="xs:double">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="paragraphs" select="if ($note/(tei:p | tei:list | tei:lg | tei:quote)) then $note/* else $note"/>
    <xsl:sequence select="2 + 11 * sum((0, $paragraphs ! ceiling(f:text-width(normalize-space(.), 9) * 1.05 div ($fp:measure - 14.2))))"/>
  </xsl:function>

  <!-- An empty box that holds a footnote's room: no words, an artifact. -->
  <xsl:function name="f:foot-room" as="element()">
    <xsl:param name="height" as="xs:double"/>
    <fo:block-container height="{format-number($height, '0.00')}pt" role="artifact"><fo:block/></fo:block-container>
  </xsl:function>

  <!-- The page of the footnote a call (apx KEY or note KEY) is first on, if it is. -->
  <xsl:variable name="fp:first-calls" as="map(xs:string, xs:string)" select="map:merge(
      map:keys($apparatus-lines)[starts-with(., 'first ')] ! map { $apparatus-lines(.): substring-after(., 'first ') })"/>

  <!-- The page an entry is printed on: its lemma's, or, if no footnote is called there (an entry
       whose room another page's lemma holds), the page of the footnote that holds its room. -->
  <xsl:function name="fp:entry-page" as="xs:string?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="page" select="fp:placed($app) ! substring-before(., ' ')"/>
    <xsl:variable name="holder" select="fp:room-holders(root($app))(generate-id($app))"/>
    <xsl:sequence select="if ($page and $page = $fp:first-call-pages) then $page
        else ($holder ! fp:placed(.) ! substring-before(., ' '), $page)[1]"/>
  </xsl:function>

  <!-- A text's entries and notes by the page they are set on, once per rendering. -->
  <xsl:function name="fp:foot-entries" as="map(xs:string, element(tei:app)*)" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:map>
      <xsl:for-each-group select="f:printed-entries($doc)" group-by="fp:entry-page(.)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <xsl:function name="fp:foot-notes" as="map(xs:string, element(tei:note)*)" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:map>
      <xsl:for-each-group select="$doc//tei:text[not(ancestor::tei:text)]//tei:note[f:is-footnote(.)]"
          group-by="$apparatus-lines('note ' || substring-after(f:note-anchor(.), 'apn__'))">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The pages some footnote is first on. -->
  <xsl:variable name="fp:first-call-pages" as="xs:string*" select="map:keys($fp:first-calls) ! $fp:first-calls(.)"/>

  <!-- The words at a page's foot, set from its first footnote's body: a box of no height (as high
       as the separator's room, moved up into it) from which the page's notes, then its entries,
       run down over the room their footnotes keep. Empty but for that first footnote. -->
  <xsl:template name="tp:foot-words">
    <xsl:param name="call" as="xs:string"/>
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="page" select="$fp:first-calls($call)"/>
    <fo:block-container height="{$fp:foot-room}pt" space-before="-{$fp:foot-room}pt" space-before.conditionality="retain" overflow="visible">
      <fo:block>
        <xsl:if test="exists($page)">
          <xsl:for-each select="fp:foot-notes($doc)($page)">
            <xsl:call-template name="tp:note-body"/>
          </xsl:for-each>
          <xsl:variable name="entries" select="fp:foot-entries($doc)($page)"/>
          <xsl:if test="exists($entries)">
            <xsl:call-template name="tp:apparatus-block"><xsl:with-param name="entries" select="$entries"/></xsl:call-template>
          </xsl:if>
        </xsl:if>
      </fo:block>
    </fo:block-container>
  </xsl:template>

  <xsl:template match="tei:app" mode="m:fo">
    <xsl:variable name="room" select="fp:rooms(root(.))(generate-id(.))"/>
    <fo:inline id="{f:apparatus-anchor(.)}">
      <xsl:choose>
        <xsl:when test="exists($room)">
          <!-- the lemma calls the footnote that keeps its entries' room at the foot -->
          <fo:footnote>
            <fo:inline id="{f:apparatus-call-anchor(.)}"><xsl:call-template name="tp:lemma-in-text"/></fo:inline>
            <fo:footnote-body>
              <xsl:call-template name="tp:foot-words">
                <xsl:with-param name="call" select="'apx ' || substring-after(f:apparatus-anchor(.), 'apx__')"/>
                <xsl:with-param name="doc" select="root(.)"/>
              </xsl:call-template>
              <xsl:sequence select="f:foot-room(fp:entries-room($room))"/>
            </fo:footnote-body>
          </fo:footnote>
        </xsl:when>
        <xsl:when test="map:size(fp:rooms(root(.))) = 0 and f:has-entry(.) and f:in-edited-text(.)">
          <!-- no lemma of the text to hang a footnote on (an apparatus kept apart, of empty
               lemmata): its entries are set where the apps are -->
          <xsl:call-template name="tp:lemma-in-text"/>
          <fo:inline font-size="9pt"><xsl:text> </xsl:text><xsl:call-template name="tp:apparatus-entry">
            <xsl:with-param name="at-foot" select="false()"/>
          </xsl:call-template></fo:inline>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="tp:lemma-in-text"/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <!-- A page's entries, below its notes and a rule, run on. -->
  <xsl:template name="tp:apparatus-block">
    <xsl:param name="entries" as="element(tei:app)*"/>
    <fo:block xsl:use-attribute-sets="t:note" text-align="justify" hyphenate="false" space-before="3pt"
        space-before.conditionality="retain" border-before-style="solid" border-before-width="0.3pt"
        border-before-color="#777777" padding-before="2pt" role="Note">
      <xsl:for-each select="$entries">
        <xsl:if test="position() gt 1"><xsl:text>   </xsl:text></xsl:if>
        <xsl:call-template name="tp:apparatus-entry"/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- The lemma in the text; an empty one (an omission the editor kept) a no-break space of one
       point: an empty inline breaks FOP's hyphenation of the paragraph, an invisible character
       loses its footnote. -->
  <xsl:template name="tp:lemma-in-text">
    <xsl:apply-templates select="f:lemma(.)/node()" mode="m:fo"/>
    <xsl:if test="not(normalize-space(f:lemma(.)))"><fo:inline font-size="1pt">&#xA0;</fo:inline></xsl:if>
  </xsl:template>

  <!-- "12 lemma] reading V s; reading F": the key, the lemma, the readings and their sigla. -->
  <xsl:template name="tp:apparatus-entry">
    <!-- set at the foot of the page, keyed by its lemma's line; else where the app is -->
    <xsl:param name="at-foot" as="xs:boolean" select="true()"/>
    <xsl:variable name="lemma" select="f:lemma(.)"/>
    <xsl:variable name="placed" select="fp:placed(.)[$at-foot]"/>
    <!-- the whole entry carries its destination: its key may be empty, and an empty inline with an
         id breaks FOP's hyphenation of the paragraph -->
    <fo:inline id="{f:apparatus-entry-anchor(.)}">
      <fo:inline keep-together.within-line="always" font-weight="bold">
        <!-- the line on the page, but where the apparatus says its place itself (@loc, @from) -->
        <xsl:value-of select="if ($placed and not(@loc or @from)) then substring-after($placed, ' ') else (f:apparatus-key(.), '')[1]"/>
      </fo:inline>
      <xsl:text> </xsl:text>
      <!-- an entry whose lemma has no words begins with its readings ("καὶ add. V") -->
      <xsl:if test="f:entry-leads-with-lemma(.)">
        <xsl:value-of select="f:entry-lemma(.)"/>
        <xsl:apply-templates select="$lemma" mode="mp:reading-marks"/>
        <xsl:if test="exists(f:entry-readings(.))"><xsl:text>] </xsl:text></xsl:if>
      </xsl:if>
      <xsl:for-each select="f:entry-readings(.)">
        <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
        <xsl:value-of select="f:reading-text(.)"/>
        <xsl:apply-templates select="." mode="mp:reading-marks"/>
        <xsl:if test="f:says-reading-type(.)"><xsl:value-of select="' (' || f:reading-type(.) || ')'"/></xsl:if>
      </xsl:for-each>
      <xsl:for-each select="f:entry-remarks(.)">
        <xsl:text> </xsl:text><xsl:apply-templates mode="m:fo"/>
      </xsl:for-each>
    </fo:inline>
  </xsl:template>

  <!-- What follows a reading's words in its entry: its Latin sign and its sigla in italics, whom
       it is owed to ("καὶ add. V", "ἀλσώδεσιν coni. Schröder"). -->
  <xsl:template match="*" mode="mp:reading-marks">
    <xsl:for-each select="f:reading-sign(.)">
      <xsl:text> </xsl:text><fo:inline font-style="italic"><xsl:value-of select="."/></fo:inline>
    </xsl:for-each>
    <xsl:if test="exists(f:reading-sigla(.))">
      <xsl:text> </xsl:text><fo:inline font-style="italic"><xsl:value-of select="string-join(f:reading-sigla(.), ' ')"/></fo:inline>
    </xsl:if>
    <xsl:if test="exists(f:reading-names(.))">
      <xsl:value-of select="' ' || string-join(f:reading-names(.), ', ')"/>
    </xsl:if>
  </xsl:template>

  <!-- What the apparatus says is not in the text's flow. -->
  <xsl:template match="tei:app/tei:note | tei:witDetail | tei:witStart | tei:witEnd | tei:lacunaStart | tei:lacunaEnd" mode="m:fo"/>

  <!-- A witness's page break: a bar where its page turns, even inside a word ("ἄ|φθαρτα": the word
       stays whole, nothing else between its letters), its siglum and folio in the outer margin of
       the line, set there after the rendering (ApparatusLines reads them from the bar's
       destination, f:folio-anchor). -->
  <xsl:template match="tei:pb[@edRef]" mode="m:fo" priority="1">
    <fo:inline id="{f:folio-anchor(.)}" color="#555555">|</fo:inline>
  </xsl:template>

  <!-- A witness's page break's destination: "apf__", its text, its rank, and its siglum and folio
       ("V 123v") as code points joined by "-" (an id says no space). -->
  <xsl:function name="f:folio-anchor" as="xs:string">
    <xsl:param name="break" as="element(tei:pb)"/>
    <xsl:sequence select="'apf__' || f:text-id(root($break)) || '__' || (count($break/preceding::tei:pb[@edRef]) + 1) || '__'
        || string-join(string-to-codepoints(string-join((f:break-sigla($break), normalize-space($break/@n)[.]), ' ')) ! string(.), '-')"/>
  </xsl:function>

  <!-- The witnesses (conspectus siglorum) before a text that has an apparatus. -->
  <xsl:template name="tp:conspectus">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="witnesses" select="f:witnesses($doc)"/>
    <xsl:if test="exists($witnesses) and exists(root($doc)//tei:text//tei:app)">
      <fo:block space-after="8mm" font-size="9pt" line-height="11.5pt" text-align="start" hyphenate="false" keep-together.within-page="always">
        <fo:block role="H2" font-weight="bold" space-after="3pt"><xsl:value-of select="f:label('witnesses')"/></fo:block>
        <xsl:for-each select="$witnesses">
          <fo:block start-indent="8mm" text-indent="-8mm">
            <fo:inline font-style="italic" font-weight="bold"><xsl:value-of select="f:siglum(.)"/></fo:inline>
            <fo:leader leader-length="8mm" leader-pattern="space"/>
            <xsl:value-of select="f:witness-description(.)"/>
          </fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
