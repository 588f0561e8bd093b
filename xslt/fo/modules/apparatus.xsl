<?xml version="1.0" encoding="UTF-8"?>
<!-- A critical apparatus in print, as printed critical editions set it: the lemma in the text; at
     the foot of each page, below the notes and a rule, the entries of the lemmata on that page run
     on, each keyed by the number of its line on the page ("12 ἀγαθός] ἀγαθόν V s"); every fifth
     line numbered in the margin. FOP knows neither where a line falls nor a second series of
     notes: a first rendering says where each lemma is (its destination, apx__TEXT__LEMMA) and on
     which line of its page (PdfBooks, ApparatusLines), and the next renderings anchor each page's
     entries to the page's last lemma as one footnote. The first rendering groups them by
     paragraph instead. The witness list (conspectus siglorum) comes before the text.
     Included by fo/fo.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    exclude-result-prefixes="#all">

  <!-- Where the last rendering set each lemma: "TEXT__LEMMA" to "PAGE LINE" (the page's index in
       the book, the line's number on its page). Empty for the first rendering. -->
  <xsl:param name="apparatus-lines" as="map(xs:string, xs:string)" select="map {}"/>

  <!-- A lemma's destination: the book's texts are told apart by their ids. -->
  <xsl:function name="f:apparatus-anchor" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'apx__' || f:text-id(root($app)) || '__' || f:lemma-id($app)"/>
  </xsl:function>

  <xsl:function name="fp:placed" as="xs:string?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$apparatus-lines(substring-after(f:apparatus-anchor($app), 'apx__'))"/>
  </xsl:function>

  <!-- The group an entry's footnote gathers: the page the lemma was on, else its paragraph. -->
  <xsl:function name="fp:apparatus-group" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="placed" select="fp:placed($app)"/>
    <xsl:sequence select="if ($placed) then 'page ' || substring-before($placed, ' ')
        else 'block ' || generate-id(($app/ancestor::*[self::tei:p or self::tei:l or self::tei:head or self::tei:ab or self::tei:div])[last()])"/>
  </xsl:function>

  <!-- The entries of a document by group, each group under the id of the element its footnote is
       anchored to: its last lemma, or the page's last note call when a note's is last (the
       apparatus stays below the notes: FOP sets footnotes in the order of their calls). -->
  <xsl:function name="fp:apparatus-groups" as="map(xs:string, element(tei:app)*)" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:map>
      <xsl:for-each-group select="f:printed-entries($doc)" group-by="fp:apparatus-group(.)">
        <xsl:variable name="last" select="$apparatus-lines(current-grouping-key())"/>
        <xsl:variable name="note" select="if (starts-with($last, 'note ')) then
            ($doc//tei:note[f:is-footnote(.)][f:note-anchor(.) = 'apn__' || substring-after($last, 'note ')])[1] else ()"/>
        <!-- a footnote needs words to hang on: the last lemma that has some (FOP drops a footnote
             anchored on nothing visible); a group of none (an apparatus kept apart) is set in place -->
        <xsl:map-entry key="generate-id(($note, current-group()[fp:has-words(.)][last()], current-group()[last()])[1])" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <xsl:function name="fp:has-words" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="normalize-space(string-join(f:lemma($app)//text()[not(ancestor::tei:note)], '')) != ''"/>
  </xsl:function>

  <xsl:template match="tei:app" mode="m:fo">
    <xsl:variable name="mine" select="fp:apparatus-groups(root(.))(generate-id(.))"/>
    <fo:inline id="{f:apparatus-anchor(.)}">
      <xsl:choose>
        <xsl:when test="exists($mine) and not(fp:has-words(.))">
          <!-- nothing of the text to hang the entries on: they are set where the app is -->
          <xsl:call-template name="fp:lemma-in-text"/>
          <fo:inline font-size="8pt">
            <xsl:for-each select="$mine">
              <xsl:if test="position() gt 1"><xsl:text>   </xsl:text></xsl:if>
              <xsl:call-template name="fp:apparatus-entry"/>
            </xsl:for-each>
          </fo:inline>
        </xsl:when>
        <xsl:when test="exists($mine)">
          <!-- the page's entries, anchored on the lemma itself: FOP drops a footnote whose anchor
               is only an invisible character -->
          <fo:footnote>
            <fo:inline><xsl:call-template name="fp:lemma-in-text"/></fo:inline>
            <xsl:call-template name="fp:apparatus-body"><xsl:with-param name="entries" select="$mine"/></xsl:call-template>
          </fo:footnote>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="fp:lemma-in-text"/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <!-- A page's entries as one footnote's body: below the notes and a rule, run on. -->
  <xsl:template name="fp:apparatus-body">
    <xsl:param name="entries" as="element(tei:app)*"/>
    <fo:footnote-body>
      <xsl:call-template name="fp:apparatus-block"><xsl:with-param name="entries" select="$entries"/></xsl:call-template>
    </fo:footnote-body>
  </xsl:template>

  <xsl:template name="fp:apparatus-block">
    <xsl:param name="entries" as="element(tei:app)*"/>
    <fo:block font-size="8pt" line-height="10pt" text-align="justify" hyphenate="false" space-before="3pt"
        border-before-style="solid" border-before-width="0.3pt" border-before-color="#777777" padding-before="2pt"
        role="Note">
      <xsl:for-each select="$entries">
        <xsl:if test="position() gt 1"><xsl:text>   </xsl:text></xsl:if>
        <xsl:call-template name="fp:apparatus-entry"/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- In a note's footnote, after the note, the entries of the page whose last call is the note's
       (notes.xsl): the last footnote of the page, so the apparatus is below every note. FOP
       drops a footnote anchored on an invisible character, and nests none. -->
  <xsl:template name="fp:apparatus-after-note">
    <xsl:variable name="entries" select="fp:apparatus-groups(root(.))(generate-id(.))"/>
    <xsl:if test="exists($entries)">
      <xsl:call-template name="fp:apparatus-block"><xsl:with-param name="entries" select="$entries"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The lemma in the text; an empty one (an omission the editor kept) a no-break space of one
       point: an empty inline breaks FOP's hyphenation of the paragraph, an invisible character
       loses its footnote. -->
  <xsl:template name="fp:lemma-in-text">
    <xsl:apply-templates select="f:lemma(.)/node()" mode="m:fo"/>
    <xsl:if test="not(normalize-space(f:lemma(.)))"><fo:inline font-size="1pt">&#xA0;</fo:inline></xsl:if>
  </xsl:template>

  <!-- "12 lemma] reading V s; reading F": the key, the lemma, the readings and their sigla. -->
  <xsl:template name="fp:apparatus-entry">
    <xsl:variable name="lemma" select="f:lemma(.)"/>
    <xsl:variable name="placed" select="fp:placed(.)"/>
    <fo:inline keep-together.within-line="always" font-weight="bold">
      <!-- the line on the page, but where the apparatus says its place itself (@loc, @from) -->
      <xsl:value-of select="if ($placed and not(@loc or @from)) then substring-after($placed, ' ') else (f:apparatus-key(.), '')[1]"/>
    </fo:inline>
    <xsl:text> </xsl:text>
    <xsl:value-of select="f:entry-lemma(.)"/>
    <xsl:if test="exists($lemma/@wit | $lemma/@source)">
      <xsl:text> </xsl:text><fo:inline font-style="italic"><xsl:value-of select="string-join(f:reading-sigla($lemma), ' ')"/></fo:inline>
    </xsl:if>
    <xsl:if test="exists(f:variants(.))"><xsl:text>] </xsl:text></xsl:if>
    <xsl:for-each select="f:variants(.)">
      <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
      <xsl:value-of select="f:reading-text(.)"/>
      <xsl:if test="exists(f:reading-sigla(.))">
        <xsl:text> </xsl:text><fo:inline font-style="italic"><xsl:value-of select="string-join(f:reading-sigla(.), ' ')"/></fo:inline>
      </xsl:if>
      <xsl:if test="f:says-reading-type(.)"><xsl:value-of select="' (' || f:reading-type(.) || ')'"/></xsl:if>
    </xsl:for-each>
    <xsl:for-each select="tei:note">
      <xsl:text> </xsl:text><xsl:apply-templates mode="m:fo"/>
    </xsl:for-each>
  </xsl:template>

  <!-- What the apparatus says is not in the text's flow. -->
  <xsl:template match="tei:app/tei:note | tei:witDetail | tei:witStart | tei:witEnd | tei:lacunaStart | tei:lacunaEnd" mode="m:fo"/>

  <!-- A witness's page break: its siglum and number, small, in the line. -->
  <xsl:template match="tei:pb[@edRef]" mode="m:fo" priority="1">
    <xsl:variable name="sigla" select="f:break-sigla(.)"/>
    <fo:inline font-size="7pt" color="#555555" baseline-shift="super">
      <xsl:value-of select="'|' || string-join(($sigla, @n), ' ')"/>
    </fo:inline>
  </xsl:template>

  <!-- The witnesses (conspectus siglorum) before a text that has an apparatus. -->
  <xsl:template name="fp:conspectus">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="witnesses" select="f:witnesses($doc)"/>
    <xsl:if test="exists($witnesses) and exists(root($doc)//tei:text//tei:app)">
      <fo:block space-after="8mm" font-size="9pt" line-height="11.5pt" text-align="start" hyphenate="false" keep-together.within-page="always">
        <fo:block role="H2" font-weight="bold" space-after="3pt"><xsl:value-of select="f:label('witnesses')"/></fo:block>
        <xsl:for-each select="$witnesses">
          <fo:block start-indent="8mm" text-indent="-8mm">
            <fo:inline font-style="italic" font-weight="bold"><xsl:value-of select="f:siglum(.)"/></fo:inline>
            <fo:leader leader-length="8mm" leader-pattern="space"/>
            <xsl:value-of select="f:witness-description(.)"/>
          </fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
