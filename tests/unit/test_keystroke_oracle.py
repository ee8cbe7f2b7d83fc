"""The keystroke oracle's pure parts (bench.oracle), on a text written here."""

from __future__ import annotations

from annotate.schema import default_schema
from annotate.tui import selections
from annotate.tui.modes import EditDraft, move_caret
from annotate.tui.tokens import TextTokens
from bench.oracle import (
    CARET_KEYS,
    Caret,
    Searcher,
    Tokens,
    edit_keys,
    nudge_keys,
    picker_keys,
    quote_goal,
    speaker_goal,
)

TEXT = ('The mayor spoke on Monday. "We will open the bridge in May," Ada Lind said.\n'
        'Critics said that the bridge would cost too much. Lind disagreed.')


def land(text: str, caret: int, query: str) -> int:
    """Where the app's search line puts the caret (`Search.submitted` in the document screen)."""
    folded, needle = text.casefold(), query.strip().casefold()
    after = caret + 1 if folded.startswith(needle, caret) else caret
    found = folded.find(needle, after)
    return folded.find(needle) if found < 0 else found


def test_search_query_is_the_shortest_that_lands_there() -> None:
    searcher = Searcher(TEXT)
    for caret in range(0, len(TEXT), 7):
        for target in (TEXT.index("bridge"), TEXT.rindex("bridge"), TEXT.index("Lind"),
                       TEXT.rindex("Lind"), TEXT.index("We")):
            query = searcher.query(caret, target)
            assert query is not None
            assert land(TEXT, caret, query) == target
            assert all(land(TEXT, caret, query[:k]) != target for k in range(1, len(query)))


def play(tokens: TextTokens, caret: int, keys: tuple[str, ...]) -> tuple[int, int] | None:
    """The keys of new-span mode run on the app's own pure functions, key by key."""
    cues = default_schema().cues
    anchor: int | None = None
    keys_left = list(keys)
    while keys_left:
        key = keys_left.pop(0)
        if key in CARET_KEYS:
            caret = move_caret(tokens, caret, *CARET_KEYS[key])
        elif key == "slash":
            query = ""
            while (key := keys_left.pop(0)) != "enter":
                query += " " if key == "space" else key
            caret = land(tokens.text, caret, query)
        elif key == "v" and anchor is None:
            anchor = caret
        elif key in ("v", "enter"):
            a = caret if anchor is None else anchor
            return tokens.snap(min(a, caret), max(a, caret) + 1)
        elif key == "quotation_mark":
            return selections.quoted(tokens, caret)
        elif key == "full_stop":
            return selections.sentence(tokens, caret)
        elif key == "c":
            return selections.clause_after_cue(tokens, caret, cues["speech_verbs"],
                                               cues.get("according_to") or ())
    return None


def test_plans_reach_the_goal_and_one_key_units_are_found() -> None:
    tt = TextTokens(TEXT)
    tokens = Tokens(tt)
    caret = Caret(tokens, Searcher(TEXT), default_schema().cues)
    direct = (TEXT.index("We will"), TEXT.index(',"'))
    plan = caret.plan(0, quote_goal(tokens, direct, exact=True))
    assert plan is not None and plan.span == direct
    assert play(tt, 0, plan.keys) == direct
    # from inside the quoted stretch, one key selects it
    inside = caret.plan(direct[0], quote_goal(tokens, direct, exact=True))
    assert inside is not None and inside.keys == ("quotation_mark",)
    # the clause after "said that", reached from the start of the text
    clause = (TEXT.index("the bridge would"), TEXT.index("too much") + 8)
    plan = caret.plan(0, quote_goal(tokens, clause, exact=False))
    assert plan is not None and play(tt, 0, plan.keys) == plan.span
    assert quote_goal(tokens, clause, exact=False).ok(*plan.span)
    # a speaker: any token overlapping the source will do (the scorer's test)
    source = (TEXT.index("Ada Lind"), TEXT.index("Ada Lind") + 8)
    plan = caret.plan(direct[1], speaker_goal(tokens, source, exact=False))
    assert plan is not None and plan.keys[-1] == "enter"
    assert play(tt, direct[1], plan.keys) == plan.span


def test_an_exact_goal_with_no_unit_takes_v_and_moves() -> None:
    tt = TextTokens(TEXT)
    tokens = Tokens(tt)
    caret = Caret(tokens, Searcher(TEXT), default_schema().cues)
    target = (TEXT.index("open the"), TEXT.index("the bridge in") + 10)
    plan = caret.plan(target[0], quote_goal(tokens, target, exact=True))
    assert plan is not None
    assert plan.keys == ("v", "w", "w", "v")
    assert play(tt, target[0], plan.keys) == target


def test_edit_keys_move_each_boundary_the_fewest_tokens() -> None:
    tt = TextTokens(TEXT)
    tokens = Tokens(tt)
    gold = (TEXT.index("will open"), TEXT.index(" in May"))
    suggested = (TEXT.index("We will"), TEXT.index(',"'))
    keys = edit_keys(tokens, suggested, quote_goal(tokens, gold, exact=True))
    assert keys == ["e", "right", "shift+left", "shift+left", "enter"]
    assert play_edit(tt, suggested, keys) == gold
    assert edit_keys(tokens, gold, quote_goal(tokens, gold, exact=True)) == []


def play_edit(tt: TextTokens, span: tuple[int, int], keys: list[str]) -> tuple[int, int]:
    draft = EditDraft(*span, span)
    for key in keys[1:-1]:
        if key == "full_stop":
            found = selections.sentence(tt, draft.start)
            assert found is not None
            draft.start, draft.end = tt.snap(*found) or found
            continue
        side = "end" if key.startswith("shift") or "square" in key else "start"
        unit = "phrase" if "bracket" in key or "parenthesis" in key else "token"
        draft.move(tt, side, 1 if "right" in key else -1, unit)
    return draft.start, draft.end


def test_edit_keys_take_a_phrase_at_a_time_when_that_is_fewer() -> None:
    text = "She said the plan would cost less in 2024, but many voters doubted it, polls show."
    tt = TextTokens(text)
    tokens = Tokens(tt)
    suggested = (text.index("the plan"), text.index(", polls"))
    gold = (text.index("the plan"), text.index(", but"))
    keys = edit_keys(tokens, suggested, quote_goal(tokens, gold, exact=True))
    assert keys == ["e", "left_square_bracket", "enter"]
    assert play_edit(tt, suggested, keys) == gold
    # the end on past the comma (a phrase), the start back over "said" (a token)
    wider = (text.index("said"), text.index(", polls"))
    keys = edit_keys(tokens, gold, quote_goal(tokens, wider, exact=True))
    assert keys == ["e", "right_square_bracket", "left", "enter"]
    assert play_edit(tt, gold, keys) == wider
    # normal mode's boundary keys: the same moves, without e and enter (< > for [ ])
    assert nudge_keys(tokens, suggested, quote_goal(tokens, gold, exact=True)) == \
        ["less_than_sign"]
    assert nudge_keys(tokens, gold, quote_goal(tokens, wider, exact=True)) == \
        ["greater_than_sign", "left"]
    assert nudge_keys(tokens, gold, quote_goal(tokens, gold, exact=True)) == []


def test_a_plan_may_select_a_unit_and_fix_it_with_boundary_keys_after() -> None:
    text = ('Officials said on Monday that the bridge will open in May, weeks late. '
            'Others disagreed.')
    tt = TextTokens(text)
    tokens = Tokens(tt)
    caret = Caret(tokens, Searcher(text), default_schema().cues)
    gold = (text.index("the bridge"), text.index(", weeks"))
    goal = quote_goal(tokens, gold, exact=True)
    plain = caret.plan(0, goal)
    fixed = caret.plan(0, goal, nudge=True)
    assert plain is not None and fixed is not None and not plain.after
    assert fixed.cost < plain.cost and fixed.after  # a unit, then the end a phrase back
    # played: the selection the keys make, then the boundary keys on the span it became
    made = play(tt, 0, fixed.keys)
    assert made == fixed.span and not goal.ok(*made)
    back = {"less_than_sign": "left_square_bracket", "greater_than_sign": "right_square_bracket"}
    assert play_edit(tt, made, ["e", *(back.get(k, k) for k in fixed.after), "enter"]) == gold


def test_picker_keys_take_arrows_or_the_shortest_filter() -> None:
    people = ["ada lind ada lind", "the mayor the mayor", "lind critics"]
    assert picker_keys(people, 0, 1) == ["enter"]            # the nearest is the default
    assert picker_keys(people, 1, 1) == ["down", "enter"]
    assert picker_keys(people, 2, 1) == ["c", "enter"]       # "c" is in no one before


def test_edit_keys_start_from_a_unit_when_that_is_fewer() -> None:
    text = "Voters were split. The mayor said the bridge would close in May for good. Ok."
    tt = TextTokens(text)
    tokens = Tokens(tt)
    suggested = (text.index("the bridge"), text.index(" in May"))
    sentence = selections.sentence(tt, suggested[0])
    assert sentence is not None
    gold = tt.snap(*sentence)
    assert gold is not None

    def units(unit: str, offset: int) -> tuple[int, int] | None:
        found = selections.sentence(tt, offset) if unit == "sentence" else None
        return None if found is None else tt.snap(*found)

    keys = edit_keys(tokens, suggested, quote_goal(tokens, gold, exact=True), units=units)
    assert keys == ["e", "full_stop", "enter"]
    assert play_edit(tt, suggested, keys) == gold
    # without the unit it takes the phrase and token moves
    slow = edit_keys(tokens, suggested, quote_goal(tokens, gold, exact=True))
    assert slow is not None and len(slow) > len(keys)
