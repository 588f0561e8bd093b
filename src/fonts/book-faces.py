#!/usr/bin/env python3
"""Makes the edition's book faces from EB Garamond (Google Fonts' static build, npm package
@expo-google-fonts/eb-garamond 0.4.3, SIL Open Font License 1.1) with fontTools:

  EB Garamond Edition     the text face: its figures old-style and proportional by default, as a
                          book sets them (the font's onum + pnum, put into its character map);
                          with the narrow no-break space French sets (U+202F) it lacks; without
                          ligatures, whose glyphs FOP writes no text for, and without combining
                          marks, which FOP does not place.
  EB Garamond Edition SC  its small capitals as a face of their own: each lower-case letter drawn
                          by its small capital (the font's smcp), or by its capital at small-capital
                          height where the font has none (Cyrillic); Greek without accents or
                          breathings, capitals too, and a iota subscript written after its letter,
                          as Greek sets capitals (Ἀντιγόνη: ΑΝΤΙΓΟΝΗ).

Why faces of their own: Apache FOP applies no OpenType feature a stylesheet asks for (its small
capitals are capitals scaled down), and the subsets the EPUB and the website carry keep no GSUB
table (FontSubsets); a character map is read by all three. The text is never changed: every
character keeps a glyph of its own (a composite where two would share one), so a PDF's text, copied
or read aloud, is the source's.

  python3 src/fonts/book-faces.py NPM_PACKAGE_DIR src/main/resources/org/edition/fonts/garamond
"""
import sys, unicodedata
from pathlib import Path
from fontTools.ttLib import TTFont
from fontTools.pens.ttGlyphPen import TTGlyphPen

STYLES = {"Regular": "400Regular", "Italic": "400Regular_Italic", "Bold": "700Bold", "BoldItalic": "700Bold_Italic"}
DIGITS = "0123456789"


def single_substitutions(font, tag):
    gsub = font["GSUB"].table
    found = {}
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag != tag:
            continue
        for index in record.Feature.LookupListIndex:
            for table in gsub.LookupList.Lookup[index].SubTable:
                table = getattr(table, "ExtSubTable", table)
                if hasattr(table, "mapping"):
                    found.update(table.mapping)
    return found


def set_cmap(font, mapping):
    for table in font["cmap"].tables:
        if table.isUnicode():
            for code, glyph in mapping.items():
                if code <= 0xFFFF or table.format in (12, 13):
                    table.cmap[code] = glyph


def rename(font, family, postscript):
    for record in font["name"].names:
        text = record.toUnicode()
        new = text.replace("EBGaramond", postscript).replace("EB Garamond", family)
        if new != text:
            record.string = new


def add_composite(font, name, parts, advance):
    """A glyph drawn by other glyphs: parts are (glyph, scale, dx)."""
    glyphs = font.getGlyphSet()
    pen = TTGlyphPen(glyphs)
    for glyph, scale, dx in parts:
        pen.addComponent(glyph, (scale, 0, 0, scale, dx, 0))
    glyph = pen.glyph()
    glyf = font["glyf"]
    order = font.getGlyphOrder() + [name]
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    glyf.glyphs[name] = glyph
    glyph.recalcBounds(glyf)
    font["hmtx"].metrics[name] = (advance, getattr(glyph, "xMin", 0))
    return name


def old_style_figures(font, cmap):
    onum = single_substitutions(font, "onum")
    pnum = single_substitutions(font, "pnum")
    mapping = {}
    for digit in DIGITS:
        glyph = cmap[ord(digit)]
        mapping[ord(digit)] = pnum.get(onum.get(glyph, glyph), onum.get(glyph, glyph))
    return mapping


def narrow_no_break_space(font, cmap):
    """U+202F, the French thin space before ; : ! ? and inside « », which the font lacks: half its
    word space, a glyph of its own (its own thin space, U+2009, is as wide in the roman and
    italic, but 510 units in the bold, twice a word space: a bold title read "occidentales  :")."""
    if 0x202F in cmap or 0x20 not in cmap:
        return {}
    width = round(font["hmtx"].metrics[cmap[0x20]][0] / 2)
    return {0x202F: add_composite(font, "uni202F", [], width)}


def greek_base(char):
    """A Greek letter without its accents and breathings, its iota subscript as a letter after it."""
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    iota = "\u0345" in decomposed
    if unicodedata.category(base)[0] != "L" or not ("GREEK" in unicodedata.name(base, "")):
        return None, False
    return base, iota


def small_capitals(font, cmap):
    smcp = single_substitutions(font, "smcp")
    metrics = font["hmtx"].metrics
    glyf = font["glyf"]
    # the small capitals' height against the capitals': how much a capital is scaled where the
    # font has no small capital for a letter
    def height(name):
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        return glyph.yMax
    scale = height("x.sc") / height("X") if "x.sc" in metrics else 0.72
    mapping = {}
    claimed = {}

    def claim(code, glyph):
        """Each character its own glyph: a copy where another character has it already."""
        if glyph in claimed.values() or glyph in cmap.values() and cmap.get(code) != glyph:
            glyph = add_composite(font, "%s.u%04X" % (glyph, code), [(glyph, 1, 0)], metrics[glyph][0])
        claimed[code] = glyph
        mapping[code] = glyph

    def small(letter):
        """The small capital of a lower-case letter, or None."""
        glyph = cmap.get(ord(letter))
        if glyph in smcp:
            return smcp[glyph]
        upper = letter.upper()
        if len(upper) == 1 and ord(upper) in cmap and upper != letter:
            capital = cmap[ord(upper)]
            name = "%s.scsynth" % capital
            if name not in metrics:
                add_composite(font, name, [(capital, scale, 0)], round(metrics[capital][0] * scale))
            return name
        return None

    for code in sorted(cmap):
        char = chr(code)
        category = unicodedata.category(char)
        if category[0] != "L":
            continue
        base, iota = greek_base(char)
        if base is not None:
            if base.islower():
                glyph = small(base)
            else:
                glyph = cmap.get(ord(base))
            if glyph is None:
                continue
            if iota:
                iota_glyph = small("ι") if base.islower() else cmap[ord("Ι")]
                width = metrics[glyph][0]
                claim(code, add_composite(font, "%s.iota.u%04X" % (glyph, code),
                                          [(glyph, 1, 0), (iota_glyph, 1, width)],
                                          width + metrics[iota_glyph][0]))
            elif glyph != cmap.get(code):
                claim(code, glyph)
        elif category == "Ll":
            glyph = small(char)
            if glyph is not None:
                claim(code, glyph)
    return mapping


def without_ligatures(font):
    """No ligature is formed: FOP writes no text for a ligature's glyph (a PDF read "efet" for
    "effet"), and the subsets of the website and the EPUB keep no GSUB to form them anyway."""
    for record in font["GSUB"].table.FeatureList.FeatureRecord:
        if record.FeatureTag in ("liga", "dlig", "hlig", "rlig"):
            record.Feature.LookupListIndex = []
            record.Feature.LookupCount = 0


def without_combining_marks(font):
    """No combining mark of its own: FOP places none of the font's marks (an e above a u was
    drawn over the next letter), so a letter with marks is drawn whole by a face behind it that
    composes it (Noto Serif, DejaVu Serif: BundledFonts.shares, fo/book.xsl's clusters)."""
    for table in font["cmap"].tables:
        if table.isUnicode():
            for code in [c for c in table.cmap if unicodedata.category(chr(c)) == "Mn"]:
                del table.cmap[code]


def main(package, out):
    out.mkdir(parents=True, exist_ok=True)
    for style, folder in STYLES.items():
        source = Path(package) / folder / ("EBGaramond_%s.ttf" % folder)
        for small_caps in (False, True):
            font = TTFont(source)
            for table in ("hdmx", "LTSH", "VDMX"):
                if table in font:
                    del font[table]
            without_ligatures(font)
            without_combining_marks(font)
            cmap = dict(font.getBestCmap())
            figures = old_style_figures(font, cmap)
            set_cmap(font, figures)
            cmap.update(figures)
            space = narrow_no_break_space(font, cmap)
            set_cmap(font, space)
            cmap.update(space)
            family = "EB Garamond Edition SC" if small_caps else "EB Garamond Edition"
            postscript = "EBGaramondEditionSC" if small_caps else "EBGaramondEdition"
            if small_caps:
                set_cmap(font, small_capitals(font, cmap))
            rename(font, family, postscript)
            target = out / ("%s-%s.ttf" % (postscript, style))
            font.save(target)
            print(target, target.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
