package org.foilens.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foilens.model.ProvisionRefs;

/**
 * The legislation tables of {@code config/legislation/}: for each Act, its provisions with title,
 * kind and role ({@code ACT.tsv}), and the names that identify an Act in text ({@code
 * aliases.tsv}).
 */
public final class LegislationTable {

  public static final List<String> ACTS =
      List.of("FOIA", "EIR", "FOISA", "EISR", "DPA2018", "UKGDPR");

  /** One row of an Act's table. */
  public record Entry(String act, String ref, String title, String kind, String role) {}

  private final Map<String, Entry> entries;
  private final Map<String, String> aliases;

  LegislationTable(Map<String, Entry> entries, Map<String, String> aliases) {
    this.entries = Map.copyOf(entries);
    this.aliases = Map.copyOf(aliases);
  }

  public static LegislationTable load(Path folder) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (String act : ACTS) {
      Path file = folder.resolve(act + ".tsv");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (String[] row : rows(file)) {
        if (row.length >= 4) {
          entries.put(act + " " + row[0], new Entry(act, row[0], row[1], row[2], row[3]));
        }
      }
    }
    Map<String, String> aliases = new HashMap<>();
    Path aliasFile = folder.resolve("aliases.tsv");
    if (!Files.isRegularFile(aliasFile)) {
      throw new IOException("missing legislation alias table " + aliasFile);
    }
    for (String[] row : rows(aliasFile)) {
      if (row.length >= 2 && ACTS.contains(row[1].strip())) {
        aliases.put(normaliseName(row[0]), row[1].strip());
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
  public String actNamed(String name) {
    return aliases.get(normaliseName(name));
  }

  /** The most specific table row for a provision: the ref itself, else its nearest ancestor. */
  public Entry lookup(String act, String ref) {
    for (String r = ref; r != null; r = ProvisionRefs.parent(r)) {
      Entry e = entries.get(act + " " + r);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /** The role of a provision: from the table, else the rule DESIGN.md states. */
  public String role(String act, String ref) {
    Entry e = lookup(act, ref);
    if (e != null && !e.role().isBlank()) {
      return e.role();
    }
    return defaultRole(act, ref);
  }

  static String defaultRole(String act, String ref) {
    String top = ProvisionRefs.top(ref);
    int n;
    try {
      n = Integer.parseInt(top.replaceAll("[^0-9]", ""));
    } catch (NumberFormatException e) {
      return "other";
    }
    return switch (act) {
      case "FOIA" ->
          Set.of(1, 10, 11, 16, 17).contains(n)
              ? "procedural"
              : (n == 12 || n == 14 || (n >= 21 && n <= 44)) ? "exemption" : "other";
      case "EIR" ->
          Set.of(5, 7, 9, 11, 14).contains(n)
              ? "procedural"
              : (ref.startsWith("12(4)") || ref.startsWith("12(5)") || n == 13)
                  ? "exemption"
                  : "other";
      case "FOISA" ->
          Set.of(1, 10, 15, 16).contains(n)
              ? "procedural"
              : (n == 12 || n == 14 || (n >= 25 && n <= 41)) ? "exemption" : "other";
      case "EISR" ->
          Set.of(5, 9, 13, 16).contains(n)
              ? "procedural"
              : (ref.startsWith("10(4)") || ref.startsWith("10(5)") || n == 11)
                  ? "exemption"
                  : "other";
      default -> "other";
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
