"""Small YAML files users write (the schema, the keys file), read safely and boundedly.

Both are a page of hand-written YAML; what is not (a duplicate key, a Python tag, `[`
nested a hundred thousand deep, `/dev/zero`) is refused with one line naming the file, the
line and the problem, raised as the caller's own error class so each command reports it
as its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_DEPTH = 20  # nesting deeper than this is nobody's hand-written file


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys instead of keeping the last one."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            )
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def parse_yaml(text: str, origin: str, error: type[Exception], what: str) -> Any:
    """Parse YAML safely; errors become one `error` line with the origin and line number.
    `what` names the file's kind in the messages ("a schema", "a keys file")."""
    try:
        loader = _UniqueKeyLoader(text)  # a SafeLoader: no Python tags, no duplicate keys
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise error(f"{origin}:{line}: character U+{char:04X} is not allowed in YAML") \
            from None
    try:
        data = loader.get_single_data()
    except RecursionError:
        raise error(f"{origin}: nested too deeply to be {what}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise error(f"{origin}{where}: {problem}") from None
    except yaml.YAMLError as exc:
        raise error(f"{origin}: invalid YAML ({exc})") from None
    finally:
        loader.dispose()
    if depth(data) > MAX_DEPTH:
        raise error(f"{origin}: nested more than {MAX_DEPTH} levels deep; not {what}")
    return data


def depth(value: Any, level: int = 0) -> int:
    """How deeply lists and mappings nest (stops counting past MAX_DEPTH)."""
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((depth(v, level + 1) for v in value), default=level + 1)
    return level


def read_text(path: Path, limit: int, error: type[Exception], what: str) -> str:
    """The file's UTF-8 text, reading at most `limit` bytes (`/dev/zero` must not be read
    for ever); a missing, unreadable, oversized or non-UTF-8 file is one `error` line."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise error(f"{path}: larger than {limit:,} bytes; not {what}")
        return data.decode("utf-8")
    except FileNotFoundError:
        raise error(f"{path}: no such {what.removeprefix('a ')}") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 (byte offset {exc.start})") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not {what}") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from None
