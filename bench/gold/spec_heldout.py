"""Held-out gold in the style of WSJ (1987-1990) and modern Reuters/AP wire copy.

Written as an annotator, before reading the rules, to estimate quality on PARC-style
attribution (speech cues only) and TimeBank-style dates. Conventions, as in the schema
guidelines: QUOTE is the reported content without quotation marks, cue or source; an
attribution in the middle of the content ("The dollar, traders said, is ...") splits it
into two spans linked to the same speaker; SPEAKER is the full source mention the cue
attaches to, appositive included ("Robert Baker, a spokesman for General Motors Corp."),
pronouns and organisations included; belief/expectation verbs ("believe", "expect") and
refusals ("declined to comment") are not speech quotes. DATE values follow TimeML:
quarters as 1989-Q3, seasons as 1990-SP, weeks as 2019-W18, fiscal years as FY1990;
weekdays resolve by tense (past -> the latest such day up to the publication date,
future -> the next one), bare months in past-tense reports to the latest such month.
The people and companies are fictional unless they are institutions.
"""

from __future__ import annotations


def q(quote, speaker=None, canonical=None):
    return {"quote": quote, "speaker": speaker, "canonical": canonical}


DOCS = [
    {"id": "h01", "published": "1989-10-25",
     "text": "Pacific Gas & Electric Co. said third-quarter net income rose 12% to $201.5 "
             "million from $180 million a year earlier. Revenue was flat at $2.1 billion, the "
             "utility said. The San Francisco company said it expects costs related to the "
             "earthquake to trim fourth-quarter results.",
     "quotes": [q("third-quarter net income rose 12% to $201.5 million from $180 million a "
                  "year earlier.", "Pacific Gas & Electric Co."),
                q("Revenue was flat at $2.1 billion", "the utility"),
                q("it expects costs related to the earthquake to trim fourth-quarter results.",
                  "The San Francisco company")],
     "dates": []},
    {"id": "h02", "published": "1989-11-02",
     "text": "Stock prices fell sharply in heavy trading yesterday as investors fretted about "
             "rising interest rates. \"The market is scared to death of the Fed,\" said Jack "
             "Barnes, a trader at Shearson Lehman Hutton Inc. \"Nobody wants to be long going "
             "into the weekend.\" Other traders said program selling accelerated the decline in "
             "the final hour.",
     "quotes": [q("The market is scared to death of the Fed",
                  "Jack Barnes, a trader at Shearson Lehman Hutton Inc.", "Jack Barnes"),
                q("Nobody wants to be long going into the weekend.",
                  "Jack Barnes, a trader at Shearson Lehman Hutton Inc.", "Jack Barnes"),
                q("program selling accelerated the decline in the final hour.",
                  "Other traders")],
     "dates": [("yesterday", "1989-11-01")]},
    {"id": "h03", "published": "1989-10-18",
     "text": "A federal judge in New York yesterday rejected a request by Granger Securities "
             "Inc. to delay the trial. The judge, Harold Brenner, said the firm had \"ample "
             "time\" to prepare its defense. A Granger spokesman said the firm would appeal the "
             "ruling. \"We are disappointed,\" he said, \"but we remain confident that we will "
             "prevail.\"",
     "quotes": [q("the firm had \"ample time\" to prepare its defense.",
                  "The judge, Harold Brenner", "Harold Brenner"),
                q("the firm would appeal the ruling.", "A Granger spokesman"),
                q("We are disappointed", "he|he said"),
                q("but we remain confident that we will prevail.", "he|he said")],
     "dates": [("yesterday", "1989-10-17")]},
    {"id": "h04", "published": "1989-09-12",
     "text": "Consumer prices rose 0.2% in August, according to the Labor Department. The "
             "increase was smaller than expected, economists said. \"Inflation appears to be "
             "under control for now,\" said Allen Sinclair, chief economist at the Boston Co.",
     "quotes": [q("Consumer prices rose 0.2% in August", "the Labor Department"),
                q("The increase was smaller than expected", "economists"),
                q("Inflation appears to be under control for now",
                  "Allen Sinclair, chief economist at the Boston Co.", "Allen Sinclair")],
     "dates": [("August", "1989-08")]},
    {"id": "h05", "published": "1990-02-14",
     "text": "The dollar, traders said, is likely to remain under pressure until the "
             "Bundesbank acts. In late New York trading, the dollar was quoted at 1.6735 marks. "
             "The currency's weakness, said one dealer, reflects worries about the U.S. budget "
             "deficit.",
     "quotes": [q("The dollar", "traders"),
                q("is likely to remain under pressure until the Bundesbank acts.", "traders"),
                q("The currency's weakness", "one dealer"),
                q("reflects worries about the U.S. budget deficit.", "one dealer")],
     "dates": []},
    {"id": "h06", "published": "1989-10-31",
     "text": "\"We don't see any reason to change our forecast,\" said Robert Baker, a "
             "spokesman for General Motors Corp. GM said it still expects to build 1.2 million "
             "cars in the fourth quarter. The auto maker's sales fell 8% in September.",
     "quotes": [q("We don't see any reason to change our forecast",
                  "Robert Baker, a spokesman for General Motors Corp.", "Robert Baker"),
                q("it still expects to build 1.2 million cars in the fourth quarter.",
                  "GM|GM said")],
     "dates": [("the fourth quarter", "1989-Q4"), ("September", "1989-09")]},
    {"id": "h07", "published": "1989-11-08",
     "text": "Richard Harlan, who heads the Office of Management and Budget, said the "
             "administration would not accept any tax increase. Mr. Harlan told reporters the "
             "White House was prepared to veto the bill if necessary.",
     "quotes": [q("the administration would not accept any tax increase.", "Richard Harlan",
                  "Richard Harlan"),
                q("the White House was prepared to veto the bill if necessary.", "Mr. Harlan",
                  "Richard Harlan")],
     "dates": []},
    {"id": "h08", "published": "1990-03-21",
     "text": "Sales of existing homes dropped 4.5% in February, the National Association of "
             "Realtors said. John Tuccio, the group's chief economist, blamed bad weather and "
             "higher mortgage rates. He added that he expects sales to rebound this spring. "
             "\"February was a disappointment,\" he said.",
     "quotes": [q("Sales of existing homes dropped 4.5% in February",
                  "the National Association of Realtors"),
                q("he expects sales to rebound this spring.", "He|He added", "John Tuccio"),
                q("February was a disappointment", "he|he said.", "John Tuccio")],
     "dates": [("February", "1990-02"), ("this spring", "1990-SP"), ("February@2", "1990-02")]},
    {"id": "h09", "published": "1989-12-05",
     "text": "Sen. Walter Pryce called the administration's plan \"unworkable\" and said "
             "Congress would write its own version. The Ohio Democrat said hearings would begin "
             "in January.",
     "quotes": [q("unworkable", "Sen. Walter Pryce", "Walter Pryce"),
                q("Congress would write its own version.", "Sen. Walter Pryce", "Walter Pryce"),
                q("hearings would begin in January.", "The Ohio Democrat", "Walter Pryce")],
     "dates": [("January", "1990-01")]},
    {"id": "h10", "published": "1989-10-20",
     "text": "Kessler Motor Co.'s chairman, Donald Petersen, said in an interview that the "
             "company has no plans to bid for Jaguar PLC outright. \"We're interested in a "
             "minority stake, and that's all,\" Mr. Petersen said. Kessler bought 10% of "
             "Jaguar's shares last month.",
     "quotes": [q("the company has no plans to bid for Jaguar PLC outright.",
                  "Kessler Motor Co.'s chairman, Donald Petersen", "Donald Petersen"),
                q("We're interested in a minority stake, and that's all", "Mr. Petersen",
                  "Donald Petersen")],
     "dates": [("last month", "1989-09")]},
    {"id": "h11", "published": "1989-11-15",
     "text": "Norcross Oil Corp. said in a statement that it will take a $300 million charge in "
             "the fourth quarter to cover cleanup costs in Alaska. The charge, Norcross said, "
             "will not affect its dividend.",
     "quotes": [q("it will take a $300 million charge in the fourth quarter to cover cleanup "
                  "costs in Alaska.", "Norcross Oil Corp."),
                q("The charge", "Norcross|Norcross said"),
                q("will not affect its dividend.", "Norcross|Norcross said")],
     "dates": [("the fourth quarter", "1989-Q4")]},
    {"id": "h12", "published": "1990-01-10",
     "text": "The Securities and Exchange Commission contends that the trades were based on "
             "inside information. Lawyers for the defendants argued in court papers that the "
             "agency lacks jurisdiction. A hearing is scheduled for Feb. 12.",
     "quotes": [q("the trades were based on inside information.",
                  "The Securities and Exchange Commission"),
                q("the agency lacks jurisdiction.", "Lawyers for the defendants")],
     "dates": [("Feb. 12", "1990-02-12")]},
    {"id": "h13", "published": "1989-10-26",
     "text": "Many small investors have fled the market since the crash. \"People just don't "
             "trust stocks anymore,\" says Martha Klein, a broker in Des Moines, Iowa. Ms. Klein "
             "says her clients are putting their money in certificates of deposit.",
     "quotes": [q("People just don't trust stocks anymore",
                  "Martha Klein, a broker in Des Moines, Iowa", "Martha Klein"),
                q("her clients are putting their money in certificates of deposit.",
                  "Ms. Klein", "Martha Klein")],
     "dates": []},
    {"id": "h14", "published": "1989-10-19",
     "text": "\"My boss told me, 'Sell everything before the close,' and I did,\" said a trader "
             "at a major Wall Street firm. Stocks plunged 190 points last Friday.",
     "quotes": [q("My boss told me, 'Sell everything before the close,' and I did",
                  "a trader at a major Wall Street firm"),
                q("Sell everything before the close", "My boss")],
     "dates": [("last Friday", "1989-10-13")]},
    {"id": "h15", "published": "2023-05-03",
     "text": "Shell plans to cut 200 jobs in its renewables unit, two sources told Reuters on "
             "Tuesday. The company declined to comment. Shell said in February that it would "
             "focus on its most profitable businesses.",
     "quotes": [q("Shell plans to cut 200 jobs in its renewables unit", "two sources"),
                q("it would focus on its most profitable businesses.", "Shell|Shell said")],
     "dates": [("Tuesday", "2023-05-02"), ("February", "2023-02")]},
    {"id": "h16", "published": "2022-09-21",
     "text": "The central bank raised interest rates by three-quarters of a percentage point on "
             "Wednesday. \"We have got to get inflation behind us,\" Governor Elena Marsh told a "
             "news conference. \"I wish there were a painless way to do that. There isn't.\" "
             "Marsh said the bank was \"strongly committed\" to returning inflation to 2%.",
     "quotes": [q("We have got to get inflation behind us", "Governor Elena Marsh",
                  "Elena Marsh"),
                q("I wish there were a painless way to do that. There isn't.",
                  "Governor Elena Marsh", "Elena Marsh"),
                q("the bank was \"strongly committed\" to returning inflation to 2%.",
                  "Marsh|Marsh said", "Elena Marsh")],
     "dates": [("Wednesday", "2022-09-21")]},
    {"id": "h17", "published": "2024-02-08",
     "text": "A federal appeals court ruled on Tuesday that the former governor can stand "
             "trial. His spokesman, Mark Dillon, said the defense would appeal to the Supreme "
             "Court. \"This decision, if allowed to stand, would cripple every future "
             "governor,\" Dillon said in a statement.",
     "quotes": [q("the defense would appeal to the Supreme Court.", "His spokesman, Mark Dillon",
                  "Mark Dillon"),
                q("This decision, if allowed to stand, would cripple every future governor",
                  "Dillon|Dillon said", "Mark Dillon")],
     "dates": [("Tuesday", "2024-02-06")]},
    {"id": "h18", "published": "2023-11-15",
     "text": "Senate Majority Leader Anna Rowe said Congress would pass the spending bill "
             "before the deadline.\n\"We are not going to shut down the government,\" Rowe "
             "said. \"Not this week, not next week, not ever on my watch.\nThe American people "
             "deserve better than this.\"\nRepublicans said the bill spent too much.",
     "quotes": [q("Congress would pass the spending bill before the deadline.",
                  "Senate Majority Leader Anna Rowe", "Anna Rowe"),
                q("We are not going to shut down the government", "Rowe|Rowe said",
                  "Anna Rowe"),
                q(("Not this week", "deserve better than this."), "Rowe|Rowe said",
                  "Anna Rowe"),
                q("the bill spent too much.", "Republicans")],
     "dates": [("this week", "2023-W46"), ("next week", "2023-W47")]},
    {"id": "h19", "published": "2021-06-16",
     "text": "Oil prices rose to their highest in more than two years on Wednesday. \"The "
             "market is tightening faster than many expected,\" said Priya Nair, an analyst at "
             "Commerzbank. Supply remains constrained, she said, and demand is recovering as "
             "vaccination rates climb.",
     "quotes": [q("The market is tightening faster than many expected",
                  "Priya Nair, an analyst at Commerzbank", "Priya Nair"),
                q("Supply remains constrained", "she|she said", "Priya Nair"),
                q("and demand is recovering as vaccination rates climb.", "she|she said",
                  "Priya Nair")],
     "dates": [("Wednesday", "2021-06-16")]},
    {"id": "h20", "published": "2019-04-24",
     "text": "Ridgeway Pharmaceuticals is in talks to acquire a smaller rival for about $4 "
             "billion, according to people familiar with the matter. A deal could be announced "
             "as soon as next week, one of the people said. Ridgeway did not respond to a "
             "request for comment.",
     "quotes": [q("Ridgeway Pharmaceuticals is in talks to acquire a smaller rival for about $4 "
                  "billion", "people familiar with the matter"),
                q("A deal could be announced as soon as next week", "one of the people")],
     "dates": [("next week", "2019-W18")]},
    {"id": "h21", "published": "1989-10-11",
     "text": "Analysts noted that the company's debt has doubled since 1987. \"They've borrowed "
             "heavily to finance acquisitions,\" one analyst said. Others believe the company "
             "can easily meet its interest payments.",
     "quotes": [q("the company's debt has doubled since 1987.", "Analysts"),
                q("They've borrowed heavily to finance acquisitions", "one analyst")],
     "dates": [("1987", "1987")]},
    {"id": "h22", "published": "1990-04-18",
     "text": "The Treasury said it will auction $10 billion of seven-year notes next Tuesday. "
             "The sale will raise about $2.5 billion in new cash, the Treasury said.",
     "quotes": [q("it will auction $10 billion of seven-year notes next Tuesday.",
                  "The Treasury|The Treasury said it"),
                q("The sale will raise about $2.5 billion in new cash",
                  "the Treasury|the Treasury said.")],
     "dates": [("next Tuesday", "1990-04-24")]},
    {"id": "h23", "published": "1989-08-03",
     "text": "Housing starts have fallen every month since June last year, the Commerce "
             "Department said. Builders started 1.3 million homes last year, down from 1.8 "
             "million four years ago. The department said the slump that began in nineteen "
             "eighty-seven shows no sign of ending.",
     "quotes": [q("Housing starts have fallen every month since June last year",
                  "the Commerce Department"),
                q("the slump that began in nineteen eighty-seven shows no sign of ending.",
                  "The department")],
     "dates": [("June last year", "1988-06"), ("last year@2", "1988"),
               ("four years ago", "1985"), ("nineteen eighty-seven", "1987")]},
    {"id": "h24", "published": "1989-11-20",
     "text": "The company said Friday that it had received a takeover offer in September but "
             "rejected it. Its board will meet Wednesday to review the new bid, a spokeswoman "
             "said.",
     "quotes": [q("it had received a takeover offer in September but rejected it.",
                  "The company"),
                q("Its board will meet Wednesday to review the new bid", "a spokeswoman")],
     "dates": [("Friday", "1989-11-17"), ("September", "1989-09"),
               ("Wednesday", "1989-11-22")]},
    {"id": "h25", "published": "1990-01-03",
     "text": "Retailers said holiday sales were weak. Sales in November fell 2% from a year "
             "earlier, the Commerce Department reported. \"December was better, but not by "
             "much,\" said Lena Ortiz, a retail analyst.",
     "quotes": [q("holiday sales were weak.", "Retailers"),
                q("Sales in November fell 2% from a year earlier", "the Commerce Department"),
                q("December was better, but not by much", "Lena Ortiz, a retail analyst",
                  "Lena Ortiz")],
     "dates": [("November", "1989-11"), ("December", "1989-12")]},
    {"id": "h26", "published": "1989-10-05",
     "text": "Harlow Industries said net income for its fiscal second quarter, ended Sept. 30, "
             "rose 18%. The company said it expects fiscal 1990 results to exceed analysts' "
             "estimates.",
     "quotes": [q("net income for its fiscal second quarter, ended Sept. 30, rose 18%.",
                  "Harlow Industries"),
                q("it expects fiscal 1990 results to exceed analysts' estimates.",
                  "The company")],
     "dates": [("Sept. 30", "1989-09-30"), ("fiscal 1990", "FY1990")]},
    {"id": "h27", "published": "1990-07-25",
     "text": "The airline said it will begin service to Tokyo this September. Passenger traffic "
             "has grown steadily since last May, it said.",
     "quotes": [q("it will begin service to Tokyo this September.", "The airline"),
                q("Passenger traffic has grown steadily since last May", "it|it said.")],
     "dates": [("this September", "1990-09"), ("last May", "1990-05")]},
    {"id": "h28", "published": "1989-10-24",
     "text": "Profit in the third quarter fell 22%, the bank said. Chairman Thomas Greer said "
             "the bank would return to profitability in the first quarter of next year.",
     "quotes": [q("Profit in the third quarter fell 22%", "the bank|the bank said"),
                q("the bank would return to profitability in the first quarter of next year.",
                  "Chairman Thomas Greer", "Thomas Greer")],
     "dates": [("the third quarter", "1989-Q3"), ("the first quarter of next year", "1990-Q1")]},
    {"id": "h29", "published": "2022-03-09",
     "text": "Inflation in the euro zone will stay high for longer than expected, European "
             "Central Bank policymaker Clara Vogt said on Tuesday. She said the bank should end "
             "its bond purchases in the third quarter.",
     "quotes": [q("Inflation in the euro zone will stay high for longer than expected",
                  "European Central Bank policymaker Clara Vogt", "Clara Vogt"),
                q("the bank should end its bond purchases in the third quarter.",
                  "She|She said", "Clara Vogt")],
     "dates": [("Tuesday", "2022-03-08"), ("the third quarter", "2022-Q3")]},
    {"id": "h30", "published": "2020-10-28",
     "text": "Bluewater Airlines will cut 4,000 jobs as the pandemic keeps travelers at home, "
             "the company said in a statement on Wednesday. \"These are painful decisions,\" "
             "Chief Executive Sam Porter wrote in a memo to staff.",
     "quotes": [q("Bluewater Airlines will cut 4,000 jobs as the pandemic keeps travelers at "
                  "home", "the company"),
                q("These are painful decisions", "Chief Executive Sam Porter", "Sam Porter")],
     "dates": [("Wednesday", "2020-10-28")]},
    {"id": "h31", "published": "1989-09-27",
     "text": "Mr. Lyons said the proposal was \"a step in the right direction\" but added that "
             "it \"doesn't go nearly far enough.\" He declined to say whether he would vote for "
             "it.",
     "quotes": [q("the proposal was \"a step in the right direction\"", "Mr. Lyons"),
                q("it \"doesn't go nearly far enough.", "Mr. Lyons")],
     "dates": []},
    {"id": "h32", "published": "1990-05-16",
     "text": "Prosecutors told the jury that Mr. Hale had lied to investors about the fund's "
             "losses. Defense attorney Ruth Caldwell countered that her client had been misled "
             "by his own accountants. The trial is expected to last until June.",
     "quotes": [q("Mr. Hale had lied to investors about the fund's losses.", "Prosecutors"),
                q("her client had been misled by his own accountants.",
                  "Defense attorney Ruth Caldwell", "Ruth Caldwell")],
     "dates": [("June", "1990-06")]},
    {"id": "h33", "published": "1989-12-13",
     "text": "\"This is the worst holiday season we've seen in a decade,\" said the chairman of "
             "the retailers' association, Frank Delgado. Mr. Delgado predicted that several "
             "chains would file for bankruptcy protection by spring.",
     "quotes": [q("This is the worst holiday season we've seen in a decade",
                  "the chairman of the retailers' association, Frank Delgado", "Frank Delgado"),
                q("several chains would file for bankruptcy protection by spring.",
                  "Mr. Delgado", "Frank Delgado")],
     "dates": [("spring", "1990-SP")]},
    {"id": "h34", "published": "2023-08-16",
     "text": "The governor will sign the bill on Friday, according to a statement from her "
             "office. The measure raises the minimum wage to $15 an hour by 2026. Business "
             "groups say the increase will force small employers to cut staff.",
     "quotes": [q("The governor will sign the bill on Friday", "a statement from her office"),
                q("the increase will force small employers to cut staff.", "Business groups")],
     "dates": [("Friday", "2023-08-18"), ("2026", "2026")]},
    {"id": "h35", "published": "1989-11-29",
     "text": "\"The merger makes sense for both companies,\" said Paul Hewitt, an analyst at "
             "Dean Witter Reynolds Inc., adding that the price \"looks fair.\" Other analysts "
             "were skeptical.",
     "quotes": [q("The merger makes sense for both companies",
                  "Paul Hewitt, an analyst at Dean Witter Reynolds Inc.", "Paul Hewitt"),
                q("the price \"looks fair.", "Paul Hewitt, an analyst at Dean Witter Reynolds "
                  "Inc.", "Paul Hewitt")],
     "dates": []},
    {"id": "h36", "published": "2024-04-30",
     "text": "Solvane's chief financial officer, Ines Moreau, told Reuters in an interview that "
             "the company would not need to raise fresh capital this year. \"Our balance sheet "
             "is solid,\" Moreau said. The shares have fallen 30% since January.",
     "quotes": [q("the company would not need to raise fresh capital this year.",
                  "Solvane's chief financial officer, Ines Moreau", "Ines Moreau"),
                q("Our balance sheet is solid", "Moreau|Moreau said", "Ines Moreau")],
     "dates": [("this year", "2024"), ("January", "2024-01")]},
    {"id": "h37", "published": "1990-03-07",
     "text": "Joan Whitaker runs a small bakery in Ohio. Business is off 20% this year, she "
             "says, because customers are cutting back. \"I've never seen it this slow,\" she "
             "says.",
     "quotes": [q("Business is off 20% this year", "she|she says, because", "Joan Whitaker"),
                q("because customers are cutting back.", "she|she says, because",
                  "Joan Whitaker"),
                q("I've never seen it this slow", "she|she says.", "Joan Whitaker")],
     "dates": [("this year", "1990")]},
    {"id": "h38", "published": "1989-10-16",
     "text": "Two people were killed and 30 injured when a commuter train derailed near "
             "Baltimore on Saturday, officials said. The cause of the accident was not known, "
             "according to a spokesman for the railroad.",
     "quotes": [q("Two people were killed and 30 injured when a commuter train derailed near "
                  "Baltimore on Saturday", "officials"),
                q("The cause of the accident was not known", "a spokesman for the railroad")],
     "dates": [("Saturday", "1989-10-14")]},
    {"id": "h39", "published": "1990-06-13",
     "text": "The Soviet leader described the talks as \"constructive\" and said he hoped for "
             "an agreement by the end of the year. Western diplomats said they were less "
             "optimistic.",
     "quotes": [q("constructive", "The Soviet leader"),
                q("he hoped for an agreement by the end of the year.", "The Soviet leader"),
                q("they were less optimistic.", "Western diplomats")],
     "dates": [("the end of the year", "1990")]},
    {"id": "h40", "published": "2021-01-20",
     "text": "The state's unemployment rate fell to 6.1% in December, the labor department said "
             "Wednesday. Officials cautioned that the figure did not include workers who had "
             "stopped looking for jobs.",
     "quotes": [q("The state's unemployment rate fell to 6.1% in December",
                  "the labor department"),
                q("the figure did not include workers who had stopped looking for jobs.",
                  "Officials")],
     "dates": [("December", "2020-12"), ("Wednesday", "2021-01-20")]},
    {"id": "h41", "published": "1989-10-13",
     "text": "\"We have been approached by several parties,\" said Alan Price, president of "
             "Kerrigan Corp. \"At this point we are not for sale. If someone makes an offer that "
             "is in the interest of our shareholders, we will consider it,\" he said.",
     "quotes": [q("We have been approached by several parties",
                  "Alan Price, president of Kerrigan Corp.", "Alan Price"),
                q(("At this point we are not for sale.", "we will consider it"), "he|he said",
                  "Alan Price")],
     "dates": []},
    {"id": "h42", "published": "2022-11-09",
     "text": "Lumen Bank expects loan growth to slow next year, Chief Executive David Osei said "
             "on a call with analysts. The bank set aside $500 million for bad loans in the "
             "quarter, he said, and may add more if the economy weakens.",
     "quotes": [q("Lumen Bank expects loan growth to slow next year",
                  "Chief Executive David Osei", "David Osei"),
                q("The bank set aside $500 million for bad loans in the quarter", "he|he said",
                  "David Osei"),
                q("and may add more if the economy weakens.", "he|he said", "David Osei")],
     "dates": [("next year", "2023")]},
    {"id": "h43", "published": "1990-08-22",
     "text": "Iraq's ambassador to the United Nations insisted that his country had no plans to "
             "withdraw. The State Department said no U.S. diplomats had been detained. \"All of "
             "our people are accounted for,\" a department spokesman said Tuesday.",
     "quotes": [q("his country had no plans to withdraw.",
                  "Iraq's ambassador to the United Nations"),
                q("no U.S. diplomats had been detained.", "The State Department"),
                q("All of our people are accounted for", "a department spokesman")],
     "dates": [("Tuesday", "1990-08-21")]},
    {"id": "h44", "published": "2023-02-01",
     "text": "Fed's Harmon says more rate hikes likely\nFederal Reserve Governor Lisa Harmon "
             "said on Wednesday that further interest rate increases would probably be needed. "
             "\"We're not done yet,\" Harmon told an audience in Chicago.",
     "quotes": [q("more rate hikes likely", "Fed's Harmon", "Lisa Harmon"),
                q("further interest rate increases would probably be needed.",
                  "Federal Reserve Governor Lisa Harmon", "Lisa Harmon"),
                q("We're not done yet", "Harmon|Harmon told", "Lisa Harmon")],
     "dates": [("Wednesday", "2023-02-01")]},
    {"id": "h45", "published": "1989-11-01",
     "text": "The company declined to comment on the report. Its shares closed at $32.50, up 75 "
             "cents, in New York Stock Exchange composite trading yesterday. The stock has "
             "risen 40% since January.",
     "quotes": [],
     "dates": [("yesterday", "1989-10-31"), ("January", "1989-01")]},
    {"id": "h46", "published": "1990-02-07",
     "text": "The chairman explained his decision at the annual meeting: \"We simply could not "
             "compete at these prices.\" Shareholders approved the sale of the unit, the company "
             "said later.",
     "quotes": [q("We simply could not compete at these prices.", "The chairman"),
                q("Shareholders approved the sale of the unit", "the company")],
     "dates": []},
    {"id": "h47", "published": "1989-10-27",
     "text": "According to Mr. Nolan, the plant will close by the end of the year. The union "
             "said it would fight the closing.",
     "quotes": [q("the plant will close by the end of the year.", "Mr. Nolan"),
                q("it would fight the closing.", "The union")],
     "dates": [("the end of the year", "1989")]},
]
