package org.foilens.model;

import java.util.List;

/**
 * Where an analyzed document came from: {@code source}, {@code sha256}, and the facts about the
 * file beside its content, {@code listing} and {@code duplicates}.
 *
 * @param source the input's path as shown to people
 * @param sha256 the hash of its bytes, or null when it could not be read
 * @param listing the ICO's listing of a notice fetched with it, or null
 * @param duplicates the other paths of the same content, which the index stores once
 */
public record Origin(String source, String sha256, IcoListing listing, List<String> duplicates) {

  public Origin {
    duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
  }

  /** An input known only by its path and hash. */
  public static Origin of(String source, String sha256) {
    return new Origin(source, sha256, null, List.of());
  }
}
