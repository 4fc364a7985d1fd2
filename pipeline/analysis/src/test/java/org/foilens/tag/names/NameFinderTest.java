package org.foilens.tag.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.foilens.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checked-in name-finder model on sentences it was not trained on. */
class NameFinderTest {

  private static NameFinder finder;

  @BeforeAll
  static void load() throws IOException {
    finder = NameFinder.load(TestData.root().resolve("config").resolve(NameFinder.MODEL));
  }

  private static NameFinder.Names find(String... sentences) {
    String text = String.join(" ", sentences);
    Span[] spans = new Span[sentences.length];
    int at = 0;
    for (int i = 0; i < sentences.length; i++) {
      spans[i] = new Span(at, at + sentences[i].length());
      at += sentences[i].length() + 1;
    }
    return finder.find(text, spans);
  }

  /**
   * A signature from a held-out notice, which training never saw. The model leans on first names it
   * has seen (Priya) and on context; wholly new names in running prose are often missed (person
   * recall 0.41 cross-validated, see corpus/EVAL.md).
   */
  @Test
  void findsAPersonAndAnAuthorityInNewSentences() {
    NameFinder.Names names =
        find(
            "Signed Priya Venkataraman Senior Case Officer Information Commissioner’s Office"
                + " Wycliffe House",
            "Leeds City Council maintained its position.");
    assertEquals(List.of("Priya Venkataraman"), names.persons());
    assertTrue(
        names.organisations().contains("Leeds City Council"), names.organisations().toString());
  }

  /**
   * A long authority name the model has not learnt, in a generated notice's sentences: the model
   * takes the word before it for the name's first, or a lone "to" for a name. A name starts at a
   * capital or a digit, so those words are left off, and no name is empty (an empty one once made
   * the index refuse the document).
   */
  @Test
  void aNameStartsAtACapitalOrADigit() {
    NameFinder.Names names =
        find(
            "1. The complainant asked Health Education North West for the planning viability"
                + " assessment for the riverside development.",
            "5. On 16 January 2008, the complainant wrote to Health Education North West and"
                + " requested information in the following terms:");
    assertTrue(
        names.organisations().contains("Health Education North West"),
        names.organisations().toString());
    for (String name : names.organisations()) {
      assertTrue(NameFinder.startsName(name), name);
    }
    assertTrue(NameFinder.startsName("3M"));
    assertTrue(!NameFinder.startsName("asked") && !NameFinder.startsName("“"));
  }

  @Test
  void findsNothingInLegalProse() {
    NameFinder.Names names =
        find(
            "The Commissioner considers that section 35(1)(a) is engaged.",
            "The public interest in maintaining the exemption outweighs the public interest in"
                + " disclosure.");
    assertEquals(List.of(), names.persons());
    assertEquals(List.of(), names.organisations());
  }

  @Test
  void tokensKeepNamesWhole() {
    String text = "Ms Okafor-Lane wrote to the Commissioner’s office about s.35(1)(a).";
    List<String> tokens = Arrays.asList(Span.spansToStrings(NameTokens.spans(text), text));
    assertEquals(
        List.of(
            "Ms",
            "Okafor-Lane",
            "wrote",
            "to",
            "the",
            "Commissioner’s",
            "office",
            "about",
            "s.35",
            "(",
            "1",
            ")",
            "(",
            "a",
            ")",
            "."),
        tokens);
  }
}
