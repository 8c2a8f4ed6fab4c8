from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.seeds import MAX_SEED_BYTES, SeedFolder


def scan(folder: Path):
    return SeedFolder(folder).scan()


def test_headline_standfirst_and_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline here\nThe standfirst.\nPara one.\n\nPara two.\n", encoding="utf-8")
    (story,), problems = scan(tmp_path)
    assert problems == []
    assert (story.title, story.summary, story.body) == ("Headline here", "The standfirst.", "Para one.\nPara two.")
    assert story.source == "seeds" and story.source_key == "a.txt"
    assert story.published is not None and story.published.tzinfo is not None


def test_bom_and_crlf_are_handled(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\ufeffTitle \u2013 dash\r\nStandfirst\r\nBody\r\n".encode("utf-8"))
    (story,), _ = scan(tmp_path)
    assert story.title == "Title \u2013 dash"
    assert story.summary == "Standfirst" and story.body == "Body"


def test_markdown_heading_marks_are_dropped(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A markdown headline\nstandfirst\n", encoding="utf-8")
    (story,), _ = scan(tmp_path)
    assert story.title == "A markdown headline"


def test_invalid_utf8_is_replaced_with_a_warning_that_names_the_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 owners freed\nstandfirst\n".encode("latin-1"))
    with caplog.at_level(logging.WARNING):
        (story,), (problem,) = scan(tmp_path)
    assert story.title == "Caf\ufffd owners freed"
    assert not problem.skipped and "UTF-8" in problem.reason
    assert "latin.txt" in caplog.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \r\n", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("nul.md", b"Title\x00\x00\x00 more", "binary"),
        ("huge.txt", b"A headline\n" + b"x" * (MAX_SEED_BYTES + 10), "larger than"),
    ],
)
def test_bad_files_are_skipped_with_a_named_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Good headline\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        stories, problems = scan(tmp_path)
    assert [s.title for s in stories] == ["Good headline"]
    assert len(problems) == 1 and problems[0].skipped and reason in problems[0].reason
    assert name in caplog.text


def test_other_files_and_hidden_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".draft.txt").write_text("Hidden\n", encoding="utf-8")
    assert scan(tmp_path) == ([], [])


def test_unchanged_files_are_not_read_again_and_edits_keep_the_story_id(tmp_path: Path) -> None:
    folder = SeedFolder(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text("First headline\n", encoding="utf-8")
    (first,), _ = folder.scan()
    assert folder.scan() == ([], [])
    path.write_text("Edited headline, longer\n", encoding="utf-8")
    (second,), _ = folder.scan()
    assert second.id == first.id and second.title == "Edited headline, longer"


def test_a_missing_folder_is_reported_not_raised(tmp_path: Path) -> None:
    stories, (problem,) = scan(tmp_path / "nope")
    assert stories == [] and "does not exist" in problem.reason
