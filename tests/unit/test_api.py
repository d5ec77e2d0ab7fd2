"""The public API: __all__ and what it lists."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import afdiplo


def run_python(code: str) -> str:
    """Run *code* in a fresh interpreter and return what it printed."""
    result = subprocess.run(  # noqa: S603 - this interpreter on our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_all_is_sorted() -> None:
    """__all__ is sorted, so additions are easy to review."""
    assert sorted(afdiplo.__all__) == afdiplo.__all__


def test_every_name_resolves() -> None:
    """Every name in __all__ exists on the package."""
    assert [] == [name for name in afdiplo.__all__ if not hasattr(afdiplo, name)]


def test_nothing_public_is_missing() -> None:
    """Every public name a public module lists is exported from the package."""
    missing = []
    for info in pkgutil.iter_modules(afdiplo.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"afdiplo.{info.name}")
        missing += [n for n in getattr(module, "__all__", ()) if n not in afdiplo.__all__]
    allowed_module_level = {"SCHEMA_VERSION", "converter", "make_converter"}
    assert [] == [n for n in missing if n not in allowed_module_level]


def test_version_is_a_string() -> None:
    """__version__ comes from the installed metadata."""
    assert afdiplo.__version__[0].isdigit()


def test_exception_hierarchy() -> None:
    """Every afdiplo exception derives from AfdiploError, input errors from ValueError."""
    errors = [afdiplo.InputError, afdiplo.NotAReadoutError, afdiplo.InputTooLargeError]
    assert all(issubclass(e, afdiplo.AfdiploError) and issubclass(e, ValueError) for e in errors)
    assert issubclass(afdiplo.SchemaError, ValueError)
    assert issubclass(afdiplo.DataFileError, afdiplo.AfdiploError)


class TestLazyImport:
    def test_import_loads_neither_cattrs_nor_dateparser(self) -> None:
        """`import afdiplo` in a fresh interpreter imports neither cattrs nor dateparser."""
        code = (
            "import sys, json, afdiplo; "
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} "
            "& {'cattrs', 'dateparser'})))"
        )
        assert [] == json.loads(run_python(code))

    def test_names_are_the_objects_of_their_modules(self) -> None:
        """Each name imported on first use is the very object its defining module holds."""
        wrong = [
            name
            for name, module in afdiplo._LAZY.items()
            if getattr(afdiplo, name) is not getattr(importlib.import_module(module), name)
        ]
        assert [] == wrong

    def test_submodule_import_keeps_the_functions(self) -> None:
        """Importing afdiplo.compare or afdiplo.parse first leaves the package's functions."""
        code = (
            "import afdiplo.compare, afdiplo.parse; import afdiplo; "
            "from afdiplo import compare; "
            "print(callable(afdiplo.compare), callable(compare), callable(afdiplo.parse))"
        )
        assert "True True True" == run_python(code).strip()

    def test_public_modules_are_attributes(self) -> None:
        """Public modules are reachable from the package without an import of their own."""
        code = "import afdiplo; print(afdiplo.serialize.converter is afdiplo.serialize.converter)"
        assert "True" == run_python(code).strip()

    def test_dir_lists_every_public_name(self) -> None:
        """dir(afdiplo) lists every name of __all__, loaded yet or not."""
        assert [] == [name for name in afdiplo.__all__ if name not in dir(afdiplo)]
