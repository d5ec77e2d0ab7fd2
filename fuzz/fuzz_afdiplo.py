"""
Coverage-guided fuzzing of every afdiplo path that takes untrusted text, with atheris.

Run outside the test suite, for a bounded time (see CONTRIBUTING.md):

    pip install atheris
    python fuzz/make_corpus.py fuzz/corpus
    python fuzz/fuzz_afdiplo.py -max_total_time=600 -rss_limit_mb=4096 fuzz/corpus

The first byte of an input chooses the path (its index in :data:`TARGETS`, modulo their
number); the rest is the path's input. A finding is any exception that is not one of
afdiplo's own errors, a span outside the text, a position whose text is not its span, a
readout that does not survive JSON, or a command that exits with a status other than 0 or 1
or writes anything but its own error lines to standard error.

Adding a path is writing one ``check_*`` function that takes the payload and raises on a
finding, and appending one :class:`Target` to :data:`TARGETS` (at the end, so that the
corpus keeps its meaning); ``make_corpus.py`` then writes starting inputs for it.
"""

from __future__ import annotations

import contextlib
import functools
import html.parser
import importlib
import io
import json
import pkgutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import atheris

with atheris.instrument_imports():
    import afdiplo

    # The parser's stages are imported by the first parse, not with the package: import
    # every module now, inside this block, so that all of them are instrumented.
    for _module in pkgutil.walk_packages(afdiplo.__path__, "afdiplo."):
        importlib.import_module(_module.name)
    from afdiplo import cli

#: Separates the files of one input for the paths that read several (diff, timeline).
SEPARATOR = b"\n\x00\x00\n"
#: The longest text a path is given: longer inputs only slow the fuzzer down.
MAX_CHARS = 200_000


class FindingError(AssertionError):
    """A check failed: the message says what was expected and what was found."""


# --- checks of what the library returns -------------------------------------------------------


def check_readout(readout: afdiplo.Readout) -> None:
    """Every span lies inside the text, positions are their spans, and JSON reads back equal."""
    limit = len(readout.text)
    spans = [*readout.body_spans, *readout.boilerplate_spans]
    for call in readout.calls:
        spans.append(call.span)
        spans += [m for p in call.participants for m in p.mentions]
        for position in call.positions:
            spans.append(position.span)
            if position.text != position.span.of(readout.text):
                msg = f"position text differs from its span: {position!r}"
                raise FindingError(msg)
    spans += [d.span for d in readout.diagnostics if d.span is not None]
    for span in spans:
        if not 0 <= span.start <= span.end <= limit:
            msg = f"span {span} outside a text of {limit} characters"
            raise FindingError(msg)
    if afdiplo.from_json(afdiplo.to_json(readout)) != readout:
        msg = "readout does not survive JSON"
        raise FindingError(msg)


def parse_leniently(data: bytes) -> afdiplo.Readout | None:
    """The readout of *data* with strict=False, or None when afdiplo refuses it."""
    try:
        return afdiplo.parse(data, strict=False, max_chars=MAX_CHARS)
    except afdiplo.AfdiploError:
        return None


class PageChecker(html.parser.HTMLParser):
    """Collects what a report page must not hold: active content, or links off the page."""

    #: Elements a report page never has: each would run or fetch something.
    ACTIVE: frozenset[str] = frozenset(
        {"script", "iframe", "object", "embed", "base", "form", "img", "link"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note an active element, an event handler or a link that leaves the page."""
        if tag in self.ACTIVE or (tag == "meta" and any(n == "http-equiv" for n, _ in attrs)):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in {"href", "src"} and not (value or "").startswith("#"):
                self.problems.append(f"<{tag} {name}={value!r}>")


def check_page(page: str) -> None:
    """A report page is one whole document with nothing active in it (its texts escaped)."""
    checker = PageChecker()
    checker.feed(page)
    checker.close()
    if checker.problems or not page.rstrip().endswith("</html>"):
        msg = f"report page holds {checker.problems[:5]} or does not end with </html>"
        raise FindingError(msg)


# --- the command line, run in this process ----------------------------------------------------


@functools.cache
def workdir() -> Path:
    """A temporary folder for the files the command line reads, made on first use."""
    return Path(tempfile.mkdtemp(prefix="afdiplo-fuzz-"))


def write_files(name: str, payloads: Sequence[bytes]) -> list[Path]:
    """Write each payload to its own file in a folder *name* of :func:`workdir`, emptied first."""
    folder = workdir() / name
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    paths = [folder / f"{number}.txt" for number in range(len(payloads))]
    for path, payload in zip(paths, payloads, strict=True):
        path.write_bytes(payload)
    return paths


@contextlib.contextmanager
def standard_streams(stdin: bytes) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """Replace standard input with *stdin*, and capture standard output and error."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            yield out, err
    finally:
        sys.stdin = saved


def run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str]:
    """
    Run ``afdiplo *argv*`` in this process; its exit status and standard output.

    Raises:
        FindingError: The command raised, exited with a status other than 0 or 1, or wrote to
            standard error lines that are not its own ``afdiplo: ...`` error lines.
    """
    with standard_streams(stdin) as (out, err):
        try:
            status = cli.main(argv)
        except SystemExit as exit_:
            msg = f"afdiplo {' '.join(argv)}: exited with {exit_.code!r}: {err.getvalue()!r}"
            raise FindingError(msg) from exit_
    strays = [line for line in err.getvalue().splitlines() if not line.startswith("afdiplo: ")]
    if status not in {0, 1} or strays:
        msg = f"afdiplo {' '.join(argv)}: status {status}, standard error {err.getvalue()!r}"
        raise FindingError(msg)
    return status, out.getvalue()


def split_files(payload: bytes, most: int) -> list[bytes]:
    """The files of a payload of several (see :data:`SEPARATOR`), at most *most*."""
    return payload.split(SEPARATOR, most - 1)


# --- the paths --------------------------------------------------------------------------------


def check_parse(payload: bytes) -> None:
    """``afdiplo.parse`` on bytes, strict=False."""
    readout = parse_leniently(payload)
    if readout is not None:
        check_readout(readout)


def check_from_json(payload: bytes) -> None:
    """``afdiplo.from_json``: a SchemaError or a readout that survives JSON."""
    try:
        readout = afdiplo.from_json(payload)
    except afdiplo.SchemaError:
        return
    if afdiplo.from_json(afdiplo.to_json(readout)) != readout:
        msg = "a readout read from JSON does not survive JSON"
        raise FindingError(msg)


def check_cli_parse_file(payload: bytes) -> None:
    """``afdiplo parse FILE --lenient --json``: the JSON holds what ``parse`` returns."""
    try:
        expected = [afdiplo.parse(payload, strict=False)]
    except afdiplo.AfdiploError:
        expected = []
    (path,) = write_files("parse", [payload])
    status, out = run_cli(["parse", str(path), "--lenient", "--json"])
    found = [afdiplo.from_dict(item["readout"]) for item in json.loads(out)]
    if (status, found) != (0 if expected else 1, expected):
        msg = f"afdiplo parse --json: status {status} and {found}, expected {expected}"
        raise FindingError(msg)


def check_cli_parse_stdin(payload: bytes) -> None:
    """``afdiplo parse - --lenient``: the summary of standard input, with positions."""
    run_cli(["parse", "-", "--lenient"], stdin=payload)


def check_cli_diff(payload: bytes) -> None:
    """``afdiplo diff A B``, as text and, when both are readouts, as JSON."""
    first, *rest = split_files(payload, 2)
    a, b = write_files("diff", [first, rest[0] if rest else first])
    status, _ = run_cli(["diff", str(a), str(b)])
    if status == 0:
        run_cli(["diff", str(a), str(b), "--json"])


def check_cli_timeline(payload: bytes) -> None:
    """``afdiplo timeline FOLDER``, as text and as JSON, over up to four files."""
    folder = write_files("timeline", split_files(payload, 4))[0].parent
    run_cli(["timeline", str(folder)])
    run_cli(["timeline", str(folder), "--json"])


def check_compare_html(payload: bytes) -> None:
    """``compare(a, b).to_html``: two readouts and, third, their labels on two lines."""
    first, *rest = split_files(payload, 3)
    second = rest[0] if rest else first
    labels = rest[1].decode("utf-8", "replace").split("\n") if len(rest) > 1 else []
    a, b = parse_leniently(first), parse_leniently(second)
    if a is None or b is None:
        return
    label_a, label_b = ([*labels, None, None])[:2]
    comparison = afdiplo.compare(a, b, label_a=label_a or None, label_b=label_b or None)
    check_page(comparison.to_html(text_a=a.text, text_b=b.text))
    check_page(comparison.to_html())


def check_cli_diff_html(payload: bytes) -> None:
    """``afdiplo diff A B --html FILE``: the page written is whole and has nothing active."""
    first, *rest = split_files(payload, 2)
    a, b = write_files("diff-html", [first, rest[0] if rest else first])
    page = workdir() / "report.html"
    page.unlink(missing_ok=True)
    status, _ = run_cli(["diff", str(a), str(b), "--html", str(page)])
    if status == 0:
        check_page(page.read_text(encoding="utf-8"))


class Target(NamedTuple):
    """
    One path under test.

    Attributes:
        name: What make_corpus.py names its starting inputs by.
        check: Runs the path on a payload; raises on a finding.
        takes: What its payload is: "text" (a readout), "texts" (readouts joined by
            :data:`SEPARATOR`) or "json" (a readout as afdiplo.to_json writes it).
    """

    name: str
    check: Callable[[bytes], None]
    takes: str


#: Every path, chosen by the first byte of an input. Append new paths at the end.
TARGETS: tuple[Target, ...] = (
    Target("parse", check_parse, "text"),
    Target("from-json", check_from_json, "json"),
    Target("cli-parse-file", check_cli_parse_file, "text"),
    Target("cli-parse-stdin", check_cli_parse_stdin, "text"),
    Target("cli-diff", check_cli_diff, "texts"),
    Target("cli-timeline", check_cli_timeline, "texts"),
    Target("compare-html", check_compare_html, "texts"),
    Target("cli-diff-html", check_cli_diff_html, "texts"),
)


def test_one_input(data: bytes) -> None:
    """The entry point of libFuzzer: run the path the first byte names on the rest."""
    if data:
        TARGETS[data[0] % len(TARGETS)].check(data[1:])


def main() -> None:
    """Fuzz with the arguments libFuzzer was given on the command line."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
