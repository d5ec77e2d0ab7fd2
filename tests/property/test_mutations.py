"""Changes to a real readout that a reader would not notice change nothing that is read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import afdiplo
from conftest import CORPUS, REPO
from strategies import unnoticed_mutations

PATHS = sorted((REPO / "seeds").glob("*.txt")) + sorted((CORPUS / "readouts" / "dev").glob("*.txt"))
TEXTS = {p.name: p.read_text(encoding="utf-8") for p in PATHS}


def reading(readout: afdiplo.Readout) -> list[object]:
    """Calls, dates, participants and speakers: what must not change."""
    return [
        (
            call.date,
            call.medium,
            [(p.name, p.country) for p in call.participants],
            call.initiator.name if call.initiator else None,
            [(p.speaker.name if p.speaker else None, p.joint) for p in call.positions],
        )
        for call in readout.calls
    ]


@settings(max_examples=60)
@given(st.data(), st.sampled_from(sorted(TEXTS)))
def test_unnoticed_changes_keep_the_reading(data: st.DataObject, name: str) -> None:
    """Blank lines, trailing spaces, quotes, NBSP and a moved trailer leave the reading alone."""
    text = TEXTS[name]
    mutated = data.draw(unnoticed_mutations(text))
    assert reading(afdiplo.parse(text)) == reading(afdiplo.parse(mutated))
