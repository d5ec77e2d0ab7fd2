"""afdiplo._dates: publication times read from a page's date line."""

from __future__ import annotations

import datetime as dt

import pytest

from afdiplo._dates import parse_timestamp


class TestParseTimestamp:
    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("28/09/2021", dt.datetime(2021, 9, 28)),
            ("05/07/2021", dt.datetime(2021, 7, 5)),
            ("05.07.2021 - 17:05", dt.datetime(2021, 7, 5, 17, 5)),
            ("12-04-2022", dt.datetime(2022, 4, 12)),
        ],
    )
    def test_a_date_with_the_year_last_is_read_day_first(
        self, phrase: str, expected: dt.datetime
    ) -> None:
        """A date in numbers with the year last is read day first, as most governments write it."""
        assert expected == parse_timestamp(phrase)

    def test_numbers_that_cannot_be_the_day_first_are_read_month_first(self) -> None:
        """A second number over 12 ("09/28/2021") can only be the day: the month comes first."""
        assert dt.datetime(2021, 9, 28) == parse_timestamp("09/28/2021")

    @pytest.mark.parametrize("phrase", ["31/31/2021", "05/07/2021 25:70"])
    def test_no_date_in_either_order_is_none(self, phrase: str) -> None:
        """Numbers that make no date in either order, or no clock time, give nothing."""
        assert parse_timestamp(phrase) is None
