"""Adjudication: building the gold layer from the annotators' finished work.

Gold is its own layer: rows of the annotator named ``gold`` (role 'gold'), each with
provenance JSON ``{"adjudicator", "taken_from", "at"}``. Nothing here ever changes an
annotator's rows. What the annotators agree on goes into gold at once (`merge_agreed`); every
remaining difference is a `Disagreement` carrying each annotator's `Version`, and the
adjudicator takes one (`take`), edits gold, or adds their own.

What counts as "the same thing" across annotators: spans are aligned by *cluster* (same label,
overlapping, see `cluster_spans`). Per cluster there are up to three decisions: the span
itself (boundaries, label, DATE value, SPEAKER canonical name), and for QUOTEs the speaker
(boundaries of the linked SPEAKER) and the quote stance; plus one per document, its stance.
A decision is agreed when, among the annotators who had a say, the same version is held by all
(``strategy="unanimous"``) or by more than half (``"majority"``). "Nothing here" is a version
too: under majority, a span marked by one annotator of three is agreed *absent*. For speaker
and quote stance, only the annotators who marked a quote in the cluster have a say.

How the TUI review screen uses this (no textual in here):

    merge_agreed(store, "carol")                      # once, when the screen opens
    for doc_id in review_documents(store, 2):          # the review queue
        for d in disagreements(store, doc_id, 2):      # d.kind, d.label, d.start, d.end,
            ...                                        # d.versions, d.gold, d.resolved
        take(store, "carol", doc_id, d, "alice")       # key on a version: copy it to gold
    gold = gold_annotations(store)                     # edit gold with the usual actions:
    gold.add_span(...); gold.set_speaker(...); gold.undo(doc_id)   # same keys as annotating

`take` is one undoable action in the gold layer's event log, so ``gold.undo(doc_id)`` reverts
it like any other edit. Taking a QUOTE copies its stance and speaker link too; taking a
speaker or stance where gold has no quote yet first copies that annotator's quote. Gold's
document status becomes 'done' when no disagreement is left open, 'in_progress' otherwise.
"""

from annotate.adjudicate.compare import (
    GOLD,
    KINDS,
    STRATEGIES,
    Disagreement,
    SpanValue,
    Version,
    annotator_names,
    disagreements,
    gold_annotations,
    review_documents,
)
from annotate.adjudicate.gold import MergeReport, merge_agreed, take, take_key

__all__ = [
    "GOLD", "KINDS", "STRATEGIES", "Disagreement", "MergeReport", "SpanValue", "Version",
    "annotator_names", "disagreements", "gold_annotations", "merge_agreed",
    "review_documents", "take", "take_key",
]
