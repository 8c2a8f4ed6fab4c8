"""released_count read from general structures of news text (corpus/README.md, "released_count")."""

from __future__ import annotations

import pytest

from bot.classify import classify
from bot.models import PRISONER_RELEASE

# (title, summary, expected released_count). Each row names the structure it pins down.
COUNT_CASES: list[tuple[str, str, int | None]] = [
    # A quantity of things is no vague quantity of people: "ease some measures".
    ("Minsk frees opposition figure Pavel Sevruk; US says sanctions relief possible",
     "The former candidate was released by pardon. Washington said it could ease some measures if more political "
     "prisoners were freed.", 1),
    ("Authorities free some jailed activists after talks", "", None),  # guard: some people stays vague
    # A person the lede names as also freed, behind an appositive or as the subject of "also left custody".
    ("Dutch aid worker Jan de Boer freed in Oman-brokered swap for Iranian official Reza Karimi",
     "A second Dutchman, Pieter Smit, was also released and is flying to Amsterdam.", 3),
    ("Researcher Ahmed Salem leaves police station a day after his sentence, heads for Rome",
     "Rights lawyer Omar Farid also left custody under the same decision.", 2),
    # One person identified by role as the subject of a later headline clause.
    ("Court suspends Karimi's sentence; French journalist walks free", "", 1),
    ("'Noa is coming home': Israeli-American soldier handed to Red Cross", "", 1),
    # A lone surname ending the released object after a description: one person; in a swap, one each side.
    ("Georgian president pardons jailed TV boss Mirzadze", "", 1),
    ("Russia frees US hockey star Kellner in swap for arms dealer Volkov", "", 2),
    # A smaller "N for N" told after the headline's larger sides is one stage of them.
    ("Christmas exchange: Ukraine brings back 150, Russia 140",
     "The defence ministry said a swap of 120 for 120 was followed by the handover of wounded POWs.", 290),
    # "the exchange, which included 188 defenders": a part of the people already counted.
    ("215 Ukrainians come home from Russian captivity",
     "Kyiv handed over 55 Russian soldiers in the exchange, which included 188 defenders of Mariupol.", 270),
    # A person named after a role beside a figure: "55 Russians and politician Viktor Medvedchuk".
    ("Ukraine hands over 30 Russian soldiers and politician Viktor Medvedchuk", "", 31),
    # Names inside an appositive (an employer, a relative) are not more people freed.
    ("Saudi student jailed over tweets is free, rights group says",
     "Salma Rashed, a Leeds University doctoral student, was released after her term was reduced.", 1),
    ("Mei Lin, widow of dissident poet Wang Tao, freed from house arrest and flies to Berlin", "", 1),
    # An acronym beside "and" is no surname: "Church and UN mission".
    ("Rebels hand kidnapped mayor Carlos Mejía to Church and UN mission", "", 1),
    # "Cold War" and "Forty-one Dapchi" are no names of people.
    ("Kyiv and Moscow complete biggest prisoner swap since Cold War", "Twelve prisoners changed hands on the tarmac in Ankara.", 12),
    ("Forty-one Dapchi schoolgirls freed in exchange for three militant commanders", "", 44),
    # The person the headline names "was among" the lede's figure: counted by it.
    ("Ukrainian reporter Olena Kovalenko back on home soil in latest swap",
     "The correspondent was among 120 Ukrainians exchanged on Sunday; Russia received the same number.", 240),
    ("Reporters Anna Berg and Lars Holm freed in East-West prisoner swap",
     "Anna Berg and Lars Holm are among 20 prisoners freed in an exchange between Russia and Western countries.", 20),
    # The lede's figures for both sides of a swap count the people the headline names.
    ("Russia frees Petrov, Ivanova and Klein in East-West prisoner swap",
     "Twelve people held in Russia were released in the exchange at Ankara airport. In return, six Russians jailed in "
     "the West were flown to Moscow.", 18),
    # An approximate headline figure told exactly below is the same people: the exact figure.
    ("More than 800 detainees flown home in Yemen prisoner exchange",
     "The Red Cross said 887 detainees had been released and flown between Sanaa and Aden.", 887),
    ("Nearly 2,000 prisoners freed in amnesty", "Officials said 1,912 prisoners walked out of jails across the country.", 1912),
    # Groups joined by "and" each with a figure: "Nine Israeli women and children and two Thai nationals", added once.
    ("Hamas frees 11 more hostages; 33 Palestinians released",
     "Nine Israeli women and children and two Thai nationals were freed from Gaza on Tuesday.", 44),
    # "Tahrir Front" is an organisation, not a person freed beside the figure.
    ("Kidnapped monks back in Syria after three months with Tahrir Front",
     "The 11 monks crossed the Lebanese border overnight; Damascus reportedly let dozens of women prisoners go in return.", 11),
    # "personnel" counts people.
    ("Freed Dutch sailors land at Schiphol after two weeks in custody",
     "The 12 Navy personnel seized by the Revolutionary Guards were flown home on Thursday.", 12),
]


@pytest.mark.parametrize(("title", "summary", "count"), COUNT_CASES, ids=[c[0][:60] for c in COUNT_CASES])
def test_released_count_structures(title: str, summary: str, count: int | None) -> None:
    result = classify(title, summary)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count
