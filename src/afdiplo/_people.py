"""
Finding people in the body: names, their titles as written, and their countries.

A capitalised run of words is a person when the gazetteer knows it, when a title stands before
it ("Dutch Foreign Minister Sigrid Kaag") or after it ("Amir Khan Muttaqi, acting foreign
minister of ..."), or when it is the short form (surname, or family name where that comes
first) of a person already found.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING

import attrs

from afdiplo._data import read_json
from afdiplo.gazetteer import Gazetteer, Person

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Mention", "PersonDraft", "find_people"]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
# A capitalised word, or one to three initials ("U.S.", "J."). Both start with the capital
# outside any group, so the regex engine can skip ahead to the next capital letter quickly.
_TOKEN = rf"[{_UPPER}](?:\.(?:[{_UPPER}]\.){{0,2}}(?=\s)|[\w'’]*(?:-[A-Za-z][\w'’]*)*\.?)"
# At most 32 words: a name with its title is far shorter, and a run of a whole text ("On On
# On ...") made a list of every word's span, hundreds of bytes of memory per character.
_RUN = re.compile(
    rf"{_TOKEN}(?:\s(?:(?:al|bin|bint|da|de|del|der|di|du|el|ibn|la|le|van|von)\s)?{_TOKEN})"
    r"{0,31}"
)
_LONGEST_NAME = 6
_CACHE_SIZE = 1 << 16
_NONSPACE = re.compile(r"\S+")
_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")
_WORDS = re.compile(r"[A-Za-z][\w'.-]*")


@attrs.frozen
class Mention:
    """One mention of a person: offsets, the words as written, and the person's key."""

    start: int
    end: int
    surface: str
    key: str


@attrs.define
class PersonDraft:
    """What is known of one person so far; keyed by canonical name."""

    key: str
    aliases: list[str]
    title: tuple[int, int] | None = None
    country: str | None = None
    first: int = 0
    known: bool = False


@attrs.frozen
class _Lexicon:
    heads: frozenset[str]
    words: frozenset[str]
    not_names: frozenset[str]
    country_titles: dict[str, str]
    family_first: frozenset[str]
    honorifics: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = read_json("lexicons", "en.json")
    heads = frozenset(data["title_heads"])
    words = frozenset(data["title_words"]) | {w for head in heads for w in head.split()}
    return _Lexicon(
        heads=frozenset(h.split()[-1] for h in heads),
        words=words,
        not_names=frozenset(data["not_name_words"]),
        country_titles=data["country_only_titles"],
        family_first=frozenset(data.get("family_name_first", ())),
        honorifics=frozenset(data["honorifics"]),
    )


@attrs.frozen
class _Tables:
    countries: dict[str, str]  # casefolded country word -> country
    by_first: dict[str, tuple[tuple[str, ...], ...]]  # multi-token country words, by first
    by_last: dict[str, tuple[tuple[str, ...], ...]]  # the same, by last token
    people: dict[str, Person]  # casefolded spelling -> person
    short: dict[str, Person]  # unique casefolded short form -> person
    appositive: re.Pattern[str]
    stop: frozenset[str]  # casefolded words that open no name: titles, countries, "fm", "Mr."
    # Words _not_a_name found to be no name; bounded by _CACHE_SIZE.
    seen: set[str] = attrs.field(factory=set, eq=False)


@functools.cache
def _tables(gazetteer: Gazetteer) -> _Tables:
    lexicon = _lexicon()
    countries: dict[str, str] = {}
    for country in gazetteer.countries:
        for word in (country.name, *country.aliases, *country.demonyms):
            countries.setdefault(word.casefold(), country.name)
    multiword = sorted({tuple(w.split()) for w in countries if " " in w}, key=len, reverse=True)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for words in multiword:
        by_first.setdefault(words[0], []).append(words)
        by_last.setdefault(words[-1], []).append(words)
    people: dict[str, Person] = {}
    shorts: dict[str, list[Person]] = {}
    for person in gazetteer.people:
        for spelling in (person.name, *person.aliases):
            people.setdefault(spelling.casefold(), person)
            for form in _short_forms(spelling, person.country, lexicon):
                shorts.setdefault(form.casefold(), []).append(person)
    unique = {k: v[0] for k, v in shorts.items() if len({p.name for p in v}) == 1}
    heads = "|".join(sorted(lexicon.heads, key=len, reverse=True))
    appositive = re.compile(
        r",\s+(?!(?:is|was|has|had|who|which|said|says|and|but)\b)"
        rf"(?P<title>(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?(?i:{heads})\b[^,.;()\n]{{0,70}}?)"
        r"\s*(?=[,.;()]|\s+(?:in|on|at|who|said|says|during)\b)"
    )
    return _Tables(
        countries,
        {k: tuple(v) for k, v in by_first.items()},
        {k: tuple(v) for k, v in by_last.items()},
        people,
        unique,
        appositive,
        lexicon.words
        | lexicon.heads
        | frozenset(countries)
        | {"fm"}
        | lexicon.honorifics
        | {f"{word}." for word in lexicon.honorifics},
    )


def _short_forms(name: str, country: str | None, lexicon: _Lexicon) -> list[str]:
    """Surnames (the last word), and family names where they come first ("Xi", "Wang")."""
    tokens = [t for t in name.split() if not t.endswith(".")]
    forms = [tokens[-1]] if tokens and len(tokens[-1]) > 2 else []
    if country in lexicon.family_first and len(tokens) > 1 and len(tokens[0]) >= 2:
        forms.append(tokens[0])
    return forms


def _title_before(  # noqa: C901, PLR0912 - one branch a kind of title word
    text: str, start: int, floor: int, tables: _Tables
) -> tuple[int, str | None, bool] | None:
    """
    Find the title phrase right before offset *start*, and after offset *floor*.

    *floor* is where the sentence starts: a title never reaches into the sentence before
    ("... the two heads of state. Wang Yi stressed").

    Returns its start, its country, and whether it has a head other than "counterpart";
    None when no title stands there.
    """
    lexicon = _lexicon()
    window_start = max(floor, start - 160)
    window = text[window_start:start]
    if window and not window[-1].isspace():
        return None
    tokens = [(m.start() + window_start, m.group()) for m in _WORDS.finditer(window)]
    if not tokens or text[tokens[-1][0] + len(tokens[-1][1]) : start].strip():
        return None
    kept = len(tokens)
    country: str | None = None
    heads: set[str] = set()
    i = len(tokens) - 1
    while i >= 0:
        word = _bare_word(tokens[i][1].rstrip("."))
        if i < len(tokens) - 1:
            gap = text[tokens[i][0] + len(tokens[i][1]) : tokens[i + 1][0]]
            # A comma may stand inside a ministry's name: "Minister of Foreign Affairs, European
            # Union and Cooperation"; only between capitalised words.
            if gap.strip() and (gap.strip() != "," or not tokens[i][1][0].isupper()):
                break
        matched = _country_ending_at(tokens, i, tables)
        if matched is not None:
            first, name = matched
            # The leftmost country word of a title is the person's: "Chinese Ambassador to
            # Afghanistan" speaks for China.
            country = name
            kept = first
            i = first - 1
            continue
        if word in lexicon.words or word in lexicon.heads or word == "fm":
            if word in lexicon.heads or word == "fm":
                heads.add(word)
            kept = i
            i -= 1
            continue
        break
    while kept < len(tokens) and tokens[kept][1].casefold() in {"and", "of", "the", "for", "to"}:
        kept += 1
    if kept >= len(tokens) or not heads:
        return None
    phrase = text[tokens[kept][0] : start].strip().casefold()
    if country is None:
        for title, name in lexicon.country_titles.items():
            if title in phrase:
                country = name
    return tokens[kept][0], country, bool(heads - {"counterpart"})


def _before_honorifics(text: str, start: int, floor: int) -> int:
    """Where the honorifics right before offset *start* begin ("Minister Dr S. Jaishankar")."""
    honorifics = _lexicon().honorifics
    while True:
        word_end = start  # (not text[floor:start].rstrip(): a copy of the sentence per name)
        while word_end > floor and text[word_end - 1].isspace():
            word_end -= 1
        word_start = text.rfind(" ", floor, word_end) + 1 or floor
        if word_end == start or text[word_start:word_end].rstrip(".").casefold() not in honorifics:
            return start
        start = word_start


def _country_ending_at(
    tokens: list[tuple[int, str]], i: int, tables: _Tables
) -> tuple[int, str] | None:
    word = tokens[i][1]
    if not word[:1].isupper():
        return None
    bare = _bare_word(word)
    for words in tables.by_last.get(bare, ()):
        n = len(words)
        if i - n + 1 < 0:
            continue
        if tuple(t[1].casefold() for t in tokens[i - n + 1 : i]) == words[:-1]:
            return i - n + 1, tables.countries[" ".join(words)]
    name = tables.countries.get(bare) or tables.countries.get(bare.rstrip("."))
    return (i, name) if name else None


def _bare_word(word: str) -> str:
    """*word* casefolded, without a possessive "'s"."""
    return word.casefold().removesuffix("'s").removesuffix("’s")


def _not_a_name(word: str, tables: _Tables) -> bool:
    """Whether *word* opens a capitalised run without being part of a name."""
    if word in tables.seen:
        return True
    folded = _bare_word(word)
    if word in _lexicon().not_names or folded in tables.stop:
        # Only words that are no name are kept: a few thousand spellings of titles,
        # countries and common words, where names, an open set, would fill the table.
        if len(tables.seen) >= _CACHE_SIZE:
            tables.seen.clear()
        tables.seen.add(word)
        return True
    return False


def _word_spans(run: str, start: int) -> list[tuple[int, int]]:
    """The spans of the words of a run at *start*, one whitespace character apart (see _RUN)."""
    spans = []
    for word in run.split():
        spans.append((start, start + len(word)))
        start += len(word) + 1
    return spans


def _country_words_at(text: str, tokens: list[tuple[int, int]], tables: _Tables) -> int:
    """How many words of a country's name of several words ("United States") open *tokens*."""
    names = tables.by_first.get(text[tokens[0][0] : tokens[0][1]].casefold())
    if names is None:
        return 0
    words = tuple(text[a:b].casefold().removesuffix("'s") for a, b in tokens[:4])
    return next((len(w) for w in names if words[: len(w)] == w), 0)


def _strip_front(text: str, tokens: list[tuple[int, int]], tables: _Tables) -> None:
    """Remove the title words, country words and non-name words that open *tokens*."""
    after_country = False
    # The words are counted, then removed at once: removing them one by one from the front of
    # the list would cost the square of the run's length ("On On On ...").
    first = 0
    while first < len(tokens):
        multi = _country_words_at(text, tokens[first : first + 4], tables)
        word = text[tokens[first][0] : tokens[first][1]]
        country = multi > 0 or _bare_word(word) in tables.countries
        if country and after_country:
            # A country word right after another opens a name: "of Nepal Bharat Raj Paudyal"
            # ("Bharat" is also India's name).
            break
        if multi:
            first += multi
        elif _not_a_name(word, tables):
            first += 1
        else:
            break
        after_country = country
    del tokens[:first]


def _strip_run(text: str, start: int, end: int, tables: _Tables) -> tuple[int, int] | None:
    """Cut title words, demonyms and non-name words off both ends of a capitalised run."""
    run = text[start:end]
    if " " not in run and _not_a_name(run, tables):
        return None  # the commonest case: one word such as "The", "China", "Minister"
    lexicon = _lexicon()
    tokens = _word_spans(run, start)
    _strip_front(text, tokens, tables)
    while tokens:
        word = text[tokens[-1][0] : tokens[-1][1]].rstrip(".")
        if word in lexicon.not_names or word.casefold() in tables.countries or len(word) < 2:
            tokens.pop()
        else:
            break
    if not tokens:
        return None
    last_end = tokens[-1][1]
    if text[last_end - 1] == "." and not _INITIALS_END.search(text[tokens[0][0] : last_end]):
        last_end -= 1
    if text[tokens[0][0] : last_end].endswith(("'s", "’s")):
        last_end -= 2
    return tokens[0][0], last_end


def find_people(  # noqa: C901 - one branch a way a run may name someone
    text: str, regions: Iterable[tuple[int, int]], gazetteer: Gazetteer
) -> tuple[dict[str, PersonDraft], list[Mention]]:
    """
    Find the people mentioned in *regions* of *text* (the body sentences).

    Returns:
        The people by key, and every mention in reading order.
    """
    tables = _tables(gazetteer)
    people: dict[str, PersonDraft] = {}
    mentions: list[Mention] = []
    unknowns = _Unknowns()  # the people of `people` the gazetteer does not know
    pending: list[tuple[int, int, str]] = []  # single words that may be short forms
    for region_start, region_end in regions:
        for run in _RUN.finditer(text, region_start, region_end):
            word = run.group()
            if word in tables.seen:
                continue  # a known non-name word ("The", "China"), the commonest run
            stripped = _strip_run(text, run.start(), run.end(), tables)
            if stripped is None:
                continue
            start, end = stripped
            person, (start, end) = _lookup(text, start, end, tables)
            surface = text[start:end]
            if person is None and " " not in surface:
                pending.append((start, end, surface))
                continue
            if person is None and surface.count(" ") >= _LONGEST_NAME:
                continue
            title_end = _before_honorifics(text, start, region_start)
            titled = _title_before(text, title_end, region_start, tables)
            title_span: tuple[int, int] | None = None
            country: str | None = None
            if titled is not None:
                title_span = (titled[0], title_end)
                country = titled[1]
            else:
                after = tables.appositive.match(text, end)
                if after is not None and (person is not None or " " in surface):
                    title_span = after.span("title")
                    country = _country_in(after.group("title"), tables)
            if person is None and title_span is None:
                pending.append((start, end, surface))
                continue
            key = person.name if person else surface
            draft = _merge(people, key, surface, start, person, unknowns=unknowns)
            if draft.title is None and title_span is not None and (titled is None or titled[2]):
                draft.title = title_span
            if draft.country is None:
                draft.country = country or (person.country if person else None)
            mentions.append(Mention(start, end, surface, draft.key))
    _resolve_short_forms(people, mentions, pending, tables, unknowns)
    mentions.sort(key=lambda m: m.start)
    return people, mentions


def _lookup(
    text: str, start: int, end: int, tables: _Tables
) -> tuple[Person | None, tuple[int, int]]:
    """The known person a run names, and the part of the run that names them."""
    run = text[start:end]
    person = tables.people.get(run.casefold())
    words = run.split()
    if person is not None or len(words) < 2:
        return person, (start, end)
    spans = [m.span() for m in _NONSPACE.finditer(text, start, end)]
    # A known spelling inside a longer run: "Mullah Abdul Ghani Baradar", "Mr. Wang Yi".
    # No name has more than six words: longer windows are not looked up.
    for size in range(min(len(words) - 1, _LONGEST_NAME), 1, -1):
        for first in range(len(words) - size + 1):
            a, b = spans[first][0], spans[first + size - 1][1]
            person = tables.people.get(text[a:b].casefold())
            if person is not None:
                return person, (a, b)
    return None, (start, end)


def _merge(  # noqa: PLR0913 - the person, the mention, and where both are kept
    people: dict[str, PersonDraft],
    key: str,
    surface: str,
    start: int,
    person: Person | None,
    *,
    unknowns: _Unknowns,
) -> PersonDraft:
    draft = people.get(key)
    if draft is None and person is None:
        draft = unknowns.same_person(surface)
    if draft is None:
        draft = PersonDraft(key=key, aliases=[], first=start, known=person is not None)
        people[key] = draft
        if person is None:
            unknowns.add(draft)
    if surface != draft.key and surface not in draft.aliases:
        draft.aliases.append(surface)
    return draft


@attrs.define
class _Unknowns:
    """
    The people found so far that the gazetteer does not know, by the words of their keys.

    A surface names the same person as such a key when the two share two words, or one word
    and either has only one (words casefolded, each counted once); the first person found
    wins. Each table keeps the first person for its pair or word, so finding one costs the
    same however many people the text names (a loop over all of them cost the square).
    """

    rank: dict[str, int] = attrs.Factory(dict)  # key -> the order in which it was found
    by_pair: dict[tuple[str, str], PersonDraft] = attrs.Factory(dict)
    by_word: dict[str, PersonDraft] = attrs.Factory(dict)
    by_only_word: dict[str, PersonDraft] = attrs.Factory(dict)  # keys of one word

    def add(self, draft: PersonDraft) -> None:
        self.rank.setdefault(draft.key, len(self.rank))
        words = sorted(set(draft.key.casefold().split()))
        for pair in itertools.combinations(words, 2):
            self.by_pair.setdefault(pair, draft)
        for word in words:
            self.by_word.setdefault(word, draft)
        if len(words) == 1:
            self.by_only_word.setdefault(words[0], draft)

    def same_person(self, surface: str) -> PersonDraft | None:
        words = sorted(set(surface.casefold().split()))
        found = [self.by_pair.get(pair) for pair in itertools.combinations(words, 2)]
        found += [self.by_only_word.get(word) for word in words]
        if len(words) == 1:
            found.append(self.by_word.get(words[0]))
        known = [draft for draft in found if draft is not None]
        return min(known, key=lambda draft: self.rank[draft.key], default=None)


def _country_in(phrase: str, tables: _Tables) -> str | None:
    words = [m.group() for m in _WORDS.finditer(phrase)]
    tokens = [(0, w) for w in words]
    for i in range(len(tokens)):
        found = _country_ending_at(tokens, i, tables)
        if found is not None:
            return found[1]
    return None


def _given_names(
    people: dict[str, PersonDraft], shorts: dict[str, str], tables: _Tables
) -> dict[str, str]:
    """
    The first words of names, each of one person only, as short forms ("Bilawal" said).

    Surnames and family names (*shorts*) win over them.
    """
    found: dict[str, set[str]] = {}
    for draft in people.values():
        for name in (draft.key, *draft.aliases):
            first, *rest = name.split()
            folded = first.casefold()
            if (
                rest
                and len(first) > 2
                and not first.endswith(".")
                and folded not in tables.stop  # titles, countries, honorifics
            ):
                found.setdefault(folded, set()).add(draft.key)
    return {
        word: keys.pop() for word, keys in found.items() if len(keys) == 1 and word not in shorts
    }


def _written_in_full(
    people: dict[str, PersonDraft], mentions: list[Mention], lexicon: _Lexicon
) -> dict[str, tuple[list[int], list[str]]]:
    """For each short form (casefolded), where a name that has it was written, and whose."""
    found: dict[str, tuple[list[int], list[str]]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        country = people[mention.key].country
        for form in {f.casefold() for f in _short_forms(mention.surface, country, lexicon)}:
            starts, keys = found.setdefault(form, ([], []))
            starts.append(mention.start)
            keys.append(mention.key)
    return found


def _resolve_short_forms(  # noqa: C901 - tries each way a short form may name someone
    people: dict[str, PersonDraft],
    mentions: list[Mention],
    pending: list[tuple[int, int, str]],
    tables: _Tables,
    unknowns: _Unknowns,
) -> None:
    lexicon = _lexicon()
    shorts: dict[str, str] = {}
    for draft in people.values():
        names = [draft.key, *draft.aliases]
        for name in names:
            for form in _short_forms(name, draft.country, lexicon):
                shorts.setdefault(form.casefold(), draft.key)
    given = _given_names(people, shorts, tables)
    # "Wang" is the Wang named last before it (Wang Yu, then Wang Yi in a second readout);
    # before any, the first Wang of the text.
    recent = _written_in_full(people, mentions, lexicon)

    def short(form: str, at: int) -> str | None:
        starts, keys = recent.get(form, ((), ()))
        before = bisect.bisect_left(starts, at) - 1
        return keys[before] if before >= 0 else shorts.get(form)

    for start, end, surface in pending:
        words = surface.split()
        key = None
        for candidate in (surface, words[-1], words[0]):
            key = short(candidate.casefold(), start)
            if key is not None:
                break
        if key is None and len(words) == 1:
            key = given.get(surface.casefold())
        if key is None and len(words) == 1:
            person = tables.short.get(surface.casefold())
            if person is not None:
                key = person.name
                _merge(people, key, surface, start, person, unknowns=unknowns)
                if people[key].country is None:
                    people[key].country = person.country
        if key is None:
            continue
        draft = people[key]
        if surface != draft.key and surface not in draft.aliases:
            draft.aliases.append(surface)
        mentions.append(Mention(start, end, surface, key))
