package org.foilens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.Pipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;
import org.foilens.model.ResponseTo;
import org.foilens.model.Vocabulary;
import org.foilens.text.AuthorityGazetteer;

/**
 * Scores the pipeline on a set of labelled response letters in the shape of {@code
 * ../shared/data/letters}: a {@code labels.jsonl} (one JSON object a line: {@code file}, {@code
 * kind}, {@code authority}, {@code date}, {@code case_refs}, {@code provisions}, {@code decision})
 * beside a {@code files/} folder. Accuracy of kind (a label {@code internal_review} is kind {@code
 * foi_response} answering an internal review), of what a letter answers, of authority and date over
 * the letters that print one, of the own references (a letter is right when every reference found
 * is one of its labels and every label is found; two forms of one reference, "FOI - 2103 - Adult
 * Services" and "FOI 2103", are the same when their numbers are), and of status (the decision
 * mapped to the thread vocabulary; a null counts as wrong). Authority is scored twice: as the same
 * body (names the gazetteer resolves to one body are equal: "Ofcom" and "Office of
 * Communications"), and as named (the words of one name are all in the other: "Bury Council" and
 * "Bury Metropolitan Borough Council", not "Ofcom" and "Office of Communications"). Provisions get
 * precision, recall and F1.
 */
public final class LetterEvaluator {

  /** The fields scored as accuracy, in the order they are printed. */
  public static final List<String> FIELDS =
      List.of(
          "kind", "response_to", "authority", "authority_as_named", "date", "case_refs", "status");

  private static final Map<String, String> DECISION_STATUS =
      Map.of(
          "disclosed", "successful",
          "partly_disclosed", "partially_successful",
          "refused", "refused",
          "not_held", "not_held",
          "neither_confirm_nor_deny", "refused");

  /** The access-to-information Acts, the only ones the labels list. */
  private static final Pattern ACCESS_ACT = Pattern.compile("(?:FOIA|EIR|FOISA|EISR) ");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /**
   * The scores.
   *
   * @param letters letters scored
   * @param fields accuracy per field of {@link #FIELDS}
   * @param provisions precision and recall of provisions (act and ref)
   * @param references precision and recall of own references, one by one
   * @param datesWherePrintedNone letters that print no date of their own but got one
   * @param statusAnswered letters given a status, and how many of those were right
   * @param disagreements one line per disagreement
   */
  public record Report(
      int letters,
      Map<String, ScalarScore> fields,
      FieldScore provisions,
      FieldScore references,
      int datesWherePrintedNone,
      ScalarScore statusAnswered,
      List<String> disagreements) {}

  private final Pipeline pipeline;
  private final AuthorityGazetteer gazetteer;

  public LetterEvaluator(Pipeline pipeline, AuthorityGazetteer gazetteer) {
    this.pipeline = pipeline;
    this.gazetteer = gazetteer;
  }

  public Report evaluate(Path dir) throws IOException {
    Path labels = dir.resolve("labels.jsonl");
    if (!Files.isRegularFile(labels)) {
      throw new IOException("no labels.jsonl in " + dir);
    }
    Map<String, ScalarScore> fields = new LinkedHashMap<>();
    FIELDS.forEach(f -> fields.put(f, new ScalarScore()));
    FieldScore provisions = new FieldScore();
    FieldScore references = new FieldScore();
    ScalarScore answered = new ScalarScore();
    List<String> disagreements = new ArrayList<>();
    int letters = 0;
    int falseDates = 0;
    try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode gold = Json.MAPPER.readTree(line);
        String name = gold.path("file").asText();
        Path file = dir.resolve("files").resolve(name);
        if (!Files.isRegularFile(file)) {
          throw new IOException("labelled file missing: " + file);
        }
        AnalyzedDocument found = pipeline.analyze(file).document();
        letters++;
        if (found.isFailure()) {
          disagreements.add(name + ": analysis failed: " + found.error());
        }
        String goldKind = GoldValues.text(gold.path("kind"));
        boolean review = "internal_review".equals(goldKind);
        String expectedKind = review ? "foi_response" : goldKind;
        note(
            disagreements,
            name,
            "kind",
            expectedKind,
            Vocabulary.labelOf(found.kind()),
            fields.get("kind"));
        if ("foi_response".equals(expectedKind)) {
          note(
              disagreements,
              name,
              "response_to",
              review ? ResponseTo.INTERNAL_REVIEW.label() : ResponseTo.REQUEST.label(),
              Vocabulary.labelOf(found.correspondence().responseTo()),
              fields.get("response_to"));
        }
        String goldAuthority = GoldValues.text(gold.path("authority"));
        if (goldAuthority != null) {
          boolean same = sameAuthority(goldAuthority, found.authority());
          fields.get("authority").add(same);
          fields.get("authority_as_named").add(sameAsNamed(goldAuthority, found.authority()));
          if (!same) {
            disagreements.add(
                name
                    + ": authority: gold \""
                    + goldAuthority
                    + "\", found \""
                    + found.authority()
                    + "\"");
          }
        }
        String goldDate = GoldValues.text(gold.path("date"));
        String foundDate = found.date() == null ? null : found.date().toString();
        if (goldDate != null) {
          note(disagreements, name, "date", goldDate, foundDate, fields.get("date"));
        } else if (foundDate != null) {
          falseDates++;
          disagreements.add(name + ": date: none printed, found " + foundDate);
        }
        List<String> goldRefs = new ArrayList<>(GoldValues.strings(gold.path("case_refs")));
        List<String> foundRefs = found.mentions().caseRefs();
        boolean refsRight = compareReferences(goldRefs, foundRefs, references);
        fields.get("case_refs").add(refsRight);
        if (!refsRight) {
          disagreements.add(name + ": case_refs: gold " + goldRefs + ", found " + foundRefs);
        }
        Set<String> goldProvisions = GoldValues.provisionKeys(gold.path("provisions"));
        Set<String> foundProvisions = GoldValues.provisionKeys(found.provisions());
        foundProvisions.removeIf(k -> !ACCESS_ACT.matcher(k).lookingAt()); // labels list only these
        provisions.add(goldProvisions, foundProvisions);
        if (!goldProvisions.equals(foundProvisions)) {
          disagreements.add(
              name + ": provisions: gold " + goldProvisions + ", found " + foundProvisions);
        }
        String goldStatus = DECISION_STATUS.get(GoldValues.text(gold.path("decision")));
        if (goldStatus != null) {
          String foundStatus = Vocabulary.labelOf(found.correspondence().status());
          note(disagreements, name, "status", goldStatus, foundStatus, fields.get("status"));
          if (foundStatus != null) {
            answered.add(goldStatus, foundStatus);
          }
        }
      }
    }
    return new Report(letters, fields, provisions, references, falseDates, answered, disagreements);
  }

  private static void note(
      List<String> disagreements,
      String name,
      String field,
      String gold,
      String found,
      ScalarScore score) {
    if (!score.add(gold, found)) {
      disagreements.add(name + ": " + field + ": gold " + gold + ", found " + found);
    }
  }

  /**
   * Whether two references are one: the same letters and digits, or the same numbers in the same
   * order ("FOI - 2103 - Adult Mental Health Services" and "FOI - 2103").
   */
  static boolean sameReference(String gold, String found) {
    String a = gold.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String b = found.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    if (a.equals(b)) {
      return true;
    }
    List<String> x = numbers(gold);
    return !x.isEmpty() && x.equals(numbers(found));
  }

  private static List<String> numbers(String ref) {
    List<String> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(ref);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Scores one letter's references; true when they agree as sets. */
  private static boolean compareReferences(
      List<String> gold, List<String> found, FieldScore score) {
    Set<String> g = new LinkedHashSet<>();
    Set<String> f = new LinkedHashSet<>();
    for (int i = 0; i < gold.size(); i++) {
      g.add("g" + i);
    }
    boolean allFoundRight = true;
    for (int j = 0; j < found.size(); j++) {
      String match = "f" + j;
      for (int i = 0; i < gold.size(); i++) {
        if (sameReference(gold.get(i), found.get(j))) {
          match = "g" + i;
          break;
        }
      }
      allFoundRight &= match.startsWith("g");
      f.add(match);
    }
    boolean allGoldFound = true;
    for (int i = 0; i < gold.size(); i++) {
      String gi = gold.get(i);
      allGoldFound &= found.stream().anyMatch(x -> sameReference(gi, x));
    }
    // a gold reference matched by another gold one's form counts once found
    for (int i = 0; i < gold.size(); i++) {
      String gi = gold.get(i);
      if (found.stream().anyMatch(x -> sameReference(gi, x))) {
        f.add("g" + i);
      }
    }
    score.add(g, f);
    return allFoundRight && allGoldFound;
  }

  /**
   * Whether the pipeline's authority is the labelled one: the same name, or names the gazetteer
   * resolves to one body, or the labelled name's part in brackets ("VOSA (Vehicle and Operator
   * Services Agency) Information Access").
   */
  boolean sameAuthority(String gold, String found) {
    if (found == null) {
      return false;
    }
    List<String> forms = new ArrayList<>();
    forms.add(gold);
    Matcher bracket = Pattern.compile("\\(([^)]+)\\)").matcher(gold);
    while (bracket.find()) {
      forms.add(bracket.group(1));
    }
    forms.add(gold.replaceAll("\\s*\\([^)]*\\)", ""));
    AuthorityGazetteer.Authority f = gazetteer.resolve(found);
    for (String form : forms) {
      if (key(form).equals(key(found))) {
        return true;
      }
      AuthorityGazetteer.Authority g = gazetteer.resolve(form);
      if (g != null && f != null && g.name().equals(f.name())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words of one name are all in the other, as written: no gazetteer. */
  static boolean sameAsNamed(String gold, String found) {
    if (found == null) {
      return false;
    }
    List<String> g = List.of(key(gold).replace("'", "").split(" "));
    List<String> f = List.of(key(found).replace("'", "").split(" "));
    return g.containsAll(f) || f.containsAll(g);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replace('’', '\'')
        .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
        .replaceAll("^the\\s+", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
