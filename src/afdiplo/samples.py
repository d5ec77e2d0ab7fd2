"""
The built-in sample corpus: the five readouts afdiplo started from, shipped in the wheel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from afdiplo.exceptions import DataFileError

if TYPE_CHECKING:
    import sys

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = ["sample_texts"]


def _folder() -> Traversable:
    # Imported here: importlib.resources costs a noticeable share of `import afdiplo`.
    from importlib.resources import files  # noqa: PLC0415

    bundled = files("afdiplo").joinpath("seeds")
    if bundled.is_dir():
        return bundled
    # Running from a source checkout (an editable install): the repository's seeds/ folder.
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    msg = "expected the sample readouts inside the package, found none"
    raise DataFileError(msg)


def sample_texts() -> dict[str, str]:
    """
    Return the bundled sample readouts, by file name, in name order.

    Raises:
        DataFileError: The samples are missing from the installation.

    .. versionadded:: 0.1.0
    """
    folder = _folder()
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".txt")), key=lambda e: e.name)
    return {entry.name: entry.read_text(encoding="utf-8") for entry in entries}
