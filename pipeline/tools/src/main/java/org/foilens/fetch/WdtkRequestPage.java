package org.foilens.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A request's page on an Alaveteli site such as WhatDoTheyKnow, read for what its JSON leaves out:
 * the text of each message ({@code #outgoing-ID .correspondence_text}, {@code #incoming-ID
 * .correspondence_text}) and the attachments of each reply ({@code #incoming-ID a} linking to
 * {@code …/response/ID/attach/N/NAME}).
 */
final class WdtkRequestPage {

  /** An attachment of a reply. */
  record Attachment(URI uri, String fileName) {}

  private final Document doc;

  private WdtkRequestPage(Document doc) {
    this.doc = doc;
  }

  static WdtkRequestPage parse(String html, URI page) {
    return new WdtkRequestPage(Jsoup.parse(html, page.toString()));
  }

  /** The text of a message, paragraphs and line breaks kept; empty when the page lacks it. */
  List<String> texts(String type, long messageId) {
    List<String> out = new ArrayList<>();
    for (Element e : doc.select("#" + type + "-" + messageId + " .correspondence_text")) {
      out.add(text(e));
    }
    return out;
  }

  /** The attachments of a reply, in page order, once each (HTML renderings left out). */
  List<Attachment> attachments(long incomingId) {
    Map<String, Attachment> found = new LinkedHashMap<>();
    for (Element a : doc.select("#incoming-" + incomingId + " a[href]")) {
      String href = a.absUrl("href");
      String path = href.replaceAll("[?#].*$", "");
      if (!path.contains("/attach/") || path.contains("/attach/html/")) {
        continue;
      }
      String last = path.substring(path.lastIndexOf('/') + 1);
      String name = URLDecoder.decode(last, StandardCharsets.UTF_8);
      found.putIfAbsent(path, new Attachment(URI.create(path), name));
    }
    return List.copyOf(found.values());
  }

  /** Request addresses in an authority's request list ({@code .request_listing .head a}). */
  static List<String> listedRequests(String html, URI page) {
    Document d = Jsoup.parse(html, page.toString());
    List<String> out = new ArrayList<>();
    for (Element a : d.select(".request_listing .head a[href]")) {
      String path = URI.create(a.absUrl("href").replaceAll("#.*$", "")).getPath();
      int at = path.indexOf("/request/");
      if (at >= 0) {
        String title = path.substring(at + "/request/".length()).replaceAll("/.*$", "");
        if (!title.isEmpty() && !out.contains(title)) {
          out.add(title);
        }
      }
    }
    return out;
  }

  private static String text(Element e) {
    Element copy = e.clone();
    copy.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
    copy.select("p, div, li, blockquote, pre")
        .forEach(
            p -> {
              p.prependChild(new TextNode("\n"));
              p.appendChild(new TextNode("\n"));
            });
    StringBuilder sb = new StringBuilder();
    for (String line : copy.wholeText().split("\n", -1)) {
      String l = line.replace('\u00a0', ' ').strip();
      if (l.isEmpty()) {
        continue;
      }
      sb.append(l).append('\n');
    }
    return sb.toString().strip();
  }
}
