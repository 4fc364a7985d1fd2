package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * What the ICO's decision-notice listing says about a notice, kept beside the PDF in a sidecar
 * ({@code NAME.ico.json}) by {@code foilens fetch ico}, and carried into the analyzed record as
 * {@code listing}: a second opinion on the pipeline's own reading of the PDF.
 *
 * @param caseRef the case reference, from the notice's address on the ICO site
 * @param authority the public authority as the listing names it
 * @param date the date the listing gives
 * @param sector the listing's sector, such as "Central government"
 * @param decisions the per-section decisions as the ICO published them, with our reading of each
 * @param url the notice's page on the ICO site
 * @param pdfUrl where the PDF came from
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"case_ref", "authority", "date", "sector", "decisions", "url", "pdf_url"})
public record IcoListing(
    @JsonProperty("case_ref") String caseRef,
    @JsonProperty("authority") String authority,
    @JsonProperty("date") LocalDate date,
    @JsonProperty("sector") String sector,
    @JsonProperty("decisions") List<Decision> decisions,
    @JsonProperty("url") String url,
    @JsonProperty("pdf_url") String pdfUrl) {

  public IcoListing {
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
  }

  /**
   * One section's decision as published ({@code section}, {@code status}), and, where we can read
   * them, the contract's {@code act}, {@code ref} and {@code finding}; null where we cannot.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"section", "status", "act", "ref", "finding"})
  public record Decision(
      @JsonProperty("section") String section,
      @JsonProperty("status") String status,
      @JsonProperty("act") Act act,
      @JsonProperty("ref") String ref,
      @JsonProperty("finding") Finding finding) {}
}
