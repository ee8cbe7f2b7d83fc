"""The app in a real terminal: tmux runs `annotate tui`, we type, read the screen and the db."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from annotate.store import Store
from tests.app.helpers import fill

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def command(db: Path) -> str:
    """`annotate tui` when the CLI has it registered, else the same command via -m."""
    from annotate.cli import cli

    script = Path(sys.executable).with_name("annotate")
    if "tui" in cli.commands and script.exists():
        return f"{script} tui --db {db} --annotator tmuxer"
    return f"{sys.executable} -m annotate.tui --db {db} --annotator tmuxer"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def wait_for(check: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_annotate_in_tmux(tmp_path: Path) -> None:
    db = tmp_path / "tmux.db"
    store = Store(db)
    fill(store)
    store.close()
    session = f"annotate-{uuid.uuid4().hex[:8]}"
    # One shell command; COLUMNS from pytest would fix the width, a user keys file the keys.
    tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "40",
         f"unset COLUMNS LINES; ANNOTATE_KEYS= XDG_CONFIG_HOME={tmp_path} {command(db)}")
    screen = lambda: tmux("capture-pane", "-p", "-t", session)  # noqa: E731
    try:
        assert wait_for(lambda: "progress 0/3 done" in screen()), screen()
        tmux("send-keys", "-t", session, "Enter")
        assert wait_for(lambda: "11 open suggestions" in screen()), screen()
        assert "suggestion (open)" in screen()
        tmux("send-keys", "-t", session, "a")
        assert wait_for(lambda: "10 open suggestions" in screen()), screen()
        tmux("send-keys", "-t", session, "q")
        assert wait_for(lambda: "progress 0/3 done" in screen()), screen()
        tmux("send-keys", "-t", session, "q")
        assert wait_for(lambda: session not in tmux("list-sessions")), screen()
    finally:
        tmux("kill-session", "-t", session)
    store = Store(db)
    try:
        rows = store.all("SELECT s.label, s.text, a.name FROM spans s "
                         "JOIN annotators a ON a.id = s.annotator_id")
        assert [tuple(r) for r in rows] == [("DATE", "November 30", "tmuxer")]
    finally:
        store.close()
