package org.foilens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width, at spaces, splitting a word only if it alone is too
 * wide.
 */
final class LineWrapper {

  private LineWrapper() {}

  static float width(PDFont font, float size, String text) {
    try {
      return font.getStringWidth(WinAnsiText.clean(text)) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : WinAnsiText.clean(text).strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, size, candidate) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (width(font, size, word) > maxWidth) { // a long URL: cut it where it must
        int cut = word.length() - 1;
        while (cut > 1 && width(font, size, word.substring(0, cut)) > maxWidth) {
          cut--;
        }
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
