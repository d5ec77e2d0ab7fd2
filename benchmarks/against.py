"""
Parse throughput of this checkout against another commit, measured in one run.

Usage::

    python benchmarks/against.py REV              # e.g. a release tag or a commit hash
    python benchmarks/against.py REV --rounds 9 --json against.json

The source tree of ``REV`` (``git archive``) is unpacked into a temporary directory, and the
two trees are timed in turns, each round in a fresh interpreter of this environment pinned to
one CPU, with ``PYTHONPATH`` naming the tree: the five seeds (``seeds/``) parsed
``--seed-rounds`` times over, as ``bench.py --quick`` does, and the synthetic corpus of
``synthetic.py``, both through ``parse_many``. Both trees read the same texts; the figure of each
is the median of its rounds, and the ratio is this checkout's throughput over ``REV``'s (1.0:
as fast; 0.85: 15 % slower). CPU time is reported beside wall time, as a busy machine moves
wall time more.

With ``--compiled``, this checkout is also built as the release wheels are (the parser's
modules compiled by mypyc, ``HATCH_BUILD_HOOKS_ENABLE=1``; needs ``build``, a C compiler and
the package index for the build's requirements) and timed as a third tree, with its own ratio
to ``REV``::

    python benchmarks/against.py 801b47c --compiled
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# What each round runs, in a fresh interpreter: the throughput of seeds and synthetic texts.
_CHILD = r"""
import json, os, sys, time
from pathlib import Path
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})
sys.path.insert(0, sys.argv[1])
import synthetic
import afdiplo
seed_rounds, count = int(sys.argv[2]), int(sys.argv[3])
seeds = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[4], "seeds").glob("*.txt"))]
texts = synthetic.corpus(count)
for text in seeds + list(synthetic.iter_readouts(50, start=10 * count)):
    afdiplo.parse(text, strict=False)  # warm up: data files, caches, dateparser
figures = {"module": afdiplo.__file__}
for name, work in (("seeds", [t for _ in range(seed_rounds) for t in seeds]), ("synthetic", texts)):
    wall, cpu = time.perf_counter(), time.process_time()
    for readout in afdiplo.parse_many(work, strict=False):
        pass
    figures[name] = {
        "readouts": len(work),
        "wall_per_s": len(work) / (time.perf_counter() - wall),
        "cpu_per_s": len(work) / (time.process_time() - cpu),
    }
print(json.dumps(figures))
"""


def unpack(revision: str, into: Path) -> Path:
    """The ``src`` tree of *revision*, unpacked under *into*."""
    archive = subprocess.run(  # noqa: S603 - git, on this repository
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "src"],  # noqa: S607
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.12, and 3.10.12 and 3.11.4 on
            tar.extractall(into, filter="data")
        else:
            tar.extractall(into)  # noqa: S202 - our own repository's archive
    return into / "src"


_MEASURES = ("wall_per_s", "cpu_per_s")


def compiled(into: Path) -> Path:
    """
    This checkout built as the release wheels are (its modules compiled by mypyc), unpacked.

    The sdist is built first and the wheel from it, so that the compiled modules are left in a
    temporary directory, not beside the sources (where they would shadow them).
    """
    dist = into / "dist"
    steps = (
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(dist), str(ROOT)],
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(dist)],
    )
    environment = {**os.environ, "HATCH_BUILD_HOOKS_ENABLE": "1"}
    subprocess.run(steps[0], check=True, capture_output=True, env=environment)  # noqa: S603
    sdist = next(dist.glob("afdiplo-*.tar.gz"))
    subprocess.run([*steps[1], str(sdist)], check=True, env=environment)  # noqa: S603
    wheel = next(dist.glob("afdiplo-*.whl"))
    if wheel.name.endswith("-none-any.whl"):
        msg = f"{wheel.name} is a pure-Python wheel: the mypyc build hook did not run"
        raise SystemExit(msg)
    tree = into / "compiled"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tree)  # noqa: S202 - the wheel this checkout just built
    return tree


def one_round(source: Path, seed_rounds: int, count: int) -> dict[str, Any]:
    environment = {**os.environ, "PYTHONPATH": str(source)}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as once installed
    done = subprocess.run(  # noqa: S603 - this interpreter, on our own code
        [sys.executable, "-c", _CHILD, str(HERE), str(seed_rounds), str(count), str(ROOT)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if done.returncode != 0:
        msg = f"the round on {source} failed:\n{done.stderr}"
        raise SystemExit(msg)
    figures: dict[str, Any] = json.loads(done.stdout)
    if not Path(figures["module"]).is_relative_to(source):
        msg = f"the round on {source} imported afdiplo from {figures['module']}"
        raise SystemExit(msg)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    parser.add_argument("revision", help="the commit to measure against (hash, tag, branch)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds per tree (default 7)")
    parser.add_argument("--seed-rounds", type=int, default=20, help="passes over the seeds")
    parser.add_argument("--synthetic", type=int, default=1_000, help="synthetic readouts")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure to OUT")
    parser.add_argument(
        "--compiled",
        action="store_true",
        help="time this checkout as the release wheels build it (mypyc), beside its pure tree",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        trees = {"this checkout": ROOT / "src", args.revision: unpack(args.revision, Path(scratch))}
        if args.compiled:
            trees["compiled"] = compiled(Path(scratch))
        rounds: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
        for number in range(args.rounds):
            # Alternate which tree goes first, so that neither always runs on a warmer machine.
            order = list(trees) if number % 2 == 0 else list(reversed(trees))
            for name in order:
                rounds[name].append(one_round(trees[name], args.seed_rounds, args.synthetic))
    results: dict[str, Any] = {"revision": args.revision, "rounds": args.rounds, "trees": {}}
    for name, figures in rounds.items():
        results["trees"][name] = {
            corpus: {
                measure: statistics.median(f[corpus][measure] for f in figures)
                for measure in ("wall_per_s", "cpu_per_s")
            }
            for corpus in ("seeds", "synthetic")
        }
    theirs = results["trees"][args.revision]
    ratios = {}
    for name in ("this checkout", "compiled"):
        if name in results["trees"]:
            ours = results["trees"][name]
            ratios["ratio" if name == "this checkout" else "ratio compiled"] = {
                corpus: {
                    m: ours[corpus][m] / theirs[corpus][m] for m in ("wall_per_s", "cpu_per_s")
                }
                for corpus in ("seeds", "synthetic")
            }
    results.update(ratios)
    print(f"parse throughput, median of {args.rounds} rounds each, readouts per second")
    print(f"{'':<16}{'seeds wall':>12}{'seeds cpu':>12}{'synth wall':>12}{'synth cpu':>12}")
    for name, tree in (*results["trees"].items(), *ratios.items()):
        cells = [tree[c][m] for c in ("seeds", "synthetic") for m in ("wall_per_s", "cpu_per_s")]
        form = "{:>12.3f}" if name.startswith("ratio") else "{:>12.0f}"
        print(f"{name[:15]:<16}" + "".join(form.format(cell) for cell in cells))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
