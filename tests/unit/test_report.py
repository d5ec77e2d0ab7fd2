"""
afdiplo.compare.report: the HTML report, rendered by a real browser.

Chromium renders each page headless and dumps the document it built; the test reads that
document back and checks that every position is there with its text, that every link has its
target, and that no hostile text became an element. CI installs Chromium (``.ci/run``); without
it these tests fail, saying so, rather than skip.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import afdiplo
from afdiplo import Comparison, Position
from conftest import REPO

#: Chromium's name on Debian; AFDIPLO_CHROMIUM names another binary.
CHROMIUM = os.environ.get("AFDIPLO_CHROMIUM", "chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
HOSTILE = (
    '<b>Wang & Qureshi</b> "talk"\n\n'
    "On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with Pakistani "
    'Foreign Minister Shah Mahmood Qureshi. Wang said China supports "<script>document.title='
    "'owned'</script>\" & 'friends'. Qureshi said </mark><img src=x onerror=\"alert(1)\"> is "
    "\"fine\" & <a href='#b1'>safe</a>.\n"
)


class _Document(HTMLParser):
    """What a rendered page holds: tags, the text of each element with an id, link targets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: dict[str, str] = {}
        self.hrefs: list[str] = []
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.hrefs.append(found["href"] or "")
        if tag in {"meta", "br", "link", "img", "input"}:
            return  # void elements are never closed
        element_id = found.get("id")
        if element_id is not None:
            self.ids[element_id] = ""
        self._open.append(element_id)

    def handle_endtag(self, tag: str) -> None:
        if tag not in {"meta", "br", "link", "img", "input"} and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for element_id in self._open:
            if element_id is not None:
                self.ids[element_id] += data


def _chromium() -> str:
    found = shutil.which(CHROMIUM)
    if found is None:
        pytest.fail(
            f"{CHROMIUM!r} is not installed, and the HTML report is tested in a real browser: "
            "install it (Debian: apt-get install -y chromium; .ci/run does) or set "
            "AFDIPLO_CHROMIUM to a Chromium binary"
        )
    return found


def render(page: str, folder: Path) -> _Document:
    """*page* as Chromium renders it: the document it built, read back."""
    path = folder / "report.html"
    path.write_text(page, encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - the browser, on a file this test wrote
        [_chromium(), *FLAGS, f"--user-data-dir={folder / 'profile'}", "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (0, True) == (result.returncode, "</html>" in result.stdout), result.stderr[-2000:]
    document = _Document()
    document.feed(result.stdout)
    return document


def sides(comparison: Comparison) -> dict[str, Position]:
    """Every position of the comparison by the id the report gives it ("a1", "b3", ...)."""

    def ordered(positions: set[Position]) -> list[Position]:
        return sorted(positions, key=lambda p: (p.span.start, p.span.end))

    a = ordered({*(m.a for m in comparison.matched), *comparison.only_in_a})
    b = ordered({*(m.b for m in comparison.matched), *comparison.only_in_b})
    return {
        **{f"a{n}": p for n, p in enumerate(a, start=1)},
        **{f"b{n}": p for n, p in enumerate(b, start=1)},
    }


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Comparison, _Document]:
    """Seeds 001 and 002 compared, their texts in place, and the page as Chromium renders it."""
    a = afdiplo.parse_file(REPO / "seeds" / "001_2fac647d5e77c0f9.txt")
    b = afdiplo.parse_file(REPO / "seeds" / "002_371f03bf1a80d86c.txt")
    comparison = afdiplo.compare(a, b, label_a="001.txt", label_b="002.txt")
    page = comparison.to_html(text_a=a.text, text_b=b.text)
    return comparison, render(page, tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Comparison, _Document]:
    """A readout of hostile text compared with itself, labelled with markup, as rendered."""
    readout = afdiplo.parse(HOSTILE)
    comparison = afdiplo.compare(
        readout, readout, label_a='<i id="x">A</i>', label_b="<script>alert(2)</script>"
    )
    page = comparison.to_html(text_a=readout.text, text_b=readout.text)
    return comparison, render(page, tmp_path_factory.mktemp("hostile"))


class TestInABrowser:
    def test_every_position_is_in_the_page(self, seeds: tuple[Comparison, _Document]) -> None:
        """Each position of both sides is an element of the rendered page, with its text."""
        comparison, document = seeds
        expected = {key: p.text for key, p in sides(comparison).items()}
        assert expected == {key: document.ids.get(key) for key in expected}

    def test_every_link_has_its_target(self, seeds: tuple[Comparison, _Document]) -> None:
        """Every link of the page leads to an element of it, and every pair is linked."""
        comparison, document = seeds
        targets = {href.removeprefix("#") for href in document.hrefs}
        assert (set(), True) == (
            {href for href in document.hrefs if href.removeprefix("#") not in document.ids},
            len(targets) >= len(comparison.matched) // 2,
        )

    def test_hostile_text_stays_text(self, hostile: tuple[Comparison, _Document]) -> None:
        """Markup in a readout and in the labels is shown as text: no script, image or link."""
        comparison, document = hostile
        expected = {key: p.text for key, p in sides(comparison).items()}
        assert (set(), expected) == (
            {"script", "img", "i", "b"} & set(document.tags),
            {key: document.ids.get(key) for key in expected},
        )

    def test_hostile_links_have_targets(self, hostile: tuple[Comparison, _Document]) -> None:
        """Every link of the page of hostile text leads to an element of it."""
        _, document = hostile
        assert [] == [h for h in document.hrefs if h.removeprefix("#") not in document.ids]


def test_the_docs_screenshot_is_of_the_docs_example() -> None:
    """scripts/report_screenshot.py renders the example of the docs page, whose PNG is there."""
    spec = importlib.util.spec_from_file_location(
        "report_screenshot", REPO / "scripts" / "report_screenshot.py"
    )
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    page = script.example_html()
    png = script.PNG.read_bytes()
    width = int.from_bytes(png[16:20], "big")
    assert (True, b"\x89PNG", 1200) == ("<dd>beijing.txt</dd>" in page, png[:4], width)
