"""The classifier's learned component: small logistic regressions over words and word pairs.

The weights live in ``bot/data/topic_model.json``, written by ``python -m bot.training`` from the dev split
of the labelled corpus and the training-only files of ``corpus/training/`` (see corpus/README.md,
"Classifier"); no test item is ever read into training. Three kinds of model share one feature set:

- *trigger* models, one per topic, read only where the rules found a trigger of that topic (the blend);
- *story* models, one per topic, read on every story with words of the topic: a story the rules found nothing
  in, or a release trigger they marked down only for want of context, may still be flagged when its story
  model is sure (bot.classify.PROPOSE_AT);
- *action* models, one per sanction action, read on flagged sanctions stories over the headline and the
  sentences that decided the label, names left out (action_features, bot.classify.ACTION_OVERRIDE_AT).

The model reads the headline, the summary and the start of the body, as a reader of a feed would. Its
features are plain words and word pairs, so the features that pushed a story up can be named as evidence.
No I/O happens until the model is first used.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_FILE = "topic_model.json"

# Words the model reads from the body: the lede carries the news; later paragraphs are background.
BODY_WORDS = 80
_BODY_CHARS = 2000

# Function words alone say nothing about the topic; with only a thousand training stories they would pick up
# chance weights ("after", "in") that push unrelated stories over the line. Pairs keep them ("out of", "set free").
STOP_WORDS = frozenset(
    "a an the of in on at to for from by with after before and or but is are was were be been being has have had "
    "as it its his her their they them he she we that this these those who which what when where while than then "
    "so if not no said says say will would could can may might also more most over into about up out off new one "
    "0 00 000 s t".split()
)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_DIGITS = re.compile(r"\d")
# Entity residue of AG News and feeds ("#39;", "quot;") is noise, not language.
_NOISE = frozenset({"quot", "amp", "lt", "gt", "nbsp", "39", "b", "href", "http", "https", "www", "com"})


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; every digit becomes 0 so "14 prisoners" and "553 prisoners" share a feature."""
    lowered = text.lower()
    words = _TOKEN.findall(lowered)
    # Each step below is skipped where the text shows it would change nothing.
    if not _NOISE.isdisjoint(words):
        words = [word for word in words if word not in _NOISE]
    if _DIGITS.search(lowered):
        words = _DIGITS.sub("0", " ".join(words)).split()
    if "'" in lowered:
        words = [word[:-2] if word.endswith("'s") else word for word in words]
    return words


def features(title: str, summary: str = "", body: str = "") -> list[str]:
    """The distinct features of a story: headline words (marked "t:"), and words and word pairs of headline, summary and lede."""
    rest = tokens(summary)
    if body:
        # Only the lede is read; a long article need not be tokenised to its end to find its first words.
        lede = tokens(body[:_BODY_CHARS])
        rest += (lede if len(lede) > BODY_WORDS else tokens(body))[:BODY_WORDS]
    return _word_features(tokens(title), rest)


def _word_features(head: list[str], rest: list[str]) -> list[str]:
    """Headline words (marked "t:"), and the words and word pairs of headline and rest, function words dropped."""
    found: set[str] = {"t:" + w for w in head if w not in STOP_WORDS}
    for part in (head, rest):
        found.update(w for w in part if w not in STOP_WORDS)
        found.update(f"{a} {b}" for a, b in zip(part, part[1:]) if a not in STOP_WORDS or b not in STOP_WORDS)
    return sorted(found)


_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")
ACTION_WORDS = 40


def action_features(title: str, summary: str = "", body: str = "") -> list[str]:
    """Features for the sanction action: the headline's and lede's words without names of people, places and bodies.

    What was done ("considers", "further", "renews", "fines") is said in common words; names only say who
    was involved, and a word model trained on a few hundred stories would learn "settlers" or "Venezuela"
    as an action. A capitalised word inside a sentence is a name, unless the headline is in Title Case.
    """
    return _word_features(_common_words(title), _common_words(summary or body)[:ACTION_WORDS])


def _common_words(text: str) -> list[str]:
    words = _WORD.findall(text)
    title_case = sum(w[:1].isupper() for w in words) > 0.6 * max(len(words), 1)
    kept: list[str] = []
    sentence_start = True
    for word in words:
        if title_case or sentence_start or not word[:1].isupper():
            kept.extend(tokens(word))
        sentence_start = False
    return kept


@dataclass(frozen=True, slots=True)
class TopicModel:
    """Weights of one topic's logistic regression."""

    bias: float
    weights: dict[str, float]

    def probability(self, feats: list[str]) -> float:
        """The model's probability that a story with these features is about the topic."""
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0, len(feats))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def top_features(self, feats: list[str], n: int = 3) -> list[str]:
        """The present features that raised the probability most, strongest first."""
        weighted = sorted(((self.weights.get(f, 0.0), f) for f in feats), key=lambda wf: (-wf[0], wf[1]))
        named = [f.removeprefix("t:") for w, f in weighted if w > 0]
        return list(dict.fromkeys(named))[:n]


MODEL_PATH = Path(__file__).resolve().parent / "data" / MODEL_FILE


@dataclass(frozen=True, slots=True)
class ShippedModels:
    """Everything in the model file: per-topic trigger and story models, and one model per sanction action."""

    trigger: dict[str, TopicModel]
    story: dict[str, TopicModel]
    action: dict[str, TopicModel]


NO_MODELS = ShippedModels(trigger={}, story={}, action={})


@cache
def load_models() -> ShippedModels:
    """The shipped models (read once, on first use); none, with a warning, if the data file is missing."""
    # A path beside this module, not importlib.resources: the editable install can import `bot` as a namespace
    # package, where resources.files() does not find package data.
    try:
        raw = MODEL_PATH.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("classifier model not loaded; rules only", extra={"source": str(MODEL_PATH), "error": str(exc)})
        return NO_MODELS
    return models_from_json(json.loads(raw))


def models_from_json(data: dict[str, object]) -> ShippedModels:
    """Rebuild the models from the JSON written by bot.training."""
    return ShippedModels(
        trigger=_group_from_json(data.get("topics")),
        story=_group_from_json(data.get("story")),
        action=_group_from_json(data.get("actions")),
    )


def _group_from_json(group: object) -> dict[str, TopicModel]:
    if not isinstance(group, dict):
        return {}
    return {
        name: TopicModel(bias=float(spec["bias"]), weights={k: float(v) for k, v in spec["weights"].items()})
        for name, spec in group.items()
    }
