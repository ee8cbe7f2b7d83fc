"""`annotate agree`, `annotate review`, `annotate export`: from annotations to gold and data."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotate.cli.common import db_options, good, open_store, warn
from annotate.export import FORMATS
from annotate.store import Store


def _names(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


@click.command("agree")
@click.option("--annotators", default=None, help="Comma-separated annotators (default: all).")
@click.option("--labels", default=None, help="Comma-separated span labels to compare.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--disagreements", "show", is_flag=True,
              help="Also list every document and span where annotators differ.")
@db_options
def agree_cmd(annotators: str | None, labels: str | None, as_json: bool, show: bool,
              db_path: Path, schema_path: Path | None) -> None:
    """Inter-annotator agreement over documents done by two or more annotators.

    \b
    Spans: pairwise F1, exact and overlap match (same label, 1:1), per label and pair.
    Relations: QUOTE -> SPEAKER F1 with both ends exact / both overlapping.
    Stance of documents and of matched quotes: percent agreement, Krippendorff's alpha
    (nominal) with a bootstrap 95% interval (documents resampled, seed 0), Gwet's AC1,
    Fleiss' kappa (when every unit has as many ratings) and Cohen's kappa per pair.

    \b
    Example:
      annotate agree --annotators alice,bob --json
    """
    from annotate.agree import disagreement_rows, render, render_disagreements, report

    names, keep = _names(annotators), _names(labels)
    with open_store(db_path, schema_path) as store:
        rep = report(store, names, keep)
        rows = disagreement_rows(store, names, keep) if show else None
    if as_json:
        if rows is not None:
            rep = {**rep, "disagreements": rows}
        click.echo(json.dumps(rep, indent=2, ensure_ascii=False))
        return
    console = Console()
    render(rep, console)
    if rows is not None:
        render_disagreements(rows, console)


@click.command("review")
@click.option("--adjudicator", default=None,
              help="Who adjudicates (default: your login name); recorded in gold provenance.")
@click.option("--min-annotators", default=2, show_default=True, type=click.IntRange(1),
              help="Review documents done by at least this many annotators.")
@click.option("--strategy", type=click.Choice(["unanimous", "majority"]), default="unanimous",
              show_default=True, help="What counts as agreed and is merged into gold at once.")
@click.option("--list", "list_only", is_flag=True,
              help="Print the open disagreements instead of opening the review screen.")
@db_options
def review_cmd(adjudicator: str | None, min_annotators: int, strategy: str, list_only: bool,
               db_path: Path, schema_path: Path | None) -> None:
    """Adjudicate: merge what annotators agree on into gold, then review the rest.

    Opens the review screen (or, with --list, prints the open disagreements). Annotators'
    own annotations are never changed.

    \b
    Example:
      annotate review --adjudicator carol --strategy majority
    """
    import getpass

    from annotate.adjudicate import merge_agreed
    from annotate.store.team import check_member

    adjudicator = adjudicator or getpass.getuser()
    with open_store(db_path, schema_path) as store:
        if list_only:  # only reads: nothing is merged until someone opens the review
            _print_disagreements(store, min_annotators, strategy)
            return
        check_member(store, adjudicator, lead=True)
        rep = merge_agreed(store, adjudicator, min_annotators, strategy)
        good(f"merged into gold from {rep.documents} documents ({rep.skipped} unchanged since "
             f"the last merge): {rep.spans} spans, {rep.speakers} speaker links, "
             f"{rep.quote_stances} quote stances, {rep.document_stances} document stances; "
             f"{len(rep.done)} documents complete")
    from annotate.tui.review import run_review  # textual is imported only for the screen

    run_review(str(db_path), adjudicator, min_annotators, strategy)


def _print_disagreements(store: Store, min_annotators: int, strategy: str) -> None:
    """The open disagreements as they read in the text: title, quoted words, speakers.

    Everything shown comes from annotators and articles, so it goes into `Text` cells,
    never into Rich markup.
    """
    from annotate.adjudicate import disagreements, review_documents

    table = Table(title="Open disagreements")
    for col in ("document", "kind", "where", "versions"):
        table.add_column(col, overflow="fold")
    count = 0
    for doc in review_documents(store, min_annotators):
        title = str(store.scalar("SELECT title FROM documents WHERE id = ?", (doc,)) or "")
        for d in disagreements(store, doc, min_annotators, strategy):
            if d.resolved:
                continue
            count += 1
            where = "the whole document" if d.label is None else d.describe(store)
            versions = "\n".join(f"{a}: {v.describe() if v is not None else '—'}"
                                  for a, v in d.versions.items())
            table.add_row(Text(f"#{doc} {_short(title, 40)}"), Text(d.kind.replace("_", " ")),
                          Text(where), Text(versions))
    if count:
        Console().print(table)
    good(f"{count} open disagreements")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True,
              help="Output format.")
@click.option("--source", default="gold", show_default=True,
              help="'gold', an annotator's name, or 'suggestions' (the model's).")
@click.option("--split", "ratio", default=0.8, show_default=True, type=float,
              help="Share of documents for training (spacy; jsonl, conll, doccano folders).")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed of the split.")
@click.option("--label", "labels", default=None,
              help="conll only: these labels (comma-separated) in one CoNLL-2003 tag column.")
@click.option("--out", default=None,
              help="Target folder or file (default: exports/SOURCE-FORMAT); jsonl without "
                   "--out goes to stdout.")
@click.option("--force", is_flag=True, help="Replace an existing export.")
@db_options
def export_cmd(fmt: str, source: str, ratio: float, seed: int, labels: str | None,
               out: str | None, force: bool, db_path: Path, schema_path: Path | None) -> None:
    """Export a layer's finished documents for training, analysis or another tool.

    \b
    spacy        train/ + dev/ (DocBin shards: spans in doc.spans["sc"] with value,
                 canonical, stance and speaker as span extensions; stance in
                 doc.cats) and config.cfg:
                 python -m spacy train exports/gold-spacy/config.cfg
                   --output exports/gold-spacy/model
    jsonl        Prodigy tasks (re-importable); one .jsonl file or a train/dev folder
    conll        CoNLL-2003: token -X- _ and one BIO column per label, or --label
    csv          one row per quote with speaker, stance and the dates of its sentence
    brat         a brat folder: NAME.txt, NAME.ann, NAME.meta.json, annotation.conf
    doccano      doccano JSONL (entities + relations)
    labelstudio  Label Studio tasks.json and the labelling config.xml

    The train/dev split is by document content (stable across databases).

    \b
    Examples:
      annotate export --format spacy --source gold --split 0.8 --seed 1
      annotate export --format jsonl --source suggestions --out exports/suggestions.jsonl
      annotate export --format conll --label QUOTE --out exports/quotes.conll
    """
    from annotate.export import run

    with open_store(db_path, schema_path) as store:
        rep = run(store, fmt, source, out, ratio, seed, force, _names(labels))
    if fmt == "jsonl" and out is None:
        return
    split_text = f" ({rep.train} train / {rep.dev} dev)" if rep.train or rep.dev else ""
    good(f"{rep.documents} documents{split_text}, {rep.spans} "
         f"{'quotes' if fmt == 'csv' else 'spans'} -> {', '.join(rep.paths)}")
    if rep.dropped:
        warn(f"{rep.dropped} spans could not be placed on tokens and were left out")
    if rep.nested:
        warn(f"{rep.nested} spans lie inside a longer span of the same column and were left "
             "out (BIO cannot nest within one column)")
    if fmt == "spacy" and rep.dev == 0 and ratio < 1:
        warn("the dev set is empty (too few documents for the split); spaCy will report "
             "scores of 0 until more documents are done")


COMMANDS = [agree_cmd, review_cmd, export_cmd]
