"""Which of the document screen's keys work now, and what the key bar shows for them.

Both follow from the declared bindings alone (`DOCUMENT_BINDINGS`, `FOOTER_ORDER`): a key
is live in the modes its binding names, and a mode's key bar lists its bindings in the
order of importance, with the keys as the annotator's keymap has them. The bar is asked on
every repaint, so each mode's is built once (`KeyBarEntries`) and kept: the bindings and the
keymap do not change while the app runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from annotate.tui.bindings import DOCUMENT_BINDINGS, FOOTER_ORDER, ModeSpec, live_in

if TYPE_CHECKING:
    from textual.binding import Binding

    from annotate.tui.app import AnnotateApp

MODES: dict[str, list[ModeSpec]] = {}
for _binding, _spec in DOCUMENT_BINDINGS:
    MODES.setdefault(_binding.action.split("(")[0], []).append(_spec)
BY_ID = {b.id: b for b, _ in DOCUMENT_BINDINGS}


def live(action: str, mode: str | None, search_visible: bool) -> bool:
    """Whether `action` works in `mode` (None: normal) with or without the search line open.

    An action no document binding names (the app's own) always works; the stance keys are
    normal-mode keys; escape ("any") works in every mode and in the search line.
    """
    if action in ("quote_stance", "doc_stance"):
        specs: list[ModeSpec] = [None]
    elif action in MODES:
        specs = MODES[action]
    else:
        return True
    if "any" in specs and (mode is not None or search_visible):
        return True
    if search_visible:
        return False
    return any(live_in(spec, mode) for spec in specs)


class KeyBarHost(Protocol):
    """What `KeyBarEntries` uses of the screen: the app (keymap, key display) and which
    bindings the screen shows at all (the review screen hides accept, skip and the flag
    keys)."""

    @property
    def annotate_app(self) -> AnnotateApp: ...
    def footer_shows(self, binding: Binding) -> bool: ...


class KeyBarEntries:
    """The (key, description) pairs of each mode's key bar, built once a mode."""

    def __init__(self, host: KeyBarHost) -> None:
        self.host = host
        self._entries: dict[str | None, list[tuple[str, str]]] = {}

    def entries(self, mode: str | None) -> list[tuple[str, str]]:
        cached = self._entries.get(mode)
        if cached is None:
            cached = self._entries[mode] = self._build(mode)
        return cached

    def _build(self, mode: str | None) -> list[tuple[str, str]]:
        app = self.host.annotate_app
        out = []
        for ident in FOOTER_ORDER.get(mode, []):
            binding = BY_ID.get(ident)
            if binding is None or not self.host.footer_shows(binding):
                continue
            key = app.keys.get(ident, binding.key).split(",")[0].strip()
            out.append((app.get_key_display(binding.with_key(key)), binding.description))
        return out
