"""A stateful property test of the store: many annotators, documents and actions in any order.

Hypothesis drives a `RuleBasedStateMachine` through accept, reject, edit, new, delete, speaker,
stance, status, flags, publication dates, undo and redo by several annotators, pre-annotation
re-runs, imports and review merges, and checks after every step:

1. replaying the event log from nothing gives the annotators' tables;
2. no row ever changes owner or document, and no id is ever handed to another row;
3. a refused action (an `AnnotateError`) changes nothing at all;
4. a re-run of the suggestions changes no annotator's row and writes no event;
5. the maintained counts equal a recount, and every reference points at a row;
6. a SPEAKER the parse linked to a hand-made QUOTE is named by a quote, or gone;

and at the end that undoing everything, newest first, restores the start exactly.
"""

from __future__ import annotations

from typing import Any

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from annotate.adjudicate import merge_agreed
from annotate.errors import AnnotateError
from annotate.schema import default_schema
from annotate.store import Annotations, Store
from annotate.store import suggestions as sugg_store
from annotate.store.annotations import GOLD_LAYER, NewSpan
from annotate.store.documents import insert_document
from annotate.store.events import KEYS, replay
from annotate.store.upgrades import recount
from annotate.suggest.types import (
    CueSpeaker,
    DocSuggestions,
    RelationSuggestion,
    SpanSuggestion,
)

TEXTS = [
    'NATO will help. "We stand with Ukraine," Stoltenberg said on November 30.',
    "Kuleba said that the summit on Friday will decide. He added: \"We are ready.\"",
]
OWNED = ("spans", "relations", "decisions", "document_status", "flags")
ANNOTATORS = ("alice", "bob", "carol")
STANCES = (None, "favor", "against", "neutral")


def _find(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _suggestions(doc: int, variant: int) -> DocSuggestions:
    """Three runs of "the rules": the first, one that moves the date, one that drops the quote."""
    text = TEXTS[doc % 2]
    if doc % 2 == 0:
        quote, speaker, date = "We stand with Ukraine", "Stoltenberg", "November 30"
    else:
        quote, speaker, date = "the summit on Friday will decide", "Kuleba", "Friday"
    q, s, d = _find(text, quote), _find(text, speaker), _find(text, date)
    if variant == 1:
        d = (d[0] - 3, d[1])
    spans = [SpanSuggestion(2, "SPEAKER", *s, text[s[0]:s[1]], "speaker", 0.8,
                            canonical=speaker),
             SpanSuggestion(3, "DATE", *d, text[d[0]:d[1]], "date", 0.7, value="2022-11-30",
                            details={"tense": "past"})]
    relations = []
    if variant != 2:
        spans.insert(0, SpanSuggestion(1, "QUOTE", *q, text[q[0]:q[1]], "quote", 0.9,
                                       stance="favor"))
        relations = [RelationSuggestion("ATTRIBUTED_TO", 1, 2, "speaker", 0.8)]
    cue = _find(text, "said")
    sentence = (0, text.index(".", cue[1]) + 1)
    found = [CueSpeaker(*cue, *sentence, *s, speaker, speaker, "speaker.subject")]
    if variant == 1:
        other = _find(text, "help" if doc % 2 == 0 else "added")
        found.append(CueSpeaker(*other, 0, len(text), 0, 4, text[:4], None, "speaker.subject",
                                speech=False))
    return DocSuggestions(spans, relations, cue_speakers=found)


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.store = Store(":memory:")
        self.store.store_schema(default_schema())
        with self.store.write() as conn:
            self.docs = [insert_document(conn, hash=f"h{i}", text=TEXTS[i % 2], title=f"t{i}")[0]
                         for i in range(3)]
        self.layers = {name: Annotations(self.store, name) for name in ANNOTATORS}
        self.gold = Annotations(self.store, GOLD_LAYER, role="gold", actor="lead")
        self.seen: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.steps = 0
        for doc in self.docs:
            sugg_store.save(self.store, sugg_store.ModelRun("m", "1", "1"),
                            [(doc, _suggestions(doc, 0))])
        self.start = self._owned()

    # -- helpers ------------------------------------------------------------------------------

    def _owned(self) -> dict[str, list[tuple[Any, ...]]]:
        out = {t: [tuple(r) for r in self.store.all(f"SELECT * FROM {t} ORDER BY 1, 2")]
               for t in OWNED}
        out["published"] = [tuple(r) for r in self.store.all(
            "SELECT id, published FROM documents ORDER BY id")]
        return out

    def _everything(self) -> dict[str, list[tuple[Any, ...]]]:
        out = self._owned()
        for table in ("events", "suggestions", "suggested_relations", "annotators"):
            out[table] = [tuple(r) for r in self.store.all(f"SELECT * FROM {table} ORDER BY 1")]
        return out

    def _try(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        """Run an action; if the store refuses it, nothing may have changed."""
        before = self._everything()
        try:
            fn(*args, **kwargs)
        except AnnotateError:
            assert self._everything() == before, f"a refused {fn.__name__} changed rows"
        self.steps += 1

    def _pick(self, data: st.DataObject, sql: str, *params: Any) -> int | None:
        ids = [r[0] for r in self.store.all(sql, params)]
        return data.draw(st.sampled_from(ids)) if ids else None

    # -- rules ----------------------------------------------------------------------------------

    @rule(data=st.data(), name=st.sampled_from(ANNOTATORS))
    def accept(self, data: st.DataObject, name: str) -> None:
        sug = self._pick(data, "SELECT id FROM suggestions ORDER BY id")
        if sug is not None:
            stance = data.draw(st.sampled_from(STANCES))
            changes = {} if stance is None else {"stance": stance}
            self._try(self.layers[name].accept, sug, **changes)

    @rule(data=st.data(), name=st.sampled_from(ANNOTATORS))
    def reject(self, data: st.DataObject, name: str) -> None:
        sug = self._pick(data, "SELECT id FROM suggestions ORDER BY id")
        if sug is not None:
            self._try(self.layers[name].reject, sug)

    @rule(doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS))
    def accept_all(self, doc: int, name: str) -> None:
        layer = self.layers[name]
        others = {n: self.layers[n].decisions(self.docs[doc]) for n in ANNOTATORS if n != name}
        self._try(layer.accept_all, self.docs[doc])
        assert {n: self.layers[n].decisions(self.docs[doc]) for n in others} == others
        left = [r for r in layer.open_suggestions(self.docs[doc])
                if r["label"] not in ("SPEAKER",)]
        # what is left open is over the annotator's own span of its label
        for r in left:
            assert self.store.one(
                'SELECT 1 FROM spans WHERE document_id = ? AND annotator_id = ? AND label = ? '
                'AND start < ? AND "end" > ?', (r["document_id"], layer.annotator_id,
                                               r["label"], r["end"], r["start"]))

    @rule(doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS),
          label=st.sampled_from(["QUOTE", "SPEAKER", "DATE"]), start=st.integers(0, 60),
          length=st.integers(1, 20))
    def add_span(self, doc: int, name: str, label: str, start: int, length: int) -> None:
        self._try(self.layers[name].add_span, self.docs[doc], label, start, start + length)

    @rule(data=st.data(), name=st.sampled_from(ANNOTATORS), shift=st.integers(-3, 3))
    def edit(self, data: st.DataObject, name: str, shift: int) -> None:
        span = self._pick(data, "SELECT id FROM spans WHERE annotator_id = ? ORDER BY id",
                          self.layers[name].annotator_id)
        if span is not None:
            row = self.store.one("SELECT start FROM spans WHERE id = ?", (span,))
            self._try(self.layers[name].update_span, span, start=max(0, row[0] + shift))

    @rule(data=st.data(), name=st.sampled_from(ANNOTATORS))
    def delete(self, data: st.DataObject, name: str) -> None:
        span = self._pick(data, "SELECT id FROM spans WHERE annotator_id = ? ORDER BY id",
                          self.layers[name].annotator_id)
        if span is not None:
            self._try(self.layers[name].delete_span, span)

    @rule(data=st.data(), name=st.sampled_from(ANNOTATORS))
    def speaker(self, data: st.DataObject, name: str) -> None:
        me = self.layers[name].annotator_id
        quote = self._pick(data, "SELECT id FROM spans WHERE label = 'QUOTE' "
                           "AND annotator_id = ? ORDER BY id", me)
        if quote is not None:
            speaker = self._pick(data, "SELECT id FROM spans WHERE label = 'SPEAKER' AND "
                                 "annotator_id = ? AND document_id = (SELECT document_id FROM "
                                 "spans WHERE id = ?) ORDER BY id", me, quote)
            self._try(self.layers[name].set_speaker, quote, speaker)

    @rule(data=st.data(), name=st.sampled_from(ANNOTATORS), start=st.integers(0, 60),
          length=st.integers(1, 12))
    def add_speaker(self, data: st.DataObject, name: str, start: int, length: int) -> None:
        """The picker's "this mention" choice: mark and link in one step."""
        quote = self._pick(data, "SELECT id FROM spans WHERE label = 'QUOTE' "
                           "AND annotator_id = ? ORDER BY id", self.layers[name].annotator_id)
        if quote is not None:
            self._try(self.layers[name].add_speaker, quote, start, start + length)

    @rule(data=st.data(), name=st.sampled_from(ANNOTATORS), stance=st.sampled_from(STANCES))
    def quote_stance(self, data: st.DataObject, name: str, stance: str | None) -> None:
        quote = self._pick(data, "SELECT id FROM spans WHERE label = 'QUOTE' "
                           "AND annotator_id = ? ORDER BY id", self.layers[name].annotator_id)
        if quote is not None:
            self._try(self.layers[name].set_quote_stance, quote, stance)

    @rule(doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS),
          stance=st.sampled_from(STANCES))
    def doc_stance(self, doc: int, name: str, stance: str | None) -> None:
        self._try(self.layers[name].set_document_stance, self.docs[doc], stance)

    @rule(doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS),
          status=st.sampled_from(["done", "skipped", "in_progress"]))
    def status(self, doc: int, name: str, status: str) -> None:
        self._try(self.layers[name].set_status, self.docs[doc], status)

    @rule(doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS),
          date=st.sampled_from([None, "2022-11-30", "2023-02-01"]))
    def published(self, doc: int, name: str, date: str | None) -> None:
        self._try(self.layers[name].set_published, self.docs[doc], date)

    @rule(data=st.data(), doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS))
    def flag(self, data: st.DataObject, doc: int, name: str) -> None:
        span = self._pick(data, "SELECT id FROM spans WHERE document_id = ? AND "
                          "annotator_id = ? ORDER BY id", self.docs[doc],
                          self.layers[name].annotator_id)
        on_span = data.draw(st.booleans())
        self._try(self.layers[name].add_flag, self.docs[doc], "unsure", "why?",
                  span if on_span else None)

    @rule(doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS), redo=st.booleans())
    def undo_or_redo(self, doc: int, name: str, redo: bool) -> None:
        layer = self.layers[name]
        self._try(layer.redo if redo else layer.undo, self.docs[doc])

    @rule(doc=st.integers(0, 2), variant=st.integers(0, 2))
    def rerun(self, doc: int, variant: int) -> None:
        owned, events = self._owned(), self.store.scalar("SELECT COUNT(*) FROM events")
        sugg_store.save(self.store, sugg_store.ModelRun("m", "1", str(variant)),
                        [(self.docs[doc], _suggestions(self.docs[doc], variant))])
        assert self._owned() == owned, "a re-run changed an annotator's rows"
        assert self.store.scalar("SELECT COUNT(*) FROM events") == events
        self.steps += 1

    @rule(doc=st.integers(0, 2), name=st.sampled_from(ANNOTATORS), n=st.integers(0, 2))
    def import_(self, doc: int, name: str, n: int) -> None:
        text = TEXTS[self.docs[doc] % 2]
        spans = [NewSpan("SPEAKER", 0, 4), NewSpan("QUOTE", 5, len(text) - 1)][:n]
        relations = [(1, 0, "ATTRIBUTED_TO")] if n == 2 else []
        self._try(self.layers[name].import_document, self.docs[doc], spans, relations)

    @rule(min_annotators=st.integers(1, 2))
    def review_merge(self, min_annotators: int) -> None:
        self._try(merge_agreed, self.store, "lead", min_annotators)

    @rule(doc=st.integers(0, 2))
    def gold_edit_and_undo(self, doc: int) -> None:
        self._try(self.gold.add_span, self.docs[doc], "DATE", 1, 5)
        self._try(self.gold.undo, self.docs[doc])

    # -- invariants -----------------------------------------------------------------------------

    @invariant()
    def the_log_replays_to_the_tables(self) -> None:
        state = replay(self.store.conn, OWNED)
        for table in OWNED:
            rows = {tuple(r[k] for k in KEYS[table]): dict(r)
                    for r in self.store.all(f"SELECT * FROM {table}")}
            assert rows == state[table], f"{table} differs from the replayed log"

    @invariant()
    def rows_keep_owner_document_and_id(self) -> None:
        for table in ("spans", "relations", "flags"):
            for r in self.store.all(f"SELECT id, document_id, annotator_id, created_at "
                                    f"FROM {table}"):
                who = (r["document_id"], r["annotator_id"], r["created_at"])
                assert self.seen.setdefault((table, r["id"]), who) == who, \
                    f"{table} {r['id']} changed owner, document or identity"
        for r in self.store.all("SELECT id, document_id, label, start, \"end\" FROM suggestions"):
            what = (r["document_id"], r["label"], r["start"], r["end"])
            assert self.seen.setdefault(("suggestions", r["id"]), what) == what

    @invariant()
    def counts_and_references_hold(self) -> None:
        before = [tuple(r) for r in self.store.all("SELECT * FROM status_counts WHERE n != 0 "
                                                   "ORDER BY 1, 2")]
        with self.store.write() as conn:
            recount(conn)
        assert before == [tuple(r) for r in self.store.all(
            "SELECT * FROM status_counts WHERE n != 0 ORDER BY 1, 2")]
        assert self.store.all("PRAGMA foreign_key_check") == []

    @invariant()
    def a_speaker_the_parse_linked_stays_linked(self) -> None:
        """A SPEAKER a hand-made QUOTE got from the cue speakers (origin 'suggested', no
        suggestion behind it) is named by a quote, or is gone."""
        assert self.store.all(
            "SELECT id FROM spans s WHERE origin = 'suggested' AND suggestion_id IS NULL AND "
            "NOT EXISTS (SELECT 1 FROM relations r WHERE r.child_id = s.id)") == []

    def teardown(self) -> None:
        """Undo everything, newest first across annotators: the start comes back exactly."""
        layers = {layer.annotator_id: layer for layer in [*self.layers.values(), self.gold]}
        while True:
            row = self.store.one(
                "SELECT e.annotator_id, e.document_id, MAX(e.id, COALESCE((SELECT MAX(r.id) "
                "FROM events r WHERE r.target_event = e.id AND r.action = 'redo'), 0)) AS t "
                "FROM events e WHERE e.action NOT IN ('undo', 'redo') AND COALESCE((SELECT "
                "u.action FROM events u WHERE u.target_event = e.id ORDER BY u.id DESC "
                "LIMIT 1), 'redo') = 'redo' ORDER BY t DESC LIMIT 1")
            if row is None:
                break
            assert layers[row["annotator_id"]].undo(row["document_id"]) is not None
        assert self._owned() == self.start, "undoing everything did not restore the start"
        self.store.close()


StoreMachine.TestCase.settings = settings(
    max_examples=60, stateful_step_count=50, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_store_state_machine = StoreMachine.TestCase
