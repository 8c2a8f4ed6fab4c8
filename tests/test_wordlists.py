"""The word lists behind text.sentence_cased: counted from prose, written by `python -m bot.wordlists`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.wordlists import main, word_lists


def test_words_prose_writes_in_lower_case_and_first_names_are_listed() -> None:
    texts = iter([
        "The court freed him. Officials said the dealer was freed. The dealer left. The White House and the White House agreed.",
        "He met Alan Gross. Then Alan Gross left. Later Alan Smith spoke. A white car and an exchange rate.",
    ])
    common, starts = word_lists(texts)
    assert "freed" in common and "dealer" in common
    assert "white" not in common  # written "White" inside a sentence twice as often as "white"
    assert "alan" in starts and "gross" not in starts


def test_main_writes_both_lists_and_names_a_wrong_corpora_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpora = tmp_path / "corpora"
    (corpora / "bbc" / "world").mkdir(parents=True)
    (corpora / "bbc" / "world" / "001.txt").write_text("Talks went on. The envoy freed nobody, the envoy said.", "latin-1")
    (corpora / "ag_news_test.csv").write_text('"1","Title","The envoy freed three men on Monday."\n', "utf-8")
    training = tmp_path / "t1.jsonl"
    training.write_text(json.dumps({"id": "t1-001", "summary": "<p>They were freed by the envoy.</p>"}) + "\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert main([str(corpora), str(training), "--out", str(out)]) == 0
    assert "envoy" in (out / "common_words.txt").read_text("utf-8").split()
    assert (out / "name_starts.txt").exists()
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--out", str(out)])
    assert "holds no ag_news_test.csv" in capsys.readouterr().err
