"""`FAILED`: what the document screen's `commit` returns when the store refused an action.

A sentinel of its own, not None: a store action may return None when it went through (undo
with nothing left to undo), and the key objects (editing, flags, decisions) must tell "saved,
nothing to show" from "not saved" to leave the cursor and the mode as they were.
"""

from __future__ import annotations

from typing import Any

FAILED: Any = object()
