"""Prodigy's `_input_hash` / `_task_hash`, reproduced on tasks Prodigy itself hashed.

The vectors are published Prodigy annotations in explosion/projects (public, MIT):
tutorials/nel_emerson/assets/emerson_annotated_text.jsonl (Prodigy 1.10+: a model's span
per task, hashed before the options were added) and ner-drugs-reddit/drugs_eval.jsonl
(input hashes). Span keys Prodigy ignores (score, rank, source) are in them on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.formats.prodigy import input_hash, set_hashes, task_hash

EMERSON = [  # text, start, label, score, _input_hash, _task_hash
    ('Emerson anonymously published his first essay, "Nature", on September 9, 1836.', 0,
     "ORG", 1, 51486229, 218573374),
    ("Emerson was also a member of a record eight Davis Cup winning teams between 1959 and "
     "1967.", 0, "ORG", 1, -231625133, 2036713379),
    ("Emerson scored one goal during the tournament, in Brazil's 7\u20130 win in its opening "
     "group match against Venezuela.", 0, "ORG", 1, 1700080637, 245444839),
    ("Together with \"Nature\", these essays made the decade from the mid-1830s to the "
     "mid-1840s Emerson's most fertile period.", 89, "PERSON", 0.735300247, 2086402149,
     -1867773239),
]


@pytest.mark.parametrize(("text", "start", "label", "score", "want_input", "want_task"),
                         EMERSON)
def test_published_hash_pairs(text: str, start: int, label: str, score: float,
                              want_input: int, want_task: int) -> None:
    task = {"text": text, "meta": {"score": score}, "spans": [
        {"start": start, "end": start + 7, "text": "Emerson", "rank": 0, "label": label,
         "score": score, "source": "en_core_web_lg", "input_hash": want_input}]}
    assert input_hash(task) == want_input
    assert task_hash(task) == want_task
    hashed = set_hashes(dict(task, answer="accept", _view_id="choice", _session_id=None))
    assert (hashed["_input_hash"], hashed["_task_hash"]) == (want_input, want_task)


@pytest.mark.parametrize(("text", "want"), [
    ("How man? Lol I'm so jealous", -1487871224),
    ("> allman bros Yes, kind of a Southern Rock vibe there IMO. I like it.", 1648784803),
])
def test_published_input_hashes(text: str, want: int) -> None:
    assert input_hash({"text": text, "meta": {"section": "opiates"}, "tokens": []}) == want


def test_our_export_hashes_like_prodigy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exported task's hashes are those of its own keys (bookkeeping keys aside)."""
    from click.testing import CliRunner

    from annotate.cli import cli

    monkeypatch.chdir(tmp_path)
    text = "Stoltenberg said that NATO is ready."
    (tmp_path / "a.jsonl").write_text(json.dumps({
        "text": text, "annotator": "alice", "stance": "favor",
        "spans": [{"start": 22, "end": 35, "label": "QUOTE"}]}) + "\n")
    runner = CliRunner()
    for args in (["init"], ["import", "a.jsonl"],
                 ["export", "--format", "jsonl", "--source", "alice", "--out", "p.jsonl"]):
        assert runner.invoke(cli, args).exit_code == 0
    task = json.loads((tmp_path / "p.jsonl").read_text())
    assert task["_input_hash"] == input_hash({"text": text})
    assert task["_task_hash"] == task_hash({"spans": task["spans"],
                                            "options": task["options"]}, task["_input_hash"])
    assert task["_task_hash"] != task_hash({"spans": task["spans"]}, task["_input_hash"])
