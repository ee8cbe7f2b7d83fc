"""Word wrapping that keeps character offsets, so a span maps to exact screen lines.

The article view needs to know on which line an offset lands (to scroll the current span
into view and to map a mouse click back to the text), which Rich's wrapping does not tell.
"""

from __future__ import annotations

import bisect


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of each screen line; `end` excludes the newline or break space."""
    width = max(width, 8)
    lines: list[tuple[int, int]] = []
    pos = 0
    length = len(text)
    while pos <= length:
        newline = text.find("\n", pos)
        stop = length if newline < 0 else newline
        while stop - pos > width:
            brk = text.rfind(" ", pos, pos + width + 1)
            if brk <= pos:
                lines.append((pos, pos + width))
                pos += width
            else:
                lines.append((pos, brk))
                pos = brk + 1
        lines.append((pos, stop))
        if newline < 0:
            break
        pos = newline + 1
    return lines


def line_of(starts: list[int], offset: int) -> int:
    """Index of the line holding `offset`, given the lines' start offsets."""
    return max(0, bisect.bisect_right(starts, offset) - 1)
