package org.foilens.index;

/**
 * What the index holds for one source file: enough to tell whether the file must be analyzed
 * again.
 *
 * @param source the source path as stored
 * @param sha256 the hash of the content that was indexed
 * @param pipelineVersion the pipeline that analyzed it, or null for documents indexed before the
 *     version was stored
 */
public record IndexedDocument(String source, String sha256, String pipelineVersion) {

  /** True when a file with this hash, analyzed by this pipeline, would give the same document. */
  public boolean isCurrent(String fileSha256, String runningPipelineVersion) {
    return sha256 != null
        && sha256.equals(fileSha256)
        && runningPipelineVersion.equals(pipelineVersion);
  }
}
