"""User key remapping: a YAML mapping of binding id -> keys, applied with App.set_keymap.

Looked up at `--keys`, else `$ANNOTATE_KEYS`, else `~/.config/annotate/keys.yaml`
(`$XDG_CONFIG_HOME` respected). A bad file stops the app before it starts with one line
naming the file and the problem, since a silently ignored remap is worse than none.

    doc.accept: y            # one key
    doc.next: [tab, down]    # several keys
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from annotate import yamlfile
from annotate.errors import AnnotateError

MAX_KEYS_BYTES = 100_000  # a keys file is a few dozen lines; /dev/zero is not one


class KeymapError(AnnotateError):
    """The keys file cannot be used."""


def default_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "annotate" / "keys.yaml"


def find_keys_file(explicit: Path | None = None) -> Path | None:
    """The keys file to read, or None when the user has none (defaults apply)."""
    if explicit is not None:
        return explicit
    env = os.environ.get("ANNOTATE_KEYS")
    if env:
        return Path(env)
    path = default_path()
    return path if path.is_file() else None


def parse_keymap(text: str, origin: str, known: Iterable[str]) -> dict[str, str]:
    known_ids = set(known)
    data = yamlfile.parse_yaml(text, origin, KeymapError, "a keys file")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KeymapError(f"{origin}: expected a mapping of binding id to keys")
    keymap: dict[str, str] = {}
    for binding_id, keys in data.items():
        if binding_id not in known_ids:
            raise KeymapError(
                f"{origin}: unknown binding id {binding_id!r} (known: "
                f"{', '.join(sorted(known_ids))})"
            )
        if isinstance(keys, str | int) and not isinstance(keys, bool):
            keys = [str(keys)]
        if not isinstance(keys, list) or not keys or not all(
            isinstance(k, str | int) and not isinstance(k, bool) and str(k).strip()
            for k in keys
        ):
            raise KeymapError(f"{origin}: {binding_id}: expected a key or a list of keys")
        if any("," in str(k) and str(k) != "," for k in keys):
            raise KeymapError(f"{origin}: {binding_id}: give several keys as a YAML list")
        keymap[str(binding_id)] = ",".join(str(k).strip() for k in keys)
    return keymap


def load_keymap(path: Path | None, known: Iterable[str]) -> dict[str, str]:
    """Read and check a keys file; None gives the defaults (an empty keymap)."""
    if path is None:
        return {}
    text = yamlfile.read_text(path, MAX_KEYS_BYTES, KeymapError, "a keys file")
    return parse_keymap(text, str(path), known)


def check_collisions(keymap: dict[str, str],
                     contexts: Iterable[tuple[str, Iterable[tuple[str, str]]]],
                     origin: str) -> None:
    """Refuse a keymap under which two bindings live at the same time share a key.

    `contexts` lists, per screen or mode, (binding id, default keys) of the bindings that
    are active together. A remap onto a key another binding already uses there would make
    that other action unreachable, so it stops the app with both ids named.
    """
    for name, bindings in contexts:
        seen: dict[str, str] = {}
        for binding_id, default in bindings:
            for key in (k.strip() for k in keymap.get(binding_id, default).split(",")):
                other = seen.get(key)
                if other is not None and other != binding_id:
                    raise KeymapError(
                        f"{origin}: {other} and {binding_id} would both use {key!r} "
                        f"({name}); give one of them another key")
                seen[key] = binding_id
