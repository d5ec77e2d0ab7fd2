"""
Who held an office of a country on a day, from ``data/gazetteers/offices.tsv``.

A government's page may name its own principal by office alone: "The Prime Minister spoke to
Prime Minister Imran Khan" on 10 Downing Street's page, "The Secretary-General spoke today
with ..." on the United Nations'. The page's country, the office and the call's day say who
that was; stage 4 uses it for a call with one named side (see ``_extract``).
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from afdiplo._data import read_tsv
from afdiplo._people import office_words
from afdiplo.exceptions import DataFileError

__all__ = ["Term", "holder", "terms"]


@attrs.frozen
class Term:
    """One holder's term of one office: from *start* to *end* (not included; None: open)."""

    office: str
    #: The office words of its title and of each alias (see office_words).
    words: tuple[frozenset[str], ...]
    country: str
    name: str
    start: dt.date
    end: dt.date | None


@functools.cache
def terms() -> tuple[Term, ...]:
    """The terms of ``offices.tsv``."""
    columns = ("office", "aliases", "country", "name", "start", "end")
    rows = read_tsv("gazetteers", "offices.tsv", columns=columns)
    try:
        return tuple(
            Term(
                row["office"],
                tuple(
                    office_words(title)
                    for title in (row["office"], *filter(None, row["aliases"].split("|")))
                ),
                row["country"],
                row["name"],
                dt.date.fromisoformat(row["start"]),
                dt.date.fromisoformat(row["end"]) if row["end"] else None,
            )
            for row in rows
        )
    except ValueError as err:
        msg = f"expected ISO dates (YYYY-MM-DD) in data/gazetteers/offices.tsv ({err})"
        raise DataFileError(msg) from err


def holder(title: str, country: str, day: dt.date) -> Term | None:
    """
    The term on *day* of the office of *country* whose title or an alias is *title*.

    Its words as a whole (:func:`office_words`), not some of them: "the Minister" is none of
    the offices the table lists, as a government has many ministers. None when no office has
    them, or no one's term covers the day.
    """
    words = office_words(title)
    offices = {t.office for t in terms() if t.country == country and words in t.words}
    if len(offices) != 1:
        return None
    return next(
        (
            t
            for t in terms()
            if t.country == country
            and t.office in offices
            and t.start <= day
            and (t.end is None or day < t.end)
        ),
        None,
    )
