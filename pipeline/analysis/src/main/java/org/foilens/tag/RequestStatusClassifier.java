package org.foilens.tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.foilens.model.Message;

/**
 * A request's likely status from its correspondence, by an OpenNLP document categorizer trained on
 * WhatDoTheyKnow threads ({@code foilens train status}). Thread-safe. The pipeline uses it for a
 * thread that states no status, and answers only when the model's best category reaches the
 * threshold (see README for its measured accuracy).
 */
public final class RequestStatusClassifier {

  /** The least probability at which the categorizer's best category is taken. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** A category and how likely the model thinks it is. */
  public record Prediction(String status, double probability) {}

  private final DoccatModel model;
  private final List<StatusFeatures.Cue> cues;
  private final double threshold;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  public RequestStatusClassifier(
      DoccatModel model, List<StatusFeatures.Cue> cues, double threshold) {
    this.model = model;
    this.cues = cues;
    this.threshold = threshold;
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
  }

  public DoccatModel model() {
    return model;
  }

  /** Reads a model written by {@code foilens train status --out}. */
  public static RequestStatusClassifier load(
      Path model, List<StatusFeatures.Cue> cues, double threshold) throws IOException {
    try (var in = Files.newInputStream(model)) {
      return new RequestStatusClassifier(new DoccatModel(in), cues, threshold);
    }
  }

  /** The likely status, or null when the thread has no messages or the model is unsure. */
  public String status(List<Message> messages) {
    if (messages.isEmpty()) {
      return null;
    }
    Prediction p = best(messages);
    return p.probability() >= threshold ? p.status() : null;
  }

  /** The best category whatever its probability. */
  public Prediction best(List<Message> messages) {
    DocumentCategorizerME c = categorizer.get();
    double[] scores = c.categorize(StatusFeatures.of(messages, cues));
    String best = c.getBestCategory(scores);
    return new Prediction(best, scores[c.getIndex(best)]);
  }
}
