package org.foilens.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foilens.model.Json;
import org.foilens.text.Sha256;

/**
 * The original file of an indexed document, read-only. Nothing a request says is a path: the
 * document is looked up by its id, and the file is the path the index recorded for it (or one of
 * its duplicates), resolved against the folder {@code serve --files} names, and only if its bytes
 * still hash to what was indexed. So a request reads the files of the index and nothing else, and
 * never a file that has changed since. PDFs open in the browser; text opens as plain text (an HTML
 * page as its source, never run); anything else downloads.
 */
final class OriginalFiles {

  /** A file's bytes to send, or why there are none. */
  record Found(String name, byte[] bytes, String contentType, boolean inline, String problem) {}

  /** The largest original the server sends (it reads it whole, to send the bytes it checked). */
  static final long MAX_BYTES = 200L * 1024 * 1024;

  private static final Map<String, String> TEXT_TYPES =
      Map.ofEntries(
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("eml", "text/plain; charset=utf-8"),
          Map.entry("mbox", "text/plain; charset=utf-8"),
          Map.entry("json", "text/plain; charset=utf-8"),
          Map.entry("html", "text/plain; charset=utf-8"),
          Map.entry("htm", "text/plain; charset=utf-8"),
          Map.entry("xml", "text/plain; charset=utf-8"),
          Map.entry("csv", "text/plain; charset=utf-8"),
          Map.entry("md", "text/plain; charset=utf-8"));

  private final Path root;

  /**
   * @param root the folder relative source paths are resolved against: where {@code ingest} ran
   */
  OriginalFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The original file of a document, given its contract record. */
  Found find(String contractJson) throws IOException {
    JsonNode d = Json.MAPPER.readTree(contractJson);
    String sha256 = d.path("sha256").asText(null);
    List<String> paths = new ArrayList<>();
    paths.add(d.path("source").asText());
    d.path("duplicates").forEach(p -> paths.add(p.asText()));
    for (String source : paths) {
      Path file = resolve(source);
      if (file == null
          || sha256 == null
          || !Files.isRegularFile(file)
          || Files.size(file) > MAX_BYTES) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file); // checked and sent alike, whatever happens to it now
      if (!sha256.equals(Sha256.hexOf(bytes))) {
        continue;
      }
      String name = file.getFileName().toString();
      String ext =
          name.contains(".")
              ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
              : "";
      if (ext.equals("pdf")) {
        return new Found(name, bytes, "application/pdf", true, null);
      }
      String text = TEXT_TYPES.get(ext);
      return text != null
          ? new Found(name, bytes, text, true, null)
          : new Found(name, bytes, "application/octet-stream", false, null);
    }
    return new Found(
        null,
        null,
        null,
        false,
        "the original of this document is no longer at "
            + paths.get(0)
            + " as it was ingested (moved or changed since)");
  }

  private Path resolve(String source) {
    try {
      Path p = Path.of(source);
      return (p.isAbsolute() ? p : root.resolve(p)).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
