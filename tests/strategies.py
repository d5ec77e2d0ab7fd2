"""Every hypothesis strategy the tests share, one per model class."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from afdiplo import (
    Call,
    Diagnostic,
    Medium,
    OutletFormat,
    PartialDate,
    Participant,
    Position,
    Readout,
    Severity,
    Span,
    Stance,
)

#: Short texts with the characters readouts are made of, and some they are not.
texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
names = st.text(min_size=1, max_size=20)
keys = st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
datetimes = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31))


@st.composite
def spans(draw: st.DrawFn, limit: int = 200) -> Span:
    """A valid span inside a text of *limit* characters."""
    start = draw(st.integers(0, limit))
    end = draw(st.integers(start, limit))
    return Span(start, end)


def participants(limit: int = 200) -> st.SearchStrategy[Participant]:
    return st.builds(
        Participant,
        name=names,
        aliases=st.lists(names, max_size=3).map(tuple),
        title=st.none() | names,
        country=st.none() | names,
        mentions=st.lists(spans(limit), max_size=3).map(tuple),
    )


def positions(limit: int = 200) -> st.SearchStrategy[Position]:
    return st.builds(
        Position,
        speaker=st.none() | participants(limit),
        joint=st.booleans(),
        text=texts,
        span=spans(limit),
        cue=st.none() | names,
        cue_lemma=st.none() | names,
        direct=st.booleans(),
        topics=st.lists(keys, max_size=3).map(tuple),
        stance=st.sampled_from(Stance),
        targets=st.lists(names, max_size=2).map(tuple),
    )


partial_dates = st.builds(
    PartialDate,
    year=st.none() | st.integers(1900, 2100),
    month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
    weekday=st.none() | st.integers(0, 6),
)


def calls(limit: int = 200) -> st.SearchStrategy[Call]:
    return st.builds(
        Call,
        date=st.none() | dates,
        date_span=st.none() | spans(limit),
        partial_date=st.none() | partial_dates,
        medium=st.sampled_from(Medium),
        participants=st.lists(participants(limit), max_size=3).map(tuple),
        initiator=st.none() | participants(limit),
        positions=st.lists(positions(limit), max_size=3).map(tuple),
        span=spans(limit),
    )


def diagnostics(limit: int = 200) -> st.SearchStrategy[Diagnostic]:
    return st.builds(
        Diagnostic,
        code=st.from_regex(r"[a-z]+\.[a-z-]+", fullmatch=True),
        message=texts,
        span=st.none() | spans(limit),
        severity=st.sampled_from(Severity),
    )


@st.composite
def readouts(draw: st.DrawFn) -> Readout:
    """A valid readout whose spans all lie inside its text."""
    text = draw(st.text(max_size=200))
    limit = len(text)
    return Readout(
        text=text,
        format=draw(st.sampled_from(OutletFormat)),
        outlet=draw(st.none() | names),
        outlet_span=draw(st.none() | spans(limit)),
        title=draw(st.none() | names),
        title_span=draw(st.none() | spans(limit)),
        published=draw(st.none() | datetimes),
        published_span=draw(st.none() | spans(limit)),
        body_spans=tuple(draw(st.lists(spans(limit), max_size=3))),
        boilerplate_spans=tuple(draw(st.lists(spans(limit), max_size=3))),
        calls=tuple(draw(st.lists(calls(limit), max_size=2))),
        diagnostics=tuple(draw(st.lists(diagnostics(limit), max_size=2))),
    )


#: Any model object, for properties that hold for every class.
model_objects = st.one_of(
    spans(),
    partial_dates,
    participants(),
    positions(),
    calls(),
    diagnostics(),
    readouts(),
)


# --- Mutations of real readouts that a reader would not notice ---------------------------------


@st.composite
def unnoticed_mutations(draw: st.DrawFn, text: str) -> str:
    """
    *text* with changes a person reading the page would not notice: extra blank lines,
    trailing spaces, straight and curly quotes swapped, non-breaking spaces, a trailer moved.
    """
    lines = text.split("\n")
    mutated = []
    for line in lines:
        padding = " " * draw(st.integers(1, 3)) if draw(st.booleans()) and line.strip() else ""
        mutated.append(line + padding)
        if draw(st.integers(0, 9)) == 0:
            mutated.append("")
    result = "\n".join(mutated)
    if draw(st.booleans()):
        result = result.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    elif draw(st.booleans()):
        result = result.replace("'s ", "\u2019s ")
    if draw(st.booleans()):
        result = result.replace("Home > ", "Home\u00a0>\u00a0", 1)
        result = result.replace("Foreign Minister ", "Foreign\u00a0Minister ", 1)
    trailers = ("Suggest To A Friend", "<Suggest To A Friend>", "Search Trends", "Special Reports")
    for trailer in trailers:
        if trailer in result and draw(st.booleans()):
            result = result.replace(trailer, "").rstrip() + "\n\n" + trailer + "\n"
            break
    return result
