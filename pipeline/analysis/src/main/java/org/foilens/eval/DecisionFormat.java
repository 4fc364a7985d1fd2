package org.foilens.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which a real decision reached us, read from its gold answer's {@code source} address
 * and file (never from what the pipeline makes of it), to break the scores down by it.
 */
public enum DecisionFormat {
  /** A whole ICO notice as extracted from its PDF. */
  WHOLE_NOTICE("whole ICO notice"),
  /** A decision page of ico.org.uk: date, sector and per-section decisions, then the summary. */
  ICO_PAGE("ico.org.uk page"),
  /** A BAILII page of an ICO notice (UKICO): date and sector, summary, tag lines. */
  BAILII_PAGE("BAILII page"),
  /** A notice copied by another site, often run together on one line. */
  TRANSCRIPTION("transcription"),
  /** A decision of the Scottish Information Commissioner. */
  SCOTTISH("Scottish decision"),
  /** A decision of the First-tier, Upper or Information Tribunal. */
  TRIBUNAL("tribunal decision");

  private static final Pattern TRIBUNAL_SOURCE =
      Pattern.compile("/(ukftt|ukut|ukit)/|caselaw\\.nationalarchives\\.gov\\.uk");
  private static final Pattern SCOTTISH_SOURCE =
      Pattern.compile("foi\\.scot|itspublicknowledge|/decision-\\d{7}\\b");

  private final String label;

  DecisionFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The format of a gold answer: a whole notice by its folder ({@code full/}), a tribunal or
   * Scottish decision by its address or gold kind, an ICO or BAILII page by its address, else a
   * transcription.
   */
  public static DecisionFormat of(DecisionGold gold) {
    String source = gold.source() == null ? "" : gold.source().toLowerCase(Locale.ROOT);
    if (gold.name().startsWith("full/")) {
      return WHOLE_NOTICE;
    }
    if ("tribunal_decision".equals(gold.kind()) || TRIBUNAL_SOURCE.matcher(source).find()) {
      return TRIBUNAL;
    }
    if ("sic_decision".equals(gold.kind()) || SCOTTISH_SOURCE.matcher(source).find()) {
      return SCOTTISH;
    }
    if (source.matches("https?://([a-z]+\\.)?ico\\.org\\.uk/.*")) {
      return ICO_PAGE;
    }
    if (source.contains("bailii.org/") && source.contains("/ukico/")) {
      return BAILII_PAGE;
    }
    return TRANSCRIPTION;
  }
}
