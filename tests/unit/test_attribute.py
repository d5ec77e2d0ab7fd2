"""Stage 5: positions attributed to the calls' participants, coded by topic and stance."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import afdiplo
from afdiplo import Readout, Stance
from afdiplo._attribute import load_topics
from afdiplo.exceptions import DataFileError

REPO = Path(__file__).parent.parent.parent
TEXTS = sorted(
    [
        *(REPO / "seeds").glob("*.txt"),
        *(REPO / "tests" / "corpus" / "readouts" / "dev").glob("*.txt"),
    ]
)
TOPIC_KEYS = [
    "counter-terrorism",
    "etim",
    "peace-process",
    "afghan-led",
    "inclusive-politics",
    "taliban",
    "troop-withdrawal",
    "humanitarian-aid",
    "covid-19",
    "belt-and-road",
    "sovereignty",
    "un-security-council",
    "regional-cooperation",
    "bilateral-relations",
    "china-us-relations",
    "afghanistan",
    "ukraine",
    "korean-peninsula",
    "iran-nuclear",
    "middle-east",
    "south-china-sea",
    "taiwan",
    "xinjiang",
    "hong-kong",
    "tibet",
    "myanmar",
    "high-level-exchanges",
    "trade-investment",
    "sanctions",
    "human-rights",
    "climate-change",
    "evacuation",
    "multilateralism",
    "hegemony-and-blocs",
    "arms-control",
    "energy",
    "food-security",
    "counter-narcotics",
    "people-to-people",
    "military-security",
    "global-initiatives",
]


def _said(readout: Readout) -> list[tuple[str | None, bool, str]]:
    """Speaker name, joint flag and first words of every position, call by call."""
    return [
        (p.speaker.name if p.speaker else None, p.joint, " ".join(p.text.split()[:3]))
        for call in readout.calls
        for p in call.positions
    ]


@pytest.fixture(scope="module")
def corpus() -> list[Readout]:
    """The seeds and dev readouts, parsed once."""
    return [afdiplo.parse(path.read_text(encoding="utf-8")) for path in TEXTS]


class TestAttributePositions:
    def test_trailing_pronoun(self) -> None:
        """A trailing ", he added." gives the sentence to the speaker of the one before."""
        readout = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Russian Foreign "
            "Minister Sergey Lavrov. Wang said China is ready to deepen cooperation with Russia. "
            "Both countries should oppose unilateral sanctions, he added."
        )
        expected = [
            ("Wang Yi", False, "Wang said China"),
            ("Wang Yi", False, "Both countries should"),
        ]
        assert expected == _said(readout)

    def test_for_his_part(self) -> None:
        """ "For his part, X said" switches the speaker to X; the call set-up is no position."""
        readout = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Afghan Foreign "
            "Minister Mohammad Hanif Atmar. Wang noted that peace talks are at a critical stage. "
            "For his part, Atmar said Afghanistan thanks China for its support."
        )
        expected = [
            ("Wang Yi", False, "Wang noted that"),
            ("Mohammad Hanif Atmar", False, "For his part,"),
        ]
        assert expected == _said(readout)

    def test_both_sides_agreed(self) -> None:
        """ "Both sides agreed" is a joint position with no speaker."""
        readout = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Russian Foreign "
            "Minister Sergey Lavrov. Lavrov said Russia supports an inclusive government. "
            "Both sides agreed to keep close communication on Afghanistan."
        )
        position = readout.calls[0].positions[-1]
        expected = (None, True, Stance.COMMITMENT)
        assert expected == (position.speaker, position.joint, position.stance)

    def test_official_paragraph_continues(self) -> None:
        """In an official paragraph, the speaker of "Wang Yi said" keeps the sentences after."""
        readout = afdiplo.parse(
            "On August 16, 2021, State Councilor and Foreign Minister Wang Yi had a phone "
            "conversation with Russian Foreign Minister Sergey Lavrov.\n\n"
            "Wang Yi said, the situation in Afghanistan has undergone dramatic changes. "
            "The international community should respect the sovereignty of Afghanistan. "
            "China will continue to play a constructive role.\n\n"
            "Lavrov said that the changes have a complex impact on the world situation. "
            "The Russian side stands ready to keep close communication with the Chinese side."
        )
        expected = [
            ("Wang Yi", False, "Wang Yi said,"),
            ("Wang Yi", False, "The international community"),
            ("Wang Yi", False, "China will continue"),
            ("Sergey Lavrov", False, "Lavrov said that"),
            ("Sergey Lavrov", False, "The Russian side"),
        ]
        assert expected == _said(readout)

    def test_two_calls(self) -> None:
        """A position goes to the call whose participants include its speaker."""
        readout = afdiplo.parse(
            "Chinese Foreign Minister Wang Yi said on Monday that China supports peace talks in "
            "Afghanistan. Wang made the remarks during a phone conversation with Afghan Foreign "
            "Minister Mohammad Hanif Atmar on Monday. During another phone call with Pakistani "
            "Foreign Minister Shah Mahmood Qureshi, Wang stressed that regional countries should "
            "help. Atmar, for his part, said Afghanistan is committed to fighting terrorism."
        )
        expected = [
            ["Wang Yi", "Mohammad Hanif Atmar"],
            ["Wang Yi"],
        ]
        actual = [[p.speaker.name for p in call.positions if p.speaker] for call in readout.calls]
        assert expected == actual

    def test_cue_and_lemma(self) -> None:
        """The cue is the reporting verb as written, with its lemma."""
        readout = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Afghan Foreign "
            "Minister Mohammad Hanif Atmar. Atmar expressed appreciation for China's humanitarian "
            "aid to Afghanistan."
        )
        position = readout.calls[0].positions[0]
        expected = ("expressed appreciation", "express appreciation", Stance.APPRECIATION)
        assert expected == (position.cue, position.cue_lemma, position.stance)

    def test_demand_targets(self) -> None:
        """An actor before "should" or after "urge" is a target of a demand."""
        readout = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with US Secretary of State "
            "Antony Blinken. Wang said the US should play a constructive role and urged the "
            "Afghan Taliban to make a clean break with terrorist forces."
        )
        position = readout.calls[0].positions[0]
        expected = (Stance.DEMAND, ("United States", "Taliban"))
        assert expected == (position.stance, position.targets)

    def test_direct_quote(self) -> None:
        """A statement in quotation marks is direct."""
        readout = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Russian Foreign "
            'Minister Sergey Lavrov. "We must not allow the Cold War mentality to resurface '
            'in Asia," Wang said.'
        )
        assert readout.calls[0].positions[0].direct


class TestLoadTopics:
    def test_bundled_keys(self) -> None:
        """The bundled lexicon has exactly the documented topic keys, in order."""
        assert TOPIC_KEYS == [topic.key for topic in load_topics()]

    def test_user_file(self, tmp_path: Path) -> None:
        """A user file of the same layout is loaded."""
        path = tmp_path / "topics.json"
        path.write_text(
            json.dumps({"_meta": {}, "climate": {"description": "Climate.", "cues": ["climate"]}})
        )
        assert ["climate"] == [topic.key for topic in load_topics(path)]

    @pytest.mark.parametrize(
        "content",
        [
            "not json",
            "[]",
            "{}",
            json.dumps({"climate": {"cues": ["climate"]}}),
            json.dumps({"climate": {"description": "Climate.", "cues": []}}),
            json.dumps({"climate": {"description": "Climate.", "cues": ["Climate"]}}),
            json.dumps({"climate": {"description": "Climate.", "cues": ["(climate"]}}),
        ],
    )
    def test_bad_file(self, tmp_path: Path, content: str) -> None:
        """A file that is not a topic lexicon raises DataFileError."""
        path = tmp_path / "topics.json"
        path.write_text(content)
        with pytest.raises(DataFileError):
            load_topics(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file raises DataFileError."""
        with pytest.raises(DataFileError):
            load_topics(tmp_path / "absent.json")


class TestPositionProperties:
    @given(st.data())
    def test_positions_never_overlap(self, corpus: list[Readout], data: st.DataObject) -> None:
        """No two positions of a readout share a character."""
        readout = data.draw(st.sampled_from(corpus))
        spans = sorted((p.span.start, p.span.end) for c in readout.calls for p in c.positions)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))

    @given(st.data())
    def test_text_is_span_of_readout(self, corpus: list[Readout], data: st.DataObject) -> None:
        """Every position's text is its span of the readout's text."""
        readout = data.draw(st.sampled_from(corpus))
        positions = [p for c in readout.calls for p in c.positions]
        assert [p.span.of(readout.text) for p in positions] == [p.text for p in positions]

    @given(st.data())
    def test_spans_inside_body(self, corpus: list[Readout], data: st.DataObject) -> None:
        """Every position lies inside a body span."""
        readout = data.draw(st.sampled_from(corpus))
        assert all(
            any(b.start <= p.span.start and p.span.end <= b.end for b in readout.body_spans)
            for c in readout.calls
            for p in c.positions
        )

    @given(st.data())
    def test_topics_are_known(self, corpus: list[Readout], data: st.DataObject) -> None:
        """Every topic of a position is a key of the bundled lexicon."""
        readout = data.draw(st.sampled_from(corpus))
        topics = {t for c in readout.calls for p in c.positions for t in p.topics}
        assert set() == topics - set(TOPIC_KEYS)


class TestUserTopics:
    def test_user_lexicon_codes_positions(self, tmp_path: Path) -> None:
        """parse codes topics from a user lexicon when given one."""
        path = tmp_path / "topics.json"
        path.write_text(json.dumps({"trade": {"description": "Trade.", "cues": ["\\btrade\\b"]}}))
        readout = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Russian Foreign "
            "Minister Sergey Lavrov. Wang said China will expand trade with Russia.",
            topics=afdiplo.load_topics(path),
        )
        assert [("trade",)] == [p.topics for p in readout.calls[0].positions]


class TestSubjectSwitch:
    TEXT = (
        "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Norwegian Foreign "
        "Minister Ine Eriksen Soreide.\n\n"
        "Wang Yi said China and Norway should cooperate. Norway opposes interference. "
        "The Norwegian people have faced the pandemic together."
    )

    def test_country_subject_switches_speaker(self) -> None:
        """Mid-paragraph, a sentence whose subject is the other side's country is theirs."""
        positions = afdiplo.parse(self.TEXT).calls[0].positions
        assert ["Wang Yi", "Ine Eriksen Soreide"] == [
            p.speaker.name for p in positions[:2] if p.speaker
        ]

    def test_demonym_before_a_noun_does_not_switch(self) -> None:
        """'The Norwegian people have ...' is what the speaker talks about, not a new speaker."""
        text = self.TEXT.replace(" Norway opposes interference.", "")
        positions = afdiplo.parse(text).calls[0].positions
        assert ["Wang Yi", "Wang Yi"] == [p.speaker.name for p in positions if p.speaker]


def test_insisted_is_a_reporting_verb() -> None:
    """'X insisted' gives the cue and its lemma."""
    readout = afdiplo.parse(
        "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Norwegian Foreign "
        "Minister Ine Eriksen Soreide. The approach is wrong, Wang insisted."
    )
    position = readout.calls[0].positions[0]
    assert ("insisted", "insist") == (position.cue, position.cue_lemma)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindqvist briefed Wang on the talks in Geneva, saying Sweden supports a ceasefire.",
        "Lindqvist introduced Sweden's position on the talks in Geneva.",
        "Lindqvist informed Wang that Sweden supports a ceasefire.",
        "Lindqvist elaborated on Sweden's position on the talks in Geneva.",
        "Lindqvist congratulated Wang on the success of the talks in Geneva.",
        "Lindqvist called for an early ceasefire.",
        "Lindqvist assured Wang that Sweden supports a ceasefire.",
        "Lindqvist conveyed the greetings of the Swedish government.",
        "Lindqvist highlighted the role of the United Nations.",
        "Lindqvist pledged more humanitarian aid.",
        "Lindqvist recalled the talks in Geneva.",
        "Lindqvist vowed to keep supporting the talks in Geneva.",
        "Lindqvist acknowledged the role of China in the talks in Geneva.",
    ],
)
def test_briefing_is_reported_speech(sentence: str) -> None:
    """'X briefed Y on ...', 'X called for ...': X's position, not the previous speaker's."""
    readout = afdiplo.parse(
        "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Swedish Foreign "
        f"Minister Karin Lindqvist. Wang said China hopes for peace. {sentence}"
    )
    assert ["Wang Yi", "Karin Lindqvist"] == [
        p.speaker.name for p in readout.calls[0].positions if p.speaker
    ]


_SWEDEN_CALL = (
    "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Swedish Foreign Minister "
    "Karin Lindqvist."
)


@pytest.mark.parametrize(
    ("sentence", "positions"),
    [
        # Nothing said yet: the press or an occasion, and the sentence ends.
        ("Lindqvist briefed the journalists on the talks.", 0),
        ("Lindqvist told reporters after the meeting.", 0),
        ("Lindqvist spoke at a press conference in Stockholm.", 0),
        ("Lindqvist said at the annual security forum.", 0),
        ("Lindqvist concluded the conference.", 0),
        # Words said: a noun at the end is no audience.
        ("Lindqvist said Sweden supports dialogue.", 1),
        ("Lindqvist said the country backs the summit.", 1),
        ("Lindqvist told Wang that Sweden wants a ceasefire at the conference.", 1),
        ("Lindqvist concluded that Sweden supports the dialogue.", 1),
    ],
)
def test_a_briefing_without_words_is_no_position(sentence: str, positions: int) -> None:
    """'X briefed the press', 'X said at a press conference.': no position; 'X said Y ...': one."""
    readout = afdiplo.parse(f"{_SWEDEN_CALL} {sentence}")
    assert positions == len(readout.calls[0].positions)


@pytest.mark.parametrize(
    "quotation",
    [
        '"Sweden values the call. Trade matters to us," Lindqvist added.',
        '"Sweden values the call. Trade matters to us. We want more," Lindqvist said.',
        "“Sweden values the call. Trade matters to us,” Lindqvist added.",
    ],
)
def test_a_quotation_of_several_sentences_is_its_speakers(quotation: str) -> None:
    """A quotation that closes sentences after it opens is the attribution's, every sentence."""
    readout = afdiplo.parse(f"{_SWEDEN_CALL} Wang said China hopes for peace. {quotation}")
    speakers = [p.speaker.name if p.speaker else None for p in readout.calls[0].positions]
    assert ["Wang Yi"] + ["Karin Lindqvist"] * (len(speakers) - 1) == speakers
    assert len(speakers) == 1 + quotation.count(". ") + 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement said the two ministers agreed to stay in touch.",
        "The statement said that the two ministers agreed to stay in touch.",
        "The ministry announced on its website that both sides agreed to stay in touch.",
    ],
)
def test_a_relay_of_a_joint_subject_is_joint(sentence: str) -> None:
    """What a relay says both sides did is joint, with "that" or without."""
    readout = afdiplo.parse(f"{_SWEDEN_CALL} Wang said China hopes for peace. {sentence}")
    last = readout.calls[0].positions[-1]
    assert (None, True, "relayed") == (last.speaker, last.joint, last.rule)


def test_empty_topic_lexicon_codes_no_topics() -> None:
    """topics=() means no topics, not the bundled lexicon."""
    readout = afdiplo.parse(
        "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Norwegian Foreign "
        "Minister Ine Eriksen Soreide. Wang said terrorism must be fought.",
        topics=(),
    )
    assert [()] == [p.topics for p in readout.calls[0].positions]


def test_two_letter_family_name_is_a_speaker() -> None:
    """'Xi said' attributes to Xi Jinping: a family name that comes first may be short."""
    readout = afdiplo.parse(
        "Chinese President Xi Jinping held a phone conversation with Russian President "
        "Vladimir Putin on June 15, 2022. Xi said China supports Russia."
    )
    assert ["Xi Jinping"] == [p.speaker.name for p in readout.calls[0].positions if p.speaker]


def test_three_sides_agreeing_is_joint() -> None:
    """'The three sides agreed' in a trilateral call is a joint position."""
    readout = afdiplo.parse(
        "On 3 June 2021, Foreign Minister Wang Yi held a video call with Afghan Foreign "
        "Minister Mohammad Hanif Atmar and Pakistani Foreign Minister Shah Mahmood Qureshi. "
        "The three sides agreed to strengthen counter-terrorism cooperation."
    )
    position = readout.calls[0].positions[0]
    assert (True, None) == (position.joint, position.speaker)


def test_topic_cue_inside_a_longer_word() -> None:
    """A cue written without a word boundary codes a word that contains it: 'counterterrorism'."""
    readout = afdiplo.parse(
        "On 19 August 2021, Foreign Minister Wang Yi had a phone call with Pakistani Foreign "
        "Minister Shah Mahmood Qureshi. Qureshi said Pakistan values counterterrorism "
        "cooperation with China."
    )
    assert "counter-terrorism" in readout.calls[0].positions[0].topics


# A US-style readout: the second sentence names its speaker by title only.
TITLE_ONLY = (
    "Secretary of State Antony J. Blinken spoke today with Chilean Foreign Minister Tomas "
    "Ferrada. The Secretary reaffirmed the United States' support for Chile's democracy. "
    "Secretary Blinken and Foreign Minister Ferrada discussed trade and energy."
)


def test_the_secretary_is_the_participant_with_that_title() -> None:
    """ "The Secretary reaffirmed": the one participant whose title holds "Secretary"."""
    positions = afdiplo.parse(TITLE_ONLY).calls[0].positions
    assert [("Antony Blinken", False, "reaffirmed"), (None, True, "discussed")] == [
        (p.speaker.name if p.speaker else None, p.joint, p.cue) for p in positions
    ]


def test_a_title_two_participants_hold_names_no_one() -> None:
    """ "The Foreign Minister said", when both are foreign ministers: no speaker, a diagnostic."""
    text = (
        "On 3 May 2021, Chinese Foreign Minister Wang Yi had a phone call with Chilean "
        "Foreign Minister Tomas Ferrada. The Foreign Minister said trade matters."
    )
    readout = afdiplo.parse(text)
    assert (
        [(None, False, "The Foreign Minister said trade matters.")],
        ["position.speaker-unresolved"],
    ) == (
        [(p.speaker, p.joint, p.text) for p in readout.calls[0].positions],
        [d.code for d in readout.diagnostics if d.code.startswith("position.")],
    )


@pytest.mark.parametrize("subject", ["The sides", "They"])
def test_the_sides_and_they_agree_jointly(subject: str) -> None:
    """ "The sides agreed", "They agreed": a joint position, not the last speaker's."""
    text = (
        "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Chilean Foreign "
        f"Minister Tomas Ferrada. Ferrada said Chile values trade. {subject} agreed to "
        "keep in touch."
    )
    assert [("Tomas Ferrada", False), (None, True)] == [
        (p.speaker.name if p.speaker else None, p.joint)
        for p in afdiplo.parse(text).calls[0].positions
    ]


def test_first_name_alone_names_its_speaker() -> None:
    """ "Bilawal thanked ...": a first name only one participant has is theirs."""
    text = (
        "Chinese Foreign Minister Wang Yi held phone talks with Pakistani Foreign Minister "
        "Bilawal Karimzada on 3 January 2023. Wang said the two countries are partners. "
        "Bilawal thanked China for its assistance."
    )
    assert ["Wang Yi", "Bilawal Karimzada"] == [
        p.speaker.name for p in afdiplo.parse(text).calls[0].positions if p.speaker
    ]


def test_numbered_paragraphs() -> None:
    """ "2. The two ministers shared the view ...": the number is no sentence; the view is joint."""
    text = (
        "On 12 May 2022, Foreign Minister Wang Yi held a telephone talk with Norwegian Foreign "
        "Minister Ine Eriksen Soreide.\n\n1. Wang said trade matters.\n\n2. The two ministers "
        "shared the view that they will keep in touch."
    )
    positions = afdiplo.parse(text).calls[0].positions
    assert [("Wang Yi", False, "Wang said"), (None, True, "The two")] == [
        (p.speaker.name if p.speaker else None, p.joint, " ".join(p.text.split()[:2]))
        for p in positions
    ]


_KENYA_CALL = (
    "On 8 June 2022, Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister "
    "Amina Wekesa. Wang said China values its partnership with Kenya. "
)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # A contact that is no call, between a participant and someone: narration, no words.
        ("Wang will meet Ugandan Foreign Minister Joseph Okello in Kampala next week.", []),
        ("Wang did not meet Wekesa in person this year.", []),
        ("Wang has not met Ugandan Foreign Minister Joseph Okello since 2019.", []),
        # With a reporting verb, or without a second person, the words are the speaker's.
        ("Wang said he would meet Ugandan Foreign Minister Joseph Okello soon.", ["Wang Yi"]),
        ("He added that China is ready to hold talks with Kenya.", ["Wang Yi"]),
    ],
)
def test_a_contact_that_is_no_call_is_no_position(sentence: str, speakers: list[str]) -> None:
    """'Wang will meet X next week': a report of contact, not Wang's words."""
    readout = afdiplo.parse(_KENYA_CALL + sentence, published=dt.date(2022, 6, 10))
    (call,) = readout.calls
    assert speakers == [p.speaker.name for p in call.positions[1:] if p.speaker]
    assert len(call.positions) == 1 + len(speakers)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # A plan or a request made of the subject: the verb reports no words of theirs.
        ("Wang is expected to hold talks with Ugandan Foreign Minister Joseph Okello.", None),
        ("Wekesa was asked to visit Beijing later this year.", None),
        ("Wekesa was invited to attend the forum in Beijing.", None),
        # The subject's own words, or a report of them.
        ("Wekesa expected the talks to succeed.", "expected"),
        ("Wekesa asked to see the draft of the agreement.", "asked"),
        ("Wekesa was reported to favour a ceasefire.", "reported"),
    ],
)
def test_a_plan_in_the_passive_is_no_one_speaking(sentence: str, verb: str | None) -> None:
    """'Wang is expected to hold talks': a plan for Wang, not his words."""
    readout = afdiplo.parse(_KENYA_CALL + sentence, published=dt.date(2022, 6, 10))
    (call,) = readout.calls
    named = [p.cue for p in call.positions[1:] if p.rule == "named_subject"]
    assert ([verb] if verb else []) == named


@pytest.mark.parametrize(
    ("sentence", "joint"),
    [
        # What one side says they discussed is the call's agenda: joint.
        ("Wekesa said she discussed regional security with Wang.", True),
        ('Wekesa tweeted that she "exchanged views" with Wang on trade.', True),
        ("Wekesa said that they had discussed the drought in the Horn of Africa.", True),
        # What one side says is theirs.
        ("Wekesa said she hoped the talks would succeed.", False),
        ("Wekesa said Kenya wants more trade with China.", False),
    ],
)
def test_what_one_side_says_they_discussed_is_the_agenda(sentence: str, *, joint: bool) -> None:
    """'Wekesa said she discussed X with Wang': the shared agenda, as 'they discussed X'."""
    readout = afdiplo.parse(_KENYA_CALL + sentence, published=dt.date(2022, 6, 10))
    last = readout.calls[0].positions[-1]
    assert (joint, "agenda" if joint else "named_subject") == (last.joint, last.rule)


_LAVROV_CALL = (
    "On 8 June 2022, Foreign Minister Wang Yi had a phone call with Russian Foreign Minister "
    "Sergey Lavrov. Wang said China values the partnership. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # One side speaking about something: theirs.
        (
            "The Russian Foreign Minister spoke about the threat of biological weapons.",
            "Sergey Lavrov",
        ),
        ("Lavrov talked about the need for calm in the region.", "Sergey Lavrov"),
        # Speaking with the other side about something: the agenda.
        ("Lavrov spoke with Wang about the situation in Ukraine.", "joint"),
    ],
)
def test_speaking_about_is_one_sides_and_with_the_other_the_agenda(
    sentence: str, expected: str
) -> None:
    """'Lavrov spoke about X' is Lavrov's; 'Lavrov spoke with Wang about X', the agenda."""
    last = afdiplo.parse(_LAVROV_CALL + sentence).calls[0].positions[-1]
    assert expected == ("joint" if last.joint else last.speaker.name if last.speaker else None)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Wekesa took this opportunity to share Kenya's view of the peace process.", "share"),
        ("Wekesa was pleased to note the progress of the railway project.", "note"),
        ("Wekesa drew attention to the drought in the north of the country.", "drew attention to"),
    ],
)
def test_a_framing_phrase_before_the_verb_keeps_the_subject(sentence: str, cue: str) -> None:
    """'X took this opportunity to share ...', 'X was pleased to note ...': X's words."""
    readout = afdiplo.parse(_KENYA_CALL + sentence, published=dt.date(2022, 6, 10))
    last = readout.calls[0].positions[-1]
    assert ("Amina Wekesa", "named_subject", cue) == (
        last.speaker.name if last.speaker else None,
        last.rule,
        last.cue,
    )
