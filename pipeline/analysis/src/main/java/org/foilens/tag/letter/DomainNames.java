package org.foilens.tag.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foilens.text.AuthorityGazetteer;
import org.foilens.text.AuthorityGazetteer.Authority;

/**
 * The public body a domain of the public sector stands for when the gazetteer lists no short name
 * for it: the domain's own label is the body's name cut short, each word of the name giving its
 * first letters in order ("rdash.nhs.uk": Rotherham Doncaster and South Humber NHS Foundation
 * Trust; "swlstg.nhs.uk": South West London and St George's Mental Health NHS Trust;
 * "solent.nhs.uk": Solent NHS Trust). Small words and the words that say what kind of body it is
 * ("and", "NHS", "Trust", "Council", "Mental Health") may give none; every other word gives at
 * least one. Only labels under the public-sector suffixes are read, and the suffix must suit the
 * body's sector (an nhs.uk domain is an NHS body's). Of the bodies a label could be cut from, the
 * one that skips fewest words is meant (a trust's present name before its former one, which had
 * "Mental Health" in it); two alike stand for none.
 */
final class DomainNames {

  /** The sectors a gov.uk or parliament.uk domain may stand for. */
  private static final Set<String> GOVERNMENT =
      Set.of(
          "local government",
          "central government",
          "devolved government",
          "regulator",
          "parliament",
          "other");

  /** Suffixes of public bodies' domains, and the sectors each may stand for. */
  private static final Map<String, Set<String>> SUFFIXES =
      Map.of(
          "nhs.uk", Set.of("NHS"),
          "police.uk", Set.of("police"),
          "ac.uk", Set.of("education"),
          "sch.uk", Set.of("education"),
          "gov.uk", GOVERNMENT,
          "parliament.uk", GOVERNMENT);

  /** Words that may give no letter: small words and words naming a kind of body. */
  private static final Set<String> OPTIONAL =
      Set.of(
          ("and of for the in on upon at nhs foundation trust council borough city county district"
                  + " metropolitan university hospital hospitals college health healthcare care"
                  + " mental partnership services service community teaching authority agency"
                  + " commission police constabulary fire rescue limited ltd plc")
              .split(" "));

  /** Labels too common to be a body's: hosts and the shared domains. */
  private static final Set<String> NOT_A_BODY = Set.of("www", "mail", "web", "email", "secure");

  private static final int SHORTEST = 3;

  private final AuthorityGazetteer gazetteer;
  private Map<Character, List<Entry>> byFirstLetter; // built on first use

  private record Entry(Authority authority, String[] words) {}

  DomainNames(AuthorityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The body whose short name a domain's label is ("ofcom" in ofcom.org.uk, "dwp" in dwp.gov.uk),
   * where the suffix suits its sector (kent.police.uk is not Kent County Council), or null.
   */
  Authority shortName(String label, String suffix) {
    Authority a = gazetteer.resolve(label);
    Set<String> sectors = SUFFIXES.get(suffix.toLowerCase(Locale.ROOT));
    return a == null || (sectors != null && !sectors.contains(a.sector())) ? null : a;
  }

  /**
   * The body whose name a domain's label is cut from, or null.
   *
   * @param label the domain's own label, as "rdash" in www.rdash.nhs.uk
   * @param suffix what follows it, as "nhs.uk"
   */
  Authority cut(String label, String suffix) {
    String l = label.toLowerCase(Locale.ROOT);
    Set<String> sectors = SUFFIXES.get(suffix.toLowerCase(Locale.ROOT));
    if (sectors == null || l.length() < SHORTEST || NOT_A_BODY.contains(l)) {
      return null;
    }
    Authority found = null;
    int fewest = Integer.MAX_VALUE;
    boolean tie = false;
    for (Entry e : index().getOrDefault(l.charAt(0), List.of())) {
      if (!sectors.contains(e.authority().sector())) {
        continue;
      }
      int skipped = skipped(l, 0, e.words(), 0);
      if (skipped >= 0 && skipped < fewest) {
        found = e.authority();
        fewest = skipped;
        tie = false;
      } else if (skipped >= 0 && skipped == fewest && !found.equals(e.authority())) {
        tie = true;
      }
    }
    return tie ? null : found; // two bodies cut alike to this label: neither
  }

  /**
   * Whether a public-sector domain's label is this body's name cut short, the suffix suiting its
   * sector (a body the gazetteer does not know, of no sector, suits any).
   */
  static boolean cutFrom(String label, String suffix, String name, String sector) {
    Set<String> sectors = SUFFIXES.get(suffix.toLowerCase(Locale.ROOT));
    return sectors != null
        && (sector == null || sectors.contains(sector))
        && skipped(label.toLowerCase(Locale.ROOT), 0, words(name), 0) >= 0;
  }

  /**
   * How few words give no letter when the label from {@code at} is the words from {@code word} cut
   * short ("rdash" skips 3 words of Rotherham Doncaster and South Humber NHS Foundation Trust, 5 of
   * its former name with "Mental Health" in it), or -1 when it is not.
   */
  private static int skipped(String label, int at, String[] words, int word) {
    if (at == label.length()) {
      for (int i = word; i < words.length; i++) {
        if (!OPTIONAL.contains(words[i])) {
          return -1;
        }
      }
      return words.length - word;
    }
    if (word == words.length) {
      return -1;
    }
    String w = words[word];
    int best = -1;
    for (int n = Math.min(w.length(), label.length() - at); n >= 1; n--) {
      if (label.regionMatches(at, w, 0, n)) {
        int rest = skipped(label, at + n, words, word + 1);
        if (rest >= 0 && (best < 0 || rest < best)) {
          best = rest;
        }
      }
    }
    if (OPTIONAL.contains(w)) {
      int rest = skipped(label, at, words, word + 1);
      if (rest >= 0 && (best < 0 || rest + 1 < best)) {
        best = rest + 1;
      }
    }
    return best;
  }

  private synchronized Map<Character, List<Entry>> index() {
    if (byFirstLetter == null) {
      Map<Character, List<Entry>> index = new HashMap<>();
      for (Authority a : gazetteer.bodies()) {
        String[] words = words(a.name());
        for (Character first : firstLetters(words)) {
          index.computeIfAbsent(first, c -> new ArrayList<>()).add(new Entry(a, words));
        }
      }
      byFirstLetter = index;
    }
    return byFirstLetter;
  }

  /** The letters a label cut from these words can start with: skipped optional words aside. */
  private static List<Character> firstLetters(String[] words) {
    List<Character> out = new ArrayList<>();
    for (String w : words) {
      if (!out.contains(w.charAt(0))) {
        out.add(w.charAt(0));
      }
      if (!OPTIONAL.contains(w)) {
        break;
      }
    }
    return out;
  }

  /** A name's words in lower case, letters and digits only ("st", "georges"). */
  static String[] words(String name) {
    return Arrays.stream(AuthorityGazetteer.key(name).replace("'", "").split(" "))
        .filter(w -> !w.isEmpty())
        .toArray(String[]::new);
  }
}
