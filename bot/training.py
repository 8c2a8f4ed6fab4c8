"""Train the classifier's learned component on the dev split and write bot/data/topic_model.json.

``python -m bot.training corpus/labelled/*.jsonl`` reads the labelled files, keeps ONLY the dev split
(``bot.evaluation.split_of(id) == "dev"``; test items are never read into training), and fits one
L2-regularised logistic regression per topic by stochastic gradient descent in a fixed, seeded order, so
the same corpus always gives the same weights. ``--cv K`` first prints K-fold cross-validation figures
within dev (the model alone, and blended with the rules), which is how the blend was chosen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from .model import MODEL_PATH, TopicModel, features
from .models import TOPICS

EPOCHS = 30
LEARNING_RATE = 0.2
L2 = 1e-4
MIN_DF = 2
SEED = 20261127
DEFAULT_OUT = MODEL_PATH


def item_features(item: Mapping[str, Any]) -> list[str]:
    """The model's features of one corpus item (title, summary, optional body)."""
    from .text import plain_text

    return features(
        plain_text(str(item.get("title") or "")),
        plain_text(str(item.get("summary") or "")),
        plain_text(str(item.get("body") or "")),
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


def train(items: Sequence[Mapping[str, Any]]) -> dict[str, TopicModel]:
    """One model per topic from labelled items (callers pass dev items only).

    A topic's model is consulted only for stories in which the rules found a trigger of that topic, so it is
    trained on exactly those: it learns to tell a release or a sanction from the other senses of the words.
    """
    scored = [i for i in items if isinstance(i.get("labels"), list)]
    docs = [item_features(i) for i in scored]
    rules = [rule_scores(i) for i in scored]
    models: dict[str, TopicModel] = {}
    for t in TOPICS:
        chosen = [n for n in range(len(scored)) if rules[n][t] > 0]
        models[t] = train_topic([docs[n] for n in chosen], [int(t in scored[n]["labels"]) for n in chosen])
    return models


def to_json(models: Mapping[str, TopicModel], trained_on: int) -> dict[str, Any]:
    """The shipped file: per-topic bias and weights, and how they were made."""
    return {
        "format": 1,
        "trained_on": f"{trained_on} dev-split items of corpus/labelled/*.jsonl",
        "settings": {"epochs": EPOCHS, "learning_rate": LEARNING_RATE, "l2": L2, "min_df": MIN_DF, "seed": SEED},
        "topics": {
            t: {"bias": m.bias, "weights": dict(sorted(m.weights.items()))} for t, m in models.items()
        },
    }


def fold_of(item_id: str, k: int) -> int:
    """A stable fold for cross-validation within dev (independent of the dev/test hash digits)."""
    return int(hashlib.sha256(("fold:" + item_id).encode("utf-8")).hexdigest()[-8:], 16) % k


def out_of_fold(items: Sequence[Mapping[str, Any]], k: int) -> dict[str, dict[str, float]]:
    """Each item's model probability per topic from a model trained on the other k-1 folds."""
    scored = [i for i in items if isinstance(i.get("labels"), list)]
    docs = {str(i["id"]): item_features(i) for i in scored}
    out: dict[str, dict[str, float]] = {}
    rules = {str(i["id"]): rule_scores(i) for i in scored}
    for fold in range(k):
        held = [i for i in scored if fold_of(str(i["id"]), k) == fold]
        for topic in TOPICS:
            train_items = [i for i in scored if fold_of(str(i["id"]), k) != fold and rules[str(i["id"])][topic] > 0]
            model = train_topic([docs[str(i["id"])] for i in train_items], [int(topic in i["labels"]) for i in train_items])
            for item in held:
                out.setdefault(str(item["id"]), {})[topic] = model.probability(docs[str(item["id"])])
    return out


def main(argv: list[str] | None = None) -> int:
    """Train on the dev split of the given corpus files and write the model file."""
    from .evaluation import load_items, split_of

    parser = argparse.ArgumentParser(prog="python -m bot.training", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cv", type=int, default=0, help="print K-fold cross-validation within dev first")
    args = parser.parse_args(argv)
    dev = [i for i in load_items(args.paths) if split_of(str(i["id"])) == "dev"]
    if args.cv:
        report_cv(dev, args.cv, sys.stdout)
    models = train(dev)
    scored = sum(isinstance(i.get("labels"), list) for i in dev)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(to_json(models, scored), separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    sizes = ", ".join(f"{t} {len(m.weights)} features" for t, m in models.items())
    print(f"trained on {scored} dev items: {sizes}; wrote {args.out}")
    return 0


def report_cv(dev: Sequence[Mapping[str, Any]], k: int, out: TextIO) -> None:
    """K-fold figures within dev: rules alone, model alone, and the blend at a few weights, at the default threshold."""
    from . import classify as rules_module
    from .evaluation import topic_metrics

    probs = out_of_fold(dev, k)
    scored = [i for i in dev if isinstance(i.get("labels"), list)]
    rules = {
        str(i["id"]): rules_module.classify_rules(
            str(i.get("title") or ""), str(i.get("summary") or ""), str(i.get("body") or "")
        )
        for i in scored
    }
    for topic in TOPICS:
        threshold = rules_module.DEFAULT_THRESHOLDS[topic]
        variants: list[tuple[str, dict[str, float]]] = [
            ("rules", {key: r[topic] for key, r in rules.items()}),
            # The model is consulted only where the rules found a trigger; elsewhere the topic scores 0.
            ("model", {key: p[topic] if rules[key][topic] > 0 else 0.0 for key, p in probs.items()}),
        ]
        for weight in (0.1, 0.2, 0.3, 0.4, 0.5):
            variants.append((f"blend {weight:.1f}", {
                key: rules_module.blend_score(rules[key][topic], probs[key][topic], weight) for key in rules
            }))
        for name, score in variants:
            tp = sum(1 for i in scored if topic in i["labels"] and score[str(i["id"])] >= threshold)
            fp = sum(1 for i in scored if topic not in i["labels"] and score[str(i["id"])] >= threshold)
            fn = sum(1 for i in scored if topic in i["labels"] and score[str(i["id"])] < threshold)
            m = topic_metrics(tp, fp, fn)
            out.write(f"{topic:<17} {name:<10} P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} (fp {fp}, fn {fn})\n")


if __name__ == "__main__":
    raise SystemExit(main())
