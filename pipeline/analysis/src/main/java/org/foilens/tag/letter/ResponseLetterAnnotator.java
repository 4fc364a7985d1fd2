package org.foilens.tag.letter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.foilens.FoilensConfig;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.Provision;
import org.foilens.model.SourceDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionFinder;
import org.foilens.text.AuthorityGazetteer;

/**
 * Reads a response letter ({@code foi_response}) as a letter: its own date, the authority that
 * wrote it, its own references, the provisions the authority cites (not those of the request it
 * quotes back), what it decided ({@code status}) and whether it answers the request or an internal
 * review ({@code response_to}). A letter whose text names no body is given the body its
 * letterhead's pictures name, where those can be read. Runs after the general annotators and
 * replaces their readings of these fields for letters; leaves other kinds alone.
 */
public final class ResponseLetterAnnotator implements Annotator {

  private final LetterSentences sentences;
  private final LetterDateFinder dates = new LetterDateFinder();
  private final LetterReferenceFinder references;
  private final LetterAuthorityFinder authorities;
  private final LetterDecisionReader decisions;
  private final AuthorityGazetteer gazetteer;
  private final LegislationTable legislation;
  private final Function<SourceDocument, String> letterhead;

  public ResponseLetterAnnotator(
      LetterSentences sentences,
      LetterReferenceFinder references,
      LetterDecisionReader decisions,
      AuthorityGazetteer gazetteer,
      LegislationTable legislation,
      Function<SourceDocument, String> letterhead) {
    this.letterhead = letterhead;
    this.sentences = sentences;
    this.legislation = legislation;
    this.references = references;
    this.decisions = decisions;
    this.gazetteer = gazetteer;
    this.authorities = new LetterAuthorityFinder(gazetteer);
  }

  /**
   * The annotator of a configuration's letter tables, gazetteer and legislation tables.
   *
   * @param letterhead the words in a letter's letterhead pictures, read only for a letter whose
   *     text names no body ("" when there are none or they cannot be read)
   */
  public static ResponseLetterAnnotator load(
      FoilensConfig config,
      AuthorityGazetteer gazetteer,
      LegislationTable legislation,
      Function<SourceDocument, String> letterhead)
      throws IOException {
    LetterSentences sentences =
        new LetterSentences(LetterCues.read(config.file("letter-voices.tsv"), "voice"));
    return new ResponseLetterAnnotator(
        sentences,
        new LetterReferenceFinder(LetterCues.read(config.file("letter-references.tsv"), "kind")),
        new LetterDecisionReader(
            LetterCues.read(config.file("letter-decision-cues.tsv"), "reading"), sentences),
        gazetteer,
        legislation,
        letterhead);
  }

  /** The letter's decision reader, for the readers of threads that carry letters. */
  public LetterDecisionReader decisions() {
    return decisions;
  }

  /** The letter's sentence splitter, for the readers of threads that carry letters. */
  public LetterSentences sentences() {
    return sentences;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    if (text.kind() != DocumentKind.FOI_RESPONSE) {
      return;
    }
    String body = text.body();
    List<LetterSentences.Sentence> split = sentences.split(body);
    LocalDate date = dates.find(printed(body, text.document().extraction().title()));
    record.date(date);
    String authority = authorities.find(body, split, text::tokens);
    if (authority == null) {
      // a letterhead drawn as a logo names the writer only in its picture
      String head = letterhead.apply(text.document().extraction().source());
      if (!head.isBlank()) {
        authority = authorities.find(head, sentences.split(head), text::tokens);
      }
    }
    AuthorityGazetteer.Authority known = gazetteer.resolve(authority);
    record.authority(authority).sector(known == null ? null : known.sector());
    List<String> refs = new ArrayList<>(references.find(body));
    for (String other : record.caseRefs()) {
      if (!refs.contains(other)) {
        refs.add(other);
      }
    }
    record.caseRefs(refs);
    record.provisions(applied(record.provisions(), text.citations(), split));
    LetterDecisionReader.Decision decision = decisions.read(split);
    record.status(decision.status()).responseTo(decision.responseTo());
  }

  /**
   * The letter's text without the file's metadata title that opens it: a title the template kept
   * ("5 December 2000") is not printed on the letter.
   */
  private static String printed(String body, String title) {
    String b = body.stripLeading();
    return title != null && !title.isBlank() && b.startsWith(title.strip())
        ? b.substring(title.strip().length())
        : body;
  }

  @Override
  public List<String> fields() {
    return List.of("date", "authority", "case_refs", "provisions", "status", "response_to");
  }

  /**
   * The provisions the authority cites: those cited at least once outside the sentences that quote
   * the request back, with their citations there counted; of those, the ones the legislation tables
   * describe (a letter's "Section 75 agreement" is the NHS Act's), and a section only where none of
   * its subsections is cited too ("section 40" beside "section 40(2)" is the same ground).
   */
  List<Provision> applied(
      List<Provision> provisions,
      List<ProvisionFinder.Mention> citations,
      List<LetterSentences.Sentence> split) {
    Map<String, Integer> counts = new HashMap<>();
    for (ProvisionFinder.Mention m : citations) {
      if (!inRequest(m.start(), split)) {
        counts.merge(m.key(), 1, Integer::sum);
      }
    }
    List<Provision> out = new ArrayList<>();
    for (Provision p : provisions) {
      Integer n = counts.get(p.key());
      boolean described = legislation.lookup(p.act(), p.ref()) != null;
      boolean narrower =
          provisions.stream()
              .anyMatch(q -> q.act() == p.act() && q.ref().startsWith(p.ref() + "("));
      if (n != null && described && !narrower) {
        out.add(new Provision(p.act(), p.ref(), p.role(), p.finding(), n, p.paragraphs()));
      }
    }
    return out;
  }

  private static boolean inRequest(int offset, List<LetterSentences.Sentence> split) {
    for (LetterSentences.Sentence s : split) {
      if (offset >= s.start() && offset < s.end()) {
        return s.voice() == LetterSentences.Voice.REQUEST;
      }
    }
    return false;
  }
}
