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

  A driver that imports common/safe-copy.xsl alone (the rules above), unlike the others (see
  html.xsl): neither the library nor an edition's customisation reaches the copies.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:mp="urn:x-edition:mode-private"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/safe-copy.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- A line of its own for each comment, instruction and the root, as files are written. -->
  <xsl:template match="/">
    <xsl:for-each select="node()">
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates select="." mode="mp:safe-copy"/>
    </xsl:for-each>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
