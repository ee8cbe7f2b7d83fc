"""The resolver alone, on hand-made candidates: precedence, one attribution per cue,
claimed text, readings in order of preference, nested reports, orphans, scare quotes."""

from __future__ import annotations

from annotate.suggest.candidates import Candidate, Part, Reading, single
from annotate.suggest.resolve import resolve
from annotate.suggest.rulebook import rule
from annotate.suggest.speakers import Mention
from tests.unit.suggest.fixtures import context, cues, nlp  # noqa: F401

TEXT = "The mayor said the bridge will reopen in May. Officials agreed."
#       0         10        20        30        40        50        60


def span(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def spoken(rule_id: str, sub: str, cue_token: int | None = 2, **kw: object) -> Candidate:
    return single(rule(rule_id), *span(sub), cue=span("said"), cue_token=cue_token,
                  speaker=Mention(0, 2, "speaker.subject"), **kw)


def test_precedence_decides_between_overlapping_candidates(nlp, cues):  # noqa: F811
    ctx = context(nlp, cues, TEXT)
    weak = spoken("quote.indirect.that", "the bridge will reopen in May")
    strong = spoken("quote.direct", "bridge will reopen", cue_token=None)
    kept = resolve(ctx, [weak, strong])  # order of the list does not matter
    assert [(q.rule.id, TEXT[q.start:q.end]) for q in kept] == [
        ("quote.direct", "bridge will reopen")]


def test_a_cue_attributes_one_candidate(nlp, cues):  # noqa: F811
    ctx = context(nlp, cues, TEXT)
    first = spoken("quote.indirect.that", "the bridge will reopen")
    second = spoken("quote.indirect.that", "Officials agreed")
    assert [TEXT[q.start:q.end] for q in resolve(ctx, [first, second])] == [
        "the bridge will reopen"]


def test_a_cue_inside_claimed_text_is_no_attribution(nlp, cues):  # noqa: F811
    ctx = context(nlp, cues, TEXT)
    claimer = single(rule("quote.direct"), *span("The mayor said the"), cue_token=None)
    later = spoken("quote.indirect.that", "the bridge will reopen in May")
    assert [q.rule.id for q in resolve(ctx, [claimer, later])] == ["quote.direct"]


def test_the_first_reading_that_fits_is_taken(nlp, cues):  # noqa: F811
    ctx = context(nlp, cues, TEXT)
    taken = single(rule("quote.direct"), *span("The mayor"), cue_token=None)
    whole, sentence = span("The mayor said the bridge will reopen in May"), span(
        "the bridge will reopen in May")
    tail = rule("quote.tail")
    cand = Candidate(tail, (Reading((Part(*whole, tail),), whole),
                            Reading((Part(*sentence, tail),), sentence)), None, None, 6)
    kept = resolve(ctx, [taken, cand])
    assert [TEXT[q.start:q.end] for q in kept] == ["The mayor", "the bridge will reopen in May"]


def test_outer_reports_may_hold_a_report_after_its_own_cue(nlp, cues):  # noqa: F811
    text = "The senator said an aide told him the base will stay open."
    ctx = context(nlp, cues, text)
    told = text.index("told")
    inner = single(rule("quote.indirect.that"), text.index("the base"), len(text) - 1,
                   cue=(told, told + 4), cue_token=5, speaker=Mention(4, 6, "speaker.subject"))
    outer = single(rule("quote.indirect.ccomp"), text.index("an aide"), len(text) - 1,
                   cue=(11, 15), cue_token=2, speaker=Mention(0, 2, "speaker.subject"))
    kept = resolve(ctx, [inner, outer])
    assert sorted(text[q.start:q.end] for q in kept) == [
        "an aide told him the base will stay open", "the base will stay open"]


def test_orphans_continue_a_close_speaker_or_need_to_read_like_speech(nlp, cues):  # noqa: F811
    text = ('The mayor said the bridge is safe. "We checked every bolt twice."\n\n'
            'The council met.\n\nA banner read "Big Bridge"')
    ctx = context(nlp, cues, text)
    said = single(rule("quote.indirect.that"), text.index("the bridge"), text.index(" is safe"),
                  cue=(10, 14), cue_token=2, speaker=Mention(0, 2, "speaker.subject"))
    orphan = single(rule("quote.direct.unattributed"), text.index("We checked"),
                    text.index(" twice") + 6, orphan=True, alone_ok=True)
    title = single(rule("quote.direct.unattributed"), text.index("Big Bridge"), len(text) - 1,
                   orphan=True, alone_ok=False)
    kept = resolve(ctx, [said, orphan, title])
    assert [(q.rule.id, q.speaker is not None) for q in kept] == [
        ("quote.indirect.that", True), ("quote.direct.continued", True)]


def test_a_quote_inside_a_report_of_the_same_speaker_is_no_new_level(nlp, cues):  # noqa: F811
    text = "The senator said an aide told him the base will stay open."
    ctx = context(nlp, cues, text)
    senator = Mention(0, 2, "speaker.subject")
    told = text.index("told")
    inner = single(rule("quote.direct"), text.index("the base"), len(text) - 1,
                   cue=(told, told + 4), cue_token=5, speaker=senator)
    outer = single(rule("quote.indirect.ccomp"), text.index("an aide"), len(text) - 1,
                   cue=(11, 15), cue_token=2, speaker=senator)
    assert [text[q.start:q.end] for q in resolve(ctx, [inner, outer])] == [
        "an aide told him the base will stay open"]


def test_indirect_content_takes_in_unattributed_words_in_quotation_marks(nlp, cues):  # noqa: F811
    # PolNeAR marks the whole report when part of it is quoted: the orphan is dropped
    text = 'Ms. Lane said she backs the plan because it is "the best of the three."'
    ctx = context(nlp, cues, text)
    said = text.index("said")
    orphan = single(rule("quote.direct.unattributed"), text.index("the best"), len(text) - 1,
                    (text.index('"'), len(text)), orphan=True, alone_ok=True)
    report = single(rule("quote.indirect.ccomp"), text.index("she backs"), len(text) - 2,
                    cue=(said, said + 4), cue_token=2, speaker=Mention(0, 2, "speaker.subject"))
    kept = resolve(ctx, [orphan, report])
    assert [(q.rule.id, text[q.start:q.end]) for q in kept] == [
        ("quote.indirect.ccomp", 'she backs the plan because it is "the best of the three')]


def test_only_rules_that_absorb_orphans_take_them_in(nlp, cues):  # noqa: F811
    text = 'Ms. Lane said she backs the plan because it is "the best of the three."'
    ctx = context(nlp, cues, text)
    orphan = single(rule("quote.direct.unattributed"), text.index("the best"), len(text) - 1,
                    (text.index('"'), len(text)), orphan=True, alone_ok=True)
    other = single(rule("quote.according_to"), text.index("she backs"), len(text) - 2,
                   cue=(9, 13), cue_token=2, speaker=Mention(0, 2, "speaker.subject"))
    assert not rule("quote.according_to").absorbs_orphans
    assert [q.rule.id for q in resolve(ctx, [orphan, other])] == ["quote.direct.unattributed"]


def test_an_attributed_quote_is_never_absorbed(nlp, cues):  # noqa: F811
    text = 'Ms. Lane said she backs the plan because it is "the best of the three."'
    ctx = context(nlp, cues, text)
    quoted = single(rule("quote.direct"), text.index("the best"), len(text) - 1,
                    (text.index('"'), len(text)), cue=(9, 13), cue_token=None,
                    speaker=Mention(0, 2, "speaker.subject"))
    report = single(rule("quote.indirect.ccomp"), text.index("she backs"), len(text) - 2,
                    cue=(9, 13), cue_token=2, speaker=Mention(0, 2, "speaker.subject"))
    assert [q.rule.id for q in resolve(ctx, [quoted, report])] == ["quote.direct"]
