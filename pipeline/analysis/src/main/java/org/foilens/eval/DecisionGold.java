package org.foilens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.foilens.model.Json;

/**
 * One gold answer of a set of real decisions in the format of {@code ../shared/data/decisions}: a
 * line of its {@code gold.jsonl} naming a {@code file} beside it. Field meanings are those of that
 * set's README: {@code kind} is {@code ico_decision_notice}, {@code sic_decision} or {@code
 * tribunal_decision}; {@code finding} is {@code upheld}, {@code not_engaged}, {@code breach},
 * {@code partly_upheld}, {@code not_upheld}, {@code complied}, {@code engaged} or null.
 *
 * @param file the decision's text, resolved against the gold folder
 * @param name the file as the gold names it ({@code excerpts/101.txt})
 * @param source the page or file the text came from
 * @param kind the gold kind
 * @param caseRefs case references as printed
 * @param date the decision's date, null where the text prints none
 * @param authority the authority as printed, or null
 * @param provisions the provisions, with findings
 * @param outcome the outcome, or null
 * @param provisionsComplete whether every provision the text cites is listed
 */
public record DecisionGold(
    Path file,
    String name,
    String source,
    String kind,
    List<String> caseRefs,
    LocalDate date,
    String authority,
    List<GoldProvision> provisions,
    String outcome,
    boolean provisionsComplete) {

  /** The gold file of a set. */
  public static final String FILE = "gold.jsonl";

  /** One provision the gold lists: {@code act}, {@code ref}, {@code finding} (may be null). */
  public record GoldProvision(String act, String ref, String finding) {

    public String key() {
      return act + " " + ref;
    }
  }

  /** Every answer of a gold folder, in file order. */
  public static List<DecisionGold> read(Path folder) throws IOException {
    Path gold = folder.resolve(FILE);
    if (!Files.isRegularFile(gold)) {
      throw new IOException("no " + FILE + " in " + folder);
    }
    List<DecisionGold> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          out.add(parse(Json.MAPPER.readTree(line), folder, gold + " line " + number));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no gold answers in " + gold);
    }
    return out;
  }

  private static DecisionGold parse(JsonNode n, Path folder, String where) throws IOException {
    String name = text(n.path("file"));
    if (name == null) {
      throw new IOException("gold answer without file: " + where);
    }
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IOException("gold file not found: " + file + " (" + where + ")");
    }
    List<String> refs = new ArrayList<>();
    n.path("case_refs").forEach(r -> refs.add(r.asText()));
    List<GoldProvision> provisions = new ArrayList<>();
    for (JsonNode p : n.path("provisions")) {
      provisions.add(
          new GoldProvision(text(p.path("act")), text(p.path("ref")), text(p.path("finding"))));
    }
    LocalDate date;
    try {
      String d = text(n.path("date"));
      date = d == null ? null : LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      throw new IOException("gold date is not ISO 8601: " + where, e);
    }
    return new DecisionGold(
        file,
        name,
        text(n.path("source")),
        text(n.path("kind")),
        List.copyOf(refs),
        date,
        text(n.path("authority")),
        List.copyOf(provisions),
        text(n.path("outcome")),
        n.path("provisions_complete").asBoolean(true));
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }
}
