package org.foilens.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.foilens.index.LegalAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The legal-token analyzer over a whole notice, as indexing runs it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LegalAnalyzerBenchmark {

  private Analyzer analyzer;
  private String notice;

  @Setup
  public void setUp() throws IOException {
    analyzer = LegalAnalyzer.forIndexing();
    notice = Texts.notice();
  }

  @TearDown
  public void tearDown() {
    analyzer.close();
  }

  @Benchmark
  public int analyzeNotice() throws IOException {
    int tokens = 0;
    try (TokenStream stream = analyzer.tokenStream("body", notice)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens += term.length() > 0 ? 1 : 0;
      }
      stream.end();
    }
    return tokens;
  }
}
