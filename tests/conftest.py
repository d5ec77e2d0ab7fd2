"""Shared test configuration: hypothesis profiles, paths to the corpus, the --full option."""

from __future__ import annotations

import gc
import os
from pathlib import Path

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

#: The growth of cost each linear-cost test measured: its name, the ratio and the two times.
GROWTH = pytest.StashKey[list[tuple[str, float, float, float]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """--full: time every adversarial family, not only the sample CI times."""
    parser.addoption(
        "--full",
        action="store_true",
        help="linear-cost tests: time every family tests/adversarial.py generates (an hour or "
        "more), not only a sample",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Make room for the figures of the linear-cost tests."""
    config.stash[GROWTH] = []


def pytest_collection_finish(session: pytest.Session) -> None:
    """
    With --full, keep the ten thousand collected tests out of every garbage collection.

    The linear-cost tests collect garbage before each timing; going through every collected
    test each time took a tenth of a second, several times the parse being timed.
    """
    if session.config.getoption("--full"):
        gc.freeze()


@pytest.fixture
def growth(request: pytest.FixtureRequest) -> list[tuple[str, float, float, float]]:
    """Where a linear-cost test records its figures, for the summary at the end of the run."""
    return request.config.stash[GROWTH]


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """After a run of linear-cost tests, how many inputs were timed and the steepest growths."""
    figures = config.stash.get(GROWTH, [])
    if not figures:
        return
    terminalreporter.section("linear cost")
    terminalreporter.write_line(
        f"{len(figures)} inputs timed at two sizes; the ten steepest growths of cost:"
    )
    for name, ratio, small, large in sorted(figures, key=lambda f: -f[1])[:10]:
        terminalreporter.write_line(
            f"  {ratio:5.2f}x  {small * 1000:8.1f} ms -> {large * 1000:8.1f} ms  {name}"
        )
