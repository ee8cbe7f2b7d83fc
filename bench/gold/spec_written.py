"""Gold for short news-style passages written for this benchmark (not system output).

Varied on purpose: politics, business and sports; direct, interrupted, multi-paragraph,
indirect (with and without "that"), according-to, dash and comma attribution, headlines;
name, title and pronoun speakers; dates of every kind the suggester claims to handle.
"""

from __future__ import annotations

Q = '"'


def q(quote, speaker=None, canonical=None):
    return {"quote": quote, "speaker": speaker, "canonical": canonical}


DOCS = [
    {"id": "w01", "published": "2024-03-13",
     "text": "The finance minister, Rachel Adams, defended the budget on Tuesday. \"We are not "
             "going to borrow our way out of this,\" Adams told parliament. \"The numbers have "
             "to add up.\"\nThe opposition leader, Tom Becker, said the plan would hurt "
             "families. He called it \"a budget for the few\".",
     "quotes": [q("We are not going to borrow our way out of this", "Adams|Adams told",
                  "Rachel Adams"),
                q("The numbers have to add up.", "Adams|Adams told", "Rachel Adams"),
                q("the plan would hurt families.", "The opposition leader, Tom Becker",
                  "Tom Becker"),
                q("a budget for the few", "He|He called", "Tom Becker")],
     "dates": [("Tuesday", "2024-03-12")]},
    {"id": "w02", "published": "2023-07-20",
     "text": "Shares of Norwind Energy fell 4% after the company said that second-quarter profit "
             "had dropped by a third. According to chief executive Laura Kim, the decline "
             "reflects lower gas prices since March. The company earned $1.2 billion in the "
             "same period last year. Analysts at Berenberg said the results were weaker than "
             "expected.",
     "quotes": [q("second-quarter profit had dropped by a third.", "the company|the company said"),
                q("the decline reflects lower gas prices since March.",
                  "chief executive Laura Kim", "Laura Kim"),
                q("the results were weaker than expected.", "Analysts at Berenberg")],
     "dates": [("March", "2023-03"), ("the same period last year", "2022")]},
    {"id": "w03", "published": "2024-05-26",
     "text": "“It was the best night of my career,” Marta Silva said after the final, “and I want "
             "to thank every fan who travelled to Madrid.”\nSilva, 31, scored twice in the "
             "second half. The club will hold a parade on Monday.",
     "quotes": [q("It was the best night of my career", "Marta Silva", "Marta Silva"),
                q("and I want to thank every fan who travelled to Madrid.", "Marta Silva",
                  "Marta Silva")],
     "dates": [("Monday", "2024-05-27")]},
    {"id": "w04", "published": "2023-02-15",
     "text": "Sanctions will stay until the troops leave — EU foreign policy chief\nThe European "
             "Union will not lift sanctions on Moscow before a full withdrawal, the EU's foreign "
             "policy chief Josep Borrell said on Wednesday.\nWe have been very clear from the "
             "first day. There will be no business as usual - Borrell stressed.",
     "quotes": [q("Sanctions will stay until the troops leave",
                  "EU foreign policy chief|EU foreign policy chief\n", "Josep Borrell"),
                q("The European Union will not lift sanctions on Moscow before a full "
                  "withdrawal", "the EU's foreign policy chief Josep Borrell", "Josep Borrell"),
                q(("We have been very clear", "no business as usual"), "Borrell|Borrell stressed",
                  "Josep Borrell")],
     "dates": [("Wednesday", "2023-02-15")]},
    {"id": "w05", "published": "2024-01-10",
     "text": "Global chip sales will recover in 2024, Maria Lopez, an analyst at Gartner, said in "
             "a note. Demand from data centres is growing faster than supply, she added. Lopez "
             "expects prices to rise in the second half of the year.",
     "quotes": [q("Global chip sales will recover in 2024", "Maria Lopez, an analyst at Gartner",
                  "Maria Lopez"),
                q("Demand from data centres is growing faster than supply", "she", "Maria Lopez")],
     "dates": [("2024", "2024"), ("the second half of the year", "2024")]},
    {"id": "w06", "published": "2023-10-05",
     "text": "Scholz: Germany will not send long-range missiles\nChancellor Olaf Scholz said on "
             "Thursday that Germany would not supply Taurus cruise missiles to Kyiv \"at this "
             "time\". The decision was criticised by the Greens. \"This is a mistake,\" said "
             "Anton Hofreiter, a Green lawmaker.",
     "quotes": [q("Germany will not send long-range missiles", "Scholz|Scholz:", "Olaf Scholz"),
                q("Germany would not supply Taurus cruise missiles to Kyiv \"at this time\".",
                  "Chancellor Olaf Scholz", "Olaf Scholz"),
                q("This is a mistake", "Anton Hofreiter, a Green lawmaker", "Anton Hofreiter")],
     "dates": [("Thursday", "2023-10-05")]},
    {"id": "w07", "published": "2022-12-19",
     "text": "Coach Lionel Scaloni told reporters that the team had learned from its defeat four "
             "years ago. The squad returns to Buenos Aires on Tuesday, officials said.",
     "quotes": [q("the team had learned from its defeat four years ago.",
                  "Coach Lionel Scaloni", "Lionel Scaloni"),
                q("The squad returns to Buenos Aires on Tuesday", "officials")],
     "dates": [("four years ago", "2018"), ("Tuesday", "2022-12-20")]},
    {"id": "w08", "published": "2024-06-03",
     "text": "The ceasefire talks collapsed late on Sunday, according to two diplomats familiar "
             "with the negotiations. A new round is expected in July.",
     "quotes": [q("The ceasefire talks collapsed late on Sunday",
                  "two diplomats familiar with the negotiations")],
     "dates": [("Sunday", "2024-06-02"), ("July", "2024-07")]},
    {"id": "w09", "published": "2023-04-27",
     "text": "Meta's chief executive Mark Zuckerberg said the company would keep investing in "
             "artificial intelligence. \"We're focused on efficiency,\" he said on a call with "
             "analysts. \"But AI is the foundation of everything we build.\"",
     "quotes": [q("the company would keep investing in artificial intelligence.",
                  "Meta's chief executive Mark Zuckerberg", "Mark Zuckerberg"),
                q("We're focused on efficiency", "he|he said", "Mark Zuckerberg"),
                q("But AI is the foundation of everything we build.", "he|he said",
                  "Mark Zuckerberg")],
     "dates": []},
    {"id": "w10", "published": "2024-02-20",
     "text": "The mayor, Karen Bass, addressed the council on Monday.\n\"We have cut "
             "homelessness in this city for the first time in six years.\n\"But the job is not "
             "done, and I will not pretend that it is,\" Bass said.",
     "quotes": [q(("We have cut homelessness", "pretend that it is"), "Bass|Bass said",
                  "Karen Bass")],
     "dates": [("Monday", "2024-02-19")]},
    {"id": "w11", "published": "2023-09-11",
     "text": "Jürgen Klopp praised his young defenders after Sunday's win. The Liverpool manager "
             "said that the club's academy was \"the heart of everything we do\".\nHe also "
             "noted that the injury to Alisson was not serious.",
     "quotes": [q("the club's academy was \"the heart of everything we do\".",
                  "The Liverpool manager", "Jürgen Klopp"),
                q("the injury to Alisson was not serious.", "He|He also", "Jürgen Klopp")],
     "dates": [("Sunday", "2023-09-10")]},
    {"id": "w12", "published": "2024-09-18",
     "text": "The health secretary says waiting lists have fallen since last May. Critics, "
             "including the British Medical Association, argue that the figures are "
             "misleading.",
     "quotes": [q("waiting lists have fallen since last May.", "The health secretary"),
                q("the figures are misleading.",
                  "Critics, including the British Medical Association")],
     "dates": [("last May", "2024-05")]},
    {"id": "w13", "published": "2023-11-08",
     "text": "Bookings for the winter season are 15% higher than a year ago. We expect record "
             "traffic in December, - said Pieter Elbers, the chief executive of KLM.",
     "quotes": [q(("Bookings for the winter", "record traffic in December"),
                  "Pieter Elbers, the chief executive of KLM", "Pieter Elbers")],
     "dates": [("a year ago", "2022"), ("December", "2023-12")]},
    {"id": "w14", "published": "2022-08-31",
     "text": "French President Emmanuel Macron warned on Wednesday that Europe faced \"the end "
             "of abundance\". The president told ministers to prepare for difficult months "
             "ahead.",
     "quotes": [q("Europe faced \"the end of abundance\".", "French President Emmanuel Macron",
                  "Emmanuel Macron"),
                q("ministers to prepare for difficult months ahead.", "The president",
                  "Emmanuel Macron")],
     "dates": [("Wednesday", "2022-08-31")]},
    {"id": "w15", "published": "2024-06-14",
     "text": "According to the club's statement, the new stadium will open this September. "
             "Club president Florentino Pérez called it \"a dream come true\".",
     "quotes": [q("the new stadium will open this September.", "the club's statement"),
                q("a dream come true", "Club president Florentino Pérez", "Florentino Pérez")],
     "dates": [("this September", "2024-09")]},
    {"id": "w16", "published": "2023-03-01",
     "text": "The senator recalled that the treaty was signed in nineteen ninety-one. "
             "\"Relations were better in the 1990s,\" Senator Ruth Alvarez said.",
     "quotes": [q("the treaty was signed in nineteen ninety-one.", "The senator", "Ruth Alvarez"),
                q("Relations were better in the 1990s", "Senator Ruth Alvarez", "Ruth Alvarez")],
     "dates": [("nineteen ninety-one", "1991"), ("the 1990s", "199")]},
    {"id": "w17", "published": "2024-02-02",
     "text": "Retail sales rose 3% last year, said Hannah Cole, chief economist at Barclays. "
             "Growth slowed after June last year, she noted.",
     "quotes": [q("Retail sales rose 3% last year", "Hannah Cole, chief economist at Barclays",
                  "Hannah Cole"),
                q("Growth slowed after June last year", "she", "Hannah Cole")],
     "dates": [("last year", "2023"), ("June last year", "2023-06")]},
    {"id": "w18", "published": "2023-01-15",
     "text": "Prime Minister Jacinda Ardern announced that she would step down in February. She "
             "had led the country since October 2017. Ardern said she no longer had \"enough in "
             "the tank\".",
     "quotes": [q("she would step down in February.", "Prime Minister Jacinda Ardern",
                  "Jacinda Ardern"),
                q("she no longer had \"enough in the tank\".", "Ardern|Ardern said",
                  "Jacinda Ardern")],
     "dates": [("February", "2023-02"), ("October 2017", "2017-10")]},
    {"id": "w19", "published": "2024-07-15",
     "text": "Carlos Alcaraz beat Novak Djokovic in the Wimbledon final yesterday. \"I'm still "
             "dreaming,\" the Spaniard told the BBC. Djokovic said on Sunday that his knee had "
             "held up well.",
     "quotes": [q("I'm still dreaming", "the Spaniard", "Carlos Alcaraz"),
                q("his knee had held up well.", "Djokovic|Djokovic said", "Novak Djokovic")],
     "dates": [("yesterday", "2024-07-14"), ("Sunday", "2024-07-14")]},
    {"id": "w20", "published": "2023-05-09",
     "text": "The minister said the reform was \"necessary and overdue. Unions disagreed. Their "
             "leader, Paul Martin, said that workers had been ignored for years.",
     "quotes": [q("the reform was \"necessary and overdue.", "The minister"),
                q("workers had been ignored for years.", "Their leader, Paul Martin",
                  "Paul Martin")],
     "dates": []},
    {"id": "w21", "published": "2024-04-25",
     "text": "We will not cut prices this year - Tesla's Musk\nElon Musk told investors on "
             "Wednesday that Tesla would launch cheaper models early next year.",
     "quotes": [q("We will not cut prices this year", "Tesla's Musk", "Elon Musk"),
                q("Tesla would launch cheaper models early next year.", "Elon Musk",
                  "Elon Musk")],
     "dates": [("this year", "2024"), ("Wednesday", "2024-04-24"), ("early next year", "2025")]},
    {"id": "w22", "published": "2023-08-21",
     "text": "Manchester United manager Erik ten Hag insisted that his side would improve. \"We "
             "made too many mistakes,\" ten Hag admitted, \"and we were punished.\"",
     "quotes": [q("his side would improve.", "Manchester United manager Erik ten Hag",
                  "Erik ten Hag"),
                q("We made too many mistakes", "ten Hag|ten Hag admitted", "Erik ten Hag"),
                q("and we were punished.", "ten Hag|ten Hag admitted", "Erik ten Hag")],
     "dates": []},
    {"id": "w23", "published": "2022-06-30",
     "text": "In the words of Finland's president, Sauli Niinistö, the decision to join NATO was "
             "\"not directed against anyone\". The accession protocols will be signed on July 5.",
     "quotes": [q("the decision to join NATO was \"not directed against anyone\".",
                  "Finland's president, Sauli Niinistö", "Sauli Niinistö")],
     "dates": [("July 5", "2022-07-05")]},
    {"id": "w24", "published": "2023-06-12",
     "text": "The merger, first proposed in 2019, has been under review for 18 months. The two "
             "companies employ 40,000 people across Europe and plan to close three plants by the "
             "end of 2024.",
     "quotes": [],
     "dates": [("2019", "2019"), ("the end of 2024", "2024")]},
    {"id": "w25", "published": "2024-10-02",
     "text": "Mark Rutte, who took over as NATO Secretary General on Tuesday, said that "
             "supporting Ukraine remained his top priority. The new NATO chief also stressed "
             "that the alliance had to spend more on defence.",
     "quotes": [q("supporting Ukraine remained his top priority.", "Mark Rutte", "Mark Rutte"),
                q("the alliance had to spend more on defence.", "The new NATO chief",
                  "Mark Rutte")],
     "dates": [("Tuesday", "2024-10-01")]},
    {"id": "w26", "published": "2024-03-25",
     "text": "We can still win the league — Arsenal coach\nArsenal manager Mikel Arteta said his "
             "team was ready for the run-in. \"Every game is a final now,\" the Spaniard said.",
     "quotes": [q("We can still win the league", "Arsenal coach", "Mikel Arteta"),
                q("his team was ready for the run-in.", "Arsenal manager Mikel Arteta",
                  "Mikel Arteta"),
                q("Every game is a final now", "the Spaniard", "Mikel Arteta")],
     "dates": []},
    {"id": "w27", "published": "2023-12-06",
     "text": "In a speech to students, the foreign minister said: \"Diplomacy is slow, but it "
             "works.\" She did not take questions.",
     "quotes": [q("Diplomacy is slow, but it works.", "the foreign minister")],
     "dates": []},
    {"id": "w28", "published": "2023-10-24",
     "text": "Microsoft reported on Tuesday that revenue rose 13% in the third quarter of 2023. "
             "The results beat forecasts, Reuters reported, citing LSEG data.",
     "quotes": [q("revenue rose 13% in the third quarter of 2023.", "Microsoft"),
                q("The results beat forecasts", "Reuters")],
     "dates": [("Tuesday", "2023-10-24"), ("the third quarter of 2023", "2023-Q3")]},
    {"id": "w29", "published": "2024-11-06",
     "text": "Senator Maria Cantwell met Governor Jay Inslee in Olympia. Inslee claimed the state "
             "budget was balanced. She disputed that, saying the deficit would reach $2 billion "
             "next year.",
     "quotes": [q("the state budget was balanced.", "Inslee|Inslee claimed", "Jay Inslee"),
                q("the deficit would reach $2 billion next year.", "She|She disputed",
                  "Maria Cantwell")],
     "dates": [("next year", "2025")]},
    {"id": "w30", "published": "2024-08-10",
     "text": "The Olympic champion spoke to journalists in Paris. «I dedicate this medal to my "
             "mother», said Armand Duplantis, who broke the world record on Monday.",
     "quotes": [q("I dedicate this medal to my mother", "Armand Duplantis", "Armand Duplantis")],
     "dates": [("Monday", "2024-08-05")]},
    {"id": "w31", "published": "2022-03-02",
     "text": "The sanctions are working, a senior US official said on Tuesday. The rouble has "
             "lost a third of its value. Russia's economy will shrink this year, he added.",
     "quotes": [q("The sanctions are working", "a senior US official"),
                q("Russia's economy will shrink this year", "he|he added")],
     "dates": [("Tuesday", "2022-03-01"), ("this year", "2022")]},
    {"id": "w32", "published": "2023-05-17",
     "text": "Car sales in Europe are still below the level of two thousand and nineteen, "
             "according to data from ACEA. The association's director, Sigrid de Vries, stated "
             "that supply problems had eased.",
     "quotes": [q("Car sales in Europe are still below the level of two thousand and nineteen",
                  "data from ACEA"),
                q("supply problems had eased.", "The association's director, Sigrid de Vries",
                  "Sigrid de Vries")],
     "dates": [("two thousand and nineteen", "2019")]},
    {"id": "w33", "published": "2024-04-12",
     "text": "Iran will face consequences if it attacks Israel - Biden\nOn Friday, President Joe "
             "Biden told reporters he expected an attack \"sooner rather than later\".",
     "quotes": [q("Iran will face consequences if it attacks Israel", "Biden|Biden\n",
                  "Joe Biden"),
                q("he expected an attack \"sooner rather than later\".", "President Joe Biden",
                  "Joe Biden")],
     "dates": [("Friday", "2024-04-12")]},
]
del Q
