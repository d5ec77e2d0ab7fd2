"""Laws of compare() and Corpus, over the real readouts."""

from __future__ import annotations

import difflib
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import afdiplo
from afdiplo import Corpus, compare
from afdiplo.compare import DiffChunk, MatchedPosition, TopicPresence
from afdiplo.compare._diff import _diff, _inverted, _matching_blocks
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


@given(names, names)
def test_no_web_of_pairs(first: str, second: str) -> None:
    """Of a position's partners, at most one is in another pair: the rest are its alone."""
    result = compare(READOUTS[first], READOUTS[second])
    times_a = Counter(id(m.a) for m in result.matched)
    times_b = Counter(id(m.b) for m in result.matched)
    shared_a = Counter(id(m.a) for m in result.matched if times_b[id(m.b)] > 1)
    shared_b = Counter(id(m.b) for m in result.matched if times_a[id(m.a)] > 1)
    assert [] == [n for n in (*shared_a.values(), *shared_b.values()) if n > 1]


@given(names, names)
def test_one_sided_positions_have_no_pair(first: str, second: str) -> None:
    """A position is in only_in_a (only_in_b) exactly when no pair holds it."""
    a, b = READOUTS[first], READOUTS[second]
    result = compare(a, b)
    paired_a = {id(m.a) for m in result.matched}
    paired_b = {id(m.b) for m in result.matched}
    assert (
        [id(p) for c in a.calls for p in c.positions if id(p) not in paired_a],
        [id(p) for c in b.calls for p in c.positions if id(p) not in paired_b],
    ) == ([id(p) for p in result.only_in_a], [id(p) for p in result.only_in_b])


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


def test_corpus_groups_only_what_compare_calls_one_call() -> None:
    """Every two reports a corpus groups are one call by Comparison.same_call."""
    wrong = [
        (x.source, y.source)
        for record in Corpus(READOUTS).calls
        for x in record.reports
        for y in record.reports
        if x is not y and not compare(x.call, y.call).same_call
    ]
    assert [] == wrong


# Texts of a few short words, so that words repeat and runs of equal words cross each other.
texts = st.lists(st.sampled_from(["a", "b", "c", "d", "the", "China"]), max_size=40).map(" ".join)


@settings(max_examples=500)
@given(texts, texts)
def test_word_diff_finds_the_blocks_difflib_finds(a: str, b: str) -> None:
    """The word diff matches the blocks of difflib.SequenceMatcher, ties broken alike."""
    matcher = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False)
    assert _matching_blocks(a, b) == [tuple(block) for block in matcher.get_matching_blocks()]


@given(texts, texts)
def test_word_diff_worked_out_backwards_is_the_inverted_diff(a: str, b: str) -> None:
    """The diff from a to b worked out from b to a is the inverse of the diff from b to a."""
    assert _diff(a, b, inverted=True) == _inverted(_diff(b, a))


@given(names, names)
def test_compare_builds_valid_objects(first: str, second: str) -> None:
    """What compare() builds without validators equals what the validating constructors build."""
    result = compare(READOUTS[first], READOUTS[second])
    for match in result.matched:
        chunks = tuple(DiffChunk(c.op, c.text) for c in match.diff)
        assert match == MatchedPosition(a=match.a, b=match.b, score=match.score, diff=chunks)
    assert result.topics == tuple(
        TopicPresence(topic=t.topic, count_a=t.count_a, count_b=t.count_b) for t in result.topics
    )
