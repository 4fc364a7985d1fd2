package org.foilens.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.foilens.Pipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.IcoListing;
import org.foilens.model.Provision;
import org.foilens.source.IcoSidecar;
import org.foilens.source.SourceWalker;

/**
 * Compares the pipeline's reading of fetched ICO notices with the ICO's own listing of them (the
 * {@code .ico.json} sidecars that {@code foilens fetch ico} writes): how often they agree on the
 * authority, the date, the case reference, the sections decided and the ruling on each.
 *
 * <p>The listing names sections at its own level ("FOI 40"); a provision the pipeline found at or
 * below it ({@code 40(2)}) counts as the same section, and a ruling agrees when the pipeline gives
 * the listed ruling to one of those provisions. Authorities agree when their names do after case,
 * punctuation, "&amp;" and a leading "the" are set aside.
 */
public final class SidecarComparison {

  public static final List<String> FIELDS =
      List.of("authority", "date", "case_ref", "provisions", "finding");

  /** Agreement per field, and one line per disagreement. */
  public record Report(
      int documents, Map<String, ScalarScore> fields, List<String> disagreements) {}

  private final Pipeline pipeline;

  public SidecarComparison(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Report compare(Path dir) throws IOException {
    Map<String, ScalarScore> fields = new LinkedHashMap<>();
    FIELDS.forEach(f -> fields.put(f, new ScalarScore()));
    List<String> disagreements = new ArrayList<>();
    int documents = 0;
    for (Path file : new SourceWalker().list(List.of(dir))) {
      IcoListing listing = IcoSidecar.read(file);
      if (listing == null) {
        continue;
      }
      documents++;
      String name = file.getFileName().toString();
      AnalyzedDocument doc = pipeline.analyze(file).document();
      if (doc.isFailure()) {
        disagreements.add(name + ": analysis failed: " + doc.error());
      }
      scalar(
          name,
          "authority",
          listing.authority(),
          doc.authority(),
          listing.authority() != null
              && normal(listing.authority()).equals(normal(doc.authority())),
          fields,
          disagreements);
      scalar(
          name,
          "date",
          Objects.toString(listing.date(), null),
          Objects.toString(doc.date(), null),
          listing.date() != null && listing.date().equals(doc.date()),
          fields,
          disagreements);
      scalar(
          name,
          "case_ref",
          listing.caseRef(),
          String.join(", ", doc.mentions().caseRefs()),
          doc.mentions().caseRefs().contains(listing.caseRef()),
          fields,
          disagreements);
      for (IcoListing.Decision d : listing.decisions()) {
        if (d.act() == null) {
          continue;
        }
        List<Provision> matched = doc.provisions().stream().filter(p -> within(p, d)).toList();
        if (!fields.get("provisions").add(!matched.isEmpty())) {
          disagreements.add(
              name + ": listed section " + d.section() + " not found by the pipeline");
        }
        if (d.finding() != null) {
          boolean agreed = matched.stream().anyMatch(p -> d.finding() == p.finding());
          if (!fields.get("finding").add(agreed)) {
            disagreements.add(
                name
                    + ": "
                    + d.section()
                    + " listed as "
                    + d.finding()
                    + ", pipeline: "
                    + matched.stream().map(p -> p.key() + " " + p.finding()).toList());
          }
        }
      }
    }
    return new Report(documents, fields, disagreements);
  }

  private static void scalar(
      String name,
      String field,
      String listed,
      String found,
      boolean agreed,
      Map<String, ScalarScore> fields,
      List<String> disagreements) {
    if (listed == null) {
      return; // the listing does not say: nothing to compare
    }
    if (!fields.get(field).add(agreed)) {
      disagreements.add(name + ": " + field + " listed as " + listed + ", pipeline: " + found);
    }
  }

  /** A provision at or below the listed section: {@code FOIA 40(2)} is within "FOI 40". */
  static boolean within(Provision p, IcoListing.Decision d) {
    return p.act() == d.act() && (p.ref().equals(d.ref()) || p.ref().startsWith(d.ref() + "("));
  }

  static String normal(String authority) {
    if (authority == null) {
      return "";
    }
    String s =
        authority
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("[^a-z0-9 ]", " ")
            .strip();
    s = s.replaceAll("^the\\s+", "");
    return s.replaceAll("\\s+", " ");
  }
}
