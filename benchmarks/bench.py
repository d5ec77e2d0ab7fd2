"""
Benchmarks of afdiplo on one core: parse throughput, import time, compare, streaming memory,
the dateparser ``search_dates`` baseline, and how cost grows with input size.

Usage::

    python benchmarks/bench.py            # the full run (several minutes)
    python benchmarks/bench.py --quick    # smaller corpora, for a smoke test
    python benchmarks/bench.py --json bench.json

The process (and every subprocess it starts) is pinned to one CPU where the platform allows it.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402 - found through the line above, when run as a script

# --- Targets ---------------------------------------------------------------------------------

TARGET_READOUTS_PER_S = 1_000.0  # seed-sized readouts, one core
TARGET_IMPORT_MS = 150.0
TARGET_COMPARE_MS = 2.0
TARGET_RSS_DRIFT = 0.10  # last RSS within 10 % of the RSS after 10 % of the stream


# --- Sizes -----------------------------------------------------------------------------------


def sizes(*, quick: bool) -> dict[str, int]:
    """How much work each measurement does."""
    if quick:
        return {
            "seed_rounds": 20,
            "synthetic": 1_000,
            "stream": 10_000,
            "compare_runs": 200,
            "import_runs": 5,
            "baseline_rounds": 2,
            "long_runs": 5,
        }
    return {
        "seed_rounds": 200,
        "synthetic": 10_000,
        "stream": 100_000,
        "compare_runs": 2_000,
        "import_runs": 5,
        "baseline_rounds": 10,
        "long_runs": 15,
    }


# --- Helpers ---------------------------------------------------------------------------------


def pin_to_one_cpu() -> int | None:
    """Pin this process (and its future children) to one CPU; return it, or None if unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    cpu = allowed[-1]
    os.sched_setaffinity(0, {cpu})
    return cpu


def utf8_bytes(texts: Iterable[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def median_time(function: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(function) for _ in range(runs))


def _status_kib(field: str) -> int:
    """A size from /proc/self/status, in KiB (Linux), or -1 where /proc is missing."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return -1
    for line in status.splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return -1


def rss_kib() -> int:
    """The current resident set size, in KiB (Linux), or -1 where /proc is missing."""
    return _status_kib("VmRSS")


def max_rss_kib() -> int:
    """
    Peak RSS of this process in KiB.

    On Linux, VmHWM: ru_maxrss survives exec, so in a subprocess it starts at the RSS its
    parent had when it forked (the benchmark's own, tens of MiB). Elsewhere ru_maxrss (KiB,
    bytes on macOS).
    """
    peak = _status_kib("VmHWM")
    if peak >= 0:
        return peak
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def run_python(code: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """
    Run code in a fresh interpreter (same venv, same CPU pin).

    Bytecode files may be written and read, as after ``pip install``, even where the
    environment says otherwise (PYTHONDONTWRITEBYTECODE): otherwise every import would
    compile afdiplo's modules from source again, which no installed package does.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, *extra, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def source_digest() -> str:
    """A short SHA-256 of src/afdiplo/**/*.py, to tell which code a run measured."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "src" / "afdiplo").rglob("*.py")):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def machine_info(cpu: int | None) -> dict[str, Any]:
    import afdiplo  # noqa: PLC0415 - imported after the import-time measurement

    try:
        import dateparser  # noqa: PLC0415

        dateparser_version = dateparser.__version__
    except ImportError:  # pragma: no cover
        dateparser_version = None
    return {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "pinned_cpu": cpu,
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "afdiplo": afdiplo.__version__,
        "dateparser": dateparser_version,
        "source_digest": source_digest(),
    }


def seed_texts() -> list[str]:
    import afdiplo  # noqa: PLC0415

    return list(afdiplo.sample_texts().values())


# --- a. parse throughput ---------------------------------------------------------------------


def bench_seeds(rounds: int) -> dict[str, Any]:
    """Parse the five seeds *rounds* times over, one call to parse per readout."""
    import afdiplo  # noqa: PLC0415

    texts = seed_texts()
    for text in texts:  # warm up: data files, caches, the lazy dateparser import
        afdiplo.parse(text)

    def run() -> None:
        for _ in range(rounds):
            for text in texts:
                afdiplo.parse(text)

    seconds = timed(run)
    count = rounds * len(texts)
    megabytes = rounds * utf8_bytes(texts) / 1e6
    return {
        "readouts": count,
        "seconds": seconds,
        "readouts_per_s": count / seconds,
        "mb_per_s": megabytes / seconds,
        "ms_per_readout": 1000 * seconds / count,
        "mean_kb": utf8_bytes(texts) / len(texts) / 1000,
    }


def parse_all(texts: Sequence[str], progress: Callable[[int], None] | None = None) -> int:
    import afdiplo  # noqa: PLC0415

    calls = 0
    for readout in afdiplo.parse_many(texts, progress=progress):
        calls += len(readout.calls)
    return calls


def bench_synthetic(count: int) -> dict[str, Any]:
    """
    Parse a synthetic corpus through parse_many (one process).

    The clock is also read when the first half is done, for the 2N-vs-N ratio: in one run, so
    that both halves see the same warm process.
    """
    texts = synthetic.corpus(count)
    warm_up = list(synthetic.iter_readouts(min(200, count // 5), start=10 * count))
    parse_all(warm_up)  # warm up on readouts outside the corpus
    half = count // 2
    half_seconds = 0.0
    calls = 0
    start = time.perf_counter()

    def note(done: int) -> None:
        nonlocal half_seconds
        if done == half:
            half_seconds = time.perf_counter() - start

    def run() -> None:
        nonlocal calls
        calls = parse_all(texts, note)

    seconds = timed(run)
    megabytes = utf8_bytes(texts) / 1e6
    return {
        "readouts": count,
        "calls_found": calls,
        "seconds": seconds,
        "readouts_per_s": count / seconds,
        "mb_per_s": megabytes / seconds,
        "ms_per_readout": 1000 * seconds / count,
        "mean_kb": megabytes * 1000 / count,
        "half_readouts": half,
        "half_seconds": half_seconds,
        "ratio_2n_over_n": seconds / half_seconds,
    }


# --- b. import time --------------------------------------------------------------------------


def bench_import(runs: int) -> dict[str, Any]:
    """Import afdiplo in fresh interpreters; median wall time minus an empty interpreter."""
    run_python("import afdiplo")  # write any stale .pyc files first

    def wall(code: str) -> float:
        start = time.perf_counter()
        run_python(code)
        return time.perf_counter() - start

    bare = [wall("pass") for _ in range(runs)]
    loaded = [wall("import afdiplo") for _ in range(runs)]
    # Import and parse one sample: what a script that parses one readout waits for, since
    # the parser's stages (and dateparser) load with the first parse.
    first_parse = "import afdiplo; afdiplo.parse(next(iter(afdiplo.sample_texts().values())))"
    parsed = [wall(first_parse) for _ in range(runs)]
    cumulative = []
    for _ in range(runs):
        stderr = run_python("import afdiplo", "-X", "importtime").stderr
        for line in stderr.splitlines():
            fields = [f.strip() for f in line.removeprefix("import time:").split("|")]
            if len(fields) == 3 and fields[2] == "afdiplo":
                cumulative.append(int(fields[1]) / 1000)
    probe = (
        "import sys, json, afdiplo; "
        "print(json.dumps({'dateparser': 'dateparser' in sys.modules, "
        "'regex': 'regex' in sys.modules, 'modules': len(sys.modules)}))"
    )
    found = json.loads(run_python(probe).stdout)
    return {
        "runs": runs,
        "bare_ms": 1000 * statistics.median(bare),
        "with_afdiplo_ms": 1000 * statistics.median(loaded),
        "import_ms": 1000 * (statistics.median(loaded) - statistics.median(bare)),
        "import_and_first_parse_ms": 1000 * (statistics.median(parsed) - statistics.median(bare)),
        "importtime_cumulative_ms": statistics.median(cumulative) if cumulative else None,
        "dateparser_imported": found["dateparser"],
        "regex_imported": found["regex"],
        "modules_loaded": found["modules"],
    }


# --- c. compare ------------------------------------------------------------------------------


def bench_compare(runs: int) -> dict[str, Any]:
    """
    Time compare(seed 001, seed 002) on already parsed readouts.

    Two figures: the same pair compared again and again (what compare() has worked out for
    each position text is cached), and the pair with those caches emptied before each call,
    as for readouts never compared before.
    """
    import afdiplo  # noqa: PLC0415

    samples = afdiplo.sample_texts()
    names = sorted(samples)
    first = afdiplo.parse(samples[names[1]])
    second = afdiplo.parse(samples[names[2]])
    cold = timed(lambda: afdiplo.compare(first, second))
    forget = sys.modules["afdiplo.compare._align"]._clear_caches  # noqa: SLF001 - for this figure only
    times = []
    fresh = []
    for _ in range(runs):
        start = time.perf_counter()
        afdiplo.compare(first, second)
        times.append(time.perf_counter() - start)
        forget()
        start = time.perf_counter()
        afdiplo.compare(first, second)
        fresh.append(time.perf_counter() - start)
    return {
        "pair": [names[1], names[2]],
        "positions": [sum(len(c.positions) for c in r.calls) for r in (first, second)],
        "runs": runs,
        "first_call_ms": 1000 * cold,
        "median_ms": 1000 * statistics.median(times),
        "min_ms": 1000 * min(times),
        "max_ms": 1000 * max(times),
        "fresh_median_ms": 1000 * statistics.median(fresh),
    }


# --- d. streaming memory ---------------------------------------------------------------------


def stream_child(count: int) -> None:
    """Stream *count* synthetic readouts through parse_many and to_json; print RSS as JSON."""
    import afdiplo  # noqa: PLC0415

    checkpoints = {max(1, count * tenth // 10): tenth * 10 for tenth in range(1, 11)}
    start_rss = rss_kib()
    profile = []
    first: dict[str, int] = {}
    start = time.perf_counter()
    with Path(os.devnull).open("w", encoding="utf-8") as sink:
        for done, readout in enumerate(afdiplo.parse_many(synthetic.iter_readouts(count)), 1):
            sink.write(afdiplo.to_json(readout))
            sink.write("\n")
            if done == 1:
                first = {"rss_kib": rss_kib(), "peak_rss_kib": max_rss_kib()}
            if done in checkpoints:
                profile.append(
                    {
                        "percent": checkpoints[done],
                        "done": done,
                        "rss_kib": rss_kib(),
                        "peak_rss_kib": max_rss_kib(),
                    }
                )
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "readouts": count,
                "seconds": seconds,
                "readouts_per_s": count / seconds,
                "rss_after_import_kib": start_rss,
                "after_first_readout": first,
                "profile": profile,
                # ru_maxrss can lag behind the current RSS until the kernel updates it.
                "peak_rss_kib": max(max_rss_kib(), rss_kib()),
            }
        )
    )


def bench_stream(count: int) -> dict[str, Any]:
    result = subprocess.run(  # noqa: S603 - this very script
        [sys.executable, str(Path(__file__).resolve()), "--stream-child", str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, Any] = json.loads(result.stdout)
    at_10 = data["profile"][0]["rss_kib"]
    at_100 = data["profile"][-1]["rss_kib"]
    data["rss_at_10_kib"] = at_10
    data["rss_at_100_kib"] = at_100
    data["drift"] = (at_100 - at_10) / at_10
    return data


# --- e. baseline -----------------------------------------------------------------------------


def bench_baseline(rounds: int, afdiplo_readouts_per_s: float) -> dict[str, Any]:
    """dateparser.search.search_dates over the seeds, the obvious do-it-yourself alternative."""
    from dateparser.search import search_dates  # noqa: PLC0415

    texts = seed_texts()
    settings = {"RELATIVE_BASE": dt.datetime(2021, 8, 20)}  # noqa: DTZ001 - naive, as dateparser
    for text in texts:
        search_dates(text, languages=["en"], settings=settings)

    def run() -> None:
        for _ in range(rounds):
            for text in texts:
                search_dates(text, languages=["en"], settings=settings)

    seconds = timed(run)
    count = rounds * len(texts)
    per_s = count / seconds
    return {
        "readouts": count,
        "seconds": seconds,
        "readouts_per_s": per_s,
        "mb_per_s": rounds * utf8_bytes(texts) / 1e6 / seconds,
        "afdiplo_over_search_dates": afdiplo_readouts_per_s / per_s,
    }


# --- f. linear cost --------------------------------------------------------------------------


def lengthen(text: str, factor: int) -> str:
    """
    Make one readout about *factor* times longer: keep its header and last paragraph, and add
    copies of the body paragraphs in between, each copy with the body's sentences shuffled and
    regrouped (the parser skips a paragraph it has already seen, so plain repeats would be free).
    """
    paragraphs = text.split("\n\n")
    head, body, tail = paragraphs[:2], paragraphs[2:-1], paragraphs[-1:]
    sentences = [s for p in body for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p.strip()) if s]
    shape = [len(re.split(r"(?<=[.!?])\s+(?=[A-Z])", p.strip())) for p in body]
    rng = random.Random(factor)  # noqa: S311 - reproducible text, not secrets
    target = factor * len(text)
    grown = list(body)
    seen = {" ".join(p.split()) for p in body}
    while len("\n\n".join(head + grown + tail)) < target:
        rng.shuffle(sentences)
        cursor = 0
        for size in shape:
            paragraph = " ".join(sentences[cursor : cursor + size])
            cursor += size
            if " ".join(paragraph.split()) not in seen:
                seen.add(" ".join(paragraph.split()))
                grown.append(paragraph)
    return "\n\n".join(head + grown + tail)


def bench_long(runs: int) -> dict[str, Any]:
    """Parse seed 001 and the same readout made about 10 times longer."""
    import afdiplo  # noqa: PLC0415

    samples = afdiplo.sample_texts()
    name = sorted(samples)[1]
    short = samples[name]
    long = lengthen(short, 10)
    afdiplo.parse(short)
    long_readout = afdiplo.parse(long)
    short_s = median_time(lambda: afdiplo.parse(short), runs)
    long_s = median_time(lambda: afdiplo.parse(long), runs)
    return {
        "readout": name,
        "runs": runs,
        "short_chars": len(short),
        "long_chars": len(long),
        "length_ratio": len(long) / len(short),
        "long_positions": sum(len(c.positions) for c in long_readout.calls),
        "short_ms": 1000 * short_s,
        "long_ms": 1000 * long_s,
        "time_ratio": long_s / short_s,
    }


# --- Report ----------------------------------------------------------------------------------


def verdict(ok: bool) -> str:  # noqa: FBT001
    return "PASS" if ok else "MISS"


def rows(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    seeds = results["parse_seeds"]
    synth = results["parse_synthetic"]
    imp = results["import"]
    cmp_ = results["compare"]
    stream = results["stream"]
    base = results["baseline"]
    long = results["linear"]
    mib = 1024
    return [
        (
            f"parse, seeds x{seeds['readouts'] // 5} ({seeds['mean_kb']:.1f} KB each)",
            f"{seeds['readouts_per_s']:,.0f} readouts/s, {seeds['mb_per_s']:.2f} MB/s",
            ">= 1,000 readouts/s",
            verdict(seeds["readouts_per_s"] >= TARGET_READOUTS_PER_S),
        ),
        (
            f"parse_many, synthetic {synth['readouts']:,} ({synth['mean_kb']:.1f} KB mean)",
            f"{synth['readouts_per_s']:,.0f} readouts/s, {synth['mb_per_s']:.2f} MB/s",
            ">= 1,000 readouts/s",
            verdict(synth["readouts_per_s"] >= TARGET_READOUTS_PER_S),
        ),
        (
            "import afdiplo (median of 5, minus bare python)",
            f"{imp['import_ms']:.0f} ms (-X importtime: {imp['importtime_cumulative_ms']:.0f} ms)",
            "< 150 ms",
            verdict(imp["import_ms"] < TARGET_IMPORT_MS),
        ),
        (
            "  import afdiplo and parse one sample (cold)",
            f"{imp['import_and_first_parse_ms']:.0f} ms",
            "",
            "",
        ),
        (
            "dateparser imported by `import afdiplo`",
            "yes" if imp["dateparser_imported"] else "no",
            "no",
            verdict(not imp["dateparser_imported"]),
        ),
        (
            "compare(seed 001, seed 002), median per call",
            f"{cmp_['median_ms']:.3f} ms (first call {cmp_['first_call_ms']:.2f} ms)",
            "< 2 ms",
            verdict(cmp_["median_ms"] < TARGET_COMPARE_MS),
        ),
        (
            "  the same, position texts never seen before",
            f"{cmp_['fresh_median_ms']:.3f} ms",
            "< 2 ms",
            verdict(cmp_["fresh_median_ms"] < TARGET_COMPARE_MS),
        ),
        (
            f"stream {stream['readouts']:,} through parse_many + to_json: peak RSS",
            f"{stream['peak_rss_kib'] / mib:.1f} MiB",
            "",
            "",
        ),
        (
            "  RSS after 10% -> after 100%",
            (
                f"{stream['rss_at_10_kib'] / mib:.1f} -> {stream['rss_at_100_kib'] / mib:.1f} MiB "
                f"({stream['drift']:+.1%})"
            ),
            "flat (within 10%)",
            verdict(abs(stream["drift"]) <= TARGET_RSS_DRIFT),
        ),
        (
            "baseline: dateparser search_dates on the seeds",
            f"{base['readouts_per_s']:,.1f} readouts/s, {base['mb_per_s']:.3f} MB/s",
            "",
            "",
        ),
        (
            "  afdiplo parse / search_dates",
            f"{base['afdiplo_over_search_dates']:.1f}x as fast",
            "",
            "",
        ),
        (
            f"one readout {long['length_ratio']:.1f}x longer: time ratio",
            f"{long['time_ratio']:.1f}x ({long['short_ms']:.1f} -> {long['long_ms']:.1f} ms)",
            f"~{long['length_ratio']:.0f}x if linear",
            "",
        ),
        (
            f"corpus of 2N vs N (N = {synth['half_readouts']:,}): time ratio",
            f"{synth['ratio_2n_over_n']:.2f}x",
            "~2x if linear",
            "",
        ),
    ]


def print_table(results: dict[str, Any]) -> None:
    info = results["machine"]
    print(
        f"afdiplo {info['afdiplo']} (src {info['source_digest']}), Python {info['python']}, "
        f"{info['cpu_model']} (pinned to CPU {info['pinned_cpu']} of {info['cpu_count']}), "
        f"{info['platform']}, {info['date']}"
    )
    table = rows(results)
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    header = ("figure", "measured", "target", "")
    line = "  ".join("-" * w for w in widths)
    print(line)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    print(line)
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    print(line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora (a smoke test)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure to OUT")
    parser.add_argument("--stream-child", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cpu = pin_to_one_cpu()
    if args.stream_child:
        stream_child(args.stream_child)
        return 0
    size = sizes(quick=args.quick)
    steps: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("import", lambda: bench_import(size["import_runs"])),
        ("parse_seeds", lambda: bench_seeds(size["seed_rounds"])),
        ("parse_synthetic", lambda: bench_synthetic(size["synthetic"])),
        ("compare", lambda: bench_compare(size["compare_runs"])),
        ("linear", lambda: bench_long(size["long_runs"])),
        (
            "baseline",
            lambda: bench_baseline(
                size["baseline_rounds"], results["parse_seeds"]["readouts_per_s"]
            ),
        ),
        ("stream", lambda: bench_stream(size["stream"])),
    ]
    results: dict[str, Any] = {"quick": args.quick, "sizes": size}
    for name, step in steps:
        print(f"... {name}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        results[name] = step()
        print(f"    {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    results["machine"] = machine_info(cpu)
    results["targets"] = {row[0]: row[3] for row in rows(results) if row[3]}
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
