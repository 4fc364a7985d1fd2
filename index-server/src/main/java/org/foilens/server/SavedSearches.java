package org.foilens.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foilens.model.Json;

/**
 * The saved searches of one index, kept in {@code saved.json} in the index folder (or, for a
 * SolrCloud collection, in the folder {@code serve --data} names). The file is rewritten whole
 * through a temporary file and an atomic rename, so it is never half written. Thread-safe.
 */
final class SavedSearches {

  static final String FILE = "saved.json";
  static final int MAX_SEARCHES = 1_000;
  static final int MAX_NAME_CHARS = 200;

  /** A saved search: {@code query} in the search syntax, {@code created} an ISO instant. */
  record Saved(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("query") String query,
      @JsonProperty("created") String created) {}

  private static final ObjectMapper JSON = Json.MAPPER;
  private static final SecureRandom IDS = new SecureRandom();

  private final Path file;
  private final Map<String, Saved> byId = new LinkedHashMap<>();

  private SavedSearches(Path file) {
    this.file = file;
  }

  static SavedSearches load(Path folder) throws IOException {
    SavedSearches saved = new SavedSearches(folder.resolve(FILE));
    if (Files.isRegularFile(saved.file)) {
      try {
        for (Saved s : JSON.readValue(saved.file.toFile(), new TypeReference<List<Saved>>() {})) {
          saved.byId.put(s.id(), s);
        }
      } catch (IOException e) {
        throw new IOException(
            "cannot read the saved searches in " + saved.file + ": " + e.getMessage(), e);
      }
    }
    return saved;
  }

  /** Saves a search and returns it with its new id. */
  synchronized Saved add(String name, String query) throws IOException {
    if (byId.size() >= MAX_SEARCHES) {
      throw new IllegalStateException("there are already " + MAX_SEARCHES + " saved searches");
    }
    String id;
    do {
      byte[] random = new byte[6];
      IDS.nextBytes(random);
      id = HexFormat.of().formatHex(random);
    } while (byId.containsKey(id));
    Saved s = new Saved(id, name, query, Instant.now().toString());
    byId.put(id, s);
    try {
      write();
    } catch (IOException e) {
      byId.remove(id);
      throw e;
    }
    return s;
  }

  synchronized List<Saved> all() {
    return new ArrayList<>(byId.values());
  }

  synchronized Saved get(String id) {
    return byId.get(id);
  }

  private void write() throws IOException {
    Path tmp = file.resolveSibling(FILE + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new ArrayList<>(byId.values()));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
