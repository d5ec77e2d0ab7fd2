"""
How alike two texts are in what they say: terms, synonyms, stems and weights.

Words are lower-cased, stemmed and mapped through a small synonym table
(``data/lexicons/synonyms.json``) before their overlap is measured.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain

import attrs

from afdiplo._data import read_json
from afdiplo.exceptions import DataFileError
from afdiplo.model import Position

__all__ = ["similarity"]


@attrs.frozen
class _Lexicon:
    groups: dict[str, str]
    phrases: re.Pattern[str] | None
    # The phrases as plain text: a text holding none of them needs no substitution.
    phrase_texts: tuple[str, ...]
    stopwords: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = read_json("lexicons", "synonyms.json")
    try:
        groups = {member: group[0] for group in data["groups"] for member in group}
        stopwords = frozenset(data["stopwords"])
    except (KeyError, TypeError, IndexError) as err:
        msg = f"expected groups and stopwords in data/lexicons/synonyms.json ({err})"
        raise DataFileError(msg) from err
    phrases = sorted((m for m in groups if " " in m or "&" in m), key=len, reverse=True)
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b") if phrases else None
    )
    return _Lexicon(groups, pattern, tuple(phrases), stopwords)


_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ities",
    "ity",
    "ing",
    "ies",
    "ed",
    "es",
    "ly",
    "s",
)


def _stem(word: str) -> str:
    if not word.endswith(_SUFFIXES):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            return stem + "y" if suffix == "ies" else stem
    return word


# Every byte that is not in a _WORD (all of a non-ASCII character's bytes too) as a space.
_SEPARATORS = bytes(
    b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789-" else 32 for b in range(256)
)


# A hyphen that is not between two letters or digits, after _SEPARATORS.
_LOOSE_HYPHENS = re.compile(r"(?<![a-z0-9])-+|-+(?![a-z0-9])")


def _tokens(lowered: str) -> list[str]:
    """``_WORD.findall(lowered)``, split by bytes.translate, many times faster."""
    kept = lowered.encode("utf-8", "surrogatepass").translate(_SEPARATORS).decode()
    # A hyphen belongs to a _WORD only between two letters or digits.
    if "-" in kept and (
        "--" in kept or " -" in kept or "- " in kept or kept[0] == "-" or kept[-1] == "-"
    ):
        kept = _LOOSE_HYPHENS.sub(" ", kept)
    return kept.split()


class _TermTable(dict[str, str]):
    """The term each word stands for (its synonym group or its stem; "" for a stop word)."""

    #: Words remembered at most; the table starts again when full.
    size = 1 << 16

    def __missing__(self, word: str) -> str:
        lexicon = _lexicon()
        if word in lexicon.stopwords:
            term = ""
        else:
            canonical = lexicon.groups.get(word)
            term = canonical if canonical is not None else _stem(word)
        if len(self) >= self.size:
            self.clear()
        self[word] = term
        return term


_TERM = _TermTable()


@functools.lru_cache(maxsize=65536)
def _terms(text: str) -> frozenset[str]:
    """The comparable terms of *text*: synonyms unified, stop words out, words stemmed."""
    lexicon = _lexicon()
    lowered = text.casefold().replace("’", "'")
    if lexicon.phrases is not None and any(map(lowered.__contains__, lexicon.phrase_texts)):
        lowered = lexicon.phrases.sub(lambda m: " " + lexicon.groups[m.group()] + " ", lowered)
    terms = set(map(_TERM.__getitem__, _tokens(lowered)))
    terms.discard("")
    return frozenset(terms)


def similarity(
    a: str,
    b: str,
    *,
    ignore: frozenset[str] = frozenset(),
    weights: Mapping[str, float] | None = None,
) -> float:
    """
    How alike two texts are in what they say, from 0 to 1.

    The mean of the Dice coefficient and the overlap coefficient of their terms (words
    lower-cased, stemmed and unified through the synonym table, stop words left out), so that
    a short sentence that one long sentence contains still scores well.
    Symmetric; 1.0 for equal texts. Terms in *ignore* (a speaker's names, say) do not count.
    With *weights*, each term counts with its weight (missing terms weigh 1): :func:`compare`
    gives terms that most positions share ("China", "Afghanistan") a low weight.

    .. versionadded:: 0.1.0
    """
    if a == b:
        return 1.0
    ta, tb = _terms(a) - ignore, _terms(b) - ignore
    if not ta or not tb:
        return 0.0
    weights = weights or {}
    return _score(ta, tb, _weight(ta, weights), _weight(tb, weights), weights)


def _weight(terms: frozenset[str], weights: Mapping[str, float]) -> float:
    return sum(weights.get(t, 1.0) for t in terms)


def _score(
    ta: frozenset[str],
    tb: frozenset[str],
    size_a: float,
    size_b: float,
    weights: Mapping[str, float],
) -> float:
    """The mean of the weighted Dice and overlap coefficients of two term sets."""
    if not size_a or not size_b:
        return 0.0
    return round(_mean_coefficient(_weight(ta & tb, weights), size_a, size_b), 6)


def _mean_coefficient(shared: float, size_a: float, size_b: float) -> float:
    """The mean of the Dice and overlap coefficients, from the shared weight and both sizes."""
    return (2 * shared / (size_a + size_b) + shared / min(size_a, size_b)) / 2


def _weights(positions: Iterable[Position]) -> dict[str, float]:
    """Inverse document frequency of each term over *positions*, scaled to 1 for rare terms."""
    texts = [p.text for p in positions]
    if not texts:
        return {}
    n = len(texts)
    counts = Counter(chain.from_iterable(map(_terms, texts)))
    top = math.log(n + 1)
    by_count = {df: math.log((n + 1) / df) / top for df in set(counts.values())}
    return dict(zip(counts.keys(), map(by_count.__getitem__, counts.values()), strict=True))
