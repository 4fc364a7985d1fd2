package org.foilens.tag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds case references of every era: ICO FS50xxxxxx and FER0xxxxxx, IC-nnnnnn-XXXX, tribunal
 * appeal numbers EA/YYYY/NNNN, and neutral citations such as "[2024] UKFTT 110 (GRC)".
 */
public final class CaseRefFinder {

  private static final Pattern CASE_REF =
      Pattern.compile(
          "(?<![\\w/-])(?:"
              + "(?<ico>FS\\s?50\\d{6}|FER\\s?0\\d{6}|IC-\\d{5,7}-[A-Z0-9]{4})"
              + "|(?<appeal>(?:EA|GIA|GI)/\\d{4}/\\d{3,5}(?:/[A-Z]+)?)"
              + "|(?<neutral>\\[(?:19|20)\\d\\d\\]\\s+(?:UKFTT|UKUT|EWCA\\s+Civ|EWHC|UKSC|CSIH|CSOH)"
              + "\\s+\\d{1,5}(?:\\s+\\((?:GRC|AAC|Admin|IRC)\\))?)"
              + ")(?![\\w-])",
          Pattern.CASE_INSENSITIVE);

  /** Distinct references in order of first appearance, in their canonical written form. */
  public List<String> find(String text) {
    Set<String> refs = new LinkedHashSet<>();
    Matcher m = CASE_REF.matcher(text);
    while (m.find()) {
      String ref = m.group().replaceAll("\\s+", " ");
      if (m.group("ico") != null || m.group("appeal") != null) {
        ref = ref.replace(" ", "").toUpperCase(Locale.ROOT);
      }
      refs.add(ref);
    }
    return List.copyOf(refs);
  }
}
