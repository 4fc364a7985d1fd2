package org.foilens.fetch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.foilens.model.Json;

/**
 * The items an importer could not fetch on its last run, in {@code
 * OUT/.foilens-fetch/failures.jsonl} (hidden, so that {@code ingest OUT} does not read it): one
 * JSON line per item with the URL, the HTTP status if there was one, and the reason. Rewritten
 * whole through a temporary file at the end of each run; a later run tries those items again.
 */
public final class FetchLedger {

  /** One item that could not be fetched. */
  @JsonPropertyOrder({"item", "url", "status", "reason", "time"})
  public record Entry(
      @JsonProperty("item") String item,
      @JsonProperty("url") String url,
      @JsonProperty("status") Integer status,
      @JsonProperty("reason") String reason,
      @JsonProperty("time") String time) {}

  private static final ObjectMapper JSON = Json.MAPPER;

  private final Path file;
  private final List<Entry> entries = new ArrayList<>();

  public FetchLedger(Path outDir) {
    this.file = outDir.resolve(".foilens-fetch").resolve("failures.jsonl");
  }

  public Path file() {
    return file;
  }

  /** Records an item that failed, with what the server or the connection said. */
  public void add(String item, String url, IOException e) {
    Integer status = e instanceof HttpStatusException h ? h.status() : null;
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    entries.add(new Entry(item, url, status, reason, Instant.now().toString()));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Writes this run's failures, replacing the last run's; removes the file when there are none. */
  public void write() throws IOException {
    if (entries.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    Files.createDirectories(file.getParent());
    StringBuilder sb = new StringBuilder();
    for (Entry e : entries) {
      sb.append(JSON.writeValueAsString(e)).append('\n');
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Reads a ledger written by {@link #write()}; empty when there is none. */
  public static List<Entry> read(Path outDir) throws IOException {
    Path f = outDir.resolve(".foilens-fetch").resolve("failures.jsonl");
    if (!Files.exists(f)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readValue(line, Entry.class));
      }
    }
    return out;
  }
}
