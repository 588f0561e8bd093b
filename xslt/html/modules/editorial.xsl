<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial interventions. The corrected reading is shown; the source's reading is one hover or
  focus away, and the "as in the source" switch (edition.js) shows every source reading at once.
  Both readings are in the page, so nothing of the source is lost.
-->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- sic/corr and orig/reg: the edited reading in .edited, the source's in .source. -->
  <xsl:template match="tei:choice[tei:sic or tei:orig]" mode="m:html">
    <xsl:variable name="source" select="(tei:sic, tei:orig)[1]"/>
    <xsl:variable name="edited" select="f:edited-reading(.)[not(. is $source)]"/>
    <span class="tei-choice">
      <xsl:call-template name="tp:attributes"/>
      <xsl:choose>
        <xsl:when test="$edited">
          <!-- The source's reading is real text: shown by the switch, a tooltip on hover and
               focus, and the description assistive technology reads for the corrected word. -->
          <span class="edited {local-name($edited)}" data-tip="{f:label('source-reading')} {normalize-space($source)}"
              aria-describedby="{f:correction-id(.)}-source">
            <!-- Focusable, so that keyboard readers reach the source's reading; inside a link the
                 link itself takes the focus (HTML forbids a focusable element in a link). -->
            <xsl:if test="empty(ancestor::*[f:is-mention(.)] | ancestor::tei:ref[@target])">
              <xsl:attribute name="tabindex" select="0"/>
            </xsl:if>
            <xsl:apply-templates select="$edited/node()" mode="m:html"/>
          </span>
          <span class="source {local-name($source)}">
            <xsl:apply-templates select="$source/node()" mode="m:html"/>
          </span>

        </xsl:when>
        <xsl:otherwise>
          <span class="{local-name($source)}"><xsl:apply-templates select="$source/node()" mode="m:html"/></span>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- abbr/expan: the expansion in the edited text, the abbreviation as written in the
       diplomatic view (the view switch), each the other's tooltip. -->
  <xsl:template match="tei:choice[f:is-abbreviation(.)]" mode="m:html">
    <span class="tei-choice abbreviation">
      <xsl:call-template name="tp:attributes"/>
      <span class="edited expan"><xsl:apply-templates select="tei:expan[1]/node()" mode="m:html"/></span>
      <abbr class="source abbr" title="{normalize-space(tei:expan[1])}"><xsl:apply-templates select="tei:abbr[1]/node()" mode="m:html"/></abbr>
    </span>
  </xsl:template>

  <!-- Any other choice: every alternative is kept, the first shown. -->
  <xsl:template match="tei:choice" mode="m:html" priority="-0.5">
    <span class="tei-choice other">
      <xsl:for-each select="*">
        <span class="alternative{if (position() gt 1) then ' secondary' else ''}" data-tei="{local-name()}">
          <xsl:apply-templates mode="m:html"/>
        </span>
      </xsl:for-each>
    </span>
  </xsl:template>

  <!-- Outside a choice, a sic is the source's reading as printed; a corr is the editor's. -->
  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:ex | tei:am" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- A gap: "[…]", what it is in words (its description; a reason only when it is one a reader
       knows) as a tooltip and as text for assistive technology; a link when it corresponds to a
       page of the edition (the forum's copy of the article, edited apart), else reachable by the
       keyboard. -->
  <xsl:template match="tei:gap" mode="m:html">
    <xsl:variable name="said" select="fp:gap-said(.)"/>
    <xsl:variable name="href" select="@corresp ! f:href(tokenize(normalize-space(.))[1], ..)"/>
    <xsl:choose>
      <xsl:when test="exists($href) and empty(ancestor::tei:ref[@target] | ancestor::*[f:is-mention(.)])">
        <a class="tei-gap" href="{$href}" data-tip="{$said}" aria-describedby="gap-{f:rank(.)}-said">
          <xsl:call-template name="tp:attributes"/>
          <xsl:text>[…]</xsl:text>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-gap" data-tip="{$said}" tabindex="0" aria-describedby="gap-{f:rank(.)}-said">
          <xsl:call-template name="tp:attributes"/>
          <xsl:text>[…]</xsl:text>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="fp:gap-said" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:sequence select="normalize-space(string-join((f:label('gap'), f:gap-reason($gap),
        $gap/@quantity ! (. || ' ' || ../@unit), $gap/tei:desc), ' '))"/>
  </xsl:function>

  <!-- What assistive technology reads for the corrected words and the gaps of a text (their
       aria-describedby): hidden elements after the text, so that they take no place in its
       layout, in a copy of it or in its notes. -->
  <xsl:template name="t:descriptions">
    <xsl:param name="text" as="element()"/>
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <!-- on a page of a long text in parts, those of its part (a transcription is on the first) -->
    <xsl:variable name="choices" select="$text//tei:choice[f:is-correction(.)][$t:part = 0 or f:part(.) = $t:part]"/>
    <!-- the first text carries those of the document's transcription of its pages too -->
    <xsl:variable name="gaps" select="$text//tei:gap[$t:part = 0 or f:part(.) = $t:part]
        | (if ($text is (root($text)//tei:text[not(ancestor::tei:text)])[1] and $t:part le 1) then root($text)//tei:sourceDoc//tei:gap else ())"/>
    <xsl:if test="$choices or $gaps">
      <div class="descriptions" hidden="hidden">
        <xsl:for-each select="$choices">
          <span id="{f:correction-id(.)}-source"><xsl:value-of select="f:label('source-reading') || ' ' || normalize-space(f:source-reading(.))"/></span>
        </xsl:for-each>
        <xsl:for-each select="$gaps">
          <span id="gap-{f:rank(.)}-said"><xsl:value-of select="fp:gap-said(.)"/></span>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- An inscription's edition: the Leiden signs around an expansion, a supplied or an erased
       passage (common: f:leiden-signs), set by the style sheet from data-open and data-close, so
       that they are no words of the text; an erasure is read (⟦ ⟧), not hidden as a deletion. -->
  <xsl:template match="tei:ex[exists(f:leiden-signs(.))] | tei:supplied[exists(f:leiden-signs(.))] | tei:del[exists(f:leiden-signs(.))]" mode="m:html" priority="2">
    <xsl:variable name="signs" select="f:leiden-signs(.)"/>
    <span class="{if (self::tei:del) then 'tei-erasure' else 'tei-' || local-name()} leiden" data-open="{$signs[1]}" data-close="{$signs[2]}">
      <xsl:if test="self::tei:supplied"><xsl:attribute name="data-tip" select="f:label('supplied')"/></xsl:if>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </span>
  </xsl:template>

  <!-- An inscription's gap as the Leiden conventions write it ("[- - -]", "[.3]"). -->
  <xsl:template match="tei:gap[f:is-leiden(.)]" mode="m:html" priority="2">
    <span class="tei-gap leiden" data-tip="{fp:gap-said(.)}" tabindex="0" aria-describedby="gap-{f:rank(.)}-said">
      <xsl:call-template name="tp:attributes"/>
      <xsl:value-of select="f:leiden-gap(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:unclear" mode="m:html">
    <span class="tei-unclear" data-tip="{f:label('unclear')}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="m:html">
    <span class="tei-supplied" data-tip="{f:label('supplied')}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:del" mode="m:html">
    <del class="tei-del"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></del>
  </xsl:template>

  <xsl:template match="tei:add" mode="m:html">
    <ins class="tei-add{@place ! (' place-' || replace(., '\s+', '-'))}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></ins>
  </xsl:template>

  <xsl:template match="tei:subst | tei:damage | tei:restore | tei:surplus | tei:secl | tei:handShift | tei:mod | tei:redo | tei:retrace | tei:undo" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:space" mode="m:html">
    <span class="tei-space"><xsl:call-template name="tp:attributes"/><xsl:value-of select="f:space(.)"/></span>
  </xsl:template>

  <!-- Critical apparatus: the lemma in the text, the readings beside it with their witnesses. -->
  <xsl:template match="tei:app" mode="m:html">
    <span class="tei-app">
      <xsl:call-template name="tp:attributes"/>
      <span class="lem"><xsl:apply-templates select="(tei:lem, tei:rdg)[1]/node()" mode="m:html"/></span>
      <span class="readings">
        <xsl:text> [</xsl:text>
        <xsl:for-each select="(tei:rdg, tei:rdgGrp/tei:rdg, tei:lem)[not(. is (current()/(tei:lem, tei:rdg))[1])]">
          <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
          <span class="rdg"><xsl:apply-templates mode="m:html"/></span>
          <xsl:if test="@wit"><xsl:text> </xsl:text><span class="wit"><xsl:value-of select="@wit"/></span></xsl:if>
        </xsl:for-each>
        <xsl:for-each select="tei:note | tei:witDetail"><xsl:text> </xsl:text><xsl:apply-templates select="." mode="m:html"/></xsl:for-each>
        <xsl:text>]</xsl:text>
      </span>
    </span>
  </xsl:template>
</xsl:stylesheet>
