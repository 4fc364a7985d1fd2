package org.foilens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.foilens.model.Provision;

/** Gold and found values as the evaluators compare them: sets of strings, texts or null. */
final class GoldValues {

  private GoldValues() {}

  static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  static Set<String> provisionKeys(JsonNode provisions) {
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode p : provisions) {
      keys.add(p.path("act").asText() + " " + p.path("ref").asText());
    }
    return keys;
  }

  static Set<String> provisionKeys(List<Provision> provisions) {
    Set<String> keys = new LinkedHashSet<>();
    provisions.forEach(p -> keys.add(p.key()));
    return keys;
  }

  static Set<String> isoDates(List<LocalDate> dates) {
    Set<String> out = new LinkedHashSet<>();
    dates.forEach(d -> out.add(d.toString()));
    return out;
  }

  static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
