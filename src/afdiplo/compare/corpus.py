"""
Corpora: many readouts grouped into the calls they report, and timelines across them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from afdiplo.compare._align import _pair, _speaker
from afdiplo.compare._engagement import call_difference, one_medium, same_call
from afdiplo.compare.comparison import Comparison, _compare_positions
from afdiplo.model import Call, Diagnostic, Medium, Position, Readout

if TYPE_CHECKING:
    from afdiplo.gazetteer import Gazetteer
    from afdiplo.lexicon import Topic

__all__ = ["CallRecord", "Corpus", "MergedPosition", "Report", "TimelineEntry"]


@attrs.frozen(kw_only=True)
class Report:
    """
    One readout's report of a call.

    Attributes:
        source: The readout's name in the corpus (its file name, or a name made from it).
        readout: The readout.
        call: The call as this readout reports it.

    .. versionadded:: 0.1.0
    """

    source: str
    readout: Readout
    call: Call


@attrs.frozen(kw_only=True)
class MergedPosition:
    """
    One thing said in a call, with every report that carries it.

    Attributes:
        speaker: The speaker's canonical name, "both sides" for joint positions, or
            "unattributed".
        reports: For each source that reports it, the source and its position.

    .. versionadded:: 0.1.0
    """

    speaker: str
    reports: tuple[tuple[str, Position], ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """
        The sources that report this position.

        .. versionadded:: 0.1.0
        """
        return tuple(source for source, _ in self.reports)

    @property
    def position(self) -> Position:
        """
        The position as the first source gives it.

        .. versionadded:: 0.1.0
        """
        return self.reports[0][1]


@attrs.frozen(kw_only=True)
class CallRecord:
    """
    One call as a corpus knows it: every report of it and what was said in it.

    Attributes:
        participants: Canonical names of the participants, sorted.
        date: The call's date: the first date a report states outright, else the first one a
            report inferred (from a weekday or the publication year), else None.
        reports: Every report of the call, by source name.
        positions: What was said, merged across reports, in the first report's order.

    .. versionadded:: 0.1.0
    """

    participants: tuple[str, ...]
    date: dt.date | None
    reports: tuple[Report, ...]
    positions: tuple[MergedPosition, ...]

    def __str__(self) -> str:
        day = self.date.isoformat() if self.date else "undated"
        sources = ", ".join(r.source for r in self.reports)
        return f"{day}: {' and '.join(self.participants)} ({sources})"


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """
    One position in a timeline, with its call and the sources that report it.

    Attributes:
        date: The call's date, or None when no report pins it.
        call: The call the position was taken in.
        position: The position, with every source that reports it.

    .. versionadded:: 0.1.0
    """

    date: dt.date | None
    call: CallRecord
    position: MergedPosition


def _inferred(readout: Readout, call: Call) -> bool:
    if call.date_span is None:
        return False
    return any(
        d.span == call.date_span and d.code in {"date.weekday-resolved", "date.year-inferred"}
        for d in readout.diagnostics
    )


def _source_name(readout: Readout) -> str:
    digest = hashlib.sha256(readout.text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{readout.outlet or readout.format.value}-{digest}"


def _merge_positions(reports: tuple[Report, ...]) -> tuple[MergedPosition, ...]:
    groups: list[list[tuple[str, Position]]] = []
    for report in reports:
        positions = report.call.positions
        pivots = tuple(group[0][1] for group in groups)
        pairs = {j: i for i, j, _ in _pair(pivots, positions)}
        for j, position in enumerate(positions):
            if j in pairs:
                groups[pairs[j]].append((report.source, position))
            else:
                groups.append([(report.source, position)])
    return tuple(MergedPosition(speaker=_speaker(g[0][1]), reports=tuple(g)) for g in groups)


def _record(reports: list[Report]) -> CallRecord:
    ordered = tuple(sorted(reports, key=lambda r: r.source))
    dated = [r for r in ordered if r.call.date is not None]
    stated = [r for r in dated if not _inferred(r.readout, r.call)]
    date = (stated or dated)[0].call.date if dated else None
    return CallRecord(
        participants=tuple(sorted({p.name for p in ordered[0].call.participants})),
        date=date,
        reports=ordered,
        positions=_merge_positions(ordered),
    )


def _evidence(call: Call) -> int:
    """How far the text gives the call's day: 2 a date or a day of a month, 1 a weekday, 0 none."""
    partial = call.partial_date
    if call.date is not None or (partial is not None and None not in (partial.month, partial.day)):
        return 2
    return 1 if partial is not None and partial.weekday is not None else 0


def _weekday_against(a: Call, b: Call) -> bool | None:
    """
    Whether the weekday one call gives alone is the weekday of the other's date.

    None unless one gives only a weekday and the other a date. A weekday alone says little, so
    only the date's own weekday confirms it: with the one-day slack :func:`call_difference`
    allows for dates written in two time zones, three weekdays in seven would fit.
    """
    for weekday, dated in ((a, b), (b, a)):
        partial = weekday.partial_date
        if _evidence(weekday) == 1 and partial is not None and dated.date is not None:
            return partial.weekday == dated.date.weekday()
    return None


def _confirms(a: Call, b: Call) -> bool:
    """
    Whether the days two reports of one engagement give pin it down.

    Both give a day (a date or a day of a month), or one gives a weekday that the other's day
    can fall on: a date's own weekday, or any weekday for a day of a month with no year.
    """
    evidence = sorted((_evidence(a), _evidence(b)))
    return evidence[0] >= 1 and evidence[1] == 2 and _weekday_against(a, b) is not False


#: The media of the reports of each set of people, by canonical names.
_Counts = dict[frozenset[str], Counter[Medium]]


def _people_key(call: Call) -> frozenset[str]:
    return frozenset(p.name for p in call.participants)


def _reports_of(report: Report, member: Report, counts: _Counts) -> int:
    """
    How many reports of the corpus are of the people of *report* and *member*.

    Only reports by a medium that can be one engagement with both of theirs count: for two
    reports of a meeting, the reports of a meeting, a video call or an unnamed medium.
    """
    media = counts.get(_people_key(report.call), Counter())
    return sum(
        count
        for medium, count in media.items()
        if one_medium(medium, report.call.medium) and one_medium(medium, member.call.medium)
    )


def _joins(report: Report, group: list[Report], counts: _Counts) -> bool:
    """
    Whether *report* may join the call of *group*: one engagement, from another source.

    It must be one engagement with every report of the call (:func:`call_difference`: the same
    people, dates within a day, media that can be one). In a corpus the same people meet many
    times, so a day that could fit any of their meetings is not enough: some report of the call
    must confirm the day *report* gives (both give a day, a date or a day of a month, or one a
    weekday and the other a date on that weekday). A report that gives only a weekday, which
    no date of the call has, does not join; a report that gives no day (or whose day no report
    of the call confirms) joins only when the corpus holds no third report of those people by
    a medium that can be theirs.
    """
    if any(
        report.source == member.source or call_difference(report.call, member.call) is not None
        for member in group
    ):
        return False
    if any(_confirms(report.call, member.call) for member in group):
        return True
    if any(_weekday_against(report.call, member.call) is False for member in group):
        return False
    return all(_reports_of(report, member, counts) <= 2 for member in group)


def _group(reports: list[Report]) -> tuple[CallRecord, ...]:
    def order(report: Report) -> tuple[bool, dt.date, str, int]:
        day = report.call.date or dt.date.max
        index = report.readout.calls.index(report.call)
        return (report.call.date is None, day, report.source, index)

    counts: _Counts = {}
    for report in reports:
        counts.setdefault(_people_key(report.call), Counter())[report.call.medium] += 1
    groups: list[list[Report]] = []
    for report in sorted(reports, key=order):
        # A dated report joins the first call it fits; one whose date is not known, only the
        # one call it fits: of two, which it is, nothing says.
        wanted = 1 if report.call.date is not None else 2
        fits = list(itertools.islice((g for g in groups if _joins(report, g, counts)), wanted))
        if len(fits) == 1:
            fits[0].append(report)
        else:
            groups.append([report])
    records = [_record(g) for g in groups]

    def reading_order(record: CallRecord) -> tuple[bool, dt.date, str, int]:
        first = record.reports[0]
        index = first.readout.calls.index(first.call)
        return (record.date is None, record.date or dt.date.max, first.source, index)

    return tuple(sorted(records, key=reading_order))


def _matches_actor(position: Position, actor: str) -> bool:
    speaker = position.speaker
    if speaker is None:
        return False
    wanted = actor.casefold()
    names = (speaker.name, *speaker.aliases, speaker.country or "")
    return any(wanted == name.casefold() for name in names)


def _sorted_readouts(readouts: Mapping[str, Readout]) -> dict[str, Readout]:
    return dict(sorted(readouts.items()))


@attrs.frozen(eq=False)
class Corpus:
    """
    Many readouts, grouped into the calls they report.

    Reports of one engagement are grouped together, whoever published them: the same
    participants (by canonical name, or a name one report gives as a spelling of the other's),
    dates within a day of each other (or dates that agree as far as the texts say, when a
    date could not be pinned) and media one engagement can be held by (a phone call is no
    meeting), as :attr:`Comparison.same_call` decides. Two calls of one readout are never
    grouped, and a report joins a call only when it is one engagement with every report of it.

    As the same people meet many times, that is not enough: some report of the call must
    confirm the day a report gives. Two dates, or days of a month, confirm each other; a
    weekday given alone is confirmed only by a date on that weekday (or a day of a month with
    no year), and a weekday beside a date on another weekday keeps the report apart. A report
    that gives no day, or whose day no report confirms, joins only when the corpus holds no
    third report of those people by a medium that can be theirs (the reports of a meeting
    and of a phone call are of two engagements). A report without a date that two calls would
    take joins neither. The grouping does not depend on the order the readouts are given in.

    Attributes:
        readouts: The readouts by source name.
        calls: The calls, in date order (undated ones last; on one day, in the order their
            first report gives them).

    .. versionadded:: 0.1.0
    """

    readouts: Mapping[str, Readout] = attrs.field(converter=_sorted_readouts)
    calls: tuple[CallRecord, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        reports = [
            Report(source=source, readout=readout, call=call)
            for source, readout in self.readouts.items()
            for call in readout.calls
        ]
        object.__setattr__(self, "calls", _group(reports))

    @classmethod
    def of(cls, readouts: Iterable[Readout] | Mapping[str, Readout]) -> Corpus:
        """
        Build a corpus from readouts; unnamed ones are named by outlet and a digest of the text.

        .. versionadded:: 0.1.0
        """
        if isinstance(readouts, Mapping):
            return cls(readouts)
        return cls({_source_name(r): r for r in readouts})

    @classmethod
    def from_folder(
        cls,
        folder: str | Path,
        *,
        pattern: str = "*.txt",
        published: dt.date | None = None,
        gazetteer: Gazetteer | None = None,
        topics: tuple[Topic, ...] | None = None,
    ) -> Corpus:
        """
        Parse every file matching *pattern* in *folder* and build a corpus of them.

        Files are parsed leniently: one that is no readout joins with no calls and says why in
        its diagnostics.

        .. versionadded:: 0.1.0
        """
        from afdiplo.parse import parse_file  # noqa: PLC0415 - compare never parses at import

        paths = sorted(Path(folder).glob(pattern))
        return cls(
            {
                p.name: parse_file(
                    p, strict=False, published=published, gazetteer=gazetteer, topics=topics
                )
                for p in paths
            }
        )

    def timeline(
        self, *, actor: str | None = None, topic: str | None = None
    ) -> tuple[TimelineEntry, ...]:
        """
        Positions in date order, with their call and sources.

        Args:
            actor: Keep positions whose speaker has this canonical name, spelling or country.
            topic: Keep positions about this topic key.

        .. versionadded:: 0.1.0
        """
        entries = []
        for record in self.calls:
            for merged in record.positions:
                position = merged.position
                if actor is not None and not _matches_actor(position, actor):
                    continue
                if topic is not None and topic not in position.topics:
                    continue
                entries.append(TimelineEntry(date=record.date, call=record, position=merged))
        return tuple(entries)

    def compare_calls(self, a: CallRecord | int, b: CallRecord | int) -> Comparison:
        """
        Compare the merged positions of two calls of the corpus (records or their indices).

        .. versionadded:: 0.1.0
        """
        first = self.calls[a] if isinstance(a, int) else a
        second = self.calls[b] if isinstance(b, int) else b
        return _compare_positions(
            tuple(m.position for m in first.positions),
            tuple(m.position for m in second.positions),
            str(first),
            str(second),
            same_call(first.reports[0].call, second.reports[0].call),
        )

    @property
    def diagnostics(self) -> dict[str, tuple[Diagnostic, ...]]:
        """
        The diagnostics of every readout that has any, by source.

        .. versionadded:: 0.1.0
        """
        return {s: r.diagnostics for s, r in self.readouts.items() if r.diagnostics}
