"""Topic classification: labels, scores, evidence and facts for one story.

The classifier is a small set of readable rules (no model, no I/O, deterministic):

1. The story is cut into segments (title, summary sentences, body paragraphs' sentences), each with a
   *position weight*: the title and lede decide, later paragraphs only add a little. This is how a
   sanctions story that recalls an old arrest in paragraph five stays a sanctions story only.
2. In each sentence, *trigger* phrases ("freed", "prisoner swap", "sanctions", "embargo", ...) are found
   and each is given a *strength* from its context window: is the object a detainee or a product? Is
   the sentence about bail, parole, a rescue from rubble, a FIFA ban? Is the release demanded or refused
   rather than done ("calls for the release", "refuses to free")?
3. A topic's score combines its best contributions (strength x position weight) like independent
   pieces of evidence; the label is set when the score reaches the topic's threshold.

Evidence is the trigger with a few words of its context, exactly as written in the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .facts import Hit, extract_facts, find_countries
from .models import PRISONER_RELEASE, SANCTIONS, TOPICS, Classification, Facts
from .text import plain_text, sentences

CLASSIFIER_VERSION = "rules-2026.11.1"

# Chosen for precision on the dev split: a lone strong cue in the title or lede passes, background
# mentions in later paragraphs do not.
DEFAULT_THRESHOLDS: dict[str, float] = {PRISONER_RELEASE: 0.5, SANCTIONS: 0.5}

_I = re.IGNORECASE

# Cheap gates (substring checks on the lower-cased text): a story without any of these cannot score.
_RELEASE_KEYS: tuple[str, ...] = (
    "releas", "free", "pardon", "amnest", "swap", "exchang", "reunit", "flown", "liberat", "commut", "hand",
    "lets ", "let go",
)
_WEAK_RELEASE_KEYS: tuple[str, ...] = ("home", "land", "soil", "trad", "walk", "leav", "left", "out of")
_DETENTION_KEYS: tuple[str, ...] = (
    "prison", "jail", "custody", "detain", "detention", "hostage", "captiv", "pow", "captured", "sentence",
)
_SANCTION_KEYS: tuple[str, ...] = (
    "sanction", "embargo", "blacklist", "ofac", "export control", "asset", "freez", "froze", "magnitsky",
    "restrictive measure", "entity list", "price cap", "shadow fleet", "shadow-fleet", "punitive", "designat", "swift", "package",
    "treasury", "sponsor", "visa ban", "visa restriction", "general licen",
)
_REGIME_KEYS: tuple[str, ...] = (
    "iran", "tehran", "korea", "pyongyang", "dprk", "russia", "moscow", "kremlin", "venezuela", "caracas", "maduro",
    "cuba", "havana", "syria", "damascus", "assad", "belarus", "minsk", "lukashenko", "myanmar", "burma", "junta",
    "crimea", "gazprom", "rosneft", "lukoil", "surgutneftegas", "sovcomflot", "pdvsa", "huawei", "smic", "zte",
    "oligarch", "abramovich", "deripaska", "putin", "hezbollah", "houthi", "taliban", "zimbabwe", "mugabe",
    "saddam", "milosevic",
)
_MEASURE_KEYS: tuple[str, ...] = (
    "ban", "bar", "cap", "restrict", "waiver", "licen", "seiz", "freez", "froze", "block", "snapback", "measures",
    "consequences", "retaliat", "tit-for-tat", "stop list", "cut", "detains", "ship-to-ship", "evad", "evasion",
    "curb", "rules", "punitive", "smuggl", "penalt", "emergency", "listing",
)

# ---- prisoner_release -----------------------------------------------------------------------------

_RELEASE_TRIGGER = re.compile(
    r"\b(?:releas(?:e|es|ed|ing)|frees|freed|freeing|free|"
    r"trad(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?(?:POWs|prisoners|captives|detainees)|"
    r"(?:walk(?:s|ed|ing)?\s+out|leav(?:e|es|ing)|left|out)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:prison|jail|custody|detention)|"
    r"(?:heads?|heading|headed|arriv(?:e|es|ed|ing)|fl(?:y|ies|ew)|back|is|are|gets?|got|comes?|came|returns?|returned|returning)\s+home|"
    r"back\s+on\s+\w+\s+soil|lands?\s+(?:in|at)|landed\s+(?:in|at)|"
    r"set(?:s|ting)?\s+(?:\w+\s+){0,3}?free|let(?:s|ting)?\s+(?:[\w'-]+\s+){1,4}?go|"
    r"(?:is|are|now)\s+free(?=\s*(?:$|[.,;:!]|\s+(?:after|at\s+last|again)))|hand(?:s|ed|ing)?\s+back|handed\s+to\s+the\s+Red\s+Cross|walk(?:s|ed|ing)?\s+free|swap(?:s|ped|ping)?|"
    r"exchang(?:e|es|ed|ing)|amnest(?:y|ies)|pardon(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?over|"
    r"flown\s+(?:out|home|to)|reunit(?:e|es|ed|ing)|(?:won|wins|gains?|gained|regain\w*|secur\w+)\s+(?:\w+\s+)?freedom|liberat(?:e|es|ed|ing)|return(?:s|ed)?\s+home|"
    r"commut(?:e|es|ed|ing))\b",
    _I,
)
_FREE_ADJECTIVE = re.compile(r"\bfree[ds]?\s+(?:up|of charge)\b|\bfreedom\s+of\b", _I)

_DETAINEE = re.compile(
    r"\b(?:prisoners?|detainees?|hostages?|captives?|POWs?|internees|abductees|prisoners?\s+of\s+(?:war|conscience)|"
    r"political\s+prisoners?|prisoners?\s+of\s+war)\b"
)
_DETAINEE_I = re.compile(r"\b(?:prisoners?|detainees?|hostages?|captives?|POWs?)\b", _I)
_FROM_DETENTION = re.compile(
    r"\b(?:from|out of|after)\s+(?:\w+\s+){0,3}?(?:prison|jail|gaol|custody|detention|captivity|house arrest|"
    r"labou?r camp|penal colony|incarceration|imprisonment|confinement|Evin|Guantanamo|Lefortovo)\b|"
    r"\b(?:jailed|imprisoned|detained|held|abducted|kidnapped|captured|incarcerated|convicted|sentenc\w*|"
    r"behind\s+bars|serving)\b",
    _I,
)
_PERSON = re.compile(
    r"\b(?:\w*journalists?|reporters?|opponents?|spies|spy|agents?|correspondents?|bloggers?|activists?|dissidents?|opposition|rights\s+defenders?|"
    r"lawyers?|aid\s+workers?|nationals|citizens?|Americans?|Britons?|Israelis|Palestinians|Ukrainians|Russians|"
    r"Iranians?|Belarusians?|Germans?|French|Canadians?|Australians?|Japanese|Koreans?|Chinese|Thais?|Filipinos?|"
    r"students?|protesters?|demonstrators?|monks?|nuns?|priests?|missionar(?:y|ies)|clerics?|poets?|writers?|"
    r"artists?|academics?|scholars?|researchers?|tourists?|hikers?|workers|nurses|doctors|women|children|"
    r"people|men|leaders?|laureate|businessm[ae]n|businesswoman|executives?|ex-\w+|former\s+\w+|politicians?|"
    r"mayors?|governors?|candidates?|figures?|critics?|defenders?|members|employees?|staff(?:ers)?|"
    r"diplomats?|contractors?|veterans?|pastors?|teachers?|engineers?|pilots?|wife|husband|son|daughter|"
    r"mother|father|brothers?|sisters?|family|families|couple|man|woman|girl|boy|girls|boys|generals?|"
    r"officers?|officials?|others|more|captives?|aides?|all(?:y|ies)|deputy|spokes(?:man|woman)|trio|pair|duo|"
    r"Norwegian|Lithuanian|Polish|Indians?|Pakistanis?|Nepalese|Turks?|Egyptians?|Kenyans?|Tatars?|Crimean|"
    r"Georgians?|Armenians?|Azerbaijanis?|Kurds?|Kurdish|Uyghurs?|Tibetans?|Rohingya|Baha'is?|"
    r"Christians?|Muslims?|Jews|Jewish|athletes?|players?|footballers?|basketball|"
    r"veterans?|marines?|him|her|them|servicem[ae]n|soldiers|troops|fighters|combatants|crew(?:men|members)?|"
    r"sailors|seamen|fishermen)\b|\b(?<=\s)(?!(?:19|20)\d\d\b)\d[\d,]*(?=\s|$)|\b(?:hundreds|thousands|dozens)\b",
    _I,
)
_NAME = re.compile(r"\b[A-Z][a-z\u00e0-\u017f'\u2019-]+(?:\s+[A-Z][a-z\u00e0-\u017f'\u2019-]+)+\b")
_POLITICAL = re.compile(
    r"\b(?:political|politically|opposition|dissidents?|activists?|\w*journalists?|ELN|FARC|Boko\s+Haram|"
    r"al-Shabaab|Abu\s+Sayyaf|Wagner|M23|jihadists?|Islamists?|paramilitar\w+|human rights|rights groups?|"
    r"regime|junta|Kremlin|wrongfully|hostages?|prisoners?\s+of\s+(?:war|conscience)|POWs?|swap|exchange|"
    r"amnesty|war|conflict|militants?|rebels?|insurgents?|Taliban|Hamas|Hezbollah|Houthis?|Islamic State|"
    r"ISIS|Qaeda|guerrillas?|kidnappers?|captors?|envoy|diplomat\w*|embassy|protests?|protesters?|election|"
    r"president|government|authorities|ceasefire|truce|deal|talks|Red Cross|ICRC|Lukashenko|Putin|Maduro|"
    r"Ortega|Kim Jong|Tehran|Pyongyang|Beijing|Moscow|Minsk|Caracas|Havana|Managua|Tripoli|Gaza|Israel|"
    r"Palestinian|Iran|Russia|Ukraine|Belarus|Venezuela|Cuba|Nicaragua|China|Myanmar|Burma|Egypt|Saudi|"
    r"North Korea|Syria|Afghanistan|Iraq|Eritrea|Vietnam|Azerbaijan|Turkey|Bahrain|Yemen|Sudan|Libya|"
    r"Tajik|Uzbek|Kazakh|Cambodia|Rwanda|Ethiopia|Belarusian|Russian|Iranian|Ukrainian|Chinese|"
    r"detainees?|political prisoners?|Guantanamo|Kyiv|Kiev|Crimea\w*|Tatars?|kidnap\w*|abduct\w*|captors?|"
    r"militia|army|spy|spies|house\s+arrest|espionage|wrongful\w*|Evin|gulag|labou?r camp|penal colony)\b",
    _I,
)
# Explicit hard negatives of LABELS.md: ordinary criminal justice, rescues and the other senses of "free".
_CRIMINAL = re.compile(
    r"\b(?:bail|(?<!medical\s)parole[ds]?|probation|without\s+(?:being\s+)?charge[ds]?|no\s+charges|uncharged|pending\s+(?:further\s+)?"
    r"(?:trial|investigation|inquiries|enquiries)|under\s+investigation|escap(?:e|ed|es|ing)|escapees?|jail-?break|"
    r"prison\s+break|broke\s+out|breakout|on\s+licen[cs]e|electronic\s+tag|ankle\s+monitor|early\s+release|"
    r"good\s+behaviou?r|compassionate\s+release|overcrowd\w*|halfway\s+house|time\s+served|"
    r"acquitt\w*|cleared\s+of|not\s+guilty|overturned|exonerat\w*|DNA|death\s+row|sex\s+offenders?|"
    r"released\s+(?:him|her|them)?\s*(?:after|following)\s+questioning|questioned\s+and\s+released|"
    r"briefly\s+(?:detained|held|arrested)|hours\s+later|later\s+released|police\s+(?:said|released)|"
    r"suspects?|murder\w*|rap(?:e|ist)|robber\w*|burglar\w*|shoplift\w*|drunk|DUI|sheriff|county\s+jail|"
    r"rescu\w+|attack\w*\s+on|gunmen\s+(?:stormed|attacked)|drugs?|marijuana|cocaine|possession|"
    r"bankrupt\w*|after\s+serving|migrants?|immigrants?|asylum|immigration|ICE|border\s+facility|early\s+removal|deportation\s+scheme|fraud|theft|assault|manslaughter|tax\s+evasion|"
    r"served\s+(?:his|her|their)\s+(?:sentence|term|time))\b",
    _I,
)
_HARD_CRIMINAL = re.compile(
    r"\b(?:bail|(?<!medical\s)parole[ds]?|probation|without\s+(?:being\s+)?charge[ds]?|no\s+charges|uncharged|escap(?:e|ed|es|ing)|"
    r"escapees?|jail-?break|prison\s+break|broke\s+out|break(?:s|ing)?\s+out|breakout|on\s+licen[cs]e|electronic\s+tag|"
    r"questioned\s+and\s+released|(?:after|following)\s+questioning|police\s+stations?|stormed|storming|freeing\s+operation|rescue\s+operation|"
    r"special\s+forces|task\s+force|commandos|deserters|raid\w*|attack\w*\s+(?:\S+\s+){0,3}?(?:prison|jail)|"
    r"released\s+by\s+(?-i:[A-Z])[\w-]+(?:\s+[\w-]+)?,?\s+(?:heads\s+to|joins|signs)|hours\s+later|briefly\s+(?:detained|held|arrested))\b",
    _I,
)
_OTHER_SENSE_NEAR = re.compile(
    r"\b(?:albums?|singles?|songs?|tracks?|films?|movies?|trailers?|videos?|footage|images?|photos?|photographs?|"
    r"pictures|reports?|data|census|figures|documentar(?:y|ies)|podcasts?|biopic|shows?|bod(?:y|ies)|remains|corpses?|ashes|statistics|results|earnings|profits?|statements?|versions?|updates?|"
    r"software|games?|consoles?|phones?|iPhones?|handsets?|products?|books?|memoirs?|novels?|documents?|files|"
    r"records|e-?mails|memos?|transcripts?|tapes?|recordings?|audio|details|list|names|information|budget|"
    r"funds?|money|cash|loans?|guidance|forecasts?|outlook|findings|study|survey|polls?|dataset|code|patch|"
    r"beta|edition|DVDs?|CDs?|EP|LP|debut|sequel|season|episodes?|series|tickets?|prices|schedule|lineup|"
    r"squad|roster|evidence|letters?|balloons|doves|pigeons|gas|chemicals|radiation|water|steam|energy|"
    r"hormones?|insulin|toxins?|emissions|pressure|brakes?|tension|reserves|stockpiles?|capital|liquidity|"
    r"shares|stocks?|bonds|IPO|prospectus|chip|chips|processors?|tool|app|apps|service|feature|"
    r"specifications?|rates?|minutes|transcript|numbers|messages|texts|words|blows|vows|rings|gifts|greetings|"
    r"pleasantries|views|fire|shots|notes|intelligence|contracts|ideas|supplies|control|power|keys|territory|"
    r"weapons|command|responsibility|equipment|turtles?|birds?|whales?|dolphins?|bears?|wolf|wolves|"
    r"animals?|wildlife|eagles?|lynx|beavers?|fish|salmon|seals?|tortoises?|elephants?|rhinos?|otters?|"
    r"butterflies|mosquitoes|bison|condors?|hawks?|owls?|owl|ball|puck|hatch|valves?|cables?|rover)\b",
    _I,
)
_OTHER_SENSE_SENTENCE = re.compile(
    r"\b(?:press\s+release|news\s+release|release\s+date|box\s+office|into\s+the\s+wild|back\s+into\s+the|"
    r"rubble|debris|trapped|wreckage|collapsed|cave|mine\s+shaft|avalanche|landslide|mudslide|floodwaters|snowdrift|"
    r"miners|coal\s+mine|lift\s+shaft|elevator|(?:from|out\s+of|left)\s+(?:the\s+)?hospital|discharged|"
    r"intensive\s+care|from\s+(?:his|her|their)\s+contract|contract|free\s+agen\w*|transfer\s+fee|"
    r"Thanksgiving|National\s+Turkey|(?-i:turkeys?)|tax\s+amnesty|gun\s+amnesty|knife\s+amnesty|amnesty\s+for\s+(?:illegal|"
    r"undocumented|immigrants|migrants|tax)|stock\s+exchange|exchange\s+rates?|foreign\s+exchange|"
    r"exchange\s+of\s+(?:fire|views|letters|gunfire|blows|ideas|notes|information|bodies|remains)|"
    r"currency\s+swaps?|debt\s+swaps?|swap\s+lines?|credit\s+default|asset\s+swaps?|on\s+the\s+market|"
    r"stores|in\s+theaters|cinemas|Nasdaq|NYSE|record\s+label|soundtrack|zoo|sanctuary|rehabilitat\w+\s+cent|"
    r"vet|released\s+into|were\s+released\s+at|emissions|leak\w*|radioactive|orcas?|whales?|dolphins?|turtles?|"
    r"tortoises?|wildlife|lynx|bison|condors?|otters?|beavers?|rhinos?|elephants?|aquarium|swims?\s+free)\b",
    _I,
)
_INTENT = re.compile(
    r"\b(?:(?P<neg>call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|campaign(?:s|ed|ing)?|"
    r"appeal(?:s|ed|ing)?|pleas?|pleaded|press(?:es|ed|ing)?|push(?:es|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|"
    r"hop(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|negotiat\w*|talks?|discuss\w*|propos\w*|offer(?:s|ed|ing)?|"
    r"consider\w*|mull\w*|weigh\w*|could|would|may|might|should|must|ask(?:s|ed|ing)?|request\w*|refus\w*|"
    r"reject\w*|den(?:y|ies|ied|ying)|won't|wouldn't|not|never|no|yet|fail(?:s|ed|ing)?|block\w*|delay\w*|"
    r"stall\w*|halt\w*|postpon\w*|vow\w*|pledg\w*|fight(?:s|ing)?|struggl\w*|bid|effort|attempts?|efforts|"
    r"prospects?|possible|potential|possibility|rumou?rs?|wait(?:s|ing)?|await\w*|cannot|can't|without|"
    r"insist\w*|threat\w*|warn\w*|pressur\w*|mounts?|plot\w*|plan(?:s|ned|ning)?|condition(?:s|al)?|if|unless|whether|hinder\w*|"
    r"obstruct\w*|ignor\w*|protest(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|march(?:es|ed)?|vigil|wrote|letter|"
    r"advocat\w*|to\s+secure|to\s+win|trying|try|tries|aim\w*|deadline|ransom|ultimatum|once|hopeful|optimis\w*|work(?:s|ing)?\s+(?:for|to(?:wards?)?)|before|until|ahead|expect\w*|likely|soon|imminent)|"
    r"(?P<pos>agree(?:s|d|ing)?|agreement|deal|decid\w*|order(?:s|ed|ing)?|announc\w*|set|secur(?:es|ed)|"
    r"won|wins|welcom\w*|celebrat\w*|confirm\w*|complet\w*|finally|began|begins?|start\w*|will|after|"
    r"has|have|had|was|were|under|upon|following|allow\w*|grant\w*|gets?|got|saw|"
    r"brok\w*|clinch\w*|reach\w*|strik\w*|struck|carr\w+\s+out|implement\w*|includ\w*))\b",
    _I,
)
_INTENT_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:(?:was|were|has\s+been|is|are|have\s+been)\s+)?(?:delayed|postponed|stalled|blocked|"
    r"halted|denied|rejected|refused|collaps\w*|fail\w*|talks|negotiations|bid|campaign|petition|demands?|plea|"
    r"appeals?|calls?|efforts?|hopes|prospects|push|vigil|rally|campaigners?|unlikely|uncertain|sought|"
    r"in\s+doubt|on\s+hold|suspended|called\s+off|remains?\s+(?:elusive|unclear))\b",
    _I,
)
_PREVIOUS_WORD = re.compile(
    r"(\w+)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|been|being|to\s+be|will\s+be|newly|just|finally)\s+)?$", _I
)
_FREE_NOT_VERB = re.compile(
    r"\W*(?:trade|agents?|kicks?|skat\w*|styles?|internet|access|wi-?fi|speech|press|elections?|markets?|world|zones?|throws?|fall|ride|software|"
    r"time|to\s+\w+|of|for|from|and\s+fair|country|society|nation|media|will|flow|movement|transfer|"
    r"tickets?|samples?|shipping|access|service|Wi-?Fi|online|money|lunch|meals?)\b",
    _I,
)
_SLOGAN = re.compile(r"^\W*$|[\"'\u2018\u201c]\s*$|\b(?:campaign|slogan|chant\w*|banners?|placards?|hashtag|movement)\W+$", _I)
_ADJECTIVE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|be|is|are|was|were|remain\w*|stay\w*|feel\w*|keep\w*|kept|being|been|more|most|penalty|"
    r"duty|tax|toll|interest|visa|smoke|fee|risk|debt|crime|error|hands|carbon|gluten|sugar|fat|"
    r"truly|and|or|\d+)|[-\d])\s*$",
    _I,
)
_HOME_OFFICIAL = re.compile(
    r"\b(?:minister|envoy|president|delegation|negotiators?|officials?|empty[- ]handed|without|secretary|"
    r"ambassador|team|troops\s+(?:return|head|come))\b",
    _I,
)
_MEDIA = re.compile(
    r"\b(?:film|films|movie|movies|album|albums|DVD|box\s+office|cinemas?|big-screen|pop\s+bands?|"
    r"soundtrack|video\s+games?|consoles?|software|trailer|premiere|sequel|Oscar|Grammy)\b",
    _I,
)
_AMNESTY_FREES = re.compile(r"\bamnest(?:y|ies)\b(?!\s+(?:law|bill|for\s+(?:tax|illegal|undocumented|migrants|immigrants)))", _I)
_NOT_IN_CUSTODY = re.compile(
    r"\b(?:pre-?emptive\w*|posthumous\w*|turkeys?|Thanksgiving|son|in\s+advance|not\s+(?:been\s+)?(?:in\s+custody|"
    r"jailed|imprisoned|sentenced)|never\s+(?:served|jailed|imprisoned))\b",
    _I,
)
_COMPANY = re.compile(
    r"\b(?:Samsung|Apple|Google|Microsoft|Sony|Netflix|Nintendo|OpenAI|Meta|Amazon|Tesla|Huawei|Xiaomi|Nvidia|Intel|AMD|"
    r"Disney|Warner|Universal|Pixar|DreamWorks|Marvel|HBO|Spotify|company|firm|studio|label|developer|maker|"
    r"publisher|brand|startup|carmaker|automaker|retailer|bank|insurer)\b"
)
# A story about a freed person's later life ("Freed hostage recalls ordeal in memoir") is not release news.
_AFTERMATH = re.compile(
    r"\b(?:recalls?|recounts?|memoirs?|book|interview|speaks\s+out|tells\s+of|describes|testif\w+|sues|suing|"
    r"runs\s+for|anniversary|years\s+after|launches|campaigns?\s+for\s+others|wins\s+award|honou?red)\b",
    _I,
)
_SAYS = re.compile(r"\b(?:says|said|tells|told|speaks|spoke|describes)\b", _I)
_DEATH = re.compile(r"\b(?:dies|died|death|dead|killed|executed|hanged|body|bodies|remains|funeral)\b", _I)
_PARDON_FREES = re.compile(
    r"\b(?:freed|frees|released|release|walk\w* free|from prison|jailed|imprisoned|inmates|serving|behind\s+bars|"
    r"in\s+(?:prison|jail|custody|detention)|detained|held\s+(?:in|by|since))\b",
    _I,
)
_PRODUCT_OF = re.compile(
    r"\b(?:videos?|footage|images?|photos?|pictures|tapes?|recordings?|reports?|details|names|letters?|statements?|"
    r"bod(?:y|ies)|remains|corpses?|ashes|"
    r"documents?|files|records|list|data|transcripts?)\s+(?:of|from|showing|by|about)\b",
    _I,
)
_PAST_BEFORE = re.compile(
    r"\b(?:since\s+(?:his|her|their)|(?:after|since)\s+(?:his|her|their)\s+(?:own\s+)?|years\s+after|once\s+(?:jailed|imprisoned)|"
    r"who\s+was|who\s+were|previously|had\s+been|earlier)\s*$",
    _I,
)
_PAST_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:ago|last\s+(?:year|month|spring|summer|autumn|fall|winter)|earlier\s+this\s+year|"
    r"in\s+(?:19|20)\d\d|years\s+ago)\b",
    _I,
)
_FUTURE = re.compile(r"\b(?:to|will|would|set\s+to|expected\s+to|plans?\s+to)\s+$", _I)
_GOAL_FOR = re.compile(
    r"(?<!return )(?<!exchange )\bfor\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:(?!after|following|before|his|her|their)[\w'-]+\s+){0,2}$",
    _I,
)
_CONDITION_AFTER = re.compile(
    r"\b(?:if|unless|once|provided|on\s+condition|prov(?:e|es|ed)\s+(?:false|untrue|wrong)|false|untrue|unfounded|"
    r"premature|denied)\b",
    _I,
)
_SWAPPED_PERSON = re.compile(
    r"\b(?:dissidents?|activists?|journalists?|reporters?|opposition|political|spy|spies|Americans?|citizens?|"
    r"nationals?|civilians|captives?|hostages?)\b",
    _I,
)
_AFTER_PAST = re.compile(r"\s*(?:after|following|during|amid|as\s+part\s+of)\b", _I)
_AMNESTY_ORG = re.compile(
    r"\bAmnesty\s+International\b|\bAmnesty\b(?=\s+(?:said|says|called|urged|chief|head|director|secretary|report|"
    r"researchers?|spokes\w+|campaigners?|Australia|UK|USA|groups?))"
)
_HOME_TRIGGER = re.compile(
    r"^(?:heads?|heading|headed|arriv|fl[yie]|back|is\s|are\s|gets?|got|comes?|came|lands?|landed|returns?|returned|returning)",
    _I,
)
_RELEASE_REQUIRES_CONTEXT = re.compile(
    r"^(?:hand|flown|reunit|return|commut|liberat|freedom|heads?|heading|headed|arriv|fl|back|"
    r"is\s|are\s|gets?|got|comes?|came|lands?|landed)",
    _I,
)

# ---- sanctions ------------------------------------------------------------------------------------

_SANCTION_TRIGGER = re.compile(
    r"\b(?:sanctions|sanction(?:ed|ing|s)?|embargo(?:es|ed)?|blacklist(?:s|ed|ing)?|OFAC|export\s+controls?|"
    r"asset\s+freezes?|fr(?:ee|o)z(?:e|es|en|ing)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:assets|reserves|funds)|restrictive\s+measures|"
    r"Magnitsky|entity\s+list|price\s+cap|shadow[\s-]+fleet|punitive\s+measures|designat(?:ed|es|ing|ion)|SWIFT|"
    r"\d+(?:st|nd|rd|th)\s+(?:sanctions\s+)?package|visa\s+(?:bans?|restrictions)|general\s+licen[cs]es?|"
    r"unfreez(?:e|es|ing)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:assets|funds|reserves)|(?:state\s+)?sponsors?\s+of\s+terrorism|terror(?:ism)?\s+sponsors?\s+list|"
    r"(?:Treasury|OFAC|State\s+Department|Commerce\s+Department)\s+(?:\w+\s+){0,2}?(?:hits|targets|designates|penali[sz]es|"
    r"adds|lists|blocks|slaps|sanctions))\b",
    _I,
)
_GOVERNMENT = re.compile(
    r"\b(?:Treasury|OFAC|State\s+Department|Commerce\s+Department|White\s+House|Washington|U\.?S\.?|United\s+States|"
    r"America|American|EU|E\.U\.|European\s+Union|Brussels|European|UN|U\.N\.|United\s+Nations|Security\s+Council|"
    r"Britain|British|UK|U\.K\.|London|Canada|Japan|Australia|Switzerland|government|governments|regime|"
    r"nuclear|missile|oil|gas|oligarchs?|Kremlin|Moscow|Russia|Russian|Iran|Iranian|Tehran|North\s+Korea|"
    r"Pyongyang|Syria|Syrian|Venezuela|Venezuelan|Cuba|Cuban|Belarus|Belarusian|Myanmar|Burma|China|Chinese|"
    r"Beijing|Libya|Iraq|Sudan|Zimbabwe|Nicaragua|Afghanistan|Taliban|Hamas|Hezbollah|Houthis?|terror\w*|"
    r"Serbia|Yugoslavia|Milosevic|Saddam|Mugabe|Putin|Lukashenko|Maduro|diplomat\w*|foreign\s+minist\w+|"
    r"embassy|economic|trade|WTO|export|imports?|bank|banks|tankers?|vessels?|shipping|arms|weapons|"
    r"annex\w*|invasion|war|Ukraine|Crimea|human\s+rights|visa\s+bans?|asset\s+freezes?|frozen\s+assets|"
    r"Magnitsky|companies|entities|individuals|officials|generals?|ministers?|sector|potash|refiner\w*|"
    r"laundering|roubles?|rubles?|guilty|violations?|compliance|evad\w*|evasion|around|busting|bypass\w*|dodg\w*|"
    r"circumvent\w*|secondary|crypto\w*|stablecoins?)\b"
)
_SANCTION_BLOCK = re.compile(
    r"\b(?:FIFA|UEFA|NCAA|WADA|IOC|IAAF|World\s+Athletics|doping|drug\s+tests?|league|club|clubs|football|"
    r"soccer|NFL|NBA|MLB|NHL|Premier\s+League|athletes?|coach|coaches|Olympics?|tournament|referee|"
    r"points\s+deduction|governing\s+body|federation|sport|sports|sporting|match-fixing|racing|boxing|"
    r"bout|fight|race|marathon|game|games|season|players?|"
    r"judge|lawyers?|attorneys?|counsel|litigants?|plaintiffs?|defendants?|Rule\s+11|frivolous|misconduct|"
    r"bar\s+association|discovery|contempt|court-imposed|disbar\w*|(?:US|federal|district|bankruptcy)\s+court|"
    r"employees?|staff|workplace|students?|pupils?|schools?|teachers?|universit(?:y|ies)|college|"
    r"disciplinary|discipline|benefits?|jobseekers?|claimants?|Universal\s+Credit|DWP|jobcentres?|welfare|"
    r"unemployed|Work\s+and\s+Pensions|Church|bishop|synod|Vatican|accounting|bookrigging|book-rigging|"
    r"regulators?|auditors?|Financial\s+Supervisory|securities\s+regulator|"
    r"state-sanctioned|officially\s+sanctioned|sanctioned\s+by|sanctioning\s+body|news\s+embargo|"
    r"embargoed|under\s+embargo|press\s+embargo|information\s+embargo)\b",
    _I,
)
_LEDE_SANCTION_BLOCK = re.compile(
    r"\b(?:FIFA|UEFA|NCAA|WADA|IOC|doping|benefit\s+sanctions|jobseekers?|claimants?|Universal\s+Credit|DWP|"
    r"jobcentres?|welfare|Rule\s+11|frivolous|disciplinary|misconduct|hazing|fraternity|"
    r"judge\s+sanction\w*|sanction\w*\s+(?:lawyers?|attorneys?|students?|pupils?|employees?|staff|players?))\b",
    _I,
)
_APPROVAL = re.compile(
    r"(?:state|officially|government|legally|socially|divinely|self|UN|internationally|church|party|Kremlin|"
    r"court|league)-?\s*sanctioned|sanctioned\s+(?:by\s+the\s+(?:state|church|league|federation|government)|"
    r"(?:race|event|fight|bout|match|game|meeting|marathon|tournament|rally|march|protest|killing|violence|"
    r"torture|murder|gathering|program|programme|activity|activities|union|strike))|"
    r"(?:sanction|approv\w+)\s+(?:the|a|an|its)\s+(?:plan|merger|deal|use|move|proposal|takeover|bid|sale|budget|"
    r"release|documents?|request|application|payment|transfer|changes?|purchase|project|construction)|"
    r"sanction(?:s|ed)?\s+(?:an?\s+|the\s+)?(?:[\w\u00a3$\u20ac.]+\s+){0,3}?(?:plan|scheme|project|budget|spending|funding|"
    r"loan|grant|expansion|redevelopment|development|application|proposal|use|sale|merger|increase|hike)s?\b",
    _I,
)
_REGIME = re.compile(
    r"\b(?:Iran(?:ian)?|Tehran|North\s+Korea(?:n)?|Pyongyang|DPRK|Russia(?:n)?|Moscow|Kremlin|Venezuela(?:n)?|Caracas|"
    r"Maduro|Cuba(?:n)?|Havana|Syria(?:n)?|Damascus|Assad|Belarus(?:ian)?|Minsk|Lukashenko|Myanmar|Burma|junta|Crimea|"
    r"Gazprom\w*|Rosneft|Lukoil|Surgutneftegas|Sovcomflot|PDVSA|Huawei|SMIC|ZTE|oligarchs?|Abramovich|Deripaska|"
    r"Putin|Hezbollah|Houthis?|Taliban|Zimbabwe|Mugabe|Saddam|Milosevic)\b"
)
# Measures that are sanctions in all but name; only read in a sentence that names a sanctioned state or firm.
_GOODS = (
    r"(?:ships?|tankers?|supertankers?|vessels?|cargo(?:es)?|assets|(?:super)?yachts?|villas?|mansions?|oil|fuel|crude|property|aircraft|jets?|yachts?|funds|"
    r"exports?|imports?|entry|coal|flights|trade|LNG|gas|textiles|seafood|iron|supplies|tech|technology|weapons|military|"
    r"components|chips|arms|electronics|goods|banks?|reserves|accounts|transit|shipments)"
)
_MEASURE = re.compile(
    r"\b(?:(?:seiz(?:e|es|ing|ure)|seized\s+(?:a|an|the|two|three|four|\d+|its|their)|detains?|smuggl\w*|bans?|banned|banning|caps|capped|curbs?|"
    r"restrictions?\s+on|halts?|blocks?|blocked|cuts?\s+off)\s+(?:[\w'\u2019-]+\s+){0,4}?" + _GOODS + r"|"
    r"(?:trade|entry|travel|export|import|arms|oil)\s+bans?|bans?\s+entry|(?:bars|barred)\s+(?:[\w,-]+\s+){0,6}?"
    r"from\s+entering|waivers?|licen[cs]es?\s+to\s+\w+|snapback|economic\s+measures|"
    r"(?:massive|severe|serious)\s+consequences|countermeasures|retaliat\w+|tit-for-tat|stop\s+list|"
    r"ship-to-ship|evad(?:e|es|ed|ing)|evasion|(?:travel|trade)\s+(?:and\s+trade\s+)?rules|punitive|"
    r"penalt(?:y|ies)|national\s+emergency|listings?|shadow[\s-]+fleet|(?:tough|new|harsh|fresh|tougher)\s+(?:\w+\s+)?restrictions|"
    r"restrictions\s+on\s+(?:Cuba|Iran|Russia|Venezuela|North\s+Korea|Syria|Belarus|Myanmar)|"
    r"despite\s+(?:\w+\s+){0,2}(?:ban|curbs|restrictions|export\s+controls)|routed\s+through|re-export\w*|dodge)\b",
    _I,
)
_DOMESTIC = re.compile(r"\b(?:court|judge|prosecutors?|tax\s+(?:claims?|authorities|bill)|bailiffs?|Yukos)\b", _I)
_PAST_SANCTIONS = re.compile(
    r"\b(?:since|years\s+of|decades?\s+of|ago|formerly|once|were\s+imposed\s+(?:on\s+\w+\s+(?:\w+\s+)?)?in|"
    r"(?:in|since|until)\s+(?:19|20)\d\d|had\s+been|previously|earlier\s+sanctions|old\s+sanctions)\b",
    _I,
)
_STRONG_AUTHORITY = re.compile(
    r"\b(?:Treasury|OFAC|State\s+Department|European\s+Union|EU|Security\s+Council|United\s+Nations|UN|"
    r"Washington|Brussels|Kremlin|Foreign\s+Office|government|administration|nuclear|regime|oligarchs?)\b"
)


@dataclass(frozen=True, slots=True)
class _Segment:
    """One sentence of the story with its position weight."""

    text: str
    weight: float
    zone: str


def classify(
    title: str, summary: str = "", body: str = "", *, thresholds: Mapping[str, float] | None = None
) -> Classification:
    """Classify one story (title, summary and body may hold HTML): labels, scores, evidence and facts."""
    limits = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    title_text = plain_text(title)
    summary_text = plain_text(summary)
    body_text = plain_text(body)
    whole = "\n".join(p for p in (title_text, summary_text, body_text) if p)
    lower = whole.lower()
    want_release = _has_keys(lower, _RELEASE_KEYS) or (
        _has_keys(lower, _WEAK_RELEASE_KEYS) and _has_keys(lower, _DETENTION_KEYS)
    )
    want_sanctions = _has_keys(lower, _SANCTION_KEYS) or (
        _has_keys(lower, _REGIME_KEYS) and _has_keys(lower, _MEASURE_KEYS)
    )
    if not (want_release or want_sanctions):
        return Classification(labels=(), scores={t: 0.0 for t in TOPICS}, evidence={}, facts=Facts())
    segments = _segments(title_text, summary_text, body_text)
    lede = " ".join(s.text for s in segments if s.weight >= 0.8)
    context = _lede_context(lede, whole) if want_release else None
    hits: dict[str, list[Hit]] = {t: [] for t in TOPICS}
    for segment in segments:
        if context is not None:
            hits[PRISONER_RELEASE].extend(_release_hits(segment, context))
        if want_sanctions:
            hits[SANCTIONS].extend(_sanction_hits(segment, lede))
    hits[PRISONER_RELEASE] = _settle_announcements(hits[PRISONER_RELEASE])
    scores = {topic: _combine(hits[topic]) for topic in TOPICS}
    labels = tuple(t for t in TOPICS if scores[t] > 0 and scores[t] >= limits[t])
    evidence = {
        topic: tuple(dict.fromkeys(h.phrase for h in _ranked(hits[topic]) if h.score > 0))[:4]
        for topic in TOPICS
        if scores[topic] > 0
    }
    facts = extract_facts(
        labels,
        {t: _ranked(hits[t]) for t in TOPICS},
        title_text,
        lede,
    )
    return Classification(labels=labels, scores=scores, evidence=evidence, facts=facts)


@dataclass(frozen=True, slots=True)
class _Lede:
    """What the title and lede say about the whole story, read once per story."""

    text: str
    story: str
    political: bool
    foreign: bool
    detention: bool
    media: bool
    criminal: bool


def _lede_context(lede: str, story: str) -> _Lede:
    return _Lede(
        text=lede,
        story=story,
        political=_POLITICAL.search(lede) is not None,
        foreign=_foreign_country(lede),
        detention=_FROM_DETENTION.search(lede) is not None,
        media=_MEDIA.search(lede) is not None,
        criminal=any(
            m.group(0).lower() not in ("hours later", "later released", "police said", "police released")
            for m in _CRIMINAL.finditer(lede)
        ),
    )


def _has_keys(lower: str, keys: tuple[str, ...]) -> bool:
    """Substring checks are far cheaper than regexes; they gate the sentence analysis."""
    return any(key in lower for key in keys)


def _segments(title: str, summary: str, body: str) -> list[_Segment]:
    """Sentences with position weights: title and lede full, later paragraphs less and less."""
    out: list[_Segment] = []
    if title:
        out.append(_Segment(title.replace("\n", " "), 1.0, "title"))
    for i, sentence in enumerate(sentences(summary)):
        out.append(_Segment(sentence, 1.0 if i < 2 else 0.85, "summary"))
    paragraph_weights = (0.8, 0.5, 0.4, 0.3) if summary else (0.95, 0.55, 0.4, 0.3)
    for p, paragraph in enumerate(line for line in body.split("\n") if line.strip()):
        base = paragraph_weights[p] if p < len(paragraph_weights) else 0.25
        for i, sentence in enumerate(sentences(paragraph)):
            out.append(_Segment(sentence, base if i == 0 else base * 0.85, "body"))
    return out


def _settle_announcements(hits: list[Hit]) -> list[Hit]:
    """A headline's "to free" is only an announcement if the lede does not turn it into a demand or condition."""
    body_hits = [h for h in hits if h.zone != "title"]
    if not body_hits or any(h.intent >= 1.0 and not h.future for h in body_hits):
        return hits
    if not any(h.intent < 1.0 for h in body_hits):
        return hits
    return [replace(h, score=h.score * 0.4) if h.zone == "title" and h.future else h for h in hits]


def _combine(hits: list[Hit]) -> float:
    """Combine the best three contributions as independent evidence into a score in [0, 1]."""
    best = sorted((h.score for h in hits), reverse=True)[:3]
    miss = 1.0
    for i, value in enumerate(best):
        miss *= 1.0 - value * (1.0 if i == 0 else 0.35)
    return round(1.0 - miss, 4)


def _ranked(hits: list[Hit]) -> list[Hit]:
    return sorted(hits, key=lambda h: -h.score)


def _phrase(text: str, start: int, end: int, extra_start: int | None = None, extra_end: int | None = None) -> str:
    """The trigger with its deciding context: a few words, cut at word boundaries."""
    lo = min(start, extra_start if extra_start is not None else start)
    hi = max(end, extra_end if extra_end is not None else end)
    if hi - lo > 70:
        lo, hi = start, end
    # Extend to whole words and, for a bare trigger, one word on each side.
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and text[hi].isalnum():
        hi += 1
    if extra_start is None:
        left = text.rfind(" ", 0, max(lo - 1, 0))
        lo = left + 1 if left >= 0 and lo - left < 25 else lo
        right = text.find(" ", hi + 1)
        hi = right if right != -1 and right - hi < 25 else len(text) if len(text) - hi < 25 else hi
    return text[lo:hi].strip(" ,;:.\"'()")


def _release_hits(segment: _Segment, lede: _Lede) -> list[Hit]:
    lower_text = segment.text.lower()
    if not (_has_keys(lower_text, _RELEASE_KEYS) or _has_keys(lower_text, _WEAK_RELEASE_KEYS)):
        return []
    lede_political, lede_foreign, lede_detention = lede.political, lede.foreign, lede.detention
    lede_media, lede_criminal = lede.media, lede.criminal
    text = _AMNESTY_ORG.sub(lambda m: "_" * len(m.group(0)), segment.text)
    out: list[Hit] = []
    sentence_other = _OTHER_SENSE_SENTENCE.search(text) is not None
    hard_criminal = _HARD_CRIMINAL.search(text) is not None
    strong_political = lede_political or _POLITICAL.search(text) is not None
    political = strong_political or lede_foreign or _foreign_country(text)
    criminal = lede_criminal or _CRIMINAL.search(text) is not None
    words = text.split()
    title_case = len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
    for match in _RELEASE_TRIGGER.finditer(text):
        start, end = match.span()
        word = match.group(0)
        lower = word.lower()
        if _FREE_ADJECTIVE.match(text, start) or (lower == "free" and not _free_is_verb(text, start, end)):
            continue
        window_lo, window_hi = max(0, start - 60), min(len(text), end + 70)
        after = text[end:window_hi]
        before = text[window_lo:start]
        if _other_sense(lower, before, after):
            continue
        window = text[window_lo:window_hi]
        detainee = _DETAINEE.search(window) or _DETAINEE_I.search(window) or _AMNESTY_FREES.search(window)
        place = _FROM_DETENTION.search(window)
        person = _PERSON.search(window) or (None if title_case else (_NAME.search(after) or _NAME.search(before)))
        detention = lede_detention or place is not None or detainee is not None or _FROM_DETENTION.search(text) is not None
        ctx: re.Match[str] | None
        if lower.startswith(("swap", "exchang", "trad")) and not detainee and not (
            person and (detention or _SWAPPED_PERSON.search(window))
        ):
            continue
        if lower.startswith("exchang") and word[0].isupper() and start > 0 and not detainee:
            continue  # "Securities and Exchange Commission", "Mercantile Exchange"
        if detainee:
            strength, ctx = 0.9, detainee
        elif place and person:
            strength, ctx = 0.85, place
        elif person and political and detention:
            strength, ctx = 0.8, person
        elif person and lower.startswith(("swap", "exchang", "trade")):
            strength, ctx = 0.75, person
        elif person and political:
            strength, ctx = 0.7, person
        elif person and detention:
            strength, ctx = 0.6, person
        elif place:
            strength, ctx = 0.5, place
        elif person:
            strength, ctx = 0.4, person
        else:
            continue
        if _RELEASE_REQUIRES_CONTEXT.match(lower) and not lower.endswith("free") and not (detainee or place or detention):
            strength *= 0.6
        if _HOME_TRIGGER.match(lower) and not lower.endswith("free") and (_HOME_OFFICIAL.search(text) or not detention):
            strength *= 0.2
        if not detainee and (lede_media or _MEDIA.search(text)):
            strength *= 0.3
        if lower.startswith("pardon") and not (detainee or _PARDON_FREES.search(text) or _PARDON_FREES.search(lede.text)):
            strength *= 0.6
        if lower.startswith("pardon") and (_NOT_IN_CUSTODY.search(text) or _NOT_IN_CUSTODY.search(lede.story)):
            strength *= 0.2
        if lower.startswith(("exchang", "swap", "trad")) and not (detainee or person):
            strength *= 0.5
        if sentence_other:
            strength *= 0.15
        if not detainee and _COMPANY.search(text, 0, start):
            strength *= 0.2
        if _DEATH.search(text):
            strength *= 0.5
        if _AFTERMATH.search(text) or (word in ("Freed", "Released") and _SAYS.search(text)):
            strength *= 0.45
        if hard_criminal:
            strength *= 0.15
        elif criminal and not strong_political:
            strength *= 0.3
        elif criminal:
            strength *= 0.6
        elif not strong_political:
            strength *= (0.85 if detention else 0.75) if political else (0.75 if detention else 0.6)
        if _PAST_BEFORE.search(text, max(0, start - 40), start) or _PAST_AFTER.match(text, end, end + 40):
            strength *= 0.4
        intent = _intent_factor(text, start, end)
        if word == "Free" and _SLOGAN.search(text, 0, start):
            intent = min(intent, 0.15)
        strength *= intent
        if text.rstrip().endswith("?"):
            strength *= 0.6
        if strength <= 0.05:
            continue
        phrase = _phrase(text, start, end, ctx.start() + window_lo, ctx.end() + window_lo)
        out.append(Hit(score=strength * segment.weight, phrase=phrase, sentence=segment.text, zone=segment.zone,
                       start=start, end=end, intent=intent, future=_FUTURE.search(before) is not None))
    return out


def _free_is_verb(text: str, start: int, end: int) -> bool:
    """Bare "free" is a verb only with an object after it and no article or copula before it."""
    if _FREE_NOT_VERB.match(text, end) or not re.match(r"\s+[\w\"'\u2018\u201c]", text[end:]):
        return False
    return _ADJECTIVE_BEFORE.search(text, max(0, start - 25), start) is None


def _other_sense(lower: str, before: str, after: str) -> bool:
    """True when the trigger releases a product, document or animal rather than a person."""
    after_words = " ".join(after.split()[:4])
    other = _OTHER_SENSE_NEAR.search(after_words)
    if other:
        humans = [m.start() for m in _PERSON.finditer(after_words) if not _OTHER_SENSE_NEAR.fullmatch(m.group(0))]
        humans += [m.start() for m in _DETAINEE_I.finditer(after_words)]
        if not (humans and min(humans) <= other.start()):
            return True
    if lower.startswith("releas"):
        previous = _PREVIOUS_WORD.search(before)
        if previous and _OTHER_SENSE_NEAR.fullmatch(previous.group(1)):
            return True
        # Headline passive: "New Video of CARE Hostage Released".
        if _PRODUCT_OF.search(" ".join(before.split()[-5:])):
            return True
    return False


def _foreign_country(text: str) -> bool:
    return any(c != "United States" for c in find_countries(text))


def _intent_factor(text: str, start: int, end: int) -> float:
    """1.0 when the release happens or is agreed; small when it is demanded, refused or only discussed."""
    clause_start = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start),
                       text.rfind(" - ", 0, start), text.rfind("\u2014", 0, start), start - 80, 0)
    before = text[clause_start:start]
    last = None
    for cue in _INTENT.finditer(before):
        last = cue
    factor = 1.0
    if last is not None and last.group("neg"):
        factor = 0.15
    elif _GOAL_FOR.search(before):
        factor = 0.3
    if _INTENT_AFTER.match(text[end:end + 60]) and not _AFTER_PAST.match(text, end):
        factor = min(factor, 0.2)
    clause = re.split(r"[,;:.]|\s-\s", text[end:end + 70], maxsplit=1)[0]
    if _CONDITION_AFTER.search(clause):
        factor = min(factor, 0.2)
    return factor


def _sanction_triggers(text: str) -> list[re.Match[str]]:
    """Explicit sanction words, and, only beside a sanctioned state or company, measures that are sanctions in all but name."""
    found = list(_SANCTION_TRIGGER.finditer(text))
    if not found and _REGIME.search(text) and not _DOMESTIC.search(text):
        found = list(_MEASURE.finditer(text))
    return found


def _sanction_hits(segment: _Segment, lede: str) -> list[Hit]:
    text = segment.text
    lede_blocked = _LEDE_SANCTION_BLOCK.search(lede) is not None
    lower_text = text.lower()
    if not (_has_keys(lower_text, _SANCTION_KEYS) or _has_keys(lower_text, _MEASURE_KEYS)):
        return []
    out: list[Hit] = []
    blocked = lede_blocked or _SANCTION_BLOCK.search(text) is not None
    authority = _STRONG_AUTHORITY.search(text) is not None
    government = _GOVERNMENT.search(text) is not None
    lede_government = _GOVERNMENT.search(lede) is not None
    for match in _sanction_triggers(text):
        start, end = match.span()
        word = match.group(0).lower()
        if _APPROVAL.search(text[max(0, start - 30): end + 40]):
            continue
        if word == "sanctions":
            strength = 0.95 if government else 0.6
        elif word.startswith("sanction"):
            strength = 0.85 if government else 0.4
        elif word.startswith("embargo"):
            strength = 0.8 if government else 0.3
        elif word == "ofac" or word.startswith("magnitsky") or word.startswith("restrictive"):
            strength = 0.9
        elif word.startswith(("blacklist", "entity list")):
            strength = 0.75 if authority or government else 0.2
        elif word.startswith("designat"):
            strength = 0.6 if re.search(r"\b(?:Treasury|OFAC|State Department)\b", text) else 0.0
        elif word.startswith(("visa", "general")):
            strength = 0.8 if government or lede_government else 0.3
        elif word.startswith(("asset", "fr", "unfr")):
            strength = 0.2 if _DOMESTIC.search(text) else 0.75 if authority or government else 0.2
        elif word == "swift":
            strength = 0.8 if government else 0.0
        elif "package" in word:
            strength = 0.85 if government or lede_government else 0.3
        elif word.startswith(("treasury", "ofac", "state", "commerce")):
            strength = 0.85
        elif match.re is _MEASURE:
            strength = 0.65 if not word.startswith(("restrict", "rules", "transfer", "measures", "licen", "bloc")) else 0.55
        elif "sponsor" in word:
            strength = 0.85
        elif word.startswith(("export", "price cap", "shadow")):
            strength = 0.55 if authority or government else 0.2
        else:
            strength = 0.45 if authority else 0.15
        if strength <= 0:
            continue
        if blocked:
            strength *= 0.5 if authority and word == "sanctions" else 0.1
        if not government and not lede_government:
            strength *= 0.7
        if _PAST_SANCTIONS.search(text[max(0, start - 40): end + 50]):
            strength *= 0.5
        phrase = _phrase(text, start, end)
        out.append(Hit(score=strength * segment.weight, phrase=phrase, sentence=text, zone=segment.zone,
                       start=start, end=end))
    return out
