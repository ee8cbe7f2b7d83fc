"""Say in a few words what an event did, from its own row images: "accept QUOTE “We will…”
with its SPEAKER and link". Undo and redo say what they undid or redid with this, so the
annotator never has to guess what `u` just took back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from annotate.store.events import Event
from annotate.tui.items import SPAN, Item, Key

ACTIONS = {
    "accept": "accept", "reject": "reject", "add_span": "new span", "update_span": "change",
    "delete_span": "delete", "set_speaker": "speaker of", "document_stance": "document stance",
    "set_status": "status", "set_published": "publication date", "add_flag": "flag",
    "remove_flag": "remove flag", "import": "import", "accept_all": "accept all",
}


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _image(change: dict[str, Any]) -> dict[str, Any]:
    return change["after"] if change["after"] is not None else change["before"]


def describe(event: Event, suggestions: Mapping[int, Item] | None = None,
             item_of: Callable[[Key], Item | None] | None = None) -> str:
    """One line about what `event` changed (its action, the span it was about).

    A rejection changes only decisions, whose rows name suggestions by id: `suggestions`
    (the document's, by id) lets the line say which ("reject QUOTE “…” with its SPEAKER").
    A speaker chosen among the spans there writes only the link: `item_of` (the document
    model's lookup) names the quote it is the speaker of.
    """
    action = event.action
    name = ACTIONS.get(action, action.replace("_", " "))
    spans = [_image(c) for c in event.changes if c["table"] == "spans"]
    if action == "set_speaker":
        # a SPEAKER the parse had linked goes along when another is chosen: the line is
        # about the speaker the quote now has, not that one
        spans = [c["after"] for c in event.changes
                 if c["table"] == "spans" and c["after"] is not None]
        if not spans:
            return _speaker_link(event, name, item_of)
    if action == "update_span" and spans:
        change = next(c for c in event.changes if c["table"] == "spans")
        before, after = change["before"] or {}, change["after"] or {}
        what = [k for k in ("label", "start", "value", "canonical", "stance")
                if before.get(k) != after.get(k)]
        if "start" not in what and before.get("end") != after.get("end"):
            what.append("end")
        fields = ", ".join("boundaries" if k in ("start", "end") else k for k in what)
        return f"{fields or 'change'} of {after.get('label', '')} “{_short(after.get('text', ''))}”"
    if action in ("document_stance", "set_status"):
        row = next((c["after"] for c in event.changes if c["table"] == "document_status"
                    and c["after"] is not None), None)
        key = "stance" if action == "document_stance" else "status"
        return f"{name} {row.get(key) if row else '—'}"
    if action == "set_published":
        doc = next((c for c in event.changes if c["table"] == "documents"), None)
        after = (doc or {}).get("after") or {}
        return f"{name} {after.get('published') or '—'}"
    flags = [_image(c) for c in event.changes if c["table"] == "flags"]
    if action in ("add_flag", "remove_flag") and flags:
        flag = flags[0]
        where = "the document" if flag.get("span_id") is None else "a span"
        comment = f" “{_short(flag.get('comment') or '')}”" if flag.get("comment") else ""
        return f"{name} {str(flag.get('kind', '')).replace('_', ' ')}{comment} on {where}"
    if action == "accept_all":
        return _accept_all(event)
    if not spans:
        decided = [suggestions[d["suggestion_id"]] for d in
                   (_image(c) for c in event.changes if c["table"] == "decisions")
                   if suggestions is not None and d.get("suggestion_id") in suggestions]
        if not decided:
            return name
        text = f"{name} {decided[0].label} “{_short(decided[0].text)}”"
        others = sorted({s.label for s in decided[1:]})
        return text + (f" with its {' and '.join(others)}" if others else "")
    # one line per row: an accept with new boundaries writes its QUOTE twice (the
    # suggestion's span, then the edit), and says "edited" rather than "with its QUOTE"
    rows: dict[Any, dict[str, Any]] = {}
    for image in spans:
        rows[image.get("id", id(image))] = image
    spans = list(rows.values())
    first = spans[0]
    edited = action == "accept" and first.get("origin") == "edited"
    text = f"{name} {first['label']} “{_short(first['text'])}”" + (", edited" if edited else "")
    others = sorted({s["label"] for s in spans[1:]})
    links = sum(1 for c in event.changes if c["table"] == "relations")
    extra = [*others, *(["link"] if links and action != "set_speaker" else [])]
    if extra:
        text += f"{',' if edited else ''} with its {' and '.join(extra)}"
    return text


def _accept_all(event: Event) -> str:
    """"accept all: 12 suggestions (8 QUOTE, 4 SPEAKER)", counted from its decisions."""
    labels: dict[str, int] = {}
    for change in event.changes:
        if change["table"] == "spans" and change["after"] is not None \
                and change["before"] is None:
            label = str(change["after"].get("label", ""))
            labels[label] = labels.get(label, 0) + 1
    decided = sum(1 for c in event.changes if c["table"] == "decisions")
    counts = ", ".join(f"{n} {label}" for label, n in sorted(labels.items()))
    noun = "suggestion" if decided == 1 else "suggestions"
    return f"accept all: {decided} {noun}" + (f" ({counts})" if counts else "")


def _speaker_link(event: Event, name: str, item_of: Callable[[Key], Item | None] | None
                  ) -> str:
    """"speaker of QUOTE “…”" when the event wrote no SPEAKER row: the quote named by the
    link it changed (the link's head, in either image)."""
    heads = [_image(c).get("head_id") for c in event.changes if c["table"] == "relations"]
    quote = next((q for h in heads if h is not None and item_of is not None
                  and (q := item_of((SPAN, int(h)))) is not None), None)
    return name if quote is None else f"{name} {quote.label} “{_short(quote.text)}”"
