#!/usr/bin/env python3
"""Build config/authorities.tsv from the gazetteers in ../shared/data/gazetteers.

Usage (from the repository root, or from anywhere):

    python3 config/tools/build_authorities.py [--gazetteers DIR] [--out FILE]

Inputs (origins in ../shared/data/ORIGINS.tsv):
  wdtk_public_bodies.csv          WhatDoTheyKnow public bodies (id, short name, name;
                                  an id may appear twice, English and Welsh)
  authorities.csv                 Scottish public authorities with a sector and
                                  their WhatDoTheyKnow ids
  uk_local_authorities_current.csv UK councils: official, nice and alternative names,
                                  type, WhatDoTheyKnow id
  lookup_name_to_registry.csv     further council names -> register code

Output: a UTF-8 TSV with header ``name aliases sector origin``, sorted by name,
byte-identical on every run over the same inputs.

The canonical name is WhatDoTheyKnow's (English) name where WhatDoTheyKnow
knows the body; otherwise the official name from the other gazetteer, or the
hand-written name below. Aliases that would point at more than one body are
dropped (see resolve_alias_conflicts) so that an alias always names one row.
"""

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

WDTK = "wdtk_public_bodies.csv"
SCOT = "authorities.csv"
LA = "uk_local_authorities_current.csv"
LOOKUP = "lookup_name_to_registry.csv"
HAND = "hand-written"

SECTORS = (
    "central government",
    "local government",
    "NHS",
    "police",
    "education",
    "regulator",
    "parliament",
    "devolved government",
    "other",
)

# WhatDoTheyKnow ids of its test and joke entries.
WDTK_TEST_NAMES = re.compile(
    r"^(Test Quango|mySociety Test Quango|.*'s Test Authority"
    r"|Department for Administrative and Bureaucratic Affairs"
    r"|Department for Administrative Affairs \(Scottish Branch\))$"
)

# Hand-written: canonical name (WhatDoTheyKnow's where it has the body) ->
# (aliases, sector). Bodies WhatDoTheyKnow does not list yet are added as rows.
HAND_TABLE = {
    "Department for Work and Pensions": (["DWP"], "central government"),
    "HM Revenue and Customs": (
        ["HMRC", "HM Revenue & Customs", "Her Majesty's Revenue and Customs",
         "His Majesty's Revenue and Customs"], "central government"),
    "Ministry of Defence": (["MoD", "MOD"], "central government"),
    "Foreign, Commonwealth & Development Office": (
        ["FCDO", "Foreign, Commonwealth and Development Office"], "central government"),
    "Foreign and Commonwealth Office": (["FCO", "Foreign & Commonwealth Office"],
                                        "central government"),
    "Department for Education": (["DfE", "DFE"], "central government"),
    "Department of Health and Social Care": (
        ["DHSC", "Department of Health & Social Care", "Department of Health"],
        "central government"),
    "Department for Transport": (["DfT", "DFT"], "central government"),
    "Department for Digital, Culture, Media and Sport": (
        ["DCMS", "Department for Digital, Culture, Media & Sport",
         "Department for Culture, Media and Sport", "Department for Culture, Media & Sport"],
        "central government"),
    "Department for Environment, Food and Rural Affairs": (["DEFRA", "Defra"],
                                                           "central government"),
    "Department for Business, Energy and Industrial Strategy": (
        ["BEIS", "Department for Business, Energy & Industrial Strategy"], "central government"),
    "Department for Energy Security and Net Zero": (["DESNZ"], "central government"),
    "Department for Science, Innovation and Technology": (["DSIT"], "central government"),
    "Department for Business and Trade": (["DBT"], "central government"),
    "Ministry of Housing, Communities and Local Government": (
        ["MHCLG", "DLUHC", "Department for Levelling Up, Housing and Communities",
         "Department for Communities and Local Government", "DCLG"], "central government"),
    "Her Majesty's Treasury": (["HMT", "HM Treasury", "His Majesty's Treasury"],
                               "central government"),
    "Ministry of Justice": (["MoJ", "MOJ"], "central government"),
    "Cabinet Office": ([], "central government"),
    "Home Office": ([], "central government"),
    "Office for National Statistics": (["ONS"], "central government"),
    "Parliamentary and Health Service Ombudsman": (
        ["PHSO", "Parliamentary Ombudsman", "Health Service Ombudsman"], "regulator"),
    "Information Commissioner's Office": (
        ["ICO", "Information Commissioner", "Information Commissioners Office"], "regulator"),
    "Transport for London": (["TfL", "TFL"], "local government"),
    "Crown Prosecution Service": (["CPS"], "central government"),
    "Her Majesty's Prison & Probation Service": (
        ["HMPPS", "HM Prison and Probation Service", "HM Prison & Probation Service",
         "Her Majesty's Prison and Probation Service",
         "His Majesty's Prison and Probation Service"], "central government"),
    "Driver and Vehicle Licensing Agency": (["DVLA"], "central government"),
    "UK Hydrographic Office": (["UKHO", "United Kingdom Hydrographic Office"],
                               "central government"),
    "NHS England": (["NHSE"], "NHS"),
    "British Broadcasting Corporation": (["BBC"], "other"),
    "Metropolitan Police Service (MPS)": (
        ["Met", "MPS", "the Met", "Metropolitan Police Service", "Metropolitan Police"],
        "police"),
}

# authorities.csv sector -> our sector. "Ministers/Parliament" is settled per name.
SCOT_SECTORS = {
    "Local Government": "local government",
    "National Health Service": "NHS",
    "Educational Institutions": "education",
    "Police": "police",
    "Non Ministerial Officeholders": "devolved government",
    "Others e.g. NDPBs": None,  # by name pattern, default other
    "s.5 designated body": None,
    "": None,
}

# Words that mark a Welsh-language name (to pick WhatDoTheyKnow's English name).
WELSH_WORDS = set("""
cyngor heddlu prifysgol awdurdod ymddiriedolaeth llywodraeth adran swyddfa gwasanaeth
gwasanaethau comisiynydd comisiwn cyfyngedig cymru bwrdd cwmni asiantaeth arolygiaeth
gorfforaeth weinyddiaeth tŷ'r ty'r dyfarnu parc cenedlaethol gig cyllid thollau iechyd
coleg canolfan amgueddfa llyfrgell gwaed thrawsblaniadau cynulliad ei mawrhydi y yr a
dros addysg hyfforddiant yng nghymru gyrwyr cherbydau cyffredin carchardai phrawf
brenhinol henebion celfyddydau cefn gwlad iaith plant theuluoedd llys llysoedd
thribiwnlysoedd amgylchedd bwyd materion gwledig gwaith phensiynau amddiffyn dywydd
benthyciadau fyfyrwyr arfordir penfro eryri bannau dwr dŵr felindre sir gynradd uwchradd
gymunedol santes fair eglwys caergybi ynys môn biwmares rhydaman caerfyrddin benfro tref
cymuned cymdeithas bro
""".split())
ENGLISH_WORDS = set("""
and of the for council service services office department authority university police
trust agency commission board company limited parliament government house ministry
court courts tribunals school college national health water commissioner inspectorate
corporation panel primary secondary community town holyhead anglesey
""".split())

SECTOR_PATTERNS = [
    # order matters: first match wins
    ("other", r"^Royal College of (?!Art\b|Music\b)|Lieutenancy$"),
    ("regulator", r"\bOmbudsman\b|Independent Office for Police Conduct|Police Complaints"
                  r"|Information Commissioner|^Of(com|gem|wat|sted|qual)\b|^Office (of|for) "
                  r"(Communications|Gas and Electricity|Water Services|Standards in Education"
                  r"|Qualifications|Rail|Nuclear Regulation|Students|Fair Trading|the Regulator"
                  r"|Fair Access)|Regulat(or|ion Authority|ory Authority)\b|Regulation\b"
                  r"|^(Care Quality|Charity|Gambling|Equality and Human Rights|Electoral"
                  r"|Competition|Scottish Charity) |^Competition and Markets|Financial Conduct"
                  r"|Prudential Regulation|Civil Aviation Authority|Health and Safety Executive"
                  r"|Food Standards|Inspectorate|Inspector of|Chief Inspector|^General (Medical"
                  r"|Dental|Optical|Pharmaceutical|Chiropractic|Osteopathic|Teaching) Council"
                  r"|Nursing and Midwifery Council|Health and Care Professions Council"
                  r"|Social Work England|Standards Commission|Commissioner for Standards"
                  r"|Scottish Information Commissioner|Audit Scotland|Accounts Commission"
                  r"|National Audit Office|Audit Office|Auditor General"),
    ("parliament", r"^(House of Commons|House of Lords|Scottish Parliament|Welsh Parliament"
                   r"|Senedd|National Assembly for Wales|Northern Ireland Assembly)\b"
                   r"|^(UK )?Parliament$|^Office of the Leader of the House"),
    ("police", r"\bPolice\b|\bConstabulary\b|\bPolicing\b|Police and Crime Commissioner"
               r"|\bHeddlu\b|Crime Commissioner|British Transport Police"),
    ("NHS", r"\bNHS\b|\bGIG\b|Health Board\b|Clinical Commissioning Group|Primary Care Trust"
            r"|\bPCT\b|Hospital|Ambulance Service|Health Authority|Health Service|Medical Practice"
            r"|Dental|mydentist|Surgery\b|Health Centre|Medical Centre|Medical Group|Healthcare NHS"
            r"|Foundation Trust|Mental Health|Partnership Trust|Integrated Care Board"
            r"|Health and Social Care Trust|Healthcare Improvement Scotland|Public Health"
            r"|Health Education|Special Health Authority|Family Practitioner|Practice\b"
            r"|Pharmacy|Opticians?\b|Clinic\b|Care Trust\b|Commissioning Support|Dentist"
            r"|Orthodontic|Endodontic|Smile|Primary Care Network|GP Confederation"
            r"|Local Medical Committee|Health and Social Care Partnership|Integrated Care"
            r"|Sustainability and Transformation|Health and Social (Services|Care) (Board|Trust"
            r"|Council)|Blood Transfusion|Blood and Transplant"),
    ("education", r"\bSchool\b|\bSchools\b|\bAcademy\b|\bAcademies\b|\bCollege\b|\bUniversity\b"
                  r"|\bYsgol\b|\bColeg\b|\bPrifysgol\b|Nursery|Sixth Form|Learning Trust"
                  r"|Education Trust|Educational Trust|Schools Trust|Academy Trust|Learning Centre"
                  r"|Pupil Referral|\bPRU\b|\bUTC\b|Conservatoire|Institute of Technology|Polytechnic"
                  r"|\b(Primary|Infants?|Juniors?)(,|$)|Free School|Comprehensive"),
    ("devolved government", r"^(Welsh Government|Llywodraeth Cymru|Scottish Government"
                            r"|Scottish Ministers|Scottish Executive|Welsh Assembly Government"
                            r"|Northern Ireland Executive|Northern Ireland Office of|The Executive"
                            r" Office)\b|\(Northern Ireland\)$|^Department (of|for) .*Northern Ireland"
                            r"|^Transport Scotland$|^Revenue Scotland$|^Welsh Revenue Authority$"
                            r"|^Education Scotland$|^Disclosure Scotland$|^Accountant in Bankruptcy$"
                            r"|^Office of the Accountant in Bankruptcy$|^Scottish Public Pensions Agency$"
                            r"|^Student Awards Agency|^Marine Scotland$|^Scottish Fiscal Commission$"
                            r"|^Registers of Scotland$|^Keeper of the Registers of Scotland$"
                            r"|^Cadw$|^Queen's Printer for Scotland$|^Crown Office and Procurator"
                            r"|^Scottish Courts and Tribunals Service$|^Scottish Prison Service$"),
    ("local government", r"\b[Cc]ouncil\b|\bCyngor\b|Combined Authority|Combined County Authority"
                         r"|Greater London Authority|\bParish Meeting\b|Town Meeting"
                         r"|Internal Drainage Board|Drainage Board|National Park Authority"
                         r"|Fire and Rescue|Fire Authority|Fire & Rescue|Waste Authority"
                         r"|Waste Disposal Authority|Port Health Authority|Licensing Board"
                         r"|Valuation Joint Board|Valuation Board|Assessor|Joint Committee"
                         r"|Safeguarding (Children|Adults) (Board|Partnership)|Integration Joint Board"
                         r"|Passenger Transport Executive|Transport for (Greater Manchester|West"
                         r" Midlands)|Mayor of|City Corporation|City of London Corporation"
                         r"|Corporation of London|Transport Partnership|Joint Board\b"
                         r"|^London Borough of|^Royal Borough of|^Borough of|^City of .* Council"
                         r"|Coroner|Joint Authority|Conservators\b|Pension Fund"),
    ("central government", r"^Department (for|of)\b|^Ministry of\b|^Ministry for\b|^HM |^Her Majesty's"
                           r"|^His Majesty's|^HMP |^HMYOI |^HM Prison|^(Home|Cabinet|Scotland|Wales"
                           r"|Northern Ireland|Foreign,? .*) Office\b|Treasury|Solicitor's Department"
                           r"|Government Legal|Government Actuary|Government Digital Service"
                           r"|Office for National Statistics|^UK Statistics Authority|^UK Export"
                           r"|^The National Archives$|^National Archives$|Crown Prosecution Service"
                           r"|Crown Commercial Service|Serious Fraud Office|Attorney General"
                           r"|Advocate General|Prime Minister|Privy Council Office|Export Credits"
                           r"|Land Registry|Companies House|Insolvency Service|Intellectual Property"
                           r" Office|Passport Office|Border Force|UK Visas|Immigration Enforcement"
                           r"|Independent Monitoring Board|\bIMB\b|Executive Agency|^Driver and Vehicle"
                           r"|Vehicle Certification Agency|Maritime and Coastguard|Highways England"
                           r"|National Highways|Environment Agency|Natural England|Forestry Commission"
                           r"|Rural Payments Agency|Animal and Plant Health|Veterinary Medicines"
                           r"|Medicines and Healthcare products|UK Health Security|Public Health England"
                           r"|Valuation Office|Government Property|Defence Equipment|Defence Science"
                           r"|Met Office|Meteorological Office|Hydrographic Office|Royal Mint"
                           r"|Ordnance Survey|Planning Inspectorate|Legal Aid Agency|Office of the "
                           r"Public Guardian|Criminal Injuries Compensation|Courts and Tribunals Service"
                           r"|Child Maintenance|Health and Safety Laboratory|Student Loans Company"
                           r"|National Crime Agency|Security Service|Secret Intelligence|GCHQ"
                           r"|Government Communications Headquarters|Parole Board|Youth Justice Board"
                           r"|Probation Trust|Official Receiver|Insolvency Service"),
]
SECTOR_REGEXES = [(s, re.compile(p)) for s, p in SECTOR_PATTERNS]

LA_TYPE_SECTOR = "local government"


def clean(text):
    """Normalise a name: NFC, no control characters, single spaces, trimmed."""
    text = unicodedata.normalize("NFC", text or "")
    text = re.sub(r"[\t\r\n|]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def key(text):
    return clean(text).casefold()


def welsh_score(name):
    tokens = re.findall(r"[\w'’]+", name.casefold())
    welsh = sum(1 for t in tokens if t.replace("’", "'") in WELSH_WORDS)
    english = sum(1 for t in tokens if t in ENGLISH_WORDS)
    return welsh - english


def sector_by_name(name):
    for sector, regex in SECTOR_REGEXES:
        if regex.search(name):
            return sector
    return None


def abbreviation_aliases(name):
    """'Metropolitan Police Service (MPS)' -> ['Metropolitan Police Service', 'MPS']."""
    m = re.match(r"^(.*\S)\s*\(([A-Z][A-Za-z0-9&]{1,11})\)$", name)
    if m and re.search(r"[A-Z].*[A-Z]", m.group(2)):
        return [m.group(1), m.group(2)]
    return []


class Body:
    __slots__ = ("name", "aliases", "sector", "origins", "current_la", "hand_aliases", "wdtk_ids")

    def __init__(self, name):
        self.name = name
        self.aliases = []  # in order of discovery
        self.sector = None
        self.origins = set()
        self.current_la = False
        self.hand_aliases = set()
        self.wdtk_ids = set()

    def add_alias(self, alias, hand=False):
        alias = clean(alias)
        if alias:
            self.aliases.append(alias)
            if hand:
                self.hand_aliases.add(key(alias))


class Registry:
    def __init__(self):
        self.by_name = {}
        self.by_wdtk = {}

    def get_or_create(self, name, origin):
        k = key(name)
        body = self.by_name.get(k)
        if body is None:
            body = Body(clean(name))
            self.by_name[k] = body
        body.origins.add(origin)
        return body

    def find(self, *names):
        for n in names:
            body = self.by_name.get(key(n))
            if body is not None:
                return body
        return None

    def link_wdtk(self, wdtk_id, body):
        self.by_wdtk[wdtk_id] = body
        body.wdtk_ids.add(wdtk_id)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def wdtk_id(value):
    value = (value or "").strip()
    if not value:
        return None
    return str(int(float(value)))


def load_wdtk(reg, rows):
    groups = {}
    for r in rows:
        name = clean(r["name"])
        if not name or WDTK_TEST_NAMES.match(name):
            continue
        groups.setdefault(r["public_body_id"].strip(), []).append((name, clean(r["short_name"])))
    for pid in sorted(groups, key=int):
        variants = groups[pid]
        # English name first: lowest Welsh score, then file order.
        ranked = sorted(range(len(variants)), key=lambda i: (welsh_score(variants[i][0]), i))
        canonical = variants[ranked[0]][0]
        body = reg.get_or_create(canonical, WDTK)
        for name, short in variants:
            if key(name) != key(canonical):
                body.add_alias(name)
            if short:
                body.add_alias(short)
        for alias in abbreviation_aliases(canonical):
            body.add_alias(alias)
        reg.link_wdtk(pid, body)


def load_scottish(reg, rows):
    for r in rows:
        name = clean(r["AuthorityName"])
        if not name:
            continue
        ids = [wdtk_id(r["wdtk_id_%d" % i]) for i in range(1, 12)]
        ids = [i for i in ids if i and i in reg.by_wdtk]
        sector = SCOT_SECTORS.get(r["sector"].strip())
        if r["sector"].strip() == "Ministers/Parliament":
            sector = "parliament" if "Parliament" in name else "devolved government"
        linked = {id(reg.by_wdtk[i]): reg.by_wdtk[i] for i in ids}
        if len(linked) == 1:
            body = next(iter(linked.values()))
            body.origins.add(SCOT)
            body.add_alias(name)
        else:
            # A composite entry ("X Council and Licensing Board") or one that
            # WhatDoTheyKnow does not list: its own row, and it lends its
            # sector to the bodies it names.
            body = reg.find(name) or reg.get_or_create(name, SCOT)
            body.origins.add(SCOT)
            for other in linked.values():
                if other is not body and other.sector is None and sector:
                    other.sector = sector
                    other.origins.add(SCOT)
        if sector and body.sector is None:
            body.sector = sector


def load_local_authorities(reg, rows, lookup_rows):
    names_by_code = {}
    for r in lookup_rows:
        names_by_code.setdefault(r["local-authority-code"].strip(), []).append(r["la-name"])
    for r in rows:
        code = r["local-authority-code"].strip()
        official = clean(r["official-name"])
        pid = wdtk_id(r["wdtk-id"])
        # WhatDoTheyKnow's own name first: the register sometimes gives a
        # successor council its predecessor's WhatDoTheyKnow id.
        body = reg.find(official)
        if body is None and pid:
            body = reg.by_wdtk.get(pid)
        if body is None:
            body = reg.find(r["nice-name"] + " Council")
        if body is None:
            body = reg.get_or_create(official, LA)
        body.origins.add(LA)
        body.sector = LA_TYPE_SECTOR
        if r["current-authority"].strip() == "True":
            body.current_la = True
        body.add_alias(official)
        body.add_alias(r["nice-name"])
        for alt in r["alt-names"].split(","):
            body.add_alias(alt)
        if code in names_by_code:
            body.origins.add(LOOKUP)
            for alt in names_by_code[code]:
                body.add_alias(alt)


def apply_hand_table(reg):
    for name, (aliases, sector) in HAND_TABLE.items():
        body = reg.find(name)
        if body is None:
            body = reg.get_or_create(name, HAND)
        body.origins.add(HAND)
        body.sector = sector
        for a in aliases:
            body.add_alias(a, hand=True)


SMALL_WORDS = {"and", "of", "upon", "on", "under", "the", "in", "with", "by", "le", "en", "de"}


def display_case(alias):
    """Capitalise an all-lower-case alias from the lookup ('stoke-on-trent' ->
    'Stoke-on-Trent'); leave any alias with a capital letter as it is."""
    if alias != alias.lower():
        return alias
    words = []
    for i, word in enumerate(alias.split(" ")):
        parts = []
        for j, part in enumerate(word.split("-")):
            if (i or j) and part in SMALL_WORDS:
                parts.append(part)
            else:
                parts.append(part[:1].upper() + part[1:])
        words.append("-".join(parts))
    return " ".join(words)


def dedupe_aliases(body):
    """Drop the name itself and repeats. Spellings that differ only in case are
    kept when the sources wrote both with capitals ("MoD", "MOD"); an
    all-lower-case alias from the lookup is kept, capitalised, only when no
    source gives a capitalised spelling."""
    groups = {}
    for a in body.aliases:
        k = key(a)
        if k != key(body.name):
            groups.setdefault(k, []).append(a)
    kept = []
    for forms in groups.values():
        cased = [a for a in forms if a != a.lower()]
        for a in (cased or [display_case(forms[0])]):
            if a not in kept:
                kept.append(a)
    body.aliases = kept


def resolve_alias_conflicts(bodies):
    """An alias must name one body. A name wins over an alias; a hand-written
    alias wins over a gazetteer one; a current council wins over a former one;
    otherwise the alias is dropped from every body that claims it."""
    names = {key(b.name) for b in bodies}
    claims = {}
    for b in bodies:
        for k in dict.fromkeys(key(a) for a in b.aliases):
            claims.setdefault(k, []).append(b)
    dropped = 0
    for k, claimants in claims.items():
        if k in names:
            losers = claimants
        elif len(claimants) == 1:
            continue
        else:
            hand = [b for b in claimants if k in b.hand_aliases]
            current = [b for b in claimants if b.current_la]
            if len(hand) == 1:
                winner = hand[0]
            elif not hand and len(current) == 1:
                winner = current[0]
            else:
                winner = None
            losers = [b for b in claimants if b is not winner]
        for b in losers:
            b.aliases = [a for a in b.aliases if key(a) != k]
            dropped += 1
    return dropped


def sort_key(text):
    return (text.casefold(), text)


def build(gazetteers):
    reg = Registry()
    load_wdtk(reg, read_csv(gazetteers / WDTK))
    load_scottish(reg, read_csv(gazetteers / SCOT))
    load_local_authorities(reg, read_csv(gazetteers / LA), read_csv(gazetteers / LOOKUP))
    apply_hand_table(reg)
    bodies = list({id(b): b for b in reg.by_name.values()}.values())
    for b in bodies:
        dedupe_aliases(b)
        if b.sector is None:
            b.sector = sector_by_name(b.name) or "other"
        assert b.sector in SECTORS, (b.name, b.sector)
    dropped = resolve_alias_conflicts(bodies)
    bodies.sort(key=lambda b: sort_key(b.name))
    return bodies, dropped


def write(bodies, out):
    origin_order = [WDTK, SCOT, LA, LOOKUP, HAND]
    lines = ["name\taliases\tsector\torigin"]
    for b in bodies:
        aliases = "|".join(sorted(b.aliases, key=sort_key))
        origin = "|".join(o for o in origin_order if o in b.origins)
        lines.append("\t".join([b.name, aliases, b.sector, origin]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteers", type=Path,
                        default=root.parent / "shared" / "data" / "gazetteers")
    parser.add_argument("--out", type=Path, default=root / "config" / "authorities.tsv")
    args = parser.parse_args(argv)
    bodies, dropped = build(args.gazetteers)
    write(bodies, args.out)
    counts = {}
    for b in bodies:
        counts[b.sector] = counts.get(b.sector, 0) + 1
    print("%s: %d bodies, %d ambiguous alias claims dropped" % (args.out, len(bodies), dropped),
          file=sys.stderr)
    for s in SECTORS:
        print("  %-20s %d" % (s, counts.get(s, 0)), file=sys.stderr)


if __name__ == "__main__":
    main()
