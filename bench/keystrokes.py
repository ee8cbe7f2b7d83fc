"""The measure of the app: keys per gold quote, with suggestions and without, played for real.

    python -m bench.keystrokes [--docs 20] [--exact]

An oracle annotator works through the first `--docs` documents of PolNeAR dev
(``../shared/data/polnear/dev.jsonl``, in file order, skipping those without a quote) in
the real app (`create_app`, Textual's Pilot, a 140×40 screen), once on a database
pre-annotated by `annotate.preannotate` and once on the same documents without suggestions.

Reached. A gold quote is reached when the annotator's QUOTE span is what the judges' strict
scorer (``../shared/eval/score_quotes.py``) pairs with it at 0.8 (the overlap is ≥ 0.8 of
both spans; the app's spans are on tokens) and its ATTRIBUTED_TO speaker overlaps the gold
source (the scorer's speaker test); a speaker the oracle marks itself must lie inside the
source's tokens (else a whole sentence would "overlap" it). ``--exact`` asks for gold's
own tokens instead (gold snapped to tokens as the exports do), for quote and speaker:
PolNeAR keeps quotation marks and a leading "that" in the content, which the project's
conventions leave out, so that measure charges keys for PolNeAR's conventions.

The oracle works through a document in text order. Each step is the cheapest key sequence
the app offers from where the cursor is, found by `bench.oracle` (a search over the app's
own cursor operations): moving to a suggestion (tab, j/k, }/{, `g` and the jump label the
screen draws on it, or a search); boundaries fixed with normal mode's boundary keys (arrows
and shift+arrows a token, `(` `)` and `<` `>` a phrase, each kept at once) or with `e`, the
editor's keys (the same, `[` `]` for the end's phrase, and `.` `"` `c` a unit) and enter,
whichever is fewer; `x`; a new span with `n`, caret keys (arrows, w/b, )/(, }/{, ]/[ to the
next quote place no QUOTE covers, a search: `/`, each character, enter), a one-key unit
(`.` `"` `c`) or `v`…`v`, the label key, and the boundary keys on the span it made when a
selection near the gold and its fix are fewer; the speaker with `s` and the picker (arrows
or a typed filter over its people, the unmarked mentions next to a cue and the subject of
the quote's sentence, as `DocModel.speaker_choices` lists them), or its "new
speaker" and a selection. A QUOTE marked by hand on a pre-annotated document comes linked
to the speaker the parse read for a cue of its sentence (`annotate.store.cue_speakers`):
when that one overlaps the source it costs no key, else the picker as above. A suggestion
whose fix costs more than a new span plus `x` is rejected.
A suggestion that is right as it is (quote and speaker) gets no key of its own: it is left
open, and once the wrong ones of the document are fixed or rejected, `A` accepts the rest
with their speakers (one key a document; the quotes are checked in the database after it).
So the keys go to what the suggestions got wrong, as in Prodigy's correct-then-accept flow;
reading is free in both runs. Every wrong QUOTE suggestion is rejected (`x` and the keys to
reach it; the app rejects the SPEAKER suggested for it alone along with it), and so is every
SPEAKER suggestion still open after `A` (one whose quote went another way): a real annotator
must clear them before `d`.
DATE suggestions are another layer (judged on AQUAINT): one the cursor comes to rest on
before where the oracle goes next (the next open suggestion after a decision) is decided
there with one key, as an annotator of all layers would, and that key is reported apart
(`date_decision_keys`), not in the keys per quote; the others are accepted by the document's
`A` (PolNeAR marks no dates: the quote figures do not depend on it), or, in a document where
`A` has no quote to accept, by an `A` counted as date work.
Opening a document and `d` are not counted (the same in both runs).

Every plan is played with Pilot and the database is checked after each gold quote: a count
no playing verified is not reported. A quote the oracle could not reach (no plan, or the
played keys did not produce it) counts as failed, with its share. At the end the judges'
scorer reads each run's spans as a second, independent check.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.preannotate import load, preannotate
from annotate.schema import default_schema
from annotate.store import Store
from annotate.store.documents import insert_document
from annotate.tui.app import AnnotateApp, create_app
from annotate.tui.items import Item
from annotate.tui.modes import clamp
from annotate.tui.people import Mention, Person, choice_match
from annotate.tui.screens.document import DocumentScreen
from bench.common import emit
from bench.oracle import (
    Caret,
    Goal,
    Searcher,
    Tokens,
    edit_keys,
    inter,
    nudge_keys,
    picker_keys,
    quote_goal,
    search_keys,
    speaker_goal,
)
from bench.tui_latency import shared

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "keystrokes.json"
SIZE = (140, 40)
ANNOTATOR = "oracle"
NAV_MAX = 40
DATE_STEP = "date"
ACCEPT_ALL = "accept all"


def records(n: int) -> list[dict[str, Any]]:
    path = shared() / "data" / "polnear" / "dev.jsonl"
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            rec = json.loads(line)
            if rec["quotes"]:
                # named by line in the results: PolNeAR's ids are headline slugs
                out.append({**rec, "name": f"dev.jsonl:{number}"})
            if len(out) == n:
                break
    return out


def make_db(path: Path, recs: list[dict[str, Any]], nlp: Any | None) -> Store:
    store = Store(path)
    store.store_schema(default_schema())
    with store.write() as conn:
        for rec in recs:
            insert_document(conn, hash=rec["id"], text=rec["text"], title=rec["id"],
                            ext_id=rec["id"])
    if nlp is not None:
        preannotate(store, nlp=nlp)
    return store


@dataclass
class Tally:
    """Keys by step and by key, and what was reached."""

    steps: Counter[str] = field(default_factory=Counter)
    keys: Counter[str] = field(default_factory=Counter)
    gold: int = 0
    reached: int = 0
    failed: list[str] = field(default_factory=list)
    date_keys: int = 0  # deciding DATE suggestions met on the way: date work, not quote work

    @property
    def total(self) -> int:
        return sum(self.steps.values())

    def add(self, other: Tally) -> None:
        self.steps.update(other.steps)
        self.keys.update(other.keys)
        self.gold += other.gold
        self.reached += other.reached
        self.failed += other.failed
        self.date_keys += other.date_keys


class Player:
    """Plays one document: plans each step from the screen's state, presses, checks."""

    def __init__(self, app: AnnotateApp, pilot: Any, exact: bool) -> None:
        self.app, self.pilot, self.exact = app, pilot, exact
        self.screen: DocumentScreen = app.document_screen
        schema = app.schema
        self.quote_label, self.speaker_label = schema.quote_label, schema.speaker_label
        self.date_label = schema.date_label
        self.quote_key = schema.label(schema.quote_label).key
        self.cues = schema.cues
        self.tally = Tally()

    async def press(self, step: str, keys: list[str] | tuple[str, ...]) -> None:
        if step == DATE_STEP:
            self.tally.date_keys += len(keys)
            await self.pilot.press(*keys)
            await self.pilot.pause()
            return
        self.tally.steps[step] += len(keys)
        typing = None
        for i, key in enumerate(keys):
            if key == "slash":
                typing = "(search text)"
            elif key == "enter":
                typing = None
            elif step == "speaker" and i == 0 and key == "s":
                typing = "(filter text)"
            char = len(key) == 1 or key == "space"
            self.tally.keys[typing if typing and char else key] += 1
        await self.pilot.press(*keys)
        await self.pilot.pause()

    # -- the document ---------------------------------------------------------------------

    async def play(self, rec: dict[str, Any], doc_id: int) -> Tally:
        self.app.open_document(doc_id)
        await self.pilot.pause()
        doc = self.screen.doc
        self.tokens = Tokens(doc.tokens)
        self.searcher = Searcher(doc.text, lambda ch: ch.isascii() and ch.isprintable())
        self.caret = Caret(self.tokens, self.searcher, self.cues, self._line_move,
                           places=lambda caret, step: self.screen.doc.next_place(caret, step))
        golds = sorted(rec["quotes"], key=lambda q: (q["start"], q["end"]))
        pending: list[tuple[str, Pending]] = []
        sugs = [i for i in doc.open if i.label == self.quote_label]
        paired = pair(golds, sugs)
        events: list[tuple[int, int, Any]] = [(g["start"], 0, g) for g in golds]
        taken = {s.key for s in paired.values()}
        events += [(s.start, 1, s) for s in sugs if s.key not in taken]
        for _, kind, what in sorted(events, key=lambda e: (e[0], e[1])):
            if kind == 1:
                await self.reject(what)
                continue
            self.tally.gold += 1
            name = f"{rec['name']}@{what['start']}"
            try:
                ok = await self.reach(what, paired.get(id(what)))
            except PlanError as exc:
                ok = False
                self.tally.failed.append(f"{name}: {exc}")
                await self.press("recover", ["escape"])
            if isinstance(ok, Pending):
                pending.append((name, ok))
            elif ok:
                self.tally.reached += 1
            elif not self.tally.failed or not self.tally.failed[-1].startswith(name):
                self.tally.failed.append(f"{name}: not in the database")
        await self.accept_the_rest(bool(pending))
        await self.clear_speakers()
        for name, left in pending:  # accepted by `A`: checked now, each on its own
            if self.verify(left.goal, left.speaker):
                self.tally.reached += 1
            else:
                self.tally.failed.append(f"{name}: left for A, not in the database")
        self.left_dates = sum(1 for i in self.screen.doc.open if i.label != self.speaker_label)
        return self.tally

    async def accept_the_rest(self, quotes: bool) -> None:
        """`A` once the wrong suggestions are fixed or rejected: the right ones left open
        are accepted together (with their speakers; the app leaves a SPEAKER whose quote
        went another way open, and `clear_speakers` rejects it). Pressed for dates alone,
        the key is date work."""
        doc = self.screen.doc
        if not any(i.label != self.speaker_label for i in doc.open):
            return
        await self.press(ACCEPT_ALL if quotes else DATE_STEP, ["A"])

    def _line_move(self, caret: int, step: int) -> int:
        article = self.screen.article
        line = article.line_for(caret)
        column = caret - article.line_range(line)[0]
        start, end = article.line_range(line + step)
        return clamp(min(start + column, max(start, end - 1)), self.screen.doc.text)

    # -- steps ----------------------------------------------------------------------------

    async def reject(self, sug: Item) -> None:
        if self.screen.doc.get(sug.key) is None:
            return  # decided already (accepted along with something)
        await self.go(sug)
        await self.press("reject", ["x"])

    async def clear_speakers(self) -> None:
        for _ in range(500):
            doc = self.screen.doc
            left = [i for i in doc.open if i.label == self.speaker_label]
            if not left:
                return
            plans = [(len(k), n, k) for n, i in enumerate(left)
                     if (k := self.nav_keys(i)) is not None]
            if not plans:
                raise PlanError("an open SPEAKER suggestion the oracle cannot reach")
            keys = min(plans)[2]
            await self.press("navigate", keys)
            await self.press("reject", ["x"])

    async def decide_dates_before(self, offset: int) -> None:
        """The cursor came to rest on an open DATE suggestion before where the oracle is
        going (the next open one after a decision): decide it there, as an annotator of
        all layers does; one key, like the tab past it, but date work. PolNeAR marks no
        dates, so it is accepted (the quote figures do not depend on which)."""
        for _ in range(50):
            item = self.screen.item
            if item is None or not item.is_suggestion or item.label != self.date_label \
                    or item.start >= offset:
                return
            await self.press(DATE_STEP, ["a"])

    async def go(self, target: Item) -> None:
        await self.decide_dates_before(target.start)
        keys = self.nav_keys(target)
        if keys is None:
            raise PlanError(f"no way to the {target.label} at {target.start}")
        await self.press("navigate", keys)
        if self.screen.current != target.key:
            raise PlanError(f"navigation missed the {target.label} at {target.start}")

    def nav_keys(self, target: Item) -> list[str] | None:
        options = navigations(self.screen, target, self.searcher)
        return min(options, key=len) if options else None

    async def reach(self, gold: dict[str, Any], sug: Item | None) -> bool | Pending:
        """The keys to one gold quote; `Pending` when its suggestion is right as it is and
        is left open for `A` (no key now: the cursor goes on to the next thing to fix)."""
        span = (gold["start"], gold["end"])
        goal = quote_goal(self.tokens, span, self.exact)
        speaker = (gold["speaker_start"], gold["speaker_end"]) \
            if "speaker_start" in gold else None
        if sug is not None and self.screen.doc.get(sug.key) is not None:
            fix = edit_keys(self.tokens, (sug.start, sug.end), goal, units=self._unit)
            nudge = nudge_keys(self.tokens, (sug.start, sug.end), goal)
            if nudge is not None and (fix is None or len(nudge) < len(fix)):
                fix = nudge  # the boundary keys of normal mode, no `e` … enter
            anew = self.caret.plan(sug.start, goal, nudge=True)
            if fix is not None and (anew is None or len(fix) <= anew.cost + 3):
                suggested = self.screen.doc.speaker_of(sug)
                speaker_ok = speaker is None or (suggested is not None and self._speaker_ok(
                    (suggested.start, suggested.end), speaker))
                if not fix and speaker_ok:
                    return Pending(goal, speaker)  # right as it is: left for `A`
                await self.go(sug)
                if fix:
                    await self.press("edit", fix)
                if not speaker_ok and speaker is not None:
                    await self.set_speaker(speaker)  # `s` accepts the suggestion first
                return self.verify(goal, speaker)
            await self.go(sug)
            await self.press("reject", ["x"])
        await self.decide_dates_before(gold["start"])
        await self.press("new", ["n"])
        new = self.screen.new
        if new is None:
            raise PlanError("n did not open new-span mode")
        plan = self.caret.plan(new.caret, goal, nudge=True)
        if plan is None:
            raise PlanError("no key sequence selects it")
        await self.press("new", [*plan.keys, self.quote_key])
        if self.screen.mode is not None:
            raise PlanError("the selection did not become a span")
        if plan.after:  # the boundary keys, on the span just made
            made = self.screen.item
            if made is None or made.label != self.quote_label or \
                    (made.start, made.end) != plan.span:
                raise PlanError("the cursor is not on the new span")
            await self.press("new", plan.after)
        if speaker is not None and not self.verify(goal, speaker):
            await self.set_speaker(speaker)  # the app linked none, or the wrong one
        return self.verify(goal, speaker)

    def _unit(self, unit: str, offset: int) -> tuple[int, int] | None:
        """Edit mode's `.` `"` `c`: the unit around `offset`, snapped (as `Editing._unit`)."""
        found = self.caret.unit(unit, offset)
        return None if found is None else self.tokens.tt.snap(*found)

    def _speaker_ok(self, span: tuple[int, int], gold: tuple[int, int]) -> bool:
        if self.exact:
            return span == (self.tokens.tt.snap(*gold) or gold)
        return inter(span, gold) > 0

    async def set_speaker(self, gold: tuple[int, int]) -> None:
        """`s` on the current quote; a person whose nearest mention is right, an unmarked
        mention next to a cue that is right, or a new one."""
        screen = self.screen
        quote = screen.doc.quote_for(screen.item)
        if quote is None:
            raise PlanError("the cursor is not on the quote")
        people = screen.doc.speaker_choices(quote)  # the picker's lines, in its order
        matches = [choice_match(p) for p in people]
        default = 1 if people else 0
        choices = [picker_keys(matches, i, default) for i, p in enumerate(people)
                   if self._speaker_ok(marks(p), gold)]
        goal = speaker_goal(self.tokens, gold, self.exact)
        opening = ["up"] * default + ["enter"]
        estimate = self.caret.plan(clamp(quote.end, screen.doc.text), goal)
        new_cost = len(opening) + (len(estimate.keys) if estimate else 99)
        if choices and min(len(c) for c in choices) <= new_cost:
            await self.press("speaker", ["s", *min(choices, key=len)])
            return
        await self.press("speaker", ["s", *opening])
        if screen.new is None or screen.new.speaker_for is None:
            raise PlanError("the speaker picker's new speaker did not open new-span mode")
        plan = self.caret.plan(screen.new.caret, goal)
        if plan is None:
            raise PlanError("no key sequence selects the speaker")
        await self.press("new speaker", plan.keys)

    def verify(self, goal: Goal, speaker: tuple[int, int] | None) -> bool:
        """The database holds an acceptable QUOTE with a right speaker (when gold has one)."""
        store = self.app.store
        ann = self.app.annotations
        rows = store.all('SELECT id, start, "end" FROM spans WHERE document_id = ? AND '
                         "annotator_id = ? AND label = ?",
                         (self.screen.doc.id, ann.annotator_id, self.quote_label))
        for row in rows:
            if not goal.ok(row["start"], row["end"]):
                continue
            if speaker is None:
                return True
            linked = store.all('SELECT s.start, s."end" FROM relations r JOIN spans s ON '
                               "s.id = r.child_id WHERE r.head_id = ? AND r.label = ?",
                               (row["id"], self.app.schema.attribution))
            if any(self._speaker_ok((s["start"], s["end"]), speaker) for s in linked):
                return True
        return False


def marks(choice: Person | Mention) -> tuple[int, int]:
    """The mention a picker line links: a person's nearest one, or the unmarked mention."""
    if isinstance(choice, Mention):
        return choice.start, choice.end
    return choice.nearest.start, choice.nearest.end


@dataclass(frozen=True)
class Pending:
    """A gold quote whose suggestion is left open for `A`: what to check after it."""

    goal: Goal
    speaker: tuple[int, int] | None


class PlanError(Exception):
    """The oracle found no way, or the app did not do what the plan expected."""


def pair(golds: list[dict[str, Any]], sugs: list[Item]) -> dict[int, Item]:
    """Gold quote (by id()) -> the overlapping suggestion it takes, greedily by overlap
    share, one to one (as the scorer pairs)."""
    scored = []
    for g in golds:
        for s in sugs:
            x = inter((g["start"], g["end"]), (s.start, s.end))
            if x:
                union = max(g["end"], s.end) - min(g["start"], s.start)
                scored.append((x / union, id(g), s))
    out: dict[int, Item] = {}
    taken: set[Any] = set()
    for _, gid, s in sorted(scored, key=lambda t: -t[0]):
        if gid not in out and s.key not in taken:
            out[gid] = s
            taken.add(s.key)
    return out


def navigations(screen: DocumentScreen, target: Item, searcher: Searcher) -> list[list[str]]:
    """Ways from the screen's cursor to `target` in normal mode, simulated with the model's
    own indexes as `action_move`, `action_move_open`, `action_move_quote` step them, and the
    jump labels the screen would draw now (`Jumping.visible_targets`)."""
    doc = screen.doc
    if screen.current == target.key:
        return [[]]
    out = []
    for key, step, kind in (("tab", 1, "open"), ("shift+tab", -1, "open"), ("j", 1, "items"),
                            ("k", -1, "items"), ("right_curly_bracket", 1, "quotes"),
                            ("left_curly_bracket", -1, "quotes")):
        item, caret = screen.item, screen.caret
        for n in range(1, NAV_MAX + 1):
            if kind == "open":
                nxt = doc.step_open(item, (item.start + (1 if step > 0 else 0)) if item
                                    else caret, step)
            elif kind == "items":
                nxt = doc.items.step(item, caret, step)
            else:
                quote = doc.quote_for(item)
                at = quote.start + (1 if step > 0 else 0) if quote else caret
                nxt = doc.quotes.step(quote, at, step)
            if nxt is None:
                break
            item, caret = nxt, nxt.start
            if nxt.key == target.key:
                out.append([key] * n)
                break
    article = screen.article
    top, height = article.scroll_offset.y, article.size.height
    bottom = max(0, article.line_count - height)
    for pages, keys in ((0, []), (1, ["pagedown"]), (-1, ["pageup"])):
        # g and its label, on this screen or one page away (`Navigation.scroll_page`)
        at = min(bottom, max(0, top + pages * max(1, height - 2)))
        if pages and at == top:
            continue
        for label, key in screen.jumping.visible_targets(at).items():
            if key == target.key:
                out.append([*keys, "g", *label])
    hit = doc.at_offset(target.start)
    if hit is not None and hit.key == target.key:
        query = searcher.query(screen.caret, target.start)
        if query is not None:
            out.append(search_keys(query))
    return out


async def run(store: Store, recs: list[dict[str, Any]], exact: bool
              ) -> tuple[Tally, list[dict[str, Any]], int]:
    app = create_app(store, ANNOTATOR, keymap={})
    total, per_doc, dates = Tally(), [], 0
    ids = {r["ext_id"]: r["id"] for r in store.all("SELECT id, ext_id FROM documents")}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for rec in recs:
            player = Player(app, pilot, exact)
            tally = await player.play(rec, ids[rec["id"]])
            dates += player.left_dates
            total.add(tally)
            per_doc.append({"document": rec["name"], "gold": tally.gold, "reached": tally.reached,
                            "keys": tally.total,
                            "keys_per_quote": round(tally.total / tally.gold, 2)})
            print(f"  {rec['name']}: {tally.reached}/{tally.gold} reached, {tally.total} keys",
                  file=sys.stderr, flush=True)
    return total, per_doc, dates


def tasks(store: Store, recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The oracle's spans as the export's JSONL tasks (what the judges' scorer reads)."""
    out = []
    for rec in recs:
        doc_id = store.scalar("SELECT id FROM documents WHERE ext_id = ?", (rec["id"],))
        spans = store.all('SELECT id, label, start, "end" FROM spans WHERE document_id = ?',
                          (doc_id,))
        by_id = {s["id"]: {"label": s["label"], "start": s["start"], "end": s["end"]}
                 for s in spans}
        rels = store.all("SELECT head_id, child_id, label FROM relations WHERE document_id = ?",
                         (doc_id,))
        out.append({"text": rec["text"], "spans": list(by_id.values()),
                    "relations": [{"label": r["label"], "head_span": by_id[r["head_id"]],
                                   "child_span": by_id[r["child_id"]]} for r in rels]})
    return out


def scored(recs: list[dict[str, Any]], store: Store, tmp: Path) -> dict[str, Any]:
    from bench.quality import run_scorer

    gold = tmp / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    res = run_scorer("score_quotes.py", gold, tasks(store, recs))
    return {f"{r['measure']}@{r['threshold']}": r for r in res if r["measure"] == "strict"}


def figures(name: str, tally: Tally, per_doc: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "gold_quotes": tally.gold, "reached": tally.reached,
        "reached_share": round(tally.reached / tally.gold, 3) if tally.gold else 0.0,
        "keys": tally.total,
        "keys_per_quote": round(tally.total / tally.gold, 2) if tally.gold else 0.0,
        "keys_by_step": dict(tally.steps.most_common()),
        "date_decision_keys": tally.date_keys,
        "top_keys": dict(tally.keys.most_common(12)),
        "failed": tally.failed[:50], "per_doc": per_doc, "run": name,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--exact", action="store_true", help="gold's own tokens, not the 0.8 match")
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results")
    args = ap.parse_args(argv)
    if not (shared() / "data" / "polnear" / "dev.jsonl").exists():
        emit({"missing": f"{shared()} has no polnear/dev.jsonl: no figures"})
        return 0
    recs = records(args.docs)
    started = time.perf_counter()
    result: dict[str, Any] = {"documents": len(recs), "exact": args.exact,
                              "reached_means": "exact gold tokens" if args.exact else
                              "strict scorer pair at 0.8 + speaker overlapping the source"}
    with tempfile.TemporaryDirectory() as tmp:
        nlp = load(None)
        for name, model in (("with", nlp), ("without", None)):
            store = make_db(Path(tmp) / f"{name}.db", recs, model)
            tally, per_doc, dates = asyncio.run(run(store, recs, args.exact))
            result[name] = figures(name, tally, per_doc)
            result[name]["open_date_suggestions_left"] = dates
            result[name]["scorer"] = scored(recs, store, Path(tmp))
            store.close()
    with_q = result["with"]["keys_per_quote"]
    without_q = result["without"]["keys_per_quote"]
    result["keys_per_quote_with"] = with_q
    result["keys_per_quote_without"] = without_q
    # from the counts, not the rounded per-quote figures (7.51 / 1.50 would say 5.01)
    with_k, without_k = result["with"], result["without"]
    result["ratio"] = round((without_k["keys"] / without_k["gold_quotes"])
                            / (with_k["keys"] / with_k["gold_quotes"]), 2) \
        if with_k["keys"] and without_k["gold_quotes"] else 0.0
    result["seconds"] = round(time.perf_counter() - started, 1)
    if not args.no_write:
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print(f"keys per gold quote: {with_q} with suggestions, {without_q} without "
          f"(ratio {result['ratio']}); reached {result['with']['reached']}/"
          f"{result['with']['gold_quotes']} and {result['without']['reached']}/"
          f"{result['without']['gold_quotes']}", file=sys.stderr)
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
