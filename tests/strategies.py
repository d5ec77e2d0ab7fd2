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
        source_country=draw(st.none() | names),
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


# --- Realistic readouts and invisible edits ---------------------------------------------------

#: Statements a side makes, after "X said (that)"; ``{country}`` is the other side's country.
CLAUSES = (
    "China and {country} are good friends who trust each other",
    "the two sides should strengthen strategic communication and deepen cooperation",
    "{country} firmly supports the peace and reconciliation process in Afghanistan",
    "terrorist forces must not be allowed to use the region as a base again",
    "the two countries should expand cooperation in trade, energy and infrastructure",
    "{country} thanks China for its support in the fight against COVID-19",
    "the international community should encourage an open and inclusive political structure",
    "dialogue and consultation are the only right way to resolve differences",
)
_CONTACTS = (
    "had a phone call with",
    "held talks with",
    "met with",
    "held a video call with",
    "spoke on the phone with",
)
_TITLES = (
    "Foreign Minister",
    "State Councilor and Foreign Minister",
    "Minister of Foreign Affairs",
)
_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July"),
    *("August", "September", "October", "November", "December"),
)
_OUTLETS = ("CGTN", "Xinhua", "China Daily", "Global Times")


def _speakers() -> list[tuple[str, str, str]]:
    """People of the bundled gazetteer with a country that has a demonym: name, demonym, country."""
    from afdiplo import Gazetteer  # noqa: PLC0415 - the gazetteer is read once, on first use

    gazetteer = Gazetteer.default()
    demonyms = {c.name: c.demonyms[0] for c in gazetteer.countries if c.demonyms}
    return [
        (p.name, demonyms[p.country], p.country)
        for p in gazetteer.people
        if p.country in demonyms and " " in p.name
    ]


def _short(name: str, country: str) -> str:
    """How a readout names a person once introduced: the family name."""
    words = name.split()
    return words[0] if country in {"China", "Japan", "North Korea", "South Korea"} else words[-1]


@st.composite
def readout_texts(draw: st.DrawFn) -> str:
    """
    A readout of one call between two people of the gazetteer, as an official page (breadcrumb,
    title, "On <date>, ..." and a trailer) or a news report (headline, timestamp, outlet), with
    paragraphs of statements by either side.
    """
    speakers = _speakers()
    first, second = draw(
        st.lists(st.sampled_from(speakers), min_size=2, max_size=2, unique_by=lambda s: s[2])
    )
    (name_a, demonym_a, country_a), (name_b, demonym_b, country_b) = first, second
    day, month, year = draw(st.integers(1, 28)), draw(st.sampled_from(_MONTHS)), 2019
    year += draw(st.integers(0, 4))
    contact = draw(st.sampled_from(_CONTACTS))
    anchor = (
        f"{demonym_a} {draw(st.sampled_from(_TITLES))} {name_a} {contact} "
        f"{demonym_b} {draw(st.sampled_from(_TITLES))} {name_b}"
    )
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        speaker, other = draw(st.sampled_from([(first, country_b), (second, country_a)]))
        clause = draw(st.sampled_from(CLAUSES)).format(country=other)
        who = _short(speaker[0], speaker[2])
        layout = draw(st.integers(0, 2))
        if layout == 0:
            paragraphs.append(f"{who} said that {clause}.")
        elif layout == 1:
            paragraphs.append(f"{clause[0].upper()}{clause[1:]}, {who} added.")
        else:
            paragraphs.append(f"The two sides agreed that {clause}.")
    if draw(st.booleans()):
        header = f"Home > News & Events\n{name_a} Speaks with {demonym_b} Foreign Minister {name_b}"
        body = [f"On {day} {month} {year}, {anchor}.", *paragraphs, "Suggest To A Friend"]
    else:
        header = (
            f"{demonym_a}, {demonym_b} FMs hold talks on bilateral ties\n"
            f"Updated {draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}, "
            f"{day:02d}-{month[:3]}-{year}\n{draw(st.sampled_from(_OUTLETS))}"
        )
        body = [f"{anchor} on {month} {day}, {year}.", *paragraphs]
    return "\n\n".join([header, *body])


#: Characters a reader does not see, dropped by normalisation.
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
#: Spaces a reader takes for plain ones.
NON_BREAKING = ("\u00a0", "\u202f", "\u2007")
_CURLY = {"'": "\u2019", '"': "\u201d", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}


@st.composite
def invisible_edits(draw: st.DrawFn, text: str) -> str:
    """
    *text* with edits no reader sees: another line ending (CRLF or CR), spaces at the ends of
    lines, non-breaking spaces for spaces, zero-width characters anywhere, and straight quotes
    for curly ones or the other way round.
    """
    lines = text.split("\n")
    padded = draw(st.lists(st.integers(0, len(lines) - 1), max_size=10))
    for index in padded:
        lines[index] += draw(st.sampled_from([" ", "  ", "\u00a0", " \t"]))
    chars = list("\n".join(lines))
    spaces = [i for i, char in enumerate(chars) if char == " "]
    if spaces:
        for index in draw(st.lists(st.sampled_from(spaces), max_size=10)):
            chars[index] = draw(st.sampled_from(NON_BREAKING))
    if draw(st.booleans()):
        chars = [_CURLY.get(char, char) for char in chars]
    edited = "".join(chars).replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    inserts = draw(st.lists(st.integers(0, len(edited)), max_size=10))
    for at in sorted(inserts, reverse=True):
        edited = edited[:at] + draw(st.sampled_from(ZERO_WIDTH)) + edited[at:]
    return edited
