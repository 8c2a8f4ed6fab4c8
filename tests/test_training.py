"""Training the learned component: what it reads, what it writes, and that it refuses to mix the corpus parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.evaluation import split_of
from bot.model import models_from_json
from bot.models import SANCTION_ACTIONS, TOPICS
from bot.training import main, to_json, train

ITEMS = [
    {"id": "tr-1", "title": "Belarus frees 14 political prisoners", "labels": ["prisoner_release"], "facts": {}},
    {"id": "tr-2", "title": "Activist home after two years in detention", "labels": ["prisoner_release"], "facts": {}},
    {"id": "tr-3", "title": "Studio releases restored film", "labels": [], "facts": {}},
    {"id": "tr-4", "title": "EU imposes sanctions on Iranian drone makers", "labels": ["sanctions"],
     "facts": {"sanction_action": "imposed"}},
    {"id": "tr-5", "title": "US lifts sanctions on Syrian banks", "labels": ["sanctions"],
     "facts": {"sanction_action": "lifted"}},
    {"id": "tr-6", "title": "FIFA sanctions club over fan violence", "labels": [], "facts": {}},
    {"id": "tr-7", "title": "Undecidable story", "labels": "ambiguous", "facts": {}},
]


def test_training_is_deterministic_and_round_trips_through_the_model_file() -> None:
    first = to_json(train(ITEMS), "test")
    assert first == to_json(train(ITEMS), "test")
    assert first["format"] == 2
    models = models_from_json(json.loads(json.dumps(first)))
    assert set(models.trigger) == set(models.story) == set(TOPICS)
    assert set(models.action) == set(SANCTION_ACTIONS)
    assert models.story["prisoner_release"].weights == {
        k: float(v) for k, v in first["story"]["prisoner_release"]["weights"].items()}


def _write(path: Path, items: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_main_reads_only_the_dev_split_of_labelled_files_and_all_of_the_extra_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labelled = _write(tmp_path / "labelled.jsonl", ITEMS)
    test_titles = [str(i["title"]) for i in ITEMS if split_of(str(i["id"])) == "test"]
    assert test_titles, "the sample needs a test-split item"
    retold = [{**i, "id": f"x-{i['id']}", "title": f"UPDATE 1-{i['title']}"} for i in ITEMS if i["title"] in test_titles]
    fresh = [{"id": "x-new", "title": "Kuwait pardons jailed bloggers", "labels": ["prisoner_release"], "facts": {}}]
    extra = _write(tmp_path / "extra.jsonl", retold + fresh)
    out = tmp_path / "model.json"
    assert main([str(labelled), "--extra", str(extra), "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    dev = sum(1 for i in ITEMS if split_of(str(i["id"])) == "dev" and isinstance(i["labels"], list))
    # A test item told again under nearly the same headline is not trained on.
    assert written["trained_on"] == f"{dev} dev-split items of labelled.jsonl and 1 items of extra.jsonl"
    printed = capsys.readouterr().out
    assert f"left out {len(retold)} training-only items whose headline nearly repeats a test item's" in printed
    assert "wrote" in printed


def test_main_refuses_an_id_in_both_parts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dev_item = next(i for i in ITEMS if split_of(str(i["id"])) == "dev")
    labelled = _write(tmp_path / "labelled.jsonl", [dev_item])
    extra = _write(tmp_path / "extra.jsonl", [dev_item])
    with pytest.raises(SystemExit) as exit_info:
        main([str(labelled), "--extra", str(extra), "--out", str(tmp_path / "model.json")])
    assert exit_info.value.code == 2
    assert f"ids in both the labelled and the training-only files: {dev_item['id']}" in capsys.readouterr().err
    assert not (tmp_path / "model.json").exists()


def test_cross_validation_reports_rules_and_shipped_per_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labelled = _write(tmp_path / "labelled.jsonl", ITEMS)
    extra = _write(tmp_path / "extra.jsonl", [
        {"id": "x-1", "title": "Kuwait pardons jailed bloggers", "labels": ["prisoner_release"], "facts": {}},
        {"id": "x-2", "title": "UK sanctions Iranian drone makers", "labels": ["sanctions"],
         "facts": {"sanction_action": "imposed"}},
        {"id": "x-3", "title": "Band releases new album", "labels": [], "facts": {}},
    ])
    assert main([str(labelled), "--extra", str(extra), "--cv", "2", "--out", str(tmp_path / "model.json")]) == 0
    printed = capsys.readouterr().out
    dev = sum(1 for i in ITEMS if split_of(str(i["id"])) == "dev" and isinstance(i["labels"], list))
    assert f"2-fold cross-validation, dev items ({dev})" in printed
    assert "2-fold cross-validation, training-only items (3)" in printed
    for topic in TOPICS:
        assert printed.count(f"  {topic:<17} rules    P ") == 2
        assert printed.count(f"  {topic:<17} shipped  P ") == 2
    assert printed.count("sanction_action shipped ") == 2
