"""The public API: __all__ and what it lists."""

from __future__ import annotations

import importlib
import pkgutil

import afdiplo


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
