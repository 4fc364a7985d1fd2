package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a tribunal decision says about its appeal; any field may be null (or empty) when the
 * decision does not state it.
 *
 * @param tribunal the tribunal and chamber, e.g. "First-tier Tribunal (General Regulatory Chamber)"
 * @param reference the appeal number: EA/2023/0288, UA-2023-001762-GIA, GIA/3037/2011
 * @param citation the neutral citation, e.g. "[2024] UKFTT 412 (GRC)"
 * @param appellant the appellant, as named (capitals made title case)
 * @param respondents the respondents in order, first respondent first
 * @param result {@code allowed}, {@code allowed_in_part}, {@code dismissed}, {@code struck_out}, or
 *     null
 * @param date the date the decision was given (promulgated)
 */
@JsonPropertyOrder({
  "tribunal",
  "reference",
  "citation",
  "appellant",
  "respondents",
  "result",
  "date"
})
public record Appeal(
    @JsonProperty("tribunal") String tribunal,
    @JsonProperty("reference") String reference,
    @JsonProperty("citation") String citation,
    @JsonProperty("appellant") String appellant,
    @JsonProperty("respondents") List<String> respondents,
    @JsonProperty("result") String result,
    @JsonProperty("date") LocalDate date) {

  public Appeal {
    respondents = respondents == null ? List.of() : List.copyOf(respondents);
  }

  /** Every party, appellant first. */
  public List<String> parties() {
    List<String> all = new ArrayList<>();
    if (appellant != null) {
      all.add(appellant);
    }
    all.addAll(respondents);
    return all;
  }
}
