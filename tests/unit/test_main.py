"""The main job: python -m afdiplo on the bundled seeds."""

from __future__ import annotations

import subprocess
import sys

import pytest

import afdiplo
from afdiplo.__main__ import main
from afdiplo.cli import MAIN_JOB, describe_day
from afdiplo.samples import sample_texts


def test_main_summarises_every_seed(capsys) -> None:
    """main() prints each seed's format, outlet, calls, dates and participants."""
    status = main([])
    out = capsys.readouterr().out
    assert 0 == status
    assert 5 == out.count("  format: ")
    assert "call 2: phone, 2021-05-17" in out
    assert "- Sergey Lavrov (Russian Foreign Minister, Russia)" in out
    assert "call 1: phone, 2021-08-16, requested by Sergey Lavrov" in out


def test_python_dash_m_runs() -> None:
    """`python -m afdiplo` runs as a program and exits 0."""
    result = subprocess.run(
        [sys.executable, "-m", "afdiplo"], capture_output=True, text=True, check=False
    )
    assert (0, "") == (result.returncode, result.stderr)
    assert "000_12d0501d14dc690d.txt" in result.stdout


class TestReadsWellCold:
    def test_first_line_says_what_it_shows(self, capsys) -> None:
        """The main job opens with one line naming the samples, the comparison and timeline."""
        main([])
        lines = capsys.readouterr().out.splitlines()
        assert (MAIN_JOB, "") == (lines[0], lines[1])
        assert (True, True, True) == (
            "sample readouts" in MAIN_JOB,
            "compared" in MAIN_JOB,
            "timeline" in MAIN_JOB,
        )

    def test_help_describes_the_bare_command(self, capsys) -> None:
        """--help says what afdiplo does without a command, in the main job's words."""
        with pytest.raises(SystemExit):
            main(["--help"])
        text = " ".join(capsys.readouterr().out.split())
        described = MAIN_JOB.split(": ", 1)[1]
        assert (True, True, True) == (
            "usage: afdiplo [-h] [--version] [COMMAND ...]" in text,
            "Without a command (afdiplo alone, or python -m afdiplo), afdiplo runs its main job"
            in text,
            described in text,
        )

    def test_no_note_twice(self, capsys) -> None:
        """No summary of the main job prints a note twice."""
        main([])
        blocks = capsys.readouterr().out.split("\n\n")
        notes = [[line for line in b.splitlines() if "  note: " in line] for b in blocks]
        assert [sorted(set(n)) for n in notes] == [sorted(n) for n in notes]

    def test_dates_read_the_same_everywhere(self, capsys) -> None:
        """Every call's day is written by describe_day, in the summaries and the timeline."""
        main([])
        out = capsys.readouterr().out
        readouts = {
            name: afdiplo.parse(text, strict=False) for name, text in sample_texts().items()
        }
        days = [
            describe_day(call.date, call.partial_date)
            for readout in readouts.values()
            for call in readout.calls
        ]
        calls = [line.split(", ")[1] for line in out.splitlines() if line.startswith("  call ")]
        timeline = out.split("== China on terrorism, across the samples ==\n")[1]
        headings = [line.split(": ")[0] for line in timeline.splitlines() if line[:1] != " "]
        assert days == calls
        assert [] == [day for day in days + headings if "unknown" in day]
        assert "undated (Wednesday 19 August)" in headings

    def test_comparison_is_labelled_by_file_name(self, capsys) -> None:
        """The comparison names its sides by sample file, as the summaries do."""
        main([])
        out = capsys.readouterr().out
        comparison = out.split(
            "== The 19 August call as the ministry and a news report give it ==\n"
        )
        assert ["A: 001_2fac647d5e77c0f9.txt", "B: 002_371f03bf1a80d86c.txt"] == (
            comparison[1].splitlines()[:2]
        )
