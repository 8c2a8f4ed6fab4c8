"""The seed folder: plain-text articles dropped by people or tools, read into Stories."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .models import Story
from .text import one_line, stable_id

log = logging.getLogger(__name__)

SEED_SOURCE = "seeds"
SEED_SUFFIXES = frozenset({".txt", ".md"})
MAX_SEED_BYTES = 1_000_000
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


@dataclass(frozen=True, slots=True)
class SeedProblem:
    """A seed file that was skipped or read with repairs, and why."""

    path: Path
    reason: str
    skipped: bool


@dataclass(slots=True)
class SeedFolder:
    """Reads a seed folder, re-reading a file only when its size or modification time changes."""

    directory: Path
    _seen: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def scan(self) -> tuple[list[Story], list[SeedProblem]]:
        """Stories from new or changed files, and the problems found in them."""
        if not self.directory.is_dir():
            return [], [SeedProblem(self.directory, "seed folder does not exist", skipped=True)]
        stories: list[Story] = []
        problems: list[SeedProblem] = []
        present: set[Path] = set()
        for path in sorted(self.directory.iterdir()):
            if path.name.startswith(".") or path.suffix.lower() not in SEED_SUFFIXES or not path.is_file():
                continue
            present.add(path)
            try:
                info = path.stat()
            except OSError as exc:
                problems.append(SeedProblem(path, f"cannot read: {exc.strerror}", skipped=True))
                continue
            signature = (info.st_mtime_ns, info.st_size)
            if self._seen.get(path) == signature:
                continue
            self._seen[path] = signature
            story, problem = read_seed(path, self.directory)
            if problem:
                problems.append(problem)
                level = logging.WARNING
                log.log(level, "seed %s: %s", path, problem.reason, extra={"source": SEED_SOURCE})
            if story:
                stories.append(story)
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return stories, problems


def read_seed(path: Path, root: Path) -> tuple[Story | None, SeedProblem | None]:
    """Read one seed file into a Story, or say why it was skipped."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SEED_BYTES + 1)
        modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as exc:
        return None, SeedProblem(path, f"cannot read: {exc.strerror}; check the file's permissions", skipped=True)
    if len(raw) > MAX_SEED_BYTES:
        return None, SeedProblem(
            path, f"larger than {MAX_SEED_BYTES} bytes; a seed is one article, split or shorten it", skipped=True
        )
    if not raw.strip():
        return None, SeedProblem(path, "empty file; write the headline on the first line", skipped=True)
    if _looks_binary(raw):
        return None, SeedProblem(path, "binary file, not text; seeds must be plain text (.txt or .md)", skipped=True)
    problem = None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8-sig", errors="replace")
        problem = SeedProblem(
            path, f"not valid UTF-8 (byte {exc.start}); undecodable bytes were replaced; save the file as UTF-8",
            skipped=False,
        )
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    headline = one_line(lines[0].lstrip("#").strip()) if lines else ""
    if not headline:
        return None, SeedProblem(path, "no headline on the first line", skipped=True)
    key = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    story = Story(
        id=stable_id("seed", key),
        source=SEED_SOURCE,
        source_key=key,
        title=headline,
        summary=lines[1] if len(lines) > 1 else "",
        body="\n".join(lines[2:]),
        url=None,
        published=modified,
        lang=None,
    )
    return story, problem


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(byte) for byte in _CONTROL_BYTES)
    return controls > len(sample) * 0.1
