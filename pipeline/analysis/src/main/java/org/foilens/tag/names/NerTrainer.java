package org.foilens.tag.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.foilens.tag.ModelTraining;

/**
 * Trains, evaluates and cross-validates the name finder for persons and organisations from
 * NameSample files ({@code <START:person> Owen Tregarthen <END>}), with fixed parameters so that
 * the same data always gives the same model.
 */
public final class NerTrainer {

  public static final int ITERATIONS = 150;
  public static final int CUTOFF = 1;

  private NerTrainer() {}

  public static TrainingParameters parameters() {
    return ModelTraining.parameters("MAXENT", ITERATIONS, CUTOFF);
  }

  /** The samples of every {@code *.train} file in a folder, files in name order. */
  public static List<NameSample> readFolder(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".train")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no training files (*.train) in " + dir);
    }
    List<NameSample> samples = new ArrayList<>();
    for (Path f : files) {
      samples.addAll(read(f));
    }
    return samples;
  }

  /**
   * The samples of one NameSample file: one tokenized sentence a line; a blank line ends a
   * document, so the sentence after it clears the finder's adaptive data (and starts a new document
   * for cross-validation's folds).
   */
  public static List<NameSample> read(Path file) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    int n = 0;
    boolean newDocument = true;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        newDocument = true;
        continue;
      }
      try {
        samples.add(NameSample.parse(line, newDocument));
        newDocument = false;
      } catch (IOException | RuntimeException e) {
        throw new IOException(file + ":" + n + ": not a NameSample line: " + e.getMessage(), e);
      }
    }
    return samples;
  }

  public static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
    return NameFinderME.train(
        "en",
        null,
        ObjectStreamUtils.createObjectStream(samples),
        parameters(),
        new TokenNameFinderFactory());
  }

  /** OpenNLP's evaluator over held-out samples, reporting to the monitor. */
  public static void evaluate(
      TokenNameFinderModel model, List<NameSample> test, TokenNameFinderEvaluationMonitor monitor)
      throws IOException {
    new TokenNameFinderEvaluator(new NameFinderME(model), monitor)
        .evaluate(ObjectStreamUtils.createObjectStream(test));
  }

  /** OpenNLP's k-fold cross-validation; each fold's predictions go to the monitor. */
  public static void crossValidate(
      List<NameSample> samples, int folds, TokenNameFinderEvaluationMonitor monitor)
      throws IOException {
    new TokenNameFinderCrossValidator(
            "en", null, parameters(), new TokenNameFinderFactory(), monitor)
        .evaluate(ObjectStreamUtils.createObjectStream(samples), folds);
  }
}
