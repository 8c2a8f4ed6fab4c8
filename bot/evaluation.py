"""The labelled corpus and the classifier's evaluation report (`alertbot eval`).

Split rule (documented in corpus/README.md): an item belongs to the *test* split when
``int(sha256(id.encode()).hexdigest()[:8], 16) % 10 < 3`` and to the *dev* split otherwise, so about 30%
of items are held out, and an item never moves between splits as the corpus grows. Tune on dev only.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .classify import CLASSIFIER_VERSION, classify
from .models import TOPICS, Classification

log = logging.getLogger(__name__)

SPLITS: tuple[str, ...] = ("dev", "test", "all")


def split_of(item_id: str) -> str:
    """'test' for about 30% of ids (sha256 of the id, first 8 hex digits, mod 10 < 3), else 'dev'."""
    return "test" if int(hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:8], 16) % 10 < 3 else "dev"


def load_items(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Read JSON Lines files into item dicts; a malformed line is logged with its place and skipped."""
    items: list[dict[str, Any]] = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    log.warning("skipping malformed corpus line", extra={"source": f"{path}:{number}", "error": str(exc)})
                    continue
                if not isinstance(item, dict) or "id" not in item or "title" not in item:
                    log.warning("skipping corpus line without id or title", extra={"source": f"{path}:{number}"})
                    continue
                items.append(item)
    return items


@dataclass(slots=True)
class _Tally:
    """Counts for one report; filled item by item."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    support: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    count_right: int = 0
    count_total: int = 0
    count_flagged_right: int = 0
    count_flagged_total: int = 0
    count_misses: Counter[str] = field(default_factory=Counter)
    country_tp: int = 0
    country_fp: int = 0
    country_fn: int = 0
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0
    action_right: int = 0
    action_total: int = 0
    scored: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class Metrics:
    """Precision, recall, F1 and support of one topic."""

    precision: float
    recall: float
    f1: float
    support: int


def topic_metrics(tp: int, fp: int, fn: int) -> Metrics:
    """Precision, recall and F1 from counts; with nothing predicted, precision is 1.0 only if nothing was due."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Metrics(precision=precision, recall=recall, f1=f1, support=tp + fn)


def classify_item(item: Mapping[str, Any], thresholds: Mapping[str, float] | None = None) -> Classification:
    """Classify one corpus item from its title, summary and optional body."""
    return classify(
        str(item.get("title") or ""),
        str(item.get("summary") or ""),
        str(item.get("body") or ""),
        thresholds=thresholds,
    )


def run_eval(paths: Sequence[Path], split: str, thresholds: Mapping[str, float] | None, out: TextIO) -> int:
    """Evaluate the classifier on one split of the corpus files and print the report to `out`; returns 0."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    items = [i for i in load_items(paths) if split == "all" or split_of(str(i["id"])) == split]
    tally = _Tally()
    errors: list[tuple[dict[str, Any], Classification]] = []
    for item in items:
        gold_labels = item.get("labels")
        if not isinstance(gold_labels, list):
            tally.skipped += 1
            continue
        tally.scored += 1
        result = classify_item(item, thresholds)
        gold = set(gold_labels)
        predicted = set(result.labels)
        _tally_labels(tally, gold, predicted)
        _tally_facts(tally, item, gold, result)
        if gold != predicted:
            errors.append((item, result))
    _report(out, paths, split, tally, errors)
    return 0


def _tally_labels(tally: _Tally, gold: set[str], predicted: set[str]) -> None:
    for topic in TOPICS:
        if topic in gold:
            tally.support[topic] += 1
        if topic in gold and topic in predicted:
            tally.tp[topic] += 1
        elif topic in predicted:
            tally.fp[topic] += 1
        elif topic in gold:
            tally.fn[topic] += 1
    tally.confusion[(_label_set(gold), _label_set(predicted))] += 1


def _tally_facts(tally: _Tally, item: Mapping[str, Any], gold: set[str], result: Classification) -> None:
    facts = item.get("facts") or {}
    if not gold:
        return
    if "prisoner_release" in gold and facts.get("released_count") is not None:
        right = int(result.facts.released_count == facts.get("released_count"))
        tally.count_total += 1
        tally.count_right += right
        # A missed story has no facts at all: the share among the flagged tells extraction from recall.
        if "prisoner_release" in result.labels:
            tally.count_flagged_total += 1
            tally.count_flagged_right += right
        if not right:
            tally.count_misses[_count_miss(facts["released_count"], result)] += 1
    gold_countries = set(facts.get("countries") or ())
    if gold_countries:
        predicted_countries = set(result.facts.countries)
        tally.country_tp += len(gold_countries & predicted_countries)
        tally.country_fp += len(predicted_countries - gold_countries)
        tally.country_fn += len(gold_countries - predicted_countries)
    gold_people = list(facts.get("people") or ())
    if "prisoner_release" in gold and gold_people:
        matched = _matched_people(gold_people, result.facts.people)
        tally.people_tp += matched
        tally.people_fp += len(result.facts.people) - matched
        tally.people_fn += len(gold_people) - matched
    if "sanctions" in gold and facts.get("sanction_action"):
        tally.action_total += 1
        tally.action_right += int(result.facts.sanction_action == facts.get("sanction_action"))


COUNT_MISS_KINDS = ("not flagged", "no count", "one too few", "too few", "too many")


def _count_miss(gold: int, result: Classification) -> str:
    """Which of COUNT_MISS_KINDS a wrong released_count is."""
    predicted = result.facts.released_count
    if "prisoner_release" not in result.labels:
        return "not flagged"
    if predicted is None:
        return "no count"
    if predicted < gold:
        return "one too few" if predicted == gold - 1 else "too few"
    return "too many"


def _matched_people(gold: Sequence[str], predicted: Sequence[str]) -> int:
    """Predicted names that each match a different gold name, whole or by surname ("Whelan" for "Paul Whelan")."""
    unmatched = list(gold)
    for name in predicted:
        match = next((g for g in unmatched if g == name or g.split()[-1] == name.split()[-1]), None)
        if match is not None:
            unmatched.remove(match)
    return len(gold) - len(unmatched)


def _label_set(labels: set[str]) -> str:
    return "+".join(t for t in TOPICS if t in labels) or "none"


def _report(
    out: TextIO,
    paths: Sequence[Path],
    split: str,
    tally: _Tally,
    errors: list[tuple[dict[str, Any], Classification]],
) -> None:
    names = ", ".join(Path(p).name for p in paths)
    out.write(f"alertbot eval: classifier {CLASSIFIER_VERSION}, split {split}, files {names}\n")
    out.write(f"items scored {tally.scored}, ambiguous skipped {tally.skipped}\n\n")
    out.write(f"{'topic':<18}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}\n")
    for topic in TOPICS:
        m = topic_metrics(tally.tp[topic], tally.fp[topic], tally.fn[topic])
        out.write(f"{topic:<18}{m.precision:>10.3f}{m.recall:>8.3f}{m.f1:>8.3f}{m.support:>9}\n")
    out.write("\nconfusion (gold -> predicted: count)\n")
    sets = ["none", *TOPICS, "+".join(TOPICS)]
    corner = "gold \\ predicted"
    width = max(len(s) for s in sets) + 2
    out.write(f"{corner:<{width}}" + "".join(f"{s:>{width}}" for s in sets) + "\n")
    for g in sets:
        out.write(f"{g:<{width}}" + "".join(f"{tally.confusion[(g, p)]:>{width}}" for p in sets) + "\n")
    out.write("\nfacts\n")
    out.write(f"  released_count exact   {_ratio(tally.count_right, tally.count_total)}; "
              f"{_ratio(tally.count_flagged_right, tally.count_flagged_total)} where prisoner_release is flagged\n")
    if tally.count_misses:
        misses = ", ".join(f"{kind} {tally.count_misses[kind]}" for kind in COUNT_MISS_KINDS if tally.count_misses[kind])
        out.write(f"    wrong counts         {misses}\n")
    p = topic_metrics(tally.country_tp, tally.country_fp, tally.country_fn)
    out.write(f"  countries micro-F1     {p.f1:.3f} (precision {p.precision:.3f}, recall {p.recall:.3f})\n")
    p = topic_metrics(tally.people_tp, tally.people_fp, tally.people_fn)
    out.write(f"  people micro-F1        {p.f1:.3f} (precision {p.precision:.3f}, recall {p.recall:.3f})\n")
    out.write(f"  sanction_action        {_ratio(tally.action_right, tally.action_total)}\n")
    out.write(f"\nmisclassified: {len(errors)}\n")
    for item, result in errors:
        gold = _label_set(set(item.get("labels") or ()))
        predicted = _label_set(set(result.labels))
        scores = " ".join(f"{t}={result.scores.get(t, 0.0):.2f}" for t in TOPICS)
        evidence = "; ".join(f"{t}: {' | '.join(v)}" for t, v in result.evidence.items()) or "-"
        out.write(f"- {item['id']}  gold={gold}  predicted={predicted}  {scores}\n")
        out.write(f"    title: {item.get('title', '')}\n")
        out.write(f"    evidence: {evidence}\n")


def _ratio(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "n/a (0 items)"
