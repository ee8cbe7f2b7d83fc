"""`annotate init`, `annotate import`, `annotate stats`, `annotate backup`."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from annotate.cli.common import db_options, fail, good, open_store, warn
from annotate.importer import import_paths
from annotate.schema import default_schema
from annotate.schema import load as load_schema
from annotate.stats import Stats, collect
from annotate.store.backup import backup


@click.command("init")
@db_options
def init_cmd(db_path: Path, schema_path: Path | None) -> None:
    """Create the database and store the schema in it.

    Later commands read the schema from the database, so they need no --schema. Running
    init again with another --schema replaces the stored one, as long as it keeps every
    label already annotated.

    \b
    Example:
      annotate init --db annotations.db --schema schemas/news-quotes.yaml
    """
    schema = load_schema(schema_path) if schema_path else default_schema()
    with open_store(db_path, None, create=True) as store:
        store.store_schema(schema)
    good(f"{db_path}: ready, schema '{schema.name}' with labels {', '.join(schema.label_names)}")


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--annotator", default=None,
              help="Whose annotations they are, for files that name no annotator.")
@db_options
def import_cmd(paths: tuple[Path, ...], annotator: str | None, db_path: Path,
               schema_path: Path | None) -> None:
    """Import articles, and annotations made in other tools, from files or folders.

    \b
    .txt    one article a file (NAME.meta.json beside it: id, title, published,
            source, url); with NAME.ann beside it, brat standoff annotations
    .jsonl  one record a line: "text", "meta"; Prodigy-style "spans", "relations",
            "options"/"accept" or doccano's "label" / "entities"
    .json   a Label Studio export (labels, relations, choices, per-region text)
    .tsv    WebAnno / INCEpTION TSV 3

    Labels map through the schema (same name in any case, or the role: "quote").
    Articles are deduplicated by their normalised text. A file with a problem is
    rejected whole, naming its line; the other files go on; the exit code is 1 if
    anything was rejected. Imported annotations never replace an annotator's
    different work: such a file is refused. Files in folders that are not read
    are listed with the reason.

    \b
    Example:
      annotate import corpora/sample/ more-news.jsonl
      annotate import --annotator alice brat-folder/
    """
    with open_store(db_path, schema_path) as store:
        report = import_paths(store, paths, annotator=annotator)
    for path, why in report.skipped:
        warn(f"{path}: skipped, {why}")
    for error in report.errors:
        click.secho(f"✘ {error}", fg="red", err=True)
    summary = (f"{report.documents} new documents, {report.duplicates} duplicates, "
               f"{report.annotated} annotation sets added ({report.unchanged} unchanged) "
               f"from {report.files} files")
    if report.skipped:
        summary += f"; {len(report.skipped)} files skipped"
    if report.ok:
        good(summary)
    else:
        warn(summary)
        fail(f"{len(report.errors)} file(s) rejected; nothing of them was imported")


@click.command("stats")
@db_options
def stats_cmd(db_path: Path, schema_path: Path | None) -> None:
    """Show documents, suggestions, and annotations and progress per annotator.

    \b
    Example:
      annotate stats --db annotations.db
    """
    with open_store(db_path, schema_path) as store:
        print_stats(collect(store), str(db_path))


def print_stats(stats: Stats, name: str) -> None:
    console = Console()
    click.echo(f"{name}: {stats.documents} documents ({stats.with_date} with a publication "
               f"date), {stats.preannotated} pre-annotated")
    if stats.suggestions:
        click.echo("Suggestions: " + ", ".join(
            f"{label} {n}" for label, n in stats.suggestions.items()))
    table = Table("annotator", "spans", "links", "done", "doing", "skipped", "todo", "min",
                  title="Progress per annotator (doing = in progress)")
    for a in stats.annotators:
        todo = stats.documents - a.done - a.in_progress - a.skipped
        name = f"{a.name} (gold)" if a.role == "gold" and a.name != "gold" else a.name
        table.add_row(escape(name), str(a.spans), str(a.relations), str(a.done),
                      str(a.in_progress), str(a.skipped), str(todo), f"{a.minutes:.1f}")
    if stats.annotators:
        console.print(table)
    else:
        click.echo("No annotations yet.")


@click.command("backup")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@db_options
def backup_cmd(out: Path, db_path: Path, schema_path: Path | None) -> None:
    """Copy the database with SQLite's online backup, safe while annotators work.

    \b
    Example:
      annotate backup backups/annotations-$(date +%F).db
    """
    with open_store(db_path, schema_path) as store:
        pages = backup(store, out)
    good(f"{out}: backup of {db_path} ({pages} pages), integrity ok")


COMMANDS = [init_cmd, import_cmd, stats_cmd, backup_cmd]
