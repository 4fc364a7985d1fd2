package org.foilens.server;

import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.foilens.index.SearchResults;

/**
 * An Atom feed (RFC 4287) of the documents a saved search finds, newest ingested first. Every text
 * is written through the XML writer, which escapes it.
 */
final class AtomFeed {

  static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * @param base the server's address, such as {@code http://127.0.0.1:8080}, for links
   */
  static void write(
      Writer out, SavedSearches.Saved saved, List<SearchResults.Hit> hits, String base)
      throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(NS);
    text(x, "id", "urn:foilens:saved:" + saved.id());
    text(x, "title", "foilens: " + saved.name());
    text(x, "subtitle", "New documents matching " + saved.query());
    String newest =
        hits.stream()
            .map(SearchResults.Hit::ingested)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(saved.created());
    text(x, "updated", newest);
    x.writeStartElement("author");
    text(x, "name", "foilens");
    x.writeEndElement();
    link(x, "self", base + "/feeds/" + saved.id() + ".atom", "application/atom+xml");
    link(
        x,
        "alternate",
        base + "/?q=" + URLEncoder.encode(saved.query(), StandardCharsets.UTF_8),
        "text/html");
    for (SearchResults.Hit h : hits) {
      String ingested = h.ingested() == null ? Instant.EPOCH.toString() : h.ingested();
      x.writeStartElement("entry");
      text(x, "id", "urn:foilens:doc:" + h.id() + ":" + Instant.parse(ingested).toEpochMilli());
      text(x, "title", h.title() == null || h.title().isBlank() ? h.source() : h.title());
      text(x, "updated", ingested);
      if (h.date() != null) {
        text(x, "published", h.date() + "T00:00:00Z");
      }
      link(x, "alternate", base + "/doc.html?id=" + h.id(), "text/html");
      text(x, "summary", summary(h));
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
  }

  private static String summary(SearchResults.Hit h) {
    StringBuilder s = new StringBuilder(h.kind() == null ? "document" : h.kind().replace('_', ' '));
    if (h.authority() != null) {
      s.append(", ").append(h.authority());
    }
    if (h.date() != null) {
      s.append(", ").append(h.date());
    }
    if (h.outcome() != null) {
      s.append(", outcome ").append(h.outcome().replace('_', ' '));
    }
    if (h.status() != null) {
      s.append(", status ").append(h.status().replace('_', ' '));
    }
    return s.append(" (").append(h.source()).append(')').toString();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value == null ? "" : xmlChars(value));
    x.writeEndElement();
  }

  /** The text without the characters XML 1.0 cannot hold (most control characters). */
  static String xmlChars(String s) {
    return s.replaceAll(
        "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "");
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", xmlChars(href));
  }
}
