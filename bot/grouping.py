"""Event grouping: decide whether a story reports a happening already known, with an index, not all pairs.

A story joins an event when one of its recent stories reports the same happening (issue 6):

- the same link once tracking parameters are dropped, or near-duplicate text (wire copy republished);
- or the same topic with overlapping facts and wording: shared names, counts, targets and rare words,
  inside a time window (72 hours by default).

Look-alikes stay apart: facts that contradict each other (an EU package and a US Treasury action on the
same day, 84 and 390 prisoners of war) weigh against a merge, and happenings further apart than the window
never merge. Everything here is pure and deterministic (keyed BLAKE2 hashes, never Python's `hash()`), so
the store can rebuild the index after a restart and get the same answers.

Candidates come from an inverted index over bucket keys (MinHash LSH bands of the story's words, its
canonical link, (topic, country), named people, sanction target), holding only events seen inside the
window; the cost per story therefore depends on the news rate, not on how many stories came before.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from .models import SANCTIONS, Facts
from .text import canonical_url, plain_text

DEFAULT_WINDOW = timedelta(hours=72)

# MinHash: 32 values per story from two keyed 64-byte BLAKE2b digests per word; 16 LSH bands of 2 rows.
# Two rows per band make stories sharing roughly a third of their content words likely candidates; the
# window keeps the buckets small, and same_event() has the last word.
MINHASH_SIZE = 32
LSH_ROWS = 2
_MINHASH_KEYS = (b"alertbot-minhash-0", b"alertbot-minhash-1")

# same_event() thresholds, tuned on corpus/events (see corpus/events/README.md).
NEAR_DUPLICATE = 0.62
JOIN_SCORE = 0.25
MIN_TEXT = 0.1
COUNTRY_BONUS = 0.2
CLOSE_IN_TIME = timedelta(hours=24)
CLOSE_BONUS = 0.15
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
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
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
    ("United Kingdom", r"\b(?:Lammy|Starmer|Sunak|Truss|Whitehall|Downing Street)\b"),
)


@cache
def _authority_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from .lexicon import AUTHORITIES

    return tuple((name, re.compile(pattern)) for name, pattern in (*AUTHORITIES, *_ACTOR_HINTS))


def authorities_named(text: str) -> frozenset[str]:
    """Sanctioning authorities a text names anywhere (the facts name only the one that acts)."""
    return frozenset(name for name, pattern in _authority_patterns() if pattern.search(text))


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
    authorities: frozenset[str] = frozenset()
    actor: str | None = None  # who acts in a sanctions story
    surnames: frozenset[str] = frozenset()
    target_words: frozenset[str] = frozenset()
    weight: float = 0.0  # the summed word weights, for text_similarity()


def story_signature(
    story_id: str, title: str, summary: str, body: str, time: datetime, topics: Sequence[str], facts: Facts,
    url: str | None = None,
) -> StorySignature:
    """The signature of a story: title, summary and the lede of its body, plus its facts and link."""
    lede = " ".join(plain_text(body).split()[:60]) if body else ""
    words = frozenset(tokens(" ".join((plain_text(title), plain_text(summary), lede))))
    content = [w for w in words if word_weight(w) >= 0.45]
    # The actor: the extracted authority, else the one authority the headline names.
    title_authorities = authorities_named(title) if SANCTIONS in topics else frozenset()
    actor = facts.authority or (next(iter(title_authorities)) if len(title_authorities) == 1 else None)
    targets = tokens(facts.target) if facts.target else []
    return StorySignature(
        story_id=story_id,
        time=time if time.tzinfo else time.replace(tzinfo=UTC),
        topics=tuple(topics),
        facts=facts,
        words=words,
        minhash=minhash(sorted(content)),
        url=canonical_url(url),
        title=title,
        names=proper_names(title, summary),
        authorities=authorities_named(f"{title}\n{summary}"),
        actor=actor,
        surnames=frozenset(s for s in (_surname(p) for p in facts.people) if s),
        target_words=frozenset(w for w in targets if w not in _generic_stems() and w not in _country_words()),
        weight=sum(word_weight(w) for w in words),
    )


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
    """Whether two stories report the same happening, the score, and the reasons (for the eval output)."""

    same: bool
    score: float
    reasons: tuple[str, ...] = ()


def same_event(a: StorySignature, b: StorySignature, window: timedelta = DEFAULT_WINDOW) -> Verdict:
    """Decide whether two stories report one happening: text similarity plus fact agreement, in the window."""
    if abs(a.time - b.time) > window:
        return Verdict(False, 0.0, ("outside the time window",))
    if not set(a.topics) & set(b.topics):
        return Verdict(False, 0.0, ("no topic in common",))
    if a.url and a.url == b.url:
        return Verdict(True, 2.0, ("same link",))
    text = text_similarity(a, b)
    # Two authorities acting on the same day are two happenings (the EU package, the US designations),
    # however alike the wording. Fact extraction is imperfect, so the authorities count as different only
    # when each story names just its own (an EU story that mentions Washington's move is no evidence).
    if (a.actor and b.actor and a.actor != b.actor
            and not (a.actor in b.authorities and b.actor in a.authorities)):
        return Verdict(False, text - 1.0, (f"text {text:.2f}", f"different authorities: {a.actor}, {b.actor}"))
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
    actors = {x for x in (a.actor, b.actor) if x}
    countries_a, countries_b = set(fa.countries) - actors, set(fb.countries) - actors
    common = countries_a & countries_b
    if countries_a and countries_b:
        if not common:
            weigh(-0.3, "different countries")
        else:
            weigh(COUNTRY_BONUS * len(common) / len(countries_a | countries_b), "shared countries")
    if fa.sanction_action and fb.sanction_action and frozenset((fa.sanction_action, fb.sanction_action)) in _CONFLICTING_ACTIONS:
        weigh(-0.1, "opposite sanction actions")
    if a.surnames & b.surnames:
        weigh(0.3, "same people")
        specific = True
    elif names := a.names & b.names:
        weigh(min(0.3, 0.1 + 0.1 * len(names)), "shared names")
        specific = True
    count_a, count_b = fa.released_count, fb.released_count
    if count_a and count_b:
        ratio = max(count_a, count_b) / min(count_a, count_b)
        if ratio == 1:
            weigh(0.2, "same count")
            specific = True
        elif ratio <= 1.15:  # a revised count: "at least 50", then 52
            weigh(0.1, "close counts")
            specific = True
        # Different counts are no evidence against: the two sides of one exchange free 20 and 1,968.
    if a.target_words & b.target_words:
        weigh(0.15, "same target")
        specific = True
    gap = abs(a.time - b.time)
    if gap <= CLOSE_IN_TIME and common:
        weigh(CLOSE_BONUS * (1 - gap / CLOSE_IN_TIME), "close in time")
        specific = True
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
    keys.extend(f"p:{name}" for name in sorted(signature.surnames))
    keys.extend(f"t:{word}" for word in sorted(signature.target_words))
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
        for event_id in self.candidates(signature):
            entry = self._events[event_id]
            if not entry.topics & set(signature.topics):
                continue
            verdict = self._compare(signature, entry)
            if verdict.same and (best is None or verdict.score > best.verdict.score):
                best = Match(event_id=event_id, verdict=verdict)
        return best

    def _compare(self, signature: StorySignature, entry: _Entry) -> Verdict:
        best = Verdict(False, float("-inf"))
        for member in entry.members:
            self.comparisons += 1
            verdict = same_event(signature, member, self.window)
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
