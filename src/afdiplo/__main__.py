"""
The program: ``python -m afdiplo`` and the ``afdiplo`` console script.

Without arguments it runs the main job, parsing the bundled sample readouts and summarising
them; ``afdiplo --help`` lists the commands. The command line lives in :mod:`afdiplo.cli`.
"""

from __future__ import annotations

import sys

from afdiplo.cli import main, summarize

__all__ = ["main", "summarize"]

if __name__ == "__main__":
    sys.exit(main())
