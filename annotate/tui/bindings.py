"""Every key of the app, declared once with an id so a keys.yaml can remap it.

Defaults follow Prodigy's spirit: one key per decision, no modifiers for frequent actions.
Mode keys (edit boundaries, new span) live on the same screen and are switched on and off
by `check_action`, so the footer always shows the keys that work right now.

The document screen's bindings are *priority* bindings: Textual checks them when the app
reads the key, in typing order, before it hands the key to a widget. A key typed right
after one that opens a picker or the search line therefore reaches the picker or the line
(a non-priority binding would run only after the next key had already been routed to the
old focus). `check_action` switches them off wherever typing goes to an input instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

from annotate.schema import Schema

QUEUE_BINDINGS: list[Binding] = [
    Binding("enter", "open_selected", "Open", id="queue.open", priority=True),
    Binding("f", "cycle_filter", "Filter", id="queue.filter"),
    Binding("F", "toggle_flagged", "Flagged", id="queue.flagged"),
    Binding("right_square_bracket", "page(1)", "Next page", id="queue.next_page"),
    Binding("left_square_bracket", "page(-1)", "Prev page", id="queue.prev_page"),
    Binding("question_mark", "help", "Help", id="queue.help"),
    Binding("q", "quit_app", "Quit", id="queue.quit"),
    # last: the footer shows the bindings in this order, and at 80 columns the leads' key
    # is the one left out
    Binding("p", "progress", "Progress", id="queue.progress"),
]


def _doc(key: str, action: str, description: str, ident: str, show: bool = True) -> Binding:
    return Binding(key, action, description, show=show, id=ident, priority=True)


# (binding, modes) — None: normal mode; a mode's name, or a tuple of them; "any": in every
# mode and in the search line (escape).
ModeSpec = str | None | tuple[str | None, ...]
DOCUMENT_BINDINGS: list[tuple[Binding, ModeSpec]] = [
    (_doc("j", "move(1)", "Next", "doc.next"), None),
    (_doc("k", "move(-1)", "Prev", "doc.prev"), None),
    (_doc("tab", "move_open(1)", "Next open", "doc.next_open"), None),
    (_doc("shift+tab", "move_open(-1)", "Prev open", "doc.prev_open"), None),
    (_doc("right_curly_bracket", "move_quote(1)", "Next quote", "doc.next_quote"), None),
    (_doc("left_curly_bracket", "move_quote(-1)", "Prev quote", "doc.prev_quote"), None),
    (_doc("a", "accept", "Accept", "doc.accept"), None),
    (_doc("A", "accept_all", "Accept all", "doc.accept_all"), None),
    (_doc("x", "reject", "Reject", "doc.reject"), None),
    (_doc("e", "edit", "Edit", "doc.edit"), None),
    # ... or straight from normal mode, each key kept at once: arrows the start a token,
    # shift+arrows the end, ( ) the start a phrase, < > the end a phrase
    (_doc("left", "nudge('start', -1)", "Start ←", "doc.start_left", show=False), None),
    (_doc("right", "nudge('start', 1)", "Start →", "doc.start_right", show=False), None),
    (_doc("shift+left", "nudge('end', -1)", "End ←", "doc.end_left", show=False), None),
    (_doc("shift+right", "nudge('end', 1)", "End →", "doc.end_right", show=False), None),
    (_doc("left_parenthesis", "nudge('start', -1, 'phrase')", "Start ⇐",
          "doc.start_phrase_left", show=False), None),
    (_doc("right_parenthesis", "nudge('start', 1, 'phrase')", "Start ⇒",
          "doc.start_phrase_right", show=False), None),
    (_doc("less_than_sign", "nudge('end', -1, 'phrase')", "End ⇐", "doc.end_phrase_left",
          show=False), None),
    (_doc("greater_than_sign", "nudge('end', 1, 'phrase')", "End ⇒", "doc.end_phrase_right",
          show=False), None),
    (_doc("l", "relabel", "Relabel", "doc.relabel"), None),
    (_doc("n", "new_span", "New", "doc.new"), None),
    (_doc("s", "speaker", "Speaker", "doc.speaker"), None),
    (_doc("v", "value", "Date value", "doc.value"), None),
    (_doc("c", "canonical", "Name", "doc.canonical"), None),
    (_doc("p", "published", "Published", "doc.published"), None),
    (_doc("f", "flag", "Flag", "doc.flag"), None),
    (_doc("F", "flag_document", "Flag doc", "doc.flag_document"), None),
    (_doc("u", "undo", "Undo", "doc.undo"), None),
    (_doc("ctrl+r", "redo", "Redo", "doc.redo"), None),
    (_doc("d", "done", "Done", "doc.done"), None),
    (_doc("space", "skip", "Skip", "doc.skip"), None),
    (_doc("right_square_bracket", "other_document(1)", "Next doc", "doc.next_doc"), None),
    (_doc("left_square_bracket", "other_document(-1)", "Prev doc", "doc.prev_doc"), None),
    (_doc("slash", "search", "Search", "doc.search"), (None, "new")),
    (_doc("g", "jump", "Jump", "doc.jump"), None),
    (_doc("question_mark", "help", "Help", "doc.help"), None),
    (_doc("q", "back", "Queue", "doc.back"), None),
    (_doc("down", "scroll(1)", "Scroll down", "doc.scroll_down", show=False), None),
    (_doc("up", "scroll(-1)", "Scroll up", "doc.scroll_up", show=False), None),
    (_doc("pagedown", "scroll_page(1)", "Page down", "doc.page_down", show=False), None),
    (_doc("pageup", "scroll_page(-1)", "Page up", "doc.page_up", show=False), None),
    # edit mode: arrows move the start, shift+arrows the end
    (_doc("left", "edit_move('start', -1)", "Start ←", "edit.start_left"), "edit"),
    (_doc("right", "edit_move('start', 1)", "Start →", "edit.start_right"), "edit"),
    (_doc("shift+left", "edit_move('end', -1)", "End ←", "edit.end_left"), "edit"),
    (_doc("shift+right", "edit_move('end', 1)", "End →", "edit.end_right"), "edit"),
    # ... and ( ) the start, [ ] the end, a phrase at a time (to a comma, dash, colon,
    # bracket or quotation mark, or the sentence's edge): where suggestions are most often off
    (_doc("left_parenthesis", "edit_move('start', -1, 'phrase')", "Start ⇐",
          "edit.start_phrase_left"), "edit"),
    (_doc("right_parenthesis", "edit_move('start', 1, 'phrase')", "Start ⇒",
          "edit.start_phrase_right"), "edit"),
    (_doc("left_square_bracket", "edit_move('end', -1, 'phrase')", "End ⇐",
          "edit.end_phrase_left"), "edit"),
    (_doc("right_square_bracket", "edit_move('end', 1, 'phrase')", "End ⇒",
          "edit.end_phrase_right"), "edit"),
    # ... and . " c make it the sentence, the quoted stretch or the clause after the cue
    (_doc("full_stop", "edit_unit('sentence')", "Sentence", "edit.sentence"), "edit"),
    (_doc("quotation_mark", "edit_unit('quoted')", "Quoted", "edit.quoted"), "edit"),
    (_doc("c", "edit_unit('clause')", "After cue", "edit.clause"), "edit"),
    (_doc("enter", "edit_keep", "Keep", "edit.keep"), "edit"),
    # new-span mode: a keyboard cursor; v starts and ends a selection, or one key selects
    (_doc("left", "cursor('char', -1)", "←", "new.left", show=False), "new"),
    (_doc("right", "cursor('char', 1)", "→", "new.right", show=False), "new"),
    (_doc("up", "cursor('line', -1)", "↑", "new.up", show=False), "new"),
    (_doc("down", "cursor('line', 1)", "↓", "new.down", show=False), "new"),
    (_doc("w", "cursor('word', 1)", "Word →", "new.word_next"), "new"),
    (_doc("b", "cursor('word', -1)", "Word ←", "new.word_prev"), "new"),
    (_doc("right_parenthesis", "cursor('sentence', 1)", "Sentence →", "new.sentence_next"),
     "new"),
    (_doc("left_parenthesis", "cursor('sentence', -1)", "Sentence ←", "new.sentence_prev"),
     "new"),
    (_doc("right_curly_bracket", "cursor('paragraph', 1)", "Paragraph →",
          "new.paragraph_next", show=False), "new"),
    (_doc("left_curly_bracket", "cursor('paragraph', -1)", "Paragraph ←",
          "new.paragraph_prev", show=False), "new"),
    (_doc("right_square_bracket", "cursor('place', 1)", "Next place", "new.place_next"),
     "new"),
    (_doc("left_square_bracket", "cursor('place', -1)", "Prev place", "new.place_prev",
          show=False), "new"),
    (_doc("v", "select", "Select", "new.select"), "new"),
    (_doc("enter", "select_done", "Done", "new.done", show=False), "new"),
    (_doc("full_stop", "select_unit('sentence')", "Sentence", "new.sentence"), "new"),
    (_doc("quotation_mark", "select_unit('quoted')", "Quoted", "new.quoted"), "new"),
    (_doc("c", "select_unit('clause')", "After cue", "new.clause"), "new"),
    (_doc("escape", "cancel", "Cancel", "doc.cancel"), "any"),
]

# What shift gives on a US keyboard, so shift+1 arrives as "!" and can be bound as such.
SHIFTED = dict(zip("1234567890-=;',./`", "!@#$%^&*()_+:\"<>?~", strict=True))


def live_in(spec: ModeSpec, mode: str | None) -> bool:
    """Whether a binding declared for `spec` works in `mode` (None: normal mode)."""
    if spec == "any":
        return mode is not None
    if isinstance(spec, tuple):
        return mode in spec
    return spec == mode


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
                                f"Quote {value.name}", show=False, priority=True,
                                id=f"stance.quote.{value.name}"))
        bindings.append(Binding(shifted(value.key), f"doc_stance('{value.name}')",
                                f"Doc {value.name}", show=False, priority=True,
                                id=f"stance.doc.{value.name}"))
    return bindings


# The review screen reuses the document screen's bindings (same ids, so one remap serves
# both) and adds these. Number keys take annotator #n's version, so the quote stance, which
# the document screen puts on the number keys, moves behind `t` (the shifted document-stance
# keys stay as they are).
REVIEW_BINDINGS: list[Binding] = [
    Binding(str(n), f"take({n})", "Take #n" if n == 1 else f"Take #{n}", show=n == 1,
            key_display="1…9" if n == 1 else None, id=f"review.take.{n}", priority=True)
    for n in range(1, 10)
] + [Binding("t", "pick_stance", "Stance", id="review.stance", priority=True)]

HELP_CLOSE = "help.close"

# The footer's order of importance: at 80 columns only the first few fit.
FOOTER_ORDER: dict[str | None, list[str]] = {
    None: ["doc.accept", "doc.reject", "doc.next", "doc.undo", "doc.done", "doc.new",
           "doc.speaker", "doc.help", "doc.back", "doc.next_quote", "doc.edit", "doc.jump",
           "doc.accept_all", "doc.relabel", "doc.value", "doc.canonical", "doc.redo",
           "doc.search", "doc.next_open", "doc.next_doc", "doc.skip", "doc.published", "doc.flag",
           "doc.flag_document"],
    "jump": ["doc.cancel"],
    "edit": ["edit.keep", "doc.cancel", "edit.end_phrase_left", "edit.end_phrase_right",
             "edit.start_left", "edit.start_right", "edit.end_left", "edit.end_right",
             "edit.start_phrase_left", "edit.start_phrase_right", "edit.sentence",
             "edit.quoted", "edit.clause"],
    "new": ["new.select", "new.sentence", "new.quoted", "new.clause", "doc.cancel",
            "new.word_next", "new.word_prev", "new.sentence_next", "new.sentence_prev",
            "doc.search"],
    "search": ["doc.cancel"],
}


@dataclass(frozen=True)
class Context:
    """Bindings that are live at the same time: no two of them may share a key."""

    name: str
    bindings: list[Binding]


def contexts(schema: Schema) -> list[Context]:
    normal = [b for b, m in DOCUMENT_BINDINGS if live_in(m, None)]
    mode = {name: [b for b, m in DOCUMENT_BINDINGS if live_in(m, name)]
            for name in ("edit", "new")}
    stance = stance_bindings(schema)
    doc_stance = [b for b in stance if (b.id or "").startswith("stance.doc.")]
    return [
        Context("queue", QUEUE_BINDINGS),
        Context("document", normal + stance),
        Context("edit mode", mode["edit"]),
        Context("new-span mode", mode["new"]),
        Context("review", normal + doc_stance + REVIEW_BINDINGS),
    ]


def binding_ids(schema: Schema) -> list[str]:
    ids = [b.id for b in QUEUE_BINDINGS] + [b.id for b, _ in DOCUMENT_BINDINGS]
    ids += [b.id for b in REVIEW_BINDINGS]
    ids += [b.id for b in stance_bindings(schema)] + [HELP_CLOSE]
    return [i for i in ids if i]
