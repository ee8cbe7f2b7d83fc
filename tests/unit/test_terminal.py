"""Whether the app's terminal is still there (`annotate.tui.terminal`), on a real pty."""

from __future__ import annotations

import os
import pty

from annotate.tui.terminal import alive


def test_a_hung_up_terminal_is_seen_gone() -> None:
    master, slave = pty.openpty()
    try:
        assert alive(slave)
        os.close(master)  # the pane closes, the SSH link drops
        assert not alive(slave)
    finally:
        os.close(slave)
