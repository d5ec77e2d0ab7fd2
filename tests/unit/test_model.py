"""The model classes: validation, immutability, equality."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
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
    model,
)
from afdiplo.model import _made_position, _made_span
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

    @pytest.mark.parametrize("calls", [1, 2, 3])
    def test_mentions_of_a_participant_of_several_calls_must_lie_inside(self, calls: int) -> None:
        """A mention past the end is rejected, however many calls share the participant."""
        wang = attrs.evolve(WANG, mentions=(Span(0, 2), Span(3, 9)))
        with pytest.raises(ValueError, match="within the text of 5 characters"):
            Readout(
                text="hello",
                format=OutletFormat.NEWS,
                calls=[Call(participants=(wang,), span=Span(0, 5))] * calls,
            )

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


class _Text(str):
    """A str subclass: accepted wherever a str is."""

    __slots__ = ()


class _Offset(int):
    """An int subclass: accepted wherever an int is."""

    __slots__ = ()


RULES = {
    Span: model._SPAN_RULES,
    Participant: model._PARTICIPANT_RULES,
    Position: model._POSITION_RULES,
    PartialDate: model._PARTIAL_DATE_RULES,
    Call: model._CALL_RULES,
    Diagnostic: model._DIAGNOSTIC_RULES,
    Readout: model._READOUT_RULES,
}
VALID: dict[type, dict[str, object]] = {
    Span: {"start": 0, "end": 1},
    Participant: {"name": "Wang Yi", "mentions": (Span(0, 1),)},
    Position: {"speaker": WANG, "text": "x", "span": Span(0, 1), "topics": ("peace",)},
    PartialDate: {"year": 2021, "month": 8, "day": 19, "weekday": 3},
    Call: {"participants": (WANG,), "span": Span(0, 1)},
    Diagnostic: {"code": "date.inferred", "message": "m", "span": Span(0, 1)},
    Readout: {"text": "hello", "format": OutletFormat.NEWS, "body_spans": (Span(0, 5),)},
}
# Changes to a valid object: bad values, values only the full rules accept (subclasses,
# bools for ints), and several bad fields at once (the first in field order is reported).
CHANGES: list[tuple[type, dict[str, object]]] = [
    (Span, {}),
    (Span, {"start": -1}),
    (Span, {"start": 2}),
    (Span, {"start": 1.0}),
    (Span, {"start": "0"}),
    (Span, {"start": True}),
    (Span, {"start": _Offset(0), "end": _Offset(1)}),
    (Span, {"end": -2}),
    (Span, {"end": None}),
    (Span, {"start": None, "end": -1}),
    (Participant, {}),
    (Participant, {"name": ""}),
    (Participant, {"name": 1}),
    (Participant, {"name": _Text("Wang Yi")}),
    (Participant, {"aliases": "Atmar"}),
    (Participant, {"aliases": [1]}),
    (Participant, {"aliases": ["Wang", None]}),
    (Participant, {"aliases": [_Text("Wang")]}),
    (Participant, {"aliases": 5}),
    (Participant, {"title": 1}),
    (Participant, {"country": b"China"}),
    (Participant, {"mentions": [(0, 1)]}),
    (Participant, {"mentions": (Span(0, 1), None)}),
    (Participant, {"name": "", "mentions": [None]}),
    (Position, {}),
    (Position, {"speaker": None}),
    (Position, {"speaker": "Wang Yi"}),
    (Position, {"joint": 1}),
    (Position, {"joint": None}),
    (Position, {"text": None}),
    (Position, {"text": _Text("x")}),
    (Position, {"span": (0, 1)}),
    (Position, {"cue": 1}),
    (Position, {"cue": "said", "cue_lemma": b"say"}),
    (Position, {"direct": 0}),
    (Position, {"topics": [1]}),
    (Position, {"topics": "peace"}),
    (Position, {"stance": "demand"}),
    (Position, {"stance": Medium.PHONE}),
    (Position, {"targets": ("Taliban", None)}),
    (Position, {"speaker": "Wang Yi", "targets": [None]}),
    (PartialDate, {}),
    (PartialDate, {"year": "2021"}),
    (PartialDate, {"year": True}),
    (PartialDate, {"month": 0}),
    (PartialDate, {"month": 13}),
    (PartialDate, {"month": True}),
    (PartialDate, {"month": "8"}),
    (PartialDate, {"day": 0}),
    (PartialDate, {"day": 32}),
    (PartialDate, {"day": _Offset(19)}),
    (PartialDate, {"weekday": -1}),
    (PartialDate, {"weekday": 7}),
    (PartialDate, {"weekday": 1.5}),
    (PartialDate, {"month": 13, "weekday": 7}),
    (Call, {}),
    (Call, {"date": "2021-08-19"}),
    (Call, {"date": dt.datetime(2021, 8, 19, 12, 0)}),
    (Call, {"date": dt.date(2021, 8, 19), "date_span": (0, 1)}),
    (Call, {"partial_date": {}}),
    (Call, {"medium": "phone"}),
    (Call, {"participants": [WANG, "Atmar"]}),
    (Call, {"participants": 3}),
    (Call, {"initiator": "Wang Yi"}),
    (Call, {"positions": [None]}),
    (Call, {"span": None}),
    (Call, {"medium": "phone", "span": None}),
    (Diagnostic, {}),
    (Diagnostic, {"code": ""}),
    (Diagnostic, {"code": None}),
    (Diagnostic, {"message": None}),
    (Diagnostic, {"span": "0-1"}),
    (Diagnostic, {"severity": "info"}),
    (Diagnostic, {"severity": Severity.ERROR, "span": None}),
    (Readout, {}),
    (Readout, {"text": None}),
    (Readout, {"text": b"hello"}),
    (Readout, {"text": _Text("hello")}),
    (Readout, {"format": "news"}),
    (Readout, {"outlet": 1}),
    (Readout, {"outlet_span": (0, 1)}),
    (Readout, {"outlet_span": Span(0, 9)}),
    (Readout, {"title": 1}),
    (Readout, {"title_span": Span(0, 6)}),
    (Readout, {"published": dt.date(2021, 8, 19)}),
    (Readout, {"published": "2021-08-19T12:00:00"}),
    (Readout, {"published_span": 1}),
    (Readout, {"body_spans": [Span(0, 6)]}),
    (Readout, {"body_spans": [(0, 1)]}),
    (Readout, {"boilerplate_spans": [None]}),
    (Readout, {"calls": [Span(0, 1)]}),
    (Readout, {"calls": [Call(span=Span(0, 9))]}),
    (Readout, {"diagnostics": ["x"]}),
    (Readout, {"diagnostics": [Diagnostic(code="a", message="m", span=Span(4, 8))]}),
    (Readout, {"format": "news", "diagnostics": ["x"]}),
]


def build(cls: type, kwargs: dict[str, object]) -> object:
    """The object cls(**kwargs), or the type and message of the error it raises."""
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as err:
        return type(err), str(err)


def judge_by_rules(cls: type, kwargs: dict[str, object]) -> object:
    """What build() gives when every rule of cls runs in turn, as a validator per field."""
    with attrs.validators.disabled():
        built = build(cls, kwargs)
    if not isinstance(built, cls):
        return built
    try:
        model._enforce(built, RULES[cls])
    except (TypeError, ValueError) as err:
        return type(err), str(err)
    return built


class TestValidation:
    @pytest.mark.parametrize("cls", list(RULES))
    def test_rules_cover_every_field_in_order(self, cls: type) -> None:
        """Each model class has rules for every one of its fields, in field order."""
        assert [f.name for f in attrs.fields(cls)] == [name for name, _ in RULES[cls]]

    @pytest.mark.parametrize(("cls", "changes"), CHANGES)
    def test_builds_as_the_rules_say(self, cls: type, changes: dict[str, object]) -> None:
        """An object is built, or refused with the same error, exactly as its rules say."""
        kwargs = {**VALID[cls], **changes}
        assert judge_by_rules(cls, kwargs) == build(cls, kwargs)

    @pytest.mark.parametrize(("cls", "changes"), CHANGES)
    def test_evolve_validates(self, cls: type, changes: dict[str, object]) -> None:
        """attrs.evolve checks the changed copy as the constructor does."""
        expected = build(cls, {**VALID[cls], **changes})
        try:
            actual: object = attrs.evolve(cls(**VALID[cls]), **changes)
        except (TypeError, ValueError) as err:
            actual = type(err), str(err)
        assert expected == actual

    def test_negative_offset_in_evolve_is_refused(self) -> None:
        """A negative offset is refused also when set through attrs.evolve."""
        with pytest.raises(ValueError, match="'start' must be >= 0: -1"):
            attrs.evolve(Span(0, 1), start=-1)

    def test_wrong_type_names_the_field(self) -> None:
        """A value of the wrong type raises attrs' TypeError, naming the field and the type."""
        with pytest.raises(
            TypeError, match=r"'span' must be <class 'afdiplo\.model\.Span'>"
        ) as info:
            Position(speaker=None, text="x", span=(0, 1))  # type: ignore[arg-type]
        assert ("span", Span, (0, 1)) == (info.value.args[1].name, *info.value.args[2:])


class TestMadeByTheParser:
    """Values the parser makes without their validators are values like any other."""

    @given(st.integers(0, 10**6), st.integers(0, 10**6))
    def test_parser_spans_are_spans_like_any(self, a: int, b: int) -> None:
        """A span the parser makes without the validator equals, hashes and pickles alike."""
        start, end = min(a, b), max(a, b)
        made, checked = _made_span(start, end), Span(start, end)
        assert type(made) is Span
        assert made == checked
        assert hash(made) == hash(checked)
        assert repr(made) == repr(checked)
        assert pickle.loads(pickle.dumps(made)) == checked  # noqa: S301 - our own bytes
        assert attrs.evolve(made, end=end + 1) == Span(start, end + 1)

    def test_parser_positions_are_positions_like_any(self) -> None:
        """A position the parser makes without the validator equals, hashes and pickles alike."""
        fields: dict[str, Any] = {
            "speaker": WANG,
            "joint": False,
            "text": "Wang Yi said China supports peace.",
            "span": Span(0, 34),
            "cue": "said",
            "cue_lemma": "say",
            "direct": False,
            "topics": ("peace-process",),
            "stance": Stance.SUPPORT,
            "targets": ("Afghanistan",),
            "rule": "named_subject",
        }
        made, checked = _made_position(**fields), Position(**fields)
        assert type(made) is Position
        assert made == checked
        assert hash(made) == hash(checked)
        assert repr(made) == repr(checked)
        assert pickle.loads(pickle.dumps(made)) == checked  # noqa: S301 - our own bytes
        assert attrs.evolve(made, joint=True) == attrs.evolve(checked, joint=True)
        assert attrs.asdict(made) == attrs.asdict(checked)
