<?xml version="1.0" encoding="UTF-8"?>
<!--
  A documentary transcription (sourceDoc) on the web and in the EPUB: each surface a page of the
  manuscript, its zones in the order of the encoding, each line a line with its indent; additions,
  deletions, unclear and missing readings as the editorial module shows them in a text; running
  heads, page numbers and catchwords (fw) set apart; a hand shift marked where it happens. The
  pages are named once (common: f:surface-label).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:tp="urn:x-edition:template-private"
    xmlns:t="urn:x-edition:template"
    xmlns:m="urn:x-edition:mode"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:sourceDoc" mode="m:html">
    <section class="source-doc" aria-labelledby="transcription-title">
      <h2 id="transcription-title" class="source-doc-title"><xsl:value-of select="f:label('transcription')"/></h2>
      <xsl:if test="$signs-key-with-transcription">
        <xsl:call-template name="t:transcription-key"><xsl:with-param name="docs" select="."/></xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="f:surfaces(.)" mode="m:html"/>
    </section>
  </xsl:template>

  <!-- Whether a page's zones are placed by their coordinates (the setting zones = coordinates). -->
  <xsl:param name="placed-zones" as="xs:boolean" select="false()"/>

  <!-- Whether the key to the transcription's signs heads the transcription (a book has it in its
       front matter instead). -->
  <xsl:param name="signs-key-with-transcription" as="xs:boolean" select="true()"/>

  <!-- The key to the signs these documents' transcriptions use (common: f:transcription-signs),
       each shown on a sample word as the transcription shows it. -->
  <xsl:template name="t:transcription-key">
    <xsl:param name="docs" as="node()*"/>
    <xsl:variable name="signs" select="f:transcription-signs($docs)"/>
    <xsl:if test="exists($signs)">
      <dl class="transcription-signs" aria-label="{f:label('signs')}">
        <xsl:for-each select="$signs">
          <div>
            <dt><xsl:sequence select="fp:sign-sample(.)"/></dt>
            <dd><xsl:value-of select="f:label('sign-' || .)"/></dd>
          </div>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <xsl:function name="fp:sign-sample" as="node()*">
    <xsl:param name="sign" as="xs:string"/>
    <xsl:variable name="word" select="f:label('sign-sample')"/>
    <xsl:variable name="marks" select="f:sign-marks($sign)"/>
    <xsl:choose>
      <xsl:when test="$sign = 'deleted'"><del class="tei-del"><xsl:value-of select="$word"/></del></xsl:when>
      <xsl:when test="$sign = 'added-above'"><xsl:value-of select="$word"/><ins class="tei-add place-above"><xsl:value-of select="$word"/></ins></xsl:when>
      <xsl:when test="$sign = 'added-below'"><xsl:value-of select="$word"/><ins class="tei-add place-below"><xsl:value-of select="$word"/></ins></xsl:when>
      <xsl:when test="$sign = 'gap'"><span class="tei-gap">[…]</span></xsl:when>
      <xsl:otherwise><xsl:value-of select="$marks[1] || $word || $marks[2]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- An addition in the margin or elsewhere, an uncertain reading: between the marks of their
       sign (decorative for a screen reader, which is told by the element's tooltip). -->
  <xsl:template match="tei:sourceDoc//tei:add | tei:sourceDoc//tei:unclear" mode="m:html" priority="1">
    <xsl:variable name="marks" select="f:sign-marks((f:transcription-sign(.), '')[1])"/>
    <xsl:choose>
      <xsl:when test="exists($marks)">
        <span class="sign-mark" aria-hidden="true"><xsl:value-of select="$marks[1]"/></span>
        <xsl:next-match/>
        <span class="sign-mark" aria-hidden="true"><xsl:value-of select="$marks[2]"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A page, its image beside it when it has one: a picture that opens the full image (a IIIF
       image is asked for at the size shown); with JavaScript, a IIIF image becomes a viewer that
       zooms and pans (OpenSeadragon, edition.js). -->
  <!-- A page's anchor in the page of its text. -->
  <xsl:function name="fp:surface-id" as="xs:string">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:sequence select="($surface/@xml:id, 'surface-' || generate-id($surface))[1] ! string(.)"/>
  </xsl:function>

  <xsl:template match="tei:surface" mode="m:html">
    <xsl:variable name="image" select="f:surface-image(.)"/>
    <section class="surface{if ($image) then ' with-facsimile' else ''}" id="{fp:surface-id(.)}">
      <h3 class="surface-label">
        <xsl:value-of select="f:surface-label(.)"/>
        <!-- the same page in the edited text, where a page break points here -->
        <xsl:variable name="surface" select="."/>
        <xsl:for-each select="(root(.)//tei:text//tei:pb[normalize-space(@facs) = '#' || current()/@xml:id])[1]">
          <xsl:text> </xsl:text>
          <a class="to-text" href="{f:href-to(., fp:break-id(.), $surface)}"><xsl:value-of select="f:label('to-text')"/></a>
        </xsl:for-each>
      </h3>
      <xsl:if test="$image">
        <xsl:call-template name="t:surface-facsimile"><xsl:with-param name="image" select="$image"/></xsl:call-template>
      </xsl:if>
      <xsl:variable name="extent" select="f:box(.)"/>
      <div class="surface-body">
        <!-- zones placed where they are on the page, when the edition asks and the page and each
             of its zones say where (edition.js places them; without it they read in order) -->
        <xsl:if test="$placed-zones and count($extent) = 4 and $extent[3] gt 0 and $extent[4] gt 0
            and exists(tei:zone) and (every $z in tei:zone satisfies count(f:box($z)) = 4)">
          <xsl:attribute name="class" select="'surface-body placed'"/>
          <xsl:attribute name="data-extent" select="string-join($extent ! string(.), ' ')"/>
        </xsl:if>
        <xsl:apply-templates select="* except (tei:graphic, tei:desc, tei:label)" mode="m:html"/>
      </div>
    </section>
  </xsl:template>

  <!-- Where a zone or a line is on its page's image (common: f:box), for the viewer to light it
       up when the line is pointed at or focused; such a line can be reached by keyboard. -->
  <xsl:template name="tp:box">
    <xsl:variable name="box" select="f:box(.)"/>
    <xsl:variable name="image" select="exists(ancestor::tei:surface[1] ! f:surface-image(.))"/>
    <xsl:if test="exists($box) and ($image or $placed-zones)">
      <xsl:attribute name="data-box" select="string-join($box ! string(.), ' ')"/>
    </xsl:if>
    <!-- focused, it lights its place on the image -->
    <xsl:if test="exists($box) and $image">
      <xsl:attribute name="tabindex" select="0"/>
    </xsl:if>
  </xsl:template>

  <!-- A page break that points to its page's image (pb/@facs): the image in the margin beside
       the text that follows, a link to it large. -->
  <!-- A page's image beside its transcription (the context a surface): a picture that opens the
       full image, which edition.js makes a viewer. A book shows it otherwise (epub/book.xsl). -->
  <xsl:template name="t:surface-facsimile">
    <xsl:param name="image" as="xs:string"/>
      <xsl:variable name="iiif" select="f:is-iiif-image($image)"/>
      <figure class="facsimile">
        <xsl:variable name="extent" select="f:box(.)"/>
        <xsl:if test="exists($extent)"><xsl:attribute name="data-extent" select="string-join($extent ! string(.), ' ')"/></xsl:if>
        <xsl:choose>
          <xsl:when test="map:contains($image-services, $image)">
            <!-- the static service's description itself: a page opened from file:// may not fetch it -->
            <xsl:attribute name="data-iiif-info" select="$image-services($image)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="{if ($iiif) then 'data-iiif' else 'data-image'}"
                select="if ($iiif) then f:iiif-service($image) || '/info.json' else $image"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:attribute name="data-zoom-in" select="f:label('zoom-in')"/>
        <xsl:attribute name="data-zoom-out" select="f:label('zoom-out')"/>
        <xsl:attribute name="data-zoom-home" select="f:label('zoom-home')"/>
        <a href="{f:picture($image, 3000)}">
          <img src="{f:picture($image, 1000)}" loading="lazy"
              alt="{f:label('facsimile-of')} {f:surface-label(.)}"/>
        </a>
      </figure>
  </xsl:template>

  <xsl:template match="tei:pb[@facs]" mode="m:html">
    <xsl:next-match/>
    <xsl:variable name="transcribed" select="f:facs-surface(.)[ancestor::tei:sourceDoc]"/>
    <xsl:if test="$transcribed">
      <a class="to-transcription" href="{f:href-to($transcribed, fp:surface-id($transcribed), .)}"
          title="{f:label('to-transcription')}">
        <xsl:value-of select="f:label('to-transcription')"/>
      </a>
    </xsl:if>
    <xsl:variable name="image" select="f:facs-image(.)"/>
    <xsl:if test="$image">
      <xsl:call-template name="t:pb-facsimile"><xsl:with-param name="image" select="$image"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The image of the page a page break begins, in the margin (the context the pb). -->
  <xsl:template name="t:pb-facsimile">
    <xsl:param name="image" as="xs:string"/>
    <span class="facsimile-at-pb">
      <a href="{f:picture($image, 3000)}">
        <img src="{f:picture($image, 400)}" loading="lazy"
            alt="{f:label('facsimile-of')} {f:label('page')} {(@n, '')[1]}"/>
      </a>
    </span>
  </xsl:template>

  <xsl:template match="tei:zone" mode="m:html">
    <div class="zone{@type ! (' zone-' || replace(., '\W+', '-'))}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:call-template name="tp:box"/>
      <xsl:if test="@rotate = ('180', '-180')">
        <p class="zone-note"><xsl:value-of select="'(' || f:label('written-upside-down') || ')'"/></p>
      </xsl:if>
      <xsl:apply-templates mode="m:html"/>
    </div>
  </xsl:template>

  <!-- A line of the manuscript, a block of its own (read as a line without the stylesheet too);
       a line outside any zone is set the same way. -->
  <xsl:template match="tei:sourceDoc//tei:line" mode="m:html">
    <div class="line{f:line-indent(.)[. gt 0] ! (' indent-' || .)}"><xsl:call-template name="tp:attributes"/><xsl:call-template name="tp:box"/><xsl:apply-templates mode="m:html"/></div>
  </xsl:template>

  <xsl:template match="tei:sourceDoc//tei:fw" mode="m:html">
    <span class="fw{@type ! (' fw-' || replace(., '\W+', '-'))}{@place ! (' place-' || replace(., '\W+', '-'))}"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- Vertical space between lines keeps its lines' worth of height (one to six; a class, since
       the pages' Content-Security-Policy allows no style attribute). -->
  <xsl:template match="tei:sourceDoc//tei:space[@dim = 'vertical']" mode="m:html">
    <div class="vspace vspace-{max((1, min((6, xs:integer(round(number((@extent[. castable as xs:decimal], @quantity[. castable as xs:decimal], 1)[1])))))))}" aria-hidden="true"></div>
  </xsl:template>

  <xsl:template match="tei:sourceDoc//tei:metamark" mode="m:html">
    <span class="metamark"><xsl:call-template name="tp:attributes"/><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- Where another hand takes over: a mark, and the hand as the header describes it (handNote),
       said to every reader, not only in a tooltip. -->
  <xsl:template match="tei:sourceDoc//tei:handShift" mode="m:html">
    <xsl:variable name="id" select="replace(normalize-space(@new), '^#', '')"/>
    <xsl:variable name="note" select="(root(.)//tei:handNote[@xml:id = $id])[1]"/>
    <xsl:variable name="hand" select="if ($note) then normalize-space($note) else ($id, normalize-space(@medium))[.][1]"/>
    <span class="hand-shift"><span aria-hidden="true">⸢</span><span class="hand-shift-note">(<xsl:value-of select="f:label('hand')"/><xsl:if test="$hand"><xsl:value-of select="f:colon() || $hand"/></xsl:if>)</span></span>
  </xsl:template>

  <xsl:template match="tei:sourceDoc//text()[not(normalize-space())][not(ancestor::tei:line)]" mode="m:html"/>

  <!-- The static IIIF service the build made of each image it copied (its info.json, by the
       picture's site path; LocalImages): its address and its size. -->
  <xsl:param name="image-services" as="map(xs:string, xs:string)" select="map {}"/>

  <!-- A text's IIIF Presentation 3.0 manifest, so that Mirador, Universal Viewer or Tify open its
       facsimiles: a canvas per page that has an image and a size (the surface's coordinates, the
       graphic's width and height, or the copied file's), the image painted on it (a IIIF image
       with its service), and the page's transcribed lines as supplementing text. Its addresses are
       absolute under base-url, else relative to the manifest. Nothing for a text without images. -->
  <xsl:function name="f:iiif-manifest" as="map(*)?" cache="yes">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="id" select="f:text-id($doc)"/>
    <xsl:variable name="base" select="if ($base-url) then replace($base-url, '([^/])$', '$1/') || 'iiif/' || $id || '/' else ''"/>
    <xsl:variable name="site" select="if ($base-url) then replace($base-url, '([^/])$', '$1/') else '../../'"/>
    <xsl:variable name="canvases" as="map(*)*">
      <xsl:for-each select="($doc//tei:sourceDoc//tei:surface[not(ancestor::tei:surface)] | $doc//tei:facsimile/tei:surface)">
        <xsl:variable name="image" select="f:surface-image(.)"/>
        <xsl:variable name="size" select="fp:canvas-size(., $image)"/>
        <xsl:if test="$image and count($size) = 2">
          <xsl:variable name="canvas" select="$base || 'canvas/' || position()"/>
          <xsl:variable name="iiif" select="f:is-iiif-image($image)"/>
          <xsl:variable name="lines" select=".//tei:line[normalize-space()]"/>
          <xsl:sequence select="map {
            'id': $canvas, 'type': 'Canvas',
            'label': map { 'none': [ f:surface-label(.) ] },
            'width': $size[1], 'height': $size[2],
            'items': [ map { 'id': $canvas || '/page', 'type': 'AnnotationPage', 'items': [ map {
              'id': $canvas || '/image', 'type': 'Annotation', 'motivation': 'painting', 'target': $canvas,
              'body': map:merge((
                map { 'id': if ($iiif) then f:iiif-service($image) || '/full/max/0/default.jpg'
                            else if (matches($image, '^https?://', 'i')) then $image else $site || $image,
                      'type': 'Image', 'width': $size[1], 'height': $size[2],
                      'format': if (matches($image, '\.png$', 'i')) then 'image/png' else 'image/jpeg' },
                if ($iiif) then map { 'service': [ map { 'id': f:iiif-service($image), 'type': 'ImageService2', 'profile': 'level0' } ] }
                else if (map:contains($image-services, $image)) then map { 'service': [ map {
                  'id': $site || parse-json($image-services($image))?id, 'type': 'ImageService3', 'profile': 'level0' } ] }
                else ()))
            } ] } ],
            'annotations': if (empty($lines)) then [] else [ map { 'id': $canvas || '/lines', 'type': 'AnnotationPage',
              'items': array { for $n in 1 to count($lines) return let $line := $lines[$n] return map {
                'id': $canvas || '/line/' || $n, 'type': 'Annotation', 'motivation': 'supplementing', 'target': $canvas,
                'body': map { 'type': 'TextualBody', 'format': 'text/plain', 'value': normalize-space(string-join($line//text()[not(ancestor::tei:del)], '')) } } } } ]
          }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="if (empty($canvases)) then () else map {
      '@context': 'http://iiif.io/api/presentation/3/context.json',
      'id': $base || 'manifest.json', 'type': 'Manifest',
      'label': map { 'none': [ f:text-title($doc) ] },
      'items': array { $canvases }
    }"/>
  </xsl:function>

  <!-- A page's size: its surface's coordinates, else its graphic's width and height, else the
       copied image's (its static service's). -->
  <xsl:function name="fp:canvas-size" as="xs:integer*">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:param name="image" as="xs:string?"/>
    <!-- a value that is no coordinate, or a box drawn backwards, gives no size: a canvas must have one -->
    <xsl:variable name="coords" select="($surface/@ulx, $surface/@uly, $surface/@lrx, $surface/@lry) ! f:coordinate(.)"/>
    <xsl:variable name="graphic" select="($surface/tei:graphic[1]/(@width, @height)) ! f:coordinate(replace(., 'px$', ''))[. gt 0]"/>
    <xsl:sequence select="
      if (count($coords) = 4 and $coords[3] gt $coords[1] and $coords[4] gt $coords[2]) then ($coords[3] - $coords[1], $coords[4] - $coords[2]) ! xs:integer(ceiling(.))
      else if (count($graphic) = 2) then $graphic ! xs:integer(ceiling(.))
      else if ($image and map:contains($image-services, $image)) then parse-json($image-services($image)) ! (?width, ?height) ! xs:integer(.)
      else ()"/>
  </xsl:function>
</xsl:stylesheet>
