#!/usr/bin/env python3
"""Writes the name finder's data in OpenNLP's NameSample format (one tokenized sentence a line,
names as <START:person> … <END>):

  corpus/ner/train/written.train   the sentences of corpus/ner/written.txt ([P …], [O …] marks)
  corpus/ner/train/corpus.train    the sentences of the corpus's notices, tribunal and Scottish
                                   decisions and letters, annotated with corpus/ner/entities.tsv
  corpus/ner/heldout.test          the same for the held-out notices (corpus/heldout), which
                                   training never sees

A blank line ends a document (OpenNLP clears the finder's adaptive data there, and
cross-validation keeps a document in one fold). Tokens follow TOKEN below, the same expression the pipeline's NameTokens uses at run time.
Deterministic: the same inputs give the same files.  Run from the repository root.
"""

import glob
import os
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOKEN = re.compile(r"[^\W_]+(?:[-'’.&/][^\W_]+)*|[^\w\s]|_")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Judge|JUDGE)$")
TYPES = {"P": "person", "O": "organisation"}


def tokens(text):
    return TOKEN.findall(text)


def sample(toks, spans):
    """NameSample text: spans are (start, end, type) over token indexes."""
    out = []
    i = 0
    for start, end, kind in sorted(spans):
        out.extend(toks[i:start])
        out.append(f"<START:{kind}>")
        out.extend(toks[start:end])
        out.append("<END>")
        i = end
    out.extend(toks[i:])
    return " ".join(out)


def written_samples(path):
    lines = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        toks, spans = [], []
        for part in re.split(r"(\[[PO] [^\]]+\])", line):
            m = re.fullmatch(r"\[([PO]) ([^\]]+)\]", part)
            if m:
                t = tokens(m.group(2))
                spans.append((len(toks), len(toks) + len(t), TYPES[m.group(1)]))
                toks.extend(t)
            else:
                toks.extend(tokens(part))
        lines.append(sample(toks, spans))
    # blocks of eight sentences, each a "document" for adaptive data and cross-validation folds
    out = []
    for i in range(0, len(lines), 8):
        out.extend(lines[i:i + 8] + [""])
    return out


def read_entities(path):
    names = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("type\t") or not line.strip():
            continue
        kind, name = line.rstrip("\n").split("\t")
        names.append((tokens(name), kind))
    names.sort(key=lambda n: -len(n[0]))  # longest first
    return names


def annotate(toks, names):
    taken = [False] * len(toks)
    spans = []
    for name, kind in names:
        n = len(name)
        for i in range(len(toks) - n + 1):
            if toks[i:i + n] == name and not any(taken[i:i + n]):
                spans.append((i, i + n, kind))
                for j in range(i, i + n):
                    taken[j] = True
    for i, t in enumerate(toks[:-1]):  # Mr Sandhu, Judge Alexandra Marwick
        if TITLE.match(t) and not taken[i + 1] and re.match(r"^[A-Z][\w’'-]+$", toks[i + 1]):
            end = i + 2
            if end < len(toks) and not taken[end] and re.match(r"^[A-Z][\w’'-]+$", toks[end]):
                end += 1
            spans.append((i + 1, end, "person"))
            for j in range(i + 1, end):
                taken[j] = True
    return spans


def document_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".notice.txt") or path.endswith(".letter.txt"):
        header, _, body = text.partition("\n---\n")
        lines = []
        for h in header.splitlines():
            key, _, value = h.partition(":")
            value = value.split(" # ")[0].strip()
            if key in ("authority", "to", "from"):
                lines.append(f"Public Authority: {value}" if key == "authority" else value)
            elif key == "address":
                lines.append("Address: " + ", ".join(v.strip() for v in value.split("|")))
        text = "\n".join(lines) + "\n" + body
    return text


def sentences(text):
    for block in re.split(r"\n\s*\n", text):
        block = re.sub(r"^(#+|>|-)\s*", "", block, flags=re.M)
        lines = [l.strip() for l in block.splitlines() if l.strip()]
        # a block of short lines (a signature, an address, a front sheet's parties) reads as one
        # sentence, as the pipeline's sentence detector gives it
        if all(len(l) < 60 for l in lines):
            yield " ".join(lines)
        else:
            yield from SENTENCE_END.split(" ".join(lines))


def corpus_samples(paths, names):
    out = []
    for path in paths:
        for s in sentences(document_text(path)):
            toks = tokens(s)
            if toks:
                out.append(sample(toks, annotate(toks, names)))
        out.append("")  # a blank line ends a document: OpenNLP clears its adaptive data there
    return out


def write(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")
    print(f"{os.path.relpath(path, ROOT)}: {sum(1 for l in lines if l)} sentences, "
          f"{lines.count('')} documents, "
          f"{sum(l.count('<START:') for l in lines)} names")


def main():
    ner = os.path.join(ROOT, "corpus", "ner")
    names = read_entities(os.path.join(ner, "entities.tsv"))
    own = sorted(glob.glob(os.path.join(ROOT, "corpus", "notices", "src", "*.notice.txt"))
                 + glob.glob(os.path.join(ROOT, "corpus", "threads", "src", "*.letter.txt"))
                 + glob.glob(os.path.join(ROOT, "corpus", "tribunal", "*.txt"))
                 + glob.glob(os.path.join(ROOT, "corpus", "scotland", "*.txt")))
    held_out = sorted(glob.glob(os.path.join(ROOT, "corpus", "heldout", "notices", "src", "*.notice.txt")))
    write(os.path.join(ner, "train", "written.train"), written_samples(os.path.join(ner, "written.txt")))
    write(os.path.join(ner, "train", "corpus.train"), corpus_samples(own, names))
    write(os.path.join(ner, "heldout.test"), corpus_samples(held_out, names))


if __name__ == "__main__":
    main()
