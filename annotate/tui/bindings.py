"""Every key of the app, declared once with an id so a keys.yaml can remap it.

Defaults follow Prodigy's spirit: one key per decision, no modifiers for frequent actions.
Mode keys (edit boundaries, new span) live on the same screen and are switched on and off
by `check_action`, so the footer always shows the keys that work right now.
"""

from __future__ import annotations

from textual.binding import Binding

from annotate.schema import Schema

QUEUE_BINDINGS: list[Binding] = [
    Binding("enter", "open_selected", "Open", id="queue.open"),
    Binding("f", "cycle_filter", "Filter", id="queue.filter"),
    Binding("right_square_bracket", "page(1)", "Next page", id="queue.next_page"),
    Binding("left_square_bracket", "page(-1)", "Prev page", id="queue.prev_page"),
    Binding("p", "progress", "Progress", id="queue.progress"),
    Binding("question_mark", "help", "Help", id="queue.help"),
    Binding("q", "quit_app", "Quit", id="queue.quit"),
]

# (binding, mode) — mode None: normal mode; otherwise only in that mode.
DOCUMENT_BINDINGS: list[tuple[Binding, str | None]] = [
    (Binding("tab,j", "move(1)", "Next", id="doc.next"), None),
    (Binding("shift+tab,k", "move(-1)", "Prev", id="doc.prev"), None),
    (Binding("a", "accept", "Accept", id="doc.accept"), None),
    (Binding("x", "reject", "Reject", id="doc.reject"), None),
    (Binding("e", "edit", "Edit", id="doc.edit"), None),
    (Binding("l", "relabel", "Relabel", id="doc.relabel"), None),
    (Binding("n", "new_span", "New", id="doc.new"), None),
    (Binding("s", "speaker", "Speaker", id="doc.speaker"), None),
    (Binding("u", "undo", "Undo", id="doc.undo"), None),
    (Binding("ctrl+r", "redo", "Redo", id="doc.redo"), None),
    (Binding("d", "done", "Done", id="doc.done"), None),
    (Binding("space", "skip", "Skip", id="doc.skip"), None),
    (Binding("right_square_bracket", "other_document(1)", "Next doc", id="doc.next_doc"), None),
    (Binding("left_square_bracket", "other_document(-1)", "Prev doc", id="doc.prev_doc"), None),
    (Binding("slash", "search", "Search", id="doc.search"), None),
    (Binding("question_mark", "help", "Help", id="doc.help"), None),
    (Binding("q", "back", "Queue", id="doc.back"), None),
    (Binding("down", "scroll(1)", "Scroll down", show=False, id="doc.scroll_down"), None),
    (Binding("up", "scroll(-1)", "Scroll up", show=False, id="doc.scroll_up"), None),
    # edit mode: arrows move the start, shift+arrows the end
    (Binding("left", "edit_move('start', -1)", "Start ←", id="edit.start_left"), "edit"),
    (Binding("right", "edit_move('start', 1)", "Start →", id="edit.start_right"), "edit"),
    (Binding("shift+left", "edit_move('end', -1)", "End ←", id="edit.end_left"), "edit"),
    (Binding("shift+right", "edit_move('end', 1)", "End →", id="edit.end_right"), "edit"),
    (Binding("enter", "edit_keep", "Keep", id="edit.keep"), "edit"),
    # new-span mode: a keyboard cursor, v to start and end the selection
    (Binding("left", "cursor('char', -1)", "←", id="new.left"), "new"),
    (Binding("right", "cursor('char', 1)", "→", id="new.right"), "new"),
    (Binding("up", "cursor('line', -1)", "↑", id="new.up"), "new"),
    (Binding("down", "cursor('line', 1)", "↓", id="new.down"), "new"),
    (Binding("w", "cursor('word', 1)", "Word →", id="new.word_next"), "new"),
    (Binding("b", "cursor('word', -1)", "Word ←", id="new.word_prev"), "new"),
    (Binding("v", "select", "Select", id="new.select"), "new"),
    (Binding("escape", "cancel", "Cancel", id="doc.cancel"), "any"),
]

# What shift gives on a US keyboard, so shift+1 arrives as "!" and can be bound as such.
SHIFTED = dict(zip("1234567890-=;',./`", "!@#$%^&*()_+:\"<>?~", strict=True))


def shifted(key: str) -> str:
    if key in SHIFTED:
        return SHIFTED[key]
    if key.isalpha():
        return key.upper()
    return f"shift+{key}"


def stance_bindings(schema: Schema) -> list[Binding]:
    """Quote stance on the schema's keys, document stance on the shifted keys."""
    bindings = []
    for value in schema.stance.values:
        bindings.append(Binding(value.key, f"quote_stance('{value.name}')",
                                f"Quote {value.name}", show=False,
                                id=f"stance.quote.{value.name}"))
        bindings.append(Binding(shifted(value.key), f"doc_stance('{value.name}')",
                                f"Doc {value.name}", show=False, id=f"stance.doc.{value.name}"))
    return bindings


# The review screen reuses the document screen's bindings (same ids, so one remap serves
# both) and adds these. Number keys take annotator #n's version, so the quote stance, which
# the document screen puts on the number keys, moves behind `t` (the shifted document-stance
# keys stay as they are).
REVIEW_BINDINGS: list[Binding] = [
    Binding(str(n), f"take({n})", "Take #n" if n == 1 else f"Take #{n}", show=n == 1,
            key_display="1…9" if n == 1 else None, id=f"review.take.{n}")
    for n in range(1, 10)
] + [Binding("t", "pick_stance", "Stance", id="review.stance")]


def binding_ids(schema: Schema) -> list[str]:
    ids = [b.id for b in QUEUE_BINDINGS] + [b.id for b, _ in DOCUMENT_BINDINGS]
    ids += [b.id for b in REVIEW_BINDINGS]
    ids += [b.id for b in stance_bindings(schema)] + ["help.close"]
    return [i for i in ids if i]
