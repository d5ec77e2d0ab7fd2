"""
Make docs/two-governments-report.png: the HTML report of the example of docs/two-governments.md.

The script runs the page's doctest examples, so that the screenshot is always of the page's
own example, renders ``comparison.to_html(...)`` with headless Chromium and writes the PNG.

    python scripts/report_screenshot.py            # Chromium as "chromium" on the PATH
    AFDIPLO_CHROMIUM=/path/to/chrome python scripts/report_screenshot.py
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGE = DOCS / "two-governments.md"
PNG = DOCS / "two-governments-report.png"
SIZE = "1200,1560"


def example_html() -> str:
    """The page's examples run in order, and the HTML report of their comparison."""
    namespace: dict[str, object] = {}
    examples = doctest.DocTestParser().get_examples(PAGE.read_text(encoding="utf-8"))
    with contextlib.redirect_stdout(io.StringIO()):  # what the examples print is not wanted
        for example in examples:
            exec(compile(example.source, str(PAGE), "exec"), namespace)  # noqa: S102 - our docs
    comparison, a, b = (namespace[key] for key in ("comparison", "beijing", "washington"))
    return comparison.to_html(text_a=a.text, text_b=b.text)  # type: ignore[attr-defined]


def main() -> int:
    """Write the screenshot; return the exit status."""
    chromium = shutil.which(os.environ.get("AFDIPLO_CHROMIUM", "chromium"))
    if chromium is None:
        print("report_screenshot: chromium not found (set AFDIPLO_CHROMIUM)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        page.write_text(example_html(), encoding="utf-8")
        subprocess.run(  # noqa: S603 - the browser, on a page this script wrote
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={Path(folder) / 'profile'}",
                f"--window-size={SIZE}",
                f"--screenshot={PNG}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"wrote {PNG.relative_to(DOCS.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
