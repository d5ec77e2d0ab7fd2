"""afdiplo.parse_many and afdiplo.to_records."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from pathlib import Path

import pytest

import afdiplo
from conftest import REPO

PATHS = sorted((REPO / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in PATHS]

# Two calls on one day; the second has no position.
TWO_CALLS = (
    "Wang Yi Holds Phone Calls with Norwegian and Pakistani Foreign Ministers\n"
    "On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with"
    " Norwegian Foreign Minister Ine Eriksen Soreide.\n"
    "Soreide said Norway will continue to support the peace process in Afghanistan.\n"
    "On the same day, Wang Yi also had a phone call with Pakistani Foreign Minister"
    " Shah Mahmood Qureshi.\n"
)


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

    def test_str_naming_a_file_raises(self, tmp_path, monkeypatch) -> None:
        """A str that names an existing file and reads as no readout raises InputError."""
        (tmp_path / "000.txt").write_text(TEXTS[0], encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        with pytest.raises(afdiplo.InputError) as info:
            list(afdiplo.parse_many(["000.txt"]))
        assert (
            "expected the text of a readout, found the name of the file '000.txt'; a str is"
            " always read as text: pass pathlib.Path('000.txt') to read the file"
        ) == str(info.value)

    def test_str_naming_a_file_raises_in_strict_mode(self, tmp_path) -> None:
        """In strict mode the same InputError replaces NotAReadoutError, which is its cause."""
        path = tmp_path / "000.txt"
        path.write_text(TEXTS[0], encoding="utf-8")
        with pytest.raises(afdiplo.InputError, match=r"pass pathlib\.Path") as info:
            list(afdiplo.parse_many([str(path)], strict=True))
        assert (afdiplo.InputError, afdiplo.NotAReadoutError) == (
            type(info.value),
            type(info.value.__cause__),
        )

    def test_str_naming_a_file_raises_in_workers(self, tmp_path) -> None:
        """Worker processes apply the same rule."""
        path = tmp_path / "000.txt"
        path.write_text(TEXTS[0], encoding="utf-8")
        with pytest.raises(afdiplo.InputError, match=r"pass pathlib\.Path"):
            list(afdiplo.parse_many([TEXTS[1], str(path)], workers=2, chunk_size=1))

    def test_path_of_the_same_file_is_read(self, tmp_path) -> None:
        """The Path the error asks for reads the file."""
        path = tmp_path / "000.txt"
        path.write_text(TEXTS[0], encoding="utf-8")
        assert [afdiplo.parse(TEXTS[0])] == list(afdiplo.parse_many([Path(str(path))]))

    def test_str_naming_no_file_is_text(self, tmp_path, monkeypatch) -> None:
        """A file name that names no file is text like any other: a readout with no calls."""
        monkeypatch.chdir(tmp_path)
        readouts = list(afdiplo.parse_many(["missing.txt"]))
        assert [()] == [readout.calls for readout in readouts]

    def test_readout_text_is_never_taken_for_a_path(self, tmp_path, monkeypatch) -> None:
        """A str that reads as a readout is parsed even when a file has that name."""
        monkeypatch.chdir(tmp_path)
        line = TWO_CALLS.splitlines()[1]
        with open(line, "w", encoding="utf-8") as file:  # noqa: PTH123 - a name with spaces
            file.write("not a readout")
        assert os.path.isfile(line)  # noqa: PTH113 - the precondition, checked as str
        assert [afdiplo.parse(line)] == list(afdiplo.parse_many([line]))

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


class TestCallRecords:
    def test_one_row_per_call(self) -> None:
        """level="call" gives one row per call, also for a call with no positions."""
        readout = afdiplo.parse(TWO_CALLS)
        rows = afdiplo.to_records(readout, level="call", source="two.txt")
        assert [
            {
                "source": "two.txt",
                "format": readout.format.value,
                "outlet": None,
                "title": "Wang Yi Holds Phone Calls with Norwegian and Pakistani Foreign Ministers",
                "published": None,
                "call": 0,
                "call_date": dt.date(2021, 5, 3),
                "medium": "phone",
                "participants": "Wang Yi; Ine Eriksen Soreide",
                "countries": "China; Norway",
                "initiator": None,
                "position_count": 1,
            },
            {
                "source": "two.txt",
                "format": readout.format.value,
                "outlet": None,
                "title": "Wang Yi Holds Phone Calls with Norwegian and Pakistani Foreign Ministers",
                "published": None,
                "call": 1,
                "call_date": dt.date(2021, 5, 3),
                "medium": "phone",
                "participants": "Wang Yi; Shah Mahmood Qureshi",
                "countries": "China; Pakistan",
                "initiator": None,
                "position_count": 0,
            },
        ] == rows

    def test_position_level_is_the_default(self) -> None:
        """Without level, and with level="position", the rows are the positions'."""
        readout = afdiplo.parse(TWO_CALLS)
        default = afdiplo.to_records(readout)
        assert (1, default) == (len(default), afdiplo.to_records(readout, level="position"))

    def test_call_rows_count_every_call(self) -> None:
        """Across the seeds, call rows count the calls and sum to the position rows."""
        readouts = [afdiplo.parse(t) for t in TEXTS]
        calls = [r for readout in readouts for r in afdiplo.to_records(readout, level="call")]
        positions = [r for readout in readouts for r in afdiplo.to_records(readout)]
        assert (sum(len(r.calls) for r in readouts), len(positions)) == (
            len(calls),
            sum(row["position_count"] for row in calls),
        )

    def test_unknown_level(self) -> None:
        """A level other than "position" or "call" is an InputError that names it."""
        with pytest.raises(afdiplo.InputError) as info:
            afdiplo.to_records(afdiplo.parse(TWO_CALLS), level="calls")  # type: ignore[arg-type]
        assert "expected a level of 'position' or 'call', found 'calls'" == str(info.value)


@pytest.fixture
def pandas():
    """
    pandas, imported when a test needs it rather than with this module.

    Importing pandas starts threads; were they running when the worker tests fork their
    processes, Python would warn that fork() may deadlock in the child.
    """
    import pandas as pd  # noqa: PLC0415 - see the docstring

    return pd


class TestDataFrames:
    def test_call_table_counts_calls(self, pandas) -> None:
        """A data frame of call rows has one row per call, positions or not."""
        frame = pandas.DataFrame(afdiplo.to_records(afdiplo.parse(TWO_CALLS), level="call"))
        assert ([1, 0], 2) == (frame["position_count"].tolist(), len(frame))

    @pytest.mark.parametrize("level", ["position", "call"])
    def test_parquet_round_trip(self, level, tmp_path, pandas) -> None:
        """Either table writes to Parquet (pyarrow) and reads back equal."""
        rows = [
            row
            for path, text in zip(PATHS, TEXTS, strict=True)
            for row in afdiplo.to_records(afdiplo.parse(text), source=path.name, level=level)
        ]
        frame = pandas.DataFrame(rows)
        target = tmp_path / f"{level}.parquet"
        frame.to_parquet(target, engine="pyarrow")
        back = pandas.read_parquet(target, engine="pyarrow")
        assert (frame.dtypes.to_dict(), len(rows)) == (back.dtypes.to_dict(), len(back))
        assert frame.astype(object).where(frame.notna(), None).to_dict("records") == (
            back.astype(object).where(back.notna(), None).to_dict("records")
        )


def test_records_name_their_source() -> None:
    """to_records writes the given source name on every row."""
    rows = afdiplo.to_records(afdiplo.parse(TEXTS[0]), source="000.txt")
    assert {"000.txt"} == {row["source"] for row in rows}


def test_parse_many_takes_a_topic_lexicon() -> None:
    """parse_many passes its topic lexicon to every parse."""
    readout = next(afdiplo.parse_many([TEXTS[0]], topics=()))
    assert [] == [p.topics for c in readout.calls for p in c.positions if p.topics]
