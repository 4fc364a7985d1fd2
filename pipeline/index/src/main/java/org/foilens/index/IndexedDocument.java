package org.foilens.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What the index holds for one source file: enough to tell whether the file must be analyzed again.
 *
 * @param source the source path as stored
 * @param sha256 the hash of the content that was indexed
 * @param pipelineVersion the pipeline that analyzed it, or null for documents indexed before the
 *     version was stored
 * @param duplicates the other source paths of the same content, stored once under {@code source}
 */
public record IndexedDocument(
    String source, String sha256, String pipelineVersion, List<String> duplicates) {

  public IndexedDocument {
    duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
  }

  /** The source and its duplicates: every path where this content was found. */
  public List<String> paths() {
    List<String> all = new ArrayList<>(duplicates.size() + 1);
    all.add(source);
    all.addAll(duplicates);
    return all;
  }

  /** True when a file with this hash, analyzed by this pipeline, would give the same document. */
  public boolean isCurrent(String fileSha256, String runningPipelineVersion) {
    return sha256 != null
        && sha256.equals(fileSha256)
        && runningPipelineVersion.equals(pipelineVersion);
  }
}
