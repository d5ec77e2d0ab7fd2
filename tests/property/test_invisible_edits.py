"""Edits no reader sees change nothing the parser reads."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import afdiplo
from conftest import CORPUS, REPO
from strategies import invisible_edits, readout_texts

PATHS = sorted((REPO / "seeds").glob("*.txt")) + sorted((CORPUS / "readouts").glob("*/*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in PATHS]
readouts = st.sampled_from(TEXTS) | readout_texts()


def reading(readout: afdiplo.Readout) -> list[object]:
    """Calls with their dates, media, participants, initiators and each position's speaker."""
    return [
        (
            call.date,
            call.medium,
            [(p.name, p.country, p.title) for p in call.participants],
            call.initiator.name if call.initiator else None,
            [(p.speaker.name if p.speaker else None, p.joint) for p in call.positions],
        )
        for call in readout.calls
    ]


@given(st.data(), readouts)
def test_invisible_edits_leave_the_reading_alone(data: st.DataObject, text: str) -> None:
    """CRLF or CR, trailing spaces, NBSP, zero-width characters and quotes change nothing."""
    edited = data.draw(invisible_edits(text))
    assert reading(afdiplo.parse(text, strict=False)) == reading(
        afdiplo.parse(edited, strict=False)
    )
