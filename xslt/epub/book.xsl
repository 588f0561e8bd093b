<?xml version="1.0" encoding="UTF-8"?>
<!--
  One EPUB 3 book: a title page, one content document per text, the registers as back matter,
  the navigation document and the package document. Called by `edition build` once per text and
  once for the whole edition; writes the files of OEBPS/ with xsl:result-document. Java adds
  mimetype and META-INF/container.xml and zips the book.

  The text markup is the website's (xslt/html/modules): only what differs is overridden, in
  this driver's own parts in book/ (links, notes, pages, title page, corrections, registers,
  navigation, package), imported after the HTML library so that they win over it; an edition's
  xslt/custom/html.xsl, then custom/epub.xsl, are imported over this driver by the build.

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
  <xsl:import href="book/links.xsl"/>
  <xsl:import href="book/notes.xsl"/>
  <xsl:import href="book/pages.xsl"/>
  <xsl:import href="book/titlepage.xsl"/>
  <xsl:import href="book/corrections.xsl"/>
  <xsl:import href="book/registers.xsl"/>
  <xsl:import href="book/navigation.xsl"/>
  <xsl:import href="book/package.xsl"/>

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
  <xsl:variable name="fp:shared-titles" select="f:shared-titles($book-texts)"/>
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

  <!-- A book runs no script: a reading system that would run one finds none allowed. -->
  <xsl:variable name="fp:no-script" as="element()">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; frame-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'"/>
  </xsl:variable>
</xsl:stylesheet>
