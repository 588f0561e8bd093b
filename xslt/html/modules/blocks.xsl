<?xml version="1.0" encoding="UTF-8"?>
<!--
  Block-level TEI: divisions and headings, paragraphs (numbered, with permanent anchors), lists,
  quotations and epigraphs, verse, drama, tables, figures, title pages, openers and closers.
-->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:n="urn:x-edition:normalized"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- Paragraph numbers as links to the paragraph's permanent address (off in EPUB). -->
  <xsl:param name="paragraph-links" as="xs:boolean" select="true()"/>
  <!-- Whether a numbered paragraph shows its number as text where it has no link (the EPUB: its
       register and corrections point to paragraphs by number). -->
  <xsl:param name="paragraph-numbers" as="xs:boolean" select="false()"/>

  <!-- The containers of a text render, when a page shows one part of a long text ($t:part, a
       tunnel parameter: 0 for the whole text), only what that part holds of them (parts.xsl). -->
  <xsl:template match="tei:text" mode="m:html">
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <div class="tei-text">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates select="fp:on-part(node(), $t:part)" mode="m:html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back" mode="m:html">
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <div class="tei-{local-name()}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:call-template name="t:continued-heading"/>
      <xsl:apply-templates select="fp:on-part(node(), $t:part)" mode="m:html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:group" mode="m:html">
    <div class="tei-group">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </div>
  </xsl:template>

  <!-- A section with a heading has an anchor (common: f:section-id), which its heading links to. -->
  <xsl:template match="tei:div" mode="m:html">
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <!-- a cut section carries its anchor in its first part only -->
    <xsl:variable name="anchored" select="$t:part = 0 or f:part(.) = $t:part"/>
    <section class="tei-div{@type ! (' div-' || replace(., '\s+', '-'))}">
      <xsl:if test="tei:head and $anchored"><xsl:attribute name="id" select="f:section-id(.)"/></xsl:if>
      <xsl:call-template name="tp:attributes"><xsl:with-param name="id" select="$anchored"/></xsl:call-template>
      <xsl:call-template name="t:continued-heading"/>
      <xsl:variable name="depth" select="f:division-label-depth(.)"/>
      <xsl:for-each select="f:division-label(.)[$anchored]">
        <xsl:element name="h{min((6, 1 + $depth))}"><xsl:attribute name="class" select="'tei-head supplied'"/><xsl:value-of select="."/></xsl:element>
      </xsl:for-each>
      <xsl:apply-templates select="fp:on-part(node(), $t:part)" mode="m:html"/>
    </section>
  </xsl:template>

  <!-- A division that says nothing is not shown (common: f:is-empty-division). -->
  <xsl:template match="tei:div[f:is-empty-division(.)]" mode="m:html" priority="1"/>

  <!-- Headings: one level below the sections that contain this one; the text's own title is
       the page's h1, so a text's first level of headings is h2. -->
  <xsl:template match="tei:head" mode="m:html">
    <xsl:element name="h{min((6, 1 + f:heading-depth(.)))}">
      <xsl:attribute name="class" select="'tei-head'"/>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
      <xsl:if test="parent::tei:div[ancestor::tei:text] and $paragraph-links and . is ../tei:head[1]">
        <a class="heading-link" href="#{f:section-id(..)}" aria-label="{f:label('section-link')}"></a>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Heads of lists, tables, figures, verse groups are captions, not section headings. -->
  <xsl:template match="tei:list/tei:head | tei:lg/tei:head | tei:castList/tei:head | tei:listBibl/tei:head
      | tei:spGrp/tei:head | tei:argument/tei:head | tei:postscript/tei:head" mode="m:html">
    <p class="tei-head caption">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </p>
  </xsl:template>

  <!-- A poem's title is a heading (common: f:is-poem-title). -->
  <xsl:template match="tei:lg/tei:head[f:is-poem-title(.)]" mode="m:html" priority="1">
    <xsl:element name="h{min((6, 1 + f:heading-depth(.)))}">
      <xsl:attribute name="class" select="'tei-head poem-title'"/>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <!-- The text's own register, kept in its back, is on the register pages (common: f:is-register-list). -->
  <xsl:template match="tei:back//*[f:is-register-list(.)]" mode="m:html" priority="3"/>

  <xsl:template match="tei:p" mode="m:html">
    <xsl:choose>
      <xsl:when test="f:is-numbered-paragraph(.)">
        <xsl:variable name="n" as="xs:integer" select="f:paragraph-number(.)"/>
        <p class="tei-p numbered" id="{(@xml:id, 'p-' || $n)[1]}">
          <xsl:call-template name="tp:attributes"><xsl:with-param name="id" select="false()"/></xsl:call-template>
          <xsl:call-template name="tp:paragraph-number"><xsl:with-param name="n" select="$n"/></xsl:call-template>
          <xsl:apply-templates mode="m:html"/>
          <xsl:apply-templates select="f:notes-after(.)" mode="m:note-call"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <p class="tei-p">
          <xsl:call-template name="tp:attributes"/>
          <xsl:apply-templates select=".[@n:cite]" mode="m:citation-mark"/>
          <xsl:apply-templates mode="m:html"/>
          <xsl:apply-templates select="f:notes-after(.)" mode="m:note-call"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A numbered paragraph's number in the margin, a link to it; in a text with its editor's own
       reference system, that system's number instead, in the text (a count of paragraphs
       the edition's introduction and other works never cite would be a second numbering). -->
  <xsl:template name="tp:paragraph-number">
    <xsl:param name="n" as="xs:integer?"/>
    <xsl:choose>
      <xsl:when test="f:cites-units(.)">
        <xsl:apply-templates select=".[@n:cite]" mode="m:citation-mark"/>
      </xsl:when>
      <xsl:when test="empty($n)"/>
      <xsl:when test="$paragraph-links">
        <a class="pnum" href="#{(@xml:id, 'p-' || $n)[1]}" data-n="{$n}" aria-label="{f:label('paragraph')} {$n}"></a>
      </xsl:when>
      <xsl:when test="$paragraph-numbers"><span class="pnum" aria-hidden="true"><xsl:value-of select="$n"/></span></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- A paragraph that holds block content (lists, tables, verse) cannot be an HTML p. -->
  <xsl:template match="tei:p[tei:list | tei:table | tei:lg | tei:figure | tei:quote[f:is-block-quotation(.)] | tei:cit[f:is-block-quotation(.)] | tei:sp | tei:castList | tei:listBibl]" mode="m:html" priority="2">
    <xsl:variable name="n" as="xs:integer?" select="if (f:is-numbered-paragraph(.)) then f:paragraph-number(.) else ()"/>
    <div class="tei-p{if (exists($n)) then ' numbered' else ''}">
      <xsl:if test="exists($n)">
        <xsl:attribute name="id" select="(@xml:id, 'p-' || $n)[1]"/>
      </xsl:if>
      <xsl:call-template name="tp:attributes"><xsl:with-param name="id" select="empty($n)"/></xsl:call-template>
      <xsl:call-template name="tp:paragraph-number"><xsl:with-param name="n" select="$n"/></xsl:call-template>
      <xsl:apply-templates mode="m:html"/>
      <xsl:apply-templates select="f:notes-after(.)" mode="m:note-call"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:ab" mode="m:html">
    <div class="tei-ab">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
      <xsl:apply-templates select="f:notes-after(.)" mode="m:note-call"/>
    </div>
  </xsl:template>

  <!-- Lists: ordered when the encoding says so, label/item pairs keep the source's markers. -->
  <xsl:template match="tei:list" mode="m:html">
    <xsl:apply-templates select="tei:head" mode="m:html"/>
    <xsl:variable name="ordered" select="matches(string-join((@type, @rend), ' '), 'ordered|numbered|decimal|roman|alpha')"/>
    <xsl:choose>
      <xsl:when test="@type = 'gloss' or (tei:label and not(every $l in tei:label satisfies string-length(normalize-space($l)) le 3))">
        <dl class="tei-list gloss">
          <xsl:call-template name="tp:attributes"/>
          <xsl:for-each select="tei:item">
            <xsl:if test="preceding-sibling::*[1][self::tei:label]">
              <dt><xsl:apply-templates select="preceding-sibling::*[1]/node()" mode="m:html"/></dt>
            </xsl:if>
            <dd><xsl:apply-templates select="." mode="m:item-content"/></dd>
          </xsl:for-each>
        </dl>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if ($ordered) then 'ol' else 'ul'}">
          <xsl:attribute name="class" select="'tei-list' || (if (tei:label) then ' labelled' else '')"/>
          <xsl:call-template name="tp:attributes"/>
          <xsl:apply-templates select="* except (tei:head, tei:label)" mode="m:html"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:item" mode="m:html">
    <li>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates select="preceding-sibling::*[1][self::tei:label]" mode="m:list-label"/>
      <xsl:apply-templates mode="m:html"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:item" mode="m:item-content">
    <xsl:call-template name="tp:attributes"/>
    <xsl:apply-templates mode="m:html"/>
  </xsl:template>

  <xsl:template match="tei:label" mode="m:list-label">
    <span class="tei-label marker"><xsl:apply-templates mode="m:html"/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Global elements between list items (pb, note, gap) stay inside the list. -->
  <xsl:template match="tei:list/*[not(self::tei:item | self::tei:head | self::tei:label)]" mode="m:html" priority="-0.5">
    <li class="between-items"><xsl:next-match/></li>
  </xsl:template>

  <xsl:template match="tei:label" mode="m:html">
    <span class="tei-label"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- Quotations: a block when they stand between paragraphs or hold paragraphs (common:
       f:is-block-quotation); in the line, a phrase (inlines.xsl, which leaves these to this). -->
  <xsl:template match="tei:quote[f:is-block-quotation(.)]" mode="m:html">
    <blockquote class="tei-quote">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </blockquote>
  </xsl:template>

  <!-- A quotation with its source, set apart: a figure, its source the caption. -->
  <xsl:template match="tei:cit[f:is-block-quotation(.)]" mode="m:html">
    <figure class="tei-cit">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates select="* except (tei:bibl, tei:ref, tei:ptr)" mode="m:html"/>
      <xsl:if test="tei:bibl | tei:ref | tei:ptr">
        <figcaption><xsl:apply-templates select="tei:bibl | tei:ref | tei:ptr" mode="m:html"/></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template match="tei:epigraph | tei:argument | tei:opener | tei:closer | tei:postscript | tei:trailer" mode="m:html">
    <div class="tei-{local-name()}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:signed | tei:salute | tei:dateline | tei:byline | tei:docAuthor | tei:docDate | tei:docImprint" mode="m:html">
    <xsl:element name="{if (parent::tei:titlePage | parent::tei:front | parent::tei:body | parent::tei:back
        | parent::tei:div | parent::tei:closer[not(text()[normalize-space()])] | parent::tei:opener[not(text()[normalize-space()])]
        | parent::tei:epigraph | parent::tei:argument | parent::tei:postscript) then 'p' else 'span'}">
      <xsl:attribute name="class" select="string-join(('tei-' || local-name(), f:line-alignment(.)[f:is-letter-line(current())] ! ('align-' || .)), ' ')"/>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:titlePage" mode="m:html">
    <div class="tei-titlePage">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </div>
  </xsl:template>

  <!-- The page already heads the text with its title and subtitle (text.xsl): the source's title
       page gives them once more only when they differ (common: f:repeats-title). -->
  <xsl:template match="tei:docTitle[f:repeats-title(.)]" mode="m:html" priority="1"/>

  <xsl:template match="tei:docTitle" mode="m:html">
    <div class="tei-docTitle">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:titlePart" mode="m:html">
    <p class="tei-titlePart{@type ! (' ' || .)}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </p>
  </xsl:template>

  <!-- Verse: line groups and lines, every fifth line numbered (f:line-label). -->
  <xsl:template match="tei:lg" mode="m:html">
    <div class="tei-lg{@type ! (' lg-' || .)}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:l" mode="m:html">
    <xsl:variable name="label" select="f:line-label(.)"/>
    <xsl:variable name="step" select="f:line-step(.)"/>
    <div class="tei-l{' shared-line'[$step != '']}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:if test="exists($label)">
        <span class="lnum" data-n="{$label}"></span>
      </xsl:if>
      <!-- a later part of a shared line starts where the earlier parts end: their words, drawn
           unseen by the style sheet (::before, attr()), hold the room; they are no text of the
           page, read, copied or searched (the pages' Content-Security-Policy allows no style
           attribute to set a computed indent) -->
      <xsl:if test="$step != ''">
        <span class="line-step" aria-hidden="true" data-step="{$step}"></span>
      </xsl:if>
      <xsl:apply-templates mode="m:html"/>
      <xsl:apply-templates select="f:notes-after(.)" mode="m:note-call"/>
    </div>
  </xsl:template>

  <!-- Drama. -->
  <xsl:template match="tei:sp" mode="m:html">
    <div class="tei-sp">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </div>
  </xsl:template>

  <!-- A speaker in small capitals (the style sheet's font-variant: the words are the source's,
       read, copied and searched as written). Greek capitals have no accents or breathings
       (Ἀντιγόνη: ΑΝΤΙΓΟΝΗ): browsers drop them when they set Greek in capitals (text-transform)
       for a text in Greek as the style sheet's case mapping names it (el, which it applies to
       polytonic Greek too; grc it maps as any language, accents kept), so a Greek speaker is
       set in capitals of a smaller size in a span so named. -->
  <xsl:template match="tei:speaker" mode="m:html">
    <p class="tei-speaker">
      <xsl:call-template name="tp:attributes"/>
      <xsl:choose>
        <xsl:when test="matches(f:language-tag(f:text-lang(.)), '^(el|grc)(-|$)', 'i')">
          <span class="greek-caps" lang="el"><xsl:apply-templates mode="m:html"/></span>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="m:html"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template match="tei:stage" mode="m:html">
    <xsl:element name="{if (parent::tei:sp | parent::tei:div | parent::tei:body | parent::tei:castList) then 'p' else 'span'}">
      <xsl:attribute name="class" select="'tei-stage'"/>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <!-- A cast list as printed plays set it, no bullets: in two columns, each role in the first,
       its description beside it in the second (common: f:cast-description); an item that is one
       line of text across both; a group of roles (castGroup) its members one under the other in
       the first column, braced, and their one description beside them in the second (common:
       f:cast-members, f:cast-group-description). -->
  <xsl:template match="tei:castList" mode="m:html">
    <xsl:apply-templates select="tei:head" mode="m:html"/>
    <ul class="tei-castList">
      <xsl:call-template name="tp:attributes"/>
      <xsl:for-each select="* except tei:head">
        <xsl:call-template name="tp:cast-line"/>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template name="tp:cast-line">
    <xsl:param name="columns" as="xs:boolean" select="true()"/>
    <xsl:choose>
      <xsl:when test="self::tei:castItem">
        <xsl:variable name="description" select="f:cast-description(.)[$columns]"/>
        <li class="tei-castItem">
          <xsl:call-template name="tp:attributes"/>
          <xsl:choose>
            <xsl:when test="exists($description)">
              <span class="cast-role"><xsl:apply-templates select="node() except $description" mode="m:html"/></span>
              <xsl:text> </xsl:text>
              <span class="cast-description"><xsl:apply-templates select="$description" mode="m:html"/></span>
            </xsl:when>
            <xsl:otherwise><span class="cast-line"><xsl:apply-templates mode="m:html"/></span></xsl:otherwise>
          </xsl:choose>
        </li>
      </xsl:when>
      <xsl:when test="self::tei:castGroup">
        <li class="cast-group">
          <xsl:call-template name="tp:attributes"/>
          <xsl:apply-templates select="tei:head" mode="m:html"/>
          <ul class="cast-members">
            <xsl:for-each select="f:cast-members(.)">
              <xsl:call-template name="tp:cast-line"><xsl:with-param name="columns" select="false()"/></xsl:call-template>
            </xsl:for-each>
          </ul>
          <xsl:variable name="description" select="f:cast-group-description(.)[normalize-space()]"/>
          <xsl:if test="exists($description)">
            <xsl:text> </xsl:text>
            <span class="cast-group-description">
              <xsl:for-each select="$description">
                <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
                <xsl:apply-templates select="." mode="m:html"/>
              </xsl:for-each>
            </span>
          </xsl:if>
        </li>
      </xsl:when>
      <xsl:otherwise><li><span class="cast-line"><xsl:apply-templates select="." mode="m:html"/></span></li></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:castGroup/tei:head" mode="m:html">
    <span class="cast-group-head"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:role | tei:roleDesc | tei:actor" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- Tables. -->
  <!-- A table scrolls within its own box when it is wider than the column (a phone): the box can
       be scrolled from the keyboard too. -->
  <xsl:template match="tei:table" mode="m:html">
    <div class="table-scroll" tabindex="0">
      <table class="tei-table">
        <xsl:call-template name="tp:attributes"/>
        <xsl:if test="tei:head">
          <caption><xsl:apply-templates select="tei:head/node()" mode="m:html"/></caption>
        </xsl:if>
        <tbody>
          <xsl:apply-templates select="* except tei:head" mode="m:html"/>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="tei:row" mode="m:html">
    <tr><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell" mode="m:html">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:if test="@cols castable as xs:integer and xs:integer(@cols) gt 1"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows castable as xs:integer and xs:integer(@rows) gt 1"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:table/*[not(self::tei:row | self::tei:head)]" mode="m:html" priority="-0.5">
    <tr class="between-rows"><td><xsl:next-match/></td></tr>
  </xsl:template>

  <!-- Figures and graphics: only safe, relative or http(s) image addresses become images. -->
  <xsl:template match="tei:figure" mode="m:html">
    <figure class="tei-figure">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates select="* except (tei:head, tei:figDesc)" mode="m:html"/>
      <xsl:if test="tei:head | tei:figDesc">
        <figcaption>
          <xsl:apply-templates select="tei:head/node()" mode="m:html"/>
          <xsl:if test="tei:head and tei:figDesc"><xsl:text> </xsl:text></xsl:if>
          <xsl:for-each select="tei:figDesc">
            <span class="tei-figDesc"><xsl:apply-templates mode="m:html"/></span>
          </xsl:for-each>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template match="tei:graphic" mode="m:html">
    <xsl:variable name="url" select="f:safe-url(@url)"/>
    <xsl:variable name="alt" select="normalize-space(string-join((../tei:figDesc, tei:desc), ' '))"/>
    <xsl:choose>
      <xsl:when test="$url">
        <img class="tei-graphic" src="{$url}" alt="{$alt}" loading="lazy">
          <xsl:call-template name="tp:attributes"/>
        </img>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-graphic unsafe" data-tei="graphic"><xsl:value-of select="$alt"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:binaryObject" mode="m:html">
    <xsl:variable name="type" select="(@mimeType, 'image/png')[1]"/>
    <xsl:choose>
      <xsl:when test="matches($type, '^image/(png|jpeg|gif|webp)$') and (not(@encoding) or @encoding = 'base64')">
        <img class="tei-binaryObject" src="data:{$type};base64,{normalize-space(.)}" alt="{normalize-space(string-join(../tei:figDesc, ' '))}"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-binaryObject" data-tei="binaryObject"></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Bibliographies. -->
  <!-- Its entries only (common: f:bibliography-items): no empty item, no empty list. -->
  <xsl:template match="tei:listBibl" mode="m:html">
    <xsl:variable name="items" select="f:bibliography-items(.)"/>
    <xsl:if test="exists($items)">
      <xsl:apply-templates select="tei:head" mode="m:html"/>
      <ul class="tei-listBibl">
        <xsl:call-template name="tp:attributes"/>
        <xsl:for-each select="$items">
          <li><xsl:apply-templates select="." mode="m:html"/></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
