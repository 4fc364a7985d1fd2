package org.foilens.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

  private final boolean csv;
  private final CSVPrinter table;
  private final JsonGenerator json;

  ExportWriter(Writer out, boolean csv) throws IOException {
    this.csv = csv;
    this.table =
        csv
            ? CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setCommentMarker('#')
                .get()
                .print(out)
            : null;
    this.json = csv ? null : Json.MAPPER.getFactory().createGenerator(out);
  }

  void begin(String query, long indexDocuments, String pipelineVersion) throws IOException {
    if (csv) {
      table.printComment(
          "foilens export; query: "
              + query.replace('\n', ' ')
              + "; documents in index: "
              + indexDocuments
              + "; pipeline version: "
              + pipelineVersion);
      table.printRecord(COLUMNS);
    } else {
      json.writeStartObject();
      json.writeStringField("query", query);
      json.writeNumberField("documents_in_index", indexDocuments);
      json.writeStringField("pipeline_version", pipelineVersion);
      json.writeArrayFieldStart("documents");
    }
  }

  void document(String contractJson) {
    try {
      JsonNode d = Json.MAPPER.readTree(contractJson);
      if (csv) {
        List<String> cells = new ArrayList<>();
        for (String column : COLUMNS) {
          cells.add(cell(column, d.path(column)));
        }
        table.printRecord(cells);
      } else {
        json.writeTree(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void end(long exported) throws IOException {
    if (csv) {
      table.flush();
    } else {
      json.writeEndArray();
      json.writeNumberField("exported", exported);
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    }
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
    return formula ? "'" + text : text; // a spreadsheet must not run it as a formula
  }
}
