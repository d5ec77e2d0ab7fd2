"""
Many readouts at once: streaming parses, optionally in worker processes, and flat rows.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from afdiplo.exceptions import InputError
from afdiplo.gazetteer import Gazetteer
from afdiplo.lexicon import Topic
from afdiplo.model import Readout
from afdiplo.parse import parse, parse_file

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["parse_many", "to_records"]

Source = str | bytes | os.PathLike[str]


#: The longest str checked for being a file name: longer ones are text, never a path.
def _parse_text(text: str | bytes, options: dict[str, Any]) -> Readout:
    return parse(text, **options)


def _parse_one(item: Source, options: dict[str, Any]) -> Readout:
    if isinstance(item, os.PathLike):
        return parse_file(Path(item), **options)
    if isinstance(item, (str, bytes)):
        return _parse_text(item, options)
    msg = f"expected text (str or bytes) or a path, found {type(item).__name__}"
    raise InputError(msg)


def _chunks(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _parse_chunk(chunk: list[Source], options: dict[str, Any]) -> list[Readout]:
    return [_parse_one(item, options) for item in chunk]


def parse_many(  # noqa: PLR0913 - the options of parse, plus how to run
    items: Iterable[str | bytes | os.PathLike[str]],
    *,
    workers: int | None = None,
    strict: bool = False,
    published: dt.date | dt.datetime | None = None,
    gazetteer: Gazetteer | None = None,
    topics: tuple[Topic, ...] | None = None,
    progress: Callable[[int], None] | None = None,
    chunk_size: int = 64,
) -> Iterator[Readout]:
    """
    Parse many readouts, yielding them in input order as they are ready.

    Input is consumed lazily and at most a few chunks are in flight at once, so memory stays
    flat however long the input is.

    Args:
        items: Readouts as text (``str`` or ``bytes``) or as paths (:class:`os.PathLike`, such
            as :class:`pathlib.Path`). A plain ``str`` is always text, never a file name; a
            ``str`` that reads as no readout and is the name of an existing file raises
            :class:`InputError`, which says to pass a :class:`pathlib.Path`.
        workers: Worker processes; None or 1 parses in this process.
        strict: As for :func:`afdiplo.parse`; False by default, so that text that is no
            readout gives a readout with no calls and a diagnostic instead of stopping the run.
        published: As for :func:`afdiplo.parse`, for every item.
        gazetteer: As for :func:`afdiplo.parse`, for every item.
        topics: As for :func:`afdiplo.parse`, for every item.
        progress: Called with the number of readouts done so far, after each one.
        chunk_size: Readouts sent to a worker at a time.

    Raises:
        InputError: An item is neither text nor a path, a file cannot be read, or a ``str``
            that reads as no readout is the name of an existing file.
        NotAReadoutError: In strict mode, an item reports no call.

    .. versionadded:: 0.1.0
    """
    options: dict[str, Any] = {
        "strict": strict,
        "published": published,
        "gazetteer": gazetteer,
        "topics": topics,
    }
    done = 0
    if workers is None or workers <= 1:
        for item in items:
            yield _parse_one(item, options)
            done += 1
            if progress is not None:
                progress(done)
        return
    # Imported here: the process pool costs a noticeable share of `import afdiplo`.
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Readout]]] = deque()
        chunks = _chunks(items, max(1, chunk_size))
        for chunk in islice(chunks, workers * 2):
            pending.append(pool.submit(_parse_chunk, chunk, options))
        while pending:
            readouts = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_parse_chunk, following, options))
            for readout in readouts:
                yield readout
                done += 1
                if progress is not None:
                    progress(done)


#: The tables :func:`to_records` writes: one row per position, or one row per call.
Level = Literal["position", "call"]
_LEVELS: Final[tuple[Level, ...]] = ("position", "call")


def _call_row(readout: Readout, number: int, source: str | None) -> dict[str, Any]:
    call = readout.calls[number]
    return {
        "source": source,
        "format": readout.format.value,
        "outlet": readout.outlet,
        "title": readout.title,
        "published": readout.published,
        "call": number,
        "call_date": call.date,
        "medium": call.medium.value,
        "participants": "; ".join(p.name for p in call.participants),
        "countries": "; ".join(p.country or "" for p in call.participants),
        "initiator": call.initiator.name if call.initiator else None,
    }


def to_records(
    readout: Readout, *, source: str | None = None, level: Level = "position"
) -> list[dict[str, Any]]:
    """
    Flatten a readout into plain rows for data frames: one per position, or one per call.

    Every value is a string, number, boolean, date or None; lists are joined with ``"; "``.
    The rows of one level all have the same keys, in the same order.

    Args:
        readout: The readout.
        source: A name for the readout (its file name, say), written in a ``source`` column.
        level: ``"position"`` (the default) for one row per position, with the readout's,
            the call's and the position's fields side by side; a call without positions
            gives no row. ``"call"`` for one row per call, with the readout's and the call's
            fields and ``position_count``, the number of its positions; every call gives a
            row, so counting rows counts calls.

    Returns:
        The rows, in reading order.

    Raises:
        InputError: *level* is neither ``"position"`` nor ``"call"``.

    .. versionadded:: 0.1.0
    """
    if level not in _LEVELS:
        expected = " or ".join(repr(known) for known in _LEVELS)
        msg = f"expected a level of {expected}, found {level!r}"
        raise InputError(msg)
    rows = []
    for number, call in enumerate(readout.calls):
        base = _call_row(readout, number, source)
        if level == "call":
            rows.append({**base, "position_count": len(call.positions)})
            continue
        for position in call.positions:
            speaker = position.speaker
            rows.append(
                {
                    **base,
                    "speaker": speaker.name if speaker else None,
                    "speaker_country": speaker.country if speaker else None,
                    "joint": position.joint,
                    "text": position.text,
                    "start": position.span.start,
                    "end": position.span.end,
                    "cue": position.cue,
                    "direct": position.direct,
                    "stance": position.stance.value,
                    "topics": "; ".join(position.topics),
                    "targets": "; ".join(position.targets),
                }
            )
    return rows
