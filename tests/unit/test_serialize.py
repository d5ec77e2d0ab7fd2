"""afdiplo.serialize: the converter and its errors."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import afdiplo
from afdiplo import Call, Medium, OutletFormat, Participant, Position, Readout, SchemaError, Span

TEXT = "On 19 August, Wang Yi had a phone call with Atmar. Wang said peace matters."
WANG = Participant(name="Wang Yi", country="China", mentions=(Span(14, 21),))
ATMAR = Participant(name="Mohammad Hanif Atmar", aliases=("Atmar",), mentions=(Span(44, 49),))
READOUT = Readout(
    text=TEXT,
    format=OutletFormat.OFFICIAL,
    published=dt.datetime(2021, 8, 19, 20, 30),
    body_spans=(Span(0, len(TEXT)),),
    calls=(
        Call(
            date=dt.date(2021, 8, 19),
            date_span=Span(3, 12),
            medium=Medium.PHONE,
            participants=(WANG, ATMAR),
            positions=(
                Position(speaker=WANG, text=TEXT[51:], span=Span(51, len(TEXT)), cue="said"),
            ),
            span=Span(0, len(TEXT)),
        ),
    ),
)


def dumped() -> dict[str, Any]:
    return json.loads(afdiplo.to_json(READOUT))


class TestToDict:
    def test_layout(self) -> None:
        """Dates are ISO strings, enums values, tuples lists, schema_version on top."""
        data = afdiplo.to_dict(READOUT)
        call = data["calls"][0]
        assert ("schema_version", 1) == next(iter(data.items()))
        assert ("2021-08-19", "phone", "official", "2021-08-19T20:30:00") == (
            call["date"],
            call["medium"],
            data["format"],
            data["published"],
        )
        assert isinstance(call["participants"], list)

    def test_rejects_non_model_objects(self) -> None:
        """to_dict refuses values that are not model objects."""
        with pytest.raises(TypeError, match="expected a model object"):
            afdiplo.to_dict(3)


class TestFromDict:
    @pytest.mark.parametrize(
        ("path", "value", "expected_path", "reason"),
        [
            (("calls", 0, "date"), 20210819, "calls[0].date", "expected an ISO 8601 date"),
            (("calls", 0, "date"), "19 August", "calls[0].date", "Invalid isoformat"),
            (("calls", 0, "medium"), "fax", "calls[0].medium", "'fax' is not a valid Medium"),
            (("calls", 0, "span", "end"), "3", "calls[0].span.end", "expected an integer"),
            (("calls", 0, "span", "end"), True, "calls[0].span.end", "expected an integer"),
            (("calls", 0, "date_span", "end"), 1, "calls[0].date_span", "expected end >= start"),
            (("calls", 0, "participants"), "Wang", "calls[0].participants", "expected a list"),
            (("calls", 0, "participants", 1), [], "calls[0].participants[1]", "expected an object"),
            (
                ("calls", 0, "positions", 0, "direct"),
                "no",
                "calls[0].positions[0].direct",
                "boolean",
            ),
            (("published",), 1629405000, "published", "expected an ISO 8601 date-time"),
            (("text",), None, "text", "expected a string"),
        ],
    )
    def test_bad_value_names_its_path(
        self, path: tuple[str | int, ...], value: object, expected_path: str, reason: str
    ) -> None:
        """A bad value raises SchemaError naming the path of the field and what was wrong."""
        data = dumped()
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(SchemaError, match=reason) as info:
            afdiplo.from_dict(data)
        assert expected_path == info.value.path

    def test_missing_field_names_its_path(self) -> None:
        """A missing required field is named."""
        data = dumped()
        del data["calls"][0]["positions"][0]["span"]
        with pytest.raises(SchemaError, match="required field missing") as info:
            afdiplo.from_dict(data)
        assert "calls[0].positions[0].span" == info.value.path

    def test_unknown_field_is_rejected(self) -> None:
        """Keys the model does not know are rejected, not ignored."""
        data = dumped()
        data["calls"][0]["participants"][0]["__class__"] = "os.system"
        with pytest.raises(SchemaError, match="unknown field") as info:
            afdiplo.from_dict(data)
        assert "calls[0].participants[0]" == info.value.path

    @pytest.mark.parametrize("version", [None, 0, 2, "1"])
    def test_schema_version_checked(self, version: object) -> None:
        """Data of another (or no) schema version is refused."""
        data = dumped()
        data["schema_version"] = version
        with pytest.raises(SchemaError, match="expected schema_version 1") as info:
            afdiplo.from_dict(data)
        assert "schema_version" == info.value.path

    def test_span_outside_text_rejected(self) -> None:
        """Spans that point past the end of the text are refused."""
        data = dumped()
        data["body_spans"] = [{"start": 0, "end": len(TEXT) + 1}]
        with pytest.raises(SchemaError, match="within the text"):
            afdiplo.from_dict(data)

    @pytest.mark.parametrize("data", [[], "readout", 1, None])
    def test_top_level_must_be_an_object(self, data: object) -> None:
        """Only a JSON object can be a readout."""
        with pytest.raises(SchemaError, match="expected an object at the top"):
            afdiplo.from_dict(data)

    def test_schema_error_is_a_value_error(self) -> None:
        """SchemaError is caught by code that expects ValueError."""
        with pytest.raises(ValueError):  # noqa: PT011 - the point is the builtin base
            afdiplo.from_dict([])


class TestFromJson:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            "{",
            "[" * 100_000,
            '{"schema_version": 1, "text": 1' + "0" * 5000 + "}",
            b"\xff\xfe\x00",
        ],
        ids=["empty", "truncated", "deep", "huge-number", "bytes"],
    )
    def test_malformed_json(self, text: str | bytes) -> None:
        """Text that is not JSON raises SchemaError, never another exception."""
        with pytest.raises(SchemaError):
            afdiplo.from_json(text)

    def test_round_trip(self) -> None:
        """A readout survives JSON unchanged."""
        assert READOUT == afdiplo.from_json(afdiplo.to_json(READOUT, indent=2))

    def test_round_trip_keeps_the_source_country(self) -> None:
        """A parsed readout's source country is written to JSON and read back."""
        readout = afdiplo.parse(
            "Office of the Spokesperson\n\nSecretary of State Antony J. Blinken spoke today"
            " with Kenyan Cabinet Secretary for Foreign Affairs Raychelle Omamo.\n"
        )
        data = json.loads(afdiplo.to_json(readout))
        assert ("United States", readout) == (
            data["source_country"],
            afdiplo.from_json(json.dumps(data)),
        )


def test_from_json_builds_any_model_class() -> None:
    """from_json reads back any model object when given its class."""
    participant = READOUT.calls[0].participants[1]
    assert participant == afdiplo.from_json(afdiplo.to_json(participant), afdiplo.Participant)


class TestConverter:
    def test_one_shared_converter(self) -> None:
        """afdiplo.serialize.converter is one object, the converter to_dict and from_dict use."""
        from afdiplo import serialize  # noqa: PLC0415

        assert serialize.converter is serialize._converter()
