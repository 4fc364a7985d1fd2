package org.foilens.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.foilens.model.FailureRecord;

/**
 * One line of the failure ledger: an input that did not make it into the index, why, and with which
 * content and pipeline, so that a re-run knows whether trying again could help.
 *
 * @param path the input's path as given on the command line
 * @param sha256 the input's hash, or null when it could not be read
 * @param stage the stage that gave up: source, extract, structure, tag or index
 * @param reason a sentence for people
 * @param cause the class of the exception behind it, or null
 * @param pipelineVersion the pipeline that tried, or null in ledgers written before it was kept
 * @param time when it failed (ISO-8601)
 */
@JsonPropertyOrder({"path", "sha256", "stage", "reason", "cause", "pipeline_version", "time"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FailureEntry(
    @JsonProperty("path") String path,
    @JsonProperty("sha256") String sha256,
    @JsonProperty("stage") String stage,
    @JsonProperty("reason") String reason,
    @JsonProperty("cause") String cause,
    @JsonProperty("pipeline_version") String pipelineVersion,
    @JsonProperty("time") String time) {

  public static FailureEntry of(FailureRecord failure, String pipelineVersion, Instant time) {
    return new FailureEntry(
        failure.source(),
        failure.sha256(),
        failure.stage(),
        failure.reason(),
        failure.causeClass(),
        pipelineVersion,
        time.toString());
  }

  /** The same failure for another path of the same content. */
  public FailureEntry forPath(String other) {
    String r = reason == null || path == null ? reason : reason.replace(path, other);
    return new FailureEntry(other, sha256, stage, r, cause, pipelineVersion, time);
  }

  /** True when the same content already failed with the same pipeline: trying again cannot help. */
  public boolean isSameAttempt(String fileSha256, String runningPipelineVersion) {
    return sha256 != null
        && sha256.equals(fileSha256)
        && runningPipelineVersion.equals(pipelineVersion);
  }

  /**
   * The reason without the input's own path in it, so that failures of one kind group together:
   * "cannot parse a.xml: XML parse error" becomes "cannot parse: XML parse error".
   */
  @JsonIgnore
  public String reasonWithoutPath() {
    if (reason == null) {
      return stage;
    }
    if (path == null || path.isEmpty() || !reason.contains(path)) {
      return reason;
    }
    String r = reason.replace(": " + path, "").replace(" " + path + ":", ":").replace(path, "");
    return r.strip();
  }
}
