package org.foilens.index;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the index's commit user data says about ingest runs: when the last run completed and with
 * which pipeline, and whether a run is under way (or was killed). It is written in the same commit
 * as the documents, so it can never claim a run completed whose documents were not committed.
 *
 * @param lastRun when the last completed run finished, or null when none has
 * @param lastRunPipelineVersion the pipeline version of that run, or null
 * @param runStarted when a run that has not completed started (it may still be going, or have been
 *     killed), or null
 */
public record RunRecord(Instant lastRun, String lastRunPipelineVersion, Instant runStarted) {

  static final String LAST_RUN = "foilens.last_run";
  static final String LAST_RUN_PIPELINE_VERSION = "foilens.last_run_pipeline_version";
  static final String RUN_STARTED = "foilens.run_started";

  public static RunRecord fromCommitData(Map<String, String> data) {
    return new RunRecord(
        instant(data.get(LAST_RUN)),
        data.get(LAST_RUN_PIPELINE_VERSION),
        instant(data.get(RUN_STARTED)));
  }

  /** The same record with a run under way since {@code started}. */
  public RunRecord started(Instant started) {
    return new RunRecord(lastRun, lastRunPipelineVersion, started);
  }

  /** The record once the run under way has completed. */
  public RunRecord completed(Instant finished, String pipelineVersion) {
    return new RunRecord(finished, pipelineVersion, null);
  }

  Map<String, String> toCommitData() {
    Map<String, String> data = new HashMap<>();
    if (lastRun != null) {
      data.put(LAST_RUN, lastRun.toString());
      data.put(LAST_RUN_PIPELINE_VERSION, lastRunPipelineVersion);
    }
    if (runStarted != null) {
      data.put(RUN_STARTED, runStarted.toString());
    }
    return data;
  }

  private static Instant instant(String value) {
    return value == null ? null : Instant.parse(value);
  }
}
