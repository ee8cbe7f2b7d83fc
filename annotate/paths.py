"""Where commands may write: output paths that stay where the user pointed them.

Exports and backups replace files (`--force`), so a path that climbs out through `..` or runs
through a symbolic link could make them delete or overwrite something elsewhere. Such paths
are refused with one line, as are names the file system would refuse anyway.
"""

from __future__ import annotations

from pathlib import Path

from annotate.errors import AnnotateError

MAX_NAME_BYTES = 255 - 16  # the file system's limit, less room for our temporary suffixes


def check_output_path(raw: Path) -> Path:
    """`raw` if it is a safe place to write, else an AnnotateError naming the problem."""
    if ".." in raw.parts:
        raise AnnotateError(f"{raw}: leads out of its folder through '..'; name the path "
                            "without it")
    if len(raw.name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        raise AnnotateError(f"{str(raw)[:60]}...: the file name is longer than "
                            f"{MAX_NAME_BYTES} bytes")
    current = Path(raw.anchor) if raw.is_absolute() else Path()
    for part in raw.parts[1:] if raw.is_absolute() else raw.parts:
        current = current / part
        if current.is_symlink():
            raise AnnotateError(f"{raw}: {current} is a symbolic link; name the real path")
    return raw
