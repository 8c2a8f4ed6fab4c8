"""Event grouping: decide whether a story reports a happening already known, with an index, not all pairs.

A story joins an event when one of its recent stories reports the same happening (issue 6):

- the same link once tracking parameters are dropped, or near-duplicate text (wire copy republished);
- or the same topic with overlapping facts and wording: shared names, counts, targets and rare words,
  inside a time window (72 hours by default).

Look-alikes stay apart: facts that cannot both hold of one happening are a conflict, not a weight (two
acting authorities, a retaliation and the measure it answers, lifting and imposing, two instalments such as
the third and fourth day of a truce, two different weekdays named), and a conflict with any story of an
event keeps a newcomer out of it, so chains of pairwise matches cannot join two happenings. Softer evidence
is weighed: shared words, names, counts and targets for; the same people counted differently, different
people freed, and time beyond a day (more for sanctions, which are reported within the day; half as much
for a follow-up that repeats the people, the count or the target) against. Names match across
transliterations (Tikhanovsky / Tsikhanouski), the two sides of an exchange match its total (95 and 190), a
speaker reacting to another's measure ("Zarif says US sanctions ...") is not an actor, and the day someone
arrived is not the day of the release. A release story with no facts of its own (a reaction, a next-day
arrival) joins the one recent release in its country, and stays apart when there are two.
Happenings further apart than the window never merge. Everything here is pure and deterministic (keyed BLAKE2 hashes, never Python's `hash()`), so
the store can rebuild the index after a restart and get the same answers.

Candidates come from an inverted index over bucket keys (MinHash LSH bands of the story's words, its
canonical link, (topic, country), names, counts, sanction target), holding only events seen inside the
window; the cost per story therefore depends on the news rate, not on how many stories came before.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from .models import PRISONER_RELEASE, SANCTIONS, Facts
from .text import canonical_url, figure, plain_text, without_accents

DEFAULT_WINDOW = timedelta(hours=72)

# MinHash: 32 values per story from two keyed 64-byte BLAKE2b digests per word; 16 LSH bands of 2 rows.
# Two rows per band make stories sharing roughly a third of their content words likely candidates; the
# window keeps the buckets small, and same_event() has the last word.
MINHASH_SIZE = 32
LSH_ROWS = 2
_MINHASH_KEYS = (b"alertbot-minhash-0", b"alertbot-minhash-1")

# same_event() thresholds, tuned on corpus/events (see corpus/events/README.md).
NEAR_DUPLICATE = 0.62
JOIN_SCORE = 0.22
MIN_TEXT = 0.1
COUNTRY_BONUS = 0.2
CLOSE_IN_TIME = timedelta(hours=24)
CLOSE_BONUS = 0.2
LATE_PENALTY = 0.2  # per day beyond CLOSE_IN_TIME
LATE_PENALTY_SANCTIONS = 0.5
DIFFERENT_COUNTRIES = 0.1
SAME_ACTOR = 0.1
MAX_MEMBERS = 12

_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her
    here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only
    or other our out over own same she should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which while who whom why will with
    would you your yet via amid among says said say saying told tells new latest first one two three week
    weeks day days monday tuesday wednesday thursday friday saturday sunday today yesterday year years
    month months report reports reported according update live breaking news per cent percent""".split()
)

# Words every story of a topic shares: they count, but little (a look-alike shares all of them).
_GENERIC = frozenset(
    """sanction sanctions sanctioned sanctioning release releas released releases releasing free fre freed
    frees freeing prisoner prisoners detainee detainees captive captives hostage hostages swap swapped swaps
    exchange exchanged exchanges deal deals agreement agreed agree government governments president
    presidential minister ministry official officials authority authorities country countries state states
    people person men women citizen citizens national nationals political politic jail jailed prison
    prisons custody detention detained held hold holding announce announced announces announcement
    impose imposes imposed imposing measure measures new package packages round list lists target targets
    targeted targeting action actions move moves step steps plan plans talk talks home return returned
    returns returning flown fly flew arrive arrived arrives freedom pardon pardoned pardons amnesty
    treasury department office foreign council union european eu us usa uk united kingdom america american
    americans washington brussels london moscow kremlin white house administration west western allies
    ally regime opposition activist activists journalist journalists war pow pows soldier soldiers
    servicemen wrongfully detained include including among others other latest largest biggest big major
    more than least about nearly some dozen dozens hundreds after second third last""".split()
)

# Leaders and agencies named in story after story of their country: as telling as the country's name.
_LEADERS = frozenset(
    """trump biden obama bush putin kremlin lukashenko zelensky zelenskyy poroshenko maduro netanyahu xi jinping
    kim erdogan khamenei pezeshkian rouhani sisi rubio blinken pompeo bessent kallas borrell lammy starmer
    macron merkel scholz modi hamas taliban ofac treasury""".split()
)

_WORD = re.compile(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*")
_ABBREVIATIONS = ((re.compile(r"\bu\.s\.(?:a\.)?", re.I), "us"), (re.compile(r"\bu\.k\.", re.I), "uk"),
                  (re.compile(r"\be\.u\.", re.I), "eu"), (re.compile(r"\bu\.n\.", re.I), "un"))
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CONFLICTING_ACTIONS = frozenset(
    {frozenset(pair) for pair in (("imposed", "lifted"), ("expanded", "lifted"), ("imposed", "eased"),
                                  ("expanded", "eased"), ("threatened", "lifted"))}
)


@cache
def _country_words() -> frozenset[str]:
    """Country names, demonyms and capitals as lowercase words: shared by look-alikes, so weighed low."""
    from .lexicon import country_aliases

    words: set[str] = set()
    for alias, name in country_aliases().items():
        words.update(tokens(alias))
        words.update(tokens(name))
    return frozenset(words)


def _fold(text: str) -> str:
    """Lowercase ASCII-ish text: accents dropped, abbreviations (U.S., E.U.) and 1,000 normalised."""
    text = without_accents(text)
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return _THOUSANDS.sub("", text).lower()


def _stem(word: str) -> str:
    """A light suffix strip so that "sanctions"/"sanctioned" and "releases"/"released" meet."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def tokens(text: str) -> list[str]:
    """Content words of `text`, folded and lightly stemmed, stopwords dropped, in order."""
    out = []
    for raw in _WORD.findall(_fold(text)):
        word = raw.replace("\u2019", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in _STOPWORDS or len(word) < 2:
            continue
        out.append(_stem(word))
    return out


@cache
def _generic_stems() -> frozenset[str]:
    return frozenset(_stem(w) for w in _GENERIC) | _GENERIC


@cache
def word_weight(word: str) -> float:
    """How much a shared word says about two stories reporting the same happening."""
    if word in _generic_stems() or _YEAR.match(word):
        return 0.2
    if word in _country_words() or word in _LEADERS:
        return 0.45
    if word.isdigit():
        return 1.3
    return 1.0


def _hash64(text: str, key: bytes = b"alertbot") -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8, key=key).digest(), "big")


def minhash(words: Iterable[str]) -> tuple[int, ...]:
    """MinHash of a word set: MINHASH_SIZE minima of keyed 32-bit hashes (empty set: all ones)."""
    columns: list[tuple[int, ...]] = []
    for word in words:
        data = word.encode("utf-8")
        values: tuple[int, ...] = ()
        for key in _MINHASH_KEYS:
            values += struct.unpack("<16I", hashlib.blake2b(data, digest_size=64, key=key).digest())
        columns.append(values)
    if not columns:
        return (0xFFFFFFFF,) * MINHASH_SIZE
    return tuple(min(column) for column in zip(*columns, strict=True))


# People and offices that speak for an authority, beside the lexicon's names for it.
_ACTOR_HINTS: tuple[tuple[str, str], ...] = (
    ("United States", r"\b(?:Obama|Biden|Trump|Bush|Rubio|Bessent|Blinken|Pompeo|Mnuchin|Yellen|Bolton|OFAC|"
                      r"Pentagon|Congress)\b"),
    ("European Union", r"\b(?:Kallas|Borrell|Mogherini|von der Leyen)\b"),
    ("United Kingdom", r"\b(?:Lammy|Starmer|Sunak|Truss|Johnson|Raab|Cameron|Whitehall|Downing Street)\b"),
    ("Russia", r"\b(?:Putin|Lavrov|Medvedev|Peskov|Zakharova)\b"),
    ("China", r"\b(?:Xi Jinping|Wang Yi|Hua Chunying|Zhao Lijian)\b"),
    ("Turkey", r"\b(?:Erdogan|Erdo\u011fan|Cavusoglu|\u00c7avu\u015fo\u011flu|Fidan)\b"),
    ("Iran", r"\b(?:Zarif|Araghchi|Raisi|Rouhani|Pezeshkian)\b"),
    ("Belarus", r"\b(?:Lukashenko|Makei)\b"),
)


@cache
def _authority_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from .lexicon import AUTHORITIES

    return tuple((name, re.compile(pattern)) for name, pattern in (*AUTHORITIES, *_ACTOR_HINTS))


def authorities_named(text: str) -> frozenset[str]:
    """Sanctioning authorities a text names anywhere (the facts name only the one that acts)."""
    return frozenset(name for name, pattern in _authority_patterns() if pattern.search(text))


# -- who acts, which stage, which day: the facts that tell look-alike happenings apart ------------------

# A title's subject acts when a verb of acting follows it ("US sanctions ...", "Beijing hits back ...");
# a reaction ("Sudan welcomes end of US embargo") or a passive ("... hit by US sanctions") names the actor
# elsewhere.
_ACTING_VERB = re.compile(
    r"(?:sanctions?|imposes?|lifts?|eases?|freezes?|blacklists?|bans?|bars?|designates?|lists?|adopts?|targets?|"
    r"retaliates?|hits?|strikes?|fines?|penalises?|penalizes?|expands?|extends?|tightens?|adds?|slaps?|announces?|"
    r"unveils?|agrees?|moves?|orders?|signs?|answers?|counters?|blocks?|cuts?|removes?|waives?|ends?|renews?|"
    r"reimposes?|suspends?|drops?|scraps?|says|vows?|punishes?|expels?|blacklisting|approves?|votes?|passes?|"
    r"imposing|lifting|sanctioning|"
    r"(?:to|will|would)\s+(?:sanction|impose|lift|ease|freeze|blacklist|ban|bar|target|retaliate|hit|end|"
    r"suspend|reimpose|expand|extend|renew|drop|scrap|waive|punish))\b",
    re.IGNORECASE,
)
# After "<Country> sanctions", these words make "sanctions" a noun ("Iran sanctions end", "Russia sanctions package").
_SANCTIONS_NOUN_NEXT = re.compile(
    r"\s*(?:$|[:;,.\u2013\u2014-]|(?:end|ends|ended|take|takes|hit|hits|bite|bites|package|packages|relief|regime|"
    r"list|programme|program|waiver|waivers|evasion|expire|expires|remain|remains|deal|law|bill|on|against|"
    r"lifted|eased|imposed|could|would|will|may|are|were|have|has|to|in|for)\b)",
    re.IGNORECASE,
)
_OWNED_MEASURE = re.compile(
    r"(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|embargo|blacklist|measures|move|listings?|package|"
    r"asset\s+freezes?|penalties|countermeasures|counter-sanctions|retaliation|ban)\b",
    re.IGNORECASE,
)
# Bodies that sanction others; a country named before "sanctions" is otherwise their target ("Iran oil sanctions").
_SANCTIONING = frozenset({"UN Security Council", "United Nations", "ECOWAS", "African Union", "Arab League",
                          "European Union", "United States", "United Kingdom", "Canada", "Japan", "Australia",
                          "Switzerland"})
_MEASURE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:sanctions|embargo|blacklist|measures|listings?|package|asset\s+freezes?)\b",
    re.IGNORECASE,
)
_REACTION_VERB = re.compile(
    r"\s+(?:welcomes?|condemns?|slams?|denounces?|criticises?|criticizes?|rejects?|decries?|backs?|hails?|"
    r"praises?|protests?|warns?|urges?|mocks?|shrugs?)\b",
    re.IGNORECASE,
)
_RETALIATION = re.compile(
    r"\b(?:retaliat\w*|hits?\s+back|hitting\s+back|tit[- ]for[- ]tat|counter[- ]?sanctions?|counter-?measures?|"
    r"in\s+kind|in\s+response\s+to|responds?\s+to|mirror\s+sanctions|reciprocal)\b",
    re.IGNORECASE,
)
_LIFTING = re.compile(
    r"\b(?:lift\w*|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|remov\w*|waiv\w*|suspend\w*|scrap\w*|unfreez\w*|"
    r"rescind\w*)\s+(?:[\w'-]+\s+){0,3}?(?:sanctions?|embargo|restrictions?)\b|\bsanctions\s+relief\b|"
    r"\b(?:sanctions?|embargo|restrictions?)\s+(?:on\s+[\w'-]+\s+)?(?:(?:are|were|is|was|being)\s+)?"
    r"(?:lifted|eased|end|ends|ended|removed|waived|suspended|scrapped)\b",
    re.IGNORECASE,
)
_RESTORING = re.compile(r"\b(?:restor\w*|reimpos\w*|snap\s*back|snapback|return(?:s|ed|ing)?)\b", re.IGNORECASE)
_IMPOSING = re.compile(
    r"\b(?:sanctions?|sanctioning|impos\w+|reimpos\w+|blacklist\w*|freez\w+|designat\w+|tighten\w*|expand\w*|"
    r"targets?|penalt\w+|fines?)\b",
    re.IGNORECASE,
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10}
# "third day of the truce", "second group", "fourth swap", "19th package", "day two": which instalment of a
# recurring happening a story reports (issue 6: successive releases in a truce are separate happenings).
_STAGE_NOUNS = r"(?:day|batch|group|swap|exchange|handover|hand-over|round|package|tranche|stage|wave|release)s?"
_STAGE = re.compile(
    r"\b(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+(?:[\w'-]+\s+){0,2}?" + _STAGE_NOUNS
    + r"\b|\bday\s+(?P<card>" + "|".join(_CARDINALS) + r"|\d{1,2})\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")(?:'s|\u2019s)?\b", re.IGNORECASE)
# Words after a number that name who was counted ("39 Palestinian prisoners", "12 hostages").
_COUNTED = re.compile(
    r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:more\s+|other\s+|of\s+the\s+)?((?:[A-Za-z][\w'-]*\s+){0,2}?)"
    r"(hostages?|prisoners?|detainees?|captives?|soldiers?|servicemen|pows?|civilians?|defenders?|"
    r"[A-Z][a-z]+(?:ans|ians|is|ese|s))\b"
)
_N_FOR_N = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)[\s-]+for[\s-]+\1\b")
_DEMONYM_END = re.compile(r"(?:an|ans|ese|ish|ch|i|is|ic|er|ers)$")
_NOT_DEMONYMS = frozenset(
    "Tehran Teheran Amman Yerevan Abidjan Taipei Helsinki Tripoli Nairobi Delhi Kigali Tunis Paris Tbilisi "
    "Dhabi Dubai Hanoi Bangui Algiers Dili Taliban Houthi Houthis Khamenei Congress".split()
)


@cache
def _actor_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every name of an acting party (authorities, their spokesmen, countries and capitals,
    not demonyms: "Russian banks" is a target), and the party each name stands for."""
    from .lexicon import AUTHORITIES, country_aliases

    names: dict[str, str] = {}
    for alias, country in country_aliases().items():
        last = alias.split()[-1]
        if alias != country and _DEMONYM_END.search(alias) and last not in _NOT_DEMONYMS:
            continue
        names[alias] = country
    alternatives = [f"(?:{pattern})" for _, pattern in (*AUTHORITIES, *_ACTOR_HINTS)]
    alternatives += [r"\b" + re.escape(alias) + r"\b" for alias in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(alternatives)), names


def _party(mention: str) -> str | None:
    """The party a name stands for: the authority it is a name of, else its country."""
    for name, pattern in _authority_patterns():
        if pattern.fullmatch(mention):
            return name
    return _actor_pattern()[1].get(mention)


def acting_parties(title: str) -> frozenset[str]:
    """Who acts in a sanctions headline: its subject when a verb of acting follows ("UK and Canada sanction
    Lukashenko"), else the party after "by" or the owner in "Washington's sanctions", else the one authority
    named; empty when unknown."""
    pattern = _actor_pattern()[0]
    mentions = [(m.start(), m.end(), _party(m.group(0))) for m in pattern.finditer(title)]
    mentions = [m for m in mentions if m[2]]
    lead: list[str] = []
    pos = 0
    for start, end, party in mentions:
        gap = title[pos:start]
        if gap.strip(" ,&") not in ("", "and", "the", "The") and not re.fullmatch(r"[\w' -]*:\s*", gap):
            break
        assert party is not None
        lead.append(party)
        pos = end
        rest = title[end:]
        if rest.startswith(("'s", "\u2019s")):  # "Johnson's Russia sanctions", but not "Russia's war: ..."
            if _OWNED_MEASURE.match(rest):
                return frozenset({party})
            break
        verb = re.match(r"\s+(?:(?-i:[A-Z])[\w.-]*\s+)?" + _ACTING_VERB.pattern, rest, re.IGNORECASE)
        if verb:
            if re.match(r"\s+sanctions?\b", rest, re.IGNORECASE) and _SANCTIONS_NOUN_NEXT.match(rest[verb.end():]):
                break  # "Eritrea sanctions end": a noun, the country is the target
            if _SPEECH.match(rest):
                return _speaker_acts(lead, rest[verb.end():], title)
            return frozenset(lead)
        if _REACTION_VERB.match(rest):
            break
    by = re.search(r"\bby\s+(?:the\s+)?(" + pattern.pattern + r")", title)
    if by and (party := _party(by.group(1))):
        return frozenset({party})
    for start, end, party in mentions:
        if _OWNED_MEASURE.match(title[end:]):
            assert party is not None
            return frozenset({party})
    # "Rusal shares plunge after US sanctions": the one authority whose measure the headline names.
    owners = {party for start, end, party in mentions if party in _SANCTIONING and _MEASURE_AFTER.match(title[end:])}
    return frozenset(owners) if len(owners) == 1 and not _RETALIATION.search(title) else frozenset()


# "Zarif says US sanctions have no effect": a speaker whose words are about another's measure reacts to it.
_SPEECH = re.compile(r"\s+(?:(?-i:[A-Z])[\w.-]*\s+)?(?:says|vows?)\b", re.IGNORECASE)
_WILL_ACT = re.compile(
    r"\b(?:will|to|would)\s+(?:sanction|impose|lift|ease|freeze|blacklist|ban|bar|target|retaliate|hit|end|"
    r"suspend|reimpose|expand|extend|renew|drop|scrap|waive|punish|respond)\b",
    re.IGNORECASE,
)


def _speaker_acts(lead: list[str], said: str, title: str) -> frozenset[str]:
    """Who acts in "<speaker> says ...": the speaker when it announces its own measure ("Trump says US will
    lift sanctions", "Beijing vows to retaliate"); the owner of the measure it talks about otherwise ("Medvedev
    says new US sanctions amount to trade war"); nobody when unclear (a reaction is weak evidence)."""
    pattern = _actor_pattern()[0]
    owners = set()
    for match in pattern.finditer(said):
        party = _party(match.group(0))
        rest = said[match.end():]
        if party and party not in lead and party in _SANCTIONING and (
            _MEASURE_AFTER.match(rest) or _OWNED_MEASURE.match(rest)
        ):
            owners.add(party)
    if len(owners) == 1 and not _RETALIATION.search(title):
        return frozenset(owners)
    if _WILL_ACT.search(said) or _RETALIATION.search(title):
        return frozenset(lead)
    return frozenset()


def stages(text: str) -> frozenset[int]:
    """Instalments a text names: "third day", "fourth swap", "19th package", "day two"."""
    found = set()
    for match in _STAGE.finditer(text):
        word = (match.group("ord") or match.group("card")).lower()
        number = _ORDINALS.get(word) or _CARDINALS.get(word)
        found.add(number if number else int(re.sub(r"\D", "", word)))
    return frozenset(found)


# Verbs of a release's aftermath: the day someone arrived or spoke is not the day of the release, so
# "freed on Monday" and "arrived in Vilnius on Tuesday" are no conflict.
_AFTERMATH_VERB = re.compile(
    r"\b(?:arriv\w*|land\w*|reunit\w*|greet\w*|welcom\w*|celebrat\w*|met|meet\w*|spoke|speak\w*|said|says|"
    r"told|tells|visit\w*|gather\w*|flown|flew|hospital\w*|treated|buried|funeral)\b",
    re.IGNORECASE,
)
_RELEASE_VERB = re.compile(
    r"\b(?:fre\w*|releas\w*|handed|hand\w*\s+over|swap\w*|exchang\w*|pardon\w*|sanction\w*|impos\w*|"
    r"list\w*|adopt\w*|lift\w*|announc\w*|sign\w*)\b",
    re.IGNORECASE,
)


def _is_aftermath(before: str) -> bool:
    """Whether the verb closest before a weekday is one of the aftermath (arrived, reunited, said)."""
    before = re.split(r"[.;!?]", before)[-1]
    after = [m.end() for m in _AFTERMATH_VERB.finditer(before)]
    act = [m.end() for m in _RELEASE_VERB.finditer(before)]
    return bool(after) and (not act or max(after) > max(act))


def days_named(text: str, published: datetime) -> frozenset[date]:
    """Dates of the weekdays a text names ("freed on Sunday"), the latest such day up to publication (or the
    next day, for a time zone ahead of UTC)."""
    found = set()
    for match in _WEEKDAY.finditer(text):
        if _is_aftermath(text[max(0, match.start() - 60) : match.start()]):
            continue
        offset = (published.weekday() - _WEEKDAYS.index(match.group(1).lower())) % 7
        found.add(published.date() - timedelta(days=offset if offset < 6 else -1))
    return frozenset(found)


def counted(text: str) -> frozenset[tuple[str, int]]:
    """(who, how many) pairs a text gives: ("hostage", 12), ("palestinian", 39) for "39 Palestinian prisoners"."""
    out = set()
    for match in _COUNTED.finditer(text):
        number = figure(match.group(1))
        if number is None or number < 2 or _YEAR.match(match.group(1)):
            continue
        head = _stem(match.group(3).lower())
        out.add((head, number))
        for word in match.group(2).split():
            if word[:1].isupper():  # "Palestinian prisoners": counted as Palestinians too
                out.add((_stem(word.lower().removesuffix("s")), number))
    for match in _N_FOR_N.finditer(text):  # "the 1,000-for-1,000 exchange": the agreement's total
        if (total := figure(match.group(1))) is not None:
            out.add(("for", total))
    return frozenset(out)


def _surname(name: str) -> str:
    parts = tokens(name)
    return parts[-1] if parts else ""


@dataclass(frozen=True, slots=True)
class StorySignature:
    """What grouping knows of one story: its words, MinHash, link, time, topics and facts."""

    story_id: str
    time: datetime
    topics: tuple[str, ...]
    facts: Facts
    words: frozenset[str]
    minhash: tuple[int, ...]
    url: str | None = None
    title: str = ""
    names: frozenset[str] = frozenset()
    leads: frozenset[str] = frozenset()  # capitalised words opening a sentence: names or not
    authorities: frozenset[str] = frozenset()
    actor: str | None = None  # who acts in a sanctions story
    surnames: frozenset[str] = frozenset()
    target_words: frozenset[str] = frozenset()
    weight: float = 0.0  # the summed word weights, for text_similarity()
    actors: frozenset[str] = frozenset()  # who acts in a sanctions story (empty: unknown)
    retaliation: bool = False  # a sanctions story about a measure answering another's
    lifting: bool | None = None  # the headline lifts or eases (True), imposes (False), or unclear (None)
    stages: frozenset[int] = frozenset()  # "third day", "fourth swap", "19th package"
    days: frozenset[date] = frozenset()  # dates of the weekdays named ("freed on Sunday")
    counts: frozenset[tuple[str, int]] = frozenset()  # ("hostag", 12): who was counted and how many
    surname_keys: frozenset[str] = frozenset()  # name_skeleton() of the surnames: transliteration-blind
    name_keys: frozenset[str] = frozenset()  # ... and of the names in the text
    numbers: frozenset[int] = frozenset()  # every count: the counted numbers and the released count


def story_signature(
    story_id: str, title: str, summary: str, body: str, time: datetime, topics: Sequence[str], facts: Facts,
    url: str | None = None,
) -> StorySignature:
    """The signature of a story: title, summary and the lede of its body, plus its facts and link."""
    lede = " ".join(plain_text(body).split()[:60]) if body else ""
    title, summary = plain_text(title), plain_text(summary)
    words = frozenset(tokens(" ".join((title, summary, lede))))
    content = [w for w in words if word_weight(w) >= 0.45]
    time = time if time.tzinfo else time.replace(tzinfo=UTC)
    # Who acts: the headline's subject, else the summary's first sentence's (the extracted authority is
    # often the target's country: "Biden imposes sanctions on Russia").
    actors: frozenset[str] = frozenset()
    if SANCTIONS in topics:
        actors = acting_parties(title) or acting_parties(_first_sentence(summary))
    actor = next(iter(actors)) if len(actors) == 1 else None
    both = f"{title}\n{summary}"
    targets = tokens(facts.target) if facts.target else []
    surnames = frozenset(s for s in (_surname(p) for p in facts.people) if s)
    names = proper_names(title, summary)
    story_counts = counted(f"{title}\n{summary}")
    return StorySignature(
        story_id=story_id,
        time=time,
        topics=tuple(topics),
        facts=facts,
        words=words,
        minhash=minhash(sorted(content)),
        url=canonical_url(url),
        title=title,
        names=names,
        leads=lead_words(title, summary),
        authorities=authorities_named(f"{title}\n{summary}"),
        actor=actor,
        surnames=surnames,
        surname_keys=_skeletons(surnames),
        name_keys=_skeletons(names),
        target_words=frozenset(w for w in targets if w not in _generic_stems() and w not in _country_words()),
        weight=sum(word_weight(w) for w in words),
        actors=actors,
        retaliation=SANCTIONS in topics and bool(_RETALIATION.search(title)),
        lifting=(False if _RESTORING.search(title) else True if _LIFTING.search(title)
                 else False if _IMPOSING.search(title) else None),
        stages=stages(both),
        days=days_named(both, time),
        counts=story_counts,
        numbers=frozenset({n for _, n in story_counts} | ({facts.released_count} if facts.released_count else set())),
    )


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0] if text else ""


_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][\w'\u2019-]+)")


def proper_names(title: str, summary: str) -> frozenset[str]:
    """Stems of capitalised words inside sentences (names of people, firms, places), minus countries and
    the usual actors; a headline in Title Case tells nothing and is skipped."""
    parts = [summary]
    words = title.split()
    if words and sum(w[:1].isupper() for w in words) <= 0.6 * len(words):
        parts.append(title)
    found: set[str] = set()
    for part in parts:
        for match in _CAPITALISED.finditer(plain_text(part)):
            for word in tokens(match.group(1)):
                if word_weight(word) >= 1.0 and not word.isdigit():
                    found.add(word)
    return frozenset(found)


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)[\"'\u2018\u201c]?([A-Z][\w'\u2019-]+)")


def lead_words(title: str, summary: str) -> frozenset[str]:
    """Stems of the capitalised words that open the headline and the summary's sentences: a name ("Shalit
    returns home") or just a verb ("Freed ..."), so they count only when the other story has them as a name."""
    found: set[str] = set()
    for part in (title, summary):
        for match in _SENTENCE_START.finditer(part):
            for word in tokens(match.group(1)):
                if word_weight(word) >= 1.0 and not word.isdigit():
                    found.add(word)
    return frozenset(found)


_SKELETON_STEPS = (("sch", "s"), ("tsh", "c"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("kh", "k"),
                   ("ts", "t"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("j", "y"))


@cache
def name_skeleton(word: str) -> str:
    """A transliteration-blind key of a name: digraphs merged, vowels, y, h and doubled letters dropped
    ("Tikhanovsky" and "Tsikhanouski", "Protasevich" and "Pratasevich" meet)."""
    word = word.lower()
    for old, new in _SKELETON_STEPS:
        word = word.replace(old, new)
    word = re.sub(r"[aeiouyh'\u2019-]|v(?=[sk])", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def _skeletons(words: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (name_skeleton(w) for w in words if len(w) >= 5) if len(k) >= 4)


def same_people(a: StorySignature, b: StorySignature) -> bool:
    """Both stories name one freed person, allowing for transliteration (a surname of one may be a name
    the other gives in its text)."""
    if a.surnames & b.surnames:
        return True
    if not a.surnames and not b.surnames:
        return False
    return bool(a.surname_keys & (b.surname_keys | b.name_keys) or a.name_keys & b.surname_keys)


def shared_names(a: StorySignature, b: StorySignature) -> frozenset[str]:
    """Names both stories give, counting a word that opens a sentence of one when the other has it as a name."""
    return (a.names & b.names) | (a.leads & b.names) | (a.names & b.leads)


def text_similarity(a: StorySignature, b: StorySignature) -> float:
    """Weighted word overlap in [0, 1]: the mean of weighted Jaccard and weighted containment."""
    if not a.words or not b.words:
        return 0.0
    shared = sum(word_weight(w) for w in a.words & b.words)
    if not shared:
        return 0.0
    weight_a, weight_b = a.weight, b.weight
    jaccard = shared / (weight_a + weight_b - shared)
    containment = shared / min(weight_a, weight_b)
    return (jaccard + containment) / 2


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether two stories report the same happening, the score, and the reasons (for the eval output).

    `conflict` marks facts that cannot both hold of one happening (two actors, two instalments, two days):
    such a story is kept out of the whole event, not just away from this member."""

    same: bool
    score: float
    reasons: tuple[str, ...] = ()
    conflict: bool = False


def conflicts(a: StorySignature, b: StorySignature) -> str | None:
    """Why two stories cannot report one happening, or None.

    Each rule needs both stories to state the fact; a story that says nothing about it is no evidence."""
    # Successive instalments (the third and fourth day of a truce) are separate happenings, unless both
    # stories give the same total, as the stages of one agreed exchange do ("1,000 for 1,000").
    if not _shared_total(a, b):
        if a.stages and b.stages and not a.stages & b.stages:
            return f"different instalments: {_show(a.stages)} and {_show(b.stages)}"
        if a.days and b.days and not a.days & b.days:
            return f"different days named: {_show(a.days)} and {_show(b.days)}"
    if set(a.topics) & set(b.topics) != {SANCTIONS}:
        return None  # a release is one happening whoever reports it, from either side
    # Two authorities acting on the same day are two happenings (the EU package, the US designations),
    # however alike the wording; so is a retaliation and the measure it answers, and lifting and imposing.
    if a.actors and b.actors and not a.actors & b.actors:
        return f"different authorities: {_show(a.actors)}, {_show(b.actors)}"
    if a.retaliation != b.retaliation and not (a.actors and b.actors):
        # (with both actors known, the rule above has decided: "US sanctions X; Ankara vows to retaliate")
        return "a retaliation and the measure it answers"
    if a.lifting is not None and b.lifting is not None and a.lifting != b.lifting:
        return "lifting and imposing"
    return None


def _numbers(signature: StorySignature) -> frozenset[int]:
    return signature.numbers


def _shared_total(a: StorySignature, b: StorySignature) -> bool:
    return any(n >= 10 for n in _numbers(a) & _numbers(b))


def _show(values: frozenset[Any]) -> str:
    return "/".join(sorted(str(v) for v in values))


def _count_agreement(a: StorySignature, b: StorySignature) -> tuple[float, str] | None:
    """Evidence from counts: the same number of people (a large one says more), or the same people counted
    differently (39 Palestinian prisoners against 30)."""
    count_a, count_b = a.facts.released_count, b.facts.released_count
    if count_a and count_b:
        ratio = max(count_a, count_b) / min(count_a, count_b)
        if ratio == 1:
            return (0.2, "same count") if count_a >= 3 else (0.05, "same small count")
        if ratio <= 1.15 and min(count_a, count_b) >= 3:  # a revised count: "at least 50", then 52
            return 0.1, "close counts"
    numbers_a = {n for _, n in a.counts}
    if numbers_a & {n for _, n in b.counts} - {count_a, count_b} and min(numbers_a & {n for _, n in b.counts}) >= 3:
        return 0.15, "same number"
    if sides := _sides_and_total(_numbers(a), _numbers(b)) or _sides_and_total(_numbers(b), _numbers(a)):
        return 0.15, sides
    heads_a: dict[str, set[int]] = defaultdict(set)
    for head, number in a.counts:
        heads_a[head].add(number)
    for head, number in b.counts:
        known = heads_a.get(head)
        # Different counts of different sides are no evidence: one exchange frees 20 and 1,968.
        if known and number not in known and all(max(k, number) / min(k, number) > 1.3 for k in known):
            return -0.15, f"different counts of {head}"
    return None


def _sides_and_total(sides: frozenset[int], totals: frozenset[int]) -> str | None:
    """The two sides of an exchange against its total: 95 each and 190 in all, or 76 and 124 and 200."""
    # Small numbers add up by chance (11 hostages one day, 22 freed another): only large exchanges count.
    for total in totals:
        if total < 40:
            continue
        if total % 2 == 0 and total // 2 in sides:
            return "one side of the total"
        if any(total - n in sides and total - n != n for n in sides if 15 <= n <= total - 15):
            return "sides add up to the total"
    return None


def same_event(a: StorySignature, b: StorySignature, window: timedelta = DEFAULT_WINDOW) -> Verdict:
    """Decide whether two stories report one happening: text similarity plus fact agreement, in the window."""
    gap = abs(a.time - b.time)
    if gap > window:
        return Verdict(False, 0.0, ("outside the time window",))
    if not set(a.topics) & set(b.topics):
        return Verdict(False, 0.0, ("no topic in common",))
    if a.url and a.url == b.url:
        return Verdict(True, 2.0, ("same link",))
    text = text_similarity(a, b)
    if reason := conflicts(a, b):
        return Verdict(False, text - 1.0, (f"text {text:.2f}", reason), conflict=True)
    if text >= NEAR_DUPLICATE:
        return Verdict(True, 1.0 + text, (f"near-duplicate text {text:.2f}",))
    score = text
    specific = text >= MIN_TEXT  # some evidence beyond "same topic, same country, same days"
    reasons = [f"text {text:.2f}"]

    def weigh(delta: float, reason: str) -> None:
        nonlocal score
        score += delta
        reasons.append(f"{reason} {delta:+.2f}")

    fa, fb = a.facts, b.facts
    # The sanctioning state is among a story's countries; two US actions on different countries share
    # only "United States", which says nothing about the happening.
    actors = a.actors | b.actors
    countries_a, countries_b = set(fa.countries) - actors, set(fb.countries) - actors
    common = countries_a & countries_b
    if countries_a and countries_b:
        if not common:
            # Weak: reports name different places (where the freed landed, who mediated).
            weigh(-DIFFERENT_COUNTRIES, "different countries")
        else:
            weigh(COUNTRY_BONUS * len(common) / len(countries_a | countries_b), "shared countries")
    if a.actors and a.actors == b.actors:
        weigh(SAME_ACTOR, "same authority")
    facts_shared = False  # the people, a count or the target: facts a follow-up repeats
    if same_people(a, b):
        weigh(0.3, "same people")
        specific = facts_shared = True
    elif names := shared_names(a, b):
        weigh(min(0.3, 0.1 + 0.1 * len(names)), "shared names")
        specific = facts_shared = True
    elif a.surnames and b.surnames and gap >= CLOSE_IN_TIME:
        weigh(-0.15, "different people, a day or more apart")
    if counts := _count_agreement(a, b):
        weigh(*counts)
        specific = specific or counts[0] >= 0.1
        facts_shared = facts_shared or counts[0] >= 0.1
    if a.target_words & b.target_words:
        weigh(0.15, "same target")
        specific = facts_shared = True
    if a.stages & b.stages:
        weigh(0.15, "same instalment")
        specific = True
    if a.days & b.days:
        weigh(0.05, "same day named")
    sanctions_only = set(a.topics) & set(b.topics) == {SANCTIONS}
    if gap <= CLOSE_IN_TIME and (common or (a.actors and a.actors == b.actors)):
        weigh(CLOSE_BONUS * (1 - gap / CLOSE_IN_TIME), "close in time")
        # One authority often acts several times a day (the ICC order and an Iran oil listing): for
        # sanctions, being close in time is specific only with a target in common.
        specific = specific or (gap <= CLOSE_IN_TIME / 2 and (bool(common) or not sanctions_only))
    elif gap > CLOSE_IN_TIME:
        # Reports of one happening come within a day or two; look-alikes are often days apart.
        # A sanctions action is announced and reported within the day; a release has arrivals and first
        # interviews the day after, so its reports may spread further. A follow-up that shares the
        # specific facts (the people, the count, the target) is penalised half as much.
        per_day = LATE_PENALTY_SANCTIONS if sanctions_only else LATE_PENALTY
        if facts_shared:
            per_day /= 2
        weigh(-per_day * (gap - CLOSE_IN_TIME) / CLOSE_IN_TIME, "a day or more apart")
    if not specific:
        return Verdict(False, score, (*reasons, "nothing specific in common"))
    return Verdict(score >= JOIN_SCORE, score, tuple(reasons))


@dataclass(slots=True)
class _Entry:
    topics: set[str]
    members: list[StorySignature]
    first: datetime
    last: datetime
    keys: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Match:
    """The best event for a story and why."""

    event_id: str
    verdict: Verdict


def bucket_keys(signature: StorySignature) -> list[str]:
    """The index keys a story is filed under: LSH bands, link, (topic, country), people, target words."""
    keys = []
    values = signature.minhash
    if signature.words:
        for band in range(0, len(values), LSH_ROWS):
            keys.append(f"b{band}:" + ".".join(str(v) for v in values[band : band + LSH_ROWS]))
    if signature.url:
        keys.append(f"u:{signature.url}")
    for topic in signature.topics:
        for country in signature.facts.countries:
            keys.append(f"c:{topic}:{country}")
    keys.extend(f"p:{name}" for name in sorted(signature.surnames | signature.names | signature.leads))
    keys.extend(f"k:{skeleton}" for skeleton in sorted(signature.surname_keys))
    for topic in signature.topics:
        keys.extend(f"s:{topic}:{stage}" for stage in sorted(signature.stages))
        if not signature.facts.countries:  # a short wire headline ("EU approves 9th package")
            keys.extend(f"a:{topic}:{actor}" for actor in sorted(signature.actors))
    keys.extend(f"t:{word}" for word in sorted(signature.target_words))
    keys.extend(f"n:{number}" for number in sorted(_numbers(signature)) if number >= 3)
    return keys


class EventIndex:
    """Recent events by bucket key; stories of events older than the window fall out as time moves on."""

    def __init__(self, window: timedelta = DEFAULT_WINDOW, max_members: int = MAX_MEMBERS) -> None:
        self.window = window
        self.max_members = max_members
        self._events: dict[str, _Entry] = {}
        self._buckets: dict[str, dict[str, None]] = defaultdict(dict)
        self._watermark: datetime | None = None
        self._swept: datetime | None = None
        self.comparisons = 0

    def __len__(self) -> int:
        return len(self._events)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._events

    def add(self, event_id: str, signature: StorySignature) -> None:
        """File a story under its event (creating the entry), keeping the first and latest members."""
        entry = self._events.get(event_id)
        if entry is None:
            entry = _Entry(topics=set(signature.topics), members=[], first=signature.time, last=signature.time)
            self._events[event_id] = entry
        entry.topics.update(signature.topics)
        entry.members.append(signature)
        entry.first = min(entry.first, signature.time)
        entry.last = max(entry.last, signature.time)
        if len(entry.members) > self.max_members:
            # Keep the first report and the latest ones; the dropped one's keys go with it.
            del entry.members[1]
            keys = {key for member in entry.members for key in bucket_keys(member)}
            for key in entry.keys - keys:
                self._unfile(key, event_id)
            entry.keys &= keys
        for key in bucket_keys(signature):
            if key not in entry.keys:
                entry.keys.add(key)
                self._buckets[key][event_id] = None
        self._advance(signature.time)

    def _unfile(self, key: str, event_id: str) -> None:
        bucket = self._buckets.get(key)
        if bucket is not None:
            bucket.pop(event_id, None)
            if not bucket:
                del self._buckets[key]

    def candidates(self, signature: StorySignature) -> list[str]:
        """Events sharing a bucket key with the story whose first report is within the window of it.

        An event spans at most the window from its first report, so events cannot chain on for weeks; a
        follow-up days later starts a new event."""
        found: dict[str, None] = {}
        for key in bucket_keys(signature):
            bucket = self._buckets.get(key)
            if bucket:
                found.update(bucket)
        low, high = signature.time - self.window, signature.time + self.window
        return [
            event_id for event_id in found
            if (entry := self._events.get(event_id)) is not None and low <= entry.first <= high
        ]

    def match(self, signature: StorySignature) -> Match | None:
        """The event whose stories best match this one, if any passes same_event()."""
        best: Match | None = None
        fitting: list[str] = []
        factless = _factless_release(signature)
        for event_id in self.candidates(signature):
            entry = self._events[event_id]
            if not entry.topics & set(signature.topics):
                continue
            verdict = self._compare(signature, entry)
            if verdict.same and (best is None or verdict.score > best.verdict.score):
                best = Match(event_id=event_id, verdict=verdict)
            if factless and not verdict.conflict and _follows(signature, entry.members):
                fitting.append(event_id)
        if best is None and len(fitting) == 1:
            # A reaction or next-day story with no facts of its own ("Freed soldiers reunite with families")
            # belongs to the one recent release in its country; with two such releases it stays apart.
            return Match(event_id=fitting[0], verdict=Verdict(True, JOIN_SCORE, ("the only recent release there",)))
        return best

    def _compare(self, signature: StorySignature, entry: _Entry) -> Verdict:
        """The best verdict against the event's members; a conflict with any member keeps the story out, so
        that a chain of pairwise matches cannot join two happenings."""
        best = Verdict(False, float("-inf"))
        for member in entry.members:
            self.comparisons += 1
            verdict = same_event(signature, member, self.window)
            if verdict.conflict:
                return verdict
            if verdict.score > best.score:
                best = verdict
        return best

    def _advance(self, time: datetime) -> None:
        """Move the watermark; now and then drop events that began more than the window ago."""
        if self._watermark is None or time > self._watermark:
            self._watermark = time
        if self._swept is None:
            self._swept = self._watermark
        if self._watermark - self._swept >= self.window / 4:
            self.evict(self._watermark - self.window * 1.25)
            self._swept = self._watermark

    def evict(self, before: datetime) -> int:
        """Forget events whose first story is older than `before`; returns how many."""
        stale = [event_id for event_id, entry in self._events.items() if entry.first < before]
        for event_id in stale:
            for key in self._events.pop(event_id).keys:
                self._unfile(key, event_id)
        return len(stale)


FOLLOW_UP = timedelta(hours=36)


def _factless_release(signature: StorySignature) -> bool:
    """A release story that names no one and counts no one: a reaction, an arrival, a first interview."""
    return (set(signature.topics) == {PRISONER_RELEASE} and not signature.facts.released_count
            and not signature.surnames and not signature.counts and not signature.stages
            and bool(signature.facts.countries))


def _follows(signature: StorySignature, members: Sequence[StorySignature]) -> bool:
    """Whether a release story could follow up an event: a member of the same topic shares a country and
    came out at most FOLLOW_UP before it (or after it)."""
    countries = set(signature.facts.countries)
    return any(
        PRISONER_RELEASE in member.topics and countries & set(member.facts.countries)
        and member.time - timedelta(hours=6) <= signature.time <= member.time + FOLLOW_UP
        for member in members
    )


def group_all(signatures: Iterable[StorySignature], index: EventIndex | None = None) -> dict[str, str]:
    """Group signatures in the order given (time order): story id → event id (the first story's id)."""
    index = index or EventIndex()
    assigned: dict[str, str] = {}
    for signature in signatures:
        match = index.match(signature)
        event_id = match.event_id if match else signature.story_id
        index.add(event_id, signature)
        assigned[signature.story_id] = event_id
    return assigned


# -- evaluation ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupingScores:
    """Pairwise and B-cubed precision and recall of a predicted clustering against gold events."""

    pair_precision: float
    pair_recall: float
    bcubed_precision: float
    bcubed_recall: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int

    @property
    def pair_f1(self) -> float:
        p, r = self.pair_precision, self.pair_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(clusters: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for item, cluster in clusters.items():
        members[cluster].append(item)
    out: set[tuple[str, str]] = set()
    for items in members.values():
        items.sort()
        out.update((items[i], items[j]) for i in range(len(items)) for j in range(i + 1, len(items)))
    return out


def score_grouping(gold: dict[str, str], predicted: dict[str, str]) -> GroupingScores:
    """Compare clusterings over the items of `gold` (items missing from `predicted` are singletons)."""
    predicted = {item: predicted.get(item, f"single:{item}") for item in gold}
    gold_pairs, predicted_pairs = _pairs(gold), _pairs(predicted)
    correct = len(gold_pairs & predicted_pairs)
    gold_members: dict[str, set[str]] = defaultdict(set)
    predicted_members: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        gold_members[gold[item]].add(item)
        predicted_members[predicted[item]].add(item)
    bp = br = 0.0
    for item in gold:
        overlap = len(gold_members[gold[item]] & predicted_members[predicted[item]])
        bp += overlap / len(predicted_members[predicted[item]])
        br += overlap / len(gold_members[gold[item]])
    n = len(gold) or 1
    return GroupingScores(
        pair_precision=correct / len(predicted_pairs) if predicted_pairs else 1.0,
        pair_recall=correct / len(gold_pairs) if gold_pairs else 1.0,
        bcubed_precision=bp / n,
        bcubed_recall=br / n,
        true_pairs=len(gold_pairs),
        predicted_pairs=len(predicted_pairs),
        correct_pairs=correct,
    )


@dataclass(frozen=True, slots=True)
class CorpusStory:
    """One line of corpus/events: a story and the gold event it belongs to (None: not an event story)."""

    id: str
    event: str | None
    title: str
    summary: str
    published: datetime
    source: str
    url: str | None


def read_corpus(paths: Sequence[Path]) -> list[CorpusStory]:
    """Read JSON Lines grouping corpora; a bad line names its file and line number."""
    stories = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item: dict[str, Any] = json.loads(line)
                stories.append(
                    CorpusStory(
                        id=str(item["id"]),
                        event=item.get("event"),
                        title=str(item["title"]),
                        summary=str(item.get("summary") or ""),
                        published=datetime.fromisoformat(str(item["published"]).replace("Z", "+00:00")),
                        source=str(item.get("source") or ""),
                        url=item.get("url"),
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: {exc}") from None
    return stories


def _sorted_by_time(stories: Iterable[CorpusStory]) -> Iterator[CorpusStory]:
    return iter(sorted(stories, key=lambda s: (s.published, s.id)))


def run_grouping_eval(paths: Sequence[Path], out: TextIO) -> int:
    """`alertbot eval --events`: classify and group a labelled corpus in time order; print the scores."""
    from .classify import classify

    if not paths:
        out.write("no grouping corpus given and none found under corpus/events/\n")
        return 2
    stories = read_corpus(paths)
    by_id = {s.id: s for s in stories}
    index = EventIndex()
    predicted: dict[str, str] = {}
    unflagged: list[CorpusStory] = []
    false_flags: list[CorpusStory] = []
    for story in _sorted_by_time(stories):
        result = classify(story.title, story.summary, "")
        if not result.labels:
            if story.event:
                unflagged.append(story)
            continue
        if not story.event:
            false_flags.append(story)
            continue
        signature = story_signature(story.id, story.title, story.summary, "", story.published, result.labels,
                                    result.facts, story.url)
        match = index.match(signature)
        event_id = match.event_id if match else story.id
        index.add(event_id, signature)
        predicted[story.id] = event_id
    gold = {s.id: s.event for s in stories if s.event and s.id in predicted}
    scores = score_grouping(gold, predicted)
    event_count = len({s.event for s in stories if s.event})
    out.write(f"event grouping: {len(stories)} stories in {len(paths)} file(s), {event_count} gold events\n")
    out.write(f"grouped: {len(gold)} flagged stories of gold events into {len(set(predicted.values()))} events\n")
    if unflagged:
        out.write(f"not flagged by the classifier (left out of the scores): {len(unflagged)}: "
                  + ", ".join(s.id for s in unflagged) + "\n")
    if false_flags:
        out.write(f"flagged although outside any event (left out): {len(false_flags)}: "
                  + ", ".join(s.id for s in false_flags) + "\n")
    out.write(f"pairwise  precision {scores.pair_precision:.3f}  recall {scores.pair_recall:.3f}  "
              f"F1 {scores.pair_f1:.3f}  ({scores.correct_pairs} of {scores.predicted_pairs} predicted pairs "
              f"correct; {scores.true_pairs} gold pairs)\n")
    out.write(f"B-cubed   precision {scores.bcubed_precision:.3f}  recall {scores.bcubed_recall:.3f}\n")
    clusters = {item: predicted[item] for item in gold}
    merged = sorted(p for p in _pairs(clusters) if gold[p[0]] != gold[p[1]])
    split = sorted(p for p in _pairs(gold) if clusters[p[0]] != clusters[p[1]])
    for label, pairs in (("wrongly merged", merged), ("wrongly split", split)):
        out.write(f"{label} pairs: {len(pairs)}\n")
        for a, b in pairs[:25]:
            out.write(f"  {a} | {by_id[a].title}\n  {b} | {by_id[b].title}\n")
        if len(pairs) > 25:
            out.write(f"  ... and {len(pairs) - 25} more\n")
    return 0
