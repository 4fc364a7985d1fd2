package org.foilens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.foilens.model.Json;

/**
 * {@code failures.jsonl} in the index folder: one JSON line per input that is not in the index, at
 * most one per path. It is held in memory and rewritten whole, through a temporary file and an
 * atomic move, so a process killed at any moment leaves either the old ledger or the new one, never
 * a torn line. Thread-safe.
 */
public final class FailureLedger {

  public static final String FILE_NAME = "failures.jsonl";

  private static final ObjectMapper JSON = Json.MAPPER;

  private final Path file;
  private final Map<String, FailureEntry> byPath = new TreeMap<>();
  private boolean changed;

  private FailureLedger(Path file) {
    this.file = file;
  }

  /** Reads the ledger of an index folder; a folder without one has an empty ledger. */
  public static FailureLedger load(Path indexFolder) throws IOException {
    FailureLedger ledger = new FailureLedger(indexFolder.resolve(FILE_NAME));
    if (!Files.exists(ledger.file)) {
      return ledger;
    }
    List<String> lines = Files.readAllLines(ledger.file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      FailureEntry entry;
      try {
        entry = JSON.readValue(lines.get(i), FailureEntry.class);
      } catch (JsonProcessingException e) {
        throw new IOException(
            ledger.file
                + " line "
                + (i + 1)
                + " is not a failure record: "
                + e.getOriginalMessage(),
            e);
      }
      ledger.byPath.put(entry.path(), entry); // older ledgers could repeat a path; the last wins
    }
    ledger.changed = ledger.byPath.size() != lines.stream().filter(l -> !l.isBlank()).count();
    return ledger;
  }

  public synchronized Optional<FailureEntry> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  public synchronized List<FailureEntry> entries() {
    return List.copyOf(byPath.values());
  }

  /** Records a failure, replacing any earlier one for the same path. */
  public synchronized void record(FailureEntry entry) {
    byPath.put(entry.path(), entry);
    changed = true;
  }

  /** Forgets the failure of a path, if there is one. */
  public synchronized void remove(String path) {
    changed |= byPath.remove(path) != null;
  }

  /** Forgets every failure whose path matches. */
  public synchronized List<String> removeIf(Predicate<String> path) {
    List<String> removed = new ArrayList<>();
    byPath.keySet().removeIf(p -> path.test(p) && removed.add(p));
    changed |= !removed.isEmpty();
    return removed;
  }

  /** Writes the ledger when it changed: a temporary file, synced, then moved over the old one. */
  public synchronized void save() throws IOException {
    if (!changed) {
      return;
    }
    Path temp = file.resolveSibling(FILE_NAME + ".tmp");
    try (FileChannel channel =
            FileChannel.open(
                temp,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        OutputStream stream = Channels.newOutputStream(channel);
        BufferedWriter out =
            new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
      for (FailureEntry entry : byPath.values()) {
        out.write(JSON.writeValueAsString(entry));
        out.write('\n');
      }
      out.flush();
      channel.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    changed = false;
  }
}
