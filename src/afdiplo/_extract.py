"""
Stage 4: calls, their participants, media, initiators and dates.

Each body sentence is asked whether it reports an engagement (:mod:`afdiplo._engage`). One
that names someone no earlier call has starts a new call; one that adds attendees to the
engagement just reported ("The meeting was attended by ...") joins it; one that names only
people of an earlier call belongs to it, unless it dates itself on another day ("The last time
both leaders held a telephone talk was on July 5"). Everything that is read leaves its offsets;
every guess leaves a diagnostic.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from typing import TYPE_CHECKING

import attrs

from afdiplo._cues import sentence_cues
from afdiplo._data import read_json
from afdiplo._dates import (
    DATE_PHRASE,
    MONTH_PHRASE,
    PERIOD_PHRASE,
    RELATIVE_PHRASE,
    DateReading,
    date_phrases,
    month_of,
    parse_day,
    parse_timestamp,
    resolve,
    resolve_month,
    resolve_period,
    resolve_relative,
)
from afdiplo._describe import describer
from afdiplo._engage import (
    SEVERAL,
    Context,
    cues,
    detect_engagement,
    has_pronoun_subject,
    joint_subject,
    medium_in,
    separate_calls,
)
from afdiplo._offices import holder
from afdiplo._patterns import TWEET_SIGNATURE, alternation, quoted_spans, tokens, word_keys
from afdiplo._people import Mention, PersonDraft, find_people, names_an_office_only
from afdiplo.exceptions import DataFileError
from afdiplo.model import Medium, OutletFormat, Severity

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from afdiplo._options import ParseOptions
    from afdiplo._segment import Layout, Sentence
    from afdiplo.gazetteer import Gazetteer

__all__ = ["CallDraft", "DiagnosticDraft", "Extraction", "away_from_home", "extract_calls"]


@attrs.frozen
class DiagnosticDraft:
    """A diagnostic in normalised offsets."""

    code: str
    message: str
    span: tuple[int, int] | None
    severity: Severity
    #: The number of the call it is about, if any: dropped with the call if stage 5 leaves it out.
    call: int | None = None


@attrs.define
class CallDraft:
    """One call as extraction found it; offsets are those of the normalised text."""

    anchor: int  # index of the anchor sentence
    participants: list[str]
    medium: Medium = Medium.OTHER
    date: dt.date | None = None
    date_span: tuple[int, int] | None = None
    partial: tuple[int | None, int | None, int | None, int | None] | None = None
    initiator: str | None = None
    sentences: list[int] = attrs.Factory(list)
    rule: str = "named_contact"
    one_sided: bool = False
    attended: bool = False  # an event attended: complete with one named participant


@attrs.frozen
class Extraction:
    """What stage 4 hands on: calls, people, mentions, the publication time, diagnostics."""

    calls: tuple[CallDraft, ...]
    people: dict[str, PersonDraft]
    mentions: tuple[Mention, ...]
    by_sentence: tuple[tuple[Mention, ...], ...]  # the mentions of each body sentence
    dates: tuple[tuple[re.Match[str], ...], ...]  # the date phrases of each body sentence
    folded: tuple[str, ...]  # each body sentence casefolded
    published: dt.datetime | None
    diagnostics: tuple[DiagnosticDraft, ...]
    engaged: frozenset[int] = frozenset()  # the sentences that report an engagement
    #: The words of each body sentence, casefolded (runs of a-z and 0-9): a quick first test
    #: for the vocabularies of the later stages.
    words: tuple[frozenset[str], ...] = ()
    #: The labels of the cues each body sentence holds (:mod:`afdiplo._cues`).
    labels: tuple[set[str], ...] = ()


_STRONG = (Medium.VIDEO, Medium.PHONE, Medium.LETTER)
# The title words of a diplomat posted abroad: on an embassy's page, the embassy's own.
_DIPLOMATS = frozenset({"ambassador", "consul", "chargé", "charge", "attaché", "attache", "envoy"})
# Where an embassy or consulate is, at the end of its name: "... of China in Pakistan".
_IN_HOST = re.compile(
    r"\b(?i:embassy|consulate|high commission|mission)\b.*?\bin\s+(?:the\s+)?"
    r"(?P<host>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)\s*$"
)
# A place after "in" or "at": "in Kabul", "at the Doha ..." (a capital decides, see _capitals).
_AT_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_MENTION_START = operator.attrgetter("start")
# A name right after these is an object ("met with X"), not the sentence's subject.
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|by|from|of|met|and)\s+$")
_SAME_DAY = re.compile(
    r"\b(?:on )?the same day\b|\blater that day\b|\bearlier that day\b", re.IGNORECASE
)
# "Yi also met with Baradar": with no date of its own, the day of the engagement before.
_ALSO = re.compile(r"\b(?:also|separately|then|afterwards|subsequently|later)\b", re.IGNORECASE)
# "said on Tuesday": the day of the statement, a weaker witness of the call's day.
_REPORTED = re.compile(
    r"\b(?:said|says|stated|announced|reported|added|told \w+|posted|tweeted|wrote)"
    r"(?: on twitter| in a statement)?\s+(?:on\s+|late\s+|early\s+)?$"
)
# A day after these is no day of a call ("by Tuesday", "until 5 July", "next Friday", "a
# summit scheduled for Thursday").
_NOT_CALL_DAY = re.compile(
    r"\b(?:by|until|till|before|after|since|next|from|through|every|each|coming|following|for)"
    r"\s+$",
    re.IGNORECASE,
)
_DAYS_A_WEEK = 7
# The number a joint subject counts ("the three foreign ministers", "all four sides").
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A word of every joint subject ("both leaders", "the two sides"): a quick first test.
_JOINT_WORDS = frozenset(
    {
        "both",
        "two",
        "three",
        "four",
        "sides",
        "leaders",
        "ministers",
        "participants",
        "parties",
        "countries",
        "delegations",
        "presidents",
    }
)
_INITIATOR_REACH = 4  # who asked for a call is said at most this many sentences after it
_RECENT = 3  # an attendance sentence joins a call reported at most this many sentences before
# The sentences after a contact with a group of officials whose subjects may be its members,
# and how far into its sentence such a subject's title may start.
_GROUP_SENTENCES = 3
_GROUP_SUBJECT = 40
_ATTENDED = ("attendance",)


def _specificity(match: re.Match[str]) -> int:
    """0 for a date with its year or in numbers, 1 for a day and month, 2 for a weekday or day."""
    if match.group("weekday") is not None or match.group("ordinal") is not None:
        return 2
    return 0 if match.group("year1") or match.group("year2") or match.group("numeric") else 1


def _may_hold(folded: str, words: tuple[str, ...]) -> bool:
    """Whether *folded* holds one of *words*, or *words* is empty (nothing is sure)."""
    return not words or any(map(folded.__contains__, words))


# A place after "in": "in Kabul", "in the United Arab Emirates".
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def away_from_home(
    text: str,
    span: tuple[int, int],
    sides: tuple[str, str],
    people: dict[str, PersonDraft],
    country_of: Callable[[str], str | None],
) -> str | None:
    """
    Which of two *sides* the text of *span* places away from home, or None.

    The first place after "in" whose words open with a place *country_of* knows decides
    ("in Kabul", "in New Delhi"), when it is the country of one of them only.
    """
    for found in _IN_PLACE.finditer(text, *span):
        words = found.group("place").split()
        places = (" ".join(words[:size]) for size in range(len(words), 0, -1))
        country = next((c for p in places if (c := country_of(p))), None)
        if country is None:
            continue
        home = [key for key in sides if people[key].country == country]
        if len(home) != 1:
            return None
        return sides[1] if home[0] == sides[0] else sides[0]
    return None


def _place_country(gazetteer: Gazetteer, place: str) -> str | None:
    """The country *place* names: a country's name or alias, or a capital (not a demonym)."""
    if place.casefold() in _capitals(gazetteer) or place in _country_names(gazetteer):
        return gazetteer.country(place)
    return None


@functools.cache
def _country_names(gazetteer: Gazetteer) -> frozenset[str]:
    """Every country's name and alias as written."""
    return frozenset(n for c in gazetteer.countries for n in (c.name, *c.aliases))


@functools.cache
def _capitals(gazetteer: Gazetteer) -> frozenset[str]:
    """Every capital the gazetteer knows, casefolded: a place two met in."""
    return frozenset(capital.casefold() for c in gazetteer.countries for capital in c.capitals)


@functools.cache
def _verbs_after_name() -> re.Pattern[str]:
    """A verb of speech or contact right after a name ("Yolov, submitted", "Naim said")."""
    speech = read_json("lexicons", "speech.json")
    try:
        forms = {f for forms in speech["verbs"].values() for f in forms}
    except (KeyError, AttributeError) as err:
        msg = f"expected verbs in data/lexicons/speech.json ({err!r})"
        raise DataFileError(msg) from err
    forms |= {"met", "meets", "held", "holds", "spoke", "speaks", "talked", "hosted", "received"}
    forms |= {"submitted", "presented", "attended", "visited", "called", "phoned", "telephoned"}
    return re.compile(
        rf",?\s+(?:(?:also|then|later|further|again|in turn)\s+)?(?:{alternation(forms)})\b"
    )


# Two or more capitalised names joined by commas and "and": "China, Pakistan and Afghanistan",
# "the Chinese, Pakistani and Afghan".
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_NAME_LIST = re.compile(rf"(?:(?:the )?{_NAME}, )*(?:the )?{_NAME},? and (?:the )?{_NAME}")
_LIST_ITEMS = re.compile(r",? and (?:the )?|, ")
# A plural title before "of" and the list ("the foreign ministers of ..."), or after it (in
# the three words after the list: "the Chinese and Russian foreign ministers").
_HEAD_BEFORE = re.compile(r"\b(?P<head>[A-Za-z]+)\s+(?:of|from)\s+(?:the\s+)?$")


@functools.cache
def _plural_heads() -> dict[str, str]:
    """The plurals of the titles' head nouns ("ministers", "secretaries"), each with its head."""
    titles = read_json("lexicons", "titles.json")
    try:
        heads = {h.casefold().split()[-1] for h in titles["heads"]}
    except (KeyError, AttributeError) as err:
        msg = f"expected heads in data/lexicons/titles.json ({err!r})"
        raise DataFileError(msg) from err
    plural = {}
    for head in heads:
        if head.endswith("y") and head[-2:-1] not in set("aeiou"):
            plural[head[:-1] + "ies"] = head
        elif head.endswith(("s", "sh", "ch", "x")):
            plural[head + "es"] = head
        else:
            plural[head + "s"] = head
    return plural


# The words of a page's title that link two people: a country word before one is not the
# other's ("Chinese Ambassador Jiang Meets with Pakistani Interior Minister Naqvi").
_TITLE_LINK = re.compile(
    r"\b(?:with|and|meets?|met|meeting|holds?|held|receives?|received|calls?|called|hosts?|"
    r"hosted|talks|to|from|by|for)\b|[,;:|–—]",
    re.IGNORECASE,
)


def _day_of(match: re.Match[str]) -> tuple[int, int] | str | None:
    """What a date phrase says of its day: (month, day), a weekday's name, or None."""
    weekday = match.group("weekday")
    if weekday is not None:
        return weekday.casefold()
    if match.group("numeric") is not None:  # "07.06.2022": read whole
        found = resolve(match, None).date
        return (found.month, found.day) if found else None
    if match.group("day") is None:
        return None  # "the 7th": no month to compare
    day = parse_day(match.group("day"), 2000)
    return (day.month, day.day) if day else None


class _Extractor:
    def __init__(
        self,
        text: str,
        layout: Layout,
        options: ParseOptions,
        source_country: str | None = None,
        fmt: OutletFormat = OutletFormat.NEWS,
    ) -> None:
        self.text = text
        self.source_country = source_country
        self.format = fmt
        self.layout = layout
        self.options = options
        self.sentences: tuple[Sentence, ...] = layout.sentences
        self.diagnostics: list[DiagnosticDraft] = []
        self.calls: list[CallDraft] = []
        self.dates: list[list[re.Match[str]]] = []
        # Each sentence casefolded, for the lowercase cue patterns, and its words.
        self.folded = [text[s.start : s.end].casefold() for s in self.sentences]
        self.words = [frozenset(tokens(folded)) for folded in self.folded]
        self.keys = [word_keys(words) for words in self.words]
        self.labels = sentence_cues(options.topics).labels_of(self.folded, self.words, self.keys)
        self.people: dict[str, PersonDraft] = {}
        self.by_sentence: list[list[Mention]] = []
        self.subjects: list[str | None] = []  # the discourse subject after each sentence
        self.engaged: set[int] = set()  # the sentences that report an engagement
        self.media: dict[int, Medium | None] = {}  # the medium each sentence names, once asked
        self.article_calls = 0  # the number of the first call of the current article
        self.by_anchor: dict[int, list[CallDraft]] | None = None  # calls by sentence, once

    def note(
        self,
        code: str,
        message: str,
        span: tuple[int, int] | None,
        severity: Severity,
        call: int | None = None,
    ) -> None:
        self.diagnostics.append(DiagnosticDraft(code, message, span, severity, call))

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def run(self) -> Extraction:
        published = self.published()
        regions = [(s.start, s.end) for s in self.sentences]
        people, mentions = find_people(
            self.text, regions, self.options.gazetteer, _verbs_after_name(), self.words
        )
        self.people = people
        self.dates = date_phrases(self.text, regions, self.words)
        self.by_sentence = self.mentions_by_sentence(mentions)
        calls = self.find_calls()
        self.calls = calls
        for number, call in enumerate(calls):
            self.assign_sentences(calls, number)
            self.find_medium(call, number)
            self.find_date(call, number, published.date() if published else None)
            self.find_principal(call, number, mentions, published.date() if published else None)
            self.find_initiator(call, number)
            self.find_title_country(call, number)
            self.find_own_side(call, number)
        return Extraction(
            tuple(calls),
            people,
            tuple(mentions),
            tuple(tuple(found) for found in self.by_sentence),
            tuple(tuple(found) for found in self.dates),
            tuple(self.folded),
            published,
            tuple(self.diagnostics),
            frozenset(self.engaged),
            tuple(self.words),
            tuple(self.labels),
        )

    def sentence_span(self, index: int) -> tuple[int, int]:
        sentence = self.sentences[index]
        return sentence.start, sentence.end

    def published(self) -> dt.datetime | None:
        found = None
        if self.layout.published is not None:
            phrase = self.text[slice(*self.layout.published)]
            found = parse_timestamp(phrase)
            if found is None:
                self.note(
                    "published.unreadable",
                    f"expected a publication time, found {phrase!r}",
                    self.layout.published,
                    Severity.WARNING,
                )
        given = self.options.published
        if given is None:
            return found
        if found is not None and found.date() != given.date():
            self.note(
                "published.conflict",
                f"the caller gave {given.isoformat()} as the publication time, the text shows "
                f"{found.isoformat()}; the caller's is used",
                self.layout.published,
                Severity.WARNING,
            )
        return given

    def mentions_by_sentence(self, mentions: list[Mention]) -> list[list[Mention]]:
        result: list[list[Mention]] = [[] for _ in self.sentences]
        sentences = self.sentences
        ends = [sentence.end for sentence in sentences]
        for mention in mentions:
            # The first sentence that ends after the mention starts: the one that holds it, if
            # any does.
            index = bisect.bisect_right(ends, mention.start)
            if index < len(sentences) and mention.start >= sentences[index].start:
                result[index].append(mention)
        return result

    # The discourse: who a sentence's pronoun or description subject is.

    def subject_of(self, index: int) -> str | None:
        """The person a pronoun or description opening sentence *index* names, if any."""
        sentence = self.sentences[index]
        text = self.sentence_text(index)
        previous = self.subjects[index - 1] if index > 0 else None
        if has_pronoun_subject(text):
            return previous
        described = describer(self.options.gazetteer)
        end = min(sentence.end, sentence.start + 80)
        # A title written short first: "EAM also met Foreign Minister Zarif".
        found = [
            *described.find_opening_short(self.text, sentence.start, end),
            *described.find(self.text, sentence.start, end),
        ]
        if not found:
            return None
        first = found[0]
        named = [m for m in self.by_sentence[index] if m.start < first.start]
        if named:
            return None
        pool = [k for k in self.people if not self.people[k].relay]
        # "The visiting minister also called on X": who visits in the meeting just reported.
        visitor = self.away(self.calls[-1]) if self.calls and described.is_visitor(first) else None
        return described.resolve(first, self.people, [pool], previous, visitor=visitor)[0]

    def away(self, call: CallDraft) -> str | None:
        """Which of the two sides of *call* its sentence places away from home ("in Kabul")."""
        if len(call.participants) != 2:
            return None
        gazetteer = self.options.gazetteer
        sentence = self.sentences[call.anchor]
        first, second = call.participants
        return away_from_home(
            self.text,
            (sentence.start, sentence.end),
            (first, second),
            self.people,
            functools.partial(_place_country, gazetteer),
        )

    def joint_of(self, index: int) -> tuple[str, ...]:
        """
        The participants "both leaders" or "the two sides" in sentence *index* name.

        Those of the call before; when the subject counts more ("the three foreign ministers"
        after two meetings of one minister's), the people of the article's calls, if they are
        as many.
        """
        if not self.calls or _JOINT_WORDS.isdisjoint(self.words[index]):
            return ()
        subject = joint_subject().search(self.folded[index])
        if subject is None:
            return ()
        last = tuple(self.calls[-1].participants)
        count = max((_COUNTS[w] for w in tokens(subject.group()) if w in _COUNTS), default=0)
        if count <= len(last):
            return last
        article = tuple(
            dict.fromkeys(k for call in self.calls[self.article_calls :] for k in call.participants)
        )
        return article if len(article) == count else last

    def described_of(self, index: int) -> tuple[str | None, ...]:
        """
        Who each description of sentence *index* names (None: no one, or several), in order.

        Relaying roles ("his spokesman") are left out: no side of a contact.
        """
        sentence = self.sentences[index]
        described = describer(self.options.gazetteer)
        found = described.find(self.text, sentence.start, sentence.end, self.words[index])
        if not found:
            return ()
        pool = [k for k in self.people if not self.people[k].relay]
        keys: list[str | None] = []
        reached = -1
        for description in found:
            if description.start < reached or described.is_relay(description):
                continue  # the same description found twice ("the" and "Taliban's")
            reached = description.end
            keys.append(described.resolve(description, self.people, [pool], None)[0])
        return tuple(keys)

    def group_of(self, index: int) -> tuple[str, ...]:
        """
        The people a plural title over a list of countries in sentence *index* names.

        "The foreign ministers of China, Pakistan and Afghanistan", "the Chinese and Russian
        leaders": of each country, the one person the text names with that country and title
        ((), unless each country of two has one; of three or more, two at least: "the foreign
        ministers of China, Russia, Iran and Pakistan", only two of whom the text names).
        """
        sentence = self.sentences[index]
        text = self.text
        plurals = _plural_heads()
        countries = describer(self.options.gazetteer).countries
        for listed in _NAME_LIST.finditer(text, sentence.start, sentence.end):
            before = _HEAD_BEFORE.search(
                text, max(sentence.start, listed.start() - 40), listed.start()
            )
            after = text[listed.end() : min(sentence.end, listed.end() + 40)].split()[:3]
            heads = [before.group("head").casefold()] if before else after
            head = next((plurals[w] for w in heads if w in plurals), None)
            if head is None:
                continue
            items = _LIST_ITEMS.split(listed.group())
            named = [countries.get(item.casefold().removeprefix("the ")) for item in items]
            if None in named or len(set(named)) != len(named):
                continue
            keys = [self.one_of(country, head) for country in named if country is not None]
            found = tuple(k for k in keys if k is not None)
            if None not in keys or (len(keys) >= SEVERAL and len(found) >= SEVERAL - 1):
                return found
        return ()

    def one_of(self, country: str, head: str) -> str | None:
        """The one person the text names of *country*, with *head* in their title if several."""
        found = [k for k, p in self.people.items() if not p.relay and p.country == country]
        if len(found) > 1:
            found = [k for k in found if head in self.people[k].words]
        return found[0] if len(found) == 1 else None

    def track_subject(self, index: int) -> None:
        """Who sentence *index* is about: its first named subject, else who it was before."""
        previous = self.subjects[index - 1] if index > 0 else None
        text = self.text
        for mention in self.by_sentence[index]:
            draft = self.people[mention.key]
            before = text[max(self.sentences[index].start, mention.start - 14) : mention.start]
            if draft.relay or _OBJECT_BEFORE.search(before):
                continue
            self.subjects.append(mention.key)
            return
        self.subjects.append(previous)

    def context(self) -> Context:
        return Context(
            self.text,
            tuple((s.start, s.end) for s in self.sentences),
            tuple(self.folded),
            tuple(tuple(m) for m in self.by_sentence),
            self.people,
            self.subject_of,
            self.joint_of,
            self.described_of,
            self.group_of,
            self.after_event,
            tuple(self.keys),
            tuple(self.labels),
        )

    def after_event(self, index: int) -> bool:
        """Whether the article's call before sentence *index* is an event of several."""
        if len(self.calls) <= self.article_calls:
            return False
        last = self.calls[-1]
        return last.anchor < index and (last.attended or len(last.participants) >= SEVERAL)

    def find_calls(self) -> list[CallDraft]:
        context = self.context()
        calls = self.calls
        last_engaged = -1  # the last sentence that reported an engagement with parties
        # The participants of the calls so far, of this article only: a text that holds several
        # readouts has each one's calls. (Kept as a set: going through the calls for every
        # sentence cost the square of their number.)
        known: set[str] = set()
        article = 0
        for index in range(len(self.sentences)):
            self.track_subject(index)
        for index in range(len(self.sentences)):
            if self.sentences[index].article != article:
                article, known, self.article_calls = (
                    self.sentences[index].article,
                    set(),
                    len(calls),
                )
            found = detect_engagement(index, context)
            if found is None:
                continue
            self.engaged.add(index)
            parties = list(found.parties)
            if not parties:
                continue
            new = [k for k in parties if k not in known]
            known.update(parties)
            current = calls[-1] if len(calls) > self.article_calls else None
            if (
                found.refers_back
                and current is not None
                and (index - last_engaged <= _RECENT or found.opens_with_it)
                and new
            ):
                current.participants += new
                current.attended = current.attended or found.rule in _ATTENDED
            elif (
                new
                and current is not None
                and (
                    self.completes(current, parties, index)
                    # "X held talks with Taliban officials. During the meeting with Baradar,
                    # ...": the meeting just reported, and its other side named.
                    or (
                        found.one_sided
                        and index - last_engaged <= _RECENT
                        and self.names_other_side(current, index)
                    )
                )
            ):
                current.participants += new
                current.one_sided = False
            elif (
                not new
                and found.rule == "attendance"
                and len(parties) >= SEVERAL
                and all(set(c.participants) != set(parties) for c in calls[self.article_calls :])
            ):
                # "Later, the three foreign ministers attended the trilateral dialogue", after
                # meetings of two of them each: a meeting of all three.
                calls.append(self.call(index, parties, found.rule, one_sided=False))
            elif new or self.another_day(index, parties, repeated=found.rule == "repeated_contact"):
                # Another month may stand in the sentence before (see month_anchor).
                anchor = index if new else (self.month_anchor(index, parties) or index)
                # "Putin phoned Khan and Xi": a call with each (see separate_calls).
                calls.extend(
                    self.call(anchor, each, found.rule, one_sided=found.one_sided)
                    for each in separate_calls(index, context, found.parties)
                )
            else:
                continue
            last_engaged = index
        self.add_tweet_authors(calls)
        self.add_group_members(calls)
        return calls

    def add_group_members(self, calls: list[CallDraft]) -> None:
        """
        The officials who speak right after a contact with a group no name gives.

        "X held talks with Western officials in Doha. U.S. special representative Y said ...":
        Y, named with a title and of another country than X's, before any other engagement and
        before X is the subject again.
        """
        group_object = cues().group_object
        for number, call in enumerate(calls):
            if not call.one_sided or call.attended or len(call.participants) != 1:
                continue
            if group_object.search(self.folded[call.anchor]) is None:
                continue
            side = self.people[call.participants[0]].country
            later = (c.anchor for c in calls[number + 1 :] if c.anchor > call.anchor)
            stop = min(next(later, len(self.sentences)), call.anchor + 1 + _GROUP_SENTENCES)
            for index in range(call.anchor + 1, stop):
                if self.sentences[index].article != self.sentences[call.anchor].article:
                    break
                first = next(iter(self.by_sentence[index]), None)
                if first is not None and first.key == call.participants[0]:
                    break  # the named side speaks again: whoever comes later is no member
                if first is None or first.key in call.participants:
                    continue
                person = self.people[first.key]
                sentence = self.sentences[index]
                if (
                    person.title is not None
                    and not person.relay
                    and person.country not in {None, side}
                    and 0 <= person.title[0] - sentence.start <= _GROUP_SUBJECT
                ):
                    call.participants.append(first.key)
                    call.one_sided = False

    def add_tweet_authors(self, calls: list[CallDraft]) -> None:
        """'Spoke with X today ... — Y (@handle) June 9, 2022': a tweet's contact is Y's."""
        for call in calls:
            author = self.tweet_author(call.anchor) if call.one_sided else None
            if author is not None and author not in call.participants:
                call.participants.insert(0, author)
                call.one_sided = False

    def tweet_author(self, index: int) -> str | None:
        """The person who signs the tweet sentence *index* stands in, if its paragraph is one."""
        paragraph = self.sentences[index].paragraph
        last = index
        while last + 1 < len(self.sentences) and self.sentences[last + 1].paragraph == paragraph:
            last += 1
        sentence = self.sentences[last]
        if self.text.find("(@", sentence.start, sentence.end) == -1:
            return None  # the commonest case: no handle
        signature = TWEET_SIGNATURE.search(self.text, sentence.start, sentence.end)
        if signature is None:
            return None
        return next(
            (m.key for m in self.by_sentence[last] if m.start >= signature.start("who")), None
        )

    def call(self, index: int, parties: list[str], rule: str, *, one_sided: bool) -> CallDraft:
        ordered = sorted(dict.fromkeys(parties), key=lambda k: self.people[k].first)
        return CallDraft(
            anchor=index,
            participants=ordered,
            rule=rule,
            one_sided=one_sided,
            attended=rule in _ATTENDED,
        )

    def completes(self, current: CallDraft, parties: list[str], index: int) -> bool:
        """Whether a sentence names the other side of a one-sided call just reported."""
        if not current.one_sided or current.attended:
            return False
        if not set(current.participants) <= set(parties):
            return False
        days, before = self.explicit_days(index), self.explicit_days(current.anchor)
        return not days or not before or days == before

    def names_other_side(self, current: CallDraft, index: int) -> bool:
        """
        Whether sentence *index* opens on the one-sided call just reported, naming its side.

        "During the meeting with Baradar, ...": on the same day, if both sentences give theirs.
        """
        if not current.one_sided or current.attended:
            return False
        if cues().contact_reference.match(self.folded[index]) is None:
            return False
        days, before = self.explicit_days(index), self.explicit_days(current.anchor)
        return not days or not before or days == before

    def explicit_days(self, index: int) -> set[tuple[int, int] | str]:
        return {d for m in self.dates[index] if (d := _day_of(m)) is not None}

    def another_day(self, index: int, parties: list[str], *, repeated: bool) -> bool:
        """
        Whether the people of an earlier call meet again on another day in sentence *index*.

        Both must name their day ("on 5 July", "on 22 July"), unless the sentence speaks of
        the same people again without naming them ("The last time both leaders held a
        telephone talk was on July 5").
        """
        days = {d for d in self.explicit_days(index) if isinstance(d, tuple)}
        if not days:
            return self.another_month(index, parties)
        for call in self.calls[self.article_calls :]:
            if set(parties) <= set(call.participants):
                before = {d for d in self.explicit_days(call.anchor) if isinstance(d, tuple)}
                return not (days & before) if before else repeated
        return False

    def assign_sentences(self, calls: list[CallDraft], number: int) -> None:
        call = calls[number]
        # Calls one sentence reports together ("Putin phoned Khan and Xi") share its sentences.
        first = 0 if calls[0].anchor == call.anchor else call.anchor
        last = next((c.anchor for c in calls[number + 1 :] if c.anchor != call.anchor), None)
        last = len(self.sentences) if last is None else last
        call.sentences = list(range(first, last))

    def find_medium(self, call: CallDraft, number: int) -> None:
        clause = self.clause_of(call)
        if clause is not None:
            # "... spoke by telephone with Y, and on Tuesday received Z": a phone call with Y
            # and a meeting with Z.
            own = medium_in(self.text[slice(*clause)].casefold())
            if own is not None:
                call.medium = own
                return
        found = self.medium_of(call.anchor)
        if found in _STRONG:
            call.medium = found
            return
        # A neighbour that names someone outside this call speaks of another engagement ("In
        # the call with Raab, ..." after "Wang last month hosted Baradar").
        neighbours = [
            i
            for i in (call.anchor - 1, call.anchor + 1)
            if i in call.sentences and all(m.key in call.participants for m in self.by_sentence[i])
        ]
        near = next((m for m in self.media_near(call, neighbours) if m in _STRONG), None)
        if near is not None:
            call.medium = near
            return
        if found is None and not call.attended and self.spoken_by_phone(call, number):
            call.medium = Medium.PHONE
            return
        call.medium = found or Medium.MEETING if call.attended else found or Medium.OTHER

    def spoken_by_phone(self, call: CallDraft, number: int) -> bool:
        """
        Whether a call "spoke with" or "talked to" reports, with no medium named, is by phone.

        English diplomatic usage says "met" of a meeting: "Secretary Blinken spoke today with",
        "Modi spoke to Merkel about ..." report calls. Not when the sentence places the two
        together ("on the sidelines of", "during his visit", "in Kabul"). A guess: a diagnostic
        says so.
        """
        start, end = self.clause_of(call) or self.sentence_span(call.anchor)
        folded = self.text[start:end].casefold()
        spoken = cues().spoken_contact.search(folded)
        if spoken is None or cues().in_person.search(folded):
            return False
        capitals = _capitals(self.options.gazetteer)
        for place in _AT_PLACE.finditer(self.text, start, end):
            words = place.group("place").split()
            if any(" ".join(words[:size]).casefold() in capitals for size in range(1, 4)):
                return False  # "spoke with Muttaqi in Kabul"
        self.note(
            "call.medium-inferred",
            f"read {spoken.group()!r} as a phone call: no medium is named, and English "
            "diplomatic usage says 'met' of a meeting",
            (start + spoken.start(), start + spoken.end()),
            Severity.INFO,
            number,
        )
        return True

    def media_near(self, call: CallDraft, neighbours: list[int]) -> Iterator[Medium | None]:
        """The media the neighbours name, then the title of a call that opens the text."""
        for index in neighbours:
            yield self.medium_of(index)
        if call.sentences and call.sentences[0] == 0 and self.layout.title:
            yield medium_in(self.text[slice(*self.layout.title)].casefold())

    def medium_of(self, index: int) -> Medium | None:
        """:func:`medium_in` sentence *index*, worked out once (calls share sentences)."""
        if index not in self.media:
            self.media[index] = medium_in(self.folded[index], self.words[index], self.keys[index])
        return self.media[index]

    def is_call_date(self, match: re.Match[str]) -> bool:
        """
        Whether a phrase can date a call: "on Monday", "Ghani Thursday met", "on 5 July".

        Not a day that bounds or follows something else: "by Tuesday", "by August 15", "until
        5 July", "a summit scheduled for Thursday".
        """
        if match.group().split()[0].casefold() in {"on", "last", "this"}:
            return True
        return not _NOT_CALL_DAY.search(self.text, max(0, match.start() - 12), match.start())

    def clause_of(self, call: CallDraft) -> tuple[int, int] | None:
        """
        The part of its sentence that reports *call*, when the sentence reports several.

        "X on Monday spoke by telephone with Y, and on Tuesday received Z": from the
        sentence's start to Y's name for the call with Y, from there to Z's for the one with
        Z. None for a call that has its sentence to itself.
        """
        if self.by_anchor is None:  # made once: a scan of every call for each cost a square
            self.by_anchor = {}
            for each in self.calls:
                self.by_anchor.setdefault(each.anchor, []).append(each)
        sharing = self.by_anchor[call.anchor]
        if len(sharing) < 2:  # the commonest case
            return None
        common = set.intersection(*(set(c.participants) for c in sharing))
        ends: list[tuple[int, CallDraft]] = []
        for other in sharing:
            own = set(other.participants) - common
            found = [m.end for m in self.by_sentence[call.anchor] if m.key in own]
            if not found:
                return None
            ends.append((min(found), other))
        ends.sort(key=lambda pair: pair[0])
        start = self.sentences[call.anchor].start
        for end, other in ends:
            if other is call:
                return start, end
            start = end
        return None

    def find_date(self, call: CallDraft, number: int, published: dt.date | None) -> None:
        clause = self.clause_of(call)
        if clause is not None:
            # Each call of the sentence by the day its own part names, if it names one.
            own = [
                m
                for m in self.dates[call.anchor]
                if clause[0] <= m.start() < clause[1] and self.is_call_date(m)
            ]
            if own:
                self.take_date(call, own[0], published, number)
                return
        order = [call.anchor, *(i for i in call.sentences if i != call.anchor)]
        if all(len(c.participants) < 2 for c in self.calls[:number]):
            # The first call with two sides (passing mentions before it are left out later)
            # may be dated by the lines before it.
            taken = set(order)
            order += [i for i in range(call.anchor) if i not in taken]
        candidates = [
            match
            for index in order
            # Within a sentence, "June 15, 2022" says more than "Wednesday" beside it.
            for match in sorted(filter(self.is_call_date, self.dates[index]), key=_specificity)
        ]
        direct = [
            m
            for m in candidates
            if not _REPORTED.search(self.text, max(0, m.start() - 40), m.start())
        ]
        anchor = self.sentences[call.anchor]
        in_anchor = [m for m in candidates if anchor.start <= m.start() < anchor.end]
        if number > 0 and not in_anchor and self.same_day(call, number):
            return
        # ("... told him that "today's era is not an era of war"": a quotation's words date
        # no call, unless they report it: '“I met today with Foreign Minister Wang Yi”'.)
        quoted = quoted_spans(self.text, anchor.start, anchor.end)
        relative = next(
            (
                m
                for m in RELATIVE_PHRASE.finditer(self.text, anchor.start, anchor.end)
                if (opened := next((a for a, b in quoted if a < m.start() < b), None)) is None
                or any(
                    x.key in call.participants and opened < x.start
                    for x in self.by_sentence[call.anchor]
                )
            ),
            None,
        )
        if relative is not None and not in_anchor:
            reading = self.relative_day(relative, call.anchor, published)
            call.date, call.date_span, call.partial = reading.date, relative.span(), reading.partial
            severity = Severity.INFO if reading.date else Severity.WARNING
            self.note(reading.code or "", reading.message, relative.span(), severity, number)
            return
        if not in_anchor and self.date_by_period(call, number, published):
            return
        dateline = self.dateline_before(call.anchor) if number == 0 else None
        weekday: re.Match[str] | None = None
        for match in direct[:1] or candidates[:1]:
            reading = resolve(match, published)
            if (
                reading.date is None
                and match.group("weekday")
                and dateline is not None
                and not self.several_weekdays(call, match.group("weekday"))
            ):
                # "MOSCOW, July 22. /TASS/. ... said on Thursday", no publication date: the
                # weekday cannot be placed, the dateline's day can (unless the report's calls
                # fall on several weekdays: a roundup of the week, the dateline's day of one).
                weekday = match
                break
            self.take_date(call, match, published, number)
            return
        if self.date_by_page(call, number, published, dateline, weekday):
            return
        self.note(
            "date.not-found",
            "expected a phrase dating the call (such as 'On 19 August' or 'on Monday'), found none",
            self.sentence_span(call.anchor),
            Severity.WARNING,
            number,
        )

    def date_by_page(
        self,
        call: CallDraft,
        number: int,
        published: dt.date | None,
        dateline: re.Match[str] | None,
        weekday: re.Match[str] | None,
    ) -> bool:
        """Date *call*, whose text names no day it can place, by its page: dateline, else date."""
        if dateline is not None:
            self.date_by_dateline(call, number, published, dateline, weekday)
            return True
        return self.date_by_publication(call, number, published)

    def date_by_publication(self, call: CallDraft, number: int, published: dt.date | None) -> bool:
        """
        Date the first call of a government's page that names no day by its publication day.

        A government publishes its readout on the day of the call ("Vladimir Putin had a
        telephone conversation with ...", under the page's date line); a news report may come
        a day or more after, and gets no date.
        """
        if number > 0 or published is None or self.format is not OutletFormat.OFFICIAL:
            return False
        call.date = published
        call.date_span = self.layout.published if self.options.published is None else None
        call.partial = (published.year, published.month, published.day, published.weekday())
        self.note(
            "date.publication-day",
            "expected a phrase dating the call, found none; took the page's publication day, "
            f"{published.isoformat()}, as a government publishes its readout on the day of the "
            "call",
            self.sentence_span(call.anchor),
            Severity.WARNING,
            number,
        )
        return True

    def several_weekdays(self, call: CallDraft, weekday: str) -> bool:
        """Whether another call of the text is dated by a weekday other than *weekday*."""
        own = weekday.casefold()
        return any(
            (other := m.group("weekday")) is not None and other.casefold() != own
            for c in self.calls
            if c is not call
            for m in self.dates[c.anchor]
        )

    def take_date(
        self, call: CallDraft, match: re.Match[str], published: dt.date | None, number: int
    ) -> None:
        """Date *call* by the phrase *match*, with the diagnostic of any inference."""
        reading = resolve(match, published)
        call.date = reading.date
        call.date_span = match.span()
        call.partial = reading.partial
        if reading.code is not None:
            severity = Severity.INFO if reading.date else Severity.WARNING
            self.note(reading.code, reading.message, match.span(), severity, number)

    def date_by_dateline(
        self,
        call: CallDraft,
        number: int,
        published: dt.date | None,
        dateline: re.Match[str],
        weekday: re.Match[str] | None,
    ) -> None:
        """
        Date a call with no phrase of its own, or a weekday alone, by its report's dateline.

        The first call is taken to be of its report's day; a weekday counts back from the
        dateline's day when the dateline gives its year. Without a year the day is not known:
        the weekday is, and the month when the dateline's day is the 7th or later ("BEIJING,
        June 9 ... on Tuesday": a Tuesday of June, from the 3rd to the 9th).
        """
        found = (
            "none" if weekday is None else f"{weekday.group()!r}, which no publication date places"
        )
        reading = resolve(dateline, published)
        if weekday is not None and reading.date is not None:
            # "BEIJING, Jun. 9, 2022 (Xinhua) -- ... on Tuesday": the Tuesday on or before it.
            day = resolve(weekday, reading.date).date
            call.date, call.date_span = day, weekday.span()
            call.partial = None if day is None else (day.year, day.month, day.day, day.weekday())
            self.note(
                "date.weekday-resolved",
                f"read {weekday.group()!r} as {day}, the latest such day on or before the "
                f"dateline's {dateline.group()!r}",
                weekday.span(),
                Severity.INFO,
                number,
            )
            return
        call.date, call.date_span, call.partial = reading.date, dateline.span(), reading.partial
        taken = f"took the dateline's {dateline.group()!r} as its day"
        reported = weekday is not None and _REPORTED.search(
            self.text, max(0, weekday.start() - 40), weekday.start()
        )
        if reading.date is None and weekday is not None and reported:
            # "the ministry said on Wednesday": the statement's day, the dateline's.
            call.partial = (*reading.partial[:3], resolve(weekday, None).partial[3])
        elif reading.date is None and weekday is not None:
            year, month, of_month, _ = reading.partial
            same_month = of_month is not None and of_month >= _DAYS_A_WEEK
            weekday_number = resolve(weekday, None).partial[3]
            call.partial = (year, month if same_month else None, None, weekday_number)
            taken = (
                f"the call was on that weekday on or before the dateline's "
                f"{dateline.group()!r}, a day that needs the year"
            )
        self.note(
            "date.dateline",
            f"expected a phrase dating the call, found {found}; {taken}",
            dateline.span(),
            Severity.INFO,
            number,
        )
        if reading.code is not None:
            severity = Severity.INFO if reading.date else Severity.WARNING
            self.note(reading.code, reading.message, dateline.span(), severity, number)

    def date_by_period(self, call: CallDraft, number: int, published: dt.date | None) -> bool:
        """Date a call by a period ("last month") or a month ("in August"), if it names one."""
        anchor = self.sentences[call.anchor]
        phrase = PERIOD_PHRASE.search(self.text, anchor.start, anchor.end)
        if phrase is not None:
            dateline = self.dateline_before(call.anchor) if published is None else None
            day = parse_day(dateline.group("day"), 2000) if dateline is not None else None
            reading = resolve_period(phrase, published, day.month if day else None)
        else:
            phrase = MONTH_PHRASE.search(self.text, anchor.start, anchor.end)
            if phrase is None:
                return False
            reading = resolve_month(phrase, published)
        call.date, call.date_span = None, phrase.span()
        call.partial = reading.partial if any(v is not None for v in reading.partial) else None
        self.note(reading.code or "", reading.message, phrase.span(), Severity.WARNING, number)
        return True

    def another_month(self, index: int, parties: list[str]) -> bool:
        """Whether sentence *index* puts the people of an earlier call in another month."""
        return self.month_anchor(index, parties) is not None

    def month_anchor(self, index: int, parties: list[str]) -> int | None:
        """
        The sentence that puts the people of an earlier call in another month, if any.

        "Earlier in August, Blinken thanked Al Thani ..." after a call on 12 December: that
        sentence; or the one before the contact, in its paragraph, when it names the month and
        the same people ("Earlier in August, Blinken thanked Al Thani ... . Regarding his
        phone call with Al Thani, Blinken tweeted ...").
        """
        for at in (index, index - 1):
            if at < 0 or (at != index and not self.names_all(at, parties, index)):
                continue
            sentence = self.sentences[at]
            months = {
                month_of(m) for m in MONTH_PHRASE.finditer(self.text, sentence.start, sentence.end)
            }
            if not months:
                continue
            for call in self.calls[self.article_calls :]:
                if set(parties) <= set(call.participants):
                    anchor = call.anchor
                    before = {d[0] for d in self.explicit_days(anchor) if isinstance(d, tuple)}
                    return at if before and not (months & before) and at > anchor else None
            return None
        return None

    def names_all(self, at: int, parties: list[str], index: int) -> bool:
        """Whether sentence *at*, in the paragraph of sentence *index*, names all *parties*."""
        if self.sentences[at].paragraph != self.sentences[index].paragraph:
            return False
        return set(parties) <= {m.key for m in self.by_sentence[at]}

    def relative_day(
        self, relative: re.Match[str], index: int, published: dt.date | None
    ) -> DateReading:
        """
        "today", "yesterday" in sentence *index*, counted from the publication date.

        With none, from the day of a dateline before the sentence that gives its year
        ("Riyadh, March 3, 2022, SPA --"): a report's dateline is the day it was filed.
        """
        if published is None:
            dateline = self.dateline_before(index)
            day = resolve(dateline, None).date if dateline is not None else None
            if day is not None:
                return resolve_relative(relative, day, "the dateline's day")
        return resolve_relative(relative, published)

    def dateline_before(self, index: int) -> re.Match[str] | None:
        """The date of the last dateline before sentence *index* ("August 30 (ANI):"), if any."""
        start = self.sentences[index].start
        found = [span for span in self.layout.datelines if span[1] <= start]
        if not found:
            return None
        match = DATE_PHRASE.fullmatch(self.text, *found[-1])
        return match if match is not None and match.group("weekday") is None else None

    def same_day(self, call: CallDraft, number: int) -> bool:
        """Date a later call by the one before when it says "the same day" or "also met"."""
        previous = self.calls[number - 1]
        if previous.date is None and previous.partial is None:
            return False
        text = self.sentence_text(call.anchor)
        start = self.sentences[call.anchor].start
        same = _SAME_DAY.search(text)
        if same is not None:
            code, phrase = "date.same-day", "'the same day'"
            span = (start + same.start(), start + same.end())
        elif (also := _ALSO.search(text)) is not None and not self.dated_loosely(call.anchor):
            code, phrase = "date.same-as-before", f"{also.group()!r} with no date of its own"
            span = (start + also.start(), start + also.end())
        else:
            return False
        call.date, call.date_span, call.partial = (
            previous.date,
            previous.date_span,
            previous.partial,
        )
        self.note(
            code,
            f"read {phrase} as the day of the call reported before it",
            span,
            Severity.INFO,
            number,
        )
        return True

    def dated_loosely(self, index: int) -> bool:
        """
        Whether sentence *index* dates its engagement by a relative day, a period or a month.

        "Earlier this week, Wang also spoke with Blinken": its own period, not the day before.
        """
        sentence = self.sentences[index]
        return any(
            phrase.search(self.text, sentence.start, sentence.end) is not None
            for phrase in (RELATIVE_PHRASE, PERIOD_PHRASE, MONTH_PHRASE)
        )

    def find_principal(
        self, call: CallDraft, number: int, mentions: list[Mention], published: dt.date | None
    ) -> None:
        """
        The page's own principal, named by office alone, as the other side of a one-sided call.

        "The Prime Minister spoke to Prime Minister Imran Khan" on 10 Downing Street's page:
        whoever held the office the description names, of the page's country, on the day of
        the call (else of publication), by ``offices.tsv``; a diagnostic says who was taken.
        """
        country = self.source_country
        if not call.one_sided or call.attended or len(call.participants) != 1 or not country:
            return
        day = call.date or published
        if day is None:
            return
        sentence = self.sentences[call.anchor]
        named = [m.start for m in self.by_sentence[call.anchor] if m.key in call.participants]
        described = describer(self.options.gazetteer).find(
            self.text, sentence.start, min(named, default=sentence.end), self.words[call.anchor]
        )
        if not described or described[0].country not in {None, country}:
            return
        description = described[0]
        start = description.title_start
        office = (start, description.end)
        term = holder(self.text[start : description.end], country, day)
        if term is None or term.name in call.participants:
            return
        if term.name not in self.people:  # (else named elsewhere, outside a call's sentence)
            self.people[term.name] = PersonDraft(
                term.name, [], office, term.country, start, known=True, words=set(description.words)
            )
        mention = Mention(start, description.end, self.text[start : description.end], term.name)
        bisect.insort(mentions, mention, key=_MENTION_START)
        bisect.insort(self.by_sentence[call.anchor], mention, key=_MENTION_START)
        call.participants.insert(0, term.name)
        call.one_sided = False
        self.note(
            "participant.office-holder",
            f"the text names no one for {self.text[start : description.end]!r}; took "
            f"{term.name}, {term.office} of {country} on {day.isoformat()}"
            f"{'' if call.date else ' (the publication date)'}, from data/gazetteers/offices.tsv",
            office,
            Severity.INFO,
            number,
        )

    def find_own_side(self, call: CallDraft, number: int) -> None:
        """
        The page's own official, named with an office and no country, as of the page's country.

        "Deputy Secretary Martin Harlan met today with Pakistani Foreign Secretary ..." on the
        State Department's page: a government names its own officials by office alone, and
        the others by their country. Only when the call has no one of the page's country yet,
        and one participant has no country and a title of office words alone (on an embassy's
        page, a diplomat's title). On an embassy's page, then, the one left with an
        office alone is of the country the embassy stands in ("Minister Naqvi" on the page of
        China's embassy in Pakistan).
        """
        country = self.source_country
        if self.format is not OutletFormat.OFFICIAL or not country:
            return
        drafts = [self.people[key] for key in call.participants]
        unmarked = [
            draft
            for draft in drafts
            if draft.country is None
            and draft.title is not None
            and not draft.relay
            and names_an_office_only(draft.words)
        ]
        host = self.host_country()
        if not any(draft.country == country for draft in drafts):
            own = unmarked
            if host is not None:  # an embassy's own: its diplomats
                own = [draft for draft in unmarked if not draft.words.isdisjoint(_DIPLOMATS)]
            if len(own) != 1:
                return
            self.take_country(own[0], country, "whose page this is", number)
            unmarked.remove(own[0])
        if host is None or any(draft.country == host for draft in drafts) or len(unmarked) != 1:
            return
        self.take_country(unmarked[0], host, "where the embassy whose page this is stands", number)

    def find_title_country(self, call: CallDraft, number: int) -> None:
        """
        A participant's country that only the page's title states.

        "Chinese Ambassador Jiang Meets with Pakistani Interior Minister Mohsin Naqvi" above
        "... met with Interior Minister Mohsin Naqvi": the country word in the title's words
        before the name, back to the word that links it to another ("with", "and", a comma).
        """
        if self.layout.title is None:
            return
        start, end = self.layout.title
        title = self.text[start:end]
        for key in call.participants:
            draft = self.people[key]
            if draft.country is not None or draft.relay:
                continue
            named = re.search(rf"\b{re.escape(key.split()[-1])}\b", title)
            if named is None:
                continue
            before = title[: named.start()]
            links = list(_TITLE_LINK.finditer(before))
            words = before[links[-1].end() if links else 0 :].split()
            found = {
                country
                for size in (1, 2, 3)
                for at in range(len(words) - size + 1)
                if (country := self.title_country(" ".join(words[at : at + size]))) is not None
            }
            if len(found) == 1:
                (country,) = found
                draft.country = country
                self.note(
                    "participant.country-from-title",
                    f"the body gives no country for {key}; took {country} from the page's "
                    f"title {' '.join(title.split())!r}",
                    self.layout.title,
                    Severity.INFO,
                    number,
                )

    def title_country(self, words: str) -> str | None:
        """The country a title's words name ("Pakistani", "Saudi Arabia's"), or None."""
        bare = words.strip(",.:;\"'“”‘’()").removesuffix("'s").removesuffix("’s")
        return self.options.gazetteer.country(bare) if bare[:1].isupper() else None

    def take_country(self, draft: PersonDraft, country: str, whose: str, number: int) -> None:
        """Give *draft*, named with an office alone, the page's *country*, and say so."""
        draft.country = country
        start, end = draft.title or (draft.first, draft.first)
        title = " ".join(self.text[start:end].split())
        self.note(
            "participant.country-from-page",
            f"the text gives no country for {draft.key} ({title!r}); took {country}, {whose}: "
            "a government names its own officials by office alone",
            draft.title,
            Severity.INFO,
            number,
        )

    def host_country(self) -> str | None:
        """The country an embassy's page stands in: "Embassy of ... China in ... Pakistan"."""
        if self.layout.outlet is None:
            return None
        found = _IN_HOST.search(self.text, *self.layout.outlet)
        return self.options.gazetteer.country(found.group("host")) if found else None

    def find_initiator(self, call: CallDraft, number: int) -> None:
        # Who asked for a call is said where it is reported, or a few sentences on ("The talk
        # was held at the initiative of the Tajik side").
        places = [
            (self.sentence_span(i), self.folded[i])
            for i in dict.fromkeys((call.anchor, *call.sentences))
            if call.anchor <= i <= call.anchor + _INITIATOR_REACH
        ]
        if number == 0 and self.layout.title is not None:
            places.append((self.layout.title, self.text[slice(*self.layout.title)].casefold()))
        anchor_keys = list(dict.fromkeys(m.key for m in self.by_sentence[call.anchor]))
        anchor_keys = [k for k in anchor_keys if k in call.participants]
        vocabulary = cues()
        for (start, end), folded in places:
            if not _may_hold(folded, vocabulary.initiator_words):
                continue
            for who, pattern in vocabulary.initiators:
                match = pattern.search(self.text, start, end)
                if match is None:
                    continue
                call.initiator = self.initiator_for(who, match, call, anchor_keys)
                if call.initiator is not None:
                    return
        self.initiator_by_verb(call, anchor_keys)

    def initiator_by_verb(self, call: CallDraft, anchor_keys: list[str]) -> None:
        """Who made the call, by its verb: "X called Y", "X received a phone call from Y"."""
        start, end = self.sentence_span(call.anchor)
        vocabulary = cues()
        mentions = [m for m in self.by_sentence[call.anchor] if m.key in call.participants]
        by_subject = by_object = None
        if not vocabulary.initiates_words.isdisjoint(self.words[call.anchor]):
            by_subject = vocabulary.subject_initiates.search(self.text, start, end)
            by_object = vocabulary.object_initiates.search(self.text, start, end)
        if by_object is not None:
            after = [m.key for m in mentions if m.start >= by_object.end()]
            call.initiator = after[0] if after else None
        elif by_subject is not None:
            before = [m.key for m in mentions if m.end <= by_subject.start()]
            call.initiator = before[0] if before else None
        if call.initiator is None and call.medium is Medium.LETTER:
            sent = re.search(
                r"\b(?:sent|wrote|addressed)\b[^.]{0,60}\b(?:letter|message)",
                self.folded[call.anchor],
            )
            if sent is not None:
                call.initiator = anchor_keys[0] if anchor_keys else None

    def initiator_for(
        self, who: str, match: re.Match[str], call: CallDraft, anchor_keys: list[str]
    ) -> str | None:
        if who == "latter":
            return anchor_keys[-1] if anchor_keys else None
        if who == "former":
            return anchor_keys[0] if anchor_keys else None
        if who == "counterpart":
            return call.participants[1] if len(call.participants) > 1 else None
        named = match.group("name")
        people = self.people
        for key in call.participants:
            draft = people[key]
            names = [draft.key, *draft.aliases]
            if any(name in named for name in names):
                return key
        for key in call.participants:
            country = people[key].country
            if country and _names_country(named, country, self.options):
                return key
        return None


def _names_country(phrase: str, country: str, options: ParseOptions) -> bool:
    return any(
        options.gazetteer.country(word.strip(".,'’s")) == country
        for word in re.findall(r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)?", phrase)
    ) or any(
        options.gazetteer.country(word) == country for word in re.findall(r"[A-Z][\w.]*", phrase)
    )


def extract_calls(
    text: str,
    layout: Layout,
    options: ParseOptions,
    source_country: str | None = None,
    fmt: OutletFormat = OutletFormat.NEWS,
) -> Extraction:
    """
    Find the calls of a segmented readout, with everything about them the text says.

    *source_country* is whose account the page is (see ``_source``), if known; *fmt* is the
    page's outlet family (a government's page is published on the day of its call).
    """
    return _Extractor(text, layout, options, source_country, fmt).run()
