"""The stages import downward only: load -> extract -> resolve -> store -> query -> reports.

Each part of the package may import only the parts listed for it in ``ALLOWED`` (imports
inside functions and under ``TYPE_CHECKING`` count too: they are dependencies all the same).
A new module that imports upward, say ``store`` importing ``query``, fails here with the line
that does it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graphkit"

BASE = {"errors", "model", "graph", "resources", "limits", "sanitize"}  # limits, sanitize: input bounds
ORCHESTRATION = {"pipeline", "evaluate", "parallel", "progress", "imports", "training",
                 "training_labels", "training_results"}
ALLOWED: dict[str, set[str]] = {
    **{name: BASE for name in BASE},
    "reference": BASE,
    "models": BASE,  # shipped weights (data only)
    "load": BASE,
    "extract": BASE | {"reference"},
    "resolve": BASE | {"reference"},
    "store": BASE | {"resolve"},
    "query": BASE | {"reference", "store"},
    "reports": BASE | {"reference", "query"},
    "export": BASE | {"reference"},
    **{name: BASE | {"reference", "load", "extract", "resolve", "store"} | ORCHESTRATION
       for name in ORCHESTRATION},
    "api": BASE | {"reference", "load", "extract", "resolve", "store", "query", "reports",
                   "export"} | ORCHESTRATION,
    "cli": BASE | {"api", "reports", "export"} | ORCHESTRATION,
    "__main__": {"cli"},
    "__init__": BASE | {"api"},
}


def _part(path: Path) -> str:
    """The part of the package a module belongs to: its subpackage or its module name."""
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, part of graphkit) of every graphkit import in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module] if node.module != "graphkit" else [
                f"graphkit.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        found.extend((node.lineno, module.split(".")[1]) for module in modules
                     if module.startswith("graphkit.") or module == "graphkit")
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_part_of_the_package_has_a_rule() -> None:
    assert {_part(path) for path in MODULES} <= set(ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_stage_imports_only_lower_stages(path: Path) -> None:
    part = _part(path)
    allowed = ALLOWED.get(part, set()) | {part}
    wrong = [f"line {line}: imports graphkit.{target}" for line, target in _imports(path)
             if target not in allowed]
    assert not wrong, f"{path.relative_to(PACKAGE)} ({part}) may import only {sorted(allowed)}"


def test_the_check_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "upward.py"
    module.write_text("def f():\n    from graphkit.query import named\n", encoding="utf-8")
    assert _imports(module) == [(2, "query")]
    assert "query" not in ALLOWED["store"]
