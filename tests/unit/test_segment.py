"""afdiplo._segment: lines into body and boilerplate, paragraphs into sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import afdiplo
from afdiplo import OutletFormat
from afdiplo._detect import detect_format
from afdiplo._normalize import normalize
from afdiplo._segment import segment, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


class TestSplitSentences:
    @pytest.mark.parametrize(
        "text",
        [
            "The U.S. troops left. The U.K. side agreed.",
            "Mr. Wang met Dr. Zarif. They talked.",
            "Resolution No. 2593 was adopted. Both sides welcomed it.",
            "A.K. Abdul Momen attended. Lavrov did too.",
            "It was agreed on Oct. 26 in Doha. Talks went on.",
        ],
    )
    def test_abbreviations_and_initialisms_stay_whole(self, text: str) -> None:
        """Abbreviations and initialisms do not end a sentence."""
        assert 2 == len(sentences(text))

    def test_acronyms_without_dots_end_sentences(self) -> None:
        """An acronym without dots (UN, UNSC) ends a sentence like any word."""
        text = "China supports the role of the UN. The UNSC should act. Wang said so."
        assert ["China supports the role of the UN.", "The UNSC should act.", "Wang said so."] == (
            sentences(text)
        )

    @pytest.mark.parametrize("name", ["Çavuşoğlu", "Šefčovič", "Åsa Lind", "Émile Roux"])
    def test_a_sentence_may_start_with_a_capital_beyond_ascii(self, name: str) -> None:
        """A sentence that opens with "Ç", "Š", "Å" or "É" is a sentence of its own."""
        text = f"The two ministers met in Ankara. {name} said Turkey supports dialogue."
        assert ["The two ministers met in Ankara.", f"{name} said Turkey supports dialogue."] == (
            sentences(text)
        )

    def test_quotations(self) -> None:
        """A sentence ending inside quotation marks ends after them."""
        text = '"We must act," he said. "Peace comes first." Lavrov agreed.'
        assert ['"We must act," he said.', '"Peace comes first."', "Lavrov agreed."] == (
            sentences(text)
        )

    def test_offsets_index_the_text(self) -> None:
        """Every sentence's offsets point at its own text within the paragraph."""
        text = "Intro line.\nWang said peace matters. Atmar agreed."
        start = text.index("Wang")
        found = split_sentences(text, start, len(text))
        assert ["Wang said peace matters.", "Atmar agreed."] == [text[a:b] for a, b in found]


class TestSegment:
    def test_paragraphs_and_boilerplate(self) -> None:
        """Captions, duplicates and trailers are boilerplate; paragraphs are body."""
        text = (
            "Download\nChina and Kenya talk\nUpdated 10:59, 18-May-2021\nCGTN\n\n"
            "Wang Yi said on Monday that China supports Kenya.\n\n"
            "The port of Mombasa, Kenya, May 2, 2021. /Xinhua\n\n"
            "The port of Mombasa, Kenya, May 2, 2021. /Xinhua\n\n"
            "Omamo said Kenya thanks China.\n\n(With input from Xinhua)\n\nSearch Trends"
        )
        norm = normalize(text)
        layout = segment(norm, detect_format(norm))
        kinds = [(s.kind, text[s.start : s.end][:12]) for s in layout.segments]
        assert [
            ("navigation", "Download"),
            ("title", "China and Ke"),
            ("timestamp", "Updated 10:5"),
            ("outlet", "CGTN"),
            ("body", "Wang Yi said"),
            ("caption", "The port of "),
            ("duplicate", "The port of "),
            ("body", "Omamo said K"),
            ("credit", "(With input "),
            ("navigation", "Search Trend"),
        ] == kinds

    def test_sentences_come_from_body_only(self) -> None:
        """Only body paragraphs are cut into sentences, numbered by paragraph."""
        text = (
            "Home > News\nTitle Line\n\nOn 3 May 2021, Wang met Kaag. Kaag agreed.\n\nWang said so."
        )
        norm = normalize(text)
        layout = segment(norm, detect_format(norm))
        assert [
            (0, "On 3 May 2021, Wang met Kaag."),
            (0, "Kaag agreed."),
            (1, "Wang said so."),
        ] == [(s.paragraph, text[s.start : s.end]) for s in layout.sentences]


def layout_of(text: str) -> list[tuple[str, int, str]]:
    """Each segment's kind, article and first words."""
    norm = normalize(text)
    layout = segment(norm, detect_format(norm))
    return [(s.kind, s.article, text[s.start : s.end][:12]) for s in layout.segments]


class TestArticles:
    OFFICIAL = (
        "Home > China News\n"
        "Wang Yi and Argentine Foreign Minister Corradi Exchange Congratulatory Letters\n\n"
        "On 19 February 2022, Wang Yi and Corradi exchanged congratulatory letters.\n\n"
        "Suggest To A Friend"
    )
    NEWS = (
        "Chinese, Dutch FMs mull bilateral relations\n\n"
        "BEIJING: Chinese State Councilor and Foreign Minister Wang Yi and Dutch Foreign "
        "Minister Sigrid Kaag exchanged views on Afghanistan in a telephone conversation.\n\n"
        "Wang said complex disputes need to be resolved."
    )

    def test_a_readout_pasted_after_another_is_a_second_article(self) -> None:
        """A breadcrumb after body text starts an article; its long headline is no body."""
        assert [
            ("title", 0, "Chinese, Dut"),
            ("dateline", 0, "BEIJING: "),
            ("body", 0, "Chinese Stat"),
            ("body", 0, "Wang said co"),
            ("breadcrumb", 1, "Home > China"),
            ("subheading", 1, "Wang Yi and "),
            ("body", 1, "On 19 Februa"),
            ("navigation", 1, "Suggest To A"),
        ] == layout_of(self.NEWS + "\n\n" + self.OFFICIAL)

    def test_a_headline_before_the_timestamp_of_the_next_article_is_no_body(self) -> None:
        """A news headline longer than a subheading, just before its timestamp, is no body."""
        later = (
            "Wang Yi holds phone calls with Kazakh, Uzbek foreign ministers on Afghanistan\n"
            "Updated 09:14, 08-Sep-2021\n\nWang Yi spoke with Mukhtar Tileuberdi."
        )
        kinds = layout_of(self.NEWS + "\n\n" + later)
        assert [("subheading", 0), ("timestamp", 1), ("body", 1)] == [k[:2] for k in kinds[-3:]]

    def test_a_lede_repeated_only_in_a_later_story_is_no_standfirst(self) -> None:
        """A first paragraph whose words come again only after a heading is no standfirst."""
        later = (
            "Chinese FM Wang urges cooperation\n\n"
            "Chinese State Councilor and Foreign Minister Wang Yi and Dutch Foreign Minister "
            "Sigrid Kaag on Monday exchanged views on Afghanistan."
        )
        kinds = [k[0] for k in layout_of(self.NEWS + "\n\n" + later)]
        assert ["title", "dateline", "body", "body", "subheading", "body"] == kinds

    def test_a_bare_dateline_after_a_caption_and_bullets_opens_no_article(self) -> None:
        """A place-only dateline after a summary's bullets opens the story's own text."""
        text = (
            "Kenya, Qatar discuss Horn of Africa\n\n"
            "Foreign Minister Raychelle Omamo speaks by phone. Photo KNA\n"
            "  • Kenya wants a ceasefire in the region, says the foreign minister.\n\n"
            "NAIROBI: Foreign Minister Raychelle Omamo and her Qatari counterpart on Tuesday "
            "discussed the Horn of Africa."
        )
        assert {0} == {article for _, article, _ in layout_of(text)}

    def test_a_dateline_with_a_date_after_body_opens_an_article(self) -> None:
        """A wire dateline ("LIMA, May 4") after another story's body starts a new article."""
        later = "LIMA, May 4\nPeru's foreign minister spoke with Wang Yi on Tuesday."
        kinds = layout_of(self.NEWS + "\n\n" + later)
        assert [("dateline", 1), ("body", 1)] == [k[:2] for k in kinds[-2:]]

    def test_a_repeated_headline_before_the_timestamp_opens_no_article(self) -> None:
        """
        A headline printed twice, then the page's timestamp: one article, and the repeated
        line a standfirst when the story repeats it after the timestamp.
        """
        text = (
            "Chile and Korea hold talks-Yonhap\n\n"
            "Chile and Korea hold talks on trade and the Pacific\n\n"
            "2023-05-02 10:00:00\n\n"
            "SEOUL, May 2 (Yonhap) -- Chile and Korea hold talks on trade and the Pacific, "
            "the foreign ministry said. The two ministers met in Seoul."
        )
        kinds = layout_of(text)
        assert {0} == {article for _, article, _ in kinds}
        assert ("standfirst", 0, "Chile and Ko") == kinds[1]

    def test_sentences_carry_their_article(self) -> None:
        """Each body sentence knows the number of its article."""
        text = self.NEWS + "\n\n" + self.OFFICIAL
        norm = normalize(text)
        layout = segment(norm, detect_format(norm))
        assert [0, 0, 1] == [s.article for s in layout.sentences]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Islamabad: July 07, 2020", "July 07, 2020"),  # a place before the date
        ("Wednesday Aug 18, 2021", "Aug 18, 2021"),  # a weekday before it
        ("Thursday, 2 March 2023", "2 March 2023"),
        # The date lines of governments' pages.
        ("Brussels, 28/09/2021", "28/09/2021"),  # EU foreign service
        ("Brussels, 28/09/2021 - 17:05, UNIQUE ID: 210928_12", "28/09/2021 - 17:05"),
        ("New Delhi, 5 May 2023", "5 May 2023"),  # a place of two words
        ("Kabul - 7 July 2020", "7 July 2020"),  # a dash after the place
        ("Washington, D.C., March 14, 2024", "March 14, 2024"),
        ("16 August 2021 18:15", "16 August 2021 18:15"),  # day, month, year and time
        ("July 7, 2020,", "July 7, 2020"),  # a date line ending in a comma
        ("Posted On: 05 MAY 2023 8:15PM by PIB Delhi", "05 MAY 2023 8:15PM"),
    ],
)
def test_a_date_line_after_a_place_or_weekday_is_a_timestamp(line: str, published: str) -> None:
    """A line holding only a date, after a place or a weekday, is the page's timestamp."""
    text = f"Ministers meet\n\n{line}\n\nThe foreign ministers of Chile and Peru met in Lima."
    norm = normalize(text)
    layout = segment(norm, detect_format(norm))
    assert ("timestamp", line) in [(s.kind, text[s.start : s.end]) for s in layout.segments]
    assert layout.published is not None
    assert published == text[slice(*layout.published)]


def test_a_line_repeated_with_other_spacing_is_a_duplicate() -> None:
    """A long line printed again with other spaces and capitals is a duplicate."""
    caption = "The port of Mombasa, Kenya, on May 2, 2021, photographed from the sea."
    text = (
        f"Wang Yi said China supports Kenya.\n\n{caption}\n\n{caption.upper().replace(' ', '  ')}"
    )
    assert ["body", "body", "duplicate"] == [k[0] for k in layout_of(text)]


def test_sentence_broken_across_a_blank_line_stays_whole() -> None:
    """A line that stops mid-sentence continues after a blank line that starts in lower case."""
    text = (
        "Wang Yi said on Wednesday that cooperation between China and Russia has no limits and "
        "the\n\ntwo countries will deepen it. Lavrov agreed."
    )
    norm = normalize(text)
    layout = segment(norm, detect_format(norm))
    assert [0, 0] == [s.paragraph for s in layout.sentences]


def segments_of(text: str) -> list[tuple[str, str]]:
    """Each segment's kind and text."""
    norm = normalize(text)
    layout = segment(norm, detect_format(norm))
    return [(s.kind, text[s.start : s.end]) for s in layout.segments]


class TestGovernmentPages:
    BODY = (
        "Foreign Minister Bilawal Bhutto Zardari spoke today with Foreign Minister Bakhtiyor "
        "Saidov of Uzbekistan. The two ministers reviewed the trans-Afghan railway."
    )

    def test_labels_are_boilerplate_before_the_title(self) -> None:
        """A release's number and kind ("PR No. 112", "Press Release") are labels, no title."""
        text = (
            "PR No. 112\nPress Release\n"
            "Foreign Minister's Telephone Call with the Foreign Minister of Uzbekistan\n"
            f"Islamabad: May 05, 2023\n\n{self.BODY}"
        )
        assert [
            ("label", "PR No. 112"),
            ("label", "Press Release"),
            ("title", "Foreign Minister's Telephone Call with the Foreign Minister of Uzbekistan"),
            ("timestamp", "Islamabad: May 05, 2023"),
            ("body", self.BODY),
        ] == segments_of(text)

    def test_a_label_glued_before_the_title_is_cut_off(self) -> None:
        """
        A section's label copied onto the title's line is a label, the rest the title, and the
        title printed again below it a duplicate.
        """
        title = "Kenya: High Representative Josep Borrell holds talks with Raychelle Omamo"
        text = f"Press Releases {title}\n\n{title}\n\n{self.BODY}"
        assert [
            ("label", "Press Releases"),
            ("title", title),
            ("duplicate", title),
            ("body", self.BODY),
        ] == segments_of(text)

    def test_a_headline_in_capitals_that_starts_with_a_label_stays_whole(self) -> None:
        """A title in capitals that starts with a label ("JOINT PRESS RELEASE OF") stays whole."""
        title = "JOINT PRESS RELEASE OF THE SECOND ROUND OF PAKISTAN-UZBEKISTAN CONSULTATIONS"
        text = f"{title}\nIslamabad: May 05, 2023\n\n{self.BODY}"
        assert ("title", title) == segments_of(text)[0]

    def test_a_publisher_line_gives_an_official_page_its_outlet(self) -> None:
        """The ministry's name on a line of its own is the outlet of its page."""
        text = (
            "Ministry of External Affairs\nGovernment of India\nMedia Center\n"
            "External Affairs Minister's Call with the Foreign Minister of Ghana\n\n"
            "External Affairs Minister Dr. S. Jaishankar spoke today with Foreign Minister Shirley "
            "Ayorkor Botchwey of Ghana.\n\nNew Delhi\nMay 05, 2023\n"
        )
        readout = afdiplo.parse(text)
        assert (OutletFormat.OFFICIAL, "Ministry of External Affairs", dt.date(2023, 5, 5)) == (
            readout.format,
            readout.outlet,
            readout.calls[0].date,
        )

    def test_a_publisher_line_is_no_outlet_of_a_news_report(self) -> None:
        """On a news page, a ministry's name on a line (a tag) does not displace the agency."""
        text = (
            "Ministry of Foreign Affairs\n\n"
            "BEIJING, Aug. 17 (Xinhua) -- Chinese Foreign Minister Wang Yi held phone talks with "
            "Pakistani Foreign Minister Shah Mahmood Qureshi on Monday, the ministry said.\n"
        )
        readout = afdiplo.parse(text, published=dt.date(2021, 8, 17))
        assert (OutletFormat.NEWS, "Xinhua") == (readout.format, readout.outlet)


class TestToday:
    CALL = "spoke today with Foreign Minister Raychelle Omamo of Kenya about Ethiopia."

    @pytest.mark.parametrize(
        ("head", "speaker", "outlet", "day"),
        [
            (
                (
                    "Secretary Blinken's Call with Kenyan Foreign Minister Omamo\nREADOUT\n"
                    "OFFICE OF THE SPOKESPERSON\nMARCH 14, 2024\n\n"
                    "The following is attributable to Spokesperson Matthew Miller:"
                ),
                "Secretary of State Antony J. Blinken",
                "U.S. Department of State",
                dt.date(2024, 3, 14),
            ),
            (
                (
                    "Briefing Room\nStatements and Releases\n"
                    "Readout of Vice President Harris's Call with Foreign Minister Omamo\n"
                    "April 3, 2024"
                ),
                "Vice President Kamala Harris",
                "The White House",
                dt.date(2024, 4, 3),
            ),
            (
                (
                    "Press and information team of the Delegation to Kenya\n"
                    "Kenya: HR/VP Borrell holds a phone call with Foreign Minister Omamo\n"
                    "Brussels, 28/09/2021"
                ),
                "High Representative/Vice-President Josep Borrell",
                "EEAS",
                dt.date(2021, 9, 28),
            ),
            (
                ("Ministry of Foreign Affairs\nPR No. 48\nPress Release\nIslamabad: July 07, 2020"),
                "Foreign Minister Shah Mahmood Qureshi",
                "Ministry of Foreign Affairs",
                dt.date(2020, 7, 7),
            ),
            (
                (
                    "Ministry of External Affairs\nGovernment of India\nMedia Center\n"
                    "New Delhi, 5 May 2023"
                ),
                "External Affairs Minister Dr. S. Jaishankar",
                "Ministry of External Affairs",
                dt.date(2023, 5, 5),
            ),
            (
                (
                    "Ministry of Foreign Affairs of the Russian Federation\n"
                    "1635-16-08-2021\n16 August 2021 18:15"
                ),
                "Foreign Minister Sergey Lavrov",
                "Ministry of Foreign Affairs of the Russian Federation",
                dt.date(2021, 8, 16),
            ),
            (
                (
                    "Ministry of Foreign Affairs of the Islamic Republic of Afghanistan\n"
                    "Kabul - 7 July 2020"
                ),
                "Acting Foreign Minister Mohammad Haneef Atmar",
                "Ministry of Foreign Affairs of the Islamic Republic of Afghanistan",
                dt.date(2020, 7, 7),
            ),
        ],
        ids=["state", "white-house", "eeas", "pakistan", "india", "russia", "afghanistan"],
    )
    def test_today_is_the_day_of_the_pages_date_line(
        self, head: str, speaker: str, outlet: str, day: dt.date
    ) -> None:
        """On a government's page, its publisher is the outlet and "spoke today" its date line."""
        readout = afdiplo.parse(f"{head}\n\n{speaker} {self.CALL}\n")
        call = readout.calls[0]
        assert (OutletFormat.OFFICIAL, outlet, day, "today") == (
            readout.format,
            readout.outlet,
            call.date,
            call.date_span.of(readout.text) if call.date_span else None,
        )


def date_of(head: str) -> tuple[dt.date | None, list[tuple[str, str]]]:
    """The publication date of a page opening with *head*, and the diagnostics on reading it."""
    text = f"{head}\n\nForeign Minister Ola Nordmann spoke today with Foreign Minister Kari Hansen."
    readout = afdiplo.parse(text)
    notes = [(d.code, d.message) for d in readout.diagnostics if d.code.startswith("published.")]
    return (readout.published.date() if readout.published else None), notes


class TestDateOrder:
    def test_numbers_over_twelve_decide(self) -> None:
        """A day over 12 ("28/09/2021", "09/28/2021") says which comes first: nothing to say."""
        assert [(dt.date(2021, 9, 28), []), (dt.date(2021, 9, 28), [])] == [
            date_of("Brussels, 28/09/2021"),
            date_of("Washington, 09/28/2021"),
        ]

    def test_pages_outside_the_united_states_write_the_day_first(self) -> None:
        """Outside the United States, "05/07/2021" is 5 July, and the guess is said."""
        message = (
            "read '05/07/2021' day first, as 2021-07-05: its numbers do not say which is the "
            "day, and pages outside the United States write the day first"
        )
        assert (dt.date(2021, 7, 5), [("published.day-first", message)]) == date_of(
            "Brussels, 05/07/2021 - 17:05"
        )

    @pytest.mark.parametrize(
        ("head", "why"),
        [
            (
                "Washington, 05/07/2021",
                "its date line's place, 'Washington', is in the United States",
            ),
            (
                "Readout\nOffice of the Spokesperson\n05/07/2021",
                (
                    "it reads as a US government page ('Office of the Spokesperson'), which "
                    "writes the month first"
                ),
            ),
        ],
        ids=["place", "furniture"],
    )
    def test_us_government_pages_leave_an_undecided_date_unread(self, head: str, why: str) -> None:
        """A US date line's place, or a US page's furniture, leaves "05/07/2021" unread."""
        message = (
            "left '05/07/2021' unread as the publication date: its numbers do not say which is "
            f"the day, and {why}"
        )
        assert (None, [("published.unread-order", message)]) == date_of(head)
