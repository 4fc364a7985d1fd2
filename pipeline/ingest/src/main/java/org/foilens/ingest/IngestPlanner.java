package org.foilens.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.foilens.Analysis;
import org.foilens.Pipeline;
import org.foilens.index.IndexedDocument;
import org.foilens.index.IndexedDocuments;
import org.foilens.model.SourceDocument;
import org.foilens.source.SourceWalker;

/**
 * Decides what a run must do with each file: hashing is cheap, so every file is hashed and looked
 * up by its source path in the index and in the failure ledger; only new or changed files (or files
 * analyzed by another pipeline version) are parsed.
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
   *
   * <p>Files with the same content (the same SHA-256) form a group, stored once: under the group's
   * first path in name order, with the others as its {@code duplicates}. Groups are formed from
   * this run's files and the paths the index already knows for the same content, so that the result
   * depends only on which files exist, not on the order of runs.
   */
  public IngestPlan plan(List<Path> files, List<Path> roots, boolean prune) throws IOException {
    List<Analysis> unreadable = new ArrayList<>();
    Map<String, SourceDocument> found = new LinkedHashMap<>();
    Set<String> foundPaths = new HashSet<>();
    for (Path file : new LinkedHashSet<>(files)) {
      SourceDocument source;
      try {
        source = SourceWalker.describe(file);
      } catch (IOException e) {
        unreadable.add(Pipeline.unreadable(file, e));
        foundPaths.add(displayPath(file));
        continue;
      }
      if (foundPaths.add(source.displayPath())) { // not named twice, as a folder and a file in it
        found.put(source.displayPath(), source);
      }
    }
    List<String> rootPaths = roots.stream().map(IngestPlanner::displayPath).toList();
    Predicate<String> gone =
        p -> !foundPaths.contains(p) && prune && rootPaths.stream().anyMatch(r -> isUnder(p, r));

    // the contents to settle: those of this run's files, and those a file held before it changed
    Map<String, List<String>> bySha = new LinkedHashMap<>();
    for (SourceDocument s : found.values()) {
      bySha.computeIfAbsent(s.sha256(), k -> new ArrayList<>()).add(s.displayPath());
    }
    Set<String> contents = new LinkedHashSet<>(bySha.keySet());
    for (SourceDocument s : found.values()) {
      indexed.find(s.displayPath()).map(IndexedDocument::sha256).ifPresent(contents::add);
    }
    if (prune) {
      for (String root : rootPaths) {
        for (IndexedDocument d : indexed.withDuplicatesUnder(root)) {
          contents.add(d.sha256());
        }
      }
    }

    Builder plan = new Builder();
    for (String sha : contents) {
      if (sha == null) {
        continue;
      }
      List<IndexedDocument> docs = indexed.withSha256(sha);
      TreeSet<String> group = new TreeSet<>(bySha.getOrDefault(sha, List.of()));
      for (IndexedDocument d : docs) {
        for (String p : d.paths()) {
          if (!foundPaths.contains(p) && !gone.test(p)) {
            group.add(p); // indexed earlier, not part of this run: still a place of this content
          }
        }
      }
      plan.settle(sha, group, docs, found);
    }
    List<String> prunedDocuments = new ArrayList<>();
    List<String> prunedFailures = new ArrayList<>();
    if (prune) {
      for (String under : rootPaths) {
        for (String source : indexed.sourcesUnder(under)) {
          if (!foundPaths.contains(source)) {
            prunedDocuments.add(source);
          }
        }
        for (FailureEntry entry : ledger.entries()) {
          if (isUnder(entry.path(), under) && !foundPaths.contains(entry.path())) {
            prunedFailures.add(entry.path());
          }
        }
      }
    }
    return new IngestPlan(
        plan.toAnalyze,
        unreadable,
        plan.unchanged,
        plan.knownFailures,
        List.copyOf(plan.stale),
        List.copyOf(new LinkedHashSet<>(prunedDocuments)),
        List.copyOf(new LinkedHashSet<>(prunedFailures)));
  }

  /** The decisions, group by group. */
  private final class Builder {
    final List<SourceDocument> toAnalyze = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<FailureEntry> knownFailures = new ArrayList<>();
    final Set<String> stale = new LinkedHashSet<>();

    /** Decides for the paths of one content: nothing to do, known to fail, or analyze once. */
    void settle(
        String sha,
        TreeSet<String> group,
        List<IndexedDocument> docs,
        Map<String, SourceDocument> found)
        throws IOException {
      if (group.isEmpty()) { // every place of this content is gone or holds something else now
        for (IndexedDocument d : docs) {
          if (!found.containsKey(d.source())) {
            stale.add(d.source()); // a file still here is settled with its new content
          }
        }
        return;
      }
      String canonical = group.first();
      List<String> others = List.copyOf(group.tailSet(canonical, false));
      List<String> inRun = group.stream().filter(found::containsKey).toList();
      if (docs.size() == 1
          && docs.get(0).source().equals(canonical)
          && docs.get(0).isCurrent(sha, pipelineVersion)
          && docs.get(0).duplicates().equals(others)) {
        unchanged.addAll(inRun);
        return;
      }
      for (IndexedDocument d : docs) {
        if (!d.source().equals(canonical)) {
          stale.add(d.source());
        }
      }
      for (String p : others) {
        if (indexed.find(p).filter(d -> d.source().equals(p)).isPresent()) {
          stale.add(p); // stored on its own before it had company
        }
      }
      Optional<FailureEntry> failure = ledger.find(canonical);
      if (failure.isPresent() && failure.get().isSameAttempt(sha, pipelineVersion)) {
        for (String p : inRun) {
          knownFailures.add(
              ledger
                  .find(p)
                  .filter(f -> f.isSameAttempt(sha, pipelineVersion))
                  .orElse(failure.get().forPath(p)));
        }
        for (String p : inRun) {
          if (indexed.find(p).filter(d -> d.source().equals(p)).isPresent()) {
            stale.add(p); // its document, of this content or of what it held before, must go
          }
        }
        return;
      }
      SourceDocument source = found.get(canonical);
      if (source == null) { // the first place is not part of this run: read it there
        SourceDocument any = found.get(inRun.isEmpty() ? canonical : inRun.get(0));
        source =
            any != null
                ? new SourceDocument(any.path(), canonical, any.sha256(), any.size())
                : SourceWalker.describe(Path.of(canonical));
      }
      toAnalyze.add(source.withDuplicates(others));
    }
  }

  /** True when {@code path} is {@code root} or below it, both written as source paths are. */
  static boolean isUnder(String path, String root) {
    return path.equals(root) || path.startsWith(root.endsWith("/") ? root : root + "/");
  }

  private static String displayPath(Path p) {
    return p.toString().replace('\\', '/');
  }
}
