<?xml version="1.0" encoding="UTF-8"?>
<!-- Typography decided once for every format: French spacing, styles a @rend asks for, headings, scripts set upright; elements that hold no text. Part of the common library, imported by common/functions.xsl (see its conventions). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

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
    <xsl:sequence select="tokenize(fp:decided($e, 'f:styles')/@n:styles)"/>
  </xsl:function>


  <!-- A text node as every format prints it: a spaced dash held to the word before it (below), and
       French text its spacing, except in what is an address or an identifier. -->
  <xsl:function name="f:typeset" as="xs:string">
    <xsl:param name="text" as="text()"/>
    <xsl:choose>
      <xsl:when test="exists($text/(ancestor::tei:ref | ancestor::tei:ptr | ancestor::tei:idno
          | ancestor::tei:email | ancestor::tei:code | ancestor::tei:eg))"><xsl:sequence select="string($text)"/></xsl:when>
      <xsl:otherwise>
        <!-- a text that opens on a spaced dash after an inline of the line ("<title>X</title> – y")
             holds it to that inline's last word; not after a line or page break, nor at the start
             of a block, where a no-break space would print as an indent -->
        <xsl:variable name="after-inline" select="exists($text/preceding-sibling::node()[1][self::*]
            [not(self::tei:lb | self::tei:pb | self::tei:cb | self::tei:milestone | self::tei:fw | self::tei:note)])"/>
        <xsl:variable name="dashed" select="f:dash-spacing(if ($after-inline) then replace($text, '^\s+([&#x2013;&#x2014;-])(\s|$|[,.;:!?)\]»”])', '&#xA0;$1$2') else string($text))"/>
        <xsl:sequence select="if (f:is-french($text)) then f:french-spacing($dashed) else $dashed"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- No line starts with a dash: a spaced dash (en or em, or a hyphen set between spaces as one,
       "dominantes - essentiellement") takes a no-break space before it instead of the space the
       source put there, in every language; spacing only, the words are untouched. A dash that
       opens the string (a line of dialogue) is left alone. -->
  <xsl:function name="f:dash-spacing" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace($text, '(\S)[\s&#xA0;]+([&#x2013;&#x2014;-])(\s|$|[,.;:!?)\]»”])', '$1&#xA0;$2$3')"/>
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
       typeset: its spaced dashes held to the word before, with French spacing when the node it
       comes from is French. -->
  <xsl:function name="f:typeset-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="from" as="node()"/>
    <xsl:sequence select="if (f:is-french($from)) then f:french-spacing(f:dash-spacing($text)) else f:dash-spacing($text)"/>
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

  <!-- ===================================================================== alignment -->

  <!-- The alignment a line of a letter's head or foot asks for (a letterhead set right, a
       salutation centred: Schnitzler-Briefe's rend="right", "center", "left", or a style's
       text-align): 'end', 'center', 'start', else none. Every format sets it so. -->
  <xsl:function name="f:line-alignment" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="words" select="lower-case(string-join(($e/@rend, $e/@style), ' '))"/>
    <xsl:sequence select="if (matches($words, '(^|[\s(:;])(right|flush-?right)([\s);]|$)')) then 'end'
        else if (matches($words, '(^|[\s(:;])(center|centre|centered|centred)([\s);]|$)')) then 'center'
        else if (matches($words, '(^|[\s(:;])(left|flush-?left)([\s);]|$)')) then 'start' else ()"/>
  </xsl:function>

  <!-- Whether an element is a line of its own in a letter's head or foot (an opener or closer
       made of elements only: letterhead, dateline, salutation). -->
  <xsl:function name="f:is-letter-line" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/parent::*[self::tei:opener or self::tei:closer][not(text()[normalize-space()])])"/>
  </xsl:function>

  <!-- ===================================================================== italics in italics -->

  <!-- Whether an element sets its words in italics of itself, in every format: an emphasis, a
       foreign word, a mentioned word, a term, a title of a work (not an article's, level a or u),
       a stage direction, a chapeau, an epigraph (its attribution aside), and whatever its @rend
       sets in italics (a quotation, an argument). -->
  <xsl:function name="f:asks-italics" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (exists($e[self::tei:emph | self::tei:foreign | self::tei:mentioned | self::tei:term
        | self::tei:title[not(@level = ('a', 'u'))][not(f:is-heading-title(.))] | self::tei:stage | self::tei:div[@type = 'chapeau'] | self::tei:epigraph]))
        then true() else f:styles($e) = 'italic'"/>
  </xsl:function>

  <!-- A title that is its heading's words (the PTA's <head><title>ΜΑΡΤΥΡΙΟΝ …</title></head>): the
       heading's, set as headings are, not a work cited in italics. -->
  <xsl:function name="f:is-heading-title" as="xs:boolean">
    <xsl:param name="title" as="element()"/>
    <xsl:sequence select="exists($title/parent::tei:head) and not($title/@level)
        and normalize-space(string-join($title/../(text() | *[not(self::tei:app or self::tei:note or self::tei:pb)]), '')) = normalize-space($title)"/>
  </xsl:function>

  <!-- Whether an element's words are in italics where it stands: each element that asks for
       italics inside italics sets its words back in roman (a title in an italic sentence), the
       attribution of an epigraph is upright. -->
  <xsl:function name="f:is-in-italics" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="outside" select="exists($e/parent::*) and f:is-in-italics($e/parent::*)"/>
    <xsl:sequence select="if ($e[self::tei:bibl][ancestor::tei:epigraph]) then f:styles($e) = 'italic'
        else if (f:asks-italics($e)) then not($outside) else $outside"/>
  </xsl:function>

  <!-- A title (or any element that asks for italics) set upright because it stands in italics
       (issue 27 item 10): "lu dans <title>Le Capital</title>" inside an emphasis, a foreign
       phrase, an italic quotation or argument; each format sets it in roman. -->
  <xsl:function name="f:sets-upright" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <!-- (an element made by a stylesheet, with no parent, stands in nothing) -->
    <xsl:sequence select="if (empty($e/parent::*)) then false() else f:asks-italics($e) and f:is-in-italics($e/parent::*)"/>
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
       register entry it points to, else what the reference means (common/references.xsl: a text
       of the edition by its title, a diary's day by its source and date), else its target as
       written (a URL). -->
  <xsl:function name="f:pointer-text" as="xs:string?">
    <xsl:param name="pointer" as="element()"/>
    <xsl:variable name="target" select="tokenize(normalize-space($pointer/@target))[1]"/>
    <xsl:variable name="entry" select="if ($target and not(matches($target, '^[a-z][a-z0-9+.-]*:', 'i'))) then f:entry($target, $pointer) else ()"/>
    <xsl:sequence select="if ($pointer/(* | text()[normalize-space()])) then () else
        if ($entry) then f:display-name($entry) else (f:reference-words($pointer), $target)[1]"/>
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
</xsl:stylesheet>
