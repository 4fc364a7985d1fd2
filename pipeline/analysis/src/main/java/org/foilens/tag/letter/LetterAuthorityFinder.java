package org.foilens.tag.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.AuthorityGazetteer;

/**
 * The public authority that wrote a response letter: the body its letterhead, its signature block
 * and its own sentences name most, under the gazetteer's name where the gazetteer knows it, else as
 * written ("Nottinghamshire Healthcare NHS Foundation Trust"). A name in the first lines or below
 * the sign-off counts three times a name in the text; a name in the standard rights paragraph
 * counts as the text does, and a regulator named only there (the Information Commissioner, where to
 * complain) not at all. A single word the gazetteer knows as a body's short name ("Ofcom", "VOSA")
 * counts only where the letter shows the body acting ("Ofcom does not hold", "VOSA's"): a town's
 * name alone is its council's in the gazetteer, and letterheads are full of towns. Null when no
 * body is named.
 */
public final class LetterAuthorityFinder {

  static final int HEAD_LINES = 25;
  private static final String REGULATOR = "regulator";

  /** A body's name as written: capitalised words ending in a word that names an organisation. */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:[A-Z][\\p{L}\\x27\\x{2019}.-]*|St\\.?)"
              + "(?:\\h+(?:and|&|of|for|the|on|upon)(?=\\h+[A-Z]))?\\h+){1,8}"
              + "(?:NHS\\h+(?:Foundation\\h+)?Trust|Foundation\\h+Trust"
              + "|Partnership\\h+Trust|Health\\h+Trust"
              + "|Council|Agency|Authority|Police|Constabulary|Commission|Ombudsman|Department"
              + "|Ministry|University|Fire\\h+and\\h+Rescue\\h+Service|Trust)(?![\\p{L}])");

  private static final Pattern SIGN_OFF =
      Pattern.compile("(?im)^\\s*yours\\s+(?:sincerely|faithfully|truly)");
  private static final int MAX_TOKENS = 12;

  /** The most a body named only in the letter's text, not its head or signature, scores. */
  private static final double TEXT_CAP = 4;

  /** Below this a body is only mentioned in passing: no answer rather than a guess. */
  private static final double LEAST_SCORE = 2;

  /** Lines from the sign-off that are the signature block. */
  private static final int SIGNATURE_LINES = 15;

  /**
   * A web or mail domain's own label and its suffix ("ofcom" in information.requests@ofcom.org.uk,
   * "eput" in www.eput.nhs.uk): a body's short name when the gazetteer knows it, else the body's
   * name cut short ({@link DomainNames}).
   */
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?i)(?:@|\\bwww\\.|https?://)(?:[a-z0-9-]+\\.)*?([a-z][a-z0-9-]{2,20})"
              + "\\.(nhs\\.uk|gov\\.uk|org\\.uk|police\\.uk|ac\\.uk|sch\\.uk|parliament\\.uk"
              + "|co\\.uk|com|org)\\b");

  /** A body's short name written as one word ("Ofcom", "VOSA"). */
  private static final Pattern SHORT_NAME = Pattern.compile("[A-Z][A-Za-z]{2,9}");

  /** A word after a body's short name that shows it acting: "Ofcom does not hold", "VOSA's". */
  private static final Pattern ACTS =
      Pattern.compile(
          "(?:has|have|does|did|is|was|will|would|can|cannot|holds?|received|considers?|intends"
              + "|provides?|publishes|'s|’s)");

  /** Words that open or interrupt no body's name: titles, pronouns, sentence adverbs. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?:The|This|That|Our|Your|Their|Currently|Acting|Interim|Deputy|Chief|Chair|Chairman"
              + "|Director|Manager|Officer|Head|Dear|Re|RE|From|To|Cc|Local|Relevant|Please|If"
              + "|Whilst|While|Within|However|Also|Both|Each|Every|All|Any|Mr|Mrs|Ms|Dr)");

  private final AuthorityGazetteer gazetteer;
  private final DomainNames domains;

  public LetterAuthorityFinder(AuthorityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.domains = new DomainNames(gazetteer);
  }

  /** A web or mail domain seen in a letter: its own label ("rdash") and suffix ("nhs.uk"). */
  private record Domain(String label, String suffix) {}

  /** A candidate body and how strongly the letter names it. */
  private static final class Candidate {
    final String name;
    final String sector;
    double score;
    boolean shown; // seen acting ("Ofcom does not hold") or by its own web or mail domain

    Candidate(String name, String sector) {
      this.name = name;
      this.sector = sector;
    }
  }

  /**
   * The letter's authority, or null.
   *
   * @param sentences the letter cut into sentences with their voices
   * @param tokens the tokenizer of the tag stage
   */
  public String find(
      String text, List<LetterSentences.Sentence> sentences, Function<String, String[]> tokens) {
    Candidate best = null;
    for (Candidate c : candidates(text, sentences, tokens).values()) {
      if (REGULATOR.equals(c.sector) && !c.shown) {
        continue; // the Information Commissioner, named as where to complain
      }
      if (best == null || c.score > best.score) {
        best = c;
      }
    }
    return best == null || best.score < LEAST_SCORE ? null : best.name;
  }

  /** Every body the letter names with its score, for people checking a reading. */
  Map<String, Double> scores(
      String text, List<LetterSentences.Sentence> sentences, Function<String, String[]> tokens) {
    Map<String, Double> out = new LinkedHashMap<>();
    candidates(text, sentences, tokens).forEach((k, c) -> out.put(k, c.score));
    return out;
  }

  /** Every body the letter names, with its score, in order of first mention. */
  private Map<String, Candidate> candidates(
      String text, List<LetterSentences.Sentence> sentences, Function<String, String[]> tokens) {
    int headEnd = LetterLines.end(text, 0, HEAD_LINES);
    Matcher signOff = SIGN_OFF.matcher(text);
    int signature = signOff.find() ? signOff.start() : text.length();
    int signatureEnd = // past the line break
        Math.min(LetterLines.end(text, signature, SIGNATURE_LINES) + 1, text.length());
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Map<String, Double> inText = new HashMap<>();
    Map<String, Integer> acting = new LinkedHashMap<>();
    Set<String> midSentence = new HashSet<>();
    Map<Domain, Integer> domainsSeen = new LinkedHashMap<>();
    String[] previous = new String[0];
    for (LetterSentences.Sentence s : sentences) {
      boolean rights = s.voice() == LetterSentences.Voice.RIGHTS;
      boolean head = s.start() < headEnd;
      boolean prominent = head || (s.start() >= signature && s.start() < signatureEnd);
      double weight = prominent ? 3 : 1;
      String[] words = tokens.apply(s.text());
      List<String> names = namedIn(words);
      // a name broken over two lines of a letterhead ("South West Yorkshire Partnership" / "NHS
      // Foundation Trust") is whole in the two sentences read together
      List<String> joined = namedIn(concat(previous, words));
      joined.removeAll(namedIn(previous));
      joined.removeAll(names);
      names.addAll(joined);
      previous = words;
      Matcher w = WRITTEN.matcher(text.substring(s.start(), s.end()));
      while (w.find()) {
        String written = trimWritten(w.group().strip());
        if (written != null && gazetteer.resolve(written) == null) {
          names.add(written);
        }
      }
      for (String name : names) {
        AuthorityGazetteer.Authority a = gazetteer.resolve(name);
        String canonical = a == null ? name : a.name();
        Candidate c =
            candidates.computeIfAbsent(
                canonical, n -> new Candidate(n, a == null ? null : a.sector()));
        // a body's own full name counts twice what a short alias does ("West Yorkshire")
        boolean full = AuthorityKeys.same(name, canonical) || name.split(" ").length >= 4;
        double points = weight * (full ? 2 : 1);
        if (prominent) {
          c.score += points;
        } else {
          inText.merge(canonical, points, Double::sum);
        }
      }
      if (!rights) {
        readShortNames(words, acting, midSentence);
        Matcher d = DOMAIN.matcher(s.text());
        while (d.find()) {
          domainsSeen.merge(
              new Domain(d.group(1).toLowerCase(Locale.ROOT), d.group(2).toLowerCase(Locale.ROOT)),
              1,
              Integer::sum);
        }
      }
    }
    // the bodies a letter talks about (councils, in a letter about housing) are named in its text
    // as often as they like; the writer's name heads and signs it
    inText.forEach((name, points) -> candidates.get(name).score += Math.min(points, TEXT_CAP));
    acting.forEach(
        (word, count) -> {
          AuthorityGazetteer.Authority a = gazetteer.resolve(word);
          if (a != null && midSentence.contains(word) && !inLowerCase(text, word)) {
            shown(candidates, a, count);
          }
        });
    domainsSeen.forEach(
        (domain, count) -> {
          AuthorityGazetteer.Authority a = domains.shortName(domain.label(), domain.suffix());
          Candidate named = a == null ? namedAs(candidates, domain.label(), domain.suffix()) : null;
          if (named != null) {
            // the body the letter names, under the name it uses ("Dorset HealthCare University
            // NHS Foundation Trust" for dorsethealthcare.nhs.uk, not the trust's former name)
            credit(named, count);
            return;
          }
          if (a == null) {
            a = domains.cut(domain.label(), domain.suffix());
          }
          if (a != null) {
            shown(candidates, a, count);
          }
        });
    return candidates;
  }

  /** The best-scored body the letter names whose name the domain label is cut from, or null. */
  private static Candidate namedAs(Map<String, Candidate> candidates, String label, String suffix) {
    Candidate best = null;
    for (Candidate c : candidates.values()) {
      if (DomainNames.cutFrom(label, suffix, c.name, c.sector)
          && (best == null || c.score > best.score)) {
        best = c;
      }
    }
    return best;
  }

  /** Scores a body seen acting or by its own domain, {@code count} times. */
  private static void shown(
      Map<String, Candidate> candidates, AuthorityGazetteer.Authority a, int count) {
    credit(candidates.computeIfAbsent(a.name(), n -> new Candidate(n, a.sector())), count);
  }

  private static void credit(Candidate c, int count) {
    c.score += Math.min(2 * count, TEXT_CAP);
    c.shown = true;
  }

  /** Counts the short names seen acting, and those written capitalised inside a sentence. */
  private static void readShortNames(
      String[] words, Map<String, Integer> acting, Set<String> midSentence) {
    for (int i = 0; i < words.length; i++) {
      String word = words[i].replaceAll("^\\W+|\\W+$", "");
      if (!SHORT_NAME.matcher(word).matches()) {
        continue;
      }
      if (i > 0 && words[i - 1].matches("[\\p{L}\\d,]+")) {
        midSentence.add(word);
      }
      String next = i + 1 < words.length ? words[i + 1] : "";
      if (ACTS.matcher(next).matches() || words[i].matches(".*[’']s")) {
        acting.merge(word, 1, Integer::sum);
      }
    }
  }

  /** Whether a text also writes the word in lower case, as an ordinary word ("this"). */
  private static boolean inLowerCase(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals(word)
        && Pattern.compile("(?<![\\w.@/])" + Pattern.quote(lower) + "(?![\\w.@])")
            .matcher(text)
            .find();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * The bodies a run of tokens names, as written: the longest run of two to twelve tokens the
   * gazetteer knows, from each token in turn, without overlaps. Single words are left to the
   * caller: a town's name is also its council's.
   */
  private List<String> namedIn(String[] words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (!Character.isUpperCase(words[i].charAt(0))) {
        continue;
      }
      for (int n = Math.min(MAX_TOKENS, words.length - i); n >= 2; n--) {
        if (!Character.isLetter(words[i + n - 1].charAt(0))) {
          continue; // "Doncaster ," is the town, not a two-word name
        }
        String written = String.join(" ", Arrays.copyOfRange(words, i, i + n));
        AuthorityGazetteer.Authority a = gazetteer.resolve(written);
        if (a != null) {
          out.add(written);
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * A written name without the words before it that are no part of a body's name ("Currently the
   * Trust", "Acting Chief Executive"); null when too little is left.
   */
  private static String trimWritten(String written) {
    String[] words = written.split("\\h+");
    int from = 0;
    while (from < words.length && NOT_A_NAME.matcher(words[from]).matches()) {
      from++;
    }
    if (words.length - from < 3) {
      return null;
    }
    for (int i = from; i < words.length; i++) {
      if (NOT_A_NAME.matcher(words[i]).matches()) {
        return null;
      }
    }
    return String.join(" ", Arrays.copyOfRange(words, from, words.length));
  }
}
