package org.foilens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.foilens.Pipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;
import org.foilens.model.Provision;
import org.foilens.model.Vocabulary;
import org.foilens.text.AuthorityGazetteer;

/**
 * Compares what the pipeline makes of documents with gold answers: one JSON file per document in
 * the contract's shape, naming its {@code source}. Set-valued fields get precision, recall and F1;
 * single-valued fields get accuracy over the gold files that state them.
 */
public final class GoldEvaluator {

  public static final List<String> SET_FIELDS = List.of("provisions", "case_refs", "dates");

  /** Set fields scored only over the gold files that state them (older gold does not). */
  public static final List<String> OPTIONAL_SET_FIELDS =
      List.of("periods", "persons", "organisations", "appeal_parties");

  public static final List<String> SCALAR_FIELDS =
      List.of(
          "kind", "date", "authority", "outcome", "status", "steps_ordered", "steps_deadline_days");

  /** A tribunal decision's appeal, scored over the gold files with an {@code appeal}. */
  public static final List<String> APPEAL_FIELDS = List.of("appeal_reference", "appeal_result");

  /** Per-provision finding accuracy, over the gold provisions that state a finding. */
  public static final String FINDING = "finding";

  private static final ObjectMapper JSON = Json.MAPPER;

  /** The scores, and one line per disagreement for people to read. */
  public record Report(
      int documents,
      Map<String, FieldScore> sets,
      Map<String, ScalarScore> scalars,
      List<String> disagreements) {}

  private final Pipeline pipeline;
  private final AuthorityGazetteer gazetteer;

  public GoldEvaluator(Pipeline pipeline) {
    this(pipeline, AuthorityGazetteer.empty());
  }

  /**
   * @param gazetteer names of one body count as the same authority ("HM Treasury" and "Her
   *     Majesty's Treasury")
   */
  public GoldEvaluator(Pipeline pipeline, AuthorityGazetteer gazetteer) {
    this.pipeline = pipeline;
    this.gazetteer = gazetteer;
  }

  public Report evaluate(Path goldDir) throws IOException {
    List<Path> goldFiles;
    try (Stream<Path> s = Files.list(goldDir)) {
      goldFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    if (goldFiles.isEmpty()) {
      throw new IOException("no gold files (*.json) in " + goldDir);
    }
    Map<String, FieldScore> sets = new LinkedHashMap<>();
    SET_FIELDS.forEach(f -> sets.put(f, new FieldScore()));
    OPTIONAL_SET_FIELDS.forEach(f -> sets.put(f, new FieldScore()));
    Map<String, ScalarScore> scalars = new LinkedHashMap<>();
    SCALAR_FIELDS.forEach(f -> scalars.put(f, new ScalarScore()));
    APPEAL_FIELDS.forEach(f -> scalars.put(f, new ScalarScore()));
    scalars.put(FINDING, new ScalarScore());
    List<String> disagreements = new ArrayList<>();
    for (Path goldFile : goldFiles) {
      JsonNode gold = JSON.readTree(goldFile.toFile());
      String source = gold.path("source").asText(null);
      if (source == null) {
        throw new IOException("gold file without source: " + goldFile);
      }
      Path file = resolve(source, goldDir);
      AnalyzedDocument found = pipeline.analyze(file).document();
      String name = goldFile.getFileName().toString();
      if (found.isFailure()) {
        disagreements.add(name + ": analysis failed: " + found.error());
      }
      compareSet(
          name,
          "provisions",
          GoldValues.provisionKeys(gold.path("provisions")),
          GoldValues.provisionKeys(found.provisions()),
          sets,
          disagreements);
      compareSet(
          name,
          "case_refs",
          GoldValues.strings(gold.path("case_refs")),
          new LinkedHashSet<>(found.mentions().caseRefs()),
          sets,
          disagreements);
      compareSet(
          name,
          "dates",
          GoldValues.strings(gold.path("dates")),
          GoldValues.isoDates(found.mentions().dates()),
          sets,
          disagreements);
      compareFindings(
          name, gold.path("provisions"), found.provisions(), scalars.get(FINDING), disagreements);
      Map<String, List<String>> optional = new LinkedHashMap<>();
      optional.put("periods", found.mentions().periods());
      optional.put("persons", found.mentions().persons());
      optional.put("organisations", found.mentions().organisations());
      optional.put("appeal_parties", found.appeal() == null ? List.of() : found.appeal().parties());
      for (String field : OPTIONAL_SET_FIELDS) {
        JsonNode stated =
            field.equals("appeal_parties") ? parties(gold.path("appeal")) : gold.get(field);
        if (stated != null && stated.isArray()) {
          compareSet(
              name,
              field,
              GoldValues.strings(stated),
              new LinkedHashSet<>(optional.get(field)),
              sets,
              disagreements);
        }
      }
      if (gold.path("appeal").isObject()) {
        JsonNode appeal = gold.path("appeal");
        compareScalar(
            name,
            "appeal_reference",
            GoldValues.text(appeal.path("reference")),
            found.appeal() == null ? null : found.appeal().reference(),
            scalars,
            disagreements);
        compareScalar(
            name,
            "appeal_result",
            GoldValues.text(appeal.path("result")),
            found.appeal() == null ? null : found.appeal().result(),
            scalars,
            disagreements);
      }
      Map<String, String> values = new LinkedHashMap<>();
      values.put("kind", Vocabulary.labelOf(found.kind()));
      values.put("date", found.date() == null ? null : found.date().toString());
      values.put("authority", sameBody(gold.path("authority").asText(null), found.authority()));
      values.put("outcome", Vocabulary.labelOf(found.ruling().outcome()));
      values.put("status", Vocabulary.labelOf(found.correspondence().status()));
      values.put(
          "steps_ordered",
          found.ruling().stepsOrdered() == null ? null : found.ruling().stepsOrdered().toString());
      values.put(
          "steps_deadline_days",
          found.ruling().stepsDeadlineDays() == null
              ? null
              : found.ruling().stepsDeadlineDays().toString());
      for (String field : SCALAR_FIELDS) {
        if (gold.has(field)) {
          compareScalar(
              name,
              field,
              GoldValues.text(gold.get(field)),
              values.get(field),
              scalars,
              disagreements);
        }
      }
    }
    return new Report(goldFiles.size(), sets, scalars, disagreements);
  }

  private static void compareScalar(
      String name,
      String field,
      String expected,
      String found,
      Map<String, ScalarScore> scalars,
      List<String> disagreements) {
    if (!scalars.get(field).add(expected, found)) {
      disagreements.add(name + ": " + field + " expected " + expected + ", found " + found);
    }
  }

  /** A gold appeal's parties, appellant first, as one array; null when the gold has no appeal. */
  private static JsonNode parties(JsonNode appeal) {
    if (!appeal.isObject()) {
      return null;
    }
    ArrayNode all = JSON.createArrayNode();
    if (appeal.path("appellant").isTextual()) {
      all.add(appeal.get("appellant"));
    }
    appeal.path("respondents").forEach(all::add);
    return all;
  }

  /** The gold's name when the gazetteer takes both names for one body, else the name found. */
  private String sameBody(String gold, String found) {
    if (gold == null || found == null || gold.equals(found)) {
      return found;
    }
    AuthorityGazetteer.Authority a = gazetteer.resolve(gold);
    return a != null && a.equals(gazetteer.resolve(found)) ? gold : found;
  }

  /** A gold source path is relative to the working folder or to any folder above the gold. */
  static Path resolve(String source, Path goldDir) throws IOException {
    Path direct = Path.of(source);
    if (Files.exists(direct)) {
      return direct;
    }
    for (Path p = goldDir.toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve(source);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IOException("gold source not found: " + source);
  }

  private static void compareSet(
      String name,
      String field,
      Set<String> gold,
      Set<String> found,
      Map<String, FieldScore> sets,
      List<String> disagreements) {
    sets.get(field).add(gold, found);
    Set<String> missed = new LinkedHashSet<>(gold);
    missed.removeAll(found);
    Set<String> extra = new LinkedHashSet<>(found);
    extra.removeAll(gold);
    if (!missed.isEmpty() || !extra.isEmpty()) {
      disagreements.add(
          name
              + ": "
              + field
              + (missed.isEmpty() ? "" : " missed " + missed)
              + (extra.isEmpty() ? "" : " extra " + extra));
    }
  }

  private static void compareFindings(
      String name,
      JsonNode gold,
      List<Provision> found,
      ScalarScore score,
      List<String> disagreements) {
    Map<String, String> foundFindings = new LinkedHashMap<>();
    found.forEach(p -> foundFindings.put(p.key(), Vocabulary.labelOf(p.finding())));
    for (JsonNode p : gold) {
      String key = p.path("act").asText() + " " + p.path("ref").asText();
      String expected = p.path("finding").isTextual() ? p.path("finding").asText() : null;
      String got = foundFindings.get(key);
      if (expected != null) {
        if (!score.add(expected, got)) {
          disagreements.add(
              name + ": finding of " + key + " expected " + expected + ", found " + got);
        }
      } else if (got != null) {
        disagreements.add(name + ": finding of " + key + " expected none, found " + got);
      }
    }
  }
}
