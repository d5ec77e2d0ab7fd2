"""
Stage 5: positions, what each side said, attached to the calls' participants.

Every body sentence that reports someone's words is one position. Its speaker is found, most
reliable first: a participant's name, a description of a side ("the Afghan side", "the top U.S.
diplomat") or a pronoun next to a reporting verb ("Wang noted", ", he added."); then a joint
subject ("Both sides agreed"); then the speaker carried over from the previous position. A
sentence that reports the call itself ("Wang made the remarks during ...") or someone outside
the calls is no position and ends the carried-over speaker. The vocabulary is data:
``data/lexicons/speech.json`` and ``data/lexicons/topics.json``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

import attrs

from afdiplo._data import read_json
from afdiplo._patterns import CueIndex
from afdiplo.exceptions import DataFileError
from afdiplo.gazetteer import Gazetteer
from afdiplo.lexicon import Topic, load_topics
from afdiplo.model import Stance

if TYPE_CHECKING:
    from collections.abc import Callable

    from afdiplo._extract import CallDraft, Extraction
    from afdiplo._people import Mention
    from afdiplo._segment import Layout, Sentence

__all__ = ["PositionDraft", "attribute_positions"]


@attrs.frozen
class PositionDraft:
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


_QUOTED_WORDS = 3  # fewer words in quotation marks are a term ("gateway"), not a statement
_HEAD, _NARRATIVE, _ADDRESSING, _PRONOUN = "head", "narrative", "addressing", "pronoun"
_TITLED = "titled"
# Labels that only say a slower pattern is worth trying on the sentence.
_ACTOR, _JOINT_SUBJECT, _JOINT_OBJECT = "actor", "joint-subject", "joint-object"

_COMMITMENT = f"stance:{Stance.COMMITMENT.value}"
# An actor after "of" or "in" modifies a noun ("the future of Afghanistan should ...").
_MODIFIER = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$")
# A name right after "with" is the object of a meeting, not the subject of what follows.
_OBJECT = re.compile(r"\bwith\s+(?:(?:his|her)\s+)?(?:[A-Z][\w.'-]*\s+){0,3}$")


@functools.cache
def _sentence_cues(topics: tuple[Topic, ...], gazetteer: Gazetteer) -> CueIndex:
    """Every cue looked for in a sentence, labelled: "topic:<key>", "stance:<value>", ..."""
    own = tuple((f"topic:{t.key}", cue) for t in topics for cue in t.cues)
    return CueIndex.of(_vocabulary(gazetteer).cues + own)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@attrs.frozen
class _Vocabulary:
    lemmas: dict[str, str]  # casefolded verb form -> lemma
    after: re.Pattern[str]  # filler and verb right after a speaker
    before: re.Pattern[str]  # an inverted verb right before a speaker (", said Wang")
    sides: re.Pattern[str]  # "the Afghan side", "the top U.S. diplomat"
    titled: re.Pattern[str]  # "The Secretary", "the Foreign Minister"
    demonyms: dict[str, str]  # casefolded demonym or country word -> country
    pronouns: re.Pattern[str]
    joint: re.Pattern[str]
    country_subject: re.Pattern[str]
    names: dict[str, str]  # country names, aliases and capitals, as written -> country
    firsts: dict[str, tuple[str, ...]]  # first word of a name -> the names, longest first
    actors: re.Pattern[str]  # non-state actors, casefolded
    actor_names: dict[str, str]  # casefolded phrase -> actor name
    modal_after: re.Pattern[str]
    verb_before: re.Pattern[str]
    head_after: re.Pattern[str]
    joint_object: re.Pattern[str]
    cues: tuple[tuple[str, str], ...]  # labelled cues of stances, heads, narrative, addressing
    precedence: tuple[tuple[str, Stance], ...]  # label and stance, strongest first
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
    lemmas = {form: verb["lemma"] for verb in data["verbs"] for form in verb["forms"]}
    verbs = _alternation(list(lemmas))
    fillers = _alternation(data["fillers"])
    heads = _alternation(data["side_heads"])
    actor_names = {p: name for name, phrases in data["actors"].items() for p in phrases}
    cue_patterns = data["stance_cues"]
    precedence = tuple(Stance(key) for key in data["stance_precedence"])
    cues = (
        *((f"stance:{s.value}", cue) for s in precedence for cue in cue_patterns[s.value]),
        *((_HEAD, rf"\b{re.escape(h)}\b") for h in data["side_heads"]),
        *((_TITLED, rf"\bthe {re.escape(h)}\b") for h in data["title_references"]),
        *((_NARRATIVE, rf"\b{re.escape(p)}\b") for p in data["narrative"]),
        *((_PRONOUN, rf"\b{re.escape(p)}\b") for p in data["pronouns"]),
        *(
            (_ADDRESSING, rf"\b{p}\b")
            for p in data["target_modals"] + data["target_verbs"] + data["target_heads"]
        ),
        *((_ACTOR, rf"\b{re.escape(p)}\b") for p in actor_names),
        *((_JOINT_SUBJECT, rf"\b{re.escape(p)}\b") for p in data["joint_subjects"]),
        *((_JOINT_OBJECT, rf"\b{re.escape(p)}\b") for p in data["joint_objects"]),
    )
    return _Vocabulary(
        lemmas={k.casefold(): v for k, v in lemmas.items()},
        after=re.compile(
            rf"(?:\s*,[^,.;\"]{{1,90}},|\s*\([^)]{{1,60}}\))?(?:\s+(?:{fillers}))*"
            rf"\s+(?P<verb>{verbs})\b"
        ),
        before=re.compile(rf"\b(?P<verb>{_alternation(data['inverted'])})\s+(?:the\s+)?$"),
        sides=re.compile(
            rf"\b(?:[Tt]he\s+)?(?:top\s+)?(?P<who>{_CAPITALISED}(?:\s{_CAPITALISED})?)"
            rf"\s+(?:top\s+)?(?i:{heads})\b"
        ),
        titled=re.compile(
            rf"\b[Tt]he\s+(?P<title>(?=[A-Z])(?i:{_alternation(data['title_references'])}))\b"
        ),
        demonyms={**demonyms, **{k.casefold(): v for k, v in names.items()}},
        pronouns=re.compile(rf"\b(?:{_alternation(data['pronouns'])})\b", re.IGNORECASE),
        joint=re.compile(
            rf"^(?:[^,]{{0,60}},\s*)?(?:{_alternation(data['joint_subjects'])})\b"
            rf"[^,;]{{0,120}}?\b(?P<verb>{verbs})\b",
            re.IGNORECASE,
        ),
        # Used with match() at a sentence's offset: no "^", which would only match at a line start.
        country_subject=re.compile(
            rf"(?:[^,]{{0,80}},\s*)?(?:[Tt]he\s+)?(?P<who>{_CAPITALISED}(?:\s{_CAPITALISED})?)"
            r"(?:,[^,]{1,40},)?\s"
        ),
        names=names,
        firsts=_firsts(names),
        actors=re.compile(rf"\b(?:{_alternation(list(actor_names))})\b"),
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
            rf"\b(?:{_alternation(data['joint_objects'])})\s+(?:[a-z]+\s+)?"
            rf"(?:{'|'.join(data['target_modals'])})\b",
            re.IGNORECASE,
        ),
        verb_before=re.compile(
            rf"\b(?:{'|'.join(data['target_verbs'])})\s+(?:the\s+)?(?:[\w-]+\s+)?$",
            re.IGNORECASE,
        ),
        cues=cues,
        precedence=tuple((f"stance:{s.value}", s) for s in precedence),
        will=re.compile(
            rf"(?:\b(?P<own>(?i:{_alternation(data['commitment_subjects'])}))"
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


@attrs.frozen
class _Found:
    """A speaker found in a sentence: a participant key, a joint statement, or an outsider."""

    key: str | None
    cue: str | None
    joint: bool = False
    outsider: bool = False


class _Attributor:
    def __init__(
        self,
        text: str,
        layout: Layout,
        extraction: Extraction,
        topics: tuple[Topic, ...],
        gazetteer: Gazetteer,
    ) -> None:
        self.text = text
        self.sentences: tuple[Sentence, ...] = layout.sentences
        self.extraction = extraction
        self.vocabulary = _vocabulary(gazetteer)
        self.topics = topics
        self.cues = _sentence_cues(self.topics, gazetteer)
        self.topic_labels = [(f"topic:{t.key}", t.key) for t in topics]
        self.members = {k for call in extraction.calls for k in call.participants}
        self.by_sentence: tuple[tuple[Mention, ...], ...] = extraction.by_sentence
        self.current: str | None = None
        self.joint = False
        self.last_mentioned: str | None = None
        self.containing: list[list[int]] = [[] for _ in self.sentences]
        self.first_call: dict[str, int] = {}  # participant -> the first call they are on
        for number, call in enumerate(extraction.calls):
            for sentence_index in call.sentences:
                self.containing[sentence_index].append(number)
            for key in call.participants:
                self.first_call.setdefault(key, number)
        self.everyone = list(self.first_call)  # the participants of every call, in order
        # What side() and titled() found among everyone, by question: everyone is the same for
        # every sentence, and looking through them for each cost the square of the calls.
        self.found_anywhere: dict[tuple[str, str], str | None] = {}

    def calls_of(self, index: int) -> list[CallDraft]:
        return [self.extraction.calls[n] for n in self.containing[index]]

    def pools(self, index: int) -> tuple[list[str], list[str]]:
        """The participants of the calls sentence *index* is about, then of every call."""
        return (
            list(dict.fromkeys(k for c in self.calls_of(index) for k in c.participants)),
            self.everyone,
        )

    def anywhere(self, question: tuple[str, str], find: Callable[[], str | None]) -> str | None:
        """The answer of *find* for everyone, worked out once per *question*."""
        if question not in self.found_anywhere:
            self.found_anywhere[question] = find()
        return self.found_anywhere[question]

    def side(self, word: str, index: int) -> str | None:
        demonyms = self.vocabulary.demonyms
        country = demonyms.get(word.casefold()) or demonyms.get(
            word.rsplit(maxsplit=1)[-1].casefold()
        )
        if country is None:
            return None
        people = self.extraction.people
        if self.current is not None and people[self.current].country == country:
            return self.current
        local, everyone = self.pools(index)
        found = [k for k in local if people[k].country == country]
        if found:
            return found[0]
        return self.anywhere(
            ("side", country),
            lambda: next((k for k in everyone if people[k].country == country), None),
        )

    def titled(self, title: str, index: int) -> str | None:
        """The participant "The Secretary" names: the only one whose title holds the word."""
        word = re.compile(rf"\b{re.escape(title.casefold())}\b")
        people, text = self.extraction.people, self.text

        def holding(pool: list[str]) -> list[str]:
            return [
                k
                for k in pool
                if (span := people[k].title) and word.search(text[span[0] : span[1]].casefold())
            ]

        local, everyone = self.pools(index)
        found = holding(local)
        if found:
            return found[0] if len(found) == 1 else None
        return self.anywhere(
            ("titled", title.casefold()),
            lambda: only[0] if len(only := holding(everyone)) == 1 else None,
        )

    def candidates(self, index: int, labels: set[str]) -> list[tuple[int, int, str | None]]:
        """Who may be speaking in a sentence: names, sides and pronouns, with their keys."""
        vocabulary = self.vocabulary
        sentence = self.sentences[index]
        text = self.text
        found: list[tuple[int, int, str | None]] = [
            (m.start, m.end, m.key) for m in self.by_sentence[index]
        ]
        if _HEAD in labels:
            found.extend(
                (match.start(), match.end(), self.side(match.group("who"), index))
                for match in vocabulary.sides.finditer(text, sentence.start, sentence.end)
            )
        if _TITLED in labels:
            found.extend(
                (match.start(), match.end(), self.titled(match.group("title"), index))
                for match in vocabulary.titled.finditer(text, sentence.start, sentence.end)
            )
        if _PRONOUN in labels:
            found.extend(
                (match.start(), match.end(), self.pronoun())
                for match in vocabulary.pronouns.finditer(text, sentence.start, sentence.end)
            )
        return sorted(found, key=lambda c: c[0])

    def explicit(self, index: int, labels: set[str]) -> _Found | None:
        """The leftmost speaker next to a reporting verb, if any."""
        vocabulary = self.vocabulary
        sentence = self.sentences[index]
        text = self.text
        for start, end, key in self.candidates(index, labels):
            after = vocabulary.after.match(text, end, sentence.end)
            before = vocabulary.before.search(text, max(sentence.start, start - 30), start)
            verb = after or before
            if verb is None:
                continue
            cue = verb.group("verb")
            if key is not None and key not in self.members:
                return _Found(None, cue, outsider=True)
            if key is not None and _OBJECT.search(text, max(sentence.start, start - 40), start):
                # "Wang Yi spoke with Lavrov noted that": the verb's subject is the first name.
                return _Found(
                    next((m.key for m in self.by_sentence[index] if m.start < start), key), cue
                )
            if key is not None:
                return _Found(key, cue)
        return None

    def pronoun(self) -> str | None:
        return self.current or self.last_mentioned

    def switched(self, index: int) -> str | None:
        """The participant a continuing sentence names as its subject by country, if any."""
        sentence = self.sentences[index]
        match = self.vocabulary.country_subject.match(self.text, sentence.start, sentence.end)
        side = self.vocabulary.sides.match(self.text, sentence.start, sentence.end)
        word = side.group("who") if side else match.group("who") if match else None
        if word is None or self.current is None:
            return self.current
        if side is None and word not in self.vocabulary.names:
            # "Norway opposes ..." switches; "The Iranian people have ..." does not: a demonym
            # before a noun other than a side's is what the sentence is about, not its speaker.
            return self.current
        demonyms = self.vocabulary.demonyms
        country = demonyms.get(word.casefold()) or demonyms.get(word.split()[0].casefold())
        if country is None or self.extraction.people[self.current].country == country:
            return self.current
        return self.side(word, index) or self.current

    def find(self, index: int, labels: set[str]) -> _Found | None:
        sentence = self.sentences[index]
        sentence_text = self.text[sentence.start : sentence.end]
        found = self.explicit(index, labels)
        if found is not None:
            return found
        joint = _JOINT_SUBJECT in labels and self.vocabulary.joint.match(sentence_text)
        if joint:
            return _Found(None, joint.group("verb"), joint=True)
        outsiders = any(m.key not in self.members for m in self.by_sentence[index])
        if outsiders or _NARRATIVE in labels or self.extraction.dates[index]:
            return _Found(None, None, outsider=True)
        if self.joint:
            return _Found(None, None, joint=True)
        if self.current is None:
            return None
        return _Found(self.switched(index), None)

    def call_of(self, index: int, found: _Found) -> int:
        calls = self.extraction.calls
        containing = self.containing[index]
        # (Not a scan of every call for every position, which cost the square of the calls.)
        first = self.first_call.get(found.key) if found.key is not None else None
        having = [] if first is None else [first]
        both = [n for n in containing if found.key in calls[n].participants]
        for choice in (both, having, containing):
            if choice:
                return choice[0]
        return 0

    def run(self) -> tuple[tuple[PositionDraft, ...], ...]:
        result: list[list[PositionDraft]] = [[] for _ in self.extraction.calls]
        all_labels = self.cues.labels_of(self.extraction.folded)
        for index, labels in enumerate(all_labels):
            found = self.find(index, labels)
            mentioned = [m.key for m in self.by_sentence[index] if m.key in self.members]
            if found is None or found.outsider:
                self.current, self.joint = None, False
                self.last_mentioned = mentioned[-1] if mentioned else self.last_mentioned
                continue
            self.current, self.joint = found.key, found.joint
            self.last_mentioned = mentioned[-1] if mentioned else self.last_mentioned
            if result:
                draft = self.draft(index, found, labels)
                result[self.call_of(index, found)].append(draft)
        return tuple(tuple(drafts) for drafts in result)

    def draft(self, index: int, found: _Found, labels: set[str]) -> PositionDraft:
        vocabulary = self.vocabulary
        sentence = self.sentences[index]
        text = self.text[sentence.start : sentence.end]
        if self.is_committing(text, found.key):
            labels = labels | {_COMMITMENT}
        stance = next(
            (stance for label, stance in vocabulary.precedence if label in labels),
            Stance.ASSESSMENT,
        )
        cue = " ".join(found.cue.split()) if found.cue else None
        return PositionDraft(
            start=sentence.start,
            end=sentence.end,
            speaker=found.key,
            joint=found.joint,
            cue=cue,
            cue_lemma=vocabulary.lemmas.get(cue.casefold()) if cue else None,
            direct=any(
                len(quoted.group(1).split()) >= _QUOTED_WORDS
                for quoted in vocabulary.quote.finditer(text)
            ),
            topics=tuple(key for label, key in self.topic_labels if label in labels),
            stance=stance,
            targets=self.targets(index, text, labels),
        )

    def countries(self, text: str) -> list[tuple[int, int, str]]:
        """Country names, aliases and capitals in *text*, longest first at each word."""
        names, firsts = self.vocabulary.names, self.vocabulary.firsts
        result: list[tuple[int, int, str]] = []
        reached = 0
        for word in _CAPITAL_WORD.finditer(text):
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
        if _ADDRESSING not in labels:
            return ()
        folded = text.casefold()
        found = self.countries(text)
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
                    vocabulary.modal_after.match(text[end : end + 120])
                    and not _MODIFIER.search(text[max(0, start - 10) : start])
                )
                or vocabulary.verb_before.search(text[max(0, start - 40) : start])
                or vocabulary.head_after.match(text[end : end + 40])
                or (result and text[last_end:start].strip() == "and")
            ) and name not in result:
                result.append(name)
            if name in result:
                last_end = end
        if _JOINT_OBJECT in labels and vocabulary.joint_object.search(text):
            people = self.extraction.people
            countries = [people[k].country for c in self.calls_of(index) for k in c.participants]
            result += [c for c in dict.fromkeys(countries) if c and c not in result]
        return tuple(result)


def attribute_positions(
    text: str,
    layout: Layout,
    extraction: Extraction,
    *,
    topics: tuple[Topic, ...] | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[tuple[PositionDraft, ...], ...]:
    """
    The positions of each call, in the order of ``extraction.calls``.

    Args:
        text: The normalised text.
        layout: Its segmentation; only body sentences can be positions.
        extraction: The calls, people and mentions stage 4 found.
        topics: The topic lexicon (from :func:`load_topics`); the bundled one when None.
        gazetteer: Whose countries name sides and targets; the bundled one when None.

    Returns:
        One tuple of positions per call, each in the order of the text.
    """
    if not extraction.calls:
        return ()
    return _Attributor(
        text,
        layout,
        extraction,
        load_topics() if topics is None else topics,
        gazetteer or Gazetteer.default(),
    ).run()
