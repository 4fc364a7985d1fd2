package org.foilens.tag.provision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.foilens.model.Act;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.ProvisionRole;
import org.foilens.text.TsvTable;

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
  private final Map<Act, Integer> lastSection;

  LegislationTable(Map<String, Entry> entries, Map<String, Act> aliases) {
    this(entries, aliases, Map.of());
  }

  LegislationTable(
      Map<String, Entry> entries, Map<String, Act> aliases, Map<Act, Integer> lastSection) {
    this.entries = Map.copyOf(entries);
    this.aliases = Map.copyOf(aliases);
    this.lastSection = Map.copyOf(lastSection);
  }

  public static LegislationTable load(Path folder) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (Act act : Act.values()) {
      Path file = folder.resolve(act.label() + ".tsv");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (CSVRecord row : TsvTable.read(file)) {
        String ref = TsvTable.cell(row, "ref");
        String role = TsvTable.cell(row, "role");
        if (!ref.isEmpty()) {
          entries.put(
              Provision.key(act, ref),
              new Entry(
                  act,
                  ref,
                  TsvTable.cell(row, "title"),
                  TsvTable.cell(row, "kind"),
                  role.isEmpty() ? null : ProvisionRole.fromLabel(role)));
        }
      }
    }
    Map<String, Act> aliases = new HashMap<>();
    Path aliasFile = folder.resolve("aliases.tsv");
    if (!Files.isRegularFile(aliasFile)) {
      throw new IOException("missing legislation alias table " + aliasFile);
    }
    for (CSVRecord row : TsvTable.read(aliasFile)) {
      String act = TsvTable.cell(row, "act");
      if (isAct(act)) {
        aliases.put(normaliseName(TsvTable.cell(row, "alias")), Act.fromLabel(act));
      }
    }
    Map<Act, Integer> last = new HashMap<>();
    Path extent = folder.resolve("extent.tsv");
    if (Files.isRegularFile(extent)) {
      for (CSVRecord row : TsvTable.read(extent)) {
        last.put(
            Act.fromLabel(TsvTable.cell(row, "act")), Integer.valueOf(TsvTable.cell(row, "last")));
      }
    }
    return new LegislationTable(entries, aliases, last);
  }

  /**
   * Whether an Act has a provision of this number: its top level is within the Act's extent ({@code
   * extent.tsv}). True where the extent is not known.
   */
  public boolean has(Act act, String ref) {
    Integer last = lastSection.get(act);
    String digits = ProvisionRefs.top(ref).replaceAll("[^0-9]", "");
    if (last == null || digits.isEmpty()) {
      return true;
    }
    return Integer.parseInt(digits) <= last && !digits.startsWith("0");
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
