"""The categories of text the parser promises to read, each on short readouts written for it."""

from __future__ import annotations

import datetime as dt

import pytest

import afdiplo
from afdiplo import OutletFormat

# A Friday: weekdays in the texts below count back from it.
PUBLISHED = dt.date(2022, 6, 10)

# The opening of an official readout; the sentences of each case follow it.
WEKESA_CALL = (
    "On 8 June 2022, Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister "
    "Amina Wekesa. Wang said China values its partnership with Kenya. "
)
KIPRONO_CALL = (
    "On 8 June 2022, President Xi Jinping had a phone call with Kenyan President Daniel "
    "Kiprono. Kiprono said Kenya is grateful for the vaccines China sent. "
)
BLINKEN_NEWS = (
    "Secretary of State Antony Blinken held a phone call with Indian External Affairs Minister "
    "Subrahmanyam Jaishankar on Wednesday. "
)
OKELLO = "Ugandan Foreign Minister Joseph Okello"


def parse(text: str, published: dt.date | None = PUBLISHED) -> afdiplo.Readout:
    return afdiplo.parse(text, strict=False, published=published)


def codes(readout: afdiplo.Readout) -> list[str]:
    return [diagnostic.code for diagnostic in readout.diagnostics]


def speakers(readout: afdiplo.Readout) -> list[tuple[str | None, str]]:
    """Each position of the first call as (speaker, rule); "joint" for a joint position."""
    return [
        ("joint" if p.joint else (p.speaker.name if p.speaker else None), p.rule)
        for p in readout.calls[0].positions
    ]


ENGAGEMENTS = [
    pytest.param(f"{WEKESA_CALL}", [["Wang Yi", "Amina Wekesa"]], id="phone-call"),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa and Ugandan Foreign Minister Joseph Okello "
        "addressed a joint press conference in Arusha. Okello said Uganda values the ties.",
        [["Amina Wekesa", "Joseph Okello"]],
        id="joint-press-conference",
    ),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa dialled her Ugandan counterpart Joseph Okello on "
        "Monday. Okello said Uganda values the ties.",
        [["Amina Wekesa", "Joseph Okello"]],
        id="dialled-her-counterpart",
    ),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa's talks with Ugandan Foreign Minister Joseph Okello "
        "focused on trade. Okello said Uganda values the ties.",
        [["Amina Wekesa", "Joseph Okello"]],
        id="possessive-talks-with",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi held a telephone conversation with Ghanaian "
        "Foreign Minister Kofi Mensah-Boateng. Wang said China supports Ghana's recovery.",
        [["Wang Yi", "Kofi Mensah-Boateng"]],
        id="telephone-conversation",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Bilawal Bhutto Zardari had telephonic contact with "
        "Kenyan Foreign Minister Amina Wekesa. Bilawal said Pakistan wants more flights.",
        [["Bilawal Bhutto Zardari", "Amina Wekesa"]],
        id="telephonic-contact",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi and Kenyan Foreign Minister Amina Wekesa held "
        "talks in Beijing. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="x-and-y-held-talks",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina "
        "Wekesa in Beijing. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="held-talks-with",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi met Kenyan Foreign Minister Amina Wekesa in "
        "Beijing. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="met",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi had a meeting with Kenyan Foreign Minister "
        "Amina Wekesa in Beijing. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="meeting",
    ),
    pytest.param(
        "On 8 June 2022, Premier Li Qiang received Nepalese Prime Minister Ramesh Adhikari in the "
        "Great Hall of the People. Adhikari said Nepal welcomes Chinese tourists.",
        [["Li Qiang", "Ramesh Adhikari"]],
        id="received",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Sergey Lavrov hosted Ghanaian Foreign Minister Kofi "
        "Mensah-Boateng in Moscow. Mensah-Boateng said Ghana needs Russian wheat.",
        [["Sergey Lavrov", "Kofi Mensah-Boateng"]],
        id="hosted",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi and Kenyan Foreign Minister Amina Wekesa "
        "co-chaired the second round of the China-Kenya strategic dialogue in Beijing. "
        "Wang said the dialogue has deepened mutual trust.",
        [["Wang Yi", "Amina Wekesa"]],
        id="co-chaired-a-dialogue",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi held a strategic dialogue with Kenyan Foreign "
        "Minister Amina Wekesa in Nairobi. Wang said the dialogue has deepened mutual trust.",
        [["Wang Yi", "Amina Wekesa"]],
        id="strategic-dialogue",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi talked with Kenyan Foreign Minister Amina "
        "Wekesa via video link. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="video-link",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi held a video conference with Kenyan Foreign "
        "Minister Amina Wekesa. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="video-conference",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi held a virtual meeting with Kenyan Foreign "
        "Minister Amina Wekesa. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="virtual-meeting",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi exchanged views with Kenyan Foreign Minister "
        "Amina Wekesa on the phone. Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="exchanged-views",
    ),
    pytest.param(
        "Foreign Minister Wang Yi spoke with Kenyan Foreign Minister Amina Wekesa on Wednesday. "
        "Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="spoke-with",
    ),
    pytest.param(
        "Foreign Minister Wang Yi spoke to Kenyan Foreign Minister Amina Wekesa on Wednesday. "
        "Wekesa said Kenya hopes to export more tea to China.",
        [["Wang Yi", "Amina Wekesa"]],
        id="spoke-to",
    ),
    pytest.param(
        "In a call on Wednesday with Kenyan Foreign Minister Amina Wekesa, Foreign Minister "
        "Wang Yi said China will keep buying Kenyan avocados.",
        [["Amina Wekesa", "Wang Yi"]],
        id="in-a-call",
    ),
    pytest.param(
        "During the visit of Kenyan Foreign Minister Amina Wekesa to Beijing on Wednesday, "
        "Foreign Minister Wang Yi said China will keep buying Kenyan avocados.",
        [["Amina Wekesa", "Wang Yi"]],
        id="during-the-visit",
    ),
    pytest.param(
        "Wang Yi called his Kenyan counterpart Amina Wekesa on Wednesday to discuss the railway "
        "extension. Wang said China will keep its commitments.",
        [["Wang Yi", "Amina Wekesa"]],
        id="x-called-his-counterpart-y",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi, Pakistani Foreign Minister Bilawal Bhutto "
        "Zardari and Afghan acting Foreign Minister Amir Khan Muttaqi held a trilateral meeting "
        "in Islamabad. The three sides agreed to extend the economic corridor.",
        [["Wang Yi", "Bilawal Bhutto Zardari", "Amir Khan Muttaqi"]],
        id="trilateral-meeting",
    ),
    pytest.param(
        "The foreign ministers of China, Pakistan and Afghanistan held a trilateral meeting in "
        "Islamabad on 8 June 2022, attended by Wang Yi, Bilawal Bhutto Zardari and Amir Khan "
        "Muttaqi. Wang said China supports regional connectivity.",
        [["Wang Yi", "Bilawal Bhutto Zardari", "Amir Khan Muttaqi"]],
        id="trilateral-attended-by",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi said on Wednesday that China values its partnership "
        "with Kenya. He made the remarks during a phone conversation with Kenyan Foreign "
        "Minister Amina Wekesa.",
        [["Wang Yi", "Amina Wekesa"]],
        id="pronoun-subject",
    ),
    pytest.param(
        "The top US diplomat held a phone call with Saudi Foreign Minister Prince Faisal bin "
        "Farhan on Wednesday, the State Department said. Blinken stressed the need for a "
        "ceasefire in Sudan.",
        [["Faisal bin Farhan Al Saud", "Antony Blinken"]],
        id="description-subject",
    ),
    pytest.param(
        "On 6 June 2022, Foreign Minister Wang Yi met with Kenyan Foreign Minister Amina Wekesa "
        "in Beijing. Wekesa said Kenya values the partnership. On 7 June 2022, Wang Yi held "
        "talks with Ghanaian Foreign Minister Kofi Mensah-Boateng. Mensah-Boateng said Ghana "
        "supports the forum.",
        [["Wang Yi", "Amina Wekesa"], ["Wang Yi", "Kofi Mensah-Boateng"]],
        id="roundup",
    ),
    pytest.param(
        "Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa in Beijing on Wednesday. "
        f"Wekesa said Kenya values the partnership. Wang also held talks separately with {OKELLO}"
        ". Okello said Uganda supports the forum.",
        [["Wang Yi", "Amina Wekesa"], ["Wang Yi", "Joseph Okello"]],
        id="also-held-talks-separately",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held phone talks with Kenyan Foreign Minister Amina "
        "Wekesa on Thursday. Wang said China values the partnership.\n\n"
        "Earlier this week, Wang stressed the same point when holding talks with "
        f"{OKELLO} in Beijing.",
        [["Wang Yi", "Amina Wekesa"], ["Wang Yi", "Joseph Okello"]],
        id="earlier-this-week-when-holding-talks",
    ),
    pytest.param(
        "On 12 December 2021, Secretary of State Antony Blinken spoke with Kenyan Foreign "
        "Minister Amina Wekesa. Blinken said the United States values Kenya.\n\n"
        "Earlier in August, Blinken had a phone call with Wekesa to thank her for helping in the "
        'evacuation from Kabul. "Grateful for Kenya\'s help," Blinken tweeted.',
        [["Antony Blinken", "Amina Wekesa"], ["Antony Blinken", "Amina Wekesa"]],
        id="earlier-in-a-month-the-same-people",
    ),
    pytest.param(
        "On 12 December 2021, Secretary of State Antony Blinken spoke with Kenyan Foreign "
        "Minister Amina Wekesa. Blinken said the United States values Kenya.\n\n"
        "Earlier in August, Blinken thanked Wekesa for helping in the evacuation from Kabul. "
        "Writing about his phone call with Wekesa, Blinken tweeted, \"Grateful for Kenya's "
        'help."',
        [["Antony Blinken", "Amina Wekesa"], ["Antony Blinken", "Amina Wekesa"]],
        id="earlier-in-a-month-and-the-call-in-the-next-sentence",
    ),
    pytest.param(
        "Foreign Minister Amina Wekesa called on Chinese Premier Li Qiang in Beijing on Monday. "
        "Premier Li said China values Kenya. Wekesa called on China to open its market.",
        [["Amina Wekesa", "Li Qiang"]],
        id="called-on-a-person-is-a-courtesy-call",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang called on Wekesa to back the trade forum.",
        [["Wang Yi", "Amina Wekesa"]],
        id="called-on-a-person-to-do-something-is-no-call",
    ),
    pytest.param(
        "President Daniel Kiprono of Kenya telephoned Ghanaian President Kwame Asante and his "
        "Nigerian counterpart Musa Danjuma on Tuesday and discussed the regional grain market. "
        "Asante said Ghana would open its ports. Danjuma said Nigeria backs the plan.",
        [["Daniel Kiprono", "Kwame Asante"], ["Daniel Kiprono", "Musa Danjuma"]],
        id="phoned-two-leaders-is-a-call-with-each",
    ),
    pytest.param(
        "President Daniel Kiprono of Kenya held a trilateral phone call with Ghanaian President "
        "Kwame Asante and Nigerian President Musa Danjuma on Tuesday. The three leaders agreed "
        "to meet in Accra.",
        [["Daniel Kiprono", "Kwame Asante", "Musa Danjuma"]],
        id="trilateral-phone-call-is-one-call",
    ),
    pytest.param(
        "President Daniel Kiprono of Kenya held separate meetings with Ghanaian President Kwame "
        "Asante and Nigerian President Musa Danjuma in Nairobi on Tuesday. Asante said Ghana "
        "would open its ports.",
        [["Daniel Kiprono", "Kwame Asante"], ["Daniel Kiprono", "Musa Danjuma"]],
        id="separate-meetings-with-two-leaders-are-a-meeting-with-each",
    ),
    pytest.param(
        "President Daniel Kiprono of Kenya met Ghanaian President Kwame Asante and Nigerian "
        "President Musa Danjuma in Nairobi on Tuesday. Asante said Ghana would open its ports.",
        [["Daniel Kiprono", "Kwame Asante", "Musa Danjuma"]],
        id="met-two-leaders-is-one-meeting",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang will meet {OKELLO} in Kampala next week.",
        [["Wang Yi", "Amina Wekesa"]],
        id="will-meet",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang is expected to hold talks with {OKELLO} on Friday.",
        [["Wang Yi", "Amina Wekesa"]],
        id="is-expected-to-hold-talks",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang is scheduled to meet {OKELLO} later this month.",
        [["Wang Yi", "Amina Wekesa"]],
        id="is-scheduled-to-meet",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang did not meet {OKELLO} during the trip.",
        [["Wang Yi", "Amina Wekesa"]],
        id="did-not-meet",
    ),
    pytest.param(
        f"{WEKESA_CALL}{OKELLO} has not met Wang since 2019.",
        [["Wang Yi", "Amina Wekesa"]],
        id="has-not-met",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang plans to visit Kampala to hold talks with {OKELLO}.",
        [["Wang Yi", "Amina Wekesa"]],
        id="plans-to-visit-to-hold-talks",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang travelled to Kampala to hold talks with {OKELLO} on 9 June 2022. "
        "Okello said Uganda welcomes investment.",
        [["Wang Yi", "Amina Wekesa"], ["Wang Yi", "Joseph Okello"]],
        id="travelled-to-hold-talks-is-a-call",
    ),
    pytest.param(
        f"Kenyan Foreign Minister Amina Wekesa met {OKELLO} in Kampala on Friday, on the "
        "sidelines of the swearing-in ceremony of President Daniel Kiprono. Okello said Uganda "
        "values the ties.",
        [["Amina Wekesa", "Joseph Okello"]],
        id="the-owner-of-an-occasion-is-no-party",
    ),
    pytest.param(
        f"Kenyan Foreign Minister Amina Wekesa met {OKELLO} in Kampala after the funeral of "
        "former Prime Minister Daniel Kiprono. Okello said Uganda values the ties.",
        [["Amina Wekesa", "Joseph Okello"]],
        id="the-owner-of-a-funeral-is-no-party",
    ),
    # One official briefing another, or briefed by another, was in contact with them.
    pytest.param(
        f"Kenyan Foreign Minister Amina Wekesa briefed {OKELLO} on the outcome of the regional "
        "summit in Nairobi on Monday. Okello said Uganda values the ties.",
        [["Amina Wekesa", "Joseph Okello"]],
        id="briefed",
    ),
    pytest.param(
        f"Kenyan Foreign Minister Amina Wekesa was briefed by {OKELLO} on the border talks in "
        "Nairobi on Monday. Okello said Uganda values the ties.",
        [["Amina Wekesa", "Joseph Okello"]],
        id="was-briefed-by",
    ),
    # Briefing reporters or the media is no engagement with anyone.
    pytest.param(
        f"{WEKESA_CALL}Later, Kenyan Foreign Minister Amina Wekesa briefed the local media on "
        "the call. She said the two countries would reopen the border.",
        [["Wang Yi", "Amina Wekesa"]],
        id="briefing-the-press-is-none",
    ),
    # The visitor described as the subject of a further engagement: who visits in the meeting
    # just reported ("in Kampala": the one not at home).
    *(
        pytest.param(
            "Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister "
            "Joseph Okello in Kampala on Monday. Okello said Uganda valued the ties. "
            f"{description} also called on Ugandan President Moses Kato. Kato said Uganda "
            "would reopen the border.",
            [["Amina Wekesa", "Joseph Okello"], ["Amina Wekesa", "Moses Kato"]],
            id=f"visitor-described-{description.split()[-1]}",
        )
        for description in ("The visiting minister", "The guest")
    ),
]


@pytest.mark.parametrize(("text", "calls"), ENGAGEMENTS)
def test_engagements(text: str, calls: list[list[str]]) -> None:
    """Each wording of an engagement is one call with every named party; plans and denials none."""
    readout = parse(text)
    assert calls == [[p.name for p in call.participants] for call in readout.calls]


@pytest.mark.parametrize("contact", ["sat down with", "huddled with", "sits down for talks with"])
def test_sitting_down_with_someone_is_a_meeting(contact: str) -> None:
    """Plain English for meeting in person: a call with both, whose medium is a meeting."""
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa {contact} {OKELLO} in Nairobi on Monday. "
        "Okello said Uganda values the ties."
    )
    assert [([p.name for p in c.participants], c.medium) for c in readout.calls] == [
        (["Amina Wekesa", "Joseph Okello"], afdiplo.Medium.MEETING)
    ]


def test_a_call_with_each_holds_its_own_sides_words() -> None:
    """When one sentence reports a call with each of two people, each call holds what its
    counterpart said, both the caller's, and each is dated and started by the caller."""
    readout = parse(
        "President Daniel Kiprono of Kenya telephoned Ghanaian President Kwame Asante and his "
        "Nigerian counterpart Musa Danjuma on Tuesday. Asante said Ghana would open its ports. "
        "Danjuma said Nigeria backs the plan."
    )
    assert [
        (
            [p.name for p in call.participants],
            [p.speaker.name for p in call.positions if p.speaker],
            call.date,
            call.initiator.name if call.initiator else None,
        )
        for call in readout.calls
    ] == [
        (
            ["Daniel Kiprono", "Kwame Asante"],
            ["Kwame Asante"],
            dt.date(2022, 6, 7),
            "Daniel Kiprono",
        ),
        (
            ["Daniel Kiprono", "Musa Danjuma"],
            ["Musa Danjuma"],
            dt.date(2022, 6, 7),
            "Daniel Kiprono",
        ),
    ]


PEOPLE = [
    pytest.param(
        "On 8 June 2022, Wang Yi held talks with Amina Wekesa, the Foreign Minister of Kenya, in "
        "Beijing. Wekesa said Kenya values the partnership.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="x-the-y-of-z",
    ),
    pytest.param(
        "On 8 June 2022, Wang Yi held talks with Kenya's Foreign Minister Amina Wekesa in "
        "Beijing. Wekesa said Kenya values the partnership.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="zs-y-x",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Sergey Lavrov held talks with his Turkish counterpart "
        "Selim Aydemir in Moscow. Aydemir said Turkey supports the grain deal.",
        [("Sergey Lavrov", "Russia"), ("Selim Aydemir", "Turkey")],
        id="his-turkish-counterpart",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi had a phone call with the EU High "
        "Representative for Foreign Affairs and Security Policy Josep Borrell. Borrell said "
        "the EU wants a stable relationship.",
        [("Wang Yi", "China"), ("Josep Borrell", "European Union")],
        id="eu-high-representative",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi had a phone call with Kenyan Cabinet "
        "Secretary for Foreign Affairs Amina Wekesa. Wekesa said Kenya values the partnership.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="cabinet-secretary",
    ),
    pytest.param(
        f"{KIPRONO_CALL}",
        [("Xi Jinping", "China"), ("Daniel Kiprono", "Kenya")],
        id="heads-of-state",
    ),
    pytest.param(
        "On 8 June 2022, Premier Li Qiang met with Nepalese Prime Minister Ramesh Adhikari in "
        "Beijing. Adhikari said Nepal welcomes Chinese tourists.",
        [("Li Qiang", "China"), ("Ramesh Adhikari", "Nepal")],
        id="heads-of-government",
    ),
    pytest.param(
        "On 8 June 2022, Special Envoy of the Chinese Government on Afghan Affairs Yue Xiaoyong "
        "met with Pakistani Special Representative for Afghanistan Asif Durrani in Islamabad. "
        "Durrani said Pakistan wants open border crossings.",
        [("Yue Xiaoyong", "China"), ("Asif Durrani", "Pakistan")],
        id="envoys",
    ),
    pytest.param(
        "On 8 June 2022, National Security Adviser Ajit Doval held talks with Chinese Foreign "
        "Minister Wang Yi in New Delhi. Doval said calm on the border is essential.",
        [("Ajit Doval", "India"), ("Wang Yi", "China")],
        id="national-security-adviser",
    ),
    pytest.param(
        "On 8 June 2022, Vice Foreign Minister Ma Zhaoxu met with Ghanaian Deputy Foreign "
        "Minister Kwame Asante in Beijing. Asante said Ghana supports the forum.",
        [("Ma Zhaoxu", "China"), ("Kwame Asante", "Ghana")],
        id="vice-ministers",
    ),
    pytest.param(
        "On 8 June 2022, Chinese Ambassador to Kenya Zhou Pingjian met with Kenyan Cabinet "
        "Secretary Amina Wekesa. Wekesa said Kenya values the partnership.",
        [("Zhou Pingjian", "China"), ("Amina Wekesa", "Kenya")],
        id="ambassador",
    ),
    pytest.param(
        "On 8 June 2022, Special Envoy Yue Xiaoyong met with Taliban Deputy Prime Minister "
        "Mullah Abdul Ghani Baradar in Kabul. Baradar said Afghanistan wants good relations "
        "with its neighbours.",
        [("Yue Xiaoyong", "China"), ("Abdul Ghani Baradar", "Afghanistan")],
        id="taliban-official",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Wang Yi had a phone call with Pakistani Foreign "
        "Minister Shah Mahmood Quereshi. Qureshi said Pakistan backs the corridor.",
        [("Wang Yi", "China"), ("Shah Mahmood Qureshi", "Pakistan")],
        id="quereshi-is-qureshi",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Sergey Lavrov had a telephone conversation with "
        "Turkish Foreign Minister Mevlüt Çavuşoğlu. Cavusoglu said Turkey supports dialogue.",
        [("Sergey Lavrov", "Russia"), ("Mevlut Cavusoglu", "Turkey")],
        id="cavusoglu-with-diacritics",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Yi Wang had a phone call with Afghan Foreign Minister "
        "Mohammad Hanif Atmar. Yi said China supports an Afghan-led peace process.",
        [("Wang Yi", "China"), ("Mohammad Hanif Atmar", "Afghanistan")],
        id="chinese-name-given-name-first",
    ),
    pytest.param(
        "On 8 June 2021, Kenyan Ambassador Wang Yu met with Foreign Minister Wang Yi in Beijing. "
        "Wang Yi said China supports dialogue.",
        [("Wang Yu", "Kenya"), ("Wang Yi", "China")],
        id="stated-country-over-gazetteer",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister "
        "Amina Wekesa, Foreign Ministry Spokesperson Hua Chunying said. Wekesa said Kenya "
        "supports dialogue.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="spokesperson-is-no-participant",
    ),
    pytest.param(
        "Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister Amina Wekesa on "
        "8 June 2021, Xinhua correspondent Li Ming reported. Wekesa said Kenya supports dialogue.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="reporter-is-no-participant",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Zhang Wenhua of China had a phone call with Foreign "
        "Minister Lars Eklund of Sweden. Eklund said Sweden supports dialogue.",
        [("Zhang Wenhua", "China"), ("Lars Eklund", "Sweden")],
        id="country-of-after-the-name",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Wang Yi met with Foreign Minister Ali Hassan of the "
        "United Arab Emirates. Hassan said the Emirates support dialogue.",
        [("Wang Yi", "China"), ("Ali Hassan", "United Arab Emirates")],
        id="country-of-the-after-the-name",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Wang Yi met with Kenyan Foreign Minister Amina Wekesa, "
        "the newspaper's senior editor Tom Baraka wrote. Wekesa said Kenya supports dialogue.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="editor-is-no-participant",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister "
        "Amina Wekesa, according to the official Xinhua News Agency. Wekesa said Kenya supports "
        "dialogue.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="news-agency-is-no-participant",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister "
        "Amina Wekesa. Wang congratulated Kenya on hosting the Third Meeting of Foreign Ministers "
        "of Somalia's Neighbouring Countries, saying the meeting came at the right time.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="group-of-countries-is-no-person",
    ),
    pytest.param(
        "On 8 June 2021, Foreign Minister Wang Yi met with Kenyan Foreign Minister Amina Wekesa, "
        "the state broadcaster China Global Television Network reported. Wekesa said Kenya "
        "supports dialogue.",
        [("Wang Yi", "China"), ("Amina Wekesa", "Kenya")],
        id="broadcaster-is-no-participant",
    ),
    pytest.param(
        "Ugandan Foreign Minister Joseph Okello met Lena Varga, head of the UN Relief Mission "
        "in Somalia, in Kampala on Tuesday. Varga said aid deliveries would resume.",
        [("Joseph Okello", "Uganda"), ("Lena Varga", "United Nations")],
        id="organisation-in-a-title-after-the-name-is-no-person",
    ),
    pytest.param(
        "Ugandan Foreign Minister Joseph Okello received Tomas Berg, president of the "
        "International Federation of the Green Crescent, on Tuesday. Berg said the federation "
        "would stay.",
        [("Joseph Okello", "Uganda"), ("Tomas Berg", None)],
        id="organisation-after-of-the-in-a-title-is-no-person",
    ),
]


@pytest.mark.parametrize(
    "title",
    [
        # Two offices joined by "and": one person.
        "Deputy Prime Minister and Minister of Foreign Affairs",
        "Vice President and Minister for External Relations",
        # A cabinet portfolio or a bureau's region, however long.
        "Cabinet Secretary for Foreign and Diaspora Affairs",
        "Minister for Refugees and Repatriation",
        "Minister of Tourism and Cultural Heritage",
        "Minister of Investment, Industry and Trade",
        "Minister for Human Rights",
        "Minister of Agriculture and Livestock",
        "Assistant Secretary for South and Central Asian Affairs",
        "Minister of State for the Middle East and North Africa",
    ],
)
def test_a_long_title_before_a_name_is_all_title(title: str) -> None:
    """ "Minister for Refugees and Repatriation X": all title, however long, none of it name."""
    readout = parse(
        f"On 8 June 2022, {title} Halima Juma met Ugandan Foreign Minister Joseph Okello in "
        "Kampala. Okello said Uganda values the ties. Juma said her country values them too."
    )
    assert [(p.name, p.title) for p in readout.calls[0].participants] == [
        ("Halima Juma", title),
        ("Joseph Okello", "Ugandan Foreign Minister"),
    ]
    assert speakers(readout) == [
        ("Joseph Okello", "named_subject"),
        ("Halima Juma", "named_subject"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Special Assistant to the Prime Minister on National Security",
        "Special Envoy on Afghanistan",
    ],
)
def test_a_portfolio_after_on_is_part_of_the_title(title: str) -> None:
    """ "Adviser to the President on Trade X": the portfolio "on ..." belongs to the title."""
    readout = parse(
        f"On 8 June 2022, Ugandan {title} Halima Juma met Kenyan Foreign Minister Amina Wekesa "
        "in Kampala. Juma said Uganda values the ties."
    )
    assert [(p.name, p.title, p.country) for p in readout.calls[0].participants] == [
        ("Halima Juma", f"Ugandan {title}", "Uganda"),
        ("Amina Wekesa", "Kenyan Foreign Minister", "Kenya"),
    ]


def test_the_object_named_between_commas_is_no_subject() -> None:
    """ "X in a meeting with the Y envoy, Z, called on ...": X calls, not Z."""
    readout = parse(
        "Ugandan Foreign Minister Joseph Okello in a meeting with the Kenyan special envoy for "
        "Somalia, Halima Juma, called on donors to fund the refugee camps. Juma said Kenya "
        "will send more aid."
    )
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants] == [
        ("Joseph Okello", "Uganda"),
        ("Halima Juma", "Kenya"),
    ]
    assert [speaker for speaker, _ in speakers(readout)] == ["Joseph Okello", "Halima Juma"]


def test_a_described_object_before_a_comma_gives_the_subject_no_title() -> None:
    """ "In a meeting with the Kenyan envoy, Okello said": the envoy's title is not Okello's."""
    readout = parse(
        "On 8 June 2022, Ugandan Foreign Minister Joseph Okello met Kenyan Foreign Minister "
        "Amina Wekesa. In a meeting with the Kenyan special envoy, Okello said Uganda values "
        "the ties."
    )
    okello = readout.calls[0].participants[0]
    assert (okello.name, okello.title, okello.country) == (
        "Joseph Okello",
        "Ugandan Foreign Minister",
        "Uganda",
    )
    bare = parse("In a meeting with the Kenyan envoy, Joseph Okello said Uganda values ties.")
    assert [(p.title, p.country) for p in bare.calls[0].participants] == [(None, None)]


def test_an_ambassador_in_a_capital_named_after_a_comma() -> None:
    """ "the Kenyan ambassador in Kampala, Halima Juma,": the post's city belongs to the title."""
    readout = parse(
        "On 8 June 2022, Ugandan Special Envoy for Somalia Joseph Okello met with the Kenyan "
        "ambassador in Kampala, Halima Juma, at the foreign ministry. Juma said Kenya values "
        "the ties. The envoy also held talks separately with the Tanzanian ambassador, Amani "
        "Mushi."
    )
    assert [[(p.name, p.title) for p in c.participants] for c in readout.calls] == [
        [
            ("Joseph Okello", "Ugandan Special Envoy for Somalia"),
            ("Halima Juma", "Kenyan ambassador in Kampala"),
        ],
        # "The envoy" fits every diplomat; Okello's title says "envoy".
        [
            ("Joseph Okello", "Ugandan Special Envoy for Somalia"),
            ("Amani Mushi", "Tanzanian ambassador"),
        ],
    ]
    assert readout.calls[0].participants[1].country == "Kenya"


def test_a_generic_description_is_the_one_whose_title_has_it() -> None:
    """ "The Special Envoy" on Pakistan's page: the envoy, not the page's own official."""
    readout = parse(
        "Press Release\nIslamabad, 8 June 2022\nForeign Secretary Asad Kamal met Kenyan Special "
        "Envoy for Somalia, Halima Juma, at the Ministry of Foreign Affairs today.\nThe Foreign "
        "Secretary underscored the importance of regional trade.\nThe Special Envoy appreciated "
        "Pakistan's role in the peace talks.",
        None,
    )
    assert speakers(readout) == [
        ("Asad Kamal", "described_subject"),
        ("Halima Juma", "described_subject"),
    ]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # A form of address says who "she" can be; the gazetteer says Wang Yi is "he".
        (
            (
                "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister "
                "Ms. Halima Juma."
            ),
            "Halima Juma",
        ),
        (
            (
                "Her Excellency Kenyan Foreign Minister Halima Juma held talks with Chinese "
                "Foreign Minister Wang Yi."
            ),
            "Halima Juma",
        ),
        # So does "her counterpart" after the name.
        ("Halima Juma held talks with her Chinese counterpart Wang Yi.", "Halima Juma"),
        # And the gazetteer: Annalena Baerbock is referred to as "she".
        (
            (
                "German Foreign Minister Annalena Baerbock held a phone call with Chinese Foreign "
                "Minister Wang Yi."
            ),
            "Annalena Baerbock",
        ),
        # "His counterpart": "she" is the other side, though nothing says she is a woman.
        ("Wang Yi held talks with his Kenyan counterpart Halima Juma.", "Halima Juma"),
    ],
)
def test_a_pronoun_goes_to_the_subject_it_fits(opening: str, expected: str) -> None:
    """ "Wang said ... She stressed ...": "she" is not Wang Yi, whom "he" refers to."""
    readout = parse(
        f"On 8 June 2022, {opening} Wang said China values the ties. She stressed that her "
        "country wants balanced trade."
    )
    assert speakers(readout)[-1] == (expected, "pronoun_subject")


def test_a_pronoun_nothing_rules_out_is_the_last_speaker() -> None:
    """Two people the text says nothing of: "she" is whoever spoke last, as before."""
    readout = parse(
        "On 8 June 2022, Kenyan Foreign Minister Halima Juma held talks with Ugandan Foreign "
        "Minister Joseph Okello. Okello said Uganda values the ties. She stressed that trade "
        "must grow."
    )
    assert speakers(readout)[-1] == ("Joseph Okello", "pronoun_subject")


def test_a_surname_that_is_a_region_word_ends_no_title() -> None:
    """ "Special Representative West": "West" is the name; "North" before "Africa" is not."""
    readout = parse(
        "On 8 June 2022, Special Envoy Halima West met Kenyan Foreign Minister Amina Wekesa. "
        "Special Envoy West said her country values the ties."
    )
    (call,) = readout.calls
    assert [(p.name, p.title) for p in call.participants] == [
        ("Halima West", "Special Envoy"),
        ("Amina Wekesa", "Kenyan Foreign Minister"),
    ]
    assert speakers(readout) == [("Halima West", "named_subject")]


@pytest.mark.parametrize(
    ("title", "surname"),
    [("President-elect", "Kiprono"), ("Prime Minister-designate", "Otieno")],
)
def test_a_head_chosen_but_not_in_office_is_a_title(title: str, surname: str) -> None:
    """ "President-elect Kiprono": the person Kiprono, with the title "President-elect"."""
    readout = parse(
        f"On 8 June 2022, Foreign Minister Wang Yi met {title} Daniel {surname} of Kenya in "
        f"Nairobi. {title} {surname} said Kenya values the ties."
    )
    assert [(p.name, p.title) for p in readout.calls[0].participants] == [
        ("Wang Yi", "Foreign Minister"),
        (f"Daniel {surname}", title),
    ]
    assert speakers(readout) == [(f"Daniel {surname}", "named_subject")]


def test_a_pronoun_is_the_subject_named_before_it_in_its_sentence() -> None:
    """ "Wang also held talks with Okello, during which he said ...": Wang, in that call."""
    readout = parse(
        f"{WEKESA_CALL}Wekesa said Kenya values the partnership.\n\nWang also held talks with "
        f"{OKELLO} on the same day, during which he said China would open a trade office in "
        "Kampala."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Wang Yi", "Amina Wekesa"],
        ["Wang Yi", "Joseph Okello"],
    ]
    assert [
        (p.speaker.name if p.speaker else None, p.rule) for p in readout.calls[1].positions
    ] == [("Wang Yi", "pronoun_subject")]


def test_a_relay_reporting_another_call_is_no_position() -> None:
    """ "The ministry said Wang had also spoken with Okello": that call, nobody's words."""
    readout = parse(
        f"{BLINKEN_NEWS}Jaishankar said India values the partnership.\n\nThe ministry said "
        f"Blinken had also spoken with {OKELLO} on Tuesday."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Antony Blinken", "Subrahmanyam Jaishankar"],
        ["Antony Blinken", "Joseph Okello"],
    ]
    assert [p.text for c in readout.calls for p in c.positions] == [
        "Jaishankar said India values the partnership."
    ]


@pytest.mark.parametrize(("before", "title"), [("PM", "PM"), ("Prime Minister", "Prime Minister")])
def test_a_known_surname_alone_keeps_its_title(before: str, title: str) -> None:
    """ "PM Modi": the gazetteer's Narendra Modi, named by his surname, with the title before."""
    readout = parse(
        f"Kenyan President Daniel Kiprono met {before} Modi in New Delhi on Monday. Modi said "
        "India values the partnership with Kenya."
    )
    assert [(p.name, p.title) for p in readout.calls[0].participants] == [
        ("Daniel Kiprono", "Kenyan President"),
        ("Narendra Modi", title),
    ]


def test_a_short_title_as_the_subject_of_a_second_engagement() -> None:
    """ "EAM also met Foreign Minister X": a second call, of the minister EAM stands for."""
    readout = parse(
        "External Affairs Minister Dr. S. Jaishankar met Kenyan President Daniel Kiprono in "
        "Nairobi today. Kiprono welcomed the visit.\n\nEAM also met Foreign Minister Amina "
        "Wekesa. Wekesa said Kenya values the ties."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Subrahmanyam Jaishankar", "Daniel Kiprono"],
        ["Subrahmanyam Jaishankar", "Amina Wekesa"],
    ]


@pytest.mark.parametrize(("text", "people"), PEOPLE)
def test_people(text: str, people: list[tuple[str, str]]) -> None:
    """Titles, descriptions and spellings give each party's canonical name and stated country."""
    readout = parse(text)
    assert people == [(p.name, p.country) for c in readout.calls for p in c.participants]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "On 8 June 2021, Foreign Minister Wang Yi had a phone call with Afghan Foreign "
            "Minister Mohammad Hanif Atmar. Yi said China supports an Afghan-led process.",
            "Wang Yi",
            id="yi-said",
        ),
        pytest.param(
            "On 8 June 2021, Foreign Minister Wang Yi had a phone call with Afghan Foreign "
            "Minister Mohammad Hanif Atmar. Mr. Yi said China supports an Afghan-led process.",
            "Wang Yi",
            id="mr-yi-said",
        ),
    ],
)
def test_people_short_chinese_names_speak(text: str, name: str) -> None:
    """ "Yi said" and "Mr. Yi said" are the Chinese participant whose given name is Yi."""
    assert [(name, "named_subject")] == speakers(parse(text))


SPEAKERS = [
    pytest.param(
        f"{WEKESA_CALL}Wekesa asserted that Kenya will not take sides.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="asserted",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa contended that the debt burden is manageable.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="contended",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa remarked that the new airport terminal is a symbol of friendship.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="remarked",
    ),
    pytest.param(
        f"{WEKESA_CALL}Debt relief cannot wait any longer, Wekesa cautioned.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="inverted-cautioned",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa lamented the slow pace of vaccine deliveries to East Africa.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="lamented",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa conceded that the railway project has faced delays.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="conceded",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa countered that Kenyan exporters still face high tariffs.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="countered",
    ),
    pytest.param(
        "Ugandan National Security Advisor Halima Juma on Monday held talks with Kenyan "
        "Foreign Minister Amina Wekesa in Kampala. The NSA stressed that the border must stay "
        "open. Wekesa said Kenya agrees.",
        [("Halima Juma", "described_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="nsa-is-the-national-security-advisor-spelled-either-way",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa maintained that the tender process was transparent.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="maintained",
    ),
    pytest.param(
        "On 8 June 2022, EU High Representative Josep Borrell held a video call with Chinese "
        "Foreign Minister Wang Yi. Wang said China opposes unilateral sanctions. The High "
        "Representative underlined that the EU expects China to use its influence.",
        [("Wang Yi", "named_subject"), ("Josep Borrell", "described_subject")],
        [],
        id="the-high-representative",
    ),
    pytest.param(
        "Secretary of State Antony Blinken spoke with Chinese Foreign Minister Wang Yi on "
        "Wednesday. Wang said China opposes unilateral sanctions. The top US diplomat cautioned "
        "Beijing against supplying arms.",
        [("Wang Yi", "named_subject"), ("Antony Blinken", "described_subject")],
        [],
        id="the-top-us-diplomat",
    ),
    pytest.param(
        "Secretary of State Antony Blinken spoke with Chinese Foreign Minister Wang Yi on "
        "Wednesday. Blinken urged restraint. The Chinese FM rejected the accusations.",
        [("Antony Blinken", "named_subject"), ("Wang Yi", "described_subject")],
        [],
        id="the-chinese-fm",
    ),
    pytest.param(
        "Iranian Foreign Minister Hossein Amir-Abdollahian held phone talks with Qatari Foreign "
        "Minister Sheikh Mohammed bin Abdulrahman Al Thani on Wednesday. The Qatari minister "
        "said Doha is ready to mediate. The Iranian foreign minister welcomed the offer.",
        [
            ("Mohammed bin Abdulrahman Al Thani", "described_subject"),
            ("Hossein Amir-Abdollahian", "described_subject"),
        ],
        [],
        id="the-iranian-foreign-minister",
    ),
    pytest.param(
        "On 8 June 2022, National Security Adviser Ajit Doval held talks with Chinese Foreign "
        "Minister Wang Yi in New Delhi. Wang said China values stable ties. The NSA emphasised "
        "that calm on the border is essential.",
        [("Wang Yi", "named_subject"), ("Ajit Doval", "described_subject")],
        [],
        id="the-nsa",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi had a phone call with Afghan acting Foreign "
        "Minister Amir Khan Muttaqi. Muttaqi said Afghanistan thanks China for its aid. The "
        "Chinese side said it will keep sending wheat. The Afghan side pledged that no group "
        "will use Afghan soil against China.",
        [
            ("Amir Khan Muttaqi", "named_subject"),
            ("Wang Yi", "described_subject"),
            ("Amir Khan Muttaqi", "described_subject"),
        ],
        [],
        id="the-chinese-side-the-afghan-side",
    ),
    pytest.param(
        "On 8 June 2022, President Xi Jinping had a phone call with Kenyan President Daniel "
        "Kiprono. Xi said China values Kenya. Kiprono thanked China for the vaccines. He added "
        "that Kenya supports the forum.",
        [
            ("Xi Jinping", "named_subject"),
            ("Daniel Kiprono", "named_subject"),
            ("Daniel Kiprono", "pronoun_subject"),
        ],
        [],
        id="pronoun-to-nearest-subject",
    ),
    pytest.param(
        f"{KIPRONO_CALL}The two leaders agreed to deepen cooperation on health.",
        [("Daniel Kiprono", "named_subject"), ("joint", "joint_subject")],
        [],
        id="the-two-leaders",
    ),
    pytest.param(
        f"{KIPRONO_CALL}Both sides agreed to deepen cooperation on health.",
        [("Daniel Kiprono", "named_subject"), ("joint", "joint_subject")],
        [],
        id="both-sides",
    ),
    pytest.param(
        f"{KIPRONO_CALL}Xi and Kiprono discussed the pandemic and trade.",
        [("Daniel Kiprono", "named_subject"), ("joint", "joint_subject")],
        [],
        id="x-and-y-discussed",
    ),
    pytest.param(
        f'{KIPRONO_CALL}"China will always be a reliable partner of Kenya," Xi said.',
        [("Daniel Kiprono", "named_subject"), ("Xi Jinping", "named_subject")],
        [],
        id="direct-quote-inverted",
    ),
    pytest.param(
        "On 8 June 2022, President Xi Jinping had a phone call with Kenyan President Daniel "
        'Kiprono. Kiprono said: "Kenya will never forget the help China gave us."',
        [("Daniel Kiprono", "named_subject")],
        [],
        id="direct-quote-after-colon",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Jaishankar said India values the partnership.\n\n"
        '"Good conversation with @DrSJaishankar on energy security and the Quad," '
        "Blinken tweeted.",
        [("Subrahmanyam Jaishankar", "named_subject"), ("Antony Blinken", "named_subject")],
        [],
        id="blinken-tweeted",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Jaishankar said India values the partnership.\n\n"
        '"India and the US share a vision of a free Indo-Pacific. We will build on it," '
        "Jaishankar posted on X.",
        [("Subrahmanyam Jaishankar", "named_subject")]
        + [("Subrahmanyam Jaishankar", "quoted")] * 2,
        [],
        id="jaishankar-posted-on-x",
    ),
    pytest.param(
        "NAIROBI, June 8 -- Kenyan Foreign Minister Amina Wekesa and Ugandan Foreign Minister "
        "Joseph Okello held talks in Nairobi on Wednesday. Wekesa said Kenya values the ties.",
        [("Amina Wekesa", "named_subject")],
        [],
        id="a-pair-holding-talks-is-the-call",
    ),
    pytest.param(
        "External Affairs Minister Dr. S. Jaishankar had a phone call with Kenyan Foreign "
        "Minister Amina Wekesa on Wednesday. FM Wekesa thanked India for the vaccines. EAM "
        "conveyed India's readiness to expand trade. FM said Kenya agrees.",
        [
            ("Amina Wekesa", "named_subject"),
            ("Subrahmanyam Jaishankar", "described_subject"),
            ("Amina Wekesa", "described_subject"),
        ],
        [],
        id="a-title-written-short-opens-the-sentence",
    ),
    pytest.param(
        "NAIROBI, June 8 (AP) - Kenyan Foreign Ministry spokesperson Jane Mwangi said on "
        "Wednesday that Kenyan Foreign Minister Amina Wekesa and Ugandan Foreign Minister Joseph "
        "Okello had a phone call. According to Mwangi, Okello told Wekesa that the border would "
        "stay open. Mwangi added that Kenya is ready to reopen the rail link.",
        [("Joseph Okello", "named_subject"), ("Amina Wekesa", "relayed")],
        [],
        id="a-relay-says-what-a-country-will-do",
    ),
    pytest.param(
        "NAIROBI, June 8 -- Kenyan Foreign Minister Amina Wekesa and Ugandan Foreign Minister "
        "Joseph Okello held talks on border trade in Nairobi on Wednesday. Wekesa said Kenya "
        "values the ties.",
        [("joint", "joint_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="a-pair-holding-talks-on-a-topic-is-joint",
    ),
    pytest.param(
        "RAWALPINDI, June 8: Kenyan Foreign Minister Amina Wekesa called on Chief of Army Staff "
        "General Tariq Mehmood at the General Headquarters. The COAS said Pakistan values its "
        "ties with Kenya.",
        [("Tariq Mehmood", "described_subject")],
        [],
        id="the-coas-said",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Blinken said the US values India.\n\nJaishankar was posted to "
        "Washington as a young diplomat.",
        [("Antony Blinken", "named_subject")],
        [],
        id="posted-to-a-city-is-no-post-on-x",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Blinken said the US values India. According to him, the two countries "
        "will expand defence cooperation.",
        [("Antony Blinken", "named_subject"), ("Antony Blinken", "pronoun_subject")],
        [],
        id="according-to-him",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Blinken said the US values India.\n\n"
        "According to him, the two countries will expand defence cooperation.",
        [("Antony Blinken", "named_subject"), ("Antony Blinken", "pronoun_subject")],
        [],
        id="according-to-him-opens-a-paragraph",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Blinken said the US values India.\n\n"
        "According to Jaishankar, India will buy more American energy.",
        [("Antony Blinken", "named_subject"), ("Subrahmanyam Jaishankar", "named_subject")],
        [],
        id="according-to-a-name",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Blinken said the US values India. It quoted Jaishankar as saying that "
        "India will buy more American energy.",
        [("Antony Blinken", "named_subject"), ("Subrahmanyam Jaishankar", "named_subject")],
        [],
        id="it-quoted-x-as-saying",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Blinken said the US values India. The agency quoted External Affairs "
        "Minister Subrahmanyam Jaishankar as saying that India will buy more American energy.",
        [("Antony Blinken", "named_subject"), ("Subrahmanyam Jaishankar", "named_subject")],
        [],
        id="quoted-a-title-and-a-name-as-saying",
    ),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa spoke by telephone with her Ugandan counterpart "
        "Joseph Okello on Sunday, state media reported. Okello said Uganda values the ties.",
        [("Joseph Okello", "named_subject")],
        [],
        id="state-of-state-media-is-no-verb",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa called the relations between the two countries excellent. "
        "Wang said China agrees. Wekesa arrived in Beijing on Monday. Wang said China welcomes "
        "her. Wekesa spoke at a press conference in Nairobi.",
        [
            ("Wang Yi", "named_subject"),
            ("Amina Wekesa", "named_subject"),
            ("Wang Yi", "named_subject"),
            ("Wang Yi", "named_subject"),
        ],
        [],
        id="another-participant-opening-a-sentence-is-no-continuation",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa, while speaking to the Chinese minister stressed that Kenya "
        "values China. Wekesa was of the view that trade should grow. She went on to say that "
        "flights should resume.",
        [
            ("Wang Yi", "named_subject"),
            ("Amina Wekesa", "named_subject"),
            ("Amina Wekesa", "named_subject"),
            ("Amina Wekesa", "pronoun_subject"),
        ],
        [],
        id="a-description-in-a-clause-is-an-object-and-phrasal-reporting-verbs",
    ),
    pytest.param(
        "Foreign Minister receives telephone call from the Foreign Minister of Ghana\n\n"
        "Nairobi, 8 June 2022\n\n"
        "Foreign Minister Amina Wekesa received a telephone call today from Foreign Minister of "
        "Ghana Kofi Mensah-Boateng. The Foreign Minister underlined that Kenya supports the "
        "free trade area.",
        [("Amina Wekesa", "described_subject")],
        [],
        id="on-a-government-page-a-shared-title-is-its-own-official",
    ),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa received a telephone call on Wednesday from Foreign "
        "Minister of Ghana Kofi Mensah-Boateng, a spokesman said. The Foreign Minister "
        "underlined that the free trade area matters.",
        [(None, "described_subject")],
        ["position.speaker-unresolved"],
        id="in-a-news-report-a-shared-title-stays-unresolved",
    ),
    pytest.param(
        "The Prime Minister spoke to Prime Minister Kwame Asante of Ghana this afternoon. The "
        "Prime Minister thanked Prime Minister Asante for Ghana's help with the evacuation. "
        "Prime Minister Asante said Ghana would keep its airport open.",
        [(None, "described_subject"), ("Kwame Asante", "named_subject")],
        ["position.speaker-unresolved"],
        id="a-description-is-not-its-own-object",
    ),
    pytest.param(
        "Foreign Minister Amina Wekesa called on Chinese Premier Li Qiang in Beijing on Monday. "
        "Premier Li said China values Kenya. Wekesa called on China to open its market.",
        [("Li Qiang", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="a-courtesy-call-says-nothing-an-urging-does",
    ),
    pytest.param(
        f"{WEKESA_CALL}In a tweet, Wekesa wrote: \u201cI met today with Foreign Minister Wang "
        "Yi to discuss trade and the important ties between our countries.\u201d \u201cWe look "
        "forward to more flights,\u201d the visiting minister added.",
        [("Wang Yi", "named_subject"), ("joint", "agenda"), ("Amina Wekesa", "described_subject")],
        [],
        id="i-met-x-to-discuss-is-the-agenda-and-its-reporter-goes-on",
    ),
    pytest.param(
        f'{WEKESA_CALL}"Kenya wants more flights to Guangzhou," Wekesa told reporters after the '
        "call. Wekesa also told reporters after the call.",
        [("Wang Yi", "named_subject"), ("Amina Wekesa", "named_subject")],
        [],
        id="a-quote-told-to-reporters-is-said",
    ),
    pytest.param(
        "Home > News\n\nWang Yi Holds Talks with Kenyan Foreign Minister Amina Wekesa\n\n"
        f"{WEKESA_CALL}The Secretary-General of the United Nations has repeatedly warned "
        "against a new cold war. China is ready to work with Kenya.",
        [("Wang Yi", "named_subject"), ("Wang Yi", "quoting"), ("Wang Yi", "continuation")],
        [],
        id="an-official-speaker-quotes-someone-described-outside-the-call",
    ),
    pytest.param(
        f"{BLINKEN_NEWS}Blinken said the US values India. The Secretary-General of the United "
        "Nations has called for calm in the region.",
        [("Antony Blinken", "named_subject")],
        [],
        id="someone-described-outside-the-call-is-no-position",
    ),
    pytest.param(
        f"{WEKESA_CALL}The two countries have long enjoyed friendship and trust and supported "
        "each other in hard times.\n\nThe two sides, after in-depth talks, agreed to open a "
        "trade office. The two sides also fully agreed to meet again.",
        [
            ("Wang Yi", "named_subject"),
            ("Wang Yi", "continuation"),
            ("joint", "joint_subject"),
            ("joint", "joint_subject"),
        ],
        [],
        id="the-two-countries-as-a-topic-continues-the-speaker",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister "
        "Amina Wekesa. Wang Yi put forward three points:\n\n"
        "• First, the two sides should deepen trade.\n"
        "• Second, the two sides should expand people-to-people exchanges.",
        [("Wang Yi", "named_subject"), ("Wang Yi", "continuation"), ("Wang Yi", "continuation")],
        [],
        id="summary-bullets",
    ),
    pytest.param(
        "On 8 June 2022, Chinese Foreign Minister Wang Yi had a phone call with Ghanaian Foreign "
        "Minister Kofi Mensah-Boateng. The minister welcomed the decision. Mensah-Boateng said "
        "Ghana values the partnership.",
        [(None, "described_subject"), ("Kofi Mensah-Boateng", "named_subject")],
        ["position.speaker-unresolved"],
        id="undecidable-speaker-kept-unattributed",
    ),
    pytest.param(
        "Deputy Prime Minister and Minister of Foreign Affairs Halima Juma met today in Nairobi "
        "with Acting Prime Minister Peter Okoth. Okoth welcomed the visit. The Deputy Prime "
        "Minister stressed the need for a ceasefire.",
        [("Peter Okoth", "named_subject"), ("Halima Juma", "described_subject")],
        [],
        id="the-deputy-not-the-acting-prime-minister",
    ),
    pytest.param(
        "On 8 June 2022, Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister "
        "Amina Wekesa. Wekesa said Kenya values the partnership. The Foreign Minister, for his "
        "part, said China is ready to deepen trade.",
        [("Amina Wekesa", "named_subject"), ("Wang Yi", "described_subject")],
        [],
        id="for-his-part-passes-the-turn",
    ),
    pytest.param(
        f"{WEKESA_CALL}It was agreed to hold the next round of consultations in Nairobi. "
        "During the call, consensus was reached on a new trade office.",
        [("Wang Yi", "named_subject"), ("joint", "joint_subject"), ("joint", "joint_subject")],
        [],
        id="it-was-agreed-is-joint",
    ),
    pytest.param(
        "Kenyan Secretary of State for Foreign Affairs Amina Wekesa on Monday telephoned "
        "Ugandan Foreign Minister Joseph Okello and thanked him for Uganda's support. Okello said "
        "Uganda values the ties.",
        [("Amina Wekesa", "named_subject"), ("Joseph Okello", "named_subject")],
        [],
        id="the-of-of-a-title-is-no-object",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa's spokesperson, Mary Achieng, posted that the two sides discussed "
        "trade and the new railway.",
        [("Wang Yi", "named_subject"), ("joint", "agenda")],
        [],
        id="a-possessive-name-is-no-subject",
    ),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa met a Ugandan delegation led by Foreign Minister "
        "Joseph Okello in Nairobi on Monday. Wekesa raised the closure of the border. The "
        "delegation said Uganda would reopen it next month.",
        [("Amina Wekesa", "named_subject"), ("Joseph Okello", "described_subject")],
        [],
        id="the-delegation-is-its-leader",
    ),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa met a Ugandan rebel delegation led by the "
        "group's spokesman Joseph Okello in Nairobi on Monday. Wekesa raised the closure of the "
        "border. Okello said the group would reopen it next month.",
        [("Amina Wekesa", "named_subject"), ("Joseph Okello", "named_subject")],
        [],
        id="a-spokesman-who-leads-the-delegation-is-a-party",
    ),
    pytest.param(
        "Kenyan Foreign Minister Amina Wekesa met Joseph Okello, the Taliban spokesman who "
        "headed the delegation, in Nairobi on Monday. Wekesa raised the closure of girls' "
        "schools. Okello said the Taliban would reopen them next month.",
        [("Amina Wekesa", "named_subject"), ("Joseph Okello", "named_subject")],
        [],
        id="a-spokesman-who-headed-the-delegation-is-a-party",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wang added that China supports the railway. She stressed that Kenya "
        "wants balanced trade.",
        [
            ("Wang Yi", "named_subject"),
            ("Wang Yi", "named_subject"),
            ("Amina Wekesa", "pronoun_subject"),
        ],
        [],
        id="she-is-not-wang-yi-whom-he-refers-to",
    ),
    pytest.param(
        f"{WEKESA_CALL}Wekesa undertook to reopen the border crossing. The two foreign ministers "
        "committed to meeting again in Nairobi. Wang feared that the drought would worsen.",
        [
            ("Wang Yi", "named_subject"),
            ("Amina Wekesa", "named_subject"),
            ("joint", "joint_subject"),
            ("Wang Yi", "named_subject"),
        ],
        [],
        id="verbs-of-commitment-and-concern",
    ),
]


@pytest.mark.parametrize(("text", "expected", "diagnostics"), SPEAKERS)
def test_speakers(
    text: str, expected: list[tuple[str | None, str]], diagnostics: list[str]
) -> None:
    """Each position goes to its speaker, or is joint; an undecidable one is kept, unattributed."""
    readout = parse(text)
    assert (expected, diagnostics) == (
        speakers(readout),
        [code for code in codes(readout) if code.startswith("position.")],
    )


STATE_DEPARTMENT = """\
Secretary Blinken's Call with Kenyan Foreign Minister Wekesa

Office of the Spokesperson
{date}

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke today with Kenyan Foreign Minister Amina Wekesa. \
The Secretary commended Kenya's leadership on regional security.
"""

RUSSIAN_MINISTRY = """\
Foreign Minister Sergey Lavrov's telephone conversation with Foreign Minister of Kenya Amina \
Wekesa

{date}

On June 8, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of \
the Republic of Kenya Amina Wekesa at the initiative of the Kenyan side.

The ministers discussed preparations for the Russia-Africa summit.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            STATE_DEPARTMENT.format(date="June 8, 2022"),
            (
                OutletFormat.OFFICIAL,
                dt.date(2022, 6, 8),
                ["date.relative-resolved"],
            ),
            id="state-department-today",
        ),
        pytest.param(
            STATE_DEPARTMENT.format(date="READOUT\n\nJUNE 9, 2022"),
            (
                OutletFormat.OFFICIAL,
                dt.date(2022, 6, 9),
                ["date.relative-resolved"],
            ),
            id="state-department-capitals",
        ),
        pytest.param(
            STATE_DEPARTMENT.format(date="JUNE 9, 2022 • READOUTS AND STATEMENTS"),
            (
                OutletFormat.OFFICIAL,
                dt.date(2022, 6, 9),
                ["date.relative-resolved"],
            ),
            id="date-line-with-its-section",
        ),
        pytest.param(
            RUSSIAN_MINISTRY.format(date="8 June 2022"),
            (OutletFormat.OFFICIAL, dt.date(2022, 6, 8), ["date.year-inferred"]),
            id="russian-ministry",
        ),
    ],
)
def test_official_pages_of_other_governments(
    text: str, expected: tuple[OutletFormat, dt.date, list[str]]
) -> None:
    """Other governments' pages are official, and their date line dates 'today' or the year."""
    readout = afdiplo.parse(text, strict=False)
    assert expected == (readout.format, readout.calls[0].date, codes(readout))


DATES = [
    pytest.param(
        "On the 7th of June 2022, Kenyan Foreign Minister Amina Wekesa met Ugandan Foreign "
        "Minister Joseph Okello. Okello said Uganda values the ties.",
        PUBLISHED,
        [dt.date(2022, 6, 7)],
        [],
        id="the-7th-of-june",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held phone talks with Kenyan Foreign Minister Amina "
        "Wekesa, the ministry said Wednesday. Wang said China values Kenya.",
        PUBLISHED,
        [dt.date(2022, 6, 8)],
        ["date.weekday-resolved"],
        id="said-wednesday",
    ),
    pytest.param(
        "Washington/Beijing [US/China], August 30 (ANI): US Secretary of State Antony Blinken "
        "held a phone call with Chinese Foreign Minister Wang Yi. Wang said China opposes "
        "sanctions.",
        dt.date(2022, 8, 31),
        [dt.date(2022, 8, 30)],
        ["date.dateline", "date.year-inferred"],
        id="ani-dateline",
    ),
    pytest.param(
        "New Delhi, Jun 8 (PTI) External Affairs Minister S Jaishankar held talks with Kenyan "
        "Foreign Minister Amina Wekesa. Wekesa said Kenya values India.",
        dt.date(2022, 6, 9),
        [dt.date(2022, 6, 8)],
        ["date.dateline", "date.year-inferred"],
        id="pti-dateline-with-no-dash",
    ),
    pytest.param(
        "Washington/Beijing [US/China], August 30 (ANI): US Secretary of State Antony Blinken "
        "held a phone call with Chinese Foreign Minister Wang Yi on Sunday. Wang said China "
        "opposes sanctions.",
        dt.date(2022, 8, 30),
        [dt.date(2022, 8, 28)],
        ["date.weekday-resolved"],
        id="ani-dateline-and-a-weekday",
    ),
    pytest.param(
        "BEIJING, Aug 19 (Reuters) - Chinese Foreign Minister Wang Yi held phone talks with "
        "Kenyan Foreign Minister Amina Wekesa on Wednesday. Wang said China values Kenya.",
        dt.date(2022, 8, 19),
        [dt.date(2022, 8, 17)],
        ["date.weekday-resolved"],
        id="reuters-dateline-and-a-weekday",
    ),
    pytest.param(
        "ISLAMABAD: Foreign Minister Bilawal Bhutto Zardari held a telephone conversation with "
        "Kenyan Foreign Minister Amina Wekesa on Tuesday. Bilawal said Pakistan values Kenya.",
        PUBLISHED,
        [dt.date(2022, 6, 7)],
        ["date.weekday-resolved"],
        id="place-only-dateline",
    ),
    pytest.param(
        "ISLAMABAD: Foreign Minister Bilawal Bhutto Zardari held a telephone conversation with "
        "Kenyan Foreign Minister Amina Wekesa on Tuesday. Bilawal said Pakistan values Kenya.",
        None,
        [None],
        ["date.weekday-unresolved"],
        id="weekday-without-publication",
    ),
    pytest.param(
        "Wang Yi holds talks with Kenyan FM\n2022-06-09 18:30:12\n\nChinese Foreign Minister "
        "Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa on Tuesday. Wang said "
        "China values Kenya.",
        None,
        [dt.date(2022, 6, 7)],
        ["date.weekday-resolved"],
        id="timestamp-line",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa "
        "yesterday. Wang said China values Kenya.",
        PUBLISHED,
        [dt.date(2022, 6, 9)],
        ["date.relative-resolved"],
        id="yesterday",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa "
        "yesterday. Wang said China values Kenya.",
        None,
        [None],
        ["date.relative-unresolved"],
        id="yesterday-without-publication",
    ),
    pytest.param(
        "Islamabad, June 9, 2022, APP -- Foreign Minister Bilawal Bhutto Zardari received a "
        "phone call yesterday from Kenyan Foreign Minister Amina Wekesa. Wekesa said Kenya "
        "values Pakistan.",
        None,
        [dt.date(2022, 6, 8)],
        ["date.relative-resolved"],
        id="yesterday-by-the-datelines-day",
    ),
    pytest.param(
        "NAIROBI, June 9 (Reuters) - Kenyan Foreign Minister Amina Wekesa received a phone "
        "call today from Chinese Foreign Minister Wang Yi. Wang said China values Kenya.",
        None,
        [None],
        ["date.relative-unresolved"],
        id="today-by-a-dateline-with-no-year",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa "
        "this morning. Wang said China values Kenya.",
        PUBLISHED,
        [dt.date(2022, 6, 10)],
        ["date.relative-resolved"],
        id="this-morning",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi spoke with Kenyan Foreign Minister Amina Wekesa late "
        "last night. Wang said China values Kenya.",
        PUBLISHED,
        [dt.date(2022, 6, 9)],
        ["call.medium-inferred", "date.relative-resolved"],  # "spoke with": a phone call
        id="last-night",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa "
        "the day before yesterday. Wang said China values Kenya.",
        PUBLISHED,
        [dt.date(2022, 6, 8)],
        ["date.relative-resolved"],
        id="the-day-before-yesterday",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa "
        "on Monday. Wekesa said Kenya values China. On Wednesday, Wang held talks with "
        f"{OKELLO}. Okello said Uganda values China.",
        PUBLISHED,
        [dt.date(2022, 6, 6), dt.date(2022, 6, 8)],
        ["date.weekday-resolved", "date.weekday-resolved"],
        id="each-engagement-its-own-weekday",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa "
        "on 6 June. Wekesa said Kenya values China. On 8 June, Wang held talks with "
        f"{OKELLO}. Okello said Uganda values China.",
        None,
        [None, None],
        ["date.year-unknown", "date.year-unknown"],
        id="days-without-a-year",
    ),
    pytest.param(
        "Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa in Beijing on Wednesday. "
        f"Wekesa said Kenya values the partnership. Wang also held talks separately with {OKELLO}"
        ". Okello said Uganda supports the forum.",
        PUBLISHED,
        [dt.date(2022, 6, 8), dt.date(2022, 6, 8)],
        ["date.weekday-resolved", "date.same-as-before"],
        id="separately-same-as-before",
    ),
    pytest.param(
        "Kenya and China discuss trade\n\n| @nairobidesk | Jun 9, 2022, at 10:15 am\n\n"
        "Nairobi: Kenyan Foreign Minister Amina Wekesa on Wednesday held talks with Chinese "
        "Foreign Minister Wang Yi. Wekesa said Kenya values the partnership.",
        None,
        [dt.date(2022, 6, 8)],
        ["date.weekday-resolved"],
        id="timestamp-after-a-handle-between-bars",
    ),
    pytest.param(
        "Foreign Minister Wang Yi met Kenyan Foreign Minister Amina Wekesa in Nairobi ahead of "
        "the regional trade forum, scheduled for Thursday. Wekesa said Kenya values the forum.",
        PUBLISHED,
        [None],
        ["date.not-found"],
        id="a-day-an-event-is-scheduled-for-is-no-call-day",
    ),
]


@pytest.mark.parametrize(("text", "published", "dates", "diagnostics"), DATES)
def test_dates(
    text: str, published: dt.date | None, dates: list[dt.date | None], diagnostics: list[str]
) -> None:
    """Each call is dated on its own; what the text leaves open comes from published, said so."""
    readout = parse(text, published)
    assert (dates, diagnostics) == ([call.date for call in readout.calls], codes(readout))


OKELLO_CALLED_JUMA = (
    "Pakistani Foreign Minister Halima Juma received a telephone call from Ugandan Foreign "
    "Minister Joseph Okello.\n\nOkello said Uganda values the ties with Pakistan.\n"
)


def test_a_government_page_naming_no_day_is_dated_by_its_date_line() -> None:
    """A ministry's readout with no date phrase: the day of its date line, said so."""
    text = (
        "Press Release\n\nForeign Minister receives call from Ugandan counterpart\n\n"
        f"Islamabad, 9 June 2022\n\n{OKELLO_CALLED_JUMA}"
    )
    readout = parse(text, published=None)
    call = readout.calls[0]
    assert (readout.format, call.date) == (OutletFormat.OFFICIAL, dt.date(2022, 6, 9))
    assert call.date_span is not None
    assert text[call.date_span.start : call.date_span.end] == "9 June 2022"
    assert codes(readout) == ["date.publication-day"]


def test_a_news_report_naming_no_day_is_not_dated_by_its_publication() -> None:
    """A report may come a day or more after the call: no date, and the reason."""
    readout = parse(f"ISLAMABAD: {OKELLO_CALLED_JUMA}", published=dt.date(2022, 6, 9))
    assert (readout.format, readout.calls[0].date) == (OutletFormat.NEWS, None)
    assert codes(readout) == ["date.not-found"]


def test_a_roundup_of_several_weekdays_takes_no_dateline_day() -> None:
    """A dateline dates none of a week's calls on different weekdays: it is one day at most."""
    readout = parse(
        "NAIROBI, June 9 (Reuters) - East Africa's diplomats were busy this week.\n\n"
        "On Monday, Kenyan Foreign Minister Amina Wekesa met Ugandan Foreign Minister Joseph "
        "Okello. Okello said Uganda values the ties.\n\nOn Tuesday, Tanzanian Foreign Minister "
        "Rehema Mrisho met Rwandan Foreign Minister Jean Habimana. Habimana said Rwanda backs "
        "the plan.",
        published=None,
    )
    assert [(c.date, c.partial_date.day, c.partial_date.weekday) for c in readout.calls] == [
        (None, None, 0),
        (None, None, 1),
    ]
    assert "date.dateline" not in codes(readout)


def test_last_month_by_the_datelines_month_and_no_medium_from_another_call() -> None:
    """
    A report with a dateline but no year ("NAIROBI, Aug 19 (Reuters)") places "last month" in
    July, year unknown; and the medium of a sentence about another call ("In the call with
    Wekesa, ...") is not the medium of the meeting before it.
    """
    readout = parse(
        "NAIROBI, Aug 19 (Reuters) - Chinese Foreign Minister Wang Yi said on Thursday in a "
        "phone call with Kenyan Foreign Minister Amina Wekesa that trade must grow. Wekesa said "
        f"Kenya agrees.\n\nWang last month hosted {OKELLO} in Tianjin, where Okello said Uganda "
        "supports the forum. In the call with Wekesa, Wang also said China values Kenya.",
        published=None,
    )
    assert [
        ([p.name for p in call.participants], call.medium.value, call.partial_date.month)
        for call in readout.calls
        if call.partial_date is not None
    ] == [
        # "on Thursday", which no publication date places: the dateline's day.
        (["Wang Yi", "Amina Wekesa"], "phone", 8),
        (["Wang Yi", "Joseph Okello"], "meeting", 7),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "High Representative/Vice-President",
        "HR/VP",
        "High Representative of the Union for Foreign Affairs and Security Policy/Vice-President",
    ],
)
def test_two_offices_joined_by_a_slash(title: str) -> None:
    """ "High Representative/Vice-President X": one title of two offices, and its holder speaks."""
    readout = parse(
        f"Brussels, 14/03/2024\n\n{title} Lena Varga held a phone call today with Kenyan Foreign "
        "Minister Amina Wekesa.\n\nThe High Representative welcomed Kenya's mediation.\n",
        published=None,
    )
    assert [(p.name, p.country, p.title) for p in readout.calls[0].participants] == [
        ("Lena Varga", "European Union", title),
        ("Amina Wekesa", "Kenya", "Kenyan Foreign Minister"),
    ]
    assert [speaker for speaker, _ in speakers(readout)] == ["Lena Varga"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "On 8 June 2022, Kenyan Foreign Minister Amina Wekesa met Foreign Minister Shah "
            "Mahmood Quereshi. Quereshi said Pakistan values the partnership.",
            "Shah Mahmood Qureshi",
            id="same-given-names",
        ),
        pytest.param(
            "On 8 June 2022, Kenyan Foreign Minister Amina Wekesa met General Tariq Mehmood. "
            "Mehmood said Pakistan values the partnership.",
            "Tariq Mehmood",
            id="other-given-name",
        ),
    ],
)
def test_near_spellings_of_a_surname_keep_to_the_given_names(text: str, name: str) -> None:
    """A surname a letter from a known one is that person only if a given name agrees."""
    readout = parse(text)
    assert [p.name for p in readout.calls[0].participants] == ["Amina Wekesa", name]


def test_a_title_word_is_no_part_of_a_spelling() -> None:
    """ "FM Qureshi" is Qureshi under his title: the title stays out of his spellings."""
    readout = parse(
        "On 8 June 2022, Kenyan Foreign Minister Amina Wekesa had a phone call with Pakistani "
        "Foreign Minister Shah Mahmood Qureshi. FM Qureshi said Pakistan values the partnership."
    )
    qureshi = readout.calls[0].participants[1]
    assert (qureshi.name, [a for a in qureshi.aliases if a.startswith("FM")]) == (
        "Shah Mahmood Qureshi",
        [],
    )


@pytest.mark.parametrize(
    ("meeting", "visitor"),
    [
        pytest.param("{coas} received {wekesa} at GHQ.", "Amina Wekesa", id="received"),
        pytest.param("{wekesa} called on {coas} at GHQ.", "Amina Wekesa", id="called-on"),
        pytest.param("{wekesa} met visiting {coas}.", "Tariq Mehmood", id="met-visiting"),
    ],
)
def test_the_visiting_dignitary_is_who_visits(meeting: str, visitor: str) -> None:
    """ "The visiting dignitary", "the guest": the one the meeting's sentence says visits."""
    sentence = meeting.format(
        wekesa="Kenyan Foreign Minister Amina Wekesa", coas="Army Chief General Tariq Mehmood"
    )
    readout = parse(
        f"RAWALPINDI, June 8: {sentence} The Army Chief said Pakistan values its ties with "
        "Kenya. The visiting dignitary appreciated Pakistan's efforts. The guest also thanked "
        "the hosts."
    )
    assert [speaker for speaker, _ in speakers(readout)] == ["Tariq Mehmood", visitor, visitor]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "On 8 June 2022, Kenyan Foreign Minister Amina Wekesa met with Pakistani Ambassador "
            "Saif ul Rehman in Nairobi. Rehman said Pakistan values the partnership.",
            ["Amina Wekesa", "Saif ul Rehman"],
            id="spaced-particle",
        ),
        pytest.param(
            "On 8 June 2022, Kenyan Foreign Minister Amina Wekesa met with Qatar's Special Envoy "
            "Khalid al-Mansouri in Nairobi. Al-Mansouri said Qatar supports the talks.",
            ["Amina Wekesa", "Khalid al-Mansouri"],
            id="joined-particle",
        ),
    ],
)
def test_names_with_particles(text: str, people: list[str]) -> None:
    """A lowercase particle inside a name ("ul", "al-") keeps the name whole."""
    assert [p.name for p in parse(text).calls[0].participants] == people


def test_a_name_of_several_forefathers_is_one_person_with_its_title() -> None:
    """
    "X bin Y bin Z Al W": a name of four words and three particles is no run too long.

    Its title after it is its own, and the same person written with fewer forefathers is
    the same participant.
    """
    readout = parse(
        "Doha, 8 June 2022 -- Sheikh Khalid bin Hamad bin Nasser Al Marri, Minister of State "
        "for Foreign Affairs of Qatar, met Kenyan Foreign Minister Amina Wekesa. Sheikh Khalid "
        "bin Hamad Al Marri said Qatar supports the talks."
    )
    (call,) = readout.calls
    first = call.participants[0]
    assert first.name == "Khalid bin Hamad bin Nasser Al Marri"
    assert first.title == "Minister of State for Foreign Affairs of Qatar"
    assert first.country == "Qatar"
    assert [p.name for p in call.participants][1:] == ["Amina Wekesa"]


@pytest.mark.parametrize(
    "written",
    [
        # The known spelling with a forefather more, then its title after it.
        "His Royal Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs,",
        "Prince Faisal bin Farhan bin Abdullah Al Saud, Minister of Foreign Affairs,",
    ],
)
def test_a_known_name_written_with_more_forefathers(written: str) -> None:
    """The known person, with the title written after the longer form of their name."""
    readout = parse(f"{written} received a phone call from Kenyan Foreign Minister Amina Wekesa.")
    first = readout.calls[0].participants[0]
    assert first.name == "Faisal bin Farhan Al Saud"
    assert first.title == "Minister of Foreign Affairs"


@pytest.mark.parametrize("line", ["The Express Tribune", "Express Tribune", "DAWN", "Dawn.com"])
def test_an_outlet_line_names_the_outlet(line: str) -> None:
    """A line that is only a news outlet's name or alias (``outlets.tsv``) is the outlet."""
    readout = parse(
        f"Pakistan, Kenya discuss trade\n\n{line}\n\nISLAMABAD: Pakistani Foreign Minister Ishaq "
        "Dar had a phone call with Kenyan Foreign Minister Amina Wekesa on Wednesday. Dar said "
        "Pakistan values Kenya."
    )
    expected = {"DAWN": "Dawn"}.get(line, line)  # as the table spells it
    assert (readout.outlet, readout.title) == (expected, "Pakistan, Kenya discuss trade")


@pytest.mark.parametrize("label", ["From:", "Issued by:", "Source :"])
def test_a_publisher_after_its_label(label: str) -> None:
    """ "From: Ministry of Foreign Affairs of Kenya" (GOV.UK's layout): the publisher line."""
    readout = parse(
        "Foreign Minister meets Ugandan counterpart\n\n"
        f"{label} Ministry of Foreign Affairs of the Republic of Kenya\n"
        "Published 8 June 2022\n\nForeign Minister Amina Wekesa met Ugandan Foreign Minister "
        "Joseph Okello in Nairobi today. Okello said Uganda values the ties.\n",
        published=None,
    )
    assert (readout.format, readout.outlet, readout.calls[0].date) == (
        OutletFormat.OFFICIAL,
        "Ministry of Foreign Affairs of the Republic of Kenya",
        dt.date(2022, 6, 8),
    )


@pytest.mark.parametrize(
    "publisher",
    [
        "Ministry of Foreign Affairs - State of Kenya",  # a dash before the state's name
        "Republic of Kenya Ministry of Foreign Affairs",  # the state's name first
        "Ministry of Foreign Affairs of the Republic of Kenya",
    ],
)
def test_a_publisher_line_of_a_ministry_makes_an_official_page(publisher: str) -> None:
    """A ministry's name as a line of its own, however the state is named, is the publisher."""
    readout = afdiplo.parse(
        f"{publisher}\n\nNews\n\nNairobi, March 14, 2024\n\nForeign Minister receives phone call "
        "from Ugandan Foreign Minister\n\nForeign Minister Amina Wekesa received a phone call "
        "today from Ugandan Foreign Minister Joseph Okello. The Foreign Minister welcomed the "
        "reopening of the border.\n",
        strict=False,
    )
    assert (readout.format, readout.outlet, readout.title, readout.calls[0].date) == (
        OutletFormat.OFFICIAL,
        publisher,
        "Foreign Minister receives phone call from Ugandan Foreign Minister",
        dt.date(2024, 3, 14),
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Kenyan side is willing to deepen cooperation with China.", "Amina Wekesa"),
        ("Kenya stands ready to deepen cooperation with China.", "Amina Wekesa"),
        ("The Kenyan side will send a trade delegation to Beijing.", "Amina Wekesa"),
        ("China is willing to deepen cooperation with Kenya.", "Wang Yi"),
        ("Kenya is willing to deepen cooperation with China, she said.", "Amina Wekesa"),
        ("China is willing to deepen cooperation with Kenya, he said.", "Wang Yi"),
    ],
)
def test_what_a_side_will_do_is_said_by_that_side(sentence: str, speaker: str) -> None:
    """ "The Kenyan side is willing to ..." after Wang's words is Kenya's, not Wang's going on."""
    readout = parse(f"{WEKESA_CALL}{sentence}")
    assert [name for name, _ in speakers(readout)] == ["Wang Yi", speaker]


def test_a_capital_for_its_government_before_a_name_or_title() -> None:
    """ "Moscow's Sergei Lavrov", "Kampala's envoy X": the capital stands for its government."""
    readout = parse(
        "Beijing's top diplomat Wang Yi held talks with Moscow's Sergei Lavrov on Tuesday, and "
        "later met Kampala's envoy Joseph Okello. Lavrov said Russia values the ties."
    )
    assert [(p.name, p.country) for c in readout.calls for p in c.participants][:2] == [
        ("Wang Yi", "China"),
        ("Sergey Lavrov", "Russia"),
    ]
    okello = (
        parse(
            "Kenyan Foreign Minister Amina Wekesa met Kampala's envoy Joseph Okello on Tuesday. "
            "Okello said Uganda values the ties."
        )
        .calls[0]
        .participants[1]
    )
    assert (okello.name, okello.country, okello.title) == (
        "Joseph Okello",
        "Uganda",
        "Kampala's envoy",
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Kenya's foreign minister met her Ugandan counterpart in Nairobi on Wednesday",
        "The Kenyan foreign minister met the Ugandan foreign minister in Nairobi on Wednesday",
        "Kenya's top diplomat held talks with Uganda's foreign minister on Wednesday",
        # The government's or administration's title: a country's side owns it.
        "The Kenyan government's top diplomat met Uganda's foreign minister on Wednesday",
        "Kenya's foreign minister met the Ugandan administration's envoy on Wednesday",
    ],
)
def test_a_lead_that_describes_both_sides_before_their_names(lead: str) -> None:
    """A wire's lead describes both sides; the names come after: one call with the two."""
    readout = parse(
        f"NAIROBI, June 8 (Reuters) - {lead}, a Kenyan official said.\n\n"
        "Kenyan Foreign Minister Amina Wekesa told Ugandan Foreign Minister Joseph Okello that "
        "the border crossing at Busia must reopen, the official said.\n\n"
        "Okello said Uganda would study the request."
    )
    assert [(c.rule, [p.name for p in c.participants]) for c in readout.calls] == [
        ("described_pair", ["Amina Wekesa", "Joseph Okello"])
    ]
    assert readout.calls[0].date == dt.date(2022, 6, 8)
    assert [name for name, _ in speakers(readout)] == ["Amina Wekesa", "Joseph Okello"]


@pytest.mark.parametrize(
    "lead",
    [
        # One description only, or two of one person: no pair to meet.
        "Kenya's foreign minister met traders in Nairobi on Wednesday",
        "Kenya's foreign minister met the Kenyan foreign minister's aides on Wednesday",
    ],
)
def test_no_described_pair_without_two_sides(lead: str) -> None:
    readout = parse(
        f"NAIROBI, June 8 (Reuters) - {lead}.\n\n"
        "Kenyan Foreign Minister Amina Wekesa said the border crossing at Busia must reopen."
    )
    assert [c.rule for c in readout.calls] == []


@pytest.mark.parametrize(
    "style",
    ["HE", "H.E.", "His Excellency", "His Excellency Sheikh"],
)
def test_a_form_of_address_before_a_name_and_alone_later(style: str) -> None:
    """ "Minister HE Sheikh X", "His Excellency X": no part of the title; "His Excellency" is X."""
    readout = parse(
        "Doha, June 8 (QNA) - Minister of State for Foreign Affairs "
        f"{style} Khalid bin Saad Al-Kuwari met with Ugandan Foreign Minister Joseph Okello "
        "in Doha today.\n\n"
        "His Excellency stressed the importance of the ceasefire talks.\n\n"
        "Okello thanked Qatar for its mediation."
    )
    first = readout.calls[0].participants[0]
    assert (first.name, first.title) == (
        "Khalid bin Saad Al-Kuwari",
        "Minister of State for Foreign Affairs",
    )
    assert speakers(readout) == [
        ("Khalid bin Saad Al-Kuwari", "described_subject"),
        ("Joseph Okello", "named_subject"),
    ]


def test_his_excellency_is_who_was_so_named_not_the_other_side() -> None:
    readout = parse(
        "Foreign Minister Amina Wekesa met His Excellency Joseph Okello, Uganda's foreign "
        "minister, in Nairobi on Wednesday. Wekesa said Kenya wants the border open. "
        "His Excellency assured her that Uganda would study the request."
    )
    assert [name for name, _ in speakers(readout)] == ["Amina Wekesa", "Joseph Okello"]


@pytest.mark.parametrize(
    "place",
    [
        "Hamid Karzai International Airport",
        "the Hamid Karzai University",
        "Hamid Karzai Memorial Hospital",
    ],
)
def test_a_place_named_for_someone_is_no_mention_of_them(place: str) -> None:
    """A known person's name that opens a place's is no mention of them, nor a participant."""
    readout = parse(
        "Foreign Minister Joseph Okello met Kenyan Foreign Minister Daniel Kiprono on "
        f"Wednesday, where they discussed flights to {place}. "
        "Kiprono said Kenya wants more flights."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Joseph Okello", "Daniel Kiprono"]
    ]


def test_page_metadata_labels_of_a_government_page_are_no_words() -> None:
    """GOV.UK's "From:" and "Part of" lines stand between the lede and the body."""
    readout = parse(
        "Foreign Secretary's call with the Ugandan Foreign Minister\n\n"
        "Foreign Secretary Jane Harlow spoke to Ugandan Foreign Minister Joseph Okello today "
        "about the ceasefire.\n\n"
        "From:\nForeign, Commonwealth & Development Office\nPublished\n8 June 2022\n\n"
        "The Foreign Secretary welcomed the ceasefire. Okello said Uganda would keep talking."
    )
    assert [p.text for p in readout.calls[0].positions][1:] == [
        "The Foreign Secretary welcomed the ceasefire.",
        "Okello said Uganda would keep talking.",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        (
            "The foreign ministers of Kenya, Uganda and Tanzania held their first trilateral "
            "dialogue via video link on Wednesday"
        ),
        "The Kenyan, Ugandan and Tanzanian foreign ministers met in Arusha on Wednesday",
    ],
)
def test_a_plural_title_over_the_sides_countries_is_one_call_with_each(lead: str) -> None:
    """ "The foreign ministers of A, B and C held talks": each country's minister named later."""
    readout = parse(
        f"ARUSHA, June 8 (Reuters) - {lead}.\n\n"
        "Kenyan Foreign Minister Amina Wekesa said the three countries should open their "
        "borders. Ugandan Foreign Minister Joseph Okello said Uganda supports a customs union. "
        "Tanzanian Foreign Minister Neema Mrisho said Tanzania wants a common railway."
    )
    assert [(c.rule, [p.name for p in c.participants]) for c in readout.calls] == [
        ("described_group", ["Amina Wekesa", "Joseph Okello", "Neema Mrisho"])
    ]
    assert [name for name, _ in speakers(readout)] == [
        "Amina Wekesa",
        "Joseph Okello",
        "Neema Mrisho",
    ]


def test_a_plural_title_needs_one_person_of_each_country() -> None:
    """Two Kenyans named with no minister among them: no way to tell who met, so no call."""
    readout = parse(
        "ARUSHA, June 8 (Reuters) - The ministers of Kenya and Uganda met in Arusha on "
        "Wednesday.\n\nKenyan President Daniel Kiprono said Kenya wants open borders, and "
        "Kenyan trader Amos Kiplagat said trade is falling."
    )
    assert readout.calls == ()


def test_a_numbered_press_release_line_is_no_title() -> None:
    """ "Press Release No. 412/2021" above the title is a label, whole: the title comes after."""
    readout = parse(
        "Press Release No. 412/2021\n\n"
        "Foreign Minister receives telephone call from the Ugandan Foreign Minister\n\n"
        "Nairobi, 8 June 2022\n\n"
        "Foreign Minister Amina Wekesa received a telephone call today from Ugandan Foreign "
        "Minister Joseph Okello. Okello said Uganda values the partnership."
    )
    assert readout.format is OutletFormat.OFFICIAL
    assert readout.title == (
        "Foreign Minister receives telephone call from the Ugandan Foreign Minister"
    )


@pytest.mark.parametrize(
    "stamp", ["8 June 2022 - 18:40", "June 8, 2022 – 18:40", "8 June 2022, 18:40"]
)
def test_a_date_line_with_a_time_after_a_dash_dates_the_page(stamp: str) -> None:
    readout = parse(
        "Foreign Minister Amina Wekesa's meeting with Ugandan Foreign Minister Joseph Okello\n\n"
        "On June 8, Foreign Minister Amina Wekesa met with Ugandan Foreign Minister Joseph "
        "Okello. Okello said Uganda values the partnership.\n\n"
        f"{stamp}",
        published=None,
    )
    assert readout.published == dt.datetime(2022, 6, 8, 18, 40)
    assert readout.calls[0].date == dt.date(2022, 6, 8)


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("KAMPALA, June 8, QNA - ", "QNA"),
        ("KAMPALA, 8 June (Pajhwok): ", "Pajhwok"),
        ("KAMPALA, June 8. /TASS/. ", "TASS"),
    ],
)
def test_datelines_of_the_agencies(dateline: str, outlet: str) -> None:
    """An agency after the date, in brackets or between slashes; the date month or day first."""
    readout = parse(
        f"{dateline}Ugandan Foreign Minister Joseph Okello held talks with Kenyan Foreign "
        "Minister Amina Wekesa in Kampala, the ministry said. Wekesa said Kenya wants the border "
        "open.",
        published=None,
    )
    assert readout.outlet == outlet
    assert readout.calls[0].partial_date == afdiplo.PartialDate(month=6, day=8)
    assert readout.calls[0].positions[0].text.startswith("Wekesa said")


def test_an_agency_between_spaced_slashes_after_the_place() -> None:
    """ "Kampala / QNA / ...": the agency's dateline; its name opens no one's title."""
    readout = parse(
        "Kampala / QNA / Deputy Prime Minister and Foreign Minister Joseph Okello held talks "
        "with Kenyan Foreign Minister Amina Wekesa. Wekesa said Kenya wants the border open."
    )
    assert readout.outlet == "QNA"
    assert [p.title for p in readout.calls[0].participants] == [
        "Deputy Prime Minister and Foreign Minister",
        "Kenyan Foreign Minister",
    ]


def test_a_comma_and_a_country_after_the_place_is_no_agency() -> None:
    """ "Kampala, Uganda -": a dateline of the place and its country, no outlet, no title."""
    readout = parse(
        "Kampala, Uganda - Foreign Minister Joseph Okello held talks with Kenyan "
        "Foreign Minister Amina Wekesa. Wekesa said Kenya wants the border open."
    )
    assert readout.outlet is None
    assert readout.calls[0].participants[0].title == "Foreign Minister"


def test_a_weekday_no_publication_date_places_gives_way_to_the_dateline() -> None:
    """ "KAMPALA, June 8. /TASS/. ... said on Wednesday": the dateline's day, with its reason."""
    readout = parse(
        "KAMPALA, June 8. /TASS/. Ugandan Foreign Minister Joseph Okello held talks with Kenyan "
        "Foreign Minister Amina Wekesa, the ministry said on Wednesday. Wekesa said Kenya wants "
        "the border open.",
        published=None,
    )
    call = readout.calls[0]
    assert call.partial_date == afdiplo.PartialDate(month=6, day=8, weekday=2)
    note = next(d for d in readout.diagnostics if d.code == "date.dateline")
    assert "'on Wednesday', which no publication date places" in note.message


@pytest.mark.parametrize("bound", ["by June 5", "until 5 June", "before June 5"])
def test_a_day_that_bounds_something_else_does_not_date_the_call(bound: str) -> None:
    readout = parse(
        "KAMPALA, June 8, 2022 (Reuters) - Ugandan Foreign Minister Joseph Okello held talks with "
        "Kenyan Foreign Minister Amina Wekesa, the ministry said on Wednesday. Wekesa said "
        f"the rebels had taken the town {bound}."
    )
    assert readout.calls[0].date == dt.date(2022, 6, 8)


@pytest.mark.parametrize("rank", ["General", "Gen.", "Lieutenant General", "Admiral"])
def test_a_rank_before_a_name_is_meant_by_the_rank_alone(rank: str) -> None:
    """ "Gen. X" later "the general": the one so named, not the speaker before."""
    noun = "admiral" if rank == "Admiral" else "general"
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa spoke by phone on Wednesday with Uganda's army "
        f"chief, {rank} Moses Odongo. Wekesa thanked the {noun} for his help at the border. "
        f"The {noun} told the minister that Uganda would keep the crossing open."
    )
    assert speakers(readout) == [
        ("Amina Wekesa", "named_subject"),
        ("Moses Odongo", "described_subject"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan analysts said the United States should lift its sanctions.",
        "Ugandan experts believe Kenya must open its border.",
        "Ugandan traders hope the border will reopen soon.",
    ],
)
def test_a_demonym_before_a_noun_of_its_people_is_no_side(sentence: str) -> None:
    """ "Ugandan analysts said ..." after Okello's words is background, not Uganda resuming."""
    lead = BLINKEN_NEWS.replace("Indian External Affairs Minister Subrahmanyam Jaishankar", OKELLO)
    readout = parse(f"{lead}Okello said Uganda wants more trade.\n\n{sentence}")
    assert [p.text for p in readout.calls[0].positions] == ["Okello said Uganda wants more trade."]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Ugandan side is willing to open the border.", "Joseph Okello"),
        ("Ugandan authorities will open the border.", "Joseph Okello"),
    ],
)
def test_a_demonym_before_its_side_still_speaks(sentence: str, speaker: str) -> None:
    readout = parse(
        f"{WEKESA_CALL.replace('Kenyan Foreign Minister Amina Wekesa', OKELLO)}{sentence}"
    )
    assert [name for name, _ in speakers(readout)] == ["Wang Yi", speaker]


def test_summary_bullets_under_the_headline_are_statements() -> None:
    """ "Highlights:" and its bullets: each bullet is its speaker's statement, not a heading."""
    readout = parse(
        "Uganda, Kenya discuss border\n\n"
        "Highlights:\n"
        "• Wekesa calls for the border to reopen\n"
        "• Okello pledges a joint patrol\n\n"
        "NAIROBI, June 8 (Reuters) - Kenyan Foreign Minister Amina Wekesa held talks with "
        "Ugandan Foreign Minister Joseph Okello on Wednesday. Okello said Uganda wants trade."
    )
    assert speakers(readout) == [
        ("Amina Wekesa", "named_subject"),
        ("Joseph Okello", "named_subject"),
        ("Joseph Okello", "named_subject"),
    ]


def test_according_to_a_relay_then_a_named_subject_and_verb() -> None:
    """ "According to him [the spokesman], Okello urged ...": Okello's words."""
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister Joseph "
        "Okello on Wednesday. Wekesa said Kenya wants the border open.\n\n"
        "Foreign ministry spokesman Peter Njoroge said the two ministers discussed trade. "
        "According to him, Okello urged Kenya to cut its tariffs. According to him, Uganda will "
        "study the request."
    )
    assert [name for name, _ in speakers(readout)] == [
        "Amina Wekesa",
        "joint",
        "Joseph Okello",
        "Joseph Okello",
    ]


@pytest.mark.parametrize("verb", ["who said", "who also stressed", "who told him"])
def test_a_relative_clause_after_a_name_reports_that_persons_words(verb: str) -> None:
    """ "... held talks with X, who said ...": X's words, not the subject's before "with"."""
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa held talks on Wednesday with Ugandan Foreign "
        f"Minister Joseph Okello, {verb} that Uganda would open the border."
    )
    assert [name for name, _ in speakers(readout)] == ["Joseph Okello"]


def test_a_described_counterpart_named_later_is_the_other_side() -> None:
    """ "X held a call with the Ugandan foreign minister", then "Okello assured ...": both."""
    readout = parse(
        "NAIROBI, June 8 (Reuters) - Kenyan Foreign Minister Amina Wekesa held a phone "
        "conversation with the Ugandan foreign minister on Wednesday, her spokesman said.\n\n"
        "Wekesa urged Uganda to reopen the border. Ugandan Foreign Minister Joseph Okello "
        "assured her that the crossing would reopen soon."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Amina Wekesa", "Joseph Okello"]
    ]
    assert [name for name, _ in speakers(readout)] == ["Amina Wekesa", "Joseph Okello"]
    assert "call.one-participant" not in codes(readout)


def test_a_lede_above_the_date_line_is_the_same_page() -> None:
    """A leader's site: title, lede, date and time lines, body; who initiated, by side."""
    readout = parse(
        "Telephone conversation with President of Uganda Moses Kato\n\n"
        "Daniel Kiprono had a telephone conversation with President of the Republic of Uganda "
        "Moses Kato.\n\n"
        "June 8, 2022\n14:30\n\n"
        "The two leaders discussed the situation on the border. Daniel Kiprono reaffirmed "
        "Kenya's readiness to help. Moses Kato expressed gratitude for the support.\n\n"
        "The telephone conversation was initiated by the Ugandan side.",
        published=None,
    )
    assert readout.format is OutletFormat.OFFICIAL
    assert readout.published == dt.datetime(2022, 6, 8)
    assert len(readout.calls) == 1
    call = readout.calls[0]
    assert call.initiator is not None
    assert call.initiator.name == "Moses Kato"
    assert [name for name, _ in speakers(readout)] == ["joint", "Daniel Kiprono", "Moses Kato"]


@pytest.mark.parametrize("state", ["Republic of Uganda", "Islamic Emirate of Afghanistan"])
def test_a_states_name_under_the_publisher_line_is_the_publishers(state: str) -> None:
    readout = parse(
        f"Ministry of Foreign Affairs\n{state}\n\nPress Release\n\nKampala, 8 June 2022\n\n"
        "Foreign Minister Joseph Okello met with Kenyan Foreign Minister Amina Wekesa in Kampala "
        "today. Wekesa said Kenya wants the border open."
    )
    assert readout.format is OutletFormat.OFFICIAL
    assert readout.outlet == "Ministry of Foreign Affairs"
    assert readout.title is None


def test_a_releases_number_and_date_before_its_title() -> None:
    """ "No: 312, 8 June 2022, Press Release Regarding ...": an official page of that date."""
    readout = parse(
        "No: 312, 8 June 2022, Press Release Regarding the Visit of the Kenyan Foreign Minister\n\n"
        "Foreign Minister Joseph Okello received Kenyan Foreign Minister Amina Wekesa in Kampala "
        "on 8 June 2022. Wekesa said Kenya wants the border open.",
        published=None,
    )
    assert readout.format is OutletFormat.OFFICIAL
    assert readout.published == dt.datetime(2022, 6, 8)
    assert readout.title is not None
    assert readout.title.endswith("Regarding the Visit of the Kenyan Foreign Minister")


@pytest.mark.parametrize("relay", ["according to a Kenyan official", "said an official"])
def test_someone_unnamed_at_the_end_is_no_participant(relay: str) -> None:
    """ "..., according to a Kenyan official": a relay, not the Kenyan participant described."""
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister Joseph "
        "Okello on Wednesday. Okello said Uganda wants trade.\n\n"
        f"Kenya will send a trade delegation in July, {relay}."
    )
    positions = readout.calls[0].positions
    assert positions[-1].rule != "described_subject"
    assert positions[-1].speaker is not None
    assert positions[-1].speaker.name == "Amina Wekesa"  # the side the relayed words name


def test_two_engagements_in_one_sentence_each_with_its_own_day_and_medium() -> None:
    """ "X on Monday spoke by telephone with Y, and on Tuesday received Z": two calls."""
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa on Monday spoke by telephone with Ugandan Foreign "
        "Minister Joseph Okello, and on Wednesday received Tanzanian Foreign Minister Neema "
        "Mrisho in Nairobi.\n\n"
        "In the call with Okello, Wekesa said Kenya wants the border open. Okello agreed.\n\n"
        "During her meeting with Mrisho, the foreign minister urged Tanzania to cut its tariffs. "
        "Mrisho said Tanzania would study the request."
    )
    assert [([p.name for p in c.participants], c.date, c.medium.value) for c in readout.calls] == [
        (["Amina Wekesa", "Joseph Okello"], dt.date(2022, 6, 6), "phone"),
        (["Amina Wekesa", "Neema Mrisho"], dt.date(2022, 6, 8), "meeting"),
    ]
    second = [(p.speaker.name if p.speaker else None) for p in readout.calls[1].positions]
    assert second == ["Amina Wekesa", "Neema Mrisho"]


_OWN_PAGES = {
    "United Kingdom": "From: Prime Minister's Office, 10 Downing Street\nPublished {day}\n\n",
    "United Nations": "Office of the Spokesperson for the Secretary-General\n{day}\n\n",
    "United States": "Office of the Spokesperson\n{day}\n\n",
}


@pytest.mark.parametrize(
    ("country", "day", "body", "principal"),
    [
        (
            "United Kingdom",
            "6 October 2022",
            (
                "The Prime Minister spoke to Prime Minister Shehbaz Sharif of Pakistan today about "
                "the floods. The Prime Minister offered further British aid."
            ),
            "Liz Truss",
        ),
        (
            "United Nations",
            "30 August 2021",
            (
                "The Secretary-General spoke today with Foreign Minister Shah Mahmood Qureshi of "
                "Pakistan. The Secretary-General expressed his gratitude for Pakistan's support."
            ),
            "Antonio Guterres",
        ),
        (
            "United States",
            "12 March 2023",
            (
                "The Secretary spoke today with Pakistani Foreign Minister Bilawal Bhutto Zardari. "
                "The Secretary underscored the importance of an inclusive Afghan government."
            ),
            "Antony Blinken",
        ),
    ],
)
def test_a_page_naming_its_principal_by_office_alone(
    country: str, day: str, body: str, principal: str
) -> None:
    """ "The Prime Minister spoke to ..." on the UK's page: who held the office that day."""
    readout = parse(_OWN_PAGES[country].format(day=day) + body, published=None)
    assert readout.source_country == country
    (call,) = readout.calls
    assert call.participants[0].name == principal
    assert call.participants[0].country == country
    assert speakers(readout)[-1][0] == principal  # "The Prime Minister offered ..."
    assert "participant.office-holder" in codes(readout)


@pytest.mark.parametrize(
    "body",
    [
        # An office of two (a prime minister and a foreign secretary are both ministers).
        "The Minister spoke to Prime Minister Shehbaz Sharif of Pakistan today.",
        # Another country's office: no British official by that description.
        "The Pakistani Prime Minister spoke to Foreign Minister Hakan Fidan today.",
    ],
)
def test_no_principal_is_taken_where_the_office_does_not_decide(body: str) -> None:
    """Only one office of the page's own country, held by one person that day, is taken."""
    readout = parse(_OWN_PAGES["United Kingdom"].format(day="6 October 2022") + body, None)
    assert "participant.office-holder" not in codes(readout)
    assert all(p.country != "United Kingdom" for c in readout.calls for p in c.participants)


@pytest.mark.parametrize(
    ("country", "body", "official"),
    [
        (
            "United States",
            (
                "Deputy Secretary Martha Quill met today with Pakistani Foreign Secretary Sana "
                "Rehman. The Deputy Secretary underscored the value of the partnership."
            ),
            "Martha Quill",
        ),
        (
            "United Kingdom",
            (
                "Minister of State Colin Ashby spoke to Afghan Foreign Minister Amir Khan Muttaqi "
                "today. Ashby raised the ban on girls' secondary schooling."
            ),
            "Colin Ashby",
        ),
    ],
)
def test_a_page_s_own_official_named_by_office_is_of_the_page_s_country(
    country: str, body: str, official: str
) -> None:
    """A government names its own officials by office alone, and the others by country."""
    readout = parse(_OWN_PAGES[country].format(day="9 June 2022") + body, published=None)
    (call,) = readout.calls
    countries = {p.name: p.country for p in call.participants}
    assert countries[official] == country
    assert None not in countries.values()
    assert "participant.country-from-page" in codes(readout)


@pytest.mark.parametrize(
    "body",
    [
        # The page's side is named already: the unmarked other is not taken for its own.
        (
            "Secretary of State Antony Blinken met today with Deputy Minister Farid Osmani. "
            "Osmani thanked the United States for its aid."
        ),
        # Not an office alone: an organisation the data does not know.
        (
            "Deputy Secretary Martha Quill met today with Secretary-General Idris Farah of the "
            "Horn Peace Forum and Pakistani Foreign Secretary Sana Rehman."
        ),
    ],
)
def test_no_country_is_taken_from_the_page_where_the_office_does_not_decide(body: str) -> None:
    readout = parse(_OWN_PAGES["United States"].format(day="9 June 2022") + body, None)
    others = [
        p
        for c in readout.calls
        for p in c.participants
        if p.name in {"Farid Osmani", "Idris Farah"}
    ]
    assert others
    assert all(p.country is None for p in others)


@pytest.mark.parametrize("surname", ["Lu", "Ng", "Wu"])
def test_a_surname_of_two_letters_after_the_full_name_is_that_person(surname: str) -> None:
    readout = parse(
        f"Assistant Secretary of State Daniel {surname} met {OKELLO} in Kampala on Tuesday. "
        f"{surname} stressed the importance of a stable region. Okello said Uganda was ready "
        "to work with Washington."
    )
    assert speakers(readout) == [
        (f"Daniel {surname}", "named_subject"),
        ("Joseph Okello", "named_subject"),
    ]


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Assistant Secretary of State for African Affairs", "United States"),
        ("Deputy Secretary of State for Management and Resources", "United States"),
        ("Secretary of State for Foreign, Commonwealth and Development Affairs", None),
    ],
)
def test_a_secretary_of_state_for_a_bureau_is_american(title: str, country: str | None) -> None:
    readout = parse(
        f"{title} Daniel Hartley met {OKELLO} in Kampala on Tuesday. Hartley said the two "
        "countries would deepen their trade ties."
    )
    hartley = readout.calls[0].participants[0]
    assert (hartley.name, hartley.title, hartley.country) == ("Daniel Hartley", title, country)


@pytest.mark.parametrize(
    ("group", "country"),
    [
        ("a Tanzanian delegation headed by", "Tanzania"),
        ("a high-level Tanzanian team led by", "Tanzania"),
        ("a delegation of the Tanzanian government headed by", "Tanzania"),
        ("a delegation from Tanzania led by", "Tanzania"),
        ("a delegation led by", None),
    ],
)
def test_the_leader_of_a_delegation_is_a_participant_of_its_country(
    group: str, country: str | None
) -> None:
    readout = parse(
        f"{OKELLO} on Tuesday received {group} Halima Mwinyi in Kampala. Mwinyi thanked "
        "Uganda for its support."
    )
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants] == [
        ("Joseph Okello", "Uganda"),
        ("Halima Mwinyi", country),
    ]
    assert speakers(readout)[-1] == ("Halima Mwinyi", "named_subject")


KREMLIN_BODY = (
    "Telephone conversation with President of Kyrgyzstan Sadyr Japarov\n"
    "Vladimir Putin had a telephone conversation with President of Kyrgyzstan Sadyr "
    "Japarov.\n"
    "Sadyr Japarov thanked the Russian President for the humanitarian aid.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        f"The Kremlin, Moscow\n{KREMLIN_BODY}March 14, 2024, 17:05",
        f"President of Russia\nEvents\n{KREMLIN_BODY}March 14, 2024, 17:05",
    ],
    ids=["place-line", "site-header"],
)
def test_a_kremlin_page_is_an_official_page_dated_by_its_timestamp(page: str) -> None:
    readout = parse(page, published=None)
    assert readout.format is OutletFormat.OFFICIAL
    assert readout.title == "Telephone conversation with President of Kyrgyzstan Sadyr Japarov"
    (call,) = readout.calls
    assert call.date == dt.date(2024, 3, 14)
    assert speakers(readout) == [("Sadyr Japarov", "named_subject")]


@pytest.mark.parametrize(
    "plan",
    [
        "Wang is also expected to visit Nairobi next month.",
        "Wang is now widely expected to attend the summit.",
        "Wang was reportedly expected to raise the border dispute.",
    ],
)
def test_a_plan_with_an_adverb_before_expected_is_no_position(plan: str) -> None:
    readout = parse(f"{WEKESA_CALL}{plan} Wekesa said Kenya wanted more trade with China.")
    texts = [position.text for position in readout.calls[0].positions]
    assert texts == [
        "Wang said China values its partnership with Kenya.",
        "Wekesa said Kenya wanted more trade with China.",
    ]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (f"Foreign Minister Amina Wekesa met {OKELLO} in Kampala.", "Amina Wekesa"),
        (
            "Kenyan Foreign Minister Amina Wekesa met Foreign Minister Joseph Okello.",
            "Joseph Okello",
        ),
        (f"Kenyan Foreign Minister Amina Wekesa met {OKELLO} in Kampala.", None),
    ],
)
def test_an_office_alone_is_the_holder_whose_title_names_no_country(
    opening: str, speaker: str | None
) -> None:
    readout = parse(f"{opening} The Foreign Minister called for closer trade ties.")
    assert speakers(readout) == [(speaker, "described_subject")]


@pytest.mark.parametrize(
    ("description", "speaker"),
    [("The visiting minister", "Amina Wekesa"), ("The host", "Joseph Okello")],
)
def test_where_a_meeting_was_says_who_visits(description: str, speaker: str) -> None:
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa held talks with {OKELLO} in Kampala on "
        f"Tuesday. {description} expressed satisfaction with the progress of the talks."
    )
    assert speakers(readout) == [(speaker, "described_subject")]


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("last Friday", dt.date(2022, 6, 3)),  # PUBLISHED is a Friday: a week before
        ("on Friday", dt.date(2022, 6, 10)),
        ("last Tuesday", dt.date(2022, 6, 7)),
        ("two days ago", dt.date(2022, 6, 8)),
        ("4 days ago", dt.date(2022, 6, 6)),
    ],
)
def test_a_day_counted_back_from_the_publication_date(phrase: str, day: dt.date) -> None:
    readout = parse(
        "Ugandan Foreign Minister Joseph Okello held talks with Kenyan Foreign Minister Amina "
        f"Wekesa {phrase}. Wekesa said Kenya valued the ties."
    )
    (call,) = readout.calls
    assert call.date == day
    assert {"date.weekday-resolved", "date.relative-resolved"} & set(codes(readout))


OKELLO_TALKS = (
    "Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister Joseph "
    "Okello in Kampala on Tuesday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks centred on the oil pipeline.",
        "The conversation revolved around the oil pipeline.",
        "The meeting also addressed the oil pipeline.",
        "The agenda included the oil pipeline and fishing rights.",
        "They dwelt on the oil pipeline.",
    ],
)
def test_wordings_of_what_they_discussed_are_the_agenda(sentence: str) -> None:
    readout = parse(f"{OKELLO_TALKS}{sentence}")
    assert speakers(readout) == [("joint", "agenda")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks focused on the oil pipeline, Okello said.", ("joint", "agenda")),
        ("They discussed the oil pipeline, said Okello.", ("joint", "agenda")),
        ("The call covered fishing rights, according to Okello.", ("joint", "agenda")),
        ("The two sides discussed fishing rights, Okello told reporters.", ("joint", "agenda")),
        (
            "Uganda wants the pipeline finished, Okello told reporters.",
            ("Joseph Okello", "named_subject"),
        ),
        ("Uganda is focused on the pipeline, Okello said.", ("Joseph Okello", "named_subject")),
    ],
)
def test_a_clause_before_its_attribution_says_whose_words_and_what(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert speakers(parse(f"{OKELLO_TALKS}{sentence}")) == [expected]


@pytest.mark.parametrize(
    "sentence", ["After the talks, Okello told reporters.", "Okello told reporters on Tuesday."]
)
def test_telling_reporters_with_nothing_said_is_no_position(sentence: str) -> None:
    assert speakers(parse(f"{OKELLO_TALKS}{sentence}")) == []


def test_the_eeas_press_team_line_names_the_outlet_not_the_title() -> None:
    readout = parse(
        "Brussels, 03/05/2024\nEEAS Press Team\nUganda: Meeting of the EU Special Envoy with "
        "the Foreign Minister\nThe EU Special Envoy for the Horn of Africa, Anna Lindqvist, met "
        f"{OKELLO} on 2 May in Kampala.\nOkello said Uganda welcomed the EU's support.",
        published=None,
    )
    assert (readout.format, readout.outlet) == (OutletFormat.OFFICIAL, "EEAS")
    assert readout.title == "Uganda: Meeting of the EU Special Envoy with the Foreign Minister"
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


@pytest.mark.parametrize(
    "byline",
    ["By HT Correspondent", "By Staff Reporter", "By Rezaul H. Laskar, Hindustan Times", "By AFP"],
)
def test_a_byline_is_neither_title_nor_body(byline: str) -> None:
    readout = parse(f"{byline}\n{OKELLO_TALKS}Okello said Uganda valued the ties.")
    assert readout.title is None
    assert all(byline not in span.of(readout.text) for span in readout.body_spans)
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


def test_a_headline_opening_with_by_is_still_the_title() -> None:
    readout = parse(f"By Tuesday evening the talks had ended\n{OKELLO_TALKS}")
    assert readout.title == "By Tuesday evening the talks had ended"


@pytest.mark.parametrize(
    ("contact", "medium"),
    [
        ("had a tête-à-tête with", afdiplo.Medium.MEETING),
        ("held a one-on-one with", afdiplo.Medium.MEETING),
        ("interacted with", afdiplo.Medium.OTHER),
    ],
)
def test_more_wordings_of_contact(contact: str, medium: afdiplo.Medium) -> None:
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa {contact} {OKELLO} on Monday. Okello said "
        "Uganda valued the ties."
    )
    (call,) = readout.calls
    assert (call.medium, [p.name for p in call.participants]) == (
        medium,
        ["Amina Wekesa", "Joseph Okello"],
    )


@pytest.mark.parametrize(
    ("demonym", "name", "short"),
    [("Peruvian", "Rosa Quispe Huamán", "Quispe"), ("Mexican", "Luis Ortega Salinas", "Ortega")],
)
def test_the_fathers_surname_of_two_is_a_short_form(demonym: str, name: str, short: str) -> None:
    readout = parse(
        f"{OKELLO} held talks with {demonym} Foreign Minister {name} in Kampala on Tuesday. "
        f"Okello said Uganda valued the ties. {short} said the two countries would open "
        "embassies. He added that trade would grow."
    )
    assert speakers(readout) == [
        ("Joseph Okello", "named_subject"),
        (name, "named_subject"),
        (name, "pronoun_subject"),
    ]


def test_a_subject_the_text_gives_no_one_is_unattributed_not_the_speaker_before() -> None:
    readout = parse(f"{OKELLO_TALKS}Okello said Uganda valued the ties. Haroon stressed the risks.")
    assert speakers(readout) == [
        ("Joseph Okello", "named_subject"),
        (None, "unknown_subject"),
    ]
    assert "position.speaker-unresolved" in codes(readout)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Okello welcomed Wekesa to Kampala.", []),
        ("Okello welcomed Foreign Minister Wekesa in Kampala.", []),
        (
            "Okello welcomed Wekesa's offer to reopen the border.",
            [("Joseph Okello", "named_subject")],
        ),
        (
            "Okello welcomed Wekesa in Kampala and said trade would grow.",
            [("Joseph Okello", "named_subject")],
        ),
    ],
)
def test_welcoming_a_participant_somewhere_is_an_act_not_words(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    readout = parse(f"{OKELLO_TALKS}Okello said Uganda valued the ties. {sentence}")
    assert speakers(readout)[1:] == expected


@pytest.mark.parametrize(
    "title",
    ["Tanzanian Ambassador in Kampala", "Ambassador of the United Republic of Tanzania in Kampala"],
)
def test_an_ambassador_in_a_capital_right_before_the_name(title: str) -> None:
    readout = parse(
        f"{OKELLO} on Tuesday met {title} Halima Mwinyi. Mwinyi said Tanzania valued the ties."
    )
    (call,) = readout.calls
    mwinyi = call.participants[1]
    assert (mwinyi.name, mwinyi.title, mwinyi.country) == ("Halima Mwinyi", title, "Tanzania")


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks were held on Monday between Kenyan Foreign Minister Amina Wekesa and {okello}.",
        (
            "Consultations were held in Nairobi on Monday between Kenyan Foreign Minister Amina "
            "Wekesa and {okello}."
        ),
    ],
)
def test_talks_held_between_two_parties_in_the_passive(sentence: str) -> None:
    readout = parse(f"{sentence.format(okello=OKELLO)} Okello said Uganda valued the ties.")
    (call,) = readout.calls
    assert (call.medium, [p.name for p in call.participants]) == (
        afdiplo.Medium.MEETING,
        ["Amina Wekesa", "Joseph Okello"],
    )


def test_a_from_line_naming_the_office_and_its_minister_is_the_publisher() -> None:
    readout = parse(
        "Foreign Secretary's call with the Ugandan Foreign Minister: 7 June 2022\n"
        "From: Foreign, Commonwealth & Development Office and The Rt Hon Jane Doyle MP\n"
        "Published 7 June 2022\n"
        f"Foreign Secretary Jane Doyle spoke to {OKELLO} today. The Foreign Secretary raised "
        "the safety of British nationals.",
        published=None,
    )
    assert (readout.format, readout.outlet) == (
        OutletFormat.OFFICIAL,
        "Foreign, Commonwealth & Development Office",
    )
    assert readout.calls[0].date == dt.date(2022, 6, 7)


def test_a_summary_above_the_from_and_published_lines_is_the_same_page() -> None:
    readout = parse(
        "Press release\nPM call with President Museveni of Uganda: 7 June 2022\n"
        "Prime Minister Jane Doyle spoke to President Yoweri Museveni of Uganda this morning.\n"
        "From: Prime Minister's Office, 10 Downing Street\nPublished 7 June 2022\n"
        "The Prime Minister spoke to President Yoweri Museveni of Uganda this morning.\n"
        "The leaders discussed regional security.\n",
        published=None,
    )
    (call,) = readout.calls
    assert (call.date, [p.name for p in call.participants]) == (
        dt.date(2022, 6, 7),
        ["Jane Doyle", "Yoweri Museveni"],
    )
    assert speakers(readout) == [("joint", "agenda")]


@pytest.mark.parametrize(
    ("weekday", "day"),
    [
        ("on Tuesday", dt.date(2022, 6, 7)),
        ("on Thursday", dt.date(2022, 6, 9)),
        ("", dt.date(2022, 6, 9)),
    ],
)
def test_a_weekday_counts_back_from_a_dateline_with_its_year(weekday: str, day: dt.date) -> None:
    readout = parse(
        f"NAIROBI, Jun. 9, 2022 (KNA) -- {OKELLO} held talks with Kenyan Foreign Minister "
        f"Amina Wekesa {weekday}. Wekesa said Kenya valued the ties.",
        published=None,
    )
    (call,) = readout.calls
    assert call.date == day
    assert ("date.weekday-resolved" in codes(readout)) == bool(weekday)


@pytest.mark.parametrize("dateline", ["KAMPALA, Uganda (AP) —", "NAIROBI, Kenya (AP) —"])
def test_an_ap_dateline_with_the_country_after_the_city(dateline: str) -> None:
    readout = parse(f"{dateline} {OKELLO_TALKS}Okello said Uganda valued the ties.")
    assert readout.outlet == "AP"
    assert all(not span.of(readout.text).startswith(dateline) for span in readout.body_spans)
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quoting Okello, the statement said Uganda wanted the border reopened.",
        "Citing Okello, the ministry said Uganda wanted the border reopened.",
    ],
)
def test_a_relay_quoting_a_participant_gives_their_words(sentence: str) -> None:
    readout = parse(f"{OKELLO_TALKS}{sentence}")
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


def test_a_described_subject_before_the_object_of_its_contact_speaks() -> None:
    readout = parse(
        "Uganda's foreign minister spoke with his Kenyan counterpart on Tuesday, urging Kenya to "
        f"reopen the border. {OKELLO} later met Kenyan Foreign Minister Amina Wekesa.",
    )
    assert speakers(readout)[0] == ("Joseph Okello", "described_subject")


@pytest.mark.parametrize("title", ["Consul General", "UN Secretary General", "Attorney General"])
def test_a_rank_that_ends_an_office_is_the_titles(title: str) -> None:
    readout = parse(f"{title} Daniel Hartley met {OKELLO} in Kampala on Tuesday.")
    assert readout.calls[0].participants[0].title == title


@pytest.mark.parametrize(
    "title",
    ["Kenyan Chargé d'Affaires", "Kenyan Charge d'Affaires a.i.", "Kenyan Chargé d’Affaires"],
)
def test_a_charge_d_affaires_is_a_title(title: str) -> None:
    readout = parse(
        f"On 8 June 2022, {title} Peter Kamau met {OKELLO}. Kamau said Kenya valued the ties."
    )
    kamau = readout.calls[0].participants[0]
    # (The title as the normalised text writes it: a typographic apostrophe is a plain one.)
    written = title.replace("’", "'")
    assert (kamau.name, kamau.title, kamau.country) == ("Peter Kamau", written, "Kenya")
    assert speakers(readout) == [("Peter Kamau", "named_subject")]


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("the Governor of Mbale District, Grace Atim,", "Governor of Mbale District"),
        ("Mbale District Governor Grace Atim", "Mbale District Governor"),
        ("Governor of Gulu Region Grace Atim", "Governor of Gulu Region"),
    ],
)
def test_a_region_in_a_title_is_no_name(opening: str, title: str) -> None:
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa met {opening} in Mbale on Tuesday. Atim said the "
        "district welcomed Kenyan traders."
    )
    (call,) = readout.calls
    assert [(p.name, p.title) for p in call.participants] == [
        ("Amina Wekesa", "Kenyan Foreign Minister"),
        ("Grace Atim", title),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Okello's remarks came as tensions rose along the border.",
        "Okello's comments drew criticism.",
    ],
)
def test_a_possessive_and_its_noun_is_no_subject_and_verb(sentence: str) -> None:
    readout = parse(
        f"NAIROBI, June 8 (Reuters) - {OKELLO_TALKS}\n\nWekesa said Kenya valued the ties.\n\n"
        f"{sentence}\n"
    )
    assert speakers(readout) == [("Amina Wekesa", "named_subject")]


@pytest.mark.parametrize(
    ("report", "rule"),
    [
        ("Peter Mwangi said both sides discussed the railway project.", "agenda"),
        ("Peter Mwangi wrote on X that both sides discussed the railway project.", "agenda"),
        ("Peter Mwangi said in a statement that the two sides agreed to expand trade.", "relayed"),
    ],
)
def test_someone_outside_the_call_who_reports_what_the_sides_did_relays_it(
    report: str, rule: str
) -> None:
    """A name no call has, saying what both sides did, is a spokesperson's report: joint."""
    readout = parse(f"{OKELLO_TALKS}\n\n{report} Okello said Uganda valued the ties.\n")
    (call,) = readout.calls  # not a second call of Mwangi's
    assert [p.name for p in call.participants] == ["Amina Wekesa", "Joseph Okello"]
    assert speakers(readout) == [("joint", rule), ("Joseph Okello", "named_subject")]


def test_a_contact_of_the_one_named_before_both_sides_is_a_call_of_its_own() -> None:
    readout = parse(
        f"{OKELLO_TALKS}Okello said Uganda valued the ties.\n\nOn Wednesday, Wekesa also met "
        "Tanzanian Foreign Minister Neema Mushi, and both sides discussed the railway project."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Amina Wekesa", "Joseph Okello"],
        ["Amina Wekesa", "Neema Mushi"],
    ]


@pytest.mark.parametrize(
    ("phrase", "published", "partial"),
    [
        # A Monday: the Saturday and the Sunday before it, 30 April and 1 May.
        ("over the weekend", dt.date(2022, 5, 2), None),
        # A Sunday: "over the weekend" is this one, "last weekend" the one before.
        ("over the weekend", dt.date(2022, 6, 5), afdiplo.PartialDate(year=2022, month=6)),
        ("last weekend", dt.date(2022, 6, 5), afdiplo.PartialDate(year=2022, month=5)),
        ("during the weekend", dt.date(2022, 6, 8), afdiplo.PartialDate(year=2022, month=6)),
    ],
)
def test_a_weekend_is_a_period_of_two_days(
    phrase: str, published: dt.date, partial: afdiplo.PartialDate | None
) -> None:
    """No day is fixed: the month, when the Saturday and the Sunday share one."""
    readout = parse(f"{OKELLO} phoned Kenyan Foreign Minister Amina Wekesa {phrase}. ", published)
    (call,) = readout.calls
    assert (call.date, call.partial_date) == (None, partial)
    assert "date.period" in codes(readout)
    assert "date.not-found" not in codes(readout)


@pytest.mark.parametrize(
    ("sentence", "medium", "inferred"),
    [
        (f"On Monday, Amina Wekesa spoke to {OKELLO} about the floods.", "phone", True),
        (f"Kenya's Amina Wekesa talked with {OKELLO} on Tuesday.", "phone", True),
        (f"Amina Wekesa spoke by telephone with {OKELLO} on Tuesday.", "phone", False),
        # Placed together: no phone call.
        (f"Amina Wekesa spoke with {OKELLO} in Kampala on Tuesday.", "other", False),
        (f"Amina Wekesa spoke with {OKELLO} on the sidelines of the summit.", "meeting", False),
        (f"Amina Wekesa spoke with {OKELLO} during her visit to Uganda.", "meeting", False),
    ],
)
def test_spoke_with_and_no_medium_is_a_phone_call(
    sentence: str, medium: str, *, inferred: bool
) -> None:
    readout = parse(f"{sentence} Okello said Uganda valued the ties.")
    (call,) = readout.calls
    assert call.medium.value == medium
    assert ("call.medium-inferred" in codes(readout)) is inferred


def test_a_name_and_a_colon_open_that_participant_s_quotation() -> None:
    readout = parse(
        f'{OKELLO_TALKS}\n\nOkello: "Uganda and Kenya are brothers. Our trade must grow."\n\n'
        'Foreign Minister Wekesa: "We will reopen the Busia crossing next month."\n\n'
        'Analyst Peter Mwangi: "This is a breakthrough."\n'
    )
    assert speakers(readout) == [
        ("Joseph Okello", "quoted"),
        ("Joseph Okello", "quoted"),
        ("Amina Wekesa", "quoted"),
    ]
    assert readout.calls[0].positions[-1].direct  # a quotation within its sentence


@pytest.mark.parametrize(
    ("opening", "title", "country"),
    [
        (
            "The head of the U.N. mission in Uganda, Grace Atim,",
            "head of the U.N. mission in Uganda",
            "United Nations",
        ),
        (
            "The EU delegation head in Uganda, Grace Atim,",
            "EU delegation head in Uganda",
            "European Union",
        ),
        ("Kenya's ambassador in Uganda, Grace Atim,", "Kenya's ambassador in Uganda", "Kenya"),
    ],
)
def test_a_post_in_a_country_is_part_of_the_title_before_a_name(
    opening: str, title: str, country: str
) -> None:
    """The country after "in" is where the post is, not whose the holder is."""
    readout = parse(f"{opening} met {OKELLO} in Kampala on Tuesday. Okello said Uganda agreed.")
    (call,) = readout.calls
    assert (call.participants[0].name, call.participants[0].title) == ("Grace Atim", title)
    assert call.participants[0].country == country


@pytest.mark.parametrize(
    "leader",
    [
        "the head of the Kenyan delegation, Amina Wekesa,",
        "the head of the Kenyan delegation Amina Wekesa",
        "the leader of the Kenyan mission, Amina Wekesa,",
    ],
)
def test_the_head_of_a_delegation_is_a_participant(leader: str) -> None:
    readout = parse(f"{OKELLO} met {leader} in Kampala on Tuesday. Okello said Uganda agreed.")
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants] == [
        ("Joseph Okello", "Uganda"),
        ("Amina Wekesa", "Kenya"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Ugandan Foreign Minister Joseph Okello, opening the meeting, said",
        "Addressing the conference, Ugandan Foreign Minister Joseph Okello said",
        "Ugandan Foreign Minister Joseph Okello, speaking at the meeting, said",
    ],
)
def test_who_opens_or_addresses_the_meeting_reported_takes_part_in_it(opening: str) -> None:
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa took part in the regional meeting on the Great "
        f"Lakes in Kampala on Tuesday.\n\n{opening} Uganda was ready to host the next round.\n"
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Amina Wekesa", "Joseph Okello"]
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


@pytest.mark.parametrize("call", ["In a separate call", "In another call", "In a brief call"])
def test_in_a_separate_call_is_a_phone_call(call: str) -> None:
    readout = parse(
        f"{OKELLO_TALKS}Okello said Uganda valued the ties.\n\n{call}, Wekesa and Tanzanian "
        "Foreign Minister Neema Mushi reviewed the railway project.\n"
    )
    assert [(c.participants[-1].name, c.medium.value) for c in readout.calls] == [
        ("Joseph Okello", "meeting"),
        ("Neema Mushi", "phone"),
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "The parties",
        "The interlocutors",
        "The two officials",
        "Both governments",
        "The two top diplomats",
        "The two neighbours",
    ],
)
def test_joint_subjects_of_other_governments_usage(subject: str) -> None:
    """Russian ("the parties", "the interlocutors"), US ("the two officials") readouts."""
    readout = parse(
        f"{OKELLO_TALKS}Okello said Uganda valued the ties. {subject} noted the importance of "
        "the railway project."
    )
    assert speakers(readout)[-1] == ("joint", "joint_subject")


def test_the_sides_of_a_call_who_attend_a_meeting_with_another_take_part_in_it() -> None:
    readout = parse(
        f"{OKELLO_TALKS}Okello said Uganda valued the ties.\n\nThe two foreign ministers later "
        "attended the third Kenya-Uganda-Tanzania Foreign Ministers' Dialogue, together with "
        "Tanzanian Foreign Minister Neema Mushi.\n\nMushi said the railway would link the three."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Amina Wekesa", "Joseph Okello"],
        ["Amina Wekesa", "Joseph Okello", "Neema Mushi"],
    ]
    assert [p.speaker.name for p in readout.calls[1].positions if p.speaker] == ["Neema Mushi"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The two ministers concurred to continue close communication.", "joint"),
        ("Okello ruled out any closure of the border.", "Joseph Okello"),
        ("Okello pressed for a new railway timetable.", "Joseph Okello"),
        ("Okello pointed to the rise in cross-border trade.", "Joseph Okello"),
        ("Okello reconfirmed Uganda's support for the corridor.", "Joseph Okello"),
        ("Okello weighed in on the question of tariffs.", "Joseph Okello"),
    ],
)
def test_reporting_verbs_beyond_the_commonest(sentence: str, speaker: str) -> None:
    """Reporting verbs of English at large: 'concurred', 'ruled out', 'pressed for', ..."""
    readout = parse(f"{OKELLO_TALKS}Okello said Uganda valued the ties. {sentence}")
    assert speakers(readout)[-1][0] == speaker
    assert speakers(readout)[-1][1] != "continuation"


@pytest.mark.parametrize(
    ("sentence", "calls"),
    [
        # A pronoun subject, two contact wordings: a call with each.
        (
            (
                "Kenyan Foreign Minister Amina Wekesa arrived in Kampala on Tuesday. She held "
                "talks with Ugandan Foreign Minister Joseph Okello and met Ugandan President "
                "Samuel Mugisha."
            ),
            [["Amina Wekesa", "Joseph Okello"], ["Amina Wekesa", "Samuel Mugisha"]],
        ),
        (
            (
                "Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister "
                "Joseph Okello and later met Ugandan President Samuel Mugisha in Kampala."
            ),
            [["Amina Wekesa", "Joseph Okello"], ["Amina Wekesa", "Samuel Mugisha"]],
        ),
        # One wording, two met at once: one call.
        (
            (
                "Kenyan Foreign Minister Amina Wekesa arrived in Kampala on Tuesday. She met "
                "Ugandan Foreign Minister Joseph Okello and Ugandan President Samuel Mugisha."
            ),
            [["Amina Wekesa", "Joseph Okello", "Samuel Mugisha"]],
        ),
    ],
)
def test_a_subject_s_contacts_with_others_in_turn(sentence: str, calls: list[list[str]]) -> None:
    readout = parse(f"{sentence} Okello said Uganda valued the ties.")
    assert [[p.name for p in c.participants] for c in readout.calls] == calls


@pytest.mark.parametrize(
    ("opening", "position"),
    [
        ("In a speech to parliament last month, Wekesa said", False),
        ("Speaking to reporters in 2021, Wekesa said", False),
        ("At a press conference two weeks ago, Wekesa said", False),
        # The call itself, however long ago.
        ("During the talks last week, Wekesa said", True),
        ("At the meeting, Wekesa said", True),
    ],
)
def test_an_opening_phrase_of_another_occasion_places_the_words_elsewhere(
    opening: str, *, position: bool
) -> None:
    readout = parse(f"{OKELLO_TALKS}Okello said Uganda valued the ties. {opening} trade grew.")
    assert (("Amina Wekesa", "named_subject") in speakers(readout)) is position


@pytest.mark.parametrize(
    "officials", ["Ugandan officials", "Uganda's officials", "Uganda's government"]
)
def test_a_country_s_officials_speak_for_its_side(officials: str) -> None:
    """What a side's unnamed officials say is that side's (as "the Ugandan side said")."""
    readout = parse(
        f"{OKELLO_TALKS}Wekesa said Kenya valued the ties. {officials} said the talks were useful."
    )
    assert speakers(readout)[-1] == ("Joseph Okello", "country_subject")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The SRSG raised the restrictions on women.", "Grace Atim"),
        ("The DPM briefed her on the floods.", "Joseph Okello"),
        ("UNAMA will continue to engage with all stakeholders.", "Grace Atim"),
    ],
)
def test_un_usage_abbreviated_offices_and_the_mission(sentence: str, speaker: str) -> None:
    readout = parse(
        "The Special Representative of the Secretary-General for Afghanistan, Grace Atim, met "
        "Ugandan Deputy Prime Minister Joseph Okello in Kampala on Tuesday. Okello said Uganda "
        f"valued the ties. {sentence}"
    )
    assert speakers(readout)[-1][0] == speaker


def test_the_meeting_attended_by_someone_later_in_the_text_joins_that_meeting() -> None:
    readout = parse(
        f"{OKELLO_TALKS}\n\nThe two sides discussed the railway. Okello said Uganda valued the "
        "ties. Wekesa thanked Uganda for its hospitality. She invited Okello to Nairobi.\n\n"
        "The meeting was also attended by Kenya's Special Envoy for Somalia Peter Kamau."
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Amina Wekesa", "Joseph Okello", "Peter Kamau"]


@pytest.mark.parametrize(
    "title",
    [
        "Special Envoy for the Great Lakes",
        "Special Envoy for the Horn of Africa",
        "Special Representative for the Sahel",
        "Minister for the Indo-Pacific",
    ],
)
def test_a_world_region_in_a_title_is_no_name(title: str) -> None:
    readout = parse(f"The {title} Peter Kamau met {OKELLO} in Kampala. Okello said Uganda agreed.")
    (call,) = readout.calls
    assert (call.participants[0].name, call.participants[0].title) == ("Peter Kamau", title)


# A news page as copied with its furniture: menus, a timestamp with an update, a photo caption.
NEWS_PAGE = """Skip to main content
World | Asia | Business | Opinion

Kenya, Uganda ministers discuss railway

Published: 10:42 AM, 8 Jun 2022 | Updated: 11:05 AM, 8 Jun 2022

Share on Facebook | Share on X | WhatsApp

{body}

{caption}
"""


@pytest.mark.parametrize(
    "caption",
    [
        "File photo: Amina Wekesa meets Tanzanian Foreign Minister Neema Mushi in Arusha.",
        "Amina Wekesa meets Tanzanian Foreign Minister Neema Mushi in Arusha. Photo: KNA",
        "In this file photo, Amina Wekesa meets Tanzanian Foreign Minister Neema Mushi.",
    ],
)
def test_a_news_page_s_menus_timestamp_and_captions_are_furniture(caption: str) -> None:
    body = f"{OKELLO_TALKS}Okello said Uganda valued the ties."
    readout = parse(NEWS_PAGE.format(body=body, caption=caption), published=None)
    assert readout.title == "Kenya, Uganda ministers discuss railway"
    assert readout.published == dt.datetime(2022, 6, 8, 10, 42)
    (call,) = readout.calls  # the caption's meeting is no call
    assert call.date == dt.date(2022, 6, 7)


EMBASSY_PAGE = """Embassy of the Republic of Kenya in the Republic of Uganda

Home > Embassy News

Ambassador Wanjiru Kamau Meets with Trade Minister Paul Ssemwogerere

2022-06-08 18:30

On June 8, Ambassador Wanjiru Kamau met with Trade Minister Paul Ssemwogerere in Kampala.

Ambassador Kamau said Kenya valued its trade with Uganda.

Minister Ssemwogerere said the border posts would stay open.

Copyright © Embassy of the Republic of Kenya in the Republic of Uganda. All rights reserved.
"""


def test_an_embassy_page_s_host_official_named_by_office_is_of_the_host_country() -> None:
    readout = parse(EMBASSY_PAGE, published=None)
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants] == [
        ("Wanjiru Kamau", "Kenya"),
        ("Paul Ssemwogerere", "Uganda"),
    ]
    assert "participant.country-from-page" in codes(readout)
    # The copyright line is boilerplate, no words of the last speaker's.
    assert [p.speaker.name for p in call.positions if p.speaker] == [
        "Wanjiru Kamau",
        "Paul Ssemwogerere",
    ]


@pytest.mark.parametrize(
    "comment",
    [
        'A political analyst, Peter Mwangi, said: "Uganda has played a key role."',
        "Kenyan experts said Kenya would gain from the railway.",
        "A Nairobi-based analyst said Uganda needs the port.",
        "Li Wei, a professor at Makerere University, said Kenya should lower its tariffs.",
    ],
)
def test_a_commentator_s_words_are_no_side_s_position(comment: str) -> None:
    """Analysts, experts, journalists comment from outside, even when they name a side."""
    readout = parse(f"{OKELLO_TALKS}Okello said Uganda valued the ties. {comment}")
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


def test_a_participant_who_was_a_journalist_still_speaks() -> None:
    readout = parse(f"{OKELLO_TALKS}Okello, a former journalist, said the press was free.")
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


@pytest.mark.parametrize(
    "contact",
    [
        "met with",
        "held talks with",
        "had a phone call with",
        "spoke by phone with",
        "received",
    ],
)
def test_an_untitled_name_is_the_other_party_of_a_contact(contact: str) -> None:
    """A name no title or list gives is a person all the same as the one contacted."""
    readout = parse(
        f"{OKELLO} {contact} Ingrid Solheim in Kampala on Tuesday. "
        "Solheim expressed concern over the refugee camps."
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Joseph Okello", "Ingrid Solheim"]
    assert speakers(readout) == [("Ingrid Solheim", "named_subject")]


@pytest.mark.parametrize(
    ("titled", "title", "country"),
    [
        ("UN Special Rapporteur Ingrid Solheim", "UN Special Rapporteur", "United Nations"),
        (
            "Ingrid Solheim, the UN Special Rapporteur on refugees,",
            "the UN Special Rapporteur on refugees",
            "United Nations",
        ),
        ("UNDP Administrator Ingrid Solheim", "UNDP Administrator", "United Nations"),
        ("USAID Administrator Ingrid Solheim", "USAID Administrator", "United States"),
        ("WFP Executive Director Ingrid Solheim", "WFP Executive Director", "United Nations"),
        ("Norwegian Chief Executive Ingrid Solheim", "Norwegian Chief Executive", "Norway"),
        ("the mediator, Ingrid Solheim,", "mediator", None),
    ],
)
def test_titles_beyond_ministers_and_envoys_name_their_holder(
    titled: str, title: str, country: str | None
) -> None:
    """Rapporteurs, administrators, mediators; an agency's initials before the office."""
    readout = parse(
        f"{OKELLO} held talks with {titled} in Kampala on Tuesday. "
        "Solheim expressed concern over the refugee camps."
    )
    (call,) = readout.calls
    solheim = call.participants[1]
    assert (solheim.name, solheim.title, solheim.country) == ("Ingrid Solheim", title, country)


KAMAU_TALKS = (
    "Kenyan Special Envoy Wanjiru Kamau held talks with Ugandan Foreign Minister Joseph Okello "
    "in Kampala on Tuesday. "
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kampala assured the envoy that the border would stay open.", "Joseph Okello"),
        ("Nairobi urged Uganda to lower its tariffs.", "Wanjiru Kamau"),
        ("Ugandan officials assured the envoy that the border would stay open.", "Joseph Okello"),
        ("Uganda officials assured the envoy that the border would stay open.", "Joseph Okello"),
    ],
)
def test_a_government_named_by_its_capital_or_seat_speaks_for_its_side(
    sentence: str, speaker: str
) -> None:
    readout = parse(f"{KAMAU_TALKS}{sentence}")
    assert speakers(readout) == [(speaker, "country_subject")]


def test_a_capital_with_no_side_in_the_call_is_what_someone_reports() -> None:
    """A government that takes no part ("Dodoma") is no unresolved speaker."""
    readout = parse(f"{KAMAU_TALKS}Okello said Uganda valued the railway. Dodoma claimed a share.")
    assert speakers(readout) == [
        ("Joseph Okello", "named_subject"),
        ("Joseph Okello", "continuation"),
    ]
    assert "position.speaker-unresolved" not in codes(readout)


@pytest.mark.parametrize(
    "opening",
    [
        "During the meeting with Foreign Minister Joseph Okello,",
        "In the talks with Foreign Minister Joseph Okello,",
        "At the meeting with Foreign Minister Joseph Okello on Tuesday,",
    ],
)
def test_the_meeting_just_reported_names_its_other_side(opening: str) -> None:
    """A one-sided meeting, then "During the meeting with X": one meeting, X its other side."""
    readout = parse(
        "Kenyan Special Envoy Wanjiru Kamau held talks with Ugandan officials in Kampala on "
        f"Tuesday. {opening} the two sides discussed the railway. Okello said Uganda valued it."
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Wanjiru Kamau", "Joseph Okello"]
    assert speakers(readout)[-1] == ("Joseph Okello", "named_subject")


def test_a_meeting_on_another_day_is_another_meeting() -> None:
    readout = parse(
        "Kenyan Special Envoy Wanjiru Kamau held talks with Ugandan officials in Kampala on "
        "Tuesday. At the meeting with Foreign Minister Joseph Okello on Thursday, the two sides "
        "discussed the railway. Okello said Uganda valued it."
    )
    # (Kamau's meeting on Tuesday, with no one named on the other side and no one's words, is
    # a passing mention.)
    assert [([p.name for p in c.participants], c.date) for c in readout.calls] == [
        (["Joseph Okello"], dt.date(2022, 6, 9)),
    ]


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("ANTALYA, Türkiye (AA) - ", "AA"),
        ("DÜSSELDORF (Reuters) - ", "Reuters"),
        ("İZMİR, Türkiye (AA) – ", "AA"),
    ],
)
def test_a_dateline_in_any_latin_letters_gives_its_agency(dateline: str, outlet: str) -> None:
    readout = parse(
        f"Kenya, Uganda ministers meet\n\n{dateline}{OKELLO_TALKS}Okello said it went well."
    )
    assert readout.outlet == outlet
    assert readout.calls[0].positions[0].text == "Okello said it went well."


@pytest.mark.parametrize(
    "footer",
    [
        "Published in Dawn, June 9th, 2022",
        "This article was published in Dawn on 9 June 2022.",
        "First published in Dawn, 9th June, 2022",
    ],
)
def test_a_newspaper_s_print_edition_line_gives_outlet_and_day(footer: str) -> None:
    readout = parse(
        "Pakistan, Uzbekistan agree to expand rail links\n\n"
        "ISLAMABAD: Minister for Railways Saad Rafique on Wednesday met Uzbek Transport "
        "Minister Ilhom Makhkamov.\n\nMakhkamov said the railway would open by 2027.\n\n"
        f"{footer}\n",
        published=None,
    )
    assert readout.outlet == "Dawn"
    assert readout.published == dt.datetime(2022, 6, 9)
    (call,) = readout.calls
    assert call.date == dt.date(2022, 6, 8)  # the Wednesday before the paper's day
    assert [p.text for p in call.positions] == ["Makhkamov said the railway would open by 2027."]


def test_a_country_only_the_page_s_title_states_is_the_participant_s() -> None:
    readout = parse(
        "Kenyan Ambassador Wanjiru Kamau Meets with Ugandan Trade Minister Paul Ssemwogerere\n\n"
        "On June 8, Ambassador Wanjiru Kamau met with Trade Minister Paul Ssemwogerere in "
        "Kampala.\n\nMinister Ssemwogerere said the border posts would stay open.\n",
        published=None,
    )
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants] == [
        ("Wanjiru Kamau", "Kenya"),
        ("Paul Ssemwogerere", "Uganda"),
    ]
    assert codes(readout).count("participant.country-from-title") == 2


@pytest.mark.parametrize(
    "source",
    ["According to a statement by the ministry,", "In a statement,", "According to the ministry,"],
)
def test_a_participant_after_the_source_of_a_report_speaks(source: str) -> None:
    """A verb the reporting verbs need not hold ("called the railway ...") after a source."""
    readout = parse(
        f"{OKELLO_TALKS}Okello said Uganda valued the ties.\n\n"
        f'{source} Wekesa called the railway "vital for the region".'
    )
    assert speakers(readout)[-1] == ("Amina Wekesa", "named_subject")


def test_a_government_s_seat_relays_what_its_side_said() -> None:
    readout = parse(
        "British Prime Minister Alan Hartley spoke with Kenyan President Daniel Kiprono on "
        "Tuesday.\n\nDowning Street said the two leaders discussed trade in the Horn of Africa."
    )
    assert speakers(readout) == [("joint", "agenda")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ugandan minister felicitated Wekesa on her appointment.",
        "The Ugandan minister condoled the loss of lives in the floods.",
        "The Ugandan minister sought Kenya's support for the pipeline.",
        "The Ugandan minister flagged the delays at the border.",
        "The Ugandan minister extolled the ties between the two countries.",
    ],
)
def test_reporting_verbs_of_south_asian_and_formal_english(sentence: str) -> None:
    readout = parse(f"{OKELLO_TALKS}{sentence}")
    assert speakers(readout) == [("Joseph Okello", "described_subject")]


@pytest.mark.parametrize(
    "subject",
    ["The top diplomats", "Both foreign ministers", "The three envoys", "The premiers"],
)
def test_plural_descriptions_of_the_participants_are_joint(subject: str) -> None:
    readout = parse(f"{OKELLO_TALKS}{subject} underscored the importance of the railway.")
    assert speakers(readout) == [("joint", "joint_subject")]


@pytest.mark.parametrize(
    "clause",
    [
        ", who heads the U.N. refugee agency in Kampala,",
        (
            ", who has led the U.N. refugee agency's mission in Uganda since 2021 and was once "
            "Norway's deputy foreign minister,"
        ),
    ],
)
def test_a_subject_before_a_clause_between_commas_tells_the_one_after(clause: str) -> None:
    """ "X, who ..., told Okello that ...": X speaks, not the one told."""
    readout = parse(
        f"{OKELLO} met with UN official Ingrid Solheim in Kampala on Tuesday.\n\n"
        f"Ingrid Solheim{clause} told Okello that the camps were full."
    )
    assert speakers(readout) == [("Ingrid Solheim", "named_subject")]


def test_the_counted_participants_of_earlier_meetings_attend_a_meeting_of_all() -> None:
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa met separately with Ugandan Foreign Minister "
        "Joseph Okello and Tanzanian Foreign Minister Rehema Mushi in Arusha on Tuesday. "
        "Okello said Uganda valued the ties. Mushi said Tanzania wanted a new port.\n\n"
        "Later on Tuesday, the three foreign ministers attended the first trilateral dialogue "
        "on the railway."
    )
    assert [[p.name for p in c.participants] for c in readout.calls] == [
        ["Amina Wekesa", "Joseph Okello"],
        ["Amina Wekesa", "Rehema Mushi"],
        ["Amina Wekesa", "Joseph Okello", "Rehema Mushi"],
    ]


@pytest.mark.parametrize(
    ("phrase", "partial"),
    [
        ("Earlier this week", afdiplo.PartialDate(year=2022, month=6)),
        ("Last month", afdiplo.PartialDate(year=2022, month=5)),
    ],
)
def test_also_with_a_period_of_its_own_is_not_the_day_before(
    phrase: str, partial: afdiplo.PartialDate
) -> None:
    readout = parse(
        f"{OKELLO_TALKS}Okello said Uganda valued the ties.\n\n"
        f"{phrase}, Wekesa also met Tanzanian Foreign Minister Rehema Mushi. Mushi said "
        "Tanzania wanted a new port."
    )
    later = readout.calls[1]
    assert (later.date, later.partial_date) == (None, partial)
    assert "date.same-as-before" not in codes(readout)


@pytest.mark.parametrize(
    "heading",
    [
        "Foreign Ministry Spokesperson Achieng Otieno's Regular Press Conference on June 9, 2022",
        "Department Press Briefing - June 9, 2022",
    ],
)
def test_a_government_s_press_conference_transcript_is_an_official_page(heading: str) -> None:
    readout = parse(
        f"{heading}\n\nQ: Can you share more about the minister's call with Uganda?\n\n"
        f"A: {OKELLO_TALKS}Wekesa said Kenya valued the ties.\n",
        published=None,
    )
    assert readout.format is OutletFormat.OFFICIAL
    assert speakers(readout) == [("Amina Wekesa", "named_subject")]


MENU_PAGE = """Skip to content
Home
World
Kenya
Business
Sports
Opinion
Kenya, Uganda ministers discuss railway
KNA | June 8, 2022
Share on Facebook
{body}
ALSO READ: Kenya's president to address parliament today
Okello said Uganda valued the ties.
"""


def test_a_menu_one_item_a_line_and_an_inline_related_link_are_furniture() -> None:
    readout = parse(MENU_PAGE.format(body=OKELLO_TALKS), published=None)
    assert readout.title == "Kenya, Uganda ministers discuss railway"
    (call,) = readout.calls
    assert call.medium is afdiplo.Medium.MEETING
    assert [p.text for p in call.positions] == ["Okello said Uganda valued the ties."]


@pytest.mark.parametrize("byline", ["By Khaama Press -", "By Khaama Press |", "By Khaama Press"])
def test_a_byline_that_names_a_known_outlet_gives_the_outlet(byline: str) -> None:
    readout = parse(
        f"Kenya, Uganda ministers discuss railway\n{byline}\nJune 8, 2022\n\n"
        f"{OKELLO_TALKS}Okello said Uganda valued the ties.\n",
        published=None,
    )
    assert readout.outlet == "Khaama Press"
    assert speakers(readout) == [("Joseph Okello", "named_subject")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On the 9th, Wekesa also attended the regional summit in Arusha.", []),
        ("Later that day, Okello toured the new port.", []),
        (
            'Later that day, Okello called the railway "vital".',
            [("Joseph Okello", "named_subject")],
        ),
    ],
)
def test_a_participant_after_a_time_phrase_opens_a_sentence_of_their_own(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """After "Both sides agreed ...": Wekesa attending is background, Okello's words his."""
    readout = parse(f"{OKELLO_TALKS}Both sides agreed to meet again. {sentence}")
    assert speakers(readout) == [("joint", "joint_subject"), *expected]


def test_a_pronoun_after_a_meeting_named_by_its_other_side_stays_with_that_meeting() -> None:
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa called on Ugandan President Daniel Mugisha and "
        "later held talks with Ugandan Foreign Minister Joseph Okello in Kampala on Tuesday.\n\n"
        "During the meeting with Okello, Wekesa said Kenya valued the railway.\n\n"
        '"We want the line finished by 2027," she said.'
    )
    talks = next(c for c in readout.calls if "Joseph Okello" in [p.name for p in c.participants])
    assert [p.speaker.name for p in talks.positions if p.speaker] == ["Amina Wekesa"] * 2


@pytest.mark.parametrize(
    "signed", ["signed an agreement", "signed a memorandum of understanding", "inked a deal"]
)
def test_two_officials_who_sign_an_agreement_meet(signed: str) -> None:
    readout = parse(
        f"Kenyan Transport Minister Peter Kamau and {OKELLO} {signed} on the railway in "
        "Kampala on Tuesday. Okello said Uganda valued the line."
    )
    (call,) = readout.calls
    assert call.medium is afdiplo.Medium.MEETING
    assert [p.name for p in call.participants] == ["Peter Kamau", "Joseph Okello"]


@pytest.mark.parametrize(
    "subject",
    [
        "The head of the Ugandan delegation",
        "The head of the delegation",
        "The leader of the Ugandan side",
        "The delegation",
    ],
)
def test_the_head_of_a_delegation_is_its_leader(subject: str) -> None:
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa received a delegation of the Republic of Uganda "
        "led by Trade Minister Paul Ssemwogerere in Nairobi on Tuesday. Wekesa said Kenya "
        f"valued the ties. {subject} expressed gratitude for the talks."
    )
    assert speakers(readout)[-1] == ("Paul Ssemwogerere", "described_subject")


@pytest.mark.parametrize(
    ("when", "date", "code"),
    [
        ("on 2022-06-07", dt.date(2022, 6, 7), None),
        ("on 07.06.2022", dt.date(2022, 6, 7), "date.day-first"),
        ("on 7/6/2022", dt.date(2022, 6, 7), "date.day-first"),
        ("on 6/17/2021", dt.date(2021, 6, 17), None),
        ("on the 7th", dt.date(2022, 6, 7), "date.month-inferred"),
        ("on the 12th, when", dt.date(2022, 5, 12), "date.month-inferred"),
    ],
)
def test_dates_in_numbers_and_a_day_of_the_month_alone(
    when: str, date: dt.date, code: str | None
) -> None:
    readout = parse(
        f"{OKELLO} met Kenyan Foreign Minister Amina Wekesa in Kampala {when}. "
        "Wekesa said Kenya valued the ties."
    )
    assert readout.calls[0].date == date
    assert code is None or code in codes(readout)


@pytest.mark.parametrize("when", ["on the 20th anniversary of the treaty", "on the 70th birthday"])
def test_an_ordinal_before_a_noun_is_no_date(when: str) -> None:
    readout = parse(
        f"{OKELLO} met Kenyan Foreign Minister Amina Wekesa in Kampala {when}. "
        "Wekesa said Kenya valued the ties."
    )
    assert readout.calls[0].date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Rwandan President Paul Kagame, attending in person, said the region needed the line.",
        "Rwandan President Paul Kagame, who attended in person, said the region needed the line.",
        "Rwandan President Paul Kagame also attended and said the region needed the line.",
    ],
)
def test_one_who_attends_the_summit_just_reported_takes_part(sentence: str) -> None:
    readout = parse(
        "Kenyan President Daniel Kiprono, Ugandan President Daniel Mugisha and Tanzanian "
        "President Rehema Mushi discussed the railway at a summit in Arusha on Tuesday.\n\n"
        "Kiprono said Kenya would fund the first part.\n\nMushi said Tanzania agreed.\n\n"
        f"Mugisha said Uganda would build the bridge.\n\n{sentence}"
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants][-1] == "Paul Kagame"
    assert speakers(readout)[-1] == ("Paul Kagame", "named_subject")


@pytest.mark.parametrize("joiner", [", ", " and "])
def test_in_a_list_of_titled_names_each_country_after_a_name_is_that_name_s(joiner: str) -> None:
    readout = parse(
        f"Foreign Minister Amina Wekesa of Kenya{joiner}Foreign Minister Joseph Okello of "
        "Uganda and Foreign Minister Rehema Mushi of Tanzania attended the trilateral meeting on "
        "the railway in Arusha on Tuesday. Okello said Uganda agreed."
    )
    (call,) = readout.calls
    assert [(p.name, p.title, p.country) for p in call.participants] == [
        ("Amina Wekesa", "Foreign Minister", "Kenya"),
        ("Joseph Okello", "Foreign Minister", "Uganda"),
        ("Rehema Mushi", "Foreign Minister", "Tanzania"),
    ]


def test_it_was_attended_by_after_the_event_s_sentence_names_its_participants() -> None:
    readout = parse(
        "The trilateral meeting on the railway was held in Arusha on Tuesday. It was attended "
        "by Foreign Minister Amina Wekesa of Kenya, Foreign Minister Joseph Okello of Uganda and "
        "Foreign Minister Rehema Mushi of Tanzania. Okello said Uganda agreed."
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Amina Wekesa", "Joseph Okello", "Rehema Mushi"]
    assert call.date == dt.date(2022, 6, 7)


@pytest.mark.parametrize("owner", ["the country's", "the nation's"])
def test_the_country_s_official_is_of_the_country_named_before(owner: str) -> None:
    readout = parse(
        "Kenyan Foreign Minister Amina Wekesa met Ugandan President Daniel Mugisha and "
        f"{owner} Prime Minister Robinah Nabbanja in Kampala on Tuesday. Nabbanja said Uganda "
        "valued the railway."
    )
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants][-1] == ("Robinah Nabbanja", "Uganda")


@pytest.mark.parametrize(
    ("titled", "country"),
    [
        ("Governor of Balkh Province Dawood Sahil", "Afghanistan"),
        ("Herat Governor Dawood Sahil", "Afghanistan"),
        ("the Governor of Kerman, Dawood Sahil,", "Iran"),
        ("Xinjiang Party Secretary Dawood Sahil", "China"),
        ("Governor of Sistan and Baluchestan Dawood Sahil", "Iran"),
        ("the Governor of Sistan and Baluchestan, Dawood Sahil,", "Iran"),
        ("Inner Mongolia Party Secretary Dawood Sahil", "China"),
    ],
)
def test_a_province_in_a_title_gives_its_country(titled: str, country: str) -> None:
    readout = parse(
        f"Kenyan Ambassador Wanjiru Kamau met with {titled} on Tuesday. Sahil said the "
        "province wanted Kenyan tea."
    )
    (call,) = readout.calls
    assert (call.participants[1].name, call.participants[1].country) == ("Dawood Sahil", country)


@pytest.mark.parametrize(
    ("dateline", "partial"),
    [
        ("KAMPALA, June 9", afdiplo.PartialDate(month=6, weekday=1)),
        ("KAMPALA, June 3", afdiplo.PartialDate(weekday=1)),  # the Tuesday may be in May
    ],
)
def test_the_call_s_weekday_before_a_dateline_without_a_year_leaves_the_day_open(
    dateline: str, partial: afdiplo.PartialDate
) -> None:
    readout = parse(
        f"{dateline} (AP) - {OKELLO} held talks with Kenyan Foreign Minister Amina Wekesa on "
        "Tuesday. Wekesa said Kenya wants the border open.",
        published=None,
    )
    assert readout.calls[0].partial_date == partial


@pytest.mark.parametrize(
    "opening",
    [
        "The summit on the railway was held in Arusha on Tuesday with the participation of",
        "The summit on the railway in Arusha on Tuesday brought together",
    ],
)
def test_a_meeting_with_the_participation_of_several_is_one_call_of_all(opening: str) -> None:
    readout = parse(
        f"{opening} Kenyan President Daniel Kiprono, Ugandan President Daniel Mugisha and "
        "Tanzanian President Rehema Mushi.\n\nRwandan President Paul Kagame chaired the summit."
        "\n\nMushi said Tanzania would build the port."
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants] == [
        "Daniel Kiprono",
        "Daniel Mugisha",
        "Rehema Mushi",
        "Paul Kagame",
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Foreign ministers of Kenya, Uganda, Rwanda and Tanzania met in Arusha on Tuesday.",
        (
            "Top diplomats from Kenya, Uganda, Rwanda and Tanzania took part in the meeting in "
            "Arusha on Tuesday."
        ),
        (
            "Representatives of Kenya, Uganda, the DRC and Tanzania attended the railway summit "
            "in Arusha on Tuesday."
        ),
    ],
)
def test_a_meeting_of_several_countries_two_of_whose_envoys_the_text_names(opening: str) -> None:
    readout = parse(
        f"{opening}\n\nUgandan Foreign Minister Joseph Okello said Uganda would build the "
        "bridge.\n\nTanzanian Foreign Minister Rehema Mushi said Tanzania wanted a port."
    )
    (call,) = readout.calls
    assert sorted(p.name for p in call.participants) == ["Joseph Okello", "Rehema Mushi"]
    assert [s for s, _ in speakers(readout) if s != "joint"] == ["Joseph Okello", "Rehema Mushi"]


@pytest.mark.parametrize(
    "titled", ["Saudi Foreign Minister Prince Faisal", "Saudi Foreign Minister Faisal"]
)
def test_one_name_after_a_title_is_a_person(titled: str) -> None:
    readout = parse(
        f"{OKELLO} met {titled} in Kampala on Tuesday.\n\nFaisal said Saudi Arabia valued the ties."
    )
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants][1] == ("Faisal", "Saudi Arabia")
    assert speakers(readout) == [("Faisal", "named_subject")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Okello, inviting Wekesa to visit Kampala, the Ugandan minister said, wanted trade.",
        "Okello briefed Wekesa on the state of Kenya-Uganda talks.",
    ],
)
def test_a_place_or_a_compound_after_a_title_word_is_no_person(sentence: str) -> None:
    readout = parse(f"{OKELLO_TALKS}{sentence}")
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Amina Wekesa", "Joseph Okello"]


def test_a_name_very_many_share_is_no_short_form_of_one_known_person() -> None:
    """ "Sheikh Mohammed" is not the UN's Amina Mohammed, whom the gazetteer knows."""
    readout = parse(
        f"{OKELLO} met Qatari Deputy Prime Minister Sheikh Mohammed in Doha on Tuesday.\n\n"
        "Sheikh Mohammed said Qatar valued the ties."
    )
    (call,) = readout.calls
    assert [(p.name, p.country) for p in call.participants][1] == ("Mohammed", "Qatar")


@pytest.mark.parametrize(
    "sentence",
    [
        "Okello's message was clear: Uganda wants the border open.",
        "Okello's view is that the border must open.",
    ],
)
def test_another_participant_s_words_stated_are_theirs(sentence: str) -> None:
    """After Wekesa's words, "Okello's message was ..." is Okello's, not Wekesa's going on."""
    readout = parse(f"{OKELLO_TALKS}Wekesa said Kenya valued the ties. {sentence}")
    assert speakers(readout) == [
        ("Amina Wekesa", "named_subject"),
        ("Joseph Okello", "named_subject"),
    ]


def test_a_release_s_place_line_gives_the_page_s_country() -> None:
    """ "Nairobi" above the date of a ministry's release: its own official by office alone."""
    readout = parse(
        "Press Release\n\nPrincipal Secretary Ruth Achieng held a telephone conversation with "
        "the Deputy Foreign Minister of Uganda, Joseph Okello, today.\n\nThe Principal Secretary "
        "underlined the importance of the railway.\n\nNairobi\n8 June 2022\n",
        published=None,
    )
    assert readout.source_country == "Kenya"
    assert [(p.name, p.country) for p in readout.calls[0].participants] == [
        ("Ruth Achieng", "Kenya"),
        ("Joseph Okello", "Uganda"),
    ]


def test_a_news_report_s_dateline_place_is_not_the_outlet_s_country() -> None:
    readout = parse(
        f"Kenya, Uganda talk railway\n\nKAMPALA: {OKELLO_TALKS}Okello said it went well."
    )
    assert readout.source_country is None


def test_the_outlet_s_name_above_a_menu_is_the_outlet() -> None:
    readout = parse(
        "Pakistan Observer\nHome\nNational\nWorld\nEditorial\n"
        "Kenya, Uganda ministers discuss railway\n"
        f"KAMPALA – {OKELLO_TALKS}Okello said it went well.\n",
        published=None,
    )
    assert (readout.outlet, readout.title) == (
        "Pakistan Observer",
        "Kenya, Uganda ministers discuss railway",
    )


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        (f"Kenyan Foreign Minister Amina Wekesa and {OKELLO} talked on Tuesday.", "phone"),
        (
            (
                f"Kenyan Foreign Minister Amina Wekesa and {OKELLO} spoke on the sidelines of "
                "the summit on Tuesday."
            ),
            "meeting",
        ),
    ],
)
def test_two_named_who_spoke_together_had_a_contact(sentence: str, medium: str) -> None:
    readout = parse(f"{sentence}\n\nOkello said Uganda valued the ties.")
    (call,) = readout.calls
    assert (call.medium.value, len(call.participants)) == (medium, 2)


def test_one_who_spoke_about_something_had_no_contact_with_the_other_named() -> None:
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa spoke about Uganda, and {OKELLO} agreed on "
        "Tuesday.\n\nOkello said Uganda valued the ties."
    )
    assert readout.calls == ()


@pytest.mark.parametrize(
    "apposition",
    [
        "Ingrid Solheim (Norway's special envoy for the region)",
        "Ingrid Solheim — Norway's special envoy —",
        "Ingrid Solheim - Norway's special envoy -",
    ],
)
def test_a_title_in_brackets_or_between_dashes_after_a_name_is_theirs(apposition: str) -> None:
    readout = parse(
        f"{OKELLO} met {apposition} in Kampala on Tuesday. Solheim said Norway would help."
    )
    (call,) = readout.calls
    solheim = call.participants[1]
    assert (solheim.name, solheim.country) == ("Ingrid Solheim", "Norway")
    assert (solheim.title or "").startswith("Norway's special envoy")


def test_a_bracket_with_no_title_after_a_name_gives_none() -> None:
    readout = parse(f"{OKELLO} (left) met Ingrid Solheim in Kampala on Tuesday. Solheim agreed.")
    assert readout.calls[0].participants[0].title == "Ugandan Foreign Minister"


def test_a_description_followed_by_the_name_of_one_outside_the_call_is_that_one() -> None:
    """ "Norway's foreign minister, Ingrid Solheim, said": the host, no participant here."""
    readout = parse(
        "A Ugandan delegation led by Foreign Minister Joseph Okello held talks with European "
        "officials in Oslo on Tuesday. Okello said Uganda valued the ties.\n\nNorway's foreign "
        "minister, Ingrid Solheim, said the meetings were no recognition of anyone."
    )
    assert speakers(readout) == [("Joseph Okello", "named_subject")]
    assert "position.speaker-unresolved" not in codes(readout)


@pytest.mark.parametrize("verb", ["was called by", "was phoned by", "was telephoned by"])
def test_one_called_by_another_had_a_phone_call_the_other_placed(verb: str) -> None:
    readout = parse(
        f"{OKELLO} {verb} Kenyan Foreign Minister Amina Wekesa on Tuesday. Okello said Uganda "
        "valued the ties."
    )
    (call,) = readout.calls
    assert call.medium is afdiplo.Medium.PHONE
    assert call.initiator is not None
    assert call.initiator.name == "Amina Wekesa"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Kenyan Foreign Minister Amina Wekesa and {OKELLO} agreed on Tuesday to open the border.",
        f"Kenyan Foreign Minister Amina Wekesa and {OKELLO} reached an agreement on Tuesday.",
    ],
)
def test_two_named_subjects_of_one_act_were_in_contact(sentence: str) -> None:
    readout = parse(f"{sentence}\n\nOkello said Uganda valued the ties.")
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Amina Wekesa", "Joseph Okello"]


def test_countries_that_agreed_in_a_participant_s_words_are_no_contact_of_people() -> None:
    readout = parse(f"{OKELLO_TALKS}Okello said Uganda and Kenya agreed to reopen the border.")
    assert len(readout.calls) == 1


@pytest.mark.parametrize("verb", ["reviewed", "explored", "took stock of", "went over"])
def test_two_named_who_deliberate_together_were_in_contact(verb: str) -> None:
    """ "X and Y reviewed the plans": a verb of deliberation two named subjects share."""
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa and {OKELLO} {verb} plans for a joint border "
        "market in Busia on Thursday. Wekesa said trade would double within two years."
    )
    assert [([p.name for p in c.participants], c.rule) for c in readout.calls] == [
        (["Amina Wekesa", "Joseph Okello"], "joint_action")
    ]


@pytest.mark.parametrize("when", ["today", "yesterday", "this morning"])
def test_a_call_received_with_its_time_before_it_was_placed_by_the_caller(when: str) -> None:
    """Gulf ministries' word order: "received today a phone call from X": X called."""
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa received {when} a phone call from {OKELLO}. "
        "Okello said Uganda values the ties."
    )
    (call,) = readout.calls
    assert (call.medium, call.initiator.name if call.initiator else None) == (
        afdiplo.Medium.PHONE,
        "Joseph Okello",
    )


@pytest.mark.parametrize(
    ("title", "written"),
    [
        (
            "the head of the World Food Programme in Uganda,",
            "head of the World Food Programme in Uganda",
        ),
        (
            "the representative of the UN Population Fund,",
            "representative of the UN Population Fund",
        ),
        (
            "the chief of the International Organization for Migration in Kampala,",
            "chief of the International Organization for Migration in Kampala",
        ),
    ],
)
def test_an_organisation_of_several_words_in_a_title(title: str, written: str) -> None:
    """A title naming an agency in full holds it, and the agency's side is the person's."""
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa met {title} Mary Atieno, in Nairobi on Monday. "
        "Atieno said aid to refugees would grow."
    )
    (call,) = readout.calls
    assert [(p.name, p.title, p.country) for p in call.participants] == [
        ("Amina Wekesa", "Kenyan Foreign Minister", "Kenya"),
        ("Mary Atieno", written, "United Nations"),
    ]


def test_a_tweet_copied_alone_is_its_authors_readout() -> None:
    """A tweet with its signature and no page around it: body text, its contact the author's."""
    readout = parse(
        "Spoke with Ugandan Foreign Minister Joseph Okello today about the border and trade. "
        "We agreed to keep the crossings open. "
        "— Amina Wekesa (@AminaWekesaKE) June 9, 2022"
    )
    assert (readout.title, [[p.name for p in c.participants] for c in readout.calls]) == (
        None,
        [["Amina Wekesa", "Joseph Okello"]],
    )
    # What "we" agreed, and what they spoke about, are the two sides' joint positions.
    assert [speaker for speaker, _ in speakers(readout)] == ["joint", "joint"]


def test_a_tweet_copied_alone_is_dated_by_its_signature() -> None:
    """Posted "June 9, 2022": its publication day, against which "today" is read."""
    readout = afdiplo.parse(
        "Spoke with Ugandan Foreign Minister Joseph Okello today about the border. "
        "— Amina Wekesa (@AminaWekesaKE) June 9, 2022",
        strict=False,
    )
    assert (readout.published, readout.calls[0].date) == (
        dt.datetime(2022, 6, 9),
        dt.date(2022, 6, 9),
    )


@pytest.mark.parametrize("modifier", ["de facto", "ad interim"])
def test_a_modifier_of_two_words_in_a_title_and_its_description(modifier: str) -> None:
    """The UN's "de facto Minister": part of the title, and the description names its holder."""
    readout = parse(
        f"Kenyan Foreign Minister Amina Wekesa met the {modifier} Minister of Trade of Uganda, "
        f"Moses Kato, in Nairobi on Monday. Wekesa raised the border closures. The {modifier} "
        "Minister said Uganda would reopen two crossings."
    )
    (call,) = readout.calls
    assert [p.title for p in call.participants] == [
        "Kenyan Foreign Minister",
        f"{modifier} Minister of Trade of Uganda",
    ]
    assert [speaker for speaker, _ in speakers(readout)] == ["Amina Wekesa", "Moses Kato"]


def test_the_de_facto_authorities_speak_for_the_taliban_side() -> None:
    """UN readouts call the Taliban's government "the de facto authorities": its side speaks."""
    readout = parse(
        "The Special Representative of the Secretary-General for Afghanistan, Mary Atieno, met "
        "the de facto Minister of Foreign Affairs, Amir Khan Muttaqi, in Kabul on 9 June 2022. "
        "Ms. Atieno raised the ban on women working for aid agencies. The de facto authorities "
        "said they would review the ban."
    )
    assert [speaker for speaker, _ in speakers(readout)] == ["Mary Atieno", "Amir Khan Muttaqi"]


def test_officials_named_speaking_after_a_contact_with_their_group_are_its_side() -> None:
    """ "X met European diplomats. Germany's envoy Y said ...": Y was one of them."""
    readout = parse(
        "A Ugandan delegation led by Foreign Minister Joseph Okello met European diplomats in "
        "Geneva on Monday.\nGermany's special envoy for the Great Lakes, Klaus Berger, said "
        "Berlin would fund the border posts. The Dutch envoy Pieter Jansen said aid would "
        "continue.\nOkello said Uganda valued the support."
    )
    (call,) = readout.calls
    assert [p.name for p in call.participants] == ["Joseph Okello", "Klaus Berger", "Pieter Jansen"]
    assert [s for s, _ in speakers(readout)] == ["Klaus Berger", "Pieter Jansen", "Joseph Okello"]


@pytest.mark.parametrize("state", ["Islamic Emirate of Afghanistan", "Republic of Uganda"])
def test_a_states_name_above_its_ministrys_is_the_masthead(state: str) -> None:
    """The state's name, then its ministry's, then the headline: the headline is the title."""
    readout = parse(
        f"{state}\nMinistry of Foreign Affairs\n\nForeign Minister receives Kenyan envoy\n\n"
        "Kampala – Foreign Minister Joseph Okello met Kenyan Ambassador Mary Atieno on "
        "Wednesday, 8 June 2022. Okello said Uganda valued the ties."
    )
    assert (readout.format, readout.title, readout.outlet) == (
        OutletFormat.OFFICIAL,
        "Foreign Minister receives Kenyan envoy",
        "Ministry of Foreign Affairs",
    )


def test_a_time_word_quoted_dates_no_call_unless_the_quote_reports_it() -> None:
    """'told him that "today's Africa ..."' is no "today"; '“I met X today”' is one."""
    quoted = parse(
        f"Kenyan Foreign Minister Amina Wekesa met {OKELLO} in Nairobi and told him that "
        '"today\'s Africa needs open borders". Okello said Uganda agreed.'
    )
    reporting = parse(
        "Kenyan Foreign Minister Amina Wekesa wrote: “I met today with Ugandan Foreign "
        "Minister Joseph Okello in Nairobi.” Okello said Uganda agreed."
    )
    assert (quoted.calls[0].date, reporting.calls[0].date) == (None, PUBLISHED)
