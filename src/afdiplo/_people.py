"""
Finding people in the body: names, their titles as written, and their countries.

A capitalised run of words is a person when the gazetteer knows it (in any spelling close to a
known one: "Quereshi", "Amir Abdullahian"), when a title stands before it ("Dutch Foreign
Minister Sigrid Kaag", "Pakistan's army chief Gen. Asim Munir") or after it ("Liu Jian, Special
Representative of the People's Republic of China for Afghanistan"), when an honorific opens it
("Mr. John Smith"), when it is the subject of a verb of speech or contact ("Batyr Yolov,
submitted ..."), or when it is the short form of a person already found (surname; family name
or given name where the family name comes first, as foreign outlets write "Yi said").

A country the text states (in a title, by demonym, "of X", "X's") wins over the gazetteer's.
People whose title is a relaying role (spokesperson, reporter) are marked as relays: they are
never participants of a call.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

import attr
import attrs

from afdiplo._data import outlets, read_json, region_countries
from afdiplo._patterns import FUNCTION_WORDS, alternation
from afdiplo.exceptions import DataFileError
from afdiplo.gazetteer import Gazetteer, Person

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "Mention",
    "PersonDraft",
    "find_people",
    "fold",
    "may_be_name",
    "office_words",
    "spelled",
    "title_words",
]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
# A capitalised word, or one to three initials ("U.S.", "J."). Both start with the capital
# outside any group, so the regex engine can skip ahead to the next capital letter quickly.
_TOKEN = rf"[{_UPPER}](?:\.(?:[{_UPPER}]\.){{0,2}}(?=\s)|[\w'’]*(?:-[A-Za-z][\w'’]*)*\.?)"
_PLACE_WORDS = 2  # words after a name that may name a place ("International Airport")
_LONGEST_STYLE = 3  # words of the longest form of address ("his royal highness")
_LONGEST_NAME = 6
_CACHE_SIZE = 1 << 16
# Runs are longer than words: fewer of them are kept (a MiB or two at most).
_RUNS_CACHED = 1 << 12
_NONSPACE = re.compile(r"\S+")
_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")
_WORDS = re.compile(r"[#@]?[A-Za-zÀ-ÖØ-öø-ſ][\w'’.-]*")
_ACRONYM = re.compile(r"[#@]?[A-Z][A-Z.&]{1,7}")
_FIRST = operator.itemgetter(0)  # an end of (end, start, key)
# Connectors inside a title: "Minister of Foreign Affairs of the Russian Federation".
_CONNECTORS = frozenset({"and", "of", "the", "for", "to", "at", "on"})
# A country after these connectors is the office's portfolio or post, not its holder's country:
# "Ambassador to Afghanistan", "Special Representative for Afghanistan".
_PORTFOLIO = frozenset({"to", "for", "in", "at", "on"})
_GAPS = frozenset({"", ",", "/", "-", "–", "—"})
# After a head, these make it an office of its own ("Minister of Foreign Affairs", "Minister
# for Foreign Affairs"), no bare head before a name ("the NSA and Minister Wang").
_OFFICE_OF = frozenset({"of", "for"})
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"})
# The longest appositive title looked at after a name, in characters.
_APPOSITIVE = 110
# After the head of an appositive title, these words end it ("..., the leader of X who ...").
_DATE_WORDS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "june", "july", "august", "september"),
        *("october", "november", "december", "today", "yesterday"),
    )
)
_APPOSITIVE_END = frozenset(
    {"who", "which", "that", "said", "says", "has", "had", "is", "was", "were", "are", "will"}
)


@functools.lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """*text* without accents and case ("Çavuşoğlu" -> "cavusoglu"), for comparing spellings."""
    if text.isascii():
        return text.casefold()  # the commonest case: no accent, nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=1 << 14)
def _key(name: str) -> str:
    """A spelling's lookup key: folded, with dots dropped and hyphens read as spaces."""
    return " ".join(fold(name).replace(".", " ").replace("-", " ").replace("’", "'").split())


class Mention(NamedTuple):
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
    #: The country came from the text (a title, a demonym), not from the gazetteer.
    stated: bool = False
    #: A relaying role (spokesperson, reporter): never a participant.
    relay: bool = False
    #: Leads a delegation ("a Taliban delegation led by its spokesman X"): a party, whatever
    #: the title.
    leads: bool = False
    #: "he" or "she" when the gazetteer or the text says which fits ("Ms.", "her
    #: counterpart"); None when nothing says, "" when the text says both.
    pronoun: str | None = None
    #: The lowercase words of every title of the person, abbreviations spelled out.
    words: set[str] = attrs.Factory(set)


@functools.cache
def _outlet_names() -> frozenset[str]:
    """The casefolded names and aliases of the publishers in outlets.tsv: no one's names."""
    return frozenset(word.casefold() for o in outlets() for word in (o.name, *o.aliases))


@attrs.frozen
class _Lexicon:
    heads: frozenset[str]  # the last word of each head ("minister", "general", "fm")
    words: frozenset[str]  # every word a title may hold
    modifiers: frozenset[str]  # the words of titles that are no heads ("acting", "foreign")
    #: Modifiers that are surnames too ("south", "west"): a title's words, and a name's where a
    #: run of capitalised words ends with one ("Special Representative West").
    surname_modifiers: frozenset[str]
    not_names: frozenset[str]
    not_short: frozenset[str]  # casefolded surnames that are also common words ("may", "west")
    places: frozenset[str]  # nouns of a place named for someone ("airport", "university")
    regions: frozenset[str]  # nouns of a country's regions ("province", "district")
    particles: frozenset[str]
    lineage: frozenset[str]  # particles that open a forefather's name ("bin", "ibn")
    title_countries: dict[str, str]
    #: The regions' names of several words, as their words, by their last word ("baluchestan":
    #: "sistan and baluchestan"): a title is read from its end.
    regions_by_last: dict[str, tuple[tuple[str, ...], ...]]
    #: The organisations of several words among the title countries ("world food programme"),
    #: the same way: a title may hold one ("the head of the World Food Programme in Kenya").
    organisations_by_last: dict[str, tuple[tuple[str, ...], ...]]
    #: Each of its phrases' place in it (the first a title holds is the title's country), and
    #: the most words one has.
    title_country_ranks: dict[str, int]
    longest_title_country: int
    family_first: frozenset[str]
    two_surnames: frozenset[str]  # countries whose names end with two surnames
    honorifics: frozenset[str]
    #: Forms of address before a name ("his excellency", casefolded; "HE" as written), each
    #: with the noun it is by ("excellency").
    styles: dict[str, str]
    styles_short: dict[str, str]
    relays: frozenset[str]
    abbreviations: dict[str, str]
    multiword_heads: tuple[tuple[str, ...], ...]
    office_suffixes: frozenset[str]  # "elect" of "President-elect"
    spellings: dict[str, str]  # a title word spelled another way -> as it is read ("advisor")
    #: The nouns of a post abroad: "mission", "delegation", "ambassador" (in a country).
    posts: frozenset[str]
    heads_only: frozenset[str]  # the heads that are no modifiers
    #: The modifiers of two words ("de facto", "ad interim"), as pairs of words: "de" is a
    #: title's word only before "facto" ("Staffan de Mistura").
    modifier_pairs: frozenset[tuple[str, str]]
    #: The last two words of each head of several ("consul general", "secretary general").
    head_pairs: frozenset[tuple[str, str]]
    style_ends: frozenset[str]  # the last word of each style


@functools.cache
def _lexicon() -> _Lexicon:
    titles = read_json("lexicons", "titles.json")
    general = read_json("lexicons", "en.json")
    try:
        # A relay's head ("correspondent") is a title's head too: its holder is no party.
        heads = [h.casefold() for h in dict.fromkeys(titles["heads"] + titles["relay_heads"])]
        abbreviations = {k.casefold(): v.casefold() for k, v in titles["abbreviations"].items()}
        surname_modifiers = frozenset(titles["surname_modifiers"])
        # (Of a modifier of two words, the last: "facto" of "de facto"; see modifier_pairs.)
        words = (
            {w for h in heads for w in h.split()}
            | {m.split()[-1] for m in titles["modifiers"]}
            | surname_modifiers
        )
        # A title's own words first: "UNAMA Head of Office in Herat" is the UN's.
        title_countries = {k.casefold(): v for k, v in titles["title_countries"].items()}
        for region, country in region_countries().items():
            title_countries.setdefault(region, country)
        head_words = frozenset(h.split()[-1] for h in heads) | frozenset(abbreviations)
        modifiers = frozenset(titles["modifiers"])
        multiword_heads = tuple(tuple(h.split()) for h in heads if " " in h)
        styles = {k.casefold(): v.casefold() for k, v in titles["styles"].items()}
        # (Not the titles among them, "secretary of state": they hold a title's head.)
        organisations = {
            last: kept
            for last, phrases in _by_last_word(title_countries).items()
            if (kept := tuple(p for p in phrases if head_words.isdisjoint(p)))
        }
        return _Lexicon(
            heads=head_words,
            words=frozenset(words),
            modifiers=modifiers,
            surname_modifiers=surname_modifiers,
            not_names=frozenset(general["not_name_words"]),
            not_short=frozenset(fold(w) for w in general["not_short_forms"]),
            places=frozenset(general["place_words"]),
            regions=frozenset(general["region_nouns"]),
            particles=frozenset(general["name_particles"]),
            lineage=frozenset(general["lineage_particles"]),
            title_countries=title_countries,
            regions_by_last=_by_last_word(region_countries()),
            organisations_by_last=organisations,
            title_country_ranks={phrase: rank for rank, phrase in enumerate(title_countries)},
            longest_title_country=max(len(phrase.split()) for phrase in title_countries),
            family_first=frozenset(titles["family_name_first"]),
            two_surnames=frozenset(titles["two_surnames"]),
            honorifics=frozenset(h.casefold() for h in titles["honorifics"]),
            styles=styles,
            styles_short={k: v.casefold() for k, v in titles["styles_short"].items()},
            relays=frozenset(h.casefold() for h in titles["relay_heads"]),
            abbreviations=abbreviations,
            multiword_heads=multiword_heads,
            office_suffixes=frozenset(titles["office_suffixes"]),
            spellings={k.casefold(): v.casefold() for k, v in titles["spellings"].items()},
            posts=frozenset(h.split()[-1] for h in heads) | frozenset(titles["led_groups"]),
            heads_only=head_words - modifiers,
            modifier_pairs=frozenset(
                (first, second)
                for first, second in (m.split(" ", 1) for m in modifiers if " " in m)
            ),
            head_pairs=frozenset((words[-2], words[-1]) for words in multiword_heads),
            style_ends=frozenset(style.split()[-1] for style in styles),
        )
    except (KeyError, TypeError, AttributeError) as err:
        msg = f"expected the layout of data/lexicons/titles.json and en.json ({err!r})"
        raise DataFileError(msg) from err


@functools.lru_cache(maxsize=1 << 12)
def title_words(phrase: str) -> frozenset[str]:
    """
    The lowercase words of a title, abbreviations spelled out ("FM": foreign, minister).

    Worked out once per phrase: titles recur, in a readout and across a corpus.
    """
    lexicon = _lexicon()
    found = set()
    for word in _WORDS.findall(phrase):
        bare = _bare_word(word.lstrip("#@").rstrip("."))
        found.add(bare)
        found.update(lexicon.abbreviations.get(bare, "").split())
    if "/" in phrase:  # an abbreviation of two offices: "HR/VP"
        for word in phrase.split():
            found.update(lexicon.abbreviations.get(_bare_word(word.strip(",.")), "").split())
    # "Advisor" is the "adviser" of "NSA": one spelling of each word.
    return frozenset(map(spelled, found))


def spelled(word: str) -> str:
    """A title's lowercase *word* as titles are compared: "adviser" for "advisor"."""
    return _lexicon().spellings.get(word, word)


def names_an_office_only(words: Iterable[str]) -> bool:
    """
    Whether title *words* (of :func:`title_words`) are all words of offices and ranks.

    "Deputy Secretary", "Minister of State": an office of a government, whose country it
    leaves unsaid; not "Secretary-General of the Shanghai Cooperation Organisation".
    """
    lexicon = _lexicon()
    return all(
        word in lexicon.words or word in lexicon.heads or word in lexicon.honorifics
        for word in words
    )


def office_words(title: str) -> frozenset[str]:
    """The words of a title that name its office: "secretary", "state" of "Secretary of State"."""
    return title_words(title) - _CONNECTORS


# attr.s, not attrs.frozen: mypyc compiles a field with options in this spelling only
# (CONTRIBUTING.md, "Compiled modules").
@attr.s(auto_attribs=True, frozen=True, slots=True)
class _Tables:
    countries: dict[str, str]  # casefolded country word -> country
    by_first: dict[str, tuple[tuple[str, ...], ...]]  # multi-token country words, by first
    by_last: dict[str, tuple[tuple[str, ...], ...]]  # the same, by last token
    people: dict[str, Person]  # spelling key -> person
    short: dict[str, Person]  # unique casefolded short form -> person
    suffixes: dict[str, tuple[Person, ...]]  # compact surname keys -> people, for near spellings
    near: dict[str, tuple[str, ...]]  # those keys by themselves and each with a letter left out
    run: re.Pattern[str]
    stop: frozenset[str]  # casefolded words that open no name: titles, countries, "fm", "Mr."
    first_words: frozenset[str]  # the first word of every spelling key of `people`
    capitals: dict[str, str]  # casefolded capital -> country: "Moscow's Sergei Lavrov"
    # Words _not_a_name found to be no name; bounded by _CACHE_SIZE.
    seen: set[str] = attr.ib(factory=set, eq=False)
    # What _strip_run and _lookup made of each spelling of a run, as offsets into it: the same
    # names and titles come again and again, in one readout and across a corpus. Each is a
    # function of the spelling alone (and these tables), bounded by _RUNS_CACHED.
    stripped: dict[str, tuple[int, int, bool] | None] = attr.ib(factory=dict, eq=False)
    looked_up: dict[str, tuple[Person | None, int, int]] = attr.ib(factory=dict, eq=False)


def _suffix_keys(name: str) -> list[str]:
    """The last word of a name, and its last two words written together, folded."""
    return _suffix_keys_of(_key(name).replace("'", "").split())


def _suffix_keys_of(words: list[str]) -> list[str]:
    """:func:`_suffix_keys` of a name's folded words."""
    if not words:
        return []
    keys = [words[-1]]
    if len(words) > 1:
        keys.append(words[-2] + words[-1])
    return keys


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
    suffixes: dict[str, list[Person]] = {}
    for person in gazetteer.people:
        for spelling in (person.name, *person.aliases):
            people.setdefault(_key(spelling), person)
            for form in _short_forms(spelling, person.country, lexicon):
                shorts.setdefault(fold(form), []).append(person)
            for suffix in _suffix_keys(spelling):
                if len(suffix) >= _NEAR_SHORTEST:
                    suffixes.setdefault(suffix, []).append(person)
    unique = {
        k: v[0]
        for k, v in shorts.items()
        if len({p.name for p in v}) == 1 and k not in lexicon.not_short
    }
    # A particle stands between two words of a name ("Moin ul Haque"), or joined to the next
    # one if it ends with "-" ("Mutlaq al-Qahtani").
    spaced = "|".join(sorted((p for p in lexicon.particles if not p.endswith("-")), key=len)[::-1])
    joined = "|".join(re.escape(p) for p in sorted(lexicon.particles) if p.endswith("-"))
    particles = f"(?:{spaced})\\s" + (f"|(?:{joined})" if joined else "")
    # At most 32 words: a name with its title is far shorter, and a run of a whole text ("On
    # On On ...") made a list of every word's span, hundreds of bytes of memory per character.
    run = re.compile(rf"{_TOKEN}(?:\s(?:{particles})?{_TOKEN}){{0,31}}")
    return _Tables(
        countries,
        {k: tuple(v) for k, v in by_first.items()},
        {k: tuple(v) for k, v in by_last.items()},
        people,
        unique,
        {k: tuple(dict.fromkeys(v)) for k, v in suffixes.items()},
        _one_left_out(suffixes),
        run,
        (lexicon.words - lexicon.surname_modifiers)
        | lexicon.heads
        | frozenset(countries)
        | frozenset(lexicon.title_countries)
        | lexicon.honorifics
        | {f"{word}." for word in lexicon.honorifics}
        | {word for style in lexicon.styles for word in style.split()},
        frozenset(key.split()[0] for key in people),
        {c.casefold(): country.name for country in gazetteer.countries for c in country.capitals},
    )


def _one_left_out(keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """
    Each key under itself and under each spelling of it with one letter left out.

    Two spellings one insertion, deletion or substitution apart share one of these: the
    longer one less a letter is the shorter, or both less the letter that differs are the
    same. Looking a word's own up finds the keys near it, however many keys there are.
    """
    found: dict[str, list[str]] = {}
    for key in keys:
        for variant in dict.fromkeys([key, *_left_out(key)]):
            found.setdefault(variant, []).append(key)
    return {k: tuple(v) for k, v in found.items()}


def _left_out(word: str) -> list[str]:
    """*word* with each of its letters left out in turn."""
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


# The fewest letters of a surname that is a short form wherever it stands.
_SURNAME_SHORTEST = 3


def _short_forms(
    name: str, country: str | None, lexicon: _Lexicon, *, shortest: int = _SURNAME_SHORTEST
) -> list[str]:
    """
    Surnames (the last word), and, where the family name comes first, both parts.

    "Wang Yi" is "Wang" to Chinese outlets and often "Yi" to foreign ones; "Andrés Riquelme
    Valdivia", of a country that gives two surnames, is "Riquelme". A surname shorter
    than *shortest* letters is no short form; a readout that names "Donald Lu" before "Lu"
    asks for two, a capitalised word of letters ("Lu", not "II").
    """
    tokens = [t for t in name.split() if not t.endswith(".")]
    last = tokens[-1] if tokens else ""
    forms = (
        [last]
        if len(last) >= _SURNAME_SHORTEST
        or (len(last) >= shortest and last.isalpha() and last.istitle())
        else []
    )
    if country in lexicon.family_first and len(tokens) == 2:
        forms = [tokens[0], tokens[1]] if len(tokens[1]) >= 2 and len(tokens[0]) >= 2 else forms
    elif country in lexicon.two_surnames and len(tokens) >= 3:
        father = tokens[-2]  # "Riquelme" of "Andrés Riquelme Valdivia"
        if len(father) >= _SURNAME_SHORTEST and father.istitle():
            forms.append(father)
    return forms


# Near spellings: at most one letter apart, and only for names at least this long.
_NEAR_SHORTEST = 6


def _within_one(a: str, b: str) -> bool:
    """Whether *a* and *b* are at most one insertion, deletion or substitution apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _near_person(surface: str, tables: _Tables) -> Person | None:
    """
    The known person whose surname a spelling is one letter from ("Quereshi"), if only one.

    A spelling with given names must share one with the person, give or take a letter
    ("Shah Mahmood Quereshi"): "Tariq Mehmood" is not "Sohail Mahmood".
    """
    found: set[str] = set()
    person: Person | None = None
    words = _key(surface).replace("'", "").split()
    for size, key in enumerate(_suffix_keys_of(words), start=1):
        if len(key) < _NEAR_SHORTEST:
            continue
        near = {k for v in (key, *_left_out(key)) for k in tables.near.get(v, ())}
        given = words[:-size]
        # (Sorted: which of several near people is kept must not depend on a set's order.)
        for known in sorted(near):
            if known[0] == key[0] and _within_one(key, known):
                for candidate in tables.suffixes[known]:
                    if given and not _shares_a_given_name(given, candidate):
                        continue
                    found.add(candidate.name)
                    person = candidate
    return person if len(found) == 1 else None


def _shares_a_given_name(given: list[str], person: Person) -> bool:
    """Whether one of the *given* names (folded) is one of *person*'s, or its initial."""
    names = {word for spelling in (person.name, *person.aliases) for word in _key(spelling).split()}
    return any(
        (len(word) == 1 and any(name.startswith(word) for name in names))
        or any(_within_one(word, name) for name in names)
        for word in given
    )


@functools.lru_cache(maxsize=1 << 14)
def _bare_word(word: str) -> str:
    """
    *word* casefolded, without a possessive "'s".

    A head loses a hyphenated suffix of office: "President-elect" is "president".
    """
    bare = word.casefold().removesuffix("'s").removesuffix("’s")
    if "-" in bare:
        head, _, suffix = bare.rpartition("-")
        if suffix in _lexicon().office_suffixes:
            return head
    return bare


def _by_last_word(phrases: dict[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of several words, as their words, by their last word; longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        if len(words) > 1:
            found.setdefault(words[-1], []).append(words)
    return {last: tuple(sorted(w, key=len, reverse=True)) for last, w in found.items()}


def _phrase_ending_at(
    tokens: list[tuple[int, str]], i: int, phrases: tuple[tuple[str, ...], ...]
) -> tuple[int, str] | None:
    """The first of *phrases* (as words) whose words end with token *i*: its first token, text."""
    for words in phrases:
        n = len(words)
        if i - n + 1 < 0:
            continue
        before = tokens[i - n + 1 : i]
        if all(
            t[1].casefold() == w or _bare_word(t[1]) == w
            for t, w in zip(before, words, strict=False)
        ):
            return i - n + 1, " ".join(words)
    return None


def _country_ending_at(
    tokens: list[tuple[int, str]], i: int, tables: _Tables
) -> tuple[int, str] | None:
    """The country (or organisation) whose name ends with token *i*: its first token and name."""
    word = tokens[i][1].lstrip("#@")
    if not word[:1].isupper():
        return None
    bare = _bare_word(word)
    found = _phrase_ending_at(tokens, i, tables.by_last.get(bare, ()))
    if found is not None:
        return found[0], tables.countries[found[1]]
    # "Governor of Sistan and Baluchestan": a region of several words.
    lexicon = _lexicon()
    found = _phrase_ending_at(tokens, i, lexicon.regions_by_last.get(bare, ()))
    if found is not None:
        return found[0], region_countries()[found[1]]
    # "the head of the World Food Programme in Kenya": an organisation of several words.
    found = _phrase_ending_at(tokens, i, lexicon.organisations_by_last.get(bare, ()))
    if found is not None:
        return found[0], lexicon.title_countries[found[1]]
    name = tables.countries.get(bare) or tables.countries.get(bare.rstrip("."))
    if name is None and word.endswith(("'s", "’s")):
        name = tables.capitals.get(bare)  # "Kampala's envoy": the capital for its government
    if name is None:
        name = lexicon.title_countries.get(bare.rstrip("."))
    return (i, name) if name else None


def _title_country(phrase: str, found: str | None) -> str | None:
    """The country a title's words give ("State Councilor" -> China), if its words gave none."""
    if found is not None:
        return found
    folded = (
        " "
        + " ".join(w.lstrip("#@").removesuffix("'s") for w in _WORDS.findall(phrase.casefold()))
        + " "
    )
    # The first of the table's phrases the title holds (looked up by its runs of words, not by
    # a search for each phrase of the table).
    lexicon = _lexicon()
    ranks, longest = lexicon.title_country_ranks, lexicon.longest_title_country
    words = folded.split()
    best: tuple[int, str] | None = None
    for size in range(1, min(longest, len(words)) + 1):
        for at in range(len(words) - size + 1):
            phrase = " ".join(words[at : at + size])
            rank = ranks.get(phrase)
            if rank is None or (best is not None and rank >= best[0]):
                continue
            if phrase == "secretary of state" and "for" in words[at + size : at + size + 2]:
                continue  # "Secretary of State for Foreign Affairs": the UK's
            best = (rank, phrase)
    return lexicon.title_countries[best[1]] if best is not None else None


def _title_before(  # noqa: C901, PLR0912, PLR0915 - one branch a kind of title word
    text: str, start: int, floor: int, tables: _Tables
) -> tuple[int, str | None, bool, str] | None:
    """
    Find the title phrase right before offset *start*, and after offset *floor*.

    *floor* is where the sentence starts: a title never reaches into the sentence before
    ("... the two heads of state. Wang Yi stressed").

    Returns its start, its country, whether it has a head other than "counterpart", and its
    head; None when no title stands there.
    """
    lexicon = _lexicon()
    window_start = max(floor, start - 200)
    window = text[window_start:start]
    if window and not window[-1].isspace():
        return None
    # The commonest case first: the word right before is no title word at all ("said").
    # (After a "/" that joins two offices: "High Representative/Vice-President".)
    last = (
        window.rstrip(" ,").rsplit(maxsplit=1)[-1].rsplit("/", 1)[-1] if window.strip(" ,") else ""
    )
    bare = _bare_word(last.lstrip("#@").rstrip("."))
    if not (
        bare in lexicon.words
        or bare in lexicon.heads
        or bare in tables.countries
        or bare in lexicon.title_countries
        or bare in tables.capitals  # "ambassador in Moscow"
        or bare in lexicon.regions  # "Governor of Balkh Province, X"
        or bare in lexicon.regions_by_last  # "Governor of Sistan and Baluchestan X"
        or bare in lexicon.organisations_by_last  # "the head of the World Food Programme, X"
        or _ACRONYM.fullmatch(last)
    ):
        return None
    # (Made in C: no Python step per word.)
    found = list(_WORDS.finditer(window))
    tokens = list(
        zip(
            map(operator.add, map(re.Match.start, found), itertools.repeat(window_start)),
            map(re.Match.group, found),
            strict=True,
        )
    )
    if not tokens:
        return None
    gap = text[tokens[-1][0] + len(tokens[-1][1]) : start].strip()
    # "Acting Foreign Minister, Mohammad Haneef Atmar": a comma may end a title.
    if gap and gap != ",":
        return None
    kept = len(tokens)
    heads_only = lexicon.heads_only
    countries: list[tuple[int, str]] = []
    heads: list[str] = []
    i = len(tokens) - 1
    while i >= 0:
        word = tokens[i][1]
        bare = _bare_word(word.lstrip("#@").rstrip("."))
        if i < len(tokens) - 1:
            gap = text[tokens[i][0] + len(tokens[i][1]) : tokens[i + 1][0]].strip()
            # A comma may stand inside a ministry's name: "Minister of Foreign Affairs, European
            # Union and Cooperation"; only between capitalised words. "/" joins two offices.
            if gap not in _GAPS or (gap == "," and not word[0].isupper()):
                break
            if gap == "," and _name_of_country_ends(tokens, i, tables):
                break  # "Amir-Abdollahian of Iran, Foreign Minister Qureshi": his, not Qureshi's
        matched = _country_ending_at(tokens, i, tables)
        if matched is not None:
            countries.append(matched)
            kept = matched[0]
            i = matched[0] - 1
            if (
                i >= 1
                and tokens[i][1] == "in"
                and (
                    _bare_word(tokens[i - 1][1].rstrip(".")) in lexicon.posts
                    or _phrase_ending_at(
                        tokens,
                        i - 1,
                        lexicon.organisations_by_last.get(_bare_word(tokens[i - 1][1]), ()),
                    )
                    is not None
                )
            ):
                # "the head of the UN mission in Afghanistan", "of the World Food Programme
                # in Kenya": the post's country
                i -= 1
            continue
        if bare == "and" and i > 0 and _name_of_country_ends(tokens, i - 1, tables):
            break  # "Amir-Abdollahian of Iran and Foreign Minister Qureshi"
        if (
            bare == "and"
            and 0 < i < len(tokens) - 1
            and _bare_word(tokens[i + 1][1]) in heads_only
            and _bare_word(tokens[i - 1][1].rstrip(".")) in lexicon.heads
            and not (i + 2 < len(tokens) and tokens[i + 2][1].casefold() in _OFFICE_OF)
        ):
            # "The NSA and Minister Wang Yi": two people; "State Councilor and Foreign
            # Minister Wang Yi" and "Deputy Prime Minister and Minister of Foreign Affairs
            # Al-Thani" are one, with two offices.
            break
        if bare in lexicon.regions and i >= 1 and tokens[i - 1][1][:1].isupper():
            kept = i - 1  # "Governor of Balkh Province", "Balkh Provincial Governor": the post's
            i -= 2
            continue
        if (
            bare in tables.capitals
            and i >= 2
            and tokens[i - 1][1] == "in"
            and (
                _bare_word(tokens[i - 2][1].rstrip(".")) in lexicon.heads
                or _country_ending_at(tokens, i - 2, tables) is not None
            )
        ):
            # "the Taliban's ambassador in Moscow, Jamal Nasir Garwal", "Ambassador of
            # Afghanistan in Moscow Gul Hassan": the post's city.
            i -= 2
            continue
        if (
            i + 1 < len(tokens)
            and (bare, _bare_word(tokens[i + 1][1])) in lexicon.modifier_pairs
            and kept == i + 1
        ):
            kept = i  # "the de facto Minister of Foreign Affairs"
            i -= 1
            continue
        if bare in lexicon.words or bare in lexicon.heads or _ACRONYM.fullmatch(word):
            if bare in lexicon.heads:
                heads.append(bare)
            kept = i
            i -= 1
            continue
        break
    while kept < len(tokens) and tokens[kept][1].casefold() in _CONNECTORS:
        kept += 1
    if kept >= len(tokens) or not heads:
        return None
    # The leftmost country word of a title is the person's ("Chinese Ambassador to Afghanistan"
    # speaks for China); one after "to" or "for" inside the title is the post.
    country = next(
        (
            name
            for first, name in reversed(countries)
            if first >= kept
            and not (first - 1 >= kept and _bare_word(tokens[first - 1][1]) in _PORTFOLIO)
        ),
        None,
    )
    phrase = text[tokens[kept][0] : start]
    return tokens[kept][0], _title_country(phrase, country), set(heads) != {"counterpart"}, heads[0]


def _name_of_country_ends(tokens: list[tuple[int, str]], i: int, tables: _Tables) -> bool:
    """
    Whether the words up to *i* end with a name and its country: "Amir-Abdollahian of Iran".

    A list of "Foreign Minister X of Iran, Foreign Minister Y of Pakistan" gives each country
    to the name before it; no title runs back over it.
    """
    matched = _country_ending_at(tokens, i, tables)
    if matched is None or matched[0] < _NAME_OF_COUNTRY:
        return False
    first = matched[0]
    if tokens[first - 1][1] != "of":
        return False
    before = tokens[first - 2][1]
    bare = _bare_word(before.rstrip("."))
    lexicon = _lexicon()
    return before[:1].isupper() and not (
        bare in lexicon.words or bare in lexicon.heads or bare in tables.countries
    )


_NAME_OF_COUNTRY = 2  # words before a country: the name, and "of"


# "X held talks with her Ugandan counterpart": lowercase words, then the name's possessive.
_COUNTERPART_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){1,4}?\s+(his|her)\s+(?:[\w-]+\s+){0,2}?counterparts?\b"
)


class _Pronouns(NamedTuple):
    of_name: dict[str, str]  # canonical name -> "he" or "she"
    words: dict[str, str]  # a form of address, casefolded -> "he" or "she"


@functools.cache
def _pronouns() -> _Pronouns:
    """The pronouns of ``data/lexicons/pronouns.json``."""
    data = read_json("lexicons", "pronouns.json")
    try:
        return _Pronouns(
            {name: pronoun for pronoun in ("he", "she") for name in data[pronoun]},
            {w: pronoun for pronoun in ("he", "she") for w in data[f"{pronoun}_words"]},
        )
    except (KeyError, TypeError) as err:
        msg = f"expected he, she, he_words and she_words in data/lexicons/pronouns.json ({err!r})"
        raise DataFileError(msg) from err


# Before a delegation's leader and their title: "led by the group's spokesman".
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+(?:(?:the|its|their)\s+)?(?:[\w'’]+\s+)?$")
# The words that may open a group's description before its noun ("a", "the Taliban's").
_GROUP_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})


@functools.cache
def _led_groups() -> str:
    """The nouns of a group someone leads (titles.json's ``led_groups``), as a pattern."""
    try:
        return alternation(read_json("lexicons", "titles.json")["led_groups"])
    except (KeyError, TypeError) as err:
        msg = f"expected led_groups in data/lexicons/titles.json ({err!r})"
        raise DataFileError(msg) from err


@functools.cache
def _led_group() -> re.Pattern[str]:
    """A group led by the name that follows the match: "an Afghan delegation led by"."""
    return re.compile(
        rf"(?P<before>(?:[\w'’-]+\s+){{0,4}})(?i:{_led_groups()})s?\b"
        r"(?P<after>[^;!?]{0,60}?),?\s+(?:led|headed)\s+by\s+"
        r"(?:(?:the|its|their)\s+)?(?:[\w'’]+\s+)?$"
    )


@functools.cache
def _heads_group() -> re.Pattern[str]:
    """After a name and its title: "..., who led the delegation", "who headed a Taliban team"."""
    return re.compile(
        r",?\s+who\s+(?:also\s+)?(?:led|headed|leads|heads)\s+(?:the|a|an|his|her|its|their)"
        rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{_led_groups()})\b"
    )


@functools.cache
def _contact_object() -> re.Pattern[str]:
    """The words before the other party of a contact (engagements.json's ``contact_objects``)."""
    try:
        patterns = read_json("lexicons", "engagements.json")["contact_objects"]
        return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))
    except (KeyError, TypeError, re.error) as err:
        msg = f"expected contact_objects in data/lexicons/engagements.json ({err!r})"
        raise DataFileError(msg) from err


_CONTACT_WINDOW = 80  # characters before a name: "had a telephone conversation today with "


def _contacted(text: str, opening: int, end: int) -> bool:
    """
    Whether the name from *opening* to *end* is the other party of a contact: "met with X".

    Not a possessive ("thanked X's government"): the contact is then with someone else.
    """
    if text.startswith(("'s", "’s"), end):
        return False
    before = text[max(0, opening - _CONTACT_WINDOW) : opening].casefold()
    return _contact_object().search(before) is not None


# A tweet's signature around its author's name: "— Antony Blinken (@SecBlinken) June 2, 2023".
_SIGNED_BEFORE = ("— ", "– ", "- ", "—", "–")
_SIGNED_AFTER = re.compile(r"\s*\(@\w{1,15}\)")


def _signed(text: str, start: int, end: int) -> bool:
    """Whether the name from *start* to *end* signs a tweet."""
    return text.endswith(_SIGNED_BEFORE, max(0, start - 2), start) and (
        _SIGNED_AFTER.match(text, end) is not None
    )


def _group_led(text: str, opening: int) -> re.Match[str] | None:
    """The group led by the name (or its title) at *opening*: "a Taliban delegation led by"."""
    if _LED_BY.search(text, max(0, opening - 30), opening) is None:
        return None  # the commonest case
    return _led_group().search(text, max(0, opening - 140), opening)


def _led_country(text: str, opening: int, tables: _Tables) -> str | None:
    """
    The country of the group a name leads ("an Afghan delegation led by X").

    Its words before the group's noun, after the article ("a high-level Taliban delegation"),
    or after it ("a delegation of the Afghan caretaker government headed by X").
    """
    found = _group_led(text, opening)
    if found is None:
        return None
    before = found.group("before").split()
    for at in range(len(before) - 1, -1, -1):
        if before[at].casefold() in _GROUP_DETERMINERS:
            before = before[at + 1 :]
            break
    else:
        before = []  # no article: the words before are another clause ("X met delegation")
    return _country_in(" ".join([*before, found.group("after")]), tables)


_PARTICLE_AND_NAME = re.compile(r" +([\w-]+) +([A-ZÀ-ÖØ-Þ][\w'’-]*)")


def _lineage_end(text: str, end: int, limit: int, particles: frozenset[str]) -> int:
    """Where the particles and names after a name at *end* stop (" bin Abdullah"), else *end*."""
    while True:
        found = _PARTICLE_AND_NAME.match(text, end, limit)
        if found is None or found.group(1).casefold() not in particles:
            return end
        end = found.end()


def _title_after(  # noqa: C901, PLR0912 - one branch a kind of apposition
    text: str, end: int, limit: int, tables: _Tables
) -> tuple[int, int] | None:
    """
    The appositive title right after a name: ", the leader of X", ", Ambassador of China".

    The words before its head must all be title words, country words or acronyms; after the
    head, capitalised words, title words and connectors, to the next comma or stop.
    """
    lexicon = _lexicon()
    at = end
    while at < limit and text[at] == " ":
        at += 1
    # After a comma, a bracket or a dash: "X (Norway's special envoy)", "X — the envoy —".
    if at >= limit or not (
        text[at] in ",(—–" or (text[at] == "-" and text.startswith(" ", at + 1))
    ):
        return None
    window = text[at + 1 : min(limit, at + 1 + _APPOSITIVE)]
    tokens = [(m.start() + at + 1, m.group()) for m in _WORDS.finditer(window)]
    seen_head = False
    last_end = None
    first_start = None
    for index, (start, word) in enumerate(tokens):
        gap = text[(last_end if last_end is not None else at + 1) : start].strip()
        if gap not in _GAPS or (gap == "," and seen_head):
            break
        bare = _bare_word(word.lstrip("#@").rstrip("."))
        is_country = _country_ending_at(tokens, index, tables) is not None
        if not seen_head and bare in {"a", "an", "his", "her"} and first_start is None:
            first_start = start
            last_end = start + len(word)
            continue
        if bare in lexicon.heads:
            seen_head = True
        elif bare in _DATE_WORDS:  # "..., Special Representative for Afghanistan on Monday"
            break
        elif seen_head and (word[0].isupper() or bare in lexicon.words or bare in _CONNECTORS):
            if bare in _APPOSITIVE_END:
                break
        elif not (bare in lexicon.words or is_country or _ACRONYM.fullmatch(word.lstrip("#"))):
            break
        first_start = start if first_start is None else first_start
        last_end = start + len(word)
        if word.endswith("."):  # the sentence ends here, unless it is an initialism ("U.S.")
            last_end -= 0 if _INITIALS_END.search(word) else 1
            break
    if not seen_head or first_start is None or last_end is None:
        return None
    while True:  # no connector ends a title: "... for Afghanistan on" -> "... for Afghanistan"
        stripped = text[first_start:last_end].rstrip()
        last_word = stripped.rsplit(maxsplit=1)[-1].casefold()
        if last_word not in _CONNECTORS or " " not in stripped:
            return first_start, first_start + len(stripped)
        last_end = first_start + len(stripped) - len(last_word)


def _country_in(phrase: str, tables: _Tables) -> str | None:
    """The country a title names: its first country word not after "to" or "for"."""
    tokens = [(m.start(), m.group()) for m in _WORDS.finditer(phrase)]
    fallback = None
    for i in range(len(tokens)):
        found = _country_ending_at(tokens, i, tables)
        if found is None:
            continue
        before = _bare_word(tokens[found[0] - 1][1]) if found[0] > 0 else ""
        if before not in _PORTFOLIO:
            return found[1]
        fallback = fallback or found[1]
    return _title_country(phrase, fallback)


def _of_country(text: str, end: int, limit: int, tables: _Tables) -> str | None:
    """The country named right after a name ("Foreign Minister Lars Eklund of Sweden")."""
    if not text.startswith(" of ", end, limit):
        return None
    found = _WORDS.finditer(text, end + 4, min(limit, end + 64))
    tokens = [(m.start(), m.group().rstrip(".")) for m in found]
    if tokens and tokens[0][1] in {"the", "The"}:
        tokens = tokens[1:]
    for i in range(min(len(tokens), 5)):
        if i and text[tokens[i - 1][0] + len(tokens[i - 1][1]) : tokens[i][0]] != " ":
            break  # a country's name is words with one space between
        country = _country_ending_at(tokens, i, tables)
        if country is not None and country[0] == 0 and not tokens[i][1].endswith(("'s", "’s")):
            return country[1]
    return None


_THE_COUNTRY_S = re.compile(r"\b(?:the|that) (?:country|nation)['’]s\s+$", re.IGNORECASE)


def _the_country_s(text: str, opening: int, floor: int, tables: _Tables) -> str | None:
    """
    The country "the country's" before a title means: the last one the sentence named.

    "met Ugandan President Daniel Mugisha and the country's Prime Minister Robinah Nabbanja".
    """
    if _THE_COUNTRY_S.search(text, max(floor, opening - 20), opening) is None:
        return None
    tokens = [(m.start(), m.group().rstrip(".,")) for m in _WORDS.finditer(text, floor, opening)]
    for i in range(len(tokens) - 1, -1, -1):
        found = _country_ending_at(tokens, i, tables)
        if found is not None:
            return found[1]
    return None


# A described object of a preposition or contact verb, before a comma and a name.
_DESCRIBED_OBJECT = re.compile(
    r"\b(?:with|to|by|from|for|of|met|received|hosted|told|thanked|urged)\s+"
    r"(?:the|his|her|their|its)\s+$",
    re.IGNORECASE,
)
# What may follow a name set off by commas as an apposition: a comma, the clause's end.
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)")


def _described_object_before(text: str, title_start: int, title_end: int, floor: int) -> bool:
    """Whether a title before a name is a described object and a comma ("with the envoy, X")."""
    if not text[title_start:title_end].rstrip().endswith(","):
        return False  # the commonest case: a title right before its name
    return _DESCRIBED_OBJECT.search(text, max(floor, title_start - 20), title_start) is not None


def _ends_head(text: str, word_start: int, word: str, floor: int, lexicon: _Lexicon) -> bool:
    """
    Whether an honorific *word* at *word_start* ends a head of two words with the word before.

    "Consul General Zhao Lijian", "Secretary General": the rank is the office's, no honorific.
    """
    before = text[max(floor, word_start - 40) : word_start].split()
    return bool(before) and (before[-1].casefold(), word) in lexicon.head_pairs


def _before_honorifics(text: str, start: int, floor: int) -> int:
    """
    Where the honorifics right before offset *start* begin ("Minister Dr S. Jaishankar").

    A form of address counts as one ("Minister His Excellency Sheikh ...", "Minister HE ...").
    """
    lexicon = _lexicon()
    honorifics = lexicon.honorifics
    while True:
        word_end = start  # (not text[floor:start].rstrip(): a copy of the sentence per name)
        while word_end > floor and text[word_end - 1].isspace():
            word_end -= 1
        word_start = text.rfind(" ", floor, word_end) + 1 or floor
        if word_end == start:
            return start
        word = text[word_start:word_end].rstrip(".").casefold()
        if _ends_head(text, word_start, word, floor, lexicon):
            return start  # "Consul General Zhao Lijian": the rank is the office's
        if word in honorifics or word.replace(".", "") in honorifics:
            start = word_start
            continue
        style = _style_before(text, word_start, word_end, floor, lexicon)
        if style is None:
            return start
        start = style


def _style_before(
    text: str, word_start: int, word_end: int, floor: int, lexicon: _Lexicon
) -> int | None:
    """Where a form of address that ends with the word at *word_start* begins, or None."""
    word = text[word_start:word_end]
    if word in lexicon.styles_short:
        return word_start
    if word.casefold() not in lexicon.style_ends:
        return None  # the commonest case: a title's word or a verb before the name
    at = word_start
    for _ in range(_LONGEST_STYLE):
        if text[at:word_end].casefold() in lexicon.styles:
            return at
        if at <= floor:
            return None
        at = text.rfind(" ", floor, at - 1) + 1 or floor
    return None


def _styles_in(phrase: str) -> frozenset[str]:
    """The nouns of the forms of address in *phrase* ("excellency" in "His Excellency Sheikh")."""
    lexicon = _lexicon()
    folded = f" {phrase.casefold()} "
    found = {noun for style, noun in lexicon.styles.items() if f" {style} " in folded}
    found.update(lexicon.styles_short[w] for w in phrase.split() if w in lexicon.styles_short)
    return frozenset(found)


def _not_a_name(word: str, tables: _Tables) -> bool:
    """Whether *word* opens a capitalised run without being part of a name."""
    if word in tables.seen:
        return True
    folded = _bare_word(word)
    if word in _lexicon().not_names or folded in tables.stop or folded.rstrip(".") in tables.stop:
        # Only words that are no name are kept: a few thousand spellings of titles,
        # countries and common words, where names, an open set, would fill the table.
        if len(tables.seen) >= _CACHE_SIZE:
            tables.seen.clear()
        tables.seen.add(word)
        return True
    return False


def may_be_name(word: str, gazetteer: Gazetteer) -> bool:
    """
    Whether a capitalised *word* may be someone's name.

    No title, country, publisher or other word the tables know as no name ("The", "China",
    "Reuters").
    """
    return not _not_a_name(word, _tables(gazetteer)) and word.casefold() not in _outlet_names()


def _word_spans(run: str, start: int) -> list[tuple[int, int]]:
    """The spans of the words of a run at *start*, one whitespace character apart."""
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
    words = tuple(_bare_word(text[a:b]) for a, b in tokens[:4])
    return next((len(w) for w in names if words[: len(w)] == w), 0)


_LONGEST_ACRONYM = 8  # letters: "UNDP", "USAID", "CENTCOM"


def _is_acronym(word: str) -> bool:
    """Whether *word* is an organisation's initials in capitals ("UNDP", "U.N.", "USAID")."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= _LONGEST_ACRONYM and letters.isalpha() and letters.isupper()


def _region_words_at(text: str, tokens: list[tuple[int, int]], at: int) -> int:
    """
    How many words from *at* name a region, or 0.

    A name and a region's noun ("Balkh Province"), or a region's name of several words
    ("Inner Mongolia", "Sistan and Baluchestan").
    """
    if _region_at(text, tokens, at + 1):
        return 2
    regions = _lexicon().regions_by_last
    if at < len(tokens):
        # The region's last word opens the run, its first words before it in lowercase
        # joints: "Sistan and Baluchestan Dawood Sahil" is the run "Baluchestan Dawood Sahil".
        start, end = tokens[at]
        for words in regions.get(text[start:end].casefold(), ()):
            before = " ".join(words[:-1]) + " "
            if text[max(0, start - len(before)) : start].casefold() == before:
                return 1
    for size in (4, 3, 2):
        words = tuple(text[a:b].casefold() for a, b in tokens[at : at + size])
        if len(words) == size and words in regions.get(words[-1], ()):
            return size
    return 0


def _strip_front(text: str, tokens: list[tuple[int, int]], tables: _Tables) -> bool:
    """
    Remove the title words, country words and non-name words that open *tokens*.

    Returns whether an honorific was among them ("Mr.", "Mullah").
    """
    after_country = False
    honorific = False
    honorifics = _lexicon().honorifics
    # The words are counted, then removed at once: removing them one by one from the front of
    # the list would cost the square of the run's length ("On On On ...").
    first = 0
    while first < len(tokens):
        region = _region_words_at(text, tokens, first)
        if region:
            # "Balkh Province Mullah Shirin Akhund", "Inner Mongolia Party Secretary X" (a
            # region's name is a country word)
            first += region
            after_country = True
            continue
        multi = _country_words_at(text, tokens[first : first + 4], tables)
        word = text[tokens[first][0] : tokens[first][1]]
        bare = _bare_word(word)
        country = multi > 0 or bare in tables.countries
        if not country and word.endswith(("'s", "’s")) and bare in tables.capitals:
            # "Moscow's Sergei Lavrov", "Beijing's Wang Yi": the capital for its government.
            first += 1
            after_country = True
            continue
        if country and after_country:
            # A country word right after another opens a name: "of Nepal Bharat Raj Paudyal"
            # ("Bharat" is also India's name).
            break
        if multi:
            first += multi
        elif _not_a_name(word, tables) or word in _lexicon().styles_short:
            honorific = honorific or word.rstrip(".").casefold() in honorifics
            first += 1
        elif _region_at(text, tokens, first + 1):
            first += 2  # "Kandahar Province Mullah Shirin Akhund": a place, then the name
        elif bare in _lexicon().surname_modifiers and _title_word_at(
            text, tokens, first + 1, tables
        ):
            first += 1  # "North Africa Imran Ahmad": a title's word ("Representative West": a name)
        elif _is_acronym(word) and _title_word_at(text, tokens, first + 1, tables):
            first += 1  # "UNDP Administrator Achim Steiner": an organisation's initials
        else:
            break
        after_country = country
    del tokens[:first]
    return honorific


def _region_at(text: str, tokens: list[tuple[int, int]], at: int) -> bool:
    """Whether the word *at* of *tokens* is a noun of a country's regions ("Province")."""
    return at < len(tokens) and _bare_word(text[tokens[at][0] : tokens[at][1]]) in (
        _lexicon().regions
    )


def _title_word_at(text: str, tokens: list[tuple[int, int]], at: int, tables: _Tables) -> bool:
    """Whether the word *at* of *tokens* is there and no part of a name ("Africa", "Affairs")."""
    return at < len(tokens) and _not_a_name(text[tokens[at][0] : tokens[at][1]], tables)


def _strip_run(text: str, start: int, end: int, tables: _Tables) -> tuple[int, int, bool] | None:
    """Cut title words, demonyms and non-name words off both ends of a capitalised run."""
    run = text[start:end]
    if " " not in run and _not_a_name(run, tables):
        return None  # the commonest case: one word such as "The", "China", "Minister"
    lexicon = _lexicon()
    tokens = _word_spans(run, start)
    honorific = _strip_front(text, tokens, tables)
    # A possessive ends the name: "Secretary Blinken's Call with ...", "Wang Yi's Visit".
    for number, (a, b) in enumerate(tokens[:-1]):
        if text.endswith(("'s", "’s"), a, b):
            del tokens[number + 1 :]
            break
    while tokens:
        word = text[tokens[-1][0] : tokens[-1][1]].rstrip(".")
        bare = _bare_word(word)
        if (
            word in lexicon.not_names
            or bare in tables.countries
            or bare in lexicon.heads
            or len(word) < 2
        ):
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
    return tokens[0][0], last_end, honorific


class _Found(NamedTuple):
    """A capitalised run read as a name, with what stands around it."""

    start: int
    end: int
    person: Person | None
    title: tuple[int, int] | None
    country: str | None
    substantive: bool  # the title has a head other than "counterpart"
    relay: bool
    styles: frozenset[str] = frozenset()  # the nouns of the forms of address before the name

    @property
    def opening(self) -> int:
        """Where the name, or the title before it, starts."""
        return self.start if self.title is None else min(self.start, self.title[0])


def _organisation_spans(
    text: str,
    words: Iterable[frozenset[str]],
    organisations: dict[str, tuple[tuple[str, ...], ...]],
) -> list[tuple[int, int]]:
    """
    Where *text* names one of *organisations* (:attr:`_Lexicon.organisations_by_last`).

    *words* are the casefolded words of its sentences: only an organisation whose last word
    stands among them is looked for.
    """
    present = organisations.keys() & frozenset().union(*words)
    if not present:
        return []  # the commonest case
    folded = text.casefold()
    if len(folded) != len(text):
        return []  # casefolding lengthened a character ("ß"): offsets would not agree
    spans = []
    for last in present:
        at = folded.find(last)
        while at != -1:
            end = at + len(last)
            if end == len(folded) or not folded[end].isalnum():
                for phrase in map(" ".join, organisations[last]):  # longest first
                    start = end - len(phrase)
                    if (
                        start >= 0
                        and folded.startswith(phrase, start)
                        and (start == 0 or not folded[start - 1].isalnum())
                    ):
                        spans.append((start, end))
                        break
            at = folded.find(last, end)
    return spans


class _Finder:
    """Walks the capitalised runs of the body once, collecting people and mentions."""

    def __init__(
        self,
        text: str,
        gazetteer: Gazetteer,
        verbs: re.Pattern[str],
        words: Iterable[frozenset[str]] = (),
    ) -> None:
        self.text = text
        self.tables = _tables(gazetteer)
        self.lexicon = _lexicon()
        self.verbs = verbs
        self.people: dict[str, PersonDraft] = {}
        self.index = _PeopleIndex()  # the same by the words of their names
        self.mentions: list[Mention] = []
        self.drafts: list[PersonDraft] = []  # the person of each mention, as it is now
        # Single words that may be short forms, with the sentence they stand in.
        self.pending: list[tuple[int, int, str, int, int]] = []
        # Where the last title written after a name ends: the capitalised words inside it
        # are the title's ("head of the UN Assistance Mission"), no one's name.
        self.title_end = -1
        # Where an organisation of several words is named ("the UN Population Fund"): its
        # capitalised words are no one's name either.
        self.organisations = _organisation_spans(text, words, self.lexicon.organisations_by_last)

    def run(self, regions: Iterable[tuple[int, int]]) -> None:
        text, tables = self.text, self.tables
        seen, spelling = tables.seen.__contains__, re.Match.group
        for region_start, region_end in regions:
            runs = list(tables.run.finditer(text, region_start, region_end))
            # A known non-name word ("The", "China"), the commonest run, is passed over in C.
            # (The test is made as each run comes: the loop may add to the words seen.)
            for run in itertools.compress(runs, map(operator.not_, map(seen, map(spelling, runs)))):
                if self.organisations and self.in_organisation(run.start(), run.end()):
                    continue
                stripped = self.strip(run)  # (None for a publisher's name too)
                known: Person | None = None
                if stripped is not None and stripped[0] > run.start():
                    # A title word opened the run; it may open a name too: "Amir Khan
                    # Muttaqi", or a near spelling of one, "Amir Abdullahian".
                    known, (start, end) = self.lookup(run.start(), run.end())
                    if known is None:
                        known, (start, end) = self.near_with_title_word(run.start(), stripped)
                if known is not None:
                    if self.names_a_place(end, run.end()):
                        continue
                    found = self.context(start, end, known, region_start, region_end)
                    self.add(found, text[start:end])
                elif stripped is not None:
                    self.read(
                        stripped[0], stripped[1], region_start, region_end, honorific=stripped[2]
                    )
        self.rekey()
        self.resolve_short_forms()
        self.rekey()
        self.known_pronouns()
        self.mentions.sort(key=lambda m: m.start)

    def in_organisation(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands inside an organisation's name."""
        return any(a <= start and end <= b for a, b in self.organisations)

    def rekey(self) -> None:
        """
        Give each mention its person's key as it is now.

        A person first found under a spelling the gazetteer does not know takes its known name
        when that is found: the mentions before it had the spelling as key.
        """
        self.mentions = [
            mention if mention.key == draft.key else mention._replace(key=draft.key)
            for mention, draft in zip(self.mentions, self.drafts, strict=True)
        ]

    def strip(self, run: re.Match[str]) -> tuple[int, int, bool] | None:
        """
        :func:`_strip_run` of a run, worked out once per spelling (see ``_Tables``).

        None for a publisher's name ("China Global Television Network"): no one's name.
        """
        at, spelling, cache = run.start(), run.group(), self.tables.stripped
        if self.text.startswith(" in ", at - 4):
            # "Ambassador in Moscow Gul Hassan": the post's city, then the name.
            place = spelling.split(" ", 1)
            if len(place) > 1 and " " in place[1] and place[0].casefold() in self.tables.capitals:
                at, spelling = at + len(place[0]) + 1, place[1]
        if spelling in cache:
            found = cache[spelling]
            return None if found is None else (found[0] + at, found[1] + at, found[2])
        found = (
            None
            if spelling.casefold() in _outlet_names()
            else _strip_run(self.text, at, run.end(), self.tables)
        )
        if len(cache) >= _RUNS_CACHED:
            cache.clear()
        cache[spelling] = None if found is None else (found[0] - at, found[1] - at, found[2])
        return found

    def lookup(self, start: int, end: int) -> tuple[Person | None, tuple[int, int]]:
        """:func:`_lookup` of ``text[start:end]``, worked out once per spelling."""
        spelling, cache = self.text[start:end], self.tables.looked_up
        found = cache.get(spelling)
        if found is None:
            person, (a, b) = _lookup(self.text, start, end, self.tables)
            if len(cache) >= _RUNS_CACHED:
                cache.clear()
            found = cache[spelling] = (person, a - start, b - start)
        return found[0], (start + found[1], start + found[2])

    def read(self, start: int, end: int, floor: int, limit: int, *, honorific: bool) -> None:
        text, tables = self.text, self.tables
        run_end = end
        person, (start, end) = self.lookup(start, end)
        if self.names_a_place(end, run_end) or (person is None and self.region(start, end)):
            return  # "Hamid Karzai International Airport", "Balkh Province": places
        surface = text[start:end]
        if person is None and start < self.title_end:
            return  # inside a title written after a name: its words, no one's name
        if person is None and " " not in surface:
            self.pending.append((start, end, surface, floor, limit))
            return
        if person is None and surface.count(" ") >= _LONGEST_NAME and self.too_long(surface):
            return
        if person is None and surface.casefold() in _outlet_names():
            return  # "the official Xinhua News Agency": a publisher, not a person
        found = self.context(start, end, person, floor, limit)
        near = _near_person(surface, tables) if person is None else None
        untitled = person is None and found.title is None
        if near is not None:
            found = found._replace(person=near)
        elif untitled and not self.introduced(found, limit, honorific=honorific):
            self.pending.append((start, end, surface, floor, limit))
            return
        self.add(found, surface)

    def too_long(self, surface: str) -> bool:
        """
        Whether *surface* has more words than a name has, its particles left out.

        "Ahmed bin Saleh bin Jassim Al Harthi" is a name of four words and three particles.
        """
        particles = self.lexicon.particles
        return sum(word.casefold() not in particles for word in surface.split()) > _LONGEST_NAME

    def near_with_title_word(
        self, run_start: int, stripped: tuple[int, int, bool]
    ) -> tuple[Person | None, tuple[int, int]]:
        """
        A known person whose name a title word opens, in a near spelling: "Amir Abdullahian".

        Stripping title words leaves one word; with the word before it, it may be a known
        name spelled a little differently.
        """
        start, end, _ = stripped
        text = self.text
        if " " in text[start:end] or start <= run_start:
            return None, (start, end)
        before = text.rfind(" ", run_start, start - 1) + 1 or run_start
        near = _near_person(text[before:end], self.tables)
        return near, (before, end)

    def names_a_place(self, end: int, run_end: int) -> bool:
        """
        Whether the capitalised words after a name, up to *run_end*, make it a place's name.

        "Hamid Karzai International Airport", "Jawaharlal Nehru University": a place or an
        institution named for someone, no mention of them.
        """
        if run_end <= end + 1:
            return False  # the commonest case: nothing follows the name in its run
        words = self.text[end:run_end].split()[:_PLACE_WORDS]
        return not self.lexicon.places.isdisjoint(w.casefold() for w in words)

    def introduced(self, found: _Found, limit: int, *, honorific: bool) -> bool:
        """
        Whether an untitled name is someone's all the same.

        After an honorific, before a verb of speech or contact ("Batyr Yolov, submitted"), as
        a group's leader ("a delegation led by X"), as the other party of a contact ("met
        with Richard Bennett"), or signing a tweet ("— Richard Bennett (@SR_Bennett)").
        """
        return (
            honorific
            or self.acts(found.end, limit)
            or _group_led(self.text, found.start) is not None
            or _contacted(self.text, found.start, found.end)
            or _signed(self.text, found.start, found.end)
        )

    def region(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends with a noun of a region ("Balkh Province")."""
        return self.text[start:end].rsplit(maxsplit=1)[-1].casefold() in self.lexicon.regions

    def acts(self, end: int, limit: int) -> bool:
        """Whether a verb of speech or contact follows offset *end* ("Batyr Yolov, submitted")."""
        return self.verbs.match(self.text, end, limit) is not None

    def context(
        self, start: int, end: int, person: Person | None, floor: int, limit: int
    ) -> _Found:
        text, tables = self.text, self.tables
        title_end = _before_honorifics(text, start, floor)
        styles = _styles_in(text[title_end:start]) if title_end < start else frozenset()
        titled = _title_before(text, title_end, floor, tables)
        if (
            titled is not None
            and _described_object_before(text, titled[0], title_end, floor)
            and not _APPOSITION_CLOSES.match(text, end, limit)
        ):
            # "In a meeting with the Norwegian envoy, Muttaqi said": the envoy is someone else
            # ("with the Norwegian envoy, Paul Bekken, on ..." names him).
            titled = None
        if titled is not None:
            title = (titled[0], title_end)
            return _Found(
                start,
                end,
                person,
                title,
                titled[1]
                or _of_country(text, end, limit, tables)
                or _the_country_s(text, titled[0], floor, tables),
                titled[2],
                titled[3] in self.lexicon.relays,
                styles,
            )
        after = _title_after(text, end, limit, tables)
        if after is None and person is not None:
            # "Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs": the known
            # name is written with more of its lineage, and the title follows that.
            lineage = _lineage_end(text, end, limit, self.lexicon.particles)
            after = _title_after(text, lineage, limit, tables) if lineage > end else None
        if after is not None:
            phrase = text[slice(*after)]
            heads = title_words(phrase) & self.lexicon.heads
            relay = bool(heads & self.lexicon.relays) and not (heads - self.lexicon.relays)
            country = _country_in(phrase, tables)
            return _Found(
                start, end, person, after, country, substantive=True, relay=relay, styles=styles
            )
        country = _of_country(text, end, limit, tables)
        return _Found(
            start, end, person, None, country, substantive=False, relay=False, styles=styles
        )

    def add(self, found: _Found, surface: str) -> None:
        person = found.person
        key = person.name if person else surface
        draft = _merge(self.people, key, surface, found.start, person, self.index)
        draft.words |= found.styles
        if found.title is not None and found.title[0] >= found.end:
            self.title_end = max(self.title_end, found.title[1])
        if found.title is not None:
            draft.words |= title_words(self.text[slice(*found.title)])
            if found.substantive and draft.title is None:
                draft.title = found.title
        if found.country is not None and not draft.stated:
            draft.country, draft.stated = found.country, True
        elif draft.country is None and person is not None:
            draft.country = person.country
        draft.country = draft.country or _led_country(self.text, found.opening, self.tables)
        if found.relay and self.led_by(found):
            draft.leads = True
        said = self.pronoun_of(found)
        if said is not None:
            draft.pronoun = said if draft.pronoun in {None, said} else ""
        draft.relay = (draft.relay or found.relay) and not draft.leads
        self.mentions.append(Mention(found.start, found.end, surface, draft.key))
        self.drafts.append(draft)

    def pronoun_of(self, found: _Found) -> str | None:
        """
        "he" or "she", if the words around a name say which.

        A form of address before it or its title ("Ms.", "Her Excellency"), or "her
        counterpart" in its clause.
        """
        text, words = self.text, _pronouns().words
        for at in dict.fromkeys((found.start, found.opening)):
            before = text[max(0, at - 32) : at].casefold().replace(".", " ").split()
            for size in (3, 2, 1):
                said = words.get(" ".join(before[-size:])) if len(before) >= size else None
                if said is not None:
                    return said
        after = _COUNTERPART_AFTER.match(text, found.end)
        return None if after is None else ("she" if after.group(1) == "her" else "he")

    def known_pronouns(self) -> None:
        """The pronoun of each known person, as the gazetteer's people are referred to."""
        of_name = _pronouns().of_name
        for draft in self.people.values():
            if draft.known and draft.key in of_name:
                draft.pronoun = of_name[draft.key]

    def led_by(self, found: _Found) -> bool:
        """
        Whether *found* leads a group.

        "Led by" or "headed by" before the name and its title, or "who headed the delegation"
        after them.
        """
        start = found.opening
        if _LED_BY.search(self.text, max(0, start - 30), start) is not None:
            return True
        end = max(found.end, found.title[1]) if found.title is not None else found.end
        return _heads_group().match(self.text, end) is not None

    def named_by_title_alone(self, start: int, end: int, floor: int, limit: int) -> bool:
        """
        Add the one word at *start*, no one else's, as a person if a title before it names it.

        "Saudi Foreign Minister Prince Faisal", "Foreign Minister Faisal": not a place, and a
        title written before a name (capitalised).
        """
        surface = self.text[start:end]
        if not _one_name(surface, self.tables) or _CAPITAL_NEXT.match(self.text, end):
            return False  # (a word of a longer capitalised run: "United Republic of ...")
        before = self.text[max(floor, start - _LONGEST_WORD) : start].split()
        lexicon = self.lexicon
        word = before[-1].rstrip(".,") if before else ""
        last = _bare_word(word)
        if (
            not word[:1].isupper()
            or last in FUNCTION_WORDS
            or (last not in lexicon.words and last not in lexicon.honorifics)
        ):
            return False  # the commonest case: no capitalised title word right before
        found = self.context(start, end, None, floor, limit)
        title = found.title
        if title is None or title[0] >= start or not found.substantive or found.relay:
            return False
        if _TITLE_CAPITAL.search(self.text, title[0], title[1]) is None:
            return False  # "the state of Russia-Ukraine ...": no title written before a name
        self.add(found, surface)
        return True

    def titled(self, draft: PersonDraft, start: int, end: int, floor: int, limit: int) -> None:
        """
        Give *draft*, with no title yet, the title of its short form at *start* ("PM Modi").

        The title's country, if it states one, is the person's, as for a full name.
        """
        if draft.title is not None:
            return
        found = self.context(start, end, None, floor, limit)
        if found.title is None:
            return
        draft.words |= title_words(self.text[slice(*found.title)])
        if found.substantive:
            draft.title = found.title
        if found.country is not None and not draft.stated:
            draft.country, draft.stated = found.country, True
        draft.relay = draft.relay or found.relay

    def resolve_short_forms(self) -> None:  # noqa: C901, PLR0912 - each way a short form may name someone
        if not self.pending:
            return  # no short form to resolve
        people, tables, lexicon = self.people, self.tables, self.lexicon
        shorts: dict[str, set[str]] = {}
        for draft in people.values():
            for name in [draft.key, *draft.aliases]:
                country = draft.country if draft.known or draft.stated else None
                for form in _short_forms(name, country, lexicon, shortest=2):
                    shorts.setdefault(fold(form), set()).add(draft.key)
        unique = {form: next(iter(keys)) for form, keys in shorts.items() if len(keys) == 1}
        # Given names and near spellings, for single words only (before the loop renames).
        single = any(len(pending[2].split()) == 1 for pending in self.pending)
        given = _given_names(people, unique, tables) if single else {}
        near = _NearForms.of(unique if single else {})
        mentioned = _Mentioned.of(self.mentions, shorts)
        # One word no one else's that a title names ("Saudi Foreign Minister Prince Faisal"):
        # a person of that one name, whom the same word names again later ("Faisal said").
        titled_alone: dict[str, str] = {}
        for start, end, surface, floor, limit in self.pending:
            words = surface.split()
            key = None
            if len(words) == 1 and fold(surface) in titled_alone:
                key = titled_alone[fold(surface)]
            for candidate in dict.fromkeys((surface, words[-1], words[0])) if key is None else ():
                form = fold(candidate)
                key = mentioned.nearest(form, shorts.get(form, set()), start)
                if key is not None:
                    break
            if key is None and len(words) == 1:
                key = given.get(fold(surface)) or near.find(fold(surface))
            if key is None and len(words) == 1:
                person = tables.short.get(fold(surface))
                if person is not None:
                    key = person.name
                    draft = _merge(people, key, surface, start, person, self.index)
                    draft.country = draft.country or person.country
            if (
                key is None
                and len(words) == 1
                and self.named_by_title_alone(start, end, floor, limit)
            ):
                titled_alone[fold(surface)] = surface
                mentioned.add(surface, start, end)
            if key is None:
                continue
            # The tables above were made before this loop, which may rename a person.
            draft = people.get(key) or self.index.renamed[key]
            key = draft.key
            if surface != draft.key and surface not in draft.aliases:
                draft.aliases.append(surface)
            self.titled(draft, start, end, floor, limit)
            draft.country = draft.country or _led_country(self.text, start, tables)
            self.mentions.append(Mention(start, end, surface, key))
            self.drafts.append(draft)
            mentioned.add(key, start, end)


_CAPITAL_NEXT = re.compile(r" +[A-Z]")
_LONGEST_WORD = 30  # characters: the word before a name is looked for in as many
_TITLE_CAPITAL = re.compile(r"\b[A-Z][a-z]")  # a capitalised word: a title written before a name


def _one_name(word: str, tables: _Tables) -> bool:
    """Whether *word*, alone, may be a person's name: letters, no place, no country."""
    bare = _bare_word(word)
    lexicon = _lexicon()
    return (
        word.isalpha()
        and bare not in tables.countries
        and bare not in tables.capitals
        and bare not in lexicon.title_countries
        and bare not in lexicon.words  # "Assistant Secretary for South ...": a title's word
        and word not in lexicon.not_names
        and bare not in tables.stop
    )


@attrs.define
class _Mentioned:
    """
    Where the people who share a short form are mentioned, to find the one mentioned last.

    Each short form's mentions (of any of its people) are kept in the order of their ends,
    made on the first question about the form: going through each person who shares it, for
    each of its mentions, cost the square of their number in a text of many such people.
    """

    by_key: dict[str, list[tuple[int, int]]]  # key -> its mentions' (end, start)
    forms_of: dict[str, list[str]]  # key -> the short forms it shares with others
    by_form: dict[str, list[tuple[int, int, str]]]  # form -> (end, start, key), by end

    @classmethod
    def of(cls, mentions: list[Mention], shorts: dict[str, set[str]]) -> _Mentioned:
        found = cls({}, {}, {})
        for mention in mentions:
            found.by_key.setdefault(mention.key, []).append((mention.end, mention.start))
        for form, keys in shorts.items():
            if len(keys) > 1:
                for key in keys:
                    found.forms_of.setdefault(key, []).append(form)
        return found

    def add(self, key: str, start: int, end: int) -> None:
        self.by_key.setdefault(key, []).append((end, start))
        for form in self.forms_of.get(key, ()):
            if form in self.by_form:
                bisect.insort(self.by_form[form], (end, start, key))

    def nearest(self, form: str, keys: set[str], start: int) -> str | None:
        """
        The person the short form *form* (folded), which *keys* share, names at *start*.

        The only one with it, else the one whose mention ending by *start* starts last
        ("Wang" after "Wang Yi", in a text that also names Wang Yu); of two, the first key.
        """
        if len(keys) <= 1:
            return next(iter(keys), None)
        events = self.by_form.get(form)
        if events is None:
            events = self.by_form[form] = sorted(
                (end, begin, key) for key in keys for end, begin in self.by_key.get(key, ())
            )
        best: tuple[int, str] | None = None
        # Back from the last mention that ends by *start*: one that ends before the best
        # start so far starts before it too, as do all before it.
        for at in range(bisect.bisect_right(events, start, key=_FIRST) - 1, -1, -1):
            end, begin, key = events[at]
            if best is not None and end < best[0]:
                break
            if best is None or begin > best[0] or (begin == best[0] and key < best[1]):
                best = (begin, key)
        return best[1] if best is not None else None


@attrs.define
class _NearForms:
    """
    The short forms of a text's people, to find the one a single word is one letter from.

    One letter apart, two words agree on their first letter and differ in length by at most
    one, or else differ at the first letter: the rest of one is the rest of the other, or
    all of it ("Quereshi" and "Qureshi", "Kureshi", "Ureshi").
    """

    forms: dict[str, str]  # form -> the person's key
    by_start: dict[tuple[str, int], list[str]]  # (first letter, length) -> forms
    by_rest: dict[str, list[str]]  # all but the first letter -> forms

    @classmethod
    def of(cls, forms: dict[str, str]) -> _NearForms:
        long = {form: key for form, key in forms.items() if len(form) >= 5}
        found = cls(long, {}, {})
        for form in long:
            found.by_start.setdefault((form[0], len(form)), []).append(form)
            found.by_rest.setdefault(form[1:], []).append(form)
        return found

    def find(self, word: str) -> str | None:
        """The person of the text *word* (folded) is one letter from ("Quereshi"), if only one."""
        if len(word) < _NEAR_SHORTEST:
            return None
        candidates = [
            *(f for size in (-1, 0, 1) for f in self.by_start.get((word[0], len(word) + size), ())),
            *self.by_rest.get(word[1:], ()),  # another first letter
            *self.by_rest.get(word, ()),  # a letter added before
            *([word[1:]] if word[1:] in self.forms else []),  # the first letter left out
        ]
        found = {self.forms[form] for form in candidates if _within_one(word, form)}
        return found.pop() if len(found) == 1 else None


def find_people(
    text: str,
    regions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    verbs: re.Pattern[str],
    words: Iterable[frozenset[str]] = (),
) -> tuple[dict[str, PersonDraft], list[Mention]]:
    """
    Find the people mentioned in *regions* of *text* (the body sentences).

    Args:
        text: The normalised text.
        regions: The body sentences, as offsets.
        gazetteer: The people and countries known by name.
        verbs: Matches, right after a name, a verb of speech or contact (optionally after a
            comma): a run of capitalised words so used is a name even when nothing else
            says so.
        words: The casefolded words of each sentence (:func:`afdiplo._patterns.tokens`): the
            capitalised words of an organisation among them ("the UN Population Fund") are
            no one's name.

    Returns:
        The people by key, and every mention in reading order.
    """
    finder = _Finder(text, gazetteer, verbs, words)
    finder.run(regions)
    return finder.people, finder.mentions


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span without a sentence's full stop or a possessive after it."""
    if text.endswith(("'s", "’s"), start, end):
        end -= 2
    if text[end - 1] == "." and not _INITIALS_END.search(text, start, end):
        end -= 1
    return start, end


def _lookup(
    text: str, start: int, end: int, tables: _Tables
) -> tuple[Person | None, tuple[int, int]]:
    """The known person a run names, and the part of the run that names them."""
    run = text[start:end]
    person = tables.people.get(_key(run))
    words = run.split()
    if person is not None or len(words) < 2:
        return person, _trimmed(text, start, end) if person else (start, end)
    if len(words) == 2:  # "Yi Wang": a family-first name in Western order
        person = tables.people.get(_key(f"{words[1]} {words[0]}"))
        if person is not None and person.country in _lexicon().family_first:
            return person, _trimmed(text, start, end)
    spans = [m.span() for m in _NONSPACE.finditer(text, start, end)]
    # A known spelling inside a longer run: "Mullah Abdul Ghani Baradar", "Mr. Wang Yi".
    # No name has more than six words: longer windows are not looked up. A window's key is
    # its words' keys joined, and only a window whose first word starts a known spelling is
    # looked up.
    keys = [_key(word) for word in words]
    starts = [n for n, key in enumerate(keys) if key.split(" ", 1)[0] in tables.first_words]
    for size in range(min(len(words) - 1, _LONGEST_NAME), 1, -1):
        for first in starts:
            if first + size > len(words):
                break
            person = tables.people.get(" ".join(keys[first : first + size]))
            if person is not None:
                return person, _trimmed(text, spans[first][0], spans[first + size - 1][1])
    shorter = _without_forefathers(keys)
    person = tables.people.get(" ".join(shorter)) if shorter != keys else None
    if person is not None:  # "Mohammed bin Abdulrahman bin Jassim Al Thani"
        return person, _trimmed(text, start, end)
    return None, (start, end)


def _without_forefathers(keys: list[str]) -> list[str]:
    """
    The keys of a name's words without its second and later forefathers ("bin Jassim").

    Gulf officials' names are written with more or fewer generations: "Mohammed bin
    Abdulrahman bin Jassim Al Thani" is "Mohammed bin Abdulrahman Al Thani".
    """
    lineage = _lexicon().lineage
    opened = [n for n, key in enumerate(keys[:-1]) if key in lineage]
    dropped = {n + step for n in opened[1:] for step in (0, 1)}
    return [key for n, key in enumerate(keys) if n not in dropped] if dropped else keys


def _merge(  # noqa: PLR0913, PLR0917 - the two drafts and where they meet
    people: dict[str, PersonDraft],
    key: str,
    surface: str,
    start: int,
    person: Person | None,
    index: _PeopleIndex,
) -> PersonDraft:
    """The person a spelling names among *people*, found or added (kept in *index* too)."""
    draft = people.get(key)
    if draft is None and person is None:
        draft = index.same_person(_key(surface).split(), unknown_only=False)
    if draft is None and person is not None:
        # A person first found by title under a spelling the gazetteer did not know.
        draft = index.same_person(_key(person.name).split(), unknown_only=True)
        if draft is not None:
            del people[draft.key]
            index.renamed[draft.key] = draft
            draft.aliases = [a for a in [draft.key, *draft.aliases] if a != person.name]
            draft.key, draft.known = person.name, True
            people[person.name] = draft
            index.add(draft)  # moved to the end of the people, under its new name
    if draft is None:
        draft = PersonDraft(key=key, aliases=[], first=start, known=person is not None)
        people[key] = draft
        index.add(draft)
    if surface != draft.key and surface not in draft.aliases:
        draft.aliases.append(surface)
    return draft


@attrs.define
class _PeopleIndex:
    """
    The people found so far, by the words of their names, in the order of *people*.

    A spelling names the same person as a name when the two share two words, or one word and
    either has only one, the name being then the gazetteer's unknown (words as :func:`_key`
    folds them, each counted once); the first person found wins. Each table lists the people
    of a pair of words or of a word in the order they were added, so that finding one costs
    the same however many people the text names (a loop over all of them cost the square).
    A person added again (under a new name) is found at their new place only.
    """

    rank: dict[int, int] = attrs.Factory(dict)  # id(draft) -> its place among the people
    added: int = 0  # how many times a person was added
    by_pair: dict[tuple[str, str], list[tuple[int, PersonDraft]]] = attrs.Factory(dict)
    by_word: dict[str, list[tuple[int, PersonDraft]]] = attrs.Factory(dict)
    by_only_word: dict[str, list[tuple[int, PersonDraft]]] = attrs.Factory(dict)
    renamed: dict[str, PersonDraft] = attrs.Factory(dict)  # a former key -> its person

    def add(self, draft: PersonDraft) -> None:
        self.added += 1
        entry = (self.added, draft)
        self.rank[id(draft)] = self.added
        words = sorted(set(_key(draft.key).split()))
        for pair in itertools.combinations(words, 2):
            self.by_pair.setdefault(pair, []).append(entry)
        for word in words:
            self.by_word.setdefault(word, []).append(entry)
        if len(words) == 1:
            self.by_only_word.setdefault(words[0], []).append(entry)

    def same_person(self, words: list[str], *, unknown_only: bool) -> PersonDraft | None:
        """The first person whose name *words* (folded) may be another spelling of."""
        unique = sorted(set(words))
        lists = [self.by_pair.get(pair, ()) for pair in itertools.combinations(unique, 2)]
        # One word shared, and one of the two names has only that word: unknown people only.
        one = [self.by_word.get(unique[0], ())] if len(unique) == 1 else []
        one += [self.by_only_word.get(word, ()) for word in unique]
        best: tuple[int, PersonDraft] | None = None
        for entries, unknown in [*((e, unknown_only) for e in lists), *((e, True) for e in one)]:
            for rank, draft in entries:
                if self.rank[id(draft)] != rank or (unknown and draft.known):
                    continue  # moved since, or known when only the unknown may be meant
                if best is None or rank < best[0]:
                    best = (rank, draft)
                break
        return best[1] if best is not None else None


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
            folded = fold(first)
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
