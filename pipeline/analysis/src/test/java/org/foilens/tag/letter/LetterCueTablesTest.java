package org.foilens.tag.letter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.foilens.TestData;
import org.junit.jupiter.api.Test;

/**
 * Every row of the letter tables in {@code config/} reads the example sentence written for it: a
 * pattern that no longer matches its own example, or a row without one, fails here.
 */
class LetterCueTablesTest {

  private static Path config(String name) {
    return TestData.root().resolve("config").resolve(name);
  }

  @Test
  void everyDecisionCueReadsItsExample() throws Exception {
    everyRowReadsItsExample(LetterCues.read(config("letter-decision-cues.tsv"), "reading"));
  }

  @Test
  void everyVoiceCueReadsItsExample() throws Exception {
    LetterCues voices = LetterCues.read(config("letter-voices.tsv"), "voice");
    for (LetterCues.Cue c : voices.cues()) {
      assertFalse(c.example().isEmpty(), "no example for " + c.pattern());
      boolean read =
          c.reading().startsWith("heading")
              ? c.pattern().matcher(c.example()).matches()
              : c.pattern().matcher(c.example()).find();
      assertTrue(read, c.reading() + " " + c.pattern() + " does not read: " + c.example());
    }
  }

  @Test
  void everyThreadCueReadsItsExample() throws Exception {
    everyRowReadsItsExample(LetterCues.read(config("thread-status-cues.tsv"), "reading"));
  }

  @Test
  void everyReferenceRowFindsTheReferenceOfItsExample() throws Exception {
    LetterCues table = LetterCues.read(config("letter-references.tsv"), "kind");
    LetterReferenceFinder finder = new LetterReferenceFinder(table);
    for (LetterCues.Cue c : table.cues()) {
      String[] example = c.example().split("\\s*=>\\s*", -1);
      String expected = example.length > 1 ? example[1].strip() : "";
      var found = finder.find(example[0]);
      if (expected.isEmpty()) {
        assertTrue(found.isEmpty(), c.pattern() + " took " + found + " from " + example[0]);
      } else {
        assertTrue(found.contains(expected), c.pattern() + " found " + found + " in " + example[0]);
      }
    }
  }

  private static void everyRowReadsItsExample(LetterCues cues) {
    for (LetterCues.Cue c : cues.cues()) {
      assertFalse(c.example().isEmpty(), "no example for " + c.pattern());
      assertTrue(
          c.pattern().matcher(c.example()).find(),
          c.reading() + " " + c.pattern() + " does not read: " + c.example());
    }
  }
}
