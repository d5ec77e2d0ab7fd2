"""
afdiplo: published readouts of diplomatic calls as typed, comparable data.
"""

from importlib.metadata import PackageNotFoundError, version

from afdiplo._attribute import Topic, load_topics
from afdiplo.exceptions import (
    AfdiploError,
    DataFileError,
    InputError,
    InputTooLargeError,
    NotAReadoutError,
    SchemaError,
)
from afdiplo.gazetteer import Country, Gazetteer, Person
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

try:
    __version__ = version("afdiplo")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = [
    "AfdiploError",
    "Call",
    "Country",
    "DataFileError",
    "Diagnostic",
    "Gazetteer",
    "InputError",
    "InputTooLargeError",
    "Medium",
    "NotAReadoutError",
    "OutletFormat",
    "PartialDate",
    "Participant",
    "Person",
    "Position",
    "Readout",
    "SchemaError",
    "Severity",
    "Span",
    "Stance",
    "Topic",
    "__version__",
    "from_dict",
    "from_json",
    "load_topics",
    "parse",
    "parse_file",
    "sample_texts",
    "to_dict",
    "to_json",
]
