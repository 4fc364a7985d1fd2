package org.foilens.tag.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.foilens.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NameDecoder} must find exactly what OpenNLP's {@link NameFinderME} finds: the same spans
 * of the same types, sentence after sentence of a document, with what earlier sentences taught
 * carried along alike. Checked on the real decisions of {@code ../shared/data/decisions} read line
 * by line, whole and in the stretches {@link NameFinder} reads, and on the project's name data.
 */
class NameDecoderTest {

  private static TokenNameFinderModel model;

  @BeforeAll
  static void load() throws IOException {
    model = new TokenNameFinderModel(TestData.root().resolve("config").resolve(NameFinder.MODEL));
  }

  @Test
  void readsTheProjectsModel() throws IOException {
    assertNotNull(NameDecoder.of(model), "the decoder should read a model `train ner` makes");
  }

  @Test
  void findsWhatNameFinderMeFindsInRealDecisions() throws IOException {
    List<List<String[]>> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestData.shared().resolve("decisions"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String[]> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
          String[] tokens = tokens(line);
          if (tokens.length > 0) {
            sentences.add(tokens); // the whole line, then the stretches NameFinder reads
            for (int[] s : NameFinder.stretches(tokens)) {
              sentences.add(Arrays.copyOfRange(tokens, s[0], s[1]));
            }
          }
        }
        documents.add(sentences);
      }
    }
    assertTrue(documents.size() >= 90, documents.size() + " decisions");
    int names = compare(documents);
    assertTrue(names >= 300, "only " + names + " names found: too few to compare");
  }

  @Test
  void findsWhatNameFinderMeFindsInTheNameData() throws IOException {
    Path ner = TestData.root().resolve("corpus/ner");
    List<List<String[]>> documents = new ArrayList<>();
    List<NameSample> samples = new ArrayList<>(NerTrainer.read(ner.resolve("heldout.test")));
    samples.addAll(NerTrainer.readFolder(ner.resolve("train")));
    for (NameSample s : samples) {
      if (documents.isEmpty() || s.isClearAdaptiveDataSet()) {
        documents.add(new ArrayList<>());
      }
      documents.get(documents.size() - 1).add(s.getSentence());
    }
    int names = compare(documents);
    assertTrue(names >= 300, "only " + names + " names found: too few to compare");
  }

  /** Every sentence of every document through both finders; the names found by both. */
  private static int compare(List<List<String[]>> documents) throws IOException {
    NameDecoder decoder = NameDecoder.of(model);
    NameFinderME reference = new NameFinderME(model);
    int names = 0;
    for (List<String[]> document : documents) {
      for (String[] sentence : document) {
        Span[] expected = reference.find(sentence);
        Span[] found = decoder.find(sentence);
        assertEquals( // Span's own equality weighs probabilities, which the decoder leaves out
            Arrays.toString(expected),
            Arrays.toString(found),
            () -> "in: " + String.join(" ", sentence));
        names += found.length;
      }
      reference.clearAdaptiveData();
      decoder.clearAdaptiveData();
    }
    return names;
  }

  private static String[] tokens(String line) {
    return Span.spansToStrings(NameTokens.spans(line), line);
  }
}
