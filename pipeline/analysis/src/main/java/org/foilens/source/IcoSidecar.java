package org.foilens.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.foilens.model.IcoListing;
import org.foilens.model.Json;

/**
 * The sidecar that {@code foilens fetch ico} writes beside each notice: {@code NAME.pdf} has its
 * listing metadata in {@code NAME.ico.json}. A sidecar is never a document of its own: the walker
 * skips it, and the pipeline reads it with its PDF.
 */
public final class IcoSidecar {

  public static final String SUFFIX = ".ico.json";

  private static final ObjectMapper JSON = Json.MAPPER;

  private IcoSidecar() {}

  /** Whether a file is a sidecar, by its name. */
  public static boolean isSidecar(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  /** The sidecar's place for a PDF: {@code x/IC-1-A.pdf} → {@code x/IC-1-A.ico.json}. */
  public static Path of(Path pdf) {
    String name = pdf.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return pdf.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
  }

  /** The PDF a sidecar belongs to. */
  public static Path pdfOf(Path sidecar) {
    String name = sidecar.getFileName().toString();
    return sidecar.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".pdf");
  }

  /**
   * The listing beside a file, or null when there is none.
   *
   * @throws IOException when a sidecar is there but cannot be read as one
   */
  public static IcoListing read(Path pdf) throws IOException {
    if (!pdf.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      return null;
    }
    Path sidecar = of(pdf);
    if (!Files.isRegularFile(sidecar)) {
      return null;
    }
    try {
      return JSON.readValue(sidecar.toFile(), IcoListing.class);
    } catch (IOException e) {
      throw new IOException("unreadable ICO listing sidecar " + sidecar + ": " + e.getMessage(), e);
    }
  }
}
