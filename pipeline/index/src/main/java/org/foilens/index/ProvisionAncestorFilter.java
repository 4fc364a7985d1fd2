package org.foilens.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.foilens.model.ProvisionRefs;

/**
 * After a provision token such as {@code 35(1)(a)}, adds its ancestors {@code 35(1)} and {@code 35}
 * at the same position, so that a search for a section finds its subsections.
 */
public final class ProvisionAncestorFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State current;

  public ProvisionAncestorFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.pop());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > 1
        && Character.isDigit(term.charAt(0))
        && term.charAt(term.length() - 1) == ')') {
      for (String r = ProvisionRefs.parent(term.toString());
          r != null;
          r = ProvisionRefs.parent(r)) {
        pending.add(r);
      }
      current = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
