"""Blind gold: news passages in the style of PARC 3.0 (WSJ 1989-90) and modern wire copy.

Written by an annotator who had not read the suggesters (annotate/suggest/), to estimate
how the rules do on copy they were not tuned on. Styles: WSJ business and market copy
("..., the company said."; "said X, chairman of Y"; "X, who ..., said"; "X says"; "in an
interview"; "according to"), Reuters/AP/BBC/Guardian politics, courts, sport, science,
health and tech, with anonymous sources, organisations, pronouns, interrupted quotes,
partial quotes, colon-introduced quotes and quotes running over paragraphs.

Conventions (schema guidelines, applied consistently):
- QUOTE only for speech/communication cues (say, tell, add, note, argue, claim, allege,
  caution, confirm, write, ask, "according to", "quoted X as saying", ...); not for
  belief, expectation, knowledge or plans (think, believe, expect, know, plan), not for
  refusals ("declined to comment", "wouldn't say"), and not for "data showed". Content
  reported by a speech cue is annotated even if it contains a belief verb.
- The span is the content only: no quotation marks at either end, no cue, no source; for
  indirect speech it starts after "that"; "X said, adding that Y" is two quotes of X; an
  attribution inside the content splits it into two spans; a quote running over
  paragraphs without an intervening attribution is one span.
- SPEAKER is the full source mention the cue attaches to, appositive included
  ("Ellen Marks, a retail analyst at Salomon Brothers Inc."), relative clauses left out
  ("Terrance Mulgrew, who has run ..."). Canonical names are given for named people
  (on every mention, including pronouns) and for organisations referred to by a pronoun.
- DATE follows TimeML/TimeBank for points and periods, preposition left out, determiner
  kept ("the third quarter"); adjectival quarters ("third-quarter net") count;
  durations ("for three years", "the past decade", "the next three years", "eight
  years") and vague references ("in the coming weeks", "now") are not DATEs. Values:
  days/months/years at their own precision, quarters 1989-Q3, halves 2021-H2, seasons
  1990-SP/SU/FA, weeks 2022-W37, fiscal years FY1990, decades 198 (the 1980s).
  Weekdays resolve by tense (past -> latest such day up to publication, future -> next);
  "Oct. 19" recalling the 1987 crash resolves to 1987-10-19 as a reader would.
The people and companies are fictional unless they are institutions.
"""

from __future__ import annotations


def q(quote, speaker=None, canonical=None):
    return {"quote": quote, "speaker": speaker, "canonical": canonical}


DOCS = [
    # ---------------------------------------------------------------- WSJ 1989-90
    {"id": "b01", "published": "1989-10-26",
     "text": "Allied Products Corp. said its third-quarter net loss widened to $14.2 million, "
             "or $1.10 a share, from $3.8 million, or 30 cents a share, a year earlier. Sales "
             "fell 9% to $62.4 million. The Chicago maker of farm equipment said the loss "
             "reflected a $9 million charge for restructuring its Bush Hog unit, which it "
             "announced in August. \"We're not happy with these results, but the worst is "
             "behind us,\" said Wallace Stegman, chairman and chief executive officer.",
     "quotes": [q("its third-quarter net loss widened to $14.2 million, or $1.10 a share, from "
                  "$3.8 million, or 30 cents a share, a year earlier.", "Allied Products Corp."),
                q("the loss reflected a $9 million charge for restructuring its Bush Hog unit, "
                  "which it announced in August.", "The Chicago maker of farm equipment"),
                q("We're not happy with these results, but the worst is behind us",
                  "Wallace Stegman, chairman and chief executive officer", "Wallace Stegman")],
     "dates": [("third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
               ("August", "1989-08")]},
    {"id": "b02", "published": "1989-10-20",
     "text": "Stocks edged higher yesterday in quiet trading, two years after the crash of "
             "Oct. 19, 1987. The Dow Jones Industrial Average rose 4.38 points to 2643.65. "
             "\"People are still nervous after last Friday,\" said Hugh Larkin, a strategist at "
             "First Albany Corp. \"Nobody wants to be a hero.\" Some traders said the market "
             "could test its lows again next week.",
     "quotes": [q("People are still nervous after last Friday",
                  "Hugh Larkin, a strategist at First Albany Corp.", "Hugh Larkin"),
                q("Nobody wants to be a hero.", "Hugh Larkin, a strategist at First Albany Corp.",
                  "Hugh Larkin"),
                q("the market could test its lows again next week.", "Some traders")],
     "dates": [("yesterday", "1989-10-19"), ("Oct. 19, 1987", "1987-10-19"),
               ("last Friday", "1989-10-13"), ("next week", "1989-W43")]},
    {"id": "b03", "published": "1989-11-15",
     "text": "Terrance Mulgrew, who has run the company's European operations since 1986, said "
             "in an interview that the unit's profit would double in fiscal 1990. The unit "
             "earned $41 million last year, according to analysts. Mr. Mulgrew says the company "
             "plans to add 2,000 jobs in Spain and Portugal over the next three years. He "
             "declined to discuss pricing.",
     "quotes": [q("the unit's profit would double in fiscal 1990.", "Terrance Mulgrew",
                  "Terrance Mulgrew"),
                q("The unit earned $41 million last year", "analysts"),
                q("the company plans to add 2,000 jobs in Spain and Portugal over the next "
                  "three years.", "Mr. Mulgrew", "Terrance Mulgrew")],
     "dates": [("1986", "1986"), ("fiscal 1990", "FY1990"), ("last year", "1988")]},
    {"id": "b04", "published": "1990-01-10",
     "text": "Harmon Stores Inc. said December sales at stores open at least a year rose 4% to "
             "$1.2 billion. Analysts had been looking for a gain of about 6%. \"It was a lot "
             "tougher than we thought,\" said Ellen Marks, a retail analyst at Salomon Brothers "
             "Inc. She said discounting in the week before Christmas hurt margins.",
     "quotes": [q("December sales at stores open at least a year rose 4% to $1.2 billion.",
                  "Harmon Stores Inc."),
                q("It was a lot tougher than we thought",
                  "Ellen Marks, a retail analyst at Salomon Brothers Inc.", "Ellen Marks"),
                q("discounting in the week before Christmas hurt margins.", "She",
                  "Ellen Marks")],
     "dates": [("December", "1989-12"), ("the week before Christmas", "1989-W51")]},
    {"id": "b05", "published": "1989-11-03",
     "text": "Coastal Airlines is near an agreement to sell its Denver hub to a group led by "
             "Marvin Heller, people familiar with the talks said yesterday. The price could "
             "exceed $300 million, one of these people said. An announcement could come as "
             "early as next week, he added. A Coastal spokeswoman declined to comment. Mr. "
             "Heller couldn't be reached.",
     "quotes": [q("Coastal Airlines is near an agreement to sell its Denver hub to a group led "
                  "by Marvin Heller", "people familiar with the talks"),
                q("The price could exceed $300 million", "one of these people"),
                q("An announcement could come as early as next week", "he|he added")],
     "dates": [("yesterday", "1989-11-02"), ("next week", "1989-W45")]},
    {"id": "b06", "published": "1990-03-07",
     "text": "The economy is slowing, but a recession isn't likely this year, says Laurence "
             "Kimmel, senior economic adviser at WEFA Group. Interest rates, he says, will drift "
             "lower through the summer. Others are less sanguine. \"The 1980s expansion is long "
             "in the tooth,\" says Sara Pell of Morgan Stanley & Co. \"Sooner or later it ends.\"",
     "quotes": [q("The economy is slowing, but a recession isn't likely this year",
                  "Laurence Kimmel, senior economic adviser at WEFA Group", "Laurence Kimmel"),
                q("Interest rates", "he", "Laurence Kimmel"),
                q("will drift lower through the summer.", "he", "Laurence Kimmel"),
                q("The 1980s expansion is long in the tooth", "Sara Pell of Morgan Stanley & Co.",
                  "Sara Pell"),
                q("Sooner or later it ends.", "Sara Pell of Morgan Stanley & Co.", "Sara Pell")],
     "dates": [("this year", "1990"), ("the summer", "1990-SU"), ("1980s", "198")]},
    {"id": "b07", "published": "1989-12-12",
     "text": "A federal appeals court in San Francisco yesterday upheld a $12 million jury "
             "award against Calvert Chemical Co. The three-judge panel said the company \"knew "
             "or should have known\" that its solvent was contaminating ground water. Calvert "
             "said it would ask the full court to rehear the case. \"We think the panel got the "
             "law wrong,\" said Martin Ochs, the company's general counsel.",
     "quotes": [q("the company \"knew or should have known\" that its solvent was contaminating "
                  "ground water.", "The three-judge panel"),
                q("it would ask the full court to rehear the case.", "Calvert|Calvert said"),
                q("We think the panel got the law wrong",
                  "Martin Ochs, the company's general counsel", "Martin Ochs")],
     "dates": [("yesterday", "1989-12-11")]},
    {"id": "b08", "published": "1990-05-16",
     "text": "According to the Commerce Department, retail sales fell 0.4% in April after "
             "rising 0.9% in March. Economists had been looking for a small gain. \"Consumers "
             "are simply tapped out,\" said Donald Ravitch, director of economic forecasting at "
             "Georgia State University.",
     "quotes": [q("retail sales fell 0.4% in April after rising 0.9% in March.",
                  "the Commerce Department"),
                q("Consumers are simply tapped out",
                  "Donald Ravitch, director of economic forecasting at Georgia State University",
                  "Donald Ravitch")],
     "dates": [("April", "1990-04"), ("March", "1990-03")]},
    {"id": "b09", "published": "1989-10-05",
     "text": "Some analysts are skeptical. \"The company has promised a turnaround every year "
             "since 1985,\" said Joan Rivkin of Drexel Burnham Lambert Inc. \"I'll believe it "
             "when I see the numbers.\"\n\nIn a statement, Kemper Industries said it had "
             "retained First Boston Corp. to explore \"strategic alternatives,\" including the "
             "sale of its insurance unit. The statement said the review would be completed by "
             "the end of the year.",
     "quotes": [q("The company has promised a turnaround every year since 1985",
                  "Joan Rivkin of Drexel Burnham Lambert Inc.", "Joan Rivkin"),
                q("I'll believe it when I see the numbers.",
                  "Joan Rivkin of Drexel Burnham Lambert Inc.", "Joan Rivkin"),
                q("it had retained First Boston Corp. to explore \"strategic alternatives,\" "
                  "including the sale of its insurance unit.", "Kemper Industries"),
                q("the review would be completed by the end of the year.", "The statement")],
     "dates": [("1985", "1985"), ("the end of the year", "1989")]},
    {"id": "b10", "published": "1990-04-18",
     "text": "In an interview, Walter Brandt, the chairman of Brandt Financial Corp., said the "
             "company would take a charge of about $50 million in the second quarter. He "
             "believes the thrift crisis will last into the mid-1990s. \"We were early, and we "
             "paid for it,\" Mr. Brandt said. Two years ago, the company sold its mortgage "
             "banking unit.",
     "quotes": [q("the company would take a charge of about $50 million in the second quarter.",
                  "Walter Brandt, the chairman of Brandt Financial Corp.", "Walter Brandt"),
                q("We were early, and we paid for it", "Mr. Brandt", "Walter Brandt")],
     "dates": [("the second quarter", "1990-Q2"), ("the mid-1990s", "199"),
               ("Two years ago", "1988")]},
    {"id": "b11", "published": "1989-08-22",
     "text": "House and Senate negotiators will meet next month to resolve differences over "
             "the savings-and-loan bailout, aides said. Rep. Thomas Gault (D., Ill.), chairman "
             "of the Ways and Means Committee, told reporters last week that a capital-gains cut "
             "\"has a chance, but not a good one.\" Treasury officials said the administration "
             "would keep pushing for the cut this fall.",
     "quotes": [q("House and Senate negotiators will meet next month to resolve differences "
                  "over the savings-and-loan bailout", "aides"),
                q("a capital-gains cut \"has a chance, but not a good one.",
                  "Rep. Thomas Gault (D., Ill.), chairman of the Ways and Means Committee",
                  "Thomas Gault"),
                q("the administration would keep pushing for the cut this fall.",
                  "Treasury officials")],
     "dates": [("next month", "1989-09"), ("last week", "1989-W33"), ("this fall", "1989-FA")]},
    # ---------------------------------------------------------------- modern wire copy
    {"id": "b12", "published": "2023-06-29",
     "text": "STOCKHOLM, June 29 (Reuters) - Sweden's central bank raised its policy rate by a "
             "quarter of a percentage point to 3.75% on Thursday and said it would probably "
             "tighten again this autumn. \"Inflation is still far too high,\" Governor Erik "
             "Lindqvist told a news conference. \"We need to make sure it comes down.\"\n\nThe "
             "crown, which has hit record lows against the euro this year, firmed slightly "
             "after the decision, traders said.",
     "quotes": [q("it would probably tighten again this autumn.", "Sweden's central bank"),
                q("Inflation is still far too high", "Governor Erik Lindqvist", "Erik Lindqvist"),
                q("We need to make sure it comes down.", "Governor Erik Lindqvist",
                  "Erik Lindqvist"),
                q("The crown, which has hit record lows against the euro this year, firmed "
                  "slightly after the decision", "traders")],
     "dates": [("June 29", "2023-06-29"), ("Thursday", "2023-06-29"),
               ("this autumn", "2023-FA"), ("this year", "2023")]},
    {"id": "b13", "published": "2022-05-11",
     "text": "A jury in Houston on Tuesday ordered a chemical company to pay $41 million to "
             "residents who said a 2019 fire at its plant made them sick. Jurors deliberated "
             "for two days before reaching the verdict. \"This is a day of accountability,\" "
             "said Monica Reyes, a lawyer for the residents. \"Our clients waited three years "
             "for it.\"\n\nThe company, Delta Petrochemical, said it disagreed with the verdict "
             "and would appeal. In a statement, it said the plant had operated safely for "
             "decades.",
     "quotes": [q("a 2019 fire at its plant made them sick.", "residents"),
                q("This is a day of accountability", "Monica Reyes, a lawyer for the residents",
                  "Monica Reyes"),
                q("Our clients waited three years for it.",
                  "Monica Reyes, a lawyer for the residents", "Monica Reyes"),
                q("it disagreed with the verdict and would appeal.",
                  "The company, Delta Petrochemical", "Delta Petrochemical"),
                q("the plant had operated safely for decades.", "it|it said the plant",
                  "Delta Petrochemical")],
     "dates": [("Tuesday", "2022-05-10"), ("2019", "2019")]},
    {"id": "b14", "published": "2021-11-03",
     "text": "Downing Street has said the prime minister retains full confidence in the health "
             "secretary, despite criticism of the government's handling of the backlog in "
             "hospitals.\n\nAsked whether Mr Hale would stay in post, the prime minister's "
             "official spokesman told reporters: \"Yes, absolutely.\" He added that the "
             "government would publish its recovery plan for the NHS \"in the coming "
             "weeks\".\n\nLabour said the backlog had reached a record 5.8 million people in "
             "September. \"Patients are paying the price for Tory incompetence,\" the party's "
             "health spokesman, Jonathan Ash, said.",
     "quotes": [q("the prime minister retains full confidence in the health secretary, despite "
                  "criticism of the government's handling of the backlog in hospitals.",
                  "Downing Street"),
                q("Yes, absolutely.", "the prime minister's official spokesman"),
                q("the government would publish its recovery plan for the NHS \"in the coming "
                  "weeks", "He|He added"),
                q("the backlog had reached a record 5.8 million people in September.", "Labour"),
                q("Patients are paying the price for Tory incompetence",
                  "the party's health spokesman, Jonathan Ash", "Jonathan Ash")],
     "dates": [("September", "2021-09")]},
    {"id": "b15", "published": "2024-02-08",
     "text": "People who walk at least 7,000 steps a day have a substantially lower risk of "
             "early death, according to a study published on Wednesday. The researchers, from "
             "the University of Sydney, analysed data from 72,000 adults over seven years. "
             "\"You don't need to run a marathon,\" said the lead author, Dr Helen Carr. \"Even "
             "modest amounts of walking make a real difference.\"\n\nThe authors cautioned that "
             "the study was observational and could not prove cause and effect. An NHS "
             "spokesperson said the findings were in line with current guidance.",
     "quotes": [q("People who walk at least 7,000 steps a day have a substantially lower risk "
                  "of early death", "a study"),
                q("You don't need to run a marathon", "the lead author, Dr Helen Carr",
                  "Helen Carr"),
                q("Even modest amounts of walking make a real difference.",
                  "the lead author, Dr Helen Carr", "Helen Carr"),
                q("the study was observational and could not prove cause and effect.",
                  "The authors"),
                q("the findings were in line with current guidance.", "An NHS spokesperson")],
     "dates": [("Wednesday", "2024-02-07")]},
    {"id": "b16", "published": "2023-09-18",
     "text": "Coach Dan Mercer did not hide his frustration after Sunday's 27-10 loss to "
             "Buffalo.\n\n\"We didn't tackle, we didn't block, we didn't do anything right,\" "
             "Mercer said. \"That's on me. I have to get this team ready to play, and I "
             "didn't.\n\n\"We'll look at the tape and we'll get better. We have to.\"\n\n"
             "Quarterback Jalen Brooks, who threw two interceptions, said the offense \"never "
             "found a rhythm.\" He said his injured ankle was not an excuse.",
     "quotes": [q("We didn't tackle, we didn't block, we didn't do anything right",
                  "Mercer|Mercer said", "Dan Mercer"),
                q(("That's on me.", "We have to."), "Mercer|Mercer said", "Dan Mercer"),
                q("the offense \"never found a rhythm.", "Quarterback Jalen Brooks",
                  "Jalen Brooks"),
                q("his injured ankle was not an excuse.", "He|He said his", "Jalen Brooks")],
     "dates": [("Sunday", "2023-09-17")]},
    {"id": "b17", "published": "2024-04-25",
     "text": "Nimbus Semiconductor on Wednesday forecast second-quarter revenue above Wall "
             "Street estimates, betting on strong demand for chips used in artificial "
             "intelligence. The company expects revenue of about $4.1 billion in the April-June "
             "quarter, it said in a statement. \"AI demand continues to outpace supply,\" Chief "
             "Executive Officer Priya Raman said on a call with analysts. She added that the "
             "company would double its capacity in Malaysia by fiscal 2026.\n\nShares of Nimbus, "
             "which have risen 40% this year, gained 6% in extended trading.",
     "quotes": [q("The company expects revenue of about $4.1 billion in the April-June quarter",
                  "it|it said in a statement", "Nimbus Semiconductor"),
                q("AI demand continues to outpace supply", "Chief Executive Officer Priya Raman",
                  "Priya Raman"),
                q("the company would double its capacity in Malaysia by fiscal 2026.", "She",
                  "Priya Raman")],
     "dates": [("Wednesday", "2024-04-24"), ("second-quarter", "2024-Q2"),
               ("the April-June quarter", "2024-Q2"), ("fiscal 2026", "FY2026"),
               ("this year", "2024")]},
    {"id": "b18", "published": "2022-09-07",
     "text": "Germany's economy ministry is preparing a rescue package for gas importer Nordgas "
             "worth up to 8 billion euros, two people familiar with the matter told Reuters. The "
             "package could be announced as early as next week, one of the people said, speaking "
             "on condition of anonymity because the talks are private. The ministry declined to "
             "comment. Earlier this month, Nordgas said it had drawn down a further 2 billion "
             "euros from a state credit line.",
     "quotes": [q("Germany's economy ministry is preparing a rescue package for gas importer "
                  "Nordgas worth up to 8 billion euros", "two people familiar with the matter"),
                q("The package could be announced as early as next week", "one of the people"),
                q("it had drawn down a further 2 billion euros from a state credit line.",
                  "Nordgas|Nordgas said")],
     "dates": [("next week", "2022-W37"), ("Earlier this month", "2022-09")]},
    {"id": "b19", "published": "2019-07-16",
     "text": "Fifty years ago today, three astronauts lifted off from Florida on the first "
             "mission to land humans on the moon. NASA says it intends to send astronauts back "
             "by 2024. \"We're going to the moon to stay this time,\" the agency's administrator "
             "said at a ceremony at the Kennedy Space Center on Monday. Critics argue that the "
             "schedule is unrealistic and that Congress has not provided the money.\n\nThe "
             "agency plans to test its new rocket next year.",
     "quotes": [q("it intends to send astronauts back by 2024.", "NASA"),
                q("We're going to the moon to stay this time", "the agency's administrator"),
                q("the schedule is unrealistic and that Congress has not provided the money.",
                  "Critics")],
     "dates": [("Fifty years ago today", "1969-07-16"), ("2024", "2024"),
               ("Monday", "2019-07-15"), ("next year", "2020")]},
    {"id": "b20", "published": "2021-07-16",
     "text": "At least 93 people have died in floods in western Germany, officials said on "
             "Friday, as rescuers searched for hundreds still missing after record rainfall on "
             "Wednesday. The interior ministry said more than 1,000 soldiers had been deployed. "
             "\"We are mourning with the families. Many of them have lost everything,\" the "
             "state's premier, Frank Heller, said.",
     "quotes": [q("At least 93 people have died in floods in western Germany", "officials"),
                q("more than 1,000 soldiers had been deployed.", "The interior ministry"),
                q("We are mourning with the families. Many of them have lost everything",
                  "the state's premier, Frank Heller", "Frank Heller")],
     "dates": [("Friday", "2021-07-16"), ("Wednesday", "2021-07-14")]},
    {"id": "b21", "published": "2020-01-22",
     "text": "The housing minister claims the government is on track to build 300,000 homes a "
             "year by the mid-2020s. Charities think otherwise. Grace Okafor, chief executive of "
             "Shelter, argues that the target is meaningless without social housing. \"We keep "
             "building the wrong homes in the wrong places,\" she says. Many economists believe "
             "the target will be missed again this year.",
     "quotes": [q("the government is on track to build 300,000 homes a year by the mid-2020s.",
                  "The housing minister"),
                q("the target is meaningless without social housing.",
                  "Grace Okafor, chief executive of Shelter", "Grace Okafor"),
                q("We keep building the wrong homes in the wrong places", "she|she says",
                  "Grace Okafor")],
     "dates": [("the mid-2020s", "202"), ("this year", "2020")]},
    {"id": "b22", "published": "2020-03-17",
     "text": "Wall Street rebounded on Tuesday after its worst day since 1987, as investors bet "
             "that emergency measures announced last week would cushion the economic blow from "
             "the coronavirus. The S&P 500 had tumbled 12% on Monday, according to Refinitiv "
             "data. \"The market is trying to find a floor,\" said Anna Ruiz, chief investment "
             "officer at Harbor Point Advisors. \"But nobody knows how long this lasts.\" "
             "Traders said volumes were heavy.",
     "quotes": [q("The S&P 500 had tumbled 12% on Monday", "Refinitiv data"),
                q("The market is trying to find a floor",
                  "Anna Ruiz, chief investment officer at Harbor Point Advisors", "Anna Ruiz"),
                q("But nobody knows how long this lasts.",
                  "Anna Ruiz, chief investment officer at Harbor Point Advisors", "Anna Ruiz"),
                q("volumes were heavy.", "Traders")],
     "dates": [("Tuesday", "2020-03-17"), ("1987", "1987"), ("last week", "2020-W11"),
               ("Monday", "2020-03-16")]},
    {"id": "b23", "published": "2023-03-02",
     "text": "A former city councilman was sentenced Wednesday to eight years in federal prison "
             "for taking bribes from developers. \"The sentence,\" U.S. Attorney Rachel Stein "
             "said outside the courthouse, \"sends a message that public office is not for "
             "sale.\" Defense attorney Mark Levin said his client was \"deeply remorseful\" and "
             "would not appeal. Prosecutors had asked for 12 years.",
     "quotes": [q("The sentence", "U.S. Attorney Rachel Stein", "Rachel Stein"),
                q("sends a message that public office is not for sale.",
                  "U.S. Attorney Rachel Stein", "Rachel Stein"),
                q("his client was \"deeply remorseful\" and would not appeal.",
                  "Defense attorney Mark Levin", "Mark Levin")],
     "dates": [("Wednesday", "2023-03-01")]},
    {"id": "b24", "published": "2022-10-12",
     "text": "Russia's foreign ministry said on Tuesday that talks with Washington on nuclear "
             "arms control could resume before the end of the year. The RIA news agency quoted "
             "Deputy Foreign Minister Pavel Orlov as saying Moscow was \"open to dialogue\" but "
             "would not accept preconditions. A U.S. State Department spokesperson said "
             "Washington had received no formal proposal.",
     "quotes": [q("talks with Washington on nuclear arms control could resume before the end "
                  "of the year.", "Russia's foreign ministry"),
                q("Moscow was \"open to dialogue\" but would not accept preconditions.",
                  "Deputy Foreign Minister Pavel Orlov", "Pavel Orlov"),
                q("Washington had received no formal proposal.",
                  "A U.S. State Department spokesperson")],
     "dates": [("Tuesday", "2022-10-11"), ("the end of the year", "2022")]},
    {"id": "b25", "published": "1990-06-05",
     "text": "Lorraine Gill, a 54-year-old widow in Dayton, Ohio, put her savings into a "
             "money-market fund last year. Now she isn't sure it was a good idea.\n\n\"I read "
             "about these funds buying commercial paper from companies that go bust, and I get "
             "nervous,\" she says. \"Nobody explained any of that to me.\n\n\"I just wanted "
             "something safe.\"\n\nFund executives say such fears are overblown. Losses on "
             "commercial paper have been rare in the 1980s, notes Peter Vail of IBC/Donoghue's "
             "Money Fund Report.",
     "quotes": [q("I read about these funds buying commercial paper from companies that go "
                  "bust, and I get nervous", "she|she says", "Lorraine Gill"),
                q(("Nobody explained any of that to me.", "I just wanted something safe."),
                  "she|she says", "Lorraine Gill"),
                q("such fears are overblown.", "Fund executives"),
                q("Losses on commercial paper have been rare in the 1980s",
                  "Peter Vail of IBC/Donoghue's Money Fund Report", "Peter Vail")],
     "dates": [("last year", "1989"), ("the 1980s", "198")]},
    {"id": "b26", "published": "1989-09-14",
     "text": "Orion Data Systems Inc. said it will cut 1,200 jobs, or about 8% of its work "
             "force, by the end of March. The Cupertino, Calif., company, which reported a loss "
             "for its fiscal fourth quarter ended June 30, said the cuts would save about $60 "
             "million a year. \"This was a painful decision,\" said Alan Ferris, president and "
             "chief executive. He added that no further cuts were planned.",
     "quotes": [q("it will cut 1,200 jobs, or about 8% of its work force, by the end of March.",
                  "Orion Data Systems Inc."),
                q("the cuts would save about $60 million a year.",
                  "The Cupertino, Calif., company"),
                q("This was a painful decision", "Alan Ferris, president and chief executive",
                  "Alan Ferris"),
                q("no further cuts were planned.", "He", "Alan Ferris")],
     "dates": [("the end of March", "1990-03"), ("fiscal fourth quarter", "FY1989-Q4"),
               ("June 30", "1989-06-30")]},
    {"id": "b27", "published": "2023-01-10",
     "text": "The billionaire founder of the payments company Quikpay wrote on Twitter late "
             "Monday that he would step down as chief executive \"as soon as I find someone "
             "foolish enough to take the job.\" In a follow-up post, he said the board had begun "
             "a search. A company spokeswoman confirmed the search but declined to give a "
             "timeline.",
     "quotes": [q("he would step down as chief executive \"as soon as I find someone foolish "
                  "enough to take the job.",
                  "The billionaire founder of the payments company Quikpay"),
                q("the board had begun a search.", "he|he said the board")],
     "dates": [("late Monday", "2023-01-09")]},
    {"id": "b28", "published": "1990-02-08",
     "text": "Analysts noted that the company's debt has tripled since 1986, when it bought "
             "Thermo Foods Co. for $900 million. \"The balance sheet is the problem,\" said one "
             "analyst, who asked not to be named. The company's chief financial officer, Lee "
             "Amato, said in a telephone interview that the company would sell assets to cut "
             "debt by $200 million this year. He wouldn't say which units were for sale.",
     "quotes": [q("the company's debt has tripled since 1986, when it bought Thermo Foods Co. "
                  "for $900 million.", "Analysts"),
                q("The balance sheet is the problem", "one analyst"),
                q("the company would sell assets to cut debt by $200 million this year.",
                  "The company's chief financial officer, Lee Amato", "Lee Amato")],
     "dates": [("1986", "1986"), ("this year", "1990")]},
    {"id": "b29", "published": "2024-05-09",
     "text": "U.S. overdose deaths fell about 3% last year, the first annual decline since "
             "2018, according to provisional data released Wednesday by the Centers for Disease "
             "Control and Prevention. Deaths had risen sharply over the past decade, driven "
             "largely by fentanyl. \"It's encouraging, but we're still losing far too many "
             "people,\" said Dr. Nora Keane, a public health researcher at Johns Hopkins "
             "University. She said it was too early to say whether the decline would last.",
     "quotes": [q("U.S. overdose deaths fell about 3% last year, the first annual decline since "
                  "2018", "provisional data released Wednesday by the Centers for Disease "
                  "Control and Prevention"),
                q("It's encouraging, but we're still losing far too many people",
                  "Dr. Nora Keane, a public health researcher at Johns Hopkins University",
                  "Nora Keane"),
                q("it was too early to say whether the decline would last.", "She",
                  "Nora Keane")],
     "dates": [("last year", "2023"), ("2018", "2018"), ("Wednesday", "2024-05-08")]},
    {"id": "b30", "published": "2022-12-19",
     "text": "Northfield manager Gary Doyle said his side \"deserved nothing\" after Saturday's "
             "3-0 home defeat by Crawley.\n\nSpeaking to BBC Radio Kent, Doyle said: \"We were "
             "second best all over the pitch. The fans pay good money and they deserve better "
             "than that.\"\n\nThe club confirmed on Sunday that striker Tom Ellis will miss the "
             "rest of the season with a knee injury.",
     "quotes": [q("his side \"deserved nothing\" after Saturday's 3-0 home defeat by Crawley.",
                  "Northfield manager Gary Doyle", "Gary Doyle"),
                q("We were second best all over the pitch. The fans pay good money and they "
                  "deserve better than that.", "Doyle|Doyle said:", "Gary Doyle"),
                q("striker Tom Ellis will miss the rest of the season with a knee injury.",
                  "The club")],
     "dates": [("Saturday", "2022-12-17"), ("Sunday", "2022-12-18")]},
    {"id": "b31", "published": "2023-11-21",
     "text": "Ministers are preparing to scrap the planned rise in fuel duty in this week's "
             "autumn statement, a source close to the chancellor told the Guardian. \"Nobody "
             "wants to be the person who put up petrol prices before an election,\" the source "
             "said. A Treasury spokesperson said: \"We do not comment on speculation ahead of "
             "fiscal events.\" The last rise in fuel duty came in 2011.",
     "quotes": [q("Ministers are preparing to scrap the planned rise in fuel duty in this "
                  "week's autumn statement", "a source close to the chancellor"),
                q("Nobody wants to be the person who put up petrol prices before an election",
                  "the source|the source said"),
                q("We do not comment on speculation ahead of fiscal events.",
                  "A Treasury spokesperson")],
     "dates": [("this week", "2023-W47"), ("2011", "2011")]},
    {"id": "b32", "published": "2021-02-24",
     "text": "Carmaker Volta Motors plans to list its battery unit in New York in June, a person "
             "familiar with the matter said. The deal could value the business at more than $10 "
             "billion, the person added. The listing had originally been planned for the second "
             "half of the year. Volta declined to comment. Its shares rose 4% in Frankfurt on "
             "Wednesday.",
     "quotes": [q("Carmaker Volta Motors plans to list its battery unit in New York in June",
                  "a person familiar with the matter"),
                q("The deal could value the business at more than $10 billion", "the person")],
     "dates": [("June", "2021-06"), ("the second half of the year", "2021-H2"),
               ("Wednesday", "2021-02-24")]},
    {"id": "b33", "published": "1989-11-28",
     "text": "For three years, Midland Steel Corp. has tried to sell its Ohio mills. Yesterday "
             "it said it had found a buyer. The company said Baker Industries agreed to pay $140 "
             "million for the mills, which have lost money in each of the past five years. The "
             "sale is expected to close in the first quarter of 1990, Midland said.",
     "quotes": [q("it had found a buyer.", "it|it said it", "Midland Steel Corp."),
                q("Baker Industries agreed to pay $140 million for the mills, which have lost "
                  "money in each of the past five years.", "The company"),
                q("The sale is expected to close in the first quarter of 1990",
                  "Midland|Midland said")],
     "dates": [("Yesterday", "1989-11-27"), ("the first quarter of 1990", "1990-Q1")]},
    {"id": "b34", "published": "2023-04-14",
     "text": "The White House said Thursday that the president would veto the measure if it "
             "reached his desk. Press secretary Dana Whitfield told reporters the bill would "
             "\"gut\" protections for workers. She said the administration was still open to "
             "talks with Republicans, but \"not on these terms.\"\nThe House is expected to vote "
             "on the bill next Wednesday.",
     "quotes": [q("the president would veto the measure if it reached his desk.",
                  "The White House"),
                q("the bill would \"gut\" protections for workers.",
                  "Press secretary Dana Whitfield", "Dana Whitfield"),
                q("the administration was still open to talks with Republicans, but \"not on "
                  "these terms.", "She", "Dana Whitfield")],
     "dates": [("Thursday", "2023-04-13"), ("next Wednesday", "2023-04-19")]},
    {"id": "b35", "published": "2022-08-03",
     "text": "Astronomers have found the most distant star ever observed, a giant whose light "
             "took 12.9 billion years to reach Earth, they reported Wednesday in the journal "
             "Nature. \"We almost didn't believe it at first,\" said lead author Maya Osei of "
             "the University of Leeds. The team wrote that the star is at least 50 times as "
             "massive as the sun. Follow-up observations with the James Webb Space Telescope "
             "are planned for later this year.",
     "quotes": [q("Astronomers have found the most distant star ever observed, a giant whose "
                  "light took 12.9 billion years to reach Earth", "they"),
                q("We almost didn't believe it at first",
                  "lead author Maya Osei of the University of Leeds", "Maya Osei"),
                q("the star is at least 50 times as massive as the sun.", "The team")],
     "dates": [("Wednesday", "2022-08-03"), ("later this year", "2022")]},
    {"id": "b36", "published": "1990-07-11",
     "text": "Many money managers think the bull market has further to run. Others know better "
             "than to predict. \"I've been wrong too often,\" said Ruth Amsel, a portfolio "
             "manager at Keystone Funds. She expects the Dow Jones Industrial Average to reach "
             "3000 by the end of the summer but said she is keeping 20% of her fund in cash. Her "
             "colleague, Thomas Kirby, believes small stocks will lead the market in the 1990s.",
     "quotes": [q("I've been wrong too often", "Ruth Amsel, a portfolio manager at Keystone Funds",
                  "Ruth Amsel"),
                q("she is keeping 20% of her fund in cash.", "She|She expects", "Ruth Amsel")],
     "dates": [("the end of the summer", "1990-SU"), ("the 1990s", "199")]},
    {"id": "b37", "published": "2024-01-30",
     "text": "European Union foreign ministers will discuss a new package of sanctions at a "
             "meeting in Brussels next month, the bloc's foreign policy chief told reporters on "
             "Monday.\n\n\"We have to keep up the pressure. The sanctions are working, even if "
             "they are not working as fast as we would like,\" he said.\n\n\"Nobody should "
             "expect miracles.\"\n\nDiplomats said Hungary was likely to block any measure "
             "requiring unanimity.",
     "quotes": [q("European Union foreign ministers will discuss a new package of sanctions at a "
                  "meeting in Brussels next month", "the bloc's foreign policy chief"),
                q("We have to keep up the pressure. The sanctions are working, even if they are "
                  "not working as fast as we would like", "he|he said."),
                q("Nobody should expect miracles.", "he|he said."),
                q("Hungary was likely to block any measure requiring unanimity.", "Diplomats")],
     "dates": [("next month", "2024-02"), ("Monday", "2024-01-29")]},
    {"id": "b38", "published": "2021-03-10",
     "text": "Federal prosecutors in Manhattan charged a former hedge fund analyst with insider "
             "trading, alleging that he made $2.3 million by trading ahead of merger "
             "announcements in 2019 and 2020. The indictment, unsealed Tuesday, alleges that he "
             "obtained the information from a friend at a law firm. His lawyer, Susan Brill, "
             "said in an email that her client \"intends to fight these charges.\"",
     "quotes": [q("he made $2.3 million by trading ahead of merger announcements in 2019 and "
                  "2020.", "Federal prosecutors in Manhattan"),
                q("he obtained the information from a friend at a law firm.", "The indictment"),
                q("her client \"intends to fight these charges.", "His lawyer, Susan Brill",
                  "Susan Brill")],
     "dates": [("2019", "2019"), ("2020", "2020"), ("Tuesday", "2021-03-09")]},
    {"id": "b39", "published": "2023-08-22",
     "text": "Mapleleaf, the popular photo-sharing app, said in a blog post Monday that it will "
             "begin charging some users a monthly fee starting in October. The company said the "
             "change would help it \"keep the lights on\" without selling more ads. \"Nobody "
             "likes paying for something that used to be free,\" said tech analyst Carla Mendez "
             "of Brightline Research. \"But the math has changed.\"",
     "quotes": [q("it will begin charging some users a monthly fee starting in October.",
                  "Mapleleaf, the popular photo-sharing app"),
                q("the change would help it \"keep the lights on\" without selling more ads.",
                  "The company"),
                q("Nobody likes paying for something that used to be free",
                  "tech analyst Carla Mendez of Brightline Research", "Carla Mendez"),
                q("But the math has changed.", "tech analyst Carla Mendez of Brightline Research",
                  "Carla Mendez")],
     "dates": [("Monday", "2023-08-21"), ("October", "2023-10")]},
    {"id": "b40", "published": "1989-10-17",
     "text": "Earlier this month, Amcor Inc. said it would buy back as many as five million of "
             "its shares. Yesterday the board raised that figure to eight million, the company "
             "said. \"We think the stock is cheap,\" said Donald Pruett, Amcor's treasurer. \"It "
             "hasn't been this cheap since Oct. 19.\" Mr. Pruett said the company would also "
             "consider a special dividend next year.",
     "quotes": [q("it would buy back as many as five million of its shares.", "Amcor Inc."),
                q("Yesterday the board raised that figure to eight million", "the company"),
                q("We think the stock is cheap", "Donald Pruett, Amcor's treasurer",
                  "Donald Pruett"),
                q("It hasn't been this cheap since Oct. 19.", "Donald Pruett, Amcor's treasurer",
                  "Donald Pruett"),
                q("the company would also consider a special dividend next year.", "Mr. Pruett",
                  "Donald Pruett")],
     "dates": [("Earlier this month", "1989-10"), ("Yesterday", "1989-10-16"),
               ("Oct. 19", "1987-10-19"), ("next year", "1990")]},
    {"id": "b41", "published": "2022-11-15",
     "text": "India's trade deficit widened to a record $26.9 billion in October, government "
             "data showed on Tuesday. Trade Secretary Sunil Varma said exports were hurt by weak "
             "demand in Europe, adding that he expected a recovery by March. \"Global headwinds "
             "are strong,\" he told a news conference in New Delhi.",
     "quotes": [q("exports were hurt by weak demand in Europe", "Trade Secretary Sunil Varma",
                  "Sunil Varma"),
                q("he expected a recovery by March.", "Trade Secretary Sunil Varma",
                  "Sunil Varma"),
                q("Global headwinds are strong", "he|he told", "Sunil Varma")],
     "dates": [("October", "2022-10"), ("Tuesday", "2022-11-15"), ("March", "2023-03")]},
    {"id": "b42", "published": "2019-05-02",
     "text": "Both leaders said the talks had been \"constructive\" and agreed to meet again in "
             "the autumn. Speaking after the meeting, the Irish foreign minister said there was "
             "\"no appetite\" for a hard border. \"We have made progress, but there is a long "
             "way to go,\" he said. A spokeswoman for the Northern Ireland Office said officials "
             "would meet next week.",
     "quotes": [q("the talks had been \"constructive", "Both leaders"),
                q("there was \"no appetite\" for a hard border.", "the Irish foreign minister"),
                q("We have made progress, but there is a long way to go", "he|he said."),
                q("officials would meet next week.",
                  "A spokeswoman for the Northern Ireland Office")],
     "dates": [("the autumn", "2019-FA"), ("next week", "2019-W19")]},
    {"id": "b43", "published": "1990-08-29",
     "text": "Gulfstar Oil Co. is considering selling its refining business, according to "
             "people familiar with the company. \"Everything is on the table,\" said a Gulfstar "
             "spokesman, who asked not to be identified. He said the company hoped to reach a "
             "decision \"within weeks.\" Gulfstar's stock jumped $2.125 to $48.50 yesterday in "
             "New York Stock Exchange composite trading.",
     "quotes": [q("Gulfstar Oil Co. is considering selling its refining business",
                  "people familiar with the company"),
                q("Everything is on the table", "a Gulfstar spokesman"),
                q("the company hoped to reach a decision \"within weeks.", "He")],
     "dates": [("yesterday", "1990-08-28")]},
    {"id": "b44", "published": "2024-10-03",
     "text": "\"Why now?\" asked Rep. Laura Kim, a Democrat from Ohio, at Wednesday's hearing. "
             "\"These companies have known about the problem for years.\" The agency's "
             "administrator, Tom Hadley, said the rule had been delayed by litigation and would "
             "take effect in January.",
     "quotes": [q("Why now?", "Rep. Laura Kim, a Democrat from Ohio", "Laura Kim"),
                q("These companies have known about the problem for years.",
                  "Rep. Laura Kim, a Democrat from Ohio", "Laura Kim"),
                q("the rule had been delayed by litigation and would take effect in January.",
                  "The agency's administrator, Tom Hadley", "Tom Hadley")],
     "dates": [("Wednesday", "2024-10-02"), ("January", "2025-01")]},
    {"id": "b45", "published": "2022-06-16",
     "text": "The Met Office said temperatures could reach 34C in parts of south-east England "
             "on Friday, making it the hottest day so far.\n\nAgnieszka Nowak, a meteorologist "
             "at the Met Office, said: \"It's a short-lived hot spell. Temperatures will return "
             "closer to normal by Sunday.\n\n\"But people should take care, particularly the "
             "elderly and those with underlying health conditions.\"",
     "quotes": [q("temperatures could reach 34C in parts of south-east England on Friday, "
                  "making it the hottest day so far.", "The Met Office"),
                q(("It's a short-lived hot spell.", "underlying health conditions."),
                  "Agnieszka Nowak, a meteorologist at the Met Office", "Agnieszka Nowak")],
     "dates": [("Friday", "2022-06-17"), ("Sunday", "2022-06-19")]},
    {"id": "b46", "published": "1989-12-20",
     "text": "Japanese investors, according to a survey by Nomura Research Institute, plan to "
             "cut their purchases of U.S. Treasury bonds next year. \"The yen's weakness has "
             "changed the calculation,\" says Kenji Sato, who oversees foreign bonds at Nippon "
             "Life Insurance Co.",
     "quotes": [q("Japanese investors", "a survey by Nomura Research Institute"),
                q("plan to cut their purchases of U.S. Treasury bonds next year.",
                  "a survey by Nomura Research Institute"),
                q("The yen's weakness has changed the calculation", "Kenji Sato", "Kenji Sato")],
     "dates": [("next year", "1990")]},
]
