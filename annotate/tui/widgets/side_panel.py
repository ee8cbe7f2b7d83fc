"""The side panel: the current span and why it was suggested, document stance, quotes.

Built as one Rich `Text` per change. Only a window of quotes around the cursor is listed,
so a long article with hundreds of quotes costs the same per key press as a short one.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from annotate.schema import Schema
from annotate.tui.model import DocModel, Item
from annotate.tui.styles import label_colour

QUOTE_WINDOW = 6


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _stance_line(model: DocModel) -> Text:
    line = Text("Document stance: ", style="bold")
    line.append(model.status.get("stance") or "—")
    sug = model.suggested_stance
    if sug is not None:
        line.append(f"\n  suggested: {sug['value']} ({sug['rule']}, {sug['score']:.2f})",
                    style="dim")
    return line


EMPTY = "No spans or suggestions.\nPress n to mark a new span."


def _current(schema: Schema, item: Item | None, model: DocModel, empty: str = EMPTY) -> Text:
    out = Text()
    if item is None:
        out.append(empty, style="dim")
        return out
    out.append(f" {item.label} ", style=f"bold black on {label_colour(schema, item.label)}")
    state = "suggestion (open)" if item.is_suggestion else f"accepted ({item.origin})"
    out.append(f" {state}\n", style="italic")
    out.append(_excerpt(item.text, 160) + "\n")
    for name in ("value", "canonical", "stance"):
        value = getattr(item, name)
        if value:
            out.append(f"{name}: ", style="bold")
            out.append(f"{value}\n")
    if item.label == "QUOTE":
        speaker = model.speaker_of(item)
        out.append("speaker: ", style="bold")
        out.append(f"{(speaker.canonical or speaker.text) if speaker else '—'}\n")
    if item.is_suggestion:
        out.append("why: ", style="bold")
        out.append(f"rule {item.rule} · {item.model} · score {item.score:.2f}\n", style="cyan")
    return out


def _quotes(model: DocModel, current: Item | None) -> Text:
    quotes = model.quote_items()
    out = Text(f"Quotes ({len(quotes)})\n", style="bold")
    here = model.quote_for(current)
    index = next((i for i, q in enumerate(quotes) if here and q.key == here.key), 0)
    first = max(0, min(index - QUOTE_WINDOW // 2, len(quotes) - QUOTE_WINDOW))
    if first:
        out.append(f"  … {first} above\n", style="dim")
    for info in map(model.quote_info, quotes[first:first + QUOTE_WINDOW]):
        mine = here is not None and info.item.key == here.key
        marker = "▶ " if mine else "  "
        style = "underline" if info.item.is_suggestion else ""
        out.append(marker, style="bold")
        out.append(f"“{_excerpt(info.item.text, 70)}”", style=style + (" bold" if mine else ""))
        out.append(f"\n    — {info.speaker or '?'}", style="bold cyan")
        out.append(f" · {info.item.stance or 'no stance'}")
        for date in info.dates:
            out.append(f"\n    {date.text} = {date.value or '?'}", style="green")
        out.append("\n")
    rest = len(quotes) - first - QUOTE_WINDOW
    if rest > 0:
        out.append(f"  … {rest} below\n", style="dim")
    return out


class SidePanel(Static):
    """Shows what the cursor is on; the document screen calls `show` after each change."""

    # What to say when the cursor is on nothing (the review screen words it for gold).
    empty_text = EMPTY

    def show(self, schema: Schema, model: DocModel, item: Item | None) -> None:
        text = Text()
        text.append_text(_current(schema, item, model, self.empty_text))
        text.append("\n")
        text.append_text(_stance_line(model))
        text.append("\n\n")
        text.append_text(_quotes(model, item))
        # The panel has a fixed size (1fr), so new content never needs a new layout.
        self.update(text, layout=False)
