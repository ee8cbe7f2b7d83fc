"""Crashes lose nothing: SIGKILL the app in the middle of a run of key presses.

The app runs in a real terminal (tmux). We type a burst of accepts and rejects, read what the
screen shows, kill the process with SIGKILL at once, and check that every action the screen
had shown is in the database and that the file is intact.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from annotate.store import Annotations, Store
from tests.app.helpers import fill

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
OPEN = re.compile(r"(\d+) open suggestions")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def wait_for(check, timeout: float = 15.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("burst", [3, 7, 12])
def test_sigkill_mid_burst_loses_nothing_shown(tmp_path: Path, burst: int) -> None:
    db = tmp_path / "crash.db"
    store = Store(db)
    fill(store)
    store.close()
    session = f"crash-{uuid.uuid4().hex[:8]}"
    script = Path(sys.executable).with_name("annotate")
    # exec, so the pane's process is the app itself and SIGKILL hits it, not a shell.
    tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "40",
         f"unset COLUMNS LINES; ANNOTATE_KEYS= XDG_CONFIG_HOME={tmp_path} "
         f"exec {script} tui --db {db} --annotator crasher")
    screen = lambda: tmux("capture-pane", "-p", "-t", session)  # noqa: E731
    try:
        assert wait_for(lambda: "progress 0/3 done" in screen()), screen()
        tmux("send-keys", "-t", session, "Enter")
        assert wait_for(lambda: OPEN.search(screen()) is not None), screen()
        start_open = int(OPEN.search(screen())[1])
        pid = int(tmux("list-panes", "-t", session, "-F", "#{pane_pid}").split()[0])
        keys = ["a", "x"] * burst
        for key in keys[:burst]:
            tmux("send-keys", "-t", session, key)
        # Let some, not necessarily all, of the burst reach the screen, then kill.
        assert wait_for(lambda: int(OPEN.search(screen())[1]) < start_open), screen()
        shown = screen()
        os.kill(pid, signal.SIGKILL)
    finally:
        tmux("kill-session", "-t", session)
    shown_open = int(OPEN.search(shown)[1])

    store = Store(db)
    try:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        me = Annotations(store, "crasher")
        doc = int(store.scalar("SELECT MIN(id) FROM documents"))
        open_in_db = len(me.open_suggestions(doc))
        decided = start_open - shown_open
        # Everything the screen showed is committed; the db may be ahead of the last frame.
        assert open_in_db <= shown_open
        assert store.scalar("SELECT COUNT(*) FROM decisions WHERE annotator_id = ?",
                            (me.annotator_id,)) >= decided
        # And the event log accounts for every decision, so undo after the crash is exact.
        logged = {
            change["after"]["suggestion_id"]
            for (changes,) in store.all("SELECT changes FROM events WHERE annotator_id = ?",
                                        (me.annotator_id,))
            for change in json.loads(changes)
            if change["table"] == "decisions" and change["after"]
        }
        assert logged == set(me.decisions(doc))
    finally:
        store.close()
