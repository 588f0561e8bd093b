<?xml version="1.0" encoding="UTF-8"?>
<!--
  A critical apparatus on the web and in the EPUB (the decisions are common/apparatus.xsl's):

  - in the text, each app reads as its lemma, marked by a discreet sign that leads to its entry;
    every other reading is in the page too, hidden, so that the text can be read as one witness
    reads it (edition.js);
  - under each section (and after the text for what lies outside sections), the apparatus: each
    entry keyed by its line or paragraph number, which leads back to its place, then the lemma,
    a closing bracket and the readings with their witnesses' sigla ("12 ἀγαθός] ἀγαθόν V s");
  - before the text, the list of witnesses (sigla and what each is), and the tools: read as a
    witness, show or hide the kinds of variant. Everything reads without JavaScript.
-->
<xsl:stylesheet xmlns:tp="urn:x-edition:template-private" version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:function"
    xmlns:fp="urn:x-edition:private"
    xmlns:t="urn:x-edition:template"
    xmlns:m="urn:x-edition:mode"
    xmlns:mp="urn:x-edition:mode-private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- Where an entry's sign leads and the entries lead back: the page itself (a book puts its
       apparatus in a file of its own and overrides this). -->
  <xsl:function name="f:apparatus-href" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'#' || f:apparatus-id($app)"/>
  </xsl:function>

  <!-- An entry leads back to its lemma: the place an apparatus kept apart points to (@from), else
       the app in the text. -->
  <xsl:function name="f:lemma-href" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'#' || (f:apparatus-place($app)/@xml:id, f:lemma-id($app))[1]"/>
  </xsl:function>

  <!-- The apps kept apart that point to an element of the text (the location-referenced method). -->
  <xsl:key name="app-place" match="tei:app[starts-with(normalize-space(@from), '#')]"
      use="substring(normalize-space((@to[starts-with(normalize-space(.), '#')], @from)[1]), 2)"/>

  <!-- The text's element an apparatus kept apart points to: followed by the sign of its entries. -->
  <xsl:template match="tei:*[@xml:id][exists(key('app-place', string(@xml:id)))]" mode="m:html" priority="3">
    <xsl:next-match/>
    <xsl:for-each select="key('app-place', string(@xml:id))[f:has-entry(.)]">
      <a class="app-mark" href="{f:apparatus-href(.)}" aria-label="{f:label('apparatus')} {f:apparatus-key(.)}">◦</a>
    </xsl:for-each>
  </xsl:template>

  <!-- Whether the readings other than the lemma are kept in the text, for reading as a witness
       (a book has no script to show them). -->
  <xsl:param name="witness-readings" as="xs:boolean" select="true()"/>

  <xsl:template match="tei:app" mode="m:html">
    <xsl:variable name="lemma" select="f:lemma(.)"/>
    <span class="app" data-types="{string-join(distinct-values(f:variants(.) ! f:reading-type(.)), ' ')}">
      <xsl:call-template name="tp:attributes"/>
      <xsl:attribute name="id" select="f:lemma-id(.)"/>
      <span class="reading lemma" data-wit="{string-join($lemma ! f:reading-witnesses(.), ' ')}">
        <xsl:apply-templates select="$lemma/node()" mode="m:html"/>
      </span>
      <xsl:if test="$witness-readings">
        <xsl:for-each select="f:variants(.)">
          <span class="reading variant" data-wit="{string-join(f:reading-witnesses(.), ' ')}" hidden="hidden">
            <xsl:apply-templates select="node()" mode="m:html"/>
          </span>
        </xsl:for-each>
      </xsl:if>
      <xsl:if test="f:has-entry(.)">
        <a class="app-mark" href="{f:apparatus-href(.)}" aria-label="{f:label('apparatus')} {f:apparatus-key(.)}">◦</a>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- An apparatus kept apart (listApp) is no part of the text's flow: its entries are set with
       the others, its signs where its apps point (a sign with nothing to follow is a stray mark). -->
  <xsl:template match="tei:listApp" mode="m:html"/>

  <!-- Notes and witness details inside an app belong to its entry, not to the text. -->
  <xsl:template match="tei:app/tei:note | tei:app/tei:witDetail | tei:rdg/tei:witDetail | tei:lem/tei:witDetail" mode="m:html"/>

  <!-- Where a witness begins or ends, or breaks off: a sign shown when the text is read as it. -->
  <xsl:template match="tei:witStart | tei:witEnd | tei:lacunaStart | tei:lacunaEnd" mode="m:html">
    <xsl:variable name="reading" select="ancestor::*[self::tei:rdg or self::tei:lem][1]"/>
    <span class="wit-mark {local-name()}" data-wit="{string-join($reading ! f:reading-witnesses(.), ' ')}" hidden="hidden">
      <xsl:value-of select="'⟦' || string-join($reading ! f:reading-sigla(.), ' ') || ' ' || f:label(replace(local-name(), '([A-Z])', '-$1') => lower-case()) || '⟧'"/>
    </span>
  </xsl:template>

  <!-- A witness's page break: its siglum with its number; read as another witness, hidden. -->
  <xsl:template match="tei:pb[@edRef]" mode="m:html" priority="1">
    <xsl:variable name="sigla" select="f:break-sigla(.)"/>
    <span class="tei-pb witness-pb" data-n="{string-join(($sigla, @n), ' ')}" id="{fp:break-id(.)}"
        data-ed="{string-join(tokenize(normalize-space(@edRef)) ! replace(., '^#', ''), ' ')}">
      <xsl:if test="f:is-inside-word(.)"><xsl:attribute name="data-break" select="'no'"/></xsl:if>
      <xsl:if test="f:starts-block(.)"><xsl:attribute name="data-start" select="'yes'"/></xsl:if>
    </span>
  </xsl:template>

  <!-- Whether each section is followed by its apparatus (on the web), else the text by all of it
       (a book's end section). -->
  <xsl:param name="apparatus-by-section" as="xs:boolean" select="true()"/>

  <!-- A section's apparatus after it (a section of the body that holds no other: the apparatus
       stays near its text however deep the sections go); what lies outside such sections after
       the text. -->
  <xsl:template match="tei:body//tei:div[not(.//tei:div)]" mode="m:html">
    <xsl:next-match/>
    <xsl:if test="$apparatus-by-section">
      <xsl:call-template name="t:apparatus">
        <xsl:with-param name="apps" select="f:apparatus(.)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:text[not(ancestor::tei:text)]" mode="m:html">
    <xsl:param name="t:part" as="xs:integer" tunnel="yes" select="0"/>
    <xsl:next-match/>
    <!-- on a page of a long text in parts, the entries of the lemmata on that page -->
    <xsl:call-template name="t:apparatus">
      <xsl:with-param name="apps" select="f:apparatus(.)[not($apparatus-by-section and ancestor::tei:div[not(.//tei:div)][ancestor::tei:body])]
          [$t:part = 0 or f:part((f:apparatus-place(.), .)[1]) = $t:part]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The entries of these apps: those that have something to say (another reading, or where a
       witness begins or ends). -->
  <xsl:template name="t:apparatus">
    <xsl:param name="apps" as="element(tei:app)*"/>
    <xsl:variable name="entries" select="$apps[f:has-entry(.)]"/>
    <xsl:if test="exists($entries)">
      <!-- not a landmark: a page has one under each of its sections -->
      <div class="apparatus">
        <span class="visually-hidden"><xsl:value-of select="f:label('apparatus')"/></span>
        <ol class="apparatus-entries">
          <xsl:for-each select="$entries">
            <xsl:call-template name="t:apparatus-entry"/>
          </xsl:for-each>
        </ol>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- One entry: "12 lemma] reading V s; reading F", its key leading back to the text; each
       reading with its Latin sign, its witnesses' sigla and whom it is owed to ("καὶ add. V",
       "ἀλσώδεσιν coni. Schröder"); an entry whose lemma has no words begins with its readings. -->
  <xsl:template name="t:apparatus-entry">
    <xsl:variable name="lemma" select="f:lemma(.)"/>
    <li class="app-entry" id="{f:apparatus-id(.)}" data-types="{string-join(distinct-values(f:variants(.) ! f:reading-type(.)), ' ')}">
      <xsl:choose>
        <xsl:when test="f:has-place-in-text(.)">
          <a class="app-key" href="{f:lemma-href(.)}">
            <xsl:value-of select="(f:apparatus-key(.), '↑')[1]"/>
          </a>
          <xsl:text> </xsl:text>
        </xsl:when>
        <!-- an app kept apart that points nowhere: its place as it names it (@loc), leading nowhere -->
        <xsl:when test="exists(f:apparatus-key(.))">
          <span class="app-key"><xsl:value-of select="f:apparatus-key(.)"/></span>
          <xsl:text> </xsl:text>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="f:entry-leads-with-lemma(.)">
        <span class="app-lemma"><xsl:value-of select="f:entry-lemma(.)"/></span>
        <xsl:apply-templates select="$lemma" mode="mp:reading-marks"/>
        <xsl:if test="exists(f:entry-readings(.))"><xsl:text>] </xsl:text></xsl:if>
      </xsl:if>
      <xsl:for-each select="f:entry-readings(.)">
        <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
        <span class="app-reading" data-type="{f:reading-type(.)}">
          <span class="rdg"><xsl:value-of select="f:reading-text(.)"/></span>
          <xsl:apply-templates select="." mode="mp:reading-marks"/>
          <xsl:if test="f:says-reading-type(.)">
            <xsl:text> </xsl:text><span class="rdg-type">(<xsl:value-of select="f:reading-type(.)"/>)</span>
          </xsl:if>
        </span>
      </xsl:for-each>
      <xsl:for-each select="f:entry-remarks(.)">
        <xsl:text> </xsl:text><span class="app-note"><xsl:apply-templates mode="m:html"/></span>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- What follows a reading's words in its entry: its Latin sign, its sigla, whom it is owed to. -->
  <xsl:template match="*" mode="mp:reading-marks">
    <xsl:for-each select="f:reading-sign(.)">
      <xsl:text> </xsl:text><span class="app-sign"><xsl:value-of select="."/></span>
    </xsl:for-each>
    <xsl:if test="exists(f:reading-sigla(.))">
      <xsl:text> </xsl:text><span class="sigla"><xsl:value-of select="string-join(f:reading-sigla(.), ' ')"/></span>
    </xsl:if>
    <xsl:if test="exists(f:reading-names(.))">
      <xsl:text> </xsl:text><span class="app-resp"><xsl:value-of select="string-join(f:reading-names(.), ', ')"/></span>
    </xsl:if>
  </xsl:template>

  <!-- The witnesses a text names, and the tools to read it as one of them and to choose which
       kinds of variant the apparatus shows (edition.js shows the tools). -->
  <xsl:template name="t:witnesses">
    <xsl:param name="doc" as="node()"/>
    <!-- the text's title too, in a book of several -->
    <xsl:param name="with-title" as="xs:boolean" select="false()"/>
    <xsl:variable name="witnesses" select="f:witnesses($doc)"/>
    <xsl:variable name="apps" select="root($doc)//tei:text//tei:app"/>
    <!-- not for an apparatus of notes only (EpiDoc's): no witness to list, nothing to read as -->
    <xsl:if test="exists($apps) and (exists($witnesses) or exists($apps ! f:variants(.)))">
      <!-- a book's title page lists the witnesses of each of its texts: an id for each -->
      <xsl:variable name="heading" select="'witnesses-' || f:text-id($doc)"/>
      <section class="witnesses" aria-labelledby="{$heading}">
        <h2 id="{$heading}"><xsl:value-of select="f:label('witnesses') || (if ($with-title) then ' — ' || f:text-title($doc) else '')"/></h2>
        <xsl:if test="exists($witnesses)">
          <dl class="witness-list">
            <xsl:for-each select="$witnesses">
              <div>
                <!-- the anchor on the siglum: a row of the list has no box of its own to scroll to -->
                <dt id="witness-{f:text-id($doc)}-{@xml:id}"><xsl:value-of select="f:siglum(.)"/></dt>
                <dd><xsl:value-of select="f:witness-description(.)"/></dd>
              </div>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <xsl:if test="$witness-readings">
          <div class="apparatus-tools" hidden="hidden">
            <xsl:if test="exists($witnesses[@xml:id])">
              <label><xsl:value-of select="f:label('read-as') || ' '"/>
                <select class="read-as">
                  <option value=""><xsl:value-of select="f:label('edited-text')"/></option>
                  <xsl:for-each select="$witnesses[@xml:id]">
                    <option value="{@xml:id}"><xsl:value-of select="f:siglum(.) || ' — ' || substring(f:witness-description(.), 1, 60)"/></option>
                  </xsl:for-each>
                </select>
              </label>
            </xsl:if>
            <xsl:variable name="types" select="f:reading-types($apps)"/>
            <xsl:if test="count($types) gt 1">
              <fieldset class="variant-types">
                <legend><xsl:value-of select="f:label('variant-types')"/></legend>
                <xsl:for-each select="$types">
                  <label><input type="checkbox" value="{.}" checked="checked"/><xsl:value-of select="' ' || ."/></label>
                </xsl:for-each>
              </fieldset>
            </xsl:if>
          </div>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
