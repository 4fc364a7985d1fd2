package org.foilens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.foilens.Pipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;

/**
 * Scores decision notices' timelines against gold: a JSON-lines file, one notice a line, naming its
 * {@code source} (relative to the working folder or a folder above the gold file) and the dates a
 * careful reader takes from it, null where the notice gives none. Per step: how often the pipeline
 * gives the gold's value (null for null counts: nothing invented), how many printed dates it got,
 * and how many dates it gave where the notice gives none.
 */
public final class TimelineEvaluator {

  /** The steps scored, as the contract names them. */
  public static final List<String> STEPS =
      List.of(
          "requested", "responded", "review_requested", "review_result", "complained", "decided");

  /**
   * One step's figures.
   *
   * @param all agreement over every gold notice
   * @param printed of the gold dates the notices print, how many were found
   * @param invented dates given where the gold has none
   */
  public record StepScore(ScalarScore all, ScalarScore printed, int invented) {}

  /** The scores, and one line per disagreement. */
  public record Report(int documents, Map<String, StepScore> steps, List<String> disagreements) {}

  private final Pipeline pipeline;

  public TimelineEvaluator(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Report evaluate(Path goldFile) throws IOException {
    Map<String, ScalarScore> all = new LinkedHashMap<>();
    Map<String, ScalarScore> printed = new LinkedHashMap<>();
    Map<String, Integer> invented = new LinkedHashMap<>();
    STEPS.forEach(
        s -> {
          all.put(s, new ScalarScore());
          printed.put(s, new ScalarScore());
          invented.put(s, 0);
        });
    List<String> disagreements = new ArrayList<>();
    int documents = 0;
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode gold = Json.MAPPER.readTree(line);
      String source = gold.path("source").asText(null);
      if (source == null) {
        throw new IOException("a timeline gold line without source in " + goldFile);
      }
      documents++;
      AnalyzedDocument doc =
          pipeline.analyze(GoldEvaluator.resolve(source, goldFile.getParent())).document();
      JsonNode found =
          doc.timeline() == null
              ? Json.MAPPER.createObjectNode()
              : Json.MAPPER.valueToTree(doc.timeline());
      for (String step : STEPS) {
        String expected = GoldValues.text(gold.path("timeline").get(step));
        String got = GoldValues.text(found.get(step));
        all.get(step).add(expected, got);
        if (expected != null) {
          printed.get(step).add(expected, got);
        } else if (got != null) {
          invented.merge(step, 1, Integer::sum);
        }
        if (!Objects.equals(expected, got)) {
          disagreements.add(source + ": " + step + " expected " + expected + ", found " + got);
        }
      }
    }
    Map<String, StepScore> steps = new LinkedHashMap<>();
    STEPS.forEach(s -> steps.put(s, new StepScore(all.get(s), printed.get(s), invented.get(s))));
    return new Report(documents, steps, disagreements);
  }
}
