"""
How much of the parser's code one parse runs: a count that a busy machine does not move.

Usage::

    python benchmarks/footprint.py                        # this checkout
    PYTHONPATH=/path/to/other/src python benchmarks/footprint.py   # another tree, to compare
    python benchmarks/footprint.py --top 15               # and the functions that run the most code

After a warm-up, each bundled sample is parsed once with Python's tracing of every bytecode
(``frame.f_trace_opcodes``), and the script prints, per parse: the bytecodes executed, the
distinct bytecodes (a code object and an offset in it) and the distinct functions they belong
to, and how many times each distinct bytecode ran on average.

Two parsers that execute about as many bytecodes and instructions (``instructions.py``) may
still differ in time by far more: the one that spreads its bytecodes over more distinct code
reuses less of what the core has cached and predicted (the bytecode itself, the branches of the
interpreter that run it, the code of the C functions it calls), and each bytecode costs it more.
The count of distinct bytecodes says how spread a parse is; compare it between two trees.
"""

from __future__ import annotations

import argparse
import collections
import sys
from types import FrameType

import afdiplo
from afdiplo.samples import sample_texts

_Site = tuple[str, str, int]  # file, function, first line


def _site(frame: FrameType) -> _Site:
    code = frame.f_code
    name = getattr(code, "co_qualname", code.co_name)  # (Python 3.11 on)
    return code.co_filename.rsplit("/", 1)[-1], name, code.co_firstlineno


def footprint(texts: list[str]) -> tuple[collections.Counter[_Site], dict[_Site, set[int]]]:
    """The bytecodes executed in each function, and their offsets, parsing each of *texts*."""
    executed: collections.Counter[_Site] = collections.Counter()
    offsets: dict[_Site, set[int]] = collections.defaultdict(set)

    def local(frame: FrameType, event: str, arg: object) -> object:  # noqa: ARG001 - tracing API
        if event == "opcode":
            site = _site(frame)
            executed[site] += 1
            offsets[site].add(frame.f_lasti)
        return local

    def call(frame: FrameType, event: str, arg: object) -> object:  # noqa: ARG001 - tracing API
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        return local

    sys.settrace(call)
    try:
        for text in texts:
            afdiplo.parse(text, strict=False)
    finally:
        sys.settrace(None)
    return executed, offsets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=0, help="list the N most spread functions")
    args = parser.parse_args()
    texts = list(sample_texts().values())
    for text in texts:  # warm up: data files, compiled patterns, caches
        afdiplo.parse(text, strict=False)
    parses = len(texts)
    executed: collections.Counter[_Site] = collections.Counter()
    distinct = 0
    functions = 0
    spread: collections.Counter[_Site] = collections.Counter()
    for text in texts:  # one at a time: what one parse runs
        ran, offsets = footprint([text])
        executed.update(ran)
        distinct += sum(map(len, offsets.values()))
        functions += len(offsets)
        spread.update({site: len(found) for site, found in offsets.items()})
    print(f"afdiplo from {afdiplo.__file__}")
    print(f"{executed.total() / parses:,.0f} bytecodes executed per parse of a sample")
    print(
        f"{distinct / parses:,.0f} distinct bytecodes per parse, "
        f"in {functions / parses:.0f} functions"
    )
    print(f"{executed.total() / distinct:.1f} executions of each distinct bytecode, on average")
    for site, count in spread.most_common(args.top):
        file, name, line = site
        ran = executed[site] / parses
        print(f"  {count / parses:7.0f} distinct, {ran:7.0f} run  {file}:{line} {name}")


if __name__ == "__main__":
    main()
