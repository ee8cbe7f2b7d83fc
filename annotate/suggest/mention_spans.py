"""Where a SPEAKER mention begins and ends: the phrase of a head word, without what a
dateline, a parenthesis or a relative clause adds to it, and at most
``max_mention_tokens`` long. Shared by the rules that find mentions
(:mod:`annotate.suggest.speakers`); nothing here decides who speaks.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from annotate.suggest.rulebook import speaker_words as _w

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Mention:
    """A speaker mention found for a cue (token range [start, end)); a relative pronoun
    ("who said ...") keeps its antecedent, whose name is its canonical name."""

    start: int
    end: int
    rule: str
    antecedent: tuple[int, int] | None = None


def max_tokens() -> int:
    return _w().max_mention_tokens


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation at both ends and anything from a parenthesis or relative clause."""
    for i in range(start, end):
        t = doc[i]
        if t.text in "([" or t.dep_ == "relcl" or (t.text == "," and i > start and _rel(doc, i)) \
                or (i > start and t.lower_ in RELATIVE_WORDS and t.head.dep_ == "relcl"
                    and t.head.i > i):  # 'the populist who has mounted ...'
            end = i
            break
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or
                           doc[end - 1].lower_ in RELATIVE_WORDS):
        end -= 1  # "the groups that (sued ...)": the relative pronoun goes with its clause
    return start, end


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})


def _rel(doc: Doc, comma: int) -> bool:
    """True when the comma opens a relative clause ("X, who ...")."""
    nxt = comma + 1
    return nxt < len(doc) and doc[nxt].lower_ in {"who", "which", "whose", "whom"}


def compact(doc: Doc, head: Token) -> tuple[int, int]:
    """The head noun with its left modifiers and an "of ..." phrase up to a comma."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = child.right_edge.i + 1
            break
        if child.dep_ in {"appos", "compound", "flat"}:
            end = child.right_edge.i + 1
    return start, end


def head_phrase(doc: Doc, head: Token, left: int | None = None,
                shorten: bool = False) -> tuple[int, int] | None:
    """The mention of ``head``: its phrase from ``left`` (its left edge) on, trimmed; when
    that is longer than a mention may be, its compact form (with ``shorten``), then the
    words up to the head alone (a long apposition: the name); None when nothing short
    enough is left."""
    left = head.left_edge.i if left is None else left
    start, end = trim(doc, left, head.right_edge.i + 1)
    if end - start > max_tokens() and shorten:
        c_start, c_end = compact(doc, head)
        start, end = trim(doc, max(left, c_start), c_end)
    if end - start > max_tokens():
        start, end = trim(doc, left, head.i + 1)
    return (start, end) if start < end <= start + max_tokens() else None


_DASHES = frozenset({"-", "--", "—", "–"})


def left_edge(doc: Doc, head: Token, floor: int) -> int:
    """Where the phrase of ``head`` begins, from ``floor`` on and after a dateline the
    parser hung on it ('OSLO (AP) — The mayor said', 'May 4 (Reuters) - Senator Ana Ruiz
    said', where it took "Reuters" for the subject and the name for its apposition): after
    a dash set off by spaces before the head, or after a closing parenthesis."""
    start = max(floor, head.left_edge.i)
    for k in range(head.right_edge.i, start, -1):
        if doc[k].text in _DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_ and \
                (k < head.i or doc[k - 1].text == ")"):
            return k + 1
    return start


NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def name_like(t: Token) -> bool:
    """A PERSON token, or a capitalised proper noun (the model often tags a name ORG)."""
    return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text[:1].isupper()
                                       and t.is_alpha)


def in_relative(t: Token) -> bool:
    """The token belongs to a relative clause ('a candidate who has made ...')."""
    return t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors)
