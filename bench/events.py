"""Benchmark of event grouping (issue 6): time per 1,000 stories as the stream grows, index against all pairs.

    python bench/events.py                       # 1,000, 10,000 and 50,000 stories; all pairs at 1,000 and 10,000
    python bench/events.py --sizes 1000,5000 --baseline 1000

Synthetic flagged stories are made from the headlines of corpus/events: their numbers, countries and
names are replaced by random ones, so the vocabulary is realistic and every synthetic event is new. The
stream runs at a steady rate (250 flagged stories a day, 1 to 6 reports per event within 30 hours), as a
live deployment sees it. Only the pure grouping (bot/grouping.py) is measured, not the database.

With the index, a story is compared with the events in its buckets inside the window only, so the time
per 1,000 stories stays flat however long the stream; the all-pairs baseline compares each story with
every earlier event and grows linearly.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.grouping import EventIndex, StorySignature, read_corpus, same_event, story_signature  # noqa: E402
from bot.lexicon import country_aliases  # noqa: E402
from bot.models import PRISONER_RELEASE, SANCTIONS, Facts  # noqa: E402

STORIES_PER_DAY = 250
AUTHORITIES = ("United States", "European Union", "United Kingdom", "Canada", "Japan", "UN Security Council")
SYLLABLES = "ka ro mi na sel vo tan bri lek dor avi mar zen ost pel rud ina hov tsa kir".split()


@dataclass(frozen=True, slots=True)
class Template:
    title: str
    summary: str
    topic: str


def templates() -> list[Template]:
    """Headlines and summaries of the grouping corpus, with the topic their event is about."""
    out = []
    for story in read_corpus([ROOT / "corpus" / "events" / "events.jsonl"]):
        if story.event:
            text = f"{story.title} {story.summary}".lower()
            topic = SANCTIONS if "sanction" in text or "package" in text else PRISONER_RELEASE
            out.append(Template(story.title, story.summary, topic))
    return out


def fake_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


class StoryStream:
    """A reproducible stream of synthetic flagged stories, several reports per synthetic event."""

    def __init__(self, seed: int = 6) -> None:
        self.rng = random.Random(seed)
        self.templates = templates()
        aliases = country_aliases()
        self.countries = sorted(set(aliases.values()))
        self.country_re = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")\b")
        self.name_re = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?: [A-Z][a-z]+)*")
        self.number_re = re.compile(r"\d[\d,.]*")

    def __iter__(self) -> Iterator[StorySignature]:
        start = datetime(2025, 1, 1, tzinfo=UTC)
        n = 0
        pending: list[tuple[datetime, int, StorySignature]] = []
        event = 0
        while True:
            # New events arrive steadily; each has 1 to 6 reports spread over the next 30 hours.
            event_time = start + timedelta(days=event * 3.5 / STORIES_PER_DAY)
            for sig in self._event(event, event_time):
                pending.append((sig.time, n, sig))
                n += 1
            event += 1
            pending.sort(key=lambda item: (item[0], item[1]))
            while pending and pending[0][0] <= event_time:
                yield pending.pop(0)[2]

    def _event(self, event: int, when: datetime) -> list[StorySignature]:
        rng = self.rng
        country = rng.choice(self.countries)
        people = tuple(fake_name(rng) for _ in range(rng.randint(0, 2)))
        count = rng.choice([None, rng.randint(2, 400)])
        authority = rng.choice(AUTHORITIES)
        out = []
        for report in range(rng.choice([1, 1, 2, 3, 4, 5, 6])):
            template = rng.choice(self.templates)
            title, summary = (self._fill(text, country, people, count) for text in (template.title, template.summary))
            facts = Facts(
                countries=(country,),
                released_count=count if template.topic == PRISONER_RELEASE else None,
                people=people[: rng.randint(0, len(people))] if template.topic == PRISONER_RELEASE else (),
                sanction_action="imposed" if template.topic == SANCTIONS else None,
                authority=authority if template.topic == SANCTIONS else None,
            )
            at = when + timedelta(hours=rng.uniform(0, 30) if report else 0)
            out.append(story_signature(f"s{event}-{report}", title, summary, "", at, (template.topic,), facts,
                                       f"https://outlet{report}.example/{event}"))
        return out

    def _fill(self, text: str, country: str, people: tuple[str, ...], count: int | None) -> str:
        text = self.country_re.sub(country, text)
        text = self.number_re.sub(str(count or self.rng.randint(2, 90)), text)
        return self.name_re.sub(lambda _m: people[0] if people else fake_name(self.rng), text)


def take(n: int) -> list[StorySignature]:
    stream = iter(StoryStream())
    return [next(stream) for _ in range(n)]


def run_indexed(stories: list[StorySignature], checkpoints: list[int]) -> None:
    """Group the stream with the index; print the time of the 1,000 stories ending at each checkpoint."""
    index = EventIndex()
    block_start = time.perf_counter()
    comparisons_before = 0
    for i, sig in enumerate(stories, 1):
        match = index.match(sig)
        index.add(match.event_id if match else sig.story_id, sig)
        if i % 1000 == 0:
            elapsed = time.perf_counter() - block_start
            if i in checkpoints:
                per_story = (index.comparisons - comparisons_before) / 1000
                print(f"  index     {i:>7,} stories: {elapsed * 1000:8.1f} ms per 1,000 stories "
                      f"({per_story:5.1f} comparisons per story, {len(index):,} events in the window)")
            comparisons_before = index.comparisons
            block_start = time.perf_counter()


def run_all_pairs(stories: list[StorySignature], n: int) -> None:
    """The baseline: the last 1,000 of n stories, each compared with every earlier story."""
    earlier = stories[: n - 1000]
    start = time.perf_counter()
    for sig in stories[n - 1000 : n]:
        best = None
        for other in earlier:
            verdict = same_event(sig, other)
            if verdict.same and (best is None or verdict.score > best.score):
                best = verdict
        earlier.append(sig)
    elapsed = time.perf_counter() - start
    print(f"  all pairs {n:>7,} stories: {elapsed * 1000:8.1f} ms per 1,000 stories")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000", help="checkpoints, multiples of 1,000")
    parser.add_argument("--baseline", default="1000,10000", help="sizes for the all-pairs baseline ('' for none)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    baseline = sorted(int(s) for s in args.baseline.split(",") if s)
    start = time.perf_counter()
    stories = take(max([*sizes, *baseline]))
    print(f"generated {len(stories):,} synthetic stories in {time.perf_counter() - start:.1f} s "
          f"(signatures included: {len(stories) and (time.perf_counter() - start) / len(stories) * 1e6:.0f} us per story)")
    print("grouping time (match + add; signatures computed beforehand):")
    run_indexed(stories, sizes)
    for n in baseline:
        run_all_pairs(stories, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
