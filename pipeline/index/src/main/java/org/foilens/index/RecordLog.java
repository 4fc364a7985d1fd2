package org.foilens.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;
import org.foilens.model.Message;

/**
 * The analyzed records of an index, kept beside it ({@code INDEX/records.jsonl}) so that the index
 * can be rebuilt, into a new folder or into SolrCloud, without parsing a file again. One JSON
 * object per line: {@code {"op":"put","id":…,"ingested":…,"mail_set":…,"mail_set_sha":…,
 * "document":{the contract},"body":…,"messages":[…]}} or {@code {"op":"delete","id":…}}.
 *
 * <p>Why one append-only log: an ingest writes documents in no order of id, and appending is the
 * cheapest durable write there is (one sequential file, flushed and forced at the ingest's commit
 * points, before the index commits, so the index never holds a document its log lacks); a line torn
 * by a crash comes after the last commit and is cut off when the log is next opened. The last line
 * of an id wins. Replaced and deleted records are garbage; when the log is over {@value
 * #COMPACT_MIN_BYTES} bytes and more than half of its lines are garbage, closing it rewrites it
 * with only the live records (into a new file, then an atomic rename).
 */
public final class RecordLog implements IndexSink {

  public static final String FILE_NAME = "records.jsonl";
  static final long COMPACT_MIN_BYTES = 16L << 20;

  private static final ObjectMapper JSON = Json.MAPPER;

  private final Path file;
  private final FileChannel channel;
  private final Writer out;
  private boolean appended;

  private RecordLog(Path file) throws IOException {
    this.file = file;
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    cutTornLine();
    channel.position(channel.size());
    this.out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
  }

  /** The log of an index folder, created when missing, open for appending. */
  public static RecordLog open(Path index) throws IOException {
    Files.createDirectories(index);
    return new RecordLog(index.resolve(FILE_NAME));
  }

  /** Cuts a last line left without its newline by a crash: it was never committed. */
  private void cutTornLine() throws IOException {
    long size = channel.size();
    if (size == 0) {
      return;
    }
    ByteBuffer one = ByteBuffer.allocate(1);
    long end = size;
    while (end > 0) {
      one.clear();
      channel.read(one, end - 1);
      if (one.get(0) == '\n') {
        break;
      }
      end--;
    }
    if (end < size) {
      channel.truncate(end);
    }
  }

  @Override
  public synchronized void write(DocumentRecord record) throws IOException {
    ObjectNode line = JSON.createObjectNode();
    line.put("op", "put");
    line.put("id", record.id());
    line.put("ingested", record.ingested().toEpochMilli());
    line.put("mail_set", record.mailSet());
    line.put("mail_set_sha", record.mailSetSha());
    line.set("document", JSON.valueToTree(record.document()));
    line.put("body", record.body());
    line.set("messages", JSON.valueToTree(record.messages()));
    append(line);
  }

  @Override
  public synchronized void delete(String source) throws IOException {
    ObjectNode line = JSON.createObjectNode();
    line.put("op", "delete");
    line.put("id", IndexSchema.idFor(source));
    append(line);
  }

  private void append(ObjectNode line) throws IOException {
    out.write(JSON.writeValueAsString(line));
    out.write('\n');
    appended = true;
  }

  /** Flushes the appended lines and forces them to disk. */
  @Override
  public synchronized void commit() throws IOException {
    out.flush();
    channel.force(false);
  }

  /** Commits, and compacts the log when it is mostly garbage. */
  @Override
  public synchronized void close() throws IOException {
    try {
      commit();
    } finally {
      out.close(); // closes the channel
    }
    if (appended && Files.size(file) > COMPACT_MIN_BYTES) {
      compact(file);
    }
  }

  /** Rewrites a log with only its live records, when more than half of its lines are garbage. */
  static void compact(Path file) throws IOException {
    Live live = live(file);
    if (live.lines() <= 2L * live.offsets().size()) {
      return;
    }
    Path temp = file.resolveSibling(FILE_NAME + ".compacting");
    Set<Long> keep = new HashSet<>(live.offsets().values());
    try (var target = Files.newOutputStream(temp)) {
      scan(
          file,
          (offset, bytes) -> {
            if (keep.contains(offset)) {
              try {
                target.write(bytes);
                target.write('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    }
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The records of an index's log that are live (last put of an id, not deleted after), in log
   * order.
   */
  public static void readLive(Path index, Consumer<DocumentRecord> consumer) throws IOException {
    Path file = index.resolve(FILE_NAME);
    Set<Long> keep = new HashSet<>(live(file).offsets().values());
    scan(
        file,
        (offset, bytes) -> {
          if (keep.contains(offset)) {
            try {
              consumer.accept(parse(JSON.readTree(bytes)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }

  /** How many live records an index's log holds. */
  public static int countLive(Path index) throws IOException {
    return live(index.resolve(FILE_NAME)).offsets().size();
  }

  static DocumentRecord parse(JsonNode line) throws IOException {
    AnalyzedDocument doc = JSON.treeToValue(line.get("document"), AnalyzedDocument.class);
    List<Message> messages = new ArrayList<>();
    for (JsonNode m : line.path("messages")) {
      messages.add(JSON.treeToValue(m, Message.class));
    }
    return new DocumentRecord(
        doc,
        line.path("body").asText(),
        messages,
        text(line, "mail_set"),
        text(line, "mail_set_sha"),
        Instant.ofEpochMilli(line.path("ingested").asLong()));
  }

  private static String text(JsonNode line, String field) {
    JsonNode v = line.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * @param offsets each id's last put line's offset, without the ids deleted after it
   * @param lines the lines of the log, live or not
   */
  private record Live(Map<String, Long> offsets, long lines) {}

  /** Which lines of a log are live; reads only each line's op and id. */
  private static Live live(Path file) throws IOException {
    Map<String, Long> live = new HashMap<>();
    long[] lines = {0};
    if (!Files.exists(file)) {
      throw new IOException("no records log at " + file + " (it is written by ingest)");
    }
    scan(
        file,
        (offset, bytes) -> {
          lines[0]++;
          try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            String op = null;
            String id = null;
            p.nextToken();
            while ((op == null || id == null) && p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              if (name.equals("op")) {
                op = p.getText();
              } else if (name.equals("id")) {
                id = p.getText();
              } else {
                p.skipChildren();
              }
            }
            if ("put".equals(op)) {
              live.put(id, offset);
            } else if ("delete".equals(op)) {
              live.remove(id);
            }
          } catch (IOException e) {
            throw new UncheckedIOException("unreadable line at byte " + offset + " of " + file, e);
          }
        });
    return new Live(live, lines[0]);
  }

  private interface LineConsumer {
    void accept(long offset, byte[] line);
  }

  /** Calls back with each line (without its newline) and the byte offset where it starts. */
  private static void scan(Path file, LineConsumer consumer) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      byte[] line = new byte[1 << 16];
      int lineLength = 0;
      long lineStart = 0;
      long chunkStart = 0;
      int n;
      while ((n = in.read(chunk)) != -1) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          line = append(line, lineLength, chunk, from, i - from);
          consumer.accept(lineStart, Arrays.copyOf(line, lineLength + i - from));
          lineLength = 0;
          from = i + 1;
          lineStart = chunkStart + from;
        }
        line = append(line, lineLength, chunk, from, n - from);
        lineLength += n - from;
        chunkStart += n;
      }
      if (lineLength > 0) {
        consumer.accept(lineStart, Arrays.copyOf(line, lineLength));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Copies bytes after the first {@code length} of {@code line}, growing it when needed. */
  private static byte[] append(byte[] line, int length, byte[] bytes, int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(bytes, from, line, length, count);
    return line;
  }
}
