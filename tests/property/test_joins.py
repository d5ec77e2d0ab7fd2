"""Two readouts in one text: every call of each is still read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import afdiplo
from afdiplo._detect import detect_format
from afdiplo._normalize import normalize
from afdiplo._segment import ARTICLE_STARTS, BODY, segment
from conftest import CORPUS, REPO
from strategies import readout_texts

PATHS = sorted((REPO / "seeds").glob("*.txt")) + sorted((CORPUS / "readouts").glob("*/*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in PATHS]
readouts = st.sampled_from(TEXTS) | readout_texts()


def participants(readout: afdiplo.Readout) -> list[frozenset[str]]:
    """The names of the participants of each call."""
    return [frozenset(p.name for p in call.participants) for call in readout.calls]


def opens_an_article(text: str) -> bool:
    """Whether a breadcrumb, timestamp, dateline or outlet line comes before the first body."""
    norm = normalize(text)
    kinds = [s.kind for s in segment(norm, detect_format(norm)).segments]
    head = kinds[: kinds.index(BODY)] if BODY in kinds else kinds
    return any(kind in ARTICLE_STARTS for kind in head)


@given(readouts, readouts)
def test_no_call_is_lost_to_a_join(a: str, b: str) -> None:
    """
    Each call of *a* and of *b* has a call with the same participants in a + b.

    The one exception is the parser's rule for a call that names only people of earlier
    calls, which belongs to them: when *b* opens with no header of its own (no breadcrumb,
    timestamp, dateline or outlet line), nothing tells its text from more of *a*, and a call
    of *b* among people of *a*'s calls is one of those.
    """
    first, second = afdiplo.parse(a, strict=False), afdiplo.parse(b, strict=False)
    found = participants(afdiplo.parse(a + "\n\n" + b, strict=False))
    named_in_a = frozenset().union(*participants(first))
    continued = not opens_an_article(b)
    lost = [call for call in participants(first) if call not in found] + [
        call
        for call in participants(second)
        if call not in found and not (continued and call <= named_in_a)
    ]
    assert [] == lost
