"""The tails family: content before its attribution ('..., X said.', '... - X stressed.')."""

from __future__ import annotations

import pytest

from tests.unit.suggest.fixtures import cues, nlp, proposals, quotes, run  # noqa: F401

CASES = [
    ("Prices will fall next year, the central bank said.",
     [("Prices will fall next year", "the central bank", None)]),
    ("Jens Stoltenberg spoke in Brussels.\nWe support Ukraine. We will help it - Stoltenberg "
     "stressed.", [("We support Ukraine. We will help it", "Stoltenberg", "Jens Stoltenberg")]),
    ("Jens Stoltenberg spoke.\nWe need more weapons, - emphasized Stoltenberg.",
     [("We need more weapons", "Stoltenberg", "Jens Stoltenberg")]),
    # an attribution in the middle: two spans, one speaker
    ("The bond market, one strategist said, has already priced in two rate cuts.",
     [("The bond market", "one strategist", None),
      ("has already priced in two rate cuts", "one strategist", None)]),
    # so is an introductory phrase before a middle attribution (PolNeAR marks both parts)
    ("Amid the turmoil, the minister said, the government would act.",
     [("Amid the turmoil", "the minister", None),
      ("the government would act", "the minister", None)]),
    # an earlier attributed sentence keeps a later tail to its own sentence
    ("The retailer said Friday that sales fell sharply in the period. Margins were stable, "
     "a spokesman said.", [("sales fell sharply in the period", "The retailer", None),
                           ("Margins were stable", "a spokesman", None)]),
    # circumstance after the attribution is not content
    ("Four bridges collapsed in the storm, officials said on Sunday, as crews searched the "
     "river banks.", [("Four bridges collapsed in the storm", "officials", None)]),
    # a quotation closed inside the sentence the final attribution reports: the whole
    # sentence, the words in quotation marks with it (they are no quote of their own)
    ('"We are not giving up" on the bridge that the council approved last year, the '
     "mayor said.", [('We are not giving up" on the bridge that the council approved last '
                      "year", "the mayor", None)]),
    ('"Nobody wanted this" because the vote came too late, said Maria Gomez, a council '
     "member.", [('Nobody wanted this" because the vote came too late', "Maria Gomez",
                  "Maria Gomez")]),
    # afterthoughts after the attribution are not content either
    ("Exports of farm machinery fell 6.2% in June, the ministry reported on Monday, the "
     "fifth straight monthly drop.",
     [("Exports of farm machinery fell 6.2% in June", "the ministry", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tails(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


def test_a_comma_tail_reports_its_own_sentence(nlp, cues):  # noqa: F811
    # (PolNeAR's annotators end the content at the sentence: the one before it is the
    # writer's, unless it has an attribution of its own)
    text = "The talks failed. Nobody is happy about it, the envoy said."
    found = proposals(nlp, cues, "tails", text)
    assert found == [("quote.tail", "Nobody is happy about it", "the envoy")]


def test_the_family_alone_proposes_paragraph_then_sentence_after_a_dash(nlp, cues):  # noqa: F811
    text = "The talks failed. Nobody is happy about it - the envoy stressed."
    found = proposals(nlp, cues, "tails", text)
    assert found == [("quote.dash", "The talks failed. Nobody is happy about it", "the envoy")]


TAIL_ENDS = [
    # the attribution's own afterthought after it: ', adding that ...'
    "The factory will close in March, the owner said, adding that nobody would lose a pension.",
    # a semicolon ends the attribution clause
    "The figures were never audited, the lawyer noted; the auditors were hired much later.",
    # so does a double dash
    "The deficit will widen again next year, the budget office reported -- a reversal of a "
    "long decline.",
]


@pytest.mark.parametrize("text", TAIL_ENDS)
def test_the_attribution_clause_ends_before_what_it_adds(nlp, cues, text):  # noqa: F811
    found = quotes(run(nlp, cues, text))
    assert found and found[0][0] == text.split(",")[0]


def test_a_fronted_circumstance_is_no_content(nlp, cues):  # noqa: F811
    for text in ["Before leaving the stage, the candidate told his volunteers.",
                 "Even as the votes were counted, the governor wrote to his donors."]:
        assert [q for q in quotes(run(nlp, cues, text)) if q[0].startswith(("Before", "Even"))
                ] == []


def test_a_real_object_is_no_tail(nlp, cues):  # noqa: F811
    assert quotes(run(nlp, cues, "Costs climbed all year, and the firm reported a loss.")) == []
