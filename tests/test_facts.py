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
    # One unnamed person identified by role, listed before a figure in the released object, counts 1 in the sum.
    ("Militia frees kidnapped Dutch engineer, two Kenyans and a Somali", "", 4),
    ("Military government frees detained premier's son and three former ministers", "", 4),
    ("Rebels release Canadian hostage and three others after two years", "", 4),
    ("Militants free abducted Red Cross nurse and two Ukrainian drivers in exchange for three fighters", "", 6),
    # One person told by a demonym or a role after the release verb alone: 1; a plural demonym stays uncounted.
    ("Insurgents free Briton held in the Sahel for four years", "", 1),
    ("Insurgents free Britons held in the Sahel for four years", "", None),  # guard: a plural group without a figure
    ("Guerrillas free Swiss-Colombian pastor seized in March", "", 1),
    ("Detained Danish bookseller released by China, returns home", "", 1),
    # People the lede says are still held are no vague count of the freed, whole sentence or clause.
    ("Cairo frees women's rights blogger after presidential pardon",
     "Rights groups say thousands of political detainees remain in prison.", 1),
    ("Three freed captives reunite with relatives; 40 still held in Gaza", "", 3),
    # A running total of earlier releases is not this release's figure.
    ("Minsk frees 12 more political prisoners; over 250 released since last summer", "", 12),
    # A city named as the subject of the other side's clause is no person beside the figure.
    ("Syria and Jordan complete exchange of 30 detainees",
     "Damascus handed over 21 Jordanians and Amman released nine Syrians, officials said.", 30),
    # "the three women" told after three names in a swap for an uncounted group: the same three.
    ("Rebels free Ana Lopez, Marta Ruiz and Clara Gil in exchange for Colombian prisoners",
     "The three women were driven to a Red Cross post on Monday.", 3),
    # A definite figure in the lede counts a headline group told without one.
    ("Nicaragua frees jailed Americans after envoy's visit", "Seven US citizens boarded a plane with the envoy on Tuesday.", 7),
    ("Freed Nepali hostages arrive home from Gaza", "The group of eight landed in Kathmandu on Friday.", 8),
    ("Freed sailors reunite with families in Manila", "The six crossed into Turkey on Monday, the foreign ministry said.", 6),
    ("Filipino sailors freed by Houthis home in Manila",
     "The nine seafarers were released last month in a separate deal brokered by Oman.", 9),
    # The second side of a deal with its verb left out, an approximate figure; a comma-grouped figure is no year.
    ("Truce deal: militants to free 20 hostages in first stage, Israel about 1,500 prisoners", "", 1520),
    # A named person a state hands to the other side beside a passive figure.
    ("90 Ukrainian soldiers freed as Kyiv hands pro-Russian lawmaker Oleg Petrenko to Moscow", "", 91),
    # A spy or agent on one side of a one-for-one swap counts 1.
    ("Lithuania swaps convicted spy for border guard Tomas Vilkas", "", 2),
    # One person identified by role after "hand(s)" or as a "hero": 1.
    ("Rebels hand kidnapped father of striker to Church commission", "", 1),
    ("Jailed 'Hotel Lagos' hero freed from prison after appeal", "", 1),
    # The children a freed person is reunited with are not freed with her; "rescue" and "fly out" tell a release.
    ("Freed French aid worker home after two years in Sahel", "She was reunited with her three children at the airport.", 1),
    ("Special forces rescue three hostages in desert raid", "", 3),
    ("Two Germans and a Swede fly out of Tehran after years in Evin prison", "", 3),
    # A release the lede places "days earlier" is a separate one.
    ("Anna Weber and Paul Klein freed in Sahel after prisoner release",
     "Two Dutchmen were also freed. Bamako had released some 150 militants days earlier.", 4),
    # A lede figure listing its members ("12 hostages ..., including") is the whole the headline's people belong to.
    ("Maria Ortiz, two Canadians freed in army raid",
     "Commandos flew 12 hostages out of the camp without a shot fired, including engineers Paul Brandt and Leon Weiss and "
     "nine soldiers.", 12),
    # A clause of people "among those freed" is left out; the other clause's side still counts.
    ("Four Americans fly home from Tehran as funds reach Qatar",
     "Ann Lee, Bob Ray and Carl Moss were among those freed; Washington pardoned four Iranians in return under the deal.", 8),
    # A state that "begins freeing" a figure frees its own side beside the person the headline names.
    ("Soldier Avi Levin home as Israel begins freeing 500 prisoners", "", 501),
    # "leaders" counts people.
    ("Two professors handed over in prisoner swap as Kabul sends three militant leaders to Qatar", "", 5),
    # "held for 300 days" is no exchange; the amnesty that "covered" a figure is the whole the named belong to.
    ("Reporters Ana Silva and Rui Costa walk out of Evin prison",
     "The two journalists, held for 300 days over their reporting, were freed under a presidential amnesty that covered "
     "2,100 prisoners.", 2100),
    # A headline total told again in parts, the last one "the retired Dutch pilot": the same five.
    ("Dutch pilot Jan Smit among five freed in three-country swap",
     "Belgium released two Russians, while Moscow freed two Belgian citizens and the retired Dutch pilot.", 5),
    # The other side's bare figure after "traded for".
    ("Eight jailed Iranian spies traded for three at Doha airport", "", 11),
    # A place after a preposition is no person of a one-for-one swap.
    ("Latvian officer Peeter Tamm walks across bridge at Narva River in exchange for Russian spy", "", 2),
    # A name told right before a role is the person's employer, not a person freed.
    ("Governor pardons Dark Market founder Tom Reed, who walks out of prison", "", 1),
    # Figures after "N each" in the same sentence are parts of a side.
    ("Ukraine's Bondar among 40 freed in prisoner swap",
     "Moscow and Kyiv exchanged 40 prisoners each on Sunday, a swap that returned journalist Ivan Bondar and 12 marines to "
     "Kyiv.", 80),
    # "both men" points back at the people the headline names: they count by name, with the lede's other person.
    ("France frees engineer Paul Morel in swap for ex-agent Reza Karimi",
     "Belgian Luc Dubois was also released. Qatar said both men were flown to Doha along with Karimi.", 3),
    # The lede's figure names the headline's people; the headline's single other side is added once.
    ("Rebels free Britons Tom Hale and Sam Nash in exchange for Afghan held in UK",
     "The militia released two British citizens, Tom Hale and Sam Nash, in exchange for Ali Rahimi, an Afghan jailed in "
     "London.", 3),
    # A clause that "adds" wounded to an "N each" swap.
    ("Kyiv and Moscow swap 120 prisoners each; Ukraine adds 15 wounded", "", 255),
    # A lede opening on a definite figure of people counts a headline group told without one, whatever its verb.
    ("Senegalese troops land in Dakar after Gambia pardon", "The 31 men were greeted by the president at the airport.", 31),
    ("Senegalese troops land in Dakar after Gambia pardon", "The two countries had been at odds over the affair for months.",
     None),  # guard: a definite figure of things
    # The lede names another person freed beside the headline's: "X and fellow blogger Y ... were released", "Y was also
    # on the plane"; or the other side as one person by role: "exchanged ... for a Russian pilot".
    ("Laos frees activist blogger Somphone Vong, sends him into exile in France",
     "Vong and fellow blogger Kham Lee, jailed in May for 'propaganda', were released and flown to Paris.", 2),
    ("Danish aid worker Lund flies home in Oman-brokered swap for Reza Amini",
     "Danish-Iranian Omid Rahimi was also on the plane to Copenhagen.", 3),
    ("Paul Hart heads home after two years in Russian jail",
     "Hart was exchanged in Abu Dhabi for a Russian pilot convicted in the US of smuggling.", 2),
    # People who "reach" a city as a state frees its own figure; people who "also left" prison beside the headline's.
    ("Marie Dupont and Ali Traore reach Bamako as Mali frees some 150 militants", "", 152),
    ("Briton Tom Hale flies home after junta's clemency",
     "German Karl Weber and two other Germans convicted over the plot also left Bata prison.", 4),
    # A lone surname handed over ("hand Hansen to") beside the other side's figure.
    ("Militants hand Hansen to Danish special forces in exchange for four jailed fighters", "", 5),
    # The other side named after "in exchange for" in the figure's sentence.
    ("Weekly round-up: Iran and US swap prisoners; EU adopts new package",
     "<p>Five Americans were freed in exchange for Reza Tavakoli. Brussels banned Iranian drones.</p>", 6),
    # The headline's person named again beside the lede's figure ("freed Haidar and three fighters") counts once.
    ("Hezbollah's Ali Haidar freed, crosses into Lebanon as Israel receives soldiers' remains",
     "Israel freed Haidar and three Hezbollah fighters in exchange for the bodies of two soldiers.", 4),
    # A head of the exchange that is only a verb takes the clause before it: "X released, exchanged for Y".
    ("Pavel Orlov released, exchanged for Anna Kerr at Doha airport", "", 2),
    # "benefited" from a decree, "brought back": release words for a figure of people.
    ("Hundreds walk out of Chadian jails after presidential decree on political detainees",
     "About 400 people benefited, officials said.", 400),
    ("Kidnapped schoolboys return: more than 80 brought back to village by captors", "", 80),
    # A clause naming exactly as many people as another clause's figure names the same people.
    ("China lets two Canadians go in swap; Tom Reid and Ann Lowe on their way home", "", 2),
    # People met ("a meeting between the president and two MPs") are not freed.
    ("British nurse Jane Cole pardoned over flag row, leaves Tehran",
     "Her release followed a meeting between the president and two British members of parliament.", 1),
    # A fronted "after talks with ..." clause ends at its comma: the release clause keeps its figure.
    ("After talks with UN envoy, junta frees 22 detainees", "", 22),
    ("Following meeting with Pope, regime frees 9 seminarians", "", 9),
    # A demonym the same in singular and plural tells no single person unless "a" singles one out.
    ("Junta frees Senegalese held in mining dispute", "", None),
    ("Court frees Burmese detained at border protest", "", None),
    ("Junta frees a Senegalese held in mining dispute", "", 1),  # guard: one person singled out
    # A lede's definite figure of officials acting on the release counts no one freed; with a release verb it does.
    ("Gunmen free kidnapped Canadians", "The two prime ministers spoke by phone on Friday.", None),
    ("Regime frees jailed dissidents", "All 27 EU foreign ministers praised the step on Tuesday.", None),
    ("Rebels free abducted officials", "The three ministers were freed at dawn near Goma.", 3),  # guard: officials freed
    # The arrest "a week earlier" of the people freed now does not make their release a separate one.
    ("Iran frees detained fishermen", "Fourteen fishermen, seized a week earlier off the coast, were released on Sunday.", 14),
    # "and the <demonym> <institution or group>" after a figure adds no one; "and the American held ..." adds one.
    ("Kyiv frees 30 Russian soldiers and the Russian foreign ministry confirms handover", "", 30),
    ("Hamas frees four hostages and the Qatari negotiators say truce holds", "", 4),
    ("Hamas frees four Thais and the American held since October", "", 5),  # guard: one more person
    # An exact figure of people going the other way is not the headline's approximate figure told precisely.
    ("About 100 POWs come home to Ukraine", "Kyiv handed over 95 soldiers to Moscow in the swap.", 195),
    ("About 100 POWs come home to Ukraine", "Kyiv said 104 soldiers came back from Russian captivity.", 104),  # guard
    # "Many were released" beside a named person: others freed, no figure.
    ("Oman pardons jailed poet Salim Harthi", "Many were released in the same amnesty.", None),
    # A plural group or a name after a preposition is no lone surname freed.
    ("Algeria frees detained Europeans after phone call with Meloni", "", None),
    ("Egypt frees detained activists after visit by Meloni", "", None),
    ("Belarus frees wife of opposition leader Tikhanovsky", "", 1),  # guard: a described person, "of" inside
    # An official "also on the flight home" travels with the freed person and is not freed.
    ("Iran releases jailed Australian", "Foreign minister Penny Wong was also on the flight home.", 1),
    # A crowd that greets the freed person is not a vague number of people freed.
    ("Opposition leader Kem Sokha freed after two years of house arrest",
     "Hundreds of supporters gathered outside his home in Phnom Penh as police withdrew.", 1),
    ("Myanmar frees activist Min Ko Naing", "Thousands of well-wishers lined the road to his home in Yangon.", 1),
    ("Myanmar frees Min Ko Naing and hundreds of other prisoners", "", None),  # guard: the freed others stay vague
    # The other side of a swap named in the lede, after a cue inside another cue's words or a long place phrase.
    ("British teacher Anna Marsh freed in Gulf-brokered swap",
     "Anna Marsh, jailed for eight years, was released on Monday in exchange for Pavel Orlov, a Russian banker.", 2),
    ("Canadian engineer Mark Doyle released by Iran in prisoner swap",
     "The engineer was exchanged at Muscat airport on Sunday for Reza Tavakoli, an Iranian held in Canada.", 2),
    ("Canadian engineer Mark Doyle released by Iran",  # guard: no swap, the lede names only the freed man again
     "Mark Doyle was freed on Sunday and flew to Toronto.", 1),
    # A demand to free others is no figure of people freed.
    ("Dissident Tran Van Hoa freed from house arrest",
     "Hoa was freed on Monday. Western envoys urged Hanoi to free more than 150 other political prisoners.", 1),
    ("Vietnam frees 30 dissidents",  # guard: the demand's figure is left out, the freed figure stays
     "Thirty dissidents were freed on Monday. Envoys called for Hanoi to release 150 more.", 30),
    # A person freed "along with N other prisoners", told after a comma, is one more than N.
    ("Ethiopia pardons opposition leader Berhanu Tadesse",
     "Berhanu Tadesse was released on Tuesday after being pardoned by the government, along with 312 other prisoners.", 313),
    # A whole and its parts in one sentence: the whole.
    ("Rebels free hostages in Sulu", "Rebels freed 12 hostages on Sunday, seven Filipinos, four Malaysians and one Indonesian.", 12),
    ("Rebels free hostages in Sulu",  # guard: parts that do not add up to the first figure are sides
     "Rebels freed 12 Filipinos and seven Malaysians on Sunday, and the army freed three rebels in return.", 22),
    # A headline's figure told again in a lede sentence that adds the other side: that sentence is the fuller telling.
    ("All 12 hostages back in Israel as exchange frees Palestinian prisoners",
     "Hamas handed over 12 hostages to the Red Cross on Sunday, and Israel released 150 Palestinian prisoners.", 162),
    ("Iran frees three Americans as sanctions are eased",
     "Iran released three US citizens held in its prisons, among them reporter John Hale and pastor Mark Lee, in a swap in "
     "which the United States granted clemency to five Iranians, officials said.", 8),
    ("Rebels free four hostages on Basilan",  # guard: a list of the same people after a comma adds no one
     "Rebels freed four hostages on Sunday, a German, two Dutch and a Swiss, officials said.", 4),
    # Guards from a review of the round's count rules: nouns that are no demand, the parts of the other side, and
    # people freed at another time or still to be freed.
    ("Azerbaijan frees jailed reporters", "A press freedom group welcomed the release of six journalists on Friday.", 6),
    ("Court frees jailed Egyptian activists", "An appeals court ordered the release of eight rights activists on Monday.", 8),
    ("Houthis and coalition swap prisoners",
     "The Houthis freed 12 prisoners on Sunday and the coalition released 8 Houthi fighters and 4 fishermen.", 24),
    ("Russia frees 4 Ukrainian civilians", "Russia freed 4 Ukrainian civilians on Friday, after 11 were freed last month.", 4),
    ("Belarus frees 17 prisoners", "Belarus freed 17 prisoners on Saturday, and 5 more are expected to be freed next week.", 17),
    # A person the lede says was freed with the headline's ("along with", "alongside", "the same day as", "also pardoned");
    # not an official travelling beside them.
    ("Rebels free Chadian journalist Idriss Mahamat", "Mahamat left the camp on Friday along with aid worker Jean Duclos.", 2),
    ("Freed reporter Idriss Mahamat lands in Paris", "Mahamat arrived in Paris alongside envoy Jean Duclos on Friday.", 1),
    ("Egypt pardons researcher Karim Nasser", "The president also pardoned lawyer Hany Fawzi, who was released on Thursday.", 2),
    ("Laos frees Thai activist Somchai Wong", "The activist flew home with Anan Boon, a Thai monk held with him, on Monday.", 2),
    ("Freed Dutch engineer Pieter Smit lands in Amsterdam",
     "Smit, sentenced to six years for spying, and Belgian trader Luc Maes were released on humanitarian grounds.", 2),
    # One person's house arrest ended; a vague figure of the dead is no vague figure of the freed; a place after "out of"
    # and family travelling with the freed are no more people freed.
    ("Ali Karimi's house arrest ends as court rules it unlawful", "", 1),
    ("Guinea frees opposition leaders Amadou Diallo and Sekou Camara",
     "The two were released under an amnesty covering protests in which dozens of people were killed.", 2),
    ("Activist Mei Lin walks out of Shek Pik after serving term for protest", "", 1),
    ("Vietnamese blogger freed and flown to US", "Tran Thi Lan, jailed for nine years, arrived in Houston with her mother "
     "and two children.", 1),
    # A lede clause of a second state freeing as many people as the headline's: both sides, not the same figure twice.
    ("Five Germans freed by Iran land in Doha", "Five Germans released by Iran arrived in Qatar on Monday, while Germany "
     "granted clemency to five Iranians held in German prisons.", 10),
    # Guards from a review of the round's rules: an official or a relative travelling with the freed, a sentence that
    # ends at "U.S.", a detention extended rather than ended; and the headline's person beside the other side's figure
    # told in a paragraph of its own, and two people freed alongside the headline's.
    ("Iran frees Frenchman Paul Garnier", "Garnier was freed on Thursday and flew home with Jean Morel, France's foreign "
     "minister.", 1),
    ("Egypt frees activist Karim Nasser", "Nasser was freed on Tuesday after a pardon and returned home with his mother "
     "Laila Nasser.", 1),
    ("Russia frees American teacher Tom Hale", "Hale was released on Tuesday and returned to the U.S. Three other "
     "Americans remain in Russian custody.", 1),
    ("Myanmar frees Australian adviser Tom Reid", "Reid was released in an amnesty alongside Japanese filmmaker Ken Ito "
     "and former British ambassador Anne Hale.", 3),
    # Relatives who greet the freed are not freed.
    ("Freed hostage greeted by relatives", "A freed Israeli hostage was greeted by 20 relatives at the hospital on Sunday.", 1),
    ("Russia frees American teacher", "Russia freed an American teacher, whose two sisters and three brothers waited for "
     "him at Andrews.", 1),
    # "hand over" tells a release; schoolboys are people.
    ("Rebels hand over seven aid workers held since March", "Their release was a goodwill gesture, the rebels said.", 7),
    ("Freed schoolboys arrive in Katsina", "More than 300 schoolboys abducted last week were freed and bused home.", 300),
    # Each side of a headline exchange one person told by any role, or a demonym and a role.
    ("Former Marine freed by Belarus in exchange for convicted Belarusian hacker", "", 2),
    ("Houthis free two Britons in exchange for Yemeni prisoner held in UK", "", 3),
]


@pytest.mark.parametrize(("title", "summary", "count"), COUNT_CASES, ids=[c[0][:60] for c in COUNT_CASES])
def test_released_count_structures(title: str, summary: str, count: int | None) -> None:
    result = classify(title, summary)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


# A relative clause recalling an earlier measure ("Japan, which imposed sanctions in 2022, warns ...") is background: the
# main verb decides the sanction action.
ACTION_CASES: list[tuple[str, str]] = [
    ("Canada, which imposed sanctions on Minsk in 2021, warns of more if crackdown goes on", "threatened"),
    ("UK slaps sanctions on Georgian ministers, says more could follow", "imposed"),  # guard: the first clause's main verb
]


@pytest.mark.parametrize(("title", "action"), ACTION_CASES, ids=[c[0][:60] for c in ACTION_CASES])
def test_sanction_action_after_relative_clause(title: str, action: str) -> None:
    result = classify(title, "")
    assert result.facts.sanction_action == action, (result.labels, result.evidence)


def test_other_side_told_after_the_lede_in_a_paragraph_of_its_own() -> None:
    body = ("Paul Hartmann, the German aid worker sentenced in Iran to 30 years, landed in Berlin on Friday evening, the "
            "chancellor's office said.\nIn exchange, Germany handed over Javad Karimi, an Iranian convicted of spying, who "
            "flew to Tehran via Muscat.\nOman mediated the deal.")
    result = classify("Freed German aid worker Hartmann lands home in Oman-brokered swap", "", body)
    assert result.facts.released_count == 2
    # Without "In exchange," the later paragraph's name is not read as a second person freed.
    result = classify("Freed German aid worker Hartmann lands home", "", body.replace("In exchange, Germany", "Germany"))
    assert result.facts.released_count == 1


# (title, summary, the people named as freed). Whole names, and no places, bodies or officials acting on the release.
PEOPLE_CASES: list[tuple[str, str, tuple[str, ...]]] = [
    # Someone the headline says is still held is not freed; an armed group named by its place is no person.
    ("Militants return 104 schoolgirls; Grace Adamu still held, families say", "", ()),
    ("Odisha Maoists free Italian tour guide Marco Bellini after 29 days", "", ("Marco Bellini",)),
    ("Taliban free Americans Ryan Corbett and William McKenty in swap", "", ("Ryan Corbett", "William McKenty")),
    ("Hostage Ori Levin handed to Red Cross in Khan Younis", "", ("Ori Levin",)),
    ("Hamas frees hostage Dan Ezra", "Hamas freed hostage Dan Ezra on Monday, US envoy Richard Grell said.", ("Dan Ezra",)),
    ("President Abdel Tebboune pardons jailed writer Karim Sansal, who walks out of prison", "", ("Karim Sansal",)),
    ("Nadia Kamal, Omar Said and Lina Haddad walk free after pardon", "", ("Nadia Kamal", "Omar Said", "Lina Haddad")),
    # officials who act on the release, before the name or after "by"; names in a Title-Case Headline
    ("China frees Australian writer", "Australian Foreign Minister Ann Lee, speaking on Tuesday in Canberra, said writer "
     "Yang Jun had been released.", ("Yang Jun",)),
    ("Algeria pardons novelist Karim Sansal", "Sansal was pardoned by President Abdel Tebboune on Wednesday and walked "
     "out of prison.", ("Karim Sansal",)),
    ("Marc Dutton Freed By Russia After Three Years", "", ("Marc Dutton",)),
    # the other side a headline exchange names; a lede sentence listing the freed; a lone surname as the headline's subject
    ("Iran frees Danish aid worker Lars Holm in swap for convicted diplomat Reza Tabesh", "", ("Lars Holm", "Reza Tabesh")),
    ("Four Americans freed by Iran land in Doha", "Four Americans flew out of Tehran on Monday. Among those freed were "
     "businessmen Sam Karimi and Daniel Hart.", ("Sam Karimi", "Daniel Hart")),
    ("Belarus frees Kozlenko after two years in prison", "", ("Kozlenko",)),
    # a lone word after "frees" that qualifies a noun, or a role as the subject, is no surname; a title before a name the
    # sentence says was freed, or a freed person who "said" so, keeps the name
    ("Russia releases Navalny ally after two years", "Russia released the ally on Monday, his lawyer said.", ()),
    ("Nicaragua frees Catholic priests", "Nicaragua released the priests on Monday, the Vatican said.", ()),
    ("Teacher freed after year in Iranian jail", "Iran released a French teacher detained for a year, the foreign ministry "
     "said.", ()),
    ("Sudan army frees PM Hamdok", "Prime Minister Abdalla Hamdok was freed by the army and returned home.", ("Abdalla Hamdok",)),
    ("Ukrainian film-maker freed", "Oleg Sentsov said he was freed in a prisoner swap with Russia on Saturday.", ("Oleg Sentsov",)),
    # a name the window after the release word cuts is read whole
    ("Iran frees French teacher and longtime aid worker Jean-Baptiste Lemaire-Dubonnet", "", ("Jean-Baptiste Lemaire-Dubonnet",)),
    # each release clause of one sentence names its own people
    ("Russia and France carry out prisoner swap", "Russia released Marta Fischer and Bogdan Bianchi; France freed Rashid "
     "Rahimi and Kwame Volkov in return.", ("Marta Fischer", "Bogdan Bianchi", "Rashid Rahimi", "Kwame Volkov")),
    # a body named by "Centre" and an officer named by office are no people
    ("Army frees 244 political detainees cleared by Joint Screening Centre", "", ()),
    ("Over 12,000 granted amnesty under new law, Attorney General says", "", ()),
    # a word that runs on in capitals is no name word ("PhD" gives no "Ph"); names with inner capitals keep them
    ("Leeds PhD student Salma al-Shehab freed from Saudi prison", "", ("Salma al-Shehab",)),
    ("Iran frees Ann O'Brien and Mary McDonald", "", ("Ann O'Brien", "Mary McDonald")),
]


@pytest.mark.parametrize(("title", "summary", "people"), PEOPLE_CASES, ids=[c[0][:60] for c in PEOPLE_CASES])
def test_people_freed(title: str, summary: str, people: tuple[str, ...]) -> None:
    result = classify(title, summary)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.people == people


# The freed named beyond the trigger's words: a headline's lone surnames (its subject before a release or homecoming, after
# a role, after "including" or "among them"), each as the full name the text gives it; a lede sentence whose subject is
# the freed, named; "along with" a list; and lists of the freed in the next paragraphs. Not who travels with the freed,
# a return to prison, a role word or a group, an official, someone sent back or still held, an organisation.
STORY_PEOPLE_CASES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Sakharova home after six years in Houthi captivity", "", "", ("Sakharova",)),
    ("Okonkwo back on Nigerian soil after 14 months in Libyan custody", "", "", ("Okonkwo",)),
    ("Radu, Petrescu among dissidents flown out in Vienna swap", "", "", ("Radu", "Petrescu")),
    ("Freed Marinescu leaves Bucharest prison hospital and heads for the square", "", "", ("Marinescu",)),
    ("Opposition leader Kovalenko out of prison early", "", "", ("Kovalenko",)),
    ("Belarus frees 14 prisoners, including Ivanenka, after visit by US envoy", "", "", ("Ivanenka",)),
    ("Minsk frees 52 prisoners, among them Zhuk and Sakalova, as EU weighs sanctions relief", "", "", ("Zhuk", "Sakalova")),
    ("Wing Commander Rathore crosses back at Wagah",
     "Wing Commander Vikram Rathore walked across the border two days after his jet was shot down.", "", ("Vikram Rathore",)),
    ("Pussy Riot's Koval and Orlova walk out under amnesty", "", "", ("Koval", "Orlova")),
    ("Dana Levi, Noa Peretz, Gil Amar and five Thai workers out of Gaza; Israel releases 110 prisoners", "", "",
     ("Dana Levi", "Noa Peretz", "Gil Amar")),
    ("Ruth and Noa Shani released by Hamas on humanitarian grounds", "", "", ("Noa Shani", "Ruth Shani")),
    ("Grenwald flies home with six Americans after meeting Maduro", "", "", ()),
    ("Fowler flies Kenneth Bae and Matthew Todd Miller home from Pyongyang", "", "", ("Kenneth Bae", "Matthew Todd Miller")),
    ("Teacher freed after year in Iranian jail", "", "", ()),
    ("Two elderly women handed over at Rafah",
     "Miriam Katz, 85, and Ruth Adler, 79, were passed to the Red Cross at the crossing, Hamas said.", "",
     ("Miriam Katz", "Ruth Adler")),
    ("Family held by Haqqani network freed",
     "Laura Benton, Mark Doyle and their three children were recovered in an operation in Kurram district.", "",
     ("Laura Benton", "Mark Doyle")),
    ("Two Americans held by Houthis flown out of Sanaa",
     "Daniel Reyes and Omar Haddad left Yemen on Wednesday on a plane to Oman, officials said.", "",
     ("Daniel Reyes", "Omar Haddad")),
    ("Belarus lets 20 go in US-brokered deal",
     "Anton Zhuk, 69, stepped off the bus before the border and was driven back to prison, fellow prisoners said.", "", ()),
    ("Junta pardons 7,000 for Buddhist Lent", "Than Htay was pardoned on two charges, but she remains in detention.", "", ()),
    ("Lukashenko pardons six political prisoners",
     "Mikola Hrab was driven from his cell to Minsk along with Yury Rubin, Ihar Lis and Artsiom Tsar, the press service said.",
     "", ("Mikola Hrab", "Yury Rubin", "Ihar Lis", "Artsiom Tsar")),
    ("Israel frees Lebanese militant in swap",
     "Israel released Sami Kassar together with four fighters at the crossing, in exchange for the remains of two "
     "reservists, Eli Gold and Dan Regev.", "", ("Sami Kassar",)),
    ("Belarus pardons six", "Six political prisoners were pardoned on Saturday, the presidential press service said.",
     "The pardons came weeks before the election.\nThe others pardoned were Yury Rubin and anarchist activists Ihar Lis "
     "and Artsiom Tsar, the service said.\nOpposition groups welcomed the move.", ("Yury Rubin", "Ihar Lis", "Artsiom Tsar")),
    ("Iran frees four Americans as sanctions are lifted", "Four Americans held in Iran were freed on Saturday, officials said.",
     "The prisoners flew to Geneva on a Swiss plane.\nAmong them were the reporter Jonah Reese and the former Marine Adam "
     "Hekmat.\nFamilies welcomed the news.", ("Jonah Reese", "Adam Hekmat")),
    ("Guatemala receives 135 Nicaraguans let out of prison", "The 135 landed in Guatemala City on Thursday.",
     "They were flown on a US-chartered plane.\nAmong them were members of Mount Carmel, an evangelical ministry based in "
     "Texas, and Catholic lay workers.", ()),
    # A review's near misses: officials and relatives where the freed are told ("Kellogg in Minsk as ...", "Grenwald
    # back from Caracas with six Americans", "A and Nina Bahina, his wife, flew to Vilnius", though "A and B, his wife,
    # were freed" frees both); common nouns opening a headline ("Joy in Kyiv", "Nuns freed"); a people or place before
    # a noun ("including Azov fighters"); someone among those left behind or among the guests; "Among them" after
    # arrests or an earlier swap, one "also freed" in an earlier year; the dead "recovered"; a lawyer "along with" them.
    ("Kellan in Minsk as Lukashenko frees 14 prisoners", "", "", ()),
    ("Grenwald back from Caracas with six Americans freed by Maduro", "", "", ()),
    ("Joy in Kyiv as 95 prisoners of war come home", "", "", ()),
    ("Nuns freed by Syrian rebels arrive in Damascus", "", "", ()),
    ("Ukraine gets back 215 prisoners of war, including Azov fighters", "", "", ()),
    ("Bialov among those left behind as Belarus frees 20", "", "", ()),
    ("Navalnova among guests as freed dissidents meet chancellor in Bonn", "", "", ()),
    ("Belarus frees 16 prisoners", "Sixteen prisoners were driven to the Lithuanian border on Thursday.",
     "Officials said the release was a gesture.\nAles Kruk and Nina Bahina, his wife, flew to Vilnius later.", ()),
    # Lists the next paragraphs introduce: "Those released include", "The other three were", "The four men freed ... were
    # named as", a heading with a colon over a release; the last name after a description with capitals of its own;
    # "were allowed to leave". Not a list after "were captured at", a heading of people still held, nor "returned to
    # prison".
    ("Belarus frees 52 political prisoners", "Fifty-two prisoners were driven to the Lithuanian border on Thursday.",
     "The release followed talks with a US envoy.\nThose released on Thursday include Nobel Peace Prize laureate Ales "
     "Bialik and opposition figure Maria Kolesnik.", ("Ales Bialik", "Maria Kolesnik")),
    ("Iran frees four Americans", "Four Americans held in Iran were freed on Saturday, officials said.",
     "Jason Rezan, the Washington Post's bureau chief, was the best known.\nThe other three were former Marine Amir "
     "Hekmat, pastor Saeed Abed and Nosrat Khosravi.", ("Amir Hekmat", "Saeed Abed", "Nosrat Khosravi")),
    ("Israel frees Samir Kantar and four fighters", "Israel handed Samir Kantar and four Hezbollah fighters to Lebanon.",
     "They crossed at Naqoura on Wednesday.\nThe four men freed with him were named as Maher Kurani, Mohammed Sarour, Hussein "
     "Sulaiman and Khodr Zaidan.",
     ("Samir Kantar", "Maher Kurani", "Mohammed Sarour", "Hussein Sulaiman", "Khodr Zaidan")),
    ("Spies swapped on Vienna tarmac", "Russia and the United States exchanged 14 people at Vienna airport on Friday.",
     "The planes parked side by side.\nHanded over to Moscow: Anna Chapel, Mikhail Semko and Vicky Pelan.\nStill held: Igor Sutin "
     "and Gennady Vasilenko.", ("Anna Chapel", "Mikhail Semko", "Vicky Pelan")),
    ("Three Americans freed by China", "China freed three Americans on Wednesday, the State Department said.",
     "The release came after months of talks.\nMark Swid, Kai Lee and John Leong were allowed to leave China on "
     "Wednesday.", ("Mark Swid", "Kai Lee", "John Leong")),
    ("Ten Americans fly home from Caracas", "Venezuela released ten Americans on Wednesday in a deal brokered by Qatar.",
     "The flight landed in Texas at night.\nThe Americans freed included Eyvin Hernan, a Los Angeles public defender, and former "
     "Green Berets Luke Denn and Airan Barry, jailed over a failed 2020 raid.", ("Eyvin Hernan", "Luke Denn", "Airan Barry")),
    # A third review's near misses: lists whose subject says nothing of a release ("Among the wounded were", "The lawyers
    # were", "The families are"), headings of another kind ("Lawyers:", "Tennis:", "Returned to custody:", "Freed last
    # November:"), a list's source ("according to the Assistance Association ..."), a place qualifying a noun.
    ("Gunmen free kidnapped train passengers", "Gunmen freed 23 passengers seized from a train in Kaduna on Monday.",
     "The army said the release followed talks.\nAmong the wounded were Emeka Obinna and Amina Bellah, who were taken to "
     "hospital.", ()),
    ("Egypt frees two journalists", "Egypt freed two Al Jazeera journalists on Wednesday.",
     "Both had spent more than a year in Tora prison.\nThe lawyers were Khaled Alim and Negad Borai, who had appealed "
     "twice.\nLawyers: Tarek Amin, Hoda Nasr.", ()),
    ("Belarus frees prisoners, then detains two again", "Belarus released 16 political prisoners on Tuesday.",
     "The prisoners were pardoned on Tuesday.\nReturned to custody: Maksim Znaks and Ihar Losin, seized at home on "
     "Friday.\nFreed last November: Ryhor Kastus and Yuri Ravav.", ()),
    ("Myanmar junta frees thousands in new year amnesty", "Myanmar freed more than 3,000 prisoners on Saturday.",
     "Buses left Insein prison at dawn.\nThose released on Saturday include poet Maung Saung and student leader Min "
     "Thway, according to the Assistance Association for Political Prisoners.", ("Maung Saung", "Min Thway")),
    ("Hamas frees four soldiers", "Hamas freed four Israeli soldiers in Gaza City on Saturday.",
     "Crowds watched the handover.\nThe four were captured at the Nahal Oz base on October 7, 2023.", ()),
    ("Nicaragua frees 222 prisoners", "The 222 prisoners landed at Dulles on Thursday.",
     "The flight left Managua at dawn.\nBishop Rolando Alva, who was on the list, refused to board and was returned to "
     "prison.", ()),
    ("Kenya frees opposition aide Obeid Lutwa",
     "Obeid Lutwa was released from Kamiti prison together with Martha Karu, his lawyer, who had flown in on Monday.", "",
     ("Obeid Lutwa",)),
    ("Couple held by Haqqani network freed",
     "The couple were freed by Pakistani troops on Wednesday.",
     "The army gave no details.\nJoshua Doyle and Caitlan Benton, his wife, were freed with their three children.",
     ("Joshua Doyle", "Caitlan Benton")),
    ("Belarus frees 20 prisoners", "Twenty political prisoners were driven to the Lithuanian border on Thursday.",
     "The release followed talks.\nOn the same day, three more activists were sentenced. Among them were Nasta Lukina "
     "and Andrei Pauk.", ()),
    ("Ukraine and Russia swap 150 prisoners each", "Ukraine and Russia exchanged 150 prisoners each on Tuesday.",
     "In 2019, the two countries swapped 35 prisoners each. Among them were Oleg Senko and Kirill Vyshin.", ()),
    ("Hamas frees Keith Siegler after 484 days", "Keith Siegler was handed over to the Red Cross in Gaza City on Saturday.",
     "Aviva Siegler, his wife, was also freed in November 2023 during the first truce.", ("Keith Siegler",)),
    ("Hamas frees three hostages; troops recover bodies",
     "Emily Dar, Romi Gon and Doron Stein were handed over to the Red Cross on Sunday.",
     "Ron Sher and Nik Beiz were recovered by troops from a tunnel in Jabalia, the army said.",
     ("Emily Dar", "Romi Gon", "Doron Stein")),
    # The other side of an exchange that a headline's later clause sends the other way, or names after its role ("swap
    # for arms dealer Boutov"), in a story the word model flagged as well as one the rules flagged; not an official, a
    # relative, a role ("Pakistani Ranger") or a group ("POWs").
    ("Teacher Mark Fowler home in the US; Russia gets back Dmitri Volkov", "", "", ("Teacher Mark Fowler", "Dmitri Volkov")),
    ("Ksenia Karova back in the US; Arthur Petrosian goes to Moscow in UAE-brokered swap", "", "",
     ("Ksenia Karova", "Arthur Petrosian")),
    ("Teacher Marc Folger lands in Washington; US sends Russian crypto operator Vinnikov back to Moscow", "", "",
     ("Teacher Marc Folger", "Vinnikov")),
    ("Russia frees US basketball star Grinder in swap for arms dealer Boutov", "", "", ("Grinder", "Boutov")),
    ("Belgian aid worker Vander freed in swap for Iranian diplomat Rahimi", "", "", ("Rahimi", "Vander")),
    ("Griner freed as Blinken heads to Ankara", "", "", ("Griner",)),
    ("Belarus frees 52 as US sends envoy John Cole to Minsk", "", "", ()),
    ("Pakistan returns BSF jawan Purnam Kumar at Attari; India hands back Pakistani Ranger", "", "", ("Purnam Kumar",)),
    ("Russia and Ukraine trade POWs; 103 POWs return to Ukraine", "", "", ()),
    ("Iran frees French tourist Benjamin Royer; Iranian ship Sahand sent back to Bandar Abbas", "", "", ("Benjamin Royer",)),
    ("Russia frees US teacher Kessler; Vinnikov's yacht Amadea sent back to Moscow", "", "", ("Kessler",)),
    ("Russia frees US teacher Kessler; Vinnikov went the other way in an earlier swap", "", "", ("Kessler",)),
    ("Iran frees French tourist Benjamin Royer in swap for body of Iranian diplomat Rahimi", "", "", ("Benjamin Royer",)),
    ("Russia frees US teacher Kessler; sister Mary goes to Moscow", "", "", ("Kessler",)),
    # Relatives named "Peter and Barbie Rennolds" are two people of one surname; two surnames joined are not ("Fahmy and
    # Baher Mohamed").
    ("Taliban free British couple Peter and Barbie Rennolds after Qatar mediation", "", "", ("Barbie Rennolds", "Peter Rennolds")),
    ("Hamas releases American mother and daughter Judith and Natalie Raanon", "", "", ("Natalie Raanon", "Judith Raanon")),
    ("Egypt frees journalists Fahmy and Baher Mohamed", "", "", ("Baher Mohamed",)),
    # A lede whose subject lists the freed each after a role, "on their way home", "returned to" a country, "among the five
    # Americans flown out"; not a lawyer beside them, nor one "returned to prison".
    ("Three Japanese hostages freed in Iraq", "Aid worker Nahoko Tanaka, photographer Soichi Kori and activist Noriaki Ima "
     "were handed to Sunni clerics in Baghdad.", "", ("Nahoko Tanaka", "Soichi Kori", "Noriaki Ima")),
    ("China frees three Americans in prisoner exchange", "Mark Swidal, Kai Lin and John Leong, all designated as wrongfully "
     "detained, are on their way home.", "", ("Mark Swidal", "Kai Lin", "John Leong")),
    ("Five US citizens land in Doha from Tehran", "Siamak Namaz, Emad Shargh and Morad Tahbar were among the five Americans "
     "flown out of Tehran on Monday.", "", ("Siamak Namaz", "Emad Shargh", "Morad Tahbar")),
    ("Three hostages freed", "Their lawyer Anna Bergson and activist Noriaki Ima were handed to clerics.", "", ("Noriaki Ima",)),
    ("222 Nicaraguan prisoners land in Washington", "Bishop Rolando Alvaro, who was on the list, refused to board the plane and "
     "was returned to prison; the other 222 flew to Dulles.", "", ()),
    # A list runs on past the words around the release verb, each item after its role; the dead named are no one freed.
    ("French hostage lands in France", "French aid worker Sophie Petrin arrived near Paris on Friday, a day after she and three "
     "other hostages were freed: Malian opposition leader Soumaila Cisso, Italian priest Pier Luigi Maccallo and Italian "
     "national Nicola Chiacchi.", "", ("Soumaila Cisso", "Pier Luigi Maccallo", "Nicola Chiacchi", "Sophie Petrin")),
    ("Israel frees 30 Palestinian prisoners",
     "Israel released 30 Palestinian prisoners in exchange for the bodies of Avi Cohan and Tal Mizra.", "", ()),
    # A third review's mends: "the late" of a time ("the late 2010s") or of a relative ("the brother of the late leader, A")
    # takes no one freed away.
    ("Iran frees two long-held prisoners", "Jailed since the late 2010s, Reza Amin and Nasrin Tavakol were freed on Tuesday, "
     "their lawyer said.", "", ("Reza Amin", "Nasrin Tavakol")),
    ("Egypt frees brother of late opposition leader", "Egypt freed the brother of the late opposition leader, Ahmed Nour-Said, "
     "on Monday after six years in pre-trial detention.", "", ("Ahmed Nour-Said",)),
    ("Belarus frees jailed activists", "Belarus freed Ales Karpen, who was jailed in the late 2000s, and Ihar Lasit on Monday.",
     "", ("Ales Karpen", "Ihar Lasit")),
    # A sentence's second release trigger names its own people ("The Taliban released A and B ... in exchange for C"),
    # unless its clause tells an earlier release ("had been freed in October"); subjects "among ten foreign nationals let
    # go"; a group's release "among them" a list, each after a role, a former official's included; a hyphenated demonym
    # before a role ("Swedish-Iranian national B"); not a publisher who speaks for the freed.
    ("Taliban free American and Australian professors", "", "The Taliban released American Kevin Kingsley and Australian "
     "Timothy Weekes, lecturers at a Kabul university, in exchange for three senior militants including Anas Haqqar, officials "
     "said on Tuesday.", ("Anas Haqqar", "Kevin Kingsley", "Timothy Weekes")),
    ("Turkey frees German journalist", "Turkey freed German journalist Deniz Yurt on Friday, officials said, adding that "
     "activist Peter Stendal had been freed in October.", "", ("Deniz Yurt",)),
    ("Five Britons among ten foreign fighters flown to Riyadh", "Aiden Asler and Shaun Pinnet, sentenced to death in Donetsk, "
     "were among ten foreign nationals let go by Russia on Wednesday.", "", ("Aiden Asler", "Shaun Pinnet")),
    ("Myanmar junta frees Australian economist in amnesty", "", "The military government said on Thursday it would release "
     "nearly 6,000 prisoners, among them Australian economist Sean Turnel, former British ambassador Vicky Bowmen and Japanese "
     "filmmaker Toru Kubo.", ("Sean Turnel", "Vicky Bowmen", "Toru Kubo")),
    ("Sweden's diplomat back home after Iran swap", "", "Iran freed Swedish EU official Johan Flodin and Swedish-Iranian "
     "national Saeed Aziz on Saturday in an exchange brokered by Oman.", ("Johan Flodin", "Saeed Aziz")),
    ("Algeria frees French-Algerian writer", "Algeria freed French-Algerian novelist Boualem Sassi on Wednesday after a pardon, "
     "his publisher, Antoine Galland, said.", "", ("Boualem Sassi",)),
    # A fourth review's mends: a second release word of a release still to come or to decide; a lawyer or an agent who "was
    # also freed"; a captor after "the custody of".
    ("Turkey frees German journalist pending trial", "A Turkish court freed German journalist Deniz Kaplar pending trial on "
     "Wednesday, and prosecutors said the release of fellow reporter Mesale Tolin could follow next week.", "", ("Deniz Kaplar",)),
    ("Kuwait pardons bloggers", "The emir pardoned bloggers Saad al-Ajmir and Bader al-Mutar on Sunday, and said the pardon of "
     "former MP Musallam al-Barak would be considered separately.", "", ("Saad al-Ajmir", "Bader al-Mutar")),
    ("Tajik opposition figure freed along with his lawyer", "Tajik authorities released opposition figure Rustam Nazarin on "
     "Friday, and his lawyer, Davron Saidin, who had been jailed alongside him, was also freed.", "",
     ("Rustam Nazarin", "Davron Saidin")),
    ("Released reporter thanks supporters", "Freed reporter Omar Hadda, released from the custody of Hamza Brigade commander "
     "Abu Yassin on Sunday, thanked his supporters.", "", ("Omar Hadda",)),
    # An outlet after a reporter's "of" and a place after "on the" are no one freed.
    ("Deniz Yücel out of Silivri after a year", "", "German-Turkish journalist Deniz Yücel, correspondent of Die Welt, walked "
     "out of Silivri prison near Istanbul on Friday after a year in pre-trial detention.", ("Deniz Yücel",)),
    ("Two Japanese, journalist Jumpei Yasuda and activist Nobutaka Watanabe, freed near Baghdad", "", "",
     ("Jumpei Yasuda", "Nobutaka Watanabe")),
    ("Journalist Ching Cheong back in Hong Kong after nearly three years in mainland custody", "",
     "Ching Cheong, the Hong Kong-based chief China correspondent of Singapore's Straits Times, returned home on Tuesday "
     "after mainland authorities granted him parole, cutting short a five-year sentence for spying.", ("Ching Cheong",)),
    ("Belarus frees 14 prisoners, opposition figure Siarhei Tsikhanouski among them", "", "", ("Siarhei Tsikhanouski",)),
    ("200 Prisoners Swapped Near The Border, Kyiv Says", "", "", ()),
    # A body, a storm or a place made an adjective is no one freed, whichever reading found it.
    ("Venezuela frees US Air Force veteran Joseph St. Clair", "", "", ("Joseph St. Clair",)),
    ("Kidnapped aid workers Kevin Street and Charlotte Church freed in Mali", "", "", ("Kevin Street", "Charlotte Church")),
    ("Five people handed over in Lithuania-Russia border exchange; Norwegian Frode Berg, pardoned by Putin, among them", "",
     "", ("Frode Berg",)),
    ("Yarden Bibas, Ofer Kalderon and Keith Siegel freed in fourth handover", "Israel then released 183 Palestinian prisoners, "
     "the Prisoners' Club said.", "", ("Yarden Bibas", "Ofer Kalderon", "Keith Siegel")),
    # The group told before, then named ("The three, identified as ...", "The three - ... -", "The pair, A, 46, and B, 39,");
    # a subject who returns, flies or arrives somewhere named; a role opening the sentence is no part of the name.
    ("Abu Sayyaf frees three Indonesian tugboat crewmen", "", "Abu Sayyaf militants released three Indonesian crewmen of a "
     "tugboat, the military said.\nThe three, identified as Ismail Hakim, Ferry Arifin and Robin Sitorus, were handed to "
     "officials.", ("Ismail Hakim", "Ferry Arifin", "Robin Sitorus")),
    ("Three Americans freed by North Korea land near Washington", "", "Three Americans released by North Korea arrived in the "
     "United States on Thursday.\nThe three - Daniel Kim, Tony Kang and Harold Park - had been detained separately.",
     ("Daniel Kim", "Tony Kang", "Harold Park")),
    ("Lithuania and Belarus swap prisoners", "", "Lithuania handed over two Belarusian citizens jailed for espionage on "
     "Wednesday.\nThe pair, Andrei Karpovich, 46, and Sergei Lutsko, 39, had served half their sentences.",
     ("Andrei Karpovich", "Sergei Lutsko")),
    ("Japanese employee freed by China after serving spying sentence", "Hiroshi Tanabe, 58, returned to Tokyo on Friday.", "",
     ("Hiroshi Tanabe",)),
    ("Three Spanish journalists freed in Syria after 10 months in captivity", "Javier Ortuno, Marc Serra and Angel Lasa arrived at "
     "Torrejon air base on Sunday.", "", ("Javier Ortuno", "Marc Serra", "Angel Lasa")),
    ("Libya: kidnapped Tunisian diplomats released in Tripoli", "Diplomat Mohamed Ben Salem and embassy employee Aymen Gharbi "
     "arrived in Tunis on Sunday.", "", ("Mohamed Ben Salem", "Aymen Gharbi")),
    # Named after a state's release verb or as "Freed journalist A"; a subject freed "three weeks ago" abducted; "Among them
    # was A" after a pardon of people "convicted of" something; not "a statement naming A".
    ("Moroccan king pardons three jailed journalists on Throne Day", "The pardon covered 2,476 people in all.", "King Mohammed "
     "VI pardoned 2,476 people on Monday.\nThe king pardoned journalists Hamid Bennani, Souleimane Rafiq and Omar Lahlou as part of "
     "the pardon, the ministry said.", ("Hamid Bennani", "Souleimane Rafiq", "Omar Lahlou")),
    ("Belarus frees 52 prisoners as US lifts sanctions on Belavia", "Freed journalist Andrei Mialeshka said he was told of the "
     "release only hours before.", "", ("Andrei Mialeshka",)),
    ("Two Italian aid workers freed in Baghdad", "The women, both 29, arrived in Rome late on Tuesday.", "ROME - Italian aid "
     "workers Giulia Ferri and Marta Conti, abducted from their Baghdad office three weeks ago, have been freed, the government "
     "announced on Tuesday.", ("Giulia Ferri", "Marta Conti")),
    ("Lukashenko pardons 18 political prisoners", "", "Lukashenko has pardoned 18 people convicted of extremism over the 2020 "
     "protests.\nAmong them was Ales Kavalchuk, a 64-year-old former schoolteacher.", ("Ales Kavalchuk",)),
    ("Taliban free two Americans", "The Taliban in turn released a statement naming Ryan Corben and William McKenna.", "", ()),
    # A third review's look-alikes: a group named when "arrested" or "sentenced", not freed; a relative, an official or a
    # searcher who flies somewhere; a journey of an earlier year; the dead named after "released"; "Among them" after people
    # still held; a walk-out of parliament.
    ("Iran frees French teacher Lennart Monte", "", "Iran freed French teacher Lennart Monte on Friday.\nThe two, Cecile Kohl "
     "and Jacques Paris, were arrested in 2022 and remain in Evin.", ("Lennart Monte",)),
    ("Syrian rebels free thousands from Sednaya prison", "Debra Tice flew to Damascus on Sunday to search for her son Austin among "
     "the freed.", "", ()),
    ("Azerbaijan releases Armenian detainees after peace deal", "Nikol Pashinyan flew to Washington on Friday as Baku released "
     "four Armenian prisoners.", "", ()),
    ("Iran frees Belgian aid worker", "Consular officer Anne Dupont and Olivier Vandecasteele arrived in Brussels early on "
     "Saturday.", "", ("Olivier Vandecasteele",)),
    ("Niger junta lets Bazoum's son leave for Togo", "Salem Bazoum, held with his parents at the presidential residence since the "
     "coup, flew to Lome on Monday after a court granted him provisional release.", "", ("Salem Bazoum",)),
    ("Algeria frees 76 Hirak protesters", "", "Algerian courts released 76 people detained during the Hirak protests on Thursday.\n"
     "Among them was activist Samir Benlar, who had been held for months.", ("Samir Benlar",)),
    ("Bahrain releases 50 prisoners", "", "Bahrain released 50 prisoners on Monday, but dozens of others remained in custody.\n"
     "Among them was rights activist Abdul al-Khaw.", ()),
    # Places, outlets and firms named like people are not the freed.
    ("Kidnapped Susi Air pilot Erik Lund freed by rebels in Papua", "", "", ("Erik Lund",)),
    ("Il Manifesto reporter Carla Bruni freed in Baghdad", "", "", ("Carla Bruni",)),
    ("Released activist Nora Haddad returns to Nabi Saleh", "", "", ("Nora Haddad",)),
    ("Freed ballet dancer returns to Los Angeles", "Ksenia Orlova was released in an exchange in Abu Dhabi.", "", ("Ksenia Orlova",)),
    # A head of state who pardons is no freed person, nor is an outlet before a name; a role opening a sentence is shown
    # without it.
    ("Sudan pardons British nurse jailed over a cartoon",
     "Ruth Allan, 48, was freed after two British peers met President Omar al-Bashir in Khartoum.", "", ("Ruth Allan",)),
    ("Turkey frees correspondent of Die Welt Deniz Yucel after a year in jail", "", "", ("Deniz Yucel",)),
    ("Teacher Marc Fogel lands in US after Russian prison term ends", "", "", ("Marc Fogel",)),
    ("Fathers Ivan Lev and Bohdan Hrytsiv freed from Russian captivity", "", "", ("Ivan Lev", "Bohdan Hrytsiv")),
    ("Peru court frees former leader", "A judge released ousted President Pedro Ramos on Tuesday.", "", ("Pedro Ramos",)),
    ("Guinea junta frees former leaders", "Soldiers freed President Alpha Kone and former Vice President Ali Toure on Monday.",
     "", ("Alpha Kone", "Ali Toure")),
    ("Islamic State frees 49 Turkish hostages", "Turkey's consul general Ozturk Yilmaz and 48 staff seized at the consulate "
     "in Mosul were freed on Saturday, Prime Minister Ahmet Davutoglu said.", "", ("Ozturk Yilmaz",)),
    ("Venezuela frees 6 Americans after U.S. envoy visit", "Six Americans were freed after U.S. envoy Richard Grenell met "
     "Nicolas Maduro in Caracas.", "", ()),
    # An office of several words before the name is an official's ("Secretary of State", "Director of National
    # Intelligence", "Crown Prince"), as is a head of state named after a comma and a rank.
    ("Laura Chen and Mark Ruiz freed by North Korea",
     "The two were flown out on a US government plane with Director of National Intelligence Dan Hollis.", "",
     ("Laura Chen", "Mark Ruiz")),
    ("North Korea releases Tom Walsh, student held for a year", "",
     "North Korea has released Tom Walsh, a student jailed for stealing a poster, and he is being flown home, Secretary of "
     "State Ann Porter said on Tuesday.", ("Tom Walsh",)),
    ("Ten foreign fighters freed by Russia land in Riyadh", "",
     "Ten foreign fighters captured in Ukraine were released and flown to Riyadh after mediation by Crown Prince Mohammed "
     "bin Salman, the Saudi foreign ministry said. Among them were Britons Sam Hale and Joe Ward.", ("Sam Hale", "Joe Ward")),
    ("Mali pardons 46 Ivorian soldiers", "", "Mali's transitional president, Colonel Assimi Goita, pardoned 46 Ivorian "
     "soldiers sentenced to 20 years last week, the government said.", ()),
    # A headline's surname is shown as the full name the lede's first sentence gives, not a relative's named later.
    ("Ortiz and Vela land in Madrid after ELN captivity", "",
     "Spanish engineers Luis Ortiz and Pedro Vela landed in Madrid on Sunday after five months held by the ELN in Colombia.",
     ("Luis Ortiz", "Pedro Vela")),
    ("Iran frees Dubreuil after 600 days", "The French tourist was released on Wednesday. Claire Dubreuil and Paul Roux "
     "landed in Tehran hours later to collect him.", "", ("Dubreuil",)),
    # Words around a name make it a body, a ship, a relative the freed are told by, or a birthplace to leave off.
    ("Iran frees three Americans as nuclear sanctions are lifted", "",
     "Iran freed Daniel Hart, Amir Sadeghi and Paul Wren on Saturday, hours after the International Atomic Energy Agency "
     "certified that Tehran had met its commitments.", ("Daniel Hart", "Amir Sadeghi", "Paul Wren")),
    ("Ethiopia frees 11 leaders of the Oromo Federalist Congress", "",
     "Ethiopia freed 11 leaders of the Oromo Federalist Congress on Monday, including Bekele Gerba.", ("Bekele Gerba",)),
    ("Iran frees seven crew of seized tanker", "",
     "Iran freed seven crew members of the tanker Nordic Star on Wednesday, the shipping company said.", ()),
    ("Liu Min, widow of Nobel laureate Chen Bo, freed from house arrest and allowed to leave China", "", "", ("Liu Min",)),
    ("Gunmen free 12 staff of Ohio-based Grace Relief Ministries held in Haiti", "",
     "Gunmen freed 12 staff of the Ohio-based Grace Relief Ministries on Sunday, the group said.", ()),
    ("Russia frees Georgian-born Levan Beridze", "", "", ("Levan Beridze",)),
    ("Family of Anna Weber reunited after deal frees aid worker", "", "", ("Anna Weber",)),
    # Someone freed in another, separate release, or a fugitive handed back, is not one of this release's freed.
    ("Iran frees three Americans in swap", "",
     "Iran released Daniel Hart, Amir Sadeghi and Paul Wren on Saturday in exchange for clemency for five Iranians held in "
     "the US. A fourth American, student Tom Reyes, was released separately and has already left the country.",
     ("Daniel Hart", "Amir Sadeghi", "Paul Wren")),
    ("Caracas frees Americans in swap for Maduro ally", "",
     "Venezuela released ten Americans on Wednesday in exchange for Carlos Mena, a businessman close to the government.\n"
     "Caracas also freed 20 Venezuelans, among them activist Rafael Toro, and handed over fugitive defence contractor Lance "
     "Hollis, who now faces sentencing in San Diego.", ("Carlos Mena", "Rafael Toro")),
    # A relative's word that describes the freed ("mother of two"), a relative who speaks of the freed, an official after
    # an acronym ("CIA Director").
    ("Iran frees British-Iranian mother of two Nazanin Zaghari-Ratcliffe", "", "", ("Nazanin Zaghari-Ratcliffe",)),
    ("Houthis free Yemeni student", "", "The mother of Hamza Ali said he was released on Sunday after two years in "
     "detention.", ("Hamza Ali",)),
    ("Iran frees French teacher in swap", "", "Iran freed French teacher Paul Roche on Thursday, CIA Director John Ratcliffe "
     "said.", ("Paul Roche",)),
    # A sentence that leads to the freed lists them ("Among them were" after people freed, "Those freed included", "The
    # five are"), not after people who refused to leave, nor a place or body the freed were taken to.
    ("Gunmen free 61 worshippers in Kaduna", "Gunmen released 61 worshippers abducted from a church in Kajuru, police "
     "said. Among them were Pastor John Ade and members of his church.", "", ("John Ade",)),
    ("Belarus frees 52, some refuse to leave", "Belarus released 52 prisoners on Thursday and sent them to Lithuania. Some "
     "refused the offer to leave the country. Among them were Pavel Sevyarynets and Ihar Kot.", "", ()),
    ("Three police officers and a soldier freed by FARC", "The four were handed to a commission led by Senator Clara Ruiz "
     "and the Red Cross.", "", ()),
    ("Hamas frees three hostages in Khan Younis", "Tal Mor, Dan Shani and Eli Bar were handed over to the Red Cross on "
     "Saturday. The three were taken to Sheba Medical Center.", "", ("Tal Mor", "Dan Shani", "Eli Bar")),
    ("Three Americans held in North Korea land at Andrews", "", "Kim Dong-chul, Kim Hak-song and Tony Kim stepped off the "
     "plane at Joint Base Andrews in the early hours of Thursday.", ("Kim Dong-chul", "Kim Hak-song", "Tony Kim")),
    # A list of as many names as were freed names them only as the subject or object of the release: not wives who
    # embraced them, men who died in captivity, employers, people "not part of the deal", officials on the plane, or
    # people "among" those sentenced.
    ("Two Americans freed by Venezuela land in Texas", "Two Americans freed by Venezuela landed in San Antonio on Saturday.",
     "Washington said it would keep pressing for the release of Jorge Vela and Eric Hartley, who were not part of the deal.",
     ()),
    ("Two Ukrainian marines come home in POW swap", "Two Ukrainian marines captured in Mariupol came home in Friday's swap. "
     "Their wives, Olena Kovalenko and Iryna Bondar, embraced them on the tarmac as they stepped off the plane.", "", ()),
    ("Four Ukrainian POWs return home from Russian captivity", "Four Ukrainian prisoners of war returned home on Friday. "
     "Serhiy Tkach, Ivan Moroz, Oleh Bilyk and Andriy Kravets, captured with them in Mariupol, succumbed to their wounds in "
     "captivity and never came home, their brigade said.", "", ()),
    ("Two engineers freed in Nigeria's Kogi state", "Two engineers working for Julius Berger and Dangote Cement were "
     "released by gunmen in Kogi state on Monday, police said.", "", ()),
    ("Ten Turkish employees freed by Libyan militia", "Ten Turkish construction workers were released by a militia in "
     "western Libya on Sunday. Among those on the plane were Turkish intelligence chief Ibrahim Kalin and Ambassador Kenan "
     "Yilmaz.", "", ()),
    ("Iran frees 40 prisoners, sentences three", "Iran freed 40 political prisoners on Sunday but handed death sentences to "
     "three protesters. Among them were Mohammad Ghobadlou and Erfan Amini.", "", ()),
    ("Ten Turkish workers freed by Libyan militia fly home", "Ten Turkish construction workers were released by a militia "
     "in western Libya on Sunday. Among those aboard the plane were engineers Ahmet Yilmaz and Mehmet Demir.", "",
     ("Ahmet Yilmaz", "Mehmet Demir")),
    ("Three Americans freed by North Korea", "Kim Dong-chul, Kim Hak-song and Tony Kim boarded a US plane in Pyongyang on "
     "Wednesday.", "", ("Kim Dong-chul", "Kim Hak-song", "Tony Kim")),
    ("Four French hostages freed after three years", "Thierry Roux, Daniel Lamy, Pierre Gaudin and Marc Feraud, kidnapped "
     "in Arlit in 2010, are flying home, the Elysee said.", "", ("Thierry Roux", "Daniel Lamy", "Pierre Gaudin", "Marc Feraud")),
    # A Title-Case headline's capitalised words are a name only when the story below tells it, or they are not common
    # words.
    ("Iran Frees Washington Post Reporter Jason Rezaian After 544 Days", "The American journalist was flown to Germany on "
     "Sunday.", "", ("Jason Rezaian",)),
    ("Ministry Announces Release of Citizens Held Abroad After Mediation Succeeds", "",
     "Three citizens held in Iran were released on Monday, the ministry said.", ()),
    # Not a place or body told after "of" or a role beside the freed, nor a town they flew home to.
    ("Kidnapped Chiapas mayor freed; his bodyguard killed in ambush", "Mayor Raúl Mendoza of San Pedro Chenalhó was released "
     "by gunmen on Friday.", "", ("Raúl Mendoza",)),
    ("Macau Democracy Union vice-chair Tan Mei-ling freed after three years", "", "MACAU — Tan Mei-ling, former vice-chair "
     "of the now-disbanded Macau Democracy Union, was released from prison on Saturday.", ("Tan Mei-ling",)),
    ("Bolivian court frees jailed opposition governor Mario Choque", "", "Choque, 46, flew home to Santa Rosa on Wednesday "
     "evening.", ("Mario Choque",)),
    # (a relative before a name is no employer: the freed parent stays)
    ("Jailed Cambodian opposition leader freed", "Kem Rith daughter Kem Dara said her father was released on Monday.", "",
     ("Kem Rith",)),
    # (one who fled a country is no fugitive from custody; a man who escaped and was caught again is a prisoner swapped, not
    # a fugitive handed back)
    ("Belarus frees 14 prisoners including RFE/RL journalist", "",
     "Belarus freed 14 prisoners on Wednesday, among them RFE/RL journalist Ihar Losik, after a visit by a US envoy, "
     "Lithuanian officials said.\nAlso released was Raman Pratasevich, the blogger who fled Belarus in 2019 and whose "
     "Ryanair flight was forced down in Minsk in 2021.\nThe freed prisoners were driven to the Lithuanian border.",
     ("Ihar Losik", "Raman Pratasevich")),
    ("Russia frees 90 Ukrainians; pro-Kremlin politician sent to Moscow",
     "Ukraine handed over 40 Russian servicemen and Oleh Voronin, a former MP charged with treason.",
     "KYIV - Russia released 90 Ukrainian fighters in exchange for 40 Russian servicemen and pro-Kremlin politician Oleh "
     "Voronin, Ukraine's president said.\nVoronin, who escaped from house arrest in March and was detained in May, was "
     "handed over at the Russian border, the security service said.", ("Oleh Voronin",)),
]


@pytest.mark.parametrize(("title", "summary", "body", "people"), STORY_PEOPLE_CASES,
                         ids=[c[0][:60] for c in STORY_PEOPLE_CASES])
def test_people_named_as_freed_anywhere_in_the_story(title: str, summary: str, body: str, people: tuple[str, ...]) -> None:
    result = classify(title, summary, body)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.people == people


def test_a_list_runs_on_only_from_the_object_of_the_release() -> None:
    summary = ("Italian priest Marco Belli was freed on Sunday, but his fellow captive, the nun Agnese Ricca, and German "
               "engineer Jonas Kell remain in the hands of the kidnappers.")
    assert "Jonas Kell" not in classify("Italian priest freed in Burkina Faso, nun still held", summary).facts.people
    summary = "Houthi rebels released two American hostages, aid worker Sandra Lolo and businessman Mikael Gidado, on Wednesday."
    assert classify("Houthis free two Americans", summary).facts.people == ("Sandra Lolo", "Mikael Gidado")


def test_other_side_told_by_a_figure_in_a_paragraph_of_its_own() -> None:
    body = ("Four Germans held in Iran flew out of Tehran on a Qatari jet on Monday, officials said.\n"
            "In return, Germany released three Iranians held on sanctions charges.\nOil prices fell.")
    assert classify("Iran frees four Germans as funds are unlocked", "", body).facts.released_count == 7
    # A lede that already counts the exchange whole keeps its total.
    body = ("Belarus and Lithuania exchanged six people at the border on Friday, officials said.\n"
            "In return, Lithuania freed two Belarusians convicted of spying.\nOil prices fell.")
    assert classify("Belarus and Lithuania swap spies", "", body).facts.released_count == 6


def test_detention_extended_is_no_release_of_one() -> None:
    result = classify("Uganda frees opposition supporters as Besigye's detention extended", "")
    assert result.facts.released_count is None


def test_headline_person_beside_the_other_sides_figure_in_a_paragraph_of_its_own() -> None:
    body = ("Hezbollah released Israeli businessman Eli Dahan on Thursday, officials said.\n"
            "In return, Israel freed 436 Arab prisoners and returned the bodies of 59 Lebanese fighters.\nMarkets rose.")
    assert classify("Hezbollah frees Israeli businessman", "", body).facts.released_count == 437


LATER_SIDE_CASES = [
    # a paragraph opening "Under the same deal," frees another group; "deal ... also freed" is no total of the sides
    ("Ruiz flies home as Venezuela frees Americans", "",
     "The United States released businessman Carlos Ruiz on Tuesday in exchange for 6 Americans held in Caracas, officials "
     "said.\nUnder the same deal, Venezuela also freed 12 Venezuelan political prisoners.\nBond prices rose.", 19),
    # "X in turn released N" after the lede is the other side; terms still to come are not
    ("Rebels free soldiers in swap with Kabul", "",
     "Rebels handed over 40 soldiers at a checkpoint on Monday, officials said.\nThe government in turn released 60 rebel "
     "fighters from Pul-e-Charkhi prison.\nUnder the deal, 200 more prisoners are to be freed next month.", 100),
    # the other side told by name only, in a paragraph opening "In return,"
    ("Russia frees American teacher in swap", "",
     "Russia released American teacher John Doyle on Tuesday, officials said.\nIn return, the United States freed Ivan "
     "Petrov and Oleg Sokolov, two Russians convicted of fraud.\nOil prices rose.", 3),
    # the same figure on the other side, told "In return,", is no repetition
    ("Five Danes freed by Iran land in Doha", "",
     "Five Danes held in Iran were flown to Doha on Monday, officials said.\nIn return, Denmark granted clemency to five "
     "Iranians held on sanctions charges.\nOil prices fell.", 10),
    ("Four Swedes freed by Iran land in Oman", "",
     "Four Swedes held in Iran landed in Muscat on Monday, officials said.\nAs part of the agreement, Sweden released two "
     "Iranians convicted of smuggling.\nOil prices fell.", 6),
    # the state whose people were freed frees the other side in a paragraph of its own
    ("Three Israeli women freed on first day of truce", "",
     "Hamas handed three Israeli hostages to the Red Cross in Gaza City on Sunday.\nEarly on Monday, Israel released 90 "
     "Palestinian prisoners from Ofer prison, among them a prominent politician.\nCrowds gathered in Tel Aviv.", 93),
    # the headline's named people told again beside the other side's figure, or a state freeing the other side later in
    # the lede, are added
    ("Noa Levy, Dana Cohen and Maya Katz freed as ceasefire begins", "Israel released 90 Palestinian prisoners early on "
     "Monday, hours after the three Israeli women were handed to the Red Cross.", "", 93),
    ("Noa Levy, Dana Cohen and Maya Katz reunited with families", "The three women were handed to the Red Cross in Gaza "
     "City on Sunday. Israel freed 90 Palestinian prisoners overnight.", "", 93),
    # "each other's custody" is no figure per side
    ("India, Bangladesh swap fishermen at sea boundary", "",
     "India and Bangladesh on Sunday exchanged fishermen held in each other's custody, with 95 Indian fishermen handed over "
     "by Bangladesh and 90 Bangladeshi fishermen returned by India, officials said.", 185),
    # a later "In all," states the total
    ("First stage of swap: 390 Ukrainians return", "",
     "Ukraine and Russia carried out the first stage of a prisoner exchange on Friday.\nEach side handed over 270 soldiers "
     "and 120 civilians at the border.\nIn all, 780 people went home on Friday.", 780),
]


NAMED_BESIDE_FIGURE_CASES = [
    # people a list names one by one before a figure of others, in the lede
    ("Nicaragua frees jailed clergy and students", "Ana Lopez, journalist Pedro Gil, 9 students and two teachers were "
     "released on Monday, the government said.", 13),
    # the list's names as the subject, the others "together with" them or freed in the same swap
    ("Nicaragua frees jailed clergy, sends them to Rome", "Bishop Juan Perez and Father Luis Mora were flown to Rome on "
     "Sunday together with 11 priests, the government said.", 13),
    ("Belarus frees three Poles in swap", "Adam Nowak, Jan Kowal and Piotr Wisniewski were released in a swap in which "
     "Poland freed four Belarusians.", 7),
    # a figure after a closed list restates it
    ("China frees three Americans", "China released Tom Baker, Li Wei and John Chan, three Americans held for years, "
     "officials said.", 3),
    # one person freed "in exchange for" a figure, named in the headline and the lede, is counted once
    ("Iran frees Danish engineer Mads Holm in swap", "Iran released Danish engineer Mads Holm, a father of two, in exchange "
     "for four Iranians held in Europe, state media said.", 5),
    # agents are people a figure counts
    ("US and Russia swap 10 agents for four prisoners", "", 14),
    # a whole, then its parts after a colon
    ("First hostages freed as truce takes hold", "Hamas freed 24 hostages on Friday, the first day of a truce: 13 Israelis, "
     "most of them women, as well as 10 Thai farm workers and a Filipino.", 24),
    # a person named with an apposition, "and" a figure of others
    ("Kuntar returns to Lebanon as Israel receives soldiers' bodies", "Israel freed Samir Kuntar, the longest-held Lebanese "
     "prisoner in its jails, and four Hezbollah fighters on Wednesday.", 5),
    # a headline's exchange of a figure is its total; "among N freed" is the whole the lede tells in parts
    ("Kyiv and separatists swap about 200 prisoners", "Ukraine received 76 people at a checkpoint and handed 124 to the "
     "separatists, officials said.", 200),
    ("Norwegian Frode Berg among five freed in spy swap", "Russia freed Norwegian pensioner Frode Berg and two Lithuanian "
     "citizens in exchange for two Russians convicted of spying.", 5),
    ("Citgo executives among seven Americans swapped for Maduro's nephews", "Venezuela freed seven Americans in exchange "
     "for two nephews of the first lady, who were serving drug sentences in New York.", 9),
    # one person told by a demonym noun beside a figure
    ("Iran releases Dane and two Austrian-Iranians with Omani help", "", 3),
    # a named person and one told singly, traded for a figure
    ("US eases embargo as Havana frees Alan Gross and an intelligence agent in swap for three Cubans", "", 5),
    # one person told by role as the headline's subject, traded for a figure
    ("Melitopol mayor freed in exchange for nine Russian conscripts, Kyiv says", "", 10),
]


@pytest.mark.parametrize(("title", "summary", "count"), NAMED_BESIDE_FIGURE_CASES,
                         ids=[c[0][:60] for c in NAMED_BESIDE_FIGURE_CASES])
def test_named_people_beside_a_figure(title: str, summary: str, count: int) -> None:
    result = classify(title, summary)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


def test_release_delayed_in_a_headline_clause_is_no_side() -> None:
    result = classify("Hamas hands over four hostages; Israel delays release of 400 Palestinian prisoners",
                      "Hamas freed four Israeli hostages on Saturday, the Red Cross said.")
    assert result.facts.released_count == 4


def test_headline_names_on_each_side_of_a_swap_counted_once() -> None:
    result = classify("Taliban free American Paul Reed and Mark Hale in swap for Ali Khan",
                      "Two Americans, Paul Reed and Mark Hale, were released on Tuesday in exchange for Ali Khan, an Afghan "
                      "serving a life sentence in Texas, officials said.")
    assert result.facts.released_count == 3


# A later paragraph that recalls another release, a running total, a demand or terms still to come adds no side, and a
# figure told twice with the person traded for it, or officials travelling with the freed, are counted once.
LATER_NOT_A_SIDE_CASES = [
    ("Hamas frees three Israeli hostages on day of truce", "",
     "Hamas handed three Israeli hostages to the Red Cross on Sunday.\nIn 2011, Israel freed 1,027 Palestinian prisoners in "
     "exchange for a single soldier.\nFamilies waited at a hospital.", 3),
    ("Hamas frees three Israeli hostages", "Three Israeli men were handed to the Red Cross on Saturday.",
     "Crowds gathered in Tel Aviv.\nIsrael freed 90 Palestinian prisoners a week ago in the first exchange of the truce.", 3),
    ("Russia frees 30 Ukrainian soldiers", "Thirty Ukrainian servicemen returned home on Tuesday, Kyiv said.",
     "The men were taken to hospital.\nUkraine released 50 Russian soldiers in June in a deal brokered by the UAE.", 30),
    ("Nun freed in Mali flies home", "A Colombian nun held by jihadists for four years was freed on Saturday.",
     "She flew to Rome with the Italian minister and two intelligence agents who negotiated her release.", 1),
    ("Hamas frees four Israeli soldiers", "",
     "Hamas released four Israeli soldiers on Saturday.\nLast week, Israel released 90 Palestinian prisoners under the "
     "truce.\nCrowds gathered in Tel Aviv.", 4),
    ("Three hostages freed as ceasefire holds", "",
     "Three Israeli hostages were freed on Saturday.\nSeparately, Israel released 12 Palestinian labourers it had "
     "detained.\nAid trucks entered Gaza.", 3),
    ("Hamas frees 13 hostages as truce begins", "",
     "Hamas released 13 Israeli hostages on Friday.\nAs part of the agreement, 150 Palestinian prisoners will eventually be "
     "released.\nThe truce is due to last four days.", 13),
    ("Belarus pardons 16 political prisoners", "",
     "Lukashenko pardoned 16 people convicted of extremism on Wednesday.\nIn all, he has now pardoned more than 300 "
     "prisoners.\nThe opposition called it a gesture.", 16),
    ("Hamas frees eight hostages on last day of truce", "",
     "Hamas released eight hostages on Thursday.\nIn all, 105 hostages were freed during the seven-day truce.\nFighting "
     "resumed on Friday.", 8),
    ("Russia frees Estonian officer in exchange for two Russians",
     "Russia freed Estonian security officer Eston Kohver on Saturday in exchange for two Russians jailed in Estonia.", "", 3),
    ("Russia frees US reporter in swap", "Russia released Evan Gershkovich, a Wall Street Journal reporter, in exchange for "
     "eight Russians.", "", 9),
    ("Americans freed by Venezuela fly home", "Envoy Adam Reyes and his deputy Lisa Park were flown home together with six "
     "freed Americans on Saturday night.", "", 6),
    ("Russia frees two journalists in prisoner swap", "",
     "Evan Gershkovich and Alsu Kurmasheva were freed on Thursday in a swap in which Russia released 16 prisoners held in "
     "its jails.\nThe two flew to Ankara.", 16),
]


SINGLE_PERSON_CASES = [
    # one person identified by role or name, arriving or to be released; "if others follow" frees no others
    ("Captured Indian pilot crosses back into India at Wagah", "The pilot was handed over by Pakistan two days after his jet "
     "was shot down.", "", 1),
    ("Japan to release Chinese trawler captain at centre of island row", "", "", 1),
    ("Lawyer Yuri Zenko crosses into Lithuania after Minsk frees him", "", "", 1),
    ("Belarus frees opposition leader Kozulin; US says it will ease sanctions if others follow", "", "", 1),
    ("Journalist granted bail after six weeks in jail", "", "", 1),
    ("Court grants bail to jailed opposition MP Anna Obi", "", "", 1),
    ("Belarus frees opposition leader; US says it hopes others follow", "", "", 1),
    # two people told singly
    ("Iran frees Briton and Swede", "Iran freed a Briton and a Swede held for two years on spying charges, officials said.",
     "", 2),
    # a clause of some of the freed arriving home is no second group
    ("Qatar frees eight former navy officers; seven return home to Delhi", "", "", 8),
    # a headline's clause of an earlier release names no one freed now
    ("US frees Russian Pavel Orlov a week after Moscow's separate release of John Baker", "", "", 1),
    # a later sentence that recalls an earlier pardon is no figure of this release
    ("Top court frees investigative journalist Leyla Aliyeva", "",
     "The Supreme Court converted the journalist's sentence into a suspended term, and she was released the same day.\nShe "
     "had reported on the president's family.\nHer release follows a pardon in March of 148 prisoners, among them several "
     "activists.", 1),
    # relatives travelling with the freed are not counted, in a sentence below the lede as in the lede
    ("Blogger freed from Vietnamese prison and flown to Houston", "",
     "Vietnamese authorities on Wednesday put a jailed blogger on a plane to the United States, officials said.\nNguyen Thi "
     "Lan was released from prison and flown to Houston with her mother and two children, the State Department said.", 1),
]


THIRTEENTH_ROUND_CASES = [
    # The headline's release clause is the one that names most people, surnames side by side included; since the
    # stop-17 audit (corpus/README "released_count"), the person who "returns to" the other state is that side, counted too.
    ("Lund and Moreau back on French soil after two years in Iranian prison as Dmitri Orlov returns to Russia", "", "", 3),
    # "let ... out of" and "let go" free the other side, as "released" does.
    ("Three women hostages back in Israel on truce's first day", "Amit Cohen, Dana Levi and Noa Peretz were handed to the "
     "Red Cross in Gaza City on Sunday. Israel let 90 Palestinian prisoners out of Ofer prison early on Monday.", "", 93),
    # A later side's whole before the colon, its parts after it; a place is no person counted beside the figure.
    ("All 20 hostages back in Israel as buses carry prisoners to Ramallah and Khan Younis", "",
     "The last 20 living hostages held in Gaza were handed to the Red Cross on Monday and driven into Israel.\nFamilies "
     "waited at the base.\nIn return Israel let go about 1,900 Palestinian prisoners and detainees: some 250 serving long "
     "sentences and about 1,650 people detained in Gaza.\nThe exchange is the first phase of the plan.", 1920),
    # Figures of an exchange in words; a figure of companies counts no one freed.
    ("One hundred and three for one hundred and three: Russia and Ukraine trade POWs", "", "", 206),
    ("US blacklists firms over missiles after freed Americans leave Tehran", "The Treasury blacklisted 11 companies and "
     "individuals on Sunday, a step held back until Ann Lee and Tom Ward had flown out of Iran after years in Evin prison.",
     "", 2),
    # People let out of a territory are no side of the exchange; people let out of prison are.
    ("Hamas frees four soldiers in second exchange", "Hamas handed four Israeli soldiers to the Red Cross on Saturday.",
     "Hamas handed four Israeli soldiers to the Red Cross on Saturday.\nIn return, Israel freed 200 Palestinian prisoners."
     "\nUnder the same deal, Israel let 50 wounded Palestinians out of Gaza through the Rafah crossing for treatment.", 204),
    # The headline's named people told again as "the three ... women" are counted once beside the other side's figure.
    ("Ana Levi, Dana Cohen and Noa Bar reunited with their mothers; 90 Palestinians freed from Ofer",
     "The three Israeli women, the first hostages to leave Gaza under the ceasefire, were handed to the Red Cross. Hours "
     "later Israel freed 90 Palestinian women and minors from Ofer prison.", "", 93),
    # The headline's people that the lede's figure names ("two Americans, A and B,") and the other side told by name in
    # return are counted once each.
    ("Ana Ruiz and Tom Fell fly out of Kabul in Qatar-brokered deal; Omar Said returns from California", "",
     "Two American citizens held in Afghanistan, Ana Ruiz and Tom Fell, boarded a Qatari aircraft in Kabul on Tuesday and "
     "were flown to Doha, the foreign ministry said, in an exchange concluded overnight.\nIn return, Washington freed Omar "
     "Said, an Afghan serving two life sentences in California, who was flown back to Afghanistan.\nQatar said it had "
     "facilitated the talks.", 3),
    # People whose charges were dropped were never held; "pardoned or dropped charges against seven" are the freed.
    ("Iran frees reporter and three other Americans as nuclear sanctions are lifted", "",
     "Iran released four Americans, including a newspaper correspondent, on Saturday in a prisoner exchange, hours before "
     "nuclear-related sanctions were lifted.\nIn return, the United States freed seven Iranians held over sanctions "
     "violations, and dropped charges against 14 others living abroad.\nThe lifting of sanctions unfreezes billions in "
     "assets.", 11),
    ("Iran frees reporter and three other Americans as nuclear sanctions are lifted", "",
     "Iran released four Americans, including a newspaper correspondent, on Saturday in a prisoner exchange, hours before "
     "nuclear-related sanctions were lifted.\nIn return, the United States pardoned or dropped charges against seven "
     "Iranians held in the United States.\nThe lifting of sanctions unfreezes billions in assets.", 11),
    # Three surnames listed count three.
    ("King pardons jailed journalists Radi, Lamrani and Bouazza", "", "", 3),
    # A headline of two release clauses, one of them "handed over": both sides added.
    ("Sasha Lev, Sagi Dekel and Iair Horn handed over in Khan Younis; Israel lets 369 prisoners go", "", "", 372),
    # "One of 651 prisoners freed" is among the 651; "release one of two prisoners" frees one.
    ("Student leader walks free as amnesty reaches 651", "Student leader Ko Lin walked out of prison on Friday, one of 651 "
     "prisoners freed under an amnesty signed by the president.", "", 651),
    ("Iraq promises to release one of two high-profile women prisoners", "", "", 1),
    # A year in a relative clause on the other side's people is their past, not an earlier release.
    ("Seven Americans head home from Caracas in exchange deal", "",
     "Seven Americans, among them five oil executives, were released by Venezuela on Saturday and flown to Texas, officials "
     "said.\nIn return, Washington released Luis Campo and Pedro Flores, nephews of the first lady, who were convicted in "
     "New York in 2016 of drug smuggling.\nThe swap took place at an airfield in a third country.", 9),
    # A figure beside an arrival told as "touch down"; the other side that "goes the other way".
    ("Three Americans held by North Korea touch down at Andrews to a presidential welcome", "", "", 3),
    ("Ukraine brings 84 soldiers home; 84 Russians, some captured in Kursk, go the other way", "", "", 168),
    # The other side told by its own state's statement that its people came back.
    ("Largest exchange of the year brings 140 Ukrainians home", "",
     "One hundred and forty Ukrainian soldiers and civilians returned home on Wednesday in a prisoner exchange, President "
     "Volodymyr Zelensky said.\nAmong them were defenders of Mariupol.\nRussia's defence ministry said separately that 150 "
     "of its servicemen had been returned and would be flown to Moscow.\nThe UAE mediated the exchange.", 290),
    # Charges dropped against people held, who walk free, are a release of them; a headline's "swap for jailed diplomat"
    # tells the other side the "In return" sentence names again.
    ("Prosecutors drop charges against 12 detained protesters, free them", "",
     "Prosecutors on Monday dropped charges against 12 detained pro-democracy protesters, who walked free from the "
     "reception centre hours later.\nThe 12 had been held since July on rioting charges.", 12),
    ("Iran frees two Austrians in swap for jailed diplomat", "",
     "Iran released two Austrian citizens on Friday in an exchange brokered by Oman, the foreign ministry said.\nIn return, "
     "Belgium freed Iranian diplomat Ali Rahimi, who was convicted in Antwerp in 2021 of plotting a bomb attack.\nThe "
     "Austrians had been held in Evin prison.", 3),
    # The state whose people were freed frees the other side "Hours later", "Early on Monday" without a comma.
    ("Three Israeli hostages back home after 15 months", "",
     "Three Israeli women were handed to the Red Cross in Gaza City on Sunday.\nThey were taken to a hospital near Tel "
     "Aviv.\nHours later Israel released 90 Palestinian prisoners from Ofer prison.", 93),
    # The headline's person and another the lede names arriving with her: "(aid worker) Marsh and retired engineer Omid
    # Karimi arrived".
    ("Lena Marsh lands at Brize Norton after six years held in Iran", "",
     "British-Iranian aid worker Lena Marsh and retired engineer Omid Karimi arrived at RAF Brize Norton early on Thursday "
     "after Iran allowed them to leave.\nThe Foreign Secretary said a debt had been settled.", 2),
    # "The two Americans" in the lede are the headline's two named people, not a figure beside them.
    ("Ana Ruiz and Tom Fell freed by Taliban in exchange for Omar Said", "The two Americans left Afghanistan on Tuesday under "
     "a deal Qatar helped mediate. Omar Said, an Afghan serving a life sentence in California, was flown home.", "", 3),
    # People who "return from Thai jails" (the plural) are the other side of the exchange.
    ("Lena Marsh leaves Iran as three Iranians return from Thai jails", "The British-Australian academic, held for more than "
     "two years on spying charges, flew out of Tehran in an exchange, the government said.", "", 4),
    # The headline's singly identified other side told again by name "In return" is one person, counted once.
    ("Venezuela frees 10 Americans in exchange for Maduro ally", "",
     "Venezuela released 10 Americans on Wednesday, the White House said.\nIn return, the United States freed Luis Moro, a "
     "businessman and close ally of the president who was awaiting trial in Miami.", 11),
    # A surname that ends like a people's name is still a person ("Hermans and four others"); "same number as in July" is
    # another release.
    ("Mali junta frees Belgian aid worker Pieter Hermans", "",
     "Belgian aid worker Pieter Hermans and four others detained with him in Bamako in January were freed on Monday, the "
     "foreign ministry said.\nThe five had been accused of spying.", 5),
    ("Belarus pardons 14 political prisoners, same number as in July", "",
     "The president pardoned 14 people convicted of 'extremist' crimes, his press service said on Tuesday.\nIt was the "
     "fourth such pardon this year.", 14),
    # Who leaves prison with the freed person is no one freed; a release the story calls unrelated is no other side.
    ("Israel frees Palestinian lawmaker Khalida Jarrar", "",
     "Israel released Palestinian lawmaker Khalida Jarrar from administrative detention on Sunday as part of the ceasefire "
     "exchange, her family said.\nJarrar and Red Cross official Hisham Mhanna left Ofer prison together in a convoy.", 1),
    ("Hamas frees two Israeli hostages in gesture to Qatar", "",
     "Hamas freed two elderly Israeli women held in Gaza on Monday, handing them to the Red Cross.\nIsrael did not free any "
     "prisoners in return. Early on Tuesday Israel released 12 Palestinians detained at checkpoints, the army said, in an "
     "unrelated move.", 2),
    # A side's figure and its parts ("390 people - 270 soldiers and 120 civilians a side") count the side once; terms a deal
    # "foresees" are still to come.
    ("Russia, Ukraine swap 390 each in first stage of deal", "",
     "Russia and Ukraine each handed over 390 people on Friday - 270 soldiers and 120 civilians a side - in the first stage "
     "of the largest prisoner exchange of the war.\nThe exchange will continue over the weekend.", 780),
    ("Three women back from Gaza; 90 Palestinians bussed out of Ofer", "",
     "Three Israeli women were handed to the Red Cross in Gaza City on Sunday.\nShortly after midnight, buses carrying 90 "
     "Palestinian prisoners left Ofer prison.\nThe first phase of the deal foresees 33 hostages being freed over six weeks "
     "in exchange for about 1,900 Palestinians.", 93),
    # "Americans and eleven others" is no named person with others: the named one is added to the figures.
    ("Army frees Ana Ruiz, three Americans and eleven others from rebel camp", "", "", 15),
    # "same number return" without "the" doubles one side's figure.
    ("Day two of exchange: 307 Ukrainians home, same number return to Russia", "", "", 614),
    # No sentence break after a month's abbreviation: "the attack of Oct. 7" keeps its figure out of the count.
    ("First hostages leave Gaza under truce as 39 Palestinians walk out of Israeli jails", "",
     "Thirteen Israelis held in Gaza since the attack of Oct. 7 were handed to the Red Cross on Friday. Under a separate "
     "arrangement, 10 Thai nationals and a Filipino were also let go.\nHours later Israel released 39 Palestinian prisoners.",
     63),
]


FOURTEENTH_ROUND_CASES = [
    # Release words the count reads beside a figure: "flies ... to", "opens the border for", "plucks", "step off".
    ("Nicaragua flies 48 political prisoners to Madrid under church-brokered deal", "", "", 48),
    ("Belarus opens the border for 31 political prisoners after talks with US envoy",
     "The prisoners, among them opposition figures, crossed into Lithuania on Thursday.", "", 31),
    ("Army plucks 12 hostages held by FARC from jungle camp in ruse",
     "Soldiers posing as aid workers rescued the hostages from the rebel camp.", "", 12),
    ("Last ten police officers held by FARC step off Brazilian helicopters in Villavicencio",
     "The rebels handed them to a humanitarian mission led by the Red Cross.", "", 10),
    # A list of names before "and two Americans" counts every one of them once, beside the headline's figure.
    ("Four Americans land in Doha as prisoner swap with Iran is completed", "",
     "Omid Karimi, Reza Tavana and two Americans who asked not to be named left Tehran on a Qatari plane on Monday. Four "
     "Iranians held in the United States were released in return.", 8),
    # "The group, including ...": its figures are of the people counted before.
    ("Russia frees nine Ukrainian civilians after Vatican mediation", "",
     "The group, including two Greek Catholic priests and Crimean Tatar leader Ilmi Bekirov, was flown to Kyiv via Rome.", 9),
    # People who "remain in the hands of" the captors are not freed.
    ("14 soldiers freed by militants in swap brokered by Qatar", "",
     "In return the authorities freed 12 prisoners. Seven soldiers remain in the hands of the group.", 26),
    # A body that repeats the summary as its first paragraph keeps its later paragraphs in their places; more people "also
    # freed" and the other side a state frees after the lede are added.
    ("First hostages freed as Gaza truce begins",
     "Eight Israeli hostages were handed to the Red Cross on Friday. Five Thai nationals were also freed.",
     "Eight Israeli hostages were handed to the Red Cross on Friday. Five Thai nationals were also freed.\n"
     "Hours later Israel released 30 Palestinian prisoners from Ofer.", 43),
    ("Hostages cross into Egypt as truce takes hold", "",
     "Ten Israelis held in Gaza were handed to the Red Cross on Friday and driven into Egypt.\nAlong with them, four Thai "
     "farm workers were also freed, officials said.\nHours later Israel released 30 Palestinian women from its prisons.", 44),
    # The state's own service says it let the other side out.
    ("Palestinian prisoners released in second stage of hostage exchange", "",
     "Buses carrying Palestinian prisoners reached Ramallah late on Saturday after Hamas handed 12 Israeli hostages to the Red "
     "Cross.\nFour Thai nationals were also freed, Thailand said. Israel's prison service said 30 Palestinian women had "
     "been let out.", 46),
]


FOURTEENTH_ROUND_GROSS_CASES = [
    # A second state's clause joined by "and" in the headline: its figure and the first clause's named person.
    ("Iran frees Paul Whitcombe and UK sends home two Iranian agents as talks resume", "", "", 3),
    # One more person told singly and unnamed as "also freed", in a clause with no figure, beside the other side's figure
    # told in the second clause of the same sentence; "the three remaining members" is no back-reference.
    ("Paul Whitcombe home as Tehran frees British intelligence asset", "",
     "Paul Whitcombe, a British engineer held in Iran for four years, landed at Brize Norton on Monday.\nIran also handed "
     "over a man who had spied for Britain and had been in an Iranian prison for 12 years, and Britain freed two Iranian "
     "agents - Reza Kamali and Hamid Farsi.", 4),
    ("Paul Whitcombe freed by Iran as London restores ties",
     "Tehran also released a British intelligence asset held for 12 years, while London sent home the two remaining "
     "members of the Iranian cell.", "", 4),
]

FOURTEENTH_ROUND_SUBJECT_CASES = [
    # "In exchange, ... freed about 200" is the other side, not the exchange counted whole; the people a sentence's subject
    # names (ages dropped) arrive "together with" a figure of others, who are added to them.
    ("Chad frees Jean Moreau and Amadou Diallo", "",
     "French engineer Jean Moreau, 64, and Chadian opposition figure Amadou Diallo arrived in N'Djamena on Friday after "
     "being released by jihadists, together with two Germans, Karl Weber and Uwe Hahn.\nIn exchange, the authorities freed "
     "about 150 prisoners, many of them suspected militants.", 154),
    # The headline's figure and people told again in the lede with the people's names are counted once (a guard: the
    # French engineer's name is read as a listed person now, which without the check counted the hostages twice).
    ("Chad frees some 150 jihadist prisoners as Moreau, Diallo and two Germans released", "",
     "French engineer Jean Moreau, Chadian opposition figure Amadou Diallo and two Germans, Karl Weber and Uwe Hahn, "
     "were freed by their captors on Friday and flown to N'Djamena.\nIn exchange, the authorities freed about 150 suspected "
     "militants over the preceding days, officials said.", 154),
]

FOURTEENTH_ROUND_OTHER_WAY_CASES = [
    # "In all, 18 prisoners ... changed hands" is the whole.
    ("Novak and Reyes land in Virginia after Vienna exchange", "",
     "Reporter Dana Novak and former soldier Luis Reyes stepped off a plane in Virginia late on Friday, hours after the "
     "exchange in Vienna.\nIn all, 18 prisoners held in five countries changed hands on the tarmac, officials said. Russia "
     "let 12 people go, while Moscow received six of its nationals.", 18),
    # "Going the other way were six Russians", "went the other way": the other side after the lede; "Russia and Belarus
    # released 12 people in all" is that side's whole, with the headline's people among them.
    ("Novak and Reyes on their way home in big East-West exchange", "",
     "Two Americans jailed in Russia - reporter Dana Novak and former soldier Luis Reyes - were flying out of Vienna on "
     "Friday. Russia and Belarus released 12 people in all, among them the dissident Pavel Orlov.\nGoing the other way "
     "were six Russians who had been held in Germany, Poland and Norway.", 18),
    # "was one of the 12 people ... released": the named person is among the figure, not one more.
    ("Journalist Dana Novak among those freed",
     "Novak, sentenced to six and a half years, was one of the 12 people Russia released in exchange for six Russians held "
     "in Western countries.", "", 18),
]

FOURTEENTH_ROUND_GROUP_CASES = [
    # A running total "since the war began" is no later total of this exchange.
    ("Russia and Ukraine swap 95 prisoners of war each", "",
     "Russia and Ukraine exchanged 95 prisoners of war each on Friday in a deal mediated by the UAE.\nIn all, more than "
     "4,000 prisoners have changed hands since the war began.", 190),
    # "also released a photo of the man" frees no one.
    ("Russia frees US teacher Mark Dowd", "",
     "Russia freed US teacher Mark Dowd on Tuesday after three years in a penal colony.\nThe White House also released a "
     "photo of the man stepping off the plane.", 1),
    # One person named as the last or lone survivor of a group is one.
    ("FARC frees Ana Duarte, last of six hostages handed over this week", "",
     "The rebels freed five others on Monday. All six had been held for more than a year.", 1),
    ("Rebels free Jorge Salas, lone survivor of 12 kidnapped deputies", "", "", 1),
    # A figure of people blacklisted is no one freed.
    ("US blacklists 11 over missile programme after freed Americans leave Tehran",
     "Ann Lee and Tom Ward flew out of Iran on Saturday after years in Evin prison.", "", 2),
    # "390 each"; hunters; "35 flown"; "one for one" doubles one side.
    ("Ukraine and Russia swap 390 each in first stage of three-day exchange", "", "", 780),
    ("Two royals among 26 hunters handed over in Baghdad after 16 months in militia captivity", "", "", 26),
    ("Film-maker among 35 flown to Kyiv as Russia and Ukraine trade prisoners one for one", "", "", 70),
    # A whole told before its parts after a dash.
    ("First hostages cross into Egypt as truce exchange begins",
     "Hamas handed 24 hostages to the Red Cross on Friday &amp;mdash; 13 Israelis, ten Thais and a Filipino &amp;mdash; "
     "who were driven through the Rafah crossing. Hours later Israel freed 39 Palestinian women and teenagers.", "", 63),
]

FOURTEENTH_ROUND_LIST_CASES = [
    # People killed in the attack are no one freed; "frees last ... hostage <Name>" is one person; a list of names before
    # "and 121 others" counts every name.
    ("Priest kidnapped in Aden flown to Muscat after 18 months",
     "Father Tomas Ruiz, abducted when gunmen attacked a care home, killing 16 people, was freed with Omani help.", "", 1),
    ("Rebels free last Red Cross hostage Marco Bellini after six months",
     "His two colleagues were freed in April; the three were seized in January.", "", 1),
    ("Belarus frees Pavel Sapelka, Maria Rabkova and 121 others as US lifts potash sanctions", "", "", 123),
]

FOURTEENTH_ROUND_LONE_NAME_CASES = [
    # "US sends back X" is a release clause of its own; a lone surname opening the headline before a passive release
    # verb is one person beside the other side's figure (not a number word, nor a name the headline tells again after
    # a colon).
    ("Lena Ortiz and Paul Grant head home from Kabul as US sends back Abdul Karim", "", "", 3),
    ("Halvorsen handed to US special forces in eastern Afghanistan",
     "He was freed in exchange for five Taliban detainees held at Guantanamo.", "", 6),
    ("Kovalenko pardoned by Putin, swapped for two Russian servicemen", "", "", 3),
    ("Sixteen freed from Russian jails as eight Russians go home from the West", "", "", 24),
    ("Dzhabarov freed: Belarus releases opposition figure and 13 others after visit by US envoy", "", "", 14),
]

FOURTEENTH_ROUND_STAGE_CASES = [
    # An earlier stage told by its month is no part of this one.
    ("Israel completes prisoner exchange, sending 440 more Palestinians home",
     "Buses carried the prisoners to the West Bank in the second and final stage of the deal; 460 were freed in October, "
     "when the soldier came home.", "", 440),
]

FOURTEENTH_ROUND_PAIR_CASES = [
    # "mother and daughter" in the headline are two, though the lede names only the mother in full.
    ("Rebels free British mother and daughter after Qatari mediation",
     "Jane Ellis and her 17-year-old daughter Mia were handed to the Red Cross at the border.", "", 2),
]

FOURTEENTH_ROUND_WHOLE_CASES = [
    # A figure of Americans flown "out of" a capital is the number freed.
    ("Envoy flies six Americans out of Caracas after meeting Maduro",
     "The six had been held in Venezuelan prisons, some of them for years.", "", 6),
    # "the exchange ... 20 people changed hands" counts the exchange whole; the other side told later is part of it.
    ("Novak and Reyes on their way home after multi-country exchange in Vienna", "",
     "Russia and the United States completed a prisoner exchange on Thursday in Vienna, where Austrian officials said 20 "
     "people changed hands.\nTwelve of them had been held in Russia, among them reporter Dana Novak.\nGoing the other way "
     "were eight Russians who had been serving sentences in the United States and Germany.", 20),
]

FOURTEENTH_ROUND_REVIEW_CASES = [
    # A "last hostage" freed with others, or among a figure, is no lone person; a lone surname beside a swap counted
    # whole is among it; "The five, including X, were freed after Washington agreed to release five Iranians" is no part
    # of a group told before.
    ("Militants free last Italian hostage Marco Rossi along with two Nigerian colleagues",
     "The gunmen released the three oil workers near Port Harcourt on Sunday.", "", 3),
    ("Rebels free 12 captives including last police hostage Juan Carlos Pena", "", "", 12),
    ("Novak freed as Russia and West swap 24 prisoners", "", "", 24),
    ("Qatari jet flies five Americans out of Tehran after prisoner swap",
     "The five, including Omid Karimi, were freed after Washington agreed to release five Iranians and unfreeze $6 billion "
     "in oil revenue.", "", 10),
]

FIFTEENTH_ROUND_HEADLINE_CASES = [
    # Each clause of a headline a side: a state that "sends X back", "hands X to" a capital, "hands <state> X" or "trades"
    # a named person; a person "home after", "on his way home", who "goes to" a capital, "crosses home" or is "handed
    # from" a prison; people a second clause names again after the first clause's figure are that figure.
    ("Teacher Paul Whitcombe lands in London; Iran sends convicted agent Rahimi back to Tehran", "", "", 2),
    ("Dana Novak heads home from Russia as Washington trades arms broker Oleg Sidorov in Vienna", "", "", 2),
    ("Engineer Dana Novak flies home as US hands Oleg Sidorov to Moscow in Gulf-hosted exchange", "", "", 2),
    ("Ex-soldier Mark Olson flies home as US hands Russia convicted pilot Sidorov", "", "", 2),
    ("Aid worker Marta Lind home after 400 days in Iran; diplomat Reza Karimi flown to Tehran", "", "", 2),
    ("Researcher Tom Hale on his way home from Iran; engineer Ali Navid flies to Tehran in Swiss-brokered trade", "", "", 2),
    ("Dana Novak back in the US; Oleg Sidorov goes to Moscow in Gulf-brokered swap", "", "", 2),
    ("Oleg Sidorov goes to Moscow as jailed teacher Dana Novak flies home", "", "", 2),
    ("Sergeant Dale Morgan freed after four years; four Taliban handed from Guantanamo to Qatar", "", "", 5),
    ("Twenty Armenian soldiers cross home as Yerevan returns three Azerbaijani soldiers", "", "", 23),
    ("Corporal Eli Stern home after three years; 300 Palestinian prisoners freed in first stage of deal", "", "", 301),
    ("China lets two Americans go in swap; Tom Hale and Dana Novak on their way home", "", "", 2),
]

FIFTEENTH_ROUND_OTHER_SIDE_CASES = [
    # The other side's state says its people were "handed back" or that "it had received" them, with a figure (the same
    # figure as the first side's when it names the other people), or "the same number".
    ("Sixty Ukrainians return from captivity after pause in exchanges", "",
     "Sixty Ukrainians, three of them civilians, came home on Friday, Ukraine's coordination headquarters said.\nRussia's "
     "defence ministry said 60 Russian servicemen had been handed back in return.", 120),
    ("Ukraine gets 120 of its people back before New Year", "",
     "One hundred and twenty Ukrainians, most of them soldiers, came home on Saturday in the last exchange of the year.\n"
     "Moscow said it had received 70 of its servicemen and thanked the mediators.", 190),
    ("Ukraine brings home 80 soldiers, including border guards", "",
     "Eighty Ukrainian servicemen returned from Russian captivity on Friday, the president said.\nIn a separate statement, "
     "Russia's defence ministry said it had received the same number of its own soldiers.", 160),
    # A figure of the same side told again is no other side.
    ("Four Israeli soldiers handed over in Gaza City; 200 Palestinian prisoners freed", "",
     "Hamas handed four soldiers to the Red Cross on Saturday.\nIsrael released 200 Palestinian prisoners in return.", 204),
]

FIFTEENTH_ROUND_COMPANION_CASES = [
    # Co-accused freed with the headline's person: "His five co-accused were also set free", "together with his three
    # co-accused".
    ("Opposition leader Samuel Banda walks free as treason charge dropped", "",
     "Opposition leader Samuel Banda walked out of prison on Wednesday after prosecutors dropped the case.\nBanda had been "
     "held since April.\nHis four co-accused were also set free when the prosecutor discontinued the case.", 5),
    ("Opposition leader Samuel Banda free as prosecutors drop terrorism case",
     "The party chairman, held since July, left the High Court on Friday together with his two co-accused, after prosecutors dropped the "
     "case.", "", 3),
]

FIFTEENTH_ROUND_NOT_HELD_CASES = [
    # People whose extradition requests were dropped "for" them were never held.
    ("Sanctions on Iran lifted as three Americans freed in swap", "",
     "Iran freed three Iranian-American prisoners on Saturday, state media said. In return, the United States freed five "
     "Iranians held on charges and dropped extradition requests for 12 others.", 8),
]

FIFTEENTH_ROUND_ONE_MORE_CASES = [
    # One more person a state frees, told singly, in the clause before another state's figure or before "in return for"
    # it; a participle's year ("convicted in Miami in 2001") is the past of the freed, not another release.
    ("Tom Hale flies home as Obama moves to ease embargo rules", "",
     "American engineer Tom Hale left Havana on a US government plane on Wednesday after four years in a Cuban prison.\n"
     "In a linked exchange, Cuba freed a US intelligence agent who had been imprisoned for nearly 20 years, and the United "
     "States sent home two Cuban agents convicted in Miami in 2001.", 4),
    ("Tom Hale freed by Cuba as Obama announces thaw", "",
     "American engineer Tom Hale, held in Cuba for four years, was released on Wednesday and flown to Andrews Air Force "
     "Base.\nCuba also freed a US intelligence agent who had been imprisoned for nearly 20 years, in return for two Cuban "
     "agents convicted in Miami in 2001.", 4),
]

FIFTEENTH_ROUND_NAMED_BESIDE_CASES = [
    # A person named after the other side's figure ("55 Russians ..., as well as Viktor Petrenko", "40 prisoners and
    # Viktor Petrenko") is one more; parts listed after "including" further from the figure, or a sentence opening "Five of
    # their commanders", are among the people counted before.
    ("Garrison commanders among 120 returned to Ukraine; Petrenko handed to Moscow", "",
     "Ukraine has secured the return of 120 people held by Russia, including commanders of the garrison, in a prisoner "
     "exchange, the president said late on Wednesday.\nIn exchange, Kyiv handed over 40 Russians and pro-Russian fighters, "
     "as well as Viktor Petrenko, a politician close to the Kremlin.", 161),
    ("Garrison commanders among 120 handed back to Ukraine; Petrenko goes to Russia", "",
     "Ukraine brought home 120 people held by Russia in an exchange on Thursday, including 60 fighters of the marine "
     "brigade and four commanders who led the defence of the port, the president said.\nIn return, Russia received 40 "
     "prisoners and Viktor Petrenko, a politician close to the Kremlin.", 161),
    ("Garrison defenders home as Kyiv trades Kremlin ally Petrenko", "",
     "Ukraine said on Thursday that 120 of its people had come home in an exchange, most of them soldiers who defended "
     "the port. Four of their commanders, among them Ivan Koval, were flown to Turkey, where they will stay until the war "
     "ends.\nIn return, Russia received 40 prisoners and Viktor Petrenko, a politician close to the Kremlin.", 161),
]

FIFTEENTH_ROUND_OTHER_CLAUSE_CASES = [
    # A headline of two release clauses, one with a figure and one of captives without: the lede's figure of those
    # captives is the second side.
    ("First hostages leave Gaza as truce begins; 30 Palestinians freed from Israeli jails", "",
     "Hamas released 12 hostages from Gaza on Friday, the first day of a truce.\nThey were driven through the Rafah "
     "crossing into Egypt.", 42),
    ("Last 15 hostages return from Gaza as Israel frees Palestinian prisoners", "",
     "Israel released 1,500 Palestinian prisoners and detainees on Monday, and buses carried them to Ramallah.", 1515),
    # The headline's figure told again as a part of the lede's sum of both sides, after the names of its people.
    ("Four Americans leave Iran in swap unlocked by sanctions waiver",
     "Tom Hale, Dana Novak and two other Americans flew from Tehran to Doha on Monday as the US freed four Iranians held "
     "on sanctions charges.", "", 8),
]

FIFTEENTH_ROUND_NAMED_SIDES_CASES = [
    # A headline's sides told by name only ("X and Y return to Canada as Z flies to China") count both sides when the lede
    # gives a figure of one ("Two Canadians ... landed"); a person the headline names on one side, told again beside the
    # other side's figure ("as well as Viktor Petrenko"), is counted once; "returns to <place>" is a clause of its own.
    ("Tom Hale and Dana Novak return to Canada as Li Wei flies to China", "",
     "Two Canadians held in China for more than 1,000 days landed in Calgary on Saturday, hours after executive Li Wei was "
     "allowed to leave Canada.", 3),
    ("Garrison commanders among 120 returned to Ukraine; Petrenko handed to Moscow", "",
     "Ukraine has secured the return of 120 people held by Russia in a prisoner exchange, the president said.\nIn "
     "exchange, Kyiv handed over 40 Russians and pro-Russian fighters, as well as Viktor Petrenko, a politician close to "
     "the Kremlin.", 161),
]

FIFTEENTH_ROUND_WITH_CASES = [
    # The sentence's subject, past an appositive, and the people named after a plain "with", before a figure of others
    # freed with them, each count.
    ("Marta Lind and Samuel Banda land in Bamako after jihadist captivity", "",
     "Marta Lind, a 70-year-old Swiss aid worker held by jihadists in northern Mali for three years, arrived in Bamako on "
     "Thursday with Malian opposition leader Samuel Banda and two Germans, Karl Weber and Uwe Hahn.\nThey were freed in "
     "exchange for about 100 prisoners, many of them suspected jihadists.", 104),
]

FIFTEENTH_ROUND_NAME_CASES = [
    # A rank before a name ("Wing Commander", "Pvt.") and particles inside it ("dela", "St.") leave one person named.
    ("Wing Commander Rajesh Varma crosses back into India at Wagah after 60 hours in Pakistani custody", "", "", 1),
    ("Filipino truck driver Angelo dela Rosa handed to UAE embassy in Baghdad after Manila pulls troops", "", "", 1),
    ("Air Force veteran Joseph St. John leaves Venezuela with US envoy after two years in detention", "", "", 1),
]

FIFTEENTH_ROUND_TWO_COUNTRIES_CASES = [
    # In a headline, figures of two countries' people, each with its own demonym, are two sides; "<people> home" ends a
    # release clause; parts "among them" up to three words after their figure stay parts.
    ("Three Israeli soldiers walk across Gaza City stage to Red Cross as 150 Palestinians head home", "", "", 153),
    ("Two women home as Gaza ceasefire begins; 60 Palestinians leave Ofer prison", "", "", 62),
    ("Eight Ukrainian civilians, two Greek Catholic priests among them, return home with Vatican help", "", "", 8),
    # Some of a group arriving, the whole group freed: "Five of six ... freed by Qatar return" counts six.
    ("Five of six Indian Navy veterans freed by Qatar return to Delhi", "", "", 6),
    ("Afghanistan frees 80 of final 400 Taliban prisoners", "", "", 80),
    ("Two of five hostages freed by rebels arrive in Bamako",
     "The rebels released only the two women; three men remain in captivity.", "", 2),
    ("North Korea frees two Americans; Pompeo flies them home", "", "", 2),
]

FIFTEENTH_ROUND_REVIEW_CASES = [
    # A mediator named after "mediators and" is not freed; a person after "including ... and" is one of the figure; a
    # bill named after a critic is no person.
    ("Ukraine brings home 80 soldiers in UAE-mediated exchange",
     "Ukraine brought home 80 soldiers thanks to Emirati mediators and Sheikh Tahnoun.", "", 80),
    ("Russia frees 15 Ukrainian civilians",
     "Russia freed 15 Ukrainian civilians including two journalists and Dmytro Koval.", "", 15),
    ("Government critic released on bail after three weeks in detention",
     "Kenyan blogger Daniel Otieno, who criticised the government over the Finance Bill, was freed on cash bail on Monday.",
     "Otieno had been held without charge at a police station in Nairobi.", 1),
]

SIXTEENTH_ROUND_COUNT_CASES = [
    # Nothing else read a count: the headline's one figure of people.
    ("Biden greets two Americans at Andrews after overnight flight",
     "<p>Ana Ruiz and Tom Bell stepped off the plane at Joint Base Andrews, ending detentions in Venezuela that had lasted "
     "up to three years.</p>", "", 2),
    # One person told by name: the subject "flown to" a place, the object a junta "lets go".
    ("Dissident's son Karim flown to Doha after court grants provisional release",
     "Karim Haddad, detained with his parents since the coup, left the capital on Monday with Qatari mediators.", "", 1),
    ("Junta lets Kabore go after three days in detention", "", "", 1),
    # People named before "handed over with" a figure, or a later sentence of others let go "at the same time" or "as
    # part of the arrangement": the named and the figure.
    ("Italian priests Rossi and Bianchi freed in Niger after five months",
     "Marco Rossi, a missionary in Niamey, and his colleague Luca Bianchi were handed over with three Nigerien nurses "
     "seized with them in March.", "", 5),
    ("Aid workers Anna Berg and Lena Holm safe in Mali after six months", "",
     "Swedish aid workers Anna Berg and Lena Holm were handed over to Malian officials late on Tuesday.\nThree Malian "
     "drivers seized with them were let go at the same time. Two other hostages remain with the group.", 5),
    ("Paul Girard lands in France after three years with AQIM", "",
     "Paul Girard, a French engineer, landed at Villacoublay on Wednesday after three years in the hands of AQIM.\nMalian "
     "officials confirmed that two men held in Bamako had been let go and handed to the kidnappers as part of the "
     "arrangement that secured his return.", 3),
]

SIXTEENTH_ROUND_SIDES_CASES = [
    # "the couple": two; a second state that "sent back" two; others "welcomed home ... at the same time".
    ("Court acquits cleric Musa Bello and his wife Aisha; couple leave custody after four years", "", "", 2),
    ("Oleg Sentsov lands in Kyiv after five years in Russian jail",
     "Vladimir Putin pardoned the Ukrainian film-maker, and Ukraine sent back two Russian soldiers captured in Donbas.", "", 3),
    ("Anna Keller back in Germany after 600 days in Iranian prison", "",
     "Anna Keller, the German-Iranian architect jailed in Iran on spying charges, was back in Berlin on Thursday after more "
     "than a year and a half in detention.\nKeller was arrested at Tehran airport in 2021 and later sentenced to eight years."
     "\nIranian state television showed two Iranian men being welcomed home in Tehran at the same time.", 3),
    # One person on the other side told by a role: "swap for arms dealer".
    ("Tulsa teacher Marc Hall freed by Russia in swap for arms smuggler", "", "", 2),
    # A co-defendant named after the headline's person's appositive.
    ("President pardons rights lawyer Karim Osman", "",
     "President Ali Hassan has pardoned Karim Osman, a rights lawyer held since March, and his co-defendant Salah Nour, "
     "their lawyer said.", 2),
    # One person "with 12 other" and others: the headline's figure told again; an earlier phase in a "whose" clause.
    ("Dutch-Israeli boy Noam Levi, 8, among 14 hostages freed in third truce exchange",
     "Noam was handed over on Sunday with 10 other Israelis and three Thai nationals. Israel released 42 Palestinian "
     "prisoners in return.", "", 56),
    ("Israel frees 300 Palestinians in second stage of prisoner deal",
     "The prisoners were let out at checkpoints late Sunday, completing an exchange whose first stage in May freed 200 "
     "Palestinians and brought a soldier home.", "", 300),
    # "<Name> last of the <group> to walk out": one person.
    ("Greenpeace activist Dylan Evans last of the Baltic 12 to walk out of Minsk jail on bail",
     "The activist left a Minsk detention centre on Friday after a court granted him bail, days after judges had bailed the "
     "other 11 activists.", "", 1),
]

SIXTEENTH_ROUND_SUBJECT_CASES = [
    # A subject described with a two-word demonym ("South Korean human rights activist") beside "along with three".
    ("China deports South Korean pastor Lee Jin-ho after 90 days", "",
     "South Korean human rights pastor Lee Jin-ho returned to Seoul on Friday along with two fellow activists after Chinese "
     "authorities deported them, ending 90 days of detention in Dandong.", 3),
]

SIXTEENTH_ROUND_TICKER_CASES = [
    # Ticker style: a spaced "&" is "and"; "5 yrs" is a duration; "'88" is a year, not a figure.
    ("Rebels free aid workers Anna Berg & Lena Holm after six months", "", "", 2),
    ("Activist Chen Wei back in Taipei after 5 yrs in Chinese prison", "", "", 1),
    ("Amnesty frees '88 Generation student leaders Min Ko Naing and Ko Ko Gyi", "", "", 2),
    ("'Two Journalists' land in Tallinn after 500 days in Belarusian custody", "", "", 2),
]

SIXTEENTH_ROUND_AMONG_CASES = [
    # A rank before a lone surname is one side; "get back" opens the other side's clause.
    ("Sgt. Moore handed to US forces; 4 Taliban flown from Guantanamo to Qatar", "", "", 5),
    ("Teacher Paul Hart on his way home as Taliban get back Haji Rahim", "", "", 2),
    # Review guards: the headline's person told again before "along with" or "together with" a figure is counted once;
    # an earlier phase in a "whose" clause leaves the sentence's own figure.
    ("Belarus frees journalist Pavel Sosnovsky", "Sosnovsky was released along with two other political prisoners on "
     "Tuesday, Viasna said.", "", 3),
    ("Taliban free Austrian tourist Karl Huber", "Huber was freed together with two Germans held in Kabul, Qatar said.",
     "", 3),
    ("Russia and Ukraine swap 300 prisoners each on second day of exchange",
     "The two sides exchanged 300 prisoners each on Saturday, the second day of a swap whose first phase freed 390 per "
     "side.", "", 600),
    # A plural subject that hands a figure of people to a state; one person traded "for accused export-control violator".
    ("Rebels hand 12 Bright Star crew members to Oman after ten months", "", "", 12),
    ("Dancer Ana Petrova lands in US after exchange for accused sanctions violator", "", "", 2),
    ("Jordanian woman held in Syrian jails for 20 years returns to Amman", "", "", 1),
    # "among the first to report" describes the freed, it tells of no others freed.
    ("Ana Diaz and Lucia Perez walk out of Evin on bail", "",
     "Journalists Ana Diaz and Lucia Perez, who were among the first to report on the protests, were released on bail from "
     "Tehran's Evin prison on Sunday pending their appeals.", 2),
]

SEVENTEENTH_ROUND_ONE_FOR_ONE_CASES = [
    # Both sides of a one-for-one swap told by name: a lone surname "on her way home" before "exchange for"; "Americans A
    # and B" before "in exchange for"; a second person the lede names after the first; a release verb is no role after an
    # employer ("Lena Ivanova freed in ... prisoner exchange").
    ("Morrow on her way home after tarmac exchange for Pavel Antonov", "", "", 2),
    ("Taliban free Americans Paul Reid and Tom Casey in exchange for Afghan prisoner", "", "", 3),
    ("Iran frees Danish aid worker Jens Holm in swap for convicted ex-official Reza Karimi", "",
     "Iran released Danish aid worker Jens Holm and Danish-Iranian dual national Omid Farahani on Saturday, in exchange "
     "for Reza Karimi, a former Iranian official serving a life sentence in Denmark.", 3),
    ("Lena Ivanova freed in Abu Dhabi prisoner exchange",
     "<p>The Russian-American chef, sentenced to 12 years for a $40 donation, was swapped for Oleg Sergeev, accused of "
     "export-control violations.</p>", "", 2),
    # The other side told "in return" or "in turn", agreed rather than done, by name or as one person.
    ("American teacher Mark Dunn freed by Russia after envoy's visit",
     "<p>Russia released Mark Dunn, a US teacher serving 14 years, on Tuesday. The US in return will free Russian crypto "
     "operator Igor Belov, officials said.</p>", "", 2),
    ("Mark Dunn lands at Andrews after three years in Russian prison",
     "The American teacher, arrested at a Moscow airport in 2021, was flown out by the envoy. The Kremlin said a Russian "
     "national held in the United States would be freed in return.", "", 2),
    ("Mark Dunn back on US soil after envoy's Moscow trip",
     "The teacher, sentenced in 2022 to 14 years, landed at Andrews. Officials said on Wednesday that Russia would in turn "
     "receive Igor Belov, a crypto operator held in the United States.", "", 2),
    ("Mark Dunn home in the US; Russia gets back Igor Belov", "", "", 2),
    # "American and Australian professors": one of each; the first side beside an "In exchange" sentence's figure.
    ("Taliban release American and Australian professors in prisoner exchange",
     "Tom Grant, an American, and Neil Walsh, an Australian, were handed to US forces after three years in captivity. In "
     "exchange, the Afghan government freed three senior Taliban prisoners.", "", 5),
]

SEVENTEENTH_ROUND_NAMED_LISTS_CASES = [
    # The other side's names listed over commas, not a group's name ("the Havana Three"); one unnamed agent beside them.
    ("Paul Stone flies home as Washington and Havana swap prisoners", "",
     "US contractor Paul Stone left Havana on a US government plane on Wednesday after five years in a Cuban prison.\nIn a "
     "separate exchange, Cuba handed over a US intelligence agent it had held for 20 years, and the United States sent "
     "home Jorge Ruiz, Pablo Soto and Luis Vera, the three members of the 'Havana Three' still in US prisons.", 5),
    # A headline homecoming "greeted in Tehran"; a state's possessive before a lone surname; two named who "were flown".
    ("Anders Berg and Omid Farahani back in Copenhagen; Reza Karimi greeted in Tehran",
     "Oman mediated the prisoner exchange.", "", 3),
    ("Denmark's Berg back in Copenhagen after trade for Iran's Reza Karimi",
     "Aid worker Anders Berg, held since April 2022, and Danish-Iranian Omid Farahani were flown out of Iran on Saturday "
     "in an exchange mediated by Oman.", "", 3),
    # An official who flies home with the freed; a border guard each; a person and singly told others.
    ("Bill Clinton flies out of Pyongyang with Lisa Park and Anna Kim",
     "The journalists had been sentenced to hard labour in North Korea and were pardoned by Kim Jong Il.", "", 2),
    ("India and Pakistan swap a captured border guard each after three weeks in custody", "", "", 2),
    ("Lidia Petrova flies home to Kyiv; two Russian GRU officers sent back to Moscow", "", "", 3),
    # A named subject "along with two other Americans"; two named who "are back"; the other side "flew to Tehran in
    # exchange" or "was being sent back to Moscow in return".
    ("Texan Mark Hale heads home after 12 years in China", "",
     "Mark Hale, a Texas businessman who spent 12 years in Chinese custody, is returning to the United States along with "
     "two other Americans, Kai Wen and John Lau, the State Department said on Wednesday.", 3),
    ("Princeton student Li Wang reunited with family after Swiss-brokered exchange",
     "Li Wang, held in Iran for three years on spying charges, was handed over in Zurich. Iranian scientist Reza Tabari, "
     "held in the US over sanctions charges, flew to Tehran in exchange, Swiss officials said.", "", 2),
    ("Mark Dunn lands at Andrews with envoy",
     "The teacher flew home on the envoy's plane. A day later Washington confirmed that Russian fraudster Igor Belov was "
     "being sent back to Moscow in return.", "", 2),
    ("Former Marine Tom Reid heads home in prisoner swap with Russia", "",
     "Former US Marine Tom Reid was exchanged on April 27 at an airport in Turkey for Ivan Petrenko, a Russian pilot "
     "serving 20 years in the United States.", 2),
]

SEVENTEENTH_ROUND_FIGURES_CASES = [
    # A figure after a duration with its noun left out is a duration too.
    ("Nadia Rahimi-Clarke and Amir Sadeghi back in UK after years in Iran", "",
     "British-Iranian aid worker Nadia Rahimi-Clarke and retired engineer Amir Sadeghi landed at RAF Brize Norton early on "
     "Thursday after being allowed to leave Iran, ending six years of detention for Rahimi-Clarke and nearly five for "
     "Sadeghi.", 2),
    # Countries are no people the headline names: the lede's list of the same three is counted once.
    ("Mark Lee, Kai Lin and John Wu home from China in exchange deal", "",
     "Three Americans whom Washington considered wrongfully detained in China, Texas businessman Mark Lee, Kai Lin and "
     "John Wu, were on their way home on Wednesday, the White House said.", 3),
    # "Ten for four" with spaces; "one thousand, nine hundred and ..." is one figure; a swap's size beside its completion.
    ("Ten for four: a spy swap on the tarmac in Vienna", "", "", 14),
    ("Lev Orlov and twenty-four sailors land in Kyiv as the thirty-five-for-thirty-five swap is completed", "", "", 70),
    ("All twenty hostages home as buses carry prisoners to Ramallah", "",
     "The Red Cross collected the last twenty living hostages on Monday.\nIn return Israel let go one thousand, nine hundred "
     "and sixty-eight Palestinians.", 1988),
    # "receives 76 ..., hands over 124" is an exchange; a comma-grouped figure is whole.
    ("Ukraine receives 76 prisoners from separatist-held east, hands over 124", "", "", 200),
    ("Junta pardons 7,749 for Buddhist Lent", "The amnesty frees prisoners across the country.", "", 7749),
    # Money is no side; executives are people; a smaller figure plus the names the lede lists tells the headline's again.
    ("Five Americans fly out of Tehran as US waiver frees $6bn in Iranian funds", "", "", 5),
    ("Venezuela frees five oil executives and two other Americans in exchange for two nephews of Maduro's wife", "", "", 9),
    ("Seven Americans head home from Caracas in exchange deal", "",
     "Five oil executives, Tomas Vidal, Alberto Zamora, Jose Luis Zamora, Jorge Tobar and Jose Perez, were released by "
     "Venezuela on Saturday together with US citizens Matthew Hart and Omar Khan, and flown to Texas.\nIn return, "
     "Washington released Efrain Campos and Franco Flores, nephews of the first lady.", 9),
]

SEVENTEENTH_ROUND_DEAL_CASES = [
    # A lede that tells the headline's figure again with a further group "under which Caracas also freed 20".
    ("US lets Maduro ally Ali Sabri go as Caracas frees 10 Americans", "",
     "Venezuela released 10 Americans on Wednesday and the US sent home Ali Sabri, a businessman close to President "
     "Nicolas Maduro, in a deal mediated by Qatar under which Caracas also freed 20 Venezuelans held for political reasons.", 31),
    # "which also saw 10 US citizens freed" beside the group a person was among.
    ("Venezuela frees 20 political prisoners alongside Americans in Sabri deal",
     "Opposition activist Rafael Duarte was among 20 Venezuelans released under the agreement, which also saw 10 US "
     "citizens freed.", "", 30),
    # A headline's other side without a figure, named in the lede; the leader in a capital who grants clemency.
    ("Venezuela sends home seven Americans in exchange for Flores nephews",
     "Five oil executives, former Marine Matthew Hart and Florida resident Omar Khan were released by Venezuela on "
     "Saturday. The United States freed Efrain Campos Flores and Franco Flores de Freitas, nephews of the first lady.", "", 9),
    ("Five Americans leave Tehran as $6bn in Iranian oil money lands in Qatari banks", "",
     "Five US citizens held in Iran boarded a Qatari jet in Tehran on Monday and flew to Doha, completing an exchange that "
     "hinged on moving Iranian oil revenue.\nThree of them were named; the other two asked not to be named. In Washington, "
     "President Joe Biden granted clemency to five Iranians charged with export offences.", 10),
    # The other side of the same negotiation, told as freed days before.
    ("Mali: Aissata Coulibaly, Marie Durand and two Italians freed by jihadists",
     "<p>The release came days after authorities in Bamako freed more than 200 suspected militants, in what officials "
     "described as part of the same negotiation.</p>", "", 204),
    # A state that "received the same number of its servicemen"; a figure "handed over to the Russian side".
    ("Activist Ivan Moroz among 95 Ukrainians freed in latest exchange", "",
     "Rights activist Ivan Moroz was among 95 Ukrainians freed from Russian captivity on Friday, President Volodymyr "
     "Zelensky said.\nRussia said it received the same number of its servicemen in return.", 190),
    ("Statement: Coordination Headquarters reports return of 84 Ukrainians, including civilians held since 2014", "",
     "As a result of the exchange, 84 Ukrainians are returning home, the Coordination Headquarters reported on Thursday.\n"
     "In accordance with the agreements, 84 Russian servicemen were handed over to the Russian side.", 168),
    # In a swap, people who return are a side of their own; a headline's person "among those freed" is in the figure.
    ("Journalist Oleh Savchuk among those freed as Kyiv and separatists exchange prisoners",
     "Seventy-six people returned to government-held territory on Sunday, while Kyiv handed over 124 to the Russian-backed "
     "forces.", "", 200),
    # Another state's statement of its own people plus others is that side's figure.
    ("Independence Day swap: journalist Dmytro Koval comes home",
     "<p>Kyiv said 146 Ukrainians returned on Sunday, among them journalist Dmytro Koval. Moscow said it received 146 "
     "servicemen plus eight civilians from its Kursk region.</p>", "", 300),
]

SEVENTEENTH_ROUND_SINGLE_CASES = [
    # Vague words that count no one freed: the dead after "several", a crowd that cheers, "several months".
    ("French reporter Henri Lagarde back in Florencia after a month with the FARC",
     "Lagarde was taken during a clash in which several members of the security forces died. He was handed to a "
     "commission that included a French envoy and the Red Cross.", "", 1),
    ("Opposition leader Mya Thet greets crowds as house arrest ends",
     "Mya Thet, 65, appeared at the gate of her home in Yangon as thousands cheered.", "", 1),
    ("China deports US geologist Xu Feng after more than seven years in custody",
     "Xu, sentenced to eight years, was let out several months early and put on a flight to San Francisco, his wife said.", "", 1),
    # A couple held by a group who reach a place; a commission "including the Catholic Church and UN".
    ("British couple held by the Taliban reach Doha after eight months", "", "", 2),
    ("ELN frees Luis Daza's father after 12 days in captivity",
     "Luis Manuel Daza, father of the Liverpool forward, was handed to a humanitarian commission including the Catholic "
     "Church and UN in the mountains of La Guajira.", "", 1),
    # A lone subject with a Latin-1 capital, or who "crosses back"; an employer before "co-founder"; a running total.
    ("Bolivia's Áñez walks free after supreme court annuls 10-year sentence", "", "", 1),
    ("Wing Commander Abhinandan crosses back into India at Wagah", "", "", 1),
    ("Kamayut Media co-founder Nathan Maung deported to US",
     "Nathan Maung, detained in a raid on his newsroom in March, was put on a flight out of Yangon.", "", 1),
    ("Former governor Alan Jaramillo steps off a helicopter in Villavicencio after seven years",
     "Jaramillo was handed to a commission led by a senator. He is the fifth captive the rebels have let go since Sunday, "
     "when they released three police officers and a soldier.", "", 1),
]

SEVENTEENTH_ROUND_REVIEW_CASES = [
    # Review guards: "a thousand, nine of them" is no figure of 1,009; a nationality pair before a plural role counts no
    # one by itself; one pilot "greeted at Wagah" and returned is one person; a subject counted beside "along with two
    # other Americans" is not added again for the headline; one person told "in return" is counted once.
    ("Junta frees more than a thousand in amnesty",
     "The military government freed more than a thousand, nine of them foreign nationals, on Tuesday.", "", 1000),
    ("Taliban free Afghan and Pakistani journalists detained in Kabul", "", "", None),
    ("Wing Commander Abhinandan greeted at Wagah as Pakistan returns pilot", "", "", 1),
    ("China frees Mark Hale in prisoner exchange", "",
     "Mark Hale, a Texas businessman who spent 12 years in Chinese custody, is returning to the United States along with "
     "two other Americans, Kai Wen and John Lau, the State Department said on Wednesday.", 3),
    ("China frees Kai Wen and John Lau",
     "Both men were held on spying charges. In return, the United States released an unnamed Chinese national, officials "
     "said.", "", 3),
    ("Opposition leader Mya Thet greets supporters as house arrest ends",
     "Mya Thet, 65, appeared at the gate of her home in Yangon as thousands cheer outside.", "", 1),
]

SEVENTEENTH_ROUND_ARRIVAL_CASES = [
    # A headline side that "reaches" a place or "returned from" one; the lone figure of captives described by their
    # captivity who come home.
    ("Anders Berg and Omid Farahani reach Copenhagen; Reza Karimi lands in Tehran after Omani mediation", "", "", 3),
    ("Kyiv: 180 Ukrainians home; Russian ministry says 140 servicemen returned from Ukraine", "", "", 320),
    ("Three Italian reporters kidnapped in Aleppo reach Rome after ten months",
     "The journalists had been held by an armed group since January.", "", 3),
    ("Nine pilgrims from Azaz reach Beirut as two kidnapped Turkish pilots fly to Istanbul",
     "The pilgrims had been held by rebels for 17 months.", "", 11),
    # Groups joined by "and their"; a figure "let out"; a number word right after a release verb; people told singly.
    ("Eleven nuns and their four helpers reach Damascus after Qatari mediation",
     "The nuns had been held by Nusra fighters since December.", "", 15),
    ("Poet Min Aung among 451 let out in Myanmar amnesty", "", "", 451),
    ("Lukashenko pardons seven, ex-candidate Karpenko among them", "", "", 7),
    ("Belarus lets an American, a Belarusian and a Lithuanian go in US-brokered release", "", "", 3),
    # Review guards: a number word before "hundred" is no bare figure; "first seven, then thirteen" orders one handover.
    ("Eskin Bekele and Andu Aregay out of prison as Ethiopia frees seven hundred and forty-six",
     "The journalist and the opposition politician were among 746 prisoners released on Wednesday.", "", 746),
    ("All twenty living hostages home as buses carry prisoners to Ramallah", "",
     "The Red Cross collected the last twenty living hostages in two groups, first seven, then thirteen.\nIn return Israel "
     "let go one thousand, nine hundred and sixty-eight Palestinians.", 1988),
]

SEVENTEENTH_ROUND_NOT_THE_FREED_CASES = [
    # Figures of no one freed: the killed ("for the killing of seven police officers", "in which 22 security personnel
    # were killed"), an earlier release ("since six were flown out"), things ("97,000 mines", "two planes").
    ("President pardons Tzotzil teacher Alberto Pastor after 13 years", "",
     "Alberto Pastor, an indigenous teacher serving 60 years for the killing of seven police officers in a 2000 ambush, "
     "left custody on Thursday after the president signed a pardon. Rights groups considered him a political prisoner.", 1),
    ("Maoists hand over captured commando Rakesh Singh Mehta",
     "The soldier, taken captive in the April 3 ambush in which 22 security personnel were killed, was handed to a team "
     "of mediators on Thursday.", "", 1),
    ("Air Force veteran Joseph Clair handed to US envoy in Antigua",
     "Venezuela released the former US airman, detained since November. He is the first American freed by Caracas since "
     "six were flown out in January.", "", 1),
    ("Baku hands over 15 Armenians in exchange for minefield maps", "",
     "Azerbaijan transferred 15 Armenian detainees to Armenia on Saturday, in return for maps showing where some 97,000 "
     "mines were laid.", 15),
    ("First 390 cross on each side as 1,000-for-1,000 prisoner exchange begins", "", "", 780),
]

SEVENTEENTH_ROUND_WHOLE_PLAN_CASES = [
    # The whole of a plan beside this release: what a deal "envisages ... being let go in all", the "last batch of the
    # 5,000 prisoners promised".
    ("Taliban release 20 Afghan prisoners in first step of swap",
     "The insurgents handed over 20 government captives in Kandahar on Sunday. The Doha deal envisages up to 5,000 "
     "Taliban and 1,000 government prisoners being let go in all.", "", 20),
    ("Grand assembly backs release of 400 Taliban prisoners, clearing way for peace talks",
     "<p>The assembly of some 3,200 elders approved freeing the last batch of the 5,000 prisoners promised under the "
     "deal.</p>", "", 400),
    # Guard: "second group of 26" is the group's own size.
    ("Israel releases second group of 26 long-serving Palestinian prisoners", "", "", 26),
]

SEVENTEENTH_ROUND_LATE_REVIEW_CASES = [
    # Review guard: a spouse who meets the freed was never held; one freed with the other is.
    ("Nadia Karimi and husband Richard reunited at Brize Norton",
     "The British-Iranian aid worker was freed by Tehran after six years.", "", 1),
    ("Elhan Zaki and wife Zeinab walk free as court acquits them", "The cleric and his wife had been held since 2015.", "", 2),
]

SEVENTEENTH_ROUND_GESTURE_CASES = [
    # A group given as a gesture beside "each": added once to both sides.
    ("Spring exchange: Russia and Ukraine swap 200 POWs each, plus wounded",
     "Russia's defence ministry said 200 servicemen were returned in exchange for the same number of Ukrainian prisoners. "
     "As a goodwill gesture, it said, Moscow also handed over 20 wounded Ukrainians in return for 10 wounded Russian "
     "soldiers.", "", 430),
    ("Ukraine and Russia exchange 150 prisoners apiece a day after leaders' call", "",
     "Russia and Ukraine each handed over 150 prisoners of war on Wednesday, and Moscow said it had also passed 12 "
     "seriously wounded Ukrainian soldiers to Kyiv as a goodwill gesture.", 312),
]

SEVENTEENTH_ROUND_FOR_NAME_AND_CASES = [
    # A person named before the other side's figure: "in exchange for Anas Hamid and two commanders" is three.
    ("Tom Grant and Neil Walsh freed by Taliban in exchange for Anas Hamid and two commanders",
     "<p>The professors, kidnapped in Kabul in 2016, were handed to US forces in Zabul province.</p>", "", 5),
]

SEVENTEENTH_ROUND_FAMILY_CASES = [
    # Names listed before "and their three children": the names and the figure, each person once; a family "recovered".
    ("Pakistani forces rescue US-Canadian family held by militants", "",
     "American Carla Cole, her Canadian husband James Boyd and their three young children were freed in Pakistan after "
     "five years in the hands of the Haqqani network, officials said on Thursday.", 5),
    ("Pakistani troops recover US-Canadian family held by militants for five years", "",
     "American Carla Cole, her Canadian husband James Boyd and their three young children were recovered by Pakistani "
     "forces on Wednesday, five years after the couple were abducted.", 5),
]

SEVENTEENTH_ROUND_HIM_AND_CASES = [
    # "charges against him and three co-accused": the freed person and the others; "him and 15 other prisoners" is the
    # headline's person among the others, counted once.
    ("Opposition leader Freeman Mbaye freed as terrorism charges dropped", "",
     "Opposition leader Freeman Mbaye walked free on Friday after prosecutors dropped terrorism charges against him and "
     "three co-accused, ending a case that had drawn criticism from rights groups.", 4),
    ("Reporter Evan Gold lands at Andrews after 491 days", "",
     "Reporter Evan Gold arrived back in the United States late on Thursday, after Russia freed him and 15 other prisoners "
     "held in Russia and Belarus in exchange for eight people held in the West.", 24),
]

SEVENTEENTH_ROUND_GESTURE_REVIEW_CASES = [
    # Review guards: a gesture group the headline already counts, one the summary tells after "also" in the "each"
    # sentence, one that is part of a side ("also included 10 wounded") or of an earlier exchange, is not added again.
    ("Russia and Ukraine swap 175 POWs each; Moscow adds 22 wounded as goodwill gesture",
     "Russia and Ukraine each handed over 175 prisoners of war, and as a goodwill gesture Moscow also handed over 22 "
     "seriously wounded Ukrainian soldiers.", "", 372),
    ("Russia and Ukraine exchange 103 POWs each", "Russia and Ukraine each returned 103 prisoners of war on Saturday.",
     "As a goodwill gesture, the 103 men handed over by Moscow also included 10 seriously wounded soldiers, the "
     "ombudsman said.", 206),
    ("Ukraine and Russia swap 150 prisoners each", "Russia and Ukraine each freed 150 prisoners of war on Monday.",
     "Last month, as a goodwill gesture, Moscow had also handed over 12 wounded soldiers in a separate exchange.", 300),
    # "charges against him and three co-accused, who were also freed": four, the headline's person among them.
    ("Journalist Dawit Kebede freed after terror charges dropped", "",
     "Ethiopian journalist Dawit Kebede walked out of prison on Friday after prosecutors dropped terrorism charges against "
     "him and three co-accused, who were also freed.", 4),
    # A place before "and two" is no person on the other side.
    ("Iran frees US businessman Bob Karimi in exchange for funds unfrozen in Qatar and two Iranians", "", "", 3),
]

SEVENTEENTH_ROUND_INSTITUTION_CASES = [
    # A body named beside the figure is no person freed: "talks with the Catholic Church".
    ("Cuba agrees to free 40 political prisoners after talks with Catholic Church", "", "", 40),
    ("Junta to release 200 detainees in deal with National Unity Government and Red Crescent", "", "", 200),
]

SEVENTEENTH_ROUND_LAST_CASES = [
    # Review guards: the freed group's own figure stays when the story says they "were detained ... and released"; a body
    # after an adjective ("the Catholic Church") is no person, "Frank Church" is.
    ("Junta pardons jailed journalists in Independence Day amnesty",
     "Three journalists were jailed in 2021 and freed on Tuesday under the amnesty, their lawyers said.", "", 3),
    ("Houthis free UN staff held since 2021", "The six were detained in Sanaa in 2021 and released on Monday.", "", 6),
    ("Venezuela frees Frank Church and two other Americans", "The three had been held in Caracas since 2022.", "", 3),
]

EIGHTEENTH_ROUND_PROBE_CASES = [
    # A person the freeing state dealt with is no one freed: "after talks with minister X".
    ("Iran frees two Canadians after talks with minister Lucas Lind", "", "", 2),
    ("Venezuela frees nine US citizens after a call with envoy John Smith", "", "", 9),
    ("Venezuela releases six Americans after talks with Trump envoy Richard Grenell", "", "", 6),
    ("Iran frees Ana Lind after talks with American minister Tom Hale", "", "", 1),
    ("Prisoner Swap Deal With Belarus Frees Andrzej Poczobut", "", "", 1),
    # Each clause a state's own release, the second told by a bare figure: "sends back three", "hands back 2".
    ("Azerbaijan returns 12 Armenian servicemen; Armenia sends back three", "", "", 15),
    ("Egypt sends home 3 Israeli militants; Israel sends back 8", "", "", 11),
    ("China releases 37 British servicemen, Britain sends back 5", "", "", 42),
    ("Cuba, Canada trade 116 prisoners for 29", "", "", 145),
    # A person "in US hands" or who "crosses into" a country beside another country's people (not one "still in Russian
    # hands", an official who "arrives in" a capital, a medic who may be one of the 95); "Taliban free X"; not a flight.
    ("Sergeant Tom Hale in US hands after four years; six militants flown to Doha", "", "", 7),
    ("Jailed engineer Tom Reid crosses into Jordan as 12 Syrian detainees head home", "", "", 13),
    # ... but not an official who travels as people are freed, nor coffins of the dead.
    ("Minister Ana Lind crosses into Ukraine as 50 POWs return home", "", "", 50),
    ("Envoy Tom Hale arrives in Tehran as five prisoners are freed", "", "", 5),
    ("Witkoff arrives in Moscow as Russia frees Marc Fogel", "", "", 1),
    ("Paul Whelan still in Russian hands as Kremlin frees Trevor Reed", "", "", 1),
    ("Ukrainian medic Yulia Paievska crosses into Ukraine as 95 POWs return home", "", "", 95),
    ("Houthis release two Americans as Oman flies 240 Yemenis home", "", "", 2),
    ("Navy SEAL Tom Hale in US hands as Taliban free Mark Frerichs", "", "", 2),
    ("Accused spy Ilan Grapel crosses Taba into Israel as 25 Egyptian prisoners head home", "", "", 26),
    ("Negotiator Ali Reza in Qatari hands after talks; 5 Americans freed", "", "", 5),
    ("Israel frees Ali Hamdan and three fighters; Hezbollah hands over coffins of two soldiers", "", "", 4),
    # A clause of people jailed, of people "among those freed", or of a later batch adds no one.
    ("Court jails 5 activists; 3 others freed", "", "", 3),
    ("Police arrest 12 after Tbilisi rally; court frees 4", "", "", 4),
    ("Iran frees 2 Americans; US returned 5 in 2023 swap", "", "", 2),
    ("Russia frees 2 Americans", "Washington returned 8 to Moscow in the August 2024 swap.", "", 2),
    ("Iran frees five Americans in exchange for 6.0 billion in unfrozen funds", "", "", 5),
    ("Maya Dumont and Jonas Sato among those freed as Venezuela releases 119 political prisoners", "", "", 119),
    ("Cuba frees dissident Pavel Dumont; 13 others to follow next week", "", "", 1),
    # A couple is two people; "a couple of days" and "the couple" (told already) are not.
    ("Iran frees French couple held since 2020", "", "", 2),
    ("Iran frees jailed activist after a couple of days", "", "", 1),
    ("Iran Frees British Aid Worker As Couple Await Trial", "", "", 1),
    ("Iran frees British aid worker as French couple await trial", "", "", 1),
    ("Jon Reed and his wife Ana Ruiz freed in Caracas", "The couple were flown home on Saturday.", "", 2),
    # The lede's own other side told by name after "In exchange,".
    ("Iran frees two Americans", "In exchange, the US released Iranian engineer Reza Amini, officials said.", "", 3),
    ("Egypt frees American couple", "In exchange, the US released Egyptian engineer Anna Haddad, officials said.", "", 3),
]

EIGHTEENTH_ROUND_FORMAT_CASES = [
    # Thousands grouped by points or spaces, a decimal before "thousand", "4,000-plus".
    ("Belarus pardons 1 200 prisoners", "", "", 1200),
    ("Egypt pardons 3.000 prisoners to mark the holiday", "", "", 3000),
    ("Uzbekistan pardons over 1.2 thousand prisoners", "", "", 1200),
    ("Algeria pardons 4,000-plus prisoners", "", "", 4000),
    # What a deal "provides for" is its plan, not this stage's count.
    ("160 prisoners freed in first phase of Syria deal",
     "The agreement provides for the release of 480 prisoners in all over the coming weeks.", "", 160),
]

EIGHTEENTH_ROUND_CREW_CASES = [
    # The number of a ship's name is no figure of its crew; "a 23-member crew" is 23.
    ("Houthis free Sea Star 7 and its 22 crew", "", "", 22),
    ("Iran releases 23-member crew of seized tanker", "", "", 23),
    ("Iran frees British tanker and its 23-strong crew", "", "", 23),
]

EIGHTEENTH_ROUND_DESCRIPTION_CASES = [
    # A description set off by commas does not split a headline's clause: "sends X, serving life for ..., to Tehran".
    ("Swedes Ana Lind and Omar Said home as Stockholm sends Reza Karimi, serving life for 1988 killings, to Tehran", "", "", 3),
    ("Ana Ruiz, Tom Hale and Jon Reed freed, as Cuba sends Ivan Diaz to Miami", "", "", 4),
]

EIGHTEENTH_ROUND_PROBE_FAMILY_CASES = [
    # The other side named after the lede's "were swapped for", or freed by the other state ("Germany handed over X").
    ("Belarus frees five Britons in prisoner exchange", "The Britons were swapped for Farah Kuznetsov, a convicted Belarusian agent.", "", 6),
    ("Venezuela frees four Swedes in prisoner exchange", "Sweden handed over Marta Marchetti, who had been jailed for smuggling, officials said.", "", 5),
    # A stage told beside the whole deal's size; a later batch of "others to be freed"; a demand for more.
    ("Russia and Ukraine free 120 prisoners each in first stage of 800-prisoner swap", "", "", 240),
    ("Paul Whelan freed as part of 24-person swap", "", "", 24),
    ("Belarus releases seven detainees; 200 others to be freed next week", "", "", 7),
    ("Eritrea frees twelve journalists; Human Rights Watch urges release of 150 more", "", "", 12),
    # "The group of 120 included teachers and a priest": parts of the figure; "The 14 freed were 11 Israelis, two Thais and a
    # Filipino": a whole, then its parts.
    ("Azerbaijan frees Armenian civilians held since the war began", "The group of 120 included teachers and a priest.", "", 120),
    ("Hamas frees fourteen hostages", "The 14 freed were 11 Israelis, two Thais and a Filipino, the army said.", "", 14),
    ("Russia and France carry out prisoner swap",
     "Russia released Marta Fischer and Bogdan Bianchi; France freed Rashid Rahimi and Kwame Volkov in return.", "", 4),
    # The other side told in a later paragraph by "walked free under the same deal".
    ("The Houthis hand over hostage Grace Hosseini", "",
     "Grace Hosseini was seen smiling as he crossed over.\nHours later 42 prisoners walked free under the same deal.", 43),
]

EIGHTEENTH_ROUND_REVIEW_CASES = [
    # A couple counts only as the freed: the object or subject of a release verb; not campaigners, fellow captives, "a
    # couple days", or a couple "among those freed".
    ("Belarus releases jailed French couple", "", "", 2),
    ("Taliban free US hostage Ryan Corbett", "An elderly couple who had campaigned for his release welcomed the news in New York.", "", 1),
    ("Jihadists free Briton kidnapped with a Dutch couple", "", "", 1),
    # A group named by a place and a number keeps its figure ("Sitra 9 and their two lawyers").
    ("Bahrain frees Sitra 9 and their two lawyers", "", "", 11),
    # A whole then its parts, but not a whole and the other side it was traded for.
    ("Russia frees 2 Americans in swap", "The two Americans were traded for one Russian and one Belarusian.", "", 4),
    ("Belarus frees 4 in swap", "These four were handed over for two Russians and two Belarusians held in Poland.", "", 8),
    # Number words joined by a hyphen in a definite group ("The twenty-two arrived").
    ("Detained Armenian civilians released by Azerbaijan", "The twenty-two arrived in a border town on Tuesday.", "", 22),
    # The other side's figure in a later paragraph: "received 95 of its servicemen in return".
    ("Armenia brings home 75 soldiers and two civilians from Azerbaijan", "",
     "The freed crossed the border on buses.\nAzerbaijan received 95 of its servicemen in return, its defence ministry said.", 172),
]

EIGHTEENTH_ROUND_RECALLED_CASES = [
    # A figure a demand is for, or an earlier release recalled beside the new one, is no part of the count.
    ("Families call for freeing of remaining 59 hostages after 3 released", "", "", 3),
    ("After freeing 60 in March, junta frees another 120", "", "", 120),
    ("Myanmar frees 120 prisoners, adding to 45 freed last month", "", "", 120),
    ("Iran frees 30 protesters; 200 were released in an earlier round", "", "", 30),
    # An aside in brackets; "3 dozen", "four-dozen"; a share of a whole; "two-man crew"; people taken off a sanctions list.
    ("Ukraine: 95 (ninety-five) soldiers returned home", "", "", 95),
    ("Prisoners freed", "Authorities freed 3 dozen detainees on Sunday, officials said.", "", 36),
    ("Junta frees four-dozen political prisoners", "", "", 48),
    ("Rebels free half of the 40 hostages", "", "", 20),
    ("Two-man BBC crew freed in Libya", "", "", 2),
]

EIGHTEENTH_ROUND_LAST_REVIEW_CASES = [
    # Third review's guards: a second release clause that recalls an earlier release names no one freed now; "the son of a
    # British couple"; an aside in brackets that tells the other side; a receiving team or a family is no crew; "After
    # freeing 60 prisoners on Monday" is the release reported; a campaign for the same group is no demand against it.
    ("Release in Moscow", "A Moscow court ordered the release of Yevgenia Berkovich on Tuesday after two years behind bars; "
     "Oleg Orlov, freed in the August 2024 swap, welcomed the release.", "", 1),
    ("Iran frees son of British couple", "The son of a British couple was released from Evin prison.", "", 1),
    ("Ukraine frees 115 Russian POWs", "Ukraine handed over 115 Russian servicemen (in exchange for 115 Ukrainian defenders).", "", 230),
    ("Hamas frees hostages in sixth handover", "Hamas freed the hostages (three Israelis and a Thai) at Khan Younis on Thursday.", "", 4),
    ("Commandos free hostages in Burkina Faso", "A 20-man commando team freed three hostages from a jihadist camp on Sunday.", "", 3),
    ("Taliban free prisoners in Kandahar", "After freeing 60 prisoners on Monday, the Taliban said more releases would follow.", "", 60),
    ("Cuban dissidents freed", "Amnesty International, which had long campaigned for the release of the 12 dissidents, welcomed "
     "news they had been freed on Tuesday.", "", 12),
    ("Demonstrators freed in Georgia", "Courts freed 40 protesters; rights groups seek release of the other 200.", "", 40),
]

EIGHTEENTH_ROUND_FINAL_REVIEW_CASES = [
    # Fourth review's guards: people "held since 2020" are the freed, not a running total; a group "released last week"
    # that comes home is the story's own; a share that describes the freed; "from agreed list"; a bracket that tells the
    # other side; "a couple weeks"; an ombudsman or consul who crosses; "And Its Army" in Title Case; a date's day.
    ("Azerbaijan frees Armenian servicemen", "Azerbaijan released four Armenian servicemen held since 2020, the foreign "
     "ministry in Yerevan said on Wednesday.", "", 4),
    ("Filipino seafarers home after Houthi captivity", "21 Filipino seafarers released last week by the Houthis landed in "
     "Manila on Sunday.", "", 21),
    ("Belarus frees political prisoners", "Half of the 52 prisoners freed on Thursday were foreigners, Lithuania said.", "", 52),
    ("About half of the 80 kidnapped pupils freed", "", "", 40),
    ("Hamas frees 3 hostages from agreed list", "", "", 3),
    ("Ukraine brings home 95 servicemen", "Ukraine received 95 servicemen (Russia received 95, many of them conscripts) in "
     "the UAE-brokered swap.", "", 190),
    ("Russia frees American Marc Fogel", "Fogel was freed a couple days after Witkoff met Putin.", "", 1),
    ("Ukrainian ombudsman Lubinets crosses into Belarus as 84 POWs return home", "", "", 84),
    ("Israel Frees 90 And Its Army Begins Gaza Pullback", "", "", 90),
    ("Myanmar frees prisoners", "On March 15 120 prisoners walked free from Insein prison in Yangon.", "", 120),
    # A headline's capitalised words that end on a group word are no person ("Biggest East-West prisoner swap").
    ("Biggest East-West prisoner swap since Cold War frees 24", "", "", 24),
    # The other side's authority tells its own people "returned in exchange", their figure equal to the headline's.
    ("88 servicemen and 2 civilians return to Ukraine from captivity",
     "Moscow said 90 Russian soldiers were returned in exchange, with UAE mediation.", "", 180),
    ("Belarus frees 52 prisoners", "52 Belarusian prisoners were released in exchange for sanctions relief.", "", 52),
]

NINETEENTH_ROUND_CASES = [
    # Nineteenth round, from rewrites of development stories: a whole told before its parts in one sentence (not parts that
    # are the other side); "grants pardon to"; a fronted "Pardoned by ..."; "First"/"Last" opening a headline is no name;
    # "sent the other way" after two clauses of one side; "to let X go"; a total told with "1,000 by each side"; "both
    # sides" and "the two countries" are no figure of people.
    ("Russia and the West complete biggest swap since Cold War", "", "Twenty-four people were released on Thursday in the "
     "largest exchange since the Cold War, Turkish intelligence said, with Moscow letting go 16 prisoners and eight "
     "Russians returning from jails in the West.", 24),
    ("Armenia and Azerbaijan exchange captives", "", "Fourteen people were freed on Monday, with Baku handing over ten "
     "Armenians and Yerevan sending back four Azerbaijani soldiers.", 14),
    ("Belarus frees 5 in swap", "All 5 were freed in exchange for 3 Russians and 2 Belarusians.", "", 10),
    ("Belarus frees 4 in swap", "These four were handed over for two Russians and two Belarusians held in Poland.", "", 8),
    ("Egypt grants pardon to Patrick Zaki and lawyer Mohamed el-Baqer", "", "", 2),
    ("Tunisia grants a presidential pardon to jailed blogger Amina Sboui and activist Karim Ben Salah", "", "", 2),
    ("Pardoned by Putin, Khodorkovsky walks free from Karelian penal colony and heads to Berlin", "", "", 1),
    ("Freed under a royal pardon, Hedges lands in London", "", "", 1),
    ("Freed US journalists Laura Ling, Euna Lee land in Burbank after Bill Clinton mission", "", "", 2),
    ("Last Fujita employee held in China, Sadamu Takahashi, is released", "", "", 1),
    ("First Vatican-brokered group: Bishop Rolando Alvarez freed", "", "", 1),
    ("Marc Fogel back in US after Moscow frees teacher; Vinnik sent the other way", "", "", 2),
    ("Marc Fogel back in US as Moscow lets teacher go; Vinnik sent the other way", "", "", 2),
    ("Marc Fogel flies out of Moscow with Witkoff; US agrees to let Russian crypto operator Alexander Vinnik go", "", "", 2),
    ("Witkoff arrives in Moscow as Russia frees Marc Fogel", "", "", 1),
    ("Grenell arrives in Caracas as Maduro frees 6 Americans", "", "", 6),
    ("Ukraine and Russia complete 1,000-for-1,000 exchange", "", "The three-day exchange ended on Sunday with a total "
     "of 2,000 people set free, 1,000 by each side, the largest swap of the war.", 2000),
    ("Russia and Ukraine swap prisoners", "The two sides freed 300 prisoners, 150 each.", "", 300),
    ("Russia and Ukraine swap prisoners", "Both sides released 90 prisoners each, the defence ministry said.", "", 180),
    ("Azerbaijan and Armenia swap detainees", "Both countries freed 15 detainees under the Russian-brokered deal.", "", 15),
    ("Both journalists freed by Houthis", "", "", 2),
    # (this story raised ValueError: a sentence narrowed to its own clauses was looked up in the list it came from)
    ("Yemen swap: 706 freed by government, 181 by Houthis", "Saudi and Sudanese nationals were among those released by "
     "the Houthis, the ICRC said; in all, 887 detainees were freed.", "", 887),
]

NINETEENTH_ROUND_SECOND_CASES = [
    # A wire dateline ("ISLAMABAD - ", "KYIV (Reuters) - ") opening the lede is no part of its sentence; a bare role told
    # as the next clause's subject is the person named before; "freed with their three children"; a headline's "Couple
    # kidnapped ... freed"; "Day two" and "phase 2" count no one; a total "due to" be reached; an earlier stage by its month.
    ("Pakistan frees North American family held by Haqqani network", "", "ISLAMABAD - American Caitlan Coleman, her "
     "Canadian husband Joshua Boyle and their three small children have been freed in Pakistan, officials said.", 5),
    ("Sophie Pétronin and Soumaïla Cissé freed in Mali in exchange for jihadist prisoners", "BAMAKO - French aid worker "
     "Sophie Pétronin, Malian opposition leader Soumaïla Cissé and two Italians were freed by an al-Qaeda-linked group, "
     "days after Mali released about 200 prisoners as part of the deal.", "", 204),
    ("Sylvia and Noureddin Bongo flown to Luanda after 20 months in Gabon custody", "", "LIBREVILLE \u2014 Sylvia Bongo, wife "
     "of Gabon's deposed president Ali Bongo, and their son Noureddin Bongo Valentin were flown to Angola overnight after "
     "being granted provisional release, ending 20 months in detention.", 2),
    ("Belarus frees 14 political prisoners", "MINSK, June 21 (Reuters) - Belarus freed 14 political prisoners, including "
     "Sergei Tikhanovsky, after a visit by US envoy Keith Kellogg.", "", 14),
    ("Venezuela lets Lorent Saleh go; activist flown to Madrid after four years behind bars", "", "", 1),
    ("Iran frees Olivier Grondeau; France releases engineer", "", "", 2),
    ("Iran frees Olivier Grondeau; engineer freed by France", "", "", 2),
    ("Nazanin Zaghari-Ratcliffe freed after six years, flies home to UK", "", "", 1),
    ("American couple freed with their three children", "", "", 5),
    ("Couple kidnapped in Afghanistan in 2012 freed with their three children in Pakistani operation", "", "", 5),
    ("British couple held in Iran freed", "", "", 2),
    ("American aid worker freed, arrives in Houston with her two children", "", "", 1),
    ("Freed aid worker reunited with her two children", "", "", 1),
    ("Day two of prisoner exchange: another 307 Ukrainians freed, Russia gets equal number", "Moscow said an equal number "
     "of Russian servicemen had been handed back. The exchange is due to total 1,000 people on each side when completed.",
     "", 614),
    ("Phase 2 of swap: Armenia frees 12 Azerbaijani soldiers", "", "", 12),
    ("Shalit deal: Israel releases 550 more Palestinian prisoners, following 477 freed in October", "", "", 550),
    ("Israel releases 550 Palestinian prisoners, after 477 were freed in October", "", "", 550),
]

NINETEENTH_ROUND_REVIEW_CASES = [
    # Guards from the review of this round: a fronted phrase that holds the other side ("Freed in exchange for Bout,
    # Griner lands"); a clause that cannot count before "the other way"; a role "also" freed or freed "too" is another
    # person; children "watching"; "Couple reunited with freed son"; a lede name that only shares a first word with the
    # headline's is someone new.
    ("Freed in exchange for Viktor Bout, Brittney Griner lands in Texas", "", "", 2),
    ("Freed in swap for Khan Mohammed, Ryan Corbett and William McKenty land in Qatar", "", "", 3),
    ("Trevor Reed home as Moscow lets Marine go; pilot Yaroshenko sent the other way", "", "", 2),
    ("Tehran frees Nazanin Zaghari-Ratcliffe; engineer also freed", "", "", 2),
    ("Russia frees Paul Whelan; journalist also freed in same swap", "", "", 2),
    ("Venezuela frees Lorent Saleh; student released hours later", "", "", 2),
    ("Nicaragua releases Bishop Rolando Alvarez; cleric flown to Rome with 18 others", "", "", 19),
    ("Vietnam frees dissident Nguyen Van Dai, exiles him to Germany", "",
     "Nguyen Van Dai and fellow activist Nguyen Thi Ha were released on Thursday and flown to Frankfurt, Germany's "
     "foreign ministry said.", 2),
    ("Egypt frees activist Mohamed Adel", "",
     "Mohamed Adel and fellow April 6 founder Mohamed Soltan were released on Sunday under a presidential pardon, "
     "their lawyer said.", 2),
    ("North Korea frees Kim Dong-chul", "",
     "Kim Dong-chul and fellow American Kim Hak-song were released on Wednesday, US officials said.", 2),
    ("Azerbaijan frees Abzas Media's Sevinj Vagifgizi", "",
     "Sevinj Vagifgizi and her colleague Sevinj Abbasova were released on Monday under a presidential pardon, the "
     "outlet said.", 2),
    ("Belarus frees Ihar Losik", "",
     "Ihar Losik and fellow journalist Ihar Karnei were released on Saturday, Lithuania's foreign ministry said.", 2),
    ("Freed in swap for Arthur Petrov, Ksenia Karelina lands in Abu Dhabi", "", "", 2),
    ("Freed in exchange for Hamid Nouri, Floderus and Azizi land in Stockholm", "", "", 3),
    ("Belarus frees Ihar Losik; blogger freed too", "", "", 2),
    ("Egypt frees Alaa Abd El-Fattah; lawyer also pardoned", "", "", 2),
    ("Egypt frees activist Ahmed Douma", "",
     "Ahmed Douma and fellow activist Ahmed Maher were released on Saturday after a presidential pardon, their "
     "lawyer said.", 2),
    ("China frees rights lawyer Wang Quanzhang", "",
     "Wang Quanzhang and fellow lawyer Wang Yu were released from detention on Sunday, their families said.", 2),
    ("Vietnam frees blogger Pham Doan Trang", "",
     "Pham Doan Trang and fellow blogger Pham Chi Dung were released under an amnesty on Monday and flown to the "
     "United States.", 2),
    ("Hostage freed with his three children watching from Tel Aviv", "", "", 1),
    ("Couple reunited with freed son after 50 days in Gaza", "", "", 1),
]

NINETEENTH_ROUND_FIGURE_REVIEW_CASES = [
    # Guards from the second review of this round: an equal side told in parts after the first side's figure ("Ukraine
    # freed 20 POWs, while Russia got 12 soldiers and 8 civilians back"); "two leaders of" are people; "In the first
    # round 39 prisoners", "This week 12" are figures (only "Day two of", "phase 2:" name a stage); "Russia frees X too;
    # eight Russians handed the other way"; "refuses to let X go"; an all-caps headline is no dateline; an earlier
    # stage's clause ends at its comma.
    ("Yemen's Houthis and Saudi-led coalition trade prisoners", "",
     "The Houthis released 20 Saudi detainees on Thursday and the coalition sent home 12 Houthi fighters and "
     "8 Yemeni fishermen, the ICRC said.\nFlights carrying the freed men landed in Sanaa and Abha.", 40),
    ("Houthis hand Saudi prisoners to coalition in ICRC-run swap", "",
     "The Houthis handed 12 Saudi prisoners to the coalition on Sunday, which freed 7 Houthi fighters and 5 "
     "fishermen, the ICRC said.", 24),
    ("Hostages and prisoners exchanged on third day of truce", "",
     "Israel released 17 Palestinian prisoners late on Sunday after Hamas freed 13 Israeli hostages and 4 "
     "Thai nationals.", 34),
    ("Russia and Ukraine in small-scale swap", "",
     "Russia handed over 10 Ukrainian prisoners on Tuesday and got 7 soldiers and 3 pilots back, the Russian "
     "defence ministry said.", 20),
    ("Sudan's army and RSF swap prisoners", "",
     "The army freed 50 RSF fighters on Tuesday, with the RSF returning 30 soldiers and 20 civilians, the "
     "ICRC said.", 100),
    ("Houthis and Saudis trade detainees", "",
     "Saudi Arabia released 15 Houthi detainees on Sunday, with the Houthis handing back 9 Saudis and 6 "
     "Sudanese in return.", 30),
    ("Israel releases 4 Palestinians after Hamas frees 2 Israelis and 2 Thais", "", "", 8),
    ("Paul Whelan home after five years; Russia frees Evan Gershkovich too; eight Russians handed the other way",
     "", "", 10),
    ("Myanmar junta frees two leaders of Suu Kyi's party", "", "", 2),
    ("Belarus frees three leaders of banned trade union", "", "", 3),
    ("Iran frees two leaders of teachers' union after hunger strike", "", "", 2),
    ("Egypt releases four leaders of April 6 youth movement", "",
     "Egyptian authorities released four leaders of the April 6 movement on Sunday, their lawyer said.", 4),
    ("Sri Lanka frees Indian fishermen", "",
     "This week 12 Indian fishermen were released by the Sri Lankan navy and flown to Chennai, officials said.", 12),
    ("Belarus frees more political prisoners", "",
     "In the past week 97 political prisoners have been released in Belarus, the Viasna rights group said.", 97),
    ("Thai workers freed by Hamas", "",
     "On the same day 17 Thai nationals were also freed by Hamas, the foreign ministry in Bangkok said.", 17),
    ("Israel frees prisoners in first round", "",
     "In the first round 39 Palestinian prisoners were freed from Ofer prison, the Qatari foreign ministry said.",
     39),
    ("Russia and Ukraine swap prisoners in second stage", "",
     "During the second phase 307 prisoners were returned by each side, Ukrainian officials said.", 614),
    ("Hamas releases hostages as truce resumes", "",
     "Early that day 3 hostages were released at a Red Cross handover in Khan Younis, the army said.", 3),
    ("Thai workers freed by Hamas", "",
     "Later the same day 10 Thai farm workers and a Filipino were also freed, Bangkok said.", 11),
    ("Nigeria: kidnapped pupils freed", "",
     "Within a week 137 kidnapped pupils were freed in Kaduna state, the governor said.", 137),
    ("Venezuela frees prisoners after election crackdown", "",
     "Over the past week 225 people detained after the July election have been released, rights group Foro "
     "Penal said.", 225),
    ("Hamas frees hostages", "", "This round 3 Israeli hostages and 5 Thais were freed, the army said.", 8),
    ("Hostages and prisoners swapped in Gaza", "",
     "Hamas handed over three Israeli hostages on Saturday, following the 183 Palestinians released in "
     "February, and Israel freed 369 prisoners in return.", 372),
    ("Ukraine and Russia swap POWs", "",
     "Ukraine brought home 20 soldiers on Tuesday, while Russia got 12 conscripts and 8 marines back, the "
     "UAE said.", 40),
    ("Ukraine and Russia swap POWs", "",
     "Kyiv returned 48 Russian prisoners of war on Saturday and received 30 soldiers and 18 civilians in return.",
     96),
    ("Armenia and Azerbaijan swap captives", "",
     "Azerbaijan repatriated 6 Armenian civilians on Monday, getting 4 soldiers and 2 border guards back "
     "from Yerevan.", 12),
    ("Russia and Ukraine complete swap", "",
     "Moscow freed 90 Ukrainian servicemen, having received 60 Russian soldiers and 30 conscripts from Kyiv "
     "earlier in the day.", 180),
    ("Burkina Faso army, jihadists swap hostages", "",
     "The army handed 9 militants to the jihadists near Djibo, which let 6 civilians and 3 soldiers walk "
     "free, residents said.", 18),
    ("Hamas frees three hostages; Israel refuses to let Barghouti go", "", "", 3),
    ("Sudan frees 3 leaders of Forces of Freedom and Change", "", "", 3),
    ("Hong Kong frees two leaders of Tiananmen vigil group", "", "", 2),
    ("Ethiopia frees 11 leaders of Oromo opposition", "",
     "ADDIS ABABA - Ethiopian authorities released 11 leaders of the Oromo Federalist Congress on Tuesday, "
     "the party said.", 11),
    ("HAMAS FREES THREE HOSTAGES — ISRAEL RELEASES 90 PRISONERS", "", "", 93),
    ("Gaza ceasefire deal agreed", "", "In the first phase 33 hostages will be released, Qatar's prime minister said.",
     33),
    ("Israel frees Palestinian prisoners under peace talks deal", "",
     "In the first tranche 26 long-serving prisoners were freed from Ofer prison overnight.", 26),
    ("Russia, Ukraine swap POWs", "",
     "In the latest round 95 prisoners were exchanged by each side, the defence ministry said.", 190),
    ("Belarus frees prisoners", "",
     "At this stage 12 political prisoners have been freed, Tsikhanouskaya's office said.", 12),
]

NINETEENTH_ROUND_SWAP_CASES = [
    # Sides of a swap told one person at a time: names in apposition to a plural ("Americans Ryan Corbett and William
    # McKenty"); "transfers X to Qatar"; "after Russia frees Marc Fogel" is another state's release (not "after
    # Lukashenko lets six opponents go"); a description between commas before "exchanged for"; "releases them";
    # "releases four, X among them"; "in the opposite direction"; figures a side demanded "in exchange for"; "first of
    # 17" and crew "still aboard".
    ("Taliban free Americans Ryan Corbett and William McKenty; Washington releases Khan Mohammed", "", "", 3),
    ("Ryan Corbett and William McKenty leave Kabul as US transfers Taliban fighter Khan Mohammad to Qatar", "", "", 3),
    ("US to release Alexander Vinnik after Russia frees American teacher Marc Fogel", "", "", 2),
    ("Statkevich back in Minsk after Lukashenko lets six opponents go", "", "", 6),
    ("Ksenia Karelina, jailed over $51 donation, exchanged for Arthur Petrov in Abu Dhabi", "", "", 2),
    ("Kovrig and Spavor home in Canada after China releases them", "", "", 2),
    ("US deports ten Russian agents as Moscow releases four, Igor Sutyagin among them", "", "", 14),
    ("Princeton scholar Xiyue Wang heads home from Tehran; Iranian scientist Soleimani flies in the opposite "
     "direction", "", "", 2),
    ("Kabul frees 100 Taliban inmates from Bagram in first step of Doha-deal releases", "",
     "The Afghan government let 100 Taliban prisoners walk out of Bagram jail on Wednesday.\nThe insurgents, "
     "who had demanded 5,000 of their fighters in exchange for 1,000 government personnel, said they would "
     "verify who had been released.", 100),
    ("Iran frees Indian cadet Ann Tessa Joseph, first of 17 Indians aboard seized MSC Aries", "", "", 1),
    ("Iran frees Indian cadet Ann Tessa Joseph", "She landed in Kochi; 16 other Indian crew members are still aboard the "
     "seized container ship.", "", 1),
]

TWENTIETH_ROUND_ROLE_CASES = [
    # One person told by role on a side of an exchange, in every place that reads one ("drug lord", "commander",
    # "ballerina", "contractor"); a role that qualifies another noun is none ("spy chief", "fighter jets").
    ("Taliban free US Navy veteran in exchange for drug lord", "", "", 2),
    ("US frees a Taliban commander in exchange for two American hostages", "", "", 3),
    ("Taliban free two Americans in swap for Afghan drug lord", "", "", 3),
    ("Los Angeles ballerina Ksenia Karelina exchanged in Abu Dhabi", "",
     "She was swapped for Arthur Petrov, a dual national held in Cyprus on US export charges.", 2),
    ("Kenneth Bae, Matthew Miller land near Seattle after US spy chief's mission to Pyongyang",
     "The two Americans held in North Korea were freed after the intelligence director's visit.", "", 2),
    ("Russia frees two Americans in exchange for a convicted spy", "", "", 3),
    # A review's mends: a role in the attribution or among the captors is no side ("..., a militant said", "held by a drug
    # kingpin"); a role and the name after it are one person; "spy ring member" is one person.
    ("Hamas frees three hostages in exchange for prisoners, a militant said", "", "", 3),
    ("ELN frees four soldiers in swap for jailed rebels, a guerrilla commander told AFP", "", "", 4),
    ("Russia frees two Ukrainians in exchange for prisoners held by a drug kingpin", "", "", 2),
    ("US frees three Cuban spies in exchange for jailed contractor Alan Gross", "", "", 4),
    ("Russia frees US man in exchange for spy ring member", "", "", 2),
]

TWENTY_FIRST_ROUND_OTHER_SIDE_CASES = [
    # The other side of a swap that the lede or body names, after the headline counted one side: "was released in exchange
    # for" or "in a swap for" a named person, "released X in return" at the end of a sentence, "STATE in return freed",
    # a passive "X was freed by France in return", and a named person's journey the other way ("while X was flown to ...").
    ("Iran frees Belgian aid worker", "Olivier Vandecasteele was released on Friday in exchange for Assadollah Assadi.", "", 2),
    ("Venezuela frees 10 Americans", "The Americans were released in exchange for Alex Saab, an ally of Nicolas Maduro.", "", 11),
    ("Venezuela frees 10 Americans", "The United States released Alex Saab in return.", "", 11),
    ("Russia frees American journalist", "Evan Gershkovich was released in a swap for Vadim Krasikov, a Russian assassin.", "", 2),
    ("Iran frees two French citizens", "France in turn freed Iranian student Mahdieh Esfandiari.", "", 3),
    ("Iran frees two French citizens in swap", "Iranian student Mahdieh Esfandiari was freed by France in return.", "", 3),
    ("Syria frees Israeli student", "Israel in exchange freed two Syrian shepherds who had entered its territory.", "", 3),
    ("Iran frees two Swedes in swap", "Johan Floderus and Saeed Azizi landed in Stockholm, while Hamid Nouri, jailed for life in "
     "Sweden, was flown to Tehran.", "", 3),
    ("Venezuela frees 10 Americans in swap",
     "The Americans landed in Texas as Alex Saab, an ally of Maduro, was flown to Caracas.", "", 11),
    # Near misses: the first side told again, money or relief "in exchange", officials, lawyers and relatives travelling,
    # the other side counted in the headline, the dead.
    ("Iran frees two French citizens", "Cecile Kohler and Jacques Paris were released in exchange for Mahdieh Esfandiari.", "", 3),
    ("Iran frees Belgian aid worker", "Olivier Vandecasteele was released on Friday in exchange for sanctions relief.", "", 1),
    ("Iran frees two Swedes in swap", "Johan Floderus and Saeed Azizi landed in Stockholm, while Foreign Minister Tobias "
     "Billstrom flew to Muscat.", "", 2),
    ("Iran frees two Swedes in swap",
     "Johan Floderus and Saeed Azizi landed in Stockholm, while their lawyer Anna Berg flew to Muscat.", "", 2),
    ("Iran frees two Swedes", "Johan Floderus and Saeed Azizi landed in Stockholm, while Hamid Nouri remained in a Swedish "
     "prison.", "", 2),
    ("Taliban free two Americans in exchange for Afghan held in US", "", "The Taliban on Tuesday released American citizens "
     "Ryan Corbett and William McKenty in exchange for Khan Mohammed, an Afghan serving two life sentences in California.", 3),
    ("Israel frees 600 prisoners after hostages' bodies returned", "Only four coffins were handed over on Monday.", "", 600),
    # A review's mends: the dead named after the cue ("the bodies of A and B", "the late A", "A, whose body ..."), money
    # released "in exchange for" the freed person, a statement or footage "released in turn", a headline whose figure is the
    # whole exchange ("Prisoner swap frees 26", "Two freed in Russia-US swap"), a past swap told in the body.
    ("Israel frees 45 Palestinian prisoners",
     "The prisoners were released in exchange for Hadar Golan, whose body had been held in Gaza since 2014.", "", 45),
    ("Israel frees 45 Palestinian prisoners", "Hamas in turn handed over the bodies of Oren Shalev and Hadar Golan.", "", 45),
    ("Israel frees 50 Palestinian prisoners", "They were released in exchange for the late Shira Bibar and her sons Ari and "
     "Kfir, whose bodies were handed over on Thursday.", "", 50),
    ("Israel frees Samir Kantar and four Hezbollah fighters",
     "Hezbollah handed over the coffins of Ehud Goldman and Eldad Regen in return.", "", 5),
    ("Iran frees Belgian aid worker", "Iranian assets frozen in Belgium were released in exchange for Olivier Vandeven.", "", 1),
    ("Iran frees British-Iranian aid worker", "A £393.8 million debt was released in exchange for Nazanin Zaghari.", "", 1),
    ("Taliban free two Americans", "The Taliban in turn released a statement naming Ryan Corben and William McKenna.", "", 2),
    ("Ukraine frees 40 Russian soldiers", "Russia in turn released footage of Ukrainian POWs, including Maksym Butko.", "", 40),
    ("Prisoner swap frees 26 in Ankara", "Evan Gersh was released in exchange for Vadim Krasov, the Tiergarten killer.", "", 26),
    ("Prisoner swap frees 26 in Ankara", "The United States released Vadim Krasov in return.", "", 26),
    ("Two freed in Russia-US swap", "Marc Fogle flew home. Alexander Vinik flew to Moscow in return.", "", 2),
    ("Iran, Sweden swap three prisoners", "Johan Flodin and Saeed Azizollahi were freed in exchange for Hamid Nouran.", "", 3),
    ("Ten freed in Belarus-Poland prisoner exchange", "Andrzej Poczob was set free in exchange for Ivan Sokolov.", "", 10),
    ("Russia frees US teacher", "Marc Fogle was freed on Tuesday.", "In 2022, Trevor Reid was freed in exchange for Konstantin "
     "Yarosh, and Brittney Grier in exchange for Viktor Bouton.", 1),
    # A second review's mends: a headline with no side of its own whose lede names both sides once ("A arrived, while B ...
    # was flown to Tehran"; "B was freed by the US in return"), the dead, an envoy's visit or a tanker "in exchange for", a
    # similar or earlier deal, a mass amnesty beside others still inside.
    ("Sweden, Iran trade prisoners", "Swedish EU official Johan Ekberg arrived in Stockholm, while Hamid Nourin, jailed in Sweden "
     "for war crimes, was flown to Tehran.", "", 2),
    ("US, Russia trade prisoners", "Russia freed Paul Kessler. Alexander Vinnikov was freed by the US in return.", "", 2),
    ("Hamas frees Israeli hostage", "Dana Levi was freed in exchange for the coffin of Ahmad Nasser.", "", 1),
    ("Hamas frees Israeli hostage", "Dana Levi was freed in a swap for the remains of commander Ahmad Nasser.", "", 1),
    ("Russia frees US teacher", "Paul Kessler was freed in exchange for a visit by envoy Kirill Dmitriev to Washington.", "", 1),
    ("Iran frees French tourist",
     "Benjamin Royer was freed in exchange for the Adrian Darya, the Iranian tanker held in Gibraltar.", "", 1),
    ("Russia frees US teacher", "Paul Kessler was set free on Friday. In a similar deal, Trevor Reed was freed in exchange for "
     "Konstantin Yaroshenko.", "", 1),
    ("Egypt frees Alaa Nasser in mass amnesty", "Others are still inside, his sister said.", "", None),
]

TWENTY_FIRST_ROUND_OTHERS_CASES = [
    # Others who were not freed (a demand for them, still held, vanished) leave one named person counted; others freed with
    # the person leave the count unknown.
    ("Egypt frees activist Alaa Abd El-Fattah",
     "Amnesty welcomed the release and urged Egypt to free all others held for their views.", "", 1),
    ("Azerbaijan frees journalist Khadija Ismayilova", "\"I'm not free while others are still inside,\" she told reporters.",
     "", 1),
    ("Lebanese man held in Syria for 33 years returns home", "Suheil Hamawi crossed back into Lebanon on Monday. Families say "
     "hundreds of others vanished in Syrian jails.", "", 1),
    ("Egypt frees activist Alaa Abd El-Fattah", "He walked out of Wadi al-Natrun prison on Tuesday; others were freed too.", "",
     None),
    ("Azerbaijan frees journalist Khadija Ismayilova", "She was freed with others arrested in the same case.", "", None),
    ("Lebanese man held in Syria for 33 years returns home",
     "Suheil Hamawi crossed back into Lebanon on Monday. Hundreds of others were also freed.", "", None),
]

# Figures before more trades of people count them; a swap told near a place happened; the other side of "exchanged for" is
# counted with the first.
TWENTY_THIRD_ROUND_CASES = [
    # One person on each side, the other side told after the lede or in the lede's own clause.
    ("Russia frees Mark Fennel", "", "Mark Fennel, an American teacher held in Russia for two years, landed at home on Saturday.\n\n"
     "The United States confirmed that Pavel Orlov, a Russian businessman, had been let go in return.", 2),
    ("Russia frees Mark Fennel", "", "Mark Fennel, an American teacher held in Russia for two years, was freed on Saturday.\n\n"
     "Officials said one person would be released by the United States in return.", 2),
    ("Iran frees Johan Berg", "", "Johan Berg, a Swedish official held in Iran for two years, was freed on Saturday.\n\n"
     "As part of the deal, Sweden freed Hamid Rezaei, a former Iranian prison official.", 2),
    ("Russia releases American teacher", "Russia freed Mark Fennel, an American teacher, in exchange for Pavel Orlov, a Russian "
     "businessman.", "", 2),
    ("Iran releases Belgian aid worker", "Olivier Vanden, a Belgian aid worker, was freed by Iran in exchange for Karim Nouri, an "
     "Iranian diplomat.", "", 2),
    ("Russia releases American teacher", "Russia released Mark Fennel, an American teacher, on Tuesday and the United States freed "
     "Pavel Orlov, a Russian businessman, in return.", "", 2),
    # ... but not money, nor another deal, nor people flown home under an arrangement who were not held.
    ("Iran releases Belgian aid worker", "Iranian assets frozen in Belgium were released in exchange for Olivier Vanden, a Belgian "
     "aid worker.", "", 1),
    ("Russia releases American teacher", "Mark Fennel was freed on Friday. In a similar deal, Trevor Reed was freed in exchange "
     "for Konstantin Yaroshenko.", "", 1),
    ("Two Americans held by Houthis freed, flown to Oman", "", "Two Americans held by Yemen's Houthi movement were freed on "
     "Wednesday and flown to Oman.\nAs part of the arrangement, about 240 Houthi fighters who had been stranded in Oman were allowed "
     "to fly back to Sanaa.", 2),
    # A named person, described, and a figure of others; not twice when the headline names him on the other side.
    ("Egypt frees Omar Haddad", "Omar Haddad, a lawyer, and 13 others convicted in the same case were released on Tuesday.", "", 14),
    ("Azovstal commanders among 215 returned to Ukraine; Medvedchuk handed to Moscow", "Kyiv said 215 of its people came home in "
     "the exchange. Russia received Viktor Medvedchuk, the pro-Kremlin politician, and 55 others, President Zelensky said.", "", 271),
    ("Azovstal commanders among 215 returned to Ukraine; Medvedchuk handed to Moscow", "Kyiv said 215 of its people came home in "
     "the exchange. Russia received Viktor Medvedchuk and 55 others, President Zelensky said.", "", 271),
    # No one counted: a hyphenated nationality in a list of names, a channel's number, an official on the flight home, bail
    # "for each", the people a hostage was kidnapped with.
    ("Iran releases French tourist Paul Marin and Franco-Iranian academic Nadia Karimi", "", "", 2),
    ("France 3 journalists Ghesquiere and Taponier free after 547 days", "", "", 2),
    ("Channel 4 journalists Paul Marin and Luc Dubois freed by kidnappers", "", "", 2),
    ("North Korea frees Americans Paul Marin and Luc Dubois", "The two men flew home with Tom Hale, the US director of national "
     "intelligence.", "", 2),
    ("Two hikers freed on bail", "The two hikers left Evin on Wednesday after intermediaries posted $500,000 bail for each.", "", 2),
    ("Militants free Norwegian hostage Paul Marin", "Militants freed Norwegian Paul Marin on Saturday, a year after kidnapping him "
     "from a resort with two Canadians and a Filipina.", "", 1),
    # Still counted: a figure after a verb.
    ("Kidnappers free 3 journalists", "", "", 3),
    # Named people pardoned "along with 2,473 other people" are more.
    ("Morocco pardons journalists", "The king pardoned journalists Karim Alami and Said Benali on Monday, along with 300 other "
     "prisoners.", "", 302),
    # A headline side that is a figure alone, beside one that goes the other way or told "of its own"; not a part of the
    # first side going home.
    ("Twenty Ukrainians come home, 14 go the other way in first Donbas exchange", "", "", 34),
    ("Azerbaijan hands back 32 Armenian soldiers, receives two of its own in swap", "", "", 34),
    ("Russia frees 20 Ukrainians, gets 14 of its own back in swap", "", "", 34),
    ("215 come home to Ukraine; Medvedchuk and 55 Russians go the other way", "", "", 271),
    ("Qatar frees eight Indian navy veterans; seven return home", "", "", 8),
    # Groups listed by commas alone, a singular nationality among them.
    ("Hamas frees 13 Israelis, 10 Thais, 2 Filipinos", "", "", 25),
    ("13 Israelis, 10 Thais, 1 Filipino out of Gaza; 39 Palestinian women leave Israeli jails", "", "", 63),
    # The other side's state that "then released" its figure, after the headline's named people.
    ("Yarden Bibas, Ofer Kalderon and Keith Siegel freed in fourth handover", "Israel then released 183 Palestinian prisoners, "
     "the Prisoners' Club said.", "", 186),
    # "one of Belarus's best-known political prisoners" describes the person; "set him free along with 13 others" is 14.
    ("Freed dissident reunited with wife in Vilnius", "", "Sergei Tikhon, one of Belarus's best-known political prisoners, "
     "embraced his wife in Vilnius on Saturday after Minsk unexpectedly set him free along with 13 other detainees.", 14),
    ("Belarus frees Sergei Tikhon", "Sergei Tikhon, one of the country's best-known dissidents, was freed on Saturday.", "", 1),
    # Stories written fresh from the conventions: a singular nationality before a figure, one side's "total", the other
    # side's "same number" or "48 of its servicemen in return" told later, a batch still to come, sentences only cut.
    ("Belarus frees Lithuanian and two Latvians as US envoy visits Minsk", "", "", 3),
    ("Taliban free American and two Australians", "", "", 3),
    ("Iran frees Rezaian, 3 other Iranian-Americans as US lifts nuclear sanctions", "", "", 4),
    ("Russia pardons US citizen held for smuggling medical cannabis, Washington frees Russian hacker", "", "", 2),
    ("Russia and Sweden swap prisoners: Swedish-Russian woman freed, alleged spy sent home", "", "", 2),
    ("Ukrainian defenders come home in latest exchange", "", "A total of 103 Ukrainian soldiers returned home from Russian "
     "captivity on Thursday, Ukraine's Coordination Headquarters said.\nMany needed medical treatment, the headquarters said.\n"
     "Russia's Defence Ministry said the same number of Russian servicemen had been handed back.", 206),
    ("Live: Ukraine and Russia exchange prisoners", "", "14:05 - Ukraine's president says 48 soldiers have returned home from "
     "Russian captivity.\n14:32 - Russia's Defence Ministry confirms it has received 48 of its servicemen in return.", 96),
    ("Ukraine brings home first 50 of 300 captives in new exchange", "The remaining 250 are to be freed in three stages by the end "
     "of the month.", "", 50),
    ("Kazakhstan amnesty frees jailed activists", "The amnesty freed labour activist Yerlan Baim and poet Aigerim Tleu along with "
     "more than 2,000 other inmates, prosecutors said; some 7,500 more had their sentences cut.", "", 2002),
    # ... and the look-alikes a review found: no person "in exchange for testimony", a return told unsure, denied or as an
    # expulsion, the dead or a subset going "the other way", surnames made of a country's name, a freed spy chief.
    ("Jailed Cambodian activist freed", "", "Cambodia freed Theary Seng in exchange for testimony against opposition leader Kem "
     "Sokha, her lawyer said.", 1),
    ("Russia frees American teacher Marc Fogel", "", "Russia released Marc Fogel, a teacher, on Tuesday.\nIt was not clear "
     "whether Alexander Vinnik would be released in return.", 1),
    ("Russia frees American teacher Marc Fogel", "", "Russia released Marc Fogel, a teacher, on Tuesday.\nOfficials denied that "
     "Alexander Vinnik had been let go in return.", 1),
    ("Russia frees British Council worker Emma Cole", "", "Russia released Emma Cole, a British Council employee, on Monday.\n"
     "London said a Russian diplomat would be sent home in return, ending a row over expulsions.", 1),
    ("Russia frees jailed US Marine", "Russia freed Trevor Reed on Wednesday, and in return the United States released Konstantin "
     "Yaroshenko, a pilot serving 20 years.", "", 2),
    ("Russia frees US student Ksenia Karelina", "", "Russia freed Los Angeles ballet dancer Ksenia Karelina on Thursday.\nOfficials "
     "said a Russian man would be freed by the United States in return.", 2),
    ("Azerbaijan hands back 32 Armenians, receives two of its own for burial", "", "", 32),
    ("Twenty Ukrainian POWs come home; 14 go the other way in coffins", "", "", 20),
    ("Israel frees 39 Palestinians; 14 go the other way to Egypt for exile", "", "", 39),
    ("215 come home; Medvedchuk and 55 Russians go the other way", "Ukraine got back 215 soldiers, including 108 fighters of the "
     "Azov regiment, in its biggest exchange of the war.", "", 271),
    ("Taliban free aid workers Smith-Jordan and Baker", "", "", 2),
    ("Sudan's military releases ex-spy chief", "", "Sudan's military released Salah Gosh, the ousted intelligence chief, on Friday "
     "after three months of house arrest.", 1),
    # People listed one by one after a group and a comma; not the group told again one by one.
    ("Belarus frees 6 Poles, 2 Lithuanians, a Latvian and a Swede", "", "", 10),
    ("Myanmar frees seven foreigners", "Myanmar deported seven foreign nationals freed from Insein prison on Wednesday: three "
     "Thais, two Chinese, an American and a Briton, state television said.", "", 7),
    ("Canadian diplomats Fowler and Guay freed in Mali", "Robert Fowler and his aide Louis Guay were handed over with two European "
     "women tourists, a German and a Swiss, seized in January.", "", 4),
    # The person and the others: "one of 12 civilians returned", "and 38 other prisoners", named subjects "freed along with 8
    # other civilians" (the headline's two among the ten), not an unnamed "they".
    ("Amnesty: release of Crimean Tatar journalist 'long overdue'", "Amnesty International welcomed the release of journalist "
     "Remzi Ablaev, one of 12 civilians returned to Ukraine on Thursday.", "", 12),
    ("Georgia pardons jailed TV director and 38 other prisoners", "", "", 39),
    ("Russia frees 2 Ukrainian Greek Catholic priests", "Fathers Ivan Lev and Bohdan Hrytsiv, held for 18 months, were freed along "
     "with 8 other Ukrainian civilians in a Vatican-mediated handover.", "", 10),
    ("Georgia frees TV director", "The president's office said Giorgi Tsertsvadze walked free on Saturday along with 38 inmates "
     "pardoned on humanitarian grounds.", "", 39),
    ("Hostages freed in Chad", "They were released together with 20 other prisoners, officials said.", "", 20),
    # Headline sides: one person's nationality opening the list, the dead and a group named for its people are no one
    # more, "all 682" is the whole its parts belong to.
    ("South Korean, three Filipinos freed in Libya after 315 days", "", "", 4),
    ("Russia, two others free jailed reporters", "", "", 2),
    ("Israel hands over two Lebanese detainees; Hezbollah returns body of Israeli civilian", "", "", 2),
    ("Qatari hunting party freed in Iraq after 16 months; 26 hostages return to Doha", "", "", 26),
    ("Israel frees all 682 Gaza flotilla activists; 466 Turks flown home", "", "", 682),
    # Counted: "17 wives of fighters" released in return; not counted: the accused of a mass trial, people bussed away.
    ("Jihadists free two dozen Druze women and children abducted from Sweida", "In return, Damascus released 17 wives of Islamic "
     "State fighters held in government prisons, a war monitor said.", "", 41),
    ("Egypt frees Irish citizen Ibrahim Halawi after four years", "Halawi was freed along with 51 other defendants acquitted in a "
     "mass trial of 494 people.", "", 52),
    ("Syrian militants free five Hezbollah fighters", "Hezbollah released three Nusra members in return, while some 7,000 "
     "militants and refugees were bussed to Idlib.", "", 8),
    # A headline of people freed and others still held; a person "exchanged at Abu Dhabi airport for" another; the first
    # side named after a state's release verb or crossing home, beside the other side's figure told "In exchange".
    ("Russia frees 2 Ukrainian sailors captured in Kerch Strait, 22 remain in custody", "", "", 2),
    ("Russia frees WNBA star", "Kendra Brooks was exchanged at Abu Dhabi airport for Viktor Bulatov, who was serving 25 years.",
     "", 2),
    ("Poland and Russia exchange alleged spies at Belarus border", "Warsaw freed Alexei Gubanov, accused of spying for Russia's "
     "GRU, officials said.", "Poland released a man it had held for two years on espionage charges.\nIn exchange, Moscow freed 2 "
     "Polish citizens, whom officials did not name.", 3),
    ("Polish-Belarusian journalist freed in swap at Polish border", "Andrzej Pawlikowski, jailed in Belarus for 8 years, crossed "
     "at Terespol on Wednesday.", "In exchange, Warsaw released 4 people held on espionage charges.", 5),
    # One person of one nation in the headline, the other nation's figure in the lede; a side's own "and a Sudanese"; a
    # place after a preposition is no side ("17 detainees between Sanaa and Abha"); a list of parts runs over commas.
    ("Israeli woman who crossed into Syria returns via Moscow in Russian-brokered swap", "Israel freed two Syrian shepherds in "
     "exchange; a third prisoner refused to be sent to Syria.", "", 3),
    ("Houthis free two Saudi soldiers and a Sudanese; coalition releases 14 Yemenis in ICRC swap", "", "The Red Cross facilitated "
     "on Thursday the release and transfer of 17 detainees between Sanaa and Abha.", 17),
    ("Qatar announces release of 24 hostages from Gaza", "Hamas released 24 hostages from Gaza on Friday, among them 13 Israelis, "
     "10 Thai nationals and a Filipino, while Israel freed 39 Palestinian women and teenagers from its jails.", "", 63),
    ("Ukraine brings home 215 fighters, including Azovstal commanders, in swap for Medvedchuk and 55 Russians", "", "", 271),
    # A second review's look-alikes: a source, an apposition or a part after a group and a comma; a whole before a colon;
    # a leader or a capital opening a headline; people freed and then taken away; "the case of"; "all 5 Americans" beside
    # others "also released"; a late-night swap; a person wanted by the FBI; a debt settled "in return".
    ("Azerbaijan frees 15 Armenians, an Azerbaijani official said", "", "", 15),
    ("Houthis free 11 crew members, a Yemeni official said", "", "", 11),
    ("Kidnappers free three hostages, a pastor and his two sons", "", "", 3),
    ("Iran frees two Britons, a father and son", "", "", 2),
    ("Nicaragua frees 222 political prisoners, a bishop among them", "", "", 222),
    ("Belarus frees 14 prisoners: 6 Poles, 2 Lithuanians, a Latvian and a Swede among them", "", "", 14),
    ("Belarus frees 14 prisoners: 6 Poles, 2 Lithuanians, 3 Latvians", "", "", 14),
    ("Biden, 5 Americans freed by Iran meet at White House", "", "", 5),
    ("Hostages freed in Gaza", "The 23 freed hostages were evacuated to a hospital near Tel Aviv.", "", 23),
    ("Iran frees 17 protesters after court drops case", "A court dropped the case of 17 protesters, who were released on "
     "Monday.", "", 17),
    ("Russia frees all 5 Americans; 2 Britons also released", "", "", 7),
    ("Twenty Ukrainians come home, 14 go the other way in late-night swap", "", "", 34),
    ("Russia frees US journalist", "Russia freed Anna Kell in exchange for a hacker wanted by the FBI.", "", 2),
    ("Iran frees British-Iranian charity worker", "", "Iran freed Anoosheh Ashoori in exchange for no concessions, British "
     "officials insisted, but Tehran said a debt was settled in return.\nAshoori landed in London.", 1),
    ("Kenyan aid worker freed in Somalia", "Kenyan aid worker Anne Wambui, who was kidnapped along with 12 civilians in 2022, was "
     "freed by al-Shabaab on Sunday.", "", 1),
    # An earlier release beside the news; officials who met the freed; a named person "and two ex-ministers".
    ("Mali frees 46 Ivorian soldiers; 3 others were released in September", "", "", 46),
    ("Belarus frees 31 prisoners in second pardon this month; 16 were released earlier", "", "", 31),
    ("Swiss missionary freed in Mali after four years in captivity", "Odile Bruner, 58, was released by the JNIM group and flown "
     "to Bamako, where she was met by Switzerland's ambassador and 2 foreign ministry officials.", "", 1),
    ("Guinea junta frees ex-president's aides held since coup", "Former prime minister Mamadou Sylla and two ex-ministers were "
     "released on Monday, their lawyers said.", "", 3),
    # "one Briton" is counted once; a named person's apposition is no more people; parts broken down after a dash.
    ("Taliban free two Americans, one Briton in Qatar-mediated deal", "", "", 3),
    ("Ethiopia frees top opposition leader in amnesty", "", "Ethiopian authorities freed Dereje Ayana, chairman of the Oromo "
     "Federalist Alliance, on Wednesday along with 745 other prisoners, the attorney general's office said.", 746),
    ("Belarus frees 52 prisoners", "", "Belarus released 52 prisoners on Thursday, among them 14 foreigners - six Lithuanians, two "
     "Latvians, two Poles, two Germans, a Briton and a French national - a US envoy said.", 52),
]
TWENTY_SECOND_ROUND_CASES = [
    ("Junta releases three opposition politicians from prison", "", "", 3),
    ("Eastern Ukraine: around 200 prisoners swapped near Horlivka", "", "", 200),
    ("US contractor Mark Frerichs exchanged for Afghan drug lord Bashir Noorzai", "", "", 2),
    ("Libya frees two Russian sociologists", "", "", 2),
    # "one" after a figure is one more person, counted once; a list of names cut by commas stays one side.
    ("10 Thais and one Filipino freed", "", "", 11),
    ("13 Israelis, 10 Thai nationals and one Filipino freed; Israel releases 39 Palestinian prisoners", "", "", 63),
    ("Iran frees Siamak Namazi, Emad Shargi and Morad Tahbaz; US grants clemency to five Iranians", "", "", 8),
    ("Iran frees Siamak Namazi, Emad Shargi, Morad Tahbaz and two others; US grants clemency to five Iranians", "", "", 10),
    # The whole told other ways: "one of 700 prisoners pardoned" as "among 700", "an amnesty covering 6,520"; a person
    # "one of 146 Ukrainians exchanged" is one of the figure, not one more.
    ("British academic Matthew Hedges pardoned by UAE days after being jailed for life",
     "The UAE said Hedges was one of more than 700 prisoners pardoned in a National Day amnesty.", "", 700),
    ("Reuters journalists Wa Lone and Kyaw Soe Oo leave Insein prison", "The two reporters were released under a "
     "presidential amnesty covering 6,520 prisoners.", "", 6520),
    ("Myanmar junta frees Sean Turnell, Vicky Bowman and Toru Kubota in amnesty of 5,774", "", "", 5774),
    ("Ukrainian journalist Dmytro Khyliuk back home in latest prisoner swap", "He was one of 146 Ukrainians exchanged on "
     "Sunday; Russia got back the same number.", "", 292),
    ("Hostage was one of two Americans freed", "", "", 2),
    # Names after a figure, as many as it counts, are its people again; the other side going back to its state is a
    # side of its own.
    ("Three Americans freed by North Korea, Kim Dong-chul, Kim Hak-song and Tony Kim, arrive at Andrews alongside Pompeo",
     "", "", 3),
    ("Sophie Pétronin, Soumaïla Cissé and two Italians freed in Mali; 200 militants released", "", "", 204),
    ("Ukraine brings home 116 prisoners of war as 63 return to Russia", "", "", 179),
    ("Ukraine: 108 women return in first all-female prisoner swap, 110 sent back to Russia", "", "", 218),
    # A channel's number before one person's role counts no one; a place before the people freed, an envoy who brings
    # them home and a name "among them" are not more people.
    ("Roméo Langlois emerges from the Caquetá jungle after FARC release", "Captured by the FARC on April 28, the France 24 "
     "correspondent was handed over on Wednesday.", "", 1),
    ("Myanmar court frees 69 student protesters", "", "", 69),
    ("82 freed Chibok girls swapped for five Boko Haram commanders", "", "", 87),
    ("Trump envoy Richard Grenell returns from Venezuela with six Americans following Maduro talks", "", "", 6),
    ("Five people handed over in Lithuania-Russia border exchange; Norwegian Frode Berg, pardoned by Putin, among them", "",
     "", 5),
    # A review's near misses: a figure going home outside an exchange is no side; "one of N" arrested or kidnapped is no
    # whole freed; a decree "covering" people still under review frees no one yet; people who appealed or waited are not
    # counted; a Title Case clause is no list of names.
    ("Moldova frees two Russian journalists, as 1,200 return to Moldova from abroad to vote", "", "", 2),
    ("Thailand hands back 18 Cambodian soldiers as 2,500 return to Cambodia", "", "", 18),
    ("Belarus frees journalist Ksenia Lutskina", "She was one of four Belsat journalists arrested in 2020; the other three "
     "remain in prison.", "", 1),
    ("Russia frees 2 Estonians; Putin's clemency decree covering 100 foreigners still under review", "", "", 2),
    ("Myanmar frees Japanese filmmaker Toru Kubota; 30 photographers wait at Narita", "", "", 1),
    ("Taliban Free Mark Frerichs, Zalmay Khalilzad Says; US Frees Bashir Noorzai", "", "", 2),
    ("Taliban Free Mark Frerichs, US Releases Bashir Noorzai", "", "", 2),
    ("Belarus says more than 2,000 protest detainees let out overnight", "", "", 2000),
    ("Melitopol mayor Ivan Fedorov swapped for nine Russian conscripts", "", "", 10),
    ("Esraa Abdel Fattah and Mahienour el-Massry among activists let out by Egyptian prosecutors", "", "", None),
    ("Houthis free 4 pilot trainees held since 2015", "", "", 4),
    ("Belarus frees Ihar Karnei again", "The KGB pardoned him along with 13 other prisoners.", "", 14),
    ("Tsikhanouski reunited with wife in Vilnius after Minsk frees him with 13 other prisoners", "", "", 14),
    ("Exchange: 52 Ukrainian defenders return home, 52 taken back to Russia", "", "", 104),
    ("Belarus journalist Andrzej Poczobut pardoned", "He was one of 52 political prisoners Belarus let out on Thursday.", "",
     52),
    ("Whelan back in US", "Paul Whelan was one of 26 people who walked free in the exchange.", "", 26),
    ("Somali militants free 5 clan elders after talks", "", "", 5),
    ("20 living hostages return, 1,968 Palestinians released under Trump-backed Gaza plan", "", "", 1988),
    ("Three hostages freed as 90 prisoners return home", "", "", 93),
    # People named as freed "as" a state pardons a figure are of its whole (not where another state frees them); the other
    # side's figure with its verb of return left out; a whole told before its parts between dashes, names among them.
    ("Eskinder Nega and Andualem Arage freed as Ethiopia pardons 746 prisoners", "", "", 746),
    ("Iran frees Siamak Namazi, Emad Shargi and Morad Tahbaz; US grants clemency to five Iranians", "", "", 8),
    ("Armenia and Azerbaijan swap captives: 32 soldiers return to Yerevan, two to Baku", "", "", 34),
    ("Nicaragua frees Bishop Álvarez and 18 other clergymen", "", "", 19),
    ("Nicaragua frees bishops", "The government said 19 former prisoners \u2014 bishops Rolando Álvarez and Isidoro Mora, 15 "
     "priests and two seminarians \u2014 had been released and flown to the Vatican.", "", 19),
    # A fourth review's near misses: a pardon that is another state's, or of "13 others", or beside a swap, is a side of
    # its own; figures going back or returning to a front or to classes are no side; clergymen who broker a release are
    # not freed.
    ("Marc Fogel freed by Russia as Belarus pardons 14 prisoners", "", "", 15),
    ("Siarhei Tsikhanouski freed as Lukashenko pardons 13 others", "", "", 14),
    ("Ukraine: 95 POWs freed, 40 soldiers return to front", "", "", 95),
    ("Nigeria: 137 pupils freed, 100 students return to classes", "", "", 137),
    ("Two clergymen broker release of 15 hostages in Nigeria", "", "", 15),
]

TWENTY_SIXTH_ROUND_CASES = [
    # One person told by any common noun, as the object of the headline's release or its subject.
    ("Laos frees Thai pensioner jailed over border photos", "", "", 1),
    ("Egypt frees jailed translator after 26 months", "", "", 1),
    ("Kyrgyz blogger jailed for four years freed under amnesty", "", "", 1),
    ("Azerbaijan frees former Voice of America correspondent", "", "", 1),
    ("Mali: Swiss agronomist held by jihadists for 10 months freed", "", "", 1),
    ("Court quashes Estonian sailor's smuggling conviction, frees him", "", "", 1),
    ("Russia frees US hockey coach", "", "", 1),  # "US" is no plural, nor "rights" in "rights lawyer"
    ("Iran frees human rights lawyer after four years", "", "", 1),
    ("Belarus frees 72-year-old pensioner", "", "", 1),
    ("Rebels free kidnapped surveyor in Cabo Delgado; two colleagues still held", "", "", 1),
    # ... not a crew, children, people told by a plural or a vehicle carrying them, nor "more".
    ("Houthis release detained ship crew", "", "", None),
    ("Army frees kidnapped schoolchildren in Zamfara", "", "", None),
    ("Buses carrying freed detainees reach Aden", "", "", None),
    ("Junta frees more detained unionists", "", "", None),
    ("Rebels free Fijian peacekeepers seized near the border", "", "", None),
    # The one person's other side: "in exchange for arms dealer B" names a person, not arms.
    ("Russia frees US basketball coach", "",
     "Russia freed Dana Porter on Thursday in exchange for arms dealer Oleg Sarin.\nMoscow refused to let go of a second "
     "American.", 2),
    # A headline's list of groups with figures beside single people: the list's whole.
    ("Mauritania: Belgian nurse and three Malian drivers freed by kidnappers", "", "", 4),
    ("Rebels free six soldiers, one customs officer near Goma", "", "", 7),
    ("Militants free two Korean engineers and their local interpreter in Niger Delta", "", "", 3),
    ("Chad: Three Sudanese, two Libyans and a Nigerien trucker freed after a month", "", "", 6),
    ("Gunmen free abducted parish priest, four altar boys in Enugu", "", "", 5),
    ("ELN frees Galvis, two Swedes and nine others held in Arauca", "", "", 12),
    ("Dutch nurse Anke Visser, Belgian husband Luc Peeters and two children freed in Mali", "", "", 4),
    ("Venezuela Frees Peruvian, Spaniard And Two Americans", "", "", 4),  # Title Case "And"
    ("Hamas frees 3 soldiers, 1 civilian", "", "", 4),  # "1 civilian" is one person
    ("Three Dutch, two Belgians and a Luxembourger freed in Sahel", "", "", 6),  # "Three Dutch" is a figure of people
    # ... not the names a figure tells again ("A and B, two French cyclists"), an organisation's name ("3 leaders of
    # Forces of Freedom and Change").
    ("Iran frees Moreau and Lefebvre, two French cyclists", "", "", 2),
    ("Mali frees 4 leaders of Movement for Unity and Justice", "", "", 4),
    # ... not the figure's own people named after it, one among them, a source after the list, nor a ship and its crew.
    ("Taliban free two foreigners, a Norwegian and a Pole", "", "", 2),
    ("Russia frees two Britons, Anna Price and Tom Hale, and one Dane", "", "", 3),
    ("Myanmar frees 41 prisoners, a poet among them", "", "", 41),
    ("Azerbaijan frees 9 Armenians, a foreign ministry official said", "", "", 9),
    ("Houthis free Ocean Pearl and its 19 crew", "", "", 19),
    ("Kyrgyzstan frees 14 activists, the last held since 2022", "", "", 14),
    # A second figure after a comma is no group the list adds: it may be the others' parts, a part, people not freed, or
    # an aside; nor is one told "among those", a time, a source in Title Case or a ship.
    ("Hamas frees 9 hostages, 6 Israelis, 3 Thais", "", "", 9),
    ("Tunisia frees 40 protesters, 12 women", "", "", 40),
    ("Belarus frees 18 prisoners, 1,100 still behind bars", "", "", 18),
    ("Minsk pardons 25 protesters, 3 journalists among those let out", "", "", 25),
    ("Belarus pardons 20 prisoners, 4 journalists", "", "", 20),
    ("Rebels free five soldiers, two weeks after ambush", "", "", 5),
    ("Kidnappers free 6 schoolboys, a week later", "", "", 6),
    ("Iran Frees Three Britons, Foreign Office Confirms", "", "", 3),
    ("Iran releases two tankers, 35 crew", "", "", 35),
    ("Egypt frees 25 detainees, a rights lawyer", "", "", 25),
    ("Iran frees four Americans, Reza Tabrizi and Sam Karimi", "", "", 4),
    ("Abducted church congregation freed in Plateau", "", "", None),
    # "As part of the deal, B released N" is the other side's part, not the exchange's whole.
    ("Afghanistan frees four Pakistani border guards captured at Torkham",
     "Four border guards captured in a clash last month were handed back to Pakistan at the crossing on Thursday, officials said.",
     "As part of the deal, Islamabad released 11 Afghan nationals held in Quetta jail, an Afghan official said.", 15),
    # People a release leaves held are not counted.
    ("Nine Yemenis leave Guantanamo for Oman, leaving 20 detainees at the prison", "None of the nine had been charged.", "", 9),
    # A figure quoted as a source's words reads as any other (not a case number in quotes).
    ("Ethiopia frees 'about a thousand' detained Tigrayan soldiers", "", "", 1000),
    ("Myanmar frees 'more than 3,000' prisoners in amnesty", "", "", 3000),
    ("Uzbekistan pardons 'twelve' jailed believers", "", "", 12),
]
TWENTY_FIFTH_ROUND_CASES = [
    # One freed along with others told by their nationality.
    ("Aid worker Claire Dumont freed in Chad", "",
     "Claire Dumont, a French nurse held by rebels in eastern Chad for five months, was freed on Monday along with two "
     "Belgians, Pieter Claes and Jan Wouters, the foreign ministry said.", 3),
    ("Polish reporter Jan Kowal freed in Mali", "",
     "Reporter Jan Kowal, held by jihadists for a year, was freed on Sunday along with two Canadians, officials said.", 3),
    ("Polish reporter Jan Kowal freed in Mali", "",
     "Reporter Jan Kowal, who was kidnapped along with two Canadians in 2023, was freed on Sunday, officials said.", 1),
    # The other side, one person named: "in an exchange for", "let go of", "transferred", "freed by Iran ... in a swap for".
    ("Danish architect home after Iran swap", "",
     "Danish architect Lars Holm landed in Copenhagen on Sunday after being released by Iran in an exchange for Reza Karimi, "
     "an Iranian convicted in Denmark of plotting an attack.\nOman mediated the deal.", 2),
    ("Dutch aid worker Anna de Vries home after 300 days in Evin",
     "De Vries landed in Amsterdam on Friday. The Netherlands in return let go of Mahmoud Tehrani, an Iranian serving 12 "
     "years for smuggling.", "", 2),
    ("Belgian teacher home after Omani-brokered deal", "",
     "Belgian teacher Marc Peeters landed in Brussels on Friday after 400 days in Iranian custody.\nIn return Belgium "
     "transferred Hossein Jafari, an Iranian official serving 15 years for arms trafficking.", 2),
    ("Iran frees Briton in swap", "", "Briton Ed Walsh was freed by Iran on Thursday in a swap for Ali Rahimi, officials said.", 2),
    ("Former soldier Dan Pryor released in prisoner exchange with Russia", "",
     "Former US soldier Dan Pryor was freed by Russia on Monday in exchange for Oleg Sorin, a Russian pilot jailed in the "
     "United States.\nThe two men were swapped on the tarmac of an airport in Turkey, officials said.", 2),
    # No other side: what the freed gave up is no one.
    ("Egypt frees US-Egyptian activist", "",
     "Egypt freed Karim Saleh, a US-Egyptian activist, in exchange for giving up his Egyptian nationality.", 1),
    # The headline's person told by role, and a companion named beside.
    ("Marie Laurent lands in Paris after four months held in Yemen",
     "The Le Monde photographer and her Yemeni driver Ahmed Saleh, kidnapped in Marib in March, were released on Tuesday, "
     "the Elysee said.", "", 2),
    # More of the same exchange in the next paragraph, after a headline that told both sides.
    ("Kyiv and Moscow trade 120 for 120 before New Year", "",
     "Russia and Ukraine exchanged 120 prisoners of war each on Tuesday, the defence ministry said.\nIn addition, Ukraine "
     "received 12 wounded soldiers and handed over eight wounded Russians, the ministry said.", 260),
    # A second group after the members of the first.
    ("Caracas frees Americans and activists", "",
     "Venezuela freed six Americans, among them Tom Bright and Alan Reyes, and 14 Venezuelan political prisoners, "
     "according to US officials.", 20),
    # A review's look-alikes: "In addition" that tells a part, a plan, another state's release or an earlier day; a
    # second group still held; the headline's person named in the lede beside the other side; "transferred to" a
    # hospital; a wife released from hospital.
    ("Kyiv and Moscow swap 150 prisoners each", "", "Russia and Ukraine exchanged 150 prisoners of war each on Tuesday, "
     "the defence ministry said.\nIn addition, 20 of the returned Ukrainians were civilians, the ombudsman said.", 300),
    ("Kyiv and Moscow swap 95 prisoners each", "", "Russia and Ukraine exchanged 95 prisoners of war each on Tuesday.\n"
     "In addition, the two sides agreed to return 50 wounded soldiers each next month.", 190),
    ("Kyiv and Moscow swap 150 prisoners each", "", "Russia and Ukraine exchanged 150 prisoners of war each on Tuesday.\n"
     "In addition, Belarus on Friday pardoned 16 people convicted of extremism.", 300),
    ("Kyiv and Moscow swap 150 prisoners each", "", "Russia and Ukraine exchanged 150 prisoners of war each on Tuesday.\n"
     "In addition, 30 Ukrainian soldiers had been handed over on Friday.", 300),
    ("Belarus frees political prisoners", "", "Belarus freed 16 political prisoners, including Maria Kalesnikava and Maksim "
     "Znak, and some 1,150 remain jailed, Viasna said.", 16),
    ("Swiss national freed by Iran", "", "Iran freed Marc Hofer on Wednesday.\nIn return, Switzerland let go of Reza "
     "Shahbazi.", 2),
    ("Israeli hostage Ori Levy freed in swap", "", "Israeli hostage Ori Levy was freed on Sunday.\nLevy was transferred to "
     "Sheba Medical Center for checks.", 1),
    ("Colombian journalist Andres Pineda freed by rebels", "", "The journalist and his wife Maria Gonzalez were released "
     "from hospital on Monday, a week after rebels freed him.", 1),
    # Clemency granted to the other side is its release; another deal ("the nuclear deal") before a later clause of the
    # release is no total of the exchange; a day's name is no person; a decree still under review frees no one yet.
    ("Iran frees two Britons as London grants clemency to three Iranians", "",
     "Iran released two Britons on Saturday, while the United Kingdom granted clemency to three Iranians convicted of "
     "smuggling.", 5),
    ("EU lifts sanctions on Iran as three Americans are freed", "",
     "The European Union lifted sanctions on Iran on Saturday after inspectors confirmed that Tehran had met its commitments "
     "under last year's nuclear deal, hours after Iran freed three Americans in a prisoner exchange.\nIn return, the United "
     "States granted clemency to five Iranians charged with breaking sanctions.", 8),
    ("Iran sanctions eased on Implementation Day as three Americans freed in swap", "",
     "Tehran freed three Iranian-American prisoners on Saturday in a swap with Washington.\nIn return, the United States "
     "freed five Iranians jailed for breaching sanctions.", 8),
    ("Russia frees 2 Estonians; clemency decree covering 100 foreigners still under review", "", "", 2),
    # A fourth review's look-alikes: clemency under review or for a whole the freed are among; an exchange's own total
    # told after a time clause; "will be treated" is no release still to come; surnames that are also place words.
    ("Belarus frees 14 political prisoners as clemency commission reviews 300 more", "", "", 14),
    ("Morocco frees journalists as king grants clemency on Throne Day", "King Mohammed VI granted clemency to 2,476 people "
     "on Monday and freed three jailed journalists among them.", "", 2476),
    ("Iran and US swap prisoners in Geneva", "The exchange, agreed after two years of Swiss mediation, freed 12 people.", "",
     12),
    ("Russia returns 150 Ukrainian POWs, who will be treated in hospital; Ukraine hands back 150", "", "", 300),
    ("Michael Street and David Camp fly out of Kabul; Afghan commander returns from US", "",
     "The United States released one Afghan, Bashir Noorzai, in return.", 3),
    ("Russia and Ukraine swap 103 for 103", "Russia and Ukraine exchanged 103 prisoners each on Saturday. In addition to "
     "the 206, Russia handed over eight civilians.", "", 214),
    # A state after the figure's preposition mediates; its name is no side of the figure.
    ("Ukraine brings home ten civilians after Vatican mediation", "", "Ten Ukrainian civilians held by Russia returned home "
     "on Friday, President Volodymyr Zelensky said.", 10),
    ("Houthis free cargo ship and its 22 crew after Omani mediation", "The crew of 22 Filipinos and Indians were flown to "
     "Muscat, Oman's foreign ministry said.", "", 22),
]

TWENTY_FOURTH_ROUND_CASES = [
    # A city is no person counted beside the figures.
    ("Ten Americans land in San Antonio after swap for 40 Venezuelans", "", "", 50),
    # The other side told again: a clause of a sentence read already, a figure already told by its state.
    ("Israeli businessman Avi Katz freed in German-brokered exchange", "",
     "COLOGNE (AFP) - Israeli businessman Avi Katz, held by Hezbollah for three years, landed in Cologne on Thursday.\n"
     "In return Israel released 52 prisoners: 40 Palestinians, nine Lebanese and three Syrians.", 53),
    ("Hamas releases three hostages, including Dov Amit", "Israel freed 183 Palestinian prisoners later on Saturday.",
     "Hamas handed over Dov Amit, Gil Sharon and Rafi Levi to the Red Cross in Khan Younis on Saturday.\n"
     "In return, 183 prisoners were freed from Ofer prison, most of them detained in Gaza during the war.", 186),
    # One person and the others: a headline's comma for "and", an office and its staff, aides.
    ("Egypt pardons activist Karim Nabil, five others", "", "", 6),
    ("Court frees Tesfaye Bekele, 11 others, as charges are dropped", "", "", 12),
    ("Houthis free former minister and three staff after six years", "", "", 4),
    ("Militants free consul and 48 staff", "", "", 49),
    ("Junta frees ousted president and two aides", "", "", 3),
    ("Gunmen free two aides of kidnapped governor", "", "", 2),
    # A headline's other side: one person told by a role, a side received back, one more civilian.
    ("U.S. citizen and two Russians freed in Abu Dhabi swap", "", "", 3),
    ("Ukraine frees Russian pilot, gets back two border guards", "", "", 3),
    ("US returns Russian pilot, Moscow frees ex-Marine in tarmac swap", "", "", 2),
    ("Moscow frees three Americans, gets a spy back", "", "", 4),
    ("Azerbaijan releases four soldiers and a civilian", "", "", 5),
    ("Kremlin frees Olga Marchenko; dealer sent back by US", "", "", 2),
    ("Russia frees Paul Whelan; Marine veteran flown to Texas", "", "", 1),
    ("Russia frees Tom Reeves; ex-Marine, 30, back in Texas", "", "", 1),
    # The other side told in the lede: "in turn", "went the other way"; deputies freed with the one named.
    ("Azerbaijan releases two Sputnik journalists", "Russia in turn freed two Azerbaijani citizens.", "", 4),
    ("Russia frees American Gordon Hayes",
     "Hayes, 64, flew to Washington, while Andrei Lisin, a Russian convicted of fraud, went the other way.", "", 2),
    ("Ukrainian mayor freed after nine months in Russian captivity",
     "Oleh Sydorenko was released together with two of his deputies, the governor said.", "", 3),
    # No one counted: people arrested in a clause of their own, an official's aides who meet the freed, lawmakers who vote.
    ("Kidnappers free businessman; three associates arrested", "", "", 1),
    ("Hamas frees French-Israeli hostage Dan Mor", "Dan Mor was released in Khan Younis on Saturday and met at the border by "
     "Ambassador Pierre Lenoir and two aides.", "", 1),
    ("Freed Turkish hostages fly home", "The 46 Turks and three Iraqis held by Islamic State landed in Ankara, where Prime "
     "Minister Ali Sen and 20 aides waited.", "", 49),
    ("Venezuela frees 3 opposition activists as 110 lawmakers vote for amnesty law", "", "", 3),
    ("Venezuela frees nine Americans", "Seven Americans were flown to the U.S. Venezuela got back two nephews of the "
     "president's wife.", "", 9),
    ("Turkish consul, 48 staff freed after 101 days in Islamic State hands", "", "", 49),
    ("Armenian court frees opposition archbishop on bail", "", "", 1),
    # One more, unnamed, told after the headline; a companion the lede names is counted once.
    ("Israeli couple held in Istanbul freed, fly home",
     "Nir and Talia Ben-Ami were arrested eight days ago; a Turkish tour guide held with them was also released.", "", 3),
    ("Italian journalist freed in Syria", "Marco Rossi was freed on Sunday. His Syrian driver was also released.", "", 2),
    ("French photographer freed in Chechnya", "Julien Marchal, held for four weeks, was freed together with his Chechen "
     "interpreter.", "", 2),
    ("Tajik opposition figure freed along with his lawyer", "Tajik authorities released opposition figure Rustam Nazarov on "
     "Friday, and his lawyer, Davron Saidov, who had been jailed alongside him, was also freed.", "", 2),
    ("French journalist and Afghan interpreter freed", "Herve Ghesquiere was freed on Wednesday. His Afghan interpreter was "
     "also freed.", "", 2),
    # "in turn" from the state that freed the headline's people is the same group; prisoners freed before a vote count.
    ("Minsk frees 14 prisoners", "Minsk in turn released 14 prisoners after Washington eased sanctions on potash.", "", 14),
    ("Myanmar junta frees 5,000 prisoners before vote", "", "", 5000),
    ("Iran frees 1,200 prisoners after vote", "", "", 1200),
    ("Omar Haddad and four Hamas fighters cross into Gaza as Israel receives bodies of two soldiers", "", "", 5),
]
TWENTY_SEVENTH_ROUND_CASES = [
    # A sum of money "each" is bail, not a side of a swap; a clause that frees nobody adds no side.
    ("Kenya frees nine land activists on bail", "The nine men were released on bail of 50,000 shillings each, their lawyer "
     "said.", "", 9),
    ("Kuwait frees 14 activists on bail", "The 14 men were released on bail of $1,500 each.", "", 14),
    ("Ukraine brings home six civilians from Russian detention", "No Russians were handed over in return, officials said; "
     "the six had been held in Kursk.", "", 6),
    # One person told by a noun and what was done to them before the release; one person and another of theirs.
    ("Uzbek blogger extradited from Turkey freed after two years", "", "", 1),
    ("Abducted magistrate and her driver freed in Enugu", "", "", 2),
    ("Rebels free governor and 12 other hostages after three weeks", "", "", 13),
    # The named subject before "along with" a figure of others: every name it lists.
    ("Burundi pardons two jailed reporters", "Reporter Jean Ndayisenga and editor Aline Nshimirimana walked out of Mpimba "
     "prison along with 843 other inmates pardoned by the president.", "", 845),
    ("Oman frees rights defender Salim al-Harthi", "Al-Harthi, poet Khalid al-Amri and blogger Nasser Saif were among those "
     "released, along with 412 other inmates.", "", 415),
    # A headline's swap of so many fishermen is the whole; a figure told for both sides already is told again.
    ("Sri Lanka, India swap 40 fishermen at sea border", "Sri Lanka handed over 22 Indian fishermen and received 18 of its "
     "own.", "", 40),
    ("90 Russian servicemen returned home - ministry", "In return, 90 Ukrainian prisoners of war were handed over.",
     "As a result of talks, 90 Russian servicemen have been returned from territory controlled by Kyiv.\n'In return, 90 "
     "prisoners of war of Ukraine were handed over,' the ministry said.", 180),
    # "N of M": N were freed, M is the whole they were among.
    ("Georgia frees 7 protesters on bail", "Seven of 12 protesters arrested outside parliament were released on bail, their "
     "lawyers said.", "", 7),
    ("Gunmen free three of five kidnapped aid workers in Darfur", "", "", 3),
    # The other side's person told travelling after "while" or a semicolon, or as a headline clause's object.
    ("Iran frees two Danes in swap for jailed ex-diplomat", "Aid worker Jonas Lund and Mette Krogh were flown home via Oman, "
     "while Reza Kamali, serving 20 years for plotting an attack, landed in Tehran.", "", 3),
    ("Iran frees two Danes as Denmark releases official convicted over 1988 killings", "Aid worker Jonas Lund and researcher "
     "Mette Krogh flew to Copenhagen; Reza Kamali, serving a life term, was flown to Tehran.", "", 3),
    # ... not an airline, nobody, a release still sought, nor one "among those going the other way" of a side counted.
    ("Washington frees airline from sanctions; 40 Belarus prisoners released", "", "", 40),
    ("Two Danes freed by Taliban; Denmark returns nobody", "", "", 2),
    ("Army frees five soldiers; talks continue to free captured general", "Rebels freed five soldiers on Tuesday, while "
     "negotiators worked to free captured general Ibrahim Dogo and his aide, Musa Garba.", "", 5),
    ("Twelve freed from Russian jails as five Russians go home from the West", "Reporter Anna Berg and Tom Walsh were among "
     "those flown to Ankara; the spy Oleg Markov was among those going the other way.", "", 17),
    ("Iran frees last detained tanker crew member", "", "", 1),
    # Guards from the review: a clause that frees nobody but goes on to free some; a freed person's family, entourage or
    # men are no one more; a lawyer who speaks, or a wife who goes with the freed, is not among them.
    ("Sudan frees protest detainees after delay", "No detainees were released on Monday, but 40 were freed on Tuesday, "
     "lawyers said.", "", 40),
    ("Kidnapped chief and his family freed in Ondo", "", "", None),
    ("Abducted monarch and his entourage freed", "", "", None),
    ("Kidnapped army captain and his men freed by rebels", "", "", None),
    ("Egypt frees blogger after four years", "His lawyer Samir Fawzy said his client Omar Nabil walked out of Tora prison "
     "along with 250 other inmates.", "", 251),
    ("Iranian singer freed", "Singer Arash Karimi, accompanied by his wife Leila Navid, walked out of Evin along with 20 other "
     "inmates.", "", 21),
    # People told by groups the figures name (Rohingya, supporters), a release told as a repatriation; the whole of an
    # amnesty the named are among; a headline's figures the lede totals. Guards: the abducted, migrants carried, a release
    # of documents, a relative who speaks, an organisation beside the names, a wife who travels.
    ('Myanmar frees 85 Rohingya, including 9 children, held for travelling without papers', '',
     '', 85),
    ('Uganda court releases 27 opposition NUP supporters on bail', '',
     '', 27),
    ('North Korea repatriates 4 South Korean fishermen seized near sea border', 'The crew of the squid boat, held for 12 days, were handed over at Panmunjom on Tuesday.',
     '', 4),
    ('Ethiopia pardons Kenyan reporters John Mwangi and Peter Otieno', 'The two reporters, jailed for seven years, were pardoned along with 1,200 other prisoners.',
     '', 1202),
    ('Burundi frees three journalists in pardon of 4,100 inmates', '',
     '', 4100),
    ('Myanmar pardons two photographers', 'Ko Min Naing and Ma Thida Aye walked out of Insein prison among 5,300 inmates freed in an amnesty.',
     '', 5300),
    ('India repatriates 15 Pakistani fishermen, 2 civilian prisoners via Wagah', 'The 17 men, some held since 2019, crossed into Pakistan on Tuesday after completing their sentences.',
     '', 17),
    ('12 schoolgirls handed over in brokered deal', 'The girls, among 200 abducted from their school, were released by the militants on Thursday.',
     '', 12),
    ('Cuba frees jailed US citizen as gesture', 'Havana freed Florida resident Tom Reyes, who was serving six years over a boat carrying 11 migrants.',
     '', 1),
    ('Russia frees Briton as UK releases guidance for travellers', '',
     '', 1),
    ('Father of blogger deported from Turkey says son freed', '',
     '', 1),
    ('Azerbaijan frees journalists', 'Ulvi Hasanli and Sevinj Vagifgizi, the director of Abzas Media, were freed along with 8 other detainees.',
     '', 10),
    ('Iran frees Swedish diplomat in swap', "Johan Floderus flew to Stockholm; Floderus's wife Emma Lindqvist arrived in Muscat to meet him.",
     '', 1),
    # Releases told before as background ("had already led to hundreds") and "inciting others" make no count vague; two
    # office holders; one person "a day before" a visit; three editors. Guards: lawmakers who appealed, a Maduro ally
    # released in return, the named among hundreds.
    ('Gambia frees opposition leaders Ousmane Jallow and Cheikh Touray ahead of vote', 'BANJUL - Opposition leader Ousmane Jallow and his running mate Cheikh Touray were released from prison late on Thursday, a week before the election.',
     'Their release came under an amnesty law passed this month, which had already led to hundreds of detainees leaving prison since March.', 2),
    ('Hong Kong activist Mei Chan walks free after serving sentence', '',
     'Chan was released from prison on Wednesday after serving 20 months for inciting others to join a banned vigil.', 1),
    ('Junta frees ousted premier and interim president', '',
     '', 2),
    ("Belarus frees former Radio Liberty journalist a day before envoy's visit", '',
     '', 1),
    ('Hong Kong: three editors of closed news site freed on bail; one still held', '',
     '', 3),
    ("Egypt's president pardons activist Samir Adel after 60 lawmakers appealed for his release", '',
     '', 1),
    ('Venezuela frees six Americans; U.S. releases Maduro ally', '',
     '', 7),
    ('Activist Lina Haddad among hundreds freed since Monday', '',
     '', None),
    # Those taken, the freed among them ("among 150 abducted"); "jailed while reporting" is one clause; a side's part before
    # "swap 40 prisoners each"; earlier stages told by their month, their days or as "the first stage" after a later
    # stage's headline; "received 150 of its own". Guard: a first day's own first figure.
    ('Twenty schoolboys freed in swap for jailed militants', 'The boys, among 150 abducted from their school in 2021, were flown to the capital after talks mediated by the church.',
     '', 20),
    ('Two reporters walk out of prison after 400 days', 'The two journalists, jailed for five years while reporting on a land dispute, were among 3,100 prisoners pardoned in an annual amnesty.',
     '', 3100),
    ('Activist Lev Orlov and 12 sailors land in Kyiv as Moscow and Kyiv swap 40 prisoners each', '',
     '', 80),
    ('Israel releases second batch of 300 prisoners under exchange deal', 'Israel freed 300 prisoners overnight, completing the exchange. The first 200 were set free in March, when the soldier came home.',
     '', 300),
    ('Second phase of the exchange: 300 prisoners head home', 'Israel released 300 prisoners overnight, completing the deal. The first stage, on March 3, saw 200 prisoners freed alongside the soldier.',
     '', 300),
    ('150 defenders home in final stage of agreed exchange', 'Both sides each handed over 150 soldiers on Sunday, Kyiv said, following exchanges of 200 and 180 people per side on Friday and Saturday.',
     '', 300),
    ('Exchange completed: 150 more defenders home on third day', 'Russia returned 150 Ukrainian service members on Sunday and received 150 of its own, completing the swap. The earlier stages, on Friday and Saturday, had brought back 200 and 180 people.',
     '', 300),
    ('Forty freed on first day of exchange', 'The first 40 prisoners were handed over on Friday, officials said.',
     '', 40),
    # A lone surname "home" beside the other side's figure (not an envoy who "flies home with" them); named people "have been
    # freed ..., along with two Swiss"; the other side told as what the release "came days after".
    ('Adler home after five years as 300 Palestinians cross in first stage of swap', '',
     '', 301),
    ('Envoy flies home with four Americans after talks in Caracas', '',
     '', 4),
    ('Niger: Italian priest and German aid worker freed in exchange for jihadist prisoners', '',
     'Italian priest Marco Berti and German aid worker Anna Vogt have been freed by jihadists, the presidency said, along with two Swiss, Lena Graf and Urs Keller.\nTheir release came days after the authorities let about 150 suspected militants go in a prisoner exchange with the group.\nBerti, 70, was kidnapped in 2018.', 154),
    # An exchange's whole told as so many people "exchanged" or "changing planes". Guards from a review: the captors' own
    # earlier release is no other side; a surname "home" beside a whole that holds the person, or beside the person told
    # again by role; two of one's own "for reburial".
    ('Berg, Sokol and Vance freed in biggest East-West swap in years', 'Planes from Russia, the US and Germany met in Helsinki, where Finnish intelligence oversaw the exchange.',
     'Eighteen people held in five countries were exchanged in Helsinki on Thursday in the largest prisoner swap between Russia and the West in years.\nRussia and Belarus released ten people, among them reporter Anna Berg, activist Ilya Sokol and Tom Vance.\nGoing the other way were eight Russians.', 18),
    ('Berg, Sokol and Vance freed as 18 prisoners change hands in Helsinki', '',
     'Russia and the West carried out their biggest exchange in years on Thursday, with 18 prisoners changing planes on the tarmac at Helsinki.\nRussia released ten people and the West eight Russians.', 18),
    ('Abu Sayyaf frees three Malaysian sailors', '',
     'The three were handed to police in Sulu on Sunday, officials said.\nTheir release followed the freeing of 10 Indonesian sailors by the militants in May.\nThe group still holds two Filipinos.', 3),
    ('Whelan home as 24 freed in biggest East-West swap', '',
     '', 24),
    ('Johnston home after 114 days as Gaza kidnappers free BBC man', '',
     '', 1),
    ('Armenia hands back five Azerbaijanis, receives two of its own for reburial', '',
     '', 5),
    # A side, or a part of one, told before "swap N prisoners each" is in it; a group told after it is added.
    ('Ukraine gets back 12 civilians as sides swap 60 prisoners each', '',
     '', 120),
    ('38 soldiers returned in swap of 38 prisoners each', '',
     '', 76),
    ('Ukraine, Russia trade 150 prisoners each; Kyiv also hands over 20 wounded', '',
     '', 320),
    # The other state telling its own servicemen "returned from territory controlled by" the first, in a later paragraph;
    # a headline of that alone is one side.
    ('Prisoner exchange goes ahead a week after plane crash', '',
     'Kyiv, 31 January. Ukraine brought home 180 of its citizens from Russian captivity on Wednesday, the coordination headquarters said.\nAccording to the Russian defence ministry, 170 Russian servicemen were returned from territory controlled by Kyiv and flown to Moscow.\nThousands of Ukrainians remain in captivity.', 350),
    ('Russia says 60 servicemen returned from Ukrainian captivity', '',
     '', 60),
    # One side's figure "in exchange for the same number" counts twice beside a group told after it.
    ('Hundreds come home in exchange between Moscow and Kyiv', '',
     'MOSCOW - Russia said on Saturday that 200 of its servicemen had been returned from Ukrainian-controlled territory in exchange for the same number of Ukrainian prisoners of war.\nIn addition, 20 wounded Ukrainian prisoners were handed over in exchange for 10 wounded Russian soldiers, the ministry said.', 430),
    # People taken or killed with the freed, told as the past ("after he was arrested along with two colleagues"), and a
    # release still to come ("an amnesty expected to release two"), are not counted; the freed's own figure is.
    ('Reporter Tom Hale deported from Egypt after 300 days', '',
     'Australian reporter Tom Hale flew out of Cairo on Sunday, more than 300 days after he was arrested along with two colleagues.\nHis colleagues remain in prison.', 1),
    ('Reporter Tom Hale freed from Egyptian prison', '',
     'Australian reporter Tom Hale was released from prison in Cairo on Sunday, more than a year after he and two colleagues were arrested.\nThe colleagues remain in custody.', 1),
    ('District officer Ravi Kumar back home after 10 days with rebels', '',
     'RAIPUR: District officer Ravi Kumar walked out of the forest on Thursday, 10 days after rebels abducted him from a meeting and shot dead his two guards.', 1),
    ('Putin pardons tycoon Ivan Petrov, who flies to Berlin', '',
     'Ivan Petrov was released from a prison camp on Friday after Putin pardoned him, and flew to Germany.\nHe had spent ten years behind bars.\nPetrov was freed the same week as an amnesty that is expected to release two members of a punk band.', 1),
    ('Court frees 15 activists arrested after protest', 'The 15 activists, arrested after a protest in which two people were killed, were released on bail.',
     '', 15),
    # A named subject freed "along with" so many sailors or tourists counts with them. Guards from a review: money "changing
    # hands", a group freed "in addition" before "swap N each", "received 90 names of prisoners", the captors who abducted
    # them and then "released 300".
    ('Abu Sayyaf frees Norwegian hostage Lars Holm', 'Holm, seized from a resort a year ago, was handed to rebel leader Nur Misuari in Sulu along with three Indonesian sailors, officials said.',
     '', 4),
    ('Canadian diplomats Hale and Roy freed in Mali after four months', '',
     "BAMAKO - Canadian diplomats Robert Hale and Louis Roy, kidnapped in Niger in December, were handed to Malian officials in the Sahara on Wednesday along with two European women tourists, officials said.\nThe group had been held by al Qaeda's North African wing.", 4),
    ('Iran frees five Americans as $6bn deal completes', '',
     'Five Americans held in Iran landed in Doha on Monday, with 6 billion dollars in frozen Iranian funds changing hands under the deal.\nIn return, the United States freed five Iranians.', 10),
    ('Ukraine frees 8 sailors in addition as sides swap 60 prisoners each', '',
     '', 128),
    ('Israel frees 90 Palestinian prisoners', '',
     'Ninety Palestinian prisoners were freed from Ofer prison.\nIsrael received 90 names of prisoners from Hamas on Saturday.', 90),
    ('Families rejoice as kidnapped boys come home', '',
     'The boys reached Katsina on Friday, days after the gunmen who abducted them last week released 300 schoolboys in the forest.', 300),
    ('Berg and Sokol on their way home as Russia and the West complete Helsinki exchange', '',
     'Russia and a group of Western countries carried out their largest exchange in years at Helsinki airport on Thursday, with 18 people changing sides.\nTen people went west, among them reporter Anna Berg and activist Ilya Sokol.\nEight Russians went the other way.', 18),
    # An earlier stage told in a clause "in which 200 others were freed in March" is no part of this one.
    ('Buses carrying freed prisoners reach Ramallah in final phase of exchange', 'Israel released 300 prisoners overnight, completing the exchange in which 200 others were freed in March in return for the soldier.',
     '', 300),
    # People "driven to the Lithuanian border" are the release's own.
    ('US lifts sanctions on national airline after Minsk lets prisoners go', 'Forty prisoners were driven to the Lithuanian border on Thursday in a deal brokered by a US envoy. One opposition veteran refused to cross and was taken back to prison.',
     '', 40),
    # ... not migrants bused to a border.
    ('Belarus frees Polish reporter', 'Belarus freed reporter Jan Nowak on Friday, his newspaper said. Separately, 200 migrants were bused to the Polish border by Belarusian guards.',
     '', 1),
]
TWENTY_EIGHTH_ROUND_CASES = [
    # The other state telling its own people back, with the same figure as the first side: both sides.
    ("LIVE: Ukraine says 180 soldiers home from captivity", "Our rolling coverage of the war.",
     "10:05 — Zelensky: '180 of our defenders are home.'\n10:40 — Russian defence ministry: 180 Russian servicemen have been "
     "returned from territory controlled by Kyiv. The UAE mediated.\n11:00 — Air raid alerts in the east.", 360),
    ("Ukrainian medic held since 2022 freed in prisoner exchange", "Nurse Olena Savchuk was among those handed over at the "
     "Belarusian border.", "KYIV (AP) — A Ukrainian army nurse held since the fall of Mariupol was freed on Sunday.\nSavchuk "
     "was one of 30 civilians freed in the exchange, alongside 90 servicemen, officials said. Russia received 120 people in "
     "return, its defence ministry said.", 240),
    ("War Digest: 150 POWs home in latest exchange | Drone hits Kherson", "Our daily newsletter.",
     "EXCHANGE — Ukraine brought home 150 people on Friday, the coordination headquarters said. Russia's defence ministry "
     "said it received 150 servicemen in return.\nKHERSON — A drone strike killed two people.", 300),
    # the headline's own state telling its people back is the same side
    ("Ukraine brings home 100 soldiers", "", "KYIV — One hundred soldiers came home on Tuesday.\n100 Ukrainian servicemen "
     "have been returned from Russian captivity, the ombudsman said.", 100),
    ("Ukraine brings home 100 soldiers", "", "KYIV — One hundred soldiers came home on Tuesday.\nSome 4,000 Ukrainians have "
     "been returned since the invasion began, the ombudsman said.", 100),
    # A place or a body told before a role or after "of" beside the freed person's name is no second person.
    ("Bolivian court frees jailed Santa Rosa governor Mario Choque after two years in pre-trial detention", "", "", 1),
    ("Macau Democracy Union vice-chair Tan Mei-ling freed after three years", "", "", 1),
    ("Kidnapped Chiapas mayor freed; his bodyguard killed in ambush", "Mayor Raúl Mendoza of San Pedro Chenalhó was released "
     "by gunmen on Friday, two days after an ambush in which his bodyguard and driver were killed.", "", 1),
    ("Eritrea frees Ugandan reporter and his cameraman after ten days", "John Okello of Kampala's Daily Monitor TV and "
     "cameraman Paul Mugisha were flown home on Friday.", "", 2),
    # (a title before "of" is no person: the name after it is the freed one)
    ("Kidnapped Emir of Kankara Ali Musa freed after a week", "", "", 1),
    # The named person and the one beside them in the lede ("and his bodyguard"), not a spouse let leave with them.
    ("Rebels release mayor held for a month", "Mayor Rodel Santos of San Vicente and his bodyguard were released to a "
     "parish priest in Samar on Friday, the army said.", "", 2),
    ("Guerrillas free kidnapped councillor after two weeks", "Councillor Ana Villareal and her driver were handed to church "
     "workers on Monday, police said.", "", 2),
    ("Kenya frees jailed crypto executive on health grounds", "Peter Lindqvist and his wife Maja were allowed to leave on a "
     "medical flight to Stockholm on Wednesday.", "", 1),
    # People who cheered, greeted or struck beside one freed person, or whom a state still holds, are not freed.
    ("Laos democracy campaigner Vanh Souvanna freed from house arrest after six years", "Crowds of about 3,000 supporters "
     "cheered as police removed the roadblocks outside his home in Vientiane on Sunday.", "", 1),
    ("Belarusian poet Ales Marchuk freed after serving two-year sentence", "Marchuk, 58, walked out of a prison in Hrodna on "
     "Tuesday and was greeted by his daughter and about 30 fellow writers.", "", 1),
    ("Cambodia frees jailed garment union leader Sok Dara on royal pardon", "Sok Dara, 39, jailed for 'incitement' after "
     "leading a strike of 2,000 workers, was released from Prey Sar prison on Monday.", "", 1),
    ("South Korea frees Chinese fishing boat captain held over coast guard clash", "Prosecutors in Mokpo released captain Liu "
     "Wei pending trial, as Beijing continued to hold three South Korean sailors.", "", 1),
    # A headline clause telling what the whole is made of is no second group.
    ("Vietnam pardons 3,412 prisoners for National Day; 21 political detainees among those freed", "", "", 3412),
    ("Egypt frees 1,250 inmates; more than 300 are political prisoners, lawyers say", "", "", 1250),
    # (a second group freed beside the first is still added)
    ("Egypt frees 1,250 inmates; 300 political prisoners also released", "", "", 1550),
    # One person told by a common noun on each side of a headline swap.
    ("US chess star freed in swap for Russian hacker", "", "", 2),
    # Lawmakers and consultants as the freed (the object or subject of the release), not as those acting for them.
    ("Militia frees six opposition lawmakers, party says", "", "", 6),
    ("Rebels free three soldiers as government releases four peace consultants", "", "", 7),
    ("Egypt pardons jailed blogger Karim Nasser after 50 lawmakers appealed for his release", "", "", 1),
    ("Vietnam frees activist Tran Van Minh", "Tran was freed on Friday; nine legislators from Germany had raised his case.",
     "", 1),
    # A figure before an organisation's capitalised name and its members: "five National Liberation Front consultants".
    ("Rebels and government swap detainees", "", "Rebels freed three soldiers on Monday, officials said.\nIn return, the "
     "government released five National Liberation Front consultants from a jail in Manila on bail.", 8),
    # An abbreviated rank before a name is no person of its own.
    ("Rebels free soldiers Sgt. Ramon Cruz and Pfc. Jose Lim in Mindanao", "", "", 2),
    # A rough part of a headline's sum told again precisely, alone or within the whole, is the part's figure.
    ("Rebels free last 12 soldiers; government releases nearly 300 fighters", "", "The rebels handed over the last 12 "
     "soldiers to the Red Cross on Monday.\nThe government in turn began releasing 287 fighters, including 40 serving life "
     "terms, with buses arriving in the north.", 299),
    ("All 12 soldiers out as nearly 300 rebel prisoners head home", "", "The last 12 soldiers were handed to the Red Cross on "
     "Monday, while the government began freeing 287 rebel prisoners under the truce.", 299),
    # A figure told by where it goes home to, with no noun.
    ("Ukraine and Russia swap POWs: 150 home to Ukraine, 162 back to Russia", "", "", 312),
    # Guards from the reviews: a running total, the first side told again by nationality, the freed singing or on hunger
    # strike, an earlier phase's rough figure, lawmakers demanding a release, a channel's number in a Title-Case headline.
    ("Ukraine brings home 60 POWs in latest swap", "", "KYIV - Sixty soldiers came home on Friday, officials said.\nIn all, "
     "3,500 Ukrainians have been returned from Russian-held territory since the invasion began, the ombudsman said.", 60),
    ("Iran frees political prisoners in Nowruz amnesty", "Forty-two detainees sang as they walked free from Evin prison.", "",
     42),
    ("Bahrain frees jailed hunger strikers", "A hunger strike by 12 detainees ended on Monday when the authorities released "
     "them.", "", 12),
    ("Belarus frees journalist Pavel Lenski", "His release came a month after a letter from 60 lawmakers demanding that he be "
     "released.", "", 1),
    ("France 24 Correspondent Freed After 48 Hours in Custody", "", "", 1),
    ("Hostages freed from Gaza reunited with families", "", "Three women held by Hamas for 400 days were freed on Saturday.\n"
     "Three Israelis have been returned from captivity, the prime minister's office said.", 3),
    ("Hamas frees 20 hostages; Israel releases nearly 2,000 Palestinians", "",
     "About 1,900 Palestinians were freed in the first phase in January, officials recalled.", 2020),
    ("Myanmar junta frees 4,320 prisoners; 64 political detainees among those freed", "", "", 4320),
    # A headline's rough figure made exact in a later paragraph's sentence of its own, read or not as a side.
    ("Rebels free 6 soldiers; government releases nearly 100 fighters", "", "The rebels handed six soldiers to the Red Cross "
     "on Sunday.\nThe government freed 96 fighters from a jail in the capital late on Sunday.", 102),
    # (not a breakdown of the group into parts, nor an earlier phase)
    ("Rebels free 6 soldiers; government releases nearly 100 fighters", "", "The rebels handed six soldiers to the Red Cross "
     "on Sunday.\nThe government released 40 fighters serving life terms and 54 detainees from the north.", 106),
    # "the last exchange under the agreement" is the final one, this one; "the last exchange" alone is an earlier one.
    ("Iraq, Iran complete exchange of war prisoners", "BAGHDAD (AP) - Iraq released 412 Iranian prisoners of war and Iran "
     "freed 95 Iraqis on Monday in the last exchange under the 1990 agreement, the Red Cross said.", "", 507),
    ("Iraq frees 40 Iranian prisoners", "In the last exchange, in May, Iran freed 95 Iraqis.", "", 40),
    # Guards from a third review: a part or another group near the rough figure, a breakdown into parts; lawmakers as the
    # freed, told far from the verb, or acting ("called for his release").
    ("Hamas frees 20 hostages; Israel releases nearly 2,000 Palestinians", "", "Israel released 1,718 Gazans detained "
     "during the war.", 2020),
    ("Israel frees nearly 100 Palestinians as 3 hostages return", "", "Israel released 69 women and 21 teenagers from Ofer "
     "prison.", 103),
    ("Two opposition lawmakers who had appealed against their detention were freed", "", "", 2),
    ("Lawmakers freed in Ethiopia", "Five opposition lawmakers detained under the state of emergency were released, a day "
     "after they appealed to the court.", "", 5),
    ("Uganda frees activist Moses Kato", "Kato was freed a week after 30 lawmakers called for his release.", "", 1),
    # A lede as vague as "hundreds" about an exchange: each side told coming back in the next paragraphs, not a running total.
    ("Ukraine and Russia swap hundreds of prisoners", "", "Ukraine and Russia exchanged hundreds of prisoners of war on "
     "Wednesday, with the UAE mediating.\nZelensky said 190 Ukrainians had come home, among them border guards.\nRussia's "
     "defence ministry said 210 Russian servicemen had been returned from territory controlled by Kyiv.", 400),
    ("Ukraine and Russia swap hundreds of prisoners", "", "Ukraine and Russia exchanged hundreds of prisoners of war on "
     "Wednesday, with the UAE mediating.\nMore than 3,000 Ukrainians have come home since 2022, officials said.", None),
    # A state's clause telling its side one by one, one of them singly, beside the other state's figure; the headline's
    # person told again there is counted once.
    ("US and Cuba swap prisoners", "", "Cuba freed American engineer Tom Reilly and a US intelligence officer held for 15 "
     "years on Wednesday, while the United States released two Cubans convicted of spying.", 4),
    ("Cuba frees Tom Reilly in swap", "", "Cuba released American engineer Tom Reilly and a US intelligence officer jailed "
     "for 15 years on Wednesday, while Washington freed two Cuban agents.", 4),
    ("Iran frees French teacher Anne Morel", "", "Iran released French teacher Anne Morel on Friday, while France freed two "
     "Iranians convicted of smuggling.", 3),
]


THIRTY_EIGHTH_ROUND_CASES = [
    # A Title-Case Headline is read in sentence case, so its capitals mark names again.
    ("Griner Freed in Exchange for Arms Dealer Bout", "", "", 2),
    ("Bergdahl Released In Exchange For Five Taliban Detainees From Guantanamo", "", "", 6),
    ("Taliban Release American Held Since 2022 After Qatari Mediation", "", "", 1),
    # A lone surname listed after a role beside a full name; a bare "and wife" ending the object; a hyphenated demonym
    # is no surname.
    ("French journalist Olivier Dubois, US aid worker Woodke freed in Niger", "", "", 2),
    ("Venezuela frees American Joshua Holt and wife after visit", "", "", 2),
    ("Hamas frees Russian-Israeli hostages in gesture to Putin", "", "", None),
    # A release verb's object of one word keeps its capital ("gross" is an ordinary word); a court's "discharge" and a
    # hashtag between the figure and the people.
    ("Cuba Frees Gross; U.S. Sends Back Three Cuban Spies", "", "", 4),
    ("Ghana: Court Discharges 12 #FixTheCountry Activists Arrested At Protest", "", "", 12),
    # A list's first group read alone, then its single people and other groups added; "last 17" is 17.
    ("Separatists release five priests, nun and three others held in Manyu", "", "", 9),
    ("Speight frees Chaudhry and last 17 hostages after 56 days", "", "", 18),
    # People told one by one by role, kin or nationality; a full name listed after a role; a lone name after "bail to"; a
    # holiday is no person.
    ("Venezuela Frees U.S. Citizen, Ex-Marine In Goodwill Gesture", "", "", 2),
    ("Taliban free American and wife held since 2019", "", "", 2),
    ("Myanmar frees former ambassador Vicky Bowman, husband Htein Lin", "", "", 2),
    ("Philippine Court Grants Bail To De Lima After Nearly Seven Years In Detention",
     "Former senator Leila de Lima, a fierce critic of former president Rodrigo Duterte, walked out of the police custodial "
     "centre after a Muntinlupa court granted her bail.", "", 1),
    ("In accordance with the principle of humanism: 104 convicts pardoned ahead of Kurban Hayit", "", "", 104),
    # Names after "bail to" are the freed; a nickname in quotes inside a name; suspects are people.
    ("India Court Grants Bail To Student Activists Natasha Narwal, Devangana Kalita, Asif Iqbal Tanha",
     "The three, held for more than a year, walked out of Tihar jail.", "", 3),
    ("Thai activist Panusaya 'Rung' Sithijirawattanakul released on bail", "", "", 1),
    ("Indonesian Police Free 'Bung' Hariz, Papuan Activist, After 18 Months",
     "Papuan independence activist Hariz \"Bung\" Wenda walked out of Abepura prison, his lawyers said.", "", 1),
    ("Zimbabwe frees 62 'Wonga coup' suspects after sentences cut; men head home to South Africa", "", "", 62),
]
THIRTY_SEVENTH_ROUND_CASES = [
    # An armed group named by its place and plural is no person freed; people "separately released" two days before are
    # another release, unless they are the other side of the same deal.
    ("Odisha Maoists free Italian tour guide Marco Bellini after 29 days", "", "", 1),
    ("Rebels free ex-mayor Luis Pardo after six years",
     "Pardo was handed to a humanitarian mission, two days after the rebels separately released three police officers and a "
     "soldier.", "", 1),
    ("Hamas frees three Israeli hostages as five Thais also released",
     "Hamas freed three Israeli hostages in Gaza on Thursday and Islamic Jihad separately released five Thai nationals, "
     "while Israel freed 110 Palestinian prisoners later in the day.", "", 118),
    ("Russia and Ukraine swap prisoners after months-long pause",
     "Russia freed 103 Ukrainian soldiers, and Ukraine separately released 103 Russian troops in return.", "", 206),
    # One more citizen listed after a name, not one set off after it; a superlative "among" tells of no others freed; a
    # lone surname after a description as the subject; courts that "grant bail to 36".
    ("Belarus frees journalist Andrey Kuznechyk, a US citizen and another Belarusian", "", "", 3),
    ("Rwanda frees Paul Rusesabagina, a Belgian resident, after mediation", "", "", 1),
    ("Uzbek journalist Muhammad Bekjanov freed after nearly 18 years in prison",
     "CPJ said the former editor was among the longest-imprisoned journalists in the world.", "", 1),
    ("Jailed former Mongolian president Enkhbayar walks free after pardon", "", "", 1),
    ("Ugandan courts grant bail to 36 NUP supporters held since election",
     "The supporters of opposition leader Bobi Wine were released from Kitalya prison on Tuesday.", "", 36),
    # One person's house arrest lifted or ended.
    ("Court lifts house arrest on opposition leader Sam Kheng", "He is free to leave his home after two years, his party said.",
     "", 1),
    # ... not a group ("lifts house arrest on Green Movement leaders"), which counts no one.
    ("Iran lifts house arrest on Green Movement leaders",
     "The opposition figures were free to leave their homes after 14 years, state media said.", "", None),
    ("Soldiers leave singer's home after court ends his 14-day house arrest", "", "", 1),
    # Captives returned by their captors, with someone still held beside them.
    ("Militants return 104 schoolgirls; Grace Adamu still held, families say", "", "", 104),
]
THIRTY_SIXTH_ROUND_CASES = [
    # One person by a noun: after "brings home", with a nickname, or in a Title Case headline read in lower case.
    ("Carter brings home American jailed in North Korea", "", "", 1),
    ("Cuban graffiti artist 'El Sexto' freed after 10 months without trial", "", "", 1),
    ("Rwanda Frees 'Hotel Rwanda' Hero Rusesabagina After Qatar-Brokered Deal", "", "", 1),
    ("Russia Releases Ohio Man Held Over Cannabis Gummies", "", "", 1),
    ("Iran Frees Detained French Cyclist After Five Months", "", "", 1),
    # A group the person was jailed with is no "among" of the freed ...
    ("Opposition leader Ebrahim Sharif freed under royal pardon after four years",
     "He was among 13 opposition figures jailed for their roles in the 2011 protests.", "", 1),
    # ... nor are others whose bail pleas were turned down.
    ("Sudha Bharadwaj walks out of Byculla jail after three years",
     "The activist and lawyer is the first of the accused to get default bail; eight others were denied it.", "", 1),
    ("Activist walks out of Byculla jail after three years",
     "Activist Sudha Bharadwaj walked out of prison on Thursday. The same bench rejected default bail pleas from eight "
     "co-accused, including poet Varavara Rao.", "", 1),
    # A figure right before "walk out" or "walk free" counts people; a group's name does not.
    ("Thingyan amnesty: 3,303 walk out of Myanmar jails", "", "", 3303),
    ("Min Ko Naing walks free as Myanmar amnesty reaches 651", "",
     "Student leader Min Ko Naing of the 88 Generation group walked out of prison on Friday, one of 651 prisoners freed "
     "under an amnesty signed by President Thein Sein.", 651),
    # Fishermen who come home from a jail are freed, not sent to it.
    ("Eighty Indian fishermen return home from Karachi jail in time for Diwali", "", "", 80),
    # An armed group by name frees its captives as "rebels" do.
    ("Shining Path releases 71 pipeline workers unharmed after two days", "", "", 71),
    ("Qatari jet brings home American freed by Taliban", "", "", 1),
    # Two surnames right before the release verb are people; a figure in a group's name counts no one.
    ("Zaghari-Ratcliffe and Ashoori freed by Iran, flying home to Britain", "", "", 2),
    # Names with capitals of Latin Extended-A; a companion by role, unless the clause goes on to tell something else of them.
    ("Cumhuriyet's Ahmet \u015e\u0131k and Murat Sabuncu freed after 17 months; Atalay stays behind bars", "", "", 2),
    ("Lukashenko pardons former presidential candidate Sannikov and his aide Bondarenko", "", "", 2),
    ("Baku court frees reporter Aliyev and his cameraman stays in custody", "", "", 1),
    # (a group noun before people is no group's name: "14 coalition prisoners")
    ("Houthis free 14 coalition prisoners including Saudi pilots", "", "", 14),
    ("Ethiopia frees British opposition figure Andargachew Tsege",
     "Andargachew, a leader of the banned Ginbot 7 movement who was seized at a Yemeni airport in 2014, was pardoned.", "", 1),
    # A person named after a role, "and" the group freed with them.
    ("Univision anchor freed", "Univision anchor Jorge Ramos and five members of his team were released on Monday evening "
     "after being held for about two hours.", "", 6),
    # The last of a counted group, named beside it, is one of them.
    ("FARC completes release of six hostages with handover of Sigifredo L\u00f3pez", "", "", 6),
    # "plus" before a figure adds it; two groups across a comma before "freed" are added.
    ("Myanmar amnesty: 5,864 local inmates plus 180 foreigners to walk free", "", "", 6044),
    ("Second batch: 200 fishermen, three civilians freed from Pakistani jail", "", "", 203),
    # The first day's figure of a release that began.
    ("Afghanistan begins freeing final 400 Taliban prisoners; 80 released on first day", "", "", 80),
]
THIRTY_FIFTH_ROUND_CASES = [
    # One more person after a plural in "men" or after a capitalised word of the figure's people ("two Army privates").
    ('Rebels released two Army privates and a police officer on Saturday', "", "", 3),
    ('Rebels freed three Indonesian fishermen and a Norwegian', "", "", 4),
    ('Boko Haram releases abducted women and children', 'Boko Haram freed 20 women and a child in Borno state on Friday, the army said.', "", 21),
    ('Separatists free five priests, a nun and three catechists', "", "", 9),
    ('Rebels released five priests, a nun and three catechists on Sunday.', "", "", 9),
    # ... not a source, a go-between or a relative told further on, nor people who act ("a guide and two elders led them").
    ('Houthis free Eritrean fishermen seized in Red Sea',
     'Yemen\'s Houthi movement freed 12 Eritrean fishermen and a coast guard officer said they were in good health.', "", 12),
    ('Kremlin frees Ukrainian sailors seized in Kerch Strait',
     'Russia freed 24 Ukrainian seamen and a Ukrainian diplomat in Moscow handed them new passports before their flight.', "", 24),
    ('Troops free 22 hostages, a guide and two elders led them to camp', "", "", 22),
    # ... not the other side's state with its verb left out, nor a country that reads like a name.
    ('Armenia, Azerbaijan swap prisoners', 'Baku freed 32 Armenian servicemen and Yerevan two Azerbaijani soldiers.', "", 34),
    ('ICRC completes two-day operation transferring 1,056 detainees between Yemen and Saudi Arabia', "", "", 1056),
    # "three more years" is time, not people.
    ('Hamid Ansari freed', "", 'Hamid Ansari returned home on Tuesday after spending three more years in custody.', 1),
    # The headline's people "were among" a larger release told after the lede: its figure.
    ('Reuters journalists Wa Lone and Kyaw Soe Oo walk free', 'The two reporters were freed under an amnesty.',
     'Wa Lone and Kyaw Soe Oo were released on Tuesday after 16 months behind bars.\n'
     'The pair were among 6,520 prisoners pardoned by President Win Myint.', 6520),
    # Another state's release of one person told by role "after" the headline's: a side.
    ('Five Egyptian diplomats freed after Cairo releases militia leader', "", "", 6),
    # (not a video of one, a list, or a statement about one)
    ('Israel frees 30 Palestinian prisoners after Hamas releases video of captive soldier', 'Israel released 30 Palestinian prisoners on Friday.', "", 30),
    ('Israel frees 30 Palestinian women after Hamas releases hostage video', 'Israel released 30 Palestinian women and minors on Saturday.', "", 30),
    ('Iran frees ailing Frenchman after Paris releases statement on hostage diplomacy', "", "", 1),
    # A nationality before a bare role told after one named person is his, unless the clause before names a country.
    ('Sisi pardons Alaa Abd El-Fattah; British-Egyptian activist leaves prison', "", "", 1),
    ('US Navy veteran Michael White leaves Iran; Iranian-American doctor allowed home', "", "", 2),
]


THIRTY_FIFTH_ROUND_SECOND_CASES = [
    # One person named in full opening the sentence "and" a figure of others freed with them (not a figure of a people).
    ('Opposition leader freed', 'Maurice Kamto and 102 supporters were freed on Friday.', "", 103),
    ('Maurice Kamto and 102 supporters walk out of prison', "", "", 103),
    ('Armenia and Azerbaijan exchange prisoners of war', 'Forty-four Armenians and 12 Azerbaijanis were handed over.', "", 56),
    # Two surnames and what they do; a headline's groups that go on past a comma; "family of seven".
    ('Sowore, Bakare walk out of DSS custody after court orders', "", "", 2),
    ('Hamas frees 13 Israelis, 10 Thais and a Filipino on first day of truce; Israel releases 39 Palestinians', "", "", 63),
    ('French family of seven kidnapped in northern Cameroon freed', "", "", 7),
    # A headline's list of a couple and one more person, not the one person alone.
    ('Jihadists free Italian couple and a Togolese national', "", "", 3),
    # What a person did ("whose sheltering of 1,200 people"), and planes with a word before them, count no one freed ...
    ("'Hotel Rwanda' hero Paul Rusesabagina freed after Qatar mediation", "",
     'Paul Rusesabagina, whose sheltering of more than 1,200 people at a Kigali hotel was dramatised in a film, was released '
     'from prison on Friday night.', 1),
    ('Saudi soldiers among 19 freed by Houthis as exchange ends',
     'Fifteen Saudis and four Sudanese flew from Sanaa to Abha on Friday, while two coalition planes carried Houthi fighters '
     'the other way.', "", 19),
    # ... but people before "days" are people, a plural or a nationality among them.
    ('US eases Myanmar import ban as Thein Sein frees 452 prisoners days before Obama visit', "", "", 452),
    ('Ethiopia frees Tigrayan detainees after truce', "",
     'Ethiopia released 7,000 Tigrayans weeks after the Pretoria truce, the regional administration said.', 7000),
    # The aside that holds the freed is read; an official, or a group in a "who were freed" clause, adds no one.
    ('Abu Sayyaf frees Indonesian trawler crew', "",
     'Abu Sayyaf militants freed the trawler, whose seven crewmen had been held for months, on Sunday near Jolo.', 7),
    ('Boko Haram frees hostages in Borno', "", 'Governor Babagana Zulum and 40 hostages who were freed by the army met in Maiduguri on Tuesday.', 40),
    ('Hamas frees three Israeli hostages in Gaza truce', "",
     'Prime Minister Benjamin Netanyahu and three hostages who were freed on Sunday spoke by video link from Sheba hospital.\n'
     'Israel released 90 Palestinian prisoners in return.', 93),
    # A person's own family is no one freed; officials are no pair of the freed; the freed person told again by role.
    ('Freed Venezuelan activist returns to family of four after 18 months',
     'Rocio San Miguel, a defence analyst held by Venezuela\'s intelligence service, was released on Monday.',
     'San Miguel, the sole breadwinner for a family of four, had been held in El Helicoide since February.', 1),
    ('Witkoff, Boehler return from Moscow with freed teacher Marc Fogel', "", "", 1),
    ('Fogel, Witkoff land at Andrews after Russia frees teacher', "", "", 1),
    ('Princeton scholar Xiyue Wang freed as US releases Iranian scientist', "", "", 2),
    # "Twenty-three convicted over 2020 protests" are people.
    ('Twenty-three convicted over 2020 protests walk free under New Year\'s pardon', "", "", 23),
    # ... not "one of the 47 democrats convicted", a group the freed person belongs to.
    ("Former Hong Kong lawmaker 'Long Hair' Leung Kwok-hung released after serving sentence",
     'Leung, one of the 47 democrats convicted of subversion, walked out of Shek Pik prison early on Friday.', "", 1),
]


THIRTY_FOURTH_ROUND_CASES = [
    # Each side of a swap told in its own headline clause, with the same figure: both sides.
    ('Ukraine brings home 95 POWs; Russia received 95 soldiers', "", "", 190),
    ('Armenia returns 30 Azerbaijani prisoners and gets 12 of its own back', "", "", 42),
    # ... and by the army whose people they are ("prisoners of war of the Armed Forces of Ukraine").
    ('Russian ministry: 120 servicemen returned from captivity', "",
     'On Friday, 120 Russian servicemen who had been in captivity were returned. In exchange, 120 prisoners of war of the '
     'Armed Forces of Ukraine were handed over.', 240),
    # "In return" the headline's own state freeing its people again is no other side (a guard: another state is).
    ('Havana to free 300 prisoners in church-mediated deal', 'In return, Havana told the bishops it would release 300 people over several weeks.', "", 300),
    ('Hamas frees 24 hostages', 'In return, Israel released 39 Palestinian prisoners.', "", 63),
    # Weights and distances are no people; nor are the dead mourned (and a named person jailed since a year, and four more).
    ('Kremlin pardons French researcher jailed over drugs', 'The researcher, sentenced after six grams of cannabis were found in his bag, flew home on Friday.', "", 1),
    ('Beirut celebrates as Qassem crosses border; Israel mourns two soldiers', 'Nabil Qassem, jailed in Israel since 1985, and four fighters captured in the war were handed over at the border on Wednesday.', "", 5),
    ('Separatists free 20 pupils, two teachers; four soldiers killed in rescue', "", "", 22),
    # A release held up is not made; one delayed and then made is (a guard).
    ('Rebels free four hostages, but army holds up release of 300 fighters', "", "", 4),
    ('Hamas frees six hostages, but Israel postpones release of 620 prisoners until ceremonies end', "", "", 6),
    ('Rebels free eight hostages; army delays prisoner release', 'The army delayed the release of 110 detainees it was meant to free in return. They were freed later on Thursday.', "", 118),
    # Jailed "alongside" someone is not freed with them.
    ('Egypt frees US citizen Omar Rahman after 300-day hunger strike', 'Rahman, sentenced to life in prison alongside his father, a Muslim Brotherhood leader, was deported to the United States. His father remains in jail.', "", 1),
    # "six of the 10 defendants": the part freed (a guard: "one of 14 freed" is the whole).
    ('Turkish court frees six activists including German trainer Jan Weber', 'A court in Istanbul ordered the release pending trial of six of the 10 defendants, among them rights director Ayse Demir, in a terrorism case.', "", 6),
    ('Blogger in Vilnius after five years, one of 14 freed', "", "", 14),
    # A running total or the whole of a deal's stages, in a clause after this release's figure.
    ('Israel releases third batch of prisoners', 'Twenty-six inmates were let go overnight, bringing to 78 the number freed since talks resumed in July.', "", 26),
    ('Israel frees 550 in second stage of exchange', 'The prisoners were released at crossings on Sunday night, completing a deal that freed 1,027 Palestinians in all.', "", 550),
    # People still held or still being screened beside those freed, in the same sentence.
    ('Army frees 244 suspects cleared by screening centre', 'The military said 244 people held for suspected links to the insurgency were released, and that more than a thousand others are still being screened.', "", 244),
    # A headline's two groups with no "and" (a guard: a whole and a nationality among it).
    ('Rebels release 10 policewomen, three lecturers', "", "", 13),
    ('Hamas frees 24 hostages, 13 Israelis', "", "", 24),
    # A headline's bare spouse (a guard: a spouse who travels with the freed).
    ('Utah teacher John Miller, wife freed after two years in Venezuelan jail', "", "", 2),
    ('Lawyer Tran Van Minh and wife arrive in Germany after Hanoi lets him leave', 'The human-rights lawyer was put on a flight to Frankfurt.', "", 1),
    # Bare figures of a pardon or an amnesty.
    ('President pardons 431 ahead of new year holiday', "", "", 431),
    ('Over 12,000 granted amnesty in Ethiopia', "", "", 12000),
    ('Blogger Nguyen Van Hai among 2,400 given early release in amnesty', "", "", 2400),
    # Some of the freed told "among them" at a clause's end are a part.
    ('President pardons 300 prisoners; rights groups count about 40 political prisoners among them', "", "", 300),
    # People freed "in a separate handover" are another release (not one "in a wider handover").
    ('Rebels free former governor after seven years', 'The former governor was handed over to the Red Cross on Tuesday. Three police officers were released by the rebels on Sunday in a separate handover.', "", 1),
    ('Russia frees 90 POWs; 12 civilians returned in a separate handover', "", "", 90),
    ('Ukraine brings home defenders', 'Ukraine brought home 95 soldiers on Friday in a wider handover that also returned bodies.', "", 95),
    # Guards from the reviews. A state taking its own people home is not the other side; nor is a plane, nor a state's
    # nationals among the hostages.
    ('Russia frees 90 Ukrainian POWs; Kyiv brings home 90 defenders', "", "", 90),
    ('Russia frees 10 Americans; plane brings home 10 to Andrews', "", "", 10),
    ('Hamas frees 24 hostages; Thailand brings home 10 of its nationals', "", "", 24),
    # "bringing home 90 ... held since" is this release, not a running total.
    ('Ukraine and Russia swap prisoners', 'The two countries exchanged prisoners on Friday, bringing home 90 Ukrainian soldiers held since the siege of Mariupol.', "", 90),
    # A release put off and then made in the same sentence; a name that is a unit; people "given jail terms".
    ('Israel frees prisoners after overnight delay', 'Israel, which had postponed the planned release of 110 prisoners, freed them early on Friday.', "", 110),
    ('Iran frees the three Miles brothers after four years in Evin', "", "", 3),
    ('Egypt pardons 20 protesters among 300 given jail terms in 2019', "", "", 20),
    # A headline's two groups that the lede tells as a whole and its part.
    ('Myanmar frees 120 protesters, 30 students', 'Among the 120 protesters freed from Insein prison were 30 university students.', "", 120),
    # The spouse a headline counts bare is the one the lede names.
    ('American Joshua Holt and wife freed in Venezuela', 'Joshua Holt was released along with his wife Thamara Cale\u00f1o on Saturday.', "", 2),
    # Opposition activists let out on bail by a plural subject's "release".
    ('Cambodian courts release about 70 jailed opposition activists on bail', "", "", 70),
    # Some of the freed "back in" the capital are of those freed.
    ('Qatar frees eight Indian Navy veterans; seven back in Delhi', "", "", 8),
    # A sentence telling what the freed "include" or who was "among" them tells parts.
    ('Israel frees 436 prisoners in exchange for a businessman', 'The released detainees include about 400 Palestinians and some 30 Lebanese.', "", 437),
    ('Israel frees 436 prisoners in exchange for a businessman', 'Among the prisoners released by Israel were about 400 Palestinians and 30 Lebanese.', "", 437),
    # ... the freeing state named in it ("released by Israel") is no side of the people listed
    ('Israel frees 436 Palestinian prisoners in exchange for a businessman', 'Among the prisoners released by Israel were about 400 Palestinians and 30 Lebanese.', "", 437),
    # Some of a ship's crew, and an age.
    ("Iran releases seven of Stena Impero's 23 crew members", "", "", 7),
    ('Yazidi woman abducted by IS at 11 rescued from Gaza and returned to Iraq', 'The woman, now 21, was handed over to Iraqi officials after a decade in captivity.', "", 1),
    # Guards from the reviews: a release put off and made later in the sentence, after a semicolon too; others "who are still
    # being screened" are the freed, being checked.
    ('Ukrainian captives flown home after two-day delay', 'Russia postponed the handover of 40 captives to Sunday, when they were flown to Kyiv via Belarus.', "", 40),
    ('Palestinian prisoners walk free after hold-up', 'Israel froze the release of 90 prisoners; they walked free hours later.', "", 90),
    ('Freed Ukrainians undergo medical checks after swap', 'Ukraine got back 95 soldiers and 12 others who are still being screened at a military hospital.', "", 107),
    # A put-off release that is a sentence's only figure is the release the story tells of.
    ('Israel postponed the release of 600 prisoners on Saturday', 'The prisoners were freed on Wednesday night after mediators stepped in.', "", 600),
    # What "the exchange included" is the other side, not a part; a part told "of those freed" or "among the 16 freed".
    ('Russia frees 75 Ukrainian soldiers in swap', 'The exchange included the return of 20 Russian servicemen.', "", 95),
    ('Iran frees 40 protesters, 8 students', 'Eight of them are students at Tehran University.', "", 40),
    ('Belarus frees 16 activists, 5 journalists', 'Five journalists were among the 16 freed on Friday.', "", 16),
    ('Sudan frees 30 activists, 5 doctors', 'The activists, five of them doctors, were held since June.', "", 30),
    ('Burkina junta frees 40 soldiers, 8 officers', 'Of those released, eight are officers.', "", 40),
    ('Junta frees 40 protesters, 8 students', 'Eight students were also freed alongside the protesters, held since March.', "", 48),
    ('Sudan frees 30 activists, 5 doctors', 'The five doctors were arrested separately in Port Sudan.', "", 35),
    # "Include" of the other side is no part; a put-off release beside no other release counts.
    ('Israel frees 110 Palestinian prisoners after Gaza hostage handover', 'The released hostages include three Israelis and five Thai nationals.', "", 118),
    ('Israel suspends release of prisoners over hostage list', 'Israel suspended the release of 110 Palestinian prisoners, saying the list of 3 hostages due on Saturday was incomplete.', "", 110),
]


THIRTY_THIRD_ROUND_CASES = [
    # Others "along with" the named subjects, before the verb: the subjects and the others.
    ('Journalists released in Eritrea', 'Reporters Ali Hassan and Yonas Bekele, along with their two colleagues, were released from prison on Monday.', "", 4),
    # ... counted once where the figure already holds the subject (not five).
    ('Activist back in Seoul after detention in China', 'Activist Kim Young-hwan returned to Seoul on Friday along with three other activists after Chinese authorities deported them.', "", 4),
    # One person told by a role beside a figure, before or after it: a school's or a firm's staff.
    ('Gunmen free school staff in Nigeria', 'The principal, three teachers and a cook seized from the school last week were freed on Sunday, police said.', "", 5),
    ('Hostages freed in Mali', 'The headmaster and four pupils abducted by insurgents last week were freed on Sunday.', "", 5),
    ('Hostages freed in Mali', 'A pilot and two soldiers held by insurgents for a year were freed on Sunday.', "", 3),
    # A reciprocal gesture in the lede is the other side, as "in return" is.
    ('M23 frees soldiers', 'Rebels freed seven Congolese soldiers on Tuesday. In a reciprocal gesture, the army released two rebel fighters.', "", 9),
    # The dead "including" some are no sign that others were freed with the one named.
    ('Rebels free priest in Congo', 'Father Jean Mbuyi was released by the rebels on Friday, a week after an attack killing 16 people, including four nuns.', "", 1),
    # Guards: a gesture that frees no one, the dead beside a figure, officials along with no one freed, a source.
    ('Rebels free 7 soldiers', 'Rebels freed seven soldiers on Tuesday. In a reciprocal gesture, the army lifted a curfew in the town.', "", 7),
    ('Rebels free 12 hostages in Congo', 'Rebels freed 12 hostages on Friday, days after an attack killing 16 people, including four nuns.', "", 12),
    ("Sweden's foreign minister brings freed aid worker home", 'Foreign Minister Anna Berg, along with two aides, flew to Tehran on Monday and returned with the freed aid worker Johan Lind.', "", 1),
    ('Hostages freed in Niger', 'The driver, two nurses and a doctor kidnapped last month were released on Sunday.', "", 4),
    ('Hostages freed in Niger', 'A spokesman and two officials announced that 12 hostages were freed on Sunday.', "", 12),
    # A plural of people the word lists lack, known by its ending ("deminers", "residents"); not "one of the country's biggest earners".
    ('Taliban free 12 deminers', 'Taliban fighters released 12 deminers working for a British charity on Sunday, officials said.', "", 12),
    ('Ghana activists freed', 'The police freed 40 residents of the town detained during the protest, lawyers said.', "", 40),
    ('Belarus frees 123 prisoners as US lifts potash sanctions', "Belarus released 123 prisoners on Saturday. In return Washington said it was lifting sanctions on potash, one of the country's biggest earners.", "", 123),
    # A headline's figure of the named subject, the lede's subject and others "along with their" companions: the lede's whole.
    ('Two journalists freed in Sudan', 'Reporters Osman Ali and Ibrahim Adam were released by the RSF on Sunday along with their three colleagues.', "", 5),
    ('Burkina frees detained journalists', 'Journalists Atiana Oulon and Adama Bayala were freed on Friday, together with their three colleagues conscripted by the junta.', "", 5),
    # Guards: captors, officials and onlookers beside a figure, gestures told as past or freeing no one, a subject detained "along with", another person in the headline.
    ('Abu Sayyaf frees Malaysian hostage', 'Abu Sayyaf sub-leader Radullan Sahiron, along with 20 fellow gunmen, released a Malaysian hostage in Sulu on Friday.', "", 1),
    ('Governor receives freed pupils', 'The governor and three commissioners received the 25 freed pupils at Government House on Friday.', "", 25),
    ('Pardon frees 300 prisoners', 'A guard and two officers read out the names of 300 prisoners freed under the pardon.', "", 300),
    ('Insurgents free 9 hostages in Mozambique', 'A guide and two village elders led negotiators to the camp where 9 hostages were freed on Sunday.', "", 9),
    ('Rebels free seven soldiers', 'Rebels freed seven soldiers on Tuesday. Last year, in a reciprocal gesture, the army released 40 rebel fighters.', "", 7),
    ('Ukraine welcomes home 75 POWs', 'Ukraine brought home 75 prisoners of war on Friday. Moscow, for its part, released footage of 40 of the men boarding buses.', "", 75),
    ('Israel frees 30 Palestinian detainees', "Israel freed 30 Palestinian detainees on Monday. Gaza's civil defence, for its part, freed 12 people trapped under rubble.", "", 30),
    ('British engineer freed in Mali', 'Malian driver Ousmane Traore was released on Sunday along with two colleagues; the British engineer Tom Lewes was freed hours later.', "", 4),
    ('Congolese priest and parishioners freed', 'Father Jean Mbuyi and parishioners who survived an attack killing 16 people, including four nuns, were freed on Friday.', "", None),
    # A subject "along with" fellow detainees, released after bail was granted or named after a title.
    ('Ghana: activists freed on bail', 'Activist Oliver Barker-Vormawor, along with 12 fellow protesters, was granted bail and released on Friday.', "", 13),
    ('Algeria frees Hirak activists', 'Hirak figure Karim Tabbou, along with 40 fellow detainees, was released on Thursday after a presidential pardon.', "", 41),
    # Guards: a decree's number, onlookers, a court's judges, money and go-betweens who were themselves freed.
    ('Guinea: Decree 34 frees 1,500 detainees ahead of independence day', "The decree signed on Monday frees 1,500 detainees held in Conakry's central prison.", "", 1500),
    ('Iran frees 2 French nationals as 40 participants gather for Geneva talks', 'Iran released two French nationals on Tuesday.', "", 2),
    ('Turkish court frees rights defender after 14 months', 'A panel of three judges in Izmir ordered the release of Taner Kilic on Wednesday.', "", 1),
    ('Pakistan releases 20 Indian fishermen from Karachi jail', 'Pakistan released 20 Indian fishermen on Monday. A Karachi charity gave each of them 5,000 rupees for the journey home.', "", 20),
    ('Two imams who mediated truce freed by jihadists in Niger', 'Two imams who mediated a truce between herders and farmers were released by jihadists on Sunday.', "", 2),
    ('Militants free pupils', 'Militants freed 18 pupils and a guard at the school said they looked exhausted.', "", 18),
    # People at the release who act (wait, gather, escort, examine, visit, urge) are not the freed; money given to each
    # of the freed does not make the figure a side of a swap. Guards: the freed told by a relative clause or welcomed,
    # and sides that each hand back a figure.
    ('Freed hostages reach Niamey', 'A driver and two guards escorted the 12 freed hostages to Niamey on Tuesday, the ICRC said.', "", 12),
    ('Egypt frees 30 activists; 1,500 supporters gather outside Tora prison', '', "", 30),
    ('China frees two Uyghur researchers; 4 imams escorted them from Urumqi prison', '', "", 2),
    ('Bangladesh frees 95 Indian fishermen; each given 2,000 taka by coast guard', '', "", 95),
    ("Houthis free two reporters who watched their colleague's trial", '', "", 2),
    ('Hostages home from Mali', 'The 15 hostages were welcomed at the airport by the prime minister on Sunday.', "", 15),
    ('Morning briefing: 90 POWs home to Ukraine', 'Ukraine and Russia each handed back 90 prisoners of war in an exchange mediated by the United Arab Emirates.', "", 180),
    # Guards from the reviews: family and parishioners who greet the one freed, others held with them, things handed over
    # with the freed, someone who escorts them, and one more person told by how they were sentenced.
    ('Houthis free 20 crew members, release three dredgers seized in Red Sea', '', '', 20),
    ('Militants release 30 hostages and a guard escorts them to safety', 'Jihadists linked to ISWAP released 30 hostages on Friday and a guard escorted them to the nearest army post, residents said.', '', 30),
    ('Rebels free 12 hostages and hand over four howitzers in Congo deal', 'M23 rebels freed 12 hostages on Friday and handed over four howitzers to the UN mission, the mission said.', '', 12),
    ('Opposition leader freed from house arrest', 'Former Zambian opposition leader Kebby Ncube was released from house arrest on Monday and members of his family welcomed him at the gate, his party said.', '', 1),
    ('Iran frees jailed activist who shared cell with fellow prisoners', "Iranian activist Narges Hamidi, who was held with other prisoners in Evin's women's ward, was freed on Monday, her family said.", '', 1),
    ('Nigerian priest freed by separatists; parishioners thank God', 'Father Emmanuel Ojo, abducted by separatist gunmen in Enugu in June, was released on Sunday and parishioners gathered at his church to celebrate.', '', 1),
    ('Russia hands over 12 Ukrainian civilians and two scanners to IAEA', 'Russia handed over 12 Ukrainian civilians detained at the Zaporizhzhia plant on Tuesday. It also handed over two scanners to IAEA inspectors.', '', 12),
    ('Libya frees Bulgarian nurses and Palestinian doctor', 'The five Bulgarian nurses and the Palestinian-born doctor sentenced to death in Libya landed in Sofia on Tuesday and were pardoned.', '', 6),
    # ... but the freed and the held may wait, greet or be welcomed, escorted "by" others, visited "after"; and sides are
    # "each given back" a figure. Doctors told by nationality who examine the freed are not counted.
    ('Algeria pardons French-Algerian writer Boualem Sansal', 'Sansal was flown to Germany for treatment. Nine German doctors examined him on arrival, officials said.', '', 1),
    ('Indian fishermen freed by Pakistan cross Wagah border', 'Twelve freed fishermen waited at the Wagah border for hours on Monday before crossing into India, officials said.', '', 12),
    ('20 hostages welcomed home in Tel Aviv', 'The last living hostages held in Gaza were released by Hamas on Monday under the ceasefire deal.', '', 20),
    ('Belarus frees 52 prisoners after visit from US envoy', '', '', 52),
    ('Egypt frees activists under presidential pardon', 'Three activists greeted cheering supporters in Cairo on Sunday, hours after a presidential pardon freed them.', '', 3),
    ('Azerbaijan frees 4 Armenian POWs escorted across border by Russian peacekeepers', '', '', 4),
    ('Russia and Ukraine were each given back 103 soldiers', 'The UAE mediated the exchange, the 13th it has brokered.', '', 206),
    # The seizure of a group told before its release: "and a cook were seized" is one of those seized, not of the freed.
    ("Jihadists free three teachers in Burkina", "The principal, three teachers and a cook were seized in March; the three "
     "teachers were freed on Tuesday.", "", 3),
    ("Jihadists free teachers in Burkina", "Three teachers and a cook were seized in March and freed on Tuesday.", "", 4),
]

THIRTY_SECOND_ROUND_CASES = [
    # The dead are not the freed: the men the freed person killed, the dead and the evacuated of another item.
    ("US contractor freed in Lahore after 'blood money' deal", "",
     "Richard Hale, an American security contractor, was freed on Wednesday after compensation was paid to the families of the two men he killed.", 1),
    ("Asia briefing: China frees Australian writer; typhoon toll rises", "",
     "Australian writer Liam Ford, detained in Beijing since 2019, landed in Melbourne overnight. Also: 11 dead and 3,000 evacuated in Taiwan.", 1),
    # ... but prisoners "who killed" others, soldiers "reported missing" or "thought dead" are the freed.
    ("Israel frees 26 long-serving prisoners", "",
     "Israel released 26 Palestinian prisoners who killed Israelis in the 1990s, the prison service said.", 26),
    ("ELN frees 17 soldiers reported missing", "", "", 17),
    ("Prisoner swap on Belarus border", "",
     "Russia freed 90 Ukrainian soldiers long thought dead, and Ukraine freed 90 Russians.", 180),
    # People on lists of those held, or whose cases are still to be reviewed, are not freed ...
    ("Pakistan to free 100 Indian fishermen on Sunday", "",
     "The announcement came as the two countries exchanged lists showing 266 Indians and 62 Pakistanis held in each other's jails.", 100),
    ("Maoists free kidnapped district official after 12 days", "",
     "Under the deal the state agreed to set up a panel to review the cases of about 350 tribal prisoners, but no prisoners were released.", 1),
    # ... a list of the people to be freed, or cases reviewed and then freed, are.
    ("Pakistan frees Indian fishermen", "",
     "Pakistan released a list of 200 Indian fishermen freed on Tuesday at the Wagah crossing.", 200),
    ("Cuba to free prisoners in stages", "",
     "Havana has agreed to review the cases of 553 prisoners and free them in stages, the Vatican said.", 553),
    # The group a freed person belongs to, still jailed, is no count.
    ("Iran frees rapper after death sentence overturned", "",
     "Arash Sohrabi, 33, was released on bail; he is one of at least 12 artists jailed since the unrest, a rights group said.", 1),
    # "The remaining N ... are to be released" is the rest of the deal, not this release.
    ("Soldier home after five years in Gaza as Israel frees 477 prisoners",
     "The remaining 550 prisoners under the deal are to be released within two months.", "", 478),
    # One more: the person told before "and N others", "N aides also released" ...
    ("Myanmar frees deposed Yangon chief minister and 3,113 others in amnesty", "", "", 3114),
    ("Former Bangladeshi PM freed by presidential order; 11 aides also released", "", "", 12),
    ("Zambian opposition leader freed", "Mwila Chanda walked out of Mwembeshi prison after four months; five co-accused were also freed.", "", 6),
    ("Ethiopia pardons two Swedish journalists", "",
     "Martin Lind and Johan Ekman will be freed on Monday along with 1,950 other prisoners under the New Year pardon.", 1952),
    # ... but not one who is still held, officials who greet the freed, nor people taken with the freed and let go before.
    ("Briton freed in Iran, one other awaits release", "", "", 1),
    ("Hostage freed in Mali after six years", "",
     "Sophie Marchal, 75, was freed on Thursday, and one other hostage, an Italian priest, is still held by the group, officials said.", 1),
    ("Americans home from Kabul", "",
     "President Biden, along with two other officials, greeted the two Americans freed by the Taliban at Andrews.", 2),
    ("Colombian ELN frees soldier", "",
     "Corporal Luis Ramos was released on Tuesday, a year after he was captured along with three other soldiers who were freed in June.", 1),
    # "for its part" tells the other side, as "in return" does.
    ("Uganda frees nine Rwandans to ease border row", "",
     "Uganda on Wednesday released nine Rwandan nationals accused of espionage.\nKigali, for its part, released 17 Ugandan "
     "nationals arrested over the past year, a Rwandan official said.", 26),
    # A headline's list after a colon; "a South Korean" is one person, not a name.
    ("Kidnapped oil workers freed in Libya: two Filipinos, a South Korean and three Libyans", "", "", 6),
    # The whole the later paragraphs reach ("bringing the total to 14"), not a running total of many releases.
    ("Belarus frees 6 Poles, 2 Lithuanians, a Latvian and a Swede", "",
     "The foreigners were driven to the Lithuanian border on Wednesday.\nFour Belarusian political prisoners were also freed, "
     "bringing the total to 14, the US embassy said.", 14),
    ("Kachin rebels release nine Chinese dam workers", "",
     "Nine Chinese nationals were handed over at Laiza on Monday.\nFour Myanmar truck drivers abducted with them were also let go, "
     "bringing the total released to 13.", 13),
    ("Hostages freed in Gaza", "", "Hamas freed 13 hostages on Sunday, bringing the number released to 58.", 13),

    # Places and the people who went to ask for a release are no freed people.
    ("Ecuadorean inmates release 178 hostages after prison standoffs", "",
     "The prison service said 158 guards and 20 administrative staff held at six prisons had been freed unharmed.", 178),
    ("Sudan pardons British teacher jailed over teddy bear", "",
     "Jane Hall, 54, was freed after two British peers met President Omar al-Bashir in Khartoum.", 1),
    # Parts of the group already counted: "also among those", "The detainees released ... included".
    ("Houthis free 107 prisoners, including 14 Saudis, in unilateral gesture",
     "The ICRC said 3 Sudanese were also among those flown out.", "", 107),
    ("Syrian rebels free 48 Iranians in exchange for 2,130 prisoners",
     "The detainees released by Damascus, mostly civilians, included four Turks and a Ukrainian, the mediating charity said.",
     "", 2178),
    # (the freed told after the envoys who met the captors are still counted)
    ("Hamas frees three hostages", "",
     "Hamas freed three hostages on Sunday after two Qatari envoys met its leaders in Doha. Israel released 90 prisoners in return.", 93),
    ("Israel frees 39 Palestinians from three prisons", "", "", 39),
    # A couple in a headline's list is two ("and their son" one more); a "pair" named before it is no more people.
    ("Mali: Islamists free Italian couple and their son after two years", "", "", 3),
    ("Iran frees French couple and Belgian aid worker", "", "", 3),
    ("Iran frees Austrian-Iranian and French-Irish pair", "", "", 2),
    # A later whole is taken only when it is the count read and the group the sentence adds ("also freed ..., bringing the
    # total to 14" above), never a running total.
    ("Hamas frees 17 more hostages on third day of truce", "", "Hamas freed 17 more hostages on Sunday, bringing the total to 58.", 17),
    # The others killed, bodies, mediators and groups told beside the freed are no one more.
    ("Troops free hostages in raid that killed Boko Haram commander and three others",
     "Nigerian troops freed three hostages held in the Sambisa forest on Tuesday, the army said.", "", 3),
    ("Gunmen free Cameroon priests after killing catechist and two others",
     "Two Catholic priests abducted in Cameroon's Northwest region were freed on Sunday, the diocese said.", "", 2),
    ("Russian-Israeli researcher Elizabeth Tsurkov freed in Iraq after Kataib Hezbollah and two other militias agreed", "", "", 1),
    ("Gunmen free Kaduna pastor",
     "Pastor Isaac Achi's captors freed him on Sunday after local chief Ibrahim Musa and two other elders negotiated with them.", "", 1),
    ("Russia frees Ukrainian mayor; 10 civilians also released", "",
     "Russia freed 10 Ukrainian civilians on Friday, including the mayor of a town near Kharkiv.", 10),
    # The freed themselves, told after "after the": not people who came to ask.
    ("Iran frees British-Iranian sailors",
     "Iran released the sailors on Sunday after the two men met consular officials and signed confessions, the Foreign Office said.",
     "", 2),
    # Another group "also let go" now is added ...
    ("Colombia: FARC dissidents free 28 soldiers held in Cauca standoff",
     "The troops walked out on Tuesday after a three-day standoff; two police officers held in a nearby village were also let go.", "", 30),
    # ... not staff let go from a job, nor people "also pardoned" who were never held.
    ("Kazakhstan frees 11 protesters jailed after January unrest", "Kazakhstan's president pardoned 11 people jailed over the January unrest.",
     "Some 40 police officers were also let go from the force over the crackdown, the interior ministry said.", 11),
    ("Iran frees three French nationals", "Iran released three French citizens held in Evin prison, France's foreign ministry said.",
     "Two guards accused of mistreating foreign detainees were also let go by the prisons organisation, Iranian media reported.", 3),
    ("Tunisian president pardons 1,500 prisoners", "President Kais Saied pardoned 1,500 prisoners to mark Independence Day.",
     "Ten exiled opposition figures convicted in absentia were also pardoned, allowing them to return, the presidency said.", 1500),
    # "were released along with 17 Cameroonians": a second group freed with the first.
    ("Abducted Chinese workers freed in Cameroon's Far North",
     "Ten Chinese road workers kidnapped in May were released along with 17 Cameroonians, including the wife of a minister.", "", 27),
    # A reciprocal gesture that frees no one now adds no one: a promise, a lifted ban, the body of the dead.
    ("Kinshasa releases 20 M23 prisoners", "Congo freed 20 M23 detainees on Friday under the Doha framework.",
     "In a reciprocal step, the rebels promised to free 30 soldiers next week, a mediator said.", 20),
    ("Rwanda frees 12 Congolese soldiers",
     "Rwanda freed 12 Congolese soldiers on Tuesday; in a reciprocal gesture Kinshasa lifted a ban on 40 Rwandan traders.", "", 12),
    ("Congo frees Rwandan soldier held since January",
     "Congo released a Rwandan soldier captured in January; in a reciprocal gesture, Rwanda handed over the body of a Congolese officer.",
     "", 1),
]


THIRTY_FIRST_ROUND_CASES = [
    # A whole, then its parts after a dash: the parts are not added to it.
    ("Gaza truce: first captives out", "",
     "Hamas released 24 captives on Friday \u2014 13 Israelis, 10 Nepali farm workers and Maria \u201cMia\u201d Santos, "
     "a Filipino nurse. Israel in turn freed 39 Palestinian women and teenagers.", 63),
    ("Israel frees hundreds under ceasefire", "",
     "Israel freed 1,500 Palestinians on Monday \u2014 300 serving long sentences and 1,200 held without charge during "
     "the war \u2014 under the truce.", 1500),
    # One figure after the dash is another side, and arrivals or a swap after it are never parts.
    ("Russia frees 90 Ukrainians", "",
     "Russia released 90 Ukrainian soldiers on Sunday \u2014 40 Russians returning to Moscow on the same day.", 130),
    ("Armenia and Azerbaijan complete exchange", "",
     "Baku released 40 Armenians in the swap \u2014 25 soldiers and 10 civilians went the other way.", 75),
    # A story about one person told without a name the rules read: one freed.
    ("Jailed opposition politician leaves prison after four years", "",
     "The former minister, a critic of the president, was detained in 2020 on charges she calls invented. She walked "
     "out of the capital's central prison on Tuesday to cheers.", 1),
    # Not when others are freed with the person, nor when the pronoun is the official's.
    ("Jailed opposition politician leaves prison after four years", "",
     "The former minister walked out of the capital's central prison on Tuesday along with several aides detained with "
     "her in 2020.", None),
    ("Amnesty decree signed on Independence Day", "",
     "The president signed the decree on Monday and said he hoped those let out would rebuild their lives. The first "
     "inmates left the central prison that evening.", None),
    # A figure of people "among them" in the headline is a part of the group the lede counts.
    ("Iran frees seized tanker's crew after ten months; 12 Indians among them", "",
     "Iran on Tuesday freed the 21 crew members of the Coral Star, a tanker its Revolutionary Guards seized in the Gulf "
     "in March, and let the ship sail for Dubai.\nThe seizure had followed the detention of an Iranian tanker off "
     "Gibraltar.", 21),
    ("Iran frees 21 sailors; 12 Indians among them", "", "", 21),
    # The pronoun of an official who brings a group home does not make the story one person's.
    ("Freed South Koreans fly home from Afghanistan", "",
     "The foreign minister said he arrived in Kabul on Monday to bring home the aid workers held by the Taliban for six "
     "weeks.", None),
    # A person named after a figure of "-men" is one more ("55 servicemen and Viktor Medvedchuk").
    ("Kyiv and Moscow swap prisoners", "Ukraine got back 140 soldiers on Friday. Russia received 60 servicemen and "
     "Oleg Tarasov, a pro-Moscow politician held since March.", "", 201),
    ("Kyiv and Moscow swap prisoners", "Ukraine got back 140 soldiers on Friday. Russia received 60 servicemen and "
     "thanked Turkish mediators.", "", 200),
    # "nine years each" is a term, not a figure for each side.
    ("Two Danish reporters pardoned, leave prison", "",
     "The two, sentenced in March to nine years each for entering the country illegally, were among nearly 1,500 "
     "prisoners pardoned for the holiday.", 1500),
]


THIRTIETH_ROUND_CASES = [
    # A relative clause of a person's own past (a year in it) is not a release told as earlier.
    ("Banker Rafael Mora flown to Caracas as ten Canadians head home", "",
     "Venezuela released ten Canadians on Monday in exchange for Rafael Mora, a banker close to the "
     "president.\nVenezuela also freed 12 political prisoners under the deal and handed over Luis Prado, "
     "the former contractor who fled house arrest in Toronto in 2021 and will now face trial in "
     "Canada.\nMora had been held in Ottawa since 2020.", 23),
    # A fugitive handed back is not freed.
    ("Banker Rafael Mora flown to Caracas as ten Canadians head home", "",
     "Venezuela let ten Canadians go on Monday in exchange for Rafael Mora, a banker close to the president.\n"
     "As part of the arrangement Venezuela also handed over Luis Prado, the former contractor known as the Whale, who "
     "escaped house arrest in Toronto in 2021.\nMora was received at the presidential palace.", 11),
    ("Iran frees Danish researcher",
     "Lars Holm was released in exchange for Reza Kazemi, who died in Danish custody last year.",
     "", 1),
    # The deal's other part told after the lede: secured, or agreed, as part of it (people, not money).
    ("Five Britons freed by Eritrea as deported men fly home", "",
     "Eritrea released five British citizens on Friday in an exchange that also saw 40 Eritrean men held "
     "in Libya flown home.\nThe foreign secretary said the arrangement also secured the release of 60 "
     "Eritrean political prisoners.", 105),
    ("Five Britons head home from Eritrea as Libya sends back migrants", "",
     "Eritrea on Friday released five British citizens it had been holding, the foreign secretary "
     "said.\nIn exchange, Libya sent home 40 Eritrean men held in a detention camp near Tripoli.\nThe "
     "government in Asmara had also agreed to release 60 political prisoners as part of the arrangement, "
     "he said.", 105),
    # The other side freed hours later, or the same evening.
    ("Two aid workers back in Italy as truce takes hold", "",
     "Marco Rossi and Paolo Bianchi were handed to the Red Cross on Sunday and flown to Rome, the first "
     "hostages freed under the truce.\nHours later Somalia released 45 rebel prisoners from the central "
     "jail in the capital.", 47),
    ("Kidnappers free pilot after seven months", "",
     "Rebels on Saturday released a Canadian pilot they had held for seven months, police said.\nThe "
     "pilot was seized after landing on a remote airstrip. His four passengers were let go unharmed the "
     "same day.", 1),
    ("Government frees prisoners as a gesture", "",
     "The government said on Thursday that a 'significant number' of prisoners were being released.\n"
     "Hours later, Italy's foreign minister said four Italian citizens were among those freed.", None),
    ("US eases oil sanctions; five political prisoners freed",
     "The Treasury issued a licence for oil deals. Hours later the government released five political prisoners.",
     "", 5),
    # (what the cues of a further part must not read: money, a re-arrest, a release announced for
    # later, a whole held in many states, a relative clause of the freed's journey home)
    ("Washington agrees to unfreeze funds in Iran swap",
     "Iran freed five Americans on Monday and the United States released five Iranians.",
     "Iran freed five Americans on Monday and the United States released five Iranians.\nWashington had also agreed "
     "to release 6 billion dollars of Iranian funds as part of the arrangement.", 10),
    ("Iran frees five US citizens as funds unfrozen",
     "Five Americans detained in Iran were freed on Monday and flown to Qatar, while Washington released five "
     "Iranians in return.",
     "Five Americans detained in Iran were freed on Monday and flown to Qatar, while Washington released five "
     "Iranians in return.\nSeoul also released six billion dollars in Iranian oil revenue that had been frozen in "
     "South Korean banks.\nThe money was moved to accounts in Qatar.", 10),
    ("Israel frees Palestinian prisoners",
     "Israel freed 90 Palestinian prisoners early on Monday in return for three Israeli women freed by Hamas.",
     "Israel freed 90 Palestinian prisoners early on Monday in return for three Israeli women freed by "
     "Hamas.\nOvernight, Israeli troops re-arrested 12 of the freed prisoners in raids across the West Bank.", 93),
    ("Hamas frees four hostages in Gaza City",
     "Hamas freed four Israeli hostages in Gaza City on Saturday, the Israeli military said.",
     "Hamas freed four Israeli hostages in Gaza City on Saturday, the Israeli military said.\nHours later, Hamas "
     "announced the release of 3 more hostages next Saturday.", 4),
    ("Largest East-West swap since Cold War",
     "Russia freed Wall Street Journal reporter Evan Gershkovich and former U.S. Marine Paul Whelan on Thursday in a "
     "swap involving seven countries.",
     "Russia freed Wall Street Journal reporter Evan Gershkovich and former U.S. Marine Paul Whelan on Thursday in a "
     "swap involving seven countries.\nIn all, 24 people held in Russia, Belarus, the United States, Germany, "
     "Poland, Norway and Slovenia were freed, Turkey's intelligence agency said.\nEight Russians, including "
     "convicted assassin Vadim Krasikov, went the other way.", 24),
    ("Hamas frees four hostages in second phase", "",
     "Hamas released four Israeli hostages on Saturday in the latest exchange under the Gaza ceasefire, "
     "the army said.\nUnder the same deal, Hamas freed 7 hostages, the women who returned to Israel last "
     "week, and Israel released 290 prisoners.\nIsrael was due to free 200 Palestinians later on "
     "Saturday.", 4),
    ("Russia frees American school teacher", "",
     "Russia freed American teacher Marc Fogel on Tuesday, the White House said.\nPaul Whelan and Evan "
     "Gershkovich, who returned to the US in August 2024, were freed in a 24-person swap with Germany "
     "and Russia.\nFogel landed at Andrews air base.", 1),
    # (in one sentence, the person freed in return counts and the fugitive handed back does not)
    ("Americans freed by Venezuela land in Texas",
     "Ten Americans released by Venezuela landed at Kelly Field in San Antonio late on Wednesday, the White House "
     "said.",
     "In return, the US freed Alex Saab, and Caracas sent back Leonard Francis, who fled house arrest in "
     "2022.\nPresident Joe Biden said the deal was the right one.", 11),
    # (a whole "held in" two states that were exchanged is the whole swap)
    ("24 prisoners freed in historic swap",
     "In all, 24 prisoners held in the United States and Russia were exchanged on Thursday in the largest swap since "
     "the Cold War.",
     "Eight Russians, among them Vadim Krasikov, flew to Moscow, where President Vladimir Putin met them on the "
     "tarmac.\nSixteen people held in Russia and Belarus flew west.", 24),
    # One side's whole told "in all", held by one state, and the other side's figure after it.
    ("Lind, Berg freed in big East-West swap", "",
     "Russia freed journalists Anna Lind and Peter Berg on Thursday in a prisoner exchange carried out "
     "in Ankara.\nIn all, 12 people held in Russia and Belarus were flown to Ankara, among them "
     "opposition politician Ivan Sokolov.\nSix Russians held in Germany, Poland and Norway went the "
     "other way.", 18),
]


TWENTY_NINTH_ROUND_CASES = [
    # Plural nouns of people beyond the earlier list: kin, cadres, civil servants, migrants.
    ("Nepal frees Maoist leader Ram Bahadur Thapa and 12 other cadres", "", "", 13),
    ("Taliban free women's rights activist and three relatives after two weeks", "", "", 4),
    ("Saudi Arabia frees two sisters of exiled activist held in 'retaliation'", "", "", 2),
    ("Rebels release 3 abducted civil servants after ransom paid", "", "", 3),
    # People who only attended the release, and the cargo of a crime, are not the freed.
    ("Russia frees Kherson-region mayor Ivan Petrenko", "The release was one of two swaps this month, and 20 officials from "
     "occupied towns attended the welcome ceremony in Kyiv.", "", 1),
    ("Sudan junta frees political detainees", "Two generals announced the release of 120 detainees on state television.", "", 120),
    ("Syria: detainees walk free from Sednaya", "", "Some 300 relatives waited outside Sednaya as 40 detainees were freed on "
     "Sunday morning.", 40),
    ("Guerrillas free abducted soldiers", "Four mayors of mountain towns mediated the release of 28 soldiers.", "", 28),
    ("Gunmen free kidnapped priest", "The priest was freed on Thursday, and 200 parishioners lined the road to his church.", "", 1),
    # ... but the freed themselves may watch, line up or fly to meet their families.
    ("Israel frees Palestinian prisoners in Ramallah", "Israel freed 90 Palestinian prisoners as crowds watched in Ramallah.", "", 90),
    ("Belarus frees prisoners after US envoy visit", "The 12 prisoners lined up on the tarmac in Minsk before boarding a bus "
     "to Vilnius.", "", 12),
    ("Houthis free detained UN staff in Sanaa", "Eleven officials held by the Houthis went home to their families on Friday.",
     "", 11),
    ("Uganda frees opposition supporters detained after election", "Thirty-two supporters freed on Monday said they had been "
     "tortured in custody.", "", 32),
    ("Opposition supporters walk free from Luzira", "More than 120 supporters released on bail lined the road outside the "
     "prison to greet the opposition leader.", "", 120),
    ("Eritrea frees Yemeni fishermen", "The 11 freed fishermen went back to Assab to collect their boat.", "", 11),
    ("Sudan frees detained activists' relatives", "Nine relatives of exiled activists walked out of Kober prison on Monday.",
     "", 9),
    ("Gunmen free abducted lawmakers", "The six lawmakers that were freed on Sunday had been seized on the highway.", "", 6),
    ("RSF frees captured army generals", "Eleven generals captured when the RSF overran the base were freed after mediation.",
     "", 11),
    ("Cuba frees jailed dissidents; all 20 were convicted in 2003 crackdown", "", "", 20),
    ("Libyan coastguard frees Tunisian fishing boat", "The coastguard released a fishing boat carrying nine people that it had "
     "detained for a week.", "", 9),
    ("Cuba releases jailed U.S. citizen in goodwill gesture", "Havana freed Florida resident Dan Cole, 48, who was serving "
     "nine years over a boat carrying 14 migrants.", "", 1),
    ("Planes land in Kyiv and Moscow after swap", "", "Two planes touched down in Kyiv and Moscow on Saturday, each carrying "
     "35 people freed in the prisoner exchange.", 70),
    ("Russia frees 8 Ukrainians in swap", "", "Russia handed over eight Ukrainians on Friday.\nTwenty relatives went out to "
     "meet the buses at the border.", 8),
    # Someone's kin are not the freed unless freed themselves.
    ("Freed hostage Noa Peretz reunites with her parents and two sisters", "", "", 1),
    ("Israeli hostage released with her two daughters still in Gaza", "", "", 1),
    ("Iran frees British-Iranian aid worker Nadia Farahani", "", "Her two daughters had spent six years lobbying for their mother "
     "to be released.", 1),
    ("Egypt frees activist Ahmed Karim", "", "Karim's three brothers waited at the prison gate until Karim was released.", 1),
    ("Jihadists free captured soldiers", "The fighters, who said they had lost 30 comrades in an air strike, released 10 soldiers "
     "on Monday.", "", 10),
    ("Ethiopia frees Gen. Tesfaye Alemu and five other generals held since 2020", "", "", 6),
    ("Militants free 17 abducted soldiers in exchange for six fighters' relatives held by police", "", "", 23),
    ("Hamas frees nine children and two mothers", "Nine children and two mothers were handed to the Red Cross.", "", 11),
    # More singular roles: a lawmaker, a minister, a judge.
    ("Nepal frees former minister and three party leaders detained since royal takeover", "", "", 4),
    ("Venezuela frees opposition lawmaker Juan Mora and 5 aides after 3 years", "", "", 6),
    ("Turkey releases former judge and two colleagues held since coup attempt", "", "", 3),
    # ... not one who acts for them.
    ("Freed Thai hostages land in Bangkok", "The 23 Thai workers and a minister who accompanied them landed at the airport.", "", 23),
    ("Boko Haram frees 27 hostages and the governor welcomes them in Maiduguri", "", "", 27),
    ("Abducted bus passengers freed in Mali after talks led by the minister", "", "", None),
    # One person given for a side by role: an ally, an asset, an Islamist.
    ("Venezuela frees 10 Americans in swap for Maduro ally", "", "", 11),
    ("US frees 3 Cuban agents in exchange for intelligence asset held 20 years in Havana", "", "", 4),
    # ... but not a word of that kind as a modifier, nor a thing given for them.
    ("Two Italian engineers freed in Niger Delta", "The two were released in exchange for a dead militant's body, a local "
     "official said.", "", 2),
    ("Colombia frees 18 guerrilla and paramilitary prisoners", "", "", 18),
    ("JNIM frees Romanian hostage Ion Gheorghe", "The group also released a jihadist propaganda video showing the handover "
     "in northern Mali.", "", 1),
    ("Russia frees jailed US schoolteacher", "Mark Folan was freed in exchange for a money launderer, Dmitri Volin, the White "
     "House said.", "", 2),
    # A role's word inside a compound is no role; an aside "12 of them women" between commas is a part; a headline clause of
    # people given jail terms, men shot dead and peers who flew in to plead are not the freed.
    ("Myanmar junta frees 31 teacher-training students jailed for protests", "The students, 12 of them women, were freed from "
     "Insein prison on Friday.", "", 31),
    ("Myanmar junta frees 31 teacher-training students", "", "", 31),
    ("Sri Lanka frees 14 Indian fishermen; 22 others handed six-month jail terms", "", "", 14),
    ("U.S. contractor freed in Lahore after 'blood money' deal", "Rick Hale, held for 48 days after shooting dead two men on a "
     "Lahore street, left Pakistan on Wednesday.", "", 1),
    ("Taliban free 3 aid workers and a shepherd", "", "", 4),
    # Others freed with the one person told: "with 17 other members", a next paragraph's "He was released along with five
    # other ..."; quotes taken off a few words; "Chinese spy" is one person.
    ("Fiji gunmen free deposed prime minister and cabinet after 56 days", "Ousted prime minister Mahen Rao walked out of the parliament compound "
     "on Thursday with 17 other members of his government.", "", 18),
    ("Belarus frees journalist Pavel Zhuk after four years", "Zhuk, 48, was released with 13 other people, Viasna said.", "", 14),
    ("Papuan activist Yonas Karu freed after 11 years", "Karu walked free on Friday under a presidential clemency.",
     "JAYAPURA - Papuan activist Yonas Karu walked out of prison on Friday.\nHe was released along with five other Papuan "
     "political prisoners under a clemency signed last month, his lawyer said.", 6),
    ("Senegal frees opposition leader Omar Sall", "About 200 supporters rushed to the prison gates as Sall walked out.", "", 1),
    ("Iran frees Italian journalist Carla Sola", "Two Italian diplomats who flew to Tehran to collect her accompanied Sola on "
     "the flight to Rome.", "", 1),
    ("Russia frees Ukrainian marines captured in Mariupol", "Thirty mothers went to the Sumy crossing at dawn, and by noon 49 "
     "marines had crossed into Ukraine.", "", 49),
    ("Kidnappers free Mexican priest in Guerrero", "Two mayors helped broker the deal that freed Father Miguel Ruiz on Tuesday.",
     "", 1),
    ("Venezuela frees activist Rosa Miguel", "Twelve opposition lawmakers went home after a day-long vigil outside the "
     "Helicoide, where Miguel had been held.", "", 1),
    ("Sudan army frees RSF fighters", "Two generals handed over 40 captured fighters to the Red Cross on Monday.", "", 40),
    ("ELN frees soldiers seized in Arauca", "Three mayors walked out of the talks in protest on Friday, hours before 12 soldiers "
     "were freed.", "", 12),
    ("Russia frees mayor of Kherson village after two years", "Ivan Babko, mayor of Hola Prystan, crossed into Ukraine on "
     "Friday; four mayors freed in earlier swaps attended his welcome.", "", 1),
    ("Kherson mayors return from Russian captivity", "Three mayors held since 2022 returned home in Sunday's exchange.", "", 3),
    ("Houthis free detained government staff", "The 15 officials flew to Aden after their release.", "", 15),
    ("Iran frees detained Austrian diplomats", "Two released diplomats flew to Vienna on Friday after eight months in Evin "
     "prison.", "", 2),
    ("Rebels hand over captured army officers in eastern Congo", "Three generals handed over by the rebels arrived in Kinshasa "
     "on Wednesday.", "", 3),
    ("Former Afghan officials freed by Taliban intelligence", "Nine officials of the former republic travelled to Kabul on "
     "Monday after the Taliban's intelligence service let them go.", "", 9),
    ("Nigerian governors receive freed schoolgirls", "Two governors received the 104 schoolgirls on Thursday after their "
     "release.", "", 104),
    ("Freed Ukrainian POWs reunited with families in Chernihiv", "Forty mothers wept as 130 soldiers stepped off the buses "
     "after the latest swap.", "", 130),
    ("Ukraine and Russia swap prisoners", "Ukraine got back 84 soldiers whose relatives had staged weekly rallies in Kyiv.", "",
     84),
    ("Burundi pardons jailed former ministers", "Four jailed ministers embraced their families outside the prison on Friday "
     "after the president pardoned them.", "", 4),
    ("Mali junta frees detained ministers", "The four ministers were greeted by relatives in Bamako on Thursday after the "
     "military government released them.", "", 4),
    ("Iran frees detained European diplomats", "Two detained diplomats arrived in Brussels on Friday after Iran released "
     "them.", "", 2),
    ("Boko Haram frees captured officials", "The eight officials waited at the airport in Maiduguri for a military flight "
     "after Boko Haram released them.", "", 8),
    ("Kidnapped Nigerian officials regain freedom", "Four officials of the electoral commission wept as they were freed in "
     "Kogi on Sunday.", "", 4),
    ("Tanzania frees detained opposition lawmakers", "Three opposition lawmakers greeted supporters on Monday after being "
     "released on bail.", "", 3),
    ("Militants hand over relatives of soldiers", "Militants handed over 15 relatives of soldiers to a tribal jirga on "
     "Saturday.", "", 15),
    ("Junta frees detained journalists", "Two generals of the ruling junta said four journalists held since June had been "
     "freed.", "", 4),
    ("Freed Israeli hostage reunited with parents and three brothers", "", "", 1),
    ("Burundi frees journalist Flora Irambi", "Irambi was released together with her two cellmates on Thursday after a "
     "pardon.", "", 3),
    ("Russia frees three Ukrainian civilians; two other Ukrainians convicted of sabotage head for Kyiv", "", "", 5),
    # An earlier release "along with" others, "jailed with" others, "landed with" others are not others freed with them.
    ("Egypt frees activist Mohamed Adly", "Adly left Tora prison on Monday, his lawyer said.", "Adly, a founder of the April 6 "
     "movement, was arrested again in 2023.\nHe was released along with 14 other activists in 2017 after serving a three-year "
     "term, but was re-arrested six years later.", 1),
    ("Bahrain frees rights defender Abdul al-Khawari", "Al-Khawari, one of the 'Bahrain 13' jailed with 12 other activists in "
     "2011, flew to Copenhagen on Friday.", "", 1),
    ("Kara-Murov lands in Germany after prisoner swap", "Vladimir Kara-Murov landed at Cologne-Bonn airport with 12 other freed "
     "prisoners late on Thursday.", "", 13),
    ("Vietnam frees activist Pham Van Tranh; three bloggers sentenced", "", "", 1),
    ("British engineer freed in Nigeria", "", "British engineer Tom Lewes was freed on Monday along with his two Nigerian "
     "colleagues, police said.", 3),
    ("NPA frees four 'prisoners of war' on Christmas Day", "", "", 4),
    ("Uzbekistan releases its 'last' jailed journalist, rights group says", "", "", 1),
    ("Iran says it freed 'about 70' percent of protest detainees", "", "", None),
    ("Taiwan frees Chinese spy as Beijing releases two Taiwanese officers", "", "", 3),
    ("British teacher jailed in Sudan is pardoned and freed", "Mary Holl, 54, left Khartoum on Monday, following the "
     "intervention of two British peers who flew to Sudan to plead for her.", "", 1),
]


STORY_COUNT_CASES = [*THIRTY_EIGHTH_ROUND_CASES, *THIRTY_SEVENTH_ROUND_CASES, *THIRTY_SIXTH_ROUND_CASES, *THIRTY_FIFTH_ROUND_SECOND_CASES, *THIRTY_FIFTH_ROUND_CASES, *THIRTY_FOURTH_ROUND_CASES, *THIRTY_THIRD_ROUND_CASES, *THIRTY_SECOND_ROUND_CASES, *THIRTY_FIRST_ROUND_CASES, *THIRTIETH_ROUND_CASES, *TWENTY_NINTH_ROUND_CASES, *TWENTY_EIGHTH_ROUND_CASES, *TWENTY_SEVENTH_ROUND_CASES, *TWENTY_SIXTH_ROUND_CASES, *TWENTY_FIFTH_ROUND_CASES, *TWENTY_FOURTH_ROUND_CASES, *TWENTY_THIRD_ROUND_CASES, *TWENTY_SECOND_ROUND_CASES, *LATER_SIDE_CASES, *LATER_NOT_A_SIDE_CASES, *SINGLE_PERSON_CASES, *THIRTEENTH_ROUND_CASES,
                     *FOURTEENTH_ROUND_CASES, *FOURTEENTH_ROUND_GROSS_CASES,
                     *FOURTEENTH_ROUND_SUBJECT_CASES, *FOURTEENTH_ROUND_OTHER_WAY_CASES,
                     *FOURTEENTH_ROUND_GROUP_CASES, *FOURTEENTH_ROUND_LIST_CASES,
                     *FOURTEENTH_ROUND_LONE_NAME_CASES, *FOURTEENTH_ROUND_STAGE_CASES,
                     *FOURTEENTH_ROUND_PAIR_CASES, *FOURTEENTH_ROUND_WHOLE_CASES,
                     *FOURTEENTH_ROUND_REVIEW_CASES, *FIFTEENTH_ROUND_HEADLINE_CASES, *FIFTEENTH_ROUND_OTHER_SIDE_CASES,
                     *FIFTEENTH_ROUND_COMPANION_CASES,
                     *FIFTEENTH_ROUND_NOT_HELD_CASES,
                     *FIFTEENTH_ROUND_ONE_MORE_CASES,
                     *FIFTEENTH_ROUND_NAMED_BESIDE_CASES,
                     *FIFTEENTH_ROUND_OTHER_CLAUSE_CASES,
                     *FIFTEENTH_ROUND_NAMED_SIDES_CASES,
                     *FIFTEENTH_ROUND_WITH_CASES,
                     *FIFTEENTH_ROUND_NAME_CASES,
                     *FIFTEENTH_ROUND_TWO_COUNTRIES_CASES,
                     *FIFTEENTH_ROUND_REVIEW_CASES,
                     *SIXTEENTH_ROUND_COUNT_CASES,
                     *SIXTEENTH_ROUND_SIDES_CASES,
                     *SIXTEENTH_ROUND_SUBJECT_CASES,
                     *SIXTEENTH_ROUND_TICKER_CASES,
                     *SIXTEENTH_ROUND_AMONG_CASES,
                     *SEVENTEENTH_ROUND_ONE_FOR_ONE_CASES,
                     *SEVENTEENTH_ROUND_NAMED_LISTS_CASES,
                     *SEVENTEENTH_ROUND_FIGURES_CASES,
                     *SEVENTEENTH_ROUND_DEAL_CASES,
                     *SEVENTEENTH_ROUND_SINGLE_CASES,
                     *SEVENTEENTH_ROUND_REVIEW_CASES,
                     *SEVENTEENTH_ROUND_ARRIVAL_CASES,
                     *SEVENTEENTH_ROUND_NOT_THE_FREED_CASES,
                     *SEVENTEENTH_ROUND_WHOLE_PLAN_CASES,
                     *SEVENTEENTH_ROUND_LATE_REVIEW_CASES,
                     *SEVENTEENTH_ROUND_GESTURE_CASES,
                     *SEVENTEENTH_ROUND_FOR_NAME_AND_CASES,
                     *SEVENTEENTH_ROUND_FAMILY_CASES,
                     *SEVENTEENTH_ROUND_HIM_AND_CASES,
                     *SEVENTEENTH_ROUND_GESTURE_REVIEW_CASES,
                     *SEVENTEENTH_ROUND_INSTITUTION_CASES,
                     *SEVENTEENTH_ROUND_LAST_CASES,
                     *EIGHTEENTH_ROUND_PROBE_CASES,
                     *EIGHTEENTH_ROUND_FORMAT_CASES,
                     *EIGHTEENTH_ROUND_CREW_CASES,
                     *EIGHTEENTH_ROUND_DESCRIPTION_CASES,
                     *EIGHTEENTH_ROUND_PROBE_FAMILY_CASES,
                     *EIGHTEENTH_ROUND_REVIEW_CASES,
                     *EIGHTEENTH_ROUND_RECALLED_CASES,
                     *EIGHTEENTH_ROUND_LAST_REVIEW_CASES,
                     *EIGHTEENTH_ROUND_FINAL_REVIEW_CASES, *NINETEENTH_ROUND_CASES,
                     *NINETEENTH_ROUND_SECOND_CASES, *NINETEENTH_ROUND_REVIEW_CASES,
                     *NINETEENTH_ROUND_FIGURE_REVIEW_CASES, *NINETEENTH_ROUND_SWAP_CASES, *TWENTIETH_ROUND_ROLE_CASES,
                     *TWENTY_FIRST_ROUND_OTHER_SIDE_CASES, *TWENTY_FIRST_ROUND_OTHERS_CASES]


@pytest.mark.parametrize(("title", "summary", "body", "count"), STORY_COUNT_CASES, ids=[c[0][:60] for c in STORY_COUNT_CASES])
def test_count_of_a_story_told_over_paragraphs(title: str, summary: str, body: str, count: int) -> None:
    result = classify(title, summary, body)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


def test_a_headline_figure_is_read_alone_only_where_no_one_is_killed_held_or_taken() -> None:
    # A story the story model flagged alone: the facts read the headline and lede as the rules would.
    from bot.facts import extract_facts

    def count(title: str) -> int | None:
        return extract_facts((PRISONER_RELEASE,), {}, title, "", "").released_count

    assert count("Trump greets three Americans at Andrews") == 3
    for other_figure in (
        "Trump greets three Americans at Andrews after raid that killed guards",
        "Families greet 12 sailors at Mombasa after pirates killed captain",
        "Minister greets five fishermen at Chennai airport; boat owner jailed",
    ):
        assert count(other_figure) is None, other_figure
