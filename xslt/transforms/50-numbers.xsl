<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 50, numbers: what a reader cites a text by, counted once (ranks are computed once per
     document, cache="yes", and looked up: counting preceding nodes at every element makes large
     texts quadratic).
       a heading      n:depth, how many sections with a heading hold it (f:heading-depth)
       a note         n:id (f:note-id); a footnote n:number, as printed: its @n, else its rank
                      (f:note-number, in the numbering of $note-numbering)
       a paragraph    n:paragraph, its number, when it is one of the text's numbered paragraphs
                      (f:paragraph-number, f:is-numbered-paragraph)
       a verse line   n:line, its rank among the lines of its poem, text or document, a shared
                      line's parts counted once (f:line-number); n:shown, the number set beside
                      it, every fifth line's (f:line-label); a later part of a shared line n:step,
                      the words of its earlier parts (f:line-step)
       a unit of the  n:cite, the number the editor gives it (a CTS text's seg type="textpart", a
       editor's      numbered paragraph or section), and n:cite-id, its full reference (with its
       references    divisions' numbers: "3.1.133"); its text n:cited (f:citation) -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <xsl:mode name="mp:numbers" on-no-match="shallow-copy"/>

  <xsl:template match="tei:head | tei:note | tei:p[fp:is-numbered(.)] | tei:l" mode="mp:numbers" priority="2">
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="mp:numbers"/>
      <xsl:choose>
        <xsl:when test="self::tei:head">
          <xsl:attribute name="n:depth" select="fp:heading-depth(.)"/>
        </xsl:when>
        <xsl:when test="self::tei:note">
          <xsl:attribute name="n:id" select="(@xml:id/string(), 'note-' || f:rank(.))[1]"/>
          <xsl:if test="f:is-footnote(.)">
            <xsl:attribute name="n:number" select="(@n/string(), format-integer(fp:note-ranks(root(.))(generate-id(.)), $note-numbering))[1]"/>
          </xsl:if>
        </xsl:when>
        <xsl:when test="self::tei:p">
          <xsl:for-each select="fp:paragraph-ranks(root(.))(generate-id(.))"><xsl:attribute name="n:paragraph" select="."/></xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="n:line" select="fp:line-number(.)"/>
          <xsl:for-each select="fp:line-label(.)"><xsl:attribute name="n:shown" select="."/></xsl:for-each>
          <xsl:if test="upper-case(@part) = ('M', 'F')">
            <xsl:attribute name="n:step" select="fp:step(.)"/>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates mode="mp:numbers"/>
    </xsl:copy>
  </xsl:template>

  <!-- The editor's own reference system: the units the edition cites by (§ 133), numbered by
       the editor, printed in every format where they start, and what a place in the text is
       cited by (the apparatus's keys, a register's "§ 133") instead of a count of paragraphs
       that the editor's introduction and other works never name. -->
  <xsl:template match="@n[fp:is-citable(..)]" mode="mp:numbers">
    <xsl:copy-of select="."/>
    <xsl:attribute name="n:cite" select="normalize-space(.)"/>
    <xsl:attribute name="n:cite-id" select="fp:cite-id(..)"/>
  </xsl:template>

  <xsl:template match="tei:text[fp:cites-units(.)]" mode="mp:numbers" priority="3">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="mp:numbers"/>
      <xsl:attribute name="n:cited" select="'yes'"/>
      <xsl:apply-templates mode="mp:numbers"/>
    </xsl:copy>
  </xsl:template>

  <!-- A unit the editor numbers for citing: a CTS text's seg type="textpart" (EpiDoc, the
       Perseus and First1KGreek texts), a paragraph with its number (@n), a section, subsection
       or paragraph milestone; not inside a note or the header. -->
  <xsl:function name="fp:is-citable" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space($e/@n) != '' and exists($e/ancestor::tei:text) and empty($e/ancestor::tei:note)
        and ($e/self::tei:seg[@type = 'textpart'] or $e/self::tei:p
          or $e/self::tei:milestone[lower-case(@unit) = ('section', 'subsection', 'paragraph')])"/>
  </xsl:function>

  <xsl:function name="fp:cites-units" as="xs:boolean">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:sequence select="some $u in $text//(tei:seg | tei:p | tei:milestone) satisfies (fp:is-citable($u) and $u/ancestor::tei:text[1] is $text)"/>
  </xsl:function>

  <!-- A unit's full reference: the numbers of the divisions holding it, then its own ("3.1.133");
       a division's @n that is an address (a CTS URN), not a number, is no part of it. -->
  <xsl:function name="fp:cite-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-join(($e/ancestor::tei:div[ancestor::tei:text[1] is $e/ancestor::tei:text[1]]/@n ! normalize-space(.)
        [. != '' and string-length(.) le 12 and not(contains(., ':'))], normalize-space($e/@n)), '.')"/>
  </xsl:function>

  <!-- A shared verse line (l part="I", "M", "F"): the words of its earlier parts, back to its
       initial part, that a later part is stepped by (set to start where they end), spaced as
       every format prints them (f:typeset: French's narrow space before ! and ?). -->
  <xsl:function name="fp:step" as="xs:string">
    <xsl:param name="l" as="element()"/>
    <xsl:variable name="before" select="$l/preceding::tei:l[1][upper-case(@part) = ('I', 'M')]"/>
    <xsl:sequence select="if (empty($before)) then ''
        else normalize-space(string-join((if (upper-case($before/@part) = 'M') then fp:step($before) else (),
          string-join($before//text()[not(ancestor::tei:note | ancestor::tei:stage)] ! f:typeset(.), '')), ' '))"/>
  </xsl:function>

  <!-- The text's own title stands above all its sections, and a heading is one level below it and
       each section with a heading that holds it: whatever holds the heading is such a section (a
       poem, DraCor's <performance> and <set>, a <prologue>), so no heading is ever the text's
       title's rank. -->
  <xsl:function name="fp:heading-depth" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="count($head/ancestor::*[self::tei:div or self::tei:body or self::tei:front or self::tei:back or self::tei:group][tei:head]
        | $head/parent::*)"/>
  </xsl:function>

  <xsl:function name="fp:note-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <!-- Footnotes only: an inline or marginal note, printed where it stands, takes no number
         (counted, it left a gap in the calls: 1, 3). -->
    <xsl:sequence select="fp:ranks($doc//tei:note[f:is-footnote(.)])"/>
  </xsl:function>

  <!-- Paragraph numbering: every p of the text's front, body and back, counted through (not
       those of a note, list item, quotation, table cell or speech: a play is cited by its lines;
       nor the source's own navigation, a division typed as a header, footer, menu or contents:
       a forum page's "Page 1 sur 1" is no paragraph of the thread; nor an empty p, which would
       show a number over nothing). -->
  <xsl:function name="fp:is-numbered" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p/ancestor::tei:text) and empty($p/ancestor::tei:note)
        and (normalize-space($p) or exists($p//*[not(self::tei:lb or self::tei:pb or self::tei:cb or self::tei:milestone or self::tei:anchor)]))
        and empty($p/ancestor::tei:teiHeader) and empty($p/ancestor::tei:item)
        and empty($p/ancestor::tei:quote) and empty($p/ancestor::tei:cell) and empty($p/ancestor::tei:sp)
        and empty($p/ancestor::tei:div[matches(@type, '(^|[-_])(header|footer|navigation|nav|menu|toc|contents)$', 'i')])"/>
  </xsl:function>

  <!-- A text whose one paragraph stands beside its text set otherwise (an inscription's
       translation beside its lines in <ab>, a prose note among verse) numbers none: a "1" beside
       it cites nothing a reader could not find, and the text is cited by its lines. -->
  <xsl:function name="fp:paragraph-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="numbered" select="$doc//tei:p[fp:is-numbered(.)]"/>
    <xsl:sequence select="if (count($numbered) = 1 and exists($doc//tei:text//(tei:ab | tei:lg | tei:sp))) then map {}
        else fp:ranks($numbered)"/>
  </xsl:function>

  <!-- Verse lines are counted through each poem (a line group of stanzas: a sonnet, an ode),
       else through the text, as a play's lines are; a line shared between speakers (l part="I",
       "M", "F") is one line, its later parts numbered as its initial part. -->
  <xsl:function name="fp:line-number" as="xs:integer">
    <xsl:param name="l" as="element()"/>
    <xsl:variable name="counted" select="if (fp:is-later-part($l)) then $l/preceding::tei:l[not(fp:is-later-part(.))][1] else $l"/>
    <xsl:sequence select="fp:line-ranks(fp:line-scope($counted))(generate-id($counted))"/>
  </xsl:function>

  <xsl:function name="fp:line-scope" as="node()">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="($l/ancestor::tei:lg[tei:lg][last()], $l/ancestor::tei:text[1], root($l))[1]"/>
  </xsl:function>

  <xsl:function name="fp:line-ranks" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="scope" as="node()"/>
    <!-- A text inside a text (a group's) counts its own lines; a poem inside a text, its own. -->
    <xsl:sequence select="fp:ranks(fp:scope-lines($scope)[not(fp:is-later-part(.))])"/>
  </xsl:function>

  <xsl:function name="fp:scope-lines" as="element()*" cache="yes">
    <xsl:param name="scope" as="node()"/>
    <xsl:sequence select="$scope//tei:l[fp:line-scope(.) is $scope]"/>
  </xsl:function>

  <!-- A middle or final part of a shared line, after the parts it continues ("Y" and "N", whether
       a line is whole, ask for nothing). -->
  <xsl:function name="fp:is-later-part" as="xs:boolean">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="upper-case($l/@part) = ('M', 'F') and exists($l/preceding::tei:l[1][upper-case(@part) = ('I', 'M')])"/>
  </xsl:function>

  <!-- The number set beside a line, every fifth line's, as verse and plays are printed: the
       encoding's number (@n) when it ends in a multiple of five (its others are there to be
       cited, not printed: a play numbered line by line is not printed so), or when it is a number
       of its own ("6a", a line the edition numbers apart); a line without one, its rank when a
       multiple of five, unless the encoding numbers the poem's or text's lines every fifth itself.
       A shared line shows its number once, beside its initial part. -->
  <xsl:function name="fp:line-label" as="xs:string?">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="if (fp:is-later-part($l)) then ()
        else if ($l/@n) then string($l/@n)[fp:is-fifth(.) or not(matches(., '\d$'))]
        else if (fp:numbers-lines(fp:line-scope($l))) then ()
        else string(fp:line-number($l))[fp:is-fifth(.)]"/>
  </xsl:function>

  <!-- Whether a line's number ends in a multiple of five (5, 10, "1.2.15"). -->
  <xsl:function name="fp:is-fifth" as="xs:boolean">
    <xsl:param name="n" as="xs:string"/>
    <xsl:sequence select="matches($n, '(^|\D)\d*[05]$') and matches($n, '[1-9]\d*$')"/>
  </xsl:function>

  <xsl:function name="fp:numbers-lines" as="xs:boolean" cache="yes">
    <xsl:param name="scope" as="node()"/>
    <xsl:sequence select="some $n in fp:scope-lines($scope)/@n satisfies fp:is-fifth($n)"/>
  </xsl:function>
</xsl:stylesheet>
