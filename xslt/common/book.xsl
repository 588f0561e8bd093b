<?xml version="1.0" encoding="UTF-8"?>
<!--
  A book, decided once for the EPUB and the PDF: its texts in order, its title, language, credits
  and licence, its corrections and the register entries it names. A book is one text, or the
  edition's volume ($whole: every text). The settings (edition.properties) come first; a volume
  then takes the edition's own header (its registers'), a one-text book that text's header.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <!-- The texts of a book, normalised, in the edition's order. -->
  <xsl:function name="f:book-texts" as="document-node()*">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:sequence select="f:ordered-texts($texts ! f:normalized(.))"/>
  </xsl:function>

  <xsl:function name="f:book-title" as="xs:string">
    <xsl:param name="texts" as="document-node()+"/>
    <xsl:param name="whole" as="xs:boolean"/>
    <!-- A volume of an edition without a title names what it holds ("Texts"): a book needs a title. -->
    <xsl:sequence select="if ($whole) then (f:edition-title($texts[1]), f:label('texts'))[1] else f:text-title($texts[1])"/>
  </xsl:function>

  <!-- The book's language as BCP 47 writes it: its first text's, else the interface's. -->
  <xsl:function name="f:book-language" as="xs:string">
    <xsl:param name="texts" as="document-node()+"/>
    <xsl:sequence select="string(($texts[1]//tei:text/@xml:lang, $ui-lang)[1])"/>
  </xsl:function>

  <!-- The licence, said in words: the settings', else what the book's header says (the
       edition's own header for a volume, the text's for its book; never one text's for the
       volume). -->
  <xsl:function name="f:book-licence" as="xs:string?">
    <xsl:param name="texts" as="document-node()+"/>
    <xsl:param name="whole" as="xs:boolean"/>
    <xsl:variable name="availability" select="f:book-availability($texts, $whole)"/>
    <xsl:sequence select="($edition?licence, $availability//(tei:licence | tei:ref[@target]) ! normalize-space(.),
        normalize-space($availability))[normalize-space()][1]"/>
  </xsl:function>

  <!-- The header's availability statement that the book prints when its settings name no
       licence (with its links and paragraphs, as the header writes it). -->
  <xsl:function name="f:book-availability" as="element(tei:availability)?">
    <xsl:param name="texts" as="document-node()+"/>
    <xsl:param name="whole" as="xs:boolean"/>
    <xsl:sequence select="if ($edition?licence) then ()
        else (fp:book-headers($texts, $whole) ! tei:fileDesc/tei:publicationStmt/tei:availability[normalize-space()])[1]"/>
  </xsl:function>

  <!-- The headers a book's credits are taken from, the first that says wins: a volume's, the
       edition's own; a one-text book's, the text's, then the edition's. (In this order: a path
       over headers of two documents would put them in an order of the processor's.) -->
  <xsl:function name="fp:book-headers" as="element(tei:teiHeader)*">
    <xsl:param name="texts" as="document-node()+"/>
    <xsl:param name="whole" as="xs:boolean"/>
    <xsl:sequence select="(if ($whole) then () else $texts[1]//tei:teiHeader[1], f:edition-header())"/>
  </xsl:function>

  <!-- The publisher: the settings', else the header's (the edition's for a volume, the text's
       for its book). -->
  <xsl:function name="f:book-publisher" as="xs:string?">
    <xsl:param name="texts" as="document-node()+"/>
    <xsl:param name="whole" as="xs:boolean"/>
    <xsl:sequence select="($edition?publisher,
        (fp:book-headers($texts, $whole) ! tei:fileDesc/tei:publicationStmt/tei:publisher[normalize-space()])[1]
          ! normalize-space(.))[normalize-space()][1]"/>
  </xsl:function>

  <!-- The edition's editors, from its settings (semicolon-separated), each a name. -->
  <xsl:function name="f:book-editors" as="xs:string*">
    <xsl:sequence select="$edition?editors ! tokenize(., '\s*;\s*')[normalize-space()]"/>
  </xsl:function>

  <!-- The editorial corrections of a book's texts, in order (listed at the book's end). -->
  <xsl:function name="f:book-corrections" as="element()*">
    <xsl:param name="texts" as="document-node()*"/>
    <!-- text by text, in the book's order (a path over several documents would take them in
         the processor's order of documents) -->
    <xsl:sequence select="f:ordered-texts($texts) ! (.//tei:text//tei:choice[f:is-correction(.)])"/>
  </xsl:function>

  <!-- A correction as the books' list gives it, an entry of an apparatus (issue 27 item 10),
       "§ 2 bureaucratie] bureaucrate copie": where it is (its footnote's number, else its numbered
       paragraph's, else its verse line's number alone, else nothing; the PDF adds the page, the
       EPUB leads to it), the edited reading
       (the lemma), then, after a right bracket, the source's reading and the word that names the
       source (its siglum, set in italics). The readings as the text prints its words, never
       hyphenated by the formats. -->
  <xsl:function name="f:correction-entry" as="map(xs:string, xs:string)">
    <xsl:param name="choice" as="element()"/>
    <xsl:variable name="note" select="$choice/ancestor::tei:note[f:is-footnote(.)][1]"/>
    <xsl:variable name="place" select="f:place-label($choice)"/>
    <xsl:variable name="l" select="$choice/ancestor::tei:l[1]"/>
    <xsl:sequence select="map {
        'place': string(if ($note) then lower-case(f:label('note')) || '&#xA0;' || f:note-number($note)
          else if ($place) then $place
          else if ($l) then ($l/@n, f:line-number($l))[1] else ''),
        'lemma': f:typeset-string(normalize-space(f:edited-reading($choice)), $choice),
        'reading': f:typeset-string(normalize-space(f:source-reading($choice)), $choice),
        'siglum': f:label('correction-siglum') }"/>
  </xsl:function>

  <!-- The register entries a book's texts name, each once, in the order first named. -->
  <xsl:function name="f:book-entries" as="element()*">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:for-each-group select="$mentions" group-by="generate-id(f:entry(@ref, .))">
      <xsl:sequence select="f:entry(@ref, .)"/>
    </xsl:for-each-group>
  </xsl:function>
</xsl:stylesheet>
