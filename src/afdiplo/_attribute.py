"""
Stage 5: positions, what each side said, attached to the calls' participants.

Every body sentence that reports someone's words is one position. Its speaker is decided by
the cascade of :mod:`afdiplo._speakers` (elsewhere, explicit subject, agenda, quotation,
relay, narrative, continuation); a sentence that reports the call itself or someone outside
the calls is no position and ends the carried-over speaker. Each position is then coded by
topic, stance and target. A call with one named participant and no position is a passing
mention ("Yi attended the OIC summit"), not a call, and is left out. The vocabulary is data:
``data/lexicons/speech.json`` and ``data/lexicons/topics.json``.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from afdiplo._context import refine_stance, refine_topics, situations_of
from afdiplo._cues import (
    ACTOR,
    ADDRESSING_HEAD,
    ADDRESSING_MODAL,
    ADDRESSING_VERB,
    JOINT_OBJECT,
    sentence_cues,
)
from afdiplo._data import read_json
from afdiplo._extract import CallDraft, DiagnosticDraft
from afdiplo._patterns import alternation, tokens
from afdiplo._speakers import Decision, Discourse, decide_speaker
from afdiplo.exceptions import DataFileError
from afdiplo.gazetteer import Gazetteer
from afdiplo.lexicon import Topic, load_topics
from afdiplo.model import OutletFormat, Severity, Stance

if TYPE_CHECKING:
    from afdiplo._extract import Extraction
    from afdiplo._segment import Layout

__all__ = ["Attribution", "PositionDraft", "attribute_positions"]


class PositionDraft(NamedTuple):
    """One position in normalised offsets, its speaker given by key."""

    start: int
    end: int
    speaker: str | None
    joint: bool = False
    cue: str | None = None
    cue_lemma: str | None = None
    direct: bool = False
    topics: tuple[str, ...] = ()
    stance: Stance = Stance.ASSESSMENT
    targets: tuple[str, ...] = ()
    rule: str | None = None


@attrs.frozen
class Attribution:
    """What stage 5 hands on: the calls kept, the positions of each, and diagnostics."""

    calls: tuple[CallDraft, ...]
    positions: tuple[tuple[PositionDraft, ...], ...]
    diagnostics: tuple[DiagnosticDraft, ...]
    #: The numbers of stage 4's calls left out (passing mentions): their diagnostics go too.
    left_out: frozenset[int] = frozenset()


# The lines that show a government's page as such: its breadcrumb, labels, publisher, date line.
_PAGE_FURNITURE = frozenset({"breadcrumb", "label", "outlet", "timestamp"})
_QUOTED_WORDS = 3  # fewer words in quotation marks are a term ("gateway"), not a statement
_ADDRESSING = frozenset({ADDRESSING_MODAL, ADDRESSING_VERB, ADDRESSING_HEAD})
# Labels that only say a slower pattern is worth trying on the sentence.
_ACTOR, _JOINT_OBJECT = ACTOR, JOINT_OBJECT

_COMMITMENT = f"stance:{Stance.COMMITMENT.value}"
# An actor after "of" or "in" modifies a noun ("the future of Afghanistan should ...").
_MODIFIER = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$")


@attrs.frozen
class _Vocabulary:
    lemmas: dict[str, str]  # casefolded verb form -> lemma
    demonyms: dict[str, str]  # casefolded demonym or country word -> country
    names: dict[str, str]  # country names, aliases and capitals, as written -> country
    firsts: dict[str, tuple[str, ...]]  # first word of a name -> the names, longest first
    #: The first word of each name as a sentence's words hold it (casefolded, a-z and 0-9).
    first_words: frozenset[str]
    actors: re.Pattern[str]  # non-state actors, casefolded
    actor_names: dict[str, str]  # casefolded phrase -> actor name
    modal_after: re.Pattern[str]
    verb_before: re.Pattern[str]
    head_after: re.Pattern[str]
    joint_object: re.Pattern[str]
    precedence: tuple[tuple[str, Stance], ...]  # label and stance, strongest first
    stance_rank: dict[str, int]  # each stance label's place in precedence (its first)
    quote: re.Pattern[str]
    will: re.Pattern[str]  # "China will", "we will": a commitment when the subject is one's own


_CAPITALISED = r"[A-Z][\w.'-]*"
# The capital first, then the lookbehind: the regex engine can skip ahead to a capital.
_CAPITAL_WORD = re.compile(r"[A-Z](?<![\w.][A-Z])[\w.'-]*")


def _firsts(names: dict[str, str]) -> dict[str, tuple[str, ...]]:
    result: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        result.setdefault(name.split()[0], []).append(name)
    return {word: tuple(found) for word, found in result.items()}


def _compile(data: dict[str, Any], gazetteer: Gazetteer) -> _Vocabulary:
    demonyms: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in gazetteer.countries:
        for word in (country.name, *country.demonyms):
            demonyms.setdefault(word.casefold(), country.name)
        for word in (country.name, *country.aliases, *country.capitals):
            names.setdefault(word, country.name)
    lemmas = {form.casefold(): lemma for lemma, forms in data["verbs"].items() for form in forms}
    actor_names = {p: name for name, phrases in data["actors"].items() for p in phrases}
    precedence = tuple((f"stance:{key}", Stance(key)) for key in data["stance_precedence"])
    stance_rank: dict[str, int] = {}
    for rank, (label, _) in enumerate(precedence):
        stance_rank.setdefault(label, rank)
    return _Vocabulary(
        lemmas=lemmas,
        demonyms={**demonyms, **{k.casefold(): v for k, v in names.items()}},
        names=names,
        firsts=_firsts(names),
        first_words=frozenset(words[0] for words in map(tokens, map(str.casefold, names)) if words),
        actors=re.compile(rf"\b(?:{alternation(list(actor_names))})\b"),
        actor_names=actor_names,
        modal_after=re.compile(
            rf"^(?:'s)?(?:,[^,]{{1,90}},)?(?:\s+[\w.]+){{0,3}}?\s+"
            rf"(?:{'|'.join(data['target_modals'])})\b",
            re.IGNORECASE,
        ),
        head_after=re.compile(
            rf"^(?:'s)?(?:\s+(?:and\s+)?[\w.]+)??\s+(?:{'|'.join(data['target_heads'])})\b"
        ),
        joint_object=re.compile(
            rf"\b(?:{alternation(data['joint_objects'])})\s+(?:[a-z]+\s+)?"
            rf"(?:{'|'.join(data['target_modals'])})\b",
            re.IGNORECASE,
        ),
        verb_before=re.compile(
            rf"\b(?:{'|'.join(data['target_verbs'])})\s+(?:the\s+)?(?:[\w-]+\s+)?$",
            re.IGNORECASE,
        ),
        precedence=precedence,
        stance_rank=stance_rank,
        will=re.compile(
            rf"(?:\b(?P<own>(?i:{alternation(data['commitment_subjects'])}))"
            rf"|(?<![\w.])(?:[Tt]he\s+)?(?P<who>{_CAPITALISED}(?:\s{_CAPITALISED})?)(?:\s+side)?)"
            r"\s+(?:(?:[a-z]+ly|also|always|further|still)\s+)?will\b(?!\s+(?:not|be)\b)"
        ),
        quote=re.compile(r"\"([^\"]*)\""),
    )


@functools.cache
def _vocabulary(gazetteer: Gazetteer) -> _Vocabulary:
    data = read_json("lexicons", "speech.json")
    try:
        return _compile(data, gazetteer)
    except (KeyError, TypeError, ValueError, re.error) as err:
        msg = f"expected the layout of data/lexicons/speech.json, found an error ({err!r})"
        raise DataFileError(msg) from err


# The tables of the last topic lexicon: a parse passes the same tuple each time, and looking
# it up by identity spares hashing its every topic.
_TOPIC_TABLES: list[tuple[tuple[Topic, ...], dict[str, str], dict[str, int]]] = []


def _topic_tables(topics: tuple[Topic, ...]) -> tuple[dict[str, str], dict[str, int]]:
    """Each topic label's key ("topic:taiwan" -> "taiwan") and each key's rank in *topics*."""
    last = _TOPIC_TABLES[0] if _TOPIC_TABLES else None
    if last is None or last[0] is not topics:
        keys = {f"topic:{t.key}": t.key for t in topics}
        rank = {t.key: n for n, t in enumerate(topics)}
        last = (topics, keys, rank)
        _TOPIC_TABLES[:] = [last]  # (one item replaced at once: safe between threads)
    return last[1], last[2]


class _Attributor:
    def __init__(  # noqa: PLR0913, PLR0917 - the stage's inputs
        self,
        text: str,
        layout: Layout,
        extraction: Extraction,
        topics: tuple[Topic, ...],
        gazetteer: Gazetteer,
        fmt: OutletFormat,
    ) -> None:
        self.text = text
        self.sentences = layout.sentences
        self.extraction = extraction
        self.vocabulary = _vocabulary(gazetteer)
        self.topics = topics
        # Each topic label's key, and each key's rank in the lexicon (the order of topics).
        self.topic_key, self.topic_rank = _topic_tables(topics)
        self.stance_labels = frozenset(label for label, _ in self.vocabulary.precedence)
        self.situations = situations_of(topics)
        own_page = fmt is OutletFormat.OFFICIAL and any(
            segment.kind in _PAGE_FURNITURE for segment in layout.segments
        )
        self.discourse = Discourse(
            text, layout.sentences, extraction, gazetteer, fmt, own_page=own_page
        )
        self.diagnostics: list[DiagnosticDraft] = []
        self.last_call: int | None = None  # the call of the position before

    def call_of(self, index: int, found: Decision) -> int:
        """The call a position belongs to (see :meth:`which_call`), kept for the next one."""
        number = self.which_call(index, found)
        self.last_call = number
        return number

    def which_call(self, index: int, found: Decision) -> int:
        calls = self.extraction.calls
        containing = self.discourse.containing[index]
        key = found.key
        if len(containing) > 1:
            # Calls one sentence reported share the sentences after it: the one whose other
            # side this sentence names ("During his meeting with Maas, ...") is the one.
            named = {m.key for m in self.extraction.by_sentence[index]} - {key}
            for number in containing:
                participants = calls[number].participants
                if (key is None or key in participants) and not named.isdisjoint(participants):
                    return number
            # Else the call of the position before goes on ("During the meeting with Qureshi,
            # Sherman said ...", then '"...," she said'), if the speaker is on it.
            last = self.last_call
            if last in containing and (key is None or key in calls[last].participants):
                return last
        if key is not None:
            # The first call the sentence is about that the speaker is on, else the first
            # call the speaker is on. (Not a scan of every call for every position, which
            # cost the square of the calls.)
            for number in containing:
                if key in calls[number].participants:
                    return number
            first = self.discourse.first_call.get(key)
            if first is not None:
                return first
        return containing[0] if containing else 0

    def run(self) -> Attribution:
        extraction = self.extraction
        discourse = self.discourse
        result: list[list[PositionDraft]] = [[] for _ in extraction.calls]
        all_labels = list(extraction.labels) or sentence_cues(self.topics).labels_of(
            extraction.folded
        )
        stances = self.stance_labels
        discourse.stanced = [not stances.isdisjoint(labels) for labels in all_labels]
        discourse.labels = all_labels
        for index, labels in enumerate(all_labels):
            found = decide_speaker(index, discourse)
            discourse.last_mentioned = discourse.last_named(index) or discourse.last_mentioned
            discourse.last_subject = (
                found.key or discourse.subject_mention(index) or discourse.last_subject
            )
            if not found.position:
                discourse.current, discourse.joint = None, False
                continue
            if found.reporter is not None:
                # "Raab said he discussed ... with Wang": joint, and Raab goes on after it.
                discourse.current, discourse.joint = found.reporter, False
            elif found.rule != "agenda" or discourse.current is None:
                # What they discussed is an aside: the speaker before it goes on after it.
                discourse.current, discourse.joint = found.key, found.joint
            discourse.last_paragraph = self.sentences[index].paragraph
            discourse.last_speaker = found.key or found.reporter or discourse.last_speaker
            if found.key is not None and found.country is not None:
                # "The new consul general of Turkmenistan": the person's country, if unknown.
                draft = extraction.people[found.key]
                if draft.country is None:
                    draft.country, draft.stated = found.country, True
            if found.unresolved:
                sentence = self.sentences[index]
                self.diagnostics.append(
                    DiagnosticDraft(
                        "position.speaker-unresolved",
                        f"expected one participant as the speaker ({found.rule}), found none "
                        "or several that fit; the position has no speaker",
                        (sentence.start, sentence.end),
                        Severity.WARNING,
                    )
                )
            if result:
                result[self.call_of(index, found)].append(self.draft(index, found, labels))
        return self.kept(result)

    def kept(self, result: list[list[PositionDraft]]) -> Attribution:
        """Leave out one-participant calls with no position: passing mentions."""
        calls, positions = [], []
        left_out = set()
        for number, (call, drafts) in enumerate(zip(self.extraction.calls, result, strict=True)):
            if len(call.participants) < 2 and not drafts:
                left_out.add(number)
                start, end = self.sentences[call.anchor].start, self.sentences[call.anchor].end
                self.diagnostics.append(
                    DiagnosticDraft(
                        "call.passing-mention",
                        "left out an engagement with one named participant and no one's words: "
                        "a passing mention, not a call",
                        (start, end),
                        Severity.INFO,
                    )
                )
                continue
            if len(call.participants) < 2:
                start, end = self.sentences[call.anchor].start, self.sentences[call.anchor].end
                self.diagnostics.append(
                    DiagnosticDraft(
                        "call.one-participant",
                        "expected two or more named participants, found one",
                        (start, end),
                        Severity.WARNING,
                    )
                )
            calls.append(call)
            positions.append(tuple(drafts))
        return Attribution(
            tuple(calls), tuple(positions), tuple(self.diagnostics), frozenset(left_out)
        )

    def draft(self, index: int, found: Decision, labels: set[str]) -> PositionDraft:
        vocabulary = self.vocabulary
        sentence = self.sentences[index]
        text = self.text[sentence.start : sentence.end]
        if self.is_committing(text, found.key):
            labels = labels | {_COMMITMENT}
        # The strongest stance among the labels (picked out in C, as the topics below).
        ranked = vocabulary.stance_rank
        strongest = min(map(ranked.__getitem__, filter(ranked.__contains__, labels)), default=None)
        stance = Stance.ASSESSMENT if strongest is None else vocabulary.precedence[strongest][1]
        # Cues in their context (afdiplo._context): support withheld, another situation's topics.
        stance = refine_stance(text, stance)
        keys, rank = self.topic_key, self.topic_rank
        topics = tuple(
            sorted(map(keys.__getitem__, filter(keys.__contains__, labels)), key=rank.__getitem__)
        )
        cue = " ".join(found.cue.split()) if found.cue else None
        return PositionDraft(
            start=sentence.start,
            end=sentence.end,
            speaker=found.key,
            joint=found.joint,
            cue=cue,
            cue_lemma=vocabulary.lemmas.get(cue.casefold()) if cue else None,
            direct='"' in text
            and any(
                len(quoted.group(1).split()) >= _QUOTED_WORDS
                for quoted in vocabulary.quote.finditer(text)
            ),
            topics=refine_topics(topics, self.topics, self.situations),
            stance=stance,
            targets=self.targets(index, text, labels),
            rule=found.rule,
        )

    def countries(self, text: str) -> list[tuple[int, int, str]]:
        """Country names, aliases and capitals in *text*, longest first at each word."""
        names, firsts = self.vocabulary.names, self.vocabulary.firsts
        result: list[tuple[int, int, str]] = []
        reached = 0
        # The capitalised words that start a country's name, picked out in C.
        words = list(_CAPITAL_WORD.finditer(text))
        bare = map(str.removesuffix, map(re.Match.group, words), itertools.repeat("'s"))
        for word in itertools.compress(words, map(firsts.__contains__, bare)):
            start = word.start()
            if start < reached:
                continue
            for name in firsts.get(word.group().removesuffix("'s"), ()):
                end = start + len(name)
                if text.startswith(name, start) and not text[end : end + 1].isalnum():
                    result.append((start, end, names[name]))
                    reached = end
                    break
        return result

    def is_committing(self, text: str, key: str | None) -> bool:
        """Whether the sentence says the speaker's own side "will" do something."""
        if " will " not in text:
            return False
        country = self.extraction.people[key].country if key else None
        demonyms = self.vocabulary.demonyms
        for match in self.vocabulary.will.finditer(text):
            who = match.group("who")
            if match.group("own") or (who and country and demonyms.get(who.casefold()) == country):
                return True
        return False

    def targets(self, index: int, text: str, labels: set[str]) -> tuple[str, ...]:
        """The actors a sentence addresses: before a modal, after "urge", and the like."""
        vocabulary = self.vocabulary
        if _ADDRESSING.isdisjoint(labels):
            return ()
        # Each pattern only where its words stand (as the labels say).
        modal, verb, head = (
            ADDRESSING_MODAL in labels,
            ADDRESSING_VERB in labels,
            ADDRESSING_HEAD in labels,
        )
        folded = text.casefold()
        words = self.extraction.words[index]
        found = [] if vocabulary.first_words.isdisjoint(words) else self.countries(text)
        if _ACTOR in labels:
            found += [
                (m.start(), m.end(), vocabulary.actor_names[m.group()])
                for m in vocabulary.actors.finditer(folded)
            ]
        found.sort()
        result: list[str] = []
        last_end = -1
        for start, end, name in found:
            if (
                (
                    modal
                    and vocabulary.modal_after.match(text[end : end + 120])
                    and not _MODIFIER.search(text[max(0, start - 10) : start])
                )
                or (verb and vocabulary.verb_before.search(text[max(0, start - 40) : start]))
                or (head and vocabulary.head_after.match(text[end : end + 40]))
                or (result and text[last_end:start].strip() == "and")
            ) and name not in result:
                result.append(name)
            if name in result:
                last_end = end
        if _JOINT_OBJECT in labels and vocabulary.joint_object.search(text):
            people = self.extraction.people
            countries = [
                people[k].country
                for n in self.discourse.containing[index]
                for k in self.extraction.calls[n].participants
            ]
            result += [c for c in dict.fromkeys(countries) if c and c not in result]
        return tuple(result)


def attribute_positions(  # noqa: PLR0913 - the stage's inputs
    text: str,
    layout: Layout,
    extraction: Extraction,
    *,
    topics: tuple[Topic, ...] | None = None,
    gazetteer: Gazetteer | None = None,
    fmt: OutletFormat = OutletFormat.NEWS,
) -> Attribution:
    """
    The positions of each call, and the calls that are kept.

    Args:
        text: The normalised text.
        layout: Its segmentation; only body sentences can be positions.
        extraction: The calls, people and mentions stage 4 found.
        topics: The topic lexicon (from :func:`load_topics`); the bundled one when None.
        gazetteer: Whose countries name sides and targets; the bundled one when None.
        fmt: The outlet family: how far an uncued sentence carries its speaker.

    Returns:
        The calls kept (one-participant calls with no position are passing mentions), one
        tuple of positions per kept call, each in the order of the text, and diagnostics.
    """
    if not extraction.calls:
        return Attribution((), (), ())
    return _Attributor(
        text,
        layout,
        extraction,
        load_topics() if topics is None else topics,
        gazetteer or Gazetteer.default(),
        fmt,
    ).run()
