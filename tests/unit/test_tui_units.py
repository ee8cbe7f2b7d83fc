"""The TUI's plain parts: wrapping, token snapping, the keys file, the CLI command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli.tui import tui_cmd
from annotate.store import Annotations, Store
from annotate.tui.bindings import binding_ids, shifted
from annotate.tui.keymap import KeymapError, find_keys_file, load_keymap, parse_keymap
from annotate.tui.model import DocModel
from annotate.tui.widgets.wrap import line_of, wrap
from tests.app.helpers import fill


def test_wrap_keeps_offsets() -> None:
    text = "one two three four five six seven\n\neight nine"
    lines = wrap(text, 10)
    assert [text[s:e] for s, e in lines] == [
        "one two", "three four", "five six", "seven", "", "eight nine"]
    starts = [s for s, _ in lines]
    assert line_of(starts, text.index("six")) == 2


def test_snap_and_steps(store: Store) -> None:
    fill(store)
    model = DocModel(Annotations(store, "alice"), 1)
    text = model.text
    at = text.index("Secretary General")
    start, end = model.snap(at + 2, at + 12)
    assert text[start:end] == "Secretary General"
    assert text[model.step_start(at, 1):].startswith("General")
    assert text[:model.step_end(at, 1)].endswith("Secretary")
    first = model.first_open()
    assert first is not None and first.text == "November 30"
    quote = next(i for i in model.items if i.label == "QUOTE")
    info = model.quote_info(quote)
    assert info.speaker == "the NATO leader"


def test_keymap_parsing_and_errors(tmp_path: Path) -> None:
    ids = ["doc.accept", "doc.next"]
    assert parse_keymap("doc.accept: y\ndoc.next: [tab, down]\n", "k.yaml", ids) == {
        "doc.accept": "y", "doc.next": "tab,down"}
    with pytest.raises(KeymapError, match=r"k.yaml: unknown binding id 'nope'"):
        parse_keymap("nope: y", "k.yaml", ids)
    with pytest.raises(KeymapError, match=r"k.yaml:1: not valid YAML"):
        parse_keymap("doc.accept: [y", "k.yaml", ids)
    with pytest.raises(KeymapError, match="expected a key or a list"):
        parse_keymap("doc.accept: {a: 1}", "k.yaml", ids)
    with pytest.raises(KeymapError, match="no such keys file"):
        load_keymap(tmp_path / "missing.yaml", ids)


def test_keys_file_lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANNOTATE_KEYS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert find_keys_file() is None
    keys = tmp_path / "annotate" / "keys.yaml"
    keys.parent.mkdir()
    keys.write_text("doc.accept: y\n")
    assert find_keys_file() == keys
    monkeypatch.setenv("ANNOTATE_KEYS", str(tmp_path / "other.yaml"))
    assert find_keys_file() == tmp_path / "other.yaml"


def test_binding_ids_are_unique(schema) -> None:  # type: ignore[no-untyped-def]
    ids = binding_ids(schema)
    assert len(ids) == len(set(ids))
    assert "stance.doc.favor" in ids and shifted("1") == "!" and shifted("4") == "$"


def test_cli_bad_keys_file_is_one_line(tmp_path: Path, store: Store) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text("doc.acept: y\n")
    from annotate.cli.common import cli

    cli.add_command(tui_cmd)
    result = CliRunner().invoke(
        cli, ["tui", "--db", store.path, "--annotator", "a", "--keys", str(keys)])
    assert result.exit_code == 1
    assert "unknown binding id 'doc.acept'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_module_does_not_import_textual() -> None:
    code = ("import sys; import annotate.cli.tui; "
            "print('textual' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
