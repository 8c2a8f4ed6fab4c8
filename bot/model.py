"""The classifier's learned component: a small logistic regression per topic over words and word pairs.

The weights live in ``bot/data/topic_model.json``, written by ``python -m bot.training`` from the dev split
of the labelled corpus only (see corpus/README.md, "Classifier"). The model reads the headline, the summary
and the start of the body, as a reader of a feed would. Its features are plain words and word pairs, so the
features that pushed a story up can be named as evidence. No I/O happens until the model is first used.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_FILE = "topic_model.json"

# Words the model reads from the body: the lede carries the news; later paragraphs are background.
BODY_WORDS = 80

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
    out: list[str] = []
    for token in _TOKEN.findall(text.lower()):
        if token in _NOISE:
            continue
        if token.endswith("'s"):
            token = token[:-2]
        out.append(_DIGITS.sub("0", token) if any(c.isdigit() for c in token) else token)
    return out


def features(title: str, summary: str = "", body: str = "") -> list[str]:
    """The distinct features of a story: headline words (marked "t:"), and words and word pairs of headline, summary and lede."""
    head = tokens(title)
    rest = tokens(summary)
    if body:
        rest += tokens(body)[:BODY_WORDS]
    found: set[str] = {"t:" + w for w in head if w not in STOP_WORDS}
    for part in (head, rest):
        found.update(w for w in part if w not in STOP_WORDS)
        found.update(f"{a} {b}" for a, b in zip(part, part[1:]) if a not in STOP_WORDS or b not in STOP_WORDS)
    return sorted(found)


@dataclass(frozen=True, slots=True)
class TopicModel:
    """Weights of one topic's logistic regression."""

    bias: float
    weights: dict[str, float]

    def probability(self, feats: list[str]) -> float:
        """The model's probability that a story with these features is about the topic."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def top_features(self, feats: list[str], n: int = 3) -> list[str]:
        """The present features that raised the probability most, strongest first."""
        weighted = sorted(((self.weights.get(f, 0.0), f) for f in feats), key=lambda wf: (-wf[0], wf[1]))
        named = [f.removeprefix("t:") for w, f in weighted if w > 0]
        return list(dict.fromkeys(named))[:n]


MODEL_PATH = Path(__file__).resolve().parent / "data" / MODEL_FILE


@cache
def load_models() -> dict[str, TopicModel]:
    """The shipped per-topic models (read once, on first use); empty, with a warning, if the data file is missing."""
    # A path beside this module, not importlib.resources: the editable install can import `bot` as a namespace
    # package, where resources.files() does not find package data.
    try:
        raw = MODEL_PATH.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("classifier model not loaded; rules only", extra={"source": str(MODEL_PATH), "error": str(exc)})
        return {}
    return models_from_json(json.loads(raw))


def models_from_json(data: dict[str, object]) -> dict[str, TopicModel]:
    """Rebuild the per-topic models from the JSON written by bot.training."""
    topics = data.get("topics")
    if not isinstance(topics, dict):
        return {}
    return {
        topic: TopicModel(bias=float(spec["bias"]), weights={k: float(v) for k, v in spec["weights"].items()})
        for topic, spec in topics.items()
    }
