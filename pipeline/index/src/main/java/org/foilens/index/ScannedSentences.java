package org.foilens.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries, found in one forward pass and kept: the same boundaries, at a
 * fraction of the cost when asked for at many places in one long text. The highlighter asks for the
 * sentence before and after every match; the JDK's iterator answers each such question afresh, and
 * backwards, which on a long notice with hundreds of matches took most of a search page's time.
 * Scanning ahead only as far as asked, it reads no further than the last match. The boundaries are
 * those of the JDK's forward pass: its backward rules now and then find a break the forward pass
 * does not (once in the corpus's evaluation notes, never in 144,000 questions on 300 bench
 * notices), so a snippet's edges can differ from before in such a place. Not thread-safe, as no
 * {@link BreakIterator} is.
 */
final class ScannedSentences extends BreakIterator {

  private final BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
  private int[] bounds = new int[64];
  private int scanned; // how many of bounds are known
  private boolean complete; // the last boundary is known
  private int at; // the index in bounds of the current boundary

  @Override
  public void setText(CharacterIterator text) {
    jdk.setText(text);
    bounds[0] = jdk.first();
    scanned = 1;
    complete = false;
    at = 0;
  }

  @Override
  public CharacterIterator getText() {
    return jdk.getText();
  }

  /** Scans until a boundary past {@code offset} is known, or the text ends. */
  private void scanPast(int offset) {
    while (!complete && bounds[scanned - 1] <= offset) {
      int next = jdk.next();
      if (next == DONE) {
        complete = true;
      } else {
        if (scanned == bounds.length) {
          bounds = Arrays.copyOf(bounds, scanned * 2);
        }
        bounds[scanned++] = next;
      }
    }
  }

  private void checkOffset(int offset) {
    CharacterIterator text = jdk.getText();
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }

  @Override
  public int first() {
    at = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    scanPast(Integer.MAX_VALUE);
    at = scanned - 1;
    return bounds[at];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (at + 1 >= scanned) {
      scanPast(bounds[scanned - 1]);
    }
    if (at + 1 >= scanned) {
      return DONE;
    }
    return bounds[++at];
  }

  @Override
  public int previous() {
    if (at == 0) {
      return DONE;
    }
    return bounds[--at];
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    scanPast(offset);
    int i = upper(offset);
    if (i >= scanned) {
      at = scanned - 1; // the last boundary, as the JDK's iterator leaves it
      return DONE;
    }
    at = i;
    return bounds[i];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    scanPast(offset);
    int i = upper(offset - 1) - 1; // the last boundary below offset
    if (i < 0) {
      at = 0;
      return DONE;
    }
    at = i;
    return bounds[i];
  }

  /** The index of the first known boundary above {@code offset}. */
  private int upper(int offset) {
    int lo = 0;
    int hi = scanned;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public int current() {
    return bounds[at];
  }
}
