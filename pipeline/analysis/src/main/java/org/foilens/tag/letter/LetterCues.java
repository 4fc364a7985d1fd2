package org.foilens.tag.letter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVRecord;
import org.foilens.text.TsvTable;

/**
 * A table of patterns from {@code config/}: each row a reading (what the pattern signals), a Java
 * regular expression matched case-insensitively, and an example sentence written for the tests. The
 * letter readers keep their cue phrases and label forms in such tables, so that they can be read
 * and changed without touching code.
 */
public record LetterCues(List<Cue> cues) {

  /** One row: what it signals, its pattern, and a sentence of the kind it reads. */
  public record Cue(String reading, Pattern pattern, String example) {}

  public LetterCues {
    cues = List.copyOf(cues);
  }

  /**
   * Reads a table whose reading is in column {@code readingColumn}, its pattern in {@code pattern}
   * and its example in {@code example}.
   */
  public static LetterCues read(Path file, String readingColumn) throws IOException {
    List<Cue> cues = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(file)) {
      String reading = TsvTable.cell(row, readingColumn);
      String pattern = TsvTable.cell(row, "pattern");
      if (reading.isEmpty() || pattern.isEmpty()) {
        throw new IOException(file + ": a row needs " + readingColumn + " and pattern: " + row);
      }
      try {
        cues.add(
            new Cue(
                reading,
                Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                TsvTable.cell(row, "example")));
      } catch (PatternSyntaxException e) {
        throw new IOException(file + ": bad pattern in row " + row + ": " + e.getDescription(), e);
      }
    }
    return new LetterCues(cues);
  }

  /** The rows of one reading. */
  public List<Cue> of(String reading) {
    return cues.stream().filter(c -> c.reading().equals(reading)).toList();
  }

  /** Whether any row of a reading finds its pattern in a text. */
  public boolean anyIn(String reading, String text) {
    for (Cue c : cues) {
      if (c.reading().equals(reading) && c.pattern().matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
