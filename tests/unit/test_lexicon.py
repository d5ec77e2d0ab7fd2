"""afdiplo.lexicon: the bundled topic lexicon and the layout of topic files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import afdiplo
from afdiplo._patterns import anchor
from afdiplo.exceptions import DataFileError
from afdiplo.lexicon import load_topics

TOPICS = load_topics()
KEYS = [topic.key for topic in TOPICS]

#: One sentence per topic, as a foreign minister says it, and the topic it is about.
SAID = {
    "bilateral-relations": "Wang said China-Pakistan relations enjoy a solid friendship.",
    "high-level-exchanges": "Wang said the two sides should prepare for high-level exchanges.",
    "trade-investment": "Wang said the two countries should expand trade and investment.",
    "sanctions": "Wang said China opposes unilateral sanctions and long-arm jurisdiction.",
    "human-rights": "Qureshi said Pakistan is concerned about human rights in Kashmir.",
    "xinjiang": "Wang said Xinjiang affairs are China's internal affairs.",
    "hong-kong": "Wang said Hong Kong affairs brook no foreign interference.",
    "tibet": "Wang said Xizang has enjoyed stability and development.",
    "taiwan": "Wang said the US should abide by the one-China principle on Taiwan.",
    "south-china-sea": "Wang said the situation in the South China Sea is stable.",
    "ukraine": "Wang said China supports peace talks between Russia and Ukraine.",
    "korean-peninsula": "Wang said the denuclearization of the Korean Peninsula is a shared goal.",
    "iran-nuclear": "Wang said the JCPOA should be restored.",
    "middle-east": "Wang said China supports a two-state solution to the Palestinian question.",
    "climate-change": "Wang said the two sides should cooperate on climate change.",
    "covid-19": "Wang said China will provide more vaccines to Pakistan.",
    "counter-terrorism": "Wang said the two sides should fight terrorism together.",
    "afghanistan": "Wang said the situation in Afghanistan has changed fundamentally.",
    "humanitarian-aid": "Wang said China will provide humanitarian assistance.",
    "evacuation": "Wang said Pakistan helped evacuate Chinese nationals from Kabul.",
    "multilateralism": "Wang said the two sides should uphold multilateralism.",
    "un-security-council": "Wang said the UN Security Council should play its role.",
    "hegemony-and-blocs": "Wang said the two sides oppose bloc confrontation.",
    "arms-control": "Wang said the two sides should uphold nuclear non-proliferation.",
    "energy": "Wang said the two sides should deepen energy cooperation.",
    "food-security": "Wang said the two sides should safeguard food security.",
    "counter-narcotics": "Wang said drug trafficking must be curbed.",
    "people-to-people": "Wang said the two sides should promote people-to-people exchanges.",
    "military-security": "Wang said the two militaries should strengthen military cooperation.",
    "global-initiatives": "Wang said Pakistan supports the Global Development Initiative.",
    "myanmar": "Wang said China supports Myanmar's political transition.",
    "belt-and-road": "Wang said the two sides should advance the Belt and Road Initiative.",
}
CALL = afdiplo.parse(
    "On 3 May 2021, State Councilor and Foreign Minister Wang Yi had a phone call with Pakistani "
    "Foreign Minister Shah Mahmood Qureshi. " + " ".join(SAID.values())
).calls[0]
CODED = {position.text: position.topics for position in CALL.positions}


def write(tmp_path: Path, data: object) -> Path:
    """*data* as a JSON topic file in *tmp_path*."""
    path = tmp_path / "topics.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


class TestBundledLexicon:
    @pytest.mark.parametrize(("key", "sentence"), SAID.items(), ids=list(SAID))
    def test_codes_what_foreign_ministers_talk_about(self, key: str, sentence: str) -> None:
        """Each topic of diplomacy is coded on a sentence that is about it."""
        assert (True, True) == (key in KEYS, key in CODED[sentence])

    def test_situations_and_what_is_within_them(self) -> None:
        """The Afghan sub-topics are within the afghanistan situation; countries are situations."""
        within = {t.key: t.within for t in TOPICS if t.within is not None}
        situations = {t.key for t in TOPICS if t.situation}
        assert (
            dict.fromkeys(
                ["afghan-led", "inclusive-politics", "taliban", "troop-withdrawal"], "afghanistan"
            ),
            True,
        ) == (
            within,
            {"afghanistan", "ukraine", "taiwan", "middle-east", "korean-peninsula"} <= situations,
        )

    def test_every_cue_has_a_plain_part(self) -> None:
        """Every cue holds plain text the parser's cue index can look for first."""
        assert [] == [(t.key, cue) for t in TOPICS for cue in t.cues if not anchor(cue)[0]]

    def test_records_its_source_and_date(self) -> None:
        """The bundled file says where its cues come from and when they were compiled."""
        data = json.loads(
            (Path(afdiplo.__file__).parent / "data" / "lexicons" / "topics.json").read_text(
                encoding="utf-8"
            )
        )
        assert (True, "2026-12-01") == (
            "readouts" in data["_meta"]["source"],
            data["_meta"]["date"],
        )


class TestLayout:
    def test_situation_and_within_are_read(self, tmp_path: Path) -> None:
        """A user file may mark situations and tie topics to them."""
        path = write(
            tmp_path,
            {
                "sudan": {"description": "Sudan.", "cues": ["sudan"], "situation": True},
                "ceasefire": {"description": "A truce.", "cues": ["truce"], "within": "sudan"},
            },
        )
        assert [(True, None), (False, "sudan")] == [
            (t.situation, t.within) for t in load_topics(path)
        ]

    @pytest.mark.parametrize(
        "entries",
        [
            {"truce": {"description": "A truce.", "cues": ["truce"], "within": "sudan"}},
            {
                "sudan": {"description": "Sudan.", "cues": ["sudan"]},
                "truce": {"description": "A truce.", "cues": ["truce"], "within": "sudan"},
            },
            {"sudan": {"description": "Sudan.", "cues": ["sudan"], "situation": "yes"}},
            {"truce": {"description": "A truce.", "cues": ["truce"], "within": 3}},
        ],
    )
    def test_bad_situations_are_data_file_errors(self, tmp_path: Path, entries: object) -> None:
        """'within' must name a topic marked as a situation; 'situation' must be true or false."""
        with pytest.raises(DataFileError, match="situation"):
            load_topics(write(tmp_path, entries))
