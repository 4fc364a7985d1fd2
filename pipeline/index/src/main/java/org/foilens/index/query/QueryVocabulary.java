package org.foilens.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.foilens.FoilensConfig;
import org.foilens.model.Act;
import org.foilens.text.AuthorityGazetteer;
import org.foilens.text.TsvTable;

/**
 * What a query may name, read from {@code config/}: the names of the Acts ({@code
 * legislation/aliases.tsv}: "FOIA", "the EIRs", "FOISA", "UK GDPR", …), the words that introduce a
 * provision and the Act each means when none is named ({@code query-citations.tsv}: "s." is FOIA,
 * "reg" is EIR), and the public bodies with their aliases ({@code authorities.tsv}: "HM Treasury"
 * is Her Majesty's Treasury). Immutable and thread-safe.
 */
public final class QueryVocabulary {

  private static volatile QueryVocabulary standard;

  private final Map<String, Act> actNames;
  private final Map<String, Act> citationWords;
  private final AuthorityGazetteer authorities;
  private volatile QueryReader reader;

  /**
   * @param actNames the names of the Acts, lower-cased, each with its Act
   * @param citationWords the words that introduce a provision, lower-cased, with their Act
   * @param authorities the public bodies
   */
  public QueryVocabulary(
      Map<String, Act> actNames, Map<String, Act> citationWords, AuthorityGazetteer authorities) {
    this.actNames = Map.copyOf(actNames);
    this.citationWords = Map.copyOf(citationWords);
    this.authorities = authorities;
  }

  /** The vocabulary of a configuration folder. */
  public static QueryVocabulary load(Path configDir) throws IOException {
    Map<String, Act> acts = new LinkedHashMap<>();
    for (Act act : Act.values()) {
      acts.put(act.label().toLowerCase(Locale.ROOT), act);
    }
    for (CSVRecord row : TsvTable.read(configDir.resolve("legislation/aliases.tsv"))) {
      acts.putIfAbsent(
          TsvTable.cell(row, "alias").toLowerCase(Locale.ROOT),
          Act.fromLabel(TsvTable.cell(row, "act")));
    }
    Map<String, Act> words = new LinkedHashMap<>();
    for (CSVRecord row : TsvTable.read(configDir.resolve("query-citations.tsv"))) {
      words.put(
          TsvTable.cell(row, "word").toLowerCase(Locale.ROOT),
          Act.fromLabel(TsvTable.cell(row, "act")));
    }
    return new QueryVocabulary(
        acts, words, AuthorityGazetteer.load(configDir.resolve("authorities.tsv")));
  }

  /**
   * The vocabulary of the configuration foilens finds ({@link FoilensConfig#locate}), loaded once.
   *
   * @throws IllegalStateException when there is no configuration folder
   */
  public static QueryVocabulary standard() {
    QueryVocabulary v = standard;
    if (v == null) {
      synchronized (QueryVocabulary.class) {
        v = standard;
        if (v == null) {
          try {
            v = load(FoilensConfig.locate().dir());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query vocabulary: " + e, e);
          }
          standard = v;
        }
      }
    }
    return v;
  }

  /** The Act a name stands for ("FOIA", "the EIRs", "FOI(S)A"), in any case; or null. */
  public Act act(String name) {
    return actNames.get(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  /** The Act a citation word means when the citation names none ("s" → FOIA), or null. */
  public Act defaultAct(String word) {
    return citationWords.get(word.toLowerCase(Locale.ROOT));
  }

  /** The Acts' names, longest first, as a pattern must try them. */
  public List<String> actNames() {
    List<String> names = new ArrayList<>(actNames.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n));
    return names;
  }

  /** The citation words, longest first. */
  public List<String> citationWords() {
    List<String> words = new ArrayList<>(citationWords.keySet());
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n));
    return words;
  }

  /** The words that introduce a provision of an Act ("section", "s", … for FOIA). */
  public List<String> wordsFor(Act act) {
    return citationWords.entrySet().stream()
        .filter(e -> e.getValue() == act)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  public AuthorityGazetteer authorities() {
    return authorities;
  }

  /** The reader of queries in this vocabulary, made once. */
  public QueryReader reader() {
    QueryReader r = reader;
    if (r == null) {
      r = new QueryReader(this);
      reader = r;
    }
    return r;
  }
}
