"""`annotate team`, `annotate assign`, `annotate progress`: running a team's project."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotate.cli.common import db_options, good, open_store
from annotate.errors import AnnotateError


@click.group("team")
def team_cmd() -> None:
    """Who is on the project: annotators and leads.

    Until a lead is added, anyone may start annotating by saying their name; once a lead
    exists, only names on the team may annotate, and only leads adjudicate.

    \b
    Example:
      annotate team add carol --role lead
      annotate team add alice
      annotate team list
    """


@team_cmd.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["annotator", "lead"]), default="annotator",
              show_default=True, help="A lead assigns work, follows progress and adjudicates.")
@db_options
def team_add_cmd(name: str, role: str, db_path: Path, schema_path: Path | None) -> None:
    """Add someone to the team (or change their role)."""
    from annotate.store.team import add_member

    with open_store(db_path, schema_path) as store:
        outcome = add_member(store, name, role)
    good(f"{name}: {role} ({outcome})")


@team_cmd.command("list")
@db_options
def team_list_cmd(db_path: Path, schema_path: Path | None) -> None:
    """List the team with each person's role."""
    from annotate.store.team import is_managed, members

    with open_store(db_path, schema_path) as store:
        people, managed = members(store), is_managed(store)
    table = Table(title="Team" + ("" if managed else " (open: no lead yet)"))
    for col in ("name", "role", "since"):
        table.add_column(col)
    for m in people:
        table.add_row(Text(m.name), m.role, m.created_at[:10])
    Console().print(table)


@click.command("assign")
@click.option("--annotators", default=None, help="Comma-separated annotators to assign to.")
@click.option("--per-document", default=None, type=click.IntRange(1),
              help="Annotators per document [default: 1, or 2 with --overlap].")
@click.option("--overlap", default=None, type=click.FloatRange(0, 1),
              help="Share of the documents that go to --per-document annotators; the rest "
                   "to one.")
@click.option("--seed", default=0, show_default=True, type=int,
              help="Seed of the overlap sample and of ties.")
@click.option("--release", default=None, metavar="NAME",
              help="Return NAME's unfinished documents to the pool instead.")
@db_options
def assign_cmd(annotators: str | None, per_document: int | None, overlap: float | None,
               seed: int, release: str | None, db_path: Path, schema_path: Path | None) -> None:
    """Assign every unassigned document, balancing the load.

    Once any document is assigned, an annotator's queue holds their own documents only
    (leads see everything). Re-running assigns only documents nobody has.

    \b
    Examples:
      annotate assign --annotators alice,bob,dan --per-document 2
      annotate assign --annotators alice,bob,dan --overlap 0.2 --seed 7
      annotate assign --release dan
    """
    from annotate.store import team

    with open_store(db_path, schema_path) as store:
        if release is not None:
            if annotators is not None:
                raise AnnotateError("--release takes no --annotators")
            good(f"{release}: {team.release(store, release)} unfinished documents returned")
            return
        if not annotators:
            raise AnnotateError("name the annotators: --annotators a,b,c")
        names = [n.strip() for n in annotators.split(",") if n.strip()]
        k = per_document or (2 if overlap is not None else 1)
        rep = team.assign(store, names, k, overlap, seed)
    shares = ", ".join(f"{n} {c}" for n, c in (rep.per_annotator or {}).items())
    good(f"{rep.documents} documents assigned ({rep.overlapping} shared by several "
         f"annotators): {shares}")


@click.command("progress")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@db_options
def progress_cmd(as_json: bool, db_path: Path, schema_path: Path | None) -> None:
    """Per annotator: assigned, done, time per document, agreement; and the corpus.

    \b
    Example:
      annotate progress --json | jq '.annotators'
    """
    from annotate.progress import report

    with open_store(db_path, schema_path) as store:
        rep = report(store)
    if as_json:
        click.echo(json.dumps(rep, indent=2))
        return
    render(rep, Console())


def render(rep: dict, console: Console) -> None:
    table = Table(title="Progress")
    for col in ("annotator", "assigned", "done", "doing", "skipped", "s/doc", "agree F1",
                "gold F1"):
        table.add_column(col, justify="left" if col == "annotator" else "right")

    def num(value: float | None) -> str:
        return "—" if value is None else f"{value:g}"

    for name, a in rep["annotators"].items():
        table.add_row(Text(name), str(a["assigned"]), str(a["done"]), str(a["in_progress"]),
                      str(a["skipped"]), num(a["seconds_per_document"]),
                      num(a["agreement_f1"]), num(a["gold_f1"]))
    console.print(table)
    d = rep["documents"]
    console.print(Text(f"{d['total']} documents · {d['assigned']} assigned · {d['done']} done "
                       f"by all their annotators · {d['adjudicated']} adjudicated"))


COMMANDS = [team_cmd, assign_cmd, progress_cmd]
