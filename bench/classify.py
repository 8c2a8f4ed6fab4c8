"""Classifier throughput on real news: AG News headlines+summaries and BBC full articles, beside a naive baseline.

Run from the repository root: ``python bench/classify.py [CORPORA_DIR]`` (default ``../shared/corpora``).
Each measurement runs in a fresh child process pinned to one core, so peak RSS (ru_maxrss) belongs to it alone.
Then it times crafted 20,000-character stories of the shapes that have made a pattern backtrack quadratically
(long runs of figures, names, clauses and capitalised words): each should take well under a second.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = re.compile(r"\b(release|freed|sanction)\w*", re.IGNORECASE)


def load_ag_news(corpora: Path) -> list[tuple[str, str, str]]:
    """AG News test rows as (title, description, "") with the CSV's escapes undone."""
    rows: list[tuple[str, str, str]] = []
    with (corpora / "ag_news_test.csv").open(encoding="utf-8", newline="") as handle:
        for _label, title, description in csv.reader(handle):
            rows.append((title, description.replace("\\n", "\n").replace("\\\\", "\\"), ""))
    return rows


def load_bbc(corpora: Path) -> list[tuple[str, str, str]]:
    """BBC articles as (title, "", body): first line is the headline, the rest the article."""
    items: list[tuple[str, str, str]] = []
    for path in sorted((corpora / "bbc").glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        title, _, body = text.strip().partition("\n")
        items.append((title.strip(), "", body.strip()))
    return items


def baseline(title: str, summary: str = "", body: str = "") -> bool:
    """The naive keyword rule the classifier must beat: any release/freed/sanction word."""
    return BASELINE.search(f"{title}\n{summary}\n{body}") is not None


def measure(corpus: str, which: str, corpora: Path) -> dict[str, float]:
    """Classify one corpus with one classifier in this process; return rate, flagged count and peak RSS."""
    items = load_ag_news(corpora) if corpus == "ag_news" else load_bbc(corpora)
    func: Callable[..., object]
    flagged_of: Callable[[object], bool]
    if which == "classifier":
        sys.path.insert(0, str(REPO))
        from bot.classify import classify

        classify("warm-up: Belarus frees 14 prisoners", "US lifts sanctions")
        func = classify
        flagged_of = lambda result: bool(getattr(result, "labels", ()))  # noqa: E731
    else:
        func = baseline
        flagged_of = bool
    start = time.perf_counter()
    flagged = sum(1 for title, summary, body in items if flagged_of(func(title, summary, body)))
    elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"items": len(items), "seconds": elapsed, "per_second": len(items) / elapsed, "flagged": flagged,
            "peak_rss_mb": peak_kb / 1024}


WORST_CASE_CHARS = 20_000


def worst_cases() -> dict[str, str]:
    """Stories built to stress the count and name patterns, each cut to WORST_CASE_CHARS characters."""
    shapes = {
        "repeated release sentences": "Officials released 12 prisoners and 3 others, " * 500,
        "a list of names": ", ".join(f"Anna Berg{i}" for i in range(2000)) + " were released.",
        "a run of spaced figures": "Iran freed " + " ".join(["123"] * 6000),
        "a run of pointed figures": "Iran freed " + ".".join(["123"] * 6000),
        "comma clauses": "Cuba frees 10 prisoners, " * 1000,
        "semicolon clauses": "; ".join(["Armenia sends back two"] * 1000),
        "capitalised words after talks": "Iran frees 2 Americans after talks with " + " ".join(["Envoy"] * 4000),
        "couples": "Iran frees French couple, " * 1000,
    }
    return {name: text[:WORST_CASE_CHARS] for name, text in shapes.items()}


def measure_worst() -> dict[str, float]:
    """Seconds to classify each worst-case story as summary and body under a release headline."""
    sys.path.insert(0, str(REPO))
    from bot.classify import classify

    classify("warm-up: Belarus frees 14 prisoners", "US lifts sanctions")
    seconds: dict[str, float] = {}
    for name, text in worst_cases().items():
        start = time.perf_counter()
        classify("Iran frees 5 prisoners", text, text)
        seconds[name] = time.perf_counter() - start
    return seconds


def main(argv: list[str] | None = None) -> int:
    """Run every (corpus, classifier) pair in a child process on one core and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="?", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "WHICH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        result = measure_worst() if args.child[0] == "worst" else measure(args.child[0], args.child[1], args.corpora)
        print(json.dumps(result))
        return 0
    print(f"{'corpus':<10}{'classifier':<12}{'items':>7}{'items/s':>10}{'flagged':>9}{'peak RSS MB':>13}")
    for corpus in ("ag_news", "bbc"):
        for which in ("classifier", "baseline"):
            out = subprocess.run(
                [sys.executable, __file__, str(args.corpora), "--child", corpus, which],
                check=True, capture_output=True, text=True,
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{corpus:<10}{which:<12}{r['items']:>7}{r['per_second']:>10.0f}{r['flagged']:>9}{r['peak_rss_mb']:>13.1f}")
    print("targets: ag_news classifier >= 5000 items/s, bbc classifier >= 300 items/s")
    out = subprocess.run([sys.executable, __file__, str(args.corpora), "--child", "worst", "-"],
                         check=True, capture_output=True, text=True).stdout
    print(f"\nworst-case stories ({WORST_CASE_CHARS:,} characters as summary and body), seconds each:")
    for name, seconds in json.loads(out.strip().splitlines()[-1]).items():
        print(f"  {name:<32}{seconds:>6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
