"""
The modules mypyc compiles hold nothing it compiles to other behaviour.

The release wheels compile the parser's internal modules (pyproject.toml, the mypyc hook); CI
runs every test on that build and on the pure-Python one. Two constructs behave differently
once compiled without failing loudly everywhere, and are ruled out here, in the source:

- a field with options (``attrs.field(...)``) in an ``attrs.frozen`` or ``attrs.define`` class:
  mypyc reads the class as a plain one and its default as a value of the field's type (these
  classes are written ``attr.s(auto_attribs=True, ...)`` with ``attr.ib``, which it knows);
- a module constant that is a tuple compared by identity (``found is _UNSEEN``): compiled
  code unboxes a typed tuple and boxes it again, so ``is`` is never true.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "src" / "afdiplo"


def compiled_modules() -> list[Path]:
    """The source files the mypyc hook of pyproject.toml compiles."""
    project = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    hook = project.split("[tool.hatch.build.targets.wheel.hooks.mypyc]\n", 1)[1].split("\n[", 1)[0]
    include, exclude = (
        re.findall(r'"([^"]+)"', re.search(rf"^{key} = (.*)$", hook, re.MULTILINE).group(1))
        for key in ("include", "exclude")
    )
    found = {path for pattern in include for path in REPO.glob(pattern)}
    return sorted(found - {REPO / pattern for pattern in exclude})


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        return _dotted(node.func)
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def fields_with_options(source: str) -> list[str]:
    """Each ``attrs.field(...)`` in the body of a class that ``attrs.frozen``/``define`` makes."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        if not {_dotted(d) for d in node.decorator_list} & {"attrs.frozen", "attrs.define"}:
            continue
        found.extend(
            f"{node.name}.{statement.target.id}"
            for statement in node.body
            if isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.value is not None
            and _dotted(statement.value) == "attrs.field"
        )
    return found


def tuples_compared_by_identity(source: str) -> list[str]:
    """Each module-level tuple constant that an ``is`` or ``is not`` compares."""
    tree = ast.parse(source)
    tuples = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    return [
        name.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and any(isinstance(o, ast.Is | ast.IsNot) for o in node.ops)
        for name in (node.left, *node.comparators)
        if isinstance(name, ast.Name) and name.id in tuples
    ]


def test_the_hook_compiles_the_parser_stages() -> None:
    names = {path.stem for path in compiled_modules()}
    assert {"_people", "_speakers", "_attribute", "_patterns"} <= names
    assert not names & {"__init__", "__main__", "model", "parse"}


@pytest.mark.parametrize("path", compiled_modules(), ids=lambda path: path.name)
def test_compiled_module_holds_no_construct_compiled_otherwise(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert ([], []) == (fields_with_options(source), tuples_compared_by_identity(source))


def test_the_constructs_are_found() -> None:
    """The checks above find what they look for (the form _people.py once had)."""
    source = """
import attrs

_UNSEEN = (-1, -1, False)


@attrs.frozen
class Tables:
    people: dict[str, str]
    seen: set[str] = attrs.field(factory=set, eq=False)


def strip(cache: dict[str, tuple[int, int, bool]], spelling: str) -> bool:
    return cache.get(spelling, _UNSEEN) is not _UNSEEN
"""
    assert (["Tables.seen"], ["_UNSEEN"]) == (
        fields_with_options(source),
        tuples_compared_by_identity(source),
    )
