package org.foilens.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The public bodies of {@code config/authorities.tsv} (name, aliases, sector), for turning the way
 * a document or a query names an authority ("DWP", "the Department for Work & Pensions", "HM
 * Treasury") into one canonical name, and for finding authorities named in running text. It lives
 * in the core so that the analysis (which names a document's authority) and the search (which reads
 * the names people type) use one table and one normalisation.
 */
public final class AuthorityGazetteer {

  /** A public body: canonical name and sector. */
  public record Authority(String name, String sector) {}

  private static final int MAX_NAME_TOKENS = 12;

  /** What {@link #key} turns to spaces, and the spaces it folds into one. */
  private static final Pattern NOT_KEPT = Pattern.compile("[^\\p{L}\\p{N}' ]+");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, Authority> byKey;
  private final Map<String, List<String>> names;

  private AuthorityGazetteer(Map<String, Authority> byKey, Map<String, List<String>> names) {
    this.byKey = Map.copyOf(byKey);
    this.names = Map.copyOf(names);
  }

  public static AuthorityGazetteer empty() {
    return new AuthorityGazetteer(Map.of(), Map.of());
  }

  public static AuthorityGazetteer load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    Map<String, Authority> byKey = new HashMap<>();
    Map<String, List<String>> names = new HashMap<>();
    for (CSVRecord row : TsvTable.read(file)) {
      String name = TsvTable.cell(row, "name");
      if (name.isEmpty()) {
        continue;
      }
      Authority a = new Authority(name, blankToNull(TsvTable.cell(row, "sector")));
      byKey.putIfAbsent(key(a.name()), a);
      List<String> all = new ArrayList<>(List.of(name));
      for (String alias : TsvTable.cell(row, "aliases").split("\\|")) {
        if (!alias.isBlank()) {
          byKey.putIfAbsent(key(alias), a);
          all.add(alias.strip());
        }
      }
      names.putIfAbsent(name, List.copyOf(all));
    }
    byKey.remove("");
    return new AuthorityGazetteer(byKey, names);
  }

  /** Every body the gazetteer knows, once each, in no particular order. */
  public List<Authority> bodies() {
    return byKey.values().stream().distinct().toList();
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /**
   * Every name of a body given by its canonical name: the name first, then its aliases as the
   * gazetteer lists them; empty when the gazetteer does not know the name.
   */
  public List<String> namesOf(String canonicalName) {
    return names.getOrDefault(canonicalName, List.of());
  }

  /** The body a name stands for, or null when the gazetteer does not know it. */
  public Authority resolve(String written) {
    if (written == null) {
      return null;
    }
    Authority a = byKey.get(key(written));
    if (a == null) {
      String trimmed = written.replaceAll("(?i)\\s*\\((?:the\\s+)?[A-Z&]{2,8}\\)\\s*$", "");
      a = byKey.get(key(trimmed));
    }
    return a;
  }

  /**
   * The first body named in a list of tokens: the longest run of up to twelve tokens the gazetteer
   * knows, starting from each token in turn. One-token names count only as abbreviations (DWP,
   * HMRC), so that ordinary words do not match.
   */
  public Authority firstIn(String[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      Match m = longestAt(tokens, i);
      if (m != null) {
        return m.authority();
      }
    }
    return null;
  }

  /**
   * Every body named in a list of tokens, in order, as {@link #firstIn} finds them; no overlaps.
   */
  public List<Authority> allIn(String[] tokens) {
    return matchesIn(tokens).stream().map(Match::authority).toList();
  }

  /** Every body named in a list of tokens with where: the first token and how many; no overlaps. */
  public List<Match> matchesIn(String[] tokens) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      Match m = longestAt(tokens, i);
      if (m != null) {
        out.add(m);
        i += m.tokens() - 1;
      }
    }
    return out;
  }

  /** A body named by {@code tokens} tokens from token {@code start}. */
  public record Match(Authority authority, int start, int tokens) {}

  /**
   * The longest name of up to twelve tokens the gazetteer knows starting at token {@code i}, or
   * null. One-token names count only as abbreviations (DWP, HMRC), so that ordinary words do not
   * match.
   */
  private Match longestAt(String[] tokens, int i) {
    for (int n = Math.min(MAX_NAME_TOKENS, tokens.length - i); n >= 1; n--) {
      if (n == 1 && !tokens[i].matches("[A-Z][A-Z&]{2,7}")) {
        continue;
      }
      if (n > 1 && (isPunctuation(tokens[i]) || isPunctuation(tokens[i + n - 1]))) {
        continue; // "This ." must not read as the one-word alias THIS
      }
      if (n > 1 && !startsAsName(tokens, i)) {
        continue; // "the lease" is not the Leasehold Advisory Service (LEASE)
      }
      Authority a = byKey.get(key(String.join(" ", Arrays.copyOfRange(tokens, i, i + n))));
      if (a != null) {
        return new Match(a, i, n);
      }
    }
    return null;
  }

  /** Whether the words from {@code i} start as a name does: a capital, after any "the". */
  private static boolean startsAsName(String[] tokens, int i) {
    String first =
        tokens[i].equalsIgnoreCase("the") && i + 1 < tokens.length ? tokens[i + 1] : tokens[i];
    return !first.isEmpty()
        && (Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0)));
  }

  private static boolean isPunctuation(String token) {
    return token.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * A name as the gazetteer compares names: case, accents of compatibility forms, punctuation,
   * "&amp;" and a leading "the" set aside.
   */
  public static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = NOT_KEPT.matcher(n.replace("&", " and ").replace('’', '\'')).replaceAll(" ");
    n = SPACES.matcher(n).replaceAll(" ").strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
