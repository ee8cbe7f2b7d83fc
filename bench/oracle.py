"""The cheapest key sequences the document screen offers: the pure part of `bench.keystrokes`.

No Textual here. The planner models the app's own operations with the app's own code: the
caret moves of new-span mode (`annotate.tui.modes.move_caret` over `TextTokens`), the
one-key selections (`annotate.tui.selections`), the search line (first match after the
caret, else the first in the text, case-folded, as `screens.search.Search.submitted`),
the next quote place (`DocModel.next_place`), the boundary editor (`EditDraft.move`, by
tokens and phrases) and the speaker picker's filter. Each plan is then *played* through the
real app by the bench, which checks the database: a plan that models the app wrongly shows
up as a failed quote there, never as a flattering count.

A goal is a predicate on the (start, end) a selection ends as, with the token starts it may
start at (so the planner need not try every anchor): "what the scorer counts as a match"
and "exactly gold's tokens" are both goals.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotate.schema import cue_verbs
from annotate.tui import selections
from annotate.tui.modes import EditDraft, move_caret
from annotate.tui.tokens import TextTokens

Span = tuple[int, int]
LineMove = Callable[[int, int], int]  # (caret, ±1) -> caret one display line up / down
SEARCH_MAX = 16  # longest query the oracle types
PLAN_MAX = 80    # a plan dearer than this is not looked for (the search reaches anything)

# new-span mode: key -> (unit, step) of `move_caret`
CARET_KEYS: dict[str, tuple[str, int]] = {
    "left": ("char", -1), "right": ("char", 1), "w": ("word", 1), "b": ("word", -1),
    "right_parenthesis": ("sentence", 1), "left_parenthesis": ("sentence", -1),
    "right_curly_bracket": ("paragraph", 1), "left_curly_bracket": ("paragraph", -1),
}
UNIT_KEYS = {"full_stop": "sentence", "quotation_mark": "quoted", "c": "clause"}


@dataclass(frozen=True)
class Goal:
    """Acceptable selections: `ok(start, end)`, starting at one of `starts` (token starts)."""

    ok: Callable[[int, int], bool]
    starts: frozenset[int]
    # where a search may usefully land (token starts the selection starts or ends in)
    targets: frozenset[int] = frozenset()


def inter(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def both_ways(a: Span, b: Span, t: float) -> bool:
    """The judges' strict pairing test: the overlap is ≥ t of each span."""
    x = inter(a, b)
    return x > 0 and x >= t * (a[1] - a[0]) and x >= t * (b[1] - b[0])


class Tokens:
    """All tokens of a text as two sorted lists (the app's tokens, `TextTokens`)."""

    def __init__(self, tokens: TextTokens) -> None:
        self.tt = tokens
        self.text = tokens.text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for i in range(tokens.paragraph_count):
            para = tokens.paragraph(i)
            self.starts.extend(para.starts)
            self.ends.extend(para.ends)

    def near(self, start: int, end: int, slack: int) -> range:
        """Indices of tokens overlapping [start - slack, end + slack)."""
        lo = bisect.bisect_right(self.ends, start - slack)
        hi = bisect.bisect_left(self.starts, end + slack)
        return range(lo, hi)

    def first_after(self, offset: int) -> int | None:
        """Start of the first token ending after `offset` (where an anchor there snaps)."""
        i = bisect.bisect_right(self.ends, offset)
        return self.starts[i] if i < len(self.starts) else None


def quote_goal(tokens: Tokens, gold: Span, exact: bool, threshold: float = 0.8) -> Goal:
    """Gold's tokens exactly, or any token span the strict scorer pairs with gold at t."""
    if exact:
        snapped = tokens.tt.snap(*gold)
        target = snapped or gold
        last = [tokens.starts[i] for i in tokens.near(*target, 0) if tokens.ends[i] == target[1]]
        return Goal(lambda s, e: (s, e) == target, frozenset([target[0]]),
                    frozenset([target[0], *last]))
    slack = int((gold[1] - gold[0]) * (1 - threshold)) + 1
    near = tokens.near(gold[0], gold[1], slack)
    starts: set[int] = set()
    targets: set[int] = set()
    for i in near:
        for j in near:
            if j >= i and both_ways((tokens.starts[i], tokens.ends[j]), gold, threshold):
                starts.add(tokens.starts[i])
                targets.update((tokens.starts[i], tokens.starts[j]))
    return Goal(lambda s, e: both_ways((s, e), gold, threshold), frozenset(starts),
                frozenset(targets))


def speaker_goal(tokens: Tokens, gold: Span, exact: bool) -> Goal:
    """Gold's tokens exactly, or tokens inside the gold source (so they overlap it, the
    scorer's test, without a sentence-long SPEAKER that overlaps it too)."""
    if exact:
        return quote_goal(tokens, gold, True)
    snapped = tokens.tt.snap(*gold) or gold
    near = [i for i in tokens.near(*snapped, 0)
            if snapped[0] <= tokens.starts[i] and tokens.ends[i] <= snapped[1]]
    starts = frozenset(tokens.starts[i] for i in near)
    return Goal(lambda s, e: snapped[0] <= s < e <= snapped[1], starts, starts)


# -- the search line --------------------------------------------------------------------------

class Searcher:
    """Shortest queries that land the search on a given offset from a given caret.

    The app finds the case-folded query in the case-folded text from caret + 1 (from the
    caret itself unless the query starts there: the same thing), else from the start. So
    for a target t and a query of k characters starting at t, the carets that land on t
    form an interval after the previous occurrence (and, for the first occurrence, the
    carets after the last one): computed once per target.
    """

    def __init__(self, text: str, allowed: Callable[[str], bool] | None = None) -> None:
        self.text = text
        self.folded = text.casefold()
        self.same_length = len(self.folded) == len(text)
        self.allowed = allowed or _typeable
        self._cache: dict[int, list[tuple[int, int, int, int]]] = {}

    def _windows(self, t: int) -> list[tuple[int, int, int, int]]:
        """(k, prev, last, first) for each usable query length at target t."""
        cached = self._cache.get(t)
        if cached is not None:
            return cached
        out: list[tuple[int, int, int, int]] = []
        text, folded = self.text, self.folded
        if self.same_length and t < len(text) and not text[t].isspace():
            for k in range(1, SEARCH_MAX + 1):
                query = text[t:t + k]
                if len(query) < k or not self.allowed(query[-1]):
                    break
                if query[-1].isspace():
                    continue
                needle = folded[t:t + k]
                prev = folded.rfind(needle, 0, t + k - 1)  # the last one starting before t
                first = folded.find(needle)
                last = folded.rfind(needle)
                out.append((k, prev, last, first))
                if prev < 0 and last == t:
                    break  # unique: no longer query does better
        self._cache[t] = out
        return out

    def query(self, caret: int, t: int) -> str | None:
        """The shortest query that moves the caret to t, or None."""
        after = caret + 1
        for k, prev, last, first in self._windows(t):
            if prev < after <= t or (first == t and after > last):
                return self.text[t:t + k]
        return None


def _typeable(ch: str) -> bool:
    return ch.isprintable() and ch not in "\n\r\t"


def search_keys(query: str) -> list[str]:
    return ["slash", *[key_of(ch) for ch in query], "enter"]


def key_of(ch: str) -> str:
    return "space" if ch == " " else ch


# -- new-span mode: a Dijkstra over caret positions -------------------------------------------

@dataclass(order=True)
class _Node:
    cost: int
    seq: int
    state: tuple[int, int] = field(compare=False)  # (anchor start or -1, caret)


@dataclass(frozen=True)
class Plan:
    keys: tuple[str, ...]
    span: Span
    # normal mode's boundary keys after the label key (`nudge=True`): the span the keys
    # select, fixed once it is made
    after: tuple[str, ...] = ()

    @property
    def cost(self) -> int:
        return len(self.keys) + len(self.after)


class Caret:
    """The cheapest keys from a caret to a selection the goal accepts, in new-span mode.

    States: the caret before `v` (anchor -1), and after `v` (the token start the anchor
    snaps to, and the caret). Ends: `enter` (the token under the caret, or the selection),
    a second `v`, or a one-key unit (`.` `"` `c`) that selects an acceptable span.
    """

    def __init__(self, tokens: Tokens, searcher: Searcher, cues: Mapping[str, Any],
                 lines: LineMove | None = None, units: bool = True,
                 places: LineMove | None = None) -> None:
        self.tokens = tokens
        self.searcher = searcher
        self.cues = cues
        self.lines = lines
        self.units = units
        self.places = places  # (caret, ±1) -> the next / previous quote place (`]` / `[`)

    def unit(self, name: str, caret: int) -> Span | None:
        tt = self.tokens.tt
        if name == "sentence":
            return selections.sentence(tt, caret)
        if name == "quoted":
            return selections.quoted(tt, caret)
        return selections.clause_after_cue(tt, caret, cue_verbs(self.cues),
                                           self.cues.get("according_to") or ())

    def moves(self, caret: int) -> Iterable[tuple[str, int]]:
        tt = self.tokens.tt
        for key, (unit, step) in CARET_KEYS.items():
            yield key, move_caret(tt, caret, unit, step)
        if self.lines is not None:
            yield "up", self.lines(caret, -1)
            yield "down", self.lines(caret, 1)
        if self.places is not None:
            yield "right_square_bracket", self.places(caret, 1)
            yield "left_square_bracket", self.places(caret, -1)

    def plan(self, caret: int, goal: Goal, limit: int = PLAN_MAX,
             nudge: bool = False) -> Plan | None:
        """The cheapest plan; with `nudge`, also a selection that is not acceptable yet but
        becomes so with normal mode's boundary keys once it is a span (`Plan.after`)."""
        tt = self.tokens.tt
        best: Plan | None = None
        fixes: dict[Span, list[str] | None] = {}
        parents: dict[tuple[int, int], tuple[tuple[int, int] | None, tuple[str, ...]]] = {}
        dist: dict[tuple[int, int], int] = {}
        start = (-1, caret)
        heap = [_Node(0, 0, start)]
        dist[start] = 0
        parents[start] = (None, ())
        targets = sorted(goal.targets | goal.starts)

        def path(state: tuple[int, int], tail: tuple[str, ...]) -> tuple[str, ...]:
            keys: list[str] = list(tail)
            node: tuple[int, int] | None = state
            while node is not None:
                parent, step = parents[node]
                keys[:0] = step
                node = parent
            return tuple(keys)

        def consider(cost: int, state: tuple[int, int], tail: tuple[str, ...],
                     span: Span | None) -> None:
            nonlocal best
            if span is None or (best is not None and cost >= best.cost):
                return
            if goal.ok(*span):
                best = Plan(path(state, tail), span)
                return
            if not nudge:
                return
            if span not in fixes:
                budget = (best.cost if best is not None else limit) - cost - 1
                fixes[span] = nudge_keys(self.tokens, span, goal, budget) if budget > 0 \
                    else None
            after = fixes[span]
            if after is not None and (best is None or cost + len(after) < best.cost):
                best = Plan(path(state, tail), span, tuple(after))

        while heap:
            node = heapq.heappop(heap)
            cost, state = node.cost, node.state
            if cost > dist.get(state, limit + 1) or cost > limit:
                continue
            if best is not None and cost + 1 >= best.cost:
                break
            anchor, c = state
            if anchor < 0:
                consider(cost + 1, state, ("enter",), tt.snap(c, c + 1))
                if self.units:
                    for key, unit in UNIT_KEYS.items():
                        found = self.unit(unit, c)
                        consider(cost + 1, state, (key,), found and tt.snap(*found))
                snapped = self.tokens.first_after(c)
                if snapped is not None and snapped in goal.starts:
                    self._push(heap, dist, parents, (snapped, c), state, ("v",), cost + 1)
            elif c >= anchor:
                span = tt.snap(anchor, c + 1)
                consider(cost + 1, state, ("v",), span)
            for key, to in self.moves(c):
                if to != c:
                    self._push(heap, dist, parents, (anchor, to), state, (key,), cost + 1)
            for t in targets:
                if t == c:
                    continue
                query = self.searcher.query(c, t)
                if query is not None:
                    self._push(heap, dist, parents, (anchor, t), state,
                               tuple(search_keys(query)), cost + len(query) + 2)
        return best

    @staticmethod
    def _push(heap: list[_Node], dist: dict[tuple[int, int], int],
              parents: dict[tuple[int, int], tuple[tuple[int, int] | None, tuple[str, ...]]],
              state: tuple[int, int], parent: tuple[int, int], keys: tuple[str, ...],
              cost: int) -> None:
        if cost < dist.get(state, PLAN_MAX + 1):
            dist[state] = cost
            parents[state] = (parent, keys)
            heapq.heappush(heap, _Node(cost, len(dist), state))


# -- e: the boundary editor -------------------------------------------------------------------

# side -> ((key, step, unit) ...): the editor's moves, as `EditDraft.move` takes them
EDIT_KEYS: dict[str, tuple[tuple[str, int, str], ...]] = {
    "start": (("left", -1, "token"), ("right", 1, "token"),
              ("left_parenthesis", -1, "phrase"), ("right_parenthesis", 1, "phrase")),
    "end": (("shift+left", -1, "token"), ("shift+right", 1, "token"),
            ("left_square_bracket", -1, "phrase"), ("right_square_bracket", 1, "phrase")),
}


# edit mode's one-key units: the draft becomes the sentence / quoted stretch / clause
EDIT_UNITS = {"full_stop": "sentence", "quotation_mark": "quoted", "c": "clause"}
Units = Callable[[str, int], Span | None]  # (unit, offset) -> the unit's span, as the app


def edit_keys(tokens: Tokens, span: Span, goal: Goal, limit: int = 40,
              units: Units | None = None) -> list[str] | None:
    """`e`, the editor's moves (arrows and shift+arrows a token, ( ) and [ ] a phrase,
    `.` `"` `c` a unit around the start), `enter`: the fewest that make `span` acceptable
    (None: none within `limit` moves). [] when it is acceptable already. Each side is
    searched alone (breadth first over `EditDraft.move`'s own steps), from the span or from
    a unit; the best is then played on a real draft."""
    if goal.ok(*span):
        return []
    origins: list[tuple[Span, list[str]]] = [(span, [])]
    if units is not None:
        for key, unit in EDIT_UNITS.items():
            found = units(unit, span[0])
            if found is not None and found != span:
                origins.append((found, [key]))
    best: tuple[int, list[str]] | None = None
    for origin, lead in origins:
        found_keys = _best_moves(tokens, origin, goal, limit - len(lead))
        if found_keys is not None and (best is None or len(lead) + len(found_keys) < best[0]):
            best = (len(lead) + len(found_keys), [*lead, *found_keys])
    return None if best is None else ["e", *best[1], "enter"]


# normal mode's boundary keys are the editor's, but < > for the end's phrase ([ ] there go
# to the other documents)
NUDGE_KEYS = {"left_square_bracket": "less_than_sign", "right_square_bracket": "greater_than_sign"}


def nudge_keys(tokens: Tokens, span: Span, goal: Goal, limit: int = 40) -> list[str] | None:
    """Normal mode's boundary keys, each kept at once (`Editing.nudge`): the editor's side
    moves without `e` and `enter` (and without its units, which are edit mode's). None when
    no moves within `limit` make `span` acceptable; [] when it is already."""
    moves = _best_moves(tokens, span, goal, limit)
    return None if moves is None else [NUDGE_KEYS.get(k, k) for k in moves]


def _best_moves(tokens: Tokens, span: Span, goal: Goal, limit: int) -> list[str] | None:
    """The fewest side moves from `span` to a span the goal accepts, played and checked."""
    if goal.ok(*span):
        return []
    starts = _side_paths(tokens.tt, "start", span[0], limit)
    ends = _side_paths(tokens.tt, "end", span[1], limit)
    best: tuple[int, Span] | None = None
    for s, keys_s in starts.items():
        if s not in goal.starts:
            continue
        for e, keys_e in ends.items():
            n = len(keys_s) + len(keys_e)
            if e > s and n <= limit and (best is None or n < best[0]) and goal.ok(s, e):
                best = (n, (s, e))
    if best is None:
        return None
    return _edit_path(tokens.tt, span, best[1], starts[best[1][0]], ends[best[1][1]])


def _side_paths(tt: TextTokens, side: str, origin: int, limit: int) -> dict[int, list[str]]:
    """Every position one side of the editor reaches from `origin` within `limit` keys,
    with the shortest keys to it (the other side ignored: `_edit_path` checks it)."""
    step_token = tt.step_start if side == "start" else tt.step_end
    step_phrase = tt.step_phrase_start if side == "start" else tt.step_phrase_end
    paths: dict[int, list[str]] = {origin: []}
    frontier = [origin]
    for _ in range(min(limit, 24)):
        nxt = []
        for at in frontier:
            for key, step, unit in EDIT_KEYS[side]:
                to = (step_token if unit == "token" else step_phrase)(at, step)
                if to != at and to not in paths:
                    paths[to] = [*paths[at], key]
                    nxt.append(to)
        if not nxt:
            break
        frontier = nxt
    return paths


def _edit_path(tt: TextTokens, span: Span, target: Span, keys_s: list[str],
               keys_e: list[str]) -> list[str] | None:
    """The two sides' keys in an order that keeps the start before the end (the end first
    when it grows), checked by playing them on `EditDraft`."""
    moves = {key: (side, step, unit) for side, table in EDIT_KEYS.items()
             for key, step, unit in table}
    order = (keys_e, keys_s) if target[1] > span[1] else (keys_s, keys_e)
    draft = EditDraft(span[0], span[1], span)
    for key in (*order[0], *order[1]):
        draft.move(tt, *moves[key])
    if (draft.start, draft.end) != target:
        return None
    return [*order[0], *order[1]]


# -- s: the speaker picker --------------------------------------------------------------------

def picker_keys(matches: list[str], wanted: int, default: int) -> list[str]:
    """Keys inside the speaker picker (after `s`) to choose person `wanted` (index among the
    people; the list shows "new speaker" first, then the people): arrows from the default
    line, or a filter that makes the person the first one shown; then enter."""
    arrows = wanted + 1 - default
    best = ["down" if arrows > 0 else "up"] * abs(arrows)
    target = matches[wanted]
    before = matches[:wanted]
    for length in range(1, min(len(best), len(target) + 1)):
        found = None
        for i in range(len(target) - length + 1):
            sub = target[i:i + length]
            if sub != sub.strip() or not all(_typeable(ch) for ch in sub):
                continue
            if not any(sub in m for m in before):
                found = sub
                break
        if found is not None:
            best = [key_of(ch) for ch in found]
            break
    return [*best, "enter"]
