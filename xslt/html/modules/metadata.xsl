<?xml version="1.0" encoding="UTF-8"?>
<!--
  What makes a text citable: Highwire Press citation_* and Dublin Core meta tags (read by Zotero
  and scholarly search engines) and the "cite this text" box, in one standard style and BibTeX.
  All of it comes from the TEI header; nothing is invented when the header is silent.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:t="urn:x-edition:template"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="t:citation-meta">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="header" select="$doc//tei:teiHeader[1]"/>
    <xsl:variable name="original" select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'original']"/>
    <xsl:variable name="lang" select="($doc//tei:text/@xml:lang, $doc/*/@xml:lang)[1]"/>
    <xsl:variable name="date" select="f:text-date($doc)"/>
    <meta name="citation_title" content="{f:text-title($doc)}"/>
    <xsl:for-each select="f:text-authors($doc)">
      <meta name="citation_author" content="{fp:inverted-name(.)}"/>
    </xsl:for-each>
    <!-- Highwire dates have no years before Christ -->
    <xsl:if test="$date[not(starts-with(., '-'))]"><meta name="citation_publication_date" content="{translate($date, '-', '/')}"/></xsl:if>
    <xsl:for-each select="$original/tei:title[@level = 'j'][1]">
      <meta name="citation_journal_title" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$original/tei:biblScope[@unit = ('issue', 'number')][1]">
      <meta name="citation_issue" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:if test="$lang"><meta name="citation_language" content="{$lang}"/></xsl:if>
    <xsl:if test="$base-url"><meta name="citation_public_url" content="{$base-url}{f:text-id($doc)}.html"/></xsl:if>
    <meta name="DC.title" content="{f:text-title($doc)}"/>
    <xsl:for-each select="f:text-authors($doc)"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:if test="$date"><meta name="DC.date" content="{$date}"/></xsl:if>
    <xsl:if test="$lang"><meta name="DC.language" content="{$lang}"/></xsl:if>
    <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:publisher[1]">
      <meta name="DC.publisher" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$original[1]"><meta name="DC.source" content="{f:plain-text(.)}"/></xsl:for-each>
    <xsl:for-each select="($header/tei:fileDesc/tei:publicationStmt/tei:availability)[1]">
      <meta name="DC.rights" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <meta name="DC.identifier" content="{f:text-id($doc)}"/>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
  </xsl:template>

  <xsl:template name="t:cite-box">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="authors" select="f:text-authors($doc)"/>
    <xsl:variable name="title" select="f:text-title($doc)"/>
    <xsl:variable name="date" select="f:edition-date($doc)"/>
    <!-- The citation is written in the text's language when there are labels in it, else in the
         interface's: its words, quotation marks and dates. -->
    <xsl:variable name="lang" select="(substring(lower-case(string(($doc/*/@xml:lang, ($doc//tei:text)[1]/@xml:lang, f:text-lang($doc))[1])), 1, 2)[map:contains($fp:locales, .)], $ui-lang)[1]"/>
    <xsl:variable name="edition-title" select="$edition-title[. != $title]"/>
    <xsl:variable name="url" select="($base-url ! (. || f:text-id($doc) || '.html'))"/>
    <details class="cite-box">
      <summary><xsl:value-of select="f:label('cite')"/></summary>
      <p class="citation" lang="{$lang}">
        <xsl:if test="exists($authors)">
          <xsl:value-of select="string-join($authors ! fp:inverted-name(.), ', ')"/>
          <xsl:text>. </xsl:text>
        </xsl:if>
        <xsl:value-of select="(if ($lang = 'fr') then '«&#x202F;' || $title || '&#x202F;»' else '“' || $title || '”') || '. '"/>
        <!-- The edition's title when it has one of its own (never invented, never the text's
             title again), its editors, "digital edition" unless its title says so, its date
             written as the text's language writes dates. -->
        <xsl:for-each select="$edition-title"><i><xsl:value-of select="."/></i></xsl:for-each>
        <xsl:value-of select="string-join((
            f:edition-credits() ! (lower-case(substring(?label, 1, 1)) || substring(?label, 2) || ' ' || ?names),
            lower-case(f:label('cite-edition', $lang))[not(exists($edition-title) and contains(lower-case($edition-title), .))],
            $date ! f:date-words(., $lang)), ', ') ! ((if (exists($edition-title)) then ', ' else '') || upper-case(substring(., 1, 1))[empty($edition-title)] || substring(., if (exists($edition-title)) then 1 else 2))"/>
        <xsl:text>.</xsl:text>
        <!-- The page's address only when it is known: the edition's base-url, or the address the
             page is read at when it is served (edition.js fills it in); never a file: path. -->
        <span class="cite-address" data-url="{$url}">
          <xsl:if test="empty($url)"><xsl:attribute name="hidden" select="'hidden'"/></xsl:if>
          <xsl:text> </xsl:text>
          <span class="cite-url"><xsl:value-of select="$url"/></span>
          <xsl:text>, </xsl:text>
          <xsl:value-of select="f:label('accessed', $lang)"/>
          <xsl:text> </xsl:text>
          <span class="access-date">[<xsl:value-of select="f:label('access-date', $lang)"/>]</span>
          <xsl:text>.</xsl:text>
        </span>
        <xsl:for-each select="f:original-publication($doc)">
          <xsl:text> </xsl:text>
          <span class="cite-original"><xsl:value-of select="f:label('original-publication', $lang) || (if ($lang = 'fr') then '&#x202F;: ' else ': ') || replace(f:typeset-string(f:plain-text(.), .), '([^.])$', '$1.')"/></span>
        </xsl:for-each>
      </p>
      <!-- When the text was written or published, and what says so. -->
      <xsl:for-each select="f:text-dating($doc)">
        <p class="text-dating" data-evidence="{?evidence}">
          <xsl:value-of select="f:label('text-date') || f:colon() || f:text-date-label($doc) || ' (' || f:label('dated-by-' || ?evidence) || ')'"/>
        </p>
      </xsl:for-each>
      <pre class="bibtex"><code><xsl:value-of select="fp:bibtex($doc, $authors, $title, $date, $url)"/></code></pre>
    </details>
  </xsl:template>

  <xsl:function name="fp:bibtex" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="authors" as="xs:string*"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="date" as="xs:string?"/>
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="fields" as="xs:string*" select="(
      if (exists($authors)) then 'author = {' || string-join($authors ! fp:inverted-name(.), ' and ') || '}' else (),
      'title = {' || $title || '}',
      $edition-title[. != $title] ! ('howpublished = {' || . || '}'),
      $edition?editors[normalize-space()] ! ('editor = {' || string-join(tokenize(., '\s*;\s*')[.], ' and ') || '}'),
      $edition?publisher[normalize-space()] ! ('publisher = {' || normalize-space(.) || '}'),
      if ($date) then 'year = {' || substring($date, 1, 4) || '}' else (),
      f:original-date($doc)[matches(., '^\d{4}')] ! ('origdate = {' || substring(., 1, 4) || '}'),
      f:original-publication($doc) ! ('note = {' || f:label('original-publication') || f:colon() || f:plain-text(.) || '}'),
      if ($url) then 'url = {' || $url || '}' else (),
      (($doc//tei:text)[1]/@xml:lang, $doc/*/@xml:lang, ($doc//tei:langUsage/tei:language/@ident)[1])[1]
          ! ('language = {' || . || '}'))"/>
    <xsl:sequence select="'@misc{' || f:text-id($doc) || ',&#10;  ' || string-join($fields, ',&#10;  ') || '&#10;}'"/>
  </xsl:function>

  <!-- "Jean-Luc Leylavergne" as "Leylavergne, Jean-Luc" for citations. -->
  <xsl:function name="fp:inverted-name" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="parts" select="tokenize(normalize-space($name), ' ')"/>
    <xsl:sequence select="if (count($parts) lt 2 or contains($name, ',')) then normalize-space($name)
        else $parts[last()] || ', ' || string-join($parts[position() lt last()], ' ')"/>
  </xsl:function>
</xsl:stylesheet>
