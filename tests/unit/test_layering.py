"""The pipeline's modules import only earlier stages and the shared modules."""

from __future__ import annotations

import ast
from pathlib import Path

import afdiplo

PACKAGE = Path(afdiplo.__file__).parent
STAGES = [
    "_normalize",
    "_detect",
    "_segment",
    "_dates",
    "_people",
    "_describe",
    "_engage",
    "_extract",
    "_speakers",
    "_attribute",
    "_build",
    "parse",
]
SHARED = {"model", "exceptions", "_data", "_options", "_patterns", "gazetteer", "lexicon"}


def imported_modules(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("afdiplo."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("afdiplo.")}
    return found


def test_stages_import_only_earlier_stages() -> None:
    """Each stage imports only earlier stages and the shared modules."""
    wrong = {}
    for index, stage in enumerate(STAGES):
        allowed = set(STAGES[:index]) | SHARED
        extra = imported_modules(stage) - allowed
        if extra:
            wrong[stage] = sorted(extra)
    assert {} == wrong


def test_model_imports_no_stage() -> None:
    """The model imports no pipeline stage."""
    assert set() == imported_modules("model") & set(STAGES)
