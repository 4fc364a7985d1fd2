package org.foilens.ingest;

import java.util.List;
import org.foilens.Analysis;
import org.foilens.model.SourceDocument;

/**
 * What a run has to do, decided before any parsing from the files' hashes, the index and the
 * failure ledger.
 *
 * @param toAnalyze new files, changed files, and files last analyzed by another pipeline version,
 *     each with the other paths of the same content, which its document lists instead of being
 *     stored again
 * @param unreadable files that could not even be read to hash them, as failure records
 * @param unchanged source paths whose indexed document is current: skipped without parsing
 * @param knownFailures files that already failed with the same content and pipeline: not retried
 * @param staleDocuments source paths whose indexed document must go because the file now fails
 * @param prunedDocuments source paths indexed under the run's paths whose files are gone (--prune)
 * @param prunedFailures ledger paths under the run's paths whose files are gone (--prune)
 */
public record IngestPlan(
    List<SourceDocument> toAnalyze,
    List<Analysis> unreadable,
    List<String> unchanged,
    List<FailureEntry> knownFailures,
    List<String> staleDocuments,
    List<String> prunedDocuments,
    List<String> prunedFailures) {

  public IngestPlan {
    toAnalyze = List.copyOf(toAnalyze);
    unreadable = List.copyOf(unreadable);
    unchanged = List.copyOf(unchanged);
    knownFailures = List.copyOf(knownFailures);
    staleDocuments = List.copyOf(staleDocuments);
    prunedDocuments = List.copyOf(prunedDocuments);
    prunedFailures = List.copyOf(prunedFailures);
  }

  /** How many inputs this run accounts for: every file found under the run's paths. */
  public int inputs() {
    int linked = toAnalyze.stream().mapToInt(s -> s.duplicates().size()).sum();
    return toAnalyze.size() + linked + unreadable.size() + unchanged.size() + knownFailures.size();
  }
}
