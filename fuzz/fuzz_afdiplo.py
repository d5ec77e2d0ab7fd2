"""
Coverage-guided fuzzing of afdiplo.parse and afdiplo.from_json with atheris.

Run outside the test suite, for a bounded time (see CONTRIBUTING.md):

    pip install atheris
    python fuzz/fuzz_afdiplo.py -max_total_time=600 fuzz/corpus

The first byte chooses the target; the rest is the input. A finding is any exception that is
not an afdiplo.AfdiploError, a span outside the text, or a readout whose JSON does not read
back equal.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import afdiplo


def check_parse(data: bytes) -> None:
    try:
        readout = afdiplo.parse(data, strict=False, max_chars=200_000)
    except afdiplo.AfdiploError:
        return
    limit = len(readout.text)
    spans = [*readout.body_spans, *readout.boilerplate_spans]
    for call in readout.calls:
        spans.append(call.span)
        spans += [m for p in call.participants for m in p.mentions]
        for position in call.positions:
            spans.append(position.span)
            if position.text != position.span.of(readout.text):
                msg = f"position text differs from its span: {position!r}"
                raise AssertionError(msg)
    for span in spans:
        if not 0 <= span.start <= span.end <= limit:
            msg = f"span {span} outside a text of {limit} characters"
            raise AssertionError(msg)
    if afdiplo.from_json(afdiplo.to_json(readout)) != readout:
        msg = "readout does not survive JSON"
        raise AssertionError(msg)


def check_from_json(data: bytes) -> None:
    try:
        readout = afdiplo.from_json(data)
    except afdiplo.SchemaError:
        return
    if afdiplo.from_json(afdiplo.to_json(readout)) != readout:
        msg = "a readout read from JSON does not survive JSON"
        raise AssertionError(msg)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    target, payload = data[0], data[1:]
    if target % 4 == 0:
        check_from_json(payload)
    else:
        check_parse(payload)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
