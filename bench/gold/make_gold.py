"""Build bench/gold/*.jsonl from readable specs, computing offsets from substrings.

Offsets are never counted by hand: each span is given as a substring of the text
("text@2" for its second occurrence); a speaker is located as the occurrence nearest to
its quote, or inside an explicit context ("mention|context containing it"). Every span's
text is checked against the document before writing.

Run: python bench/gold/make_gold.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _find(text: str, spec: str) -> tuple[int, int]:
    sub, _, nth = spec.rpartition("@") if re.search(r"@\d+$", spec) else (spec, "", "1")
    pos = -1
    for _ in range(int(nth)):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            raise ValueError(f"not found: {spec!r}")
    return pos, pos + len(sub)


def _nearest(text: str, word: str, quote: tuple[int, int]) -> tuple[int, int]:
    if "|" in word:
        word, context = word.split("|", 1)
        c0, _ = _find(text, context)
        i = text.find(word, c0)
        return i, i + len(word)
    best = None
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        if m.start() < quote[1] and m.end() > quote[0]:
            continue  # inside the quote itself
        d = quote[0] - m.end() if m.end() <= quote[0] else m.start() - quote[1]
        if best is None or d < best[0]:
            best = (d, m.start(), m.end())
    if best is None:
        raise ValueError(f"speaker not found: {word!r}")
    return best[1], best[2]


def build(doc: dict) -> dict:
    text = doc["text"]
    spans, relations = [], []
    speakers: dict[tuple[int, int], dict] = {}
    for q in doc.get("quotes", []):
        if isinstance(q["quote"], tuple):  # (first words, last words) of a long quote
            qs, _ = _find(text, q["quote"][0])
            qe = text.index(q["quote"][1], qs) + len(q["quote"][1])
        else:
            qs, qe = _find(text, q["quote"])
        quote = {"start": qs, "end": qe, "label": "QUOTE"}
        spans.append(quote)
        if q.get("speaker"):
            ss, se = _nearest(text, q["speaker"], (qs, qe))
            sp = speakers.setdefault((ss, se), {"start": ss, "end": se, "label": "SPEAKER",
                                                "canonical": q.get("canonical")})
            relations.append({"head_span": dict(quote), "child_span": {
                "start": ss, "end": se, "label": "SPEAKER"}, "label": "ATTRIBUTED_TO"})
            del sp
    spans.extend(speakers.values())
    for d in doc.get("dates", []):
        ds, de = _find(text, d[0])
        spans.append({"start": ds, "end": de, "label": "DATE", "value": d[1]})
    for s in spans:
        s["text"] = text[s["start"]:s["end"]]
        assert s["text"] == s["text"].strip(), s
        assert s["text"] and not s["text"].startswith(("\"", "“", "«")), s
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return {"text": text, "meta": {"id": doc["id"], "published": doc.get("published")},
            "spans": spans, "relations": relations}


def main() -> None:
    import spec_blind
    import spec_blind2
    import spec_blind3
    import spec_heldout
    import spec_seeds
    import spec_written

    for name, docs in (("seeds", spec_seeds.DOCS), ("written", spec_written.DOCS),
                       ("heldout", spec_heldout.DOCS), ("blind", spec_blind.DOCS),
                       ("blind2", spec_blind2.DOCS), ("blind3", spec_blind3.DOCS)):
        out = HERE / f"{name}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(build(doc), ensure_ascii=False) + "\n")
        print(f"wrote {len(docs)} documents to {out}")


if __name__ == "__main__":
    main()
