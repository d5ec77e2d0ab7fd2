"""
Write the starting corpus for fuzz_afdiplo.py: inputs for every path of its TARGETS.

A path that takes a readout starts from each seed and dev or variant readout, as it is and as
an HTML page; one that takes JSON from each of their readouts as JSON (and that of their first
paragraphs); one that takes several readouts from pairs of them.
Each input is the path's index in TARGETS (one byte) followed by its payload.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fuzz_afdiplo import SEPARATOR, TARGETS

import afdiplo

ROOT = Path(__file__).resolve().parent.parent


def as_page(text: bytes) -> bytes:
    """*text* as an HTML page: paragraphs, a script, a style, a comment and entities."""
    paragraphs = b"".join(
        b"<p>" + p.replace(b"&", b"&amp;").replace(b"'", b"&#39;") + b"</p>\n"
        for p in text.split(b"\n\n")
    )
    return (
        b"<!DOCTYPE html><html><head><title>Readout</title><script>var s = '<p>x</p>';"
        b"</script><style>p { margin: 0 }</style></head><body><!-- nav -->"
        + paragraphs
        + b"</body></html>"
    )


def opening(text: bytes) -> bytes:
    """The first paragraphs of *text*: up to the first blank line after 200 bytes, at most 2,000."""
    end = text.find(b"\n\n", 200)
    return text[: end if 0 <= end < 2000 else 2000]


def payloads(takes: str, texts: list[bytes]) -> list[bytes]:
    """The starting payloads of a path whose input is of the kind *takes* (see Target)."""
    if takes == "text":
        return texts + [as_page(t) for t in texts]
    if takes == "json":
        # Whole readouts, and readouts of their first paragraphs: small ones mutate further.
        return [
            afdiplo.to_json(afdiplo.parse(t, strict=False)).encode()
            for t in texts + [opening(t) for t in texts]
        ]
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
