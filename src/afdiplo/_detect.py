"""
Stage 2: which outlet family a text comes from, scored by the cues in ``data/formats``.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from typing import TYPE_CHECKING

import attrs

from afdiplo._data import read_json
from afdiplo._patterns import CO_PUBLISHERS, anchor, label_prefix
from afdiplo.exceptions import DataFileError
from afdiplo.model import OutletFormat

if TYPE_CHECKING:
    from afdiplo._normalize import NormalizedText

__all__ = ["FormatCue", "detect_format", "format_cues"]

_HEAD = 1_500
_TAIL = 500


@attrs.frozen
class FormatCue:
    """
    One cue: a pattern that, where it matches, counts *weight* for *format*.

    A pattern that starts with ``^`` or ends with ``$`` is tried on each line looked at (``^``
    and ``$`` then mean the line's start and end); any other is searched in the text looked at.
    """

    format: OutletFormat
    weight: int
    pattern: re.Pattern[str]
    per_line: bool
    #: Text, casefolded, that every match contains ("" if none is sure): a quick first test.
    plain: str = ""
    #: Whether every match starts with :attr:`plain`: the pattern is then tried only where
    #: that text stands (Python's regular expressions cannot skip ahead to it themselves when
    #: matching regardless of case, or after a leading ``\b``).
    leads: bool = False


@functools.cache
def format_cues() -> tuple[FormatCue, ...]:
    """
    The cues of ``data/formats/en.json``, compiled: its ``cues``, and its ``official_lines``.

    A label of an official page ("Press Release", "PR No. 48") counts where a line starts with
    it; a publisher ("Ministry of Foreign Affairs of ...") where a line is nothing else.
    """
    try:
        data = read_json("formats", "en.json")
        cues = [
            FormatCue(
                OutletFormat(cue["format"]),
                int(cue["weight"]),
                re.compile(cue["pattern"], re.IGNORECASE),
                cue["pattern"].startswith("^") or cue["pattern"].endswith("$"),
                plain := _plain(cue["pattern"]),
                leads=bool(plain) and _literal_start(cue["pattern"]).startswith(plain),
            )
            for cue in data["cues"]
        ]
        lines = data["official_lines"]
        # "From: Foreign, Commonwealth & Development Office": a publisher after its label.
        for kind, begin, end in (
            ("labels", "", r"(?![\w'])"),
            ("publishers", label_prefix(lines["publisher_prefixes"]), rf"{CO_PUBLISHERS}[ .:]*$"),
        ):
            cues += [
                # The plain text is the line pattern's own: the group around it hides it.
                FormatCue(
                    OutletFormat.OFFICIAL,
                    int(line["weight"]),
                    re.compile(f"^{begin}(?:{line['pattern']}){end}", re.IGNORECASE),
                    per_line=True,
                    plain=_plain(line["pattern"]),
                )
                for line in lines[kind]
                if int(line["weight"]) > 0
            ]
    except (KeyError, TypeError, ValueError, re.error) as err:
        msg = f"expected cues with format, weight and pattern in data/formats/en.json ({err})"
        raise DataFileError(msg) from err
    return tuple(cues)


_SPECIAL = frozenset("^$.|?*+()[]{}")
_GLUED_DATE = re.compile(r"date \d{4}-\d{2}-\d{2}\s+(?=\S)")
_QUANTIFIERS = frozenset("?*+{")


def _literal_start(pattern: str) -> str:
    r"""
    The plain text every match of *pattern* starts with, casefolded.

    "said in a " of "\bsaid in a (?:joint )?statement", ". /" of "\. /[A-Z]", "" of "(?:a|b)".
    """
    literal = []
    position = 0
    while pattern.startswith("\\b", position):  # zero-width: the match starts after it
        position += 2
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            escaped = pattern[position + 1 : position + 2]
            if not escaped or escaped.isalnum():
                break  # "\d", "\b": no plain character
            char, position = escaped, position + 1
        elif char in _SPECIAL:
            break
        if pattern[position + 1 : position + 2] in _QUANTIFIERS:
            break  # "s?": this character may be missing or repeated
        literal.append(char)
        position += 1
    return "".join(literal).casefold()


def _found_where_it_leads(cue: FormatCue, text: str, folded: str) -> bool:
    """Whether *cue* matches *text*, tried only where *folded* (its casefolding) has its plain."""
    at = folded.find(cue.plain)
    while at != -1:
        if cue.pattern.match(text, at):
            return True
        at = folded.find(cue.plain, at + 1)
    return False


def _plain(pattern: str) -> str:
    plain = anchor(pattern)[0].casefold()
    # Case-insensitive matching and casefolding agree on ASCII letters only.
    return plain if plain.isascii() else ""


_PLAIN = operator.attrgetter("plain")


def detect_format(norm: NormalizedText) -> OutletFormat:
    """
    Decide whether *norm* is an official page or a news report.

    Each cue that matches adds its weight to its family; the higher total wins.
    A text with no cue at all, or a tie, is read as news: the looser of the two layouts.
    """
    # The cues stand in a page's first lines (breadcrumb, title, timestamp, dateline, lede)
    # and its last (trailers); looking further costs time and finds nothing new.
    text = norm.text
    looked_at = text[:_HEAD] + "\n" + (text[-_TAIL:] if len(text) > _HEAD else "")
    # (Lines made, stripped, filtered and casefolded in C: no Python step per line.)
    stripped = list(map(str.strip, looked_at.split("\n"), itertools.repeat(" ")))
    if "date " in looked_at:
        # A capture's timestamp glued before a line ("date 2021-11-01 On October 31, ..."):
        # what follows it opens a line too, as the segmenter reads it.
        stripped += [line[glued.end() :] for line in stripped if (glued := _GLUED_DATE.match(line))]
    lines = list(filter(None, stripped))
    lowered = list(map(str.casefold, lines))
    folded = looked_at.casefold()
    # Casefolding lengthens some characters ("ß" is "ss"); offsets agree when no one is.
    aligned = len(folded) == len(looked_at)
    scores = dict.fromkeys(OutletFormat, 0)
    cues = format_cues()
    for cue in itertools.compress(cues, map(folded.__contains__, map(_PLAIN, cues))):
        if cue.per_line:
            # The lines that hold the plain text, searched (in C: no Python step per line).
            holding = itertools.compress(
                lines, map(operator.contains, lowered, itertools.repeat(cue.plain))
            )
            found = any(map(cue.pattern.search, holding))
        elif cue.leads and aligned:
            found = _found_where_it_leads(cue, looked_at, folded)
        else:
            found = cue.pattern.search(looked_at) is not None
        if found:
            scores[cue.format] += cue.weight
    if scores[OutletFormat.OFFICIAL] > scores[OutletFormat.NEWS]:
        return OutletFormat.OFFICIAL
    return OutletFormat.NEWS
