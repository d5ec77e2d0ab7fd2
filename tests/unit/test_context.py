"""afdiplo._context: topics of another situation, and support that a sentence withholds."""

from __future__ import annotations

import pytest

import afdiplo
from afdiplo import Stance
from afdiplo._context import refine_stance, refine_topics
from afdiplo.lexicon import load_topics
from conftest import REPO

TOPICS = load_topics()
LAVROV = (
    "On 30 March 2022, State Councilor and Foreign Minister Wang Yi held talks with Russian "
    "Foreign Minister Sergey Lavrov in Tunxi. Lavrov briefed Wang on the Russian withdrawal of "
    "troops from the Kyiv region. Lavrov said the Russian withdrawal shows goodwill. Wang said "
    "China supports peace talks between Russia and Ukraine."
)
BLINKEN = (
    "On 16 August 2021, State Councilor and Foreign Minister Wang Yi had a phone call with U.S. "
    "Secretary of State Antony Blinken. Wang said the hasty withdrawal of US troops from "
    "Afghanistan has caused chaos. Wang said the withdrawal of foreign troops should be "
    "orderly and responsible."
)


def topics_of(text: str) -> list[tuple[str, ...]]:
    """The topics of each position of the first call of *text*."""
    return [p.topics for p in afdiplo.parse(text).calls[0].positions]


class TestRefineTopics:
    def test_the_russian_withdrawal_is_ukraines(self) -> None:
        """'The Russian withdrawal' codes ukraine, and not the troop withdrawal from Afghanistan."""
        assert [(False, True)] * 3 == [
            ("troop-withdrawal" in topics, "ukraine" in topics) for topics in topics_of(LAVROV)
        ]

    def test_the_us_withdrawal_stays_afghanistans(self) -> None:
        """The US troop withdrawal keeps its topic, with or without Afghanistan named."""
        assert [("troop-withdrawal", "afghanistan"), ("troop-withdrawal",)] == topics_of(BLINKEN)

    @pytest.mark.parametrize(
        ("keys", "kept"),
        [
            (("troop-withdrawal", "ukraine"), ("ukraine",)),
            (
                ("troop-withdrawal", "afghanistan", "ukraine"),
                ("troop-withdrawal", "afghanistan", "ukraine"),
            ),
            (("troop-withdrawal", "sanctions"), ("troop-withdrawal", "sanctions")),
            (
                ("inclusive-politics", "peace-process", "middle-east"),
                ("peace-process", "middle-east"),
            ),
            ((), ()),
        ],
    )
    def test_keeps_what_belongs_to_the_sentences_situation(
        self, keys: tuple[str, ...], kept: tuple[str, ...]
    ) -> None:
        """A topic within a situation goes only when another situation, not its own, is found."""
        assert kept == refine_topics(keys, TOPICS)


class TestRefineStance:
    @pytest.mark.parametrize(
        ("sentence", "stance"),
        [
            ("Without the support of people, a government cannot stand.", Stance.ASSESSMENT),
            ("If the US backs separatists, it will pay a price.", Stance.ASSESSMENT),
            (
                "Wang said that unless the West respects Russia's concerns, talks will fail.",
                Stance.ASSESSMENT,
            ),
            ("Lessons in this respect deserve serious reflection.", Stance.ASSESSMENT),
            ("China will not support unilateral sanctions.", Stance.OPPOSITION),
            ("The US does not respect China's sovereignty.", Stance.OPPOSITION),
            ("There is no support for the plan in the region.", Stance.OPPOSITION),
            ("China firmly supports Pakistan.", Stance.SUPPORT),
            ("China not only supports Pakistan but also helps it.", Stance.SUPPORT),
            ("China supports Pakistan without reservation.", Stance.SUPPORT),
            ("China supports the talks, and will not support any sanctions.", Stance.SUPPORT),
        ],
    )
    def test_support_withheld_is_no_support(self, sentence: str, stance: Stance) -> None:
        """Negated support is opposition, support as a condition an assessment, the rest stays."""
        assert stance == refine_stance(sentence, Stance.SUPPORT)

    def test_other_stances_are_left_alone(self) -> None:
        """Only a support stance is looked at: opposition already wins over support."""
        assert Stance.OPPOSITION == refine_stance(
            "China opposes any support for separatism.", Stance.OPPOSITION
        )

    def test_in_a_parsed_readout(self) -> None:
        """parse codes 'will not support' as opposition, and a conditional support as none."""
        readout = afdiplo.parse(
            "On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with "
            "Pakistani Foreign Minister Shah Mahmood Qureshi. Wang said China will not support "
            "any unilateral sanctions. Wang said that without the support of the people, no "
            "government can stand. Wang said China firmly supports Pakistan."
        )
        assert [Stance.OPPOSITION, Stance.ASSESSMENT, Stance.SUPPORT] == [
            p.stance for p in readout.calls[0].positions
        ]

    def test_the_seed_sentence_is_no_support(self) -> None:
        """In seed 003, "Without the support of people, a government cannot stand" is no support."""
        readout = afdiplo.parse_file(REPO / "seeds" / "003_4544755e6faf8fb8.txt")
        stances = [
            p.stance
            for c in readout.calls
            for p in c.positions
            if p.text.startswith("Without the support of people")
        ]
        assert (1, False) == (len(stances), Stance.SUPPORT in stances)
