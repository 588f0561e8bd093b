<?xml version="1.0" encoding="UTF-8"?>
<!--
  The Distributed Text Services (DTS 1.0) as static files under dts/: what a server would answer,
  written once for every request a text can receive (the specification's Level 0, which allows
  static files). The URI templates are paths, so that no server rule is needed:
    entry        dts/index.json
    collection   dts/collection{/id}{/nav}.json        the edition, its kinds of texts, a text
    navigation   dts/navigation/{resource}{/ref}{;down}.json
    document     tei/{resource}{/ref}.xml                the text's TEI copy, and each unit's passage
  The citation tree is common/citable.xsl's. A text writes its own files (t:dts-text); the
  edition-wide pages write the entry and the collections (t:dts-edition).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:t="urn:x-edition:template"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns:dts="https://w3id.org/api/dts#"
    exclude-result-prefixes="#all">

  <!-- Whether to write the DTS files (the build's `dts` setting). -->
  <xsl:param name="dts" as="xs:boolean" select="false()"/>

  <xsl:variable name="fp:dts-context" as="xs:string" select="'https://dtsapi.org/context/v1.0.json'"/>

  <!-- An address of the DTS files: absolute with the site's address, else from the site's root. -->
  <xsl:function name="fp:dts-url" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="($base-url, '/')[1] || $path"/>
  </xsl:function>

  <xsl:function name="fp:dts-head" as="map(*)">
    <xsl:sequence select="map { '@context': $fp:dts-context, 'dtsVersion': '1.0' }"/>
  </xsl:function>

  <!-- A text as a DTS Resource: the templates of its three endpoints, its record in Dublin Core,
       its TEI to download. -->
  <xsl:function name="f:dts-resource" as="map(*)" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="record" select="f:text-record($doc)"/>
    <xsl:variable name="id" select="encode-for-uri($record?id)"/>
    <xsl:variable name="lang" select="($record?lang, $ui-lang)[1]"/>
    <xsl:sequence select="map:merge((
        map { '@id': $record?id, '@type': 'Resource', 'title': $record?full-title,
              'totalParents': 1, 'totalChildren': 0,
              'collection': fp:dts-url('dts/collection/' || $id || '{/nav}.json'),
              'navigation': fp:dts-url('dts/navigation/' || $id || '{/ref}{;down}.json'),
              'document': fp:dts-url('tei/' || $id || '{/ref}.xml'),
              'download': fp:dts-url('tei/' || $id || '.xml'),
              'mediaTypes': array { 'application/tei+xml' } },
        map { 'dublinCore': map:merge((
          map { 'title': array { map { 'lang': $lang, 'value': $record?full-title } } },
          map { 'creator': array { $record?authors?* } }[exists($record?authors?*)],
          $record?date ! map { 'date': . },
          $record?lang ! map { 'language': array { . } },
          $record?publisher ! map { 'publisher': array { . } },
          map { 'rights': array { ($record?licence-url, $record?licence)[1] } }[exists(($record?licence-url, $record?licence))],
          $record?source ! map { 'source': array { . } },
          map { 'type': array { 'Text' } })) }))"/>
  </xsl:function>

  <!-- The citation tree of a text's units, in DTS's words: a CitationTree of CiteStructures. -->
  <xsl:function name="fp:citation-trees" as="array(*)">
    <xsl:param name="units" as="map(*)*"/>
    <xsl:sequence select="if (empty($units)) then array {}
        else array { map { '@type': 'CitationTree', 'citeStructure': array { f:citation-shapes($units) ! fp:cite-structure(.) } } }"/>
  </xsl:function>

  <xsl:function name="fp:cite-structure" as="map(*)">
    <xsl:param name="shape" as="map(*)"/>
    <xsl:sequence select="map:merge((map { '@type': 'CiteStructure', 'citeType': $shape?type },
        map { 'citeStructure': array { $shape?under?* ! fp:cite-structure(.) } }[array:size($shape?under) gt 0]))"/>
  </xsl:function>

  <xsl:function name="fp:citable-unit" as="map(*)">
    <xsl:param name="unit" as="map(*)"/>
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="map:merge((
        map { 'identifier': $unit?id, '@type': 'CitableUnit', 'level': $unit?level, 'parent': $unit?parent,
              'citeType': $unit?type },
        $base-url ! map { '@id': . || f:page-href($text-id, f:part($unit?node)) || '#' || $unit?anchor },
        $unit?title[. != ''] ! map { 'dublinCore': map { 'title': array { map { 'lang': (f:text-lang($unit?node), $ui-lang)[1], 'value': . } } } }))"/>
  </xsl:function>

  <!-- A text's DTS files: its Resource, its navigation for every query with a level (down) or a
       unit (ref), and the TEI of each unit, cut from $source, the tree the build read (the whole
       text is its TEI copy, tei/ID.xml, which the document template names when no unit is). -->
  <xsl:template name="t:dts-text">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="source" as="document-node()?"/>
    <!-- the page's address, which the files' addresses are resolved against -->
    <xsl:param name="root" as="xs:anyURI"/>
    <xsl:variable name="id" select="f:text-id($doc)"/>
    <xsl:variable name="units" select="f:citable-units($doc)"/>
    <xsl:variable name="resource" select="map:merge((f:dts-resource($doc), map { 'citationTrees': fp:citation-trees($units) }))"/>
    <xsl:variable name="deepest" select="max(($units?level, 0))"/>
    <xsl:for-each select="'', '/children'">
      <xsl:result-document href="{resolve-uri('dts/collection/' || $id || . || '.json', $root)}" method="json" indent="yes" encoding="UTF-8">
        <xsl:sequence select="map:merge((fp:dts-head(), $resource))"/>
      </xsl:result-document>
    </xsl:for-each>
    <!-- the text's tree from its top, to each depth and whole -->
    <xsl:for-each select="(1 to max(($deepest, 1))), -1">
      <xsl:variable name="down" select="."/>
      <xsl:call-template name="tp:navigation">
        <xsl:with-param name="file" select="$id || ';down=' || $down"/>
        <xsl:with-param name="resource" select="$resource"/>
        <xsl:with-param name="members" select="$units[$down = -1 or ?level le $down]"/>
        <xsl:with-param name="text-id" select="$id"/>
        <xsl:with-param name="root" select="$root"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$units">
      <xsl:variable name="unit" select="."/>
      <xsl:variable name="below" select="fp:below($unit, $units)"/>
      <!-- -2: the unit alone, no down -->
      <xsl:for-each select="-2, 0, -1, (1 to max((1, $deepest - $unit?level)))">
        <xsl:variable name="down" select="."/>
        <xsl:call-template name="tp:navigation">
          <xsl:with-param name="file" select="$id || '/' || $unit?id || (';down=' || $down)[$down ne -2]"/>
          <xsl:with-param name="resource" select="$resource"/>
          <xsl:with-param name="ref" select="$unit"/>
          <xsl:with-param name="members" select="
              if ($down = 0) then $units[deep-equal(?parent, $unit?parent)]
              else let $deeper := $below[$down = -1 or ?level le $unit?level + $down]
                   return if (empty($deeper)) then $unit else $deeper"/>
          <xsl:with-param name="listed" select="$down ne -2"/>
          <xsl:with-param name="text-id" select="$id"/>
          <xsl:with-param name="root" select="$root"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:if test="exists($source)">
      <xsl:for-each select="$units">
        <xsl:variable name="in-source" select="fp:in-source(?node, $source)"/>
        <xsl:if test="exists($in-source)">
          <xsl:result-document href="{resolve-uri('tei/' || $id || '/' || ?id || '.xml', $root)}" method="xml" encoding="UTF-8" indent="no">
            <xsl:call-template name="tp:passage">
              <xsl:with-param name="source" select="$source"/>
              <xsl:with-param name="unit" select="$in-source"/>
            </xsl:call-template>
          </xsl:result-document>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The units under a unit, at every depth, in document order. -->
  <xsl:function name="fp:below" as="map(*)*">
    <xsl:param name="unit" as="map(*)"/>
    <xsl:param name="units" as="map(*)*"/>
    <xsl:sequence select="$units[?node ! (ancestor::* intersect $unit?node)]"/>
  </xsl:function>

  <xsl:template name="tp:navigation">
    <xsl:param name="file" as="xs:string"/>
    <xsl:param name="resource" as="map(*)"/>
    <xsl:param name="ref" as="map(*)?" select="()"/>
    <xsl:param name="members" as="map(*)*"/>
    <xsl:param name="listed" as="xs:boolean" select="true()"/>
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:param name="root" as="xs:anyURI"/>
    <xsl:result-document href="{resolve-uri('dts/navigation/' || $file || '.json', $root)}" method="json" indent="yes" encoding="UTF-8">
      <xsl:sequence select="map:merge((fp:dts-head(),
          map { '@type': 'Navigation', '@id': fp:dts-url('dts/navigation/' || string-join(tokenize($file, '/') ! encode-for-uri(.) ! replace(., '%3B', ';') ! replace(., '%3D', '='), '/') || '.json'),
                'resource': $resource },
          $ref ! map { 'ref': fp:citable-unit(., $text-id) },
          map { 'member': array { $members ! fp:citable-unit(., $text-id) } }[$listed]))"/>
    </xsl:result-document>
  </xsl:template>

  <!-- A unit of the text as the build read it: the element at the same place among its kind
       (a normalised div held its div1 to div7 number as n:level). -->
  <xsl:function name="fp:in-source" as="element()?">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="source" as="document-node()"/>
    <xsl:sequence select="fp:step-down($source, $node/ancestor-or-self::*)"/>
  </xsl:function>

  <xsl:function name="fp:step-down" as="element()?">
    <xsl:param name="in" as="node()?"/>
    <xsl:param name="path" as="element()*"/>
    <!-- a choice, not a guarded expression: Saxon may evaluate a variable before the guard -->
    <xsl:choose>
      <xsl:when test="empty($path) or empty($in)">
        <xsl:sequence select="$in"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="step" select="head($path)"/>
        <xsl:variable name="name" select="fp:source-name($step)"/>
        <xsl:sequence select="fp:step-down($in/*[namespace-uri() = namespace-uri($step) and local-name() = $name]
            [count($step/preceding-sibling::*[namespace-uri() = namespace-uri($step) and fp:source-name(.) = $name]) + 1], tail($path))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="fp:source-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/self::tei:div and $e/@*[local-name() = 'level'][namespace-uri() = 'urn:x-edition:normalized'])
        then 'div' || $e/@*[local-name() = 'level'][namespace-uri() = 'urn:x-edition:normalized'] else local-name($e)"/>
  </xsl:function>

  <!-- A passage as DTS returns it: the TEI root and header, the passage in dts:wrapper. -->
  <xsl:template name="tp:passage">
    <xsl:param name="source" as="document-node()"/>
    <xsl:param name="unit" as="element()"/>
    <xsl:for-each select="$source/*">
      <xsl:copy>
        <xsl:apply-templates select="@*" mode="mp:safe-copy"/>
        <xsl:apply-templates select="tei:teiHeader" mode="mp:safe-copy"/>
        <dts:wrapper>
          <xsl:apply-templates select="$unit" mode="mp:safe-copy"/>
        </dts:wrapper>
      </xsl:copy>
    </xsl:for-each>
  </xsl:template>

  <!-- The edition's DTS files: the entry, the edition's collection (its kinds of texts when it
       has several), each kind's, and each text's parents. -->
  <xsl:template name="t:dts-edition">
    <xsl:param name="texts" as="node()*"/>
    <xsl:param name="root" as="xs:anyURI"/>
    <xsl:variable name="kinds" as="map(*)*">
      <xsl:for-each-group select="$texts" group-by="(f:text-kind(.), 'text')[1]">
        <xsl:sequence select="map { 'id': 'kind-' || replace(lower-case(current-grouping-key()), '[^\p{L}\p{N}_-]+', '-'),
            'title': f:kind-label(current-grouping-key()), 'texts': current-group() }"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="by-kind" select="count($kinds) gt 1"/>
    <xsl:variable name="edition" select="map { '@id': 'edition', '@type': 'Collection',
        'title': (f:edition-title($texts[1]), 'edition')[1], 'totalParents': 0,
        'totalChildren': if ($by-kind) then count($kinds) else count($texts),
        'collection': fp:dts-url('dts/collection{/id}{/nav}.json') }"/>
    <xsl:result-document href="{resolve-uri('dts/index.json', $root)}" method="json" indent="yes" encoding="UTF-8">
      <xsl:sequence select="map:merge((fp:dts-head(), map { '@id': fp:dts-url('dts/index.json'), '@type': 'EntryPoint',
          'collection': fp:dts-url('dts/collection{/id}{/nav}.json'),
          'navigation': fp:dts-url('dts/navigation/{resource}{/ref}{;down}.json'),
          'document': fp:dts-url('tei/{resource}{/ref}.xml') }))"/>
    </xsl:result-document>
    <xsl:variable name="kind-collections" select="$kinds ! map { '@id': ?id, '@type': 'Collection', 'title': ?title,
        'totalParents': 1, 'totalChildren': count(?texts), 'collection': fp:dts-url('dts/collection/' || ?id || '{/nav}.json') }"/>
    <xsl:variable name="members" select="if ($by-kind) then $kind-collections else $texts ! f:dts-resource(.)"/>
    <xsl:for-each select="'dts/collection.json', 'dts/collection/edition.json', 'dts/collection/edition/children.json'">
      <xsl:result-document href="{resolve-uri(., $root)}" method="json" indent="yes" encoding="UTF-8">
        <xsl:sequence select="map:merge((fp:dts-head(), $edition, map { 'member': array { $members } }))"/>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:result-document href="{resolve-uri('dts/collection/edition/parents.json', $root)}" method="json" indent="yes" encoding="UTF-8">
      <xsl:sequence select="map:merge((fp:dts-head(), $edition, map { 'member': array {} }))"/>
    </xsl:result-document>
    <xsl:for-each select="$kinds[$by-kind]">
      <xsl:variable name="kind" select="."/>
      <xsl:variable name="collection" select="$kind-collections[?('@id') = $kind?id]"/>
      <xsl:for-each select="'', '/children'">
        <xsl:result-document href="{resolve-uri('dts/collection/' || $kind?id || . || '.json', $root)}" method="json" indent="yes" encoding="UTF-8">
          <xsl:sequence select="map:merge((fp:dts-head(), $collection, map { 'member': array { $kind?texts ! f:dts-resource(.) } }))"/>
        </xsl:result-document>
      </xsl:for-each>
      <xsl:result-document href="{resolve-uri('dts/collection/' || $kind?id || '/parents.json', $root)}" method="json" indent="yes" encoding="UTF-8">
        <xsl:sequence select="map:merge((fp:dts-head(), $collection, map { 'member': array { $edition } }))"/>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:variable name="kind-of" as="map(xs:string, map(*))" select="map:merge(for $k in $kinds[$by-kind] return
        $k?texts ! map { generate-id(.): $kind-collections[?('@id') = $k?id] })"/>
    <xsl:for-each select="$texts">
      <xsl:variable name="parent" select="if ($by-kind) then $kind-of(generate-id(.)) else $edition"/>
      <xsl:result-document href="{resolve-uri('dts/collection/' || f:text-id(.) || '/parents.json', $root)}" method="json" indent="yes" encoding="UTF-8">
        <xsl:sequence select="map:merge((fp:dts-head(), f:dts-resource(.), map { 'member': array { $parent } }))"/>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
