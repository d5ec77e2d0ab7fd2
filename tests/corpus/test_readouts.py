"""
The parser on real readouts (seeds and dev corpus) and realistic variants, field by field.

Each text under tests/corpus/readouts (and the five seeds) has a hand-written expectation in
tests/corpus/expected with the same name. Seeds must match exactly; the whole corpus must stay
above the per-field floors pinned in tests/corpus/baseline.json.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import afdiplo
from conftest import CORPUS, REPO

SEEDS = sorted((REPO / "seeds").glob("*.txt"))
DEV = sorted((CORPUS / "readouts" / "dev").glob("*.txt"))
VARIANTS = sorted((CORPUS / "readouts" / "variants").glob("*.txt"))
FIELDS = (
    "format",
    "outlet",
    "title",
    "published",
    "call_count",
    "date",
    "medium",
    "participants",
    "titles",
    "countries",
    "initiator",
)


def expected_for(path: Path) -> dict[str, Any]:
    group = "seeds" if path.parent.name == "seeds" else path.parent.name
    return json.loads((CORPUS / "expected" / group / f"{path.stem}.json").read_text())


def actual_for(path: Path) -> dict[str, Any]:
    """The parse of *path* in the layout of the expectation files."""
    readout = afdiplo.parse_file(path)
    return {
        "format": readout.format.value,
        "outlet": readout.outlet,
        "title": readout.title,
        "published": readout.published.isoformat() if readout.published else None,
        "calls": [
            {
                "date": call.date.isoformat() if call.date else None,
                "medium": call.medium.value,
                "participants": [
                    {"name": p.name, "title": p.title, "country": p.country}
                    for p in call.participants
                ],
                "initiator": call.initiator.name if call.initiator else None,
            }
            for call in readout.calls
        ],
    }


def field_scores(expected: dict[str, Any], actual: dict[str, Any]) -> Counter[str]:
    """Count, per field, how many expected values the parse got right."""
    right: Counter[str] = Counter()
    for key in ("format", "outlet", "title", "published"):
        right[key] += expected[key] == actual[key]
    right["call_count"] += len(expected["calls"]) == len(actual["calls"])
    for want, got in zip(expected["calls"], actual["calls"], strict=False):
        right["date"] += want["date"] == got["date"]
        right["medium"] += want["medium"] == got["medium"]
        right["initiator"] += want["initiator"] == got["initiator"]
        right["participants"] += [p["name"] for p in want["participants"]] == [
            p["name"] for p in got["participants"]
        ]
        got_by_name = {p["name"]: p for p in got["participants"]}
        for person in want["participants"]:
            found = got_by_name.get(person["name"], {})
            right["titles"] += person["title"] == found.get("title", "missing")
            right["countries"] += person["country"] == found.get("country", "missing")
    return right


def field_totals(expected: dict[str, Any]) -> Counter[str]:
    total: Counter[str] = Counter(
        {"format": 1, "outlet": 1, "title": 1, "published": 1, "call_count": 1}
    )
    for call in expected["calls"]:
        for key in ("date", "medium", "initiator", "participants"):
            total[key] += 1
        total["titles"] += len(call["participants"])
        total["countries"] += len(call["participants"])
    return total


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_exact(path: Path) -> None:
    """Every seed parses to its hand-written expectation, field by field."""
    assert expected_for(path) == actual_for(path)


@pytest.mark.parametrize("path", DEV + VARIANTS, ids=lambda p: p.stem)
def test_dev_and_variants_exact(path: Path) -> None:
    """Every dev readout and variant parses to its hand-written expectation, field by field."""
    assert expected_for(path) == actual_for(path)


@pytest.mark.parametrize("path", SEEDS + DEV + VARIANTS, ids=lambda p: p.stem)
def test_nothing_dropped(path: Path) -> None:
    """Body and boilerplate spans together cover every non-blank character, without overlap."""
    readout = afdiplo.parse_file(path)
    spans = sorted([*readout.body_spans, *readout.boilerplate_spans], key=lambda s: s.start)
    covered = set()
    for span in spans:
        assert not covered & set(range(span.start, span.end))
        covered |= set(range(span.start, span.end))
    uncovered = [i for i, c in enumerate(readout.text) if not c.isspace() and i not in covered]
    assert [] == [readout.text[i] for i in uncovered]


def test_corpus_scores_stay_above_floors() -> None:
    """Per-field accuracy over seeds, dev corpus and variants stays above the pinned floors."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for path in SEEDS + DEV + VARIANTS:
        expected = expected_for(path)
        right += field_scores(expected, actual_for(path))
        total += field_totals(expected)
    scores = {f: round(right[f] / total[f], 3) if total[f] else 1.0 for f in FIELDS}
    print("\nfield accuracy over", len(SEEDS + DEV + VARIANTS), "readouts:", scores)  # noqa: T201
    floors = json.loads((CORPUS / "baseline.json").read_text())["fields"]
    assert {} == {f: s for f, s in scores.items() if s < floors[f]}
