"""
afdiplo: published readouts of diplomatic calls as typed, comparable data.
"""

import sys
import types
from typing import TYPE_CHECKING

from afdiplo.exceptions import (
    AfdiploError,
    DataFileError,
    InputError,
    InputTooLargeError,
    NotAReadoutError,
    SchemaError,
)
from afdiplo.model import (
    Call,
    Diagnostic,
    Medium,
    OutletFormat,
    PartialDate,
    Participant,
    Position,
    Readout,
    Severity,
    Span,
    Stance,
)

if TYPE_CHECKING:
    from afdiplo.batch import parse_many, to_records
    from afdiplo.compare import (
        CallRecord,
        Comparison,
        Corpus,
        DiffChunk,
        DiffOp,
        MatchedPosition,
        MergedPosition,
        Report,
        StanceShift,
        TimelineEntry,
        TopicPresence,
        Voice,
        VoiceShare,
        compare,
        similarity,
    )
    from afdiplo.gazetteer import Country, Gazetteer, Person
    from afdiplo.lexicon import Topic, load_topics
    from afdiplo.parse import parse, parse_file
    from afdiplo.samples import sample_texts
    from afdiplo.serialize import from_dict, from_json, to_dict, to_json

# Only the model and the exceptions are imported with the package. Every other public name is
# imported on first use (PEP 562, `__getattr__` below), so that `import afdiplo` stays cheap
# and a program pays for parsing, comparing or serialising when it first uses them. The
# `if TYPE_CHECKING:` imports above show type checkers the same names, and `__dir__` lists
# them. Each name maps to the module that defines it.
_LAZY: dict[str, str] = {
    "CallRecord": "afdiplo.compare",
    "Comparison": "afdiplo.compare",
    "Corpus": "afdiplo.compare",
    "Country": "afdiplo.gazetteer",
    "DiffChunk": "afdiplo.compare",
    "DiffOp": "afdiplo.compare",
    "Gazetteer": "afdiplo.gazetteer",
    "MatchedPosition": "afdiplo.compare",
    "MergedPosition": "afdiplo.compare",
    "Person": "afdiplo.gazetteer",
    "Report": "afdiplo.compare",
    "StanceShift": "afdiplo.compare",
    "TimelineEntry": "afdiplo.compare",
    "Topic": "afdiplo.lexicon",
    "TopicPresence": "afdiplo.compare",
    "Voice": "afdiplo.compare",
    "VoiceShare": "afdiplo.compare",
    "compare": "afdiplo.compare",
    "from_dict": "afdiplo.serialize",
    "from_json": "afdiplo.serialize",
    "load_topics": "afdiplo.lexicon",
    "parse": "afdiplo.parse",
    "parse_file": "afdiplo.parse",
    "parse_many": "afdiplo.batch",
    "sample_texts": "afdiplo.samples",
    "similarity": "afdiplo.compare",
    "to_dict": "afdiplo.serialize",
    "to_json": "afdiplo.serialize",
    "to_records": "afdiplo.batch",
}
# Public modules that were imported with the package, and so reachable as its attributes
# without an import of their own (`afdiplo.serialize.converter`): they still are.
_SUBMODULES = frozenset({"batch", "gazetteer", "lexicon", "samples", "serialize"})
# Submodules named after a function they define: the package attribute is the function.
_FUNCTION_MODULES = frozenset({"compare", "parse"})


def __getattr__(name: str) -> object:
    from importlib import import_module  # noqa: PLC0415 - needed on first use only

    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value  # later lookups find it without calling __getattr__
        return value
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    # __version__ comes from the installed metadata, read on first use: importlib.metadata
    # costs as much to import as the rest of afdiplo.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("afdiplo")
        except PackageNotFoundError:  # running from a source tree without install
            return "0.0.0"
    msg = f"module 'afdiplo' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBMODULES})


class _Package(types.ModuleType):
    """The type of the package object: keeps `afdiplo.compare` and `afdiplo.parse` functions."""

    def __setattr__(self, name: str, value: object) -> None:
        # The import system sets a submodule as an attribute of its package when it first
        # loads it. Were `afdiplo.compare` (the module) first imported by someone else, as in
        # `from afdiplo.compare import Corpus`, the package attribute `compare` would be the
        # module rather than the function: store the function instead.
        if name in _FUNCTION_MODULES and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "AfdiploError",
    "Call",
    "CallRecord",
    "Comparison",
    "Corpus",
    "Country",
    "DataFileError",
    "Diagnostic",
    "DiffChunk",
    "DiffOp",
    "Gazetteer",
    "InputError",
    "InputTooLargeError",
    "MatchedPosition",
    "Medium",
    "MergedPosition",
    "NotAReadoutError",
    "OutletFormat",
    "PartialDate",
    "Participant",
    "Person",
    "Position",
    "Readout",
    "Report",
    "SchemaError",
    "Severity",
    "Span",
    "Stance",
    "StanceShift",
    "TimelineEntry",
    "Topic",
    "TopicPresence",
    "Voice",
    "VoiceShare",
    "__version__",
    "compare",
    "from_dict",
    "from_json",
    "load_topics",
    "parse",
    "parse_file",
    "parse_many",
    "sample_texts",
    "similarity",
    "to_dict",
    "to_json",
    "to_records",
]
