"""
Stage 5: positions, what each side said, attached to the calls' participants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from afdiplo.model import Stance

if TYPE_CHECKING:
    from afdiplo._extract import Extraction
    from afdiplo._segment import Layout

__all__ = ["PositionDraft", "attribute_positions"]


@attrs.frozen
class PositionDraft:
    """One position in normalised offsets, its speaker given by key."""

    start: int
    end: int
    speaker: str | None
    joint: bool = False
    cue: str | None = None
    cue_lemma: str | None = None
    direct: bool = False
    topics: tuple[str, ...] = ()
    stance: Stance = Stance.ASSESSMENT
    targets: tuple[str, ...] = ()


def attribute_positions(
    text: str, layout: Layout, extraction: Extraction
) -> tuple[tuple[PositionDraft, ...], ...]:
    """The positions of each call, in the order of ``extraction.calls``."""
    del text, layout
    return tuple(() for _ in extraction.calls)
