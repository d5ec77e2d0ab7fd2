"""afdiplo.parse_many and afdiplo.to_records."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import afdiplo
from conftest import REPO

PATHS = sorted((REPO / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in PATHS]


class TestParseMany:
    def test_paths_and_texts_in_input_order(self) -> None:
        """Paths and texts give the readouts parse gives, in input order."""
        expected = [afdiplo.parse(t, strict=False) for t in TEXTS]
        assert expected == list(afdiplo.parse_many(PATHS))
        assert expected == list(afdiplo.parse_many(TEXTS))

    def test_worker_processes_keep_order(self) -> None:
        """With a process pool the results are the same, in the same order."""
        items = PATHS * 6
        serial = list(afdiplo.parse_many(items))
        assert serial == list(afdiplo.parse_many(items, workers=2, chunk_size=4))

    def test_progress_callback(self) -> None:
        """The progress callback hears the count after each readout."""
        heard: list[int] = []
        list(afdiplo.parse_many(TEXTS, progress=heard.append))
        assert [1, 2, 3, 4, 5] == heard

    def test_lazy(self) -> None:
        """Input is consumed only as results are taken."""
        taken: list[int] = []

        def source():
            for number, text in enumerate(TEXTS):
                taken.append(number)
                yield text

        stream = afdiplo.parse_many(source())
        next(stream)
        assert [0] == taken

    def test_lenient_by_default(self) -> None:
        """Text that is no readout gives a readout with no calls, and the run goes on."""
        readouts = list(afdiplo.parse_many(["The garden was quiet.", TEXTS[0]]))
        assert ((), 2) == (readouts[0].calls, len(readouts[1].calls))

    def test_strict_raises(self) -> None:
        """In strict mode the first non-readout raises NotAReadoutError."""
        with pytest.raises(afdiplo.NotAReadoutError):
            list(afdiplo.parse_many(["The garden was quiet."], strict=True))

    def test_bad_item(self) -> None:
        """An item that is neither text nor a path is an InputError."""
        with pytest.raises(afdiplo.InputError, match="found int"):
            list(afdiplo.parse_many([3]))  # type: ignore[list-item]

    def test_published_applies_to_every_item(self) -> None:
        """The published option reaches every parse."""
        readout = next(afdiplo.parse_many([TEXTS[2]], published=dt.date(2020, 8, 20)))
        assert dt.date(2020, 8, 19) == readout.calls[0].date

    def test_readouts_pickle(self) -> None:
        """Readouts pickle to equal objects, as worker processes need."""
        readout = afdiplo.parse(TEXTS[0])
        assert readout == pickle.loads(pickle.dumps(readout))  # noqa: S301 - our own data


class TestToRecords:
    def test_one_row_per_position(self) -> None:
        """Each position becomes one row with readout, call and position fields."""
        readout = afdiplo.parse(TEXTS[0])
        rows = afdiplo.to_records(readout)
        positions = [p for c in readout.calls for p in c.positions]
        assert len(positions) == len(rows)
        assert [p.text for p in positions] == [r["text"] for r in rows]
        first = rows[0]
        assert ("CGTN", dt.date(2021, 5, 17), "phone", "Wang Yi") == (
            first["outlet"],
            first["call_date"],
            first["medium"],
            first["speaker"],
        )

    def test_plain_values(self) -> None:
        """Every value is a plain scalar, a date or None."""
        allowed = (str, int, float, bool, dt.date, type(None))
        rows = [r for t in TEXTS for r in afdiplo.to_records(afdiplo.parse(t))]
        assert [] == [v for r in rows for v in r.values() if not isinstance(v, allowed)]


def test_records_name_their_source() -> None:
    """to_records writes the given source name on every row."""
    rows = afdiplo.to_records(afdiplo.parse(TEXTS[0]), source="000.txt")
    assert {"000.txt"} == {row["source"] for row in rows}


def test_parse_many_takes_a_topic_lexicon() -> None:
    """parse_many passes its topic lexicon to every parse."""
    readout = next(afdiplo.parse_many([TEXTS[0]], topics=()))
    assert [] == [p.topics for c in readout.calls for p in c.positions if p.topics]
