"""Facts of a classified story: countries, how many were freed and who, what the sanctions did, by whom, to what.

The extractor reads the sentences that decided each topic (the classifier's hits, best first), so a
number or a name in an unrelated background paragraph does not become a fact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import (
    AUTHORITIES,
    MULTIPLIERS,
    NOT_NAME_WORDS,
    NUMBER_WORDS,
    PEOPLE_BY_ENDING,
    PERSON_ROLES,
    country_aliases,
    country_aliases_cached,
)
from .models import PRISONER_RELEASE, SANCTIONS, Facts
from .text import LATIN_CAPITALS, NO_BREAK_AFTER_MONTH, ROUGHLY, figure, in_title_case, without_accents

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Hit:
    """One trigger the classifier found: its contribution, the phrase shown as evidence, and where it was."""

    score: float
    phrase: str
    sentence: str
    zone: str
    start: int
    end: int
    intent: float = 1.0
    future: bool = False
    doubts: tuple[str, ...] = ()  # why the rules marked the trigger down: "intent", "criminal", "past", ...


_NUMBER_WORD_RE = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_COMPOUND_NUMBER_WORD = r"(?:" + _NUMBER_WORD_RE + r")(?:-(?:" + _NUMBER_WORD_RE + r"))?"  # "twenty-two"
# Plural nouns of people that a figure or a vague quantity may count ("14 political prisoners", "several activists").
# An official's entourage, and lawmakers, who as often act for the freed ("60 lawmakers appealed"): people a figure counts
# only where they are freed themselves (see _ENTOURAGE_AFTER).
_ENTOURAGE = (r"aides|staffers|bodyguards|advisers|advisors|associates|deputies|consultants|lawmakers|legislators|councillors|"
              r"councilors|comrades|relatives")
_PEOPLE_NOUNS = (
    r"prisoners?|detainees?|hostages?|captives?|POWs?|people|persons|inmates|Americans?|Britons?|citizens|"
    r"nationals|journalists|activists|dissidents|protesters|servicem[ae]n|soldiers|troops|fighters|"
    r"defenders|sailors|fishermen|crew|women|children|daughters|sons|men|professors|academics|scholars|researchers|Israelis|Palestinians|Ukrainians|Russians|"
    r"Belarusians|Iranians|Venezuelans|Cubans|individuals|foreigners|students|members|opponents|"
    r"critics|clergy|priests|schoolgirls|girls|boys|civilians|passengers|abductees|Thais|Filipinos|Nepalis|Indians|Germans|"
    r"officers|officials|ministers|engineers|workers|militants|rebels|insurgents|"
    r"commanders|jihadists|extremists|nuns|monks|helpers|maids|bishops|teachers|doctors|nurses|seafarers|tourists|travellers|hikers|pilots|diplomats|"
    r"businessmen|employees|staff|volunteers|missionaries|farmers|drivers|clerics|lawyers|bloggers|writers|artists|"
    r"convicts|pupils|schoolchildren|seminarians|villagers|policemen|police|guards|marines|crewmen|youths|minors|teenagers|"
    r"peacekeepers|observers|monitors|shepherds|herders|pilgrims|worshippers|cadets|contractors|nephews|personnel|leaders|figures|"
    r"schoolboys|miners|medics|conscripts|reservists|sergeants|captains|seamen|agents|spies|hunters|climbers|trekkers|"
    r"mountaineers|campers|truckers|labourers|laborers|co-accused|co-defendants|defendants|suspects|colleagues|companions|cellmates|"
    r"executives|managers|"
    r"reporters|correspondents|politicians|campaigners|environmentalists|conservationists|unionists|scientists|sociologists|"
    r"economists|geologists|archaeologists|photojournalists|filmmakers|cameram[ae]n|musicians|rappers|translators|interpreters|"
    r"organisers|organizers|"
    r"paramedics|lecturers|elders|(?<=other\s)clergymen|Christians|Muslims|Uyghurs|Tibetans|Kurds|Westerners|Europeans|wives|widows|"
    r"defendants|supporters|Rohingyas?|Yazidis|editors|publishers|columnists|poets|cartoonists|actors|actresses|singers|"
    r"athletes|footballers|imams|pastors|rabbis|sheikhs|traders|merchants|technicians|surveyors|mechanics|"
    r"migrants|refugees|exiles|deportees|sisters|brothers|cousins|uncles|mothers|fathers|parents|husbands|adults|"
    r"juveniles|adolescents|infants|babies|classmates|crewmates|cadres|separatists|nationalists|guerrillas|"
    r"combatants|paratroopers|commandos|mercenaries|deserters|gendarmes|constables|coastguards|rangers|veterans|generals|mayors|"
    r"governors|"
    r"analysts|servants|assistants|instructors|secretaries|coordinators|guides|farmworkers|ranchers|"
    r"catechists|parishioners|congregants|followers|demonstrators|peasants|accountants|chefs|cooks|clerks|colonels|deacons|"
    r"housemaids|nannies|lieutenants|privates|corporals|recruits|surgeons|apprentices|interns|nomads|" + _ENTOURAGE
)
# A capitalised name of one or more words.
_A_NAME = r"(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)*"
# Thousands grouped by points or spaces, as many outlets write them ("3.000", "1 200").
_GROUPED_THOUSANDS = r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})++"
# "On March 15 120 prisoners walked free": a date's day is no thousands group of the figure after it.
_NOT_AFTER_A_MONTH = "".join(rf"(?<!{month}\s)" for month in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
_SINGULAR_DEMONYMS = (r"(?-i:Briton|Swede|Pole|Turk|Kurd|Czech|Dane|Greek|Swiss|Dutch(?:man|woman)?|Thai|Filipin[oa]|Uzbek|Kazakh|Tajik|"
                       r"Kyrgyz|Scot|Finn)")
# Digits after an apostrophe are a year ("'88 Generation"); a number word after a quote is not ("'Two Michaels'").
_COUNT = re.compile(
    r"(?<![\w$.,-])(?!(?<=['\u2019])\d)(?P<qual>(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|up\s+to|roughly|"
    r"approximately|another|a\s+further|a\s+total\s+of|all)\s+)?"
    # thousands grouped by commas, by points or spaces as many outlets write them ("3.000", "1 200"), a decimal before
    # "thousand" ("1.2 thousand"), digits, or words; "4,000-plus" is 4,000, "a 9-member crew", "two-man BBC crew" so many
    r"(?P<num>\d{1,3}(?:,\d{3})+"
    r"|(?<!\d[\s.\u00a0\u202f])" + _NOT_AFTER_A_MONTH + _GROUPED_THOUSANDS + r"(?![.,]?\d)"
    r"|\d+\.\d+(?=\s+(?:thousand|million)\b)|\d+|(?:(?:" + _NUMBER_WORD_RE + r")(?:[\s-]+(?:and\s+)?)?){1,8})"
    r"(?:-plus\b|\+|-(?:member|strong|man|person)\b(?=\s+(?:[\w-]+\s+)?crew\b))?"
    r"(?P<mult>\s+(?:hundred|thousand|million|dozen))?"
    # "the banned Ginbot 7 movement who ...": a group's name (not "12 coalition soldiers")
    r"(?!\s+(?:movement|network|collective|coalition|alliance|organi[sz]ation)(?:\s+(?:who|which|that|of|in|and)\b|\s*[,.;:)]|\s*$))"
    # "one of 651 prisoners freed": the person is among the figure that follows ("release one of two prisoners" is one)
    r"(?!(?<=\bone)\s+of\s+(?:the\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:freed|released|pardoned|amnestied|returned|"
    r"exchanged|swapped|handed\s+over|repatriated|let\s+go)\b)"
    r"(?!(?<=\bone)\s+of\s+the\s+\d)"  # "was one of the 16 people Russia released"
    # "one of Belarus's best-known political prisoners": a description, not a figure
    r"(?!(?<=\bone)\s+of\s+(?:the\s+[\w-]+(?:'s|\u2019s)|the|its|their|his|her|[\w-]+(?:'s|\u2019s))\s+"
    r"(?:best|most|longest|highest|leading|top|better|biggest|few)\b)"
    # (with one lower-case word before the unit: "three more years", "two coalition planes"; not "452 prisoners days before")
    r"(?!\s+(?:(?!(?:of|more\s+than|" + _PEOPLE_NOUNS + r")\b)(?-i:[a-z][\w-]*)(?<!s)(?<!men)\s+)?"
    r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|decades?|minutes?|mins?|times|companies|firms|entities|vessels|ships|tankers|"
    r"banks|businesses|aircraft|(?:land)?mines|maps|rockets|missiles|shells|tonnes|tons|barrels|dollars|euros|pounds|homes|"
    r"houses|vehicles|trucks|lorries|planes|jets|buses|flights|convoys|boats|(?-i:grams|kilograms|kilos|kg|ounces|litres|liters|"
    r"metres|meters|kilometres|kilometers|km|miles|acres|hectares|per\s+cent|percent))\b)"  # "blacklisted 11 companies and individuals" counts no one freed
    r"(?=\s+(?:(?:more|other|of\s+(?:the|its|their))\s+)?(?:#?[\w'-]+\s+){0,3}?"  # (a hashtag: "12 #FixTheCountry activists")
    r"(?:" + _PEOPLE_NOUNS + r"|captured|of\s+them|French|Israeli|Palestinian|Ukrainian|Russian|Thai|Belarusian|Iranian|political|"
    r"jailed|detained|held|were|was|others|more|released|freed|pardoned|amnestied|exchanged|swapped|repatriated|brought|rescued|"
    r"granted\s+(?:amnesty|clemency|pardons?|(?:early\s+)?release)|"
    r"of\s+(?:its|their)\s+own(?!\s+(?:for\s+(?:re)?burial|dead|bodies|remains))|"  # "received 303 of its own"
    r"flown|bused|bussed|handed\s+over|sent\s+home|let\s+(?:out|go)|cross(?:ed|es)?|"
    r"in\s+(?:all|total)|"
    r"had\s+been|have\s+been|(?-i:[A-Z])[a-z]+(?:ans|ians|is|ese|s)|(?-i:[A-Z])[a-z]+(?:an|ian|i|ese|ish)|"
    r"" + _SINGULAR_DEMONYMS + r")\b|\s*(?:,\s*)?(?:including|among)\b|\s+(?:in|from)\s+[A-Z]|"
    r"\s+(?:each|apiece|a\s+side|walk(?:s|ed)?\s+(?:free|out)|go\s+free)\b|\s+(?:home|back)\s+to\s+(?-i:[A-Z])|"  # "swap 390 each", "230 home to Ukraine"
    r"(?<!\bthe\s\d)(?<!\bthe\s\d\d)\s+convicted\s+(?:over|of|for|in)\b)",  # "Twenty-three convicted over 2020 protests walk free"
    _I,
)
# "for" of a duration ("jailed for 511 days") is no exchange.
_SWAP = re.compile(
    r"\b(?:swap\w*|exchang\w*|trad(?:e|es|ed|ing)|for(?!\s+" + ROUGHLY + r"(?:\d[\d,]*|a|an|"
    r"[a-z]+)\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b))\b", _I
)
_TOTAL = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|all\s+told)\b", _I)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+)?total\s+of\s+$", _I)
# "75 for 75", "1,000-for-1,000", "three-for-one": both sides of an exchange.
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_N_FOR_N = re.compile(
    rf"\b(?:(?P<a>{_DIGITS})(?:\s+|-)for(?:\s+|-)(?P<b>{_DIGITS})|"
    # "One hundred and three for one hundred and three", "ninety-five-for-ninety-five"
    rf"(?P<wla>(?:{_NUMBER_WORD_RE})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD_RE})){{1,4}})(?:\s+|-)for(?:\s+|-)"
    rf"(?P<wlb>(?:{_NUMBER_WORD_RE})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD_RE})){{1,4}})|"
    rf"(?!one\s+for\s+one\b)(?P<wa>{_NUMBER_WORD_RE})(?:-|\s+)for(?:-|\s+)(?P<wb>{_NUMBER_WORD_RE}))\b", _I
)
# Some of a group told arriving, the whole group freed: "Seven of eight Indian Navy veterans freed by Qatar return to Delhi".
_SOME_OF_ALL_FREED = re.compile(
    r"\b(?:\d+|" + _NUMBER_WORD_RE + r")\s+of\s+(?:the\s+)?(?P<all>\d+|" + _NUMBER_WORD_RE + r")\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:freed|released|pardoned)\s+by\s+(?P<by>(?-i:[A-Z])[\w-]+)\s+(?:[^,;]{0,40}?\s)?(?:return|returns|land|lands|arrive|arrives|fly|flies|"
    r"reach|reaches|head|heads)\b",
    _I,
)
# "a 24-person prisoner swap": the exchange's whole size.
_N_PERSON_SWAP = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)-(?:person|people|man|prisoner|detainee|captive)\s+(?:[\w-]+\s+)?(?:swap|exchange)\b", _I)
# "free 120 prisoners each in first stage of 800-prisoner swap": the whole of which a stage is told.
_PART_OF_A_WHOLE = re.compile(r"\b(?:stage|phase|round|batch|tranche)\s+of\s+(?:the\s+|an?\s+)?$", _I)
# "Ten Israeli women and children and two Thai nationals": figures of groups joined by "and", added.
_AND_COUNTS = re.compile(
    r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,4}?and\s+(?:a\s+|their\s+)?(?:\d|(?:" + _NUMBER_WORD_RE + r")\b)", _I
)
# A group listed after "and" that acts rather than is freed: "a guide and two elders led them to the camp"
_GROUP_NOT_ACTING = (r"(?!(?:\s+[\w-]+){1,3}?\s+(?:led|leads|said|says|told|tells|took|takes|escorted|escorts|guided|guides|brought|"
                     r"brings|drove|drives|helped|helps|negotiated|negotiates|mediated|mediates)\b)")
# "Thirteen Israelis, ten Thais and ...": a list of groups, added.
_LIST_COUNTS = re.compile(
    r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?!of\b)"
    r"(?:[\w-]+\s+){0,2}?[\w-]+,?\s+and\s|"
    # "6 Poles, 2 Lithuanians, a Latvian and a Swede"
    r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?[\w-]+,\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?!of\b)"
    r"(?:[\w-]+\s+)?[\w-]+,\s+(?:a|an|one)\s|"
    # "five priests, a nun and three catechists" (not "22 hostages, a guide and two elders led them out")
    r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?[\w-]+,\s+(?:a|an|one)\s+(?:[\w-]+\s+)?[\w-]+,?\s+and\s+"
    r"(?:\d[\d,]*|(?:" + _NUMBER_WORD_RE + r")\b)" + _GROUP_NOT_ACTING + r"|"
    # without "and": "13 Israelis, 10 Thais, 2 Filipinos"
    r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?[\w-]+,\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?!of\b)"
    r"(?:[\w-]+\s+)?[\w-]+,\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?!of\b)", _I
)
# A headline's two groups with no "and": "Boko Haram releases 10 policewomen, three UNIMAID lecturers"
_TWO_GROUPS_LISTED = re.compile(
    # (not a whole of captives and a part: "pardons 37 prisoners, 16 women")
    r"\b(?P<a>\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w'-]+\s+){0,2}?"
    r"(?!(?:prisoners|detainees|hostages|captives|inmates|convicts|people|persons|POWs)\b)[\w'-]+(?:s|men|children|people),\s+(?P<b>\d[\d,]*|"
    + _NUMBER_WORD_RE + r")\s+(?!of\b)(?:[\w'-]+\s+){0,2}?"
    # (nor a part told by sex, age or origin: "frees 40 protesters, 12 women"; nor by nationality: "24 hostages, 13 Israelis")
    r"(?!(?:women|men|children|minors|girls|boys|teenagers|teens|juveniles|foreigners|mothers|pensioners)\b)(?-i:[a-z])[\w'-]*(?:s|men|children|people)"
    r"(?:\s*$|\s*[;:(]|\s+(?:in|after|from|as|amid|on|at|near|following)\b|"
    r"\s+(?:(?:were|are)\s+)?(?:freed|released|pardoned|handed\s+over|repatriated|returned)\b)", _I)  # "200 fishermen, three civilians freed"
# A sentence that tells the parts of the people freed: "The released detainees include ...", "Among the prisoners released
# by Israel were ..."
_THOSE_FREED_INCLUDED = re.compile(
    r"\W*(?:(?:the|those)\s+(?:(?!\d)[\w'-]+\s+){0,3}?(?:detainees|prisoners|captives|hostages|inmates|people|men|women|freed|"
    r"released)\s+(?:include|includes|included|comprise|comprised)\b|"
    r"among\s+(?:the|those)\s+(?:(?!\d)[\w'-]+\s+){0,5}?(?:were|was)\b)", _I)
def _parts_of_a_figure(sentence: str, value: int, figures: Sequence[tuple[int, str, str]]) -> bool:
    """Whether a sentence tells what the people of a figure read before include, adding up to most of it, and of no other
    side ("The released detainees include about 400 Palestinians and some 30 Lebanese" after 436; not "The released hostages
    include three Israelis and five Thais" after 110 Palestinians, nor "The Russians released comprised 40 soldiers and two
    civilians" after 50 Ukrainians)."""
    told = _THOSE_FREED_INCLUDED.match(sentence)
    if told is None:
        return False
    subject = _demonym_after(told.group(0), 0)  # the people's own demonym ("The Russians released"), not "released by Israel"
    return any(value < whole and 5 * value >= 4 * whole and not (subject and side and subject != side) for whole, side, _ in figures)


_AMONG_WERE_BEFORE = re.compile(r"\bamong\s+(?:the|those)\b[^.;]*\b(?:were|was|are)\s+" + ROUGHLY + r"$", _I)
_ARE_AFTER = re.compile(  # (not "Eight students were also freed alongside the protesters")
    r"\s+(?:[\w-]+\s+)?(?:are|were)\b(?!\s+(?:also|freed|released|pardoned|let|set|handed)\b)", _I)
# "Thirty of those freed are ...", "Eight of them are students", "Five journalists were among the 16 freed"
_PART_OF_THOSE_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|those|whom|the\s+[\w-]+)(?:\s+[\w-]+)?\s+(?:are|were)|(?:[\w-]+\s+){0,2}?(?:are|were)\s+among|of\s+(?:them|whom))\b", _I)
_INCLUDING_BEFORE = re.compile(
    r"(?:\b(?:including|include|includes|included|among\s+them(?:\s+(?:are|were))?|of\s+(?:those|them)(?:\s+(?:released|freed))?,?)"
    r"|^\W*)\s*" + ROUGHLY + r"$", _I)  # "Of those released, eight are officers", "Eight are university students"


def _whole_of_listed_groups(title: str, value: int, lede: Sequence[str]) -> int:
    """A headline's two groups added ("frees 120 protesters, 30 students") are a whole and its part where the lede tells the
    second among the first ("Among the 120 protesters freed were 30 students"): the first figure then; else `value`."""
    listed = _TWO_GROUPS_LISTED.search(title)
    whole, part = ((figure(listed.group(g)) or parse_count(listed.group(g).lower())) if listed else None for g in "ab")
    if whole is None or part is None or value != whole + part:
        return value
    told_as_part = any(value == part and (_AMONG_WERE_BEFORE.search(s, max(0, match.start() - 120), match.start())
                                          or (_INCLUDING_BEFORE.search(s, max(0, match.start() - 30), match.start())
                                              and (match.start() > 0 or _ARE_AFTER.match(s, match.end())))
                                          or _PART_OF_THOSE_AFTER.match(s, match.end()))
                       for s in lede for match, _, value, _, _ in _count_matches(s))
    return whole if told_as_part else value


# "two Italians and ", "55 Russian soldiers and "; not "The group of 120 included teachers and a priest"
_PLURAL_AND = r"\s+(?!(?:included|includes|including|among)\s)(?:[\w'-]+\s+){0,2}?(?:[\w'-]+s|(?-i:[a-z]+men))\s+and\s+"
_ROLE = PERSON_ROLES
_ONE_MORE_NOUN = (
    r"(?:" + _ROLE + r"|colleague|companion|teenager|resident|child|girl|boy|man|woman|wife|husband|civilian|"
    # a school's or a firm's staff: "the principal, three teachers and a cook"
    r"principal|headmaster|headmistress|headteacher|pupil|cook|chef|driver|guard|bodyguard|guide|mechanic|technician|"
    r"employee|staffer|clerk|crewman)"
)
_ONE_MORE_DEMONYM = (
    r"(?:(?-i:[A-Z])[a-z]+(?:an|ian|i|ese|ish|ch|ino)|" + _SINGULAR_DEMONYMS + r")"
    r"(?!\s+(?:tanker|ship|vessel|boat|plane|jet|aircraft|firm|company|bank|embassy|government|side|authorities|ministry|"
    r"officials|army|military|forces|navy)\b)"
)
# "two Italians and a Canadian", "three police officers and a soldier": one more person beside the figure.
_AND_ONE_MORE = re.compile(
    # not the subject of the other side's clause: "32 Armenians and Yerevan released eight Azerbaijanis"
    _PLURAL_AND + r"(?!(?-i:[A-Z])[\w-]+\s+(?:[a-z]+(?:\s+(?:over|back))?\s+)?(?:\d|(?:" + _NUMBER_WORD_RE + r")\b))"
    # "and the retired Dutch pilot", "and the American held since 2019": after "the", a person's noun, or a demonym that
    # ends the phrase; "and the Palestinian Authority hails", "and the Qatari mediators say" add no one
    r"(?:the\s+(?:[\w'-]+\s+){0,2}?(?:" + _ONE_MORE_NOUN + r"|" + _ONE_MORE_DEMONYM + r"(?=\s*(?:$|[,;:.)])|\s+(?:was|were|is|are|"
    r"has|had|who|held|jailed|detained|imprisoned|kidnapped|abducted|seized|captured|arrested|sentenced|convicted|freed|released|"
    r"also|on|in|at|from|to|after|with|for|as|back|home|flew|arrived|landed)\b))|"
    r"(?:(?:a|an|one)\s+(?:[\w'-]+\s+){0,2}?|(?=(?-i:[A-Z])[a-z]+\s+[a-z]+\b(?!s)))"
    r"(?:" + _ONE_MORE_DEMONYM + r"|" + _ONE_MORE_NOUN + r"))\b(?!s)"
    # not a source nor someone acting: "freed 18 pupils and a guard at the school said", "released 30 hostages on Friday and a
    # guard escorted them" (but "three teachers and a cook seized from the school")
    r"(?!(?:\s+(?:at|of|from)\s+(?:the\s+)?[\w-]+)?\s+(?:said|says|tells|told|led|leads|took|takes|drove|drives|opens|brought|"
    r"brings|escorts|guides|accompanies|"
    r"(?!(?:held|seized|abducted|kidnapped|captured|detained|taken|freed|released|rescued|jailed|arrested|imprisoned|based|"
    r"employed|stationed|posted|assigned|named|identified|sentenced|convicted|accused|charged|condemned|tried|indicted|wounded|"
    r"injured|exiled|deported|expelled|wanted)\b)(?-i:[a-z]+ed))\b)"
    # nor a source, a go-between or a relative told further on ("12 fishermen and a coast guard officer who met them at the
    # port said", "and a Red Cross worker travelling with them", "and a husband of one of them waiting at the gate")
    r"(?![^,.;]{0,80}?\b(?:said|says|told|tells|confirm(?:ed|s)?|receiv(?:ed|es)|hail(?:ed|s)|greet(?:ed|s)|rejoic\w+|celebrat\w+|"
    r"weeps?|wept|waiting|wounded|killed|handed\s+them|travell?ing\s+with|representing|who\s+(?:met|led|negotiated|helped|held|examined|"
    r"represented|flew|brokered|escorted|accompanied))\b)"
    # nor one of a group whose seizure, not release, the clause tells ("The principal, three teachers and a cook were seized in
    # March; the three teachers were freed")
    r"(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:seized|abducted|kidnapped|arrested|detained|captured|taken)\b"
    r"(?![^.;]*?\b(?:freed|released|let\s+go|set\s+free)\b))", _I
)
# "2 Lithuanians, a Latvian and a Swede": one person each after the figure's group and a comma
_PLURAL_COMMA = re.compile(r"\s+(?!(?:included|includes|including|among)\s)(?:[\w'-]+\s+){0,2}?[\w'-]+(?:s|ese|Swiss),\s+", _I)
# "five priests, a nun and three catechists": one person between two counted groups
_ONE_BETWEEN_GROUPS = re.compile(
    _PLURAL_COMMA.pattern + r"(?:a|an|one)\s+(?:[\w-]+\s+)?" + _ONE_MORE_NOUN + r"\b(?!s),?\s+and\s+(?:\d[\d,]*|(?:"
    + _NUMBER_WORD_RE + r")\b)" + _GROUP_NOT_ACTING, _I)
_ONE_NATIONAL = re.compile(r"(?:a|an)\s+(?P<who>(?-i:[A-Z])[\w-]+)\b(?!s)", _I)  # ("one Briton" is a figure of its own)
_SOURCE_OR_PART_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:said|says|told|tells|among|including|official|spokes\w+)\b", _I)
_ITEM_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# A month's full name: "in October".
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)"
)
# "March 28", "on 12 May": a date, not a figure of people.
_DATE_BESIDE = re.compile(r"\b" + _MONTH + r"\.?\s+$")
# "on 23 April": the same, told day first.
_DATE_AFTER = re.compile(r"\s+" + _MONTH + r"\b")
# The dead and ships, which are no one freed.
_DEAD_NOUNS = r"remains|bod(?:y|ies)|coffins?|caskets?|corpses?"
_THE_DEAD_WORD = r"(?:late|" + _DEAD_NOUNS + r")"
_VESSEL_WORD = r"(?:tanker|ship|vessel|yacht|frigate|boat)"
# "the remains of four hostages": the dead are not freed; "mother of two daughters": nor is her family.
_REMAINS_OF = re.compile(r"\b(?:remains|bodies|body|coffins?|caskets?|mother|father|parents?)\s+of\s+(?:the\s+)?$", _I)
# "her two daughters waited at Heathrow": family members count only when freed with the person ("mother and her two
# daughters").
_FAMILY_NOUN = re.compile(r"\s+(?:daughters|sons)\b", _I)
# "reunites with her parents and two sisters": someone's kin, not the freed (but "frees activist's two sisters").
_KIN_NOUN = re.compile(r"\s+(?:(?:young|adult|teenage|elder|older|younger)\s+)?(?:sisters|brothers|relatives|parents|mothers|"
                       r"fathers|husbands|cousins|uncles)\b", _I)
_KIN_STILL_HELD = re.compile(r"\s+[\w-]+\s+(?:who\s+(?:are|were)\s+)?(?:still|remain\w*)\b", _I)  # "with her two daughters still in Gaza"
_KIN_OF_BEFORE = re.compile(r"(?:\b(?:her|his|their|whose|reunit\w*\s+with|meets|met|joined|greeted|embraced)|"
                            r"(?-i:[A-Z])[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,3}?$", _I)
# the family freed: "a mother and her two sons", "frees two sisters of", "released with his two brothers"
_FAMILY_FREED = re.compile(r"\b(?:mother|father|wife|husband|woman|man)\s+and\s+(?:her|his|their)\s+$|"
                           r"\b(?:free|frees|freed|release|releases|released|pardons|pardoned)\s+"
                           r"(?:(?:along|together)\s+with\s+|with\s+)?(?:[\w'\u2019-]+\s+){0,2}?$", _I)
# "reunited with her two children": the family of a person freed, not with her (but "freed with their three children").
_CHILDREN = re.compile(r"\s+children\b", _I)
_CHILDREN_WATCHING = re.compile(r"\s+(?:young\s+|small\s+)?(?:children|sons|daughters|kids)\s+(?:watching|waiting|looking\s+on|present)\b", _I)
_FAMILY_WAITING = re.compile(
    r"\b(?<!and\s)(?<!freed\swith\s)(?<!released\swith\s)(?<!rescued\swith\s)(?<!together\swith\s)(?:her|his|their)\s+$", _I)
# "LIVE 09:10 - ...": a clock time, not a figure.
_CLOCK_BEFORE = re.compile(r"\d[:.]$")
# "a meeting between Bashir and two British peers": people met, not freed.
# A fronted "After talks with US envoy, Belarus frees 14" ends the meeting's phrase at the comma or the release verb.
_MET_BEFORE_START = re.compile(r"\b(?:meeting|meetings|talks|met)\s+(?:with|between)\b", _I)
_MET_BEFORE = re.compile(
    _MET_BEFORE_START.pattern +
    r"(?:(?!\b(?:free[sd]?|releas(?:es|ed)|pardon(?:s|ed))\b)[^.;,]){0,60}$", _I
)
# "after 30 scholars signed a petition": people doing something else than being freed.
_OTHERS_ACTING = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:signed|protested|demanded|called|wrote|urged|marched|gathered|staged|rallied|campaigned|petitioned)\b|"
    # "some 7,500 more had their sentences cut": not freed
    r"\s+(?:[\w-]+\s+){0,2}?(?:had|have|will\s+have|get|got)\s+(?:their|his|her)\s+(?:prison\s+)?(?:sentences?|terms?)\s+"
    r"(?:cut|reduced|commuted|shortened|halved)\b", _I
)
# The freed and the held, who may wait, gather or greet themselves: "Twelve freed fishermen waited", "20 hostages welcomed home"
_HELD_OR_FREED_WORDS = (r"freed|released|pardoned|returned|returning|rescued|former|hostages?|prisoners?|POWs?|detainees?|captives?|"
                        r"abductees|crew|sailors|seamen|seafarers|fishermen|soldiers|servicemen|troops|activists|dissidents|aid|"
                        r"students|protesters|demonstrators|inmates|civilians")
# People at the release, not freed, read after a figure with no "the" before it: "20 reporters waited", "12 doctors examined
# them", "40 lawmakers urge", "2 lobbyists visit" (not "15 hostages were welcomed", "frees two reporters who watched a
# trial", "The eight officials waited at the airport": the freed told again)
_AT_THE_RELEASE = re.compile(
    r"\s+(?:(?!(?:were|was|are|is|been|being|had|have|has|who|whom|that|as|after|before|from|to|" + _HELD_OR_FREED_WORDS
    + r")\b)(?!(?-i:[A-Z])[a-z]+s\b)[\w-]+\s+){0,2}?(?:wait(?:s|ed|ing)?|welcom(?:e|es|ed)|greet(?:s|ed)?|examin(?:e|es|ed)|"
    r"escort(?:s|ed)?|interview(?:s|ed)?|cheer(?:s|ed)?|watch(?:es|ed)?|lobb(?:y|ies|ied)|crowd(?:s|ed)?|throng(?:s|ed)?|film(?:s|ed)|"
    r"visit(?:s|ed)?|urges?|gathers?)\b(?![^.;,]{0,40}?\bby\b)"
    # (not "Three opposition lawmakers greeted supporters after being released", "... hours after a pardon freed them")
    r"(?![^.;]*?\b(?:after|since|following)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:freed|released|release|pardon(?:ed)?|freeing)\b)", _I)
# "freed after two British peers met President Bashir": the people who went to ask for the release
_AFTER_JUST_BEFORE = re.compile(r"\bafter\s+$", _I)  # (not "after the four men met consular officials": the freed)
_OTHERS_VISITING = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:met|visited|lobbied|(?:flew|travelled|traveled)\s+to|intervened)\b", _I)
# (not the freed themselves: "32 supporters freed on Monday said", "Five mayors held since 2022 attended")
_CAPTIVITY_WORDS = (r"freed|released|former|held|abducted|kidnapped|captured|detained|jailed|seized|imprisoned|arrested|taken|"
                    r"missing")
_NOT_OF_THE_FREED = r"(?!(?:as|while|when|and|but|until|were|was|whose|who\s+(?:were|went|had|have)|" + _CAPTIVITY_WORDS + r")\b)"
_ONLOOKER_NOUNS = (r"relatives|families|parents|mothers|fathers|sisters|brothers|sons|daughters|wives|husbands|cousins|uncles|"
                   r"supporters|friends|neighbours|neighbors|officials|ministers|governors|mayors|generals|diplomats|lawmakers|"
                   r"legislators|envoys|mediators|negotiators|elders|photographers|cameram[ae]n")
# "20 mayors from occupied towns attended the ceremony", "four relatives who flew to Doha to greet them", "Two generals
# announced the release": officials, kin and supporters at the release, not the freed (read only after a figure with no
# "the" before it: "The eight officials waited at the airport" are the freed told again)
_ONLOOKERS_AFTER = re.compile(
    r"\s+(?!(?:" + _CAPTIVITY_WORDS + r")\b)(?:[\w-]+\s+)?(?:" + _ONLOOKER_NOUNS + r")\s+(?:" + _NOT_OF_THE_FREED
    + r"[\w-]+\s+){0,4}?(?:who\s+)?(?:witnessed|watched|looked\s+on|lined|broker(?:s|ed)?|announc(?:e|es|ed)|mediat(?:e|es|ed)|"
    r"negotiat(?:e|es|ed)|secur(?:e|es|ed)|"
    r"released\s+(?:a|the)\s+statement|gathered|rushed|"
    r"(?:welcomed|greeted|received)\s+(?:him|her|them|\d+|" + _NUMBER_WORD_RE + r"|(?-i:[A-Z])\w*|the\s+(?:freed|released|"
    r"returning|hostages|prisoners|detainees|men|women|release|news|\d+|" + _NUMBER_WORD_RE + r"))|"
    r"praised\s+(?:the\s+)?(?:security\s+forces|army|military|troops|police|mediators|negotiators)|"
    r"wait(?:ed|s|ing)?\s+(?:at|outside|by|near)\b|"
    r"helped\s+(?:to\s+)?(?:broker|secure|negotiate|mediate|arrange|win)|"
    r"attended\s+(?:[\w-]+\s+){0,6}?(?:to\s+welcome|welcom\w*|reception\s+for)|"
    r"(?:said|says)\s+(?:that\s+)?(?:the\s+)?(?:\d+|" + _NUMBER_WORD_RE + r"|a\s+number\s+of|several|dozens|scores|hundreds)|"
    r"handed\s+over\s+(?:\d+|the\b|some\b|about\b|more\b)|were\s+(?:present|on\s+hand|on\s+the\s+(?:tarmac|runway|platform))|"
    r"walked\s+out\s+of\s+(?:the\s+)?(?:talks|meeting|negotiations|session)|"
    r"(?:waited|went|flew|travelled|traveled|came|rushed)\s+(?:[\w-]+\s+){0,5}?to\s+(?:meet|greet|welcome|collect|escort|receive|"
    r"embrace|bring|witness|attend|watch)\s+(?:him|her|them|the|(?-i:[A-Z])\w*))\b|"
    # kin waiting or going to the crossing, the border, the hospital: "Thirty mothers went to the Sumy crossing"
    r"\s+(?!(?:" + _CAPTIVITY_WORDS + r")\b)(?:[\w-]+\s+)?(?:relatives|families|parents|mothers|fathers|wives|husbands|sisters|"
    r"brothers)\s+(?:" + _NOT_OF_THE_FREED + r"[\w-]+\s+){0,2}?(?:wept|cried|(?:went|came|travelled|traveled)\s+"
    r"to\s+the\s+(?:[\w-]+\s+){0,2}?(?:crossing|border|airport|hospital|prison|gates?|tarmac|square|checkpoint|bridge))\b|"
    # "200 parishioners lined the road"
    r"\s+(?:" + _NOT_OF_THE_FREED + r"[\w-]+\s+){0,2}?lined\s+(?:the\s+)?(?:road|roads|street|streets|route|way)\b|"
    # "two British peers who flew to Sudan to plead for her"
    r"\s+(?:" + _NOT_OF_THE_FREED + r"[\w-]+\s+){0,2}?(?:who\s+)?(?:went|flew|travelled|traveled|came)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:plead|lobby|negotiate|appeal|press|secure)\b", _I
)
# "a boat carrying 14 migrants", "for smuggling 30 people": the cargo of a crime, not the freed.
_CARGO_BEFORE = re.compile(
    r"\b(?:(?:over|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:boat|vessel|dinghy|raft|truck|lorry)\s+(?:carrying|transporting)|smuggling|"
    r"trafficking|smuggled|trafficked)\s+"
    + ROUGHLY + r"$", _I)
_CARGO_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:migrants|refugees|people|persons)\b(?!\s+(?:[\w-]+\s+)?(?:freed|released))", _I)
# "greeted by his wife and about 20 fellow writers", "a strike of 1,000 staff": people who met the freed or protested.
_ONLOOKERS_BEFORE = re.compile(
    r"\b(?:(?:greeted|welcomed|cheered|embraced)\s+by\s+(?:[\w'\u2019-]+\s+){0,4}?|(?:(?<!hunger\s)strike|protest|march|rally|demonstration|"
    r"walkout|sit-in|crowds?)\s+(?:of|by)\s+)" + ROUGHLY + r"$", _I)
_AMONG_BEFORE_FIGURE = re.compile(r"\bamong\s+(?:the\s+)?" + ROUGHLY + r"$", _I)
_CAPTURED = r"(?:arrested|abducted|kidnapped|seized|detained|captured)"
_FIGURE_TAKEN = re.compile(r"[\w,-]+(?:\s+[\w-]+)?\s+(?:" + _CAPTURED + r"|taken|snatched|held|jailed)\b", _I)


# "... after he was arrested along with two colleagues", "after he and two colleagues were arrested", "12 days after Maoists
# abducted him ... and shot dead his two guards": people taken or killed with the freed, told as the past
_TAKEN_WITH_BEFORE = re.compile(
    r"\b(?:after|since|when)\b[^,;.]*?\b(?:" + _CAPTURED + r"|shot|killed|killing)\b"
    r"(?:(?!\b(?:released|freed|handed|let|returned|pardoned)\b)[^,;.])*$", _I)  # (not "after the gunmen who abducted them released 344")
_HE_AND_BEFORE = re.compile(r"\b(?:after|since|when)\s+(?:he|she|they)\s+and\s+$", _I)
_WERE_TAKEN_AFTER = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:were|had\s+been)\s+" + _CAPTURED + r"\b", _I)
# "an amnesty that is expected to release two members of Pussy Riot": another release, still to come
_TO_BE_FREED_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:is|was)\s+(?:expected|likely)\s+to\s+(?:free|release|pardon)\s+(?:(?:about|some|around|another|up\s+to)\s+)?$",
    _I)  # (an agreed release of this story counts: "Israel is set to release 90")


def _taken_with_them(sentence: str, match: re.Match[str]) -> bool:
    """A figure of the people taken or killed with the freed, told in a clause of the past."""
    start = match.start()
    return bool(_TAKEN_WITH_BEFORE.search(sentence, max(0, start - 160), start) or (
        _HE_AND_BEFORE.search(sentence, max(0, start - 30), start) and _WERE_TAKEN_AFTER.match(sentence, match.end())))


def _among_the_taken(sentence: str, start: int) -> bool:
    """A figure of those taken, the freed among them: "The girls, among 276 abducted from their school"."""
    return bool(_AMONG_BEFORE_FIGURE.search(sentence, max(0, start - 20), start) and _FIGURE_TAKEN.match(sentence, start))


_FIGURE_BEFORE_EACH = re.compile(r"(?P<n>\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?(?:(?:by|from|on|for)\s+)?$", _I)
# "Day two of prisoner exchange", "phase 2": which stage, not how many.
_STAGE_NUMBER_BEFORE = re.compile(r"\b(?:day|phase|stage|round|part|wave|tranche|week)\s+$", _I)
_STAGE_NUMBER_END = re.compile(r"\s*(?:of\b|[:,)\-\u2013\u2014]|$)")  # not "In the first round 39 prisoners"
# "Both sides freed 150 prisoners each", "the two countries": a figure of the parties, not of people.
_SIDES_NOUN = re.compile(r"\s+(?:warring\s+|neighbouring\s+|neighboring\s+)?(?:sides|countries|nations|states|governments|parties|"
                         r"capitals|armies|militaries)\b|"
                         # "held at six prisons", "from three camps": places, not people
                         r"\s+(?:[\w-]+\s+)?(?:prisons|jails|camps|facilities|sites|locations|cities|provinces|regions|crossings|"
                         r"checkpoints|districts)\b", _I)
# The release verbs, in the forms that take the freed as their object ("frees 90", "pardoned the two reporters").
_FREE_VERB_FORMS = r"free|frees|freed|releases|released|pardons|pardoned|(?<=court\s)discharg(?:es|ed)"
# "freed 110 after a brief hold-up": a bare figure right after the release verb counts people.
_BARE_FIGURE = re.compile(
    r"\b(?P<verb>" + _FREE_VERB_FORMS + r"|amnesties|amnestied|hands\s+over|handed\s+over|among|"
    r"(?:gets|got|brings|brought)\s+(?:home|back)|(?:sends|sent|hands|handed|gives|gave)\s+back|returns|returned|"
    # the other side of a trade told by its figure alone: "trade 116 prisoners for 29", "in exchange for 35"
    r"(?:(?<=prisoners\s)|(?<=captives\s)|(?<=detainees\s)|(?<=hostages\s)|(?<=soldiers\s)|(?<=POWs\s))for|in\s+(?:exchange|return)\s+for|"
    r"gets|receives|received|freeing|releasing|first|last|final|adds|added|"
    r"(?:amnesty|clemency|pardons?)\s+(?:of|for|to))\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|another|a\s+further)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b(?!,\d{3})(?!\.\d)(?![\s-]+(?:hundred|thousand|million|billion|bn|m)\b)"
    # not money: "in exchange for 200,000 in cash", "for 6 billion in unfrozen funds"
    r"(?!\s+(?:in\s+)?(?:cash|funds|dollars|euros|pounds|ransom|unfrozen|frozen|oil|money|payments?|gold)\b)"
    r"(?=\s+(?:after|on|in|at|as|from|under|amid|following|today|yesterday|back|home|to|for|ahead|before|during|including|"
    r"and\s+(?:its|his|her|their))\b|\s*[,;.]|\s*$|"  # "Israel frees 90 and its army begins Gaza pullback"
    r"\s+(?-i:[a-z]+(?:ed|ing))\b|\s+(?:given|granted)\s+(?:an?\s+)?(?:early\s+release|release|clemency|amnesty|pardons?|freedom)\b|"
    r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?\d|\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|\u2019s)\s+\d)", _I
)
# "approved freeing the last batch of the 5,000 prisoners promised": the whole of which a batch is freed.
_BATCH_OF = re.compile(r"\b(?:batch|tranche|stage|phase|group)\s+of\s+the\s+" + ROUGHLY + r"$", _I)
# "frees 80 of final 400", "the first 477 of 1,027": the whole this release is part of.
_WHOLE_AFTER_PART = re.compile(
    r"(?:\d\s+of\s+(?:the\s+)?|\b(?!one\b)(?:" + _COMPOUND_NUMBER_WORD + r")\s+of\s+the\s+)(?:[a-z]+\s+)?$|"
    # "seven of Stena Impero's 23 crew members"
    r"(?:\d|\b(?!one\b)(?:" + _COMPOUND_NUMBER_WORD + r"))\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|\u2019s)\s+$", _I)
_UPPER = LATIN_CAPITALS
# "Kozulin and two other opposition activists", "Bishop Alvarez and 18 clergy": the named person is one more.
# "X was freed along with at least 15 others" too.
_NAMED_AND_OTHERS = re.compile(
    # "jailed TV director and 38 other prisoners"
    r"\b(?:" + _ROLE + r"|director|editor|commander|minister|president|senator|governor|premier|ambassador|consul|monk|"
    r"nun|chief)\s+and\s+(?:\d[\d,]*|[a-z]+)\s+other\s+(?:[\w-]+\s+)?(?:prisoners|detainees|"
    r"inmates|captives|hostages|people|civilians)\b|"
    rf"(?:(?:(?-i:[{_UPPER}])[\w'\u2019-]+|leader|journalist|activist|dissident|reporter|bishop|priest|lawyer|blogger|academic|hostage|tourist|"
    r"(?<!her\s)(?<!his\s)(?<!their\s)(?:mother|father|wife|husband))(?:,\s+(?:a|an|the|jailed|held|detained|imprisoned|sentenced|captured|abducted|kidnapped|seized)\s+[^,;:.]{1,60},)?\s+and\s+(?:(?:his|her|their)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+)?"
    r"(?:others?|other\s+(?:[\w-]+\s+)?(?:prisoners|detainees|inmates|captives|hostages|people|civilians)|clergy|priests|fighters|"
    r"militants|activists|colleagues|companions|crew\s+members|children|daughters|sons|(?:ex-|former\s+)?(?:ministers|aides|"
    r"journalists|students))|"
    # an office and its staff, told by a figure: "former minister and three ministry staff", "consul and 48 staff"
    rf"(?P<office>(?:(?-i:[{_UPPER}])[\w'\u2019-]+|minister|president|consul|ambassador|governor|mayor)(?:\s+and|,)\s+(?:\d+|"
    + _COMPOUND_NUMBER_WORD + r")\s+(?:[\w-]+\s+)?(?:staff|staffers|employees|bodyguards|guards|aides)\b)|"
    # a person told by a role and another state's people: "US citizen and two Russians (freed in swap)"
    r"\b(?:citizen|national|resident)\s+and\s+(?:\d+|" + _COMPOUND_NUMBER_WORD + r")\s+(?-i:[A-Z])[a-z]+(?:ans|ians|is|ese)\b|"
    # a headline's comma for "and": "pardons activist Amr Seif el-Din, five others"
    rf"(?P<comma>(?-i:[{_UPPER}])[\w'\u2019-]+,\s+(?:\d+|" + _COMPOUND_NUMBER_WORD + r")\s+others\b)|"
    # "X was freed along with 15 others", "walked free along with 38 inmates", "A and B were freed along with 8 other civilians"
    r"\b(?P<be>was|were|have\s+been|walked\s+(?:free|out))\s+"
    r"(?!(?:[\w-]+\s+)?(?:kidnapped|abducted|seized|arrested|detained|captured|jailed|taken|held|sentenced|convicted)\b)[^;]{0,100}?"
    r"\b(?:along|together)\s+with\s+" + ROUGHLY +
    r"(?:\d[\d,]*|(?!(?:his|her|their)\b)[a-z]+)\s+(?:(?:[\w-]+\s+)?others?|(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|"
    r"inmates|convicts|captives|"
    r"hostages|civilians|people|sailors|seamen|fishermen|soldiers|workers|tourists|journalists|activists|members|comrades|colleagues|"
    r"companions|cellmates|sons|daughters|children|brothers|sisters|crew)|"
    r"of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:deputies|aides|colleagues|staff|bodyguards|fellow\s+\w+)|"
    r"(?P<nationals>(?-i:[A-Z])[a-z]+s)))\b|"  # "was freed along with two Canadians"
    # "pardoned journalists A, B and C on Monday, along with 2,473 other people": the names are more
    r"\b(?:pardon(?:ed|s)|free[ds]|releas(?:ed|es))\s+(?P<list>[^;:.]{1,160}?),?\s+(?:along|together)\s+with\s+"
    + ROUGHLY + r"(?:\d[\d,]*|[a-z]+)\s+"
    r"other\s+(?:[\w-]+\s+)?(?:people|prisoners|detainees|inmates|convicts|captives|hostages)\b",
    _I,
)
_FREED_WORD = re.compile(r"\b(?:freed|released|pardoned|handed\s+over|let\s+go|set\s+free|rescued|walked\s+(?:free|out))\b", _I)
# (not money given to each of the freed: "each given 2,000 taka", "after each pays a fine")
_EACH = re.compile(
    r"\b(?:each(?!\s+other\b)(?!\s+(?:of\s+them\s+)?(?:was\s+|were\s+)?(?:given(?!\s+back)|paid|pays|fined)\b)|"
    r"apiece)\b", _I)
# "$465,000 each", "posted $500,000 bail for each"
# "500 dinars each": a sum in a currency named by its word
_CURRENCY_WORD = (r"(?:dinars?|dirhams?|riyals?|rials?|tomans?|shillings?|rupees?|naira|cedis?|kwacha|rand|birr|francs?|"
                  r"kina|pesos?|reais|bolivars?|lira|liras|rubles?|roubles?|hryvnias?|lari|tenge|somoni|manat|yuan|renminbi|"
                  r"yen|won|baht|dong|kyats?|taka|riel|afghanis?|dollars?|euros?|pounds?)")
_MONEY_BEFORE = re.compile(r"(?:[$\u00a3\u20ac]\s?[\d,.]+\s*(?:m|bn|million|billion)?|[\d,.]+\s*(?:m|bn|million|billion)?\s+"
                           r"(?:[\w-]+\s+)?" + _CURRENCY_WORD + r")\s*(?:(?:in\s+)?(?:bail|fines?|ransom)\s+)?(?:(?:for|per)\s+)?$", _I)


_PLURAL_BE = ("were", "have been")  # (the verb of "A and B have been freed ..., along with two Italians")


def _named_and_others_all(text: str) -> Iterator[re.Match[str]]:
    """Every "X and N others" whose X is no people's name ("Hermans and four others", not "three Americans and eleven
    others": the Americans are a figure of their own), nor a state before a comma ("Russia, two others free reporters")."""
    for match in _NAMED_AND_OTHERS.finditer(text):
        first = match.group(0).split()[0]
        if _plural_people(first) or (first.endswith(",") and first[:-1] in country_aliases_cached()):
            continue
        if (match.group("office") or match.group("comma")) and not (
                (_FREED_JUST_BEFORE.search(text, max(0, match.start() - 80), match.start())
                 or _FREED_RIGHT_AFTER.match(text, match.end()))  # "Turkish consul, 48 staff freed after 101 days"
                and not _OTHERS_NOT_FREED.match(text, match.end())):
            continue  # the freed are the release verb's object: not "ambassador and two aides meet him", "Amnesty, two others hail"
        if match.group("nationals") and not (_plural_people(match.group("nationals")) and _FREED_WORD.search(match.group(0))):
            continue  # a people's name in the plural, freed with the one named ("was freed along with two Canadians", not
            # "was travelling along with two Canadians")
        if match.group("be") in _PLURAL_BE and not (_people_in(text[: match.start()].split(",")[0])
                                                 or _people_listed(_OF_ORGANISATION.sub("", text[: match.start()]))):
            continue  # not "They were freed along with 20 others"
        yield match


# A release verb whose object follows: "free former education minister (and three ministry staff)", "pardons activist Amr
# Seif el-Din(, five others)", "freed ousted (President Alpha Conde)", "released interim President Bah Ndaw and (Prime
# Minister Moctar Ouane)"; not "Freed hostages met by (Macron and two advisers)".
_FREED_JUST_BEFORE = re.compile(
    r"\b(?:free|frees|freed|release|releases|released|pardons|pardoned|lets|hand(?:s|ed)?(?:\s+over)?|handing(?:\s+over)?)\s+"
    r"(?:(?:(?-i:[A-Z])[\w'\u2019-]*|the|his|her|their|its|ousted|deposed|interim|former|jailed|detained|toppled|exiled|"
    r"elected|opposition|veteran|prominent|kidnapped|abducted|education|ministry|rights|and|together|along|with|president|"
    r"minister|leader|governor|"
    r"mayor|consul|ambassador|(?-i:[a-z]+)-(?-i:[a-z]+)|[\w-]+['\u2019]s|" + _ROLE
    + r")\s+){0,5}?(?:and\s+)?(?:[\w'\u2019]+-)?$", _I)  # (the first part of a name the match starts within: "Amr Seif el-")
_FREED_RIGHT_AFTER = re.compile(r"\s+(?:were\s+|are\s+)?(?:freed|released|set\s+free|let\s+go)\b", _I)
_OTHERS_NOT_FREED = re.compile(r",?\s+(?:still|remain\w*|were|are|charged|arrested|held|missing|hail\w*|say|says|said|meet|met)\b", _I)


def _named_and_others(text: str) -> re.Match[str] | None:
    return next(_named_and_others_all(text), None)


_APPOSITION_OF = re.compile(r",\s+(?-i:[a-z])[^,]*?\bof\b[^,]*,?")  # ", chairman of the Oromo Federalist Alliance,"


def _listed_with_others(sentence: str, lead: re.Match[str]) -> int:
    """How many people a list names before "and 121 others" ("frees Bialiatski, Kolesnikova and 121 others": 2); 1 for a
    lone name or role."""
    if lead.group("list"):  # "pardoned journalists A, B and C on Monday, along with ...": 3
        listed = _APPOSITION_OF.sub("", re.split(r"\s+(?:on|in|at|during|after)\s", lead.group("list"), maxsplit=1)[0])
        return max(1, _people_listed(listed))  # (not "A, chairman of the Oromo Federalist Alliance": 1)
    if lead.group("be") not in (None, "was"):
        # "Fathers Ivan Lev and Bohdan Hrytsiv, held ..., were freed along with", "Editor A and columnist B walked out of
        # prison along with": the subject's names
        # ("Muhanna, cleric A and blogger B were among those released, along with"; not "Her husband X said Y walked out")
        subject = sentence[: lead.start()]
        return max(1, len(_people_in(subject.split(",")[0])) if lead.group("be") in _PLURAL_BE else 1,
                   _people_listed(_OF_ORGANISATION.sub("", _ESCORTED_BY.sub("", subject))))
    at = sentence.find(" and ", lead.start())
    head = sentence[:at] if at >= 0 else ""
    opener = _LIST_OPENER.match(head)
    return max(1, _people_listed(head[opener.end():]) if opener and "," in head[opener.end():] else 1)


def _plural_people(word: str) -> bool:
    """A people's name in the plural ("Americans", "Britons"), not one of them ("American") nor a surname ("Evans")."""
    return word.endswith("s") and word in country_aliases_cached()


def _gesture_figures(sentence: str) -> int:
    """The people a sentence tells given as a gesture: all its figures when it opens on the gesture, else those after
    its "also" ("each handed over 175 prisoners, and Moscow also passed 22 wounded soldiers ... as a goodwill gesture");
    only figures of people ("12 Red Cross trucks" are none)."""
    cue = _GESTURE.search(sentence)
    if cue is None:
        return 0
    return sum(value for at, value in _figure_positions(sentence) if (cue.start() < 30 or at > cue.start())
               and _GESTURE_PEOPLE.match(sentence, at))


# (or a sentence that opens on more of the same exchange: "In addition, Ukraine received 31 wounded prisoners and handed over
# 15 wounded Russians")
_GESTURE_SENTENCE = re.compile(
    r"\b(?:as\s+a\s+(?:goodwill\s+)?gesture|gesture\s+of\s+goodwill)\b|"
    r"^\W*in\s+addition\s+to\s+(?:the|these|those)\s+\d[\d,]*\s*,|"  # "In addition to the 206, Russia handed over eight civilians"
    r"^\W*(?:in\s+addition(?!\s+to\b)|in\s+the\s+same\s+exchange)\b"
    # (not a part of those counted, a later batch or another state's release: "In addition, 20 of the returned were
    # civilians", "In addition, the sides agreed to return 50 wounded next month", "In addition, Belarus pardoned 16";
    # nor a group handed over on an earlier day)
    r"(?![^.;]*?\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+of\s+(?:the|them|those|whom)\b|[^.;]*?\b(?:next|will|would|agreed\s+to|due\s+to|"
    r"plan\w*|later|earlier|among|since|had\s+been)\b)"
    # (a second, smaller swap of its own: people received one way and people handed over the other)
    r"(?=[^.;]*?\b(?:received|came\s+home|got\s+back|brought\s+home)\b)(?=[^.;]*?\b(?:handed\s+over|sent\s+back|in\s+exchange\s+for|"
    r"transferred|returned(?!\s+home))\b)", _I)
_GESTURE = re.compile(
    r"\b(?:also\s+(?:handed\s+over|passed|freed|released|returned|gave|sent)|in\s+addition|plus|goodwill\s+gesture|"
    r"gesture\s+of\s+goodwill|in\s+the\s+same\s+exchange)\b", _I
)
_GESTURE_PEOPLE = re.compile(
    r"[\w,-]+(?:\s+[\w-]+){0,3}?\s+(?:wounded|injured|sick|" + _PEOPLE_NOUNS + r")\b", _I
)
_INCLUDED = re.compile(r"\b(?:includ\w*|among\s+them|of\s+them|of\s+whom)\b", _I)
_EARLIER_TIME = re.compile(r"\b(?:last|previous|earlier)\s+(?:month|week|year|exchange|swap)\b|\bin\s+the\s+previous\b", _I)


# "sentenced to 11 years each": a term, not a figure per side
_TERM_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|lashes)\s+(?:(?:in\s+(?:prison|jail)|behind\s+bars)\s+)?$", _I)


def _each_side(sentence: str) -> bool:
    """ "150 each", "50 prisoners apiece": the figure is per side; not "bail of $465,000 each" nor "sentenced to 11 years
    each"."""
    return any(not (_MONEY_BEFORE.search(sentence, 0, m.start()) or _TERM_BEFORE.search(sentence, 0, m.start()))
               for m in _EACH.finditer(sentence))
_RELEASE_VERB = re.compile(
    r"\b(?:freed|frees|free|released?|releases|hand(?:s|ed)?\s+over|returned|gets|welcomes\s+back|leave|leaves|go(?:es)?\s+home|"
    # a second state granting clemency to its side: "..., while the United States granted clemency to seven Iranians"
    r"(?<=\bwhile\s)(?:the\s+)?(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?\s+grant(?:s|ed)\s+clemency\s+to)\b", _I
)
_SINGULAR = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:journalist|reporter|activist|dissident|hostage|prisoner|detainee|national|"
    r"citizen|aide|worker|soldier|pilot|blogger|lawyer)\b|^(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:freed|released|walks\s+free)\b|"
    r"^(?:[\w'\u2019-]+\s+){1,3}?(?:journalist|reporter|activist|dissident|hostage|aide|blogger|lawyer|pilot|soldier)\s+"
    r"(?:freed|released|walks\s+free)\b|"
    r"\b(?:free|frees|freed|releases|released)\s+(?:[\w-]+\s+){0,2}(?:journalist|reporter|activist|dissident|hostage|aide|"
    r"blogger|lawyer|pilot|soldier)\b(?!s)|"
    # "Lebanese man held in Syrian jails for 33 years returns to Chekka"
    r"^(?:[\w'\u2019-]+\s+){0,2}?(?:man|woman|boy|girl)\s+(?:held|detained|jailed|imprisoned|seized|abducted|kidnapped|freed|"
    r"released|returns|home|back)\b"
)
# "arrived in Houston with her mother and two children": family travelling with the freed, not freed (but "freed with
# their three children" were freed too).
_COMPANIONS = re.compile(
    r"\b(?<!freed\s)(?<!released\s)(?<!rescued\s)(?<!together\s)(?:with|joined\s+by)\s+(?:her|his|their)\s+(?:(?:wife|husband|mother|father|parents|family)\s+and\s+)?"
    r"(?:\d+|" + _NUMBER_WORD_RE + r")\s+(?:young\s+)?(?:children|sons|daughters|grandchildren|kids)\b|"
    # officials travelling with the freed: "flew to Rome with the minister and two intelligence agents who negotiated"
    r"\b(?:with|joined\s+by|accompanied\s+by|met\s+by|greeted\s+by|welcomed\s+by)\s+(?:(?:the\s+|[\w-]+(?:'s|\u2019s)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:minister|envoy|ambassador|officials?)\s+and\s+)?"
    r"(?:\d+|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,2}?(?:agents|officers|officials|diplomats|envoys|negotiators|mediators)\b|"
    # the captive's companions when taken: "a year after kidnapping him from a resort with two Canadians"
    r"\b(?:(?:after|since|when)\s+(?:[\w-]+\s+){0,3}?(?:kidnapp|abduct|seiz|captur|snatch)\w*\s+(?:him|her)|"
    r"who\s+(?:was|were|had\s+been)\s+(?:kidnapp|abduct|seiz|captur|snatch)\w*)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:(?:along|together)\s+)?with\s+(?:\d+|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b", _I
)
# One person's detention, which the headline ends: "Hamdok's house arrest ends", "end to Bobi Wine's house arrest".
_ONES_DETENTION = re.compile(
    r"(?:\b(?:end(?:s|ed|ing)?(?:\s+to)?|lift(?:s|ed)?|revok(?:es|ed)|quash(?:es|ed)|annul(?:s|led))\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2})?"
    r"\b(?P<n>(?-i:[A-Z])[\w\u00c0-\u017f-]+)(?:'s|\u2019s)\s+(?:house\s+(?:arrest|detention)|detention|captivity|imprisonment)\b"
    r"(?P<ends>\s+(?:ends|ended|is\s+over|lifted|revoked))?", _I
)
_ENDS_ONES_HOUSE_ARREST = re.compile(
    r"\b(?:end(?:s|ed)?|lift(?:s|ed)?|revok(?:es|ed))\s+(?:his|her)\s+(?:[\w-]+\s+)?house\s+(?:arrest|detention)\b|"
    r"\blift(?:s|ed)?\s+(?:the\s+)?house\s+(?:arrest|detention)\s+(?:on|of|against)\s+(?:(?-i:[a-z-]+)\s+){0,3}?"
    r"(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)*"
    r"(?=\s*$|\s*[,;:.]|\s+(?:after|in|from|on|at|as|over|with|amid|following|but)\b)"
    r"(?!\s*,\s*(?:(?-i:[A-Z])|(?:\w+\s+)?(?:others?|colleagues|co-accused|aides|associates)\b))", _I
)
_GROUPS = {"duo": 2, "pair": 2, "couple": 2, "trio": 3, "quartet": 4}
_GROUP = re.compile(r"\b(duo|pair|trio|quartet)\b", _I)
# "in swap for Medvedchuk and 55 Russians", "Russia gets Medvedchuk and 55 soldiers": the other side's named person.
_SURNAME_AND = re.compile(rf"\b(?:for|gets|got|receives|received)\s+(?P<n>(?-i:[{_UPPER}])[\w'\u2019-]+)\s+and\s+$", _I)
_HIM_AND = re.compile(r"\b(?:freed|released|pardoned|acquitted|(?:charges|case)\s+against|bail\s+to|let)\s+(?:him|her)\s+and\s+$", _I)
_HIM_WITH = re.compile(r"\b(?:(?:frees|freed|releases|released|pardons|pardoned|let)\s+(?:him|her)|sets?\s+(?:him|her)\s+free)\s+"
                       r"(?:along\s+|together\s+)?with\s+$", _I)
# "a French couple and one other European": the group's people beside the figure after it.
_GROUP_AND = re.compile(r"\b(duo|pair|couple|trio|quartet)\s+and\s+$", _I)
# "dozens", "several activists", "some of them"; not "some measures", whose quantity counts no people.
# "Many were freed", "several more walked free": the quantity as the subject of the freed.
_VAGUE = re.compile(
    r"\b(?:dozens|hundreds|thousands|scores|(?:several|many|some)(?=\s+(?:of\s+(?:them|those|whom)\b|(?:of\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:" + _PEOPLE_NOUNS + r"|others)\b|(?:more\s+)?(?:(?:were|are|have\s+been|had\s+been)\s+(?:also\s+)?)?"
    r"(?:freed|released|pardoned|amnestied|set\s+free|let\s+go|walked\s+(?:free|out))\b)))", _I
)
# "Thousands of supporters crowded outside her home": a crowd that greets the freed, not people freed; "protests in
# which dozens of people were killed": the dead, wounded or arrested, not people freed either.
_CROWD = re.compile(
    r"\b(?:dozens|hundreds|thousands|scores)\s+of\s+(?:[\w-]+\s+)?(?:supporters|well-wishers|relatives|fans|onlookers|mourners|"
    r"residents|admirers|followers|neighbours|neighbors)\b|"
    r"\b(?:dozens|hundreds|thousands|scores|several|many)\s+(?:of\s+(?:[\w-]+\s+){0,4}?|(?:[\w-]+\s+){0,5}?)?"
    r"(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|died|dead|wounded|injured|arrested|detained|missing|displaced)\b|"
    # "as thousands cheered", "let out several months early": a crowd, and a time
    r"\b(?:dozens|hundreds|thousands|scores)\s+(?:of\s+(?:[\w-]+\s+)?)?(?:cheer(?:ed)?|gather(?:ed)?|rall(?:y|ied)|march(?:ed)?|"
    r"protest(?:ed)?|watch(?:ed)?|line[ds]?|greet(?:ed)?|welcome[ds]?|celebrate[ds]?|wait(?:ed)?|turn(?:ed)?\s+out)\b|"
    r"\b(?:several|many|some|dozens\s+of|hundreds\s+of|thousands\s+of)\s+(?:months|years|weeks|days|hours|times)\b|"
    # "an attack killing 16 people, including four nuns": the dead, and those among them
    r"\b(?:killing|wounding|injuring)\s+" + ROUGHLY + r"(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:people|civilians|[a-z]+s)\b(?:,?\s+(?:including|among\s+them)\s+[^,;.]*)?", _I
)


def _without_crowds(text: str) -> str:
    """The text without its crowds and casualties, whose vague quantities count no one freed."""
    return _CROWD.sub("", text)


# (a word that runs on in capitals is no name word: "PhD" gives no "Ph")
_NAME_WORD = (rf"[{_UPPER}][a-z\u00df-\u00f6\u00f8-\u017f'\u2019]+(?:[A-Z][a-z]+)?"  # "McDonald", "FitzGerald", "O'Brien"
              rf"(?:-[{_UPPER}]?[a-z\u00df-\u00f6\u00f8-\u017f'\u2019]+)?(?![A-Z])")
_NAME = re.compile(
    rf"(?<!')\b(?:{_NAME_WORD}|[A-Z]\.)(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+|da\s+|dela\s+|del\s+|della\s+|di\s+|dos\s+|"
    rf"van\s+|von\s+|St\.\s+)?(?:{_NAME_WORD}|[A-Z]\.))+"
)
_OFFICIALS = re.compile(
    r"\b(?:Lukashenko|Putin|Trump|Biden|Obama|Bush|Clinton|Zelensk\w*|Maduro|Netanyahu|Erdogan|Xi|Jinping|"
    r"Kim Jong|Khamenei|Raisi|Pezeshkian|Rouhani|Ortega|Blinken|Rubio|Witkoff|Coale|Pompeo|Kerry|Lavrov|"
    r"Peskov|Assad|Sisi|Castro|Diaz-Canel|Modi|Macron|Starmer|Sunak|Johnson|Blair|Brown|Cameron|May|Scholz|"
    r"Merkel|Guterres|Annan|Ban Ki|Sullivan|Vance|Hegseth|Carter|Richardson|Boehler|Carstens|Borrell|Kallas|"
    r"von der Leyen|Albanese|Lula|Milei|Sheinbaum|Guaido|Bukele|Zelenskyy|Stubb|Tusk|Duda|Orban|Gaddafi|Saddam)\b"
)
_PEOPLE_LEAD = re.compile(
    r"\b(?:including|among\s+(?:them|those|the\s+\w+)(?:\s+(?:released|freed|set free))?(?:\s+(?:were|was|are|is))?|"
    r"such\s+as|namely|as\s+well\s+as)\b",
    _I,
)

# Sanction actions, checked in this order (the most specific reading first). A headline's cue wins over
# the lede's, and the lede's over later sentences.
_ACTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("threatened", re.compile(
        r"\b(?:(?<!security\s)threat\w*|warn\w*|(?:could|may|might|would|will|to|or)\s+face|could\s+(?:impose|slap|hit)|may\s+impose|"
        r"consider\w*|mull\w*|weigh\w*|propos\w*|call\w*\s+for|urg\w*|vow\w*|readies|ready\s+to|prepar\w*|"
        r"draw\w*\s+up|drafts?|push\w*\s+for|plans?\s+to|poised|eyes|eyeing|avoid\w*|avert\w*|on\s+the\s+table|in\s+reserve|"
        r"floats?|floated|moves?\s+to\s+(?:sanction|punish|penali[sz]e|impose)|veto(?:es|ed)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:sanctions|embargo)|"
        r"(?:sanctions|embargo|penalties|measures|snapback)\s+(?:\w+\s+){0,2}?looms?|looming\s+(?:\w+\s+){0,2}?(?:sanctions|embargo|penalties)|"
        r"trigger\w*|(?<!-)backed|back(?:s)?\s+(?:an?\s+)?(?:arms\s+)?(?:embargo|sanctions)|seeks?|seeking|sought|"
        r"possible|potential|options?|(?<=sanctions\s)(?:would|could|may|might)|if\s+\w+\s+(?:does|do|fails|invades|refuses)|"
        r"ready\s+(?:new|fresh|more|further)|ready\s+for|(?:to|will)\s+vote\b|if\s+(?-i:[A-Z])\w+|"
        r"(?:introduc\w*|tabl\w*|fil\w*|unveil\w*)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:bill|legislation|motion)|"
        r"(?:bill|legislation)\s+(?:to|would|could|that\s+would|which\s+would)|(?:could|would|may|might)\s+(?:bring|mean|lead\s+to|open\s+the\s+way\s+to)|"
        r"(?<!votes\s)(?<!agrees\s)(?<!agreed\s)(?<!decides\s)(?<!decided\s)to\s+impose|stud(?:y|ies|ying)|bid\s+to|"
        r"deadline\s+for\s+(?:\w+\s+){0,2}?(?:snapback|sanctions|reimposition)|"
        r"(?:House|Senate|Congress|lawmakers|legislators|Parliament|MPs)\s+(?:\w+\s+){0,2}?(?:votes?|pass(?:es|ed)?|approv\w*)\s+(?:\w+\s+){0,2}?(?:to\s+sanction|bill))\b", _I)),
    ("extended", re.compile(
        r"\b(?:extend\w*(?!\s+(?:[\w'-]+\s+){0,4}?to\s+(?!(?:the\s+end|mid|early|late|January|February|March|April|May|"
        r"June|July|August|September|October|November|December|\d{4})\b))|extension|renew\w*|prolong\w*|"
        r"roll(?:s|ed|ing)?\s+over|rollover|for\s+(?:another|a\s+further)\s+\w+|"
        r"(?:keeps?|kept|maintains?|maintained|retains?)\s+(?:[\w'-]+\s+){0,4}?(?:sanctions|embargo|measures|framework|in\s+place))\b",
        _I)),
    ("lifted", re.compile(
        r"\b(?:lift\w*|remov\w*|ends?(?!-)|ended|ending|scrap\w*|drops?|dropped|revok\w*|rescind\w*|repeal\w*|"
        r"unfreez\w*|delist\w*|terminat\w*|abolish\w*|end\s+to|dismantl\w*|laps(?:e|es|ed|ing)|"
        r"expir(?:e|es|ed|ing)|wind(?:s|ing)?\s+up|wound\s+up)\b(?!\s+(?:its\s+|their\s+|the\s+)?"
        r"(?:veto|objection|opposition|hold|block|waivers?|exemptions?))", _I)),
    ("eased", re.compile(
        r"\b(?:eas(?:e|es|ed|ing)|relax\w*|loosen\w*|"
        # Suspending sanctions eases them; suspending a country, talks or aid punishes.
        r"suspen(?:d\w*|sions?)(?=\s+(?:of\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:sanctions|bans?|restrictions|measures|embargo|"
        r"curbs|listings?|designations?|penalties)\b)|(?<=sanctions\s)(?:\w+\s+)?suspended|waiv(?:e|es|ed|ing|ers?)|exempt\w*|soften\w*|"
        r"relief|carve-?outs?|general\s+licen[cs]es?|licen[cs]es?|pauses?|paused|partial(?:ly)?|veto(?:es|ed)\s+(?:\w+\s+)?(?:renewal|extension)|reprieve|wind-?down|"
        r"(?:delay\w*|postpon\w*)(?!\s+(?:\w+\s+)?(?:new|fresh|package|vote|decision|adoption)))\b", _I)),
    ("enforced", re.compile(
        r"\b(?:enforc\w*|penalt\w*|fine[ds]?|fining|seiz(?:e|es|ed|ing|ure)|detains|charg(?:e|es|ed)|"
        r"indict\w*|convict\w*|plead\w*|guilty|prosecut(?!ors?\b)\w*|prosecutors?\s+(?:\w+\s+)?(?:accus|charg|say|said|alleg|drop|seek|sought|indict|fil|open)\w*|(?<!who\s)(?<!that\s)(?<!which\s)(?:jail(?:s|ed)|imprison(?:s|ed))|settles|settled|settlement|failures?|"
        r"raid(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,2}?(?:firms?|compan\w+|offices?|premises|homes?|warehouses?|banks?|ships?|vessels?)\b|"
        r"crack(?:s|ed|ing)?\s+down\s+on|(?<!over\s)crackdown\s+on|forfeit\w*|confiscat\w*|arrest\w*|sentenc\w*|deport(?:s|ed|ing)?|"
        r"to\s+pay|pays|paid|busting|halts?\s+(?:\w+\s+)?transit|citing\s+(?:\w+\s+){0,2}?(?:sanctions|violations?|breaches)|extradit\w*|intercept\w*|"
        r"boarded|impound\w*)\b", _I)),
    ("evaded", re.compile(
        r"\b(?:evad\w*|evasion|circumvent\w*|bypass\w*|skirt\w*|dodg\w*|sidestep\w*|rerout\w*|(?:get|work\w*)\s+around|around\s+sanctions|"
        r"despite\s+(?:\w+\s+){0,2}(?:sanctions|export\s+controls|embargo|ban)|flout\w*|routed\s+through|re-export\w*|"
        r"front\s+compan\w*|ship-to-ship|stole|intermediar\w*|back\s+door|"
        r"(?<!away\s)sanctioned\s+(?:[\w-]+\s+){0,3}?(?:cargo(?:es)?|tankers?|vessels?|ships?|LNG|oil|crude|shipments?)\s+"
        r"(?:(?!from\b)[\w-]+\s+){0,2}?(?<!from\s)(?:unload\w*|dock\w*|arriv\w*|deliver\w*|discharg\w*|reach\w*|berth\w*)|"
        r"still\s+(?:reaching|entering|flowing|arriving|trading|shipping)|keep\w*\s+(?:discharging|shipping|sailing)|"
        r"above\s+(?:the\s+)?(?:\w+\s+)?price\s+cap|(?:fake|false)\s+flags?|"
        r"(?:breach\w*|violat\w*)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:sanctions|embargo|ban|controls)|"
        r"(?:sanctions|embargo)\s+(?:breach\w*|violations?))\b", _I)),
    ("expanded", re.compile(
        r"\b(?:expand\w*|widen\w*(?!\s+(?:the\s+)?(?:gap|rift|divide|split|lead|losses?|deficit))|broaden\w*|additional|more(?!\s+(?:than|days|weeks|months|years))|further(?!\s+(?:afield|notice|details))|tighten\w*|tighter|toughen\w*|toughest|stiffen\w*|"
        r"ratchet\w*|step(?:s|ped)?\s+up|intensif\w*|adds?|added|adding|another|"
        r"(?!first\b)\w+(?:st|nd|rd|th)\s+(?:sanctions\s+)?(?:package|round)|new\s+(?:round|package|wave)|latest|wider|tougher|harsher|"
        r"ends?\s+(?:\w+\s+)?waivers|extend\w*\s+(?:[\w'-]+\s+){0,4}?to|maximum\s+pressure|zero)\b",
        _I)),
    ("imposed", re.compile(
        r"\b(?:impos\w*|reimpos\w*|slap\w*|hit\w*|sanction(?:s|ed|ing)|target\w*|blacklist\w*|designat\w*|"
        r"announc\w*|freez\w*|froze|bans?|banned|adopt\w*|approv\w*|agree\w*|introduc\w*|unveil\w*|"
        r"levied|levy|place[ds]?|put|return\w*|snapback|reinstat\w*|restor\w*|embargo|first)\b", _I)),
)
_TARGET = re.compile(
    r"\b(?:sanctions|embargo|restrictions|measures)\s+(?:on|against|targeting|over)\s+(?P<t>[^,.;:()]{2,60})", _I
)
_TARGET_VERB = re.compile(r"\b(?:sanction(?:s|ed|ing)|blacklist(?:s|ed|ing)?)\s+(?P<t>[^,.;:()]{2,60})", _I)
_TARGET_STOP = re.compile(
    r"\s+(?:over|for|after|in|amid|as|because|that|which|who|to|following|and|on|from|with|by|until|since|"
    r"under|says?|said|at|while|despite|if|unless|when|linked|accused|tied)\b.*$",
    _I,
)


@cache
def country_pattern() -> re.Pattern[str]:
    """One pattern matching every capitalised country alias (built once, on first use)."""
    aliases = sorted(country_aliases(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")


def find_countries(text: str) -> list[str]:
    """Countries named in `text` (names, demonyms, capitals), as sorted unique English short names."""
    return list(_countries_in(text))


@lru_cache(maxsize=256)
def _countries_in(text: str) -> tuple[str, ...]:
    """find_countries, read once per text: the classifier asks again for the same sentences."""
    aliases = country_aliases_cached()
    return tuple(sorted({aliases[m.group(0)] for m in country_pattern().finditer(text)}))


def parse_count(text: str) -> int | None:
    """A number written in digits or words ("123", "1,227", "five", "a dozen", "two hundred"); else None."""
    text = text.strip().lower().replace(",", "")
    if re.fullmatch(_GROUPED_THOUSANDS, text):
        text = re.sub(r"\D", "", text)  # "3.000", "1 200"
    if text.isdigit():
        return figure(text)
    total, current = 0, 0
    words = re.findall(r"a dozen|a hundred|a thousand|a pair of|a couple of|[a-z]+", text.replace("-", " "))
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in MULTIPLIERS and seen:
            current = max(current, 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total += current
                current = 0
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
            seen = True
        else:
            return None
    return total + current if seen else None


def extract_facts(
    labels: Sequence[str], hits: Mapping[str, Sequence[Hit]], title: str, lede: str, story: str = ""
) -> Facts:
    """Facts for the flagged topics, read from the sentences that decided them; empty for no topic. The rest of the
    story (summary and body) is read only for the figure of an exchange's side the headline tells without one."""
    if not labels:
        return Facts()
    lede = title + " " + _DATELINE.sub("", lede.removeprefix(title)) if lede.startswith(title) else lede
    story = _DATELINE.sub("", story)
    release_hits = list(hits.get(PRISONER_RELEASE, ())) if PRISONER_RELEASE in labels else []
    sanction_hits = list(hits.get(SANCTIONS, ())) if SANCTIONS in labels else []
    deciding = [h.sentence for h in (*release_hits[:3], *sanction_hits[:2]) if h.score >= 0.3]
    countries = find_countries(" ".join((title, lede, *deciding)))
    if release_hits and _swap_of_soldiers(f"{title} {lede}"):
        # An exchange of war prisoners has two sides; the one the text names implies the other.
        for side, other in (("Ukraine", "Russia"), ("Russia", "Ukraine")):
            if side in countries and other not in countries:
                countries = sorted({*countries, other})
    if release_hits:
        facts_release = _release_facts(release_hits, title, lede, story)
    elif PRISONER_RELEASE in labels:
        # Flagged by the story model alone: read the headline and lede as the rules would.
        people = _more_people(_freed_people([], title, lede), title, lede, story)
        facts_release = _released_count([], title, lede, story), tuple(people[:8])
    else:
        facts_release = None, ()
    if PRISONER_RELEASE in labels and facts_release == (None, ()) and _told_of_one(title, lede):
        facts_release = 1, ()  # "Court grants bail to former senator ... She walked out of police custody": one freed
    action, authority, target = _sanction_facts(sanction_hits, title, lede) if SANCTIONS in labels else (None, None, None)
    return Facts(
        countries=tuple(countries),
        released_count=facts_release[0],
        people=facts_release[1],
        sanction_action=action,
        authority=authority,
        target=target,
    )


# A nickname in quotes inside a name: "Panusaya 'Rung' Sithijirawattanakul", "Parit \"Penguin\" Chiwarak"
_NICKNAME = re.compile(r"(?<=[a-z])\s+['\"\u2018\u201c](?-i:[A-Z])[\w-]*['\"\u2019\u201d](?=\s+(?-i:[A-Z]))")
_SWAP_WORD = re.compile(r"\b(?:swap\w*|exchang\w*)\b", _I)
_SINGULAR_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", _I)
_MORE_THAN_ONE = re.compile(
    r"\b(?:they|them|their|themselves|both|couple|pair|trio|group|all|others?|each|famil(?:y|ies)|relatives|parents|children|"
    r"among|one\s+of|along(?:side|\s+with)|together\s+with|fellow|batch|wave|hundreds|thousands|dozens|several|number\s+of|"
    r"every|swap\w*|exchang\w*|many|scores|party|team|delegation|choir|congregation|crew|convoy|troupe)\b|"
    r"\band\s+(?:his|her)\s+\w|\bwere\s+(?:\w+\s+)?(?:freed|released|pardoned|let\s+go|handed|flown|deported)\b", _I)
_ONE_FREED_VERB = re.compile(
    r"\b(?:was|has\s+been)\s+(?:\w+\s+){0,2}?(?:freed|released|pardoned|granted\s+bail|handed|returned|deported|flown|"
    r"let\s+go)\b|(?<!said\s)(?<!says\s)\b(?:he|she)\s+(?:\w+\s+)?(?:walked|walks|left|leaves|landed|lands|arrived|"
    r"is\s+(?:free|home))\b", _I)
# A headline verb of the plural: "Freed Turks land in Ankara", "Released Azerbaijanis cross back".
_PLURAL_HEADLINE_VERB = re.compile(r"\b(?:return|land|fly|arrive|walk|leave|come|go|cross|head|reach|reunite)\b", _I)
_PEOPLE_NOUN = re.compile(r"\b(?:" + _PEOPLE_NOUNS + r")\b", _I)


def _told_of_one(title: str, lede: str) -> bool:
    """Whether a release story whose facts name no one and give no figure is about one person: its lede tells one
    freed ("was freed", "she walked out") and speaks of him or her, never of them, of a group or of others freed with
    them, and the headline counts no people in the plural."""
    return bool(_SINGULAR_PRONOUN.search(lede) and _ONE_FREED_VERB.search(lede)
                and not _MORE_THAN_ONE.search(f"{title} {lede}")
                and not _PLURAL_HEADLINE_VERB.search(title)
                and not any(_PLURAL_PEOPLE_END.search(m.group(0)) for m in _PEOPLE_NOUN.finditer(title)))


_WAR_PEOPLE = re.compile(r"\b(?:POWs?|prisoners\s+of\s+war|servicem[ae]n|soldiers|troops|defenders|captives)\b", _I)


def _swap_of_soldiers(text: str) -> bool:
    """A line that tells of a swap and of soldiers or captives (two searches, not one pattern with ".*" between them,
    which backtracks quadratically on a long line)."""
    return any(_SWAP_WORD.search(line) and _WAR_PEOPLE.search(line) for line in text.split("\n"))


def _release_facts(hits: Sequence[Hit], title: str, lede: str, story: str = "") -> tuple[int | None, tuple[str, ...]]:
    deciding: list[Hit] = []
    for hit in hits:
        if hit.score >= 0.25 and not any(hit.sentence == h.sentence for h in deciding):
            deciding.append(hit)
    count = _released_count(deciding, title, lede, story)
    # A sentence's later triggers (its first is among `deciding`): the other side's clause of an exchange names its people
    # too ("Russia released A and B; France freed C and D in return"), and another trigger the people after it ("The
    # Taliban released A and B ... in exchange for C": the window of "exchange" misses A).
    other_sides: list[Hit] = []
    seconds: list[Hit] = []
    for hit in hits:
        if hit.score < 0.25 or hit in deciding:
            continue
        if _other_side_clause(hit):
            other_sides.append(hit)
        elif not in_title_case(hit.sentence) and _of_this_release(_clause_of(hit)):
            seconds.append(hit)
    people = _freed_people([*deciding, *other_sides], title, lede, seconds)
    if count is None and people and not _vague_or_others(title, lede):
        count = len(people)  # "Court grants bail to jailed opposition MP Anna Obi": the people named as freed, one each
    told = f"{title}\n{lede}\n{story}"
    below = f"{lede.removeprefix(title)}\n{story}"
    more = _more_people(people, title, lede, story)
    if count is not None and 2 <= count <= 8 and len(more) < count:
        more += [name for name in _list_of(count, below) if not any(_same_person(name, p) for p in more)]
    shown = [_without_birthplace(_without_role(p)) for p in more if _a_persons_name(p)]
    listed = dict.fromkeys(name for name in shown if not (
        _named_only_as_another(name, told)
        # a Title-Case headline capitalises every word: a "name" there of common words the story below never tells as a
        # name is none ("Mediation Succeeds", "Held Abroad"), unlike "Jason Rezaian" told below as "the reporter"
        or (in_title_case(title) and below.strip() and _title_case_words(name, below))))
    return count, tuple(list(listed)[:8])


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
# A sentence whose list of names is of others than the freed: the dead, the still held, the arrested or expelled,
# lawyers, mediators and officials.
_NOT_A_LIST_OF_THE_FREED = re.compile(
    r"\b(?:killed|dead|died|bodies|remains|beheaded|executed|still|remain\w*|arrested|detained|sentenced|charged|expelled|"
    r"extradited|lawyers?|attorneys?|mediat\w*|negotiat\w*|envoys?|ministers?|officials?|spokes\w+|leaders?|commanders?|"
    r"greeted|met|meets?|meeting|welcomed|collect\w*|waiting|waited|statement|footage|video|also\s+(?:in|on)\b|separate\w*|"
    r"(?:were|was|are|is)\s+not|not\s+(?:among|part|freed|released)|never|embrac\w*|examin\w*|succumb\w*|shot|murder\w*|"
    r"talks|doctors?|wives|husbands|mothers|fathers|death|sentences?|(?:other|another|earlier|previous)\s+(?:case|story|release))\b",
    _I)


# The list is the subject of a release or arrival ("A, B and C stepped off the plane", "A and B, held since 2022, were
# freed") or the object of a release verb ("freed A and B").
_ARRIVING_HOME = (r"flown\s+(?:home|out|to)|stepped\s+(?:off|down)|landed|arrived|walked\s+(?:free|out)|crossed|(?:returned|came)\s+home|"
                  r"touched\s+down|flew|boarded|reached|(?:are|were|is)\s+(?:flying|heading|on\s+(?:their|his|her)\s+way)")
_LIST_FREED_AFTER = re.compile(r"(?:\s*,(?:[^,;]|(?<=\d),(?=\d)){1,120},)?\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:" + _FREE_VERB_FORMS + r"|handed\s+over|let\s+go|set\s+free|" + _ARRIVING_HOME + r")\b", _I)
_LIST_FREED_BEFORE = re.compile(r"\b(?:" + _FREE_VERB_FORMS + r"|hand(?:s|ed)\s+over|let\s+go\s+of)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$", _I)


def _freed_list_at(sentence: str, start: int, end: int) -> bool:
    if re.search(r"\b(?:for|by|of|at|with|from)\s+$", sentence[max(0, start - 8): start], _I):
        return False  # "engineers working for Julius Berger and Dangote Cement": employers, not the freed
    return bool(_LIST_FREED_AFTER.match(sentence, end) or _LIST_FREED_BEFORE.search(sentence, max(0, start - 60), start))


def _list_of(count: int, text: str) -> list[str]:
    """The names of a list that has as many names as were freed, in the first sentences below the headline ("Three
    Americans land at Andrews" / "Kim Dong-chul, Kim Hak-song and Tony Kim stepped off the plane"); none when no list
    has that many, or two do."""
    found: list[list[str]] = []
    for sentence in [s for paragraph in text.split("\n")[:4] for s in _sentences_of(paragraph)[:3]][:6]:
        if not _RELEASE_CONTEXT.search(sentence) or _NOT_A_LIST_OF_THE_FREED.search(sentence):
            continue
        run: list[str] = []
        end = -1
        run_start = -1
        for match in _NAME.finditer(sentence):
            name = _clean_name(match.group(0))
            if not name or " " not in name:
                continue
            start = match.start() + match.group(0).find(name)
            if run and not _LIST_GAP.fullmatch(sentence, end, start):
                found += [run] if len(run) == count and _freed_list_at(sentence, run_start, end) else []
                run = []
            if not run:
                run_start = start
            run.append(name)
            end = start + len(name)
        found += [run] if len(run) == count and _freed_list_at(sentence, run_start, end) else []
    lists = list(dict.fromkeys(tuple(run) for run in found))  # (the lede is told again in the story)
    return list(lists[0]) if len(lists) == 1 else []


def _without_role(name: str) -> str:
    """A name as the alert shows it, without a role that opened its sentence ("Teacher Marc Fogel", "Fathers Ivan Lev")."""
    first, _, rest = name.partition(" ")
    # ("Son Jong Hun" is a Korean family name)
    return rest if " " in rest and first != "Son" and _ROLE_WORD.fullmatch(first.removesuffix("s")) else name


def _without_birthplace(name: str) -> str:
    """A name without the birthplace and nationality that opened it ("Tehran-born British-Iranian Anoosheh Ashoori")."""
    words = name.split()
    if len(words) < 3 or not words[0].endswith("-born"):
        return name
    words = words[1:]
    while len(words) > 2 and _is_group_word(words[0]):
        words = words[1:]
    return " ".join(words)


def _a_persons_name(name: str) -> bool:
    """A last look at a name before it is listed: no body ("Coordination Headquarters", "US Air Force"), storm or operation
    ("Cyclone Nargis") and no place made an adjective ("Hong Kong-based"). Words that are also surnames ("Street",
    "Church", "Bridge") are left to the readings that see the name's context."""
    words = name.split()
    return (not _names_a_thing(name) and words[-1].rstrip("'\u2019") not in _BODY_LAST and " ".join(words[-2:]) not in _BODY_NAMES
            and not name.endswith(("'", "\u2019")))  # not "the Prisoners' Club", "the Palestinian Prisoners'"


def _names_a_thing(name: str) -> bool:
    """A body, a storm or an operation, or a place made an adjective, whatever its context."""
    return (name in _ORGANISATIONS or name in _NAMED_LIKE_PEOPLE or name in _PLACE_NAMES or name.split()[0] in _NOT_PERSON_FIRST
            or name.endswith(_ADJECTIVE_ENDINGS))


_BODY_LAST = frozenset(
    "Headquarters Administration Ministry Agency Commission Strait Airport Prison Hospital Province District Region Club Society "
    "Association Committee Council Office Union Party Movement Army Brigades Forces Foundation Institute University Company "
    "Corporation".split())
_BODY_NAMES = frozenset({"Air Force", "Space Force", "Border Force"})


_FUNCTION_WORDS = frozenset(
    "Its Her His Their Them She He It We They No Each Under Through Since Past After Before Out Home Held Led Paid Spent Had Made "
    "Said Told Left Freed Set Let Sent Brought Abroad Walk Walks Return Returns Land Lands Arrive Arrives Leave Leaves Fly Flies "
    "Head Heads Reach Reaches Cross Crosses Free Frees Release Releases Pardon Pardons Meet Meets Welcome Welcomes Say Says "
    "Announce Announces Receive Receives Succeed Succeeds Expire Expires Grant Grants".split())


def _title_case_words(name: str, below: str) -> bool:
    """Whether a "name" a Title-Case headline gives is common words: the story below never tells its last word as a name
    (accents aside), and it has a function word, a word that ends as verbs and nouns do, or a last word the story writes
    in lower case."""
    if re.search(r"\b" + re.escape(without_accents(name.split()[-1])) + r"\b", without_accents(below)):
        return False
    last = name.split()[-1]
    return any(word in _FUNCTION_WORDS or re.search(r"(?:ed|ing|tion|sion|ment|ies)$", word) for word in name.split()) or bool(
        re.search(r"(?<![\w-])" + re.escape(last.lower()) + r"(?![\w-])", below))


# What a name is when the words around it say so, wherever the story tells it: part of a body's name ("the International
# Atomic Energy Agency", "Revolutionary Armed Forces"), a ship ("the tanker Stena Impero", "Stena Impero crew"), a
# relative the freed are told by ("widow of Nobel laureate Liu Xiaobo", "nephews of Cilia Flores"), or a name used as a
# noun's modifier ("the Mahsa Amini protests", "the Mahsa Amini story"; not "the Paul Whelan swap", "the X case").
_BODY_AFTER_NAME = re.compile(
    r"\s+(?:" + "|".join(sorted(_BODY_LAST)) + r"|Congress|Front|Petroleum|Navy|crew|story|protests?|movement|era)\b")
# ("the so-called Hope Coalition case", "the Majdal Anjar case"; not a headline's "Alaa Abd El-Fattah case:")
_CASE_AFTER_NAME = re.compile(r"\s+(?:case|affair|trial)\b")
_THE_BEFORE_NAME = re.compile(r"\b(?:the|so-called)\s+$", _I)
# (a relative only as the freed: "frees father of footballer A", "B, widow of Nobel laureate A, allowed to leave"; not "The
# mother of A said he was freed", "mother of two A", "the family of freed hostage A")
_THING_OR_RELATIVE_BEFORE = re.compile(
    r"\b(?:tanker|ship|vessel|freighter|carrier|trawler|(?:(?:free[sd]?|releas(?:es|ed)|pardon(?:s|ed)|hands?\s+over|handed\s+over|"
    r"lets?\s+go)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?|(?-i:[A-Z])[\w'\u2019-]+,\s+(?:the\s+|a\s+)?)(?:widow|widower|wife|husband|sons?|"
    r"daughters?|nephews?|nieces?|father|mother|brothers?|sisters?)\s+of(?!\s+(?:\d+|" + _NUMBER_WORD_RE + r")\b)(?:\s+[\w-]+){0,2}?)\s+$",
    _I)


def _named_only_as_another(name: str, text: str) -> bool:
    """Whether every time the text tells a name, the words around it make it a body, a ship, a relative or a modifier;
    or it opens on a place made an adjective ("Houston-based Citgo", "Iran-backed Kataib")."""
    if re.match(r"[\w'\u2019]+-(?:based|backed|linked|led)\b", name):
        return True
    # (every mention of the surname: "Belarus frees Bialiatski" beside "Pinchuk, wife of Nobel laureate Ales Bialiatski")
    # (a surname told alone, not within another's full name: "Efrain Campo Flores" is no mention of "Cilia Flores")
    mention = re.compile(r"(?<![\w'\u2019-])(?:" + re.escape(name) + "|" + re.escape(name.split()[-1]) + r")(?![\w'\u2019-])")
    places = [m for m in mention.finditer(text)
              if m.group(0) == name or not _CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    if any(_FUGITIVE_BEFORE.search(text, max(0, m.start() - 50), m.start()) for m in places):
        return True  # a fugitive handed back, however else the story tells him ("'Fat Leonard' Francis")
    return bool(places) and all(
        _BODY_AFTER_NAME.match(text, m.end()) or _THING_OR_RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        or (_CASE_AFTER_NAME.match(text, m.end()) and _THE_BEFORE_NAME.search(text, max(0, m.start() - 12), m.start()))
        or _NOT_OF_THIS_RELEASE.search(_sentence_around(text, m.start()))
        for m in places)


# A sentence that tells a person freed in another, separate release ("A fifth American, student A, was released
# separately", "In a separate release, B also left Iran"); and a fugitive handed back ("fugitive contractor C was returned
# to US custody"). ("In a separate exchange" is often a part of the same deal: "In a separate exchange, Cuba let go of ...")
_NOT_OF_THIS_RELEASE = re.compile(
    r"\bin\s+a\s+separate\s+(?:release|arrangement)\b|\b(?:freed|released|let\s+go|pardoned)\s+separately\b", _I)
_CAPITAL_WORD_BEFORE = re.compile(r"(?-i:[A-Z])[\w'\u2019-]*\s$")
_FUGITIVE_BEFORE = re.compile(r"\bfugitive\s+(?:[\w-]+\s+){0,3}$", _I)
# "Leonard Francis, the former contractor known as Fat Leonard, who escaped house arrest in 2022"
_FUGITIVE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[^.;]{0,80}?\s)?)?(?:who\s+(?:had\s+)?(?:(?:escaped|fled|absconded)\s+(?:from\s+)?"
    r"(?:house\s+arrest|custody|prison|jail|detention)|skipped\s+bail|jumped\s+bail)\b"
    r"(?![^.;]*\b(?:(?:was|were|being)\s+(?:later\s+)?(?:detained|arrested|captured|caught)|caught|recaptured|"
    r"re-?arrested)\b))\b", _I)


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("; ", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at), text.find("; ", at)) if e >= 0]
    return text[start: min(ends) if ends else len(text)]


def _other_side_clause(hit: Hit) -> bool:
    """A second release trigger of a sentence in a clause of its own that says it is the other side of the exchange and
    tells no earlier or later release ("...; France freed C and D in return", not "...; X, freed in the August 2024 swap,
    welcomed the release")."""
    clause = _clause_of(hit)
    return bool(_OTHER_SIDE_CUE.search(clause)) and _of_this_release(clause)


def _of_this_release(clause: str) -> bool:
    """A clause that tells no earlier, later or separate release ("X had been freed in October", "a year after A and B
    were freed", "Y, freed in May, welcomed the news")."""
    return not (_recalls_or_plans(clause) or _DATED_EARLIER.search(clause) or _SEPARATE_EVENT.search(clause)
                or _RELEASED_BEFORE.search(clause) or _NOT_YET_DONE.search(clause))


def _clause_of(hit: Hit) -> str:
    before = max((m.end() for m in _CLAUSE_OR_COMMA.finditer(hit.sentence, 0, hit.start)), default=0)
    after = _CLAUSE_OR_COMMA.search(hit.sentence, hit.end)
    return hit.sentence[before: after.start() if after else len(hit.sentence)]


# A release still to come or to decide: "could follow next week", "would be considered separately", "was under review".
_NOT_YET_DONE = re.compile(
    r"\b(?:could|would|will|may|might)\s+(?:follow|come|be\s+\w+)\b|\bunder\s+review\b|\bseparately\b|\bwithin\s+(?:days|weeks|months)\b",
    _I)
_RELEASED_BEFORE = re.compile(
    r"\bhad\s+been\b|\b(?:freed|released|pardoned)\s+in\s+(?:" + _MONTH_NAME + r"|(?:19|20)\d\d)\b|"
    r"\b(?:a|one|two|three|several|\d+)\s+(?:years?|months?|weeks?)\s+(?:after|before|earlier|ago)\b", _I)


_CLAUSE_OR_COMMA = re.compile(r"[;,]|\s-\s|\s(?:while|whereas|as)\s")


def _vague_or_others(title: str, lede: str) -> bool:
    """Whether the headline or lede counts the freed vaguely or says others were freed too ("dozens", "among those")."""
    text = _without_crowds(f"{title} {lede}")
    text = "; ".join(c for c in _CLAUSE_BREAK.split(text) if not _LATER_BATCH.search(c))  # not "13 others to follow"
    return bool(_VAGUE.search(text) or _OTHERS_TOO.search(text))


def _freed_people(deciding: Sequence[Hit], title: str, lede: str, second: Sequence[Hit] = ()) -> list[str]:
    """The people the sentences that decided the label name as freed, and those after their `second` triggers; with
    none, the headline's release clause (as when the model flags); then the other side a headline exchange names and a
    lede sentence listing the freed; with still none, a lone surname ending the headline's object ("Lukashenko frees
    Kozulin")."""
    people: list[str] = []
    for hit, after_only in (*((h, False) for h in deciding), *((h, True) for h in second)):
        for name in _names_in(hit.sentence, hit.start, hit.end, after_only):
            if name not in people and not any(name in p or p.endswith(name.split()[-1]) for p in people):
                people.append(name)
    if not people:
        people = _names_in_headline(title)
    if not people and not in_title_case(title):
        single = _lone_name_freed(title)
        if single and _LONE_SURNAME_END.match(title, single.end("n")) and _lone_surname(single.group("n")):
            people.append(single.group("n"))
    for name in _other_people_named(title, lede):
        if not any(name == p or p.endswith(name.split()[-1]) for p in people):
            people.append(name)
    return people


def _more_people(people: Sequence[str], title: str, lede: str, story: str) -> list[str]:
    """The people with those the rules' sentences do not name (read after the count, which they do not change): the
    headline's names and lone surnames told as the freed, each surname as the full name the text gives it ("Abhinandan"
    -> "Abhinandan Varthaman"); the lede's sentences that name the freed; the next paragraphs' lists of the freed."""
    names_in_text = cache(lambda: [n for n in _all_names(f"{lede}\n{story}"[:2000]) if _names_a_person(n, "")])
    found = list(people)
    for word in _headline_freed_names(title):
        name = word if " " in word else next((n for n in names_in_text() if word.lower() in n.lower().split()), word)
        if not any(_same_person(name, p) for p in found):
            found.append(name)
    lede_sentences = _sentences_of(lede.removeprefix(title))[:2]
    for name in (*(n for i, sentence in enumerate(lede_sentences)
                   for n in _sentence_people(sentence, i == 0, title, lede_sentences[i - 1] if i else title)),
                 *_people_named_in_story(story)):
        if not any(_same_person(name, p) for p in found) and name not in country_aliases_cached():
            found.append(name)
    # (a full name is taken only from the lede's first sentence, where the freed are told in full: not a relative who
    # shares the surname and is named further down, "Darya Losik and their daughter were driven to meet him")
    first_told = _sentences_of(lede.removeprefix(title).strip())[:1]
    found = [_full_name(name, [n for n in _all_names(first_told[0]) if _names_a_person(n, "")] if first_told else [], found)
             if " " not in name else name for name in found]
    return _sharing_surnames(found, f"{title}\n{lede}")


def _full_name(surname: str, names: Sequence[str], listed: Sequence[str]) -> str:
    """A lone surname as the shortest full name the text gives it ("Bae and Miller land" -> "Kenneth Bae"), without a word
    run on from a place or another listed person before it ("Transnistria Andrei Ivantoc", "Bouachrine Omar Radi")."""
    others = {word for name in listed if name != surname for word in name.split()} | set(country_aliases_cached())
    fulls = []
    for name in names:
        words = name.split()
        while len(words) > 2 and words[0] in others:
            words = words[1:]
        if len(words) > 1 and words[-1] == surname and words[0] not in others and len(set(words)) == len(words):
            fulls.append(" ".join(words))
    return min(fulls, key=len, default=surname)


_FAMILY_CUE_BEFORE = re.compile(
    r"\b(?:couple|mother|father|daughter|son|wife|husband|brothers|sisters|siblings|family|parents|twins|pair)\b[^.;:]{0,40}$", _I)
_NAME_WORD_BEFORE = re.compile(r"(?-i:[A-Z])[\w'\u2019.-]*\s+$")  # "Clara Rojas and Consuelo Gonzalez": Rojas is no first name


def _sharing_surnames(people: list[str], text: str) -> list[str]:
    """The people with a first name the text gives before a relative's full name, as a full name of its own: "couple Peter
    and Barbie Reynolds" is Peter Reynolds and Barbie Reynolds, "mother and daughter Judith and Natalie Raanan" Judith
    Raanan beside Natalie."""
    found = list(people)
    for name in people:
        if " " not in name:
            continue
        for match in re.finditer(r"(?<![\w'\u2019-])(?P<first>(?-i:[A-Z])[a-z]+)\s+(?:and|&)\s+" + re.escape(name) + r"\b", text):
            first = match.group("first")
            full = f"{first} {name.split()[-1]}"
            if (_FAMILY_CUE_BEFORE.search(text, max(0, match.start() - 60), match.start())
                    and not _NAME_WORD_BEFORE.search(text, 0, match.start()) and _names_a_person(first, "")
                    and first not in country_aliases_cached() and first not in NOT_NAME_WORDS and not _A_ROLE_WORD.fullmatch(first)
                    and not any(first in p.split()[1:] for p in found) and not any(_same_person(full, p) for p in found)):
                found = [full if p == first else p for p in found] if first in found else [*found, full]
    return found


def _sentence_people(sentence: str, travel: bool, title: str = "", previous: str = "") -> list[str]:
    """The people a sentence names as freed: its subject, those freed along with its own, a group named in apposition;
    with `travel`, a subject that only flies, lands or walks home too."""
    return (_named_subjects_freed(sentence, travel, title) + _freed_along_with(sentence) + _group_named_in_apposition(sentence)
            + _listed_among_the_freed(sentence) + _named_objects_freed(sentence) + _named_after_a_lead(sentence, previous))


# A sentence that opens on the freed and lists them: "Among those on the flight were A, deputy head of the Mejlis, and
# priests B and C", "Also freed were activists A and B", "Those released included A", "The five are A, B, C, D and E"
# (not "Among them were", whose "them" may be those who refused to leave).
_LEAD_TO_THE_FREED = re.compile(
    r"^\W*(?:(?:among\s+those\s+(?:freed|released|pardoned|let\s+go|(?:on|aboard)\s+(?:the\s+)?(?:plane|flight|jet|aircraft|bus|"
    r"charter(?:ed)?\s+(?:plane|flight)))\s+(?:are|were)|"
    r"(?P<them>among\s+them\s+(?:are|were))|"
    r"also\s+(?:freed|released|pardoned|let\s+go)\s+(?:were|was)|those\s+(?:freed|released|pardoned|let\s+go)\s+(?:included|were|are)|"
    r"the\s+(?:freed|released)\s+(?:[\w-]+\s+)?(?:included|were|are))\s+(?P<list>(?:(?-i:[a-z])[\w-]*\s+){0,3}(?-i:[A-Z])[^;:]+)|"
    # "The five are A, B and C": names right away, or after a role (not "The four were released ... in Bahir Dar")
    r"the\s+(?:two|three|four|five|six|seven|eight|\d)\s+(?:are|were|included)\s+(?P<named>(?:(?:" + _ROLE + r")s?\s+)?(?-i:[A-Z])[^;:]+))$",
    _I)
# A name that ends an item of the list, not one qualifying a noun ("Ecopetrol Arauca contractors", "Sheba Medical Center")
_LIST_ITEM_END = re.compile(r"\s*(?:[,.;)(]|$)|\s+(?:and|were|are|was|is|who|both|all)\b")
_CHIEF_BEFORE = re.compile(r"\b(?:chief|spokes(?:man|woman|person))\s+$", _I)
_OF_BEFORE_NAME = re.compile(r"\b(?:of|for|by|with)\s+(?:the\s+)?$", _I)


def _named_after_a_lead(sentence: str, previous: str = "") -> list[str]:
    """The names a sentence lists after a lead to the freed; "Among them" only after a sentence of people freed, not of
    people who refused to leave or remain held."""
    lead = _LEAD_TO_THE_FREED.match(sentence)
    if lead is None or _NOT_A_LIST_OF_THE_FREED.search(sentence) or (lead.group("them") and not (
            _FREED_WORD.search(previous) and not _NOT_A_LIST_OF_THE_FREED.search(previous)
            and not re.search(r"\b(?:refus\w*|declin\w*|stay\w*)\b", previous, _I))):
        return []
    names = []
    for match in _NAME.finditer(sentence, lead.start("list") if lead.group("list") else lead.start("named")):
        name = _clean_name(match.group(0))
        at = match.start() + match.group(0).find(name) if name else match.start()
        if name and " " in name and _names_a_person(name, "") and _LIST_ITEM_END.match(sentence, at + len(name)) and not (
                _OF_BEFORE_NAME.search(sentence, max(0, at - 12), at) or _OFFICIAL_ROLE_BEFORE.search(sentence, max(0, at - 60), at)
                or _CHIEF_BEFORE.search(sentence, max(0, at - 30), at)):  # ("intelligence chief A")
            names.append(name)
    return names


# "King Mohammed VI pardoned journalists A, B and C as part of ...", "Freed journalist A said ...": named as the freed
_NAMED_OBJECTS_FREED = re.compile(
    r"^\W*(?:(?-i:[A-Z])[\w'\u2019.-]*\s+){1,4}(?:has\s+|have\s+)?(?:pardoned|freed|released|set\s+free)\s+"
    r"(?:(?!(?:a|an|the|statement|video|footage|list|names|naming|photos?|reports?|letters?|details|documents?|late)\b)"
    r"(?-i:[a-z])[\w-]*\s+)"
    r"{1,3}(?P<list>(?-i:[A-Z])[^;:.]{3,200}?)(?=\s+(?:on|in|at|as|after|from|to|along|together|under|"
    r"following|,\s+(?-i:[a-z]))\b|[;:.,]?$)|"
    r"^\W*(?:Freed|Released)\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}(?P<one>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)+)")


def _named_objects_freed(sentence: str) -> list[str]:
    match = _NAMED_OBJECTS_FREED.match(sentence)
    if match is None or _NO_ONE_LISTED.match(match.group("list") or "") or _THE_DEAD.search(sentence):
        return []
    if match.group("one"):
        return [match.group("one")] if _names_a_person(match.group("one"), "") else []
    return [n for n in _listed_people(match.group("list")) if _names_a_person(n, "")] if _people_listed(match.group("list")) else []


# "release nearly 6,000 prisoners, among them Australian economist A, former British ambassador B and C": the freed
# listed after a release of a group, each after a role.
_GROUP_RELEASE_THEN_LIST = re.compile(
    r"\b(?:freed|released|pardoned|free|release|pardon|frees|releases|pardons|freeing|releasing|pardoning)\s+"
    + ROUGHLY + r"(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+[^;:.]{0,80}?"
    r",?\s+(?:among\s+them|including)\s+", _I)


def _listed_among_the_freed(sentence: str) -> list[str]:
    lead = _GROUP_RELEASE_THEN_LIST.search(sentence)
    if lead is None or _DEMAND.search(sentence, 0, lead.end()) or _STILL_HELD.search(sentence, 0, lead.end()):
        return []
    first = _DESCRIBED_NAME.match(sentence, lead.end())
    match = _NAME.match(sentence, first.start("name") if first else lead.end())
    names: list[str] = []
    while match and not _acting_role(sentence[lead.end(): match.start()]):
        name = _clean_name(match.group(0))
        if name and _names_a_person(name, ""):
            names.append(name)
        match = _next_name_in_list(sentence, match.end())
    return names


def _same_person(one: str, other: str) -> bool:
    """Whether two names name one person as the text writes them: the words of one are among the other's, accents aside
    ("Suu Kyi" and "Aung San Suu Kyi", "Jose Daniel Ferrer" and "José Daniel Ferrer"; not "Omar" and "Farooq Abdullah")."""
    a, b = (set(unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().split()) for n in (one, other))
    return a <= b or b <= a


_SURNAME = r"(?-i:[A-Z\u00c0-\u00de])(?:\w|['\u2019](?=(?-i:[A-Z])))+(?:-(?-i:[A-Z])\w+)?"
_SURNAME_LIST = rf"(?P<list>{_SURNAME}(?:\s*,\s*{_SURNAME})*(?:,?\s+(?:and|&)\s+{_SURNAME})?)"
# A headline's subject of names, each of one to four words, perhaps after a possessive ("Pussy Riot's A and B") and
# before others told by a figure ("A, B, C and five Thai workers out of Gaza").
_NAMED = rf"{_SURNAME}(?:\s+{_SURNAME}){{0,3}}"
_NAMES_LIST = (rf"(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:'s|\u2019s)\s+)?"
               rf"(?P<list>{_NAMED}(?:\s*,\s*{_NAMED})*(?:,?\s+(?:and|&)\s+{_NAMED})?)"
               rf"(?:,?\s+and\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+[^,;:]{0,40}?)?")
# What a headline tells of its freed subject: freed, home, out, among those freed; not who flies or returns with the freed
# ("Grenell flies home with six Americans", "Clapper flies Kenneth Bae home") nor a return to prison.
_WITH_THE_FREED = r"(?![^,;:]{0,25}?\bwith\s+(?:\d|(?:" + _NUMBER_WORD_RE + r")\b|(?-i:[A-Z])|the\s+freed|freed))"
_FREED_PREDICATE = (
    r"(?=(?:is\s+|are\s+|was\s+|were\s+)?(?:freed|released|pardoned|"
    r"(?:home|back)\b(?!\s*:)" + _WITH_THE_FREED + r"(?!\s+(?:in|to)\s+(?:prison|jail|custody))|"
    r"(?:(?:lands?|landed|arriv(?:e|es|ed)|walks?|walked|leaves?|left|out|flown|cross(?:es|ed)?|returns?|returned|"
    r"reach(?:es|ed)?|touch(?:es|ed)?)\b|fl(?:y|ies|ew)\b(?!\s+(?:(?-i:[A-Z0-9])|(?:" + _NUMBER_WORD_RE + r")\b)))"
    + _WITH_THE_FREED + r"(?!\s+(?:to|into)\s+(?:prison|jail|custody))|"
    # "among 16 freed", not "among those left behind" or "among guests"
    r"among\s+(?:(?!(?:as|while|when|after|greeting|welcoming|meeting|guests|crowds?)\b)[\w'\u2019-]+\s+){0,4}?"
    r"(?:freed|released|pardoned|flown|exchanged|swapped|returned|handed|let\s+go|walking\s+free)\b|"
    r"reunited|rescued|plucked|safe\b|granted\s+bail|handed\s+(?:over|to)|exchanged|swapped|traded|set\s+free|"
    r"on\s+(?:his|her|their)\s+way\s+home|"
    # "in Vilnius after his release", not "Kellogg in Minsk as Lukashenko frees 14"
    r"in\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s+after\s+(?:[\w'\u2019-]+\s+){0,3}?(?:release|pardon|"
    r"years|months|decade|swap|exchange|detention|captivity|jail|prison)))"
)
# Surnames a headline tells as the freed: its subject before a release or homecoming ("Khodorkovsky lands in Berlin",
# "Kara-Murza, Yashin among Kremlin critics flown out", "opposition leader Kozulin out of prison"), and a list after
# "including" or "among them".
_HEADLINE_SUBJECT_NAMES = re.compile(rf"^\W*(?:Freed\s+|Pardoned\s+)?{_NAMES_LIST}\s+" + _FREED_PREDICATE, _I)
_ROLE_SUBJECT_SURNAMES = re.compile(rf"\b{_ROLE}\s+{_SURNAME_LIST}\s+" + _FREED_PREDICATE, _I)
# (not a people or a place before a noun: "including Azov fighters", "including Evin hunger strikers")
_HEADLINE_LISTED_SURNAMES = re.compile(
    rf"\b(?:including|among\s+them)\s+{_SURNAME_LIST}(?![\w'\u2019-]|\s+(?-i:[A-Z])|"
    r"\s+(?!(?:and|after|as|in|on|at|to|from|for|with|amid|following|but|while|over)\b)(?-i:[a-z]))"
)
# "Belarus frees 14 prisoners, Tikhanovsky among them", "...; Norwegian Frode Berg, pardoned by Putin, among them"
_NAMES_AMONG_THEM = re.compile(
    rf"(?:^|[,;:]\s+)(?:(?:(?-i:[a-z])[\w-]*|(?-i:[A-Z])[a-z]+(?:an|ian|ese|ish|i|ch))\s+){{0,3}}?(?-i:{_NAMES_LIST})"
    r"(?:,[^,;:]{1,60},)?\s+among\s+them\b")
# Capitalised words that open a headline as its subject without naming a person: "Teacher freed after year in jail".
_A_ROLE_WORD = re.compile(r"(?:" + _ONE_MORE_NOUN + r")s?|(?:wo)?men|people|children", _I)
_NOT_A_SURNAME = frozenset(
    "Rebels Gunmen Kidnappers Captors Spies Troops Pirates Police Inmates Who What How Why When Where Here Back Everyone "
    "Crew All Both Finally Home Free Relief Joy".split()
)


def _headline_freed_names(title: str) -> list[str]:
    """The names and lone surnames a headline tells as the freed; none in a Title-Case Headline, whose capitals mark no
    names."""
    if in_title_case(title):
        return []
    found: list[str] = []
    for pattern in (_HEADLINE_SUBJECT_NAMES, _ROLE_SUBJECT_SURNAMES, _HEADLINE_LISTED_SURNAMES, _NAMES_AMONG_THEM):
        for match in pattern.finditer(title):
            if pattern is _NAMES_AMONG_THEM and _held_still(title[:match.start()].rsplit(";", 1)[-1]):
                continue  # "Americans still held, Edan Alexander among them"
            words = re.split(r"\s*,\s*|,?\s+(?:and|&)\s+", match.group("list"))
            if len(words) == 2 and " " not in words[0] and len(words[1].split()) == 2:
                words[0] += " " + words[1].split()[1]  # "Judith and Natalie Raanan": Judith Raanan
            for word in words:
                if " " in word:
                    first, rest = word.split(" ", 1)
                    name = _clean_name(rest if _A_ROLE_WORD.fullmatch(first) or first.isupper() else word)
                    if name and name not in found and _names_a_person(name, ""):
                        found.append(name)
                elif _surname_word(word) and word not in found and not _NAME.match(title, title.find(word)):
                    found.append(word)
    return found


def _surname_word(word: str) -> bool:
    """A capitalised word of a headline that may be a person's surname: not a group, role, number or plural ("POWs")."""
    return (_lone_surname(word) and word not in _NOT_A_SURNAME and not word.isupper() and not word.endswith(("s", "men"))
            and word.lower() not in NUMBER_WORDS and not _A_ROLE_WORD.fullmatch(word))


# Where a lone surname's object ends: the headline's end, a clause break or a preposition; not a noun it qualifies
# ("frees Navalny ally", "frees Catholic priests", "frees Evin inmates", "Tikhanovskaya's husband").
_LONE_SURNAME_END = re.compile(r"\s*$|\s*[,;:]|\s+(?:after|in|from|on|at|as|over|with|to|and|amid|following|but)\b")


def _lone_surname(word: str) -> bool:
    return (word not in country_aliases_cached() and word not in NOT_NAME_WORDS and not _plural_group(word)
            and not _OFFICIALS.search(word) and not _is_group_word(word) and not word.endswith(("ly", "-")))


# "Among those freed were A, B and C", "The others were A and B": a lede sentence listing the freed.
_LISTS_FREED = re.compile(
    r"^\W*(?:among\s+(?:those|the\s+\w+)\s+(?:freed|released|pardoned|exchanged|returned|flown\s+out)\s+(?:were|was)|"
    r"the\s+others?\s+(?:freed\s+|released\s+)?(?:were|was))\s+(?P<list>[^.;]+)", _I
)


# A later clause of a headline that tells the other side of an exchange going the other way: "...; Russia gets back
# Alexander Vinnik", "... as US sends back Khan Mohammed", "...; Medvedchuk and 55 Russians handed to Moscow", "...;
# Vinnik sent the other way", "... as Moscow gets Vyshinsky back".
_HEADLINE_SIDE_CLAUSE = r"(?:[;:]\s*|,\s+|\s+(?:as|while|and)\s+)"
_HEADLINE_STATE_GETS = re.compile(
    _HEADLINE_SIDE_CLAUSE + r"(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:gets?|got|receives?|received|sends?|sent|"
    r"hands?|handed|trades?|traded)\s+(?:back\s+)?(?P<side>[^;:,]{3,80}?)(?=\s+(?:back|home|to|in|at|after|for|as)\b|\s*[;:,]|\s*$)")
_HEADLINE_SIDE_GOES = re.compile(
    _HEADLINE_SIDE_CLAUSE + r"(?P<side>[^;:,]{3,80}?)\s+(?:(?:is|was|are|were)\s+)?(?:sent|handed(?:\s+over)?|flown|goes|go|went|"
    r"heads?|returns?|returned)\s+(?:back\s+)?(?:to\s+(?-i:[A-Z])|the\s+other\s+way)")


def _headline_other_side_names(title: str) -> list[str]:
    """The people a later clause of a headline sends the other way; not officials, relatives or lawyers ("as Blinken heads
    to Ankara", "as envoy John Coale flies to Minsk", "as her mother flies to Tehran")."""
    names: list[str] = []
    for pattern in (_HEADLINE_STATE_GETS, _HEADLINE_SIDE_GOES):
        for match in pattern.finditer(title):
            side = match.group("side").strip()
            if (_OFFICIAL_ROLE.search(side) or _NOT_THE_OTHER_SIDE.search(side) or _NO_ONE_LISTED.match(side)
                    or _ANOTHER_DEAL.search(re.split(r"[;:,]", title[match.end():], maxsplit=1)[0])):
                continue
            surname = _SURNAME_AFTER_ROLE.search(side) or _SURNAME_AFTER_WORDS.search(side) or _LONE_SURNAME_SIDE.fullmatch(side)
            found = [n for n in _all_names(side) if _names_a_person(n, "")] or [
                surname.group("n") for _ in [1] if surname and _surname_word(surname.group("n"))]
            names += [n for n in found if not _OFFICIALS.search(n)]
    return names


_NOT_THE_OTHER_SIDE = re.compile(
    r"\b(?:his|her|their|lawyers?|attorneys?|family|relatives?|delegation|mother|father|wife|husband|son|daughter|sister|brother|"
    r"consul|company|firm|" + _VESSEL_WORD + r")\b", _I)
_SURNAME_AFTER_WORDS = re.compile(r"(?-i:[a-z])[\w-]*\s+(?P<n>" + _SURNAME + r")$")  # "Russian crypto operator Vinnik"
_LONE_SURNAME_SIDE = re.compile(r"(?P<n>" + _SURNAME + r")(?:\s+and\s+(?:\d+|" + _NUMBER_WORD_RE + r")\s+[\w-]+)?")


def _other_people_named(title: str, lede: str) -> list[str]:
    """Freed people the hits' windows miss: the other side a headline exchange names ("freed in swap for Iranian
    diplomat Assadollah Assadi") and a lede sentence that lists the freed ("Among those freed were A, B and C")."""
    found: list[str] = []
    other = _other_side_of(title)
    if other is not None and not in_title_case(title):
        # "in swap for Iranian diplomat Assadi", "exchanged for Russian pilot Yaroshenko": a surname after its role, as
        # the full name the lede gives it
        surname = _SURNAME_AFTER_ROLE.search(other)
        found += [] if _NO_ONE_LISTED.match(other) else [n for n in _all_names(other) if _names_a_person(n, "")] or [
            next((n for n in _all_names(lede) if surname.group("n") in n.split()), surname.group("n"))
            for _ in [1] if surname and _lone_surname(surname.group("n"))]
    if not in_title_case(title):
        found += _headline_other_side_names(title)
    for sentence in _sentences_of(lede)[:4]:
        listed = _LISTS_FREED.match(sentence)
        if listed:
            found += [n for n in _all_names(listed.group("list")) if _names_a_person(n, "")]
    return [n for n in found if n not in country_aliases_cached()]


# A sentence of the story that lists the freed: "Among them were A, B and C", "The others pardoned were A and B", "They
# included A", "The freed men are A and B".
_STORY_LISTS_FREED = re.compile(
    r"^\W*(?:among\s+(?:them|those\s+(?:[\w'\u2019-]+\s+){0,2}?(?:freed|released|pardoned|exchanged|swapped|returned|"
    r"flown\s+out|let\s+go|handed\s+over|walked\s+(?:free|out\s+of\s+(?:prison|jail|detention|custody))))"
    r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:were|was)|"
    r"the\s+others?\s+(?:(?:freed|released|pardoned|exchanged)\s+)?(?:were|was)|they\s+included|"
    # "Those released on Saturday include", "The other three were", "The four men freed were named as": a subject that
    # says they were freed (not "The families are", "Among the wounded were", "The lawyers were")
    r"(?:the\s+other\s+(?:\w+\s+)?(?:were|are)|(?:the|those)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:freed|released|pardoned|exchanged|"
    r"swapped|handed\s+over|let\s+go)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:were|are|include|included)(?:\s+named\s+as)?)"
    r"(?=\s+(?:(?!(?:\w+ed|\w+en|at|in|on|from|to|by|for|with|after|before|since|of|into|near|not)\b)(?-i:[a-z])[\w'\u2019-]*\s+){0,3}?"
    r"(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])))\s+(?P<list>[^;]+)|"
    # "The three, identified as A, B and C, were handed to officials", "The three - A, B and C - had been detained", "The pair,
    # A, 46, and B, 39, had served": the group told before, named
    r"^\W*(?:the|all|both)\s+(?:pair|(?:\d+|" + _NUMBER_WORD_RE + r")(?:\s+(?:men|women|hostages|prisoners|captives|detainees))?)"
    r"\s*(?:,|:|\s[-\u2013\u2014])\s*(?:(?:identified|named)\s+as\s+)?(?P<named>(?-i:[A-Z])[^;:\u2013\u2014]{3,200}?)"
    r"(?:,|\s[-\u2013\u2014])\s+(?:(?:were|was|are|is)\s+(?:freed|released|handed|flown|flying|heading|travell?ing|on\s+(?:their|his|her)\s+way|"
    r"pardoned|set\s+free|let\s+go|returned|seized|kidnapped|abducted|captured|"
    r"taken\s+to\s+safety|in\s+good\s+health)|had\s+(?:been\s+(?:held|detained|jailed|imprisoned|kidnapped|abducted|seized)|served|"
    r"spent))\b", _I
)
# A heading with a colon over a list of the freed: "Freed on Sunday: A, B and C", "Handed over later: A, B and C", "The
# others: A; B; C" (not "Still held: ...", "Lawyers: ...", "Freed last November: ...").
_COLON_LIST = re.compile(
    r"^\W*(?P<head>(?-i:[A-Z])[^:;.]{0,40}):\s+"
    r"(?P<list>(?=(?:(?-i:[A-Z])[\w'\u2019-]+\s+){1,3}?(?-i:[A-Z])[\w'\u2019-]+(?:\s*[,;]|\s+and\s))(?-i:[A-Z])[^.]+)", _I
)
# "Viktar Babaryka, the former banker ..., was also freed."
_ALSO_FREED_SENTENCE = re.compile(
    r"^\W*(?P<list>(?-i:[A-Z])[^;:]{0,200}?)\s+(?:was|were)\s+also\s+(?:freed|released|pardoned|let\s+go|handed\s+over|"
    r"exchanged|swapped)\b", _I
)


def _people_named_in_story(story: str) -> list[str]:
    """People the first sentences of the story's paragraphs after the lede name as freed: a list of the freed, a
    sentence whose subject is the freed, named, or one "also freed"."""
    found: list[str] = []
    before = ""
    for paragraph in story.split("\n")[1:5]:
        for sentence in _sentences_of(paragraph)[:3]:
            last, before = before, sentence
            # (what a clause tells of the freed, "abducted from their office three weeks ago", is their past; a subject that
            # "has been freed" is this release, not a running total)
            probe = _PAST_OF_THE_FREED.sub("", _RELATIVE_CLAUSE.sub("", sentence))
            if _NOT_LEFT.search(probe) or _recalls_or_plans(_PERFECT_FREED.sub("were ", sentence)) or _IN_A_YEAR.search(probe):
                continue
            listed = _STORY_LISTS_FREED.match(sentence) or _ALSO_FREED_SENTENCE.match(sentence) or _freed_heading(sentence)
            if listed and _NOT_FREED_BEFORE.search(sentence, 0, listed.start("list" if listed.group("list") else "named")):
                listed = None  # "Those still held include A", "Among those arrested were B"
            freeing = _FREEING_VERB.search(last)
            if listed and _REFERS_BACK.match(sentence) and not (
                    freeing and not _NOT_FREED_BEFORE.search(last, 0, freeing.start())
                    and not _NOT_FREED_AFTER.search(last, freeing.end()) and not _IN_A_YEAR.search(last)):
                # "Among them were A and B" after a sentence of arrests, deaths, people still held or an earlier release
                listed = None
            names = _listed_people(_LIST_STOPS.split(listed.group("list") or listed.group("named") or "", maxsplit=1)[0]) if (
                listed) else []
            names += _sentence_people(sentence, travel=False)
            found += [n for n in names if n not in found and not _OFFICIALS.search(n)]
    return found


_PERFECT_FREED = re.compile(r"\b(?:has|have)\s+been\s+(?=(?:freed|released|pardoned)\b)", _I)
# A release told with its year or month and year ("freed in November 2023", "In 2019, the two countries swapped 35"): an
# earlier one, beside the news.
_IN_A_YEAR = re.compile(r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_NAME + r"\s+)?(?:19|20)\d\d\b", _I)
# Where a list of the freed ends: its sentence's end, a colon, or a clause about the last of them ("..., who had been").
_LIST_STOPS = re.compile(r"[.:]|,?\s+(?:who|which|whose|after|when|while|as|according)\s", _I)
# A list that points back to the sentence before ("Among them were", "They included") and a sentence before it that
# tells of people not freed, or of some who stayed.
_REFERS_BACK = re.compile(r"^\W*(?:among\s+them|they\s+included)\b", _I)
# The same after the freeing verb, where words of conviction tell the past of the freed ("pardoned 18 people convicted of")
_NOT_FREED_AFTER = re.compile(
    r"\b(?:arrest\w*|killed|dead|died|bodies|remains|still|remain\w*|excluded|refus\w+|left\s+behind|re-?arrested|"
    r"not\s+(?:freed|released|among))\b", _I)
_NOT_FREED_BEFORE = re.compile(
    r"\b(?:arrest\w*|detained|sentenced|jailed|convicted|charged|killed|dead|died|bodies|remains|still|remain\w*|excluded|"
    r"refus\w+|left\s+behind|re-?arrested|not\s+(?:freed|released|among))\b", _I)


# A group of the freed named in apposition, in a sentence that frees them: "Hamas handed three Israeli hostages, A, B and C,
# to the Red Cross", "Washington sent home three Cubans convicted of spying, A, B and C".
_GROUP_IN_APPOSITION = re.compile(
    r"\b(?:\d+|" + _NUMBER_WORD_RE + r")\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+s(?:\s+[^,;:.]{0,60}?)?,\s+"
    r"(?P<list>(?-i:[A-Z])[^;:.]{0,200}?\band\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,3})", _I
)
_FREEING_VERB = re.compile(
    r"\b(?:freed|released|pardoned|handed|passed|flown|flew|sent\s+(?:home|back)|returned|exchanged|swapped|let\s+go|set\s+free|"
    r"walked\s+(?:free|out)|left\s+(?:prison|jail)|came\s+home|arrived\s+home|landed|rescued)\b", _I
)


def _group_named_in_apposition(sentence: str) -> list[str]:
    """The people a figure of the freed is told by, in apposition to it, in a sentence that frees them."""
    match = _GROUP_IN_APPOSITION.search(sentence)
    if match is None or not _FREEING_VERB.search(sentence) or _NOT_LEFT.search(sentence) or _held_still(sentence):
        return []
    if _THE_DEAD_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
        return []  # "in exchange for the bodies of two soldiers, A and B"
    return _listed_people(match.group("list"))


_THE_DEAD_BEFORE = re.compile(r"\b(?:bodies|remains|coffins|corpses|graves)\s+of\s+(?:the\s+)?$", _I)


def _freed_heading(sentence: str) -> re.Match[str] | None:
    """A heading over a list of the freed, or None: a heading that names a release of now, or the others; not people still
    held, the dead or the newly arrested."""
    match = _COLON_LIST.match(sentence)
    head = match.group("head") if match else ""
    if match is None or _NOT_FREED_BEFORE.search(head) or _EARLIER_HEADING.search(head):
        return None  # "Still held:", "Freed last November:", "Returned to custody:"
    return match if (_FREEING_VERB.search(head) or re.fullmatch(r"(?:the\s+)?others?", head.strip(), _I)) else None


_EARLIER_HEADING = re.compile(
    r"\b(?:last|earlier|previous|before|ago|custody|prison|jail|detention|cells?|" + _MONTH_NAME + r"|(?:19|20)\d\d)\b", _I)


# A piece of a list that names a person: the name, after at most three words of description ("anarchist activists Ihar
# Alinevich", "former Marine Paul Whelan"), not after a preposition ("members of Mount Horeb").
_LISTED_PERSON = re.compile(r"^(?:(?:[\w'\u2019-]+\s+){0,3}?(?<!\bof\s)(?<!\bat\s)(?<!\bin\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bby\s))?"
                            r"(?P<name>" + _NAME.pattern + r")")


def _listed_people(text: str) -> list[str]:
    """The people a list names, one per piece (after a description with capitals of its own: "Nobel Peace Prize laureate
    Ales Bialiatski")."""
    names: list[str] = []
    for piece in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+", text):
        match = _LISTED_PERSON.match(piece)
        if match is None or _OFFICIAL_ROLE.search(piece):
            continue
        runs = list(_NAME.finditer(piece, match.start("name"), match.end("name") + 40))
        if re.match(r"(?:a|an|the)\s", piece) and not (runs and not piece[runs[-1].end():].strip()):
            continue  # a description of the one before, not ending on a name: "A, a Los Angeles public defender"
        found = [n for n in (_clean_name(_after_plural_title(m.group(0))) for m in runs) if n and _names_a_person(n, "")]
        if found and found[0] not in names:
            names.append(found[0])
    return names


def _after_plural_title(run: str) -> str:
    """A run of capitals after a plural title that describes the people named ("Green Berets Luke Denman"): the name."""
    words = run.split()
    plural = max((i for i, w in enumerate(words[:-2]) if w.endswith("s") and not w.endswith(("'s", "\u2019s", "ss"))),
                 default=-1)
    return " ".join(words[plural + 1:])


# A lede sentence whose subject is the freed, named ("A, 85, and B, 79, were passed to the Red Cross", "A, B and their three
# children were recovered", "A and B left Yemen on a plane to Oman").
_NAMED_SUBJECT_FREED = re.compile(
    r"^\W*(?P<subject>(?-i:[A-Z\u00c0-\u00de])[^;:.]{0,300}?)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:freed|released|handed\s+(?:over|to)|passed\s+to|found\s+(?:alive|safe)|rescued|reunited|let\s+go|set\s+free|pardoned|"
    r"driven\s+(?:out|from|to\s+the\s+border)|brought\s+(?:home|out)|taken\s+to\s+safety|exchanged|swapped|sent\s+home|"
    r"allowed\s+to\s+leave|returned\s+(?:to\s+(?!(?:prison|jail|custody|detention|(?:his|her|their)\s+cells?)\b)|home)|(?:also\s+)?among\s+(?:those|(?:the\s+|\d+\s+|(?:"
    + _NUMBER_WORD_RE + r")\s+)(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)\s+(?:who\s+(?:were\s+)?)?"
    r"(?:freed|released|pardoned|exchanged|swapped|let\s+go|flown\s+(?:out|home|to)|handed\s+over|landed|arrived))\b|"
    r"(?:are|is|were|was)\s+on\s+(?:their|his|her)\s+way\s+home\b|"
    # (a journey, or "recovered", which is said of the dead too, tells a release only in the lede's first sentence)
    r"(?P<travel>(?:left|flew|walked|crossed)\s+(?:home|out|free|back|into|the\s+border|(?-i:[A-Z])\w*)\b|(?:came|arrived|returned)\s+home\b|"
    r"landed\s+(?:in|at)\b|(?:were|was)\s+(?:flown|recovered)\b|"
    # "Hiroshi Tanabe, 58, returned to Tokyo", "A and B flew to Stockholm", "arrived in Tunis", "arrived at Torrejon air base"
    r"(?P<place>(?:returned|flew)\s+to\s+(?-i:[A-Z])|arrived\s+(?:in|at)\s+(?-i:[A-Z]))))", _I
)
# A name after the words that describe the person: "Aid worker Nahoko Takato", "journalist-turned-politician Eskinder Nega".
_DESCRIBED_NAME = re.compile(
    r"(?:(?-i:[A-Z])[a-z][\w-]*\s+)?(?:(?!(?:a|an|the|for|of|at|with|from|in|on|by|to|and|his|her|their|including|among|like|such|known|called|dubbed|"
    r"nicknamed|alias|aka|also)\b)(?-i:[a-z])[\w-]*\s+){1,2}"
    r"(?P<name>" + _NAME.pattern + r")")
# The pieces of a list of people: "A, 85, and B", "A, B and their three children".
_LIST_PIECES = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# A piece of the subject that is a group, not more people named: "Richard Grenell and the six Americans landed".
_GROUP_PIECE = re.compile(r"^(?:the|all)\s+(?:\d+|" + _NUMBER_WORD_RE + r"|freed|released)\b", _I)


def _named_subjects_freed(sentence: str, travel: bool = True, title: str = "") -> list[str]:
    """The people named as the subject of a sentence that frees them (with `travel`, one that only flies, lands or walks
    home too), when the subject is only names, their ages or descriptions between commas, and their families; not
    officials ("Secretary Blinken and A flew home"), a group beside the names, nor, on a journey, relatives told by their
    relation ("A and Laila Soueif, his mother, landed")."""
    match = _NAMED_SUBJECT_FREED.match(sentence)
    if match is None or (match.group("travel") and not travel):
        return []
    subject = match.group("subject")
    if _OFFICIAL_ROLE.search(subject) or not (_NAME.match(subject) or _DESCRIBED_NAME.match(subject)) or _NOT_LEFT.search(
            sentence, match.end()) or _SEPARATE_EVENT.search(re.split(r"[;:]", sentence[match.end():], maxsplit=1)[0]):
        return []
    pieces = [p for p in _LIST_PIECES.split(subject) if p]
    names: list[str] = []
    for i, piece in enumerate(pieces):
        # each piece a name, an age, a description of the one before, or family travelling with them
        if _NAME.fullmatch(piece) and (first := piece.split(maxsplit=1))[1:] and _ROLE_WORD.fullmatch(first[0]):
            piece = first[1]  # "Diplomat Mohamed Ben Salem" opening the sentence
        described = None if _NAME.fullmatch(piece) else _DESCRIBED_NAME.fullmatch(piece)  # "photographer Soichiro Koriyama"
        if _NAME.fullmatch(piece) or described:
            # (a relative told by relation travels with the freed; one freed with them is told "were freed")
            if not (match.group("travel") and _relative_beside(pieces, i)) and not (described and _COMPANION_ROLE.search(piece)):
                names += _all_names(described.group("name") if described else piece)
        elif _GROUP_PIECE.match(piece) or not (piece.isdigit() or re.match(r"(?:his|her|their|an?|the)\s|(?-i:[a-z])", piece)):
            return []
    names = [n for n in names if _names_a_person(n, "")]
    if match.group("place"):
        # (not one told by an office: "Consular officer A and B arrived in Brussels" lists B)
        names = [n for n in names if not _OFFICE_BEFORE.search(sentence, 0, max(0, sentence.find(n)))]
        if not _journey_of_the_freed(names, sentence, match.start("place"), title):
            return []
    return names


def _journey_of_the_freed(names: Sequence[str], sentence: str, at: int, title: str) -> bool:
    """Whether the people a sentence names as going to a place are the freed: where the sentence tells their detention
    ("A and B arrived in Calgary after 1,000 days in Chinese detention"), the headline names them, or the headline names
    no one and tells no figure ("Japanese employee freed by China" / "Hiroshi Tanabe, 58, returned to Tokyo") or as many
    as the sentence names ("Three Spanish journalists freed" / "A, B and C arrived at Torrejon"); not one who flies to meet
    the freed, a known official, a relative, or a journey of another year."""
    journey = sentence[at:]  # the journey from its verb on: "flew to Cairo to meet him", "returned to Paris in 2023"
    if not names or _IN_A_YEAR.search(journey) or _JOURNEY_TO_MEET.search(journey) or _OFFICIALS.search(" ".join(names)) or (
            _RELATIVE_OPENS.match(sentence)):
        return False  # (nor one told by a relation: "His sister Alia ...")
    if _CAPTIVITY_TOLD.search(sentence):
        return True  # "A and B arrived in Calgary after more than 1,000 days in Chinese detention"
    if any(len(n.split()) > 1 or _lone_surname(n) for n in _all_names(title)):
        return any(n.split()[-1] in title for n in names)  # the headline's people, told again on their way
    figures = _figures_in(title) + _figures_in(sentence)
    return not figures or len(names) in figures


_ROLE_WORD = re.compile(r"(?:" + _ROLE + r")", _I)


_CAPTIVITY_TOLD = re.compile(
    r"\b(?:in\s+(?:[\w-]+\s+){0,2}?(?:detention|custody|captivity|prisons?|jails?)|held|detained|jailed|imprisoned|kidnapped|"
    r"abducted|hostage|captive)\b", _I)
_JOURNEY_TO_MEET = re.compile(
    r"\b(?:to\s+(?:meet|greet|collect|welcome|bring|escort|negotiate|see|visit|search|look|find|attend|testify|plead)|for\s+talks|"
    r"where\s+(?:he|she|they)\s+(?:had\s+)?"
    r"(?:raised|pressed|lobbied|negotiated|met)|case\s+of)\b", _I)
# A subject told as a relative ("His sister Alia flew to Riyadh"); a name after an office ("ombudsman A flew to Chernihiv").
_RELATIVE_OPENS = re.compile(
    r"\W*(?:his|her|their)\s+(?:mother|father|sister|brother|wife|husband|son|daughter|family|parents)\b", _I)
_OFFICE_BEFORE = re.compile(
    r"\b(?:ombudsman|envoy|ambassador|minister|president|spokes\w+|consular\s+\w+|negotiator|mediator)\s+$", _I)


def _relative_beside(pieces: Sequence[str], i: int) -> bool:
    """Whether the name at `i` of a list is a relative or companion told by the piece before or after it ("her husband,
    Pavel Butorin", "Laila Soueif, his mother")."""
    return any(0 <= j < len(pieces) and _COMPANION_ROLE.match(pieces[j]) and not _FAMILY_BY_FIGURE.match(pieces[j])
               and not _NAME.search(pieces[j]) for j in (i - 1, i + 1))  # not "Diplomat A and embassy employee B"


_FAMILY_BY_FIGURE = re.compile(r"(?:his|her|their)\s+(?:\d+|" + _NUMBER_WORD_RE + r")\b", _I)  # "their three children"


# "was driven from his cell to Minsk along with A, B and C", "left Tora prison together with activists A and B".
_FREED_ALONG_WITH = re.compile(
    r"\b(?:freed|released|pardoned|let\s+go|set\s+free|handed\s+over|flown\s+(?:out|home|to)|left\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:prison|jail|custody|detention)|driven\s+(?:out\s+of|from)|walked\s+(?:free|out))\b[^;:.]{0,120}?"
    r"\b(?:along|together)\s+with\s+(?P<list>[^;:.]{1,300})", _I
)


def _freed_along_with(sentence: str) -> list[str]:
    """The people named as freed along with the sentence's own freed, not relatives, lawyers or officials with them."""
    match = _FREED_ALONG_WITH.search(sentence)
    if match is None or _NOT_LEFT.search(sentence, match.end()):
        return []
    names: list[str] = []
    for piece in _LIST_PIECES.split(match.group("list")):
        if _END_OF_COMPANIONS.search(piece):
            break  # "... in exchange for the remains of A", "..., where B was waiting", "..., according to C"
        found = [n for n in _all_names(piece) if _names_a_person(n, "")]
        if not found and piece[:1].islower() and not piece.startswith(("his ", "her ", "their ")):
            break  # the list has ended: "together with other hostages held by the FARC, landed ..."
        if found and not (_COMPANION_ROLE.match(piece) or _OFFICIAL_ROLE.search(piece)
                          or _LAWYER_AFTER.match(match.group("list"), match.group("list").find(piece) + len(piece))):
            names.append(found[0])
    return names


# Who speaks or acts for the freed: "his publisher, Antoine Galland, said".
_AGENT_OF_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:publisher|lawyers?|attorneys?|spokes(?:man|woman|person)|agent|editor|employer|"
    r"doctor|manager|representative)\s*,?\s*$", _I)
# "his lawyer, A, who had been jailed alongside him, was also freed": one of the freed after all.
_ALSO_FREED_AFTER = re.compile(r"[^.;]{0,120}?\b(?:was|were)\s+(?:also\s+|likewise\s+)?(?:freed|released|pardoned|let\s+go)\b", _I)
# "released from the custody of Hamza Brigade commander A": the captor.
_CUSTODY_OF_BEFORE = re.compile(r"\b(?:custody|hands|captivity|compound)\s+of\s+(?:[\w'\u2019-]+\s+){0,4}$", _I)
# A place named before what it is: "Mile Two prison", "Kot Lakhpat jail".
_PLACE_AFTER_NAME = re.compile(
    r"\s+(?:prison|jail|gaol|camp|colony|base|air\s*base|airport|hospital|province|district|region|city|town|village|crossing|"
    r"checkpoint|border|court|police|station|cyclone|storm)\b", _I)
# A name between an article and a lower-case word qualifies the noun ("a Los Angeles public defender"): no person.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", _I)
_MODIFIER_NAME = re.compile(r"\s+(?-i:[a-z])[\w-]+")
# "along with Martha Karua, his lawyer": one who acts for the freed (a husband, a wife or an aide may be freed with them)
_LAWYER_AFTER = re.compile(r",\s+(?:his|her|their)\s+(?:\w+\s+)?(?:lawyers?|attorneys?|doctors?|spokes\w+)\b", _I)
_END_OF_COMPANIONS = re.compile(
    r"\b(?:exchange|return|remains|bod(?:y|ies)|coffins?|where|when|who|which|said|says|according|at\s+least|other|others)\b", _I)


# The rest of the sentence says they were not freed, or were freed long before: "was driven back to prison", "but she
# remains in detention", "was let go a year ago".
_NOT_LEFT = re.compile(
    r"\b(?:refus\w+|declin\w+|stay(?:s|ed)|remain(?:s|ed)?|still|back\s+to\s+(?:prison|jail|custody|(?:his|her|their)\s+cells?)|"
    r"(?:driven|taken)\s+back|dead|died|killed|murdered|bod(?:y|ies)|remains|"
    r"(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier)|last\s+(?:year|month))\b", _I
)


def _names_in_headline(title: str) -> list[str]:
    """The people a headline's release clause names; in a Title-Case Headline, whose capitals mark no names, only
    names of two words or more ("Marc Fogel Freed By Russia", not "Rebels Free Troops, Talks")."""
    names = _clause_names(_release_clause(title))
    # (as the headline writes them: "Swapped Near The Border" holds no "Swapped Border")
    return [n for n in names if " " in n and n in title] if in_title_case(title) else names


def _released_count(hits: Sequence[Hit], title: str, lede: str = "", story: str = "") -> int | None:
    """The number freed as the headline and lede tell it (_count_from_lede), or the total a later paragraph states when it
    is larger ("In all, 780 people went home on Friday")."""
    title, lede, story = (_unquoted_figures(_READS_AS_AND.sub(" and ", _NICKNAME.sub("", text))) for text in (title, lede, story))
    last = _LAST_OF_A_GROUP.search(title)
    last_one = _LAST_ONE_NAMED.search(title)
    if (last and len(_all_names(title[: last.start()])) == 1) or (
            last_one and not _figures_in(title) and not _WITH_OTHERS_AFTER.search(title, last_one.end())):
        # "FARC frees Sigifredo López, last of six hostages handed over this week", "frees last Red Cross hostage
        # Eugenio Vagni": one person
        return 1
    first_day = _first_day_of_many(title, lede)
    if first_day is not None:
        return first_day
    count = _count_from_lede(hits, title, lede, story)
    if count is not None:
        count += _one_also_freed(title, lede, story)
        if count == 1 and not _figures_in(f"{title}\n{lede}"):
            count += _others_freed_along(story)
        count = _with_the_listed_ones(count, title)
        below = _sentences_of(lede.removeprefix(title).strip())
        if below and not _figures_in(title) and not _all_names(below[0]):
            # "The principal, three teachers and a cook were released" (not "A, a father of three, and 13 others")
            count = _with_the_listed_ones(count, below[0])
        count = _with_those_before_others(count, title, below[:2])
    if count is None or not _figures_in(title):
        # "Islamists free Italian couple and their son": the headline's list, where nothing else gave a count or where
        # its one person was counted alone ("free Italian couple and a Togolese national")
        listed = sum(value for value, _ in _headline_list(title))
        if listed and (count is None or count < listed):
            count = listed
    later = _later_total(story)
    brought = _brought_to_total(lede, story, count)
    if brought is not None and (later is None or brought > later):
        later = brought
    if later is None and count is None:
        return _lone_headline_figure(title)
    return later if later is not None and (count is None or later > count) else count


# "Afghanistan begins freeing final 400 Taliban prisoners; 80 released on first day": the release that began, and its first
# day's figure, which is this story's.
_BEGINS_FREEING = re.compile(r"\b(?:begins?|began|starts?|started)\s+(?:freeing|releasing|to\s+(?:free|release))\b", _I)
_FIRST_DAY = re.compile(r"\b(?:on\s+(?:the\s+)?first\s+day|in\s+(?:the\s+)?first\s+(?:batch|group|stage|phase|round)|"
                        r"first\s+(?:batch|group)\s+of)\b", _I)


def _first_day_of_many(title: str, lede: str) -> int | None:
    """The one figure a clause of the headline or lede gives for the first day of a release the headline says began."""
    began = _BEGINS_FREEING.search(title)
    if began is None:
        return None
    for clause in (c for sentence in (title[began.end():], *_sentences_of(lede.removeprefix(title))[:2])
                   for c in _CLAUSE_BREAK.split(sentence) if c):
        figures = _figures_in(clause)
        if _FIRST_DAY.search(clause) and len(figures) == 1:
            return figures[0]
    return None


_NOT_THE_FREED = re.compile(r"\b(?:killed|dead|die[ds]?|deaths?|wounded|injured|missing|still|remain\w*|sentenced|jailed|"
                            r"arrested|detained|convicted|charged|seized|abducted|kidnapped|bodies|remains)\b", _I)


def _lone_headline_figure(title: str) -> int | None:
    """Nothing else read a count: the headline's one figure of people, in a headline that tells no one killed, still
    held or newly taken ("Trump greets three Americans at Andrews", "drops charges against five journalists")."""
    figures = _figures_in(title)
    if (len(figures) != 1 or _NOT_THE_FREED.search(_CAPTIVES_COMING_HOME.sub(" ", title)) or _held_still(title)
            or _LATER_BATCH.search(title)):
        return None
    return figures[0]


# "Three Spanish journalists kidnapped in Aleppo reach Madrid": the freed described by their captivity, coming home.
_CAPTIVES_COMING_HOME = re.compile(
    r"\b(?:kidnapped|seized|abducted|detained|jailed|held)\s+(?:in|by)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?"
    r"(?=\s+(?:reach|reaches|return|returns|arrive|arrives|land|lands|fly|flies|head|heads|come|comes|back|home)\b)", _I
)


def _one_also_freed(title: str, lede: str, story: str) -> int:
    """1 when the headline, lede or a first sentence of the next paragraphs says one more person, told singly and
    unnamed, was also freed ("Cuba also freed a US intelligence agent"), in a clause with no figure; else 0."""
    for sentence in (title, *_sentences_of(lede)[:3], *_after_the_lede(story, 1)):
        for clause in re.split(r";|,\s+(?:and|while|whereas|in\s+(?:return|exchange)\s+for)\s+", sentence):
            # (the headline's "freed along with his lawyer" may name the lawyer in the lede, counted there)
            companion = (found := _COMPANION_FREED_TOO.search(clause)) is not None and not re.search(
                rf"\b{re.escape(found.group('role') or found.group('with'))}\b", title, _I)  # not one the headline tells: "journalist and Afghan interpreter freed"
            if (_ALSO_FREED_ONE.search(clause) or (_second_state_frees(sentence) and _STATE_FREED_ONE.search(clause))
                    or companion) and not (
                    _figures_in(clause) or _recalls_or_plans(clause)):
                return 1
    return 0


# "He was released along with five other Papuan political prisoners": others freed with the one person told
_ALONG_WITH_OTHERS = re.compile(
    r"^\W*(?:He|She)\s+(?:was|had\s+been)\s+(?:released|freed|pardoned|set\s+free)\s+(?:along|together)\s+with\s+"
    r"(?P<n>\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+other\b", _I)


_EARLIER_OR_AGAIN = re.compile(r"\b(?:(?:19|20)\d\d(?:s)?|re-?arrested|again|earlier|previously|before|ago|decade)\b", _I)


def _others_freed_along(story: str) -> int:
    """The figure of others a next paragraph's first sentence says were freed along with the one person told; else 0."""
    for sentence in _after_the_lede(story, 1):
        along = _ALONG_WITH_OTHERS.match(sentence)
        if along and not _EARLIER_OR_AGAIN.search(sentence):
            return parse_count(along.group("n")) or 0
    return 0


def _brought_to_total(lede: str, story: str, count: int | None) -> int | None:
    """The whole of this release that the lede or the next paragraphs reach by adding a group to the count read ("Four
    Belarusians were also freed, bringing the total to 14" after ten); not a running total of many releases ("17 more
    hostages, bringing the total to 58", "bringing to 78 the number released since Friday", "so far")."""
    if count is None:
        return None
    wholes = [(whole, found.start(), sentence)
              for sentence in (*_sentences_of(lede), *_after_the_lede(story, None))
              if _ALSO_WORD.search(sentence) and not _RUNNING_TOTAL_WORDS.search(sentence)
              for found in _BROUGHT_TO.finditer(sentence)
              if (whole := parse_count(next(g for g in found.groups() if g).lower()))]
    return max((whole for whole, at, sentence in wholes
                if any(count + added == whole for start, added in _figure_positions(sentence) if start < at)), default=None)


_FIGURE_WORD = r"(?:\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")"
_BROUGHT_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|making)\s+(?:the\s+(?:total|number|tally|count)(?:\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:freed|released|returned|let\s+go|handed\s+over|people|hostages|prisoners|detainees|captives))?(?:\s+(?:freed|released))?"
    r"(?:\s+today)?\s+to\s+(?P<a>" + _FIGURE_WORD + r")\b|to\s+(?P<b>" + _FIGURE_WORD + r")\s+the\s+(?:total|number)\b|"
    r"(?P<c>" + _FIGURE_WORD + r")\s+(?:[\w-]+\s+)?(?:freed|released)\s+today\b)|"
    r"\btotal\s+(?:freed|released)\s+(?:today\s+)?(?:stands\s+at|is|has\s+reached|reached)\s+(?P<d>" + _FIGURE_WORD + r")\b", _I)
_RUNNING_TOTAL_WORDS = re.compile(
    r"\b(?:since|so\s+far|to\s+date|this\s+(?:year|month|week)|(?:in|over)\s+the\s+(?:past|last)|cumulative\w*|overall|in\s+all\s+since|"
    r"under\s+the\s+(?:[\w-]+\s+)?(?:truce|ceasefire|deal|agreement|accord)|more|in\s+(?:19|20)\d\d|arrested|seized|held|bodies)\b", _I)
_LATER_TOTAL = re.compile(r"^\W*(?:In\s+all|In\s+total|Altogether|All\s+told)\s*,", _I)
_WENT_HOME = re.compile(r"\b(?:went|returned|came|were\s+flown|were\s+sent)\s+home\b|\b(?:were|was)\s+(?:freed|released|exchanged|swapped|"
                        r"handed\s+over)\b|\bchanged\s+hands\b", _I)
# "The pair were among 6,520 prisoners pardoned": the lede's people are part of a larger release, whose figure is the count
_AMONG_THE_FREED_AFTER = re.compile(
    r"^\W*(?:the\s+(?:pair|two|three|four|five|[a-z]+(?:s|men))|they|both(?:\s+\w+)?|he|she)\s+(?:were|was)\s+(?:also\s+)?among\s+"
    r"(?:the\s+)?" + ROUGHLY + r"(?:\d|(?:" + _NUMBER_WORD_RE + r")\b)[\w,.-]*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:pardoned|freed|released|amnestied|granted\s+(?:amnesty|clemency|pardons?))\b", _I)
_SINCE = re.compile(r"\bsince\b", _I)  # "In all, more than 4,000 have changed hands since the war began": a running total
_DURING = re.compile(r"\b(?:during|over)\s+the\s+(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|war|year|conflict|period|pause)\b", _I)


def _later_total(story: str) -> int | None:
    """The figure of a sentence opening "In all," or "In total," in the story's first paragraphs after the lede, when it
    tells people freed now (not a plan, a running total or an earlier release)."""
    for sentence in _after_the_lede(story, None):
        among = _AMONG_THE_FREED_AFTER.match(sentence)
        if ((among or _LATER_TOTAL.match(sentence) and _WENT_HOME.search(sentence)) and not (
                _recalls_or_plans(sentence) or _NOT_A_SIDE.search(sentence[among.end() if among else 0:])
                or _DURING.search(sentence) or _SINCE.search(sentence))):
            figures = _figures_in(sentence)
            if len(figures) == 1:
                return figures[0]
    return None


def _after_the_lede(story: str, per_paragraph: int | None = 2) -> Iterator[str]:
    """The first sentences (all with None) of the paragraphs after the lede: the story's second to fourth."""
    for paragraph in story.split("\n")[1:4]:
        yield from _sentences_of(paragraph)[:per_paragraph]


def _as_counted(sentence: str) -> str:
    """A sentence as the count reads it: without relatives travelling with the freed ("with her mother and two children"),
    the size of the whole deal beside one stage's figure, and clauses of people still held."""
    sentence = _OF_THEM_ASIDE.sub("", _PARENTHESES.sub("", _DATELINE.sub("", _WHOLE_DEAL_CLAUSE.sub("", sentence))))
    sentence = _FAMILY_OF.sub(r"\g<n> family members", _WHOSE_ASIDE.sub("", sentence))
    sentence = _THOUSAND_COMMA.sub(r"\1 ", _READS_AS_AND.sub(" and ", _SPOUSE_LISTED.sub(" and ", _JAILED_ALONGSIDE.sub(r"\1beside", sentence))))
    sentence = _ONE_OF_FIGURE.sub("among ", _MERCY_OF_FIGURE.sub(r"\1 that covered ", _freed_with_others(sentence)))
    return _free_clauses(_stage_only(_COMPANIONS.sub("", _EARLIER_DAYS_CLAUSE.sub("", _EARLIER_PHASE_CLAUSE.sub("", sentence)))))


# "Paul Rusesabagina, whose sheltering of more than 1,200 people ... was dramatised in a film, was released": what the
# person did, whose figures are no one freed
_WHOSE_ASIDE = re.compile(
    r",\s+whose\s+(?![^,;]*\b(?:freed|released|held|let\s+go|handed|crew\w*|" + _PEOPLE_NOUNS + r")\b)[^,;]*,", _I)
# "French family of seven freed": seven people (not a person's own: "rejoins his family of three", "a father of a family
# of six")
_FAMILY_OF = re.compile(
    r"(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bto\s)(?<!\bof\s)(?<!;\s)\bfamily\s+of\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:children|people|members|persons|victims|soldiers|hostages)\b)"
    r"(?!\s+(?:had|has|have|sold|paid|raised|waited|said|says)\b)", _I)
# "sentenced to life in prison alongside his father": jailed with someone, not freed with them (read as "beside")
_JAILED_ALONGSIDE = re.compile(
    r"(\b(?:sentenced|jailed|convicted|tried|imprisoned)\b(?:(?!\b(?:freed|released|pardoned|walked|left|let|returned)\b)[^,;.])*?)"
    r"\balongside\b", _I)
# "Joshua Holt, wife freed": a headline's "and"
_SPOUSE_FREED_AFTER = r"(?=\s+(?:are\s+|were\s+)?(?:freed|released|pardoned|walks?\s+free|set\s+free)\b)"
_SPOUSE_LISTED = re.compile(r"(?<=[a-z]),\s+(?=(?:wife|husband)" + _SPOUSE_FREED_AFTER + r")")
# ", bringing to 78 the number freed since talks resumed": the tally of many releases, after this one's figure
_RUNNING_TOTAL_CLAUSE = re.compile(
    r",\s+(?:bringing|taking|raising|pushing)\s+(?:to\s+\S+\s+)?the\s+(?:total|number|tally|count)\b"
    r"(?=(?:[^;.,]|(?<=\d)[,.](?=\d))*?\b(?:since|so\s+far|to\s+date)\b)(?:[^;.]|(?<=\d)[,.](?=\d))*", _I)
# ", completing a deal that freed 1,027 Palestinians in all": the whole of a deal's stages, after this stage's figure
_WHOLE_DEAL_CLAUSE = re.compile(
    r",\s+complet(?:ing|ed)\s+(?:a|the)\s+(?:[\w'-]+\s+){0,3}?(?:deal|exchange|swap|agreement)\s+(?:that|which)\s+"
    r"(?:freed|released|saw)\b(?=[^;.]*\b(?:in\s+all|in\s+total|altogether|overall)\b)(?:[^;.]|(?<=\d)[,.](?=\d))*", _I)


# "walked out of the compound with 17 other members": "along with" them
_WITH_OTHERS = re.compile(r"(?<!\balong\s)(?<!\btogether\s)(?<!\bhim\s)(?<!\bher\s)(?<!\bthem\s)\bwith"
                          r"(?=\s+(?:\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+other\s)", _I)
_FREED_BEFORE_WITH = re.compile(r"\b(?:freed|released|pardoned|walked\s+(?:free|out)|let\s+go|set\s+free)\b(?:(?!\b(?:jailed|"
                                r"arrested|detained|charged|convicted|tried|sentenced|flew|landed|arrived|held|abducted|kidnapped|"
                                r"shared|reunited|travelled|traveled|moved|met)\b)[^;:.])*$", _I)


def _freed_with_others(sentence: str) -> str:
    """ "walked out of the compound with 17 other members" as "along with" them, after a release verb (not "jailed with
    12 other activists", "landed with 12 other freed prisoners")."""
    return _WITH_OTHERS.sub(lambda m: "along with" if _FREED_BEFORE_WITH.search(sentence, max(0, m.start() - 100), m.start())
                            else m.group(0), sentence)


# The same whole told other ways: "was one of 700 prisoners pardoned" is "among 700", "an amnesty covering 6,520" is "an
# amnesty that covered" them.
_BEFORE_A_FIGURE = r"(?=" + ROUGHLY + r"(?:\d|(?:" + _NUMBER_WORD_RE + r")\b))"
_ONE_OF_FIGURE = re.compile(
    r"(?:(?<=\bwas\s)|(?<=\bis\s))one\s+of\s+" + _BEFORE_A_FIGURE
    + r"(?=(?:[^\s,;.]+\s+){1,6}?(?:(?:who|that)\s+(?:were\s+|had\s+been\s+)?)?(?:freed|released|pardoned|amnestied|exchanged|"
    r"swapped|traded|let\s+(?:go|out)|handed\s+over|set\s+free|walked\s+(?:free|out))\b)", _I)
_MERCY_OF_FIGURE = re.compile(
    r"\b(amnesty|clemency|pardons?|decree)\s+(?:covering|freeing|releasing|benefiting)\s+" + _BEFORE_A_FIGURE
    # not one still to be decided: "a clemency decree covering 100 foreigners still under review"
    + r"(?![^,;.]{0,60}?\b(?:under\s+(?:review|consideration)|planned|proposed|expected|due|would|will|draft)\b)", _I)
# A spaced "&", or "plus" before a figure, reads as "and" ("Corbett & McKenty", "5,864 inmates plus 180 foreigners").
_READS_AS_AND = re.compile(r"\s+(?:&|plus(?=\s+(?:\d|(?:" + _NUMBER_WORD_RE + r")\b)))\s+", _I)
# A figure set in quotes as a source's words: "frees 'more than 200' students", "free 'about a thousand' soldiers".
_QUOTED_FIGURE = re.compile(
    r"(?<!\w)['\u2018\u2019\"\u201c\u201d](?P<figure>(?P<rough>(?:more|fewer|less)\s+than|about|around|some|over|nearly|"
    r"almost|at\s+least|up\s+to|roughly)?\s*(?:\d[\d,.]*|a\s+(?:hundred|thousand|dozen)|" + _NUMBER_WORD_RE + r")"
    r"(?:\s+(?:hundred|thousand))?)['\u2018\u2019\"\u201c\u201d](?!\w)", _I)
_QUOTED_WORDS = re.compile(
    r"(?<!\w)['\u2018\u2019\"\u201c\u201d](?P<inner>(?-i:last|only|first|sole)|(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?-i:"
    + _PEOPLE_NOUNS + r"|prisoner)(?:\s+of\s+war)?)['\u2018\u2019\"\u201c\u201d](?!\w)")
_SHARE_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", _I)
_PEOPLE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z]+(?:s|people|men|children)\b", _I)


def _unquoted_figures(text: str) -> str:
    """Quotes taken off a figure of people (not "the '709' crackdown"), so it reads as any other, and off a few lower-case
    words ("four 'prisoners of war'", "its 'last' jailed journalist")."""
    text = _QUOTED_WORDS.sub(r"\g<inner>", text)
    return _QUOTED_FIGURE.sub(lambda m: m.group("figure") if (m.group("rough") or _PEOPLE_AFTER.match(text, m.end())) and not (
        _SHARE_AFTER.match(text, m.end())) else m.group(0), text)


# A wire story's dateline: "ISLAMABAD - ", "KYIV, Dec 29 (Reuters) - ", "JOINT BASE ANDREWS, Md. (AP) — ", "AFP - ".
_DATELINE = re.compile(
    r"^[^\S\n]*(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+){0,2})?\s*"
    r"(?:\([\w/ .-]{2,20}\)[^\S\n]*)?[-–—]+[^\S\n]+(?!(?-i:[A-Z]{2,})\b)", re.M)
# "95 (ninety-five) soldiers", "35 students (20 of them girls)": an aside in brackets that restates or splits the figure
# (not one that tells the other side: "(in exchange for 115 Ukrainian defenders)").
_PARENTHESES = re.compile(r"\s*\((?:\s*(?:" + _COMPOUND_NUMBER_WORD + r")(?:\s+(?:" + _COMPOUND_NUMBER_WORD + r"))*\s*|"
                          r"\s*(?:\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+of\s+(?:them|whom)\b[^()]{0,40})\)", _I)
# "The students, 12 of them women, were freed": an aside between commas that splits the figure
_OF_THEM_ASIDE = re.compile(r",\s+(?:\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+of\s+(?:them|whom)\b[^,;:.()]{0,40}(?=,)", _I)
# "one thousand, nine hundred and sixty-eight" is one figure; "a thousand, nine of them foreigners" is not
_THOUSAND_COMMA = re.compile(r"\b(thousand|million),\s+(?=(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\b)", _I)


def _without_clauses(sentence: str, drop: Callable[[str], object], breaks: re.Pattern[str] | None = None) -> str:
    """The sentence's clauses (split at `breaks`, by default _CLAUSE_BREAK) that `drop` does not take out, joined by
    semicolons."""
    return "; ".join(c for c in (breaks or _CLAUSE_BREAK).split(sentence) if c and not drop(c))


def _sides_coming_back(story: str, read: Sequence[str]) -> list[str]:
    """With headline and lede as vague as "Ukraine and Russia exchanged hundreds of prisoners", the first sentences of the
    next paragraphs that tell one side coming back with one figure ("Zelenskiy said 230 Ukrainians had come home"); not a
    running total "since", nor a rough figure."""
    if not (_SWAP_STORY.search(" ".join(read)) and not any(_figures_in(s) for s in read) and any(_VAGUE.search(s) for s in read)):
        return []
    return [s.strip() for s in _after_the_lede(story, 1) if _CAME_BACK.search(s) and len(_figures_in(s)) == 1
            and not (_recalls_or_plans(s) or _SINCE.search(s) or _ROUGH_OR_PART.search(s))]


def _count_from_lede(hits: Sequence[Hit], title: str, lede: str = "", story: str = "") -> int | None:
    """The number freed (corpus/README.md, "released_count"): a stated total as is; otherwise the figures the
    headline and lede give for each side of the release added (a repeated figure counted once; a stage's own figure
    rather than the whole deal's), named people counting one each beside a figure for others; when the headline
    names the other side without a figure, that side's figure from further down `story` (summary and body); named
    people alone when no figure is given; vague quantities and unnamed "others" give None."""
    if lede.startswith(title):
        lede = lede[len(title):]
    lede_as_written = [s.strip() for s in _sentences_of(lede.strip())[:3]]
    sentences = [_as_counted(s) for s in (title, *lede_as_written)]
    sentences[0] = _RUNNING_TOTAL_CLAUSE.sub("", sentences[0])
    title = sentences[0]
    # Later sentences that decided the label are read only when the headline and lede give no figure.
    if not any(_figures_in(s) for s in sentences if _RELEASE_CONTEXT.search(s)):
        for hit in hits:
            counted = _as_counted(hit.sentence.strip())
            if hit.score >= 0.25 and counted not in sentences and len(sentences) < 6 and (
                    hit.zone == "title" or not _LATER_BACKGROUND.search(counted)):
                sentences.append(counted)
    # The other side of a swap told in a paragraph of its own ("In return, the United States released five Iranians"),
    # unless the lede has counted the exchange whole ("exchanged five people").
    in_return = _in_return(story)
    if not any(_exchange_total(s) or _whole_told(s) or _SWAPPED_FIGURE.search(s) for s in sentences):
        for later in [*(s for s in in_return if _figures_in(s) and not _recalls_or_plans(s)), *_later_sides(story),
                      *_sides_coming_back(story, sentences)]:
            counted = _as_counted(later)
            if not any(counted in told for told in sentences):
                # (not a part of a sentence read already: "In return Israel released 429 prisoners: 400 Palestinians, ...")
                sentences.append(counted)
    both = _two_release_clauses(title)
    if both is not None and not any(_figures_in(s) for s in sentences[1:] if _RELEASE_CONTEXT.search(s)):
        return both  # "Iran frees Danish aid worker; Russia releases two Americans": each clause's side, added
    full_story = story
    story = " ".join(sentences)
    swap = _SWAP_STORY.search(story) is not None
    figures: list[tuple[int, str, str]] = []  # value, side (a demonym near the figure, or ""), sentence
    seen: dict[int, set[str]] = {}  # every figure already read (parts of a sum included) and its sides
    summed: set[int] = set()  # the parts of a sentence that counted several groups: told again, they are the same
    vague = False
    told_again: list[str] = []  # sentences whose figure points back at the people the headline names
    for index, sentence in enumerate(sentences):
        if not figures and sentence is not title:
            # (a running total after the only figure told yet is cut off; after another, the sentence is left out below)
            sentence = _RUNNING_TOTAL_CLAUSE.sub("", sentence)
        if figures and sentence is not title and _part_of_group(sentence):
            # "A, B and C were among those freed; Washington pardoned five Iranians in return": the clause of its own
            sentence = _without_clauses(sentence, _part_of_group)
        if sentence is not title and _NONE_FREED.search(sentence):
            # "No Russians were handed over in return, officials said; the eight had been held in Taganrog"
            # (a clause that goes on to free some is kept: "No detainees were released on Monday, but 40 were freed")
            sentence = _without_clauses(sentence, lambda c: _NONE_FREED.search(c) is not None and not _figures_in(c))
        if sentence is not title and _PLEA_REFUSED.search(sentence):
            kept = _without_clauses(sentence, _PLEA_REFUSED.search, _PLEA_PARTS)
            sentence = kept if _figures_in(kept) else ""  # (nothing of it when only the refused were counted)
        of_release = _RELEASE_CONTEXT.search(sentence) is not None or (sentence is not title and _told_back(sentence, title))
        if not sentence or not of_release or _all_held(sentence) or (sentence is not title and (
                _DEMAND.search(sentence) or (_SEPARATE_EVENT.search(sentence) and not _told_back(sentence, title)) or (
                    figures and _PLANNED.search(sentence) and (_WHOLE_PLAN.search(sentence) or _STAGE.search(title)))
                or (figures and _FIRST_STAGE.match(sentence) and _LATER_STAGE.search(title)))):
            continue
        # The headline's listed names are added once, after its figure is read (_named_beside).
        value, decided = _count_in(sentence, swap, named_lists=sentence is not title, headline=sentence is title)
        if sentence is title and value is not None:
            # (the lede as written too: "The activists, five of them doctors, were held" loses its aside when counted)
            value = _whole_of_listed_groups(title, value, [*sentences[1:], *lede_as_written])
        elif value is not None and figures and _parts_of_a_figure(sentence, value, figures):
            continue  # "Israel frees 436 prisoners" / "The released detainees include about 400 Palestinians and some 30 Lebanese"
        if value is None:
            vague = vague or (decided and not (sentence is not title and _ALREADY.search(sentence)))
            continue
        if sentence is not title and not _figures_in(title) and _names_told_again(sentence, value, title):
            told_again.append(sentence)
        if _whole_told(sentence) and _already_both_sides(sentence):
            if any(v > value for v, _, _ in figures):
                continue  # "Ukraine brings back 277, Russia 261" told as "a swap of 246 for 246 ...": a stage of it
            # "150 each", "75 for 75", "freed 339 in all": the sentence counts both sides; a later sentence may add a
            # group given as a gesture ("As a goodwill gesture, Moscow also handed over 31 wounded Ukrainians in return
            # for 15 wounded Russian soldiers")
            if value > 2 * max(_figures_in(sentence), default=value // 2) or any(
                    _gesture_figures(s) for s in sentences[:index]):
                return value  # the extra group is told already ("swap 175 each; Moscow adds 22 wounded as goodwill gesture")
            # (the paragraph after the lede may tell it: "In addition, Ukraine received 31 wounded prisoners and ...")
            later_sentences = [*sentences[index + 1:], *(s for s in map(_as_counted, _after_the_lede(full_story, 1))
                                                          if s not in sentences)]
            return value + sum(_gesture_figures(later) for later in later_sentences
                               if _GESTURE_SENTENCE.search(later) and _RELEASE_CONTEXT.search(later)
                               and not (_recalls_or_plans(later) or _IN_A_MONTH.search(later) or _EARLIER_TIME.search(later)
                                        or _INCLUDED.search(later)))  # "the 103 men ... also included 10 wounded"
        parts = _figures_in(sentence)
        if sentence is title and both is not None and both > value:
            # "A, B and C freed; Israel releases 183": the named side is a part the lede may count again ("three more").
            # "Thirty-two Armenian servicemen cross home as Yerevan returns two Azerbaijani soldiers": each clause a side.
            # (a side told by a figure alone is a part too: "215 come home; Medvedchuk and 55 Russians go the other way")
            parts = [*parts, *(n for n in map(figure, _DIGIT_FIGURE.findall(title)) if n and n not in parts and n < both)]
            value, parts = both, [*parts, both - sum(parts)] if both > sum(parts) else parts
        elif sentence is not title and both is not None and value > sum(parts) and figures and figures[0][2] is title:
            # "...; Medvedchuk handed to Moscow" / "Kyiv handed over 55 Russians, as well as Viktor Medvedchuk": the
            # headline's person told again beside the other side's figure, counted once; or before it ("Russia received
            # Viktor Medvedchuk and 55 others")
            again = sum(1 for word in _named_side_words(title) if word in (
                sentence if _named_and_others(sentence) else sentence[_count_spans(sentence)[0].end():])) if (
                _count_spans(sentence)) else 0
            value -= min(again, value - sum(parts))
        if (sentence is not title and len(figures) == 1 and figures[0][2] is title and len(_figures_in(title)) == 1
                and len(sided := [c for c in _CLAUSE_BREAK.split(sentence) if c and _figures_in(c)]) > 1
                and _count_in(sided[0])[0] == figures[0][0] and value == sum(_count_in(c)[0] or 0 for c in sided)
                and all(_FREES_BEFORE.search(c) and not _STILL_HELD.search(c) for c in sided[1:])):
            # "... release of 24 hostages" / "Hamas released 24 hostages ..., while Israel freed 39 Palestinians": the
            # headline's figure is a part of the lede's sum
            figures.clear()
        side = _side_of(_without_held_clauses(sentence))
        if figures and _also_told(sentence) and not _same_state_in_return(title, sentence):
            side = side or f"{_UNNAMED_OTHER_SIDE}{len(figures)}"
        known = seen.get(value)
        # "In return, the United States granted clemency to five Iranians": the other side, even when it has the figure of
        # the first
        in_return_side = sentence is not title and bool(side) and (
            _OTHER_SIDE_CUE.match(sentence.lstrip()) is not None or _other_state_says_returned(sentence, value, title)
            or _RECEIVED_ITS_OWN_IN_RETURN.search(sentence) is not None
            # "Azerbaijan releases two Sputnik journalists" / "Russia in turn freed two Azerbaijani citizens" (not a headline's
            # "as 183 prisoners go home" told again as "Israel in turn freed 183 Palestinian prisoners")
            or ((in_turn := _STATE_IN_TURN.match(sentence)) is not None and any(
                v == value and _ACTIVE_RELEASE_CLAUSE.search(told) and in_turn.group("state") not in told
                for v, _, told in figures)))
        # (a figure told already for two sides is one of them told again: "115 Russians returned" / "In return, 115
        # Ukrainians" / "As a result of the talks, 115 Russian servicemen ...")
        repeated = value in summed or (known is not None and (side in known or _BOTH_SIDES in known or len(known - {""}) > 1 or (
            not in_return_side and ("" in known or not side or len(parts) > 1)))) or (
            len(parts) > 1 and all(len(seen.get(p, ())) >= parts.count(p) for p in parts)) or (
            # "Hamas frees three; Israel freed 183 Palestinians" then "In return, 183 prisoners were freed": the side told
            # again, with no side of its own, after another figure told the first
            known is not None and side.startswith(_UNNAMED_OTHER_SIDE) and any(known) and any(v != value for v, _, _ in figures))
        if (not repeated and sentence is not title and parts and value > sum(parts) and all(p in seen for p in parts)
                and sum(1 for n in _all_names(sentence) if n.split()[-1] in title) >= value - sum(parts)):
            # "frees 200 prisoners as Pétronin, Cissé and two Italians released" told again as "Pétronin, Cissé and two
            # Italians were freed": the figure and the headline's people, each counted already
            repeated = True
        if not repeated and sentence is not title and value + 1 in seen and _WITH_FIGURE_OTHER.search(sentence):
            repeated = True  # "among 17 hostages" told again as "Emily was handed over with 12 other Israelis and four Thais"
        if not repeated and sentence is not title and len(parts) == 1 and any(
                v == value + named for v, _, _ in figures for named in _named_beside_figure(sentence) if named):
            # "Seven Americans head home" told again as "Five Citgo executives, ..., were released together with Matthew
            # Heath and Osman Khan": the same people, the figure and the names making up the whole
            repeated = True
        returned = _side_returned(sentence) if sentence is not title else None
        fuller = next((i for i, (v, told_side, told) in enumerate(figures) if len(parts) > 1 and (
            v - _beyond_figure(v, told, title, both) in parts or v in _leading_sums(parts))
                       and value > parts[0] and _adds_other_side(_between_first_figures(sentence), swap)
                       # not another state's own people: "146 Ukrainians returned" / "Moscow said it received 146 ... plus eight"
                       and not (returned and told_side and returned != told_side)), None)
        subject = _named_subject_beside(sentence, _count_spans(sentence)[0].start()) if (
            sentence is not title and _count_spans(sentence)) else 0
        if fuller is None and subject:
            # "Belarus frees three Poles" told again as "A, B and C were released in a swap in which Poland freed four"
            fuller = next((i for i, (v, _, _) in enumerate(figures) if v == subject), None)
        traded = _traded_names_in(sentence) if sentence is not title else 0
        if fuller is None and traded:
            # "Russia frees Estonian officer in exchange for two Russians" told again as "Russia freed Eston Kohver in
            # exchange for two Russians": the same figure, now with the person traded for it
            fuller = next((i for i, (v, _, _) in enumerate(figures) if v == value - traded), None)
        precise = next((i for i, (v, s, told) in enumerate(figures) if _may_be_same_side(side, s, told)
                        and _told_precisely(value, v, told)), None)
        exact = sentence is not title and not (_recalls_or_plans(sentence) or _ROUGH_OR_PART.search(sentence))
        # a part of a headline's sum told again precisely, alone or in the whole: "Hamas frees 20; Israel releases nearly
        # 2,000" / "1,968 Palestinians" or "the 20 hostages ..., while Israel began freeing 1,968"
        if precise is None and exact and len(parts) > 1:
            precise = next((i for i, (v, _, told) in enumerate(figures) if any(
                part != v and (v - part) in parts and _refines(value - (v - part), part, told) for part in _figures_in(told))), None)
        rough = next(((i, part) for i, (v, _, told) in enumerate(figures) if exact and precise is None and len(parts) == 1
                      for part in _figures_in(told) if part != v and _refines(value, part, told)), None)
        if precise is not None and not repeated:
            figures[precise] = (value, side, sentence)  # "More than 1,000 ... exchanged" told again as "1,056 detainees"
        elif rough is not None and not repeated:
            at, part = rough
            figures[at] = (figures[at][0] - part + value, *figures[at][1:])
        elif fuller is not None and not repeated:
            # "frees 400" told again as "400 ... and some 30 Lebanese"; "frees X in swap for 10" as "10 ... and 20"
            figures[fuller] = (value + _beyond_figure(*figures[fuller][::2], title, both), side, sentence)
        elif not repeated and sentence is not title and _SIDE_IN_ALL.search(sentence):
            # "Three Americans ... flying out" then "Russia and Belarus released 16 people in all": the side's whole
            figures = [f for f in figures if f[0] >= value] + [(value, side, sentence)]
        elif not repeated:
            figures.append((value, side, sentence))
        for part in parts:
            # a part of a sum that adds both sides ("215 ... for 55 Russians") is of either side
            seen.setdefault(part, set()).add(_BOTH_SIDES if len(parts) > 1 and value >= sum(parts) else side)
        seen.setdefault(value, set()).add(side)
        if len(parts) > 1 and value == sum(parts):
            summed.update(parts)
    refined = _exact_of_rough(title, full_story, sentences)
    if refined and not any(refined[1] in _figures_in(told) for _, _, told in figures):
        # "Hamas frees 20; Israel releases nearly 2,000 Palestinians" / a later paragraph: "Israel began freeing 1,968"
        figures = [(v - refined[0] + refined[1], s, told) if told is title and v >= refined[0] else (v, s, told)
                   for v, s, told in figures]
    if figures and all(sentence in told_again for _, _, sentence in figures):
        figures = []  # "Iran frees X in swap for Y" / "both men were flown to Muscat": the named people, counted by name
    if not figures:
        group = next((_GROUP.search(h.sentence) for h in hits if _GROUP.search(h.sentence)), None)
        if group:
            return _GROUPS[group.group(1).lower()]
        if vague or _OTHERS_TOO.search(_without_crowds(" ".join(
                clause for s in sentences for clause in _CLAUSE_BREAK.split(s)
                if not (_STILL_HELD.search(clause) or _CLAUSE_STILL_HELD.search(clause) or _DEMAND.search(clause)
                        or _PLEA_REFUSED.search(clause) or _NOT_FREED_OTHERS.search(clause) or (s is not title and _ALREADY.search(clause)))))):
            return None
        named = _named_count(hits, title)
        if named is None:
            return None
        # (the spouse a headline counts bare is the one the lede names: "Joshua Holt and wife freed" / "... his wife Thamara")
        return named + max(0, _named_in_lede_too(title, [*sentences[1:], *in_return], swap) - bool(_BARE_SPOUSE.search(title)))
    values = [v for v, _, _ in figures]
    biggest = max(values)
    if len(values) > 1 and values.count(biggest) == 1:
        # "The exchange freed 339 people" or a figure that is the sum of the others totals the sides already given.
        whole = next(sentence for v, _, sentence in figures if v == biggest)
        if _exchange_total(whole) or (len(values) > 2 and biggest == sum(values) - biggest) or (
                whole is title and (_SWAP_TOTAL.search(title) or _AMONG_FREED.search(title))):
            return biggest
    also = any(_also_told(sentence) for sentence in sentences)
    listed = next((v for v, side, sentence in figures[1:] if v == biggest and not (swap or also) and (
        not side or side == figures[0][1]) and _lists_members(sentence, v)), None)
    if listed is not None and listed > sum(values) - listed:
        return listed  # "Betancourt, three Americans rescued" / "flew 15 hostages out, including ...": the whole freed
    if len(values) == 2 and not swap and figures[0][2] is title and (lead := _named_and_others(figures[1][2])) and (
            values[1] == values[0] + next((n for w in reversed(lead.group(0).replace(",", "").split())
                                           if (n := parse_count(w.lower())) is not None), 0)):
        # "Russia frees 2 Ukrainian priests" / "Fathers A and B were freed along with 8 other civilians": the headline's
        # people and the others, the lede's whole
        return values[1]
    if len(values) == 2 and not swap and figures[0][2] is title and any(
            _along_with_others_at(figures[1][2], at) == values[0] and values[0] + value == values[1]
            for at, value in _figure_positions(figures[1][2])):
        return values[1]  # "Two Al Jazeera journalists freed" / "A and B ... along with their three companions": the same
    if len(values) == 2 and not swap and figures[0][2] is title and values[1] > values[0] and (
            (_AMONG_WHOLE.search(figures[1][2]) and not _also_told(figures[1][2]))
            or (_DEFINITE_FIGURE.match(figures[1][2]) and sum(_figures_in(title)) == values[1])):
        # "Myanmar pardons two reporters" / "A and B walked out ... among 6,520 inmates freed in an amnesty"; "India repatriates
        # 17 fishermen, 3 civilian prisoners" / "The 20 men ...": the whole the lede tells
        return values[1]
    sides = {s for _, s, _ in figures if s}
    other_side = _uncounted_side(title)
    if len(values) > 1 and (swap or len(sides) > 1 or also or any(
            _LINKED_RELEASE.search(told) or _other_state_says_returned(told, v, title) for v, _, told in figures[1:]) or any(
            _state_frees_other_side(told, side) and side not in {s for _, s, _ in figures[:i]}
            for i, (_, side, told) in enumerate(figures) if i) or (
            len(values) == 2 and figures[0][2] is title and values[0] not in _figures_in(figures[1][2])
            and _figure_of_the_other_clause(title, figures[1][2]))):
        # ("First hostages leave Gaza as truce begins; 39 Palestinians freed" / "Hamas released 24 hostages": the lede's
        # figure is the headline's side told without one)
        # (a later sentence in which a state frees people of a side: "Israel freed 90 Palestinian prisoners overnight")
        total = sum(values)
    elif other_side and figures[0][1] != other_side:
        # "Last 20 hostages back; buses carry freed Palestinians": the headline's figure and the other side's, which the
        # lede or the body tells.
        told = next((v for v, side, sentence in figures if side == other_side and not _NOT_A_SIDE.search(sentence)), None)
        total = values[0] + (told if told is not None else _side_figure_in(full_story, other_side, set(values)))
    else:
        total = values[0]
    same = [v for v, _, told in figures if _FOR_THE_SAME_NUMBER.search(told)]
    if len(values) > 1 and len(same) == 1 and total == sum(values):
        total += same[0]  # "246 of its servicemen ... in exchange for the same number of Ukrainian prisoners" / "In addition, 31"
    named_side, named_count = "", 0  # the sentence of an other side told by name only, and how many it names
    if len(values) == 1 and (_SAME_NUMBER.search(story) or any(
            _SAME_NUMBER.search(s) and _SAME_NUMBER_FREED.search(s) and not _recalls_or_plans(s)
            for s in _after_the_lede(full_story))):  # "Moscow said the same number of Russian servicemen had been handed back"
        total *= 2
    elif figures[0][1] and (len(values) == 1 or total == sum(values)) and (
            reciprocal := _reciprocal_figure(full_story, figures[0][1], seen, values[0])):
        # "Three Israeli women freed" / "Early on Monday, Israel released 90 Palestinian prisoners": the state whose people
        # were freed frees the other side
        total += reciprocal
    elif len(values) == 1 and swap and not _SWAP_WHOLE.search(title) and not any(
            _exchange_total(s) or _SWAPPED_FIGURE.search(s) or _AMONG_FIGURE.search(s) for s in sentences):
        # "In return, President Joe Biden granted clemency to A and B": the other side told by name only
        named_side, named_count = next(
            ((s, n) for s in _later_sides(full_story, figures=False) if (n := _named_in_return(s))), ("", 0))
        if not named_count:
            # the lede's own "In exchange, the US released Iranian engineer Reza Amini"; "The Britons were swapped for
            # Farah Kuznetsov, a convicted Belarusian agent", "Germany handed over Dmitri Achebe" in the lede or after it
            named_side, named_count = next(((s, n) for s in (*sentences[1:], *_after_the_lede(full_story, 1))
                                            if not (_figures_in(s) or _recalls_or_plans(s)) and (
                n := ((_OTHER_SIDE_CUE.search(s, 0, 40) or _RETURN_CUE.search(s)) and _named_in_return(s))
                     or _swapped_for_named(s, title) or len(_journey_other_way(s, title)))), ("", 0))
        if not named_count and _FOR_UNCOUNTED_SIDE.search(title):
            # "in exchange for Maduro's wife's nephews" / "after the trade for Efrain Campo Flores and Franqui Flores de
            # Freitas": the headline's other side without a figure, named in the lede
            named_side, named_count = next(((s, n) for s in sentences[1:] if (n := _named_after_for(s))), ("", 0))
        if named_count in _figures_in(figures[0][2])[1:]:
            named_side, named_count = "", 0  # "... seven Americans ... in exchange for two nephews" counted them already
        total += named_count
    if both is not None and both > total and len(figures) == 1 and figures[0][2] is not title:
        return both  # "Kovrig and Spavor return to Canada as Meng flies to China" / "Two Canadians ... landed": both sides
    if len(figures) > 1 and title not in {sentence for _, _, sentence in figures}:
        return total  # "Sixteen people were released ... In return, eight Russians": the headline's people are in a side
    in_headline = _headline_people(title)
    if both is not None and figures[0][2] is title or any(
            sentence is not title and v == in_headline and _BACK_REFERENCE.search(sentence) for v, _, sentence in figures[1:]):
        return total  # "A, B and C reunited; 90 Palestinians freed" / "The three Israeli women ...": counted once
    if all(sentence is not title and _opens_on_other_side(sentence) and v == sum(_figures_in(sentence)) for v, _, sentence in figures):
        # "Taliban release American and Australian professors" / "Kevin King ... and Timothy Weeks ... were handed to US
        # forces" / "In exchange, the Afghan government freed three": the figure is the other side's; the first side is
        # the people the headline or the lede names
        first = len([n for n in _clause_names(_release_clause(title), swap) if " " in n]) or max(
            (len(_people_in(s[: verb.start()])) for s in sentences[1:] if not _figures_in(s)
             and (verb := _FIRST_SIDE_VERB.search(s))), default=0) or max(
            # "Warsaw freed Alexei Gubanov, accused of spying" / "In exchange, Moscow freed 2 Polish citizens"
            (len(_people_in(_AFTER_NAMES_END.split(_list_after(s, verb.end()), maxsplit=1)[0]))
             for s in sentences[1:] if not _figures_in(s) and not _OTHER_SIDE_CUE.search(s)
             and (verb := _STATE_FREED_NAMED.search(s))), default=0)
        if first:
            return total + first
    beside = _named_beside(title, figures[0][2], swap)
    if beside and named_side and _FOR_OTHER_SIDE.search(title):
        # "two Austrians in swap for jailed diplomat" / "In return, Belgium freed diplomat Ali Rahimi": the same person
        beside = max(0, beside - named_count)
    if beside and figures[0][2] is not title and beside == in_headline:
        # "A and B fly out of Kabul; C returns from California" / "Two Americans, A and B, ..." / "In return, Washington freed
        # C": the headline's people the figure's sentence or the named other side already counted
        first_clause = _CLAUSE_BREAK.split(figures[0][2])[0]
        counted = " ".join((_after_figure(figures[0][2]), named_side, first_clause if _side_one_by_one(first_clause) else ""))
        beside = max(0, beside - sum(1 for n in _all_names(title) if n.split()[-1] in counted))
    return total + beside


# "About 1,900 ...", "Of those freed by Israel, 1,718 ...": a figure that refines no rough one
_ROUGH_OR_PART = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|of\s+(?:those|them|whom))\s", _I)
_WITH_FIGURE_OTHER = re.compile(r"\bwith\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+other\b", _I)
# "The five farmworkers were released ...", "All 26 captives arrived ...": a lede that opens on a definite figure.
_DEFINITE_LEAD = re.compile(
    r"^\W*(?:<[^>]*>\s*)*(?:the|all|these|those)\s+(?:group\s+of\s+)?(?:\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+(?:(?:were|was|had|have|"
    r"crossed|landed|arrived|flew|left)\b|(?:[\w'-]+\s+){0,2}?(?:" + _PEOPLE_NOUNS + r"|\w*(?:ers|men|women|ists|ees|ors))\b)", _I
)


# "The two foreign ministers spoke", "All 27 EU foreign ministers welcomed": a definite figure of the people acting on
# the release, not of those freed, unless a verb says they were freed.
_ACTORS_LEAD = re.compile(
    r"^\W*(?:<[^>]*>\s*)*(?:the|all|these|those)\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:ministers|leaders|officials|negotiators|mediators|envoys|diplomats|presidents|heads|delegations|delegates|"
    r"ambassadors|governments|sides|judges|prosecutors|spokesm[ae]n)\b", _I
)
_FREED_VERB = re.compile(
    r"\b(?:freed|released|pardoned|amnestied|exchanged|swapped|set\s+free|walked\s+(?:free|out)|handed\s+over)\b", _I
)


def _other_state_says_returned(sentence: str, value: int, title: str) -> bool:
    """A sentence in which the figure is of another country's people than the headline's, who "were returned in exchange"
    ("Moscow said 90 Russian soldiers were returned in exchange" under "88 servicemen and 2 civilians return to Ukraine"):
    the other side, even when its figure equals the headline's."""
    match = _PEOPLE_RETURNED_IN_EXCHANGE.search(sentence) or _STATE_RECEIVED_IN_RETURN.search(sentence)
    if match is None or parse_count(match.group("num")) != value:
        return False
    country = country_aliases_cached().get(match.groupdict().get("dem") or match.group("state"))
    return country is not None and country not in find_countries(title)


# "returned from territory controlled by Kyiv": the other state's own people coming back
_FROM_TERRITORY = r"from\s+(?:[\w-]+\s+){0,4}?territory"
_PEOPLE_RETURNED_IN_EXCHANGE = re.compile(
    r"\b(?P<num>\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+(?P<dem>(?-i:[A-Z])[a-z]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:were|have\s+been|had\s+been)\s+(?:returned|handed\s+over|freed|released|sent\s+home|brought\s+home)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?in\s+(?:exchange|return)|" + _FROM_TERRITORY + r")\b", _I)

# "Russia received 146 people in return", "Russia's defence ministry said it received 246 servicemen in return"
_STATE_RECEIVED = r"^\W*(?P<state>(?-i:[A-Z])[\w-]+)(?:['\u2019]s\s+(?:[\w-]+\s+){1,3}?said\s+it)?\s+(?:had\s+)?received\s+"
_STATE_RECEIVED_IN_RETURN = re.compile(
    _STATE_RECEIVED + r"(?P<num>\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+(?:[\w-]+\s+){0,2}?(?:" + _PEOPLE_NOUNS
    + r")\s+(?:[\w-]+\s+){0,3}?in\s+(?:exchange|return)\b", _I)


def _told_back(sentence: str, title: str) -> bool:
    """A lede sentence that counts the people of a headline without a figure ("Thai hostages arrive home" / "The five
    farmworkers were released last week in a separate deal"): the deal it calls separate is the headline's. A figure of
    officials ("The two leaders spoke") counts them only when the sentence says they were freed."""
    return _DEFINITE_LEAD.match(sentence) is not None and not _figures_in(title) and (
        _ACTORS_LEAD.match(sentence) is None or _FREED_VERB.search(sentence) is not None)


_BACK_REFERENCE = re.compile(r"\b(?:both|(?:the|all|these|those)\s+(?:two|three|four|five|six))\s+(?:[\w-]+\s+)?(?:men|women|people|"
                             r"hostages|prisoners|detainees|captives|nationals|citizens|journalists|activists|were|are|have|had|"
                             r"(?-i:[A-Z])[a-z]+(?:ans|ese|is))\b", _I)  # "the two Americans left Afghanistan"


def _names_told_again(sentence: str, value: int, title: str) -> bool:
    """True when the sentence's only figure points back at people the headline names, no fewer of them than it counts:
    "both men", "the three women"."""
    match = _BACK_REFERENCE.search(sentence)
    return match is not None and len(_figures_in(sentence)) == 1 and value <= _headline_people(title)


def _free_clauses(sentence: str) -> str:
    """A sentence without its clauses of people still held ("Four freed hostages home; 59 still held in Gaza" is read as
    "Four freed hostages home"), and without a clause after a semicolon of people killed, arrested or missing that tells
    no release ("Kidnappers free businessman; three associates arrested"); unchanged when every clause or none is."""
    if _STILL_HELD.search(sentence):
        kept = [c for c in _CLAUSE_BREAK.split(sentence) if c and not _STILL_HELD.search(c)]
        return "; ".join(kept) if kept and all(_RELEASE_CONTEXT.search(c) for c in kept) else sentence
    if ";" in sentence and _NOT_FREED_NOW.search(sentence):
        clauses = sentence.split(";")
        kept = [c for c in clauses if not (_NOT_FREED_NOW.search(c) and not _RELEASE_CONTEXT.search(c))]
        # (the sentence's full stop stays when its last clause goes)
        end = "." if sentence.rstrip().endswith(".") and clauses[-1] not in kept else ""
        return ";".join(kept) + end if kept and all(_RELEASE_CONTEXT.search(c) for c in kept) else sentence
    return sentence


_NOT_FREED_NOW = re.compile(r"\b(?:killed|dead|died|arrested|missing|charged)\b|"
                            r"(?<!\bwere\s)(?<!\bwas\s)\b(?:sentenced|convicted)\b(?=\s*$|\s+(?:to|in\s+absentia)\b)|"
                            r"\b(?:handed|given|get|gets|got)\s+(?:[\w-]+\s+){0,2}?(?:jail|prison)\s+(?:terms?|sentences?)\b", _I)


_MEMBERS_AFTER = re.compile(r"[^.;]{0,60}?(?:,\s+|\s+)(?:including|among\s+them)\b", _I)


def _lists_members(sentence: str, value: int) -> bool:
    """True when `sentence` tells `value` as a whole and lists some of its people after it ("flew 15 hostages out of
    the jungle, including ...")."""
    return any(v == value and _MEMBERS_AFTER.match(sentence, at) for at, v in _figure_positions(sentence))


# How far an approximate figure's exact value may lie from it, by the qualifier's first word (as fractions of it).
_APPROXIMATION_RANGE = {
    "more": (1.0, 1.2), "over": (1.0, 1.2), "at": (1.0, 1.2), "nearly": (0.8, 1.0), "almost": (0.8, 1.0), "up": (0.8, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "some": (0.9, 1.1), "roughly": (0.9, 1.1), "approximately": (0.9, 1.1),
}


def _refines(exact: int, rough: int, told: str) -> bool:
    """Whether `exact` is the precise figure of a rough part of a headline's sum, and near it: "nearly 2,000" and 1,968
    (not 1,718, more likely a part of them or another group)."""
    return abs(exact - rough) <= rough // 20 and _told_precisely(exact, rough, told)


def _exact_of_rough(title: str, story: str, read: Sequence[str]) -> tuple[int, int] | None:
    """A rough figure of the headline and its exact figure, told alone in a first sentence of a later paragraph about this
    release that the count has not `read`: "nearly 2,000" and "Israel began freeing 1,968 Palestinian prisoners"."""
    for sentence in _after_the_lede(story):
        if (len(_figures_in(sentence)) == 1 and _as_counted(sentence) not in read and _RELEASE_CONTEXT.search(sentence)
                and not (_recalls_or_plans(sentence) or _ROUGH_OR_PART.search(sentence))):
            for exact in _figures_in(sentence):
                rough = next((r for r in _figures_in(title) if r != exact and _refines(exact, r, title)), None)
                if rough is not None:
                    return rough, exact
    return None


def _may_be_same_side(side: str, told_side: str, told: str) -> bool:
    """Whether a figure of `side` may count the people of a figure told in `told` (whose side is `told_side`): the same
    side, or one unknown; not the other side when `told` says its people go home to another country ("About 200 POWs
    return to Ukraine" / "Kyiv handed over 190 soldiers to Moscow")."""
    if not side or not told_side:
        home = _DESTINATION.search(told) if side else None
        return home is None or country_aliases_cached().get(home.group("c"), side) == side
    return side == told_side


# Where the people of a figure go home to: "return to Ukraine", "flown home to Kyiv".
_DESTINATION = re.compile(
    r"\b(?:return(?:s|ed|ing)?|(?:home|back)|(?:come|comes|came|fly|flies|flew|flown|brought|sent|head(?:s|ed)?)\s+(?:home|back))\s+"
    r"to\s+(?P<c>(?-i:[A-Z])[\w'-]+)", _I
)


def _told_precisely(value: int, rough: int, sentence: str) -> bool:
    """True when `value` is the exact figure of `rough`, which `sentence` tells approximately: "more than 1,000" told
    again as "1,056", "nearly 2,000" as "1,968"."""
    for match in _count_spans(sentence):
        qual = (match.group("qual") or "").split()
        told = parse_count(match.group("num"))
        if not qual or qual[0].lower() not in _APPROXIMATION_RANGE or told is None:
            continue
        if match.group("mult"):
            told *= MULTIPLIERS[match.group("mult").strip().lower()]
        low, high = _APPROXIMATION_RANGE[qual[0].lower()]
        if told == rough and value != rough and low * rough <= value <= high * rough:
            return True
    return False


# A headline clause telling the other side of a release as a group: "buses carry freed Palestinians", "Palestinian
# prisoners reach Ramallah".
_GROUP_SIDE = re.compile(
    r"\b(?P<d>(?-i:[A-Z])[\w-]+?)(?:s\b|\s+(?:prisoners|detainees|captives|hostages|soldiers|POWs|fighters|militants|inmates)\b)"
)


_GROUP_REACTS = re.compile(
    r"\s+(?:welcom\w*|hail\w*|celebrat\w*|say|said|says|demand\w*|protest\w*|mourn\w*|react\w*|cheer\w*|rall(?:y|ied))\b", _I
)


def _uncounted_side(title: str) -> str:
    """The side ("Palestine") a headline clause frees without a figure beside another clause's figure; else ""."""
    clauses = _CLAUSE_BREAK.split(title)
    if len(clauses) < 2 or not any(_figures_in(c) for c in clauses):
        return ""
    for clause in clauses:
        if _figures_in(clause) or not _CLAUSE_RELEASE.search(clause) or _CLAUSE_STILL_HELD.search(clause) or _HELD_BACK.search(clause):
            continue
        for match in _GROUP_SIDE.finditer(clause):
            if _GROUP_REACTS.match(clause, match.end()):
                continue  # "Lithuanians welcome release": people reacting, not a side freed
            side = country_aliases_cached().get(match.group("d"))
            if side and side != match.group("d"):
                return side
    return ""


def _side_figure_in(story: str, side: str, counted: set[int]) -> int:
    """The first figure the story gives for one side's freed people ("Israel in turn released 1,968 Palestinians"); 0.
    A figure already counted is the same people told again; deaths, goods and parts of a group are no side."""
    for sentence in _sentences_of(story)[:12]:
        if (_RELEASE_CONTEXT.search(sentence) and not (_held_still(sentence) or _SEPARATE_EVENT.search(sentence) or _PLANNED.search(sentence)
                or _NOT_A_SIDE.search(sentence)) and _side_of(sentence) == side):
            figures = _figures_in(sentence)
            if figures:
                return 0 if figures[0] in counted else figures[0]
    return 0


# "Eight Russians went the other way": the other side of a swap.
_OTHER_WAY = r"(?:going|went|go|goes)\s+the\s+other\s+way"
_WENT_THE_OTHER_WAY = re.compile(r"\b" + _OTHER_WAY + r"\b", _I)
# "let 90 Palestinian prisoners out of Ofer prison", "lets them go": a freeing verb of the other side.
_LET_GO = r"let(?=\s+(?:[\w'-]+\s+){0,5}?(?:go|out\s+of\s+(?:[\w'-]+\s+){0,2}?(?:prisons?|jails?|custody|detention))\b)"
_OPENS_ON_STATE_FREEING = re.compile(
    r"^(?:[^,]{0,30},\s+|(?:Hours\s+later|(?:Early|Late)\s+on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)\s+)?"
    r"(?P<c>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)\s+(?:then\s+|later\s+|also\s+)?"
    r"(?:released|freed|handed\s+over|pardoned|began\s+(?:releasing|freeing)|" + _LET_GO + r")\b"
)


# "The release came days after authorities in Bamako freed more than 200 suspected militants, in what officials described
# as part of the same negotiation", "Their release followed the freeing ... of some 200 prisoners": the other side of one deal.
_LINKED_RELEASE = re.compile(
    r"\b(?:(?:part\s+of\s+)?the\s+same\s+(?:negotiations?|deal|exchange|agreement|talks)|(?:its|their)\s+side\s+of\s+the\s+"
    r"(?:exchange|deal|bargain)|described\s+as\s+(?:an?\s+)?(?:exchange|swap)|(?:release|freedom)\s+followed\s+the\s+"
    r"(?:freeing|release)\s+(?:by\s+[^,;]{1,60}?\s+)?of)\b", _I
)
# "In Washington, President Joe Biden granted clemency to five Iranians": the state of the capital frees them.
_LEADER_IN_CAPITAL_FREES = re.compile(
    r"^In\s+(?P<c>(?-i:[A-Z])[\w'-]+),\s+(?:(?:President|Prime\s+Minister|King|Emir|Supreme\s+Leader)\s+)?"
    r"(?:(?-i:[A-Z])[\w'-]+\s+){1,3}(?:granted\s+clemency\s+to|pardoned|released|freed|commuted)\b"
)
# A month named anywhere in a sentence of its own dates its release ("Ukraine released 30 Russian soldiers in June").
_IN_A_MONTH = re.compile(r"\bin\s+" + _MONTH_NAME + r"\b")


# "Israel's prison service said 39 Palestinian women had been let out": its own prisoners, let out by the state that says so.
_LET_OUT_BY_SPEAKER = re.compile(
    r"\b(?:had\s+been|have\s+been|were)\s+(?:freed|released|let\s+out|let\s+go|set\s+free)\b(?!\s+by\b)", _I
)


def _freeing_state(sentence: str) -> str | None:
    """The country of the state a sentence opens on freeing people ("Israel freed 90 Palestinian prisoners"), or whose
    service says it let them out ("Israel's prison service said 39 Palestinian women had been let out"), if any."""
    state = _OPENS_ON_STATE_FREEING.match(sentence.strip()) or _LEADER_IN_CAPITAL_FREES.match(sentence.strip())
    if state is None:
        says = _SIDE_SAYS.match(sentence.strip())
        if says is None or not _LET_OUT_BY_SPEAKER.search(sentence, says.end()) or _OF_ITS.search(sentence, says.end()):
            return None
        state = says
    return country_aliases_cached().get(state.group("c"))


# "Havana to free 553 prisoners": the state that frees, named before its verb
_FREEING_AGENT = re.compile(
    r"^\W*(?:[^,]{0,30},\s+)?(?P<c>(?-i:[A-Z])[\w'-]+)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:free|frees|freed|freeing|release|releases|released|releasing|pardon|pardons|pardoned)\b")


def _same_state_in_return(title: str, sentence: str) -> bool:
    """Whether a sentence "in return" tells the headline's own state freeing its people again ("Havana to free 553
    prisoners" / "In return, Havana told the Vatican it would release 553 people"): not the other side of a swap."""
    if _OTHER_SIDE_CUE.match(sentence.lstrip()) is None and not sentence.lstrip().lower().startswith("in return"):
        return False
    agent = country_aliases_cached().get(m.group("c")) if (m := _FREEING_AGENT.match(sentence)) else None
    return agent is not None and any(
        (m := _FREEING_AGENT.match(clause)) and country_aliases_cached().get(m.group("c")) == agent
        for clause in _HEADLINE_CLAUSE.split(title) if clause)


def _state_frees_other_side(sentence: str, side: str) -> bool:
    """Whether a sentence opens on a state freeing people of another side ("Israel freed 90 Palestinian prisoners")."""
    country = _freeing_state(sentence)
    return bool(side) and country is not None and country != side


# "Russia's Defence Ministry confirms it has received 48 of its servicemen in return": the other side, of the same figure
_RECEIVED_ITS_OWN_IN_RETURN = re.compile(
    r"\b(?:received|receives|got\s+back|gets\s+back|brought\s+home|welcomed\s+home)\s+(?:[\d,]+|" + _NUMBER_WORD_RE + r")\s+of\s+"
    r"(?:its|their)\s+(?:own\s+)?[\w-]+\s+in\s+(?:return|exchange|turn)\b(?!\s+for\b)", _I)
_SAME_NUMBER_FREED = re.compile(
    r"\b(?:freed|released|handed\s+(?:back|over)|returned|sent\s+(?:back|home)|came\s+home|flown|received|got\s+back|let\s+go)\b", _I)
_FOR_THE_SAME_NUMBER = re.compile(r"\b(?:in\s+(?:exchange|return)\s+for|for)\s+(?:the\s+)?same\s+number\b", _I)
_SAME_NUMBER = re.compile(
    r"\b(?:(?:the\s+)?same\s+numbers?(?!\s+as\b)|as\s+many(?!\s+as\b)|an\s+equal\s+number|one[\s-]for[\s-]one)\b", _I
)


def _reciprocal_figure(story: str, side: str, counted: Mapping[int, set[str]], first: int) -> int:
    """The figure of the other side that the state of `side` frees in a sentence of its own after the lede ("Early on
    Monday, Israel released 90 Palestinian prisoners" after "Three Israeli women freed"), or that the other side's state
    says came back ("Russia's defence ministry said 248 of its servicemen had been returned"); 0 when there is none. A
    figure `counted` before is read again only as another side's ("75 Ukrainians" then "75 Russian servicemen"); "the same
    number" that the other side's state says came back is the `first` figure again."""
    for sentence in _after_the_lede(story):
        returned = _side_returned(sentence)
        if _freeing_state(sentence) != side and not (returned and returned != side):
            continue
        other = returned or _side_of(sentence)
        figures = _figures_in(sentence)
        if returned and returned != side and not figures and _SAME_NUMBER.search(sentence) and not _recalls_or_plans(sentence):
            return first  # "Russia's defence ministry said it had received the same number of its own soldiers"
        if (other and other != side and figures and not any(_told_before_as_this_side(f, counted, sentence, other) for f in figures)
                and not (_held_still(sentence) or _recalls_or_plans(sentence) or _NOT_A_SIDE.search(sentence)
                or _IN_A_MONTH.search(sentence))):
            return figures[0]
    return 0


def _told_before_as_this_side(value: int, counted: Mapping[int, set[str]], sentence: str, other: str) -> bool:
    """Whether a figure was counted before as other than another country's ("75 Ukrainians" then "75 Russian
    servicemen" is another side; "200 Palestinian prisoners" told twice, or a figure with no side, is the same)."""
    if value not in counted:
        return False
    return not (_side_of(sentence) == other and all(told in _country_names() and told != other for told in counted[value]))


@cache
def _country_names() -> frozenset[str]:
    return frozenset(country_aliases_cached().values())


_SIDE_SAYS = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?P<c>(?-i:[A-Z])[\w-]+)(?:(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,3}?|\s+)(?:said|says|reported|announced|confirmed)\s+"
    r"(?:separately\s+)?(?:that\s+)?"
)
_CAME_BACK = re.compile(
    r"\b(?:(?:had|have)\s+been\s+|were\s+)(?:returned|brought\s+(?:back|home))\b|\b(?:had|have)\s+(?:come|returned)\s+(?:back|home)\b|"
    r"\b(?:came|returned)\s+(?:back|home)\b|\b(?:had|have)\s+been\s+handed\s+back\b|\b(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:received|got\s+back)\b"
)


def _side_returned(sentence: str) -> str | None:
    """The country whose statement says its people came back: "Russia's defence ministry said 248 of its servicemen had been
    returned" -> Russia; None for any other sentence."""
    says = _SIDE_SAYS.match(sentence.strip())
    if says is None or not _CAME_BACK.search(sentence, says.end()):
        return None
    return country_aliases_cached().get(says.group("c"))


_NOT_A_SIDE = re.compile(
    r"\b(?:killed|died|dead|bodies|wounded|injured|included|includ(?:es|ing)|among(?!\s+them\b)|of\s+the\s+\d[\d,]*|trucks|lorries|"
    r"vehicles|tonnes|tons|homes|houses|buildings|rockets|missiles)\b", _I
)


def _stage_only(sentence: str) -> str:
    """A sentence without the size of the whole deal when it tells one stage's own figure: "First stage of '1,000 for
    1,000' exchange: 390 prisoners return" is read as "First stage of 'the' exchange: 390 prisoners return"."""
    whole = _N_FOR_N.search(sentence)
    if whole and _STAGE_TOLD.search(sentence) and any(not whole.start() <= at < whole.end() for at, _ in _figure_positions(sentence)):
        return sentence[: whole.start()] + "the" + sentence[whole.end():]
    return sentence


# The words a swap verb may have before the "for" of its other side: "traded on a Turkish airport tarmac for".
_UP_TO_FOR = r"(?:(?!for\b)[\w'\u2019-]+\s+){0,8}?for"
# "was also on the plane": one flown out with the freed, freed too unless an official (_OFFICIAL_TRAVELLING).
_ALSO_ON_BOARD = r"also\s+on\s+(?:the|that)\s+(?:plane|flight)"
# People the lede names beside a headline's named release: "Saeed Azizi was also released" (after an appositive too: "A
# second Swede, Saeed Azizi, was also released"), "Omar Farid also left custody", and in a swap the other side ("was
# exchanged for Arthur Petrov", "Brussels returned Assadollah Assadi").
_ALSO_NAMED = re.compile(
    r"(?P<before>[^,;:.]{1,120}?),?\s+(?:(?:was|were)\s+(?:also\s+(?:freed|released|pardoned)|(?:freed|released|pardoned)\s+"
    r"(?:at\s+the\s+same\s+time|too|as\s+well)|" + _ALSO_ON_BOARD + r")|also\s+(?:left\s+custody|walked\s+free))\b|"
    r"\balso\s+(?:freed|released|pardoned)\s+(?P<after>[^,;:.]+)|"
    # freed with the headline's person: "pardoned him along with rights lawyer X", "arrived alongside aid worker Y", "was
    # released the same day as journalist Z"
    r"\b(?:along\s+with|alongside|together\s+with|the\s+same\s+day\s+as|(?:flew|flown|came|returned)\s+(?:home|back|out)\s+with)\s+"
    r"(?P<with>[^;:.]{1,80})",
    _I,
)
_OFFICIAL_ROLE = re.compile(
    r"\b(?:minister|envoy|secretary|ambassador|official|senator|congress(?:man|woman)|lawmaker|MP|negotiator|mediator|"
    r"advis[eo]r|spokes(?:man|woman|person)|president|governor|aide|chief|director|representative|mayor)\b", _I
)
# An official named before being "also on the plane": travelling with the freed, not freed.
_OFFICIAL_TRAVELLING = re.compile(_OFFICIAL_ROLE.pattern + r"\s+$", _I)
_ON_BOARD = re.compile(r"\b" + _ALSO_ON_BOARD + r"\b", _I)
# A lookahead, so that a cue inside another's words is read too ("was freed on Thursday in exchange for Arthur Petrov").
_OTHER_SIDE_NAMED = re.compile(
    r"\b(?=(?:(?:exchanged|swapped|traded)\s+" + _UP_TO_FOR + r"|in\s+(?:an?\s+)?(?:exchange|return|swap|trade)\s+for|returned|"
    r"received|welcomed\s+home|sent|handed\s+over|freed|released|let\s+go\s+of|transferred(?!\s+to\b)|granted\s+clemency\s+to)\s+"
    r"(?P<after>[^,;:.]{1,120}))",
    _I,
)


# "Dai and fellow activist Le Thu Ha, jailed in April, were released": a person the headline names and another.
_KNOWN_AND_OTHER = re.compile(
    r"^\W*(?:[\w'\u2019-]+\s+){0,4}?(?P<known>(?-i:[A-Z])[\w'\u2019-]+)(?:,[^;:.]{1,80}?,)?\s+and\s+(?P<rest>[^,;:.]{1,80}?)"
    r"(?:,[^;:.]{0,100}?,)?\s+(?:(?:were|have\s+been)\s+(?:freed|released|pardoned|set\s+free|flown)|(?:are|were)\s+(?:back|home)|(?P<arrived>arrived|landed|flew|left|"
    r"returned|walked\s+(?:free|out)|crossed))\b"
)
# "The Liberation reporter and her Iraqi guide Hussein Hanoun al-Saadi, ..., were released": the headline's person told by
# role, and another named.
_ROLE_AND_OTHER = re.compile(
    r"^\W*(?:the|The)\s+(?:[\w'\u2019-]+\s+){0,3}?" + _ROLE + r"\s+and\s+(?:his|her|their)\s+(?P<rest>(?:(?-i:[A-Z])[\w-]+\s+)?"
    r"(?:interpreter|translator|driver|fixer|guide|bodyguard|colleague|cameraman|photographer|assistant|producer)\s+[^,;:.]{1,60}?)"
    r"(?:,[^;:.]{0,100}?,)?\s+(?:were|have\s+been)\s+(?:freed|released|pardoned|set\s+free)\b(?!\s+from\s+(?:the\s+)?(?:hospital|court))"
)
_FREED_AND_CO_ACCUSED = re.compile(
    r"\b(?:pardoned|freed|released|acquitted)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<known>(?-i:[A-Z])[\w'\u2019-]+)(?:,[^;:.]{1,80}?,)?"
    r"\s+and\s+(?:his|her|their)\s+(?:co-defendants?|co-accused|fellow\s+[\w-]+|cellmates?|colleagues?)\s+"
    r"(?P<rest>(?-i:[A-Z])[^,;:.]{1,60})", _I
)
_FREED_KNOWN_AND_OTHER = re.compile(
    r"\b(?:pardoned|freed|released|handed\s+over)\s+(?:[\w'\u2019-]+\s+){0,5}?(?P<known>(?-i:[A-Z])[\w'\u2019-]+)\s+and\s+"
    r"(?P<rest>(?:(?-i:[a-z])[\w'\u2019-]*\s+|(?-i:[A-Z])[\w-]*-[\w-]+\s+){0,4}(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)+)", _I
)
# Who travels with a freed person without having been held: "Whelan and his lawyer Olga Karlova left the camp".
_COMPANION_ROLE = re.compile(
    r"\b(?:his|her|their|officials?|lawyers?|attorneys?|mediators?|envoys?|ambassadors?|ministers?|negotiators?|consuls?|"
    r"delegat\w*|representatives?|chiefs?|directors?|diplomats?|spokes\w+|doctors?|aides?)\b", _I
)  # "(British-Iranian aid worker Nazanin) Zaghari-Ratcliffe and retired engineer Anoosheh Ashoori arrived ..."
# "was exchanged in Turkey for a Russian pilot": the other side, one person identified by role.
_FOR_ONE_PERSON = re.compile(
    r"\b(?:(?:exchanged|swapped|traded)\s+" + _UP_TO_FOR + r"|in\s+(?:exchange|return)\s+for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    + _ROLE + r"\b(?!s)", _I
)


_NAME_FOLLOWS = re.compile(r"[^,;:.]{0,60}?,\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])")
_LIST_ENDS = re.compile(r",\s+(?-i:[a-z])|[;:.]|\s+(?:who|which|whose)\s")


def _list_after(sentence: str, at: int) -> str:
    """The words from `at` to where a list of names ends (a comma before a lower-case word, a clause's end, "who"), read
    within 300 characters (splitting the rest of a long sentence at every name would be quadratic)."""
    return _LIST_ENDS.split(sentence[at: at + 300], maxsplit=1)[0]


_ONE_HANDED_OVER = re.compile(
    r"\b(?:freed|released|handed\s+over|sent\s+home|let\s+go)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + _ROLE + r"\b(?!s)", _I
)
# The other side told with its cue anywhere in a sentence, done or agreed: "The US in return will free Alexander Vinnik",
# "Russia would in turn receive Alexander Vinnik", "a Russian national held in the United States would be freed in return".
# "Kigali, for its part, released 17 Ugandans", "in a reciprocal gesture, Kinshasa released two rebel officers"
_ITS_PART = r"for\s+(?:its|their)\s+(?:own\s+)?part"
_RECIPROCAL = r"a\s+reciprocal\s+(?:gesture|move|step)"
_FOR_ITS_PART = _ITS_PART + r"|in\s+" + _RECIPROCAL + r"|reciprocated"
_RETURN_CUE = re.compile(r"\b(?:in\s+(?:exchange|return)|in\s+turn|" + _FOR_ITS_PART + r")\b(?!\s+for\b)", _I)
_RETURN_VERB = re.compile(
    r"\b(?:(?:will|would|to|agreed\s+to|agrees\s+to)\s+(?:\w+\s+){0,2}?(?:free|release|receive|get|hand\s+over|pardon)|frees|freed|released|"
    r"receives|received|gets|got|handed\s+over|pardoned|granted\s+clemency\s+to)\s+(?P<after>[^,;:.]{1,120})", _I
)
_PASSIVE_IN_RETURN = re.compile(
    r"(?P<before>[^,;:.]{1,120}?(?:,[^;:.]{1,100}?,)?)\s+(?:(?:(?:will|would)\s+be\s+|(?:is|was)\s+(?:to\s+be\s+|being\s+)?|(?:has|had)\s+been\s+)"
    r"(?:freed|released|handed\s+over|let\s+go|sent\s+(?:home|back))|flew\s+(?:home|back)|(?:flew|returned|was\s+flown)\s+to\s+(?-i:[A-Z])[\w-]+)(?:\s+to\s+(?-i:[A-Z])[\w-]+)?\s+"
    r"in\s+(?:return|exchange|turn)\b", _I
)
_ONE_PERSON_PHRASE = re.compile(
    r"\b(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + _ROLE + r"|man|woman)|one\s+(?:[\w-]+\s+)?(?:person|man|woman|prisoner|detainee|convict))\b(?!s)", _I
)


def _side_in_return(sentence: str, extra: set[str], by_state: bool) -> list[str]:
    """The names of the other side in a sentence cued "in return" or "in turn"; "" in `extra` for one person told by role.
    With `by_state`, a passive side may name the state that freed it ("A was freed by the United States in return"): only
    where the headline tells the first side, which a lede naming both would otherwise count twice."""
    passive = _PASSIVE_IN_RETURN.search(_BY_STATE_BEFORE_CUE.sub("", sentence) if by_state else sentence)
    active = None if passive else _RETURN_VERB.search(sentence)
    side = passive.group("before") if passive else active.group("after") if active else ""
    if active:
        side = _AFTER_NAMES_END.split(side, maxsplit=1)[0]
    elif passive:
        side = re.split(r"\b(?:that|said|says)\s+", side, flags=_I)[-1]
    names = [n for n in _all_names(side) if n not in _ORGANISATIONS]
    one = _ONE_PERSON_PHRASE.search(side)
    if not names and one and not [f for f in _figures_in(side) if f != 1] and not _REMAINS_OF.search(side, 0, one.start()):
        # ("handed over the body of a Congolese officer": the dead)
        extra.add("")
    return names


# "Russia in turn (freed ...)", "Israel in exchange (released ...)": a state acting in return, as a sentence's subject.
_A_STATE_IN_RETURN = r"(?P<state>(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?)\s+in\s+(?:turn|return|exchange)\s+"
_IN_RETURN = re.compile(
    r"^\W*(?:In\s+(?:exchange|return)|(?:Under|As\s+part\s+of)\s+the\s+same\s+(?:deal|agreement|exchange|arrangement)|"
    r"As\s+part\s+of\s+the\s+(?:deal|agreement|exchange|swap))\s*(?:,|"
    r"\s(?=(?-i:[A-Z])[\w-]+\s+(?:[\w-]+\s+)?(?-i:[a-z])))|"  # "In return Belgium transferred ...", "In exchange Israel freed ..."
    r"\b(?:exchange|swap)\s+(?:[\w-]+\s+){0,4}?in\s+which\b|^\W*" + _A_STATE_IN_RETURN
    + r"(?:freed|released|pardoned|handed\s+over|began\s+(?:releasing|freeing)|" + _LET_GO + r")\b"
)


# A deal's further part that is no release of now: to come, dated, or a part of those counted ("over the next six weeks",
# "in December 2023", "among them")
_NOT_NOW_OR_A_PART = (
    r"\b(?:next|coming|more|further|over\s+the|during|but|postponed|yet|later|earlier|previous|separate\w*|in\s+(?:19|20)\d\d|"
    r"in\s+" + _MONTH_NAME + r"|among|(?:\d+|" + _NUMBER_WORD_RE + r")\s+of\s+(?:them|whom|those)|includ\w*)\b")
_PEOPLE_FIGURE = (ROUGHLY + r"(?:\d[\d,]*|(?:" + _NUMBER_WORD_RE + r"))\s+(?:[\w-]+\s+){0,2}?(?:"
                  + _PEOPLE_NOUNS + r")\b")
_LATER_RELEASE = re.compile(
    r"\b(?:freed|released|pardoned|set\s+free|handed\s+over|transferred|granted\s+clemency\s+to|sent\s+home|welcomed\s+home|began\s+(?:releasing|freeing)|"
    r"(?:walked|went)\s+(?:free|out)|(?:received|got\s+back)(?=\s+" + ROUGHLY + r"(?:\d|(?:" + _NUMBER_WORD_RE + r")\b))|"
    + _OTHER_WAY + r"|boarded|" + _LET_GO + r"|"
    # "had also agreed to release 80 political prisoners as part of the arrangement"
    r"also\s+agreed\s+to\s+(?:release|free)(?![^.;]*" + _NOT_NOW_OR_A_PART + r")(?=\s+" + _PEOPLE_FIGURE + r")|"
    # "the freeing by Mali's transitional authorities of some 200 prisoners"
    r"(?:freeing|release)\s+(?:by\s+[^,;]{1,60}?\s+)?of(?=\s+" + ROUGHLY + r"(?:\d|(?:"
    + _NUMBER_WORD_RE + r")\b)))\b", _I
)


_STATE_IN_TURN = re.compile(
    r"\W*" + _A_STATE_IN_RETURN + r"(?:freed|released|pardoned|handed\s+over|returned|sent\s+back|" + _LET_GO + r")\b", _I)
_OTHER_SIDE_CUE = re.compile(
    r"\b(?:in\s+(?:exchange|return)|in\s+turn|" + _FOR_ITS_PART + r"|(?:under|as\s+part\s+of)\s+the\s+(?:same\s+)?(?:deal|agreement|arrangement|exchange)|"
    r"in\s+accordance\s+with\s+the\s+agreements?|(?:handed\s+over|returned|transferred)\s+to\s+the\s+(?:(?-i:[A-Z])\w+|other)\s+side|"
    # "Their release came days after Mali's authorities let about 200 militants go", "It followed the release of around 200"
    # (by a state's authorities, not the captors' own earlier release: "followed the freeing of 10 sailors in May")
    r"^\W*(?:(?:their|the|his|her)\s+(?:release|freedom|handover)|it|this)\s+(?:came|followed)\s+(?:(?:days|hours|a\s+day|a\s+week|"
    r"weeks|shortly)\s+)?(?:after|the\s+(?:release|freeing))(?=[^.;]{0,80}?\b(?:authorities|government|junta|jails|prisons)\b)|"
    + _OTHER_WAY + r"|in\s+the\s+other\s+direction)\b", _I
)


# A deal's terms still to be carried out: "provides for 33 hostages to be freed", "150 will eventually be released".
_TO_COME = re.compile(
    r"\b(?:to|will|would|could|should|may|might)\s+(?:\w+\s+)?be\s+(?:freed|released|exchanged|swapped|handed\s+over|pardoned)\b|"
    r"\bprovides?\s+for\b|\bwants?\b|\bseeks?\b", _I
)
# A sentence after the lede that recalls another release: dated, earlier, separate, or a running total ("In 2011, Israel
# freed 1,027 ...", "Last week, Israel released 90 ...", "Separately, ...", "in earlier stages", "so far").
_LATER_BACKGROUND = re.compile(
    r"^\W*(?:earlier|previously|separately|since|days\s+earlier|a\s+(?:day|week|month|year)\s+(?:earlier|ago)|"
    r"in\s+(?:\d{4}|" + _MONTH_NAME + r"))\b|"
    r"\b(?:last\s+(?:week|month|year|time)|earlier\s+(?:this|that|last)\s+(?:week|month|year)|in\s+(?:19|20)\d\d|"
    r"(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|in\s+(?:a|the)\s+(?:19|20)\d\d\s+(?:deal|swap|exchange)|"
    r"(?:pardon|amnesty|release|exchange|swap)\s+in\s+" + _MONTH_NAME + r"|"
    r"in\s+(?:earlier|previous|past|prior)\s+(?:stages?|rounds?|phases?|exchanges?|swaps?|releases?)|"
    r"so\s+far|to\s+date|in\s+the\s+past|(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:freed|released|returned(?!\s+" + _FROM_TERRITORY
    + r"\b(?![^.;]*\bsince\b))|pardoned)|"
    r"follow(?:s|ed|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:pardon|amnesty|release|exchange|swap)s?)\b", _I
)


_BOTH_SIDES = "both sides"  # the side of a figure that is part of a sum of both sides


def _recalls_or_plans(sentence: str) -> bool:
    """A sentence after the lede that tells no release of the event: another one, earlier or separate, a running total, a
    demand, people still held, or terms still to come. What a relative clause tells of the freed ("..., who were convicted
    in New York in 2016") is their past, not the release's."""
    sentence = _PAST_OF_THE_FREED.sub("", _RELATIVE_CLAUSE.sub("", sentence))
    return bool(_LATER_BACKGROUND.search(sentence) or _SEPARATE_EVENT.search(sentence) or _DEMAND.search(sentence)
                or _STILL_HELD.search(sentence) or _PLANNED.search(sentence) or _TO_COME.search(sentence))


# The same past told by a participle: "three Cuban agents convicted in Miami in 2001", "seized off Crimea in 2018".
_PAST_OF_THE_FREED = re.compile(
    r"\b(?:convicted|sentenced|arrested|jailed|imprisoned|seized|captured|detained|abducted|kidnapped)\s+(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:in\s+(?:19|20)\d\d|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)\b", _I
)  # "abducted from their Baghdad office three weeks ago"
_RELATIVE_CLAUSE = re.compile(
    # ", the Malaysian defence contractor who fled house arrest in San Diego in 2022"
    r",\s+(?:(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,5}?)?(?:who|whom)\s+(?:had\s+been|were|was|had|have|has|is|are|"
    r"(?!(?:died|returned|crossed|arrived|walked|travelled|traveled|reached|landed|moved|headed|reunited|refused|declined|"
    r"remained|stayed)\b)(?-i:[a-z])\w+ed|"
    r"fled|ran|led|won|spent|fought|stole|sold|broke|took)\s"
    r"(?![^,;]*\b(?:freed|released|pardoned|exchanged|swapped)\b)[^,;]*", _I
)


_FOR_UNCOUNTED_SIDE = re.compile(
    r"\b(?:in\s+(?:exchange|return)|swap|trade|exchange)\s+for\s+(?:[\w'\u2019-]+\s+){0,3}?(?:nephews|prisoners|Iranians|Russians|"
    r"Venezuelans|Cubans|Afghans|agents|spies|militants|commanders)\b", _I
)
_FOR_NAMES = re.compile(
    r"\b(?:in\s+(?:exchange|return)\s+for|(?:trade|swap|exchange|traded|swapped|exchanged)\s+for|released|freed|"
    r"granted\s+clemency\s+to)\s+", _I
)


def _named_after_for(sentence: str) -> int:
    """How many people a lede sentence names as the other side, after "trade for" or a release verb, two or more."""
    for match in _FOR_NAMES.finditer(sentence):
        names = _people_in(_list_after(sentence, match.end()))
        if len(names) >= 2:
            return len(names)
    return 0


def _swapped_for_named(sentence: str, title: str) -> int:
    """How many people a sentence names as the other side of a swap: after "were swapped for" ("The Britons were swapped
    for Farah Kuznetsov, a convicted Belarusian agent"), or freed by another state than the one the headline says frees
    people ("Iran frees four Germans" / "Germany handed over Dmitri Achebe")."""
    match = _people_swapped_for(sentence)
    if match is None:
        state = _STATE_HANDS_OVER.match(sentence)
        freeing = _STATE_HANDS_OVER.match(title)
        aliases = country_aliases_cached()
        if state is None or freeing is None or freeing.group("state") not in aliases or aliases.get(
                state.group("state"), aliases[freeing.group("state")]) == aliases[freeing.group("state")]:
            return 0  # another state than the one the headline says frees people
        match = state
    listed = _list_after(sentence, match.end()).strip().rstrip(".")
    if _WHOSE_BODY.match(sentence, match.end()) or any(name.split()[-1] in title for name in _all_names(listed)):
        return 0  # "... were swapped for Alex Saab" under a headline that names him: counted there
    return _people_listed(listed)


# "..., while Hamid Nouri, jailed for life in Sweden, was flown to Tehran": in a swap, a named person's journey the other way.
_JOURNEY_OTHER_WAY = re.compile(
    # ("while B ... landed in Tehran")
    r"(?:,\s*|\s+)(?:while|as|whereas)\s+(?P<who>[^,;:.]{2,80}?(?:,[^;:.]{1,100}?,)?)\s+"
    r"(?:(?:was\s+(?:flown|sent|deported|put\s+on\s+a\s+plane)|flew|returned|headed)\s+(?:home\s+|back\s+)?to\s+(?-i:[A-Z])|"
    r"(?:landed|arrived)\s+(?:back\s+)?in\s+(?-i:[A-Z])|"
    + _OTHER_WAY + r"\b)", _I)  # "while Andrei Lisin, extradited from Greece in 2022, went the other way"


# A clause whose subject is a state alone: "Sweden releases ...", "the United States frees ..." (not "Gaza kidnappers free")
_STATE_SUBJECT = re.compile(r"\W*(?:the\s+)?(?P<state>(?-i:[A-Z])[\w.'\u2019-]+(?:\s+(?-i:[A-Z])[\w.'\u2019-]+)?)\s+(?:frees|releases|"
                            r"pardons|hands\s+(?:over|back)|returns|sends\s+(?:home|back)|lets)\b")
# "talks continue to free captured general": a release sought, not made
_TO_FREE = re.compile(r"\bto\s+(?:free|release|secure|win)\b", _I)


def _journey_other_way(sentence: str, title: str) -> list[str]:
    """The people a swap story's sentence names travelling the other way: not the headline's, nor officials, lawyers or
    relatives ("while Foreign Minister X flew to Muscat", "while his mother Y flew to Muscat to meet them")."""
    return [name for match in _JOURNEY_OTHER_WAY.finditer(sentence)
            if not _COMPANION_ROLE.search(who := match.group("who").split(",")[0]) and " among " not in who and not (
                _OFFICIAL_ROLE.search(who) or _OFFICIALS.search(who))
            for name in _all_names(who) if " " in name and name.split()[-1] not in title]


def _people_swapped_for(sentence: str) -> re.Match[str] | None:
    """ "... were swapped for", "... was released in exchange for": people the other side is traded for, not money
    ("Iranian assets frozen in Belgium were released in exchange for Olivier Vandecasteele")."""
    match = _SWAPPED_FOR.search(sentence)
    return None if match is None or _MONEY_OR_GOODS.search(sentence, 0, match.start()) or _ANOTHER_DEAL.search(sentence) else match


# "In a similar deal, A was freed in exchange for B", "echoing the 2022 deal in which ...", "in an earlier swap".
_ANOTHER_DEAL = re.compile(
    r"\b(?:similar|earlier|previous|past|prior|last|separate)\s+(?:\w+\s+)?(?:deal|swap|exchange|trade)\b|"
    r"\b(?:19|20)\d\d\s+(?:\w+\s+)?(?:deal|swap|exchange|trade)\b", _I)
_MONEY_OR_GOODS = re.compile(r"\b(?:assets|funds|money|debt|cash|payments?|oil|million|billion|sanctions)\b|[$\u00a3\u20ac]", _I)
_WHOSE_BODY = re.compile(r"[^.;]{0,80}?,\s+whose\s+(?:body|bodies|remains)\b", _I)
_SWAPPED_FOR = re.compile(
    # "was exchanged at Abu Dhabi airport for Viktor Bulatov"
    r"\b(?:were|was|being)\s+(?:(?:swapped|exchanged|traded)(?:\s+(?:at|in|on|near)(?:\s+[\w'\u2019-]+){1,4}?(?=\s+for\s))?|"
    # "was freed by Iran on Thursday in a swap for"
    r"(?:freed|released|set\s+free|handed\s+over)(?:\s+(?:on|by)\s+(?:(?-i:[A-Z])[\w'\u2019-]+|\w+day)){0,2}\s+"
    r"in\s+(?:exchange|(?:a|an)\s+(?:[\w-]+\s+)?(?:swap|exchange|trade|deal)))\s+for\s+", _I)
_STATE_HANDS_OVER = re.compile(
    r"\W*(?:the\s+)?(?P<state>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+"
    r"(?:hand(?:s|ed)\s+over|releas(?:es|ed)|free[sd]|sen(?:ds|t)\s+back|return(?:s|ed)|pardon(?:s|ed))\s+", _I)


def _leading_sums(parts: Sequence[int]) -> set[int]:
    """ "five Citgo executives and two other US citizens ... in return for two nephews": 7 is the first side of the 9."""
    return {sum(parts[:k]) for k in range(2, len(parts))}


def _named_beside_figure(sentence: str) -> tuple[int, int]:
    """How many people a sentence names after "together with" (or "along with", "alongside"), and after its figure."""
    with_part = _TOGETHER_WITH.search(sentence)
    with_names = len(_people_in(with_part.group("with"))) if with_part else 0
    spans = _count_spans(sentence)
    after = len(_people_in(_CLAUSE_VERB.split(sentence[spans[0].end():], maxsplit=1)[0])) if spans else 0
    return with_names, after


_CLAUSE_VERB = re.compile(r"\s(?:were|was|are|is|flew|arrived|landed|left|returned|walked|after|as|in\s+(?:return|exchange))\b", _I)


def _people_in(text: str) -> list[str]:
    return [n for n in _all_names(text) if " " in n and n not in _ORGANISATIONS and n not in country_aliases_cached()]


_TOGETHER_WITH = re.compile(r"\b(?:together\s+with|along\s+with|alongside)\s+(?P<with>[^;:.]{1,100})", _I)


def _beyond_figure(value: int, told: str, title: str, both: int | None) -> int:
    """What an earlier figure counts beyond the number it states: the people traded for it ("frees X in swap for 10"),
    or a headline's named side beside its figure ("US lets Alex Saab go as Caracas frees 10 Americans" is 11)."""
    if told is title and both is not None:
        stated = [f for f in _figures_in(title) if f < value]
        if len(stated) == 1 and value - stated[0] <= sum(1 for n in _all_names(title) if " " in n):
            return value - stated[0]
    return _traded_names_in(told)


_STATE_FREED_NAMED = re.compile(r"^\W*(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:freed|released|pardoned|handed\s+over)\s+", _I)
_FIRST_SIDE_VERB = re.compile(
    r"\b(?:were|was)\s+(?:handed|freed|released|flown|let\s+go)\b|\b(?:arrived|landed|flew|walked|crossed|reached)\b", _I)


def _opens_on_other_side(sentence: str) -> bool:
    """A sentence whose figures come after its opening cue ("In exchange, the Afghan government freed three"), not one
    that tells the first side's figure before it ("The four were freed in exchange for seven")."""
    cue = _OTHER_SIDE_CUE.search(sentence, 0, 40)
    return cue is not None and all(start > cue.start() for start, _ in _figure_positions(sentence))


def _later_sides(story: str, figures: bool = True) -> list[str]:
    """Sentences of the story's first paragraphs after the lede that free the other side of the event ("In return, the
    United States granted clemency to five Iranians", "Under the same deal, Venezuela also freed 20 ..."), with a figure
    (or, with `figures` false, without one), unless told as separate, earlier or still to come."""
    # a side told by name only must open on the cue: "In return, Germany released Vadim Krasikov"
    return [_whole_before_parts(sentence.strip()) for sentence in _after_the_lede(story)
            if ((returned := _RETURNED_FROM_CAPTIVITY.search(sentence) is not None) or _LATER_RELEASE.search(sentence)) and (
                _OTHER_SIDE_CUE.search(sentence, 0, len(sentence) if figures else 40) or (figures and (
                    returned or _ALSO_FREED.search(sentence) or _second_state_frees(sentence)
                    or (_LATER_THAT_DAY.search(sentence) and not _part_of_group(sentence)))))
            and bool(_figures_in(sentence)) == figures and not _recalls_or_plans(sentence)]


# "Hours later Israel released 90 Palestinian prisoners", "Hamas handed over 16 hostages the same evening": more people
# freed in the same event, told by the time
_STATE_FREES_FIGURE = (r"(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2}\s+"
                       r"(?:freed|released|let|handed\s+over|pardoned)\s+" + _PEOPLE_FIGURE
                       + r"(?![^.;]*" + _NOT_NOW_OR_A_PART + r")")
_LATER_THAT_DAY = re.compile(
    r"^\W*(?:(?:hours|minutes|shortly)\s+later|overnight|later\s+that\s+(?:day|night|evening)|that\s+(?:night|evening)),?\s+"
    + _STATE_FREES_FIGURE + r"|^\W*" + _STATE_FREES_FIGURE + r"[^.;]*?\bthe\s+same\s+(?:evening|night)\W*$", _I)


# "Along with them, ten Thai farm workers were also freed": more people freed in the same event, told after the lede.
# "Two European women ... were let go at the same time": the same, told by the time.
# "The arrangement also secured the release of 80 political prisoners": the same, told by the deal.
_ALSO_FREED = re.compile(
    r"\b(?:were|was)\s+also\s+(?:freed|released|let\s+go|set\s+free|handed\s+over)\b|"
    r"^(?![^.;]*" + _NOT_NOW_OR_A_PART + r")[^.;]*?\balso\s+secured\s+the\s+release\s+of\s+" + _PEOPLE_FIGURE + r"|"
    r"\b(?:were|was|being)\s+(?:freed|released|let\s+go|set\s+free|handed\s+over|welcomed\s+home|flown\s+home|sent\s+home)"
    r"(?:\s+(?:in|at|to)\s+(?-i:[A-Z])[\w-]+)?\s+(?:at\s+the\s+same\s+time|alongside\s+them|with\s+them)\b", _I
)


# The other state telling its own people back: "146 Russian servicemen had been returned from Ukrainian-controlled
# territory", "Russia received 110 people"
_RETURNED_FROM_CAPTIVITY = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+returned\s+from\s+(?:[\w-]+\s+){0,4}?(?:territory|captivity)\b|"
    + _STATE_RECEIVED + ROUGHLY + r"(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:"
    + _PEOPLE_NOUNS + r")\b", _I)


def _second_state_frees(sentence: str) -> bool:
    """ "Cuba also handed over a man who spied for the US, and the United States freed three Cuban agents": a state
    frees a figure of its own in the sentence's second clause."""
    return any(m.group("state") in country_aliases_cached() and _figures_in(sentence[m.end():])
               for m in _STATE_FREES_TOO.finditer(sentence))


def _whole_before_parts(sentence: str) -> str:
    """A sentence up to a colon that follows its figure: "let go 1,968 prisoners: some 250 serving long sentences and
    1,718 detained in Gaza" counts the whole once."""
    head, colon, _ = sentence.partition(":")
    return head if colon and _figures_in(head) else sentence


_BY_STATE_BEFORE_CUE = re.compile(
    r"\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?=\s+in\s+(?:return|exchange|turn)\b)", _I)


def _named_in_return(sentence: str) -> int:
    """How many people a sentence names one by one right after its release verb ("granted clemency to Efraín Antonio
    Campo Flores and Francisco Flores de Freitas, nephews of ..."); 0 when what follows is no list of names. A fugitive
    handed back to face justice is no one freed ("handed over A, who escaped house arrest in 2022")."""
    passive = _PASSIVE_IN_RETURN.search(_BY_STATE_BEFORE_CUE.sub("", sentence))
    if passive:  # "Iranian student Mahdieh Esfandiari was freed by France in return"
        return _people_listed(re.split(r"\b(?:that|said|says)\s+", passive.group("before"), flags=_I)[-1].strip())
    verb = _LATER_RELEASE.search(sentence)
    if verb is None:
        return 0
    rest = re.split(r",\s+(?-i:[a-z])|[;:]|\s+(?:who|which|after|for|in|on|from)\s", sentence[verb.end():], maxsplit=1)[0]
    fugitives = sum(1 for name in _people_in(rest) if (at := sentence.find(name, verb.end())) >= 0
                    and _FUGITIVE_AFTER.match(sentence, at + len(name)))
    return max(0, _people_listed(rest.strip().rstrip(".")) - fugitives)


def _in_return(story: str) -> list[str]:
    """The first sentence of the story's next paragraphs that opens with "In exchange," or "In return,": the other side of
    a swap told after the lede ("In exchange, Belgium handed over Assadollah Assadi")."""
    sentences = _sentences_of(" ".join(story.split("\n")[:4]))[:8]
    for sentence in sentences:
        if _IN_RETURN.search(sentence):
            return [_whole_before_parts(sentence)]
    # "Washington confirmed that Alexander Vinnik had been let go in return", "one person would be freed in return"
    return [sentence for sentence in sentences[1:6] if _RETURN_CUE.search(sentence) and (
        _PASSIVE_IN_RETURN.search(sentence) or _RETURN_VERB.search(sentence)) and not (
        _LATER_BACKGROUND.search(sentence) or _SEPARATE_EVENT.search(sentence) or _STILL_HELD.search(sentence)
        or _DEMAND.search(sentence) or _UNCONFIRMED.search(sentence))][:1]


# "It was not clear whether A would be released in return", "Officials denied that ...", "a diplomat would be sent home"
_UNCONFIRMED = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:clear|known|confirmed)|unclear|whether|den(?:y|ies|ied)|speculat\w*|rumou?r\w*|reportedly|"
    r"(?:refused|declined)\s+to\s+(?:say|confirm|comment)|no\s+(?:word|confirmation)|diplomats?|expel\w*|expulsions?)\b", _I)


def _freed_with(sentence: str, start: int, end: int, travelling: bool) -> list[str]:
    """The people named after "along with" or "alongside" up to the clause's end, one each; not an official travelling
    with the freed ("alongside envoy Steve Witkoff", "with Jean-Noel Barrot, France's foreign minister"), nor, after
    "flew home with", a relative ("with his mother Laila Soueif")."""
    stop = _WITH_ENDS.search(sentence, start, end)
    names = []
    for match in _NAME.finditer(sentence, start, stop.start() if stop else end):
        name = _clean_name(match.group(0))
        if not name:
            continue
        at = match.start() + match.group(0).find(name)
        role = _OFFICIAL_ROLE.search(sentence, max(start, at - 40), at)
        if (role and not _NOT_IN_OFFICE.search(sentence, max(0, role.start() - 40), role.start())) or _ROLE_AFTER.match(
                sentence, match.end()) or (travelling and (_RELATIVE_BEFORE.search(sentence, max(0, at - 40), at)
                                                          or _SERVING_CHIEF_AFTER.match(sentence, match.end()))):
            continue
        names.append(name)
    return names


# "flew home with James Clapper, the US director of national intelligence": an official in office on the flight
_SERVING_CHIEF_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+)?(?:director\s+of\s+(?:national|central)\s+intelligence|intelligence\s+chief|"
    r"(?:national\s+)?security\s+advis[eo]r)\b")
_TRAVELLING_WITH = re.compile(r"(?:flew|flown|came|returned)\s", _I)
_WITH_ENDS = re.compile(r",?\s+(?:while|whereas|but|who|which|after|before|as|when)\b", _I)


_TRADED_FOR = re.compile(r"\b(?:in\s+(?:exchange|return)|swapped|traded|exchanged)\s+for\s+", _I)
# "in exchange for testimony against Kem Sokha", "for a promise to ...": no person traded
_NO_PERSON_TRADED = re.compile(
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:testimony|evidence|information|intelligence|cooperation|promises?|"
    r"pledges?|assurances?|guarantees?|access|concessions?|help|assistance|money|cash|payments?|ransom|funds|oil|weapons|arms|"
    r"visits?|talks|recognition|pleas?|confessions?)\b"
    r"(?!\s+(?:dealer|trader|trafficker|smuggler|broker|merchant|expert|specialist|inspector|courier|officer)s?\b)",  # "arms dealer"
    _I)
_CLAUSES_OF_SIDES = re.compile(
    r",?\s+(?:and|but)\s+(?=(?:in\s+(?:return|exchange|turn),?\s+)?(?:the\s+)?(?-i:[A-Z]))|;|,\s+(?:while|whereas)\s+", _I)


def _other_side_part(sentence: str) -> str:
    """What a sentence that also tells the first side says of the other alone: "in exchange for B, ..." after "X freed A",
    or the clause cued "in return" ("X released A on Tuesday and Y freed B in return"); "" where it tells none."""
    traded = _TRADED_FOR.search(sentence)
    if traded and not (_recalls_or_plans(sentence) or _ANOTHER_DEAL.search(sentence)
                       or _MONEY_OR_GOODS.search(sentence, 0, traded.start())
                       or _NO_PERSON_TRADED.match(sentence, traded.end())):
        return sentence[traded.start():]  # not "Iranian assets were released in exchange for (the freed) A"
    if _RETURN_CUE.search(sentence) and not (_LATER_BACKGROUND.search(sentence) or _ANOTHER_DEAL.search(sentence)):
        return next((clause for clause in _CLAUSES_OF_SIDES.split(sentence) if _RETURN_CUE.search(clause)), "")
    return ""


def _named_in_lede_too(title: str, lede: Sequence[str], swap: bool) -> int:
    """How many people the lede names as freed in the same event beyond those the headline names."""
    # Names of people, not of employers ("Wall Street Journal reporter freed"): without one, the lede's name is most
    # likely the same person, and only a sentence that opens with the other side ("In exchange, ...") is read.
    clause = _release_clause(title)
    people = [n for n in _clause_names(clause, swap) if not _EMPLOYER_OF.match(title, title.find(n) + len(n))]
    singly = bool(_SINGLY.search(title) or _SINGLE_PERSON.search(title) or _one_person_freed(clause))
    if not people and singly:
        lede = [s for s in lede if _IN_RETURN.search(s) or (
            (_people_swapped_for(s) or _JOURNEY_OTHER_WAY.search(s)) and not _recalls_or_plans(s))] + [
            side for s in lede if not _IN_RETURN.search(s) and not _people_swapped_for(s) and (side := _other_side_part(s))]
    known = set(re.findall(r"\b(?-i:[A-Z])[\w'\u2019-]+", title))
    headline_names = [n for n in _all_names(title) if " " in n]
    # A headline that already counts both sides ("swap for convicted diplomat", "A frees X; B releases Y") is whole.
    # "Russia would in turn receive Vinnik", "As part of the deal, the United States freed Pavel Orlov"
    swap = swap or any(_RETURN_CUE.search(sentence) or _IN_RETURN.search(sentence) or _WENT_THE_OTHER_WAY.search(sentence)
                       for sentence in lede)
    other_side = swap and _FOR_OTHER_SIDE.search(title) is None and _two_release_clauses(title) is None
    extra: set[str] = set()
    for sentence in lede:
        names: list[str] = []
        for match in _ALSO_NAMED.finditer(sentence):
            if match.group("with") is not None:
                if _RELEASE_CONTEXT.search(sentence):
                    travelling = _TRAVELLING_WITH.match(match.group(0)) is not None
                    names += _freed_with(sentence, match.start("with"), match.end("with"), travelling)
                continue
            found = _all_names(match.group("before") or match.group("after"))
            if found and match.group("before") and _OFFICIAL_TRAVELLING.search(
                    match.group("before"), 0, max(0, match.group("before").rfind(found[-1]))) and _ON_BOARD.search(match.group(0)):
                continue  # "Foreign Office minister X was also on the flight home": an official travelling, not freed
            names += found[-1:] if match.group("before") else found[:1]
        for match in _KNOWN_AND_OTHER.finditer(sentence):
            if match.group("known") in known and not (match.group("arrived") and _COMPANION_ROLE.search(match.group("rest"))):
                # "Dai and fellow activist Le Thu Ha, ..., were released"; not the headline's "Noureddin Bongo" told in full
                names += [n for n in _all_names(match.group("rest")) if not any(
                    set(h.split()) <= set(n.split()) for h in headline_names)]
        if (role_and_other := _ROLE_AND_OTHER.match(sentence)) and len(headline_names) == 1:
            names += _all_names(role_and_other.group("rest"))[:1]
        for match in _FREED_AND_CO_ACCUSED.finditer(sentence):
            if match.group("known") in known:
                names += _all_names(match.group("rest"))  # "pardoned Mudawi Ibrahim Adam, ..., and his co-defendant Hafiz Idris"
        for match in _FREED_KNOWN_AND_OTHER.finditer(sentence):
            if match.group("known") in known:
                # "released Johan Floderus and dual national Saeed Azizi", not "Kenneth Bae and Matthew Todd Miller" again
                names += [n for n in _all_names(match.group("rest"))[:1] if not known.intersection(n.split())]
        if other_side:
            side_names: list[str] = []
            for match in _OTHER_SIDE_NAMED.finditer(sentence):
                # a list of names runs on over its commas: "sent home Gerardo Hernández, Ramón Labañino and Antonio Guerrero"
                listed = _list_after(sentence, match.start("after"))
                if _NO_ONE_LISTED.match(listed) or _VESSEL_NAMED.match(sentence, match.start("after")):
                    continue  # "in exchange for the remains of A", "for the Adrian Darya, the Iranian tanker"
                side = _AFTER_NAMES_END.split(listed, maxsplit=1)[0]
                side_names += [n for n in _all_names(side) if not any(parse_count(w.lower()) is not None for w in n.split())
                               # not "the Cuban Five", "the coffin of A", "a visit by envoy B"
                               and not _DEAD_OR_OFFICIAL_BEFORE.search(side, 0, max(0, side.find(n)))]
            names += side_names + _journey_other_way(sentence, title)
            for match in _ONE_HANDED_OVER.finditer(sentence):
                # "Cuba handed over a US intelligence agent": one person, unnamed ("also freed a ..." is _one_also_freed's,
                # "In return, ... released a Chinese national" _side_in_return's)
                if not (_NAME_FOLLOWS.match(sentence, match.end()) or _ALSO_FREED_ONE.search(sentence)
                        or _RETURN_CUE.search(sentence) or re.search(r"\balso\s+$", sentence[: match.start()], _I)):
                    extra.add(f"#{match.start()}")
            if _FOR_ONE_PERSON.search(sentence) and not side_names:
                extra.add("")  # "Reed was exchanged in Turkey for a Russian pilot": one person on the other side
            elif _RETURN_CUE.search(sentence):
                names += _side_in_return(sentence, extra, bool(people) or singly)
        for name in names:
            last = name.split()[-1]
            if " " in name and last not in known and name not in _ORGANISATIONS and name not in country_aliases_cached() and not (
                    (at := sentence.find(name)) >= 0 and _QUALIFIES_A_ROLE.match(sentence, at + len(name))):
                extra.add(last)
    return len(extra)


# "freed Los Angeles ballet dancer Ksenia Karelina": a place before a role and a name qualifies the role
_QUALIFIES_A_ROLE = re.compile(r"\s+(?:(?-i:[a-z])[\w-]+\s+){0,2}?(?:" + _ROLE + r")\s+(?-i:[A-Z])", _I)


# "Islamabad says it will release 360 in all" under a headline figure: the planned whole, not this release.
_PLANNED = re.compile(
    r"\b(?:will|would|plans?\s+to|planned|promis\w*|pledg\w*|is\s+to|are\s+to|expects?\s+to|intends?\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:free|release|hand\s+over|pardon|be\s+(?:freed|released|handed\s+over|pardoned|exchanged|swapped))\b|"
    # "The exchange is due to total 1,000 people on each side"
    r"\b(?:is|are|was|were)\s+(?:due|expected|set|scheduled)\s+to\s+(?:total|reach|number|involve)\b|"
    # "The Doha deal envisages up to 5,000 Taliban and 1,000 government prisoners being let go in all"
    r"\b(?:envisag\w*|foresee\w*|provides?\s+for)\b[^.;]{0,80}?\b(?:being|to\s+be)\s+(?:freed|released|let\s+go|exchanged)\b|"
    # "The agreement provides for the release of 480 prisoners in all"
    r"\b(?:envisag\w*|foresee\w*|provides?\s+for)\s+(?:the\s+)?(?:eventual\s+|gradual\s+)?(?:release|freeing|exchange|handover)\s+of\b", _I
)
# A lede sentence about some of the people already counted: "15 Saudis were among those flown", "Among those freed were
# ...", "33 of those returned were civilians".
_PART_OF_GROUP = re.compile(
    r"\b(?:were|was)\s+(?:also\s+)?among\s+(?:those|them)\b|^\W*among\s+(?:those|them)\b[^.;]{0,80}?\b(?:were|was)\s+(?:\d|(?:"
    + _NUMBER_WORD_RE + r")\b)|"
    # "The group, including two priests, was flown to Kyiv", "They included two priests": the people counted before
    r"^\W*(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:group|prisoners|detainees|hostages|captives|civilians|men|women|people),\s+"
    r"(?:including|among\s+them)\b|^\W*(?:they|those\s+freed)\s+includ(?:e|ed)\b|"
    # "The detainees released by Damascus, mostly civilians, included four Turks and a Ukrainian"
    r"^\W*(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|hostages|captives|people)\s+(?:freed|released|handed\s+over)\b"
    r"[^.;]{0,60}?\binclud(?:e|ed)\b|"
    # "Five of their commanders, among them Denys Prokopenko, were flown to Turkey": some of the people counted before
    r"^\W*(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+of\s+(?:their|these|those)\s", _I
)
# "20 of those returned were civilians": such a part, unless the sentence told its own figure first ("Israel released
# 1,968 Palestinians, 250 of them serving life").
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", _I)
_N_OF_THEM = re.compile(r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")" + _OF_THEM.pattern, _I)


# Releases before this one, told as background: "an amnesty law which had already led to hundreds of detainees leaving"
_ALREADY = re.compile(r"\b(?:already|previously|earlier\s+(?:this|that|in))\b", _I)
# A clause that says nobody was freed (on the other side): "No Russians were handed over in return".
_NONE_FREED = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?:no|none\s+of\s+the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:freed|released|handed\s+(?:over|back)|returned|exchanged|swapped|pardoned|let\s+go)\b", _I)


def _part_of_group(sentence: str) -> bool:
    part = _N_OF_THEM.search(sentence)
    return _PART_OF_GROUP.search(sentence) is not None or (
        part is not None and not any(at < part.start() for at, _ in _figure_positions(sentence)))

# A headline that tells one stage of a larger release: "first 20", "on the first day of", "as the swap is completed".
_STAGE = re.compile(r"\b(?:first|initial|final|last|next|stage|phase|batch|tranche|begins?|began|complet(?:es|ed))\b", _I)
# A stage told beside the deal's size; "the thirty-five-for-thirty-five swap is completed" is the whole swap done.
_STAGE_TOLD = re.compile(r"\b(?:first|initial|final|last|next|stage|phase|batch|tranche|begins?|began|more|day)\b", _I)
_WHOLE_PLAN = re.compile(r"\b(?:in\s+all|in\s+total|altogether|overall|eventually|batch\w*|stages?|phases?|"
                         r"when\s+(?:it\s+is\s+|fully\s+)?completed?|(?:the\s+)?(?:remaining|other)\s+(?:\d[\d,]*|(?:"
                         + _NUMBER_WORD_RE + r")\b))\b", _I)  # "The remaining 550 are to be released within two months"
# "over 300 freed since July": a running total, in a clause of its own too.
_RUNNING_TOTAL = re.compile(r"\b(?:freed|released|returned|exchanged|swapped|pardoned|let\s+go)\s+since\b", _I)
_EARLIER = r"(?:days|weeks|months|a\s+day|a\s+week|a\s+month)\s+(?:earlier|before)\b"
# A release told as done: "freed", "handed over", "set free".
_PAST_RELEASE = r"(?:freed|released|pardoned|exchanged|swapped|returned|handed\s+over|set\s+free)"
# "The release coincided with a wider exchange in which ...": another event's figure.
# "Since February 2022, more than 5,000 have been freed": a running total of many releases.
# A swap told by its year ("the US returned 5 in the 2023 swap", "in the August 2024 exchange"), or a running total since
# a year ("Russia has returned 4,552 in all since 2022"; not "released four servicemen held since 2020").
_DATED_EARLIER_PATTERN = (
    r"\bin\s+(?:the\s+|a\s+|an\s+)?(?:" + _MONTH_NAME + r"\s+)?(?:19|20)\d\d\s+(?:prisoner\s+)?(?:swap|exchange|deal)\b|"
    r"\bha(?:s|ve)\s+(?:now\s+)?" + _PAST_RELEASE + r"\s+(?:[\w,]+\s+){1,4}?since\s+(?:19|20)\d\d\b"
)
# "..., following 477 freed in October", "after the 477 were released in October": an earlier stage told by its month.
_EARLIER_STAGE_TAIL = re.compile(
    r",?\s+(?:following|after)\s+(?:the\s+)?(?:first\s+)?(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:were|was|had\s+been)\s+)?(?:freed|released|let\s+go|exchanged)\s+in\s+" + _MONTH_NAME + r"\b[^;,]*", _I)
_DATED_EARLIER = re.compile(_DATED_EARLIER_PATTERN, _I)
_SEPARATE_HANDOVER = re.compile(r"\b(?:separate|earlier|previous)\s+(?:\w+\s+)?(?:handover|hand-over)\b", _I)
_SEPARATE_EVENT = re.compile(
    r"\b(?:wider|separate|earlier|previous)\s+(?:\w+\s+)?(?:exchange|swap|release|deal)\b|"
    + _SEPARATE_HANDOVER.pattern + r"|^\W*since\b|\bunrelated\b|"
    # ("the last exchange under the Algiers agreement", "the last exchange of the war": the final one, this one)
    r"\blast\s+(?:\w+\s+)?(?:exchange|swap|release|deal)\b(?!\s+(?:under|of\s+the)\b)|"
    r"\b(?:earlier|previous|prior)\s+(?:stages|phases|rounds|batches|tranches)\b|"  # "The earlier stages, on Friday and ..."
    # a release made days earlier ("had released some 150 militants days earlier", "Days earlier, Israel freed 90"); not
    # the arrest of the people freed now ("Twelve activists, arrested a week earlier, were released")
    r"\b" + _PAST_RELEASE + r"\s+(?:[^\s.;,]+\s+){0,4}?" + _EARLIER
    + r"|(?:^\W*|;\s*|\b(?:and|but)\s+)" + _EARLIER + r"[^.;]{0,60}?\b" + _PAST_RELEASE + r"\b|" + _RUNNING_TOTAL.pattern + r"|"
    # an earlier stage told by its month: "477 were freed in October", "The first 477 were released in October"
    r"\b(?:were|was|had\s+been)\s+(?:freed|released|let\s+go|set\s+free|exchanged|handed\s+over)\s+in\s+" + _MONTH_NAME + r"\b|"
    + _DATED_EARLIER_PATTERN, _I
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "..., following exchanges of 390 and 307 people per side on Friday and Saturday": earlier stages told by their days.
_EARLIER_DAYS_CLAUSE = re.compile(
    r",?\s+(?:following|after)\s+(?:the\s+)?(?:exchanges?|swaps?|releases?|stages?|handovers?)\s+of\s+[^;.]*?\bon\s+" + _WEEKDAY
    + r"(?:\s+and\s+" + _WEEKDAY + r")?", _I)
# "Second phase of Shalit exchange: 550 prisoners head home" / "The first stage, on October 18, saw 477 prisoners freed"
_LATER_STAGE = re.compile(r"\b(?:second|third|final|last|remaining)\s+(?:stage|phase|batch|round|group|tranche|day)\b", _I)
_FIRST_STAGE = re.compile(r"\W*(?:the\s+)?first\s+(?:stage|phase|batch|round|group|tranche|\d[\d,]*|" + _NUMBER_WORD_RE + r")\b", _I)
# "completing an exchange whose first phase in October freed 477": an earlier stage, told in a clause of its own.
# ("completing the exchange in which 477 others were freed in October")
_EARLIER_PHASE_CLAUSE = re.compile(
    r"\s+whose\s+(?:first|earlier|previous|initial)\s+(?:phase|stage|round)\b[^.;]*|"
    r"\s+in\s+which\s+(?:the\s+)?(?:first\s+)?(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?(?:were|had\s+been)\s+"
    r"(?:freed|released|let\s+go)\s+in\s+" + _MONTH_NAME + r"\b[^.;]*", _I)
# "urged the junta to free more than 2,000 other political prisoners": a demand, whose figure nobody freed.
_DEMAND = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|demand(?:s|ed|ing)?|press(?:es|ed|ing)\s+(?:\w+\s+)?to|"
    r"appeal(?:ed|ing)?\s+(?:to|for))\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:to\s+)?(?:free|release|freeing|freedom)\b|"
    # "who had demanded 5,000 of their fighters in exchange for 1,000 government personnel"
    r"\b(?:demand(?:s|ed|ing)?|sought|seek(?:s|ing)?)\s+(?:the\s+release\s+of\s+)?(?:[\w'\u2019,-]+\s+){0,6}?in\s+(?:exchange|return)\s+for\b|"
    # terms of a deal still to be carried out: "foresees 33 hostages being freed over six weeks"
    r"\b(?:forese\w*|envisag\w*|envision\w*)\s+(?:[\w'\u2019,-]+\s+){0,6}?(?:being\s+)?(?:freed|released|exchanged|swapped)\b", _I
)
# A plea turned down counts no one: "The same bench rejected default bail pleas from eight co-accused", "eight others were
# denied it" (the clause alone: "Eleven activists were freed on bail; two others were denied it").
_PLEA_REFUSED = re.compile(
    r"\b(?:reject|den(?:y|ie)|refus|dismiss)\w*\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:bail|release)\s+(?:pleas?|petitions?|"
    r"applications?|requests?)|pleas?\s+for\s+(?:bail|release))\b|"
    r"\b(?:others|co-accused|co-defendants)\s+(?:were|was|have\s+been|had\s+been)\s+(?:denied|refused)\b", _I)
_PLEA_PARTS = re.compile(r"\s*(?:;|,\s+|\s+and\s+(?=(?:den|reject|refus|dismiss)))", _I)
_STILL_HELD = re.compile(
    r"\b(?:remain\w*|still)\s+(?:held|in\s+custody|detained|jailed|behind\s+bars|in\s+(?:jail|prison|captivity)|in\s+(?:the\s+)?hands\s+of|"
    r"aboard|on\s+board)\b", _I
)
_RELEASE_CONTEXT = re.compile(
    # "Fifty-two prisoners were driven to the Lithuanian border" (not migrants bused to a border)
    r"\b(?:(?:(?<=prisoners\s)|(?<=detainees\s)|(?<=inmates\s)|(?<=captives\s)|(?<=hostages\s))(?:were\s+)?(?:driven|taken|escorted|"
    r"bused|bussed)\s+to\s+the\s+(?:[\w-]+\s+)?border|"
    r"expel\w*|deport\w*|repatriat\w*|sends?|sent|flew|free\w*|releas\w*|(?<=court\s)discharg\w*|swap\w*|exchang\w*|trad(?:e|es|ed|ing)|return\w*|home|received|receives|"
    r"handed(?!\s+(?:[\w-]+\s+){0,2}?(?:jail|prison)\s+(?:terms?|sentences?))|hands|"
    r"hand\s+(?:over|back)|hand(?=\s+(?:[\w'\u2019-]+\s+){1,5}?to\s+(?-i:[A-Z]))|"
    r"pardon\w*|amnest\w*|reunit\w*|flown|walk\w*\s+(?:free|out)|set\s+free|back|clemency|commut\w*|left|leave|"
    r"let(?:s|ting)?|allow(?:s|ed|ing)?|transferr?\w*|brings?|brought|arriv\w*|lands?|landed|cross(?:es|ed)?|excarcelat\w*|"
    r"rescu\w*|benefit(?:ed|ted)|fl(?:y|ies)\s+(?:out|home|back)|flies|grant(?:s|ed)?\s+bail|"
    r"board(?:s|ed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:plane|flight|jet|aircraft|bus)|touch(?:es|ed)?\s+down|set(?:s)?\s+foot|"
    r"evacuated|" + _OTHER_WAY + r"|\d[\d,]*\s+for\s+\d|regain\w*\s+(?:their\s+|his\s+|her\s+)?freedom|pluck(?:s|ed)|"
    r"(?:on|onto|aboard)\s+a\s+(?:plane|flight|bus)|step(?:s|ped)?\s+off|opens?\s+the\s+border|reach(?:es|ed)?|"
    r"drop(?:s|ped)?\s+(?:all\s+)?charges\s+against|recover(?:s|ed)?)\b",
    _I,
)
# "Belarus and Lithuania exchanged six people": the people of both sides, counted together.
# "Kyiv and separatists swap about 200 prisoners": a headline's exchange of a figure, with no "for" another, is its total.
_SWAP_TOTAL = re.compile(
    r"\b(?:swap|swaps|exchange|exchanges|trade|trades)\s+" + ROUGHLY +
    r"(?:\d[\d,]*|(?:" + _NUMBER_WORD_RE + r")\b)\s+(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|POWs|captives|people|soldiers|fishermen|fishers|sailors|"
    r"civilians|servicemen|hostages|inmates|nationals|citizens|troops|fighters|spies)\b"
    r"(?!\s+(?:for|with)\b)", _I
)
# "Prisoner swap frees 26", "Two freed in Russia-US swap", "Iran, Sweden swap three prisoners": the headline's figure is
# the whole exchange, both sides.
_SWAP_WHOLE = re.compile(
    _SWAP_TOTAL.pattern + r"|\b(?:swap|exchange|trade|deal)\s+(?:frees|releases|brings\s+home|returns)\s+(?:(?:about|some|around|nearly|"
    r"more\s+than|over|at\s+least)\s+)?(?:\d[\d,]*|(?:" + _NUMBER_WORD_RE + r")\b)|"
    r"^\W*(?:\d[\d,]*|(?:" + _NUMBER_WORD_RE + r")\b)\s+(?:[\w-]+\s+){0,2}?(?:freed|released|exchanged|swapped)\s+(?:in|as|under|after)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:swap|exchange|trade|deal)\b", _I)
# "Frode Berg among five freed in spy swap": the headline's figure is the whole the lede then tells in parts.
_AMONG_FREED = re.compile(
    r"\b(?:among|one\s+of)\s+" + ROUGHLY + r"(?:\d[\d,]*|(?:" + _NUMBER_WORD_RE + r")\b)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:freed|released|exchanged|swapped|pardoned)\b(?![^;]*\bfor\b)", _I
)
_SWAPPED_FIGURE = re.compile(
    r"\b(?:exchanged|swapped|traded)\s+(?:a\s+total\s+of\s+)?(?:\d|(?:" + _NUMBER_WORD_RE + r")\b)|"
    r"\b(?:the|all)\s+(?:\d+|" + _NUMBER_WORD_RE + r")\s+(?:men|women|people|prisoners|detainees)\s+were\s+(?:swapped|exchanged|traded)\b",
    _I)  # ("The two men were swapped on the tarmac": both sides)
_EXCHANGE_TOTAL = re.compile(
    # (not "under last year's nuclear deal, hours after Iran freed four Americans": another deal, and another clause)
    # (nor "As part of the deal, Islamabad released 15": one side's part)
    r"\b(?<!\bin\s)(?<!nuclear\s)(?<!\bpart\sof\sthe\s)(?<!\bpart\sof\sthe\ssame\s)(?<!\bunder\sthe\s)"
    r"(?:exchange|swap|deal|trade)\b(?:(?!\b(?:hours|days|weeks|minutes|shortly|soon)\s+(?:after|before)\b)[^.;])*?"
    r"\b(?<!also\s)(?:freed|returned|involved|brought|saw|released|covered|changed\s+hands)\b",
    _I,
)
_IN_WHICH = re.compile(r"\bin\s+which\b", _I)
_EXCHANGED_WHOLE = re.compile(r"(?:^\W*|\b(?:with|as)\s+)(?:\d[\d,]*|" + _COMPOUND_NUMBER_WORD + r")\s+(?:[\w-]+\s+){0,2}?(?:"
                             + _PEOPLE_NOUNS + r")\b(?:\s+[\w-]+){0,5}?\s+(?:were\s+exchanged|chang(?:ed|ing|e)\s+(?:hands|planes|sides))\b", _I)


def _exchange_total(sentence: str) -> bool:
    """Whether the sentence counts an exchange whole ("The exchange freed 339 people"); not "A and B were released in a swap
    in which the US freed seven Iranians", whose figure is the other side's."""
    if _EXCHANGED_WHOLE.search(sentence):
        return True  # "Twenty-six people held in seven countries were exchanged in Ankara", "24 prisoners changing planes"
    total = _EXCHANGE_TOTAL.search(sentence)
    if total is None:
        return False
    which = _IN_WHICH.search(total.group(0))
    return which is None or not _side_of(sentence[total.start() + which.end():])


def _whole_told(sentence: str) -> bool:
    """Whether a sentence says its figure is a whole ("150 each", "339 in all"), not one side's total ("Russia and
    Belarus released 16 people in all")."""
    total = _EXPLICIT_TOTAL.search(sentence)
    if total is not None and total.group(0).lower() == "total" and _demonym_after(sentence, total.end() + 4):
        return False  # "A total of 103 Ukrainian soldiers returned home": one side's total
    return total is not None and _SIDE_IN_ALL.search(sentence) is None and _HELD_BY_ONE_SIDE.search(sentence) is None


_SIDE_IN_ALL = re.compile(
    r"^\W*(?-i:[A-Z])[\w-]+(?:\s+and\s+(?-i:[A-Z])[\w-]+)?\s+(?:released|freed|let\s+go|handed\s+over)\s+(?:[\w,-]+\s+){1,3}?in\s+all\b", _I
)
# "In all, 16 people held in Russia and Belarus were flown to Ankara": the whole of one side, held by one or two states (not
# "held in the United States and Russia were exchanged", the whole swap)
_HELD_BY_ONE_SIDE = re.compile(
    r"\b(?:in\s+all|altogether|in\s+total),?\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:held|jailed|imprisoned|detained)\s+(?:in|by)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?!exchanged|swapped|traded)", _I)
_EXPLICIT_TOTAL = re.compile(
    r"\b(?:total|in\s+all|altogether|all\s+told|each(?!\s+other\b)|apiece|[\d,]+-(?:person|people|man|prisoner|detainee|captive))\b|" + _N_FOR_N.pattern, _I
)
_UNNAMED_OTHER_SIDE = "other side of "
_ALSO = re.compile(
    # ("were also let go", not staff "let go from the force" or "let go by" an employer)
    r"\b(?:also\s+(?:freed|released|set\s+free|saw|returned|left|walked|handed\s+over)|(?<=were\s)also\s+let\s+go(?!\s+(?:from|by)\b)|alongside|(?:together|along)\s+with\s+(?:his|her|their)|"
    r"(?<=freed\s)with\s+(?:his|her|their)|(?<=released\s)with\s+(?:his|her|their)|(?<=rescued\s)with\s+(?:his|her|their)|in\s+return|later\s+(?:in\s+the\s+day|that\s+day)|hours\s+later)\b", _I
)


def _side_of(sentence: str) -> str:
    """Whose people a figure counts, when the text says it ("five Iranians", "90 Palestinian prisoners")."""
    for match in _count_spans(sentence):
        demonym = _demonym_after(sentence, match.end())
        if demonym:
            return demonym
        forces = _OF_ARMED_FORCES.match(sentence, match.end())
        if forces and (country := country_aliases_cached().get(forces.group("d") or forces.group("c") or "")):
            return country  # "150 prisoners of war of the Armed Forces of Ukraine"
        if _OF_ITS.match(sentence, match.end()) or _RECEIVED.search(sentence, max(0, match.start() - 40), match.start()):
            # "Moscow said 63 of its soldiers were freed", "Russia received 205": the state named before the figure.
            named = [country_aliases_cached()[m.group(0)] for m in country_pattern().finditer(sentence, 0, match.start())]
            if named:
                return named[-1]
    return ""


_OF_ARMED_FORCES = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}?of\s+(?:the\s+)?(?:(?P<d>(?-i:[A-Z])[\w-]+)\s+)?(?:armed\s+forces|army|military|navy)"
    r"(?:\s+of\s+(?P<c>(?-i:[A-Z])[\w-]+))?", _I)


def _demonym_after(sentence: str, at: int) -> str:
    """The country of a demonym within the three words after a figure ending at `at` ("90 Palestinian prisoners")."""
    after = _CLAUSE_BREAK.split(re.split(r"[;:,.]", sentence[at: at + 40], maxsplit=1)[0], maxsplit=1)[0].split()
    for word in after[:3]:
        if word in _PREPOSITIONS:
            break  # "17 detainees between Sanaa and Abha": a place, no side
        word = word.strip(",.;:'\u2019")
        base = word[:-1] if word.endswith("s") else word
        if word in country_aliases_cached() or base in country_aliases_cached():
            return country_aliases_cached().get(word) or country_aliases_cached().get(base) or ""
    return ""


_PREPOSITIONS = frozenset("between from in at on by for of with via through across after before amid during following under".split())  # not "to (Moscow)"


def _of_two_countries(sentence: str, starts: Sequence[int]) -> bool:
    """Whether the figures that start at `starts` count the people of two countries, each with its own demonym."""
    sides = [_demonym_after(sentence, match.end()) for match in _count_spans(sentence) if match.start() in starts]
    carried = any(_CARRIED_BEFORE.search(sentence, 0, start) for start in starts)  # "as Oman flies 150 Yemenis home"
    return len(sides) > 1 and all(sides) and len(set(sides)) > 1 and not carried


_CARRIED_BEFORE = re.compile(r"\b(?:fl(?:y|ies|ew)|carr(?:y|ies|ied)|airlift(?:s|ed)?|evacuat(?:es|ed))\s+$", _I)


# "among 95 Ukrainians", "in an amnesty of 6,000", "release of six hostages with handover of Sigifredo López": a whole the
# people named beside it belong to.
_WHOLE_GROUP = re.compile(r"\b(?:among|one\s+of|including|includ\w*|(?:amnesty|clemency|pardons?)\s+(?:of|for|to)\s+(?:\w+\s+)?\d|"
                          r"with\s+(?:the\s+)?(?:handover|release|freeing)\s+of)\b", _I)
_AMONG_BEFORE = re.compile(
    r"\b(?:among|(?:amnesty|clemency|pardons?|decree)\s+(?:that|which)\s+(?:covered|freed|released|included|benefited)|"
    r"in\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:amnesty|pardon|release)\s+(?:of|for))\s+$", _I  # "in pardon of 5,255 inmates"
)
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)
_AMONG_THEM_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?among\s+them\b", _I)
_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\b", _I)
_RECEIVED = re.compile(r"\b(?:received|receives|gets(?:\s+back)?|got(?:\s+back)?|brings\s+(?:home|back)|brought\s+(?:home|back))\s+$", _I)


_AMONG_THOSE = re.compile(r"\bamong\s+(?:those|the\s+(?:prisoners|captives|hostages|detainees))\s+(?:freed|released|exchanged|"
                          r"swapped|returned|pardoned|handed\s+over|flown\s+home)\b", _I)
_AMONG_THEM_ENDS = re.compile(r"\bamong\s+them\s*$", _I)  # "Five people handed over; Norwegian Frode Berg, ..., among them"


def _names_listed_with_figure(sentence: str, swap: bool) -> bool:
    """Whether the sentence's count adds the people it lists one by one before its figure."""
    listed, plain = _count_in(sentence, swap, named_lists=True)[0], _count_in(sentence, swap)[0]
    return listed is not None and plain is not None and listed > plain


_HEADLINE_ROLE = re.compile(r"\b" + _ROLE + r"\b(?!s)", _I)


def _named_beside(title: str, source: str, swap: bool) -> int:
    """People named in the headline in addition to its figure ("Jason Rezaian, three other Americans", "Alvarez
    freed ... with 18 clergy", "Moore-Gilbert freed in exchange for three Iranians"); 0 when the names are part
    of the counted group ("Butkevych among 95 Ukrainians")."""
    if _traded_names_in(source):
        return 0  # "released X in exchange for three Iranians": the sentence's count has X already
    if _AMONG_THOSE.search(title):
        return 0  # "Journalist Stanislav Aseyev among those freed as Kyiv and separatists exchange prisoners"
    if source != title and any(_HIM_AND.search(source, max(0, at - 60), at) and not _OTHER_AFTER.match(source, at)
                               for at, _ in _figure_positions(source)):
        return 0  # "charges against him and three co-accused": the headline's person is the "him" counted
    if source != title and _subject_along_with(source):
        named = [n for n in _all_names(title) if n not in _ORGANISATIONS and n not in country_aliases_cached()]
        role = None if named else _HEADLINE_ROLE.search(title)
        if (named and all(n.split()[-1] in source for n in named)) or (not named and (
                role is None or re.search(rf"\b{re.escape(role.group(0))}\b", _TOGETHER_WITH.split(source, maxsplit=1)[0], _I))):
            # "Mark Swidan ... is returning along with two other Americans": counted with the figure, as is a headline's
            # person told by role ("British engineer freed": "engineer Tom Lewes ... along with his two colleagues"; not
            # "driver Ousmane Traore ... along with two colleagues; the British engineer ... was freed hours later")
            return 0
    if source != title:
        anaphoric = _ANAPHORIC_COUNT.search(source)
        in_headline = _headline_people(title)
        told_again = anaphoric is not None and parse_count(anaphoric.group(0).split()[-1]) == in_headline
        if told_again and _figures_in(source)[:1] != [in_headline] and _side_of(source):
            # "Israel released 90 Palestinian prisoners, hours after the three Israeli women were handed over": the
            # headline's three told again beside another side's figure
            return in_headline
        if (anaphoric and (not _for_uncounted_group(title) or told_again)) or _AMONG_FIGURE.search(source):
            # "The two were exchanged", "She was among 30 prisoners freed": the people the headline named, counted by the figure
            return 0
        # Hostages named in the headline, a figure for the other side in the lede ("Israel freed 183 ... later"); with
        # none named there, the people the figure's sentence names before "were released in exchange for".
        if (swap or _ALSO.search(source) or _ALSO_FREED.search(source) or _OTHER_SIDE_CUE.search(source)
                or _second_state_frees(source) or _STATE_THEN_FREES.match(source)) and not _count_in(title)[1]:
            # the headline's people on the figure's side: those before its "for" ("A and B in swap for C")
            named = [n for n in _all_names(_FOR_OTHER_SIDE.split(title, maxsplit=1)[0]) if n not in _ORGANISATIONS]
            beside = _after_figure(source) + " ".join(m.group(0) for m in _named_and_others_all(source))
            if named and all(n.split()[-1] in source for n in named) and _names_listed_with_figure(source, swap):
                return 0  # "A, B and two Italians were freed, days after Mali released about 200": counted with the figure
            if named and all(n in beside or n.split()[-1] in beside for n in named):
                # "Taliban free Americans A and B in exchange for Afghan" / "released two US citizens, A and B, ...": the
                # figure counts the named; the headline's other side, one person, is added
                return _single_other_side(title)
            return (_headline_people(title) or _named_subject(source) or _other_side_named(source)
                    or int(_IN_RETURN.search(source) is not None and _SINGLY.search(title) is not None)
                    or _one_of_another_nation(title, source))
        freed_with = _FREED_WITH_FIGURE.search(source)
        if freed_with and not _count_in(title)[1] and not _subject_along_with(source):
            # "Robert Fowler ... and Louis Guay were handed over with two European women": the people named before
            return max(_headline_people(title), len(_clause_names(source[: freed_with.start()])))
        return 0
    if not (swap or re.search(r"\b(?:other|with|alongside|along\s+with|and\s+(?:\d+|[a-z]+)\s+(?:others?|more))\b", title, _I)
            or _NAMES_THEN_FIGURE.search(title)):
        return _people_beside_figure_clause(title)
    if _WHOLE_GROUP.search(title) or _named_and_others(title):
        return 0
    names = [n for n in _all_names(title) if n not in _ORGANISATIONS]
    other = re.search(r"\b(?:in\s+exchange\s+for|swap(?:ped)?\s+for|traded\s+for|for)\s+(?P<rest>.*)$", title, _I)
    if other and _count_in(other.group("rest"))[1] and not _count_in(title[: other.start()])[1]:
        # "Australian academic freed in exchange for three Iranians": one person for a counted side.
        head = title[: other.start()]
        if names or _SINGLY.search(head) or _SINGLE_PERSON.search(head) or _SINGLE_RETURNEE.match(head) or _surname_side(
                head) or _headline_people(head):
            # "frees Alan Gross and an intelligence agent in swap for three Cubans": the names and the singly told, and a
            # person named before the other side's figure ("in exchange for Anas Haqqani and two commanders")
            return max(1, len([n for n in names if n in head]) + len(_AND_ONE_ROLE.findall(head))) + sum(
                1 for m in _NAMES_THEN_FIGURE.finditer(other.group("rest"))
                if m.group(0).split()[0] not in country_aliases_cached() and m.group(0).split()[0] not in _PLACE_NAMES)
    if other and not _count_in(other.group("rest"))[1]:
        # the side ends where a clause or a captor begins: "for prisoners, a militant said", "held by a drug kingpin"
        rest = _SIDE_CLAUSE_END.split(other.group("rest"), maxsplit=1)[0]
        role = _SINGLY.search(rest) or re.match(r"(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?" + _ROLE + r"\b(?!s)", rest, _I)
        if role or _demonym_side(rest):
            in_side = sum(1 for n in names if n in rest)
            # "for jailed contractor Alan Gross" is one person, told by role and name
            return in_side if in_side and role and _NAME.match(rest, role.end() + 1) else 1 + in_side
    if _names_are_figure(title):
        return 0  # "China lets three Americans go; A, B and C on their way home": the figure's people, named
    return _headline_people(title)


# "A, B and C freed in fourth handover" / "Israel then released 183 Palestinian prisoners": the other side's state, after
_STATE_THEN_FREES = re.compile(
    r"\W*(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:then|later|afterwards)\s+(?:freed|released|let|handed|sent)\b", _I)
_ONE_PERSON_HEADLINE = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?P<dem>(?-i:[A-Z])[\w-]+)\s+(?:[\w-]+\s+)?(?:" + _ROLE + r"|man|woman)\b(?!s)", _I)


def _one_of_another_nation(title: str, source: str) -> int:
    """1 for a headline's one person of one nation beside a figure of another nation's people ("Israeli woman who crossed
    into Syria returns in swap" / "Israel freed two Syrian shepherds in exchange")."""
    one = _ONE_PERSON_HEADLINE.match(title)
    if one is None or not _nationality(one.group("dem")):
        return 0
    side = _side_of(source)
    return int(bool(side) and side != country_aliases_cached()[one.group("dem")])


_FREED_WITH_FIGURE = re.compile(
    r"\b(?:freed|released|handed\s+over|let\s+go|set\s+free|flown\s+out|walked\s+free)\s+with\s+"
    r"(?:the\s+|another\s+)?(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s", _I
)


def _after_figure(sentence: str) -> str:
    """The words right after a sentence's first figure, up to an exchange's other side: "two US citizens, Ryan Corbett
    and William McKenty," of "... in exchange for Khan Mohammad"."""
    starts = [at for at, _ in _figure_positions(sentence)]
    if not starts:
        return ""
    part = sentence[starts[0]: starts[0] + 160]
    return re.split(r"\b(?:for|exchange|return|swap)\b", part, maxsplit=1, flags=_I)[0]


def _other_side_of(text: str) -> str | None:
    """The words for the other side of an exchange the text tells, up to the end of that side ("freed in exchange for
    Alex Saab, ..." gives "Alex Saab"); None when it tells none."""
    match = _FOR_OTHER_SIDE.search(text)
    return None if match is None else _SIDE_END.split(text[match.end():], maxsplit=1)[0]


def _other_side_named(sentence: str) -> int:
    """People a sentence names as the other side of its figure: "Ten Americans were freed in exchange for Alex Saab"."""
    rest = _other_side_of(sentence)
    if rest is None:
        return 0
    return len([n for n in _all_names(rest) if n not in _ORGANISATIONS and n not in country_aliases_cached()])


def _single_other_side(title: str) -> int:
    """1 when the headline's other side of an exchange is one person identified singly ("in exchange for Afghan held in
    US"), else 0."""
    rest = _other_side_of(title)
    if rest is None:
        return 0
    if _figures_in(rest) or _VAGUE.search(rest) or _SIDE_PLURAL.search(rest):
        return 0
    return int(bool(_SINGLY.search(rest) or _SIDE_OF_ONE.search(rest) or _demonym_side(rest) or _surname_side(rest))) or (
        _other_side_named(title))


# Names between commas after a figure's noun: ", Kim Dong-chul, Kim Hak-song and Tony Kim,".
_APPOSITION_LIST = re.compile(r",\s+" + _A_NAME + r"(?:\s*,\s*" + _A_NAME + r")*\s+and\s+" + _A_NAME + r"\s*(?:,|$)")


def _names_are_figure(title: str) -> bool:
    """True when one headline clause gives a figure and another names exactly that many people, with no other side
    between them: the same people told twice."""
    clauses = [c for c in re.split(r"\s*[;:]\s*", title) if c]
    counted = [c for c in clauses if _figures_in(c)]
    if len(counted) != 1 or _FOR_OTHER_SIDE.search(title) or len(_figures_in(counted[0])) != 1:
        return False
    named = [len(_clause_names(c)) for c in clauses if c is not counted[0]]
    if named == [_figures_in(counted[0])[0]]:
        return True
    # one clause: "Three Americans freed by North Korea, Kim Dong-chul, Kim Hak-song and Tony Kim, arrive at Andrews"
    positions = _figure_positions(counted[0])
    after = counted[0][positions[0][0]:] if positions else ""
    listed = _APPOSITION_LIST.search(after)
    return listed is not None and len(_clause_names(listed.group(0))) == positions[0][1]


# "was among 146 Ukrainians exchanged": the person told is one of the figure.
_DEFINITE_FIGURE = re.compile(r"\W*(?:the|all|all\s+the)\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\b", _I)
# "... walked out of Insein prison among 6,520 inmates freed": the people told are of that whole.
_AMONG_A_FIGURE = r"(?:among|one\s+of)\s+(?:(?:the|some|about|around|nearly|more\s+than|over)\s+)?(?:\d[\d,]*|(?:" + _NUMBER_WORD_RE + r")\b)"
_AMONG_WHOLE = re.compile(r"\b" + _AMONG_A_FIGURE + r"(?:\s+[\w-]+){0,3}?\s+(?:freed|released|pardoned|amnestied|set\s+free)\b", _I)
_AMONG_FIGURE = re.compile(r"\b(?:was|were|is|are)\s+" + _AMONG_A_FIGURE, _I)
# "Pétronin freed after Bamako releases 200": a clause joined by "after" tells a release of its own.
_AFTER_CLAUSE = re.compile(
    r"\s+after\s+(?=(?-i:[A-Z]))|"
    # "Cuba frees Alan Gross and US sends home three Cuban agents": a second state's clause
    r"\s+and\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?\s+(?:frees|releases|sends|hands|returns|pardons|lets)\b)"
)
# A state freeing its figure as one side; not a pardon or amnesty, whose whole the people named beside it may be part of.
_STATE_FREES = re.compile(r"\b(?:frees|releases|sends|hands\s+(?:back|over)|(?:begins?|starts?)\s+(?:freeing|releasing))\b", _I)


# A state handing a person to the other side: "Kyiv hands politician X to Moscow", "sends X back to Tehran".
_HANDED_TO = re.compile(
    r"^\W*(?-i:[A-Z])[\w'\u2019-]+\s+(?:hands|sends|returns|transfers)\s+(?:over\s+|back\s+)?(?:[^,;:]{1,60}?)\s+to\s+(?-i:[A-Z])", _I
)


# "Pétronin and Cissé reach Bamako": the people arriving, freed.
_ARRIVAL = re.compile(r"\b(?:reach(?:es|ed)?|arriv(?:e|es|ed))\b", _I)


def _people_beside_figure_clause(title: str) -> int:
    """People a headline clause names without a figure beside the clause of a state freeing a figure of its own:
    "Gilad Shalit home as Israel frees 477 prisoners", "Pétronin freed after Bamako releases 200"; not "Butkevych among
    95 freed", nor "Khyliuk freed as 146 soldiers return" (a figure he may be part of)."""
    clauses = [c for part in _CLAUSE_BREAK.split(title) for c in _AFTER_CLAUSE.split(part)]
    if len(clauses) < 2 or _WHOLE_GROUP.search(title):
        return 0
    counted = [c for c in clauses if _figures_in(c)]
    if len(counted) != 1:
        return 0
    if not _STATE_FREES.search(counted[0]):
        # "215 fighters freed as Kyiv hands politician Viktor Medvedchuk to Moscow": the other side, handed by a state
        return sum(len(_clause_names(c)) for c in clauses if not _figures_in(c) and _HANDED_TO.search(c))
    return sum(len(_clause_names(c)) for c in clauses if not _figures_in(c) and (_RELEASE_WORD.search(c) or _ARRIVAL.search(c)))


def _for_uncounted_group(title: str) -> bool:
    """ "Bergdahl freed in exchange for Guantanamo detainees": the other side is a group the headline gives no figure."""
    rest = _other_side_of(title) or ""
    return _SIDE_PLURAL.search(rest) is not None and not _figures_in(rest)


def _named_subject(sentence: str) -> int:
    """People named as the subject of a passive release: "Kevin King and Timothy Weeks were released in exchange ..."."""
    verb = _PASSIVE_RELEASE_CLAUSE.search(sentence)
    if verb is None or _figures_in(sentence[: verb.start()]):
        return 0
    return len(_clause_names(sentence[: verb.start()]))


def _official_named(text: str, at: int) -> bool:
    """The name at `at` follows a role of office held now ("envoy", "minister"; not "former minister")."""
    return at > 0 and _OFFICIAL_ROLE_BEFORE.search(text, 0, at) is not None and _NOT_IN_OFFICE.search(text, 0, at) is None


def _headline_people(title: str) -> int:
    """People the headline names, or 1 for a lone surname after the release verb ("exchange freeing Tannenbaum") or
    opening the headline before a passive one ("Bergdahl handed to US special forces")."""
    names = [n for n in _all_names(_without_talks_with(title)) if n not in _ORGANISATIONS and n not in country_aliases_cached()
             and not _is_group_word(n.split()[-1])  # not "Biggest East-West" (prisoner swap)
             and n.split()[-1] != "Day"  # not "Implementation Day"
             and not _official_named(title, title.find(n))  # not "Trump envoy Richard Grenell returns with six Americans"
             and not _HOLIDAY_BEFORE.search(title, max(0, title.find(n) - 30), max(0, title.find(n)))]
    if not names:
        # (not beside a swap counted whole: "Gershkovich freed as Russia and West swap 24 prisoners")
        single = _SINGLE_NAME_OBJECT.search(title) or (_LONE_SURNAME_FREED.match(title) if not _SWAP_TOTAL.search(title) else None)
        if single and single.group(0).endswith("home") and not _FIGURE_OF_A_PEOPLE.search(title):
            single = None  # "Shalit home as 477 Palestinians cross" adds him; not "Whelan home as 24 freed in swap"
        return int(bool(single and single.group("n") not in country_aliases_cached()
                        and single.group("n") not in NOT_NAME_WORDS and _lone_surname(single.group("n"))
                        and parse_count(single.group("n").lower()) is None))
    return len(names)


# "after talks with envoy Tom Hale", "following a call with Macron": the people the freeing state dealt with.
_TALKS_WITH = re.compile(
    r"\b(?:talks|meeting|meetings|call|negotiations|contacts|mediation|visit|deal|agreement|consultations)\s+with\s+"
    r"(?:(?:the|special|foreign|deputy|prime|chief|top|envoy|minister|negotiator|mediator|president|senator|secretary|"
    r"ambassador|official|adviser|advisor|representative|director|(?-i:[A-Z])[\w'\u2019.-]*)\s+)*"  # "Trump envoy", "CIA chief"
    r"(?-i:[A-Z])[\w'\u2019.-]*", _I)


def _without_talks_with(text: str) -> str:
    """The text without the people the freeing state dealt with; a Title Case headline, whose every word is capitalised,
    is left as it is ("Deal With Belarus Frees Andrzej Poczobut")."""
    return text if in_title_case(text) else _TALKS_WITH.sub(" ", text)


_FIGURE_OF_A_PEOPLE = re.compile(r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?-i:[A-Z])[a-z]+(?:ans|ians|is|ese|s)\b", _I)
_LONE_SURNAME_FREED = re.compile(
    r"(?P<n>(?-i:[A-Z])[a-z][\w'\u2019-]+)\s+(?:is\s+)?(?:freed|released|handed\s+(?:over|to)|pardoned|set\s+free|walks\s+free|"
    r"(?:back\s+|returns\s+|flies\s+)?home(?!\s+with\b))\b"  # (not "Grenell flies home with six Americans")
    r"(?!:)"  # "Tikhanovsky freed: Belarus releases opposition figure and 13 others" tells him again
)


# "Arbel Yehud, Agam Berger, Gadi Moses and five Thai nationals": names listed before the figure, one each.
_NAMES_THEN_FIGURE = re.compile(r"(?-i:[A-Z])[\w'\u2019-]+\s+and\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s", _I)


def _demonym_side(side: str) -> bool:
    """One person told by a demonym near the side's start, then a participle or nothing: "for Afghan jailed in
    California", "for jailed Afghan"; not "for Tehran's frozen funds" or "for Omani mediation"."""
    match = _DEMONYM_PERSON.match(side)
    return match is not None and match.group("d") not in country_aliases_cached().values()


_DEMONYM_PERSON = re.compile(
    r"\s*(?:(?:an?|jailed|convicted|detained|imprisoned)\s+)?(?P<d>(?-i:[A-Z])[a-z]+(?:ian|an|i))"
    r"(?:\s*$|\s+(?:jailed|convicted|held|detained|imprisoned|serving|sentenced|man|woman|" + _ROLE + r")\b(?!s))"
)


# Clauses of one sentence that may each tell a side: "...; Israel frees 90", "... as Russia gets 90 back".
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|\s-\s|\u2014|\u2013|(?<!such)(?<!well),?\s+(?:as|while|whereas)\s+(?!(?:many|much|well|part|of|a\s+result|long|soon)\b)"
    r"(?!(?-i:[a-z]+ing)\s)|"  # (not "jailed while reporting on ...")
    # "China releases 37 British servicemen, Britain sends back 5": a comma before another state's own release verb
    r",(?=\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?:frees|releases|returns|sends\s+back|hands\s+(?:back|over))\s+(?:\d|" + _NUMBER_WORD_RE + r"))|"
    # "Six more hostages freed, but Israel delays release of 620 prisoners": a state's own clause after "but"
    r",\s+but\s+(?=(?-i:[A-Z])[\w'\u2019-]+\s+(?:delays|postpones|halts|holds\s+back|refuses)\b))\s*",
    _I,
)
# A clause's own release: not people only flown home ("Oman flies 240 Yemenis home" may not be a release).
_CLAUSE_RELEASE = re.compile(
    r"\b(?:free\w*|releas\w*|pardon\w*|amnest\w*|grant(?:s|ed)\s+clemency\s+to|swap\w*|exchang\w*|deport\w*|expel\w*|return\w*|back|leaves?|left|hand(?:s|ed)|gets|got|adds|"
    r"receiv\w*|held|captiv\w*|prison\w*|jail\w*|detain\w*|custody|walk\w*\s+(?:free|out)|"
    r"(?:is|are|was|were|come|comes|came|coming|go|goes|went|sent|sends|send)\s+home|out)\b", _I
)
# A sentence that gives the whole exchange itself: "'35 for 35'", "478 people in all", "a 24-person swap".
_WHOLE_TOLD = re.compile(
    r"\b(?:in\s+all|in\s+total|altogether|all\s+told|(?:a\s+)?total\s+of|"
    r"\d[\d,]*-(?:person|people|man|prisoner|detainee|captive))\b|" + _N_FOR_N.pattern, _I
)
# A clause of people who stay in custody: "as 10,000 languish in jails", "while 60,000 remain", "10 more are held".
_CLAUSE_STILL_HELD = re.compile(
    r"\b(?:languish\w*|remain(?:s|ed)?\b(?!\s+(?:free|at\s+large|in\s+hospital))|are\s+(?:still\s+)?(?:held|detained|jailed|behind\s+bars)|"
    r"(?:is|are)\s+still\s+in\s+(?:jail|prison|custody))", _I
)
# A clause of people newly jailed, sentenced or arrested: "Court jails 5 activists; 3 others freed".
_JAILS = re.compile(
    r"(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bserving\s)(?<!\bfrom\s)(?<!\bin\s)"  # a verb, not "its jails"
    r"\b(?:jails?|sentences?|arrests?|detains?|convicts?|imprisons?|indicts?)\s+(?=\d|(?:" + _NUMBER_WORD_RE + r")\b|(?-i:[A-Z]))", _I)
# A release not (yet) made: "Israel holds back release of 620 prisoners", "postpones", "refuses to free".
_HELD_BACK = re.compile(r"\b(?:holds?|held|holding)\s+back\b|\b(?:postpon\w*|halt\w*|refus\w*|delay(?:s|ing)|delayed\s+(?:the\s+)?(?:release|handover))\b", _I)
# A clause of a later batch: "30 more to be released next week".
_LATER_BATCH = re.compile(
    r"\b(?:more|another|further|others)\s+(?:[\w-]+\s+){0,2}?(?:(?:are|is)\s+)?(?:to|will|would|due\s+to|set\s+to)\s+be\s+"
    r"(?:freed|released|pardoned|handed\s+over)\b|\b(?:others|more)\s+(?:are\s+)?(?:to|will|expected\s+to)\s+follow\b", _I
)
# A clause that counts some of the people another counts: "seven already back", "including two minors".
_SUBSET = re.compile(r"\b(?:already|among\s+them|including)\b", _I)
# A figure told again for people already counted: "the 52", "all 115", "those 20".
_ANAPHORIC_FIGURE = re.compile(r"\b(?:the|these|those|all)\s+(?:\d[\d,]*|[a-z]+)\s+(?:were|are|freed|released|returned)\b", _I)
# A figure that points back at people already named: "the two men", "both", "all three".
_ANAPHORIC_COUNT = re.compile(r"\b(?:the|these|those|all|both)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:years?|months?|weeks?|days?|hours?|remaining|last)\b)", _I)
# An exchange story: the other side's figure or names are added to the first side's.
_SWAP_STORY = re.compile(
    r"\b(?:swap\w*|exchang\w*|in\s+return|trade[ds]?\s+(?:for|prisoners|detainees|captives|POWs)|for\s+(?:the\s+)?(?:release|freedom)\s+of|"
    r"in\s+turn\s+(?:freed|released|pardoned|handed\s+over)|in\s+a\s+deal\s+that\s+also|"
    # a sentence that opens on the cue and frees people: "In a reciprocal gesture, the army released two rebel fighters",
    # "Israel, for its part, released 90 Palestinian prisoners" (not "Last year, in a reciprocal gesture, ...", "released
    # footage of 40", "freed 12 people trapped under rubble")
    r"(?:^|(?<=[.;!?]\s))(?:(?-i:In)\s+" + _RECIPROCAL + r",?\s+(?:[\w'\u2019-]+\s+){1,3}?|"
    r"(?-i:[A-Z])[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3},\s+" + _ITS_PART + r",\s+)(?:also\s+)?"
    r"(?:freed|released|pardoned|handed\s+over)\s+" + ROUGHLY +
    r"(?:(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,2}?(?:" + _PEOPLE_NOUNS + r")\b"
    r"(?!\s+(?:trapped|from\s+(?:the\s+)?rubble|buried))|(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])[\w'\u2019-]+)|"
    r"also\s+(?:freed|released|saw)|(?:go|goes|went)\s+the\s+other\s+way|"
    r"(?:receives|gets\s+back|brings\s+home)\s+[^;.]{1,80}?,\s+(?:hands\s+over|returns|sends\s+back))\b",
    _I,
)
# Others who were not freed: "while others are still inside", "hundreds of others vanished".
_NOT_FREED_OTHERS = re.compile(
    r"\bothers\s+(?:(?:are|were|remain\w*)\s+(?:still\b|held|in\s+(?:jail|prison|custody|captivity)|inside|behind|detained|jailed|missing)|"
    r"still|vanished|disappeared|died|went\s+missing)\b", _I)
# The text says others were freed too without a figure for them: the count is unknown.
_OTHERS_TOO = re.compile(
    # (not a group the person was jailed with: "He was among 13 opposition figures jailed for their roles in the protests")
    # (nor a superlative that describes the person: "was among the longest-imprisoned journalists in the world")
    r"\b(?:among\s+(?:those|the(?!\s+(?:first|last|few|earliest|only)\s+to\b)(?!\s+(?:longest|most|world['\u2019]s|best-known)\b"
    r"(?![^.;]{0,60}?\b(?:freed|released|let\s+go|pardoned)\b))|a|\d+(?!\s+(?:[\w-]+\s+){0,3}?(?:jailed|sentenced|"
    r"arrested|convicted|detained|charged|tried|prosecuted|indicted)\b)|[a-z]+\s+(?:freed|released|let\s+out|let\s+go|pardoned|set\s+free|handed\s+over|exchanged|swapped))|(?<!commission\s)(?<!delegation\s)(?<!committee\s)(?<!mission\s)(?<!team\s)including|(?<!\bif\s)(?<!\bhope\s)(?<!\bhopes\s)(?<!inciting\s)(?<!urging\s)(?<!helping\s)(?<!encouraging\s)others|"
    r"and\s+other\s+(?:\w+\s+)?(?:prisoners|detainees|hostages|activists|journalists|dissidents|Americans|nationals|"
    r"citizens|captives|people|figures|foreigners|members)|"
    r"part\s+of\s+a\s+group|largest\s+(?:swap|exchange)|mass\s+(?:amnesty|pardons?|releases?)|group\s+of|dozens|hundreds|thousands|several|"
    r"a\s+number\s+of|scores\s+of|"
    # "freed along with other hostages", "released with fellow hostages", "Father X and parishioners ... were freed" (not "held
    # with other prisoners", "went on hunger strike with fellow detainees", "and parishioners gathered at his church")
    r"(?:(?:along|together)\s+with|(?<=freed\s)with|(?<=released\s)with)\s+(?:other|fellow)\s+(?:[\w-]+\s+)?(?:hostages|"
    r"captives|prisoners|detainees|inmates|abductees|passengers|worshippers|parishioners)|"
    r"and\s+(?:(?:his|her|their)\s+)?(?:parishioners|congregants|worshippers|members\s+of\s+(?:his|her|their)\s+"
    r"(?:congregation|church|parish|crew))(?=[^.;]*?\b(?:were|have\s+been|had\s+been)\s+(?:[\w-]+\s+){0,3}?(?:freed|released|"
    r"let\s+go|set\s+free)))\b",
    _I,
)
# "... Alan Gross and an intelligence agent": one more person told singly after "and".
_AND_ONE_ROLE = re.compile(r"\band\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?" + _ROLE + r"\b(?!s)", _I)
_SINGLY = re.compile(
    r"\b(?:a|an|one|the|its)\s+(?:[\w-]+\s+){0,2}?" + _ROLE + r"\b(?!s)|"
    r"\b(?:" + _FREE_VERB_FORMS + r"|release|deports|deported|expels|expelled|lets|hand(?:s|ed)?|trades|swaps|exchanges)\s+"
    r"(?:(?:back|over)\s+)?(?:[\w'\u2019-]+\s+){0,2}?" + _ROLE + r"\b(?!s)",
    _I,
)
# "Cuba also freed a US intelligence agent jailed for 20 years": one more person, told singly.
_ONE_FREED = (
    r"(?:freed|released|handed\s+over|let\s+go|sent\s+home|returned|pardoned)\s+(?:a|an|one)\s+"
    r"(?:(?!(?:of|from|about|with|by|showing)\b)[\w-]+\s+){0,3}?"  # not "also released a photo of the man"
    r"(?:" + _ROLE + r"|asset|man|woman)\b(?!s|'s|\u2019s)(?![^.;]*?,\s+(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))"
)
_ALSO_FREED_ONE = re.compile(r"\balso\s+" + _ONE_FREED, _I)
# One more told after the headline, unnamed: "A Turkish tour guide held with them was also released", "His Syrian driver
# was also freed", "(A) was freed together with his Chechen interpreter" (not "his lawyer, Davron Saidov, ... was also
# freed": a name, counted as one)
_COMPANION = r"(?:" + _ROLE + r"|interpreter|driver|fixer|guide|bodyguard|colleague|cameraman|photographer)"
_COMPANION_FREED_TOO = re.compile(
    r"(?:^\s*|[;,]\s+|\.\s+)(?:a|an|his|her|their)\s+(?:(?-i:[A-Z])[\w-]+\s+|(?-i:[a-z])[\w-]+\s+){0,2}?(?P<role>" + _COMPANION
    + r")\s+"
    r"(?:(?:held|detained|seized|kidnapped|abducted|taken)\s+with\s+(?:him|her|them)\s+)?(?:was|had\s+been|has\s+been)\s+also\s+"
    r"(?:freed|released|let\s+go)\b|"
    r"\b(?:freed|released|let\s+go)\s+(?:together|along)\s+with\s+(?:his|her|their)\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?P<with>" + _COMPANION
    + r")\b(?!s)(?!,?\s+(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))", _I)
# "In a linked exchange, Cuba freed a US intelligence agent ..., and the United States sent home three Cuban agents": a
# state's one person, told singly in the clause before another state's figure.
_STATE_FREED_ONE = re.compile(r"\b(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?\s+" + _ONE_FREED, _I)
# "Danish aid worker home after 14 months in captivity": one person identified by role, as the headline's subject.
_SINGLE_RETURNEE = re.compile(
    r"(?:[\w'\u2019-]+\s+){0,3}?" + _ROLE + r"\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+){0,3}?"
    r"(?:freed|released|walks\s+(?:free|out)|home|back|returns|flies|lands|arrives|handed|touch(?:es)?\s+down|reaches|out\s+of|"
    r"cross(?:es)?|granted\s+bail)\b", _I
)
# Where the names after a verb end: "welcomed home Austin Tice at Andrews Air Force Base".
_AFTER_NAMES_END = re.compile(r"\s(?:at|in|on|to|from|with|after|before|via|who|which|whose|back)\s", _I)
# A name that employs the person after it ("Wall Street Journal reporter"), not the person's own.
_EMPLOYER_OF = re.compile(r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+)?" + _ROLE + r"\b", _I)
# "55 Russians and pro-Kremlin politician Viktor Medvedchuk": one more person, named after a role.
_AND_NAMED_ONE = re.compile(
    _PLURAL_AND + r"(?:[\w'-]+\s+){0,2}?" + _ROLE + r"\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])|"
    # "55 Russians and pro-Russian fighters, as well as Viktor Medvedchuk, a ...", "55 prisoners and Viktor Medvedchuk."; not
    # one of the figure ("including two journalists and X"), nor a mediator ("thanks to Emirati mediators and Sheikh X")
    r"\s+(?:(?!including\b|among\b)[\w'-]+\s+){0,4}?(?!(?:mediators|officials|ministers|diplomats|envoys|negotiators|"
    r"delegates|representatives|authorities|leaders)\b)[\w'-]+(?:s|men|people|personnel),?\s+(?:and|plus|as\s+well\s+as)\s+"
    r"(?!(?:Sheikh|President|Prince|King|Emir|Minister|Secretary|General|Pope|Cardinal|Archbishop)\b)"
    r"(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[\w'\u2019-]+(?=\s*(?:[,.;:)]|$))", _I
)
_FAMILY = r"(?:father|mother|son|daughter|wife|husband|brother|sister)"
_OFFICE = r"(?:premier|president|minister|governor|mayor|senator|speaker|ambassador|consul|prince|emir|chief)"
_ROLE_PAIR = re.compile(
    r"\b" + _FAMILY + r"\s+and\s+(?:(?:his|her|their)\s+)?" + _FAMILY + r"\b(?!s)|"
    # two people told singly: "a Briton and a Swede", "Dane and Pole"
    r"\b(?:(?:a|an)\s+)?" + _ROLE + r"\s+and\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+)?" + _ROLE + r"\b(?!s)|"
    # two office holders: "junta frees ousted premier and interim president"
    r"\b(?:" + _ROLE + r"|" + _OFFICE + r")\s+and\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?" + _OFFICE + r"\b(?!s)", _I
)
# One person and another of theirs, freed: "Kidnapped former senator and his driver freed" (not "and his family", "his men")
_ONE_AND_ANOTHER_FREED = re.compile(
    r"(?-i:\b[a-z][a-z-]{2,}(?<!s))\s+and\s+(?:his|her)\s+(?P<other>(?-i:[a-z][a-z-]{2,}(?<!s)))\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:freed|released|rescued|set\s+free|let\s+go|walk\s+free)\b", _I
)
_SINGLE_PERSON = re.compile(
    r"\b(?:journalist|reporter|activist|dissident|hostage|prisoner|academic|scholar|researcher|engineer|pilot|"
    r"aid\s+worker|businessman|businesswoman|teacher|student|tourist|diplomat|officer|soldier|lawyer|blogger|spy|agent|citizen|"
    r"hacker|national|resident|contractor|missionary|pastor|priest|nun|executive)\b(?!s)|"
    # "American freed by Venezuela": a headline whose subject is one person told by nationality
    r"^\W*(?:" + _SINGULAR_DEMONYMS + r"|(?-i:[A-Z])[a-z]+(?:an|ian|i|ese))\s+(?:freed|released|pardoned|handed\s+over|set\s+free|"
    r"walks\s+free)\b",
    _I,
)
# One side of an exchange, one person told by any role: "Former Marine freed ... in exchange for convicted Russian pilot".
_SIDE_OF_ONE = re.compile(r"\b(?:" + _ROLE + r"|aid\s+worker|man|woman)\b(?!s)", _I)
_SINGLE_NAME_OBJECT = re.compile(
    r"\b(?:frees|freed|freeing|releases|released|pardons|pardoned|hand(?:s|ed)?(?:\s+(?:back|over))?|bail\s+to|"
    r"(?<=\w\s)(?<!walk\s)(?<!set\s)(?<!to\s)(?:free|release))\s+"
    r"(?P<n>(?:(?:De|Da|Del|Di|Du|Dos|Van|Von|Bin|El|Al)\s+)?[A-Z][a-z\u00e0-\u017f'\u2019-]{3,})(?<!-)\b"
    r"(?!\s+(?:" + _PEOPLE_NOUNS + r")\b)"  # "82 freed Chibok girls": a place before the people freed
)
_LET_NAME_GO = re.compile(r"\blet(?:s|ting)?\s+(?P<n>[A-Z][a-z\u00e0-\u017f'\u2019-]{3,})\s+(?:go|walk|out)\b")
# "frees 'Hotel Rwanda' hero Rusesabagina after ...", "pardons jailed TV boss Gvaramia": a lone surname ending the
# object after a description of the person; not a name after a preposition ("frees jailed activist after call with
# Macron"), which is no part of the description.
_NOT_DESCRIPTION = r"(?!(?:after|with|by|at|in|on|from|to|for|following|during|ahead|before|over|as|amid|under|and)\s)"
_DESCRIBED_SURNAME_OBJECT = re.compile(
    r"\b(?:frees|releases|pardons|hands\s+back|hands\s+over)\s+(?:" + _NOT_DESCRIPTION + r"[\w'\u2019-]+\s+){0,4}?"
    + _NOT_DESCRIPTION + r"(?-i:[a-z])[\w-]*\s+"
    r"(?P<n>(?-i:[A-Z])[a-z\u00e0-\u017f'\u2019-]{3,})(?=\s*$|\s*[,;:]|\s+(?:after|in|from|on|at|as|over|with)\b)"
)


# "Jailed former Mongolian president Enkhbayar walks free": a lone surname after a description, as the subject.
_DESCRIBED_SURNAME_SUBJECT = re.compile(
    r"^(?:[\w'\u2019-]+\s+){0,4}?" + _NOT_DESCRIPTION + r"(?-i:[a-z])[\w-]*(?<!s)\s+"
    r"(?P<n>(?-i:[A-Z])[a-z\u00e0-\u017f'\u2019-]{3,})\s+"
    r"(?:walks?\s+(?:free|out)|(?:is\s+)?(?:freed|released|pardoned)|leaves\s+(?:prison|jail)|"
    r"granted\s+(?:(?:provisional|conditional|early)\s+)?(?:release|bail))\b"
)


def _lone_name_freed(title: str) -> re.Match[str] | None:
    """A headline's one name freed without a first name: "frees Kozulin", "pardons jailed TV boss Gvaramia", "former
    president Enkhbayar walks free", "lets Salas go"."""
    return (_SINGLE_NAME_OBJECT.search(title) or _DESCRIBED_SURNAME_OBJECT.search(title)
            or _DESCRIBED_SURNAME_SUBJECT.search(title) or _LET_NAME_GO.search(title))


def _plural_group(word: str) -> bool:
    """A capitalised word naming a people in the plural ("Europeans", "Britons"), not a surname."""
    stem = word[:-1]
    return word.endswith("s") and (stem in NOT_NAME_WORDS or _is_group_word(stem) or word in country_aliases_cached())


def _figures_in(sentence: str) -> list[int]:
    """Every figure of people in a sentence."""
    return [value for _, value in _figure_positions(sentence)]


@lru_cache(maxsize=256)
def _figure_positions(sentence: str) -> tuple[tuple[int, int], ...]:
    """Every figure of people in a sentence with where its number starts, in order; read once per sentence (the rules
    ask again for the same sentences)."""
    out = [(match.start("num"), value) for match, n, value, counts, _ in _count_matches(sentence) if counts]
    taken = {start for start, _ in out}
    return tuple(sorted(out + [(start, value) for start, value in _bare_figures(sentence) if start not in taken]))


# "Iran frees French couple", "a British couple", a headline's "Couple freed": two people (not "a couple of days", "the couple's son", "children of a
# couple", nor "the couple", who are the people a story has already named; "a couple and one other" is _GROUP_AND's).
_COUPLE = re.compile(
    r"(?<!\bof\s)(?:\b(?P<before>a|an|(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?)\s+|^)(?:(?:elderly|married|retired|young|missionary)\s+)?"
    r"(?P<num>couple)\b(?!\s+(?:of|and|days|weeks|months|years|hours|times)\b)(?!['\u2019]s\b)"
    # not a couple still held or tried: "as French couple await trial"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:awaits?|faces?|remains?|still|arrested|charged|sentenced|on\s+trial)\b)", _I)


def _couples(sentence: str) -> list[int]:
    """Where each freed couple's word stands: after "a" or "an", or a demonym, as the object of a release verb ("Iran frees
    French couple") or the subject of one ("British couple freed by Taliban"); not a couple who campaigned, travelled or
    were kidnapped with the freed, nor one "among those freed", nor a Title Case headline's "As Couple"."""
    if _AMONG_THOSE.search(sentence):
        return []
    aliases = country_aliases_cached()
    return [m.start("num") for m in _COUPLE.finditer(sentence)
            if ((m.group("before") is None and _COUPLE_OPENS.match(sentence, m.end())) or m.group("before") and (
                    m.group("before").lower() in {"a", "an"}
                or all(part in aliases for part in m.group("before").split("-"))))
            and not _OF_A.search(sentence, max(0, m.start() - 24), m.start())  # "the son of a British couple"
            and (_FREES_COUPLE.search(sentence, max(0, m.start() - 30), m.start()) or _COUPLE_FREED_AFTER.match(sentence, m.end()))]


# A headline that opens "Couple ...": the couple are the freed only when a release or their captivity follows at once.
_COUPLE_OPENS = re.compile(r"\s+(?:kidnapped|abducted|seized|held|detained|jailed|freed|released|pardoned|walks?\s+free|"
                           r"set\s+free|(?:is|are|were|was)\s+(?:freed|released|free))\b", _I)
_OF_A = re.compile(r"\bof\s+(?:(?:a|an|the)\s+)?(?:(?-i:[a-z])[\w-]*\s+)?$", _I)
_FREES_COUPLE = re.compile(r"\b(?:" + _FREE_VERB_FORMS + r"|free|release|hands?\s+over|handed\s+over)\s+(?:an?\s+|the\s+)?"
                           r"(?:(?-i:[a-z])[\w-]*\s+){0,2}$", _I)  # "releases jailed French couple"
_COUPLE_FREED_AFTER = re.compile(
    r"\s+(?:kidnapped|abducted|seized|held|detained|jailed)\b[^,;]{0,50}?\b(?:freed|released)\b|"  # "Couple kidnapped in 2012 freed"
    r"\s+(?:[\w-]+\s+){0,2}?(?:freed|released|pardoned|walks?\s+free|walked\s+free|set\s+free|(?:is|are|were|was)\s+(?:freed|released|free)|"
    r"leaves?|left|returns?|returned|home|back|lands?|landed|reach(?:es|ed)?|arrives?|arrived)\b", _I)


@lru_cache(maxsize=256)
def _count_spans(sentence: str) -> tuple[re.Match[str], ...]:
    """Every _COUNT match in a sentence, read once (a long sentence is costly to scan)."""
    return tuple(_COUNT.finditer(sentence))


@lru_cache(maxsize=256)
def _count_matches(sentence: str) -> tuple[tuple[re.Match[str], int, int, bool, bool], ...]:
    """The figures _COUNT finds in a sentence, read once: (match, its number, the number times its multiplier, whether
    the number counts people, whether the multiplied number does)."""
    out = []
    met = _MET_BEFORE_START.search(sentence) is not None
    for match in _count_spans(sentence):
        multiplier = MULTIPLIERS[match.group("mult").strip().lower()] if match.group("mult") else 1
        decimal = multiplier > 1 and _DECIMAL.fullmatch(match.group("num")) is not None  # "1.2 thousand"
        n = round(float(match.group("num")) * multiplier) if decimal else parse_count(match.group("num"))
        if n is None:
            continue
        value = n if decimal else n * multiplier
        fraction = _FRACTION_OF.search(sentence, max(0, match.start() - 40), match.start())
        if fraction and not _SHARE_DESCRIBED.match(sentence, match.end()):
            share, whole = _FRACTIONS[" ".join(fraction.group("f").lower().replace("-", " ").split())]
            if value % whole == 0:
                value = value * share // whole  # "free half of 30 schoolchildren": fifteen
        # "the France 24 correspondent", "a Channel 4 reporter": a name's number before one person's role counts no one
        counts = not _no_head_count(sentence, match, n, met) and not (n > 1 and (
            _ONE_ROLE_AFTER.match(sentence, match.end()) or _channel_crew(sentence, match.start()))) and not (
            _VOTERS_AFTER.match(sentence, match.end())) and not (
            # an official's entourage counts only as a release's object or subject: "frees Santos Kingsman and two aides",
            # "11 aides also released"; not "met by Ambassador A and two aides", "an attack that killed two bodyguards"
            _ENTOURAGE_AFTER.match(sentence, match.end()) and (
                not _RELEASED_AFTER.match(sentence, match.end()) or _DEMANDING_AFTER.match(sentence, match.end()))
            and not _FREED_JUST_BEFORE.search(sentence, max(0, match.start() - 80), match.start())
            and not _FOR_THEM_BEFORE.search(sentence, max(0, match.start() - 40), match.start()))
        out.append((match, n, value, counts, counts if value == n else not _no_head_count(sentence, match, value, met)))
    return tuple(out)


# "in exchange for six militants' relatives": the other side of a swap
_FOR_THEM_BEFORE = re.compile(r"\b(?:in\s+(?:exchange|return)|swapped|traded|exchanged)\s+for\s+(?:[\w'\u2019-]+\s+){0,2}?$", _I)
_ENTOURAGE_AFTER = re.compile(  # (not "A and five other generals", of the freed's own kind)
    r"\s+(?!other\b)(?:(?!(?:whose|who|of|and|with)\b)[\w'\u2019-]+\s+){0,2}?(?:" + _ENTOURAGE + r")\b", _I)
_RELEASED_AFTER = re.compile(  # (not another's release: "12 legislators had raised his case before he was released")
    r"\s+(?:(?!(?:he|she|as|while|when|where|until|because|said|says|announced|told|mother|father|son|daughter|sister|"
    r"brother|wife|husband)\b)(?!that\s+(?!(?:were|was|had\s+been|have\s+been)\b))[\w'\u2019-]+\s+){0,12}?"
    r"(?:freed|released|pardoned|let\s+go|set\s+free|walked\s+free|(?:were|was|been)\s+handed\s+over|"
    r"walked\s+out\s+of\s+(?:[\w-]+\s+){0,2}?(?:prison|jail|detention|custody|captivity))\b"
    r"(?!\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:earlier|previous|past|prior|last)\b)", _I)  # "four mayors freed in earlier swaps"
# "60 lawmakers demanding that he be released", "30 lawmakers called for": people asking for a release
_DEMANDING_AFTER = re.compile(
    r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:demand\w*|call\w*|urg\w*|appeal\w*|press\w*|ask\w*|seek\w*|lobb\w*)\s+(?:that|for|to)\b", _I)
# "as 110 deputies vote for an amnesty law": people who vote or back a measure, not the freed.
_VOTERS_AFTER = re.compile(
    r"\s+(?:(?!(?:before|after|to|ahead|of|in|for)\b)[\w-]+\s+){0,2}?(?:vote|votes|voted|voting)\s+(?:for|against|on|to)\b", _I)
# "France 3 journalists Ghesquiere and Taponier", "Channel 4 reporters": a channel's number before its staff.
_CHANNEL_CREW = re.compile(r"\d+\s+(?:journalists|reporters|correspondents|crew|cameramen|staff)\b", _I)
_CHANNEL_NAME_BEFORE = re.compile(r"\b(?-i:Channel|France|Canal|Rai|Antena|Antenne|Sky|Kanal|Radio|TV|Rustavi|Ren)\s+$")


def _channel_crew(sentence: str, at: int) -> bool:
    return bool(_CHANNEL_CREW.match(sentence, at) and _CHANNEL_NAME_BEFORE.search(sentence, max(0, at - 30), at))
_ONE_ROLE_AFTER = re.compile(r"\s+(?!(?:(?-i:[A-Z])[\w-]+\s+){1,4}(?:" + _PEOPLE_NOUNS + r")\b)"  # not "five National Front consultants"
                             + _ROLE + r"\b(?!s)(?!-)(?!\s+(?:[\w-]+\s+)?(?:" + _PEOPLE_NOUNS + r")\b)"
                             r"(?!\s+(?!(?:was|has|is|says|as|his|its|this|thus|plus|across|towards)\b)[a-z]+s\b)", _I)


_FRACTIONS = {"half": (1, 2), "a third": (1, 3), "one third": (1, 3), "a quarter": (1, 4), "one quarter": (1, 4),
              "two thirds": (2, 3), "three quarters": (3, 4)}
# "Kidnappers free half of 30 schoolchildren", "About half of the 80 kidnapped pupils freed": a share of a whole, after a
# release verb or opening the sentence (not a share that describes the freed: "Two-thirds of the 1,968 freed were Gazans").
_FRACTION_OF = re.compile(
    r"(?:\b(?:" + _FREE_VERB_FORMS + r"|release|set\s+free|sets\s+free|let\s+go|lets\s+go)\s+|^\W*)(?:only\s+|about\s+|nearly\s+|some\s+)?"
    r"(?P<f>half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|two[\s-]thirds|three[\s-]quarters)\s+of\s+(?:the\s+)?$", _I)
_SHARE_DESCRIBED = re.compile(r"[^,;]{0,60}?\b(?:freed|released)\b[^,;]{0,40}?\b(?:were|are)\s+(?!freed|released|set|let|handed)", _I)
_DECIMAL = re.compile(r"\d+\.\d+")  # only before "thousand" or "million" (_COUNT): "1.2 thousand" is 1,200


def _is_year(value: int) -> bool:
    return 1900 <= value <= 2100


def _written_as_year(match: re.Match[str], value: int) -> bool:
    """A figure in the years' range written without a thousands comma ("2021", not "2,021")."""
    return _is_year(value) and match.group("num").isdigit()


# "Houthis free Sea Star 7 and its 22 crew": the number of a ship's name, before the people it carried.
_NAME_BEFORE_NUMBER = re.compile(r"(?<=\w\s)(?-i:[A-Z])[\w-]+\s+$")
_ITS_PEOPLE_AFTER = re.compile(  # not "Sitra 9 and their two lawyers", "Israel Frees 90 And Its Army Begins ..."
    r"\s+(?:and|with)\s+(?:its|her)\s+(?:[\w-]+\s+){0,2}?(?:crew|sailors|seafarers|seamen|passengers)\b", _I)


# A figure of people a demand is for ("call for freeing of remaining 59 hostages", "seeks release of 180 others") or of an
# earlier release recalled beside the new one ("After freeing 60 in March", "adding to 45 freed last month").
_DEMANDED_OR_RECALLED_BEFORE = re.compile(
    r"\b(?:(?:call(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\s+(?:the\s+)?"
    r"(?:freeing|release|freedom)\s+(?:of|for)|adding\s+to)\s+"
    r"(?:the\s+|some\s+|about\s+)?(?:remaining\s+|other\s+)?$", _I)
# "Israel holds up release of 620 prisoners": a release put off, not made (a past "delayed the release of 110" may have gone
# ahead hours later; "postponed the release of 620" had not, unless the sentence goes on to free them)
_PUT_OFF_BEFORE = re.compile(
    r"\b(?:(?:(?:holds?|held)\s+(?:up|back)|delays|postpones?|postponed|suspends?|suspended|halts?|halted|freezes|froze|blocks?|"
    r"blocked)\s+(?:the\s+)?(?:planned\s+|promised\s+|scheduled\s+|expected\s+)?(?:release|freeing|handover)\s+of|"
    r"(?<!\bthe\s)delayed\s+(?:the\s+)?(?:planned|promised|scheduled|expected)\s+(?:release|freeing|handover)\s+of|"
    r"\bbut\s+(?:[\w'-]+\s+){1,3}?delayed\s+(?:the\s+)?(?:release|freeing|handover)\s+of)\s+(?:the\s+|some\s+|about\s+)?$", _I)
_FREED_IN_THE_END = re.compile(
    r"[^.]*?\b(?:then|later|eventually|finally|resum\w+|(?<!\bbe\s)(?:freed|released|returned|handed|flown|walked)|"
    r"frees|releases|drove|flew)\b", _I)


def _asked_or_put_off(sentence: str, at: int, end: int) -> bool:
    """Whether the figure at `at` (ending at `end`) is of people a release was asked for or put off for ("urged the release
    of 2,000", "Israel holds up release of 620 prisoners"), not of people freed."""
    # (a put-off release beside no other release is the one the story tells of: "Israel postponed the release of 600
    # prisoners on Saturday" / "The prisoners were freed on Wednesday night"; "suspended the release of 110 ..., saying the
    # list of 3 hostages due on Saturday was incomplete")
    put_off = _PUT_OFF_BEFORE.search(sentence, max(0, at - 60), at)
    return bool(_DEMANDED_OR_RECALLED_BEFORE.search(sentence, max(0, at - 50), at) or (
        put_off and not _FREED_IN_THE_END.match(sentence, end)
        and _FREES_BEFORE.search(sentence[: put_off.start()] + " " + sentence[end:]) is not None))
# "After freeing 60 in March, junta frees another 120": an earlier release, when a time says so (not "After freeing 60
# prisoners on Monday, the Taliban said ...", the release reported).
_AFTER_FREEING_BEFORE = re.compile(r"\bafter\s+(?:freeing|releasing|pardoning)\s+" + ROUGHLY + r"$", _I)
# "two days after the guerrillas separately released three police officers": another, earlier release, told as such; not
# the other side of the same deal ("Ukraine separately released 103 Russian troops in return") nor a group freed beside
# the others ("and Islamic Jihad separately released five Thai nationals").
_SEPARATELY_FREED_BEFORE = re.compile(
    r"\bafter\s+(?:[\w'\u2019-]+\s+){0,3}?separately\s+(?:freed|released|let\s+go|pardoned|handed\s+over)\s+" + ROUGHLY + r"$",
    _I)
_EARLIER_TIME_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:in\s+(?:" + _MONTH_NAME + r"|(?:19|20)\d\d)|last\s+(?:week|month|year)|earlier\s+(?:this|that)\s+\w+)\b", _I)
# "leaving 15 detainees at the prison", "still holding 11 Lebanese": people the release leaves held.
_STILL_HELD_BEFORE = re.compile(
    r"\b(?:leaving|leaves|keep|keeping|keeps|still\s+hold(?:s|ing)?|continu(?:es|ed|ing)\s+to\s+hold)\s+"
    r"(?:only\s+|just\s+|about\s+|some\s+|at\s+least\s+|another\s+)?$", _I)
# People taken off a sanctions list are not freed: "Treasury removes 3 Venezuelan generals from blacklist".
_OFF_A_LIST_BEFORE = re.compile(r"\b(?:removes?|removed|delists?|delisted|unfreezes?|unfroze)\s+$", _I)
_OFF_A_LIST_AFTER = re.compile(  # not "frees 3 hostages from agreed list"
    r"\s+(?:[\w'-]+\s+){0,3}?from\s+(?:its\s+|the\s+|a\s+|US\s+|EU\s+)?(?:blacklist|sanctions?\s+list)\b", _I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|all)\s+$", _I)
_FREED_EARLIER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:freed|released|pardoned)\s+in\s+(?:an?\s+|the\s+)?(?:earlier|previous)\s+"
    r"(?:round|batch|stage|phase|wave|swaps?|exchanges?)\b", _I)


def _no_head_count(sentence: str, match: re.Match[str], value: int, met: bool = True) -> bool:
    """A number that counts no freed people: a year, a date ("March 28"), the remains of the dead, relatives waiting,
    people doing something else ("30 scholars signed a petition"). Without `met` the sentence tells no meeting."""
    return _written_as_year(match, value) or bool(
        _DATE_BESIDE.search(sentence, max(0, match.start() - 12), match.start()) or _DATE_AFTER.match(sentence, match.end("num"))
        or _REMAINS_OF.search(sentence, max(0, match.start() - 16), match.start()) or _THE_DEAD_AFTER.match(sentence, match.end("num"))
        or _kin_not_freed(sentence, match)
        or (_CHILDREN.match(sentence, match.end("num")) and _FAMILY_WAITING.search(sentence, max(0, match.start() - 12), match.start()))
        or _OTHERS_ACTING.match(sentence, match.end("num"))
        or (_AFTER_JUST_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
            and _OTHERS_VISITING.match(sentence, match.end("num")))
        or ((_ONLOOKERS_AFTER.match(sentence, match.end("num")) or _AT_THE_RELEASE.match(sentence, match.end("num")))
            and not _DEFINITE_BEFORE.search(sentence, max(0, match.start() - 8), match.start()))
        or (_CARGO_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) and _CARGO_AFTER.match(sentence, match.end("num")))
        or _SIDES_NOUN.match(sentence, match.end("num"))
        or _CHILDREN_WATCHING.match(sentence, match.end("num"))
        or (_STAGE_NUMBER_BEFORE.search(sentence, max(0, match.start() - 10), match.start())
            and _STAGE_NUMBER_END.match(sentence, match.end("num")))
        or (met and _MET_BEFORE.search(sentence, max(0, match.start() - 80), match.start()))
        or _CLOCK_BEFORE.search(sentence, max(0, match.start() - 3), match.start())
        or _WHOLE_AFTER_PART.search(sentence, max(0, match.start() - 24), match.start())
        or _BATCH_OF.search(sentence, max(0, match.start() - 40), match.start())
        or (_NAME_BEFORE_NUMBER.search(sentence, max(0, match.start() - 30), match.start()) is not None
            and _ITS_PEOPLE_AFTER.match(sentence, match.end("num")) is not None)
        or _asked_or_put_off(sentence, match.start(), match.end())
        or (_AFTER_FREEING_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
            and _EARLIER_TIME_AFTER.match(sentence, match.end("num")))
        or _SEPARATELY_FREED_BEFORE.search(sentence, max(0, match.start() - 70), match.start())
        or (_FREED_EARLIER_AFTER.match(sentence, match.end("num"))  # not the headline's group told back: "The nine ..."
            and not _DEFINITE_BEFORE.search(sentence, max(0, match.start() - 8), match.start()))
        or _OFF_A_LIST_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
        or _OFF_A_LIST_AFTER.match(sentence, match.end("num"))
        or _STILL_HELD_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        or _ONLOOKERS_BEFORE.search(sentence, max(0, match.start() - 60), match.start())
        or _ONE_OF_A_GROUP.search(sentence, max(0, match.start() - 40), match.start())
        or _KILLING_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        or _AGE_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
        or _TRIAL_OF_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        or _EVACUATED_AFTER.match(sentence, match.end("num"))
        or _KILLED_AFTER.match(sentence, match.end("num"))  # "in which 22 security personnel were killed"
        or _DEAD_RIGHT_AFTER.match(sentence, match.end("num"))
        or _AMONG_THE_DEAD_BEFORE.search(sentence, max(0, match.start() - 80), match.start())
        or (_LIST_OF_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
            and _HELD_NOT_FREED_AFTER.match(sentence, match.end("num")))
        or (_TO_REVIEW_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
            and not _FREED_LATER_IN_CLAUSE.match(sentence, match.end("num")))
        or (_ONE_OF_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
            and _HELD_NOT_FREED_AFTER.match(sentence, match.end("num")))
        or _SANCTIONED_FIGURE.search(sentence, max(0, match.start() - 40), match.start())
        # "more than a thousand others are still being screened"
        or _still_held_after(sentence, match.end("num"))
        or (_ELIDED_AFTER.match(sentence, match.end("num")) and _DURATION_BEFORE.search(sentence, max(0, match.start() - 90), match.start()))
        or (_CHARGES_DROPPED_AGAINST.search(sentence, max(0, match.start() - 50), match.start())
            and not _HELD_AFTER_FIGURE.match(sentence, match.end("num"))))


def _still_held_after(sentence: str, end: int) -> bool:
    """Whether the figure ending at `end` is of people still held ("more than 1,150 others are still behind bars") or, told
    as others, still being screened ("more than a thousand others are still being screened"); not "All 20 living hostages
    still held in Gaza were handed to the Red Cross", nor "12 others who are still being screened" (the freed, checked)."""
    still = _UP_TO_STILL.match(sentence, end)
    if still is None:
        return False
    held = _STILL_HELD.match(sentence, still.end())
    if held is None and _OTHERS_WORD.search(still.group(0)) and not _WHO_WORD.search(still.group(0)):
        held = _STILL_SCREENED.match(sentence, still.end())
    return held is not None and not _HANDED_OVER_LATER_IN_CLAUSE.match(sentence, held.end())


def _kin_not_freed(sentence: str, match: re.Match[str]) -> bool:
    """A figure of someone's family that the release does not take in: "her two daughters waited", "reunites with her
    parents and two sisters" (not "a mother and her two sons", "frees two sisters of", kin whose own release follows,
    unless still held)."""
    before = max(0, match.start() - 40)
    if not (_FAMILY_NOUN.match(sentence, match.end("num")) or (
            _KIN_NOUN.match(sentence, match.end("num")) and _KIN_OF_BEFORE.search(sentence, before, match.start()))):
        return False
    freed = _FAMILY_FREED.search(sentence, before, match.start()) or _RELEASED_AFTER.match(sentence, match.end())
    return not freed or _KIN_STILL_HELD.match(sentence, match.end("num")) is not None


# "only four coffins were handed over", "the two hostages' bodies": the dead, not the freed.
_THE_DEAD_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+)?(?:coffins|caskets|bodies|corpses)\b", _I)
# "last of five captives", "lone survivor of 12 kidnapped deputies", "the best-known of 75 dissidents jailed": the group
# the one freed person belonged to.
_ONE_OF_A_GROUP = re.compile(
    r"\b(?:first|last|lone|sole|only|best[\s-]known|most\s+prominent)\s+(?:survivor\s+|remaining\s+|one\s+)?of\s+(?:the\s+)?$", _I
)
# "Sigifredo López, last of six hostages handed over", "X, lone survivor of the kidnapping": one person of a group.
_LAST_OF_A_GROUP = re.compile(
    r"(?:,\s+|(?<=[a-z])\s+)(?:the\s+)?(?:last|lone|sole|only)\s+(?:survivor\s+|remaining\s+|one\s+)?(?:of|from)\s", _I
)
# "some 7,000 militants and refugees were bussed to Idlib": an evacuation, not a release.
_EVACUATED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:militants|refugees|residents|evacuees|families|civilians|displaced)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:were|was|are|being|to\s+be)\s+(?:bus+ed|evacuated|relocated|displaced|resettled)\b", _I)
# "acquitted in a mass trial of 494 people": the accused, not the freed.
_TRIAL_OF_BEFORE = re.compile(r"\b(?:trial|prosecution|indictment)\s+of\s+" + ROUGHLY + r"$", _I)
# An age: "kidnapped by IS at 11", "aged 17", "at the age of 12"
_AGE_BEFORE = re.compile(
    r"\b(?:aged|at\s+the\s+age\s+of|(?:kidnapped|abducted|seized|taken|captured|enslaved|arrested|jailed)\s+(?:[\w-]+\s+){0,3}?at)\s+$", _I)
# "militants attacked a care home, killing 16 people": the dead, not the freed.
_KILLING_BEFORE = re.compile(
    r"\b(?:(?:killing|killed|kills|wounding|wounded|injuring|injured)(?:\s+of)?|(?:shooting|shot)\s+dead|deaths\s+of|murders?\s+of|mourns|buries)\s+"
    r"(?:the\s+)?"
    + ROUGHLY + r"$|\bsince\s+$", _I
)  # "serving 60 years for the killing of seven police officers"; "the first freed since six were flown out in January"
_KILLED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|had\s+been)\s+(?:killed|shot\s+dead|wounded|injured)|died|"
    # a headline's "six soldiers killed in rescue" (not "gunmen killed two guards")
    r"(?<=\s)killed(?!\s+(?:\d|an?\b|the\b|his\b|her\b|their\b|its\b|(?:" + _NUMBER_WORD_RE + r")\b))|"
    # "the two men he killed" (not "prisoners who killed Israelis", "medics who shot footage")
    r"(?:he|she|they)\s+(?:had\s+)?(?:killed|murdered|shot\s+dead))", _I)
# "11 dead and 3,000 evacuated in Taiwan" (not "90 soldiers long thought dead")
_DEAD_RIGHT_AFTER = re.compile(r"\s+(?:dead(?:\s+and\b|\s*[,;.]|$)|evacuated\b)", _I)
# "gunmen stormed a care home, killing 16 people, including four nuns": the dead again.
_AMONG_THE_DEAD_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|injuring|(?:shooting|shot)\s+dead)\s+" + ROUGHLY +
    r"(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+(?:including|among\s+them)\s+$", _I)
# "lists showing 266 Indians and 62 Pakistanis held", "a panel to review the cases of 350 prisoners": people listed as still
# held, or whose cases are to be weighed, not freed (not "a list of 200 prisoners to be freed", "after reviewing the cases of
# 40 detainees").
_LIST_OF_BEFORE = re.compile(
    r"\blists?\s+(?:showing|of|naming|with)\s+" + ROUGHLY +
    r"(?:\d[\d,]*\s+[\w-]+\s+(?:and|,)\s+)?$", _I)
_FREED_LATER_IN_CLAUSE = re.compile(r"[^,;.]*\b(?:free|freed|release|released|pardon|pardoned)\b", _I)
_HANDED_OVER_LATER_IN_CLAUSE = re.compile(r"[^,;.]*\b(?:freed|released|pardoned|handed|returned|let\s+go|set\s+free)\b", _I)
_TO_REVIEW_BEFORE = re.compile(
    r"\bto\s+(?:review|re-?examine|examine|consider)\s+(?:the\s+)?cases?\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|"
    r"more\s+than\s+)?$", _I)
# "he is one of at least 12 artists jailed since the unrest": the group the freed person belonged to, still held (not "one
# of 41 people jailed over the protests who were released this week").
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+|the\s+)?$", _I)
_OTHERS_WORD = re.compile(r"\b(?:others|more)\b", _I)
_WHO_WORD = re.compile(r"\b(?:who|which|that)\b", _I)  # "12 others who are still being screened": the freed, being checked
_STILL_SCREENED = re.compile(r"\b(?:remain\w*|still)\s+(?:being\s+)?(?:screened|vetted|interrogated|questioned)\b|\bstill\s+undergoing\s+screening\b", _I)
_UP_TO_STILL = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:are|were|is|was)\s+)?(?=(?:remain\w*|still)\s)", _I)
_HELD_NOT_FREED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:detained|jailed|held|imprisoned|arrested|behind\s+bars)\b"
    r"(?![^,;.]*\b(?:freed|released|pardoned|set\s+free|let\s+go|walked\s+free)\b)", _I)
_LAST_ONE_NAMED = re.compile(
    r"(?<!including\s)(?<!among\s)\blast\s+(?:[\w-]+\s+){0,3}?(?:hostage|captive|prisoner|detainee)\s+(?-i:[A-Z])[\w'\u2019-]+\s+"
    r"(?-i:[A-Z])[\w'\u2019-]+"
)
# "... last hostage Mark Frerichs in swap for Bashir Noorzai", "... along with two colleagues": others freed beside him.
_WITH_OTHERS_AFTER = re.compile(r"\b(?:and|with|along|alongside|swap\w*|exchang\w*|for|plus)\b", _I)
# "ending six years of detention for Zaghari-Ratcliffe and nearly five for Ashoori": the second figure is a duration too.
_ELIDED_AFTER = re.compile(r"\s+(?:for|in)\s+(?-i:[A-Z])|\s*(?:[,;.]|$)")
_DURATION_BEFORE = re.compile(
    r"\b(?:\d+|" + _NUMBER_WORD_RE + r")(?:\s+and\s+a\s+half)?\s+(?:years?|months?|weeks?|days?)\s+(?:of|in|behind)\b", _I
)
# "blacklists 11 over Iran missile programme", "sanctions 12 officials": people sanctioned, not freed.
_SANCTIONED_FIGURE = re.compile(
    r"\b(?:blacklist(?:s|ed)?|sanction(?:s|ed)|designat(?:es|ed)|adds|added|targets|targeted)\s+(?:another\s+|a\s+further\s+)?$", _I
)
_HELD_AFTER_FIGURE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:detained|jailed|held|imprisoned|arrested)\b", _I)
# "dropped charges against 14 others who are outside the country": people never held ("pardoned or dropped charges
# against seven Iranians" are the freed).
_CHARGES_DROPPED_AGAINST = re.compile(
    r"\b(?<!\bor\s)(?:dropp\w*|drops|dismiss\w*|withdr[ae]w\w*|abandon\w*)\s+(?:[\w-]+\s+){0,4}?(?:charges|claims|cases|indictments|"
    r"warrants|proceedings|extradition\s+requests)\s+(?:against|for)\s+(?:some\s+|another\s+|a\s+further\s+)?$", _I
)


# The second figure is an item of a list that names the first's people: "five hostages on Sunday, a German, two French".
# "19 clergymen - bishops A and B, 15 priests and two seminarians - had been released": the parts, figures among them,
# between two dashes right after the whole.
_PARTS_BETWEEN_DASHES = re.compile(
    r"(?:\d|\b(?:" + _NUMBER_WORD_RE + r")\b)[^\u2014\u2013]{0,40}?(?:\u2014|\u2013|\s-\s)[^\u2014\u2013]*?"
    r"(?:\d|\b(?:" + _NUMBER_WORD_RE + r")\b)[^\u2014\u2013]*?(?:\u2014|\u2013|\s-\s)", _I)
_LISTED_PART = re.compile(r"(?:[,:]|\s[\u2014\u2013-])\s*(?:(?:a|an|one)\s+[\w-]+,\s*)*$", _I)


def _adds_other_side(between: str, swap: bool) -> bool:
    """Whether a sentence's second figure, after the text between it and the first, is another side of the release: right
    after the first ("20 hostages and 1,968 prisoners"), or in a swap after a clause ("..., and Israel released 1,968"),
    but not an item of a list of the first's people nor, outside a swap, people freed at another time."""
    return "," not in between or (swap and not _LISTED_PART.search(between)) or any(
        match.group("state") in country_aliases_cached()
        for match in (*_STATE_FREES_TOO.finditer(between), *_STATE_ALSO_FREES.finditer(between)))


# "..., while the United States granted clemency to five Iranians": a second state freeing people of its own.
_ALSO_SAW = re.compile(r"\b(?:which|that)\s+also\s+(?:saw|freed|released|included\s+the\s+release\s+of)\b", _I)
# "... in a deal under which Caracas also freed 20 Venezuelans": a state's further release in the same deal.
_STATE_ALSO_FREES = re.compile(
    r"\b(?P<state>(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)\s+also\s+(?:freed|released|pardoned|handed\s+over|sent\s+home)\s+$"
)
_STATE_FREES_TOO = re.compile(
    r",\s+(?:while|whereas|and)\s+(?:the\s+)?(?P<state>(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)\s+(?:\w+\s+){0,2}?"
    r"(?:freed|released|pardoned|granted\s+clemency|handed\s+(?:over|back)|returned|sent\s+(?:home|back))\b"
)


def _between_first_figures(sentence: str) -> str:
    """The text between a sentence's first two figures of people ("" with fewer)."""
    starts = [start for start, _ in _figure_positions(sentence)]
    return sentence[starts[0]: starts[1]] if len(starts) > 1 else ""


# "The four crossed into Lithuania", "The group of ten landed": a definite figure of the people told before, as the
# subject of their journey.
_DEFINITE_GROUP = re.compile(
    r"\b(?:the|all|these|those)\s+(?:group\s+of\s+)?(?P<num>\d{1,3}|" + _COMPOUND_NUMBER_WORD + r")\s+"
    r"(?=(?:crossed|landed|arrived|flew|left|walked|returned|boarded|reached|touched\s+down|disembarked|stepped|came|"
    r"went|headed)\b)", _I
)


# "Ten Russian agents traded for four at Vienna airport": the other side's bare figure.
_SWAPPED_FOR_FIGURE = re.compile(
    r"\b(?:traded|swapped|exchanged)\s+for\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + _NUMBER_WORD_RE + r")"
    r"(?=\s+(?:at|in|on|after|as|from|under|amid|following|today|yesterday)\b|\s*[,;.]|\s*$)", _I
)


_NOT_A_VERB_OF_WORDS = frozenset({"first", "last", "final", "among", "adds", "added"})


# "Taliban released 12 deminers", "freed 11 Cameroonian pharmacists": a figure right after a release verb, of people the
# word lists lack
_FREED_BY_ENDING = re.compile(
    r"\b(?:free|frees|freed|freeing|releases?|released|releasing|pardon(?:s|ed)?|hand(?:s|ed)?\s+over|let\s+go\s+(?:of\s+)?)\s+"
    + ROUGHLY +
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?(?!(?:" + _PEOPLE_NOUNS + r")\b)"
    + PEOPLE_BY_ENDING + r"\b", _I)


@lru_cache(maxsize=256)
def _bare_figures(sentence: str) -> tuple[tuple[int, int], ...]:
    """Figures right after a release verb ("frees 90 after delay", "Moscow gets 195"), told for a second state with
    the verb left out ("Ukraine brings back 277, Russia 261"), as the other side of a swap ("traded for four"), by a
    definite group ("The four crossed") or as a couple: (position, value), read once per sentence."""
    found = []
    for match in _BARE_FIGURE.finditer(sentence):
        if not match.group("num")[0].isdigit() and match.group("verb").lower() in _NOT_A_VERB_OF_WORDS:
            continue  # "first seven, then thirteen": the order of a handover, not a figure after a release verb
        value = figure(match.group("num")) or parse_count(match.group("num").lower())
        at = match.start("num")
        if value is not None and not _is_year(value) and not (
                _asked_or_put_off(sentence, at, match.end("num"))
                or (_AFTER_FREEING_BEFORE.search(sentence, max(0, at - 30), at) and _EARLIER_TIME_AFTER.match(sentence, match.end("num")))):
            found.append((match.start("num"), value))
    for match in _FREED_BY_ENDING.finditer(sentence):
        value = figure(match.group("num")) or parse_count(match.group("num").lower())
        at = match.start("num")
        if value is not None and not _is_year(value) and not _asked_or_put_off(sentence, at, match.end("num")):
            found.append((at, value))
    for match in _SWAPPED_FOR_FIGURE.finditer(sentence):
        value = parse_count(match.group("num")) or 0
        if value and not _written_as_year(match, value):
            found.append((match.start("num"), value))
    for match in _DEFINITE_GROUP.finditer(sentence):
        value = parse_count(match.group("num")) or 0
        if value and not _is_year(value):
            found.append((match.start("num"), value))
    for match in _figures_going_back(sentence):
        value = parse_count(match.group("num")) or 0
        if value and not _is_year(value):
            found.append((match.start("num"), value))
    found += [(at, 2) for at in _couples(sentence)]
    return (*found, *_gapped_sides(sentence))


# The other side as a bare figure going back to its state: "... as 63 return to Russia", ", 110 sent back to Russia".
_FIGURE_GOES_BACK = re.compile(
    r"(?:,|\b(?:as|while|and))\s+(?P<num>\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:(?:are|were|have\s+been)\s+)?"
    r"(?:return(?:s|ed)?|(?:go|goes|went|head(?:s|ed)?|fl(?:y|ies|ew)|c(?:a|o)me)\s+back|(?:sent|flown|handed|taken)\s+back)\s+to\s+"
    r"(?P<to>(?-i:[A-Z])[\w-]+)", _I)
# Each figure the subject of its own release: "20 living hostages return, 1,968 Palestinians released".
_FIGURE_THEN_FREED = re.compile(
    r"(?<![\w,.])(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:freed|released|"
    # (not "40 soldiers return to front", "100 students return to classes")
    r"return(?:s|ed)?(?=\s*(?:[,;:]|$|\s+home\b|\s+to\s+(?-i:[A-Z])|\s+from\s+captivity))|walk(?:s|ed)?\s+free|"
    r"(?:come|comes|came|head(?:s|ed)?|go|goes|went)\s+home|set\s+free|handed\s+over|let\s+go)\b", _I)
# Only in an exchange or of prisoners of war: not voters, troops, workers or tourists going home.
_EXCHANGE_OR_POWS = re.compile(r"\b(?:swap\w*|exchang\w*|trade[sd]?|in\s+return|POWs?|prisoners?\s+of\s+war)\b", _I)


def _figures_going_back(sentence: str) -> list[re.Match[str]]:
    """The other side of an exchange as a bare figure going back to its state ("116 POWs home as 63 return to Russia")."""
    if not _EXCHANGE_OR_POWS.search(sentence):
        return []
    return [m for m in _FIGURE_GOES_BACK.finditer(sentence) if m.group("to") in country_aliases_cached()]


# "..., Russia 261", "..., Moscow 115 conscripts": a second state's figure after a release clause, its verb left out.
_GAPPED_SIDE = re.compile(
    r",\s+(?:and\s+)?(?P<side>(?-i:[A-Z])[a-z]+)\s+" + ROUGHLY +
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)"
)


@lru_cache(maxsize=256)
def _gapped_sides(sentence: str) -> tuple[tuple[int, int], ...]:
    gapped = [(match.start("num"), value) for match in _GAPPED_SIDE.finditer(sentence)
              if match.group("side") in country_aliases_cached() and (value := figure(match.group("num"))) is not None
              and not _written_as_year(match, value)
              and _RELEASE_CONTEXT.search(sentence, max(0, match.start() - 60), match.start())]
    # "32 soldiers return to Yerevan, two to Baku": the other side's figure with the verb of return left out
    if _EXCHANGE_OR_POWS.search(sentence):
        gapped += [(match.start("num"), value) for match in _GAPPED_RETURN.finditer(sentence)
                   if match.group("to") in country_aliases_cached() and (value := parse_count(match.group("num")) or 0)]
    return tuple(gapped)


_GAPPED_RETURN = re.compile(
    r"\b(?:return(?:s|ed)?|(?:sent|flown|handed|taken)\s+back|(?:go|goes|went|head(?:s|ed)?)\s+(?:home|back))\s+to\s+"
    r"(?-i:[A-Z])[\w-]+,\s+(?:and\s+)?(?P<num>\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+to\s+(?P<to>(?-i:[A-Z])[\w-]+)", _I)


def _already_both_sides(sentence: str) -> bool:
    """True when the sentence's own figure already covers both sides ("150 each", "75 for 75", "in total")."""
    return bool(_each_side(sentence) or _N_FOR_N.search(sentence) or _N_PERSON_SWAP.search(sentence) or _TOTAL.search(sentence)
                or re.search(r"\b(?:total|in\s+all|altogether)\b", sentence, _I)
                or len(_count_spans(sentence)) > 1)


# A sentence ends at ".", "!" or "?" and a space, not at a title ("Mr. Smith") or an initial ("John F. Kennedy"), nor at
# an abbreviation the sentence goes on after ("held in U.S. prisons", but "returned to the U.S. Three others remain").
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])" + NO_BREAK_AFTER_MONTH + r"(?<!\b(?:Mr|Dr|St|Lt|No)\.)(?<!\b(?:Mrs|Gen|Col|Sgt|Rev)\.)(?<!\s[A-Z]\.)(?:(?<!\b[A-Z]\.[A-Z]\.)\s+|\s+(?=[^a-z]))"
)


def _sentences_of(text: str) -> list[str]:
    return [s for s in _SENTENCE_BREAK.split(text) if s]


def _all_names(text: str) -> list[str]:
    names: list[str] = []
    for match in _NAME.finditer(text):
        name = _clean_name(match.group(0))
        if name and name not in names:
            names.append(name)
    return names


# A headline exchange of people identified one by one: "Griner swapped for Bout", "American hostage freed in
# exchange for Afghan prisoner". Each side counts its names, or 1 for a single person identified by role.
_FOR_OTHER_SIDE = re.compile(
    r"\b(?:in\s+exchange\s+for|in\s+return\s+for|(?:swap(?:s|ped|ping)?|trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))\s+"
    + _UP_TO_FOR + r")\s+",
    _I,
)
_SIDE_CLAUSE_END = re.compile(r"[,;:]|\s[-\u2013\u2014]\s|\s(?:by|as|after|while|amid)\s", _I)
_SIDE_END = re.compile(r"[,;:]|\s(?:on|at|in|after|amid|as|from|to|via|during|under|over|before|and\s+(?-i:[a-z]))\s|\s-\s")
_SIDE_PLURAL = re.compile(
    r"\b(?:prisoners|hostages|detainees|captives|POWs|soldiers|nationals|citizens|Americans|others|people|spies|"
    r"journalists|activists|men|women|\w+ians|\w+ese|[A-Z]\w+is)\b"  # "Israelis", not "cannabis"
    # ("Chinese spy" is one person)
    r"(?!(?<=ese)\s+(?!(?:\w*men|people|police|crew|staff|personnel)\b)[a-z]+(?<!s)\b)"
)
_SINGLE_DEMONYM = re.compile(r"\b(?:an?\s+)?(?-i:[A-Z])[a-z]+(?:ian|an|i)\b(?!s)")


def one_for_one_count(title: str) -> int | None:
    """Both sides of a headline exchange counted when each is one or more people identified singly, else None."""
    title = _DESCRIPTION_CLAUSE.sub("", title)  # "Ksenia Karelina, jailed over $51 donation, exchanged for Arthur Petrov"
    match = _FOR_OTHER_SIDE.search(title)
    if not match:
        return None
    pieces = _CLAUSE_SPLIT.split(title[: match.end()])
    head = re.sub(r"\s*(?:in\s+(?:exchange|return)\s+)?for\s*$", "", pieces[-1], flags=_I)
    if len(pieces) > 1 and not re.search(r"[A-Z]", head):
        head = f"{pieces[-2]} {head}"  # "Viktor Bout released, exchanged for Brittney Griner"
    rest = _SIDE_END.split(title[match.end():], maxsplit=1)[0]
    total = 0
    for side in (head, rest):
        # not places after a preposition: "walks across bridge at Piusa River"
        names = [n for n in _all_names(_AGENT_PHRASE.sub(" ", side)) if n not in _ORGANISATIONS and n not in country_aliases_cached()]
        if _figures_in(side) or _VAGUE.search(side) or _SIDE_PLURAL.search(side) and (
                len(names) < 2 or _AMONG_OR_INCLUDING.search(side)):  # "Americans Ryan Corbett and William McKenty" are two
            return None
        if names:
            total += len(names)
        elif (_SIDE_OF_ONE.search(side) or _SINGLY.search(side) or _SINGLE_DEMONYM.search(side) or _surname_side(side)
              or _one_person_freed(side)):  # "US basketball star freed in swap for ..."
            total += 1
        else:
            return None
    return total


# A side told by one surname: alone or as the subject of a release verb ("Griner traded for Bout", "Griner freed in
# swap for ..."), or after a role ("arms dealer Bout", "officer Kohver").
_SURNAME_ALONE = re.compile(
    r"^\s*(?:(?-i:[A-Z])[a-z]+(?:'s|\u2019s)\s+)?(?:(?:Sgt\.|Sergeant|Cpl\.|Corporal|Pvt\.|Private|Lt\.|Lieutenant|Capt\.|Captain|Col\.|Colonel|Maj\.|Major)\s+)?"
    r"(?P<n>(?-i:[A-Z])[a-z\u00e0-\u017f'\u2019-]{2,})(?:\s*$|\s+(?:freed|released|swapped|traded|exchanged|handed|flown|"
    r"walks|lands|returns|heads|arrives|flies|back|home|is|was|goes|leaves|reunited|out|on\s+(?:his|her)\s+way)\b)"
)
_SURNAME_AFTER_ROLE = re.compile(
    r"\b(?:" + _ROLE + r"|ex-policeman)\s+"
    r"(?P<n>(?-i:[A-Z])[a-z\u00e0-\u017f'\u2019-]{2,})(?=(?:\s+in\s+(?:[\w-]+\s+)?(?:swap|exchange|trade)\w*)?\s*$|"
    r"\s+(?:freed|released|lands|arrives|returns|heads|flies|walks|back|home)\b)", _I
)


def _surname_side(side: str) -> bool:
    match = _SURNAME_ALONE.match(side) or _SURNAME_AFTER_ROLE.search(side) or _DESCRIBED_SURNAME_OBJECT.search(side)
    return match is not None and match.group("n") not in country_aliases_cached() and (
        match.group("n") not in NOT_NAME_WORDS and match.group("n") not in _ORGANISATIONS and not _plural_group(match.group("n")))


# A headline's bare spouse: "Joshua Holt and wife freed" ("Joshua Holt, wife freed" is read so: _SPOUSE_LISTED)
_BARE_SPOUSE_RE = r"\band\s+(?:wife|husband)" + _SPOUSE_FREED_AFTER
_BARE_SPOUSE = re.compile(_BARE_SPOUSE_RE, _I)
# A second person named by relation or role beside the first: "and his wife", "and a Danish colleague".
_PARTNER = re.compile(
    r"(?P<bare>" + _BARE_SPOUSE_RE + r"|\band\s+(?:wife|husband)(?=\s*$|\s*[,;:]|\s+(?:after|in|from|on|at|as|following)\b))|"
    r"\band\s+(?:(?:(?:his|her|their)\s+(?:[\w-]+\s+)?|(?=(?:wife|husband)\s+(?-i:[A-Z])))(?:wife|husband|son|daughter|brother|sister|mother|father|partner|colleague|fianc\w+|"
    r"(?:aide|assistant|bodyguard|driver|interpreter|translator|cameraman)(?=\s*$|\s*[,;:]|\s+(?-i:[A-Z])|"
    r"\s+(?:were|are|have\s+been|freed|released|in|from|after)\b))|"
    r"(?:an?\s+)?(?-i:[A-Z])[a-z]+(?:an|ian|i|ese|ish|ch)\s+(?:[\w-]+\s+)?" + _ROLE + r"|(?:an?\s+)?(?:\w+\s+)?colleague)\b(?!s)",
    _I,
)


# The subject's companion right before the release verb: "A B and his bodyguard were ", "C and their son, D, 19, were "
_COMPANION_BEFORE_VERB = re.compile(
    r"\w\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:bodyguard|driver|aide|assistant|cameraman|interpreter|translator|guide|"
    r"colleague|son|daughter|nephew|niece|cousin|brother|sister)(?:,?\s+(?-i:[A-Z])[^,;]{1,40}?,?)?\s+(?:were|have\s+been|had\s+been)\s+$", _I)


# "Taliban free American held in Kabul", "Russia frees Briton jailed for spying": one person told by a demonym as the object.
_DEMONYM_OBJECT = re.compile(
    r"\b(?:" + _FREE_VERB_FORMS + r"|release|pardon|deports|deported|hands\s+(?:back|over)|(?:brings|brought)\s+(?:home|back))\s+"
    r"(?:(?P<one>a|an)\s+)?(?:(?:jailed|detained|imprisoned|kidnapped|abducted|convicted)\s+)?(?P<d>(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?)"
    r"(?!\s*,\s*(?-i:[A-Z])[a-z]+(?:an|ian|i|ese|ish|ch)\b)"  # not "release American, Venezuelan political prisoners"
    r"(?=\s+(?:held|jailed|detained|imprisoned|convicted|sentenced|kidnapped|abducted|seized|accused|arrested|freed|released|after|"
    r"in)\b|\s*$|\s*[,;:])",
)


def _demonym_object(title: str) -> bool:
    """One person told by a singular demonym as the released object. A demonym the same in the plural ("Chinese",
    "Lebanese", "Swiss") tells one person only after "a"/"an"."""
    match = _DEMONYM_OBJECT.search(title)
    if match is None:
        return False
    aliases = country_aliases_cached()
    parts = match.group("d").split("-")
    if not all(aliases.get(part, part) != part for part in parts):
        return False
    return match.group("one") is not None or not any(part.endswith(("s", "ese")) for part in parts)


_COUPLE_FREED = re.compile(r"\b(?:the\s+)?couple\s+(?:(?:held|detained|jailed|kidnapped|seized)\s+(?:[\w'\u2019-]+\s+){0,5}?)?"
                           r"(?:leaves?|walks?|freed|released|returns?|home|back|is\s+free|are\s+free|flies|fly|lands?|arrives?|"
                           r"reach(?:es)?)\b", _I)


_LISTED_ROLE_SURNAME = re.compile(
    r",\s+(?:(?-i:[A-Z]{2,})\s+)?(?:(?-i:[a-z])[\w-]+\s+){0,2}(?P<role>(?-i:[a-z])[\w-]+)\s+"
    r"(?P<n>" + _SURNAME + r"(?:\s+" + _SURNAME + r"){0,2})"
    r"(?=\s+(?:and\s|freed|released|walks?|are|were|go|leave|after|in|from|on)\b|\s*[;:]|\s*$)")


def _role_noun(word: str) -> bool:
    """A word for a person by role or kin ("worker", "husband", "blogger"), not a verb ("sent", "leaves")."""
    return (word.endswith(_PERSON_ENDINGS) or word in _KIN_AND_CARE) and word not in _NOT_ROLE_NOUNS


_NOT_ROLE_NOUNS = frozenset(
    "for nor sent went spent meant after over under never ever other either neither whether later together prior".split())


def _named_count(hits: Sequence[Hit], title: str) -> int | None:
    """No figure: count the people the headline's release clause names ("Chesnot and Malbrunot are set free"),
    or a lede sentence names before its release verb, whichever names more; else one singly identified person."""
    swap = _SWAP_STORY.search(title) is not None
    one_for_one = one_for_one_count(title)
    if one_for_one:
        return one_for_one
    both = _two_release_clauses(title)
    if both:
        return both
    if _COUPLE_FREED.search(title):
        return 2  # "acquits X and his wife Y; couple leave custody"
    brought = _OFFICIAL_BRINGS_HOME.match(title)
    if brought and _OFFICIALS.search(brought.group("who")) and (carried := _people_in(_WITH_ENDS.split(brought.group("with"))[0])):
        return len(carried)  # "Bill Clinton flies out of Pyongyang with Laura Ling and Euna Lee"
    if _ONE_EACH.search(title):
        return 2  # "India and Pakistan trade a border guard each"
    clause = _release_clause(title)
    names = _clause_names(clause, swap)
    if names and not re.search(r"\b(?:among|including)\b", clause, _I):
        # "French journalist Olivier Dubois, US aid worker Woodke freed": a lone surname listed after a role beside a name
        names += [m.group("n") for m in _LISTED_ROLE_SURNAME.finditer(title, max(0, title.find(clause)))
                  if not any(m.group("n") in n or n in m.group("n") for n in names) and _role_noun(m.group("role"))
                  and (_surname_word(m.group("n")) if " " not in m.group("n") else _names_a_person(m.group("n"), ""))]
    best = len(names)
    if best:
        best += len(_SINGLES_AFTER_NAME.findall(title, title.find(clause)))  # "frees Andrey Kuznechyk, an American and a Lithuanian"
    if not best and _SINGLE_SUBJECT.search(clause):
        best = 1  # "Betancourt reunited with her children"
    partner = _PARTNER.search(clause)
    if partner and ((_REUNION.search(clause) and re.match(r"and\s+(?:wife|husband)\b", partner.group(0), _I))
                    or (partner.group("bare") and best > 1)):
        # "Zaghari-Ratcliffe and husband Richard reunited": the spouse met the freed; a bare "and wife" is one person's
        partner = None
    if partner and all(clause.find(n) < partner.start() for n in names) and (
            best or _SINGLY.search(clause, 0, partner.start()) or _SINGLE_PERSON.search(clause, 0, partner.start())
            or _LONE_NAME_BEFORE_AND.match(clause)):
        return max(best, 1) + 1  # "Joshua Holt and his wife Thamy", "reporter Quirico and Belgian teacher"
    if not best and clause != title:
        best = len(_clause_names(_APPOSITIVE.sub("", title), swap))  # "Serge Lazarevic, France's last hostage, is free"
    singles = _SINGLES_LISTED.search(title)
    if not best and singles:
        return len(_SINGLE_DEMONYM_ITEM.findall(singles.group(0)))  # "lets an American, a Belarusian and a Lithuanian go"
    if not best:
        for hit in hits:
            if hit.zone != "title" and hit.score >= 0.25:
                # (not the other side's journey the hit is in: "A landed, while B, jailed in Sweden, was flown to Tehran")
                journey = _JOURNEY_OTHER_WAY.search(hit.sentence)
                before = hit.sentence[: journey.start() if journey and journey.start() < hit.start else hit.start]
                best = max(best, len(_clause_names(_APPOSITIVE.sub("", before), swap)))
                companion = _COMPANION_BEFORE_VERB.search(before)
                if companion:
                    # "Mayor A B of Las Navas and his bodyguard were released", "The French reporter and her guide C D were
                    # freed": the subject, named or not, and the one beside them
                    subject = _clause_names(_APPOSITIVE.sub("", before[: companion.start() + 1]), swap)
                    best = max(best, max(1, len(subject)) + 1)
    if _ROLE_PAIR.search(clause) or ((another := _ONE_AND_ANOTHER_FREED.search(clause))
                                     and another.group("other").lower() not in _NOT_ONE_COMPANION):
        return max(best, 2)  # "frees US-Israeli mother and daughter", the lede naming only the mother in full
    if best:
        return best
    if _SINGLY.search(title) or _SINGULAR.search(title) or _SINGLE_RETURNEE.match(title) or _demonym_object(title):
        return 1
    if any(_SINGULAR.search(part) or _SINGLE_RETURNEE.match(part) for part in _CLAUSE_SPLIT.split(title)[1:]):
        return 1  # "Court suspends Saberi's sentence; US journalist walks free": a later clause's subject
    held = _ONES_DETENTION.search(title)
    if held and held.group("n") not in country_aliases_cached() and (held.group("ends") or held.start() < held.start("n")):
        return 1  # "Court orders end to Bobi Wine's house arrest"
    if _ENDS_ONES_HOUSE_ARREST.search(title):
        return 1  # "court ends his 11-day house arrest", "lifts house arrest on opposition leader Kem Sokha"
    single = _lone_name_freed(title)
    if single and single.group("n") not in country_aliases_cached() and single.group("n") not in NOT_NAME_WORDS and (
            not _plural_group(single.group("n"))):
        return 1
    # (a Title Case headline's noun read in lower case: "Russia Releases Texas Man Held Over Cannabis Gummies")
    return 1 if _one_person_freed(clause) or (in_title_case(title) and _one_person_freed(clause.lower())) else None


def _one_person_freed(clause: str) -> bool:
    """A headline's release clause whose freed side is one person told by a common noun of any kind ("Vietnam frees
    Australian pensioner", "Japanese pharmaceutical employee freed by China", "court frees him"), not a crew, a family or
    anything plural."""
    if _FREES_ONE_PRONOUN.search(clause):
        return True
    match = _ONE_NOUN_FREED.search(clause) or _ONE_NOUN_OBJECT.search(clause)
    if match is None:
        return False
    noun, described = match.group("noun").lower(), match.group("np")
    return (not (noun.endswith(("ed", "ing")) or _plural_noun(noun)) and noun not in _NOT_ONE_PERSON
            and not _NOT_ONE_DESCRIPTION.search(described))


def _plural_noun(word: str) -> bool:
    """A lower-case noun in the plural ("officers", "fishermen", "children"), not one ending in "ss" ("boss")."""
    return word.endswith(("s", "men", "children", "people", "folk")) and not word.endswith("ss")


def _with_those_before_others(count: int, title: str, below: list[str]) -> int:
    """The headline's or lede's "and 3,113 others", "along with 40 other protesters", "; 11 aides also released" where the
    count read is that figure alone: one more, the person told before it ("Former PM freed; 11 aides also released",
    "frees deposed chief minister and 3,113 others"); where it is the people named before it, the figure added. `below`
    is the lede's first sentences after the headline."""
    for sentence in (title, *below[:1]):
        first_figure = next((at for at, _ in _figure_positions(sentence)), len(sentence))
        for pattern in (_OTHERS_AFTER_SOMEONE, _ALSO_FREED_AFTER_SOMEONE):
            for match in pattern.finditer(sentence):
                if match.start() > first_figure:
                    break  # a figure before the others: "Israel frees 39 Palestinians and 13 others"
                before = sentence[: match.start()]
                others = parse_count(match.group("n").lower())
                if not others or not _RELEASE_CONTEXT.search(sentence) or _not_others_freed_now(sentence, match, others, below):
                    continue
                if count == others:
                    return count + 1
                if count == len(_all_names(before)):
                    return count + others  # "A and B will be freed along with 1,950 other prisoners": the two named first
    return count


def _not_others_freed_now(sentence: str, match: re.Match[str], others: int, below: list[str]) -> bool:
    """The "N others" are no more people freed now: still held ("one other still held"), freed earlier, taken or killed
    with the person, officials, mediators or groups, others beside a group ("They were released together with 20 other
    prisoners"), or people the lede counts the person among ("Russia freed 10 civilians, including the mayor")."""
    before = sentence[: match.start()]
    return bool(
        _ONE_AMONG_BEFORE.search(before) or _GROUP_NOT_FREED.match(sentence, match.end())
        or _OTHERS_STILL_HELD.match(sentence, match.end()) or _TAKEN_WITH_END.search(before)
        or _OTHERS_FREED_EARLIER.match(sentence, match.end()) or _GROUP_BEFORE_OTHERS.search(before)
        or _PEOPLE_NOUN.search(" ".join(before.split()[-3:])) or _KILLED_BEFORE_OTHERS.search(before)
        or _OTHERS_ACTED.match(sentence, match.end())
        or any(others in _figures_in(s) and _INCLUDING_WORD.search(s) for s in below if s is not sentence))


_OTHERS_AFTER_SOMEONE = re.compile(
    r"(?:\b(?:along|together)\s+with\s+(?:that\s+of\s+|those\s+of\s+)?|\band\s+|,\s+)"
    + ROUGHLY + r"(?P<n>" + _FIGURE_WORD + r")\s+"
    r"(?:others?\b(?!\s+(?:officials|mediators|negotiators|envoys|diplomats|ministers|staff|delegates|members\s+of\s+the\s+delegation)\b)|"
    r"co-?(?:defendants|accused)\b)", _I)
_ALSO_FREED_AFTER_SOMEONE = re.compile(
    r"(?:;|,\s+and\b)\s*(?P<n>" + _FIGURE_WORD + r")\s+(?!(?:[\w-]+\s+){0,2}?(?:bodies|remains|corpses|coffins)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
    r"also\s+(?:freed|released|pardoned|let\s+go|set\s+free|walked\s+free)\b", _I)
# "They were released together with 20 other prisoners", "frees bishops and 18 others", "NLD leaders freed; 11 aides also
# released": a group before the others
_GROUP_BEFORE_OTHERS = re.compile(r"\b(?:they|them|those|these|both|all|several|some)\b", _I)
_INCLUDING_WORD = re.compile(r"\b(?:including|among\s+them|among\s+whom)\b", _I)
# "in a raid that killed a commander and three others", "after killing a catechist and two others": the dead
_KILLED_BEFORE_OTHERS = re.compile(r"\b(?:kill\w*|shot|shooting|beheaded|executed|wound\w*|injur\w*)\b[^,;.]*$", _I)
# "chief Musa and two other elders negotiated the release", "Kataib Hezbollah and two other militias agreed": not the freed
_OTHERS_ACTED = re.compile(
    r"(?:\s+[\w-]+)?[^,;.]{0,30}?\b(?:negotiated|mediated|agreed|brokered|met|said|told|announced|demanded|called|militias|groups|"
    r"factions|organi[sz]ations|parties|countries|states)\b", _I)
_OTHERS_STILL_HELD = re.compile(r"[^;.]*?\b(?:still|remains?|remaining|await\w*|(?:is|are)\s+held|behind\s+bars)\b", _I)
# "a year after he was captured along with three other soldiers who were freed in June": taken with him, freed before
_TAKEN_WITH_END = re.compile(
    r"\b(?:captured|kidnapped|abducted|seized|arrested|detained|jailed|taken|held|convicted|sentenced|charged|tried)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:along|together)?\s*(?:with\s+)?$", _I)
_OTHERS_FREED_EARLIER = re.compile(
    r"[^;.]*?\b(?:earlier|previously|ago|last\s+(?:week|month|year)|in\s+(?:" + _MONTH_NAME + r"|(?:19|20)\d\d))\b", _I)
_ONE_AMONG_BEFORE = re.compile(r"\b(?:among|one\s+of|first\s+of|last\s+of)\b", _I)


def _with_the_listed_ones(count: int, title: str) -> int:
    """A headline listing the freed as groups with figures beside single people ("Four French, two Togolese and a Malagasy
    hostage freed", "frees four soldiers, one police officer", "Austrian doctor and two nurses freed"): the list's whole,
    where the count read holds its figures but not every single person."""
    items = _headline_list(title)
    if not items:
        return count
    figures = sum(value for value, one in items if not one)
    whole = sum(value for value, _ in items)
    # (or the count read is the first group's figure alone: "release five priests, nun and three others")
    return whole if count < whole and (figures <= count or count == items[0][0]) else count


def _headline_list(title: str) -> list[tuple[int, bool]]:
    """The items of the list a headline frees (_listed_freed), in a clause of its own or after "freed ...:"."""
    items = next((found for part in _HEADLINE_PARTS.split(title) if (found := _listed_freed(part))), [])
    head, colon, listed = title.partition(":")
    if not items and colon and _FREED_BEFORE_COLON.search(head):
        items = _listed_freed(f"frees {listed.strip()}")  # "Oil workers freed in Libya: two Filipinos, a Korean and three Libyans"
    return items


_FREED_BEFORE_COLON = re.compile(r"\b" + _PAST_RELEASE + r"\b(?!.*\b(?:still|remain\w*)\b)", _I)


def _listed_freed(clause: str) -> list[tuple[int, bool]]:
    """The items of the list a headline's release clause frees, each as (how many, whether it is one person told alone);
    [] unless there are two or more, a figure among them and a single person, and every item reads as people. Not a
    figure told again by the names after it ("two foreigners, a Briton and a Dane"), nor a source after the list
    ("12 activists, a lawyer for the group says")."""
    match = _FREES_LIST.search(clause) or _LIST_FREED.match(clause)
    if match is None or _SOURCE_AFTER.match(clause, match.end()) or _AMONG_THEM_AFTER.match(clause, match.end()) or (
            _NOT_FREED_ITEM.search(match.group("list")) or _AMONG_THOSE_AFTER.match(clause, match.end())):
        return []
    items: list[tuple[int, bool]] = []
    listed = match.group("list").strip()
    for item in _LIST_ITEM_BREAK.split(listed):
        words = _DETERMINER.sub("", item).split()
        if not words:
            return []
        value = parse_count(words[0])
        if words[-1].lower() == "couple" and len(words) <= 3:
            items.append((2, False))  # "Italian couple and their son" (not "Austrian-Iranian and French-Irish pair")
        elif value == 1 and len(words) > 1:
            items.append((1, True))  # "4 soldiers, 1 civilian"
        elif value is not None and len(words) > 1:
            if not _PLURAL_PEOPLE_END.search(item):
                return []  # "two months after"
            items.append((value, False))
        elif value is None and _one_listed(item, words):
            items.append((1, True))
        else:
            return []
    if _WHOLE_THEN_PARTS.match(listed) and " ".join(_LIST_ITEM_BREAK.split(listed)[1].split()[-2:]) not in country_aliases_cached():
        return []  # "14 prisoners, an RFE/RL journalist", "five Americans, A and B": the figure's people, some named (not
        # "two Filipinos, a South Korean and three Libyans")
    for at, (value, one) in enumerate(list(items)):
        singles = next((i for i in range(at + 1, len(items)) if not items[i][1]), len(items)) - at - 1
        before = at - next((i for i in range(at - 1, -1, -1) if not items[i][1]), -1) - 1
        if not one and singles >= value:
            del items[at + 1: at + 1 + value]  # "two Americans, A and B, and one German": the figure's people named
            break
        if not one and before == value and at == len(items) - 1 and not re.search(r"\band\s+[^,]+$", listed, _I):
            del items[at - value: at]  # "A and B, two French cyclists", not "A, B and two children"
            break
    # (single people told by role alone, none by name nor set off by an article: "frees U.S. citizen, ex-Marine")
    parts = _LIST_ITEM_BREAK.split(listed)
    by_role = all(_told_by_role(part.split()[-1]) for part in parts if part.split()) and (
        not any(_DETERMINER_WORD.match(part) for part in parts[1:]))
    return items if len(items) > 1 and any(one for _, one in items) and (by_role or not all(one for _, one in items)) else []


def _told_by_role(word: str) -> bool:
    """A list item's last word that tells a person by role, kin or nationality ("wife", "ex-Marine", "American"), not by
    name or as a country."""
    return word[:1].islower() or word.lower().startswith("ex-") or country_aliases_cached().get(word, word) != word


_DETERMINER_WORD = re.compile(r"(?:a|an|the|his|her|their)\s", _I)


def _one_listed(item: str, words: list[str]) -> bool:
    """One person as a list item: "a Malagasy hostage", "their Nigerian driver", "one police officer", "captured police
    chief", "Bishop Roberto Cuadra"; not a plural, a ship ("Sea Star 7"), a source ("Jails Chief Says") or a thing."""
    last = words[-1].strip("'\u2019")
    if len(words) > 4 or any(c.isdigit() for c in item) or _SOURCE_WORD.search(item) or (
            last.lower() in _NOT_A_PERSON_ITEM):
        return False
    if re.fullmatch(r"ex-[a-z]+", last, _I) and not _plural_noun(last.lower()):
        return True  # "ex-Marine", "ex-minister"
    if last[:1].isupper():
        # a name, after any description ("American wife Caitlan Coleman", "Betancourt"), a demonym or a role ("Spaniard")
        named = (len(words) > 1 and words[-2][:1].isupper()) or (len(words) == 1 and not re.search(r"-[a-z]", last))
        return named and last not in country_aliases_cached() and last not in NOT_NAME_WORDS and not _plural_group(last) or (
            _SINGULAR_DEMONYM_WORD.fullmatch(last) is not None or _ONE_MORE_NOUN_WORD.fullmatch(last) is not None)
    if len([w for w in words if not w[:1].isupper() and w != "of"]) > 3 or _plural_noun(last):
        return False  # (not "University of Bamenda lecturer")
    return _ONE_MORE_NOUN_WORD.fullmatch(last) is not None or last.endswith(_PERSON_ENDINGS) or last in _KIN_AND_CARE


# An active release verb of a headline: "frees", "release" after a plural subject, "to free", "hands back".
_HEADLINE_FREEING_VERB = (r"\b(?:frees|releases|pardons|repatriates|deports|returns|rescues|hand(?:s|ed)?\s+(?:back|over)|"
                          r"(?<=\s)(?:free|release)|(?:to|will)\s+(?:free|release|return))")
# The list such a verb frees, up to where the headline goes on ("after", "in", "held", ";").
_FREES_LIST = re.compile(
    _HEADLINE_FREEING_VERB + r"\s+(?P<list>[^;:]+?)"
    r"(?=\s+(?:after|in|from|on|at|as|over|to|into|via|near|under|amid|following|ahead|before|held|seized|kidnapped|"
    r"abducted|detained|captured|arrested|jailed|taken|who|for|with|by|during|including|incl|among|plus|"
    r"along|alongside|together|one\s+of|of\s+whom|its)\b|"
    r",\s+(?!and\b|an?\b|one\b|the\b|their\b|his\b|her\b|\d|(?:" + _NUMBER_WORD_RE + r")\b|(?-i:[A-Z])|"
    r"(?-i:[a-z]+)\s+and\s|ex-)|\s*[;:]|\s*$)", _I)  # (on past "five priests, nun and three others", ", ex-Marine")
# A list that is the subject of a passive release: "Austrian doctor and two Burkinabe nurses freed by kidnappers".
_LIST_FREED = re.compile(
    r"(?P<list>[^;:]+?)\s+(?:(?:are|were|is|was)\s+)?"
    r"(?:freed|released|rescued|set\s+free|walk\s+free|regain\s+(?:their\s+)?freedom|handed\s+over)\b", _I)
_SOURCE_VERB = (r"(?:say|says|said|told|tells|reports?|reported|according|confirms?|confirmed|announces?|announced|tweets?|"
                r"tweeted|claims?|claimed|states?|stated)")
_SOURCE_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){0,5}?\s+" + _SOURCE_VERB + r"\b", _I)
_AMONG_THOSE_AFTER = re.compile(r"\s+(?:among|one\s+of|of)\s+(?:those|whom)\b", _I)
# Not a group freed beside the others ("52 prisoners, 1,200 still behind bars", "two months after", "two tankers, 40 crew",
# "212 fallen soldiers"), or an aside in brackets.
_NOT_FREED_ITEM = re.compile(
    r"[()]|\bof\s+(?-i:[A-Z])|\b(?:still|remain\w*|killed|dead|bodies|remains|missing|more|weeks|days|months|years|hours|"
    r"minutes|times|ships|tankers|boats|vessels|trawlers|planes|coffins|trucks|buses|cars|fallen|deceased|captured|held|"
    r"arrested|wounded)\b", _I)
# A figure's people told as a whole ("prisoners", "Americans") with a comma after: what follows names some of them.
_WHOLE_THEN_PARTS = re.compile(
    r"^(?:\S+\s+){1,3}?(?:(?:prisoners|detainees|people|persons|hostages|captives|inmates|convicts|protesters|activists|others|"
    r"civilians|POWs)\s*,\s+(?!and\b)|"
    r"[\w-]+s\s*,\s+(?:one\s+(?:an?|of)\s|(?:[a-z-]+\s+){0,2}(?-i:[A-Z])[\w'-]+\s+(?-i:[A-Z])))", _I)
_PLURAL_PEOPLE_END = re.compile(
    r"(?:[a-z](?<!s)s|men|people|children|police|personnel|staff|crew|clergy|ese|ch|sh|ss)\W*$", _I)
_SOURCE_WORD = re.compile(r"\b" + _SOURCE_VERB + r"\b", _I)
_PERSON_ENDINGS = ("man", "woman", "er", "or", "ist", "ant", "ent", "ee", "ian", "ic", "ief")
_KIN_AND_CARE = frozenset({
    "nun", "monk", "guide", "cook", "maid", "nanny", "pupil", "baby", "son", "daughter", "wife", "husband", "brother",
    "sister", "nephew", "niece", "cousin", "friend", "relative", "guard", "aide", "chauffeur", "colleague", "companion",
})
_HEADLINE_PARTS = re.compile(r"\s*(?:[;:|]|\s-\s|\u2014|\u2013)\s*")
_LIST_ITEM_BREAK = re.compile(r",\s+and\s+|,\s+|\s+and\s+", _I)
_DETERMINER = re.compile(r"^(?:(?:a|an|one|the|their|his|her|its)\s+)?(?:(?:last|remaining|final)\s+(?=\d|(?:" + _NUMBER_WORD_RE + r")\b))?",
                         _I)  # ("Chaudhry and last 17 hostages")
_ONE_MORE_NOUN_WORD = re.compile(_ONE_MORE_NOUN, _I)
_SINGULAR_DEMONYM_WORD = re.compile(r"(?:(?-i:[A-Z])[a-z]+(?:an|ian|i|ish|ch|ino)|" + _SINGULAR_DEMONYMS + r")")


_FREES_ONE_PRONOUN = re.compile(
    r"\b(?:frees|freed|releases|released|pardons|pardoned)\s+(?:him|her)\b(?!\s+[a-z-]+\b)", _I)  # not "frees her brothers"
_ONE_NOUN_AFTER = (r"['\u2018\u2019]?(?P<noun>(?-i:[a-z])[a-z-]{2,})['\u2018\u2019]?")
_ONE_NOUN_OBJECT = re.compile(
    _HEADLINE_FREEING_VERB + r"\s+(?:(?:a|an)\s+)?(?P<np>(?:[\w'\u2018\u2019.-]+\s+){0,4}?)" + _ONE_NOUN_AFTER
    + r"(?=\s*$|\s*[,;:]|\s+(?:after|in|from|on|at|as|over|with|ahead|before|amid|following|under|jailed|held|detained|"
    r"imprisoned|for|who|accused|convicted|sentenced|to|into|across|via|near|once|a\s+(?:day|week|month)|hours|days|weeks|"
    r"months|just|shortly)\b)", _I)
# A release verb's object that is a person by its noun: "Sweden releases official convicted over ..." (not "releases update")
_PERSON_NOUN_OBJECT = re.compile(
    _HEADLINE_FREEING_VERB + r"\s+(?:(?:a|an)\s+)?(?:[\w'\u2019.-]+\s+){0,4}?(?:" + _ROLE + r"|" + _OFFICE
    + r"|official|man|woman|ally|associate|player|coach|athlete)\b(?!s)", _I)
# "Canadian geologist held by jihadists for 14 months freed", "captured Indian pilot will be returned"
_ONE_NOUN_FREED = re.compile(
    r"(?:^|(?<=\bsays\s)|(?<=\bsaid\s))(?:(?:a|an|the)\s+)?(?P<np>(?:[\w'\u2018\u2019.-]+\s+){0,4}?)" + _ONE_NOUN_AFTER
    # (and the nickname a noun may carry: "Cuban graffiti artist 'El Sexto' freed")
    + r"(?:\s+['\u2018\u201c\"][^'\u2019\u201d\"]{1,30}['\u2019\u201d\"])?"
    + r"\s+(?:(?:held|jailed|detained|kidnapped|abducted|imprisoned|seized|captured|arrested|extradited|deported|sentenced|"
    r"convicted|accused|charged)\s+(?:(?!says\b|said\b)[\w'\u2019-]+\s+){0,6}?)?"
    r"(?:is\s+|was\s+|to\s+be\s+|will\s+be\s+)?"
    r"(?:freed|released|pardoned|returned|repatriated|walks\s+free|set\s+free)\b", _I)
# The words before the noun tell more than one ("two", "and", "crew of"), or the noun is no one person.
_NOT_ONE_DESCRIPTION = re.compile(
    r"\d(?!\d*-year-old\b)|(?-i:\b(?!(?:rights|arms|news|affairs|customs|forces|bus|gas)\b)[a-z]+[a-rt-z]s)['\u2019]?\s|"
    r"\bof(?!\s+(?-i:[A-Z]))|\b(?:and|or|with|by|after|from|in|on|at|for|to|over|under|near|as|into|across|amid|"
    r"during|couple|" + _NUMBER_WORD_RE + r")\b", _I)
_NOT_ONE_PERSON = frozenset({
    "crew", "family", "group", "staff", "team", "delegation", "convoy", "ship", "vessel", "tanker", "boat", "plane",
    "aircraft", "cargo", "aid", "money", "body", "footage", "film", "report", "data", "document", "list", "batch",
    "number", "dozen", "couple", "people", "police", "youth", "children", "personnel", "hostage-taking", "detention",
    "custody", "prison", "jail", "amnesty", "pardon", "release", "swap", "exchange", "deal", "home", "bail", "parole",
    "her", "him", "them", "free", "back", "over", "out", "up", "rest", "remainder", "others", "minority", "community",
    "opposition", "clergy", "faithful", "public", "press", "media", "party", "movement", "army", "militia", "band",
    "more", "most", "all", "some", "many", "few", "other", "another", "remaining",
    "statement", "photo", "photos", "video", "communique", "image", "picture", "letter", "trawler", "freighter",
    "schooner", "yacht", "leadership", "council", "garrison", "congregation", "flock", "class", "choir", "brethren",
    "platoon", "unit", "squad", "company", "battalion", "contingent", "caravan", "troupe", "tribe", "clan", "household",
    "village", "mission", "expedition", "those", "these", "everyone", "anyone", "held", "kept", "taken", "caught", "shot",
    "sent", "brought", "found", "left", "seen", "told", "hurt",
    "airline", "carrier", "firm", "bank", "nobody", "none", "second", "third", "fourth", "fifth",
})
# No one companion of a freed person: a group, or a plural without an "s".
_NOT_ONE_COMPANION = _NOT_ONE_PERSON | frozenset({
    "entourage", "retinue", "escort", "men", "women", "kin", "kinsmen", "folk", "following", "followers", "household",
    "dog", "cat", "horse", "camel", "pet", "dhow", "car", "truck", "vehicle"})
# A list item is no freed person: anything no one person is, a time, a step, or an official who may travel with them.
_NOT_A_PERSON_ITEM = _NOT_ONE_PERSON | frozenset({
    "day", "week", "month", "year", "time", "truce", "ceasefire", "decree", "first", "last", "latest", "later", "earlier",
    "ago", "after", "gesture", "move", "step", "sign", "decision", "order", "official", "spokesman", "spokeswoman",
    "spokesperson", "minister", "ministry", "governor", "president", "leader",
})


_OFFICIAL_BRINGS_HOME = re.compile(
    r"^(?:[\w.'\u2019-]+\s+){0,2}?(?P<who>(?-i:[A-Z])[\w'\u2019-]+)\s+(?:flies|flew|returns|lands|heads)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"with\s+(?P<with>.+)$"
)
_LONE_NAME_BEFORE_AND = re.compile(r"^(?-i:[A-Z])[\w'\u2019-]+\s+and\s+")  # "El-Zakzaky and wife Zeenah walk free"
# "Zaghari-Ratcliffe and husband Richard reunited at Brize Norton": a spouse who meets the freed, never held.
_REUNION = re.compile(r"\b(?:reunit\w*|embrac\w*|hug\w*|meets?|met|greet\w*|welcom\w*|celebrat\w*)\b", _I)
# One person told by a demonym: "an American", "a Lithuanian".
_DEMONYM_SHAPE = r"(?-i:[A-Z])[a-z]+(?:an|ian|i|ese|ish|ch)"  # "Norwegian", "Saudi", "Chinese", "Danish", "French"
_ONE_DEMONYM = r"an?\s+" + _DEMONYM_SHAPE
_SINGLE_DEMONYM_ITEM = re.compile(r"\b" + _ONE_DEMONYM + r"\b")
_SINGLES_LISTED = re.compile(
    r"\b" + _ONE_DEMONYM + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _ONE_DEMONYM + r")+\b(?!\s+[a-z]+s\b)"
)
_ONE_EACH = re.compile(r"\b(?:trade|swap|exchange)s?\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+each\b", _I)
# ("frees Andrey Kuznechyk, a US citizen and another Belarusian": a citizen listed, not one set off after the name)
_SINGLES_AFTER_NAME = re.compile(
    r"(?:,|\band)\s+(?:" + _ONE_DEMONYM + r"\b(?=\s*(?:,|$|\band\b))|another\s+" + _DEMONYM_SHAPE + r"\b(?=\s*(?:,|$))|"
    r"an?\s+(?:US|UK|(?-i:[A-Z])[a-z]+)\s+(?:citizen|national)(?=\s+and\b))")
# A description set off after a name: ", a Leeds University doctoral student,", ", widow of Nobel laureate Liu Xiaobo,". The
# names in it (employers, parties, relatives) are not more people freed.
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s|(?-i:[a-z])[\w-]*\s+of\s)[^,;:]*(?:,|$)", _I)
# Clause breaks of a headline; a comma before a capital is a list of names, not a break.
_CLAUSE_SPLIT = re.compile(r"\s*(?:[;:]|,(?=\s+(?-i:[a-z\d']))|\s-\s|\u2014|\u2013|\s(?:as|while)\s(?=(?-i:[A-Z])))\s*")
# An active release verb: the names before it are the releasing side ("Abu Sayyaf frees Norwegian X").
_ACTIVE_RELEASE = re.compile(
    r"\b(?:frees|releases|pardons|deports|hands\s+(?:back|over)|returns(?!\s+(?:home|to|from)\b)|sends|expels|swaps|"
    r"grants?\s+(?:an?\s+)?(?:presidential\s+|royal\s+)?(?:clemency|pardons?|amnesty)\s+to)\b", _I
)
_SINGLE_SUBJECT = re.compile(
    rf"^(?:[\w'\u2019-]+\s+){{0,3}}?(?-i:[{_UPPER}])[\w'\u2019-]+\s+(?:is\s+|are\s+)?(?:freed|released|reunited|pardoned|walks|returns|"
    r"lands|arrives|leaves|is\s+free|set\s+free|deported|rescued|back|home|flies|flown|crosses)\b"
)
_AGENT_PHRASE = re.compile(
    r"\b(?P<prep>by|with|(?<!bail\s)to|from|in|at|for|after|before|as|on|out\s+of|into|via|near|outside|meets?|meeting|thanks?|hugs?|"
    r"ahead\s+of|eve\s+of|marking|"
    r"embraces?)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z])[\w'\u2019-]*\s+){0,3}?(?:(?-i:[A-Z])[\w'\u2019.-]*(?:\s+|$))+",
    _I,
)
# Surnames that are also title words ("Kevin King", "Theresa May") stay when they end a name.
_SURNAME_WORDS = frozenset({"King", "May", "Brown", "White", "Major", "General", "Day", "Prince", "Lord"})
_GROUP_WORDS = frozenset({
    "Crimean", "Tatar", "Tatars", "Kurdish", "Uyghur", "Rohingya", "Western", "Eastern", "Arab", "Gulf", "Korean", "War",
    "European", "African", "Asian", "Westerner", "East", "West", "Cold",  # "East-West", "the Cold War"
    # an armed group named by its place: "Odisha Maoists"
    "Maoists", "Naxals", "Naxalites", "Rebels", "Militants", "Insurgents", "Guerrillas", "Jihadists", "Islamists", "Separatists",
})
_RELEASE_WORD = re.compile(
    r"\b(?:free[sd]?|freeing|releas\w*|pardon\w*|swap\w*|exchang\w*|walk\w*\s+(?:free|out)|set\s+free|rescu\w*|"
    r"handed|hands|returns?|returned|home|back|deport\w*|leaves?|lands?|reach(?:es)?|reunit\w*|flown|fl(?:y|ies|ew)|bus+ed|"
    r"grant(?:s|ed)?\s+bail)\b",
    _I,
)


# Two releases in one headline, each with its own verb: "France frees Iranian engineer ...; Iran releases X",
# "Zaghari-Ratcliffe freed, Ashoori released". The active verb's object or the passive verb's subject is the side.
_ACTIVE_RELEASE_CLAUSE = re.compile(
    r"\b(?:frees|releases|pardons|hands\s+(?:back|over)|"
    # a plural subject's "Taliban free Mark Frerichs" (not "walks free in", "set free")
    r"(?<!\bwalks\s)(?<!\bwalk\s)(?<!\bset\s)(?<!\bgo\s)(?<!\bgoes\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?:free|release)"
    r"(?=\s+(?:\d|(?-i:[A-Z])|an?\s|the\s|(?:two|three|four|five|six|seven|eight|nine|ten)\b))|sends\s+(?:back|home)|deports|expels|(?:begins?|starts?)\s+(?:freeing|releasing)|"
    r"grants?\s+(?:clemency|pardons?|amnesty)\s+to|(?<!refuses\s)(?<!refused\s)(?<!declines\s)(?:to|will)\s+(?:free|release|let)|lets|(?:gets|to\s+get|get\s+back|receives)|"
    r"brings\s+(?:home|back)|received(?=\s+(?:\d|(?:" + _NUMBER_WORD_RE + r")\b))|"
    # "US sends Russian crypto operator Vinnik back to Moscow", "US hands Arthur Petrov to Moscow", "trades arms dealer Bout"
    r"sends(?=\s+(?:[\w'\u2019-]+\s+){1,5}?back\b)|sends(?=\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])[^;]{0,60}?\bto\s+(?-i:[A-Z]))|hands(?=\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+(?-i:[A-Z]))|"
    r"hands(?=\s+(?-i:[A-Z])[\w'\u2019-]+\s+(?:[\w'\u2019-]+\s+){0,3}?(?-i:[A-Z]))|"  # "US hands Russia convicted pilot Yaroshenko"
    r"transfers(?=\s+(?:[\w'\u2019-]+\s+){1,5}?to\s+(?-i:[A-Z]))|"  # "US transfers Taliban fighter Khan Mohammad to Qatar"
    r"trades(?=\s+(?:[\w'\u2019-]+\s+){0,4}?(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z]))|"
    r"returns(?!\s+(?:home|to|from)\b))\s+", _I)
_PASSIVE_RELEASE_CLAUSE = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+)?(?:freed|released|pardoned|set\s+free|walks?\s+free|handed\s+(?:over\s+)?to|handed\s+over|"
    r"(?:come|comes|return|returns|heads?|heading)\s+home|sent\s+(?:back|home)|reach(?:es)?\s+(?=(?-i:[A-Z]))|returned\s+from\s+(?=(?-i:[A-Z]))|(?:greeted|welcomed)\s+(?:home|in\s+(?=(?-i:[A-Z])))|(?:return|returns|returned)\s+to\s+(?=(?-i:[A-Z]))|back\s+(?:in|on|home)|lands?\s+(?:in|at)|leaves?|flies\s+to|"
    r"handed\s+from|cross(?:es)?\s+(?:home|back)|cross(?:es)?\s+(?:(?-i:[A-Z])[\w-]+\s+)?into\s+(?=(?-i:[A-Z]))|(?<!\bstill\s)(?<!\bremains\s)(?<!\bremain\s)in\s+(?:US|U\.S\.|American)\s+hands\b|(?<!\bthem\s)(?<!\bhim\s)(?<!\bher\s)home(?=\s*$)|(?<!\bgo\s)home\s+(?:after|from)(?=\s)|(?<!\bgo\s)(?<!\bbe\s)home\s+(?:in|to)\s+(?:the\s+)?(?=(?-i:[A-Z]))|on\s+(?:his|her|their)\s+way\s+home|"
    r"goes\s+to\s+(?=(?-i:[A-Z]))|(?:bused|bussed|driven|flown|fly|flies|flew)\s+(?:to|home|out|back|from)|(?:fl(?:y|ies|ew)|flown|heads?|go(?:es)?|went|sent|handed)\s+(?:the\s+other\s+way|in\s+the\s+opposite\s+direction))\b", _I)


def _release_side(part: str) -> str | None:
    """The released side of one headline clause: the object of an active release verb or the subject of a passive one."""
    active = _ACTIVE_RELEASE_CLAUSE.search(part)
    side = None
    if active and part[: active.start()].strip():
        side = part[active.end():]
    elif (passive := _PASSIVE_RELEASE_CLAUSE.search(part)) and part[: passive.start()].strip():
        side = part[: passive.start()].rsplit(": ", 1)[-1]  # "Russia and Sweden swap prisoners: Swedish-Russian woman (freed)"
    if side is None or _MONEY.search(side) or _FLIES_HOME.search(part):
        return None  # not "$6bn in Iranian oil money lands in Qatar", nor "Oman flies 240 Yemenis home" (a flight)
    return side


_FLIES_HOME = re.compile(r"\bfl(?:y|ies|ew)\s+(?:[\w'\u2019-]+\s+){1,4}?home\b", _I)
_MONEY = re.compile(r"[$\u20ac\u00a3]|\b(?:bn|billion|money|funds|cash|assets|revenue)\b(?!-)", _I)  # not "money-launderer"


_HEADLINE_CLAUSE = re.compile(
    r"\s*(?:;|,(?=\s)|\s-\s|\u2014|\u2013|\s(?:as|while)\s|"
    # "Azerbaijan returns 44 Armenian prisoners and gets 14 of its own back"
    r"\sand\s(?=(?:gets|receives|takes)\s+(?:back\s+)?\S+\s+of\s+(?:its|their)\s+own\b)|"
    # "US to release Vinnik after Russia frees Marc Fogel": another state's own release
    # (a person named, or one told by role: "after Cairo releases militia leader"; not "after Lukashenko lets six opponents
    # go", "after Hamas releases video of captive soldier", "after Taliban releases prisoner list", a separate case)
    r"\s(?:after|before)\s(?=(?-i:[A-Z])[\w'\u2019-]+\s+(?:frees|releases|hands\s+over|lets|returns|sends\s+back)\s+"
    r"(?:(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?-i:[A-Z])|(?:(?!(?:of|on|about|over|for|from|with|by)\b)(?-i:[a-z])[\w-]*\s+){0,2}?"
    + _ROLE + r"\b(?!s)"
    r"(?!\s+(?:video|footage|list|names|statement|photos?|images?|tapes?|recording|letters?)\b)(?![^;]*\bseparate\b))))\s*")
_CAPTIVES = re.compile(r"\b(?:hostages|captives|prisoners|detainees|POWs)\b", _I)


def _figure_of_the_other_clause(title: str, sentence: str) -> bool:
    """Whether a headline of two release clauses, one with a figure and one of captives without ("First hostages leave
    Gaza as truce begins; 39 Palestinians freed"), has that second side's figure in `sentence` ("Hamas released 24
    hostages")."""
    pieces = [p for p in _HEADLINE_CLAUSE.split(title) if p and _RELEASE_WORD.search(p)]
    if len(pieces) != 2 or sum(1 for p in pieces if _figures_in(p)) != 1:
        return False
    captives = next((m.group(0) for p in pieces if not _figures_in(p) and (m := _CAPTIVES.search(p))), None)
    return captives is not None and re.search(
        r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?" + captives + r"\b", sentence, _I) is not None


def _named_side_words(title: str) -> set[str]:
    """The capitalised words of a headline's release sides told without a figure ("Medvedchuk handed to Moscow")."""
    sides = [_release_side(p) for p in _HEADLINE_CLAUSE.split(title) if p]
    return {word for side in sides if side and not _figures_in(side) for word in re.findall(r"(?-i:[A-Z])[\w'\u2019-]+", side)
            if word not in country_aliases_cached() and word not in NOT_NAME_WORDS}


# The rest of a list of names after a comma ("Emad Shargi and Morad Tahbaz"), and a clause that ends on a name.
_LIST_GOES_ON = re.compile(_A_NAME + r"(?:(?:\s*,\s*" + _A_NAME + r")*\s+and\s+(?:" + _A_NAME + r"|(?:\d+|"
                           + _NUMBER_WORD_RE + r")\s+others))?")
_NAME_ENDS = re.compile(r"\s(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])[\w'\u2019-]+$")


_MASS_CLEMENCY = re.compile(
    r"^\W*(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s+(?:pardons|amnesties)\s+(?:some\s+|about\s+|nearly\s+|"
    r"more\s+than\s+|over\s+)?(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?(?:prisoners|inmates|detainees|convicts|opponents|"
    r"dissidents|activists|protesters)\b", _I)
_AGENT_OR_SWAP = re.compile(r"\bby\s+(?-i:[A-Z])|\b(?:swap\w*|exchang\w*|in\s+return|others?)\b", _I)


def _two_release_clauses(title: str) -> int | None:
    """People freed in a headline of two or more release clauses, each side counted by its names or as one singly
    identified person, added; None unless every release clause counts, or when the people named are "among those freed"."""
    if _AMONG_THOSE.search(title):
        return None
    crossing = _CROSSES_INTO.search(title)
    if crossing and not set(find_countries(title[: crossing.start()] + title[crossing.end():])) - set(find_countries(crossing.group(0))):
        return None  # "Medic X crosses into Ukraine as 95 POWs return home": of the same side, maybe among the 95
    pieces = [p for p in _HEADLINE_CLAUSE.split(_DESCRIPTION_CLAUSE.sub("", title)) if p]
    parts: list[str] = []
    pending = ""
    for piece in pieces:  # a piece without a release verb ("Sophie Pétronin, ...") belongs to the clause after it
        if (parts and not pending and _LIST_GOES_ON.fullmatch(piece) and _NAME_ENDS.search(parts[-1])
                and not _RELEASE_WORD.search(piece) and not in_title_case(title)):
            parts[-1] = f"{parts[-1]}, {piece}"  # "Iran frees Siamak Namazi, Emad Shargi and Morad Tahbaz": the list goes on
        elif (parts and not pending and _OPENS_ON_FIGURE.match(piece) and _figures_in(parts[-1])
              and _PLURAL_PEOPLE_END.search(parts[-1]) and not _RELEASE_WORD.search(piece)):
            parts[-1] = f"{parts[-1]}, {piece}"  # "Hamas frees 13 Israelis, 10 Thais and a Filipino; ...": the groups go on
        elif _RELEASE_WORD.search(piece) or _ACTIVE_RELEASE_CLAUSE.search(piece) or _PASSIVE_RELEASE_CLAUSE.search(piece):
            parts.append(f"{pending}, {piece}" if pending else piece)
            pending = ""
        else:
            pending = f"{pending}, {piece}" if pending else piece
    if pending and parts:
        parts[-1] = f"{parts[-1]}, {pending}"
    # "30 more to be released next week" is no release yet, "3 others were released in September" an earlier one
    with_word = [p for p in parts if not (_LATER_BATCH.search(p) or _FREED_BEFORE_CLAUSE.search(p))]
    # "Azerbaijan hands back 32 Armenian soldiers, receives two of its own": the later clause's subject left out
    sides = [side for i, clause in enumerate(with_word) if (side := _release_side(clause) if not (
        i and (gapped := _GAPPED_OWN_SIDE.match(clause)) and not _THE_DEAD.search(clause)) else gapped.group("side")) is not None]
    if len(sides) < 2 or len(sides) != len(with_word) or _one_side_told_twice(with_word, sides):
        return None
    with_figure = [i for i, side in enumerate(sides) if _figures_in(side)]
    pardoned = _figures_in(sides[with_figure[0]]) if len(with_figure) == 1 else []
    if (len(pardoned) == 1 and _MASS_CLEMENCY.search(with_word[with_figure[0]])
            and all(clause.lstrip().startswith(sides[i].strip()[:12]) and not _AGENT_OR_SWAP.search(clause)
                    for i, clause in enumerate(with_word) if i != with_figure[0])):
        # "Eskinder Nega and Andualem Arage freed as Ethiopia pardons 746 prisoners": the named are of the pardon's whole
        # (a state's pardon of so many prisoners, the named its clause's subject freed with no state, swap or "others" of
        # their own: "Iran frees A; US grants clemency to five Iranians", "X freed by Russia as Belarus pardons 14
        # prisoners", "X freed as Lukashenko pardons 13 others" are two sides)
        return pardoned[0]
    counts: list[int] = []
    whole = next((f for side in sides if (every := _ALL_OF_FIGURE.search(side)) and (f := parse_count(every.group("n").lower()))
                  and not any(_demonym_word(w) for w in side[every.end():].split()[:3])),
                 None)  # not "all 5 Americans; 2 Britons also released"
    if whole is not None and all(f < whole for side in sides for f in _figures_in(side) if f != whole) and not any(
            _ALSO_WORD.search(clause) for clause in with_word):
        return whole  # "Israel frees all 682 flotilla activists; 466 Turks flown home": the others are among them
    other_way = len(sides) > 2 and _THE_OTHER_WAY.search(with_word[-1]) is not None
    for i, side in enumerate(sides):
        # "Moscow releases four, Igor Sutyagin among them": the bare figure after the verb is the side's
        figures = _figures_in(side) or (_figures_in(with_word[i]) if _LEADING_FIGURE.match(side) and _AMONG_OR_INCLUDING.search(side)
                                        else [])
        # a figure alone is a side of its own beside one that goes the other way, or told as "of its own"; not "eight
        # freed; seven return home"
        if not figures and any(_figures_in(other) for other in sides) and (bare := _BARE_FIGURE_SIDE.match(side)) and (
                (_THE_OTHER_WAY.search(" ".join(with_word[i:])) and any(_COMES_BACK.search(c) for c in with_word))
                or _OF_ITS.search(side)) and not _THE_DEAD.search(" ".join(with_word)):
            figures = [n] if (n := parse_count(bare.group("n").replace(",", "").lower())) else []  # "Twenty Ukrainians come home, 14 go the other way"
        if i and not figures and len(_clause_names(side)) in {f for earlier in sides[:i] for f in _figures_in(earlier)}:
            continue  # "China lets three Americans go in swap; Mark Swidan, Kai Li and John Leung on their way home"
        if i and not figures and _AMONG_THEM_ENDS.search(with_word[i]) and _figures_in(sides[i - 1]):
            continue  # "Five people handed over; Norwegian Frode Berg, pardoned by Putin, among them"
        if not figures and (_THE_DEAD.search(side) or (_GROUP_OF_PEOPLE.search(side) and any(map(_figures_in, sides)))):
            continue  # "...; Hezbollah returns body of Israeli civilian", "Qatari hunting party freed; 26 hostages return"
        if len(figures) == 1:
            # "Russia releases two Americans"; "Pétronin, Cissé and two Italians" adds the named people
            listed = 0 if _AMONG_OR_INCLUDING.search(side) else len(_clause_names(side)) or int(bool(
                (lone := _LONE_NAME_AND_FIGURE.match(side)) and _lone_surname(lone.group("n"))))  # "Medvedchuk and 55 Russians"
            # ("two Saudi soldiers and a Sudanese": the side's own count adds its one more)
            counts.append(max(figures[0] + listed, _count_in(side)[0] or 0))
            continue
        names = len(_clause_names(side))
        plural = _SIDE_PLURAL.search(side)
        if plural and names > 1 and _NAMES_AFTER_PLURAL.match(side, plural.end()) and not _AMONG_OR_INCLUDING.search(side):
            plural = None  # "Taliban free Americans Ryan Corbett and William McKenty": the plural is the names
        if figures or _VAGUE.search(side) or plural or _OFFICIAL_SIDE.match(side):
            return None  # (nor an official who "crosses into Ukraine" or "arrives in Tehran" as people are freed)
        if names:
            counts.append(names)
        elif not _figures_in(with_word[i]) and (
                (with_word[i].lstrip().startswith(side.strip()) and not _BY_AGENT.search(with_word[i])
                 and not _ANOTHER_ONE.search(with_word[i]))
                or (i and not any(map(find_countries, with_word[:i])) and not _NATIONALITY_BEFORE.match(side.strip()))) and (
                _told_again_by_role(side, sides[:i], with_word[:i])):
            # the one person named before, told again as the clause's subject ("Venezuela lets Lorent Saleh go; activist
            # flown to Madrid") or, where no state was named before, as its object ("Fogel lands at Andrews after Russia
            # frees teacher")
            continue
        elif other_way and 0 < i < len(sides) - 1:
            # "Marc Fogel back in US as Moscow lets teacher go; Vinnik sent the other way", "Trevor Reed home as Moscow lets
            # Marine go; ...": a clause before "the other way" that names no one tells the first side's person again
            continue
        elif (_SINGLE_PERSON.search(side) or _SINGLE_DEMONYM.search(side) or _SINGLY.search(side) or _surname_side(side)
              or (_BARE_SINGLE_ROLE.match(side) and not _figures_in(with_word[i]) and (
                  _BY_AGENT.search(with_word[i]) or not with_word[i].lstrip().startswith(side.strip())))
              # "..., Sweden releases official convicted over 1988 executions": one person as the clause's object
              or ((state := _STATE_SUBJECT.match(with_word[i])) is not None and state.group("state") in country_aliases_cached()
                  and not _TO_FREE.search(with_word[i]) and _one_person_freed(with_word[i])
                  and _PERSON_NOUN_OBJECT.search(with_word[i]))):
            # (a role as a clause's object, "Moscow frees ex-Marine", or with its agent, "dealer sent back by US"; not a
            # subject that tells the person named before again: "Russia frees Paul Whelan; Marine veteran lands at Andrews")
            counts.append(1)
        else:
            return None
    return sum(counts)


# A clause told by the state its people came back to: "Kyiv brings home 90 defenders", "Moscow says it received 90"
_RECEIVER_CLAUSE = re.compile(
    r"^\W*(?:[^,]{0,30},\s+)?(?P<c>[\w'-]+)(?:\s+says\s+it)?\s+(?P<v>brings|brought|received|receives|gets|got|takes)\b")
_OF_ITS_NATIONALS = re.compile(r"\bof\s+(?:its|their)\s+(?:nationals|citizens)\b", _I)


def _one_side_told_twice(clauses: Sequence[str], sides: Sequence[str]) -> bool:
    """Whether two of a headline's release clauses tell the same people: the state that takes its people home, and its
    people freed by the other ("Russia frees 90 Ukrainian POWs; Kyiv brings home 90 defenders"), or a homecoming told by
    no state ("plane brings home 10 to Andrews")."""
    states: list[str] = []
    for clause, side in zip(clauses, sides):
        receiver = _RECEIVER_CLAUSE.match(clause)
        if receiver:
            state = country_aliases_cached().get(receiver.group("c"))
            if (state is None and receiver.group("v").lower() in {"brings", "brought", "received"}) or _OF_ITS_NATIONALS.search(side):
                return True  # (nor "Thailand brings home 10 of its nationals" among the hostages freed)
        else:
            state = next((country for word in side.split()[:4] if (country := country_aliases_cached().get(word.strip(",.;:")))), None)
        if state is not None:
            if state in states:
                return True
            states.append(state)
    return False


def _told_again_by_role(side: str, earlier: Sequence[str], earlier_clauses: Sequence[str]) -> bool:
    """A side told by a bare role as its clause's subject ("activist flown to Madrid"), no name, figure or place in it,
    after a side that names exactly one person: the same person told again. A nationality before the role is his only
    where the clause before names no country ("Sisi pardons Alaa Abd El-Fattah; British-Egyptian activist leaves prison",
    not "Michael White leaves Iran; Iranian-American doctor allowed home")."""
    role = side.strip() if any(map(find_countries, earlier_clauses)) else _NATIONALITY_BEFORE.sub("", side.strip())
    return (_BARE_ROLE_SIDE.fullmatch(role) is not None and _SIDE_OF_ONE.search(side) is not None
            and len(earlier) == 1 and not _figures_in(earlier[0]) and len(_clause_names(earlier[0])) == 1)


_NATIONALITY_BEFORE = re.compile(r"^(?:(?-i:[A-Z])[a-z]+-)*" + _DEMONYM_SHAPE + r"\s+")  # "British-Egyptian activist"
_BY_AGENT = re.compile(r"\bby\s+(?-i:[A-Z])")
# "engineer also freed", "blogger freed too", "student released hours later": another person
_ANOTHER_ONE = re.compile(r"\b(?:also|too|as\s+well|another|other|others|later|same)\b", _I)
_BARE_ROLE_SIDE = re.compile(r"(?:(?:the|freed|jailed|detained)\s+)?(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?", _I)
_LONE_NAME_AND_FIGURE = re.compile(rf"\s*(?P<n>(?-i:[{_UPPER}])[\w'\u2019-]+)\s+and\s+(?:\d|(?:" + _NUMBER_WORD_RE + r")\b)", _I)
# "Twenty Ukrainians come home, (14 go the other way)": a side's way back, against which the other way is told
_COMES_BACK = re.compile(r"\b(?:come|comes|came|return|returns|returned|head|heads|cross|crosses)\s+(?:home|back)\b|\b(?:home|back)\s+(?:in|to)\b", _I)
_THE_DEAD = re.compile(r"\b(?:" + _DEAD_NOUNS + r"|burial|reburial|funerals?)\b", _I)  # not "late" ("late-night swap")
_DIGIT_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?![\w.,]\d)")
_CLAUSES_OF_HELD = re.compile(r",\s+|;\s*|\s+(?:but|while|whereas)\s+|\s[-\u2013\u2014]\s")


def _all_held(sentence: str) -> bool:
    """A sentence of people still held, with no clause of its own that frees others ("Russia frees 2 Ukrainian sailors, 22
    remain in custody" has one)."""
    return _STILL_HELD.search(sentence) is not None and not any(
        not _STILL_HELD.search(clause) and (_FREES_BEFORE.search(clause) or _LET_OUT_BY_SPEAKER.search(clause)) and _figures_in(clause)
        for clause in _CLAUSES_OF_HELD.split(sentence))


_ALSO_WORD = re.compile(r"\b(?:also|too|as\s+well)\b", _I)
_ALL_OF_FIGURE = re.compile(r"\ball\s+(?:the\s+)?(?P<n>\d[\d,]*|" + _NUMBER_WORD_RE + r")\b", _I)
_GROUP_OF_PEOPLE = re.compile(r"\b(?:party|group|delegation|team|convoy|caravan|troupe|family|families)\b", _I)
_GAPPED_OWN_SIDE = re.compile(
    r"\s*(?:receives|gets|takes|brings)\s+(?:back\s+)?(?P<side>(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+of\s+(?:its|their)\s+own\b.*|"
    # "gets back two border guards", "gets one spy back"
    r"(?:\d[\d,]*|" + _NUMBER_WORD_RE + r"|an?)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:" + _PEOPLE_NOUNS + r"|" + _ROLE + r")\b.*)", _I)
# A side told by a singular role alone: "(Moscow frees) ex-Marine in tarmac swap", "(releases) a civilian"
_BARE_SINGLE_ROLE = re.compile(r"\s*(?:an?\s+)?(?:former\s+)?(?:ex-)?(?:(?:" + _ROLE + r"|civilian)\b(?!s)(?!-))", _I)
# A side that is a figure alone: "14 (go the other way)", "two of its own (in swap)", "Medvedchuk and 55 Russians"
_BARE_FIGURE_SIDE = re.compile(
    r"\s*(?P<n>\d[\d,]*|" + _NUMBER_WORD_RE + r")(?:\s+of\s+(?:its|their)\s+own)?"
    r"(?:\s+(?:in|back|to|from|on|at|for|after|as|under)\b.*)?\s*$", _I)
_LEADING_FIGURE = re.compile(r"\s*(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\b(?!\s+(?:years?|months?|weeks?|days?)\b)", _I)
_NAMES_AFTER_PLURAL = re.compile(r"\s+(?-i:[A-Z])")
_AMONG_OR_INCLUDING = re.compile(r"\b(?:including|among)\b", _I)
_THE_OTHER_WAY = re.compile(r"\b(?:the\s+other\s+way|in\s+the\s+opposite\s+direction)\b", _I)


# A headline's clause of an earlier release: "US frees Vinnik a week after Moscow's separate release of Marc Fogel".
_EARLIER_CLAUSE = re.compile(
    r",?\s+(?:(?:a|one|two|three|four|five|six|\d+|several|some)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:release[sd]?|freed|frees|freeing|freedom|swap|exchange)\b.*$", _I
)


def _release_clause(title: str) -> str:
    """The part of a headline that carries the release verb ("X freed in Baghdad, officer killed" -> "X freed in
    Baghdad"); of several, the one that names most people."""
    parts = [p for p in _CLAUSE_SPLIT.split(_EARLIER_CLAUSE.sub("", title)) if p]
    named = [p for p in parts if _RELEASE_WORD.search(p)]
    # "Kovrig and Spavor" counts two
    clause = max(named, key=lambda p: (len(_clause_names(p)), -named.index(p))) if named else title
    fronted = _FRONTED_PHRASE.match(clause)
    return clause[fronted.end():] if fronted else clause  # "Pardoned by Putin, Khodorkovsky walks free": Khodorkovsky


_FRONTED_PHRASE = re.compile(
    r"(?:(?:Pardoned|Freed|Released|Amnestied|Set\s+free|Granted\s+(?:clemency|a\s+pardon|amnesty))\s+"
    r"(?:by|under|after|on|in|from|with|following|at)\b(?![^,;:]{0,60}\b(?:exchange|swap|return|trade)\b)[^,;:]{0,60}|"
    r"(?:After|Following)\s+[^,;:]{0,50}),\s+(?=(?-i:[A-Z]))", _I)  # not "Freed in exchange for Bout, Griner lands": the other side


_ORGANISATIONS = frozenset({
    "Boko Haram", "Abu Sayyaf", "Pussy Riot", "Islamic State", "Al Jazeera", "Red Cross", "Red Crescent", "Haqqani Network",
    "Shining Path",
})


def _is_group_word(word: str) -> bool:
    """A word that names a people or a group, not a person: "Uyghur", "Iranian", "Israeli-Russian"."""
    aliases = country_aliases_cached()
    return word in _GROUP_WORDS or word in aliases or (
        "-" in word and all(part in aliases or part in _GROUP_WORDS for part in word.split("-")))


# "Statement on the release of Marc Fogel": the people named after it are the freed.
_PRONOUN_OBJECT = re.compile(r"\s+(?:them|him|her|both)\b", _I)
_RELEASE_OF = re.compile(r"\b(?:release|freeing|liberation)\s+of\s+(?=(?-i:[A-Z]))", _I)


# Two surnames side by side: "A and B", "A, B and two Italians", a headline's "A, B on humanitarian grounds".
# Acronyms ("Church and UN mission") are no surnames.
_NAME_PAIR = re.compile(
    r"(?-i:\b((?![A-Z]+\b)[A-Z][\w'\u2019-]+))(?:\s+and|,(?=\s+\S+\s+and\b)|"
    r",(?=\s+(?-i:[A-Z])[\w-]+(?:\s+(?:on|in|after|as|at|for|from|to|with)\b|\s*$))|"
    # "Sowore, Bakare walk out of DSS custody": two surnames, then what they do
    r",(?=\s+(?-i:[A-Z])[\w-]+\s+(?:walk|walks|walked|leave|leaves|left|land|lands|arrive|arrives|fly|flies|flew|home|out)\b))"
    r"(?=\s+(?-i:((?![A-Z]+\b)[A-Z][\w'\u2019-]+))\b)"
)  # the second name is looked ahead at, so that "A, B and C" pairs A with B and then B with C


# A name that employs the person after it, directly before the role ("Silk Road founder"); not "Zaki and lawyer".
_EMPLOYER_BEFORE_ROLE = re.compile(
    r"(?:'s|\u2019s)?\s+(?!(?:and|or|with|is|was|are|were|has|had)\b|\w+ed\s)(?:[\w-]+\s+)?(?:co-|ex-|vice-)?(?:" + _ROLE + r"|"
    + _OFFICE + r"|chair(?:man|woman|person)?)\b(?!s)", _I)
_NAME_NEXT = re.compile(r"\s+(?-i:[A-Z])[\w'\u2019-]+")  # a capitalised word next
# A title before "of": "Chief Rabbi of", "Grand Mufti of", "Traditional Ruler of", "Methodist Prelate of"
_TITLE_WORD = re.compile(r"(?:" + _ROLE + r"|" + _OFFICE + r"|mufti|ruler|head|metropolitan|prelate|patriarch|cardinal|elder|"
                         r"chair\w*|director|commissioner|secretary|chancellor|general)", _I)
# A place or an employer after a person's name: "Mayor A B of San Juan Mixtepec", "C D of Nairobi's Daily Mirror TV"
_AFFILIATION_BEFORE_NAME = re.compile(r"(?-i:[A-Z])[\w'\u2019-]+\s+(?P<word>(?-i:[A-Z])[\w'\u2019-]+)\s+of\s+(?:(?-i:[A-Z])[\w-]+['\u2019]s\s+)?$")


def _affiliation_before(text: str, end: int) -> bool:
    """Whether `text` up to `end` ends on a person's name and "of" ("Mayor A B of ", "C D of Nairobi's "), not on a title
    ("Kidnapped Emir of ")."""
    match = _AFFILIATION_BEFORE_NAME.search(text, 0, end)
    return match is not None and match.group("word") not in NOT_NAME_WORDS and not _TITLE_WORD.fullmatch(match.group("word"))


def _clause_names(clause: str, swap: bool = False) -> list[str]:
    """People named in a clause, leaving out agents, places and companions after a preposition (in a swap the
    people after "for" are the other side and stay); "A and B" surnames count one each."""
    clause = _without_talks_with(clause)
    active = _ACTIVE_RELEASE.search(clause) or _RELEASE_OF.search(clause)
    if active and not _PRONOUN_OBJECT.match(clause, active.end()):  # "Kovrig and Spavor home after China releases them"
        clause = clause[active.end():]
    core = _AGENT_PHRASE.sub(
        lambda m: m.group(0) if swap and re.search(r"\bfor\b", m.group(0), _I) else " ", clause
    )
    # not employers told before a role: "Silk Road founder Ross Ulbricht"
    names = [n for n in _all_names(core) if not all(_is_group_word(w) for w in n.split()) and n not in _ORGANISATIONS
             and not n.endswith(("'s", "\u2019s")) and not _EMPLOYER_BEFORE_ROLE.match(core, core.find(n) + len(n))
             and not _DEAD_BEFORE_NAME.search(core, 0, core.find(n))  # not "the bodies of A and B"
             and not _affiliation_before(core, core.find(n))]
    # "A and B", "A, B and two Italians": one each.
    for pair in _NAME_PAIR.finditer(core):
        for word in pair.groups():
            if (word not in NOT_NAME_WORDS and not _is_group_word(word) and not any(word in n for n in names)
                    and not _hyphenated_nationality(word)  # not "Franco-Iranian (academic B)"
                    and word not in country_aliases_cached() and not _OFFICIALS.fullmatch(word)):
                names.append(word)
    return names


def _hyphenated_nationality(word: str) -> bool:
    """ "Franco-Iranian", "Swedish-Russian": a nationality, not a surname ("Smith-Jordan", "Mendes-France" end on a country's
    own name)."""
    head, dash, tail = word.rpartition("-")
    return bool(dash) and _nationality(tail)


def _held_still(text: str) -> bool:
    """People still held or a release held back: "while 60,000 remain", "Israel holds back release of 620"."""
    return bool(_STILL_HELD.search(text) or _CLAUSE_STILL_HELD.search(text) or _HELD_BACK.search(text))


def _subset_clause(clause: str) -> bool:
    """A clause that counts some of the people another counts ("seven already back"), not one whose own figure comes
    before its "including" ("Moscow frees four, including Igor Sutyagin")."""
    subset = _SUBSET.search(clause)
    figure = next(iter(_count_spans(clause)), None)
    return subset is not None and (subset.group(0).lower() == "already" or figure is None or subset.start() < figure.start()
                                   # "rights defenders count about 50 political prisoners among them"
                                   or (subset.group(0).lower().startswith("among") and not clause[subset.end():].strip(" .")))


def _without_held_clauses(sentence: str) -> str:
    """The sentence without its clauses of people still held, of a release held back, of a later batch or of a running
    total ("Hamas hands over six hostages; Israel delays release of 620 prisoners" is "Hamas hands over six hostages")."""
    sentence = _EARLIER_STAGE_TAIL.sub("", sentence)
    clauses = _CLAUSE_BREAK.split(sentence)
    kept = [c for c in clauses if not (_held_still(c) or _LATER_BATCH.search(c) or _RUNNING_TOTAL.search(c)
                                       or (_JAILS.search(c) and not _RELEASE_WORD.search(c)) or _DATED_EARLIER.search(c)
                                       or _DEMAND.search(c))]
    return "; ".join(kept) if kept and len(kept) < len(clauses) else sentence


def _sum_of_clauses(sentence: str, swap: bool, named_lists: bool = False) -> tuple[str, int | None]:
    """"Ninety Ukrainians return as Russia gets 90 back": each clause tells its own side, added. A clause of people
    still held or of a release held back is no part of this one; the sentence without it is returned for the figures
    read next."""
    sentence = _without_held_clauses(sentence)
    clauses = _CLAUSE_BREAK.split(sentence)
    kept = [c for c in clauses if c and not (_FREED_BEFORE_CLAUSE.search(c) or _PART_CLAUSE.match(c) or _SEPARATE_HANDOVER.search(c))]
    if kept and len(kept) < len(clauses):
        sentence = "; ".join(kept)  # without "3 others were released in September", "72 political detainees among those freed"
        clauses = _CLAUSE_BREAK.split(sentence)
    clauses = [c for c in clauses if _CLAUSE_RELEASE.search(c) and not (
        _SEPARATE_EVENT.search(c) or _ANAPHORIC_FIGURE.search(c) or _subset_clause(c) or _OF_THEM.search(c)
        or _FREED_BEFORE_CLAUSE.search(c) or _UNDER_REVIEW.search(c))]  # (not "a decree covering 100 still under review")
    counted = [(c, _count_in(c, swap, named_lists=named_lists)[0]) for c in clauses] if len(clauses) > 1 else []
    # "Israel freed 1,968 Palestinians - 250 serving sentences and 1,718 detained in Gaza": the parts of the figure before
    counted = [(c, None if n and v is not None and _are_parts_of(sentence, c, v, counted[n - 1][1]) else v)
               for n, (c, v) in enumerate(counted)]
    if sum(1 for c, v in counted if v is not None and _STATE_FREED_NAMED.match(c)) == 1:
        # "Cuba freed contractor Alan Gross and a US intelligence agent, while the United States released three Cubans": a
        # state's clause that tells its side one by one, one of them singly
        counted = [(c, v if v is not None else _side_one_by_one(c) or None) for c, v in counted]
    freed = [v for c, v in counted if v is not None and _FREES_BEFORE.search(c)]
    # "Qatar frees eight former navy personnel; seven return home": the arrival of some of the people freed
    arrivals = [v for c, v in counted if v is not None and freed and not _FREES_BEFORE.search(c) and _ARRIVING.search(c)
                and v < max(freed) and not _side_of(c) and not swap]  # in a swap the arrivals are the other side
    values = [v for _, v in counted if v is not None]
    last = counted[-1] if counted else None
    if last and last[1] is not None and _each_side(last[0]) and all(
            v <= last[1] // 2 and not (_ALSO.search(c) or _IN_ADDITION.search(c)) for c, v in counted[:-1] if v is not None):
        # "Ukraine gets back 10 civilians as sides swap 50 prisoners each": a part of a side told before (a group told after
        # is added: "swap 175 each; 22 wounded handed over")
        return sentence, last[1]
    if arrivals:
        return sentence, sum(values) - sum(arrivals)
    return sentence, sum(values) if len(values) > 1 else None


_OPENS_ON_FIGURE = re.compile(r"\W*" + ROUGHLY + r"(?:\d|(?:" + _NUMBER_WORD_RE + r")\b)", _I)
_ON_THEIR_WAY = re.compile(
    r"\b(?:return\w*|receiv\w*|arriv\w*|land\w*|cross\w*|flown|fl[ey]w?|bused|bussed|head\w*|reach\w*|went|go(?:es|ing)?|"
    r"handed|delivered|transferred|repatriated|let\s+out|brought|collected|boarded|sent|now\s+in|"
    r"on\s+the\s+(?:buses|bus|plane|flight)|(?:were|was|are|is|have|has|had))\b|\bto\s+(?-i:[A-Z])", _I)
_AND_A_FIGURE = re.compile(r"(?:,|\band\b)" + _LEADING_FIGURE.pattern, _I)
_DASH_BEFORE = re.compile(r"(?:\u2014|\u2013|\s-)\s*$")
_TRADED_BACK = re.compile(r"\b(?:back|home|other\s+way|in\s+return|traded|for\s+(?:the|their|its|his|her)\b)", _I)


def _are_parts_of(sentence: str, clause: str, value: int, before: int | None) -> bool:
    """True when a clause set off by a dash that opens on a figure and frees no one itself ("... - 250 serving sentences
    and 1,718 detained in Gaza") tells the parts of the figure of the clause before it."""
    if before is None or value > before:
        return False
    at = sentence.find(clause)
    return at >= 0 and _DASH_BEFORE.search(sentence, 0, at) is not None and _parts_after_dash(clause, sentence)


def _parts_after_dash(parts: str, sentence: str) -> bool:
    """Whether the text after a dash lists parts of the figure before it: it opens on a figure and gives another, frees,
    sends or moves no one, and its sentence tells of no swap ("- 13 Israelis, 10 Thais and a Filipino")."""
    return bool(_OPENS_ON_FIGURE.match(parts) and _AND_A_FIGURE.search(parts) and not _SWAP_WORD.search(sentence)
                and _frees_no_one(parts))


def _frees_no_one(clause: str) -> bool:
    """Whether a clause after a dash tells no one freed, sent, flown or arriving, and has no verb of its own ("250
    serving sentences and 1,718 detained in Gaza"; not "40 Russians returning to Moscow", "70 soldiers and 20 conscripts
    were handed over")."""
    return not (_RELEASE_VERB.search(clause) or _SWAP_WORD.search(clause) or _TRADED_BACK.search(clause)
                or _ON_THEIR_WAY.search(clause))


# "...; 72 political detainees among those freed", "...; more than 2,000 are political prisoners": what the whole is made of
_PART_CLAUSE = re.compile(
    r"\W*" + ROUGHLY + r"(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:"
    r"(?:[\w-]+\s+){0,3}?among\s+(?:(?:those|the)\s+(?:[\w-]+\s+)?(?:freed|released|pardoned|amnestied)|them\W*$)|"
    r"(?:are|were)\s+(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|women|foreigners|minors|children)\b)", _I)


def _side_one_by_one(clause: str) -> int:
    """How many people a state's release clause with no figure tells one by one after its verb, when it tells someone
    singly ("Cuba freed contractor Alan Gross and a US intelligence agent held for 20 years": 2); else 0. The freed run up
    to their time, place or description."""
    opening = _STATE_FREED_NAMED.match(clause)
    if opening is None or _figures_in(clause):
        return 0
    freed = _AFTER_NAMES_END.split(clause[opening.end():], maxsplit=1)[0]
    freed = re.split(r"\s+(?:held|jailed|detained|convicted|sentenced|serving)\b", freed, maxsplit=1, flags=_I)[0]
    singles = sum(1 for m in _ONE_PERSON_TOLD.finditer(freed) if not _NAME_NEXT.match(freed, m.end()))
    return len([n for n in _all_names(freed) if " " in n and n not in country_aliases_cached()]) + singles if singles else 0


_ONE_PERSON_TOLD = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _ROLE + r"\b(?!s)", _I)
_IN_ADDITION = re.compile(r"\b(?:in\s+addition|additionally|separately|as\s+well)\b", _I)
_UNDER_REVIEW = re.compile(r"\bunder\s+review\b|\bstill\s+(?:being\s+)?(?:reviewed|considered)\b|\byet\s+to\s+be\b", _I)
# "...; 3 others were released in September", "16 were released earlier": an earlier release beside the news
_FREED_BEFORE_CLAUSE = re.compile(
    r"\b(?:were|was|had\s+been)\s+(?:freed|released|pardoned|let\s+go)\s+(?:earlier|previously|before|in\s+" + _MONTH_NAME
    + r"|last\s+(?:week|month|year)|(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+(?:ago|earlier))\b", _I)
_ARRIVING = re.compile(
    r"\b(?:return(?:s|ed)?|arriv(?:e|es|ed)|land(?:s|ed)?|fl(?:y|ies|ew)|head(?:s|ed)?)\s+(?:home|back|in|at|to)\b|"
    r"(?<=\d\s)back\s+(?:home|in)\b|\b(?:" + _NUMBER_WORD_RE + r")\s+back\s+(?:home|in)\b", _I
)


_LIST_ITEM = r"(?:(?!\b(?:for|swap|exchange|while|whereas|as|freed|released|returned)\b)[^,;:.])"  # one item of a list, no clause
_PART_BEFORE = re.compile(
    r"\b(?:including|among\s+them|of\s+whom|(?:which|that)\s+included)\s+(?:[^;:.]{0,60}?\s[-\u2013\u2014]\s+)?"
    r"(?:" + _LIST_ITEM + r"+,\s+){0,6}(?:" + _LIST_ITEM + r"*\s+and\s+)?$", _I)  # (a part broken down after a dash)
_WHOLE_PROMISED_BEFORE = re.compile(r"\b(?:first|last|rest|remainder)\s+(?:\w+\s+)?of\s+(?:the\s+)?$", _I)


def _part_of_figure_before(sentence: str, match: re.Match[str]) -> bool:
    """A figure that counts some of the people a figure before it counts ("six Israelis, including two held for a
    decade", "and seven of them"), or the whole promised ("frees three, first of six hostages it promised")."""
    return bool(_PART_BEFORE.search(sentence[max(0, match.start() - 80): match.start()])
                or _OF_THEM.match(sentence, match.end()) or _AMONG_THEM_AFTER.match(sentence, match.end())
                or _THE_BEFORE.search(sentence, max(0, match.start() - 8), match.start())
                or _WHOLE_PROMISED_BEFORE.search(sentence[max(0, match.start() - 24): match.start()])
                or _OF_WHOLE_BEFORE.search(sentence, max(0, match.start() - 30), match.start()))


# "Eleven of 13 activists ... were released": the figure after "of" is the whole, of whom some were freed (not "one of
# 70 prisoners": the 70 were freed).
_OF_WHOLE_BEFORE = re.compile(r"\b(?!one\b)(?P<n>\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+of\s+(?:the\s+)?$", _I)


# "frees jailed RFE/RL journalist, two Lithuanians and ...", "frees ousted president's son and four ministers": one person
# identified by role, unnamed, listed before the figure in the released object.
_ONE_BEFORE_FIGURE = re.compile(
    r"\b(?:" + _FREE_VERB_FORMS + r"|hands\s+(?:back|over))\s+(?:(?:[\w'\u2019/-]+\s+){0,3}?(?:" + _ROLE + r"|man|woman)|"
    # "frees Lithuanian and two Latvians" (a nationality right after the verb, not a surname: "frees Rezaian, 3 others")
    r"(?:an?\s+)?(?P<demonym>(?-i:[A-Z])[a-z]+))(?:,|\s+and)\s+$", _I
)


def _nationality(word: str) -> bool:
    """ "Lithuanian", "South Korean", "Briton", "Chinese": a nationality, told by its plural beside it in the table of
    countries; not the country's own name, a capital or a leader ("Russia", "Tehran", "Biden")."""
    aliases = country_aliases_cached()
    country = aliases.get(word)
    return country is not None and word != country and (
        aliases.get(word + "s") == country or word.endswith("ese") or word in ("Swiss", "Dutch"))


def _demonym_word(word: str) -> bool:
    """ "Thais", "Chinese", "Britons": a nationality's people, singular or plural."""
    return _nationality(word) or _nationality(word[:-1])


def _singles_listed_after(sentence: str, end: int) -> int:
    """People listed one by one after a figure's group and a comma: "2 Lithuanians, a Latvian and a Swede" adds 2."""
    comma = _PLURAL_COMMA.match(sentence, end)
    if comma is None or not _demonym_word(comma.group(0).strip(" ,").split()[-1]):
        return 0  # the group is of a nationality ("2 Lithuanians, ..."), its singles each of another
    count, at = 0, comma.end()
    while (one := _ONE_NATIONAL.match(sentence, at)) is not None and _nationality(one.group("who")):
        count += 1
        separator = _ITEM_SEP.match(sentence, one.end())
        if separator is None:
            break
        at = separator.end()
    if count and one is not None and _SOURCE_OR_PART_AFTER.match(sentence, one.end()):
        return 0  # "..., a Yemeni official said", "..., a Swede among them"
    return count


_ONE_OPENS_BEFORE_FIGURE = re.compile(
    r"\W*(?:(?:an?\s+)?(?P<demonym>(?:(?:South|North|East|West)\s+)?(?-i:[A-Z])[a-z]+)|"
    # "The principal, three teachers and a cook seized ...", "A pilot and two soldiers held ..."
    r"(?P<role>(?i:the|an?)\s+(?:[\w-]+\s+){0,2}?" + _ONE_MORE_NOUN + r"))(?:,|\s+and)\s+$")
# The subject's own release after its figure: "... and a cook seized from the school last week were freed" (not "A clerk and
# two guards processed the release of 400", "A guide and two elders led negotiators to the camp where 9 hostages were freed")
_GROUP_FREED_AFTER = re.compile(
    r"(?:\d[\d,]*)?(?:(?!\b(?:where|when|after|as|while|but|said|says|told)\b)[^;:.\d])*?\b(?:were|was|have\s+been|has\s+been|"
    r"had\s+been|are\s+being)\s+(?:(?!(?:arrested|detained|jailed|sentenced|killed|abducted|kidnapped|seized)\b)[\w-]+\s+){0,4}?"
    r"(?:freed|released|set\s+free|let\s+go|handed\s+over|rescued|pardoned)\b", _I)


def _one_before_figure(sentence: str, at: int) -> bool:
    """One person told by role or nationality right before the figure at `at` ("frees a Briton and two Americans")."""
    one = _ONE_BEFORE_FIGURE.search(sentence, max(0, at - 80), at)
    if one is None:  # "South Korean, three Filipinos freed in Libya": a headline opening on one person's nationality
        one = _ONE_OPENS_BEFORE_FIGURE.match(sentence[:at])
        if one is not None and one.group("role") and not _GROUP_FREED_AFTER.match(sentence, at):
            return False
    return one is not None and (one.group("demonym") is None or _nationality(one.group("demonym")))


def _people_beside_figure(sentence: str, match: re.Match[str], each: bool, named_lists: bool = False) -> int:
    """People told beside a figure: "two Italians and a Canadian", "a couple and one other", "for Medvedchuk and 55"; with
    `each` (the figure is per side) no one is added after it."""
    extra = 0
    named_one = _AND_NAMED_ONE.match(sentence, match.end()) if not each else None
    if named_one and " ".join(named_one.group(0).split()[-2:]).strip(",.;:)") in country_aliases_cached():
        named_one = None  # "1,056 detainees between Yemen and Saudi Arabia": a country, not a person
    if not each and (_AND_ONE_MORE.match(sentence, match.end()) or named_one):
        extra += 1
    elif not each:
        # ("two European tourists, a German and a Swiss", "11 crew members, a Yemeni official said": the group told
        # again, a source)
        extra += _singles_listed_after(sentence, match.end()) or int(
            _ONE_BETWEEN_GROUPS.match(sentence, match.end()) is not None)
    start = _before_possessive(sentence, match.start())  # "..., her husband Joshua Boyle and their three young children"
    him = _HIM_WITH.search(sentence, max(0, start - 60), start)
    if him and _OTHER_AFTER.match(sentence, match.start()) and (
            _all_names(sentence[:him.start()]) or _surname_word(sentence.split(maxsplit=1)[0])):
        # "X reunited with wife after Minsk frees him with 13 other prisoners": the person named and 13 others (where the
        # sentence names no one, the headline's person is added as named)
        return extra + 1
    if not _JOINED_BEFORE.search(sentence, max(0, start - 40), start):
        return extra  # each pattern below ends in ", " or "and " right before the figure
    listed = _named_list_before(sentence, start) if named_lists else 0
    if listed:
        return extra + listed  # "Álvarez, bishop Isidoro Mora, 15 priests and two seminarians"
    if _HIM_AND.search(sentence, max(0, start - 60), start) and not _OTHER_AFTER.match(sentence, match.start()):
        extra += 1  # "dropped terrorism charges against him and three co-accused" ("him and 15 other prisoners": the
        # headline's person, whom the count adds as named)
    group = _GROUP_AND.search(sentence, max(0, match.start() - 16), match.start())
    if group:
        extra += _GROUPS[group.group(1).lower()]
    if _one_before_figure(sentence, match.start()):
        extra += 1
    named = _SURNAME_AND.search(sentence, max(0, match.start() - 40), match.start())
    if named and not (_is_group_word(named.group("n")) or named.group("n") in NOT_NAME_WORDS):
        extra += 1
    return extra


_JOINED_BEFORE = re.compile(r"(?:,|\band)\s+$", _I)
_THEIR_BEFORE = re.compile(r"\b(?:their|his|her)\s+$", _I)


def _before_possessive(sentence: str, at: int) -> int:
    """Where a figure's phrase starts, a possessive before it included ("and their three children")."""
    their = _THEIR_BEFORE.search(sentence, max(0, at - 8), at)
    return their.start() if their else at


_FREED_NAME_AND = re.compile(
    rf"\b(?:{_FREE_VERB_FORMS})\s+(?:[a-z][\w-]*\s+){{0,3}}(?-i:[{_UPPER}])[\w'\u2019-]+(?:\s+(?-i:[{_UPPER}])[\w'\u2019-]+){{1,3}}"
    r"(?:,[^,;]{3,90},)?\s+and\s+$"
)
# "Mark Swidan, ..., is returning to the United States along with two other Americans": the named subject and the others.
_NAMED_ALONG_WITH = re.compile(
    r"^\W*(?P<subject>(?:[\w-]+\s+){0,3}?(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])[\w'\u2019-]+(?:,[^;]{3,120}?,)?,?\s+(?:[\w-]+,?\s+){0,10}?)"
    r"(?:along\s+with|together\s+with|alongside)\s+(?:(?:his|her|their)\s+)?$"
)


def _along_with_others_at(sentence: str, at: int) -> int:
    """The people of a named subject before "along with" a figure of others ("Mark Swidan ... along with two other
    Americans": 1; "Editor A and columnist B walked out along with 1,204 other inmates": 2), counted beside the figure;
    0 when the figure at `at` is not such."""
    subject = _NAMED_ALONG_WITH.search(sentence, max(0, at - 200), at)
    if subject is None or not _OTHER_AFTER.match(sentence, at) or _CAME_FOR_THEM.match(sentence, at):
        return 0  # (not "along with two colleagues who had driven to the border to collect him")
    named, *verb = _SUBJECT_VERB.split(subject.group("subject"), maxsplit=1)
    if verb and (_NOT_FREED_WITH.search(verb[0]) or not _FREED_OR_HOME.search(verb[0])):
        return 0  # "was detained along with three fellow activists", "Foreign Minister X met ... along with two aides"
    if not verb and not (_GROUP_FREED_AFTER.match(sentence, at) or _WALKED_OUT_AFTER.match(sentence, at)):
        return 0  # "Foreign Minister X, along with two aides, flew to Tehran"
    named = _ESCORTED_BY.sub("", named)
    return max(1, _people_listed(named), len(_people_in(named.split(",")[0])))


# The subject's verb before "along with": its release or journey home ("was released on Monday along with", "returned to
# Seoul on Friday along with")
_FREED_OR_HOME = re.compile(
    r"\b(?:released|freed|pardoned|set\s+free|let\s+go|walked|returned|flew|flown|arrived|landed|crossed|left|deported|expelled|"
    r"handed\s+over|repatriated|reunited)\b", _I)
# ... or the subject's release told after "along with" and its figure: "..., along with two colleagues, walked out of prison"
_WALKED_OUT_AFTER = re.compile(
    r"(?:\d[\d,]*)?[^;:.\d]*?\b(?:walked\s+(?:free|out)|left\s+(?:the\s+)?(?:[\w-]+\s+)?(?:prison|jail|detention)|"
    r"(?:were|was)\s+(?:\w+\s+)?flown\s+(?:home|out|to))\b", _I)


# "Maurice Kamto and 102 supporters were freed": a named subject and a figure of others, freed together.
_NAMED_SUBJECT_AND = re.compile(
    # (after the person's role: "Univision anchor Jorge Ramos and five members of his team were released")
    rf"^\W*(?:(?-i:[a-z{_UPPER}])[\w'\u2019-]*\s+){{0,3}}?(?-i:[{_UPPER}])[\w'\u2019-]+(?:\s+(?-i:[{_UPPER}])[\w'\u2019-]+){{1,3}}\s+and\s+"
    + ROUGHLY + r"$")


def _named_subject_and_figure(sentence: str, at: int) -> int:
    """1 when the sentence opens on one person named in full "and" the figure at `at`, a group freed with them."""
    subject = _NAMED_SUBJECT_AND.match(sentence[:at])
    if subject is None or _OFFICIAL_ROLE.search(subject.group(0)) or _OFFICIAL_ROLE_BEFORE.search(subject.group(0)):
        return 0
    if any(parse_count(word.lower().strip(",")) or _demonym_word(word) or word in country_aliases_cached()
           for word in subject.group(0).split()[:-1]):
        return 0  # (not "Forty-four Armenians and 12 Azerbaijanis", "Ten Israelis and two Thais")
    freed = _GROUP_FREED_AFTER.match(sentence, at) or _WALKED_OUT_AFTER.match(sentence, at)
    # (not "Governor Zulum and 40 hostages who were freed": the group's own clause)
    return int(freed is not None and not _WHO_WORD.search(freed.group(0)))


_NOT_FREED_WITH = re.compile(
    r"\b(?:detained|arrested|sentenced|jailed|convicted|charged|abducted|kidnapped|seized|captured|tried|indicted|met|greeted|"
    r"welcomed|negotiated|secured|brokered|accompanied|escorted|collected)\b", _I)
_CAME_FOR_THEM = re.compile(r"[^;:.]{0,60}?\bwho\s+(?:had\s+)?(?:driven|drove|come|came|travell?ed|flown|flew|gone|went)\b", _I)


def _also_told(sentence: str) -> bool:
    """Whether a sentence tells more people freed besides ("also released", "in return", "along with his"), not where "along
    with their three companions" follows a named subject its figure counts ("A and B were released along with their three
    companions": 5, not two and three more)."""
    return _ALSO.search(sentence) is not None and not _subject_along_with(sentence)


@lru_cache(maxsize=256)
def _subject_along_with(sentence: str) -> bool:
    """Whether a sentence's named subject was counted beside its figure."""
    return any(_along_with_others_at(sentence, at) for at, _ in _figure_positions(sentence))


_OTHER_AFTER = re.compile(r"[\w,-]+(?:\s+[\w-]+)?\s+(?:other|fellow|colleagues|companions|co-defendants|co-accused)\b", _I)
# Where a named subject works: ", the director of Abzas Media,", ", of the Oromia News Network,"
_OF_ORGANISATION = re.compile(r",\s+(?:(?-i:[a-z])[^,]*?\s)?of\s[^,]*,?")
# Who went with a freed subject, not freed: ", accompanied by his wife Sara Mohammadi,", "with her lawyer X"
_ESCORTED_BY = re.compile(r",?\s+(?:(?:accompanied|joined|met|greeted|escorted|flanked)\s+by|with)\s+[^,;]*,?", _I)
# Where a subject ends: its first finite verb ("... and columnist B walked out of ...")
_SUBJECT_VERB = re.compile(r"\s(?:was|were|is|are|has|have|had|will|would|(?-i:[a-z]{2,}ed))\b")
_LIST_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_LIST_OPENER = re.compile(r"^.*\b(?:" + _FREE_VERB_FORMS + r"|rescued|rescues|handed\s+over|including|among\s+them)\s+", _I)
_NAMED_ITEM = re.compile(
    rf"^(?:(?:the|his|her|their)\s+)?(?:[a-z][\w-]*\s+|(?-i:[{_UPPER}])[a-z]+(?:an|ian|ish|ese|i)\s+|(?:French|Dutch|Swiss|Greek|Czech)\s+|"
    rf"(?:South|North|East|West)\s+(?=(?-i:[{_UPPER}])[a-z]+(?:an|ian|ish|ese|i)\s)){{0,5}}"
    rf"(?P<name>(?-i:[{_UPPER}])[\w'\u2019-]+(?:\s+(?:al-|el-|bin\s+|de\s+)?(?-i:[{_UPPER}])[\w'\u2019-]+){{0,3}})$"
)


def _named_list_before(sentence: str, at: int) -> int:
    """People a list names one by one before the figure at `at` in the same clause ("Álvarez, bishop Isidoro Mora, 15
    priests", "American Caitlan Coleman, her Canadian husband Joshua Boyle and their three young children"); 0 unless
    every item of the list back to its opening is a person's name with at most a role before it."""
    clause_start = max(sentence.rfind(";", 0, at), sentence.rfind(":", 0, at)) + 1
    head = sentence[clause_start:at]
    opener = _LIST_OPENER.match(head)
    if opener:
        head = head[opener.end():]
    if re.search(r"\band\s+[^,]+,\s*$", head):
        return 0  # "Mark Swidan, Kai Li and John Leung, three Americans": the figure counts the list again
    count = _people_listed(head)
    return count if count >= 2 else 0


_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "Both", "All"})


# What is released or handed over and names no one freed: the dead ("the remains of A and B", "the late A"), a statement,
# footage, a visit, a ship.
_NO_ONE_LISTED = re.compile(
    r"\W*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:" + _THE_DEAD_WORD + r"|statement|footage|videos?|list|names|photos?|pictures?|"
    r"images?|reports?|visit|trip|meeting|talks|promise|pledge)\b|[^.;]*\b(?:" + _VESSEL_WORD + r"|aircraft)\b", _I)
# "for the Adrian Darya, the Iranian tanker": a ship's name.
_VESSEL_NAMED = re.compile(r"[^,;.]{0,80},\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?" + _VESSEL_WORD + r"\b", _I)
# "the coffin of A", "a visit by envoy B": a name that is no one freed.
_DEAD_OR_OFFICIAL_BEFORE = re.compile(
    r"\b(?:" + _THE_DEAD_WORD + r"|envoy|minister|official|ambassador|visit|trip)\b[^,;]{0,30}$", _I)


def _people_listed(text: str) -> int:
    """How many people a list names one by one, each with at most a role before the name ("Álvarez, bishop Isidoro Mora",
    "American Caitlan Coleman, her Canadian husband Joshua Boyle"); 0 unless every item is such a name."""
    items = [item.strip() for item in _LIST_BREAK.split(re.sub(r"(?:,|\s+and)$", "", text.strip()).strip())]
    if not items or len(items) > 6 or _NO_ONE_LISTED.match(text):
        return 0
    for item in items:
        named = _NAMED_ITEM.match(item)
        if named is None:
            return 0
        name = named.group("name")
        if (name in _PRONOUNS or name in country_aliases_cached() or name in NOT_NAME_WORDS or _OFFICIALS.search(item)
                or _is_group_word(name.split()[0]) or _ROLE_OF_OFFICIAL.search(item)):
            return 0
    return len(items)


def _count_in(sentence: str, swap: bool = False, named_lists: bool = False, headline: bool = False) -> tuple[int | None, bool]:
    """The number of people freed in one sentence, and whether the sentence decided it (a figure or a vague
    quantity was there); both sides of a swap are added; vague counts give None. With `named_lists`, people a list
    names one by one before a figure are added to it (_named_list_before). In a `headline`, figures of two countries'
    people are two sides ("Four Israeli soldiers walk to Red Cross as 200 Palestinians head home")."""
    if not _WHOLE_TOLD.search(sentence):
        sentence, by_clause = _sum_of_clauses(sentence, swap, named_lists)
        if by_clause is not None:
            return by_clause, True
    n_for_n = _N_FOR_N.search(sentence)
    if n_for_n:
        return sum(parse_count(n_for_n.group(a) or n_for_n.group(b) or n_for_n.group(c)) or 0
                   for a, b, c in (("a", "wa", "wla"), ("b", "wb", "wlb"))), True
    n_person = _N_PERSON_SWAP.search(sentence)
    if n_person and not _PART_OF_A_WHOLE.search(sentence, max(0, n_person.start() - 30), n_person.start()):
        return figure(n_person.group(1)), True
    some_of_all = _SOME_OF_ALL_FREED.search(sentence)
    if some_of_all and some_of_all.group("by") in country_aliases_cached():  # a state freed them all, not captors some
        return parse_count(some_of_all.group("all")), True  # "Seven of eight Indian Navy veterans freed by Qatar return": eight
    each = _each_side(sentence)
    gesture = 0
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    one_more_until = -1  # "10 Thais and one Filipino": the "one" after a figure is added with it, not again on its own
    for match, _, value, _, counts in _count_matches(sentence):
        if value > 100_000 or not counts or match.start() < one_more_until:
            continue
        if found and _part_of_figure_before(sentence, match):
            continue
        if _among_the_taken(sentence, match.start()) or _taken_with_them(sentence, match) or _TO_BE_FREED_BEFORE.search(
                sentence, max(0, match.start() - 50), match.start()):
            continue
        some = None if found else _OF_WHOLE_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        if some and _FREES_BEFORE.search(sentence, 0, some.start()):
            value = parse_count(some.group("n").lower()) or value  # "Gunmen free four of six abducted volunteers": four
        found.append((match.start(), value + _people_beside_figure(sentence, match, each, named_lists)))
        taken.add(match.start("num"))
        one_more = None if each else _AND_ONE_MORE.match(sentence, match.end())
        one_more_until = one_more.end() if one_more else -1
    found += [(start, value) for start, value in _bare_figures(sentence)
              if start not in taken and not _among_the_taken(sentence, start)]
    found.sort()
    subject_counted = False
    if named_lists and not each and not (len(found) == 1 and _named_and_others(sentence)):
        # "Israel freed Samir Kuntar, the longest-held Lebanese prisoner, and four Hezbollah fighters" (with one figure,
        # "X and four others" is added below)
        raised = [(start, value + (_along_with_others_at(sentence, start)
                                   or int(_FREED_NAME_AND.search(sentence, max(0, start - 160), start) is not None)
                                   or _named_subject_and_figure(sentence, start)))
                  for start, value in found]
        subject_counted = raised[:1] != found[:1]
        found = raised
    if each and found:
        # "35 prisoners each ..., a swap that returned Sentsov and 24 sailors": the figures after "each" are parts of a side
        at = next(m.start() for m in _EACH.finditer(sentence) if not _MONEY_BEFORE.search(sentence, 0, m.start()))
        # "... each handed over 175 prisoners, and Moscow said it had also passed 22 seriously wounded soldiers to Kyiv":
        # a further group given as a gesture is added to both sides once
        gesture = sum(value for start, value in found if start > at and _GESTURE.search(sentence, at, start))
        found = [f for f in found if f[0] < at] or found
        side = _FIGURE_BEFORE_EACH.search(sentence, max(0, at - 40), at)
        if side and not gesture and found[0][0] < side.start() and found[0][1] == 2 * (parse_count(side.group("n")) or 0):
            return found[0][1], True  # "a total of 2,000 people set free, 1,000 by each side": the whole, then a side
        per_side = parse_count(side.group("n").replace(",", "").lower()) if side else None
        if side and per_side and len(found) > 1 and all(value <= per_side for _, value in found[:-1]):
            # "Sentsov and 24 sailors land in Kyiv as Moscow and Kyiv swap 35 prisoners each", "41 soldiers returned in swap of
            # 41 prisoners each": a side, or its part, told before the figure of each side
            found = found[-1:]
        if len(found) > 2 and sum(value for _, value in found[1:]) == found[0][1]:
            found = found[:1]  # "each handed over 390 people - 270 soldiers and 120 civilians a side": a side and its parts
    if not found:
        if _VAGUE.search(_without_crowds(sentence)):
            return None, True
        return None, False
    for match, number, _, _, _ in _count_matches(sentence):
        if _TOTAL.match(sentence, match.end()) or _TOTAL_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
            return number, True
    among = [value for start, value in found if _AMONG_BEFORE.search(sentence, max(0, start - 40), start)]
    # ("was among 20 Venezuelans released under the agreement, which also saw 10 US citizens freed": two groups)
    if among and len(found) > 1 and max(among) == max(value for _, value in found) and not _ALSO_SAW.search(sentence):
        return max(among), True  # "The two reporters were among 6,520 prisoners pardoned": the whole they belong to
    # "Caitlan Coleman, her husband Joshua Boyle and their three children": the names were counted with the figure
    before_their = _before_possessive(sentence, found[0][0])
    listed_with_their = bool(named_lists and before_their != found[0][0] and _named_list_before(sentence, before_their))
    if len(found) == 1:
        lead = None if listed_with_their else _named_and_others(sentence)
        if lead and not each and not _one_before_figure(sentence, found[0][0]):
            return found[0][1] + _listed_with_others(sentence, lead), True
        traded = _named_traded_for_figure(sentence, found[0][0])
        if traded and not each:
            return found[0][1] + traded, True
    if named_lists and found and not each:
        subject = 0 if listed_with_their or subject_counted else _named_subject_beside(sentence, found[0][0])
        if subject:
            # "Bishop Álvarez and Bishop Isidoro Mora were flown to Rome together with 15 priests and two seminarians"
            return sum(value for _, value in found) + subject, True
    if (len(found) > 1 and _DEFINITE_WHOLE.match(sentence) and found[0][1] == sum(value for _, value in found[1:])
            and not _SWAP.search(sentence, found[0][0], found[-1][0])):  # not "The two were traded for one Russian and one ..."
        return found[0][1], True  # "The 14 freed were 11 Israelis, two Thais and a Filipino": a whole, then its parts
    # "freed 24 hostages, 13 Israelis, 10 Thais and one Filipino", a sentence opening on its whole ("Twenty-four people were
    # released ..., with Moscow letting go 16 prisoners and eight Russians returning"): a whole and its parts (not "Ukraine
    # freed 20 POWs, while Russia got 12 soldiers and 8 civilians back", an equal side in parts); not "All 5 were freed in exchange for 3 Russians
    # and 2 Belarusians", "These four were handed over for two ..." or "The Houthis freed 12 prisoners and the coalition
    # released 8 Houthi fighters and 4 fishermen", whose parts are the other side
    # ("19 clergymen - bishops A and B, 15 priests and two seminarians": the parts with the people named among them)
    named_parts = len(_all_names(_between_first_figures(sentence))) if _PARTS_BETWEEN_DASHES.search(sentence) else 0
    if len(found) > 2 and _whole_then_parts([value for _, value in found], _figures_in(sentence),
                                            [value for _, value in found] + [named_parts] if named_parts else []) and (
            _LISTED_PART.search(_between_first_figures(sentence)) or _WHOLE_OPENS.match(sentence[: found[0][0]])) and not (
            _FOR_OTHER_SIDE.search(sentence, found[0][0], found[1][0]) or _FOR_FIGURE_SIDE.search(sentence, 0, found[1][0])
            or _AND_ANOTHER_FREES.search(sentence, found[0][0], found[1][0])):
        return found[0][1], True
    dash = _DASH_THEN_PARTS.match(sentence, found[0][0], found[1][0]) if len(found) > 1 else None
    if len(found) > 1 and sum(value for _, value in found[1:]) <= found[0][1] and (
            _COLON_THEN_PARTS.fullmatch(sentence[found[0][0]:found[1][0]]) or (
                dash and _parts_after_dash(sentence[dash.end():], sentence))):
        # "Belarus frees 14 prisoners: 6 Poles, 2 Lithuanians, 3 Latvians", "Hamas released 24 captives - 13 Israelis, 10 Thais
        # and a Filipino": the whole, then parts (not "Hamas freed 30 hostages - 24 Palestinians were freed in return", nor
        # one figure after the dash: "Russia frees 90 Ukrainians - 40 Russians returning to Moscow" is the other side)
        return found[0][1], True
    if len(found) > 1 and (
        swap or _SWAP.search(sentence) or len(_RELEASE_VERB.findall(sentence)) > 1 or _AND_COUNTS.search(sentence)
        or _LIST_COUNTS.search(sentence) or _ALSO.search(sentence) or _gapped_sides(sentence) or _figures_going_back(sentence)
        or len(_FIGURE_THEN_FREED.findall(sentence)) > 1
        or (headline and (_of_two_countries(sentence, [start for start, _ in found]) or _TWO_GROUPS_LISTED.search(sentence)))
        or (_AND_AFTER_MEMBERS.fullmatch(sentence, found[0][0], found[1][0])
            and not _GROUP_NOT_FREED.match(sentence, found[1][0]))
        # "The two reporters ... were pardoned along with 1,950 other prisoners", "Ten Chinese road workers were released
        # along with 17 Cameroonians"
        or (len(found) == 2 and _ALONG_WITH_BEFORE.search(sentence, found[0][0], found[1][0]) is not None
            and (_OTHER_AFTER.match(sentence, found[1][0]) is not None
                 or _FREED_BEFORE_ALONG.search(sentence, found[0][0], found[1][0]) is not None))
    ):
        total = sum(value for _, value in found)
    else:
        total = found[0][1]  # the first figure: the headline's or the lede's own
    if each:
        total = total * 2 + gesture
    return total, True


_COLON_THEN_PARTS = re.compile(r"[^:;.]*:\s*")
_DASH_THEN_PARTS = re.compile(r"[^:;.\u2014\u2013]*(?:\u2014|\u2013|\s-)\s*")
_FREED_BEFORE_ALONG = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:freed|released|pardoned|set\s+free|let\s+go)\s+(?:along|together)\s+with\b", _I)
_ALONG_WITH_BEFORE = re.compile(r"\b(?:along|together)\s+with\s+" + ROUGHLY + r"$", _I)
# "freed 10 Americans, among them A and B, and 20 Venezuelan political prisoners": a second group after the first's members
# ("..., and 1,150 others are still behind bars", "and 14 others were expected to follow next week": not freed now)
_GROUP_NOT_FREED = re.compile(
    r"(?:[^,;.]|(?<=\d),(?=\d))*?\b(?:remain\w*|still|arrested|sentenced|held|jailed|detained|behind\s+bars|expected|due|follow|will|would|"
    r"reported|moved|(?:are|were|was|is|have|has|had)\s+(?!(?:also\s+)?(?:freed|released|pardoned|let\s+go|set\s+free)\b))", _I)
_AND_AFTER_MEMBERS = re.compile(
    r"[^;:.]*?,\s+(?:among\s+them|including)\s+[^;:.]{1,120}?,\s+and\s+" + ROUGHLY, _I)
_AND_ANOTHER_FREES = re.compile(
    r"\b(?:and|while|whereas)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:freed|released|returned|handed\s+over|sent\s+back|let\s+go)\b", _I)
_WHOLE_OPENS = re.compile(r"\W*(?:(?:a\s+total\s+of|in\s+all,?|altogether,?|some|about|around|more\s+than|nearly|over)\s+)?$", _I)
_FOR_FIGURE_SIDE = re.compile(r"\bfor\s+(?:the\s+)?$", _I)
_DEFINITE_WHOLE = re.compile(
    r"\W*(?:the|all|those|these)\s+(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w-]+\s+)?(?:were|are|included|include|comprised|comprise)\s", _I)


# "released Alex Saab, a Colombian businessman, ... in exchange for 10 Americans": the named side of a swap whose other
# side is a figure.
_FOR_FIGURE = re.compile(r"\b(?:in\s+(?:exchange|return)\s+for|in\s+(?:a\s+)?swap\s+for|(?:swapped|exchanged|traded)\s+for)\s+(?:the\s+)?$", _I)
_FREES_BEFORE = re.compile(r"\b(?:" + _FREE_VERB_FORMS + r"|handed\s+over|hands\s+over)\s+", _I)


def _named_traded_for_figure(sentence: str, at: int) -> int:
    """How many people a sentence names as freed before "in exchange for" the figure at `at` (0 when none)."""
    if not _FOR_FIGURE.search(sentence, max(0, at - 30), at):
        return 0
    verb = _FREES_BEFORE.search(sentence, 0, at)
    if verb is None:
        return 0
    # the object right after the verb, up to an apposition or an adjunct ("Evan Gershkovich, a Wall Street Journal reporter",
    # "Ksenia Karelina, with help from Sheikh Tahnoun")
    stop = re.search(r",|\s(?:with|on|from|after|in|at)\s", sentence[verb.end():at])
    end = verb.end() + stop.start() if stop else at
    names = [m for m in _NAME.finditer(sentence, verb.end(), end)]
    people = {_clean_name(m.group(0)) for m in names if not _acting_official(sentence, m)}
    people.discard(None)
    return min(len(people) + len(_AND_ONE_ROLE.findall(sentence, verb.end(), end)), 3)


# The freed named as a sentence's subject, and a figure of others freed with them or for them after the verb.
_SUBJECT_FREED = re.compile(
    r"^(?P<subject>[^;:]{3,160}?)\s+(?:(?:were|was)\s+(?:(?:also|all|then|later|finally|both)\s+)?(?:freed|released|handed\s+(?:over|to)|flown|"
    r"set\s+free|pardoned|exchanged|swapped)|arrived|landed|returned|flew)\b", _I
)
_WITH_FIGURE_BEFORE = re.compile(
    r"\b(?:(?:along|together)\s+with|(?P<which>in\s+a\s+(?:swap|exchange)\s+in\s+which)\s+[^,;]{0,60}?"
    r"(?:freed|released|pardoned|handed\s+over))\s+(?:(?:the|some|about|around|more\s+than|at\s+least)\s+)?$", _I
)


_WITH_NAMED_BEFORE = re.compile(r"\bwith\s+(?P<named>(?:[\w'\u2019.-]+\s+){1,6}?)and\s+(?:(?:the|some|about|around)\s+)?$", _I)


def _named_subject_beside(sentence: str, at: int) -> int:
    """How many people a sentence's subject names one by one ("Bishop Álvarez and Bishop Isidoro Mora were flown ...",
    "A, B, C and D were released in a swap in which the US freed seven Iranians") when the figure at `at` counts
    others freed with them or for them; 0 otherwise."""
    subject = _SUBJECT_FREED.match(sentence)
    if subject is None or subject.end() > at:
        return 0
    joined = _WITH_FIGURE_BEFORE.search(sentence, subject.end(), at)
    if joined is None:
        # "Sophie Pétronin, a 75-year-old aid worker ..., arrived in Bamako with opposition leader Soumaïla Cissé and two
        # Italians": the subject and the people named after "with", before the figure
        named = _WITH_NAMED_BEFORE.search(sentence, subject.end(), at)
        if named is None or _OFFICIAL_ROLE.search(named.group("named")) or _OFFICIAL_ROLE.search(" ".join(sentence[at:].split()[:4])):
            return 0  # "with intelligence chief Moussa Diawara and two French officials": who brought them out
        first = _people_listed(_APPOSITIVE.sub("", subject.group("subject")))
        others = _people_listed(named.group("named"))
        return first + others if first and others else 0
    if joined.group("which") and not _side_of(sentence[joined.start():]):
        return 0  # "A and B were freed in a swap in which Russia released 16 prisoners": they may be among the 16
    return _people_listed(re.sub(r",\s+\d{1,3},", "", subject.group("subject")))  # "Sophie Pétronin, 75, and ..."


def _traded_names_in(sentence: str) -> int:
    """The people a sentence with one figure names as traded for it (see _named_traded_for_figure), which its count has."""
    spans = _count_spans(sentence)
    return _named_traded_for_figure(sentence, spans[0].start()) if len(spans) == 1 else 0


def _whole_then_parts(*readings: list[int]) -> bool:
    """True when, in a reading of a sentence's figures, the first is the sum of the others."""
    return any(len(values) > 2 and values[0] == sum(values[1:]) for values in readings)


def _names_in(sentence: str, start: int, end: int, after_only: bool = False) -> list[str]:
    """Names of released people: after "including"/"among them", right after the trigger (read whole past the window's
    end: "Steve Witkoff", not "Steve Wi"), or before it in its clause, where the people acting on the release are left
    out ("Grenell said", "Tebboune pardoned", "Foreign Secretary Liz Truss", "envoy Keith Kellogg")."""
    spans: list[tuple[int, int, bool]] = []  # from, to, whether the span stands before the trigger
    lead = _PEOPLE_LEAD.search(sentence)
    if lead:
        stop = re.search(r"\b(?:after|following|because|when|who|which|as\s+part)\b|;", sentence[lead.end():])
        spans.append((lead.end(), lead.end() + stop.start() if stop else len(sentence), False))
    spans.append((end, min(len(sentence), end + 60), False))
    clause_start = max(sentence.rfind(";", 0, start), sentence.rfind(":", 0, start)) + 1
    if not after_only:
        spans.append((min(max(0, start - 45), max(clause_start, start - 120)), start, True))
    names: list[str] = []
    for lo, hi, before in spans:
        for match in _NAME.finditer(sentence, lo, hi if before else len(sentence)):
            if match.start() >= hi:
                break
            name = _freed_name_at(sentence, match, before)
            if name and name not in names:
                names.append(name)
            following = None if (before or not name or in_title_case(sentence) or _BREAK_BEFORE_LIST.search(
                sentence, lo, match.start()) or ("," in sentence[lo: match.start()] and not _GROUP_THEN_COMMA.search(
                    sentence, lo, match.start()))) else _next_name_in_list(sentence, match.end())
            while following:
                # a list runs on past the window: "together with Soumaïla Cissé and two Italians, the priest Pier Luigi
                # Maccalli and Nicola Chiacchio"
                name = _freed_name_at(sentence, following, before)
                if name and name not in names:
                    names.append(name)
                following = _next_name_in_list(sentence, following.end()) if name else None
    return names


# A name told as a time: "pardoned ahead of Kurban Hayit", "on the eve of Independence Day"
_HOLIDAY_BEFORE = re.compile(r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|to\s+mark|marking|during|before)\s+(?:the\s+)?$", _I)


def _freed_name_at(sentence: str, match: re.Match[str], before: bool) -> str:
    """The name at `match` if it names one of the freed ("" if not): not an organisation, a lawyer, a place qualifying a
    noun, an official acting on the release or someone beside the freed who was not freed."""
    name = _clean_name(match.group(0))
    if not name:
        return ""
    # The words the name was cleaned of are read as well: "President Omar al-Bashir" is the head of state who frees; an
    # outlet's name before is no outlet context ("journalist with La Prensa Juan Lorenzo Holmann").
    taken_off = match.group(0)[: max(0, match.group(0).find(name))]
    context = "" if taken_off.strip() in _NAMED_LIKE_PEOPLE else sentence[max(0, match.start() - 30): match.start()]
    # "Prime Minister Abdalla Hamdok was freed", or a release verb with the titled name as its object: "coup leaders free
    # President Kabore", "freed ousted President Alpha Conde", "released interim President A and Prime Minister B"
    freed = (_FREED_AFTER_NAME.match(sentence, match.end()) is not None
             or _FREED_JUST_BEFORE.search(sentence, max(0, match.start() - 80), match.start()) is not None)
    if not (_names_a_person(name, context) and (not taken_off or freed or _names_a_person(name, context + taken_off))):
        return ""
    if (_LAWYER_AFTER.match(sentence, match.end()) or _DEAD_BEFORE_NAME.search(sentence, max(0, match.start() - 50), match.start())
            or _HOLIDAY_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
            or (_AGENT_OF_BEFORE.search(sentence, max(0, match.start() - 50), match.start())
                and not _ALSO_FREED_AFTER.match(sentence, match.end()))
            or _CUSTODY_OF_BEFORE.search(sentence, max(0, match.start() - 60), match.start())):
        return ""  # "together with Martha Karua, his lawyer", "the bodies of Avi Cohen and Tal Mizrahi", "his publisher, A, said"
    if (_ARTICLE_BEFORE.search(sentence, max(0, match.start() - 4), match.start()) and _MODIFIER_NAME.match(sentence, match.end())
            or _PLACE_AFTER_NAME.match(sentence, match.end()) or (
                (role := _EMPLOYER_BEFORE_ROLE.match(sentence, match.end())) and len(role.group(0).split()) == 1
                and not re.fullmatch(r"\s*" + _FAMILY, role.group(0), _I) and _NAME_NEXT.match(sentence, role.end()))):
        # a place or a body qualifying a noun: "a Los Angeles public defender", "Mile Two prison", "Santa Cruz governor A"
        return ""
    if not freed and ((before and _ACTOR_VERB.match(sentence, match.end())) or _acting_official(sentence, match) or (
            _not_freed_beside(sentence, match.start() + match.group(0).find(name), match.end()))):
        return ""
    return name


_DEAD_BEFORE_NAME = re.compile(
    r"\b(?:bod(?:y|ies)|remains|coffins?|caskets?|corpses?|graves?)\s+of\s(?:(?!\b(?:freed|released|pardoned|handed|returned|home)\b)"
    r"[^;:.]){0,50}$|(?<!\bof\s)\bthe\s+late\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", _I)


# What ends the release's own words before a name: the name is no object of the release, and no list runs on from it
# ("was freed on Sunday, but his fellow captive, the nun A, and B remain held").
# A comma after the group the names then list: "released two American hostages, A and B" (not "freed on Sunday, the nun
# A, and B ...", whose names are no object of the release).
_GROUP_THEN_COMMA = re.compile(r"\b(?:\d[\d,]*|" + _NUMBER_WORD_RE + r")\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+s\s*,[^,]*$", _I)
_BREAK_BEFORE_LIST = re.compile(r";|\b(?:but|while|whereas|between|said|says|who|which|remain\w*|still)\b", _I)
# The next item of a list of names, after a comma or "and" and the words that describe the person: ", the priest A",
# " and Italian national B", ", former British ambassador C".
_NEXT_IN_LIST = re.compile(
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?"  # "A and B in Nuseirat, C in Rafah"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|fellow)\s+)?(?:(?:(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)*(?:an|ian|ish|ese|i|ch)\s+"
    r"(?=(?-i:[a-z]))|(?!(?:a|an|the|for|of|at|with|from|in|on|by|to|and|his|her|their|who|which|whose|said|says|after|before|while|"
    r"as)\b)(?-i:[a-z])[\w-]*\s+){0,4})(?=(?-i:[A-Z]))")


def _next_name_in_list(sentence: str, at: int) -> re.Match[str] | None:
    step = _NEXT_IN_LIST.match(sentence, at)
    name = _NAME.match(sentence, step.end()) if step else None
    return name if name and not _acting_role(sentence[at: name.start()]) else None


def _acting_role(words: str) -> bool:
    """An official's role among the words before a name, not a former one ("former British ambassador A" was freed)."""
    return bool(_OFFICIAL_ROLE.search(words)) and not _FORMER.search(words)


_FORMER = re.compile(r"\b(?:former|ex-)", _I)


# A name that opens on an official's title ("President Abdelmadjid Tebboune", "Foreign Secretary Liz Truss"), or after
# an official's role ("envoy Keith Kellogg", "a U.S. envoy, Zalmay Khalilzad"): who acts on a release, unless the role
# is a former one or the person's own in detention ("ex-UK envoy Vicky Bowman", "jailed former president Áñez").
_OFFICIAL_TITLE = re.compile(
    r"\b(?:President|Prime\s+Minister|Foreign\s+(?:Secretary|Minister)|Secretary|Minister|Special\s+Envoy|Envoy|Ambassador|"
    r"Senator|Governor|Chancellor|Premier|King|Emir|Sultan|Pope)\s"
)
# The roles of officials who act on a release (a narrower list than _OFFICIAL_ROLE: lawmakers, aides, mayors and
# officials are as often the freed).
_ACTING_ROLE = r"minister|envoy|secretary|ambassador|senator|negotiator|mediator|president|governor"
# An official's role in a list of names: "Envoy Adam Reyes and his deputy Lisa Park were flown home with ...".
_ROLE_OF_OFFICIAL = re.compile(r"\b(?:" + _ACTING_ROLE + r"|deputy|official|aide|spokes(?:man|woman|person))\b", _I)
# "Gilad Shalit crosses into Egypt as Israel frees first 477 Palestinians": a side only beside another country's people.
_CROSSES_INTO = re.compile(r"\bcross(?:es|ed)?\s+(?:[\w-]+\s+)?into\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?", _I)
# A description set off by commas inside a clause: "sends Hamid Nouri, serving life for 1988 executions, to Tehran".
_DESCRIPTION_CLAUSE = re.compile(
    r",\s+(?:serving|jailed|sentenced|convicted|held|accused|detained|who|whose|an?|the)\s[^,;:]{0,80},(?=\s+(?-i:[a-z]))", _I)
# An official as a headline clause's subject: "Minister X crosses into Ukraine as 50 POWs return home".
_OFFICIAL_SIDE = re.compile(r"\W*(?!(?:former|ex-|jailed|detained|imprisoned|freed)\b)(?:[\w'\u2019-]+\s+){0,4}?(?:" + _ACTING_ROLE
                            + r"|delegation|team|spokes(?:man|woman|person)|pope|ombudsman|commissioner|consul|"
                            r"rapporteur|mayor)\b", _I)  # (not "official": "Swedish EU official Johan Floderus" was a captive)
_OFFICIAL_ROLE_BEFORE = re.compile(
    r"\b(?:(?:" + _ACTING_ROLE + r"|congress(?:man|woman)|representative)\b|(?-i:Director(?=\s+of\b)|(?<=[A-Z][A-Z]\s)Director|Chief\s+Executive|Crown\s+Prince)\b)"
    # "Secretary of State Rex Tillerson", "Director of National Intelligence James Clapper"
    r"(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:[A-Z])[\w-]+)?,?\s+(?:(?-i:[A-Z])\.?\s*)?$", _I
)
_NOT_IN_OFFICE = re.compile(
    # (not a release before another clause: "were freed after US envoy Richard Grenell met Maduro")
    r"\b(?:former|ex|one-?time|ousted|deposed|interim|jailed|detained|imprisoned|freed|released|held)\b"
    r"(?:(?!\b(?:after|before|as|when|while|since|by)\b)[^,;:.]){0,30}$", _I
)


def _acting_official(sentence: str, name: re.Match[str]) -> bool:
    # (the role may end inside the matched words: "Secretary of (State Rex Tillerson)")
    cleaned = _clean_name(name.group(0))
    at_name = name.start() + max(0, name.group(0).find(cleaned)) if cleaned else name.start()
    role = (_OFFICIAL_ROLE_BEFORE.search(sentence, max(0, name.start() - 40), name.start())
            or _OFFICIAL_ROLE_BEFORE.search(sentence, max(0, at_name - 60), at_name))
    title = None if role else _OFFICIAL_TITLE.search(name.group(0))
    if role is None and title is None:
        return False
    at = role.start() if role else name.start() + title.start() if title else 0
    return _NOT_IN_OFFICE.search(sentence, max(0, at - 40), at) is None


# A relative or lawyer beside the freed ("with his mother Laila Soueif"), or one named with an official's role after
# the name ("with Jean-Noel Barrot, France's foreign minister"): not freed.
_RELATIVE_BEFORE = re.compile(
    r"(?<!along\s)(?<!together\s)\bwith\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:mother|father|wife|husband|son|daughter|sister|brother|family|lawyer|"
    r"attorney|relatives?|parents?|fianc[\u00e9e]e?)\s*,?\s*$", _I
)
_ROLE_AFTER = re.compile(
    r",\s+(?!(?:a\s+|the\s+)?(?:former|ex-))(?:(?!(?:after|before|as|when|while|and|but|who|which|said|says)\b)[\w'\u2019.-]+\s+)"
    r"{0,3}?(?-i:(?:foreign\s+)?(?:" + _ACTING_ROLE + r"|spokes(?:man|woman|person)))\b", _I
)


def _not_freed_beside(sentence: str, start: int, end: int) -> bool:
    return bool(_RELATIVE_BEFORE.search(sentence, max(0, start - 40), start) or _ROLE_AFTER.match(sentence, end)
                or _AGENT_BEFORE.search(sentence, max(0, start - 40), start)
                or _still_held_after(sentence, end))  # "returns 104 schoolgirls; Leah Sharibu still held"


# "pardoned by President Abdelmadjid Tebboune", "freed by Hamas' Yahya Sinwar": who frees, after a passive verb.
_AGENT_BEFORE = re.compile(
    r"\b(?:freed|released|pardoned|ordered|granted|signed|decreed|announced|confirmed|welcomed|greeted|brokered|mediated)\s+"
    r"by\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,2}?$", _I
)


# A name the sentence then says was freed, whatever its title: "Prime Minister Abdalla Hamdok was freed by the army",
# "Senator Luis Perez, held for six years, was released", "Oleg Sentsov said he was freed".
_FREED_AFTER_NAME = re.compile(
    r"(?:\s*,[^,;]{1,60},)?\s+(?:(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:he|she|they)\s+)?(?:was|were|had\s+been|has\s+been|is|are)\s+"
    r"(?:\w+\s+)?(?:freed|released|pardoned|set\s+free|let\s+go)\b|\s+(?:walks|walked)\s+free\b",
    _I,
)
# A name followed by what only the people acting on a release do: "Grenell said", "Tebboune pardoned", "Rice welcomed".
_ACTOR_VERB = re.compile(
    r"(?:,\s+(?:who|which)\s+\w+\s*|\s+)(?:said|says|announced|announces|ordered|orders|pardoned|pardons|granted|grants|"
    r"signed|signs|decreed|welcomed|welcomes|thanked|thanks|negotiated|brokered|met|meets|told|praised|urged|wrote|hailed|"
    r"called|visited|travel+ed|flew\s+to|accompanied|secured|mediated|greeted|commuted|approved)\b",
    _I,
)


# Words that end the name of a place, body, law or day rather than of a person: "Andrews Air Force Base", "Catholic
# Church", "Public Safety Act", "Throne Day".
_NOT_PERSON_LAST = frozenset("""
    Church Day Act Base Bay Street Strait Garden Headquarters Administration Brotherhood Teams Liberty Network Airport
    Prison Jail Square Palace Army Forces Front Movement Party Commission Ministry Agency Times Post Journal News Radio
    Digest Crossing Border Bridge Hospital Hotel Station Camp Island Islands River Valley Province District Region
""".split())
# "in Khan Younis", "at Brize Norton": a place; "President Abdelmadjid Tebboune": the head of state who frees (other
# roles, and a former president, are as often the freed: "lawmaker Juan Requesens", "former President Jeanine Áñez").
_BEFORE_NON_PERSON = re.compile(
    # a place: "seized on the Golan Heights"
    r"(?:\b(?:in|at|near|outside|via|from|into|(?:home|flew|flown|deported)\s+to)\s+(?:the\s+)?|\bon\s+the\s+|(?<!former\s)(?<!ex-)\b(?-i:President|Prime\s+Minister|King|Emir|Sultan|Pope)|"
    # a place after the office or the ground it names: "mayor of Hola Prystan", "the village of Nabi Saleh"
    # and the body a member heads: "former vice-chair of the now-disbanded Hong Kong Alliance"
    r"\b(?:mayor|governor|city|town|village|province|region|district|outskirts|suburbs?|(?:vice-|co-)?chair\w*)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[a-z])[\w-]*\s+)?)\s*$", _I
)


# Places of the news that look like a person's name and are no country's alias.
_PLACE_NAMES = frozenset({
    "Khan Younis", "Brize Norton", "Ben Gurion", "Sharm el-Sheikh", "Camp Crame", "Tai Lam", "Shek Pik", "Gaza City",
    "Tel Aviv", "Nahal Oz", "Nabi Saleh", "Kfar Aza", "Nir Oz", "Be'eri", "Mong Kok", "Tamil Nadu", "Uttar Pradesh",
    "West Bengal", "Jammu Kashmir", "La Guajira", "Valle del Cauca", "San Cristóbal", "San Cristobal", "Los Angeles",
    "San Antonio", "San Diego", "San Francisco", "San Jose", "New York", "New Jersey", "New Orleans", "New Mexico",
    "Las Vegas", "El Paso", "Fort Worth", "Salt Lake", "Salt Lake City", "Huntington Woods", "Joint Base Andrews",
    "Base Andrews", "Guantanamo Bay", "Guantánamo Bay", "Camp David", "Buenos Aires", "Rio de Janeiro", "Sao Paulo",
    "São Paulo", "Kuala Lumpur", "Addis Ababa", "Port-au-Prince", "Santo Domingo", "Dar es Salaam", "Abu Dhabi",
    "Hong Kong", "Ho Chi Minh City", "Phnom Penh", "Port Sudan", "Port Harcourt", "Cape Town", "Tierra Caliente",
    "Puerto Rico", "Costa Rica", "Sri Lanka", "Saudi Arabia", "Nagorno Karabakh", "Abu Ghraib", "Tora Prison",
})
# Outlets, companies and groups named like people ("correspondent of Die Welt", "a Susi Air pilot").
_NAMED_LIKE_PEOPLE = frozenset({
    "Die Welt", "Die Zeit", "Der Spiegel", "Il Manifesto", "La Repubblica", "Le Figaro", "Le Monde", "El País", "El Pais",
    "La Prensa", "El Nacional", "Morning Star", "Truth Social", "Susi Air", "Phoenix Mercury", "Royal Navy",
    "Reporters Without Borders", "Médecins Sans Frontières", "Medecins Sans Frontieres", "Un Ponte Per",
})


def _names_a_person(name: str, before: str) -> bool:
    return (not _names_a_thing(name) and name.split()[-1] not in _NOT_PERSON_LAST
            and _BEFORE_NON_PERSON.search(before) is None and not _affiliation_before(before, len(before))
            and not (len(name.split()) <= 3 and _OUTLET_BEFORE.search(before)))


# An outlet after a reporter's "of": "correspondent of Die Welt" (a longer run holds the person too: "journalist with La
# Prensa Juan Lorenzo Holmann").
_OUTLET_BEFORE = re.compile(
    r"\b(?:correspondent|reporter|journalist|editor|columnist|contributor|writer)s?\s+(?:of|for|with|at)\s+(?:the\s+)?$", _I)
# Storms and operations named like people: "Cyclone Nargis", "Operation Barkhane".
_NOT_PERSON_FIRST = frozenset({"Cyclone", "Hurricane", "Typhoon", "Tropical", "Operation"})
# "the Hong Kong-based correspondent", "a Tehran-born engineer": a place made an adjective.
_ADJECTIVE_ENDINGS = ("-based", "-born", "-led", "-backed", "-run", "-owned", "-bred")


_RANK_WORDS = frozenset(
    "Wing Squadron Flight Commander Lieutenant Lt Lt. Captain Capt. Sergeant Sgt. Staff Corporal Cpl. Private Pvt. Pte "
    "Major Maj. Colonel Col. Warrant Petty Officer Seaman Airman Specialist Spc. Ensign Marine Ranger Jawan Havildar "
    "Naik Sepoy".split()
)


_LAW_WORDS = frozenset({"Bill", "Act", "Law", "Code", "Amendment", "Decree"})


_INSTITUTION_WORDS = frozenset({
    "Church", "Council", "Ministry", "Party", "Union", "Court", "Committee", "Commission", "Agency", "Bank", "University",
    "Foundation", "Institute", "Movement", "Network", "Front", "Crescent", "Parliament", "Assembly", "Government",
    "Conference",
})
_CENTRE_WORDS = frozenset({"Centre", "Center", "Centres", "Centers"})
_OFFICES = frozenset({"Attorney General", "Solicitor General", "Prosecutor General", "Inspector General", "Auditor General",
                      "Public Defender", "Public Prosecutor"})
_BODY_ADJECTIVE = re.compile(r"(?:ic|an|al|ox|ist|ary|ive|ese)$")
_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "di", "dos", "dela", "van", "von"})


def _clean_name(raw: str) -> str | None:
    words = raw.split()
    outlet = next((n for n in (2, 3, 4) if " ".join(words[:n]) in _NAMED_LIKE_PEOPLE), 0)
    if outlet:
        # "Die Welt Deniz Yücel" names Deniz Yücel; "Reporters Without Borders" no one (read before a role word is taken off)
        words = words[outlet:] if len(words) >= outlet + 2 else []
    if words and words[-1] in _CENTRE_WORDS or " ".join(words[-2:]) in _OFFICES:
        # "Joint Investigation Centre", "Sheba Medical Center": a place or body, whatever the words before it; "Attorney
        # General": an office
        return None
    # A leading figure ("Eighty-two Chibok") and a trailing group word ("Cold War", "Crimean Tatars") name no person.
    while words and (words[0] in NOT_NAME_WORDS or words[0] in _RANK_WORDS or _is_group_word(words[0])
                     or parse_count(words[0]) is not None):
        words.pop(0)  # "Wing Commander Abhinandan Varthaman" names Abhinandan Varthaman
    # (a surname after a particle stays, though it names a place: "Leila de Lima")
    while words and words[-1] not in _SURNAME_WORDS and (len(words) < 2 or words[-2] not in _NAME_PARTICLES) and (
            words[-1] in NOT_NAME_WORDS or words[-1] in country_aliases_cached() or words[-1] in _GROUP_WORDS):
        words.pop()
    for i, word in enumerate(words):
        if word.endswith(("'s", "\u2019s")):
            words = words[i + 1:]  # "Al Jazeera's Peter Greste" names Peter Greste
            break
    if len(words) < 2 or len(words) > 5 or words[-1] in _LAW_WORDS or (words[-1] in _INSTITUTION_WORDS and (
            len(words) > 2 or _BODY_ADJECTIVE.search(words[-2]))):
        # "the Finance Bill", "the Public Order Act": a law, not a person; "the Catholic Church", "the National Unity
        # Government": a body ("Frank Church" is a person)
        return None
    name = " ".join(words)
    if _OFFICIALS.search(name) or any(w in NOT_NAME_WORDS for w in words[:-1]):
        return None
    if name in country_aliases_cached() or name in _PLACE_NAMES:
        return None
    return name


def _sanction_facts(hits: Sequence[Hit], title: str, lede: str) -> tuple[str | None, str | None, str | None]:
    authority = None
    target = None if hits else _target_in(title)
    for hit in hits[:4]:
        if authority is None:
            authority = _authority_in(hit.sentence[: hit.start]) or _authority_in(hit.sentence)
        if target is None:
            target = _target_in(hit.sentence)
    if authority is None:
        authority = _authority_in(title) or _authority_in(lede)
    return _action(hits, title, lede), authority, target


def _action(hits: Sequence[Hit], title: str, lede: str = "") -> str:
    """The sanction action (corpus/README.md, "sanction_action"): the headline's cue if it has one, else the
    deciding sentences'. Within one sentence a prospective frame ("threatens", "could face") decides; else the
    first specific action cue, read left to right, is the main verb; plain imposition is what is left."""
    places = [title] + [h.sentence for h in hits[:3] if h.sentence != title]
    for i, text in enumerate(places):
        action = _action_in(text)
        if action == "imposed" and i == 0 and _action_in(text, specific=True) is None and any(
                _NUMBERED_PACKAGE.search(later) for later in (*places[1:], lede.replace(title, "", 1))):
            # A headline's plain "agree to embargo" with "the sixth package" below: the package is numbered.
            return "expanded"
        if action is not None:
            return action
    return "imposed"


_NUMBERED_PACKAGE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|latest)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:package|round|tranche)\b", _I
)


def _action_in(text: str, specific: bool = False) -> str | None:
    """The action a sentence states, or None when it has no action cue; with `specific`, None also when the
    sentence states only plain imposition."""
    if _WAIVERS_END.search(text):
        return "expanded"
    evasion = _EVASION_FRAME.search(text)
    if evasion:
        # "Maduro seeks to skirt US sanctions" is evasion; "court convicts banker for helping Iran evade" enforcement,
        # "US blacklists bank for helping Russia dodge sanctions" imposition.
        if dict(_ACTIONS)["enforced"].search(text, 0, evasion.start()):
            return "enforced"
        return "imposed" if _IMPOSING_VERB.search(text, 0, evasion.start()) else "evaded"
    if _prospective(text):
        # A planned relaxation or renewal takes eased, lifted or extended, not threatened (corpus/README.md).
        for action, pattern in _ACTIONS[1:4]:
            match = pattern.search(text)
            # The relaxation must govern the sanctions: "relax sanctions", "sanctions could be relaxed".
            if match and (_NEAR_SANCTIONS.search(text[match.end(): match.end() + 30])
                          or _NEAR_SANCTIONS.search(text[max(0, match.start() - 30): match.start()])):
                return action
        return "threatened"
    first = _first_cue(text)
    settled = _settled_action(text, first)
    if settled is not None:
        return settled
    if _RELIEF_LAPSES.search(text):
        return "expanded"  # "Chevron's licence expires": an ended licence tightens the regime (corpus/README.md)
    if first is not None and first[2] == "evaded" and _EVADERS_TARGETED.search(text, max(0, first[0] - 60), first[0]):
        return "imposed"  # "Treasury sanctions tankers rerouting Iranian oil": the evaders are the new target
    if first is not None:
        return first[2]
    if specific:
        return None
    return "imposed" if _ACTIONS[-1][1].search(text) else None


def _prospective(text: str) -> bool:
    """True when the sentence frames the sanctions as prospective, outside the reason for them: "threatens
    sanctions", not "sanctions snap back after Europeans trigger the mechanism"."""
    for cue in _ACTIONS[0][1].finditer(text):
        after_another_act = _AFTER_ANOTHER_ACT.search(text, max(0, cue.start() - _REASON_REACH), cue.start()) is not None
        if not (_in_reason(text, cue.start()) or (after_another_act and not _OWN_THREAT.match(cue.group(0)))
                or _earlier_clause_imposes(text, cue.start())):
            return True
    return False


def _in_reason(text: str, at: int) -> bool:
    """True when the cue at `at` sits in the reason for the measure ("sanctions over the deportation of ...")."""
    return _REASON_BEFORE.search(text, max(0, at - _REASON_REACH), at) is not None


def _first_cue(text: str) -> tuple[int, int, str] | None:
    """The first specific action cue, read left to right: (position, rank, action)."""
    first: tuple[int, int, str] | None = None
    for rank, (action, pattern) in enumerate(_ACTIONS[1:-1]):
        # A cue in the reason of the measure is not its action: "sanctions over the deportation of children",
        # "bans EU officials in response to the bloc's latest sanctions".
        match = next((m for m in pattern.finditer(text) if not _in_reason(text, m.start())), None)
        if match and (first is None or (match.start(), rank) < first[:2]):
            first = (match.start(), rank, action)
    return first


def _first_clause_imposes(text: str, first: tuple[int, int, str]) -> bool:
    return first[2] == "expanded" and _earlier_clause_imposes(text, first[0])


def _earlier_clause_imposes(text: str, at: int) -> bool:
    """True when a plain imposing verb in an earlier clause is the main verb of what is told at `at` ("slaps fresh
    sanctions on Chinese firms, warns more could follow")."""
    end = _imposing_clause_end(text)
    return end is not None and end < at


def _settled_action(text: str, first: tuple[int, int, str] | None) -> str | None:
    """The action a phrase the label conventions settle gives, whatever else the sentence says ("restores
    sanctions" is imposed; of several such phrases the first in the text), or "imposed" when a first clause's imposing verb governs the first specific cue
    ("UK sanctions Rosneft and Lukoil, adds 44 tankers"); None otherwise."""
    settled = [(m.start(), action) for action, pattern in _ACTION_OVERRIDES if (m := pattern.search(text))]
    if settled:
        return min(settled)[1]  # the first such phrase is the main verb: "reimposes sanctions, grants waivers"
    if first is not None and _first_clause_imposes(text, first):
        return "imposed"
    return None


def rules_fix_action(text: str) -> bool:
    """True when _action_in reads the headline's action by a reading a word model cannot make: ended waivers or
    lapsed relief, an evasion frame, a phrase the label conventions settle (under a prospective frame, only a settled
    threat such as "on the table"), or a first clause's imposing verb governing a later clause's cue."""
    if _WAIVERS_END.search(text) or _RELIEF_LAPSES.search(text):
        return True
    if _prospective(text):
        return _settled_action(text, None) == "threatened"  # "puts asset freezes on the table"
    return _EVASION_FRAME.search(text) is not None or _settled_action(text, _first_cue(text)) is not None


@lru_cache(maxsize=64)
def _imposing_clause_end(text: str) -> int | None:
    """Where the clause of the first imposing verb ends (the next comma or semicolon), when that verb is a main verb;
    read once per sentence, as _prospective asks for every threat cue in it."""
    imposing = _IMPOSING_VERB.search(text)
    if imposing is None:
        return None
    # "After US designates Houthis, EU weighs ...": a background clause; "Slapped with sanctions, ...": a participle,
    # where a main verb follows its subject.
    clause_start = max(text.rfind(",", 0, imposing.start()), text.rfind(";", 0, imposing.start())) + 1
    if _BACKGROUND_OPENER.match(text, clause_start) or not text[clause_start:imposing.start()].strip():
        return None
    ends = [n for n in (text.find(",", imposing.end()), text.find(";", imposing.end())) if n >= 0]
    return min(ends) if ends else None


# "Japan, which imposed sanctions in 2022, warns of more": a relative clause is background too.
_BACKGROUND_OPENER = re.compile(r"\W*(?:after|having|following|since|as|when|once|while|with|despite|amid|which|who)\b", _I)
# A verb of plain imposition ("imposes", "slaps", "sanctions Rosneft"), read before a later clause's cue.
_IMPOSING_VERB = re.compile(
    r"\b(?:impos(?:es|ed)|slap(?:s|ped)|blacklist(?:s|ed)|designat(?:es|ed)|sanction(?:s|ed)(?=\s+(?-i:[A-Z\d])))", _I
)
_REASON_REACH = 80  # how far before a cue its reason clause is looked for
_REASON_BEFORE = re.compile(
    r"\b(?:(?:over|after|following|for|against|amid|in\s+response\s+to|in\s+retaliation\s+for|condemn\w*)\s+"
    r"(?:(?:the|a|an|its|their|his|her|this|last|recent|[\w-]+(?:'s|\u2019s))\s+){0,2}|"
    # "over" and "amid" never lead to the main verb, so any two words may stand between: "over violent crackdown on".
    r"(?:over|amid)\s+(?:[\w'\u2019-]+\s+){0,2})$",
    _I,
)
# "Chevron's licence expires": relief that lapses tightens the regime.
_RELIEF_LAPSES = re.compile(
    r"\b(?:waivers?|licen[cs]es?|exemptions?|relief)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:expires?|expired|lapses?|lapsed)\b", _I
)
# "Treasury sanctions tankers rerouting Iranian oil": the evaders are the object of new sanctions.
_EVADERS_TARGETED = re.compile(
    r"(?<!-)\b(?:sanctions|blacklists|designates|targets)\s+"
    r"(?!on\b|against\b|over\b|for\b|relief\b|are\b|were\b|is\b|was\b|be\b|being\b|been\b|have\b|has\b)(?:[\w'\u2019-]+\s+){1,3}?$", _I
)
# "after European powers trigger", "after Hungary drops veto threat": another party's act that led to the measure.
_AFTER_ANOTHER_ACT = re.compile(r"\b(?:after|following)\s+(?:[\w'\u2019-]+\s+){0,3}$", _I)
# "After Putin call Trump threatens new sanctions": a threatening verb is the sentence's own act, not the reason.
_OWN_THREAT = re.compile(r"(?:threatens|warns|vows|mulls|weighs|considers|proposes|readies|prepares|plans)\b", _I)
_NEAR_SANCTIONS = re.compile(r"\b(?:sanctions|embargo|restrictions|measures|curbs)\b", _I)
_EVASION_FRAME = re.compile(
    r"\b(?:to|seeks?\s+to|trying\s+to|help\w*)\s+(?:\w+\s+)?(?:skirt|evade|bypass|circumvent|dodge|get\s+around|blunt)\b|"
    # Evasion told without the verb: ships that go dark, assets moved beyond reach, cargoes relabelled, loopholes.
    r"\b(?:go(?:es|ing)?|went|gone)\s+dark\b|\bbeyond\s+(?:the\s+)?reach\s+of\b|\b(?:sold|passed\s+off|disguised|relabell?ed)\s+as\b|"
    r"\bloopholes?\W{0,2}\s+(?:lets?|letting|allows?|allowing|keeps?)\b|\b(?:exploit\w*|through|via)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?loopholes?\b|"
    r"\bmiddlem[ae]n\b", _I
)
# Waivers or licences ended, revoked or left to lapse are expanded sanctions (corpus/README.md), even when announced.
_WAIVERS_END = re.compile(
    r"(?:\b(?:end(?:s|ed|ing)?|revok\w*|scrap\w*|cancel\w*|terminat\w*|not\s+renew\w*|stop\w*\s+(?:granting|issuing|"
    r"renewing))|n['\u2019]t\s+renew\w*)\s+(?:(?!need\b|for\b)[\w'\u2019-]+\s+){0,3}?(?:waivers?|licen[cs]es?|exemptions?)\b"
    r"(?!\s+requirements?)|"
    r"\blet\w*\s+(?:[\w'\u2019-]+\s+){0,4}?(?:waivers?|licen[cs]es?|exemptions?)\s+(?:expire|lapse)\b",
    _I,
)
# Phrases whose action the conventions fix whatever else the sentence says.
_ACTION_OVERRIDES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lifted", re.compile(
        r"\b(?:strikes?|struck|takes?|took|removes?|removed|drops?|dropped)\s+(?:[\w'-]+\s+){0,4}?(?:off|from)\s+"
        r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:blacklist|list|register)\b|"
        r"\bfree[sd]?\s+(?:[\w'\u2019-]+\s+){0,6}?from\s+(?:[\w.]+\s+)?sanctions\b", _I)),
    ("eased", re.compile(
        r"\b(?:extend\w*|renew\w*|prolong\w*|grant\w*|issu\w*|wins?|won|gets?|got|receiv\w*|secur\w*|giv(?:e|es|en|ing)|gave)\s+"
        r"(?:[\w'\u2019-]+\s+){0,2}?(?:waivers?|licen[cs]es?|exemptions?|reprieve|relief)\b|"
        r"\b(?:sanctions|penalties|measures|restrictions|embargo)\s+(?:[\w'\u2019-]+\s+){0,2}?waived\b|"
        r"\bwaiv(?:es|ed|ing)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:sanctions|penalties)\b|"
        # Partial or phased relief: "partially lifts", "gradual easing".
        r"\b(?:partial(?:ly)?|phased|gradual(?:ly)?)\s+(?:[\w-]+\s+)?(?:lift|remov|end|eas)\w*|"
        # Some measures removed while others stay: "lifts X but keeps Y" (a whole programme scrapped, or a target taken
        # off a list while others stay on it, stays lifted).
        r"\b(?:lift\w*|remov\w*|scrap\w*|ends?|ended|drop(?:s|ped)?)\s+(?!(?:[\w'\u2019-]+\s+){0,3}?(?:programme|program|regime)\b)"
        r"(?!(?:[\w'\u2019&+-]+\s+){1,6}?(?:from|off)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:blacklist|list|register)\b)"
        r"[^;:.]{0,60}?(?:,|\bbut|\bwhile)\s+(?:keep|leav|maintain|retain)\w*", _I)),
    ("imposed", re.compile(r"\b(?:reimpos\w*|re-impos\w*|snapback|snap\s+back|reinstat\w*|restor(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?"
                           r"(?:sanctions|restrictions|embargo))\b", _I)),
    ("expanded", re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
                            r"\s+(?:[\w-]+\s+){0,2}?(?:package|round|tranche|wave)\b|"
                            r"\b(?:expand|widen|broaden)(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:sanctions|bans?|list|blacklist|"
                            r"measures|embargo|restrictions|curbs)\b|\b(?:\d[\d,]*|dozens|hundreds|scores)\s+more\b(?!\s+(?:than|days|weeks|months|years))", _I)),
    ("extended", re.compile(r"\bcontinu(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){0,3}?(?:national\s+)?emergency\b|"
                            r"\b(?:extend\w*|prolong\w*)\s+(?:[\w'-]+\s+){0,4}?(?:until|to|through|till|into)\s+"
                            r"(?:(?:the\s+)?end\s+of\s+|mid-?)?(?:(?:19|20)\d\d|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December)\b", _I)),
    ("threatened", re.compile(r"\b(?:sanctions|measures|freezes|bans?|embargo|penalties|listings?)\s+(?:[\w'\u2019-]+\s+){0,5}?"
                              r"(?:on\s+the\s+table|in\s+reserve)\b|"
                              r"\b(?:clear(?:s|ed|ing)?|pav(?:e|es|ed|ing))\s+(?:the\s+)?way\s+for\s+(?:[\w'\u2019-]+\s+){0,4}?(?:sanctions|package|"
                              r"measures|listings?|designations?|embargo|restrictions)\b", _I)),
    # A person held, wanted or charged for breaking sanctions: the story is their enforcement.
    ("enforced", re.compile(
        r"\b(?:wanted|held|jailed|imprisoned|detained|arrested|charged|convicted|extradited)\s+(?:(?:in|by)\s+(?:the\s+)?[\w.]+\s+)?"
        r"(?:for|over)\s+(?:(?:breaking|breaching|violating|evading|dodging)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:sanctions|sanctioned|export[\s-]+controls?|embargo)\b", _I)),
)


def _authority_in(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for name, pattern in _authority_patterns():
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else None


@cache
def _authority_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(pattern)) for name, pattern in AUTHORITIES)


def _target_in(sentence: str) -> str | None:
    match = _TARGET.search(sentence) or _TARGET_VERB.search(sentence)
    if not match:
        return None
    target = _TARGET_STOP.sub("", match.group("t")).strip()
    target = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", target, flags=_I)
    words = target.split()
    aliases = country_aliases_cached()
    if len(words) > 1 and words[0] in aliases:
        words = words[1:]
    target = " ".join(words[:5])
    return target or None
