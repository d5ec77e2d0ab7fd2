"""
The data model: what a parsed readout is made of.

Every class is a frozen attrs class with slots: values can be compared, hashed, pickled and
changed only through :func:`attrs.evolve`.
Every extracted value keeps the :class:`Span` of its evidence in :attr:`Readout.text`.
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
from itertools import repeat
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs.validators import and_, deep_iterable, ge, instance_of, min_len, optional

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    # What an attrs validator is called with: the instance, the field and the value.
    _Validator = Callable[[Any, attrs.Attribute[Any], Any], Any]
    _Rules = tuple[tuple[str, tuple[_Validator, ...]], ...]

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


# Validation
#
# Each class states its rules as attrs validators, field by field, in a table beside it
# (_SPAN_RULES, ...). Building model objects is the parser's hot path, though (a readout holds
# dozens of spans and positions), and a chain of validators per field costs microseconds per
# object. So each class has a single validator, on its last field, which attrs runs once every
# field is set (in __init__, so also in attrs.evolve, and not under attrs.validators.disabled()):
# a fast check made of `type(x) is ...` tests, which no invalid object passes, and, only when
# that check fails, the rules themselves, in field order. A bad value therefore raises exactly
# what the rules raise, and a value the fast check is unsure of (a bool for an int, an instance
# of a subclass) is judged by the rules, as before.


def _enforce(instance: attrs.AttrsInstance, rules: _Rules) -> None:
    """Run *rules* on *instance* field by field, as per-field attrs validators would."""
    fields = attrs.fields_dict(type(instance))
    for name, validators in rules:
        value = getattr(instance, name)
        for validator in validators:
            validator(instance, fields[name], value)


def _all(kind: type, values: tuple[object, ...]) -> bool:
    """Whether *values* is a tuple of exact instances of *kind* (a sufficient check only)."""
    # (In C: no Python step per value.)
    return type(values) is tuple and (
        not values or all(map(operator.is_, map(type, values), repeat(kind)))
    )


def _check_span_order(instance: Span, _attribute: attrs.Attribute[int], end: int) -> None:
    if end < instance.start:
        msg = f"expected end >= start, found start={instance.start} and end={end}"
        raise ValueError(msg)


_natural: Final = (instance_of(int), ge(0))
_SPAN_RULES: Final[_Rules] = (("start", _natural), ("end", (*_natural, _check_span_order)))


def _validate_span(instance: Span, _attribute: attrs.Attribute[int], end: int) -> None:
    start = instance.start
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        _enforce(instance, _SPAN_RULES)


@attrs.frozen
class Span:
    """
    A half-open range of character offsets into :attr:`Readout.text`.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character; ``end >= start``.

    .. versionadded:: 0.1.0
    """

    start: int
    end: int = attrs.field(validator=_validate_span)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """
        Return the part of *text* this span covers.

        .. versionadded:: 0.1.0
        """
        return text[self.start : self.end]


_new = object.__new__
_set = object.__setattr__


def _made_span(start: int, end: int) -> Span:
    """
    A :class:`Span` of offsets the parser worked out, made without its validator.

    For the parser only, whose offsets are ints with ``0 <= start <= end`` by construction
    (see :meth:`afdiplo._normalize.NormalizedText.span`); a span from anywhere else is made
    with ``Span(start, end)``, which checks them. Spans are the commonest values of a readout.
    """
    span: Span = _new(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    return span


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
    if type(value) is tuple:  # the usual case, and never a string
        return value
    if isinstance(value, str):
        msg = f"expected a collection of strings, found the string {value!r}"
        raise TypeError(msg)
    return tuple(value)


_non_empty_str: Final = and_(instance_of(str), min_len(1))
_strings: Final = deep_iterable(instance_of(str), instance_of(tuple))
_spans: Final = deep_iterable(instance_of(Span), instance_of(tuple))
_optional_span: Final = optional(instance_of(Span))
_optional_str: Final = optional(instance_of(str))
_PARTICIPANT_RULES: Final[_Rules] = (
    ("name", (_non_empty_str,)),
    ("aliases", (_strings,)),
    ("title", (_optional_str,)),
    ("country", (_optional_str,)),
    ("mentions", (_spans,)),
)


def _validate_participant(
    instance: Participant, _attribute: attrs.Attribute[tuple[Span, ...]], mentions: tuple[Span, ...]
) -> None:
    name, title, country = instance.name, instance.title, instance.country
    if not (
        type(name) is str
        and name
        and _all(str, instance.aliases)
        and (title is None or type(title) is str)
        and (country is None or type(country) is str)
        and _all(Span, mentions)
    ):
        _enforce(instance, _PARTICIPANT_RULES)


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

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    title: str | None = None
    country: str | None = None
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_span_tuple, validator=_validate_participant
    )


_POSITION_RULES: Final[_Rules] = (
    ("speaker", (optional(instance_of(Participant)),)),
    ("joint", (instance_of(bool),)),
    ("text", (instance_of(str),)),
    ("span", (instance_of(Span),)),
    ("cue", (_optional_str,)),
    ("cue_lemma", (_optional_str,)),
    ("direct", (instance_of(bool),)),
    ("topics", (_strings,)),
    ("stance", (instance_of(Stance),)),
    ("rule", (_optional_str,)),
    ("targets", (_strings,)),
)


def _validate_position(
    instance: Position, _attribute: attrs.Attribute[tuple[str, ...]], targets: tuple[str, ...]
) -> None:
    speaker, cue, cue_lemma = instance.speaker, instance.cue, instance.cue_lemma
    if not (
        (speaker is None or type(speaker) is Participant)
        and type(instance.joint) is bool
        and type(instance.text) is str
        and type(instance.span) is Span
        and (cue is None or type(cue) is str)
        and (cue_lemma is None or type(cue_lemma) is str)
        and type(instance.direct) is bool
        and _all(str, instance.topics)
        and type(instance.stance) is Stance
        and (instance.rule is None or type(instance.rule) is str)
        and _all(str, targets)
    ):
        _enforce(instance, _POSITION_RULES)


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
        rule: The name of the rule that decided the speaker ("named_subject",
            "described_subject", "country_subject", "pronoun_subject", "joint_subject",
            "quoting", "agenda", "quoted", "relayed", "unknown_subject", "continuation",
            "resumed"; see
            :doc:`/parser`), or None.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.1.0
       Added :attr:`rule`.
    """

    speaker: Participant | None
    joint: bool = False
    text: str
    span: Span
    cue: str | None = None
    cue_lemma: str | None = None
    direct: bool = False
    topics: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    stance: Stance = Stance.ASSESSMENT
    rule: str | None = None
    targets: tuple[str, ...] = attrs.field(
        default=(), converter=_str_tuple, validator=_validate_position
    )


def _made_position(  # noqa: PLR0913 - one argument a field
    *,
    speaker: Participant | None,
    joint: bool,
    text: str,
    span: Span,
    cue: str | None,
    cue_lemma: str | None,
    direct: bool,
    topics: tuple[str, ...],
    stance: Stance,
    targets: tuple[str, ...],
    rule: str | None,
) -> Position:
    """
    A :class:`Position` the parser assembled, made without its validator and converters.

    For the parser only, whose values have the fields' types by construction (the type checker
    holds it to them, tuples included: see :func:`afdiplo._build.build_readout`); a position
    from anywhere else is made with ``Position(...)``, which checks and converts them.
    """
    made: Position = _new(Position)
    _set(made, "speaker", speaker)
    _set(made, "joint", joint)
    _set(made, "text", text)
    _set(made, "span", span)
    _set(made, "cue", cue)
    _set(made, "cue_lemma", cue_lemma)
    _set(made, "direct", direct)
    _set(made, "topics", topics)
    _set(made, "stance", stance)
    _set(made, "rule", rule)
    _set(made, "targets", targets)
    return made


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


_optional_int: Final = optional(instance_of(int))
_PARTIAL_DATE_RULES: Final[_Rules] = (
    ("year", (_optional_int,)),
    ("month", (_optional_int, _check_month)),
    ("day", (_optional_int, _check_day)),
    ("weekday", (_optional_int, _check_weekday)),
)


def _validate_partial_date(
    instance: PartialDate, _attribute: attrs.Attribute[int | None], weekday: int | None
) -> None:
    year, month, day = instance.year, instance.month, instance.day
    if not (
        (year is None or type(year) is int)
        and (month is None or (type(month) is int and 1 <= month <= 12))
        and (day is None or (type(day) is int and 1 <= day <= 31))
        and (weekday is None or (type(weekday) is int and 0 <= weekday <= 6))
    ):
        _enforce(instance, _PARTIAL_DATE_RULES)


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

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = attrs.field(default=None, validator=_validate_partial_date)

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


_CALL_RULES: Final[_Rules] = (
    ("date", (optional(instance_of(dt.date)),)),
    ("date_span", (_optional_span,)),
    ("partial_date", (optional(instance_of(PartialDate)),)),
    ("medium", (instance_of(Medium),)),
    ("participants", (deep_iterable(instance_of(Participant), instance_of(tuple)),)),
    ("initiator", (optional(instance_of(Participant)),)),
    ("positions", (deep_iterable(instance_of(Position), instance_of(tuple)),)),
    ("rule", (_optional_str,)),
    ("span", (instance_of(Span),)),
)


def _validate_call(instance: Call, _attribute: attrs.Attribute[Span], span: Span) -> None:
    date, date_span, initiator = instance.date, instance.date_span, instance.initiator
    partial_date = instance.partial_date
    if not (
        (date is None or type(date) is dt.date)
        and (date_span is None or type(date_span) is Span)
        and (partial_date is None or type(partial_date) is PartialDate)
        and type(instance.medium) is Medium
        and _all(Participant, instance.participants)
        and (initiator is None or type(initiator) is Participant)
        and _all(Position, instance.positions)
        and (instance.rule is None or type(instance.rule) is str)
        and type(span) is Span
    ):
        _enforce(instance, _CALL_RULES)


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
        rule: The name of the strategy that found the engagement ("named_contact",
            "attendance", "described_contact", "repeated_contact", "described_pair",
            "described_group", "joint_action"), or None.
        span: From the first to the last sentence about this call.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.1.0
       Added :attr:`rule`.
    """

    date: dt.date | None = None
    date_span: Span | None = None
    partial_date: PartialDate | None = None
    medium: Medium = Medium.OTHER
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participant_tuple)
    initiator: Participant | None = None
    positions: tuple[Position, ...] = attrs.field(default=(), converter=_position_tuple)
    rule: str | None = None
    span: Span = attrs.field(validator=_validate_call)


_DIAGNOSTIC_RULES: Final[_Rules] = (
    ("code", (_non_empty_str,)),
    ("message", (instance_of(str),)),
    ("span", (_optional_span,)),
    ("severity", (instance_of(Severity),)),
)


def _validate_diagnostic(
    instance: Diagnostic, _attribute: attrs.Attribute[Severity], severity: Severity
) -> None:
    code, span = instance.code, instance.span
    if not (
        type(code) is str
        and code
        and type(instance.message) is str
        and (span is None or type(span) is Span)
        and type(severity) is Severity
    ):
        _enforce(instance, _DIAGNOSTIC_RULES)


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

    code: str
    message: str
    span: Span | None = None
    severity: Severity = attrs.field(default=Severity.INFO, validator=_validate_diagnostic)


def _check_spans_inside(instance: Readout, _attribute: object, _value: object) -> None:
    limit = len(instance.text)
    spans = _iter_spans(instance)
    if max(map(_END, spans), default=0) <= limit:  # (in C: no Python step per span)
        return
    span = next(span for span in spans if span.end > limit)
    msg = f"expected spans within the text of {limit} characters, found {span}"
    raise ValueError(msg)


_END = operator.attrgetter("end")


def _iter_spans(readout: Readout) -> list[Span]:
    spans = [*readout.body_spans, *readout.boilerplate_spans]
    spans += [s for s in (readout.title_span, readout.outlet_span, readout.published_span) if s]
    spans += [d.span for d in readout.diagnostics if d.span is not None]
    # A participant of many calls is one object in all of them (parse builds each person
    # once): its mentions are checked once, not once per call, which cost the product.
    checked: set[int] = set()
    for call in readout.calls:
        spans.append(call.span)
        if call.date_span is not None:
            spans.append(call.date_span)
        for participant in call.participants:
            if id(participant) not in checked:
                checked.add(id(participant))
                spans += participant.mentions
        spans += [position.span for position in call.positions]
    return spans


_READOUT_RULES: Final[_Rules] = (
    ("text", (instance_of(str),)),
    ("format", (instance_of(OutletFormat),)),
    ("outlet", (_optional_str,)),
    ("outlet_span", (_optional_span,)),
    ("source_country", (_optional_str,)),
    ("title", (_optional_str,)),
    ("title_span", (_optional_span,)),
    ("published", (optional(instance_of(dt.datetime)),)),
    ("published_span", (_optional_span,)),
    ("body_spans", (_spans,)),
    ("boilerplate_spans", (_spans,)),
    ("calls", (deep_iterable(instance_of(Call), instance_of(tuple)),)),
    (
        "diagnostics",
        (deep_iterable(instance_of(Diagnostic), instance_of(tuple)), _check_spans_inside),
    ),
)


def _validate_readout(
    instance: Readout,
    attribute: attrs.Attribute[tuple[Diagnostic, ...]],
    diagnostics: tuple[Diagnostic, ...],
) -> None:
    outlet, title, published = instance.outlet, instance.title, instance.published
    outlet_span, title_span = instance.outlet_span, instance.title_span
    published_span = instance.published_span
    if not (
        type(instance.text) is str
        and type(instance.format) is OutletFormat
        and (outlet is None or type(outlet) is str)
        and (outlet_span is None or type(outlet_span) is Span)
        and (instance.source_country is None or type(instance.source_country) is str)
        and (title is None or type(title) is str)
        and (title_span is None or type(title_span) is Span)
        and (published is None or type(published) is dt.datetime)
        and (published_span is None or type(published_span) is Span)
        and _all(Span, instance.body_spans)
        and _all(Span, instance.boilerplate_spans)
        and _all(Call, instance.calls)
        and _all(Diagnostic, diagnostics)
    ):
        _enforce(instance, _READOUT_RULES)
        return
    # Every rule before the last one holds: the last one alone is left to check.
    _check_spans_inside(instance, attribute, diagnostics)


@attrs.frozen(kw_only=True)
class Readout:
    """
    One readout: the document as published, and what was read from it.

    Attributes:
        text: The input, exactly as given; every span indexes into it.
        format: The outlet family the text was recognised as.
        outlet: The outlet the text credits ("CGTN", "Xinhua"), or None.
        outlet_span: Where :attr:`outlet` was read, or None.
        source_country: Whose account the readout is: the country (or organisation,
            "European Union", "United Nations", "NATO") whose government or media published
            it, as the gazetteer names it. The country of :attr:`outlet` in the bundled table
            of outlets; failing that, of a cue in the page's first and last lines ("Embassy of
            the People's Republic of China in ...", "Office of the Spokesperson", "MOSCOW,
            August 17. /TASS/."), which a ``source.from-cue`` diagnostic reports; None when
            neither tells.
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

    .. versionchanged:: 0.1.0
       Added :attr:`source_country`.
    """

    text: str
    format: OutletFormat
    outlet: str | None = None
    outlet_span: Span | None = None
    source_country: str | None = None
    title: str | None = None
    title_span: Span | None = None
    published: dt.datetime | None = None
    published_span: Span | None = None
    body_spans: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple)
    boilerplate_spans: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple)
    calls: tuple[Call, ...] = attrs.field(default=(), converter=_call_tuple)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(), converter=_diagnostic_tuple, validator=_validate_readout
    )
