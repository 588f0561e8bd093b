<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared helpers of every output format (HTML, EPUB, XSL-FO): the parameters every format
  takes, labels, documents and facsimiles here; the rest by topic in the modules it imports
  (registers, texts, numbering, typography, links). Imported by transforms/normalize.xsl, which the
  libraries import (html/html.xsl, fo/fo.xsl).

  Conventions (after DocBook xslTNG), in every stylesheet: functions f: (public) and fp:
  (private), named templates t: and tp:, modes m: and mp:; the public ones are the override
  points an edition's customisation may count on, the private ones may change. A driver's entry
  points, which the build calls by name, have none (main, pages, extract, normalize, ...).

  A decision the normalisation passes write down (n: attributes, xslt/transforms/) is read back
  by its public function (f:styles, f:is-mention, f:note-number, ...), from a normalised
  document only: asked of another, it is an error (fp:decided). The registers are normalised
  as the texts are.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    xmlns:j="urn:x-edition:java"
    exclude-result-prefixes="#all">

  <!-- The library by topic, one module each. -->
  <xsl:import href="registers.xsl"/>
  <xsl:import href="texts.xsl"/>
  <xsl:import href="numbering.xsl"/>
  <xsl:import href="typography.xsl"/>
  <xsl:import href="links.xsl"/>
  <xsl:import href="references.xsl"/>

  <!-- The language of the labels (fr, en); by default the language of the edition's texts. -->
  <xsl:param name="ui-lang" as="xs:string" select="'fr'"/>
  <!-- How footnotes without an @n of their own are numbered, as format-integer() writes a rank:
       '1' (1, 2, 3), 'a' (a, b, c), 'i' (i, ii, iii), 'A', 'I'. A customisation of the
       normalisation pass (xslt/custom/normalize.xsl) sets it for every format. -->
  <xsl:param name="note-numbering" as="xs:string" select="'1'"/>
  <!-- The identifier of each text, by its file URI, as the build chose it (unique in the
       edition); texts not in the map get their xml:id or file name. -->
  <xsl:param name="text-ids" as="map(xs:string, xs:string)" select="map {}"/>
  <!-- The other way round: each text's file URI by its identifier (the build passes it, made once
       for the edition: a text looking another up by scanning every text's would make an edition
       of n texts cost n² lookups). -->
  <xsl:param name="text-files" as="map(xs:string, xs:string)" select="map:merge(map:keys($text-ids) ! map { $text-ids(.): . })"/>
  <!-- The edition's metadata from its settings (edition.properties): title, subtitle, editors,
       publisher, licence; each absent when not set. -->
  <xsl:param name="edition" as="map(xs:string, xs:string)" select="map {}"/>
  <!-- The address the edition is published at (base-url in edition.properties, ending in /), or
       none: a citation then names no address rather than a file: path. -->
  <xsl:param name="base-url" as="xs:string?" select="()"/>
  <!-- The register documents of the edition (TEI files with a standOff). -->
  <xsl:param name="registers" as="document-node()*" select="()"/>

  <!-- The label files, by language. The build reads them once and passes them to every
       transformation; run by hand, the stylesheets read them here. -->
  <xsl:param name="locales" as="map(xs:string, document-node())" select="map {
      'fr': doc('locales/fr.xml'), 'en': doc('locales/en.xml'), 'de': doc('locales/de.xml') }"/>
  <xsl:variable name="fp:locales" as="map(xs:string, document-node())" select="$locales"/>

  <!-- The label for $key in the interface language, falling back to French, then to the key. -->
  <xsl:function name="f:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="locale" select="($fp:locales($ui-lang), $fp:locales('fr'))[1]"/>
    <xsl:sequence select="((($locale, $fp:locales('fr')) ! key('fp:label', $key, .))[1] ! string(), $key)[1]"/>
  </xsl:function>
  <xsl:key name="fp:label" match="label" use="@key"/>

  <!-- The label for $key in a given language (a citation is written in its text's), when the
       labels have it (German has only the words written into texts: locales/de.xml), else in the
       interface language. -->
  <xsl:function name="f:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="((($fp:locales(substring(lower-case(string($lang)), 1, 2)), $fp:locales($ui-lang), $fp:locales('fr'))
        ! key('fp:label', $key, .))[1] ! string(), $key)[1]"/>
  </xsl:function>

  <!-- A colon as the interface language writes it: French puts a space before it. -->
  <xsl:function name="f:colon" as="xs:string">
    <xsl:sequence select="if ($ui-lang = 'fr') then '&#x202F;: ' else ': '"/>
  </xsl:function>

  <!-- Whether a node is in a document the normalisation pass made (transforms/normalize.xsl). -->
  <xsl:function name="f:is-normalized" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists(root($node)/*[1]/@n:normalized)"/>
  </xsl:function>

  <!-- The node whose decisions (its n: attributes) a public function reads; asked of a node the
       normalisation pass did not make, an error that says so: nothing is decided twice. -->
  <xsl:function name="fp:decided" as="node()">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="function" as="xs:string"/>
    <xsl:sequence select="if (f:is-normalized($node)) then $node
        else error(QName('urn:x-edition:function', 'not-normalized'), $function || ': ' || path($node)
          || ' is in a document the normalisation pass has not made: normalise it first'
          || ' (f:normalized, xslt/transforms/normalize.xsl)')"/>
  </xsl:function>

  <!-- ===================================================================== documents -->

  <!-- The pages of a documentary transcription (sourceDoc), in order: its surfaces, those inside
       a surfaceGrp too, not a surface drawn inside another. -->
  <xsl:function name="f:surfaces" as="element(tei:surface)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:sourceDoc//tei:surface[not(ancestor::tei:surface)]"/>
  </xsl:function>

  <!-- How a diplomatic transcription shows what the writer did to the page, in every format: a
       deletion struck through, an addition above or below the line raised or lowered, one in the
       margin or elsewhere on the page between ⟨ ⟩, an uncertain reading between ⌈ ⌉, a gap as
       […]; an addition within the line is shown as written. The sign of a transcription's element,
       if it has one. -->
  <xsl:function name="f:transcription-sign" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="place" select="tokenize($e/@place)"/>
    <xsl:sequence select="
      if (empty($e/ancestor::tei:sourceDoc)) then ()
      else if ($e/self::tei:del) then 'deleted'
      else if ($e/self::tei:add and $place = ('above', 'superlinear')) then 'added-above'
      else if ($e/self::tei:add and $place = ('below', 'sublinear')) then 'added-below'
      else if ($e/self::tei:add and exists($place) and not($place = ('inline', 'intralinear', 'inspace'))) then 'added-elsewhere'
      else if ($e/self::tei:unclear) then 'unclear'
      else if ($e/self::tei:gap) then 'gap'
      else ()"/>
  </xsl:function>

  <!-- The marks around a sign's text, where it has them (the others are typographic). -->
  <xsl:function name="f:sign-marks" as="xs:string*">
    <xsl:param name="sign" as="xs:string"/>
    <xsl:sequence select="if ($sign = 'added-elsewhere') then ('⟨', '⟩') else if ($sign = 'unclear') then ('⌈', '⌉') else ()"/>
  </xsl:function>

  <!-- The signs the transcriptions of these documents use, in the key's order: what a book's front
       matter or a transcription's head explains. -->
  <xsl:function name="f:transcription-signs" as="xs:string*">
    <xsl:param name="docs" as="node()*"/>
    <xsl:variable name="used" select="distinct-values($docs ! root(.)//tei:sourceDoc//(tei:del | tei:add | tei:unclear | tei:gap) ! f:transcription-sign(.))"/>
    <xsl:sequence select="('deleted', 'added-above', 'added-below', 'added-elsewhere', 'unclear', 'gap')[. = $used]"/>
  </xsl:function>

  <!-- A page's name as a reader finds it: its @n, else a folio its project records (the
       Shelley-Godwin Archive's mith:folio), else its place among the pages. -->
  <xsl:function name="f:surface-label" as="xs:string">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:variable name="rank" select="count($surface/preceding::tei:surface[not(ancestor::tei:surface)][ancestor::tei:sourceDoc]) + 1"/>
    <xsl:sequence select="(
        $surface/@n[normalize-space()] ! (f:label('page') || ' ' || normalize-space(.)),
        $surface/@*[local-name() = 'folio'][normalize-space()] ! (f:label('folio') || ' ' || normalize-space(.)),
        f:label('page') || ' ' || $rank)[1]"/>
  </xsl:function>

  <!-- The images the build copied beside the pages: each address as the TEI writes it, and where
       its copy is in the site (Java's LocalImages). -->
  <xsl:param name="images" as="map(xs:string, xs:string)" select="map {}"/>

  <!-- Where a reader's browser finds an image: the site's copy of a local file, a remote address
       as it is when its page's policy can name its server (f:web-origin); nothing for a local
       file the build did not find, or an address the check stage refused. -->
  <xsl:function name="f:image-address" as="xs:string?">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="if (map:contains($images, $url)) then $images($url)
        else if (exists(f:web-origin($url))) then $url else ()"/>
  </xsl:function>

  <!-- The origin of an http(s) address (https://host[:port], lowercased) as a page's
       Content-Security-Policy names it, or nothing for an address no policy can name exactly (a
       user name, an IPv6 address, a ; or a space...): parsed by Java's WebAddress, the judge of
       the settings' addresses too. A stylesheet run without the build's Java allows only the
       plainest addresses rather than one misjudged. -->
  <xsl:function name="f:web-origin" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence use-when="function-available('j:web-origin', 1)" select="j:web-origin(string($url))"/>
    <!-- run by hand (an XSpec, a driver without the build): only the plainest addresses, a host
         of letters, digits, dots and hyphens and a port, which Java's judge takes as they are -->
    <xsl:sequence use-when="not(function-available('j:web-origin', 1))"
        select="lower-case(replace(string($url), '^(https?://[a-z0-9.-]+(:[0-9]{1,5})?)([/?#].*)?$', '$1', 'i'))
          [matches(string($url), '^https?://[a-z0-9.-]+(:[0-9]{1,5})?([/?#].*)?$', 'i')]"/>
  </xsl:function>

  <!-- The image of a page: its graphic (a IIIF Image API service or a picture file), where a
       browser finds it. -->
  <xsl:function name="f:surface-image" as="xs:string?">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:sequence select="($surface/tei:graphic/@url[normalize-space()] ! fp:image-of(., normalize-space(.)))[1]"/>
  </xsl:function>

  <!-- An image an element names: in a book of several texts, where two may write the same
       address for different files, the images are known by text and address ("ID address"). -->
  <xsl:function name="fp:image-of" as="xs:string?">
    <xsl:param name="e" as="node()"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="(map:get($images, f:text-id(root($e)) || ' ' || $url), f:image-address($url))[1]"/>
  </xsl:function>

  <!-- The image a page break points to (pb/@facs): a surface of the facsimile by its id, or an
       image's own address. -->
  <xsl:function name="f:facs-image" as="xs:string?">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="facs" select="normalize-space($pb/@facs)"/>
    <xsl:sequence select="if (starts-with($facs, '#'))
        then f:facs-surface($pb) ! f:surface-image(.)
        else if ($facs) then fp:image-of($pb, $facs) else ()"/>
  </xsl:function>

  <!-- The surface a page break points to (pb/@facs="#id"), in the facsimile or the document's
       transcription of the pages (sourceDoc): the text's page and the same page transcribed. -->
  <xsl:function name="f:facs-surface" as="element(tei:surface)?">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="facs" select="normalize-space($pb/@facs)"/>
    <xsl:sequence select="if (starts-with($facs, '#'))
        then (root($pb)//(tei:facsimile | tei:sourceDoc)//tei:surface[@xml:id = substring($facs, 2)])[1] else ()"/>
  </xsl:function>

  <!-- Whether an address is a IIIF Image API service (its base, or its info.json), not a picture:
       its last segment has no picture file's extension. -->
  <xsl:function name="f:is-iiif-image" as="xs:boolean">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="matches($url, '^https?://', 'i') and not(matches($url, '\.(jpe?g|png|gif|tiff?|webp|jp2)(\?.*)?$', 'i'))"/>
  </xsl:function>

  <!-- A IIIF image's service: its address without a trailing info.json or slash. -->
  <xsl:function name="f:iiif-service" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="replace($url, '/info\.json$|/$', '')"/>
  </xsl:function>

  <!-- A picture of a IIIF image at a given size (the Image API's syntax of versions 2 and 3:
       the whole region, scaled to fit in size × size). -->
  <xsl:function name="f:iiif-picture" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="size" as="xs:integer"/>
    <xsl:sequence select="f:iiif-service($url) || '/full/!' || $size || ',' || $size || '/0/default.jpg'"/>
  </xsl:function>

  <!-- An image to show at about a given size: a IIIF image asked for that size, a picture as it is. -->
  <xsl:function name="f:picture" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="size" as="xs:integer"/>
    <xsl:sequence select="if (f:is-iiif-image($url)) then f:iiif-picture($url, $size) else $url"/>
  </xsl:function>

  <!-- The servers (their origins, as a policy names them) a document's images come from, each once. -->
  <xsl:function name="f:image-hosts" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="distinct-values(root($doc)//(tei:sourceDoc | tei:facsimile)//tei:graphic/@url ! f:web-origin(.))"/>
  </xsl:function>

  <!-- Where an element is on its page, in the page's coordinates: x, y, width, height, from its
       @ulx @uly @lrx @lry, else the bounds of its @points; nothing if it says neither, or says it
       with a value that is no coordinate (INF, NaN, 1e308: the check stage reports it,
       check.FacsimileGeometryCheck, with the same bound). -->
  <xsl:function name="f:box" as="xs:double*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="corners" select="($e/@ulx, $e/@uly, $e/@lrx, $e/@lry) ! f:coordinate(.)"/>
    <xsl:variable name="written" select="tokenize(normalize-space($e/@points), '[\s,]+')"/>
    <xsl:variable name="points" select="$written ! f:coordinate(.)"/>
    <xsl:variable name="xs" select="$points[position() mod 2 = 1]"/>
    <xsl:variable name="ys" select="$points[position() mod 2 = 0]"/>
    <xsl:sequence select="
      if (count($corners) = 4 and $corners[3] gt $corners[1] and $corners[4] gt $corners[2])
        then ($corners[1], $corners[2], $corners[3] - $corners[1], $corners[4] - $corners[2])
      else if (count($points) ge 6 and count($points) mod 2 = 0 and count($points) = count($written))
        then (min($xs), min($ys), max($xs) - min($xs), max($ys) - min($ys))
      else ()"/>
  </xsl:function>

  <!-- A coordinate as written: a finite number from -1,000,000 to 1,000,000, else nothing. -->
  <xsl:function name="f:coordinate" as="xs:double?">
    <xsl:param name="written" as="xs:string"/>
    <xsl:sequence select="(if ($written castable as xs:double) then xs:double($written) else ())[abs(.) le 1000000]"/>
  </xsl:function>

  <!-- How far a transcribed line is indented, in steps: rend="indent2" (the Shelley-Godwin
       Archive's and many projects' convention), else 0. -->
  <xsl:function name="f:line-indent" as="xs:integer">
    <xsl:param name="line" as="element()"/>
    <xsl:variable name="step" select="tokenize($line/@rend)[matches(., '^indent\d*$')][1]"/>
    <xsl:sequence select="if (empty($step)) then 0 else if ($step = 'indent') then 1 else xs:integer(substring-after($step, 'indent'))"/>
  </xsl:function>

  <!-- ===================================================================== quotations -->

  <!-- Whether a quotation (a quote, or a cit: a quotation with its source) is a block, set apart
       from the paragraphs, rather than a phrase in the line: it holds paragraphs, verse, a list
       or a table; or it stands between blocks, in a division, an epigraph, a speech, or a note,
       an item or a cell written in paragraphs (with no words of its own around it). A cit's
       quotation is a block when its cit is. Every format renders the decision: the web and the
       EPUB a blockquote (a cit a figure, its source the caption), print a block set in. -->
  <xsl:function name="f:is-block-quotation" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/self::tei:quote/parent::tei:cit) then f:is-block-quotation($e/parent::tei:cit)
      else exists($e/(self::tei:quote | self::tei:cit/tei:quote)/(tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table | tei:sp))
        or exists($e/parent::*[self::tei:div or self::tei:body or self::tei:front or self::tei:back or self::tei:epigraph
          or self::tei:argument or self::tei:postscript or self::tei:sp])
        or exists($e/parent::*[self::tei:note or self::tei:item or self::tei:cell or self::tei:quote]
          [not(text()[normalize-space()])][tei:p | tei:ab | tei:lg | tei:list | tei:table])"/>
  </xsl:function>
</xsl:stylesheet>
