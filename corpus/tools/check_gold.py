#!/usr/bin/env python3
"""Checks corpus/gold/*.json and corpus/heldout/gold/*.json: field names and vocabularies of the output contract, that each
source exists, and, for decision notices, that the gold dates and case references agree with
the notice's source text (<folder of the PDF>/src/<name>.notice.txt).

Run from the repository root:  python3 corpus/tools/check_gold.py
"""

import glob
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIELDS = ["source", "kind", "date", "authority", "case_refs", "provisions", "outcome",
          "steps_ordered", "steps_deadline_days", "status", "dates"]
KINDS = {"decision_notice", "tribunal_decision", "foi_thread", "foi_response", "other"}
ACTS = {"FOIA", "EIR", "FOISA", "EISR", "DPA2018", "UKGDPR"}
ROLES = {"exemption", "procedural", "other"}
FINDINGS = {"upheld", "partly_upheld", "not_upheld", None}
STATUSES = {"successful", "partially_successful", "not_held", "refused", "awaiting_response",
            "waiting_clarification", "internal_review", "withdrawn", None}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+day\s+of)?\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b")
REF = re.compile(r"^\d+[A-Z]?(\([0-9A-Za-z]+\))*$")


OPTIONAL = ["appeal", "periods", "persons", "organisations"]


def table_role(act, ref):
    """A Scottish provision's role, from config/legislation/<act>.tsv (nearest listed ancestor)."""
    roles = {}
    for line in open(os.path.join(ROOT, "config", "legislation", act + ".tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 4 and cols[0] != "ref":
            roles[cols[0]] = cols[3]
    while ref:
        if ref in roles:
            return roles[ref]
        ref = ref[: ref.rindex("(")] if "(" in ref else ""
    return "other"


def role_of(act, ref):
    """The role rule the gold follows (see corpus/README.md)."""
    if act in ("FOISA", "EISR"):
        return table_role(act, ref)
    top = int(re.match(r"\d+", ref).group())
    if act == "FOIA":
        if 21 <= top <= 44 or top in (12, 14):  # 12 and 14 are grounds for refusing, too
            return "exemption"
        return "procedural" if top in (1, 10, 11, 16, 17) else "other"
    if act == "EIR":
        if ref.startswith(("12(4)", "12(5)")) or top == 13:
            return "exemption"
        return "procedural" if top in (5, 7, 9, 11, 14) else "other"
    return "other"


def dates_in(text):
    found = []
    for m in DAY_MONTH_YEAR.finditer(text):
        iso = "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        if iso not in found:
            found.append(iso)
    return found


def check(path):
    problems = []
    gold = json.load(open(path, encoding="utf-8"))
    name = os.path.basename(path)[: -len(".json")]
    if list(gold)[: len(FIELDS)] != FIELDS or any(k not in OPTIONAL for k in list(gold)[len(FIELDS):]):
        problems.append(f"fields {list(gold)}")
    if not os.path.isfile(os.path.join(ROOT, gold["source"])):
        problems.append(f"missing source {gold['source']}")
    if gold["kind"] not in KINDS:
        problems.append(f"kind {gold['kind']}")
    for p in gold["provisions"]:
        if p["act"] not in ACTS or not REF.match(p["ref"]) or p["role"] not in ROLES or p["finding"] not in FINDINGS:
            problems.append(f"provision {p}")
        elif p["role"] != role_of(p["act"], p["ref"]):
            problems.append(f"role of {p['act']} {p['ref']} should be {role_of(p['act'], p['ref'])}")
    keys = [(p["act"], p["ref"]) for p in gold["provisions"]]
    if len(keys) != len(set(keys)):
        problems.append("a provision is listed twice")
    if gold["outcome"] not in FINDINGS or gold["status"] not in STATUSES:
        problems.append("outcome or status outside the vocabulary")
    if gold["date"] not in gold["dates"] and gold["kind"] == "decision_notice":
        problems.append("notice date not in dates")
    if gold["kind"] == "decision_notice":
        src = os.path.join(ROOT, os.path.dirname(gold["source"]), "src", name + ".notice.txt")
        if gold["source"].endswith(".txt"):
            src = os.path.join(ROOT, gold["source"])  # a Scottish decision kept as text
        text = open(src, encoding="utf-8").read()
        header, body = text.split("\n---\n", 1) if "\n---\n" in text else ("", text)
        expected = [gold["date"]] + [d for d in dates_in(body) if d != gold["date"]]
        if gold["dates"] != expected:
            problems.append(f"dates {gold['dates']} but the source gives {expected}")
        for ref in gold["case_refs"]:
            if ref not in text and ref.replace("Decision ", "Decision Notice ") not in text:
                problems.append(f"case ref {ref} not in the source")
        if gold["steps_ordered"] != (gold["steps_deadline_days"] is not None):
            problems.append("steps_ordered and steps_deadline_days disagree")
    return problems


def main():
    failed = 0
    files = sorted(glob.glob(os.path.join(ROOT, "corpus", "gold", "*.json"))
                   + glob.glob(os.path.join(ROOT, "corpus", "heldout", "gold", "*.json")))
    for path in files:
        for problem in check(path):
            failed += 1
            print(f"{os.path.relpath(path, ROOT)}: {problem}")
    print(f"{len(files)} gold files, {failed} problems")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
