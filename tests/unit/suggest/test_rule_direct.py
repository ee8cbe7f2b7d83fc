"""The direct family: quotes in quotation marks and the verb that attributes them."""

from __future__ import annotations

import pytest

from annotate.suggest.quotes.attribution import _clause_before_quote
from tests.unit.suggest.fixtures import context, cues, nlp, proposals, quotes, run  # noqa: F401

CASES = [
    # attributed on the right, short or inverted
    ('"We will win," the coach said.', [("We will win", "the coach", None)]),
    ('"Prices will fall," said Karen Holt, an analyst at UBS.',
     [("Prices will fall", "Karen Holt", "Karen Holt")]),
    # a long apposition between the quote and its verb (its relative clause left out)
    ('"The court got it right," Ana Ruiz, a lawyer for one of the groups that sued over '
     'the law, said in a statement.',
     [("The court got it right", "Ana Ruiz, a lawyer for one of the groups", "Ana Ruiz")]),
    # an auxiliary between the speaker and the verb ('has said', 'will say')
    ('"We do not need any more of that," she has said.',
     [("We do not need any more of that", "she", None)]),
    ('"Until you have sat at that desk, you do not know," the president will say.',
     [("Until you have sat at that desk, you do not know", "the president", None)]),
    # the parser hung the speech verb on the quotation: its speaker is above it, never
    # a subject inside the quotation
    ("''We have started those talks,'' Mr. Ford said, adding of the mayor, ''He cares "
     "about the team.''", [("We have started those talks", "Mr. Ford", "Ford"),
                            ("He cares about the team.", "Mr. Ford", "Ford")]),
    # an infinitive after the closing mark is no attribution: the report before it is
    ('Lopez wrote he was "honored and humbled" to announce the sale of the car.',
     [('he was "honored and humbled" to announce the sale of the car', "Lopez", "Lopez")]),
    # a title the tagger read as a bare verb right after the closing mark is the speaker's
    ('"Just saw the new ad. I am impressed by how bad it is," screenwriter Cole Hadley '
     "wrote on Twitter.", [("Just saw the new ad. I am impressed by how bad it is",
                            "screenwriter Cole Hadley", "Cole Hadley")]),
    # ... and past a stray second space
    ('"Prices will fall," said  Karen Holt, an analyst at UBS.',
     [("Prices will fall", "Karen Holt", "Karen Holt")]),
    # a quotation inside the subject's phrase, and the verb reports what follows it: no
    # '"...," said X' there (the subject of the content is not the speaker)
    ('Ms. Ruiz, citing "the strength of the local economy," said the county would hire '
     '40 teachers next year.',
     [("the county would hire 40 teachers next year", "Ms. Ruiz", "Ruiz")]),
    # attributed on the left, after a colon even when short
    ('The mayor told journalists: "Certainly not."', [("Certainly not.", "The mayor", None)]),
    # a short quote after its verb and a comma, ending as a sentence: what was said
    ('Later the host asked, "Really?"', [("Really?", "the host", None)]),
    ('The mayor paused and then said, "Probably."',
     [("Probably.", "The mayor", None)]),
    # a short sentence in quotation marks right after a quote goes on what it said
    ('"It was chaos on the road," the driver said. "Total chaos."',
     [("It was chaos on the road", "the driver", None), ("Total chaos.", "the driver", None)]),
    # ... but alone, or inside a sentence, it is nobody's quote
    ('"Total chaos." That is how the papers put it.', []),
    ('The driver saw "total chaos" on the road.', []),
    # titles in a list or opening a sentence, right after a quote, are no quotes
    ('"We watch a lot of television," she said. Her favourites are "Northern Lights," '
     '"Game of Thrones" and "The Long Road."', [("We watch a lot of television", "she",
                                                None)]),
    ('"We watch a lot of television," she said. "Sons of the Harbor" is her favourite show.',
     [("We watch a lot of television", "she", None)]),
    # a speaker with a verb of their own before the speech verb: no middle attribution
    ('Minutes later, she sent a message saying, "done."', [("done.", "she", None)]),
    # a quotation re-opened in the next paragraph, whose last part has an attribution of
    # its own: two quotes; with none between them, one quote over both paragraphs
    ('The mayor said: "There is no magic in the plan. It is a talking point.\n\n"Calling '
     'it by another name does not change it," the mayor added.',
     [("There is no magic in the plan. It is a talking point.", "The mayor", None),
      ("Calling it by another name does not change it", "the mayor", None)]),
    ('The mayor said: "There is no magic in the plan.\n\n"Calling it by another name does '
     'not change it."', [('There is no magic in the plan.\n\n"Calling it by another name '
                          "does not change it.", "The mayor", None)]),
    # a paragraph that is only a quotation goes on the quote ending the paragraph before
    ('"We lost the vote," the mayor said. "It was a hard night."\n\n"But we will be back '
     'next year."', [("We lost the vote", "the mayor", None),
                     ('It was a hard night."\n\n"But we will be back next year.', "the mayor",
                      None)]),
    # a quote going on after 'X, who said ...' is X's
    ('"We cannot win like this," said Anna Reyes, a nurse, who said she would not vote. '
     '"The system is broken."', [("We cannot win like this", "Anna Reyes", "Anna Reyes"),
                                 ("she would not vote", "who", "Anna Reyes"),
                                 ("The system is broken.", "Anna Reyes", "Anna Reyes")]),
    # interrupted by its attribution: two quotes, one speaker
    ("“A plan is ready,” he said, “and it starts today.”",
     [("A plan is ready", "he", None), ("and it starts today.", "he", None)]),
    # unquoted words before a middle attribution start the quote that follows it
    ('Sooner or later, the governor told reporters, "it starts to pay off."',
     [("Sooner or later", "the governor", None), ("it starts to pay off.", "the governor",
                                                   None)]),
    # a gerund speech verb: the subject of the clause it hangs on speaks
    ('The actor drew loud boos upon saying, "We all heard the voters tonight."',
     [("We all heard the voters tonight.", "The actor", None)]),
    # two apostrophes as quotation marks
    ("''We are not worried,'' said Ann Lee, a trader.",
     [("We are not worried", "Ann Lee", "Ann Lee")]),
    # a quote opening mid-sentence reports the whole sentence
    ('The plan\'s failure was "heartbreaking," she said.',
     [('The plan\'s failure was "heartbreaking', "she", None)]),
    # words after the closing mark belong to the quote when the attribution follows them
    ('"Demand has never been this strong" in the region, said Lena Ortiz, the director.',
     [('Demand has never been this strong" in the region', "Lena Ortiz", "Lena Ortiz")]),
    # ... but after a comma closing the quotation they are the speaker's apposition
    ('"He asked what it takes to win here," Ana Diaz, the chairwoman of the county party, '
     "recalled of a June conversation.",
     [("He asked what it takes to win here", "Ana Diaz, the chairwoman of the county party",
       "Ana Diaz")]),
    # a verb further away, reporting something else, is not the attribution
    ('The senator has the "strongest record on trade" without reporters asking him to '
     "change it.", [("him to change it", "reporters", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_direct_quotes(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected


def test_the_family_alone_proposes_the_quote_and_its_cue(nlp, cues):  # noqa: F811
    assert proposals(nlp, cues, "direct", '"We will win," the coach said.') == [
        ("quote.direct", "We will win", "the coach")]


def test_a_partial_quote_inside_indirect_content_is_the_whole_report(nlp, cues):  # noqa: F811
    text = 'The auditors said the firm "failed to disclose" that its reserves were shrinking.'
    assert proposals(nlp, cues, "direct", text) == [
        ("quote.indirect.partial", 'the firm "failed to disclose" that its reserves were '
         "shrinking", "The auditors")]


def test_a_clause_the_parser_left_off_the_verb_is_the_report_its_quotation_ends(
        nlp, cues):  # noqa: F811
    # ('told reporters' takes 'standards' as a second object: no content in the parse)
    text = ('He told reporters the state’s own standards are not perfect but “getting '
            'better and better.”')
    assert proposals(nlp, cues, "direct", text) == [
        ("quote.indirect.partial", "the state’s own standards are not perfect but “getting "
         "better and better.", "He")]


@pytest.mark.parametrize(("text", "content"), [
    # a verb of the speaker's own, coordinated with the speech verb
    ('The senator suggested that his rival was “weak on defense” and argued that spending '
     'must rise.', "his rival was “weak on defense"),
    # the main clause after a fronted clause with the speech verb
    ('While the voters said the governor has the "best experience," the senator is the one '
     'they trust most.', 'the governor has the "best experience'),
    # a second source for the whole report
    ('He said the vote was "a step forward," according to the paper.',
     'the vote was "a step forward'),
])
def test_a_partial_quote_s_report_ends_where_the_speakers_clause_goes_on(
        nlp, cues, text, content):  # noqa: F811
    found = proposals(nlp, cues, "direct", text)
    assert found[0][:2] == ("quote.indirect.partial", content)


def test_a_time_clause_before_a_quotation_is_no_report(nlp, cues):  # noqa: F811
    text = 'The mayor said when the meeting ended “we will see.”'
    ctx = context(nlp, cues, text)
    said = next(t.i for t in ctx.doc if t.text == "said")
    assert _clause_before_quote(ctx, said, ctx.token_at(text.index("“"))) is None


def test_a_partial_quote_after_a_middle_attribution_is_the_rest_of_the_report(
        nlp, cues):  # noqa: F811
    text = 'In those years, the chef said, she found the owner "calm and very quiet."'
    assert quotes(run(nlp, cues, text)) == [
        ("In those years", "the chef", None),
        ('she found the owner "calm and very quiet.', "the chef", None)]


def test_after_a_middle_attribution_a_noun_phrase_may_open_the_rest(nlp, cues):  # noqa: F811
    text = 'For farmers in the valley, she said, their "harvest was the worst in years."'
    assert quotes(run(nlp, cues, text)) == [
        ("For farmers in the valley", "she", None),
        ('their "harvest was the worst in years.', "she", None)]


def test_a_partial_quote_running_past_a_sentence_end_takes_the_report_to_its_close(
        nlp, cues):  # noqa: F811
    text = ('The senator said last week that he will "need a lot of help. So we will see how '
            'it goes." Then he left.')
    assert quotes(run(nlp, cues, text)) == [
        ('he will "need a lot of help. So we will see how it goes.', "The senator", None)]


@pytest.mark.parametrize(("text", "report"), [
    # two quotations joined by a conjunction are one report, not a quote and an orphan
    ('Ms. Hicks added that "many of his closest friends are farmers" and "nobody will be '
     'stronger on farm policy than him."',
     'many of his closest friends are farmers" and "nobody will be stronger on farm policy '
     'than him.'),
    ('He said that "the whole league has gone soft" because "the owners are scared of the '
     'lawyers."', 'the whole league has gone soft" because "the owners are scared of the '
     'lawyers.'),
    # a determiner before the quotation opens the report's subject
    ("The study warned that a ''large share of workers'' who got raises would ''see their "
     "hours cut by the same amount.''",
     "a ''large share of workers'' who got raises would ''see their hours cut by the same "
     "amount."),
])
def test_quotations_inside_one_report_are_that_report(nlp, cues, text, report):  # noqa: F811
    assert [q[0] for q in quotes(run(nlp, cues, text))] == [report]


def test_a_label_is_suggested_with_its_object(nlp, cues):  # noqa: F811
    text = 'The governor described the plan as "a recipe for disaster."'
    assert quotes(run(nlp, cues, text)) == [
        ('the plan as "a recipe for disaster.', "The governor", None)]


def test_a_gerund_object_goes_with_its_label(nlp, cues):  # noqa: F811
    text = 'The manager described winning the league "as a long series of small steps."'
    assert quotes(run(nlp, cues, text)) == [
        ('winning the league "as a long series of small steps.', "The manager", None)]


@pytest.mark.parametrize(("text", "label"), [
    ('The mayor praised the new library, which she described as "a gift to the whole city."',
     'as "a gift to the whole city.'),
    ('In the report the chair was described as "tired but hopeful."', 'as "tired but hopeful.'),
])
def test_a_label_after_its_object_is_suggested_from_as(nlp, cues, text, label):  # noqa: F811
    assert label in [q[0] for q in quotes(run(nlp, cues, text))]


@pytest.mark.parametrize("text", [
    'What critics call the "border loophole" lets buyers skip the check.',
    'The governor called the plan "a recipe for disaster" on Tuesday.',
    'Supporters dubbed her "the iron lady of the valley."',
])
def test_what_a_naming_verb_puts_in_quotation_marks_is_a_name(nlp, cues, text):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == []


def test_a_quote_whose_sentence_goes_on_reports_the_sentence(nlp, cues):  # noqa: F811
    text = 'The coach said, "We have two more weeks to prepare" before the final in June.'
    assert quotes(run(nlp, cues, text)) == [
        ("We have two more weeks to prepare\" before the final in June", "The coach", None)]


def test_a_conjunction_with_no_clause_of_its_own_goes_on_the_quote(nlp, cues):  # noqa: F811
    text = 'The mayor wrote, "The bridge will reopen in March" and the tunnel in May.'
    assert [q[0] for q in quotes(run(nlp, cues, text))] == [
        'The bridge will reopen in March" and the tunnel in May']


@pytest.mark.parametrize(("text", "quote"), [
    # a comma before the closing mark ends the quote's clause
    ('The mayor wrote, "The bridge will reopen soon," and posted a photo of it.',
     "The bridge will reopen soon"),
    # so does a conjunction after it opening a clause
    ('The mayor wrote, "The bridge will reopen soon" but gave no date.',
     "The bridge will reopen soon"),
    # and an attribution of its own ('"...", he said')
    ('"The bridge will reopen soon" is what the mayor said on Monday.',
     "The bridge will reopen soon"),
])
def test_a_quote_ends_at_its_mark_when_the_sentence_turns(nlp, cues, text, quote):  # noqa: F811
    assert quote in [q[0] for q in quotes(run(nlp, cues, text))]


def test_a_quote_without_a_verb_continues_the_speaker_before_it(nlp, cues):  # noqa: F811
    text = ('"We sold more than ever," said Maria Lopez, the chief executive. "Next year '
            'will be even better for all of us."')
    assert [q[1] for q in quotes(run(nlp, cues, text))] == ["Maria Lopez", "Maria Lopez"]


@pytest.mark.parametrize(("text", "scare"), [
    ('He appeared on "Meet the Press" on Sunday.', "Meet the Press"),
    ('Critics of the so-called "dishonest media" gathered outside.', "dishonest media"),
    ('The treaty calls for a "lasting truce" between the sides.', "lasting truce"),
])
def test_titles_slogans_and_scare_quotes_are_no_quotes(nlp, cues, text, scare):  # noqa: F811
    assert all(q[0] != scare for q in quotes(run(nlp, cues, text)))


@pytest.mark.parametrize(("text", "title"), [
    # a title next to a speech verb is still a title, and the verb reports what follows
    ('The senator, speaking on "Face the Nation," said the bill would pass.', "Face the Nation"),
    ('"We were outspent," she said, in a chapter of "My Long Road Back."',
     "My Long Road Back."),
])
def test_a_title_inside_a_sentence_is_no_quote_whatever_verb_is_near(
        nlp, cues, text, title):  # noqa: F811
    found = [q[0] for q in quotes(run(nlp, cues, text))]
    assert title not in found and found


@pytest.mark.parametrize("text", [
    '"Not Today," the referee said.',  # it opens the sentence
    'The mayor said, "Go Home, Tigers!"',  # after a comma, and an exclamation
])
def test_capitalised_words_that_are_said_stay_quotes(nlp, cues, text):  # noqa: F811
    assert quotes(run(nlp, cues, text))


def test_a_scare_quote_after_a_quote_is_not_its_speaker_s(nlp, cues):  # noqa: F811
    text = ('"We will not wait," the mayor said. She blamed the council for making "very '
            'rude remarks" about the plan.')
    assert quotes(run(nlp, cues, text)) == [("We will not wait", "the mayor", None)]


def test_a_sentence_in_quotation_marks_on_its_own_is_kept(nlp, cues):  # noqa: F811
    text = 'The council met on Monday.\n\n"We cannot wait any longer for the money to come."'
    assert quotes(run(nlp, cues, text)) == [
        ("We cannot wait any longer for the money to come.", None, None)]


def test_a_complete_quote_does_not_take_the_next_sentence_verb(nlp, cues):  # noqa: F811
    text = ('"We are not worried," said Ann Lee, a trader. "It is a normal correction." Other '
            "dealers said the selling would continue.")
    assert quotes(run(nlp, cues, text)) == [
        ("We are not worried", "Ann Lee", "Ann Lee"),
        ("It is a normal correction.", "Ann Lee", "Ann Lee"),
        ("the selling would continue", "Other dealers", None)]


@pytest.mark.parametrize(("text", "report", "speaker", "name"), [
    # the parse did not make the words before the quotation the verb's content, but the
    # quotation opens in lower case: it goes on with them, and the report is all of it
    ("Lee said the mayor\u2019s words and deeds \u201camount to a kind of bullying that "
     "hurts the city.\u201d",
     "the mayor\u2019s words and deeds \u201camount to a kind of bullying that hurts the "
     "city.", "Lee", "Lee"),
    ("Speaker Ann Lee says no matter what action the mayor takes, \u201chis word does not "
     "trump the charter.\u201d",
     "no matter what action the mayor takes, \u201chis word does not trump the charter.",
     "Speaker Ann Lee", "Ann Lee"),
    # the verb's setting and its listener are not part of it
    ("Ms. Ruiz said in a speech at the college the new law and its rules \u201churt the "
     "very people they claim to protect.\u201d",
     "the new law and its rules \u201churt the very people they claim to protect.",
     "Ms. Ruiz", "Ruiz"),
])
def test_a_quotation_in_lower_case_goes_on_with_the_words_before_it(
        nlp, cues, text, report, speaker, name):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == [(report, speaker, name)]


@pytest.mark.parametrize(("text", "expected"), [
    # a short sentence in quotation marks after the attribution goes on with the quote
    ("\u201cIt is a drain on our money,\u201d Ms. Lee said. \u201cBig time.\u201d Then she "
     "left.", [("It is a drain on our money", "Ms. Lee", "Lee"),
               ("Big time.", "Ms. Lee", "Lee")]),
    # a whole short sentence after a comma is the verb's quote
    ("Asked whether he would quit, the coach said, \u201cProbably.\u201d Nobody laughed.",
     [("whether he would quit", None, None), ("Probably.", "the coach", None)]),
    # not a reply opening a paragraph of its own (the crowd's, not the speaker's)
    ("\u201cWill the budget pass this year?\u201d Ms. Lee asked.\n\n\u201cNo!\u201d\n\n"
     "The room went quiet.", [("Will the budget pass this year?", "Ms. Lee", "Lee")]),
])
def test_short_whole_sentences_in_quotation_marks(nlp, cues, text, expected):  # noqa: F811
    assert quotes(run(nlp, cues, text)) == expected
