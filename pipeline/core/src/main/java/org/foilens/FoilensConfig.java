package org.foilens;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where foilens finds its configuration folder ({@code config/}: Tika configuration, legislation
 * tables, gazetteers). In order: the system property {@code foilens.config}, the environment
 * variable {@code FOILENS_CONFIG}, then a {@code config/} folder in the working directory or any
 * folder above it.
 */
public record FoilensConfig(Path dir) {

  public static FoilensConfig locate() {
    String explicit = System.getProperty("foilens.config", System.getenv("FOILENS_CONFIG"));
    if (explicit != null && !explicit.isBlank()) {
      return of(Path.of(explicit));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("config/tika-config.xml"))) {
        return new FoilensConfig(p.resolve("config"));
      }
    }
    throw new IllegalStateException(
        "cannot find foilens's config/ folder: run from the foilens folder, or set FOILENS_CONFIG");
  }

  public static FoilensConfig of(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("configuration folder does not exist: " + dir);
    }
    return new FoilensConfig(dir);
  }

  public Path file(String relative) {
    return dir.resolve(relative);
  }
}
