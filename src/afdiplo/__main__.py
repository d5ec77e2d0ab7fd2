"""
The main job: ``python -m afdiplo`` parses the bundled sample readouts and summarises them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from afdiplo.exceptions import AfdiploError
from afdiplo.parse import parse
from afdiplo.samples import sample_texts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from afdiplo.model import Readout

__all__ = ["main", "summarize"]


def summarize(name: str, readout: Readout) -> str:
    """
    Describe one readout in a few lines: format, outlet, calls, dates and participants.

    .. versionadded:: 0.1.0
    """
    lines = [
        f"{name}",
        (
            f"  format: {readout.format.value}   outlet: {readout.outlet or '-'}   "
            f"published: {readout.published.isoformat() if readout.published else '-'}"
        ),
        f"  title: {readout.title or '-'}",
        f"  calls: {len(readout.calls)}",
    ]
    for number, call in enumerate(readout.calls, start=1):
        date = call.date.isoformat() if call.date else "unknown"
        initiator = f", requested by {call.initiator.name}" if call.initiator else ""
        lines.append(f"  call {number}: {call.medium.value}, {date}{initiator}")
        for person in call.participants:
            described = ", ".join(x for x in (person.title, person.country) if x)
            lines.append(f"    - {person.name}" + (f" ({described})" if described else ""))
    lines += [f"  note: {d.code}: {d.message}" for d in readout.diagnostics]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the main job on the bundled samples and print a summary of each.

    Returns:
        The exit status: 0 when every sample parsed, 1 otherwise.

    .. versionadded:: 0.1.0
    """
    del argv
    status = 0
    for name, text in sample_texts().items():
        try:
            readout = parse(text, strict=False)
        except AfdiploError as err:
            print(f"{name}: {err}", file=sys.stderr)
            status = 1
            continue
        print(summarize(name, readout))
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
