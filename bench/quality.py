"""Quality of the suggestions: on real annotated news first, then on the project's own gold.

Run: python -m bench.quality [--json] [--train] [--cache DIR] [--skip-gold]

1. PolNeAR (``../shared/data/polnear/dev.jsonl``, with ``--train`` also ``train.jsonl``):
   US political news annotated for attribution by trained annotators, scored by the
   judges' own script ``../shared/eval/score_quotes.py`` with the strict one-to-one
   measure: QUOTE precision, recall and F1 at overlap 0.3 and 0.8 (of both spans), and
   speaker accuracy.
2. AQUAINT TimeML (``../shared/data/aquaint/aquaint.jsonl``), scored by
   ``../shared/eval/score_dates.py``: the share of gold dates a DATE suggestion overlaps
   (found) and the share whose ISO value is exactly right.
   Also, on PolNeAR: the speaker a quote the suggestions missed gets when an annotator marks
   it (`annotate.store.cue_speakers.choose`): given for how many, right for how many.
3. The project's gold in ``bench/gold/`` (written inside the project: it overstates what
   annotators get; kept as a secondary check): QUOTE F1 at overlap 0.3 / 0.8 of the gold
   span, speaker accuracy, DATE F1 and values right.

The real data stay outside the repository (their README forbids copying them in); when
``../shared`` is missing the report says so and goes on with the project's gold. The
suggestions are those ``annotate preannotate`` stores: the same ``suggest_doc`` and the
same mapping of roles to the default schema's labels, written as the JSONL the export
gives the scorers. ``--cache DIR`` keeps the parsed Docs (DocBin) to rerun faster.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.corpus import parse_date  # noqa: E402
from annotate.preannotate import for_schema  # noqa: E402
from annotate.schema import default_schema  # noqa: E402
from annotate.store.cue_speakers import choose  # noqa: E402
from annotate.suggest import load_pipeline, suggest_doc  # noqa: E402
from annotate.suggest.evaluate import PRF, match_spans, overlap  # noqa: E402
from annotate.suggest.types import DocSuggestions  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD_ORDER = ("seeds", "written", "heldout", "blind", "blind2", "blind3")


# -- parsing, with an optional cache ---------------------------------------------------------

def parsed(nlp: Any, texts: list[str], cache: Path | None, name: str) -> list[Any]:
    """Docs for ``texts``, from ``cache`` when it holds them for this model and these texts."""
    from spacy.tokens import DocBin

    key = hashlib.sha256("\0".join([nlp.meta["name"], nlp.meta["version"], *texts])
                         .encode()).hexdigest()[:16]
    path = cache / f"{name}-{key}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    return docs


def task(text: str, sugg: DocSuggestions) -> dict[str, Any]:
    """The suggestions as the JSONL export writes them (what the scorers read)."""
    by_key = {s.key: s for s in sugg.spans}

    def span(s: Any) -> dict[str, Any]:
        return {"label": s.label, "start": s.start, "end": s.end}

    return {"text": text,
            "spans": [{**span(s), "value": s.value} if s.value else span(s)
                      for s in sugg.spans],
            "relations": [{"label": r.label, "head_span": span(by_key[r.head]),
                           "child_span": span(by_key[r.child])} for r in sugg.relations]}


def suggested(nlp: Any, records: list[dict[str, Any]], cache: Path | None, name: str,
              published: bool = False) -> list[DocSuggestions]:
    """What `preannotate` stores for each record (the default schema's labels)."""
    schema = default_schema()
    docs = parsed(nlp, [r["text"] for r in records], cache, name)
    out = []
    for rec, doc in zip(records, docs, strict=True):
        pub = parse_date(rec["published"]) if published and rec.get("published") else None
        out.append(for_schema(suggest_doc(doc, pub, schema.cues), schema))
    return out


def suggestions(nlp: Any, records: list[dict[str, Any]], cache: Path | None, name: str,
                published: bool = False) -> list[dict[str, Any]]:
    return [task(rec["text"], sugg) for rec, sugg in
            zip(records, suggested(nlp, records, cache, name, published), strict=True)]


def cue_speakers(records: list[dict[str, Any]], suggs: list[DocSuggestions]) -> dict[str, Any]:
    """The speaker a quote marked by hand gets (`annotate.store.cue_speakers.choose`), on
    the gold quotes with a source that no QUOTE suggestion overlaps (the ones an annotator
    marks): how many get one, and how many of those overlap the gold source."""
    quotes = given = right = 0
    for rec, sugg in zip(records, suggs, strict=True):
        suggested_quotes = [(s.start, s.end) for s in sugg.spans if s.label == "QUOTE"]
        rows = [vars(c) for c in sugg.cue_speakers]
        for g in rec["quotes"]:
            span = (g["start"], g["end"])
            if "speaker_start" not in g or any(overlap(span, q) > 0 for q in suggested_quotes):
                continue
            quotes += 1
            chosen = choose(rows, *span)
            if chosen is not None:
                given += 1
                right += overlap((chosen["start"], chosen["end"]),
                                 (g["speaker_start"], g["speaker_end"])) > 0
    return {"quotes": quotes, "given": given, "right": right,
            "right_of_given": right / given if given else 0.0,
            "right_of_all": right / quotes if quotes else 0.0}


def run_scorer(script: str, gold: Path, preds: Iterable[dict[str, Any]]) -> Any:
    """Run one of the judges' scripts on ``gold`` and the predictions; its JSON result."""
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), "utf-8")
        proc = subprocess.run([sys.executable, str(SHARED / "eval" / script), str(gold),
                               str(pred_path), "--json"], capture_output=True, text=True,
                              check=True)
    return json.loads(proc.stdout)


def real_data(nlp: Any, cache: Path | None, train: bool) -> dict[str, Any]:
    """Strict PolNeAR figures and AQUAINT date figures, or why there are none."""
    data = SHARED / "data"
    if not (data / "polnear").is_dir() or not (SHARED / "eval").is_dir():
        return {"missing": f"{SHARED} not found: no real-data figures"}
    out: dict[str, Any] = {}
    for split in ("dev", "train") if train else ("dev",):
        gold = data / "polnear" / f"{split}.jsonl"
        records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        suggs = suggested(nlp, records, cache, f"polnear-{split}")
        res = run_scorer("score_quotes.py", gold,
                         [task(r["text"], sg) for r, sg in zip(records, suggs, strict=True)])
        out[f"polnear_{split}"] = {f"{r['measure']}@{r['threshold']}": r for r in res}
        out[f"polnear_{split}"]["cue_speakers"] = cue_speakers(records, suggs)
    gold = data / "aquaint" / "aquaint.jsonl"
    if gold.exists():
        records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        out["aquaint"] = run_scorer("score_dates.py", gold,
                                    suggestions(nlp, records, cache, "aquaint", True))
    return out


# -- the project's own gold (secondary) ------------------------------------------------------

def load_gold_files() -> dict[str, list[dict[str, Any]]]:
    """Gold documents per file stem, in GOLD_ORDER, then any other file by name."""
    paths = sorted((ROOT / "bench" / "gold").glob("*.jsonl"),
                   key=lambda p: (GOLD_ORDER.index(p.stem) if p.stem in GOLD_ORDER
                                  else len(GOLD_ORDER), p.stem))
    return {p.stem: [json.loads(line) for line in p.read_text("utf-8").splitlines() if line]
            for p in paths}


def _quotes(t: dict[str, Any]) -> list[dict[str, Any]]:
    """Quotes of a task with their speaker span."""
    rel = {(r["head_span"]["start"], r["head_span"]["end"]):
           (r["child_span"]["start"], r["child_span"]["end"]) for r in t["relations"]}
    return [{"span": (s["start"], s["end"]), "speaker": rel.get((s["start"], s["end"]))}
            for s in t["spans"] if s["label"] == "QUOTE"]


def score_gold(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, float]:
    """Overlap of the gold span (one to one), as the project measured before."""
    q = {0.3: PRF(), 0.8: PRF()}
    spk_right = spk_total = 0
    dates, values_right = PRF(), 0
    for doc, pred in zip(gold, preds, strict=True):
        gq, pq = _quotes(doc), _quotes(pred)
        for thr, acc in q.items():
            pairs = match_spans([x["span"] for x in gq], [x["span"] for x in pq], thr)
            acc.add(len(pairs), len(gq), len(pq))
            if thr == 0.3:
                for gi, pi in pairs:
                    spk_total += 1
                    g, p = gq[gi]["speaker"], pq[pi]["speaker"]
                    spk_right += bool(g and p and overlap(g, p) > 0)
        gd = [s for s in doc["spans"] if s["label"] == "DATE"]
        pd = [s for s in pred["spans"] if s["label"] == "DATE"]
        pairs = match_spans([(s["start"], s["end"]) for s in gd],
                            [(s["start"], s["end"]) for s in pd], 0.5)
        dates.add(len(pairs), len(gd), len(pd))
        values_right += sum(gd[gi].get("value") == pd[pi].get("value") for gi, pi in pairs)
    out = {f"quote_f1@{t}": acc.f1 for t, acc in q.items()}
    out["speaker_acc"] = spk_right / spk_total if spk_total else 0.0
    out["date_f1@0.5"] = dates.f1
    out["date_values_right"] = values_right / dates.n_gold if dates.n_gold else 0.0
    return out


def project_gold(nlp: Any) -> dict[str, Any]:
    files = load_gold_files()
    schema = default_schema()
    result: dict[str, Any] = {}
    everything: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
    for name, docs in files.items():
        preds = []
        for doc in docs:
            pub = doc["meta"].get("published")
            sugg = suggest_doc(nlp(doc["text"]), parse_date(pub) if pub else None,
                               schema.cues)
            preds.append(task(doc["text"], for_schema(sugg, schema)))
        result[name] = score_gold(docs, preds)
        everything[0].extend(docs)
        everything[1].extend(preds)
    result["all"] = score_gold(*everything)
    return result


# -- report ----------------------------------------------------------------------------------

def _print(result: dict[str, Any]) -> None:
    real = result["real"]
    if "missing" in real:
        print(real["missing"])
    for name, figures in real.items():
        if name.startswith("polnear"):
            print(f"{name} (strict, the judges' score_quotes.py):")
            for key in ("strict@0.3", "strict@0.8"):
                r = figures[key]
                print(f"  QUOTE @{r['threshold']}: P {r['precision']:.3f} R {r['recall']:.3f} "
                      f"F1 {r['f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}  "
                      f"({r['gold']} gold, {r['predicted']} predicted)")
            c = figures["cue_speakers"]
            print(f"  speaker of a quote marked by hand (the {c['quotes']} no suggestion "
                  f"overlaps): given {c['given']}, right {c['right']} "
                  f"({c['right_of_given']:.3f} of given, {c['right_of_all']:.3f} of all)")
        elif name == "aquaint":
            print(f"aquaint (score_dates.py): values right {figures['values_right']:.3f}, "
                  f"found {figures['found']:.3f} ({figures['gold']} gold, "
                  f"{figures['predicted']} predicted)")
    gold = result.get("gold")
    if gold:
        print("project gold (secondary: written inside the project):")
        names = list(gold)
        print(f"  {'':18}" + "".join(f"{n[:8]:>9}" for n in names))
        for key in gold[names[0]]:
            print(f"  {key:18}" + "".join(f"{gold[n][key]:9.3f}" for n in names))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--train", action="store_true", help="also PolNeAR train (slow)")
    ap.add_argument("--cache", type=Path, help="folder for parsed Docs (outside the repo)")
    ap.add_argument("--skip-gold", action="store_true", help="no project-gold figures")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    result: dict[str, Any] = {"real": real_data(nlp, args.cache, args.train)}
    if not args.skip_gold:
        result["gold"] = project_gold(nlp)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
