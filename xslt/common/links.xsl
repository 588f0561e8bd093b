<?xml version="1.0" encoding="UTF-8"?>
<!-- Where a pointer leads: included parts, safe addresses, anchors of the edition's texts and their parts. Part of the common library, imported by common/functions.xsl (see its conventions). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:n="urn:x-edition:normalized"
    exclude-result-prefixes="#all">

  <!-- ===================================================================== includes -->

  <!-- A part the document includes (xi:include) that could not be read: the build leaves a marker
       (urn:x-edition:include), or, when the document could not be read with its includes at
       all, the xi:include itself. Every format shows the reader that something is missing. -->
  <xsl:function name="f:missing-include" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'[' || f:label('missing-include') || ' ' || normalize-space($e/@href) || ']'"/>
  </xsl:function>

  <!-- An include of text (parse="text") that could not be read leaves the marker as text. -->
  <xsl:function name="f:text-missing-includes" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace($text, '&lt;missing xmlns=&quot;urn:x-edition:include&quot; href=&quot;([^&quot;]*)&quot;/&gt;',
        '[' || replace(f:label('missing-include'), '\$', '\\\$') || ' $1]')"/>
  </xsl:function>

  <!-- ===================================================================== links -->

  <!-- A URL that may become a live link: relative, http(s), mailto. Never javascript:, data:, ... -->
  <xsl:function name="f:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <!-- A backslash or a leading // would reach another host (\\host\x, //host/x: a file: page
         resolves them as network paths); control characters (looked for before normalize-space
         turns a tab into a space) hide a scheme: browsers drop tabs and newlines in a URL. -->
    <xsl:sequence select="
      if ($u = '') then ()
      else if (matches($url, '[\\\p{Cc}]') or starts-with($u, '//')) then ()
      else if (matches($u, '^[A-Za-z][A-Za-z0-9+.\-]*:')) then
        (if (matches($u, '^(https?|mailto):', 'i')) then $u else ())
      else if (matches($u, '^[\s\p{Cc}]*[A-Za-z]+[\s\p{Cc}]*:')) then ()
      else $u"/>
  </xsl:function>

  <!-- Paragraph numbering: every p of the text's front, body and back, counted through (not
       those of a note, list item, quotation, table cell or speech: a play is cited by its lines;
       nor the source's own navigation, a division typed as a header, footer, menu or contents:
       a forum page's "Page 1 sur 1" is no paragraph of the thread). -->
  <xsl:function name="f:paragraph-number" as="xs:integer">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="fp:decided($p, 'f:paragraph-number')/@n:paragraph/xs:integer(.)"/>
  </xsl:function>


  <xsl:function name="f:is-numbered-paragraph" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists(fp:decided($p, 'f:is-numbered-paragraph')/@n:paragraph)"/>
  </xsl:function>

  <!-- The editor's own reference system (pass 50): whether a node's text has one, the unit of it
       a node stands in (the unit holding it, else the first it holds, else the last one started
       before it in its text),
       its number as the editor gives it ("133"), its full reference ("3.1.133") and its anchor. -->
  <xsl:function name="f:cites-units" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists(fp:decided($node, 'f:cites-units')/ancestor-or-self::tei:text[1]/@n:cited)"/>
  </xsl:function>

  <xsl:function name="f:citation" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="text" select="$node/ancestor-or-self::tei:text[1]"/>
    <xsl:sequence select="if (not(f:cites-units($node))) then ()
        else ($node/ancestor-or-self::*[@n:cite][1], $node/descendant::*[@n:cite][1],
              $node/preceding::*[@n:cite][1][ancestor::tei:text[1] is $text])[1]"/>
  </xsl:function>

  <xsl:function name="f:citation-number" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="string($unit/@n:cite)"/>
  </xsl:function>

  <xsl:function name="f:citation-reference" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="string($unit/@n:cite-id)"/>
  </xsl:function>

  <xsl:function name="f:citation-id" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="'cite-' || replace($unit/@n:cite-id, '[^\p{L}\p{N}._-]+', '_')"/>
  </xsl:function>

  <!-- Verse lines are counted through each poem (a line group of stanzas: a sonnet, an ode),
       else through the text, as a play's lines are; a line shared between speakers is one line. -->
  <xsl:function name="f:line-number" as="xs:integer">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="fp:decided($l, 'f:line-number')/@n:line/xs:integer(.)"/>
  </xsl:function>

  <!-- The number every format sets beside a line, or none: every fifth line's, the encoding's
       (@n) where it numbers the lines, else the line's rank; once for a shared line. -->
  <xsl:function name="f:line-label" as="xs:string?">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="fp:decided($l, 'f:line-label')/@n:shown/string()"/>
  </xsl:function>



</xsl:stylesheet>
