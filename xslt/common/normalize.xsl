<?xml version="1.0" encoding="UTF-8"?>
<!--
  The normalisation pass: run once on each document before any format renders it (the build
  runs it once per text and hands its result to the site, the EPUB and the PDF; a driver run by
  hand on a raw TEI file runs it first, see f:normalized). It takes the format-neutral decisions
  once and writes them down as attributes in the urn:x-edition:normalized namespace (prefix n:),
  which the functions of functions.xsl read back:

    div1 to div7     become div, with n:level (the number they had)
    every head       n:depth, how many sections with a heading hold it (f:heading-depth)
    @rend, @style, @rendition
                     n:styles, the styles they ask for in the vocabulary every format renders
                     (f:styles: italic bold sup sub underline strike smallcaps)
    a mention        n:entry, the key of the register entry it names (f:entry-key), and, in the
                     text, n:mention, its anchor (f:mention-id)
    a footnote       n:number, as printed (its @n, else its rank), and n:id (f:note-id)
    a paragraph      n:paragraph, its number when the text's paragraphs are numbered
    a verse line     n:line, its rank among the lines of its text (f:line-number)
    a name's parts   a space between two set side by side with nothing between them, unless the
                     source joins them (f:space-before-part): written into the text
    a cast item      ", " between a role and its description set side by side (f:cast-joiner)
    a long text      n:part on the elements of each part, n:parts on what the parts are cut
                     from (parts.xsl: f:part, f:part-count)

  The root element carries n:normalized and n:source (the document's address), and an xml:base
  when it had none, so that a normalised copy names its file as the source did.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <!-- Put together as every stylesheet (see html/html.xsl): by xsl:import only, the later import
       winning; an edition's xslt/custom/normalize.xsl is imported over this driver by the build. -->
  <xsl:import href="functions.xsl"/>
  <xsl:import href="mathml.xsl"/>
  <xsl:import href="apparatus.xsl"/>
  <xsl:import href="description.xsl"/>
  <xsl:import href="manuscript.xsl"/>
  <xsl:import href="parts.xsl"/>
  <xsl:import href="editorial.xsl"/>
  <xsl:import href="book.xsl"/>

  <xsl:mode name="m:normalize" on-no-match="shallow-copy"/>

  <!-- A language as BCP 47 writes it (xml:lang="deu" is "de" to a browser and a hyphenator). -->
  <xsl:template match="@xml:lang[normalize-space()]" mode="m:normalize">
    <xsl:attribute name="xml:lang" select="f:language-tag(normalize-space(.))"/>
  </xsl:template>

  <!-- The layout of the encoding between the parts of a change (a deletion and the addition that
       replaces it, in mod or subst) is not text: "W" struck and "L" added make "Lady", not "L ady". -->
  <xsl:template match="(tei:mod | tei:subst)/text()[not(normalize-space())]" mode="m:normalize"/>

  <!-- A word the source breaks at a line's end ("be-" then, on the next line, "antworten"): the
       reading text joins it. The hyphen is kept, as a pc marked n:line-end, which only the view
       of the source shows (and f:joins-words reads). A hyphen counts as the source's line-end
       hyphen before a line break inside a word (lb break="no"), as a ¬ or ⸗ before any line
       break, and as a plain hyphen before a line break whose next line goes on in lower case. -->
  <xsl:template match="text()[fp:ends-with-line-end-hyphen(.)]" mode="m:normalize">
    <xsl:value-of select="substring(., 1, string-length(.) - 1)"/>
    <pc xmlns="http://www.tei-c.org/ns/1.0" n:line-end="yes"><xsl:value-of select="substring(., string-length(.))"/></pc>
  </xsl:template>

  <xsl:function name="fp:ends-with-line-end-hyphen" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:variable name="lb" select="$text/following-sibling::node()[1][self::tei:lb]"/>
    <xsl:sequence select="exists($lb) and exists($text/ancestor::tei:text) and matches($text, '[-¬⸗]$')
        and ($lb/@break = 'no' or matches($text, '[¬⸗]$')
             or (not($lb/@break = 'yes') and matches(string($lb/following-sibling::node()[1]), '^\s*\p{Ll}')))"/>
  </xsl:function>

  <!-- A part of a name set right after the part before, nothing between them, is read after a
       space (<forename>Victor</forename><surname>Hugo</surname>: "Victor Hugo"), unless the
       source joins them (f:space-before-part): the space is written into the text, which every
       format then prints. -->
  <xsl:template match="tei:*[f:space-before-part(.)]" mode="m:normalize" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- A cast item's role and its description set side by side: "ALONSO, King of Naples."
       (f:cast-joiner). -->
  <xsl:template match="tei:castItem/*[exists(f:cast-joiner(.))]" mode="m:normalize" priority="1">
    <xsl:value-of select="f:cast-joiner(.)"/>
    <xsl:next-match/>
  </xsl:template>

  <!-- A document as every format renders it: the document itself when it is normalised
       already (the build's), else its normalised copy. -->
  <xsl:function name="f:normalized" as="document-node()">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="if (f:is-normalized($doc)) then $doc else fp:normalize($doc)"/>
  </xsl:function>

  <xsl:function name="fp:normalize" as="document-node()" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:document>
      <xsl:apply-templates select="$doc/node()" mode="m:normalize"/>
    </xsl:document>
  </xsl:function>

  <!-- The entry point of the build's pass (transform/Normalization): the document given. -->
  <xsl:template name="normalize">
    <xsl:apply-templates select="." mode="m:normalize"/>
  </xsl:template>

  <!-- The n: attributes are declared on the elements that carry them only (inherit-namespaces="no"),
       so that no copied example or foreign markup (egXML, MathML, SVG) shows the namespace. -->
  <xsl:template match="/*" mode="m:normalize">
    <xsl:copy inherit-namespaces="no">
      <xsl:if test="empty(@xml:base)">
        <xsl:attribute name="xml:base" select="base-uri(.)"/>
      </xsl:if>
      <xsl:attribute name="n:normalized" select="'1'"/>
      <xsl:attribute name="n:source" select="replace(string((base-uri(root(.)), base-uri(.))[1]), '^file:/+', 'file:/')"/>
      <xsl:apply-templates select="@*" mode="m:normalize"/>
      <xsl:call-template name="fp:decisions"/>
      <xsl:apply-templates mode="m:normalize"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:*" mode="m:normalize">
    <xsl:copy inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="m:normalize"/>
      <xsl:call-template name="fp:decisions"/>
      <xsl:apply-templates mode="m:normalize"/>
    </xsl:copy>
  </xsl:template>

  <!-- Markup of another vocabulary (an egXML example, MathML, SVG) is no TEI to decide on. -->
  <xsl:template match="*" mode="m:normalize">
    <xsl:copy-of select="."/>
  </xsl:template>

  <!-- Numbered divisions are divisions of a level: one rule for all of them in every format. -->
  <xsl:template match="tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" mode="m:normalize">
    <xsl:element name="div" namespace="http://www.tei-c.org/ns/1.0" inherit-namespaces="no">
      <xsl:apply-templates select="@*" mode="m:normalize"/>
      <xsl:attribute name="n:level" select="substring(local-name(), 4)"/>
      <xsl:call-template name="fp:decisions"/>
      <xsl:apply-templates mode="m:normalize"/>
    </xsl:element>
  </xsl:template>

  <!-- What is decided of one element, taken from the source (whose ranks are counted once). -->
  <xsl:template name="fp:decisions">
    <xsl:if test="@rend | @style | @rendition">
      <xsl:variable name="styles" select="fp:styles(.)"/>
      <xsl:if test="exists($styles)">
        <xsl:attribute name="n:styles" select="$styles"/>
      </xsl:if>
    </xsl:if>
    <xsl:if test="self::tei:head">
      <xsl:attribute name="n:depth" select="fp:heading-depth(.)"/>
    </xsl:if>
    <xsl:if test="@ref and f:is-name(.)">
      <xsl:variable name="entry" select="f:entry(@ref, .)"/>
      <xsl:if test="exists($entry)">
        <xsl:attribute name="n:entry" select="f:entry-key($entry)"/>
        <xsl:if test="ancestor::tei:text">
          <xsl:attribute name="n:mention" select="fp:mention-id(.)"/>
        </xsl:if>
      </xsl:if>
    </xsl:if>
    <xsl:if test="self::tei:note">
      <xsl:attribute name="n:id" select="fp:note-id(.)"/>
      <xsl:if test="f:is-footnote(.)">
        <xsl:attribute name="n:number" select="fp:note-number(.)"/>
      </xsl:if>
    </xsl:if>
    <xsl:if test="self::tei:p and fp:numbered(.)">
      <xsl:attribute name="n:paragraph" select="fp:paragraph-number(.)"/>
    </xsl:if>
    <xsl:if test="self::tei:l and ancestor::tei:text">
      <xsl:attribute name="n:line" select="fp:line-number(.)"/>
    </xsl:if>
    <xsl:variable name="part" select="fp:partition(root(.))(generate-id(.))"/>
    <xsl:choose>
      <xsl:when test="count($part) = 1"><xsl:attribute name="n:part" select="$part"/></xsl:when>
      <xsl:when test="count($part) = 2"><xsl:attribute name="n:parts" select="$part"/></xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
