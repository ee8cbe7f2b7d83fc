"""`annotate agree` end to end: JSONL import -> store -> report, against published values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli

SCHEMA = """\
name: five-point
labels:
  - {name: SPEAKER, key: p}
  - {name: QUOTE, key: q}
  - {name: DATE, key: t}
relations:
  - {name: ATTRIBUTED_TO, from: QUOTE, to: SPEAKER}
stance:
  target: "the thing"
  values:
    - {name: "1", key: "1"}
    - {name: "2", key: "2"}
    - {name: "3", key: "3"}
    - {name: "4", key: "4"}
    - {name: "5", key: "5"}
"""


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _agree(tmp_path: Path, records: list[dict], *extra: str) -> dict:
    db = str(tmp_path / "a.db")
    schema = tmp_path / "five.yaml"
    schema.write_text(SCHEMA)
    data = tmp_path / "ann.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records))
    _run("init", "--db", db, "--schema", str(schema))
    _run("import", "--db", db, str(data))
    return json.loads(_run("agree", "--db", db, "--json", *extra))


def _stance_records(table: dict[str, list[str | None]]) -> list[dict]:
    """annotator -> value per unit (None = no stance, but the document is still done)."""
    out = []
    for name, values in table.items():
        for unit, value in enumerate(values):
            record = {"text": f"Unit {unit} of the reliability data.", "annotator": name}
            if value is not None:
                record["stance"] = value
            out.append(record)
    return out


def test_krippendorff_2011_nominal_alpha_with_missing_values(tmp_path: Path) -> None:
    rows = {"A": "1 2 3 3 2 1 4 1 2 . . .", "B": "1 2 3 3 2 2 4 1 2 5 . 3",
            "C": ". 3 3 3 2 3 4 2 2 5 1 .", "D": "1 2 3 3 2 4 4 1 2 5 1 ."}
    table = {a: [None if v == "." else v for v in r.split()] for a, r in rows.items()}
    rep = _agree(tmp_path, _stance_records(table))
    assert rep["documents"] == 12 and rep["annotators"] == ["A", "B", "C", "D"]
    doc = rep["stance"]["document"]
    assert doc["krippendorff_alpha"] == pytest.approx(0.743, abs=5e-4)
    assert doc["units"] == 11  # unit 12 has a single rating
    assert doc["fleiss_kappa"] is None  # units have 2, 3 or 4 ratings
    lo, hi = doc["alpha_ci95"]
    assert lo < doc["krippendorff_alpha"] < hi
    assert set(doc["cohen_kappa"]) == {"A~B", "A~C", "A~D", "B~C", "B~D", "C~D"}
    assert set(doc) == {"units", "percent_agreement", "krippendorff_alpha", "alpha_ci95",
                        "gwet_ac1", "fleiss_kappa", "cohen_kappa"}
    (tmp_path / "again").mkdir()
    again = _agree(tmp_path / "again", _stance_records(table))
    assert again["stance"]["document"]["alpha_ci95"] == doc["alpha_ci95"]  # fixed seed


def test_wikipedia_fleiss_kappa(tmp_path: Path) -> None:
    counts = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0],
              [2, 2, 8, 1, 1], [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2],
              [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    table: dict[str, list[str | None]] = {f"r{i:02d}": [] for i in range(14)}
    for row in counts:
        values = [str(k + 1) for k, n in enumerate(row) for _ in range(n)]
        for rater, value in zip(table, values, strict=True):
            table[rater].append(value)
    rep = _agree(tmp_path, _stance_records(table))
    doc = rep["stance"]["document"]
    assert doc["fleiss_kappa"] == pytest.approx(0.210, abs=5e-4)
    assert doc["units"] == 10 and len(doc["cohen_kappa"]) == 91


def test_cohen_kappa_from_a_two_by_two_table(tmp_path: Path) -> None:
    cells = [("1", "1")] * 20 + [("1", "2")] * 5 + [("2", "1")] * 10 + [("2", "2")] * 15
    table = {"a": [x for x, _ in cells], "b": [y for _, y in cells]}
    rep = _agree(tmp_path, _stance_records(table))
    doc = rep["stance"]["document"]
    assert doc["cohen_kappa"] == {"a~b": pytest.approx(0.400)}
    assert doc["percent_agreement"] == pytest.approx(0.7)
    assert doc["fleiss_kappa"] is not None


TEXT = "Yesterday Ann Lee said that taxes will rise next year. Bob said no."


def _span(text: str, label: str, **extra: str) -> dict:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "label": label, **extra}


def _spans_records() -> list[dict]:
    ann, bob = _span("Ann Lee", "SPEAKER"), _span("Bob", "SPEAKER")
    q1 = _span("taxes will rise next year", "QUOTE", stance="2")
    q1b = _span("taxes will rise", "QUOTE", stance="2")
    q2 = _span("no", "QUOTE", stance="4")
    date = _span("Yesterday", "DATE")
    return [
        {"text": TEXT, "annotator": "x", "stance": "2", "spans": [date, ann, q1, bob, q2],
         "relations": [{"label": "ATTRIBUTED_TO", "head_span": q1, "child_span": ann},
                       {"label": "ATTRIBUTED_TO", "head_span": q2, "child_span": bob}]},
        {"text": TEXT, "annotator": "y", "stance": "3", "spans": [ann, q1b],
         "relations": [{"label": "ATTRIBUTED_TO", "head_span": q1b, "child_span": ann}]},
    ]


def test_span_relation_and_quote_stance_agreement(tmp_path: Path) -> None:
    rep = _agree(tmp_path, _spans_records())
    assert set(rep) == {"documents", "annotators", "stance", "spans", "relations"}
    spans = rep["spans"]
    # x: DATE, 2 SPEAKER, 2 QUOTE; y: SPEAKER, QUOTE (shorter). exact tp=1, overlap tp=2.
    assert spans["micro"] == {"f1_exact": pytest.approx(2 / 7), "f1_overlap": pytest.approx(4 / 7)}
    assert spans["by_label"]["QUOTE"] == {"f1_exact": 0.0, "f1_overlap": pytest.approx(2 / 3)}
    assert spans["by_label"]["DATE"]["f1_overlap"] == 0.0
    assert set(spans["pairs"]) == {"x~y"}
    assert rep["relations"] == {"f1_exact": 0.0, "f1_overlap": pytest.approx(2 / 3)}
    quote = rep["stance"]["quote"]
    assert quote["units"] == 1 and quote["percent_agreement"] == 1.0


def test_labels_filter_and_disagreement_listing(tmp_path: Path) -> None:
    rep = _agree(tmp_path, _spans_records(), "--labels", "QUOTE", "--disagreements")
    assert set(rep["spans"]["by_label"]) == {"QUOTE"}
    kinds = {(d["kind"], d["label"]) for d in rep["disagreements"]}
    assert ("span", "QUOTE") in kinds and ("document_stance", None) in kinds
    assert ("span", "DATE") not in kinds
    quote = next(d for d in rep["disagreements"] if d["label"] == "QUOTE"
                 and d["kind"] == "span" and d["start"] < 30)
    assert set(quote["versions"]) == {"x", "y"}


def test_terminal_tables(tmp_path: Path) -> None:
    _agree(tmp_path, _spans_records())
    out = _run("agree", "--db", str(tmp_path / "a.db"), "--disagreements")
    assert "krippendorff_alpha" in out and "quote → speaker" in out and "x~y" in out
    assert "disagreements" in out


def test_unknown_annotator_is_one_line(tmp_path: Path) -> None:
    _agree(tmp_path, _spans_records())
    result = CliRunner().invoke(cli, ["agree", "--db", str(tmp_path / "a.db"),
                                      "--annotators", "x,zed"])
    assert result.exit_code == 1
    assert "no annotator named zed" in result.output


def test_rich_markup_in_names_prints_literally(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from annotate.cli import cli

    db = str(tmp_path / "m.db")
    data = tmp_path / "m.jsonl"
    text = "Stoltenberg said that NATO is ready."
    data.write_text("\n".join(json.dumps({
        "text": text, "meta": {"title": "[red]T[/red]"}, "annotator": name,
        "spans": [{"start": 0, "end": 11, "label": "SPEAKER"}], "stance": stance})
        for name, stance in (("[/b]", "favor"), ("[red]x", "against"))) + "\n")
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["import", "--db", db, str(data)]).exit_code == 0
    for args in (["agree", "--disagreements"], ["stats"]):
        result = runner.invoke(cli, [*args, "--db", db], terminal_width=200)
        assert result.exit_code == 0, result.output
        assert "[/b]" in result.output and "[red]x" in result.output
