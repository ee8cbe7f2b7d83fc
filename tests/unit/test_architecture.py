"""The core never imports the UI (as in Harlequin): only annotate/tui/ may import textual."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "annotate"
def test_no_textual_import_outside_tui() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+textual\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "tui" not in path.relative_to(PACKAGE).parts and pattern.search(path.read_text())
    ]
    assert offenders == []


def core_modules() -> list[str]:
    """Every module of the package outside annotate/tui/."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        if "tui" in rel.parts or rel.name == "__main__":
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        names.append(".".join(parts))
    return names


def test_core_modules_import_without_textual() -> None:
    code = (
        "import sys, importlib\n"
        "sys.modules['textual'] = None  # any import of textual now fails\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_unsafe_yaml_load() -> None:
    for path in PACKAGE.rglob("*.py"):
        for line in path.read_text().splitlines():
            assert not re.search(r"yaml\.(unsafe_)?load(_all)?\(", line), f"{path}: {line}"


def test_store_does_not_load_spacy() -> None:
    """The app opens in well under a second only if the store never pulls in spaCy."""
    code = (
        "import sys\n"
        "import annotate.store.suggestions, annotate.store.annotations, annotate.importer\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
