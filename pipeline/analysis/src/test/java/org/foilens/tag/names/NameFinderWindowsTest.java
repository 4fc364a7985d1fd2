package org.foilens.tag.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.foilens.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name finder reads only the stretches around capitalised words. Over every sentence of the
 * project's name data, held-out and training alike, it must find what the model finds reading whole
 * sentences, and score the same against the held-out annotations.
 */
class NameFinderWindowsTest {

  private static TokenNameFinderModel model;

  @BeforeAll
  static void load() throws IOException {
    model = new TokenNameFinderModel(TestData.root().resolve("config").resolve(NameFinder.MODEL));
  }

  @Test
  void stretchesCoverEachCapitalWithThreeTokensBeforeAndTwoAfter() {
    String[] tokens =
        "so the request to Leeds City Council was refused under section 12 by the council"
            .split(" ");
    List<int[]> s = NameFinder.stretches(tokens);
    assertEquals(1, s.size());
    assertEquals(1, s.get(0)[0]); // from "the", three before "Leeds"
    assertEquals(9, s.get(0)[1]); // to "refused", two after "Council"
    assertEquals(List.of(), NameFinder.stretches("it was refused .".split(" ")));
    List<int[]> two =
        NameFinder.stretches("Mr Okafor wrote and then much later wrote to Ms Patel".split(" "));
    assertEquals(2, two.size()); // seven lowercase tokens apart: "then much" is skipped
    assertEquals(
        List.of(0, 4, 6, 11), List.of(two.get(0)[0], two.get(0)[1], two.get(1)[0], two.get(1)[1]));
  }

  @Test
  void findsWhatWholeSentencesFind() throws IOException {
    Path ner = TestData.root().resolve("corpus/ner");
    List<List<NameSample>> documents = new ArrayList<>();
    documents.addAll(documents(NerTrainer.read(ner.resolve("heldout.test"))));
    int heldOut = documents.size();
    documents.addAll(documents(NerTrainer.readFolder(ner.resolve("train"))));

    NameFinder windowed = new NameFinder(model);
    NameFinderME whole = new NameFinderME(model);
    int differing = 0;
    int tokens = 0;
    int read = 0;
    Score windowScore = new Score();
    Score wholeScore = new Score();
    for (int d = 0; d < documents.size(); d++) {
      List<NameSample> doc = documents.get(d);
      Set<String> gold = new LinkedHashSet<>();
      Set<String> byWhole = new LinkedHashSet<>();
      StringBuilder text = new StringBuilder();
      List<Span> sentences = new ArrayList<>();
      for (NameSample sample : doc) {
        String[] words = sample.getSentence();
        gold.addAll(names(words, sample.getNames()));
        byWhole.addAll(names(words, whole.find(words)));
        tokens += words.length;
        for (int[] s : NameFinder.stretches(words)) {
          read += s[1] - s[0];
        }
        int start = text.length();
        text.append(String.join(" ", words));
        sentences.add(new Span(start, text.length()));
        text.append(' ');
      }
      whole.clearAdaptiveData();
      NameFinder.Names found = windowed.find(text.toString(), sentences.toArray(Span[]::new));
      Set<String> byWindows = new LinkedHashSet<>();
      found.persons().forEach(p -> byWindows.add(NameFinder.PERSON + ":" + p));
      found.organisations().forEach(o -> byWindows.add(NameFinder.ORGANISATION + ":" + o));
      if (!byWindows.equals(byWhole)) {
        differing++;
        System.out.println("differs: whole " + byWhole + " windows " + byWindows);
      }
      if (d < heldOut) {
        windowScore.add(gold, byWindows);
        wholeScore.add(gold, byWhole);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "name finder over %d documents, %d tokens: %.1f %% of tokens read, %d documents with other"
            + " names; held-out F1 %.3f reading stretches, %.3f reading whole sentences%n",
        documents.size(),
        tokens,
        100.0 * read / tokens,
        differing,
        windowScore.f1(),
        wholeScore.f1());
    assertTrue(
        read < tokens * 0.75,
        "stretches should skip a good part of legal prose: " + read + "/" + tokens);
    assertTrue(
        differing <= documents.size() / 50,
        differing + " of " + documents.size() + " documents differ");
    assertTrue(
        windowScore.f1() >= wholeScore.f1() - 0.01,
        windowScore.f1() + " against " + wholeScore.f1());
  }

  /** The samples of a NameSample file, cut into documents where adaptive data is cleared. */
  private static List<List<NameSample>> documents(List<NameSample> samples) {
    List<List<NameSample>> out = new ArrayList<>();
    for (NameSample s : samples) {
      if (out.isEmpty() || s.isClearAdaptiveDataSet()) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(s);
    }
    return out;
  }

  private static List<String> names(String[] words, Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(
          s.getType()
              + ":"
              + String.join(" ", Arrays.copyOfRange(words, s.getStart(), s.getEnd())));
    }
    return out;
  }

  /** Distinct names a document, micro-averaged. */
  private static final class Score {
    private int truePositives;
    private int predicted;
    private int expected;

    void add(Set<String> gold, Set<String> found) {
      expected += gold.size();
      predicted += found.size();
      for (String f : found) {
        if (gold.contains(f)) {
          truePositives++;
        }
      }
    }

    double f1() {
      return truePositives == 0 ? 0 : 2.0 * truePositives / (predicted + expected);
    }
  }
}
