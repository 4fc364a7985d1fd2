package org.foilens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foilens.TestData;

/**
 * Checks that a {@link StartScan} finds what its pattern's own {@code find} loop finds, match for
 * match, on real text: the decisions and the 241 WhatDoTheyKnow threads of {@code ../shared/data},
 * read as they are stored.
 */
public final class ScanCheck {

  private ScanCheck() {}

  /** The real texts: every decision and every stored thread, whole. */
  public static List<String> realTexts() {
    List<String> out = new ArrayList<>();
    for (String folder : List.of("decisions", "wdtk/sheffield-dev")) {
      try (Stream<Path> files = Files.walk(TestData.shared().resolve(folder))) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * Asserts the same matches, at the same offsets, with the same text, in each text.
   *
   * @return how many matches there were in all
   */
  public static int sameAsFind(Pattern pattern, StartScan scan, List<String> texts) {
    int matches = 0;
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end() + " " + m.group());
      }
      List<String> found = new ArrayList<>();
      StartScan.Matches s = scan.in(text);
      while (s.find()) {
        Matcher f = s.matcher();
        found.add(f.start() + "-" + f.end() + " " + f.group());
      }
      assertEquals(expected, found, () -> text.substring(0, Math.min(100, text.length())));
      matches += found.size();
    }
    return matches;
  }
}
