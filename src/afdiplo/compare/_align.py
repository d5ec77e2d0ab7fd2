"""
Pairing the positions of two sides: same speaker, best similarity first, then many to one.
"""

from __future__ import annotations

import functools

from afdiplo.compare._diff import _where, _words
from afdiplo.compare._engagement import same_person
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


def _identities(positions: tuple[Position, ...]) -> dict[str, str]:
    """
    The key of each speaker of *positions*: one key for names that are one person.

    A readout may give a person another canonical name than the other readout does, when it
    knows him by another spelling; it then lists that spelling among his aliases ("Antony J.
    Blinken" and "Antony Blinken"). Such names get one key, the first of them in sorted order,
    so that the key does not depend on which side is which.
    """
    speakers = {p.speaker.name: p.speaker for p in positions if p.speaker is not None}
    keys = {name: name for name in speakers}
    for name in sorted(speakers):
        for other in sorted(speakers):
            if other < name and same_person(speakers[name], speakers[other]):
                keys[name] = keys[other]
                break
    return keys


def _keys(a: tuple[Position, ...], b: tuple[Position, ...]) -> tuple[list[str], list[str]]:
    """The speaker key of each position of *a* and of *b*, one person one key."""
    identities = _identities((*a, *b))
    keys = [_speaker_key(position) for position in (*a, *b)]
    keys = [identities.get(key, key) for key in keys]
    return keys[: len(a)], keys[len(a) :]


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


#: A candidate pair: (-score, index in a, index in b, overlap), the overlap being the weighted
#: share of the smaller position's terms that the other position holds too.
_Candidate = tuple[float, int, int, float]
#: Less than any candidate, for comparisons with a missing one.
_NONE: _Candidate = (0.0, -1, -1, -1.0)


def _candidates(a: tuple[Position, ...], b: tuple[Position, ...]) -> list[_Candidate]:
    """Every pair of the same speaker scoring at least MATCH_THRESHOLD, best first."""
    weights = _weights((*a, *b))
    weight = weights.__getitem__  # every term of a and b has a weight, and it is above 0

    def prepared(position: Position) -> tuple[str, frozenset[str], float]:
        # The position's text, its terms (its speaker's names left out) and their weight.
        speaker = position.speaker
        names = _names(speaker.name, speaker.aliases) if speaker is not None else frozenset()
        terms = _terms(position.text) - names
        return position.text, terms, sum(map(weight, terms))

    keys_a, keys_b = _keys(a, b)
    by_speaker: dict[str, list[tuple[int, str, frozenset[str], float]]] = {}
    for j, position in enumerate(b):
        by_speaker.setdefault(keys_b[j], []).append((j, *prepared(position)))
    candidates = []
    for i, position in enumerate(a):
        others = by_speaker.get(keys_a[i])
        if not others:
            continue
        text_a, terms_a, size_a = prepared(position)
        for j, text_b, terms_b, size_b in others:
            if text_a == text_b:
                candidates.append((-1.0, i, j, 1.0))
                continue
            shared_terms = terms_a & terms_b
            if not shared_terms:
                continue  # (with shared terms, both sizes are above 0)
            shared = sum(map(weight, shared_terms))
            mean = _mean_coefficient(shared, size_a, size_b)
            if mean < _BELOW_THRESHOLD:
                continue  # too low for rounding to lift it to the threshold (round() is slow)
            score = round(mean, 6)
            if score >= MATCH_THRESHOLD:
                candidates.append((-score, i, j, shared / min(size_a, size_b)))
    candidates.sort()  # best first; on ties, the earlier positions
    return candidates


def _pair(a: tuple[Position, ...], b: tuple[Position, ...]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (index in a, index in b, score), same speaker only, best first."""
    return _one_to_one(_candidates(a, b))


def _align(a: tuple[Position, ...], b: tuple[Position, ...]) -> list[tuple[int, int, float]]:
    """
    Pairs (index in a, index in b, score), same speaker only, best first: many to one.

    First one to one, best first; then every position left without a partner is paired with
    the position of the other side that covers most of what it says (the highest overlap, then
    the highest score), among those it scores at least MATCH_THRESHOLD with. So a long
    sentence that folds three of the other side's sentences into one is paired with each of
    them, and a position stays unpaired only when nothing on the other side says it.
    """
    candidates = _candidates(a, b)
    pairs = _one_to_one(candidates)
    if len(pairs) == len(candidates):
        return pairs  # (every candidate was taken: nobody is left with one)
    paired_a = {i for i, _, _ in pairs}
    paired_b = {j for _, j, _ in pairs}
    # The best cover of each position left over, by (overlap, score); on ties, the first.
    best_a: dict[int, _Candidate] = {}
    best_b: dict[int, _Candidate] = {}
    for candidate in candidates:
        _, i, j, overlap = candidate
        if i not in paired_a and overlap > best_a.get(i, _NONE)[3]:
            best_a[i] = candidate
        if j not in paired_b and overlap > best_b.get(j, _NONE)[3]:
            best_b[j] = candidate
    pairs += [(i, j, -score) for score, i, j, _ in (*best_a.values(), *best_b.values())]
    pairs.sort(key=_best_first)
    return pairs


def _best_first(pair: tuple[int, int, float]) -> tuple[float, int, int]:
    return (-pair[2], pair[0], pair[1])


def _one_to_one(candidates: list[_Candidate]) -> list[tuple[int, int, float]]:
    """Pairs (i, j, score) from candidates best first, each i and j taken once."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j, _ in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, -score))
    return pairs
