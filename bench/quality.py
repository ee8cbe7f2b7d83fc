"""Quality of the suggesters against bench/gold, side by side with textacy.

Run: python bench/quality.py [--json] [--file NAME]

Each gold file (seeds, written, heldout, blind — heldout and blind were written blind to
the rules, in the style of WSJ/Reuters/AP/BBC/Guardian copy) is scored separately and all
together.

QUOTE precision/recall/F1 at overlap 0.3 and 0.8 (|gold ∩ pred| / |gold|, one-to-one
greedy matching), speaker accuracy on quotes matched at 0.3 (right when the predicted
speaker span overlaps the gold one or their canonical names agree), DATE F1 at overlap
0.5 and the share of matched DATE values that are exactly right. textacy's
``direct_quotations`` is a benchmark-only extra; without it its column says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from annotate.suggest import load_pipeline, suggest_doc  # noqa: E402
from annotate.suggest.evaluate import PRF, match_spans, overlap  # noqa: E402

NO_TEXTACY = "textacy not installed (pip install textacy)"


GOLD_ORDER = ("seeds", "written", "heldout", "blind", "blind2", "blind3")


def load_gold_files() -> dict[str, list[dict[str, Any]]]:
    """Gold documents per file stem, in GOLD_ORDER, then any other file by name."""
    paths = sorted((ROOT / "bench" / "gold").glob("*.jsonl"),
                   key=lambda p: (GOLD_ORDER.index(p.stem) if p.stem in GOLD_ORDER
                                  else len(GOLD_ORDER), p.stem))
    return {p.stem: [json.loads(line) for line in p.read_text("utf-8").splitlines() if line]
            for p in paths}


def load_gold() -> list[dict[str, Any]]:
    return [d for docs in load_gold_files().values() for d in docs]


def _gold_quotes(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold quotes with their speaker span and canonical name."""
    speakers = {(s["start"], s["end"]): s for s in doc["spans"] if s["label"] == "SPEAKER"}
    rel = {(r["head_span"]["start"], r["head_span"]["end"]):
           (r["child_span"]["start"], r["child_span"]["end"]) for r in doc["relations"]}
    out = []
    for s in doc["spans"]:
        if s["label"] == "QUOTE":
            sp = rel.get((s["start"], s["end"]))
            out.append({"span": (s["start"], s["end"]), "speaker": sp,
                        "canonical": speakers[sp].get("canonical") if sp else None})
    return out


def _ours(nlp: Any, cues: Any, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    preds = []
    for doc in gold:
        pub = doc["meta"].get("published")
        sugg = suggest_doc(nlp(doc["text"]), dt.date.fromisoformat(pub) if pub else None, cues)
        by_key = {s.key: s for s in sugg.spans}
        rel = {r.head: by_key[r.child] for r in sugg.relations}
        quotes = []
        for s in sugg.spans:
            if s.label == "QUOTE":
                sp = rel.get(s.key)
                quotes.append({"span": (s.start, s.end),
                               "speaker": (sp.start, sp.end) if sp else None,
                               "canonical": sp.canonical if sp else None})
        dates = [{"span": (s.start, s.end), "value": s.value} for s in sugg.spans
                 if s.label == "DATE"]
        preds.append({"quotes": quotes, "dates": dates})
    return preds


def _textacy(nlp: Any, gold: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    preds = []
    for doc in gold:
        parsed = nlp(doc["text"])
        quotes = []
        try:
            triples = list(direct_quotations(parsed))
        except Exception:
            triples = []
        for t in triples:
            content = t.content
            start, end = content[0].idx, content[-1].idx + len(content[-1].text)
            sp = (t.speaker[0].idx, t.speaker[-1].idx + len(t.speaker[-1].text)) \
                if t.speaker else None
            quotes.append({"span": (start, end), "speaker": sp, "canonical": None})
        preds.append({"quotes": quotes, "dates": None})
    return preds


def score(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    q = {0.3: PRF(), 0.8: PRF()}
    spk_right = spk_total = 0
    dates, values_right = PRF(), 0
    for doc, pred in zip(gold, preds, strict=True):
        gq = _gold_quotes(doc)
        g_spans = [x["span"] for x in gq]
        p_spans = [x["span"] for x in pred["quotes"]]
        for thr, acc in q.items():
            pairs = match_spans(g_spans, p_spans, thr)
            acc.add(len(pairs), len(g_spans), len(p_spans))
            if thr != 0.3:
                continue
            for gi, pi in pairs:
                g, p = gq[gi], pred["quotes"][pi]
                spk_total += 1
                if p["speaker"] and g["speaker"] and (
                    overlap(g["speaker"], p["speaker"]) > 0
                    or (g["canonical"] and g["canonical"] == p["canonical"])
                ):
                    spk_right += 1
        if pred["dates"] is None:
            continue
        gd = [s for s in doc["spans"] if s["label"] == "DATE"]
        pairs = match_spans([(s["start"], s["end"]) for s in gd],
                            [d["span"] for d in pred["dates"]], 0.5)
        dates.add(len(pairs), len(gd), len(pred["dates"]))
        values_right += sum(gd[gi].get("value") == pred["dates"][pi]["value"]
                            for gi, pi in pairs)
    out: dict[str, Any] = {}
    for thr, acc in q.items():
        out[f"quote_p@{thr}"], out[f"quote_r@{thr}"] = acc.precision, acc.recall
        out[f"quote_f1@{thr}"] = acc.f1
    out["speaker_acc"] = spk_right / spk_total if spk_total else 0.0
    if preds and preds[0]["dates"] is not None:
        out["date_f1@0.5"] = dates.f1
        out["date_value_acc"] = values_right / dates.tp if dates.tp else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--file", action="append", help="only this gold file (stem); repeatable")
    args = ap.parse_args(argv)
    files = load_gold_files()
    if args.file:
        files = {k: v for k, v in files.items() if k in args.file}
    nlp = load_pipeline()
    cues = yaml.safe_load((ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8"))["cues"]
    ours_p = {k: _ours(nlp, cues, docs) for k, docs in files.items()}
    tx_p = {k: _textacy(nlp, docs) for k, docs in files.items()}
    groups = dict(files)
    if len(files) > 1:
        groups["overall"] = [d for docs in files.values() for d in docs]
        ours_p["overall"] = [p for k in files for p in ours_p[k]]
        tx_p["overall"] = (None if any(tx_p[k] is None for k in files)
                           else [p for k in files for p in tx_p[k]])  # type: ignore[union-attr]
    result: dict[str, Any] = {}
    for name, docs in groups.items():
        preds = tx_p[name]
        result[name] = {
            "documents": len(docs),
            "quotes": sum(len(_gold_quotes(d)) for d in docs),
            "dates": sum(1 for d in docs for s in d["spans"] if s["label"] == "DATE"),
            "annotate": score(docs, ours_p[name]),
            "textacy": score(docs, preds) if preds is not None else NO_TEXTACY,
        }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    names = list(result)
    print("  ".join(f"{n}: {r['documents']} docs, {r['quotes']} quotes, {r['dates']} dates"
                    for n, r in result.items()))
    print(f"{'metric':<16}" + "".join(f"{n[:9] + ' ours':>15}{'textacy':>9}" for n in names))
    for key in result[names[0]]["annotate"]:
        row = f"{key:<16}"
        for n in names:
            ours, theirs = result[n]["annotate"], result[n]["textacy"]
            other = "n/a" if isinstance(theirs, str) or key not in theirs \
                else f"{theirs[key]:.3f}"
            row += f"{ours.get(key, 0.0):>15.3f}{other:>9}"
        print(row)
    if any(isinstance(r["textacy"], str) for r in result.values()):
        print(NO_TEXTACY)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
