"""Properties of parse over arbitrary and mutated text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import afdiplo
from afdiplo._normalize import normalize
from conftest import REPO

SEED = (REPO / "seeds" / "001_2fac647d5e77c0f9.txt").read_text(encoding="utf-8")


def all_spans(readout: afdiplo.Readout) -> list[afdiplo.Span]:
    spans = [*readout.body_spans, *readout.boilerplate_spans]
    for call in readout.calls:
        spans.append(call.span)
        spans += [m for p in call.participants for m in p.mentions]
    return spans


@given(st.text(max_size=400))
def test_parse_is_total(text: str) -> None:
    """For any text, parse returns a Readout or raises an AfdiploError, nothing else."""
    try:
        readout = afdiplo.parse(text, strict=False)
    except afdiplo.AfdiploError:
        return
    assert text == readout.text
    assert all(0 <= s.start <= s.end <= len(text) for s in all_spans(readout))


@given(st.text(max_size=200), st.text(max_size=200))
def test_parse_total_around_a_readout(before: str, after: str) -> None:
    """Noise around a real readout never breaks the parse, and spans stay valid."""
    text = before + "\n" + SEED + "\n" + after
    readout = afdiplo.parse(text, strict=False)
    assert all(0 <= s.start <= s.end <= len(text) for s in all_spans(readout))


@given(st.text(max_size=200))
def test_normalize_is_idempotent(text: str) -> None:
    """Normalising normalised text changes nothing."""
    once = normalize(text).text
    assert once == normalize(once).text


@given(st.text(max_size=200))
def test_normalized_offsets_map_inside(text: str) -> None:
    """Every normalised offset maps to an offset of the original, in order."""
    norm = normalize(text)
    mapped = [norm.offset(i) for i in range(len(norm.text) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= m <= len(text) for m in mapped)
