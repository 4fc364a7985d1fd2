package org.foilens.tag.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.CachedFeatureGeneratorFactory;
import org.foilens.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's features with each window's inner generator cached must be the model's own features,
 * in the same order, token by token: checked on every line of the real decisions, with what earlier
 * lines taught carried along.
 */
class WindowCachingTest {

  private static TokenNameFinderModel model;

  @BeforeAll
  static void load() throws IOException {
    model = new TokenNameFinderModel(TestData.root().resolve("config").resolve(NameFinder.MODEL));
  }

  @Test
  void wrapsTheInnerGeneratorOfEachWindow() throws IOException {
    byte[] descriptor = model.getArtifact("generator.featuregen");
    String cached = new String(WindowCaching.cached(descriptor), StandardCharsets.UTF_8);
    String own = new String(descriptor, StandardCharsets.UTF_8);
    String cache = CachedFeatureGeneratorFactory.class.getName();
    assertEquals(0, own.split(cache, -1).length - 1);
    assertEquals(2, cached.split(cache, -1).length - 1, cached); // the model has two windows
  }

  @Test
  void givesTheModelsOwnFeatures() throws IOException {
    NameContextGenerator own = model.getFactory().createContextGenerator();
    NameContextGenerator cached = WindowCaching.contextGenerator(model);
    int compared = 0;
    try (Stream<Path> files = Files.walk(TestData.shared().resolve("decisions"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (String line : lines) {
          String[] tokens = Span.spansToStrings(NameTokens.spans(line), line);
          String[] outcomes = new String[tokens.length];
          for (int i = 0; i < tokens.length; i++) {
            assertArrayEquals(
                own.getContext(i, tokens, null, null), cached.getContext(i, tokens, null, null));
            outcomes[i] = Character.isUpperCase(tokens[i].charAt(0)) ? "person-start" : "other";
            compared++;
          }
          own.updateAdaptiveData(tokens, outcomes);
          cached.updateAdaptiveData(tokens, outcomes);
        }
        own.clearAdaptiveData();
        cached.clearAdaptiveData();
      }
    }
    assertTrue(compared > 30_000, compared + " tokens compared");
  }
}
