"""
The cues looked for in every body sentence, found in one pass for the later stages.

Each cue is a labelled lowercase pattern from the data files: the wordings of contact
(``engagements.json``, labelled ``contact:<n>``) and of an agenda (``agenda``), of a call's
narrative and a reporter's background (``narrative``, ``background``), the stance cues
and the words that address someone (``speech.json``: ``stance:<value>``, ``addressing``,
``actor``, ``joint-object``) and the topics (``topic:<key>``). A :class:`CueIndex` finds them
all in one scan of the readout's sentences; stage 4 reads the contact labels, stage 5 the rest.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from afdiplo._data import read_json
from afdiplo._patterns import CueIndex
from afdiplo.exceptions import DataFileError
from afdiplo.model import Stance

if TYPE_CHECKING:
    from afdiplo.lexicon import Topic

__all__ = [
    "ACTOR",
    "ADDRESSING_HEAD",
    "ADDRESSING_MODAL",
    "ADDRESSING_VERB",
    "AGENDA",
    "BACKGROUND",
    "CONTACT",
    "JOINT_OBJECT",
    "NARRATIVE",
    "labelled_cues",
    "sentence_cues",
]

#: A sentence that may address an actor: by a modal after it ("the Taliban should"), a verb
#: before it ("urged the Taliban"), or a noun after it ("the Taliban administration").
ADDRESSING_MODAL = "addressing:modal"
ADDRESSING_VERB = "addressing:verb"
ADDRESSING_HEAD = "addressing:head"
ACTOR = "actor"
JOINT_OBJECT = "joint-object"
AGENDA = "agenda"
NARRATIVE = "narrative"
BACKGROUND = "background"
#: The prefix of the labels of contact wordings: "contact:3" is the fourth of engagements.json.
CONTACT = "contact:"


def contact_wordings(engagements: dict[str, Any]) -> list[str]:
    """The contact wordings of ``engagements.json``, in the order of their labels."""
    return [*engagements["contact"], engagements["courtesy_call"]]


@functools.cache
def _own_cues() -> tuple[tuple[str, str], ...]:
    speech = read_json("lexicons", "speech.json")
    engagements = read_json("lexicons", "engagements.json")
    try:
        actors = [phrase for phrases in speech["actors"].values() for phrase in phrases]
        precedence = [Stance(key) for key in speech["stance_precedence"]]
        addressing = [
            *((ADDRESSING_MODAL, cue) for cue in speech["target_modals"]),
            *((ADDRESSING_VERB, cue) for cue in speech["target_verbs"]),
            *((ADDRESSING_HEAD, cue) for cue in speech["target_heads"]),
        ]
        return (
            *(
                (f"stance:{s.value}", cue)
                for s in precedence
                for cue in speech["stance_cues"][s.value]
            ),
            *((label, rf"\b{p}\b") for label, p in addressing),
            *((ACTOR, rf"\b{re.escape(p)}\b") for p in actors),
            *((JOINT_OBJECT, rf"\b{re.escape(p)}\b") for p in speech["joint_objects"]),
            *((AGENDA, cue) for cue in engagements["agenda"]),
            *((NARRATIVE, rf"\b{re.escape(p.casefold())}\b") for p in speech["narrative"]),
            *((BACKGROUND, cue) for cue in speech["background"]),
            *((f"{CONTACT}{n}", cue) for n, cue in enumerate(contact_wordings(engagements))),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        msg = f"expected the cues of data/lexicons/speech.json and engagements.json ({err!r})"
        raise DataFileError(msg) from err


def labelled_cues(topics: tuple[Topic, ...]) -> tuple[tuple[str, str], ...]:
    """Every cue looked for in a sentence, labelled: "topic:<key>", "stance:<value>", ..."""
    return _own_cues() + tuple((f"topic:{t.key}", cue) for t in topics for cue in t.cues)


@functools.cache
def _indexed(topics: tuple[Topic, ...]) -> CueIndex:
    try:
        common = read_json("lexicons", "en.json")["common_words"]
    except (KeyError, TypeError) as err:
        msg = f"expected common_words in data/lexicons/en.json ({err!r})"
        raise DataFileError(msg) from err
    return CueIndex.of(labelled_cues(topics), common)


# The last lexicon indexed: a parse passes the same tuple of topics each time, and looking it
# up by identity spares hashing its every topic.
_LAST: list[tuple[tuple[Topic, ...], CueIndex]] = []


def sentence_cues(topics: tuple[Topic, ...]) -> CueIndex:
    """The cues of :func:`labelled_cues`, indexed."""
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] is topics:
        return last[1]
    index = _indexed(topics)
    _LAST[:] = [(topics, index)]  # (one item replaced at once: safe between threads)
    return index
