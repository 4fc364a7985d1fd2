package org.foilens.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.Act;
import org.foilens.model.Finding;
import org.foilens.model.IcoListing;
import org.foilens.model.ProvisionRefs;

/**
 * Reads one result of the ICO's decision-notice search into an {@link IcoListing}.
 *
 * <p>The shape assumed (see docs/commands.md, "fetch"): {@code title} is the public authority,
 * {@code url} the notice's page ({@code
 * /action-weve-taken/decision-notices/2023/4025123/ic-229516-y4h1/}), {@code filterItemMetaData} is
 * "18 July 2023, Education" (date, then sector), {@code filterItemDecisions} is a list of {@code
 * {section, status}} such as {@code {"section": "FOI 12", "status": "Upheld"}}, and {@code
 * createdDateTime} is when the page was published.
 */
final class IcoListingReader {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final Pattern CASE_SLUG =
      Pattern.compile("(?i)^(ic-\\d+-[a-z0-9]{4}|fs\\d{8}|fer\\d{7})$");
  private static final Pattern SECTION =
      Pattern.compile(
          "(?i)^\\s*(FOIA|FOI|EIR|FOISA|EISR|DPA)\\b\\s*(?:s\\.?|section|reg\\.?|regulation)?\\s*(\\d+[A-Z]?(?:[.(][0-9a-zA-Z]+\\)?)*)\\s*$");

  private IcoListingReader() {}

  /** The listing for a search result; {@code pageBase} resolves its relative {@code url}. */
  static IcoListing read(JsonNode item, URI pageBase) {
    String url = text(item, "url");
    String page = url == null ? null : pageBase.resolve(url).toString();
    String meta = text(item, "filterItemMetaData");
    LocalDate date = null;
    String sector = null;
    if (meta != null) {
      int comma = meta.indexOf(',');
      date = isoDate(comma < 0 ? meta : meta.substring(0, comma));
      sector = comma < 0 ? null : blankToNull(meta.substring(comma + 1).strip());
    }
    if (date == null) {
      String created = text(item, "createdDateTime");
      date = created != null && created.length() >= 10 ? isoDate(created.substring(0, 10)) : null;
    }
    List<IcoListing.Decision> decisions = new ArrayList<>();
    for (JsonNode d : item.path("filterItemDecisions")) {
      decisions.add(decision(text(d, "section"), text(d, "status")));
    }
    return new IcoListing(caseRef(url), text(item, "title"), date, sector, decisions, page, null);
  }

  /** The case reference from the last segment of the notice's address, upper-cased; or null. */
  static String caseRef(String url) {
    if (url == null) {
      return null;
    }
    String[] segments = url.replaceAll("[?#].*$", "").split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isEmpty()) {
        return CASE_SLUG.matcher(segments[i]).matches()
            ? segments[i].toUpperCase(Locale.ROOT)
            : null;
      }
    }
    return null;
  }

  static IcoListing.Decision decision(String section, String status) {
    Act act = null;
    String ref = null;
    if (section != null) {
      Matcher m = SECTION.matcher(section);
      if (m.matches()) {
        act =
            switch (m.group(1).toUpperCase(Locale.ROOT)) {
              case "FOI", "FOIA" -> Act.FOIA;
              case "DPA" -> Act.DPA2018;
              default -> Act.fromLabel(m.group(1).toUpperCase(Locale.ROOT));
            };
        ref = ProvisionRefs.canonical(m.group(2));
      }
    }
    return new IcoListing.Decision(section, status, act, ref, finding(status));
  }

  /** The ICO's status words in the contract's vocabulary; null for anything else. */
  static Finding finding(String status) {
    if (status == null) {
      return null;
    }
    String s = status.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
    return switch (s) {
      case "upheld" -> Finding.UPHELD;
      case "not upheld" -> Finding.NOT_UPHELD;
      case "partially upheld", "partly upheld" -> Finding.PARTLY_UPHELD;
      default -> null;
    };
  }

  static LocalDate isoDate(String written) {
    String s = written.strip();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDate.parse(s, LONG_DATE);
      } catch (DateTimeParseException notLong) {
        return null;
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.asText().isBlank() ? v.asText().strip() : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
