"""Aligning annotators' layers into decisions, and listing the ones they disagree on.

Read-only: nothing here writes. See the package docstring for the rules.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from annotate.errors import AnnotateError
from annotate.export.layers import Cluster, Layer, LSpan, cluster_spans, load_layers
from annotate.store import Annotations, Store
from annotate.store.annotations import GOLD_LAYER

GOLD = GOLD_LAYER
KINDS = ("span", "speaker", "quote_stance", "document_stance")
STRATEGIES = ("unanimous", "majority")


def _excerpt(text: str, width: int = 70) -> str:
    """One line of at most `width` characters, the middle left out of long texts."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    half = (width - 3) // 2
    return f"{flat[:half]} … {flat[-half:]}"


@dataclass(frozen=True)
class SpanValue:
    """A span's content, without ids; `speaker` is the linked SPEAKER of a QUOTE."""

    label: str
    start: int
    end: int
    text: str
    value: str | None = None
    canonical: str | None = None
    stance: str | None = None
    speaker: SpanValue | None = None

    def __str__(self) -> str:
        extra = "".join(f" {k}={v}" for k, v in (("value", self.value), (
            "canonical", self.canonical), ("stance", self.stance)) if v)
        who = f" ← {self.speaker.text}" if self.speaker else ""
        return f"{self.label} {self.start}-{self.end} {self.text!r}{extra}{who}"

    def describe(self) -> str:
        """As a person reads it: the words, who said them, the attributes; no offsets."""
        parts = [f"{self.label} “{_excerpt(self.text)}”"]
        if self.speaker is not None:
            who = self.speaker.text
            if self.speaker.canonical and self.speaker.canonical != who:
                who += f" ({self.speaker.canonical})"
            parts.append(f"said by {who}")
        parts += [f"{k} {v}" for k, v in (("value", self.value), ("person", self.canonical),
                                          ("stance", self.stance)) if v]
        return ", ".join(parts)


@dataclass(frozen=True)
class Version:
    """One annotator's answer to a decision: spans (span, speaker kinds) or a stance value."""

    spans: tuple[SpanValue, ...] = ()
    value: str | None = None

    def __str__(self) -> str:
        return self.value if self.value is not None else "; ".join(map(str, self.spans))

    def describe(self) -> str:
        if self.value is not None:
            return self.value
        return "; ".join(s.describe() for s in self.spans) or "nothing"


@dataclass(frozen=True)
class Disagreement:
    """A decision the annotators differ on; `versions` maps annotator -> Version or None.

    None means "nothing here": no span in the region, no speaker link, no stance. `gold` is
    gold's current answer, `resolved` whether the adjudicator (or the merge) has settled it.
    """

    document_id: int
    kind: str
    label: str | None
    start: int | None
    end: int | None
    versions: dict[str, Version | None]
    gold: Version | None = None
    resolved: bool = False
    strategy: str = "unanimous"

    def describe(self, store: Store) -> str:
        """Where it is, in the article's words: the label and the text of the region."""
        if self.start is None or self.end is None:
            return "the whole document"
        text = str(store.scalar("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                (self.start + 1, self.end - self.start, self.document_id)) or "")
        return f"{self.label} “{_excerpt(text)}”"

    @property
    def key(self) -> str:
        """Stable name of the decision within its document, e.g. 'span:QUOTE:10-52'."""
        if self.kind == "document_stance":
            return self.kind
        return f"{self.kind}:{self.label}:{self.start}-{self.end}"


@dataclass
class _Decision:
    kind: str
    cluster: Cluster | None
    versions: dict[str, Version | None]
    agreed: bool
    winner: Version | None
    taken_from: list[str]


def _check(strategy: str, min_annotators: int) -> None:
    if strategy not in STRATEGIES:
        raise AnnotateError(f"strategy {strategy!r} is not one of {', '.join(STRATEGIES)}")
    if min_annotators < 1:
        raise AnnotateError(f"--min-annotators must be at least 1, got {min_annotators}")


def gold_annotations(store: Store, adjudicator: str | None = None) -> Annotations:
    """The gold layer's actions (add/update/delete spans, speaker, stance, undo, redo).

    Edits made through it carry `adjudicator` in their provenance.
    """
    return Annotations(store, GOLD, role="gold", actor=adjudicator)


def annotator_names(store: Store) -> dict[str, int]:
    """Annotators whose work is compared: role 'annotator', and not named 'gold'."""
    rows = store.all("SELECT id, name FROM annotators WHERE role = 'annotator' AND name != ? "
                     "ORDER BY name", (GOLD,))
    return {r["name"]: int(r["id"]) for r in rows}


def review_documents(store: Store, min_annotators: int = 2) -> list[int]:
    """Documents marked done by at least `min_annotators` annotators (imports count).

    Documents someone flagged (unsure, broken text, needs discussion) come first: they are
    what a lead most needs to see.
    """
    ids = annotator_names(store)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = store.all(
        f"SELECT document_id FROM document_status s WHERE status = 'done' AND annotator_id IN "
        f"({marks}) GROUP BY document_id HAVING COUNT(*) >= ? ORDER BY EXISTS (SELECT 1 FROM "
        "flags f WHERE f.document_id = s.document_id) DESC, document_id",
        [*ids.values(), min_annotators],
    )
    return [int(r[0]) for r in rows]


def _value(span: LSpan, layer: Layer, with_links: bool = True) -> SpanValue:
    speaker = None
    if with_links and span.id in layer.speakers:
        child = layer.span(layer.speakers[span.id])
        speaker = None if child is None else _value(child, layer, False)
    return SpanValue(span.label, span.start, span.end, span.text, span.value, span.canonical,
                     span.stance, speaker)


def _vote(keys: dict[str, Hashable], strategy: str) -> tuple[bool, Hashable, list[str]]:
    top, count = Counter(keys.values()).most_common(1)[0]
    agreed = count == len(keys) if strategy == "unanimous" else 2 * count > len(keys)
    return agreed, top, sorted(a for a, k in keys.items() if k == top)


def _decide(kind: str, cluster: Cluster | None, versions: dict[str, Version | None],
            keyfn: Any, strategy: str) -> _Decision:
    keys = {a: None if v is None else keyfn(v) for a, v in versions.items()}
    agreed, top, who = _vote(keys, strategy)
    winner = next((versions[a] for a in who), None) if top is not None else None
    return _Decision(kind, cluster, versions, agreed, winner, who)


def _span_key(v: Version) -> tuple:
    return tuple((s.label, s.start, s.end, s.value, s.canonical) for s in v.spans)


def _decisions(layers: dict[str, Layer], strategy: str, quote_label: str) -> list[_Decision]:
    """Every decision of a document, agreed or not, in text order."""
    out = []
    for cluster in cluster_spans({a: layer.spans for a, layer in layers.items()}):
        versions: dict[str, Version | None] = {
            a: Version(tuple(_value(s, layers[a]) for s in cluster.members[a]))
            if a in cluster.members else None for a in layers}
        out.append(_decide("span", cluster, versions, _span_key, strategy))
        if cluster.label != quote_label:
            continue
        speakers: dict[str, Version | None] = {}
        stances: dict[str, Version | None] = {}
        for a, spans in cluster.members.items():
            values = [_value(s, layers[a]) for s in spans]
            linked = next((v.speaker for v in values if v.speaker is not None), None)
            speakers[a] = None if linked is None else Version((linked,))
            stance = next((v.stance for v in values if v.stance is not None), None)
            stances[a] = None if stance is None else Version(value=stance)
        out.append(_decide("speaker", cluster, speakers,
                           lambda v: (v.spans[0].start, v.spans[0].end), strategy))
        out.append(_decide("quote_stance", cluster, stances, lambda v: v.value, strategy))
    doc_stance = {a: None if layer.stance is None else Version(value=layer.stance)
                  for a, layer in layers.items()}
    out.append(_decide("document_stance", None, doc_stance, lambda v: v.value, strategy))
    return out


def _key(kind: str, cluster: Cluster | None) -> str:
    if cluster is None:
        return kind
    return f"{kind}:{cluster.label}:{cluster.start}-{cluster.end}"


def _in_region(gold: Layer, label: str, cluster: Cluster) -> list[LSpan]:
    return [s for s in gold.spans
            if s.label == label and s.start < cluster.end and cluster.start < s.end]


def _gold_answer(d: _Decision, gold: Layer) -> Version | None:
    if d.kind == "document_stance":
        return None if gold.stance is None else Version(value=gold.stance)
    assert d.cluster is not None
    spans = [_value(s, gold) for s in _in_region(gold, d.cluster.label, d.cluster)]
    if d.kind == "span":
        return Version(tuple(spans)) if spans else None
    if d.kind == "speaker":
        linked = next((s.speaker for s in spans if s.speaker is not None), None)
        return None if linked is None else Version((linked,))
    stance = next((s.stance for s in spans if s.stance is not None), None)
    return None if stance is None else Version(value=stance)


def _live_takes(store: Store, gold_id: int, document_id: int) -> set[str]:
    """Keys of `take` events in the document not undone (an undo with no later redo)."""
    rows = store.all("SELECT id, action, target_event, details FROM events WHERE "
                     "annotator_id = ? AND document_id = ? ORDER BY id", (gold_id, document_id))
    undone: dict[int, bool] = {}
    for r in rows:
        if r["action"] in ("undo", "redo"):
            undone[r["target_event"]] = r["action"] == "undo"
    return {json.loads(r["details"])["key"] for r in rows
            if r["action"] == "take" and not undone.get(r["id"], False)}


def _to_disagreement(document_id: int, d: _Decision, gold: Layer, takes: set[str],
                     strategy: str = "unanimous") -> Disagreement:
    answer = _gold_answer(d, gold)
    c = d.cluster
    return Disagreement(
        document_id, d.kind, c.label if c else None, c.start if c else None,
        c.end if c else None, d.versions, answer,
        answer is not None or _key(d.kind, c) in takes, strategy)


def _gold_id(store: Store) -> int:
    row = store.one("SELECT id, role FROM annotators WHERE name = ?", (GOLD,))
    return store.annotator_id(GOLD, "gold") if row is None else int(row["id"])


def _state(store: Store, document_id: int, min_annotators: int) -> tuple[dict[str, Layer], Layer]:
    layers = load_layers(store, annotator_names(store), [document_id]).get(document_id, {})
    if len(layers) < min_annotators:
        raise AnnotateError(f"document {document_id} is done by {len(layers)} annotator(s), "
                            f"fewer than {min_annotators}")
    gold_id = store.scalar("SELECT id FROM annotators WHERE name = ?", (GOLD,))
    gold = {} if gold_id is None else load_layers(
        store, {GOLD: int(gold_id)}, [document_id], None).get(document_id, {})
    return layers, gold.get(GOLD, Layer(GOLD, status="todo"))


def disagreements(store: Store, document_id: int, min_annotators: int = 2,
                  strategy: str = "unanimous") -> list[Disagreement]:
    """The document's disagreements in text order (document stance last), resolved or not."""
    _check(strategy, min_annotators)
    layers, gold = _state(store, document_id, min_annotators)
    gold_id = store.scalar("SELECT id FROM annotators WHERE name = ?", (GOLD,))
    takes = set() if gold_id is None else _live_takes(store, int(gold_id), document_id)
    return [_to_disagreement(document_id, d, gold, takes, strategy)
            for d in _decisions(layers, strategy, store.schema.quote_label) if not d.agreed]
