"""The resolver: one place that chooses among overlapping candidates.

Families propose without knowing of each other; here candidates are taken in order of
their rule's declared precedence (``data/rules.yaml``; text order within a precedence,
as each family yields them) and each is kept when

- its cue token is not already the cue of a kept attribution,
- its anchor (by default the cue token) lies outside the text kept ones explain, and
- one of its readings fits: no part overlaps explained text, except for rules whose
  ``nesting`` is ``outer``: a report whose content holds another report after a cue of its
  own ('She said an official had told her that ...'), as PARC nests attributions; and for
  rules that ``absorbs_orphans``: indirect content whose only explained text is words in
  quotation marks no cue attributed ('said she would run because there is "no question"
  she is "the best"'). Those are part of the report, so they are dropped as quotes of their
  own (PolNeAR marks the whole report, marks included).

Then a quote no cue attributes (an *orphan*: words in quotation marks on their own) takes
the speaker of the quote just before it when that one is in the same or the previous
paragraph ('"A," she said. "B."' and the paragraph after), whichever family found it; an
orphan with no such neighbour stays only if its family said it reads like speech. A
paragraph that is only such a quotation, right after a direct quote ending its own
paragraph, goes on that quote: one quote over the line break, as PolNeAR marks it. A last
pass keeps a quote inside another only when it has an attribution of its own (its own cue
inside the outer content, another speaker): nested reports are one QUOTE per level, scare
quotes inside a report are not.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotate.suggest.candidates import Candidate, Part, Quote, Reading
from annotate.suggest.context import QUOTE_CHARS, DocContext
from annotate.suggest.rulebook import rule
from annotate.suggest.speakers import Mention


class _Claims:
    """Characters explained so far and cue tokens used so far (the resolver's state)."""

    def __init__(self, size: int) -> None:
        self.covered = bytearray(size + 1)
        self.used: set[int] = set()

    def cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * max(0, end - start)

    def any(self, start: int, end: int) -> bool:
        return 1 in self.covered[start:end]


def resolve(ctx: DocContext, candidates: Iterable[Candidate]) -> list[Quote]:
    """The quotes kept from ``candidates``, in text order."""
    ranked = sorted(enumerate(candidates), key=lambda ic: (ic[1].rule.precedence, ic[0]))
    claims = _Claims(len(ctx.text))
    kept: list[Quote] = []
    orphans: dict[int, tuple[int, int]] = {}  # index in kept -> its claim, while unabsorbed
    for _, cand in ranked:
        if cand.cue_token is not None and cand.cue_token in claims.used:
            continue
        anchor = cand.anchor
        if anchor is None and cand.cue_token is not None:
            anchor = ctx.cue_span(cand.cue_token)
        if anchor is not None and claims.any(
                anchor[0], anchor[0] + 1 if cand.anchor is None else anchor[1]):
            continue
        reading = next((r for r in cand.readings if _fits(ctx, claims, r)), None)
        if reading is None:
            absorbed = next(((r, a) for r in cand.readings
                             if (a := _absorbs(claims, kept, orphans, r)) is not None), None)
            if absorbed is None:
                continue
            reading = absorbed[0]
            for i in absorbed[1]:
                del orphans[i]
        if cand.orphan:
            orphans[len(kept)] = reading.claim
        for part in reading.parts:
            kept.append(Quote(part.start, part.end, part.rule, cand.cue, cand.speaker,
                              cand.cue_token, cand.orphan, cand.alone_ok))
        for part in reading.parts:
            claims.cover(part.start, part.end)
        claims.cover(*reading.claim)
        if cand.cue_token is not None:
            claims.used.add(cand.cue_token)
    alive = [q for i, q in enumerate(kept) if not q.orphan or i in orphans]
    return _drop_nested(_link_orphans(ctx, alive))


def _fits(ctx: DocContext, claims: _Claims, reading: Reading) -> bool:
    for part in reading.parts:
        if not claims.any(part.start, part.end):
            continue
        if part.rule.nesting == "outer" and _nested_content_ok(ctx, claims, part):
            continue
        return False
    return True


def _absorbs(claims: _Claims, kept: list[Quote], orphans: dict[int, tuple[int, int]],
             reading: Reading) -> list[int] | None:
    """The orphans (indices in ``kept``) a reading takes in, when the only explained text
    of its parts is theirs and its parts' rules may absorb them; else None."""
    taken: list[int] = []
    for part in reading.parts:
        if not claims.any(part.start, part.end):
            continue
        if not part.rule.absorbs_orphans:
            return None
        # (an orphan may end with the full stop the content leaves out)
        inside = [i for i in orphans
                  if part.start <= kept[i].start and kept[i].end <= part.end + 1]
        if not inside:
            return None
        pos = part.start
        for a, b in sorted(orphans[i] for i in inside):
            if claims.any(pos, min(a, part.end)):
                return None
            pos = max(pos, b)
        if pos < part.end and claims.any(pos, part.end):
            return None
        taken.extend(inside)
    return taken or None


def _nested_content_ok(ctx: DocContext, claims: _Claims, part: Part) -> bool:
    """The content is only partly explained, and only after a cue another attribution
    used inside it: a nested report ('She said an official had told her that ...')."""
    if claims.any(part.start, part.start + 1):
        return False
    doc, text = ctx.doc, ctx.text
    k = ctx.token_at(part.start)
    while k < len(doc) and doc[k].idx < part.end:
        t = doc[k]
        if claims.any(t.idx, t.idx + len(t.text)) and t.text not in QUOTE_CHARS:
            return False  # explained before any used cue
        if k in claims.used:
            return text[t.idx:part.end].strip() != ""
        k += 1
    return False


def _link_orphans(ctx: DocContext, quotes: list[Quote]) -> list[Quote]:
    """Orphans continue the speaker of the quote before them, when it is close: any
    attributed quote for one that reads like speech, the direct quote right before it for
    a short phrase (a scare quote after a paraphrase belongs to nobody)."""
    quotes.sort(key=lambda q: (q.start, -q.end))
    continued = rule("quote.direct.continued")
    out: list[Quote] = []
    last: Quote | None = None  # the last quote with a speaker
    for q in quotes:
        if q.orphan:
            prev = out[-1] if out else None
            if prev is not None and prev is last and _next_paragraph(ctx, prev, q):
                # '"A," she said. "B."¶"C."': C goes on B, one quote over the line break
                out[-1] = last = Quote(prev.start, q.end, prev.rule, prev.cue, prev.speaker,
                                       prev.cue_token)
                continue
            near = last is not None and last.end <= q.start and \
                0 <= ctx.para_of(q.start) - ctx.para_of(last.end) <= 1
            if near and last is not None and (q.alone_ok or (
                    prev is last and last.rule.kind == "direct")):
                q = Quote(q.start, q.end, continued, last.cue, _named(last.speaker))
            elif not q.alone_ok:
                continue
        out.append(q)
        if q.speaker is not None:
            last = q
    return out


def _named(speaker: Mention | None) -> Mention | None:
    """The speaker a quote continues: for 'X, who said ...' the one 'who' stands for
    (the quote after it is X's, not the relative clause's)."""
    if speaker is None or speaker.antecedent is None:
        return speaker
    return Mention(*speaker.antecedent, "speaker.antecedent")


def _next_paragraph(ctx: DocContext, before: Quote, orphan: Quote) -> bool:
    """A paragraph that is only a quotation no cue attributes, closed, right after a
    direct quote that ends its own paragraph: the same quotation, parted only by a line
    break (PolNeAR marks the two as one). Not a paragraph a stray mark opens and nothing
    closes."""
    if before.rule.kind != "direct" or before.end > orphan.start or \
            ctx.para_of(orphan.start) != ctx.para_of(before.end) + 1:
        return False
    text = ctx.text
    p_start, p_end = ctx.paragraphs[ctx.para_of(orphan.start)]
    _, b_end = ctx.paragraphs[ctx.para_of(before.end)]
    after = text[orphan.end:p_end]
    closed = any(c in QUOTE_CHARS for c in after) or "''" in after
    return closed and _marks_only(text[before.end:b_end]) and \
        _marks_only(text[p_start:orphan.start]) and _marks_only(after)


def _marks_only(s: str) -> bool:
    """Nothing but quotation marks and closing punctuation."""
    return not s.replace("''", "").replace("``", "").strip("".join(QUOTE_CHARS) + " \t.,!?")


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """Keep the outer quote where one contains another, unless the inner one has an
    attribution of its own."""
    quotes.sort(key=lambda q: (q.start, -q.end))
    out: list[Quote] = []
    reach = -1
    outer: Quote | None = None  # the quote that reaches furthest so far
    for q in quotes:
        if q.end <= reach:
            if outer is not None and _own_attribution(q, outer):
                out.append(q)
            continue
        out.append(q)
        reach, outer = q.end, q
    return out


def _own_attribution(inner: Quote, outer: Quote) -> bool:
    """A report nested in the content of a direct or indirect quote, with its cue inside
    that content (a quote that continues an earlier speaker's is no new level)."""
    if inner.cue is None or inner.speaker is None or inner.cue == outer.cue or \
            inner.rule.continues or outer.rule.kind not in {"direct", "indirect"} or \
            not outer.start <= inner.cue[0] < outer.end:
        return False
    s = outer.speaker
    return s is None or (inner.speaker.start, inner.speaker.end) != (s.start, s.end)
