package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The header block of a decision notice; any field may be null when the notice does not state it.
 *
 * @param reference the case reference, e.g. IC-155171-G3W9 or FS50123456
 * @param date the notice date
 * @param authority the public authority as written
 * @param address the authority's address, lines joined with ", "
 * @param complainant the complainant as written
 */
@JsonPropertyOrder({"reference", "date", "authority", "address", "complainant"})
public record NoticeHeader(
    String reference, LocalDate date, String authority, String address, String complainant) {

  public static final NoticeHeader EMPTY = new NoticeHeader(null, null, null, null, null);
}
