"""
The parser: :func:`parse` runs the stages, and nothing else.

The stages are imported by the first parse, not with the package: they compile their patterns
when imported, which would make ``import afdiplo`` twice as slow.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from afdiplo._options import DEFAULT_MAX_CHARS, ParseOptions
from afdiplo.exceptions import InputError, InputTooLargeError, NotAReadoutError
from afdiplo.gazetteer import Gazetteer
from afdiplo.lexicon import Topic, load_topics
from afdiplo.model import Readout, Severity

if TYPE_CHECKING:
    from afdiplo._segment import Layout

__all__ = ["parse", "parse_file"]


def _decode(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            return bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as err:
            msg = (
                f"expected UTF-8 text, found the byte {bytes(text)[err.start]:#04x} "
                f"at offset {err.start} that UTF-8 cannot decode"
            )
            raise InputError(msg) from err
    msg = f"expected the text of a readout as str or bytes, found {type(text).__name__}"
    raise InputError(msg)


def _as_datetime(published: dt.date | dt.datetime | None) -> dt.datetime | None:
    if published is None or isinstance(published, dt.datetime):
        return published
    if isinstance(published, dt.date):
        return dt.datetime.combine(published, dt.time())
    msg = f"expected published as a date or datetime, found {type(published).__name__}"
    raise InputError(msg)


def parse(  # noqa: PLR0913 - the keyword options a caller may give
    text: str | bytes,
    *,
    published: dt.date | dt.datetime | None = None,
    strict: bool = True,
    gazetteer: Gazetteer | None = None,
    topics: tuple[Topic, ...] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Readout:
    """
    Read the calls, dates, participants and positions of one readout.

    Args:
        text: The plain text of the readout as copied from its page. Bytes are decoded as
            UTF-8 (a byte-order mark is accepted).
        published: When the readout was published, if the caller knows (from the page's
            metadata, say). It resolves weekdays and missing years, and wins over a
            timestamp in the text.
        strict: When True, text that reports no call raises :class:`NotAReadoutError`; when
            False, it gives a :class:`~afdiplo.Readout` with no calls and a diagnostic.
        gazetteer: The people and countries to recognise; the bundled
            :meth:`Gazetteer.default` when None.
        topics: The topic lexicon positions are coded with (see :func:`load_topics`); the
            bundled one when None.
        max_chars: The longest text accepted; checked before any work.

    Returns:
        The readout. Its :attr:`~afdiplo.Readout.text` is the input exactly (decoded), and
        every span indexes into it.

    Raises:
        InputError: The input is not text, or bytes that are not UTF-8, or a str that reads
            as no readout and is the name of an existing file (a str is always text: pass
            a :class:`pathlib.Path` to :func:`parse_file`).
        InputTooLargeError: The text is longer than *max_chars*.
        NotAReadoutError: In strict mode, the text reports no call.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       A file's name passed as text is an :class:`InputError` that says so.
    """
    if isinstance(text, (str, bytes, bytearray)) and len(text) > max_chars:
        msg = f"expected at most {max_chars} characters, found {len(text)}"
        raise InputTooLargeError(msg)
    source = _decode(text)
    options = ParseOptions(
        published=_as_datetime(published),
        strict=strict,
        gazetteer=gazetteer or Gazetteer.default(),
        topics=load_topics() if topics is None else topics,
        max_chars=max_chars,
    )
    try:
        readout = _run_stages(source, options)
    except NotAReadoutError as err:
        if isinstance(text, str) and _names_a_file(text):
            raise _path_given_as_text(text) from err
        raise
    # Only a readout without calls can be a file name read as text: others cost nothing more.
    if not readout.calls and isinstance(text, str) and _names_a_file(text):
        raise _path_given_as_text(text)
    return readout


_LONGEST_PATH = 4096


def _names_a_file(text: str) -> bool:
    """Whether *text*, a str that read as no readout, is the name of an existing file."""
    if not text or len(text) > _LONGEST_PATH or "\n" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a name the system refuses (too long, a NUL byte)
        return False


def _path_given_as_text(text: str) -> InputError:
    return InputError(
        f"expected the text of a readout, found the name of the file {text!r}; a str is "
        f"always read as text: pass pathlib.Path({text!r}) to read the file"
    )


def _run_stages(source: str, options: ParseOptions) -> Readout:
    # Imported on the first call (see the module docstring); later calls find them loaded.
    from afdiplo._attribute import attribute_positions  # noqa: PLC0415
    from afdiplo._build import build_readout  # noqa: PLC0415
    from afdiplo._detect import detect_format  # noqa: PLC0415
    from afdiplo._extract import DiagnosticDraft, extract_calls  # noqa: PLC0415
    from afdiplo._normalize import normalize  # noqa: PLC0415
    from afdiplo._segment import outlet_names, segment  # noqa: PLC0415
    from afdiplo._source import find_source, page_outlet  # noqa: PLC0415

    norm = normalize(source)
    fmt = detect_format(norm)
    layout = segment(norm, fmt)
    outlet = page_outlet(norm.text, layout, outlet_names())
    # Whose account it is, before the calls: a page may name its own principal by office.
    account = find_source(norm.text, layout, outlet, options.gazetteer)
    extraction = extract_calls(norm.text, layout, options, account.country, fmt)
    if norm.markup:
        note = DiagnosticDraft(
            "input.markup-removed",
            "expected plain text, found an HTML page: its tags, scripts and comments were "
            "left out and its entities decoded; spans still point into the page",
            None,
            Severity.WARNING,
        )
        extraction = attrs.evolve(extraction, diagnostics=(note, *extraction.diagnostics))
    if not extraction.calls:
        reason = _why_no_call(layout)
        if options.strict:
            raise NotAReadoutError(reason)
        extraction = attrs.evolve(
            extraction,
            diagnostics=(
                *extraction.diagnostics,
                DiagnosticDraft("call.none-found", reason, None, Severity.ERROR),
            ),
        )
    attribution = attribute_positions(
        norm.text,
        layout,
        extraction,
        topics=options.topics,
        gazetteer=options.gazetteer,
        fmt=fmt,
    )
    if extraction.calls and not attribution.calls:
        reason = (
            "expected a sentence reporting a call, found only passing mentions of an "
            "engagement with one named participant and no one's words"
        )
        if options.strict:
            raise NotAReadoutError(reason)
        note = DiagnosticDraft("call.none-found", reason, None, Severity.ERROR)
        attribution = attrs.evolve(attribution, diagnostics=(*attribution.diagnostics, note))
    return build_readout(norm, fmt, layout, extraction, attribution, outlet, account)


def _why_no_call(layout: Layout) -> str:
    from afdiplo._segment import BODY  # noqa: PLC0415 - loaded by _run_stages already

    if not any(s.kind == BODY for s in layout.segments):
        return "expected a readout with body text, found only boilerplate or blank text"
    return (
        "expected a sentence reporting a call (a person with 'had a phone call with', "
        "'met with', 'held talks', ...), found none"
    )


def parse_file(  # noqa: PLR0913 - the options of parse
    path: str | Path,
    *,
    published: dt.date | dt.datetime | None = None,
    strict: bool = True,
    gazetteer: Gazetteer | None = None,
    topics: tuple[Topic, ...] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Readout:
    """
    Parse the readout stored in the file at *path* (UTF-8).

    Args:
        path: The file to read.
        published: As for :func:`parse`.
        strict: As for :func:`parse`.
        gazetteer: As for :func:`parse`.
        topics: As for :func:`parse`.
        max_chars: As for :func:`parse`.

    Raises:
        InputError: The file cannot be read, or is not UTF-8.

    .. versionadded:: 0.1.0
    """
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        msg = f"expected a readable file at {path}, found none ({err.strerror})"
        raise InputError(msg) from err
    return parse(
        data,
        published=published,
        strict=strict,
        gazetteer=gazetteer,
        topics=topics,
        max_chars=max_chars,
    )
