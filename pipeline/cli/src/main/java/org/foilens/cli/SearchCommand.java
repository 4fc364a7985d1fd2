package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.foilens.index.FoiSearcher;
import org.foilens.index.QueryException;
import org.foilens.index.SearchResults;
import org.foilens.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code foilens search}: run a query against an index and print the best hits. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search an index and print the top hits with snippets.",
      "The query is in foilens's syntax: every word required, OR / NOT / \"phrases\" as in Lucene.",
      "Citations and references as typed: s.40(2), section 35(1)(a), reg 12(4)(b), FOI 1147/23.",
      "Fields: kind:, authority:, provision:, ruling:, case_ref:, status:, late:, title:,",
      "date:[A TO B], year:, part: (decision, request, scope, reasons, steps, …).",
      "See docs/query-syntax.md."
    })
final class SearchCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--json", description = "Print the results as one JSON object.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many hits to print (default: ${DEFAULT-VALUE}, at most 100).")
  int limit;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query (several words are joined).")
  List<String> query;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String q = String.join(" ", query);
    SearchResults results;
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      results = searcher.search(q, limit, 0);
    } catch (QueryException e) {
      spec.commandLine().getErr().println("foilens: cannot parse the query: " + e.getMessage());
      return 2;
    }
    if (json) {
      out.println(Json.PRETTY.writeValueAsString(results));
      return 0;
    }
    out.printf(Locale.ROOT, "%d documents match %s%n", results.total(), q);
    if (results.readAs() != null) {
      out.printf(Locale.ROOT, "(searched as %s)%n", results.readAs());
    }
    int rank = 0;
    for (SearchResults.Hit hit : results.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%2d. %s%n    %s | %s | %s | %s%n",
          ++rank,
          hit.title(),
          hit.kind(),
          hit.date() == null ? "no date" : hit.date(),
          hit.authority() == null ? "-" : hit.authority(),
          hit.source());
      if (hit.paragraphs().isEmpty()) {
        for (String s : hit.snippets()) {
          out.println("    … " + plain(s));
        }
      }
      for (SearchResults.ParagraphHit p : hit.paragraphs()) {
        out.printf(Locale.ROOT, "    ¶%d (%s) %s%n", p.number(), p.part(), plain(p.snippet()));
      }
    }
    return 0;
  }

  /** Snippet markup for a terminal: matches between [[ ]], entities decoded. */
  static String plain(String html) {
    return html.replace("<mark>", "[[")
        .replace("</mark>", "]]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
