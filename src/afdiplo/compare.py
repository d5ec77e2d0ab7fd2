"""
Comparing readouts: what two reports of one call, or two calls, say alike and apart.

:func:`compare` pairs the positions of two readouts (or calls) speaker by speaker, one to one,
by a similarity that sees through rewording: words are lower-cased, stemmed and mapped through
a small synonym table (``data/lexicons/synonyms.json``) before their overlap is measured.
:class:`Corpus` groups many readouts into the calls they report and follows actors over time.
This module works on model objects only; it never parses.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
from attrs.validators import deep_iterable, instance_of

from afdiplo._data import read_json
from afdiplo.exceptions import DataFileError
from afdiplo.model import Call, Diagnostic, Position, Readout, Stance

if TYPE_CHECKING:
    from afdiplo.gazetteer import Gazetteer
    from afdiplo.lexicon import Topic

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
    "compare",
    "similarity",
]

#: Pairs scoring below this are not matched.
MATCH_THRESHOLD = 0.25
#: Unrounded scores below this round (to 6 places) to less than MATCH_THRESHOLD.
_BELOW_THRESHOLD = MATCH_THRESHOLD - 1e-5


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


def _positions(value: Iterable[Position]) -> tuple[Position, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class MatchedPosition:
    """
    Two positions, one from each side, that say the same thing.

    Attributes:
        a: The position of the first side.
        b: The position of the second side.
        score: How alike they are, from 0 to 1 (1 for the same words).
        diff: A word-level diff from ``a.text`` to ``b.text``.

    .. versionadded:: 0.1.0
    """

    a: Position = attrs.field(validator=instance_of(Position))
    b: Position = attrs.field(validator=instance_of(Position))
    score: float = attrs.field(validator=instance_of(float))
    diff: tuple[DiffChunk, ...] = attrs.field(
        converter=_chunks, validator=deep_iterable(instance_of(DiffChunk), instance_of(tuple))
    )


@attrs.frozen(kw_only=True)
class StanceShift:
    """
    One speaker's stance on one topic, different on the two sides.

    A shift is reported only when the speaker takes no stance on the topic on both sides.

    Attributes:
        speaker: The speaker's canonical name ("both sides" for joint positions).
        topic: The topic key.
        stance_a: The speaker's most frequent stance on the topic on the first side.
        stance_b: The same on the second side.

    .. versionadded:: 0.1.0
    """

    speaker: str = attrs.field(validator=instance_of(str))
    topic: str = attrs.field(validator=instance_of(str))
    stance_a: Stance = attrs.field(validator=instance_of(Stance))
    stance_b: Stance = attrs.field(validator=instance_of(Stance))


@attrs.frozen(kw_only=True)
class TopicPresence:
    """
    How many positions each side has on one topic.

    Attributes:
        topic: The topic key.
        count_a: The number of positions of the first side about the topic.
        count_b: The same for the second side.

    .. versionadded:: 0.1.0
    """

    topic: str = attrs.field(validator=instance_of(str))
    count_a: int = attrs.field(validator=instance_of(int))
    count_b: int = attrs.field(validator=instance_of(int))


def _matches(value: Iterable[MatchedPosition]) -> tuple[MatchedPosition, ...]:
    return tuple(value)


def _shift_tuple(value: Iterable[StanceShift]) -> tuple[StanceShift, ...]:
    return tuple(value)


def _presence_tuple(value: Iterable[TopicPresence]) -> tuple[TopicPresence, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Comparison:
    """
    What two readouts (or calls) say alike and apart.

    Attributes:
        label_a: A name for the first side (its outlet, title or source).
        label_b: A name for the second side.
        matched: Pairs of positions that say the same thing, best first.
        only_in_a: Positions of the first side with no counterpart, in reading order.
        only_in_b: Positions of the second side with no counterpart, in reading order.
        shifted: Speakers whose stance on a topic differs between the sides.
        topics: Per topic, how many positions each side has, by topic key.

    .. versionadded:: 0.1.0
    """

    label_a: str = attrs.field(validator=instance_of(str))
    label_b: str = attrs.field(validator=instance_of(str))
    matched: tuple[MatchedPosition, ...] = attrs.field(converter=_matches)
    only_in_a: tuple[Position, ...] = attrs.field(converter=_positions)
    only_in_b: tuple[Position, ...] = attrs.field(converter=_positions)
    shifted: tuple[StanceShift, ...] = attrs.field(converter=_shift_tuple)
    topics: tuple[TopicPresence, ...] = attrs.field(converter=_presence_tuple)

    def swapped(self) -> Comparison:
        """
        Return the same comparison seen from the other side.

        .. versionadded:: 0.1.0
        """
        return Comparison(
            label_a=self.label_b,
            label_b=self.label_a,
            matched=tuple(
                MatchedPosition(a=m.b, b=m.a, score=m.score, diff=_inverted(m.diff))
                for m in self.matched
            ),
            only_in_a=self.only_in_b,
            only_in_b=self.only_in_a,
            shifted=tuple(
                attrs.evolve(s, stance_a=s.stance_b, stance_b=s.stance_a) for s in self.shifted
            ),
            topics=tuple(
                attrs.evolve(t, count_a=t.count_b, count_b=t.count_a) for t in self.topics
            ),
        )

    def __str__(self) -> str:
        lines = [f"{self.label_a}  vs  {self.label_b}", ""]
        lines.append(f"Matched ({len(self.matched)}):")
        for pair in self.matched:
            lines.append(f"  [{pair.score:.2f}] {_speaker(pair.a)}")
            lines.append(f"    A: {pair.a.text}")
            lines.append(f"    B: {pair.b.text}")
            lines.append(f"    diff: {_render_diff(pair.diff)}")
        for label, only in ((self.label_a, self.only_in_a), (self.label_b, self.only_in_b)):
            lines += ["", f"Only in {label} ({len(only)}):"]
            lines += [f"  - {_speaker(p)}: {p.text}" for p in only]
        lines += ["", f"Shifted stances ({len(self.shifted)}):"]
        lines += [
            f"  - {s.speaker} on {s.topic}: {s.stance_a.value} -> {s.stance_b.value}"
            for s in self.shifted
        ]
        lines += ["", "Topics (A / B):"]
        lines += [f"  {t.topic}: {t.count_a} / {t.count_b}" for t in self.topics]
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """
        Render the comparison as a Markdown document with a table per section.

        .. versionadded:: 0.1.0
        """
        a, b = _cell(self.label_a), _cell(self.label_b)
        lines = [f"# {a} vs {b}", "", f"## Matched positions ({len(self.matched)})", ""]
        lines += [f"| score | speaker | {a} | {b} |", "| ---: | --- | --- | --- |"]
        lines += [
            f"| {m.score:.2f} | {_cell(_speaker(m.a))} | {_cell(m.a.text)} | {_cell(m.b.text)} |"
            for m in self.matched
        ]
        for label, only in ((a, self.only_in_a), (b, self.only_in_b)):
            lines += ["", f"## Only in {label} ({len(only)})", ""]
            lines += [f"- **{_cell(_speaker(p))}**: {_cell(p.text)}" for p in only]
        lines += ["", f"## Shifted stances ({len(self.shifted)})", ""]
        lines += [f"| speaker | topic | {a} | {b} |", "| --- | --- | --- | --- |"]
        lines += [
            f"| {_cell(s.speaker)} | {s.topic} | {s.stance_a.value} | {s.stance_b.value} |"
            for s in self.shifted
        ]
        lines += ["", "## Topics", "", f"| topic | {a} | {b} |", "| --- | ---: | ---: |"]
        lines += [f"| {t.topic} | {t.count_a} | {t.count_b} |" for t in self.topics]
        return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _speaker(position: Position) -> str:
    if position.joint:
        return "both sides"
    return position.speaker.name if position.speaker else "unattributed"


def _render_diff(diff: tuple[DiffChunk, ...]) -> str:
    marks = {DiffOp.EQUAL: "{}", DiffOp.DELETE: "[-{}-]", DiffOp.INSERT: "{{+{}+}}"}
    return " ".join(marks[c.op].format(c.text) for c in diff)


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


def _match(a: Position, b: Position, score: float, diff: tuple[DiffChunk, ...]) -> MatchedPosition:
    match = _new(MatchedPosition)
    _set(match, "a", a)
    _set(match, "b", b)
    _set(match, "score", score)
    _set(match, "diff", diff)
    return match


def _presence(topic: str, count_a: int, count_b: int) -> TopicPresence:
    presence = _new(TopicPresence)
    _set(presence, "topic", topic)
    _set(presence, "count_a", count_a)
    _set(presence, "count_b", count_b)
    return presence


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


def _speaker_key(position: Position) -> str:
    if position.joint:
        return "\x00joint"
    return position.speaker.name if position.speaker else "\x00none"


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


@functools.lru_cache(maxsize=4096)
def _names(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for n in (name, *aliases) for w in n.split())


def _clear_caches() -> None:
    """
    Forget what was worked out for position texts (terms, words, speakers' names).

    For benchmarks of compare() on texts never seen before; the stems of words, shared by a
    whole corpus, are kept.
    """
    for cache in (_terms, _words, _where, _names):
        cache.cache_clear()


def _pair(a: tuple[Position, ...], b: tuple[Position, ...]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (index in a, index in b, score), same speaker only, best first."""
    weights = _weights((*a, *b))
    weight = weights.__getitem__  # every term of a and b has a weight, and it is above 0

    def prepared(position: Position) -> tuple[str, frozenset[str], float]:
        # The position's text, its terms (its speaker's names left out) and their weight.
        speaker = position.speaker
        names = _names(speaker.name, speaker.aliases) if speaker is not None else frozenset()
        terms = _terms(position.text) - names
        return position.text, terms, sum(map(weight, terms))

    by_speaker: dict[str, list[tuple[int, str, frozenset[str], float]]] = {}
    for j, position in enumerate(b):
        by_speaker.setdefault(_speaker_key(position), []).append((j, *prepared(position)))
    candidates = []
    for i, position in enumerate(a):
        others = by_speaker.get(_speaker_key(position))
        if not others:
            continue
        text_a, terms_a, size_a = prepared(position)
        for j, text_b, terms_b, size_b in others:
            if text_a == text_b:
                candidates.append((-1.0, i, j))
                continue
            shared_terms = terms_a & terms_b
            if not shared_terms:
                continue  # (with shared terms, both sizes are above 0)
            mean = _mean_coefficient(sum(map(weight, shared_terms)), size_a, size_b)
            if mean < _BELOW_THRESHOLD:
                continue  # too low for rounding to lift it to the threshold (round() is slow)
            score = round(mean, 6)
            if score >= MATCH_THRESHOLD:
                candidates.append((-score, i, j))
    return _one_to_one(candidates)


def _one_to_one(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """Pairs (i, j, score) from (-score, i, j), best first, each i and j taken once."""
    candidates.sort()  # best first; on ties, the earlier positions
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, -score))
    return pairs


def _dominant(stances: list[Stance]) -> Stance:
    counts = Counter(stances)
    return min(counts, key=lambda s: (-counts[s], s.value))


def _shifts(a: tuple[Position, ...], b: tuple[Position, ...]) -> list[StanceShift]:
    def by_topic(positions: tuple[Position, ...]) -> dict[tuple[str, str], list[Stance]]:
        found: dict[tuple[str, str], list[Stance]] = {}
        for position in positions:
            if not position.topics:
                continue
            speaker = _speaker(position)
            for topic in position.topics:
                found.setdefault((speaker, topic), []).append(position.stance)
        return found

    side_a, side_b = by_topic(a), by_topic(b)
    shifts = []
    for key in sorted(side_a.keys() & side_b.keys()):
        if set(side_a[key]) & set(side_b[key]):
            continue  # a stance both sides take is no shift, whatever else each adds
        stance_a, stance_b = _dominant(side_a[key]), _dominant(side_b[key])
        if stance_a is not stance_b:
            shifts.append(
                StanceShift(speaker=key[0], topic=key[1], stance_a=stance_a, stance_b=stance_b)
            )
    return shifts


def _label(item: Readout | Call) -> str:
    if isinstance(item, Readout):
        return item.outlet or item.title or _source_name(item)
    names = " and ".join(p.name for p in item.participants)
    day = item.date.isoformat() if item.date else "undated"
    return f"{item.medium.value} of {names or 'no named participant'}, {day}"


def _all_positions(item: Readout | Call) -> tuple[Position, ...]:
    if isinstance(item, Call):
        return item.positions
    return tuple(p for call in item.calls for p in call.positions)


def _compare_positions(
    a: tuple[Position, ...], b: tuple[Position, ...], label_a: str, label_b: str
) -> Comparison:
    # Always pair in one canonical direction, so that compare(b, a) mirrors compare(a, b)
    # exactly, ties included; the word diffs too are worked out in that direction.
    key_a = tuple((_speaker_key(p), p.text) for p in a)
    key_b = tuple((_speaker_key(p), p.text) for p in b)
    backwards = key_b < key_a
    pairs = [(i, j, s) for j, i, s in _pair(b, a)] if backwards else _pair(a, b)
    matched_a = {i for i, _, _ in pairs}
    matched_b = {j for _, j, _ in pairs}
    topics_a = Counter(chain.from_iterable(set(p.topics) for p in a))
    topics_b = Counter(chain.from_iterable(set(p.topics) for p in b))
    return Comparison(
        label_a=label_a,
        label_b=label_b,
        matched=tuple(
            _match(a[i], b[j], float(score), _diff(a[i].text, b[j].text, inverted=backwards))
            for i, j, score in pairs
        ),
        only_in_a=tuple(p for i, p in enumerate(a) if i not in matched_a),
        only_in_b=tuple(p for j, p in enumerate(b) if j not in matched_b),
        shifted=tuple(_shifts(a, b)),
        topics=tuple(
            _presence(t, topics_a[t], topics_b[t])
            for t in sorted(topics_a.keys() | topics_b.keys())
        ),
    )


def compare(a: Readout | Call, b: Readout | Call) -> Comparison:
    """
    Compare the positions of two readouts, or of two calls.

    Positions are paired one to one, and only between the same speaker (by canonical name, so
    "Wang" in one readout and "Wang Yi" in another are one person; joint positions pair with
    joint positions). Pairs are taken best first by :func:`similarity`; ties go to the earlier
    positions. The result does not depend on anything but the two inputs, and
    ``compare(b, a)`` is ``compare(a, b)`` with the sides swapped.

    Args:
        a: A readout, or one of its calls.
        b: Another readout or call.

    Returns:
        The comparison.

    .. versionadded:: 0.1.0
    """
    return _compare_positions(_all_positions(a), _all_positions(b), _label(a), _label(b))


# --- Corpus -----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Report:
    """
    One readout's report of a call.

    Attributes:
        source: The readout's name in the corpus (its file name, or a name made from it).
        readout: The readout.
        call: The call as this readout reports it.

    .. versionadded:: 0.1.0
    """

    source: str
    readout: Readout
    call: Call


@attrs.frozen(kw_only=True)
class MergedPosition:
    """
    One thing said in a call, with every report that carries it.

    Attributes:
        speaker: The speaker's canonical name, "both sides" for joint positions, or
            "unattributed".
        reports: For each source that reports it, the source and its position.

    .. versionadded:: 0.1.0
    """

    speaker: str
    reports: tuple[tuple[str, Position], ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """
        The sources that report this position.

        .. versionadded:: 0.1.0
        """
        return tuple(source for source, _ in self.reports)

    @property
    def position(self) -> Position:
        """
        The position as the first source gives it.

        .. versionadded:: 0.1.0
        """
        return self.reports[0][1]


@attrs.frozen(kw_only=True)
class CallRecord:
    """
    One call as a corpus knows it: every report of it and what was said in it.

    Attributes:
        participants: Canonical names of the participants, sorted.
        date: The call's date: the first date a report states outright, else the first one a
            report inferred (from a weekday or the publication year), else None.
        reports: Every report of the call, by source name.
        positions: What was said, merged across reports, in the first report's order.

    .. versionadded:: 0.1.0
    """

    participants: tuple[str, ...]
    date: dt.date | None
    reports: tuple[Report, ...]
    positions: tuple[MergedPosition, ...]

    def __str__(self) -> str:
        day = self.date.isoformat() if self.date else "undated"
        sources = ", ".join(r.source for r in self.reports)
        return f"{day}: {' and '.join(self.participants)} ({sources})"


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """
    One position in a timeline, with its call and the sources that report it.

    Attributes:
        date: The call's date, or None when no report pins it.
        call: The call the position was taken in.
        position: The position, with every source that reports it.

    .. versionadded:: 0.1.0
    """

    date: dt.date | None
    call: CallRecord
    position: MergedPosition


def _inferred(readout: Readout, call: Call) -> bool:
    if call.date_span is None:
        return False
    return any(
        d.span == call.date_span and d.code in {"date.weekday-resolved", "date.year-inferred"}
        for d in readout.diagnostics
    )


def _same_call(x: Report, y: Report) -> bool:
    a, b = x.call, y.call
    if a.date is not None and b.date is not None:
        if a.date == b.date:
            return True
        near = abs((a.date - b.date).days) <= 1
        return near and (_inferred(x.readout, a) or _inferred(y.readout, b))
    if a.date is not None and b.partial_date is not None:
        return b.partial_date.admits(a.date)
    if b.date is not None and a.partial_date is not None:
        return a.partial_date.admits(b.date)
    if a.partial_date is not None and b.partial_date is not None:
        return a.partial_date.agrees(b.partial_date)
    return True


def _source_name(readout: Readout) -> str:
    digest = hashlib.sha256(readout.text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{readout.outlet or readout.format.value}-{digest}"


def _merge_positions(reports: tuple[Report, ...]) -> tuple[MergedPosition, ...]:
    groups: list[list[tuple[str, Position]]] = []
    for report in reports:
        positions = report.call.positions
        pivots = tuple(group[0][1] for group in groups)
        pairs = {j: i for i, j, _ in _pair(pivots, positions)}
        for j, position in enumerate(positions):
            if j in pairs:
                groups[pairs[j]].append((report.source, position))
            else:
                groups.append([(report.source, position)])
    return tuple(MergedPosition(speaker=_speaker(g[0][1]), reports=tuple(g)) for g in groups)


def _record(reports: list[Report]) -> CallRecord:
    ordered = tuple(sorted(reports, key=lambda r: r.source))
    dated = [r for r in ordered if r.call.date is not None]
    stated = [r for r in dated if not _inferred(r.readout, r.call)]
    date = (stated or dated)[0].call.date if dated else None
    return CallRecord(
        participants=tuple(sorted({p.name for p in ordered[0].call.participants})),
        date=date,
        reports=ordered,
        positions=_merge_positions(ordered),
    )


def _group(reports: list[Report]) -> tuple[CallRecord, ...]:
    def order(report: Report) -> tuple[bool, dt.date, str, int]:
        day = report.call.date or dt.date.max
        index = report.readout.calls.index(report.call)
        return (report.call.date is None, day, report.source, index)

    groups: list[list[Report]] = []
    for report in sorted(reports, key=order):
        names = {p.name for p in report.call.participants}
        for group in groups:
            if names == {p.name for p in group[0].call.participants} and all(
                _same_call(report, member) for member in group
            ):
                group.append(report)
                break
        else:
            groups.append([report])
    records = [_record(g) for g in groups]

    def reading_order(record: CallRecord) -> tuple[bool, dt.date, str, int]:
        first = record.reports[0]
        index = first.readout.calls.index(first.call)
        return (record.date is None, record.date or dt.date.max, first.source, index)

    return tuple(sorted(records, key=reading_order))


def _matches_actor(position: Position, actor: str) -> bool:
    speaker = position.speaker
    if speaker is None:
        return False
    wanted = actor.casefold()
    names = (speaker.name, *speaker.aliases, speaker.country or "")
    return any(wanted == name.casefold() for name in names)


def _sorted_readouts(readouts: Mapping[str, Readout]) -> dict[str, Readout]:
    return dict(sorted(readouts.items()))


@attrs.frozen(eq=False)
class Corpus:
    """
    Many readouts, grouped into the calls they report.

    Reports of the same call are grouped together: same participants, and the same date (or
    within a day when one side's date was inferred; or dates that agree as far as the texts
    say, when a date could not be pinned). The grouping does not depend on the order the
    readouts are given in.

    Attributes:
        readouts: The readouts by source name.
        calls: The calls, in date order (undated ones last; on one day, in the order their
            first report gives them).

    .. versionadded:: 0.1.0
    """

    readouts: Mapping[str, Readout] = attrs.field(converter=_sorted_readouts)
    calls: tuple[CallRecord, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        reports = [
            Report(source=source, readout=readout, call=call)
            for source, readout in self.readouts.items()
            for call in readout.calls
        ]
        object.__setattr__(self, "calls", _group(reports))

    @classmethod
    def of(cls, readouts: Iterable[Readout] | Mapping[str, Readout]) -> Corpus:
        """
        Build a corpus from readouts; unnamed ones are named by outlet and a digest of the text.

        .. versionadded:: 0.1.0
        """
        if isinstance(readouts, Mapping):
            return cls(readouts)
        return cls({_source_name(r): r for r in readouts})

    @classmethod
    def from_folder(
        cls,
        folder: str | Path,
        *,
        pattern: str = "*.txt",
        published: dt.date | None = None,
        gazetteer: Gazetteer | None = None,
        topics: tuple[Topic, ...] | None = None,
    ) -> Corpus:
        """
        Parse every file matching *pattern* in *folder* and build a corpus of them.

        Files are parsed leniently: one that is no readout joins with no calls and says why in
        its diagnostics.

        .. versionadded:: 0.1.0
        """
        from afdiplo.parse import parse_file  # noqa: PLC0415 - compare never parses at import

        paths = sorted(Path(folder).glob(pattern))
        return cls(
            {
                p.name: parse_file(
                    p, strict=False, published=published, gazetteer=gazetteer, topics=topics
                )
                for p in paths
            }
        )

    def timeline(
        self, *, actor: str | None = None, topic: str | None = None
    ) -> tuple[TimelineEntry, ...]:
        """
        Positions in date order, with their call and sources.

        Args:
            actor: Keep positions whose speaker has this canonical name, spelling or country.
            topic: Keep positions about this topic key.

        .. versionadded:: 0.1.0
        """
        entries = []
        for record in self.calls:
            for merged in record.positions:
                position = merged.position
                if actor is not None and not _matches_actor(position, actor):
                    continue
                if topic is not None and topic not in position.topics:
                    continue
                entries.append(TimelineEntry(date=record.date, call=record, position=merged))
        return tuple(entries)

    def compare_calls(self, a: CallRecord | int, b: CallRecord | int) -> Comparison:
        """
        Compare the merged positions of two calls of the corpus (records or their indices).

        .. versionadded:: 0.1.0
        """
        first = self.calls[a] if isinstance(a, int) else a
        second = self.calls[b] if isinstance(b, int) else b
        return _compare_positions(
            tuple(m.position for m in first.positions),
            tuple(m.position for m in second.positions),
            str(first),
            str(second),
        )

    @property
    def diagnostics(self) -> dict[str, tuple[Diagnostic, ...]]:
        """
        The diagnostics of every readout that has any, by source.

        .. versionadded:: 0.1.0
        """
        return {s: r.diagnostics for s, r in self.readouts.items() if r.diagnostics}
