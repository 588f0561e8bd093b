<?xml version="1.0" encoding="UTF-8"?>
<!-- The words of a reference that has none of its own, as a commentary means it (Schnitzler-Briefe's
     <ref type="schnitzler-tagebuch" target="1901-10-25" subtype="cf"/>, <ref type="schnitzler-briefe"
     target="L03085" subtype="See"/>): another text of the edition by its title, a day of a diary or
     a calendar by its source and its date in words, another collection's item by the collection
     and its number; "see", "cf." before it when the encoder asks for them. Never a bare identifier,
     never nothing. Decided once for every format (f:pointer-text); each format links what the
     edition holds. Part of the common library, imported by common/functions.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    exclude-result-prefixes="#all">

  <!-- A text of the edition by its identifier ("L03085", as the build chose it), read from its
       file; none when the edition has no such text. -->
  <xsl:function name="f:edition-text" as="document-node()?">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:variable name="uri" select="$id ! $text-files(.)"/>
    <xsl:sequence select="$uri[doc-available(.)] ! doc(.)"/>
  </xsl:function>

  <!-- The identifier of the text a pointer names, when it names one of the edition's by its id
       ("L03085") or its file ("L03085.xml", "../letters/L03085.xml#p3": the file beside the
       pointer's, else the only one of that name); none for an address or an anchor. -->
  <xsl:function name="f:referenced-text-id" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="context" as="node()?"/>
    <xsl:variable name="t" select="normalize-space($target)"/>
    <xsl:variable name="file" select="replace($t, '#.*$', '')[matches(., '^[^:#?]+\.xml$')]"/>
    <xsl:sequence select="if ($file) then
          (($context ! base-uri(.))[. castable as xs:anyURI] ! resolve-uri($file, .) ! replace(string(.), '^file:/+', 'file:/') ! $text-ids(.),
           (let $named := map:keys($text-ids)[ends-with(., '/' || replace($file, '^.*/', ''))] return $named[count($named) = 1] ! $text-ids(.)))[1]
        else $t[matches(., '^[\p{L}\p{N}._-]+$')][map:contains($text-files, .)]"/>
  </xsl:function>

  <!-- The words of a reference with none of its own: see the module's comment. None when it
       says nothing more than its target (an address, a bare key with no source named): the
       caller then gives the target as written. -->
  <xsl:function name="f:reference-words" as="xs:string?">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="target" select="tokenize(normalize-space($ref/@target))[1]"/>
    <xsl:variable name="lang" select="f:text-lang($ref)"/>
    <xsl:variable name="subtype" select="lower-case(normalize-space($ref/@subtype))"/>
    <xsl:variable name="text" select="f:referenced-text-id($target, $ref) ! f:edition-text(.)"/>
    <xsl:variable name="date" select="$target[matches(., '^\d{4}-\d{2}(-\d{2})?$') and (. castable as xs:date or . || '-01' castable as xs:date)]"/>
    <xsl:variable name="source" select="f:reference-source($ref)"/>
    <xsl:variable name="words" select="
        if ($text) then f:text-title($text)
        else if ($date) then string-join(($source[$subtype != 'date-only'], f:date-words($date, $lang)), ', ')
        else if ($source and $target and not(matches($target, '^([a-z][a-z0-9+.-]*:|#)', 'i'))) then $source || ' ' || $target
        else ()"/>
    <xsl:variable name="prefix" select="map { 'see': 'ref-see', 'cf': 'ref-cf', 'vgl': 'ref-cf' }($subtype)"/>
    <xsl:sequence select="if (empty($words)) then ()
        else string-join(($prefix ! fp:capitalised(f:label(., $lang), matches($ref/@subtype, '^\p{Lu}')), $words), ' ')"/>
  </xsl:function>

  <!-- What a reference's type names as its source: the label a locale (or the edition's own
       labels) gives "ref-TYPE" ("A. S., Diary" for schnitzler-tagebuch), else the type's words
       ("bahr tagebuch" for bahr-tagebuch). A type that names no source says nothing. -->
  <xsl:function name="f:reference-source" as="xs:string?">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="type" select="normalize-space($ref/@type)"/>
    <xsl:variable name="label" select="$type[. != ''] ! f:label('ref-' || ., f:text-lang($ref))"/>
    <xsl:sequence select="if (empty($label)) then ()
        else if ($label != 'ref-' || $type) then $label
        else if ($type = ('url', 'URL', 'link', 'internal', 'external', 'ref', 'cross-ref', 'crossref')) then ()
        else replace($type, '[-_]+', ' ')"/>
  </xsl:function>

  <!-- A label with its first letter a capital when the encoder's subtype has one ("See" opens a
       note, "see" runs on). -->
  <xsl:function name="fp:capitalised" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="capital" as="xs:boolean"/>
    <xsl:sequence select="if ($capital) then upper-case(substring($label, 1, 1)) || substring($label, 2) else $label"/>
  </xsl:function>
</xsl:stylesheet>
