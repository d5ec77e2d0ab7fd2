"""
The exceptions afdiplo raises on purpose.

Everything raised deliberately derives from :class:`AfdiploError`, and each class also
derives from the builtin a caller would expect (:class:`ValueError` for bad input).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afdiplo.model import Span


class AfdiploError(Exception):
    """
    Base class of every exception afdiplo raises on purpose.

    Attributes:
        reason: What was expected and what was found, in one sentence.

    .. versionadded:: 0.1.0
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class InputError(AfdiploError, ValueError):
    """
    The input cannot be read as the text of a readout.

    Attributes:
        span: Where in the input the problem lies, when it lies somewhere.

    .. versionadded:: 0.1.0
    """

    def __init__(self, reason: str, *, span: Span | None = None) -> None:
        super().__init__(reason)
        self.span = span


class NotAReadoutError(InputError):
    """
    The input is readable text, but it reports no call.

    .. versionadded:: 0.1.0
    """


class InputTooLargeError(InputError):
    """
    The input is longer than the ``max_chars`` the caller allowed.

    .. versionadded:: 0.1.0
    """


class SchemaError(AfdiploError, ValueError):
    """
    Serialised data does not fit the model.

    Attributes:
        path: Where the bad value sits, e.g. ``calls[0].date``; empty for the top level.

    .. versionadded:: 0.1.0
    """

    def __init__(self, reason: str, *, path: str = "") -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.reason = reason
        self.path = path


class DataFileError(AfdiploError):
    """
    A data file (bundled or passed by the caller) is missing or malformed.

    .. versionadded:: 0.1.0
    """
