"""The `annotate` command: a thin click layer over plain functions.

Each command lives in a small module of this package and only parses options, calls the
function that does the work, and prints. Errors the user can fix are `AnnotateError`s and
come out as one line with a non-zero exit code.
"""

from __future__ import annotations

from annotate.cli import corpus, gold, suggest, team, tui
from annotate.cli.common import cli

for module in (corpus, suggest, tui, gold, team):
    for command in module.COMMANDS:
        cli.add_command(command)


def main() -> None:
    cli(prog_name="annotate")


__all__ = ["cli", "main"]
