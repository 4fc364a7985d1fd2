package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One analyzed document: the output contract of {@code foilens analyze --json} (see DESIGN.md).
 * Field names and vocabularies are relied on from outside; add fields, never rename them.
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
  "periods"
})
public record AnalyzedDocument(
    @JsonProperty("source") String source,
    @JsonProperty("sha256") String sha256,
    @JsonProperty("kind") String kind,
    @JsonProperty("title") String title,
    @JsonProperty("date") String date,
    @JsonProperty("authority") String authority,
    @JsonProperty("case_refs") List<String> caseRefs,
    @JsonProperty("provisions") List<Provision> provisions,
    @JsonProperty("outcome") String outcome,
    @JsonProperty("steps_ordered") Boolean stepsOrdered,
    @JsonProperty("steps_deadline_days") Integer stepsDeadlineDays,
    @JsonProperty("status") String status,
    @JsonProperty("lifecycle") Lifecycle lifecycle,
    @JsonProperty("dates") List<String> dates,
    @JsonProperty("persons") List<String> persons,
    @JsonProperty("organisations") List<String> organisations,
    @JsonProperty("messages") List<ContractMessage> messages,
    @JsonProperty("pages") Integer pages,
    @JsonProperty("ocr_pages") Integer ocrPages,
    @JsonProperty("chars") Integer chars,
    @JsonProperty("error") String error,
    @JsonProperty("header") NoticeHeader header,
    @JsonProperty("parts") List<ContractPart> parts,
    @JsonProperty("sector") String sector,
    @JsonProperty("listing") IcoListing listing,
    @JsonProperty("warnings") List<String> warnings,
    @JsonProperty("duplicates") List<String> duplicates,
    @JsonProperty("appeal") Appeal appeal,
    @JsonProperty("periods") List<String> periods) {

  public AnalyzedDocument {
    caseRefs = caseRefs == null ? List.of() : List.copyOf(caseRefs);
    provisions = provisions == null ? List.of() : List.copyOf(provisions);
    dates = dates == null ? List.of() : List.copyOf(dates);
    persons = persons == null ? List.of() : List.copyOf(persons);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    messages = messages == null ? List.of() : List.copyOf(messages);
    parts = parts == null ? List.of() : List.copyOf(parts);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    periods = periods == null ? List.of() : List.copyOf(periods);
  }

  /**
   * This record with the other source paths of the same content (same SHA-256), which the index
   * stores once, under {@code source}.
   */
  public AnalyzedDocument withDuplicates(List<String> paths) {
    return new AnalyzedDocument(
        source,
        sha256,
        kind,
        title,
        date,
        authority,
        caseRefs,
        provisions,
        outcome,
        stepsOrdered,
        stepsDeadlineDays,
        status,
        lifecycle,
        dates,
        persons,
        organisations,
        messages,
        pages,
        ocrPages,
        chars,
        error,
        header,
        parts,
        sector,
        listing,
        warnings,
        paths,
        appeal,
        periods);
  }

  /**
   * A record with only the fields of DESIGN.md, header and parts: {@code sector} is the authority's
   * sector from the gazetteer (central government, local government, NHS, police, education, …),
   * null when unknown; {@code listing} is the ICO's listing of a notice fetched with its PDF.
   */
  public AnalyzedDocument(
      String source,
      String sha256,
      String kind,
      String title,
      String date,
      String authority,
      List<String> caseRefs,
      List<Provision> provisions,
      String outcome,
      Boolean stepsOrdered,
      Integer stepsDeadlineDays,
      String status,
      Lifecycle lifecycle,
      List<String> dates,
      List<String> persons,
      List<String> organisations,
      List<ContractMessage> messages,
      Integer pages,
      Integer ocrPages,
      Integer chars,
      String error,
      NoticeHeader header,
      List<ContractPart> parts) {
    this(
        source,
        sha256,
        kind,
        title,
        date,
        authority,
        caseRefs,
        provisions,
        outcome,
        stepsOrdered,
        stepsDeadlineDays,
        status,
        lifecycle,
        dates,
        persons,
        organisations,
        messages,
        pages,
        ocrPages,
        chars,
        error,
        header,
        parts,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The record printed for an input that failed: every field empty but source, hash and error. */
  public static AnalyzedDocument failed(FailureRecord failure) {
    return new AnalyzedDocument(
        failure.source(),
        failure.sha256(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        failure.stage() + ": " + failure.reason(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The same record with the ICO's listing of the notice beside it (see {@link IcoListing}). */
  public AnalyzedDocument withListing(IcoListing newListing) {
    return new AnalyzedDocument(
        source,
        sha256,
        kind,
        title,
        date,
        authority,
        caseRefs,
        provisions,
        outcome,
        stepsOrdered,
        stepsDeadlineDays,
        status,
        lifecycle,
        dates,
        persons,
        organisations,
        messages,
        pages,
        ocrPages,
        chars,
        error,
        header,
        parts,
        sector,
        newListing,
        warnings,
        duplicates,
        appeal,
        periods);
  }

  @JsonIgnore
  public boolean isFailure() {
    return error != null;
  }

  /** A part of a decision notice with its numbered paragraphs' text. */
  @JsonPropertyOrder({"name", "heading", "paragraphs"})
  public record ContractPart(
      @JsonProperty("name") String name,
      @JsonProperty("heading") String heading,
      @JsonProperty("paragraphs") List<ContractParagraph> paragraphs) {}

  /** A numbered paragraph of a notice. */
  @JsonPropertyOrder({"number", "text"})
  public record ContractParagraph(
      @JsonProperty("number") int number, @JsonProperty("text") String text) {}

  /** A message as the contract shows it: {@link Message} plus its length. */
  @JsonPropertyOrder({"from", "role", "date", "chars", "text", "attachments"})
  public record ContractMessage(
      @JsonProperty("from") String from,
      @JsonProperty("role") String role,
      @JsonProperty("date") String date,
      @JsonProperty("chars") int chars,
      @JsonProperty("text") String text,
      @JsonProperty("attachments") List<String> attachments) {

    public static ContractMessage of(Message m) {
      return new ContractMessage(
          m.from(), m.role(), m.date(), m.chars(), m.text(), m.attachments());
    }
  }
}
