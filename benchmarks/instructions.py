"""
Instructions per parse: a measure of the parser's cost that does not depend on a busy machine.

Wall-clock figures on a shared or virtual machine move by 20% or more from one run to the
next; the number of instructions a parse executes does not. This script counts them with
Valgrind's cachegrind (``valgrind`` must be on the PATH): it runs the five bundled samples
``--rounds`` times after a warm-up, once with and once without the timed rounds, and divides
the difference by the number of parses. Compare two commits by running it in each checkout.

    python benchmarks/instructions.py            # about a minute
    python benchmarks/instructions.py --rounds 8
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys

_CHILD = """
import sys
import afdiplo
from afdiplo.samples import sample_texts
texts = list(sample_texts().values())
for text in texts:
    afdiplo.parse(text)
for _ in range(int(sys.argv[1])):
    for text in texts:
        afdiplo.parse(text)
"""


def instructions(rounds: int) -> int:
    """Instructions executed by a Python that parses the samples *rounds* times after a warm-up."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("valgrind is not installed")
    done = subprocess.run(  # noqa: S603 - valgrind running our own interpreter and code
        [
            valgrind,
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _CHILD,
            str(rounds),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        msg = f"expected cachegrind's 'I refs' line, found:\n{done.stderr}"
        raise RuntimeError(msg)
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=4, help="timed rounds over the samples")
    args = parser.parse_args()
    base = instructions(0)
    total = instructions(args.rounds)
    parses = 5 * args.rounds
    print(f"{(total - base) / parses / 1e6:.2f} million instructions per parse of a sample")


if __name__ == "__main__":
    main()
