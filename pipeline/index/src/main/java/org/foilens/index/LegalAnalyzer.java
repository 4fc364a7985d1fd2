package org.foilens.index;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/**
 * The analyzer of foilens's text fields. Its tokenizer keeps legal references whole, so that {@code
 * 35(1)(a)}, {@code 12(4)(b)}, {@code IC-155171-G3W9}, {@code FS50123456} and {@code EA/2019/0123}
 * are each one token and findable as written ({@code s.40(2)} becomes {@code s}, {@code 40(2)});
 * words are lower-cased and folded to ASCII. The indexing variant also adds each provision's
 * ancestors at the same position ({@link ProvisionAncestorFilter}), so that a search for {@code
 * "section 35"} finds {@code section 35(1)(a)}; the query variant does not, so that a search for
 * {@code 35(1)(a)} stays exact.
 */
public final class LegalAnalyzer extends Analyzer {

  public static final Pattern TOKEN =
      Pattern.compile(
          "IC-\\d+-[A-Za-z0-9]+"
              + "|(?:EA|GIA|GI)/\\d{4}/\\d{2,5}"
              + "|\\d+[A-Za-z]?(?:\\((?:\\d{1,3}[A-Za-z]?|[A-Za-z]{1,4})\\))+"
              + "|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)?");

  private final boolean forIndexing;

  private LegalAnalyzer(boolean forIndexing) {
    this.forIndexing = forIndexing;
  }

  public static LegalAnalyzer forIndexing() {
    return new LegalAnalyzer(true);
  }

  public static LegalAnalyzer forQueries() {
    return new LegalAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    PatternTokenizer source = new PatternTokenizer(TOKEN, 0);
    TokenStream stream = new LowerCaseFilter(source);
    stream = new ASCIIFoldingFilter(stream);
    if (forIndexing) {
      stream = new ProvisionAncestorFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
