"""Second blind gold: news passages in styles the first blind set did not cover.

Written by an annotator who had not read the suggesters (annotate/suggest/) nor the earlier
test texts beyond their format. Styles: long WSJ/PARC-style sentences with several
attributions each ("X said ..., and it warned that ..."; "X added / noted / asserted /
contended / warned / told analysts"; "said X, a senior vice president"; "X, in a filing with
the SEC, said"), US local news, Indian (PTI/ANI), Australian (AAP) and Canadian (CP) wire
copy, results releases ("the company said in a statement"), press conferences with Q&A,
court reporting ("the judge wrote in his ruling", "prosecutors alleged"), post-match sport
quotes, science reporting ("the study's authors wrote"), interviews attributed once and
continued with pronouns, nested quotes, scare quotes that are not speech, headlines with a
colon ("Brandt: Germany will not send fighter jets") or an em-dash credit, and TimeML dates
relative to the publication date.

Conventions (same as spec_blind.py):
- QUOTE only for speech/communication cues (say, tell, add, note, argue, contend, assert,
  warn, caution, allege, write, observe, remark, submit (Indian legal English), confirm,
  ask, reply, "according to", headline colon and em-dash credits); not beliefs, plans,
  findings or data ("figures showed", "blames", "expects"), not refusals ("declined to",
  "refused to", "did not say"), not scare quotes ("the so-called "peace plan"") and not
  unattributed reporters' questions ("Q. ...", "Asked whether ...").
- The span is the content only, no quotation marks at either end, no cue, no source;
  indirect speech starts after "that" (after "if" for an indirect question); participial
  attributions of the reporter ("..., citing ...", "..., confirming ...") are left out; a
  quote running over paragraphs is one span. Nested quotes are annotated at both levels
  (the outer quote and, as its own span, the inner one with its own speaker).
- SPEAKER is the full mention the cue attaches to, appositives included, relative clauses
  left out; canonical names for named people on every mention.
- DATE as TimeML points/periods, preposition left out, determiner kept; durations ("the past
  week", "over 12 months", "three decades"), ages ("in their 50s") and match periods ("the
  final quarter", "the second half" of a game) are not DATEs. Values: 2021-H2, 1989-Q3,
  1990-SU, 2022-W37, FY1990, FY1990-H2, 198 for the 1980s; "mid-2025" -> 2025; "the end of
  next year" -> the year; "10 days earlier" relative to a mentioned date -> that date minus
  10 days; "today"/"last spring" inside a quote resolve to the time of speaking.
People and companies are fictional unless they are institutions.
"""

from __future__ import annotations


def q(quote, speaker=None, canonical=None):
    return {"quote": quote, "speaker": speaker, "canonical": canonical}


DOCS = [
    # ------------------------------------------------- WSJ 1989-90, several attributions
    {"id": "c01", "published": "1989-11-08",
     "text": "Meridian Freight Lines Inc. said third-quarter earnings fell 38% to $21.7 million, "
             "or 55 cents a share, from $35 million, or 89 cents a share, a year earlier, and it "
             "warned that fourth-quarter results would also be weak. The trucking company said "
             "rate discounting, which intensified in September, cut revenue per ton by 4%. "
             "\"The pricing environment is the worst I've seen in 20 years,\" said Robert "
             "Lawrence, a senior vice president. He added that the company had no plans to cut "
             "its dividend, which it raised in April.",
     "quotes": [q("third-quarter earnings fell 38% to $21.7 million, or 55 cents a share, from "
                  "$35 million, or 89 cents a share, a year earlier",
                  "Meridian Freight Lines Inc."),
                q("fourth-quarter results would also be weak.", "it|it warned",
                  "Meridian Freight Lines Inc."),
                q("rate discounting, which intensified in September, cut revenue per ton by 4%.",
                  "The trucking company", "Meridian Freight Lines Inc."),
                q("The pricing environment is the worst I've seen in 20 years",
                  "Robert Lawrence, a senior vice president", "Robert Lawrence"),
                q("the company had no plans to cut its dividend, which it raised in April.",
                  "He|He added", "Robert Lawrence")],
     "dates": [("third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
               ("fourth-quarter", "1989-Q4"), ("September", "1989-09"), ("April", "1989-04")]},
    {"id": "c02", "published": "1990-02-14",
     "text": "Harbor Bancorp, in a filing with the Securities and Exchange Commission, said it "
             "had received a subpoena from a federal grand jury investigating loans made by its "
             "Boston unit between 1985 and 1988. The filing said the company was cooperating "
             "fully. Harbor's chairman, Edward Quinlan, contended in an interview yesterday "
             "that the inquiry was \"a fishing expedition\" and asserted that no officer of the "
             "bank had done anything wrong. Federal prosecutors declined to comment.",
     "quotes": [q("it had received a subpoena from a federal grand jury investigating loans made "
                  "by its Boston unit between 1985 and 1988.", "Harbor Bancorp"),
                q("the company was cooperating fully.", "The filing"),
                q("the inquiry was \"a fishing expedition", "Harbor's chairman, Edward Quinlan",
                  "Edward Quinlan"),
                q("no officer of the bank had done anything wrong.",
                  "Harbor's chairman, Edward Quinlan", "Edward Quinlan")],
     "dates": [("1985", "1985"), ("1988", "1988"), ("yesterday", "1990-02-13")]},
    {"id": "c03", "published": "1989-09-21",
     "text": "Pacific Gypsum Co.'s chief executive, Leonard Fisk, told analysts in New York on "
             "Tuesday that housing starts would remain depressed well into 1990, and he "
             "cautioned that the company's second-half profit could fall below analysts' "
             "estimates. Mr. Fisk noted, however, that wallboard prices had stabilized in "
             "August. Some analysts were unconvinced. \"He's been too optimistic for a year,\" "
             "said Carla Nyman, an analyst at PaineWebber Inc., who rates the stock a sell.",
     "quotes": [q("housing starts would remain depressed well into 1990",
                  "Pacific Gypsum Co.'s chief executive, Leonard Fisk", "Leonard Fisk"),
                q("the company's second-half profit could fall below analysts' estimates.",
                  "he|he cautioned", "Leonard Fisk"),
                q("wallboard prices had stabilized in August.", "Mr. Fisk", "Leonard Fisk"),
                q("He's been too optimistic for a year",
                  "Carla Nyman, an analyst at PaineWebber Inc.", "Carla Nyman")],
     "dates": [("Tuesday", "1989-09-19"), ("1990", "1990"), ("second-half", "1989-H2"),
               ("August", "1989-08")]},
    {"id": "c04", "published": "1990-04-26",
     "text": "Traders said the bond market's rally ran out of steam after the Labor Department "
             "reported that producer prices jumped 0.8% in March. \"The inflation numbers scared "
             "a lot of people out of the market,\" said Philip Amato, a senior vice president at "
             "Kidder, Peabody & Co. Others asserted that the selling was overdone. \"Nothing "
             "fundamental has changed since last week,\" contended Ruth Baer, chief economist "
             "at Chemical Bank, who expects rates to fall by the third quarter.",
     "quotes": [q("the bond market's rally ran out of steam after the Labor Department reported "
                  "that producer prices jumped 0.8% in March.", "Traders"),
                q("producer prices jumped 0.8% in March.", "the Labor Department"),
                q("The inflation numbers scared a lot of people out of the market",
                  "Philip Amato, a senior vice president at Kidder, Peabody & Co.",
                  "Philip Amato"),
                q("the selling was overdone.", "Others"),
                q("Nothing fundamental has changed since last week",
                  "Ruth Baer, chief economist at Chemical Bank", "Ruth Baer")],
     "dates": [("March", "1990-03"), ("last week", "1990-W16"),
               ("the third quarter", "1990-Q3")]},
    {"id": "c05", "published": "1989-12-06",
     "text": "Sen. Margaret Doyle (R., Kan.) warned yesterday that farm-state lawmakers would "
             "block the administration's budget unless it restored $1.2 billion in crop "
             "subsidies, and Agriculture Secretary Frank Yeager said in a speech that he was "
             "\"open to compromise\" but that the cuts were necessary. \"We're not going to "
             "balance the budget on the backs of wheat farmers,\" Sen. Doyle said. An aide to "
             "the secretary said talks would resume after the Christmas recess.",
     "quotes": [q("farm-state lawmakers would block the administration's budget unless it "
                  "restored $1.2 billion in crop subsidies", "Sen. Margaret Doyle (R., Kan.)",
                  "Margaret Doyle"),
                q("he was \"open to compromise\" but that the cuts were necessary.",
                  "Agriculture Secretary Frank Yeager", "Frank Yeager"),
                q("We're not going to balance the budget on the backs of wheat farmers",
                  "Sen. Doyle", "Margaret Doyle"),
                q("talks would resume after the Christmas recess.", "An aide to the secretary")],
     "dates": [("yesterday", "1989-12-05")]},
    {"id": "c33", "published": "1990-08-16",
     "text": "Oil prices soared to their highest level in nearly five years yesterday as "
             "traders bet that the standoff in the Persian Gulf would drag on. \"The market is "
             "trading on fear, not on supply,\" said Peter Gaskell, an oil analyst with Smith "
             "Barney, Harris Upham & Co., who noted that Saudi Arabia had pledged to raise "
             "output. Another analyst, Linda Roark of Shearson Lehman Hutton Inc., said prices "
             "could reach $30 a barrel by the fourth quarter. But Energy Secretary Daniel "
             "Corrigan told a Senate panel that the government had no plans to tap the "
             "strategic reserve \"at this time.\"",
     "quotes": [q("The market is trading on fear, not on supply",
                  "Peter Gaskell, an oil analyst with Smith Barney, Harris Upham & Co.",
                  "Peter Gaskell"),
                q("Saudi Arabia had pledged to raise output.",
                  "Peter Gaskell, an oil analyst with Smith Barney, Harris Upham & Co.",
                  "Peter Gaskell"),
                q("prices could reach $30 a barrel by the fourth quarter.",
                  "Another analyst, Linda Roark of Shearson Lehman Hutton Inc.", "Linda Roark"),
                q("the government had no plans to tap the strategic reserve \"at this time.",
                  "Energy Secretary Daniel Corrigan", "Daniel Corrigan")],
     "dates": [("yesterday", "1990-08-15"), ("the fourth quarter", "1990-Q4")]},
    {"id": "c34", "published": "1990-05-24",
     "text": "Lindner Group Inc. said it has held preliminary talks about acquiring Bristol "
             "Textile Corp., confirming reports that circulated on Wall Street last week. A "
             "Lindner spokesman said no agreement had been reached and that the talks could end "
             "\"at any time.\" Bristol, which rejected a $28-a-share offer from another suitor "
             "in March, said in a brief statement that its board would \"consider any proposal "
             "that maximizes value for holders.\" Arbitragers said Bristol's stock, which closed "
             "at $31.25, up $2.50, suggests the market expects a bid of at least $35 a share.",
     "quotes": [q("it has held preliminary talks about acquiring Bristol Textile Corp.",
                  "Lindner Group Inc."),
                q("no agreement had been reached and that the talks could end \"at any time.",
                  "A Lindner spokesman"),
                q("its board would \"consider any proposal that maximizes value for holders.",
                  "Bristol|Bristol, which", "Bristol Textile Corp."),
                q("Bristol's stock, which closed at $31.25, up $2.50, suggests the market "
                  "expects a bid of at least $35 a share.", "Arbitragers")],
     "dates": [("last week", "1990-W20"), ("March", "1990-03")]},
    {"id": "c39", "published": "1990-10-04",
     "text": "Sales of new homes plunged 12% in August to the lowest level in eight years, the "
             "Commerce Department said yesterday. \"Builders are sitting on their hands,\" said "
             "Alan Kovacs, chief economist of the National Association of Home Builders. He "
             "added that high land costs and tight credit had \"frozen\" many projects. "
             "According to the association, the inventory of unsold homes rose to 9.1 months' "
             "supply in the second quarter. Some economists noted that the data are volatile "
             "and often revised.",
     "quotes": [q("Sales of new homes plunged 12% in August to the lowest level in eight years",
                  "the Commerce Department"),
                q("Builders are sitting on their hands",
                  "Alan Kovacs, chief economist of the National Association of Home Builders",
                  "Alan Kovacs"),
                q("high land costs and tight credit had \"frozen\" many projects.", "He",
                  "Alan Kovacs"),
                q("the inventory of unsold homes rose to 9.1 months' supply in the second "
                  "quarter.", "the association|the association, the"),
                q("the data are volatile and often revised.", "Some economists")],
     "dates": [("August", "1990-08"), ("yesterday", "1990-10-03"),
               ("the second quarter", "1990-Q2")]},
    {"id": "c48", "published": "1990-03-22",
     "text": "Big Board specialists say program trading is driving small investors out of the "
             "market. \"The little guy feels like he's playing against a stacked deck,\" says "
             "Nathan Gold, a specialist at Wagner Stott & Co. Exchange officials contend that "
             "program trading accounts for only about 10% of volume, and they note that the "
             "exchange has imposed new limits since October. A Securities and Exchange "
             "Commission official, who asked not to be named, said the agency would release a "
             "study of the issue in the spring.",
     "quotes": [q("program trading is driving small investors out of the market.",
                  "Big Board specialists"),
                q("The little guy feels like he's playing against a stacked deck",
                  "Nathan Gold, a specialist at Wagner Stott & Co.", "Nathan Gold"),
                q("program trading accounts for only about 10% of volume", "Exchange officials"),
                q("the exchange has imposed new limits since October.", "they|they note"),
                q("the agency would release a study of the issue in the spring.",
                  "A Securities and Exchange Commission official")],
     "dates": [("October", "1989-10"), ("the spring", "1990-SP")]},
    {"id": "c50", "published": "1990-01-18",
     "text": "Apex Computer Corp.'s chairman, Howard Lutz, told shareholders at the annual "
             "meeting that the company would return to profitability in the fiscal second half, "
             "while the company's president, Joan Meyers, said the new workstation line would "
             "ship in March, several weeks later than planned, and added that \"some customers\" "
             "had delayed orders as a result. Mr. Lutz declined to predict full-year results.",
     "quotes": [q("the company would return to profitability in the fiscal second half",
                  "Apex Computer Corp.'s chairman, Howard Lutz", "Howard Lutz"),
                q("the new workstation line would ship in March, several weeks later than "
                  "planned", "the company's president, Joan Meyers", "Joan Meyers"),
                q("some customers\" had delayed orders as a result.",
                  "the company's president, Joan Meyers", "Joan Meyers")],
     "dates": [("the fiscal second half", "FY1990-H2"), ("March", "1990-03")]},
    # ------------------------------------------------------------------ US local news
    {"id": "c06", "published": "2023-10-19",
     "text": "SPRINGFIELD — A 14-year-old boy was struck by a car while riding his bicycle on "
             "Maple Avenue on Tuesday evening, police said. He was taken to Baystate Medical "
             "Center with injuries that were not life-threatening, according to Sgt. Dana "
             "Whitlock, a police spokeswoman. The driver stayed at the scene and was "
             "cooperating, she said.\n\nNeighbors said the intersection has been dangerous for "
             "years. \"Everybody speeds through here,\" said Tom Riordan, who has lived on the "
             "street since 1998. \"Somebody was going to get hurt.\" The City Council is "
             "scheduled to discuss traffic calming on Maple Avenue next Tuesday.",
     "quotes": [q("A 14-year-old boy was struck by a car while riding his bicycle on Maple "
                  "Avenue on Tuesday evening", "police"),
                q("He was taken to Baystate Medical Center with injuries that were not "
                  "life-threatening", "Sgt. Dana Whitlock, a police spokeswoman",
                  "Dana Whitlock"),
                q("The driver stayed at the scene and was cooperating", "she", "Dana Whitlock"),
                q("the intersection has been dangerous for years.", "Neighbors"),
                q("Everybody speeds through here", "Tom Riordan", "Tom Riordan"),
                q("Somebody was going to get hurt.", "Tom Riordan", "Tom Riordan")],
     "dates": [("Tuesday evening", "2023-10-17"), ("1998", "1998"),
               ("next Tuesday", "2023-10-24")]},
    {"id": "c07", "published": "2024-03-07",
     "text": "The Cedar Falls school board voted 5-2 on Monday night to close Lincoln Elementary "
             "in June, a decision parents said they learned about only last month.\n\n\"We feel "
             "blindsided,\" said Angela Ruiz, whose two children attend the school. \"Nobody "
             "asked us.\"\n\nSuperintendent Mark Hollis told the board the district faces a $3.4 "
             "million shortfall in fiscal 2025 and that enrollment at Lincoln has dropped by a "
             "third since 2015. Board member Carol Jensen, who voted against the plan, said the "
             "district had \"rushed\" the process.",
     "quotes": [q("they learned about only last month.", "parents"),
                q("We feel blindsided", "Angela Ruiz", "Angela Ruiz"),
                q("Nobody asked us.", "Angela Ruiz", "Angela Ruiz"),
                q("the district faces a $3.4 million shortfall in fiscal 2025 and that enrollment "
                  "at Lincoln has dropped by a third since 2015.", "Superintendent Mark Hollis",
                  "Mark Hollis"),
                q("the district had \"rushed\" the process.", "Board member Carol Jensen",
                  "Carol Jensen")],
     "dates": [("Monday night", "2024-03-04"), ("June", "2024-06"), ("last month", "2024-02"),
               ("fiscal 2025", "FY2025"), ("2015", "2015")]},
    {"id": "c35", "published": "2023-08-10",
     "text": "MIAMI-DADE COUNTY — A water main break flooded several streets in Kendall early "
             "Wednesday, leaving about 3,000 homes without water for most of the day, county "
             "officials said. Crews had repaired the 36-inch pipe by the afternoon, said "
             "Jennifer Alvarez, a spokeswoman for the Water and Sewer Department. She said "
             "residents should boil water until at least Friday as a precaution.\n\n\"My kitchen "
             "was a lake,\" said Luis Romero, 67. \"I've lived here since the '80s and never seen "
             "this.\"",
     "quotes": [q("A water main break flooded several streets in Kendall early Wednesday, "
                  "leaving about 3,000 homes without water for most of the day",
                  "county officials"),
                q("Crews had repaired the 36-inch pipe by the afternoon",
                  "Jennifer Alvarez, a spokeswoman for the Water and Sewer Department",
                  "Jennifer Alvarez"),
                q("residents should boil water until at least Friday as a precaution.", "She",
                  "Jennifer Alvarez"),
                q("My kitchen was a lake", "Luis Romero, 67", "Luis Romero"),
                q("I've lived here since the '80s and never seen this.", "Luis Romero, 67",
                  "Luis Romero")],
     "dates": [("early Wednesday", "2023-08-09"), ("Friday", "2023-08-11"),
               ("the '80s", "198")]},
    {"id": "c46", "published": "2022-12-22",
     "text": "Firefighters battled a three-alarm blaze at a vacant warehouse on South Second "
             "Street for more than four hours overnight, Fire Chief Robert Dunn said at a news "
             "conference Thursday morning. No one was injured. The cause remains under "
             "investigation, but Dunn said crews had been called to the same building twice in "
             "the past month for reports of squatters.\n\n\"That building should have been "
             "secured a long time ago,\" he said. A spokesman for the owner, Riverfront "
             "Holdings, did not return calls.",
     "quotes": [q("Firefighters battled a three-alarm blaze at a vacant warehouse on South "
                  "Second Street for more than four hours overnight", "Fire Chief Robert Dunn",
                  "Robert Dunn"),
                q("crews had been called to the same building twice in the past month for "
                  "reports of squatters.", "Dunn|Dunn said crews", "Robert Dunn"),
                q("That building should have been secured a long time ago", "he",
                  "Robert Dunn")],
     "dates": [("Thursday morning", "2022-12-22")]},
    # ------------------------------------------------ Indian / Australian / Canadian wires
    {"id": "c08", "published": "2023-05-12",
     "text": "New Delhi, May 12 (PTI) The Centre on Friday said it will procure 25 lakh tonnes "
             "more wheat from Punjab and Haryana this season after unseasonal rains damaged "
             "crops in parts of north India. Food Secretary Sanjeev Chopra told reporters here "
             "that procurement so far has crossed 250 lakh tonnes, up from 188 lakh tonnes in "
             "the year-ago period.\n\n\"There is no shortage of wheat in the country. Stocks are "
             "comfortable,\" he said, adding that the government will not lift the ban on "
             "exports imposed in May last year.",
     "quotes": [q("it will procure 25 lakh tonnes more wheat from Punjab and Haryana this season "
                  "after unseasonal rains damaged crops in parts of north India.", "The Centre"),
                q("procurement so far has crossed 250 lakh tonnes, up from 188 lakh tonnes in "
                  "the year-ago period.", "Food Secretary Sanjeev Chopra", "Sanjeev Chopra"),
                q("There is no shortage of wheat in the country. Stocks are comfortable", "he",
                  "Sanjeev Chopra"),
                q("the government will not lift the ban on exports imposed in May last year.",
                  "he", "Sanjeev Chopra")],
     "dates": [("May 12", "2023-05-12"), ("Friday", "2023-05-12"),
               ("May last year", "2022-05")]},
    {"id": "c09", "published": "2024-08-22",
     "text": "The Supreme Court on Thursday pulled up the Uttar Pradesh government over the "
             "delay in filing its reply, with a bench headed by Justice R. K. Menon observing "
             "that the state had \"taken the court for granted\". The bench said it would hear "
             "the matter next on September 10 and directed the chief secretary to file an "
             "affidavit within two weeks. Appearing for the state, Additional Solicitor General "
             "Kavita Rao submitted that the delay was due to the transfer of officials. The "
             "bench, however, remarked that such explanations were \"no longer acceptable\".",
     "quotes": [q("the state had \"taken the court for granted",
                  "a bench headed by Justice R. K. Menon"),
                q("it would hear the matter next on September 10", "The bench|The bench said"),
                q("the delay was due to the transfer of officials.",
                  "Additional Solicitor General Kavita Rao", "Kavita Rao"),
                q("such explanations were \"no longer acceptable",
                  "bench|bench, however")],
     "dates": [("Thursday", "2024-08-22"), ("September 10", "2024-09-10")]},
    {"id": "c44", "published": "2023-09-05",
     "text": "Bengaluru, Sep 5 (ANI): Karnataka Deputy Chief Minister R. Shankar on Tuesday said "
             "the state would not release Cauvery water to Tamil Nadu until the reservoirs were "
             "refilled. \"We do not have water even for drinking. How can we release it for "
             "crops?\" Shankar told reporters here.\n\nTamil Nadu Water Resources Minister S. "
             "Kannan, however, alleged that Karnataka was \"defying\" the orders of the Cauvery "
             "Water Management Authority and said the state would approach the Supreme Court "
             "this week.",
     "quotes": [q("the state would not release Cauvery water to Tamil Nadu until the reservoirs "
                  "were refilled.", "Karnataka Deputy Chief Minister R. Shankar", "R. Shankar"),
                q("We do not have water even for drinking. How can we release it for crops?",
                  "Shankar|Shankar told", "R. Shankar"),
                q("Karnataka was \"defying\" the orders of the Cauvery Water Management "
                  "Authority", "Tamil Nadu Water Resources Minister S. Kannan", "S. Kannan"),
                q("the state would approach the Supreme Court this week.",
                  "Tamil Nadu Water Resources Minister S. Kannan", "S. Kannan")],
     "dates": [("Sep 5", "2023-09-05"), ("Tuesday", "2023-09-05"), ("this week", "2023-W36")]},
    {"id": "c38", "published": "2024-07-31",
     "text": "Shakti Motors on Wednesday reported a 22 per cent rise in its April-June quarter "
             "net profit to ₹1,840 crore, driven by strong demand for its SUVs. \"Rural demand "
             "has started to recover after two difficult years,\" managing director Arvind "
             "Kulkarni said in a post-earnings call. He said the company expects to launch three "
             "electric models in FY26 and will invest ₹5,000 crore in a new plant in Gujarat. "
             "Shares of the company closed 3.4 per cent higher on the BSE.",
     "quotes": [q("Rural demand has started to recover after two difficult years",
                  "managing director Arvind Kulkarni", "Arvind Kulkarni"),
                q("the company expects to launch three electric models in FY26 and will invest "
                  "₹5,000 crore in a new plant in Gujarat.", "He", "Arvind Kulkarni")],
     "dates": [("Wednesday", "2024-07-31"), ("April-June quarter", "2024-Q2"),
               ("FY26", "FY2026")]},
    {"id": "c10", "published": "2023-02-03",
     "text": "The Reserve Bank is all but certain to lift the cash rate again on Tuesday, "
             "economists say, after figures showed inflation hit a 33-year high of 7.8 per cent "
             "in the December quarter.\n\nTreasurer Jim Calloway told ABC radio on Friday that "
             "Australians were \"doing it tough\" and that the government's budget in May would "
             "be \"responsible\". \"We're not going to pour fuel on the inflation fire,\" Dr "
             "Calloway said.\n\nOpposition treasury spokesman Angus Tate said Labor had no plan "
             "to bring down prices.",
     "quotes": [q("The Reserve Bank is all but certain to lift the cash rate again on Tuesday",
                  "economists"),
                q("Australians were \"doing it tough\" and that the government's budget in May "
                  "would be \"responsible", "Treasurer Jim Calloway", "Jim Calloway"),
                q("We're not going to pour fuel on the inflation fire", "Dr Calloway",
                  "Jim Calloway"),
                q("Labor had no plan to bring down prices.",
                  "Opposition treasury spokesman Angus Tate", "Angus Tate")],
     "dates": [("Tuesday", "2023-02-07"), ("the December quarter", "2022-Q4"),
               ("Friday", "2023-02-03"), ("May", "2023-05")]},
    {"id": "c37", "published": "2024-01-25",
     "text": "Queensland's premier has defended the state's youth crime laws after a UN "
             "committee said they breached children's rights.\n\nSpeaking in Townsville on "
             "Thursday, Premier Stephen Maher said community safety \"must come first\" and the "
             "laws would not be wound back. \"I make no apology for that,\" he said.\n\nThe UN "
             "Committee on the Rights of the Child said in its report, released on Tuesday "
             "night, that holding children as young as 10 in watch houses was "
             "\"unacceptable\".",
     "quotes": [q("they breached children's rights.", "a UN committee"),
                q("community safety \"must come first\" and the laws would not be wound back.",
                  "Premier Stephen Maher", "Stephen Maher"),
                q("I make no apology for that", "he", "Stephen Maher"),
                q("holding children as young as 10 in watch houses was \"unacceptable",
                  "The UN Committee on the Rights of the Child")],
     "dates": [("Thursday", "2024-01-25"), ("Tuesday night", "2024-01-23")]},
    {"id": "c11", "published": "2021-09-15",
     "text": "OTTAWA — Conservative Leader Erin Mackay promised Tuesday that a Conservative "
             "government would balance the federal budget within a decade, as polls suggest the "
             "race remains a dead heat heading into Monday's vote.\n\nSpeaking in Mississauga, "
             "Ont., Mackay said her government would \"not cut a single dollar\" from health "
             "transfers to the provinces. Liberal Leader Daniel Trudel countered that the "
             "Conservative platform was \"a recipe for austerity\" and told supporters in "
             "Montreal that Canadians remembered the cuts of the 1990s.",
     "quotes": [q("a Conservative government would balance the federal budget within a decade",
                  "Conservative Leader Erin Mackay", "Erin Mackay"),
                q("her government would \"not cut a single dollar\" from health transfers to the "
                  "provinces.", "Mackay|Mackay said", "Erin Mackay"),
                q("the Conservative platform was \"a recipe for austerity",
                  "Liberal Leader Daniel Trudel", "Daniel Trudel"),
                q("Canadians remembered the cuts of the 1990s.", "Liberal Leader Daniel Trudel",
                  "Daniel Trudel")],
     "dates": [("Tuesday", "2021-09-14"), ("Monday", "2021-09-20"), ("the 1990s", "199")]},
    {"id": "c36", "published": "2022-03-24",
     "text": "TORONTO — Ontario will lift its mask mandate in schools next week, the province's "
             "chief medical officer of health announced Wednesday, but he said families should "
             "\"respect the choices of others.\"\n\nDr. Kieran Doyle said hospitalizations had "
             "fallen by roughly a third since the beginning of the month. \"We are in a much "
             "better place than we were in January,\" Doyle said.\n\nThe Elementary Teachers' "
             "Federation of Ontario said the decision was premature.",
     "quotes": [q("Ontario will lift its mask mandate in schools next week",
                  "the province's chief medical officer of health", "Kieran Doyle"),
                q("families should \"respect the choices of others.", "he", "Kieran Doyle"),
                q("hospitalizations had fallen by roughly a third since the beginning of the "
                  "month.", "Dr. Kieran Doyle", "Kieran Doyle"),
                q("We are in a much better place than we were in January", "Doyle|Doyle said",
                  "Kieran Doyle"),
                q("the decision was premature.",
                  "The Elementary Teachers' Federation of Ontario")],
     "dates": [("next week", "2022-W13"), ("Wednesday", "2022-03-23"),
               ("the beginning of the month", "2022-03"), ("January", "2022-01")]},
    {"id": "c49", "published": "2024-04-11",
     "text": "Marie-Claude Tremblay has run the only grocery store in Fort Chipewyan for 22 "
             "years. She says prices have never been this bad.\n\n\"A four-litre jug of milk is "
             "$14 now. Last spring it was $11,\" she said in a phone interview.\n\nShe blames "
             "the winter road, which closed early this year because of warm weather. The federal "
             "government, she said, has ignored the community's requests for a freight subsidy "
             "since 2019.",
     "quotes": [q("prices have never been this bad.", "She|She says", "Marie-Claude Tremblay"),
                q("A four-litre jug of milk is $14 now. Last spring it was $11",
                  "she|she said in", "Marie-Claude Tremblay"),
                q("The federal government", "she|she said, has", "Marie-Claude Tremblay"),
                q("has ignored the community's requests for a freight subsidy since 2019.",
                  "she|she said, has", "Marie-Claude Tremblay")],
     "dates": [("Last spring", "2023-SP"), ("this year", "2024"), ("2019", "2019")]},
    # ------------------------------------------------------------- results releases
    {"id": "c12", "published": "2023-07-25",
     "text": "Halvorsen Foods Inc. (NYSE: HVF) today reported second-quarter fiscal 2024 net "
             "sales of $1.84 billion, up 6% from the prior-year quarter. \"Our teams delivered "
             "another strong quarter, and we are raising our full-year outlook,\" said Karen "
             "Stout, President and Chief Executive Officer. \"We continue to see healthy demand "
             "across our snacking portfolio.\"\n\nThe company now expects fiscal 2024 adjusted "
             "earnings per share of $3.10 to $3.20, compared with its previous guidance of $2.95 "
             "to $3.05, it said in a statement.",
     "quotes": [q("Our teams delivered another strong quarter, and we are raising our full-year "
                  "outlook", "Karen Stout, President and Chief Executive Officer", "Karen Stout"),
                q("We continue to see healthy demand across our snacking portfolio.",
                  "Karen Stout, President and Chief Executive Officer", "Karen Stout"),
                q("The company now expects fiscal 2024 adjusted earnings per share of $3.10 to "
                  "$3.20, compared with its previous guidance of $2.95 to $3.05",
                  "it|it said in a statement", "Halvorsen Foods Inc.")],
     "dates": [("today", "2023-07-25"), ("second-quarter fiscal 2024", "FY2024-Q2"),
               ("the prior-year quarter", "FY2023-Q2"), ("fiscal 2024@2", "FY2024")]},
    {"id": "c13", "published": "2024-11-05",
     "text": "Nordlys Energy ASA swung to a third-quarter loss as lower gas prices and a "
             "writedown on its offshore wind portfolio weighed on results, the company said in a "
             "statement on Tuesday. The Oslo-based group reported a net loss of 2.1 billion "
             "crowns for the July-September period, against a profit of 4.6 billion a year "
             "earlier. Chief Financial Officer Mette Lund told analysts on a call that the "
             "company would cut capital spending by 15% next year and that it remained committed "
             "to its dividend. \"We are not walking away from renewables,\" she said. \"But we "
             "will be more selective.\"",
     "quotes": [q("Nordlys Energy ASA swung to a third-quarter loss as lower gas prices and a "
                  "writedown on its offshore wind portfolio weighed on results",
                  "the company|the company said", "Nordlys Energy ASA"),
                q("the company would cut capital spending by 15% next year and that it remained "
                  "committed to its dividend.", "Chief Financial Officer Mette Lund",
                  "Mette Lund"),
                q("We are not walking away from renewables", "she", "Mette Lund"),
                q("But we will be more selective.", "she", "Mette Lund")],
     "dates": [("third-quarter", "2024-Q3"), ("Tuesday", "2024-11-05"),
               ("the July-September period", "2024-Q3"), ("a year earlier", "2023-Q3"),
               ("next year", "2025")]},
    {"id": "c41", "published": "2024-10-24",
     "text": "Brightwater Utilities said on Thursday it would raise residential rates by 8.5% "
             "from January 1, pending regulatory approval, citing higher wholesale power costs "
             "and storm repairs. The increase would add about $11 a month to a typical bill, the "
             "company said in a statement. \"We know this is a difficult time for many "
             "families,\" Brightwater's chief executive, Denise Park, said in the statement. "
             "Consumer groups said they would oppose the request at hearings scheduled for the "
             "first quarter of next year.",
     "quotes": [q("it would raise residential rates by 8.5% from January 1, pending regulatory "
                  "approval", "Brightwater Utilities"),
                q("The increase would add about $11 a month to a typical bill", "the company",
                  "Brightwater Utilities"),
                q("We know this is a difficult time for many families",
                  "Brightwater's chief executive, Denise Park", "Denise Park"),
                q("they would oppose the request at hearings scheduled for the first quarter of "
                  "next year.", "Consumer groups")],
     "dates": [("Thursday", "2024-10-24"), ("January 1", "2025-01-01"),
               ("the first quarter of next year", "2025-Q1")]},
    # ------------------------------------------------------- press conferences, Q&A
    {"id": "c14", "published": "2022-11-30",
     "text": "At a news conference on Wednesday, Health Minister Laila Haddad said the country "
             "would begin offering a second booster to everyone over 50 from December 12.\n\n"
             "Asked whether masks would return in schools, she said: \"Not at this stage. We are "
             "watching the numbers closely.\"\n\nPressed on the shortage of paediatric nurses, "
             "Haddad acknowledged that \"we were too slow\" to expand training places and said "
             "the ministry would double them by 2025.\n\nOne reporter asked if the minister "
             "would resign. \"No,\" she replied.",
     "quotes": [q("the country would begin offering a second booster to everyone over 50 from "
                  "December 12.", "Health Minister Laila Haddad", "Laila Haddad"),
                q("Not at this stage. We are watching the numbers closely.", "she|she said:",
                  "Laila Haddad"),
                q("we were too slow\" to expand training places", "Haddad|Haddad acknowledged",
                  "Laila Haddad"),
                q("the ministry would double them by 2025.", "Haddad|Haddad acknowledged",
                  "Laila Haddad"),
                q("the minister would resign.", "One reporter"),
                q("No@2", "she|she replied", "Laila Haddad")],
     "dates": [("Wednesday", "2022-11-30"), ("December 12", "2022-12-12"), ("2025", "2025")]},
    {"id": "c15", "published": "2024-06-11",
     "text": "The central bank governor, Thomas Hale, refused on Tuesday to rule out a rate cut "
             "in July, telling reporters that the board would \"look at all the data\" before "
             "its next meeting.\n\nQ. Is a cut in July realistic?\n\n\"It's possible. I wouldn't "
             "say it's likely,\" Hale said.\n\nQ. What about the housing market?\n\n\"Prices "
             "have held up better than we expected last year,\" he said, \"but affordability is "
             "a real concern.\"",
     "quotes": [q("the board would \"look at all the data\" before its next meeting.",
                  "The central bank governor, Thomas Hale", "Thomas Hale"),
                q("It's possible. I wouldn't say it's likely", "Hale|Hale said", "Thomas Hale"),
                q("Prices have held up better than we expected last year", "he|he said, \"but",
                  "Thomas Hale"),
                q("but affordability is a real concern.", "he|he said, \"but", "Thomas Hale")],
     "dates": [("Tuesday", "2024-06-11"), ("July", "2024-07"), ("July@2", "2024-07"),
               ("last year", "2023")]},
    {"id": "c40", "published": "2021-11-26",
     "text": "Asked on Friday whether he feared for his job, Coach Marco Bellini smiled. \"Every "
             "coach fears for his job,\" he said. \"That is football.\"\n\nBellini confirmed "
             "that striker Tomas Lind would miss Sunday's derby with a hamstring injury but said "
             "defender Ali Hassan was \"available\". He refused to discuss reports that the club "
             "had approached his successor.",
     "quotes": [q("Every coach fears for his job", "he|he said", "Marco Bellini"),
                q("That is football.", "he|he said", "Marco Bellini"),
                q("striker Tomas Lind would miss Sunday's derby with a hamstring injury",
                  "Bellini|Bellini confirmed", "Marco Bellini"),
                q("defender Ali Hassan was \"available", "Bellini|Bellini confirmed",
                  "Marco Bellini")],
     "dates": [("Friday", "2021-11-26"), ("Sunday", "2021-11-28")]},
    # ------------------------------------------------------------------ courts
    {"id": "c16", "published": "2020-10-29",
     "text": "A federal judge in Washington on Wednesday blocked the administration's plan to "
             "end the census count early, saying the government had failed to justify the "
             "change. In a 47-page ruling, U.S. District Judge Miriam Castellano wrote that the "
             "decision was \"arbitrary and capricious\" and would cause \"irreparable harm\" to "
             "communities that are hard to count. The Justice Department said it would appeal. "
             "A spokeswoman for the Census Bureau said the agency was reviewing the ruling.",
     "quotes": [q("the government had failed to justify the change.",
                  "A federal judge in Washington", "Miriam Castellano"),
                q("the decision was \"arbitrary and capricious\" and would cause \"irreparable "
                  "harm\" to communities that are hard to count.",
                  "U.S. District Judge Miriam Castellano", "Miriam Castellano"),
                q("it would appeal.", "The Justice Department"),
                q("the agency was reviewing the ruling.", "A spokeswoman for the Census Bureau")],
     "dates": [("Wednesday", "2020-10-28")]},
    {"id": "c17", "published": "2023-12-14",
     "text": "Prosecutors alleged that Derek Vance, 41, siphoned more than $2 million from the "
             "charity between 2016 and 2021 to pay for luxury cars and a lake house. \"This was "
             "not a mistake. It was a scheme,\" Assistant U.S. Attorney Nora Blake told jurors "
             "in her opening statement on Wednesday.\n\nVance's lawyer, Samuel Ortiz, countered "
             "that his client had kept \"sloppy books\" but never intended to steal. \"You will "
             "hear a lot about cars,\" he told the jury. \"You will not hear evidence of a "
             "crime.\"\n\nThe trial is expected to last three weeks.",
     "quotes": [q("Derek Vance, 41, siphoned more than $2 million from the charity between 2016 "
                  "and 2021 to pay for luxury cars and a lake house.", "Prosecutors"),
                q("This was not a mistake. It was a scheme", "Assistant U.S. Attorney Nora Blake",
                  "Nora Blake"),
                q("his client had kept \"sloppy books\" but never intended to steal.",
                  "Vance's lawyer, Samuel Ortiz", "Samuel Ortiz"),
                q("You will hear a lot about cars", "he|he told the jury", "Samuel Ortiz"),
                q("You will not hear evidence of a crime.", "he|he told the jury",
                  "Samuel Ortiz")],
     "dates": [("2016", "2016"), ("2021", "2021"), ("Wednesday", "2023-12-13")]},
    {"id": "c18", "published": "2022-04-21",
     "text": "\"The defendants' conduct shocks the conscience,\" Judge Harold Pike wrote in his "
             "ruling, which was made public on Wednesday. He ordered the company to pay $18 "
             "million in damages, finding that it had ignored repeated safety warnings dating "
             "back to 2017.\n\nThe company's lawyers had argued that the workers assumed the "
             "risk. \"That argument fails,\" the judge wrote.",
     "quotes": [q("The defendants' conduct shocks the conscience", "Judge Harold Pike",
                  "Harold Pike"),
                q("the workers assumed the risk.", "The company's lawyers"),
                q("That argument fails", "the judge|the judge wrote", "Harold Pike")],
     "dates": [("Wednesday", "2022-04-20"), ("2017", "2017")]},
    # ------------------------------------------------------------------ sport
    {"id": "c19", "published": "2024-02-27",
     "text": "Harbourside United manager Kieran Walsh insisted his side were \"still in the "
             "race\" despite Sunday's 2-1 defeat at Eastbury, their third loss in four games.\n\n"
             "\"We created enough chances to win two games,\" Walsh told reporters. \"Football "
             "can be cruel. We go again on Saturday.\"\n\nCaptain Ollie Dunne admitted the "
             "dressing room was \"hurting\". \"We let the fans down in the second half,\" he "
             "said.",
     "quotes": [q("his side were \"still in the race\" despite Sunday's 2-1 defeat at Eastbury, "
                  "their third loss in four games.", "Harbourside United manager Kieran Walsh",
                  "Kieran Walsh"),
                q("We created enough chances to win two games", "Walsh|Walsh told",
                  "Kieran Walsh"),
                q("Football can be cruel. We go again on Saturday.", "Walsh|Walsh told",
                  "Kieran Walsh"),
                q("the dressing room was \"hurting", "Captain Ollie Dunne", "Ollie Dunne"),
                q("We let the fans down in the second half", "he", "Ollie Dunne")],
     "dates": [("Sunday", "2024-02-25"), ("Saturday", "2024-03-02")]},
    {"id": "c20", "published": "2025-01-16",
     "text": "Australia captain Mitch Harlow said the team had \"no regrets\" about resting its "
             "two senior fast bowlers for the fourth Test, which they lost by six wickets at the "
             "MCG on Monday.\n\n\"We've got a long summer ahead and we have to look after the "
             "guys,\" Harlow told reporters in Sydney. Asked whether the selection had cost them "
             "the match, he replied: \"You can look at it that way. I don't.\"\n\nCoach Darren "
             "Lyle added that both bowlers would return for the fifth Test next week.",
     "quotes": [q("the team had \"no regrets\" about resting its two senior fast bowlers for the "
                  "fourth Test, which they lost by six wickets at the MCG on Monday.",
                  "Australia captain Mitch Harlow", "Mitch Harlow"),
                q("We've got a long summer ahead and we have to look after the guys",
                  "Harlow|Harlow told", "Mitch Harlow"),
                q("You can look at it that way. I don't.", "he|he replied", "Mitch Harlow"),
                q("both bowlers would return for the fifth Test next week.",
                  "Coach Darren Lyle", "Darren Lyle")],
     "dates": [("Monday", "2025-01-13"), ("next week", "2025-W04")]},
    {"id": "c42", "published": "2022-06-20",
     "text": "Sofia Marr won her first major on Sunday, and afterwards she struggled to find the "
             "words.\n\n\"I've dreamed about this since I was eight years old,\" Marr said. \"My "
             "dad used to drive me to the range every morning before school.\n\n\"He passed away "
             "last year. I know he was watching today.\"\n\nMarr, 24, finished two shots clear of "
             "Japan's Yuka Mori, who said she had \"nothing left\" on the back nine.",
     "quotes": [q("I've dreamed about this since I was eight years old", "Marr|Marr said",
                  "Sofia Marr"),
                q(("My dad used to drive me", "watching today."), "Marr|Marr said",
                  "Sofia Marr"),
                q("she had \"nothing left\" on the back nine.", "Japan's Yuka Mori",
                  "Yuka Mori")],
     "dates": [("Sunday", "2022-06-19"), ("last year", "2021"), ("today", "2022-06-19")]},
    {"id": "c47", "published": "2023-09-25",
     "text": "Westport coach Craig Mahoney says his side's grand final loss will \"sting for a "
             "long time\" but has backed his young group to bounce back in 2024.\n\n\"We'll be "
             "better for it,\" Mahoney said after the match on Saturday. \"These boys will learn "
             "more from today than from any win.\"\n\nSkipper Jack Healey said the team had "
             "simply been \"outworked\" in the final quarter.",
     "quotes": [q("his side's grand final loss will \"sting for a long time",
                  "Westport coach Craig Mahoney", "Craig Mahoney"),
                q("We'll be better for it", "Mahoney|Mahoney said", "Craig Mahoney"),
                q("These boys will learn more from today than from any win.",
                  "Mahoney|Mahoney said", "Craig Mahoney"),
                q("the team had simply been \"outworked\" in the final quarter.",
                  "Skipper Jack Healey", "Jack Healey")],
     "dates": [("2024", "2024"), ("Saturday", "2023-09-23"), ("today", "2023-09-23")]},
    # ------------------------------------------------------------------ science
    {"id": "c21", "published": "2021-05-27",
     "text": "Adults who sleep less than six hours a night in their 50s and 60s are about 30% "
             "more likely to develop dementia, according to a study published on Tuesday in the "
             "journal Nature Communications. The study's authors wrote that the findings "
             "\"suggest a link\" but do not show that short sleep causes dementia. \"Sleep is one "
             "of the few risk factors people can actually change,\" said Dr Amélie Durand, an "
             "epidemiologist at the University of Lyon who led the research. Independent experts "
             "cautioned that sleep was self-reported.",
     "quotes": [q("Adults who sleep less than six hours a night in their 50s and 60s are about "
                  "30% more likely to develop dementia", "a study"),
                q("the findings \"suggest a link\" but do not show that short sleep causes "
                  "dementia.", "The study's authors"),
                q("Sleep is one of the few risk factors people can actually change",
                  "Dr Amélie Durand, an epidemiologist at the University of Lyon",
                  "Amélie Durand"),
                q("sleep was self-reported.", "Independent experts")],
     "dates": [("Tuesday", "2021-05-25")]},
    {"id": "c22", "published": "2023-09-28",
     "text": "Glaciers in Switzerland lost 10% of their volume over the past two years, the "
             "country's glacier monitoring network said on Thursday. \"We have never seen "
             "anything like it,\" said Lukas Imhof, a glaciologist who heads the network. He said "
             "that at the current rate most small glaciers would disappear by the 2050s.\n\nThe "
             "researchers noted that the summer of 2003 had long been the benchmark for melting. "
             "In a report published in March 2019, the same team had predicted losses of about "
             "2% a year, Imhof added.",
     "quotes": [q("Glaciers in Switzerland lost 10% of their volume over the past two years",
                  "the country's glacier monitoring network"),
                q("We have never seen anything like it", "Lukas Imhof, a glaciologist",
                  "Lukas Imhof"),
                q("at the current rate most small glaciers would disappear by the 2050s.", "He",
                  "Lukas Imhof"),
                q("the summer of 2003 had long been the benchmark for melting.",
                  "The researchers"),
                q("In a report published in March 2019, the same team had predicted losses of "
                  "about 2% a year", "Imhof|Imhof added", "Lukas Imhof")],
     "dates": [("Thursday", "2023-09-28"), ("the 2050s", "205"), ("the summer of 2003", "2003-SU"),
               ("March 2019", "2019-03")]},
    {"id": "c43", "published": "2024-02-03",
     "text": "A new malaria vaccine cut cases in young children by 75% over 12 months in a trial "
             "in four African countries, researchers reported in The Lancet on Thursday. The "
             "authors wrote that the vaccine, known as R21, was \"cheap to make and easy to "
             "scale\". However, they cautioned that protection waned without a booster. Dr Grace "
             "Mwangi, who led the Kenyan arm of the trial, told the BBC: \"For the first time, I "
             "think we can talk about the end of malaria in our lifetime.\"",
     "quotes": [q("A new malaria vaccine cut cases in young children by 75% over 12 months in a "
                  "trial in four African countries", "researchers"),
                q("the vaccine, known as R21, was \"cheap to make and easy to scale",
                  "The authors"),
                q("protection waned without a booster.", "they|they cautioned"),
                q("For the first time, I think we can talk about the end of malaria in our "
                  "lifetime.", "Dr Grace Mwangi", "Grace Mwangi")],
     "dates": [("Thursday", "2024-02-01")]},
    # ------------------------------------------------- interviews: pronouns after para 1
    {"id": "c23", "published": "2022-07-28",
     "text": "In an interview with The Herald this week, Fiona Grant, the outgoing head of the "
             "National Theatre of Wales, said the company had survived the pandemic \"by the "
             "skin of our teeth\".\n\n\"There were weeks in 2020 when I didn't know if we would "
             "open again,\" she said. \"We laid off a third of the staff. That still hurts.\"\n\n"
             "She said her successor would have to find new audiences outside Cardiff. \"The old "
             "model is finished,\" she said. \"Nobody should pretend otherwise.\"\n\nGrant, 61, "
             "steps down at the end of August.",
     "quotes": [q("the company had survived the pandemic \"by the skin of our teeth",
                  "Fiona Grant, the outgoing head of the National Theatre of Wales",
                  "Fiona Grant"),
                q("There were weeks in 2020 when I didn't know if we would open again",
                  "she|she said. \"We", "Fiona Grant"),
                q("We laid off a third of the staff. That still hurts.", "she|she said. \"We",
                  "Fiona Grant"),
                q("her successor would have to find new audiences outside Cardiff.",
                  "She|She said her", "Fiona Grant"),
                q("The old model is finished", "she|she said. \"Nobody", "Fiona Grant"),
                q("Nobody should pretend otherwise.", "she|she said. \"Nobody",
                  "Fiona Grant")],
     "dates": [("this week", "2022-W30"), ("2020", "2020"), ("the end of August", "2022-08")]},
    {"id": "c24", "published": "2019-11-19",
     "text": "Ravi Menon has spent three decades building bridges in Kerala. Speaking to The "
             "Hindu at his office in Kochi last Thursday, the 58-year-old engineer said the "
             "floods of 2018 had changed how he thinks about design.\n\n\"We used to build for a "
             "100-year flood. Now I build for the worst thing I can imagine,\" he said.\n\nHe was "
             "blunt about the state's record. Many of the bridges built in the 1990s, he said, "
             "were never inspected after they opened.",
     "quotes": [q("the floods of 2018 had changed how he thinks about design.",
                  "the 58-year-old engineer", "Ravi Menon"),
                q("We used to build for a 100-year flood. Now I build for the worst thing I can "
                  "imagine", "he|he said.\n", "Ravi Menon"),
                q("Many of the bridges built in the 1990s", "he|he said, were", "Ravi Menon"),
                q("were never inspected after they opened.", "he|he said, were", "Ravi Menon")],
     "dates": [("last Thursday", "2019-11-14"), ("2018", "2018"), ("the 1990s", "199")]},
    # ------------------------------------------------------------------ nested quotes
    {"id": "c25", "published": "2024-04-11",
     "text": "A former nurse at St Brendan's Hospital told the inquiry on Wednesday that she had "
             "raised concerns about staffing \"at least a dozen times\".\n\n\"I went to my "
             "manager and said, 'Someone is going to die on this ward.' She told me, 'There is no "
             "money,'\" the witness, identified only as Nurse C, said.\n\nThe hospital trust said "
             "in a statement that it \"deeply regrets\" the failings identified.",
     "quotes": [q("she had raised concerns about staffing \"at least a dozen times",
                  "A former nurse at St Brendan's Hospital", "Nurse C"),
                q("I went to my manager and said, 'Someone is going to die on this ward.' She "
                  "told me, 'There is no money", "the witness, identified only as Nurse C",
                  "Nurse C"),
                q("Someone is going to die on this ward.", "I|I went to my", "Nurse C"),
                q("There is no money", "She|She told me"),
                q("it \"deeply regrets\" the failings identified.", "The hospital trust")],
     "dates": [("Wednesday", "2024-04-10")]},
    {"id": "c26", "published": "2023-07-25",
     "text": "The farmer who blocked the motorway with his tractors last week says he has no "
             "regrets. \"I asked the ministry three times for a meeting,\" Pieter de Graaf said. "
             "\"They told me 'no'. What was I supposed to do?\"\n\nThe transport ministry said it "
             "had offered talks in June.",
     "quotes": [q("he has no regrets.", "The farmer", "Pieter de Graaf"),
                q("I asked the ministry three times for a meeting", "Pieter de Graaf",
                  "Pieter de Graaf"),
                q("They told me 'no'. What was I supposed to do?", "Pieter de Graaf",
                  "Pieter de Graaf"),
                q("no@2", "They|They told"),
                q("it had offered talks in June.", "The transport ministry")],
     "dates": [("last week", "2023-W29"), ("June", "2023-06")]},
    # ------------------------------------------- scare quotes, headlines, em-dash credits
    {"id": "c27", "published": "2023-03-16",
     "text": "The so-called \"peace plan\" circulated by Beijing last month contains no "
             "timetable for the withdrawal of troops, Western diplomats said. Officials in Kyiv "
             "have dismissed the \"plan\" as a list of slogans.\n\nThe document calls for a "
             "\"comprehensive ceasefire\" and the resumption of talks. Foreign Minister Olena "
             "Marchuk said on Wednesday that any agreement must begin with the withdrawal of "
             "Russian forces.",
     "quotes": [q("The so-called \"peace plan\" circulated by Beijing last month contains no "
                  "timetable for the withdrawal of troops", "Western diplomats"),
                q("any agreement must begin with the withdrawal of Russian forces.",
                  "Foreign Minister Olena Marchuk", "Olena Marchuk")],
     "dates": [("last month", "2023-02"), ("Wednesday", "2023-03-15")]},
    {"id": "c28", "published": "2022-09-22",
     "text": "Brandt: Germany will not send fighter jets\n\nBERLIN, Sept 22 — Chancellor Lena "
             "Brandt on Thursday ruled out supplying fighter jets to Ukraine, telling parliament "
             "that Germany's \"red lines\" had not changed. Opposition leader Friedrich Kessler "
             "accused the government of \"dithering\" and said allies were losing patience.",
     "quotes": [q("Germany will not send fighter jets", "Brandt|Brandt: Germany", "Lena Brandt"),
                q("Germany's \"red lines\" had not changed.", "Chancellor Lena Brandt",
                  "Lena Brandt"),
                q("allies were losing patience.", "Opposition leader Friedrich Kessler",
                  "Friedrich Kessler")],
     "dates": [("Sept 22", "2022-09-22"), ("Thursday", "2022-09-22")]},
    {"id": "c29", "published": "2023-11-09",
     "text": "Rates have peaked — Bank of England's chief economist\n\nThe Bank of England's "
             "chief economist, Hugh Pell, said on Wednesday that interest rates were "
             "\"probably\" at their peak, but warned that cuts were unlikely before mid-2025. "
             "Markets had priced in a first cut for next spring.",
     "quotes": [q("Rates have peaked", "Bank of England's chief economist", "Hugh Pell"),
                q("interest rates were \"probably\" at their peak",
                  "The Bank of England's chief economist, Hugh Pell", "Hugh Pell"),
                q("cuts were unlikely before mid-2025.",
                  "The Bank of England's chief economist, Hugh Pell", "Hugh Pell")],
     "dates": [("Wednesday", "2023-11-08"), ("mid-2025", "2025"), ("next spring", "2024-SP")]},
    {"id": "c30", "published": "2023-06-15",
     "text": "It is too early to talk about a ceasefire — Ukrainian foreign minister\n\nKyiv will "
             "not agree to freeze the conflict along the current front line, Foreign Minister "
             "Dmytro Ostapenko said on Thursday. \"Any pause will only give Russia time to "
             "regroup,\" the minister stressed. According to him, the counteroffensive launched "
             "earlier this month is \"going according to plan\".",
     "quotes": [q("It is too early to talk about a ceasefire", "Ukrainian foreign minister",
                  "Dmytro Ostapenko"),
                q("Kyiv will not agree to freeze the conflict along the current front line",
                  "Foreign Minister Dmytro Ostapenko", "Dmytro Ostapenko"),
                q("Any pause will only give Russia time to regroup", "the minister",
                  "Dmytro Ostapenko"),
                q("the counteroffensive launched earlier this month is \"going according to "
                  "plan", "him", "Dmytro Ostapenko")],
     "dates": [("Thursday", "2023-06-15"), ("earlier this month", "2023-06")]},
    {"id": "c45", "published": "2025-03-13",
     "text": "Fed's Morales: No rush to cut rates again\n\nFederal Reserve Governor Ana Morales "
             "said on Wednesday that the central bank could afford to be \"patient\" with "
             "further rate cuts because the labor market remained solid. Speaking at an event "
             "in Chicago, Morales said inflation in the first half of 2025 had been "
             "\"disappointing\". She did not say whether she would support a cut at the June "
             "meeting.",
     "quotes": [q("No rush to cut rates again", "Fed's Morales", "Ana Morales"),
                q("the central bank could afford to be \"patient\" with further rate cuts "
                  "because the labor market remained solid.",
                  "Federal Reserve Governor Ana Morales", "Ana Morales"),
                q("inflation in the first half of 2025 had been \"disappointing",
                  "Morales|Morales said inflation", "Ana Morales")],
     "dates": [("Wednesday", "2025-03-12"), ("the first half of 2025", "2025-H1"),
               ("June", "2025-06")]},
    # ------------------------------------------------- TimeML-heavy relative dates
    {"id": "c31", "published": "2024-09-12",
     "text": "Shares of Kestrel Robotics fell 12% yesterday after the company cut its fiscal "
             "2024 revenue forecast for the second time this month. Chief Executive Ana Pereira "
             "said last Thursday that orders from carmakers had slowed over the past week, but "
             "she told investors two weeks ago that the Q3 pipeline was \"the strongest we've "
             "ever had\". \"Management has lost credibility,\" said Jorge Santos, an analyst at "
             "Baird.",
     "quotes": [q("orders from carmakers had slowed over the past week",
                  "Chief Executive Ana Pereira", "Ana Pereira"),
                q("the Q3 pipeline was \"the strongest we've ever had", "she", "Ana Pereira"),
                q("Management has lost credibility", "Jorge Santos, an analyst at Baird",
                  "Jorge Santos")],
     "dates": [("yesterday", "2024-09-11"), ("fiscal 2024", "FY2024"),
               ("this month", "2024-09"), ("last Thursday", "2024-09-05"),
               ("two weeks ago", "2024-W35"), ("Q3", "2024-Q3")]},
    {"id": "c32", "published": "2022-10-06",
     "text": "The city council voted on Monday to demolish the Riverside car park, which opened "
             "in the 1990s, and to start building 400 homes on the site next spring. Deputy "
             "Mayor Sandra Okonjo said the first residents could move in by the end of next "
             "year. The vote came after a structural survey, completed on September 14, found "
             "cracks in the upper decks. The council had closed the car park 10 days earlier, "
             "after a chunk of concrete fell onto a parked van.\n\n\"Nobody was hurt, thank "
             "God,\" Okonjo said.",
     "quotes": [q("the first residents could move in by the end of next year.",
                  "Deputy Mayor Sandra Okonjo", "Sandra Okonjo"),
                q("Nobody was hurt, thank God", "Okonjo|Okonjo said", "Sandra Okonjo")],
     "dates": [("Monday", "2022-10-03"), ("the 1990s", "199"), ("next spring", "2023-SP"),
               ("the end of next year", "2023"), ("September 14", "2022-09-14"),
               ("10 days earlier", "2022-09-04")]},
]
