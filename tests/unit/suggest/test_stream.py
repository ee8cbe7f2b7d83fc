"""suggest_stream: lazy, in order, long texts in pieces, several processes alike."""

from __future__ import annotations

import datetime as dt

from annotate.suggest import suggest_stream
from annotate.suggest.pieces import merge, split_text
from annotate.suggest.stream import chunk_size
from annotate.suggest.types import DocSuggestions, RelationSuggestion, SpanSuggestion
from tests.unit.suggest.fixtures import cues, nlp  # noqa: F401


def test_stream_is_lazy_and_ordered(nlp, cues):  # noqa: F811
    pulled = []

    def items():
        for i in range(5):
            pulled.append(i)
            yield f'"Doc {i} is here now," she said on Tuesday.', {"id": i}

    stream = suggest_stream(nlp, items(), cues, lambda ctx: dt.date(2024, 1, 10),
                            batch_size=2)
    assert pulled == []
    out = list(stream)
    assert [ctx["id"] for ctx, _ in out] == list(range(5))
    for _, s in out:
        assert any(x.label == "quote" for x in s.spans)
        assert [x.value for x in s.spans if x.label == "date"] == ["2024-01-09"]


def test_split_text_breaks_at_paragraphs_and_covers_everything():
    text = "".join(f"Paragraph {i} has a few words.\n\n" for i in range(40))
    pieces = split_text(text, 200)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 200 for _, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:i])
                                      for i in range(len(pieces))]
    assert split_text("x" * 1000, 300)[0] == (0, "x" * 300)  # no break at all: hard cut


def test_merge_shifts_offsets_and_keys():
    def one(text: str) -> DocSuggestions:
        return DocSuggestions([SpanSuggestion(0, "quote", 0, 4, text, "r", 0.5),
                               SpanSuggestion(1, "speaker", 5, 7, "he", "r", 0.5)],
                              [RelationSuggestion("attribution", 0, 1, "r", 0.5)])
    merged = merge([(0, one("aaaa")), (100, one("bbbb"))])
    assert [(s.key, s.start) for s in merged.spans] == [(0, 0), (1, 5), (2, 100), (3, 105)]
    assert [(r.head, r.child) for r in merged.relations] == [(0, 1), (2, 3)]


def test_a_text_longer_than_the_piece_limit_is_suggested_whole(nlp, cues, monkeypatch):  # noqa: F811
    import annotate.suggest.stream as stream_module

    monkeypatch.setattr(stream_module, "PIECE_CHARS", 120)
    para = '"We will build the bridge by spring," the mayor said on Tuesday.\n\n'
    text = para * 6
    [(ctx, s)] = list(suggest_stream(nlp, [(text, "doc")], cues,
                                     lambda _: dt.date(2024, 1, 10)))
    quotes = [x for x in s.spans if x.label == "quote"]
    assert ctx == "doc" and len(quotes) == 6
    for x in s.spans:
        assert x.text == text[x.start:x.end]
    assert s.doc_stance is not None


def test_chunks_balance_the_workers():
    assert chunk_size(2000, 2, 64) == 64
    assert chunk_size(40, 2, 64) == 3  # eight chunks a worker
    assert chunk_size(None, 2, 64) == 64
    assert chunk_size(1, 4, 64) == 1


def test_two_processes_give_the_same_suggestions(nlp, cues):  # noqa: F811
    texts = [(f'"Plan {i} is ready," the minister said on Monday.', i) for i in range(6)]
    one = list(suggest_stream(nlp, texts, cues, lambda _: dt.date(2024, 1, 10)))
    two = list(suggest_stream(nlp, texts, cues, lambda _: dt.date(2024, 1, 10), n_process=2,
                              total=len(texts)))
    assert one == two and len(one) == 6
