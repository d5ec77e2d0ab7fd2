"""The documentation's Sphinx configuration (docs/conf.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import REPO


def test_build_shows_myst_version_not_its_configuration(tmp_path) -> None:
    """A build of the docs names MyST's version and prints no MdParserConfig(...) dump."""
    env = {**os.environ, "AFDIPLO_DOCS_OFFLINE": "1", "NO_COLOR": "1"}
    result = subprocess.run(  # noqa: S603 - this interpreter's Sphinx on our own docs
        [
            *(sys.executable, "-m", "sphinx", "-n", "-W", "--keep-going", "-b", "dummy"),
            *("-d", str(tmp_path / "doctrees"), str(REPO / "docs"), str(tmp_path / "out")),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    # Without colour codes, which Sphinx may still write (FORCE_COLOR, some CI hosts).
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    banners = [line for line in output.splitlines() if line.startswith("myst v")]
    assert (0, 0, 1) == (result.returncode, output.count("MdParserConfig"), len(banners)), output
