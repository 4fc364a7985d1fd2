package org.foilens.tag.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.foilens.StageException;
import org.foilens.extract.WdtkJsonExtractor;
import org.foilens.model.Extraction;
import org.foilens.model.Message;
import org.foilens.model.RequestStatus;
import org.foilens.source.SourceWalker;
import org.foilens.structure.MessageAssembler;
import org.foilens.structure.RequestStatusLabels;

/**
 * Labelled threads for the request-status categorizer: WhatDoTheyKnow JSON exports whose {@code
 * display_status} maps to the contract's vocabulary ("Awaiting classification" is no label). The
 * label is read from the export and kept apart from the messages, which are read through the same
 * extractor and assembler as the pipeline's. Each thread falls into one of k folds by a stable hash
 * of its file name, for cross-validation.
 */
public final class StatusTrainingSet {

  /** One labelled thread. */
  public record Thread(String name, RequestStatus status, List<Message> messages) {}

  private final List<Thread> threads = new ArrayList<>();

  public static StatusTrainingSet read(List<Path> folders) throws IOException {
    StatusTrainingSet set = new StatusTrainingSet();
    WdtkJsonExtractor extractor = new WdtkJsonExtractor();
    MessageAssembler assembler = new MessageAssembler();
    for (Path folder : folders) {
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path file : files) {
        Extraction ex;
        try {
          ex = extractor.apply(SourceWalker.describe(file));
        } catch (StageException e) {
          throw new IOException("cannot read training thread " + file + ": " + e.getMessage(), e);
        }
        RequestStatus status =
            RequestStatusLabels.fromDisplayStatus(ex.properties().get("wdtk.status"));
        if (status == null) {
          continue;
        }
        String name = file.getFileName().toString();
        set.threads.add(new Thread(name, status, assembler.assemble(ex)));
      }
    }
    return set;
  }

  public List<Thread> all() {
    return threads;
  }

  /** A split into threads to train on and threads held out to test on. */
  public record Split(List<Thread> train, List<Thread> test) {}

  /**
   * A stratified split: within each status, threads ordered by file name are shuffled with a fixed
   * seed and the first {@code fraction} of them (at least one where a status has two or more
   * threads) are held out. The same data, fraction and seed give the same split.
   */
  public Split split(double fraction, long seed) {
    Map<String, List<Thread>> byStatus = new TreeMap<>();
    threads.forEach(
        t -> byStatus.computeIfAbsent(t.status().label(), k -> new ArrayList<>()).add(t));
    Set<String> held = new HashSet<>();
    for (List<Thread> group : byStatus.values()) {
      List<Thread> shuffled = new ArrayList<>(group);
      shuffled.sort(Comparator.comparing(Thread::name));
      Collections.shuffle(shuffled, new Random(seed));
      int n = group.size() < 2 ? 0 : Math.max(1, (int) Math.round(group.size() * fraction));
      shuffled.subList(0, n).forEach(t -> held.add(t.name()));
    }
    return new Split(
        threads.stream().filter(t -> !held.contains(t.name())).toList(),
        threads.stream().filter(t -> held.contains(t.name())).toList());
  }

  /**
   * Stratified folds: within each status, threads ordered by file name are shuffled with a fixed
   * seed and dealt to the k folds in turn, so each fold holds its share of every status (a status
   * with fewer threads than folds is in fewer folds). Threads are whole units: a thread is in one
   * fold only. The same data, k and seed give the same folds.
   *
   * @return each thread's fold (0 to k-1), by name
   */
  public Map<String, Integer> stratifiedFolds(int k, long seed) {
    return stratifiedFolds(threads, k, seed);
  }

  /** Stratified folds of some of the threads (see {@link #stratifiedFolds(int, long)}). */
  public static Map<String, Integer> stratifiedFolds(List<Thread> threads, int k, long seed) {
    Map<String, List<Thread>> byStatus = new TreeMap<>();
    threads.forEach(
        t -> byStatus.computeIfAbsent(t.status().label(), x -> new ArrayList<>()).add(t));
    Map<String, Integer> folds = new java.util.HashMap<>();
    int next = 0;
    for (List<Thread> group : byStatus.values()) {
      List<Thread> shuffled = new ArrayList<>(group);
      shuffled.sort(Comparator.comparing(Thread::name));
      Collections.shuffle(shuffled, new Random(seed));
      for (Thread t : shuffled) {
        folds.put(t.name(), next % k);
        next++; // carried across statuses, so small classes do not all land in fold 0
      }
    }
    return folds;
  }

  /** The fold (0 to k-1) a thread belongs to. */
  public static int fold(Thread t, int k) {
    return Math.floorMod(t.name().hashCode(), k);
  }
}
