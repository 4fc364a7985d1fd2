package org.foilens.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One input file as found by a source: where it is, how it is shown to people, its content hash,
 * and what is known about it beside its content.
 *
 * @param path the file on disk
 * @param displayPath the path as given on the command line (relative where the user gave it so)
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param size bytes
 * @param listing the ICO's listing of the notice, from a sidecar beside the file, or null
 * @param duplicates the other paths of the same content in the same run, stored once under this
 *     one's
 */
public record SourceDocument(
    Path path,
    String displayPath,
    String sha256,
    long size,
    IcoListing listing,
    List<String> duplicates) {

  public SourceDocument {
    duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
  }

  /** A file found on its own: no listing, no duplicates. */
  public SourceDocument(Path path, String displayPath, String sha256, long size) {
    this(path, displayPath, sha256, size, null, List.of());
  }

  /** The same file with the ICO's listing of it. */
  public SourceDocument withListing(IcoListing newListing) {
    return new SourceDocument(path, displayPath, sha256, size, newListing, duplicates);
  }

  /** The same file, found also under other paths. */
  public SourceDocument withDuplicates(List<String> paths) {
    return new SourceDocument(path, displayPath, sha256, size, listing, paths);
  }

  /** Where an analyzed record says it came from. */
  public Origin origin() {
    return new Origin(displayPath, sha256, listing, duplicates);
  }
}
