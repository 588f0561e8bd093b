<?xml version="1.0" encoding="UTF-8"?>
<!--
  The copy of a text's TEI that the website publishes for download (tei/ID.xml): the document as
  the edition read it (entities expanded, includes resolved, no DOCTYPE), with what a browser
  would bring to life taken out. A browser opens an XML file as a document of the site's origin
  (from disk, from `edition serve`, or by the text's own link to its copy), and there an XHTML
  script, an SVG onload, a MathML event attribute or an XSLT stylesheet runs like a script of the
  site's pages: the copy must carry none, as the pages carry none.

  Taken out:
  - elements of the vocabularies browsers render or act on, XHTML, SVG, XSLT, XUL, and leftover
    XIncludes (another reader's tool would fetch what they name); their text is kept, but for
    scripts and styles, which are code;
  - on every element, event attributes (on...), xml:base (the editors' folders; the copy is read
    elsewhere), and attributes of those vocabularies and of XLink (links and loads);
  - on MathML, which is kept for its formulas: what links, loads or styles (href, src, altimg,
    style);
  - xml-stylesheet processing instructions (a stylesheet the browser would run on the copy).
  Everything else, TEI and other vocabularies alike, is copied as it is.

  A driver that imports nothing, unlike the others (see html.xsl): neither the library nor an
  edition's customisation reaches the copies.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:mode on-no-match="shallow-copy"/>

  <!-- The vocabularies a browser (or another reader's tool) brings to life. -->
  <xsl:variable name="fp:live" as="xs:string*" select="(
      'http://www.w3.org/1999/xhtml',
      'http://www.w3.org/2000/svg',
      'http://www.w3.org/1999/XSL/Transform',
      'http://www.mozilla.org/keymaster/gatekeeper/there.is.only.xul',
      'http://www.w3.org/2001/XInclude',
      'http://www.w3.org/2003/XInclude',
      'http://www.w3.org/1999/xlink')"/>

  <!-- A line of its own for each comment, instruction and the root, as files are written. -->
  <xsl:template match="/">
    <xsl:for-each select="node()">
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="*[namespace-uri() = $fp:live]">
    <xsl:if test="not(lower-case(local-name()) = ('script', 'style'))">
      <xsl:apply-templates/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="@*[namespace-uri() = $fp:live] | @*[namespace-uri() = ''][matches(local-name(), '^on', 'i')] | @xml:base"/>

  <xsl:template match="*[namespace-uri() = 'http://www.w3.org/1998/Math/MathML']/@*[namespace-uri() = '']
      [lower-case(local-name()) = ('href', 'src', 'altimg', 'style')]"/>

  <xsl:template match="processing-instruction('xml-stylesheet')"/>

</xsl:stylesheet>
