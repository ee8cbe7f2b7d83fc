"""`?` in review: the review keys first, then the document keys that edit gold.

The annotating help lists the quote-stance keys on the digits, which in review take
versions, and accept / skip / the flag keys, which review switches off; this one says
what is true here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from annotate.tui.bindings import DOCUMENT_BINDINGS, REVIEW_BINDINGS, stance_bindings
from annotate.tui.screens.help import MODE_TITLES, HelpScreen
from annotate.tui.screens.review import OFF_IN_REVIEW

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp



class ReviewHelpScreen(HelpScreen):
    def markdown(self) -> str:
        schema = cast("AnnotateApp", self.app).schema
        head = "| key | action | id |\n|---|---|---|\n"
        doc_stance = [b for b in stance_bindings(schema) if (b.id or "").startswith("stance.doc")]
        blocks = [
            "# Review keys",
            "Agreed annotations are already in gold. Move between disagreements with tab / j "
            "and shift+tab / k; the panel lists each annotator's version under its number: "
            "press the number to make it gold's (one step, `u` undoes it). Gold is edited "
            "with the same keys as annotating; annotators' own annotations never change.",
            "## Adjudicating", head + "\n".join(self._rows(REVIEW_BINDINGS)),
            "`t` then a stance key sets gold's quote stance (`0`: none); the shifted stance "
            "keys set the document stance:",
            head + "\n".join(self._rows(doc_stance)),
        ]
        for mode in (None, "edit", "new", "any"):
            rows = self._rows([b for b, m in DOCUMENT_BINDINGS
                               if (m == mode or (isinstance(m, tuple) and m[0] == mode))
                               and b.action.split("(")[0] not in OFF_IN_REVIEW])
            title = "Gold document" if mode is None else MODE_TITLES[mode]
            blocks += [f"## {title}", head + "\n".join(rows)]
        labels = [f"| `{label.key}` | {label.name} | {label.description} |"
                  for label in schema.labels]
        blocks += ["## Labels (after `l`, or after `v` … `v` in new-span mode)",
                   "| key | label | meaning |\n|---|---|---|\n" + "\n".join(labels),
                   f"Stance target: **{schema.stance.target}**", schema.guidelines]
        return "\n\n".join(blocks)
