"""`t` in review: set gold's quote stance with the schema's stance keys.

On the review screen the number keys take annotators' versions, so the quote-stance keys
(the same digits when annotating) are asked for in a small picker instead.
"""

from __future__ import annotations

from annotate.schema import Schema
from annotate.tui.screens.pickers import KeyChoice

NO_STANCE = "(none)"


def stance_choices(schema: Schema) -> list[KeyChoice]:
    """The stance values on their keys, and 0 for no stance."""
    values = [KeyChoice(v.key, v.name, v.name, "bold black on cyan")
              for v in schema.stance.values]
    return [*values, KeyChoice("0", NO_STANCE, "no stance", "bold black on white")]
