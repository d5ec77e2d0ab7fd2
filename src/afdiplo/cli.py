"""
The command line: ``afdiplo`` and ``python -m afdiplo``.

Each subcommand is one entry of :data:`COMMANDS`: its name, its help, a function that declares
its arguments and a function that runs it.
Adding a command is adding an entry; :func:`main` builds the parser from the table.
Without a command, ``afdiplo`` runs the main job (:data:`MAIN_JOB`): it summarises the bundled
sample readouts, compares the two reports of one call and shows a timeline.

Exit statuses: 0 on success; 1 when some input could not be read or was not a readout (each
named on standard error as ``afdiplo: FILE: reason``, the rest still processed); 2 on a usage
error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TextIO, final

import attrs

from afdiplo import __version__, serialize
from afdiplo.compare import Comparison, Corpus, DiffOp, TimelineEntry, compare
from afdiplo.compare.report import groups, one_sided_topic_lines, same_call_line, voice_lines
from afdiplo.exceptions import AfdiploError
from afdiplo.gazetteer import Gazetteer
from afdiplo.lexicon import load_topics
from afdiplo.parse import parse
from afdiplo.samples import sample_texts
from afdiplo.serialize import to_dict

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from types import TracebackType

    from afdiplo.compare import CallRecord, Report
    from afdiplo.model import Call, PartialDate, Position, Readout

# Nothing here is library API: the command line is used as a program. Listing `main` would
# oblige the package to re-export it (tests/unit/test_api.py); `afdiplo.__main__` exposes it.
__all__: list[str] = []

#: The display name and JSON "source" of standard input, read when a FILE is "-".
STDIN_NAME: Final = "<stdin>"

_MAIN_JOB_PARTS: Final = (
    "a summary of each, then two reports of one call compared, then a timeline of China on "
    "terrorism"
)
#: The main job's first line, which says what it shows; ``--help`` says the same.
MAIN_JOB: Final = f"The sample readouts bundled with afdiplo: {_MAIN_JOB_PARTS}."

#: How many sources a timeline line names before "and N more", unless ``--sources``.
SOURCES_SHOWN: Final = 3

_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DIGITS: Final = re.compile(r"(\d+)")

Style = Literal["bold", "dim", "red", "green", "yellow", "cyan"]
_SGR: Final[dict[Style, str]] = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "cyan": "36",
}


@attrs.frozen
class Palette:
    """
    Colours text for one output stream, or leaves it alone.

    Attributes:
        enabled: True when :meth:`paint` adds ANSI colour codes.

    .. versionadded:: 0.1.0
    """

    enabled: bool

    @classmethod
    def for_stream(cls, stream: TextIO) -> Palette:
        """
        Return the palette for *stream*: colour on a terminal, unless ``NO_COLOR`` is set.

        Following https://no-color.org, an empty ``NO_COLOR`` counts as unset.

        .. versionadded:: 0.1.0
        """
        is_terminal = bool(getattr(stream, "isatty", lambda: False)())
        return cls(enabled=is_terminal and not os.environ.get("NO_COLOR"))

    def paint(self, text: str, *styles: Style) -> str:
        """
        Return *text* in *styles* ("bold", "red", ...), or unchanged when colour is off.

        .. versionadded:: 0.1.0
        """
        if not self.enabled or not styles or not text:
            return text
        codes = ";".join(_SGR[style] for style in styles)
        return f"\x1b[{codes}m{text}\x1b[0m"


#: The palette that never colours: the main job's and every non-terminal output.
PLAIN: Final = Palette(enabled=False)


@final
class Progress:
    """
    A one-line progress bar on a terminal, such as ``[#####     ] 12/40 file.txt``.

    Draws nothing when the stream is not a terminal. Use it as a context manager: the line is
    cleared on exit, also when the run is interrupted.

    .. versionadded:: 0.1.0
    """

    def __init__(self, total: int, stream: TextIO, *, width: int = 20) -> None:
        self.total = total
        self.stream = stream
        self.width = width
        self.enabled = bool(getattr(stream, "isatty", lambda: False)())
        self._drawn = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.clear()

    def show(self, done: int, label: str) -> None:
        """
        Draw the bar with *done* of the total and *label*, replacing the previous one.

        .. versionadded:: 0.1.0
        """
        if not self.enabled:
            return
        filled = self.width * done // self.total if self.total else self.width
        line = f"[{'#' * filled}{' ' * (self.width - filled)}] {done}/{self.total} {label}"
        columns = shutil.get_terminal_size().columns
        line = line[: max(columns - 1, 1)]
        # Pad to the previous line's length, so nothing of a longer label is left over.
        self.stream.write(f"\r{line:<{self._drawn}}")
        self.stream.flush()
        self._drawn = max(len(line), self._drawn)

    def clear(self) -> None:
        """
        Erase the bar, so other output starts on a clean line.

        .. versionadded:: 0.1.0
        """
        if self._drawn:
            self.stream.write(f"\r{' ' * self._drawn}\r")
            self.stream.flush()
            self._drawn = 0


@attrs.frozen(kw_only=True)
class Console:
    """
    Where a command writes: results to *out*, errors and progress to *err*.

    Attributes:
        out: The stream for results (standard output).
        err: The stream for errors and the progress bar (standard error).
        palette: How to colour *out*.

    .. versionadded:: 0.1.0
    """

    out: TextIO
    err: TextIO
    palette: Palette

    def write(self, text: str = "") -> None:
        """
        Write *text* and a newline to the output.

        .. versionadded:: 0.1.0
        """
        self.out.write(f"{text}\n")

    def fail(self, reason: str, *, source: str | None = None) -> None:
        """
        Name a failure on standard error: ``afdiplo: SOURCE: reason``.

        .. versionadded:: 0.1.0
        """
        where = f"{source}: " if source is not None else ""
        self.err.write(f"afdiplo: {where}{reason}\n")


@attrs.frozen(kw_only=True)
class Command:
    """
    One subcommand of ``afdiplo``.

    Attributes:
        name: What the user types ("parse").
        summary: One line for the list of commands.
        description: The text of ``afdiplo NAME --help``.
        add_arguments: Declares the command's arguments on its parser.
        run: Runs the command on the parsed arguments; returns the exit status.

    .. versionadded:: 0.1.0
    """

    name: str
    summary: str
    description: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Console], int]


# --- names and dates -------------------------------------------------------------------------


def natural_key(name: str) -> tuple[str | int, ...]:
    """
    Return a sort key that orders numbers in *name* by value: ``big/10`` before ``big/100``.

    Text between the numbers compares without regard to case.

    .. versionadded:: 0.1.0
    """
    return tuple(
        int(part) if number else part.casefold()
        for number, part in ((i % 2 == 1, part) for i, part in enumerate(_DIGITS.split(name)))
    )


def describe_day(date: dt.date | None, partial: PartialDate | None = None) -> str:
    """
    Return a call's day as every command writes it.

    A known date is written in ISO 8601 (``2020-08-19``). Otherwise the call is ``undated``,
    followed by what the text says of the day, if anything: ``undated (19 August)``,
    ``undated (Wednesday)``.

    Args:
        date: The call's date, when known.
        partial: What the text says of the day (:attr:`afdiplo.Call.partial_date`).

    .. versionadded:: 0.1.0
    """
    if date is not None:
        return date.isoformat()
    if partial is None:
        return "undated"
    words = [
        _WEEKDAYS[partial.weekday] if partial.weekday is not None else "",
        str(partial.day) if partial.day is not None else "",
        _MONTHS[partial.month - 1] if partial.month is not None else "",
        str(partial.year) if partial.year is not None else "",
    ]
    said = " ".join(word for word in words if word)
    return f"undated ({said})" if said else "undated"


def _record_day(record: CallRecord) -> str:
    """The day of a call of a corpus: what all its reports say of it, together."""
    if record.date is not None:
        return describe_day(record.date)
    partials = [r.call.partial_date for r in _natural_reports(record) if r.call.partial_date]
    if not partials:
        return "undated"
    merged = partials[0]
    for other in partials[1:]:
        merged = attrs.evolve(
            merged,
            year=merged.year if merged.year is not None else other.year,
            month=merged.month if merged.month is not None else other.month,
            day=merged.day if merged.day is not None else other.day,
            weekday=merged.weekday if merged.weekday is not None else other.weekday,
        )
    return describe_day(None, merged)


# --- summaries -------------------------------------------------------------------------------


def summarize(
    name: str,
    readout: Readout,
    *,
    positions: bool = False,
    palette: Palette = PLAIN,
    width: int | None = None,
) -> str:
    """
    Describe one readout in a few lines: format, outlet, source, calls, dates and participants.

    Each diagnostic follows as a ``note:`` line, once even when it concerns several calls.

    Args:
        name: The heading, usually the file name.
        readout: The readout to describe.
        positions: Also list each call's positions, grouped by speaker.
        palette: How to colour headings; plain by default.
        width: The width to fit positions in; None for the terminal's (the ``COLUMNS``
            environment variable, else the terminal's width, else 80).

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.1.0
       The first line shows the source country (:attr:`Readout.source_country
       <afdiplo.Readout.source_country>`), or ``-``.
    """
    if width is None:
        width = shutil.get_terminal_size().columns
    lines = [
        palette.paint(name, "bold"),
        (
            f"  format: {readout.format.value}   outlet: {readout.outlet or '-'}   "
            f"source: {readout.source_country or '-'}   "
            f"published: {readout.published.isoformat() if readout.published else '-'}"
        ),
        f"  title: {readout.title or '-'}",
        f"  calls: {len(readout.calls)}",
    ]
    for number, call in enumerate(readout.calls, start=1):
        date = describe_day(call.date, call.partial_date)
        initiator = f", requested by {call.initiator.name}" if call.initiator else ""
        label = palette.paint(f"call {number}:", "cyan")
        lines.append(f"  {label} {call.medium.value}, {date}{initiator}")
        for person in call.participants:
            described = ", ".join(x for x in (person.title, person.country) if x)
            lines.append(f"    - {person.name}" + (f" ({described})" if described else ""))
        if positions:
            lines += _position_lines(call, palette, width)
    # Two calls dated by one phrase ("on Monday") leave the same note twice: say it once.
    notes = dict.fromkeys(f"  note: {d.code}: {d.message}" for d in readout.diagnostics)
    lines += [palette.paint(note, "dim") for note in notes]
    return "\n".join(lines)


def _speaker(position: Position) -> str:
    if position.speaker is not None:
        return f"{position.speaker.name} said:"
    return "both sides said:" if position.joint else "unattributed:"


#: Columns before a position's text in a summary: indent, stance and a space.
_POSITION_INDENT: Final = 6 + 12 + 1
#: The fewest characters of a position's text a summary shows, however narrow the terminal.
_NARROWEST_TEXT: Final = 20


def _position_lines(call: Call, palette: Palette, width: int) -> list[str]:
    by_speaker: dict[str, list[Position]] = {}
    for position in call.positions:
        by_speaker.setdefault(_speaker(position), []).append(position)
    lines = []
    for speaker, said in by_speaker.items():
        lines.append(f"    {palette.paint(speaker, 'bold')}")
        for position in said:
            topics = f" [{', '.join(position.topics)}]" if position.topics else ""
            # The line fits in width - 1 columns: a full-width line would wrap on some terminals.
            room = max(width - 1 - _POSITION_INDENT - len(topics), _NARROWEST_TEXT)
            text = textwrap.shorten(position.text, width=room, placeholder=" ...")
            stance = palette.paint(f"{position.stance.value:<12}", "yellow")
            lines.append(f"      {stance} {text}{topics}")
    return lines


# --- the main job ----------------------------------------------------------------------------


def run_samples(console: Console) -> int:
    """
    Run the main job (:data:`MAIN_JOB`) on the bundled sample readouts.

    It says what it shows in its first line, summarises each sample, then compares the
    ministry's and a news agency's reports of the call of 19 August 2020 and lists what China
    said about terrorism across the samples.

    Returns:
        The exit status: 0 when every sample parsed, 1 otherwise.

    .. versionadded:: 0.1.0
    """
    try:
        samples = sample_texts()
    except AfdiploError as err:
        console.fail(str(err))
        return 1
    console.write(MAIN_JOB)
    console.write()
    status = 0
    readouts: dict[str, Readout] = {}
    for name, text in samples.items():
        try:
            readout = parse(text, strict=False)
        except AfdiploError as err:
            console.fail(str(err), source=name)
            status = 1
            continue
        readouts[name] = readout
        console.write(summarize(name, readout))
        console.write()
    pair = ("001_2fac647d5e77c0f9.txt", "002_371f03bf1a80d86c.txt")
    if all(name in readouts for name in pair):
        console.write("== The 19 August call as the ministry and a news report give it ==")
        # Labelled by file name, as the summaries above are.
        result = attrs.evolve(
            compare(*(readouts[n] for n in pair)), label_a=pair[0], label_b=pair[1]
        )
        console.write(render_comparison(result, console.palette))
        console.write()
    console.write("== China on terrorism, across the samples ==")
    entries = Corpus(readouts).timeline(actor="China", topic="counter-terrorism")
    console.write(render_timeline(in_natural_order(entries), console.palette))
    return status


# --- comparison and timeline rendering -------------------------------------------------------


def _columns(left: Sequence[str], right: Sequence[str], width: int) -> list[str]:
    """Two lists of texts side by side, each text wrapped to *width*, a blank line between."""

    def wrapped(texts: Sequence[str]) -> list[str]:
        lines: list[str] = []
        for text in texts:
            lines += ([""] if lines else []) + (textwrap.wrap(text, width) or [""])
        return lines or [""]

    a, b = wrapped(left), wrapped(right)
    rows = max(len(a), len(b))
    a += [""] * (rows - len(a))
    b += [""] * (rows - len(b))
    return [f"    {x:<{width}} | {y}".rstrip() for x, y in zip(a, b, strict=True)]


def _who(position: Position) -> str:
    if position.joint:
        return "both sides"
    return position.speaker.name if position.speaker else "unattributed"


def render_comparison(result: Comparison, palette: Palette = PLAIN) -> str:
    """
    Show a comparison side by side, with matched positions in two columns.

    First the labels, whether the two readouts report one call, who speaks in each and the
    topics only one reports; then what both say, a position and every position of the other
    side it covers side by side; then what only one side says, stance shifts and topic counts.
    Deleted words are red and inserted ones green when the palette colours.

    .. versionadded:: 0.1.0
    """
    width = max(30, (shutil.get_terminal_size().columns - 8) // 2)
    lines = [
        palette.paint(f"A: {result.label_a}", "bold"),
        palette.paint(f"B: {result.label_b}", "bold"),
        palette.paint(same_call_line(result), "green" if result.same_call else "yellow"),
    ]
    lines += ["", palette.paint("Who speaks (positions and characters)", "cyan")]
    lines += voice_lines(result)
    lines += ["", palette.paint("Topics only one side reports", "cyan")]
    lines += [f"  {line}" for line in one_sided_topic_lines(result)]
    lines += ["", palette.paint(f"Said in both ({len(result.matched)})", "cyan")]
    pairs = {(m.a, m.b): m for m in result.matched}
    for group in groups(result):
        lines.append(f"  {group.score:.2f}  {_who(group.a[0])}")
        lines += _columns([p.text for p in group.a], [p.text for p in group.b], width)
        if palette.enabled and len(group.a) == len(group.b) == 1:
            diff = pairs[group.a[0], group.b[0]].diff
            marks = {DiffOp.EQUAL: (), DiffOp.DELETE: ("red",), DiffOp.INSERT: ("green",)}
            painted = " ".join(palette.paint(c.text, *marks[c.op]) for c in diff)  # type: ignore[arg-type]
            lines.append(f"    diff: {painted}")
    for label, only in (("A", result.only_in_a), ("B", result.only_in_b)):
        lines += ["", palette.paint(f"Only in {label} ({len(only)})", "cyan")]
        for position in only:
            lines.append(f"  - {_who(position)}: {textwrap.shorten(position.text, 2 * width)}")
    if result.shifted:
        lines += ["", palette.paint(f"Stances that differ ({len(result.shifted)})", "cyan")]
        lines += [
            f"  - {s.speaker} on {s.topic}: {s.stance_a.value} (A) / {s.stance_b.value} (B)"
            for s in result.shifted
        ]
    lines += ["", palette.paint("Topics (A / B)", "cyan")]
    lines += [f"  {t.topic}: {t.count_a} / {t.count_b}" for t in result.topics]
    return "\n".join(lines)


def _natural_reports(record: CallRecord) -> list[Report]:
    return sorted(record.reports, key=lambda report: natural_key(report.source))


def _call_order(record: CallRecord) -> tuple[bool, dt.date, tuple[str | int, ...], int]:
    first = _natural_reports(record)[0]
    index = first.readout.calls.index(first.call)
    return (record.date is None, record.date or dt.date.max, natural_key(first.source), index)


def in_natural_order(entries: Sequence[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    """
    Return timeline entries with the calls of one day in the natural order of their sources.

    Calls stay in date order, undated ones last, and each call's entries in their order;
    calls of the same day come in the order of their first source, sorted by
    :func:`natural_key` (``big/10`` before ``big/100``).

    .. versionadded:: 0.1.0
    """
    by_call: dict[int, list[TimelineEntry]] = {}
    records: dict[int, CallRecord] = {}
    for entry in entries:
        by_call.setdefault(id(entry.call), []).append(entry)
        records[id(entry.call)] = entry.call
    ordered = sorted(by_call, key=lambda key: _call_order(records[key]))
    return tuple(entry for key in ordered for entry in by_call[key])


def _natural_sources(sources: Iterable[str]) -> list[str]:
    return sorted(sources, key=natural_key)


def list_sources(sources: Iterable[str], *, limit: int | None = SOURCES_SHOWN) -> str:
    """
    Name *sources* in natural order, at most *limit* of them, then how many more.

    ``list_sources(["a", "b", "c", "d", "e"], limit=3)`` is ``"a, b, c and 2 more"``; a
    *limit* of None names them all.

    .. versionadded:: 0.1.0
    """
    ordered = _natural_sources(sources)
    if limit is None or len(ordered) <= limit:
        return ", ".join(ordered)
    return f"{', '.join(ordered[:limit])} and {len(ordered) - limit} more"


def render_timeline(
    entries: Sequence[TimelineEntry],
    palette: Palette = PLAIN,
    *,
    sources_shown: int | None = SOURCES_SHOWN,
) -> str:
    """
    Show timeline entries grouped by call, in the order given.

    Each call opens with its day (as :func:`describe_day` writes it), its participants and
    the sources that report it; each position follows with its speaker, stance, sources and
    text.

    Args:
        entries: The entries, as :meth:`afdiplo.Corpus.timeline` gives them or put in
            :func:`in_natural_order`.
        palette: How to colour the calls' lines; plain by default.
        sources_shown: How many sources to name on a line before "and N more"; None names
            every source.

    .. versionadded:: 0.1.0
    """
    lines: list[str] = []
    current = None
    for entry in entries:
        if entry.call is not current:
            current = entry.call
            reporting = list_sources((r.source for r in current.reports), limit=sources_shown)
            heading = f"{_record_day(current)}: {' and '.join(current.participants)} ({reporting})"
            lines.append(palette.paint(heading, "bold"))
        position = entry.position.position
        speaker = position.speaker.name if position.speaker else entry.position.speaker
        sources = list_sources(entry.position.sources, limit=sources_shown)
        lines.append(
            f"  {speaker} ({position.stance.value}; {sources}): "
            f"{textwrap.shorten(position.text, 160)}"
        )
    return "\n".join(lines) if lines else "(no positions)"


# --- afdiplo parse ---------------------------------------------------------------------------


def _published(value: str) -> dt.date | dt.datetime:
    with contextlib.suppress(ValueError):
        return dt.date.fromisoformat(value)
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        msg = f"expected an ISO 8601 date or date-time such as 2020-08-20, found {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _add_parse_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=(
            "a readout as UTF-8 text, or a folder: every *.txt file in it, in natural order; "
            "'-' reads standard input"
        ),
    )
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument(
        "--json",
        action="store_const",
        const="json",
        dest="output",
        help="write one JSON array of {source, readout} objects",
    )
    layout.add_argument(
        "--jsonl",
        action="store_const",
        const="jsonl",
        dest="output",
        help="write one {source, readout} JSON object per line",
    )
    parser.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        help=(
            "when the readouts were published, as an ISO date or date-time (2020-08-20, "
            "2020-08-20T14:30); resolves weekdays and missing years, and wins over a "
            "timestamp in the text"
        ),
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help=(
            "accept text that reports no call, as a readout with no calls and a diagnostic, "
            "instead of naming it as an error"
        ),
    )


def _source(name: str) -> str:
    """The name a FILE goes by in output and messages: ``<stdin>`` for ``-``."""
    return STDIN_NAME if name == "-" else name


def _read(name: str) -> bytes | str:
    if name == "-":
        stdin = sys.stdin
        buffer = getattr(stdin, "buffer", None)
        return buffer.read() if buffer is not None else stdin.read()
    return Path(name).read_bytes()


def _reads_stdin_twice(names: Sequence[str], console: Console) -> bool:
    """Name the usage error of a second '-': standard input can be read only once."""
    if names.count("-") < 2:
        return False
    console.fail(
        f"expected '-' (standard input) at most once, found it {names.count('-')} times; "
        "standard input can be read only once"
    )
    return True


def _expand(names: Sequence[str], console: Console) -> tuple[list[str], int]:
    """
    The files to read: each name given, a folder being its *.txt files in natural order.

    Returns the files and the exit status so far: 1 when a folder holds no *.txt file.
    """
    files: list[str] = []
    status = 0
    for name in names:
        path = Path(name)
        if name == "-" or not path.is_dir():
            files.append(name)
            continue
        found = _natural_sources(str(p) for p in path.glob("*.txt") if p.is_file())
        if not found:
            console.fail("expected *.txt readouts in the folder, found none", source=name)
            status = 1
        files += found
    return files, status


def _run_parse(args: argparse.Namespace, console: Console) -> int:
    if _reads_stdin_twice(args.files, console):
        return 2
    files, status = _expand(args.files, console)
    collected: list[dict[str, Any]] = []
    with Progress(len(files), console.err) as progress:
        for done, name in enumerate(files, start=1):
            source = _source(name)
            progress.show(done, source)
            try:
                text = _read(name)
                readout = parse(text, published=args.published, strict=not args.lenient)
            except OSError as err:
                progress.clear()
                console.fail(err.strerror or str(err), source=source)
                status = 1
                continue
            except AfdiploError as err:
                progress.clear()
                console.fail(str(err), source=source)
                status = 1
                continue
            item = {"source": source, "readout": to_dict(readout)}
            if args.output == "json":
                collected.append(item)
                continue
            progress.clear()
            if args.output == "jsonl":
                console.write(json.dumps(item, ensure_ascii=False))
            else:
                console.write(summarize(source, readout, positions=True, palette=console.palette))
                console.write()
    if args.output == "json":
        console.write(json.dumps(collected, ensure_ascii=False, indent=2))
    return status


# --- afdiplo diff ----------------------------------------------------------------------------


def _add_diff_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("a", metavar="A", help="the first readout ('-' reads standard input)")
    parser.add_argument("b", metavar="B", help="the second readout ('-' as for A, once)")
    parser.add_argument(
        "--json", action="store_true", help="write the comparison as JSON (afdiplo.to_dict)"
    )
    parser.add_argument("--published", type=_published, metavar="DATE", help="as for parse")
    parser.add_argument(
        "--html",
        metavar="FILE",
        help=(
            "also write the comparison as one self-contained HTML page to FILE: the two texts "
            "side by side, positions highlighted by speaker and linked to their counterparts"
        ),
    )


def _run_diff(args: argparse.Namespace, console: Console) -> int:
    if _reads_stdin_twice([args.a, args.b], console):
        return 2
    readouts = []
    labels = []
    for name in (args.a, args.b):
        try:
            text = _read(name)
            labels.append(_source(name))
            readouts.append(parse(text, published=args.published))
        except OSError as err:  # noqa: PERF203 - two files, each named in its own error
            console.fail(err.strerror or str(err), source=_source(name))
            return 1
        except AfdiploError as err:
            console.fail(str(err), source=_source(name))
            return 1
    result = compare(readouts[0], readouts[1], label_a=labels[0], label_b=labels[1])
    if args.html is not None:
        page = result.to_html(text_a=readouts[0].text, text_b=readouts[1].text)
        try:
            Path(args.html).write_text(page, encoding="utf-8")
        except OSError as err:
            console.fail(err.strerror or str(err), source=args.html)
            return 1
    if args.json:
        console.write(json.dumps(to_dict(result), ensure_ascii=False, indent=2))
    else:
        console.write(render_comparison(result, console.palette))
    return 0


# --- afdiplo timeline ------------------------------------------------------------------------


def _add_timeline_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=(
            "a readout file, or a folder: every *.txt file in it, in natural order; "
            "'-' reads standard input"
        ),
    )
    parser.add_argument(
        "--actor",
        metavar="NAME",
        help=(
            "keep the positions of one speaker, by name or any spelling of it ('Wang Yi'), "
            "or of one country, by name, other name, demonym or capital ('China', 'Chinese')"
        ),
    )
    parser.add_argument("--topic", metavar="KEY", help="a topic key (see 'afdiplo topics')")
    parser.add_argument("--published", type=_published, metavar="DATE", help="as for parse")
    parser.add_argument(
        "--sources",
        action="store_true",
        help=f"name every source on each line (by default at most {SOURCES_SHOWN}, then "
        "'and N more')",
    )
    _add_json_argument(parser)


def resolve_actor(actor: str, gazetteer: Gazetteer) -> str:
    """
    Return what ``--actor`` stands for: a person's name as given, else the country it names.

    A known spelling of a person is kept, for :meth:`afdiplo.Corpus.timeline` matches it;
    a country's name, other name, demonym or capital ("Chinese", "Beijing") becomes the
    country's name ("China"); anything else is kept as given.

    .. versionadded:: 0.1.0
    """
    if gazetteer.person(actor) is not None:
        return actor
    return gazetteer.country(actor) or actor


def _entry_record(entry: TimelineEntry) -> dict[str, Any]:
    position = entry.position.position
    return {
        "date": entry.date.isoformat() if entry.date else None,
        "call": {
            "participants": list(entry.call.participants),
            "sources": _natural_sources(r.source for r in entry.call.reports),
        },
        "speaker": position.speaker.name if position.speaker else entry.position.speaker,
        "stance": position.stance.value,
        "topics": list(position.topics),
        "text": position.text,
        "sources": _natural_sources(entry.position.sources),
    }


def _run_timeline(args: argparse.Namespace, console: Console) -> int:
    try:
        known = [topic["key"] for topic in _topics()]
        gazetteer = Gazetteer.default() if args.actor is not None else None
    except AfdiploError as err:
        console.fail(str(err))
        return 1
    if args.topic is not None and args.topic not in known:
        console.fail(f"expected a topic key ({', '.join(known)}), found {args.topic!r}")
        return 2
    if _reads_stdin_twice(args.paths, console):
        return 2
    actor = None if gazetteer is None else resolve_actor(args.actor, gazetteer)
    files, status = _expand(args.paths, console)
    readouts = {}
    with Progress(len(files), console.err) as progress:
        for done, name in enumerate(files, start=1):
            source = _source(name)
            progress.show(done, source)
            try:
                readout = parse(_read(name), published=args.published)
            except OSError as err:
                progress.clear()
                console.fail(err.strerror or str(err), source=source)
                status = 1
                continue
            except AfdiploError as err:
                progress.clear()
                console.fail(str(err), source=source)
                status = 1
                continue
            readouts[source] = readout
    entries = in_natural_order(Corpus(readouts).timeline(actor=actor, topic=args.topic))
    if args.json:
        console.write(json.dumps([_entry_record(e) for e in entries], ensure_ascii=False, indent=2))
    else:
        shown = None if args.sources else SOURCES_SHOWN
        console.write(render_timeline(entries, console.palette, sources_shown=shown))
    return status


# --- afdiplo topics --------------------------------------------------------------------------


def _add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="write one JSON array")


def _topics() -> list[dict[str, str]]:
    return [{"key": topic.key, "description": topic.description} for topic in load_topics()]


def _run_topics(args: argparse.Namespace, console: Console) -> int:
    try:
        topics = _topics()
    except AfdiploError as err:
        console.fail(str(err))
        return 1
    if args.json:
        console.write(json.dumps(topics, ensure_ascii=False, indent=2))
        return 0
    width = max((len(t["key"]) for t in topics), default=0)
    for topic in topics:
        key = console.palette.paint(f"{topic['key']:<{width}}", "bold")
        console.write(f"{key}  {topic['description']}".rstrip())
    return 0


# --- afdiplo people --------------------------------------------------------------------------


def _add_people_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--country",
        metavar="NAME",
        help=(
            "only people who speak for this country: a short name, alias, demonym or "
            "capital ('Russia', 'Russian', 'Moscow')"
        ),
    )
    _add_json_argument(parser)


def _run_people(args: argparse.Namespace, console: Console) -> int:
    try:
        gazetteer = Gazetteer.default()
    except AfdiploError as err:
        console.fail(str(err))
        return 1
    people = gazetteer.people
    if args.country is not None:
        wanted = (gazetteer.country(args.country) or args.country).casefold()
        people = tuple(p for p in people if (p.country or "").casefold() == wanted)
        if not people:
            console.fail(f"expected people of a known country, found none for {args.country!r}")
    if args.json:
        # Through the module: the converter, and cattrs with it, is loaded on first use.
        unstructured = serialize.converter.unstructure(people)
        console.write(json.dumps(unstructured, ensure_ascii=False, indent=2))
        return 0
    width = max((len(p.name) for p in people), default=0)
    for person in people:
        name = console.palette.paint(f"{person.name:<{width}}", "bold")
        aliases = f"  ({', '.join(person.aliases)})" if person.aliases else ""
        console.write(f"{name}  {person.country or '-'}{aliases}")
    return 0


# --- the command table -----------------------------------------------------------------------

_JSON_LAYOUT = """\
output:
  by default  a readable summary of each readout: format, outlet, source country
              (whose account it is), publication, title,
              and for each call its medium, date, initiator, participants and positions
              (grouped by speaker, with stance and topics, cut to the terminal's width)
  --json      one JSON array; each item is {"source": FILE, "readout": READOUT}, where
              READOUT is afdiplo.to_dict() of the readout (afdiplo.from_dict() reads it
              back) and FILE is the name given, or "<stdin>" for "-"
  --jsonl     the same objects, one per line

Files that cannot be read or are not readouts are named on standard error and left out;
the others are still processed, and the exit status is 1.
"""

#: Every subcommand, in the order ``afdiplo --help`` lists them.
COMMANDS: Final[tuple[Command, ...]] = (
    Command(
        name="parse",
        summary="parse readouts and summarise them, or write them as JSON",
        description=(
            "Parse each FILE as a readout of diplomatic calls; a folder stands for every "
            "*.txt file in it.\n\n"
            "Shows a progress bar on standard error when it is a terminal.\n\n" + _JSON_LAYOUT
        ),
        add_arguments=_add_parse_arguments,
        run=_run_parse,
    ),
    Command(
        name="diff",
        summary="compare what two readouts of a call say",
        description=(
            "Compare the positions of readouts A and B, labelled by their file names: whether "
            "they report one call, who speaks in each, the topics only one reports, what both "
            "say (side by side, with a word-level diff in colour on a terminal), what only one "
            "says, stances that differ, and topic counts.\n\nWith --json, the comparison as "
            "afdiplo.to_dict() writes it. With --html FILE, also a self-contained HTML page of "
            "it, the two texts side by side."
        ),
        add_arguments=_add_diff_arguments,
        run=_run_diff,
    ),
    Command(
        name="timeline",
        summary="positions in date order across many readouts, grouped by call",
        description=(
            "Parse every PATH (a file, or a folder of *.txt readouts), group the reports of "
            "each call, and list the positions in date order, grouped by call, keeping those "
            "of --actor on --topic. Each line names at most "
            f"{SOURCES_SHOWN} sources, then how many more; --sources names them all.\n\n"
            "Shows a progress bar on standard error when it is a terminal. With --json, a "
            "JSON array of entries: date, call (participants, sources), speaker, stance, "
            "topics, text and the sources reporting it, every source named."
        ),
        add_arguments=_add_timeline_arguments,
        run=_run_timeline,
    ),
    Command(
        name="topics",
        summary="list the topics positions are tagged with",
        description=(
            "List the topic lexicon in use: each topic's key and description.\n\n"
            'With --json, a JSON array of {"key": ..., "description": ...} objects.'
        ),
        add_arguments=_add_json_argument,
        run=_run_topics,
    ),
    Command(
        name="people",
        summary="list the people afdiplo knows by name",
        description=(
            "List the gazetteer in use: each person's canonical name, country and other "
            "spellings.\n\n"
            'With --json, a JSON array of {"name": ..., "country": ..., "aliases": [...]} '
            "objects."
        ),
        add_arguments=_add_people_arguments,
        run=_run_people,
    ),
)

_BARE_COMMAND = (
    "Without a command (afdiplo alone, or python -m afdiplo), afdiplo runs its main job on the "
    f"sample readouts bundled with it: {_MAIN_JOB_PARTS}."
)
_EPILOG = f"""\
{textwrap.fill(_BARE_COMMAND, 88, break_on_hyphens=False)}

exit status: 0 success; 1 some input could not be read or was not a readout; 2 usage error.
Colour is used only on a terminal, and never when NO_COLOR is set.
"""


def _wrap(description: str) -> str:
    """Fill each one-line paragraph to 88 columns; keep laid-out ones (with line breaks)."""
    paragraphs = description.split("\n\n")
    return "\n\n".join(
        p if "\n" in p.strip("\n") else textwrap.fill(p, 88, break_on_hyphens=False)
        for p in paragraphs
    )


def build_parser() -> argparse.ArgumentParser:
    """
    Build the ``afdiplo`` argument parser from :data:`COMMANDS`.

    .. versionadded:: 0.1.0
    """
    parser = argparse.ArgumentParser(
        prog="afdiplo",
        # The command is optional: without one, afdiplo runs the main job.
        usage="%(prog)s [-h] [--version] [COMMAND ...]",
        description="Read published readouts of diplomatic calls as typed data.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"afdiplo {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", prog="afdiplo"
    )
    for command in COMMANDS:
        sub = subparsers.add_parser(
            command.name,
            help=command.summary,
            description=_wrap(command.description),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_arguments(sub)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run ``afdiplo`` with *argv* (the process arguments when None).

    Returns:
        The exit status: 0 on success, 1 when some input could not be read or was not a
        readout. A usage error exits with status 2 through :class:`SystemExit`.

    .. versionadded:: 0.1.0
    """
    args = build_parser().parse_args(argv)
    console = Console(out=sys.stdout, err=sys.stderr, palette=Palette.for_stream(sys.stdout))
    try:
        if args.command is None:
            return run_samples(console)
        status: int = args.run(args, console)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`afdiplo parse *.txt | head`): stop quietly, and keep Python
        # from complaining again when it flushes standard output at exit.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status
