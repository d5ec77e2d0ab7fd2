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
    "_cues",
    "_dates",
    "_people",
    "_describe",
    "_offices",
    "_engage",
    "_extract",
    "_speakers",
    "_attribute",
    "_source",
    "_build",
    "parse",
]
SHARED = {
    "model",
    "exceptions",
    "_data",
    "_options",
    "_patterns",
    "gazetteer",
    "lexicon",
    "_context",
}


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


def test_context_rules_import_only_data_and_lexicon() -> None:
    """_context, shared by the stages, imports no stage and no other shared module."""
    assert {"model", "exceptions", "_data", "lexicon"} >= imported_modules("_context")


def test_model_imports_no_stage() -> None:
    """The model imports no pipeline stage."""
    assert set() == imported_modules("model") & set(STAGES)


#: The modules of afdiplo.compare, in the order they may import each other.
COMPARE = ["_similarity", "_diff", "_engagement", "_align", "report", "comparison", "corpus"]
COMPARE_SHARED = {"afdiplo.model", "afdiplo.exceptions", "afdiplo._data"}


def module_level_imports(path: Path) -> set[str]:
    """The afdiplo modules *path* imports when it is loaded (not in functions or TYPE_CHECKING)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module == "afdiplo.compare":
            # `from afdiplo.compare import report`: a module of the package, by its name.
            found |= {f"afdiplo.compare.{a.name}" for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("afdiplo"):
            found.add(node.module or "")
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("afdiplo")}
    return found


def test_compare_modules_import_only_earlier_ones() -> None:
    """Each module of afdiplo.compare loads only earlier ones, the model and shared modules."""
    wrong = {}
    for index, module in enumerate(COMPARE):
        allowed = {f"afdiplo.compare.{m}" for m in COMPARE[:index]} | COMPARE_SHARED
        extra = module_level_imports(PACKAGE / "compare" / f"{module}.py") - allowed
        if extra:
            wrong[module] = sorted(extra)
    assert {} == wrong


def test_compare_package_init_only_reexports() -> None:
    """afdiplo.compare's __init__ imports from its own modules only, and defines nothing."""
    tree = ast.parse((PACKAGE / "compare" / "__init__.py").read_text(encoding="utf-8"))
    kinds = {type(node).__name__ for node in tree.body}
    sources = {n.module for n in tree.body if isinstance(n, ast.ImportFrom)}
    assert ({"Expr", "ImportFrom", "Assign"}, set()) == (
        kinds,
        {s for s in sources if not (s or "").startswith("afdiplo.compare.")},
    )


def _defined_twice(tree: ast.Module) -> list[str]:
    """The module-level names *tree* binds twice (an assignment, a def, a class)."""
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            names = [node.target.id] if isinstance(node.target, ast.Name) else []
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            overloaded = any(
                isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list
            )
            names = [] if overloaded else [node.name]
        else:
            continue
        twice += [name for name in names if name in seen]
        seen.update(names)
    return twice


def test_no_module_binds_a_name_twice() -> None:
    """A second pattern of the same name silently replaces the first one's every use."""
    found = {
        path.name: twice
        for path in sorted(PACKAGE.rglob("*.py"))
        if (twice := _defined_twice(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse('_WORDS = "a"\ndef f() -> None: ...\n_WORDS = "b"\n')
    assert _defined_twice(tree) == ["_WORDS"]
