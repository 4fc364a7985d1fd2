package org.foilens.tag.provision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.Act;

/**
 * Which Act a bare "section", "regulation", "Article" or "the Act" means in one document: FOIA and
 * the EIR unless the document is Scottish (FOISA, EISR); Articles belong to the UK GDPR only in a
 * document that mentions it; "the Act" is whatever the document defined as the Act.
 */
public record ActContext(Act sectionAct, Act regulationAct, Act articleAct, Act theAct) {

  // The patterns of alternatives below start by looking ahead for the letter every alternative
  // starts with: a whole notice is scanned, and most of its characters then cost one test.
  private static final Pattern SCOTTISH_FOI =
      Pattern.compile("(?=F)(?:Freedom of Information \\(Scotland\\) Act|\\bFOISA\\b)");
  private static final Pattern UK_FOI =
      Pattern.compile("(?=F)(?:Freedom of Information Act 2000|\\bFOIA\\b(?! ?\\(Scotland))");
  private static final Pattern SCOTTISH_EIR =
      Pattern.compile(
          "(?=E)(?:Environmental Information \\(Scotland\\) Regulations|\\bEISR\\b|\\bEIRs?"
              + " \\(Scotland\\))");
  private static final Pattern UK_EIR =
      Pattern.compile("(?=E)(?:Environmental Information Regulations 2004|\\bEIRs?\\b)");

  /**
   * The UK Regulations by their full name: a Scottish text may call its own Regulations "the EIRs".
   */
  private static final Pattern UK_EIR_NAMED =
      Pattern.compile("Environmental Information Regulations 2004");

  /**
   * "Environmental Information (Scotland) Regulations 2004 (the EIRs)": EIRs then means the EISR.
   */
  private static final Pattern SCOTTISH_EIRS_DEFINED =
      Pattern.compile("\\(Scotland\\) Regulations(?: 2004)?\\s*\\(\\s*(?:the\\s+)?EIRs?\\s*\\)");

  private static final Pattern GDPR =
      Pattern.compile("(?=G)(?:\\bGDPR\\b|General Data Protection Regulation)");
  private static final Pattern DEFINES_THE_ACT =
      Pattern.compile(
          "(?<name>[A-Z][\\w ()]{3,80}?(?:Act|Regulations)(?: \\(Scotland\\))?(?:"
              + " (?:19|20)\\d\\d)?)\\s*\\(\\s*[\"“‘']?(?:the\\s+)?Act[\"”’']?\\s*\\)");

  /**
   * The "(the Act)" that ends a definition: found first, so the costly pattern runs only before
   * one.
   */
  private static final Pattern THE_ACT_ALIAS =
      Pattern.compile("\\(\\s*[\"“‘']?(?:the\\s+)?Act[\"”’']?\\s*\\)");

  /** How far before its "(the Act)" a definition may start: the name's 80 characters and more. */
  private static final int DEFINITION_REACH = 160;

  /**
   * An Act named in the text, as this document means it: in a Scottish document "the EIRs" and
   * "EIR" stand for the EISR.
   */
  public Act named(Act act, String written) {
    if (act == Act.EIR
        && regulationAct == Act.EISR
        && written.strip().matches("(?i)(the\\s+)?EIRs?")) {
      return Act.EISR;
    }
    return act;
  }

  public static ActContext of(String text, LegislationTable legislation) {
    boolean scottishFoi = SCOTTISH_FOI.matcher(text).find() && !UK_FOI.matcher(text).find();
    boolean scottishEir =
        SCOTTISH_EIR.matcher(text).find()
            && (!UK_EIR.matcher(text).find()
                || scottishFoi && !UK_EIR_NAMED.matcher(text).find()
                || SCOTTISH_EIRS_DEFINED.matcher(text).find()
                    && !UK_EIR_NAMED.matcher(text).find());
    Act sectionAct = scottishFoi ? Act.FOISA : Act.FOIA;
    Act theAct = sectionAct;
    Matcher defined = definition(text);
    if (defined != null) {
      Act act = legislation.actNamed(defined.group("name").strip());
      if (act != null) {
        theAct = act;
      }
    }
    return new ActContext(
        sectionAct,
        scottishEir ? Act.EISR : Act.EIR,
        GDPR.matcher(text).find() ? Act.UKGDPR : null,
        theAct);
  }

  /**
   * The first "Freedom of Information Act 2000 (the Act)" of a text, or null. Trying the
   * definition's pattern at every capital letter of a long notice is slow; it is tried only just
   * before each "(the Act)".
   */
  private static Matcher definition(String text) {
    Matcher alias = THE_ACT_ALIAS.matcher(text);
    while (alias.find()) {
      Matcher defined =
          DEFINES_THE_ACT
              .matcher(text)
              .region(Math.max(0, alias.start() - DEFINITION_REACH), alias.end());
      if (defined.find()) {
        return defined;
      }
    }
    return null;
  }
}
