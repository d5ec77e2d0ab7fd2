"""
Finding date phrases and turning them into dates.

Candidate phrases are found by small patterns. A day number next to a month name ("19 August",
"Oct. 26") is read directly; any other phrase is handed to dateparser, short, with explicit
settings (English, a fixed reference date, never the wall clock) and a cache. dateparser is
imported on first use, so ``import afdiplo`` stays fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

import attrs

from afdiplo._patterns import MONTH

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "DATE_PHRASE",
    "MONTH_PHRASE",
    "PERIOD_PHRASE",
    "RELATIVE_PHRASE",
    "DateReading",
    "date_phrases",
    "month_of",
    "parse_day",
    "parse_timestamp",
    "resolve",
    "resolve_month",
    "resolve_period",
    "resolve_relative",
]

_MONTH_NAMES = (
    *("january", "february", "march", "april", "may", "june", "july"),
    *("august", "september", "october", "november", "december"),
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night)"

#: A phrase naming the day of a call: "On 19 August", "on August 16, 2021", "on Monday",
#: "On the evening of January 4", "on the 15th of September". Group ``day`` holds the date or
#: weekday itself.
DATE_PHRASE = re.compile(
    rf"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his)\s+)?(?:the\s+{_PART}\s+of\s+)?(?:the\s+(?=\d))?"
    rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}(?:,?\s+(?P<year1>\d{{4}}))?"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?P<year2>\d{{4}}))?"
    rf"|(?P<weekday>{_WEEKDAY})(?:\s+{_PART})?)\b"
    # (Never matched: the groups of NUMERIC_PHRASE, so that a match of either has them all.)
    r"(?:(?!)(?P<numeric>)(?P<ordinal>))?"
)
#: The day of a call in numbers, a :data:`DATE_PHRASE` of its own (searched apart, where a
#: year in numbers or "the" and a digit stand): "2022-06-07", "07.06.2022", "7/6/2022" (day
#: first but where the numbers say), and a day of the month alone, "on the 7th", its month the
#: publication date's (not "on the 20th anniversary": a mark or a preposition follows).
NUMERIC_PHRASE = re.compile(
    r"\b(?:[Oo]n\s+)?(?:(?P<numeric>\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"|(?<=[Oo]n the\s)(?P<ordinal>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
    r"(?=[,.;:)]|\s*$|\s+(?:in|at|and|when|with|during|as|after|before|to|for)\b))\b"
    # (Never matched: the groups of DATE_PHRASE.)
    r"(?:(?!)(?P<day>)(?P<year1>)(?P<year2>)(?P<weekday>))?"
)
_ON = re.compile(r"^(?:[Oo]n|[Ll]ast|[Tt]his)\s")
#: "today", "yesterday", "this morning", "last night", "two days ago": a call's day relative to the
#: publication date. Only the sentence that reports the call is searched for these, as
#: statements use them loosely.
RELATIVE_PHRASE = re.compile(
    r"\b(?P<relative>(?:the\s+day\s+before\s+)?yesterday|today|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)|(?:two|three|four|five|six|[2-6])\s+days\s+ago)\b",
    re.IGNORECASE,
)
# How many days before the publication date each of them is (the others: that day).
_DAYS_BEFORE = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}
# "two days ago", "3 days ago": the count of days, in words or figures.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: "last month", "earlier this week", "over the weekend": a period, not a day, counted from
#: the publication date. As for RELATIVE_PHRASE, only the sentence that reports the call is
#: searched.
PERIOD_PHRASE = re.compile(
    r"\b(?:(?:earlier|later|early|late)\s+)?"
    r"(?:(?P<which>this|last|past)\s+(?P<unit>weekend|week|month)"
    r"|(?P<which_the>over|at|during)\s+the\s+(?P<unit_the>weekend))\b",
    re.IGNORECASE,
)
#: "in August", "Earlier in August 2021": a month, not a day (a month's full name after "in").
MONTH_PHRASE = re.compile(
    r"\b[Ii]n\s+(?:early\s+|late\s+|mid-)?(?P<month>January|February|March|April|May|June|July"
    r"|August|September|October|November|December)(?:\s+(?P<year>\d{4}))?\b(?![\s,]+\d)"
)


def _ordinal(day: int) -> str:
    """The ending of a day's ordinal: "st" of 1st, 21st and 31st, "th" of 11th."""
    if day % 100 in {11, 12, 13}:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# The words (as a sentence's words hold them: casefolded runs of a-z and 0-9) one of which
# every DATE_PHRASE holds: a month's name, full or short ("aug", "sept"), or a weekday's.
_DATE_WORDS = frozenset(
    {
        *_MONTH_NAMES,
        *(month[:3] for month in _MONTH_NAMES),
        "sept",
        *_WEEKDAYS,
    }
)
# ... and one of which every NUMERIC_PHRASE holds: a year, or a day of the month with its
# ordinal ending ("7th").
_NUMERIC_WORDS = frozenset(
    {
        *(str(year) for year in range(1900, 2100)),
        *(f"{day}{_ordinal(day)}" for day in range(1, 32)),
    }
)


def date_phrases(
    text: str, regions: Sequence[tuple[int, int]], words: Sequence[frozenset[str]]
) -> list[list[re.Match[str]]]:
    """
    The date phrases (:data:`DATE_PHRASE`, :data:`NUMERIC_PHRASE`) in each region of *text*.

    *words* are each region's words (see :func:`afdiplo._patterns.tokens`): the patterns are
    slow to scan with (they have no fixed first character), so only the regions whose words
    hold a month's or weekday's name, or a year or a day's ordinal, are scanned.
    """
    found: list[list[re.Match[str]]] = []
    for (start, end), held in zip(regions, words, strict=True):
        phrases = (
            []
            if _DATE_WORDS.isdisjoint(held) or not _names_a_day(held, text, start, end)
            else list(DATE_PHRASE.finditer(text, start, end))
        )
        if not _NUMERIC_WORDS.isdisjoint(held):
            numeric = list(NUMERIC_PHRASE.finditer(text, start, end))
            if numeric:
                phrases = sorted([*phrases, *numeric], key=re.Match.start)
        found.append(phrases)
    return found


def _names_a_day(held: frozenset[str], text: str, start: int, end: int) -> bool:
    """Whether a region whose words hold "may" alone (the verb, as a rule) holds "May"."""
    return len(_DATE_WORDS & held) > 1 or "may" not in held or text.find("May", start, end) != -1


@attrs.frozen
class DateReading:
    """
    What a date phrase says.

    Attributes:
        date: The day, or None.
        code: None when read as written; else a diagnostic code saying what was inferred or
            why no date could be read.
        message: The diagnostic's sentence.
    """

    date: dt.date | None
    code: str | None = None
    message: str = ""
    partial: tuple[int | None, int | None, int | None, int | None] = (None, None, None, None)


def is_call_date(match: re.Match[str]) -> bool:
    """Whether a phrase can date a call: weekdays only with "on" ("said Tuesday" is not)."""
    if match.group("weekday") is None:
        return True
    return bool(_ON.match(match.group())) or match.group().endswith(
        ("morning", "afternoon", "evening", "night")
    )


_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_YEAR = re.compile(r"\b(\d{4})\b")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b")
_HALF_DAY = re.compile(r"\b([ap])\.?m\b\.?", re.IGNORECASE)  # "PM", "a.m."
#: A leap year, so that dateparser accepts 29 February; the real year is applied afterwards.
_LEAP_YEAR = 2000


def _day_and_month_words(phrase: str) -> str:
    """The day and month of a phrase, as a cache key: "Oct. 26," -> "oct 26"."""
    cleaned = _ORDINAL.sub(r"\1", phrase.replace(".", " ").replace(",", " ").replace("-", " "))
    cleaned = cleaned.replace(" of ", " ")  # "15th of September"
    return " ".join(_YEAR.sub("", cleaned).split()).casefold()


# Each month's name and the abbreviations DATE_PHRASE accepts ("sep" and "sept"), casefolded.
_MONTHS = {
    spelling: number
    for number, name in enumerate(_MONTH_NAMES, start=1)
    for spelling in (name, name[:3], *(("sept",) if number == 9 else ()))
}


def _plain_month_and_day(words: str) -> tuple[int, int] | None:
    """
    Month and day of "19 august" or "oct 26": a day number and a month name, nothing else.

    None for anything else, which is then left to dateparser. A test checks that this reads
    every such pair of words as dateparser does.
    """
    parts = words.split()
    if len(parts) != 2:  # a day and a month
        return None
    day, name = parts if parts[0].isdigit() else reversed(parts)
    month = _MONTHS.get(name)
    if month is None or not (day.isascii() and day.isdigit() and len(day) <= 2):
        return None
    try:
        dt.date(_LEAP_YEAR, month, int(day))
    except ValueError:  # no such day: left to dateparser, as any other doubt
        return None
    return month, int(day)


@functools.lru_cache(maxsize=4096)
def _month_and_day(words: str) -> tuple[int, int] | None:
    """
    Month and day of "19 august" or "oct 26", read once per spelling.

    A day number next to a month name is read directly; dateparser reads anything else.
    """
    plain = _plain_month_and_day(words)
    return plain if plain is not None else _dateparser_month_and_day(words)


def _dateparser_month_and_day(words: str) -> tuple[int, int] | None:
    """Month and day of *words*, read by dateparser."""
    import dateparser  # noqa: PLC0415 - heavy, loaded only when a date must be parsed

    parsed = dateparser.parse(
        f"{words} {_LEAP_YEAR}",
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(_LEAP_YEAR, 1, 1),  # noqa: DTZ001 - fixed, no clock
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": True,
        },
    )
    return (parsed.month, parsed.day) if parsed else None


def parse_day(phrase: str, year: int) -> dt.date | None:
    """
    Read "19 August" or "Oct. 26" as a day of *year*; None if it is no date of that year.

    The day and month are read once per spelling (cached); the year is the caller's, so the
    same phrase in many readouts of many years is read once.
    """
    found = _month_and_day(_day_and_month_words(phrase))
    if found is None:
        return None
    try:
        return dt.date(year, *found)
    except ValueError:  # 29 February of a common year
        return None


# A numeric date, year first, with "-", "/" or "." ("2021-05-18", "2022/06/09"), and a time.
_NUMERIC = re.compile(
    r"(\d{4})(?P<sep>[-/.])(\d{1,2})(?P=sep)(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
# A numeric date, year last ("28/09/2021", "05.07.2021 - 17:05"), and a time.
_NUMERIC_YEAR_LAST = re.compile(
    r"(\d{1,2})(?P<sep>[-/.])(\d{1,2})(?P=sep)(\d{4})"
    r"(?:\s?[-–,]?\s?(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def _numeric_timestamp(match: re.Match[str]) -> dt.datetime | None:
    orders: tuple[tuple[str, str], ...]
    if match.re is _NUMERIC:
        year, _, month, day, hour, minute, second = match.groups()
        orders = ((day, month),)
    else:  # the year last: the day first, unless it cannot be ("09/28/2021")
        first, _, then, year, hour, minute, second = match.groups()
        orders = ((first, then), (then, first))
    for day, month in orders:
        found = _timestamp(int(year), int(month), int(day), (hour, minute, second))
        if found is not None:
            return found
    return None


def _timestamp(
    year: int, month: int, day: int, clock: tuple[str | None, str | None, str | None]
) -> dt.datetime | None:
    hour, minute, second = (int(part or 0) for part in clock)
    try:
        return dt.datetime.combine(dt.date(year, month, day), dt.time(hour, minute, second))
    except ValueError:  # "2021-13-40", "25:70"
        return None


@functools.lru_cache(maxsize=4096)
def parse_timestamp(phrase: str) -> dt.datetime | None:
    """
    Read a publication time ("10:59, 18-May-2021", "08:58, October 27, 2021").

    A numeric date, year first ("2021-05-18 10:59", "2022/06/09"), is read directly; so is one
    with the year last ("28/09/2021 - 17:05"), day first as governments outside the United
    States write it ("05/07/2021" is 5 July), month first only when the numbers say so
    ("09/28/2021"); otherwise
    the clock time and the year are taken from the phrase and the rest, the day and month, is
    read as :func:`parse_day` reads it.
    """
    phrase = phrase.strip()
    numeric = _NUMERIC.fullmatch(phrase) or _NUMERIC_YEAR_LAST.fullmatch(phrase)
    if numeric is not None:
        return _numeric_timestamp(numeric)
    year = _YEAR.search(phrase)
    clock = _CLOCK.search(phrase)
    if year is None:
        return None
    rest = _HALF_DAY.sub(" ", _CLOCK.sub(" ", phrase)) if clock else phrase
    day = parse_day(rest, int(year.group(1)))
    if day is None:
        return None
    if clock is None:
        return dt.datetime.combine(day, dt.time())
    hour, minute, second = (int(part or 0) for part in clock.groups())
    half = _HALF_DAY.search(phrase, clock.end())
    if half is not None and 1 <= hour <= 12:  # "4:53 PM" is 16:53, "12:10 a.m." 00:10
        hour = hour % 12 + (12 if half.group(1).casefold() == "p" else 0)
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second))
    except ValueError:  # "25:70" is no clock time
        return None


def resolve_relative(
    match: re.Match[str], published: dt.date | None, base: str = "the publication date"
) -> DateReading:
    """
    Turn a :data:`RELATIVE_PHRASE` match into a date, counting from *published*.

    *base* names where that day comes from, for the diagnostic ("the dateline").
    """
    word = " ".join(match.group("relative").lower().split())
    if published is None:
        return DateReading(
            None,
            "date.relative-unresolved",
            f"expected a publication date to resolve {word!r}, found none",
        )
    back = _DAYS_BEFORE.get(word, 0)
    if word.endswith(" ago"):
        count = word.split()[0]
        back = _COUNTS.get(count) or int(count)
    day = published - dt.timedelta(days=back)
    return DateReading(
        day,
        "date.relative-resolved",
        f"read {word!r} as {day.isoformat()}, counting from {base} {published.isoformat()}",
        (day.year, day.month, day.day, day.weekday()),
    )


def resolve_period(
    match: re.Match[str], published: dt.date | None, dateline_month: int | None = None
) -> DateReading:
    """
    What a :data:`PERIOD_PHRASE` match says of the call's day: no date, but its month.

    "last month" and "this month" give the year and month, counted from *published*; "this
    week" and "last week" give them when the week lies within one month. With no publication
    date, "last month" and "this month" still give the month, counted from *dateline_month*,
    the month of the report's dateline ("BEIJING, Aug 19 (Reuters)"), if it has one.
    """
    phrase = " ".join(match.group().split()).lower()
    unit = (match.group("unit") or match.group("unit_the")).lower()
    # "this", "last" or "past"; "over the weekend" is the latest weekend, as "this weekend".
    which = (match.group("which") or "this").lower()
    if published is None and dateline_month is not None and unit == "month":
        named = dateline_month
        if which != "this":
            named = named - 1 or 12
        return DateReading(
            None,
            "date.period",
            f"read {phrase!r} as {dt.date(2000, named, 1):%B}, counting from the month of the "
            "dateline; the year and the day are not known",
            (None, named, None, None),
        )
    if published is None:
        return DateReading(
            None,
            "date.period",
            f"expected a publication date to place {phrase!r}, found none; the call is undated",
        )
    if unit == "month":
        first = published.replace(day=1)
        if which != "this":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        month: tuple[int, int] | None = (first.year, first.month)
    elif unit == "weekend":
        start, end = _weekend(published, last=which != "this")
        month = (start.year, start.month) if start.month == end.month else None
    else:
        start = published - dt.timedelta(days=published.weekday())
        if which != "this":
            start -= dt.timedelta(days=7)
        end = start + dt.timedelta(days=6)
        month = (
            (start.year, start.month)
            if (start.year, start.month)
            == (
                end.year,
                end.month,
            )
            else None
        )
    if month is None:
        return DateReading(
            None,
            "date.period",
            f"read {phrase!r} as a {unit} across two months, counting from the publication date "
            f"{published.isoformat()}; the call is undated",
        )
    return DateReading(
        None,
        "date.period",
        f"read {phrase!r} as {dt.date(*month, 1):%B %Y}, counting from the publication date "
        f"{published.isoformat()}; the day is not known",
        (month[0], month[1], None, None),
    )


_SATURDAY = 5


def _weekend(published: dt.date, *, last: bool) -> tuple[dt.date, dt.date]:
    """
    The Saturday and Sunday a weekend phrase means, counted from *published*.

    "Over the weekend" and "this weekend": the latest Saturday on or before *published*, and
    the Sunday after it. "Last weekend" on a Saturday or a Sunday: the weekend before.
    """
    saturday = published - dt.timedelta(days=(published.weekday() - _SATURDAY) % 7)
    if last and published.weekday() >= _SATURDAY:
        saturday -= dt.timedelta(days=7)
    return saturday, saturday + dt.timedelta(days=1)


def month_of(match: re.Match[str]) -> int:
    """The month (1-12) of a :data:`MONTH_PHRASE` match."""
    return _MONTH_NAMES.index(match.group("month").lower()) + 1


def resolve_month(match: re.Match[str], published: dt.date | None) -> DateReading:
    """
    What a :data:`MONTH_PHRASE` match says of the call's day: its month, and its year.

    The year is the phrase's, else the publication's (or the year before, for a month after
    the publication's); without either, the month alone.
    """
    phrase = " ".join(match.group().split())
    month = month_of(match)
    year = int(match.group("year")) if match.group("year") else None
    if year is None and published is not None:
        year = published.year - (month > published.month)
    known = f"{dt.date(year, month, 1):%B %Y}" if year else match.group("month")
    return DateReading(
        None,
        "date.period",
        f"read {phrase!r} as {known}; the day is not known",
        (year, month, None, None),
    )


def resolve(match: re.Match[str], published: dt.date | None) -> DateReading:
    """Turn a :data:`DATE_PHRASE` match into a date, using *published* where the text omits."""
    reading = _resolve(match, published)
    return attrs.evolve(reading, partial=_partial(match, reading.date))


_MONTHS_IN_A_YEAR = 12


def _numeric_day(phrase: str) -> DateReading:
    """
    A date in numbers, year first or day first.

    "2022-06-07"; "07.06.2022" is 7 June, day first as governments outside the United States
    write it; month first only where the numbers say so ("6/17/2022").
    """
    parts = [int(part) for part in re.split(r"[-./]", phrase)]
    if "-" in phrase:  # only a date year first has dashes (see DATE_PHRASE)
        year, month, day = parts
        code = None
    else:
        first, second, year = parts
        month_first = first <= _MONTHS_IN_A_YEAR < second
        day, month = (second, first) if month_first else (first, second)
        code = (
            "date.day-first"
            if not month_first and first != second and first <= _MONTHS_IN_A_YEAR
            else None
        )
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return DateReading(None, "date.unreadable", f"expected a date, found {phrase!r}")
    if code is None:
        return DateReading(found)
    return DateReading(
        found,
        code,
        f"read {phrase!r} day first, as {found.isoformat()}: its numbers do not say which is "
        "the day, and governments outside the United States write the day first",
    )


def _day_of_month(day: int, published: dt.date | None) -> DateReading:
    """A day of the month alone ("on the 7th"): the latest such day on or before *published*."""
    if published is None:
        return DateReading(
            None,
            "date.month-unknown",
            f"expected a month for 'the {day}' in the text or a publication date, found neither",
        )
    year, month = published.year, published.month
    for _ in range(3):  # this month, or the one before, or the one before that (the 31st)
        with contextlib.suppress(ValueError):
            found = dt.date(year, month, day)
            if found <= published:
                return DateReading(
                    found,
                    "date.month-inferred",
                    f"took the month and year of 'the {day}' from the publication date "
                    f"{published.isoformat()}: the latest such day on or before it",
                )
        year, month = (year, month - 1) if month > 1 else (year - 1, _MONTHS_IN_A_YEAR)
    return DateReading(None, "date.unreadable", f"expected a day of the month, found {day}")


def _partial(
    match: re.Match[str], date: dt.date | None
) -> tuple[int | None, int | None, int | None, int | None]:
    """Year, month, day and weekday the phrase itself gives (all four once a date is known)."""
    if date is not None:
        return date.year, date.month, date.day, date.weekday()
    weekday = match.group("weekday")
    if weekday is not None:
        return None, None, None, _WEEKDAYS.index(weekday.lower())
    if match.group("ordinal") is not None:
        return None, None, int(match.group("ordinal")), None
    if match.group("numeric") is not None:
        return None, None, None, None  # a date in numbers is read whole or not at all
    year_text = match.group("year1") or match.group("year2")
    year = int(year_text) if year_text else None
    known = parse_day(match.group("day"), 2000)  # a leap year: 29 February is a day
    return year, known.month if known else None, known.day if known else None, None


def _resolve(  # noqa: PLR0911 - one return a way of reading
    match: re.Match[str], published: dt.date | None
) -> DateReading:
    phrase = match.group("day")
    weekday = match.group("weekday")
    if match.group("numeric") is not None:
        return _numeric_day(match.group("numeric"))
    if match.group("ordinal") is not None:
        return _day_of_month(int(match.group("ordinal")), published)
    if weekday is not None:
        if published is None:
            return DateReading(
                None,
                "date.weekday-unresolved",
                f"expected a publication date to resolve {weekday!r}, found none",
            )
        back = (published.weekday() - _WEEKDAYS.index(weekday.lower())) % 7
        # "last Friday" on a Friday is a week before; "on Friday" is that day.
        last = match.group().lower().startswith("last")
        back = back or (7 if last else 0)
        resolved = published - dt.timedelta(days=back)
        return DateReading(
            resolved,
            "date.weekday-resolved",
            f"read {weekday!r} as {resolved.isoformat()}, the latest {weekday} "
            f"{'before' if last else 'on or before'} the publication date {published.isoformat()}",
        )
    day: dt.date | None
    year_text = match.group("year1") or match.group("year2")
    if year_text is not None:
        day = parse_day(phrase, int(year_text))
        if day is None:
            return DateReading(None, "date.unreadable", f"expected a date, found {phrase!r}")
        return DateReading(day)
    if published is None:
        return DateReading(
            None,
            "date.year-unknown",
            f"expected a year for {phrase!r} in the text or a publication date, found neither",
        )
    # The latest such day on or before publication; "29 February" may lie several years back.
    day = next(
        (
            found
            for year in range(published.year, published.year - 8, -1)
            if (found := parse_day(phrase, year)) is not None and found <= published
        ),
        None,
    )
    if day is None:
        return DateReading(None, "date.unreadable", f"expected a date, found {phrase!r}")
    return DateReading(
        day,
        "date.year-inferred",
        f"took the year of {phrase!r} from the publication date {published.isoformat()}",
    )
