package org.foilens.bench;

import static org.foilens.bench.Phrases.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.foilens.corpus.Block;
import org.foilens.corpus.NoticeSource;
import org.foilens.corpus.Regime;
import org.foilens.corpus.Template;

/**
 * Composes a decision notice for the benchmark corpus: a regime, one to three provisions with a
 * finding each, and enough reasoning to fill the number of pages asked for. The same random
 * generator state always gives the same notice.
 */
final class NoticeComposer {

  /** About how many of the composer's paragraphs fill an A4 page. */
  private static final int PARAGRAPHS_PER_PAGE = 7;

  private final AuthorityPicker authorities;

  NoticeComposer(AuthorityPicker authorities) {
    this.authorities = authorities;
  }

  /** What was composed: the notice, and for each provision whether the complaint succeeded. */
  record Composed(NoticeSource notice, int targetPages) {}

  Composed compose(String name, int targetPages, RandomGenerator random) {
    LocalDate date = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(20 * 365));
    boolean modern = date.getYear() >= 2012 || random.nextInt(4) == 0;
    Regime regime = random.nextInt(5) == 0 ? Regime.EIR : Regime.FOIA;
    String reference = reference(regime, date, random);
    String authority = authorities.pick(random);
    String topic = pick(random, Phrases.TOPICS);

    List<GeneratedProvision> pool =
        regime == Regime.EIR ? GeneratedProvision.EIR : GeneratedProvision.FOIA;
    int count = 1 + random.nextInt(3);
    List<GeneratedProvision> provisions = new ArrayList<>();
    while (provisions.size() < count) {
      GeneratedProvision p = pick(random, pool);
      if (!provisions.contains(p)) {
        provisions.add(p);
      }
    }
    List<Boolean> upheld = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      upheld.add(random.nextInt(3) == 0);
    }
    boolean steps = upheld.contains(true);
    int reasoning = Math.max(count, targetPages * PARAGRAPHS_PER_PAGE - 14);

    Body body = new Body(random, authority);
    body.heading(2, modern ? "Decision (including any steps ordered)" : "Summary");
    body.numbered(
        "The complainant asked "
            + authority
            + " for "
            + topic
            + ". "
            + authority
            + " withheld the information under "
            + citations(provisions)
            + ".");
    body.numbered(decisionSentence(authority, provisions, upheld));
    body.numbered(
        steps
            ? "The Commissioner requires "
                + authority
                + " to disclose the information withheld under the provisions on which it was not"
                + " entitled to rely."
            : "The Commissioner does not require any steps to be taken as a result of this decision"
                + " notice.");
    if (steps) {
      body.numbered(
          authority
              + " must take these steps within 35 calendar days of the date of this decision"
              + " notice. Failure to comply may result in the Commissioner making written"
              + " certification of this fact to the High Court.");
    }

    body.heading(2, modern ? "Request and response" : "The Request");
    LocalDate requested = date.minusDays(200 + random.nextInt(300));
    body.numbered(
        "On "
            + longDate(requested)
            + ", the complainant wrote to "
            + authority
            + " and requested information in the following terms:");
    body.quote("\u201cPlease provide " + topic + ".\u201d");
    body.numbered(
        authority
            + " responded on "
            + longDate(requested.plusDays(15 + random.nextInt(30)))
            + ". It refused the request, citing "
            + citations(provisions)
            + ".");
    body.numbered(
        "Following an internal review "
            + authority
            + " wrote to the complainant on "
            + longDate(requested.plusDays(60 + random.nextInt(40)))
            + ". It maintained its original position.");

    body.heading(2, modern ? "Scope of the case" : "The Investigation");
    body.numbered(
        "The complainant contacted the Commissioner on "
            + longDate(requested.plusDays(110 + random.nextInt(30)))
            + " to complain about the way the request for information had been handled.");
    body.numbered(
        "The Commissioner considers that the scope of this case is to determine whether "
            + authority
            + " was entitled to rely on "
            + citations(provisions)
            + ".");

    body.heading(2, modern ? "Reasons for decision" : "Analysis");
    int perProvision = Math.max(3, reasoning / count);
    for (int i = 0; i < count; i++) {
      GeneratedProvision p = provisions.get(i);
      body.heading(3, capitalise(p.citation()) + " \u2013 " + p.heading());
      body.numbered(p.test());
      for (int k = 0; k < perProvision - 2; k++) {
        body.numbered(body.reasoning());
      }
      body.numbered(findingSentence(authority, p, upheld.get(i)));
    }

    body.heading(2, modern ? "Right of appeal" : "Right of Appeal");
    body.numbered(
        "Either party has the right to appeal against this decision notice to the First-tier"
            + " Tribunal (Information Rights).");
    body.numbered(
        "Any Notice of Appeal should be served on the Tribunal within 28 (calendar) days of the"
            + " date on which this decision notice is sent.");
    body.plain(
        "Signed\n\n"
            + pick(random, Phrases.FIRST_NAMES)
            + " "
            + pick(random, Phrases.SURNAMES)
            + "\n"
            + "Group Manager\n"
            + "Information Commissioner\u2019s Office\n"
            + "Wycliffe House\n"
            + "Water Lane\n"
            + "Wilmslow\n"
            + "Cheshire\n"
            + "SK9 5AF");

    NoticeSource notice =
        new NoticeSource(
            name,
            modern ? Template.MODERN : Template.SECTION50,
            regime,
            reference,
            date,
            authority,
            AuthorityPicker.address(random),
            body.blocks());
    return new Composed(notice, targetPages);
  }

  private static String reference(Regime regime, LocalDate date, RandomGenerator random) {
    if (date.getYear() >= 2020) {
      String letters = "ABCDEFGHJKLMNPQRSTVWXYZ";
      StringBuilder tail = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        tail.append(
            i % 2 == 1
                ? (char) ('0' + random.nextInt(10))
                : letters.charAt(random.nextInt(letters.length())));
      }
      return String.format(Locale.ROOT, "IC-%06d-%s", 40_000 + random.nextInt(300_000), tail);
    }
    return String.format(
        Locale.ROOT,
        regime == Regime.EIR ? "FER%07d" : "FS50%06d",
        100_000 + random.nextInt(800_000));
  }

  private static String decisionSentence(
      String authority, List<GeneratedProvision> provisions, List<Boolean> upheld) {
    List<String> right = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < provisions.size(); i++) {
      (upheld.get(i) ? wrong : right).add(provisions.get(i).citation());
    }
    StringBuilder s = new StringBuilder("The Commissioner\u2019s decision is that ");
    if (!right.isEmpty()) {
      s.append(authority).append(" was entitled to rely on ").append(join(right));
    }
    if (!wrong.isEmpty()) {
      s.append(right.isEmpty() ? "" : ", but that ")
          .append(authority)
          .append(" was not entitled to rely on ")
          .append(join(wrong));
    }
    return s.append('.').toString();
  }

  private static String findingSentence(String authority, GeneratedProvision p, boolean upheld) {
    if (upheld) {
      return "The Commissioner has concluded that "
          + p.citation()
          + " is not engaged, and so "
          + authority
          + " was not entitled to rely on it.";
    }
    String engaged = "The Commissioner is satisfied that " + p.citation() + " is engaged.";
    return p.qualified()
        ? engaged
            + " The public interest in maintaining the "
            + (p.regime() == Regime.EIR ? "exception" : "exemption")
            + " outweighs the public interest in disclosure."
        : engaged;
  }

  private static String citations(List<GeneratedProvision> provisions) {
    return join(provisions.stream().map(GeneratedProvision::citation).toList());
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.getFirst();
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String longDate(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }

  /** The blocks of a notice's body, numbering its paragraphs as they are added. */
  private static final class Body {
    private final RandomGenerator random;
    private final String authority;
    private final List<Block> blocks = new ArrayList<>();
    private int number;

    Body(RandomGenerator random, String authority) {
      this.random = random;
      this.authority = authority;
    }

    void heading(int level, String text) {
      blocks.add(new Block.Heading(level, text));
    }

    void numbered(String text) {
      blocks.add(new Block.NumberedParagraph(Integer.toString(++number), text));
    }

    void quote(String text) {
      blocks.add(new Block.Quote(text));
    }

    void plain(String text) {
      blocks.add(new Block.Plain(text));
    }

    /** Three to five sentences of argument and the Commissioner's view. */
    String reasoning() {
      StringBuilder s = new StringBuilder();
      int sentences = 3 + random.nextInt(3);
      for (int i = 0; i < sentences; i++) {
        if (i > 0) {
          s.append(' ');
        }
        if (random.nextBoolean()) {
          s.append(String.format(Locale.ROOT, pick(random, Phrases.ARGUMENT_SENTENCES), authority));
        } else {
          s.append(pick(random, Phrases.COMMISSIONER_SENTENCES));
        }
      }
      return s.toString();
    }

    List<Block> blocks() {
      return blocks;
    }
  }
}
