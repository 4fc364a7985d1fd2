package org.foilens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.StageException;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.MailHeaders;
import org.foilens.model.SourceDocument;
import org.foilens.text.UkDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a WhatDoTheyKnow request page saved as HTML, as Alaveteli's templates render it: the
 * request's state, named by the class of its status block ({@code request-status-message--not_held}
 * and the like; older pages say it only in the block's sentence, read later from the text), the
 * authority the request went to, and each block of correspondence in page order: {@code outgoing}
 * (the requester's messages), {@code incoming} (the authority's, with the names of their
 * attachments) and the annotations others left ({@code comment_in_request}), each with its date
 * (the {@code <time>} of its header, else the date its header writes) and its sender (the header's
 * author; older pages put both in an {@code <h2>}). Page furniture (navigation, sidebar, footer,
 * "Link to this", delivery logs, "show quoted sections") is not read.
 */
public final class WdtkPageExtractor implements Extractor {

  private static final String LINE = "\u2028"; // stands for <br> while jsoup normalises whitespace

  /** Alaveteli's request states, as its status block's class names them, and their labels. */
  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("successful", "Successful"),
          Map.entry("partially_successful", "Partially successful"),
          Map.entry("not_held", "Information not held"),
          Map.entry("rejected", "Refused"),
          Map.entry("waiting_response", "Awaiting response"),
          Map.entry("waiting_response_overdue", "Delayed"),
          Map.entry("waiting_response_very_overdue", "Long overdue"),
          Map.entry("waiting_clarification", "Waiting clarification"),
          Map.entry("internal_review", "Awaiting internal review"),
          Map.entry("user_withdrawn", "Withdrawn by the requester"));

  private static final Pattern STATE_CLASS =
      Pattern.compile("(?:request-status-message--|icon_)([a-z_]+)");
  private static final Pattern ANNOTATION_HEADING =
      Pattern.compile("^(?<name>.+?) left an annotation\\b");
  private static final Pattern FROM = Pattern.compile("From:\\s*([^\\n]+)");
  private static final String FURNITURE =
      ".event_actions, .correspondence__footer, .js-delivery-log-ajax-error, .unfold_link,"
          + " .toggle-quotes, a.toggle-quotes, .attachments, .list-of-attachments,"
          + " .correspondence__header, .hidden_attachment, script, style";

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
        && (start.contains("request_status")
            || start.contains("request-status")
            || start.contains("WhatDoTheyKnow"));
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
    Element banner = page.selectFirst(".request-status-message, #request_status");
    String requester =
        firstText(
            page,
            ".request-header a[href*=/user/], .request-header__subtitle a[href*=/user/],"
                + " .subtitle a[href*=/user/]");
    String authority =
        firstText(
            page,
            ".request-header a[href*=/body/], .request-header__subtitle a[href*=/body/],"
                + " .subtitle a[href*=/body/]");

    List<ExtractedPart> parts = new ArrayList<>();
    String head = (banner == null ? "" : lines(banner) + "\n\n") + (title == null ? "" : title);
    parts.add(new ExtractedPart("", 0, "text/html", null, head.strip(), null));
    for (Element block : page.select(".correspondence, .comment_in_request")) {
      if (block.parents().stream()
          .anyMatch(p -> p.hasClass("correspondence") || p.hasClass("comment_in_request"))) {
        continue; // a block inside another is part of it
      }
      String id = block.id().isEmpty() ? "block-" + parts.size() : block.id();
      String path = "/" + id;
      boolean annotation = block.hasClass("comment_in_request");
      String direction =
          annotation ? "annotation" : block.hasClass("outgoing") ? "outgoing" : "incoming";
      Element header =
          annotation ? annotationHeading(block) : block.selectFirst(".correspondence__header, h2");
      LocalDate date = dateOf(header);
      String from = sender(block, header, annotation, direction, requester, authority);
      List<String> files = attachments(block);
      Element body =
          annotation ? annotationBody(block, header) : block.selectFirst(".correspondence_text");
      String text = "";
      if (body != null) {
        Element copy = body.clone();
        copy.select(FURNITURE).remove();
        copy.select("a:matchesOwn((?i)^\\s*(?:show|hide) quoted sections\\s*$)").remove();
        if (annotation) {
          copy.select("h2").remove();
        }
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
    String state = state(banner);
    if (state != null) {
      props.put("wdtk.status", state);
    }
    return new Extraction(source, "text/html", parts, title, null, 0, props);
  }

  /** An annotation's heading, "Name left an annotation (date)": an h2, or a paragraph. */
  private static Element annotationHeading(Element block) {
    for (Element e : block.select("h2, p")) {
      if (ANNOTATION_HEADING.matcher(e.text()).find()) {
        return e;
      }
    }
    return block.selectFirst("h2");
  }

  /** An annotation's words: its text element, unless that is its heading, else its content. */
  private static Element annotationBody(Element block, Element heading) {
    Element text = block.selectFirst(".comment_in_request_text");
    if (text != null && text != heading) {
      return text;
    }
    return block.selectFirst(".comment_content");
  }

  /** The request's state as WhatDoTheyKnow labels it, from its status block's classes. */
  private static String state(Element banner) {
    if (banner == null) {
      return null;
    }
    List<String> classes = new ArrayList<>(banner.classNames());
    banner.select("i[class]").forEach(i -> classes.addAll(i.classNames()));
    for (String c : classes) {
      Matcher m = STATE_CLASS.matcher(c);
      if (m.matches() && STATES.containsKey(m.group(1))) {
        return STATES.get(m.group(1));
      }
    }
    return null;
  }

  /**
   * A block's date: its header's {@code <time datetime>}, else the first date its header writes.
   */
  static LocalDate dateOf(Element header) {
    if (header == null) {
      return null;
    }
    for (Element time : header.select("time")) {
      for (String attribute : List.of("datetime", "title")) {
        String value = time.attr(attribute);
        if (value.length() >= 10 && value.substring(0, 10).matches("\\d{4}-\\d\\d-\\d\\d")) {
          try {
            return LocalDate.parse(value.substring(0, 10));
          } catch (DateTimeException e) {
            // not a date after all: read the text
          }
        }
      }
    }
    return UkDates.firstIn(header.text());
  }

  /** Who wrote a block: its header's author, else what the page says of the request. */
  private static String sender(
      Element block,
      Element header,
      boolean annotation,
      String direction,
      String requester,
      String authority) {
    if (annotation) {
      Element user = block.selectFirst("h2 a[href*=/user/]");
      if (user != null && !user.text().isBlank()) {
        return user.text().strip();
      }
      Matcher m = ANNOTATION_HEADING.matcher(header == null ? "" : header.text());
      return m.find() ? m.group("name").strip() : null;
    }
    Element author = block.selectFirst(".correspondence__header__author");
    if (author != null && !author.text().isBlank()) {
      return author.text().strip().replaceAll("\\s*,\\s*$", "");
    }
    if (header != null) {
      Matcher from = FROM.matcher(lines(header));
      if (from.find()) {
        return from.group(1).strip();
      }
    }
    return "outgoing".equals(direction) ? requester : authority;
  }

  /** The names of an incoming block's attachments, in order, each once. */
  private static List<String> attachments(Element block) {
    List<String> files = new ArrayList<>();
    Elements named = block.select(".attachment__name");
    if (named.isEmpty()) {
      named = block.select("li.attachment a, .list-of-attachments a, p.attachment strong");
    }
    for (Element a : named) {
      String name = a.text().strip();
      if (!name.isEmpty() && !files.contains(name)) {
        files.add(name);
      }
    }
    return files;
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
