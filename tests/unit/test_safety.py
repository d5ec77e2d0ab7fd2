"""The library never evaluates, unpickles or fetches anything."""

from __future__ import annotations

import ast
from pathlib import Path

import afdiplo

PACKAGE = Path(afdiplo.__file__).parent
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {
    "pickle",
    "marshal",
    "shelve",
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "ftplib",
    "smtplib",
    "subprocess",
}


def modules() -> list[Path]:
    return sorted(PACKAGE.glob("*.py"))


def test_no_eval_or_exec() -> None:
    """No module calls eval, exec, compile or __import__."""
    found = [
        f"{path.name}:{node.lineno} {node.func.id}"
        for path in modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FORBIDDEN_CALLS
    ]
    assert [] == found


def test_no_pickle_or_network_modules() -> None:
    """No module imports pickle, a network client or subprocess."""
    found = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            found += [
                f"{path.name}:{node.lineno} {n}"
                for n in names
                if n.split(".")[0] in FORBIDDEN_MODULES
            ]
    assert [] == found
