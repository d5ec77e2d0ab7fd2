"""
afdiplo: published readouts of diplomatic calls as typed, comparable data.
"""

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
    compare,
    similarity,
)
from afdiplo.exceptions import (
    AfdiploError,
    DataFileError,
    InputError,
    InputTooLargeError,
    NotAReadoutError,
    SchemaError,
)
from afdiplo.gazetteer import Country, Gazetteer, Person
from afdiplo.lexicon import Topic, load_topics
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
from afdiplo.parse import parse, parse_file
from afdiplo.samples import sample_texts
from afdiplo.serialize import from_dict, from_json, to_dict, to_json


def __getattr__(name: str) -> str:
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
