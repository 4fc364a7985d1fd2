package org.foilens.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Act a bare "section", "regulation", "Article" or "the Act" means in one document: FOIA
 * and the EIR unless the document is Scottish (FOISA, EISR); Articles belong to the UK GDPR only
 * in a document that mentions it; "the Act" is whatever the document defined as the Act.
 */
public record ActContext(String sectionAct, String regulationAct, String articleAct, String theAct) {

  private static final Pattern SCOTTISH_FOI =
      Pattern.compile("Freedom of Information \\(Scotland\\) Act|\\bFOISA\\b");
  private static final Pattern UK_FOI =
      Pattern.compile("Freedom of Information Act 2000|\\bFOIA\\b(?! ?\\(Scotland)");
  private static final Pattern SCOTTISH_EIR =
      Pattern.compile("Environmental Information \\(Scotland\\) Regulations|\\bEISR\\b|\\bEIRs? \\(Scotland\\)");
  private static final Pattern UK_EIR =
      Pattern.compile("Environmental Information Regulations 2004|\\bEIRs?\\b");
  private static final Pattern GDPR = Pattern.compile("\\bGDPR\\b|General Data Protection Regulation");
  private static final Pattern DEFINES_THE_ACT =
      Pattern.compile(
          "(?<name>[A-Z][\\w ()]{3,80}?(?:Act|Regulations)(?: \\(Scotland\\))?(?: (?:19|20)\\d\\d)?)"
              + "\\s*\\(\\s*[\"“‘']?(?:the\\s+)?Act[\"”’']?\\s*\\)");

  public static ActContext of(String text, LegislationTable legislation) {
    boolean scottishFoi = SCOTTISH_FOI.matcher(text).find() && !UK_FOI.matcher(text).find();
    boolean scottishEir = SCOTTISH_EIR.matcher(text).find() && !UK_EIR.matcher(text).find();
    String sectionAct = scottishFoi ? "FOISA" : "FOIA";
    String theAct = sectionAct;
    Matcher defined = DEFINES_THE_ACT.matcher(text);
    if (defined.find()) {
      String act = legislation.actNamed(defined.group("name").strip());
      if (act != null) {
        theAct = act;
      }
    }
    return new ActContext(
        sectionAct,
        scottishEir ? "EISR" : "EIR",
        GDPR.matcher(text).find() ? "UKGDPR" : null,
        theAct);
  }
}
