package org.foilens.tag.finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.foilens.text.TsvTable;

/**
 * What a ruling that names no provision is about, from {@code config/ruling-concepts.tsv}: "failed
 * to respond within 20 working days" is about the time for compliance (FOIA 10, EIR 5(2), FOISA 10,
 * …), "does not hold" about whether information is held (FOIA 1, EIR 12(4)(a), …).
 */
final class RulingConcepts {

  /** A concept, the phrases that name it, and the provisions that govern it. */
  record Concept(String name, List<String> phrases, List<String> provisions) {

    boolean namedIn(String lower) {
      for (String p : phrases) {
        int at = lower.indexOf(p);
        while (at >= 0) {
          if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
            return true;
          }
          at = lower.indexOf(p, at + 1);
        }
      }
      return false;
    }

    /** Whether a provision (key {@code FOIA 10(1)}) is one of the concept's or below one. */
    boolean governs(String key) {
      for (String p : provisions) {
        if (key.equals(p) || key.startsWith(p + "(")) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Concept> concepts;

  RulingConcepts(List<Concept> concepts) {
    this.concepts = List.copyOf(concepts);
  }

  static RulingConcepts load(Path file) throws IOException {
    List<Concept> out = new ArrayList<>();
    for (CSVRecord row : TsvTable.read(file)) {
      String name = TsvTable.cell(row, "concept");
      String phrases = TsvTable.cell(row, "phrases").toLowerCase(Locale.ROOT);
      String provisions = TsvTable.cell(row, "provisions");
      if (name.isEmpty() || phrases.isEmpty() || provisions.isEmpty()) {
        throw new IOException(
            "ruling concept needs concept, phrases and provisions in "
                + file
                + " line "
                + row.getParser().getCurrentLineNumber());
      }
      out.add(new Concept(name, List.of(phrases.split("\\|")), List.of(provisions.split("\\|"))));
    }
    return new RulingConcepts(out);
  }

  /** The concepts a lower-case clause names. */
  List<Concept> namedIn(String lower) {
    return concepts.stream().filter(c -> c.namedIn(lower)).toList();
  }
}
