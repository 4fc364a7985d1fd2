package org.foilens;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.foilens.extract.ExtractSettings;
import org.foilens.extract.OcrMode;
import org.foilens.text.AuthorityGazetteer;

/** One pipeline for the tests, and the configured gazetteer. */
public final class TestPipeline {

  private static Pipeline pipeline;

  private TestPipeline() {}

  /**
   * One pipeline for the whole test run: the models take a second to load. It does no OCR, which
   * takes a second a page; the tests of OCR make their own.
   */
  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      try {
        pipeline =
            new Pipeline(
                FoilensConfig.of(TestData.root().resolve("config")),
                ExtractSettings.defaults().withOcr(OcrMode.OFF));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (StageException e) {
        throw new IllegalStateException(e);
      }
    }
    return pipeline;
  }

  /** The configured authority gazetteer. */
  public static AuthorityGazetteer gazetteer() {
    try {
      return AuthorityGazetteer.load(TestData.root().resolve("config/authorities.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
