"""
Stage 6: drafts become model objects, with every offset mapped back to the original text.

This is the only stage that instantiates the public model classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from afdiplo._segment import BODY
from afdiplo.model import (
    Call,
    Diagnostic,
    OutletFormat,
    PartialDate,
    Participant,
    Position,
    Readout,
    Span,
    _made_position,
)

if TYPE_CHECKING:
    from afdiplo._attribute import Attribution, PositionDraft
    from afdiplo._extract import Extraction
    from afdiplo._normalize import NormalizedText
    from afdiplo._people import Mention
    from afdiplo._segment import Layout
    from afdiplo._source import Source

__all__ = ["build_readout"]


def _partial_date(
    partial: tuple[int | None, int | None, int | None, int | None] | None,
) -> PartialDate | None:
    if partial is None:
        return None
    year, month, day, weekday = partial
    return PartialDate(year=year, month=month, day=day, weekday=weekday)


def _participant(
    norm: NormalizedText, extraction: Extraction, key: str, mentions: list[Mention]
) -> Participant:
    draft = extraction.people[key]
    title = norm.text[slice(*draft.title)].strip(" ,") if draft.title else None
    return Participant(
        name=draft.key,
        aliases=tuple(draft.aliases),
        title=" ".join(title.split()) if title else None,
        country=draft.country,
        mentions=tuple(norm.span(m.start, m.end) for m in mentions),
    )


def _position(
    norm: NormalizedText, draft: PositionDraft, participants: dict[str, Participant]
) -> Position:
    span = norm.span(draft.start, draft.end)
    return _made_position(
        speaker=participants[draft.speaker] if draft.speaker else None,
        joint=draft.joint,
        text=span.of(norm.original),
        span=span,
        cue=draft.cue,
        cue_lemma=draft.cue_lemma,
        direct=draft.direct,
        topics=draft.topics,
        stance=draft.stance,
        targets=draft.targets,
        rule=draft.rule,
    )


def build_readout(  # noqa: PLR0913, PLR0917 - one argument a stage's result
    norm: NormalizedText,
    fmt: OutletFormat,
    layout: Layout,
    extraction: Extraction,
    attribution: Attribution,
    outlet: str | None,
    source: Source,
) -> Readout:
    """Assemble the :class:`~afdiplo.Readout` from what the stages found."""
    text = norm.text
    by_person: dict[str, list[Mention]] = {key: [] for key in extraction.people}
    for mention in extraction.mentions:
        by_person[mention.key].append(mention)
    participants = {
        key: _participant(norm, extraction, key, by_person[key]) for key in extraction.people
    }
    calls = []
    for call, drafts in zip(attribution.calls, attribution.positions, strict=True):
        first = layout.sentences[call.sentences[0]] if call.sentences else None
        last = layout.sentences[call.sentences[-1]] if call.sentences else None
        span = norm.span(first.start, last.end) if first and last else Span(0, 0)
        calls.append(
            Call(
                date=call.date,
                date_span=norm.span(*call.date_span) if call.date_span else None,
                partial_date=_partial_date(call.partial),
                medium=call.medium,
                participants=tuple(participants[k] for k in call.participants),
                initiator=participants[call.initiator] if call.initiator else None,
                positions=tuple(_position(norm, d, participants) for d in drafts),
                rule=call.rule,
                span=span,
            )
        )
    notes = (*extraction.diagnostics, *attribution.diagnostics)
    if source.diagnostic is not None:
        notes = (*notes, source.diagnostic)
    title = " ".join(text[slice(*layout.title)].split()) if layout.title else None
    return Readout(
        text=norm.original,
        format=fmt,
        outlet=outlet,
        outlet_span=norm.span(*layout.outlet) if layout.outlet else None,
        source_country=source.country,
        title=title,
        title_span=norm.span(*layout.title) if layout.title else None,
        published=extraction.published,
        published_span=norm.span(*layout.published) if layout.published else None,
        body_spans=tuple(norm.span(s.start, s.end) for s in layout.segments if s.kind == BODY),
        boilerplate_spans=tuple(
            norm.span(s.start, s.end) for s in layout.segments if s.kind != BODY
        ),
        calls=tuple(calls),
        diagnostics=tuple(
            Diagnostic(
                code=code,
                message=message,
                span=norm.span(*span) if span else None,
                severity=severity,
            )
            for code, message, span, severity in (
                *((n.code, n.message, n.span, n.severity) for n in layout.notes),
                *(
                    (d.code, d.message, d.span, d.severity)
                    for d in notes
                    if d.call is None or d.call not in attribution.left_out
                ),
            )
        ),
    )
