"""Shared test configuration: hypothesis profiles, paths to the corpus, the --full option."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

TESTS = Path(__file__).parent
REPO = TESTS.parent
CORPUS = TESTS / "corpus"


class Growth(NamedTuple):
    """
    How the cost of one input grew, as a linear-cost test measured it.

    Attributes:
        name: The input's name.
        ratio: The time of the larger size over the time of the smaller.
        small: The time of the smaller size, in seconds.
        large: The time of the larger size.
        attempts: How many full timings it took (best of nine at each size); 0 when one
            parse of each size was within the ratio (the --full screen).
    """

    name: str
    ratio: float
    small: float
    large: float
    attempts: int


#: The growths the linear-cost tests of this run measured.
GROWTH = pytest.StashKey[list[Growth]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """--full: time every adversarial family, not only the sample CI times."""
    parser.addoption(
        "--full",
        action="store_true",
        help="linear-cost tests: time every family tests/adversarial.py generates (hours on "
        "one core), not only a sample",
    )
    parser.addoption(
        "--part",
        default="1/1",
        metavar="I/N",
        help="with --full: time only every N-th family, starting at the I-th (1 <= I <= N), so "
        "that N runs, one after another or side by side, time them all",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Make room for the figures of the linear-cost tests."""
    config.stash[GROWTH] = []


def pytest_collection_finish(session: pytest.Session) -> None:
    """
    With --full, keep the tens of thousands of collected tests out of every garbage collection.

    The linear-cost tests collect garbage before each timing; going through every collected
    test each time took a tenth of a second, several times the parse being timed.
    """
    if session.config.getoption("--full"):
        gc.freeze()


@pytest.fixture
def growth(request: pytest.FixtureRequest) -> list[Growth]:
    """Where a linear-cost test records its figures, for the summary at the end of the run."""
    return request.config.stash[GROWTH]


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """After a run of linear-cost tests: how many inputs were timed, and the steepest growths."""
    figures = config.stash.get(GROWTH, [])
    if not figures:
        return
    full = [f for f in figures if f.attempts]
    screened = len(figures) - len(full)
    line = f"{len(figures)} inputs timed at two sizes, {sum(f.attempts for f in full)} full timings"
    if screened:
        line += f"; {screened} within the ratio on one parse of each size (the --full screen)"
    terminalreporter.section("linear cost")
    terminalreporter.write_line(line)
    lists = [("", figures)] + ([(" of those timed in full", full)] if screened else [])
    for label, chosen in lists:
        terminalreporter.write_line(f"the ten steepest growths{label}:")
        for name, ratio, small, large, attempts in sorted(chosen, key=lambda f: -f.ratio)[:10]:
            terminalreporter.write_line(
                f"  {ratio:5.2f}x  {small * 1000:8.1f} ms -> {large * 1000:8.1f} ms  "
                f"({attempts} full timings)  {name}"
            )
