"""What every command shares: the group, `--db` / `--schema`, and one-line failures."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from annotate import __version__
from annotate.errors import AnnotateError
from annotate.schema import load as load_schema
from annotate.store import Store

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "annotations.db"


def fail(message: str, code: int = 1) -> None:
    """Print one line in the style of spaCy's `msg.fail` and exit."""
    click.secho(f"✘ {message}", fg="red", err=True)
    sys.exit(code)


def good(message: str) -> None:
    click.secho(f"✔ {message}", fg="green")


def warn(message: str) -> None:
    click.secho(f"⚠ {message}", fg="yellow", err=True)


class AnnotateGroup(click.Group):
    """Turns `AnnotateError` from any command into one red line and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AnnotateError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted; everything committed so far is saved", 130)


@click.group(cls=AnnotateGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotate")
def cli() -> None:
    """Annotate quotes, speakers, dates and stance in news, in the terminal.

    \b
    Typical session:
      annotate init
      annotate import corpora/sample/
      annotate preannotate
      annotate tui --annotator alice
    """


def db_options(fn: F) -> F:
    """`--db` and `--schema`, shared by every command that opens a database."""
    fn = click.option(
        "--schema", "schema_path", type=click.Path(dir_okay=False, path_type=Path),
        default=None, help="Schema YAML to use instead of the one stored in the database.",
    )(fn)
    fn = click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_DB, show_default=True, help="SQLite database file.",
    )(fn)
    return fn


def open_store(db_path: Path, schema_path: Path | None, *, create: bool = False) -> Store:
    """Open the database; `--schema` overrides the stored schema for this command only."""
    schema = load_schema(schema_path) if schema_path is not None else None
    store = Store(db_path, create=create)
    if schema is not None:
        store.use_schema(schema)
    return store
