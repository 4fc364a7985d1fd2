package org.foilens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVRecord;
import org.foilens.text.TsvTable;

/**
 * Picks public authorities for benchmark documents from the gazetteer ({@code
 * config/authorities.tsv}) with the skew real FOI material has: most notices concern central
 * government, councils, police forces and the NHS, and within a sector a few bodies get most of the
 * complaints.
 */
final class AuthorityPicker {

  /** Sector and its share of documents, in percent. */
  private static final Map<String, Integer> SECTOR_SHARES = new LinkedHashMap<>();

  static {
    SECTOR_SHARES.put("central government", 35);
    SECTOR_SHARES.put("local government", 30);
    SECTOR_SHARES.put("police", 12);
    SECTOR_SHARES.put("NHS", 12);
    SECTOR_SHARES.put("regulator", 5);
    SECTOR_SHARES.put("education", 6);
  }

  private final List<List<String>> bySector = new ArrayList<>();
  private final int[] cumulativeShare;

  private AuthorityPicker(Map<String, List<String>> names) {
    cumulativeShare = new int[SECTOR_SHARES.size()];
    int total = 0;
    int i = 0;
    for (Map.Entry<String, Integer> share : SECTOR_SHARES.entrySet()) {
      List<String> sector = names.getOrDefault(share.getKey(), List.of());
      if (sector.isEmpty()) {
        throw new IllegalArgumentException(
            "the gazetteer has no authorities of sector " + share.getKey());
      }
      bySector.add(sector);
      total += share.getValue();
      cumulativeShare[i++] = total;
    }
  }

  /** Reads the gazetteer's name and sector columns. */
  static AuthorityPicker load(Path authoritiesTsv) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    try {
      for (CSVRecord row : TsvTable.read(authoritiesTsv)) {
        String name = TsvTable.cell(row, "name");
        if (!name.isEmpty() && row.isSet("sector")) {
          names.computeIfAbsent(TsvTable.cell(row, "sector"), k -> new ArrayList<>()).add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the authorities gazetteer " + authoritiesTsv, e);
    }
    // A fixed shuffle, so that the few bodies that get most documents are not all "A…".
    Random shuffle = new Random(20_061_130L);
    names.values().forEach(list -> Collections.shuffle(list, shuffle));
    return new AuthorityPicker(names);
  }

  String pick(RandomGenerator random) {
    int roll = random.nextInt(cumulativeShare[cumulativeShare.length - 1]);
    int sector = 0;
    while (roll >= cumulativeShare[sector]) {
      sector++;
    }
    List<String> names = bySector.get(sector);
    double u = random.nextDouble();
    return names.get(
        (int) (names.size() * u * u * u)); // cubed: a long tail behind a few busy bodies
  }

  /** A made-up but well-formed postal address. */
  static List<String> address(RandomGenerator random) {
    String[] streets = {
      "High Street", "Station Road", "Victoria Street", "Market Place", "Castle Hill", "Church Lane"
    };
    String[] towns = {
      "Leeds", "Bristol", "Cardiff", "Norwich", "Preston", "Exeter", "Lincoln", "Durham"
    };
    String postcode =
        String.format(
            Locale.ROOT,
            "%c%c%d %d%c%c",
            (char) ('A' + random.nextInt(26)),
            (char) ('A' + random.nextInt(26)),
            1 + random.nextInt(20),
            random.nextInt(10),
            (char) ('A' + random.nextInt(26)),
            (char) ('A' + random.nextInt(26)));
    return List.of(
        (1 + random.nextInt(120)) + " " + streets[random.nextInt(streets.length)],
        towns[random.nextInt(towns.length)],
        postcode);
  }
}
