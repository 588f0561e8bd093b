<?xml version="1.0" encoding="UTF-8"?>
<!--
  One EPUB 3 book: a title page, one content document per text, the registers as back matter,
  the navigation document and the package document. Called by `edition build` once per text and
  once for the whole edition; writes the files of OEBPS/ with xsl:result-document. Java adds
  mimetype and META-INF/container.xml and zips the book.

  The text markup is the website's (xslt/html/modules): only what differs is overridden here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    xmlns:t="urn:x-edition:template"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:opf="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="../html/html.xsl"/>

  <!-- The texts of this book (one, or all of the edition). -->
  <xsl:param name="texts" as="document-node()+"/>
  <xsl:variable name="book-texts" as="document-node()+" select="f:book-texts($texts)"/>
  <!-- urn:uuid:… derived from the text's identifier, so that it never changes between builds. -->
  <xsl:param name="book-identifier" as="xs:string"/>
  <!-- dcterms:modified, from the sources (YYYY-MM-DDThh:mm:ssZ). -->
  <xsl:param name="modified" as="xs:string"/>
  <!-- The font files Java puts in OEBPS/fonts/. -->
  <xsl:param name="fonts" as="xs:string*" select="()"/>
  <!-- Whether this is the edition's volume (all texts) or one text's book. -->
  <xsl:param name="whole-edition" as="xs:boolean" select="false()"/>

  <xsl:variable name="fp:book-lang" select="f:book-language($book-texts)"/>
  <xsl:variable name="fp:book-ids" select="$book-texts ! f:text-id(.)"/>
  <xsl:variable name="fp:book-title" select="f:book-title($book-texts, $whole-edition)"/>
  <xsl:variable name="fp:mentions" select="$book-texts ! f:mentions(.)"/>
  <!-- The mentions of the book, by the entry they point to (looked up once, not per entry). -->
  <xsl:variable name="fp:mentions-by-entry" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="$fp:mentions" group-by="generate-id(f:entry(@ref, .))">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>
  <!-- The editorial corrections of the book, listed at its end (an e-reader has no hover). -->
  <xsl:variable name="fp:corrections" select="f:book-corrections($book-texts)"/>

  <xsl:variable name="fp:entries" select="f:book-entries($fp:mentions)"/>

  <!-- ===================================================================== overrides -->

  <xsl:function name="f:entry-href" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="'registers.xhtml#' || $entry/@xml:id"/>
  </xsl:function>

  <xsl:function name="f:text-href" as="xs:string?">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="if ($text-id = $fp:book-ids) then f:page-href($text-id, 1) else ()"/>
  </xsl:function>

  <!-- A text is a content document per part (common/parts.xsl): text-ID.xhtml, text-ID-p2.xhtml... -->
  <xsl:function name="f:page-href" as="xs:string">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:param name="part" as="xs:integer"/>
    <xsl:sequence select="'text-' || f:part-name($text-id, $part) || '.xhtml'"/>
  </xsl:function>

  <!-- Note calls: EPUB noterefs that reading systems open as pop-ups. -->
  <xsl:template match="tei:note" mode="m:note-call">
    <xsl:variable name="id" select="f:note-id(.)"/>
    <a class="noteref" epub:type="noteref" role="doc-noteref" href="#{$id}" id="ref-{$id}">
      <xsl:value-of select="f:note-number(.)"/>
    </a>
  </xsl:template>

  <!-- Note bodies: one aside per note at the end of the text, each with a way back. -->
  <xsl:template name="t:endnotes">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <xsl:variable name="notes" select="$text//tei:note[f:is-footnote(.)][$t:part = 0 or f:part(.) = $t:part]"/>
    <xsl:if test="$notes">
      <section class="endnotes" aria-labelledby="endnotes-title">
        <h2 id="endnotes-title"><xsl:value-of select="f:label('notes')"/></h2>
        <xsl:for-each select="$notes">
          <aside epub:type="footnote" role="doc-footnote" id="{f:note-id(.)}" class="footnote">
            <xsl:call-template name="fp:attributes"><xsl:with-param name="id" select="false()"/></xsl:call-template>
            <p class="note-number"><a href="#ref-{f:note-id(.)}" role="doc-backlink"><xsl:value-of select="f:note-number(.)"/>.</a></p>
            <div class="note-body"><xsl:apply-templates mode="m:html"/></div>
          </aside>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Paragraph numbers are anchors, not links: a book has no address bar to copy. -->
  <xsl:param name="paragraph-links" as="xs:boolean" select="false()"/>
  <!-- The running text breaks its words where the website and the print edition do (soft hyphens
       from FOP's patterns for its language: html/modules/typography.xsl). -->
  <xsl:param name="hyphenate" as="xs:boolean" select="true()"/>
  <!-- A page's image in a book: the picture itself when the book holds it (the setting
       page-images = plates; EpubBooks packs it under images/), else, for an image on the web, a
       link to it (a book may not load what it does not hold); nothing for another. -->
  <xsl:template name="t:surface-facsimile">
    <xsl:param name="image" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="starts-with($image, 'images/')">
        <figure class="facsimile"><img src="{$image}" alt="{f:label('facsimile-of')} {f:surface-label(.)}"/></figure>
      </xsl:when>
      <xsl:when test="matches($image, '^https?://')">
        <p class="facsimile-link"><a href="{f:picture($image, 3000)}"><xsl:value-of select="f:label('facsimile-of') || ' ' || f:surface-label(.)"/></a></p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:pb-facsimile">
    <xsl:param name="image" as="xs:string"/>
    <xsl:if test="starts-with($image, 'images/')">
      <span class="facsimile-at-pb"><img src="{$image}" alt="{f:label('facsimile-of')} {f:label('page')} {(@n, '')[1]}"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A book's apparatus is an end section of each text, its witnesses in the front matter; it has
       no script to read the text as one witness. -->
  <xsl:param name="apparatus-by-section" as="xs:boolean" select="false()"/>
  <xsl:param name="witness-readings" as="xs:boolean" select="false()"/>

  <!-- A book explains its transcriptions' signs in its front matter (the title page). -->
  <xsl:param name="signs-key-with-transcription" as="xs:boolean" select="false()"/>
  <xsl:param name="paragraph-numbers" as="xs:boolean" select="true()"/>

  <!-- A book holds what it links to: only web addresses, texts of the book and anchors of the
       text itself become links. -->
  <xsl:function name="f:href" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="safe" select="f:safe-url($target)"/>
    <xsl:variable name="entry" select="if ($safe and not(matches($safe, '^[a-z]+:', 'i'))) then f:entry($safe, $context) else ()"/>
    <xsl:sequence select="
      if (empty($safe)) then ()
      else if (matches($safe, '^(https?|mailto):', 'i')) then $safe
      else if ($entry) then (if ($entry intersect $fp:entries) then f:entry-href($entry) else ())
      else if (starts-with($safe, '#')) then
        (id(substring($safe, 2), root($context))[ancestor::tei:text] ! f:href-to(., substring($safe, 2), $context))
      else if (matches($safe, '^[^:/#?]+\.xml(#.*)?$')) then
        (: a text of the book: the file of the part that holds the anchor :)
        (let $id := replace($safe, '\.xml(#.*)?$', ''), $anchor := substring-after($safe, '#')
         return ($book-texts[f:text-id(.) = $id][$anchor != ''] ! id($anchor, .)[ancestor::tei:text] ! f:anchor-href(., $anchor),
                 f:text-href($id) ! (. || (if ($anchor != '') then '#' || $anchor else '')))[1])
      else ()"/>
  </xsl:function>

  <!-- Images outside the book are not fetched: their description stands in for them. -->
  <xsl:template match="tei:graphic" mode="m:html">
    <span class="tei-graphic" data-tei="graphic">
      <xsl:value-of select="normalize-space(string-join((../tei:figDesc, tei:desc), ' '))"/>
    </span>
  </xsl:template>

  <!-- ===================================================================== the book -->

  <xsl:template name="main">
    <xsl:result-document href="title.xhtml" method="xhtml" html-version="5" omit-xml-declaration="no" indent="no">
      <xsl:call-template name="t:xhtml">
        <xsl:with-param name="title" select="$fp:book-title"/>
        <xsl:with-param name="type" select="'titlepage'"/>
        <xsl:with-param name="content"><xsl:call-template name="t:title-page"/></xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
    <!-- A text is a content document, or one per part of a long text (common/parts.xsl), the
         notes of each part at its end. -->
    <xsl:for-each select="$book-texts">
      <xsl:variable name="doc" select="."/>
      <xsl:variable name="parts" select="f:part-count(.)"/>
      <xsl:for-each select="1 to $parts">
        <xsl:variable name="part" select="."/>
        <xsl:result-document href="{f:page-href(f:text-id($doc), $part)}" method="xhtml" html-version="5" omit-xml-declaration="no" indent="no">
          <xsl:for-each select="$doc">
            <xsl:variable name="lang" select="(.//tei:text/@xml:lang, $fp:book-lang)[1]"/>
            <xsl:variable name="label" select="if ($part = 1) then f:text-title(.) else f:part-label(., $part) || ' — ' || f:text-title(.)"/>
            <xsl:call-template name="t:xhtml">
              <xsl:with-param name="title" select="$label"/>
              <xsl:with-param name="type" select="'bodymatter'"/>
              <xsl:with-param name="content">
                <section epub:type="chapter" role="doc-chapter" class="text" lang="{f:html-lang($lang)}" xml:lang="{f:html-lang($lang)}" dir="{f:dir($lang)}">
                  <xsl:choose>
                    <xsl:when test="$part = 1">
                      <xsl:attribute name="aria-labelledby" select="'title-' || f:text-id(.)"/>
                      <h1 id="title-{f:text-id(.)}"><xsl:value-of select="f:text-title(.)"/></h1>
                      <xsl:if test="f:text-subtitle(.)"><p class="subtitle"><xsl:value-of select="f:text-subtitle(.)"/></p></xsl:if>
                      <xsl:if test="exists(f:text-authors(.))"><p class="authors"><xsl:value-of select="string-join(f:text-authors(.), ', ')"/></p></xsl:if>
                      <xsl:call-template name="t:manuscripts">
                        <xsl:with-param name="doc" select="."/>
                        <xsl:with-param name="folded" select="false()"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:attribute name="aria-label" select="$label"/>
                    </xsl:otherwise>
                  </xsl:choose>
                  <xsl:apply-templates select="(tei:TEI, tei:teiCorpus)[1]//tei:text[not(ancestor::tei:text)]" mode="m:html">
                    <xsl:with-param name="t:part" tunnel="yes" select="if ($parts gt 1) then $part else 0"/>
                  </xsl:apply-templates>
                  <xsl:if test="$part = 1">
                    <xsl:apply-templates select="(tei:TEI, tei:teiCorpus)[1]/tei:sourceDoc" mode="m:html"/>
                  </xsl:if>
                  <xsl:for-each select="(tei:TEI, tei:teiCorpus)[1]//tei:text[not(ancestor::tei:text)]">
                    <xsl:call-template name="t:endnotes">
                      <xsl:with-param name="text" select="."/>
                      <xsl:with-param name="t:part" tunnel="yes" select="if ($parts gt 1) then $part else 0"/>
                    </xsl:call-template>
                    <xsl:call-template name="t:descriptions">
                      <xsl:with-param name="text" select="."/>
                      <xsl:with-param name="t:part" tunnel="yes" select="if ($parts gt 1) then $part else 0"/>
                    </xsl:call-template>
                  </xsl:for-each>
                </section>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:result-document>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:if test="exists($fp:entries)">
      <xsl:result-document href="registers.xhtml" method="xhtml" html-version="5" omit-xml-declaration="no" indent="no">
        <xsl:call-template name="t:xhtml">
          <xsl:with-param name="title" select="f:label('index')"/>
          <xsl:with-param name="type" select="'backmatter'"/>
          <xsl:with-param name="content"><xsl:call-template name="t:registers"/></xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
    <xsl:if test="exists($fp:corrections)">
      <xsl:result-document href="corrections.xhtml" method="xhtml" html-version="5" omit-xml-declaration="no" indent="no">
        <xsl:call-template name="t:xhtml">
          <xsl:with-param name="title" select="f:label('corrections')"/>
          <xsl:with-param name="type" select="'backmatter'"/>
          <xsl:with-param name="content"><xsl:call-template name="t:corrections"/></xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
    <xsl:result-document href="nav.xhtml" method="xhtml" html-version="5" omit-xml-declaration="no" indent="no">
      <xsl:call-template name="t:nav"/>
    </xsl:result-document>
    <xsl:result-document href="content.opf" method="xml" indent="yes">
      <xsl:call-template name="t:package"/>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="t:xhtml">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="content" as="item()*"/>
    <html lang="{$fp:book-lang}" xml:lang="{$fp:book-lang}">
      <head>
        <meta charset="utf-8"/>
        <xsl:sequence select="$fp:no-script"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="css/edition.css"/>
      </head>
      <body epub:type="{$type}">
        <xsl:apply-templates select="$content" mode="m:repair"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="t:title-page">
    <section class="title-page" epub:type="titlepage" aria-label="{$fp:book-title}">
      <h1 class="book-title"><xsl:value-of select="$fp:book-title"/></h1>
      <xsl:if test="not($whole-edition) and f:text-subtitle($book-texts[1])">
        <p class="subtitle"><xsl:value-of select="f:text-subtitle($book-texts[1])"/></p>
      </xsl:if>
      <xsl:variable name="authors" select="distinct-values($book-texts ! f:text-authors(.))"/>
      <xsl:if test="exists($authors)">
        <p class="authors"><xsl:value-of select="string-join($authors, ', ')"/></p>
      </xsl:if>
      <xsl:if test="not($whole-edition)">
        <xsl:for-each select="f:original-publication($book-texts[1])">
          <p class="original-publication">
            <xsl:value-of select="f:label('original-publication') || f:colon()"/>
            <xsl:apply-templates mode="m:html"/>
          </p>
        </xsl:for-each>
      </xsl:if>
      <p class="edition"><i><xsl:value-of select="$site-title"/></i></p>
      <xsl:for-each select="f:edition-credits()">
        <p class="credits"><xsl:value-of select="?label || f:colon() || ?names"/></p>
      </xsl:for-each>
      <xsl:if test="$edition?licence">
        <p class="licence"><xsl:value-of select="f:label('licence') || f:colon() || $edition?licence"/></p>
      </xsl:if>
      <xsl:for-each select="f:book-availability($book-texts, $whole-edition)">
        <div class="licence"><xsl:apply-templates mode="m:html"/></div>
      </xsl:for-each>
      <xsl:if test="exists($fp:corrections)">
        <p class="corrections-note"><xsl:value-of select="f:label('epub-corrections')"/></p>
      </xsl:if>
      <xsl:for-each select="$book-texts[.//tei:text//tei:app]">
        <xsl:call-template name="t:witnesses">
          <xsl:with-param name="doc" select="."/>
          <xsl:with-param name="with-title" select="count($book-texts) gt 1"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="exists(f:transcription-signs($book-texts))">
        <section class="signs-key" aria-labelledby="signs-title">
          <h2 id="signs-title"><xsl:value-of select="f:label('signs')"/></h2>
          <xsl:call-template name="t:transcription-key"><xsl:with-param name="docs" select="$book-texts"/></xsl:call-template>
        </section>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- A corrected reading in a book: the edition's reading, marked with a small circle that leads
       to its line in the list of corrections (inside a link, where no second link may go, it is
       listed all the same). -->
  <xsl:template match="tei:choice[f:is-correction(.)]" mode="m:html" priority="1">
    <span class="tei-choice" id="{f:correction-id(.)}">
      <xsl:call-template name="fp:attributes"/>
      <span class="edited {local-name(f:edited-reading(.))}"><xsl:apply-templates select="f:edited-reading(.)/node()" mode="m:html"/></span>
      <xsl:if test="empty(ancestor::*[f:is-mention(.)] | ancestor::tei:ref[@target])">
        <a class="correction-mark" href="corrections.xhtml#{f:correction-id(.)}-entry"
            aria-label="{f:label('source-reading')} {normalize-space(f:source-reading(.))}">°</a>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="t:corrections">
    <section epub:type="appendix" role="doc-appendix" aria-labelledby="corrections-title">
      <h1 id="corrections-title"><xsl:value-of select="f:label('corrections')"/></h1>
      <p><xsl:value-of select="f:label('epub-corrections-table')"/></p>
      <table class="corrections">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="f:label('where')"/></th>
            <th scope="col"><xsl:value-of select="f:label('pdf-source-reading')"/></th>
            <th scope="col"><xsl:value-of select="f:label('pdf-corrected-reading')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$fp:corrections">
            <tr id="{f:correction-id(.)}-entry">
              <td><a href="{f:anchor-href(., f:correction-id(.))}"><xsl:value-of select="(if ($whole-edition) then f:text-title(.) || ', ' else '') || f:where-in-text(.)"/></a></td>
              <td><xsl:value-of select="f:typeset-string(normalize-space(f:source-reading(.)), .)"/></td>
              <td><xsl:value-of select="f:typeset-string(normalize-space(f:edited-reading(.)), .)"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="t:registers">
    <section epub:type="index" role="doc-index" aria-labelledby="registers-title">
      <h1 id="registers-title"><xsl:value-of select="f:label('index')"/></h1>
      <xsl:for-each-group select="$fp:entries" group-by="f:register-kind(.)">
        <xsl:sort select="index-of(('persons', 'organisations', 'places', 'works'), current-grouping-key())"/>
        <section class="register" aria-labelledby="register-{current-grouping-key()}">
          <h2 id="register-{current-grouping-key()}"><xsl:value-of select="f:label(current-grouping-key())"/></h2>
          <xsl:for-each select="current-group()">
            <xsl:sort select="f:sort-key(f:entry-name(.))"/>
            <xsl:variable name="entry" select="."/>
            <div class="entry" id="{@xml:id}">
              <p class="entry-name"><b><xsl:apply-templates select="." mode="m:entry-name"/></b></p>
              <xsl:for-each select="tei:note">
                <p class="entry-note"><xsl:apply-templates mode="m:html"/></p>
              </xsl:for-each>
              <p class="mentions">
                <xsl:value-of select="f:label('mentions') || f:colon()"/>
                <xsl:for-each select="$fp:mentions-by-entry(generate-id($entry))">
                  <a href="{f:anchor-href(., f:mention-id(.))}">
                    <xsl:value-of select="(if ($whole-edition) then f:text-title(.) || ', ' else '') || f:where-in-text(.)"/>
                  </a>
                  <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
                </xsl:for-each>
              </p>
            </div>
          </xsl:for-each>
        </section>
      </xsl:for-each-group>
    </section>
  </xsl:template>

  <!-- A book runs no script: a reading system that would run one finds none allowed. -->
  <xsl:variable name="fp:no-script" as="element()">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; frame-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'"/>
  </xsl:variable>

  <xsl:template name="t:nav">
    <html lang="{$fp:book-lang}" xml:lang="{$fp:book-lang}">
      <head>
        <meta charset="utf-8"/>
        <xsl:sequence select="$fp:no-script"/>
        <title><xsl:value-of select="f:label('contents')"/></title>
        <link rel="stylesheet" type="text/css" href="css/edition.css"/>
      </head>
      <body>
        <nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">
          <h1 id="toc-title"><xsl:value-of select="f:label('contents')"/></h1>
          <ol>
            <li><a href="title.xhtml"><xsl:value-of select="$fp:book-title"/></a></li>
            <xsl:for-each select="$book-texts">
              <li>
                <a href="{f:text-href(f:text-id(.))}"><xsl:value-of select="string-join((f:text-title(.), f:text-subtitle(.)), ' — ')"/></a>
                <xsl:variable name="heads" select="f:contents(.)"/>
                <xsl:if test="$heads">
                  <ol>
                    <xsl:for-each select="$heads">
                      <xsl:call-template name="t:nav-entry">
                        <xsl:with-param name="label" select="f:contents-label(.)"/>
                        <xsl:with-param name="level" select="1"/>
                      </xsl:call-template>
                    </xsl:for-each>
                  </ol>
                </xsl:if>
              </li>
            </xsl:for-each>
            <xsl:if test="exists($fp:corrections)">
              <li><a href="corrections.xhtml"><xsl:value-of select="f:label('corrections')"/></a></li>
            </xsl:if>
            <xsl:if test="exists($fp:entries)">
              <li><a href="registers.xhtml"><xsl:value-of select="f:label('index')"/></a></li>
            </xsl:if>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-label="{f:label('landmarks')}">
          <ol>
            <li><a epub:type="titlepage" href="title.xhtml"><xsl:value-of select="$fp:book-title"/></a></li>
            <li><a epub:type="toc" href="nav.xhtml#toc"><xsl:value-of select="f:label('contents')"/></a></li>
            <li><a epub:type="bodymatter" href="{f:text-href(f:text-id($book-texts[1]))}"><xsl:value-of select="f:text-title($book-texts[1])"/></a></li>
            <xsl:if test="exists($fp:entries)">
              <li><a epub:type="index" href="registers.xhtml"><xsl:value-of select="f:label('index')"/></a></li>
            </xsl:if>
          </ol>
        </nav>
      </body>
    </html>
  </xsl:template>


  <!-- A section in the navigation, and the sections it holds: two levels, and every level of a
       section cut into parts, so that every content document is reached. -->
  <xsl:template name="t:nav-entry">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="part" select="f:part(.)"/>
    <xsl:variable name="begins" select="$part gt 1 and empty(f:part-nodes(., $part)[. &lt;&lt; current()][not(self::tei:head)])"/>
    <li>
      <a href="{if ($begins) then f:page-href(f:text-id(.), $part) else f:anchor-href(., f:section-id(.))}"><xsl:value-of select="$label"/></a>
      <xsl:variable name="inner" select="f:contents-children(.)"/>
      <xsl:if test="exists($inner) and ($level lt 2 or exists(@n:parts))">
        <ol>
          <xsl:for-each select="$inner">
            <xsl:call-template name="t:nav-entry">
              <xsl:with-param name="label" select="f:heading-text(tei:head[1])"/>
              <xsl:with-param name="level" select="$level + 1"/>
            </xsl:call-template>
          </xsl:for-each>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="t:package">
    <xsl:variable name="authors" select="distinct-values($book-texts ! f:text-authors(.))"/>
    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="{$fp:book-lang}">
      <metadata>
        <dc:identifier id="book-id"><xsl:value-of select="$book-identifier"/></dc:identifier>
        <dc:title><xsl:value-of select="$fp:book-title"/></dc:title>
        <xsl:for-each select="$authors"><dc:creator><xsl:value-of select="."/></dc:creator></xsl:for-each>
        <dc:language><xsl:value-of select="$fp:book-lang"/></dc:language>
        <xsl:for-each select="f:book-editors()">
          <dc:contributor id="editor-{position()}"><xsl:value-of select="."/></dc:contributor>
          <meta refines="#editor-{position()}" property="role" scheme="marc:relators">edt</meta>
        </xsl:for-each>
        <xsl:for-each select="f:book-publisher($book-texts, $whole-edition)">
          <dc:publisher><xsl:value-of select="."/></dc:publisher>
        </xsl:for-each>
        <xsl:if test="not($whole-edition)">
          <xsl:for-each select="f:original-publication($book-texts[1])[normalize-space()]">
            <dc:source><xsl:value-of select="normalize-space(.)"/></dc:source>
          </xsl:for-each>
        </xsl:if>
        <xsl:for-each select="f:book-licence($book-texts, $whole-edition)">
          <dc:rights><xsl:value-of select="."/></dc:rights>
        </xsl:for-each>
        <meta property="dcterms:modified"><xsl:value-of select="$modified"/></meta>
        <meta property="schema:accessMode">textual</meta>
        <meta property="schema:accessModeSufficient">textual</meta>
        <meta property="schema:accessibilityFeature">structuralNavigation</meta>
        <meta property="schema:accessibilityFeature">tableOfContents</meta>
        <meta property="schema:accessibilityFeature">readingOrder</meta>
        <meta property="schema:accessibilityFeature">index</meta>
        <meta property="schema:accessibilityFeature">annotations</meta>
        <meta property="schema:accessibilityHazard">none</meta>
        <meta property="schema:accessibilitySummary"><xsl:value-of select="f:label('epub-accessibility-summary')"/></meta>
        <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
      </metadata>
      <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
        <xsl:for-each select="$book-texts">
          <xsl:variable name="id" select="f:text-id(.)"/>
          <xsl:for-each select="1 to f:part-count(.)">
            <item id="text-{f:part-name($id, .)}" href="{f:page-href($id, .)}" media-type="application/xhtml+xml"/>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:if test="exists($fp:corrections)">
          <item id="corrections" href="corrections.xhtml" media-type="application/xhtml+xml"/>
        </xsl:if>
        <xsl:if test="exists($fp:entries)">
          <item id="registers" href="registers.xhtml" media-type="application/xhtml+xml"/>
        </xsl:if>
        <item id="css" href="css/edition.css" media-type="text/css"/>
        <xsl:for-each select="$fonts">
          <item id="font-{position()}" href="fonts/{.}" media-type="font/ttf"/>
        </xsl:for-each>
        <xsl:for-each select="distinct-values(map:keys($images) ! $images(.))[starts-with(., 'images/')] => sort()">
          <item id="image-{position()}" href="{.}"
              media-type="{if (ends-with(., '.png')) then 'image/png' else if (ends-with(., '.gif')) then 'image/gif' else 'image/jpeg'}"/>
        </xsl:for-each>
      </manifest>
      <spine>
        <itemref idref="title"/>
        <itemref idref="nav"/>
        <xsl:for-each select="$book-texts">
          <xsl:variable name="id" select="f:text-id(.)"/>
          <xsl:for-each select="1 to f:part-count(.)">
            <itemref idref="text-{f:part-name($id, .)}"/>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:if test="exists($fp:corrections)">
          <itemref idref="corrections"/>
        </xsl:if>
        <xsl:if test="exists($fp:entries)">
          <itemref idref="registers"/>
        </xsl:if>
      </spine>
    </package>
  </xsl:template>
</xsl:stylesheet>
