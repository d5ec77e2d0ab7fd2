"""
Write the starting corpus for fuzz_afdiplo.py: inputs for every path of its TARGETS.

A path that takes a readout starts from each seed and dev or variant readout; one that takes
JSON from each of their readouts as JSON; one that takes several readouts from pairs of them.
Each input is the path's index in TARGETS (one byte) followed by its payload.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fuzz_afdiplo import SEPARATOR, TARGETS

import afdiplo

ROOT = Path(__file__).resolve().parent.parent


def payloads(takes: str, texts: list[bytes]) -> list[bytes]:
    """The starting payloads of a path whose input is of the kind *takes* (see Target)."""
    if takes == "text":
        return texts
    if takes == "json":
        return [afdiplo.to_json(afdiplo.parse(t, strict=False)).encode() for t in texts]
    if takes == "texts":
        return [a + SEPARATOR + b for a, b in zip(texts, texts[1:] + texts[:1], strict=True)]
    msg = f"expected a payload kind of text, json or texts, found {takes!r}"
    raise ValueError(msg)


def main(out: Path) -> None:
    """Write the corpus to the folder *out*."""
    out.mkdir(parents=True, exist_ok=True)
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "corpus" / "readouts").glob("*/*.txt"))
    texts = [path.read_bytes() for path in paths]
    written = 0
    for index, target in enumerate(TARGETS):
        for number, payload in enumerate(payloads(target.takes, texts)):
            (out / f"{target.name}-{number:03d}").write_bytes(bytes([index]) + payload)
            written += 1
    print(f"wrote {written} inputs for {len(TARGETS)} paths to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus")
