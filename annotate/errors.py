"""Errors a user can act on.

Every failure that reaches the command line is an `AnnotateError` whose message is one line
naming the file, the line or key and the problem, so the CLI can print it as it is and exit
non-zero, in the manner of spaCy's `msg.fail`.
"""

from __future__ import annotations


class AnnotateError(Exception):
    """A problem the user caused or can fix; its message is shown as it is."""

    exit_code = 1


class SchemaError(AnnotateError):
    """The annotation schema is malformed or inconsistent."""


class InputError(AnnotateError):
    """An input file (corpus, annotations) cannot be imported."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class StoreError(AnnotateError):
    """The database cannot be used (not SQLite, newer schema version, read-only...)."""
