"""
What a cue means in its sentence: topics of another situation, support that is not given.

Stage 5 (``_attribute``) codes each position with the topics and the stance whose cues its
sentence holds. Two rules then look at the context of those cues, both pure functions on data:

- :func:`refine_topics`: a topic of one situation (the troop withdrawal from Afghanistan) is
  dropped from a sentence about another situation and not about its own ("the Russian
  withdrawal" is Ukraine's). Which topic belongs to which situation is in
  ``data/lexicons/topics.json`` ("situation", "within").
- :func:`refine_stance`: a support cue that is negated ("will not support") makes an
  opposition, and one inside a condition ("Without the support of the people, a government
  cannot stand") an assessment. The words are in ``data/lexicons/negation.json``; the support
  cues are those of ``data/lexicons/speech.json``.
"""

from __future__ import annotations

import functools
import re

import attrs

from afdiplo._data import read_json
from afdiplo.exceptions import DataFileError
from afdiplo.lexicon import Topic
from afdiplo.model import Stance

__all__ = ["refine_stance", "refine_topics", "situations_of"]


# The last lexicon's situations, by the lexicon's identity: hashing a lexicon (a tuple of
# topics with their patterns) for each readout cost more than working them out.
_LAST_SITUATIONS: list[tuple[tuple[Topic, ...], tuple[frozenset[str], dict[str, str]]]] = []


def situations_of(topics: tuple[Topic, ...]) -> tuple[frozenset[str], dict[str, str]]:
    """
    What :func:`refine_topics` needs of *topics*, to work out once for many sentences.

    The keys of the situations of *topics*, and the situation of each topic within one.
    """
    last = _LAST_SITUATIONS[0] if _LAST_SITUATIONS else None
    if last is None or last[0] is not topics:
        situations = frozenset(topic.key for topic in topics if topic.situation)
        within = {topic.key: topic.within for topic in topics if topic.within is not None}
        last = (topics, (situations, within))
        _LAST_SITUATIONS[:] = [last]  # (one item replaced at once: safe between threads)
    return last[1]


def refine_topics(
    keys: tuple[str, ...],
    topics: tuple[Topic, ...],
    situations: tuple[frozenset[str], dict[str, str]] | None = None,
) -> tuple[str, ...]:
    """
    The topic *keys* of a sentence, less those of a situation the sentence is not about.

    A topic within a situation (``Topic.within``) is kept when the sentence has a cue of that
    situation, or of no situation at all; it is dropped when the sentence has cues of another
    situation only. "The Russian withdrawal" codes ``ukraine`` and so loses
    ``troop-withdrawal``, which is Afghanistan's; "the hasty withdrawal of US troops" keeps it.

    Args:
        keys: The keys of the topics whose cues the sentence holds, in lexicon order.
        topics: The topic lexicon the keys come from.
        situations: ``situations_of(topics)``, if worked out already.

    Returns:
        The keys kept, in their order.
    """
    if not keys:
        return keys
    kinds, within = situations if situations is not None else situations_of(topics)
    found = kinds.intersection(keys)
    if not found:
        return keys
    return tuple(key for key in keys if key not in within or within[key] in found)


@attrs.frozen
class _StanceRules:
    support: tuple[re.Pattern[str], ...]
    negated: re.Pattern[str]
    conditional_before: re.Pattern[str]
    conditional_clause: re.Pattern[str]
    idioms: re.Pattern[str]


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


@functools.cache
def _stance_rules() -> _StanceRules:
    words = read_json("lexicons", "negation.json")
    speech = read_json("lexicons", "speech.json")
    try:
        return _StanceRules(
            support=tuple(re.compile(cue) for cue in speech["stance_cues"]["support"]),
            negated=_any(words["negated"]),
            conditional_before=_any(words["conditional_before"]),
            conditional_clause=_any(words["conditional_clause"]),
            idioms=_any(words["idioms"]),
        )
    except (KeyError, TypeError, re.error) as err:
        msg = (
            "expected 'negated', 'conditional_before', 'conditional_clause' and 'idioms' lists of "
            f"regular expressions in data/lexicons/negation.json, found an error ({err!r})"
        )
        raise DataFileError(msg) from err


# Where a clause ends: a comma, semicolon, colon or dash.
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def _withheld(before: str, rules: _StanceRules) -> Stance | None:
    """What a support cue is, given the text of its clause before it: None for support."""
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :].lstrip() if ends else before.lstrip()
    if rules.negated.search(clause):
        return Stance.OPPOSITION
    if rules.conditional_before.search(clause) or rules.conditional_clause.match(clause):
        return Stance.ASSESSMENT
    return None


def refine_stance(sentence: str, stance: Stance) -> Stance:
    """
    The stance of a sentence, with support that the sentence withholds taken back.

    A support stance stays support when one of the sentence's support cues is meant; when
    every one is negated ("China will not support ...", "does not respect", "no support"), the
    stance is opposition, and when every one is a condition ("Without the support of the
    people, a government cannot stand", "If the US backs ...") and none is negated, it is an
    assessment. A cue inside an idiom ("in this respect") is no cue. Other stances are
    returned unchanged: opposition, for one, already wins over support ("opposes any
    support for ...").

    Args:
        sentence: The sentence, as written.
        stance: The stance its cues give.

    Returns:
        The stance the sentence takes.
    """
    if stance is not Stance.SUPPORT:
        return stance
    folded = sentence.casefold()
    rules = _stance_rules()
    idioms = [match.span() for match in rules.idioms.finditer(folded)]
    verdicts = {
        _withheld(folded[: match.start()], rules)
        for cue in rules.support
        for match in cue.finditer(folded)
        if not any(start <= match.start() < end for start, end in idioms)
    }
    if None in verdicts:
        return stance
    return Stance.OPPOSITION if Stance.OPPOSITION in verdicts else Stance.ASSESSMENT
