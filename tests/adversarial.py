"""
Adversarial inputs for the linear-cost tests, generated from the parser's own vocabulary.

A *phrase* is any text the parser looks for: every string of the bundled lexicons and formats
(cues, title words, honorifics, verbs, ...), every name, demonym, alias and capital of the
gazetteers, and examples of every pattern the normalisation, date and segmentation stages
compile (date phrases, timestamps, datelines, sentence ends, markup): one for each option of
each of its branches, and its first, second and third choices throughout.
A string of a data file that holds regular-expression syntax is a pattern, and gives its
examples instead of itself.

Each phrase gives families of texts (see :func:`families`): the phrase repeated alone, as
written and capitalised; alternated with a second phrase; before a new name each time; and
between two new names, a sentence each time. The names are made of the gazetteer's given names
and surnames. Everything is read when the tests run, so a phrase added to a data file or a
pattern added to a stage is covered without a change here.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import json
import random
import re
from collections.abc import Iterator
from typing import Any

import attrs

try:  # Python 3.11 and later
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

NEWLINE = "\n"
#: The stages whose module-level patterns give phrases.
PATTERN_MODULES = ("afdiplo._normalize", "afdiplo._dates", "afdiplo._segment")
#: Regular-expression syntax that plain text in the data files does not hold.
_SYNTAX = ("\\", "(?", "[", "|", "?", "*", "+", "{")
#: Examples of a pattern with the same choice everywhere: the first options, the second, ...
_VARIANTS = 3
#: Characters tried for a negated class, in order.
_OUTSIDE = "xa1 .-"
_CATEGORY = {"CATEGORY_DIGIT": "1", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " "}
_NOT_CATEGORY = {"CATEGORY_NOT_DIGIT": "a", "CATEGORY_NOT_WORD": " ", "CATEGORY_NOT_SPACE": "a"}


@attrs.frozen
class Phrase:
    """
    Something the parser looks for, as a text to repeat.

    Attributes:
        text: The phrase.
        source: Where it comes from: a data file and the keys to the string
            ("lexicons/en.json:title_heads"), or a module and its pattern
            ("afdiplo._dates:DATE_PHRASE"); what stands before the first ":" is its origin.
        separator: What stands between repetitions: a line break after a pattern of whole
            lines, else a space.
    """

    text: str
    source: str
    separator: str = " "


@attrs.frozen
class Family:
    """
    A text made of one piece repeated, or of pieces with a new name between each two.

    Attributes:
        name: Shape and phrase, unique among the families.
        source: The source of the phrase (see :class:`Phrase`).
        shape: "alone", "capitalised", "alternated", "names" or "name-pairs".
        parts: One repetition: these, with the next name of :func:`names` between each two.
        offset: The number of the first name used.
    """

    name: str
    source: str
    shape: str
    parts: tuple[str, ...]
    offset: int = 0

    def repeats(self, chars: int) -> int:
        """How many repetitions make about *chars* characters."""
        people = names()
        mean_name = sum(map(len, people)) / len(people)
        length = sum(map(len, self.parts)) + (len(self.parts) - 1) * mean_name
        return max(1, round(chars / length))

    def text(self, repeats: int) -> str:
        """The parts *repeats* times, every name new until the names run out."""
        if len(self.parts) == 1:
            return self.parts[0] * repeats
        people = names()
        between = len(self.parts) - 1
        pieces: list[str] = []
        for repeat in range(repeats):
            first = self.offset + repeat * between
            for number, part in enumerate(self.parts[:-1]):
                pieces += [part, people[(first + number) % len(people)]]
            pieces.append(self.parts[-1])
        return "".join(pieces)


# --- examples of patterns ---------------------------------------------------------------------


class _Example:
    """
    One text for a parsed pattern: at each choice, option number *variant* (cycling), except
    at the one branch *chosen* names (its identity and the option to take there).
    """

    def __init__(self, variant: int, chosen: tuple[int, int] | None = None) -> None:
        self.variant = variant
        self.chosen = chosen
        self.groups: dict[int, str] = {}

    def pick(self, options: list[Any], node: object = None) -> Any:
        if self.chosen is not None and self.chosen[0] == id(node):
            return options[self.chosen[1]]
        return options[self.variant % len(options)]

    def sequence(self, items: Any) -> str:
        return "".join(self.item(op, value) for op, value in items)

    def item(self, op: Any, value: Any) -> str:  # noqa: C901, PLR0911 - one return an opcode
        name = str(op)
        if name == "LITERAL":
            return chr(value)
        if name in {"NOT_LITERAL", "ANY"}:
            return next(c for c in _OUTSIDE if ord(c) != value)
        if name == "IN":
            return self.character_class(value)
        if name == "BRANCH":
            return self.sequence(self.pick(value[1], value))
        if name == "SUBPATTERN":
            group, *_, items = value
            found = self.sequence(items)
            if group is not None:
                self.groups[group] = found
            return found
        if name == "ATOMIC_GROUP":
            return self.sequence(value)
        if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, high, items = value
            # Optional parts are in the first example, out of the second, and so on.
            count = max(low, 1) if self.variant % 2 == 0 else low
            return "".join(self.sequence(items) for _ in range(min(count, high)))
        if name == "GROUPREF":
            return self.groups.get(value, "")
        if name == "GROUPREF_EXISTS":
            group, yes, no = value
            return self.sequence(yes if group in self.groups else (no or []))
        return ""  # AT (anchors, \b), ASSERT and ASSERT_NOT: no text of their own

    def character_class(self, items: Any) -> str:
        if items and str(items[0][0]) == "NEGATE":
            return next(c for c in _OUTSIDE if not _in_class(c, items[1:]))
        chars: list[str] = []
        for op, value in items:
            name = str(op)
            if name == "LITERAL":
                chars.append(chr(value))
            elif name == "RANGE":
                chars.append(chr(value[0]))
            elif name == "CATEGORY":
                chars.append(_CATEGORY.get(str(value)) or _NOT_CATEGORY.get(str(value), "a"))
        return self.pick(chars) if chars else "a"


def _in_class(char: str, items: Any) -> bool:
    for op, value in items:
        name = str(op)
        if (
            (name == "LITERAL" and ord(char) == value)
            or (name == "RANGE" and value[0] <= ord(char) <= value[1])
            or (name == "CATEGORY" and re.fullmatch(_category_pattern(str(value)), char))
        ):
            return True
    return False


def _category_pattern(category: str) -> str:
    return {
        "CATEGORY_DIGIT": r"\d",
        "CATEGORY_NOT_DIGIT": r"\D",
        "CATEGORY_WORD": r"\w",
        "CATEGORY_NOT_WORD": r"\W",
        "CATEGORY_SPACE": r"\s",
        "CATEGORY_NOT_SPACE": r"\S",
    }.get(category, r"\w")


def _branches(items: Any) -> Iterator[tuple[object, int]]:
    """Every branch of a parsed pattern (the parser's own object) and its number of options."""
    for op, value in items:
        name = str(op)
        if name == "BRANCH":
            yield value, len(value[1])
            for option in value[1]:
                yield from _branches(option)
        elif name == "SUBPATTERN":
            yield from _branches(value[-1])
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            yield from _branches(value[2])
        elif name == "ATOMIC_GROUP":
            yield from _branches(value)


def examples(pattern: re.Pattern[str]) -> list[str]:
    """
    Texts for *pattern*: one for each option of each of its branches ("a|b", "(?:x|y)"), and
    its first, second and third choices everywhere.

    Texts that the pattern matches are kept; when none does (a lookahead the walk does not
    honour), the first text stands for the pattern.
    """
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    walks = [_Example(variant) for variant in range(_VARIANTS)]
    walks += [
        _Example(0, (id(node), option))
        for node, options in _branches(parsed)
        for option in range(options)
    ]
    texts = list(dict.fromkeys(text for walk in walks if (text := walk.sequence(parsed).strip())))
    return [t for t in texts if pattern.search(t)] or texts[:1]


def _is_whole_line(pattern: re.Pattern[str]) -> bool:
    return pattern.pattern.startswith("^") or pattern.pattern.endswith("$")


# --- the phrases ------------------------------------------------------------------------------


def _data_files() -> Iterator[tuple[str, str]]:
    """Each bundled data file: its path under data/ and its text."""
    root = importlib.resources.files("afdiplo") / "data"
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                stack.append((entry, f"{prefix}{entry.name}/"))
            elif entry.name.endswith((".json", ".tsv")):
                yield f"{prefix}{entry.name}", entry.read_text(encoding="utf-8")


def _json_strings(value: object, where: str, *, record: bool = False) -> Iterator[tuple[str, str]]:
    """
    The strings of a JSON document and where each is; the keys of nested mappings too
    ("state councilor" in country_only_titles), not those of records in lists ("pattern").
    """
    if isinstance(value, str):
        yield value, where
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item, where, record=True)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in {"_meta", "description", "doc"}:
                continue
            if where and not record and isinstance(item, (str, list)):
                yield key, where
            yield from _json_strings(item, f"{where}:{key}" if where else key)


def _tsv_strings(text: str) -> Iterator[tuple[str, str]]:
    """Every cell of a gazetteer (several spellings split at "|"), with its column."""
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header, *body = rows
    for row in body:
        for column, cell in zip(header, row, strict=False):
            for spelling in cell.split("|"):
                if spelling.strip():
                    yield spelling.strip(), column


def _pattern_phrases(pattern: re.Pattern[str], source: str) -> list[Phrase]:
    separator = "\n" if _is_whole_line(pattern) else " "
    return [Phrase(text, source, separator) for text in examples(pattern)]


def _string_phrases(text: str, source: str) -> list[Phrase]:
    if any(mark in text for mark in _SYNTAX):
        try:
            pattern = re.compile(text)
        except re.error:
            pass
        else:
            return _pattern_phrases(pattern, source)
    return [Phrase(text, source)]


# Lists that copy another file's phrases: the names of people.tsv, by their pronoun.
_COPIES = frozenset({"lexicons/pronouns.json:he", "lexicons/pronouns.json:she"})


@functools.cache
def phrases() -> tuple[Phrase, ...]:
    """Every phrase of the data files and the stages' patterns, each text once, in order."""
    found: list[Phrase] = []
    for path, content in _data_files():
        strings = (
            _json_strings(json.loads(content), "")
            if path.endswith(".json")
            else _tsv_strings(content)
        )
        for text, where in strings:
            if f"{path}:{where}" in _COPIES:
                continue
            found += _string_phrases(text, f"{path}:{where}")
    for module_name in PATTERN_MODULES:
        module = importlib.import_module(module_name)
        for attribute, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                found += _pattern_phrases(value, f"{module_name}:{attribute}")
    unique = {(p.text, p.separator): p for p in reversed(found) if p.text.strip()}
    return tuple(reversed(unique.values()))


@functools.cache
def names() -> tuple[str, ...]:
    """
    Names of people, most of them unknown: each given name of the gazetteer's people with
    each surname, in an order drawn with a fixed seed.

    The few that are the gazetteer's own people are spread evenly, so that a text of four
    times as many names has about four times as many people the parser knows.
    """
    people = [p for p in phrases() if p.source == "gazetteers/people.tsv:name"]
    words = [p.text.split() for p in people if " " in p.text]
    given = list(dict.fromkeys(w[0] for w in words))
    family = list(dict.fromkeys(w[-1] for w in words))
    found = [f"{first} {last}" for first in given for last in family]
    random.Random(17).shuffle(found)  # noqa: S311 - an order of test inputs, not a secret
    return tuple(found)


def _capitalised(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


@functools.cache
def families() -> tuple[Family, ...]:
    """
    Every family of every phrase, in the order of :func:`phrases`.

    - alone: the phrase, repeated.
    - capitalised: the phrase with each word capitalised, repeated (when that differs).
    - alternated: the phrase and a second one, repeated; the second is the phrase half the
      list away, so that most pairs join phrases of two sources.
    - names: the phrase capitalised, each time before another name (:func:`names`), as a
      title stands before a name: one long sentence.
    - name-pairs: sentences of the phrase between two names, new ones in each ("Abdulaziz
      Kamilov met Abdulla Shahid."): as many people, and calls, as sentences.
    """
    every = phrases()
    found: list[Family] = []
    for index, phrase in enumerate(every):
        sep, text = phrase.separator, phrase.text
        other = every[(index + len(every) // 2) % len(every)]
        title = _capitalised(text)
        shapes = {
            "alone": (text + sep,),
            "capitalised": (title + sep,) if title != text else (),
            "alternated": (f"{text}{sep}{other.text}{sep}",),
            "names": (f"{title}{sep}", sep),
            "name-pairs": ("", f" {text} ", f".{sep}"),
        }
        found += [
            Family(
                f"{shape}:{text!r}{' (lines)' if sep == NEWLINE else ''}",
                phrase.source,
                shape,
                parts,
                offset=index,
            )
            for shape, parts in shapes.items()
            if parts
        ]
    return tuple(found)


def origin(family: Family) -> str:
    """The data file or module a family's phrase comes from."""
    return family.source.split(":", 1)[0]


def sample(every: tuple[Family, ...]) -> list[Family]:
    """
    A family of each origin (data file or module) and a family of each shape, drawn with a
    fixed seed: a few seconds of timing each, where all of them take an hour.

    The draw changes when the vocabulary does, and stays the same from one run to the next.
    """
    rng = random.Random(17)  # noqa: S311 - a sample of test inputs, not a secret
    by_origin: dict[str, list[Family]] = {}
    by_shape: dict[str, list[Family]] = {}
    for family in every:
        by_origin.setdefault(origin(family), []).append(family)
        by_shape.setdefault(family.shape, []).append(family)
    chosen = [rng.choice(by_origin[key]) for key in sorted(by_origin)]
    chosen += [rng.choice(by_shape[key]) for key in sorted(by_shape)]
    return list(dict.fromkeys(chosen))
