package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class LegalAnalyzerTest {

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add((inc.getPositionIncrement() == 0 ? "=" : "") + term);
      }
      ts.end();
    }
    return out;
  }

  @Test
  void keepsLegalReferencesWhole() throws IOException {
    assertEquals(
        List.of(
            "under",
            "s",
            "40(2)",
            "and",
            "section",
            "35(1)(a)",
            "case",
            "ic-155171-g3w9",
            "ea/2019/0123"),
        tokens(
            LegalAnalyzer.forQueries(),
            "under s.40(2) and section 35(1)(a), case IC-155171-G3W9 (EA/2019/0123)"));
  }

  @Test
  void indexesAncestorsAtTheSamePosition() throws IOException {
    assertEquals(
        List.of("regulation", "12(4)(b)", "=12(4)", "=12", "applies"),
        tokens(LegalAnalyzer.forIndexing(), "Regulation 12(4)(b) applies"));
  }

  @Test
  void foldsCaseAndAccents() throws IOException {
    assertEquals(
        List.of("cafe", "ombudsman's"), tokens(LegalAnalyzer.forQueries(), "Café Ombudsman's"));
  }
}
