package org.foilens.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table of {@code config/}: tab-separated, the first row naming the columns, lines starting with
 * {@code #} and blank lines passed over, no quoting (a cell is taken as written). Read with Commons
 * CSV.
 */
public final class TsvTable {

  private static final CSVFormat FORMAT =
      CSVFormat.TDF
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setQuote(null)
          .setIgnoreSurroundingSpaces(false)
          .get();

  private TsvTable() {}

  /** The table's rows, header left out. */
  public static List<CSVRecord> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(in)) {
      return new ArrayList<>(parser.getRecords());
    }
  }

  /** A row's cell of a column, stripped; "" where the row is shorter than the header. */
  public static String cell(CSVRecord row, String column) {
    return row.isSet(column) ? row.get(column).strip() : "";
  }
}
