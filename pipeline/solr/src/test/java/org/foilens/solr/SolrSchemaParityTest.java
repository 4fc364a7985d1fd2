package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.foilens.index.LegalAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The Solr schema's {@code text_legal}, built from the configset's own factory settings with
 * Lucene's factories, analyzes as {@link LegalAnalyzer} does. (SolrCloudIT checks the same against
 * a running Solr.)
 */
class SolrSchemaParityTest {

  static final List<String> TRICKY =
      List.of(
          "s.35(1)(a) and section 12(4)(b)",
          "IC-155171-G3W9",
          "EA/2019/0123",
          "FS50123456",
          "Café’s",
          "2018/19",
          "regulation 12(5)(e) EIR; 40(2) by virtue of 40(3A)(a)",
          "section 14(1) vexatious",
          "12a(3)(b)(ii)(x)(y) deep",
          "35abc 35(1)x",
          "Don't O’Neill’s naïve Zoë",
          "GIA/2020/00123 GI/2019/12");

  @Test
  void tokenizerPatternIsTheAnalyzers() {
    for (String pattern : patterns("solr.PatternTokenizerFactory")) {
      assertEquals(LegalAnalyzer.TOKEN.pattern(), pattern);
    }
  }

  @Test
  void indexAndQueryAnalysisMatchLegalAnalyzer() throws IOException {
    String token = patterns("solr.PatternTokenizerFactory").get(0);
    String ancestors = patterns("solr.PatternCaptureGroupFilterFactory").get(0);
    Analyzer index =
        CustomAnalyzer.builder()
            .withTokenizer("pattern", "pattern", token, "group", "0")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .addTokenFilter(
                "patternCaptureGroup", "pattern", ancestors, "preserve_original", "true")
            .build();
    Analyzer query =
        CustomAnalyzer.builder()
            .withTokenizer("pattern", "pattern", token, "group", "0")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .build();
    for (String text : TRICKY) {
      assertEquals(tokens(LegalAnalyzer.forIndexing(), text), tokens(index, text), text);
      assertEquals(tokens(LegalAnalyzer.forQueries(), text), tokens(query, text), text);
    }
  }

  /** Each token as "position:term". */
  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = 0;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(position + ":" + term);
      }
      ts.end();
    }
    return out;
  }

  /** The pattern attributes of a factory in text_legal, XML entities decoded. */
  private static List<String> patterns(String factory) {
    Matcher m =
        Pattern.compile("class=\"" + Pattern.quote(factory) + "\"[^>]*?pattern=\"([^\"]*)\"")
            .matcher(SolrConfigset.file("managed-schema.xml"));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(
          m.group(1)
              .replace("&quot;", "\"")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&amp;", "&"));
    }
    if (out.isEmpty()) {
      throw new AssertionError("no " + factory + " in managed-schema.xml");
    }
    return out;
  }
}
