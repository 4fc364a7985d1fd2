package org.foilens.tag.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one clause of a decision rules, from its phrases ({@link RulingCues}) and its public
 * interest test ({@link PublicInterestTest}): for which side, whether weakly (an exemption "is
 * engaged"), whether by the public interest test, or that the decision left the provision
 * undecided. Someone's account and a question rule nothing.
 */
final class ClauseReader {

  /**
   * What a clause says.
   *
   * @param side the side it rules for, or null
   * @param weak a ruling that one the other way overrides ("is engaged")
   * @param publicInterest the ruling is the public interest test's outcome
   * @param unruled the clause says the provision was not decided ("has not gone on to consider")
   * @param partly the ruling holds only in part ("partially complied", "in some cases but not in
   *     others")
   * @param account the clause is someone's account or a question, not a ruling
   * @param cues where the clause rules for each side: offsets into the clause of its ruling
   *     phrases, for a clause that rules both ways on different provisions
   */
  record Reading(
      Side side,
      boolean weak,
      boolean publicInterest,
      boolean unruled,
      boolean partly,
      boolean account,
      List<Cue> cues) {

    static final Reading NOTHING = new Reading(null, false, false, false, false, false, List.of());
    static final Reading ACCOUNT_ONLY =
        new Reading(null, false, false, false, false, true, List.of());

    boolean rules() {
      return side != null;
    }

    /** Whether the clause has strong phrases for both sides. */
    boolean bothWays() {
      return cues.stream().map(Cue::side).distinct().count() > 1;
    }

    /** The side of the ruling phrase nearest an offset of the clause. */
    Side nearest(int offset) {
      Cue best = null;
      for (Cue c : cues) {
        if (best == null || Math.abs(c.at() - offset) < Math.abs(best.at() - offset)) {
          best = c;
        }
      }
      return best == null ? side : best.side();
    }
  }

  /** A strong ruling phrase of a clause: its side and its offset in the clause. */
  record Cue(Side side, int at) {}

  private static final Pattern ACCOUNT =
      Pattern.compile(
          "^\\W*(?:(?:however|initially|subsequently|later|then|in its response|at internal"
              + " review|on review|following a review),?\\s+)?(?:the\\s+)?(?!commissioner\\b)"
              + "(?:[a-z'’-]+\\s+){0,3}?(?:council|trust|authority|university|department|ministry"
              + "|office|police|executive|ministers|board|college|it|they|complainant|applicant"
              + "|appellant|(?-i:[A-Z]{2,6}))\\s+(?:(?:had|has|have|then|also|initially"
              + "|originally|subsequently|later|therefore|again|first|instead|nevertheless|only)"
              + "\\s+)*(?:refused|withheld|applied|cited|relied|stated|said|argued|explained"
              + "|responded|replied|advised|confirmed|claimed|considered|believed|maintained"
              + "|disclosed|provided|informed|told|asked|requested|wrote|declined|upheld"
              + "|extended|released|sought|agreed to|revised|introduced|withdrew|changed|located"
              + "|offered|contended|submitted|accepted that it)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * An order to put right what the complaint was about: "requires the Trust to disclose the
   * information withheld under section 36(2)(c)", "Disclose the information …", "to issue a fresh
   * response".
   */
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "\\b(?=[rom])(?:requires?|required|orders?|ordered|must)\\b[^.;]{0,60}?\\bto\\s+(?:disclose|release|issue"
              + " a fresh response|provide a fresh response|make a fresh response|provide (?:the"
              + " complainant with )?(?:a copy of |copies of |all )?(?:the )?"
              + "(?:information|withheld|requested))|^\\W*(?:disclose|release)\\s");

  /**
   * A provision said to apply, as the subject of its clause: "that regulation 10(4)(a) applied".
   */
  private static final Pattern PROVISION_APPLIED =
      Pattern.compile(
          "\\b(?:regulation|section|exception|exemption|s\\.?)\\s*\\d[0-9a-z()]*\\s+(?:of the"
              + " [a-z]+\\s+)?(?:applied|applies)\\b");

  /** Words by which a clause judges an act it recounts. */
  private static final Pattern EVALUATIVE =
      Pattern.compile(
          "\\b(?:correctly|incorrectly|wrongly|properly|appropriately|reasonable|adequate"
              + "|appropriate|all the information|all of the information)\\b");

  /** A clause that asks, as a title does: "Whether request was manifestly unreasonable". */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern ASKS = Pattern.compile("^\\W*whether\\b");

  /**
   * A clause that goes on with the subject of the clause before: it opens with a verb ("…, but
   * withheld one document on the basis that section 43 applied").
   */
  private static final Pattern SAME_SUBJECT =
      Pattern.compile(
          "^\\W*(?:but\\s+|and\\s+)?(?:also\\s+|then\\s+|later\\s+)?(?:[a-z]+ed|has|had|was|did"
              + "|refused|withheld|sought|said|told|held)\\b");

  /** Whether a clause goes on with the subject of the clause before (see {@link #SAME_SUBJECT}). */
  static boolean continuesSubject(String clause) {
    return SAME_SUBJECT.matcher(NormalClause.lower(clause)).find();
  }

  /** A conclusion drawn in an account: "provided its response late, and therefore breached". */
  private static final Pattern CONCLUDED =
      Pattern.compile("\\b(?:therefore|thus|accordingly|consequently|and so|hence)\\b");

  private static final Pattern PARTLY =
      Pattern.compile(
          "\\b(?=[pifnts])(?:(?:partially|partly|in"
              + " part)\\s+(?:complied|failed|dealt|upheld|succeeded"
              + "|responded|correct|right|breached)|\\b(?:in|for|to)\\s+some\\s+(?:cases|instances|of"
              + " the information|information)\\b[^.;]{0,40}\\bbut\\s+not\\b|\\bnot\\b[^.;]{0,80}\\b(?:to|for|in"
              + " respect of)\\s+all\\s+(?:of\\s+)?the\\b|\\bsome\\b[^.;]{0,30}\\bbut\\s+not\\b)");
  private static final Pattern NEGATION = Pattern.compile("not|never|n't");

  private final RulingCues cues;

  ClauseReader(RulingCues cues) {
    this.cues = cues;
  }

  /**
   * Whether a clause judges what it recounts: "The Council cited sections 23(5) and 24(2)
   * correctly", "The Council provided reasonable advice and assistance".
   */
  private static boolean evaluates(List<RulingCues.Match> found) {
    return found.stream()
        .anyMatch(
            m ->
                m.cue().kind() == RulingCues.Kind.RULING
                    && EVALUATIVE.matcher(m.cue().phrase()).find());
  }

  /**
   * Whether a ruling phrase follows a conclusion drawn in the clause ("…, and therefore breached").
   */
  private static boolean concludes(String lower, List<RulingCues.Match> found) {
    Matcher c = CONCLUDED.matcher(lower);
    if (!c.find()) {
      return false;
    }
    int at = c.start();
    return found.stream().anyMatch(m -> m.start() > at && m.cue().kind() == RulingCues.Kind.RULING);
  }

  /**
   * Whether a clause is an account of what a party did or said rather than a ruling: it opens with
   * a party other than the Commissioner doing something in the past tense ("The Council refused one
   * part of the request under regulation 12(4)(b) because it was manifestly unreasonable", "It
   * withheld the report under section 43(2)"). An account that draws a conclusion ("provided its
   * response after 20 working days, and therefore breached section 10(1)") is a ruling.
   */
  static boolean isAccount(String clause) {
    return ACCOUNT.matcher(SPACES.matcher(clause).replaceAll(" ")).find();
  }

  Reading read(String clause) {
    NormalClause normal = NormalClause.of(clause);
    String lower = normal.text();
    List<RulingCues.Match> found = cues.find(lower);
    boolean unruledCue = found.stream().anyMatch(m -> m.cue().kind() == RulingCues.Kind.UNRULED);
    if (!unruledCue
        && ((isAccount(clause) && !concludes(lower, found) && !evaluates(found))
            || ASKS.matcher(lower).find())) {
      return Reading.ACCOUNT_ONLY;
    }
    boolean complainant = false;
    boolean authority = false;
    boolean weakOnly = true;
    boolean unruled = false;
    List<Cue> strong = new ArrayList<>();
    StringBuilder masked = new StringBuilder(lower);
    for (RulingCues.Match m : found) {
      switch (m.cue().kind()) {
        case REPORTED, QUESTION -> {
          return Reading.ACCOUNT_ONLY;
        }
        case UNRULED -> unruled = true;
        case LAW -> mask(masked, m.start(), m.end());
        case LAW_REST -> mask(masked, m.start(), masked.length());
        case RULING -> {
          if (isMasked(masked, m.start())) {
            continue; // inside a statement of the law
          }
          Side side = m.cue().side();
          if (side == Side.AUTHORITY && negated(lower, m.start())) {
            side = Side.COMPLAINANT; // "has not been applied appropriately"
          }
          if (side == Side.COMPLAINANT) {
            complainant = true;
            weakOnly = false;
          } else {
            authority = true;
            weakOnly &= m.cue().weak();
          }
          if (!m.cue().weak() || side != m.cue().side()) {
            strong.add(new Cue(side, normal.origin()[m.start()]));
          }
        }
      }
    }
    if (unruled) {
      return new Reading(null, false, false, true, false, false, List.of());
    }
    Side publicInterest = PublicInterestTest.outcome(masked.toString());
    if (publicInterest != null) {
      return new Reading(publicInterest, false, true, false, false, false, List.of());
    }
    String live = masked.toString();
    if (DIRECTIVE.matcher(live).find()) {
      complainant = true;
      weakOnly = false;
    }
    if (!complainant && PROVISION_APPLIED.matcher(live).find()) {
      authority = true; // "… and that regulation 10(4)(a) applied"
      weakOnly = false;
    }
    boolean partly = PARTLY.matcher(live).find();
    if (complainant) {
      return new Reading(Side.COMPLAINANT, false, false, false, partly, false, strong);
    }
    if (authority) {
      return new Reading(Side.AUTHORITY, weakOnly, false, false, partly, false, strong);
    }
    if (partly) { // "… would breach the DPA in some cases but not in others": both ways
      return new Reading(Side.COMPLAINANT, false, false, false, true, false, List.of());
    }
    return Reading.NOTHING;
  }

  private static void mask(StringBuilder text, int from, int to) {
    for (int i = from; i < to; i++) {
      text.setCharAt(i, ' ');
    }
  }

  /**
   * Whether a "not" in the three words before a phrase denies it: "section 12(1) has not been
   * applied appropriately", "was not correctly applied".
   */
  private static boolean negated(String lower, int at) {
    String before = lower.substring(0, at).stripTrailing();
    String[] words = before.isEmpty() ? new String[0] : before.split(" ");
    for (int i = words.length - 1; i >= 0 && i >= words.length - 3; i--) {
      if (NEGATION.matcher(words[i]).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase starts where a statement of the law was masked (a phrase starts a word). */
  private static boolean isMasked(StringBuilder text, int at) {
    return text.charAt(at) == ' ';
  }
}
