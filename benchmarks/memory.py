"""
Peak memory of afdiplo: one long readout, a stream of readouts, and adversarial texts.

Usage::

    python benchmarks/memory.py                 # 5 MB readout, 10,000 readouts, 5 MB adversarial
    python benchmarks/memory.py --quick         # 1 MB, 1,000 readouts, 1 MB adversarial
    python benchmarks/memory.py --json mem.json

The adversarial texts are the families of the linear-cost sample (tests/adversarial.py) and the
runs of :data:`RUNS`, the costliest per character found: each line, sentence or edit is an object.

Each measurement runs in a fresh interpreter, which reads its own peak resident memory
(``VmHWM`` from ``/proc/self/status`` on Linux, ``ru_maxrss`` elsewhere). The bounds below are
checked, and the exit status is 1 when one is exceeded. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

import bench  # noqa: E402 - found through the lines above, when run as a script
import synthetic  # noqa: E402

MIB = 1024 * 1024

# --- Bounds ----------------------------------------------------------------------------------

#: What one parse of a readout may add to the process's peak memory, per character of input.
#: A 5 MB readout takes about 30 (each sentence keeps its folded text, word set and key set).
PARSE_BYTES_PER_CHAR = 40
#: The same for any text at all. Each line, sentence and edit of the text is a few objects;
#: the costliest text found, a short sentence on every line ("Ab.\n"), takes about 361.
ADVERSARIAL_BYTES_PER_CHAR = 450
#: Runs of a short piece, repeated to the size of the adversarial texts.
RUNS = {
    "line breaks": "x\n",
    "carriage returns": "x\r",
    "sentences": "Ab. ",
    "sentences on lines": "Ab.\n",
    "tags": "<p>x",
    "zero-width characters": "x\u200b",
    "combining marks": "x\u0300 ",
    "capitalised words": "On ",
}
#: The peak memory of a process that streams readouts through parse_many and to_json.
STREAM_PEAK_MIB = 64


def sizes(*, quick: bool) -> dict[str, int]:
    """How much work each measurement does."""
    if quick:
        return {"readout_chars": 1_000_000, "stream": 1_000, "adversarial_chars": 1_000_000}
    return {"readout_chars": 5_000_000, "stream": 10_000, "adversarial_chars": 5_000_000}


# --- Measuring in a fresh interpreter --------------------------------------------------------


def peak_mib() -> float:
    """The peak resident memory of this process, in MiB (see :func:`bench.max_rss_kib`)."""
    return bench.max_rss_kib() / 1024


def rss_mib() -> float:
    """The resident memory of this process now, in MiB (the peak where /proc is missing)."""
    rss = bench.rss_kib()
    return rss / 1024 if rss >= 0 else peak_mib()


def long_readout(chars: int) -> str:
    """Synthetic readouts joined into one text of at least *chars* characters."""
    parts: list[str] = []
    length = 0
    for text in synthetic.iter_readouts(chars):
        parts.append(text)
        length += len(text) + 2
        if length >= chars:
            break
    return "\n\n".join(parts)


def adversarial_text(name: str, chars: int) -> str:
    """
    The text of the adversarial family *name* (tests/adversarial.py), or of the run *name*
    of :data:`RUNS`, about *chars* long.
    """
    if name in RUNS:
        return RUNS[name] * (chars // len(RUNS[name]))
    import adversarial  # noqa: PLC0415 - tests/ is on the path only for this script

    family = next(f for f in adversarial.families() if f.name == name)
    return family.text(family.repeats(chars))


def child_parse(chars: int, family: str | None) -> dict[str, Any]:
    """
    Parse one text in this fresh interpreter: the long readout, or the text of *family*.

    Returns its size and what the parse added to the peak memory of the process.
    """
    import afdiplo  # noqa: PLC0415

    text = long_readout(chars) if family is None else adversarial_text(family, chars)
    afdiplo.parse("On 19 August, Wang Yi had a phone call with Sergey Lavrov.")  # load the stages
    before = max(rss_mib(), peak_mib())
    start = time.process_time()
    readout = afdiplo.parse(text, strict=False)
    seconds = time.process_time() - start
    peak = peak_mib()
    return {
        "chars": len(text),
        "calls": len(readout.calls),
        "seconds": seconds,
        "peak_before_mib": before,
        "peak_mib": peak,
        "added_mib": max(0.0, peak - before),
        "bytes_per_char": max(0.0, peak - before) * MIB / len(text),
    }


def child_stream(count: int) -> dict[str, Any]:
    """Stream *count* synthetic readouts through parse_many and to_json, in this interpreter."""
    import afdiplo  # noqa: PLC0415

    after_import = rss_mib()
    start = time.process_time()
    with Path(os.devnull).open("w", encoding="utf-8") as sink:
        for readout in afdiplo.parse_many(synthetic.iter_readouts(count)):
            sink.write(afdiplo.to_json(readout))
            sink.write("\n")
    return {
        "readouts": count,
        "seconds": time.process_time() - start,
        "after_import_mib": after_import,
        "peak_mib": max(peak_mib(), rss_mib()),
    }


def in_child(*arguments: str) -> dict[str, Any]:
    """Run this script with *arguments* in a fresh interpreter; the figures it prints."""
    result = subprocess.run(  # noqa: S603 - this very script, with our own interpreter
        [sys.executable, str(Path(__file__).resolve()), *arguments],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


# --- The measurements ------------------------------------------------------------------------


def adversarial_sample() -> list[str]:
    """The names of the families the linear-cost tests time in CI."""
    import adversarial  # noqa: PLC0415

    return [family.name for family in adversarial.sample(adversarial.families())]


def measure(size: dict[str, int]) -> dict[str, Any]:
    """Every figure, each from its own interpreter."""
    print("... one long readout", file=sys.stderr, flush=True)
    readout = in_child("--child-parse", str(size["readout_chars"]))
    print("... a stream of readouts", file=sys.stderr, flush=True)
    stream = in_child("--child-stream", str(size["stream"]))
    adversarial: dict[str, dict[str, Any]] = {}
    names = [*RUNS, *adversarial_sample()]
    for number, name in enumerate(names, start=1):
        print(f"... adversarial {number}/{len(names)}: {name}", file=sys.stderr, flush=True)
        adversarial[name] = in_child(
            "--child-parse", str(size["adversarial_chars"]), "--family", name
        )
    return {"sizes": size, "readout": readout, "stream": stream, "adversarial": adversarial}


def verdicts(figures: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """Each figure, what was measured, its bound, and whether the bound holds."""
    readout, stream, adversarial = figures["readout"], figures["stream"], figures["adversarial"]
    worst_name, worst = max(adversarial.items(), key=lambda item: item[1]["bytes_per_char"])
    readout_figure = f"parse of one readout of {readout['chars']:,} characters"
    adversarial_figure = f"parse of {len(adversarial)} adversarial texts of {worst['chars']:,}"
    return [
        (
            f"{readout_figure} ({readout['calls']:,} calls)",
            (
                f"+{readout['added_mib']:.1f} MiB, {readout['bytes_per_char']:.1f} bytes per "
                f"character (peak {readout['peak_mib']:.1f} MiB)"
            ),
            f"at most {PARSE_BYTES_PER_CHAR} bytes per character",
            readout["bytes_per_char"] <= PARSE_BYTES_PER_CHAR,
        ),
        (
            f"stream of {stream['readouts']:,} readouts through parse_many and to_json",
            f"peak {stream['peak_mib']:.1f} MiB (after import {stream['after_import_mib']:.1f})",
            f"at most {STREAM_PEAK_MIB} MiB",
            stream["peak_mib"] <= STREAM_PEAK_MIB,
        ),
        (
            f"{adversarial_figure} characters; the worst: {worst_name}",
            f"+{worst['added_mib']:.1f} MiB, {worst['bytes_per_char']:.1f} bytes per character",
            f"at most {ADVERSARIAL_BYTES_PER_CHAR} bytes per character",
            all(f["bytes_per_char"] <= ADVERSARIAL_BYTES_PER_CHAR for f in adversarial.values()),
        ),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print a table, and say whether every bound holds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs (a smoke test)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure to OUT")
    parser.add_argument("--child-parse", type=int, metavar="CHARS", help=argparse.SUPPRESS)
    parser.add_argument("--family", metavar="NAME", help=argparse.SUPPRESS)
    parser.add_argument("--child-stream", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_parse:
        print(json.dumps(child_parse(args.child_parse, args.family)))
        return 0
    if args.child_stream:
        print(json.dumps(child_stream(args.child_stream)))
        return 0
    figures = measure(sizes(quick=args.quick))
    rows = verdicts(figures)
    for figure, measured, bound, ok in rows:
        print(f"{'PASS' if ok else 'MISS'}  {figure}\n      {measured}; bound: {bound}")
    if args.json:
        figures["bounds"] = {row[0]: {"bound": row[2], "ok": row[3]} for row in rows}
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0 if all(row[3] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
