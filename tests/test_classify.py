"""The classifier's regression table: hard cases from LABELS.md, each phrasing of release and sanction action."""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

import pytest

import bot.classify
from bot.classify import (
    _GATE_KEYS,
    _GATES,
    CLASSIFIER_VERSION,
    DEFAULT_THRESHOLDS,
    LIFT_DOUBTED_AT,
    PROPOSE_AT,
    _has_keys,
    classify,
    classify_rules,
)
from bot.model import NO_MODELS, ShippedModels, TopicModel
from bot.models import PRISONER_RELEASE, SANCTION_ACTIONS, SANCTIONS, TOPICS
from bot.text import sentence_cased

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
    # A political detainee let out on bail or without charge is freed (corpus/README.md, "Borderline releases").
    ('Journalist released without charge after 12 hours in custody', '', PR),
    ('Opposition leader arrested hours after returning home', '', NONE),
    ('Navalny detained on arrival in Moscow after flying home', '', NONE),
    ('Footballer granted bail', '', NONE),
    ('Activist freed on bail pending trial', '', PR),
    ('Footballer freed on bail pending trial', '', NONE),
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

# Written while generalising the rules (own words, phrasings the corpus does not hold, one or two per LABELS.md
# category: who releases whom, intent and denial frames, ordinary criminal releases, sanctions in all but name,
# evasion and enforcement without the word, and the state that acts rather than is sanctioned).
GENERALISATION_CASES: list[tuple[str, str, frozenset[str]]] = [
    ('Belarus lets jailed opposition figure leave for Lithuania', '', PR),
    ('Jailed Russian poet released after serving sentence on protest charges', '', PR),
    ('Iran allows detained French tourist to leave the country', '', PR),
    ('Hundreds of political detainees walk out of Venezuelan jails under new amnesty law', '', PR),
    ('Kidnapped aid workers released unharmed in Mali', '', PR),
    ('Rebels hand 40 captured soldiers to Red Cross', '', PR),
    ('Sudanese army and RSF exchange prisoners in Jeddah-brokered deal', '', PR),
    ('Moscow and Kyiv bring home 103 soldiers each in latest swap', '', PR),
    ('Detained Al Jazeera reporter set free by Cairo court', '', PR),
    ('Nicaragua deports 135 political prisoners to Guatemala', '', PR),
    ('Houthis free 153 detainees, ICRC says', '', PR),
    ('China releases Canadian businessman held on spying charges', '', PR),
    ('After 4 years behind bars, Hong Kong activist released', '', PR),
    ('Eritrea frees Swedish journalist after two decades', '', PR),
    ('Myanmar junta releases Australian economist Sean Turnell', '', PR),
    ('Tehran releases Swedish EU diplomat in exchange for convicted Iranian official', '', PR),
    ('Cuba completes release of 553 prisoners promised in deal', '', PR),
    ('Taliban free US citizen detained for two years', '', PR),
    ('Russia returns Ukrainian children and POWs in UAE-mediated exchange', '', PR),
    ('Israeli hostage freed in Gaza handed to Red Cross', '', PR),
    ('Dissident cleric freed from Bahraini prison', '', PR),
    ('Venezuela releases opposition activists days after election', '', PR),
    ('Opposition leader released from hospital after hunger strike', '', NONE),
    ('Drummer freed from contract with record label', '', NONE),
    ('Police release CCTV images of suspects', '', NONE),
    ('Man freed after 20 years as DNA evidence clears him of murder', '', NONE),
    ('Climbers freed from snow after avalanche in Alps', '', NONE),
    ('Tiger cubs released into reserve in India', '', NONE),
    ('Teenager released on bail after knife attack', '', NONE),
    ('Campaigners urge Saudi Arabia to release jailed blogger', '', NONE),
    ('EU calls on Belarus to free all political prisoners', '', NONE),
    ('UN rights chief demands immediate release of detained journalists in Ethiopia', '', NONE),
    ("Jailed journalist's wife appeals to Putin for his freedom", '', NONE),
    ('Iran sentences French tourist to prison for spying', '', NONE),
    ('Moscow court extends pre-trial detention of US citizen', '', NONE),
    ('Hostage talks resume in Doha as families wait', '', NONE),
    ('Film about Navalny released in cinemas', '', NONE),
    ('Government releases names of hostages killed in attack', '', NONE),
    ('Chinese dissident dies weeks after release on medical parole', '', NONE),
    ('Judge frees prisoners after overcrowding ruling in California', '', NONE),
    ('Prisoners freed in Haiti jailbreak still at large', '', NONE),
    ('Former minister pardoned for corruption conviction before serving any time', '', NONE),
    ('Hospital releases patient records after hack', '', NONE),
    ('Freed hostage writes book about captivity', '', NONE),
    ('Gunmen kidnap 20 passengers in Nigeria', '', NONE),
    ('Washington blacklists Chinese refiners buying Iranian crude', '', SA),
    ('London targets Russian gold and diamond trade with new measures', '', SA),
    ('US Treasury designates Houthi financiers', '', SA),
    ('EU bans imports of Russian steel in latest round of measures', '', SA),
    ('Canada freezes assets of Venezuelan officials', '', SA),
    ('Swiss follow EU in freezing Russian assets', '', SA),
    ('US drops sanctions on Turkish ministers', '', SA),
    ('Tanker carrying Iranian oil seized by US for violating sanctions', '', SA),
    ('Russia bans entry to 500 Americans in retaliation for sanctions', '', SA),
    ('Belarus potash exports slump under Western sanctions', '', SA),
    ('Security Council slaps travel bans on Haitian gang leaders', '', SA),
    ('Japan imposes export ban on Russian military end users', '', SA),
    ("US penalises Chinese firms for helping Iran's drone program", '', SA),
    ("EU agrees to lift sanctions on Syria's banks", '', SA),
    ('UK adds Iranian officials to sanctions list over crackdown', '', SA),
    ('Premier League club sanctioned for breaching financial rules', '', NONE),
    ('Athlete handed four-year ban for doping', '', NONE),
    ('Court sanctions attorney over AI-generated citations', '', NONE),
    ('City council sanctions new bridge project', '', NONE),
    ('US slaps tariffs on Canadian lumber', '', NONE),
    ('Welfare sanctions push claimants into poverty, report says', '', NONE),
    ('FIFA bans Russian teams from World Cup qualifiers', '', NONE),
    ('Parents sanctioned by school over unpaid fees', '', NONE),
    ('Church sanctions priest over misconduct allegations', '', NONE),
    ('Trade war escalates as China raises tariffs on US goods', '', NONE),
    ('Georgian opposition leader Nika Melia detained after storming parliament', 'He was released on bail days later after the EU paid it, but the case continues.', NONE),
    ('Court extends arrest of Russian-American ballerina by two months', 'She faces treason charges for a $51 donation to a Ukrainian charity.', NONE),
    ('Hong Kong democracy activist Joshua Wong jailed for 13 months', 'He is already serving time for an unauthorised assembly and will not be freed before 2022.', NONE),
    ('Trial of Iranian rapper Toomaj Salehi opens in Isfahan', 'His supporters have campaigned for his release since his arrest in 2022.', NONE),
    ('Appeal court upholds sentence of Russian theatre director', 'Her lawyers said they would keep fighting for her freedom.', NONE),
    ('Jailed Saudi cleric Salman al-Odah marks five years in solitary', 'His son said the family had been told he would not be released soon.', NONE),
    ('Cuban artist on hunger strike in Havana prison', 'He is demanding to be freed and allowed to leave the country.', NONE),
    ('Russian political prisoner Alexei Gorinov hospitalised in penal colony', '', NONE),
    ('Dissident writer dies in Chinese custody weeks before release date', '', NONE),
    ('Iranian Kurdish activist executed despite international appeals for clemency', '', NONE),
    ('EU parliament demands freedom for jailed Azerbaijani journalists', '', NONE),
    ('Hostage families urge Netanyahu to accept deal to bring captives home', '', NONE),
    ('Qatar says prisoner exchange talks between Russia and Ukraine have stalled', '', NONE),
    ('Rapper Tory Lanez denied bail pending appeal', '', NONE),
    ('Sean Combs denied release on $50m bond ahead of trial', '', NONE),
    ('Former Georgian president Saakashvili released to hospital under guard', '', NONE),
    ('Ex-Tesla engineer released without charge after questioning over data theft', '', NONE),
    ('Rescuers free driver trapped under lorry for six hours', '', NONE),
    ('Miners freed from Chilean copper mine after cave-in', '', NONE),
    ("Reeva Steenkamp's family opposes Pistorius parole", '', NONE),
    ('Drake releases surprise album with 21 Savage', '', NONE),
    ("Prime Minister's office releases statement on detained citizens abroad", '', NONE),
    ('Russian defence ministry releases video of Ukrainian POWs', '', NONE),
    ('Storks released into the wild in Knepp estate rewilding project', '', NONE),
    ('Hospital releases Kate from care after abdominal surgery', '', NONE),
    ('Barcelona release Ousmane Dembele from contract', '', NONE),
    ('Biden pardons Thanksgiving turkeys Liberty and Bell', '', NONE),
    ('Trump pardons crypto founder who never served time', '', NONE),
    ("Ukraine's doping agency bans three athletes", '', NONE),
    ('Judge fines Giuliani and orders sanctions for discovery abuses', '', NONE),
    ('Twelve workers freed from flooded coal mine in Guizhou', '', NONE),
    ('Rescuers free 41 workers after tunnel collapse in Uttarakhand', '', NONE),
    ('Opposition leader leaves clinic after heart surgery', '', NONE),
    ('Three inmates on the run after breaking out of Texas jail', '', NONE),
    ('Manhunt launched after prisoner freed by gunmen in ambush', '', NONE),
    ('Suspect released pending further inquiries, police say', '', NONE),
    ('Drug smuggler granted conditional release after serving half his term', '', NONE),
    ('Former minister moved to home detention on health grounds', '', NONE),
    ('Journalist interviewed under caution and released', '', NONE),
    ('Tennis star freed from Spanish jail after serving tax fraud term', '', NONE),
    ('Rapper released from prison after serving two years for gun charge', '', NONE),
    ('Former mayor walks free after corruption conviction overturned', '', NONE),
    ('Reality TV star released early from federal prison camp', '', NONE),
    ('Ex-footballer freed from jail after serving half of drug sentence', '', NONE),
    ('Teen hacker released from youth detention centre', '', NONE),
    ('Hundreds of inmates freed to ease prison overcrowding in Texas', '', NONE),
    ('Inmates released early under coronavirus programme in England', '', NONE),
    ('Man who served 40 years for murder he did not commit freed', '', NONE),
    ('Convicted drug lord extradited and freed in plea deal', '', NONE),
    ('Businessman released from custody after paying $1m bond', '', NONE),
    ('Prisoners released in error, says Ministry of Justice', '', NONE),
    ('Protesters detained at rally released hours later', '', NONE),
    ('Police free woman held captive in basement for years', '', NONE),
    ('Kidnapped boy freed by police in dawn raid', '', NONE),
    ('Sailors rescued after pirates free hijacked tanker crew', '', NONE),
    ('Activist freed on bail ahead of trial in Hong Kong', '', PR),
    ("Journalist's detention extended by two months in Moscow", '', NONE),
    ('Court orders release of opposition figure, but police keep him in custody', '', NONE),
    ('Government denies reports it will free political prisoners', '', NONE),
    ('Opposition says promised release of prisoners has not happened', '', NONE),
    ('Relatives await news as prisoner exchange talks drag on', '', NONE),
    ('Biden commutes sentences of 1,500 nonviolent drug offenders', '', NONE),
    ('Governor pardons man convicted of marijuana possession decades ago', '', NONE),
    ('Trump pardons former aides convicted of lying to FBI', '', NONE),
    ('President pardons two turkeys named Peach and Blossom', '', NONE),
    ('Eagle chicks released into the wild on Isle of Wight', '', NONE),
    ('Hostage drama ends as gunman surrenders and frees bank staff', '', NONE),
    ('Freed hostage dies of illness weeks after returning home', '', NONE),
    ('Apple releases iOS update fixing security flaw', '', NONE),
    ('Ukraine releases video of captured North Korean soldiers', '', NONE),
    ('Israel releases footage of hostage rescue operation in Gaza', '', NONE),
    ('Russia releases list of prisoners it wants in any swap', '', NONE),
    ('State Department releases annual human rights report', '', NONE),
    ('Movie about prisoner swap released on Netflix', '', NONE),
    ('Climbers freed after being stuck on mountain ledge overnight', '', NONE),
    ('Dog freed from drain pipe by firefighters', '', NONE),
    ('Driver freed from car wreckage after motorway crash', '', NONE),
    ('Player released by club after just six months', '', NONE),
    ('Energy firm releases quarterly results', '', NONE),
    ('Government frees up funds for prison building', '', NONE),
    ('Lawmakers push bill to free wrongfully detained Americans', '', NONE),
    ('Russia says it is ready to discuss swap involving jailed journalist', '', NONE),
    ('UN envoy seeks release of detained staff in Yemen', '', NONE),
    ('Trial begins for Americans accused of coup plot in Congo', '', NONE),
    ('Hunger-striking activist moved to hospital from prison', '', NONE),
    ("Detained activist's health deteriorates in custody, family says", '', NONE),
    ('Harvey Weinstein released from Rikers to hospital', '', NONE),
    ('Martha Stewart walks out of prison after five months', '', NONE),
    ('Paris Hilton freed from jail after serving 23 days', '', NONE),
    ('Lil Wayne released from Rikers Island jail', '', NONE),
    ('Bill Cosby freed from prison after court overturns sex assault conviction', '', NONE),
    ('Ross Ulbricht freed after Trump grants full pardon', '', NONE),
    ('Trump commutes sentence of fraudster George Santos, freeing him from prison', '', NONE),
    ('Biden pardons thousands convicted of marijuana possession', '', NONE),
    ('Governor grants clemency to death row inmate', '', NONE),
    ('Josh Duggar released early from federal prison', '', NONE),
    ('Elizabeth Holmes released from Texas prison to halfway house', '', NONE),
    ('Kabul airport hostage stand-off ends after police storm plane', '', NONE),
    ('Arsenal release academy players at end of season', '', NONE),
    ('Chelsea release statement on Mudryk doping charge', '', NONE),
    ('Israel army releases names of soldiers killed in Gaza', '', NONE),
    ('Prime Minister released from hospital after heart scare', '', NONE),
    ('Kremlin critic released from hospital after suspected poisoning', '', NONE),
    ('Thaksin released on parole after six months in hospital', '', NONE),
    ('Ex-Israeli PM Olmert released from prison after serving corruption sentence', '', NONE),
    ('Pakistan court grants Imran Khan bail but he stays in jail', '', NONE),
    ('Sarkozy released from Paris prison pending appeal', '', NONE),
    ("Mexican drug lord's son released by army after gunfight", '', NONE),
    ("Chapo Guzman's son freed amid Culiacan violence", '', NONE),
    ('Belarus detains activist weeks after release of other prisoners', 'The arrest came days after 16 political prisoners were pardoned.', NONE),
    ('Iran arrests French couple on spying charges', 'Paris demanded their immediate release.', NONE),
    ('Russian court jails US soldier for theft', 'Washington said it was seeking his release.', NONE),
    ('Biden meets families of Americans held abroad', 'He promised to keep working to bring them home.', NONE),
    ('Qatar says hostage deal is close but not yet finalised', '', NONE),
    ('Netanyahu says no ceasefire until hostages are freed', '', NONE),
    ('Hamas says it will not free hostages without end to war', '', NONE),
    ('Israel vows to bring back all hostages', '', NONE),
    ('Blinken presses Beijing on release of detained Americans', '', NONE),
    ('White House renews call for Venezuela to free Americans', '', NONE),
    ('Envoy heads to Moscow to negotiate release of jailed journalist', '', NONE),
    ('Russia says prisoner swap with US possible but details secret', '', NONE),
    ('Families say swap deal leaves their relatives behind', '', NONE),
    ('Iran executes dual national despite European pleas', '', NONE),
    ('Detained Australian writer Yang Hengjun given suspended death sentence', '', NONE),
    ('Jailed Iranian Nobel laureate Narges Mohammadi begins new hunger strike', '', NONE),
    ("Egyptian blogger Alaa Abd el-Fattah's sentence ends but he remains in jail", '', NONE),
    ('Turkey detains journalists covering protests, releases some hours later', '', NONE),
    ('Georgian opposition leader detained at rally, released after 48 hours on bail', '', PR),
    # Bail of an ordinary suspect stays ordinary when a political word names the victim, the source or a past job; bail
    # taken back is no release.
    ('Man who stabbed journalist released on bail', '', NONE),
    ("Activist's attacker freed on bail", 'The man who assaulted a prominent activist was released on bail by a court.', NONE),
    ('Suspect in attack on opposition leader released', 'A man held over the stabbing was released without charge.', NONE),
    ('Actor freed on bail', 'The actor was freed on bail after a night in custody, his agent told journalists.', NONE),
    ('TV presenter freed on bail after crash', 'The presenter, a former journalist, was released on bail after a fatal crash.', NONE),
    ('Court revokes bail of opposition leader', 'The opposition leader, released on bail in May, was ordered back to prison.', NONE),
    ('Iranian journalist freed on bail after three months in Evin', '', PR),
    # An arrival told with the time held it ends: a release without the word.
    ('Two Danes touch down in Copenhagen, ending 900 days in Iranian custody', '', PR),
    ('Company touches down in new market, ending years of losses', '', NONE),
    # The death the freed were convicted over is no death in the release.
    ("Mali pardons 60 soldiers convicted over the general's death", '', PR),
    ('Hong Kong activist Joshua Wong transferred to maximum security prison', '', NONE),
    ('Kremlin critic moved to unknown location, allies say', '', NONE),
    ('Amnesty says thousands of detainees remain in Egyptian jails', '', NONE),
    ('UN report: 1,200 political prisoners in Belarus', '', NONE),
    ('Biden signs order to punish countries that wrongfully detain Americans', '', NONE),
    ('US declares Evan Gershkovich wrongfully detained', '', NONE),
    ('Alexei Navalny detained on return to Moscow after poisoning treatment', '', NONE),
    ("Evan Gershkovich's detention extended again by Moscow court", '', NONE),
    ('Kara-Murza moved to Siberian prison, lawyer says', '', NONE),
    ("Jimmy Lai's lawyers say his health is deteriorating in jail", '', NONE),
    ("Alaa Abd el-Fattah's mother ends hunger strike after 150 days", '', NONE),
    ('Narges Mohammadi sentenced to additional year in prison', '', NONE),
    ("Paul Whelan's brother says family fears he will be left behind", '', NONE),
    ("Brittney Griner's appeal rejected by Russian court", '', NONE),
    ('Hong Kong court denies bail to Jimmy Lai', '', NONE),
    ("Harvey Weinstein's conviction overturned; he remains in prison on California sentence", '', NONE),
    ('R. Kelly denied early release from federal prison', '', NONE),
    ('Ghislaine Maxwell moved to minimum-security prison camp', '', NONE),
    ("Julian Assange's extradition appeal to be heard in London", '', NONE),
    ("Assange's wife appeals to Biden to drop charges", '', NONE),
    ('Amanda Knox acquitted of murder, flies home to Seattle', '', NONE),
    ('Oscar Pistorius released on parole after serving half of sentence', '', NONE),
    ('Hunter Biden pardoned by his father', '', NONE),
    ('Trump pardons reality star Todd Chrisley and wife', '', NONE),
    ('Chrisleys released from prison after Trump pardon', '', NONE),
    ('Ross Ulbricht released from prison after Trump pardon', '', NONE),
    ('Rod Blagojevich released from prison after Trump commutes sentence', '', NONE),
    ('Bernie Madoff denied compassionate release', '', NONE),
    ('Eight freed after collapsed tunnel rescue in India', '', NONE),
    ('Miners trapped for 10 days in Chinese gold mine are freed', '', NONE),
    ('Whale freed from fishing net off Australian coast', '', NONE),
    ('Bald eagle released back into the wild after rehab', '', NONE),
    ('Oasis release first new single in 16 years', '', NONE),
    ('Drake releases diss track aimed at Kendrick Lamar', '', NONE),
    ('Marvel releases first trailer for new Avengers film', '', NONE),
    ('Police release body camera footage of fatal shooting', '', NONE),
    ('Pentagon releases UFO videos', '', NONE),
    ('FBI releases files on Martin Luther King assassination', '', NONE),
    ('White House releases readout of Biden-Xi call', '', NONE),
    ('Ukraine releases footage of captured Russian soldiers', '', NONE),
    ('Hamas releases video showing Israeli hostages alive', '', NONE),
    ('Chelsea release Brazilian youngster after failed medical', '', NONE),
    ('Manchester United release Paul Pogba', '', NONE),
    ('Pope Francis discharged from hospital after bronchitis', '', NONE),
    ('Former president Carter leaves hospital', '', NONE),
    ('Gunman frees hostages at Texas synagogue before being killed', '', NONE),
    ('Sydney cafe siege ends as police storm building', '', NONE),
    ('Kidnapped Ohio women freed after decade in captivity', '', NONE),
    ('Nigerian police rescue kidnapped schoolchildren', '', NONE),
    ('Prisoners freed as Haiti gangs storm national penitentiary', '', NONE),
    ('Venezuelan inmates escape after riot at Tocorón prison', '', NONE),
    ('Hamas hands over bodies of four hostages to Red Cross', '', NONE),
    ('Remains of hostage returned to Israel in exchange for Palestinian bodies', '', NONE),
    ('Israel returns bodies of 45 Palestinians under ceasefire deal', '', NONE),
    ('Russia and Ukraine exchange bodies of fallen soldiers', '', NONE),
    ('Hostage families mark one year since loved ones were taken', '', NONE),
    ('Freed hostage Noa Argamani speaks at UN Security Council', '', NONE),
    ('Former hostage Terry Waite marks anniversary of his release', '', NONE),
    ('Griner says she considered suicide in Russian prison, in memoir', '', NONE),
    ('Freed journalist Gershkovich honoured at press freedom awards', '', NONE),
    ('Ex-prisoner Nazanin Zaghari-Ratcliffe launches charity', '', NONE),
    ('Hostage deal collapses at last minute, officials say', '', NONE),
    ('Prisoner swap postponed after dispute over names', '', NONE),
    ('Iran denies it has agreed to free British-Iranians', '', NONE),
    ('No prisoners were freed despite amnesty announcement, lawyers say', '', NONE),
    ('Release of Palestinian prisoners delayed by Israel', '', NONE),
    ('Belarus opposition says regime is holding more prisoners than it freed', '', NONE),
    ('Kremlin dismisses talk of prisoner swap for Gershkovich', '', NONE),
    ('Netanyahu: we will bring every hostage home', '', NONE),
    ('Detainee released to house arrest in Moscow, lawyers say', '', NONE),
    ('Activist transferred from prison to house arrest in Baku', '', NONE),
    ("Political prisoner granted furlough for father's funeral", '', NONE),
    ("Opposition leader freed for a day to attend mother's funeral", '', NONE),
    ('Saakashvili moved from prison to military hospital', '', NONE),
    ('Court orders release of Imran Khan, but he is re-arrested minutes later', '', NONE),
    ('Tunisian opposition figure freed, then rearrested hours later', '', NONE),
    ('EU unveils package of measures against energy price spikes', '', NONE),
    ('UN agency announces new measures against cholera in Yemen', '', NONE),
    ('Russia announces measures against Covid spread in Moscow', '', NONE),
    ('US designates new national monument in Utah', '', NONE),
    ('Iran bans women from stadiums again', '', NONE),
    ('China curbs exports of gallium and germanium in chip war', '', NONE),
    ('EU imposes anti-dumping duties on Chinese steel', '', NONE),
    ('US bans TikTok on government devices', '', NONE),
    ('UK bans junk food adverts before 9pm', '', NONE),
    ('Russia blocks access to Instagram', '', NONE),
    ('Treasury announces new bond issuance plan', '', NONE),
    ('FIFA bans Russian clubs from competitions', '', NONE),
    ('Iran freezes bank accounts of protest supporters', '', NONE),
    ('Security Council holds emergency meeting on Gaza', '', NONE),
    ('Security Council fails to agree statement on Sudan', '', NONE),
    ('EU ban on combustion engine cars approved', '', NONE),
    ('Taliban bans girls from universities', '', NONE),
    ('Venezuela bans opposition candidate from election', '', NONE),
    ('North Korea fires missile, UN condemns', '', NONE),
    ('Russia warns of consequences if NATO expands', '', NONE),
    ('Iran punishes women who defy hijab law', '', NONE),
    ('Russian court fines Google over banned content', '', NONE),
    ('Venezuela lists opposition figures as terrorists', '', NONE),
    ('Cuba relaxes travel rules for tourists', '', NONE),
    ('EU adopts new measures on migration', '', NONE),
    ('Iranian footballer fined for celebration', '', NONE),
    ('Syria allows aid convoys to resume deliveries', '', NONE),
    ('Russian oligarch pays record price for London mansion', '', NONE),
    ('Moscow fines Apple for market abuse', '', NONE),
    ('North Korea bars entry to foreign tourists over Covid', '', NONE),
    ('Russia under pressure as ruble falls', '', NONE),
    ('EU adds Russia to list of countries for investment screening', '', NONE),
    ('Russia names new central bank governor', '', NONE),
    ('Belarus arrests opposition activists under new restrictions', '', NONE),
    ("Iran's economy grows under new president", '', NONE),
    ('UN warns of famine in Sudan', '', NONE),
    ('EU lists Gaza as humanitarian priority', '', NONE),
    ('Putin punishes generals over failed offensive', '', NONE),
    ('Venezuela charged with human rights abuses at UN council', '', NONE),
    ('Belarus releases 16 political prisoners including journalists', 'Lukashenko pardoned them days after meeting a US envoy.', PR),
    ('Jailed Emirati activist Ahmed Mansoor set free after decade behind bars', '', PR),
    ('Moscow hands back 90 Ukrainian soldiers in UAE-brokered swap', 'Kyiv said its troops were home.', PR),
    ('Venezuela lets six detained Americans fly home after Grenell visit', '', PR),
    ('Iran pardons 22,000 protesters as part of amnesty', 'The head of the judiciary said those arrested during the protests were being released.', PR),
    ('Former Bolivian interim president Jeanine Áñez walks out of prison', '', PR),
    ('Myanmar military frees 3,000 inmates in Buddhist new year amnesty', 'Several political detainees were among them.', PR),
    ('Israel releases 110 Palestinian prisoners as hostages return', 'The prisoners were greeted by crowds in Ramallah.', PR),
    ('Taliban hand over detained British couple to Qatar', 'The pair were flown to Doha.', PR),
    ('Turkey frees German human-rights activist after year in custody', '', PR),
    ('Egypt releases Al Jazeera journalist after 500 days in pre-trial detention', '', PR),
    ('Hostage held in Mali for six years is freed, France says', '', PR),
    ('Burkina Faso junta frees Swiss missionary', '', PR),
    ('Philippines: Abu Sayyaf releases kidnapped Indonesian fishermen', '', PR),
    ('Azerbaijan frees four Armenian prisoners in goodwill gesture', '', PR),
    ('Russia frees US teacher Marc Fogel in deal brokered by Witkoff', '', PR),
    ('North Korea sends home detained American after 7 months', '', PR),
    ('Vietnam grants amnesty to over 5,000 prisoners, including some dissidents', '', PR),
    ('Nicaragua expels 135 political prisoners to Guatemala', "The prisoners were released at Washington's request.", PR),
    ('Kidnapped Chinese workers freed by rebels in Sudan', '', PR),
    ('Houthis free crew of Galaxy Leader after 14 months', '', PR),
    ('Swap frees Dutch journalist held in Syria', '', PR),
    ('Ethiopia releases opposition leaders from prison', '', PR),
    ('Colombian rebels free kidnapped father of footballer', '', PR),
    ('Iran allows jailed British-Iranian to return home after six years', '', PR),
    ('US targets Russian banks in new round of penalties', '', SA),
    ('Britain bars Russian oligarch from entering the country', '', SA),
    ('Treasury cuts off Venezuelan gold sector', '', SA),
    ('EU agrees 16th package of measures against Moscow', '', SA),
    ("Washington moves to choke Iran's oil revenue with new designations", '', SA),
    ('US Commerce adds Chinese chipmakers to trade blacklist', '', SA),
    ('Japan freezes assets of Russian central bank', '', SA),
    ('Australia bans export of alumina to Russia', '', SA),
    ('US restores restrictions on Cuba travel', '', SA),
    ('Biden administration relaxes curbs on Venezuelan oil', '', SA),
    ('Washington grants Chevron licence to resume Venezuela operations', '', SA),
    ('Russia retaliates with ban on EU officials', '', SA),
    ('China puts US defence firms on unreliable entity list', '', SA),
    ('UN imposes asset freeze and travel ban on Al-Shabaab leaders', '', SA),
    ('Kazakh firms help Russia skirt Western curbs, data shows', '', SA),
    ('Tanker seized off Indonesia for carrying Iranian crude in breach of US sanctions', '', SA),
    ("Iran's economy buckles under weight of US penalties", '', SA),
    ('Sanctioned Russian tycoon loses EU court challenge', '', SA),
    ("EU court upholds sanctions on Prigozhin's mother", '', SA),
    ('US lifts ban on arms sales to Vietnam', '', SA),
    ('US removes Cuba from terrorism blacklist', '', SA),
    ('Canada announces measures against Iranian officials over protest crackdown', '', SA),
    ('UK unveils largest ever package of measures against Russia', '', SA),
    ('Washington weighs penalties on Chinese firms aiding Moscow', '', SA),
    ('North Korea hackers steal crypto to fund weapons despite UN ban', '', SA),
    ('EU blocks Russian state media outlets', '', SA),
    ('Swiss freeze $8bn in Russian assets', '', SA),
    ('US imposes visa restrictions on Ugandan officials', '', SA),
    ('Standard Chartered pays $1.1bn for Iran transactions', '', SA),
    ('BNP Paribas pleads guilty to violating US embargo on Sudan and Cuba', '', SA),
    ('Huawei CFO arrested in Canada over Iran dealings', '', SA),
    ("US charges Russian oligarch's aide with helping evade penalties", '', SA),
    ('Dutch customs seize dual-use goods bound for Russia', '', SA),
    ('Greek tanker caught transferring Iranian oil at sea', '', SA),
    ("Russia's oil revenues fall as G7 price cap bites", '', SA),
    ("North Korea's trade with China plunges under UN measures", '', SA),
    ('Treasury targets Hezbollah financiers in Lebanon', '', SA),
    ('EU lists Wagner Group commanders for human rights abuses', '', SA),
    ('UK freezes assets of Russian banks, bans Aeroflot', '', SA),
    ('Japan joins allies in punishing Moscow over Ukraine', '', SA),
    ('Canada adds 200 names to Russia blacklist', '', SA),
    ('Washington eases restrictions on Venezuelan oil after election deal', '', SA),
    ('US relaxes Cuba remittance rules', '', SA),
    ('US allows Chevron to resume limited Venezuela operations', '', SA),
    ('EU unfreezes assets of Syrian central bank', '', SA),
    ('Security Council ends arms embargo on Somalia government', '', SA),
    ('US weighs blacklisting Chinese drone maker DJI', '', SA),
    ('EU drafts 14th package targeting LNG', '', SA),
    ("Macron warns Iran of 'consequences' if talks fail", '', SA),
    ('Russia bans imports of Western food in retaliation', '', SA),
    ('Iran responds to EU listings by blacklisting European officials', '', SA),
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
    ('Maduro seeks to skirt US sanctions with gold flights to Turkey', 'evaded'),
    ('Russian diamonds still entering Europe via third countries despite ban', 'evaded'),
    ('EU rolls over Nicaragua sanctions to October 2026', 'extended'),
    ('Biden keeps Cuba embargo in place for another year', 'extended'),
    ('US again extends waiver letting Iraq buy Iranian electricity', 'eased'),
    ('US signals sanctions on Belarus could be relaxed', 'eased'),
    ('Trump reimposes sanctions lifted under nuclear deal', 'imposed'),
    ('Washington ends waivers for buyers of Iranian crude', 'expanded'),
    ('Grain trader pays $3m to settle Iran sanctions violations', 'enforced'),
    ('US suspends some Venezuela sanctions after election deal', 'eased'),
    ('US reimposes oil sanctions on Venezuela', 'imposed'),
    ('Britain sanctions Israeli settlers over West Bank violence', 'imposed'),
    # Waivers or licences ended, revoked, left to lapse or not renewed are expanded sanctions, even when announced.
    ("Washington lets Iraq electricity waiver expire", "expanded"),
    ("Treasury revokes oil major's Venezuela licence", "expanded"),
    ("US to stop granting waivers to buyers of Iranian oil", "expanded"),
    ("US won't renew Venezuela oil licence after election", "expanded"),
    ("Court clears way for US to seize oligarch's superyacht under sanctions", "enforced"),
    ("US lifts sanctions on Syria, ending need for licences", "lifted"),
    ("India bars sanctioned Russian tankers from docking at its ports", "imposed"),
    # A sanctioned cargo or tanker delivered is evasion.
    ("Sanctioned Russian LNG cargo unloads at Chinese terminal", "evaded"),
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

# Third round (generalisation): fresh wire-style probes written without looking at the corpus, mostly hard
# negatives: calls and pleas, speculation ("could be freed", "expected to announce", "ready to swap"),
# kidnappings, arrests, trials, rescues, bodies, exchanges of fire, product and data releases, criminal justice,
# and the aftermath of an old release.
PROBE_CASES: list[tuple[str, str, frozenset[str]]] = [
    ('Braves acquire pitcher Tim Hudson in exchange for Dan Meyer', 'Atlanta traded prospect Dan Meyer to Oakland for the right-hander.', NONE),
    ('US and Russia swap Brittney Griner for Viktor Bout', '', PR),
    ('UN rights chief calls for immediate release of detained Afghan women activists', '', NONE),
    ('Family of jailed Saudi blogger renews plea for his freedom on 10th anniversary', '', NONE),
    ('EU parliament demands Azerbaijan free jailed journalists before climate summit', '', NONE),
    ('Pope appeals for release of hostages held in Gaza in Christmas address', '', NONE),
    ('Relatives of Israeli captives rally in Tel Aviv, demanding deal to bring them home', '', NONE),
    ('Campaigners urge Foreign Office to secure release of British man held in Egypt', '', NONE),
    ('Biden presses Putin to free Gershkovich during phone call', '', NONE),
    ('Hundreds march in Minsk suburbs to demand freedom for political prisoners', '', NONE),
    ('Press freedom groups petition Beijing over detained Bloomberg staffer', '', NONE),
    ('Senators urge White House to prioritise release of Americans held in Venezuela', '', NONE),
    ('Gunmen kidnap 20 students from school in northern Nigeria', '', NONE),
    ('Armed men abduct three foreign aid workers in eastern Congo', '', NONE),
    ('Militants seize hostages at gas plant in Algeria', '', NONE),
    ('Pirates hijack cargo ship off Somalia, take crew hostage', '', NONE),
    ('Hamas takes dozens hostage in cross-border raid, Israel says', '', NONE),
    ('Two French tourists kidnapped in Benin national park', '', NONE),
    ('Iran arrests French national on spying charges', '', NONE),
    ('Russia detains US journalist on espionage charges', '', NONE),
    ('Belarus jails opposition activist for 15 years', '', NONE),
    ('Hong Kong court sentences Jimmy Lai to 20 years in prison', '', NONE),
    ('Egyptian court upholds five-year sentence for activist Alaa Abd el-Fattah', '', NONE),
    ('Trial of jailed Russian opposition leader opens behind closed doors', '', NONE),
    ('Venezuela detains opposition campaign staff ahead of vote', '', NONE),
    ('Iranian-Swedish doctor sentenced to death on espionage charges', '', NONE),
    ('China sentences Australian writer Yang Hengjun to suspended death sentence', '', NONE),
    ('Jailed Kremlin critic moved to Arctic penal colony, aides say', '', NONE),
    ("Detained British-Iranian's health deteriorates in Evin prison, family says", '', NONE),
    ('Jailed activist begins hunger strike to protest prison conditions', '', NONE),
    ('American held in Russia could be freed in prisoner swap, lawyer says', '', NONE),
    ('Jailed reporter set to be released next month under possible deal, sources say', '', NONE),
    ('Iran expected to free detained Europeans within weeks, diplomats say', '', NONE),
    ('Prisoner exchange between Russia and Ukraine possible, Kremlin says', '', NONE),
    ('Kremlin says no talks under way on swap for jailed American', '', NONE),
    ('Moscow proposes swap of jailed US reporter for Russian spy, Washington cool', '', NONE),
    ('Talks on hostage release deal stall over ceasefire terms', '', NONE),
    ('Hostage deal collapses as Hamas rejects Israeli proposal', '', NONE),
    ('Israel and Hamas negotiators meet in Cairo on possible hostage release', '', NONE),
    ('Russia and Ukraine swap bodies of fallen soldiers', '', NONE),
    ('Israel returns bodies of Palestinian militants in exchange for remains of hostages', '', NONE),
    ('Remains of four hostages handed over to Red Cross in Gaza', '', NONE),
    ('Soldiers exchange fire across Kashmir line of control', '', NONE),
    ('India and Pakistan exchange lists of nuclear installations', '', NONE),
    ('North and South Korea exchange gunfire near maritime border', '', NONE),
    ('Rescuers free survivors trapped under rubble after Turkey earthquake', '', NONE),
    ('Trapped coal miners freed after four days underground in China', '', NONE),
    ('Firefighters free driver trapped in wreckage after motorway crash', '', NONE),
    ('Hikers freed from snowdrift after overnight ordeal in Alps', '', NONE),
    ('Former prime minister released from hospital after heart surgery', '', NONE),
    ('Pope Francis discharged from hospital after pneumonia treatment', '', NONE),
    ('Striker released by Chelsea, joins Turkish side on free transfer', '', NONE),
    ('Quarterback released by the Jets after two seasons', '', NONE),
    ('Club releases veteran defender from his contract', '', NONE),
    ('Free agent pitcher signs three-year deal with Yankees', '', NONE),
    ('Messi scores stunning free-kick as Inter Miami win', '', NONE),
    ('UK and India sign free trade agreement after three years of talks', '', NONE),
    ('Free speech advocates criticise new online safety law', '', NONE),
    ('Japan extends tax-free shopping scheme for tourists', '', NONE),
    ('Netflix releases trailer for new season of The Crown', '', NONE),
    ('Taylor Swift releases surprise album at midnight', '', NONE),
    ('Apple releases iOS update to fix security flaw', '', NONE),
    ('Pentagon releases UFO footage recorded by Navy pilots', '', NONE),
    ('Police release CCTV footage of suspects in jewellery heist', '', NONE),
    ('Amnesty International releases annual report on death penalty', '', NONE),
    ('Human Rights Watch releases report on Uyghur detention camps', '', NONE),
    ('Census bureau releases new population data', '', NONE),
    ('Government releases names of officials accused of corruption', '', NONE),
    ('Kremlin releases statement on jailed American', '', NONE),
    ('Central bank releases $2bn in emergency funds to stabilise currency', '', NONE),
    ('IMF releases $1.2bn tranche to Pakistan', '', NONE),
    ('Zoo releases rescued sea turtles back into the ocean', '', NONE),
    ('Rescued eagles released back into the wild in Scotland', '', NONE),
    ('Former footballer released on bail after fraud charge', '', NONE),
    ('Rapper freed on bail pending trial on weapons charges', '', NONE),
    ('Convicted murderer released on parole after 30 years', '', NONE),
    ("Suspect in teen's stabbing released without charge", '', NONE),
    ('Fraudster released early from prison for good behaviour', '', NONE),
    ('Charges dropped against activists who blocked motorway', '', NONE),
    ('Jury acquits protesters accused of toppling statue', '', NONE),
    ('Man wrongly convicted of murder freed after DNA evidence clears him', '', NONE),
    ('Inmates escape from prison in Haiti after gang attack', '', NONE),
    ('Dozens of prisoners break out of jail in Nigeria after storm damages wall', '', NONE),
    ('Gunmen storm prison in Congo, freeing hundreds of inmates', '', NONE),
    ('Biden pardons Thanksgiving turkeys named Liberty and Bell', '', NONE),
    ('Trump pardons former sheriff Joe Arpaio before sentencing', '', NONE),
    ('Governor pardons man convicted of marijuana possession decades ago', '', NONE),
    ('Former president granted pardon for alleged crimes before any charges', '', NONE),
    ('Police free hostages after bank siege in Rotterdam', '', NONE),
    ('Armed police rescue woman held captive in flat for months', '', NONE),
    ('Iran executes man convicted of spying for Israel', '', NONE),
    ('Detained journalist dies in Syrian prison, rights group says', '', NONE),
    ('UN report details torture of detainees in Russian prisons', '', NONE),
    ('Amnesty campaign highlights plight of prisoners of conscience', '', NONE),
    ('Israel releases video of hostages held in Gaza tunnels', '', NONE),
    ('Hamas releases propaganda video showing Israeli hostage', '', NONE),
    ("Hostage's family releases statement after proof-of-life video", '', NONE),
    ('China frees up more cash for banks to lend', '', NONE),
    ('Government to free up land for 300,000 new homes', '', NONE),
    ("Free market reforms boost Argentina's economy", '', NONE),
    ('Japan offers free tuition to boost birth rate', '', NONE),
    ('The year Nelson Mandela walked free: a look back at 1990', '', NONE),
    ("Thirty years after Mandela's release, South Africa reflects", '', NONE),
    ('Film about Gershkovich prisoner swap to premiere at Sundance', '', NONE),
    ('Book recounts life of hostage freed after 11 years', '', NONE),
    ('Freed hostage recalls ordeal in first interview', '', NONE),
    ('Former hostage Terry Waite speaks about captivity at festival', '', NONE),
    ('Russia refuses to include jailed US soldier in swap talks', '', NONE),
    ('Iran denies it agreed to release French prisoners', '', NONE),
    ('Qatar mediates talks on possible release of Americans held in Afghanistan', '', NONE),
    ('Ukraine seeks to bring home POWs held in Russia, official says', '', NONE),
    ('Captured British fighters paraded on Russian television', '', NONE),
    ('Ukraine captures two North Korean soldiers in Kursk region', '', NONE),
    ('Russian forces capture 300 Ukrainian soldiers near Avdiivka', '', NONE),
    ('Israel detains hundreds of Palestinians in West Bank raids', '', NONE),
    ('Taliban detain British couple running schools in Afghanistan', '', NONE),
    ('Kidnappers demand ransom for release of Chinese workers in Pakistan', '', NONE),
    ('Ransom paid but kidnapped oil workers still held, company says', '', NONE),
    ('Indian fishermen arrested by Sri Lankan navy', '', NONE),
    ('Venezuela arrests US citizens accused of plotting to kill Maduro', '', NONE),
    ('US adds Americans detained in Venezuela to wrongfully detained list', '', NONE),
    ('Wrongfully detained American marks 1,000 days in Russian prison', '', NONE),
    ("Detained US veteran's family meets Blinken", '', NONE),
    ('Envoy visits jailed American in Moscow prison', '', NONE),
    ('Jailed Iranian Nobel laureate wins award for rights work', '', NONE),
    ('Release of prisoners delayed as ceasefire talks falter', '', NONE),
    ('Prisoner release postponed after dispute over names', '', NONE),
    ('Israel halts release of Palestinian prisoners over hostage handover ceremonies', '', NONE),
    ('Court orders release of opposition leader but police keep him in custody', '', NONE),
    ('Judge orders journalist freed, prosecutors appeal', '', NONE),
    ('Russia says it could free POWs if Ukraine agrees to terms', '', NONE),
    ('Myanmar junta expected to announce prisoner amnesty on new year', '', NONE),
    ('Egypt to consider pardons for jailed activists, official says', '', NONE),
    ('Government weighs amnesty for protesters', '', NONE),
    ('Kenyan abducted activists still missing, families say', '', NONE),
    ('Freedom of press declines worldwide, report says', '', NONE),
    ('Ukraine and Russia exchange accusations over attack on nuclear plant', '', NONE),
    ('Fans swap shirts after thrilling derby', '', NONE),
    ('Stock exchange halts trading after glitch', '', NONE),
    ('Bitcoin exchange hacked, $100m in crypto stolen', '', NONE),
    ('Release date for new Zelda game announced', '', NONE),
    ('Boeing releases quarterly earnings', '', NONE),
    ('Russia releases data showing economy grew 3pc', '', NONE),
    ('Hostage negotiator tells of career in new book', '', NONE),
    ('Detained activist freed from solitary confinement but remains in prison', '', NONE),
    ('Jailed journalist transferred to house arrest', '', NONE),
    ('Activist moved from prison to hospital under guard', '', NONE),
    ('Opposition leader released from police station after questioning', '', NONE),
    ('Protesters briefly detained and released in Moscow', '', NONE),
    ('Journalist released after six hours of questioning by police', '', NONE),
    ("Kremlin critic Navalny's body released to his mother", '', NONE),
    ('Israel returns body of slain hostage to family', '', NONE),
    ('Australian held in China for five years on spying charges loses appeal', '', NONE),
    ('Iran ready to swap prisoners with US, foreign minister says', '', NONE),
    ('North Korea says it will never free detained missionaries', '', NONE),
    ('Britain should do more to free Jagtar Singh Johal, MPs say', '', NONE),
    ('Hopes rise for release of Austin Tice in Syria', '', NONE),
    ('Freed prisoner of conscience dies five years after release', '', NONE),
    ('Opposition figure freed in 2020 arrested again in Minsk', '', NONE),
    ('Italy frees up funds for flood victims', '', NONE),
    ('Google releases Gemini model update', '', NONE),
    ('FIFA frees clubs to register players after transfer ban lifted', '', NONE),
    ('Workers freed from collapsed tunnel in India after 17 days', '', NONE),
    ('Boy freed after getting head stuck in railings', '', NONE),
    ('Crew of stranded tanker freed after ship refloated', '', NONE),
    ('Stuck cargo ship freed in Suez Canal', '', NONE),
    ('Parolees released from California prisons due to overcrowding', '', NONE),
    ('Prisoners released early in UK to ease overcrowding', '', NONE),
    ('Families of Americans held abroad urge Trump to act', '', NONE),
    ("Belarus opposition leader's husband remains in jail despite amnesty rumours", '', NONE),
    ('Russia may release jailed US soldier as goodwill gesture, analysts say', '', NONE),
    ('Iran hints at prisoner swap with Sweden', '', NONE),
    ('Hostage deal within reach, mediators say', '', NONE),
    ('Negotiators near agreement on release of hostages, officials say', '', NONE),
    ('Israel weighs releasing Palestinian prisoners in exchange for hostages', '', NONE),
    ('Ukraine proposes all-for-all prisoner exchange with Russia', '', NONE),
    ('Zelensky offers to swap captured North Korean soldiers for Ukrainians', '', NONE),
    ('Gunmen abduct Catholic priest in southern Nigeria', '', NONE),
    ('Bandits seize 50 passengers from train in Kaduna', '', NONE),
    ('Militants take 12 tourists hostage in Philippines resort raid', '', NONE),
    ("Kidnapped British engineer's captors demand $5m", '', NONE),
    ('Russian journalist detained in Georgia on arrival', '', NONE),
    ('Chinese authorities detain Japanese pharmaceutical executive', '', NONE),
    ('Jailed Belarusian Nobel laureate Bialiatski denied medical care', '', NONE),
    ('Saudi court sentences teacher to 20 years over tweets', '', NONE),
    ("Myanmar court adds three years to Suu Kyi's prison term", '', NONE),
    ("Jailed British-Egyptian activist's mother ends hunger strike", '', NONE),
    ('Prisoners riot over conditions at Ecuador jail', '', NONE),
    ("Israel's cabinet to vote on hostage deal on Friday", '', NONE),
    ('Hamas says it will release hostages only if war ends', '', NONE),
    ('Russia says Gershkovich could be part of exchange in future', '', NONE),
    ('Biden says he is working to free Brittney Griner', '', NONE),
    ('Putin says swap for jailed Americans is possible', '', NONE),
    ("Iran's president says he is open to prisoner exchange", '', NONE),
    ('Lawyers for jailed reporter file appeal for his release', '', NONE),
    ('Court postpones ruling on release of jailed opposition figure', '', NONE),
    ('Release of jailed activist blocked by prosecutors', '', NONE),
    ('Government denies reports of imminent prisoner release', '', NONE),
    ('Police free kidnapped toddler in dawn raid', '', NONE),
    ('Coastguard rescues fishermen after boat capsizes', '', NONE),
    ('Army frees villagers from floodwaters by helicopter', '', NONE),
    ('Driver freed from overturned lorry after six hours', '', NONE),
    ('Horse freed from mud by firefighters', '', NONE),
    ('Dolphin freed from fishing net off Cornwall', '', NONE),
    ('Israeli army releases findings of inquiry into strike on aid convoy', '', NONE),
    ('US releases intelligence on Russian troop build-up', '', NONE),
    ('Spotify releases Wrapped for 2024', '', NONE),
    ('Sony releases PlayStation 6 in Japan', '', NONE),
    ('Nasa releases first images from new telescope', '', NONE),
    ("Kremlin releases Putin's annual tax return", '', NONE),
    ('FBI releases documents on Kennedy assassination', '', NONE),
    ('Bank of England releases minutes of rate meeting', '', NONE),
    ('Police release name of man killed in shooting', '', NONE),
    ('Prison releases inmate in error, manhunt under way', '', NONE),
    ('Convicted paedophile freed from jail sparks outrage', '', NONE),
    ('Jailed MP released on licence after serving half his term', '', NONE),
    ('Footballer freed from prison after drink-driving sentence', '', NONE),
    ('Appeals court frees man jailed for 40 years for murder he did not commit', '', NONE),
    ('Judge frees former police officer on bail pending appeal', '', NONE),
    ('Free Palestine protesters march through London', '', NONE),
    ('Free tuition plan unveiled by government', '', NONE),
    ('Free school meals extended to all primary pupils', '', NONE),
    ('Tax-free allowance frozen until 2028', '', NONE),
    ('Free-to-air broadcaster wins Olympics rights', '', NONE),
    ('Man United release academy player after disciplinary breach', '', NONE),
    ('Singer released from record contract after dispute', '', NONE),
    ('Gas released into atmosphere after pipeline blast', '', NONE),
    ('Investors release capital as markets rally', '', NONE),
    ('Released: the best films of the month', '', NONE),
    ('Ex-hostage Terry Waite, 85, honoured at palace', '', NONE),
    ('Freed Iranian-British woman campaigns for remaining detainees', '', NONE),
    ('Anniversary of hostage release marked in Israel', '', NONE),
    ('Ten years on, freed Chibok girls struggle to rebuild lives', '', NONE),
    ('Former political prisoner elected mayor of Minsk suburb', '', NONE),
    ('Kremlin critic freed in 2024 swap launches new party in exile', '', NONE),
    ("Release of detained Australian 'not on the agenda', Beijing says", '', NONE),
    ('Armenia and Azerbaijan exchange accusations over border clash', '', NONE),
    ('Troops exchange gunfire with militants in Kashmir', '', NONE),
    ('Ukraine and Russia exchange drone strikes overnight', '', NONE),
    ('Russia and Ukraine trade blame over dam collapse', '', NONE),
    ('Israel hands over bodies of 45 Palestinians via Red Cross', '', NONE),
    ('Red Cross visits detained hostages in Gaza for first time', '', NONE),
    ('Belarus releases 16 political prisoners, including a journalist, after talks with US envoy', '', PR),
    ('Iran frees French national held for two years on spying charges', '', PR),
    ('Russia and US swap prisoners in largest exchange since Cold War', '', PR),
    ('Ukraine brings home 95 soldiers in latest prisoner exchange with Russia', '', PR),
    ('Hamas hands over three Israeli hostages as Israel frees 183 Palestinian prisoners', '', PR),
    ('Venezuela releases six Americans after visit by Trump envoy', '', PR),
    ('Myanmar junta frees more than 3,000 prisoners in new year amnesty', '', PR),
    ('Cuba begins releasing political prisoners under Vatican-brokered deal', '', PR),
    ('Taliban release American detained in Afghanistan after Qatari mediation', '', PR),
    ('China frees detained Canadian businessmen after Huawei executive deal', '', PR),
    ('Egypt pardons jailed activist Alaa Abd el-Fattah', '', PR),
    ('Azerbaijan pardons jailed journalists ahead of summit', '', PR),
    ('Jailed Kremlin critic freed in prisoner swap, flown to Germany', '', PR),
    ('North Korea frees detained American student', '', PR),
    ('Houthis release crew of seized cargo ship Galaxy Leader', '', PR),
    ('Colombian rebels free kidnapped soldiers to humanitarian mission', '', PR),
    ('Armenian prisoners of war returned home by Azerbaijan', '', PR),
    ("Saudi Arabia releases women's rights activist after nearly three years in prison", '', PR),
    ('Russia frees jailed US teacher Marc Fogel', '', PR),
    ('Israel and Hamas agree to hostage-prisoner exchange in Gaza truce', '', PR),
    ('Nicaragua frees 135 political prisoners, sends them to Guatemala', '', PR),
    ('Rwanda releases Hotel Rwanda hero Paul Rusesabagina', '', PR),
    ('Belarus pardons 30 prisoners convicted over 2020 protests', '', PR),
    ('Russia hands over 150 Ukrainian POWs in UAE-mediated swap', '', PR),
    ('Freed Thai hostages arrive home in Bangkok', '', PR),
    ('American journalist Evan Gershkovich lands in US after release', '', PR),
    ('Two Britons held by Taliban released and flown to Qatar', '', PR),
    ('Eritrea frees journalist held without trial for 20 years', '', PR),
    ('Vietnam grants amnesty to 8,000 prisoners, including activists', '', PR),
    ('Bahrain pardons over 1,500 prisoners, among them political detainees', '', PR),
    ('Hostages freed from Gaza reunite with families in Israel', '', PR),
    ('Jimmy Lai freed on medical grounds and flown to UK', '', PR),
    ('Kidnapped Chinese workers freed by militants in Niger after mediation', '', PR),
    ('Mali junta frees Ivorian soldiers after Togo mediation', '', PR),
    ('Hong Kong activist released from prison after serving full sentence', '', PR),
    ('Russia frees jailed American in exchange for Russian cybercriminal', '', PR),
    ('Belarus releases 52 prisoners as Lithuania reopens border crossing', '', PR),
    ('Israel frees 90 Palestinian prisoners after first hostages return', '', PR),
    ('Iran releases Swedish-Iranian EU diplomat Johan Floderus in swap', '', PR),
    ('Venezuela frees 10 Americans in prisoner exchange with US', '', PR),
    ('Ukraine and Russia swap 390 prisoners each in first stage of exchange', '', PR),
    ('Freed Ukrainian POWs return home after swap', '', PR),
    ('Armenian detainees released by Azerbaijan after peace deal', '', PR),
    ('Hamas releases four female Israeli soldiers held in Gaza', '', PR),
    ('Burkina Faso junta frees French officials after Moroccan mediation', '', PR),
    ('China releases Australian journalist Cheng Lei after three years', '', PR),
    ('Egypt frees prominent activist after presidential pardon', '', PR),
    ('Tajikistan pardons jailed journalists', '', PR),
    ('Algeria frees French-Algerian writer Boualem Sansal after pardon', '', PR),
    ('Venezuela to free prisoners under deal with opposition, government announces', '', PR),
    ('Russia and Ukraine agree to exchange 1,000 prisoners each', '', PR),
    ('Israel agrees to release Palestinian prisoners in return for hostages', '', PR),
    ('Kazakhstan announces amnesty freeing 12,000 prisoners', '', PR),
    ('Kidnappers threaten to kill Italian aid workers', 'Militants holding two Italian women in Baghdad said they would kill them unless Italy withdrew its troops, a statement posted on a website said.', NONE),
    ('Egypt seeks release of diplomat abducted in Iraq', 'Egypt said on Saturday it was working to secure the release of a diplomat kidnapped in Baghdad by a group demanding Cairo stay out of Iraq.', NONE),
    ('France hopeful on hostages', 'French officials said they were hopeful that two journalists held in Iraq would soon be freed, but gave no timetable.', NONE),
    ('Philippine hostage could be freed within days', 'A Filipino truck driver held by militants in Iraq could be released within days if Manila meets their demands, an Arab mediator said.', NONE),
    ('Indonesian women hostages freed in Iraq', 'Two Indonesian women held hostage in Iraq have been released and are safe at the Indonesian embassy in Baghdad, a foreign ministry spokesman said.', PR),
    ("Aid worker's family pleads with captors", 'The family of a British aid worker kidnapped in Baghdad appealed on Arab television for her release.', NONE),
    ('Russia jails ex-Yukos chief for nine years', 'A Moscow court sentenced former Yukos chief Mikhail Khodorkovsky to nine years in prison for fraud and tax evasion.', NONE),
    ('Cuba releases dissident writer', 'Cuba has freed dissident writer Raul Rivero, one of 75 government opponents jailed in a crackdown last year, his wife said on Tuesday.', PR),
    ('Myanmar frees more prisoners in amnesty', "Myanmar's military government released another batch of prisoners on Friday, including several political detainees, under an amnesty announced last week.", PR),
    ('Sudan frees opposition leader Turabi', 'Sudanese authorities freed Islamist opposition leader Hassan al-Turabi after more than a year in detention, his party said.', PR),
    ('Hostage video shows Japanese captive', 'Al-Jazeera broadcast a video on Wednesday showing a Japanese man held hostage in Iraq, with militants demanding Japan withdraw its troops.', NONE),
    ('Court orders release of Guantanamo detainee', 'A US federal judge ordered the government to release a Guantanamo detainee, but the Justice Department said it would appeal.', NONE),
    ('Palestinians demand prisoner release before talks', 'Palestinian officials said Israel must free thousands of prisoners before peace talks can resume.', NONE),
    ('Israel frees 500 Palestinian prisoners as goodwill gesture', 'Israel released 500 Palestinian prisoners on Thursday in a gesture to the new Palestinian leadership.', PR),
    ('Rebels release captured soldiers in Colombia', 'Leftist FARC rebels released 12 soldiers they had held for months to a Red Cross mission, the army said.', PR),
    ('Freed Italian hostages return to Rome', "Two Italian aid workers released by their kidnappers in Iraq arrived in Rome to a hero's welcome on Wednesday.", PR),
    ("Journalist's release 'imminent', newspaper says", 'The editor of the paper said he expected the French reporter held in Iraq to be freed within hours.', NONE),
    # A journalist let out on bail is a political detainee freed (corpus/README.md, "Borderline releases").
    ('Jailed reporter granted bail in Zimbabwe', 'A Zimbabwean court granted bail to a British journalist held for working without accreditation.', PR),
    ('Militants release video of beheading', 'A militant group released a video on Tuesday showing the beheading of a Turkish hostage.', NONE),
    ('UN envoy discusses hostages with Afghan officials', 'A UN envoy met Afghan officials on Monday to discuss efforts to free three UN workers kidnapped in Kabul.', NONE),
]


ALL_CASES = CASES + EXTRA_CASES + GENERALISATION_CASES + PROBE_CASES


@pytest.mark.parametrize(("title", "summary", "expected"), ALL_CASES, ids=[c[0][:60] for c in ALL_CASES])
def test_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert set(result.labels) == expected, (result.scores, result.evidence)


# Background releases in later paragraphs of a story whose headline is other news (own words).
BODY_CASES: list[tuple[str, str, str, frozenset[str]]] = [
    ('Russian court jails journalist for 22 years on treason charges', '', 'The reporter was detained in Yekaterinburg last year.\nHis colleague, freed in a prisoner swap in August, called the verdict absurd.\nThe US State Department said it would keep pressing for his release.', NONE),
    ('Belarus sentences Nobel laureate Bialiatski to 10 years', 'The rights defender has been in custody since 2021.', 'Bialiatski was previously jailed from 2011 to 2014 and was released early after an amnesty.\nHis supporters said the trial was politically motivated.', NONE),
    ('Iran arrests French tourist on spying charges', '', 'Tehran accused the man of photographing military sites.\nTwo other French citizens were freed last year in an exchange.\nParis demanded consular access.', NONE),
    ('Jailed activist dies in Egyptian prison after hunger strike', '', 'He had been due for release next year.\nRights groups blamed prison authorities.\nThe interior ministry denied mistreatment.', NONE),
    ('Navalny ally detained on arrival in Moscow', '', 'She had returned from Lithuania where she lived after being freed from a penal colony in 2022.\nPolice gave no reason for the detention.', NONE),
    ('Turkish court keeps philanthropist Kavala in prison', 'Rights groups had hoped he would be freed after six years.', '', NONE),
    ('Hong Kong court denies bail to 47 democracy activists', '', 'Only a handful of the defendants have been released on bail since their arrest in 2021.\nThe trial is expected to last months.', NONE),
    ("Former hostage testifies at trial of Islamic State 'Beatles'", '', 'The witness, freed in 2014 after his government paid a ransom, described beatings and mock executions.\nThe defendant denies the charges.', NONE),
    ('Families of detained Americans meet Blinken', '', "Relatives said they were encouraged by last year's release of five Americans in a deal with Iran but want faster action.\nThe State Department said every case was a priority.", NONE),
    ('Ukraine says Russia holds thousands of civilians', '', 'Kyiv said more than 28,000 civilians were in Russian captivity.\nSome had been freed in exchanges, but most remained unaccounted for.', NONE),
    ('Russian blogger sentenced to eight years over war posts', '', 'She had been briefly freed in 2022 before being rearrested.\nThe sentence was among the harshest under the new law.', NONE),
    ('Venezuela arrests opposition campaign staff', '', 'Several aides detained last month were later released, the party said, but four remain in custody.\nThe government accused them of plotting violence.', NONE),
]


@pytest.mark.parametrize(("title", "summary", "body", "expected"), BODY_CASES, ids=[c[0][:60] for c in BODY_CASES])
def test_labels_with_body(title: str, summary: str, body: str, expected: frozenset[str]) -> None:
    result = classify(title, summary, body)
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


# Sanction actions in phrasings written while generalising (own words), some decided by the summary.
ACTION_CASES_WITH_SUMMARY: list[tuple[str, str, str]] = [
    ('Washington lets Iraq keep buying Iranian gas for 120 more days', 'The State Department renewed the waiver on Tuesday.', 'eased'),
    ('Treasury strikes Syrian central bank from blacklist', '', 'lifted'),
    ('Brussels keeps Russia measures in place until July', 'EU leaders agreed to roll over the economic sanctions for another six months.', 'extended'),
    ('G7 leaders ready new penalties if Moscow escalates', '', 'threatened'),
    ('Dutch firm fined for shipping aircraft parts to Russia', 'Prosecutors said the exports breached EU sanctions.', 'enforced'),
    ('Tankers switch off transponders to load Venezuelan crude', 'Analysts say the dark fleet helps Caracas skirt US sanctions.', 'evaded'),
    ('UK adds Chinese firms to Russia sanctions list', '', 'expanded'),
    ('Canada imposes sanctions on Haitian gang leaders', '', 'imposed'),
    ('US Treasury designates Sinaloa cartel money launderers', '', 'imposed'),
    ('Security Council lifts arms embargo on Central African Republic government', '', 'lifted'),
    ('Australia sanctions Russian hackers over Medibank breach', '', 'imposed'),
    ('US court convicts banker for helping Iran evade sanctions', '', 'enforced'),
    ("Swiss authorities seize Russian oligarch's paintings under sanctions law", '', 'enforced'),
    ('EU proposes sanctions on Israeli ministers', '', 'threatened'),
    ('US removes Sudan from state sponsors of terrorism list', '', 'lifted'),
    ('Turkey becomes hub for Russian sanctions evasion, report says', '', 'evaded'),
    ('Biden administration suspends some Myanmar sanctions for humanitarian aid', '', 'eased'),
]


@pytest.mark.parametrize(("title", "summary", "action"), ACTION_CASES_WITH_SUMMARY, ids=[c[0][:60] for c in ACTION_CASES_WITH_SUMMARY])
def test_sanction_action_with_summary(title: str, summary: str, action: str) -> None:
    result = classify(title, summary)
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
        # corpus/README.md conventions: named people count one each; both sides of an exchange are added.
        ("Kenneth Bae and Matthew Todd Miller freed by North Korea", 2),
        ("Aung San Suu Kyi freed from house arrest", 1),
        ("Hostages Keith Siegel, Yarden Bibas and Ofer Kalderon released in Gaza", 3),
        ("Journalist Giuliana Sgrena freed in Baghdad, officer killed on way to airport", 1),
        ("Australian academic freed by Iran in exchange for three Iranians", 4),
        ("Opposition leader and 14 other political prisoners freed in Minsk", 15),
        ("Russia and Ukraine exchange 150 prisoners each", 300),
        ("75 for 75: Ukraine and Russia swap prisoners of war", 150),
        ("Six Israelis, including two held for a decade, freed in last handover", 6),
        ("Belarus frees dozens of political prisoners", None),
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


# Third round: fresh body stories. A release only deep in the body, under a headline without a release word, is
# background; a past-year opener ("In 2020, ...") recalls rather than reports.
PROBE_BODY_CASES: list[tuple[str, str, str, frozenset[str]]] = [
    ('Election tensions rise in Belarus', '', 'Opposition groups say thousands remain in prison.\nIn 2020, Lukashenko freed some prisoners after protests, but many more were jailed later.\nAnalysts say the vote will not be free.', NONE),
    ("Journalist's trial adjourned in Moscow", '', 'A Moscow court adjourned the trial of a US journalist accused of espionage.\nHis family called for his release, and the State Department said he should be freed immediately.', NONE),
    ('Ukraine war: what we know on day 900', '', 'Russian missiles struck Kharkiv overnight, killing three.\nSeparately, the two sides swapped 90 prisoners of war last week, the fifth exchange this year.\nTalks on a ceasefire remain stalled.', NONE),
    ('Kidnapped aid workers freed in Mali', '', 'Two aid workers abducted in central Mali last month were released on Sunday, their organisation said.', PR),
    ('Tensions in Gaza as truce holds', '', 'Israeli troops remained on the edge of the enclave.\nFamilies of hostages still held rallied in Tel Aviv, urging the government to bring them home.', NONE),
]


@pytest.mark.parametrize(("title", "summary", "body", "expected"), PROBE_BODY_CASES, ids=[c[0][:60] for c in PROBE_BODY_CASES])
def test_probe_labels_with_body(title: str, summary: str, body: str, expected: frozenset[str]) -> None:
    result = classify(title, summary, body)
    assert set(result.labels) == expected, (result.scores, result.evidence)


# Third round: sanction actions in fresh phrasings, following corpus/README.md "Label conventions" literally; a
# cue inside the measure's reason ("over the deportation of children", "in response to the latest sanctions")
# is not its action.
PROBE_ACTION_CASES: list[tuple[str, str, str]] = [
    ('US sanctions Chinese refineries over Iranian oil purchases', '', 'imposed'),
    ('UK announces sanctions on Georgian officials over protest crackdown', '', 'imposed'),
    ('EU blacklists Russian generals over deportation of Ukrainian children', '', 'imposed'),
    ('Canada slaps sanctions on Haitian gang leaders', '', 'imposed'),
    ('Japan freezes assets of North Korean hackers', '', 'imposed'),
    ('Treasury targets Houthi financial network with sanctions', '', 'imposed'),
    ('Australia imposes Magnitsky sanctions on Iranian officials', '', 'imposed'),
    ("US reimposes sanctions on Venezuela's oil sector after election dispute", '', 'imposed'),
    ('UN snapback restores sanctions on Iran', '', 'imposed'),
    ('New US sanctions hit Russian bank Gazprombank', '', 'imposed'),
    ('Switzerland adopts EU sanctions on Belarus', '', 'imposed'),
    ('State Department designates cartel as foreign terrorist organisation', '', 'imposed'),
    ('EU adopts 16th sanctions package against Russia', '', 'expanded'),
    ("US widens sanctions on Russia's energy sector", '', 'expanded'),
    ('UK adds 30 shadow-fleet tankers to sanctions list', '', 'expanded'),
    ('Treasury tightens Iran oil sanctions with more tanker designations', '', 'expanded'),
    ('EU broadens Belarus sanctions to cover potash transit', '', 'expanded'),
    ('US steps up sanctions pressure on Cuba', '', 'expanded'),
    ('G7 agrees further sanctions on Russian metals', '', 'expanded'),
    ('US revokes Chevron licence to operate in Venezuela', '', 'expanded'),
    ('Washington expands export controls on Chinese chipmakers', '', 'expanded'),
    ('EU adds Chinese firms to latest round of Russia sanctions', '', 'expanded'),
    ('EU renews sanctions on Russia for another six months', '', 'extended'),
    ('UN Security Council extends South Sudan arms embargo for a year', '', 'extended'),
    ('US prolongs national emergency on Syria', '', 'extended'),
    ('EU rolls over economic sanctions on Moscow until July', '', 'extended'),
    ('US eases sanctions on Syria to speed earthquake aid', '', 'eased'),
    ('Treasury issues licence allowing transactions with Syrian government', '', 'eased'),
    ("EU suspends some sanctions on Syria's energy and transport sectors", '', 'eased'),
    ('US grants waiver for Iraq to pay Iran for electricity', '', 'eased'),
    ('Washington relaxes Venezuela oil sanctions after election deal', '', 'eased'),
    ('US lifts sanctions on Syria', '', 'lifted'),
    ('EU removes Russian businessman from sanctions list', '', 'lifted'),
    ('UN Security Council ends arms embargo on Somalia government', '', 'lifted'),
    ('Trump ends sanctions programme on Syria by executive order', '', 'lifted'),
    ('UK delists Belarusian airline Belavia', '', 'lifted'),
    ('Trump threatens sanctions on Colombia over deportation flights', '', 'threatened'),
    ('EU weighs sanctions on Israeli ministers', '', 'threatened'),
    ('US warns Turkey of sanctions over Russian missile purchase', '', 'threatened'),
    ('EU proposes 18th sanctions package targeting Russian banks', '', 'threatened'),
    ('Senators introduce bill to sanction Chinese officials over Hong Kong', '', 'threatened'),
    ('Russia could face more sanctions if it rejects ceasefire, Trump says', '', 'threatened'),
    ('UK considering sanctions on Israeli settlers', '', 'threatened'),
    ('G7 leaders call for tougher sanctions on Russian oil', '', 'threatened'),
    ('Bank fined $400m for breaching Iran sanctions', '', 'enforced'),
    ('US seizes tanker carrying Iranian oil', '', 'enforced'),
    ('Businessman charged with exporting US chips to Russia in violation of sanctions', '', 'enforced'),
    ('Dutch firm pleads guilty to sanctions violations', '', 'enforced'),
    ('Indonesia detains Iranian tanker over illegal oil transfer', '', 'enforced'),
    ('US indicts Russian oligarch for evading sanctions', '', 'enforced'),
    ('Binance agrees $4.3bn settlement over sanctions breaches', '', 'enforced'),
    ('Russian oil still reaching Europe via India despite sanctions', '', 'evaded'),
    ('North Korea uses crypto theft to evade sanctions, UN report says', '', 'evaded'),
    ('Shadow fleet grows as Russia skirts oil price cap', '', 'evaded'),
    ('Iranian oil smuggled to China via ship-to-ship transfers', '', 'evaded'),
    ('Western components still found in Russian drones despite export controls', '', 'evaded'),
    ("Washington targets Iran's drone programme", 'The US Treasury on Tuesday imposed sanctions on six companies and two individuals it said supplied parts for Iranian drones.', 'imposed'),
    ('Brussels turns screw on Moscow', 'EU governments agreed a 15th package of sanctions against Russia, adding 54 individuals and 30 entities to the list.', 'expanded'),
    ('Syria relief: US moves to help quake victims', 'The Treasury issued a general licence authorising earthquake relief transactions with Syria for 180 days.', 'eased'),
    ('Belavia flights to resume', "The United States lifted sanctions on Belarus's national airline Belavia after Minsk freed 52 prisoners.", 'lifted'),
    ('Trump: Russia has 50 days', 'President Donald Trump said Russia would face severe secondary tariffs and sanctions if no ceasefire deal was reached within 50 days.', 'threatened'),
    ('Trader jailed in Britain', 'A London court sentenced a metals trader to three years for breaching sanctions on Russia.', 'enforced'),
    ('How Russian oil reaches Europe', 'Tankers loaded with Russian crude are blending cargoes at sea to get around the price cap, researchers said.', 'evaded'),
    ('UN keeps Libya measures', 'The Security Council voted to extend the arms embargo on Libya for another 12 months.', 'extended'),
    ('UK hits Russian spies', 'Britain imposed sanctions on 18 Russian military intelligence officers over cyber attacks.', 'imposed'),
    ('US broadens China chip curbs', 'The Commerce Department added 140 Chinese companies to its entity list, tightening export controls.', 'expanded'),
    ('EU readies sanctions on Georgia', 'EU foreign ministers are preparing sanctions against Georgian officials over a crackdown on protesters, diplomats said.', 'threatened'),
    ('Washington ends Syria sanctions', 'President Trump signed an order lifting most US sanctions on Syria, though measures on Assad remain.', 'lifted'),
    ('Russia retaliates against EU', "Moscow banned 21 EU officials from entering Russia in response to the bloc's latest sanctions.", 'imposed'),
]


@pytest.mark.parametrize(("title", "summary", "action"), PROBE_ACTION_CASES, ids=[c[0][:60] for c in PROBE_ACTION_CASES])
def test_probe_sanction_action(title: str, summary: str, action: str) -> None:
    result = classify(title, summary)
    assert SANCTIONS in result.labels, (result.scores, result.evidence)
    assert result.facts.sanction_action == action


# Third round: released_count per the conventions; a one-for-one exchange of singly identified people counts both.
PROBE_COUNT_CASES: list[tuple[str, int | None]] = [
    ('Belarus frees 14 political prisoners after US envoy visit', 14),
    ('Russia and Ukraine swap 150 prisoners each', 300),
    ('Ukraine and Russia exchange 75 for 75 POWs', 150),
    ('Myanmar frees more than 50 political prisoners', 50),
    ('Junta amnesty frees over 7,000 inmates, including activists', 7000),
    ('Belarus frees dozens of political prisoners', None),
    ('Iran frees French tourist Lennart Monterlos', 1),
    ('Iran releases Cécile Kohler and Jacques Paris', 2),
    ('Rebels free a dozen soldiers', 12),
    ('Gershkovich among those freed in largest swap since Cold War', None),
    ('Venezuela frees three Americans', 3),
    ('Taliban free two dozen detainees', 24),
    ('Taliban free American hostage in exchange for Afghan prisoner', 2),
    ('US and Russia swap Brittney Griner for Viktor Bout', 2),
    ('Hundreds of Palestinian prisoners freed as hostages return', None),
    ('Israel frees 183 Palestinian prisoners in exchange for three hostages', 186),
]


@pytest.mark.parametrize(("title", "count"), PROBE_COUNT_CASES, ids=[c[0][:60] for c in PROBE_COUNT_CASES])
def test_probe_released_count(title: str, count: int | None) -> None:
    result = classify(title)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


# Fourth round: imposed vs expanded read literally from corpus/README.md ("new"/"fresh" sanctions are imposed;
# numbered or latest packages, "more", "adds", "widens", "extends ... to" are expanded); the first clause's verb
# decides over a later clause's cue; a person held or wanted for breaking sanctions is enforcement.
FOURTH_ACTION_CASES: list[tuple[str, str, str]] = [
    ("US slaps fresh sanctions on Iranian oil network", "", "imposed"),
    ("Britain imposes new sanctions on Russian military suppliers", "", "imposed"),
    ("Treasury sanctions more than 100 entities over Russia's war", "", "imposed"),
    ("Canada sanctions Wagner commanders, adds 12 firms to export list", "", "imposed"),
    ("EU widens Iran sanctions over drone deliveries", "", "expanded"),
    ("EU extends Russia-style export curbs to Belarus", "", "expanded"),
    ("Japan adds 30 Russian entities to export blacklist", "", "expanded"),
    ("EU leaders agree to ban Russian diamonds", "The 12th package also tightens the oil price cap.", "expanded"),
    ("Court frees businessman wanted in US over sanctions", "", "enforced"),
    ("WTO ruling on steel duties widens gap with Washington as EU keeps Iran sanctions", "", "extended"),
]


@pytest.mark.parametrize(("title", "summary", "action"), FOURTH_ACTION_CASES, ids=[c[0][:60] for c in FOURTH_ACTION_CASES])
def test_fourth_round_sanction_action(title: str, summary: str, action: str) -> None:
    result = classify(title, summary)
    assert SANCTIONS in result.labels, (result.scores, result.evidence)
    assert result.facts.sanction_action == action


# Fourth round: two release clauses in one headline each count their own side.
FOURTH_COUNT_CASES: list[tuple[str, int | None]] = [
    ("France frees Iranian engineer; Iran releases French academic Roland Marchal", 2),
    ("Iran frees Danish aid worker; Russia releases two Americans", 3),
    ("Belarus frees activist Maria Kolesnikova; US releases Russian spy", 2),
    ("Taliban free 3 Indian engineers; Kabul releases 11 Taliban prisoners", 14),
]


@pytest.mark.parametrize(("title", "count"), FOURTH_COUNT_CASES, ids=[c[0][:60] for c in FOURTH_COUNT_CASES])
def test_fourth_round_released_count(title: str, count: int | None) -> None:
    result = classify(title)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


# Fourth round, from the written3 dev items scored before tuning: a regime's own seizure is not enforcement of
# sanctions; "Released X's brother" is news about the brother; part of a sentence served is still a release of a
# political prisoner; "after nearly three years in prison" is detention however many words stand between.
FOURTH_LABEL_CASES: list[tuple[str, str, frozenset[str]]] = [
    ("Houthis seize tanker in Red Sea and detain its crew", "", NONE),
    ("Freed journalist's mother criticises government over handling of the case", "", NONE),
    ("Blogger freed after serving part of 15-year sentence over posts criticising the king", "", PR),
    ("Dissident returns home after nearly four years in prison", "", PR),
    ("Aid workers back on British soil after 1,200 days in Iranian detention", "", PR),
]


@pytest.mark.parametrize(("title", "summary", "expected"), FOURTH_LABEL_CASES, ids=[c[0][:60] for c in FOURTH_LABEL_CASES])
def test_fourth_round_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert frozenset(result.labels) == expected, (result.scores, result.evidence)


FOURTH_COUNT_CASES_2: list[tuple[str, int | None]] = [
    ("Hostage handed to Red Cross as Israel begins freeing 550 Palestinians", 551),
    ("Two Americans freed by Iran; US grants clemency to five Iranians", 7),
    ("Last 12 hostages come home as about 1,500 prisoners are freed", 1512),
    ("Russia and Ukraine complete 390-for-390 prisoner swap", 780),
    ("Three Americans land in Maryland after 16-person prisoner swap", 16),
]


@pytest.mark.parametrize(("title", "count"), FOURTH_COUNT_CASES_2, ids=[c[0][:60] for c in FOURTH_COUNT_CASES_2])
def test_fourth_round_released_count_clauses(title: str, count: int | None) -> None:
    result = classify(title)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


# Fifth round, from dev count errors: a lede figure that points back at the people the headline named ("The two
# were exchanged") is those people, not more; "$200,000 each" is not a figure per side; capitals outside ASCII
# begin names; "returns home" is not an active release verb; "as" before a capital opens a new clause.
FIFTH_COUNT_CASES: list[tuple[str, str, int | None]] = [
    ("Journalists Anna Kowalska and Jan Nowak freed in Syria", "The two reporters were handed to Polish diplomats at the Turkish border.", 2),
    ("Maria Lind swapped for Oleg Petrov at Vienna airport", "The two were exchanged on the tarmac.", 2),
    ("Aid workers Tom Reyes and Lucy Hart released by Iran after 14 months in Evin", "The two were freed after bail of about $200,000 each was paid, their families said.", 2),
    ("Rights lawyer Jorge Álvarez released from prison in Nicaragua", "", 1),
    ("Activist Zehra Öztürk returns home after four years in Iranian prison", "", 1),
    ("Village celebrates as Marta Ruiz and Pablo Ortega are set free by ELN rebels", "", 2),
    ("Israel and Hamas free 150 prisoners each in Gaza truce", "", 300),
    ("Armenia and Azerbaijan exchange prisoners: 32 Armenians for two Azerbaijani soldiers", "", 34),
]


@pytest.mark.parametrize(("title", "summary", "count"), FIFTH_COUNT_CASES, ids=[c[0][:60] for c in FIFTH_COUNT_CASES])
def test_fifth_round_released_count(title: str, summary: str, count: int | None) -> None:
    result = classify(title, summary)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


# Fifth round, from the written4/written5 dev errors (releases and sanctions by authors who never saw the classifier).
# Releases told without the verb: "home after years in jail", "back in <city> after ...", "come back", "welcomes back",
# "flies out of", "trades 20 captured marines"; a long object before "free" ("set district collector X free"); a
# state freeing another state's nationals is diplomatic even under "pending trial"; a new subject after "as" ends a
# forecast. Hard negatives: "was due to walk free" under a headline that holds the release back, an amnesty for
# people already out on bail, a quantity of documents, "frees X from sanctions". Sanctions: terrorist listings by
# another verb, "export-control list", "US export ban", licences issued or renewed, waived bans, impounding,
# "chief of staff" is no workplace, legislatures are governments, tariffs in retaliation are not sanctions.
FIFTH_LABEL_CASES: list[tuple[str, str, frozenset[str]]] = [
    ('British aid worker home after three years in an Iranian prison', '', PR),
    ('Jailed blogger back in Berlin after four years in Egyptian prison', '', PR),
    ('Manila welcomes back three sailors held by Houthi rebels for a year', '', PR),
    ('Two Thai fishermen seized by Burmese troops in 2019 come back to Ranong', '', PR),
    ('Detained American teacher flies out of Pyongyang', 'He had been sentenced to eight years of hard labour.', PR),
    ('Kyiv trades 20 captured Russian marines for 45 Ukrainian defenders', '', PR),
    ('Maoists set district collector Anil Verma free after 12 days', '', PR),
    ('Ethiopia welcomes back 40 soldiers held by Eritrean forces', '', PR),
    ('US hints at easing sanctions as Belarus frees 15 political prisoners', '', BOTH),
    ('Israel holds back 90 Palestinian prisoners who were due to walk free on Sunday', '', NONE),
    ('Amnesty covers eight protesters, free to leave Russia', 'They had been released on bail in November after weeks in custody.', NONE),
    ('Site releases over 250,000 classified US diplomatic cables', '', NONE),
    ('EU frees Belarusian banker from sanctions after court ruling', '', SA),
    ("Canada lists Iran's Revolutionary Guard as a terrorist entity", '', SA),
    ('Beijing adds 12 American defence firms to its export-control list', '', SA),
    ('Advanced GPUs reach Chinese labs through Malaysian resellers despite US export ban', '', SA),
    ('Washington renews licence letting Chevron pump oil in Venezuela', '', SA),
    ('Washington waives ban on Burmese teak', '', SA),
    ('Dutch customs impound yacht owned by Russian oligarch', '', SA),
    ('Treasury delists former chief of staff to Belarus leader', '', SA),
    ('EU unfreezes Libyan central bank accounts', '', SA),
    ('Senate votes to sanction Nicaraguan judges over crackdown', '', SA),
    ('Brussels retaliates with levies on US peanut butter and orange juice', '', NONE),
    ('Transshipment loophole lets Belarusian potash reach Western buyers', '', SA),
    ('Cuba frees 20 dissidents as US relaxes travel and remittance rules', '', BOTH),
    # Another round of listings without the word "sanctions"; a settlement for two sanctioned states' dealings.
    ('Japan lists 40 additional Russian firms and individuals', '', SA),
    ('New Zealand adds 12 names linked to the Crimea annexation to its Russia list', '', SA),
    ('Dutch bank settles with US for $258m on Iran, Syria dealings', '', SA),
]


@pytest.mark.parametrize(("title", "summary", "expected"), FIFTH_LABEL_CASES, ids=[c[0][:60] for c in FIFTH_LABEL_CASES])
def test_fifth_round_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert frozenset(result.labels) == expected, (result.scores, result.evidence)


# Prospective frames ("to impose", "studies", "bid to", a deadline for snapback, a bill that could bring sanctions),
# evasion told without the verb (going dark, beyond reach, blunting, cargo sold as another's), "citing" is enforcement
# only for violations, waivers won or reprieves and wind-down periods are eased, a continued emergency is extended,
# impounding and jail for working for a sanctioned person are enforcement, "frees X from sanctions" and delisting lift.
FIFTH_ACTION_CASES: list[tuple[str, str, str]] = [
    ('UK to impose sanctions on Georgian officials over crackdown', '', 'threatened'),
    ('Seoul studies sanctions on North Korean shipping firms', '', 'threatened'),
    ('China blocks US bid to sanction Myanmar generals at the UN', '', 'threatened'),
    ('Britain and France set deadline for snapback of Iran sanctions', '', 'threatened'),
    ('Senate passes bill that could bring sanctions on Turkish officials', '', 'threatened'),
    ('Tankers go dark off Malaysia to slip past US sanctions on Iranian oil', '', 'evaded'),
    ("Oligarch's jet parked in Dubai, beyond reach of EU sanctions", '', 'evaded'),
    ('Kremlin seeks to blunt Western sanctions with barter deals', '', 'evaded'),
    ('Iranian fuel sold as Omani cargo to Asian buyers wary of US penalties', '', 'evaded'),
    ('US blacklists Chinese drone maker, citing surveillance of Uyghurs', '', 'imposed'),
    ('Four Asian buyers get waivers as US reimposes oil sanctions on Iran', '', 'eased'),
    ('President continues Venezuela emergency behind US penalties', '', 'extended'),
    ('ZTE gets 60-day reprieve from US export ban', '', 'eased'),
    ("Treasury lengthens wind-down period for Lukoil's foreign stations", '', 'eased'),
    ('Ex-banker jailed for working for sanctioned Russian oligarch', '', 'enforced'),
    ('EU frees Belarusian banker from sanctions after court ruling', '', 'lifted'),
    ('Dutch customs impound yacht owned by Russian oligarch', '', 'enforced'),
    ('Treasury delists former chief of staff to Belarus leader', '', 'lifted'),
    # A prospective word in the reason ("after X trigger", "a security threat") is not a threat; a proposal put on the
    # table, held in reserve, floated, blocked or vetoed, a bill that would act and an order paving the way are threats.
    ('UN arms embargo on Iran returns after European capitals trigger the mechanism', '', 'imposed'),
    ('White House calls Nicaragua a security threat, sanctions five ministers', '', 'imposed'),
    ('EU puts asset freezes on Belarusian judges on the table for next summit', '', 'threatened'),
    ('Honduras agrees to take deportees; Washington keeps visa sanctions in reserve', '', 'threatened'),
    ('Senators float new Iran sanctions over tanker attacks', '', 'threatened'),
    ('Slovakia blocks EU move to punish Serbian officials', '', 'threatened'),
    ('China vetoes UN sanctions on Myanmar generals', '', 'threatened'),
    ("Senator's Iran sanctions bill would bar Gulf banks from dollar clearing", '', 'threatened'),
    ('New executive order paves the way for sanctions on Ethiopian commanders', '', 'threatened'),
    # Sanctions that lapse, expire, are wound up or ended by a veto are lifted; partial or phased lifting, lifting
    # that leaves part of the regime in place, a delay, a reprieve given and penalties waived are eased.
    ('UN sanctions on Haiti gang leaders lapse after China vetoes renewal', '', 'lifted'),
    ('Washington winds up its Liberia sanctions programme', '', 'lifted'),
    ('Chinese veto ends UN sanctions regime on Eritrea', '', 'lifted'),
    ('US scraps Zimbabwe sanctions programme, keeps two designations', '', 'lifted'),
    ('Security Council partially lifts Libya arms embargo', '', 'eased'),
    ('UN drops ban on Congolese timber, leaves arms embargo in place', '', 'eased'),
    ('EU lifts Myanmar investment sanctions but keeps arms ban', '', 'eased'),
    # A target taken off a list is lifted even when others stay listed (the conventions' "a target delisted").
    ('US removes Rusal and En+ from sanctions list, keeps Deripaska blacklisted', '', 'lifted'),
    ('US drops Deripaska firms from blacklist while keeping him on it', '', 'lifted'),
    ('US delays sanctions on Hungarian refinery for another month', '', 'eased'),
    ('US gives Serbian oil firm a reprieve from sanctions for another month', '', 'eased'),
    ('Magnitsky penalties waived for 90 days to let earthquake aid through', '', 'eased'),
    ("US renews Turkey's waiver to buy Iranian gas", '', 'eased'),
    # The first settled phrase is the main verb; "20 more" or "hundreds more", an expanded ban, sanctions extended to a new target and
    # tighter sanctions are expanded.
    ('EU reimposes Syria oil sanctions, grants two exemptions', '', 'imposed'),
    ('Australia sanctions 20 more Iranian officials over protests', '', 'expanded'),
    ('US sanctions hundreds more targets to choke Russian arms supplies', '', 'expanded'),
    # From the review probe set: "over" leads to a reason whatever its adjectives; a vote still to come and being "ready
    # for" sanctions are threats; an imposing verb in the first clause governs a later clause's threat.
    ('EU sanctions Iranian officials over brutal crackdown on protesters', '', 'imposed'),
    ('Security Council to vote on restoring sanctions on Iran', '', 'threatened'),
    ("Washington says it is ready for 'phase two' sanctions on Moscow", '', 'threatened'),
    ('US slaps new sanctions on Chinese suppliers, warns more could follow', '', 'imposed'),
    ('US threatens sanctions, imposes visa bans', '', 'threatened'),
    # A review's mends: an opening clause of background ("After X designates ...", "Having blacklisted ...", "Slapped
    # with sanctions, ...") is no main verb; a renewal still to be voted on is extended, as a planned easing is eased.
    ('After Washington designates the group, Brussels weighs its own sanctions', '', 'threatened'),
    ('Having blacklisted the chipmaker, US now weighs sanctions on its suppliers', '', 'threatened'),
    ('Hit with sanctions, Minsk threatens to cut potash transit', '', 'threatened'),
    ('Security Council to vote on renewing Mali arms embargo', '', 'extended'),
    ('Canada, which imposed sanctions on Moscow in 2014, warns of more if talks fail', '', 'threatened'),
    ('Belarus expands entry ban on Lithuanian officials in tit-for-tat step', '', 'expanded'),
    ('EU extends its Belarus potash sanctions to a Lithuanian port operator', '', 'expanded'),
    ('Security Council cuts North Korean textile exports in tighter sanctions', '', 'expanded'),
    # A prosecutor is a target, not a prosecution; jailing and raids are enforcement, suspending a country punishes,
    # rerouting and working around measures are evasion, and blacklisting for helping evasion is imposition.
    ('Washington announces sanctions on ICC deputy prosecutor', '', 'imposed'),
    ('Finnish court jails trader for shipping drone parts to Russia', 'The parts were banned under EU sanctions.', 'enforced'),
    ('German police raid firms suspected of breaking Russia sanctions', '', 'enforced'),
    ('Estonia halts rail transit of Russian fertiliser to comply with EU sanctions', '', 'enforced'),
    ('Belarus reroutes potash through Russian ports after Latvia halts transit', 'The producer is under EU sanctions.', 'evaded'),
    ('Refiners work around US sanctions on Venezuelan crude', '', 'evaded'),
    ('Treasury blacklists Armenian trader for helping Moscow dodge export controls', '', 'imposed'),
    ('African Union sanctions Niger coup leaders, suspends country', '', 'imposed'),
    # A review's mends: "who jailed" and "raids" are the reason, not enforcement; evaders named as the object are a
    # new target; the sanctioning party's own threat after an "after" phrase; prosecutors acting enforce; a licence
    # that expires is an ended licence, unless the headline reimposes.
    ("EU sanctions Iranian judges who jailed protesters", "", "imposed"),
    ("UK sanctions settlers over West Bank raids", "", "imposed"),
    ("Treasury sanctions tankers rerouting Iranian oil through Malaysia", "", "imposed"),
    ("After Putin call Trump threatens new sanctions on Russia", "", "threatened"),
    ("US prosecutors accuse Chinese firm of evading Iran sanctions", "", "enforced"),
    ("Chevron's Venezuela licence expires, tightening oil sanctions", "", "expanded"),
    ("US reimposes oil sanctions on Venezuela as licence lapses", "", "imposed"),
]


@pytest.mark.parametrize(("title", "summary", "action"), FIFTH_ACTION_CASES, ids=[c[0][:60] for c in FIFTH_ACTION_CASES])
def test_fifth_round_sanction_action(title: str, summary: str, action: str) -> None:
    result = classify(title, summary)
    assert SANCTIONS in result.labels, (result.scores, result.evidence)
    assert result.facts.sanction_action == action


# "three aid workers and a Swiss engineer" is one more; "first of ten" and a planned total are not this release; a
# bare figure after the verb ("frees 90 after delay") counts; a clause's demonym does not cross a semicolon; a summed
# figure told again is the same exchange; "leave" and "hands over" are release verbs; "and his wife", "and Italian
# colleague" add one; a role as the headline's subject is one person; a date is no figure of people.
FIFTH_COUNT_CASES_2: list[tuple[str, str, int | None]] = [
    ('Three French aid workers and a Swiss engineer freed by Mali rebels', '', 4),
    ('Rebels free four soldiers, first of ten captives they pledged to release', '', 4),
    ('Egypt frees 30 activists in first batch', 'Cairo says it will free 200 prisoners in all before the holiday.', 30),
    ('Five Nepali and three Thai hostages handed over; Israel frees 90 after delay', '', 98),
    ('Hamas hands over four Israelis and a Thai farmhand; Israel frees 60 after delay', '', 65),
    ('Ukraine gets back 22 soldiers; Russia receives grain convoy', 'Russia handed over 22 Ukrainian soldiers in return for the convoy.', 22),
    ('Twelve freed from Iranian jails as four Iranians go home from Europe', 'Iran released 12 prisoners, including two Britons, in exchange for four Iranians held in Europe.', 16),
    ('Six more hostages leave Gaza; Israel frees 18 Palestinians', '', 24),
    ('Missionary John Allen and his wife Mary freed by kidnappers in Niger', '', 2),
    ('Canadian hostage and his Afghan wife freed in Kabul deal', '', 2),
    ('Swiss engineer and Italian colleague freed in Mali', '', 2),
    ('French journalist Paul Martin and Spanish photographer freed in Syria', '', 2),
    ('Remaining 31 passengers of hijacked bus freed by rebels', '', 31),
    ('Danish aid worker home after 14 months in Malian captivity', '', 1),
    ('Hostages seized by Islamist militants on June 30 freed in Mali', '', None),
    # Eighth round, from count errors on the training-only files: each clause of a sentence may tell its own side
    # ("... as Azerbaijan gets 40 back", "120 of its soldiers"), and a side told by its receiving state is the other
    # side; "the same numbers" doubles; a part of a summed headline told again is the same people; groups listed with
    # commas add up; people only flown home, the remains of the dead, a running total "since" the war and a release held
    # back are not counted; a fuller telling replaces the figure it restates; a named person beside a group ("and three
    # fighters", "along with at least 12 others") is one more; each side of two release clauses counts its named people,
    # whom a lede may count again; figures of some of those counted ("among those flown", "20 of those returned", "the
    # 20 sailors", "eight already back") are not added; a stage's own figure wins over the whole deal's ("first day of
    # 800-for-800", "60 of final 300"), and a plan told beside a stage is not this release.
    ('Forty Armenian prisoners freed as Azerbaijan gets 40 back', '', 80),
    ('Kyiv says 120 defenders are home; Moscow says 120 of its soldiers were returned', '', 240),
    ('Ukraine brings back 140 servicemen', 'Russia said it received 140 of its soldiers in the same exchange.', 280),
    ('Kyiv gets back 60 soldiers and 15 civilians; Moscow says the same numbers returned to it', '', 150),
    ('Hamas frees four hostages as Israel releases 120 prisoners', 'Four Israeli women were handed to the Red Cross. Hours later Israel freed 120 Palestinian prisoners.', 124),
    ('First captives freed: nine Israelis, eight Thais and a Filipino', '', 18),
    ('Houthis free three Britons as Oman flies 150 Yemenis home', '', 3),
    ('All 15 living hostages released; remains of four others handed over', '', 15),
    ('Ukraine brings back 90 soldiers', 'Russia received 90 of its men in return. Since the invasion, more than 4,000 Ukrainians have been freed in such exchanges.', 180),
    ('Israel frees 300 Palestinians in swap with Hezbollah', 'About 300 Palestinian prisoners and 25 Lebanese detainees were released in the deal.', 325),
    ('Israel frees militia commander Karim Haddad and three fighters', '', 4),
    ('Opposition blogger freed', 'The blogger was released on Monday along with at least 12 others held since the vote.', 13),
    ('Tehran frees French tourist Paul Durand; Paris lets engineer Reza Karimi go', '', 2),
    ('Moscow frees US teacher John Reed; Washington to release businessman Petrov', '', 2),
    ('Marta Silva, Rui Costa and four Nepali workers released', '', 6),
    ("Yemen's rivals free 900 prisoners in ICRC-run swap", 'Twelve Saudis and three Sudanese were among those flown out.', 900),
    ('Ukraine brings home 75 in latest swap', 'Officials said 20 of those returned were civilians.', 75),
    ('Ukraine and Russia each free 250 on first day of 800-for-800 exchange', '', 500),
    ('Taliban free first 30 prisoners under Doha deal', 'They say they will free up to 800 in return for the 4,000 they want released.', 30),
    ('Kabul frees 60 of final 300 Taliban prisoners', '', 60),
    ('Five hostages freed in Gaza; Israel holds back release of 500 prisoners', '', 5),
    ('Noa Levi, Dana Kaplan and Tal Mor freed; Israel releases 150 Palestinians', 'Hamas released three more hostages, Noa Levi, Dana Kaplan and Tal Mor. Israel freed 150 Palestinian prisoners hours later.', 153),
    ('Ada Ron, Lior Ben and Maya Gil freed; 60 Palestinians bused to Ramallah', '', 63),
    ('Russia and Ukraine exchange 40 prisoners each, freeing filmmaker Ivan Petrenko and the 20 sailors', '', 80),
    ('Qatar frees nine navy officers; eight already back home', '', 9),
    # The side told by people flying out counts; a demonym of another clause is not the figure's side; surnames listed
    # before "and two Italians" count one each; a lone surname freed in an exchange is one beside the other side's figure.
    ('Kovalenko back in Kyiv as three Russian soldiers fly to Moscow', '', 4),
    ('Minsk frees 40 prisoners as US eases curbs on state airline',
     'Belarus released 40 prisoners in a deal under which Washington would in return ease sanctions.', 40),
    ('Dupont, Keita and two Italians freed as about 150 militants released', '', 154),
    ('Israel and Hezbollah complete exchange freeing Levin',
     'Israeli businessman Avi Levin was flown to Germany, while Israel freed about 200 Palestinian prisoners.', 201),
    # "as many as 40,000" is an approximation, not the other side's equal number; named people "among 4,100 prisoners"
    # are part of that whole ("held for 500 days for" is no swap); nephews are people counted.
    ('Cairo frees 25 pretrial detainees', 'Rights groups say as many as 40,000 political prisoners remain behind bars.', 25),
    ('Reporters Ana Ruiz and Luis Vega walk free in mass amnesty',
     'The two reporters, held for 500 days for their work, were among 4,100 prisoners pardoned by the president.', 4100),
    ('Caracas frees six Americans in swap for two nephews of the first lady', '', 8),
    # A clause of people still held, a part of the group ("16 women", "6 Americans among them") and family members
    # of the freed are not added.
    ("Israel frees 110 Palestinian prisoners as 10,000 languish in Israeli jails", "", 110),
    ("Egypt pardons 30 detainees, while 60,000 political prisoners remain", "", 30),
    ("Russia frees 2 Americans while 10 more are held on spurious charges", "", 2),
    ("Belarus pardons 37 prisoners, 16 women", "", 37),
    ("Hamas frees 25 hostages, 6 Americans among them", "", 25),
    ("Iran frees British-Iranian mother of two daughters", "", 1),
    # Ninth round: a headline clause that frees the other side as a group without a figure takes that side's figure from
    # the lede or deeper in the story, and a sentence's own figure before "250 of them" counts; "out" releases a clause;
    # word forms of "N-for-N"; a day before a month is a date; a number word opens no name; one person freed for an
    # uncounted group or by surname beside the other side's figure, or named as the subject of "were released in
    # exchange"; "flies the other way", "flown from"; "and a Swede"; a mother and her children, a couple and one other;
    # "N more to be released" is a later batch.
    ('Last 12 hostages back in Israel; buses carry freed Palestinians to Ramallah',
     'Hamas handed the hostages to the Red Cross at noon. Crowds gathered in Tel Aviv. The army confirmed their names. '
     'Hours later Israel released 600 Palestinian prisoners from Ofer.', 612),
    ('Last 15 hostages home as buses carry freed Palestinians to Gaza',
     'All 15 hostages were handed to the Red Cross. Israel in turn released 900 Palestinian prisoners, 100 of them serving life terms.', 915),
    ('First four hostages out under truce; 120 Palestinian prisoners leave Ofer', '', 124),
    ('Kenyan academic freed by Tehran in two-for-one exchange', '', 3),
    ('Qatar returns officer Ravi Kumar; India hands back Qatari sailor',
     'The officer had crossed by mistake on 12 May and was held for 30 days.', 2),
    ('Two Western teachers handed over in Kunar after prisoner swap',
     'John Reid and Paul Gray were released by the militants; the government had freed four fighters, including Omar Khan.', 6),
    ('Sgt Tom Hale freed by rebels in exchange for prisoners held in Bogota',
     'The four prisoners released from La Picota were flown to Havana.', 5),
    ('Hale freed after three years in exchange for four rebels held in Bogota', '', 5),
    ('Rebels free US and French engineers held since 2019',
     'Tom Hale and Luc Moreau were released in exchange for four jailed fighters, including their commander.', 6),
    ('Harvard researcher heads home from Tehran; Iranian doctor Karimi flies the other way', '', 2),
    ('Sergeant Hale handed to US troops; four Taliban flown from Guantanamo to Doha', '', 5),
    ('Tehran frees two Belgian-Iranians and a Swede', '', 3),
    ('Kidnappers free Nigerian mother and her three sons', '', 4),
    ('Jihadists free Swiss couple and one other European', '', 3),
    ('Belarus frees 40 prisoners; 25 more to be released next week', '', 40),
    # From written validation sets' dev parts: a hyphenated demonym names no person, a lone role after "and" is one
    # more, the people after "the release of" are the freed, a comma pair of surnames in a headline, a deportation
    # clause is a side, and a clause's own figure before its "including" counts.
    ("Kidnapped Swiss-German engineer Anna Keller freed in Mali", "", 1),
    ("Libya frees four Bulgarian nurses and Palestinian doctor", "", 5),
    ("Statement by the Foreign Minister on the release of Tomas Novak",
     "After two years of wrongful detention in Belarus, Czech aid worker Tomas Novak is on his way home.", 1),
    ("Iran frees Frenchmen Dupont, Martin on humanitarian grounds", "", 2),
    ("Twelve Russian agents deported by US as Moscow frees three, including Pavel Orlov", "", 15),
    ("Qatar frees eight former navy officers; seven already back in Delhi", "", 8),
    # A second review's mends: the other side's figure is not the same people told again, nor deaths or goods; relatives
    # waiting and people who signed a petition are not freed; "a Greek tanker" is no person, and "a pole vaulter" no Pole
    # (though one more person freed beside the figure, as a headline list reads).
    ("Israel frees 110 prisoners; Palestinian detainees return to Gaza", "Israel released 110 Palestinian prisoners on Thursday.", 110),
    ("Hamas frees 3 hostages; Palestinian prisoners arrive in Ramallah",
     "Three Israeli hostages were handed over to the Red Cross on Saturday. Israel allowed 600 Palestinian aid trucks "
     "back into Gaza.", 3),
    ("Iran frees British-Iranian aid worker; her two daughters waited at Heathrow",
     "Nazanin Zaghari-Ratcliffe was released and flew home.", 1),
    ("China frees Uyghur academic after 30 scholars signed petition", "", 1),
    ("Houthis free 25 crew members and a Greek tanker", "", 25),
    ("Taliban free two Britons and a pole vaulter", "", 3),
    # Tenth round: the whole a named person walks out with ("among 1,250 granted clemency", "in amnesty of nearly
    # 3,000") and a figure handed over "to families" count, but an amnesty with no figure leaves the named count.
    ("Opposition leader Anna Marek walks out of jail among 1,250 granted clemency", "", 1250),
    ("Poet Lin Hao among 480 walking out of Myanmar jails", "", 480),
    ("Junta frees Canadian reporter Tom Reid, Thai aid worker in amnesty of nearly 3,000", "", 3000),
    ("Kidnapped schoolboys home: state governor hands over 121 to families", "", 121),
    ("Reporter Sami Nour freed in amnesty of political prisoners", "", 1),
    # A headline clause naming people without a figure beside a state freeing its own figure adds them; beside a pardon
    # or amnesty the named may be part of the whole.
    ("Yoni Cohen home as Israel frees 350 Palestinian prisoners", "", 351),
    ("Aid worker Marie Laurent and Ali Keita freed after Bamako releases about 150 militants", "", 152),
    ("Avi Levin lands in Cologne as Israel sends about 300 Arab prisoners home", "", 301),
    ("Kagame pardons some 600; Diane Rwigara to walk free", "", 600),
    # A surname right before the other side's figure is one more ("for Petrenko and 40 Russians"), also after an accented
    # capital ("Bishop Rolando Ávila and 12 clergy"); a people or a state before "and" is no person.
    ("Kyiv brings home 140 soldiers in swap for Petrenko and 40 Russians", "", 181),
    ("Russia receives Kuzmin and 30 soldiers in prisoner swap", "", 31),
    ("Managua frees Bishop Rolando Ávila and 12 clergy, flies them to Rome", "", 13),
    ("Hamas frees 20 hostages in exchange for Palestinians and 55 Lebanese", "", 75),
    ("Ukraine gets back 140 POWs in swap for Moscow and 30 Belarusians", "", 170),
    # A second state's figure with the verb left out ("..., Moscow 140") is the other side; a year after a state is not.
    ("Prisoner swap: Ukraine gets 150 POWs back, Moscow 140", "", 290),
    ("Ukraine frees 25 prisoners, Kyiv says 2024 talks continue", "", 25),
    # Helpers freed with a group are counted; helpers only waiting are not.
    ("Kidnapped nuns freed in Syria", "Nine nuns and two helpers crossed into Lebanon overnight.", 11),
    ("Rebels free six nuns in Syria", "Their helpers waited at the border.", 6),
    ("LIVE 09:10 - Red Cross has received four hostages in Khan Younis, army says", "", 4),
]


@pytest.mark.parametrize(("title", "summary", "count"), FIFTH_COUNT_CASES_2, ids=[c[0][:60] for c in FIFTH_COUNT_CASES_2])
def test_fifth_round_released_count_phrasings(title: str, summary: str, count: int | None) -> None:
    result = classify(title, summary)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


# Sixth round (rules+lr-2026.11.8), from the errors on the training-only files (corpus/training/): a demand in the
# imperative or by an NGO named before a colon, lists exchanged, the approval senses of "sanction" (a prosecution, a
# sum, a rally) and blacklists that are not sanctions; a drink-driving convict is ordinary justice.
SIXTH_LABEL_CASES: list[tuple[str, str, frozenset[str]]] = [
    ("Amnesty: Belarus must free Ales Bialiatski now", "", NONE),
    ("Vietnam: release jailed bloggers, rights group says", "", NONE),
    ("Turkey: free detained Kurdish mayors, HRW urges", "", NONE),
    ("Kyiv and Moscow exchange lists of prisoners ahead of talks", "", NONE),
    ("Governor sanctions prosecution of ex-minister in land case", "", NONE),
    ("State government sanctions Rs 300 crore for drought relief", "", NONE),
    ("Moscow city authorities sanction opposition rally", "", NONE),
    ("Blacklisted Hollywood screenwriter honoured by US film academy", "", NONE),
    ("Loan applicants flagged on Australian credit blacklists", "", NONE),
    ("Premier League footballer freed from prison after drink-driving sentence", "", NONE),
    ("Amnesty frees 2,000 prisoners in Myanmar", "", PR),
    ("UK blacklists Iranian drone makers", "", SA),
    ("Iran releases two French nationals", "", PR),
    # From the hard negatives of corpus/training/t7.jsonl and the feed of t10.jsonl: a swap "in final stages" or being
    # "worked on", a release held back, a death in custody, a re-arrest, animals, a motor-racing body, approving
    # settlements, tax-haven lists and AI models.
    ("Iran says prisoner swap with Sweden 'in final stages', gives no date", "", NONE),
    ("Vatican working on new exchange of Ukrainian and Russian prisoners", "", NONE),
    ("Israel holds back release of 400 Palestinian prisoners", "", NONE),
    ("Poet jailed in 2019 dies in custody, family says", "", NONE),
    ("Opposition figure arrested again, months after his release", "", NONE),
    ("Zoo releases two cheetahs into national park", "", NONE),
    ("FIA sanctions Ferrari over fuel-flow breach", "", NONE),
    ("Israeli cabinet sanctions 12 West Bank settlements", "", NONE),
    ("EU adds Panama to its tax-haven blacklist", "", NONE),
    ("Start-up releases open reasoning model to rival US labs", "", NONE),
    ("US sanctions violent Israeli settlers", "", SA),
    # Seventh round: detention "without charge" and US "humanitarian parole" are no ordinary criminal justice; a ship
    # refloated frees its crew in another sense.
    ("Eritrea frees 30 Christians held without charge for a decade", "", PR),
    ("Nicaragua frees 135 political prisoners, flies them to Guatemala on humanitarian parole", "", PR),
    ("Crew freed as stranded bulk carrier is refloated off Sri Lanka", "", NONE),
    # Arrivals told with the time spent held, without a release word.
    ("Two nurses touch down in Sofia after eight years in Libyan custody", "", PR),
    ("Blogger out after decade in jail", "", PR),
    ("Reporter reaches Turkey after three years held in Syria", "", PR),
    ("Journalist out of captivity in Gaza after 114 days", "", PR),
    ("Team reaches final after two years held back by injuries", "", NONE),
    ("Astronauts touch down after six months in orbit", "", NONE),
    # A commuted death sentence keeps the prisoner jailed; a police storming ends a criminal siege; a database and a
    # work's quoted title are released in another sense.
    ("Gulf state commutes death sentences of eight Indian navy veterans", "", NONE),
    ("King commutes sentences of 40 political prisoners, who walk free", "", PR),
    ("Hostages freed as police storm city-centre cafe; gunman dead", "", NONE),
    ("Ukraine releases online database of servicemen missing in action", "", NONE),
    ("Taylor Swift releases 'The Tortured Poets Department'", "", NONE),
    # A demand stays a demand through an infinitive or "any"; a release that "must" include someone is a demand; a
    # release dated "in 2018, when", one "despite" which people are still held, and news "on released activists" recall.
    ("Husband of jailed reporter urges Washington to include her in any exchange", "", NONE),
    ("Mother of hostage pleads with president to bring son home", "", NONE),
    ("Kyiv: prisoner swaps must include the civilians Russia holds", "", NONE),
    ("Leader wins peace prize", "The committee praised reforms since he took office in 2018, when thousands of political "
     "prisoners were freed.", NONE),
    ("Rights group: regime still holds 1,300 political prisoners despite recent pardons", "", NONE),
    ("Travel bans on released activists amount to continued punishment, HRW says", "", NONE),
    # Releases told by clemency granted, "letting ... go", excarcelations, walking out (of a named prison), Europeans.
    ("President grants clemency to seven jailed student activists", "", PR),
    ("Authorities begin letting 300 political prisoners go after church talks", "", PR),
    ("Rights group confirms 41 more excarcelations of protest detainees", "", PR),
    ("Twelve hostages walk out of Gaza on second day of truce", "", PR),
    ("Jailed blogger walks out of Insein after five years", "", PR),
    ("Tehran releases two Europeans in Omani-mediated deal", "", PR),
    ("Dock workers walk out over pay and conditions", "", NONE),
    ("Detainees' lawyers walk out of Guantanamo hearing", "", NONE),
    ("Hamas hands list of hostages to mediators", "", NONE),
    ("Activist back behind bars after six months out of prison", "", NONE),
    ("Real Madrid swap Brazilian Vinicius for French star Mbappe", "", NONE),
    ("Clemency for Bali Nine: Australians hope for return", "", NONE),
    ("Houthis release 'Galaxy Leader' crew after 14 months", "", PR),
    ("Belarus frees 14 prisoners, but 1,000 remain jailed",
     "Fourteen people were released on Thursday, the Viasna rights group said.", PR),
    ("Joy in Tel Aviv", "Crowds cheered as news of released hostages spread through the square.", PR),
    ("Delegates walk out of talks in protest at jailing of activists", "", NONE),
    # The freed person is no campaign ("frees democracy campaigner"), "once sentenced" is no condition, and captives
    # handed to an embassy, a church or a mission are released.
    ("Hanoi frees democracy campaigner Nguyen Van Dai, jailed since 2015", "", PR),
    ("Emir frees six navy veterans once sentenced to death", "", PR),
    ("Hostages to be freed once ransom is paid", "", NONE),
    ("Rebels hand kidnapped engineer Paolo Rossi to Church mediators", "", PR),
    ("Ministry hands report to UN mission", "", NONE),
    # A headline whose only release is doubted (a re-arrest, a swap "in final stages") reports another event, so the
    # lede's release is background.
    ("Dissident arrested again, three months after his release",
     "He had walked out of prison in January under a church-mediated deal.", NONE),
    ("Tehran says prisoner exchange with Paris 'in final stages'",
     "The foreign minister said a deal to exchange two French teachers for an Iranian woman held in France was close.", NONE),
    ("Opposition leader back behind bars weeks after walking out",
     "The opposition leader had walked out of prison in January under a Vatican-mediated arrangement.", NONE),
    # Arrivals need the freed to arrive: a leader landing while "hostage talks" go on, detainees flown to a prison, and
    # migrants deported to a state are no release; nor is a pardon committee, a release "tied" to a demand, a freed
    # person's later life, someone left out of a swap, a report or a phone "released", or "Amnesty finds".
    ("Mitsotakis lands in Cairo as hostage talks drag on", "", NONE),
    ("Captured fighters flown to Guantanamo Bay", "", NONE),
    ("Hostages land in Tel Aviv as talks on the next group continue", "", PR),
    ("Malaysia deports 30 Rohingya to Myanmar despite UN warnings", "", NONE),
    ("North Korea deports detained American tourist after apology", "", PR),
    ("Cairo revives presidential pardon committee to review detainee cases", "", NONE),
    ("Junta ties release of 12 foreign soldiers to extradition of exiles", "", NONE),
    ("Wife of jailed academic says he was abandoned in prisoner swap", "", NONE),
    ("Swap frees 26 but leaves jailed academic behind", "", PR),
    ("Watchdog report on prison deaths", "<p>The report, released on Monday, is based on interviews with former detainees.</p>", NONE),
    ("Phone maker unveils new model", "Analysts said the handset, released without fanfare, shows Chinese firms have caught up.", NONE),
    ("Amnesty finds abuses in Eritrean jails", "", NONE),
    # A plane that lands is no captive; "should have walked out" did not happen; people freed from ruins; a headline
    # about a campaign, an appeal or someone a swap "leaves behind" makes releases below it background.
    ("Airliner forced to land in Minsk, exiled blogger arrested",
     "The Vilnius-bound flight was diverted by a fighter jet; the blogger, who faces terrorism charges at home, was "
     "detained on the tarmac.", NONE),
    ("Seized cargo jet of Iranian airline flown to Texas after forfeiture",
     "The Boeing 747, held in Buenos Aires since 2022, was handed over to US officials under a court order.", NONE),
    ("Plane carrying five freed Americans lands in Doha", "", PR),
    ("Rights lawyer's release date passes",
     "The lawyer should have walked out of prison on Monday after serving his full term, his wife said.", NONE),
    ("Miracle in Hatay", "Rescuers in Antakya freed a 17-year-old Syrian girl from the ruins of a building after nine days.",
     NONE),
    ("Two freed dissidents start campaign for release of remaining prisoners",
     "<p>The two, freed in last year&#39;s swap, said 1,000 people remain behind bars.</p>", NONE),
    # Releases told as a prison thrown open, captives brought out of captivity, people returned from captivity.
    ("Insurgents throw open city jail as political detainees pour out", "", PR),
    ("Stadium gates thrown open as fans pour in", "", NONE),
    ("Hostage Yael Cohen brought out of Gaza tunnel by troops", "", PR),
    ("Reporter Ivan Petrenko among civilians returned from Russian captivity", "", PR),
    ("Opposition mayor returned to prison after three years in custody", "", NONE),
    ("Canadian engineer home in Toronto after two years detained in Iran", "", PR),
    ("Minister home in Lagos after two days of talks", "", NONE),
    # Out of a named prison or of prison after a full term, and the end of house arrest, are releases.
    ("Blogger out of prison after completing seven-year sentence", "", PR),
    ("Poet's widow arrives in Helsinki, ending six years of house arrest", "", PR),
    ("Court lifts curbs on opposition leader, ending two years of house arrest", "", PR),
    ("Governor vows to keep drug dealers out of prison", "", NONE),
    ("Letters smuggled out of prison reveal abuse", "", NONE),
    ("Weekend storms end three days of heatwave", "", NONE),
    # A medical leave or a temporary release, a partial pardon and a transfer to serve the rest of a term free no one.
    ("Iranian rights lawyer released from Evin prison on two-week medical leave", "", NONE),
    ("Jailed Egyptian activist temporarily released from Tora prison to attend funeral", "", NONE),
    ("Junta pardons ousted leader on three counts, cutting sentence by four years", "", NONE),
    ("Supreme leader pardons or reduces sentences of thousands, including protesters", "", PR),
    ("Briton on death row flown home from Bali",
     "<p>He was transferred under a prisoner transfer deal to serve the rest of his sentence in Britain.</p>", NONE),
    # From the borderline kinds of real feeds: a gunman's siege, a furlough or a few weeks out, animals, a death penalty
    # report; detainees transferred out of Guantanamo are released from it.
    ("Gunman frees hostages and surrenders after siege at Belgian bakery",
     "A man who took five people hostage at a bakery in the town of Genk released his last two hostages early on Sunday "
     "and was arrested, police said.", NONE),
    ("Jailed laureate let out of Evin prison on a three-week suspension of her sentence", "", NONE),
    ("Dissident released from prison for two weeks on medical grounds", "", NONE),
    ("Jailed dissident granted medical leave from Evin prison", "", NONE),
    ("Rescued orangutans freed back into Sumatra forest", "", NONE),
    ("Police sniper ends bus hijacking in Rio, hostages freed", "", NONE),
    ("US transfers four Guantanamo detainees to Kazakhstan", "", PR),
    ("Rights group publishes yearly review",
     "Recorded executions rose to 900 last year, driven by a surge in Iran, Amnesty International said in its annual "
     "death penalty report.", NONE),
    # Amnesty publishing a report; a headline of stalled talks makes the lede's terms background.
    ("Amnesty releases annual death penalty report", "", NONE),
    ("Hostage talks stall in Doha",
     "<p>Mediators said gaps remain over the number of Palestinian prisoners to be released in a first phase.</p>", NONE),
    # A pardon for an exiled leader frees no one; a treason charge is political, so walking out after it is a release.
    ("Emir pardons exiled opposition leader Omar Saleh, clearing way for return", "", NONE),
    ("Opposition leader walks out of Harare prison after treason charge dropped", "", PR),
    ("Wife of jailed doctor appeals to Stockholm after swap leaves him behind",
     "She accused the government of abandoning her husband in last week's swap.", NONE),
    # A review's mends: "exiled" counts only for the pardoned person; a rally, a vigil or rescuers nearby, and a
    # counterfactual in another clause, take nothing from a release; a deportation after a pardon is one.
    ("Belarus pardons 16 political prisoners",
     "Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the move but said more than 1,000 remain behind bars.", PR),
    ("Lukashenko pardons jailed husband of exiled opposition leader", "", PR),
    ("King pardons opposition leader Sam Rainsy",
     "The king granted a royal pardon to Rainsy, who has lived in self-imposed exile in France since 2009.", NONE),
    ("Crowds rally in Ramallah to greet buses", "Israel freed 90 Palestinian prisoners early on Monday under the ceasefire deal.", PR),
    ("Syrian detainees freed from Saydnaya prison as rescuers search for hidden cells", "", PR),
    ("Kyiv says it would have liked more, as 84 POWs freed in swap", "", PR),
    ("Talks end without a deal", "The draft would have seen Hamas free 33 hostages in a first phase.", NONE),
    ("Azerbaijan deports French national to Paris after presidential pardon", "", PR),
    ("Ukrainian POWs freed in swap tell how they were tortured", "", NONE),
    # A second review's mends: soldiers who surrendered, snipers, a hospital siege and hostage-takers in a headline
    # leave a war release a release; "released from police custody without charge" is ordinary justice; a suspension
    # of hostilities is no furlough; migrants sent from Guantanamo and prisoners moved to a supermax are not freed.
    ("Ukraine returns 390 POWs including soldiers who surrendered in Kursk",
     "Russia and Ukraine exchanged 390 prisoners each on Friday, the first stage of a 1,000-for-1,000 deal.", PR),
    ("Snipers, medics among 84 Ukrainians freed in latest swap", "Ukraine brought home 84 prisoners of war on Thursday.", PR),
    ("Israel releases Gaza detainees seized during siege at al-Shifa hospital",
     "Israel freed 50 Palestinians detained in Gaza, who were handed over at the Kerem Shalom crossing.", PR),
    ("Hostage-takers free last 12 Thai workers as Gaza truce holds", "Hamas released 12 Thai farm workers on Friday.", PR),
    ("Two Britons arrested in Dubai released from police custody without charge",
     "The men, arrested for filming at a mall, were freed on Tuesday.", NONE),
    ("Russia and Ukraine swap 175 POWs as 30-day suspension of energy strikes begins", "", PR),
    ("Hamas frees three hostages during temporary suspension of hostilities", "", PR),
    ("US transfers 177 Venezuelan migrants from Guantanamo to Honduras",
     "The migrants, held at the naval base after arrests in the US, were then flown to Caracas.", NONE),
    ("Pentagon transfers Guantanamo prisoners to Illinois supermax", "", NONE),
    ("US pilot swapped for four Russians in Istanbul", "", PR),
    # From the training-only borderline file t13: a freed hostage leaving a named hospital, a headline of bodies handed
    # over, a re-arrest minutes after walking out, migrants freed from smugglers; the Red Cross receiving hostages is a
    # release.
    ("Freed hostage Noa Levi leaves Ichilov hospital", "", NONE),
    ("Hamas hands over bodies of three hostages",
     "Coffins said to contain the remains of two brothers and their father were handed to the Red Cross.", NONE),
    ("Dissident detained again minutes after walking out of prison", "", NONE),
    ("Libyan authorities free migrants held in smugglers' warehouse in Sabha",
     "Security forces said they had released more than 80 migrants, mostly from Niger and Chad.", NONE),
    ("LIVE 09:10 - Red Cross has received four hostages in Khan Younis, army says", "", PR),
]


# Ninth round, from written12's dev part: suspects a state hands over in a swap are its side of the exchange, not
# ordinary justice.
NINTH_LABEL_CASES: list[tuple[str, str, frozenset[str]]] = [
    ("Eighty-two Chibok schoolgirls freed in exchange for Boko Haram suspects", "", PR),
    ("Kidnapped businessman freed after ransom paid; police hold two suspects", "", NONE),
    ("Netflix releases film about escape from Alcatraz prison", "", NONE),
    ("Album recorded in prison released from vaults", "", NONE),
    # From a probe set written blind for review: a release "Red Cross-supervised" is not a supervised (criminal) release;
    # "50 for 50" is no goal; the sides of a swap told by a figure or as soldiers or civilians are its people; only a
    # police or hostage standoff is a crime; the other side of a swap returning bodies is no death in the release; a
    # future release "only after" something is a condition; a white paper is released.
    ("Rebels free 40 soldiers in ICRC-supervised release", "", PR),
    ("Armenia and Azerbaijan hold '50 for 50' prisoner exchange", "", PR),
    ("Kyiv and Moscow carry out 84-for-84 exchange", "", PR),
    ("Russia and Ukraine exchange several hundred soldiers", "", PR),
    ("Guerrillas free 12 police officers after weeks-long standoff with army", "", PR),
    ("Police free hostages after six-hour standoff at bank", "", NONE),
    ("Israel frees 90 prisoners as Hamas returns remains of two captives", "", PR),
    ("Minister says prisoners will be released only after the ceasefire holds", "", NONE),
    ("Japan releases defence white paper naming China as top threat", "", NONE),
    # Sports, ethics panels and a congress that "sanctions" (enacts) a law are not sanctions.
    ("FA sanctions goalkeeper over betting breaches", "", NONE),
    ("House ethics committee sanctions congressman over travel gifts", "", NONE),
    ("Chile's Congress sanctions law creating new marine reserve", "", NONE),
    ("Senate passes sanctions law to punish Moscow", "", SA),
    # A second review: a political detainee let out while the case goes on is freed; a former president is not one.
    ("Tunisia releases opposition leader; trial continues", "", PR),
    ("Former president released from prison pending appeal", "", NONE),
]
LATER_LABEL_CASES = SIXTH_LABEL_CASES + NINTH_LABEL_CASES


@pytest.mark.parametrize(("title", "summary", "expected"), LATER_LABEL_CASES, ids=[c[0][:60] for c in LATER_LABEL_CASES])
def test_sixth_round_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert set(result.labels) == expected, (result.scores, result.evidence)


def test_a_release_from_prison_is_no_film_release() -> None:
    # The lede names a film, but "released from prison" tells what was released: the rules no longer mark it down.
    title = "Film hero Rusesabagina released from prison in Kigali"
    assert classify(title, models=NO_MODELS).scores[PRISONER_RELEASE] > 0.3
    assert classify("Film about Rusesabagina released in cinemas", models=NO_MODELS).scores[PRISONER_RELEASE] == 0.0


# Stories told without any trigger the rules know: the shipped story model flags them, names its features as the
# evidence, and the facts are read from the headline as the rules would.
MODEL_ONLY_CASES: list[tuple[str, str, int | None, str | None]] = [
    ("Danish aid worker flies home after Houthi captors let him go", PRISONER_RELEASE, 1, None),
    ("Chinese firms use shell companies in Hong Kong to ship chips to Russia", SANCTIONS, None, "evaded"),
    ("Washington bars Russian gold from US markets", SANCTIONS, None, "imposed"),
]


@pytest.mark.parametrize(("title", "topic", "count", "action"), MODEL_ONLY_CASES, ids=[c[0][:60] for c in MODEL_ONLY_CASES])
def test_story_model_flags_what_the_rules_miss(title: str, topic: str, count: int | None, action: str | None) -> None:
    assert classify(title, models=NO_MODELS).labels == ()
    result = classify(title)
    assert result.labels == (topic,)
    assert result.evidence[topic][0].startswith("model: ")
    assert result.facts.released_count == count
    assert result.facts.sanction_action == action


def _always(topic_bias: float) -> TopicModel:
    return TopicModel(bias=topic_bias, weights={})


def test_story_model_may_not_flag_a_trigger_the_rules_rejected() -> None:
    sure = ShippedModels(trigger={}, story={t: _always(10.0) for t in TOPICS}, action={})
    # "frees up" is read and rejected by the rules, so a story model that is sure of everything still cannot flag it,
    # while a story with no trigger at all is flagged.
    assert PRISONER_RELEASE not in classify("Government frees up funds for prison building", models=sure).labels
    assert SANCTIONS not in classify("Council sanctioned the sale of the old library", models=sure).labels
    assert PRISONER_RELEASE in classify("Ohio man lands at Wright-Patterson after five months in North Korea", models=sure).labels
    # Nor a story whose headline reports another event: an arrest, a return to prison, a freed person's later life.
    for other_event in (
        "Algeria arrests French-Algerian novelist at Algiers airport",
        "Opposition editor sent back to prison after five months of house arrest",
        "Five years on, a freed schoolgirl tells how she went back to class",
        "Photographer escapes rebel captivity after five months",
        "Dutch troops come home from Kandahar as mission ends",
        "Jailed ex-president allowed to travel to Singapore for surgery",
    ):
        assert PRISONER_RELEASE not in classify(other_event, models=sure).labels, other_event
    # A story without any word of a topic is not read by the models at all.
    assert classify("Heatwave grips southern Europe", models=sure).labels == ()


def test_story_model_flags_alone_a_little_lower_where_the_lede_says_people_were_held() -> None:
    fairly_sure = ShippedModels(trigger={}, story={t: _always(0.62) for t in TOPICS}, action={})  # probability 0.65
    assert fairly_sure.story[PRISONER_RELEASE].probability([]) < PROPOSE_AT[PRISONER_RELEASE]
    held = "Reporter jailed in Tehran since 2022 is with family in Paris"
    assert classify(held, models=NO_MODELS).labels == ()
    assert classify(held, models=fairly_sure).labels == (PRISONER_RELEASE,)
    # "held talks" is no detention: stories of people leaving stay for a surer model.
    for not_held in (
        "Peace delegation leaves Colombo after talks held with rebels",
        "Pitcher leaves Yankees for Red Sox after five seasons",
    ):
        assert PRISONER_RELEASE not in classify(not_held, models=fairly_sure).labels, not_held


def test_story_model_lifts_a_thin_release_trigger_readily_and_a_doubted_one_only_when_all_but_certain() -> None:
    def story_model(bias: float) -> ShippedModels:
        return ShippedModels(trigger={t: _always(0.0) for t in TOPICS}, story={t: _always(bias) for t in TOPICS}, action={})

    sure, certain = story_model(3.0), story_model(10.0)  # probabilities 0.95 and 0.99995
    assert PROPOSE_AT[PRISONER_RELEASE] <= sure.story[PRISONER_RELEASE].probability([]) < LIFT_DOUBTED_AT
    # The rules read a pardon of two named people but find no detention or political word: too thin alone.
    thin = "Ruler pardons novelist Ahmed Naji and poet Galal El-Behairy"
    assert classify(thin, models=NO_MODELS).labels == ()
    assert classify(thin, models=sure).labels == (PRISONER_RELEASE,)
    # Triggers the rules marked down for a reason (ordinary convicts) stay down for a sure story model and are lifted
    # only by one all but certain.
    for doubted in ("England frees 1,700 prisoners early to ease overcrowding",):
        assert PRISONER_RELEASE not in classify(doubted, models=sure).labels, doubted
        assert PRISONER_RELEASE in classify(doubted, models=certain).labels, doubted
    # Another sense of the word, a freed person's later life in the headline, a release only demanded, speculated on
    # or denied, or an escape stays down however sure the model is.
    for other_sense in (
        "Freed hostage leaves hospital, thanks nurses",
        "Crew freed as stranded bulk carrier is refloated off Sri Lanka",
        "Six prisoners walk out of Gilboa jail after escaping through a tunnel",
        "Lukashenko says he could free jailed editor if she asks for a pardon",
        "American held in Russia could be freed in prisoner swap, lawyer says",
        "Rights groups urge Iran to free jailed French teacher",
    ):
        assert PRISONER_RELEASE not in classify(other_sense, models=certain).labels, other_sense


# Releases the rules read with too little context, lifted by the shipped story model; the rules alone miss them.
LIFTED_CASES: list[str] = [
    "Sisi pardons researcher Ahmed Samir and lawyer Mohamed Baqer",
    "King pardons reporters Ahmed Ali and Samir Omar",
]


@pytest.mark.parametrize("title", LIFTED_CASES, ids=[c[:60] for c in LIFTED_CASES])
def test_shipped_story_model_lifts_thin_releases(title: str) -> None:
    assert PRISONER_RELEASE not in classify(title, models=NO_MODELS).labels
    result = classify(title)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert any(e.startswith("model: ") for e in result.evidence[PRISONER_RELEASE])


def test_action_model_overrules_the_rules_except_a_first_clause_verb() -> None:
    evaded = ShippedModels(
        trigger={}, story={}, action={a: _always(10.0 if a == "evaded" else -10.0) for a in SANCTION_ACTIONS}
    )
    assert classify("EU lifts sanctions on Belarusian potash", models=evaded).facts.sanction_action == "evaded"
    assert classify("EU lifts sanctions on Belarusian potash", models=NO_MODELS).facts.sanction_action == "lifted"
    # A first clause's imposing verb governs a later "adds", which a word model cannot see: the rules keep it.
    title = "Canada sanctions Wagner commanders, adds 12 firms to export list"
    assert classify(title, models=evaded).facts.sanction_action == "imposed"
    # Nor that the conventions settle a phrase whatever the words around it: an ended waiver is expanded.
    assert classify("US ends waiver letting Iraq pay Iran for electricity", models=evaded).facts.sanction_action == "expanded"
    # An action model that is not sure enough leaves the rules' action alone.
    unsure = ShippedModels(
        trigger={}, story={}, action={a: _always(2.0 if a == "evaded" else -10.0) for a in SANCTION_ACTIONS}
    )
    assert classify("EU lifts sanctions on Belarusian potash", models=unsure).facts.sanction_action == "lifted"


# Sixth round counts: "among 430" at the end of a headline is the whole release the named people were part of; the
# receiving side's verbs ("brings home") and "letting ... go" are release sentences whose figures count.
SIXTH_COUNT_CASES: list[tuple[str, str, int | None]] = [
    ("Junta amnesty frees two editors among 430", "", 430),
    ("Former minister among 1,200 prisoners pardoned for independence day", "", 1200),
    ("Kyiv brings 84 servicemen home in latest swap", "", 84),
]


# Seventh round counts: more nouns for the freed ("convicts", "pupils", "policemen"), a bare figure after "pardons" or
# "amnesties", and one-for-one swaps whose sides are told by a surname alone or after a role ("star Griner ... dealer Bout").
SEVENTH_COUNT_CASES: list[tuple[str, str, int | None]] = [
    ("Lukashenko pardons 18 'extremism' convicts, including an opposition politician", "", 18),
    ("Niger state: 100 abducted St Mary's pupils freed, government says", "", 100),
    ("Serbia lets three Kosovo policemen go, 12 days after border arrest", "", 3),
    ("President amnesties some 800; former first lady to walk free", "", 800),
    ("Moscow frees US teacher Fogel in swap for crypto launderer Vinnik", "", 2),
    ("Estonian officer Kohver swapped for ex-policeman Dressen on border bridge", "", 2),
    # People the lede names as freed in the same event: "also freed", "at the same time", the other side of a swap.
    ("Aid worker Pieter de Vries home after Oman-brokered swap",
     "Tehran in exchange received Reza Karimi, a diplomat serving 20 years in the Netherlands.", 2),
    ("Jailed teacher Anna Kowalska freed after six years, flies home", "Her colleague Tomasz Nowak was also freed.", 2),
    ("Researcher Ahmed Salem pardoned a day after sentencing", "Rights lawyer Omar Farid was pardoned at the same time.", 2),
    # A counted side swapped for one person told by a demonym or a trade: "for jailed Afghan", "for convicted trafficker".
    ("Rebels hand over three Americans in exchange for jailed Afghan", "", 4),
    ("Kyiv frees 20 Russians in exchange for Ukrainian pilot", "", 21),
    ("Iran frees five Americans in exchange for Tehran's frozen funds", "", 5),
    ("Houthis free 20 sailors in exchange for Omani mediation", "", 20),
    ("Iran frees Nazanin Zaghari-Ratcliffe", "Foreign Secretary Liz Truss said Anoosheh Ashoori was also freed.", 2),
    ("Wall Street Journal reporter freed in prisoner swap", "Russia released Evan Gershkovich in a deal.", 1),
    # One person told by role ("lets jailed activist go", "father ... handed to"), two by a pair of roles.
    ("Militants free British mother and daughter held in Gaza", "", 2),
    ("Minsk lets jailed activist go after three years", "", 1),
    ("Kidnapped engineer's father handed to church mission after 12 days with rebels", "", 1),
]


LATE_COUNT_CASES = SIXTH_COUNT_CASES + SEVENTH_COUNT_CASES


@pytest.mark.parametrize(("title", "summary", "count"), LATE_COUNT_CASES, ids=[c[0][:60] for c in LATE_COUNT_CASES])
def test_late_rounds_released_count(title: str, summary: str, count: int | None) -> None:
    result = classify(title, summary)
    assert PRISONER_RELEASE in result.labels, (result.scores, result.evidence)
    assert result.facts.released_count == count


# Precision round: general structures of news text that told a release where there was none, or hid one.
PRECISION_LABEL_CASES: list[tuple[str, str, frozenset[str]]] = [
    # A prisoner transfer written with a hyphen: still held, in a prison at home.
    ("Filipina convict returns to Manila after years on death row abroad",
     "The woman, convicted of drug trafficking, was flown home under a prisoner-transfer deal and will serve the rest of "
     "her term in a Manila jail.", NONE),
    # Released pending appeal or under judicial supervision: the criminal case goes on, as with bail.
    ("Claude Dupont walks free from Paris prison pending appeal", "", NONE),
    ("Claude Dupont walks free from Paris prison under judicial supervision", "", NONE),
    # Captives of criminals: seized by a gang, freed once a ransom was paid. A militant group's captive is not one,
    # and "no ransom had been paid" is no such cause.
    ("Last kidnapped missionaries freed in Haiti",
     "The remaining members of the group, abducted by a gang in October, were released on Thursday, the charity said.", NONE),
    ("Kidnapped students freed after ransom, families say",
     "Twenty students abducted from their university were released after their parents paid a ransom.", NONE),
    ("Aid worker freed by al-Qaeda affiliate in Mali after six years", "The government said no ransom had been paid.", PR),
    # An early-release scheme to ease overcrowding is ordinary criminal justice; an amnesty for the same reason frees.
    ("Government frees 2,000 prisoners early to ease overcrowding",
     "The justice ministry said the scheme would free space in overcrowded jails.", NONE),
    ("Amnesty frees 3,000 inmates to ease overcrowding", "President's amnesty covers women, juveniles and the elderly.", PR),
    # A hijacking in the headline is a crime, as a gunman is.
    ("Police sniper ends bus hijacking, all hostages freed",
     "A man who held 30 passengers hostage on a bus for hours was shot dead by a sniper, and all hostages were freed "
     "unharmed.", NONE),
    # A pluperfect recalls a release before the news, unless a report tells the news in its tense.
    ("Cuban opposition leader's wife speaks to press",
     "The opposition leader had walked out of prison in January under a Vatican-mediated deal.", NONE),
    ("Cuban opposition leader's wife talks to reporters",
     "The opposition leader walked out of prison in January under a Vatican-mediated deal.", PR),
    ("Ukrainian soldiers back from Russian captivity", "Officials said 84 prisoners of war had walked free on Friday.", PR),
    # "Years after" looks back only before the release or onto it, not onto the abduction that the release ends.
    ("Australian doctor, 88, freed seven years after Burkina abduction", "", PR),
    ("Freed hostage opens school five years after release", "", NONE),
    # A month and a past year date the release: "freed in February 2021".
    ("Saudi activist's family holds news conference",
     "The women's rights campaigner was freed in February 2021 after almost three years in detention.", NONE),
    # A raid, an operation or a mission "to free" is a purpose, not a release; a raid that frees is one.
    ("US raid to free hostages in Yemen fails", "", NONE),
    ("Israeli raid frees four hostages in central Gaza", "", PR),
    # The object freed is read past "dozens of": ships are no captives.
    ("Grain corridor frees dozens of ships stuck in Ukrainian ports", "", NONE),
    ("Junta frees dozens of activists in new year amnesty", "", PR),
    # A negative quantifier as the object: hardly anyone was freed.
    ("Thousands still held two years after coup, monitor says",
     "The monitoring group says periodic amnesties have freed few of those detained for opposing the junta.", NONE),
    # Freed people describing their captivity: the news is their account.
    ("Israeli captives freed by Hamas describe their ordeal in tunnels", "", NONE),
    # The dead, or the suspects, on the other side of an exchange are not the freed.
    ("Israel frees five Hezbollah fighters in exchange for bodies of two soldiers", "", PR),
    ("Two Syrian prisoners freed after return of soldier's remains", "", PR),
    ("Chibok: 82 schoolgirls freed in exchange for Boko Haram suspects", "", PR),
    # A lede's reported "would" restates the headline's announcement; an offer in return for something does not.
    ("Cuba to free 52 political prisoners, church says",
     "The cardinal said the men, jailed in a 2003 crackdown, would be released over the coming months.", PR),
    ("Havana to free 553 prisoners as Washington eases sanctions",
     "Havana said it would gradually release 553 people after the US said it would take Cuba off a terrorism list.", BOTH),
    ("Hamas ready for 'all for all' prisoner exchange",
     "Its leader said it would free all captives in return for every Palestinian in Israeli jails.", NONE),
    # A word after a hyphen ends a compound modifier: an "export-control violator" is a person, not controls.
    ("Dancer Anna Petrova swapped for export-control violator Ivan Sokolov",
     "Sokolov had been charged with shipping microelectronics to Russian military suppliers.", BOTH),
    # A name not released is a name, and "two Austrians" are people.
    ("Oman says Iran has released two Austrians and a Dane", "The Dane's name was not released.", PR),
    # An all-lowercase headline's "turkey" that releases someone is the country; the bird is pardoned.
    ("turkey releases u.s. pastor andrew brunson", "", PR),
    ("President pardons two turkeys ahead of Thanksgiving", "", NONE),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PRECISION_LABEL_CASES, ids=[c[0][:60] for c in PRECISION_LABEL_CASES])
def test_precision_round_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert set(result.labels) == expected, (result.scores, result.evidence)


# The same, read by the rules alone (title, summary, body, expected).
PRECISION_RULES_CASES: list[tuple[str, str, str, frozenset[str]]] = [
    # Freed people describing their captivity below a later-life headline.
    ("Freed captives recount months in Gaza tunnels", "",
     "A week after their release, several of the 20 captives freed by Hamas have begun to describe their time in "
     "captivity.\nDoctors said most were malnourished.\nPalestinian prisoners freed in the same deal have also "
     "described beatings in detention.\nThe exchange was carried out under the first phase of the ceasefire.", NONE),
    # Out of detention while the trial goes on: ordinary criminal justice, as "pending trial" is.
    ("Impeached president walks out of detention after court cancels arrest",
     "He left a detention centre near Seoul after a court cancelled his arrest on procedural grounds; his insurrection "
     "trial continues.", "", NONE),
]


@pytest.mark.parametrize(("title", "summary", "body", "expected"), PRECISION_RULES_CASES,
                         ids=[c[0][:60] for c in PRECISION_RULES_CASES])
def test_precision_round_rules(title: str, summary: str, body: str, expected: frozenset[str]) -> None:
    result = classify(title, summary, body, models=NO_MODELS)
    assert set(result.labels) == expected, (result.scores, result.evidence)


def test_rules_read_a_homecoming_s_detention_in_the_next_paragraph() -> None:
    # The rules alone: the people the headline names were held, as the next sentences tell ...
    for title, body in (
        ("Mira Lane and Tom Reyes fly out of Tehran as London settles old debt",
         "Lane and Reyes left Iran on Wednesday on a flight to Oman, the Foreign Secretary said.\nLane had been held "
         "in Evin since 2016 and Reyes since 2017."),
        ("Japanese reporter Ken Ito flies out of Yangon after charges dropped",
         "Ito left Myanmar on Friday.\nHe had been detained in April while covering a protest."),
    ):
        assert classify(title, "", body, models=NO_MODELS).labels == (PRISONER_RELEASE,), title
    # ... not someone else held, nor "held up", nor a detention that ended long before or was no political one.
    for title, body in (
        ("Footballer Ali Karimi flies out of Tehran to join new club",
         "Karimi left Iran on Wednesday after signing a two-year contract.\nHe had been held up by visa delays."),
        ("Footballer Ali Karimi flies out of Tehran to join new club",
         "Karimi left Iran on Wednesday after signing a two-year contract.\nHis brother was arrested in 2019."),
        ("Tennis star Ivan Kos flies out of Melbourne after losing visa fight",
         "Kos flew out of Melbourne on Sunday after a court upheld the cancellation of his visa.\nHe had been held in an "
         "immigration detention hotel for several days."),
        ("Former envoy Tom Hale flies out of Beirut after charity visit",
         "Hale flew out of Beirut on Saturday after visiting refugee camps.\nHe was held hostage for nearly five years in "
         "the 1980s."),
        ("Basketball star Ana Cruz back home in Phoenix with Olympic gold",
         "Cruz arrived back home in Phoenix on Tuesday with her gold medal.\nShe spent ten months in Russian custody "
         "before a prisoner swap in 2022."),
    ):
        assert classify(title, "", body, models=NO_MODELS).labels == (), title


def test_story_model_may_not_flag_detainees_no_one_may_visit() -> None:
    sure = ShippedModels(trigger={}, story={t: _always(10.0) for t in TOPICS}, action={})
    for title in (
        "ICRC: no access to Palestinian detainees in Israeli custody since October 7",
        "Red Cross says it has had no access to detainees held since the war began",
    ):
        assert PRISONER_RELEASE not in classify(title, models=sure).labels, title


def test_a_figure_of_thousands_of_digits_is_no_count() -> None:
    # int() refuses strings of more than 4,300 digits; such a figure counts no one and must not crash the pipeline.
    from bot.grouping import counted

    story = "Iran frees " + "7" * 20_000 + " prisoners"
    assert classify(story).facts.released_count is None
    assert counted(story) == frozenset()
    assert counted("the " + "5" * 5_000 + "-for-" + "5" * 5_000 + " exchange") == frozenset()
    assert counted("Israel frees 39 Palestinian prisoners") >= {("prisoner", 39)}


# Mending round: the precision rules kept to what they were written for.
MEND_LABEL_CASES: list[tuple[str, str, frozenset[str]]] = [
    # 1. A ransom makes captors criminal only when no party to a conflict holds the captives and the ransom was paid;
    # a gang, bandits or a cartel are criminals unless the gang is a conflict force.
    ("Jihadist group frees three Filipino sailors after ransom paid", "", PR),
    ("Insurgents release Italian engineer after ransom was paid by his firm", "", PR),
    ("Kidnapped engineer freed in Nigeria",
     "The engineer was released after a ransom demand was refused by his employer, the police said.", PR),
    ("Ukrainian defenders captured by Wagner gang freed in swap", "", PR),
    ("Drug cartel frees kidnapped American tourists in Mexico", "", NONE),
    ("Abducted nurse freed after family paid ransom to kidnap gang", "", NONE),
    # 2. Overcrowding makes an early-release scheme only as the purpose of the release, and not when political
    # prisoners go free in it or it is a clemency.
    ("Belarus frees 12 political prisoners",
     "Rights groups said penal colonies remained harsh and urged steps to ease overcrowding.", PR),
    ("Junta frees 2,000 inmates, among them jailed reporters, to ease overcrowding", "", PR),
    ("Presidential clemency frees 3,000 inmates to relieve overcrowding", "", PR),
    ("Government frees 8,000 inmates to decongest jails", "", NONE),
    # 3. A standoff at an ordinary place, with the police, or of hours is a domestic crime; one with an army is not.
    ("Hostages freed after overnight standoff at Lyon supermarket", "", NONE),
    ("Gunman frees hostages after tense standoff with deputies", "", NONE),
    ("Hostages released unharmed after standoff at Dallas cafe", "", NONE),
    ("Rebels free 15 police officers after months-long standoff with army", "", PR),
    # 4. A pluperfect measured to a time of the news day, or told with an attribution after it, is the news.
    ("Crowds wait at the border crossing", "By Tuesday evening, Hamas had released all 12 remaining hostages.", PR),
    ("Sudan sides finish exchange", "Both sides had freed 60 captives, the ICRC said.", PR),
    ("Cuban opposition leader's wife gives interview",
     "The opposition leader had walked out of prison in January under a church-mediated deal.", NONE),
    # 5. A month and year of the arrest or the sentence date the detention, not the release.
    ("Azerbaijan frees reporter arrested in March 2022", "", PR),
    ("Myanmar frees poet sentenced in late 2021", "", PR),
    ("Saudi activist's family speaks to reporters",
     "The women's rights activist was freed in March 2021 after nearly three years in detention.", NONE),
    # 6. An agreed deal that only sets the order of its steps is no condition.
    ("Truce agreed: captives to be freed only after fighting stops on Monday", "", PR),
    ("Official says detainees will be freed only after the truce holds", "", NONE),
    # 7. Describing an ordeal, and an operation's purpose, hold only in their own clause.
    ("Two Thai hostages freed in new exchange; families describe their ordeal", "", PR),
    ("Operation to free captive nurses ends with all three released, army says", "", PR),
    ("Freed Thai farm workers describe their ordeal in Gaza tunnels", "", NONE),
    ("Commando operation to free hostages in Sahel fails", "", NONE),
    # 8. A figure-for-figure swap is of captives only in a war or between states; not shares, players or rotations.
    ("Board backs 3-for-2 share swap", "", NONE),
    ("Dodgers and Mets agree 2-for-1 swap of outfielders", "", NONE),
    ("Colleges agree 40-for-40 student exchange", "", NONE),
    ("Poland and Lithuania swap 250 troops in joint brigade rotation", "", NONE),
    ("Armenia and Azerbaijan carry out 15-for-15 exchange", "", PR),
    ("Ukraine says over 3,000 POWs returned since the war began",
     "In Friday's exchange, the two sides swapped 120 for 120.", PR),
    # 9. People named beside ships are freed with them; a number word before a capital in a Title-Case Headline is no
    # demonym.
    ("Iran frees 3 tankers and 25 crew members seized in Gulf", "", PR),
    ("Government Forces Free Three Towns From Militant Control", "", NONE),
    ("Oman says Iran has freed two Belgians and a Dane", "", PR),
    # 10. "Betting" and "hunger strikers" do not make sanctions sport; a sanctions law that targets someone is one.
    ("US Treasury sanctions illegal betting ring laundering funds for Iran", "", SA),
    ("UK sanctions Belarusian prison chiefs over treatment of hunger strikers", "", SA),
    ("Parliament passes sanctions law establishing asset freezes for foreign officials", "", SA),
    ("Chile's Congress sanctions law creating new marine reserve", "", NONE),
    ("FA sanctions goalkeeper over betting breaches", "", NONE),
]


@pytest.mark.parametrize(("title", "summary", "expected"), MEND_LABEL_CASES, ids=[c[0][:60] for c in MEND_LABEL_CASES])
def test_mend_round_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert set(result.labels) == expected, (result.scores, result.evidence)


TWELFTH_ROUND_LABEL_CASES = [
    # A move from prison to house arrest is no release, whatever the story model thinks of the words; its end is one.
    ("Venezuelan opposition leader moved to house arrest", "The Supreme Court let the jailed leader serve his sentence at "
     "home, and he was taken from a military prison to his house in Caracas.", NONE),
    ("Jailed journalist placed under house arrest pending trial", "A judge allowed the editor to leave prison and await "
     "trial at home after two years in detention.", NONE),
    ("Court ends house arrest of opposition leader", "", PR),
    # A walkout is a protest, not a release.
    ("Detainees' lawyers walk out of Guantanamo hearing", "", NONE),
    ("Detainees walk out of Guantanamo hearing in protest", "", NONE),
    ("Hostages walk out of captivity after 100 days", "", PR),
    # Bail in a case the story presents as one between states or as political is a release (corpus/README.md,
    # "Borderline releases"); ordinary bail is not.
    ("Hikers freed from Iran on bail, fly to Oman", "The two Americans left Evin prison after bail was posted for each; they "
     "had been held for two years on spying charges.", PR),
    ("Businessman freed on bail", "The former banker, held for two years on fraud charges, left prison after bail was "
     "posted.", NONE),
    ("Opposition MP granted bail in treason case", "", PR),
    ("German correspondent freed on bail after a year in Silivri prison", "", PR),
    ("Court grants bail to jailed Duterte critic after six years", "", PR),
    ("Man accused of murder granted bail", "", NONE),
    # The political word must name the one let out: not the victim, nor a party that comments; critics who speak make no
    # convict a political detainee.
    ("Man who stabbed TV reporter granted bail", "", NONE),
    ("Opposition slams court as ex-minister granted bail in graft case", "", NONE),
    ("Killer released early from prison; critics condemn decision", "Critics said the convicted murderer, released after "
     "serving half his term, should have stayed behind bars.", NONE),
    # A two-day exchange is no furlough; a move to house arrest told of an earlier time does not hold the release down.
    ("Russia and Ukraine complete two-day exchange of 1,000 prisoners each", "", PR),
    ("Junta frees opposition aide who had been moved to house arrest", "The junta freed the aide, who was moved to house "
     "arrest in April, on Monday.", PR),
    ("Court grants bail to banker in fraud case", "", NONE),
    # What follows "in exchange for" is the other side, not the object freed: bodies there are no other sense of "freed".
    ("Militant and four fighters freed in exchange for bodies of two soldiers", "", PR),
    # A release for a fixed time is a furlough; a headline's move to house arrest is no release, even with a release verb.
    ("Jailed activist granted three-week release from prison on medical grounds", "", NONE),
    ("Held for 1,000 days, Canadians land in Calgary", "Two Canadians held in China for more than 1,000 days landed in "
     "Calgary on Saturday.", PR),
    ("Tycoon released from jail into house arrest", "", NONE),
    ("Ex-president leaves prison for house arrest at military hospital", "", NONE),
    # Captors the text calls bandits make a kidnapping a crime (corpus/README.md, "Borderline releases").
    ("Kidnapped pupils freed after two weeks in bandits' hands", "", NONE),
    ("Abducted schoolgirls freed by bandits in Zamfara", "", NONE),
    ("Missionaries freed after two months in hands of Haitian gang", "", NONE),
    ("Reporter freed after a month in the hands of kidnappers in Baghdad", "", PR),
]


THIRTEENTH_ROUND_LABEL_CASES = [
    # A homecoming told in a swap of captives needs no other word of detention; a swap of players is no such thing.
    ("Ukraine says 90 women come home in all-female swap; Russia gets 92 back", "", PR),
    ("Sailors come home in crew swap with Russia and Ukraine", "", NONE),
    ("Two players come home in swap with Russian club", "", NONE),
    ("Expelled diplomats return home as Russia and Poland swap envoys", "", NONE),
    ("Welsh students come home after exchange year in Japan", "", NONE),
    ("Bodies of 757 fallen soldiers come home in exchange with Russia", "", NONE),
    # "Out of" a prison named, or of custody, is a release however the headline goes on; kept out of prison is not.
    ("Laura Petit and Marc Olivier out of Evin, sheltered at French embassy", "", PR),
    ("Activist Juma Obi out of police custody after three weeks, following court order", "", PR),
    ("Deal keeps Smith out of prison", "", NONE),
    ("Plea deal will keep ex-mayor out of jail", "", NONE),
    ("Letters smuggled out of Evin prison published in Paris", "", NONE),
    ("Lawyers locked out of Evin, families barred from visits after strike", "", NONE),
    ("Inmates evacuated out of Evin, sent to another prison", "", NONE),
    ("Out of prison, out of work: ex-offenders struggle to find jobs", "", NONE),
    # Bail of a detained artist, photographer, unionist, writer or academic is political bail; of a con artist, not.
    ("Artist Li Wen released on bail after 81 days in detention in Beijing", "", PR),
    ("Photographer walks out of Dhaka jail on bail after 107 days", "", PR),
    ("Con artist released on bail", "", NONE),
    ("Tattoo artist granted bail in murder case", "", NONE),
    # "Leaves ... a free man": a release where the context says people were held; a footballer's contract is no such thing.
    ("Dissident leaves court a free woman after judge drops charges", "", PR),
    ("Striker leaves club a free man after contract ends", "", NONE),
    # Scam centres, exile and evacuations named beside a release do not make it another event.
    ("Junta frees 5,800 prisoners in amnesty, including political detainees", "The military government released 5,864 "
     "prisoners on Saturday, among them political detainees, as it stepped up the repatriation of foreigners found in scam "
     "centres along the border.", PR),
    ("Leader pardons 18 political prisoners ahead of Independence Day", "The president pardoned 18 people convicted of what "
     "rights groups call politically motivated offences. Opposition leader Anna Kova, who has lived in exile since 2020, "
     "said more than 1,000 remain behind bars.", PR),
    ("Hundreds of foreigners evacuated from Gaza through Rafah crossing", "More than 400 foreign nationals were evacuated "
     "through the crossing on Wednesday, officials said.", NONE),
    ("Lukashenko pardons 16 prisoners convicted of 'extremism'", "The leader pardoned 16 prisoners convicted of 'extremism' "
     "on Tuesday. The pardons were welcomed by opposition leader Anna Kova, who has lived in exile since 2020.", PR),
    ("Hundreds of Indonesians held in Cambodian scam compounds return home", "More than 300 Indonesians who were held in "
     "online scam compounds returned home on Sunday, the foreign ministry said.", NONE),
    ("Let go of hostages now, Biden tells Hamas", "", NONE),
    # A ruler who frees acts for the state, as a government does.
    ("King frees 30 detainees on Throne Day", "", PR),
    # Oil released from a reserve, talks that ended without a deal, terms proposed, crews freed after pirates took a ransom,
    # and a furlough told as a suspension of sentence are no releases.
    ("President orders release of 1 million barrels a day from oil reserve", "", NONE),
    ("Delegation leaves Cairo without deal on truce, hostage release", "Talks on a ceasefire and the release of hostages "
     "ended without agreement on Thursday.", NONE),
    ("Leader puts 'all for all' prisoner release into his ten-point peace formula", "The president proposed a ten-point peace formula, one point of which is "
     "the release of all prisoners and deportees.", NONE),
    ("Crew of cargo ship free after pirates collect $3 million ransom", "", NONE),
    ("Jailed activist leaves Evin on three-week medical suspension of sentence", "The activist left Evin prison after the "
     "authorities suspended her sentence on medical grounds. She must return to prison when the suspension ends.", NONE),
    # Someone else due back in prison, a negated return and a clash of gangs in prisons leave a release as it is.
    ("Iran frees French couple Anne Roux and Paul Petit", "The couple left Evin prison on Tuesday, the foreign ministry "
     "said. Fellow prisoner Sara Nouri must return to prison when her medical leave expires.", PR),
    ("Belarus frees opposition figure and 13 others", "Fourteen political prisoners were driven to the Lithuanian border. "
     "None of them will return to prison once abroad, officials said.", PR),
    ("Jailed protesters freed after court ruling", "Twelve jailed protesters were freed on Tuesday after gangs clashed in "
     "city prisons, their lawyers said.", PR),
    # Coffins handed over free no one; captives of bandits or of scam compounds are victims of crime.
    ("Coffins of four hostages handed over in Khan Younis", "Hamas handed over four coffins it said held the bodies of "
     "hostages, the Red Cross said.", NONE),
    ("Pupils freed after two weeks in bandit captivity, governor says", "", NONE),
    ("Some 7,000 foreigners freed from Myawaddy scam compounds await repatriation", "", NONE),
]


FOURTEENTH_ROUND_LABEL_CASES = [
    # A demand's verb in its base form does not make it done: "demanding the government reach a deal to bring home".
    ("Union calls general strike after four hostages found dead",
     "Thousands protested across the country, demanding the government reach a deal to bring home the remaining captives.",
     NONE),
    ("Thousands march with soldier's family into the capital", "The parents of the soldier held in Gaza for three years "
     "ended a 12-day march at a protest tent, vowing to stay until he agrees a deal to bring their son home.", NONE),
    # "Amnesty, ..." before a demand is the organisation.
    ("Amnesty, Western governments urge Iran to release detained blogger", "", NONE),
    # A move to house arrest or confinement at home told in the headline holds the lede's "released" down too.
    ("Opposition leader released on bail from prison into house arrest",
     "The opposition leader was released on bail on Monday after a year in a remote prison.", NONE),
    ("Blind lawyer leaves prison, confined to village home", "", NONE),
    ("Jailed MP sent home under house arrest after two years in Rodeo prison", "", NONE),
    # The freed person's own calls in a clause of its own; an appeal court; an anniversary amnesty.
    ("Pro-democracy activist walks out of jail and joins calls for minister to quit", "", PR),
    ("Reporter walks out of Kigali prison as appeal court trims his sentence", "", PR),
    ("Laos frees thousands of prisoners in national anniversary amnesty", "", PR),
    # A political detainee who leaves a prison on bail; a company named before someone who walks out of detention; a
    # homecoming under a headline that tells a swap of captives.
    ("Iranian-American scholar Nadia Farahani leaves Evin on bail", "", PR),
    ("Google engineer Samir Haddad walks out of Syrian detention, 10 days on", "", PR),
    ("Kovacs, Lindqvist and Moreau home as part of largest East-West swap since the Cold War",
     "Three Americans landed at Andrews on Friday evening.", PR),
]
FOURTEENTH_ROUND_GUARD_CASES = [
    # Finite verbs after a cue of talks, delays or pressure tell what was done; a house arrest that ended is a release;
    # a verb in the past after "unless" is no condition of the release.
    ("After weeks of talks US strikes deal with Taliban to free two Americans", "", PR),
    ("After repeated delays Russia and Ukraine complete swap of 84 prisoners of war each", "", PR),
    ("Opposition leader freed after seven years under house arrest", "", PR),
    ("Nobel laureate, confined to her home for most of two decades, is freed", "", PR),
    ("Three Japanese hostages handed to clerics in Baghdad", "Three Japanese civilians seized by insurgents who had "
     "threatened to kill them unless Tokyo withdrew its troops from Iraq were handed over to Muslim clerics on Thursday.", PR),
]
FOURTEENTH_ROUND_ARRIVAL_CASES = [
    # Guantanamo detainees who arrive in a third country are freed; an arrested leader flown out is not.
    ("Four Guantanamo detainees arrive in Uruguay as refugees", "", PR),
    ("Ousted leader arraigned in New York after US special forces fly him out of Caracas", "", NONE),
]
FOURTEENTH_ROUND_REVIEW_LABEL_CASES = [
    # Guantanamo detainees who arrive at a court are not freed, nor are those resettled years ago.
    ("Guantanamo detainees arrive in courtroom as 9/11 hearings resume", "", NONE),
    ("Guantanamo detainees arrive in Washington for trial", "", NONE),
    ("Guantanamo prisoners resettled in Kazakhstan remain under watch, report says", "", NONE),
]
TWENTIETH_ROUND_LABEL_CASES = [
    # One side traded for the other, where a word of detention is near; players, currencies and goods are traded too.
    ("US trades convicted Afghan Khan Mohammad for Americans Ryan Corbett and William McKenty", "", PR),
    ("Russia trades jailed American basketball star for arms dealer Viktor Bout", "", PR),
    ("Lakers trade injured guard for Hornets forward Miles Bridges", "", NONE),
    ("Yankees trade pitcher Javier Vazquez for Atlanta prospect", "", NONE),
    ("Dollar trades lower for third day against Euro as jailed banker's trial opens", "", NONE),
    # Detainees sent from Guantanamo to another country are freed from it; those sent to a court, to a camp or
    # into Guantanamo are not, nor those resettled long ago.
    ("11 Yemenis held at Guantanamo transferred to Oman", "", PR),
    ("Pentagon sends two Guantanamo prisoners to Senegal", "", PR),
    ("Guantanamo detainee repatriated to Algeria after 12 years without charge", "", PR),
    ("Guantanamo detainee sent to New York for trial", "", NONE),
    ("Terror suspect captured in Pakistan transferred to Guantanamo", "", NONE),
    ("Guantanamo prisoner transferred to Camp Five after hunger strike", "", NONE),
    # A review's near misses: what is traded is no person ("captivity for a Senate seat", "Moscow for Kazakhstan", "Beirut
    # memories for a Fringe show"), and a Guantanamo detainee sent to be tried, to a hospital or a brig, jailed on
    # arrival, or a former detainee's later life.
    ("Former FARC hostage trades captivity for Senate seat in Colombia vote", "", NONE),
    ("Tennis star trades Moscow for Kazakhstan after father detained", "", NONE),
    ("Former hostage Terry Waite trades Beirut memories for Edinburgh Fringe show", "", NONE),
    ("Airline trades Airbus jets for Boeing order; jailed pilots' union protests", "", NONE),
    ("Two Guantanamo detainees sent to Italy to face terrorism prosecution", "", NONE),
    ("Guantanamo detainee resettled in Serbia says he lives in fear", "", NONE),
    ("Ex-Guantanamo inmates resettled in Uruguay protest outside US embassy", "", NONE),
    ("Guantanamo detainee transferred to Naval Hospital after hunger strike", "", NONE),
    ("Congress bars funds to send Guantanamo detainees to US soil", "", NONE),
    ("Guantanamo detainee repatriated to Russia jailed on arrival", "", NONE),
]
# A political detainee the headline lets out after a term, or on bail, with no ordinary offence told; "advocate" before a
# name is the person's role, not a plea for a release.
THIRTY_FIRST_ROUND_LABEL_CASES = [
    ("Uyghur rights advocate Ilham Sadiq walks free after seven-year sentence", "", PR),
    ("Jailed reporter Ahmed Karimov leaves prison after nine months", "", PR),
    ("Student union leader Aung Ko walks out of jail after eight years", "", PR),
    ("Student leader jailed for stabbing classmate walks out of prison", "", NONE),
    ("Sports journalist freed on bail after drink-driving crash", "", NONE),
    ("Recording artist walks free after serving 18 months for drug trafficking", "", NONE),
    ("Opposition leader's son freed on bail over drugs", "", NONE),
    ("Activists' attacker freed on bail", "", NONE),
    ("Scholars divided as court frees ex-president's banker on bail", "", NONE),
    ("Press freedom advocate Jane Moore says jailed reporters must be freed", "", NONE),
    ("Senators Advocate Prisoner Swap to Free Jailed Marine", "", NONE),
    ("Lawyers advocate Gershkovich release at UN rights council", "", NONE),
    ("Student leader freed early for good behaviour after campus brawl term", "", NONE),
]
THIRTY_SECOND_ROUND_LABEL_CASES = [
    # Teenagers and youths held by a state are people freed; "youth" as a modifier is not.
    ("Tajikistan frees two Kyrgyz teenagers detained on disputed border", "", PR),
    ("Teenager released by Tajik border guards", "", PR),
    ("Government releases youth unemployment figures", "", NONE),
    ("Government releases youth unemployment data", "", NONE),
    # A headline that opens on a film, book or report about the held releases the work, not them.
    ("Documentary on youths detained in Belarus released", "", NONE),
    ("Film about journalists jailed in Iran released", "", NONE),
    ("Teens jailed in Iran released", "", PR),
]
THIRTY_THIRD_ROUND_LABEL_CASES = [
    # Separatists and the armed groups named are a party to a conflict: the people they free are released captives.
    ("Cameroon separatists release eight university lecturers seized in Bamenda", "", PR),
    ("Armed groups free 13 Central African herders taken in Ouham", "", PR),
    # Trades and callings that a state or armed group holds are people it frees, in a Title Case Headline too.
    ("Houthis release three Yemeni pharmacists working for WHO", "", PR),
    ("RSF frees nine Chadian herdsmen held in Darfur", "", PR),
    ("ELN Rebels Release Seven Peasants Held in Arauca", "", PR),
    ("JNIM Releases Five Burkinabe Veterinarians After Three Months", "", PR),
    # ... only where they are told as taken or an armed group holds them: not demobilised, quarantined or given aid.
    ("Army Releases Fifty Reservist Physicians From Service", "", NONE),
    ("Relief Agency Releases Food For Eight Thousand Nomads", "", NONE),
    ("Four pharmacists freed from quarantine after testing negative for Marburg", "", NONE),
    ("Customs Releases Goods Of Two Hundred Traders Held At Seme Border", "", NONE),
    ("Saudi Arabia Releases Seven Thousand Hajj Slots For Nigerian Pilgrims", "", NONE),
    ("Company releases 300 employees", "", NONE),
    ("Bank releases 40 traders after losses", "", NONE),
    ("Museum releases photos of seven pilgrims", "", NONE),
    # ... while products, films and players told by a figure stay other senses of "release".
    ("Apple releases three new routers", "", NONE),
    ("Netflix releases two thrillers", "", NONE),
    ("Studio releases two blockbusters this summer", "", NONE),
    ("Club releases three Brazilian strikers ahead of new season", "", NONE),
]
THIRTY_SIXTH_ROUND_LABEL_CASES = [
    # A siege at a bank or a shop is a crime ended by the police.
    ("Jordanian police end bank siege, free six hostage employees",
     "A gunman who tried to rob a bank branch in Amman held staff for four hours before surrendering.", NONE),
    # A move to house arrest frees no one, unless the headline tells the deal that frees them.
    ("Iran moves four detained Americans from Evin prison to house arrest",
     "Lawyers said he and three other US citizens were let out of the prison on Thursday and taken to a hotel under guard, "
     "where they remain in custody.", NONE),
    ("Iran moves five Americans to house arrest in deal that would free them and unlock $6bn",
     "Iran has moved four American prisoners from Evin prison to house arrest, the first step of an agreement under which "
     "they and a fifth American are to be allowed to leave the country, US officials said.", PR),
    # A release revoked is undone; a furlough "but must return" is no release.
    ("Cuban dissident Ferrer back in prison after court revokes his release",
     "The Supreme Court said the opposition leader had breached the terms of his conditional freedom.", NONE),
    ("Narges Mohammadi granted three-week suspension of sentence for medical treatment",
     "The Nobel peace laureate left Evin on Wednesday after surgery, her family said, but must return to prison once the "
     "leave expires.", NONE),
    # Currencies and animals set free.
    ("Egypt frees the pound: central bank floats currency, raises rates 300 basis points", "", NONE),
    ("Oman releases 40 Arabian oryx into Jiddat al-Harasis reserve",
     "The Environment Authority said the animals, bred in captivity, were fitted with GPS collars before being set free.", NONE),
    # An amnesty for people none of whom is in prison frees no one.
    ("Ecuador's assembly approves amnesty for 268 people charged over protests",
     "The measure covers indigenous leaders and students prosecuted since 2008. None of them is currently in prison, "
     "legislators said.", NONE),
    ("Shining Path releases 71 pipeline workers unharmed after two days", "", PR),
    ("Eighty Indian fishermen return home from Karachi jail in time for Diwali", "", PR),
    # Offenders and migrants deported, migrants amnestied, pupils freed by gunmen after a ransom, people jailed.
    ("UK deports 43 Jamaican offenders on charter flight", "The Home Office said all had been convicted of serious crimes.", NONE),
    ("Nicaragua deports 222 political prisoners to US", "", PR),
    ("Government announces amnesty for 500,000 undocumented migrants", "The measure will give work permits to people who "
     "have lived in the country for at least two years.", NONE),
    ("Gunmen release 137 pupils in Kaduna after ransom, parents say",
     "Police described the kidnappers as bandits who have terrorised the region for years.", NONE),
    ("Activist among 12 jailed over anti-government protest",
     "A court in Almaty sentenced the protesters to terms of up to five years.", NONE),
    # Why the freed were held is no demand: protests, a coup attempt, a March election, a court of appeal, a protest medic.
    ("Togo: 45 people detained after the 2017 protests released under the ECOWAS roadmap", "", PR),
    ("Chad: court of appeal frees 139 people convicted over the 20 October protests", "", PR),
    ("Brazzaville: 34 opposition supporters detained after the March election released", "", PR),
    ("Gabon: the five soldiers jailed over the January 2019 coup attempt freed by the transition", "", PR),
    ("Baghdad protest medic Saba al-Mahdawi freed a week after abduction by suspected militia", "", PR),
    ("Activists stage protest demanding release of detained journalists", "", NONE),
    ("Court of Appeal reserves judgment on release of jailed opposition leader", "", NONE),
    ("Protest leaders give Tbilisi 48 hours to free detained students",
     "Student unions gave the Georgian government 48 hours to free 30 students detained at the rally.", NONE),
    ("Protest activists occupy ministry over detained students' release",
     "About 40 protest activists occupied the lobby over the release of students detained at last week's rally.", NONE),
    ("Protest organisers say 12 detained members freed", "", PR),
    # (an occupied place is no occupation in protest)
    ("Palestinian prisoners from occupied Jerusalem freed in fourth exchange", "", PR),
    ("Tibetan monk jailed in Chinese-occupied Tibet released after 20 years", "", PR),
    ("Court of Appeal to rule Friday on release of Jimmy Lai", "", NONE),
    ("Court of Appeal sets hearing on release of jailed Tanzanian opposition leader", "", NONE),
    # ... but a court that rules and frees in the same clause frees.
    ("Judge sets a hearing and releases jailed Kurdish journalist pending trial", "", PR),
    ("Court due to rule on Friday frees opposition leader early", "", PR),
    ("Serbian protest activists freed from custody", "Police freed six student protest activists on Monday.", PR),
    # Two places freed from an army are no surnames.
    ("Kupiansk and Lyman freed from Russian forces, Ukraine says", "", NONE),
    # (particles of Arabic names only: "da Vinci" names no person)
    ("Italian court releases Leonardo da Vinci drawing held by customs",
     "A court in Rome ordered the release of a Leonardo da Vinci drawing held by customs at Fiumicino airport.", NONE),
    # A hunger strike and administrative detention tell a political detainee; a name with "al-" is a person.
    ("Khader Adnan walks free after 66-day hunger strike", "", PR),
    ("Maher al-Akhras freed after 103-day hunger strike", "", PR),
    ("Khalil Awawdeh released from administrative detention after 182-day hunger strike", "", PR),
    # "No word on" a captive is no release.
    ("No word on Imad Amhaz months after Israeli commandos seized him in Batroun, family says",
     "The sea captain was not among the five Lebanese detainees returned in March.", NONE),
]


def test_detainees_left_out_of_an_exchange_are_not_freed() -> None:
    result = classify(
        "Lebanon asks why its detainees were left out of the Gaza exchange",
        "Officials say at least a dozen Lebanese are still held in Israel, among them a sea captain seized in Batroun.",
        "Lebanese officials and the families of detainees held in Israel said on Wednesday that they felt abandoned after "
        "Monday's exchange in Gaza, which brought home the last living Israeli hostages but included no Lebanese prisoners.\n"
        "Speaker Nabih Berri's office said the government should demand the release of at least twelve Lebanese held since "
        "the 2024 war.")
    assert PRISONER_RELEASE not in result.labels, (result.scores, result.evidence)
THIRTY_FIFTH_ROUND_LABEL_CASES = [
    # Clemency for a counted crowd of prisoners frees them, whoever grants it and whatever anniversary it marks ...
    ("Museveni pardons 833 inmates to ease congestion", "", PR),
    ("Mirziyoyev pardons 284 convicts ahead of 34th anniversary of Independence", "", PR),
    # ... not people serving sentences outside prison.
    ("Tokayev pardons 12 convicts serving non-custodial sentences", "", NONE),
    ("Governor pardons 10 convicts who have already completed their sentences", "", NONE),
    ("Khamenei pardons more than 2,000 prisoners on anniversary of the Islamic Revolution", "", PR),
    # ... but an anniversary that recalls an old release is a freed person's later life.
    ("Armenia marks independence anniversary; POWs freed in 1994 swap honoured", "", NONE),
    ("Dutch remember prisoners freed from camps on Liberation Day anniversary", "", NONE),
    # A state returning people told as held.
    ("Baku returns two Armenian servicemen detained after straying across the border", "", PR),
    ("Arakan Army returns 31 Bangladeshi fishermen seized in Naf river", "", PR),
    # (not their belongings, a deportation, a handover for trial or an election)
    ("Police return two stolen cars seized in raid", "", NONE),
    ("Authorities return passports of activists detained last year", "", NONE),
    ("US returns 120 Guatemalan nationals detained at the border", "", NONE),
    ("Kenya returns a Ugandan opposition figure detained in Nairobi to Kampala, where he faces treason charges", "", NONE),
    ("Voters return two women jailed over protests to parliament", "", NONE),
]


THIRTY_FOURTH_ROUND_LABEL_CASES = [
    # Political detainees let out on bail by a plural subject's "release" or "free" ...
    ("Cambodian courts release about 70 jailed opposition activists on bail", "", PR),
    ("Senegal courts release 300 opposition supporters on bail", "", PR),
    ("Russian courts release anti-war activists on bail", "", PR),
    # ... not the ordinary accused beside journalists or activists who watch, protest or were their victims.
    ("Courts free 40 rioters on bail as journalists wait outside", "", NONE),
    ("Kenyan courts free MPs on bail, activists furious", "", NONE),
    ("Courts release thugs who kidnapped journalist on bail", "", NONE),
    ("Courts free developers who bulldozed artists' studios on bail", "", NONE),
    ("Police officers walk free on bail as journalists protest verdict", "The officers are accused of killing a teenager during a raid in Nairobi.", NONE),
    ("Courts release customs officers journalists accused of graft on bail", "", NONE),
    ("Courts release officers in activist torture case on bail", "", NONE),
    ("Will courts release the jailed journalists on bail? Hearing set for Monday", "", NONE),
    # ... nor a release declined.
    ("Judges decline to free opposition activists on bail in Harare", "", NONE),
    ("Magistrate declines to release jailed journalists on bail", "", NONE),
]
THIRTY_EIGHTH_ROUND_LABEL_CASES = [
    # People held since a vigil are held in a political case; a West African court "discharges" activists it held;
    # "releases N hajj slots" and "N tonnes of wheat" are other senses.
    ("Malawi police release 27 demonstrators arrested at Capital Hill vigil",
     "They were released without charge after two nights in police custody.", PR),
    ("Ghana: Court discharges 12 #FixTheCountry activists", "", PR),
    ("Court discharges 40 suspects in robbery case", "", NONE),
    ("Italian court releases Leonardo da Vinci drawing held by customs",
     "A court in Rome ordered the release of a Leonardo da Vinci drawing held by customs at Fiumicino airport since March.",
     NONE),
    ("Saudi Arabia Releases Seven Thousand Hajj Slots For Nigerian Pilgrims", "", NONE),
    ("Saudi Arabia releases 400 hajj buses for pilgrims", "", NONE),
    # An "election landslide" is no disaster, a "fish farm manager" no fish, an "appeals court" no appeal, a rally where
    # someone was detained no campaign for them; "back from captivity" frees; a hashtag may stand before "protesters".
    ("King pardons 14 CNRP activists after Hun Sen's election landslide", "", PR),
    ("Abu Sayyaf frees Chinese fish farm manager seized in Sabah", "", PR),
    ("Baku appeals court frees rights lawyer Intigam Aliyev, converting sentence to suspended term", "", PR),
    ("Student detained at pro-EU rally freed after prosecutors drop charges", "", PR),
    ("Russian MoD: 103 servicemen captured in Kursk region back from Ukrainian captivity", "", PR),
    ("Court grants bail to 49 #OccupyJulorbiHouse protesters", "", PR),
    ("Man arrested at protest for carrying a knife released on bail",
     "A 32-year-old man arrested at a demonstration in central London for carrying a knife has been released on bail.", NONE),
    # A passive mass pardon; a border handover of detained citizens; police freeing a journalist; crimes a clemency
    # leaves out; insurrection charges; people convicted over unrest; grain freed from a blockade is another sense.
    ("In accordance with the principle of humanism: 104 convicts pardoned ahead of Kurban Hayit", "", PR),
    ("Kyrgyz and Tajik border services return 11 detained citizens each", "", PR),
    ("Malawi police free investigative journalist Gregory Gondwe without charge", "", PR),
    ("Mswati pardons 400 inmates to mark his 50th birthday",
     "The correctional services said beneficiaries include elderly prisoners and first offenders; those convicted of murder "
     "and rape do not qualify.", PR),
    ("Cambodian appeals court drops insurrection charges against radio owner Mam Sonando, freeing him", "", PR),
    ("Ukrainian Grain Freed From Blockade As Black Sea Corridor Opens",
     "The first ships carrying Ukrainian corn left Odesa under the UN-brokered deal.", NONE),
    # Cartel gunmen are criminal captors; a question after the release verb is no release.
    ("Mexico: Cartel Gunmen Free Kidnapped Americans; Two Dead",
     "Two of the four Americans kidnapped in Matamoros were found alive; the gang handed over five of its members to police.",
     NONE),
    ("Brazil Releases Bolsonaro? Supreme Court Orders House Arrest", "", NONE),
    # Title Case read in sentence case keeps a name of two name words: "Amnesty International" is no amnesty.
    ("Uganda: Amnesty International Urges Museveni To Free Besigye", "", NONE),
    ("Punjab: 14 Held For Unlawful Assembly, Rioting In Land Dispute Get Bail",
     "The 14 men, arrested after a clash over a disputed plot, were granted bail by a local court.", NONE),
]
THIRTY_SEVENTH_ROUND_LABEL_CASES = [
    # Bail or parole of a political detainee: the role told by the next sentence ("The veteran opposition leader was
    # detained ..."), or by a sentence of the lede that lets the political detainee out; a strike leader; a case the story
    # calls political (insulting the president, national security or spying arrests, people held after a protest whom the
    # police free).
    ("Kizza Mwesigwa and nine party officials freed on police bail",
     "The veteran opposition leader was detained on Monday after calling for a boycott of the vote.", PR),
    ("Ndaba and six others freed on bail after march arrests",
     "A magistrate released the opposition leader and his co-accused on bail and told them to report weekly.", PR),
    ("Jailed oil strike leader Gulnara Bekova released on parole", "", PR),
    ("Novelist Okello Kagwa released on bail",
     "The author, detained for posts insulting the president, was freed by a magistrate on Tuesday.", PR),
    ("Bishop Lam and singer Mei Chan released on bail after national security arrests", "", PR),
    ("Beijing releases Japanese professor on bail after spying detention", "", PR),
    ("Police free more than 40 villagers detained after land protest", "", PR),
    ("Courts grant bail to 27 Tamil political prisoners", "", PR),
    # ... not a suspect whose lawyer calls the case fabricated, one held over a death or a crime at a protest, industrial
    # espionage, nor courts that grant bail in general.
    ("Pop star Lina Ray released on bail; lawyer says case is fabricated", "", NONE),
    ("Police officer held over deaths at protests freed on bail",
     "The constable, charged with the murder of a hawker during the protests, was released on a bond.", NONE),
    ("45 held for looting during Nairobi protests freed on bail", "", NONE),
    ("Former chipmaker executive in chip espionage case released on bail", "", NONE),
    ("Indian courts rarely grant bail to activists held under anti-terror law, study finds", "", NONE),
    ("Teen arrested over threats to bomb protest released on bail", "", NONE),
    ("Four men arrested after clashes at city rally released on bail",
     "Police said the four men arrested after clashes at a rally in the city centre had been released on bail.", NONE),
    # ... nor a job presented in the next sentence ("The journalist was arrested ... in a property dispute"), nor a
    # leader accused of an ordinary crime.
    ("Ravi Menon freed on bail", "The journalist was arrested last week on a complaint by his neighbour in a property dispute.",
     NONE),
    ("Union leader charged with embezzlement granted bail",
     "The High Court granted bail to a transport workers' union leader accused of embezzling union funds.", NONE),
    # ... nor a lorry driver whose headline is followed by a sentence about the opposition leader.
    ("Truck driver in Bobi Wine convoy incident freed on bail",
     "The opposition leader was detained briefly by police after the incident.", NONE),
    # Captives returned or handed over by their captors; a reason after "freed" is no object ("freed over ... video").
    ("Militants return 76 kidnapped schoolgirls to their village; two still held", "", PR),
    ("Red Cross facilitates handover of 31 soldiers held by rebels in Goma", "", PR),
    # ... not the dead, weapons or territory.
    ("Hamas returns four deceased hostages in Khan Younis handover", "", NONE),
    ("Handover of 1,500 weapons captured by the army to UN completed", "", NONE),
    # ... nor people returned or handed over by kidnappers for ransom or by traffickers.
    ("Kidnappers return 12 abducted schoolgirls in Zamfara after ransom paid", "", NONE),
    ("Authorities oversee handover of 40 women held by traffickers to IOM", "", NONE),
    ("Three state TV reporters freed over video of president; one colleague still detained", "", PR),
    ("Defence ministry releases over the weekend photos of captured soldiers", "", NONE),
    # A house arrest lifted from a suspect of an ordinary crime, or revoked, frees no political detainee.
    ("Judge lifts house arrest on former police chief accused of torture", "", NONE),
    ("Argentine court lifts house arrest on former police chief accused of torture",
     "A federal court lifted the house arrest of a former police chief accused of torturing detainees under the "
     "dictatorship. Human rights groups condemned the decision.", NONE),
    ("Judge revokes ex-president's house arrest, orders him to federal police cell", "", NONE),
    # A bank siege is a crime ended by the police, not a siege a prisoner was jailed over long ago.
    ("Marksmen end Porto bank siege, two hostages freed",
     "One gunman was killed and another wounded when police opened fire at the branch after a six-hour standoff.", NONE),
    ("Israel frees Palestinian jailed over 1984 bank siege as 60 prisoners released",
     "Israel released 60 Palestinian prisoners under the ceasefire agreement, among them a man who had served 40 years.", PR),
    # Other senses: a report's round-up, a documentary on a swap, a footballer released by his club.
    ("Nicaragua frees 12 detained in round-up of Catholic priests", "", PR),
    ("Press freedom group releases 2025 round-up: 520 journalists behind bars worldwide",
     "The annual tally finds China, Myanmar and Belarus holding the most, with 50 others held hostage in Syria and Yemen.", NONE),
    ("Documentary on the 2022 prisoner swap to be released next month", "", NONE),
    ("Ghana striker released by Egyptian club after one season", "", NONE),
    ("Prisoners released by the Houthi side arrive in Marib", "The ICRC said 48 detainees were flown in from Sanaa.", PR),
    # Criminal captors: a gang's captivity, a bandits' camp, a pirates' hideout.
    ("Kidnapped aid workers free after six weeks in gang captivity", "The gang had demanded a ransom.", NONE),
    ("Zamfara: 112 pupils and staff freed from bandits' camp; UNICEF welcomes their return",
     "The children were taken from their school last month by gunmen the governor described as bandits seeking a ransom.", NONE),
    ("Coast guard storms pirate hideout, frees 15 hostages", "", NONE),
    # A pardon of someone not in custody.
    ("President pardons blogger Ivan Roshchin, who has been living at liberty since last year",
     "Roshchin, arrested in 2021, was sentenced this month but was never returned to prison.", NONE),
    ("Leader 'pardons' exiled journalist sentenced in absentia", "", NONE),
]
LATE_ROUND_LABEL_CASES = (TWELFTH_ROUND_LABEL_CASES + THIRTEENTH_ROUND_LABEL_CASES + FOURTEENTH_ROUND_LABEL_CASES
                          + FOURTEENTH_ROUND_GUARD_CASES + FOURTEENTH_ROUND_ARRIVAL_CASES
                          + FOURTEENTH_ROUND_REVIEW_LABEL_CASES + TWENTIETH_ROUND_LABEL_CASES
                          + THIRTY_FIRST_ROUND_LABEL_CASES + THIRTY_SECOND_ROUND_LABEL_CASES
                          + THIRTY_THIRD_ROUND_LABEL_CASES + THIRTY_FOURTH_ROUND_LABEL_CASES
                          + THIRTY_FIFTH_ROUND_LABEL_CASES + THIRTY_SIXTH_ROUND_LABEL_CASES
                          + THIRTY_SEVENTH_ROUND_LABEL_CASES + THIRTY_EIGHTH_ROUND_LABEL_CASES)


@pytest.mark.parametrize(("title", "summary", "expected"), LATE_ROUND_LABEL_CASES, ids=[c[0][:60] for c in LATE_ROUND_LABEL_CASES])
def test_late_round_labels(title: str, summary: str, expected: frozenset[str]) -> None:
    result = classify(title, summary)
    assert set(result.labels) == expected, (result.scores, result.evidence)


# The rules alone decide these (the story models cannot mend them): bail in a case the story tells as political (treason,
# sedition, lese-majeste, a case under an ICT or Digital Security Act, a critic of the government, Evin) lets a political
# detainee out, and ordinary bail does not; the dead exchanged "after bodies of" captives were handed over are the other
# side, not a death in the release.
FIFTEENTH_ROUND_RULE_LABEL_CASES = [
    ("Samuel Banda walks out of Gulu prison after treason bail", "", True),
    ("Karim Hasan walks out of Dhaka jail after 90 days",
     "Hasan was granted bail in a case filed under the Digital Security Act.", True),
    ("British engineer Tom Hale leaves Evin on $300,000 bail, flies to Muscat", "", True),
    ("Man accused of stabbing walks out of Leeds prison on bail", "", False),
    ("Israel frees more than 300 Palestinians after bodies of two captives handed over", "", True),
    # A homecoming told with the time spent held: "home after ... as AQIM hostage", "after four years in Belarusian jails".
    ("Swede Lars Holm home after nearly five years as AQIM hostage", "", True),
    ("Andrei Petrov reaches Vilnius after four years in Belarusian jails", "", True),
    # Up to six words between "hands" and "to <mediators>": "hands six Djiboutian prisoners of war to Qatari mediators".
    ("Eritrea hands six Djiboutian prisoners of war to Qatari mediators", "", True),
    # Guards: the charge, the law or the prison tells of no political case beside an ordinary crime; "leaving them in
    # custody" is no release.
    ("Bangladesh: man held under ICT Act for online betting scam gets bail",
     "A Dhaka court granted bail to a man arrested for running a betting website that cheated customers, in a case filed "
     "under the ICT Act.", False),
    ("Tehran jeweller accused of fraud freed on bail from Evin",
     "A jeweller charged with defrauding customers was released on bail from Evin prison, the judiciary said.", False),
    # Prisoners of war who "return from" the other state, a penal colony left, a homecoming in an exchange in which others
    # "go the other way"; not inmates who return to their cells, nor a colony of bees.
    ("Twelve Armenian prisoners of war return from Azerbaijan with US help", "", True),
    ("Activist Oleg Petrov out of Babruysk penal colony after three years", "", True),
    ("Fifteen Ukrainians come home, 10 go the other way in first Donbas exchange since June", "", True),
    ("Inmates return to their cells after riot", "", False),
    # Other talks that open are no intent; an opposition leader "out of jail" on bail is a political detainee let out;
    # people "held in Edirne since March" who "return to Greece"; not ministers held in a city for talks.
    ("Opposition leader Ana Ruiz freed as Venezuela talks open in Mexico", "", True),
    ("Georgian opposition leader Levan Kapanadze out of jail after EU pays his bail", "", True),
    ("Two Greek soldiers held in Edirne since March return to Greece", "", True),
    ("Ministers held in Geneva for talks return to Brussels", "", False),
    # Guards from the third review: talks that are the release's own, people held somewhere by a job, a storm or
    # traffickers.
    ("Hostages freed? Talks open on second phase of Gaza truce", "", False),
    ("Prisoner swap talks begin between Russia and Ukraine in Istanbul", "", False),
    ("Police officers held in Paris for Olympic security return to Marseille", "", False),
    ("Fishermen held in port by storm return to Dakar", "", False),
    ("Migrant workers held in Libya by traffickers return to Nigeria", "", False),
    ("Swede Lars Holm home after six years with AQIM",
     "Holm was kidnapped in Timbuktu in 2011 with two other tourists.", True),
    ("Bee colony collapse worries farmers", "", False),
    ("Treason bail hearing for Eswatini activists adjourned again",
     "The High Court postponed a bail application by three pro-democracy activists to next month, leaving them in custody.",
     False),
]


@pytest.mark.parametrize(("title", "summary", "released"), FIFTEENTH_ROUND_RULE_LABEL_CASES,
                         ids=[c[0][:60] for c in FIFTEENTH_ROUND_RULE_LABEL_CASES])
def test_fifteenth_round_rule_labels(title: str, summary: str, released: bool) -> None:
    score = classify_rules(title, summary)[PRISONER_RELEASE]
    assert (score >= DEFAULT_THRESHOLDS[PRISONER_RELEASE]) is released, score
    assert (PRISONER_RELEASE in classify(title, summary).labels) is released


SIXTEENTH_ROUND_RULE_LABEL_CASES = [
    # "Amnesty" before what an organisation does (urges, calls, demands) is Amnesty International, not an amnesty.
    ("Amnesty urges Laos to free three jailed labour activists", "", PRISONER_RELEASE, False),
    ("Amnesty calls on Cuba to release all political prisoners", "", PRISONER_RELEASE, False),
    ("Amnesty frees 300 political prisoners in Yangon", "", PRISONER_RELEASE, True),
    # Let out "temporarily", or out of prison "for two weeks" with the prison named between: a furlough.
    ("Former premier let out of prison temporarily on health grounds", "", PRISONER_RELEASE, False),
    ("Jailed blogger temporarily let out of Insein prison amid virus fears", "", PRISONER_RELEASE, False),
    ("Jailed activist Sara Lotfi spends two weeks with her family",
     "Lotfi has been allowed out of Tehran's Evin prison for two weeks on medical grounds.", PRISONER_RELEASE, False),
    # A national sports body named after its country, or a body approving casinos, sanctions no state.
    ("Cricket Australia sanctions three players over ball-tampering", "", SANCTIONS, False),
    ("Rugby Australia sanctions Folau over social media posts", "", SANCTIONS, False),
    ("Japan's parliament sanctions two casino resorts", "", SANCTIONS, False),
    ("Australia sanctions three Russian officials over Navalny death", "", SANCTIONS, True),
    # An order to a state to free someone is a demand still to be obeyed; a court ordering a release is one.
    ("UN rights court orders Azerbaijan to release jailed journalist", "", PRISONER_RELEASE, False),
    ("Court orders release of jailed journalist Ali Karimli after two years in detention", "", PRISONER_RELEASE, True),
    # An amnesty law agreed or debated is legislation, not a release; exiles who come home were never held.
    ("Premier wins vote after agreeing to an amnesty law for separatist leaders", "", PRISONER_RELEASE, False),
    ("Exiled Bahraini activists fly home after king's amnesty", "", PRISONER_RELEASE, False),
    # Prisoners who "tunnel out" escape.
    ("Five prisoners tunnel out of Evin jail", "", PRISONER_RELEASE, False),
    # Temporary leave in the headline, an amnesty for officials at liberty, a census, posts "sanctioned".
    ("Iran sends 20,000 prisoners home on temporary leave as virus spreads", "", PRISONER_RELEASE, False),
    ("Taliban announce general amnesty for government officials, urge them back to work", "", PRISONER_RELEASE, False),
    ("Census puts population at 50 million",
     "Results approved by the cabinet and released by the Bureau of Statistics show growth of 2 percent.", PRISONER_RELEASE,
     False),
    ("Parliament clears bill raising High Court's sanctioned strength to 60 judges", "", SANCTIONS, False),
    # One man or woman held for years who returns, as people held do.
    ("Jordanian woman held in Syrian jails for 20 years returns to Amman", "", PRISONER_RELEASE, True),
    ("Jordanian woman held in Amman for talks returns to Paris", "", PRISONER_RELEASE, False),
    # Out of an armed group's hands.
    ("Canadian engineer out of Taliban hands after three years, Qatar says", "", PRISONER_RELEASE, True),
    ("Aid worker's family says she is out of Haqqani network's hands", "", PRISONER_RELEASE, True),
    # Review guards: sports, casinos and resorts beside a government's sanctions stay sanctions; a national cricket
    # body is no state; people held by a state or an armed group for years, not by traffickers, who return.
    ("West tightens sanctions on Belarus as ice hockey championship is moved to Riga", "", SANCTIONS, True),
    ("Treasury sanctions Macau casino boss over North Korea links", "", SANCTIONS, True),
    ("EU sanctions Crimean seaside resorts seized by Russia", "", SANCTIONS, True),
    ("ICC suspends Zimbabwe Cricket, further sanctions to be decided", "", SANCTIONS, False),
    ("Yazidi woman held by Islamic State for a decade returns to Sinjar", "", PRISONER_RELEASE, True),
    ("Kenyan man held at Guantanamo for 17 years returns to Nairobi", "", PRISONER_RELEASE, True),
    ("Man held by traffickers for a year returns to Lagos", "", PRISONER_RELEASE, False),
    # Nineteenth round: a homecoming told with the time held in plural "jails"; "returns to" after years held stays no
    # trigger (people, objects and ships return to places long after they were held).
    ("Aid worker lands in Sydney after 804 days in Iranian jails", "", PRISONER_RELEASE, True),
    ("Former inmate returns to work after three years in prison", "", PRISONER_RELEASE, False),
    ("Brittney Griner returns to the WNBA after ten months detained in Russia", "", PRISONER_RELEASE, False),
    ("Stolen Klimt returns to Vienna after 80 years held by private collectors", "", PRISONER_RELEASE, False),
    # A word of another sense that qualifies the people freed ("gas workers", "oil workers") leaves them the object of
    # "free"; "release 1,500 gas workers" is a lay-off.
    ("Rebels free 12 oil workers kidnapped in Niger Delta", "", PRISONER_RELEASE, True),
    ("Government frees gas supplies for workers", "", PRISONER_RELEASE, False),
    ("Gazprom to release 1,500 gas workers in Russia as exports slump", "", PRISONER_RELEASE, False),
    ("Company releases film crew footage", "", PRISONER_RELEASE, False),
    # A former "presidential hopeful" is no hope (a candidate's promise still is); "once the hostages are released" stays a
    # condition; a cameraman or film-maker let out without charge is a political detainee freed; an acquittal frees a
    # political detainee only in a political case.
    ("Belarus: ex-presidential hopeful Mikalai Statkevich among six political prisoners freed by Lukashenko pardon", "",
     PRISONER_RELEASE, True),
    ("Opposition hopeful that Belarus will free six political prisoners", "", PRISONER_RELEASE, False),
    ("Presidential hopeful promises amnesty for political prisoners", "", PRISONER_RELEASE, False),
    ("Once the hostages are released, Israel will halt strikes, Netanyahu says", "", PRISONER_RELEASE, False),
    ("Journalist cleared of stalking ex-partner walks free from court", "", PRISONER_RELEASE, False),
    ("Reuters cameraman Kumerra Gemechu released without charge after 12 days in Ethiopian detention", "",
     PRISONER_RELEASE, True),
    ("Journalist freed after court quashes conviction", "", PRISONER_RELEASE, True),
    ("Man acquitted of murder walks free", "", PRISONER_RELEASE, False),
    ("Footballer cleared of assault walks free from court", "", PRISONER_RELEASE, False),
    ("Death row inmate freed after 30 years", "", PRISONER_RELEASE, False),
]


# A place after "near" is where a release happened, not a release still to come ("swapped near Horlivka"); a return to a
# named place after years detained is a release, a return after exile, to a parliament or of a painting is not; the
# other side of "exchanged for" is not the freed, so its crimes do not doubt the release; "once on death row" is what the
# freed were, not a condition; people are named by more of their trades.
TWENTY_SECOND_ROUND_RULE_LABEL_CASES = [
    ("Eastern Ukraine: around 200 prisoners swapped near Horlivka", "", PRISONER_RELEASE, True),
    ("Hostages freed near the border with Syria", "", PRISONER_RELEASE, True),
    ("Prisoner swap near, says Kremlin", "", PRISONER_RELEASE, False),
    ("Prisoner release close to agreement, officials say", "", PRISONER_RELEASE, False),
    ("Australian journalist Cheng Lei returns to Melbourne after three years detained in China", "", PRISONER_RELEASE, True),
    ("Zaghari-Ratcliffe returns to London after six years in Iranian custody", "", PRISONER_RELEASE, True),
    ("Dissident returns to Minsk after two years in exile", "", PRISONER_RELEASE, False),
    ("Former minister returns to Parliament after two years in jail", "", PRISONER_RELEASE, False),
    ("US contractor Mark Frerichs exchanged for Afghan drug lord Bashir Noorzai", "", PRISONER_RELEASE, True),
    ("Eight former Indian Navy men once on death row in Qatar freed, seven back in India", "", PRISONER_RELEASE, True),
    ("Iran to release prisoners once on death row if families pay", "", PRISONER_RELEASE, False),
    ("Libya frees two Russian sociologists", "", PRISONER_RELEASE, True),
    ("Rebels free 12 villagers abducted last month", "", PRISONER_RELEASE, True),
    ("IMF economists release new growth forecast", "", PRISONER_RELEASE, False),
    ("Band's musicians release new album", "", PRISONER_RELEASE, False),
    # A name inside "lets ... go" is the person let go; bail after a sentence "for espionage" is a political detainee's.
    ("Iran lets Indian deck cadet Ann Tessa Joseph go; 16 compatriots remain on seized MSC Aries", "", PRISONER_RELEASE, True),
    ("Coach lets Lionel Messi go to Miami", "", PRISONER_RELEASE, False),
    ("US hikers Shane Bauer and Josh Fattal freed from Iranian prison on Omani bail",
     "The pair, given eight-year sentences for espionage, took off for Muscat.", PRISONER_RELEASE, True),
    # A person known by a quoted title and then named is no work released; a title alone, or one "featuring" a name, is.
    ("Rwanda releases 'Hotel Rwanda' hero Paul Rusesabagina following Qatari mediation", "", PRISONER_RELEASE, True),
    ("Band releases 'Midnight Sun' featuring Ed Sheeran", "", PRISONER_RELEASE, False),
    ("Netflix releases 'The Crown' star Claire Foy's new series", "", PRISONER_RELEASE, False),
    # Let go "by" captors is a release; let go by an employer or a club is not.
    ("American mother and daughter let go by Hamas", "", PRISONER_RELEASE, True),
    ("Two hostages were let go by their captors", "", PRISONER_RELEASE, True),
    ("300 workers let go by Ford as sales slump", "", PRISONER_RELEASE, False),
    ("Striker let go by Chelsea joins Napoli", "", PRISONER_RELEASE, False),
    # A review's near misses: "near" a holiday, a person's event or an outcome, or a place followed by "expected" or
    # "imminent", is still a release to come; things and animals that return after years "in custody" are not freed;
    # "lets ... go in cost cuts" is a layoff; a work's star or author named after its quoted title is no one released.
    ("Hostage release near Christmas, Vatican hopes", "", PRISONER_RELEASE, False),
    ("Gaza hostage release near Trump inauguration, mediators say", "", PRISONER_RELEASE, False),
    ("Russia-Ukraine Prisoner Swap Near Completion, Officials Say", "", PRISONER_RELEASE, False),
    ("Hostage release near Rafah crossing expected on Friday", "", PRISONER_RELEASE, False),
    ("Release of hostages near Gaza border 'imminent', Egyptian source says", "", PRISONER_RELEASE, False),
    ("Stolen Stradivarius returns to Vienna after two years in police custody", "", PRISONER_RELEASE, False),
    ("Egyptian mummy returns to Luxor after decades in museum custody", "", PRISONER_RELEASE, False),
    ("Captive bear returns to Romania after 10 years in captivity", "", PRISONER_RELEASE, False),
    ("Seized tanker returns to Piraeus after 14 months detained in Iran", "", PRISONER_RELEASE, False),
    ("British journalist returns to London after six years in Iranian custody", "", PRISONER_RELEASE, True),
    ("Newspaper lets veteran war correspondent Anna Kovacs go in cost cuts", "", PRISONER_RELEASE, False),
    ("Amazon releases 'Hostage' star Suranne Jones drama trailer", "", PRISONER_RELEASE, False),
    ("Netflix releases 'Prisoner of Tehran' author Marina Nemat documentary", "", PRISONER_RELEASE, False),
    # Releases told without the usual words: detainees "let out", captives who "reach" a named place, captured soldiers
    # handed to officials, a person swapped for conscripts; not people let out of their cells, nor a ship that reaches port.
    ("Belarus says more than 2,000 protest detainees let out overnight", "", PRISONER_RELEASE, True),
    ("Inmates let out of their cells for exercise", "", PRISONER_RELEASE, False),
    ("Three Spanish journalists kidnapped in Aleppo reach Madrid after ten months", "", PRISONER_RELEASE, True),
    ("Ship seized by pirates reaches Mombasa", "", PRISONER_RELEASE, False),
    ("PKK hands eight captured Turkish soldiers to Iraqi Kurdish officials", "", PRISONER_RELEASE, True),
    ("Police hand two detained suspects to prosecutors", "", PRISONER_RELEASE, False),
    ("Melitopol mayor Ivan Fedorov swapped for nine Russian conscripts", "", PRISONER_RELEASE, True),
    # A third review's near misses: records and courts are no place reached; weapons, suspects and hand-overs for trial are
    # no release; a journalist let go by a broadcaster is dismissed; a place or a swap's verb after "near" tells a release
    # that happened; animals and artworks with names are not people returning.
    ("Journalists Kidnapped In Mexico Reach Record High, Press Group Says", "", PRISONER_RELEASE, False),
    ("Journalists abducted by Kremlin-backed forces arrive in Crimea court for trial", "", PRISONER_RELEASE, False),
    ("Army hands 30 captured rifles to museum for war exhibition", "", PRISONER_RELEASE, False),
    ("Kenya hands five captured al-Shabaab fighters to Somalia for trial", "", PRISONER_RELEASE, False),
    ("Correspondent let go by BBC after Gaza posts", "", PRISONER_RELEASE, False),
    ("Ales Bialiatski and Maria Kolesnikova among prisoners let go by Lukashenko", "", PRISONER_RELEASE, True),
    ("Ukraine, Russia swap 200 POWs near Belarus border in deal that could pave way for talks", "", PRISONER_RELEASE, True),
    ("Prisoner swap near Christmas brings home 140 Ukrainians", "", PRISONER_RELEASE, True),
    ("Giant panda Bao Bao returns to China after 4 years in captivity", "", PRISONER_RELEASE, False),
    ("Benin Bronzes return to Nigeria after 125 years in British custody", "", PRISONER_RELEASE, False),
    ("Floderus and Azizi return to Stockholm after two years in Iranian custody", "", PRISONER_RELEASE, True),
    ("Rwanda releases 'Hotel Rwanda' hero Paul Rusesabagina early", "", PRISONER_RELEASE, True),
]
TWENTY_THIRD_ROUND_RULE_LABEL_CASES = [
    ("Armenia welcomes home 19 detainees but says Baku still holds at least 23", "", PRISONER_RELEASE, True),
    ("PMO statement on the return of six hostages", "", PRISONER_RELEASE, True),
    ("Six hostages have been returned to Israel, the army says", "", PRISONER_RELEASE, True),
    ("Families demand the return of six hostages still held in Gaza", "", PRISONER_RELEASE, False),
    ("Talks on the return of two hostages stall", "", PRISONER_RELEASE, False),
    ("Hamas agrees to the return of four hostages' bodies", "", PRISONER_RELEASE, False),
    ("Kibbutz welcomes home the families of the hostages", "", PRISONER_RELEASE, False),
    ("City welcomes home its 300 Olympic athletes", "", PRISONER_RELEASE, False),
    ("Chiapas: gunmen release 16 kidnapped census workers", "", PRISONER_RELEASE, True),
    ("Bureau to release census results next week", "", PRISONER_RELEASE, False),
]
# One side of an exchange crossing home as the other state receives its people or its dead (the rules alone).
TWENTY_FOURTH_ROUND_RULE_LABEL_CASES = [
    ("Three Hamas prisoners cross into Gaza as Israel receives the remains of a soldier", "", PRISONER_RELEASE, True),
    ("Two Armenian POWs cross into Armenia as Azerbaijan receives the bodies of four soldiers", "", PRISONER_RELEASE, True),
    ("Thousands of fighters cross into Idlib as Turkey receives reinforcements", "", PRISONER_RELEASE, False),
    ("Refugees cross into Poland as Germany receives asylum requests", "", PRISONER_RELEASE, False),
]
RULE_LABEL_CASES = (SIXTEENTH_ROUND_RULE_LABEL_CASES + TWENTY_SECOND_ROUND_RULE_LABEL_CASES
                    + TWENTY_THIRD_ROUND_RULE_LABEL_CASES + TWENTY_FOURTH_ROUND_RULE_LABEL_CASES)


@pytest.mark.parametrize(("title", "summary", "topic", "flagged"), RULE_LABEL_CASES,
                         ids=[c[0][:60] for c in RULE_LABEL_CASES])
def test_rule_labels(title: str, summary: str, topic: str, flagged: bool) -> None:
    score = classify_rules(title, summary)[topic]
    assert (score >= DEFAULT_THRESHOLDS[topic]) is flagged, score
    assert (topic in classify(title, summary).labels) is flagged


# ---- the speed-ups must not change what the rules read ------------------------------------------------------------


def test_key_gates_find_each_group_where_its_substring_search_does() -> None:
    """One scan finds every group whose keys _has_keys finds, overlapping keys and keys inside keys included."""
    keys = sorted({key for group in _GATE_KEYS.values() for key in group})
    texts = ["", "nothing to see", *keys, *(f"x{key}y" for key in keys), *(a + b for a in keys for b in keys)]
    for text in texts:
        expected = {name for name, group in _GATE_KEYS.items() if _has_keys(text, group)}
        assert _GATES.groups_in(text) == expected, text


def _is_word_character(code: int) -> bool:
    char = chr(code)
    return all(re.fullmatch(r"\w", form) is not None for form in (char, char.lower(), char.upper()))


def _is_word_set(members: list[tuple[object, object]]) -> bool:
    word_categories = (sre_constants.CATEGORY_WORD, sre_constants.CATEGORY_DIGIT, sre_constants.CATEGORY_UNI_WORD,
                       sre_constants.CATEGORY_UNI_DIGIT)
    return all(
        (op is sre_constants.LITERAL and _is_word_character(av))
        or (op is sre_constants.CATEGORY and av in word_categories)
        or (op is sre_constants.RANGE and all(_is_word_character(code) for code in range(av[0], av[1] + 1)))
        for op, av in members
    )


def _starts_with_word_character(items: list, after: list) -> bool:
    """Whether every match of the parsed `items`, then `after`, consumes a word character first (False when unsure)."""
    for index, (op, av) in enumerate(items):
        rest = items[index + 1:] + after
        if op is sre_constants.AT or op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue  # zero-width
        if op is sre_constants.LITERAL:
            return _is_word_character(av)
        if op is sre_constants.IN:
            return _is_word_set(list(av))
        if op is sre_constants.BRANCH:
            return all(_starts_with_word_character(list(branch), rest) for branch in av[1])
        if op is sre_constants.SUBPATTERN:
            return _starts_with_word_character(list(av[3]), rest)
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            least, _most, body = av
            return _starts_with_word_character(list(body), []) and (least >= 1 or _starts_with_word_character(rest, []))
        return False
    return False  # the pattern may match the empty string


def test_word_guarded_patterns_begin_each_branch_with_a_word_character() -> None:
    """A `\\b(?=\\w)` opening changes no match only if all that follows the `\\b` begins with a word character."""
    guarded = [p for p in vars(bot.classify).values() if isinstance(p, re.Pattern) and p.pattern.startswith(r"\b(?=\w)")]
    assert len(guarded) >= 10
    for pattern in guarded:
        parsed = list(sre_parser.parse(pattern.pattern.replace(r"\b(?=\w)", r"\b", 1), pattern.flags))
        if len(parsed) == 1 and parsed[0][0] is sre_constants.BRANCH:
            parsed = list(parsed[0][1][1][0])  # the look-ahead stands in the first branch only
        assert parsed[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY), pattern.pattern[:60]
        assert _starts_with_word_character(parsed[1:], []), pattern.pattern[:60]


def test_a_fault_in_the_facts_keeps_the_alert(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("a bug in a fact rule")

    monkeypatch.setattr(bot.classify, "extract_facts", broken)
    with caplog.at_level("ERROR", logger="bot.classify"):
        result = classify("Belarus frees 14 political prisoners")
    assert result.labels == (PRISONER_RELEASE,)
    assert result.evidence[PRISONER_RELEASE]
    assert result.facts.released_count is None and result.facts.countries == ()
    assert "could not read the facts" in caplog.text and "a bug in a fact rule" in caplog.text


def test_a_qualified_object_is_no_other_sense() -> None:
    # The rules no longer reject the trigger, and the story model may then lift it.
    result = classify("Shining Path faction frees 36 Camisea gas workers after five days")
    assert result.labels == (PRISONER_RELEASE,)
    assert result.facts.released_count == 36


def test_dotted_abbreviations_are_read_without_their_dots() -> None:
    from bot.text import reading_text

    assert reading_text("Iran frees U.S. Navy veteran") == "Iran frees US Navy veteran"
    assert reading_text("U.N. envoy and U.K. minister; E.U. and U.A.E. mediators") == "UN envoy and UK minister; EU and UAE mediators"
    # the last dot of a dotted form that ends a sentence stays a sentence end
    assert reading_text("He flew to the U.S. The talks went on.") == "He flew to the US. The talks went on."
    assert reading_text("Freed, he flew to the U.S.") == "Freed, he flew to the US."
    # "U.S. Navy" no longer breaks the headline into two sentences, nor is "S. Navy" a freed person
    result = classify("Venezuela frees U.S. Navy veteran Carl Benner and two other Americans")
    assert result.facts.people == ("Carl Benner",)
    assert result.facts.released_count == 3
    assert classify("Saudi Arabia frees U.S. citizen jailed over tweets").facts.released_count == 1
    # a headline written as a sentence is one sentence: the dots go before any word ("two U.S. Baptist missionaries")
    assert classify("Nicaragua frees two U.S. Baptist missionaries, Washington says").facts.released_count == 2
    # in a Title Case Headline they stay as before: "5 U.S. Negotiators" are no freed people
    assert classify("Hamas Frees Hostage As 5 U.S. Negotiators Arrive In Doha").facts.released_count == 1
    # "U.N. peacekeepers" read as "UN peacekeepers" are still people freed
    result = classify("Two U.N. peacekeepers freed in Mali", "The U.N. Mission said both were in good health.")
    assert PRISONER_RELEASE in result.labels and result.facts.released_count == 2
    # the evidence quotes the story as read
    assert "US citizen" in " ".join(classify("Saudi Arabia frees U.S. citizen jailed over tweets").evidence[PRISONER_RELEASE])


# A word the summary writes in lower case, or ordinary prose does, loses its capital; names the summary writes capitalised,
# a first name's surname, two name words, a particle, a verb's one-word object, a first name after a role, a month before
# its day and acronyms keep theirs.
SENTENCE_CASE_CASES = [
    ("Griner Freed in Exchange for Arms Dealer Bout", "Viktor Bout, the arms dealer, flew to Moscow.",
     "Griner freed in exchange for arms dealer Bout"),
    ("Alan Gross Freed As US And Cuba Move To Restore Ties", "",
     "Alan Gross freed as US and Cuba move to restore ties"),
    ("Taliban Free 84-Year-Old Austrian After Qatar Steps In", "",
     "Taliban free 84-year-old Austrian after Qatar steps in"),
    ("China Frees Americans Mark Swidan, Kai Li And John Leung In Swap", "",
     "China frees Americans Mark Swidan, Kai Li and John Leung in swap"),
    ("China Frees Canadians Kovrig, Spavor As Huawei's Meng Goes Home", "",
     "China frees Canadians Kovrig, Spavor as Huawei's Meng goes home"),
    ("Ministry Announces Release of Citizens Held Abroad", "",
     "Ministry announces release of citizens held abroad"),
    ("Cuba Frees Gross; U.S. Sends Back Three Cuban Spies", "",
     "Cuba frees Gross; U.S. sends back three Cuban spies"),
    ("Philippine Court Grants Bail To De Lima", "Leila de Lima walked out.",
     "Philippine court grants bail to De Lima"),
    ("Bangladesh Frees Ex-Prime Minister Khaleda Zia After Hasina Flees", "",
     "Bangladesh frees ex-Prime Minister Khaleda Zia after Hasina flees"),
    ("Venezuela Frees US Citizen, Ex-Marine In Goodwill Gesture", "",
     "Venezuela frees US citizen, ex-Marine in goodwill gesture"),
    ("Zimbabwe Court Grants Bail To Journalist Blessed Mhlanga", "Mhlanga was released.",
     "Zimbabwe court grants bail to journalist Blessed Mhlanga"),
    ("Taliban Release Britons Peter And Barbie Reynolds Held Since May 9", "",
     "Taliban release Britons Peter and Barbie Reynolds held since May 9"),
    ("Lebanese Army Frees Kidnapped Saudi National From Gang", "",
     "Lebanese army frees kidnapped Saudi national from gang"),
    ("Iran Frees Reporter After Three And A Half Years", "",
     "Iran frees reporter after three and a half years"),
    ("Hamas Frees Hostages After Talks", "",
     "Hamas frees hostages after talks"),
]


@pytest.mark.parametrize(("title", "below", "cased"), SENTENCE_CASE_CASES)
def test_title_case_headline_is_read_in_sentence_case(title: str, below: str, cased: str) -> None:
    assert sentence_cased(title, below) == cased


def test_headline_in_sentence_case_is_left_as_it_is() -> None:
    written = "Russia frees Griner in exchange for Bout"
    assert sentence_cased(written, "") is written


def test_evidence_quotes_a_title_case_headline_as_written() -> None:
    result = classify("Belarus Releases 14 Political Prisoners Including Tikhanovsky", "")
    assert "Releases 14 Political Prisoners" in result.evidence[PRISONER_RELEASE]
