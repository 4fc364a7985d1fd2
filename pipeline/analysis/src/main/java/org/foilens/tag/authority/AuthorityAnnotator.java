package org.foilens.tag.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;
import org.foilens.text.AuthorityGazetteer;

/**
 * The public authority a document concerns, under the gazetteer's name where it knows the body, and
 * that body's sector. A notice names it in its header; a thread in its metadata, its salutations
 * ("Dear Sheffield City Council,") or its senders; a letter near its top; a tribunal decision among
 * its parties (never the Information Commissioner who decided the complaint).
 */
public final class AuthorityAnnotator implements Annotator {

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
  private static final int THREAD_HEAD_LINES = 60;
  private static final int LETTER_HEAD_LINES = 30;

  private final AuthorityGazetteer gazetteer;

  public AuthorityAnnotator(AuthorityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    String authority = authority(text);
    AuthorityGazetteer.Authority known = gazetteer.resolve(authority);
    record.authority(authority).sector(known == null ? null : known.sector());
  }

  @Override
  public List<String> fields() {
    return List.of("authority", "sector");
  }

  private String authority(AnnotatedText text) {
    StructuredDocument doc = text.document();
    return switch (doc.kind()) {
      case DECISION_NOTICE ->
          doc.header().authority() != null
              ? canonical(doc.header().authority())
              : namedInSummary(text);
      case FOI_THREAD -> threadAuthority(text);
      case FOI_RESPONSE -> firstKnown(text, text.head(LETTER_HEAD_LINES));
      case TRIBUNAL_DECISION -> tribunalAuthority(text);
      case OTHER -> null;
    };
  }

  private String threadAuthority(AnnotatedText text) {
    StructuredDocument doc = text.document();
    if (doc.statedAuthority() != null) {
      return canonical(doc.statedAuthority());
    }
    String addressed = addressedAuthority(doc);
    if (addressed != null) {
      return addressed;
    }
    for (Message m : doc.messages()) {
      if (m.isFrom(MessageRole.AUTHORITY) && m.from() != null) {
        AuthorityGazetteer.Authority a = gazetteer.firstIn(text.tokens(m.from()));
        if (a != null) {
          return a.name();
        }
      }
    }
    return firstKnown(text, text.head(THREAD_HEAD_LINES));
  }

  /** A text to read salutations in, and whether a requester wrote it. */
  private record Written(String text, boolean byRequester) {}

  /**
   * The authority a correspondence is addressed to, from its salutations, the requester's first,
   * then the quoted history. A name the gazetteer knows wins; an unknown name counts when a
   * requester wrote it or it reads as an organisation; a person ("Dear Mr Jones") never.
   */
  private String addressedAuthority(StructuredDocument doc) {
    List<Message> ordered = new ArrayList<>();
    doc.messages().stream().filter(m -> m.isFrom(MessageRole.REQUESTER)).forEach(ordered::add);
    doc.messages().stream().filter(m -> !m.isFrom(MessageRole.REQUESTER)).forEach(ordered::add);
    List<Written> texts = new ArrayList<>();
    if (ordered.isEmpty()) {
      texts.add(new Written(doc.body(), true)); // a pasted request page opens with the request
    }
    ordered.forEach(m -> texts.add(new Written(m.text(), m.isFrom(MessageRole.REQUESTER))));
    if (!ordered.isEmpty()) {
      texts.add(new Written(doc.body(), false)); // quoted history: a request a reply carries
    }
    String unknown = null;
    for (Written t : texts) {
      Matcher dear = SALUTATION.matcher(t.text() == null ? "" : t.text());
      while (dear.find()) {
        String name = dear.group("name").strip();
        if (PERSONAL_SALUTATION.matcher(name).find()) {
          continue;
        }
        AuthorityGazetteer.Authority a = gazetteer.resolve(name);
        if (a != null) {
          return a.name();
        }
        if (unknown == null && (t.byRequester() || ORGANISATION_WORD.matcher(name).find())) {
          unknown = name;
        }
      }
    }
    return unknown;
  }

  /**
   * The public authority a tribunal decision concerns: the first party the gazetteer knows that is
   * not the Information Commissioner, else the body its substituted notice orders to act, else the
   * first body its opening names.
   */
  private String tribunalAuthority(AnnotatedText text) {
    StructuredDocument doc = text.document();
    String stated = NamedAuthority.stated(doc.body());
    if (stated != null) {
      return canonical(stated);
    }
    if (doc.appeal() != null) {
      for (String party : doc.appeal().parties()) {
        AuthorityGazetteer.Authority a = gazetteer.resolve(party.replaceFirst("(?i)^the\\s+", ""));
        if (a == null) {
          a = gazetteer.resolve(party);
        }
        if (a != null && !NamedAuthority.decides(a)) {
          return a.name();
        }
        if (a == null && NamedAuthority.isAuthority(party, gazetteer)) {
          return party;
        }
      }
    }
    String ordered = NamedAuthority.ordered(doc.body(), gazetteer);
    if (ordered != null) {
      return canonical(ordered);
    }
    return namedInSummary(text);
  }

  /**
   * The authority a notice's or decision's own opening sentences name, where no header or party
   * list does: the body it defines a short name for, else the first body the gazetteer knows.
   */
  private String namedInSummary(AnnotatedText text) {
    String summary = NamedAuthority.sentences(text.body());
    NamedAuthority.Named defined = NamedAuthority.defined(summary, gazetteer);
    String[] tokens = text.tokens(summary);
    int definedAt =
        defined == null ? tokens.length : text.tokens(summary.substring(0, defined.end())).length;
    for (AuthorityGazetteer.Match m : gazetteer.matchesIn(tokens)) {
      int after = m.start() + m.tokens();
      if (m.start() >= definedAt) {
        break;
      }
      if (!NamedAuthority.decides(m.authority())
          && !NamedAuthority.namesSomethingElse(after < tokens.length ? tokens[after] : null)) {
        return m.authority().name();
      }
    }
    return defined == null ? null : canonical(defined.name());
  }

  private String firstKnown(AnnotatedText text, String part) {
    AuthorityGazetteer.Authority a = gazetteer.firstIn(text.tokens(part));
    return a == null ? null : a.name();
  }

  private String canonical(String written) {
    if (written == null) {
      return null;
    }
    AuthorityGazetteer.Authority a = gazetteer.resolve(written);
    return a == null ? written.strip() : a.name();
  }
}
