package org.foilens.bench;

import static org.foilens.bench.Phrases.pick;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.foilens.bench.MailMessage.Attachment;

/**
 * Composes an FOI request thread for the benchmark corpus: the request, the authority's
 * acknowledgement, its response with a letter (PDF, sometimes scanned) and sometimes a schedule
 * (.docx), and in some threads an internal review and its outcome. Requests made through
 * WhatDoTheyKnow carry its address and footer.
 */
final class ThreadComposer {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String WDTK_FOOTER =
      "\n\n-------------------------------------------------------------------\n"
          + "Please use this email address for all replies to this request:\n%s\n\n"
          + "This request has been made through WhatDoTheyKnow. Any reply you send will be\n"
          + "published on the WhatDoTheyKnow website.\n"
          + "-------------------------------------------------------------------\n";

  /** Renders a response letter to PDF bytes; scanned letters have no text layer. */
  interface LetterRenderer {
    byte[] render(
        String name, LocalDate date, String reference, List<String> lines, boolean scanned);
  }

  private final AuthorityPicker authorities;
  private final LetterRenderer letters;
  private final boolean scans;

  ThreadComposer(AuthorityPicker authorities, LetterRenderer letters) {
    this(authorities, letters, true);
  }

  /**
   * @param scans whether 1 response letter in 25 is scanned, without text
   */
  ThreadComposer(AuthorityPicker authorities, LetterRenderer letters, boolean scans) {
    this.scans = scans;
    this.authorities = authorities;
    this.letters = letters;
  }

  /** A composed thread: its messages, oldest first, and a short name for its file. */
  record Thread(String slug, List<MailMessage> messages, int scannedPages) {}

  Thread compose(int index, RandomGenerator random) {
    String authority = authorities.pick(random);
    String domain = authority.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    domain = (domain.length() > 24 ? domain.substring(0, 24) : domain) + ".gov.uk";
    String authorityAddress = "Freedom of Information Team <foi@" + domain + ">";
    String requester = pick(random, Phrases.FIRST_NAMES) + " " + pick(random, Phrases.SURNAMES);
    boolean wdtk = random.nextInt(5) < 3;
    String requesterMail =
        wdtk
            ? String.format(
                Locale.ROOT,
                "foi+request-%06d-%08x@whatdotheyknow.com",
                100_000 + index,
                random.nextInt())
            : requester.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
    String requesterAddress = requester + " <" + requesterMail + ">";
    String topic = pick(random, Phrases.TOPICS);
    String subject =
        "Freedom of Information request - " + capitalise(topic.replaceFirst("^the ", ""));
    String reference =
        String.format(
            Locale.ROOT, "FOI%d/%05d", 2015 + random.nextInt(10), random.nextInt(100_000));
    String idBase = String.format(Locale.ROOT, "bench-%06d", index);

    ZonedDateTime sent =
        LocalDate.of(2015, 1, 5)
            .plusDays(random.nextInt(3_600))
            .atTime(9 + random.nextInt(9), random.nextInt(60))
            .atZone(LONDON);
    List<MailMessage> messages = new ArrayList<>();

    String request =
        "Dear "
            + authority
            + ",\n\nPlease provide "
            + topic
            + ".\n\n"
            + "I would prefer to receive the information electronically.\n\nYours faithfully,\n\n"
            + requester
            + (wdtk ? String.format(Locale.ROOT, WDTK_FOOTER, requesterMail) : "\n");
    messages.add(
        new MailMessage(
            requesterAddress,
            authorityAddress,
            sent,
            subject,
            idBase + ".1@bench.foilens.invalid",
            null,
            request,
            List.of()));

    ZonedDateTime acked = sent.plusDays(1 + random.nextInt(3)).plusHours(2);
    String ack =
        "Dear "
            + requester.split(" ")[0]
            + ",\n\nThank you for your request, which we have logged under reference "
            + reference
            + ". We will respond within 20 working days.\n\nFreedom of Information Team\n"
            + authority
            + "\n";
    messages.add(
        new MailMessage(
            authorityAddress,
            requesterAddress,
            acked,
            "RE: " + subject + " [" + reference + "]",
            idBase + ".2@bench.foilens.invalid",
            idBase + ".1@bench.foilens.invalid",
            ack,
            List.of()));

    ZonedDateTime answered = sent.plusDays(14 + random.nextInt(40)).plusHours(3);
    boolean refused = random.nextInt(3) == 0;
    List<String> letter =
        letterLines(
            random, requester, authority, reference, topic, answered.toLocalDate(), refused);
    List<Attachment> attachments = new ArrayList<>();
    boolean scanned = random.nextInt(25) == 0 && scans; // drawn either way: the same texts
    attachments.add(
        new Attachment(
            reference.replace('/', '-') + " response.pdf",
            "application/pdf",
            letters.render(idBase, answered.toLocalDate(), reference, letter, scanned)));
    if (!refused && random.nextBoolean()) {
      attachments.add(
          new Attachment(
              reference.replace('/', '-') + " schedule.docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              DocxWriter.write(
                  "Schedule of information: " + reference,
                  List.of("Information held in answer to the request for " + topic + "."),
                  schedule(random))));
    }
    String reply =
        "Dear "
            + requester.split(" ")[0]
            + ",\n\nPlease find attached our response to your request, reference "
            + reference
            + ".\n\nKind regards,\n\nFreedom of Information Team\n"
            + authority
            + "\n";
    messages.add(
        new MailMessage(
            authorityAddress,
            requesterAddress,
            answered,
            "RE: " + subject + " [" + reference + "]",
            idBase + ".3@bench.foilens.invalid",
            idBase + ".2@bench.foilens.invalid",
            reply,
            attachments));

    if (random.nextInt(4) == 0) {
      ZonedDateTime review = answered.plusDays(3 + random.nextInt(20));
      messages.add(
          new MailMessage(
              requesterAddress,
              authorityAddress,
              review,
              "Internal review of " + subject,
              idBase + ".4@bench.foilens.invalid",
              idBase + ".3@bench.foilens.invalid",
              "Dear "
                  + authority
                  + ",\n\n"
                  + "Please pass this on to the person who conducts Freedom of Information"
                  + " reviews.\n\n"
                  + "I am writing to request an internal review of "
                  + authority
                  + "'s handling of my FOI request. "
                  + "I do not accept that the information can be withheld.\n\nYours faithfully,\n\n"
                  + requester
                  + (wdtk ? String.format(Locale.ROOT, WDTK_FOOTER, requesterMail) : "\n"),
              List.of()));
      messages.add(
          new MailMessage(
              authorityAddress,
              requesterAddress,
              review.plusDays(10 + random.nextInt(30)),
              "RE: Internal review of " + subject,
              idBase + ".5@bench.foilens.invalid",
              idBase + ".4@bench.foilens.invalid",
              "Dear "
                  + requester.split(" ")[0]
                  + ",\n\nWe have completed the internal review of our response to request "
                  + reference
                  + ". The reviewer has decided to uphold the original decision.\n\n"
                  + "If you remain dissatisfied you may complain to the Information"
                  + " Commissioner.\n\n"
                  + "Freedom of Information Team\n"
                  + authority
                  + "\n",
              List.of()));
    }
    String slug =
        topic.replaceFirst("^the ", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return new Thread(
        idBase + "-" + (slug.length() > 40 ? slug.substring(0, 40) : slug).replaceAll("-$", ""),
        messages,
        scanned ? 1 : 0);
  }

  private static List<String> letterLines(
      RandomGenerator random,
      String requester,
      String authority,
      String reference,
      String topic,
      LocalDate date,
      boolean refused) {
    List<String> lines = new ArrayList<>();
    lines.add(authority);
    lines.add("Freedom of Information Team");
    lines.add("");
    lines.add(NoticeComposer.longDate(date));
    lines.add("");
    lines.add("Dear " + requester + ",");
    lines.add("");
    lines.add("## Freedom of Information request " + reference);
    lines.add("");
    lines.add("You asked for " + topic + ".");
    lines.add("");
    if (refused) {
      GeneratedProvision p = pick(random, GeneratedProvision.FOIA);
      lines.add(
          "We hold the information but it is withheld under "
              + p.citation()
              + " of the Freedom of Information Act 2000 ("
              + p.heading()
              + ").");
      lines.add(p.test());
    } else {
      for (int i = 0; i < 2 + random.nextInt(4); i++) {
        lines.add(pick(random, Phrases.LETTER_SENTENCES));
      }
    }
    lines.add("");
    lines.add(
        "If you are unhappy with this response you may ask for an internal review within 40 working"
            + " days.");
    lines.add("");
    lines.add("Yours sincerely,");
    lines.add("");
    lines.add("Freedom of Information Team");
    return lines;
  }

  private static List<List<String>> schedule(RandomGenerator random) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Financial year", "Number", "Cost (\u00a3)"));
    for (int year = 2018; year < 2018 + 3 + random.nextInt(4); year++) {
      rows.add(
          List.of(
              year + "/" + (year + 1 - 2000),
              Integer.toString(random.nextInt(900)),
              String.format(Locale.ROOT, "%,d", random.nextInt(2_000_000))));
    }
    return rows;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
