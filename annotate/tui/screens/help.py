"""`?`: every key as currently mapped (keys.yaml included), then the schema's guidelines."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from annotate.tui.bindings import DOCUMENT_BINDINGS, QUEUE_BINDINGS, stance_bindings

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp

MODE_TITLES = {None: "Document", "edit": "Edit boundaries (e)", "new": "New span (n)",
               "any": "In a mode"}


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def __init__(self, origin: object | None = None) -> None:
        super().__init__()
        self.origin = origin

    def key_of(self, binding: Binding) -> str:
        app = cast("AnnotateApp", self.app)
        keys = app.keys.get(binding.id or "", binding.key)
        return " / ".join(app.get_key_display(binding.with_key(k.strip()))
                          for k in keys.split(","))

    def _rows(self, bindings: list[Binding]) -> list[str]:
        merged: dict[str, list[str]] = {}
        described: dict[str, Binding] = {}
        for binding in bindings:
            ident = binding.id or binding.action
            merged.setdefault(ident, []).append(self.key_of(binding))
            described[ident] = binding
        return [f"| `{' / '.join(merged[i])}` | {described[i].description} | `{i}` |"
                for i in merged]

    def markdown(self) -> str:
        app = cast("AnnotateApp", self.app)
        schema = app.schema
        head = "| key | action | id |\n|---|---|---|\n"
        blocks = ["# Keys", "Remap any key in `~/.config/annotate/keys.yaml` (or the file "
                  "named by `$ANNOTATE_KEYS`): one `binding id: key` a line.",
                  "## Queue", head + "\n".join(self._rows(QUEUE_BINDINGS))]
        for mode in (None, "edit", "new", "any"):
            rows = self._rows([b for b, m in DOCUMENT_BINDINGS
                               if m == mode or (isinstance(m, tuple) and m[0] == mode)])
            blocks += [f"## {MODE_TITLES[mode]}", head + "\n".join(rows)]
        blocks += ["## Stance (shifted key: the whole document)",
                   head + "\n".join(self._rows(stance_bindings(schema)))]
        labels = [f"| `{label.key}` | {label.name} | {label.description} |"
                  for label in schema.labels]
        blocks += ["## Labels (after `l`, or after `v` … `v` in new-span mode)",
                   "| key | label | meaning |\n|---|---|---|\n" + "\n".join(labels),
                   f"Stance target: **{schema.stance.target}**", schema.guidelines]
        return "\n\n".join(blocks)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(self.markdown())

    def action_close(self) -> None:
        self.dismiss(None)
