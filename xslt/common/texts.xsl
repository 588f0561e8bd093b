<?xml version="1.0" encoding="UTF-8"?>
<!-- A text of the edition: its id, title, authors, dates (the text's own, decided once from the strongest evidence; dates in prose), publication; the edition's own metadata (title, licence, credits); the order of texts. Part of the common library, imported by common/functions.xsl (see its conventions). -->
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
       ({@code $doc}, any of its texts), else none: never the title of one text among many, nor
       a label ("Edition") that pretends to be a title. -->
  <xsl:function name="f:edition-title" as="xs:string?">
    <xsl:param name="doc" as="node()?"/>
    <xsl:sequence select="($edition?title,
        (f:edition-header()/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main' or not(@type)])[1] ! f:typeset-string(normalize-space(.), .),
        if (map:size($text-ids) le 1 and exists($doc)) then f:text-title(root($doc)) else ())[normalize-space()][1]"/>
  </xsl:function>

  <!-- The edition's subtitle: its settings', else its own header's. -->
  <xsl:function name="f:edition-subtitle" as="xs:string?">
    <xsl:sequence select="($edition?subtitle,
        (f:edition-header()/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'])[1] ! normalize-space(.))[normalize-space()][1]"/>
  </xsl:function>

  <!-- The edition's licence line: its settings', else the first licence its own header names;
       never one text's ({@code $doc} is kept for the callers: a text's licence is f:text-licence,
       said on that text's page only). -->
  <xsl:function name="f:edition-licence" as="xs:string?">
    <xsl:param name="doc" as="node()?"/>
    <xsl:sequence select="($edition?licence, fp:licence-line(f:edition-header()))[normalize-space()][1]"/>
  </xsl:function>

  <!-- A text's own licence line, as its header names it. -->
  <xsl:function name="f:text-licence" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="fp:licence-line(root($doc)//tei:teiHeader[1])"/>
  </xsl:function>

  <!-- A header's licence in a line: the licence's name when it is short, else its address (a
       licence's legal text, several paragraphs long, is no line for a footer), else its words. -->
  <xsl:function name="fp:licence-line" as="xs:string?">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="licence" select="($header/tei:fileDesc/tei:publicationStmt/tei:availability
        //(tei:licence | tei:ref[@target]))[normalize-space() or @target][1]"/>
    <xsl:variable name="words" select="normalize-space($licence)"/>
    <xsl:sequence select="($words[. != ''][string-length(.) le 120], $licence/@target/normalize-space(.)[. != ''], $words[. != ''])[1]"/>
  </xsl:function>

  <!-- The lines that say who made the edition, from its settings (editors, publisher), for title
       pages, home page and citations: (label, names) pairs. -->
  <xsl:function name="f:edition-credits" as="map(xs:string, xs:string)*">
    <xsl:sequence select="(
        $edition?editors[normalize-space()] ! map { 'label': f:label('edited-by'), 'names': string-join(tokenize(., '\s*;\s*')[.], ', ') },
        $edition?publisher[normalize-space()] ! map { 'label': f:label('published-by'), 'names': normalize-space(.) })"/>
  </xsl:function>

  <!-- A volume's imprint, at the foot of its title page (issue 27 item 10): the edition's publisher
       from its settings, with the year of its latest edition date ({@code $docs}' headers); no
       publisher in the settings, no imprint (the year alone would say nothing of who made it). -->
  <xsl:function name="f:edition-imprint" as="xs:string?">
    <xsl:param name="docs" as="node()*"/>
    <xsl:variable name="year" select="($docs ! f:edition-date(.) ! fp:iso(.) ! substring(., 1, 4)) => sort() => reverse() => head()"/>
    <xsl:sequence select="$edition?publisher[normalize-space()] ! string-join((normalize-space(.), $year), ', ')"/>
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
       and the forum thread it was posted in) where a list names texts among others; the dash
       between them held to the title by a no-break space, as a spaced dash of the text is
       (f:dash-spacing: no line starts with it). -->
  <xsl:function name="f:text-full-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string-join((f:text-title($doc), f:text-subtitle($doc)), '&#xA0;— ')"/>
  </xsl:function>

  <!-- Two texts of the same title told apart (issue 27 item 10; the flagship's essay and the forum
       thread it was posted in): where a list names a text among {@code $texts}, its title, or its
       full title when another of them has the same title. -->
  <xsl:function name="f:text-distinct-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="texts" as="item()*"/>
    <xsl:sequence select="if (fp:shares-title($doc, $texts)) then f:text-full-title($doc) else f:text-title($doc)"/>
  </xsl:function>

  <!-- A text's title in a running head, among a book's {@code $texts}: its short title (title
       type="short"), else its subtitle when another text has the same title, else its title. -->
  <xsl:function name="f:text-running-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="texts" as="item()*"/>
    <xsl:sequence select="((root($doc)//tei:teiHeader)[1]/tei:fileDesc/tei:titleStmt/tei:title[@type = 'short'][normalize-space()][1] ! f:typeset-string(normalize-space(.), .),
        f:text-subtitle($doc)[fp:shares-title($doc, $texts)], f:text-title($doc))[1]"/>
  </xsl:function>

  <!-- Whether another of the texts has the text's title: $texts the texts, or the titles they share
       (f:shared-titles, made once for a list: asked of each text of a long list, the texts would
       have every title read for each of them). -->
  <xsl:function name="fp:shares-title" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="texts" as="item()*"/>
    <xsl:variable name="shared" select="if ($texts instance of map(*)) then $texts else f:shared-titles($texts)"/>
    <xsl:sequence select="map:contains($shared, f:text-title($doc))"/>
  </xsl:function>

  <!-- The titles more than one of these texts has, as keys. -->
  <xsl:function name="f:shared-titles" as="map(xs:string, xs:boolean)">
    <xsl:param name="texts" as="node()*"/>
    <xsl:map>
      <xsl:for-each-group select="$texts" group-by="f:text-title(.)">
        <xsl:if test="count(distinct-values(current-group() ! f:text-id(.))) gt 1">
          <xsl:map-entry key="current-grouping-key()" select="true()"/>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:map>
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
    <!-- The original or first edition, else the printed source a file was made from, never the
         digital copy it was taken from (ELTeC's e-book of 2012, DraCor's web library). -->
    <xsl:sequence select="($source/tei:bibl[@type = ('original', 'firstEdition')], $source//tei:bibl[@type = ('printSource', 'originalSource')][not(ancestor::tei:biblStruct)],
        $source/tei:biblStruct, $source/tei:bibl[not(@type = 'digitalSource')], $source/tei:p)[1]"/>
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
    <!-- a date that names a year: a template's "[Date when first made available]" is none -->
    <xsl:variable name="published" select="($header/tei:fileDesc/tei:publicationStmt/tei:date/(string(@when), normalize-space(.)))[matches(., '\d{3}')]"/>
    <xsl:variable name="changed" select="$header/tei:revisionDesc//tei:change/@when[. castable as xs:date or . castable as xs:gYear
        or . castable as xs:gYearMonth or . castable as xs:dateTime] ! string(.)"/>
    <xsl:sequence select="($published, reverse(sort($changed)))[1]"/>
  </xsl:function>

  <!-- ===================================================================== dates -->

  <!-- A date attribute's value as a sortable ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD), or none. -->
  <xsl:function name="fp:iso" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-space($value), '^(-?\d{4}(-\d{2}(-\d{2})?)?).*$', '$1')[matches(., '^-?\d{4}')]"/>
  </xsl:function>

  <!-- The date of a date element: @when, else the earliest bound it gives. -->
  <xsl:function name="fp:date-of" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="($date/(@when, @from, @notBefore, @to, @notAfter, @when-iso, @from-iso, @notBefore-iso) ! fp:iso(.),
        $date[matches(normalize-space(.), '^-?\d{4}-\d\d(-\d\d)?$')] ! fp:iso(.),
        $date ! fp:iso(replace(string(.), '^\D*(\d{4}).*$', '$1'))[matches(string($date), '\d{4}')])[1]"/>
  </xsl:function>

  <!-- When a text was written, sent or first published, decided once from the strongest evidence
       the TEI gives, as a map: date (sortable ISO prefix), label (the encoder's words, else the
       ISO date), evidence (what says so: sent, creation, written, first-edition, print, premiere,
       dateline, title (a diary entry's or a letter's date in its title: Schnitzler's diary's
       title type="iso-date"), source). A digital source's date (the e-book of 2012, a DraCor file's printed
       source of 1912) is the date of a copy, never the text's. Empty when nothing dates it. -->
  <xsl:function name="f:text-dating" as="map(*)?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="root" select="root($doc)"/>
    <xsl:variable name="header" select="($root//tei:teiHeader)[1]"/>
    <xsl:variable name="corresp" select="$header/tei:profileDesc/tei:correspDesc[1]"/>
    <xsl:variable name="events" select="$root//tei:standOff//tei:event"/>
    <xsl:variable name="candidates" as="map(*)*" select="(
        $corresp/tei:correspAction[@type = 'sent']/tei:date ! fp:dating(., 'sent'),
        $corresp/tei:correspAction/tei:date ! fp:dating(., 'sent'),
        $header/tei:profileDesc/tei:creation//tei:date ! fp:dating(., 'creation'),
        $header/tei:profileDesc/tei:creation[not(.//tei:date)] ! fp:dating(., 'creation'),
        $events[@type = 'written'] ! fp:dating(., 'written'),
        $header/tei:fileDesc/tei:sourceDesc//tei:bibl[@type = 'firstEdition']//tei:date ! fp:dating(., 'first-edition'),
        fp:earliest(($events[@type = 'print'] ! fp:dating(., 'print'), $events[@type = 'premiere'] ! fp:dating(., 'premiere'))),
        ($root//tei:text//(tei:dateline//tei:date | tei:docDate))[1] ! fp:dating(., 'dateline'),
        ($header/tei:fileDesc/tei:titleStmt/tei:title[@type = ('iso-date', 'date')][matches(normalize-space(.), '^-?\d{4}(-\d\d){0,2}$')]
          | $header/tei:fileDesc/tei:titleStmt/tei:title//tei:date[@when])[1] ! fp:dating(., 'title'),
        f:original-publication($doc)//tei:date ! fp:dating(., 'source'))"/>
    <!-- An extract of a text (html/modules/extract.xsl) keeps no standOff: it carries the
         decision made on the whole text. -->
    <xsl:variable name="extract" select="$root/*[namespace-uri() = 'urn:x-edition:extract'][@date]"/>
    <xsl:sequence select="if ($extract) then map { 'date': string($extract/@date), 'label': string(($extract/@date-label, $extract/@date)[1]),
        'evidence': string(($extract/@dated-by, 'source')[1]) } else $candidates[1]"/>
  </xsl:function>

  <!-- A dating from one piece of evidence, when it gives a date. -->
  <xsl:function name="fp:dating" as="map(*)?">
    <xsl:param name="evidence" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="date" select="fp:date-of($evidence)"/>
    <xsl:variable name="words" select="normalize-space(if ($evidence/self::tei:event) then '' else string($evidence))"/>
    <xsl:sequence select="$date ! map { 'date': ., 'label': ($words[. != ''][$kind = ('sent', 'creation')], .)[1], 'evidence': $kind }"/>
  </xsl:function>

  <xsl:function name="fp:earliest" as="map(*)?">
    <xsl:param name="datings" as="map(*)*"/>
    <xsl:sequence select="(sort($datings, (), function ($d) { $d?date }))[1]"/>
  </xsl:function>

  <!-- When a text was written or sent (sortable ISO prefix): see f:text-dating. -->
  <xsl:function name="f:text-date" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="f:text-dating($doc)?date"/>
  </xsl:function>

  <!-- What dates the text, as a label key (date-sent, date-creation, date-first-edition…). -->
  <xsl:function name="f:text-date-evidence" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="f:text-dating($doc)?evidence"/>
  </xsl:function>

  <!-- A date in prose, as the language writes it (French, German, English; any other language in
       the interface's): "12 mars 1878", "12. März 1878", "12 March 1878"; "mars 1878"; "1878";
       "442 av. J.-C."; a century ("16", as registers give it) as "XVIe siècle", "16. Jahrhundert",
       "16th century". Anything that is no ISO date is returned as written. -->
  <xsl:function name="f:date-words" as="xs:string">
    <xsl:param name="date" as="xs:string"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="(('fr', 'de', 'en')[starts-with(lower-case(string($lang)), .)], ('fr', 'de', 'en')[starts-with($ui-lang, .)], 'en')[1]"/>
    <xsl:variable name="d" select="normalize-space($date)"/>
    <xsl:variable name="months" select="map {
        'fr': ('janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'),
        'de': ('Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'),
        'en': ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December') }"/>
    <xsl:choose>
      <xsl:when test="matches($d, '^\d{1,2}$')">
        <xsl:variable name="c" select="xs:integer($d)"/>
        <xsl:sequence select="if ($l = 'fr') then upper-case(format-integer($c, 'i')) || (if ($c = 1) then 'er' else 'e') || ' siècle'
            else if ($l = 'de') then $c || '. Jahrhundert'
            else $c || (if ($c mod 100 = (11, 12, 13)) then 'th' else ('th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th')[$c mod 10 + 1]) || ' century'"/>
      </xsl:when>
      <xsl:when test="matches($d, '^-?\d{4}(-\d{2}(-\d{2})?)?([T ].*)?$')">
        <xsl:variable name="parts" select="tokenize(replace(replace($d, '[T ].*$', ''), '^-', ''), '-')"/>
        <xsl:variable name="bc" select="starts-with($d, '-')"/>
        <xsl:variable name="year" select="string(xs:integer($parts[1])) || (if (not($bc)) then ''
            else if ($l = 'fr') then ' av. J.-C.' else if ($l = 'de') then ' v. Chr.' else ' BC')"/>
        <xsl:variable name="month" select="for $m in $parts[2] ! xs:integer(.)[. ge 1 and . le 12] return $months($l)[$m]"/>
        <xsl:variable name="day" select="$parts[3] ! xs:integer(.)[$month and . ge 1 and . le 31]"/>
        <xsl:sequence select="string-join((
            $day ! (if ($l = 'fr' and . = 1) then '1er' else if ($l = 'de') then . || '.' else string(.)),
            $month, $year), ' ')"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Texts in the order a reader expects them: dated texts first, oldest first, then the others
       by title. (Documents have no order of their own once loaded in parallel.) -->
  <xsl:function name="f:ordered-texts" as="document-node()*">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:perform-sort select="$texts">
      <xsl:sort select="empty(f:text-date(.))"/>
      <xsl:sort select="f:text-date(.)"/>
      <xsl:sort select="f:sort-key(f:text-title(.))"/>
      <xsl:sort select="f:text-id(.)"/>
    </xsl:perform-sort>
  </xsl:function>
</xsl:stylesheet>
