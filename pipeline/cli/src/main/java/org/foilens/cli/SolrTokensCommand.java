package org.foilens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.foilens.index.IndexSchema;
import org.foilens.index.LegalAnalyzer;
import org.foilens.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foilens solr tokens}: the tokens foilens's own analyzer makes of a text, to compare with
 * the analysis screen of Solr's admin UI (field type {@code text_legal}).
 */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = {
      "Print, as one JSON line per TEXT, the tokens and positions foilens's legal-reference",
      "analyzer makes of it when indexing (or, with --query, when searching): what the",
      "text_legal field type of the Solr schema must make of it too."
    })
final class SolrTokensCommand implements Callable<Integer> {

  @Option(names = "--query", description = "Analyze as a query (no provision ancestors).")
  boolean query;

  @Parameters(arity = "1..*", paramLabel = "TEXT")
  List<String> texts;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper json = Json.MAPPER;
    try (Analyzer analyzer = query ? LegalAnalyzer.forQueries() : LegalAnalyzer.forIndexing()) {
      for (String text : texts) {
        List<Map<String, Object>> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
          ts.reset();
          int position = 0;
          while (ts.incrementToken()) {
            position += increment.getPositionIncrement();
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("term", term.toString());
            token.put("position", position);
            tokens.add(token);
          }
          ts.end();
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("text", text);
        line.put("tokens", tokens);
        out.println(json.writeValueAsString(line));
      }
    }
    out.flush();
    return 0;
  }
}
