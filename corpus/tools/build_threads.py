#!/usr/bin/env python3
"""Builds the corpus's FOI request threads deterministically.

Writes
  corpus/threads/*.mbox       three threads, several messages each
  corpus/threads/*.eml        three single replies carrying the quoted history and an attachment
  corpus/threads/src/*.docx   the Word response letter attached to one of the .eml replies
  corpus/wdtk/*.json          three threads in WhatDoTheyKnow's JSON shape

The PDF letters attached to the other .eml replies are rendered first by
org.foilens.corpus.CorpusRenderer from corpus/threads/src/*.letter.txt.
All the words here are the project's own; the people are invented.

Run from the repository root:  python3 corpus/tools/build_threads.py
"""

import json
import os
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.generator import Generator
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from io import StringIO
from xml.sax.saxutils import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
THREADS = os.path.join(ROOT, "corpus", "threads")
SRC = os.path.join(THREADS, "src")
WDTK = os.path.join(ROOT, "corpus", "wdtk")

GMT = timezone.utc
BST = timezone(timedelta(hours=1))


def at(y, mo, d, h, mi, s=0, tz=GMT):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


WDTK_FOOTER = """
-------------------------------------------------------------------
Please use this email address for all replies to this request:
{address}

This request has been made through WhatDoTheyKnow. Any reply you send will be
published on the WhatDoTheyKnow website, so please do not include personal
information that should not be made public.
-------------------------------------------------------------------
"""


def message(thread, n, sender, to, when, subject, body, reply_to_n=None, attachments=()):
    msg = EmailMessage(policy=POLICY)
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = format_datetime(when)
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{thread}.{n}@corpus.foilens.invalid>"
    if reply_to_n is not None:
        ref = f"<{thread}.{reply_to_n}@corpus.foilens.invalid>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg.set_content(body.strip("\n") + "\n")
    for filename, maintype, subtype, data in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if msg.is_multipart():
        msg.set_boundary(f"----=_Part_{thread}_{n}")
    return msg


def as_text(msg, mangle_from):
    out = StringIO()
    Generator(out, mangle_from_=mangle_from, policy=POLICY.clone(linesep="\n")).flatten(msg)
    return out.getvalue()


def envelope_address(header):
    return header.split("<")[-1].rstrip(">").strip() if "<" in header else header.strip()


def write_mbox(name, messages):
    parts = []
    for when, msg in messages:
        stamp = when.astimezone(GMT).strftime("%a %b %d %H:%M:%S %Y")
        parts.append(f"From {envelope_address(msg['From'])} {stamp}\n" + as_text(msg, True) + "\n")
    write(os.path.join(THREADS, name), "".join(parts))


def write_eml(name, msg):
    write(os.path.join(THREADS, name), as_text(msg, False))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def read_bytes(path):
    if not os.path.exists(path):
        sys.exit(f"missing {path}: render the letters first (org.foilens.corpus.CorpusRenderer)")
    with open(path, "rb") as f:
        return f.read()


# ---------------------------------------------------------------- thread 1 (mbox)
def thread_dft():
    t = "dft-svd"
    requester = "Ellen Marsh <foi+request-734512-5e1f9a2c@whatdotheyknow.com>"
    dft = "FOI Advice Team <foi-advice@dft.gov.uk>"
    subject = "Freedom of Information request - Stopped vehicle detection on smart motorways"
    request = """
Dear Department for Transport,

Please provide the following information:

1. Any reports sent to the Department by National Highways between 1 April 2021 and 28 February 2023 on the performance of stopped vehicle detection (SVD) radar on all lane running motorways.

2. The number of submissions to ministers about the performance of SVD in the same period.

Yours faithfully,

Ellen Marsh
""" + WDTK_FOOTER.format(address="foi+request-734512-5e1f9a2c@whatdotheyknow.com")

    ack = """
Dear Ms Marsh,

Thank you for your request for information, which we received on 6 March 2023. We are dealing with it under the Freedom of Information Act 2000 and our reference is F0023145.

We aim to send you a response by 3 April 2023, which is 20 working days from the date we received your request, as section 10(1) of the Act requires.

Kind regards,

FOI Advice Team
Department for Transport
"""

    response = """
Dear Ms Marsh,

Our ref: F0023145

Thank you for your request of 6 March 2023. I have set out our response to each part below.

Part 1 - SVD performance reports

The Department holds seven quarterly SVD performance reports received from National Highways in the period you specified. Four of them have already been published on GOV.UK as annexes to the smart motorways stocktake progress reports, so they are exempt under section 21 of the Act (information reasonably accessible by other means). The links are:

https://www.gov.uk/government/publications/smart-motorways-progress-report-2021
https://www.gov.uk/government/publications/smart-motorways-progress-report-2022

The three remaining reports have not been published. The key figures from them are set out in the annex to this e-mail, and the full reports will be published with the next progress report.

Part 2 - submissions to ministers

Ministerial submissions are filed by subject rather than by topic within the subject, so to find those that discuss SVD performance we would have to read every submission on smart motorways in a period of almost two years. We estimate that this would take well over 24 hours and so exceed the appropriate limit of £600 set for central government. Under section 12(1) of the Act we are therefore not obliged to answer this part of your request.

Under section 16 of the Act we are required to offer advice and assistance. If you were to limit this part of your request to submissions to the Roads Minister in a six-month period, we may be able to answer it within the limit.

Annex - SVD detection figures from the unpublished reports

Report received 14 October 2022: 84% of stopped vehicles detected within 20 seconds.
Report received 16 January 2023: 86% of stopped vehicles detected within 20 seconds.
Report received 27 February 2023: 87% of stopped vehicles detected within 20 seconds.

If you are unhappy with the way we have handled your request you may ask for an internal review within 40 working days. If you are not content with the outcome of the review, you may apply to the Information Commissioner under section 50 of the Act.

Yours sincerely,

Jonathan Reeve
Smart Motorways Policy Team
Department for Transport

-----Original Message-----
From: Ellen Marsh <foi+request-734512-5e1f9a2c@whatdotheyknow.com>
Sent: 06 March 2023 09:14
To: FOI Advice Team <foi-advice@dft.gov.uk>
Subject: Freedom of Information request - Stopped vehicle detection on smart motorways

Dear Department for Transport,

Please provide the following information:

1. Any reports sent to the Department by National Highways between 1 April 2021 and 28 February 2023 on the performance of stopped vehicle detection (SVD) radar on all lane running motorways.

2. The number of submissions to ministers about the performance of SVD in the same period.

Yours faithfully,

Ellen Marsh
"""

    thanks = """
Dear FOI Advice Team,

Thank you for the figures and the links. I will send a narrower request for part 2 as you suggest.

Yours sincerely,

Ellen Marsh
"""
    ms = [
        (at(2023, 3, 6, 9, 14, 22), message(t, 1, requester, dft, at(2023, 3, 6, 9, 14, 22), subject, request)),
        (at(2023, 3, 7, 11, 2, 10), message(t, 2, dft, requester, at(2023, 3, 7, 11, 2, 10), "RE: " + subject + " [Ref: F0023145]", ack, 1)),
        (at(2023, 4, 3, 16, 45, 3, BST), message(t, 3, dft, requester, at(2023, 4, 3, 16, 45, 3, BST), "RE: " + subject + " [Ref: F0023145]", response, 2)),
        (at(2023, 4, 5, 8, 30, 0, BST), message(t, 4, requester, dft, at(2023, 4, 5, 8, 30, 0, BST), "Re: " + subject, thanks, 3)),
    ]
    write_mbox("dft-stopped-vehicle-detection.mbox", ms)


# ---------------------------------------------------------------- thread 2 (mbox)
def thread_manchester():
    t = "mcc-escooter"
    requester = "Kieran Brennan <k.brennan@example.org>"
    council = "Information Compliance Team <foi@manchester.gov.uk>"
    subject = "FOI request: compensation claims involving e-scooters"
    request = """
Dear Manchester City Council,

Under the Freedom of Information Act 2000, please tell me:

(a) how many claims for compensation the Council received in 2020, 2021 and 2022 (to date) from pedestrians injured in collisions with e-scooters on pavements; and

(b) the total amount of compensation paid on those claims in each year.

Regards,
Kieran Brennan
"""
    ack = """
Dear Mr Brennan

Freedom of Information Act 2000 - Request Reference: 17725-FOI

Thank you for your request for information, which we received on 12/09/2022. Your request is being dealt with under the Freedom of Information Act 2000 and we will respond by 10/10/2022.

Yours sincerely

Information Compliance Team
Manchester City Council
"""
    response = """
Dear Mr Brennan

Freedom of Information Act 2000 - Request Reference: 17725-FOI

Thank you for your request received on 12/09/2022.

I am sorry to tell you that the Council does not hold the information you have asked for. This letter therefore serves as a notice under section 1(1)(a) of the Freedom of Information Act 2000 that the information is not held.

Our public liability claims system records where an injury happened and its cause as alleged by the claimant, for example a trip on a raised paving slab. It does not record whether an e-scooter was involved, and claims arising from collisions with e-scooters would normally be made against the rider or the operator rather than the Council. To find any such claims we would have to read every claim file, and even then the information would not be reliably recorded. The Act does not require us to create new information to answer a request.

You may wish to ask Transport for Greater Manchester, which oversaw the e-scooter trial in the city, whether it holds information about injuries to pedestrians.

If you are dissatisfied with the handling of your request, you can ask for an internal review by replying to this e-mail within 40 working days. If you remain dissatisfied, you can complain to the Information Commissioner's Office.

Yours sincerely

Information Compliance Team
Manchester City Council

-----Original Message-----
From: Kieran Brennan <k.brennan@example.org>
Sent: 12 September 2022 19:40
To: foi@manchester.gov.uk
Subject: FOI request: compensation claims involving e-scooters

Under the Freedom of Information Act 2000, please tell me: (a) how many claims for compensation the Council received in 2020, 2021 and 2022 (to date) from pedestrians injured in collisions with e-scooters on pavements; and (b) the total amount of compensation paid on those claims in each year.
"""
    thanks = """
Thanks for the clear explanation. I'll try TfGM.

Kieran

On Fri, 7 Oct 2022 at 14:20, Information Compliance Team <foi@manchester.gov.uk> wrote:
> Dear Mr Brennan
>
> Freedom of Information Act 2000 - Request Reference: 17725-FOI
>
> I am sorry to tell you that the Council does not hold the information you have asked for.
"""
    ms = [
        (at(2022, 9, 12, 19, 40, 0, BST), message(t, 1, requester, "foi@manchester.gov.uk", at(2022, 9, 12, 19, 40, 0, BST), subject, request)),
        (at(2022, 9, 13, 9, 12, 45, BST), message(t, 2, council, requester, at(2022, 9, 13, 9, 12, 45, BST), "RE: " + subject + " [17725-FOI]", ack, 1)),
        (at(2022, 10, 7, 14, 20, 11, BST), message(t, 3, council, requester, at(2022, 10, 7, 14, 20, 11, BST), "RE: " + subject + " [17725-FOI]", response, 2)),
        (at(2022, 10, 8, 10, 5, 0, BST), message(t, 4, requester, council, at(2022, 10, 8, 10, 5, 0, BST), "Re: " + subject + " [17725-FOI]", thanks, 3)),
    ]
    write_mbox("manchester-escooter-claims.mbox", ms)


# ---------------------------------------------------------------- thread 3 (mbox)
def thread_mod():
    t = "mod-reserves"
    wdtk = "foi+request-812003-a9c4e771@whatdotheyknow.com"
    requester = f"Tomasz Wielgosz <{wdtk}>"
    mod = "MOD Information Rights <foi-requests@mod.gov.uk>"
    subject = "Freedom of Information request - Commonwealth personnel in Army Reserve units"
    request = """
Dear Ministry of Defence,

Please tell me how many Army Reserve soldiers were Commonwealth citizens as at 1 April 2023, broken down by Army Reserve unit.

Yours faithfully,

Tomasz Wielgosz
""" + WDTK_FOOTER.format(address=wdtk)
    refusal = """
Dear Mr Wielgosz,

Our reference: FOI2023/06671

Thank you for your e-mail of 15 May 2023 requesting the number of Army Reserve soldiers who are Commonwealth citizens, broken down by unit. I am treating your request under the Freedom of Information Act 2000.

The MOD holds information within the scope of your request. The total number of Commonwealth citizens serving in the Army Reserve is published in the quarterly service personnel statistics on GOV.UK and is therefore exempt under section 21 of the Act, as it is reasonably accessible to you by other means.

The figures for each unit are withheld under section 26(1)(b) of the Act, because their release would be likely to prejudice the capability, effectiveness or security of the armed forces: taken together, they would show the make-up of individual units and could be used to target personnel with particular links overseas. Where a unit has fewer than five Commonwealth soldiers, the figures are also withheld under section 40(2), as individuals could be identified.

Section 26(1)(b) is a qualified exemption and we have considered the public interest. We recognise the public interest in the diversity of the armed forces, which is met in part by the published statistics. We have concluded that the balance of the public interest lies in withholding the unit-level figures.

If you are not satisfied with this response you may ask for an internal review within 40 working days. If you remain dissatisfied after the review, you may complain to the Information Commissioner under section 50 of the Act.

Yours sincerely,

Army Secretariat
Ministry of Defence
"""
    review_request = """
Dear Ministry of Defence,

Please pass this on to the person who conducts Freedom of Information reviews.

I am writing to request an internal review of the Ministry of Defence's handling of my FOI request 'Commonwealth personnel in Army Reserve units' (your reference FOI2023/06671).

I do not see how the number of Commonwealth soldiers in a reserve unit could say anything about its capability. The Army publishes the location and role of every reserve unit, and regular units' nationality figures have been released before. If small numbers are a concern, you could round them or merge units.

Yours faithfully,

Tomasz Wielgosz
""" + WDTK_FOOTER.format(address=wdtk)
    review_ack = """
Dear Mr Wielgosz,

Thank you for your e-mail of 14 June 2023 asking for an internal review of our response to FOI2023/06671. We aim to complete the review within 20 working days, by 12 July 2023. If we need longer we will let you know.

Yours sincerely,

MOD Information Rights Compliance Team
"""
    review_outcome = """
Dear Mr Wielgosz,

Internal review of FOI2023/06671

I have now completed the internal review of the handling of your request. I am sorry that this has taken longer than we said on 15 June 2023.

I have examined the withheld figures and consulted the Army's personnel and security staff. I am satisfied that section 26(1)(b) was correctly applied, for the reasons given in the original response, and that the public interest favours withholding the information. I have also considered your suggestion of rounding the figures; rounding would not remove the prejudice, because the pattern across units would remain. I am also satisfied that section 40(2) applies to the figures of fewer than five.

The review therefore upholds the original decision to withhold the unit-level figures.

If you are not content with the outcome of the internal review, you may complain to the Information Commissioner under section 50 of the Freedom of Information Act 2000.

Yours sincerely,

MOD Information Rights Compliance Team
"""
    to_ico = """
Dear Ministry of Defence,

Thank you for the review. I have now referred this to the Information Commissioner, whose case reference is IC-251730-K2V8.

Yours faithfully,

Tomasz Wielgosz
"""
    ms = [
        (at(2023, 5, 15, 21, 3, 11, BST), message(t, 1, requester, mod, at(2023, 5, 15, 21, 3, 11, BST), subject, request)),
        (at(2023, 6, 12, 15, 31, 20, BST), message(t, 2, mod, requester, at(2023, 6, 12, 15, 31, 20, BST), "FOI2023/06671 - " + subject, refusal, 1)),
        (at(2023, 6, 14, 8, 12, 0, BST), message(t, 3, requester, mod, at(2023, 6, 14, 8, 12, 0, BST), "Internal review of Freedom of Information request - Commonwealth personnel in Army Reserve units", review_request, 2)),
        (at(2023, 6, 15, 10, 0, 0, BST), message(t, 4, mod, requester, at(2023, 6, 15, 10, 0, 0, BST), "RE: Internal review of FOI2023/06671", review_ack, 3)),
        (at(2023, 8, 10, 16, 5, 44, BST), message(t, 5, mod, requester, at(2023, 8, 10, 16, 5, 44, BST), "Internal review outcome - FOI2023/06671", review_outcome, 4)),
        (at(2023, 8, 11, 7, 58, 2, BST), message(t, 6, requester, mod, at(2023, 8, 11, 7, 58, 2, BST), "Re: Internal review outcome - FOI2023/06671", to_ico, 5)),
    ]
    write_mbox("mod-reserve-nationality.mbox", ms)


# ---------------------------------------------------------------- thread 4 (eml + PDF letter)
def thread_hmrc():
    wdtk = "foi+request-905417-0b7d2e61@whatdotheyknow.com"
    body = """
Dear Ms Hollis,

Please find attached our response to your Freedom of Information request, reference FOI2024/01987.

Kind regards,

Central FOI Team
HM Revenue and Customs

From: HMRC FOI Team <foi.team@hmrc.gov.uk>
Sent: 06 February 2024 10:31
To: Rhiannon Hollis <foi+request-905417-0b7d2e61@whatdotheyknow.com>
Subject: RE: Freedom of Information request - Compliance checks into umbrella companies [FOI2024/01987]

Dear Ms Hollis,

Thank you for your request, which we received on 5 February 2024 and have logged under reference FOI2024/01987. We will respond within 20 working days.

Central FOI Team

From: Rhiannon Hollis <foi+request-905417-0b7d2e61@whatdotheyknow.com>
Sent: 05 February 2024 18:22
To: HMRC FOI Team <foi.team@hmrc.gov.uk>
Subject: Freedom of Information request - Compliance checks into umbrella companies

Dear HM Revenue and Customs,

How many compliance checks did HMRC open into umbrella companies in each of the tax years 2019 to 2020, 2020 to 2021, 2021 to 2022 and 2022 to 2023, and how many of those checks resulted in additional tax being charged?

Yours faithfully,

Rhiannon Hollis
""" + WDTK_FOOTER.format(address=wdtk)
    pdf = read_bytes(os.path.join(SRC, "hmrc-foi2024-01987-response.pdf"))
    msg = message(
        "hmrc-umbrella", 3, "HMRC FOI Team <foi.team@hmrc.gov.uk>", f"Rhiannon Hollis <{wdtk}>",
        at(2024, 3, 4, 14, 7, 36), "RE: Freedom of Information request - Compliance checks into umbrella companies [FOI2024/01987]",
        body, 2, [("FOI2024-01987 response.pdf", "application", "pdf", pdf)])
    write_eml("hmrc-umbrella-company-checks.eml", msg)


# ---------------------------------------------------------------- thread 5 (eml + Word letter)
def docx(paragraphs, when):
    """A minimal, valid .docx: paragraphs are ("p"|"h", text) or ("table", rows)."""
    body = []
    for kind, content in paragraphs:
        if kind == "table":
            rows = []
            for row in content:
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{escape(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
                        + "".join(rows) + "</w:tbl>")
        else:
            bold = "<w:rPr><w:b/></w:rPr>" if kind == "h" else ""
            body.append(f'<w:p><w:r>{bold}<w:t xml:space="preserve">{escape(content)}</w:t></w:r></w:p>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + "".join(body)
                + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
                '</w:body></w:document>')
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Freedom of Information response FOI 4471</dc:title><dc:creator>Information Governance</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            '</cp:coreProperties>',
        "word/document.xml": document,
    }
    path = os.path.join(SRC, "royal-free-foi-4471-response.docx")
    os.makedirs(SRC, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return read_bytes(path)


def thread_royal_free():
    letter = [
        ("h", "Royal Free London NHS Foundation Trust"),
        ("p", "Information Governance, Royal Free Hospital, Pond Street, London NW3 2QG"),
        ("p", "15 July 2024"),
        ("p", "Our reference: FOI 4471"),
        ("p", "Dear Mr Sandhu"),
        ("h", "Freedom of Information request: agency nursing"),
        ("p", "Thank you for your request of 17 June 2024. You asked for the Trust's spending on agency nurses in each of the last three financial years, and the hourly rate the Trust pays to each nursing agency it uses."),
        ("p", "The Trust's spending on agency nursing staff was as follows:"),
        ("table", [["Financial year", "Agency nursing spend"],
                   ["2021/22", "£18.4 million"],
                   ["2022/23", "£21.9 million"],
                   ["2023/24", "£16.2 million"]]),
        ("p", "The Trust holds the hourly rates it pays to each agency, but these are withheld under section 43(2) of the Freedom of Information Act 2000, which exempts information whose disclosure would be likely to prejudice the commercial interests of any person. The rates are negotiated individually with each agency within the limits of the national framework agreements. If they were published, agencies would be able to see what their competitors charge, which would be likely to prejudice both their commercial interests and the Trust's ability to negotiate lower rates."),
        ("p", "Section 43(2) is a qualified exemption and we have considered the public interest. There is a public interest in transparency about the Trust's use of public money, which the total spending figures above go some way to meet. We have concluded that the public interest in maintaining the exemption outweighs the public interest in disclosing the rates paid to individual agencies."),
        ("p", "If you are unhappy with this response, you may ask for an internal review by writing to the Information Governance team within 40 working days. If you are still dissatisfied after the review, you may complain to the Information Commissioner's Office."),
        ("p", "Yours sincerely"),
        ("p", "Chidi Okafor-Lane"),
        ("p", "Information Governance Officer"),
    ]
    data = docx(letter, at(2024, 7, 15, 9, 0))
    body = """
Dear Mr Sandhu,

Please find attached the Trust's response to your request for information, reference FOI 4471.

Kind regards,

Information Governance Team
Royal Free London NHS Foundation Trust

From: Information Governance <rf-tr.foi@nhs.net>
Sent: 18 June 2024 09:02
To: Amrit Sandhu <a.sandhu@example.com>
Subject: RE: FOI request - agency nurse spending and rates [FOI 4471]

Dear Mr Sandhu,

We acknowledge receipt of your request for information, received on 17 June 2024, which has been given the reference FOI 4471. Under the Freedom of Information Act 2000 the Trust is required to respond within 20 working days.

Information Governance Team

From: Amrit Sandhu <a.sandhu@example.com>
Sent: 17 June 2024 22:48
To: rf-tr.foi@nhs.net
Subject: FOI request - agency nurse spending and rates

Hello,

Under the Freedom of Information Act, please could you tell me:

1. How much the Trust spent on agency nurses in each of the last three financial years.
2. The hourly rate the Trust pays each nursing agency it uses.

Many thanks,
Amrit Sandhu
"""
    msg = message(
        "royal-free-agency", 3, "Information Governance <rf-tr.foi@nhs.net>", "Amrit Sandhu <a.sandhu@example.com>",
        at(2024, 7, 15, 16, 12, 9, BST), "RE: FOI request - agency nurse spending and rates [FOI 4471]", body, 2,
        [("FOI 4471 response.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", data)])
    write_eml("royal-free-agency-nursing.eml", msg)


# ---------------------------------------------------------------- thread 6 (eml + PDF letter)
def thread_wyp():
    wdtk = "foi+request-889230-7f3a0c15@whatdotheyknow.com"
    body = """
Dear Mr Armitage,

Please see the attached letter about your request for information, reference FOI 1147/23. We need you to clarify your request before we can deal with it.

Regards,

Information Management
West Yorkshire Police

From: Joel Armitage <foi+request-889230-7f3a0c15@whatdotheyknow.com>
Sent: 31 October 2023 20:47
To: FOI <foi@westyorkshire.police.uk>
Subject: Freedom of Information request - Body-worn video in stop and search, Bradford

Dear West Yorkshire Police,

Please provide all body-worn video footage, and the associated stop and search records, for every stop and search carried out in Bradford district between 1 January 2023 and 30 September 2023, together with the number of searches where body-worn video was not activated.

Yours faithfully,

Joel Armitage
""" + WDTK_FOOTER.format(address=wdtk)
    pdf = read_bytes(os.path.join(SRC, "wyp-foi-1147-23-clarification.pdf"))
    msg = message(
        "wyp-bwv", 2, "FOI <foi@westyorkshire.police.uk>", f"Joel Armitage <{wdtk}>",
        at(2023, 11, 21, 11, 26, 50), "RE: Freedom of Information request - Body-worn video in stop and search, Bradford [FOI 1147/23]",
        body, 1, [("FOI 1147-23 clarification letter.pdf", "application", "pdf", pdf)])
    write_eml("wyp-body-worn-video.eml", msg)


# ---------------------------------------------------------------- WhatDoTheyKnow JSON
def event(created_at, message_id, kind, text):
    return {"created_at": created_at, "message_id": message_id, "type": kind, "content": [text.strip("\n")]}


def wdtk_bristol():
    d = {
        "id": 1045566,
        "title": "Street trees felled for the Bedminster cycle route",
        "display_status": "Successful",
        "law_used": "eir",
        "url_title": "street_trees_felled_for_the_bedm",
        "created_at": "2023-06-02T10:11:09.213+01:00",
        "public_body": {"name": "Bristol City Council", "url_name": "bristol_city_council"},
        "events": [
            event("2023-06-02T10:11:09.402+01:00", 1530981, "outgoing",
                  "Dear Bristol City Council,\nPlease tell me how many street trees were felled to make way for the new segregated cycle route in Bedminster, the dates on which they were felled, and how many replacement trees will be planted and where.\nPlease also send me any tree survey carried out before the felling.\nYours faithfully,\nNoor Chaudhry"),
            event("2023-06-05T09:44:51.118+01:00", 2302277, "incoming",
                  "Dear Noor Chaudhry\nThank you for your request for information, which we received on 02/06/2023. As your request concerns information about the environment, it will be dealt with under the Environmental Information Regulations 2004 (EIR).\nWe will respond by 30/06/2023, which is 20 working days from receipt, in line with regulation 5(2).\nYours sincerely\nFreedom of Information Team\nBristol City Council"),
            event("2023-06-28T15:20:37.560+01:00", 2319054, "incoming",
                  "Dear Noor Chaudhry\nEIR Reference: EIR-23-0716\nThank you for your request of 2 June 2023. Please find our response below.\n1. Fourteen street trees were felled for the cycle route.\n2. The trees were felled in two phases: eight between 9 January 2023 and 13 January 2023, and six on 17 February 2023.\n3. Twenty-eight replacement trees will be planted in the 2023 to 2024 planting season: twelve along the route itself and sixteen in nearby streets. A plan showing the planting locations is attached.\n4. The arboricultural survey carried out before the felling, dated 21 October 2022, is attached.\nIf you are dissatisfied with this response you may ask for the decision to be reconsidered under regulation 11 of the EIR by writing to us within 40 working days.\nYours sincerely\nFreedom of Information Team\nBristol City Council"),
            event("2023-06-29T08:02:14.977+01:00", 1540213, "outgoing",
                  "Dear Bristol City Council,\nThank you for such a full and prompt answer, and for the survey and planting plan.\nYours faithfully,\nNoor Chaudhry"),
        ],
    }
    write(os.path.join(WDTK, "bristol_street_trees_cycle_route.json"), json.dumps(d, indent=2, ensure_ascii=True) + "\n")


def wdtk_kent():
    d = {
        "id": 1102388,
        "title": "Home to school transport appeals 2023",
        "display_status": "Awaiting internal review",
        "law_used": "foi",
        "url_title": "home_to_school_transport_appeals",
        "created_at": "2024-01-08T19:36:40.051+00:00",
        "public_body": {"name": "Kent County Council", "url_name": "kent_county_council"},
        "events": [
            event("2024-01-08T19:36:40.266+00:00", 1661204, "outgoing",
                  "Dear Kent County Council,\nPlease provide:\n1. The number of appeals heard by the Council's home to school transport appeal panel in the calendar year 2023, and how many were upheld.\n2. A copy of the guidance given to panel members.\nYours faithfully,\nGareth Pryce"),
            event("2024-01-09T12:05:18.730+00:00", 2488310, "incoming",
                  "Dear Mr Pryce\nThank you for your request for information, received on 8 January 2024, which we are dealing with under the Freedom of Information Act 2000 (reference 24/00187). We will respond by 5 February 2024.\nInformation Resilience and Transparency Team\nKent County Council"),
            event("2024-02-05T16:48:02.441+00:00", 2512967, "incoming",
                  "Dear Mr Pryce\nReference 24/00187\n1. The Council holds the number of appeals heard in 2023 and their outcomes. This information will be published in the annual report of the school transport appeal panel, which is due to go to the Cabinet Committee on 16 April 2024. It is therefore exempt under section 22(1) of the Freedom of Information Act 2000, as information intended for future publication. We consider that it is reasonable to withhold it until then, and that the public interest favours publishing the figures in full, with context, in the annual report.\n2. The guidance for panel members is attached.\nIf you are not satisfied with our response, you can ask for an internal review.\nInformation Resilience and Transparency Team\nKent County Council"),
            event("2024-02-07T21:14:55.009+00:00", 1675330, "outgoing",
                  "Dear Kent County Council,\nPlease pass this on to the person who conducts Freedom of Information reviews.\nI am writing to request an internal review of Kent County Council's handling of my FOI request 'Home to school transport appeals 2023'.\nSection 22 only applies if the Council intended to publish the figures when I made my request. The panel's last annual report was published more than two years ago, and I would like to see evidence that a report for 2023 was planned on 8 January 2024. In any event, two simple numbers would not need any context.\nYours faithfully,\nGareth Pryce"),
            event("2024-02-08T10:31:27.615+00:00", 2516804, "incoming",
                  "Dear Mr Pryce\nThank you for your e-mail of 7 February 2024. Your request for an internal review has been passed to a senior officer who was not involved in the original response. We aim to reply by 7 March 2024.\nInformation Resilience and Transparency Team\nKent County Council"),
        ],
    }
    write(os.path.join(WDTK, "kent_school_transport_appeals.json"), json.dumps(d, indent=2, ensure_ascii=True) + "\n")


def wdtk_national_highways():
    # The exact shape of WhatDoTheyKnow's exported threads: no public_body object.
    d = {
        "id": 1187712,
        "title": "Noise complaints about the A14 near Godmanchester",
        "display_status": "Long overdue",
        "law_used": "eir",
        "url_title": "noise_complaints_about_the_a14_n",
        "created_at": "2024-09-03T13:25:06.884+01:00",
        "events": [
            event("2024-09-03T13:25:07.102+01:00", 1741853, "outgoing",
                  "Dear National Highways,\nPlease send me:\n1. The number of complaints about traffic noise from the A14 between Godmanchester and Fenstanton that you have received since the new road opened.\n2. The results of any noise monitoring carried out on that stretch since 1 January 2022.\n3. Any assessment of whether further noise barriers or low-noise surfacing are needed.\nYours faithfully,\nHelen Achterberg"),
            event("2024-09-03T13:25:41.337+01:00", 2875021, "incoming",
                  "Thank you for contacting National Highways. This is an automatic acknowledgement that we have received your e-mail. Please do not reply to this message.\nNational Highways Customer Contact Centre"),
            event("2024-10-15T20:07:19.450+01:00", 1766342, "outgoing",
                  "Dear National Highways,\nYou should have responded to my request by 1 October 2024. Under regulation 5(2) of the Environmental Information Regulations you were required to make the information available within 20 working days. Please let me know when I can expect a response.\nYours faithfully,\nHelen Achterberg"),
        ],
    }
    write(os.path.join(WDTK, "national_highways_a14_noise.json"), json.dumps(d, indent=2, ensure_ascii=True) + "\n")


def main():
    thread_dft()
    thread_manchester()
    thread_mod()
    thread_hmrc()
    thread_royal_free()
    thread_wyp()
    wdtk_bristol()
    wdtk_kent()
    wdtk_national_highways()
    for folder in (THREADS, WDTK):
        for name in sorted(os.listdir(folder)):
            if os.path.isfile(os.path.join(folder, name)):
                print("wrote", os.path.relpath(os.path.join(folder, name), ROOT))


if __name__ == "__main__":
    main()
