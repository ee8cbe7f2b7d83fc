"""An ML engineer's check: train spaCy on an export and find a quote in a fresh sentence."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli

NAMES = ["Scholz", "Macron", "Kuleba", "Stoltenberg", "Rutte", "Sanchez"]
VERBS = ["said", "added", "stressed", "noted"]
WORDS = ["allies", "support", "energy", "the budget", "talks", "weapons", "aid", "winter",
         "prices", "the summit", "training", "borders"]


def _record(rng: random.Random) -> dict:
    body = f"We will work on {rng.choice(WORDS)} and {rng.choice(WORDS)} this year"
    name = rng.choice(NAMES)
    text = f'The meeting ended late. "{body}," {name} {rng.choice(VERBS)}. Nothing else.'
    q0 = text.index(body)
    s0 = text.index(name, q0)
    return {"text": text, "annotator": "ml", "spans": [
        {"start": q0, "end": q0 + len(body), "label": "QUOTE"},
        {"start": s0, "end": s0 + len(name), "label": "SPEAKER"}],
        "relations": [{"label": "ATTRIBUTED_TO",
                       "head_span": {"start": q0, "end": q0 + len(body), "label": "QUOTE"},
                       "child_span": {"start": s0, "end": s0 + len(name), "label": "SPEAKER"}}]}


@pytest.mark.slow
def test_a_model_trained_on_the_export_finds_a_quote(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy
    from spacy.cli.train import train

    monkeypatch.chdir(tmp_path)
    rng = random.Random(4)
    Path("ml.jsonl").write_text("".join(json.dumps(_record(rng)) + "\n" for _ in range(60)))
    runner = CliRunner()
    for args in (["init"], ["import", "ml.jsonl"],
                 ["export", "--format", "spacy", "--source", "ml", "--out", "exports/ml"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
    train(Path("exports/ml/config.cfg"), output_path=Path("exports/ml/model"),
          overrides={"training.max_steps": 250, "training.eval_frequency": 125,
                     "training.patience": 0})
    nlp = spacy.load("exports/ml/model/model-best")
    doc = nlp('The meeting ended late. "We will work on ports and roads this year," '
              'Rutte said. Nothing else.')
    quotes = [s for s in doc.spans["sc"] if s.label_ == "QUOTE"]
    assert quotes, [(s.text, s.label_) for s in doc.spans["sc"]]
    assert any("ports and roads" in q.text for q in quotes)
