<?xml version="1.0" encoding="UTF-8"?>
<!-- Pass 30, the words as a reader reads them, written into the text so that every format prints
     the same: a word the source breaks at a line's end joined, the encoding's layout between the
     parts of a change dropped, a space between a name's parts, a comma between a cast item's
     role and its description, a footnote's call attached to the word before it. -->
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

  <xsl:mode name="mp:words" on-no-match="shallow-copy"/>

  <xsl:function name="fp:has-words-to-join" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="exists($doc//(tei:lb | tei:mod | tei:subst | tei:castItem))
        or exists($doc//tei:*[f:space-before-part(.)]) or exists($doc//tei:app[fp:is-silent-app(.)])
        or exists($doc//tei:note[fp:is-called-after-space(.)])
        or exists($doc//tei:text//text()[fp:is-space-before-punctuation(.)])"/>
  </xsl:function>

  <!-- The layout of the encoding between the parts of a change (a deletion and the addition that
       replaces it, in mod or subst) is not text: "W" struck and "L" added make "Lady", not "L ady". -->
  <xsl:template match="(tei:mod | tei:subst)/text()[not(normalize-space())]" mode="mp:words"/>

  <!-- A word the source breaks at a line's end ("be-" then, on the next line, "antworten"): the
       reading text joins it. The hyphen is kept, as a pc marked n:line-end, which only the view
       of the source shows (and f:joins-words reads). A hyphen counts as the source's line-end
       hyphen before a line break inside a word (lb break="no"), as a ¬ or ⸗ before any line
       break, and as a plain hyphen before a line break whose next line goes on in lower case. -->
  <xsl:template match="text()[fp:ends-with-line-end-hyphen(.)]" mode="mp:words">
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

  <!-- A reading the edited text does not show leaves no space of its own: before an app whose
       lemma has no words (an omission the editor keeps, what a witness adds) followed by a space
       or by punctuation, the text reads "ἐπιτελοῦμεν." and "ἐν οἷς ἡ", not "ἐπιτελοῦμεν ." or a
       double space; the space goes with the app's readings, so that a witness that has them reads
       "ἐπιτελοῦμεν дьнесь." -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:app[fp:is-silent-app(.)]]][matches(., '\s$')]" mode="mp:words" priority="2">
    <xsl:value-of select="replace(., '\s+$', '')"/>
  </xsl:template>

  <xsl:template match="tei:rdg[normalize-space()][(parent::tei:app, parent::tei:rdgGrp/parent::tei:app)[fp:is-silent-app(.)]]" mode="mp:words" priority="2">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="mp:words"/>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="node()" mode="mp:words"/>
    </xsl:copy>
  </xsl:template>

  <!-- An app of the text whose lemma has no words, a space before it and a space or punctuation
       after it. -->
  <xsl:function name="fp:is-silent-app" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="not($app/@from) and exists($app/ancestor::tei:text)
        and not(normalize-space(string-join(f:lemma($app)//text(), '')))
        and matches(string($app/preceding-sibling::node()[1][self::text()]), '\s$')
        and matches(string($app/following-sibling::node()[1][self::text()]), '^(\s|[\p{Po}\p{Pe}\p{Pf}])')"/>
  </xsl:function>


  <!-- The encoding's layout left at the end of an element before punctuation is no space of the
       text: "<seg>κραταιὸς καὶ δυνατός<ref cRef="…"/>⏎  </seg>, ἐν" reads "δυνατός, ἐν", not
       "δυνατός , ἐν". Only the punctuation no language spaces from its word (a comma, a full
       stop, a closing bracket, Greek's raised dot (elsewhere a middle dot is an inscription's
       spaced interpunct); a semicolon outside French, which spaces it), in the same block, not in a reading the text does not show. -->
  <xsl:template match="text()[fp:is-space-before-punctuation(.)]" mode="mp:words" priority="3">
    <xsl:value-of select="replace(., '\s+$', '')"/>
  </xsl:template>

  <xsl:function name="fp:is-space-before-punctuation" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:variable name="next" select="$text/following::text()[normalize-space()][1]"/>
    <xsl:sequence select="matches($text, '\s$') and matches($next, '^[,.;)\]·&#x387;]')
        and not(starts-with($next, ';') and f:is-french($text))
        and not(matches($next, '^[·&#x387;]') and not(matches(f:text-lang($text), '^(grc|el)(-|$)')))
        and exists($text/ancestor::tei:text) and empty($next/ancestor::tei:note except $text/ancestor::tei:note)
        and empty($next/ancestor::tei:rdg except $text/ancestor::tei:rdg)
        and fp:block($text) is fp:block($next)
        and (every $e in ($text/following::* intersect $next/preceding::*) satisfies fp:is-silent($e))"/>
  </xsl:function>

  <!-- An element between the space and the punctuation that prints nothing in the reading text:
       an anchor, a line break, a bibliographic pointer without an address (cRef), a reading the
       text does not show; not a pointer whose target is printed, a note's call, a gap's mark. -->
  <xsl:function name="fp:is-silent" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:anchor | self::tei:lb | self::tei:milestone[not(@n)] | self::tei:rdg | self::tei:rdgGrp
        | self::tei:witStart | self::tei:witEnd | self::tei:lacunaStart | self::tei:lacunaEnd | self::tei:index | self::tei:link
        | self::tei:ref[not(@target)] | self::tei:ptr[not(@target)]))"/>
  </xsl:function>

  <xsl:function name="fp:block" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor::*[self::tei:p or self::tei:l or self::tei:ab or self::tei:head or self::tei:item
        or self::tei:note or self::tei:cell or self::tei:lg or self::tei:div or self::tei:body][1]"/>
  </xsl:function>

  <!-- A footnote encoded after a space or a line's end ("as that, <note>"): its call is attached
       to the word before it, as every format prints it ("that,¹"), never left alone at the start
       of a line; the space goes after the call, unless punctuation follows. -->
  <xsl:function name="fp:is-called-after-space" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="before" select="$note/preceding-sibling::node()[1]"/>
    <xsl:sequence select="$before instance of text() and matches($before, '\s$')
        and (normalize-space($before) != '' or exists($before/preceding-sibling::node())) and exists($note/ancestor::tei:text)
        and f:is-footnote($note)"/>
  </xsl:function>

  <xsl:template match="text()[following-sibling::node()[1][self::tei:note[fp:is-called-after-space(.)]]]" mode="mp:words" priority="1">
    <xsl:value-of select="replace(., '\s+$', '')"/>
  </xsl:template>

  <xsl:template match="tei:note[fp:is-called-after-space(.)]" mode="mp:words" priority="2">
    <xsl:next-match/>
    <xsl:if test="matches(string(following::text()[1]), '^[\p{L}\p{N}(«“‘]')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- A part of a name set right after the part before, nothing between them, is read after a
       space (<forename>Victor</forename><surname>Hugo</surname>: "Victor Hugo"), unless the
       source joins them (f:space-before-part). -->
  <xsl:template match="tei:*[f:space-before-part(.)]" mode="mp:words" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- A cast item's role and its description set side by side: "ALONSO, King of Naples."
       (f:cast-joiner). -->
  <xsl:template match="tei:castItem/*[exists(f:cast-joiner(.))]" mode="mp:words" priority="1">
    <xsl:value-of select="f:cast-joiner(.)"/>
    <xsl:next-match/>
  </xsl:template>
</xsl:stylesheet>
