"""The bundled data files: readable, complete, consistent."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from afdiplo import DataFileError, Gazetteer
from afdiplo import _offices as offices
from afdiplo._data import read_tsv, read_tsv_text
from afdiplo._source import outlets

DATA = files("afdiplo") / "data"


def test_every_un_member_state_has_a_demonym() -> None:
    """The country table holds the 193 UN member states and more, each with a demonym."""
    countries = Gazetteer.default().countries
    assert len(countries) >= 193
    assert [] == [c.name for c in countries if not c.demonyms]


def test_country_words_are_unambiguous() -> None:
    """No demonym, alias or capital names two countries."""
    seen: dict[str, str] = {}
    clashes = []
    for country in Gazetteer.default().countries:
        for word in (country.name, *country.demonyms, *country.aliases, *country.capitals):
            other = seen.setdefault(word.casefold(), country.name)
            if other != country.name:
                clashes.append((word, other, country.name))
    assert [] == clashes


def test_people_countries_exist() -> None:
    """Every person's country is a country of the table."""
    gazetteer = Gazetteer.default()
    names = {c.name for c in gazetteer.countries}
    assert [] == [p.name for p in gazetteer.people if p.country and p.country not in names]


@pytest.mark.parametrize("name", ["people.tsv", "countries.tsv", "outlets.tsv", "regions.tsv"])
def test_gazetteers_sorted_with_source(name: str) -> None:
    """Gazetteer files record their source and date and keep their rows sorted."""
    text = (DATA / "gazetteers" / name).read_text(encoding="utf-8")
    lines = text.splitlines()
    keys = [line.split("\t")[0] for line in lines if line and not line.startswith("#")][1:]
    assert (True, True, keys) == (
        lines[0].startswith("# source:"),
        lines[1].startswith("# date:"),
        sorted(keys),
    )


def test_office_holders_are_known_people_in_terms_that_do_not_overlap() -> None:
    """offices.tsv: each holder a person of people.tsv of that country; one holder a day."""
    text = (DATA / "gazetteers" / "offices.tsv").read_text(encoding="utf-8")
    assert text.startswith("# source:")
    assert text.splitlines()[1].startswith("# date:")
    gazetteer = Gazetteer.default()
    countries = {p.name: p.country for p in gazetteer.people}
    terms = offices.terms()
    assert [] == [t.name for t in terms if countries.get(t.name) != t.country]
    overlapping = [
        (a.name, b.name)
        for a in terms
        for b in terms
        if a is not b
        and (a.country, a.office) == (b.country, b.office)
        and a.start <= b.start
        and (a.end is None or b.start < a.end)
    ]
    assert [] == overlapping
    assert all(t.end is None or t.start < t.end for t in terms)


@pytest.mark.parametrize(
    "parts",
    [
        ("lexicons", "en.json"),
        ("formats", "en.json"),
        ("lexicons", "topics.json"),
        ("lexicons", "negation.json"),
        ("formats", "sources.json"),
        ("lexicons", "pronouns.json"),
    ],
)
def test_json_files_document_themselves(parts: tuple[str, str]) -> None:
    """Each JSON data file opens with a _meta entry naming its source and date."""
    data = json.loads(DATA.joinpath(*parts).read_text(encoding="utf-8"))
    assert {"source", "date"} <= set(data["_meta"])


def test_every_bundled_person_has_one_pronoun() -> None:
    """pronouns.json: each person of people.tsv under "he" or "she", once; no one else."""
    data = json.loads(DATA.joinpath("lexicons", "pronouns.json").read_text(encoding="utf-8"))
    people = sorted(person.name for person in Gazetteer.default().people)
    assert sorted(data["he"] + data["she"]) == people
    assert set(data["he_words"]).isdisjoint(data["she_words"])


def test_region_countries_exist() -> None:
    """regions.tsv: every region's country is a country of countries.tsv, once each."""
    names = {c.name for c in Gazetteer.default().countries}
    rows = read_tsv("gazetteers", "regions.tsv", columns=("region", "country"))
    regions = [row["region"].casefold() for row in rows]
    assert ([], len(regions)) == (
        [row["region"] for row in rows if row["country"] not in names],
        len(set(regions)),
    )


def test_outlet_countries_exist() -> None:
    """Every outlet's country is a country (or organisation) of the gazetteer's table."""
    names = {c.name for c in Gazetteer.default().countries}
    assert [] == [(o.name, o.country) for o in outlets() if o.country not in names]


def test_outlet_names_are_unambiguous() -> None:
    """No name or alias of an outlet is another outlet's, or the same outlet's twice."""
    seen: dict[str, str] = {}
    clashes = []
    for outlet in outlets():
        for word in (outlet.name, *outlet.aliases):
            other = seen.setdefault(word.casefold(), outlet.name)
            if other != outlet.name or (
                word != outlet.name and word.casefold() == outlet.name.casefold()
            ):
                clashes.append((word, other, outlet.name))
        if len({w.casefold() for w in outlet.aliases}) != len(outlet.aliases):
            clashes.append(("aliases repeated", outlet.name, outlet.name))
    assert [] == clashes


def test_layout_outlets_are_in_the_outlets_table() -> None:
    """Every outlet the layout can credit is in the outlets table, but the generic "Agencies"."""
    formats = json.loads((DATA / "formats" / "en.json").read_text(encoding="utf-8"))
    known = {word.casefold() for o in outlets() for word in (o.name, *o.aliases)}
    assert ["Agencies"] == [name for name in formats["outlets"] if name.casefold() not in known]


def test_outlets_cover_the_governments_and_media_of_readouts() -> None:
    """The table has the governments and the media of every country that reports these calls."""
    kinds = {(o.country, o.kind) for o in outlets()}
    wanted = {
        (country, kind)
        for country in (
            "Afghanistan",
            "China",
            "India",
            "Iran",
            "Pakistan",
            "Qatar",
            "Russia",
            "Turkey",
            "United Kingdom",
            "United States",
            "Uzbekistan",
            "Tajikistan",
            "Kazakhstan",
        )
        for kind in ("government", "media")
    } | {
        ("European Union", "government"),
        ("United Nations", "government"),
        ("NATO", "government"),
        ("France", "media"),
        ("Japan", "media"),
        ("South Korea", "media"),
    }
    assert set() == wanted - kinds


def test_source_cues_sorted_and_lowercase() -> None:
    """The credits, bodies, marks, openings and titles of sources.json are lowercase and sorted."""
    data = json.loads((DATA / "formats" / "sources.json").read_text(encoding="utf-8"))
    lists = {key: data[key] for key in ("credits", "credit_ends", "bodies")}
    lists |= {key: [e["text"] for e in data[key]] for key in ("marks", "openings", "titles")}
    assert {} == {
        key: words
        for key, words in lists.items()
        if words != sorted(words) or any(w != w.casefold() for w in words)
    }


def test_source_cues_name_known_countries() -> None:
    """Every mark, opening and title wording of sources.json names a country of the gazetteer."""
    data = json.loads((DATA / "formats" / "sources.json").read_text(encoding="utf-8"))
    names = {c.name for c in Gazetteer.default().countries}
    entries = [e for key in ("marks", "openings", "titles") for e in data[key]]
    assert [] == [e["text"] for e in entries if e["country"] not in names or not e["what"]]


def test_gazetteer_lookups() -> None:
    """The gazetteer resolves spellings to people and words to countries."""
    gazetteer = Gazetteer.default()
    person = gazetteer.person("Mohammed Haneef Atmar")
    assert ("Mohammad Hanif Atmar", "Netherlands", "United States", "Turkey") == (
        person.name if person else None,
        gazetteer.country("Dutch"),
        gazetteer.country("Washington"),
        gazetteer.country("Turkish"),
    )


def test_bad_tsv_is_a_data_file_error() -> None:
    """A gazetteer file without the expected columns raises DataFileError."""
    with pytest.raises(DataFileError, match="expected columns"):
        read_tsv_text("name\tplace\nWang Yi\tChina\n", name="x.tsv", columns=("name", "country"))


def test_from_files_reads_users_people(tmp_path) -> None:
    """Gazetteer.from_files reads a user's people file and keeps the bundled countries."""
    path = tmp_path / "people.tsv"
    path.write_text("name\tcountry\taliases\nIne Eriksen Soreide\tNorway\tIne Soreide\n")
    gazetteer = Gazetteer.from_files(people=path)
    person = gazetteer.person("Ine Soreide")
    assert ("Ine Eriksen Soreide", True) == (
        person.name if person else None,
        len(gazetteer.countries) >= 193,
    )


def test_from_files_missing_file(tmp_path) -> None:
    """A missing gazetteer file raises DataFileError naming it."""
    with pytest.raises(DataFileError, match="readable UTF-8 TSV"):
        Gazetteer.from_files(people=tmp_path / "none.tsv")
