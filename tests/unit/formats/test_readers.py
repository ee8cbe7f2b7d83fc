"""Readers of other tools' files, on small files written here (never real corpora)."""

from __future__ import annotations

import json
from pathlib import Path

from annotate.formats import prodigy
from annotate.importer import import_paths
from annotate.store import Store

TEXT = "Stoltenberg said that NATO is ready on Monday."
QUOTE = (22, 35)
SPEAKER = (0, 11)
DATE = (39, 45)


def _spans(store: Store, who: str) -> list[tuple]:
    return [tuple(r) for r in store.all(
        'SELECT s.label, s.start, s."end", s.value, s.canonical, s.stance FROM spans s JOIN '
        "annotators a ON a.id = s.annotator_id WHERE a.name = ? ORDER BY s.start", (who,))]


def _links(store: Store) -> int:
    return int(store.scalar("SELECT COUNT(*) FROM relations"))


def test_prodigy_hashes_follow_the_recipe() -> None:
    task = {"text": TEXT, "meta": {"id": 1}, "answer": "accept", "_view_id": "x",
            "spans": [{"start": 0, "end": 11, "label": "SPEAKER"}]}
    same_input = {"text": TEXT, "spans": [], "_session_id": "s"}
    assert prodigy.input_hash(task) == prodigy.input_hash(same_input)
    assert prodigy.task_hash(task) != prodigy.task_hash(same_input)
    assert prodigy.task_hash(task) == prodigy.task_hash({**task, "answer": "reject",
                                                         "_timestamp": 5, "score": 0.1})
    from murmurhash import mrmr

    assert prodigy.input_hash({"text": "a"}) == mrmr.hash('text="a"')
    assert -2**31 <= prodigy.input_hash(task) < 2**31


def test_prodigy_choice_and_binary_records_bring_the_stance(store: Store, tmp_path: Path
                                                            ) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"text": TEXT, "options": [{"id": "favor", "text": "favor"}], "accept": ["favor"],
         "answer": "accept", "_annotator_id": "ann"},
        {"text": TEXT, "label": "against", "answer": "reject", "_annotator_id": "bob"},
        {"text": TEXT, "label": "Neutral", "answer": "accept", "_annotator_id": "bob"},
    ]) + "\n")
    report = import_paths(store, [path])
    assert report.ok, report.errors
    stances = dict(store.all("SELECT a.name, ds.stance FROM document_status ds JOIN "
                             "annotators a ON a.id = ds.annotator_id"))
    assert stances == {"ann": "favor", "bob": "neutral"}


def test_doccano_both_span_styles_and_relations(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"text": TEXT, "label": [[*QUOTE, "Quote"], [*SPEAKER, "speaker"], "favor"]},
        {"text": TEXT + " More.", "entities": [
            {"id": 7, "label": "QUOTE", "start_offset": QUOTE[0], "end_offset": QUOTE[1]},
            {"id": 8, "label": "SPEAKER", "start_offset": 0, "end_offset": 11}],
         "relations": [{"id": 1, "from_id": 7, "to_id": 8, "type": "ATTRIBUTED_TO"}]},
    ]) + "\n")
    report = import_paths(store, [path], annotator="dora")
    assert report.ok, report.errors
    assert report.annotated == 2 and _links(store) == 1
    assert ("QUOTE", 22, 35, None, None, None) in _spans(store, "dora")


def test_label_studio_export(store: Store, tmp_path: Path) -> None:
    result = [
        {"id": "q", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": QUOTE[0], "end": QUOTE[1], "labels": ["QUOTE"]}},
        {"id": "p", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": 0, "end": 11, "labels": ["SPEAKER"]}},
        {"id": "t", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": DATE[0], "end": DATE[1], "labels": ["DATE"]}},
        {"from_id": "p", "to_id": "q", "type": "relation", "direction": "left",
         "labels": ["ATTRIBUTED_TO"]},
        {"id": "q", "type": "choices", "from_name": "stance", "to_name": "text",
         "value": {"start": QUOTE[0], "end": QUOTE[1], "choices": ["against"]}},
        {"id": "t", "type": "textarea", "from_name": "value", "to_name": "text",
         "value": {"start": DATE[0], "end": DATE[1], "text": ["2024-05-06"]}},
        {"type": "choices", "from_name": "doc", "to_name": "text",
         "value": {"choices": ["neutral"]}},
    ]
    tasks = [{"id": 1, "data": {"text": TEXT},
              "annotations": [{"completed_by": {"email": "x@y"}, "result": result},
                              {"completed_by": 3, "was_cancelled": True, "result": []}]}]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, indent=2))
    report = import_paths(store, [path])
    assert report.ok, report.errors
    assert _spans(store, "x@y") == [("SPEAKER", 0, 11, None, None, None),
                                    ("QUOTE", 22, 35, None, None, "against"),
                                    ("DATE", 39, 45, "2024-05-06", None, None)]
    assert _links(store) == 1
    assert store.scalar("SELECT stance FROM document_status") == "neutral"


def test_brat_folder_and_what_is_skipped(store: Store, tmp_path: Path) -> None:
    tmp_path = tmp_path / "brat"
    tmp_path.mkdir()
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "a.ann").write_text(
        "T1\tQUOTE 22 35\tNATO is ready\nT2\tSPEAKER 0 11\tStoltenberg\n"
        "R1\tATTRIBUTED_TO Arg1:T1 Arg2:T2\nA1\tStance T1 favor\n"
        "T3\tDATE 39 45\tMonday\nN1\tReference T3 ISO8601:2024-05-06\t2024-05-06\n"
        "#1\tAnnotatorNotes T1\tchecked\n")
    (tmp_path / "orphan.ann").write_text("T1\tQUOTE 0 1\tx\n")
    (tmp_path / "annotation.conf").write_text("[entities]\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    report = import_paths(store, [tmp_path], annotator="bea")
    assert report.ok, report.errors
    assert _spans(store, "bea") == [("SPEAKER", 0, 11, None, None, None),
                                    ("QUOTE", 22, 35, None, None, "favor"),
                                    ("DATE", 39, 45, "2024-05-06", None, None)]
    skipped = {Path(p).name: why for p, why in report.skipped}
    assert set(skipped) == {"orphan.ann", "annotation.conf", "notes.pdf"}
    assert "without orphan.txt" in skipped["orphan.ann"]
    assert "unsupported file type .pdf" in skipped["notes.pdf"]


def test_webanno_tsv(store: Store, tmp_path: Path) -> None:
    lines = [
        "#FORMAT=WebAnno TSV 3.3",
        "#T_SP=webanno.custom.Quote|label|stance",
        "#T_RL=webanno.custom.Attribution|label|BT_webanno.custom.Quote",
        "", "",
        "#Text=Stoltenberg said that NATO is ready.",
        "1-1\t0-11\tStoltenberg\tSPEAKER\t_\t_\t_",
        "1-2\t12-16\tsaid\t_\t_\t_\t_",
        "1-3\t17-21\tthat\t_\t_\t_\t_",
        "1-4\t22-26\tNATO\tQUOTE[2]\tfavor[2]\tATTRIBUTED_TO\t1-1[0_2]",
        "1-5\t27-29\tis\tQUOTE[2]\tfavor[2]\t_\t_",
        "1-6\t30-35\tready\tQUOTE[2]\tfavor[2]\t_\t_",
        "1-7\t35-36\t.\t_\t_\t_\t_",
        "", "",
        "#Text=He left.",
        "2-1\t37-39\tHe\t_\t_\t_\t_",
        "2-2\t40-44\tleft\t_\t_\t_\t_",
        "2-3\t44-45\t.\t_\t_\t_\t_",
        "",
    ]
    path = tmp_path / "doc.tsv"
    path.write_text("\n".join(lines))
    report = import_paths(store, [path], annotator="ina")
    assert report.ok, report.errors
    assert store.scalar("SELECT text FROM documents") == \
        "Stoltenberg said that NATO is ready.\nHe left."
    assert _spans(store, "ina") == [("SPEAKER", 0, 11, None, None, None),
                                    ("QUOTE", 22, 35, None, None, "favor")]
    assert _links(store) == 1


def test_conflicting_import_is_refused_whole(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"text": TEXT, "annotator": "cy", "spans": [
        {"start": 0, "end": 11, "label": "SPEAKER"}]}) + "\n")
    assert import_paths(store, [first]).ok
    second = tmp_path / "b.jsonl"
    second.write_text(json.dumps({"text": "Another article."}) + "\n" + json.dumps(
        {"text": TEXT, "annotator": "newbie", "spans": []}) + "\n" + json.dumps(
        {"text": TEXT, "annotator": "cy", "spans": [
            {"start": 22, "end": 35, "label": "QUOTE"}]}) + "\n")
    report = import_paths(store, [second])
    assert len(report.errors) == 1
    assert str(report.errors[0]).startswith(
        f"{second}:3: cy already has different work on document 1 (nothing of this file")
    assert store.scalar("SELECT COUNT(*) FROM documents") == 1
    assert store.scalar("SELECT COUNT(*) FROM annotators WHERE name = 'newbie'") == 0


def test_publication_dates_in_common_forms(store: Store, tmp_path: Path) -> None:
    forms = ["Wed, 30 Nov 2022 10:00:00 GMT", "Nov. 30, 2022", "2022/11/30", "30.11.2022",
             "2022-11-30T10:00:00Z"]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"Article {i}.", "meta": {"published": f}})
                              for i, f in enumerate(forms)) + "\n")
    assert import_paths(store, [path]).ok
    assert {r[0] for r in store.all("SELECT published FROM documents")} == {"2022-11-30"}


def test_an_empty_file_in_a_folder_is_skipped_not_refused(store: Store, tmp_path: Path) -> None:
    """An export's empty dev split imports back: the folder's empty file is listed as skipped."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "train.jsonl").write_text(json.dumps({"text": "One article said so."}) + "\n")
    (folder / "dev.jsonl").write_text("")
    report = import_paths(store, [folder])
    assert report.ok and report.documents == 1
    assert [(Path(p).name, why) for p, why in report.skipped] == [
        ("dev.jsonl", "empty (nothing to import)")]
    alone = import_paths(store, [folder / "dev.jsonl"])  # named on its own, it is an error
    assert not alone.ok and "no records" in str(alone.errors[0])
