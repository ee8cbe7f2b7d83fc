"""Faults as users meet them, through the CLI: full disks, read-only shares, unsafe paths."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from annotate.cli import cli
from annotate.store import Store
from annotate.tui.demo import add_simple_suggestions
from tests.conftest import SAMPLE, run_in_namespace


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "data" / "annotations.db"
    db.parent.mkdir()
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--db", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["import", "--db", str(db), str(SAMPLE)]).exit_code == 0
    with Store(db) as store:
        add_simple_suggestions(store)
    return db


def test_backup_onto_a_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    db = _db(tmp_path)
    full = tmp_path / "full"
    full.mkdir()
    result = run_in_namespace(
        f"mount -t tmpfs -o size=16k tmpfs {full}\n"
        f'if "$PYTHON" -m annotate backup --db {db} {full}/copy.db 2> {tmp_path}/err; then '
        "exit 3; fi\n"
        f"ls -A {full} > {tmp_path}/left\n")
    assert result.returncode == 0, result.stderr
    err = (tmp_path / "err").read_text().strip()
    assert err.count("\n") == 0 and "disk is full" in err and "Traceback" not in err
    assert (tmp_path / "left").read_text() == ""  # no partial copy, no journal


def test_reading_commands_work_on_a_read_only_share(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    result = run_in_namespace(
        f"mount --bind {db.parent} {db.parent}\n"
        f"mount -o remount,bind,ro {db.parent}\n"
        f'"$PYTHON" -m annotate stats --db {db} > {out}/stats\n'
        f'"$PYTHON" -m annotate agree --db {db} > {out}/agree\n'
        f'"$PYTHON" -m annotate review --list --db {db} > {out}/review\n'
        f'cd {out} && "$PYTHON" -m annotate export --db {db} --format jsonl --source '
        f"suggestions --out exports/s.jsonl > {out}/export\n"
        f'if "$PYTHON" -m annotate preannotate --db {db} 2> {out}/write; then exit 3; fi\n')
    assert result.returncode == 0, result.stderr
    assert "3 documents" in (out / "stats").read_text()
    assert "read-only" in (out / "write").read_text()
    assert not list(db.parent.glob("*-shm"))  # nothing was created on the share


def test_backup_paths_stay_where_they_point(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = _db(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def backup(out: str) -> tuple[int, str]:
        result = runner.invoke(cli, ["backup", "--db", str(db), out])
        return result.exit_code, result.output.strip()

    code, text = backup("../x.db")
    assert code == 1 and "through '..'" in text and not (tmp_path.parent / "x.db").exists()
    os.symlink(tmp_path.parent, tmp_path / "elsewhere")
    code, text = backup("elsewhere/x.db")
    assert code == 1 and "symbolic link" in text
    code, text = backup("b" * 300 + ".db")
    assert code == 1 and "longer than" in text and text.count("\n") == 0
    code, text = backup("/dev/full/x.db")
    assert code == 1 and "is not a folder" in text
    code, text = backup("backups/new/today.db")  # a missing folder is made
    assert code == 0 and (tmp_path / "backups" / "new" / "today.db").exists()
    code, text = backup("backups/new/today.db")
    assert code == 1 and "already exists" in text
