"""The model classes: validation, immutability, equality."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from afdiplo import (
    Call,
    Medium,
    OutletFormat,
    PartialDate,
    Participant,
    Position,
    Readout,
    Span,
    Stance,
)
from strategies import readouts

WANG = Participant(name="Wang Yi", title="State Councilor and Foreign Minister", country="China")


class TestSpan:
    @given(st.integers(0, 10**6), st.integers(0, 10**6))
    def test_accepts_ordered_offsets(self, a: int, b: int) -> None:
        """A span with 0 <= start <= end is valid and has length end - start."""
        start, end = min(a, b), max(a, b)
        assert end - start == len(Span(start, end))

    @given(st.integers(1, 10**6), st.integers(0, 10**6))
    def test_rejects_end_before_start(self, start: int, shortfall: int) -> None:
        """A span whose end lies before its start is rejected."""
        end = max(0, start - 1 - shortfall)
        with pytest.raises(ValueError, match="expected end >= start"):
            Span(start, end)

    @pytest.mark.parametrize(("start", "end"), [(-1, 3), (0, -2), (-5, -1)])
    def test_rejects_negative_offsets(self, start: int, end: int) -> None:
        """Negative offsets are rejected."""
        with pytest.raises(ValueError, match=">= 0"):
            Span(start, end)

    @pytest.mark.parametrize(("start", "end"), [(0.0, 1), ("0", 1), (0, None)])
    def test_rejects_non_integers(self, start: object, end: object) -> None:
        """Offsets must be integers."""
        with pytest.raises(TypeError):
            Span(start, end)  # type: ignore[arg-type]

    def test_of_returns_covered_text(self) -> None:
        """Span.of slices the text it indexes."""
        assert "Wang Yi" == Span(4, 11).of("Mr. Wang Yi said")


class TestImmutability:
    def test_participant_is_frozen(self) -> None:
        """Model objects cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            WANG.name = "Wang"  # type: ignore[misc]

    def test_evolve_makes_a_changed_copy(self) -> None:
        """attrs.evolve gives a changed copy and leaves the original alone."""
        other = attrs.evolve(WANG, country=None)
        assert (None, "China") == (other.country, WANG.country)

    def test_collections_become_tuples(self) -> None:
        """Lists passed for collection fields are stored as tuples."""
        p = Participant(name="Atmar", aliases=["Mohammad Hanif Atmar"], mentions=[Span(0, 5)])
        assert (("Mohammad Hanif Atmar",), (Span(0, 5),)) == (p.aliases, p.mentions)

    def test_a_string_is_not_a_collection(self) -> None:
        """A bare string for a tuple of strings is an error, not a tuple of letters."""
        with pytest.raises(TypeError, match="collection of strings"):
            Participant(name="Atmar", aliases="Atmar")  # type: ignore[arg-type]

    def test_empty_name_rejected(self) -> None:
        """A participant needs a name."""
        with pytest.raises(ValueError, match="Length of 'name'"):
            Participant(name="")


class TestEquality:
    def test_equal_values_are_equal_and_hash_alike(self) -> None:
        """Two objects built from equal values are equal, hash alike and dedupe in a set."""
        a = Position(speaker=WANG, text="x", span=Span(0, 1), stance=Stance.DEMAND)
        b = Position(speaker=WANG, text="x", span=Span(0, 1), stance=Stance.DEMAND)
        assert (a, hash(a), 1) == (b, hash(b), len({a, b}))

    def test_different_values_differ(self) -> None:
        """A change in any field makes objects unequal."""
        a = Call(date=dt.date(2021, 8, 19), medium=Medium.PHONE, span=Span(0, 1))
        assert a != attrs.evolve(a, medium=Medium.VIDEO)

    @given(readouts())
    def test_pickle_round_trip(self, readout: Readout) -> None:
        """Readouts pickle and unpickle to equal objects."""
        assert readout == pickle.loads(pickle.dumps(readout))  # noqa: S301


class TestReadout:
    def test_spans_must_lie_inside_the_text(self) -> None:
        """A readout whose span points past the end of its text is rejected."""
        with pytest.raises(ValueError, match="within the text of 5 characters"):
            Readout(text="hello", format=OutletFormat.NEWS, body_spans=(Span(0, 6),))

    def test_enum_values_are_strings(self) -> None:
        """Enums carry the string values they serialise to."""
        assert ("official", "phone", "demand") == (
            OutletFormat.OFFICIAL.value,
            Medium.PHONE.value,
            Stance.DEMAND.value,
        )


class TestPartialDate:
    def test_admits_matching_days_only(self) -> None:
        """A partial date admits exactly the days that agree with what it says."""
        august_19 = PartialDate(month=8, day=19)
        wednesday = PartialDate(weekday=2)
        assert (True, False, True, False) == (
            august_19.admits(dt.date(2020, 8, 19)),
            august_19.admits(dt.date(2020, 8, 18)),
            wednesday.admits(dt.date(2020, 8, 19)),
            wednesday.admits(dt.date(2021, 5, 17)),
        )

    def test_agrees_where_both_speak(self) -> None:
        """Two partial dates agree unless a field both give differs."""
        assert (True, False) == (
            PartialDate(month=8, day=19).agrees(PartialDate(weekday=2)),
            PartialDate(month=8, day=19).agrees(PartialDate(month=5, day=17)),
        )

    @pytest.mark.parametrize(
        ("field", "value"), [("month", 13), ("day", 0), ("weekday", 7), ("month", 0)]
    )
    def test_rejects_impossible_fields(self, field: str, value: int) -> None:
        """Months, days and weekdays out of range are rejected."""
        with pytest.raises(ValueError, match="expected a"):
            PartialDate(**{field: value})
