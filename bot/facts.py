"""Facts of a classified story: countries, how many were freed and who, what the sanctions did, by whom, to what.

The extractor reads the sentences that decided each topic (the classifier's hits, best first), so a
number or a name in an unrelated background paragraph does not become a fact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from .lexicon import AUTHORITIES, MULTIPLIERS, NOT_NAME_WORDS, NUMBER_WORDS, country_aliases
from .models import PRISONER_RELEASE, SANCTIONS, Facts

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


_NUMBER_WORD_RE = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_COUNT = re.compile(
    r"(?<![\w$.,-])(?P<qual>(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|up\s+to|roughly|"
    r"approximately|another|a\s+further|a\s+total\s+of|all)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|(?:(?:" + _NUMBER_WORD_RE + r")(?:[\s-]+(?:and\s+)?)?)+)"
    r"(?P<mult>\s+(?:hundred|thousand|million))?"
    r"(?=\s+(?:(?:more|other|of\s+(?:the|its|their))\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:prisoners?|detainees?|hostages?|captives?|POWs?|people|persons|inmates|Americans?|Britons?|citizens|"
    r"nationals|journalists|activists|dissidents|protesters|servicem[ae]n|soldiers|troops|fighters|"
    r"defenders|sailors|fishermen|crew|women|children|men|Israelis|Palestinians|Ukrainians|Russians|"
    r"Belarusians|Iranians|Venezuelans|Cubans|individuals|foreigners|students|members|captured|of\s+them|opponents|"
    r"critics|clergy|priests|schoolgirls|girls|boys|civilians|Thais|Filipinos|Nepalis|Indians|Britons|Germans|"
    r"French|Israeli|Palestinian|Ukrainian|Russian|Thai|Belarusian|Iranian|political|jailed|detained|held|were|was|"
    r"others|more|released|freed|in\s+(?:all|total))\b|\s*(?:,\s*)?(?:including|among)\b|\s+(?:in|from)\s+[A-Z])",
    _I,
)
_SWAP = re.compile(r"\b(?:swap\w*|exchang\w*|trad(?:e|es|ed|ing)|for)\b", _I)
_TOTAL = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|all\s+told)\b", _I)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+)?total\s+of\s+$", _I)
_N_FOR_N = re.compile(r"\b(\d+)\s+for\s+(\d+)\b")
_AND_COUNTS = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}?and\s+(?:a\s+)?\d")
_EACH = re.compile(r"\b(?:each|apiece)\b", _I)
_RELEASE_VERB = re.compile(r"\b(?:freed|frees|free|released?|releases|handed\s+over|returned|gets|welcomes\s+back)\b", _I)
_SINGULAR = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:journalist|reporter|activist|dissident|hostage|prisoner|detainee|national|"
    r"citizen|aide|worker|soldier|pilot|blogger|lawyer)\b|^(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:freed|released|walks\s+free)\b|"
    r"^(?:[\w'\u2019-]+\s+){1,3}?(?:journalist|reporter|activist|dissident|hostage|aide|blogger|lawyer|pilot|soldier)\s+"
    r"(?:freed|released|walks\s+free)\b|"
    r"\b(?:free|frees|freed|releases|released)\s+(?:[\w-]+\s+){0,2}(?:journalist|reporter|activist|dissident|hostage|aide|"
    r"blogger|lawyer|pilot|soldier)\b(?!s)"
)
_PLURAL = re.compile(r"\b(?:and|prisoners|hostages|detainees|journalists|activists|dozens|hundreds|others)\b", _I)
_GROUPS = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4}
_GROUP = re.compile(r"\b(duo|pair|trio|quartet)\b", _I)
_VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|scores|several|many|some)\s+(?:of\s+)?", _I)
_NAME = re.compile(
    r"(?<!')\b(?:[A-Z][a-z\u00e0-\u017f'\u2019]+(?:-[A-Z]?[a-z\u00e0-\u017f'\u2019]+)?|[A-Z]\.)"
    r"(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+|da\s+|van\s+|von\s+)?"
    r"(?:[A-Z][a-z\u00e0-\u017f'\u2019]+(?:-[A-Z]?[a-z\u00e0-\u017f'\u2019]+)?|[A-Z]\.))+"
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
        r"\b(?:threat\w*|warn\w*|(?:could|may|might|would|will|to)\s+face|could\s+(?:impose|slap|hit)|may\s+impose|"
        r"consider\w*|mull\w*|weigh\w*|propos\w*|call\w*\s+for|urg\w*|vow\w*|readies|ready\s+to|prepar\w*|"
        r"draw\w*\s+up|drafts?|push\w*\s+for|plans?\s+to|poised|eyes|eyeing|looms?|looming|avoid\w*|avert\w*|"
        r"trigger\w*|backed|back(?:s)?\s+(?:an?\s+)?(?:arms\s+)?(?:embargo|sanctions)|seeks?|seeking|sought|"
        r"possible|potential|options?|(?<=sanctions\s)(?:would|could|may|might)|if\s+\w+\s+(?:does|do|fails|invades|refuses))\b", _I)),
    ("extended", re.compile(
        r"\b(?:extend\w*|extension|renew\w*|prolong\w*|roll(?:s|ed|ing)?\s+over|rollover)\b(?!\s+(?:\w+\s+){0,3}?to\s)",
        _I)),
    ("lifted", re.compile(
        r"\b(?:lift\w*|remov\w*|ends?|ended|ending|scrap\w*|drops?|dropped|revok\w*|rescind\w*|repeal\w*|"
        r"unfreez\w*|delist\w*|terminat\w*|abolish\w*|end\s+to)\b(?!\s+(?:its\s+|their\s+|the\s+)?"
        r"(?:veto|objection|opposition|hold|block|waivers?|exemptions?))", _I)),
    ("eased", re.compile(
        r"\b(?:eas(?:e|es|ed|ing)|relax\w*|loosen\w*|suspend\w*|suspension|waiv(?:e|es|ed|ing|ers?)|exempt\w*|soften\w*|"
        r"relief|carve-?outs?|general\s+licen[cs]es?|licen[cs]es?|pauses?|paused|partial(?:ly)?|veto(?:es|ed)?)\b", _I)),
    ("enforced", re.compile(
        r"\b(?:enforc\w*|penalt\w*|fine[ds]?|fining|seiz(?:e|es|ed|ing|ure)|detains|charg(?:e|es|ed)|"
        r"indict\w*|convict\w*|plead\w*|guilty|prosecut\w*|violat\w*|breach\w*|settles|settled|settlement|failures?|"
        r"crack(?:s|ed|ing)?\s+down|crackdown|forfeit\w*|confiscat\w*|arrest\w*|sentenc\w*|deport\w*|"
        r"to\s+pay|pays|paid|busting|halts?\s+transit|citing|extradit\w*|intercept\w*|boarded)\b", _I)),
    ("evaded", re.compile(
        r"\b(?:evad\w*|evasion|circumvent\w*|bypass\w*|skirt\w*|dodg\w*|get\s+around|around\s+sanctions|"
        r"despite\s+(?:\w+\s+){0,2}(?:sanctions|export\s+controls|embargo|ban)|flout\w*|routed\s+through|re-export\w*|"
        r"front\s+compan\w*|ship-to-ship|stole|launder\w*)\b", _I)),
    ("expanded", re.compile(
        r"\b(?:expand\w*|widen\w*|broaden\w*|additional|more|further|tighten\w*|toughen\w*|toughest|stiffen\w*|"
        r"ratchet\w*|step(?:s|ped)?\s+up|escalat\w*|intensif\w*|adds?|added|adding|another|fresh|"
        r"(?!first\b)\w+(?:st|nd|rd|th)\s+(?:sanctions\s+)?(?:package|round)|new\s+(?:round|package|wave)|latest|wider|tougher|harsher|"
        r"ends?\s+(?:\w+\s+)?waivers|extend\w*\s+(?:\w+\s+){0,3}?to|maximum\s+pressure|zero)\b",
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
def _country_pattern() -> re.Pattern[str]:
    aliases = sorted(country_aliases(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")


def find_countries(text: str) -> list[str]:
    """Countries named in `text` (names, demonyms, capitals), as sorted unique English short names."""
    aliases = country_aliases_cached()
    found = {aliases[m.group(0)] for m in _country_pattern().finditer(text)}
    return sorted(found)


@cache
def country_aliases_cached() -> dict[str, str]:
    """The alias table, built once on first use."""
    return country_aliases()


def parse_count(text: str) -> int | None:
    """A number written in digits or words ("123", "1,227", "five", "a dozen", "two hundred"); else None."""
    text = text.strip().lower().replace(",", "")
    if text.isdigit():
        return int(text)
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
    labels: Sequence[str], hits: Mapping[str, Sequence[Hit]], title: str, lede: str
) -> Facts:
    """Facts for the flagged topics, read from the sentences that decided them; empty for no topic."""
    if not labels:
        return Facts()
    release_hits = list(hits.get(PRISONER_RELEASE, ())) if PRISONER_RELEASE in labels else []
    sanction_hits = list(hits.get(SANCTIONS, ())) if SANCTIONS in labels else []
    deciding = [h.sentence for h in (*release_hits[:3], *sanction_hits[:2]) if h.score >= 0.3]
    countries = find_countries(" ".join((title, lede, *deciding)))
    facts_release = _release_facts(release_hits, title, lede) if release_hits else (None, ())
    action, authority, target = _sanction_facts(sanction_hits, title, lede)
    return Facts(
        countries=tuple(countries),
        released_count=facts_release[0],
        people=facts_release[1],
        sanction_action=action,
        authority=authority,
        target=target,
    )


def _release_facts(hits: Sequence[Hit], title: str, lede: str) -> tuple[int | None, tuple[str, ...]]:
    people: list[str] = []
    seen_sentences: list[Hit] = []
    for hit in hits:
        if hit.score < 0.25 or any(hit.sentence == h.sentence for h in seen_sentences):
            continue
        seen_sentences.append(hit)
        for name in _names_in(hit.sentence, hit.start, hit.end):
            if name not in people and not any(name in p or p.endswith(name.split()[-1]) for p in people):
                people.append(name)
    return _released_count(seen_sentences, title, lede), tuple(people[:8])


def _released_count(hits: Sequence[Hit], title: str, lede: str = "") -> int | None:
    """A stated number wins; a vague one ("dozens") means unknown; else names or a singular noun in the headline."""
    vague = False
    for hit in hits:
        value, decided = _count_in(hit.sentence, hit.start)
        if value is not None:
            return value
        vague = vague or decided
    if vague:
        return None
    for hit in hits:
        group = _GROUP.search(hit.sentence)
        if group:
            return _GROUPS[group.group(1).lower()]
    for text in (title, lede):
        if text:
            value, decided = _count_in(text, 0)
            if value is not None or decided:
                return value
    title_hit = next((h for h in hits if h.zone == "title"), None)
    if title_hit is not None:
        names = _names_in(title, title_hit.start, title_hit.end)
        if len(names) >= 2:
            return len(names)
        if _SINGULAR.search(title) and not _PLURAL.search(title):
            return 1
    return None


def _count_in(sentence: str, anchor: int) -> tuple[int | None, bool]:
    """The number of people freed in one sentence; both sides of a swap are added; vague counts give None."""
    found: list[tuple[int, int]] = []
    for match in _COUNT.finditer(sentence):
        value = parse_count(match.group("num"))
        if value is None:
            continue
        if match.group("mult"):
            value *= MULTIPLIERS[match.group("mult").strip().lower()]
        if value > 100_000 or (1900 <= value <= 2100 and match.group("num").isdigit()):
            continue
        found.append((match.start(), value))
    if not found:
        if _VAGUE.search(sentence):
            return None, True
        return None, False
    for match in _COUNT.finditer(sentence):
        if _TOTAL.match(sentence, match.end()) or _TOTAL_BEFORE.search(sentence, 0, match.start()):
            value = parse_count(match.group("num"))
            if value is not None:
                return value, True
    n_for_n = _N_FOR_N.search(sentence)
    if n_for_n:
        return int(n_for_n.group(1)) + int(n_for_n.group(2)), True
    if len(found) > 1 and (
        _SWAP.search(sentence) or len(_RELEASE_VERB.findall(sentence)) > 1 or _AND_COUNTS.search(sentence)
    ):
        total = sum(value for _, value in found)
    else:
        total = min(found, key=lambda f: abs(f[0] - anchor))[1]
    if _EACH.search(sentence):
        total *= 2
    return total, True


def _names_in(sentence: str, start: int, end: int) -> list[str]:
    """Names of released people: after "including"/"among them", right after the trigger, or its subject."""
    spans: list[tuple[int, int]] = []
    lead = _PEOPLE_LEAD.search(sentence)
    if lead:
        stop = re.search(r"\b(?:after|following|because|when|who|which|as\s+part)\b|;", sentence[lead.end():])
        spans.append((lead.end(), lead.end() + stop.start() if stop else len(sentence)))
    spans.append((end, min(len(sentence), end + 60)))
    spans.append((max(0, start - 45), start))
    names: list[str] = []
    for lo, hi in spans:
        for match in _NAME.finditer(sentence, lo, hi):
            name = _clean_name(match.group(0))
            if name and name not in names:
                names.append(name)
    return names


def _clean_name(raw: str) -> str | None:
    words = raw.split()
    while words and (words[0] in NOT_NAME_WORDS or words[0] in country_aliases_cached()):
        words.pop(0)
    while words and (words[-1] in NOT_NAME_WORDS or words[-1] in country_aliases_cached()):
        words.pop()
    if len(words) < 2 or len(words) > 4:
        return None
    name = " ".join(words)
    if _OFFICIALS.search(name) or any(w in NOT_NAME_WORDS for w in words):
        return None
    if name in country_aliases_cached():
        return None
    return name


def _sanction_facts(hits: Sequence[Hit], title: str, lede: str) -> tuple[str | None, str | None, str | None]:
    if not hits:
        return None, None, None
    authority = target = None
    for hit in hits[:4]:
        if authority is None:
            authority = _authority_in(hit.sentence[: hit.start]) or _authority_in(hit.sentence)
        if target is None:
            target = _target_in(hit.sentence)
    if authority is None:
        authority = _authority_in(title) or _authority_in(lede)
    return _action(hits, title), authority, target


def _action(hits: Sequence[Hit], title: str) -> str:
    """The sanction action: the headline's cue if it has one, else the deciding sentences'; most specific first."""
    places = [title] + [h.sentence for h in hits[:3] if h.sentence != title]
    imposed = _ACTIONS[-1][1]
    for text in places:
        for action, pattern in _ACTIONS[:-1]:
            if pattern.search(text):
                return action
        if imposed.search(text):
            return "imposed"
    return "imposed"


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
