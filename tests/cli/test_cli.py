"""The CLI end to end: thin commands, one-line errors, exit codes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from annotate.cli import cli
from tests.conftest import SAMPLE


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_init_import_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    assert run("init", "--db", db)[0] == 0
    code, out = run("import", "--db", db, str(SAMPLE))
    assert code == 0 and "3 new documents" in out
    code, out = run("stats", "--db", db)
    assert code == 0 and "3 documents (2 with a publication date)" in out


def test_import_with_a_bad_file_exits_1(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{oops\n')
    code, out = run("import", "--db", db, str(bad), str(SAMPLE))
    assert code == 1 and "no such database" in out and not Path(db).exists()
    run("init", "--db", db)
    code, out = run("import", "--db", db, str(bad), str(SAMPLE))
    assert code == 1
    assert f"✘ {bad}:2: invalid JSON" in out
    assert "3 new documents" in out


def test_errors_are_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite" * 200)
    code, out = run("stats", "--db", str(junk))
    assert (code, out.strip()) == (1, f"✘ {junk}: not an SQLite database")
    code, out = run("stats", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no such database (run `annotate init` first)" in out
    schema = tmp_path / "s.yaml"
    schema.write_text("name: x\nlabels: []\nstance: {}\n")
    code, out = run("init", "--db", str(tmp_path / "b.db"), "--schema", str(schema))
    assert (code, out.strip()) == (1, f"✘ {schema}: labels: expected a non-empty list")


def test_init_stores_schema_for_later_commands(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    custom = (Path(__file__).resolve().parents[2] / "schemas" / "news-quotes.yaml").read_text()
    custom = custom.replace("name: news-quotes", "name: custom-quotes")
    path = tmp_path / "custom.yaml"
    path.write_text(custom)
    assert run("init", "--db", str(db), "--schema", str(path))[0] == 0
    from annotate.store import Store

    with Store(db) as store:
        assert store.schema.name == "custom-quotes"


def test_backup(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    run("init", "--db", db)
    run("import", "--db", db, str(SAMPLE))
    out = tmp_path / "copy.db"
    code, text = run("backup", "--db", db, str(out))
    assert code == 0 and "integrity ok" in text
    code, text = run("backup", "--db", db, str(out))
    assert code == 1 and "already exists" in text
