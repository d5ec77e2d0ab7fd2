"""
Whose account a readout is: the country whose government or media published it.

The outlet the layout found (:attr:`Readout.outlet <afdiplo.Readout.outlet>`) is looked up in
``data/gazetteers/outlets.tsv``; failing that, the page's own cues (``data/formats/sources.json``)
are looked for in its first and last lines only, so that the cost does not grow with the text.
The ways are tried as a cascade of named strategies, most reliable first; a country read from a
cue rather than from a named outlet is reported by a ``source.from-cue`` diagnostic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from afdiplo._data import Outlet, outlets, read_json
from afdiplo._extract import DiagnosticDraft
from afdiplo._patterns import alternation
from afdiplo._segment import BODY
from afdiplo.exceptions import DataFileError
from afdiplo.model import Severity

if TYPE_CHECKING:
    from afdiplo._segment import Layout
    from afdiplo.gazetteer import Gazetteer

__all__ = ["Outlet", "Source", "find_source", "outlets", "page_outlet"]

#: How many segments at each end of the page are read for cues.
EDGE = 8
#: Segments that are other pages' or pictures' text, never the page's own name.
FOREIGN_KINDS = frozenset({"caption", "duplicate", "related"})
#: A line longer than this is a paragraph, never a page's name or a credit.
LONGEST_NAME_LINE = 150
#: How many of the first body paragraphs may open with a dateline or a readout's opening.
OPENING_PARAGRAPHS = 2
_OPENING_CHARS = 120
_DATELINE_CHARS = 80  # a dateline's agency comes this early in its paragraph

# Characters trimmed from both ends of a line before it is looked up.
_TRIM = " <>|*-\u2013\u2014[]{}:;.,()\"'!?/"
# A dateline: a place, perhaps a country and a date, then the agency in brackets or slashes
# (BEIJING, Aug 19 (Reuters); MOSCOW, July 22. /TASS/.; Tehran (IP); SAMARKAND, Uzbekistan,
# April 13 (Xinhua)).
_DATELINE_CREDIT = re.compile(
    r"[A-Z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}(?: \[[A-Za-z ]+\])?"
    r"(?:, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\.? ?"
    r"[(/](?P<who>[A-Za-z][A-Za-z .'-]{0,30}?)[)/]"
)
# How a paragraph's first word may be written: "the", "The", "THE".
_CASES = (str.lower, str.capitalize, str.upper)
# " in Kabul", " to the United Nations": the place of an embassy or a mission.
_PLACE = re.compile(r" (?:in|to|at) ")


class Source(NamedTuple):
    """What :func:`find_source` decided: the country, and a note when a cue decided it."""

    country: str | None
    diagnostic: DiagnosticDraft | None


class _Found(NamedTuple):
    country: str
    span: tuple[int, int]
    cue: str  # what the cue is, for the diagnostic


class _Cues(NamedTuple):
    outlets: dict[str, Outlet]  # by casefolded name and alias
    credit_firsts: frozenset[str]  # the first characters of the credits
    credit_starts: tuple[str, ...]
    credit_head: re.Pattern[str]
    credit_ends: tuple[str, ...]
    government: re.Pattern[str]
    bodies: dict[str, tuple[str, ...]]  # the bodies by their first word
    marks: dict[str, tuple[str, str]]  # text -> (country, what)
    openings: tuple[tuple[str, str, str], ...]  # (text, country, what), longest first
    opening_words: tuple[str, ...]  # their first words, as written at a paragraph's start
    titles: tuple[tuple[str, str, str], ...]


# A short line at one end of the page: its offsets, its kind and its lookup key (casefolded and
# trimmed, without the credit words around a name). Plain tuples: there may be a dozen a page.
_Line = tuple[int, int, str, str]


class _Page:
    """What the strategies read; the page's ends are worked out once, when first needed."""

    __slots__ = ("_bodies", "_lines", "cues", "gazetteer", "layout", "outlet", "text")

    def __init__(
        self, text: str, layout: Layout, outlet: str | None, gazetteer: Gazetteer, cues: _Cues
    ) -> None:
        self.text = text
        self.layout = layout
        self.outlet = outlet
        self.gazetteer = gazetteer
        self.cues = cues
        self._lines: list[_Line] | None = None
        self._bodies: list[tuple[int, int]] = []

    def lines(self) -> list[_Line]:
        """The short lines among the first and last :data:`EDGE` segments."""
        if self._lines is None:
            self._read_ends()
        return self._lines or []

    def bodies(self) -> list[tuple[int, int]]:
        """The body paragraphs among the first and last :data:`EDGE` segments."""
        if self._lines is None:
            self._read_ends()
        return self._bodies

    def _read_ends(self) -> None:
        segments = self.layout.segments
        if len(segments) > 2 * EDGE:
            segments = segments[:EDGE] + segments[-EDGE:]
        text, cues = self.text, self.cues
        lines: list[_Line] = []
        for segment in segments:
            start, end, kind = segment.start, segment.end, segment.kind
            if kind == BODY:
                self._bodies.append((start, end))
            if end - start <= LONGEST_NAME_LINE and kind not in FOREIGN_KINDS:
                key = _key(text[start:end], cues)
                if key:
                    lines.append((start, end, kind, key))
        self._lines = lines


def _texts(data: dict[str, object], key: str) -> tuple[tuple[str, str, str], ...]:
    entries = data[key]
    if not isinstance(entries, list):
        msg = f"expected a list of {key} in data/formats/sources.json, found {entries!r}"
        raise DataFileError(msg)
    return tuple((e["text"].casefold(), e["country"], e["what"]) for e in entries)


@functools.cache
def _cues() -> _Cues:
    data = read_json("formats", "sources.json")
    by_name: dict[str, Outlet] = {}
    for outlet in outlets():
        for word in (outlet.name, *outlet.aliases):
            by_name.setdefault(word.casefold(), outlet)
    try:
        # A line is trimmed before its credits are looked for: "(c)" is looked for as "c)".
        credit_words = [c.casefold().lstrip(_TRIM) for c in data["credits"]]
        credit_ends = tuple(c.casefold() for c in data["credit_ends"])
        bodies = [b.casefold() for b in data["bodies"]]
        openings = tuple(sorted(_texts(data, "openings"), key=lambda o: -len(o[0])))
        marks = {text: (country, what) for text, country, what in _texts(data, "marks")}
        titles = _texts(data, "titles")
    except (KeyError, TypeError, AttributeError) as err:
        msg = (
            "expected credits, credit_ends, bodies, marks, openings and titles in "
            f"data/formats/sources.json ({err!r})"
        )
        raise DataFileError(msg) from err
    heads = alternation(credit_words)
    government = re.compile(
        # "russian foreign ministry", "embassy of the people's republic of china",
        # "ministry of foreign affairs, islamabad", "u.s. embassy"
        rf"(?:the )?(?P<adj>(?:[^ ,]+ ){{0,3}}?)(?:{alternation(bodies)})"
        r"(?: of (?P<of>[^,]{2,80}))?(?:, (?P<tail>[^,]{2,60}))?"
    )
    return _Cues(
        outlets=by_name,
        credit_firsts=frozenset(c[0] for c in credit_words),
        credit_starts=tuple(credit_words),
        credit_head=re.compile(
            # Credits, and years ("copyright (c) 2008-2021"), before the name; a credit ends
            # a word ("by", not the "by" of "byline").
            rf"(?:(?:{heads})(?![a-z])[\s:.,|()-]*|\d{{4}}(?:\s*[-\u2013]\s*\d{{4}})?[\s:.,|-]+)+"
        ),
        credit_ends=credit_ends,
        government=government,
        bodies={
            head: tuple(b for b in bodies if b.split(" ", 1)[0] == head)
            for head in {b.split(" ", 1)[0] for b in bodies}
        },
        marks=marks,
        openings=openings,
        opening_words=tuple(sorted({f(o[0].split(" ", 1)[0]) for o in openings for f in _CASES})),
        titles=titles,
    )


def _key(line: str, cues: _Cues) -> str:
    """*line* casefolded and trimmed, without the credit words around a name."""
    key = line.casefold().strip(_TRIM)
    # Credits before the name: source: xinhua; c) 2021 xinhua; by ani | published: ...
    if key[:1] in cues.credit_firsts and key.startswith(cues.credit_starts):
        head = cues.credit_head.match(key)
        if head:
            key = key[head.end() :]
            bar = key.find(" | ")
            key = key if bar < 0 else key[:bar]
            if key.endswith(cues.credit_ends):
                for end in cues.credit_ends:
                    key = key.removesuffix(end).rstrip(_TRIM)
            key = key.strip(_TRIM)
    return key


def _country(words: str, gazetteer: Gazetteer) -> str | None:
    """The country *words* name ("the people's republic of china", "government of india")."""
    place = _PLACE.search(words)
    if place is not None:  # "china in brunei darussalam": the country is before the place
        words = words[: place.start()]
    words = words.strip(_TRIM).removeprefix("government of ").removeprefix("the ")
    found = gazetteer.country(words)
    if found is None and " " in words:
        parts = words.rsplit(" ", 2)
        found = gazetteer.country(" ".join(parts[-2:])) or gazetteer.country(parts[-1])
    return found


def _without_place(key: str, gazetteer: Gazetteer) -> str:
    """*key* without a closing place ("... in the Republic of Nepal", "... to the UN")."""
    if " in " not in key and " to " not in key and " at " not in key:
        return key
    place = _PLACE.search(key)
    if place is None:
        return key
    rest = key[place.end() :]
    # A place is a country or capital, or one or two words ("Kolkata", "Hong Kong"): not the
    # rest of a headline ("in Kabul condemns attack").
    if rest.count(" ") <= 1 or _country(rest, gazetteer) is not None:
        return key[: place.start()]
    return key


# The strategies, each a way to tell the country.


def named_outlet(page: _Page) -> _Found | None:
    """The outlet the layout found, when the table knows it: "CGTN", "Xinhua"."""
    if page.outlet is None:
        return None
    outlet = page.cues.outlets.get(page.outlet.casefold())
    if outlet is None:
        return None
    return _Found(outlet.country, page.layout.outlet or (0, 0), "")


def dateline_credit(page: _Page) -> _Found | None:
    """An agency credited by a dateline: "MOSCOW, July 22. /TASS/.", "Tehran (IP)-"."""
    table, text = page.cues.outlets, page.text
    for start, end in page.bodies()[:OPENING_PARAGRAPHS]:
        stop = min(end, start + _DATELINE_CHARS)
        if text.find("(", start, stop) < 0 and text.find("/", start, stop) < 0:
            continue
        match = _DATELINE_CREDIT.match(text, start, stop)
        outlet = table.get(match.group("who").strip().casefold()) if match else None
        if match and outlet is not None:
            return _Found(
                outlet.country, match.span("who"), f"the dateline's credit to {outlet.name}"
            )
    return None


def closing_credit(page: _Page) -> _Found | None:
    """An agency credited in brackets after the story's last sentence: "... region. (ANI)"."""
    bodies = page.bodies()
    if not bodies:
        return None
    text = page.text
    start, end = bodies[-1]
    while end > start and text[end - 1].isspace():
        end -= 1
    opening = text.rfind("(", max(start, end - 40), end) if text[end - 1 : end] == ")" else -1
    if opening < 0:
        return None
    before = opening
    while before > start and text[before - 1].isspace():
        before -= 1
    if before > start and text[before - 1] not in ".!?\"'":
        return None  # a bracket of the sentence: "the World Health Organization (WHO)."
    outlet = page.cues.outlets.get(text[opening + 1 : end - 1].strip().casefold())
    if outlet is None:
        return None
    return _Found(outlet.country, (opening + 1, end - 1), f"the closing credit to {outlet.name}")


def credited_outlet(page: _Page) -> _Found | None:
    """A line naming a known outlet or government body: "Source: Xinhua", "APP", "© ..."."""
    table = page.cues.outlets
    for start, end, _kind, key in page.lines():
        outlet = table.get(key)
        if outlet is not None:
            return _Found(outlet.country, (start, end), f"a line naming {outlet.name}")
    return None


def _names_a_body(key: str, bodies: dict[str, tuple[str, ...]]) -> bool:
    """Whether a body's name starts among the first four words of *key* ("the u.s. embassy")."""
    for word in key.split(" ", 4)[:4]:
        for body in bodies.get(word, ()):
            if body in key:
                return True
    return False


def government_line(page: _Page) -> _Found | None:
    """A line naming a government body of a country: "Embassy of the Republic of Kenya"."""
    cues, gazetteer = page.cues, page.gazetteer
    for start, end, _kind, key in page.lines():
        tail = key.rfind(", government of ")  # "press information department, government of x"
        country = _country(key[tail + 2 :], gazetteer) if tail > 0 else None
        if country is None and _names_a_body(key, cues.bodies):
            name = _without_place(key, gazetteer)
            outlet = cues.outlets.get(name)  # "embassy of the people's republic of china"
            if outlet is not None:
                return _Found(outlet.country, (start, end), f"a line naming {outlet.name}")
            match = cues.government.fullmatch(name)
            named = (match.group("of"), match.group("adj"), match.group("tail")) if match else ()
            country = next(filter(None, (_country(n, gazetteer) for n in named if n)), None)
        if country is not None:
            return _Found(country, (start, end), "a line naming a government body")
    return None


def page_mark(page: _Page) -> _Found | None:
    """A line of one government's pages: "Suggest To A Friend", "Home > China News"."""
    marks = page.cues.marks
    for start, end, kind, key in page.lines():
        mark = marks.get(key)
        if mark is None and kind == "breadcrumb":
            sections = (marks.get(section.strip(_TRIM)) for section in key.split(">"))
            mark = next((found for found in sections if found is not None), None)
        if mark is not None:
            return _Found(mark[0], (start, end), mark[1])
    return None


def readout_opening(page: _Page) -> _Found | None:
    """How one government's readouts open: "The following is attributable to Spokesperson"."""
    cues, text = page.cues, page.text
    for start, end in page.bodies()[:OPENING_PARAGRAPHS]:
        if not text.startswith(cues.opening_words, start):
            continue
        head = text[start : min(end, start + _OPENING_CHARS)].casefold()
        for opening, country, what in cues.openings:
            if head.startswith(opening):
                return _Found(country, (start, start + len(opening)), what)
    return None


def title_wording(page: _Page) -> _Found | None:
    """A wording only one government's titles use: "High Representative/Vice-President"."""
    if page.layout.title is None:
        return None
    begin, stop = page.layout.title
    title = page.text[begin:stop].casefold()
    for phrase, country, what in page.cues.titles:
        where = title.find(phrase)
        if where >= 0:
            return _Found(country, (begin + where, begin + where + len(phrase)), what)
    return None


def place_line(page: _Page) -> _Found | None:
    """
    A line that is a capital alone, a government's page's place ("Islamabad" above its date).

    Pakistan's, India's and other ministries end a release with the capital it was issued in.
    """
    if not any(segment.kind == "timestamp" for segment in page.layout.segments):
        return None  # the place goes with the page's date line
    for start, end, kind, _ in page.lines():
        if kind in {BODY, "dateline"}:
            continue  # ("ISLAMABAD:" opens a news report, which any outlet may file there)
        line = page.text[start:end].strip()
        found = page.gazetteer.country(line) if line[:1].isupper() else None
        capitals = (c.capitals for c in page.gazetteer.countries if c.name == found)
        if found is not None and line.casefold() in map(str.casefold, next(capitals, ())):
            return _Found(found, (start, end), f"the page's place line, {line}, a capital")
    return None


#: The ways to tell whose account a readout is, most reliable first.
SOURCE_STRATEGIES: tuple[Callable[[_Page], _Found | None], ...] = (
    named_outlet,  # the outlet the layout found: "CGTN", "Xinhua"
    dateline_credit,  # "MOSCOW, July 22. /TASS/.", "Tehran (IP)-"
    closing_credit,  # "... in its Xinjiang region. (ANI)"
    credited_outlet,  # "Source: Xinhua", "By APP", a line "Ministry of External Affairs"
    government_line,  # "Embassy of the People's Republic of China in Nepal"
    page_mark,  # "Suggest To A Friend", "Home > China News"
    readout_opening,  # "The following is attributable to Spokesperson Ned Price:"
    title_wording,  # "High Representative/Vice-President Josep Borrell holds ..."
    place_line,  # "Islamabad" on its own line, by the page's date
)


def page_outlet(text: str, layout: Layout, names: dict[str, str]) -> str | None:
    """The outlet the layout found: its name in *names* (casefolded alias: name), or as written."""
    if layout.outlet is None:
        return None
    written = " ".join(text[slice(*layout.outlet)].split())
    return layout.outlet_name or names.get(written.casefold(), written)


def find_source(text: str, layout: Layout, outlet: str | None, gazetteer: Gazetteer) -> Source:
    """
    Tell whose account the readout is: the country of its outlet or of the page's cues.

    Args:
        text: The normalised text.
        layout: What segmentation found.
        outlet: The outlet's name as the readout reports it, or None.
        gazetteer: The countries that cues name ("Embassy of the Republic of Kenya").
    """
    page = _Page(text, layout, outlet, gazetteer, _cues())
    for strategy in SOURCE_STRATEGIES:
        found = strategy(page)
        if found is None:
            continue
        if strategy is named_outlet:
            return Source(found.country, None)
        quoted = " ".join(text[slice(*found.span)].split())
        note = DiagnosticDraft(
            "source.from-cue",
            f"took the source country {found.country} from {quoted!r} ({strategy.__name__}: "
            f"{found.cue}); no known outlet is named",
            found.span,
            Severity.INFO,
        )
        return Source(found.country, note)
    return Source(None, None)
