"""The side panel: the current span and why it was suggested, the document, its quotes.

Flags (the annotator's notes for the lead) show where they belong: a span's right under its
label line, so they stay visible when a long quote fills the part; the document's in a
block of their own under the document part, only when there are some.

Three fixed-height parts drawn as cached blocks (`BlockView`): only the screen rows whose
text changed are drawn again, so moving the cursor redraws the few lines about the current
span, and the quote list only the quotes that changed or came into the window. Only a
window of quotes around the cursor is listed, so an article with 10,000 quotes costs the
same per key as one with ten. All user text goes in as `Text` (never markup), so a title
or a quote with brackets shows as typed.
"""

from __future__ import annotations

from rich.text import Text

from annotate.schema import Schema
from annotate.tui.flag_kinds import FLAG_MARK, shown
from annotate.tui.items import Item
from annotate.tui.model import DocModel, Flag
from annotate.tui.styles import label_colour
from annotate.tui.widgets.blocks import BlockView

QUOTE_WINDOW = 6
DOCUMENT_FLAGS = 3  # shown at most; more say "+n more"
EMPTY = "No span here.\nj / k walk the spans, n marks a new one."


def excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def current_text(schema: Schema, item: Item | None, model: DocModel, empty: str) -> Text:
    out = Text()
    if item is None:
        count = len(model.items)
        out.append(empty, style="dim")
        if count:
            out.append(f"\n{count} spans and suggestions in this document.", style="dim")
        return out
    out.append(f" {item.label} ", style=f"bold black on {label_colour(schema, item.label)}")
    state = "suggestion (open)" if item.is_suggestion else f"accepted ({item.origin})"
    out.append(f" {state}\n", style="italic")
    for flag in model.flags_on(item):
        out.append_text(flag_text(flag, 80))
        out.append("\n")
    out.append(excerpt(item.text, 160) + "\n")
    if item.label == schema.date_label:
        out.append("value: ", style="bold")
        out.append(f"{item.value or '? (v sets it)'}\n")
    if item.label == schema.speaker_label:
        out.append("name: ", style="bold")
        out.append(f"{item.canonical or '— (c sets it)'}\n")
    elif item.canonical:
        out.append("name: ", style="bold")
        out.append(f"{item.canonical}\n")
    if item.stance:
        out.append("stance: ", style="bold")
        out.append(f"{item.stance}\n")
    if item.label == schema.quote_label:
        speaker = model.speaker_of(item)
        out.append("speaker: ", style="bold")
        out.append(f"{speaker.name if speaker else '—'}\n")
    if item.is_suggestion:
        out.append("why: ", style="bold")
        score = "" if item.score is None else f" · score {item.score:.2f}"
        out.append(f"rule {item.rule} · {item.model}{score}\n", style="cyan")
        if item.explanation:
            out.append(excerpt(item.explanation, 200) + "\n", style="dim")
    return out


def document_text(model: DocModel) -> Text:
    line = Text("Document stance: ", style="bold")
    line.append(str(model.status.get("stance") or "—"))
    sug = model.suggested_stance
    if sug is not None:
        line.append(f"\n  suggested: {sug['value']} ({sug['rule']}, {sug['score']:.2f})",
                    style="dim")
    line.append("\nPublished: ", style="bold")
    line.append(model.document.published or "? (p sets it)")
    return line


def flag_text(flag: Flag, limit: int) -> Text:
    """One flag: its mark and kind in colour, then the comment (user text, never markup)."""
    out = Text()
    out.append(f"{FLAG_MARK} {shown(flag.kind)}", style="bold red")
    if flag.comment:
        out.append(": ")
        out.append(excerpt(flag.comment, limit))
    return out


def document_flags_block(model: DocModel) -> Text | None:
    """The document's own flags (None: there are none), the first few with their comments
    cut short enough that the quotes below stay in view on an 80-column terminal."""
    flags = model.document_flags
    if not flags:
        return None
    lines = [flag_text(f, 60) for f in flags[:DOCUMENT_FLAGS]]
    if len(flags) > DOCUMENT_FLAGS:
        lines.append(Text(f"  +{len(flags) - DOCUMENT_FLAGS} more flags", style="dim"))
    return Text("\n").join(lines)


def quotes_blocks(model: DocModel, current: Item | None,
                  size: int = QUOTE_WINDOW) -> list[Text]:
    """The quote list as blocks (a title, one per quote, what is left), each cached apart."""
    total = len(model.quotes)
    blocks = [Text(f"Quotes ({total})", style="bold")]
    here = model.quote_for(current)
    first, shown = model.quote_window(current, size)
    if first:
        blocks.append(Text(f"  … {first} above", style="dim"))
    for info in map(model.quote_info, shown):
        mine = here is not None and info.item.key == here.key
        style = "underline" if info.item.is_suggestion else ""
        out = Text()
        out.append("▶ " if mine else "  ", style="bold")
        out.append(f"“{excerpt(info.item.text, 70)}”", style=style + (" bold" if mine else ""))
        out.append(f"\n    — {info.speaker or '?'}", style="bold cyan")
        out.append(f" · {info.item.stance or 'no stance'}")
        for date in info.dates:
            out.append(f"\n    {excerpt(date.text, 30)} = {date.value or '?'}", style="green")
        blocks.append(out)
    rest = total - first - len(shown)
    if rest > 0:
        blocks.append(Text(f"  … {rest} below", style="dim"))
    return blocks


def quotes_text(model: DocModel, current: Item | None, size: int = QUOTE_WINDOW) -> Text:
    return Text("\n").join(quotes_blocks(model, current, size))


class SidePanel(BlockView):
    """Shows what the cursor is on; the document screen calls `show` after each change.

    One widget, three parts at fixed rows (the current span, the document, the quotes), so
    a change in one part redraws only its rows.
    """

    # What to say when the cursor is on nothing (the review screen words it for gold).
    empty_text = EMPTY
    CURRENT_ROWS = 9
    DOCUMENT_ROWS = 5

    def show(self, schema: Schema, model: DocModel, item: Item | None) -> None:
        flags = document_flags_block(model)
        self.set_blocks([(current_text(schema, item, model, self.empty_text), self.CURRENT_ROWS),
                         (document_text(model), self.DOCUMENT_ROWS),
                         *([flags] if flags is not None else []),
                         *quotes_blocks(model, item)])
