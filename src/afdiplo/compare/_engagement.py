"""
Whether two calls, as two readouts report them, are one engagement, and why not.

Two reports are of one engagement when they have the same participants, by canonical
identity, dates within a day of each other ("today" in Washington is often the next day in
Beijing) and media that can be one engagement (a phone call is no meeting). :func:`compare`
says so in :attr:`Comparison.same_call`, and :class:`Corpus` groups its reports by the same
rule. Every reason is worded alike whichever call comes first, so that a comparison seen from
the other side has the same reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from afdiplo.model import Call, Medium, PartialDate, Participant, Readout

__all__: list[str] = []

#: How many days apart two reports of one engagement may date it.
DAYS_APART = 1

#: Media no one engagement is held by: a phone call is no meeting in person, and a letter is
#: no conversation. A video call can be a phone call or a meeting of another report, as
#: publishers call it "a call" as often as "a meeting" ("met via video link"); and
#: :attr:`Medium.OTHER`, a medium the text does not name, can be any.
DIFFERENT_MEDIA: Final = frozenset(
    {
        frozenset({Medium.PHONE, Medium.MEETING}),
        frozenset({Medium.LETTER, Medium.PHONE}),
        frozenset({Medium.LETTER, Medium.MEETING}),
        frozenset({Medium.LETTER, Medium.VIDEO}),
    }
)
_MEDIUM_WORDS: Final = {
    Medium.PHONE: "a phone call",
    Medium.VIDEO: "a video call",
    Medium.MEETING: "a meeting",
    Medium.LETTER: "a letter",
    Medium.OTHER: "an unnamed medium",
}


def one_medium(a: Medium, b: Medium) -> bool:
    """Whether one engagement can be held by *a*, as one report says, and *b*, as another says."""
    return frozenset({a, b}) not in DIFFERENT_MEDIA


def same_person(a: Participant, b: Participant) -> bool:
    """
    Whether *a* and *b* are one person: the same canonical name, or one's among the other's.

    Only full names count: a surname that both readouts use ("Wang") is not enough.
    """
    if a.name.casefold() == b.name.casefold():
        return True
    return a.name.casefold() in map(str.casefold, b.aliases) or b.name.casefold() in map(
        str.casefold, a.aliases
    )


def _same_people(a: tuple[Participant, ...], b: tuple[Participant, ...]) -> bool:
    """Whether each participant of *a* is one of *b*, and the other way round, one for one."""
    if len(a) != len(b):
        return False
    left = list(b)
    for person in a:
        found = next((other for other in left if same_person(person, other)), None)
        if found is None:
            return False
        left.remove(found)
    return True


def _names(call: Call) -> str:
    names = sorted(p.name for p in call.participants)
    return " and ".join(names) if names else "no named participant"


def _near(partial: PartialDate, date: dt.date) -> bool:
    """Whether *partial* admits *date* or a day within DAYS_APART of it."""
    return any(
        partial.admits(date + dt.timedelta(days=shift))
        for shift in range(-DAYS_APART, DAYS_APART + 1)
    )


def _date_difference(a: Call, b: Call) -> str | None:
    """Why the dates of *a* and *b* cannot be of one engagement, or None when they can be."""
    if a.date is not None and b.date is not None:
        first, second = sorted((a.date, b.date))
        days = (second - first).days
        if days <= DAYS_APART:
            return None
        return f"dated {days} days apart ({first.isoformat()} and {second.isoformat()})"
    for dated, partial in ((a, b), (b, a)):
        if dated.date is not None and partial.partial_date is not None:
            if _near(partial.partial_date, dated.date):
                return None
            described = _described(partial.partial_date)
            return f"dated {dated.date.isoformat()} and {described}, more than a day apart"
    if a.partial_date is None or b.partial_date is None or a.partial_date.agrees(b.partial_date):
        return None
    words = sorted((_described(a.partial_date), _described(b.partial_date)))
    return f"dated {words[0]} and {words[1]}, which cannot be one day"


def _described(partial: PartialDate) -> str:
    """What *partial* says of a day, as words: "Wednesday 19 August", "2021"."""
    words = [_WEEKDAYS[partial.weekday]] if partial.weekday is not None else []
    if partial.day is not None:
        words.append(str(partial.day))
    if partial.month is not None:
        words.append(_MONTHS[partial.month - 1])
    if partial.year is not None:
        words.append(str(partial.year))
    return " ".join(words) or "an unknown day"


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def call_difference(a: Call, b: Call) -> str | None:
    """
    Why *a* and *b* cannot be one engagement, or None when they can be.

    A call whose day the text does not give at all agrees with any date, and one whose medium
    it does not name (:attr:`Medium.OTHER`) with any medium.
    """
    if not _same_people(a.participants, b.participants):
        names = sorted((_names(a), _names(b)))
        return f"different participants ({names[0]}; {names[1]})"
    if (dates := _date_difference(a, b)) is not None:
        return dates
    if not one_medium(a.medium, b.medium):
        media = sorted((_MEDIUM_WORDS[a.medium], _MEDIUM_WORDS[b.medium]))
        return f"different media ({media[0]}; {media[1]})"
    return None


def _day(call: Call) -> str:
    return call.date.isoformat() if call.date is not None else "undated"


def _calls(item: Readout | Call) -> tuple[Call, ...]:
    return item.calls if isinstance(item, Readout) else (item,)


def same_call(a: Readout | Call, b: Readout | Call) -> tuple[bool, str]:
    """
    Whether *a* and *b* report one engagement, and why (or why not).

    Readouts report one engagement when some call of one is a call of the other. The reason
    of one call names its participants and dates ("Antony Blinken and Wang Yi, 2021-08-16 and
    2021-08-17"); that of two calls says how they differ ("dated 92 days apart (...)").
    """
    calls_a, calls_b = _calls(a), _calls(b)
    if not calls_a and not calls_b:
        return False, "neither side reports a call"
    if not calls_a or not calls_b:
        return False, "one side reports no call"
    for call_a in calls_a:
        for call_b in calls_b:
            if call_difference(call_a, call_b) is None:
                names = min(_names(call_a), _names(call_b))
                days = sorted({_day(call_a), _day(call_b)})
                return True, f"{names}, {' and '.join(days)}"
    if len(calls_a) == 1 and len(calls_b) == 1:
        return False, call_difference(calls_a[0], calls_b[0]) or ""
    # Of several calls, say why two with the same participants, if any, are not one; the
    # first reason in alphabetical order, which is the same from both sides.
    pairs = [(x, y) for x in calls_a for y in calls_b]
    alike = [(x, y) for x, y in pairs if _same_people(x.participants, y.participants)]
    reason = min(call_difference(x, y) or "" for x, y in alike or pairs)
    return False, f"no call of one side is a call of the other ({reason})"
