"""
The gold readouts as one corpus: two publishers' readouts of one engagement are one call.

``pairs.tsv`` lists readouts of one engagement by different publishers. Built from all the
gold readouts, a :class:`afdiplo.Corpus` must group each pair into one call record, and must
never group two readouts whose gold annotations have no engagement in common (the same
participants, dates at most a day apart where both are known).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from gold_score import url_date

import afdiplo

GOLD = Path(__file__).parent / "gold"


def read_pairs() -> list[tuple[str, str]]:
    """The pairs of pairs.tsv, as file names (comment lines left out)."""
    lines = (GOLD / "pairs.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(f"{a.strip()}.txt", f"{b.strip()}.txt") for a, b in rows]


@functools.cache
def gold_corpus() -> afdiplo.Corpus:
    """
    Every gold readout, parsed leniently, named by its file name.

    Where the page's address holds a date, it is given as the publication date, as a user who
    collected the pages would (the scorer parses with it too).
    """
    readouts = {}
    for path in sorted(GOLD.glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        published = url_date(gold["url"])
        text = path.read_text(encoding="utf-8")
        readouts[path.name] = afdiplo.parse(text, strict=False, published=published)
    return afdiplo.Corpus(readouts)


def gold_calls(name: str) -> list[dict[str, Any]]:
    """The gold calls of a readout (by its file name)."""
    gold = json.loads((GOLD / name).with_suffix(".json").read_text(encoding="utf-8"))
    calls: list[dict[str, Any]] = gold["calls"]
    return calls


def one_engagement(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two gold calls may be one engagement: the same people, dates a day apart."""
    people = [frozenset(p["name"].casefold() for p in c["participants"]) for c in (a, b)]
    if people[0] != people[1]:
        return False
    if a["date"] is None or b["date"] is None:
        return True
    days = dt.date.fromisoformat(a["date"]) - dt.date.fromisoformat(b["date"])
    return abs(days.days) <= 1


def gold_shares_an_engagement(a: str, b: str) -> bool:
    """Whether the gold annotations of two readouts have an engagement in common."""
    return any(one_engagement(x, y) for x in gold_calls(a) for y in gold_calls(b))


def test_pairs_name_gold_readouts() -> None:
    """Every file pairs.tsv names is a gold readout, and no pair names one file twice."""
    names = {path.name for path in GOLD.glob("*.txt")}
    pairs = read_pairs()
    assert (True, [], []) == (
        len(pairs) >= 5,
        [name for pair in pairs for name in pair if name not in names],
        [pair for pair in pairs if pair[0] == pair[1]],
    )


def grouped(a: str, b: str) -> bool:
    """Whether one call record of the corpus holds both readouts."""
    return any(
        {a, b} <= {report.source for report in record.reports} for record in gold_corpus().calls
    )


@pytest.mark.parametrize("pair", read_pairs(), ids=" + ".join)
def test_pairs_are_grouped(pair: tuple[str, str]) -> None:
    """Two publishers' readouts of one engagement share a call record of the corpus."""
    assert grouped(*pair)


def test_no_call_merges_readouts_of_different_engagements() -> None:
    """No call record joins two readouts whose gold calls share no engagement."""
    wrong = [
        (record.participants, record.date, a, b)
        for record in gold_corpus().calls
        for a, b in itertools.combinations(sorted({r.source for r in record.reports}), 2)
        if not gold_shares_an_engagement(a, b)
    ]
    assert [] == wrong


def test_the_engagement_rule_tells_pairs_from_other_readouts() -> None:
    """The gold rule the test above relies on: every pair shares an engagement, and a readout
    of one call shares none with a readout of another (Blinken's call with Wang, Lavrov's)."""
    assert (True, False) == (
        all(gold_shares_an_engagement(a, b) for a, b in read_pairs()),
        gold_shares_an_engagement("other-gov-01.txt", "other-gov-03.txt"),
    )
