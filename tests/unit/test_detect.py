"""afdiplo._detect: official pages and news reports told apart by their cues."""

from __future__ import annotations

import pytest

from afdiplo import OutletFormat
from afdiplo._detect import detect_format, format_cues
from afdiplo._normalize import normalize
from afdiplo._patterns import CO_PUBLISHERS


def format_of(text: str) -> OutletFormat:
    return detect_format(normalize(text))


# Governments' own pages, one of each kind, with the furniture their press pages print.
STATE_DEPARTMENT = (
    "Secretary Blinken's Call with Kenyan Foreign Minister Mutua\n"
    "READOUT\n"
    "OFFICE OF THE SPOKESPERSON\n"
    "MARCH 14, 2024\n\n"
    "The following is attributable to Spokesperson Matthew Miller:\n\n"
    "Secretary of State Antony J. Blinken spoke today with Kenyan Foreign Minister Alfred Mutua "
    "about the security situation in Haiti. The Secretary thanked Kenya for its leadership.\n"
)
WHITE_HOUSE = (
    "Briefing Room\n"
    "Statements and Releases\n"
    "Readout of President Biden's Call with President William Ruto of Kenya\n"
    "May 2, 2024\n\n"
    "President Joseph R. Biden, Jr. spoke today with President William Ruto of Kenya. "
    "The two leaders discussed preparations for the state visit.\n"
)
EU_FOREIGN_SERVICE = (
    "Press and information team of the Delegation to Kenya\n"
    "Kenya: HR/VP Borrell holds phone call with Foreign Minister Omamo\n"
    "Brussels, 28/09/2021 - 17:05, UNIQUE ID: 210928_12\n\n"
    "High Representative/Vice-President Josep Borrell spoke today with the Cabinet Secretary "
    "for Foreign Affairs of Kenya, Raychelle Omamo. They discussed the situation in Ethiopia.\n"
)
PAKISTAN_MINISTRY = (
    "PR No. 112\n"
    "Press Release\n"
    "Foreign Minister's Telephone Call with the Foreign Minister of Uzbekistan\n"
    "Islamabad: May 05, 2023\n\n"
    "Foreign Minister Bilawal Bhutto Zardari spoke today with Foreign Minister Bakhtiyor "
    "Saidov of Uzbekistan. The two ministers reviewed the trans-Afghan railway.\n"
)
INDIA_MINISTRY = (
    "Ministry of External Affairs\n"
    "Government of India\n"
    "Media Center\n"
    "Press Releases\n"
    "External Affairs Minister's Call with the Foreign Minister of Ghana\n\n"
    "External Affairs Minister Dr. S. Jaishankar spoke today with Foreign Minister Shirley "
    "Ayorkor Botchwey of Ghana. They discussed the development partnership.\n\n"
    "New Delhi\n"
    "May 05, 2023\n"
)
RUSSIA_MINISTRY = (
    "Ministry of Foreign Affairs of the Russian Federation\n"
    "Foreign Minister Sergey Lavrov's telephone conversation with Foreign Minister of Peru\n"
    "1635-16-08-2021\n"
    "16 August 2021 18:15\n\n"
    "Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of Peru "
    "Hector Bejar. The ministers discussed the schedule of bilateral contacts.\n"
)
AFGHAN_MINISTRY = (
    "KABUL – H.E. Mohammad Haneef Atmar, Acting Foreign Minister of the Islamic Republic of "
    "Afghanistan, held a telephone conversation with Foreign Minister Sigrid Kaag of the "
    "Netherlands on June 2, 2020.\n\n"
    "The two sides discussed the peace process and the fight against COVID-19.\n\n"
    "June 3, 2020,\n"
)
JOINT_RELEASE = (
    "JOINT PRESS RELEASE ON THE SECOND ROUND OF THE KENYA-UGANDA BILATERAL CONSULTATIONS\n"
    "Nairobi, 12 April 2022\n\n"
    "The second round of the Kenya-Uganda Bilateral Consultations was held via video link. "
    "The two sides agreed to deepen their cooperation on trade.\n"
)

# News reports, each quoting a government or its readout.
WIRE = (
    "Kenya, U.S. discuss Haiti mission in phone call\n\n"
    "NAIROBI, March 14 (Reuters) - Kenya's foreign minister Alfred Mutua spoke with U.S. "
    "Secretary of State Antony Blinken on Thursday about the Haiti mission, the State "
    "Department said in a statement.\n\n"
    "Blinken thanked Kenya, according to a readout of the call.\n\n"
    "(Reporting by Jane Doe; Editing by John Roe)\n"
)
NEWSPAPER = (
    "FO says Pakistan, Uzbekistan agree to speed up railway\n\n"
    "By Our Correspondent\n\n"
    "ISLAMABAD: Foreign Minister Bilawal Bhutto Zardari and his Uzbek counterpart Bakhtiyor "
    "Saidov discussed the trans-Afghan railway in a telephone call, the Foreign Office said.\n\n"
    "Foreign Office spokesperson Mumtaz Zahra Baloch told reporters the two ministers would "
    "meet in Tashkent.\n"
)
BYLINE = (
    "India, Ghana review development partnership\n\n"
    "By Meera Nair, New Delhi\n\n"
    "External Affairs Minister S. Jaishankar spoke with Ghana's Foreign Minister Shirley Ayorkor "
    "Botchwey on Friday, according to the Ministry of External Affairs.\n"
)
DATED_BY_THE_DESK = (
    "Pakistan and Uzbekistan discuss trans-Afghan railway\n\n"
    "By Staff Reporter\n"
    "May 05, 2023\n\n"
    "Foreign Minister Bilawal Bhutto Zardari held a telephone conversation with his Uzbek "
    "counterpart, according to a press release issued by the Foreign Office.\n"
)
BLOG_SUMMARY = (
    "Wang Yi meets Lavrov in Tunxi\n\n"
    "On March 30, 2022, Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in "
    "Tunxi. According to the Chinese foreign ministry, the two sides discussed Afghanistan.\n\n"
    "Source: Ministry of Foreign Affairs of the People's Republic of China\n\n"
    "25 views\n"
)
RUSSIAN_WIRE = (
    "MOSCOW, August 16. /TASS/. Russian Foreign Minister Sergey Lavrov and his Peruvian "
    "counterpart Hector Bejar discussed bilateral contacts by phone, the Russian foreign "
    "ministry said.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        STATE_DEPARTMENT,
        WHITE_HOUSE,
        EU_FOREIGN_SERVICE,
        PAKISTAN_MINISTRY,
        INDIA_MINISTRY,
        RUSSIA_MINISTRY,
        AFGHAN_MINISTRY,
        JOINT_RELEASE,
    ],
    ids=["state", "white-house", "eeas", "pakistan", "india", "russia", "afghanistan", "joint"],
)
def test_governments_pages_are_official(text: str) -> None:
    """A government's own page, of any government, is an official page by its furniture."""
    assert OutletFormat.OFFICIAL == format_of(text)


@pytest.mark.parametrize(
    "text",
    [WIRE, NEWSPAPER, BYLINE, DATED_BY_THE_DESK, BLOG_SUMMARY, RUSSIAN_WIRE],
    ids=["wire", "newspaper", "byline", "dated", "blog", "tass"],
)
def test_news_quoting_a_government_stays_news(text: str) -> None:
    """A report that quotes a ministry or its readout is news by its reporting wording."""
    assert OutletFormat.NEWS == format_of(text)


def test_a_label_counts_at_a_line_start() -> None:
    """A page's label glued before its title ("Press Releases China: ...") counts for official."""
    text = (
        "Press Releases China: High Representative holds talks with Foreign Minister Wang Yi\n\n"
        "The two sides discussed bilateral relations."
    )
    assert OutletFormat.OFFICIAL == format_of(text)


def test_a_publisher_counts_only_as_a_line_of_its_own() -> None:
    """A ministry's name on a line of its own is furniture; opening a sentence, it is not."""
    name = "Ministry of Foreign Affairs of the Republic of Kenya"
    said = f"{name} said the two ministers discussed trade in a telephone call on Monday."
    assert (OutletFormat.OFFICIAL, OutletFormat.NEWS) == (
        format_of(f"{name}\n\nThe two ministers discussed trade in a telephone call."),
        format_of(said),
    )


def test_a_headline_in_sentence_case_is_no_publisher() -> None:
    """A headline that starts with a ministry's name and goes on in lower case names no page."""
    assert OutletFormat.NEWS == format_of(
        "Ministry of Foreign Affairs condemns attack on embassy\n\nThe ministry spoke on Monday."
    )


def test_every_official_line_is_a_cue() -> None:
    """Each label and publisher with a weight of the data file is among the compiled cues."""
    patterns = {cue.pattern.pattern for cue in format_cues()}
    publisher = (
        "^(?:(?:from|published by|issued by|source)\\s*:\\s*)?(?:eeas)"
        + CO_PUBLISHERS  # "From: Foreign Office and The Rt Hon ... MP"
        + "[ .:]*$"
    )
    assert {"^(?:pr no\\.? ?\\d+(?:[/-]\\d+)*)(?![\\w'])", publisher} <= patterns


def test_a_capture_timestamp_glued_before_the_first_line_hides_nothing() -> None:
    """
    A timestamp a capture tool glued before the page's first line ("date 2023-05-06 On 5 May
    ...") is no report's furniture: the official opening after it still counts, and a report's
    dateline after it still makes it news.
    """
    official = (
        " date 2023-05-06 On 5 May 2023, State Councilor and Foreign Minister Qin Gang met with "
        "Kenyan Foreign Minister Alfred Mutua in Beijing.\n\n"
        "Qin Gang said that China and Kenya are good friends.\n"
    )
    news = (
        " date 2023-05-06 NAIROBI, May 5 (Reuters) - Kenya's foreign minister met his Chinese "
        "counterpart on Friday, the ministry said.\n"
    )
    assert (OutletFormat.OFFICIAL, OutletFormat.NEWS) == (format_of(official), format_of(news))
