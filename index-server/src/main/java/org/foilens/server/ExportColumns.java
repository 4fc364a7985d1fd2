package org.foilens.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.foilens.index.IndexSchema;
import org.foilens.model.Finding;
import org.foilens.model.ProvisionRole;

/**
 * The columns of the CSV export, each with what it holds: the document's id and links first, then
 * the contract's fields under the contract's names, a notice's findings in plain words beside the
 * ICO's, a thread's lifecycle or a notice's timeline. A new column is one more entry here; the
 * header, the rows and the provenance's column list follow.
 */
final class ExportColumns {

  /**
   * One column.
   *
   * @param name its header
   * @param description what it holds, for the provenance
   * @param value its cell of a contract record, given the server's address
   */
  record Column(String name, String description, BiFunction<JsonNode, String, String> value) {}

  static final List<Column> ALL =
      List.of(
          new Column("id", "the document's id in this index", (d, base) -> id(d)),
          new Column(
              "link",
              "the document's page in the web UI",
              (d, base) -> base + "/doc.html?id=" + id(d)),
          new Column(
              "file",
              "the original file, as the server serves it",
              (d, base) -> base + "/api/file/" + id(d)),
          field("source", "the file's path as ingested"),
          field("sha256", "the SHA-256 of the file"),
          field("kind", "decision_notice, tribunal_decision, foi_thread, foi_response or other"),
          field("title", "the title"),
          field("date", "the document's date (ISO)"),
          field("authority", "the public authority, under the gazetteer's name"),
          field("sector", "the authority's sector"),
          field("case_refs", "case references, the document's own first"),
          new Column(
              "provisions",
              "the provisions cited (Act and section)",
              (d, base) -> join(d.path("provisions"), p -> text(p, "act") + " " + text(p, "ref"))),
          new Column(
              "findings",
              "the Commissioner's finding on each provision, in plain words, with the ICO's",
              (d, base) -> findings(d)),
          new Column(
              "ico_decisions",
              "for a notice fetched with its ICO listing, the ICO's published decision on each"
                  + " section, in plain words with the status as published",
              (d, base) -> icoDecisions(d)),
          field(
              "outcome",
              "a notice's outcome in the ICO's words: upheld, partly_upheld, not_upheld"),
          new Column(
              "outcome_words",
              "the outcome in plain words: who the Commissioner sided with",
              (d, base) -> {
                Finding f = finding(d.path("outcome"));
                return f == null ? "" : f.plainWords(null);
              }),
          field("steps_ordered", "whether the notice orders the authority to act"),
          field("steps_deadline_days", "the days it gives"),
          field("status", "a thread's status"),
          delay("requested", "requested", "the date of the request"),
          delay(
              "first_reply",
              "responded",
              "the date of the authority's first reply (a notice: its first response of any kind)"),
          delay("working_days", "response_working_days", "working days from the request to it"),
          delay("late", "late", "whether that took more than 20 working days"),
          new Column(
              "internal_review",
              "whether an internal review was asked for",
              (d, base) ->
                  d.path("timeline").isObject()
                      ? Boolean.toString(d.path("timeline").path("review_requested").isTextual())
                      : cell(d.path("lifecycle").path("internal_review"))),
          timeline("review_requested", "when the review was asked for"),
          timeline("review_result", "when its outcome came"),
          timeline("review_days", "calendar days from the one to the other"),
          timeline("complained", "when the complaint reached the Commissioner"),
          timeline("decision_days", "calendar days from the complaint to the decision"),
          field("persons", "people named"),
          field("organisations", "organisations named"),
          field("pages", "pages"),
          field("ocr_pages", "pages read by OCR"),
          field("chars", "characters of text"));

  private ExportColumns() {}

  static List<String> names() {
    return ALL.stream().map(Column::name).toList();
  }

  /** A contract field under its own name; lists joined with "; ". */
  private static Column field(String name, String description) {
    return new Column(name, description, (d, base) -> cell(d.path(name)));
  }

  /** A thread's lifecycle field, or the like field of a decision notice's timeline. */
  private static Column delay(String name, String timelineName, String description) {
    return new Column(
        name,
        description + " (threads: their lifecycle; decision notices: their timeline)",
        (d, base) ->
            d.path("timeline").isObject()
                ? cell(d.path("timeline").path(timelineName))
                : cell(d.path("lifecycle").path(name)));
  }

  /** A decision notice's timeline field. */
  private static Column timeline(String name, String description) {
    return new Column(
        name,
        description + " (decision notices)",
        (d, base) -> cell(d.path("timeline").path(name)));
  }

  private static String id(JsonNode d) {
    return IndexSchema.idFor(d.path("source").asText());
  }

  private static String findings(JsonNode d) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : d.path("provisions")) {
      Finding f = finding(p.path("finding"));
      if (f == null) {
        continue;
      }
      ProvisionRole role =
          p.path("role").isTextual() ? ProvisionRole.fromLabel(p.path("role").asText()) : null;
      out.add(
          text(p, "act")
              + " "
              + text(p, "ref")
              + ": "
              + f.plainWords(role)
              + " (ICO: "
              + f.icoWords()
              + ")");
    }
    return String.join("; ", out);
  }

  private static String icoDecisions(JsonNode d) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : d.path("listing").path("decisions")) {
      Finding f = finding(x.path("finding"));
      String words = f == null ? "" : f.plainWords(roleOf(d, text(x, "act"), text(x, "ref"))) + " ";
      out.add(text(x, "section") + ": " + words + "(ICO: " + text(x, "status") + ")");
    }
    return String.join("; ", out);
  }

  /** The role of the notice's provision of an Act and ref (or below it), or null. */
  private static ProvisionRole roleOf(JsonNode d, String act, String ref) {
    for (JsonNode p : d.path("provisions")) {
      String r = text(p, "ref");
      if (text(p, "act").equals(act)
          && (r.equals(ref) || r.startsWith(ref + "("))
          && p.path("role").isTextual()) {
        return ProvisionRole.fromLabel(p.path("role").asText());
      }
    }
    return null;
  }

  private static Finding finding(JsonNode v) {
    return v.isTextual() ? Finding.fromLabel(v.asText()) : null;
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).asText("");
  }

  private static String join(JsonNode list, java.util.function.Function<JsonNode, String> item) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(item.apply(n)));
    return String.join("; ", out);
  }

  private static String cell(JsonNode v) {
    if (v.isMissingNode() || v.isNull()) {
      return "";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(i.asText()));
      return String.join("; ", items);
    }
    return v.asText();
  }
}
