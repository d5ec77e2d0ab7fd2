r"""
Stage 1: the input text, normalised for matching, with a map back to the original offsets.

Line endings become ``\n``; non-breaking and other unusual spaces become plain spaces; curly
quotes become straight ones; zero-width and control characters are dropped; combining marks are
composed (NFC).
The original text is never changed: :meth:`NormalizedText.span` maps any range of the
normalised text back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

import attrs

from afdiplo.model import Span

# One character each: replaced without changing the length.
_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2007": " ",
        "\u2008": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u205f": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2028": "\n",
        "\u2029": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\x85": "\n",
    }
)

# Characters that change the length: dropped (\r before \n, zero-width, controls) or
# rewritten (a lone \r), and combining sequences to compose.
_CHANGING = re.compile(
    r"\r\n?|[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
    r"|[^\W\d_][\u0300-\u036f]+"
)


@attrs.frozen
class NormalizedText:
    """
    The text the parser matches against, and how to map its offsets back.

    Attributes:
        original: The input, unchanged.
        text: The normalised text.
        breaks: Offsets in :attr:`text` where the shift to the original changes.
        shifts: For each break, what to add to a normalised offset to reach the original.
    """

    original: str
    text: str
    breaks: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def offset(self, index: int) -> int:
        """Map an offset in :attr:`text` to the offset in :attr:`original`."""
        if not self.breaks:
            return index
        at = bisect_right(self.breaks, index) - 1
        return index + (self.shifts[at] if at >= 0 else 0)

    def span(self, start: int, end: int) -> Span:
        """Map a range of :attr:`text` to a :class:`Span` of :attr:`original`."""
        first = self.offset(start)
        last = self.offset(end) if end > start else first
        return Span(first, max(first, last))


def normalize(text: str) -> NormalizedText:
    """
    Normalise *text* for matching, keeping a map back to its offsets.

    Idempotent: normalising the normalised text changes nothing further.
    """
    if _CHANGING.search(text) is None:
        return NormalizedText(text, text.translate(_SAME_LENGTH))
    pieces: list[str] = []
    breaks: list[int] = []
    shifts: list[int] = []
    position = 0  # in the original
    length = 0  # of the normalised text so far
    for match in _CHANGING.finditer(text):
        chunk = text[position : match.start()]
        pieces.append(chunk)
        length += len(chunk)
        found = match.group()
        if found[0] == "\r":
            replacement = "\n"
        elif len(found) > 1:
            replacement = unicodedata.normalize("NFC", found)
        else:
            replacement = ""
        pieces.append(replacement)
        length += len(replacement)
        position = match.end()
        breaks.append(length)
        shifts.append(position - length)
    pieces.append(text[position:])
    normalized = "".join(pieces).translate(_SAME_LENGTH)
    return NormalizedText(text, normalized, tuple(breaks), tuple(shifts))
