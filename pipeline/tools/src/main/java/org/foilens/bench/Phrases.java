package org.foilens.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The word banks the benchmark corpus is composed from: requesters' names, request topics and the
 * sentences an ICO notice or an authority's letter is made of. Written for this project; none of it
 * is copied from real notices.
 */
final class Phrases {

  private Phrases() {}

  static final List<String> FIRST_NAMES =
      List.of(
          "Aisha", "Bronwen", "Callum", "Deepa", "Eamon", "Fiona", "Gareth", "Hannah", "Imran",
          "Jessica", "Kwame", "Lorna", "Matthew", "Niamh", "Oliver", "Priya", "Rhys", "Sophie",
          "Tomasz", "Una", "Victor", "Wendy", "Yusuf", "Zara");

  static final List<String> SURNAMES =
      List.of(
          "Ashworth",
          "Bannerman",
          "Chowdhury",
          "Doherty",
          "Evans",
          "Fairbairn",
          "Gill",
          "Hargreaves",
          "Iqbal",
          "Jenkins",
          "Kowalski",
          "Lennox",
          "McAllister",
          "Nwosu",
          "Okafor",
          "Pritchard",
          "Quinn",
          "Robertson",
          "Sandhu",
          "Thornton",
          "Underwood",
          "Vasquez",
          "Whitfield",
          "Yeung");

  static final List<String> TOPICS =
      List.of(
          "the cost of agency staff in each of the last three financial years",
          "the number of complaints received about pothole repairs",
          "the minutes of meetings of the estates strategy board",
          "the risk register for the replacement of the case management system",
          "correspondence with the contractor about delays to the bridge works",
          "the number of staff disciplined for misuse of social media",
          "the legal advice received on the closure of the day centre",
          "the business case for the new headquarters building",
          "the briefing prepared for the minister before the select committee hearing",
          "the data protection impact assessment for the facial recognition trial",
          "the contract and pricing schedule for the waste collection service",
          "the water quality sampling results for the reservoir",
          "the emissions monitoring data for the incinerator",
          "the planning viability assessment for the riverside development",
          "the names of the members of the appointments panel",
          "the internal audit report on procurement cards",
          "the number of vacancies in children's social work teams",
          "the ventilation survey of the school buildings",
          "the policy on the use of body-worn cameras",
          "the spending on consultants for the transformation programme");

  static final List<String> ARGUMENT_SENTENCES =
      List.of(
          "%s explained that the information was prepared at an early stage of a process that had"
              + " not yet concluded.",
          "%s argued that officials needed a safe space in which to consider options away from"
              + " external scrutiny.",
          "%s provided the Commissioner with a copy of the withheld information and a detailed"
              + " submission.",
          "%s said that releasing the information would be likely to prejudice its negotiating"
              + " position with suppliers.",
          "%s pointed out that a substantial amount of related material had already been published"
              + " on its website.",
          "%s estimated that locating and extracting the information would take well over the"
              + " appropriate limit.",
          "%s stated that the individuals concerned had not consented to the disclosure of their"
              + " details.",
          "%s considered that the request formed part of a long pattern of correspondence on the"
              + " same subject.",
          "%s confirmed that it had carried out searches of its electronic records and its paper"
              + " archive.",
          "%s noted that the contract had several years still to run and that the pricing remained"
              + " commercially current.");

  static final List<String> COMMISSIONER_SENTENCES =
      List.of(
          "The Commissioner has considered the withheld information together with the submissions"
              + " of both parties.",
          "The Commissioner recognises that transparency in the use of public money carries"
              + " significant weight.",
          "The Commissioner accepts that the arguments advanced are relevant to the interest the"
              + " provision protects.",
          "In reaching a view the Commissioner has taken into account the timing of the request and"
              + " the context at that date.",
          "The Commissioner notes that the complainant has a genuine and legitimate interest in the"
              + " subject of the request.",
          "The Commissioner is mindful that the information is now several years old and that"
              + " circumstances have changed.",
          "The Commissioner has looked at the searches described and considers them reasonable and"
              + " proportionate.",
          "The Commissioner has also considered whether the information could be disclosed in a"
              + " redacted form.",
          "The Commissioner does not accept that the harm described is more than hypothetical.",
          "The Commissioner gives weight to the general public interest in accountability and"
              + " openness.");

  static final List<String> LETTER_SENTENCES =
      List.of(
          "We have now completed our searches for the information you asked for.",
          "Some of the information you requested is already published and we have provided the link"
              + " below.",
          "We have considered whether the public interest favours disclosure of the remaining"
              + " information.",
          "The figures below are taken from our finance system and were correct at the date of"
              + " extraction.",
          "Where a figure is five or fewer it has been suppressed to protect the individuals"
              + " concerned.",
          "We hope this information is helpful to you.",
          "Please quote the reference number above in any further correspondence about this"
              + " request.",
          "The information is held by a number of teams and we have collated it for you in the"
              + " attached schedule.");

  static <T> T pick(RandomGenerator random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
