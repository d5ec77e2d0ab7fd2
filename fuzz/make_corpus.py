"""Write the starting corpus for fuzz_afdiplo.py: the seeds and dev readouts, and their JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import afdiplo

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "corpus" / "readouts").glob("*/*.txt"))
    for number, path in enumerate(paths):
        data = path.read_bytes()
        (out / f"parse-{number:03d}").write_bytes(b"\x01" + data)
        readout = afdiplo.parse(data, strict=False)
        (out / f"json-{number:03d}").write_bytes(b"\x00" + afdiplo.to_json(readout).encode())
    print(f"wrote {2 * len(paths)} inputs to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus")
