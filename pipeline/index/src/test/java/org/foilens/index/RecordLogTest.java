package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.foilens.TestData;
import org.foilens.model.Attachment;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogTest {

  @TempDir Path index;

  static DocumentRecord record(String source, String body) {
    List<Message> messages =
        List.of(
            new Message(
                "A Requester",
                MessageRole.REQUESTER,
                LocalDate.parse("2024-01-02"),
                "Please send",
                List.of(new Attachment("reply.pdf", "the reply's text"))));
    return new DocumentRecord(
        TestData.document(source, "sha-" + body, "foi_thread"),
        body,
        messages,
        "mail/x",
        "h1",
        Instant.ofEpochMilli(1_700_000_000_000L));
  }

  static List<DocumentRecord> live(Path index) throws IOException {
    List<DocumentRecord> out = new ArrayList<>();
    RecordLog.readLive(index, out::add);
    return out;
  }

  @Test
  void theLastPutOfAnIdWinsAndDeletesRemove() throws IOException {
    try (RecordLog log = RecordLog.open(index)) {
      log.write(record("a.eml", "first"));
      log.write(record("b.eml", "b"));
      log.write(record("a.eml", "second"));
      log.delete("b.eml");
      log.write(record("c.eml", "c"));
    }
    List<DocumentRecord> live = live(index);
    assertEquals(List.of("a.eml", "c.eml"), live.stream().map(r -> r.document().source()).toList());
    DocumentRecord a = live.get(0);
    assertEquals("second", a.body());
    assertEquals(record("a.eml", "second"), a, "a record reads back as it was written");
    assertEquals(2, RecordLog.countLive(index));
  }

  @Test
  void aLineTornByACrashIsCutWhenTheLogIsOpened() throws IOException {
    try (RecordLog log = RecordLog.open(index)) {
      log.write(record("a.eml", "a"));
    }
    Path file = index.resolve(RecordLog.FILE_NAME);
    Files.writeString(
        file, "{\"op\":\"put\",\"id\":\"torn", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (RecordLog log = RecordLog.open(index)) {
      log.write(record("b.eml", "b"));
    }
    assertEquals(
        List.of("a.eml", "b.eml"), live(index).stream().map(r -> r.document().source()).toList());
  }

  @Test
  void compactionKeepsOnlyTheLiveRecords() throws IOException {
    try (RecordLog log = RecordLog.open(index)) {
      for (int i = 0; i < 20; i++) {
        log.write(record("a.eml", "version " + i));
      }
      log.write(record("b.eml", "b"));
    }
    Path file = index.resolve(RecordLog.FILE_NAME);
    long before = Files.size(file);
    RecordLog.compact(file);
    assertTrue(Files.size(file) < before / 5, Files.size(file) + " of " + before);
    assertEquals(2, Files.readAllLines(file).size());
    assertEquals(
        List.of("version 19", "b"), live(index).stream().map(DocumentRecord::body).toList());
  }

  @Test
  void linesLongerThanAReadAndAcrossReadsComeBackWhole() throws IOException {
    List<String> bodies = new ArrayList<>();
    for (int i = 0;
        i < 40;
        i++) { // 1 to 200 KB: lines longer than one 64 KB read, and lines across reads
      bodies.add(("body " + i + " ").repeat(1 + i * 700 % 25_000));
    }
    try (RecordLog log = RecordLog.open(index)) {
      for (int i = 0; i < bodies.size(); i++) {
        log.write(record("m" + i + ".eml", bodies.get(i)));
      }
      log.write(record("m0.eml", "replaced"));
    }
    List<String> expected = new ArrayList<>(bodies.subList(1, bodies.size()));
    expected.add("replaced");
    assertEquals(expected, live(index).stream().map(DocumentRecord::body).toList());
    assertEquals(40, RecordLog.countLive(index));
  }
}
