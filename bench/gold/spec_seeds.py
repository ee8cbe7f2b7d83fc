"""Gold for the three seed articles (text read verbatim from shared/seeds)."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
JS = "Jens Stoltenberg"


def _read(stem: str) -> str:
    return next(SEEDS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")


DOCS = [
    {
        "id": "seed-000", "published": "2022-11-30", "text": _read("000"),
        "quotes": [
            {"quote": "Ukraine's entry into NATO should be discussed after victory over russia",
             "speaker": "NATO Secretary General|NATO Secretary General\n", "canonical": JS},
            {"quote": "the NATO allies made it clear that they are ready to continue to support "
                      "Ukraine with advanced military equipment, ammunition, and everything "
                      "necessary for defense.",
             "speaker": "The head of the North Atlantic Alliance", "canonical": JS},
            {"quote": "this is today's most important task for the Allies.",
             "speaker": "The Secretary-General|The Secretary-General also", "canonical": JS},
            {"quote": "for Ukraine to win, allies should mobilize as much as possible regarding "
                      "military, economic, financial, and humanitarian support for Ukraine.",
             "speaker": "Stoltenberg|Stoltenberg emphasized that", "canonical": JS},
            {"quote": "This is exactly what we are doing. If Ukraine does not win as an "
                      "independent, sovereign state, then, of course, the question of membership "
                      "will not be on the table at all because we will no longer have a candidate"
                      " for membership in the person of Ukraine",
             "speaker": "the NATO leader", "canonical": JS},
            {"quote": "now it is important to move step by step, and the most important and "
                      "urgent step is to ensure Ukraine's victory.",
             "speaker": "The Secretary-General|The Secretary-General noted that now",
             "canonical": JS},
            {"quote": "We need to develop a closer partnership — both political and practical — "
                      "with Ukraine. This will strengthen their institutions and help them move "
                      "from Soviet equipment standards to the doctrines of modern NATO equipment."
                      "\nIt is good for Ukraine to strengthen mutual compatibility. But it will "
                      "also help Ukraine get closer to membership",
             "speaker": "Stoltenberg|Stoltenberg emphasized.", "canonical": JS},
            {"quote": "Western countries to support Ukraine's applications to join NATO and the "
                      "European Union.",
             "speaker": "the President of Ukraine, Volodymyr Zelensky",
             "canonical": "Volodymyr Zelensky"},
            {"quote": "Ukraine is ready to defend NATO's eastern flank, although it is not yet a "
                      "member of the Alliance.",
             "speaker": "the head of the Ministry of Foreign Affairs of Ukraine, Dmytro Kuleba",
             "canonical": "Dmytro Kuleba"},
            {"quote": "Ukraine would apply for NATO membership in an accelerated manner.",
             "speaker": "Volodymyr Zelensky|Volodymyr Zelensky announced",
             "canonical": "Volodymyr Zelensky"},
            {"quote": "significant increase in military aid to Ukraine",
             "speaker": "the presidents of nine NATO countries", "canonical": None},
            {"quote": "NATO Secretary General Jens Stoltenberg had received Ukraine's "
                      "application.",
             "speaker": "The President's Office", "canonical": None},
        ],
        "dates": [("November 30", "2022-11-30"), ("today", "2022-11-30"),
                  ("November 21", "2022-11-21"), ("November 15", "2022-11-15"),
                  ("September 30", "2022-09-30"), ("October 2", "2022-10-02"),
                  ("October 4", "2022-10-04")],
    },
    {
        "id": "seed-001", "published": "2022-11-30", "text": _read("001"),
        "quotes": [
            {"quote": "NATO’s primary priority is to help Ukraine in the war with Russia, and "
                      "only after Ukraine’s victory will it be possible to talk about full "
                      "membership",
             "speaker": "NATO Secretary General Jens Stoltenberg", "canonical": JS},
            {"quote": ("the most immediate and urgent task", "as we speak."),
             "speaker": "Stoltenberg|Stoltenberg said that\n", "canonical": JS},
            {"quote": "NATO Allies made it clear in the meeting that they are ready to support "
                      "Ukraine with equipment, fuel, and ammunition.",
             "speaker": "Stoltenberg|Stoltenberg also said", "canonical": JS},
            {"quote": "there is a lot between nothing and full membership",
             "speaker": "He|He also added", "canonical": JS},
            {"quote": "NATO needs to develop a closer “political and practical partnership” with "
                      "Ukraine, helping the country move from Soviet-era equipment standards to "
                      "modern NATO-standard equipment doctrines, which will increase "
                      "interoperability and ” help Ukraine move closer to membership.",
             "speaker": "He|He also added", "canonical": JS},
        ],
        "dates": [("2022-11-30", "2022-11-30"), ("29-30 November", "2022-11-29")],
    },
    {
        "id": "seed-004", "published": None, "text": _read("004"),
        "quotes": [
            {"quote": "currently there is no unity among the member states of the Alliance "
                      "regarding Ukraine's membership, which is necessary for the adoption of "
                      "this decision.",
             "speaker": "NATO Secretary General Jens Stoltenberg", "canonical": JS},
            {"quote": ("We all agree that Ukraine", "work in this direction"),
             "speaker": "Stoltenberg|Stoltenberg stressed", "canonical": JS},
            {"quote": "Ukraine has the right to self-defense in the context of the permission to "
                      "strike strategic objects on the territory of Russia with Western weapons.",
             "speaker": "He|He also noted", "canonical": JS},
            {"quote": ("We must not forget", "to defend themselves"),
             "speaker": "the head of the Alliance|the head of the Alliance emphasized",
             "canonical": JS},
            {"quote": "Russia is currently paying a high price for a new offensive operation in "
                      "Ukraine.",
             "speaker": "Stoltenberg|Stoltenberg, Russia is currently", "canonical": JS},
            {"quote": ("A very high price - thousands", "more intensive and strong"),
             "speaker": "Stoltenberg|Stoltenberg emphasized.", "canonical": JS},
            {"quote": "it is not about sending NATO troops to Ukraine.",
             "speaker": "the head of the Alliance|the head of the Alliance noted",
             "canonical": JS},
            {"quote": ("NATO has said from the very beginning",
                       "do not send our troops to Ukraine"),
             "speaker": "Stoltenberg|Stoltenberg explains", "canonical": JS},
            {"quote": ("We have heard many threats", "no winners in a nuclear war"),
             "speaker": "Stoltenberg|Stoltenberg noted.", "canonical": JS},
            {"quote": "NATO has already drawn a number of conclusions from Russia's war against "
                      "Ukraine.",
             "speaker": "Stoltenberg|Stoltenberg, NATO has", "canonical": JS},
            {"quote": ("We need to create a larger stockpile", "we will learn from them"),
             "speaker": "Stoltenberg|Stoltenberg.\n", "canonical": JS},
        ],
        "dates": [("Today", None), ("the 21st century", "20")],
    },
]
