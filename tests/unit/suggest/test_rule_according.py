"""The according family: 'according to X, ...' and '..., according to X.'"""

from __future__ import annotations

import pytest

from tests.unit.suggest.fixtures import cues, nlp, proposals, quotes, run  # noqa: F401


@pytest.mark.parametrize(("text", "expected"), [
    ("According to Anna Berg, prices will fall next year.",
     [("prices will fall next year", "Anna Berg", "Anna Berg")]),
    ("Prices will fall next year, according to the central bank.",
     [("Prices will fall next year", "the central bank", None)]),
    # a long final source
    ("Retail sales rose 2% in the third quarter, according to preliminary estimates "
     "published late on Tuesday by the national statistics office.",
     [("Retail sales rose 2% in the third quarter", "preliminary estimates published late on "
       "Tuesday by the national statistics office", None)]),
    # a long initial source (its comma ends it), and a conjunction before the phrase
    ("According to early results of the exit polls conducted for the networks and the wire "
     "services by a research firm, nearly half of the voters were young.",
     [("nearly half of the voters were young", "early results of the exit polls conducted "
       "for the networks and the wire services by a research firm", None)]),
    ("But according to reports in several newspapers on Monday, the coach will resign soon.",
     [("the coach will resign soon", "reports in several newspapers on Monday", None)]),
    # the subject before the phrase is content too
    ("German households, according to a poll by the Allensbach Institute, expect prices to "
     "keep rising.",
     [("German households", "a poll by the Allensbach Institute", None),
      ("expect prices to keep rising", "a poll by the Allensbach Institute", None)]),
    # ... and so is a phrase put first: the report is interrupted, as in "A, he said, B"
    ("Since last spring, according to the monitoring group, the river has lost a third of "
     "its fish.",
     [("Since last spring", "the monitoring group", None),
      ("the river has lost a third of its fish", "the monitoring group", None)]),
    ("But, according to the union, the talks will go on.",
     [("the talks will go on", "the union", None)]),
])
def test_according_to(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


def test_the_family_alone(nlp, cues):  # noqa: F811
    assert proposals(nlp, cues, "according", "Sales rose, according to the ministry.") == []
    assert proposals(nlp, cues, "according", "Sales rose sharply, according to the "
                                             "ministry.") == [
        ("quote.according_to", "Sales rose sharply", "the ministry")]
