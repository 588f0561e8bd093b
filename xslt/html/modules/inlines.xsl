<?xml version="1.0" encoding="UTF-8"?>
<!--
  Phrase-level TEI: highlighting, foreign words, titles, quotations in running text, milestones,
  links. The source's own quotation marks are text; no template adds any.
-->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
    xmlns:n="urn:x-edition:normalized"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- hi: the common @rend values as HTML, the others as classes. -->
  <xsl:template match="tei:hi" mode="m:html">
    <xsl:variable name="rend" select="f:rend-tokens(.)"/>
    <xsl:variable name="styles" select="f:styles(.)"/>
    <xsl:variable name="element" select="
      if ($styles = 'sup') then 'sup'
      else if ($styles = 'sub') then 'sub'
      else if ($styles = 'bold') then 'b'
      else if ($styles = 'italic') then 'i'
      else if ($styles = 'underline') then 'u'
      else if ($styles = 'strike') then 's'
      else 'span'"/>
    <xsl:element name="{$element}">
      <xsl:attribute name="class" select="string-join(('tei-hi', $rend ! ('rend-' || replace(., '[^\w-]', '')),
          $styles[. = 'smallcaps']), ' ')"/>
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:emph" mode="m:html">
    <em class="tei-emph"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></em>
  </xsl:template>

  <xsl:template match="tei:foreign" mode="m:html">
    <i class="tei-foreign"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></i>
  </xsl:template>

  <xsl:template match="tei:term" mode="m:html">
    <dfn class="tei-term"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></dfn>
  </xsl:template>

  <xsl:template match="tei:mentioned | tei:soCalled | tei:distinct | tei:gloss" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:title[not(@ref)]" mode="m:html">
    <cite class="tei-title level-{(@level, 'm')[1]}{if (f:sets-upright(.) or f:is-heading-title(.)) then ' upright' else ''}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </cite>
  </xsl:template>

  <!-- A quotation in the line; one set apart as a block is a blockquote (blocks.xsl: this module,
       imported after it, must leave it there). -->
  <xsl:template match="tei:q | tei:said | tei:quote[not(f:is-block-quotation(.))]" mode="m:html">
    <q class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></q>
  </xsl:template>

  <!-- A quotation with its source in the line; one set apart is a figure (blocks.xsl). -->
  <xsl:template match="tei:cit[not(f:is-block-quotation(.))]" mode="m:html">
    <span class="tei-cit"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- A unit of the editor's own reference system (common: f:citation) starts with its number,
       a link to itself, as editions print section numbers in the text (133 ὡς δὲ). -->
  <xsl:template match="tei:seg[@n:cite] | tei:milestone[@n:cite]" mode="m:html" priority="5">
    <xsl:apply-templates select="." mode="m:citation-mark"/>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="*[@n:cite]" mode="m:citation-mark">
    <a class="cite-n" id="{f:citation-id(.)}" href="#{f:citation-id(.)}" title="{f:citation-reference(.)}"
       aria-label="{f:label('paragraph')} {f:citation-number(.)}"><xsl:value-of select="f:citation-number(.)"/></a>
  </xsl:template>

  <xsl:template match="tei:seg | tei:s | tei:w | tei:c | tei:pc | tei:phr | tei:cl | tei:m" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:date | tei:time | tei:num | tei:measure | tei:idno | tei:address | tei:addrLine
      | tei:email | tei:roleName | tei:forename | tei:surname | tei:addName | tei:genName | tei:nameLink" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- A description of elements only, punctuated by the edition (common: f:is-bare-bibl). -->
  <xsl:template match="*[f:is-bare-bibl(.)]" mode="m:html" priority="1">
    <span class="tei-{local-name()}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:for-each select="*">
        <xsl:apply-templates select="." mode="m:html"/>
        <xsl:value-of select="f:bibl-after(.)"/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="tei:bibl | tei:biblStruct | tei:author | tei:editor | tei:biblScope | tei:citedRange
      | tei:publisher | tei:pubPlace | tei:edition" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- An epigraph's attribution without a cit around it (DraCor's <epigraph><quote/><bibl/>):
       its own line, ranged right and upright, as a cit's caption
       (blocks.xsl); here, to win over a bibl's span. -->
  <xsl:template match="tei:epigraph/tei:bibl" mode="m:html">
    <p class="tei-bibl attribution">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </p>
  </xsl:template>

  <xsl:template match="tei:gi" mode="m:html">
    <code class="tei-gi">&lt;<xsl:value-of select="."/>&gt;</code>
  </xsl:template>

  <xsl:template match="tei:att" mode="m:html">
    <code class="tei-att">@<xsl:value-of select="."/></code>
  </xsl:template>

  <xsl:template match="tei:code | tei:ident | tei:tag | tei:val" mode="m:html">
    <code class="tei-{local-name()}"><xsl:apply-templates mode="m:html"/></code>
  </xsl:template>

  <!-- Milestones: a line break of the source breaks the reading text's line only where lines are
       the text's form (common: f:breaks-reading-line); elsewhere the reading text flows and the
       break is the view of the source's (a space, or nothing inside a word). Page and column
       beginnings are marked in the margin, never as breaks. -->
  <xsl:template match="tei:lb" mode="m:html">
    <xsl:choose>
      <xsl:when test="f:breaks-reading-line(.)">
        <br class="tei-lb"/>
        <!-- an inscription's line, every fifth numbered in the margin -->
        <xsl:for-each select="f:leiden-line-number(.)"><span class="lnum leiden-n" data-n="{.}" aria-hidden="true"/></xsl:for-each>
      </xsl:when>
      <xsl:when test="exists(f:leiden-line-number(.))">
        <span class="lnum leiden-n" data-n="{f:leiden-line-number(.)}" aria-hidden="true"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="not(f:joins-words(.))"><xsl:text> </xsl:text></xsl:if>
        <br class="tei-lb source-line"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The source's hyphen at a line's end, for the view of the source only. -->
  <xsl:template match="tei:pc[@n:line-end]" mode="m:html" priority="1">
    <span class="line-end-hyphen"><xsl:value-of select="."/></span>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb" mode="m:html">
    <span class="tei-{local-name()}" data-n="{(@n, '')[1]}" id="{fp:break-id(.)}">
      <xsl:if test="f:is-inside-word(.)"><xsl:attribute name="data-break" select="'no'"/></xsl:if>
    </span>
  </xsl:template>

  <!-- A page or column break's anchor: its xml:id, else its rank among the breaks of its text. -->
  <xsl:function name="fp:break-id" as="xs:string">
    <xsl:param name="break" as="element()"/>
    <xsl:variable name="n" as="xs:integer">
      <xsl:number select="$break" level="any" count="tei:pb | tei:cb" from="tei:text"/>
    </xsl:variable>
    <xsl:sequence select="($break/@xml:id, local-name($break) || '-' || $n)[1] ! string(.)"/>
  </xsl:function>

  <xsl:template match="tei:milestone | tei:gb" mode="m:html">
    <span class="tei-milestone" data-unit="{(@unit, local-name())[1]}" data-n="{(@n, '')[1]}"><xsl:call-template name="tp:attributes"/></span>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="m:html">
    <span class="tei-anchor"><xsl:call-template name="tp:attributes"/></span>
  </xsl:template>

  <!-- Forme work (running heads, signatures, catchwords) belongs to the view of the source. -->
  <xsl:template match="tei:fw" mode="m:html">
    <span class="tei-fw" data-type="{@type}"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- Links: only safe addresses become live; pointers to TEI files of the edition become links
       to their pages. A licence a header names by its address links to it (a CC licence asks
       to be given with its link). -->
  <xsl:template match="tei:ref[not(@target)] | tei:ptr[not(@target)] | tei:licence[not(@target)]" mode="m:html">
    <span class="tei-{local-name()}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:ref[@target] | tei:ptr[@target] | tei:licence[@target]" mode="m:html">
    <xsl:variable name="href" select="f:href(tokenize(normalize-space(@target))[1], .)"/>
    <xsl:choose>
      <xsl:when test="$href">
        <a class="tei-{local-name()}" href="{$href}">
          <xsl:if test="matches($href, '^https?:')"><xsl:attribute name="rel" select="'noopener noreferrer external'"/></xsl:if>
          <xsl:call-template name="tp:attributes"/>
          <xsl:apply-templates mode="m:html"/>
          <xsl:value-of select="f:pointer-text(.)"/>
        </a>
      </xsl:when>
      <!-- A target that is a bare name ("1901-12-28", "L03085": another project's own keys)
           leads to no page of the site: no link, and nothing unsafe about it. -->
      <xsl:when test="matches(normalize-space(@target), '^[\p{L}\p{N}_-]+$')">
        <span class="tei-{local-name()}">
          <xsl:call-template name="tp:attributes"/>
          <xsl:apply-templates mode="m:html"/>
          <xsl:value-of select="f:pointer-text(.)"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-{local-name()} unsafe-link" data-tip="{f:label('unsafe-link')}">
          <xsl:call-template name="tp:attributes"/>
          <xsl:apply-templates mode="m:html"/>
          <xsl:value-of select="f:pointer-text(.)"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where a pointer leads on the website, or nothing if it must not become a link. A pointer to
       an element of its own document (#id) leads to it where the text's page shows it (its text, a
       listed witness), and to nothing else: a link to nothing is a dead end for the reader. -->
  <xsl:function name="f:href" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="safe" select="f:safe-url($target)"/>
    <xsl:variable name="entry" select="if ($safe and not(matches($safe, '^[a-z]+:', 'i'))) then f:entry($safe, $context) else ()"/>
    <xsl:sequence select="
      if (empty($safe)) then ()
      else if ($entry) then f:entry-href($entry)
      (: an anchor of the text: on the page of its part :)
      else if (starts-with($safe, '#')) then fp:local-href(substring($safe, 2), $context)
      (: a bare name: another text of the edition by its id (a letter's L03085), else nothing :)
      else if (matches($safe, '^[\p{L}\p{N}_-]+$')) then f:referenced-text-id($safe, $context) ! f:text-href(.)
      (: another text's anchor: its first page, which leads on to the page that holds it (edition.js) :)
      else if (matches($safe, '^[^:/#?]+\.xml(#.*)?$')) then
        (f:text-href(replace($safe, '\.xml(#.*)?$', '')) ! (. || (if (contains($safe, '#')) then '#' || substring-after($safe, '#') else '')))
      else $safe"/>
  </xsl:function>

  <!-- The address of an element of a text's own document, as the website shows it: an element of
       the text at its anchor on the page of its part (the anchor alone on the same page); a
       listed witness in the list of witnesses, on the text's first page. A page of the edition
       (the about page) that shows a text's header links to the text's pages. -->
  <xsl:function name="fp:local-href" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="target" select="id($id, root($context))"/>
    <xsl:variable name="in-text" select="exists($context/ancestor::tei:text)"/>
    <xsl:variable name="text-id" select="f:text-id(root($context))"/>
    <xsl:sequence select="
      if ($target/ancestor::tei:text) then (if ($in-text) then f:href-to($target, $id, $context) else f:anchor-href($target, $id))
      else if ($target/self::tei:witness) then
        (if ($in-text and f:part($context) = 1) then '' else f:page-href($text-id, 1)) || '#witness-' || $text-id || '-' || $id
      else ()"/>
  </xsl:function>
</xsl:stylesheet>
