"""
Who is who: the people and countries the parser knows by name.

The default gazetteer ships with the package (``data/gazetteers/people.tsv`` and
``countries.tsv``). Pass your own to :func:`afdiplo.parse`, or extend the default with
:meth:`Gazetteer.with_people`.
People in no gazetteer are still found from their titles in the text; the gazetteer adds
canonical spellings and countries.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import attrs
from attrs.validators import deep_iterable, instance_of, min_len, optional

from afdiplo._data import read_tsv, read_tsv_text
from afdiplo.exceptions import DataFileError

__all__ = ["Country", "Gazetteer", "Person"]

_PEOPLE_COLUMNS = ("name", "country", "aliases")
_COUNTRY_COLUMNS = ("country", "demonyms", "aliases", "capitals")
_strings = deep_iterable(instance_of(str), instance_of(tuple))
_non_empty = attrs.validators.and_(instance_of(str), min_len(1))


def _strings_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _people_tuple(value: Iterable[Person]) -> tuple[Person, ...]:
    return tuple(value)


def _countries_tuple(value: Iterable[Country]) -> tuple[Country, ...]:
    return tuple(value)


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


@attrs.frozen(kw_only=True)
class Person:
    """
    A person the gazetteer knows.

    Attributes:
        name: The canonical spelling, used as :attr:`afdiplo.Participant.name`.
        country: The country the person speaks for (for an international official, the
            organisation: "United Nations", "European Union", "NATO"), or None.
        aliases: Other full spellings ("Sergei Lavrov" for "Sergey Lavrov"); surnames and
            family names alone are matched without being listed.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_non_empty)
    country: str | None = attrs.field(default=None, validator=optional(instance_of(str)))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings_tuple, validator=_strings)


@attrs.frozen(kw_only=True)
class Country:
    """
    A country, with the words English text uses for it.

    Attributes:
        name: The English short name as English-language news writes it ("United States").
        demonyms: Adjectives used before titles ("American", "U.S.").
        aliases: Other names for the country ("USA", "America").
        capitals: Capitals used for the government ("Washington").

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_non_empty)
    demonyms: tuple[str, ...] = attrs.field(
        default=(), converter=_strings_tuple, validator=_strings
    )
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings_tuple, validator=_strings)
    capitals: tuple[str, ...] = attrs.field(
        default=(), converter=_strings_tuple, validator=_strings
    )


@attrs.frozen(kw_only=True, cache_hash=True)
class Gazetteer:
    """
    The people and countries the parser knows.

    Attributes:
        people: Known people with their spellings.
        countries: Known countries with their demonyms, aliases and capitals.

    .. versionadded:: 0.1.0
    """

    people: tuple[Person, ...] = attrs.field(converter=_people_tuple)
    countries: tuple[Country, ...] = attrs.field(converter=_countries_tuple)

    @classmethod
    def default(cls) -> Gazetteer:
        """
        Return the gazetteer that ships with afdiplo.

        Raises:
            DataFileError: A bundled file is missing or malformed.

        .. versionadded:: 0.1.0
        """
        return _default()

    @classmethod
    def from_files(
        cls, *, people: str | Path | None = None, countries: str | Path | None = None
    ) -> Gazetteer:
        """
        Build a gazetteer from TSV files laid out like the bundled ones.

        Args:
            people: A TSV file with columns ``name``, ``country``, ``aliases``; None keeps
                the bundled people.
            countries: A TSV file with columns ``country``, ``demonyms``, ``aliases``,
                ``capitals``; None keeps the bundled countries.

        Raises:
            DataFileError: A file cannot be read or does not have the expected columns.

        .. versionadded:: 0.1.0
        """
        base = _default()
        return cls(
            people=_people(_read(people, _PEOPLE_COLUMNS)) if people else base.people,
            countries=(
                _countries(_read(countries, _COUNTRY_COLUMNS)) if countries else base.countries
            ),
        )

    def with_people(self, *people: Person) -> Gazetteer:
        """
        Return a copy that also knows *people*; an entry with a known name replaces it.

        .. versionadded:: 0.1.0
        """
        names = {p.name for p in people}
        kept = tuple(p for p in self.people if p.name not in names)
        return attrs.evolve(self, people=kept + people)

    def person(self, spelling: str) -> Person | None:
        """
        Return the person spelled *spelling* (any known full spelling), or None.

        .. versionadded:: 0.1.0
        """
        return _index(self).people.get(spelling.casefold())

    def country(self, word: str) -> str | None:
        """
        Return the country *word* names: a short name, alias, demonym or capital; or None.

        .. versionadded:: 0.1.0
        """
        return _index(self).countries.get(word.casefold())


@attrs.frozen
class _Index:
    people: dict[str, Person]
    countries: dict[str, str]


@functools.cache
def _index(gazetteer: Gazetteer) -> _Index:
    people: dict[str, Person] = {}
    for person in gazetteer.people:
        for spelling in (person.name, *person.aliases):
            people.setdefault(spelling.casefold(), person)
    countries: dict[str, str] = {}
    for country in gazetteer.countries:
        for word in (country.name, *country.aliases, *country.demonyms, *country.capitals):
            countries.setdefault(word.casefold(), country.name)
    return _Index(people, countries)


def _read(path: str | Path, columns: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        msg = f"expected a readable UTF-8 TSV file at {path}, found none ({err})"
        raise DataFileError(msg) from err
    return read_tsv_text(text, name=str(path), columns=columns)


def _people(rows: tuple[dict[str, str], ...]) -> tuple[Person, ...]:
    return tuple(
        Person(
            name=r["name"].strip(),
            country=r["country"].strip() or None,
            aliases=_split(r["aliases"]),
        )
        for r in rows
        if r["name"].strip()
    )


def _countries(rows: tuple[dict[str, str], ...]) -> tuple[Country, ...]:
    return tuple(
        Country(
            name=r["country"].strip(),
            demonyms=_split(r["demonyms"]),
            aliases=_split(r["aliases"]),
            capitals=_split(r["capitals"]),
        )
        for r in rows
        if r["country"].strip()
    )


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer(
        people=_people(read_tsv("gazetteers", "people.tsv", columns=_PEOPLE_COLUMNS)),
        countries=_countries(read_tsv("gazetteers", "countries.tsv", columns=_COUNTRY_COLUMNS)),
    )
