"""
Speakers: who said what a body sentence reports.

Each sentence is tried against a cascade of small strategies, most reliable first; the first
that decides wins, and its name travels with the position (:attr:`afdiplo.Position.rule`)::

    SPEAKER_STRATEGIES = (
        elsewhere,     # "Earlier this week, Putin criticised ...": another time, no position
        explicit,      # a subject next to a reporting verb: a name ("Wang said"), a pair
                       # ("Modi and Putin agreed"), a description ("the top US diplomat"), a
                       # country ("The US lauded"), a pronoun (", he added") or a joint
                       # subject ("the two sides agreed")
        agenda,        # "X and Y discussed ...", "met to discuss": the call's shared agenda
        quoted,        # inside a quotation or a tweet: the speaker its attribution names
        relayed,       # a relay ("the ministry said", a spokesperson): the side it reports
        narrative,     # a sentence that reports the call itself, a contact that is no call
                       # ("Wang will meet X next week"), or someone outside it: none
        other_subject, # another participant opens the sentence ("Wekesa called ..."): theirs
        unknown,       # one word that may be a name but is no one's, before a reporting
                       # verb ("Haroon stressed"): a position with no speaker, and its
                       # diagnostic
        continuation,  # no cue: the previous speaker goes on (or, after background, resumed)
    )

A strategy returns a :class:`Decision` or None (no opinion). The vocabulary is data:
``data/lexicons/speech.json`` (verbs, subjects, relays, background), with titles and
descriptions from ``data/lexicons/titles.json``.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from afdiplo._cues import BACKGROUND, CONTACT, NARRATIVE
from afdiplo._data import read_json
from afdiplo._describe import Describer, Description, describer
from afdiplo._engage import cues as engagement_cues
from afdiplo._extract import away_from_home
from afdiplo._patterns import (
    FUNCTION_WORDS,
    MONTH,
    TWEET_SIGNATURE,
    alternation,
    quoted_spans,
    tokens,
)
from afdiplo._people import may_be_name
from afdiplo.exceptions import DataFileError
from afdiplo.model import Medium, OutletFormat

if TYPE_CHECKING:
    from afdiplo._extract import Extraction
    from afdiplo._segment import Sentence
    from afdiplo.gazetteer import Gazetteer

__all__ = ["SPEAKER_STRATEGIES", "Decision", "Discourse", "decide_speaker"]


class Decision(NamedTuple):
    """
    What a strategy decided about a sentence.

    Attributes:
        key: The speaker's key, or None.
        rule: The strategy that decided.
        position: Whether the sentence is a position at all.
        joint: A statement of every participant.
        cue: The reporting verb, if one was found.
        unresolved: A speaker was named or described but could not be told apart.
        country: The country a description gave the speaker ("The new consul general of
            Turkmenistan"), or None.
        reporter: Who reports a joint agenda ("Raab said he discussed ... with Wang"): the
            speaker who goes on after it, or None.
    """

    key: str | None
    rule: str
    position: bool = True
    joint: bool = False
    cue: str | None = None
    unresolved: bool = False
    country: str | None = None
    reporter: str | None = None


_NONE = "none"


@attrs.frozen
class _Vocabulary:
    lemmas: dict[str, str]  # casefolded verb form -> lemma
    #: Governments named in lowercase words, as the UN names the Taliban's ("the de facto
    #: authorities"), by their first word.
    lowercase_governments: dict[str, tuple[tuple[str, str], ...]]
    relay_lemmas: frozenset[str]  # the lemmas a relay reports with ("say", "note")
    after: re.Pattern[str]  # filler and verb right after a subject
    before: re.Pattern[str]  # an inverted verb right before a speaker (", said Wang")
    coordinated: re.Pattern[str]  # "... and said", ", adding"
    verb_words: frozenset[str]  # the first word of every reporting verb form
    inverted_ends: tuple[str, ...]  # the last word of every inverted verb, casefolded
    #: A word of every wording a subject is found by (reporting verbs, before or after it, and
    #: what two subjects do together): a sentence with none has no subject to find.
    subject_words: frozenset[str]
    relay_words: frozenset[str]  # a word of every relay subject
    joint_words: frozenset[str]  # a word of every joint subject
    title_ends: frozenset[str]  # the last word of every title head ("secretary", "minister")
    led_groups: frozenset[str]  # "delegation": a group its leader stands for
    led_by: re.Pattern[str]  # "a Taliban delegation led by ...", before the leader's name
    passive_words: frozenset[str]  # the last word of every joint passive ("agreed", "reached")
    joint_passive: re.Pattern[str]  # "It was agreed to ...": the participants together
    joint: re.Pattern[str]  # "The two sides agreed", "Participants emphasized"
    joint_we: re.Pattern[str]  # "We agreed", "we also discussed"
    pronouns: re.Pattern[str]
    according: re.Pattern[str]  # "according to him": the object pronoun (group 1) speaks
    passive_plans: frozenset[str]  # "is expected to": a plan, not the subject's words
    adverbs: frozenset[str]  # the fillers of one word ("also"), between "is" and its verb
    #: What opens a clause of what the participants discussed: a joint subject ("the two
    #: sides") or the engagement itself ("the talks"), before an agenda cue.
    agenda_subject: re.Pattern[str]
    narrative_verbs: frozenset[str]  # after a participant opening a sentence: no one's words
    relays: re.Pattern[str]
    #: The nouns of what someone says, after their possessive: "Okello's message was clear".
    speech_nouns: frozenset[str]
    #: What may open a sentence before another participant's name, who then speaks: "In
    #: turn,", a source ("According to a statement by the ministry, Muttaqi called ...").
    other_subject: re.Pattern[str]
    country_words: dict[str, str]  # casefolded country word or phrase -> country
    metonyms: frozenset[str]  # the capitals and government names among them, casefolded
    country_first: frozenset[str]  # the first word of each, casefolded
    demonyms: frozenset[str]  # the country words that are only demonyms, casefolded
    sides: frozenset[str]  # after a demonym, a country's side: "authorities", "government"
    #: The lowercase words, besides :attr:`sides`, after a demonym that keep it its country
    #: ("said", "also").
    demonym_next: frozenset[str]
    #: The first words of each that has more, casefolded, each with the space after them:
    #: a phrase that is none of these can grow into no longer country word.
    country_openings: frozenset[str]
    longest_country: int  # the most words a country word has
    modal: re.Pattern[str]
    tweet: re.Pattern[str]
    #: "a political analyst, X, said": a commentator outside the call, no side's spokesperson.
    commentators: re.Pattern[str]
    #: "Kenyan experts said", "A Nairobi-based analyst said": a commentator opens the sentence.
    commentator_subject: re.Pattern[str]
    displaced: re.Pattern[str]  # "Earlier this week, ...": another time than the call's
    #: "In a speech to parliament last month, ...": the same, in an opening phrase.
    displaced_openings: re.Pattern[str]
    press_audience: re.Pattern[str]  # "briefed the journalists on ...": nothing said yet
    press_audience_lemmas: frozenset[str]  # the verbs that take the press as their object
    press_occasion: re.Pattern[str]  # "said at a press conference.": nothing said yet
    inverted_title: re.Pattern[str]  # "..., says foreign minister."
    turn: re.Pattern[str]  # "the foreign minister, for his part,": another than the last speaker


_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’-]*"


# Where a country word may start: past marks (not letters, digits or "#") and "the", "both";
# the first word is up to the next space.
_COUNTRY_OPENING = re.compile(r"(?:[^\w#]|_)*(?:(?:[Tt]he|[Bb]oth) )?(?P<first>[^ ]*)")
_CONNECTIVES = frozenset({"of", "and", "the"})
# A contact's object: "During her meeting with X", "In the call with X", "in talks with X".
_MET = re.compile(
    r"\b(?:meeting|meetings|call|calls|conversation|talks|discussion|discussions)\s+with\s+"
    r"(?:[\w.'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
# An indefinite article: "a senior official", "an Indian diplomat" is no one the text names.
_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)
# The lowercase word right after a country word, if one follows.
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


def _country_at(
    vocabulary: _Vocabulary, text: str, at: int, end: int
) -> tuple[int, int, str] | None:
    """The country word at offset *at* (after "the" or "both"): its offsets and country."""
    opening = _COUNTRY_OPENING.match(text, at, end)
    if opening is None:
        return None
    at = opening.start("first")
    if at < end and text[at].islower():
        # "The de facto authorities said": a government in lowercase words.
        return next(
            (
                (at, at + len(phrase), name)
                for phrase, name in vocabulary.lowercase_governments.get(opening.group("first"), ())
                if text.startswith(phrase, at)
            ),
            None,
        )
    if at >= end or not (text[at].isupper() or text[at] == "#"):
        return None
    first = opening.group("first").lstrip("#").rstrip(",.;:")
    if first.casefold().removesuffix("'s").removesuffix("’s") not in vocabulary.country_first:
        return None  # the commonest case: a name or another word, no country
    words = text[at : min(end, at + 100)].split(" ", vocabulary.longest_country)
    phrase = ""
    found = None
    for size, word in enumerate(words[: vocabulary.longest_country], start=1):
        if size > 1 and not (word[:1].isupper() or word in _CONNECTIVES):
            break
        phrase = f"{phrase} {word}" if phrase else word
        bare = phrase.lstrip("#").rstrip(",.;:").removesuffix("'s").removesuffix("’s")
        name = vocabulary.country_words.get(bare.casefold())
        if name is not None:
            found = (at, at + len(bare) + (len(phrase) - len(phrase.lstrip("#"))), name)
        if phrase.lstrip("#").casefold() + " " not in vocabulary.country_openings:
            break  # no longer country word starts so
    if found is not None and text[found[0] : found[1]].casefold() in vocabulary.demonyms:
        return _demonym_subject(vocabulary, text, found, end)
    return _possessive_side(vocabulary, text, found, end)


def _metonym(vocabulary: _Vocabulary, text: str, start: int, end: int) -> bool:
    """Whether the country subject at *start* is a capital or a government's seat ("Kabul")."""
    words = text[start:end].lstrip("#").casefold().replace("’", "'").split()
    phrases = (" ".join(words[:size]).removesuffix("'s") for size in range(len(words), 0, -1))
    return any(phrase in vocabulary.metonyms for phrase in phrases)


def _possessive_side(
    vocabulary: _Vocabulary, text: str, found: tuple[int, int, str] | None, end: int
) -> tuple[int, int, str] | None:
    """
    A country word found, with its side after it, if a side word follows.

    "Uganda's government said", "Taliban officials assured", "Kremlin officials said".
    """
    if found is None:
        return found
    possessive = text.startswith(("'s ", "’s "), found[1])
    side = _NEXT_WORD.match(text, found[1] + 2 if possessive else found[1], end)
    if side is None or side.group(1) not in vocabulary.sides:
        return found
    return (found[0], side.end(), found[2])


def _demonym_subject(
    vocabulary: _Vocabulary, text: str, found: tuple[int, int, str], end: int
) -> tuple[int, int, str] | None:
    """
    A demonym found as a country word, as a subject: with a word of its side after it.

    "Afghan authorities said": the two words; "Chinese analysts said": no country, a noun of
    its people; "The Chinese said", "Afghan and ...": the demonym.
    """
    after = _NEXT_WORD.match(text, found[1], end)
    if after is None:
        return found
    if after.group(1) in vocabulary.sides:
        return (found[0], after.end(), found[2])
    return found if after.group(1) in vocabulary.demonym_next else None


def _country_subject(
    vocabulary: _Vocabulary, text: str, start: int, end: int
) -> tuple[int, int, str] | None:
    """A country opening a sentence, maybe after an opening phrase: "The US lauded ..."."""
    found = _country_at(vocabulary, text, start, end)
    if found is None:
        comma = text.find(",", start, min(end, start + 62))
        quote = text.find('"', start, comma) if comma != -1 else -1
        if comma != -1 and quote in {-1, start}:
            found = _country_at(vocabulary, text, comma + 1, end)
    return found


def _last_word(phrase: str) -> str:
    """The last run of a-z and 0-9 of a phrase, casefolded: a sentence's words hold it."""
    return tokens(phrase.casefold())[-1]


def _longest_word(phrase: str) -> str:
    """
    The longest run of a-z and 0-9 of a phrase, casefolded: the rarest, as a rule.

    A function word is never it ("two" of "the two", not "the": a gate every sentence passes).
    """
    return max(tokens(phrase.casefold()), key=lambda word: (word not in FUNCTION_WORDS, len(word)))


def _not_a_relay(relays: list[str], forms: set[str]) -> str:
    """
    A lookahead after a reporting verb: not the first word of a relay ("state media").

    In "Wang met Lavrov on Monday, state media reported", "state" is no verb of Wang's.
    """
    rests: dict[str, list[str]] = {}
    for relay in relays:
        parts = re.split(r"([\s-])", relay, maxsplit=1)
        if len(parts) == 3 and parts[0] in forms:
            first, mark, rest = parts
            rests.setdefault(first, []).append(re.escape(mark + rest).replace(r"\ ", r"\s+"))
    if not rests:
        return ""
    ends = "|".join(
        rf"(?<=\b{re.escape(verb)})(?i:{'|'.join(sorted(found))})\b"
        for verb, found in sorted(rests.items())
    )
    return f"(?!{ends})"


def _compile(data: dict[str, Any], gazetteer: Gazetteer) -> _Vocabulary:
    forms = {form for forms in data["verbs"].values() for form in forms}
    lemmas = {form.casefold(): lemma for lemma, fs in data["verbs"].items() for form in fs}
    verbs = alternation(forms)
    # After a verb: not a relay's first word ("state" of "..., state media reported").
    verb_end = _not_a_relay(data["relay_subjects"], forms)
    fillers = alternation(data["fillers"])
    country_words: dict[str, str] = {}
    for country in gazetteer.countries:
        for word in (country.name, *country.aliases, *country.demonyms):
            country_words.setdefault(word.casefold(), country.name)
    # A government called by its seat or its capital: "the Kremlin said", "Kabul urged".
    metonyms = {
        capital.casefold(): country.name
        for country in gazetteer.countries
        for capital in country.capitals
    }
    metonyms.update((word.casefold(), name) for word, name in data["government_names"].items())
    metonyms = {word: name for word, name in metonyms.items() if word not in country_words}
    country_words.update(metonyms)
    named = {w.casefold() for c in gazetteer.countries for w in (c.name, *c.aliases)}
    demonyms = frozenset(
        w.casefold() for c in gazetteer.countries for w in c.demonyms if w.casefold() not in named
    )
    # The nouns of the sources that relay ("the statement", "the ministry"), as what may
    # open a sentence before a participant's name: "According to a statement, ...".
    sources = {p.split()[-1] for p in data["relay_subjects"] if " " in p and p != "according to"}
    titles = read_json("lexicons", "titles.json")
    heads = alternation([h for h in titles["heads"] if " " in h or len(h) > 3])
    verb_words = frozenset(_last_word(f.split()[0]) for f in forms)
    inverted_words = frozenset(_last_word(f.split()[0]) for f in data["inverted"])
    lowercase: dict[str, list[tuple[str, str]]] = {}
    for phrase, name in data["lowercase_government_names"].items():
        lowercase.setdefault(phrase.split()[0], []).append((phrase, name))
    return _Vocabulary(
        lowercase_governments={k: tuple(v) for k, v in lowercase.items()},
        verb_words=verb_words,
        inverted_ends=tuple(sorted({f.split()[-1].casefold() for f in data["inverted"]})),
        subject_words=verb_words | inverted_words | _PAIR_VERBS | _MODAL_WORDS,
        relay_words=frozenset(_longest_word(p) for p in data["relay_subjects"]),
        joint_words=frozenset(_longest_word(p) for p in data["joint_subjects"]),
        title_ends=frozenset(h.split()[-1].casefold() for h in titles["heads"]),
        led_groups=frozenset(titles["led_groups"]),
        led_by=re.compile(
            # Its country or government may come between: "a delegation of the Islamic Emirate of
            # Afghanistan led by acting Minister ...".
            rf"\b(?i:{alternation(titles['led_groups'])})s?(?:\s+(?:of|from)\s+[\w.'’ -]{{1,60}}?)?"
            r"\s*,?\s+(?:led|headed)\s+by\s+(?:[\w.'’-]+\s+){0,5}$"
        ),
        passive_words=frozenset(_last_word(p) for p in data["joint_passives"]),
        # After an adverbial opening at most ("During the talks, it was agreed"; in "Wekesa
        # said that during the call, it was agreed", Wekesa speaks).
        joint_passive=re.compile(
            r"[\s\W]*(?:(?:[A-Z][a-z]+ing|In|During|At|After|On|Following|Regarding|Given|"
            r"Moreover|Furthermore|Meanwhile|Also|Finally)\b[^\"]{0,120}?,\s*)?"
            rf"(?P<verb>(?i:{alternation(data['joint_passives'])}))\b"
        ),
        lemmas=lemmas,
        relay_lemmas=frozenset(data["relay_verbs"]),
        after=re.compile(
            # (A clause between commas may hold initials: ", who leads the U.N. mission,".)
            rf"(?:'s)?(?:\s*,(?:[^,.;\"]|(?<=[A-Z])\.){{1,150}},|\s*\([^)]{{1,100}}\))?"
            rf"(?:\s+(?i:{fillers}))*"
            # A relative clause: "... with Vice President Wang Qishan, who said ...".
            r"(?P<who>,\s+who(?:\s+(?:also|then|later|further|again|had|has|have))*)?"
            rf",?\s+\"?(?P<verb>{verbs})\b{verb_end}"
        ),
        before=re.compile(
            rf"\b(?P<verb>(?i:{alternation(data['inverted'])}))\s+(?:the\s+|to\s+)?$"
        ),
        coordinated=re.compile(
            rf"(?:\band\s+(?:(?:also|then|further|later)\s+)?(?P<verb>{verbs})\b{verb_end}"
            rf"|,\s+(?:(?:also|then|further|later)\s+)?(?P<comma_verb>{verbs})\b{verb_end}"
            r"(?!\s+(?:a|an|the|his|her|its|their)\b|\s+[A-Z]))"
        ),
        joint=re.compile(
            rf"[\s\W]*(?:(?:[^,\"]{{0,60}}|(?:[A-Z][a-z]+ing|In|During|At|After|On|Following|"
            rf"Regarding|Given)\b[^\"]{{0,220}}?),\s*)?(?:(?i:{alternation(data['joint_subjects'])}))\b"
            rf"(?:\s*,[^,;\"]{{1,100}},)?(?:\s+[\w'’-]+){{0,4}}?\s+"
            rf"(?P<verb>{verbs}|will|would|should|must|can|shall)\b{verb_end}"
        ),
        joint_we=re.compile(
            rf"\b[Ww]e(?:\s+(?:also|both|all|have|had|jointly|further|then))*\s+"
            rf"(?P<verb>{alternation(data['joint_verbs'])})\b"
        ),
        # Both are searched in the casefolded sentence.
        pronouns=re.compile(rf"\b(?:{alternation(data['pronouns'])})\b"),
        passive_plans=frozenset(data["passive_plans"]),
        adverbs=frozenset(f for f in data["fillers"] if " " not in f),
        agenda_subject=re.compile(
            rf"[\s\W]*(?i:{alternation(data['joint_subjects'])}"
            rf"|(?:the|their|these|this|that)\s+(?:[\w-]+\s+)?(?:{engagement_cues().engagement_nouns}))"
        ),
        narrative_verbs=frozenset(data["narrative_verbs"]),
        according=re.compile(rf"\baccording to ({alternation(data['object_pronouns'])})\b"),
        relays=re.compile(rf"\b(?:{alternation(p.casefold() for p in data['relay_subjects'])})\b"),
        speech_nouns=frozenset(data["speech_nouns"]),
        other_subject=re.compile(
            rf"(?P<lead>{_OTHER_LEAD}(?:(?:According to|As per|In) (?:[\w'’-]+ ){{0,6}}?"
            rf"(?:{alternation(sources)}),\s+)?)"
        ),
        country_words=country_words,
        metonyms=frozenset(metonyms),
        country_first=frozenset(w.split()[0] for w in country_words),
        demonyms=demonyms,
        sides=frozenset(data["country_sides"]),
        demonym_next=verb_words
        | inverted_words
        | _MODAL_WORDS
        | {f.split()[0] for f in data["fillers"]},
        country_openings=frozenset(
            " ".join(parts[:size]) + " "
            for parts in (w.split(" ") for w in country_words)
            for size in range(1, len(parts))
        ),
        longest_country=max(len(w.split()) for w in country_words),
        modal=_MODAL,
        commentators=re.compile(
            rf"\b(?:{alternation(titles['commentator_heads'])})s?\b", re.IGNORECASE
        ),
        commentator_subject=re.compile(
            rf"[\s\W]*(?:[\w'’.-]+\s+){{0,6}}?(?i:{alternation(titles['commentator_heads'])})s?"
            rf"(?:\s*,[^,]{{1,80}},)?(?:\s+[\w'’.-]+){{0,6}}?\s+(?P<verb>{verbs})\b"
        ),
        displaced=re.compile(data["displaced"]),
        displaced_openings=re.compile(data["displaced_openings"]),
        press_audience=re.compile(data["press_audience"]),
        press_audience_lemmas=frozenset(data["press_audience_verbs"]),
        press_occasion=re.compile(data["press_occasion"]),
        inverted_title=re.compile(
            rf",\s*(?:{alternation(data['inverted'])})\s+(?P<desc>(?:(?:the|a|an)\s+)?"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{heads}))\s*[.!]?\s*$"
        ),
        turn=re.compile(rf"\s*,?\s*(?i:{alternation(data['turn_markers'])})\b"),
        tweet=TWEET_SIGNATURE,
    )


@functools.cache
def _vocabulary(gazetteer: Gazetteer) -> _Vocabulary:
    data = read_json("lexicons", "speech.json")
    try:
        return _compile(data, gazetteer)
    except (KeyError, TypeError, ValueError, re.error) as err:
        msg = f"expected the layout of data/lexicons/speech.json, found an error ({err!r})"
        raise DataFileError(msg) from err


# Where a meeting was: "in Kabul", "in New Delhi", "in the United Arab Emirates".

# A name right after "with" is the object of a meeting, not the subject of what follows.
_OBJECT_WORDS = (
    r"\b(?P<word>with|to|by|from|for|of|met|told|thanked|urged|asked|invited|briefed|apprised|"
    r"informed|assured|reassured|congratulated|welcomed|received|hosted)\s+"
    r"(?:(?:his|her|the|their)\s+)?"
)
_OBJECT = re.compile(rf"{_OBJECT_WORDS}(?:[\w.'’-]+\s+){{0,6}}$")
# A contact's object described, then named between commas: "in a meeting with the Norwegian
# special envoy for Afghanistan, Paul Bekken, called on ..." ("In a meeting with the envoy,
# Muttaqi said": Muttaqi is the subject).
_OBJECT_APPOSED = re.compile(
    r"\b(?:with|met|received|hosted|told|thanked|urged|briefed|assured)\s+(?:the|his|her|their)"
    r"\s+(?P<title>(?:[\w.'’-]+\s+){0,7}[\w.'’-]+),\s+$"
)
_APPOSED_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’-]*){0,4},")


def _object_at(vocabulary: _Vocabulary, text: str, floor: int, at: int) -> bool:
    """
    Whether a name at offset *at* is the object of what comes before it (:data:`_OBJECT`).

    The "of" of a title is none: "Secretary of State Antony Blinken" is a subject.
    """
    found = _OBJECT.search(text, max(floor, at - 60), at)
    if found is None:
        return _object_after_title(vocabulary, text, floor, at)
    if found.group("word") != "of":
        return True
    before = text[max(floor, found.start() - 30) : found.start()].split()
    return not (before and before[-1].casefold() in vocabulary.title_ends)


def _object_after_title(vocabulary: _Vocabulary, text: str, floor: int, at: int) -> bool:
    """Whether a name at offset *at* is an object's name after its title and a comma."""
    if text[at - 2 : at] != ", " or _APPOSED_NAME.match(text, at) is None:
        return False  # the commonest case
    found = _OBJECT_APPOSED.search(text, max(floor, at - 100), at)
    return found is not None and not vocabulary.title_ends.isdisjoint(
        found.group("title").casefold().split()
    )


# What two subjects together may do besides reporting: discuss, exchange views, hold talks.
_PAIR_VERBS = frozenset(
    [
        "discussed",
        "exchanged",
        "held",
        "had",
        "reviewed",
        "deliberated",
        "touched",
        "spoke",
        "talked",
        "met",
        "agreed",
        "reached",
        "signed",
        "expressed",
        "reaffirmed",
        "underlined",
        "stressed",
        "welcomed",
    ]
)
_PAIR_AGENDA = re.compile(
    r"(?:\s+(?:also|both|jointly|on \w+day|today|yesterday))*\s+"
    rf"(?P<verb>{alternation(_PAIR_VERBS)})\b"
)
# Those of them that only report the contact: a pair's words only with a topic after them.
_PAIR_CONTACTS = frozenset({"held", "had", "met", "spoke", "talked"})
# A topic after a contact ("held talks on Afghanistan"), not a time or place ("on Saturday").
_TOPIC = re.compile(
    r"\b(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+)?(?:sidelines|phone|telephone)\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the same day\b|this\b|that\b|\d"
    rf"|{MONTH}\.?\s+\d)",
    re.IGNORECASE,
)


def _names_a_topic(text: str, at: int, end: int) -> bool:
    """Whether the words after a contact verb at *at* say what it was about."""
    rest = text[at:end]
    return (
        engagement_cues().agenda.search(rest.casefold()) is not None
        or _TOPIC.search(rest) is not None
    )


# What one side of a pair will do: "Modi and Putin will ...".
_MODAL = re.compile(
    r"\b(?:will|would|shall|is ready to|are ready to|is willing to|stands? ready)\b"
)
_MODAL_WORDS = frozenset({"will", "would", "shall", "ready", "willing"})
# An attribution at a sentence's end by a single capitalised name: '"...," Naim said.'
_UNKNOWN_ATTRIBUTION = re.compile(
    r"[,\"]\s+(?P<who>[A-Z][\w'’-]+)\s+(?:said|says|added|noted|stated|told|wrote|tweeted)"
    r"(?:\s+[\w\s]{0,30})?[.!]?\s*$"
)
# Where a relay's words begin: "... announced on Twitter that", "... said:".
_CONTENT = re.compile(r"(?:\bthat\b|:)\s*")
# A country word that is a clause's subject: a verb follows, not a title or "and" ("China is").
_COUNTRY_VERB = re.compile(r"(?:['’]s)?\s+(?!and\b|or\b)[a-z]")
_MODALS = frozenset({"will", "would", "should", "must", "can", "shall"})
_AND = re.compile(r"\s*(?:,\s*)?\band\s+(?:(?:also|both|his|her|its)\s+)?")
# Titles between "and" and a name: "The NSA and Minister Wang Yi".
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the|for|and)\s+){0,6}")
_QUOTE = '"'
# A name's colon before a quotation ('Okello: "..."'), and what may stand before the name:
# capitalised words (a title) and an opening quotation mark.
_COLON_QUOTE = re.compile(r'\s*:\s*"')
_BEFORE_COLON_NAME = re.compile(r"[\s\"]*(?:[A-Z][\w.'’-]*\s+)*")
# A quotation that closes right before a subject: its attribution is inverted ('"...," X said').
_QUOTED_BEFORE = re.compile(r"[\"”’][.,!?]?\s*[,:–—-]?\s*$")
_CACHED = 64  # scans kept: a few sentences' worth
_AND_COUNTRY = re.compile(r"\s+and\s+")
# A sentence that opens with a name, maybe after a short opening ("Also,", "In turn,"), and
# the lowercase word after the name: its verb.
_LED_WINDOW = 160  # characters before a leader's name: "a delegation of ... led by <title>"
# What may open a sentence before another participant's name: "Also", "In turn", when
# ("On the 14th,", "Later that day,").
_OTHER_LEAD = (
    r"(?:(?:Also|Meanwhile|In turn|For (?:his|her) part),?\s+"
    r"|(?:On|Later|Earlier|Afterwards|Subsequently|The same day|The (?:next|following) day"
    r"|That (?:day|morning|afternoon|evening))\b[^,.;\"]{0,30},\s+)?"
)
# What may stand before an opening name: its title ("Foreign Minister", "The Kenyan minister").
_TITLE_ONLY = re.compile(r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,6})?")
_VERB_AFTER = re.compile(r"(?:\s+(?:also|then|further|later|in turn))?\s+(?P<verb>[a-z][a-z-]+)\b")


class _Candidate(NamedTuple):
    """Who may be a sentence's subject: offsets, kind, and the participant it names."""

    start: int
    end: int
    kind: str  # "name", "description", "country", "pronoun", "relay"
    key: str | None
    outsider: bool = False
    country: str | None = None


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


class Discourse:
    """
    The state of the text as it is read: who is speaking, who was named last, the calls.

    Strategies read it and never change it; :func:`afdiplo._attribute.attribute_positions`
    moves it on after each sentence.
    """

    def __init__(  # noqa: PLR0913 - the stage's inputs and the page's kind
        self,
        text: str,
        sentences: tuple[Sentence, ...],
        extraction: Extraction,
        gazetteer: Gazetteer,
        fmt: OutletFormat,
        *,
        own_page: bool = False,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.extraction = extraction
        self.vocabulary = _vocabulary(gazetteer)
        self.gazetteer = gazetteer
        self.describer: Describer = describer(gazetteer)
        self.format = fmt
        # A government's page by its furniture (a publisher, a label, a date line), not only
        # by its wording: its titles without a name are its own officials' (see own_side).
        self.own_page = own_page
        self.members = {k for call in extraction.calls for k in call.participants}
        self.containing: list[list[int]] = [[] for _ in sentences]
        for number, call in enumerate(extraction.calls):
            for index in call.sentences:
                self.containing[index].append(number)
        self.anchors = {call.anchor for call in extraction.calls}
        self.leaders: set[str] | None = None  # who leads a group, once asked (see leader)
        self.first_call: dict[str, int] = {}  # participant -> the first call they are on
        for number, call in enumerate(extraction.calls):
            for key in call.participants:
                self.first_call.setdefault(key, number)
        self.everyone = list(self.first_call)  # the participants of every call, in order
        # Who speaks for a country among everyone, by country: everyone is the same for every
        # sentence, and looking through them for each cost the square of the calls.
        self.sides: dict[str, str | None] = {}
        self.pooled: dict[int, tuple[list[str], list[str]]] = {}
        self.current: str | None = None
        self.joint = False
        self.last_mentioned: str | None = None
        self.last_subject: str | None = None  # the last sentence's subject, if it named one
        self.last_speaker: str | None = None  # the last position's speaker, kept over breaks
        self.last_paragraph = -1  # the paragraph of the last position
        #: Whether each sentence holds a stance cue (set by the caller before reading).
        self.stanced: list[bool] = [False] * len(sentences)
        #: The cue labels of each sentence ("agenda", "stance:hope", ...), set by the caller.
        self.labels: list[set[str]] = [set() for _ in sentences]
        self.tweeted: set[int] = set()  # the sentences of raw tweets
        # Scans by sentence and by who is speaking (strategies ask more than once).
        self.scans: dict[tuple[int, bool, bool, str | None, str | None], _Scan | None] = {}
        # The reporting verb after and before each candidate, by offset (asked once for the
        # limit of the candidates, again by the scan).
        self.verbs_after: dict[int, re.Match[str] | None] = {}
        self.verbs_before: dict[int, re.Match[str] | None] = {}
        self.inside: set[int] = set()  # the sentences that start inside a quotation
        # Whether the name or description at each offset is an object (see is_object), and
        # the object of a contact (see met_before): asked of each name for each description
        # of its sentence, which cost the square of their number in a long sentence of both.
        self.objects: dict[int, bool] = {}
        self.met_objects: dict[int, bool] = {}
        # Where each person's name starts (see verb_before).
        self.named_at = {m.start for found in extraction.by_sentence for m in found}
        self.quoted = self.quotations()

    # The people a sentence may be about.

    def pools(self, index: int) -> tuple[list[str], list[str]]:
        """The participants of the calls sentence *index* is about, then of every call."""
        found = self.pooled.get(index)
        if found is None:
            calls = self.extraction.calls
            found = self.pooled[index] = (
                list(
                    dict.fromkeys(k for n in self.containing[index] for k in calls[n].participants)
                ),
                self.everyone,
            )
        return found

    def pools_besides(
        self, index: int, names: list[_Candidate], begin: int, end: int
    ) -> tuple[list[str], list[str]]:
        """
        :meth:`pools` without the people a sentence names as objects around a description.

        A subject is not its own object: in "The Prime Minister thanked Prime Minister Khan",
        the Prime Minister is not Khan, nor in "During his meeting with Maas, the foreign
        minister urged ..." Maas. (A name right after, "the Foreign Minister, Wang Yi,"
        is the description's own, and one in an attribution, "..., Atmar said", its speaker.)
        """
        later = {
            c.key
            for c in names
            if c.kind == "name"
            and (c.start > end + 3 or c.end < begin)
            and self.is_object(index, c.start)
        }
        pools = self.pools(index)
        if not later:
            return pools
        return ([k for k in pools[0] if k not in later], [k for k in pools[1] if k not in later])

    def is_object(self, index: int, at: int) -> bool:
        """:func:`_object_at` of the name or description at offset *at* of sentence *index*."""
        found = self.objects.get(at)
        if found is None:
            found = self.objects[at] = _object_at(
                self.vocabulary, self.text, self.sentences[index].start, at
            )
        return found

    def met_before(self, index: int, names: list[_Candidate], begin: int) -> set[str]:
        """The participants a sentence names as objects of a contact before offset *begin*."""
        return {
            c.key
            for c in names
            if c.kind == "name"
            and c.key is not None
            and not c.outsider
            and c.end < begin
            and self.met_at(index, c.start)
        }

    def met_at(self, index: int, at: int) -> bool:
        """Whether the name at offset *at* of sentence *index* is what a contact is with."""
        found = self.met_objects.get(at)
        if found is None:
            start = self.sentences[index].start
            found = self.met_objects[at] = (
                _MET.search(self.text, max(start, at - 60), at) is not None
            )
        return found

    def other_sides(self, index: int, met: set[str]) -> list[str]:
        """Of the calls sentence *index* is about, the other sides of those with *met*."""
        calls = self.extraction.calls
        return list(
            dict.fromkeys(
                k
                for n in self.containing[index]
                if not met.isdisjoint(calls[n].participants)
                for k in calls[n].participants
                if k not in met
            )
        )

    def own_side(self, index: int) -> str | None:
        """
        On a government's page (by its furniture), its own official in the call of *index*.

        Official readouts name their own side first: "Foreign Minister Qureshi received a
        telephone call from ...", "Secretary Blinken spoke with ...": the first participant
        the call's sentence names.
        """
        if not self.own_page or not self.containing[index]:
            return None
        call = self.extraction.calls[self.containing[index][0]]
        return next(
            (m.key for m in self.extraction.by_sentence[call.anchor] if m.key in call.participants),
            None,
        )

    def visitor(self, index: int, *, host: bool = False) -> str | None:
        """
        Who visits in the meeting sentence *index* is about: "the visiting dignitary", "the guest".

        The sentence that reports the meeting says it between its first two participants: "X
        called on Y" or "X visited Y" (X visits), "X received Y" or "X met visiting Y" (Y does);
        else where it was ("X met Y in Kabul": the one not at home visits). With *host*, the
        other of the two: "the host".
        """
        if not self.containing[index]:
            return None
        call = self.extraction.calls[self.containing[index][0]]
        if call.medium is not Medium.MEETING:
            return None
        named = [m for m in self.extraction.by_sentence[call.anchor] if m.key in call.participants]
        first = named[0] if named else None
        second = next((m for m in named if m.key != first.key), None) if first else None
        if first is None or second is None:
            return None
        between = self.text[first.end : second.start].casefold()
        vocabulary = engagement_cues()
        if vocabulary.object_visits.search(between):
            visits: str | None = second.key
        elif vocabulary.subject_visits.search(between):
            visits = first.key
        else:
            visits = self.away(call.anchor, first.key, second.key)
        if visits is None or not host:
            return visits
        return second.key if visits == first.key else first.key

    def away(self, anchor: int, first: str, second: str) -> str | None:
        """
        Which of *first* and *second* the sentence *anchor* places away from home.

        The first country or capital after "in" it names decides ("in Kabul", "in New Delhi"),
        when it is the country of one of them only.
        """
        sentence = self.sentences[anchor]
        demonyms, country_of = self.vocabulary.demonyms, self.gazetteer.country
        return away_from_home(
            self.text,
            (sentence.start, sentence.end),
            (first, second),
            self.extraction.people,
            lambda place: None if place.casefold() in demonyms else country_of(place),
        )

    def meant_by_role(self, index: int, description: Description) -> str | None:
        """Who a description of a role names: the visitor ("the guest"), a group's leader."""
        if self.describer.is_visitor(description):
            return self.visitor(index)
        if self.describer.is_host(description):
            return self.visitor(index, host=True)
        if description.head in self.vocabulary.led_groups:
            return self.leader()
        return None

    def leader(self) -> str | None:
        """
        The participant the text names as a group's leader ("a delegation led by X"), if one.

        "The delegation said ..." later is that leader's side speaking.
        """
        if self.leaders is None:
            text, pattern = self.text, self.vocabulary.led_by
            self.leaders = {
                m.key
                for m in self.extraction.mentions
                if m.key in self.members
                and pattern.search(text, max(0, m.start - _LED_WINDOW), m.start)
            }
        return next(iter(self.leaders)) if len(self.leaders) == 1 else None

    def all_named(self, index: int) -> bool:
        """Whether every call sentence *index* is about has two or more named participants."""
        calls = self.extraction.calls
        return all(len(calls[n].participants) > 1 for n in self.containing[index])

    def country_of(self, key: str | None) -> str | None:
        return self.extraction.people[key].country if key else None

    def side(self, country: str, index: int) -> str | None:
        """The participant who speaks for *country*: the current speaker, else the only one."""
        people = self.extraction.people
        if self.current is not None and people[self.current].country == country:
            return self.current
        local, everyone = self.pools(index)
        found = [k for k in local if people[k].country == country]
        if found:
            return found[0] if len(found) == 1 else None
        if country not in self.sides:
            found = [k for k in everyone if people[k].country == country]
            self.sides[country] = found[0] if len(found) == 1 else None
        return self.sides[country]

    def quotations(self) -> list[str | None]:
        """
        For each sentence inside a quotation or a raw tweet, its attribution's speaker key.

        A quotation opened in one sentence and closed in a later one is attributed where it
        closes (", he added") or where it opened ("said: ..."); a paragraph that ends with a
        tweet's signature ("— Jens Stoltenberg (@jensstoltenberg) November 12, 2020") is the
        tweet's author's.
        """
        result: list[str | None] = [None] * len(self.sentences)
        text = self.text
        open_since: int | None = None
        quoting = _QUOTE in text  # (no quotation mark, no quotation to follow)
        claimed = self.colon_quotes(result) if quoting else set()
        for index, sentence in enumerate(self.sentences if quoting else ()):
            if index in claimed:
                continue
            count = text.count(_QUOTE, sentence.start, sentence.end)
            starts_inside = open_since is not None
            if starts_inside:
                self.inside.add(index)
            if starts_inside and count % 2 == 1:  # the quotation closes here
                key = self.attribution(index)
                for inside in range(open_since or 0, index):
                    result[inside] = key
                result[index] = key
                open_since = None
            elif not starts_inside and count % 2 == 1:
                open_since = index
                if sentence.paragraph != self.paragraph_of(index + 1):
                    open_since = None  # an unclosed quotation ends with its paragraph
            elif starts_inside and sentence.paragraph != self.paragraph_of(index + 1):
                open_since = None
        self.tweets(result)
        return result

    def colon_quotes(self, result: list[str | None]) -> set[int]:
        """The sentences of quotations a name and a colon open (see colon_quote), given theirs."""
        claimed: set[int] = set()
        last = -1
        for index, sentence in enumerate(self.sentences):
            if index <= last or self.text.find(_QUOTE, sentence.start, sentence.end) < 0:
                continue
            last = self.colon_quote(index, result)
            claimed.update(range(index, last + 1))
            self.inside.update(range(index + 1, last + 1))
        return claimed

    def colon_quote(self, index: int, result: list[str | None]) -> int:
        """
        A quotation a participant's name and a colon open: 'Okello: "Our trade must grow."'.

        The name (after a title at most) opens the sentence; the quotation is the participant's
        until it closes, in the paragraph. The last sentence of the quotation, else -1.
        """
        mentions = self.extraction.by_sentence[index]
        if not mentions or mentions[0].key not in self.members:
            return -1
        sentence, first = self.sentences[index], mentions[0]
        if _COLON_QUOTE.match(self.text, first.end, sentence.end) is None:
            return -1
        if _BEFORE_COLON_NAME.fullmatch(self.text, sentence.start, first.start) is None:
            return -1  # not the sentence's opening: 'He added of Okello: "..."'
        text, quotes, last = self.text, 0, index
        for inside in range(index, len(self.sentences)):
            each = self.sentences[inside]
            if inside > index and each.paragraph != sentence.paragraph:
                break
            result[inside], last = first.key, inside
            quotes += text.count(_QUOTE, each.start, each.end)
            if quotes % 2 == 0:
                break  # the quotation closes
        return last

    def paragraph_of(self, index: int) -> int:
        return self.sentences[index].paragraph if index < len(self.sentences) else -1

    def tweets(self, result: list[str | None]) -> None:
        """Give each sentence of a paragraph signed as a tweet to the tweet's author."""
        if "(@" not in self.text:
            return  # no handle, no tweet
        by_paragraph: dict[int, list[int]] = {}
        for index, sentence in enumerate(self.sentences):
            by_paragraph.setdefault(sentence.paragraph, []).append(index)
        for indices in by_paragraph.values():
            last = self.sentences[indices[-1]]
            if self.text.find("(@", last.start, last.end) == -1:
                continue  # no handle, no tweet
            signature = self.vocabulary.tweet.search(self.text, last.start, last.end)
            if signature is None:
                continue
            author = next(
                (
                    m.key
                    for m in self.extraction.by_sentence[indices[-1]]
                    if m.start >= signature.start("who") and m.key in self.members
                ),
                None,
            )
            if author is not None:
                for index in indices:
                    result[index] = result[index] or author
                    self.tweeted.add(index)

    def attribution(self, index: int) -> str | None:
        """The speaker a sentence names outside its quotation ("...," Muttaqi told Yi)."""
        scan = _scan(index, self, outside_quotes=True)
        if scan is None or scan.kind == "relay":
            return None
        return scan.key if scan.kind == "speaker" else None

    # Candidates for a sentence's subject.

    def verb_after(self, index: int, at: int) -> re.Match[str] | None:
        """The reporting verb right after a subject that ends at offset *at* of sentence *index*."""
        if at in self.verbs_after:
            return self.verbs_after[at]
        found = self.vocabulary.after.match(self.text, at, self.sentences[index].end)
        if found is not None and found.group().startswith("'s") and found.group("verb")[-1] == "s":
            found = None  # "Dar's remarks came as ...": a possessive and its noun, no verb
        self.verbs_after[at] = found
        return found

    def verb_before(self, index: int, at: int) -> re.Match[str] | None:
        """The inverted reporting verb right before a subject at offset *at* (", said Wang")."""
        if at in self.verbs_before:
            return self.verbs_before[at]
        start = self.sentences[index].start
        found = _inverted(self.vocabulary, self.text, start, at)
        if (
            found is None
            and at in self.named_at
            and not self.extraction.words[index].isdisjoint(_OBJECT_VERB_WORDS)
        ):
            # A person's name, after their title: "It quoted Foreign Minister Qureshi as ...".
            found = _inverted_over_title(self.vocabulary, self.text, start, at)
        self.verbs_before[at] = found
        return found

    def candidates(self, index: int, *, outside_quotes: bool) -> list[_Candidate]:
        """
        Who may be speaking in a sentence: names, descriptions, countries, pronouns, relays.

        Names come first, as they are cheap to list; the rest (descriptions, pronouns, relays,
        a country subject) only where they could stand before the first name that has a
        reporting verb, since the leftmost subject decides.
        """
        sentence = self.sentences[index]
        text = self.text
        quoted = (
            quoted_spans(text, sentence.start, sentence.end, inside=index in self.inside)
            if outside_quotes
            else []
        )
        names = self.names(index, quoted)
        limit = next(
            (
                c.start
                for c in names
                if self.verb_after(index, c.end) or self.verb_before(index, c.start)
            ),
            sentence.end,
        )
        others = self.others(index, quoted, names, limit)
        if not others:
            return names  # in the order of the text already
        return sorted(names + others, key=lambda c: (c.start, -c.end))

    def names(self, index: int, quoted: list[tuple[int, int]]) -> list[_Candidate]:
        """The people a sentence names outside *quoted*, as candidates."""
        sentence = self.sentences[index]
        text, people = self.text, self.extraction.people
        found: list[_Candidate] = []
        for m in self.extraction.by_sentence[index]:
            if quoted and any(a <= m.start < b for a, b in quoted):
                continue
            draft = people[m.key]
            end = m.end
            title = draft.title
            if title is not None and m.end < title[0] <= m.end + 6 and title[1] <= sentence.end:
                # "Balkhi, spokesperson for the Foreign Ministry announced": the title is his.
                between = text[m.end : title[0]].strip()
                end = title[1] if between in {",", ", the", ",the"} else end
            if draft.relay:
                found.append(_Candidate(m.start, end, "relay", None))
            else:
                outsider = m.key not in self.members
                found.append(_Candidate(m.start, end, "name", m.key, outsider))
        return found

    def others(  # noqa: C901, PLR0912, PLR0915 - one branch a kind of candidate
        self,
        index: int,
        quoted: list[tuple[int, int]],
        names: list[_Candidate],
        limit: int,
    ) -> list[_Candidate]:
        """Descriptions, pronouns, relays and a country subject that start before *limit*."""
        sentence = self.sentences[index]
        if limit <= sentence.start < sentence.end:
            return []  # a name and its verb open the sentence: nothing stands before them
        text, vocabulary, people = self.text, self.vocabulary, self.extraction.people
        found: list[_Candidate] = []

        def free(start: int) -> bool:
            return start < limit and not (quoted and any(a <= start < b for a, b in quoted))

        # The offsets the candidates so far cover, brought up to date with *found* on each
        # test: going through every candidate for each one cost the square of their number
        # in a long sentence of names and descriptions.
        # (Made on the first test: most sentences never ask.)
        covered: set[int] = set()
        counted = -1

        def taken(start: int) -> bool:
            nonlocal counted
            if counted < 0:
                covered.update(
                    itertools.chain.from_iterable(map(range, map(_START, names), map(_END, names)))
                )
                counted = 0
            for c in found[counted:]:
                covered.update(range(c.start, c.end))
            counted = len(found)
            return start in covered

        descriptions = self.describer.find(
            text, sentence.start, limit, self.extraction.words[index]
        )
        # "EAM conveyed India's readiness ...": a title written short, with no name.
        short = self.describer.find_opening_short(text, sentence.start, limit)
        if short:
            descriptions = [*short, *descriptions]
        tail = max(sentence.start, sentence.end - 90)  # both attributions stand at the end
        if limit == sentence.end:
            inverted = vocabulary.inverted_title.search(text, tail, sentence.end)
            if inverted is not None and _INDEFINITE.match(inverted.group("desc")):
                # "..., according to an Indian official.": someone the text does not name.
                found.append(_Candidate(*inverted.span("desc"), "relay", None))
            elif inverted is not None:  # "..., says foreign minister."
                descriptions += self.describer.find_bare(text, *inverted.span("desc"))
            unknown = _UNKNOWN_ATTRIBUTION.search(text, tail, sentence.end)
            if unknown is not None and not taken(unknown.start("who")):
                # '"...," Naim said.': someone the text does not name as a participant relays.
                found.append(_Candidate(unknown.start("who"), unknown.end("who"), "relay", None))
        preferred = self.current or self.last_speaker
        # "Norway's foreign minister, Anniken Huitfeldt, said": the name the description is
        # followed by speaks (a relay's too: "the ministry's spokesman, X, said").
        named_after = {c.start - 2 for c in names if text[c.start - 2 : c.start] == ", "}
        for d in descriptions:
            if d.end in named_after:
                continue
            if free(d.start) and not taken(d.start):
                if self.describer.is_relay(d):
                    found.append(_Candidate(d.start, d.end, "relay", None))
                    continue
                pools = self.pools_besides(index, names, d.start, d.end)
                met = self.met_before(index, names, d.start)
                if met:
                    # "During her meeting with Mrisho, the foreign minister ...": the other
                    # side of the call with Mrisho, whoever spoke last.
                    pools = (self.other_sides(index, met), pools[1])
                # The last speaker is meant only if among who may be: the call's other side
                # after "meeting with Mrisho", else anyone.
                meant = pools[0] if met else pools[1]
                key, fits = self.describer.resolve(
                    d,
                    people,
                    pools,
                    preferred if preferred in meant else None,
                    own=self.own_side(index),
                    visitor=self.meant_by_role(index, d),
                    # "The Foreign Minister, for his part, underlined ...": another than the
                    # one who spoke last, whom the description may fit as well.
                    besides=preferred if vocabulary.turn.match(text, d.end, sentence.end) else None,
                )
                # A description that fits no one named is of someone outside the calls, as a
                # name no call has ("The Secretary-General of the United Nations has called
                # for"), unless a call has a side the text does not name.
                outsider = not fits and self.all_named(index)
                found.append(
                    _Candidate(
                        d.start, d.end, "description", key, outsider=outsider, country=d.country
                    )
                )
        folded = self.extraction.folded[index][: limit - sentence.start]
        if len(self.extraction.folded[index]) != sentence.end - sentence.start:
            folded = text[sentence.start : limit].lower()  # casefolding moved the offsets
        shift = sentence.start
        words = self.extraction.words[index]
        if "he" in words or "she" in words:
            found.extend(
                _Candidate(
                    shift + match.start(),
                    shift + match.end(),
                    "pronoun",
                    self.subject_before(index, names, shift + match.start(), match.group())
                    or self.pronoun(index, match.group()),
                )
                for match in vocabulary.pronouns.finditer(folded)
                if free(shift + match.start())
            )
        if "according" in words and limit == sentence.end:
            # "According to him, China will ...": he speaks; "According to him, Qureshi
            # urged ...": Qureshi, a name with a verb (limit), says it.
            found.extend(
                _Candidate(
                    shift + match.start(1),
                    shift + match.end(1),
                    "pronoun",
                    self.pronoun(index, _SUBJECT_FORM.get(match.group(1))),
                )
                for match in vocabulary.according.finditer(folded)
                if free(shift + match.start(1))
            )
        if not words.isdisjoint(vocabulary.relay_words):
            found.extend(
                _Candidate(shift + match.start(), shift + match.end(), "relay", None)
                for match in vocabulary.relays.finditer(folded)
                if free(shift + match.start())
            )
        country = _country_subject(vocabulary, text, sentence.start, min(sentence.end, limit + 1))
        while country is not None and free(country[0]):
            start, stop, name = country
            if taken(start):
                break
            side = self.side(name, index)
            if side is None and _metonym(vocabulary, text, start, stop):
                break  # "The Taliban claimed ...", no side of the call: what someone reports
            found.append(_Candidate(start, stop, "country", side, country=name))
            joined = _AND_COUNTRY.match(text, stop, sentence.end)
            country = _country_at(vocabulary, text, joined.end(), sentence.end) if joined else None
        return found

    def subject_before(
        self, index: int, names: list[_Candidate], at: int, word: str | None = None
    ) -> str | None:
        """
        The participant a sentence names as a subject nearest before offset *at*, if any.

        "Wang also held talks with Qureshi, during which he said ...": he is Wang (Qureshi
        is an object), whoever spoke before.
        """
        return next(
            (
                c.key
                for c in reversed(names)
                if c.start < at and self.names_subject(index, c) and self.fits_pronoun(c.key, word)
            ),
            None,
        )

    def names_subject(self, index: int, candidate: _Candidate) -> bool:
        """
        Whether *candidate* is a participant named as a subject.

        Not the object of what comes before it ("met with X"), nor a possessive ("X's
        spokesperson").
        """
        text = self.text
        return (
            candidate.kind == "name"
            and not candidate.outsider
            and not text.startswith(("'s", "’s"), candidate.end)
            and not self.is_object(index, candidate.start)
        )

    def pronoun(self, index: int | None = None, word: str | None = None) -> str | None:
        """
        Who "he" or "she" is: the current speaker, else the subject of the last sentence.

        Of those, the nearest the pronoun *word* fits; when it fits none ("Bilawal said ...
        She stressed ..."), the one participant of sentence *index*'s calls it fits, if only
        one ("she" is no one's when two women or no one it fits took part).
        """
        chosen = self.current or self.last_subject or self.last_mentioned
        if word is None or self.fits_pronoun(chosen, word):
            return chosen
        for key in (self.current, self.last_subject, self.last_mentioned):
            if key is not None and self.fits_pronoun(key, word):
                return key
        pool = self.pools(index)[0] if index is not None else []
        fitting = [k for k in pool if self.fits_pronoun(k, word)]
        return fitting[0] if len(fitting) == 1 else None

    def fits_pronoun(self, key: str | None, word: str | None) -> bool:
        """Whether "he" or "she" (*word*) may refer to *key*: nothing says it may not."""
        if key is None or word is None:
            return True
        known = self.extraction.people[key].pronoun
        return not known or known == word

    def last_named(self, index: int) -> str | None:
        """The last participant sentence *index* names, or None."""
        for mention in reversed(self.extraction.by_sentence[index]):
            if mention.key in self.members:
                return mention.key
        return None

    def subject_mention(self, index: int) -> str | None:
        """The first participant a sentence names as a subject (not after "with", "to", ...)."""
        for mention in self.extraction.by_sentence[index]:
            if mention.key not in self.members:
                continue
            if self.is_object(index, mention.start):
                continue
            return mention.key
        return None


# The subject form of an object pronoun ("according to her": "she").
_SUBJECT_FORM = {"him": "he", "her": "she"}


# The strategies.


class _Scan(NamedTuple):
    """What the subjects of a sentence say: a speaker, a joint subject, an outsider or a relay."""

    kind: str  # "speaker", "joint", "outsider", "relay", "briefing", "plan"
    key: str | None = None
    rule: str = ""
    cue: str | None = None
    country: str | None = None
    at: int = 0  # where the verb ends


_RULES = {
    "name": "named_subject",
    "description": "described_subject",
    "country": "country_subject",
    "pronoun": "pronoun_subject",
}


def _scan(
    index: int, discourse: Discourse, *, outside_quotes: bool, skip_outsiders: bool = False
) -> _Scan | None:
    """:func:`_subject_scan`, worked out once for each sentence and state of the discourse."""
    key = (index, outside_quotes, skip_outsiders, discourse.current, discourse.last_speaker)
    if key in discourse.scans:
        return discourse.scans[key]
    if len(discourse.scans) > _CACHED:
        discourse.scans.clear()
    found = discourse.scans[key] = _subject_scan(
        index, discourse, outside_quotes=outside_quotes, skip_outsiders=skip_outsiders
    )
    return found


def _subject_scan(  # noqa: C901, PLR0911, PLR0912, PLR0915 - one branch a kind of subject
    index: int, discourse: Discourse, *, outside_quotes: bool, skip_outsiders: bool = False
) -> _Scan | None:
    """
    The leftmost subject of sentence *index* next to a reporting verb.

    A pair of subjects joined by "and" is joint; a relay ("the ministry said", a spokesperson)
    is noted and passed over; a pronoun is the current speaker.
    """
    vocabulary = discourse.vocabulary
    sentence = discourse.sentences[index]
    text = discourse.text
    # In a raw tweet, "They" is what the tweet is about; its author is the speaker.
    words = discourse.extraction.words[index]
    joint = (
        None
        if index in discourse.tweeted or words.isdisjoint(vocabulary.joint_words)
        else vocabulary.joint.match(text, sentence.start, sentence.end)
    )
    proposal = joint is not None and joint.group("verb") in _MODALS
    if joint is not None and not (proposal and discourse.current is not None):
        # "The two sides should ..." in a speaker's words is the speaker's proposal.
        return _Scan("joint", rule="joint_subject", cue=joint.group("verb"))
    passive = (
        None
        if words.isdisjoint(vocabulary.passive_words)
        else vocabulary.joint_passive.match(text, sentence.start, sentence.end)
    )
    if passive is not None:  # "It was agreed to remain in close contact."
        return _Scan("joint", rule="joint_subject", cue=passive.group("verb").split()[-1])
    if words.isdisjoint(vocabulary.subject_words) and "we" not in words:
        return None  # no verb a subject could go with
    candidates = discourse.candidates(index, outside_quotes=outside_quotes)
    relay: _Scan | None = None
    for number, candidate in enumerate(candidates):
        if candidate.kind in {"name", "description", "country"}:
            pair = _pair(candidates, number, text, sentence.end, discourse)
            if pair is not None:
                return pair
        following = discourse.verb_after(index, candidate.end)
        after = _active(vocabulary, following)
        before = discourse.verb_before(index, candidate.start)
        verb = after or before
        if verb is None:
            if following is not None and number == 0 and not candidate.outsider:
                # "Wang is also expected to visit Nairobi": a plan, none of Wang's words.
                return _Scan("plan", rule="plan", cue=following.group("verb"))
            continue
        cue = verb.group("verb")
        act = _act(verb, sentence.end, index, discourse)
        if act == "courtesy":
            continue  # "Zardari called on Premier Li in Beijing": a courtesy call, no words
        if act == "welcome":
            return _Scan("briefing", rule="narrative", cue=cue)  # "welcomed Dar to Kabul"
        if candidate.kind == "relay" or (
            candidate.outsider
            and (skip_outsiders or _reports_sides(vocabulary, text, verb.end(), sentence.end))
        ):
            if vocabulary.lemmas.get(cue.casefold(), cue) in vocabulary.relay_lemmas:
                relay = relay or _Scan("relay", cue=cue, at=verb.end())
            continue
        if (
            vocabulary.press_occasion.match(text, verb.end(), sentence.end)
            or (
                vocabulary.lemmas.get(cue.casefold(), cue) in vocabulary.press_audience_lemmas
                and vocabulary.press_audience.match(text, verb.end(), sentence.end)
            )
        ) and not _said_before(text, sentence.start, candidate.start):
            # "X told reporters." says nothing yet; '"...," X told reporters.' said the quote,
            # "Pakistan wants peace, X told reporters." the clause before.
            return _Scan("briefing", rule="narrative", cue=cue)
        if (
            candidate.kind in {"name", "description"}
            and after is not None
            and after.group("who") is None
            and discourse.is_object(index, candidate.start)
        ):
            # "Wang Yi spoke with Lavrov noted", "Khan, while speaking to the Russian president
            # stressed", "Pakistan's foreign minister spoke with his Afghan counterpart on
            # Friday, urging ...": the verb's subject is the name or description before.
            subjects = [c for c in candidates[:number] if c.key and not c.outsider]
            earlier = next((c for c in subjects if c.kind == "name"), None) or next(
                (c for c in subjects if c.kind == "description"), None
            )
            if earlier is not None:
                return _Scan("speaker", earlier.key, _RULES[earlier.kind], cue, earlier.country)
        if candidate.outsider:
            return _Scan("outsider", cue=cue)
        if _reports_agenda(text, verb.end(), sentence.end) or _agenda_before(
            vocabulary, text, sentence.start, min(candidate.start, verb.start())
        ):
            # "Raab said he discussed Afghanistan with Wang", "The talks focused on trade, Dar
            # said": what they discussed, the agenda.
            return _Scan("joint", candidate.key, rule="agenda", cue=cue)
        if candidate.kind == "pronoun" and number > 0:
            # "Kenya is willing to ..., she said": the side that says what it will do.
            committed = _committed_side(candidates, text, candidate.start, discourse)
            if committed is not None and committed.key != candidate.key:
                return committed._replace(cue=cue)
        return _Scan("speaker", candidate.key, _RULES[candidate.kind], cue, candidate.country)
    committed = _committed_side(candidates, text, sentence.end, discourse)
    if committed is not None:
        return committed
    named = any(c.kind == "name" and not c.outsider for c in candidates)
    verbs = named and not words.isdisjoint(vocabulary.verb_words)
    coordinated = (
        vocabulary.coordinated.search(text, sentence.start, sentence.end) if verbs else None
    )
    if coordinated is not None:
        first = next(
            (
                c
                for c in candidates
                if c.start < coordinated.start() and discourse.names_subject(index, c)
            ),
            None,
        )
        if first is not None:
            said = coordinated.group("verb") or coordinated.group("comma_verb")
            return _Scan("speaker", first.key, "named_subject", said)
    we = vocabulary.joint_we.search(text, sentence.start, sentence.end) if "we" in words else None
    if we is not None:
        return _Scan("joint", rule="joint_subject", cue=we.group("verb"))
    return relay


# After the one welcomed: where to ("welcomed Dar to Kabul", "... in Beijing").
_TO_PLACE = re.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?[A-Z]")
_WELCOMED_WITHIN = 40  # characters between "welcomed" and the name: a title at most
_AND_VERB_WITHIN = 3  # words after "and" to its reporting verb ("and also said")


def _act(verb: re.Match[str], end: int, index: int, discourse: Discourse) -> str | None:
    """
    What a reporting verb reports, when it is an act and no words.

    "courtesy": a courtesy call ("Zardari called on Premier Li in Beijing"); "welcome": a
    participant welcomed somewhere ("Muttaqi welcomed Dar to Kabul", not "welcomed Dar's
    proposal"); else None.
    """
    text, cue = discourse.text, verb.group("verb").casefold()
    if cue[:4] == "call":
        found = engagement_cues().courtesy_call.match(text[verb.start("verb") : end].casefold())
        return None if found is None else "courtesy"
    if not cue.startswith("welcom"):
        return None
    at = verb.end()
    welcomed = next((m for m in discourse.extraction.by_sentence[index] if m.start >= at), None)
    if (
        welcomed is None
        or welcomed.key not in discourse.members
        or welcomed.start - at > _WELCOMED_WITHIN
        or "," in text[at : welcomed.start]
        or (place := _TO_PLACE.match(text, welcomed.end, end)) is None
    ):
        return None
    # "... welcomed Dar in Kabul and said ...": the words that follow are his.
    rest = text[place.end() : end].casefold().split()
    said = "and" in rest and not discourse.vocabulary.verb_words.isdisjoint(
        rest[rest.index("and") + 1 :][:_AND_VERB_WITHIN]
    )
    return None if said else "welcome"


_REPORT_OPENING = 40  # characters from a verb to the "that" of its content, at most


def _reports_sides(vocabulary: _Vocabulary, text: str, at: int, end: int) -> bool:
    """
    Whether the words after a verb at *at* are what the sides did: "said both sides discussed".

    Someone the calls do not have who says so ("Balkhi said both sides discussed the railway",
    "wrote on X that both sides agreed ...") relays the call, as a spokesperson does.
    """
    # "said that", "wrote on X that", "said in a statement:".
    content = _CONTENT.search(text, at, min(end, at + _REPORT_OPENING))
    at = content.end() if content is not None else at
    return vocabulary.joint.match(text, at, end) is not None or _agenda_clause(
        vocabulary, text, at, end
    )


def _committed_side(
    candidates: list[_Candidate], text: str, end: int, discourse: Discourse
) -> _Scan | None:
    """
    A side that opens a sentence and says what it will do: "The Kenyan side is willing to ...".

    What a country is willing, ready or going to do is said by its own side, not by the
    speaker before of another side (whose own side's words go on as a continuation).
    """
    first = candidates[0] if candidates else None
    if (
        first is None
        or discourse.current is None  # after background: see resumed
        or first.kind not in {"description", "country"}
        or first.key is None
        or first.key == discourse.current
    ):
        return None
    modal = discourse.vocabulary.modal.match(text, first.end + 1, end)
    if modal is None:
        return None
    return _Scan("speaker", first.key, _RULES[first.kind], modal.group(), first.country)


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# The fewest characters of a clause of agenda before its attribution ("They discussed X, ").
_SHORTEST_AGENDA = 16


def _active(vocabulary: _Vocabulary, found: re.Match[str] | None) -> re.Match[str] | None:
    """
    A verb after its subject, unless a passive makes it a plan for the subject.

    "Wang is expected to hold talks", "was invited to attend": no words of Wang's; "Wekesa was
    reported to favour a ceasefire" still reports hers.
    """
    if found is None or found.group("verb").casefold() not in vocabulary.passive_plans:
        return found
    text, at = found.string, found.end("verb")
    if not text.startswith(" to ", at):
        return found
    # "is expected to", "is also expected to", "are now widely expected to".
    before = text[max(0, found.start("verb") - 40) : found.start("verb")].casefold().split()
    while before and before[-1] not in _BE and before[-1] in vocabulary.adverbs:
        before.pop()
    return None if before and before[-1] in _BE else found


def _inverted(vocabulary: _Vocabulary, text: str, start: int, at: int) -> re.Match[str] | None:
    """
    A reporting verb before its subject at offset *at*.

    ", said Wang", "It quoted Qureshi as saying", "According to him". After a comma, a quote
    or the sentence's start only: in "Wang said he was ...", "he" is no subject of "said".
    """
    floor = max(start, at - 30)
    if at <= floor or not text[at - 1].isspace():
        return None  # the verb and its spaces end right before the subject
    # A quick first test: the word before the subject (or before its "the", "to") ends with
    # the last word of an inverted verb.
    words = text[floor:at].split()
    ends = words[-2:] if words and words[-1] in {"the", "to"} else words[-1:]
    if not any(
        map(str.endswith, map(str.casefold, ends), itertools.repeat(vocabulary.inverted_ends))
    ):
        return None
    found = vocabulary.before.search(text, floor, at)
    if found is None:
        return None
    if found.group("verb").casefold() in {"quoted", "according to"}:
        return found
    lead = text[start : found.start()].rstrip()
    return found if not lead or lead[-1] in ',"“:;(—–-' else None


# Inverted verbs whose speaker follows as their object, with a title before the name at times
# ("It quoted Foreign Minister Qureshi as saying", "According to Foreign Minister Qureshi").
_OBJECT_VERBS = ("quoted ", "according to ")
_OBJECT_VERB_WORDS = frozenset({"quoted", "according"})  # a word of each, as tokens() reads
_TITLE_REACH = 90  # characters of a title between such a verb and the name


def _inverted_over_title(
    vocabulary: _Vocabulary, text: str, start: int, at: int
) -> re.Match[str] | None:
    """:func:`_inverted` before the title that stands before a subject at offset *at*."""
    floor = max(start, at - _TITLE_REACH)
    window = text[floor:at].casefold()
    for verb in _OBJECT_VERBS:
        found = window.rfind(verb)
        title = floor + found + len(verb)
        if found != -1 and title < at and _TITLE_ONLY.fullmatch(text, title, at):
            return _inverted(vocabulary, text, start, title)
    return None


# After a reporting verb, its subject again as a pronoun: "said (that) he ...", 'wrote: "I'.
_AGAIN = re.compile(
    r"\s*[,:]?\s*(?:that\s+)?[\"“]?(?:he|she|they|we|I)\s+(?:(?:had|has|have|also)\s+)*"
)
# "I met today with X to discuss ...": a contact and what it was for, the agenda.
_CONTACT_TO_DISCUSS = re.compile(
    r"(?:met|meet|spoke|talked|held talks|had a (?:phone )?call)\b[^.;\"”]{0,160}?"
    r"\bto (?:discuss|review|exchange views)\b"
)


def _reports_agenda(text: str, at: int, end: int) -> bool:
    """Whether the words after a verb at *at* say what the speaker discussed: the agenda."""
    again = _AGAIN.match(text, at, end)
    if again is None:
        return False
    words = text[again.end() : min(end, again.end() + 200)].casefold().lstrip('"“')
    return (
        engagement_cues().agenda.match(words[:40]) is not None
        or _CONTACT_TO_DISCUSS.match(words) is not None
    )


# What opens a clause that only places what follows: "After the talks, X told reporters".
_ADVERBIAL = re.compile(
    r"[\s\W]*(?:[A-Z][a-z]+ing|In|During|At|After|Before|On|Following|Later|Earlier|Also|Then|"
    r"Afterwards|Separately|Meanwhile|Speaking|Addressing)\b"
)
_SHORTEST_CLAUSE = 3  # words


def _said_before(text: str, start: int, at: int) -> bool:
    """
    Whether words said stand before a subject at *at*: a quotation, or a clause after a comma.

    '"...," X told reporters', "Pakistan wants peace, X told reporters"; not "After the talks,
    X told reporters", which places what X says next.
    """
    if _QUOTED_BEFORE.search(text, start, at):
        return True
    before = text[start:at].rstrip()
    return (
        before.endswith(",")
        and len(before.split()) >= _SHORTEST_CLAUSE
        and not _ADVERBIAL.match(before)
    )


def _agenda_before(vocabulary: _Vocabulary, text: str, start: int, at: int) -> bool:
    """
    Whether the clause before an attribution at *at* says what the participants discussed.

    "The talks focused on trade, Dar said", "They discussed security, said Dar", "...,
    according to Dar": a joint subject or the engagement, then an agenda cue.
    """
    if at - start < _SHORTEST_AGENDA or not text[start:at].rstrip().endswith((",", "to")):
        return False  # the commonest case: the attribution opens the sentence
    return _agenda_clause(vocabulary, text, start, at)


def _agenda_clause(vocabulary: _Vocabulary, text: str, start: int, end: int) -> bool:
    """Whether the words from *start* to *end* open with the sides' agenda: "They discussed"."""
    opening = vocabulary.agenda_subject.match(text, start, end)
    if opening is None:
        return False
    words = text[opening.end() : end].casefold().split()
    while words and words[0] in vocabulary.adverbs and words[0] not in _BE:
        words = words[1:]
    return engagement_cues().agenda.match(" ".join(words)) is not None


def _decided(scan: _Scan) -> Decision:
    if scan.kind == "joint":
        return Decision(None, scan.rule, joint=True, cue=scan.cue, reporter=scan.key)
    return Decision(
        scan.key, scan.rule, cue=scan.cue, unresolved=scan.key is None, country=scan.country
    )


def elsewhere(index: int, discourse: Discourse) -> Decision | None:
    """
    Words placed at another time than the call.

    "Earlier this week, Putin criticised ...", "In a speech to parliament last month, ...".
    """
    if index in discourse.anchors:
        return None
    folded = discourse.extraction.folded[index]
    vocabulary = discourse.vocabulary
    if vocabulary.displaced.match(folded) or vocabulary.displaced_openings.match(folded):
        return Decision(None, "elsewhere", position=False)
    return None


def explicit(index: int, discourse: Discourse) -> Decision | None:  # noqa: PLR0911
    """
    A subject next to a reporting verb, outside quotations.

    A name ("Wang said"), a pair ("Modi and Putin agreed"), a description ("the top US
    diplomat"), a country ("The US lauded"), a pronoun (", he added") or a joint subject ("the
    two sides agreed").

    Someone outside the calls who speaks is no position, unless an official page's speaker
    quotes them in their own paragraph ("President Xi Jinping once pointed out ..."), or the
    words they relay name a side ("the Islamic Emirate has demonstrated ..., Naim said").
    """
    if index in discourse.inside and discourse.quoted[index] is not None:
        return None  # the end of a quotation: its words are the attribution's (see quoted)
    scan = _scan(index, discourse, outside_quotes=True)
    if scan is None or scan.kind == "relay":
        return None
    if scan.kind in {"briefing", "plan"}:
        return Decision(None, scan.rule, position=False, cue=scan.cue)
    if scan.kind != "outsider":
        return _decided(scan)
    sentence = discourse.sentences[index]
    if (
        discourse.format is OutletFormat.OFFICIAL
        and discourse.current is not None
        and sentence.paragraph == discourse.last_paragraph
    ):
        return Decision(discourse.current, "quoting", cue=scan.cue)
    inner = _scan(index, discourse, outside_quotes=False, skip_outsiders=True)
    if inner is not None and inner.kind in {"speaker", "joint"} and inner.key is not None:
        return _decided(inner)._replace(rule="relayed")
    return Decision(None, "outsider", position=False, cue=scan.cue)


def quoted(index: int, discourse: Discourse) -> Decision | None:
    """Inside a quotation or a raw tweet: the speaker its attribution names."""
    key = discourse.quoted[index]
    if key is None:
        return None
    if index in discourse.extraction.engaged:  # '"X met Y yesterday evening. ...," he said'
        return Decision(None, "narrative", position=False)
    sentence = discourse.sentences[index]
    own = (
        discourse.vocabulary.joint_we.search(discourse.text, sentence.start, sentence.end)
        if "we" in discourse.extraction.words[index]
        else None
    )
    if own is not None:
        return Decision(None, "quoted", joint=True, cue=own.group("verb"))
    return Decision(key, "quoted")


def agenda(index: int, discourse: Discourse) -> Decision | None:
    """A sentence that names what the participants discussed: their shared agenda."""
    if not discourse.containing[index] or "agenda" not in discourse.labels[index]:
        return None
    folded = discourse.extraction.folded[index]
    pattern = engagement_cues().agenda
    match = pattern.search(folded)
    if match is None:
        return None
    prefix = folded[max(0, match.start() - 40) : match.start()]
    if engagement_cues().planned.search(prefix) or re.search(
        r"\b(?:should|must|need to|needs to|to be)\s+(?:\w+\s+)?$", prefix
    ):
        return None
    mentioned = {m.key for m in discourse.extraction.by_sentence[index]}
    members = set(discourse.pools(index)[0])
    outsiders = {k for k in mentioned - members if not discourse.extraction.people[k].relay}
    if outsiders and not mentioned & members:
        # Someone else's discussion, unless they report the sides' ("Balkhi said both sides
        # discussed ...": a relay, see _reports_sides).
        scan = _scan(index, discourse, outside_quotes=True)
        if scan is None or scan.kind != "relay":
            return None
    return Decision(None, "agenda", joint=True, cue=match.group())


def relayed(index: int, discourse: Discourse) -> Decision | None:  # noqa: PLR0911 - one return a kind of relay
    """
    A relay's words ("the ministry said", "the statement noted", a spokesperson's tweet).

    The participant or joint subject they report, else the current speaker goes on.
    """
    scan = _scan(index, discourse, outside_quotes=True)
    if scan is None or scan.kind != "relay":
        return None
    sentence = discourse.sentences[index]
    if discourse.vocabulary.commentators.search(discourse.text, sentence.start, scan.at):
        # 'A political analyst, Wahid Faqiri, said: "Qatar has played a key role"': comment.
        return Decision(None, "outsider", position=False, cue=scan.cue)
    # "... announced that both sides agreed ...", "The statement said the two ministers agreed".
    content = _CONTENT.search(discourse.text, scan.at, sentence.end)
    for words_at in (scan.at, *([content.end()] if content is not None else [])):
        joint = discourse.vocabulary.joint.match(discourse.text, words_at, sentence.end)
        if joint is not None and joint.group("verb") not in _MODALS:
            return Decision(None, "relayed", joint=True, cue=joint.group("verb"))
    inner = _scan(index, discourse, outside_quotes=False, skip_outsiders=True)
    if inner is not None and (
        inner.kind == "joint" or (inner.kind == "speaker" and inner.key is not None)
    ):
        return _decided(inner)._replace(rule="relayed")
    # "The Kremlin said Putin had also spoken with Raisi": the report of a call, no one's
    # words (see narrative), unless they name a side or a joint subject (above).
    reported = index in discourse.anchors
    # "Zhao added that China is ready to ...": the side of the country the words are about.
    side = _side_in(content.end(), index, discourse) if content is not None else None
    speaker = None if reported else side or discourse.current
    if speaker is not None:
        return Decision(speaker, "relayed", cue=scan.cue)
    if discourse.joint and not reported:
        return Decision(None, "relayed", joint=True, cue=scan.cue)
    return None


def _side_in(at: int, index: int, discourse: Discourse) -> str | None:
    """The participant of the country that is the subject of the clause at *at* ("China is")."""
    text = discourse.text
    country = _country_at(discourse.vocabulary, text, at, discourse.sentences[index].end)
    if country is None or _COUNTRY_VERB.match(text, country[1]) is None:
        return None
    return discourse.side(country[2], index)


def _pair(  # noqa: PLR0911 - one return a kind of pair
    candidates: list[_Candidate],
    number: int,
    text: str,
    end: int,
    discourse: Discourse,
) -> _Scan | None:
    """Two subjects joined by "and": "Modi and Putin agreed", "The NSA and Minister Wang Yi"."""
    first = candidates[number]
    for second in candidates[number + 1 : number + 3]:
        if text.find("and", first.end, second.start) == -1:
            continue  # the commonest case: no "and" between them
        joiner = _AND.match(text, first.end, second.start)
        if joiner is None:
            continue
        titles = _TITLE_WORDS.match(text, joiner.end(), second.start)
        if titles is None or titles.end() != second.start:
            continue
        if second.kind not in {"name", "description", "country"}:
            return None
        keys = {first.key, second.key} - {None}
        countries = {first.country, second.country} - {None}
        if len(keys) < 2 and len(countries) < 2:
            return None
        verb = discourse.vocabulary.after.match(text, second.end, end)
        if verb is not None:
            return _Scan("joint", rule="joint_subject", cue=verb.group("verb"))
        agenda = _PAIR_AGENDA.match(text, second.end, end)
        if agenda is not None:  # "Bilawal and Blinken discussed ..."
            return _pair_agenda(agenda, text, end)
        modal = discourse.vocabulary.modal.match(text, second.end + 1, end)
        if modal is None or discourse.current is not None:
            return None
        return _Scan("joint", rule="joint_subject")
    return None


def _pair_agenda(agenda: re.Match[str], text: str, end: int) -> _Scan | None:
    """A pair's verb: joint, unless it only reports the contact ("held talks in Islamabad")."""
    verb = agenda.group("verb")
    if verb in _PAIR_CONTACTS and not _names_a_topic(text, agenda.end(), end):
        return None  # the call, no one's words ("held talks on Afghanistan" has a topic)
    return _Scan("joint", rule="joint_subject", cue=verb)


def narrative(index: int, discourse: Discourse) -> Decision | None:
    """A sentence that reports the call itself, a contact that is no call, or an outsider."""
    extraction = discourse.extraction
    anchors = {call.anchor for call in extraction.calls}
    labels = discourse.labels[index]
    if index in anchors or NARRATIVE in labels:
        return Decision(None, "narrative", position=False)
    sentence = discourse.sentences[index]
    commentator = discourse.vocabulary.commentator_subject.match(
        discourse.text, sentence.start, sentence.end
    )
    if commentator is not None and not any(
        m.key in discourse.members and m.start < commentator.end()
        for m in extraction.by_sentence[index]
    ):
        # "Kenyan experts said ...", "A Nairobi-based analyst said ...": comment, no side's.
        return Decision(None, "outsider", position=False, cue=commentator.group("verb"))
    # A participant, someone else and a contact wording, with no one's words: a report of
    # contact that is no call (planned, denied, past): "Wang will meet Okello next week."
    named = {m.key for m in extraction.by_sentence[index] if not extraction.people[m.key].relay}
    if (
        len(named) >= 2
        and not named.isdisjoint(discourse.members)
        and any(label.startswith(CONTACT) for label in labels)
    ):
        return Decision(None, "narrative", position=False)
    in_paragraph = sentence.paragraph == discourse.last_paragraph and discourse.current
    outsiders = any(
        m.key not in discourse.members and not extraction.people[m.key].relay
        for m in extraction.by_sentence[index]
    )
    if outsiders and not (discourse.format is OutletFormat.OFFICIAL and in_paragraph):
        return Decision(None, "outsider", position=False)
    if extraction.dates[index] and not in_paragraph:
        return Decision(None, "narrative", position=False)
    return None


def other_subject(index: int, discourse: Discourse) -> Decision | None:  # noqa: PLR0911
    """
    Another participant opens the sentence as its subject: the speaker before does not go on.

    "Wekesa called the relations excellent" after Wang's words is Wekesa's, whatever her verb
    (one the reporting verbs do not hold); "Wekesa arrived in Beijing", with a verb of
    movement or of the visit (``narrative_verbs``), is background.
    """
    if discourse.current is None and not discourse.joint:
        return None  # no one to go on: as before (see continuation)
    sentence = discourse.sentences[index]
    opening = discourse.vocabulary.other_subject.match(discourse.text, sentence.start, sentence.end)
    if opening is None:
        return None
    mention = next(
        (m for m in discourse.extraction.by_sentence[index] if m.start >= opening.end("lead")),
        None,
    )
    if mention is None or mention.key not in discourse.members or mention.key == discourse.current:
        return None
    if not _TITLE_ONLY.fullmatch(discourse.text, opening.end("lead"), mention.start):
        return None  # the name does not open the sentence
    if discourse.extraction.people[mention.key].relay:
        return None
    owned = _OWNED_WORDS.match(discourse.text, mention.end, sentence.end)
    if owned is not None:
        # "Okello's message was clear: ...": what the words of the one named say; another
        # thing of theirs ("Dar's visit came as ...") is background.
        # ("Okello's comments drew criticism": what others made of them.)
        stated_by = _VERB_AFTER.match(discourse.text, owned.end(), sentence.end)
        stated = stated_by is not None and stated_by.group("verb") in _COPULAS
        if owned.group(1) in discourse.vocabulary.speech_nouns and stated:
            return Decision(mention.key, "named_subject", cue=owned.group(1))
        return Decision(None, "background", position=False)
    after = _VERB_AFTER.match(discourse.text, mention.end, sentence.end)
    if after is None:
        return None
    verb = after.group("verb")
    if verb.casefold() in discourse.vocabulary.narrative_verbs:
        return Decision(None, "background", position=False)
    return Decision(mention.key, "named_subject", cue=verb)


# What a participant's words are, stated: "Okello's message was clear", "... view is that".
_COPULAS = frozenset({"was", "is", "remained", "remains", "has", "had"})
# A possessive after a name, and the noun it owns: "Okello's message", "Dar's remarks".
_OWNED_WORDS = re.compile(r"['’]s\s+(?:(?:main|key|central|clear|strong|firm)\s+)?([a-z]+)\b")
# A sentence's first word, capitalised: "Haroon" of "Haroon stressed ...".
_OPENING_WORD = re.compile(r"[\s\"“]*(?P<word>[A-Z][a-z][\w'’-]*)")


def unknown(index: int, discourse: Discourse) -> Decision | None:
    """
    One word that may be a name, no one's the text gives, before a reporting verb.

    "Haroon stressed ...": a position of no one known, with its diagnostic; not the words of
    the speaker before.
    """
    if discourse.quoted[index] is not None:
        return None
    sentence = discourse.sentences[index]
    opening = _OPENING_WORD.match(discourse.text, sentence.start, sentence.end)
    if opening is None or not _may_report(discourse, opening.end(), sentence.end):
        return None
    verb = _active(discourse.vocabulary, discourse.verb_after(index, opening.end()))
    if verb is None or _known_word(index, discourse, opening):
        return None
    if not may_be_name(opening.group("word"), discourse.gazetteer):
        return None
    return Decision(None, "unknown_subject", cue=verb.group("verb"), unresolved=True)


_FOLLOWING = re.compile(r"\s*([,(]|[\w'’-]+)")  # the word (or mark) after a subject


def _may_report(discourse: Discourse, at: int, end: int) -> bool:
    """
    Whether a reporting verb may follow offset *at*.

    The next word is one, or an adverb, or a comma or bracket opens an aside ("Haroon, for
    his part, said"). Tried before the verb's pattern, which most sentences fail at more cost.
    """
    found = _FOLLOWING.match(discourse.text, at, end)
    if found is None:
        return False
    word, vocabulary = found.group(1).casefold(), discourse.vocabulary
    return word in {",", "("} or word in vocabulary.verb_words or word in vocabulary.adverbs


def _known_word(index: int, discourse: Discourse, opening: re.Match[str]) -> bool:
    """
    Whether the word of *opening* is someone's or something's the text gives.

    A mention, a name the text wrote before ("Soreide's proposal ... Soreide said": someone
    outside the calls), or a country or capital ("Beijing said", a country's side).
    """
    word = opening.group("word")
    return (
        discourse.gazetteer.country(word) is not None
        or any(m.start == opening.start("word") for m in discourse.extraction.by_sentence[index])
        or _written_before(discourse.text, word, opening.start())
    )


def _written_before(text: str, word: str, at: int) -> bool:
    """Whether *word* stands as a whole word in ``text[:at]``."""
    found = text.find(word, 0, at)
    while found != -1:
        end = found + len(word)
        if not (found and text[found - 1].isalnum()) and not text[end : end + 1].isalnum():
            return True
        found = text.find(word, found + 1, at)
    return False


def continuation(index: int, discourse: Discourse) -> Decision | None:
    """No cue: the previous speaker goes on, within what the outlet's layout allows."""
    sentence = discourse.sentences[index]
    if discourse.current is None and not discourse.joint:
        return resumed(index, discourse)
    same_paragraph = sentence.paragraph == discourse.last_paragraph
    if discourse.format is OutletFormat.NEWS and not same_paragraph:
        folded = discourse.extraction.folded[index]
        if BACKGROUND in discourse.labels[index]:
            return Decision(None, "background", position=False)
        if discourse.stanced[index] and resumed(index, discourse) is not None:
            return Decision(discourse.current, "continuation")
        country = _country_subject(
            discourse.vocabulary, discourse.text, sentence.start, sentence.end
        )
        own = discourse.country_of(discourse.current)
        speaks_for_own = country is not None and own is not None and country[2] == own
        if not speaks_for_own and not folded.startswith(_QUOTE):
            return Decision(None, "background", position=False)
    if discourse.joint and discourse.current is None:
        return Decision(None, "continuation", joint=True)
    return Decision(discourse.current, "continuation")


def resumed(index: int, discourse: Discourse) -> Decision | None:
    """
    After background, a stance of the last speaker's own side: "China is willing to ...".

    Only a sentence whose subject is the last speaker's country and that holds a stance cue
    resumes them; anything else stays unattributed background.
    """
    last = discourse.last_speaker
    if last is None or not discourse.stanced[index]:
        return None
    sentence = discourse.sentences[index]
    country = _country_subject(discourse.vocabulary, discourse.text, sentence.start, sentence.end)
    if country is None or country[2] != discourse.country_of(last):
        return None
    return Decision(last, "resumed")


Strategy = Callable[[int, Discourse], "Decision | None"]

#: The ways a sentence's speaker is decided, most reliable first.
SPEAKER_STRATEGIES: tuple[Strategy, ...] = (
    elsewhere,
    explicit,
    agenda,
    quoted,
    relayed,
    narrative,
    other_subject,
    unknown,
    continuation,
)


def decide_speaker(index: int, discourse: Discourse) -> Decision:
    """The speaker of sentence *index*, by the first strategy that decides."""
    for strategy in SPEAKER_STRATEGIES:
        found = strategy(index, discourse)
        if found is not None:
            return found
    return Decision(None, _NONE, position=False)
