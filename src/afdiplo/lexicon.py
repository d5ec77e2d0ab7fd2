"""
The topic lexicon: which topics a position is about, and the words that say so.

The bundled lexicon is ``data/lexicons/topics.json``; :func:`load_topics` reads it or a file of
your own with the same layout, to pass to :func:`afdiplo.parse` as ``topics``.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import attrs

from afdiplo._data import read_json
from afdiplo.exceptions import DataFileError

__all__ = ["Topic", "load_topics"]


@attrs.frozen(cache_hash=True)
class Topic:
    """
    One topic of a topic lexicon.

    Attributes:
        key: The topic's key ("peace-process").
        description: What the topic covers.
        cues: Lowercase regular expressions, searched in the casefolded sentence.
        situation: True when the topic is one country's or region's situation ("afghanistan",
            "ukraine"): a sentence about it is not about another situation's topics.
        within: The key of the situation the topic belongs to ("afghanistan" for
            "troop-withdrawal"), or None for a topic of any situation. Such a topic is not
            coded in a sentence with a cue of another situation and none of its own.

    .. versionadded:: 0.1.0
    """

    key: str
    description: str
    cues: tuple[str, ...]
    situation: bool = False
    within: str | None = None


def _topics_from(data: object, name: str) -> tuple[Topic, ...]:
    if not isinstance(data, dict):
        msg = f"expected an object of topics in {name}, found {type(data).__name__}"
        raise DataFileError(msg)
    topics = [_topic(key, entry, name) for key, entry in data.items() if key != "_meta"]
    if not topics:
        msg = f"expected at least one topic in {name}, found none"
        raise DataFileError(msg)
    situations = {topic.key for topic in topics if topic.situation}
    for topic in topics:
        if topic.within is not None and topic.within not in situations:
            msg = (
                f"expected topic {topic.key!r} in {name} to be 'within' a topic with "
                f"'situation': true, found {topic.within!r}"
            )
            raise DataFileError(msg)
    return tuple(topics)


def _topic(key: str, entry: object, name: str) -> Topic:
    fields: dict[str, object] = entry if isinstance(entry, dict) else {}
    cues, description = fields.get("cues"), fields.get("description")
    if not isinstance(description, str) or not isinstance(cues, list) or not cues:
        msg = (
            f"expected topic {key!r} in {name} to have a 'description' string and a "
            f"non-empty 'cues' list, found {entry!r}"
        )
        raise DataFileError(msg)
    if not all(isinstance(c, str) and c == c.casefold() for c in cues):
        msg = f"expected lowercase string cues for topic {key!r} in {name}, found {cues!r}"
        raise DataFileError(msg)
    try:
        re.compile("|".join(f"(?:{cue})" for cue in cues))
    except re.error as err:
        msg = f"expected regular expressions as cues of topic {key!r} in {name}: {err}"
        raise DataFileError(msg) from err
    situation, within = fields.get("situation", False), fields.get("within")
    if not isinstance(situation, bool) or not (within is None or isinstance(within, str)):
        msg = (
            f"expected 'situation' true or false and 'within' a topic key for topic {key!r} "
            f"in {name}, found {situation!r} and {within!r}"
        )
        raise DataFileError(msg)
    return Topic(
        key=key, description=description, cues=tuple(cues), situation=situation, within=within
    )


@functools.cache
def _bundled_topics() -> tuple[Topic, ...]:
    return _topics_from(read_json("lexicons", "topics.json"), "data/lexicons/topics.json")


def load_topics(path: str | Path | None = None) -> tuple[Topic, ...]:
    """
    Load a topic lexicon: the bundled one, or a user file of the same layout.

    The file is a JSON object: an optional ``_meta`` entry, then one entry per topic key
    with a ``description`` and a list of lowercase ``cues`` (regular expressions).

    Args:
        path: A JSON file of topics; the bundled ``data/lexicons/topics.json`` when None.

    Returns:
        The topics, in the order of the file.

    Raises:
        DataFileError: The file cannot be read, is not JSON, or does not have the layout.

    .. versionadded:: 0.1.0
    """
    if path is None:
        return _bundled_topics()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        msg = f"expected a readable JSON topic lexicon at {path}, found an error ({err})"
        raise DataFileError(msg) from err
    return _topics_from(data, str(path))
