<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's data for others to reuse, from the records decided in common/records.xsl: schema.org
  JSON-LD in the head of every text's page, a text's plain reading text and JSON record beside its
  page, and each register as JSON and CSV with its authority records, and as BEACON files (one per
  authority, with the site's address) for the hubs that link names to the editions that mention
  them.
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
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- Where a text's plain text and JSON record are published, beside its page and its TEI. -->
  <xsl:function name="f:plain-text-href" as="xs:string">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="'text/' || $text-id || '.txt'"/>
  </xsl:function>

  <xsl:function name="f:record-href" as="xs:string">
    <xsl:param name="text-id" as="xs:string"/>
    <xsl:sequence select="'data/texts/' || $text-id || '.json'"/>
  </xsl:function>

  <!-- An address of the site, absolute when the site's address is known. -->
  <xsl:function name="fp:site-url" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="($base-url ! (. || $href), $href)[1]"/>
  </xsl:function>

  <!-- The schema.org type of a register's entries. -->
  <xsl:function name="fp:schema-type" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="(map { 'persons': 'Person', 'places': 'Place', 'organisations': 'Organization', 'works': 'CreativeWork',
        'events': 'Event' }(f:register-kind($entry)), 'Thing')[1]"/>
  </xsl:function>

  <!-- A register entry as schema.org: its type, name, page and the authorities it is known by. -->
  <xsl:function name="fp:entry-thing" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="same" select="f:authorities($entry) ! ?uri"/>
    <xsl:sequence select="map:merge((
        map { '@type': fp:schema-type($entry), 'name': f:entry-name($entry), 'url': fp:site-url(f:entry-href($entry)) },
        map { 'sameAs': array { $same } }[exists($same)]))"/>
  </xsl:function>

  <!-- A person or body named in a header (an author, a correspondent), as schema.org; with its
       register entry's authorities when it points to one. -->
  <xsl:function name="fp:agent" as="map(*)">
    <xsl:param name="name" as="item()"/>
    <xsl:variable name="entry" select="if ($name instance of element()) then f:entry($name/@ref, $name) else ()"/>
    <xsl:sequence select="if (exists($entry)) then fp:entry-thing($entry)
        else map { '@type': if ($name instance of element(tei:orgName)) then 'Organization' else 'Person',
                   'name': if ($name instance of element()) then f:name-label($name) else string($name) }"/>
  </xsl:function>

  <!-- The register entries a text mentions, each once in the order first mentioned, with how
       often: maps of 'entry' and 'count'. Grouped once a text: its page's JSON-LD, its record and
       its search facets ask. -->
  <xsl:function name="f:mentioned" as="map(xs:string, item())*" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:for-each-group select="f:mentions($doc)[f:entry(@ref, .)]" group-by="f:entry-key(f:entry(@ref, .))">
      <xsl:sequence select="map { 'entry': f:entry(@ref, .), 'count': count(current-group()) }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A text as schema.org JSON-LD: a letter as a Message (sender, recipient, date sent), any
       other text as a CreativeWork; its authors, date, language, publisher, licence, source, the
       edition it is part of, its downloads and the entries it mentions. -->
  <xsl:function name="f:text-json-ld" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="record" select="f:text-record($doc)"/>
    <xsl:variable name="letter" select="f:correspondence($doc)"/>
    <xsl:variable name="is-letter" select="exists($letter)"/>
    <xsl:variable name="id" select="$record?id"/>
    <xsl:variable name="mentioned" select="f:mentioned($doc)?entry"/>
    <xsl:variable name="author-names" select="(root($doc)//tei:teiHeader)[1]/tei:fileDesc/tei:titleStmt/tei:author"/>
    <xsl:sequence select="map:merge((
        map { '@context': 'https://schema.org', '@type': if ($is-letter) then 'Message' else 'CreativeWork',
              'name': $record?full-title, 'url': fp:site-url(f:text-href($id)) },
        map { '@id': $base-url || f:text-href($id) }[exists($base-url)],
        map { 'author': array { if (exists($author-names/(tei:persName | tei:orgName | tei:name)))
                                then $author-names/(tei:persName | tei:orgName | tei:name)[1] ! fp:agent(.)
                                else $record?authors?* ! fp:agent(.) } }[exists($record?authors)],
        $record?date ! map { if ($is-letter) then 'dateSent' else 'dateCreated': . },
        $record?lang ! map { 'inLanguage': . },
        $record?publisher ! map { 'publisher': map { '@type': 'Organization', 'name': . } },
        ($record?licence-url, $record?licence[matches(., '^https?://')])[1] ! map { 'license': . },
        $record?licence[empty($record?licence-url)][not(matches(., '^https?://'))] ! map { 'copyrightNotice': . },
        $record?source ! map { 'isBasedOn': map { '@type': 'CreativeWork', 'name': . } },
        map { 'sender': array { $letter[?role = 'sent']?names ! fp:agent(.) } }[exists($letter[?role = 'sent']?names)],
        map { 'recipient': array { $letter[?role = 'received']?names ! fp:agent(.) } }[exists($letter[?role = 'received']?names)],
        map { 'isPartOf': map:merge((map { '@type': 'CreativeWork', 'name': $site-title }, $base-url ! map { 'url': . })) }[exists($site-title)],
        map { 'encoding': array {
          map { '@type': 'MediaObject', 'contentUrl': fp:site-url('tei/' || $id || '.xml'), 'encodingFormat': 'application/tei+xml' },
          map { '@type': 'MediaObject', 'contentUrl': fp:site-url(f:plain-text-href($id)), 'encodingFormat': 'text/plain' },
          map { '@type': 'MediaObject', 'contentUrl': fp:site-url(f:record-href($id)), 'encodingFormat': 'application/json' } } },
        map { 'mentions': array { $mentioned ! fp:entry-thing(.) } }[exists($mentioned)]))"/>
  </xsl:function>

  <!-- The JSON-LD in a page's head: a data block, never run (the pages' policy runs no script). -->
  <xsl:template name="t:json-ld">
    <xsl:param name="data" as="map(*)"/>
    <script type="application/ld+json">
      <!-- "<" and ">" escaped (they are in strings only), and "/" by the serializer: the document's
           words can neither close the element nor open a comment in it -->
      <xsl:value-of select="serialize($data, map { 'method': 'json', 'escape-solidus': true() })
          => replace('&lt;', '\\u003c') => replace('&gt;', '\\u003e')"/>
    </script>
  </xsl:template>

  <!-- A text's JSON record: its record, where it is published, its divisions and the entries it
       mentions with their authorities and how often. -->
  <xsl:function name="f:text-data" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="record" select="f:text-record($doc)"/>
    <xsl:variable name="id" select="$record?id"/>
    <xsl:sequence select="map:merge((
        map:remove($record, 'full-title'), map { 'title': $record?full-title },
        map { 'url': fp:site-url(f:text-href($id)), 'tei': fp:site-url('tei/' || $id || '.xml'),
              'text': fp:site-url(f:plain-text-href($id)) },
        map { 'divisions': array {
          for $div in root($doc)//tei:text//tei:div[tei:head]
          return map { 'id': f:section-id($div), 'heading': f:passage-text($div/tei:head[1]),
                       'depth': count($div/ancestor::tei:div) + 1,
                       'url': fp:site-url(f:page-href($id, f:part($div)) || '#' || f:section-id($div)) } } },
        map { 'entities': array { f:mentioned($doc) ! map:merge((fp:entry-data(?entry), map { 'mentions': ?count })) } }))"/>
  </xsl:function>

  <!-- A register entry as data: id, kind, name, page, and its authority records by authority. -->
  <xsl:function name="fp:entry-data" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="map:merge((
        map { 'id': string($entry/@xml:id), 'kind': f:register-kind($entry), 'name': f:entry-name($entry),
              'url': fp:site-url(f:entry-href($entry)) },
        map { 'authorities': map:merge(for $a in f:authorities($entry) return map { $a?authority: $a?uri },
                                       map { 'duplicates': 'use-first' }) }[exists(f:authorities($entry))]))"/>
  </xsl:function>

  <!-- A text's reading text: its title, its passages (notes aside) a paragraph each, then its
       notes, numbered as on its page. Written passage by passage, never held whole: a text of
       50 MB is as many lines. -->
  <xsl:template name="t:plain-text">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="passages" select="f:passages($doc)"/>
    <xsl:variable name="title" select="f:text-full-title($doc)"/>
    <xsl:variable name="first" select="($passages[not(self::tei:note)] ! f:passage-text(.)[. != ''])[1]"/>
    <xsl:if test="$title != '' and not($title = $first)">
      <xsl:value-of select="$title || '&#10;&#10;'"/>
    </xsl:if>
    <xsl:for-each select="$passages[not(self::tei:note)]">
      <xsl:variable name="text" select="f:passage-text(.)"/>
      <xsl:if test="$text != ''"><xsl:value-of select="$text || '&#10;&#10;'"/></xsl:if>
    </xsl:for-each>
    <xsl:for-each select="$passages[self::tei:note]">
      <xsl:value-of select="'[' || f:note-number(.) || '] ' || f:passage-text(.) || '&#10;&#10;'"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The register's data: one JSON and one CSV file per kind (data/registers/), and a BEACON file
       per authority with entries (data/beacon-AUTHORITY.txt) when the site's address is known (a
       BEACON link is an address). -->
  <xsl:template name="t:register-data">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="mentions" as="map(xs:string, element()*)"/>
    <xsl:param name="root" as="xs:anyURI"/>
    <xsl:for-each-group select="$entries" group-by="f:register-kind(.)">
      <xsl:variable name="kind" select="current-grouping-key()"/>
      <xsl:variable name="rows" as="map(*)*">
        <xsl:for-each select="current-group()">
          <xsl:sort select="f:sort-key(f:entry-name(.))"/>
          <xsl:sort select="f:entry-name(.)"/>
          <xsl:variable name="texts" select="distinct-values(($mentions(f:entry-key(.)), ()) ! f:text-id(.))"/>
          <xsl:sequence select="map:merge((fp:entry-data(.), map { 'texts': array { $texts } }))"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:result-document href="{resolve-uri('data/registers/' || $kind || '.json', $root)}" method="json" indent="yes" encoding="UTF-8">
        <xsl:sequence select="array { $rows }"/>
      </xsl:result-document>
      <xsl:result-document href="{resolve-uri('data/registers/' || $kind || '.csv', $root)}" method="text" encoding="UTF-8">
        <xsl:value-of select="string-join((
            fp:csv-row(('id', 'name', 'url', f:authority-names(), 'texts')),
            $rows ! fp:csv-row((?id, ?name, ?url, for $a in f:authority-names() return string((?authorities, map {})[1]($a)),
                string-join(?texts?*, ' ')))), '&#13;&#10;') || '&#13;&#10;'"/>
      </xsl:result-document>
    </xsl:for-each-group>
    <xsl:if test="exists($base-url)">
      <xsl:for-each select="f:authority-names()">
        <xsl:variable name="authority" select="."/>
        <xsl:variable name="links" as="xs:string*">
          <xsl:for-each select="$entries">
            <xsl:sort select="f:entry-name(.)"/>
            <xsl:variable name="entry" select="."/>
            <xsl:for-each select="f:authorities(.)[?authority = $authority]">
              <xsl:sequence select="?id || '||' || $base-url || f:entry-href($entry)"/>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:variable>
        <xsl:if test="exists($links)">
          <xsl:result-document href="{resolve-uri('data/beacon-' || $authority || '.txt', $root)}" method="text" encoding="UTF-8">
            <xsl:value-of select="string-join((
                '#FORMAT: BEACON',
                '#PREFIX: ' || f:authority-prefix($authority),
                '#NAME: ' || ($site-title, $base-url)[1],
                '#FEED: ' || $base-url || 'data/beacon-' || $authority || '.txt',
                '#HOMEPAGE: ' || $base-url,
                distinct-values($links)), '&#10;') || '&#10;'"/>
          </xsl:result-document>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- A CSV row (RFC 4180): a field with a comma, quote or line break quoted, its quotes doubled. -->
  <xsl:function name="fp:csv-row" as="xs:string">
    <xsl:param name="fields" as="xs:string*"/>
    <xsl:sequence select="string-join($fields ! (if (matches(., '[,&quot;&#10;&#13;]')) then '&quot;' || replace(., '&quot;', '&quot;&quot;') || '&quot;' else .), ',')"/>
  </xsl:function>
</xsl:stylesheet>
