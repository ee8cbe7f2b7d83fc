"""Whether the terminal the app draws on is still there.

When an SSH connection drops or a tmux pane is closed, the terminal hangs up. An app started
straight from the shell gets SIGHUP and ends; one started under `make run` does not, and
then reading its hung-up terminal returns nothing at once, forever:
Textual's input thread reads again at once, and the orphan spins a core on a shared server.
So the app asks now and then (`AnnotateApp.start`) and ends when its terminal is gone. Every
keystroke is committed already: there is nothing to save.
"""

from __future__ import annotations

import os
import termios


def terminal_fd() -> int | None:
    """The descriptor of the app's terminal (stdin), or None when stdin is no terminal
    (tests, a pipe): then there is nothing to watch."""
    return 0 if os.isatty(0) else None


def alive(fd: int) -> bool:
    """The terminal at `fd` still answers: a hung-up one fails with EIO (or is closed)."""
    try:
        termios.tcgetattr(fd)
    except (termios.error, OSError):
        return False
    return True
