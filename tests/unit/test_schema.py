"""The schema loads, validates, and explains every mistake in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.errors import SchemaError
from annotate.schema import default_schema, load, loads

ROOT = Path(__file__).resolve().parents[2]


def test_default_schema_is_complete() -> None:
    schema = default_schema()
    assert schema.label_names == ["SPEAKER", "QUOTE", "DATE", "CUE"]
    assert schema.label("CUE").optional
    rel = schema.relation("ATTRIBUTED_TO")
    assert (rel.head, rel.child) == ("QUOTE", "SPEAKER")
    assert schema.stance.target == "Ukraine's membership in NATO"
    assert schema.stance.names == ["favor", "against", "neutral", "unclear"]
    assert [v.key for v in schema.stance.values] == ["1", "2", "3", "4"]
    assert "say" in schema.cues["speech_verbs"]
    assert "# Guidelines" in schema.guidelines


def test_packaged_schema_is_the_one_in_schemas_folder() -> None:
    assert load(ROOT / "schemas" / "news-quotes.yaml") == default_schema()
    text = (ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8")
    assert default_schema().source == text


def _with(change: str, path: str = "schemas/x.yaml") -> str:
    base = yaml.safe_load((ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8"))
    exec(change, {"s": base})
    with pytest.raises(SchemaError) as err:
        loads(yaml.safe_dump(base), path)
    return str(err.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("s['labels'][2]['key'] = 'q'", "schemas/x.yaml: labels[2].key: 'q' is already the key of QUOTE"),
        ("s['labels'][0]['color'] = 'blue-ish'", "labels[0].color: 'blue-ish' is not a colour"),
        ("s['labels'][1]['name'] = 'quote'", "labels[1].name: 'quote' must be UPPER_CASE"),
        ("s['labels'][1]['name'] = 'SPEAKER'", "labels[1].name: label 'SPEAKER' is defined twice"),
        ("s['labels'][0]['shortcut'] = 'x'", "labels[0].shortcut: unknown key"),
        ("s['relations'][0]['to'] = 'PERSON'", "relations[0].to: 'PERSON' is not a label"),
        ("s['stance']['values'][1]['key'] = '1'", "stance.values[1].key: '1' is already the key of favor"),
        ("s['stance']['values'][0]['key'] = 'a'", "stance.values[0].key: 'a' is reserved"),
        ("del s['stance']", "(top): missing required key 'stance'"),
        ("s['labels'] = []", "labels: expected a non-empty list"),
        ("s['cues']['speech_verbs'] = 'say'", "cues.speech_verbs: expected a list of phrases"),
        ("s['colour'] = 1", "colour: unknown key"),
        ("s['labels'][0]['key'] = 'ab'", "labels[0].key: 'ab' is not a single printable"),
    ],
)
def test_broken_schema_names_key_path_and_problem(change: str, expected: str) -> None:
    message = _with(change)
    assert expected in message
    assert "\n" not in message


def test_duplicate_yaml_keys_are_refused() -> None:
    with pytest.raises(SchemaError, match=r"x.yaml:3: duplicate key 'name'"):
        loads("name: a\nlabels: []\nname: b\n", "x.yaml")


def test_python_tags_are_refused() -> None:
    with pytest.raises(SchemaError, match="x.yaml:1"):
        loads("name: !!python/object/apply:os.system ['true']\n", "x.yaml")


def test_invalid_yaml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match=r"x.yaml:2"):
        loads("name: a\n  labels: [\n", "x.yaml")
    with pytest.raises(SchemaError, match="no such schema file"):
        load(tmp_path / "none.yaml")
    (tmp_path / "bin.yaml").write_bytes(b"name: \xff\n")
    with pytest.raises(SchemaError, match="not UTF-8"):
        load(tmp_path / "bin.yaml")


def test_control_characters_are_one_line() -> None:
    with pytest.raises(SchemaError) as err:
        loads("name: a\x00b\n", "x.yaml")
    assert str(err.value).startswith("x.yaml") and "\n" not in str(err.value)


# -- roles: the code relies on roles, not on label names -------------------------------------


def test_default_schema_names_its_roles() -> None:
    schema = default_schema()
    assert (schema.quote_label, schema.speaker_label, schema.date_label, schema.cue_label) == (
        "QUOTE", "SPEAKER", "DATE", "CUE")
    assert schema.attribution == "ATTRIBUTED_TO"
    assert schema.label_role("QUOTE") == "quote"


def test_renamed_labels_keep_their_roles() -> None:
    base = yaml.safe_load((ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8"))
    for label in base["labels"]:
        if label["name"] == "QUOTE":
            label["name"] = "CITATION"
    base["relations"][0]["from"] = "CITATION"
    schema = loads(yaml.safe_dump(base), "renamed.yaml")
    assert schema.quote_label == "CITATION"


def test_roles_are_inferred_from_names_in_old_schemas() -> None:
    base = yaml.safe_load((ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8"))
    for item in [*base["labels"], *base["relations"]]:
        item.pop("role")
    schema = loads(yaml.safe_dump(base), "old.yaml")
    assert schema.quote_label == "QUOTE" and schema.attribution == "ATTRIBUTED_TO"


def test_a_schema_lacking_a_role_is_refused() -> None:
    message = _with("s['labels'] = [x for x in s['labels'] if x['name'] != 'DATE']")
    assert message == ("schemas/x.yaml: labels: no label has role 'date' (add `role: date` to "
                       "the label that marks it)")
    message = _with("s['labels'][0]['role'] = 'quote'")
    assert "role 'quote' is already played by" in message or "already played" in message
    assert "is not one of" in _with("s['labels'][0]['role'] = 'narrator'")
    assert "no relation has role 'attribution'" in _with("s['relations'][0].pop('role')\n"
                                                         "s['relations'][0]['name'] = 'LINK'")


# -- hostile files: one line, bounded reads ---------------------------------------------------


@pytest.mark.parametrize("text,problem", [
    ("[" * 100_000, "nested"),
    ("a:\n" + "".join("  " * i + "- \n" for i in range(1, 60)), "nested"),
    ("{[1, 2]: 3}", "plain value"),
    ("name: x\nlabels: 5\nstance: 3\n", "expected a non-empty list"),
    ("name: x\nlabels: [{name: Q, key: q}]\nrelations: [{name: R, from: [1], to: Q}]\n"
     "stance: {target: t, values: [{name: a, key: '1'}]}", "is not a label"),
], ids=["deep-flow", "deep-block", "list-key", "wrong-types", "relation-end-list"])
def test_hostile_schemas_give_one_line(text: str, problem: str) -> None:
    with pytest.raises(SchemaError) as err:
        loads(text, "bad.yaml")
    assert problem in str(err.value)
    assert "\n" not in str(err.value)


def test_schema_reads_are_bounded(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="larger than"):
        load("/dev/zero")
    with pytest.raises(SchemaError, match="is a folder"):
        load(tmp_path)


_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                  st.text(max_size=8))
_tree = st.recursive(_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=25)


@settings(max_examples=150, deadline=None)
@given(st.one_of(
    _tree.map(lambda t: yaml.safe_dump(t)),
    st.dictionaries(st.sampled_from(["name", "version", "labels", "relations", "stance",
                                     "cues", "guidelines"]), _tree).map(yaml.safe_dump),
    st.text(max_size=200),
))
def test_any_schema_text_loads_or_gives_one_line(text: str) -> None:
    """Fuzz: whatever the file holds, the answer is a Schema or one SchemaError line."""
    try:
        loads(text, "fuzz.yaml")
    except SchemaError as err:
        assert str(err).startswith("fuzz.yaml") and "\n" not in str(err)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_valid_schema_with_one_field_broken_gives_one_line(data: st.DataObject) -> None:
    base = yaml.safe_load((ROOT / "schemas" / "news-quotes.yaml").read_text("utf-8"))
    path = data.draw(st.sampled_from([
        ("labels",), ("labels", 0), ("labels", 0, "key"), ("labels", 1, "role"),
        ("relations", 0, "from"), ("stance", "values"), ("stance", "values", 0, "name"),
        ("stance", "scopes"), ("cues", "speech_verbs"), ("cues", "stance", "favor"),
        ("version",), ("guidelines",)]))
    target = base
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = data.draw(_tree)
    try:
        loads(yaml.safe_dump(base), "broken.yaml")
    except SchemaError as err:
        assert "\n" not in str(err)
