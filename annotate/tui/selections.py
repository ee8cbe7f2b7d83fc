"""One-key selections around the cursor: the sentence, the quoted stretch, the clause after
the cue. Pure functions of the text and its tokens (no Textual), so each is tested alone.

They answer "which span would an annotator most likely mark here": a direct quote is the
stretch between quotation marks (without the marks and the comma before the attribution),
an indirect one the clause after the cue verb ("said that …", "according to X, …") up to
the end of the sentence. Every result is snapped to spaCy's tokens, like any selection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from annotate.tui.tokens import TextTokens

OPENING = "\"“«„"
CLOSING = "\"”»“"
# What a span never starts or ends with: space, quote marks, the comma before "he said".
_LEAD = " \t\r\n,;:-–—\"“”«»„"
_TRAIL = " \t\r\n,;:-–—\"“”«»„"
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
              "speak": ("spoke", "spoken"), "tweet": ("tweeted",)}
_WORD = re.compile(r"[\w’'-]+")


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace, quote marks, commas and dashes."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


@lru_cache(maxsize=8)
def speech_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The forms a speech verb takes in news: says, said, saying, denied, admitted …"""
    out: set[str] = set()
    for verb in verbs:
        v = verb.lower()
        out.update((v, f"{v}s", f"{v}es", *_IRREGULAR.get(v, ())))
        if v.endswith("e"):
            out.update((f"{v}d", f"{v[:-1]}ing"))
        elif v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
            out.update((f"{v[:-1]}ied", f"{v[:-1]}ies", f"{v}ing"))
        else:
            out.update((f"{v}ed", f"{v}ing"))
            if len(v) > 2 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and \
                    v[-3] not in "aeiou":
                out.update((f"{v}{v[-1]}ed", f"{v}{v[-1]}ing"))
    return frozenset(out)


def _snap(tokens: TextTokens, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip(tokens.text, start, end)
    return None if end <= start else tokens.snap(start, end)


def sentence(tokens: TextTokens, offset: int) -> tuple[int, int] | None:
    """The sentence around `offset` (spaCy's sentencizer, within its paragraph)."""
    found = tokens.sentence_at(offset)
    return None if found is None else _snap(tokens, *found)


def _quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotation marks of a paragraph, paired left to right."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(start, end):
        ch = text[i]
        if opened is None and ch in OPENING:
            opened = i
        elif opened is not None and ch in CLOSING and (ch != "“" or text[opened] == "„"):
            pairs.append((opened, i))
            opened = None
    return pairs


def quoted(tokens: TextTokens, offset: int) -> tuple[int, int] | None:
    """The stretch between the quotation marks around `offset`, else the next one after it
    in the paragraph; without the marks and a comma before the closing mark."""
    para = tokens.paragraph_at(offset)
    if para is None:
        return None
    pairs = _quote_pairs(tokens.text, para.start, para.end)
    around = [p for p in pairs if p[0] <= offset <= p[1]]
    after = [p for p in pairs if p[0] > offset]
    chosen = around[0] if around else (after[0] if after else None)
    if chosen is None:
        return None
    return _snap(tokens, chosen[0] + 1, chosen[1])


def _cues(text: str, start: int, end: int, verbs: frozenset[str],
          phrases: Iterable[str]) -> list[tuple[int, int, bool]]:
    """(start, end, is_according_to) of every cue in [start, end)."""
    found = [(m.start(), m.end(), False) for m in _WORD.finditer(text, start, end)
             if m.group().lower() in verbs]
    low = text[start:end].lower()
    for phrase in phrases:
        p = phrase.lower()
        at = low.find(p)
        while at >= 0:
            found.append((start + at, start + at + len(p), True))
            at = low.find(p, at + 1)
    return sorted(found)


def clause_after_cue(tokens: TextTokens, offset: int, speech_verbs: Iterable[str],
                     according_to: Iterable[str] = ()) -> tuple[int, int] | None:
    """The content after the cue of the sentence around `offset`: "He said [that X]." and
    "According to him, [X]." The cue is the last one before the cursor, else the first."""
    bounds = tokens.sentence_at(offset)
    if bounds is None:
        return None
    text = tokens.text
    s_start, s_end = bounds
    cues = _cues(text, s_start, s_end, speech_forms(frozenset(speech_verbs)), according_to)
    if not cues:
        return None
    before = [c for c in cues if c[0] <= offset]
    cue_start, cue_end, according = before[-1] if before else cues[0]
    if according:
        # "According to X, Y." marks Y; "Y, according to X." marks Y, before the cue.
        comma = text.find(",", cue_end, s_end)
        if comma < 0:
            return _before(tokens, s_start, cue_start)
        return _snap(tokens, comma + 1, s_end)
    start = cue_end
    lead = re.match(r"[\s,:]*(?:that\b)?", text[start:s_end])
    if lead is not None:
        start += lead.end()
    if s_end - start < 3:
        return _before(tokens, s_start, cue_start)  # "X, he said."
    return _snap(tokens, start, s_end)


def _before(tokens: TextTokens, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The content before a trailing attribution: up to the last comma before the cue."""
    comma = tokens.text.rfind(",", s_start, cue_start)
    return _snap(tokens, s_start, comma if comma > s_start else cue_start)


# -- who said it: the mention next to a cue ---------------------------------------------------

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this"})
# Words that stand between a subject and its cue ("Smith also said", "she had told").
_BETWEEN = frozenset({"also", "has", "had", "have", "was", "is", "were", "would", "will",
                      "later", "then", "previously", "repeatedly", "recently", "reportedly",
                      "once", "again", "did", "does", "do", "could", "should", "may", "might",
                      "just", "first", "further", "publicly", "privately", "often", "never",
                      "not", "already", "since"})
# Where a noun phrase after a cue ends ("said the senator in a statement").
_PHRASE_END = frozenset({"who", "in", "on", "at", "to", "that", "during", "after", "before",
                         "when", "while", "and", "but", "with", "from", "for", "as", "of"})
MENTION_WORDS = 5  # a longer run is not one mention
_PARENTHETICAL = re.compile(r"\([^()\s]{1,12}\)")  # "(D-Wis.)", "(R-IN)"


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Nothing but spaces between two words (no comma, no line break)."""
    return text[a[1]:b[0]].strip(" ") == ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _before_cue(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The subject right before the cue at `words[i]`: a pronoun, a run of capitalised words
    ("Hillary Clinton said") or a determiner and its nouns ("the senator said")."""
    j = i - 1
    while j >= 0 and words[j][2].lower() in _BETWEEN and _joined(text, words[j], words[j + 1]):
        j -= 1
    if j < 0 or not _joined(text, words[j], words[j + 1]):
        return None
    last = words[j]
    if last[2].lower() in _SUBJECT_PRONOUNS:
        return last[0], last[1]
    first = j
    if _capitalised(last[2]):
        while first > 0 and i - first < MENTION_WORDS and _capitalised(words[first - 1][2]) \
                and _joined(text, words[first - 1], words[first]):
            first -= 1
        return words[first][0], last[1]
    while first > 0 and j - first < MENTION_WORDS - 1 and \
            _joined(text, words[first - 1], words[first]):
        first -= 1
        if words[first][2].lower() in _DETERMINERS:
            return words[first][0], last[1]
        if words[first][2].lower() in _PHRASE_END or words[first][2].lower() in _BETWEEN:
            return None
    return None


def _after_cue(text: str, words: list[tuple[int, int, str]], i: int,
               according: bool) -> tuple[int, int] | None:
    """The speaker right after the cue: "said Smith", "said the senator", "according to him"."""
    j = i + 1
    if j >= len(words) or not _joined(text, words[i], words[j]):
        return None
    word = words[j][2]
    pronouns = _OBJECT_PRONOUNS if according else _SUBJECT_PRONOUNS
    if word.lower() in pronouns:
        return words[j][0], words[j][1]
    last = j
    if _capitalised(word):
        while last + 1 < len(words) and last + 1 - j < MENTION_WORDS and \
                _capitalised(words[last + 1][2]) and _joined(text, words[last], words[last + 1]):
            last += 1
        return words[j][0], words[last][1]
    if word.lower() not in _DETERMINERS:
        return None
    while last + 1 < len(words) and last + 1 - j < MENTION_WORDS and \
            words[last + 1][2].lower() not in _PHRASE_END and \
            _joined(text, words[last], words[last + 1]):
        last += 1
    return (words[j][0], words[last][1]) if last > j else None


def cue_mentions(tokens: TextTokens, start: int, end: int, speech_verbs: Iterable[str],
                 according_to: Iterable[str] = (), limit: int = 3) -> list[tuple[int, int]]:
    """Who most likely said the quote [start, end): the mention next to a speech cue in its
    paragraph(s) ("…," Smith said; she told reporters …; according to the senator, …),
    cues nearest the quote first, cues inside the quote left out.

    Word patterns only, no parse: the speaker picker offers these when the suggesters found
    no speaker (or the annotator made the quote), so it must cost nothing on the key path.
    The annotator sees and chooses; a wrong guess costs a look, never a wrong span.
    """
    # "Rep. Ada Price (D-Wis.) said": a short parenthetical between a name and its cue is
    # blanked (same length, so offsets hold) and the name stands next to the cue
    text = _PARENTHETICAL.sub(lambda m: " " * len(m.group()), tokens.text)
    lo, hi = tokens.paragraph_span(start, max(start, end - 1))
    verbs = speech_forms(frozenset(speech_verbs))
    phrases = [p for p in according_to if p.strip()]
    words = _words(text, lo, hi)
    index = {w[0]: n for n, w in enumerate(words)}
    found: list[tuple[int, tuple[int, int]]] = []
    for c_start, c_end, according in _cues(text, lo, hi, verbs, phrases):
        if c_start < end and c_end > start:
            continue  # a cue inside the quote is its content
        distance = start - c_end if c_end <= start else c_start - end
        first = index.get(c_start)
        if first is None:
            continue
        last = first
        while last + 1 < len(words) and words[last + 1][0] < c_end:
            last += 1
        spots = [] if according else [_before_cue(text, words, first)]
        spots.append(_after_cue(text, words, last, according))
        for spot in spots:
            if spot is None or (spot[0] < end and spot[1] > start):
                continue
            snapped = tokens.snap(*spot)
            if snapped is not None:
                found.append((distance, snapped))
    out: list[tuple[int, int]] = []
    for _, spot in sorted(found):
        if spot not in out:
            out.append(spot)
    return out[:limit]


# -- who said it: the subject of the quote's sentence -----------------------------------------

# Words that open a sentence before its subject ("But he ...", "Still, Smith ...").
_OPENERS = frozenset({"but", "and", "so", "yet", "still", "however", "meanwhile", "now",
                      "then", "also", "instead", "later", "earlier", "separately", "again"})
# Capitalised only because they open the sentence: never the start of a name.
_NOT_A_NAME = _OPENERS | _PHRASE_END | _BETWEEN | frozenset({
    "if", "there", "here", "this", "that", "these", "those", "some", "many", "most", "all",
    "no", "not", "what", "why", "how", "where", "which", "one", "two", "last", "next",
    "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "asked", "according", "speaking", "despite", "although",
    "though", "because", "since", "until", "unlike", "like", "over", "under", "about",
    "among", "without", "within", "through", "by", "amid", "even"})
_TITLE = re.compile(r"\.\s+$")  # "Sen. David Perdue": a short title word, its full stop


def _name_run(text: str, words: list[tuple[int, int, str]], j: int) -> int:
    """Index of the last word of the run of capitalised words from `words[j]` (joined by
    spaces, or by the full stop of a short title: "Sen. David Perdue")."""
    last = j
    while last + 1 < len(words) and last + 1 - j < MENTION_WORDS and \
            _capitalised(words[last + 1][2]):
        gap = text[words[last][1]:words[last + 1][0]]
        if gap.strip(" ") and not (_TITLE.fullmatch(gap) and len(words[last][2]) <= 4):
            break
        last += 1
    return last


def _after_opening_mark(text: str, at: int) -> bool:
    """A quotation mark opens right before `at` ('He left. "We stay," …': the sentencizer
    may leave the mark with the sentence before). A straight one opens after a space."""
    mark = text[at - 1:at]
    if mark in ("“", "«", "„"):
        return True
    return mark == '"' and (at < 2 or text[at - 2].isspace())


def sentence_subject(tokens: TextTokens, start: int, end: int) -> tuple[int, int] | None:
    """The narrator's subject of the sentence the quote [start, end) starts in: its first
    pronoun or name ("He released a letter that says [...]", "Sen. David Perdue said he
    didn't believe [...]", "The Republican National Committee noted [...]"), after an
    opener ("But it is steering clear of [...]"). In news the one a sentence is about is
    most often who is reported: the picker offers it when no cue names anyone.

    Not from a sentence that opens with a quotation mark (its first words are the quote's
    own), and not a word that is capitalised only for opening the sentence ("In", "Some").
    """
    bounds = tokens.sentence_at(start)
    if bounds is None:
        return None
    text = tokens.text
    s_start, s_end = strip(text, *bounds)
    if s_start >= s_end or any(ch in OPENING for ch in text[bounds[0]:s_start]) or \
            _after_opening_mark(text, s_start):
        return None
    words = _words(text, s_start, min(s_end, s_start + 200))
    j = 0
    while j < len(words) and words[j][2].lower() in _OPENERS:
        j += 1
    if j >= len(words):
        return None
    word = words[j][2]
    low = word.lower()
    if low in _SUBJECT_PRONOUNS:
        return tokens.snap(words[j][0], words[j][1])
    first = j
    if low in ("the", "a", "an") and j + 1 < len(words) and _capitalised(words[j + 1][2]) \
            and _joined(text, words[j], words[j + 1]):
        j += 1  # "The Republican National Committee"
    elif not _capitalised(word) or low in _NOT_A_NAME or low in _DETERMINERS:
        return None
    return tokens.snap(words[first][0], words[_name_run(text, words, j)][1])


# -- where a quote most likely is: the places `]` / `[` go to in new-span mode ----------------

QUOTED_WORDS = 3  # fewer words in quotation marks are a scare quote or a name, no place


def quote_places(tokens: TextTokens, index: int, speech_verbs: Iterable[str],
                 according_to: Iterable[str] = ()) -> list[tuple[int, int, int]]:
    """The places of paragraph `index` where a quote most likely is, in text order, each as
    (where the caret goes, start, end of what a QUOTE there would overlap):

    - an opening quotation mark of three words or more: the caret on the mark (`"` then
      selects the stretch), the stretch as the region;
    - the first speech cue of a sentence outside quotation marks: the caret on the cue
      (`c` selects the clause after it, `.` the sentence), its sentence as the region.

    The model drops the places a QUOTE already overlaps: what is left is what the
    suggestions missed, a checklist the annotator walks with one key a place.
    """
    if not 0 <= index < tokens.paragraph_count:
        return []
    para = tokens.paragraph(index)
    text = tokens.text
    inside = _quote_pairs(text, para.start, para.end)
    out = [(a, a + 1, b) for a, b in inside if len(text[a + 1:b].split()) >= QUOTED_WORDS]
    verbs = speech_forms(frozenset(speech_verbs))
    sentences: set[tuple[int, int]] = set()
    for c_start, _, _ in _cues(text, para.start, para.end, verbs,
                               [p for p in according_to if p.strip()]):
        if any(a < c_start < b for a, b in inside):
            continue  # a cue inside quotation marks is the quote's content
        bounds = tokens.sentence_at(c_start)
        if bounds is not None and bounds not in sentences:
            # the sentence's first cue only: "added that ... made it clear that ..." is
            # one report, and one key should not stop at each of its verbs
            sentences.add(bounds)
            out.append((c_start, *bounds))
    return sorted(set(out))
