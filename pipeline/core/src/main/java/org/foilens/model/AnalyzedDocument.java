package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One analyzed document: the output contract of {@code foilens analyze --json} (see DESIGN.md). In
 * Java it is a few small records; in JSON it is flat, as {@link ContractJson} writes it. Field
 * names and vocabularies are relied on from outside: add fields, never rename them. Build one with
 * {@link #builder}.
 *
 * @param origin where it came from
 * @param kind what kind of document it is; null only for a failure
 * @param title its title
 * @param date its date: a decision's date, a thread's first message's, a letter's own
 * @param authority the public authority it concerns, under the gazetteer's name where known
 * @param sector that authority's sector in the gazetteer, or null
 * @param mentions what it mentions
 * @param ruling the provisions it cites and how a decision ruled on them
 * @param correspondence a correspondence's status, lifecycle and messages
 * @param notice a decision notice's header and parts
 * @param appeal a tribunal decision's front sheet and result, or null
 * @param timeline a decision notice's case history: when each step happened; null for other kinds
 * @param extraction how much text extraction got
 * @param error which stage gave up and why, for an input that failed; else null
 */
public record AnalyzedDocument(
    Origin origin,
    DocumentKind kind,
    String title,
    LocalDate date,
    String authority,
    String sector,
    Mentions mentions,
    Ruling ruling,
    Correspondence correspondence,
    NoticeOutline notice,
    Appeal appeal,
    Timeline timeline,
    ExtractionSummary extraction,
    String error) {

  public AnalyzedDocument {
    Objects.requireNonNull(origin, "origin");
    mentions = mentions == null ? Mentions.NONE : mentions;
    ruling = ruling == null ? Ruling.NONE : ruling;
    correspondence = correspondence == null ? Correspondence.NONE : correspondence;
    notice = notice == null ? NoticeOutline.NONE : notice;
    extraction = extraction == null ? ExtractionSummary.NONE : extraction;
  }

  /** A record to fill, for a document from this origin. */
  public static Builder builder(Origin origin) {
    return new Builder(origin);
  }

  /**
   * The record printed for an input that failed: every field empty but its origin and the error.
   */
  public static AnalyzedDocument failed(FailureRecord failure, Origin origin) {
    return builder(origin).error(failure.stage() + ": " + failure.reason()).build();
  }

  /** The input's path as shown to people. */
  public String source() {
    return origin.source();
  }

  /** The provisions it cites. */
  public List<Provision> provisions() {
    return ruling.provisions();
  }

  @JsonIgnore
  public boolean isFailure() {
    return error != null;
  }

  @JsonValue
  ContractJson toJson() {
    return ContractJson.of(this);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AnalyzedDocument fromJson(ContractJson json) {
    return json.toDocument();
  }

  /**
   * Fills an analyzed record field by field, as the annotators of the tag stage find them; each
   * annotator may read what earlier ones set.
   */
  public static final class Builder {

    private final Origin origin;
    private DocumentKind kind;
    private String title;
    private LocalDate date;
    private String authority;
    private String sector;
    private List<String> caseRefs = List.of();
    private List<LocalDate> dates = List.of();
    private List<String> persons = List.of();
    private List<String> organisations = List.of();
    private List<String> periods = List.of();
    private List<Provision> provisions = List.of();
    private Finding outcome;
    private Boolean stepsOrdered;
    private Integer stepsDeadlineDays;
    private RequestStatus status;
    private ResponseTo responseTo;
    private Lifecycle lifecycle;
    private List<Correspondence.Entry> messages = List.of();
    private NoticeOutline notice = NoticeOutline.NONE;
    private Appeal appeal;
    private Timeline timeline;
    private ExtractionSummary extraction = ExtractionSummary.NONE;
    private final List<String> warnings = new ArrayList<>();
    private String error;

    private Builder(Origin origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    public Builder kind(DocumentKind value) {
      kind = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder date(LocalDate value) {
      date = value;
      return this;
    }

    public Builder authority(String value) {
      authority = value;
      return this;
    }

    public Builder sector(String value) {
      sector = value;
      return this;
    }

    public Builder caseRefs(List<String> value) {
      caseRefs = value;
      return this;
    }

    public Builder dates(List<LocalDate> value) {
      dates = value;
      return this;
    }

    public Builder persons(List<String> value) {
      persons = value;
      return this;
    }

    public Builder organisations(List<String> value) {
      organisations = value;
      return this;
    }

    public Builder periods(List<String> value) {
      periods = value;
      return this;
    }

    public Builder provisions(List<Provision> value) {
      provisions = value;
      return this;
    }

    public Builder outcome(Finding value) {
      outcome = value;
      return this;
    }

    /** Whether steps were ordered (null: not said) and the days given to take them. */
    public Builder steps(Boolean ordered, Integer deadlineDays) {
      stepsOrdered = ordered;
      stepsDeadlineDays = deadlineDays;
      return this;
    }

    public Builder status(RequestStatus value) {
      status = value;
      return this;
    }

    /** What a response letter answers: the request or an internal review. */
    public Builder responseTo(ResponseTo value) {
      responseTo = value;
      return this;
    }

    public Builder lifecycle(Lifecycle value) {
      lifecycle = value;
      return this;
    }

    public Builder messages(List<Correspondence.Entry> value) {
      messages = value;
      return this;
    }

    public Builder notice(NoticeOutline value) {
      notice = value;
      return this;
    }

    public Builder appeal(Appeal value) {
      appeal = value;
      return this;
    }

    public Builder timeline(Timeline value) {
      timeline = value;
      return this;
    }

    /**
     * Adds a warning for people to the record's {@code warnings}, after the extraction's: what went
     * less than fully right, or what reads against itself, without failing the document.
     */
    public Builder warn(String warning) {
      warnings.add(warning);
      return this;
    }

    public Builder extraction(ExtractionSummary value) {
      extraction = value;
      return this;
    }

    public Builder error(String value) {
      error = value;
      return this;
    }

    public DocumentKind kind() {
      return kind;
    }

    public LocalDate date() {
      return date;
    }

    public String authority() {
      return authority;
    }

    public List<Provision> provisions() {
      return provisions;
    }

    public List<String> caseRefs() {
      return caseRefs;
    }

    public Finding outcome() {
      return outcome;
    }

    public Boolean stepsOrdered() {
      return stepsOrdered;
    }

    public NoticeOutline notice() {
      return notice;
    }

    public AnalyzedDocument build() {
      return new AnalyzedDocument(
          origin,
          kind,
          title,
          date,
          authority,
          sector,
          new Mentions(caseRefs, dates, persons, organisations, periods),
          new Ruling(provisions, outcome, stepsOrdered, stepsDeadlineDays),
          new Correspondence(status, lifecycle, messages, responseTo),
          notice,
          appeal,
          timeline,
          warnings.isEmpty()
              ? extraction
              : new ExtractionSummary(
                  extraction.pages(),
                  extraction.ocrPages(),
                  extraction.chars(),
                  concat(extraction.warnings(), warnings)),
          error);
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }
  }
}
