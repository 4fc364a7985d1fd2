package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * An {@link AnalyzedDocument} as the output contract writes it: one flat JSON object whose fields
 * come in this order, DESIGN.md's first. Every field is written, null or empty when unknown.
 */
@JsonPropertyOrder({
  "source",
  "sha256",
  "kind",
  "title",
  "date",
  "authority",
  "case_refs",
  "provisions",
  "outcome",
  "steps_ordered",
  "steps_deadline_days",
  "status",
  "lifecycle",
  "dates",
  "persons",
  "organisations",
  "messages",
  "pages",
  "ocr_pages",
  "chars",
  "error",
  "header",
  "parts",
  "sector",
  "listing",
  "warnings",
  "duplicates",
  "appeal",
  "periods",
  "timeline",
  "response_to"
})
record ContractJson(
    @JsonProperty("source") String source,
    @JsonProperty("sha256") String sha256,
    @JsonProperty("kind") DocumentKind kind,
    @JsonProperty("title") String title,
    @JsonProperty("date") LocalDate date,
    @JsonProperty("authority") String authority,
    @JsonProperty("case_refs") List<String> caseRefs,
    @JsonProperty("provisions") List<Provision> provisions,
    @JsonProperty("outcome") Finding outcome,
    @JsonProperty("steps_ordered") Boolean stepsOrdered,
    @JsonProperty("steps_deadline_days") Integer stepsDeadlineDays,
    @JsonProperty("status") RequestStatus status,
    @JsonProperty("lifecycle") Lifecycle lifecycle,
    @JsonProperty("dates") List<LocalDate> dates,
    @JsonProperty("persons") List<String> persons,
    @JsonProperty("organisations") List<String> organisations,
    @JsonProperty("messages") List<Correspondence.Entry> messages,
    @JsonProperty("pages") Integer pages,
    @JsonProperty("ocr_pages") Integer ocrPages,
    @JsonProperty("chars") Integer chars,
    @JsonProperty("error") String error,
    @JsonProperty("header") NoticeHeader header,
    @JsonProperty("parts") List<NoticeOutline.Part> parts,
    @JsonProperty("sector") String sector,
    @JsonProperty("listing") IcoListing listing,
    @JsonProperty("warnings") List<String> warnings,
    @JsonProperty("duplicates") List<String> duplicates,
    @JsonProperty("appeal") Appeal appeal,
    @JsonProperty("periods") List<String> periods,
    @JsonProperty("timeline") Timeline timeline,
    @JsonProperty("response_to") ResponseTo responseTo) {

  static ContractJson of(AnalyzedDocument d) {
    Origin o = d.origin();
    Mentions m = d.mentions();
    Ruling r = d.ruling();
    Correspondence c = d.correspondence();
    ExtractionSummary e = d.extraction();
    return new ContractJson(
        o.source(),
        o.sha256(),
        d.kind(),
        d.title(),
        d.date(),
        d.authority(),
        m.caseRefs(),
        r.provisions(),
        r.outcome(),
        r.stepsOrdered(),
        r.stepsDeadlineDays(),
        c.status(),
        c.lifecycle(),
        m.dates(),
        m.persons(),
        m.organisations(),
        c.messages(),
        e.pages(),
        e.ocrPages(),
        e.chars(),
        d.error(),
        d.notice().header(),
        d.notice().parts(),
        d.sector(),
        o.listing(),
        e.warnings(),
        o.duplicates(),
        d.appeal(),
        m.periods(),
        d.timeline(),
        c.responseTo());
  }

  AnalyzedDocument toDocument() {
    return new AnalyzedDocument(
        new Origin(source, sha256, listing, duplicates),
        kind,
        title,
        date,
        authority,
        sector,
        new Mentions(caseRefs, dates, persons, organisations, periods),
        new Ruling(provisions, outcome, stepsOrdered, stepsDeadlineDays),
        new Correspondence(status, lifecycle, messages, responseTo),
        new NoticeOutline(header, parts),
        appeal,
        timeline,
        new ExtractionSummary(pages, ocrPages, chars, warnings),
        error);
  }
}
