package org.foilens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.foilens.model.Json;

/**
 * Writes documents' contract records as CSV or JSON while they stream from the index, with
 * provenance first: the query, how many documents the index held, and the pipeline version.
 */
final class ExportWriter {

  /** CSV columns: the contract's scalar fields; lists are joined with "; ". */
  static final List<String> COLUMNS =
      List.of(
          "source",
          "sha256",
          "kind",
          "title",
          "date",
          "authority",
          "case_refs",
          "provisions",
          "outcome",
          "steps_ordered",
          "steps_deadline_days",
          "status",
          "pages",
          "ocr_pages",
          "chars");

  private static final ObjectMapper JSON = Json.MAPPER;

  private final Writer out;
  private final boolean csv;
  private boolean first = true;

  ExportWriter(Writer out, boolean csv) {
    this.out = out;
    this.csv = csv;
  }

  void begin(String query, long indexDocuments, String pipelineVersion) throws IOException {
    if (csv) {
      out.write(
          "# foilens export; query: "
              + query.replace('\n', ' ')
              + "; documents in index: "
              + indexDocuments
              + "; pipeline version: "
              + pipelineVersion
              + "\n");
      out.write(String.join(",", COLUMNS) + "\n");
    } else {
      out.write(
          "{\"query\":"
              + JSON.writeValueAsString(query)
              + ",\"documents_in_index\":"
              + indexDocuments
              + ",\"pipeline_version\":"
              + JSON.writeValueAsString(pipelineVersion)
              + ",\"documents\":[\n");
    }
  }

  void document(String contractJson) {
    try {
      if (csv) {
        JsonNode d = JSON.readTree(contractJson);
        List<String> cells = new ArrayList<>();
        for (String column : COLUMNS) {
          cells.add(cell(column, d.path(column)));
        }
        out.write(String.join(",", cells) + "\n");
      } else {
        out.write((first ? "" : ",\n") + contractJson);
      }
      first = false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void end(long exported) throws IOException {
    if (!csv) {
      out.write("\n],\"exported\":" + exported + "}\n");
    }
    out.flush();
  }

  private static String cell(String column, JsonNode v) {
    String text;
    if (v.isMissingNode() || v.isNull()) {
      text = "";
    } else if (column.equals("provisions")) {
      List<String> ps = new ArrayList<>();
      v.forEach(
          p ->
              ps.add(
                  p.path("act").asText()
                      + " "
                      + p.path("ref").asText()
                      + (p.path("finding").isTextual()
                          ? " (" + p.path("finding").asText() + ")"
                          : "")));
      text = String.join("; ", ps);
    } else if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(i.asText()));
      text = String.join("; ", items);
    } else {
      text = v.asText();
    }
    boolean formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    if (formula) {
      text = "'" + text; // a spreadsheet must not run it as a formula
    }
    boolean quote = formula || text.contains(",") || text.contains("\"") || text.contains("\n");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
