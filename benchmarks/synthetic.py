"""
A deterministic synthetic corpus of seed-like readouts, for benchmarks.

Two outlet families are imitated, as in ``seeds/``:

- an official page (breadcrumb, title, "On <date>, State Councilor and Foreign Minister Wang Yi
  had a phone call with <Demonym> Foreign Minister <Name>.", "Wang Yi said ..." and
  "<Surname> said ..." paragraphs, "Suggest To A Friend");
- a news report (headline, "Updated HH:MM, DD-Mon-YYYY", outlet line, "... said on <Weekday>",
  ", he added.", a photo caption ending in "/Xinhua" printed twice, "(With input from Xinhua)").

Names are invented from syllables, so they are never in the bundled gazetteer; the counterpart's
country comes from a list of 40 demonyms. Call dates fall in 2019-2023. Each readout is 1 to 3 KB
of UTF-8, made by drawing sentences from a bank of 40.

Readout ``i`` of a corpus depends only on ``(seed, i)``: the first N readouts of a corpus of 2N
are the corpus of N, and :func:`iter_readouts` streams any number of them without keeping any.

Run as a script to print a few: ``python benchmarks/synthetic.py 3``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Iterator

__all__ = ["DEMONYMS", "SENTENCES", "corpus", "iter_readouts", "make_readout"]

#: The seed used when none is given.
DEFAULT_SEED = 20210816

#: Shortest and longest readout, in bytes of UTF-8.
MIN_BYTES = 1024
MAX_BYTES = 3072

#: Demonym and country, for 40 countries of the bundled gazetteer.
DEMONYMS: tuple[tuple[str, str], ...] = (
    ("Afghan", "Afghanistan"),
    ("Algerian", "Algeria"),
    ("Argentine", "Argentina"),
    ("Australian", "Australia"),
    ("Austrian", "Austria"),
    ("Bangladeshi", "Bangladesh"),
    ("Belgian", "Belgium"),
    ("Brazilian", "Brazil"),
    ("Cambodian", "Cambodia"),
    ("Canadian", "Canada"),
    ("Chilean", "Chile"),
    ("Egyptian", "Egypt"),
    ("Ethiopian", "Ethiopia"),
    ("Finnish", "Finland"),
    ("French", "France"),
    ("German", "Germany"),
    ("Greek", "Greece"),
    ("Hungarian", "Hungary"),
    ("Indian", "India"),
    ("Indonesian", "Indonesia"),
    ("Iranian", "Iran"),
    ("Italian", "Italy"),
    ("Kazakh", "Kazakhstan"),
    ("Kenyan", "Kenya"),
    ("Malaysian", "Malaysia"),
    ("Mexican", "Mexico"),
    ("Mongolian", "Mongolia"),
    ("Nigerian", "Nigeria"),
    ("Norwegian", "Norway"),
    ("Pakistani", "Pakistan"),
    ("Peruvian", "Peru"),
    ("Polish", "Poland"),
    ("Russian", "Russia"),
    ("Saudi", "Saudi Arabia"),
    ("Serbian", "Serbia"),
    ("Spanish", "Spain"),
    ("Thai", "Thailand"),
    ("Turkish", "Turkey"),
    ("Uzbek", "Uzbekistan"),
    ("Vietnamese", "Vietnam"),
)

#: Clauses that can follow "X said (that)" or stand before ", he added". ``{country}`` is the
#: counterpart's country.
SENTENCES: tuple[str, ...] = (
    "China and {country} are good friends and partners who trust each other",
    "the two sides should strengthen strategic communication and deepen practical cooperation",
    "China is ready to work with {country} to implement the consensus of the two heads of state",
    "the two countries should expand cooperation in trade, investment, energy and infrastructure",
    "China supports {country} in following a development path suited to its national conditions",
    "{country} firmly adheres to the one-China policy",
    "the two sides should oppose unilateralism and protectionism and uphold multilateralism",
    "the pandemic has shown once again that all countries share a common future",
    "China will continue to provide vaccines and medical supplies to the best of its ability",
    "{country} thanks China for its valuable support in the fight against COVID-19",
    "both sides should make good use of the intergovernmental cooperation committee",
    "the situation in Afghanistan has undergone major changes and deserves close attention",
    "the international community should encourage an open and inclusive political structure",
    "terrorist forces must not be allowed to use the region as a base again",
    "the two sides should keep close contact on regional and international issues",
    "China is willing to import more quality agricultural products from {country}",
    "the Belt and Road Initiative has brought tangible benefits to the peoples of both countries",
    "{country} welcomes more Chinese enterprises to invest and do business there",
    "the two sides should facilitate personnel exchanges under strict epidemic prevention",
    "China appreciates the positive role {country} has played in regional affairs",
    "the United Nations should remain at the core of the international system",
    "the two sides should coordinate closely within the G20 and other multilateral frameworks",
    "China and {country} should jointly safeguard the legitimate rights of developing countries",
    "next year marks an important anniversary of diplomatic relations between the two countries",
    "the two countries should support each other on issues concerning their core interests",
    "{country} is ready to strengthen dialogue with China on climate change and green development",
    "the two sides should advance cooperation in digital economy, health and poverty reduction",
    "China opposes interference in the internal affairs of other countries",
    "dialogue and consultation are the only right way to resolve differences",
    "{country} stands ready to deepen its comprehensive partnership with China",
    "the two sides should promote exchanges in education, culture, tourism and the media",
    "China hopes that all parties will exercise restraint and avoid escalating tensions",
    "the two foreign ministries should maintain regular consultations at all levels",
    "{country} values China's important role in maintaining world peace and stability",
    "the two sides should work for the early resumption of direct flights",
    "China is willing to share its experience in governance and development with {country}",
    "the two countries should deepen cooperation on law enforcement and security",
    "{country} looks forward to the success of the upcoming high-level visit",
    "the two sides agreed to strengthen coordination on food and energy security",
    "China will continue to stand with {country} as a reliable friend",
)

_HEADLINES: tuple[str, ...] = (
    "Wang Yi holds phone talks with {demonym} FM",
    "China, {country} pledge closer cooperation in phone call",
    "Chinese FM talks with {demonym} counterpart over phone",
    "China ready to deepen ties with {country}, says Wang Yi",
    "Wang Yi, {demonym} FM discuss bilateral ties, regional issues",
)

_CAPTIONS: tuple[str, ...] = (
    "A view of the capital of {country}, {date}.",
    "Foreign Minister Wang Yi at a press conference in Beijing, {date}.",
    "Workers unload medical supplies donated by China in {country}, {date}.",
    "The flags of China and {country} at a meeting venue, {date}.",
)

_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "ch")
_NUCLEI = ("a", "e", "i", "o", "u", "ai", "ei", "ou", "ia")
_CODAS = ("", "", "", "n", "r", "s", "l", "m", "k")
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
_FIRST_DAY = dt.date(2019, 1, 1)
_DAYS = (dt.date(2023, 12, 31) - _FIRST_DAY).days


def _word(rng: random.Random, syllables: int) -> str:
    parts = [
        rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(syllables)
    ]
    return "".join(parts).capitalize()


def _name(rng: random.Random) -> tuple[str, str]:
    """An invented full name and its surname."""
    given = _word(rng, rng.randint(2, 3))
    surname = _word(rng, rng.randint(2, 3))
    if rng.random() < 0.2:
        return f"{given} {_word(rng, 2)} {surname}", surname
    return f"{given} {surname}", surname


def _sentence(rng: random.Random, country: str) -> str:
    return rng.choice(SENTENCES).format(country=country)


def _capital(clause: str) -> str:
    return clause[0].upper() + clause[1:]


def _size(parts: list[str]) -> int:
    return len("\n\n".join(parts).encode("utf-8"))


def _fill(
    rng: random.Random,
    parts: list[str],
    closing: list[str],
    make_paragraph: Iterator[str],
) -> str:
    """Add paragraphs until the readout reaches its drawn length, staying within 1-3 KB."""
    target = rng.randint(MIN_BYTES, MAX_BYTES)
    for paragraph in make_paragraph:
        grown = [*parts, paragraph]
        size = _size(grown + closing)
        if size > MAX_BYTES:
            break
        parts = grown
        if size >= target:
            break
    return "\n\n".join(parts + closing)


def _official(rng: random.Random, day: dt.date) -> str:
    demonym, country = rng.choice(DEMONYMS)
    name, surname = _name(rng)
    title = (
        f"State Councilor and Foreign Minister Wang Yi Speaks with {demonym} Foreign Minister "
        f"{name} on the Phone"
    )
    if rng.random() < 0.5:
        when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    else:
        when = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    opening = (
        f"On {when}, State Councilor and Foreign Minister Wang Yi had a phone call with "
        f"{demonym} Foreign Minister {name}."
    )
    head = [f"Home > {rng.choice(('News & Events', 'China News'))}\n{title}\n", opening]

    def paragraphs() -> Iterator[str]:
        speakers = ("Wang Yi", surname)
        turn = 0
        while True:
            speaker = speakers[turn % 2] if turn < 2 else rng.choice(speakers)
            clauses = [_sentence(rng, country) for _ in range(rng.randint(1, 3))]
            first = f"{speaker} said that {clauses[0]}."
            rest = " ".join(f"{_capital(c)}." for c in clauses[1:])
            yield f"{first} {rest}".strip()
            turn += 1

    return _fill(rng, head, ["Suggest To A Friend"], paragraphs())


def _news(rng: random.Random, day: dt.date) -> str:
    demonym, country = rng.choice(DEMONYMS)
    name, surname = _name(rng)
    published = day + dt.timedelta(days=rng.choice((0, 0, 1)))
    weekday = _WEEKDAYS[day.weekday()]
    stamp = (
        f"Updated {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, "
        f"{published.day:02d}-{_MONTHS[published.month - 1][:3]}-{published.year}"
    )
    headline = rng.choice(_HEADLINES).format(demonym=demonym, country=country)
    outlet = rng.choice(("CGTN", "CGTN", "Xinhua", "China Daily", "Global Times"))
    lede = (
        f"Chinese State Councilor and Foreign Minister Wang Yi said on {weekday} that "
        f"{_sentence(rng, country)}."
    )
    context = (
        f"Wang made the remarks during a phone conversation with {demonym} Foreign Minister "
        f"{name} on {weekday}."
    )
    caption_date = f"{_MONTHS[day.month - 1]} {max(1, day.day - rng.randint(0, 5))}, {day.year}"
    caption = rng.choice(_CAPTIONS).format(country=country, date=caption_date) + " /Xinhua"
    head = [f"{headline}\n{stamp}\n{outlet}", lede, context]

    def paragraphs() -> Iterator[str]:
        turn = 0
        while True:
            kind = rng.random()
            if turn == 1:
                yield f"{caption}\n\n{caption}"
            elif kind < 0.35:
                yield f"{_capital(_sentence(rng, country))}, he added."
            elif kind < 0.7:
                yield f"{_capital(_sentence(rng, country))}, Wang said."
            else:
                yield f"{surname} said {_sentence(rng, country)}."
            turn += 1

    return _fill(rng, head, ["(With input from Xinhua)"], paragraphs())


def make_readout(index: int, seed: int = DEFAULT_SEED) -> str:
    """
    Return readout number *index* of the corpus made from *seed*.

    Even indices are official pages, odd ones news reports.
    """
    rng = random.Random(f"{seed}:{index}")  # noqa: S311 - reproducible text, not secrets
    day = _FIRST_DAY + dt.timedelta(days=rng.randint(0, _DAYS))
    if index % 2 == 0:
        return _official(rng, day)
    return _news(rng, day)


def iter_readouts(count: int, seed: int = DEFAULT_SEED, start: int = 0) -> Iterator[str]:
    """Yield *count* readouts lazily, from number *start* on."""
    for index in range(start, start + count):
        yield make_readout(index, seed)


def corpus(count: int, seed: int = DEFAULT_SEED) -> list[str]:
    """Return the first *count* readouts as a list."""
    return list(iter_readouts(count, seed))


if __name__ == "__main__":
    for text in iter_readouts(int(sys.argv[1]) if len(sys.argv) > 1 else 2):
        print(text)
        print(f"\n----- {len(text.encode('utf-8'))} bytes -----\n")
