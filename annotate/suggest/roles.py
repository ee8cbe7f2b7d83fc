"""The roles suggestions play, whatever a schema calls its labels.

The suggesters label spans by role; ``annotate.preannotate`` maps each role to the label of
the schema that plays it (``schema.role_label``) and the attribution relation to
``schema.attribution`` before anything reaches the store, so a schema that renames QUOTE to
CITATION keeps its quote suggestions.
"""

from __future__ import annotations

QUOTE = "quote"
SPEAKER = "speaker"
DATE = "date"
CUE = "cue"
ATTRIBUTION = "attribution"

LABEL_ROLES = (QUOTE, SPEAKER, DATE, CUE)
