"""
Pairing the positions of two sides: same speaker, best similarity first.
"""

from __future__ import annotations

import functools

from afdiplo.compare._diff import _where, _words
from afdiplo.compare._similarity import _mean_coefficient, _terms, _weights
from afdiplo.model import Position

__all__: list[str] = []


#: Pairs scoring below this are not matched.
MATCH_THRESHOLD = 0.25
#: Unrounded scores below this round (to 6 places) to less than MATCH_THRESHOLD.
_BELOW_THRESHOLD = MATCH_THRESHOLD - 1e-5


def _speaker(position: Position) -> str:
    if position.joint:
        return "both sides"
    return position.speaker.name if position.speaker else "unattributed"


def _speaker_key(position: Position) -> str:
    if position.joint:
        return "\x00joint"
    return position.speaker.name if position.speaker else "\x00none"


@functools.lru_cache(maxsize=4096)
def _names(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for n in (name, *aliases) for w in n.split())


def _clear_caches() -> None:
    """
    Forget what was worked out for position texts (terms, words, speakers' names).

    For benchmarks of compare() on texts never seen before; the stems of words, shared by a
    whole corpus, are kept.
    """
    for cache in (_terms, _words, _where, _names):
        cache.cache_clear()


def _pair(a: tuple[Position, ...], b: tuple[Position, ...]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (index in a, index in b, score), same speaker only, best first."""
    weights = _weights((*a, *b))
    weight = weights.__getitem__  # every term of a and b has a weight, and it is above 0

    def prepared(position: Position) -> tuple[str, frozenset[str], float]:
        # The position's text, its terms (its speaker's names left out) and their weight.
        speaker = position.speaker
        names = _names(speaker.name, speaker.aliases) if speaker is not None else frozenset()
        terms = _terms(position.text) - names
        return position.text, terms, sum(map(weight, terms))

    by_speaker: dict[str, list[tuple[int, str, frozenset[str], float]]] = {}
    for j, position in enumerate(b):
        by_speaker.setdefault(_speaker_key(position), []).append((j, *prepared(position)))
    candidates = []
    for i, position in enumerate(a):
        others = by_speaker.get(_speaker_key(position))
        if not others:
            continue
        text_a, terms_a, size_a = prepared(position)
        for j, text_b, terms_b, size_b in others:
            if text_a == text_b:
                candidates.append((-1.0, i, j))
                continue
            shared_terms = terms_a & terms_b
            if not shared_terms:
                continue  # (with shared terms, both sizes are above 0)
            mean = _mean_coefficient(sum(map(weight, shared_terms)), size_a, size_b)
            if mean < _BELOW_THRESHOLD:
                continue  # too low for rounding to lift it to the threshold (round() is slow)
            score = round(mean, 6)
            if score >= MATCH_THRESHOLD:
                candidates.append((-score, i, j))
    return _one_to_one(candidates)


def _one_to_one(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """Pairs (i, j, score) from (-score, i, j), best first, each i and j taken once."""
    candidates.sort()  # best first; on ties, the earlier positions
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, -score))
    return pairs
