"""The package's modules bind each module-level name once.

bot/facts.py holds hundreds of module-level patterns; a new one given a name already in use silently replaces the older
one for every rule that reads it, and the rules still run. This check names the module and the name instead.
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bot"
MODULES = sorted(PACKAGE.rglob("*.py"))


def names_bound_twice(source: str) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else [])
        counts.update(target.id for target in targets if isinstance(target, ast.Name))
    return sorted(name for name, n in counts.items() if n > 1)


def test_the_check_finds_a_pattern_named_twice() -> None:
    source = '_A = re.compile("a")\n_B = 1\n_A = re.compile("b")\ndef f(): pass\ndef f(): pass\n'
    assert names_bound_twice(source) == ["_A", "f"]


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(PACKAGE)) for m in MODULES])
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    assert names_bound_twice(module.read_text(encoding="utf-8")) == [], module
