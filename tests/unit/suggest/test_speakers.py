"""Speaker mentions and their canonical names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from annotate.suggest.speakers import clause_start_speaker, find_speaker
from tests.unit.suggest.fixtures import SEEDS, cues, nlp, quotes, run  # noqa: F401


@pytest.mark.parametrize(("text", "speaker", "canonical"), [
    # surnames find the full name seen in the document, even later
    ('Mayor Karen Bass spoke.\n"We cut homelessness by half," Bass said.', "Bass",
     "Karen Bass"),
    # pronouns and titles take the last person named
    ("Jens Stoltenberg arrived. He noted that the allies agreed.", "He", "Jens Stoltenberg"),
    ("Jens Stoltenberg spoke.\nWe are not a party to the conflict, the head of the Alliance "
     "emphasized.", "the head of the Alliance", "Jens Stoltenberg"),
    # an apposition stays with its name; a relative clause does not
    ('"The court got it right," Ana Ruiz, a lawyer for the groups that sued, said.',
     "Ana Ruiz, a lawyer for the groups", "Ana Ruiz"),
    # "who said ..." is "who", for the person it is about
    ("The striker Tom Okafor, who scored twice, said the team never gave up.",
     "The striker Tom Okafor", "Tom Okafor"),
    ("Residents who said the water made them sick filed suit.", "who", None),
    # 'quoted X as saying'
    ("State media quoted Foreign Minister Lena Ortiz as saying Ankara was ready to talk.",
     "Foreign Minister Lena Ortiz", "Lena Ortiz"),
    # the author of an issued statement, not the statement
    ("The senator issued a statement Tuesday saying the ruling was wrong.", "The senator",
     None),
    # 'X said, according to Y': Y reports the words (PolNeAR's source); the quote that
    # goes on is Y's too
    ('"We will win the state," Lopez said, according to the Tribune. "It is ours."',
     "the Tribune", None),
    ('"We will win the state," the mayor told reporters, according to a transcript.',
     "a transcript", None),
    # an infinitive's speaker is above it, never the words before its "to"
    ("Her critics rushed to the studios to say she did not speak for the party.",
     "Her critics", None),
    ("The judge pointed to an earlier case to say that courts must weigh the public "
     "interest.", "The judge", None),
    ("Several firms are taking pains to say they are not endorsing any candidate.",
     "Several firms", None),
    # ... also when the parser hung the name's verb on the name ('X, who ..., tweeted')
    ("Ana Lopez, who is running for mayor, tweeted on Friday to say she had never backed "
     "the plan.", "Ana Lopez", "Ana Lopez"),
    # ... also through a relative clause, or with no subject in the parse
    ("Senator Ana Ortiz is releasing a new ad that urges voters in Ohio to “send a "
     "message” to the banks.", "Senator Ana Ortiz", "Ana Ortiz"),
    ('The Tribune recently ran a piece that noted her "plan would help the rich more than '
     'the poor."', "The Tribune", None),
    ("He urged the marshal to withdraw from the event. Black Lives Matter issued a "
     'statement saying it took the action "because of the unsafe conditions created for '
     'our communities by the police."', "Black Lives Matter", None),
    # ... but what a passive's "by" phrase brings has no author there
    ('The page was replaced on Thursday by a message that said, "Sorry, but the item you '
     'want is gone."', "that", None),
    # a name before an aside set off by commas, when the parse gave the verb no subject
    # (not the object after it)
    ("“We were badly wrong to not have fought him from the start,” Ramos, 58, told AFP in "
     "an interview in Lima on Monday.", "Ramos, 58", None),
    ('"That was a fine speech you gave last night, Madam Mayor," Councilman Tom Reyes, '
     'Democrat of the Ninth Ward, told Ms. Ortiz as she stopped for a photo.',
     "Councilman Tom Reyes, Democrat of the Ninth Ward", "Tom Reyes"),
    # a participle appended after a comma speaks for the sentence's subject, not for the
    # subject of the clause the parser hung it on
    ("Reached by the Tribune, Ruiz denied the notion that a campaign shakeup is coming, "
     "explaining that she was unaware of the interview because she was “taking a day "
     "off.”", "Ruiz", "Ruiz"),
    ("Campaign manager Tom Reyes rejected the idea that the wealthy developer would be a "
     "drag on the ticket, saying the huge crowds at rallies prove that she would energize "
     "the party.", "Campaign manager Tom Reyes", "Tom Reyes"),
    # the object of the verb an infinitive completes speaks ('led X to say'), when it is
    # a person or a group, not a thing ('used the comments to urge')
    ("Even the late timing of the debate led Republicans to say that Democrats were trying "
     "to protect their candidate.", "Republicans", None),
    ('The strong win led her to declare that the nomination was "in sight."', "her", None),
    ("The rifle association, which has endorsed Ortiz, used the comments to urge people to "
     "vote for her.", "The rifle association", None),
    # a passive 'was asked by X', 'was told by X': X speaks, not the one spoken to
    ("On the show, Ortiz was asked by host Tom Reyes, “Are you still tired of hearing about "
     "the emails?”", "host Tom Reyes", "Tom Reyes"),
    ('The senator was told by aides, "You cannot win this state."', "aides", None),
    # a participle after another verb's object speaks for that verb's subject, who
    # addresses them (without the relative clause of the subject); not after a verb of
    # receiving
    ("It was unclear whether Ortiz would follow that script. The Ohio senator emailed "
     "supporters saying: “The struggle continues.”", "The Ohio senator", None),
    ("Senator Ana Ortiz, the Ohio populist who has mounted a challenge to the governor, has "
     "drawn huge crowds describing a state run by bankers.",
     "Senator Ana Ortiz, the Ohio populist", "Ana Ortiz"),
    ("At 11:00 am police received 911 calls saying shots had been fired inside the center.",
     "911 calls", None),
    ('And she made a point of saying the club "was a place of solidarity."', "she", None),
    # ... also when the aside is a relative clause (which the mention leaves out)
    ("Most historians recognize the famine for what it is (Ana Ruiz, who coined the word "
     "genocide, once said, “It happened so many times, first to the farmers, then to the "
     "herders”).", "Ana Ruiz", "Ana Ruiz"),
    ('"We will win," Tom Reyes, a lawyer for the city who has made housing the centerpiece '
     'of his campaign, said.', "Tom Reyes, a lawyer for the city", "Tom Reyes"),
    # the words before the verb close a relative clause: the one it is about speaks
    ("Although there is no such link with the mayor, a city hall official who spoke "
     'anonymously to discuss internal strategy said Wednesday, "Certainly there are talks '
     'between the two offices."', "a city hall official", None),
    # a dateline is never the speaker
    ("OSLO, March 3 (Reuters) - Norway's central bank raised its key rate on Thursday and "
     "said it would keep it on hold.", "Norway's central bank", None),
    # ... also when the parser hung it on the subject, or took the agency for the subject
    ("Levee fears grow.  SALEM, Ore. (AP) — Democratic Senate hopeful Ana Ortiz says she "
     "doesn’t watch the river much anymore because the city has gone “soft”.",
     "Democratic Senate hopeful Ana Ortiz", "Ana Ortiz"),
    ("May 4 (Reuters) - U.S. Democratic Senate candidate Ana Ortiz on Tuesday said that the "
     "violence against farmers in the valley is a crime.",
     "U.S. Democratic Senate candidate Ana Ortiz", "Ana Ortiz"),
])
def test_speakers(nlp, cues, text, speaker, canonical):  # noqa: F811
    found = quotes(run(nlp, cues, text))
    assert found and found[-1][1:] == (speaker, canonical)


def test_journalistic_we_is_no_speaker(nlp, cues):  # noqa: F811
    assert quotes(run(nlp, cues, "We will remind that the talks failed in May.")) == []


def test_seed_articles_keep_their_speakers(nlp, cues):  # noqa: F811
    text = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    found = quotes(run(nlp, cues, text))
    dash = [q for q in found if q[0].startswith("We all agree that Ukraine")]
    assert dash and dash[0][1:] == ("Stoltenberg", "Jens Stoltenberg")
    assert all(q[2] == "Jens Stoltenberg" for q in found)


def test_a_preposition_s_object_before_an_aside_is_no_speaker(nlp):  # noqa: F811
    # 'Ortiz campaigned in Ohio, a swing state, said she won.' with "said" hung on nothing
    # (built by hand: the parse that leaves the speech verb without a subject)
    words = ["Ortiz", "campaigned", "in", "Ohio", ",", "a", "swing", "state", ",", "said",
             "she", "won", "."]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB",
           "PRON", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos,
              tags=["NNP", "VBD", "IN", "NNP", ",", "DT", "NN", "NN", ",", "VBD", "PRP",
                    "VBD", "."],
              heads=[1, 1, 1, 2, 3, 7, 7, 3, 9, 9, 11, 9, 9],
              deps=["nsubj", "ROOT", "prep", "pobj", "punct", "det", "compound", "appos",
                    "punct", "ROOT", "nsubj", "ccomp", "punct"])
    mention = find_speaker(doc, 9, 0, 9, inverted_ok=False)
    assert mention is None or doc[mention.start].text != "Ohio"
    # the same aside after a name that opens the clause is the speaker's
    doc = Doc(nlp.vocab, words=["Ruiz", *words[4:]], pos=["PROPN", *pos[4:]],
              tags=["NNP", ",", "DT", "NN", "NN", ",", "VBD", "PRP", "VBD", "."],
              heads=[5, 0, 4, 4, 0, 5, 5, 8, 5, 5],
              deps=["npadvmod", "punct", "det", "compound", "appos", "punct", "ROOT",
                    "nsubj", "ccomp", "punct"])
    mention = find_speaker(doc, 6, 0, 6, inverted_ok=False)
    assert mention is not None and (mention.start, mention.end) == (0, 5)  # 'Ruiz, ... state'


def test_a_time_before_the_verb_is_no_speaker(nlp):  # noqa: F811
    # 'Reyes, who won, last week said he lost.' and 'Friday, Ohio, leading a coalition,
    # asked a judge to act.' with no subject in the parse (built by hand)
    doc = Doc(nlp.vocab, words=["Reyes", ",", "who", "won", ",", "last", "week", "said", "he",
                                "lost", "."],
              heads=[7, 0, 3, 0, 0, 6, 7, 7, 9, 7, 7],
              deps=["dep", "punct", "nsubj", "relcl", "punct", "amod", "npadvmod", "ROOT",
                    "nsubj", "ccomp", "punct"],
              tags=["NNP", ",", "WP", "VBD", ",", "JJ", "NN", "VBD", "PRP", "VBD", "."],
              pos=["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "ADJ", "NOUN", "VERB", "PRON",
                   "VERB", "PUNCT"],
              ents=["O", "O", "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O"])
    mention = find_speaker(doc, 7, 0, 7, inverted_ok=False)
    assert mention is None or doc[mention.start].text != "last"
    doc = Doc(nlp.vocab, words=["Friday", ",", "Ohio", ",", "leading", "a", "coalition", ",",
                                "asked", "a", "judge", "to", "act", "."],
              heads=[8, 8, 8, 2, 2, 6, 4, 8, 8, 10, 8, 12, 8, 8],
              deps=["npadvmod", "punct", "dep", "punct", "acl", "det", "dobj", "punct",
                    "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
              tags=["NNP", ",", "NNP", ",", "VBG", "DT", "NN", ",", "VBD", "DT", "NN", "TO",
                    "VB", "."],
              pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB",
                   "DET", "NOUN", "PART", "VERB", "PUNCT"],
              ents=["B-DATE", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O",
                    "O"])
    mention = clause_start_speaker(doc, 8, 0)
    assert mention is not None and doc[mention.start:mention.end].text == "Ohio"
