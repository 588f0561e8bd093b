<?xml version="1.0" encoding="UTF-8"?>
<!-- Kept for customisations written before the passes moved to xslt/transforms/ (an
     xslt/custom/normalize.xsl that imports edition:xslt/common/normalize.xsl): the normalisation
     is xslt/transforms/normalize.xsl. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../transforms/normalize.xsl"/>
</xsl:stylesheet>
