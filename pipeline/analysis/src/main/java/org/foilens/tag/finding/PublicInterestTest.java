package org.foilens.tag.finding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a clause says the public interest test came out: for maintaining the exemption (the
 * authority) or for disclosure (the complainant). It reads which interest the clause weighs against
 * which and how: "the public interest in maintaining the exemption outweighs the public interest in
 * disclosure" (maintaining prevails), "… does not outweigh …" (disclosure prevails), "the public
 * interest in favour of disclosure is outweighed by the public interest in maintaining the
 * exception" (maintaining), "the balance of the public interest favours disclosure", "the public
 * interest test weighed in favour of the maintenance of the exemption", and a denial of any of
 * these ("failed to demonstrate the public interest favours withholding the information").
 */
final class PublicInterestTest {

  private static final Pattern TOPIC = Pattern.compile("public interest|balance of");
  private static final Pattern WEIGHING =
      Pattern.compile(
          "\\b(?<passive>(?:is|was|are|were|be|been|being)\\s+(?<pneg>not\\s+)?outweighed\\s+by)"
              + "|\\b(?<aneg>(?:does|did|do|would|will|could)\\s+not\\s+)?(?<active>outweighs?|outweighed"
              + "|(?:does|did)\\s+outweigh)\\b"
              + "|\\b(?<fneg>(?:does|did|do|would)\\s+not\\s+)?(?<favour>favou?rs?(?!\\s+of)|favou?red"
              + "|weigh(?:s|ed)?\\s+in\\s+favou?r\\s+of|lies\\s+in|lay\\s+in|rests?\\s+(?:in|with)"
              + "|(?:is|was|are|were)\\s+in\\s+favou?r\\s+of)\\b");
  private static final Pattern MAINTAINING =
      Pattern.compile(
          "\\b(maint\\w*|withh\\w*|exempt\\w*|except\\w*|non-disclosure|not\\s+disclos\\w*"
              + "|protect\\w*|preserv\\w*|confidential\\w*)");
  private static final Pattern DISCLOSURE =
      Pattern.compile("\\b(disclos\\w*|releas\\w*|openness|transparen\\w*|publish\\w*|access)");
  private static final Pattern DENIAL =
      Pattern.compile(
          "\\b(failed to demonstrate|not demonstrated|has not shown|not satisfied|not"
              + " persuaded)\\b");

  private PublicInterestTest() {}

  /** The side the clause's public interest test came out for, or null when it weighs none. */
  static Side outcome(String lower) {
    Matcher topic = TOPIC.matcher(lower);
    if (!topic.find()) {
      return null;
    }
    Matcher w = WEIGHING.matcher(lower);
    if (!w.find(topic.end())) {
      return null;
    }
    String before = lower.substring(topic.end(), w.start());
    String after = lower.substring(w.end(), Math.min(lower.length(), w.end() + 90));
    Boolean prevails; // true: maintaining prevails
    if (w.group("passive") != null) {
      Boolean subject = interest(before);
      Boolean object = interest(after);
      prevails = object != null ? object : subject == null ? null : !subject;
      if (prevails != null && w.group("pneg") != null) {
        prevails = !prevails;
      }
    } else if (w.group("active") != null) {
      Boolean subject = interest(before);
      Boolean object = interest(after);
      prevails = subject != null ? subject : object == null ? null : !object;
      if (prevails != null && w.group("aneg") != null) {
        prevails = !prevails;
      }
    } else {
      prevails = interest(after);
      if (prevails != null && w.group("fneg") != null) {
        prevails = !prevails;
      }
    }
    if (prevails == null) {
      return null;
    }
    if (DENIAL.matcher(lower.substring(0, topic.start())).find()) {
      prevails = !prevails;
    }
    return prevails ? Side.AUTHORITY : Side.COMPLAINANT;
  }

  /** Which interest a stretch names first: true for maintaining, false for disclosure, or null. */
  private static Boolean interest(String stretch) {
    Matcher m = MAINTAINING.matcher(stretch);
    Matcher d = DISCLOSURE.matcher(stretch);
    int mAt = m.find() ? m.start() : Integer.MAX_VALUE;
    int dAt = d.find() ? d.start() : Integer.MAX_VALUE;
    if (mAt == dAt) {
      return null;
    }
    return mAt < dAt;
  }
}
