"""
Instructions per parse: a measure of the parser's cost that does not depend on a busy machine.

Wall-clock figures on a shared or virtual machine move by 20% or more from one run to the
next; the number of instructions a parse executes does not. This script counts them with
Valgrind's cachegrind (``valgrind`` must be on the PATH): it runs the five bundled samples
``--rounds`` times after a warm-up, once with and once without the timed rounds, and divides
the difference by the number of parses. Compare two commits by running it in each checkout.

    python benchmarks/instructions.py            # about a minute
    python benchmarks/instructions.py --rounds 8
    python benchmarks/instructions.py --caches   # also cache misses, about three minutes

Instructions are not all of the cost: a parse that touches more memory than a core's caches
hold waits for it. ``--caches`` simulates the caches as well, the first level (32 KiB of code
and 32 KiB of data, as this machine has) and a last level the size of one core's second-level
cache (``--l2``, 1 MiB by default; cachegrind's default, the shared third level of many MiB,
would hide what does not fit in the core's own), and counts branch mispredictions. It prints
each count per parse and an estimate of the cycles they cost, weighing a first-level miss at
10 cycles, a second-level miss at 50 and a misprediction at 15, the latencies of current x86
cores; compare two commits by that estimate, or by each count.
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


# What cachegrind prints, by the name used here.
_COUNTS = {
    "instructions": r"I\s+refs:\s+([\d,]+)",
    "L1 code misses": r"I1\s+misses:\s+([\d,]+)",
    "L1 data misses": r"D1\s+misses:\s+([\d,]+)",
    "L2 misses": r"LL misses:\s+([\d,]+)",
    "mispredictions": r"Mispredicts:\s+([\d,]+)",
}
# The cycles each costs, for the estimate (see the module's docstring).
_CYCLES = {
    "instructions": 1,
    "L1 code misses": 10,
    "L1 data misses": 10,
    "L2 misses": 50,
    "mispredictions": 15,
}


def counts(rounds: int, *, l2: int | None = None) -> dict[str, int]:
    """
    What a Python that parses the samples *rounds* times after a warm-up executes.

    Its instructions; with *l2* (a size in bytes), its cache misses, with a last level of
    that size, and its branch mispredictions as well.
    """
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("valgrind is not installed")
    caches = ["--I1=32768,8,64", "--D1=32768,8,64", f"--LL={l2},16,64"]
    simulate = ["--cache-sim=yes", "--branch-sim=yes", *caches] if l2 else ["--cache-sim=no"]
    done = subprocess.run(  # noqa: S603 - valgrind running our own interpreter and code
        [
            valgrind,
            "--tool=cachegrind",
            *simulate,
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
    found = {}
    for name, pattern in _COUNTS.items():
        match = re.search(pattern, done.stderr)
        if match is not None:
            found[name] = int(match.group(1).replace(",", ""))
    if "instructions" not in found:
        msg = f"expected cachegrind's 'I refs' line, found:\n{done.stderr}"
        raise RuntimeError(msg)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=4, help="timed rounds over the samples")
    parser.add_argument(
        "--caches", action="store_true", help="also simulate the caches and branch prediction"
    )
    parser.add_argument(
        "--l2", type=int, default=1 << 20, help="the second-level cache, in bytes (--caches)"
    )
    args = parser.parse_args()
    l2 = args.l2 if args.caches else None
    base = counts(0, l2=l2)
    total = counts(args.rounds, l2=l2)
    parses = 5 * args.rounds
    per_parse = {name: (total[name] - base[name]) / parses for name in total}
    print(f"{per_parse['instructions'] / 1e6:.2f} million instructions per parse of a sample")
    if args.caches:
        for name in list(_COUNTS)[1:]:
            print(f"{per_parse.get(name, 0) / 1e3:.1f} thousand {name} per parse")
        cycles = sum(_CYCLES[name] * value for name, value in per_parse.items())
        print(f"{cycles / 1e6:.2f} million cycles per parse, as estimated from these")


if __name__ == "__main__":
    main()
