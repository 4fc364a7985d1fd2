package org.foilens.server;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.foilens.index.Trends;

/**
 * A trend as one tidy table: a row per series and year with its documents, and a row per series for
 * all years ({@code year} = {@code all}) with its total and its rulings. The query's own documents
 * come first, as the series {@code (all documents)}.
 */
final class TrendCsv {

  static final List<String> COLUMNS =
      List.of(
          "series",
          "filter",
          "year",
          "documents",
          "rulings_for_authority",
          "rulings_for_complainant",
          "rulings_partly",
          "authority_share");

  static final String ALL = "(all documents)";

  private TrendCsv() {}

  static void write(Writer out, Trends trend) throws IOException {
    CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(out);
    csv.printRecord(COLUMNS);
    for (int y = 0; y < trend.years().size(); y++) {
      csv.printRecord(
          ALL, trend.query(), trend.years().get(y), trend.documents().get(y), "", "", "", "");
    }
    csv.printRecord(ALL, trend.query(), "all", trend.total(), "", "", "", "");
    for (Trends.Series s : trend.series()) {
      for (int y = 0; y < trend.years().size(); y++) {
        csv.printRecord(
            s.value(), s.filter(), trend.years().get(y), s.documents().get(y), "", "", "", "");
      }
      Trends.Rulings r = s.rulings();
      List<Object> total = new ArrayList<>(List.of(s.value(), s.filter(), "all", s.total()));
      total.add(r.forAuthority());
      total.add(r.forComplainant());
      total.add(r.partly());
      total.add(
          r.authorityShare() == null ? "" : String.format(Locale.ROOT, "%.3f", r.authorityShare()));
      csv.printRecord(total);
    }
    csv.flush();
  }
}
