"""
Quick first tests for regular expressions: the plain text every match of a pattern contains.

Python's regular expressions are slow to scan text with when a pattern has no fixed first
character. The cue vocabularies (speech, topics, media, outlet formats) are lists of such
patterns; each is tried only on a text that holds its plain part, and a :class:`CueIndex`
tries only the cues whose key word the text has.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["MONTH", "Cue", "CueIndex", "anchor", "any_of"]

#: A month's name or abbreviation as English writes it ("August", "Aug.", "Sept"); the stages
#: that read dates and timestamps share it.
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

_SPECIAL = frozenset("\\^$.|?*+()[]{}")
_KEY_LENGTH = 4
_TOKEN = re.compile(r"[a-z0-9]+")


def _runs(cue: str) -> list[tuple[int, int, str]]:
    r"""
    The runs of plain characters of the pattern *cue* outside groups and classes.

    Each run is its start and end in *cue* and its text; an escaped punctuation character
    ("\ ", "\-") is plain.
    """
    depth = 0
    runs: list[tuple[int, int, str]] = []
    current, begin, escaped, in_class, in_braces = "", 0, False, False, False
    for position, char in enumerate(cue):
        if in_braces:  # a repetition count, "{2,8}"
            in_braces = char != "}"
            continue
        outside = not in_class and depth == 0
        if outside and not escaped and char == "\\":
            escaped = True  # the run goes on if the escaped character is plain
            continue
        if outside and ((escaped and not char.isalnum()) or (not escaped and char not in _SPECIAL)):
            begin = begin if current else position - escaped
            current += char
            escaped = False
            continue
        if char in "?*{" and not (escaped or in_class):
            current = current[:-1]
        if current:
            runs.append((begin, position - escaped, current))
        current = ""
        if escaped and outside:  # "\\b", "\\d": not plain
            escaped = False
            continue
        if escaped or in_class:
            in_class = in_class and not (char == "]" and not escaped)
            escaped = not escaped and char == "\\"
            continue
        escaped, in_class, in_braces = char == "\\", char == "[", char == "{"
        depth += (char == "(") - (char == ")")
    if current:
        runs.append((begin, len(cue), current))
    return runs


def anchor(cue: str) -> tuple[str, tuple[str, ...]]:
    """
    Plain text that every match of the pattern *cue* contains, and the keys it may be indexed by.

    The text is the longest run of plain characters outside groups ("" if none is sure). The
    keys are the first four letters of each word of the run that surely starts a word of the
    match and is at least four letters long, longest word first; failing those, of each
    shorter word that is surely a whole word.
    """
    runs = _runs(cue)
    depth = 0
    for char in cue.replace("\\\\", "").replace("\\|", "").replace("\\(", "").replace("\\)", ""):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            return "", ()
    if not runs:
        return "", ()
    begin, end, run = max(runs, key=lambda r: len(r[2].strip()))
    # Without "\\b" before it, the run may start inside a word ("terroris" in
    # "counterterrorism"): its first word is then no sure word of the match.
    at_start = cue[:begin] in {"\\b", "^"} or run.startswith(" ")
    literal = run.strip()
    bounded_end = cue[end:].startswith("\\b") or run.endswith(" ")
    words = []
    for word in _TOKEN.finditer(literal):
        starts = word.start() > 0 or at_start
        whole = word.end() < len(literal) or bounded_end
        if starts and (len(word.group()) >= _KEY_LENGTH or whole):
            words.append(word.group())
    words.sort(key=len, reverse=True)
    # Short words ("a", "had") are common: keys only when the run has no longer word.
    words = [w for w in words if len(w) >= _KEY_LENGTH] or words
    return literal, tuple(dict.fromkeys(word[:_KEY_LENGTH] for word in words))


def _structure(pattern: str) -> tuple[list[int], bool]:
    """
    Where *pattern* is cut into alternatives, and whether its groups close in order.

    The offsets are those of the "|" outside groups and classes; the parentheses are balanced
    when none closes before it opens and all are closed at the end.
    """
    bars = []
    depth, escaped, in_class, balanced = 0, False, False, True
    for position, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
            balanced = balanced and depth >= 0
        elif char == "|" and depth == 0:
            bars.append(position)
    return bars, balanced and depth == 0


def _alternatives(pattern: str) -> list[str]:
    r"""
    *pattern* cut into alternatives: "a|b" and "\b(?:a|b)\b" give two; "a(?:b|c)" gives one.
    """
    bars, _ = _structure(pattern)
    if bars:
        ends = [-1, *bars, len(pattern)]
        return [pattern[a + 1 : b] for a, b in itertools.pairwise(ends)]
    edge = "\\b" if pattern.startswith("\\b(?:") and pattern.endswith(")\\b") else ""
    inner = pattern[len(edge) + 3 : len(pattern) - len(edge) - 1]
    if not pattern.startswith(f"{edge}(?:") or not pattern.endswith(f"){edge}"):
        return [pattern]
    bars, balanced = _structure(inner)
    if not balanced:  # "(?:a)b(?:c)": the first group does not wrap the pattern
        return [pattern]
    ends = [-1, *bars, len(inner)]
    return [f"{edge}{inner[a + 1 : b]}{edge}" for a, b in itertools.pairwise(ends)]


def any_of(pattern: str) -> tuple[str, ...]:
    r"""
    Plain texts one of which every match of *pattern* contains; () if no such list is sure.

    A pattern that is an alternation ("a|b", "\b(?:phone|video)\b") gives the plain text of
    each alternative; a quick ``any(text in line for text in any_of(pattern))`` then rules
    out most lines without running the pattern.
    """
    found = [anchor(alternative)[0] for alternative in _alternatives(pattern)]
    return () if "" in found else tuple(dict.fromkeys(found))


# A word's key: its first four letters.
_KEY = operator.itemgetter(slice(0, _KEY_LENGTH))


# A cue: its label, its plain text, and its pattern (None when the plain text is all of it).
Cue = tuple[str, str, "re.Pattern[str] | None"]


@attrs.frozen
class CueIndex:
    """
    Labelled lowercase patterns, each tried only when the text holds its plain part.

    A pattern whose plain part holds a word of four letters or more (or a whole word) is
    indexed by the first four letters of one such word and tried only on a text with a word
    that starts with them; the others are tried where their plain part is a substring of
    the text.
    """

    index: dict[str, tuple[Cue, ...]]
    always: tuple[Cue, ...]
    keys: frozenset[str]

    @classmethod
    def of(cls, labelled: tuple[tuple[str, str], ...]) -> CueIndex:
        anchored = [(label, pattern, *anchor(pattern)) for label, pattern in labelled]
        # Each cue is filed under the key that starts the fewest words of all the cues: a word
        # that many cues share ("countries", "the") is a common word of the texts too.
        shared = Counter(
            word[:_KEY_LENGTH] for _, _, plain, _ in anchored for word in _TOKEN.findall(plain)
        )
        index: dict[str, list[Cue]] = {}
        always = []
        for label, pattern, plain, keys in anchored:
            compiled = None if plain == pattern else re.compile(pattern)
            if keys:
                key = min(keys, key=shared.__getitem__)  # the first of equals: the longest word
                index.setdefault(key, []).append((label, plain, compiled))
            else:
                always.append((label, plain, compiled))
        return cls({k: tuple(v) for k, v in index.items()}, tuple(always), frozenset(index))

    def labels_of(self, sentences: Sequence[str]) -> list[set[str]]:
        """The labels with a pattern found in each of the casefolded *sentences*."""
        found: list[set[str]] = [set() for _ in sentences]
        # An unindexed cue is looked for once in the whole text, then in the sentences that
        # hold its plain part.
        joined = "\n".join(sentences)
        starts = []
        at = 0
        for sentence in sentences:
            starts.append(at)
            at += len(sentence) + 1
        for label, plain, pattern in self.always:
            at = joined.find(plain)
            while at != -1:
                index = bisect.bisect_right(starts, at) - 1
                labels = found[index]
                if label not in labels and (pattern is None or pattern.search(sentences[index])):
                    labels.add(label)
                at = joined.find(plain, starts[index] + len(sentences[index]) + 1)
        cues_by_key, keys = self.index, self.keys
        for sentence, labels in zip(sentences, found, strict=True):
            # (Comprehensions: the commonest test, the plain text, at the lowest cost.)
            candidates = [
                cue
                for key in keys.intersection(map(_KEY, _TOKEN.findall(sentence)))
                for cue in cues_by_key[key]
                if cue[1] in sentence
            ]
            for label, _, pattern in candidates:
                if label not in labels and (pattern is None or pattern.search(sentence)):
                    labels.add(label)
        return found
