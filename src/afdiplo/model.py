"""
The data model: what a parsed readout is made of.

Every class is a frozen attrs class with slots: values can be compared, hashed, pickled and
changed only through :func:`attrs.evolve`.
Every extracted value keeps the :class:`Span` of its evidence in :attr:`Readout.text`.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

import attrs
from attrs.validators import deep_iterable, ge, instance_of, min_len, optional

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "Call",
    "Diagnostic",
    "Medium",
    "OutletFormat",
    "PartialDate",
    "Participant",
    "Position",
    "Readout",
    "Severity",
    "Span",
    "Stance",
]


class OutletFormat(enum.Enum):
    """
    The family of outlet a readout comes from.

    .. versionadded:: 0.1.0
    """

    #: A foreign ministry, embassy or consulate page (breadcrumb, title, "On <date>, ...").
    OFFICIAL = "official"
    #: A report by state media or a wire (headline, timestamp, "... said on Monday").
    NEWS = "news"


class Medium(enum.Enum):
    """
    How a call was held.

    .. versionadded:: 0.1.0
    """

    #: Phone call, telephone conversation, phone talks.
    PHONE = "phone"
    #: Video call, video conference, virtual meeting.
    VIDEO = "video"
    #: Meeting or talks in person.
    MEETING = "meeting"
    #: A letter or message exchanged in writing.
    LETTER = "letter"
    #: Any other contact, or one the text does not describe.
    OTHER = "other"


class Stance(enum.Enum):
    """
    The speech act of a position: what the speaker does with the words.

    .. versionadded:: 0.1.0
    """

    #: Asks a party to act ("should", "must", "urge", "call on").
    DEMAND = "demand"
    #: Binds the speaker's own side ("will", "ready to", "willing to").
    COMMITMENT = "commitment"
    #: Backs, endorses, agrees with or respects something.
    SUPPORT = "support"
    #: Opposes, condemns, criticises or rejects something.
    OPPOSITION = "opposition"
    #: Hopes, expects or looks forward to something.
    HOPE = "hope"
    #: Thanks, appreciates or commends a party.
    APPRECIATION = "appreciation"
    #: A claim or judgement about the world.
    ASSESSMENT = "assessment"


class Severity(enum.Enum):
    """
    How much a diagnostic matters.

    .. versionadded:: 0.1.0
    """

    #: An inference the parser made and wants known (a year taken from the publication date).
    INFO = "info"
    #: Something could not be determined or looks wrong; data may be missing.
    WARNING = "warning"
    #: The input could not be read as a readout at all.
    ERROR = "error"


def _check_span_order(instance: Span, _attribute: attrs.Attribute[int], end: int) -> None:
    if end < instance.start:
        msg = f"expected end >= start, found start={instance.start} and end={end}"
        raise ValueError(msg)


_natural: list[Callable[[Any, attrs.Attribute[int], int], Any]] = [instance_of(int), ge(0)]


@attrs.frozen
class Span:
    """
    A half-open range of character offsets into :attr:`Readout.text`.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character; ``end >= start``.

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(validator=_natural)
    end: int = attrs.field(validator=[*_natural, _check_span_order])

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """
        Return the part of *text* this span covers.

        .. versionadded:: 0.1.0
        """
        return text[self.start : self.end]


def _span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _participant_tuple(value: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(value)


def _position_tuple(value: Iterable[Position]) -> tuple[Position, ...]:
    return tuple(value)


def _call_tuple(value: Iterable[Call]) -> tuple[Call, ...]:
    return tuple(value)


def _diagnostic_tuple(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = f"expected a collection of strings, found the string {value!r}"
        raise TypeError(msg)
    return tuple(value)


_non_empty_str = attrs.validators.and_(instance_of(str), min_len(1))
_strings = deep_iterable(instance_of(str), instance_of(tuple))
_spans = deep_iterable(instance_of(Span), instance_of(tuple))
_optional_span = optional(instance_of(Span))
_optional_str = optional(instance_of(str))


@attrs.frozen(kw_only=True)
class Participant:
    """
    One person (or delegation) taking part in a call.

    Attributes:
        name: Canonical name, the same across spellings ("Mohammad Hanif Atmar" for
            "Mohammed Haneef Atmar" and "Atmar").
        aliases: Every other spelling of the name seen in this readout, in order of appearance.
        title: The title as written in this readout ("Afghan Acting Foreign Minister"), or None.
        country: The country the person speaks for, as English-language news writes its short
            name ("United States", "Russia"), or None when unresolved.
        mentions: Spans of every mention of the person in :attr:`Readout.text`.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_non_empty_str)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple, validator=_strings)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    country: str | None = attrs.field(default=None, validator=_optional_str)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple, validator=_spans)


@attrs.frozen(kw_only=True)
class Position:
    """
    What one side (or both sides together) said in a call.

    Attributes:
        speaker: The participant who said it, or None when it was said jointly or cannot be
            attributed.
        joint: True when the readout gives it as said by both sides ("The two sides agreed").
        text: The words of the readout that carry the position; equal to ``span.of(text)``.
        span: Where :attr:`text` stands in :attr:`Readout.text`.
        cue: The reporting verb as written ("noted", "expressed appreciation"), or None when
            the speaker is carried over from an earlier sentence.
        cue_lemma: The dictionary form of :attr:`cue` ("note"), or None.
        direct: True when the words are quoted, inside quotation marks.
        topics: Keys of the topics the position is about, from the topic lexicon.
        stance: What the speaker does with the words.
        targets: Names of the actors addressed or called upon ("United States", "Taliban").

    .. versionadded:: 0.1.0
    """

    speaker: Participant | None = attrs.field(validator=optional(instance_of(Participant)))
    joint: bool = attrs.field(default=False, validator=instance_of(bool))
    text: str = attrs.field(validator=instance_of(str))
    span: Span = attrs.field(validator=instance_of(Span))
    cue: str | None = attrs.field(default=None, validator=_optional_str)
    cue_lemma: str | None = attrs.field(default=None, validator=_optional_str)
    direct: bool = attrs.field(default=False, validator=instance_of(bool))
    topics: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple, validator=_strings)
    stance: Stance = attrs.field(default=Stance.ASSESSMENT, validator=instance_of(Stance))
    targets: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple, validator=_strings)


def _check_month(_instance: object, _attribute: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        msg = f"expected a month from 1 to 12, found {value}"
        raise ValueError(msg)


def _check_day(_instance: object, _attribute: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 31:
        msg = f"expected a day from 1 to 31, found {value}"
        raise ValueError(msg)


def _check_weekday(_instance: object, _attribute: object, value: int | None) -> None:
    if value is not None and not 0 <= value <= 6:
        msg = f"expected a weekday from 0 (Monday) to 6 (Sunday), found {value}"
        raise ValueError(msg)


_optional_int = optional(instance_of(int))


@attrs.frozen(kw_only=True)
class PartialDate:
    """
    What the text says of a call's day, even when that does not pin a date.

    "On 19 August" gives a month and a day but no year; "on Wednesday" only a weekday.
    Comparing partial dates tells whether two reports can be of the same call.

    Attributes:
        year: The year written, or None.
        month: The month written (1-12), or None.
        day: The day of the month written (1-31), or None.
        weekday: The weekday written, 0 for Monday to 6 for Sunday, or None.

    .. versionadded:: 0.1.0
    """

    year: int | None = attrs.field(default=None, validator=_optional_int)
    month: int | None = attrs.field(default=None, validator=[_optional_int, _check_month])
    day: int | None = attrs.field(default=None, validator=[_optional_int, _check_day])
    weekday: int | None = attrs.field(default=None, validator=[_optional_int, _check_weekday])

    def admits(self, date: dt.date) -> bool:
        """
        Whether *date* agrees with everything this partial date says.

        .. versionadded:: 0.1.0
        """
        return (
            (self.year is None or self.year == date.year)
            and (self.month is None or self.month == date.month)
            and (self.day is None or self.day == date.day)
            and (self.weekday is None or self.weekday == date.weekday())
        )

    def agrees(self, other: PartialDate) -> bool:
        """
        Whether some day could satisfy both partial dates.

        .. versionadded:: 0.1.0
        """
        return all(
            mine is None or theirs is None or mine == theirs
            for mine, theirs in (
                (self.year, other.year),
                (self.month, other.month),
                (self.day, other.day),
                (self.weekday, other.weekday),
            )
        )


@attrs.frozen(kw_only=True)
class Call:
    """
    One conversation reported in a readout: a phone call, video call, meeting or letter.

    Attributes:
        date: The day the call took place, or None when the text does not pin it down (a
            diagnostic then says why).
        date_span: The phrase the date was read from, or None.
        partial_date: What that phrase says of the day, also when it does not pin a date
            ("19 August" with no year known), or None when no phrase was found.
        medium: How the call was held.
        participants: Every party to the call, the reporting side first.
        initiator: The participant who asked for the call, or None when the text does not say.
        positions: What was said in the call, in reading order.
        span: From the first to the last sentence about this call.

    .. versionadded:: 0.1.0
    """

    date: dt.date | None = attrs.field(default=None, validator=optional(instance_of(dt.date)))
    date_span: Span | None = attrs.field(default=None, validator=_optional_span)
    partial_date: PartialDate | None = attrs.field(
        default=None, validator=optional(instance_of(PartialDate))
    )
    medium: Medium = attrs.field(default=Medium.OTHER, validator=instance_of(Medium))
    participants: tuple[Participant, ...] = attrs.field(
        default=(),
        converter=_participant_tuple,
        validator=deep_iterable(instance_of(Participant), instance_of(tuple)),
    )
    initiator: Participant | None = attrs.field(
        default=None, validator=optional(instance_of(Participant))
    )
    positions: tuple[Position, ...] = attrs.field(
        default=(),
        converter=_position_tuple,
        validator=deep_iterable(instance_of(Position), instance_of(tuple)),
    )
    span: Span = attrs.field(validator=instance_of(Span))


@attrs.frozen(kw_only=True)
class Diagnostic:
    """
    A note from the parser about something it inferred, guessed or could not do.

    Attributes:
        code: A stable, dotted identifier such as ``date.year-inferred``; safe to match on.
        message: A sentence for people, saying what was expected and what was found.
        span: The part of the text concerned, or None.
        severity: How much it matters.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=_non_empty_str)
    message: str = attrs.field(validator=instance_of(str))
    span: Span | None = attrs.field(default=None, validator=_optional_span)
    severity: Severity = attrs.field(default=Severity.INFO, validator=instance_of(Severity))


def _check_spans_inside(instance: Readout, _attribute: object, _value: object) -> None:
    limit = len(instance.text)
    for span in _iter_spans(instance):
        if span.end > limit:
            msg = f"expected spans within the text of {limit} characters, found {span}"
            raise ValueError(msg)


def _iter_spans(readout: Readout) -> list[Span]:
    spans = [*readout.body_spans, *readout.boilerplate_spans]
    spans += [s for s in (readout.title_span, readout.outlet_span, readout.published_span) if s]
    spans += [d.span for d in readout.diagnostics if d.span is not None]
    for call in readout.calls:
        spans.append(call.span)
        if call.date_span is not None:
            spans.append(call.date_span)
        for participant in call.participants:
            spans += participant.mentions
        spans += [position.span for position in call.positions]
    return spans


@attrs.frozen(kw_only=True)
class Readout:
    """
    One readout: the document as published, and what was read from it.

    Attributes:
        text: The input, exactly as given; every span indexes into it.
        format: The outlet family the text was recognised as.
        outlet: The outlet the text credits ("CGTN", "Xinhua"), or None.
        outlet_span: Where :attr:`outlet` was read, or None.
        title: The headline or page title, or None when the text has none.
        title_span: Where :attr:`title` stands, or None.
        published: When the readout was published, from the text or the caller, or None.
        published_span: Where the text shows the publication time, or None when it shows
            none (also when :attr:`published` came from the caller).
        body_spans: The paragraphs of the report proper, in order.
        boilerplate_spans: Everything else that is not blank: navigation, headline, timestamps,
            captions, credits and trailers. Body and boilerplate together cover every
            non-blank line, so nothing is dropped silently.
        calls: The calls the readout reports, in order of first report.
        diagnostics: What the parser inferred, guessed or could not do.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=instance_of(str))
    format: OutletFormat = attrs.field(validator=instance_of(OutletFormat))
    outlet: str | None = attrs.field(default=None, validator=_optional_str)
    outlet_span: Span | None = attrs.field(default=None, validator=_optional_span)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    title_span: Span | None = attrs.field(default=None, validator=_optional_span)
    published: dt.datetime | None = attrs.field(
        default=None, validator=optional(instance_of(dt.datetime))
    )
    published_span: Span | None = attrs.field(default=None, validator=_optional_span)
    body_spans: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple, validator=_spans)
    boilerplate_spans: tuple[Span, ...] = attrs.field(
        default=(), converter=_span_tuple, validator=_spans
    )
    calls: tuple[Call, ...] = attrs.field(
        default=(),
        converter=_call_tuple,
        validator=deep_iterable(instance_of(Call), instance_of(tuple)),
    )
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(),
        converter=_diagnostic_tuple,
        validator=attrs.validators.and_(
            deep_iterable(instance_of(Diagnostic), instance_of(tuple)), _check_spans_inside
        ),
    )
