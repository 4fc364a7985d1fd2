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
 * Writes documents' contract records as CSV or JSON while they stream from the index. The CSV
 * starts with its header row ({@link ExportColumns}), so that a spreadsheet reads it as one; its
 * provenance (the query, the index's size, the pipeline version, what each column holds) is a
 * second file ({@code format=provenance}). The JSON carries its provenance first.
 */
final class ExportWriter {

  static final List<String> COLUMNS = ExportColumns.names();

  private final boolean csv;
  private final String base;
  private final CSVPrinter table;
  private final JsonGenerator json;

  /**
   * @param base the server's address, for the CSV's link columns
   */
  ExportWriter(Writer out, boolean csv, String base) throws IOException {
    this.csv = csv;
    this.base = base;
    this.table = csv ? CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(out) : null;
    this.json = csv ? null : Json.MAPPER.getFactory().createGenerator(out);
  }

  void begin(String query, long indexDocuments, String pipelineVersion) throws IOException {
    if (csv) {
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
        for (ExportColumns.Column column : ExportColumns.ALL) {
          cells.add(safe(column.value().apply(d, base)));
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

  /** A cell a spreadsheet would run as a formula, prefixed with {@code '}. */
  private static String safe(String text) {
    boolean formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    return formula ? "'" + text : text;
  }
}
