"""
Descriptions: which person "the Secretary", "the top US diplomat" or "Iran's senior diplomat" is.

A description is a determiner ("the", "his") or a possessive country ("Iran's"), then title or
description words, then a head ("minister", "FM", "side", "diplomat"), maybe "of <country>".
It names the one person among those who may be meant whose country fits and whose titles hold
the head; a generic head ("side", "diplomat", "dignitary") fits anyone of the country. When
several fit, the one the text is already about (the current speaker) is meant; otherwise none.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import attr
import attrs

from afdiplo._data import read_json, region_countries
from afdiplo._patterns import alternation
from afdiplo._people import spelled, title_words
from afdiplo.exceptions import DataFileError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from afdiplo._people import PersonDraft
    from afdiplo.gazetteer import Gazetteer

__all__ = ["Describer", "Description", "describer"]

_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’-]*"
_WORD = re.compile(r"[a-z0-9]+")


@attrs.frozen
class Description:
    """A description found in a text: its offsets, head, words and country."""

    start: int
    end: int
    head: str
    words: frozenset[str]
    country: str | None
    #: Where its title starts, after a determiner or an owner ("Prime Minister" of "The Prime
    #: Minister", "senior diplomat" of "Iran's senior diplomat").
    title_start: int


# The lowercase letters every determiner of a description starts with ("their": "the").
_DETERMINERS = ("the", "his", "her", "its")


def _occurrences(text: str, word: str) -> list[int]:
    """Where *word* stands in *text*."""
    found = []
    at = text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


# Heads that, before "of the delegation" (a side's word), name the group's leader.
_LEADERS = frozenset({"head", "leader", "chief"})
# A title written short opening a sentence, before a lowercase word: "EAM conveyed ...".
_SHORT_OPENING = re.compile(r"[\s\"“]*(?P<title>[A-Z][A-Z/]{1,5})\s+(?=[a-z])")
_PHRASES_KEPT = 1 << 12
_PHRASE_WORD = re.compile(r"[#@]?[A-Za-z][\w.'’-]*")


# attr.s, not attrs.frozen: mypyc compiles a field with options in this spelling only
# (CONTRIBUTING.md, "Compiled modules").
@attr.s(auto_attribs=True, frozen=True, slots=True)
class Describer:
    """Finds descriptions in text and resolves them to people."""

    pattern: re.Pattern[str]  # "the top US diplomat", "his Chinese counterpart"
    owned: re.Pattern[str]  # "Iran's senior diplomat"
    head_words: frozenset[str]  # a word every description holds
    generic: frozenset[str]
    expansions: dict[str, str]
    countries: dict[str, str]  # casefolded country word -> country
    title_countries: dict[str, str]
    heads: tuple[str, ...]
    relays: frozenset[str]
    visitors: frozenset[str]  # words of a description of the visitor ("visiting", "guest")
    hosts: frozenset[str]  # words of a description of the one who receives them ("host")
    #: What :meth:`country_of` found, by phrase (bounded by _PHRASES_KEPT): phrases recur.
    countries_of: dict[str, str | None] = attr.ib(factory=dict, init=False, eq=False, repr=False)

    def find(
        self, text: str, start: int, end: int, words: frozenset[str] | None = None
    ) -> list[Description]:
        """
        The descriptions in ``text[start:end]``.

        *words*, the words of the text casefolded, if known, rule most texts out quickly.
        """
        segment = text[start:end]
        if words is None:
            words = frozenset(_WORD.findall(segment.casefold()))
        if self.head_words.isdisjoint(words):
            return []  # the commonest case: no head, no description
        matches = self.determined(text, start, end, segment)
        if "'s" in segment or "’s" in segment:
            matches += self.owned.finditer(text, start, end)
        found = []
        for match in matches:
            head = match.group("head").casefold()
            group = match.group("group") or match.group("bare_group")
            if group is not None and head in _LEADERS:
                head = group.casefold()  # "the head of the delegation": its leader
            body = match.group("body") or ""
            words = title_words(f"{body} {head}")
            country = None
            owner = match.groupdict().get("owner")
            for part in (owner, match.group("of"), body):
                country = country or self.country_of(part)
            found.append(
                Description(match.start(), match.end(), head, words, country, match.start("body"))
            )
        return sorted(found, key=lambda description: description.start)

    def determined(self, text: str, start: int, end: int, segment: str) -> list[re.Match[str]]:
        """
        The matches of :attr:`pattern` in ``text[start:end]`` (*segment*), left to right.

        Tried only where a determiner's letters stand ("the", "his", "her", "its", in any
        case): searching for the pattern itself tries it at every offset, many times slower.
        """
        lowered = segment.lower()
        if len(lowered) != len(segment):  # lowering moved the offsets: search it all
            return list(self.pattern.finditer(text, start, end))
        offsets = sorted(
            at for determiner in _DETERMINERS for at in _occurrences(lowered, determiner)
        )
        found = []
        reached = 0  # where the last match ended, in the segment: matches do not overlap
        for at in offsets:
            if at < reached:
                continue
            match = self.pattern.match(text, start + at, end)
            if match is not None:
                found.append(match)
                reached = match.end() - start
        return found

    def find_bare(self, text: str, start: int, end: int) -> list[Description]:
        """A description without a determiner ("foreign minister" in ", says foreign minister")."""
        words = title_words(text[start:end])
        heads = [h for h in self.heads if set(h.split()) <= words]
        if not heads:
            return []
        head = max(heads, key=len)
        return [Description(start, end, head, words, self.country_of(text[start:end]), start)]

    def find_short(self, text: str, start: int, end: int) -> list[Description]:
        """A title written short with no name, ``text[start:end]`` ("EAM" in "EAM said")."""
        short = text[start:end].casefold()
        if short not in self.expansions:
            return []
        words = title_words(text[start:end])
        return [Description(start, end, short, words, self.country_of(text[start:end]), start)]

    def find_opening_short(self, text: str, start: int, end: int) -> list[Description]:
        """A title written short opening ``text[start:end]``, no name after it ("EAM met")."""
        opening = _SHORT_OPENING.match(text, start, end)
        return [] if opening is None else self.find_short(text, *opening.span("title"))

    def is_visitor(self, description: Description) -> bool:
        """Whether a description names the visitor of a meeting ("the visiting dignitary")."""
        return not self.visitors.isdisjoint(description.words)

    def is_host(self, description: Description) -> bool:
        """Whether a description names the host of a meeting ("the host")."""
        return not self.hosts.isdisjoint(description.words)

    def is_relay(self, description: Description) -> bool:
        """Whether a description names a relaying role ("the ministry spokesman")."""
        return description.head in self.relays

    def country_of(self, phrase: str | None) -> str | None:
        """The first country word of *phrase*, or the country its title words give."""
        if not phrase:
            return None
        known = self.countries_of
        if phrase in known:
            return known[phrase]
        if len(known) >= _PHRASES_KEPT:
            known.clear()
        found = known[phrase] = self.find_country(phrase)
        return found

    def find_country(self, phrase: str) -> str | None:
        """:meth:`country_of`, worked out."""
        words = _PHRASE_WORD.findall(phrase)
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                chunk = " ".join(words[i : i + size]).lstrip("#@").casefold()
                chunk = chunk.removesuffix("'s").removesuffix("’s")
                name = self.countries.get(chunk) or self.title_countries.get(chunk)
                if name:
                    return name
        return None

    def resolve(  # noqa: PLR0913 - the description, who may be meant, and three hints
        self,
        description: Description,
        people: dict[str, PersonDraft],
        pools: Sequence[Sequence[str]],
        current: str | None,
        *,
        own: str | None = None,
        visitor: str | None = None,
        besides: str | None = None,
    ) -> tuple[str | None, bool]:
        """
        The person *description* names, and whether anyone fits at all.

        The person is the first in the first pool where any fits. ``(None, False)`` is a
        description of someone outside the pools ("the Secretary-General of the United
        Nations"), ``(None, True)`` one that fits several.

        Args:
            description: What was found.
            people: Everyone found, by key.
            pools: Keys of who may be meant, most likely first (the call's participants,
                then every participant).
            current: Who the text is about just now (the current speaker), or None.
            own: Of several that fit, the one meant if it is among them: the publisher's own
                official, on a government's page ("The Foreign Minister underlined ..." on
                Pakistan's page, where two foreign ministers spoke).
            visitor: For a description of the visitor ("the visiting dignitary", "the
                guest"; see :meth:`is_visitor`), who visits, if the text says: the one meant
                if they fit.
            besides: Someone the description is said not to be, if another fits: the last
                speaker, when the turn passes ("The Foreign Minister, for his part, ...").
        """
        if besides is not None:
            others = [[k for k in pool if k != besides] for pool in pools]
            key, fits = self.resolve(description, people, others, None, own=own, visitor=visitor)
            if key is not None:
                return key, fits
        head = self.expansions.get(description.head, description.head)
        if visitor is not None and self.fits(description, head, people[visitor], loose=True):
            return visitor, True
        if (
            current is not None
            and head != "counterpart"
            and self.fits(description, head, people[current])
        ):
            # The current speaker, unless another's titles fit closer ("the Deputy Prime
            # Minister" after the acting prime minister spoke).
            rivals = [
                k
                for k in (pools[0] if pools else ())
                if k != current and self.fits(description, head, people[k])
            ]
            if current in _closest(description, [current, *rivals], people):
                return current, True
        return self.in_pools(description, head, people, pools, current=current, own=own)

    def in_pools(  # noqa: PLR0913 - as resolve, with the head spelled out
        self,
        description: Description,
        head: str,
        people: dict[str, PersonDraft],
        pools: Sequence[Sequence[str]],
        *,
        current: str | None,
        own: str | None,
    ) -> tuple[str | None, bool]:
        """:meth:`resolve` in the first pool where any fits, past the hints."""
        for pool in pools:
            fitting = [k for k in pool if self.fits(description, head, people[k], loose=True)]
            of_country = [k for k in fitting if people[k].country == description.country]
            unknown = [k for k in fitting if people[k].country is None and not people[k].words]
            if (
                description.country is not None
                and len(of_country) == 1
                and head != "counterpart"
                and not unknown
            ):
                return of_country[0], True  # "the NATO Chief": the one NATO official
            if head == "counterpart":
                fitting = [k for k in fitting if k != current]
            elif head.rsplit(maxsplit=1)[-1] not in self.generic:
                titled = [k for k in fitting if self.fits(description, head, people[k])]
                fitting = _closest(description, titled, people) or [
                    k for k in fitting if not people[k].words
                ]
            else:
                # "The envoy" fits every diplomat; the one whose title says "envoy" is meant.
                literal = [k for k in fitting if _head_words(head) <= people[k].words]
                fitting = literal if len(literal) == 1 else fitting
            if len(fitting) > 1 and own in fitting:
                return own, True
            if len(fitting) > 1 and description.country is None and head != "counterpart":
                # "Foreign Minister Dar met Afghan Foreign Minister Muttaqi. The Foreign
                # Minister said": the one whose title the text gave no country is meant.
                unmarked = [k for k in fitting if not people[k].stated]
                fitting = unmarked if len(unmarked) == 1 else fitting
            if fitting:
                return (fitting[0] if len(fitting) == 1 else None), True
        return None, False

    def fits(
        self, description: Description, head: str, person: PersonDraft, *, loose: bool = False
    ) -> bool:
        """
        Whether *person* may be meant by *description* under *head*.

        A relay never; the country must agree; the head must stand in the person's titles
        unless it is generic ("side") or *loose* is set.
        """
        if person.relay:
            return False
        if description.country is not None and person.country not in {description.country, None}:
            return False
        if description.country is not None and person.country is None and not loose:
            return False
        if loose or head.rsplit(maxsplit=1)[-1] in self.generic:
            return True
        return _head_words(head) <= person.words


@functools.lru_cache(maxsize=1 << 10)
def _head_words(head: str) -> frozenset[str]:
    """The words of a description's head as titles are compared ("adviser" of "advisor")."""
    return frozenset(map(spelled, head.split()))


def _closest(
    description: Description, keys: list[str], people: dict[str, PersonDraft]
) -> list[str]:
    """
    Of *keys*, whose titles hold the head, those whose titles hold most of its words.

    "The Deputy Prime Minister" is the deputy, not the acting prime minister.
    """
    if len(keys) < 2:  # one or none: nothing to choose between
        return keys
    shared = [len(description.words & people[k].words) for k in keys]
    most = max(shared)
    return [k for k, count in zip(keys, shared, strict=True) if count == most]


@functools.cache
def describer(gazetteer: Gazetteer) -> Describer:
    """The describer for *gazetteer*'s countries and the bundled title vocabulary."""
    titles = read_json("lexicons", "titles.json")
    try:
        # "the Taliban administration's top diplomat": a country's side owns the title too.
        sides = alternation(read_json("lexicons", "speech.json")["country_sides"])
        heads = [h.casefold() for h in titles["heads"] + titles["description_heads"]]
        # "His Excellency" alone: the person named with that form of address.
        heads += sorted(
            {n.casefold() for n in (*titles["styles"].values(), *titles["styles_short"].values())}
        )
        heads += [a.casefold() for a in titles["abbreviations"]]
        modifiers = [m.casefold() for m in titles["modifiers"]]
        expansions = {k.casefold(): v.casefold() for k, v in titles["abbreviations"].items()}
        title_countries = {
            **region_countries(),
            **{k.casefold(): v for k, v in titles["title_countries"].items()},
        }
        generic = frozenset(h.casefold().split()[-1] for h in titles["description_heads"])
        visitors = frozenset(w.casefold() for w in titles["visitor_words"])
        hosts = frozenset(w.casefold() for w in titles["host_words"])
    except (KeyError, TypeError, AttributeError) as err:
        msg = (
            "expected heads, modifiers and abbreviations in data/lexicons/titles.json, and "
            f"country_sides in speech.json ({err!r})"
        )
        raise DataFileError(msg) from err
    countries: dict[str, str] = {}
    for country in gazetteer.countries:
        for word in (country.name, *country.aliases, *country.demonyms):
            countries.setdefault(word.casefold(), country.name)
    body_word = rf"(?:(?i:{alternation(modifiers)})|#?{_CAPITALISED})"
    rest = (
        rf"(?P<body>(?:{body_word}\s+){{0,5}}?)"
        rf"(?P<head>(?i:{alternation(heads)}))\b(?!['’]s)"
        # "the head of the Afghan delegation", "the leader of the delegation": a side's word
        # after the country, or alone.
        rf"(?:\s+of\s+(?:the\s+)?(?:(?P<of>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}})"
        rf"(?:\s+(?P<group>(?i:{sides}))\b)?|(?P<bare_group>(?i:{sides}))\b))?"
    )
    pattern = re.compile(rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+{rest}")
    owned = re.compile(
        rf"(?P<owner>{_CAPITALISED}(?:\s{_CAPITALISED})?(?:\s(?:{sides}))?)['’]s\s+{rest}"
    )
    # The last run of letters of each head: what the words of a text hold when it holds one.
    head_words = frozenset(re.findall(r"[a-z0-9]+", h)[-1] for h in heads)
    relays = frozenset(h.casefold() for h in titles["relay_heads"])
    return Describer(
        pattern,
        owned,
        head_words,
        generic,
        expansions,
        countries,
        title_countries,
        tuple(heads),
        relays,
        visitors,
        hosts,
    )
