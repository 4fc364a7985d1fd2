package org.foilens.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.foilens.model.Finding;
import org.foilens.model.ProvisionRole;

/**
 * The words the pages use for findings, from {@link Finding#plainWords}, so that the pages, the CSV
 * and the trends say the same: for each provision role (and {@code outcome}, a whole notice), each
 * finding's plain words, the ICO's words and the side it went to.
 */
final class FindingWords {

  private FindingWords() {}

  static Map<String, Object> table() {
    Map<String, Object> roles = new LinkedHashMap<>();
    for (ProvisionRole role : ProvisionRole.values()) {
      roles.put(role.label(), findings(role));
    }
    roles.put("outcome", findings(null));
    Map<String, Object> sides = new LinkedHashMap<>();
    sides.put("authority", "for the authority");
    sides.put("complainant", "for the complainant");
    sides.put("partly", "partly each");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("findings", roles);
    out.put("sides", sides);
    return out;
  }

  private static Map<String, Object> findings(ProvisionRole role) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Finding f : Finding.values()) {
      Map<String, String> words = new LinkedHashMap<>();
      words.put("words", f.plainWords(role));
      words.put("ico", f.icoWords());
      words.put("side", f.side());
      out.put(f.label(), words);
    }
    return out;
  }
}
