<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of one text of the edition: the driver that `edition build` calls once per TEI text,
  with the edition's registers as a parameter. It imports the HTML library (html.xsl) and adds
  the page itself and its header; an edition's xslt/custom/html.xsl imports this one.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:m="urn:x-edition:mode"
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
  <!-- The website's running text is justified, with the print edition's breaks as soft hyphens
       (html/modules/typography.xsl). -->
  <xsl:param name="hyphenate" as="xs:boolean" select="true()"/>

  <!-- The page renders the normalised document (common/normalize.xsl): the build's, or made
       here when the stylesheet is run by hand on a TEI file. -->
  <xsl:template match="/">
    <xsl:apply-templates select="f:normalized(.)" mode="m:text-page"/>
  </xsl:template>

  <xsl:template match="/" mode="m:text-page">
    <xsl:if test="$with-extract">
      <xsl:result-document href="extract.xml" method="xml" encoding="UTF-8">
        <xsl:call-template name="extract"/>
      </xsl:result-document>
      <xsl:result-document href="search-records.xml" method="xml" encoding="UTF-8" indent="no">
        <xsl:call-template name="search-records"/>
      </xsl:result-document>
    </xsl:if>
    <xsl:variable name="tei" select="(tei:TEI, tei:teiCorpus)[1]"/>
    <xsl:variable name="lang" select="($tei/tei:text/@xml:lang, $tei/@xml:lang, $ui-lang)[1]"/>
    <xsl:variable name="manifest" select="f:iiif-manifest(.)"/>
    <xsl:if test="exists($manifest)">
      <xsl:result-document href="iiif-manifest.json" method="json">
        <xsl:sequence select="$manifest"/>
      </xsl:result-document>
    </xsl:if>
    <xsl:call-template name="t:page">
      <xsl:with-param name="title" select="f:text-title(.)"/>
      <xsl:with-param name="page-class" select="'page text-page'"/>
      <xsl:with-param name="image-hosts" select="f:image-hosts(.)"/>
      <xsl:with-param name="facsimiles" select="exists(f:surfaces(.)[f:surface-image(.)])"/>
      <xsl:with-param name="meta" as="element()*">
        <xsl:call-template name="t:citation-meta"><xsl:with-param name="doc" select="."/></xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="content">
        <article class="text" lang="{f:html-lang($lang)}" dir="{f:dir($lang)}">
          <xsl:call-template name="t:text-header"><xsl:with-param name="doc" select="."/></xsl:call-template>
          <xsl:call-template name="t:manuscripts"><xsl:with-param name="doc" select="."/></xsl:call-template>
          <xsl:call-template name="t:contents"><xsl:with-param name="doc" select="."/></xsl:call-template>
          <xsl:call-template name="t:witnesses"><xsl:with-param name="doc" select="."/></xsl:call-template>
          <xsl:apply-templates select="$tei//tei:text[not(ancestor::tei:text)]" mode="m:html"/>
          <xsl:apply-templates select="$tei/tei:sourceDoc" mode="m:html"/>
          <xsl:for-each select="$tei//tei:text[not(ancestor::tei:text)]">
            <xsl:call-template name="t:endnotes"><xsl:with-param name="text" select="."/></xsl:call-template>
            <xsl:call-template name="t:descriptions"><xsl:with-param name="text" select="."/></xsl:call-template>
          </xsl:for-each>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A table of contents for a text of three sections or more (common: f:contents). -->
  <xsl:template name="t:contents">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="sections" select="f:contents($doc)"/>
    <xsl:if test="count($sections) ge 3">
      <nav class="contents" aria-labelledby="contents-title">
        <h2 id="contents-title" class="contents-title"><xsl:value-of select="f:label('contents')"/></h2>
        <ol>
          <xsl:for-each select="$sections">
            <li><a href="#{f:section-id(.)}"><xsl:value-of select="f:contents-label(.)"/></a></li>
          </xsl:for-each>
        </ol>
      </nav>
    </xsl:if>
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
          <button type="button" class="source-switch" aria-pressed="false" hidden="hidden"
              data-on="{f:label('as-corrected')}" data-off="{f:label('as-in-source')}">
            <xsl:value-of select="f:label('as-in-source')"/>
          </button>
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

  <!-- A letter's sending and receiving (who, where, when), each name linked to its register
       entry, and the letters before and after it: those the encoder named (correspContext) in
       the page, the others by date from nav/ID.js (browse.xsl), which edition.js reads. -->
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
                  <xsl:when test="exists($named) and (map:size($text-ids) = 0 or $id = (map:keys($text-ids) ! $text-ids(.)))">
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
