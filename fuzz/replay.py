"""
Run every input of fuzz corpus folders through fuzz_afdiplo.py's paths once, without libFuzzer.

For line coverage of a corpus, and to find which inputs of a corpus are findings:

    python -m coverage run --source=afdiplo fuzz/replay.py fuzz/corpus
    python -m coverage report

Each finding is printed as the input's file name and the exception; the exit status is 1 if
there was any. The counts of inputs by path come last.
"""

from __future__ import annotations

import sys
import traceback
from collections import Counter
from pathlib import Path

from fuzz_afdiplo import TARGETS, test_one_input


def replay(folders: list[Path]) -> int:
    """Run each input of *folders*; the number of findings."""
    paths: Counter[str] = Counter()
    findings = 0
    for folder in folders:
        for path in sorted(folder.iterdir()):
            data = path.read_bytes()
            if data:
                paths[TARGETS[data[0] % len(TARGETS)].name] += 1
            try:
                test_one_input(data)
            except Exception as err:  # noqa: BLE001 - every finding is reported, none stops the run
                findings += 1
                where = traceback.extract_tb(err.__traceback__)[-1]
                sys.stdout.write(
                    f"{path}: {type(err).__name__}: {err} ({where.filename}:{where.lineno})\n"
                )
    sys.stdout.write(f"{sum(paths.values())} inputs, {findings} findings: {dict(paths)}\n")
    return findings


if __name__ == "__main__":
    sys.exit(1 if replay([Path(arg) for arg in sys.argv[1:]]) else 0)
