"""Third blind gold: PARC 3.0-style WSJ copy (1987-89), TimeBank-style dates.

Written by an annotator who had not read the suggesters (annotate/suggest/) nor the earlier
test texts beyond their format. Styles: dense financial and political copy where most
attributions are indirect ("X said", "X added / noted / contends / argues / reported /
announced / acknowledged / insisted / explained / predicted / replied"), inverted "said X, a
vice president", "according to X" (leading and trailing), anonymous sources ("analysts
said", "traders said", "officials familiar with the talks said", "people familiar with the
plan", "a person close to the company", "this person said"), company statements and SEC
filings, attributions in the middle of a sentence ("The plan, officials said, will ..."),
several sources per paragraph, pronoun speakers ("he", "she", "they", "it"), quotes
continued after "X said." and across paragraphs, nested quotes, and non-speech traps
(declined to comment, wouldn't say, estimated, believe, expect, hope, blamed, dismissed the
figures, scare quotes, "Asked whether ...", participial "citing ...").

Conventions (same as spec_blind.py / spec_blind2.py):
- QUOTE only for speech/communication cues; not beliefs, plans, estimates made by the
  writer's sources without a report ("analysts estimated"), refusals ("declined to",
  "wouldn't say"), or scare quotes. An estimate published in a report ("estimated in a report
  released Tuesday") is a communication and is a QUOTE.
- Span = content only; indirect speech starts after "that"; a sentence-final quote keeps its
  final period; a quote interrupted by its attribution (direct or indirect: "A, he said, B")
  is two spans with the same speaker. Nested quotes at both levels.
- SPEAKER = full mention the cue attaches to, appositives included, relative clauses left out.
- DATE = TimeML points/periods, preposition left out; durations ("the past two years",
  "for two weeks", "five straight years", "within a month") are not DATEs. "a year earlier"
  resolves against the period it compares with; weekdays resolve to the past one for
  reported events and to the coming one for scheduled events.
People and companies are fictional unless they are institutions.
"""

from __future__ import annotations


def q(quote, speaker=None, canonical=None):
    return {"quote": quote, "speaker": speaker, "canonical": canonical}


DOCS = [
    {"id": "p01", "published": "1989-10-17",
     "text": "Consolidated Tubing Corp. said third-quarter net income rose 14% to $48.2 million, "
             "or $1.12 a share, from $42.3 million, or 98 cents a share, a year earlier. Revenue "
             "increased 9% to $611 million. The Pittsburgh-based maker of steel pipe said demand "
             "from oil and gas drillers, which had been weak for most of the past two years, "
             "picked up sharply in August and September. \"We're finally seeing the rig count "
             "translate into orders,\" said Walter Brennan, chief financial officer. He added "
             "that the company expected fourth-quarter shipments to match the third quarter's.",
     "quotes": [q("third-quarter net income rose 14% to $48.2 million, or $1.12 a share, from "
                  "$42.3 million, or 98 cents a share, a year earlier.",
                  "Consolidated Tubing Corp.", "Consolidated Tubing Corp."),
                q("demand from oil and gas drillers, which had been weak for most of the past "
                  "two years, picked up sharply in August and September.",
                  "The Pittsburgh-based maker of steel pipe", "Consolidated Tubing Corp."),
                q("We're finally seeing the rig count translate into orders",
                  "Walter Brennan, chief financial officer", "Walter Brennan"),
                q("the company expected fourth-quarter shipments to match the third quarter's.",
                  "He|He added", "Walter Brennan")],
     "dates": [("third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
               ("August", "1989-08"), ("September", "1989-09"), ("fourth-quarter", "1989-Q4"),
               ("the third quarter", "1989-Q3")]},
    {"id": "p02", "published": "1989-10-24",
     "text": "Shares of Harlan Industries fell $3.25 to $41.50 in heavy trading on the New York "
             "Stock Exchange yesterday after the company said it would take a $120 million "
             "charge in the fourth quarter to close three plants. Analysts said the charge was "
             "larger than expected. \"They're cleaning house, and that's overdue,\" said Diane "
             "Koval, an analyst with Shearson Lehman Hutton Inc. According to people familiar "
             "with the plan, about 2,200 workers will lose their jobs by the middle of next "
             "year. A Harlan spokesman declined to comment on the figure.",
     "quotes": [q("it would take a $120 million charge in the fourth quarter to close three "
                  "plants.", "the company", "Harlan Industries"),
                q("the charge was larger than expected.", "Analysts"),
                q("They're cleaning house, and that's overdue",
                  "Diane Koval, an analyst with Shearson Lehman Hutton Inc.", "Diane Koval"),
                q("about 2,200 workers will lose their jobs by the middle of next year.",
                  "people familiar with the plan")],
     "dates": [("yesterday", "1989-10-23"), ("the fourth quarter", "1989-Q4"),
               ("the middle of next year", "1990")]},
    {"id": "p03", "published": "1989-11-02",
     "text": "The administration's plan to cut the capital-gains tax, White House officials said "
             "yesterday, will be attached to the deficit-reduction bill when the Senate returns "
             "from its recess next week. Senate Majority Leader Thomas Garrity (D., Ore.) said "
             "he would fight the move, arguing that the tax cut would chiefly benefit the "
             "wealthy. \"It's the same old trickle-down economics in a new suit,\" he told "
             "reporters. Treasury Secretary Alan Whitcomb countered that a lower rate would "
             "unlock billions of dollars in investment.",
     "quotes": [q("The administration's plan to cut the capital-gains tax",
                  "White House officials"),
                q("will be attached to the deficit-reduction bill when the Senate returns from "
                  "its recess next week.", "White House officials"),
                q("he would fight the move", "Senate Majority Leader Thomas Garrity (D., Ore.)",
                  "Thomas Garrity"),
                q("the tax cut would chiefly benefit the wealthy.",
                  "Senate Majority Leader Thomas Garrity (D., Ore.)", "Thomas Garrity"),
                q("It's the same old trickle-down economics in a new suit", "he|he told",
                  "Thomas Garrity"),
                q("a lower rate would unlock billions of dollars in investment.",
                  "Treasury Secretary Alan Whitcomb", "Alan Whitcomb")],
     "dates": [("yesterday", "1989-11-01"), ("next week", "1989-W45")]},
    {"id": "p04", "published": "1989-08-15",
     "text": "Treasury bond prices fell sharply yesterday as traders braced for the government's "
             "report on July producer prices, due Friday. \"Nobody wants to own bonds going into "
             "that number,\" said a trader at a major Japanese securities firm. Some economists "
             "contend that inflation has peaked. Robert Sinclair, chief economist at Irving "
             "Trust Co., said he expects the Federal Reserve to lower short-term rates by the end "
             "of the third quarter, but he cautioned that a weak dollar could delay the move.",
     "quotes": [q("Nobody wants to own bonds going into that number",
                  "a trader at a major Japanese securities firm"),
                q("inflation has peaked.", "Some economists"),
                q("he expects the Federal Reserve to lower short-term rates by the end of the "
                  "third quarter", "Robert Sinclair, chief economist at Irving Trust Co.",
                  "Robert Sinclair"),
                q("a weak dollar could delay the move.", "he|he cautioned", "Robert Sinclair")],
     "dates": [("yesterday", "1989-08-14"), ("July", "1989-07"), ("Friday", "1989-08-18"),
               ("the end of the third quarter", "1989-Q3")]},
    {"id": "p05", "published": "1989-03-21",
     "text": "Delmont Pharmaceuticals Inc. said in a statement that it had halted clinical "
             "trials of its experimental blood-pressure drug after three patients suffered liver "
             "damage. The company said it would report the findings to the Food and Drug "
             "Administration this week. A Delmont spokeswoman declined to say how many patients "
             "were enrolled in the trials, which began in January 1988. Analysts estimated that "
             "the drug could have reached sales of $300 million a year by the mid-1990s.",
     "quotes": [q("it had halted clinical trials of its experimental blood-pressure drug after "
                  "three patients suffered liver damage.", "Delmont Pharmaceuticals Inc.",
                  "Delmont Pharmaceuticals Inc."),
                q("it would report the findings to the Food and Drug Administration this week.",
                  "The company", "Delmont Pharmaceuticals Inc.")],
     "dates": [("this week", "1989-W12"), ("January 1988", "1988-01"),
               ("the mid-1990s", "199")]},
    {"id": "p06", "published": "1989-06-08",
     "text": "Frank Oliveri, the chairman of Tri-State Savings & Loan, said yesterday that the "
             "thrift would seek a buyer before federal regulators take it over.\n\n\"We have "
             "perhaps 90 days,\" Mr. Oliveri said. \"After that, the decision will not be ours. "
             "I would rather sell to a healthy bank than hand the keys to Washington.\"\n\nA "
             "spokesman for the Federal Home Loan Bank Board said the agency does not comment on "
             "individual institutions. The thrift lost $64 million in 1988 and another $18 "
             "million in the first quarter.",
     "quotes": [q("the thrift would seek a buyer before federal regulators take it over.",
                  "Frank Oliveri, the chairman of Tri-State Savings & Loan", "Frank Oliveri"),
                q("We have perhaps 90 days", "Mr. Oliveri", "Frank Oliveri"),
                q("After that, the decision will not be ours. I would rather sell to a healthy "
                  "bank than hand the keys to Washington.", "Mr. Oliveri", "Frank Oliveri"),
                q("the agency does not comment on individual institutions.",
                  "A spokesman for the Federal Home Loan Bank Board")],
     "dates": [("yesterday", "1989-06-07"), ("1988", "1988"), ("the first quarter", "1989-Q1")]},
    {"id": "p07", "published": "1989-12-12",
     "text": "Sales of new homes dropped 4.1% in October, the Commerce Department reported "
             "yesterday, the third monthly decline in a row. Builders blamed high mortgage rates. "
             "\"The first-time buyer has simply disappeared,\" said Karen Ulrich, a home builder "
             "in suburban Atlanta. According to the National Association of Home Builders, "
             "housing starts in 1990 will fall to their lowest level since 1982. But David "
             "Seltzer, the group's chief economist, said a drop in rates early next year could "
             "revive demand.",
     "quotes": [q("Sales of new homes dropped 4.1% in October", "the Commerce Department"),
                q("The first-time buyer has simply disappeared",
                  "Karen Ulrich, a home builder in suburban Atlanta", "Karen Ulrich"),
                q("housing starts in 1990 will fall to their lowest level since 1982.",
                  "the National Association of Home Builders"),
                q("a drop in rates early next year could revive demand.",
                  "David Seltzer, the group's chief economist", "David Seltzer")],
     "dates": [("October", "1989-10"), ("yesterday", "1989-12-11"), ("1990", "1990"),
               ("1982", "1982"), ("early next year", "1990")]},
    {"id": "p08", "published": "1988-11-30",
     "text": "Kessler Group and Amherst Foods Corp. are close to an agreement under which Kessler "
             "would acquire Amherst for about $1.6 billion, officials familiar with the talks "
             "said. The talks, which began two weeks ago, could be completed as early as Friday, "
             "one official said. Amherst's board is scheduled to meet Thursday. Kessler's "
             "chairman, Howard Lane, wouldn't comment. An Amherst spokesman said only that the "
             "company \"continues to evaluate its alternatives.\"",
     "quotes": [q("Kessler Group and Amherst Foods Corp. are close to an agreement under which "
                  "Kessler would acquire Amherst for about $1.6 billion",
                  "officials familiar with the talks"),
                q("The talks, which began two weeks ago, could be completed as early as Friday",
                  "one official"),
                q("the company \"continues to evaluate its alternatives.",
                  "An Amherst spokesman")],
     "dates": [("two weeks ago", "1988-W46"), ("Friday", "1988-12-02"),
               ("Thursday", "1988-12-01")]},
    {"id": "p09", "published": "1989-01-25",
     "text": "Rep. Carla Hendricks (D., Ohio) said yesterday that she would introduce legislation "
             "next month to limit leveraged buy-outs. In an interview, she said a top Treasury "
             "official had told her that the administration \"won't stand in the way\" of modest "
             "curbs. \"When a deputy secretary tells you, 'We're not going to fight you on "
             "this,' you take it seriously,\" she said. A Treasury spokesman said the department "
             "had not taken a position on the bill.",
     "quotes": [q("she would introduce legislation next month to limit leveraged buy-outs.",
                  "Rep. Carla Hendricks (D., Ohio)", "Carla Hendricks"),
                q("a top Treasury official had told her that the administration \"won't stand "
                  "in the way\" of modest curbs.", "she|she said a top", "Carla Hendricks"),
                q("the administration \"won't stand in the way\" of modest curbs.",
                  "a top Treasury official"),
                q("When a deputy secretary tells you, 'We're not going to fight you on this,' "
                  "you take it seriously", "she|she said. A", "Carla Hendricks"),
                q("We're not going to fight you on this", "a deputy secretary"),
                q("the department had not taken a position on the bill.",
                  "A Treasury spokesman")],
     "dates": [("yesterday", "1989-01-24"), ("next month", "1989-02")]},
    {"id": "p10", "published": "1989-05-10",
     "text": "Striking machinists at Eastland Aircraft Corp. rejected the company's latest "
             "contract offer on Monday, union officials said, and no new talks have been "
             "scheduled. The company contends that its offer, which includes a 3% raise in each "
             "of the next three years, is the best in the industry. \"They're asking us to give "
             "back health benefits we fought for in 1983,\" said Joe Pulaski, president of the "
             "local. Eastland said it would continue to operate its plants with salaried "
             "employees.",
     "quotes": [q("Striking machinists at Eastland Aircraft Corp. rejected the company's latest "
                  "contract offer on Monday", "union officials"),
                q("no new talks have been scheduled.", "union officials"),
                q("its offer, which includes a 3% raise in each of the next three years, is the "
                  "best in the industry.", "The company", "Eastland Aircraft Corp."),
                q("They're asking us to give back health benefits we fought for in 1983",
                  "Joe Pulaski, president of the local", "Joe Pulaski"),
                q("it would continue to operate its plants with salaried employees.",
                  "Eastland|Eastland said", "Eastland Aircraft Corp.")],
     "dates": [("Monday", "1989-05-08"), ("1983", "1983")]},
    {"id": "p11", "published": "1989-09-27",
     "text": "Not everyone is convinced the computer industry's slump is over. Michael Tarrant, "
             "an analyst at Dean Witter Reynolds Inc., argues that personal-computer makers built "
             "too much inventory in the spring and will have to cut prices through the end of "
             "the year. He noted that two large makers had already trimmed prices this month. "
             "Others disagree. \"The inventory correction is behind us,\" said Ellen Fisk of "
             "Montgomery Securities. \"I'd be buying these stocks.\"",
     "quotes": [q("personal-computer makers built too much inventory in the spring and will have "
                  "to cut prices through the end of the year.",
                  "Michael Tarrant, an analyst at Dean Witter Reynolds Inc.", "Michael Tarrant"),
                q("two large makers had already trimmed prices this month.", "He|He noted",
                  "Michael Tarrant"),
                q("The inventory correction is behind us", "Ellen Fisk of Montgomery Securities",
                  "Ellen Fisk"),
                q("I'd be buying these stocks.", "Ellen Fisk of Montgomery Securities",
                  "Ellen Fisk")],
     "dates": [("the spring", "1989-SP"), ("the end of the year", "1989"),
               ("this month", "1989-09")]},
    {"id": "p12", "published": "1987-10-21",
     "text": "Stock prices rebounded yesterday in the heaviest trading ever, a day after the Dow "
             "Jones Industrial Average plunged 508 points. \"People came to their senses,\" said "
             "Arthur Kemp, a floor trader at the Chicago Board Options Exchange. The Federal "
             "Reserve said in a brief statement before the market opened Tuesday that it stood "
             "ready to provide liquidity to the financial system. Several brokerage executives "
             "said they expected more volatility, and one, who asked not to be named, warned that "
             "some small firms might not survive the turmoil.",
     "quotes": [q("People came to their senses",
                  "Arthur Kemp, a floor trader at the Chicago Board Options Exchange",
                  "Arthur Kemp"),
                q("it stood ready to provide liquidity to the financial system.",
                  "The Federal Reserve"),
                q("they expected more volatility", "Several brokerage executives"),
                q("some small firms might not survive the turmoil.", "one|one, who asked")],
     "dates": [("yesterday", "1987-10-20"), ("Tuesday", "1987-10-20")]},
    {"id": "p13", "published": "1989-07-19",
     "text": "Federal Aviation Administration inspectors found serious maintenance lapses at "
             "Coastline Airways during a six-week review, the agency said in a report released "
             "yesterday. The airline's president, Gerald Huff, testified before a House "
             "subcommittee in May that the carrier's safety record was \"second to none.\" Rep. "
             "Paul Korman (D., Minn.), the subcommittee's chairman, said yesterday that he would "
             "ask Mr. Huff to appear again in September. Coastline said it had already corrected "
             "most of the problems cited by the FAA.",
     "quotes": [q("Federal Aviation Administration inspectors found serious maintenance lapses at "
                  "Coastline Airways during a six-week review", "the agency",
                  "Federal Aviation Administration"),
                q("the carrier's safety record was \"second to none.",
                  "The airline's president, Gerald Huff", "Gerald Huff"),
                q("he would ask Mr. Huff to appear again in September.",
                  "Rep. Paul Korman (D., Minn.), the subcommittee's chairman", "Paul Korman"),
                q("it had already corrected most of the problems cited by the FAA.",
                  "Coastline|Coastline said", "Coastline Airways")],
     "dates": [("yesterday@1", "1989-07-18"), ("May", "1989-05"), ("yesterday@2", "1989-07-18"),
               ("September", "1989-09")]},
    {"id": "p14", "published": "1989-04-13",
     "text": "Moscow will cut its military budget by 14% next year, the official Tass news agency "
             "reported yesterday, quoting a senior Defense Ministry official. Western diplomats "
             "said the figure could not be verified. \"We've heard these numbers before,\" one "
             "NATO diplomat said. \"What matters is what leaves the field, not what leaves the "
             "budget.\"",
     "quotes": [q("Moscow will cut its military budget by 14% next year",
                  "the official Tass news agency"),
                q("the figure could not be verified.", "Western diplomats"),
                q("We've heard these numbers before", "one NATO diplomat"),
                q("What matters is what leaves the field, not what leaves the budget.",
                  "one NATO diplomat")],
     "dates": [("next year", "1990"), ("yesterday", "1989-04-12")]},
    {"id": "p15", "published": "1989-02-28",
     "text": "Bellamy Stores Inc. reported fiscal 1988 net income of $86.4 million, up 11% from "
             "fiscal 1987, and said it would open 12 stores in fiscal 1989. \"The Southeast has "
             "been very good to us,\" said Carol Ames, the retailer's president. The company said "
             "sales in February, the first month of its fiscal year, were running about 6% ahead "
             "of a year earlier. Ms. Ames said she was \"cautiously optimistic\" about sales this "
             "spring.",
     "quotes": [q("fiscal 1988 net income of $86.4 million, up 11% from fiscal 1987",
                  "Bellamy Stores Inc.", "Bellamy Stores Inc."),
                q("it would open 12 stores in fiscal 1989.", "Bellamy Stores Inc.",
                  "Bellamy Stores Inc."),
                q("The Southeast has been very good to us",
                  "Carol Ames, the retailer's president", "Carol Ames"),
                q("sales in February, the first month of its fiscal year, were running about 6% "
                  "ahead of a year earlier.", "The company", "Bellamy Stores Inc."),
                q("she was \"cautiously optimistic\" about sales this spring.", "Ms. Ames",
                  "Carol Ames")],
     "dates": [("fiscal 1988", "FY1988"), ("fiscal 1987", "FY1987"), ("fiscal 1989", "FY1989"),
               ("February", "1989-02"), ("a year earlier", "1988-02"),
               ("this spring", "1989-SP")]},
    {"id": "p16", "published": "1989-10-17",
     "text": "Pan Continental Airlines plans to order as many as 40 wide-body jets next year, "
             "people familiar with the airline's plans said. The order, which could be worth $4 "
             "billion, would be divided between Boeing Co. and Airbus Industrie, they said. A Pan "
             "Continental spokesman declined to comment. A Boeing spokesman wouldn't say whether "
             "the company had submitted a bid. The airline has said it intends to replace its "
             "aging fleet by the mid-1990s.",
     "quotes": [q("Pan Continental Airlines plans to order as many as 40 wide-body jets next year",
                  "people familiar with the airline's plans"),
                q("The order, which could be worth $4 billion, would be divided between Boeing "
                  "Co. and Airbus Industrie", "they"),
                q("it intends to replace its aging fleet by the mid-1990s.", "The airline",
                  "Pan Continental Airlines")],
     "dates": [("next year", "1990"), ("the mid-1990s", "199")]},
    {"id": "p17", "published": "1989-10-24",
     "text": "Tetco Drilling Co. and Lone Star Rig Corp. agreed to merge in a stock swap valued at "
             "$610 million, the companies announced yesterday. Lone Star's chairman, Walter "
             "Garber, will head the combined company.\n\nThe proposed merger, Mr. Garber said in "
             "a telephone interview from his office in Houston, would create the nation's "
             "third-largest oil-field services company and would save at least $75 million a "
             "year in overhead. He said the two companies' boards would vote on the agreement "
             "Oct. 30 and that he expected the deal to close before the end of the year. "
             "Shareholders of Tetco, the smaller of the two, would receive $18 a share, he said.",
     "quotes": [q("Tetco Drilling Co. and Lone Star Rig Corp. agreed to merge in a stock swap "
                  "valued at $610 million", "the companies"),
                q("The proposed merger", "Mr. Garber", "Walter Garber"),
                q("would create the nation's third-largest oil-field services company and would "
                  "save at least $75 million a year in overhead.", "Mr. Garber",
                  "Walter Garber"),
                q("the two companies' boards would vote on the agreement Oct. 30 and that he "
                  "expected the deal to close before the end of the year.", "He|He said the two",
                  "Walter Garber"),
                q("Shareholders of Tetco, the smaller of the two, would receive $18 a share",
                  "he|he said.", "Walter Garber")],
     "dates": [("yesterday", "1989-10-23"), ("Oct. 30", "1989-10-30"),
               ("the end of the year", "1989")]},
    {"id": "p18", "published": "1989-11-02",
     "text": "The dollar rose against most major currencies yesterday, lifted by a report that "
             "the Bundesbank would not raise German interest rates this month. \"The market was "
             "caught short,\" said Peter Quill, a vice president in foreign exchange at Marine "
             "Midland Bank. Dealers said Japanese investors were buying dollars ahead of the "
             "Group of Seven meeting in Washington later this month. Some analysts, however, "
             "noted that the U.S. trade deficit widened in August, and they warned that the rally "
             "could fade quickly.",
     "quotes": [q("The market was caught short",
                  "Peter Quill, a vice president in foreign exchange at Marine Midland Bank",
                  "Peter Quill"),
                q("Japanese investors were buying dollars ahead of the Group of Seven meeting in "
                  "Washington later this month.", "Dealers"),
                q("the U.S. trade deficit widened in August", "Some analysts"),
                q("the rally could fade quickly.", "they|they warned")],
     "dates": [("yesterday", "1989-11-01"), ("this month@1", "1989-11"),
               ("later this month", "1989-11"), ("August", "1989-08")]},
    {"id": "p19", "published": "1989-08-15",
     "text": "A federal judge in Manhattan yesterday dismissed a shareholder suit against "
             "Graylock Securities Corp., ruling that the plaintiffs had waited too long to file. "
             "The suit alleged that Graylock officers had concealed trading losses in 1986 and "
             "1987. In his opinion, U.S. District Judge Robert Kaye wrote that the plaintiffs "
             "\"knew or should have known\" of the losses by early 1988. Lawyers for the "
             "shareholders said they would appeal.",
     "quotes": [q("Graylock officers had concealed trading losses in 1986 and 1987.", "The suit"),
                q("the plaintiffs \"knew or should have known\" of the losses by early 1988.",
                  "U.S. District Judge Robert Kaye", "Robert Kaye"),
                q("they would appeal.", "Lawyers for the shareholders")],
     "dates": [("yesterday", "1989-08-14"), ("1986", "1986"), ("1987", "1987"),
               ("early 1988", "1988")]},
    {"id": "p20", "published": "1989-03-21",
     "text": "Atlas Van & Storage Co. named a new finance chief yesterday, the latest in a string "
             "of management changes. In an interview, Thomas Rinaldi, who took over as chief "
             "executive in January, said the company had lost market share for five straight "
             "years. \"We got fat and lazy,\" he said. \"Our trucks were late, our prices were "
             "high, and our people didn't care.\" He said he plans to sell the company's "
             "insurance unit by the end of June and to use the proceeds to pay down debt.",
     "quotes": [q("the company had lost market share for five straight years.", "Thomas Rinaldi",
                  "Thomas Rinaldi"),
                q("We got fat and lazy", "he|he said. \"Our", "Thomas Rinaldi"),
                q("Our trucks were late, our prices were high, and our people didn't care.",
                  "he|he said. \"Our", "Thomas Rinaldi"),
                q("he plans to sell the company's insurance unit by the end of June and to use "
                  "the proceeds to pay down debt.", "He|He said he plans", "Thomas Rinaldi")],
     "dates": [("yesterday", "1989-03-20"), ("January", "1989-01"),
               ("the end of June", "1989-06")]},
    {"id": "p21", "published": "1989-06-08",
     "text": "Japan's trade surplus with the U.S. narrowed to $3.1 billion in May from $4.3 "
             "billion a year earlier, the Finance Ministry said yesterday. A ministry official "
             "said the decline reflected strong Japanese demand for American aircraft and farm "
             "products. U.S. trade officials said they were encouraged but that the surplus "
             "remained \"unacceptably high.\" Talks on Japan's distribution system will resume in "
             "Tokyo at the end of the month.",
     "quotes": [q("Japan's trade surplus with the U.S. narrowed to $3.1 billion in May from $4.3 "
                  "billion a year earlier", "the Finance Ministry"),
                q("the decline reflected strong Japanese demand for American aircraft and farm "
                  "products.", "A ministry official"),
                q("they were encouraged but that the surplus remained \"unacceptably high.",
                  "U.S. trade officials")],
     "dates": [("May", "1989-05"), ("a year earlier", "1988-05"), ("yesterday", "1989-06-07"),
               ("the end of the month", "1989-06")]},
    {"id": "p22", "published": "1989-12-12",
     "text": "In a letter to shareholders, Marvin Dale, chairman of Westbrook Corp., wrote that "
             "the company's board had rejected the $45-a-share offer from Harcourt Partners as "
             "\"grossly inadequate.\" Harcourt responded with a statement of its own: "
             "\"Westbrook's board is once again putting its own interests ahead of the "
             "shareholders'.\" Harcourt said it would take its offer directly to shareholders "
             "through a proxy fight at the annual meeting in April.",
     "quotes": [q("the company's board had rejected the $45-a-share offer from Harcourt Partners "
                  "as \"grossly inadequate.", "Marvin Dale, chairman of Westbrook Corp.",
                  "Marvin Dale"),
                q("Westbrook's board is once again putting its own interests ahead of the "
                  "shareholders'.", "Harcourt|Harcourt responded", "Harcourt Partners"),
                q("it would take its offer directly to shareholders through a proxy fight at the "
                  "annual meeting in April.", "Harcourt|Harcourt said", "Harcourt Partners")],
     "dates": [("April", "1990-04")]},
    {"id": "p23", "published": "1989-01-25",
     "text": "Industry executives said the new rules would raise costs. Gordon Webb, president of "
             "the Midwest Truckers Association, was blunter.\n\n\"This is regulation written by "
             "people who have never driven a truck. It will cost our members $200 million a "
             "year.\n\n\"We'll be in court the day it takes effect,\" he said.\n\nThe rules take "
             "effect July 1.",
     "quotes": [q("the new rules would raise costs.", "Industry executives"),
                q(("This is regulation written", "the day it takes effect"), "he|he said",
                  "Gordon Webb")],
     "dates": [("July 1", "1989-07-01")]},
    {"id": "p24", "published": "1989-05-10",
     "text": "Many economists believe the economy is headed for a soft landing. The Federal "
             "Reserve hopes to slow growth without causing a recession, and some officials expect "
             "inflation to ease by the fourth quarter. But Alan Greer, chief economist at Morgan "
             "Stanley & Co., isn't one of them. \"The soft landing is a myth the Fed tells "
             "itself,\" Mr. Greer said in a speech to the Economic Club of Detroit on Monday. He "
             "predicted that the economy would slip into recession early next year.",
     "quotes": [q("The soft landing is a myth the Fed tells itself", "Mr. Greer", "Alan Greer"),
                q("the economy would slip into recession early next year.", "He|He predicted",
                  "Alan Greer")],
     "dates": [("the fourth quarter", "1989-Q4"), ("Monday", "1989-05-08"),
               ("early next year", "1990")]},
    {"id": "p25", "published": "1989-09-27",
     "text": "Ridgeway Holdings Inc. has accumulated a 9.8% stake in Granite Paper Co., according "
             "to a filing with the Securities and Exchange Commission. In the filing, Ridgeway "
             "said it bought the shares between Aug. 1 and Sept. 22 for investment purposes but "
             "might seek control of the company. Ridgeway's president, Steven Marsh, said in an "
             "interview that he had no immediate plans to make an offer. \"We like the assets,\" "
             "he said, \"and we like the price.\"",
     "quotes": [q("Ridgeway Holdings Inc. has accumulated a 9.8% stake in Granite Paper Co.",
                  "a filing with the Securities and Exchange Commission"),
                q("it bought the shares between Aug. 1 and Sept. 22 for investment purposes but "
                  "might seek control of the company.", "Ridgeway|Ridgeway said",
                  "Ridgeway Holdings Inc."),
                q("he had no immediate plans to make an offer.",
                  "Ridgeway's president, Steven Marsh", "Steven Marsh"),
                q("We like the assets", "he|he said, \"and", "Steven Marsh"),
                q("and we like the price.", "he|he said, \"and", "Steven Marsh")],
     "dates": [("Aug. 1", "1989-08-01"), ("Sept. 22", "1989-09-22")]},
    {"id": "p26", "published": "1989-07-19",
     "text": "The Senate Finance Committee approved a bill yesterday that would repeal the "
             "catastrophic-illness insurance program for the elderly. Sen. Ruth Calder (D., "
             "Texas), the committee's chairwoman, said the vote showed that \"the program has "
             "lost its constituency.\" The White House, in a statement, said the president would "
             "sign the repeal if it reached his desk. But the American Association of Retired "
             "Persons, which supported the program when it was enacted in 1988, warned that "
             "repealing it would leave millions of elderly Americans without coverage for long "
             "hospital stays.",
     "quotes": [q("the vote showed that \"the program has lost its constituency.",
                  "Sen. Ruth Calder (D., Texas), the committee's chairwoman", "Ruth Calder"),
                q("the president would sign the repeal if it reached his desk.", "The White House"),
                q("repealing it would leave millions of elderly Americans without coverage for "
                  "long hospital stays.", "the American Association of Retired Persons")],
     "dates": [("yesterday", "1989-07-18"), ("1988", "1988")]},
    {"id": "p27", "published": "1989-04-13",
     "text": "Drought conditions in the Plains states have worsened since March, the Agriculture "
             "Department said yesterday in its monthly crop report, and the winter wheat harvest "
             "could be the smallest since 1978. \"I've farmed this land for 31 years, and I've "
             "never seen it this dry in April,\" Dale Weber, a wheat grower near Dodge City, "
             "Kan., told the Associated Press. Grain traders said futures prices would likely "
             "climb further this week.",
     "quotes": [q("Drought conditions in the Plains states have worsened since March",
                  "the Agriculture Department"),
                q("the winter wheat harvest could be the smallest since 1978.",
                  "the Agriculture Department"),
                q("I've farmed this land for 31 years, and I've never seen it this dry in April",
                  "Dale Weber, a wheat grower near Dodge City, Kan.", "Dale Weber"),
                q("futures prices would likely climb further this week.", "Grain traders")],
     "dates": [("March", "1989-03"), ("yesterday", "1989-04-12"), ("1978", "1978"),
               ("April", "1989-04"), ("this week", "1989-W15")]},
    {"id": "p28", "published": "1989-02-28",
     "text": "Vantage Films Inc. denied reports that it was negotiating to sell its film library "
             "to a Japanese company. \"There are no talks, period,\" said a company spokeswoman, "
             "Linda Cho. Industry executives, however, said Vantage had hired an investment bank "
             "last month to solicit bids. Vantage's stock rose 75 cents to $14.25 on Friday.",
     "quotes": [q("reports that it was negotiating to sell its film library to a Japanese "
                  "company.", "Vantage Films Inc.", "Vantage Films Inc."),
                q("There are no talks, period", "a company spokeswoman, Linda Cho", "Linda Cho"),
                q("Vantage had hired an investment bank last month to solicit bids.",
                  "Industry executives")],
     "dates": [("last month", "1989-01"), ("Friday", "1989-02-24")]},
    {"id": "p29", "published": "1989-11-02",
     "text": "Automakers will spend $30 billion in the 1990s to meet tougher fuel-economy and "
             "emissions standards, the Motor Vehicle Manufacturers Association estimated in a "
             "report released Tuesday. The group said the costs would add about $600 to the price "
             "of an average car by 1995. Environmental groups dismissed the figures. \"They made "
             "the same claims about catalytic converters in the 1970s,\" said Janet Lowry of the "
             "Natural Resources Defense Council.",
     "quotes": [q("Automakers will spend $30 billion in the 1990s to meet tougher fuel-economy "
                  "and emissions standards", "the Motor Vehicle Manufacturers Association"),
                q("the costs would add about $600 to the price of an average car by 1995.",
                  "The group", "Motor Vehicle Manufacturers Association"),
                q("They made the same claims about catalytic converters in the 1970s",
                  "Janet Lowry of the Natural Resources Defense Council", "Janet Lowry")],
     "dates": [("the 1990s", "199"), ("Tuesday", "1989-10-31"), ("1995", "1995"),
               ("the 1970s", "197")]},
    {"id": "p30", "published": "1989-08-15",
     "text": "Midland Steel Corp. agreed to pay $12 million to settle charges that it polluted "
             "the Calumet River, the Environmental Protection Agency announced yesterday. Under "
             "the agreement, Midland will install new treatment equipment at its Gary, Ind., mill "
             "by the end of 1990. Midland, which didn't admit wrongdoing, said the settlement "
             "would not hurt earnings. \"This sends a message to every mill on the Great Lakes,\" "
             "said Valerie Stokes, the agency's regional administrator in Chicago. She added that "
             "similar cases against two other steelmakers could be filed within a month.",
     "quotes": [q("Midland Steel Corp. agreed to pay $12 million to settle charges that it "
                  "polluted the Calumet River", "the Environmental Protection Agency"),
                q("the settlement would not hurt earnings.", "Midland|Midland, which",
                  "Midland Steel Corp."),
                q("This sends a message to every mill on the Great Lakes",
                  "Valerie Stokes, the agency's regional administrator in Chicago",
                  "Valerie Stokes"),
                q("similar cases against two other steelmakers could be filed within a month.",
                  "She", "Valerie Stokes")],
     "dates": [("yesterday", "1989-08-14"), ("the end of 1990", "1990")]},
    {"id": "p31", "published": "1989-12-12",
     "text": "Robert Ostrander, the new president of the Federal Reserve Bank of Boston, said "
             "yesterday that he believes the economy will avoid a recession in 1990, though "
             "growth will be slow. In his first speech since taking office in October, Mr. "
             "Ostrander also said that banks should set aside more reserves against loans to "
             "developing countries. \"Some banks are still living in a fantasy world on those "
             "loans,\" he said.",
     "quotes": [q("he believes the economy will avoid a recession in 1990, though growth will be "
                  "slow.", "Robert Ostrander, the new president of the Federal Reserve Bank of "
                  "Boston", "Robert Ostrander"),
                q("banks should set aside more reserves against loans to developing countries.",
                  "Mr. Ostrander", "Robert Ostrander"),
                q("Some banks are still living in a fantasy world on those loans", "he|he said.",
                  "Robert Ostrander")],
     "dates": [("yesterday", "1989-12-11"), ("1990", "1990"), ("October", "1989-10")]},
    {"id": "p32", "published": "1988-11-30",
     "text": "Gov. William Ashford told a news conference in Albany yesterday that the state "
             "faces a $1.2 billion budget gap in the fiscal year beginning April 1 and that he "
             "would propose spending cuts in January rather than new taxes. Aides said the "
             "governor had ruled out a sales-tax increase. Legislative leaders were skeptical. "
             "\"Cuts alone won't close a hole that size,\" said Assembly Speaker Mel Marino.",
     "quotes": [q("the state faces a $1.2 billion budget gap in the fiscal year beginning April 1 "
                  "and that he would propose spending cuts in January rather than new taxes.",
                  "Gov. William Ashford", "William Ashford"),
                q("the governor had ruled out a sales-tax increase.", "Aides"),
                q("Cuts alone won't close a hole that size", "Assembly Speaker Mel Marino",
                  "Mel Marino")],
     "dates": [("yesterday", "1988-11-29"), ("April 1", "1989-04-01"),
               ("January", "1989-01")]},
    {"id": "p33", "published": "1989-01-25",
     "text": "Banks in Texas lost $1.6 billion in the fourth quarter, more than in any quarter "
             "since the state's banking crisis began, federal regulators said yesterday. \"We "
             "thought we had seen the bottom in the summer,\" said one Dallas banker, who asked "
             "not to be identified. \"We were wrong.\" The Federal Deposit Insurance Corp. said "
             "it expects the losses to ease in the second half of 1989 as real-estate values "
             "stabilize.",
     "quotes": [q("Banks in Texas lost $1.6 billion in the fourth quarter, more than in any "
                  "quarter since the state's banking crisis began", "federal regulators"),
                q("We thought we had seen the bottom in the summer", "one Dallas banker"),
                q("We were wrong.", "one Dallas banker"),
                q("it expects the losses to ease in the second half of 1989 as real-estate values "
                  "stabilize.", "The Federal Deposit Insurance Corp.")],
     "dates": [("the fourth quarter", "1988-Q4"), ("yesterday", "1989-01-24"),
               ("the summer", "1988-SU"), ("the second half of 1989", "1989-H2")]},
    {"id": "p34", "published": "1989-05-10",
     "text": "Regal Hotels Corp. is preparing to put its 14 resort properties up for sale, "
             "according to a person close to the company. The sale could fetch more than $900 "
             "million, this person said. Regal's chairman, Sidney Farrow, said in March that he "
             "was \"not interested in selling anything.\" A Regal spokesman said yesterday that "
             "the company does not comment on rumors.",
     "quotes": [q("Regal Hotels Corp. is preparing to put its 14 resort properties up for sale",
                  "a person close to the company"),
                q("The sale could fetch more than $900 million", "this person"),
                q("he was \"not interested in selling anything.",
                  "Regal's chairman, Sidney Farrow", "Sidney Farrow"),
                q("the company does not comment on rumors.", "A Regal spokesman")],
     "dates": [("March", "1989-03"), ("yesterday", "1989-05-09")]},
    {"id": "p35", "published": "1989-09-27",
     "text": "Sterling Motors Corp. said it will idle four assembly plants for two weeks in "
             "October to trim inventories, while its chief rival, Pioneer Auto Co., said "
             "yesterday that it has no plans for further production cuts this year. Sterling's "
             "dealers had 94 days' supply of cars on Sept. 20, the company said, compared with "
             "an industry average of 71 days. \"We're not going to build cars nobody has "
             "ordered,\" a Sterling spokesman said.",
     "quotes": [q("it will idle four assembly plants for two weeks in October to trim "
                  "inventories", "Sterling Motors Corp.", "Sterling Motors Corp."),
                q("it has no plans for further production cuts this year.",
                  "its chief rival, Pioneer Auto Co.", "Pioneer Auto Co."),
                q("Sterling's dealers had 94 days' supply of cars on Sept. 20", "the company",
                  "Sterling Motors Corp."),
                q("compared with an industry average of 71 days.", "the company",
                  "Sterling Motors Corp."),
                q("We're not going to build cars nobody has ordered", "a Sterling spokesman")],
     "dates": [("October", "1989-10"), ("yesterday", "1989-09-26"), ("this year", "1989"),
               ("Sept. 20", "1989-09-20")]},
    {"id": "p36", "published": "1987-10-21",
     "text": "Two big Japanese securities firms said they had stopped taking new orders for U.S. "
             "stocks from their clients until markets settle. One of them, Kasai Securities, "
             "said it had lost about $40 million on its U.S. holdings Monday. It said it would "
             "resume normal trading as soon as Friday if prices stabilized.",
     "quotes": [q("they had stopped taking new orders for U.S. stocks from their clients until "
                  "markets settle.", "Two big Japanese securities firms"),
                q("it had lost about $40 million on its U.S. holdings Monday.",
                  "One of them, Kasai Securities", "Kasai Securities"),
                q("it would resume normal trading as soon as Friday if prices stabilized.",
                  "It|It said", "Kasai Securities")],
     "dates": [("Monday", "1987-10-19"), ("Friday", "1987-10-23")]},
    {"id": "p37", "published": "1989-07-19",
     "text": "The so-called \"poison pill\" defense has become standard at large companies. Asked "
             "whether Fairmont Corp. would adopt one, its chairman, Lester Grant, said the board "
             "would consider the matter at its next meeting, in August. He called takeover "
             "defenses \"a necessary evil\" in the current market.",
     "quotes": [q("the board would consider the matter at its next meeting, in August.",
                  "its chairman, Lester Grant", "Lester Grant"),
                q("a necessary evil", "He", "Lester Grant")],
     "dates": [("August", "1989-08")]},
    {"id": "p38", "published": "1989-04-13",
     "text": "The nation's savings rate fell to 4.3% of disposable income last year, the lowest "
             "since 1949, according to a study by the Brookings Institution.\n\nThe study's "
             "authors, economists Martin Hale and Susan Orr, wrote that the decline \"threatens "
             "the nation's ability to invest in its own future.\" They urged Congress to raise "
             "taxes on consumption.\n\nBut Donald Pike, an economist at the Heritage Foundation, "
             "said the study overstated the problem because it ignored gains in the value of "
             "homes and stocks.",
     "quotes": [q("The nation's savings rate fell to 4.3% of disposable income last year, the "
                  "lowest since 1949", "a study by the Brookings Institution"),
                q("the decline \"threatens the nation's ability to invest in its own future.",
                  "The study's authors, economists Martin Hale and Susan Orr"),
                q("Congress to raise taxes on consumption.", "They"),
                q("the study overstated the problem because it ignored gains in the value of "
                  "homes and stocks.", "Donald Pike, an economist at the Heritage Foundation",
                  "Donald Pike")],
     "dates": [("last year", "1988"), ("1949", "1949")]},
    {"id": "p39", "published": "1989-02-28",
     "text": "Cascade Natural Gas Co. posted a 22% drop in fiscal first-quarter profit, citing an "
             "unusually warm December. The utility said net income for the quarter ended Dec. 31 "
             "fell to $9.8 million from $12.6 million a year earlier. Its president, Arlene Voss, "
             "said colder weather in February had helped, but she declined to predict results "
             "for the rest of the year.",
     "quotes": [q("net income for the quarter ended Dec. 31 fell to $9.8 million from $12.6 "
                  "million a year earlier.", "The utility", "Cascade Natural Gas Co."),
                q("colder weather in February had helped", "Its president, Arlene Voss",
                  "Arlene Voss")],
     "dates": [("fiscal first-quarter", "FY1989-Q1"), ("December", "1988-12"),
               ("Dec. 31", "1988-12-31"), ("a year earlier", "1987-Q4"),
               ("February", "1989-02")]},
    {"id": "p40", "published": "1989-06-08",
     "text": "Joan Merritt, who runs the $2 billion Keystone Growth Fund, told The Wall Street "
             "Journal that she had sold most of her bank stocks in the past two months. \"The "
             "credit quality just isn't there,\" she said. She said she was putting the money "
             "into drug and food companies, which she believes will hold up better if the "
             "economy slows in the second half.",
     "quotes": [q("she had sold most of her bank stocks in the past two months.", "Joan Merritt",
                  "Joan Merritt"),
                q("The credit quality just isn't there", "she|she said.", "Joan Merritt"),
                q("she was putting the money into drug and food companies, which she believes "
                  "will hold up better if the economy slows in the second half.",
                  "She|She said she was", "Joan Merritt")],
     "dates": [("the second half", "1989-H2")]},
    {"id": "p41", "published": "1989-10-17",
     "text": "Insurers face claims of as much as $4 billion from Hurricane Hugo, which struck the "
             "Carolinas last month, the Insurance Information Institute said yesterday. That "
             "would make Hugo the costliest storm in the industry's history, the institute said, "
             "surpassing Hurricane Alicia in 1983. \"Hugo will take a big bite out of "
             "fourth-quarter earnings,\" said Ira Stern, an insurance analyst at Oppenheimer & "
             "Co. Several big insurers, including Carlton Mutual and Fairfield Insurance Group, "
             "said they had not yet estimated their losses.",
     "quotes": [q("Insurers face claims of as much as $4 billion from Hurricane Hugo, which struck "
                  "the Carolinas last month", "the Insurance Information Institute"),
                q("That would make Hugo the costliest storm in the industry's history",
                  "the institute", "Insurance Information Institute"),
                q("surpassing Hurricane Alicia in 1983.", "the institute",
                  "Insurance Information Institute"),
                q("Hugo will take a big bite out of fourth-quarter earnings",
                  "Ira Stern, an insurance analyst at Oppenheimer & Co.", "Ira Stern"),
                q("they had not yet estimated their losses.",
                  "Several big insurers, including Carlton Mutual and Fairfield Insurance Group")],
     "dates": [("last month", "1989-09"), ("yesterday", "1989-10-16"), ("1983", "1983"),
               ("fourth-quarter", "1989-Q4")]},
    {"id": "p42", "published": "1989-11-02",
     "text": "The Washington Post reported yesterday that the Justice Department had opened an "
             "investigation into contracting at the Department of Housing and Urban Development "
             "during the 1980s. A Justice Department spokesman said he could neither confirm nor "
             "deny the report. Rep. Gene Albright (D., Calif.), who heads a House panel "
             "investigating HUD, said in a statement that the inquiry was \"long overdue\" and "
             "that his panel would hold more hearings early next month.",
     "quotes": [q("the Justice Department had opened an investigation into contracting at the "
                  "Department of Housing and Urban Development during the 1980s.",
                  "The Washington Post"),
                q("he could neither confirm nor deny the report.",
                  "A Justice Department spokesman"),
                q("the inquiry was \"long overdue\" and that his panel would hold more hearings "
                  "early next month.", "Rep. Gene Albright (D., Calif.)", "Gene Albright")],
     "dates": [("yesterday", "1989-11-01"), ("the 1980s", "198"),
               ("early next month", "1989-12")]},
    {"id": "p43", "published": "1989-03-21",
     "text": "Speaking to the National Association of Manufacturers on Friday, Commerce Secretary "
             "Howard Banning said the trade deficit would shrink to about $100 billion this year. "
             "Asked about the dollar, he replied that exchange rates were the Treasury's "
             "business, not his. Democrats were quick to respond. \"The secretary has been "
             "predicting a turnaround since 1987,\" said Sen. Paul Simmons (D., Ill.). \"I'll "
             "believe it when I see it.\"",
     "quotes": [q("the trade deficit would shrink to about $100 billion this year.",
                  "Commerce Secretary Howard Banning", "Howard Banning"),
                q("exchange rates were the Treasury's business, not his.", "he|he replied",
                  "Howard Banning"),
                q("The secretary has been predicting a turnaround since 1987",
                  "Sen. Paul Simmons (D., Ill.)", "Paul Simmons"),
                q("I'll believe it when I see it.", "Sen. Paul Simmons (D., Ill.)",
                  "Paul Simmons")],
     "dates": [("Friday", "1989-03-17"), ("this year", "1989"), ("1987", "1987")]},
    {"id": "p44", "published": "1989-12-12",
     "text": "Executives at Dunmore Chemical Co. spent much of last week trying to reassure "
             "investors after the company's third-quarter loss.\n\n\"We made mistakes in the "
             "polymer business, and we're fixing them,\" Chairman Victor Lang said at a meeting "
             "with analysts in New York on Thursday. \"By the middle of next year, that business "
             "will be back in the black.\"\n\nMr. Lang said the company would take a charge of "
             "about $55 million in the fourth quarter to close two plants in Louisiana. Analysts "
             "at the meeting said they were not persuaded.",
     "quotes": [q("We made mistakes in the polymer business, and we're fixing them",
                  "Chairman Victor Lang", "Victor Lang"),
                q("By the middle of next year, that business will be back in the black.",
                  "Chairman Victor Lang", "Victor Lang"),
                q("the company would take a charge of about $55 million in the fourth quarter to "
                  "close two plants in Louisiana.", "Mr. Lang", "Victor Lang"),
                q("they were not persuaded.", "Analysts at the meeting")],
     "dates": [("last week", "1989-W49"), ("third-quarter", "1989-Q3"),
               ("Thursday", "1989-12-07"), ("the middle of next year", "1990"),
               ("the fourth quarter", "1989-Q4")]},
    {"id": "p45", "published": "1989-08-15",
     "text": "Rexford Corp. acknowledged yesterday that federal auditors had questioned $14 "
             "million in charges it billed the Pentagon in 1987 and 1988. The defense contractor "
             "insisted that the charges were proper and said it would contest the auditors' "
             "findings. \"We have nothing to hide,\" said Martin Cole, Rexford's general counsel. "
             "Pentagon officials confirmed that the matter had been referred to the Justice "
             "Department in June.",
     "quotes": [q("federal auditors had questioned $14 million in charges it billed the Pentagon "
                  "in 1987 and 1988.", "Rexford Corp.", "Rexford Corp."),
                q("the charges were proper", "The defense contractor", "Rexford Corp."),
                q("it would contest the auditors' findings.", "The defense contractor",
                  "Rexford Corp."),
                q("We have nothing to hide", "Martin Cole, Rexford's general counsel",
                  "Martin Cole"),
                q("the matter had been referred to the Justice Department in June.",
                  "Pentagon officials")],
     "dates": [("yesterday", "1989-08-14"), ("1987", "1987"), ("1988", "1988"),
               ("June", "1989-06")]},
    {"id": "p46", "published": "1989-10-24",
     "text": "Brazil's government will suspend interest payments on its $115 billion foreign debt "
             "until after the presidential election in November, the Rio de Janeiro newspaper O "
             "Globo reported Sunday, quoting the finance minister. Bankers in New York said they "
             "had received no word of a moratorium. \"It would be a disaster for the Brazilian "
             "economy,\" said one senior banker involved in the negotiations. A spokesman for "
             "Citicorp, Brazil's largest creditor, declined to comment.",
     "quotes": [q("Brazil's government will suspend interest payments on its $115 billion "
                  "foreign debt until after the presidential election in November",
                  "the Rio de Janeiro newspaper O Globo"),
                q("they had received no word of a moratorium.", "Bankers in New York"),
                q("It would be a disaster for the Brazilian economy",
                  "one senior banker involved in the negotiations")],
     "dates": [("November", "1989-11"), ("Sunday", "1989-10-22")]},
    {"id": "p47", "published": "1989-01-25",
     "text": "Since 1985, Halvorsen Electronics has cut its work force by a third. The company's "
             "chief executive, Per Lindqvist, explained that the cuts were needed to compete "
             "with Asian manufacturers, whose labor costs are a fraction of Halvorsen's. He said "
             "the company would hire again in the 1990s, but only at its plants in Mexico. "
             "Halvorsen's union has said it will ask for a 5% raise when its contract expires on "
             "March 31.",
     "quotes": [q("the cuts were needed to compete with Asian manufacturers, whose labor costs "
                  "are a fraction of Halvorsen's.",
                  "The company's chief executive, Per Lindqvist", "Per Lindqvist"),
                q("the company would hire again in the 1990s, but only at its plants in Mexico.",
                  "He", "Per Lindqvist"),
                q("it will ask for a 5% raise when its contract expires on March 31.",
                  "Halvorsen's union")],
     "dates": [("1985", "1985"), ("the 1990s", "199"), ("March 31", "1989-03-31")]},
    {"id": "p48", "published": "1989-09-27",
     "text": "The Securities and Exchange Commission is investigating trading in options of "
             "Banner Foods Inc. before last month's announcement of a takeover bid, an SEC "
             "official said. The official, who spoke on the condition of anonymity, said the "
             "agency had identified \"unusual activity\" in the week before the Aug. 14 "
             "announcement. \"Somebody knew something,\" said the official. Banner's stock has "
             "since doubled.",
     "quotes": [q("The Securities and Exchange Commission is investigating trading in options of "
                  "Banner Foods Inc. before last month's announcement of a takeover bid",
                  "an SEC official"),
                q("the agency had identified \"unusual activity\" in the week before the Aug. 14 "
                  "announcement.", "The official"),
                q("Somebody knew something", "the official|the official. Banner")],
     "dates": [("last month's", "1989-08"), ("Aug. 14", "1989-08-14")]},
]
