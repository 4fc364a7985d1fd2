package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.foilens.TestData;
import org.junit.jupiter.api.Test;

/**
 * {@link ScannedSentences} gives the JDK's sentence boundaries, as the JDK's forward pass finds
 * them, for every question a highlighter asks at every offset: on the corpus's own writing, on
 * generated legal prose full of the abbreviations and numbers that trip sentence rules, and on a
 * slice of a text.
 */
class ScannedSentencesTest {

  private static final String[] PIECES = {
    "The Commissioner's decision is that the council was entitled to rely on s. 40(2).",
    "Mr. Smith asked, on 3 Jan. 2021, for \"all e.g. minutes\".",
    "Was section 12 engaged?",
    "No!",
    "See para. 14.2 and reg. 12(4)(b) EIR",
    "\n\n",
    "1. Background\n",
    "  ",
    "The request (ref. FOI-2023/0147) was refused… The requester appealed.",
    "",
  };

  @Test
  void generatedProseBreaksAsTheJdkBreaksIt() {
    Random random = new Random(20261203);
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      compare(text.toString(), 0, text.length());
    }
  }

  @Test
  void theCorpusBreaksAsTheJdkBreaksIt() throws Exception {
    List<Path> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestData.root().resolve("corpus"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(texts::add);
    }
    for (Path f : texts) {
      compare(Files.readString(f), 0, Files.readString(f).length());
    }
    assertEquals(true, texts.size() >= 2, "the corpus has written text: " + texts);
  }

  @Test
  void aSliceOfATextBreaksAsTheJdkBreaksIt() {
    String text = String.join(" ", PIECES);
    compare(text, 20, text.length() - 15);
    compare(text, 0, 0);
  }

  @Test
  void anOffsetOutsideTheTextIsRefusedAsTheJdkRefusesIt() {
    ScannedSentences ours = new ScannedSentences();
    ours.setText("One. Two.");
    assertThrows(IllegalArgumentException.class, () -> ours.following(10));
    assertThrows(IllegalArgumentException.class, () -> ours.preceding(-1));
  }

  /**
   * Ours against the JDK's boundaries as its forward pass finds them: every boundary forwards and
   * backwards, and the boundary before and after every offset. (The JDK's own backward rules do not
   * always agree with its forward ones: going backwards over the evaluation notes of the corpus
   * finds a break the forward pass does not.)
   */
  private static void compare(String text, int begin, int end) {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(new StringCharacterIterator(text, begin, end, begin));
    List<Integer> bounds = new ArrayList<>();
    for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
      bounds.add(b);
    }
    ScannedSentences ours = new ScannedSentences();
    ours.setText(new StringCharacterIterator(text, begin, end, begin));
    String where = " in \"" + text.substring(begin, end) + "\"";
    assertEquals(bounds.get(0), ours.first(), where);
    for (int i = 1; i <= bounds.size(); i++) {
      assertEquals(i < bounds.size() ? bounds.get(i) : BreakIterator.DONE, ours.next(), where);
    }
    assertEquals(bounds.getLast(), ours.current(), "the last, after running past it" + where);
    assertEquals(bounds.getLast(), ours.last(), where);
    for (int i = bounds.size() - 2; i >= -1; i--) {
      assertEquals(i >= 0 ? bounds.get(i) : BreakIterator.DONE, ours.previous(), where);
    }
    ours.setText(new StringCharacterIterator(text, begin, end, begin)); // scanned afresh
    for (int i = 0; i <= end - begin; i++) {
      int offset = begin + (i % 2 == 0 ? i / 2 : end - begin - i / 2); // back and forth
      int after = bounds.stream().filter(b -> b > offset).findFirst().orElse(BreakIterator.DONE);
      int before = bounds.reversed().stream().filter(b -> b < offset).findFirst().orElse(-1);
      assertEquals(after, ours.following(offset), "following " + offset + where);
      assertEquals(
          after == BreakIterator.DONE ? bounds.getLast() : after,
          ours.current(),
          "current after following " + offset + where);
      assertEquals(before, ours.preceding(offset), "preceding " + offset + where);
      assertEquals(
          before == BreakIterator.DONE ? bounds.getFirst() : before,
          ours.current(),
          "current after preceding " + offset + where);
    }
  }
}
