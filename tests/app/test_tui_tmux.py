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


def _session(tmp_path: Path, width: int, height: int, extra: str = "") -> tuple[str, Path]:
    db = tmp_path / "tmux.db"
    if not db.exists():
        store = Store(db)
        fill(store)
        store.close()
    session = f"annotate-{uuid.uuid4().hex[:8]}"
    tmux("new-session", "-d", "-s", session, "-x", str(width), "-y", str(height),
         f"unset COLUMNS LINES; ANNOTATE_KEYS= XDG_CONFIG_HOME={tmp_path} {extra}"
         f"{command(db)}; sleep 5")
    return session, db


def test_bursts_reach_pickers_and_the_small_screen_keeps_its_keys(tmp_path: Path) -> None:
    """At 80×24: `l c` typed as one burst relabels (the picker gets the c), ↓ in new-span
    mode moves the caret (not the view), and the footer still shows undo and done."""
    session, db = _session(tmp_path, 80, 24)
    screen = lambda: tmux("capture-pane", "-p", "-t", session)  # noqa: E731
    try:
        assert wait_for(lambda: "progress 0/3" in screen()), screen()
        tmux("send-keys", "-t", session, "Enter")
        assert wait_for(lambda: "open suggestions" in screen()), screen()
        last = screen().splitlines()[-1]
        assert "Undo" in last and "Done" in last, last
        tmux("send-keys", "-t", session, "lc")  # one write: both keys in one burst
        assert wait_for(lambda: "accepted (edited)" in screen() or "CUE" in screen()), screen()
        tmux("send-keys", "-t", session, "n")
        assert wait_for(lambda: "NEW MODE" in screen()), screen()
        top = screen().splitlines()[2]
        tmux("send-keys", "-t", session, "Down", "Down")
        time.sleep(0.5)
        assert screen().splitlines()[2] == top  # the article did not scroll
        tmux("send-keys", "-t", session, "Escape")
        assert wait_for(lambda: "NEW MODE" not in screen()), screen()
        tmux("send-keys", "-t", session, "q")
        assert wait_for(lambda: "progress 0/3" in screen()), screen()
        tmux("send-keys", "-t", session, "q")
        assert wait_for(lambda: "progress" not in screen()), screen()
    finally:
        tmux("kill-session", "-t", session)
    store = Store(db)
    try:
        assert store.scalar("SELECT label FROM spans") == "CUE"
    finally:
        store.close()


def test_a_colliding_remap_stops_the_app_with_both_ids(tmp_path: Path) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text("doc.accept: x\n")
    session, _ = _session(tmp_path, 120, 30, extra=f"ANNOTATE_KEYS={keys} ")
    screen = lambda: tmux("capture-pane", "-p", "-t", session)  # noqa: E731
    try:
        assert wait_for(lambda: "doc.reject" in screen()), screen()
        assert "doc.accept" in screen() and "progress" not in screen()
    finally:
        tmux("kill-session", "-t", session)


def test_the_app_ends_when_its_terminal_hangs_up_under_another_program(tmp_path: Path
                                                                       ) -> None:
    """Under `make run` a closed pane sends the app no SIGHUP; reading the hung-up terminal then returns nothing at once, and the app used to
    stay behind, spinning a core. It ends within a few seconds now."""
    db = tmp_path / "hup.db"
    store = Store(db)
    fill(store)
    store.close()
    session = f"annotate-hup-{uuid.uuid4().hex[:8]}"
    makefile = tmp_path / "Makefile"  # started as `make run` starts it
    makefile.write_text(f"run:\n\t{command(db)}\n")
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30",
         f"unset COLUMNS LINES; ANNOTATE_KEYS= XDG_CONFIG_HOME={tmp_path} "
         f"make -s -f {makefile} run")
    try:
        def pid() -> str:
            return subprocess.run(["pgrep", "-f", "--", f"--db {db}"], capture_output=True,
                                  text=True, check=False).stdout.strip()
        assert wait_for(lambda: bool(pid()) and "progress" in tmux(
            "capture-pane", "-p", "-t", session)), "the app did not start"
        tmux("kill-session", "-t", session)
        assert wait_for(lambda: not pid(), timeout=15.0), "the app outlived its terminal"
    finally:
        tmux("kill-session", "-t", session)
        subprocess.run(["pkill", "-f", "--", f"--db {db}"], check=False)
