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
        described_pair,     # "X's foreign minister met Y's foreign minister", named later
        described_group,    # "the foreign ministers of A, B and C held talks", named later
    )

A contact wording in a planned, hoped-for or denied clause ("will meet", "the upcoming
summit", "did not meet") reports no engagement. The vocabulary is data:
``data/lexicons/engagements.json``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import attr
import attrs

from afdiplo._cues import CONTACT, contact_wordings
from afdiplo._data import read_json
from afdiplo._patterns import CueIndex, alternation, sure_keys, tokens, word_keys
from afdiplo.exceptions import DataFileError
from afdiplo.model import Medium

if TYPE_CHECKING:
    from afdiplo._people import Mention, PersonDraft

__all__ = [
    "ENGAGEMENT_STRATEGIES",
    "SEVERAL",
    "Context",
    "Engagement",
    "cues",
    "detect_engagement",
    "medium_in",
    "separate_calls",
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
    #: The sentence opens with the engagement it refers back to ("The meeting was also
    #: attended by ..."), or attends the event just reported without naming it ("Khan,
    #: attending in person, said ..."): it joins the call before however many sentences stand
    #: between.
    opens_with_it: bool = False


@attrs.frozen
class _Cues:
    #: The contact wordings by the labels of :mod:`afdiplo._cues`: "contact:3" is the fourth.
    contact_of: dict[str, re.Pattern[str]]
    attendance: re.Pattern[str]
    #: The keys of the attendance wordings that have sure ones ("atte" of "attended"): one
    #: who attends the event just reported may not name it ("Khan, attending in person, ...").
    attendance_keys: frozenset[str]
    events: re.Pattern[str]
    #: The nouns of a contact or an event, as an alternation: "the talks", "the call".
    engagement_nouns: str
    event_keys: frozenset[str] | None  # the first four letters of every event noun, if sure
    planned: re.Pattern[str]
    negated: re.Pattern[str]
    references: re.Pattern[str]
    agenda: re.Pattern[str]
    courtesy_call: re.Pattern[str]  # "called on Premier Li": contact, a meeting, no words
    media: tuple[tuple[Medium, re.Pattern[str]], ...]
    media_index: CueIndex  # the same, by their number ("0" the first), found quicker
    #: "spoke with", "talked to": a phone call when no medium is named, unless ...
    spoken_contact: re.Pattern[str]
    #: ... a wording puts the two together ("on the sidelines", "during his visit").
    in_person: re.Pattern[str]
    joint_contact: re.Pattern[str]  # several parties on one line: "trilateral", "conference call"
    separate_contact: re.Pattern[str]  # a contact with each: "separate meetings", "individually"
    initiators: tuple[tuple[str, re.Pattern[str]], ...]
    initiator_words: tuple[str, ...]
    initiates_words: frozenset[str]  # a whole word of every subject_ or object_initiates match
    subject_initiates: re.Pattern[str]
    object_initiates: re.Pattern[str]
    #: Between the first two participants of a meeting, casefolded: the first is the visitor
    #: ("X called on Y"), or the second ("X received Y").
    subject_visits: re.Pattern[str]
    object_visits: re.Pattern[str]
    #: A ceremony or an event of someone's life, casefolded ("inauguration", "funeral"), and
    #: the keys of their first words (see afdiplo._patterns.word_keys) ...
    occasions: re.Pattern[str]
    occasion_keys: frozenset[str]
    #: ... and one with its "of" and up to a title, right before a name ("the inauguration of
    #: President "): the name is only mentioned.
    occasion_of: re.Pattern[str]
    #: A sentence that opens on the engagement just reported, casefolded: "During the meeting
    #: with X, ...", "In the talks with X, ...": X is its other side.
    contact_reference: re.Pattern[str]
    #: The other side of a contact as a group of officials no name gives, casefolded: "held
    #: talks with Western officials", "met a U.S. delegation": the officials named speaking
    #: right after are that side.
    group_object: re.Pattern[str]


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _keys_of(patterns: list[str]) -> frozenset[str] | None:
    """The keys one of which a word of every match of *patterns* starts with, if sure."""
    found = [sure_keys(pattern) for pattern in patterns]
    return None if None in found else frozenset().union(*found)  # type: ignore[arg-type]


@functools.cache
def cues() -> _Cues:
    """The compiled vocabulary of ``data/lexicons/engagements.json``."""
    data = read_json("lexicons", "engagements.json")
    try:
        # A medium's wording, or another entry's ("pattern_of": "courtesy_call").
        media = [
            (m, m["pattern"] if "pattern" in m else data[m["pattern_of"]]) for m in data["media"]
        ]
        engagement_nouns = _any([*data["events"], *map(re.escape, data["contact_nouns"])])
        return _Cues(
            contact_of={
                f"{CONTACT}{n}": re.compile(p) for n, p in enumerate(contact_wordings(data))
            },
            courtesy_call=re.compile(data["courtesy_call"]),
            attendance=re.compile(_any(data["attendance"])),
            attendance_keys=frozenset().union(*filter(None, map(sure_keys, data["attendance"]))),
            events=re.compile(_any(data["events"])),
            engagement_nouns=engagement_nouns,
            event_keys=_keys_of(data["events"]),
            planned=re.compile(_any(data["planned"])),
            negated=re.compile(_any(data["negated"])),
            references=re.compile(data["references"]),
            agenda=re.compile(_any(data["agenda"])),
            media=tuple((Medium(m["medium"]), re.compile(p)) for m, p in media),
            media_index=CueIndex.of(tuple((str(n), p) for n, (_, p) in enumerate(media))),
            spoken_contact=re.compile(_any(data["spoken_contact"])),
            in_person=re.compile(_any(data["in_person"])),
            joint_contact=re.compile(_any(data["joint_contact"])),
            separate_contact=re.compile(_any(data["separate_contact"])),
            initiators=tuple(
                (i["who"], re.compile(i["pattern"], re.IGNORECASE)) for i in data["initiators"]
            ),
            initiator_words=tuple(w.casefold() for w in data["initiator_words"]),
            initiates_words=frozenset(w.casefold() for w in data["initiates_words"]),
            subject_initiates=re.compile(data["subject_initiates"]),
            object_initiates=re.compile(data["object_initiates"]),
            subject_visits=re.compile(data["subject_visits"]),
            object_visits=re.compile(data["object_visits"]),
            occasions=re.compile(rf"\b(?:{alternation(data['occasions'])})\b"),
            occasion_keys=word_keys(tokens(o.casefold())[0] for o in data["occasions"]),
            occasion_of=re.compile(
                rf"\b(?:{alternation(data['occasions'])})(?:\s+ceremony)?\s+of\s+(?:the\s+)?"
                r"(?:[\w.'’-]+\s+){0,4}$",
                re.IGNORECASE,
            ),
            group_object=re.compile(
                r"\b(?:with|met|meets|received|receives|hosted|hosts)\s+"
                r"(?:(?:a|an|the|some|several|two|three|four)\s+)?(?:[\w.'’-]+\s+){0,3}?"
                rf"(?:{alternation(data['group_objects'])})\b"
            ),
            contact_reference=re.compile(
                r"[\s\W]*(?:(?:during|in|at|after|on the sidelines of)\s+)?(?:the|that|this)\s+"
                rf"(?:[\w'-]+\s+){{0,2}}?(?:{engagement_nouns})\s+with\b"
            ),
        )
    except (KeyError, TypeError, ValueError, re.error) as err:
        msg = f"expected the layout of data/lexicons/engagements.json ({err!r})"
        raise DataFileError(msg) from err


def medium_in(
    folded: str, words: frozenset[str] | None = None, keys: frozenset[str] | None = None
) -> Medium | None:
    """
    The first medium whose wording the casefolded text holds.

    *words* and *keys*: the text's words and their keys, if worked out already (see
    :meth:`afdiplo._patterns.CueIndex.labels_of`).
    """
    index = cues().media_index
    found = index.labels_of(
        [folded], None if words is None else [words], None if keys is None else [keys]
    )[0]
    return next((medium for n, (medium, _) in enumerate(cues().media) if str(n) in found), None)


# What opens a sentence before the event it refers back to: "The meeting was ...".
_OPENING_REFERENCE = re.compile(r"[\s\W]*(?:the|that|this)\s+(?:[\w'-]+\s+)?")
# A clause starts after one of these: a planned or denied wording must stand in the clause.
_CLAUSE = re.compile(r"[,;:(]|\bbut\b|\bwhile\b|\bwhereas\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:[^,]{0,120},\s*)?(?:he|she)\b", re.IGNORECASE)
# "Blinken's call came", "the Secretary's meeting": a mention that refers to an engagement
# ("Wekesa's talks with Okello" report one, with Wekesa as a party).
_POSSESSIVE_REFERENCE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|talks|visit|conversation)s?\b(?!\s+with\b)"
)


# attr.s, not attrs.frozen: mypyc compiles a field with options in this spelling only
# (CONTRIBUTING.md, "Compiled modules").
@attr.s(auto_attribs=True, frozen=True, slots=True)
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
        described: Who each description in sentence *index* names ("The Taliban's foreign
            minister met Turkey's foreign minister"), None for a description that fits no one
            or several.
        group: The people a plural title over a list of countries in sentence *index* names
            ("the foreign ministers of China, Pakistan and Afghanistan"), or ().
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    folded: tuple[str, ...]
    mentions: tuple[tuple[Mention, ...], ...]
    people: dict[str, PersonDraft]
    subject: Callable[[int], str | None]
    joint: Callable[[int], tuple[str, ...]]
    described: Callable[[int], tuple[str | None, ...]]
    group: Callable[[int], tuple[str, ...]]
    #: Whether the call before sentence *index*, in its article, is an event of several
    #: ("a summit" of three leaders): one who attends without naming it attends that one.
    after_event: Callable[[int], bool]
    #: The first four letters of each sentence's words, as the cue indexes read them.
    word_keys: tuple[frozenset[str], ...]
    #: The labels of the cues each sentence holds (:mod:`afdiplo._cues`).
    labels: tuple[set[str], ...]
    #: Whether each sentence looked at reports contact, worked out once.
    contacts: dict[int, bool] = attr.ib(factory=dict, eq=False)
    #: The named parties of each sentence looked at, worked out once.
    parties: dict[int, list[str]] = attr.ib(factory=dict, eq=False)

    def keys(self, index: int) -> frozenset[str]:
        """The first four letters of each word of sentence *index* (see the cue indexes)."""
        return self.word_keys[index]


@functools.cache
def joint_subject() -> re.Pattern[str]:
    """A subject that names every participant: "both leaders", "the two sides"."""
    speech = read_json("lexicons", "speech.json")
    subjects = [s for s in speech["joint_subjects"] if s not in {"both", "they", "the two"}]
    return re.compile(rf"\b(?:{alternation(subjects)})\b")


def _reported(folded: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of *pattern* in a clause that is neither planned nor denied."""
    found = []
    planned, negated = cues().planned, cues().negated
    for match in pattern.finditer(folded):
        start = match.start()
        window = max(0, start - 90)
        clause = max((m.end() for m in _CLAUSE.finditer(folded, window, start)), default=window)
        prefix = folded[clause:start]
        if planned.search(prefix) or negated.search(prefix):
            continue
        found.append(match)
    return found


def _parties(index: int, context: Context) -> list[str]:
    """The named parties of a sentence: its people, but relays and possessive references."""
    if not context.mentions[index]:
        return []
    found = context.parties.get(index)
    if found is None:
        found = context.parties[index] = _named_parties(index, context)
    return found


def _named_parties(index: int, context: Context) -> list[str]:
    text = context.text
    keys = []
    # "... on the sidelines of the inauguration of President Raisi": Raisi is only mentioned.
    occasion = (
        not cues().occasion_keys.isdisjoint(context.keys(index))
        and cues().occasions.search(context.folded[index]) is not None
    )
    for mention in context.mentions[index]:
        draft = context.people[mention.key]
        if draft.relay:
            continue
        if _POSSESSIVE_REFERENCE.match(text, mention.end, mention.end + 40):
            continue
        if occasion and cues().occasion_of.search(
            text, max(context.spans[index][0], mention.start - 120), mention.start
        ):
            continue
        keys.append(mention.key)
    return list(dict.fromkeys(keys))


def _contact_spans(index: int, context: Context) -> list[tuple[int, int]]:
    """Where sentence *index* words a contact neither planned nor denied (casefolded offsets)."""
    folded, patterns = context.folded[index], cues().contact_of
    return [
        match.span()
        for label in patterns.keys() & context.labels[index]
        for match in _reported(folded, patterns[label])
    ]


def _has_contact(index: int, context: Context) -> bool:
    """Whether sentence *index* reports contact in a clause neither planned nor denied."""
    found = context.contacts.get(index)
    if found is None:
        folded, patterns = context.folded[index], cues().contact_of
        found = context.contacts[index] = any(
            _reported(folded, patterns[label]) for label in patterns.keys() & context.labels[index]
        )
    return found


#: The fewest people a meeting of several has (a multilateral meeting: three).
SEVERAL = 3
_IT = re.compile(r"[\s\W]*it\s+(?:was|is|has been)\b")


def _it_attended(index: int, context: Context) -> bool:
    """
    Whether sentence *index* is "It was attended by ..." after a sentence naming an event.

    "The trilateral meeting was held in Arusha. It was attended by X, Y and Z."
    """
    keys = cues().event_keys
    return (
        index > 0
        and keys is not None
        and _IT.match(context.folded[index]) is not None
        and not keys.isdisjoint(context.keys(index - 1))
    )


def attendance(index: int, context: Context) -> Engagement | None:
    """
    Taking part in an event: "Qin Gang attended the fourth foreign ministers' meeting".

    With one named party this is still an engagement; one whose event noun refers back ("The
    meeting was chaired by ...", "... co-chaired the dialogue") adds to the engagement before.
    """
    parties = _parties(index, context)
    folded = context.folded[index]
    keys = cues().event_keys
    unnamed = keys is not None and keys.isdisjoint(context.keys(index))
    if unnamed and not (parties and (context.after_event(index) or _it_attended(index, context))):
        return None  # no meeting, summit, dialogue ...: nothing attended
    # "Later, the three foreign ministers attended the trilateral dialogue": no one named, but
    # the people of the calls before, as many as the subject counts.
    if not parties and len(context.joint(index)) < SEVERAL:
        return None
    events = [] if unnamed else list(cues().events.finditer(folded))
    attending = _reported(folded, cues().attendance) if events or unnamed else []
    if not attending:
        return None
    if not events:
        # "Khan, attending in person, said ...", after a summit of three: that summit.
        return Engagement(tuple(parties), "attendance", refers_back=True, opens_with_it=True)
    references = cues().references
    refers_back = (
        any(
            references.search(folded, max(0, e.start() - 40), e.start())
            and not folded[max(0, e.start() - 40) : e.start()].rstrip().endswith(("held", "hold"))
            for e in events
        )
        or "attended by" in folded
    )
    # "The two foreign ministers later attended the trilateral dialogue, together with X":
    # the sides of the call before, the subject of the attending, take part too.
    subject = joint_subject().search(folded, 0, attending[0].start())
    joint = [k for k in context.joint(index) if k not in parties] if subject is not None else []
    opens = refers_back and any(
        _OPENING_REFERENCE.fullmatch(folded, 0, e.start()) is not None for e in events
    )
    return Engagement(
        (*joint, *parties), "attendance", refers_back=refers_back, opens_with_it=opens
    )


def named_contact(index: int, context: Context) -> Engagement | None:
    """
    A contact wording and two or more named parties: "Wang Yi had a phone call with Lavrov".

    A subject that a pronoun or a description stands for, before the contact, is a party too:
    "She held talks with Okello and met President Mugisha".
    """
    parties = _parties(index, context)
    if len(parties) < 2 or not _has_contact(index, context):
        return None
    other = context.subject(index)
    if other is not None and other not in parties and _contact_first(index, context):
        return Engagement((other, *parties), "named_contact")
    return Engagement(tuple(parties), "named_contact")


def _contact_first(index: int, context: Context) -> bool:
    """Whether sentence *index* words its contact before it names anyone ("She met X and Y")."""
    folded = context.folded[index]
    start, end = context.spans[index]
    if len(folded) != end - start:
        return False
    contacts = [at for at, _ in _contact_spans(index, context)]
    return bool(contacts) and start + min(contacts) < context.mentions[index][0].start


def described_contact(index: int, context: Context) -> Engagement | None:
    """
    One named party and one described.

    "He made the remarks during a phone conversation with X", "The Prime Minister spoke to
    Prime Minister Khan", "X spoke with his Turkish counterpart".
    """
    parties = _parties(index, context)
    if len(parties) != 1 or not _has_contact(index, context):
        return None
    joint = context.joint(index)
    if len(joint) > 1 and parties[0] not in joint and _reports_joint_contact(index, context):
        # "Balkhi said both sides discussed the railway": the sides of the call before, whose
        # contact the one named reports.
        return Engagement(joint, "repeated_contact")
    other = context.subject(index)
    if other is not None and other not in parties:
        return Engagement((other, *parties), "described_contact")
    # "X held a phone conversation with the Taliban's foreign minister", named later.
    others = {k for k in context.described(index) if k is not None and k not in parties}
    if len(others) == 1:
        return Engagement((*parties, *others), "described_contact")
    return Engagement(tuple(parties), "described_contact", one_sided=True)


def _reports_joint_contact(index: int, context: Context) -> bool:
    """
    Whether the one named in sentence *index* reports a contact that "both sides" had.

    "Balkhi said both sides discussed the railway": the name, then the joint subject, then the
    contact; not "He also met Dar, and both sides discussed trade", a contact of Dar's first.
    """
    folded = context.folded[index]
    start, end = context.spans[index]
    subject = joint_subject().search(folded)
    if subject is None or len(folded) != end - start:
        return False
    if context.mentions[index][0].start - start > subject.start():
        return False  # the sides come first: "Both sides discussed trade, Balkhi said"
    contacts = [at for at, _ in _contact_spans(index, context)]
    return bool(contacts) and min(contacts) > subject.start()


def repeated_contact(index: int, context: Context) -> Engagement | None:
    """No one named, but the parties before: "The last time both leaders held a telephone talk"."""
    if _parties(index, context):
        return None
    joint = context.joint(index)
    if not joint or not _has_contact(index, context):
        return None
    return Engagement(joint, "repeated_contact")


def described_pair(index: int, context: Context) -> Engagement | None:
    """
    No one named, but each side described, and named later in the text.

    "The Taliban's foreign minister met Turkey's foreign minister in Ankara", as a wire's lead
    writes it before the names come ("Amir Khan Muttaqi told Mevlut Cavusoglu ...").
    """
    if _parties(index, context) or not _has_contact(index, context):
        return None
    described = context.described(index)
    parties = tuple(k for k in described if k is not None)
    if len(parties) < 2 or len(parties) != len(described) or len(set(parties)) != len(parties):
        return None  # a contact has two sides, each fitting one person, not the same
    return Engagement(parties, "described_pair")


def described_group(index: int, context: Context) -> Engagement | None:
    """
    No one named, but a plural title over the sides' countries, each named later in the text.

    "The foreign ministers of China, Pakistan and Afghanistan held their trilateral dialogue",
    then "Chinese Foreign Minister Wang Yi said ...": one call with each country's minister.
    """
    if _parties(index, context):
        return None
    if not (_has_contact(index, context) or _attends_event(index, context)):
        return None
    parties = context.group(index)
    if len(parties) < 2:  # a contact has two sides
        return None
    return Engagement(parties, "described_group")


def _attends_event(index: int, context: Context) -> bool:
    """Whether sentence *index* reports taking part in an event ("took part in the meeting")."""
    keys = cues().event_keys
    if keys is not None and keys.isdisjoint(context.keys(index)):
        return False
    folded = context.folded[index]
    return cues().events.search(folded) is not None and bool(_reported(folded, cues().attendance))


# Between two named subjects of one act: "X and his Ugandan counterpart Y", "X and Y".
_AND_SUBJECT = re.compile(r"\s+and\s+(?:(?:his|her|their|the)\s+)?(?:[\w'’.-]+\s+){0,6}?")


@functools.cache
def _joint_action() -> re.Pattern[str]:
    """Right after the second of two named subjects, a verb they did together ("agreed")."""
    verbs = read_json("lexicons", "speech.json")["joint_verbs"]
    return re.compile(
        rf"\s+(?:(?:also|jointly|today|yesterday)\s+)?(?:{alternation(verbs)})\b(?!\s+with\b)"
    )


@functools.cache
def _joint_action_keys() -> frozenset[str]:
    """The keys of the verbs of :func:`_joint_action` (see :func:`afdiplo._patterns.word_keys`)."""
    return word_keys(read_json("lexicons", "speech.json")["joint_verbs"])


def joint_action(index: int, context: Context) -> Engagement | None:
    """
    Two named subjects of one act, with no contact wording: they were in contact.

    "X and Y agreed on Tuesday to ...", "X and his Ugandan counterpart Y discussed the ties".
    """
    parties = _parties(index, context)
    if len(parties) != 2:  # the two subjects
        return None
    mentions = [m for m in context.mentions[index] if m.key in parties]
    text = context.text
    for first, second in itertools.pairwise(mentions):
        if first.key == second.key:
            continue
        if _AND_SUBJECT.fullmatch(text, first.end, second.start) is None:
            continue
        if _joint_action().match(text, second.end, context.spans[index][1]) is not None:
            return Engagement((first.key, second.key), "joint_action")
    return None


Strategy = Callable[[int, Context], "Engagement | None"]

#: The ways a sentence may report an engagement, most reliable first.
ENGAGEMENT_STRATEGIES: tuple[Strategy, ...] = (
    attendance,
    named_contact,
    described_contact,
    repeated_contact,
    described_pair,
    described_group,
    joint_action,
)


def detect_engagement(index: int, context: Context) -> Engagement | None:
    """The engagement sentence *index* reports, by the first strategy that finds one."""
    # The commonest case first: no contact wording and no event noun, no engagement (every
    # strategy needs one or the other).
    found_cues = cues()
    keys, attending = found_cues.event_keys, found_cues.attendance_keys
    if (
        keys is not None
        and keys.isdisjoint(context.keys(index))
        and found_cues.contact_of.keys().isdisjoint(context.labels[index])
        # (An attendance wording alone: "Khan, attending in person, said", after a summit.)
        and attending.isdisjoint(context.keys(index))
        and _joint_action_keys().isdisjoint(context.keys(index))  # ("X and Y agreed")
    ):
        return None
    for strategy in ENGAGEMENT_STRATEGIES:
        found = strategy(index, context)
        if found is not None:
            return found
    return None


def separate_calls(index: int, context: Context, parties: tuple[str, ...]) -> list[list[str]]:
    """
    The calls of one party with each of several others that sentence *index* reports at once.

    A phone contact is one line between two people: "Putin phoned Khan and Xi" reports two
    calls, Putin's with Khan and Putin's with Xi, when one party stands before the contact
    wording and two or more after it, and no wording puts them on one line ("trilateral",
    "conference call", a video conference). A contact of any medium said to be separate ("held
    separate meetings with", "met individually with") is one with each too. Otherwise the
    sentence's parties are one call.
    """
    folded = context.folded[index]
    start, end = context.spans[index]
    whole = [list(parties)]
    if len(parties) < 3 or len(folded) != end - start:
        return whole
    spans = sorted(_contact_spans(index, context))
    first: dict[str, int] = {}
    for mention in context.mentions[index]:
        first.setdefault(mention.key, mention.start)
    each = _each_contact(parties, first, [(start + a, start + b) for a, b in spans])
    if each is not None:
        return each
    if cues().separate_contact.search(folded) is None and (
        medium_in(folded) is not Medium.PHONE or cues().joint_contact.search(folded)
    ):
        return whole
    if not spans:
        return whole
    at = start + spans[0][0]
    before = [key for key in parties if first.get(key, at) < at]
    if len(before) != 1:
        return whole
    return [[before[0], other] for other in parties if other != before[0]]


def _each_contact(
    parties: tuple[str, ...], first: dict[str, int], spans: list[tuple[int, int]]
) -> list[list[str]] | None:
    """
    One call for each contact wording, when the subject has several with others in turn.

    "She held talks with Okello and met President Mugisha": the subject (named before the
    first wording, or not named) with Okello, and with Mugisha. *first* is where each party is
    first named; *spans*, the contact wordings, in order (overlapping ones are one).
    """
    contacts: list[int] = []
    reached = -1
    for at, stop in spans:
        if at >= reached:
            contacts.append(at)
        reached = max(reached, stop)
    if len(contacts) < 2:  # two wordings at least
        return None
    lead, *others = parties
    if first.get(lead, -1) >= contacts[0]:
        return None  # the first party stands after the first wording: no one subject
    bounds = [*contacts, 1 << 62]
    groups = [
        [key for key in others if bounds[n] <= first.get(key, -1) < bounds[n + 1]]
        for n in range(len(contacts))
    ]
    if not all(groups) or sum(map(len, groups)) != len(others):
        return None
    return [[lead, *group] for group in groups]


def has_pronoun_subject(sentence: str) -> bool:
    """Whether *sentence* opens with "he" or "she" as its subject (after an opening phrase)."""
    return _PRONOUN_SUBJECT.match(sentence) is not None
