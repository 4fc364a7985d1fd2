package org.foilens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.BaseModel;
import org.foilens.FoilensConfig;
import org.foilens.eval.ClassifierReport;
import org.foilens.eval.NameReport;
import org.foilens.tag.names.NerTrainer;
import org.foilens.tag.status.RequestStatusClassifier;
import org.foilens.tag.status.StatusFeatures;
import org.foilens.tag.status.StatusTrainer;
import org.foilens.tag.status.StatusTrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens train}: train the project's own OpenNLP models from data in the repo. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the project's own OpenNLP models.",
    subcommands = {TrainCommand.Status.class, TrainCommand.Ner.class, TrainFindingCommand.class})
final class TrainCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "Train and evaluate the request-status categorizer on WhatDoTheyKnow JSON threads.",
        "Labels come from display_status, which the features never see. A stratified share of the",
        "threads (--holdout, fixed --seed) is held out; a model trained on the rest predicts them",
        "and the report gives accuracy, per-class P/R/F1 and the confusion matrix. With --folds",
        "above 1, k-fold cross-validation over all threads is reported too.",
        "Then the status as the pipeline gives it to a thread that states none is",
        "cross-validated over stratified folds: what the thread says plainly where the words",
        "settle the state, else its plain reading where the model (trained on the other folds)",
        "agrees (at probability >= 0.6 for a reading of success or partial success, and for",
        "success only with nothing kept back), else none; accuracy counts none as wrong. The",
        "decider's threshold is then chosen by nested cross-validation too (--target-precision).",
        "With --out, a model trained on all threads is written there (the pipeline reads",
        "config/models/status.bin)."
      })
  static final class Status implements Callable<Integer> {

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "Folder of WhatDoTheyKnow JSON threads (repeatable).")
    List<Path> data;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write a model trained on all threads here.")
    Path out;

    @Option(
        names = "--config",
        paramLabel = "DIR",
        defaultValue = "config",
        description =
            "Configuration folder with status-cues.tsv, thread-status-cues.tsv and the letter"
                + " tables (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(
        names = "--folds",
        paramLabel = "K",
        defaultValue = "5",
        description = "Cross-validation folds; 0 or 1 for none (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(
        names = "--holdout",
        paramLabel = "FRACTION",
        defaultValue = "0.3",
        description = "Share of each status held out for testing (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Option(
        names = "--seed",
        defaultValue = "2024",
        description = "Seed of the held-out split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--algorithm",
        defaultValue = "MAXENT",
        description = "MAXENT, NAIVEBAYES or PERCEPTRON (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(
        names = "--cutoff",
        defaultValue = "2",
        description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(
        names = "--target-precision",
        paramLabel = "P",
        defaultValue = "0.90",
        description =
            "With --folds above 1: the precision the nested cross-validation of the decider's"
                + " threshold aims for (default: ${DEFAULT-VALUE}).")
    double targetPrecision;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter w = spec.commandLine().getOut();
      StatusFeatures features = StatusFeatures.load(FoilensConfig.of(config));
      StatusTrainingSet set = StatusTrainingSet.read(data);
      List<StatusTrainingSet.Thread> threads = set.all();
      Map<String, String[]> read = StatusTrainer.featuresOf(threads, features);
      StatusTrainingSet.Split split = set.split(holdout, seed);
      w.printf(
          Locale.ROOT,
          "labelled threads: %d; held out %d (%.0f%% of each status, seed %d); %s, cutoff %d%n",
          threads.size(),
          split.test().size(),
          holdout * 100,
          seed,
          algorithm,
          cutoff);
      RequestStatusClassifier heldOutModel =
          new RequestStatusClassifier(
              StatusTrainer.train(split.train(), read, algorithm, cutoff), features, 0);
      ClassifierReport heldOut = new ClassifierReport();
      ClassifierReport heldOutConfident = new ClassifierReport();
      for (StatusTrainingSet.Thread t : split.test()) {
        RequestStatusClassifier.Prediction p = heldOutModel.best(read.get(t.name()));
        heldOut.add(t.status().label(), p.status().label());
        if (p.probability() >= RequestStatusClassifier.DEFAULT_THRESHOLD) {
          heldOutConfident.add(t.status().label(), p.status().label());
        }
      }
      w.printf(Locale.ROOT, "%nheld-out split (trained on %d threads):%n", split.train().size());
      w.print(heldOut.format());
      w.printf(
          Locale.ROOT,
          "%nanswering only at probability >= %.2f: %d of %d threads, accuracy %.3f%n",
          RequestStatusClassifier.DEFAULT_THRESHOLD,
          heldOutConfident.size(),
          heldOut.size(),
          heldOutConfident.accuracy());
      if (folds > 1) {
        crossValidate(w, threads, features, read);
        StatusPipelineReport.print(
            w, set, features, folds, seed, algorithm, cutoff, targetPrecision);
      }
      if (out != null) {
        DoccatModel model = StatusTrainer.train(threads, read, algorithm, cutoff);
        TrainCommand.write(model, out);
        w.printf(
            Locale.ROOT, "%nmodel trained on all %d threads written to %s%n", threads.size(), out);
      }
      w.flush();
      return 0;
    }

    private void crossValidate(
        PrintWriter w,
        List<StatusTrainingSet.Thread> threads,
        StatusFeatures features,
        Map<String, String[]> read)
        throws IOException {
      ClassifierReport report = new ClassifierReport();
      ClassifierReport confident = new ClassifierReport();
      for (int k = 0; k < folds; k++) {
        int fold = k;
        List<StatusTrainingSet.Thread> train =
            threads.stream().filter(t -> StatusTrainingSet.fold(t, folds) != fold).toList();
        RequestStatusClassifier classifier =
            new RequestStatusClassifier(
                StatusTrainer.train(train, read, algorithm, cutoff), features, 0);
        for (StatusTrainingSet.Thread t : threads) {
          if (StatusTrainingSet.fold(t, folds) == fold) {
            RequestStatusClassifier.Prediction p = classifier.best(read.get(t.name()));
            report.add(t.status().label(), p.status().label());
            if (p.probability() >= RequestStatusClassifier.DEFAULT_THRESHOLD) {
              confident.add(t.status().label(), p.status().label());
            }
          }
        }
      }
      w.printf(
          Locale.ROOT, "%n%d-fold cross-validation over all %d threads:%n", folds, threads.size());
      w.print(report.format());
      w.printf(
          Locale.ROOT,
          "%nanswering only at probability >= %.2f: %d of %d threads, accuracy %.3f%n",
          RequestStatusClassifier.DEFAULT_THRESHOLD,
          confident.size(),
          report.size(),
          confident.accuracy());
    }
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Train the person and organisation name finder from OpenNLP NameSample files (*.train in",
        "DIR: one tokenized sentence a line, names as <START:person> ... <END>). Prints k-fold",
        "cross-validation and, with --test, OpenNLP's evaluation on held-out sentences: precision,",
        "recall and F1 per type. With --out, writes a model trained on all of DIR. Training is",
        "deterministic: the same data gives the same model."
      })
  static final class Ner implements Callable<Integer> {

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "Folder of *.train files.")
    Path data;

    @Option(
        names = "--test",
        paramLabel = "FILE",
        description = "Held-out NameSample file to evaluate on.")
    Path test;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write the model trained on all of DIR here.")
    Path out;

    @Option(
        names = "--folds",
        paramLabel = "K",
        defaultValue = "10",
        description =
            "Cross-validation folds; 0 skips cross-validation (default: ${DEFAULT-VALUE}).")
    int folds;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter w = spec.commandLine().getOut();
      if (!Files.isDirectory(data)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "not a folder: " + data);
      }
      List<NameSample> samples = NerTrainer.readFolder(data);
      long names = samples.stream().mapToLong(s -> s.getNames().length).sum();
      w.printf(
          Locale.ROOT,
          "training sentences: %d, names: %d; maxent, %d iterations, cutoff %d%n",
          samples.size(),
          names,
          NerTrainer.ITERATIONS,
          NerTrainer.CUTOFF);
      if (folds > 1) {
        NameReport cv = new NameReport();
        NerTrainer.crossValidate(samples, folds, cv);
        w.printf(Locale.ROOT, "%n%d-fold cross-validation%n", folds);
        w.print(cv.format());
        w.flush();
      }
      TokenNameFinderModel model = NerTrainer.train(samples);
      if (test != null) {
        NameReport held = new NameReport();
        NerTrainer.evaluate(model, NerTrainer.read(test), held);
        w.printf(Locale.ROOT, "%nheld-out evaluation on %s%n", test);
        w.print(held.format());
      }
      if (out != null) {
        TrainCommand.write(model, out);
        w.printf(
            Locale.ROOT,
            "%nmodel trained on all %d sentences written to %s%n",
            samples.size(),
            out);
      }
      w.flush();
      return 0;
    }
  }

  /** Writes a trained model, making its folder when there is none. */
  static void write(BaseModel model, Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
  }
}
