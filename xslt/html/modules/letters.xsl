<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's letters: each letter's neighbours, in the edition and in its correspondence
  (nav/ID.js, read by the letter's page), and the CMIF file of the letters
  (correspSearch's Correspondence Metadata Interchange Format). Called by site.xsl with the
  texts' extracts (modules/extract.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:m="urn:x-edition:mode"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:fp="urn:x-edition:private"
    xmlns:t="urn:x-edition:template"
    xmlns:e="urn:x-edition:extract"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- For each letter, the letters before and after it, in the edition and in its
       correspondence (the same two correspondents), by date: nav/ID.js, which the letter's page
       loads (its correspContext, when the encoder gave one, is in the page itself). -->
  <xsl:template name="t:letter-neighbours">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:param name="root" as="xs:anyURI"/>
    <xsl:variable name="letters" as="document-node()*">
      <xsl:perform-sort select="$texts[exists(f:correspondence(.))]">
        <xsl:sort select="(e:extract/@date, '9999')[1]"/>
        <xsl:sort select="f:text-id(.)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="pairs" as="map(xs:string, document-node()*)">
      <xsl:map>
        <xsl:for-each-group select="$letters" group-by="fp:correspondents(.)">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:for-each select="$letters">
      <xsl:variable name="at" select="position()"/>
      <xsl:variable name="pair" select="$pairs(fp:correspondents(.))"/>
      <xsl:variable name="in-pair" select="index-of($pair ! generate-id(.), generate-id(.))"/>
      <xsl:result-document href="{resolve-uri('nav/' || f:text-id(.) || '.js', $root)}" method="text" encoding="UTF-8">
        <xsl:text>EditionLetters(</xsl:text>
        <xsl:value-of select="serialize(map:merge((
            fp:neighbour('edition-previous', $letters[$at - 1]), fp:neighbour('edition-next', $letters[$at + 1]),
            fp:neighbour('correspondence-previous', $pair[$in-pair - 1]), fp:neighbour('correspondence-next', $pair[$in-pair + 1]))),
            map { 'method': 'json' }) => replace('&lt;', '\\u003c')"/>
        <xsl:text>);&#10;</xsl:text>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="fp:neighbour" as="map(*)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="text" as="document-node()?"/>
    <xsl:sequence select="$text ! map { $key: map { 'url': f:text-id(.) || '.html',
        'title': fp:title-with-date(f:text-title(.), string(e:extract/@date-label)) } }"/>
  </xsl:function>

  <!-- A letter's title and its date, the date once: a title that already ends with the date
       ("Arthur Schnitzler an Olga Gussmann, 29. 11. 1901", as Schnitzler-Briefe titles its
       letters) is not followed by it again. -->
  <xsl:function name="fp:title-with-date" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="date" as="xs:string"/>
    <xsl:sequence select="if ($date = '' or ends-with(normalize-space($title), normalize-space($date))) then $title
        else $title || ', ' || $date"/>
  </xsl:function>

  <!-- The two sides of a letter, in either direction: who wrote to whom. -->
  <xsl:function name="fp:correspondents" as="xs:string">
    <xsl:param name="text" as="document-node()"/>
    <xsl:sequence select="string-join(sort(distinct-values(f:correspondence($text)?names ! f:name-key(.))), '|')"/>
  </xsl:function>

  <!-- ===================================================================== CMIF -->
  <!-- The edition's letters in the Correspondence Metadata Interchange Format, for correspSearch:
       each letter's sending and receiving with names, places and dates, pointing to its page;
       a person or place by its authority address (an idno of its register entry that is one)
       when the register gives it. -->
  <xsl:template name="t:cmif">
    <xsl:param name="texts" as="document-node()*"/>
    <xsl:variable name="letters" select="$texts[exists(f:correspondence(.))]"/>
    <xsl:if test="exists($letters)">
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt>
                <title><xsl:value-of select="$site-title"/></title>
                <editor><xsl:value-of select="(f:edition-credits()?names, $site-title)[1]"/></editor>
              </titleStmt>
              <publicationStmt>
                <publisher><xsl:value-of select="($edition?publisher, $site-title)[1]"/></publisher>
                <idno type="url"><xsl:value-of select="($base-url ! (. || 'cmif.xml'), 'cmif.xml')[1]"/></idno>
                <!-- the latest date the edition records of itself, else of its letters -->
                <date when="{(($registers, $texts) ! f:edition-date(.))[. castable as xs:date or . castable as xs:gYear] => sort() => reverse() => head()
                    => (function ($d) { if (exists($d)) then $d else ($letters ! e:extract/@date ! string(.)) => sort() => reverse() => head() })()}"/>
                <!-- correspSearch takes CMIF files under CC BY 4.0; an edition's own licence address wins -->
                <availability>
                  <licence target="{($edition?licence[matches(., '^https?://\S+$')], 'https://creativecommons.org/licenses/by/4.0/')[1]}">
                    <xsl:value-of select="($edition?licence, 'CC BY 4.0')[1]"/>
                  </licence>
                </availability>
              </publicationStmt>
              <sourceDesc>
                <bibl type="online" xml:id="{fp:uuid($site-title)}">
                  <xsl:value-of select="$site-title"/>
                  <xsl:if test="$base-url"><xsl:text>, </xsl:text><ref target="{$base-url}"><xsl:value-of select="$base-url"/></ref></xsl:if>
                </bibl>
              </sourceDesc>
            </fileDesc>
            <profileDesc>
              <xsl:for-each select="$letters">
                <xsl:sort select="(e:extract/@date, '9999')[1]"/>
                <xsl:sort select="f:text-id(.)"/>
                <correspDesc ref="{($base-url, '')[1] || f:text-id(.) || '.html'}" source="#{fp:uuid($site-title)}">
                  <xsl:variable name="actions" select="f:correspondence(.)"/>
                  <xsl:for-each select="'sent', 'received'">
                    <xsl:variable name="role" select="."/>
                    <correspAction type="{$role}">
                      <xsl:for-each select="$actions[?role = $role]">
                        <xsl:for-each select="?names">
                          <xsl:element name="{if (self::tei:orgName) then 'orgName' else 'persName'}" namespace="http://www.tei-c.org/ns/1.0">
                            <xsl:for-each select="fp:authority(.)"><xsl:attribute name="ref" select="."/></xsl:for-each>
                            <xsl:value-of select="f:name-label(.)"/>
                          </xsl:element>
                        </xsl:for-each>
                        <xsl:for-each select="?places">
                          <placeName>
                            <xsl:for-each select="fp:authority(.)"><xsl:attribute name="ref" select="."/></xsl:for-each>
                            <xsl:value-of select="f:name-label(.)"/>
                          </placeName>
                        </xsl:for-each>
                        <xsl:for-each select="?date">
                          <date when="{.}"/>
                        </xsl:for-each>
                      </xsl:for-each>
                    </correspAction>
                  </xsl:for-each>
                </correspDesc>
              </xsl:for-each>
            </profileDesc>
          </teiHeader>
          <text><body><p/></body></text>
        </TEI>
    </xsl:if>
  </xsl:template>

  <!-- An authority's address for a name: its own @ref when it is one, else the first idno of its
       register entry that is an http(s) address. -->
  <xsl:function name="fp:authority" as="xs:string?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="entry" select="f:entry($name/@ref, $name)"/>
    <xsl:sequence select="(tokenize(normalize-space($name/@ref))[matches(., '^https?://')],
        $entry/tei:idno ! normalize-space(.)[matches(., '^https?://\S+$')])[1]"/>
  </xsl:function>

  <!-- A UUID-shaped identifier made from a string, the same from build to build (CMIF asks for
       a UUID as the bibl's id; a prefix makes it an XML name). -->
  <xsl:function name="fp:uuid" as="xs:string">
    <xsl:param name="seed" as="xs:string"/>
    <xsl:variable name="digits" select="string-join(for $i in 1 to 32 return
        substring('0123456789abcdef', (sum(string-to-codepoints($seed || $i) ! (. * $i)) mod 16) + 1, 1))"/>
    <xsl:sequence select="'edition-' || string-join((substring($digits, 1, 8), substring($digits, 9, 4), substring($digits, 13, 4),
        substring($digits, 17, 4), substring($digits, 21, 12)), '-')"/>
  </xsl:function>

  <!-- A letterhead or other phrase standing as a line of its own in a letter's head or foot (an
       opener of elements only): a line, set as the encoder aligns it. -->
  <xsl:template match="tei:seg[f:is-letter-line(.)] | tei:address[f:is-letter-line(.)]" mode="m:html" priority="4">
    <p class="{string-join(('tei-' || local-name(), f:line-alignment(.) ! ('align-' || .)), ' ')}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:apply-templates mode="m:html"/>
    </p>
  </xsl:template>
</xsl:stylesheet>
