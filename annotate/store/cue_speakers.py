"""The speakers the parse reads for each speech cue (`annotate.suggest.cue_speakers`), kept
per document by the pre-annotation run that found them, and the one a QUOTE marked by hand
gets (`choose`).

They are not suggestions: nothing shows them and nobody decides them. A pre-annotation run
replaces a document's rows whole; `Annotations.add_span` reads them when a QUOTE is marked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from annotate.store import decisions
from annotate.store.events import Recorder

if TYPE_CHECKING:  # importing annotate.suggest would load spaCy, which the store never needs
    from annotate.store.annotations import Annotations
    from annotate.suggest.types import CueSpeaker


def replace_rows(conn: sqlite3.Connection, document_id: int, found: Iterable[CueSpeaker]
                 ) -> None:
    """The document's cue speakers become `found` (one run's), inside the caller's write;
    the run is the document's `preannotations` row, written with them."""
    conn.execute("DELETE FROM cue_speakers WHERE document_id = ?", (document_id,))
    conn.executemany(
        "INSERT INTO cue_speakers(document_id, cue_start, cue_end, sent_start, sent_end, "
        'start, "end", text, canonical, rule, speech) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [(document_id, c.cue_start, c.cue_end, c.sent_start, c.sent_end, c.start, c.end,
          c.text, c.canonical, c.rule, int(c.speech)) for c in found])


_SPEAKING_TO = frozenset({"i", "we", "you", "me", "us"})


def choose(rows: Iterable[Mapping[str, Any]], start: int, end: int) -> Mapping[str, Any] | None:
    """The cue speaker of a quote at [start, end): among the cues of the sentence the quote
    starts in that lie outside it and whose speaker it does not overlap, the nearest one
    ('..., Lee said' after it, 'Lee said that ...' before it); a speech cue before any other
    verb. With none, a quote that opens with its own attribution ('Lee responded by ...',
    the whole sentence selected with one key) gets that speech cue's speaker
    (`_opening_attribution`). None otherwise: then the annotator chooses, as before.

    Measured by `bench.quality` on the PolNeAR quotes with a source that no suggestion
    overlaps: train 614 of 761 get one, 528 of them right (overlapping the source: 0.86);
    dev 71 of 88, 59 right (0.83)."""
    best: tuple[tuple[int, int], Mapping[str, Any]] | None = None
    opening: Mapping[str, Any] | None = None
    for row in rows:
        if not row["sent_start"] <= start < row["sent_end"]:
            continue
        if row["cue_end"] > start and row["cue_start"] < end:
            # the cue is inside the quote: it is the quote's own words, or its attribution
            if opening is None and _opening_attribution(row, start):
                opening = row
            continue
        if row["end"] > start and row["start"] < end:
            continue
        distance = start - row["cue_end"] if row["cue_end"] <= start else row["cue_start"] - end
        rank = (0 if row["speech"] else 1, distance)
        if best is None or rank < best[0]:
            best = (rank, row)
    return opening if best is None else best[1]


def _opening_attribution(row: Mapping[str, Any], start: int) -> bool:
    """A speech cue inside the quote whose speaker opens it: the annotator took in the
    attribution with the content ('Lee responded by ...'), which the strict scorer allows
    at 0.8. Not 'I', 'we' or 'you', who speak inside quoted words. On the PolNeAR gold quotes
    (which never hold their source) it names a speaker for 2 of 761, both wrong; on the 20
    keystroke articles it saves the picker for one sentence selected whole."""
    return bool(row["speech"]) and row["start"] == start and row["end"] <= row["cue_start"] \
        and str(row["text"]).casefold() not in _SPEAKING_TO


def for_span(conn: sqlite3.Connection, document_id: int, start: int, end: int
             ) -> Mapping[str, Any] | None:
    """`choose` over the document's cues in the sentence holding `start`."""
    rows = conn.execute(
        "SELECT * FROM cue_speakers WHERE document_id = ? AND sent_start <= ? AND sent_end > ?",
        (document_id, start, start)).fetchall()
    return choose([dict(r) for r in rows], start, end)


def speaker_for(ann: Annotations, rec: Recorder, document_id: int, start: int, end: int
                ) -> int | None:
    """Inside `ann`'s action marking a QUOTE at [start, end): the SPEAKER span the cue
    speaker names (`for_span`), None when there is none. The annotator's own SPEAKER over
    the mention is used as it is (their boundaries and name stand); else the mention is
    marked with the parse's canonical name and origin 'suggested' (the model's, not the
    annotator's hand) and no suggestion behind it: `drop_if_unlinked` takes such a span
    back once no quote names it."""
    cue = for_span(rec.conn, document_id, start, end)
    if cue is None:
        return None
    label = ann.store.schema.speaker_label
    own = decisions.own_mention(ann, rec, document_id, label, cue["start"], cue["end"])
    if own is not None:
        return own
    return int(ann.insert_span(rec, document_id, label, cue["start"], cue["end"], "suggested",
                               canonical=cue["canonical"])["id"])


def drop_if_unlinked(rec: Recorder, span_id: int) -> None:
    """A SPEAKER `speaker_for` marked goes once no relation names it (its quote was given
    another speaker, or deleted): nobody marked it, so it is nobody's speaker of nothing."""
    row = rec.conn.execute("SELECT origin, suggestion_id FROM spans WHERE id = ?",
                           (span_id,)).fetchone()
    if row is None or row["origin"] != "suggested" or row["suggestion_id"] is not None:
        return
    if rec.conn.execute("SELECT 1 FROM relations WHERE child_id = ? OR head_id = ? LIMIT 1",
                        (span_id, span_id)).fetchone() is None:
        rec.delete("spans", [span_id])
