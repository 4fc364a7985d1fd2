package org.foilens.tag.provision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foilens.model.Act;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.ProvisionRole;

/**
 * The legislation tables of {@code config/legislation/}: for each Act, its provisions with title,
 * kind and role ({@code ACT.tsv}), and the names that identify an Act in text ({@code
 * aliases.tsv}).
 */
public final class LegislationTable {

  /** One row of an Act's table. */
  public record Entry(Act act, String ref, String title, String kind, ProvisionRole role) {}

  private final Map<String, Entry> entries;
  private final Map<String, Act> aliases;

  LegislationTable(Map<String, Entry> entries, Map<String, Act> aliases) {
    this.entries = Map.copyOf(entries);
    this.aliases = Map.copyOf(aliases);
  }

  public static LegislationTable load(Path folder) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (Act act : Act.values()) {
      Path file = folder.resolve(act.label() + ".tsv");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (String[] row : rows(file)) {
        if (row.length >= 4) {
          ProvisionRole role = row[3].isBlank() ? null : ProvisionRole.fromLabel(row[3].strip());
          entries.put(Provision.key(act, row[0]), new Entry(act, row[0], row[1], row[2], role));
        }
      }
    }
    Map<String, Act> aliases = new HashMap<>();
    Path aliasFile = folder.resolve("aliases.tsv");
    if (!Files.isRegularFile(aliasFile)) {
      throw new IOException("missing legislation alias table " + aliasFile);
    }
    for (String[] row : rows(aliasFile)) {
      if (row.length >= 2 && isAct(row[1].strip())) {
        aliases.put(normaliseName(row[0]), Act.fromLabel(row[1].strip()));
      }
    }
    return new LegislationTable(entries, aliases);
  }

  private static List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .skip(1)
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .toList();
  }

  /** The Act a written name stands for ("the Freedom of Information Act 2000" → FOIA), or null. */
  public Act actNamed(String name) {
    return aliases.get(normaliseName(name));
  }

  /** The most specific table row for a provision: the ref itself, else its nearest ancestor. */
  public Entry lookup(Act act, String ref) {
    for (String r = ref; r != null; r = ProvisionRefs.parent(r)) {
      Entry e = entries.get(Provision.key(act, r));
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /** The role of a provision: from the table, else the rule DESIGN.md states. */
  public ProvisionRole role(Act act, String ref) {
    Entry e = lookup(act, ref);
    if (e != null && e.role() != null) {
      return e.role();
    }
    return defaultRole(act, ref);
  }

  private static boolean isAct(String label) {
    for (Act a : Act.values()) {
      if (a.label().equals(label)) {
        return true;
      }
    }
    return false;
  }

  static ProvisionRole defaultRole(Act act, String ref) {
    String top = ProvisionRefs.top(ref);
    int n;
    try {
      n = Integer.parseInt(top.replaceAll("[^0-9]", ""));
    } catch (NumberFormatException e) {
      return ProvisionRole.OTHER;
    }
    return switch (act) {
      case FOIA ->
          Set.of(1, 10, 11, 16, 17).contains(n)
              ? ProvisionRole.PROCEDURAL
              : (n == 12 || n == 14 || (n >= 21 && n <= 44))
                  ? ProvisionRole.EXEMPTION
                  : ProvisionRole.OTHER;
      case EIR ->
          Set.of(5, 7, 9, 11, 14).contains(n)
              ? ProvisionRole.PROCEDURAL
              : (ref.startsWith("12(4)") || ref.startsWith("12(5)") || n == 13)
                  ? ProvisionRole.EXEMPTION
                  : ProvisionRole.OTHER;
      case FOISA ->
          Set.of(1, 10, 15, 16).contains(n)
              ? ProvisionRole.PROCEDURAL
              : (n == 12 || n == 14 || (n >= 25 && n <= 41))
                  ? ProvisionRole.EXEMPTION
                  : ProvisionRole.OTHER;
      case EISR ->
          Set.of(5, 9, 13, 16).contains(n)
              ? ProvisionRole.PROCEDURAL
              : (ref.startsWith("10(4)") || ref.startsWith("10(5)") || n == 11)
                  ? ProvisionRole.EXEMPTION
                  : ProvisionRole.OTHER;
      default -> ProvisionRole.OTHER;
    };
  }

  static String normaliseName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s,]+", " ").strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n;
  }
}
