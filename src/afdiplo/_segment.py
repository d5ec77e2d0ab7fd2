"""
Stage 3: lines sorted into body and boilerplate, body paragraphs cut into sentences.

All offsets here are offsets of the normalised text; :mod:`afdiplo._build` maps them back.
Besides a page's title, outlet and timestamp, the boilerplate of governments' own pages is
recognised from ``official_lines`` in ``data/formats``: labels ("Press Release", "PR No. 48",
"Office of the Spokesperson") and, on an official page, the line naming its publisher
("Ministry of Foreign Affairs of ..."), which gives the outlet.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from typing import TYPE_CHECKING

import attrs

from afdiplo._data import outlets, read_json
from afdiplo._patterns import CO_PUBLISHERS, MONTH, TWEET_SIGNATURE, label_prefix
from afdiplo.gazetteer import Gazetteer
from afdiplo.model import OutletFormat, Severity

if TYPE_CHECKING:
    from afdiplo._normalize import NormalizedText

__all__ = ["Layout", "Note", "Segment", "Sentence", "segment", "split_sentences"]

BODY = "body"
#: Lines that open a page: after body text, one of them starts the next article of a text
#: that holds several (readouts pasted one after another); a dateline of a place only does
#: so after a headline, not right after body text.
ARTICLE_STARTS = frozenset({"breadcrumb", "timestamp", "dateline", "outlet"})


@attrs.frozen
class Segment:
    """
    A stretch of text with its role: ``body`` or one of the boilerplate kinds.

    Attributes:
        kind: The role.
        start: Where it starts in the normalised text.
        end: Where it ends.
        article: The number of the article it belongs to (see :data:`ARTICLE_STARTS`).
    """

    kind: str
    start: int
    end: int
    article: int = 0


@attrs.frozen
class Sentence:
    """A sentence of the body: its offsets, the index of its paragraph, and its article."""

    start: int
    end: int
    paragraph: int
    article: int = 0


@attrs.frozen
class Note:
    """
    A diagnostic of segmentation, in offsets of the normalised text.

    Attributes:
        code: The diagnostic's code ("published.day-first").
        message: What was decided, and why.
        span: Offsets of the text it is about.
        severity: How much it matters.
    """

    code: str
    message: str
    span: tuple[int, int]
    severity: Severity


@attrs.frozen
class Layout:
    """
    What segmentation found: the roles of all lines, and the metadata they showed.

    Attributes:
        segments: Every non-blank stretch, in order, with its role.
        sentences: The sentences of the body paragraphs.
        title: Offsets of the headline or page title, or None.
        outlet: Offsets of the outlet's name, or None.
        published: Offsets of the publication time phrase, or None.
        datelines: Offsets of the date part of datelines ("May 15" in "BEIJING, May 15").
        outlet_name: The name to report for :attr:`outlet` when its line names the outlet by
            another ("Office of the Spokesperson" is the U.S. Department of State's), else None.
        notes: What segmentation wants known: how a publication date in numbers only
            ("05/07/2021") was read, or why it was left unread.
    """

    segments: tuple[Segment, ...]
    sentences: tuple[Sentence, ...]
    title: tuple[int, int] | None
    outlet: tuple[int, int] | None
    published: tuple[int, int] | None
    datelines: tuple[tuple[int, int], ...]
    outlet_name: str | None = None
    notes: tuple[Note, ...] = ()


_BREADCRUMB = re.compile(r"^home\s*>", re.IGNORECASE)
# A date that opens a line before its text: a capture's "date 2021-11-01", or the number and
# date of a ministry's release before its title ("No: 312, 14 October 2021, Press Release
# Regarding ...", as Türkiye's writes it).
_DATE_PREFIX = re.compile(
    r"(?:date (?P<when>\d{4}-\d{2}-\d{2})"
    rf"|No: ?\d+, (?P<numbered>\d{{1,2}} {MONTH} \d{{4}}),)(?:\s+|$)"
)
# A time after a date, maybe after a dash or a comma: " 18:15", ", 3:05 pm", " - 18:40".
_CLOCK = r"(?:(?:\s?[-–—|]\s?|,?\s(?:at\s)?)\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)?"
# A publication time on a line of its own, after "Updated" or the like, and maybe after its
# outlet ("Xinhua | Updated: 2022-05-10 20:35").
_TIMESTAMP = re.compile(
    # The outlet or its handle may stand between bars: "| @indiablooms | Aug 20, 2021, at 03:53 pm".
    r"^\(?(?:\|\s*)?(?:(?P<lead>[@A-Za-z][\w .'@]{1,40}?)\s*\|\s*)?"
    r"(?:(?:last\s+)?(?:updated|published|posted)(?:\s+on)?:?\s*)?"
    r"(?:\((?P<outlet>[A-Za-z][A-Za-z .']{1,40})\)\s*)?"
    # A place before the date, the date line of a government's page: "Islamabad: July 07, 2020",
    # "Brussels, 28/09/2021", "New Delhi, 5 May 2023", "Kabul - 7 July 2020"; or a weekday
    # ("Wednesday Aug 18, 2021").
    r"(?:(?P<place>[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}(?:,\s?D\.?C\.?)?)\s?[:,–—-]\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<when>\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?,?\s+(?:\d{1,2}[- ][A-Za-z]{3,9}[- ]\d{4}"
    r"|[A-Za-z]{3,9}\.? \d{1,2},? \d{4})"
    r"|\d{4}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    # Day and month in numbers, in either order: "28/09/2021", "05.07.2021 - 17:05".
    r"|\d{1,2}(?P<dsep>[-/.])\d{1,2}(?P=dsep)\d{4}(?:\s?[-–,]?\s?\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:\d{1,2} )?[A-Za-z]{3,9}\.? \d{1,2},? \d{4},? (?:at )?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?: ?[ap]\.?m\.?)?"
    # A date alone: "MARCH 2, 2023" (US readouts), "Published 2 March 2023", and with a time
    # after it
    # ("16 August 2021 18:15", "20 October 2021 - 18:40").
    rf"|{MONTH} \d{{1,2}}, \d{{4}}{_CLOCK}"
    rf"|\d{{1,2}} {MONTH},? \d{{4}}{_CLOCK})"
    # After it: a time zone, a closing bracket, a comma ("July 7, 2020,"), a labelled number
    # ("UNIQUE ID: 210928_12"), who posted it ("by PIB Delhi"), or the page's section after a
    # bullet or a bar ("AUGUST 24, 2021 • STATEMENTS AND RELEASES", "5 May 2021 | News").
    r"\s*(?:\w{2,5})?\)?[,.]?(?:\s*[A-Z][A-Za-z ]{1,20}:\s*[\w-]+)?(?:\s+by\s+[A-Z][\w .]{1,30})?"
    r"(?:\s*[•·|]\s*[A-Za-z][A-Za-z &,'-]{1,40})?"
    # And when it was updated: "Published: 10:42 AM, 3 Mar 2023 | Updated: 11:05 AM, ...".
    r"(?:\s*[•·|]\s*(?:last\s+)?updated(?:\s+on)?:?[\w :,./-]{1,40})?$",
    re.IGNORECASE,
)
# A publication date in numbers only, day and month in either order ("05/07/2021").
_DAY_AND_MONTH = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_MONTHS_OF_A_YEAR = 12
# Labels and publishers are short lines: a longer one is not tried.
_LONGEST_LABEL = 120
_LONGEST_STATE = 8  # words of a state's full name ("Islamic Republic of ...")
# A page's kind shows in its first lines (as in _detect).
_HEAD = 1_500
# A line without the spaces around it: from its first character that is no space to its last.
_LINE = re.compile(r"[^\n ](?:[^\n]*[^\n ])?")
# A word of a dateline's place, capitalised, and of its country, capitalised and not in capitals.
_PLACE_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ](?:\w++|[.'-])*"
_COUNTRY_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ](?:\w++|[.'-])*"
_DATELINE = re.compile(
    # (Any Latin letters: "DÜSSELDORF", "ANTALYA, Türkiye (AA)". A word's letters are taken
    # whole, never given back one by one: what follows a word is never a letter.)
    rf"^(?P<city>{_PLACE_WORD}(?:/{_PLACE_WORD})*(?: {_PLACE_WORD}){{0,3}}"
    r"(?: \[[A-Za-z /]+\])?)"
    # The country or state after the city, as the AP writes it: "KABUL, Afghanistan (AP) —".
    rf"(?:,\s*{_COUNTRY_WORD}(?: {_COUNTRY_WORD})?(?=\s*\())?"
    # The date, month or day first: "Aug 19", "20 October", "Sept 18, 2021".
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?))?"
    # The agency: in brackets ("(Reuters)"), after a comma ("Tehran, Sept 18, IRNA -") or
    # between slashes ("MOSCOW, October 20. /TASS/.", "Doha / QNA /").
    r"\s*(?:\((?P<outlet>[A-Za-z][A-Za-z .']{1,30})\)\s*"
    r"|,\s*(?P<agency>[A-Z][A-Za-z]{1,15})\s*(?=--|—|–|-(?= )|:)"
    r"|\.?\s*/\s?(?P<slashed>[A-Z][A-Za-z]{1,15})\s?/\.?(?=\s|$))?"
    # (Or nothing after an agency in brackets, as the Press Trust of India writes it: "New
    # Delhi, Aug 26 (PTI) External Affairs Minister ...".)
    r"(?:--|—|–|-(?= )|:|$|(?<=/)|(?<=/\.)|(?<=\) )(?=[A-Z\"“]))\s*"
)
# The line under a newspaper's article online that it was printed: "Published in Dawn, April
# 18th, 2024", "This article was published in The Express Tribune on 5 May 2023".
_ORDINAL_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_PRINT_EDITION = re.compile(
    r"(?:this (?:article|story|report) (?:was|first) )?(?:first )?(?:published|appeared|printed)"
    r" in (?:the print edition of )?(?P<outlet>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4})"
    rf"(?:,|\s+on)\s+(?P<when>(?:{MONTH} {_ORDINAL_DAY}|{_ORDINAL_DAY} {MONTH}),? \d{{4}})\.?\s*$",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(r"(?<!\s)\s+[—–-]+\s*(?P<who>Agencies|[A-Z][A-Za-z]+(?: News)?)\s*$")
_DASHES = "—–-"
_SHORTEST_DUPLICATE = 30  # a line repeated is boilerplate only when longer than this
_WORD = re.compile(r"[A-Za-z]{4,}")
_LONGEST_COLLAPSED = 100_000
# A sentence ends at . ! or ? (with closing quotes or brackets) before a space and a capital,
# digit or opening quote.
# (It starts with the mark itself, not the lookbehind, so the regex engine can skip ahead.)
_BOUNDARY = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9À-ÖØ-ÞĀ-ſ])")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_LIST_NUMBER = re.compile(r"\d{1,2}")
_FINAL = ".!?\"':;"
# Lines that end a story's run of paragraphs: a standfirst is repeated before them.
_HEADINGS = frozenset({"title", "subheading"})
# The marks that open a list item.
_BULLETS = frozenset("•●▪◦‣■□➢►")


@attrs.frozen
class _Vocabulary:
    outlets: dict[str, str]
    navigation: frozenset[str]
    related: frozenset[str]
    credit: re.Pattern[str]
    caption: re.Pattern[str]
    caption_photo: re.Pattern[str]  # "... in Beijing. Photo: APP" (searched, checked before)
    caption_opening: re.Pattern[str]  # "File photo: ..." (matched at the line's start)
    abbreviations: frozenset[str]
    labels: re.Pattern[str]  # a whole line
    label_outlets: tuple[tuple[re.Pattern[str], str], ...]  # labels that name their publisher
    state_forms: frozenset[str]  # "republic", "emirate": a state's full name holds one
    countries: frozenset[str]  # the bundled countries' names and aliases, casefolded
    glued_label: re.Pattern[str]  # a label before a title on its line
    publishers: re.Pattern[str]  # a whole line
    month_first_places: frozenset[str]
    month_first_cues: re.Pattern[str]


def _any(patterns: list[str], after: str = "") -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p}){after}" for p in patterns), re.IGNORECASE)


def _media_outlets() -> dict[str, str]:
    """
    The names and aliases of the news outlets of ``outlets.tsv``, by their casefolding.

    Each is reported as the table spells it ("DAWN" as "Dawn", "APP" as "APP"): the outlet the
    text credits.
    """
    found: dict[str, str] = {}
    for outlet in outlets():
        if outlet.kind == "media":
            for word in (outlet.name, *outlet.aliases):
                found.setdefault(word.casefold(), word)
    return found


@functools.cache
def _vocabulary() -> _Vocabulary:
    formats = read_json("formats", "en.json")
    lexicon = read_json("lexicons", "en.json")
    lines = formats["boilerplate_lines"]
    labels = [line["pattern"] for line in formats["official_lines"]["labels"]]
    dates = formats["numeric_dates"]
    official = formats["official_lines"]
    return _Vocabulary(
        outlets={**_media_outlets(), **{name.casefold(): name for name in formats["outlets"]}},
        countries=frozenset(
            name.casefold()
            for country in Gazetteer.default().countries
            for name in (country.name, *country.aliases)
        ),
        navigation=frozenset(word.casefold() for word in lines["navigation"]),
        related=frozenset(word.casefold() for word in lines["related"]),
        credit=re.compile("|".join(f"(?:{p})" for p in lines["credit"]), re.IGNORECASE),
        caption=re.compile(formats["caption_credit"]),
        caption_photo=re.compile(formats["caption_photo_credit"]),
        caption_opening=re.compile(formats["caption_openings"]),
        abbreviations=frozenset(lexicon["abbreviations"]),
        labels=_any(labels),
        label_outlets=tuple(
            (re.compile(line["pattern"], re.IGNORECASE), line["outlet"])
            for line in formats["official_lines"]["labels"]
            if "outlet" in line
        ),
        # "Press Releases China: ...": the label, then a capitalised word of the title.
        glued_label=_any(labels, r" +(?=(?-i:[A-Z]))"),
        # A publisher's name, maybe after its label ("From: ..."): the name is the outlet.
        publishers=re.compile(
            label_prefix(official["publisher_prefixes"])
            + "(?P<name>"
            + "|".join(f"(?:{line['pattern']})" for line in official["publishers"])
            + ")"
            + CO_PUBLISHERS,
            re.IGNORECASE,
        ),
        state_forms=frozenset(formats["official_lines"]["state_forms"]),
        month_first_places=frozenset(dates["month_first_places"]),
        month_first_cues=_any(dates["month_first_cues"]),
    )


def _bare(line: str) -> str:
    return line.strip(" <>:|*-•·").casefold()


def _may_be_timestamp(line: str) -> bool:
    """
    Whether *line* has a digit, as every timestamp does (its year), or a character not ASCII.

    Looking for each ASCII digit costs a fifth of trying :data:`_TIMESTAMP` on a line of body
    text; a line with other characters may have other digits, and is tried.
    """
    return any(map(line.__contains__, "0123456789")) or not line.isascii()


def _label_text(line: str) -> str:
    """A short line as labels and publishers are matched: no surrounding marks; "" if long."""
    return line.strip(" .:|*-•·") if len(line) <= _LONGEST_LABEL else ""


def _is_navigation(line: str, vocabulary: _Vocabulary) -> bool:
    bare = _bare(line)
    if not bare:
        return True
    if bare in vocabulary.navigation:
        return True
    label, colon, _ = bare.partition(":")
    if colon and label.strip() in vocabulary.related:
        return True  # "ALSO READ: PM to address nation today": another page's headline
    if len(bare) < 40 and all(w in vocabulary.navigation or not w.isascii() for w in bare.split()):
        return True
    # A menu: "World | Asia | Business | Opinion", "Share on Facebook | Share on X | Email".
    items = _MENU_SEPARATOR.split(bare) if "|" in bare or "·" in bare else ()
    return len(items) >= _SHORTEST_MENU and all(
        0 < len(item.split()) <= _LONGEST_MENU_ITEM and "." not in item for item in items
    )


_MENU_SEPARATOR = re.compile(r"\s*[|·]\s*")
# A byline's name: "By Khaama Press" (an outlet, if a known one).
_BYLINE_OUTLET = re.compile(r"(?:written |reported )?by (.+)", re.IGNORECASE)
# A menu written one item a line: a run of short lines, half of them navigation words.
_MENU_ITEM = re.compile(r"[^\W\d_][^\n.!?,;:\d]{0,24}")
_SHORTEST_MENU_RUN = 4  # lines


def _menu_lines(text: str, lines: list[tuple[int, int]], vocabulary: _Vocabulary) -> set[int]:
    """
    The numbers of the lines of a menu written one item a line.

    "Home", "World", "Pakistan", "Business", "Sports" above a news page's headline: a run of
    four or more short lines of at most three words each, without sentence marks or digits,
    half of them or more navigation words or countries.
    """
    found: set[int] = set()
    run: list[int] = []
    for number, (start, end) in enumerate([*lines, (0, 0)]):
        item = (
            end - start <= _LONGEST_MENU_ITEM_CHARACTERS
            and _MENU_ITEM.fullmatch(text, start, end)
            and _bare(text[start:end]) not in vocabulary.outlets  # the page's outlet ends a menu
        )
        if item and len(text[start:end].split()) <= _LONGEST_MENU_ITEM:
            run.append(number)
            continue
        known = sum(
            _bare(text[slice(*lines[n])]) in vocabulary.navigation
            or _bare(text[slice(*lines[n])]) in vocabulary.countries
            for n in run
        )
        if len(run) >= _SHORTEST_MENU_RUN and 2 * known >= len(run):
            found.update(run)
        run = []
    return found


_LONGEST_MENU_ITEM_CHARACTERS = 25
_SHORTEST_MENU = 3  # items
_LONGEST_MENU_ITEM = 3  # words


_LONGEST_CREDIT = 240  # characters: "(Photo by ... )", "/Xinhua Photo by ..." at a line's end


def _is_caption(line: str, vocabulary: _Vocabulary) -> bool:
    """
    Whether *line* is a photo's caption: a credit at its end, or a caption's opening.

    "... /Xinhua", "... (Photo: ...)", "... in Beijing. Photo: APP" (the credit alone, or after
    a sentence's end or a dash), "File photo: ...". Each pattern opens with a letter or a mark
    the regex engine skips ahead to: a search of every offset cost eight times as much. A
    credit ends its line and is short: only the line's last characters are searched.
    """
    tail = max(0, len(line) - _LONGEST_CREDIT)
    if vocabulary.caption.search(line, tail) or vocabulary.caption_opening.match(line):
        return True
    photo = vocabulary.caption_photo.search(line, tail)
    if photo is None:
        return False
    before = line[: photo.start()].rstrip()
    return not before or before.endswith((".", "—", "–", "-"))


def _lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the non-blank lines, with surrounding spaces trimmed."""
    return list(map(re.Match.span, _LINE.finditer(text)))


def _merge_broken_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    Join a line that stops mid-sentence with a next line that goes on in lower case.

    Copied pages break lines inside sentences, sometimes with a blank line between: a
    paragraph does not begin with a lower-case word that finishes the line before.
    """
    merged: list[tuple[int, int]] = []
    for start, end in lines:
        if merged:
            prev_start, prev_end = merged[-1]
            gap = text[prev_end:start]
            if (
                gap.count("\n") in {1, 2}
                and text[prev_end - 1] not in _FINAL
                and text[start].islower()
                and prev_end - prev_start > 60
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged


class _Segmenter:
    """Walks the lines once, assigning roles and collecting metadata."""

    def __init__(self, text: str, fmt: OutletFormat) -> None:
        self.text = text
        self.format = fmt
        self.vocabulary = _vocabulary()
        self.segments: list[Segment] = []
        self.title: tuple[int, int] | None = None
        self.outlet: tuple[int, int] | None = None
        # A byline's outlet ("By Khaama Press"): the page's, if no other line names one.
        self.byline: tuple[int, int] | None = None
        self.published: tuple[int, int] | None = None
        self.published_place: str | None = None  # the place of the date line that gave it
        self.outlet_name: str | None = None
        self.datelines: list[tuple[int, int]] = []
        self.seen: set[str] = set()
        self.has_body = False
        self.related = False  # after "Read more:", lines of other pages' headlines
        self.article = 0
        self.article_has_body = False

    def add(self, kind: str, start: int, end: int, *, bare: bool = False) -> None:
        """Add a segment; *bare* marks a dateline of a place only ("ISLAMABAD:")."""
        # A bare dateline right after body text opens that text's own story, not another
        # article: a photo caption or a summary's bullets come before it in news pages. One
        # with a date or an agency ("BEIJING, March 30") opens a story of its own.
        after_body = bool(self.segments) and self.segments[-1].kind == BODY
        # So does a timestamp or a publisher line right after a sentence of body text: a
        # page's lede above its date line (the Kremlin's) or its "From:" line (GOV.UK's), not
        # another page, whose headline would stand between.
        after_sentence = after_body and not _looks_like_heading(
            self.text[self.segments[-1].start : self.segments[-1].end]
        )
        # Lines that open a page come together: the first of them opens the article (or, as
        # above, does not), the others go with it ("From: ..." then "Published ...").
        after_opening = bool(self.segments) and self.segments[-1].kind in ARTICLE_STARTS
        if (
            kind in ARTICLE_STARTS
            and self.article_has_body
            and not after_opening
            and not (kind == "dateline" and bare and after_body)
            and not (kind in {"timestamp", "outlet"} and after_sentence)
        ):
            self.article += 1
            self.article_has_body = False
        # A line of body text that looks like a headline (a repeated headline, a standfirst
        # without a full stop) does not yet make an article that another page could follow.
        self.article_has_body = self.article_has_body or (
            kind == BODY and not _looks_like_heading(self.text[start:end])
        )
        self.segments.append(Segment(kind, start, end, self.article))

    def run(self) -> list[Segment]:
        lines = _merge_broken_lines(self.text, _lines(self.text))
        menu = _menu_lines(self.text, lines, self.vocabulary)
        for number, (start, end) in enumerate(lines):
            if number in menu:
                self.add("navigation", start, end)
            else:
                self.line(start, end)
        self.mark_headlines()
        self.mark_standfirst()
        return self.segments

    def line(self, start: int, end: int) -> None:  # noqa: C901, PLR0911, PLR0912, PLR0915 - one rule a branch
        text = self.text
        prefix = _DATE_PREFIX.match(text, start, end)
        if prefix:
            when = "when" if prefix.group("when") else "numbered"
            self.add("timestamp", start, prefix.end(when))
            if self.published is None:
                self.published = prefix.span(when)
            start = prefix.end()
            if start >= end:
                return
        line = text[start:end]
        glued = self.glued_label(line)
        if glued:
            # "Press Releases China: ...": the section's label copied before the page's title.
            self.add("label", start, start + len(glued.group().rstrip()))
            start += glued.end()
            line = text[start:end]
        # A long line seen before is a duplicate (a caption printed twice); a short one, such
        # as "Share", may repeat. Short lines need no key: no long line has theirs.
        if len(line) > _SHORTEST_DUPLICATE:
            key = _duplicate_key(line)
            if key in self.seen and len(key) > _SHORTEST_DUPLICATE:
                self.add("duplicate", start, end)
                return
            self.seen.add(key)
        vocabulary = self.vocabulary
        if _BREADCRUMB.match(line):
            self.add("breadcrumb", start, end)
            return
        if _is_navigation(line, vocabulary):
            self.add("navigation", start, end)
            # "Read more:", "Related": the headlines of other pages follow.
            self.related = _bare(line).rstrip(" :") in vocabulary.related
            return
        bare_credit = line.strip(" .-—–|")
        if vocabulary.credit.fullmatch(bare_credit):
            self.add("credit", start, end)
            # "By Khaama Press -", "By APP": a byline that names the outlet.
            by = _BYLINE_OUTLET.match(bare_credit)
            if (
                self.byline is None
                and by is not None
                and by.group(1).casefold() in vocabulary.outlets
            ):
                at = start + line.index(by.group(1))
                self.byline = (at, at + len(by.group(1)))
            return
        edition = _PRINT_EDITION.match(line) if len(line) <= _LONGEST_LABEL else None
        if edition is not None:
            # "Published in Dawn, April 18th, 2024": the newspaper and the day it printed.
            self.add("credit", start, end)
            if self.published is None:
                self.published = (start + edition.start("when"), start + edition.end("when"))
            if self.outlet is None and _bare(edition.group("outlet")) in vocabulary.outlets:
                self.outlet = (start + edition.start("outlet"), start + edition.end("outlet"))
            return
        if self.page_line(line, start, end):
            return
        stamp = _TIMESTAMP.match(line) if _may_be_timestamp(line) else None
        if stamp:
            self.add("timestamp", start, end)
            if self.published is None:
                self.published = (start + stamp.start("when"), start + stamp.end("when"))
                self.published_place = stamp.group("place")
            for group in ("outlet", "lead"):
                if (
                    self.outlet is None
                    and stamp.group(group)
                    and (group == "outlet" or _bare(stamp.group(group)) in vocabulary.outlets)
                ):
                    self.outlet = (start + stamp.start(group), start + stamp.end(group))
            return
        if _bare(line) in vocabulary.outlets:
            self.add("outlet", start, end)
            if self.outlet is None:
                self.outlet = (start + line.index(line.strip(" <>:|*-")), end)
            return
        if _is_caption(line, vocabulary):
            self.add("caption", start, end)
            return
        dateline = _DATELINE.match(line)
        if dateline and self.dateline(dateline, start, end):
            return
        self.text_line(start, end)

    def page_line(self, line: str, start: int, end: int) -> bool:
        """
        Mark a line of a government's page, and say whether it was one.

        A label ("Press Release", "PR No. 48", "Readout") is boilerplate on any page; on an
        official page, the name of its publisher ("Ministry of Foreign Affairs of ...") gives
        the outlet, and so does a label that only one publisher prints ("Office of the
        Spokesperson"), unless a publisher line names it.
        """
        label = _label_text(line)
        if not label:
            return False
        official = self.format is OutletFormat.OFFICIAL
        at = start + line.index(label)
        if self.vocabulary.labels.fullmatch(label):
            self.add("label", start, end)
            if official and self.outlet is None:
                for pattern, name in self.vocabulary.label_outlets:
                    if pattern.fullmatch(label):
                        self.outlet, self.outlet_name = (at, at + len(label)), name
                        break
            return True
        publisher = self.vocabulary.publishers.fullmatch(label) if official else None
        if publisher is not None:
            last = self.segments[-1] if self.segments else None
            if (
                last is not None
                and last.kind == "title"
                and self.is_state(self.text[last.start : last.end].strip())
            ):
                # "Islamic Emirate of Afghanistan" / "Ministry of Foreign Affairs": the state's
                # name above its ministry's is the publisher's too, no title.
                self.segments[-1] = attrs.evolve(last, kind="outlet")
                self.title = None
            self.add("outlet", start, end)
            if self.outlet is None or self.outlet_name is not None:
                self.outlet = (at + publisher.start("name"), at + publisher.end("name"))
                self.outlet_name = None
            return True
        if (
            official
            and self.segments
            and self.segments[-1].kind == "outlet"
            and self.is_state(label)
        ):
            # "Ministry of Foreign Affairs" / "Islamic Emirate of Afghanistan": the publisher's.
            self.add("outlet", start, end)
            return True
        return False

    def is_state(self, label: str) -> bool:
        """Whether a short line is a state's full name ("Islamic Emirate of Afghanistan")."""
        words = label.split()
        return (
            len(words) <= _LONGEST_STATE
            and all(w[:1].isupper() or w in {"of", "the"} for w in words)
            and not self.vocabulary.state_forms.isdisjoint(w.casefold() for w in words)
        )

    def glued_label(self, line: str) -> re.Match[str] | None:
        """
        A label at the start of the first heading, before the title that follows it on its line.

        The rest must read like a title in mixed case, so that a headline in capitals that
        starts with a label ("JOINT PRESS RELEASE OF THE ...") stays whole.
        """
        if self.has_body or self.title is not None:
            return None
        glued = self.vocabulary.glued_label.match(line)
        if glued is None or line[glued.end() :].isupper() or not _looks_like_heading(line):
            return None
        label = _label_text(line)
        if label and self.vocabulary.labels.fullmatch(label):
            return None  # the whole line is a label ("Press Release No. 412/2021")
        return glued

    def read_date_order(self) -> tuple[Note, ...]:
        """
        Say how a publication date in numbers only ("05/07/2021") is read.

        When the numbers do not decide, it is read day first; on a US government page, which
        writes the month first, it is left unread.
        """
        if self.published is None:
            return ()
        found = _DAY_AND_MONTH.match(self.text, *self.published)
        if found is None:
            return ()
        first, second, year = (int(part) for part in found.groups())
        if first > _MONTHS_OF_A_YEAR or second > _MONTHS_OF_A_YEAR or first == second:
            return ()  # "28/09/2021", "09/28/2021", "05/05/2021": one reading only
        written, span = found.group(), self.published
        reason = self.month_first_reason()
        if reason is not None:
            self.published = None
            return (
                Note(
                    "published.unread-order",
                    f"left {written!r} unread as the publication date: its numbers do not say "
                    f"which is the day, and {reason}",
                    span,
                    Severity.WARNING,
                ),
            )
        if first > calendar.monthrange(year, second)[1]:
            return ()  # "31/04/2021": no day, left to extraction to say so
        reading = dt.date(year, second, first).isoformat()
        return (
            Note(
                "published.day-first",
                f"read {written!r} day first, as {reading}: its numbers do not say which is the "
                "day, and pages outside the United States write the day first",
                span,
                Severity.INFO,
            ),
        )

    def month_first_reason(self) -> str | None:
        """Why the page writes the month first (a US government page), or None."""
        place = self.published_place
        if place is not None and " ".join(place.split()).casefold() in (
            self.vocabulary.month_first_places
        ):
            return f"its date line's place, {place!r}, is in the United States"
        cue = self.vocabulary.month_first_cues.search(self.text, 0, _HEAD)
        if cue is not None:
            return (
                f"it reads as a US government page ({cue.group()!r}), which writes the month first"
            )
        return None

    def dateline(self, match: re.Match[str], start: int, end: int) -> bool:
        city = match.group("city")
        # An agency after a comma or between slashes is a known outlet: "Tehran, IRNA -", not
        # "Kabul, Afghanistan -".
        outlet = next((g for g in ("outlet", "agency", "slashed") if match.group(g)), None)
        # "Kabul, Afghanistan -": the place and its country, no agency.
        country = (
            outlet == "agency" and match.group("agency").casefold() in self.vocabulary.countries
        )
        if (
            outlet in {"agency", "slashed"}
            and not country
            and (match.group(outlet).casefold() not in self.vocabulary.outlets)
        ):
            return False
        outlet = None if country else outlet
        has_detail = bool(match.group("date") or outlet or country)
        alone = match.end() >= len(match.string.rstrip())
        if not (city.isupper() and len(city) > 2) and not has_detail:
            return False
        if alone and not has_detail:
            return False
        ends = match.group(0).rstrip()
        if not alone and not ends.endswith(("-", "—", "–", ":", "/", "/.")):
            # "(PTI) External ...": only a known agency's bracket ends a dateline by itself.
            known = (
                outlet == "outlet" and match.group("outlet").casefold() in self.vocabulary.outlets
            )
            if not (known and ends.endswith(")")):
                return False
        self.add("dateline", start, start + match.end(), bare=not has_detail)
        if match.group("date"):
            self.datelines.append((start + match.start("date"), start + match.end("date")))
        if outlet is not None and self.outlet is None:
            self.outlet = (start + match.start(outlet), start + match.end(outlet))
        if start + match.end() < end:
            self.text_line(start + match.end(), end)
        return True

    def text_line(self, start: int, end: int) -> None:
        text = self.text
        credit = _trailing_credit(text, start, end)
        if credit and credit.group("who").casefold() in self.vocabulary.outlets:
            if self.outlet is None:
                self.outlet = credit.span("who")
            self.add(
                "credit", credit.start() + len(credit.group()) - len(credit.group().lstrip()), end
            )
            end = credit.start()
        line = text[start:end]
        has_body = self.has_body
        looks_like_heading = _looks_like_heading(line)
        if self.related and looks_like_heading:
            self.add("related", start, end)
            return
        self.related = False
        if self.title is None and not has_body and looks_like_heading:
            self.title = (start, end)
            self.add("title", start, end)
            return
        if has_body and looks_like_heading and len(line.split()) <= 8:
            self.add("subheading", start, end)
            return
        signed = _dated_tweet(line) if self.published is None and not has_body else None
        if signed is not None:
            # A tweet copied alone (the body's first line): its signature's date is when it was
            # posted. (One quoted in an article is not the article's date.)
            self.published = (start + signed.start("when"), start + signed.end("when"))
        self.add(BODY, start, end)
        self.has_body = True

    def mark_headlines(self) -> None:
        """
        The headline of a later article, next to a line that opens a page, is no body text.

        A headline longer than a subheading (see :meth:`text_line`) is taken for body text
        once the first article has body; next to a breadcrumb, timestamp, dateline or outlet
        line of a later article it is that article's headline.
        """
        if self.article == 0:
            return  # one article: no later headline
        segments = self.segments
        for index, seg in enumerate(segments):
            if seg.kind != BODY or (seg.article == 0 and not self.is_between_articles(index)):
                continue
            neighbours = segments[max(0, index - 1) : index] + segments[index + 1 : index + 2]
            line = self.text[seg.start : seg.end]
            if _looks_like_heading(line) and any(n.kind in ARTICLE_STARTS for n in neighbours):
                segments[index] = attrs.evolve(seg, kind="subheading")

    def is_between_articles(self, index: int) -> bool:
        """Whether the segment at *index* comes after body and before the next article."""
        following = self.segments[index + 1 : index + 2]
        return bool(following) and following[0].article > self.segments[index].article

    def mark_standfirst(self) -> None:
        """
        Mark a standfirst: one sentence under a news headline, repeated before the next heading.
        """
        if self.format is not OutletFormat.NEWS or self.title is None:
            return
        body = [i for i, s in enumerate(self.segments) if s.kind == BODY]
        if len(body) < 2:
            return
        first = self.segments[body[0]]
        words = _words(self.text, first)
        if not words or len(split_sentences(self.text, first.start, first.end)) > 1:
            return
        # The repetition comes before the next headline or article: what follows is another
        # story. (The page's own lines, a timestamp or a credit, may come between.)
        headings = (
            i
            for i, s in enumerate(self.segments)
            if i > body[0] and (s.kind in _HEADINGS or s.article != first.article)
        )
        stop = next(headings, len(self.segments))
        for index in (i for i in body[1:] if i < stop):
            later = self.segments[index]
            found = words & _words(self.text, later)
            if len(found) >= 0.6 * len(words):
                self.segments[body[0]] = attrs.evolve(first, kind="standfirst")
                return


def _duplicate_key(line: str) -> str:
    """
    What two copies of a line have in common: its words, casefolded, one space apart.

    A line longer than :data:`_LONGEST_COLLAPSED` is taken as it is: splitting a line that
    may be the whole text makes a list of its every word, about 20 times its size.
    """
    collapsed = " ".join(line.split()) if len(line) <= _LONGEST_COLLAPSED else line
    return collapsed.casefold()


def _words(text: str, seg: Segment) -> set[str]:
    """The words of four letters or more of a segment, casefolded, each once."""
    folded = text[seg.start : seg.end].casefold()
    if len(folded) <= _LONGEST_COLLAPSED:
        return set(_WORD.findall(folded))
    return {match.group() for match in _WORD.finditer(folded)}  # no list of every word


def _looks_like_heading(line: str) -> bool:
    """
    Whether a line may be a headline: short, and no sentence end at its end.

    A list item ("• Qureshi calls for aid", a summary's bullet under the headline) is none,
    however short.
    """
    return (
        line[-1] not in _FINAL
        and len(line) < 250
        and line[0] not in _BULLETS
        and _dated_tweet(line) is None
    )


def _dated_tweet(line: str) -> re.Match[str] | None:
    """The signature with its day that ends *line*, a tweet ("— X (@x) June 2, 2023")."""
    if not line[-1:].isdigit() or "(@" not in line:
        return None  # the commonest case
    signed = TWEET_SIGNATURE.search(line)
    return signed if signed is not None and signed.group("when") else None


def _trailing_credit(text: str, start: int, end: int) -> re.Match[str] | None:
    """
    A credit such as " - Agencies" at the end of ``text[start:end]``.

    The same as searching with _TRAILING_CREDIT, which is slow: the credit can only start in
    the spaces before the line's last run of dashes.
    """
    dash = max(map(text.rfind, _DASHES, itertools.repeat(start), itertools.repeat(end)))
    if dash < 0 or not text[dash + 1 : end].lstrip()[:1].isupper():
        return None  # no dash, or no capitalised word after the last one
    while dash > start and text[dash - 1] in _DASHES:
        dash -= 1
    space = dash
    while space > start and text[space - 1].isspace():
        space -= 1
    return _TRAILING_CREDIT.match(text, space, end) if space < dash else None


def outlet_names() -> dict[str, str]:
    """The known outlets, by casefolded name: the spelling to report for each."""
    return _vocabulary().outlets


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into sentences, keeping abbreviations and initialisms whole."""
    abbreviations = _vocabulary().abbreviations
    result = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        word_start = text.rfind(" ", begin, match.start()) + 1
        word = text[max(word_start, begin) : match.start()]
        word = word.lstrip("(\"'")
        if match.group()[0] == "." and (
            word in abbreviations or _INITIALS.fullmatch(word + ".") is not None
        ):
            continue
        if match.group() != "." or not _LIST_NUMBER.fullmatch(text, begin, match.start()):
            result.append((begin, stop))  # (the number of a list item, "2.", is no sentence)
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        result.append((begin, end))
    return result


def segment(norm: NormalizedText, fmt: OutletFormat) -> Layout:
    """Sort the lines of *norm* into body and boilerplate, and cut the body into sentences."""
    segmenter = _Segmenter(norm.text, fmt)
    segments = segmenter.run()
    sentences: list[Sentence] = []
    paragraph = 0
    for seg in segments:
        if seg.kind == BODY:
            sentences += [
                Sentence(a, b, paragraph, seg.article)
                for a, b in split_sentences(norm.text, seg.start, seg.end)
            ]
            paragraph += 1
    notes = segmenter.read_date_order()
    return Layout(
        segments=tuple(segments),
        sentences=tuple(sentences),
        title=segmenter.title,
        outlet=segmenter.outlet or segmenter.byline,
        published=segmenter.published,
        datelines=tuple(segmenter.datelines),
        outlet_name=segmenter.outlet_name,
        notes=notes,
    )
