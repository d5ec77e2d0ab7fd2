"""
Stage 4: calls, their participants, media, initiators and dates.

A call is anchored by a body sentence that names at least one person and carries a contact cue
("had a phone call with", "met with", "exchanged views", "video conference"). An anchor that
names someone no earlier call has starts a new call; one that names only people of an earlier
call belongs to it. Everything that is read leaves its offsets; every guess leaves a diagnostic.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

import attrs

from afdiplo._data import read_json
from afdiplo._dates import (
    RELATIVE_PHRASE,
    date_phrases,
    is_call_date,
    parse_timestamp,
    resolve,
    resolve_relative,
)
from afdiplo._patterns import any_of
from afdiplo._people import Mention, PersonDraft, find_people
from afdiplo.exceptions import DataFileError
from afdiplo.model import Medium, Severity

if TYPE_CHECKING:
    from afdiplo._options import ParseOptions
    from afdiplo._segment import Layout, Sentence

__all__ = ["CallDraft", "DiagnosticDraft", "Extraction", "extract_calls"]


@attrs.frozen
class DiagnosticDraft:
    """A diagnostic in normalised offsets."""

    code: str
    message: str
    span: tuple[int, int] | None
    severity: Severity


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


@attrs.frozen
class _Cues:
    media: tuple[tuple[Medium, re.Pattern[str], tuple[str, ...]], ...]
    contact: re.Pattern[str]
    contact_words: tuple[str, ...]  # one of these is in every contact cue: a quick first test
    initiators: tuple[tuple[str, re.Pattern[str]], ...]
    initiator_words: tuple[str, ...]  # a word every initiator cue has: a quick first test


@functools.cache
def _cues() -> _Cues:
    data = read_json("lexicons", "en.json")
    try:
        return _Cues(
            # Media and contact cues are lowercase and searched in casefolded text, which is
            # several times faster than a case-insensitive search.
            media=tuple(
                (Medium(m["medium"]), re.compile(m["pattern"]), any_of(m["pattern"]))
                for m in data["media"]
            ),
            contact=re.compile(data["contact_cues"]),
            contact_words=any_of(data["contact_cues"]),
            initiators=tuple(
                (i["who"], re.compile(i["pattern"], re.IGNORECASE)) for i in data["initiators"]
            ),
            initiator_words=tuple(w.casefold() for w in data["initiator_words"]),
        )
    except (KeyError, TypeError, ValueError, re.error) as err:
        msg = f"expected media, contact_cues and initiators in data/lexicons/en.json ({err})"
        raise DataFileError(msg) from err


_STRONG = (Medium.VIDEO, Medium.PHONE, Medium.LETTER)
_SAME_DAY = re.compile(
    r"\b(?:on )?the same day\b|\blater that day\b|\bearlier that day\b", re.IGNORECASE
)
_WITH = re.compile(r"\b(?:with|counterparts?)\b")
# "said on Tuesday": the day of the statement, a weaker witness of the call's day.
_REPORTED = re.compile(r"\b(?:said|says|stated|announced|reported|added|told \w+)\s+$")
_SENT_LETTER = re.compile(r"\b(?:sent|wrote|addressed)\b[^.]{0,60}\b(?:letter|message)")


def _specificity(match: re.Match[str]) -> int:
    """0 for a date with its year, 1 for a day and month, 2 for a weekday."""
    if match.group("weekday") is not None:
        return 2
    return 0 if match.group("year1") or match.group("year2") else 1


def _may_hold(folded: str, words: tuple[str, ...]) -> bool:
    """Whether *folded* holds one of *words*, or *words* is empty (nothing is sure)."""
    return not words or any(word in folded for word in words)


def _medium_in(folded: str) -> Medium | None:
    """The first medium whose cue the casefolded text holds."""
    for medium, pattern, words in _cues().media:
        if _may_hold(folded, words) and pattern.search(folded):
            return medium
    return None


class _Extractor:
    def __init__(self, text: str, layout: Layout, options: ParseOptions) -> None:
        self.text = text
        self.layout = layout
        self.options = options
        self.sentences: tuple[Sentence, ...] = layout.sentences
        self.diagnostics: list[DiagnosticDraft] = []
        self.calls: list[CallDraft] = []
        self.dates: list[list[re.Match[str]]] = []
        # Each sentence casefolded, for the lowercase cue patterns.
        self.folded = [text[s.start : s.end].casefold() for s in self.sentences]

    def note(
        self, code: str, message: str, span: tuple[int, int] | None, severity: Severity
    ) -> None:
        self.diagnostics.append(DiagnosticDraft(code, message, span, severity))

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def run(self) -> Extraction:
        published = self.published()
        regions = [(s.start, s.end) for s in self.sentences]
        people, mentions = find_people(self.text, regions, self.options.gazetteer)
        self.dates = date_phrases(self.text, regions)
        by_sentence = self.mentions_by_sentence(mentions)
        calls = self.find_calls(by_sentence, people)
        self.calls = calls
        for number, call in enumerate(calls):
            self.assign_sentences(calls, number)
            self.find_medium(call)
            self.find_date(call, number, published.date() if published else None)
            self.find_initiator(call, by_sentence, people, number)
            if len(call.participants) < 2:
                span = self.sentence_span(call.anchor)
                self.note(
                    "call.one-participant",
                    "expected two or more named participants, found one",
                    span,
                    Severity.WARNING,
                )
        return Extraction(
            tuple(calls),
            people,
            tuple(mentions),
            tuple(tuple(found) for found in by_sentence),
            tuple(tuple(found) for found in self.dates),
            tuple(self.folded),
            published,
            tuple(self.diagnostics),
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
        index = 0
        for mention in mentions:
            while index < len(self.sentences) and self.sentences[index].end <= mention.start:
                index += 1
            if index < len(self.sentences) and mention.start >= self.sentences[index].start:
                result[index].append(mention)
        return result

    def find_calls(
        self, by_sentence: list[list[Mention]], people: dict[str, PersonDraft]
    ) -> list[CallDraft]:
        cues = _cues()
        calls: list[CallDraft] = []
        named: set[str] = set()  # the participants of every call so far, in this article
        article = 0
        for index, found in enumerate(by_sentence):
            if self.sentences[index].article != article:  # another readout: its own calls
                article, named = self.sentences[index].article, set()
            folded = self.folded[index]
            if not (
                found and _may_hold(folded, cues.contact_words) and cues.contact.search(folded)
            ):
                continue
            keys = list(dict.fromkeys(m.key for m in found))
            if len(keys) < 2 and not _WITH.search(self.sentence_text(index)):
                continue
            # Everyone named by earlier calls: no new call. (Kept as a set: going through the
            # calls for every anchor cost the square of their number.)
            if not set(keys) - named:
                continue
            ordered = sorted(keys, key=lambda k: people[k].first)
            calls.append(CallDraft(anchor=index, participants=ordered))
            named.update(ordered)
        return calls

    def assign_sentences(self, calls: list[CallDraft], number: int) -> None:
        call = calls[number]
        first = 0 if number == 0 else call.anchor
        last = calls[number + 1].anchor if number + 1 < len(calls) else len(self.sentences)
        call.sentences = list(range(first, last))

    def find_medium(self, call: CallDraft) -> None:
        found = _medium_in(self.folded[call.anchor])
        if found in _STRONG:
            call.medium = found
            return
        neighbours = [i for i in (call.anchor - 1, call.anchor + 1) if i in call.sentences]
        texts = [self.folded[i] for i in neighbours]
        if call.sentences and call.sentences[0] == 0 and self.layout.title:
            texts.append(self.text[slice(*self.layout.title)].casefold())
        for text in texts:
            near = _medium_in(text)
            if near in _STRONG:
                call.medium = near
                return
        call.medium = found or Medium.OTHER

    def find_date(self, call: CallDraft, number: int, published: dt.date | None) -> None:
        order = [call.anchor, *(i for i in call.sentences if i != call.anchor)]
        if number == 0:
            taken = set(order)
            order += [i for i in range(call.anchor) if i not in taken]
        candidates = [
            match
            for index in order
            # Within a sentence, "June 15, 2022" says more than "Wednesday" beside it.
            for match in sorted(filter(is_call_date, self.dates[index]), key=_specificity)
        ]
        direct = [
            m
            for m in candidates
            if not _REPORTED.search(self.text, max(0, m.start() - 30), m.start())
        ]
        same_day = _SAME_DAY.search(self.sentence_text(call.anchor))
        if same_day and number > 0 and not direct:
            previous = self.calls[number - 1]
            call.date, call.date_span = previous.date, previous.date_span
            call.partial = previous.partial
            start = self.sentences[call.anchor].start
            self.note(
                "date.same-day",
                "read 'the same day' as the day of the call reported before it",
                (start + same_day.start(), start + same_day.end()),
                Severity.INFO,
            )
            return
        anchor = self.sentences[call.anchor]
        relative = RELATIVE_PHRASE.search(self.text, anchor.start, anchor.end)
        if relative is not None and not any(
            anchor.start <= m.start() < anchor.end for m in candidates
        ):
            reading = resolve_relative(relative, published)
            call.date, call.date_span, call.partial = reading.date, relative.span(), reading.partial
            severity = Severity.INFO if reading.date else Severity.WARNING
            self.note(reading.code or "", reading.message, relative.span(), severity)
            return
        for match in direct[:1] or candidates[:1]:
            reading = resolve(match, published)
            call.date = reading.date
            call.date_span = match.span()
            call.partial = reading.partial
            if reading.code is not None:
                severity = Severity.INFO if reading.date else Severity.WARNING
                self.note(reading.code, reading.message, match.span(), severity)
            return
        self.note(
            "date.not-found",
            "expected a phrase dating the call (such as 'On 19 August' or 'on Monday'), found none",
            self.sentence_span(call.anchor),
            Severity.WARNING,
        )

    def find_initiator(
        self,
        call: CallDraft,
        by_sentence: list[list[Mention]],
        people: dict[str, PersonDraft],
        number: int,
    ) -> None:
        places = [
            (self.sentence_span(i), self.folded[i])
            for i in (call.anchor, *call.sentences)
            if i >= call.anchor
        ]
        if number == 0 and self.layout.title is not None:
            places.append((self.layout.title, self.text[slice(*self.layout.title)].casefold()))
        anchor_keys = list(dict.fromkeys(m.key for m in by_sentence[call.anchor]))
        cues = _cues()
        for (start, end), folded in places:
            if not _may_hold(folded, cues.initiator_words):
                continue
            for who, pattern in cues.initiators:
                match = pattern.search(self.text, start, end)
                if match is None:
                    continue
                call.initiator = self.initiator_for(who, match, call, anchor_keys, people)
                if call.initiator is not None:
                    return
        if call.medium is Medium.LETTER and _SENT_LETTER.search(self.folded[call.anchor]):
            call.initiator = anchor_keys[0] if anchor_keys else None

    def initiator_for(
        self,
        who: str,
        match: re.Match[str],
        call: CallDraft,
        anchor_keys: list[str],
        people: dict[str, PersonDraft],
    ) -> str | None:
        if who == "latter":
            return anchor_keys[-1] if anchor_keys else None
        if who == "former":
            return anchor_keys[0] if anchor_keys else None
        if who == "counterpart":
            return call.participants[1] if len(call.participants) > 1 else None
        named = match.group("name")
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


def extract_calls(text: str, layout: Layout, options: ParseOptions) -> Extraction:
    """Find the calls of a segmented readout, with everything about them the text says."""
    return _Extractor(text, layout, options).run()
