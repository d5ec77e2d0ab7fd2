"""
The parser's quick first tests find exactly what a plain search finds.

For speed, the parser avoids running slow patterns over every sentence: cue patterns are
indexed by a word every match contains, and date phrases are only looked for in sentences
that hold a month or weekday name; compare() splits words without a pattern and unifies
synonym phrases only in texts that hold one. Each shortcut is checked here against the
plain search.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afdiplo._attribute import _CAPITAL_WORD
from afdiplo._cues import contact_wordings, labelled_cues, sentence_cues
from afdiplo._data import read_json
from afdiplo._dates import (
    _MONTH_NAMES,
    DATE_PHRASE,
    NUMERIC_PHRASE,
    _dateparser_month_and_day,
    _plain_month_and_day,
    date_phrases,
)
from afdiplo._detect import detect_format, format_cues
from afdiplo._engage import cues as engagement_cues
from afdiplo._engage import medium_in
from afdiplo._normalize import normalize
from afdiplo._patterns import (
    MONTH,
    _anchor,
    _anchors,
    _branch_searchable,
    _parts,
    _searchable,
    anchor,
    any_of,
    sure_keys,
    tokens,
)
from afdiplo._segment import (
    _BOUNDARY,
    _TIMESTAMP,
    _TRAILING_CREDIT,
    _lines,
    _may_be_timestamp,
    _trailing_credit,
    segment,
)
from afdiplo.compare._similarity import _WORD, _lexicon, _stem, _terms, _tokens
from afdiplo.gazetteer import Gazetteer
from afdiplo.lexicon import load_topics
from afdiplo.samples import sample_texts
from conftest import CORPUS

GAZETTEER = Gazetteer.default()
TOPICS = load_topics()
LABELLED = labelled_cues(TOPICS)
COMPILED = [(label, re.compile(pattern)) for label, pattern in LABELLED]


def _plain_labels(folded: str) -> set[str]:
    return {label for label, pattern in COMPILED if pattern.search(folded)}


def _indexed_labels(sentences: list[str]) -> list[set[str]]:
    return sentence_cues(TOPICS).labels_of(sentences)


def _documents() -> list[list[str]]:
    texts = [*sample_texts().values()]
    texts += [path.read_text("utf-8") for path in sorted(CORPUS.glob("readouts/*/*.txt"))]
    found = []
    for text in texts:
        norm = normalize(text)
        layout = segment(norm, detect_format(norm))
        found.append([norm.text[s.start : s.end] for s in layout.sentences])
    return found


def _sentences() -> list[str]:
    return [sentence for document in _documents() for sentence in document]


def test_cue_index_on_the_corpus() -> None:
    documents = _documents()
    assert sum(map(len, documents)) > 300
    for document in documents:
        folded = [sentence.casefold() for sentence in document]
        assert _indexed_labels(folded) == [_plain_labels(sentence) for sentence in folded]


# Text made of the cues' own words, so that many cues match, partly or wholly.
_CUE_WORDS = sorted(
    {word for _, pattern in LABELLED for word in re.findall(r"[a-z][a-z'-]*", pattern)}
)
_SEPARATORS = st.sampled_from([" ", " ", " ", ", ", "-", ". ", " (", "'s ", "\n"])


_CUE_TEXT = st.lists(st.tuples(st.sampled_from(_CUE_WORDS), _SEPARATORS), max_size=20).map(
    lambda words: "".join(word + separator for word, separator in words)
)


@given(st.lists(_CUE_TEXT, max_size=4))
def test_cue_index_on_cue_words(sentences: list[str]) -> None:
    assert _indexed_labels(sentences) == [_plain_labels(sentence) for sentence in sentences]


def test_searchable_cue_patterns_match_alike() -> None:
    """A cue pattern rewritten to be searched fast matches where the pattern itself matches."""
    sentences = [sentence.casefold() for sentence in _sentences()]
    rewritten = 0
    for _, pattern in LABELLED:
        for plain, _, lead in _anchors(pattern):
            # As CueIndex.of passes it: -1 for a cue with no fixed lead.
            source, new_lead = _searchable(pattern, plain, -1 if lead is None else lead)
            if source == pattern:
                continue
            rewritten += 1
            assert new_lead == -1
            original, searched = re.compile(pattern), re.compile(source)
            for sentence in sentences:
                assert [m.span() for m in original.finditer(sentence)] == [
                    m.span() for m in searched.finditer(sentence)
                ], (pattern, source)
    assert rewritten > 100  # most cues open with a word boundary and their plain text


def test_branch_rewritten_cue_parts_match_alike() -> None:
    """A cue part whose leading group takes the word boundary in matches where it did."""
    sentences = [sentence.casefold() for sentence in _sentences()]
    rewritten = 0
    for _, pattern in LABELLED:
        for part, _ in _parts(pattern):
            source = _branch_searchable(part)
            if source == part:
                continue
            rewritten += 1
            original, searched = re.compile(part), re.compile(source)
            for sentence in sentences:
                assert [m.span() for m in original.finditer(sentence)] == [
                    m.span() for m in searched.finditer(sentence)
                ], (part, source)
    assert rewritten > 10


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:held|had) talks", r"(?:h(?<=\bh)eld|h(?<=\bh)ad) talks"),
        (r"\b(?:met|meets?)\b", r"(?:m(?<=\bm)et|m(?<=\bm)eets?)\b"),
        (r"\b(?:a|b)?c", None),  # an optional group may not open the match
        (r"\b(?:[a-z]+|x)y", None),  # an alternative opens with a class
        (r"\b(?:a?b|c)", None),  # an alternative's first letter may be missing
    ],
)
def test_branch_searchable(pattern: str, expected: str | None) -> None:
    source = _branch_searchable(pattern)
    assert source == (pattern if expected is None else expected)
    text = "unheld: they held talks, had talks, met and meets; bc abc xy c"
    assert [m.span() for m in re.finditer(source, text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]


@pytest.mark.parametrize(
    ("pattern", "plain", "expected"),
    [
        (r"\bspoke with\b", "spoke with", r"spoke with(?<=\bspoke with)\b"),
        (r"\bsaids?", "said", r"said(?<=\bsaid)s?"),
        (r"cooperation with (?:china|russia)", "cooperation with", None),
        (r"\bsaid?", "said", None),  # the plain text's last letter quantified: kept
        (r"(?:held|had) talks", "talks", None),
    ],
)
def test_searchable_rewrites(pattern: str, plain: str, expected: str | None) -> None:
    source, lead = _searchable(pattern, plain, 0)
    if expected is None:
        assert source == pattern
    else:
        assert (source, lead) == (expected, -1)
    text = f"unsaid: they {plain}s, {plain}, {plain} and {plain}d today"
    assert [m.span() for m in re.finditer(source, text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]


@pytest.mark.parametrize(
    ("pattern", "plains"),
    [
        (r"\bto (?:discuss|review|exchange views)\b", ["discuss", "review", "exchange views"]),
        (r"\bin (?:19|20)\d\d\b", ["19", "20"]),
        (r"\bheld talks with\b", ["held talks with"]),
    ],
)
def test_cues_of_short_words_are_indexed_by_a_group(pattern: str, plains: list[str]) -> None:
    """A cue whose plain text is short common words is filed under its rarer alternatives."""
    assert [plain for plain, _, _ in _anchors(pattern)] == plains
    sentence = "the ministers met in 2021 to review ties and held talks with them"
    match = re.search(pattern, sentence)
    assert match is not None
    assert any(plain in match.group() for plain in plains)


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"\bphone\b|\bphoned\b", [r"\bphone\b", r"\bphoned\b"]),
        (
            r"\b(?:held|had) (?:a )?(?:talks|call)\b",
            [r"\bheld (?:a )?(?:talks|call)\b", r"\bhad (?:a )?(?:talks|call)\b"],
        ),
        (r"\bto (?:discuss|review)\b", [r"\bto discuss\b", r"\bto review\b"]),
        (r"\bheld talks\b", [r"\bheld talks\b"]),
        # A group referred to back: the whole pattern, once for each alternative's anchor.
        (r"(\w+) (?:talks|calls) \1", [r"(\w+) (?:talks|calls) \1"] * 2),
    ],
)
def test_cues_are_searched_as_their_parts(pattern: str, parts: list[str]) -> None:
    """A cue is tried as the alternatives of its indexed group: one matches where it does."""
    assert [part for part, _ in _parts(pattern)] == parts
    texts = ["they held talks", "had a call", "phoned him", "to review it", "to discussion"]
    for text in [*texts, "calls talks calls"]:
        assert bool(re.search(pattern, text)) == any(re.search(part, text) for part in parts)


@pytest.mark.parametrize(
    "line",
    [
        "Xinhua | Updated: 2022-05-10 20:35",
        "Islamabad: July 07, 2020",
        "Brussels, 28/09/2021",
        "| @indiablooms | Aug 20, 2021, at 03:53 pm",
        "Published 2 March 2023",
        "Kabul - ٧ July ٢٠٢٠",  # Arabic-Indic digits: not ASCII, tried all the same
    ],
)
def test_timestamp_lines_pass_the_quick_test(line: str) -> None:
    assert _may_be_timestamp(line)


def test_timestamp_quick_test_on_the_corpus() -> None:
    """No line the timestamp pattern matches is ruled out by the quick test."""
    texts = [*sample_texts().values()]
    texts += [path.read_text("utf-8") for path in sorted(CORPUS.glob("readouts/*/*.txt"))]
    lines = [line.strip() for text in texts for line in normalize(text).text.split("\n")]
    stamps = [line for line in lines if _TIMESTAMP.match(line)]
    assert len(stamps) >= 5  # the seeds and the corpus have timestamp lines
    assert all(map(_may_be_timestamp, stamps))
    assert not _may_be_timestamp(
        "Wang Yi said that China respects the choice of the Afghan people."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Qureshi telephoned Wang Yi on Monday.",
        "Putin made a phone call to President Xi.",
        "Lavrov RANG his Chinese counterpart.",
        "Khan received a telephone call from Prime Minister Johnson.",
        "Blinken placed a call to the Pakistani foreign minister.",
    ],
)
def test_initiating_verbs_hold_a_quick_word(sentence: str) -> None:
    """Each wording that says who placed a call holds one of its quick words."""
    vocabulary = engagement_cues()
    found = vocabulary.subject_initiates.search(sentence) or vocabulary.object_initiates.search(
        sentence
    )
    assert found is not None
    assert not vocabulary.initiates_words.isdisjoint(tokens(sentence.casefold()))


def test_initiating_verbs_quick_words_on_the_corpus() -> None:
    vocabulary = engagement_cues()
    texts = [path.read_text("utf-8") for path in sorted(CORPUS.glob("gold/*.txt"))]
    lines = [line for text in texts for line in text.splitlines()]
    matched = 0
    for sentence in [*_sentences(), *lines]:
        if vocabulary.subject_initiates.search(sentence) or vocabulary.object_initiates.search(
            sentence
        ):
            matched += 1
            assert not vocabulary.initiates_words.isdisjoint(tokens(sentence.casefold()))
    assert matched >= 3


def _plain_lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of *text*, their spaces trimmed, found line by line."""
    result = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip(" ")
        if stripped:
            start = position + line.index(stripped)
            result.append((start, start + len(stripped)))
        position += len(line) + 1
    return result


@given(st.text(alphabet=st.sampled_from(["a", "B", " ", "\n", "\t", "\u00a0", ".", "é"])))
def test_lines_as_found_line_by_line(text: str) -> None:
    assert _lines(text) == _plain_lines(text)


def test_lines_of_the_samples_as_found_line_by_line() -> None:
    for text in sample_texts().values():
        norm = normalize(text).text
        assert _lines(norm) == _plain_lines(norm)


def _plain_medium(folded: str) -> object:
    return next((m for m, p in engagement_cues().media if p.search(folded)), None)


def test_media_index_on_the_corpus() -> None:
    """The media wordings, alternations of many phrases, are found as a plain search finds them."""
    for document in _documents():
        for sentence in document:
            assert _plain_medium(sentence.casefold()) == medium_in(sentence.casefold())


_MEDIA_WORDS = sorted(
    {w for _, m in engagement_cues().media for w in re.findall(r"[a-z'-]+", m.pattern)}
)


@given(st.lists(st.tuples(st.sampled_from(_MEDIA_WORDS), _SEPARATORS), max_size=12))
def test_media_index_on_media_words(words: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in words)
    assert _plain_medium(text) == medium_in(text)


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"\bvideo (?:call|link)\b|\bphoned?\b", {"vide", "phon"}),  # each alternative's
        (r"\bmet\b|\bmeeting", {"met", "meet"}),
        (r"\bvisit(?:ed)?\b|talks", None),  # "talks" may start inside a word: no sure key
    ],
)
def test_sure_keys_of_an_alternation(pattern: str, keys: set[str] | None) -> None:
    """An alternation's keys are its alternatives' keys, not those of a group inside one."""
    assert (None if keys is None else frozenset(keys)) == sure_keys(pattern)


@pytest.mark.parametrize(
    ("cue", "plain", "keys"),
    [
        (r"\bhad\ a\ phone\b", "had a phone", ("phon",)),  # "\ " is a space
        (r"\bforeign\ minister\b", "foreign minister", ("mini", "fore")),  # longest first
        (r"\burg(?:e|es|ed|ing)\b", "urg", ()),  # "urg" is no whole word: no key
        (r"\bis to\b", "is to", ("is", "to")),  # short whole words when there is no other
        ("afghan-led", "afghan-led", ()),  # may start inside a word: "pro-afghan-led"
        (r"\bafghan-led", "afghan-led", ("afgh",)),  # "led" may go on: "afghan-leder"
        ("peace process", "peace process", ("proc",)),  # a word after a space starts a word
        (r"decide (?:on their own )?the future", "the future", ("futu",)),
        (r"\bchina-u\.?s", "china-u", ("chin",)),  # the optional "." is not sure
        (r"x\\y z", "x\\y z", ("y",)),  # an escaped backslash is a backslash
        (r"^\s*\d{4}-\d{2}", "-", ()),  # repetition counts are no text
        ("a|b", "", ()),  # an alternation has no sure text
    ],
)
def test_anchor(cue: str, plain: str, keys: tuple[str, ...]) -> None:
    assert anchor(cue) == (plain, keys)


_DATE_WORDS = st.sampled_from(
    [
        "On", "on", "the", "morning", "evening", "of", "19", "1st", "August", "Aug.", "May",
        "Monday", "Tuesday", "2021", "said", "Mayor", "Marching", "Dec", "Sunday", "last", "This",
        "may", "7th", "07.06.2022", "2022-06-07", "6/17/2021", "in", "anniversary",
    ]
)  # fmt: skip


@given(
    st.lists(st.tuples(_DATE_WORDS, st.sampled_from([" ", ", ", ". ", "  "])), max_size=40),
    st.lists(st.integers(min_value=0, max_value=400), max_size=8),
)
def test_date_phrases_match_a_full_scan(words: list[tuple[str, str]], cuts: list[int]) -> None:
    text = "".join(word + separator for word, separator in words)
    bounds = sorted({0, len(text), *(min(cut, len(text)) for cut in cuts)})
    regions = list(itertools.pairwise(bounds))
    words = [frozenset(tokens(text[a:b].casefold())) for a, b in regions]
    found = date_phrases(text, regions, words)
    expected = [
        sorted(
            [
                m.span()
                for pattern in (DATE_PHRASE, NUMERIC_PHRASE)
                for m in pattern.finditer(text, *region)
            ]
        )
        for region in regions
    ]
    assert [[m.span() for m in matches] for matches in found] == expected


def _every_pattern() -> list[str]:
    data = read_json("lexicons", "engagements.json")
    return [
        *(pattern for _, pattern in LABELLED),
        *(cue.pattern.pattern for cue in format_cues()),
        *contact_wordings(data),
        *(pattern.pattern for _, pattern in engagement_cues().media),
    ]


def test_every_match_holds_its_plain_text() -> None:
    lines = [line for text in _sentences() for line in text.split("\n")]
    for pattern in _every_pattern():
        plain = anchor(pattern)[0].casefold()
        compiled = re.compile(pattern, re.IGNORECASE)
        for line in lines:
            for match in compiled.finditer(line):
                assert plain in match.group().casefold(), (pattern, line)


# The sentence boundary and trailing credit patterns as first written: slow, plainly right.
_PLAIN_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
_PIECES = st.sampled_from(
    [*"ab .!?\"')]([A9\n-—–", "Agencies", " News", "Xinhua", "  ", "U.S.", "Mr."]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_sentence_boundaries_match_the_plain_pattern(text: str) -> None:
    fast = [m.span() for m in _BOUNDARY.finditer(text)]
    assert fast == [m.span() for m in _PLAIN_BOUNDARY.finditer(text)]


@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 50), st.integers(0, 50))
def test_trailing_credit_matches_a_search(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    plain = _TRAILING_CREDIT.search(text, start, end)
    fast = _trailing_credit(text, start, end)
    assert (fast and (fast.span(), fast.group("who"))) == (
        plain and (plain.span(), plain.group("who"))
    )


@given(st.lists(st.sampled_from([*"aA .Z9_'-\n", "US", "U.S.", "Wang"]), max_size=40).map("".join))
def test_capitalised_words_match_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"(?<![\w.])[A-Z][\w.'-]*")
    assert [m.span() for m in _CAPITAL_WORD.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_every_match_holds_one_of_its_alternatives() -> None:
    lines = [line for text in _sentences() for line in text.split("\n")]
    matched = 0
    for pattern in _every_pattern():
        words = [word.casefold() for word in any_of(pattern)]
        compiled = re.compile(pattern, re.IGNORECASE)
        for line in lines:
            for match in compiled.finditer(line):
                matched += 1
                assert not words or any(w in match.group().casefold() for w in words), pattern
    assert matched > 100


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("a|bc", ("a", "bc")),
        (r"\b(?:(?:tele)?phone|video)\b", ("phone", "video")),
        (r"a(?:b|c)", ("a",)),  # one alternative: its own plain text
        (r"(?:ab)c(?:d)", ("c",)),  # the first group does not wrap the whole pattern
        (r"\b(?:a)\b(?:c|d)", ("c", "d")),  # every match passes through the second group
        (r"\b(?:in|at) the (?:meeting|call)\b", ("meeting", "call")),  # the longer group
        (r"\b(?:a|b)?c", ("c",)),  # an opening group that may be left out is no sure text
        (r"x|(?:y|z)", ()),  # an alternative with no sure text: no list
    ],
)
def test_any_of(pattern: str, words: tuple[str, ...]) -> None:
    assert any_of(pattern) == words


# Letters, digits, hyphens, spaces, punctuation, accented and other non-ASCII characters.
word_texts = st.text(alphabet="ab9-- .,'\u2019\u00e9\u00df\u4e2d\ud800\n", max_size=60)


@settings(max_examples=1000)
@given(word_texts)
def test_tokens_are_the_words_the_pattern_finds(text: str) -> None:
    """compare's word splitting finds exactly the words of the _WORD pattern."""
    assert _tokens(text) == _WORD.findall(text)


@settings(max_examples=1000)
@given(st.text(alphabet="azAZ09_- .,'\u2019\u00e9\u00df\u4e2d\ud800\n\t", max_size=60))
def test_parser_tokens_are_the_runs_of_a_z_and_0_9(text: str) -> None:
    """The cue indexes' word splitting finds exactly the runs of [a-z0-9]."""
    assert tokens(text) == re.findall("[a-z0-9]+", text)


@pytest.mark.parametrize(
    ("cue", "lead"),
    [
        (r"\bto (?:discuss|review)\b", 0),  # only "\b" before "to ": every match starts there
        (r"^\bsaid", 0),
        (r" the two sides", 1),  # the match starts at the space before "the two sides"
        (r"\b(?:paid|pays?) a visit", None),  # a group comes first: "a visit" may start anywhere
        (r"(?<!not )support for", None),
        (r"\bs?upport", None),  # the first letter is optional: "upport" is the plain text
    ],
)
def test_where_every_match_starts(cue: str, lead: int | None) -> None:
    """A cue's plain text starts its every match (less a space) only after zero-width tests."""
    assert _anchor(cue)[2] == lead


def _plain_terms(text: str) -> frozenset[str]:
    """_terms() without its shortcuts: the phrase pattern always run, words found by pattern."""
    lexicon = _lexicon()
    lowered = text.casefold().replace("\u2019", "'")
    if lexicon.phrases is not None:
        lowered = lexicon.phrases.sub(lambda m: " " + lexicon.groups[m.group()] + " ", lowered)
    words = [w for w in _WORD.findall(lowered) if w not in lexicon.stopwords]
    return frozenset(lexicon.groups[w] if w in lexicon.groups else _stem(w) for w in words)


PHRASES = sorted(_lexicon().phrase_texts)
PHRASE_WORDS = sorted({w for p in PHRASES for w in p.split()})


@given(st.lists(st.sampled_from([*PHRASES, *PHRASE_WORDS, "China", "the", "-", ","]), max_size=12))
def test_terms_match_the_plain_phrase_search(words: list[str]) -> None:
    """Synonym phrases are unified whether or not the quick test for phrases runs the pattern."""
    text = " ".join(words)
    assert _terms.__wrapped__(text) == _plain_terms(text)


# Every spelling of a month DATE_PHRASE accepts: a prefix of the name that MONTH matches.
MONTH_SPELLINGS = sorted(
    {
        name[:end]
        for name in _MONTH_NAMES
        for end in range(3, len(name) + 1)
        if re.fullmatch(MONTH, name[:end].capitalize())
    }
)
DAY_SPELLINGS = [str(day) for day in range(32)] + [f"{day:02d}" for day in range(10)] + ["99"]


def _is_a_day(month: str, day: str) -> bool:
    number = 1 + next(i for i, name in enumerate(_MONTH_NAMES) if name.startswith(month[:3]))
    try:
        dt.date(2000, number, int(day))
    except ValueError:
        return False
    return True


def test_plain_month_and_day_reads_as_dateparser_does() -> None:
    """Every day of the year, in every spelling, is read without dateparser, as it reads it."""
    assert len(MONTH_SPELLINGS) == 24  # 12 names, 11 abbreviations ("may" is both), "sept"
    for month, day in itertools.product(MONTH_SPELLINGS, DAY_SPELLINGS):
        for words in (f"{day} {month}", f"{month} {day}"):
            plain = _plain_month_and_day(words)
            assert (plain is not None) == _is_a_day(month, day), words
            if plain is not None:
                assert plain == _dateparser_month_and_day(words), words


def test_no_gate_word_of_the_speaker_vocabulary_is_a_common_word() -> None:
    """A gate word every sentence holds ("the" of "the élysée") would let every sentence in."""
    from afdiplo._speakers import _vocabulary  # noqa: PLC0415 - loaded with the parser
    from afdiplo.gazetteer import Gazetteer  # noqa: PLC0415

    vocabulary = _vocabulary(Gazetteer.default())
    common = {"the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "e", "s"}
    gates = {
        "relay_words": vocabulary.relay_words,
        "joint_words": vocabulary.joint_words,
        "passive_words": vocabulary.passive_words,
    }
    assert {name: sorted(words & common) for name, words in gates.items()} == {
        name: [] for name in gates
    }
