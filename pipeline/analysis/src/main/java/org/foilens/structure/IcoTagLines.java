package org.foilens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.Act;
import org.foilens.model.Finding;
import org.foilens.model.IcoListing;
import org.foilens.model.ProvisionRefs;
import org.foilens.text.StartScan;

/**
 * The ICO's own per-section decisions as its web pages and their copies print them: "Decision(s)
 * FOI 1: Not upheld, FOI 10: Upheld" on ico.org.uk, "EIR 12(4)(b): Upheld" or "Section of Act/EIR
 * &amp; Finding: FOI 17 - Complaint Upheld, EIR 12.4.b - Complaint Not upheld" at the foot of
 * BAILII's copies. Each is the ICO's published decision on a section, the same a listing gives for
 * a fetched notice.
 */
public final class IcoTagLines {

  /** One published decision and where the text prints it. */
  public record Tag(IcoListing.Decision decision, int start, int end) {}

  static final Pattern TAG =
      Pattern.compile(
          "(?=[FfEe])(?<![\\w/])(?<act>FOIA|FOI|EIR|FOISA|EISR)\\s+(?<ref>\\d{1,3}[A-Z]?(?:\\.\\d{1,2}[A-Z]?)?"
              + "(?:\\.[a-z]{1,4}){0,3}(?:\\s?\\([0-9A-Za-z]{1,4}\\)){0,4})\\s*(?::|[-–—])"
              + "\\s*(?:complaint\\s+)?(?<status>not\\s+upheld|partly\\s+upheld|partially\\s+upheld"
              + "|upheld)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * {@link #TAG} tried only where a tag can start, at FOI, EIR or EIS after no word character or
   * slash: left to {@code find}, the case-blind pattern is tried at every e of a notice, four times
   * a notice.
   */
  static final StartScan TAGS =
      new StartScan(TAG, List.of("FOI", "EIR", "EIS"), true, StartScan.WORD + "/");

  private IcoTagLines() {}

  /** Every published decision the text prints, in order; repeats are kept as printed. */
  public static List<Tag> find(String text) {
    List<Tag> out = new ArrayList<>();
    StartScan.Matches tags = TAGS.in(text);
    while (tags.find()) {
      Matcher m = tags.matcher();
      String act = m.group("act").toUpperCase(Locale.ROOT);
      String ref = ProvisionRefs.canonical(m.group("ref").replaceAll("\\s+", ""));
      String status = m.group("status").replaceAll("\\s+", " ");
      String section = act + " " + m.group("ref").replaceAll("\\s+", "");
      out.add(
          new Tag(
              new IcoListing.Decision(
                  section, normalStatus(status), act(act), ref, finding(status)),
              m.start(),
              m.end()));
    }
    return out;
  }

  /** The decisions alone, once each, in the order first printed. */
  public static List<IcoListing.Decision> decisions(String text) {
    List<IcoListing.Decision> out = new ArrayList<>();
    for (Tag t : find(text)) {
      if (!out.contains(t.decision())) {
        out.add(t.decision());
      }
    }
    return out;
  }

  private static Act act(String printed) {
    return switch (printed) {
      case "FOI", "FOIA" -> Act.FOIA;
      case "EIR" -> Act.EIR;
      case "FOISA" -> Act.FOISA;
      default -> Act.EISR;
    };
  }

  private static String normalStatus(String status) {
    String s = status.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static Finding finding(String status) {
    String s = status.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (s) {
      case "upheld" -> Finding.UPHELD;
      case "not upheld" -> Finding.NOT_UPHELD;
      default -> Finding.PARTLY_UPHELD;
    };
  }
}
