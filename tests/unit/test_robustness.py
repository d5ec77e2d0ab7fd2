"""Inputs from scrapers: every one gets a Readout or one of afdiplo's own errors, nothing lost."""

from __future__ import annotations

import datetime as dt
import random

import pytest

import afdiplo
from conftest import REPO

SEED = (REPO / "seeds" / "004_52ee514e77fbdb24.txt").read_text(encoding="utf-8")
NEWS_SEED = (REPO / "seeds" / "000_12d0501d14dc690d.txt").read_text(encoding="utf-8")


def summary(readout: afdiplo.Readout) -> list[tuple[object, ...]]:
    return [
        (c.date, c.medium, tuple(p.name for p in c.participants), c.initiator and c.initiator.name)
        for c in readout.calls
    ]


def covered(readout: afdiplo.Readout) -> set[int]:
    return {
        i for s in (*readout.body_spans, *readout.boilerplate_spans) for i in range(s.start, s.end)
    }


class TestNotReadouts:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            " \n\t\n ",
            "\x00\x01\x02\x03",
            "中华人民共和国外交部部长王毅同俄罗斯外长拉夫罗夫通电话。",
        ],
        ids=["empty", "blank", "controls", "another-language"],
    )
    def test_strict_raises_not_a_readout(self, text: str) -> None:
        """Text with no call raises NotAReadoutError in strict mode."""
        with pytest.raises(afdiplo.NotAReadoutError):
            afdiplo.parse(text)

    @pytest.mark.parametrize(
        "text",
        ["", " \n\t\n ", "\x00\x01\x02\x03", "Das Außenministerium teilte am Montag mit."],
        ids=["empty", "blank", "controls", "another-language"],
    )
    def test_lenient_returns_a_readout_saying_why(self, text: str) -> None:
        """With strict=False, the same text gives a Readout with no calls and a diagnostic."""
        readout = afdiplo.parse(text, strict=False)
        assert ((), "call.none-found", text) == (
            readout.calls,
            readout.diagnostics[-1].code,
            readout.text,
        )

    def test_binary_garbage(self) -> None:
        """Random bytes are refused as undecodable, never a crash."""
        garbage = random.Random(7).randbytes(4096)  # noqa: S311 - test data, not secrets
        with pytest.raises(afdiplo.InputError, match="expected UTF-8 text"):
            afdiplo.parse(garbage)


class TestDamagedReadouts:
    def test_html_page(self) -> None:
        """A whole HTML page parses after its markup is left out; spans point into the page."""
        paragraphs = "".join(f"<p>{p}</p>\n" for p in SEED.split("\n\n"))
        page = (
            "<!DOCTYPE html><html><head><script>var s = '<p>On 1 May 2020</p>';</script>"
            f"<style>p {{ margin: 0 }}</style></head><body>{paragraphs}</body></html>"
        )
        readout = afdiplo.parse(page)
        lavrov = readout.calls[0].participants[1]
        assert summary(afdiplo.parse(SEED)) == summary(readout)
        assert ["Sergey Lavrov", "Lavrov"] == [m.of(page) for m in lavrov.mentions]
        assert "input.markup-removed" in {d.code for d in readout.diagnostics}

    def test_truncated_mid_sentence(self) -> None:
        """A readout cut off mid-sentence keeps its call and the fragment as body."""
        cut = SEED[: SEED.index("inevitability,") + 5]
        readout = afdiplo.parse(cut)
        assert summary(afdiplo.parse(SEED)) == summary(readout)
        assert readout.body_spans[-1].end == len(cut)

    def test_pasted_twice(self) -> None:
        """The same readout pasted twice is one call; the copy is boilerplate, not lost."""
        doubled = SEED + "\n\n" + SEED
        readout = afdiplo.parse(doubled)
        assert summary(afdiplo.parse(SEED)) == summary(readout)
        assert {i for i, c in enumerate(doubled) if not c.isspace()} <= covered(readout)

    def test_second_readout_on_people_of_the_first_keeps_its_call(self) -> None:
        """A readout pasted after one whose call had the same people and more is its own call."""
        trilateral = (
            "Home > China News\nWang Yi Hosts Video Conference of Foreign Ministers of China, "
            "Afghanistan and Pakistan\n\nOn 3 June 2021, Foreign Minister Wang Yi held a video "
            "conference with Afghan Foreign Minister Mohammad Hanif Atmar and Pakistani Foreign "
            "Minister Shah Mahmood Qureshi.\n\nWang said the three countries should fight "
            "terrorism."
        )
        bilateral = (
            "Home > China News\nWang Yi Speaks with Afghan Foreign Minister Mohammad Hanif Atmar "
            "on the Phone\n\nOn 19 August 2021, Foreign Minister Wang Yi had a phone call with "
            "Afghan Foreign Minister Mohammad Hanif Atmar.\n\nAtmar said Afghanistan thanks China."
        )
        readout = afdiplo.parse(trilateral + "\n\n" + bilateral)
        assert [
            (dt.date(2021, 6, 3), ("Wang Yi", "Mohammad Hanif Atmar", "Shah Mahmood Qureshi")),
            (dt.date(2021, 8, 19), ("Wang Yi", "Mohammad Hanif Atmar")),
        ] == [(c.date, tuple(p.name for p in c.participants)) for c in readout.calls]

    def test_short_form_names_the_person_last_written_in_full(self) -> None:
        """A surname after a second person of that name names the second, not the first."""
        ambassador = (
            "Home > China News\nChinese Ambassador Wang Yu Meets Afghan Acting Minister "
            "Nooruddin Azizi\n\nOn 12 December 2021, Chinese Ambassador to Afghanistan Wang Yu "
            "met with Nooruddin Azizi, Acting Minister of Commerce of Afghanistan."
        )
        minister = (
            "Download\nChina to help Afghanistan\nUpdated 10:59, 18-May-2021\nCGTN\n\n"
            "Chinese Foreign Minister Wang Yi said on Monday that China will help Afghanistan."
            "\n\nWang made the remarks during a phone conversation with Afghan Foreign Minister "
            "Mohammad Hanif Atmar on Monday."
        )
        readout = afdiplo.parse(ambassador + "\n\n" + minister)
        assert [("Wang Yu", "Nooruddin Azizi"), ("Wang Yi", "Mohammad Hanif Atmar")] == [
            tuple(p.name for p in c.participants) for c in readout.calls
        ]

    def test_thirty_calls(self) -> None:
        """Thirty calls with thirty counterparts in one text are thirty calls, in order."""
        paragraphs = [
            f"On {day} March 2022, Foreign Minister Wang Yi had a phone call with Foreign "
            f"Minister Alpha{chr(97 + day % 26)}{day:02d} Omega{day:02d} of Kenya. "
            f"Omega{day:02d} said Kenya supports cooperation."
            for day in range(1, 31)
        ]
        readout = afdiplo.parse("\n\n".join(paragraphs))
        assert [dt.date(2022, 3, d) for d in range(1, 31)] == [c.date for c in readout.calls]
        assert all(len(c.participants) == 2 for c in readout.calls)

    def test_five_megabytes(self) -> None:
        """Five megabytes of readouts parse, with every span inside the text."""
        big = "\n\n".join(
            SEED.replace("August 16", f"August {1 + i % 28}").replace("Lavrov", f"Lavrov{i}")
            for i in range(5_000_000 // len(SEED))
        )
        readout = afdiplo.parse(big, strict=False)
        assert len(big) >= 4_900_000
        assert all(s.end <= len(big) for s in readout.body_spans)
        assert len(readout.calls) >= 28

    def test_control_and_zero_width_characters(self) -> None:
        """Control and zero-width characters inside words change nothing that is read."""
        noisy = SEED.replace("Lavrov", "Lav\u200brov").replace("Wang Yi", "Wang\u00ad Yi")
        noisy = noisy.replace("phone", "ph\x07one")
        assert summary(afdiplo.parse(SEED)) == summary(afdiplo.parse(noisy))

    def test_windows_line_endings(self) -> None:
        """CRLF line endings read the same as LF, and the text is kept as given."""
        crlf = NEWS_SEED.replace("\n", "\r\n")
        readout = afdiplo.parse(crlf)
        assert (summary(afdiplo.parse(NEWS_SEED)), crlf) == (summary(readout), readout.text)

    def test_headings_in_capitals(self) -> None:
        """A headline in capitals is still the title, and the call is still read."""
        lines = NEWS_SEED.split("\n")
        lines[1] = lines[1].upper()
        shouting = "\n".join(lines)
        readout = afdiplo.parse(shouting)
        assert (lines[1], summary(afdiplo.parse(NEWS_SEED))) == (readout.title, summary(readout))

    def test_too_large_refused_before_work(self) -> None:
        """Input longer than max_chars raises InputTooLargeError, for str and bytes alike."""
        for text in ("x" * 101, b"x" * 101):
            with pytest.raises(afdiplo.InputTooLargeError, match="at most 100"):
                afdiplo.parse(text, max_chars=100)


def test_new_names_do_not_grow_the_parsers_tables() -> None:
    """A stream of readouts about people never seen before leaves what the parser keeps as is."""
    from afdiplo._people import _tables  # noqa: PLC0415 - the table under test
    from afdiplo.gazetteer import Gazetteer  # noqa: PLC0415

    rng = random.Random(7)  # noqa: S311 - test data, not secrets
    syllables = ["ka", "mo", "ri", "tan", "lu", "sen", "da", "vi", "ol", "be"]

    def name() -> str:
        return " ".join("".join(rng.sample(syllables, 3)).capitalize() for _ in range(2))

    def readout() -> str:
        guest = name()
        return (
            f"On 19 August, Foreign Minister Wang Yi had a phone call with Kenyan Foreign "
            f"Minister {guest}. Wang Yi said China supports Kenya. {guest.split()[1]} said "
            f"Kenya thanks China. {name()}, an adviser, attended the call."
        )

    tables = _tables(Gazetteer.default())
    for _ in range(5):
        afdiplo.parse(readout())
    kept = len(tables.seen)
    for _ in range(200):
        afdiplo.parse(readout())
    assert len(tables.seen) == kept


def test_spellings_worked_out_once_stay_bounded_and_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """
    What the people finder keeps of each spelling across readouts is bounded, and a readout
    parses the same whether that store is empty, holds its spellings, or is cleared midway.
    """
    import afdiplo._people as people  # noqa: PLC0415 - the store under test
    from afdiplo.gazetteer import Gazetteer  # noqa: PLC0415

    texts = [
        (
            "On 3 May, Foreign Minister Wang Yi met Foreign Minister Amina Odhiambo of Kenya. "
            "Wang Yi said China values Kenya. Odhiambo said Kenya thanks China."
        ),
        (
            "Minister of Foreign Affairs Lars Eklund spoke with his Chinese counterpart Wang Yi on "
            "Tuesday. Eklund raised human rights. Wang said the two sides should talk more."
        ),
        (
            "Secretary of State Antony Blinken had a call with Pakistani Foreign Minister Shah "
            "Mahmood Qureshi. The Secretary thanked Pakistan. Qureshi said peace matters."
        ),
    ]
    tables = people._tables(Gazetteer.default())
    tables.stripped.clear()
    tables.looked_up.clear()
    cold = [afdiplo.to_json(afdiplo.parse(text)) for text in texts]
    monkeypatch.setattr(people, "_RUNS_CACHED", 4)
    tables.stripped.clear()
    tables.looked_up.clear()
    warm = [afdiplo.to_json(afdiplo.parse(text)) for text in texts * 3]
    assert (cold * 3, True, True) == (
        warm,
        len(tables.stripped) <= 4,
        len(tables.looked_up) <= 4,
    )


class TestFuzzFindings:
    """Inputs the fuzz target (fuzz/fuzz_afdiplo.py) found, each reduced to its cause."""

    def test_a_name_cut_short_then_written_in_full_is_one_participant(self) -> None:
        """
        A titled spelling the gazetteer does not know ("Shah Mahmood Qu"), then the known name
        it is part of, is one person: every mention of it has the known name's key (a mention
        under the old key raised KeyError).
        """
        readout = afdiplo.parse(
            "Foreign Minister Shah Mahmood Qu said hello.\n\n"
            "Wang Yi had a phone call with Shah Mahmood Qureshi.",
            strict=False,
        )
        assert [[("Shah Mahmood Qureshi", ["Shah Mahmood Qu", "Shah Mahmood Qureshi"])]] == [
            [
                (p.name, [m.of(readout.text) for m in p.mentions])
                for p in c.participants
                if p.name != "Wang Yi"
            ]
            for c in readout.calls
        ]

    def test_a_short_form_of_a_person_renamed_meanwhile_is_read(self) -> None:
        """
        A surname read after its person took the gazetteer's name ("A.K. Bajwa" became Qamar
        Javed Bajwa while short forms were read) names that person; it raised KeyError. The
        text is the linear-cost family that found it, at its larger size.
        """
        import adversarial  # noqa: PLC0415 - the generator of the text under test

        family = {f.name: f for f in adversarial.families()}["name-pairs:'told journalists'"]
        readout = afdiplo.parse(family.text(4 * family.repeats(25_000)), strict=False)
        assert ["call.none-found"] == [
            d.code for d in readout.diagnostics if d.severity is afdiplo.Severity.ERROR
        ]
