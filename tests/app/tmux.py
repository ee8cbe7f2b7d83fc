"""Driving `annotate tui` in a real terminal (tmux) and waiting on the database, not the screen.

What is on disk is what matters to these tests, so they wait for database states; the screen
is captured only to explain a failure.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
CLI = Path(sys.executable).with_name("annotate")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def wait_for(check: Callable[[], Any], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


class Pane:
    """One `annotate tui` in its own tmux session."""

    def __init__(self, session: str) -> None:
        self.session = session

    def keys(self, *keys: str, pause: float = 0.25) -> None:
        for key in keys:
            tmux("send-keys", "-t", self.session, key)
            time.sleep(pause)

    def screen(self) -> str:
        return tmux("capture-pane", "-p", "-t", self.session)

    def alive(self) -> bool:
        return self.session in tmux("list-sessions", "-F", "#{session_name}")


@contextmanager
def app(db: Path, annotator: str, home: Path, size: tuple[int, int] = (140, 40)
        ) -> Iterator[Pane]:
    """The app on `db` as `annotator`; the session is killed afterwards whatever happens."""
    session = f"annotate-{uuid.uuid4().hex[:8]}"
    tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]),
         f"unset COLUMNS LINES; ANNOTATE_KEYS= XDG_CONFIG_HOME={home} "
         f"exec {CLI} tui --db {db} --annotator {annotator}")
    pane = Pane(session)
    try:
        yield pane
    finally:
        tmux("kill-session", "-t", session)
