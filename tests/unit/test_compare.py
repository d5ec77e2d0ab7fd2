"""afdiplo.compare and afdiplo.Corpus on short realistic readouts and the seeds."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import afdiplo
from afdiplo import Corpus, DiffOp, compare, similarity
from conftest import REPO

SEEDS = {p.name: afdiplo.parse_file(p) for p in sorted((REPO / "seeds").glob("*.txt"))}
OFFICIAL = SEEDS["001_2fac647d5e77c0f9.txt"]
NEWS = SEEDS["002_371f03bf1a80d86c.txt"]


class TestSimilarity:
    def test_sees_through_rewording(self) -> None:
        """Synonyms, stems and spelling variants count as the same words."""
        assert (
            similarity(
                "Reoccurrence of internal turmoil or conflict should not be tolerated",
                "instead of allowing the recurrence of civil strife or even civil war",
            )
            >= 0.5
        )

    def test_shared_names_weigh_little(self) -> None:
        """Statements that share only the countries every statement names are not paired."""
        a = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Afghan Foreign Minister "
            "Mohammad Hanif Atmar. Wang said China will continue to support Afghanistan in "
            "beating the virus. Wang said China and Afghanistan will deepen trade cooperation."
        )
        b = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Afghan Foreign Minister "
            "Mohammad Hanif Atmar. Wang said the ETIM is a common enemy of Afghanistan and China. "
            "Wang said China and Afghanistan will deepen trade cooperation."
        )
        assert [("Wang said China and Afghanistan will deepen trade cooperation.",) * 2] == [
            (m.a.text, m.b.text) for m in compare(a, b).matched
        ]

    @pytest.mark.parametrize("text", ["Wang said peace matters.", "", "of the and"])
    def test_equal_texts_score_one(self, text: str) -> None:
        """Any text is fully similar to itself."""
        assert 1.0 == similarity(text, text)


class TestCompare:
    def test_pairs_only_the_same_speaker(self) -> None:
        """Matched positions always have the same speaker (or are both joint)."""
        result = compare(OFFICIAL, NEWS)
        assert [] == [
            m
            for m in result.matched
            if (m.a.speaker, m.a.joint) != (m.b.speaker, m.b.joint)
            and (m.a.speaker and m.a.speaker.name) != (m.b.speaker and m.b.speaker.name)
        ]

    def test_every_position_accounted_for(self) -> None:
        """Every position is in a pair or in its side's only_in list, never in both."""
        result = compare(OFFICIAL, NEWS)
        paired_a = {m.a.span.start for m in result.matched}
        paired_b = {m.b.span.start for m in result.matched}
        assert (
            sorted(p.span.start for c in OFFICIAL.calls for p in c.positions),
            sorted(p.span.start for c in NEWS.calls for p in c.positions),
            set(),
            set(),
        ) == (
            sorted(paired_a | {p.span.start for p in result.only_in_a}),
            sorted(paired_b | {p.span.start for p in result.only_in_b}),
            paired_a & {p.span.start for p in result.only_in_a},
            paired_b & {p.span.start for p in result.only_in_b},
        )

    def test_word_diff_rebuilds_both_texts(self) -> None:
        """The word diff of a pair holds exactly the words of each side."""
        for pair in compare(OFFICIAL, NEWS).matched:
            left = " ".join(c.text for c in pair.diff if c.op is not DiffOp.INSERT)
            right = " ".join(c.text for c in pair.diff if c.op is not DiffOp.DELETE)
            assert (pair.a.text.split(), pair.b.text.split()) == (left.split(), right.split())

    def test_calls_compare_like_readouts(self) -> None:
        """Comparing two one-call readouts' calls pairs the same positions."""
        by_readout = compare(OFFICIAL, NEWS)
        by_call = compare(OFFICIAL.calls[0], NEWS.calls[0])
        assert [(m.a, m.b) for m in by_readout.matched] == [(m.a, m.b) for m in by_call.matched]

    def test_topics_counted_per_side(self) -> None:
        """Topic presence counts the positions of each side on each topic."""
        result = compare(OFFICIAL, NEWS)
        for presence in result.topics:
            assert (
                sum(presence.topic in p.topics for c in OFFICIAL.calls for p in c.positions),
                sum(presence.topic in p.topics for c in NEWS.calls for p in c.positions),
            ) == (presence.count_a, presence.count_b)

    def test_renders_both_sides(self) -> None:
        """str() and to_markdown() show both labels and every matched text."""
        result = compare(OFFICIAL, NEWS)
        text, markdown = str(result), result.to_markdown()
        first = result.matched[0]
        assert all(
            part in text for part in (result.label_a, result.label_b, first.a.text, first.b.text)
        )
        assert (True, True) == (markdown.startswith("# "), "| score | speaker |" in markdown)

    def test_serialises_through_the_converter(self) -> None:
        """A comparison round-trips through to_dict/from_dict and JSON."""
        result = compare(OFFICIAL, NEWS)
        data = json.loads(json.dumps(afdiplo.to_dict(result)))
        assert result == afdiplo.from_dict(data, afdiplo.Comparison)

    def test_stance_shift_between_dates(self) -> None:
        """The same speaker's different stance on a topic on two dates is a shift."""
        may = afdiplo.parse(
            "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Pakistani Foreign "
            "Minister Shah Mahmood Qureshi. Wang said China will fight terrorism with Pakistan."
        )
        august = afdiplo.parse(
            "On 3 August 2021, Foreign Minister Wang Yi had a phone call with Pakistani Foreign "
            "Minister Shah Mahmood Qureshi. Wang said the Taliban must fight terrorism."
        )
        shifts = {
            (s.speaker, s.topic): (s.stance_a, s.stance_b) for s in compare(may, august).shifted
        }
        assert (afdiplo.Stance.COMMITMENT, afdiplo.Stance.DEMAND) == shifts[
            ("Wang Yi", "counter-terrorism")
        ]


MINISTRY_PAGE = afdiplo.parse(
    "On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with Pakistani "
    "Foreign Minister Shah Mahmood Qureshi. Wang said China firmly supports Pakistan in "
    "safeguarding its sovereignty and territorial integrity. Wang said China will deepen "
    "cooperation with Pakistan on the economic corridor. Wang said the two countries should "
    "jointly fight terrorism. Qureshi thanked China for its donations of vaccines."
)
NEWS_REPORT = afdiplo.parse(
    "Chinese Foreign Minister Wang Yi held a phone call with Pakistani Foreign Minister Shah "
    "Mahmood Qureshi on 3 May 2021. Wang said China firmly supports Pakistan in safeguarding its "
    "sovereignty and territorial integrity, will deepen cooperation with Pakistan on the "
    "economic corridor, and wants the two countries to jointly fight terrorism. Qureshi said "
    "Pakistan looks forward to hosting the next Belt and Road forum."
)


class TestManyToOne:
    def test_a_long_sentence_is_matched_with_each_sentence_it_covers(self) -> None:
        """One news sentence folding three ministry sentences is paired with all three."""
        result = compare(MINISTRY_PAGE, NEWS_REPORT)
        folded = NEWS_REPORT.calls[0].positions[0]
        assert [(p, folded) for p in MINISTRY_PAGE.calls[0].positions[:3]] == sorted(
            ((m.a, m.b) for m in result.matched), key=lambda pair: pair[0].span.start
        )

    def test_only_what_the_other_side_does_not_say_is_one_sided(self) -> None:
        """only_in_a and only_in_b hold only the positions nothing on the other side says."""
        result = compare(MINISTRY_PAGE, NEWS_REPORT)
        assert (
            ["Qureshi thanked China for its donations of vaccines."],
            ["Qureshi said Pakistan looks forward to hosting the next Belt and Road forum."],
        ) == ([p.text for p in result.only_in_a], [p.text for p in result.only_in_b])

    def test_seen_from_the_other_side(self) -> None:
        """Comparing the other way round gives the same pairs, sides swapped."""
        assert compare(MINISTRY_PAGE, NEWS_REPORT).swapped() == compare(NEWS_REPORT, MINISTRY_PAGE)

    def test_one_person_under_two_canonical_names(self) -> None:
        """A speaker whose name the other side lists as a spelling of its own pairs as one."""
        text = "Soreide said Norway supports the peace talks."
        short = afdiplo.Participant(name="Ine Eriksen Soreide")
        full = afdiplo.Participant(
            name="Ine Marie Eriksen Soreide", aliases=("Ine Eriksen Soreide", "Soreide")
        )

        def call(speaker: afdiplo.Participant) -> afdiplo.Call:
            said = afdiplo.Position(speaker=speaker, text=text, span=afdiplo.Span(0, len(text)))
            return afdiplo.Call(participants=[speaker], positions=[said], span=afdiplo.Span(0, 0))

        result = compare(call(short), call(full))
        assert ([1.0], (), ()) == (
            [m.score for m in result.matched],
            result.only_in_a,
            result.only_in_b,
        )

    def test_pairs_best_first(self) -> None:
        """Matched pairs come best first, one-to-one pairs and covered positions alike."""
        scores = [m.score for m in compare(OFFICIAL, NEWS).matched]
        assert sorted(scores, reverse=True) == scores


#: One call as the Chinese ministry (Beijing, the next morning) and the State Department give it.
BEIJING = (
    "Wang Yi Speaks with U.S. Secretary of State Antony Blinken on the Phone\n\n"
    "2021-08-17 10:05\n\n"
    "On August 17, 2021, State Councilor and Foreign Minister Wang Yi spoke on the phone with "
    "U.S. Secretary of State Antony Blinken at request.\n\n"
    "Blinken said the situation in Afghanistan is at a critical juncture.\n\n"
    "Wang Yi said China will continue to support the Afghan people with humanitarian "
    "assistance. Wang Yi said China firmly opposes interference in China's internal affairs "
    "on Xinjiang and Hong Kong.\n"
)
WASHINGTON = (
    "Secretary Blinken's Call with PRC State Councilor and Foreign Minister Wang\n\n"
    "READOUT\n\nOFFICE OF THE SPOKESPERSON\n\nAUGUST 16, 2021\n\n"
    "The following is attributable to Spokesperson Ned Price:\n\n"
    "Secretary of State Antony J. Blinken spoke today with People's Republic of China State "
    "Councilor and Foreign Minister Wang Yi about the security situation in Afghanistan. The "
    "Secretary underscored the importance of the safe departure of U.S. citizens. The "
    "Secretary also raised concerns about human rights abuses in Xinjiang.\n"
)

#: The same call as Xinhua reports it, dated only "on Monday".
XINHUA = (
    "Wang Yi, Blinken discuss Afghanistan over phone\n\n"
    "2021-08-17 09:12:30 Source: Xinhua\n\n"
    "BEIJING, Aug. 17 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi on "
    "Monday had a phone conversation with U.S. Secretary of State Antony Blinken at the "
    "latter's request.\n\n"
    "Wang said China is willing to communicate with the United States to promote a soft "
    "landing of the Afghan issue.\n"
)
#: Another engagement of the same two, a week later, and one of Wang Yi with Lavrov that day.
A_WEEK_LATER = BEIJING.replace("August 17, 2021", "August 24, 2021").replace("08-17", "08-24")
WITH_LAVROV = (
    "On 16 August 2021, State Councilor and Foreign Minister Wang Yi had a phone call with "
    "Russian Foreign Minister Sergey Lavrov. Wang said China is ready to strengthen "
    "communication with Russia."
)


#: A day for calls whose date does not matter.
DAY = dt.date(2021, 8, 16)


def _call(
    date: dt.date | None,
    *names: str | tuple[str, tuple[str, ...]],
    medium: afdiplo.Medium = afdiplo.Medium.OTHER,
) -> afdiplo.Call:
    """A call on *date* between people given by name, or by name and aliases."""
    people = [
        afdiplo.Participant(name=n)
        if isinstance(n, str)
        else afdiplo.Participant(name=n[0], aliases=n[1])
        for n in names
    ]
    return afdiplo.Call(date=date, medium=medium, participants=people, span=afdiplo.Span(0, 0))


class TestSameCall:
    def test_two_governments_a_day_apart(self) -> None:
        """Beijing's account dated the next day and Washington's are one call, said plainly."""
        result = compare(afdiplo.parse(BEIJING), afdiplo.parse(WASHINGTON))
        assert (True, "Antony Blinken and Wang Yi, 2021-08-16 and 2021-08-17") == (
            result.same_call,
            result.same_call_reason,
        )

    def test_dates_too_far_apart(self) -> None:
        """Two days apart is two calls, and the reason gives both dates."""
        result = compare(
            _call(dt.date(2021, 8, 18), "Wang Yi", "Antony Blinken"),
            _call(dt.date(2021, 8, 16), "Antony Blinken", "Wang Yi"),
        )
        assert (False, "dated 2 days apart (2021-08-16 and 2021-08-18)") == (
            result.same_call,
            result.same_call_reason,
        )

    def test_different_participants(self) -> None:
        """A call with another counterpart on the same day is another call."""
        result = compare(
            _call(dt.date(2021, 8, 16), "Wang Yi", "Antony Blinken"),
            _call(dt.date(2021, 8, 16), "Wang Yi", "Sergey Lavrov"),
        )
        assert (
            False,
            "different participants (Antony Blinken and Wang Yi; Sergey Lavrov and Wang Yi)",
        ) == (
            result.same_call,
            result.same_call_reason,
        )

    def test_a_spelling_one_side_gives_is_the_same_person(self) -> None:
        """A canonical name that the other side lists among its spellings is one person."""
        result = compare(
            _call(dt.date(2021, 5, 3), "Wang Yi", "Ine Eriksen Soreide"),
            _call(
                dt.date(2021, 5, 3),
                "Wang Yi",
                ("Ine Marie Eriksen Soreide", ("Ine Eriksen Soreide",)),
            ),
        )
        assert True is result.same_call

    def test_a_shared_surname_is_not_the_same_person(self) -> None:
        """Two people both called "Wang" in their readouts are still two people."""
        result = compare(
            _call(dt.date(2021, 5, 3), ("Wang Yi", ("Wang",)), "Sergey Lavrov"),
            _call(dt.date(2021, 5, 3), ("Wang Wenbin", ("Wang",)), "Sergey Lavrov"),
        )
        assert False is result.same_call

    def test_a_partial_date_within_a_day(self) -> None:
        """'On Wednesday' is within a day of a Thursday; of a Saturday it is not."""
        wednesday = afdiplo.Call(
            partial_date=afdiplo.PartialDate(weekday=2),
            participants=[afdiplo.Participant(name="Wang Yi")],
            span=afdiplo.Span(0, 0),
        )
        assert [True, False] == [
            compare(wednesday, _call(day, "Wang Yi")).same_call
            for day in (dt.date(2021, 8, 19), dt.date(2021, 8, 21))
        ]

    def test_a_phone_call_and_a_meeting_are_two_engagements(self) -> None:
        """A phone call and a meeting of the same two on one day are two, said alike both ways."""
        phone = _call(DAY, "Wang Yi", "Antony Blinken", medium=afdiplo.Medium.PHONE)
        meeting = _call(DAY, "Antony Blinken", "Wang Yi", medium=afdiplo.Medium.MEETING)
        reason = "different media (a meeting; a phone call)"
        assert [(False, reason), (False, reason)] == [
            (result.same_call, result.same_call_reason)
            for result in (compare(phone, meeting), compare(meeting, phone))
        ]

    def test_a_letter_is_no_conversation(self) -> None:
        """A letter of the same two on one day is neither their phone call nor their video call."""
        letter = _call(DAY, "Wang Yi", "Antony Blinken", medium=afdiplo.Medium.LETTER)
        calls = [
            _call(DAY, "Wang Yi", "Antony Blinken", medium=medium)
            for medium in (afdiplo.Medium.PHONE, afdiplo.Medium.VIDEO)
        ]
        assert [False, False] == [compare(letter, call).same_call for call in calls]

    @pytest.mark.parametrize(
        ("first", "second"),
        [
            # A medium the text does not name is one with any.
            (afdiplo.Medium.OTHER, afdiplo.Medium.MEETING),
            (afdiplo.Medium.OTHER, afdiplo.Medium.LETTER),
            # Publishers call a video call "a call" and "a meeting" ("met via video link").
            (afdiplo.Medium.VIDEO, afdiplo.Medium.PHONE),
            (afdiplo.Medium.VIDEO, afdiplo.Medium.MEETING),
        ],
    )
    def test_media_that_can_be_one_engagement(
        self, first: afdiplo.Medium, second: afdiplo.Medium
    ) -> None:
        """An unnamed medium, or a video call, can be another report's phone call or meeting."""
        result = compare(
            _call(DAY, "Wang Yi", "Antony Blinken", medium=first),
            _call(DAY, "Wang Yi", "Antony Blinken", medium=second),
        )
        assert True is result.same_call

    def test_the_seeds_of_one_call_and_of_two(self) -> None:
        """Seeds 001 and 002 report one call; seeds 001 and 004 do not."""
        other = SEEDS["004_52ee514e77fbdb24.txt"]
        assert (True, False) == (
            compare(OFFICIAL, NEWS).same_call,
            compare(OFFICIAL, other).same_call,
        )

    def test_a_readout_of_no_call(self) -> None:
        """A readout that reports no call is no call of the other side's."""
        empty = afdiplo.parse("It rained in Beijing.", strict=False)
        result = compare(empty, OFFICIAL)
        assert (False, "one side reports no call") == (result.same_call, result.same_call_reason)

    def test_rendered_plainly(self) -> None:
        """Text and Markdown say in words whether it is one call."""
        result = compare(OFFICIAL, SEEDS["004_52ee514e77fbdb24.txt"])
        line = (
            "Different calls: different participants "
            "(Mohammad Hanif Atmar and Wang Yi; Sergey Lavrov and Wang Yi)."
        )
        assert (line, line) == (str(result).splitlines()[2], result.to_markdown().splitlines()[5])


WANG = (
    "Wang said China firmly supports Pakistan in safeguarding its sovereignty.",
    "Wang said China will deepen cooperation with Pakistan on the economic corridor.",
)
QURESHI = "Qureshi thanked China for its donations of vaccines."
JOINT = "Both sides agreed to step up counter-terrorism cooperation."
WITH_JOINT = afdiplo.parse(
    "On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with Pakistani "
    f"Foreign Minister Shah Mahmood Qureshi. {WANG[0]} {WANG[1]} {QURESHI} {JOINT}"
)


class TestVoice:
    def test_each_speakers_share_of_a_side(self) -> None:
        """Each speaker's count and characters, and joint positions as a row of their own."""
        chars = len(WANG[0]) + len(WANG[1]) + len(QURESHI) + len(JOINT)
        expected = (
            afdiplo.VoiceShare(
                speaker="Wang Yi",
                country="China",
                positions=2,
                characters=len(WANG[0]) + len(WANG[1]),
                position_share=0.5,
                character_share=round((len(WANG[0]) + len(WANG[1])) / chars, 6),
            ),
            afdiplo.VoiceShare(
                speaker="both sides",
                country=None,
                positions=1,
                characters=len(JOINT),
                position_share=0.25,
                character_share=round(len(JOINT) / chars, 6),
            ),
            afdiplo.VoiceShare(
                speaker="Shah Mahmood Qureshi",
                country="Pakistan",
                positions=1,
                characters=len(QURESHI),
                position_share=0.25,
                character_share=round(len(QURESHI) / chars, 6),
            ),
        )
        assert expected == compare(WITH_JOINT, NEWS_REPORT).voice.a

    def test_the_other_sides_voice(self) -> None:
        """The second side is counted over its own positions; swapping the sides swaps them."""
        result = compare(WITH_JOINT, NEWS_REPORT)
        assert (
            [("Wang Yi", 1, 0.5), ("Shah Mahmood Qureshi", 1, 0.5)],
            result.voice.a,
        ) == (
            [(s.speaker, s.positions, s.position_share) for s in result.voice.b],
            result.swapped().voice.b,
        )

    def test_shares_add_up_to_one(self) -> None:
        """On each side of the seeds, the shares of positions and of characters add up to 1."""
        voice = compare(OFFICIAL, NEWS).voice
        assert [(1.0, 1.0), (1.0, 1.0)] == [
            (
                round(sum(s.position_share for s in side), 3),
                round(sum(s.character_share for s in side), 3),
            )
            for side in (voice.a, voice.b)
        ]

    def test_text_and_markdown_show_the_table(self) -> None:
        """str() and to_markdown() give a row per speaker with count and share."""
        result = compare(WITH_JOINT, NEWS_REPORT)
        text, markdown = str(result), result.to_markdown()
        assert (True, True) == (
            any(
                line.split()[:5] == ["A", "Wang", "Yi", "(China)", "2"] and "50%" in line
                for line in text.splitlines()
            ),
            "| both sides |  | 1 | 25% |" in markdown,
        )


class TestTopicsOfOneSide:
    def test_topics_only_one_government_reports(self) -> None:
        """Beijing alone speaks of Hong Kong and aid, Washington alone of evacuation and rights."""
        result = compare(afdiplo.parse(BEIJING), afdiplo.parse(WASHINGTON))
        assert (True, True, False) == (
            {"hong-kong", "humanitarian-aid"} <= set(result.topics_only_in_a),
            {"evacuation", "human-rights"} <= set(result.topics_only_in_b),
            "xinjiang" in result.topics_only_in_a + result.topics_only_in_b,
        )

    def test_seen_from_the_other_side(self) -> None:
        """Swapping the sides swaps the one-sided topics."""
        result = compare(afdiplo.parse(BEIJING), afdiplo.parse(WASHINGTON))
        assert (result.topics_only_in_a, result.topics_only_in_b) == (
            result.swapped().topics_only_in_b,
            result.swapped().topics_only_in_a,
        )


HOSTILE = afdiplo.parse(
    "On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with Pakistani "
    "Foreign Minister Shah Mahmood Qureshi. Wang said China supports "
    "\"<script>alert('a')</script>\" & 'friends'. Qureshi said </mark><img src=x "
    'onerror=alert(1)> is "fine".'
)


class TestLabels:
    def test_outlet_or_kind_and_date_never_a_hash(self) -> None:
        """By default a side is named by its outlet (or kind of page), country and date."""
        result = compare(SEEDS["000_12d0501d14dc690d.txt"], SEEDS["004_52ee514e77fbdb24.txt"])
        assert ("CGTN (China), 2021-05-18", "official page (China), 2021-08-16") == (
            result.label_a,
            result.label_b,
        )

    def test_label_without_a_source_country(self) -> None:
        """A readout of an unknown publisher is named by its kind and date alone."""
        result = compare(SEEDS["002_371f03bf1a80d86c.txt"], SEEDS["003_4544755e6faf8fb8.txt"])
        assert ("news report, undated", "news report, undated") == (
            result.label_a,
            result.label_b,
        )

    def test_reports_use_the_default_labels(self) -> None:
        """Without labels given, the text and Markdown reports say whose account each side is."""
        result = compare(SEEDS["000_12d0501d14dc690d.txt"], SEEDS["004_52ee514e77fbdb24.txt"])
        assert (
            ["A: CGTN (China), 2021-05-18", "B: official page (China), 2021-08-16"],
            "# CGTN (China), 2021-05-18 vs official page (China), 2021-08-16",
        ) == (str(result).splitlines()[:2], result.to_markdown().splitlines()[0])

    def test_labels_given(self) -> None:
        """Labels given to compare() name the sides, in every report."""
        result = compare(OFFICIAL, NEWS, label_a="ministry.txt", label_b="news.txt")
        assert (["A: ministry.txt", "B: news.txt"], "# ministry.txt vs news.txt") == (
            str(result).splitlines()[:2],
            result.to_markdown().splitlines()[0],
        )


class TestMarkdown:
    def test_sections_in_order(self) -> None:
        """The report says what is compared, then what is said on both sides and on one."""
        markdown = compare(afdiplo.parse(BEIJING), afdiplo.parse(WASHINGTON)).to_markdown()
        headings = [line for line in markdown.splitlines() if line.startswith("## ")]
        assert [
            "## Voice",
            "## Topics only one side reports",
            "## Matched positions (0)",
            "## Only in A (3)",
            "## Only in B (3)",
            "## Shifted stances (0)",
            "## Topics",
        ] == headings

    def test_a_covering_position_is_one_row(self) -> None:
        """A news sentence and the three ministry sentences it covers are one row."""
        markdown = compare(MINISTRY_PAGE, NEWS_REPORT).to_markdown()
        row = next(line for line in markdown.splitlines() if line.startswith("| 0.78 |"))
        assert (3, 1) == (
            row.split(" | ")[2].count("Wang said"),
            row.split(" | ")[3].count("Wang said"),
        )

    def test_says_which_topics_one_side_reports(self) -> None:
        """The one-sided topics are listed per side."""
        markdown = compare(afdiplo.parse(BEIJING), afdiplo.parse(WASHINGTON)).to_markdown()
        assert "- Only in B: evacuation, human-rights" in markdown.splitlines()


class TestHtml:
    def test_escapes_every_text(self) -> None:
        """Hostile text in positions and labels comes out escaped, never as markup."""
        page = compare(HOSTILE, HOSTILE, label_a='<b onclick="x">A</b>', label_b="B").to_html(
            text_a=HOSTILE.text, text_b=HOSTILE.text
        )
        assert (False, False, False, True, True) == (
            "<script>" in page,
            "<img" in page,
            '<b onclick="x">' in page,
            "&lt;script&gt;alert(&#x27;a&#x27;)&lt;/script&gt;" in page,
            "&lt;b onclick=&quot;x&quot;&gt;A&lt;/b&gt;" in page,
        )

    def test_needs_nothing_from_the_network(self) -> None:
        """The page links to no outside resource and runs no script."""
        page = compare(OFFICIAL, NEWS).to_html()
        assert (False, False, False, True) == (
            "http" in page.replace("http-equiv", ""),
            "<script" in page,
            "<link" in page,
            "<style>" in page,
        )

    def test_links_every_matched_position(self) -> None:
        """Each position has an id, and each pair links both ways."""
        result = compare(MINISTRY_PAGE, NEWS_REPORT)
        page = result.to_html(text_a=MINISTRY_PAGE.text, text_b=NEWS_REPORT.text)
        assert (True, True, True) == (
            all(f'id="{x}"' in page for x in ("a1", "a2", "a3", "a4", "b1", "b2")),
            all(f'href="#{x}"' in page for x in ("a1", "a2", "a3")),
            page.count('href="#b1"') >= 3,
        )

    def test_texts_in_place_or_positions_alone(self) -> None:
        """With the texts, the whole text is shown; without, the positions one after another."""
        result = compare(MINISTRY_PAGE, NEWS_REPORT)
        with_text = result.to_html(text_a=MINISTRY_PAGE.text, text_b=NEWS_REPORT.text)
        alone = result.to_html()
        assert (True, False) == (
            "had a phone call with Pakistani" in with_text,
            "had a phone call with Pakistani" in alone,
        )


KENYA_PHONE = "Foreign Minister Wang Yi had a phone call with Kenyan Foreign Minister Amina Wekesa"
KENYA_MET = "Foreign Minister Wang Yi met Kenyan Foreign Minister Amina Wekesa in Nairobi"


def _grouped(*texts: str, published: dt.date | None = None) -> list[tuple[str, ...]]:
    """The sources of each call of a corpus of *texts*, named a.txt, b.txt, ... in turn."""
    words = " Wekesa said Kenya values the partnership."
    readouts = {
        f"{name}.txt": afdiplo.parse(text + words, published=published)
        for name, text in zip("abcdef", texts, strict=False)
    }
    return [tuple(r.source for r in record.reports) for record in Corpus(readouts).calls]


class TestCorpus:
    def test_groups_the_two_reports_of_one_call(self) -> None:
        """Seeds 001 and 002 report the same call; the May calls and others stay apart."""
        corpus = Corpus(SEEDS)
        groups = sorted(tuple(r.source for r in record.reports) for record in corpus.calls)
        assert [
            ("000_12d0501d14dc690d.txt",),
            ("000_12d0501d14dc690d.txt",),
            ("001_2fac647d5e77c0f9.txt", "002_371f03bf1a80d86c.txt"),
            ("003_4544755e6faf8fb8.txt",),
            ("004_52ee514e77fbdb24.txt",),
        ] == groups

    def test_one_engagement_from_three_publishers(self) -> None:
        """The Chinese ministry, the State Department and Xinhua report one call: one record."""
        corpus = Corpus(
            {
                "mfa.txt": afdiplo.parse(BEIJING),
                "state.txt": afdiplo.parse(WASHINGTON),
                "xinhua.txt": afdiplo.parse(XINHUA),
            }
        )
        assert [
            (
                ("Antony Blinken", "Wang Yi"),
                dt.date(2021, 8, 17),
                ["mfa.txt", "state.txt", "xinhua.txt"],
            )
        ] == [(r.participants, r.date, [x.source for x in r.reports]) for r in corpus.calls]

    def test_never_merges_two_engagements(self) -> None:
        """A call a week later, and one with another counterpart that day, stay calls apart."""
        corpus = Corpus(
            {
                "mfa.txt": afdiplo.parse(BEIJING),
                "state.txt": afdiplo.parse(WASHINGTON),
                "later.txt": afdiplo.parse(A_WEEK_LATER),
                "lavrov.txt": afdiplo.parse(WITH_LAVROV),
            }
        )
        assert [("lavrov.txt",), ("mfa.txt", "state.txt"), ("later.txt",)] == [
            tuple(x.source for x in r.reports) for r in corpus.calls
        ]

    @pytest.mark.parametrize(
        ("texts", "groups"),
        [
            # Two reports of these people only: the one that gives no day joins the other.
            (
                ["On 8 June 2022, {call}.", "{call}."],
                [("a.txt", "b.txt")],
            ),
            # A third report of them, on another day: which meeting the undated one is of, no
            # one can say, so it stays apart.
            (
                ["On 8 June 2022, {call}.", "On 1 March 2022, {call}.", "{call}."],
                [("b.txt",), ("a.txt",), ("c.txt",)],
            ),
            # A weekday that fits a date joins it, however many reports there are.
            (
                ["On 8 June 2022, {call}.", "On 1 March 2022, {call}.", "{call} on Wednesday."],
                [("b.txt",), ("a.txt", "c.txt")],
            ),
        ],
    )
    def test_a_report_without_its_day_joins_only_when_no_other_meeting_fits(
        self, texts: list[str], groups: list[tuple[str, ...]]
    ) -> None:
        """The same people meet many times: a report joins one only if its day says so."""
        call = (
            "Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Amina Wekesa. Wekesa "
            "said Kenya values the partnership"
        )
        readouts = {
            name: afdiplo.parse(text.format(call=call), published=dt.date(2022, 6, 10))
            for name, text in zip(("a.txt", "b.txt", "c.txt"), texts, strict=False)
        }
        assert groups == [
            tuple(r.source for r in record.reports) for record in Corpus(readouts).calls
        ]

    def test_a_phone_call_and_a_meeting_stay_apart(self) -> None:
        """A phone call and a meeting of the same two on one day are two calls of the corpus."""
        assert [("a.txt",), ("b.txt",)] == _grouped(
            f"On 8 June 2022, {KENYA_PHONE}.", f"On 8 June 2022, {KENYA_MET}."
        )

    @pytest.mark.parametrize(
        ("texts", "groups"),
        [
            # Of the two dated reports only one is of a meeting: the undated meeting is that one.
            (
                [
                    f"On 1 March 2022, {KENYA_PHONE}.",
                    f"On 8 June 2022, {KENYA_MET}.",
                    f"{KENYA_MET}.",
                ],
                [("a.txt",), ("b.txt", "c.txt")],
            ),
            # And the undated phone call is the one phone call.
            (
                [
                    f"On 1 March 2022, {KENYA_PHONE}.",
                    f"On 8 June 2022, {KENYA_MET}.",
                    f"{KENYA_PHONE}.",
                ],
                [("a.txt", "c.txt"), ("b.txt",)],
            ),
        ],
    )
    def test_a_report_without_its_day_counts_the_reports_of_its_medium(
        self, texts: list[str], groups: list[tuple[str, ...]]
    ) -> None:
        """A report that gives no day joins the one other report of those people by its medium."""
        assert groups == _grouped(*texts)

    @pytest.mark.parametrize(
        ("published", "groups"),
        [
            # Published in April, "last month" is March: not the meeting of 8 June.
            (dt.date(2022, 4, 10), [("a.txt",), ("b.txt",)]),
            # Published in July, it is June.
            (dt.date(2022, 7, 10), [("a.txt", "b.txt")]),
        ],
    )
    def test_a_month_keeps_a_report_from_a_date_of_another(
        self, published: dt.date, groups: list[tuple[str, ...]]
    ) -> None:
        """A report that gives only a month joins no call dated in another month."""
        texts = (f"On 8 June 2022, {KENYA_MET}.", f"{KENYA_MET} last month.")
        assert groups == _grouped(*texts, published=published)

    @pytest.mark.parametrize(
        ("texts", "groups"),
        [
            # 29 August 2021 was a Sunday: "on Sunday" is that call.
            (
                [f"On 29 August 2021, {KENYA_PHONE}.", f"{KENYA_PHONE} on Sunday."],
                [("a.txt", "b.txt")],
            ),
            # "On Monday" could be the next day in another time zone, or any other Monday:
            # nothing confirms it, and the weekday says it is not that Sunday.
            (
                [f"On 29 August 2021, {KENYA_PHONE}.", f"{KENYA_PHONE} on Monday."],
                [("a.txt",), ("b.txt",)],
            ),
            # Of two Mondays, which one "on Monday" is, nothing says: it joins neither.
            (
                [
                    f"On 6 June 2022, {KENYA_PHONE}.",
                    f"On 13 June 2022, {KENYA_PHONE}.",
                    f"{KENYA_PHONE} on Monday.",
                ],
                [("a.txt",), ("b.txt",), ("c.txt",)],
            ),
        ],
    )
    def test_a_weekday_alone_joins_the_one_date_on_that_weekday(
        self, texts: list[str], groups: list[tuple[str, ...]]
    ) -> None:
        """A report dated only by a weekday joins the one call dated on that weekday."""
        assert groups == _grouped(*texts)

    def test_two_calls_of_one_readout_stay_apart(self) -> None:
        """A phone call and a meeting of the same two on one day, in one readout, are two calls."""
        page = afdiplo.parse(BEIJING)
        call = page.calls[0]
        meeting = attrs.evolve(call, medium=afdiplo.Medium.MEETING, positions=())
        both = attrs.evolve(page, calls=(call, meeting))
        corpus = Corpus({"both.txt": both, "state.txt": afdiplo.parse(WASHINGTON)})
        assert [
            (afdiplo.Medium.PHONE, ("both.txt", "state.txt")),
            (afdiplo.Medium.MEETING, ("both.txt",)),
        ] == [(r.reports[0].call.medium, tuple(x.source for x in r.reports)) for r in corpus.calls]

    def test_merged_view_says_who_reported_what(self) -> None:
        """In the merged call, positions reported by both outlets name both sources."""
        record = next(r for r in Corpus(SEEDS).calls if len(r.reports) == 2)
        both = [m for m in record.positions if len(m.sources) == 2]
        assert len(both) >= 10
        assert {("001_2fac647d5e77c0f9.txt", "002_371f03bf1a80d86c.txt")} == {
            m.sources for m in both
        }

    def test_timeline_in_date_order(self) -> None:
        """A timeline lists an actor's positions on a topic, dated ones first and in order."""
        entries = Corpus(SEEDS).timeline(actor="China", topic="counter-terrorism")
        dates = [e.date for e in entries if e.date is not None]
        assert dates == sorted(dates)
        assert all(e.position.position.speaker.country == "China" for e in entries)
        assert dt.date(2021, 5, 17) == entries[0].date

    def test_timeline_by_name_or_spelling(self) -> None:
        """Actors are found by canonical name, by any spelling seen, or by country."""
        corpus = Corpus(SEEDS)
        by_name = corpus.timeline(actor="Mohammad Hanif Atmar")
        by_country = corpus.timeline(actor="Afghanistan")
        assert (True, by_name) == (
            len(by_name) > 0 and set(by_name) < set(by_country),
            corpus.timeline(actor="atmar"),
        )

    def test_compare_calls(self) -> None:
        """Two calls of the corpus compare by their merged positions."""
        corpus = Corpus(SEEDS)
        result = corpus.compare_calls(0, len(corpus.calls) - 1)
        assert "2021-05-17" in result.label_a

    def test_from_folder(self) -> None:
        """A folder of text files becomes a corpus named by file."""
        corpus = Corpus.from_folder(REPO / "seeds")
        assert sorted(SEEDS) == sorted(corpus.readouts)

    def test_unnamed_readouts_get_stable_names(self) -> None:
        """Readouts given without names are named from their content, whatever the order."""
        forward = Corpus.of(list(SEEDS.values()))
        backward = Corpus.of(list(reversed(SEEDS.values())))
        assert list(forward.readouts) == list(backward.readouts)


def test_shared_stance_is_no_shift() -> None:
    """A speaker who takes the same stance on a topic on both sides has not shifted."""
    first = afdiplo.parse(
        "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Pakistani Foreign "
        "Minister Shah Mahmood Qureshi. Wang said terrorism is a common enemy. "
        "Wang said China will fight terrorism."
    )
    second = afdiplo.parse(
        "On 3 May 2021, Foreign Minister Wang Yi had a phone call with Pakistani Foreign "
        "Minister Shah Mahmood Qureshi. Wang said China will fight terrorism."
    )
    assert () == compare(first, second).shifted


def test_stated_date_wins_in_a_call_record() -> None:
    """A call's date in the corpus is the one a report states, over one inferred."""
    stated = afdiplo.parse(
        "On 19 May 2021, Foreign Minister Wang Yi had a phone call with Afghan Foreign "
        "Minister Mohammad Hanif Atmar. Wang said peace matters."
    )
    inferred = afdiplo.parse(
        "Wang Yi said on Tuesday that peace matters, during a phone call with Afghan Foreign "
        "Minister Mohammad Hanif Atmar.",
        published=dt.date(2021, 5, 19),
    )
    corpus = Corpus({"a-inferred": inferred, "b-stated": stated})
    # "on Tuesday" before a Wednesday publication reads as 18 May, a day off the stated 19 May:
    # one call, dated as stated.
    assert [dt.date(2021, 5, 19)] == [record.date for record in corpus.calls]
