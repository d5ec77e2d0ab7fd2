"""
Comparing readouts: what two reports of one call, or two calls, say alike and apart.

:func:`compare` pairs the positions of two readouts (or calls) speaker by speaker, by a
similarity that sees through rewording, and :class:`Corpus` groups many readouts into the calls
they report and follows actors over time. The package works on model objects only; it never
parses. Its modules, each one job:

- ``_similarity``: the terms of a text and how alike two texts are (:func:`similarity`);
- ``_diff``: word-level diffs (:class:`DiffChunk`, :class:`DiffOp`);
- ``_align``: pairing the positions of two sides;
- ``comparison``: :func:`compare` and the :class:`Comparison` it returns;
- ``corpus``: :class:`Corpus`, its call records and timelines;
- ``report``: a comparison as plain text and Markdown.
"""

from afdiplo.compare._diff import DiffChunk, DiffOp
from afdiplo.compare._similarity import similarity
from afdiplo.compare.comparison import (
    Comparison,
    MatchedPosition,
    StanceShift,
    TopicPresence,
    Voice,
    VoiceShare,
    compare,
)
from afdiplo.compare.corpus import CallRecord, Corpus, MergedPosition, Report, TimelineEntry

__all__ = [
    "CallRecord",
    "Comparison",
    "Corpus",
    "DiffChunk",
    "DiffOp",
    "MatchedPosition",
    "MergedPosition",
    "Report",
    "StanceShift",
    "TimelineEntry",
    "TopicPresence",
    "Voice",
    "VoiceShare",
    "compare",
    "similarity",
]
