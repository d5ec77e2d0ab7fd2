"""
Engagements: which body sentences report a contact between people, and who the parties are.

Each body sentence is tried against a cascade of small strategies, most reliable first; the
first that finds an engagement decides, and its name travels with the call
(:attr:`afdiplo.Call.rule`)::

    ENGAGEMENT_STRATEGIES = (
        attendance,       # "X attended the meeting", "the dialogue was co-chaired by X, Y and Z"
        named_contact,    # a contact wording and two named parties: "X held talks with Y"
        described_contact,  # one named party, the other a pronoun, title or description
        repeated_contact,   # "both leaders held a telephone talk on July 5": the parties before
    )

A contact wording in a planned, hoped-for or denied clause ("will meet", "the upcoming
summit", "did not meet") reports no engagement. The vocabulary is data:
``data/lexicons/engagements.json``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from afdiplo._data import read_json
from afdiplo._patterns import any_of
from afdiplo.exceptions import DataFileError
from afdiplo.model import Medium

if TYPE_CHECKING:
    from afdiplo._people import Mention, PersonDraft

__all__ = [
    "ENGAGEMENT_STRATEGIES",
    "Context",
    "Engagement",
    "cues",
    "detect_engagement",
    "medium_in",
]


@attrs.frozen
class Engagement:
    """
    One sentence's report of contact.

    Attributes:
        parties: The keys of the people taking part that the sentence names or implies.
        rule: The strategy that found it.
        refers_back: The sentence adds people to an engagement already reported ("The meeting
            was attended by ...", "... co-chaired the dialogue").
        one_sided: Only one party is known; the other is described but not named.
    """

    parties: tuple[str, ...]
    rule: str
    refers_back: bool = False
    one_sided: bool = False


@attrs.frozen
class _Cues:
    contact: re.Pattern[str]
    contact_words: tuple[str, ...]
    attendance: re.Pattern[str]
    events: re.Pattern[str]
    planned: re.Pattern[str]
    negated: re.Pattern[str]
    references: re.Pattern[str]
    agenda: re.Pattern[str]
    media: tuple[tuple[Medium, re.Pattern[str]], ...]
    initiators: tuple[tuple[str, re.Pattern[str]], ...]
    initiator_words: tuple[str, ...]
    subject_initiates: re.Pattern[str]
    object_initiates: re.Pattern[str]


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _plain_texts(patterns: list[str]) -> tuple[str, ...]:
    """Plain texts one of which every match of one of *patterns* holds; () if not sure."""
    found: list[str] = []
    for pattern in patterns:
        plains = any_of(pattern)
        if not plains:
            return ()
        found += plains
    return tuple(dict.fromkeys(found))


@functools.cache
def cues() -> _Cues:
    """The compiled vocabulary of ``data/lexicons/engagements.json``."""
    data = read_json("lexicons", "engagements.json")
    try:
        return _Cues(
            contact=re.compile(_any(data["contact"])),
            contact_words=_plain_texts(data["contact"]),
            attendance=re.compile(_any(data["attendance"])),
            events=re.compile(_any(data["events"])),
            planned=re.compile(_any(data["planned"])),
            negated=re.compile(_any(data["negated"])),
            references=re.compile(data["references"]),
            agenda=re.compile(_any(data["agenda"])),
            media=tuple((Medium(m["medium"]), re.compile(m["pattern"])) for m in data["media"]),
            initiators=tuple(
                (i["who"], re.compile(i["pattern"], re.IGNORECASE)) for i in data["initiators"]
            ),
            initiator_words=tuple(w.casefold() for w in data["initiator_words"]),
            subject_initiates=re.compile(data["subject_initiates"]),
            object_initiates=re.compile(data["object_initiates"]),
        )
    except (KeyError, TypeError, ValueError, re.error) as err:
        msg = f"expected the layout of data/lexicons/engagements.json ({err!r})"
        raise DataFileError(msg) from err


def medium_in(folded: str) -> Medium | None:
    """The first medium whose wording the casefolded text holds."""
    for medium, pattern in cues().media:
        if pattern.search(folded):
            return medium
    return None


# A clause starts after one of these: a planned or denied wording must stand in the clause.
_CLAUSE = re.compile(r"[,;:(]|\bbut\b|\bwhile\b|\bwhereas\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:[^,]{0,40},\s*)?(?:he|she)\b", re.IGNORECASE)
# "Blinken's call came", "the Secretary's meeting": a mention that refers to an engagement.
_POSSESSIVE_REFERENCE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|talks|visit|conversation)"
)


@attrs.frozen
class Context:
    """
    What the strategies may look at.

    Attributes:
        text: The normalised text.
        spans: Each body sentence's offsets.
        folded: Each body sentence casefolded.
        mentions: The person mentions of each body sentence.
        people: Everyone found, by key.
        subject: Finds the participant a description or pronoun opening sentence *index* names
            (the caller's discourse model), or None.
        joint: The participants "both leaders", "the two sides" name in sentence *index*, or ().
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    folded: tuple[str, ...]
    mentions: tuple[tuple[Mention, ...], ...]
    people: dict[str, PersonDraft]
    subject: Callable[[int], str | None]
    joint: Callable[[int], tuple[str, ...]]


def _reported(folded: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of *pattern* in a clause that is neither planned nor denied."""
    found = []
    planned, negated = cues().planned, cues().negated
    for match in pattern.finditer(folded):
        start = match.start()
        clause = max((m.end() for m in _CLAUSE.finditer(folded, 0, start)), default=0)
        prefix = folded[max(clause, start - 90) : start]
        if planned.search(prefix) or negated.search(prefix):
            continue
        found.append(match)
    return found


def _parties(index: int, context: Context) -> list[str]:
    """The named parties of a sentence: its people, but relays and possessive references."""
    text = context.text
    keys = []
    for mention in context.mentions[index]:
        draft = context.people[mention.key]
        if draft.relay:
            continue
        if _POSSESSIVE_REFERENCE.match(text, mention.end, mention.end + 40):
            continue
        keys.append(mention.key)
    return list(dict.fromkeys(keys))


def _has_contact(index: int, context: Context) -> bool:
    folded = context.folded[index]
    words = cues().contact_words
    if words and not any(word in folded for word in words):
        return False
    return bool(_reported(folded, cues().contact))


def attendance(index: int, context: Context) -> Engagement | None:
    """
    Taking part in an event: "Qin Gang attended the fourth foreign ministers' meeting".

    With one named party this is still an engagement; one whose event noun refers back ("The
    meeting was chaired by ...", "... co-chaired the dialogue") adds to the engagement before.
    """
    folded = context.folded[index]
    found = _reported(folded, cues().attendance)
    if not found:
        return None
    events = list(cues().events.finditer(folded))
    if not events:
        return None
    parties = _parties(index, context)
    if not parties:
        return None
    references = cues().references
    refers_back = (
        any(
            references.search(folded, max(0, e.start() - 40), e.start())
            and not folded[max(0, e.start() - 40) : e.start()].rstrip().endswith(("held", "hold"))
            for e in events
        )
        or "attended by" in folded
    )
    return Engagement(tuple(parties), "attendance", refers_back=refers_back)


def named_contact(index: int, context: Context) -> Engagement | None:
    """A contact wording and two or more named parties: "Wang Yi had a phone call with Lavrov"."""
    parties = _parties(index, context)
    if len(parties) < 2 or not _has_contact(index, context):
        return None
    return Engagement(tuple(parties), "named_contact")


def described_contact(index: int, context: Context) -> Engagement | None:
    """
    One named party and one described: "He made the remarks during a phone conversation with X",
    "The Prime Minister spoke to Prime Minister Khan", "X spoke with his Turkish counterpart".
    """
    parties = _parties(index, context)
    if len(parties) != 1 or not _has_contact(index, context):
        return None
    other = context.subject(index)
    if other is not None and other not in parties:
        return Engagement((other, *parties), "described_contact")
    return Engagement(tuple(parties), "described_contact", one_sided=True)


def repeated_contact(index: int, context: Context) -> Engagement | None:
    """No one named, but the parties before: "The last time both leaders held a telephone talk"."""
    if _parties(index, context) or not _has_contact(index, context):
        return None
    joint = context.joint(index)
    return Engagement(joint, "repeated_contact") if joint else None


Strategy = Callable[[int, Context], "Engagement | None"]

#: The ways a sentence may report an engagement, most reliable first.
ENGAGEMENT_STRATEGIES: tuple[Strategy, ...] = (
    attendance,
    named_contact,
    described_contact,
    repeated_contact,
)


def detect_engagement(index: int, context: Context) -> Engagement | None:
    """The engagement sentence *index* reports, by the first strategy that finds one."""
    for strategy in ENGAGEMENT_STRATEGIES:
        found = strategy(index, context)
        if found is not None:
            return found
    return None


def has_pronoun_subject(sentence: str) -> bool:
    """Whether *sentence* opens with "he" or "she" as its subject (after an opening phrase)."""
    return _PRONOUN_SUBJECT.match(sentence) is not None
