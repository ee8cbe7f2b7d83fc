"""`annotate tui`: open the terminal app (Textual is imported only when the command runs)."""

from __future__ import annotations

import getpass
from pathlib import Path

import click

from annotate.cli.common import db_options


@click.command("tui")
@click.option("--annotator", default=None,
              help="Whose annotations to show and write. [default: your login name]")
@click.option("--keys", "keys_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Key remapping YAML (binding id: keys). "
              "[default: $ANNOTATE_KEYS or ~/.config/annotate/keys.yaml]")
@db_options
def tui_cmd(annotator: str | None, keys_path: Path | None, db_path: Path,
            schema_path: Path | None) -> None:
    """Annotate in the terminal: a queue of documents, then one key per decision.

    Every action is committed to the database before the screen shows it; `u` undoes
    any number of steps, also after a restart. Press ? in the app for every key.
    The gold layer is written only through `annotate review`.

    \b
    Example:
      annotate tui --db annotations.db --annotator alice
    """
    from annotate.tui.app import create_app

    # create_app opens the store and the annotator's `Annotations` before any terminal
    # work: a gold-layer name, a bad keys file or a missing database stop here, one line.
    app = create_app(db_path, annotator or getpass.getuser(), schema=schema_path,
                     keys=keys_path)
    app.run()


COMMANDS = [tui_cmd]
