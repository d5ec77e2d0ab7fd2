"""afdiplo.parse on short realistic readouts: inputs, dates, people, calls and errors."""

from __future__ import annotations

import datetime as dt

import pytest

import afdiplo
from afdiplo import Medium, OutletFormat
from conftest import REPO

OFFICIAL = """Home > News & Events
Wang Yi Speaks with Norwegian Foreign Minister Ine Eriksen Soreide on the Phone

On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with \
Norwegian Foreign Minister Ine Eriksen Soreide at request.

Wang Yi said that China and Norway should deepen cooperation on climate change.

Suggest To A Friend
"""

NEWS = """Chinese FM holds phone talks with Kenyan counterpart
Updated 14:02, 12-Jan-2022
CGTN

Chinese State Councilor and Foreign Minister Wang Yi held phone talks with Kenyan Cabinet \
Secretary for Foreign Affairs Raychelle Omamo on Tuesday, exchanging views on bilateral ties.

Wang said China is ready to work with Kenya to implement the outcomes of the forum, he added.

(With input from Xinhua)
"""


def participants(readout: afdiplo.Readout) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for c in readout.calls for p in c.participants]


def codes(readout: afdiplo.Readout) -> set[str]:
    return {d.code for d in readout.diagnostics}


class TestOfficialPage:
    def test_call_read_in_full(self) -> None:
        """An official page gives format, title, date, medium, people and initiator."""
        readout = afdiplo.parse(OFFICIAL)
        call = readout.calls[0]
        assert (OutletFormat.OFFICIAL, dt.date(2021, 5, 3), Medium.PHONE) == (
            readout.format,
            call.date,
            call.medium,
        )
        assert [
            ("Wang Yi", "State Councilor and Foreign Minister", "China"),
            ("Ine Eriksen Soreide", "Norwegian Foreign Minister", "Norway"),
        ] == participants(readout)
        assert "Ine Eriksen Soreide" == (call.initiator.name if call.initiator else None)

    def test_date_span_points_at_the_phrase(self) -> None:
        """date_span covers the phrase the date was read from."""
        readout = afdiplo.parse(OFFICIAL)
        span = readout.calls[0].date_span
        assert "On 3 May 2021" == (span.of(readout.text) if span else None)

    def test_boilerplate_separated(self) -> None:
        """Breadcrumb, title and trailer are boilerplate; the sentences are body."""
        readout = afdiplo.parse(OFFICIAL)
        assert ["Home > News & Events", readout.title, "Suggest To A Friend"] == [
            s.of(readout.text) for s in readout.boilerplate_spans
        ]
        assert 2 == len(readout.body_spans)


class TestNewsReport:
    def test_weekday_resolved_from_timestamp(self) -> None:
        """'on Tuesday' resolves to the Tuesday before the publication time, with a diagnostic."""
        readout = afdiplo.parse(NEWS)
        assert (dt.datetime(2022, 1, 12, 14, 2), dt.date(2022, 1, 11), "CGTN") == (
            readout.published,
            readout.calls[0].date,
            readout.outlet,
        )
        assert "date.weekday-resolved" in codes(readout)

    def test_unknown_person_found_from_title(self) -> None:
        """A person in no gazetteer is found from the title before the name."""
        assert (
            "Raychelle Omamo",
            "Kenyan Cabinet Secretary for Foreign Affairs",
            "Kenya",
        ) == participants(afdiplo.parse(NEWS))[1]

    def test_weekday_without_publication_date(self) -> None:
        """Without a publication date a weekday cannot be pinned: None and a diagnostic."""
        text = NEWS.replace("Updated 14:02, 12-Jan-2022\n", "")
        readout = afdiplo.parse(text)
        assert (None, True) == (
            readout.calls[0].date,
            "date.weekday-unresolved" in codes(readout),
        )

    def test_caller_publication_date_used(self) -> None:
        """The published argument resolves weekdays when the text shows no timestamp."""
        text = NEWS.replace("Updated 14:02, 12-Jan-2022\n", "")
        readout = afdiplo.parse(text, published=dt.date(2022, 3, 4))
        assert (dt.date(2022, 3, 1), dt.datetime(2022, 3, 4)) == (
            readout.calls[0].date,
            readout.published,
        )

    def test_missing_year_taken_from_publication(self) -> None:
        """A day without a year takes the publication year, and says so."""
        text = OFFICIAL.replace("On 3 May 2021", "On 3 May")
        readout = afdiplo.parse(text, published=dt.datetime(2021, 5, 4, 9, 0))
        assert (dt.date(2021, 5, 3), True) == (
            readout.calls[0].date,
            "date.year-inferred" in codes(readout),
        )

    def test_missing_year_across_new_year(self) -> None:
        """A late-December day published in January belongs to the year before."""
        text = OFFICIAL.replace("On 3 May 2021", "On 30 December")
        readout = afdiplo.parse(text, published=dt.date(2022, 1, 2))
        assert dt.date(2021, 12, 30) == readout.calls[0].date


class TestMedia:
    @pytest.mark.parametrize(
        ("wording", "medium"),
        [
            ("had a phone call with", Medium.PHONE),
            ("held a telephone conversation with", Medium.PHONE),
            ("held a video call with", Medium.VIDEO),
            ("met with", Medium.MEETING),
            ("held talks with", Medium.MEETING),
            ("exchanged letters with", Medium.LETTER),
        ],
    )
    def test_medium_from_wording(self, wording: str, medium: Medium) -> None:
        """The medium is read from the wording of the call's sentence."""
        text = (
            f"On 3 May 2021, Foreign Minister Wang Yi {wording} "
            "Norwegian Foreign Minister Ine Eriksen Soreide."
        )
        assert medium == afdiplo.parse(text).calls[0].medium

    @pytest.mark.parametrize(
        ("cue", "initiator"),
        [
            ("at the latter's request", "Ine Eriksen Soreide"),
            ("at the invitation of Wang Yi", "Wang Yi"),
            ("upon request", "Ine Eriksen Soreide"),
            ("at the request of the Norwegian side", "Ine Eriksen Soreide"),
            ("", None),
        ],
    )
    def test_initiator(self, cue: str, initiator: str | None) -> None:
        """The initiator comes from request and invitation cues, None without one."""
        text = (
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with "
            f"Norwegian Foreign Minister Ine Eriksen Soreide {cue}."
        )
        call = afdiplo.parse(text).calls[0]
        assert initiator == (call.initiator.name if call.initiator else None)

    @pytest.mark.parametrize("verb", ["called", "called up", "rang", "telephoned"])
    def test_calling_someone_is_a_phone_call_they_placed(self, verb: str) -> None:
        """'X called Y' reports a phone call that X placed."""
        text = (
            f"Foreign Minister Ine Eriksen Soreide {verb} Chinese Foreign Minister Wang Yi on "
            "3 May 2021. Soreide said Norway valued the dialogue."
        )
        call = afdiplo.parse(text).calls[0]
        assert (Medium.PHONE, "Ine Eriksen Soreide", ["Ine Eriksen Soreide", "Wang Yi"]) == (
            call.medium,
            call.initiator.name if call.initiator else None,
            [p.name for p in call.participants],
        )

    @pytest.mark.parametrize("when", ["", "today ", "on Monday ", "this morning "])
    def test_a_call_received_from_someone_they_placed(self, when: str) -> None:
        """'X received a call (today) from Y': Y placed it, however the time stands."""
        text = (
            f"Islamabad, 3 May 2021\n\nForeign Minister Ine Eriksen Soreide received a phone call "
            f"{when}from the Foreign Minister of China, Wang Yi. Soreide said Norway valued it."
        )
        call = afdiplo.parse(text).calls[0]
        assert "Wang Yi" == (call.initiator.name if call.initiator else None)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Wang Yi called on Ine Eriksen Soreide to back the talks.",
            "Wang Yi called Ine Eriksen Soreide's proposal constructive.",
            "Wang Yi called for restraint, as Ine Eriksen Soreide had.",
        ],
    )
    def test_called_with_another_object_is_no_call(self, sentence: str) -> None:
        """'called on', 'called for' or a possessive after 'called' report no contact."""
        readout = afdiplo.parse(
            f"On 3 May 2021, {sentence} Soreide said Norway agreed.", strict=False
        )
        assert ((), {"call.none-found"}) == (readout.calls, codes(readout) & {"call.none-found"})


class TestTwoCalls:
    def test_calls_in_order(self) -> None:
        """'During another phone call' with a new counterpart starts a second call."""
        text = (
            "Wang Yi said on Monday that China supports peace. Wang made the remarks during a "
            "phone conversation with Afghan Foreign Minister Mohammad Haneef Atmar on Monday.\n\n"
            "During another phone call on Tuesday with Hamdullah Mohib, national security "
            "advisor to Afghan president, Wang stressed that China supports talks.\n"
        )
        readout = afdiplo.parse(text, published=dt.date(2021, 5, 18))
        assert [
            ("Mohammad Hanif Atmar", dt.date(2021, 5, 17)),
            ("Hamdullah Mohib", dt.date(2021, 5, 18)),
        ] == [(c.participants[1].name, c.date) for c in readout.calls]


class TestSpellings:
    @pytest.mark.parametrize(
        "spelling", ["Sergey Lavrov", "Sergei Lavrov", "Sergey Viktorovich Lavrov"]
    )
    def test_one_identity(self, spelling: str) -> None:
        """Spelling variants resolve to the gazetteer's canonical name; the spelling is kept."""
        text = (
            f"On 4 January 2020, Wang Yi had a phone call with Russian Foreign Minister {spelling}."
        )
        person = afdiplo.parse(text).calls[0].participants[1]
        assert ("Sergey Lavrov", spelling != "Sergey Lavrov") == (
            person.name,
            spelling in person.aliases,
        )

    def test_surname_joins_the_person(self) -> None:
        """A later surname-only mention is a mention of the same person."""
        text = (
            "On 4 January 2020, Wang Yi had a phone call with Russian Foreign Minister "
            "Sergei Lavrov. Lavrov said Russia agrees."
        )
        readout = afdiplo.parse(text)
        lavrov = readout.calls[0].participants[1]
        assert ["Sergei Lavrov", "Lavrov"] == [m.of(readout.text) for m in lavrov.mentions]

    def test_a_possessive_ends_a_name(self) -> None:
        """In "Minister Kaag's Call with ...", the name is Kaag: "Kaag's Call" is nobody."""
        text = (
            "Kenya and the Netherlands discussed trade on Monday, officials said.\n\n"
            "Minister Kaag's Call with Kenyan Foreign Minister Raychelle Omamo\n\n"
            "Dutch Foreign Minister Sigrid Kaag spoke today with Kenyan Foreign Minister "
            "Raychelle Omamo."
        )
        readout = afdiplo.parse(text, strict=False)
        assert [{"Sigrid Kaag", "Raychelle Omamo"}] == [
            {p.name for p in call.participants} for call in readout.calls
        ]

    def test_custom_gazetteer(self) -> None:
        """A caller's gazetteer adds people and their spellings."""
        person = afdiplo.Person(
            name="Ine Marie Eriksen Soreide", country="Norway", aliases=("Ine Eriksen Soreide",)
        )
        gazetteer = afdiplo.Gazetteer.default().with_people(person)
        readout = afdiplo.parse(OFFICIAL, gazetteer=gazetteer)
        assert "Ine Marie Eriksen Soreide" == readout.calls[0].participants[1].name


class TestTextHandling:
    def test_text_kept_exactly_with_crlf_nbsp_and_zero_width(self) -> None:
        """CRLF, NBSP, curly quotes and zero-width characters parse the same, text unchanged."""
        noisy = (
            OFFICIAL.replace("\n", "\r\n")
            .replace("Home > ", "Home\u00a0>\u00a0")
            .replace("Wang Yi had", "Wang\u200b Yi had")
            .replace("said that", "said \u201cthat")
        )
        clean = afdiplo.parse(OFFICIAL)
        readout = afdiplo.parse(noisy)
        assert noisy == readout.text
        assert participants(clean) == participants(readout)
        assert [
            m.of(readout.text).replace("\u200b", "")
            for m in readout.calls[0].participants[0].mentions
        ] == [m.of(clean.text) for m in clean.calls[0].participants[0].mentions]

    def test_bytes_with_bom(self) -> None:
        """UTF-8 bytes are decoded, a byte-order mark accepted."""
        readout = afdiplo.parse(b"\xef\xbb\xbf" + OFFICIAL.encode())
        assert OFFICIAL == readout.text

    def test_undecodable_bytes(self) -> None:
        """Bytes that are not UTF-8 raise InputError naming the offset."""
        with pytest.raises(afdiplo.InputError, match="at offset 4"):
            afdiplo.parse(b"Wang\xff Yi")

    def test_not_a_readout_strict(self) -> None:
        """Text reporting no call raises NotAReadoutError in strict mode."""
        with pytest.raises(afdiplo.NotAReadoutError, match="expected a sentence reporting a call"):
            afdiplo.parse("The weather in Beijing was fine on Monday.")

    def test_not_a_readout_lenient(self) -> None:
        """In non-strict mode it gives a Readout with no calls and an error diagnostic."""
        readout = afdiplo.parse("The weather in Beijing was fine on Monday.", strict=False)
        assert ((), {"call.none-found"}) == (readout.calls, codes(readout))

    @pytest.mark.parametrize("text", ["", "   \n\n  "])
    def test_empty_text(self, text: str) -> None:
        """Empty and blank text is no readout."""
        with pytest.raises(afdiplo.NotAReadoutError, match="found only boilerplate or blank"):
            afdiplo.parse(text)

    def test_too_large(self) -> None:
        """Input longer than max_chars is refused before any work."""
        with pytest.raises(afdiplo.InputTooLargeError, match="at most 100 characters"):
            afdiplo.parse(OFFICIAL, max_chars=100)

    def test_wrong_type(self) -> None:
        """Anything but str or bytes is an InputError."""
        with pytest.raises(afdiplo.InputError, match="found int"):
            afdiplo.parse(42)  # type: ignore[arg-type]

    PASSING = "Kenyan Foreign Minister Raychelle Omamo attended the summit in Addis Ababa."

    def test_only_a_passing_mention_is_no_readout_strict(self) -> None:
        """An engagement with one named person and nobody's words is no call: strict raises."""
        with pytest.raises(afdiplo.NotAReadoutError, match="passing mentions"):
            afdiplo.parse(self.PASSING)

    def test_only_a_passing_mention_is_no_readout_lenient(self) -> None:
        """Lenient: no call, and the diagnostics say why; none is about the left-out call."""
        readout = afdiplo.parse(self.PASSING, strict=False)
        assert ((), ["call.passing-mention", "call.none-found"]) == (
            readout.calls,
            [d.code for d in readout.diagnostics],
        )

    @pytest.mark.parametrize("strict", [True, False])
    def test_a_file_name_given_as_text_says_so(self, tmp_path, *, strict: bool) -> None:
        """A str is text: the name of a readout's file gets an error that says to pass a Path."""
        path = tmp_path / "readout.txt"
        path.write_text(OFFICIAL, encoding="utf-8")
        with pytest.raises(afdiplo.InputError, match=r"pathlib\.Path"):
            afdiplo.parse(str(path), strict=strict)

    def test_parse_file(self) -> None:
        """parse_file reads a seed from disk."""
        readout = afdiplo.parse_file(REPO / "seeds" / "004_52ee514e77fbdb24.txt")
        assert dt.date(2021, 8, 16) == readout.calls[0].date

    def test_parse_file_missing(self, tmp_path) -> None:
        """A missing file is an InputError naming it."""
        with pytest.raises(afdiplo.InputError, match="readable file"):
            afdiplo.parse_file(tmp_path / "none.txt")


class TestSamples:
    def test_five_seeds_bundled(self) -> None:
        """The five seeds are available from the installed package, byte for byte."""
        samples = afdiplo.sample_texts()
        on_disk = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "seeds").glob("*.txt")}
        assert on_disk == samples


def test_leap_day_without_a_year() -> None:
    """'On 29 February' without a year is the latest 29 February before publication."""
    text = OFFICIAL.replace("On 3 May 2021", "On 29 February")
    readout = afdiplo.parse(text, published=dt.date(2021, 3, 1))
    assert dt.date(2020, 2, 29) == readout.calls[0].date


STATE_DEPARTMENT = """Secretary Blinken's Call with Indian External Affairs Minister Jaishankar

Secretary of State Antony J. Blinken spoke today with Indian External Affairs Minister \
Subrahmanyam Jaishankar about the situation in Afghanistan. Secretary Blinken underscored the \
United States' commitment to the Afghan people.
"""


class TestRelativeDays:
    def test_today_counts_from_publication(self) -> None:
        """'spoke today' is the publication day, and the parser says it read it so."""
        readout = afdiplo.parse(STATE_DEPARTMENT, published=dt.date(2021, 8, 20))
        assert (dt.date(2021, 8, 20), True) == (
            readout.calls[0].date,
            "date.relative-resolved" in codes(readout),
        )

    def test_today_without_publication_date(self) -> None:
        """Without a publication date, 'today' cannot be pinned: None and a diagnostic."""
        readout = afdiplo.parse(STATE_DEPARTMENT)
        assert (None, True) == (
            readout.calls[0].date,
            "date.relative-unresolved" in codes(readout),
        )

    def test_a_call_with_is_a_phone_call(self) -> None:
        """A title's "Call with" makes the medium a phone call, as US readouts write it."""
        call = afdiplo.parse(STATE_DEPARTMENT).calls[0]
        assert (Medium.PHONE, ["Antony Blinken", "Subrahmanyam Jaishankar"]) == (
            call.medium,
            [p.name for p in call.participants],
        )


# An official page about people in no built-in list, with the party titles Chinese readouts give.
PARTY_TITLES = """\
Home > News & Events

Zhao Lanting Holds Phone Talks with Chilean Foreign Minister Tomas Ferrada

On 14 March 2023, Member of the Political Bureau of the CPC Central Committee and Director \
of the Office of the Foreign Affairs Commission of the CPC Central Committee Zhao Lanting held \
a phone conversation with Chilean Foreign Minister Tomas Ferrada.

Ferrada said that Chile looks forward to implementing the consensus of the two heads of state. \
Zhao Lanting said that China supports Chile in playing a bigger role in regional affairs.

Suggest To A Friend
"""


# A Russian-style readout about a minister in no built-in list.
TURKISH_INITIATIVE = (
    "On 4 September 2023, Foreign Minister Sergey Lavrov had a telephone conversation with "
    "Foreign Minister of the Republic of Turkiye Halil Demirkan at the Turkish side's "
    "initiative. Demirkan said Turkiye will continue its mediation."
)


@pytest.mark.parametrize(
    ("phrase", "partial"),
    [
        ("last month", afdiplo.PartialDate(year=2022, month=5)),
        ("earlier this month", afdiplo.PartialDate(year=2022, month=6)),
        ("earlier this week", afdiplo.PartialDate(year=2022, month=6)),
        ("last week", None),  # 30 May to 5 June: no one month
        ("over the weekend", afdiplo.PartialDate(year=2022, month=6)),  # 4 and 5 June
        ("at the weekend", afdiplo.PartialDate(year=2022, month=6)),
        ("in May", afdiplo.PartialDate(year=2022, month=5)),
        ("in August", afdiplo.PartialDate(year=2021, month=8)),  # after June: the year before
        ("in early March 2020", afdiplo.PartialDate(year=2020, month=3)),
    ],
)
def test_a_period_gives_the_month_not_the_day(
    phrase: str, partial: afdiplo.PartialDate | None
) -> None:
    """'held talks last month', 'in May': no date, the month from publication, a warning."""
    text = (
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa "
        f"{phrase}. Wang said China values its ties with Kenya."
    )
    readout = afdiplo.parse(text, published=dt.date(2022, 6, 10))
    (call,) = readout.calls
    assert (None, partial, phrase) == (
        call.date,
        call.partial_date,
        call.date_span.of(text) if call.date_span else None,
    )
    assert "date.period" in codes(readout)


class TestTitles:
    def test_party_titles(self) -> None:
        """Party posts ("Member of the Political Bureau of the CPC ...") are a title."""
        title = (
            "Member of the Political Bureau of the CPC Central Committee and Director of the "
            "Office of the Foreign Affairs Commission of the CPC Central Committee"
        )
        assert ("Zhao Lanting", title, "China") == participants(afdiplo.parse(PARTY_TITLES))[0]

    def test_title_stays_in_its_sentence(self) -> None:
        """After "... the two heads of state.", a name has no title from that sentence."""
        text = PARTY_TITLES.replace("Zhao Lanting held", "Wang Yi held").replace(
            "Zhao Lanting said", "Wang Yi said"
        )
        text = text[: text.index("Member of")] + text[text.index("Wang Yi held") :]
        assert [
            ("Wang Yi", None, "China"),
            ("Tomas Ferrada", "Chilean Foreign Minister", "Chile"),
        ] == participants(afdiplo.parse(text))

    def test_country_word_inside_a_name(self) -> None:
        """A second country word opens a name: "of Nepal Bharat Raj Paudyal" (Bharat: India)."""
        text = (
            "On June 8, 2022, Chinese Ambassador to Nepal Li Wei met with Foreign Secretary of "
            "Nepal Bharat Raj Paudyal in Kathmandu. Paudyal thanked China for its support."
        )
        assert ("Bharat Raj Paudyal", "Foreign Secretary of Nepal", "Nepal") == participants(
            afdiplo.parse(text)
        )[1]

    def test_republic_of_in_a_title(self) -> None:
        """ "Foreign Minister of the Republic of Turkiye" is one title, naming Turkey."""
        assert (
            "Halil Demirkan",
            "Foreign Minister of the Republic of Turkiye",
            "Turkey",
        ) == participants(afdiplo.parse(TURKISH_INITIATIVE))[1]

    def test_initiative_of_a_side(self) -> None:
        """ "at the Turkish side's initiative": the Turkish participant initiated the call."""
        initiator = afdiplo.parse(TURKISH_INITIATIVE).calls[0].initiator
        assert "Halil Demirkan" == (initiator.name if initiator else None)

    def test_honorific_between_title_and_name(self) -> None:
        """ "External Affairs Minister Dr S. Jaishankar": "Dr" is in neither title nor name."""
        text = (
            "Foreign Secretary James Cleverly spoke to Indian External Affairs Minister "
            "Dr S. Jaishankar on 14 February 2023. Cleverly said trade matters."
        )
        assert ("Subrahmanyam Jaishankar", "Indian External Affairs Minister", "India") == (
            participants(afdiplo.parse(text))[1]
        )

    def test_hon_does_not_end_a_sentence(self) -> None:
        """ "the Hon. Kiri Tamatea": the abbreviation keeps the name in the call's sentence."""
        text = (
            "On 12 May 2022, Mr. Yoshimasa Hayashi, Minister for Foreign Affairs of Japan, held "
            "a telephone talk with the Hon. Kiri Tamatea, Minister for Foreign Affairs of New "
            "Zealand. Minister Tamatea expressed her gratitude."
        )
        assert [
            ("Hayashi Yoshimasa", "Minister for Foreign Affairs of Japan", "Japan"),
            ("Kiri Tamatea", "Minister for Foreign Affairs of New Zealand", "New Zealand"),
        ] == participants(afdiplo.parse(text))


class TestTimestamps:
    BODY = (
        "\n\nChinese Foreign Minister Wang Yi on Tuesday held phone talks with Iranian "
        "Foreign Minister Hossein Amir-Abdollahian.\n"
    )

    @pytest.mark.parametrize(
        ("line", "published", "outlet"),
        [
            ("2022/06/09", dt.datetime(2022, 6, 9), None),
            ("2022.06.09 18:05", dt.datetime(2022, 6, 9, 18, 5), None),
            ("Updated: 2022-6-9 8:05", dt.datetime(2022, 6, 9, 8, 5), None),
            ("Xinhua | Updated: 2022-06-09 20:35", dt.datetime(2022, 6, 9, 20, 35), "Xinhua"),
            ("JUNE 9, 2022", dt.datetime(2022, 6, 9), None),
            ("Published 9 June 2022", dt.datetime(2022, 6, 9), None),
            ("June 9, 2022 4:53 PM UTC", dt.datetime(2022, 6, 9, 16, 53), None),
            ("June 9, 2022 12:10 a.m.", dt.datetime(2022, 6, 9, 0, 10), None),
        ],
    )
    def test_numeric_publication_times(
        self, line: str, published: dt.datetime, outlet: str | None
    ) -> None:
        """Numeric dates ("-", "/", "."), an outlet before a "|", a date alone, AM and PM."""
        readout = afdiplo.parse(f"Wang Yi holds phone talks with Iranian FM\n{line}{self.BODY}")
        assert (published, outlet, dt.date(2022, 6, 7)) == (
            readout.published,
            readout.outlet,
            readout.calls[0].date,
        )

    @pytest.mark.parametrize("line", ["2021-13-40", "2022/13/45", "2022-06-09 25:70"])
    def test_impossible_numeric_date(self, line: str) -> None:
        """A numeric date that is no date: no publication time, and a diagnostic (no crash)."""
        readout = afdiplo.parse(f"Wang Yi holds phone talks with Iranian FM\n{line}{self.BODY}")
        assert (None, True) == (readout.published, "published.unreadable" in codes(readout))
