"""What the document screen's two header lines say, as Rich text.

Pure functions of the document model, so the annotating and the review screens share the
title line and each adds its own counts; the screens only decide when to repaint it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from annotate.tui.flag_kinds import FLAG_MARK

if TYPE_CHECKING:
    from annotate.tui.model import DocModel


def title_line(doc: DocModel) -> Text:
    """The first line: ' #id ', the title, the publication date."""
    head = Text(no_wrap=True, overflow="ellipsis")
    head.append(f" #{doc.id} ", style="bold reverse")
    head.append(f" {doc.document.title or '(untitled)'}", style="bold")
    head.append(f"  {doc.document.published or 'no publication date'}", style="dim")
    return head


def status_of(doc: DocModel) -> str:
    return str(doc.status.get("status") or "todo").replace("_", " ")


def add_mode(head: Text, mode: str | None) -> Text:
    if mode:
        head.append(f" · {mode.upper()} MODE", style="bold magenta")
    return head


def document_header(doc: DocModel, progress: tuple[int, int], mode: str | None) -> Text:
    """The annotating screen's header: status, flags, open suggestions, progress, mode."""
    done, total = progress
    head = title_line(doc)
    head.append(f"\n status {status_of(doc)} · ")
    if doc.flags:  # before the counts: at 80 columns the line's end is cut off
        count = len(doc.flags)
        head.append(f"{FLAG_MARK} {count} flag{'s' if count > 1 else ''}", style="bold red")
        head.append(" · ")
    head.append(f"{doc.open_count} open suggestions · progress {done}/{total} done")
    return add_mode(head, mode)
