"""The evaluation report on a tiny hand-made corpus: metrics, confusion, facts, errors, split rule."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from bot.evaluation import load_items, run_eval, split_of, topic_metrics

ITEMS = [
    {"id": "t-1", "title": "Belarus frees 14 political prisoners", "labels": ["prisoner_release"],
     "facts": {"countries": ["Belarus"], "released_count": 14, "people": [], "sanction_action": None}},
    {"id": "t-2", "title": "US lifts sanctions on Belarusian potash", "labels": ["sanctions"],
     "facts": {"countries": ["Belarus", "United States"], "released_count": None, "people": [],
               "sanction_action": "lifted"}},
    {"id": "t-3", "title": "Rights groups call for release of jailed journalist", "labels": [], "facts": {}},
    # A gold positive the classifier misses (the release is only implied, in words of no topic): a false negative.
    {"id": "t-4", "title": "Writer Nasser Zafar meets his daughter again", "labels": ["prisoner_release"],
     "facts": {"countries": [], "released_count": 1, "people": ["Nasser Zafar"], "sanction_action": None}},
    # Gold says none but the classifier flags sanctions: a false positive.
    {"id": "t-5", "title": "EU imposes sanctions on Iran", "labels": [], "facts": {}},
    {"id": "t-6", "title": "Undecidable", "labels": "ambiguous", "facts": {}},
    {"id": "t-7", "title": "Cuba frees 553 prisoners", "summary": "<p>The US &amp; Vatican welcomed it.</p>",
     "body": "Havana said on Monday all 553 had been freed.", "labels": ["prisoner_release"],
     "facts": {"countries": ["Cuba"], "released_count": 500, "people": [], "sanction_action": None}},
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    lines = [json.dumps(item) for item in ITEMS]
    lines.insert(2, "{not json")  # a malformed line is skipped, not fatal
    lines.insert(3, "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_split_rule_is_the_documented_one() -> None:
    for item_id in ("pr-001", "ag-00163", "w-sa-013", "x"):
        expected = "test" if int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) % 10 < 3 else "dev"
        assert split_of(item_id) == expected
    ids = [f"item-{n}" for n in range(2000)]
    share = sum(split_of(i) == "test" for i in ids) / len(ids)
    assert 0.25 < share < 0.35


def test_load_items_skips_bad_lines(corpus: Path) -> None:
    items = load_items([corpus])
    assert [i["id"] for i in items] == [i["id"] for i in ITEMS]


def test_topic_metrics() -> None:
    m = topic_metrics(tp=3, fp=1, fn=2)
    assert m.precision == pytest.approx(0.75)
    assert m.recall == pytest.approx(0.6)
    assert m.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert m.support == 5
    assert topic_metrics(0, 0, 0).precision == 1.0


def test_run_eval_report(corpus: Path) -> None:
    out = io.StringIO()
    assert run_eval([corpus], "all", None, out) == 0
    report = out.getvalue()
    assert "items scored 6, ambiguous skipped 1" in report
    # prisoner_release: t-1 and t-7 found, t-4 missed -> P 1.0, R 0.667; sanctions: t-2 found, t-5 wrong -> P 0.5, R 1.0
    assert "prisoner_release       1.000   0.667   0.800        3" in report
    assert "sanctions              0.500   1.000   0.667        1" in report
    # t-4 is missed, so it has no count; of the two flagged, t-1 is right and t-7 wrong.
    assert "released_count exact   0.333 (1/3); 0.500 (1/2) where prisoner_release is flagged" in report
    assert "    wrong counts         not flagged 1, too many 1\n" in report
    assert "sanction_action        1.000 (1/1)" in report
    assert "misclassified: 2" in report
    assert "- t-4  gold=prisoner_release  predicted=none" in report
    assert "- t-5  gold=none  predicted=sanctions" in report
    assert "evidence: sanctions: imposes sanctions on" in report
    confusion = report.split("confusion")[1].split("facts")[0]
    none_row = next(line for line in confusion.splitlines() if line.startswith("none "))
    assert none_row.split()[1:] == ["1", "0", "1", "0"]


def test_run_eval_splits(corpus: Path) -> None:
    dev, test = io.StringIO(), io.StringIO()
    run_eval([corpus], "dev", None, dev)
    run_eval([corpus], "test", None, test)
    n_dev = int(dev.getvalue().split("items scored ")[1].split(",")[0])
    n_test = int(test.getvalue().split("items scored ")[1].split(",")[0])
    assert n_dev + n_test == 6
    with pytest.raises(ValueError):
        run_eval([corpus], "train", None, io.StringIO())


def test_wrong_counts_are_told_by_kind(tmp_path: Path) -> None:
    def release(item_id: str, title: str, count: int) -> dict[str, object]:
        return {"id": item_id, "title": title, "labels": ["prisoner_release"],
                "facts": {"countries": ["Belarus"], "released_count": count, "people": []}}

    items = [
        release("c-1", "Belarus frees 14 political prisoners", 14),
        release("c-2", "Belarus frees 14 political prisoners", 15),
        release("c-3", "Belarus frees 14 political prisoners", 16),
        release("c-4", "Belarus frees 14 political prisoners", 20),
        release("c-5", "Belarus frees dozens of political prisoners", 30),
    ]
    path = tmp_path / "counts.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    out = io.StringIO()
    run_eval([path], "all", None, out)
    report = out.getvalue()
    assert "released_count exact   0.200 (1/5)" in report
    assert "    wrong counts         no count 1, one too few 1, too few 2\n" in report


def test_run_eval_thresholds(corpus: Path) -> None:
    out = io.StringIO()
    run_eval([corpus], "all", {"prisoner_release": 1.01, "sanctions": 1.01}, out)
    assert "prisoner_release       0.000   0.000   0.000        3" in out.getvalue()


def test_people_are_scored_by_whole_name_or_surname(tmp_path: Path) -> None:
    items = [
        {"id": "p-1", "title": "Russia frees journalist Evan Gershkovich", "labels": ["prisoner_release"],
         "facts": {"countries": ["Russia"], "released_count": 2, "people": ["Gershkovich", "Paul Whelan"]}},
        {"id": "p-2", "title": "Writer Nasser Zafar meets his daughter again", "labels": ["prisoner_release"],
         "facts": {"countries": [], "released_count": 1, "people": ["Nasser Zafar"]}},
    ]
    path = tmp_path / "people.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    out = io.StringIO()
    run_eval([path], "all", None, out)
    # "Evan Gershkovich" matches the gold surname; Whelan and the missed item's Zafar are not found: P 1/1, R 1/3.
    assert "people micro-F1        0.500 (precision 1.000, recall 0.333)" in out.getvalue()
