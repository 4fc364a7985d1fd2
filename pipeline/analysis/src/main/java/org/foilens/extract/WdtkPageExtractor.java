package org.foilens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foilens.StageException;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.MailHeaders;
import org.foilens.model.SourceDocument;
import org.foilens.text.UkDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a WhatDoTheyKnow request page saved as HTML: the status banner ({@code #request_status}),
 * the authority the request went to, and each block of correspondence in page order: {@code
 * outgoing} (the requester's messages), {@code incoming} (the authority's, with the names of their
 * attachments) and the annotations others left ({@code comment_in_request}). Page furniture
 * (navigation, sidebar, footer) is not read.
 */
public final class WdtkPageExtractor implements Extractor {

  private static final String LINE = "\u2028"; // stands for <br> while jsoup normalises whitespace

  /** Whether a file looks like a saved request page (cheap check on its start). */
  public static boolean accepts(SourceDocument source) throws IOException {
    String name = source.displayPath().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".html") && !name.endsWith(".htm")) {
      return false;
    }
    byte[] head = new byte[64 * 1024];
    int n;
    try (InputStream in = Files.newInputStream(source.path())) {
      n = in.readNBytes(head, 0, head.length);
    }
    String start = new String(head, 0, n, StandardCharsets.UTF_8);
    return start.contains("correspondence")
        && (start.contains("request_status") || start.contains("WhatDoTheyKnow"));
  }

  @Override
  public Extraction apply(SourceDocument source) throws StageException {
    Document page;
    try {
      page = Jsoup.parse(source.path().toFile(), null);
    } catch (IOException e) {
      throw new StageException("cannot read the saved page: " + e.getMessage(), e);
    }
    Element heading = page.selectFirst(".request-header h1, h1");
    String title = heading != null ? heading.text() : page.title();
    Element banner = page.selectFirst("#request_status, .request-status-message");
    String requester =
        firstText(page, ".request-header a[href^=/user/], .subtitle a[href^=/user/]");
    String authority =
        firstText(page, ".request-header a[href^=/body/], .subtitle a[href^=/body/]");

    List<ExtractedPart> parts = new ArrayList<>();
    String head = (banner == null ? "" : lines(banner) + "\n\n") + (title == null ? "" : title);
    parts.add(new ExtractedPart("", 0, "text/html", null, head.strip(), null));
    for (Element block : page.select(".correspondence, .comment_in_request")) {
      String id = block.id().isEmpty() ? "block-" + parts.size() : block.id();
      String path = "/" + id;
      boolean annotation = block.hasClass("comment_in_request");
      String direction =
          annotation ? "annotation" : block.hasClass("outgoing") ? "outgoing" : "incoming";
      Element heading2 = block.selectFirst(annotation ? ".comment_in_request_text" : "h2");
      LocalDate date = heading2 == null ? null : UkDates.firstIn(heading2.text());
      String from =
          annotation
              ? firstText(block, ".comment_in_request_text a")
              : "outgoing".equals(direction) ? requester : authority;
      Element body = block.selectFirst(annotation ? ".comment_content" : ".correspondence_text");
      List<String> files = new ArrayList<>();
      String text = "";
      if (body != null) {
        Element copy = body.clone();
        for (Element a : copy.select("li.attachment a, .list-of-attachments a")) {
          if (!a.text().isBlank() && !files.contains(a.text().strip())) {
            files.add(a.text().strip());
          }
        }
        copy.select(".list-of-attachments, .toggle-quotes, a.toggle-quotes").remove();
        text = lines(copy);
      }
      parts.add(
          new ExtractedPart(
              path,
              1,
              "message/x-wdtk-page",
              null,
              text,
              new MailHeaders(from, null, title, date, id, null, direction)));
      for (String file : files) {
        parts.add(
            new ExtractedPart(path + "/" + file, 2, "application/octet-stream", file, "", null));
      }
    }
    Map<String, String> props = new LinkedHashMap<>();
    if (authority != null) {
      props.put("wdtk.public_body", authority);
    }
    return new Extraction(source, "text/html", parts, title, null, 0, props);
  }

  private static String firstText(Element root, String query) {
    Element e = root.selectFirst(query);
    return e == null || e.text().isBlank() ? null : e.text().strip();
  }

  /** The element's text with a blank line between paragraphs and a line break for each br. */
  private static String lines(Element element) {
    Element copy = element.clone();
    copy.select("br").after(LINE);
    List<Element> blocks = copy.select("p, li, h2, h3, pre, blockquote > p");
    if (blocks.isEmpty()) {
      return copy.text().replace(LINE, "\n").strip();
    }
    StringBuilder sb = new StringBuilder();
    for (Element p : blocks) {
      String t = p.text().replace(" " + LINE + " ", "\n").replace(LINE, "\n").strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
      }
    }
    return sb.toString();
  }
}
