<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of one text of the edition: the driver that `edition build` calls once per TEI text,
  with the edition's registers as a parameter. It imports the HTML library (html.xsl) and adds
  the page itself and its header; an edition's xslt/custom/html.xsl is imported over it by the
  build.

  Put together as every stylesheet of common/, html/, fo/, epub/: by xsl:import only, never
  xsl:include, so that the later import wins, whatever the priorities (a priority ranks templates
  within one module). From the bottom up: common/normalize.xsl; a library's modules/
  (html/html.xsl, fo/fo.xsl); a driver's own parts, in a folder named after it (fo/book/,
  epub/book/); the driver; then an edition's xslt/custom/, which the build imports over it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="html.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- Downloads of this text that exist: map of kind (tei, pdf, epub) to a relative URL. -->
  <xsl:param name="downloads" as="map(xs:string, xs:string)" select="map {}"/>
  <!-- Whether to write, beside the page, what the edition-wide pages need of the text (see
       modules/extract.xsl): extract.xml and search-records.xml, which the build keeps. -->
  <xsl:param name="with-extract" as="xs:boolean" select="false()"/>
  <!-- Whether to write, beside the page, the text's plain reading text (text.txt) and JSON record
       (record.json), which the build puts in text/ and data/texts/ and the page offers. -->
  <xsl:param name="data-files" as="xs:boolean" select="false()"/>

  <!-- The tree the build read (before normalisation), which the text's DTS passages are cut from
       (html/modules/dts.xsl). -->
  <xsl:param name="source" as="document-node()?" select="()"/>
  <!-- The website's running text is justified, with the print edition's breaks as soft hyphens
       (html/modules/typography.xsl). -->
  <xsl:param name="hyphenate" as="xs:boolean" select="true()"/>

  <!-- The page renders the normalised document (transforms/normalize.xsl): the build's, or made
       here when the stylesheet is run by hand on a TEI file. -->
  <xsl:template match="/">
    <xsl:apply-templates select="f:normalized(.)" mode="m:text-page"/>
  </xsl:template>

  <xsl:template match="/" mode="m:text-page">
    <xsl:variable name="page" select="current-output-uri()"/>
    <xsl:if test="$with-extract">
      <xsl:result-document href="extract.xml" method="xml" encoding="UTF-8">
        <xsl:call-template name="extract"/>
      </xsl:result-document>
      <xsl:result-document href="search-records.xml" method="xml" encoding="UTF-8" indent="no">
        <xsl:call-template name="search-records"/>
      </xsl:result-document>
    </xsl:if>
    <xsl:if test="$data-files">
      <xsl:result-document href="text.txt" method="text" encoding="UTF-8">
        <xsl:call-template name="t:plain-text"><xsl:with-param name="doc" select="."/></xsl:call-template>
      </xsl:result-document>
      <xsl:result-document href="record.json" method="json" indent="yes" encoding="UTF-8">
        <xsl:sequence select="f:text-data(.)"/>
      </xsl:result-document>
    </xsl:if>
    <xsl:if test="$dts">
      <xsl:call-template name="t:dts-text">
        <xsl:with-param name="doc" select="."/>
        <xsl:with-param name="source" select="$source"/>
        <xsl:with-param name="root" select="$page"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="manifest" select="f:iiif-manifest(.)"/>
    <xsl:if test="exists($manifest)">
      <xsl:result-document href="iiif-manifest.json" method="json">
        <xsl:sequence select="$manifest"/>
      </xsl:result-document>
    </xsl:if>
    <!-- A long text is published a page per part (common/parts.xsl): the first page here, the
         others beside it, ID-p2.html and on. -->
    <xsl:call-template name="t:text-page"><xsl:with-param name="part" select="1"/></xsl:call-template>
    <xsl:variable name="doc" select="."/>
    <xsl:for-each select="2 to f:part-count(.)">
      <xsl:variable name="part" select="."/>
      <xsl:result-document href="{f:page-href(f:text-id($doc), $part)}" method="html" html-version="5" encoding="UTF-8" indent="no">
        <xsl:for-each select="$doc">
          <xsl:call-template name="t:text-page"><xsl:with-param name="part" select="$part"/></xsl:call-template>
        </xsl:for-each>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- One page of a text: the whole text, or, for a text in parts, its first page (its header,
       its contents, its first part) or a later one (the text's title, the way to the pages
       before and after it and to the contents, its part). The notes of a part are at the end of
       its page. -->
  <xsl:template name="t:text-page">
    <xsl:param name="part" as="xs:integer"/>
    <xsl:variable name="parts" select="f:part-count(.)"/>
    <xsl:variable name="tei" select="(tei:TEI, tei:teiCorpus)[1]"/>
    <xsl:variable name="lang" select="($tei/tei:text/@xml:lang, $tei/@xml:lang, $ui-lang)[1]"/>
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:call-template name="t:page">
      <xsl:with-param name="title" select="if ($part gt 1) then f:part-label(., $part) || ' — ' || f:text-title(.) else f:text-title(.)"/>
      <xsl:with-param name="page-class" select="'page text-page' || (if ($parts gt 1) then ' text-in-parts' else '')"/>
      <xsl:with-param name="image-hosts" select="f:image-hosts(.)"/>
      <xsl:with-param name="facsimiles" select="$part = 1 and exists(f:surfaces(.)[f:surface-image(.)])"/>
      <xsl:with-param name="meta" as="element()*">
        <xsl:call-template name="t:citation-meta"><xsl:with-param name="doc" select="."/></xsl:call-template>
        <xsl:if test="$part = 1">
          <xsl:call-template name="t:json-ld"><xsl:with-param name="data" select="f:text-json-ld(.)"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="$part gt 1"><link rel="prev" href="{f:page-href($id, $part - 1)}"/></xsl:if>
        <xsl:if test="$part lt $parts"><link rel="next" href="{f:page-href($id, $part + 1)}"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="content">
        <article class="text{if ($parts gt 1) then ' text-part' else ''}" lang="{f:html-lang($lang)}" dir="{f:dir($lang)}">
          <xsl:if test="$parts gt 1 and $part = 1">
            <xsl:attribute name="data-part-anchors" select="fp:part-anchors(.)"/>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="$part = 1">
              <xsl:call-template name="t:text-header"><xsl:with-param name="doc" select="."/></xsl:call-template>
              <xsl:call-template name="t:manuscripts"><xsl:with-param name="doc" select="."/></xsl:call-template>
              <xsl:call-template name="t:contents"><xsl:with-param name="doc" select="."/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="t:part-header">
                <xsl:with-param name="doc" select="."/>
                <xsl:with-param name="part" select="$part"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="t:witnesses"><xsl:with-param name="doc" select="."/></xsl:call-template>
          <xsl:apply-templates select="$tei//tei:text[not(ancestor::tei:text)]" mode="m:html">
            <xsl:with-param name="t:part" tunnel="yes" select="if ($parts gt 1) then $part else 0"/>
          </xsl:apply-templates>
          <xsl:if test="$part = 1">
            <xsl:apply-templates select="$tei/tei:sourceDoc" mode="m:html"/>
          </xsl:if>
          <xsl:if test="$parts gt 1">
            <xsl:call-template name="t:part-nav">
              <xsl:with-param name="doc" select="."/>
              <xsl:with-param name="part" select="$part"/>
              <xsl:with-param name="label" select="f:label('part-navigation-end')"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:for-each select="$tei//tei:text[not(ancestor::tei:text)]">
            <xsl:call-template name="t:endnotes">
              <xsl:with-param name="text" select="."/>
              <xsl:with-param name="t:part" tunnel="yes" select="if ($parts gt 1) then $part else 0"/>
            </xsl:call-template>
            <xsl:call-template name="t:descriptions">
              <xsl:with-param name="text" select="."/>
              <xsl:with-param name="t:part" tunnel="yes" select="if ($parts gt 1) then $part else 0"/>
            </xsl:call-template>
          </xsl:for-each>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The head of a later page of a text in parts: the text's title, leading to its first page,
       its authors, the way to the pages before and after and to the contents, and the switch
       between the edited and the diplomatic text when the text has both. -->
  <xsl:template name="t:part-header">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="part" as="xs:integer"/>
    <header class="text-header part-header">
      <h1><a href="{f:page-href(f:text-id($doc), 1)}"><xsl:value-of select="f:text-title($doc)"/></a></h1>
      <xsl:if test="exists(f:text-authors($doc))">
        <p class="authors"><xsl:value-of select="string-join(f:text-authors($doc), ', ')"/></p>
      </xsl:if>
      <xsl:call-template name="t:part-nav">
        <xsl:with-param name="doc" select="$doc"/>
        <xsl:with-param name="part" select="$part"/>
        <xsl:with-param name="label" select="f:label('part-navigation')"/>
      </xsl:call-template>
      <xsl:if test="f:has-views($doc)">
        <div class="text-tools">
          <xsl:call-template name="t:source-switch"/>
        </div>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- The way from one page of a text in parts to the page before, the contents (on the first
       page) and the page after, each named by its part. -->
  <xsl:template name="t:part-nav">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:variable name="id" select="f:text-id($doc)"/>
    <xsl:variable name="parts" select="f:part-count($doc)"/>
    <nav class="part-nav" aria-label="{$label}">
      <xsl:if test="$part gt 1">
        <a class="part-previous" rel="prev" href="{f:page-href($id, $part - 1)}">
          <span class="part-direction"><xsl:value-of select="'← ' || f:label('part-previous')"/></span>
          <xsl:text> </xsl:text>
          <span class="part-name"><xsl:value-of select="f:part-label($doc, $part - 1)"/></span>
        </a>
      </xsl:if>
      <a class="part-contents" href="{if ($part = 1) then '' else f:page-href($id, 1)}#contents-title">
        <xsl:value-of select="f:label('contents')"/>
        <span class="part-count"><xsl:value-of select="' (' || $part || '/' || $parts || ')'"/></span>
      </a>
      <xsl:if test="$part lt $parts">
        <a class="part-next" rel="next" href="{f:page-href($id, $part + 1)}">
          <span class="part-direction"><xsl:value-of select="f:label('part-next') || ' →'"/></span>
          <xsl:text> </xsl:text>
          <span class="part-name"><xsl:value-of select="f:part-label($doc, $part + 1)"/></span>
        </a>
      </xsl:if>
    </nav>
  </xsl:template>

  <!-- Where the anchors of a text in parts are, for its first page to lead an address that names
       one on another page there (an address from before the text was cut, a link from another
       text: edition.js): the pages; for each kind of numbered anchor (p-12, m-3, note-4,
       section-2), the first number on each page; the other anchors of the later pages. -->
  <xsl:function name="fp:part-anchors" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="id" select="f:text-id($doc)"/>
    <xsl:variable name="parts" select="f:part-count($doc)"/>
    <xsl:variable name="text" select="$doc//tei:text[not(ancestor::tei:text)]"/>
    <xsl:variable name="numbered" select="map {
        'p': $text//tei:p[f:is-numbered-paragraph(.)] ! map { 'n': f:paragraph-number(.), 'part': f:part(.) },
        'm': f:mentions($doc) ! map { 'n': xs:integer(substring-after(f:mention-id(.), 'm-')), 'part': f:part(.) },
        'note': $text//tei:note[empty(@xml:id)] ! map { 'n': f:rank(.), 'part': f:part(.) },
        'section': $text//tei:div[tei:head][empty(@xml:id)] ! map { 'n': f:rank(.), 'part': f:part(.) } }"/>
    <xsl:variable name="table" select="map {
        'pages': array { (1 to $parts) ! f:page-href($id, .) },
        'first': map:merge(map:keys($numbered) ! map { .: array:join(for $k in 1 to $parts
            return [ min($numbered(.)[?part = $k]?n) ]) }),
        'ids': map:merge($text//*[@xml:id][f:part(.) gt 1] ! map { string(@xml:id): f:part(.) - 1 },
            map { 'duplicates': 'use-first' }) }"/>
    <xsl:sequence select="serialize($table, map { 'method': 'json' })"/>
  </xsl:function>

  <!-- A table of contents for a text of two sections or more, or in parts: its sections with a
       heading, and those they hold (two levels; every level of a section that is cut into parts,
       so that every part is listed), each linked to its place (on the page of its part). -->
  <xsl:template name="t:contents">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="sections" select="f:contents($doc)"/>
    <xsl:if test="f:part-count($doc) gt 1 or count(($sections, $sections/descendant::tei:div[tei:head])) ge 2">
      <nav class="contents" aria-labelledby="contents-title">
        <h2 id="contents-title" class="contents-title"><xsl:value-of select="f:label('contents')"/></h2>
        <ol>
          <xsl:if test="fp:numbered-headings($sections ! f:contents-label(.))"><xsl:attribute name="class" select="'self-numbered'"/></xsl:if>
          <xsl:for-each select="$sections">
            <xsl:call-template name="t:contents-entry">
              <xsl:with-param name="label" select="f:contents-label(.)"/>
              <xsl:with-param name="level" select="1"/>
            </xsl:call-template>
          </xsl:for-each>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- Whether sections' headings number themselves ("Явление I", "Acte II", "3. Méthode"): the
       list then adds no number of its own ("1. Явление I"). -->
  <xsl:function name="fp:numbered-headings" as="xs:boolean">
    <xsl:param name="labels" as="xs:string*"/>
    <!-- (most of them: a play's last scene may be named, not numbered, "Немая сцена") -->
    <xsl:variable name="numbered" select="$labels[matches(normalize-space(.), '^(\S+\s+){0,2}([IVXLCDM]+|\d+[a-z]?)([.:,)]|\s|$)')]"/>
    <xsl:sequence select="count($numbered) ge 2 and count($numbered) ge 0.8 * count($labels)"/>
  </xsl:function>

  <xsl:template name="t:contents-entry">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="part" select="f:part(.)"/>
    <!-- a section that begins its page is linked to the page, not to a place below its top -->
    <xsl:variable name="begins" select="$part gt 1 and empty(f:part-nodes(., $part)[. &lt;&lt; current()][not(self::tei:head)])"/>
    <li>
      <a href="{if ($begins) then f:page-href(f:text-id(.), $part) else f:href-to(., f:section-id(.), root(.))}">
        <xsl:value-of select="$label"/>
      </a>
      <xsl:variable name="inner" select="f:contents-children(.)"/>
      <xsl:if test="exists($inner) and ($level lt 2 or exists(@n:parts))">
        <!-- sections named by a number only (I, II, 12) run on in a line -->
        <ol>
          <xsl:variable name="classes" select="(
              'run-in'[every $s in $inner satisfies (string-length(f:heading-text($s/tei:head[1])) le 6
                and (empty(f:contents-children($s)) or ($level + 1 ge 2 and empty($s/@n:parts))))],
              'self-numbered'[fp:numbered-headings($inner ! f:heading-text(tei:head[1]))])"/>
          <xsl:if test="exists($classes)"><xsl:attribute name="class" select="string-join($classes, ' ')"/></xsl:if>
          <xsl:for-each select="$inner">
            <xsl:call-template name="t:contents-entry">
              <xsl:with-param name="label" select="f:heading-text(tei:head[1])"/>
              <xsl:with-param name="level" select="$level + 1"/>
            </xsl:call-template>
          </xsl:for-each>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="t:text-header">
    <xsl:param name="doc" as="document-node()"/>
    <header class="text-header">
      <h1><xsl:value-of select="f:text-title($doc)"/></h1>
      <xsl:if test="f:text-subtitle($doc)">
        <p class="subtitle"><xsl:value-of select="f:text-subtitle($doc)"/></p>
      </xsl:if>
      <xsl:if test="exists(f:text-authors($doc))">
        <p class="authors"><xsl:value-of select="string-join(f:text-authors($doc), ', ')"/></p>
      </xsl:if>
      <xsl:call-template name="t:correspondence"><xsl:with-param name="doc" select="$doc"/></xsl:call-template>
      <xsl:for-each select="f:original-publication($doc)[empty(f:correspondence($doc))]">
        <p class="original-publication">
          <span class="label"><xsl:value-of select="f:label('original-publication') || f:colon()"/></span>
          <xsl:apply-templates mode="m:html"/>
        </p>
      </xsl:for-each>
      <div class="text-tools">
        <!-- One switch for the page: the edited text (corrections, regularisations, expansions,
             lemmata, additions kept, deletions dropped, supplied words in brackets) or the
             diplomatic one (the source's errors, spellings and abbreviations, deletions struck,
             additions marked); the conventions are on the about page. -->
        <xsl:if test="f:has-views($doc)">
          <xsl:call-template name="t:source-switch"/>
        </xsl:if>
        <xsl:call-template name="t:cite-box"><xsl:with-param name="doc" select="$doc"/></xsl:call-template>
        <xsl:if test="map:size($downloads) gt 0">
          <nav class="downloads" aria-label="{f:label('downloads')}">
            <span class="label"><xsl:value-of select="f:label('downloads') || f:colon()"/></span>
            <xsl:for-each select="('tei', 'pdf', 'epub')[map:contains($downloads, .)]">
              <a href="{$downloads(.)}" class="download {.}" download="">
                <xsl:value-of select="f:label(if (. = 'tei') then 'tei-source' else .)"/>
              </a>
              <xsl:if test="position() != last()"><xsl:text> · </xsl:text></xsl:if>
            </xsl:for-each>
            <xsl:if test="$data-files">
              <xsl:text> · </xsl:text>
              <a href="{f:plain-text-href(f:text-id($doc))}" class="download text" type="text/plain"><xsl:value-of select="f:label('plain-text')"/></a>
              <xsl:text> · </xsl:text>
              <a href="{f:record-href(f:text-id($doc))}" class="download data" type="application/json"><xsl:value-of select="f:label('data-record')"/></a>
            </xsl:if>
            <xsl:if test="exists(f:iiif-manifest($doc))">
              <xsl:text> · </xsl:text>
              <a href="iiif/{f:text-id($doc)}/manifest.json" class="download iiif" type="application/ld+json"
                  title="{f:label('iiif-manifest-title')}"><xsl:value-of select="f:label('iiif-manifest')"/></a>
            </xsl:if>
          </nav>
        </xsl:if>
      </div>
    </header>
  </xsl:template>

  <xsl:template name="t:source-switch">
    <button type="button" class="source-switch" aria-pressed="false" hidden="hidden"
        data-on="{f:label('as-corrected')}" data-off="{f:label('as-in-source')}">
      <xsl:value-of select="f:label('as-in-source')"/>
    </button>
  </xsl:template>

  <!-- A letter's sending and receiving (who, where, when), each name linked to its register
       entry, and the letters before and after it: those the encoder named (correspContext) in
       the page, the others by date from nav/ID.js (modules/letters.xsl), which edition.js reads. -->
  <xsl:template name="t:correspondence">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="actions" select="f:correspondence($doc)"/>
    <xsl:if test="exists($actions)">
      <dl class="correspondence">
        <xsl:for-each select="$actions">
          <dt><xsl:value-of select="f:label(if (?role = 'received') then 'recipient' else if (?role = 'sent') then 'sender' else ?role)"/></dt>
          <dd>
            <xsl:for-each select="?names">
              <xsl:variable name="entry" select="f:entry(@ref, .)"/>
              <xsl:choose>
                <xsl:when test="$entry[@xml:id]"><a class="mention" href="{f:register-kind($entry)}.html#{$entry/@xml:id}"><xsl:value-of select="normalize-space(.)"/></a></xsl:when>
                <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
            </xsl:for-each>
            <xsl:variable name="where" as="xs:string*">
              <xsl:sequence select="(?places ! normalize-space(.), ?date-label)[. != '']"/>
            </xsl:variable>
            <xsl:if test="exists($where)">
              <span class="correspondence-where"><xsl:value-of select="' (' || string-join($where, ', ') || ')'"/></span>
            </xsl:if>
          </dd>
        </xsl:for-each>
      </dl>
      <xsl:variable name="context" select="f:letter-context($doc)"/>
      <nav class="letter-sequence" aria-label="{f:label('correspondence')}" data-nav="nav/{f:text-id($doc)}.js">
        <xsl:for-each select="'correspondence', 'edition'">
          <xsl:variable name="scope" select="."/>
          <p class="letter-scope letter-{$scope}">
            <xsl:for-each select="'previous', 'next'">
              <xsl:variable name="direction" select="."/>
              <xsl:variable name="named" select="$context[?scope = $scope and ?direction = $direction][1]"/>
              <span class="letter-{$scope}-{$direction}" data-label="{f:label('letter-' || $direction) || ' ' || f:label('in-' || $scope) || f:colon()}">
                <xsl:variable name="id" select="replace($named?target, '^.*/', '')"/>
                <xsl:variable name="words" select="f:label('letter-' || $direction) || ' ' || f:label('in-' || $scope) || f:colon() || $named?label"/>
                <xsl:choose>
                  <xsl:when test="exists($named) and matches($named?target, '^https?://') and f:safe-url($named?target)">
                    <a rel="{if ($direction = 'previous') then 'prev' else 'next'}" href="{f:safe-url($named?target)}"><xsl:value-of select="$words"/></a>
                  </xsl:when>
                  <!-- a letter of this edition; one it does not hold is named, not linked -->
                  <xsl:when test="exists($named) and (map:size($text-ids) = 0 or map:contains($text-files, $id))">
                    <a rel="{if ($direction = 'previous') then 'prev' else 'next'}" href="{$id}.html"><xsl:value-of select="$words"/></a>
                  </xsl:when>
                  <xsl:when test="exists($named)">
                    <span class="letter-elsewhere"><xsl:value-of select="$words"/></span>
                  </xsl:when>
                </xsl:choose>
              </span>
            </xsl:for-each>
          </p>
        </xsl:for-each>
      </nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
