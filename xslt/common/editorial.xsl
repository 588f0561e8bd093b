<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a choice shows, decided once for every format: which alternatives are the edition's reading
  and which the source's, and which choices are corrections (listed in the print's table and the
  EPUB's list, described to assistive technology on the web). The web shows both readings (a view
  switch), the EPUB and the PDF the edited one: all three print the same words for the edited text.
  And the Leiden conventions of an inscription's edition (EpiDoc's div type="edition"), as the
  EpiDoc reference stylesheets show them: [ ] for what is lost and supplied, ⟨ ⟩ for what the
  engraver omitted, ( ) for an abbreviation's expansion, ⟦ ⟧ for an erasure, [- - -] or [.3] for a
  gap, an underdot for an unclear letter, every fifth line numbered.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    exclude-result-prefixes="#all">

  <!-- The signs the Leiden conventions set around an element (the formats set them as presentation,
       never as words of the text): ( ) an expansion, [ ] what is lost and supplied, ⟨ ⟩ what the
       engraver omitted, ⟦ ⟧ an erasure; none elsewhere. -->
  <xsl:function name="f:leiden-signs" as="xs:string*">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="if (not(f:is-leiden($element))) then ()
        else if ($element/self::tei:ex) then ('(', ')')
        else if ($element/self::tei:supplied[tokenize(@reason) = 'omitted']) then ('⟨', '⟩')
        else if ($element/self::tei:supplied) then ('[', ']')
        else if ($element/self::tei:del[tokenize(@rend) = 'erasure']) then ('⟦', '⟧')
        else ()"/>
  </xsl:function>

  <!-- A gap as the Leiden conventions write it: "[- - -]" lost, of unknown extent; "[.3]" three
       letters lost; "- - - - - -" a line lost; the same without brackets where it is illegible. -->
  <xsl:function name="f:leiden-gap" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="lost" select="not(tokenize($gap/@reason) = 'illegible')"/>
    <xsl:variable name="quantity" select="($gap/@quantity, $gap/@atLeast)[. castable as xs:integer][1] ! xs:integer(.)"/>
    <xsl:variable name="sign" select="
        if ($gap/@unit = 'line') then '- - - - - -'
        else if (exists($quantity)) then '.' || $quantity
        else '- - -'"/>
    <xsl:sequence select="if ($lost and not($gap/@unit = 'line')) then '[' || $sign || ']' else $sign"/>
  </xsl:function>

  <!-- The entries of a bibliography a reader is given: not an empty bibl (EpiDoc's templates leave
       one for the editor to fill); one with only a pointer (ptr, ref) is a link. -->
  <xsl:function name="f:bibliography-items" as="element()*">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="$list/(* except tei:head)[normalize-space() or exists(.//(tei:ptr | tei:ref)[@target]) or exists(self::tei:listBibl)]"/>
  </xsl:function>

  <!-- An editorial correction or regularisation: a source's reading and the editor's. -->
  <xsl:function name="f:is-correction" as="xs:boolean">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="exists($choice[self::tei:choice][(tei:sic and tei:corr) or (tei:orig and tei:reg)])"/>
  </xsl:function>

  <!-- An abbreviation with its expansion. -->
  <xsl:function name="f:is-abbreviation" as="xs:boolean">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="exists($choice[self::tei:choice][tei:abbr and tei:expan])"/>
  </xsl:function>

  <!-- The alternative the edited text reads: the correction, the regularisation, the expansion;
       else the first alternative (a choice of two sics, of two unclear readings). -->
  <xsl:function name="f:edited-reading" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="($choice/(tei:corr, tei:reg, tei:expan), $choice/*)[1]"/>
  </xsl:function>

  <!-- The alternative the source shows: the error, the original spelling, the abbreviation, when
       the choice has one besides the edited reading. -->
  <xsl:function name="f:source-reading" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="$choice/(tei:sic, tei:orig, tei:abbr)[1][not(. is f:edited-reading($choice))]"/>
  </xsl:function>
</xsl:stylesheet>
