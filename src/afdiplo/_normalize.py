r"""
Stage 1: the input text, normalised for matching, with a map back to the original offsets.

Line endings become ``\n``; non-breaking and other unusual spaces become plain spaces; curly
quotes become straight ones; zero-width and control characters are dropped; combining marks are
composed (NFC).
The original text is never changed: :meth:`NormalizedText.span` maps any range of the
normalised text back to the original.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable

import attrs

from afdiplo.model import Span, _made_span

# One character each: replaced without changing the length.
_SAME_LENGTH: dict[str, str] = {
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
    "\r": "\n",  # a lone one: "\r\n" is one line break, below
}
_SAME_LENGTH_CHARS = re.compile("[" + re.escape("".join(_SAME_LENGTH)) + "]")
_SAME_LENGTH_TABLE = str.maketrans(_SAME_LENGTH)
_LONGEST_SUBSTITUTED = 100_000  # characters

# Characters that change the length: dropped (\r before \n, zero-width, controls), and
# combining sequences to compose. Dropped characters between \r and \n leave one line break.
_DROPPED = r"\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
# One character class, so the engine can skip straight to a candidate; most texts have none.
_ANY_CHANGING = re.compile(rf"[\r{_DROPPED}\u0300-\u036f]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_CHANGING = re.compile(rf"\r[{_DROPPED}]*\n|[{_DROPPED}]+\n?")
_CHANGING_COMBINING = re.compile(rf"\r[{_DROPPED}]*\n|[{_DROPPED}]+\n?|(?s:.)[\u0300-\u036f]+")


_BLOCK = (
    "address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header"
    "|hr|li|main|nav|ol|p|pre|section|table|td|th|title|tr|ul"
)
# A page of markup: two or more real HTML tags (not "<Suggest To A Friend>").
_TAG_NAMES = re.compile(
    rf"</?(?:{_BLOCK}|a|b|body|em|head|html|i|img|meta|script|span|strong|style)\b[^<>]{{0,2000}}>",
    re.IGNORECASE,
)
# Blocks whose content is not text; their ends are found with str.find (see _markup).
_HIDDEN = re.compile(
    r"<(?P<name>script|style|noscript|template)\b[^<>]{0,2000}>|<!--|<!\[CDATA\[", re.IGNORECASE
)
_MARKUP = re.compile(
    r"<![^>]{0,2000}>|<\?[^>]{0,2000}>"
    rf"|</?(?P<block>{_BLOCK})\b[^<>]{{0,2000}}>"
    r"|</?[A-Za-z][\w:-]*\b[^<>]{0,2000}>"
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.IGNORECASE | re.DOTALL,
)


def _is_markup(text: str) -> bool:
    tags = _TAG_NAMES.finditer(text, 0, min(len(text), 200_000))
    return next(tags, None) is not None and next(tags, None) is not None


@functools.cache
def _closing(tag: str) -> re.Pattern[str]:
    return re.compile(re.escape(tag), re.IGNORECASE)


def _hidden_blocks(text: str) -> list[tuple[int, int]]:
    """Ranges of scripts, styles and comments; an unclosed one runs to the end."""
    blocks: list[tuple[int, int]] = []
    position = 0
    missing: set[str] = set()  # closings known to be absent from here on
    while True:
        match = _HIDDEN.search(text, position)
        if match is None:
            return blocks
        name = match.group("name")
        closing = f"</{name.lower()}" if name else ("-->" if match.group() == "<!--" else "]]>")
        found = None if closing in missing else _closing(closing).search(text, match.end())
        end = found.start() if found else -1
        if end < 0:
            missing.add(closing)
            blocks.append((match.start(), len(text)))
            return blocks
        stop = text.find(">", end) + 1 if name else end + len(closing)
        blocks.append((match.start(), stop or len(text)))
        position = stop or len(text)


def _markup(text: str) -> tuple[str, _Layer]:
    """Take the markup out of a page: hidden blocks first, then tags and entities between."""
    kept: list[str] = []
    breaks, shifts = array("q"), array("q")
    length = 0
    position = 0
    for start, end in [*_hidden_blocks(text), (len(text), len(text))]:
        visible, (inner_breaks, inner_shifts) = _apply(text[position:start], _MARKUP, _markup_edit)
        breaks.extend(length + b for b in inner_breaks)
        shifts.extend(position + s - length for s in inner_shifts)
        kept.append(visible)
        length += len(visible)
        breaks.append(length)
        shifts.append(end - length)
        position = end
    return "".join(kept), (breaks, shifts)


def _markup_edit(match: re.Match[str]) -> str:
    found = match.group()
    if found[0] == "&":
        decoded = html.unescape(found)
        return decoded if decoded != found else found
    return "\n" if match.group("block") else ""


# Offsets and shifts as arrays of machine integers: 8 bytes an edit, where a tuple of ints
# took 36 (a page of tags, or a text with a line break every other character, has millions).
_Layer = tuple["array[int]", "array[int]"]


def _apply(
    text: str, pattern: re.Pattern[str], edit: Callable[[re.Match[str]], str]
) -> tuple[str, _Layer]:
    """Rewrite every match of *pattern*, recording how offsets shift."""
    pieces: list[str] = []
    breaks, shifts = array("q"), array("q")
    position = 0
    length = 0
    for match in pattern.finditer(text):
        chunk = text[position : match.start()]
        pieces.append(chunk)
        length += len(chunk)
        replacement = edit(match)
        pieces.append(replacement)
        length += len(replacement)
        position = match.end()
        breaks.append(length)
        shifts.append(position - length)
    pieces.append(text[position:])
    return "".join(pieces), (breaks, shifts)


def _character_edit(match: re.Match[str]) -> str:
    found = match.group()
    if found[-1] == "\n":  # "\r\n", or dropped characters before a line break: one break
        return "\n"
    if _COMBINING.match(found, len(found) - 1):  # a character and its combining marks
        return unicodedata.normalize("NFC", found)
    return ""  # dropped characters


@attrs.frozen
class NormalizedText:
    """
    The text the parser matches against, and how to map its offsets back.

    Attributes:
        original: The input, unchanged.
        text: The normalised text.
        layers: For each rewriting pass, last pass first: the offsets of :attr:`text` (as that
            pass left it) where the shift to the text before the pass changes, and the shifts.
        markup: True when the input was a page of HTML whose markup was taken out.
    """

    original: str
    text: str
    layers: tuple[_Layer, ...] = ()
    markup: bool = False

    def offset(self, index: int) -> int:
        """Map an offset in :attr:`text` to the offset in :attr:`original`."""
        for breaks, shifts in self.layers:
            at = bisect_right(breaks, index) - 1
            if at >= 0:
                index += shifts[at]
        return index

    def span(self, start: int, end: int) -> Span:
        """Map a range of :attr:`text` to a :class:`Span` of :attr:`original`."""
        if start < 0:
            return Span(start, end)  # (never, from the parser: Span says what is wrong)
        if not self.layers:  # the commonest case: nothing was rewritten
            return _made_span(start, max(start, end))
        first = self.offset(start)
        last = self.offset(end) if end > start else first
        return _made_span(first, max(first, last))


def normalize(text: str) -> NormalizedText:
    """
    Normalise *text* for matching, keeping a map back to its offsets.

    A page of HTML loses its markup first (tags, scripts, comments; entities decoded; block
    tags become line breaks). Idempotent on text without markup.
    """
    layers: list[_Layer] = []
    current = text
    markup = _is_markup(text)
    if markup:
        current, layer = _markup(current)
        layers.append(layer)
    if _ANY_CHANGING.search(current) is not None:
        pattern = _CHANGING_COMBINING if _COMBINING.search(current) else _CHANGING
        current, layer = _apply(current, pattern, _character_edit)
        if layer[0]:  # (none when the only such characters were lone \r)
            layers.append(layer)
    if _SAME_LENGTH_CHARS.search(current) is not None:
        # str.translate is ten times as slow as a substitution on a page with a few such
        # characters, but keeps no list of the pieces a long text with millions would make.
        if len(current) > _LONGEST_SUBSTITUTED:
            current = current.translate(_SAME_LENGTH_TABLE)
        else:
            current = _SAME_LENGTH_CHARS.sub(lambda m: _SAME_LENGTH[m.group()], current)
    return NormalizedText(text, current, tuple(reversed(layers)), markup=markup)
