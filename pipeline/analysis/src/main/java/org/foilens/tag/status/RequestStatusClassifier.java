package org.foilens.tag.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.foilens.FoilensConfig;
import org.foilens.model.Message;
import org.foilens.model.RequestStatus;

/**
 * A request's likely status from its correspondence, by an OpenNLP document categorizer trained on
 * WhatDoTheyKnow threads ({@code foilens train status}) over {@link StatusFeatures}. Thread-safe.
 * The pipeline asks it about a thread that states no status ({@link ThreadStatusDecider}; see
 * docs/commands.md, train status, for its measured precision).
 */
public final class RequestStatusClassifier {

  /** Where a configuration keeps the model ({@code foilens train status --out}). */
  public static final String MODEL = "models/status.bin";

  /** The least probability at which the categorizer's best category is taken. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** A category and how likely the model thinks it is. */
  public record Prediction(RequestStatus status, double probability) {}

  private final DoccatModel model;
  private final StatusFeatures features;
  private final double threshold;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  public RequestStatusClassifier(DoccatModel model, StatusFeatures features, double threshold) {
    this.model = model;
    this.features = features;
    this.threshold = threshold;
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
  }

  public DoccatModel model() {
    return model;
  }

  /** The features the model reads, built as they were for training. */
  public StatusFeatures features() {
    return features;
  }

  /**
   * The categorizer of a configuration's {@link #MODEL} with the features of its cue tables, or
   * null when the configuration has no model.
   */
  public static RequestStatusClassifier fromConfig(FoilensConfig config) throws IOException {
    return fromConfig(config, StatusFeatures.load(config));
  }

  /** The categorizer of a configuration's {@link #MODEL} over the given features, or null. */
  public static RequestStatusClassifier fromConfig(FoilensConfig config, StatusFeatures features)
      throws IOException {
    Path model = config.file(MODEL);
    if (!Files.isRegularFile(model)) {
      return null;
    }
    return load(model, features, DEFAULT_THRESHOLD);
  }

  /** Reads a model written by {@code foilens train status --out}. */
  public static RequestStatusClassifier load(Path model, StatusFeatures features, double threshold)
      throws IOException {
    try (var in = Files.newInputStream(model)) {
      return new RequestStatusClassifier(new DoccatModel(in), features, threshold);
    }
  }

  /** The likely status, or null when the thread has no messages or the model is unsure. */
  public RequestStatus status(List<Message> messages) {
    if (messages.isEmpty()) {
      return null;
    }
    Prediction p = best(messages);
    return p.probability() >= threshold ? p.status() : null;
  }

  /** The best category whatever its probability. */
  public Prediction best(List<Message> messages) {
    return best(features.of(messages));
  }

  /** The best category of a thread's features ({@link StatusFeatures#of}). */
  public Prediction best(String[] threadFeatures) {
    DocumentCategorizerME c = categorizer.get();
    double[] scores = c.categorize(threadFeatures);
    String best = c.getBestCategory(scores);
    return new Prediction(RequestStatus.fromLabel(best), scores[c.getIndex(best)]);
  }
}
