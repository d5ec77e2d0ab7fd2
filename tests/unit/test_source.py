"""afdiplo._source: whose account a readout is, from its outlet or the page's own cues."""

from __future__ import annotations

import pytest

import afdiplo
from afdiplo import Readout, Severity
from afdiplo._source import SOURCE_STRATEGIES, outlets

# One call, reported in the body of every page below.
CALL = (
    "On 9 March 2022, Foreign Minister Wang Yi had a phone call with Kenyan Cabinet Secretary"
    " for Foreign Affairs Raychelle Omamo.\n\n"
    "Wang Yi said China is ready to deepen cooperation with Kenya on trade and health.\n"
)
NEWS_CALL = (
    "Chinese Foreign Minister Wang Yi held a phone call with his Kenyan counterpart Raychelle"
    " Omamo on Wednesday, discussing trade and vaccines.\n\n"
    "Wang said China stands ready to deepen cooperation with Kenya.\n"
)


def source(text: str) -> tuple[str | None, list[str]]:
    """The source country of *text*, and the codes of its source diagnostics."""
    readout = afdiplo.parse(text, strict=False)
    return readout.source_country, [d.code for d in readout.diagnostics if "source" in d.code]


def cue(readout: Readout) -> str:
    """The text the source diagnostic of *readout* points at."""
    (note,) = [d for d in readout.diagnostics if d.code == "source.from-cue"]
    assert note.span is not None
    return note.span.of(readout.text)


class TestNamedOutlet:
    def test_outlet_line(self) -> None:
        """An outlet on a line of its own gives its country, with no diagnostic."""
        text = "Download\nWang Yi talks with Kenyan FM\nUpdated 10:02, 10-Mar-2022\nCGTN\n\n"
        assert ("China", []) == source(text + NEWS_CALL)

    def test_outlet_in_the_dateline(self) -> None:
        """An agency in a dateline the layout reads as the outlet gives its country."""
        text = "NAIROBI, March 9 (Reuters) \u2013 " + NEWS_CALL
        readout = afdiplo.parse(text)
        assert ("Reuters", "United Kingdom") == (readout.outlet, readout.source_country)

    def test_named_outlet_wins_over_a_credit(self) -> None:
        """A page naming two outlets is the account of the one the layout found, not a credit."""
        text = (
            "Download\nWang Yi talks with Kenyan FM\nUpdated 10:02, 10-Mar-2022\nCGTN\n\n"
            + NEWS_CALL
            + "\n(With input from Reuters)\n"
        )
        assert ("China", []) == source(text)

    @pytest.mark.parametrize(
        ("head", "outlet", "country"),
        [
            ("BEIJING, March 10 (Xinhua) -- ", "Xinhua", "China"),
            ("Wang Yi talks with Kenyan FM\nGlobal Times\n\n", "Global Times", "China"),
            ("ISLAMABAD, March 10 (APP): ", "APP", "Pakistan"),
        ],
    )
    def test_outlets_the_layout_reads(self, head: str, outlet: str, country: str) -> None:
        """An outlet read by the layout, on a line or in a dateline, gives its country."""
        readout = afdiplo.parse(head + NEWS_CALL)
        assert (outlet, country, []) == (
            readout.outlet,
            readout.source_country,
            [d.code for d in readout.diagnostics if d.code.startswith("source")],
        )


class TestGovernmentPages:
    def test_embassy_page(self) -> None:
        """An embassy's name on a line of its own makes the page its government's."""
        text = (
            "Embassy of the People's Republic of China in the Republic of Kenya\n"
            "Home > Embassy News\n"
            "Wang Yi Speaks with Kenyan Cabinet Secretary Raychelle Omamo on the Phone\n\n" + CALL
        )
        readout = afdiplo.parse(text)
        assert ("China", "Embassy of the People's Republic of China in the Republic of Kenya") == (
            readout.source_country,
            cue(readout),
        )

    def test_consulate_footer(self) -> None:
        """A consulate's copyright line at the foot of the page names the government."""
        text = (
            "Wang Yi Speaks with Kenyan Cabinet Secretary Raychelle Omamo on the Phone\n\n"
            + CALL
            + "\nCopyright (c) 2022 Consulate General of the People's Republic of China in Mombasa."
            " All rights reserved.\n"
        )
        assert ("China", ["source.from-cue"]) == source(text)

    @pytest.mark.parametrize(
        ("header", "country", "notes"),
        [
            (
                "Embassy of the Islamic Republic of Pakistan, Nairobi",
                "Pakistan",
                ["source.from-cue"],
            ),
            ("U.S. Embassy in Kenya", "United States", ["source.from-cue"]),
            # A ministry's line is the page's publisher (its outlet), which the table knows.
            ("Ministry of Foreign Affairs of the Russian Federation", "Russia", []),
            ("Ministry of Foreign Affairs, Islamabad", "Pakistan", []),
            ("Ministry of External Affairs, Government of India", "India", []),
            ("Permanent Mission of Kenya to the United Nations", "Kenya", ["source.from-cue"]),
            ("Royal Norwegian Embassy in Nairobi", "Norway", ["source.from-cue"]),
        ],
    )
    def test_government_bodies_of_any_country(
        self, header: str, country: str, notes: list[str]
    ) -> None:
        """A government body's name tells its country: as the outlet, else as a page cue."""
        text = f"{header}\nPress Release\n\n{CALL}"
        assert (country, notes) == source(text)

    def test_state_department_page(self) -> None:
        """A State Department page's Office of the Spokesperson names its outlet, American."""
        text = (
            "Secretary Blinken's Call with Kenyan Cabinet Secretary Omamo\n"
            "Office of the Spokesperson\n"
            "March 9, 2022\n\n"
            "Secretary of State Antony J. Blinken spoke today with Kenyan Cabinet Secretary for"
            " Foreign Affairs Raychelle Omamo. The Secretary underscored the importance of the"
            " partnership.\n"
        )
        readout = afdiplo.parse(text)
        assert ("United States", "U.S. Department of State", []) == (
            readout.source_country,
            readout.outlet,
            [d.code for d in readout.diagnostics if d.code == "source.from-cue"],
        )

    def test_state_department_opening(self) -> None:
        """A readout opening "The following is attributable to Spokesperson" is American."""
        text = (
            "The following is attributable to Spokesperson Ned Price:\n\n"
            "Secretary of State Antony J. Blinken spoke today with Kenyan Cabinet Secretary for"
            " Foreign Affairs Raychelle Omamo about regional security.\n"
        )
        assert ("United States", ["source.from-cue"]) == source(text)

    def test_eu_foreign_service_page(self) -> None:
        """An EU foreign service page names the European External Action Service."""
        text = (
            "European External Action Service\n"
            "Kenya: High Representative Josep Borrell holds a phone call with Raychelle Omamo\n\n"
            "High Representative Josep Borrell had a phone call with Kenyan Cabinet Secretary for"
            " Foreign Affairs Raychelle Omamo on 9 March 2022.\n"
        )
        assert ("European Union", []) == source(text)  # the publisher line: the outlet

    def test_eu_title_wording(self) -> None:
        """A title with "High Representative/Vice-President" is the EU foreign service's."""
        text = (
            "Kenya: High Representative/Vice-President Josep Borrell speaks with Omamo\n\n"
            "High Representative Josep Borrell had a phone call with Kenyan Cabinet Secretary for"
            " Foreign Affairs Raychelle Omamo on 9 March 2022.\n"
        )
        readout = afdiplo.parse(text)
        assert ("European Union", "High Representative/Vice-President") == (
            readout.source_country,
            cue(readout),
        )

    def test_chinese_mission_template(self) -> None:
        """The share link of the Chinese missions' pages marks the page as China's."""
        text = (
            "Home > News & Events\n"
            "Wang Yi Speaks with Kenyan Cabinet Secretary Raychelle Omamo on the Phone\n\n"
            + CALL
            + "\n<Suggest To A Friend>\n"
        )
        assert ("China", ["source.from-cue"]) == source(text)


class TestWireCredits:
    @pytest.mark.parametrize(
        ("dateline", "country", "notes"),
        [
            # The layout reads each: the agency is the outlet.
            ("MOSCOW, March 9. /TASS/. ", "Russia", []),
            ("Tehran, March 9, IRNA - ", "Iran", []),
            ("Tehran (IRNA)- ", "Iran", []),
            ("Kabul (Pajhwok)- ", "Afghanistan", []),
        ],
    )
    def test_dateline_credit(self, dateline: str, country: str, notes: list[str]) -> None:
        """An agency in a dateline tells the country, as the outlet or as a cue."""
        assert (country, notes) == source(dateline + NEWS_CALL)

    def test_closing_credit(self) -> None:
        """An agency in brackets after the last sentence tells the country."""
        text = NEWS_CALL.rstrip() + " (ANI)\n"
        readout = afdiplo.parse(text, strict=False)
        assert ("India", "ANI") == (readout.source_country, cue(readout))

    def test_bracket_of_a_sentence_is_no_credit(self) -> None:
        """An abbreviation in brackets ending a sentence is no credit line."""
        text = NEWS_CALL.rstrip() + " Both backed the World Health Organization (WHO)\n"
        assert (None, []) == source(text)

    def test_source_line(self) -> None:
        """A "Source:" line naming an outlet tells the country."""
        text = "Wang Yi talks with Kenyan FM\nSource: Xinhua\nEditor: Liu\n\n" + NEWS_CALL
        readout = afdiplo.parse(text, strict=False)
        assert ("China", "Source: Xinhua") == (readout.source_country, cue(readout))

    def test_byline_before_a_timestamp(self) -> None:
        """A byline naming an agency before a timestamp tells the country."""
        text = "Wang Yi talks with Kenyan FM\nBy APP | Published: March 10, 2022 8:30 AM\n\n"
        assert ("Pakistan", ["source.from-cue"]) == source(text + NEWS_CALL)

    def test_dateline_wins_over_a_byline(self) -> None:
        """A page naming two outlets is the account of the agency its dateline credits."""
        text = "Wang Yi talks with Kenyan FM\nBy APP\n\nMOSCOW, March 9. /TASS/. " + NEWS_CALL
        assert ("Russia", []) == source(text)
        text = "Wang Yi talks with Kenyan FM\nBy APP\n\nKABUL, March 9. /Anadolu/. " + NEWS_CALL
        assert ("Turkey", []) == source(text)


class TestUnknown:
    def test_news_page_of_an_unknown_outlet(self) -> None:
        """A news page that names no outlet and no government has no source country."""
        text = "Wang Yi talks with Kenyan FM\n\nNAIROBI: " + NEWS_CALL
        assert (None, []) == source(text)

    def test_input_from_an_agency_is_no_publisher(self) -> None:
        """A credit for input from an agency does not make the page the agency's."""
        text = "Wang Yi talks with Kenyan FM\n\n" + NEWS_CALL + "\n(With input from Reuters)\n"
        assert (None, []) == source(text)

    def test_headline_about_an_embassy(self) -> None:
        """A headline about an embassy is no embassy's page."""
        text = "Chinese Embassy in Nairobi Welcomes Kenyan Support for Trade Talks\n\n" + NEWS_CALL
        assert (None, []) == source(text)

    def test_sentence_citing_a_ministry(self) -> None:
        """A ministry cited in the story's last sentence does not publish it."""
        text = NEWS_CALL + "\nAccording to the State Department, the two also discussed Somalia.\n"
        assert (None, []) == source(text)


class TestDiagnostic:
    def test_cue_is_reported(self) -> None:
        """A country read from a cue leaves an info diagnostic naming the cue and the rule."""
        text = "Home > China News\nWang Yi Speaks with Raychelle Omamo on the Phone\n\n" + CALL
        (note,) = [d for d in afdiplo.parse(text).diagnostics if d.code == "source.from-cue"]
        assert (Severity.INFO, True, "Home > China News") == (
            note.severity,
            "page_mark" in note.message and "China" in note.message,
            note.span.of(text) if note.span else None,
        )


def test_strategies_most_reliable_first() -> None:
    """The cascade tries the named outlet first, then credits, then government cues."""
    assert [
        "named_outlet",
        "dateline_credit",
        "closing_credit",
        "credited_outlet",
        "government_line",
        "page_mark",
        "readout_opening",
        "title_wording",
        "place_line",
    ] == [strategy.__name__ for strategy in SOURCE_STRATEGIES]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Chinese Foreign Ministry", "China"),
        ("Embassy of the People's Republic of China", "China"),
        ("Xinhua", "China"),
        ("CGTN", "China"),
        ("China Daily", "China"),
        ("Global Times", "China"),
        ("State Department", "United States"),
        ("White House", "United States"),
        ("EU foreign service", "European Union"),
        ("TASS", "Russia"),
        ("RIA", "Russia"),
        ("APP", "Pakistan"),
        ("Dawn", "Pakistan"),
    ],
)
def test_outlets_table_gives_publishers_their_country(name: str, country: str) -> None:
    """Each usual publisher of readouts is in the table, by name or alias, with its country."""
    found = [
        o.country
        for o in outlets()
        if name.casefold() in {w.casefold() for w in (o.name, *o.aliases)}
    ]
    assert [country] == found


def test_outlets_table_reads_kinds() -> None:
    """The outlets table gives each outlet a country and a kind."""
    xinhua = next(o for o in outlets() if o.name == "Xinhua News Agency")
    assert ("China", "media", True) == (xinhua.country, xinhua.kind, "Xinhua" in xinhua.aliases)
