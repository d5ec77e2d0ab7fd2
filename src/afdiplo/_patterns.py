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
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "FUNCTION_WORDS",
    "MONTH",
    "TWEET_SIGNATURE",
    "Cue",
    "CueIndex",
    "PlainIndex",
    "alternation",
    "anchor",
    "any_of",
    "quoted_spans",
    "sure_keys",
    "tokens",
    "word_keys",
]

#: A month's name or abbreviation as English writes it ("August", "Aug.", "Sept"); the stages
#: that read dates and timestamps share it.
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: The signature that ends a tweet, "— Antony Blinken (@SecBlinken) June 2, 2023": its author
#: ("who") and its day, if written ("when").
TWEET_SIGNATURE = re.compile(
    rf"[—–-]\s*(?P<who>[^()\n—–]{{2,60}}?)\s*\(@\w+\)\s*"
    rf"(?P<when>{MONTH}\s+\d{{1,2}},\s*\d{{4}})?\s*$"
)


def quoted_spans(text: str, start: int, end: int, *, inside: bool = False) -> list[tuple[int, int]]:
    """
    The quoted stretches of ``text[start:end]`` (an unclosed quotation runs to the end).

    *inside*: the text starts inside a quotation opened before, which its first quotation
    mark closes ('Trade matters to us," Wong added.').
    """
    spans = []
    at = text.find('"', start, end)
    if inside:
        if at == -1:
            return [(start, end)]
        spans.append((start, at + 1))
        at = text.find('"', at + 1, end)
    while at != -1:
        close = text.find('"', at + 1, end)
        spans.append((at, close + 1 if close != -1 else end))
        if close == -1:
            break
        at = text.find('"', close + 1, end)
    return spans


#: Words so common that no test of a text's words may rest on one ("the", "of").
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "to", "in", "on", "at", "for", "with"})
_SPECIAL = frozenset("\\^$.|?*+()[]{}")
_KEY_LENGTH = 4
_TOKEN = re.compile(r"[a-z0-9]+")


# Every byte but a-z and 0-9 made a space: tokens() splits on them.
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_TO_SPACE = bytes(byte if byte in _WORD_BYTES else 0x20 for byte in range(256))


def tokens(folded: str) -> list[str]:
    """
    The words of a casefolded text as the cue indexes read them: runs of a-z and 0-9.

    The same as ``re.findall("[a-z0-9]+", folded)``, four times as fast: every other
    character (a non-ASCII one first made "?") becomes a space, and the text is split.
    """
    return folded.encode("ascii", "replace").translate(_TO_SPACE).decode("ascii").split()


def sure_keys(pattern: str) -> frozenset[str] | None:
    """
    Keys (first four letters) one of which a word of every match of *pattern* starts with.

    None when no such keys are sure (the pattern must then be tried on every text).
    """
    found = _anchors(pattern)
    if not all(keys for _, keys, _ in found):
        return None
    return frozenset(key for _, keys, _ in found for key in keys)


def word_keys(words: Iterable[str]) -> frozenset[str]:
    """The keys a cue index files words under: their first four letters."""
    return frozenset(map(_KEY, words))


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

    The text is the longest run of plain characters outside groups ("" if none is sure), or,
    when that gives no key, the longest that gives a key of four letters. The keys are the
    first four letters of each word of the run that surely starts a word of the match and is
    at least four letters long, longest word first; failing those, of each shorter word that
    is surely a whole word.
    """
    literal, keys, _ = _anchor(cue)
    return literal, keys


# What a cue is indexed by: its plain text, its keys, and where every match starts, counted
# back from the plain text (None when that is not sure).
_Anchor = tuple[str, tuple[str, ...], "int | None"]


def _anchor(cue: str) -> _Anchor:
    """:func:`anchor`, and where every match of *cue* starts before its plain text."""
    runs = _runs(cue)
    depth = 0
    for char in cue.replace("\\\\", "").replace("\\|", "").replace("\\(", "").replace("\\)", ""):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            return "", (), None
    if not runs:
        return "", (), None
    # The longest run; a shorter one that gives a key of a long word when the longest gives
    # none ("\\bthree (?:joint )?communiqu": "three", under "thre").
    found = [_run_anchor(cue, *run) for run in runs]
    longest = max(found, key=lambda a: len(a[0]))
    keyed = [a for a in found if any(len(key) == _KEY_LENGTH for key in a[1])]
    return longest if longest[1] or not keyed else max(keyed, key=lambda a: len(a[0]))


def _run_anchor(cue: str, begin: int, end: int, run: str) -> _Anchor:
    """The plain text, keys and lead of the run ``cue[begin:end]`` (see :func:`_anchor`)."""
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
    # A run that only zero-width assertions come before starts every match ("\\bto discuss":
    # the match is tried where "to discuss" is found, not at every offset of the text).
    lead = len(run) - len(run.lstrip()) if _ZERO_WIDTH.fullmatch(cue[:begin]) else None
    return literal, tuple(dict.fromkeys(word[:_KEY_LENGTH] for word in words)), lead


_ZERO_WIDTH = re.compile(r"(?:\\b|\^)*")


_WHOLE = re.compile(r"\\b(?:\(\?:)?((?:[a-z0-9]+\|)*[a-z0-9]+)\)?\\b")
# A stem and its endings: "\burg(?:e|es|ed|ing)\b", "\bthank(?:s|ed)?\b".
_ENDINGS = re.compile(r"\\b([a-z0-9]+)\(\?:((?:[a-z0-9]+\|)*[a-z0-9]+)\)(\??)\\b")


def _whole_words(pattern: str) -> list[str]:
    r"""
    The words of a cue that is whole words only, or [].

    "\bshould\b", "\b(?:a|b)\b", a stem and its endings "\burg(?:e|es)\b".
    """
    found = _WHOLE.fullmatch(pattern)
    if found is not None and pattern.startswith("\\b(?:") == pattern.endswith(")\\b"):
        return found.group(1).split("|")
    endings = _ENDINGS.fullmatch(pattern)
    if endings is not None:
        stem, optional = endings.group(1), endings.group(3)
        words = [stem + ending for ending in endings.group(2).split("|")]
        return [stem, *words] if optional else words
    return []


def _edges(pattern: str, start: int, end: int) -> tuple[str, str]:
    r"""
    The word boundaries around the group ``pattern[start:end + 1]``.

    "\b" before it, "\b" or a space after it, which make its alternatives whole words.
    """
    before = pattern[max(0, start - 2) : start]
    prefix = "\\b" if before == "\\b" else "^" if before.endswith("^") and start <= 1 else ""
    after = pattern[end + 1 : end + 3]
    suffix = "\\b" if after == "\\b" else " " if after[:1] == " " else ""
    return prefix, suffix


def _anchors(pattern: str) -> list[_Anchor]:
    r"""
    What to index *pattern* by.

    Its own plain text and keys (see :func:`anchor`), or, when it has no sure word, those of
    the alternatives of a group every match passes through ("\b(?:held|had) talks" is
    indexed under "held" and under "had"); an alternation ("a|b") by those of each
    alternative.
    """
    return [found for _, found in _parts(pattern)]


# Where a pattern refers back to a group: cut into parts, its groups would count otherwise.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _parts(pattern: str) -> list[tuple[str, _Anchor]]:
    r"""
    *pattern* as the patterns of its alternatives, each with what to index it by.

    A text holds a match of *pattern* exactly when it holds a match of one of them: "a|b" is
    "a" and "b"; "\b(?:held|had) talks", indexed by its group (see :func:`_anchors`), is
    "\bheld talks" and "\bhad talks". Each part is a shorter pattern that opens with plain
    text more often, which Python's regular expressions find faster than the whole.
    """
    bars, balanced = _structure(pattern)
    if bars and balanced:  # "a|b": each alternative by its own anchors
        ends = [-1, *bars, len(pattern)]
        return [found for a, b in itertools.pairwise(ends) for found in _parts(pattern[a + 1 : b])]
    plain, keys, lead = _anchor(pattern)
    if any(len(key) == _KEY_LENGTH for key in keys):
        return [(pattern, (plain, keys, lead))]
    # No key of a long word: the plain text is short words ("to", "in"), found in most texts;
    # a group of alternatives as long is rarer ("\bto (?:discuss|review)": "discuss").
    best: list[tuple[str, _Anchor]] = [(pattern, (plain, keys, lead))]
    shortest = 0
    whole = _BACKREFERENCE.search(pattern) is not None  # parts would renumber the groups
    for start, end in _groups(pattern):
        if not pattern.startswith("(?:", start):
            continue
        inner = pattern[start + 3 : end]
        bars, balanced = _structure(inner)
        if not balanced or not bars:
            continue
        prefix, suffix = _edges(pattern, start, end)
        ends = [-1, *bars, len(inner)]
        alternatives = [inner[a + 1 : b] for a, b in itertools.pairwise(ends)]
        found = [_anchor(f"{prefix}{alternative}{suffix}") for alternative in alternatives]
        # Alternatives with keys; failing any, with a plain text longer than the pattern's own
        # ("\b(?:19|20)\d\d\b": "19" and "20", found quicker than a match tried everywhere).
        keyed = all(keys for _, keys, _ in found)
        length = min(len(p) for p, _, _ in found)
        weak = not any(len(key) == _KEY_LENGTH for key in best[0][1][1])
        if (keyed and length > shortest) or (weak and length >= len(best[0][1][0])):
            # A group that only zero-width assertions come before starts every match.
            starts = _ZERO_WIDTH.fullmatch(pattern[:start]) is not None
            best = [
                (
                    pattern if whole else f"{pattern[:start]}{alternative}{pattern[end + 1 :]}",
                    (p, k, lead if starts else None),
                )
                for alternative, (p, k, lead) in zip(alternatives, found, strict=True)
            ]
            shortest = length if keyed else shortest
    return best


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
        return _leading_group(pattern)
    bars, balanced = _structure(inner)
    if not balanced:  # "(?:a)b(?:c)": the first group does not wrap the pattern
        return _leading_group(pattern)
    ends = [-1, *bars, len(inner)]
    return [f"{edge}{inner[a + 1 : b]}{edge}" for a, b in itertools.pairwise(ends)]


def _groups(pattern: str) -> list[tuple[int, int]]:
    """The top-level groups of *pattern* that every match passes through (not optional)."""
    found = []
    depth, escaped, in_class, opened = 0, False, False, 0
    for position, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            if depth == 0:
                opened = position
            depth += 1
        elif char == ")":
            depth -= 1
            after = pattern[position + 1 : position + 2]
            if depth == 0 and after not in {"?", "*", "{", "+"}:
                found.append((opened, position))
    return found


def _leading_group(pattern: str) -> list[str]:
    r"""
    The alternatives of the most telling group that every match passes through.

    In "\b(?:in|at) the (?:meeting|call)\b", "meeting" or "call" (longer than "in" or "at").
    [pattern] if no such group is sure.
    """
    best: list[str] = [pattern]
    best_length = len(anchor(pattern)[0]) if not _structure(pattern)[0] else 0
    for start, end in _groups(pattern):
        if not pattern.startswith("(?:", start):
            continue
        inner = pattern[start + 3 : end]
        bars, balanced = _structure(inner)
        if not balanced or not bars:
            continue
        ends = [-1, *bars, len(inner)]
        prefix, suffix = _edges(pattern, start, end)
        alternatives = [f"{prefix}{inner[a + 1 : b]}{suffix}" for a, b in itertools.pairwise(ends)]
        plains = [anchor(alternative)[0] for alternative in alternatives]
        if "" in plains:
            continue
        if min(map(len, plains)) > best_length:
            best, best_length = alternatives, min(map(len, plains))
    return best


def any_of(pattern: str) -> tuple[str, ...]:
    r"""
    Plain texts one of which every match of *pattern* contains; () if no such list is sure.

    A pattern that is an alternation ("a|b", "\b(?:phone|video)\b"), or opens with a group of
    alternatives ("\b(?:held|had) talks"), gives the plain text of each alternative; a quick
    ``any(text in line for text in any_of(pattern))`` then rules
    out most lines without running the pattern.
    """
    found = [anchor(alternative)[0] for alternative in _alternatives(pattern)]
    return () if "" in found else tuple(dict.fromkeys(found))


# A word's key: its first four letters.
_KEY = operator.itemgetter(slice(0, _KEY_LENGTH))


# A cue: its label, its plain text, its pattern (None when the plain text is all of it), and
# where every match starts before the plain text (-1: anywhere before it).
Cue = tuple[str, str, "re.Pattern[str] | None", int]


def _searchable(pattern: str, plain: str, lead: int) -> tuple[str, int]:
    r"""
    A pattern with the matches of *pattern* that is fast to search, and its lead (see Cue).

    Python's regular expressions skip ahead to a pattern's opening text when searching, but
    not past a leading "\b". A pattern that opens with its plain text is searched as it is
    (lead -1); one that opens with "\b" and its plain text is searched with the "\b" moved
    into a lookbehind after the text ("said(?<=\bsaid)..."), which matches the same. Any
    other is tried where its plain text stands (see :func:`_add_found`).
    """
    if lead != 0 or not plain:
        return pattern, lead
    if pattern.startswith(plain):
        after, source = len(plain), pattern
    elif pattern.startswith(f"\\b{plain}"):
        after = 2 + len(plain)
        source = f"{plain}(?<=\\b{plain}){pattern[after:]}"
    else:
        return pattern, lead
    if pattern[after : after + 1] in _QUANTIFIER_STARTS:
        return pattern, lead  # the plain text's last letter is quantified: keep to the text
    return source, -1


_QUANTIFIER_STARTS = frozenset("?*+{")


def _branch_searchable(pattern: str) -> str:
    r"""
    *pattern* with a leading "\b(?:...)" moved into each alternative after its first letter.

    "\b(?:held|had) talks" is searched as "(?:h(?<=\bh)eld|h(?<=\bh)ad) talks", which matches
    the same: Python's regular expressions then skip to the offsets that hold one of the first
    letters, where the leading "\b" made them try every offset. A pattern of another shape is
    given back as it is.
    """
    if not pattern.startswith("\\b(?:"):
        return pattern
    groups = _groups(pattern)
    if not groups or groups[0][0] != 2:
        return pattern  # the group is optional or repeated: it may not open the match
    close = groups[0][1]
    inner = pattern[5:close]
    bars, balanced = _structure(inner)
    if not balanced:
        return pattern
    ends = [-1, *bars, len(inner)]
    alternatives = [inner[a + 1 : b] for a, b in itertools.pairwise(ends)]
    if not all(
        alternative[:1].isascii()
        and alternative[:1].isalnum()
        and alternative[1:2] not in _QUANTIFIER_STARTS
        for alternative in alternatives
    ):
        return pattern  # an alternative opens with no plain letter of its own
    moved = "|".join(f"{a[0]}(?<=\\b{a[0]}){a[1:]}" for a in alternatives)
    return f"(?:{moved}){pattern[close + 1 :]}"


_PLAIN = operator.itemgetter(1)  # a cue's plain text


def _add_found(sentence: str, cues: Iterable[Cue], labels: set[str]) -> None:
    r"""
    Add to *labels* the label of each of *cues* found in *sentence*, which holds their texts.

    A cue with no pattern is its plain text; one with a lead is tried where its plain text
    stands, not at every offset (a leading "\b" keeps Python's regular expressions from
    skipping ahead to the text themselves); any other is searched.
    """
    for label, plain, pattern, lead in cues:
        if label in labels:
            continue
        if pattern is None:
            labels.add(label)
        elif lead < 0:
            if pattern.search(sentence) is not None:
                labels.add(label)
        else:
            at = sentence.find(plain)
            while at != -1:
                if at >= lead and pattern.match(sentence, at - lead):
                    labels.add(label)
                    break
                at = sentence.find(plain, at + 1)


def _rarest(keys: Iterable[str], usual: frozenset[str], shared: Counter[str]) -> str:
    """The key of *keys* that the fewest words start, out of the *usual* ones if it can be."""
    ranked = iter(keys)
    best = next(ranked)
    best_rank = (best in usual, shared[best])
    for key in ranked:  # the first of equals: the longest word
        rank = (key in usual, shared[key])
        if rank < best_rank:
            best, best_rank = key, rank
    return best


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
    #: Cues that are whole words ("\bshould\b"): word -> labels.
    words: dict[str, tuple[str, ...]]
    whole_words: frozenset[str]  # the keys of `words`

    @classmethod
    def of(cls, labelled: tuple[tuple[str, str], ...], common: Iterable[str] = ()) -> CueIndex:
        """
        The index of *labelled* patterns.

        A cue is filed under one of its words that is not among the *common* words of the
        texts (``with``, ``that``) if it has one.
        """
        # Each cue as its parts (see _parts): one of them matches where the cue does.
        anchored = [
            (label, part, plain, keys, -1 if lead is None else lead)
            for label, pattern in labelled
            for part, (plain, keys, lead) in _parts(pattern)
        ]
        # Each cue is filed under the key that starts the fewest words of all the cues: a word
        # that many cues share ("countries", "the") is a common word of the texts too.
        shared = Counter(
            word[:_KEY_LENGTH] for _, _, plain, _, _ in anchored for word in _TOKEN.findall(plain)
        )
        usual = word_keys(common)
        index: dict[str, list[Cue]] = {}
        always = []
        words: dict[str, set[str]] = {}
        compiled_of: dict[str, re.Pattern[str]] = {}
        for label, part, *_ in anchored:
            # "\bshould\b", "\b(?:must|should)\b": whole words, found among a text's words.
            for word in _whole_words(part):
                words.setdefault(word, set()).add(label)
        anchored = [cue for cue in anchored if not _whole_words(cue[1])]
        for label, pattern, plain, keys, anchor_lead in anchored:
            compiled: re.Pattern[str] | None = None
            lead = anchor_lead
            if plain != pattern:
                source, lead = _searchable(pattern, plain, anchor_lead)
                if lead < 0:
                    source = _branch_searchable(source)
                compiled = compiled_of.setdefault(source, re.compile(source))
            cue = (label, plain, compiled, lead)
            if keys:
                index.setdefault(_rarest(keys, usual, shared), []).append(cue)
            else:
                always.append(cue)
        return cls(
            {k: tuple(v) for k, v in index.items()},
            tuple(always),
            frozenset(index),
            {word: tuple(sorted(labels)) for word, labels in words.items()},
            frozenset(words),
        )

    def labels_of(
        self,
        sentences: Sequence[str],
        words: Sequence[frozenset[str]] | None = None,
        keys: Sequence[frozenset[str]] | None = None,
    ) -> list[set[str]]:
        """
        The labels with a pattern found in each of the casefolded *sentences*.

        *words* and *keys*, if given, are each sentence's words as :func:`tokens` finds them
        and their keys (:func:`word_keys`), worked out once for several indexes.
        """
        found: list[set[str]] = [set() for _ in sentences]
        if not sentences:
            return found
        self.add_unindexed(sentences, found)
        cues_by_key, whole = self.index, self.words
        if words is None:
            words = [frozenset(tokens(s)) for s in sentences]
        if keys is None:
            keys = [word_keys(w) for w in words]
        for sentence, labels, sentence_words, sentence_keys in zip(
            sentences, found, words, keys, strict=True
        ):
            for word in self.whole_words.intersection(sentence_words):
                labels.update(whole[word])
            # The cues filed under the sentence's keys whose plain text it holds, picked out
            # in C: no Python step per cue, the commonest test at the lowest cost.
            filed = list(
                itertools.chain.from_iterable(
                    map(cues_by_key.__getitem__, self.keys.intersection(sentence_keys))
                )
            )
            holding = map(operator.contains, itertools.repeat(sentence), map(_PLAIN, filed))
            _add_found(sentence, itertools.compress(filed, holding), labels)
        return found

    def add_unindexed(self, sentences: Sequence[str], found: list[set[str]]) -> None:
        """Add the labels of the unindexed cues (:attr:`always`) to *found*."""
        if len(sentences) == 1:
            sentence = sentences[0]
            _add_found(sentence, [cue for cue in self.always if cue[1] in sentence], found[0])
            return
        if not self.always:
            return
        # An unindexed cue is looked for once in the whole text, then in the sentences that
        # hold its plain part.
        joined = "\n".join(sentences)
        starts = []
        at = 0
        for sentence in sentences:
            starts.append(at)
            at += len(sentence) + 1
        for cue in self.always:
            plain = cue[1]
            at = joined.find(plain)
            while at != -1:
                index = bisect.bisect_right(starts, at) - 1
                _add_found(sentences[index], (cue,), found[index])
                at = joined.find(plain, starts[index] + len(sentences[index]) + 1)


#: After a publisher on its line, the others it names: "From: Foreign, Commonwealth &
#: Development Office and The Rt Hon Dominic Raab MP" (GOV.UK). For IGNORECASE patterns.
CO_PUBLISHERS = (
    r"(?:\s*(?:,|\band\b|&)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,6})*"
)


def label_prefix(labels: Iterable[str]) -> str:
    """
    An optional label and its colon before a line's text: "From: " of "From: Foreign Office".

    *labels* are lowercase patterns, matched with IGNORECASE.
    """
    return rf"(?:(?:{'|'.join(labels)})\s*:\s*)?"


def alternation(words: Iterable[str]) -> str:
    """
    A pattern matching any of *words* (plain texts), longest first, shaped as a trie.

    A plain alternation ("said|says|stated|...") makes the regex engine try every word at
    every offset; a trie ("s(?:a(?:id|ys)|tated)") tries one branch per character, which is
    many times faster for the hundreds of reporting verbs.
    """
    return _trie(sorted(set(words)))


def _trie(words: list[str]) -> str:
    """A pattern matching any of *words*, as a trie: one branch tried per character."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return pattern(tree)


@attrs.frozen
class PlainIndex:
    """
    Patterns, each tried only on a text that holds one of its plain texts (see :func:`any_of`).

    The plain texts of all the patterns are found in one scan (a trie-shaped pattern); a
    pattern with no sure plain text is tried on every text.
    """

    patterns: tuple[re.Pattern[str], ...]
    scan: re.Pattern[str] | None
    by_plain: dict[str, tuple[int, ...]]  # plain text -> the patterns (numbers) it allows
    always: tuple[int, ...]

    @classmethod
    def of(cls, patterns: Sequence[str]) -> PlainIndex:
        by_plain: dict[str, set[int]] = {}
        always = []
        for number, pattern in enumerate(patterns):
            plains = any_of(pattern)
            if not plains:
                always.append(number)
            for plain in plains:
                by_plain.setdefault(plain, set()).add(number)
        texts = sorted(by_plain, key=len, reverse=True)
        # A plain text inside another one is found with it: "phone" in "telephone".
        closure = {
            plain: tuple(sorted(set().union(*(by_plain[p] for p in texts if p in plain))))
            for plain in texts
        }
        return cls(
            tuple(re.compile(p) for p in patterns),
            re.compile(_trie(texts)) if texts else None,
            closure,
            tuple(always),
        )

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns worth trying on *text*: those whose plain text it holds."""
        numbers = set(self.always)
        if self.scan is not None:
            for found in self.scan.findall(text):
                numbers.update(self.by_plain[found])
        return [self.patterns[n] for n in sorted(numbers)]
