"""Train the classifier's learned component and write bot/data/topic_model.json.

``python -m bot.training corpus/labelled/*.jsonl --extra corpus/training/*.jsonl`` reads the labelled
files and keeps ONLY their dev split (``bot.evaluation.split_of(id) == "dev"``; test items are never read
into training), adds every item of the training-only files given after ``--extra``, and fits
L2-regularised logistic regressions (bot.model: trigger, story and action models) by stochastic gradient
descent in a fixed, seeded order, so the same corpus always gives the same weights. ``--cv K`` first
prints K-fold cross-validation figures (the rules alone, and with the models at the shipped settings).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

from .model import MODEL_PATH, ShippedModels, TopicModel, features
from .models import SANCTION_ACTIONS, SANCTIONS, TOPICS

EPOCHS = 30
LEARNING_RATE = 0.2
L2 = 1e-4
MIN_DF = 2
SEED = 20261127
DEFAULT_OUT = MODEL_PATH


def item_features(item: Mapping[str, Any]) -> list[str]:
    """The model's features of one corpus item (title, summary, optional body)."""
    from .text import reading_text

    return features(
        reading_text(str(item.get("title") or ""), headline=True),
        reading_text(str(item.get("summary") or "")),
        reading_text(str(item.get("body") or "")),
    )


def train_topic(docs: Sequence[list[str]], ys: Sequence[int]) -> TopicModel:
    """Fit one topic's logistic regression (deterministic SGD over features seen in >= MIN_DF documents)."""
    df = Counter(f for doc in docs for f in set(doc))
    vocab = {f for f, n in df.items() if n >= MIN_DF}
    kept = [[f for f in doc if f in vocab] for doc in docs]
    weights: dict[str, float] = dict.fromkeys(sorted(vocab), 0.0)
    bias = 0.0
    order = list(range(len(docs)))
    rng = random.Random(SEED)
    positives = sum(ys) or 1
    # Balance the classes so a rare topic is not drowned by the negatives.
    pos_weight = (len(ys) - positives) / positives if positives < len(ys) else 1.0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = LEARNING_RATE / (1.0 + epoch * 0.2)
        for i in order:
            doc, y = kept[i], ys[i]
            z = bias + sum(weights[f] for f in doc)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (pos_weight if y else 1.0)
            bias -= rate * g
            for f in doc:
                weights[f] -= rate * (g + L2 * len(docs) * weights[f] / max(df[f], 1))
    return TopicModel(bias=round(bias, 4), weights={f: round(w, 4) for f, w in weights.items() if abs(w) >= 0.005})


def rule_scores(item: Mapping[str, Any]) -> dict[str, float]:
    """The rules' scores of one corpus item (no model)."""
    from .classify import classify_rules

    return classify_rules(str(item.get("title") or ""), str(item.get("summary") or ""), str(item.get("body") or ""))


@dataclass(frozen=True, slots=True)
class TrainingItem:
    """What training reads of one labelled item, computed once (cross-validation fits every fold from these)."""

    id: str
    labels: frozenset[str]
    features: list[str]
    rules: dict[str, float]
    action: str | None  # the labelled sanction action of a sanctions item
    action_features: list[str]  # empty unless `action` is set


def prepare(items: Sequence[Mapping[str, Any]]) -> list[TrainingItem]:
    """The items with a list of labels (ambiguous ones are left out), as training reads them."""
    from .classify import action_model_input

    prepared: list[TrainingItem] = []
    for item in items:
        if not isinstance(item.get("labels"), list):
            continue
        labels = frozenset(item["labels"])
        action = gold_action(item) if SANCTIONS in labels else None
        prepared.append(TrainingItem(
            id=str(item["id"]),
            labels=labels,
            features=item_features(item),
            rules=rule_scores(item),
            action=action,
            # Read as classify reads a story: from the raw fields, through the rules.
            action_features=action_model_input(*(str(item.get(k) or "") for k in ("title", "summary", "body")))
            if action else [],
        ))
    return prepared


def train(items: Sequence[Mapping[str, Any]]) -> ShippedModels:
    """The shipped models from labelled items (callers pass dev and training-only items, never test items)."""
    return fit(prepare(items))


def fit(items: Sequence[TrainingItem]) -> ShippedModels:
    """The shipped models from prepared items.

    A topic's trigger model is consulted only for stories in which the rules found a trigger of that topic,
    so it is trained on exactly those: it learns to tell a release or a sanction from the other senses of the
    words. The story models are trained on every item; the action models on the sanctions items with an action.
    """
    trigger: dict[str, TopicModel] = {}
    story: dict[str, TopicModel] = {}
    for t in TOPICS:
        chosen = [i for i in items if i.rules[t] > 0]
        trigger[t] = train_topic([i.features for i in chosen], [int(t in i.labels) for i in chosen])
        story[t] = train_topic([i.features for i in items], [int(t in i.labels) for i in items])
    with_action = [i for i in items if i.action is not None]
    action = {
        a: train_topic([i.action_features for i in with_action], [int(i.action == a) for i in with_action])
        for a in SANCTION_ACTIONS
    }
    return ShippedModels(trigger=trigger, story=story, action=action)


def gold_action(item: Mapping[str, Any]) -> str | None:
    """The item's labelled sanction action, if it is one of the eight."""
    action = (item.get("facts") or {}).get("sanction_action")
    return action if action in SANCTION_ACTIONS else None


def to_json(models: ShippedModels, trained_on: str) -> dict[str, Any]:
    """The shipped file: bias and weights of every model, and how they were made."""

    def group(named: Mapping[str, TopicModel]) -> dict[str, Any]:
        return {n: {"bias": m.bias, "weights": dict(sorted(m.weights.items()))} for n, m in named.items()}

    return {
        "format": 2,
        "trained_on": trained_on,
        "settings": {"epochs": EPOCHS, "learning_rate": LEARNING_RATE, "l2": L2, "min_df": MIN_DF, "seed": SEED},
        "topics": group(models.trigger),
        "story": group(models.story),
        "actions": group(models.action),
    }


def fold_of(item_id: str, k: int) -> int:
    """A stable fold for cross-validation within dev (independent of the dev/test hash digits)."""
    return int(hashlib.sha256(("fold:" + item_id).encode("utf-8")).hexdigest()[-8:], 16) % k


def main(argv: list[str] | None = None) -> int:
    """Train on the dev split of the labelled files and all of the training-only files; write the model file."""
    from .evaluation import load_items, split_of

    parser = argparse.ArgumentParser(prog="python -m bot.training", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path, help="labelled corpus files (only their dev split is read)")
    parser.add_argument("--extra", nargs="*", type=Path, default=[], metavar="FILE",
                        help="training-only files (corpus/training/*.jsonl): every item is read")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="print K-fold cross-validation figures first")
    args = parser.parse_args(argv)
    labelled = load_items(args.paths)
    dev = [i for i in labelled if split_of(str(i["id"])) == "dev"]
    extra = load_items(args.extra) if args.extra else []
    clash = {str(i["id"]) for i in dev} & {str(i["id"]) for i in extra}
    if clash:
        parser.error(f"ids in both the labelled and the training-only files: {', '.join(sorted(clash)[:5])}")
    # Training-only files were written later about the same events; a story told again under nearly the same
    # headline as a test item would let the model learn that item. Only headlines are compared, never labels.
    held_out = [str(i.get("title") or "") for i in labelled if split_of(str(i["id"])) == "test"]
    extra, dropped = drop_near_duplicates(extra, held_out)
    if dropped:
        print(f"left out {dropped} training-only items whose headline nearly repeats a test item's")
    if args.cv:
        report_cv(dev, extra, args.cv, sys.stdout)
    models = train([*dev, *extra])
    n_dev = sum(isinstance(i.get("labels"), list) for i in dev)
    n_extra = sum(isinstance(i.get("labels"), list) for i in extra)
    trained_on = f"{n_dev} dev-split items of {_names(args.paths)}" + (f" and {n_extra} items of {_names(args.extra)}" if extra else "")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(to_json(models, trained_on), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"trained on {trained_on}; wrote {args.out}")
    return 0


NEAR_DUPLICATE = 0.6
ItemT = TypeVar("ItemT", bound=Mapping[str, Any])
_WORDS = re.compile(r"[a-z0-9]+")


def drop_near_duplicates(items: Sequence[ItemT], held_out_titles: Sequence[str]) -> tuple[list[ItemT], int]:
    """The items whose headline shares less than NEAR_DUPLICATE of its words (Jaccard) with every held-out
    headline, and how many were left out."""
    held = [words for words in (set(_WORDS.findall(t.lower())) for t in held_out_titles) if words]
    by_word: dict[str, list[int]] = {}
    for n, words in enumerate(held):
        for word in words:
            by_word.setdefault(word, []).append(n)
    kept: list[ItemT] = []
    for item in items:
        words = set(_WORDS.findall(str(item.get("title") or "").lower()))
        candidates = {n for word in words for n in by_word.get(word, ())}
        if any(len(words & held[n]) >= NEAR_DUPLICATE * len(words | held[n]) for n in candidates):
            continue
        kept.append(item)
    return kept, len(items) - len(kept)


def _names(paths: Sequence[Path]) -> str:
    return ", ".join(p.name for p in paths)


def report_cv(dev: Sequence[Mapping[str, Any]], extra: Sequence[Mapping[str, Any]], k: int, out: TextIO) -> None:
    """K-fold figures over dev and training-only items together: each item is classified by models trained
    without its fold, and by the rules alone. Each part is reported on its own: the rules were written while
    reading dev, so only the training-only items (and the test split) say how well they carry."""
    from .classify import DEFAULT_THRESHOLDS, classify
    from .evaluation import topic_metrics

    items = [i for i in (*dev, *extra) if isinstance(i.get("labels"), list)]
    prepared = prepare(items)
    rules = {p.id: p.rules for p in prepared}
    predicted: dict[str, tuple[set[str], str | None]] = {}
    for fold in range(k):
        models = fit([p for p in prepared if fold_of(p.id, k) != fold])
        for item in (i for i in items if fold_of(str(i["id"]), k) == fold):
            result = classify(str(item.get("title") or ""), str(item.get("summary") or ""), str(item.get("body") or ""),
                              models=models)
            predicted[str(item["id"])] = set(result.labels), result.facts.sanction_action
    dev_ids = {str(i["id"]) for i in dev}
    for part, chosen in (("dev", [i for i in items if str(i["id"]) in dev_ids]),
                         ("training-only", [i for i in items if str(i["id"]) not in dev_ids])):
        if not chosen:
            continue
        out.write(f"{k}-fold cross-validation, {part} items ({len(chosen)})\n")
        for topic in TOPICS:
            rows = (("rules", {str(i["id"]) for i in chosen if rules[str(i["id"])][topic] >= DEFAULT_THRESHOLDS[topic]}),
                    ("shipped", {str(i["id"]) for i in chosen if topic in predicted[str(i["id"])][0]}))
            for name, flagged in rows:
                gold = {str(i["id"]) for i in chosen if topic in i["labels"]}
                m = topic_metrics(len(gold & flagged), len(flagged - gold), len(gold - flagged))
                out.write(f"  {topic:<17} {name:<8} P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} "
                          f"(fp {len(flagged - gold)}, fn {len(gold - flagged)})\n")
        with_action = [i for i in chosen if SANCTIONS in i["labels"] and gold_action(i) is not None]
        right = sum(predicted[str(i["id"])][1] == gold_action(i) for i in with_action)
        out.write(f"  sanction_action shipped {right}/{len(with_action)}\n")


if __name__ == "__main__":
    raise SystemExit(main())
