"""The annotation schema: labels, relations, stance, cue phrases and guidelines.

A schema is YAML written by annotation leads, so every mistake must come back as one line
naming the file, the key path and the problem (`schemas/x.yaml: labels[2].key: 'q' is already
the key of QUOTE`). Loading uses a `SafeLoader` subclass that also rejects duplicate keys,
which plain `yaml.safe_load` silently drops.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from annotate import yamlfile
from annotate.errors import SchemaError

DEFAULT_SCHEMA_NAME = "news-quotes.yaml"
_HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_STANCE_NAME = re.compile(r"^[A-Za-z0-9_-]+$")
# Keys the document screen binds globally; a label key may reuse them because labels are only
# read after `n` or `l`, but stance keys are global and must not collide with these.
RESERVED_KEYS = frozenset("ajkxelnsudq[]/? ")
# What the code relies on, by role rather than by label name: a schema may call its labels
# anything, and says which label plays which role. `cue` is the only optional role.
LABEL_ROLES = ("quote", "speaker", "date", "cue")
REQUIRED_LABEL_ROLES = ("quote", "speaker", "date")
RELATION_ROLES = ("attribution",)
# A schema written before roles existed: labels with these names play these roles.
_ROLE_BY_NAME = {"QUOTE": "quote", "SPEAKER": "speaker", "DATE": "date", "CUE": "cue",
                 "ATTRIBUTED_TO": "attribution"}
MAX_SCHEMA_BYTES = 1_000_000  # a schema is a page of YAML; /dev/zero is not


@dataclass(frozen=True)
class Label:
    name: str
    key: str
    color: str
    description: str
    optional: bool = False
    role: str | None = None


@dataclass(frozen=True)
class RelationType:
    name: str
    head: str
    child: str
    description: str = ""
    role: str | None = None


@dataclass(frozen=True)
class StanceValue:
    name: str
    key: str
    description: str = ""


@dataclass(frozen=True)
class Stance:
    target: str
    scopes: tuple[str, ...]
    values: tuple[StanceValue, ...]

    @property
    def names(self) -> list[str]:
        return [v.name for v in self.values]


@dataclass(frozen=True)
class Schema:
    """A validated schema; `source` keeps the YAML text so it can be stored verbatim."""

    name: str
    version: int
    labels: tuple[Label, ...]
    relations: tuple[RelationType, ...]
    stance: Stance
    cues: Mapping[str, Any] = field(default_factory=dict)
    guidelines: str = ""
    source: str = ""

    @property
    def label_names(self) -> list[str]:
        return [label.name for label in self.labels]

    def label(self, name: str) -> Label:
        for label in self.labels:
            if label.name == name:
                return label
        raise KeyError(name)

    def label_for_key(self, key: str) -> Label | None:
        return next((label for label in self.labels if label.key == key), None)

    def relation(self, name: str) -> RelationType:
        for rel in self.relations:
            if rel.name == name:
                return rel
        raise KeyError(name)

    def stance_for_key(self, key: str) -> StanceValue | None:
        return next((v for v in self.stance.values if v.key == key), None)

    # -- roles: what the code relies on, whatever the labels are called -----------------------

    def role_label(self, role: str) -> str | None:
        """The name of the label playing `role` (quote, speaker, date, cue), if any."""
        return next((label.name for label in self.labels if label.role == role), None)

    def label_role(self, name: str) -> str | None:
        """The role of label `name`, if it has one."""
        return next((label.role for label in self.labels if label.name == name), None)

    @property
    def quote_label(self) -> str:
        return self._required("quote")

    @property
    def speaker_label(self) -> str:
        return self._required("speaker")

    @property
    def date_label(self) -> str:
        return self._required("date")

    @property
    def cue_label(self) -> str | None:
        return self.role_label("cue")

    @property
    def attribution(self) -> str:
        """The relation linking a quote to its speaker."""
        rel = next((r.name for r in self.relations if r.role == "attribution"), None)
        assert rel is not None, "validate() refuses a schema without an attribution relation"
        return rel

    def _required(self, role: str) -> str:
        name = self.role_label(role)
        assert name is not None, f"validate() refuses a schema without a {role} label"
        return name


def parse_yaml(text: str, origin: str) -> Any:
    """Parse schema YAML safely; errors become one `SchemaError` line with the origin."""
    return yamlfile.parse_yaml(text, origin, SchemaError, "a schema")


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class _Checker:
    """Walks the parsed YAML and raises at the first problem with its key path."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, path: str, problem: str) -> SchemaError:
        """One line, whatever the file holds: control characters are shown escaped."""
        return SchemaError(_printable(f"{self.origin}: {path}: {problem}"))

    def mapping(self, value: Any, path: str, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping, got {type(value).__name__}")
        for key in value:
            if key not in allowed:
                raise self.fail(f"{path}.{key}" if path else str(key), "unknown key")
        for key in sorted(required):
            if key not in value:
                raise self.fail(path or "(top)", f"missing required key '{key}'")
        return value

    def string(self, value: Any, path: str, *, empty: bool = False) -> str:
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(path, "expected a non-empty string")
        return value

    def key(self, value: Any, path: str) -> str:
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9:
            value = str(value)
        if not isinstance(value, str) or len(value) != 1 or not value.isprintable():
            raise self.fail(path, f"{value!r} is not a single printable character")
        return value

    def sequence(self, value: Any, path: str) -> list:
        if not isinstance(value, list) or not value:
            raise self.fail(path, "expected a non-empty list")
        return value


def cue_verbs(cues: Mapping[str, Any]) -> tuple[str, ...]:
    """The verbs the annotator's own tools take for cues (new-span mode's `]` and `c`, the
    speaker picker's mentions): the speech verbs the suggesters read and the schema's
    `marking_verbs`, which suggest nothing of their own ("called on X to ...") but whose
    content an annotator may still mark."""
    return (*(cues.get("speech_verbs") or ()), *(cues.get("marking_verbs") or ()))


def _check_cues(check: _Checker, cues: Any) -> dict[str, Any]:
    if cues is None:
        return {}
    if not isinstance(cues, dict):
        raise check.fail("cues", "expected a mapping of cue lists")
    for name, value in cues.items():
        if isinstance(value, dict):
            for sub, items in value.items():
                _check_phrases(check, items, f"cues.{name}.{sub}")
        else:
            _check_phrases(check, value, f"cues.{name}")
    return cues


def _check_phrases(check: _Checker, items: Any, path: str) -> None:
    if not isinstance(items, list):
        raise check.fail(path, "expected a list of phrases")
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise check.fail(f"{path}[{i}]", "expected a non-empty phrase")


def validate(data: Any, origin: str, source: str = "") -> Schema:
    """Turn parsed YAML into a `Schema`, raising `SchemaError` at the first problem."""
    check = _Checker(origin)
    top = check.mapping(
        data,
        "",
        {"name", "version", "labels", "relations", "stance", "cues", "guidelines"},
        {"name", "labels", "stance"},
    )
    name = check.string(top["name"], "name")
    version = top.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise check.fail("version", "expected a positive integer")

    labels: list[Label] = []
    keys: dict[str, str] = {}
    for i, raw in enumerate(check.sequence(top["labels"], "labels")):
        path = f"labels[{i}]"
        item = check.mapping(
            raw, path, {"name", "key", "color", "description", "optional", "role"},
            {"name", "key"},
        )
        lname = check.string(item["name"], f"{path}.name")
        if not _NAME.match(lname):
            raise check.fail(f"{path}.name", f"{lname!r} must be UPPER_CASE")
        if lname in {label.name for label in labels}:
            raise check.fail(f"{path}.name", f"label {lname!r} is defined twice")
        key = check.key(item["key"], f"{path}.key")
        if key in keys:
            raise check.fail(f"{path}.key", f"{key!r} is already the key of {keys[key]}")
        keys[key] = lname
        color = item.get("color", "#aaaaaa")
        if not isinstance(color, str) or not _HEX_COLOUR.match(color):
            raise check.fail(f"{path}.color", f"{color!r} is not a colour like '#ffaf00'")
        optional = item.get("optional", False)
        if not isinstance(optional, bool):
            raise check.fail(f"{path}.optional", "expected true or false")
        description = check.string(item.get("description", ""), f"{path}.description", empty=True)
        role = _role(check, item, path, lname, LABEL_ROLES, {label.role: label.name
                                                             for label in labels if label.role})
        labels.append(Label(lname, key, color, description.strip(), optional, role))

    names = {label.name for label in labels}
    relations: list[RelationType] = []
    for i, raw in enumerate(top.get("relations") or []):
        path = f"relations[{i}]"
        item = check.mapping(
            raw, path, {"name", "from", "to", "description", "role"}, {"name", "from", "to"}
        )
        rname = check.string(item["name"], f"{path}.name")
        if rname in {r.name for r in relations}:
            raise check.fail(f"{path}.name", f"relation {rname!r} is defined twice")
        for end in ("from", "to"):
            if not isinstance(item[end], str) or item[end] not in names:
                raise check.fail(f"{path}.{end}", f"{item[end]!r} is not a label of this schema")
        desc = check.string(item.get("description", ""), f"{path}.description", empty=True)
        role = _role(check, item, path, rname, RELATION_ROLES,
                     {r.role: r.name for r in relations if r.role})
        relations.append(RelationType(rname, item["from"], item["to"], desc, role))
    _check_roles(check, labels, relations)

    stance = _validate_stance(check, top["stance"])
    cues = _check_cues(check, top.get("cues"))
    guidelines = check.string(top.get("guidelines", ""), "guidelines", empty=True)
    return Schema(name, version, tuple(labels), tuple(relations), stance, cues, guidelines, source)


def _role(
    check: _Checker, item: dict[str, Any], path: str, name: str, roles: tuple[str, ...],
    taken: dict[str | None, str],
) -> str | None:
    """The declared role, else the one the name implies (schemas written before roles)."""
    if "role" in item:
        role = item["role"]
        if not isinstance(role, str) or role not in roles:
            raise check.fail(f"{path}.role", f"{role!r} is not one of {', '.join(roles)}")
    else:
        role = _ROLE_BY_NAME.get(name)
        if role not in roles or role in taken:
            return None
    if role in taken:
        raise check.fail(f"{path}.role", f"role {role!r} is already played by {taken[role]}")
    return role


def _check_roles(check: _Checker, labels: list[Label], relations: list[RelationType]) -> None:
    """Refuse a schema lacking a role the tool relies on, rather than losing the feature."""
    by_role = {label.role: label for label in labels if label.role}
    for role in REQUIRED_LABEL_ROLES:
        if role not in by_role:
            raise check.fail("labels", f"no label has role '{role}' (add `role: {role}` "
                                       "to the label that marks it)")
    attribution = next((r for r in relations if r.role == "attribution"), None)
    if attribution is None:
        raise check.fail("relations", "no relation has role 'attribution' (the link from a "
                                      "quote to its speaker)")
    if (attribution.head, attribution.child) != (by_role["quote"].name,
                                                 by_role["speaker"].name):
        raise check.fail("relations", f"the attribution relation {attribution.name} must go "
                                      f"from {by_role['quote'].name} to "
                                      f"{by_role['speaker'].name}")


def _validate_stance(check: _Checker, raw: Any) -> Stance:
    item = check.mapping(raw, "stance", {"target", "scopes", "values"}, {"target", "values"})
    target = check.string(item["target"], "stance.target")
    scopes = item.get("scopes", ["quote", "document"])
    if not isinstance(scopes, list) or not scopes or not all(
            isinstance(x, str) and x in ("quote", "document") for x in scopes):
        raise check.fail("stance.scopes", "expected a list of 'quote' and/or 'document'")
    values: list[StanceValue] = []
    keys: dict[str, str] = {}
    for i, raw_value in enumerate(check.sequence(item["values"], "stance.values")):
        path = f"stance.values[{i}]"
        value = check.mapping(raw_value, path, {"name", "key", "description"}, {"name", "key"})
        vname = value["name"]
        if isinstance(vname, int) and not isinstance(vname, bool):
            vname = str(vname)
        vname = check.string(vname, f"{path}.name")
        if not _STANCE_NAME.match(vname):
            raise check.fail(f"{path}.name", f"{vname!r} may hold only letters, digits, - and _")
        if vname in {v.name for v in values}:
            raise check.fail(f"{path}.name", f"stance value {vname!r} is defined twice")
        key = check.key(value["key"], f"{path}.key")
        if key in keys:
            raise check.fail(f"{path}.key", f"{key!r} is already the key of {keys[key]}")
        if key in RESERVED_KEYS:
            raise check.fail(f"{path}.key", f"{key!r} is reserved for an app command")
        keys[key] = vname
        desc = check.string(value.get("description", ""), f"{path}.description", empty=True)
        values.append(StanceValue(vname, key, desc))
    return Stance(target, tuple(scopes), tuple(values))


def loads(text: str, origin: str = "<schema>") -> Schema:
    """Parse and validate schema YAML text."""
    return validate(parse_yaml(text, origin), origin, text)


def load(path: str | Path) -> Schema:
    """Load a schema file; a missing or unreadable file is a `SchemaError` too."""
    path = Path(path)
    # bounded: `--schema /dev/zero` must not read for ever
    text = yamlfile.read_text(path, MAX_SCHEMA_BYTES, SchemaError, "a schema file")
    return loads(text, str(path))


def default_schema() -> Schema:
    """The schema shipped inside the package, so `annotate` works from any folder."""
    text = resources.files("annotate").joinpath("data", DEFAULT_SCHEMA_NAME).read_text("utf-8")
    return loads(text, f"<package>/{DEFAULT_SCHEMA_NAME}")
