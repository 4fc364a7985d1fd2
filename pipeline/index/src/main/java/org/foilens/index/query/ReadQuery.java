package org.foilens.index.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A query as typed and as the classic syntax will read it, or the problem that stops it.
 *
 * @param original the query as typed
 * @param rewritten the query in the classic syntax (the original where nothing was read), or null
 *     when there is a problem
 * @param problem a sentence for the person who typed the query, or null
 */
public record ReadQuery(String original, String rewritten, String problem, List<Span> spans) {

  /** A stretch of the original and the text it became in the rewritten query. */
  public record Span(int start, int end, int newStart, int newEnd) {}

  public ReadQuery {
    spans = spans == null ? List.of() : List.copyOf(spans);
  }

  static ReadQuery problem(String original, String problem) {
    return new ReadQuery(original, null, problem, List.of());
  }

  static ReadQuery of(String original, List<Reading> readings) {
    StringBuilder out = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (Reading r : readings) {
      out.append(original, at, r.start());
      int newStart = out.length();
      out.append(r.replacement());
      spans.add(new Span(r.start(), r.end(), newStart, out.length()));
      at = r.end();
    }
    out.append(original.substring(at));
    return new ReadQuery(original, out.toString(), null, spans);
  }

  /** Whether anything was read as a citation or a reference. */
  public boolean changed() {
    return rewritten != null && !spans.isEmpty();
  }

  /**
   * The column (from 1) in the original query of a position (from 0) in the rewritten one: a
   * position inside a replacement maps to the start of what it replaced.
   */
  public int originalColumn(int rewrittenIndex) {
    int shift = 0;
    for (Span s : spans) {
      if (rewrittenIndex < s.newStart()) {
        break;
      }
      if (rewrittenIndex < s.newEnd()) {
        return s.start() + 1;
      }
      shift = s.end() - s.newEnd();
    }
    return rewrittenIndex + shift + 1;
  }
}
