package org.foilens.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.foilens.Stage;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.AnalyzedDocument.ContractMessage;
import org.foilens.model.Appeal;
import org.foilens.model.DocumentKind;
import org.foilens.model.Extraction;
import org.foilens.model.Message;
import org.foilens.model.NoticePart;
import org.foilens.model.Provision;
import org.foilens.model.StructuredDocument;
import org.foilens.structure.NoticePartsParser;
import org.foilens.structure.TribunalDecisionParser;
import org.foilens.text.UkDates;

/**
 * The tag stage: splits the text into sentences with OpenNLP, finds provisions, case references,
 * dates and the authority, and returns the document in the shape of the output contract.
 */
public final class Tagger implements Stage<StructuredDocument, AnalyzedDocument> {

  private static final Pattern SALUTATION =
      Pattern.compile("^\\s*Dear\\s+(?<name>[^\\n,]{3,120}?)\\s*,?\\s*$", Pattern.MULTILINE);
  private static final Pattern PERSONAL_SALUTATION =
      Pattern.compile(
          "^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam|Dame|Lord|Lady|Requester|Colleague|All|Team)\\b|\\bor"
              + " Madam\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ORGANISATION_WORD =
      Pattern.compile(
          "\\b(Council|Department|Office|Authority|Trust|Police|Constabulary|University|Ministry"
              + "|Agency|Commission|Commissioner|Ombudsman|Service|Board|College|NHS|Borough|Executive"
              + "|Government|Parliament|Treasury|Fire|Corporation)\\b");

  private final NlpModels models;
  private final LegislationTable legislation;
  private final AuthorityGazetteer gazetteer;
  private final ProvisionFinder provisions;
  private final FindingClassifier findings;
  private final CaseRefFinder caseRefs = new CaseRefFinder();
  private final DateFinder dates = new DateFinder();
  private final StepsFinder steps = new StepsFinder();
  private final LifecycleFinder lifecycle;
  private final RequestStatusClassifier statuses;
  private final ThreadLocal<SentenceDetectorME> sentenceDetector;
  private final ThreadLocal<TokenizerME> tokenizer;
  private final NameFinder names;

  /**
   * @param names the person and organisation finder, or null to leave {@code persons} and {@code
   *     organisations} empty
   */
  public Tagger(
      NlpModels models,
      LegislationTable legislation,
      AuthorityGazetteer gazetteer,
      FindingClassifier findings,
      LifecycleFinder lifecycle,
      RequestStatusClassifier statuses,
      NameFinder names) {
    this.names = names;
    this.models = models;
    this.lifecycle = lifecycle;
    this.statuses = statuses;
    this.legislation = legislation;
    this.gazetteer = gazetteer;
    this.provisions = new ProvisionFinder(legislation);
    this.findings = findings;
    this.sentenceDetector = ThreadLocal.withInitial(models::sentenceDetector);
    this.tokenizer = ThreadLocal.withInitial(models::tokenizer);
  }

  @Override
  public AnalyzedDocument apply(StructuredDocument doc) {
    Extraction ex = doc.extraction();
    String body = doc.body();
    Span[] sentences = sentenceDetector.get().sentPosDetect(body);
    DocumentKind kind = doc.kind();
    List<ProvisionFinder.Mention> mentions =
        provisions.find(body, ActContext.of(body, legislation), sentenceEnds(sentences));
    List<Provision> found = provisions(mentions, doc.parts());
    String outcome = null;
    if (kind == DocumentKind.DECISION_NOTICE) {
      Map<String, String> ruled =
          findings.inherit(
              findings.classify(body, doc.parts(), sentences, mentions),
              found.stream().map(Provision::key).toList());
      found = found.stream().map(p -> p.withFinding(ruled.get(p.key()))).toList();
      outcome = FindingClassifier.outcome(ruled.values());
      String scottish = scottishOutcome(doc, body);
      if (scottish != null) {
        outcome = scottish;
      }
    }

    List<String> refs = new ArrayList<>();
    String ownRef = ownReference(doc);
    if (ownRef != null) {
      refs.add(ownRef);
    }
    for (String r : caseRefs.find(body)) {
      if (!refs.contains(r)) {
        refs.add(r);
      }
    }
    StepsFinder.Steps ordered =
        kind != DocumentKind.DECISION_NOTICE
            ? new StepsFinder.Steps(null, null)
            : isScottish(doc) ? steps.findScottish(body, doc.header().date()) : steps.find(body);
    if (outcome == null && Boolean.TRUE.equals(ordered.ordered())) {
      outcome = "upheld"; // no ruling read, but the Commissioner ordered the authority to act
    }
    NameFinder.Names named = names == null ? NameFinder.Names.NONE : names.find(body, sentences);
    List<ContractMessage> messages = doc.messages().stream().map(ContractMessage::of).toList();
    String authority = authority(doc);
    return new AnalyzedDocument(
        ex.source().displayPath(),
        ex.source().sha256(),
        kind.label(),
        title(doc),
        date(doc),
        authority,
        refs,
        found,
        outcome,
        ordered.ordered(),
        ordered.deadlineDays(),
        kind == DocumentKind.FOI_THREAD ? status(doc) : null,
        kind == DocumentKind.FOI_THREAD ? lifecycle.find(doc.messages()) : null,
        dates.find(body, date(doc)),
        persons(named.persons()),
        organisations(named.organisations()),
        messages,
        ex.pages(),
        ex.ocrPages(),
        ex.chars(),
        null,
        kind == DocumentKind.DECISION_NOTICE ? doc.header() : null,
        contractParts(body, doc.parts()),
        sector(authority),
        null,
        ex.warnings(),
        List.of(),
        doc.appeal(),
        dates.periods(body));
  }

  /** The gazetteer's sector of a canonical authority name, or null when it is not known. */
  private String sector(String authority) {
    AuthorityGazetteer.Authority a = gazetteer.resolve(authority);
    return a == null ? null : a.sector();
  }

  /** The status a thread states, else the categorizer's when it is sure enough, else null. */
  private String status(StructuredDocument doc) {
    if (doc.statedStatus() != null || statuses == null) {
      return doc.statedStatus();
    }
    return statuses.status(doc.messages());
  }

  /** Persons as found, capitals made title case; distinct, in order. */
  private static List<String> persons(List<String> found) {
    return found.stream().map(TribunalDecisionParser::name).distinct().toList();
  }

  /**
   * Organisations as found, public authorities under the gazetteer's name, others with capitals
   * made title case; distinct, in order.
   */
  private List<String> organisations(List<String> found) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String name : found) {
      AuthorityGazetteer.Authority a = gazetteer.resolve(name);
      out.add(a == null ? TribunalDecisionParser.name(name) : a.name());
    }
    return List.copyOf(out);
  }

  /** The case's own reference: a tribunal's appeal number, a notice's reference, canonical. */
  private String ownReference(StructuredDocument doc) {
    String written =
        doc.kind() == DocumentKind.TRIBUNAL_DECISION
            ? (doc.appeal() == null ? null : doc.appeal().reference())
            : doc.header().reference();
    if (written == null) {
      return null;
    }
    String canonical = caseRefs.canonical(written);
    return canonical != null ? canonical : written.toUpperCase(Locale.ROOT);
  }

  /** A Scottish Information Commissioner decision: its reference is "Decision 041/2024". */
  private static boolean isScottish(StructuredDocument doc) {
    String ref = doc.header().reference();
    return ref != null && ref.startsWith("Decision ");
  }

  private static final Pattern SCOTTISH_FINDING =
      Pattern.compile(
          "Commissioner finds that the Authority (?:(?<partly>partially|partly)"
              + " failed|(?<failed>failed)|(?:generally )?(?<complied>complied))",
          Pattern.CASE_INSENSITIVE);

  /**
   * A Scottish Information Commissioner decision states its outcome in one sentence: the Authority
   * failed, partially failed, or complied.
   */
  private static String scottishOutcome(StructuredDocument doc, String body) {
    if (!isScottish(doc)) {
      return null;
    }
    Matcher m = SCOTTISH_FINDING.matcher(body);
    if (!m.find()) {
      return null;
    }
    return m.group("partly") != null
        ? "partly_upheld"
        : m.group("failed") != null ? "upheld" : "not_upheld";
  }

  private static List<AnalyzedDocument.ContractPart> contractParts(
      String body, List<NoticePart> parts) {
    List<AnalyzedDocument.ContractPart> out = new ArrayList<>();
    for (NoticePart part : parts) {
      List<AnalyzedDocument.ContractParagraph> paragraphs = new ArrayList<>();
      for (NoticePart.Paragraph p : part.paragraphs()) {
        paragraphs.add(
            new AnalyzedDocument.ContractParagraph(
                p.number(), NoticePartsParser.paragraphText(body, p)));
      }
      out.add(new AnalyzedDocument.ContractPart(part.name(), part.heading(), paragraphs));
    }
    return out;
  }

  /** Provisions in order of first mention, with mention counts and the paragraphs citing them. */
  private List<Provision> provisions(
      List<ProvisionFinder.Mention> mentions, List<NoticePart> parts) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, ProvisionFinder.Mention> first = new LinkedHashMap<>();
    Map<String, Set<Integer>> paragraphs = new LinkedHashMap<>();
    for (ProvisionFinder.Mention m : mentions) {
      String key = m.act() + " " + m.ref();
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
      first.putIfAbsent(key, m);
      Integer paragraph = paragraphAt(m.start(), parts);
      if (paragraph != null) {
        paragraphs.computeIfAbsent(key, k -> new TreeSet<>()).add(paragraph);
      }
    }
    List<Provision> out = new ArrayList<>();
    for (var e : first.entrySet()) {
      ProvisionFinder.Mention m = e.getValue();
      out.add(
          new Provision(
              m.act(),
              m.ref(),
              legislation.role(m.act(), m.ref()),
              null,
              counts.get(e.getKey())[0],
              List.copyOf(paragraphs.getOrDefault(e.getKey(), Set.of()))));
    }
    return out;
  }

  private static Integer paragraphAt(int offset, List<NoticePart> parts) {
    for (NoticePart part : parts) {
      for (NoticePart.Paragraph p : part.paragraphs()) {
        if (offset >= p.start() && offset < p.end()) {
          return p.number();
        }
      }
    }
    return null;
  }

  private static int[] sentenceEnds(Span[] sentences) {
    int[] ends = new int[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      ends[i] = sentences[i].getEnd();
    }
    return ends;
  }

  private static String title(StructuredDocument doc) {
    Extraction ex = doc.extraction();
    if (doc.kind() == DocumentKind.DECISION_NOTICE) {
      String ref = doc.header().reference();
      String authority = doc.header().authority();
      return "Decision notice"
          + (ref == null ? "" : " " + ref)
          + (authority == null ? "" : ": " + authority);
    }
    if (doc.kind() == DocumentKind.TRIBUNAL_DECISION
        && doc.appeal() != null
        && doc.appeal().appellant() != null) {
      Appeal a = doc.appeal();
      String ref = a.reference() != null ? a.reference() : a.citation();
      return "Tribunal decision"
          + (ref == null ? "" : " " + ref)
          + ": "
          + a.appellant()
          + (a.respondents().isEmpty() ? "" : " v " + String.join(", ", a.respondents()));
    }
    if (ex.title() != null) {
      return ex.title();
    }
    for (var part : ex.parts()) {
      if (part.mail() != null && part.mail().subject() != null) {
        return part.mail().subject();
      }
    }
    for (String line : doc.body().split("\\R")) {
      if (!line.isBlank()) {
        String t = line.strip();
        return t.length() > 200 ? t.substring(0, 200) : t;
      }
    }
    return null;
  }

  private static String date(StructuredDocument doc) {
    switch (doc.kind()) {
      case DECISION_NOTICE -> {
        return doc.header().date() != null
            ? doc.header().date()
            : UkDates.firstIn(head(doc.body(), 40));
      }
      case FOI_THREAD -> {
        for (Message m : doc.messages()) {
          if (m.date() != null) {
            return m.date();
          }
        }
        return null;
      }
      case FOI_RESPONSE -> {
        return UkDates.firstIn(head(doc.body(), 20));
      }
      case TRIBUNAL_DECISION -> {
        if (doc.appeal() != null && doc.appeal().date() != null) {
          return doc.appeal().date();
        }
        return UkDates.firstIn(head(doc.body(), 40));
      }
      default -> {
        return null;
      }
    }
  }

  private String authority(StructuredDocument doc) {
    switch (doc.kind()) {
      case DECISION_NOTICE -> {
        return canonical(doc.header().authority());
      }
      case FOI_THREAD -> {
        if (doc.statedAuthority() != null) {
          return canonical(doc.statedAuthority());
        }
        String addressed = addressedAuthority(doc);
        if (addressed != null) {
          return addressed;
        }
        for (Message m : doc.messages()) {
          if ("authority".equals(m.role()) && m.from() != null) {
            AuthorityGazetteer.Authority a = gazetteer.firstIn(tokens(m.from()));
            if (a != null) {
              return a.name();
            }
          }
        }
        return found(head(doc.body(), 60));
      }
      case FOI_RESPONSE -> {
        return found(head(doc.body(), 30));
      }
      case TRIBUNAL_DECISION -> {
        return tribunalAuthority(doc);
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * The authority a correspondence is addressed to, from its salutations ("Dear Sheffield City
   * Council,"), the requester's first, then the quoted history. A name the gazetteer knows wins; an
   * unknown name counts when a requester wrote it or it reads as an organisation; a person ("Dear
   * Mr Jones") never.
   */
  private String addressedAuthority(StructuredDocument doc) {
    List<Message> ordered = new ArrayList<>();
    doc.messages().stream().filter(m -> "requester".equals(m.role())).forEach(ordered::add);
    doc.messages().stream().filter(m -> !"requester".equals(m.role())).forEach(ordered::add);
    List<String[]> texts = new ArrayList<>(); // {text, written by a requester?}
    if (ordered.isEmpty()) {
      texts.add(new String[] {doc.body(), "yes"}); // a pasted request page opens with the request
    }
    ordered.forEach(
        m -> texts.add(new String[] {m.text(), "requester".equals(m.role()) ? "yes" : "no"}));
    if (!ordered.isEmpty()) {
      texts.add(new String[] {doc.body(), "no"}); // quoted history: a request a reply carries
    }
    String unknown = null;
    for (String[] t : texts) {
      Matcher dear = SALUTATION.matcher(t[0] == null ? "" : t[0]);
      while (dear.find()) {
        String name = dear.group("name").strip();
        if (PERSONAL_SALUTATION.matcher(name).find()) {
          continue;
        }
        AuthorityGazetteer.Authority a = gazetteer.resolve(name);
        if (a != null) {
          return a.name();
        }
        if (unknown == null && (t[1].equals("yes") || ORGANISATION_WORD.matcher(name).find())) {
          unknown = name;
        }
      }
    }
    return unknown;
  }

  /**
   * The public authority a tribunal decision concerns: the first party the gazetteer knows that is
   * not the regulator, else the first body named in the text that is not the regulator.
   */
  private String tribunalAuthority(StructuredDocument doc) {
    if (doc.appeal() != null) {
      for (String party : doc.appeal().parties()) {
        AuthorityGazetteer.Authority a = gazetteer.resolve(party.replaceFirst("(?i)^the\\s+", ""));
        if (a == null) {
          a = gazetteer.resolve(party);
        }
        if (a != null && !"regulator".equals(a.sector())) {
          return a.name();
        }
      }
    }
    for (AuthorityGazetteer.Authority a : gazetteer.allIn(tokens(doc.body()))) {
      if (!"regulator".equals(a.sector())) {
        return a.name();
      }
    }
    return null;
  }

  private String found(String text) {
    AuthorityGazetteer.Authority a = gazetteer.firstIn(tokens(text));
    return a == null ? null : a.name();
  }

  private String canonical(String written) {
    if (written == null) {
      return null;
    }
    AuthorityGazetteer.Authority a = gazetteer.resolve(written);
    return a == null ? written.strip() : a.name();
  }

  private String[] tokens(String text) {
    return tokenizer.get().tokenize(text);
  }

  private static String head(String text, int lines) {
    int pos = 0;
    for (int i = 0; i < lines && pos >= 0; i++) {
      pos = text.indexOf('\n', pos + 1);
    }
    return pos < 0 ? text : text.substring(0, pos);
  }
}
