"""How spans look: the schema's colour per label, suggestions unlike accepted spans.

Accepted spans get a solid background in their label's colour; open suggestions only an
underline and the colour as foreground, so "still to decide" reads at a glance; the current
span is reversed and bold on top of either. A mark is (start, end, style, layer): on a line,
marks are drawn by layer, then longest first, so nested spans stay visible and the cursor
is always on top.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color
from rich.style import Style

from annotate.schema import Schema

CURRENT = Style(reverse=True, bold=True)
SEARCH_HIT = Style(bgcolor="magenta", color="white", bold=True)
SELECTION = Style(bgcolor="grey39", color="white", underline=True)
CURSOR = Style(reverse=True, blink=False, bold=True)
HINT = Style(bgcolor="yellow", color="black", bold=True)  # a jump label over its span
Mark = tuple[int, int, Style, int]

# Layers, bottom to top.
REGION, SUGGESTED, ACCEPTED, CURRENT_LAYER, SEARCH_LAYER, SELECTION_LAYER, CURSOR_LAYER, \
    HINT_LAYER = range(8)


def _readable_on(hex_colour: str) -> str:
    r, g, b = Color.parse(hex_colour).get_truecolor()
    return "black" if (0.299 * r + 0.587 * g + 0.114 * b) > 120 else "white"


@lru_cache(maxsize=64)
def accepted_style(colour: str) -> Style:
    return Style(bgcolor=colour, color=_readable_on(colour))


@lru_cache(maxsize=64)
def suggested_style(colour: str) -> Style:
    return Style(color=colour, underline=True)


def label_colour(schema: Schema, label: str) -> str:
    try:
        return schema.label(label).color
    except KeyError:
        return "#aaaaaa"


def span_style(schema: Schema, label: str, suggestion: bool) -> Style:
    colour = label_colour(schema, label)
    return suggested_style(colour) if suggestion else accepted_style(colour)


def item_mark(schema: Schema, label: str, start: int, end: int, suggestion: bool) -> Mark:
    return (start, end, span_style(schema, label, suggestion),
            SUGGESTED if suggestion else ACCEPTED)
