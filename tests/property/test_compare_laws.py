"""Laws of compare() and Corpus, over the real readouts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import afdiplo
from afdiplo import Corpus, compare
from conftest import CORPUS, REPO

PATHS = sorted((REPO / "seeds").glob("*.txt")) + sorted((CORPUS / "readouts" / "dev").glob("*.txt"))
READOUTS = {p.name: afdiplo.parse_file(p, strict=False) for p in PATHS}
names = st.sampled_from(sorted(READOUTS))


@given(names)
def test_compare_with_itself_matches_everything(name: str) -> None:
    """compare(x, x) matches every position with itself, score 1.0, and nothing else."""
    readout = READOUTS[name]
    result = compare(readout, readout)
    positions = [p for c in readout.calls for p in c.positions]
    assert (len(positions), {1.0} if positions else set(), (), ()) == (
        len(result.matched),
        {m.score for m in result.matched},
        result.only_in_a,
        result.only_in_b,
    )
    assert all(m.a == m.b for m in result.matched)


@given(names, names)
def test_compare_mirrors(first: str, second: str) -> None:
    """compare(b, a) is compare(a, b) seen from the other side."""
    a, b = READOUTS[first], READOUTS[second]
    assert compare(a, b).swapped() == compare(b, a)


@settings(max_examples=25)
@given(st.permutations(sorted(READOUTS)))
def test_corpus_ignores_input_order(order: list[str]) -> None:
    """The calls a corpus finds do not depend on the order readouts are given in."""
    reference = Corpus(READOUTS)
    shuffled = Corpus({name: READOUTS[name] for name in order})
    assert [(r.participants, r.date, [x.source for x in r.reports]) for r in reference.calls] == [
        (r.participants, r.date, [x.source for x in r.reports]) for r in shuffled.calls
    ]
    assert [m.sources for r in reference.calls for m in r.positions] == [
        m.sources for r in shuffled.calls for m in r.positions
    ]
