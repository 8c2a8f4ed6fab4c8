"""Checks on the package's source that no behaviour test would notice."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bot"


def top_level_names_defined_twice(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for every top-level name a module assigns or defines more than once."""
    first: dict[str, int] = {}
    twice: list[tuple[str, int, int]] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in first:
                twice.append((name, first[name], node.lineno))
            else:
                first[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_defines_a_name_twice(path: Path) -> None:
    # A second definition of a pattern silently replaces the first for every use, the first's included.
    assert top_level_names_defined_twice(path.read_text(encoding="utf-8")) == []


def test_a_name_defined_twice_is_found() -> None:
    source = "import re\n_SIDE = re.compile('a')\n\ndef f():\n    return _SIDE\n\n_SIDE = re.compile('b')\n"
    assert top_level_names_defined_twice(source) == [("_SIDE", 2, 7)]
