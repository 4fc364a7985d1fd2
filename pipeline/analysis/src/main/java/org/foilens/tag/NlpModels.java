package org.foilens.tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English models (UD EWT sentence detector and tokenizer, from the {@code
 * opennlp-models-*-en} artifacts), loaded once. The models are thread-safe; the detectors made from
 * them are not, so each caller asks for its own.
 *
 * <p>The tokenizer model ships with its alphanumeric optimisation off; it is rebuilt from the same
 * maxent weights with the optimisation on, which tokenizes about 3.5 times faster here with
 * practically the same tokens (see PERFORMANCE.md).
 */
public final class NlpModels {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private final SentenceModel sentences;
  private final TokenizerModel tokens;

  private NlpModels(SentenceModel sentences, TokenizerModel tokens) {
    this.sentences = sentences;
    this.tokens = tokens;
  }

  public static NlpModels load() throws IOException {
    SentenceModel sentences = new SentenceModel(resource(SENTENCE_MODEL));
    TokenizerModel shipped = new TokenizerModel(resource(TOKEN_MODEL));
    TokenizerFactory fast =
        new TokenizerFactory(
            shipped.getFactory().getLanguageCode(),
            shipped.getAbbreviations(),
            true,
            shipped.getFactory().getAlphaNumericPattern());
    TokenizerModel tokens = new TokenizerModel(shipped.getMaxentModel(), Map.of(), fast);
    return new NlpModels(sentences, tokens);
  }

  public SentenceDetectorME sentenceDetector() {
    return new SentenceDetectorME(sentences);
  }

  public TokenizerME tokenizer() {
    return new TokenizerME(tokens);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("OpenNLP model " + name + " is not on the class path");
    }
    return in;
  }
}
