"""Who each speech cue of a document attributes to: the speaker a quote gets when the
annotator marks one the suggestions missed.

The quote families suggest a quote only where they can also tell where its content is.
Where they cannot, the parse still knows who 'said' in that sentence: this pass keeps, for
every speech-verb candidate, the mention it attaches to (the same `find_speaker` the
families use, then the subject of the clause it depends on, then the words that open its
clause), with its canonical name; the same for the schema's marking verbs ('called on ...',
which suggest nothing); and for every other verb whose subject is someone (a
name, a named group, a personal pronoun: 'Lee blamed the delays on ...') the same, asked
only when the sentence has no speech cue to offer. The store keeps them next to the
suggestions; when an annotator marks a QUOTE by hand, the cue nearest to it in its sentence
names its speaker (`annotate.store.cue_speakers.choose`), so a speaker the parse can read
costs no key.

A pure function of the parsed Doc, like the families; spaCy is needed here only.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.suggest.context import DocContext
from annotate.suggest.mention_spans import SUBJ_DEPS, Mention
from annotate.suggest.speaker_names import NameResolver
from annotate.suggest.speakers import clause_start_speaker, find_speaker, governing_speaker
from annotate.suggest.types import CueSpeaker


def _mention(ctx: DocContext, verb_i: int, floor: int, ceil: int) -> Mention | None:
    doc = ctx.doc
    return (find_speaker(doc, verb_i, floor, ceil)
            or governing_speaker(doc, verb_i, floor)
            or clause_start_speaker(doc, verb_i, floor))


_WHO_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_WHO_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def _someone(head: Token) -> bool:
    """The head of a mention that can be someone: a name, a named group or a personal
    pronoun (the subject of any verb is often 'it', 'there', 'which' or a thing)."""
    return head.pos_ == "PROPN" or head.ent_type_ in _WHO_ENTS or \
        head.lower_ in _WHO_PRONOUNS


def cue_speakers(ctx: DocContext, names: NameResolver) -> list[CueSpeaker]:
    """For every speech-verb candidate with a speaker in its sentence (and every verb of
    the schema's `marking_verbs`, which suggest nothing but still name who spoke: "X,
    Y, called on Z to ..."), and every other verb whose subject is someone: the cue, the
    sentence and the speaker mention (character offsets), in text order."""
    doc = ctx.doc
    out: list[CueSpeaker] = []
    speech, marking = ctx.verb_set, ctx.cues.marking_verbs
    for sent in doc.sents:
        for verb in sent:
            is_speech = verb.i in speech
            is_cue = is_speech or (verb.pos_ == "VERB" and verb.lemma_ in marking)
            if not is_cue and (verb.pos_ != "VERB" or not any(
                    c.dep_ in SUBJ_DEPS and _someone(c) for c in verb.children)):
                continue  # the subject test first: most verbs have no one as subject
            mention = _mention(ctx, verb.i, sent.start, sent.end)
            if mention is None or mention.start >= mention.end:
                continue
            words = doc[mention.start:mention.end]
            if not is_cue and not _someone(words.root):
                continue
            canonical, _ = names.resolve(*(mention.antecedent or (mention.start, mention.end)))
            out.append(CueSpeaker(
                cue_start=verb.idx, cue_end=verb.idx + len(verb.text),
                sent_start=sent.start_char, sent_end=sent.end_char,
                start=words.start_char, end=words.end_char, text=words.text,
                canonical=canonical, rule=mention.rule, speech=is_speech))
    return out
