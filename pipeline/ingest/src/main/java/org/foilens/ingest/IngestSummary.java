package org.foilens.ingest;

import java.time.Duration;
import java.util.Map;

/**
 * What one run did.
 *
 * @param indexedByKind documents analyzed and indexed in this run, by kind
 * @param unchanged files skipped because their indexed document is current
 * @param knownFailures files skipped because they already failed with the same content and pipeline
 *     (they are counted in {@code failuresByReason} too)
 * @param failuresByReason every input of this run that is in the failure ledger, by reason
 * @param pruned documents and failure records removed because their files are gone
 * @param duplicates files of this run found to hold the same content as an indexed document, listed
 *     in that document instead of being stored again
 * @param elapsed wall-clock time of the run
 */
public record IngestSummary(
    Map<String, Integer> indexedByKind,
    int unchanged,
    int knownFailures,
    Map<String, Integer> failuresByReason,
    int pruned,
    int duplicates,
    Duration elapsed) {

  public IngestSummary {
    indexedByKind = Map.copyOf(indexedByKind);
    failuresByReason = Map.copyOf(failuresByReason);
  }

  public int indexed() {
    return indexedByKind.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int failed() {
    return failuresByReason.values().stream().mapToInt(Integer::intValue).sum();
  }
}
