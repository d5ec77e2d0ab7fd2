"""The options of one parse, passed as one frozen value through the pipeline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from afdiplo.gazetteer import Gazetteer

if TYPE_CHECKING:
    from afdiplo.lexicon import Topic

__all__ = ["DEFAULT_MAX_CHARS", "ParseOptions"]

#: The longest input :func:`afdiplo.parse` accepts unless told otherwise.
DEFAULT_MAX_CHARS = 10_000_000


@attrs.frozen(kw_only=True)
class ParseOptions:
    """
    Everything a parse may be told by its caller.

    Attributes:
        published: The publication time the caller knows, or None.
        strict: Raise on input that is no readout, instead of returning diagnostics.
        gazetteer: The people and countries to recognise.
        topics: The topic lexicon positions are coded with.
        max_chars: The longest input accepted.
    """

    published: dt.datetime | None = None
    strict: bool = True
    gazetteer: Gazetteer
    topics: tuple[Topic, ...]
    max_chars: int = DEFAULT_MAX_CHARS
