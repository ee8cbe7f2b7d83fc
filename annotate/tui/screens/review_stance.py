"""`t` in review: set gold's quote stance with the schema's stance keys.

On the review screen the number keys take annotators' versions, so the quote-stance keys
(the same digits when annotating) are asked for in this small modal instead.
"""

from __future__ import annotations

from annotate.tui.screens.pickers import KeyPicker

NO_STANCE = ""


class StancePicker(KeyPicker):
    """Press a stance key (or 0 for no stance); escape cancels. Dismisses with the name."""

    def choices(self) -> list[tuple[str, str, str, str]]:
        values = [(v.key, v.name, v.name, "bold black on cyan") for v in self.schema.stance.values]
        return [*values, ("0", NO_STANCE, "no stance", "bold black on white")]
