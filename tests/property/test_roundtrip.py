"""Serialisation round trips for every model class."""

from __future__ import annotations

import json

from hypothesis import given

import afdiplo
from afdiplo import Readout
from strategies import model_objects, readouts


@given(model_objects)
def test_dict_round_trip(obj: object) -> None:
    """from_dict(to_dict(x)) gives back an equal object, for every model class."""
    assert obj == afdiplo.from_dict(afdiplo.to_dict(obj), type(obj))


@given(model_objects)
def test_json_round_trip_any_class(obj: object) -> None:
    """The same holds through JSON text, for every model class."""
    data = json.loads(afdiplo.to_json(obj))
    assert obj == afdiplo.from_dict(data, type(obj))


@given(readouts())
def test_json_round_trip_readout(readout: Readout) -> None:
    """from_json(to_json(r)) gives back an equal readout, with an equal hash."""
    again = afdiplo.from_json(afdiplo.to_json(readout))
    assert readout == again
    assert hash(readout) == hash(again)


@given(readouts())
def test_plain_data_only(readout: Readout) -> None:
    """to_dict gives plain JSON data: dicts, lists, strings, numbers, booleans and None."""

    def is_plain(value: object) -> bool:
        if isinstance(value, dict):
            return all(isinstance(k, str) and is_plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(is_plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool))

    assert is_plain(afdiplo.to_dict(readout))
