package org.foilens.tag.caseref;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.StartScan;

/**
 * Finds case references of every era: ICO FS50xxxxxx and FER0xxxxxx, IC-nnnnnn-XXXX, tribunal
 * appeal numbers EA/YYYY/NNNN, GIA/NNNN/YYYY and UA-YYYY-NNNNNN-GIA, neutral citations such as
 * "[2024] UKFTT 110 (GRC)", and the Scottish Information Commissioner's "Decision 041/2024" and
 * case numbers ("Case Ref: 202400273"). References printed with other separators ("IC – 266013 –
 * L5P2", "EA-2022-0129", "FT.EA.2024.0407") are given in the usual form.
 */
public final class CaseRefFinder {

  static final Pattern CASE_REF =
      Pattern.compile(
          "(?<![\\w/.-])(?:(?<ico>FS\\s?50\\d{6}|FER\\s?0\\d{6}|IC(?:\\s?[-–]\\s?|\\s)\\d{5,7}\\s?[-–]\\s?"
              + "[A-Z0-9]{4})"
              + "|(?<appeal>(?:FT[/.])?(?:EA|GIA|GI)[/.-]\\d{4}[/.-]\\d{3,5}[A-Z]?(?:/[A-Z]+)?"
              + "|UA-(?:19|20)\\d\\d-\\d{4,7}-[A-Z]{2,4})"
              + "|(?:Case\\s+(?:Ref|No)|Reference\\s+No)\\.?\\s*:\\s*(?<scottishCase>(?:19|20)\\d{7})"
              + "|(?<scottish>Decision(?:\\s+Notice)?\\s+\\d{1,4}/(?:19|20)\\d\\d)"
              + "|(?<neutral>\\[(?:19|20)\\d\\d\\]\\s+(?:UKFTT|UKUT|EWCA\\s+Civ|EWHC|UKSC|CSIH|CSOH)"
              + "\\s+\\d{1,5}(?:\\s+\\((?:GRC|AAC|Admin|IRC)\\))?))(?![\\w-])",
          Pattern.CASE_INSENSITIVE);

  /**
   * {@link #CASE_REF} tried only where a reference can start: at FS, FER, FT, IC, EA, GI, UA, Case,
   * Reference or Decision in either case, or the bracket of a neutral citation.
   */
  static final StartScan CASE_REFS =
      new StartScan(
          CASE_REF,
          List.of("FS", "FER", "FT", "IC", "EA", "GI", "UA", "Case", "Reference", "Decision", "["),
          true,
          StartScan.WORD + "/.-");

  /** A reference in its canonical form, or null when the text is not one. */
  public String canonical(String written) {
    List<String> found = written == null ? List.of() : find(written);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Distinct references in order of first appearance, in their canonical written form. */
  public List<String> find(String text) {
    Set<String> refs = new LinkedHashSet<>();
    StartScan.Matches found = CASE_REFS.in(text);
    while (found.find()) {
      Matcher m = found.matcher();
      String ref = m.group().replaceAll("\\s+", " ");
      if (m.group("ico") != null) {
        ref = ref.replace(" ", "").replace('–', '-').toUpperCase(Locale.ROOT);
        if (ref.startsWith("IC") && !ref.startsWith("IC-")) {
          ref = "IC-" + ref.substring(2); // "IC 295317-K2B2"
        }
      } else if (m.group("appeal") != null) {
        ref = ref.toUpperCase(Locale.ROOT);
        if (!ref.startsWith("UA-")) {
          ref = ref.replace('.', '/').replace('-', '/'); // "EA-2022-0129", "FT.EA.2024.0407"
        }
      } else if (m.group("scottishCase") != null) {
        ref = m.group("scottishCase"); // the Scottish Commissioner's case number
      } else if (m.group("scottish") != null) {
        ref = "Decision " + ref.substring(ref.lastIndexOf(' ') + 1); // "Decision Notice 041/2024"
      }
      refs.add(ref);
    }
    return List.copyOf(refs);
  }
}
