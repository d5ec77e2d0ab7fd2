"""
Word-level diffs of two texts, laid out as :mod:`difflib` lays them out, only faster.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter

import attrs
from attrs.validators import instance_of

__all__ = ["DiffChunk", "DiffOp"]


class DiffOp(enum.Enum):
    """
    What a chunk of a word-level diff does.

    .. versionadded:: 0.1.0
    """

    #: Words both texts have.
    EQUAL = "equal"
    #: Words only the first text has.
    DELETE = "delete"
    #: Words only the second text has.
    INSERT = "insert"


@attrs.frozen
class DiffChunk:
    """
    A run of words in a word-level diff.

    Attributes:
        op: Whether the words are in both texts, only the first, or only the second.
        text: The words.

    .. versionadded:: 0.1.0
    """

    op: DiffOp = attrs.field(validator=instance_of(DiffOp))
    text: str = attrs.field(validator=instance_of(str))


def _chunks(value: Iterable[DiffChunk]) -> tuple[DiffChunk, ...]:
    return tuple(value)


def _inverted(diff: tuple[DiffChunk, ...]) -> tuple[DiffChunk, ...]:
    """The word diff from b to a, given the one from a to b (as :func:`_diff` lays it out)."""
    flip = {DiffOp.EQUAL: DiffOp.EQUAL, DiffOp.DELETE: DiffOp.INSERT, DiffOp.INSERT: DiffOp.DELETE}
    chunks: list[DiffChunk] = []
    index = 0
    while index < len(diff):
        chunk = diff[index]
        following = diff[index + 1] if index + 1 < len(diff) else None
        if chunk.op is DiffOp.DELETE and following is not None and following.op is DiffOp.INSERT:
            # A replacement stays "delete, then insert", with the words of the other side.
            chunks += [
                DiffChunk(DiffOp.DELETE, following.text),
                DiffChunk(DiffOp.INSERT, chunk.text),
            ]
            index += 2
            continue
        chunks.append(DiffChunk(flip[chunk.op], chunk.text))
        index += 1
    return tuple(chunks)


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """The words of *text*, for word diffs."""
    return tuple(text.split())


@functools.lru_cache(maxsize=8192)
def _where(text: str) -> Mapping[str, Sequence[int]]:
    """Where in the words of *text* each word is, in order."""
    where: dict[str, list[int]] = {}
    for index, word in enumerate(_words(text)):
        where.setdefault(word, []).append(index)
    return where


def _runs(a: str, b: str) -> list[tuple[int, int, int]]:
    """The maximal runs of equal words in *a* and *b*: (start in a, start in b, length)."""
    wa, wb = _words(a), _words(b)
    where_b = _where(b)
    size_a, size_b = len(wa), len(wb)
    runs = []
    for i, word in enumerate(wa):
        in_b = where_b.get(word)
        if in_b is None:
            continue
        for j in in_b:
            if i and j and wa[i - 1] == wb[j - 1]:
                continue  # inside a run that starts earlier
            n = 1
            while i + n < size_a and j + n < size_b and wa[i + n] == wb[j + n]:
                n += 1
            runs.append((i, j, n))
    return runs


_length = itemgetter(2)


def _matching_blocks(a: str, b: str) -> list[tuple[int, int, int]]:
    """
    The matching blocks of ``difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False)``.

    Found as difflib finds them: the longest run of equal words (on ties, the first in *a*,
    then in *b*), then the same before and after it, but from the maximal runs of equal words,
    listed once, rather than word by word in every range.
    """
    runs = _runs(a, b)
    found = []
    # Ranges still to search, as the runs inside them, cut to them, by start.
    stack = [runs] if runs else []
    while stack:
        inside = stack.pop()
        if len(inside) == 1:
            found.append(inside[0])
            continue
        # max() keeps the first of equal lengths: the run that starts first, as in difflib.
        best = max(inside, key=_length)
        found.append(best)
        stack.extend(part for part in _around(inside, best) if part)
    return _merged(found, len(_words(a)), len(_words(b)))


def _around(
    runs: list[tuple[int, int, int]], best: tuple[int, int, int]
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """
    The runs before *best* in both texts and those after it in both, cut to those ranges.

    A run that crosses *best* cannot be longer than *best*, so no run lies both before and
    after it.
    """
    best_i, best_j, size = best
    end_i, end_j = best_i + size, best_j + size
    before = []
    after = []
    reordered = False
    for run in runs:
        i, j, n = run
        if i < best_i and j < best_j:
            if i + n > best_i or j + n > best_j:
                before.append((i, j, min(best_i - i, best_j - j)))
            else:
                before.append(run)
        elif i >= end_i and j >= end_j:
            after.append(run)
        elif i + n > end_i and j + n > end_j:
            cut = max(end_i - i, end_j - j)
            after.append((i + cut, j + cut, n - cut))
            reordered = True
    if reordered:
        after.sort()  # cutting the starts of runs may have changed their order
    return before, after


def _merged(
    found: list[tuple[int, int, int]], size_a: int, size_b: int
) -> list[tuple[int, int, int]]:
    """Matching blocks in order, adjacent ones merged, and difflib's closing (size_a, size_b, 0)."""
    found.sort()
    blocks = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in found:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
            continue
        if k1:
            blocks.append((i1, j1, k1))
        i1, j1, k1 = i2, j2, k2
    if k1:
        blocks.append((i1, j1, k1))
    blocks.append((size_a, size_b, 0))
    return blocks


# DiffChunk, MatchedPosition and TopicPresence objects made without running their validators:
# compare() makes them by the hundred, of values of the right types by construction, and the
# validators would cost more than the rest of the work.
_new = object.__new__
_set = object.__setattr__
# Looking up an enum member costs more than a module constant.
_EQUAL, _DELETE, _INSERT = DiffOp.EQUAL, DiffOp.DELETE, DiffOp.INSERT


def _diff(a: str, b: str, *, inverted: bool = False) -> tuple[DiffChunk, ...]:
    """
    The word diff from *a* to *b*, laid out as difflib's opcodes.

    With *inverted*, the diff is worked out from *b* to *a* and turned around, as
    :func:`_inverted` would: ``_diff(a, b, inverted=True) == _inverted(_diff(b, a))``.
    """
    wa, wb = _words(a), _words(b)
    if inverted:
        blocks = [(i, j, size) for j, i, size in _matching_blocks(b, a)]
    else:
        blocks = _matching_blocks(a, b)
    # (op, words) first, then DiffChunks made without running their validators (see _new).
    spans = []
    i = j = 0
    for block_i, block_j, size in blocks:
        if i < block_i:
            spans.append((_DELETE, wa[i:block_i]))
        if j < block_j:
            spans.append((_INSERT, wb[j:block_j]))
        i, j = block_i + size, block_j + size
        if size:
            spans.append((_EQUAL, wa[block_i:i]))
    chunks = []
    for op, words in spans:
        chunk = _new(DiffChunk)
        _set(chunk, "op", op)
        _set(chunk, "text", " ".join(words))
        chunks.append(chunk)
    return tuple(chunks)
