"""
Comparing two readouts, or two calls: :func:`compare` and the :class:`Comparison` it returns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain

import attrs
from attrs.validators import deep_iterable, instance_of, optional

from afdiplo.compare import report
from afdiplo.compare._align import _align, _speaker, _speaker_key
from afdiplo.compare._diff import DiffChunk, _chunks, _diff, _inverted, _new, _set
from afdiplo.compare._engagement import same_call
from afdiplo.model import Call, OutletFormat, Position, Readout, Stance

__all__ = [
    "Comparison",
    "MatchedPosition",
    "StanceShift",
    "TopicPresence",
    "Voice",
    "VoiceShare",
    "compare",
]


def _positions(value: Iterable[Position]) -> tuple[Position, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class MatchedPosition:
    """
    Two positions, one from each side, that say the same thing.

    Attributes:
        a: The position of the first side.
        b: The position of the second side.
        score: How alike they are, from 0 to 1 (1 for the same words).
        diff: A word-level diff from ``a.text`` to ``b.text``.

    .. versionadded:: 0.1.0
    """

    a: Position = attrs.field(validator=instance_of(Position))
    b: Position = attrs.field(validator=instance_of(Position))
    score: float = attrs.field(validator=instance_of(float))
    diff: tuple[DiffChunk, ...] = attrs.field(
        converter=_chunks, validator=deep_iterable(instance_of(DiffChunk), instance_of(tuple))
    )


@attrs.frozen(kw_only=True)
class StanceShift:
    """
    One speaker's stance on one topic, different on the two sides.

    A shift is reported only when the speaker takes no stance on the topic on both sides.

    Attributes:
        speaker: The speaker's canonical name ("both sides" for joint positions).
        topic: The topic key.
        stance_a: The speaker's most frequent stance on the topic on the first side.
        stance_b: The same on the second side.

    .. versionadded:: 0.1.0
    """

    speaker: str = attrs.field(validator=instance_of(str))
    topic: str = attrs.field(validator=instance_of(str))
    stance_a: Stance = attrs.field(validator=instance_of(Stance))
    stance_b: Stance = attrs.field(validator=instance_of(Stance))


@attrs.frozen(kw_only=True)
class TopicPresence:
    """
    How many positions each side has on one topic.

    Attributes:
        topic: The topic key.
        count_a: The number of positions of the first side about the topic.
        count_b: The same for the second side.

    .. versionadded:: 0.1.0
    """

    topic: str = attrs.field(validator=instance_of(str))
    count_a: int = attrs.field(validator=instance_of(int))
    count_b: int = attrs.field(validator=instance_of(int))


def _matches(value: Iterable[MatchedPosition]) -> tuple[MatchedPosition, ...]:
    return tuple(value)


def _shift_tuple(value: Iterable[StanceShift]) -> tuple[StanceShift, ...]:
    return tuple(value)


def _presence_tuple(value: Iterable[TopicPresence]) -> tuple[TopicPresence, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class VoiceShare:
    """
    One speaker's share of one side's positions: how much of an account is that speaker's.

    Attributes:
        speaker: The speaker's canonical name; "both sides" for joint positions, which have a
            row of their own, and "unattributed" for positions without a speaker.
        country: The country the speaker speaks for, or None (always for the two rows above).
        positions: How many of the side's positions are the speaker's.
        characters: How many characters of text those positions have.
        position_share: ``positions`` over all the side's positions, from 0 to 1 (6 places).
        character_share: ``characters`` over the characters of all the side's positions.

    .. versionadded:: 0.1.0
    """

    speaker: str = attrs.field(validator=instance_of(str))
    country: str | None = attrs.field(validator=optional(instance_of(str)))
    positions: int = attrs.field(validator=instance_of(int))
    characters: int = attrs.field(validator=instance_of(int))
    position_share: float = attrs.field(validator=instance_of(float))
    character_share: float = attrs.field(validator=instance_of(float))


def _shares(value: Iterable[VoiceShare]) -> tuple[VoiceShare, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Voice:
    """
    Who gets to speak in each side's account: every speaker's share of its positions.

    Attributes:
        a: The first side's speakers, the one with most positions first (then most
            characters, then by name).
        b: The same for the second side.

    .. versionadded:: 0.1.0
    """

    a: tuple[VoiceShare, ...] = attrs.field(
        converter=_shares, validator=deep_iterable(instance_of(VoiceShare))
    )
    b: tuple[VoiceShare, ...] = attrs.field(
        converter=_shares, validator=deep_iterable(instance_of(VoiceShare))
    )


def _voice(positions: tuple[Position, ...]) -> tuple[VoiceShare, ...]:
    """Each speaker's share of *positions*."""
    counts: dict[str, list[int]] = {}
    countries: dict[str, str | None] = {}
    for position in positions:
        speaker = _speaker(position)
        found = counts.setdefault(speaker, [0, 0])
        found[0] += 1
        found[1] += len(position.text)
        if speaker not in countries:
            countries[speaker] = position.speaker.country if position.speaker else None
    total = len(positions)
    characters = sum(c for _, c in counts.values()) or 1
    rows = sorted(counts.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
    return tuple(
        VoiceShare(
            speaker=speaker,
            country=countries[speaker],
            positions=n,
            characters=chars,
            position_share=round(n / total, 6),
            character_share=round(chars / characters, 6),
        )
        for speaker, (n, chars) in rows
    )


@attrs.frozen(kw_only=True)
class Comparison:
    """
    What two readouts (or calls) say alike and apart.

    Attributes:
        label_a: A name for the first side: as given to :func:`compare` (a file name), else
            the readout's outlet, whose account it is and date.
        label_b: A name for the second side.
        matched: Pairs of positions that say the same thing, best first; a position that covers
            several of the other side is in a pair with each.
        only_in_a: Positions of the first side that nothing on the second side says, in
            reading order.
        only_in_b: Positions of the second side that nothing on the first side says, in
            reading order.
        shifted: Speakers whose stance on a topic differs between the sides.
        topics: Per topic, how many positions each side has, by topic key.
        same_call: Whether the two sides report one engagement: the same participants (by
            canonical name, or a name the other side gives as a spelling of it), dated within
            a day of each other, by media one engagement can be held by (a phone call is no
            meeting, a letter no conversation; a video call can be either side's "call" or
            "meeting", and a medium the text does not name is any). Comparing two different
            calls is allowed; this says so.
        same_call_reason: Why: for one call, its participants and dates ("Antony Blinken and
            Wang Yi, 2021-08-16 and 2021-08-17"); for two, how they differ ("dated 92 days
            apart (2021-05-17 and 2021-08-17)", "different media (a meeting; a phone call)").
            Worded alike from both sides.
        voice: Who speaks in each side's account, and how much: each speaker's share of the
            side's positions, by count and by characters.

    .. versionadded:: 0.1.0
    """

    label_a: str = attrs.field(validator=instance_of(str))
    label_b: str = attrs.field(validator=instance_of(str))
    matched: tuple[MatchedPosition, ...] = attrs.field(converter=_matches)
    only_in_a: tuple[Position, ...] = attrs.field(converter=_positions)
    only_in_b: tuple[Position, ...] = attrs.field(converter=_positions)
    shifted: tuple[StanceShift, ...] = attrs.field(converter=_shift_tuple)
    topics: tuple[TopicPresence, ...] = attrs.field(converter=_presence_tuple)
    same_call: bool = attrs.field(validator=instance_of(bool))
    same_call_reason: str = attrs.field(validator=instance_of(str))
    voice: Voice = attrs.field(validator=instance_of(Voice))

    def swapped(self) -> Comparison:
        """
        Return the same comparison seen from the other side.

        .. versionadded:: 0.1.0
        """
        return Comparison(
            label_a=self.label_b,
            label_b=self.label_a,
            matched=tuple(
                MatchedPosition(a=m.b, b=m.a, score=m.score, diff=_inverted(m.diff))
                for m in self.matched
            ),
            only_in_a=self.only_in_b,
            only_in_b=self.only_in_a,
            shifted=tuple(
                attrs.evolve(s, stance_a=s.stance_b, stance_b=s.stance_a) for s in self.shifted
            ),
            topics=tuple(
                attrs.evolve(t, count_a=t.count_b, count_b=t.count_a) for t in self.topics
            ),
            same_call=self.same_call,
            same_call_reason=self.same_call_reason,
            voice=Voice(a=self.voice.b, b=self.voice.a),
        )

    @property
    def topics_only_in_a(self) -> tuple[str, ...]:
        """
        The keys of the topics only the first side reports, in some positions of it and none of B.

        .. versionadded:: 0.1.0
        """
        return tuple(t.topic for t in self.topics if t.count_b == 0)

    @property
    def topics_only_in_b(self) -> tuple[str, ...]:
        """
        The keys of the topics only the second side reports, in some positions of it and none of A.

        .. versionadded:: 0.1.0
        """
        return tuple(t.topic for t in self.topics if t.count_a == 0)

    def __str__(self) -> str:
        return report.to_text(self)

    def to_markdown(self) -> str:
        """
        Render the comparison as a Markdown document with a section per part.

        The labels of the two sides, whether they report one call, who speaks in each (a
        table), the topics only one side reports, the matched positions side by side (a
        position and every position of the other side it covers in one row), what only one
        side says, the stances that differ and the topic counts.

        .. versionadded:: 0.1.0
        """
        return report.to_markdown(self)

    def to_html(self, *, text_a: str | None = None, text_b: str | None = None) -> str:
        """
        Render the comparison as one self-contained HTML page.

        The page needs nothing from the network and no JavaScript: its style is inline. It
        shows the labels and whether the sides report one call; who speaks in each side, as a
        bar chart; which topics each side reports, as a table; the two texts side by side,
        each position highlighted by its speaker's colour and linked to the positions of the
        other side it is paired with; then the pairs and what only one side says. Every piece
        of text is escaped: a readout is untrusted input.

        Args:
            text_a: The text the first side's positions come from (:attr:`Readout.text`), to
                show them in place in it; without it, or when its positions do not fit it, the
                positions are shown one after the other.
            text_b: The same for the second side.

        Returns:
            The page, as a string to write to a ``.html`` file in UTF-8.

        .. versionadded:: 0.1.0
        """
        return report.to_html(self, text_a, text_b)


def _match(a: Position, b: Position, score: float, diff: tuple[DiffChunk, ...]) -> MatchedPosition:
    match = _new(MatchedPosition)
    _set(match, "a", a)
    _set(match, "b", b)
    _set(match, "score", score)
    _set(match, "diff", diff)
    return match


def _presence(topic: str, count_a: int, count_b: int) -> TopicPresence:
    presence = _new(TopicPresence)
    _set(presence, "topic", topic)
    _set(presence, "count_a", count_a)
    _set(presence, "count_b", count_b)
    return presence


def _dominant(stances: list[Stance]) -> Stance:
    counts = Counter(stances)
    return min(counts, key=lambda s: (-counts[s], s.value))


def _shifts(a: tuple[Position, ...], b: tuple[Position, ...]) -> list[StanceShift]:
    def by_topic(positions: tuple[Position, ...]) -> dict[tuple[str, str], list[Stance]]:
        found: dict[tuple[str, str], list[Stance]] = {}
        for position in positions:
            if not position.topics:
                continue
            speaker = _speaker(position)
            for topic in position.topics:
                found.setdefault((speaker, topic), []).append(position.stance)
        return found

    side_a, side_b = by_topic(a), by_topic(b)
    shifts = []
    for key in sorted(side_a.keys() & side_b.keys()):
        if set(side_a[key]) & set(side_b[key]):
            continue  # a stance both sides take is no shift, whatever else each adds
        stance_a, stance_b = _dominant(side_a[key]), _dominant(side_b[key])
        if stance_a is not stance_b:
            shifts.append(
                StanceShift(speaker=key[0], topic=key[1], stance_a=stance_a, stance_b=stance_b)
            )
    return shifts


#: What a readout without an outlet is called in its label, by format.
_FORMAT_NAMES = {OutletFormat.OFFICIAL: "official page", OutletFormat.NEWS: "news report"}


def _label(item: Readout | Call) -> str:
    """A readout's outlet (or kind), source country and date; a call's medium, people and date."""
    if isinstance(item, Readout):
        dates = [c.date for c in item.calls if c.date is not None]
        published = item.published.date() if item.published else dates[0] if dates else None
        outlet = item.outlet or _FORMAT_NAMES[item.format]
        if item.source_country is not None and item.source_country != outlet:
            outlet = f"{outlet} ({item.source_country})"
        return f"{outlet}, {published.isoformat() if published else 'undated'}"
    names = " and ".join(p.name for p in item.participants)
    day = item.date.isoformat() if item.date else "undated"
    return f"{item.medium.value} of {names or 'no named participant'}, {day}"


def _all_positions(item: Readout | Call) -> tuple[Position, ...]:
    if isinstance(item, Call):
        return item.positions
    return tuple(p for call in item.calls for p in call.positions)


def _compare_positions(
    a: tuple[Position, ...],
    b: tuple[Position, ...],
    label_a: str,
    label_b: str,
    same: tuple[bool, str],
) -> Comparison:
    # Always pair in one canonical direction, so that compare(b, a) mirrors compare(a, b)
    # exactly, ties included; the word diffs too are worked out in that direction.
    key_a = tuple((_speaker_key(p), p.text) for p in a)
    key_b = tuple((_speaker_key(p), p.text) for p in b)
    backwards = key_b < key_a
    pairs = [(i, j, s) for j, i, s in _align(b, a)] if backwards else _align(a, b)
    matched_a = {i for i, _, _ in pairs}
    matched_b = {j for _, j, _ in pairs}
    topics_a = Counter(chain.from_iterable(set(p.topics) for p in a))
    topics_b = Counter(chain.from_iterable(set(p.topics) for p in b))
    return Comparison(
        label_a=label_a,
        label_b=label_b,
        matched=tuple(
            _match(a[i], b[j], float(score), _diff(a[i].text, b[j].text, inverted=backwards))
            for i, j, score in pairs
        ),
        only_in_a=tuple(p for i, p in enumerate(a) if i not in matched_a),
        only_in_b=tuple(p for j, p in enumerate(b) if j not in matched_b),
        shifted=tuple(_shifts(a, b)),
        topics=tuple(
            _presence(t, topics_a[t], topics_b[t])
            for t in sorted(topics_a.keys() | topics_b.keys())
        ),
        same_call=same[0],
        same_call_reason=same[1],
        voice=Voice(a=_voice(a), b=_voice(b)),
    )


def compare(
    a: Readout | Call,
    b: Readout | Call,
    *,
    label_a: str | None = None,
    label_b: str | None = None,
) -> Comparison:
    """
    Compare the positions of two readouts, or of two calls.

    Positions are paired only between the same speaker (by canonical name, so "Wang" in one
    readout and "Wang Yi" in another are one person; joint positions pair with joint
    positions), and only when their :func:`similarity` is at least 0.25. Pairs are taken one to
    one first, best first; ties go to the earlier positions. Then each position left without a
    partner is paired with the position of the other side that covers most of what it says: a
    long sentence that folds several of the other side's is paired with each of them, and
    ``only_in_a`` and ``only_in_b`` keep only what nothing on the other side says. The result
    does not depend on anything but the two inputs, and ``compare(b, a)`` is ``compare(a, b)``
    with the sides swapped.

    Args:
        a: A readout, or one of its calls.
        b: Another readout or call.
        label_a: A name for the first side in the comparison and its reports, such as its
            file name; by default a readout's outlet, whose account it is and date ("Xinhua
            (China), 2021-08-17", or "official page (United States), ..." and "news report,
            ..." when the text names no outlet), a call's medium, participants and date.
        label_b: The same for the second side.

    Returns:
        The comparison.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.1.0
       A readout's default label says whose account it is
       (:attr:`Readout.source_country <afdiplo.Readout.source_country>`), when known.
    """
    return _compare_positions(
        _all_positions(a),
        _all_positions(b),
        _label(a) if label_a is None else label_a,
        _label(b) if label_b is None else label_b,
        same_call(a, b),
    )
