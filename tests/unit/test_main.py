"""The main job: python -m afdiplo on the bundled seeds."""

from __future__ import annotations

import subprocess
import sys

from afdiplo.__main__ import main


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
