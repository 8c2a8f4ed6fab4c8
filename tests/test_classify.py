"""The classifier's regression table: hard cases from LABELS.md, each phrasing of release and sanction action."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.classify import CLASSIFIER_VERSION, DEFAULT_THRESHOLDS, classify
from bot.models import PRISONER_RELEASE, SANCTIONS, TOPICS

PR = frozenset({PRISONER_RELEASE})
SA = frozenset({SANCTIONS})
BOTH = frozenset({PRISONER_RELEASE, SANCTIONS})
NONE: frozenset[str] = frozenset()

DATA = Path(__file__).parent / "data"

# (title, summary, expected labels). Each row names the case it pins down.
CASES: list[tuple[str, str, frozenset[str]]] = [
    # --- phrasings of a release ---------------------------------------------------------------------
    ("Belarus frees 14 political prisoners after US envoy visit", "", PR),  # frees
    ("Opposition leader freed after five years in jail", "", PR),  # freed
    ("Iran releases British-Iranian aid worker", "She had been held in Evin prison since 2016.", PR),  # released
    ("Jailed blogger set free by Azerbaijani court ruling", "", PR),  # set free
    ("Dissident journalist walks free from Egyptian prison", "", PR),  # walks free
    ("US and Russia complete prisoner swap in Abu Dhabi", "", PR),  # swap
    ("Ukraine and Russia carry out exchange of POWs", "Both sides handed over 150 prisoners of war.", PR),
    ("Myanmar junta amnesty frees 5,000 prisoners", "", PR),  # amnesty
    ("Putin pardons and frees jailed Kremlin critic", "", PR),  # pardoned and freed
    ("Hostages handed over to Red Cross in Gaza", "", PR),  # handed over
    ("Freed Americans flown out of Venezuela on US plane", "The three detainees were released on Saturday.", PR),
    ("Released hostages reunited with families in Tel Aviv", "", PR),  # reunited
    ("Iran agrees to release five detained Americans", "", PR),  # agreed to release
    ("Hamas to release 33 hostages in first phase of truce deal", "", PR),  # announced release
    ("Cuba to free 553 prisoners under deal with Vatican", "", PR),
    ("Nicaragua releases 222 political prisoners and expels them to the US", "", PR),
    ("Taliban free two American hostages in exchange for Afghan prisoner", "", PR),
    ("Rebels free 12 soldiers held as prisoners of war", "", PR),
    ("Kyiv and Moscow trade hundreds of POWs", "", PR),
    ("Ukraine gets back 84 captives in swap with Russia", "", PR),
    ("Bahrain pardons 1,584 detainees in royal amnesty", "", PR),
    # --- intent and negation: no release happened -------------------------------------------------
    ("Rights groups call for release of jailed journalist", "", NONE),
    ("Amnesty International demands Russia free Ukrainian POWs", "", NONE),
    ("UN experts urge Iran to release detained activists", "", NONE),
    ("Petition for the release of Jimmy Lai delivered to Hong Kong government", "", NONE),
    ("Campaigners hold vigil demanding freedom for Alaa Abd el-Fattah", "", NONE),
    ("Iran refuses to release detained British nationals", "", NONE),
    ("Russia will not free jailed reporter, Kremlin says", "", NONE),
    ("Talks on prisoner swap stall as sides trade accusations", "", NONE),
    ("Family of detained American pleads for his release", "", NONE),
    ("Free Jimmy Lai: rights groups deliver petition to government office", "", NONE),
    ("Japan steps up efforts for Iraq hostage release", "Officials say efforts are still being made to free him.", NONE),
    # --- other hard negatives for prisoner_release ------------------------------------------------
    ("Police arrest opposition leader ahead of protest", "", NONE),  # arrest
    ("Activist sentenced to ten years in prison", "", NONE),  # sentencing
    ("Trial of detained journalists opens in Minsk", "", NONE),  # trial
    ("Court rejects appeal of jailed dissident", "", NONE),  # appeal rejected
    ("Jailed activist on hunger strike for 30 days", "", NONE),  # hunger strike
    ("Report details overcrowding and abuse in prisons", "", NONE),  # prison conditions
    ("Political prisoner dies in custody, rights group says", "", NONE),  # death in custody
    ("Footballer released on bail after assault charge", "", NONE),  # bail
    ("Murderer released on parole after 25 years", "", NONE),  # parole
    ("Teenage suspect released without charge", "", NONE),  # released without charge
    ("Inmates escape after riot at state prison", "", NONE),  # escape
    ("Gunmen free 200 inmates in jailbreak", "", NONE),  # jailbreak
    ("Apple releases new iPhone software update", "", NONE),  # product
    ("Studio releases trailer for new film", "", NONE),  # film
    ("Band releases long-awaited album", "", NONE),  # album
    ("Ministry releases annual report on prisons", "", NONE),  # report
    ("Statistics office releases inflation data", "", NONE),  # data
    ("Government releases statement on detainees", "", NONE),  # statement
    ("Police release footage of hostage rescue", "", NONE),  # footage
    ("New video of captured hostage released", "", NONE),  # video of a still-held hostage
    ("Rescued turtles released back into the wild", "", NONE),  # animals
    ("Survivors freed from rubble after earthquake", "", NONE),  # rubble
    ("Trapped miners freed after three days underground", "", NONE),  # trapped miners
    ("Former president released from hospital after surgery", "", NONE),  # hospital
    ("Striker released from his contract by club", "", NONE),  # contract
    ("President pardons Thanksgiving turkey", "", NONE),  # turkey pardon
    ("Biden issues pre-emptive pardons to Fauci and Milley", "", NONE),  # pardon, not in custody
    ("Freed from the constraints of office, ex-minister writes memoir", "", NONE),
    ("US says Ukraine can still hold a free and fair election", "", NONE),
    ("Exchange rate falls as currency swap talks continue", "", NONE),
    # --- sanction actions --------------------------------------------------------------------------
    ("US imposes sanctions on Russian oil giant Rosneft", "", SA),  # imposed
    ("EU expands sanctions on Iran over drone deliveries", "", SA),  # expanded
    ("EU extends economic sanctions on Russia for six months", "", SA),  # extended
    ("US eases sanctions on Venezuelan oil sector", "", SA),  # eased
    ("US lifts sanctions on Belarusian potash", "", SA),  # lifted
    ("Biden threatens sanctions if Russia invades Ukraine", "", SA),  # threatened
    ("Bank fined $1bn for violating Iran sanctions", "", SA),  # enforced
    ("Shadow fleet tankers evade Western sanctions on Russian crude", "", SA),  # evaded
    ("Treasury blacklists North Korean shipping firms", "", SA),
    ("UN Security Council imposes arms embargo on South Sudan", "", SA),
    ("EU adopts 14th sanctions package against Russia", "", SA),
    ("UK freezes Roman Abramovich's assets", "", SA),
    ("China retaliates with sanctions on US defence firms", "", SA),
    # --- hard negatives for sanctions --------------------------------------------------------------
    ("FIFA sanctions club over racist chants", "", NONE),
    ("UEFA sanctions team after crowd trouble", "", NONE),
    ("NCAA sanctions university basketball programme", "", NONE),
    ("WADA sanctions athletes for doping violations", "", NONE),
    ("Judge sanctions lawyers for citing fake cases", "", NONE),
    ("Employee faces disciplinary sanctions at work", "", NONE),
    ("School sanctions pupils for phone use", "", NONE),
    ("Benefit sanctions on jobseekers criticised by charity", "", NONE),
    ("State-sanctioned violence against protesters condemned", "", NONE),
    ("Runners gather for sanctioned race in city centre", "", NONE),
    ("US raises tariffs on Chinese steel in trade dispute", "", NONE),
    ("Council sanctions 12m plan to rebuild seafront", "", NONE),
    # --- both topics ----------------------------------------------------------------------------------
    ("Belarus frees 123 prisoners after US lifts sanctions on potash", "", BOTH),
    ("Cuba frees prisoners as US eases sanctions", "", BOTH),
    # --- HTML, entities and titles alone -------------------------------------------------------------
    ("Belarus frees 52 prisoners", "<p>The US &amp; Lithuania welcomed the <b>release</b>.</p>", PR),
    ("EU &amp; UK <i>impose</i> sanctions on Iran&#39;s Revolutionary Guards", "", SA),
    ("<b>Rights groups</b> call for release of jailed journalists", "<p>Petition &amp; vigil</p>", NONE),
    ("Hostages freed", "", PR),
    ("Iran sanctions", "", SA),
]

# Probes written while tuning (own words, varied phrasing of every LABELS.md category).
EXTRA_CASES: list[tuple[str, str, frozenset[str]]] = [
    ("Thai boys' football team freed from flooded cave after 17 days", '', NONE),
    ('All 12 boys and their coach rescued from Tham Luang cave', '', NONE),
    ('Russian court sentences opposition politician to 25 years', '', NONE),
    ('Hong Kong activist jailed for 10 years; supporters call for release', '', NONE),
    ('Journalist handed 8-year sentence, will be freed only in 2030', '', NONE),
    ('Navalny dies in Arctic penal colony', '', NONE),
    ('Body of dissident released to family after death in custody', '', NONE),
    ('Iranian woman dies in custody after arrest by morality police', '', NONE),
    ('Journalist detained in Moscow on espionage charges', '', NONE),
    ('American detained in Russia; family demands release', '', NONE),
    ('Prisoners escape from jail in Haiti after gang attack', '', NONE),
    ('Inmates freed as gangs storm prison in Port-au-Prince', '', NONE),
    ('Dozens escape from immigration detention centre', '', NONE),
    ('Pope released from hospital after 38 days', '', NONE),
    ('Navalny discharged from hospital and returned to prison', '', NONE),
    ('Former hostage released from hospital in Tel Aviv', '', NONE),
    ('Girl freed from rubble five days after quake', '', NONE),
    ('Rescuers free survivors trapped under collapsed building', '', NONE),
    ('33 Chilean miners freed after 69 days underground', '', NONE),
    ('Trapped workers freed from collapsed tunnel in India', '', NONE),
    ('Biden pardons turkeys Liberty and Bell', '', NONE),
    ('Trump spares Thanksgiving turkeys at White House', '', NONE),
    ('Rehabilitated sea turtles released off Florida coast', '', NONE),
    ('Zoo releases lynx into Scottish forest', '', NONE),
    ('Samsung releases Galaxy S24 in South Korea', '', NONE),
    ('OpenAI releases new model', '', NONE),
    ('Kremlin releases statement on prisoner swap talks', '', NONE),
    ('Netflix releases documentary about political prisoners', '', NONE),
    ('EU parliament urges Iran to free Swedish-Iranian doctor', '', NONE),
    ('Pressure mounts on Russia to release jailed US reporter', '', NONE),
    ('Families of hostages rally for release deal in Tel Aviv', '', NONE),
    ('IOC sanctions Russian Olympic Committee over Ukraine annexation', '', NONE),
    ('Amazon sanctions workers for union activity', '', NONE),
    ('Police officer sanctioned for misconduct', '', NONE),
    ('University sanctions students over protest encampment', '', NONE),
    ('Court upholds sentence of jailed Belarusian activist', '', NONE),
    ('Trial of detained US reporter begins behind closed doors in Yekaterinburg', '', NONE),
    ('UN report: political prisoners held in solitary confinement in Belarus', '', NONE),
    ('Hundreds of inmates freed as militants attack prison in Nigeria', '', NONE),
    ('Man arrested over stabbing released without charge', '', NONE),
    ('Journalist released without charge after 12 hours in custody', '', NONE),
    ('Opposition leader arrested hours after returning home', '', NONE),
    ('Navalny detained on arrival in Moscow after flying home', '', NONE),
    ('Hong Kong activist granted bail', '', NONE),
    ('Activist freed on bail pending trial', '', NONE),
    ('Jailed Iranian activist ends hunger strike after 40 days', '', NONE),
    ('Russia jails US soldier for theft and threats', '', NONE),
    ('Appeal rejected: Egyptian court keeps blogger behind bars', '', NONE),
    ('Judge orders release of migrant children held at border facility', '', NONE),
    ('Alabama inmate released after 30 years as DNA clears him', '', NONE),
    ("Russian journalist's sentence extended by five years", '', NONE),
    ('Iran hangs protester despite calls for his release', '', NONE),
    ('Hostage video released by Hamas shows captive alive', '', NONE),
    ('US imposes tariffs on Chinese electric vehicles', '', NONE),
    ('China sanctioned the marathon route through the city', '', NONE),
    ('Benefit claimants face tougher sanctions under new welfare rules', '', NONE),
    ('FA sanctions Chelsea for fan misconduct', '', NONE),
    ('Bar association sanctions attorney for misconduct', '', NONE),
    ('Freed Willy? Orca released into Icelandic bay', '', NONE),
    ('Moscow court extends detention of US journalist', '', NONE),
    ('Prisoner dies after being freed on medical grounds', '', NONE),
    ('Russia frees US journalist in prisoner swap', '', PR),
    ('Iran releases two French citizens held for three years', '', PR),
    ('Venezuela frees six Americans after envoy visit', '', PR),
    ('Belarus pardons 30 political prisoners', '', PR),
    ('Myanmar releases thousands of prisoners in new year amnesty', '', PR),
    ('Israel releases 90 Palestinian prisoners as ceasefire begins', '', PR),
    ('Freed Israeli hostages return home after 471 days in captivity', '', PR),
    ("Saudi Arabia frees women's rights activist after nearly three years", '', PR),
    ('Egypt pardons jailed activist Alaa Abd el-Fattah', '', PR),
    ('Russia and Ukraine swap 300 prisoners of war', '', PR),
    ('Azerbaijan frees Armenian detainees under peace deal', '', PR),
    ('North Korea hands over detained US soldier', '', PR),
    ('China frees Australian journalist Cheng Lei after three years', '', PR),
    ('Cheng Lei arrives home in Melbourne after release from Chinese detention', '', PR),
    ('Houthis release crew of seized ship Galaxy Leader', '', PR),
    ('Eritrea releases long-held journalists', '', PR),
    ('Vietnam frees prominent dissident ahead of US visit', '', PR),
    ('Cuba begins releasing political prisoners under deal with US', '', PR),
    ('Hamas frees four Israeli women soldiers', '', PR),
    ('Taliban release American held for two years', '', PR),
    ('Treasury targets Iranian drone suppliers', '', SA),
    ('EU agrees new sanctions on Russian diamonds', '', SA),
    ('UK adds 20 Russian individuals to sanctions list', '', SA),
    ('Japan joins G7 in sanctioning Russian oligarchs', '', SA),
    ('US sanctions Chinese firms for supplying Russia', '', SA),
    ('Switzerland adopts EU sanctions against Russia', '', SA),
    ('UN Security Council renews Libya arms embargo', '', SA),
    ("US lifts sanctions on Syria's central bank", '', SA),
    ('Trump threatens Russia with secondary tariffs and sanctions', '', SA),
    ('Australia imposes Magnitsky sanctions on Iranian officials', '', SA),
    ('Canada freezes assets of Russian billionaire', '', SA),
    ('OFAC designates Hezbollah financiers', '', SA),
    ('Belarus court jails journalist for eight years', 'Andrzej Poczobut was sentenced on Wednesday. Several other journalists were freed last year after US talks.', NONE),
    ('Iranian rapper sentenced to death over protest songs', 'Rights groups demanded his immediate release. Amnesty International said the trial was unfair.', NONE),
    ('Russian opposition figure gets 25 years for treason', 'Vladimir Kara-Murza, who survived two poisonings, was convicted in a closed trial. Washington called for his release.', NONE),
    ('Dissident dies in Chinese prison hospital', 'Liu Xiaobo, the Nobel laureate, died of liver cancer while in custody. His wife remains under house arrest.', NONE),
    ('Activist found dead in cell days after arrest', 'Police said he took his own life. His family rejected the account and demanded an inquiry.', NONE),
    ('Detained Reuters journalists denied bail in Myanmar', 'The two reporters have been held since December under the Official Secrets Act.', NONE),
    ("Jailed Saudi blogger's wife appeals for his freedom", 'Raif Badawi was sentenced to ten years and 1,000 lashes. Ensaf Haidar urged Canada to press Riyadh.', NONE),
    ('Egyptian court extends detention of activist by 45 days', 'Prosecutors renewed the order for the fourth time. Lawyers said he should be released.', NONE),
    ('Navalny moved to Arctic penal colony, lawyers say', 'Aides had lost contact with the opposition leader for 19 days.', NONE),
    ('Prisoners in Belarus denied letters and visits, report finds', 'Viasna said at least 1,200 political prisoners are held in harsh conditions.', NONE),
    ('Inmates escape as gunmen attack prison in DR Congo', 'Officials said more than 4,000 prisoners broke out of Makala prison.', NONE),
    ('Two prisoners escape from Belmarsh during transfer', 'Police launched a manhunt.', NONE),
    ("Hunger-striking British-Egyptian activist's health deteriorates", 'His family has campaigned for years for his release.', NONE),
    ('US judge sanctions Trump lawyers over election lawsuit', 'The lawyers must pay $175,000 in fines for the frivolous suit.', NONE),
    ('League sanctions club for breaching salary cap', 'The team was docked 10 points.', NONE),
    ('UK jobcentres impose more benefit sanctions on claimants', 'Charities say sanctions push people into poverty.', NONE),
    ('Kremlin-sanctioned rally draws thousands in Moscow', '', NONE),
    ('Government sanctioned the use of force against protesters, inquiry finds', '', NONE),
    ('US and China agree to cut tariffs for 90 days', 'The truce lowers duties on hundreds of goods.', NONE),
    ('Beijing retaliates with tariffs on US farm goods', 'China imposed 15% duties on soybeans and pork.', NONE),
    ('New album released by jailed rapper', '', NONE),
    ('Ministry releases figures on prison population', 'The number of inmates rose to 88,000.', NONE),
    ('Polish hikers freed from avalanche in Tatra mountains', '', NONE),
    ('Kidnapped student freed by police in rescue raid', 'Officers stormed a house and arrested three suspects.', NONE),
    ('Footballer freed from contract after club relegation', '', NONE),
    ('Tour guide released from hospital after shark attack', '', NONE),
    ('Freed hostage recalls ordeal in new memoir', 'Terry Waite, who was held for nearly five years, was released in 1991.', NONE),
    ('Ten years after his release, former prisoner runs for parliament', '', NONE),
    ('Belarus frees 16 prisoners including journalist', 'The release followed a visit by a US envoy. Lukashenko pardoned them on Friday.', PR),
    ('Russia hands over 90 Ukrainian POWs in latest exchange', '', PR),
    ('Dissident lands in Germany after release from Russian prison', 'He was freed as part of a prisoner exchange involving 24 people.', PR),
    ('Iran releases French teacher held for three years', 'She arrived in Paris on Thursday.', PR),
    ('Political prisoners freed in Venezuela after US deal', 'Among them were opposition activists and a journalist.', PR),
    ('Iran frees jailed American after six years', '', PR),
    ('Belarus lets Nobel laureate Bialiatski go after talks with US', '', PR),
    ('Jailed Ukrainian filmmaker Sentsov released in prisoner exchange', '', PR),
    ('Evan Gershkovich released by Russia in biggest swap since Cold War', '', PR),
    ('Russian opposition politicians among those freed in multi-country swap', '', PR),
    ('Israeli hostage Edan Alexander released by Hamas', '', PR),
    ('Hamas releases three more hostages in exchange for 369 Palestinian prisoners', '', PR),
    ('Kuwait frees jailed opposition figures under royal amnesty', '', PR),
    ('Uzbek journalist freed after 18 years in prison', '', PR),
    ('Political prisoner released after 20 years in Eritrea', '', PR),
    ('Myanmar military frees Australian economist Sean Turnell', '', PR),
    ('Thai activist freed as court grants royal pardon', '', PR),
    ('Bahrain releases 1,500 prisoners including political detainees', '', PR),
    ('Syrian rebels free detainees from Sednaya prison as Assad falls', '', PR),
    ('Ukrainians return home in POW swap with Russia', '', PR),
    ('Venezuela releases detained US citizens after Trump envoy visit', '', PR),
    ('North Korea releases American student Otto Warmbier in coma', '', PR),
    ('Egypt frees Al Jazeera journalist after 18 months', '', PR),
    ('China releases Canadian Michael Kovrig and Michael Spavor', '', PR),
    ('Turkey releases German journalist Deniz Yucel', '', PR),
    ('Azerbaijan releases Armenian prisoners as peace talks advance', '', PR),
    ("Colombia's ELN guerrillas free kidnapped soldiers", '', PR),
    ('Nigeria: Boko Haram frees 21 Chibok girls', '', PR),
    ('Russia pardons and releases US citizen Ksenia Karelina', '', PR),
    ('Cuba completes release of 553 prisoners agreed with US', '', PR),
    ("Sudan's army releases detained civilians in prisoner exchange with RSF", '', PR),
    ('Russia and Ukraine exchange 95 prisoners each', '', PR),
    ('Prisoner exchange: 12 Azerbaijani soldiers handed over', '', PR),
    ('Detained Japanese businessman returns home after Chinese release', '', PR),
    ('Belarusian activist Maria Kolesnikova is free', '', PR),
    ('Britain targets Russian shadow fleet in new sanctions', '', SA),
    ('EU blacklists Belarusian officials over election fraud', '', SA),
    ("US hits Venezuela's oil sector with new restrictions", 'The Treasury said the measures target PDVSA.', SA),
    ('Washington waives sanctions to allow Iraq to buy Iranian electricity', '', SA),
    ("Sanctions bite as Russia's oil revenue falls", '', SA),
    ("North Korea's coal exports dodge UN sanctions via Chinese ports", '', SA),
    ('Firm fined for breaching Russia sanctions', '', SA),
    ('UN renews sanctions on South Sudan', '', SA),
    ("EU prolongs asset freeze on Ukraine's ex-president Yanukovych", '', SA),
    ('Russia bans imports of Western food in retaliation for sanctions', '', SA),
    ('US weighs sanctions on Chinese banks', '', SA),
    ("Iran's oil exports fall under US sanctions", '', SA),
    ('Militants threaten to behead hostages unless prisoners freed', '', NONE),
    ('Arab TV: French hostages could be released soon', '', NONE),
    ("Hostage's family appeals for his release", '', NONE),
    ('Report of hostage release denied by Italian government', '', NONE),
    ('Iraq militants extend deadline for hostages', '', NONE),
    ('Hopes rise for release of French reporters held in Iraq', '', NONE),
    ('Negotiators say release of French hostages is imminent', '', NONE),
    ('Group claims it will free hostages if troops withdraw', '', NONE),
    ("Sharon says Israel won't free Barghouti", '', NONE),
    ('Israel considers releasing Palestinian prisoners', '', NONE),
    ('Egypt may free Israeli spy Azzam', '', NONE),
    ('Kidnappers demand release of female prisoners in exchange for hostage', '', NONE),
    ('Captors say British hostage will be freed if demands met', '', NONE),
    ('Italy denies paying ransom for freed aid workers', '', NONE),
    ('Freed hostage says captors treated him well', '', NONE),
    ('Al-Jazeera airs tape of kidnapped Japanese man pleading for release', '', NONE),
    ('Reports that hostages were freed prove false', '', NONE),
    ('Mother of kidnapped journalist makes plea for his freedom', '', NONE),
    ('Kidnappers free Iraqi driver but keep foreigners', '', NONE),
    ('Talks to free hostages break down', '', NONE),
    ('No word on fate of hostages as deadline passes', '', NONE),
    ('US refuses to free Iraqi women prisoners demanded by kidnappers', '', NONE),
    ('Release of Sgrena raises questions about ransom', 'The Italian journalist was freed last month.', NONE),
    ('Kidnapped Turkish truck drivers freed in Iraq', '', PR),
    ('Italian aid workers freed after three weeks in captivity', '', PR),
    ('US military frees hundreds of Iraqi detainees from Abu Ghraib', '', PR),
    ('Israel to release Palestinian prisoners as goodwill gesture', '', PR),
    ('Egypt frees Israeli spy Azzam in swap', '', PR),
    ('Two French journalists freed in Iraq, Paris says', '', PR),
    ('Filipino hostage freed after Manila pulls troops', '', PR),
    ('Released Japanese hostages arrive home', '', PR),
]

ACTION_CASES: list[tuple[str, str]] = [
    ('US slaps visa bans on Nicaraguan officials', 'imposed'),
    ('EU imposes travel ban and asset freeze on Belarusian judges', 'imposed'),
    ('Treasury unfreezes Afghan central bank funds', 'lifted'),
    ('EU delists three Russian businessmen from sanctions list', 'lifted'),
    ('US grants general licence allowing transactions with Syrian government', 'eased'),
    ('Washington issues waiver for Iraq to pay Iran for electricity', 'eased'),
    ('UK widens Russia sanctions to cover insurance for tankers', 'expanded'),
    ('US toughens export controls on chips to Russia', 'expanded'),
    ('EU renews Iran human rights sanctions for a year', 'extended'),
    ('Security Council extends Mali sanctions regime', 'extended'),
    ('Senators propose sanctions on Turkish officials', 'threatened'),
    ('EU warns Georgia of sanctions over crackdown', 'threatened'),
    ('US mulls sanctions on Israeli battalion', 'threatened'),
    ('Exporter charged with violating Iran sanctions', 'enforced'),
    ("US seizes Russian oligarch's superyacht in Fiji", 'enforced'),
    ('Shipping firm pays $8m to settle sanctions violations', 'enforced'),
    ('Iranian oil reaches China via ship-to-ship transfers off Malaysia', 'evaded'),
    ('Front companies helped Russia bypass export controls, report says', 'evaded'),
    ('North Korea smuggles coal to China despite UN ban', 'evaded'),
    ('US suspends some Venezuela sanctions after election deal', 'eased'),
    ('US reimposes oil sanctions on Venezuela', 'imposed'),
    ('Britain sanctions Israeli settlers over West Bank violence', 'imposed'),
]

LONG_SANCTIONS = (
    "US Treasury imposes sanctions on Iranian oil shipping network",
    "The US Treasury on Thursday sanctioned 30 vessels and companies that ship Iranian crude to Asia.",
    "\n".join(
        [
            "Officials said the network earned hundreds of millions of dollars for the Revolutionary Guards.",
            "The move follows earlier designations this year.",
            "Iran's foreign ministry condemned the measures as economic terrorism.",
            "Analysts expect oil prices to react little.",
            "In 2019 one of the captains was arrested and later released by Iranian authorities.",
        ]
    ),
)
LONG_RELEASE = (
    "Azerbaijan frees jailed journalist after presidential pardon",
    "Journalist Khadija Ismayilova walked free on Wednesday after a pardon by President Aliyev.",
    "\n".join(
        [
            "She had spent 18 months in jail on charges rights groups called politically motivated.",
            "Her release was welcomed by press freedom groups.",
            "Relations with the West have improved this year.",
            "In 2014 the EU imposed sanctions on several officials over the crackdown.",
        ]
    ),
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"), CASES + EXTRA_CASES, ids=[c[0][:60] for c in CASES + EXTRA_CASES]
)
def test_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert set(result.labels) == expected, (result.scores, result.evidence)


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 80
    kinds = {labels for _, _, labels in CASES}
    assert kinds == {PR, SA, BOTH, NONE}


@pytest.mark.parametrize(("title", "action"), ACTION_CASES, ids=[c[0][:60] for c in ACTION_CASES])
def test_sanction_action_phrasings(title: str, action: str) -> None:
    result = classify(title)
    assert SANCTIONS in result.labels
    assert result.facts.sanction_action == action


def test_scores_and_evidence_shape() -> None:
    result = classify("Belarus frees 14 political prisoners", "")
    assert set(result.scores) == set(TOPICS)
    assert all(0.0 <= v <= 1.0 for v in result.scores.values())
    assert result.evidence[PRISONER_RELEASE]
    assert all(len(p.split()) <= 12 for p in result.evidence[PRISONER_RELEASE])
    assert SANCTIONS not in result.evidence  # zero score, no evidence
    assert CLASSIFIER_VERSION
    assert set(DEFAULT_THRESHOLDS) == set(TOPICS)


def test_nothing_to_see() -> None:
    result = classify("Stocks rise on tech earnings", "Markets gained 2 percent.")
    assert result.labels == ()
    assert result.scores == {PRISONER_RELEASE: 0.0, SANCTIONS: 0.0}
    assert result.evidence == {}
    assert result.facts.countries == ()


def test_thresholds_override() -> None:
    strict = classify("Belarus frees 14 political prisoners", thresholds={PRISONER_RELEASE: 0.99})
    assert strict.labels == ()


def test_background_arrest_in_late_paragraph_does_not_flag_release() -> None:
    result = classify(*LONG_SANCTIONS)
    assert set(result.labels) == SA
    assert result.facts.sanction_action == "imposed"
    assert result.facts.authority == "United States"


def test_background_sanctions_in_late_paragraph_do_not_flag_sanctions() -> None:
    result = classify(*LONG_RELEASE)
    assert set(result.labels) == PR
    assert "Khadija Ismayilova" in result.facts.people


def test_deterministic() -> None:
    assert classify(*LONG_RELEASE) == classify(*LONG_RELEASE)


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("Belarus frees 14 political prisoners", 14),
        ("Iran frees five detained Americans", 5),
        ("Myanmar junta frees more than 50 political prisoners", 50),
        ("Cuba releases a dozen dissidents", 12),
        ("Russia frees dozens of Ukrainian prisoners", None),
        ("Kyiv and Moscow free 205 prisoners of war apiece", 410),
        ("Amnesty frees 1,227 prisoners", 1227),
        ("Two hundred detainees freed under amnesty", 200),
    ],
)
def test_released_count(title: str, count: int | None) -> None:
    result = classify(title)
    assert PRISONER_RELEASE in result.labels
    assert result.facts.released_count == count


@pytest.mark.parametrize(
    ("title", "action"),
    [
        ("US imposes sanctions on Russian oil giant Rosneft", "imposed"),
        ("EU expands sanctions on Iran over drone deliveries", "expanded"),
        ("EU extends economic sanctions on Russia for six months", "extended"),
        ("US eases sanctions on Venezuelan oil sector", "eased"),
        ("US lifts sanctions on Belarusian potash", "lifted"),
        ("Biden threatens sanctions if Russia invades Ukraine", "threatened"),
        ("Bank fined $1bn for violating Iran sanctions", "enforced"),
        ("Shadow fleet tankers evade Western sanctions on Russian crude", "evaded"),
    ],
)
def test_sanction_action(title: str, action: str) -> None:
    assert classify(title).facts.sanction_action == action


@pytest.mark.parametrize(
    ("title", "authority", "target"),
    [
        ("US Treasury imposes sanctions on Rosneft", "United States", "Rosneft"),
        ("EU imposes sanctions on Belarusian potash", "European Union", "potash"),
        ("Brussels slaps sanctions on Iranian drone makers", "European Union", "drone makers"),
        ("UN Security Council imposes sanctions on North Korea", "UN Security Council", "North Korea"),
    ],
)
def test_authority_and_target(title: str, authority: str, target: str) -> None:
    facts = classify(title).facts
    assert facts.authority == authority
    assert facts.target == target


def test_countries_normalised() -> None:
    facts = classify("Minsk frees Belarusian activists after talks with Washington").facts
    assert facts.countries == ("Belarus", "United States")


def test_seed_story_gets_both_labels_and_facts() -> None:
    lines = [line for line in (DATA / "seed_belarus_123.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    result = classify(lines[0], lines[1], "\n".join(lines[2:]))
    assert set(result.labels) == BOTH
    assert result.facts.released_count == 123
    assert {"Maria Kolesnikova", "Ales Bialiatski"} <= set(result.facts.people)
    assert "Alexander Lukashenko" not in result.facts.people
    assert {"Belarus", "United States"} <= set(result.facts.countries)
    assert result.facts.sanction_action == "lifted"
