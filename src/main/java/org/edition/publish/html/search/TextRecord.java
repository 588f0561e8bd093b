package org.edition.publish.html.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the search knows of one text or register entry, as html/modules/extract.xsl and
 * html/search.xsl describe it: how it is named and dated, its facets, its passages.
 *
 * @param key the text's id (or an entry's), stable from build to build
 * @param date a sortable ISO date prefix, or null
 */
record TextRecord(String key, String url, String title, String date, String dateLabel, String kind,
    String lang, List<Facet> facets, List<Passage> passages) {

  /** A value of a facet (kind, lang, author, correspondent, person, place, org). */
  record Facet(String name, String value, String label) {
  }

  /** A passage: its anchor on the page, where it is (§ 3, Note 2), its words, the other words it is found by. */
  record Passage(String anchor, String where, String text, String other) {
  }

  static final String NS = "urn:x-edition:search";
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  int characters() {
    return passages.stream().mapToInt(p -> p.text().length()).sum();
  }

  /** Every text record in a file of records (one text's, or the registers'). */
  static List<TextRecord> read(InputStream in, String name) throws IOException {
    List<TextRecord> records = new ArrayList<>();
    try {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      String[] text = null;
      List<Facet> facets = null;
      List<Passage> passages = null;
      String[] passage = null;
      StringBuilder words = new StringBuilder();
      StringBuilder other = new StringBuilder();
      boolean inOther = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT && NS.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "text" -> {
              text = new String[] {attr(r, "key"), attr(r, "url"), attr(r, "title"), attr(r, "date"),
                  attr(r, "date-label"), attr(r, "kind"), attr(r, "lang")};
              facets = new ArrayList<>();
              passages = new ArrayList<>();
            }
            case "facet" -> facets.add(new Facet(attr(r, "name"), attr(r, "value"), attr(r, "label")));
            case "p" -> {
              passage = new String[] {attr(r, "a"), attr(r, "w")};
              words.setLength(0);
              other.setLength(0);
            }
            case "alt" -> inOther = true;
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (passage != null) {
            (inOther ? other : words).append(r.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && NS.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "alt" -> inOther = false;
            case "p" -> {
              passages.add(new Passage(passage[0], passage[1], words.toString().strip(), other.toString().strip()));
              passage = null;
            }
            case "text" -> records.add(new TextRecord(text[0], text[1], text[2], blank(text[3]), blank(text[4]),
                blank(text[5]), blank(text[6]), List.copyOf(facets), List.copyOf(passages)));
            default -> { }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("cannot read the search records " + name + ": " + e.getMessage(), e);
    }
    return records;
  }

  private static String attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
