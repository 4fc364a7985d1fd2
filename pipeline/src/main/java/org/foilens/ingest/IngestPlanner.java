package org.foilens.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.foilens.Analysis;
import org.foilens.Pipeline;
import org.foilens.index.IndexedDocument;
import org.foilens.index.IndexedDocuments;
import org.foilens.model.SourceDocument;
import org.foilens.source.SourceWalker;

/**
 * Decides what a run must do with each file: hashing is cheap, so every file is hashed and looked
 * up by its source path in the index and in the failure ledger; only new or changed files (or
 * files analyzed by another pipeline version) are parsed.
 */
public final class IngestPlanner {

  private final IndexedDocuments indexed;
  private final FailureLedger ledger;
  private final String pipelineVersion;

  public IngestPlanner(IndexedDocuments indexed, FailureLedger ledger, String pipelineVersion) {
    this.indexed = indexed;
    this.ledger = ledger;
    this.pipelineVersion = pipelineVersion;
  }

  /**
   * Plans a run over {@code files}, found under {@code roots}; with {@code prune}, what is indexed
   * or listed as failed under those roots but no longer found there is to be removed.
   */
  public IngestPlan plan(List<Path> files, List<Path> roots, boolean prune) throws IOException {
    List<SourceDocument> toAnalyze = new ArrayList<>();
    List<Analysis> unreadable = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<FailureEntry> knownFailures = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    Set<String> found = new HashSet<>();
    for (Path file : new LinkedHashSet<>(files)) {
      SourceDocument source;
      try {
        source = SourceWalker.describe(file);
      } catch (IOException e) {
        unreadable.add(Pipeline.unreadable(file, e));
        found.add(displayPath(file));
        continue;
      }
      if (!found.add(source.displayPath())) {
        continue; // named twice on the command line, e.g. a folder and a file inside it
      }
      Optional<IndexedDocument> doc = indexed.find(source.displayPath());
      Optional<FailureEntry> failure = ledger.find(source.displayPath());
      if (doc.isPresent() && doc.get().isCurrent(source.sha256(), pipelineVersion)) {
        unchanged.add(source.displayPath());
      } else if (failure.isPresent() && failure.get().isSameAttempt(source.sha256(), pipelineVersion)) {
        knownFailures.add(failure.get());
        if (doc.isPresent()) {
          stale.add(source.displayPath());
        }
      } else {
        toAnalyze.add(source);
      }
    }
    List<String> prunedDocuments = new ArrayList<>();
    List<String> prunedFailures = new ArrayList<>();
    if (prune) {
      for (Path root : roots) {
        String under = displayPath(root);
        for (String source : indexed.sourcesUnder(under)) {
          if (!found.contains(source)) {
            prunedDocuments.add(source);
          }
        }
        for (FailureEntry entry : ledger.entries()) {
          if (isUnder(entry.path(), under) && !found.contains(entry.path())) {
            prunedFailures.add(entry.path());
          }
        }
      }
    }
    return new IngestPlan(
        toAnalyze, unreadable, unchanged, knownFailures, stale,
        List.copyOf(new LinkedHashSet<>(prunedDocuments)),
        List.copyOf(new LinkedHashSet<>(prunedFailures)));
  }

  /** True when {@code path} is {@code root} or below it, both written as source paths are. */
  static boolean isUnder(String path, String root) {
    return path.equals(root) || path.startsWith(root.endsWith("/") ? root : root + "/");
  }

  private static String displayPath(Path p) {
    return p.toString().replace('\\', '/');
  }
}
