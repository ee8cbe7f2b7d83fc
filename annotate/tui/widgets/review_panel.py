"""The review panel: every annotator's version of the current disagreement, and gold's.

Versions are listed side by side under the number key that takes them, so the adjudicator
reads "1 alice … 2 bob …" and presses the number; gold's answer and whether the decision is
settled sit underneath, so the effect of a key is visible at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.text import Text
from textual.widgets import Static

from annotate.adjudicate import Disagreement, SpanValue, Version
from annotate.tui.flag_kinds import FLAG_MARK, shown

NOTHING = "— (nothing)"
KIND_TITLES = {"span": "Span", "speaker": "Speaker of", "quote_stance": "Stance of",
               "document_stance": "Document stance"}


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _span_text(span: SpanValue, with_label: bool) -> str:
    out = f"“{_excerpt(span.text, 90)}”"  # the text, not offsets: the article shows where
    if with_label:
        out = f"{span.label} {out}"
    if span.value:
        out += f" = {span.value}"
    if span.canonical and span.canonical != span.text:
        out += f" ({span.canonical})"
    if span.stance:
        out += f" · {span.stance}"
    if span.speaker is not None:
        out += f" ← {span.speaker.canonical or span.speaker.text}"
    return out


def version_text(kind: str, version: Version | None) -> str:
    """A version as one line of the panel; None is the explicit "nothing here" answer."""
    if version is None:
        return NOTHING
    if version.value is not None or kind in ("quote_stance", "document_stance"):
        return version.value or NOTHING
    if not version.spans:
        return NOTHING
    several = len({s.label for s in version.spans}) > 1
    return "; ".join(_span_text(s, several) for s in version.spans)


def title(d: Disagreement, text: str = "") -> str:
    """What is being decided in the article's words, e.g. 'Span QUOTE “Ukraine will join…”'
    or 'Document stance': the region's text (from the document's `text` when given, else
    the first version's span) names it, not its offsets."""
    head = KIND_TITLES[d.kind] if d.kind == "document_stance" else \
        f"{KIND_TITLES[d.kind]} {d.label}"
    if d.kind == "document_stance":
        return head
    region = text[d.start:d.end] if text and d.start is not None and d.end is not None else ""
    if not region:
        spans = [s for v in [*d.versions.values(), d.gold] if v is not None for s in v.spans]
        region = spans[0].text if spans else ""
    return f"{head} “{_excerpt(region, 50)}”" if region.strip() else head


def render(disagreements: list[Disagreement], index: int | None, text: str = "",
           flags: Sequence[Mapping[str, Any]] = ()) -> Text:
    """The panel's text for the disagreement at `index` of the document's list (`text`:
    the document's, to name regions by their words; `flags`: the annotators' flags on the
    document, which the lead reads first)."""
    out = Text()
    for flag in flags:
        out.append(f"{FLAG_MARK} {flag['annotator']}", style="bold")
        out.append(f" {shown(str(flag['kind']))}")
        if flag.get("text"):
            out.append(f" on {flag['label']} “{_excerpt(str(flag['text']), 40)}”")
        if flag.get("comment"):
            out.append(f": {_excerpt(str(flag['comment']), 80)}", style="italic")
        out.append("\n")
    total = len(disagreements)
    still_open = sum(not d.resolved for d in disagreements)
    out.append(f"Disagreements: {still_open} open of {total}\n", style="bold")
    if index is None or not disagreements:
        out.append("Nothing to adjudicate in this document.\n", style="dim")
        return out
    d = disagreements[index]
    out.append(f"{index + 1}/{total} ", style="bold reverse")
    out.append(f" {title(d, text)}\n", style="bold")
    for number, (annotator, version) in enumerate(d.versions.items(), start=1):
        same = version == d.gold
        key = f" {number} " if number <= 9 else "   "
        out.append(key, style="bold black on cyan")
        out.append(f" {annotator}", style="bold")
        out.append(" = gold" if same and d.resolved else "", style="green")
        out.append("\n    ")
        out.append(version_text(d.kind, version) + "\n", style="" if version else "dim")
    out.append(" gold ", style="bold black on yellow")
    state = ("resolved", "bold green") if d.resolved else ("open", "bold red")
    out.append(f"  {state[0]}\n    ", style=state[1])
    out.append(version_text(d.kind, d.gold) + "\n", style="" if d.gold else "dim")
    return out


class ReviewPanel(Static):
    """Shows the current disagreement; the review screen calls `show` after each change."""

    def show(self, disagreements: list[Disagreement], index: int | None,
             text: str = "", flags: Sequence[Mapping[str, Any]] = ()) -> None:
        self.update(render(disagreements, index, text, flags))
