<?xml version="1.0" encoding="UTF-8"?>
<!-- The navigation document of a book: its contents, every content document reached. Part of epub/book.xsl, which imports it. -->
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
                <a href="{f:text-href(f:text-id(.))}"><xsl:value-of select="f:text-full-title(.)"/></a>
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
</xsl:stylesheet>
