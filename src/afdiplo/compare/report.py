"""
Showing a comparison: as plain text and as Markdown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from afdiplo.compare._align import _speaker
from afdiplo.compare._diff import DiffChunk, DiffOp

if TYPE_CHECKING:
    from afdiplo.compare.comparison import Comparison, VoiceShare

__all__: list[str] = []


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _render_diff(diff: tuple[DiffChunk, ...]) -> str:
    marks = {DiffOp.EQUAL: "{}", DiffOp.DELETE: "[-{}-]", DiffOp.INSERT: "{{+{}+}}"}
    return " ".join(marks[c.op].format(c.text) for c in diff)


def same_call_line(comparison: Comparison) -> str:
    """
    Say plainly whether the two sides report one call: "Same call: ..." or "Different calls: ...".

    .. versionadded:: 0.1.0
    """
    verdict = "Same call" if comparison.same_call else "Different calls"
    return f"{verdict}: {comparison.same_call_reason}."


def voice_lines(comparison: Comparison) -> list[str]:
    """
    The voice table as aligned plain-text lines: side, speaker, positions and characters.

    .. versionadded:: 0.1.0
    """
    rows = [("", "speaker", "positions", "", "characters", "")]
    for side, shares in (("A", comparison.voice.a), ("B", comparison.voice.b)):
        rows += [
            (
                side,
                _who(share),
                str(share.positions),
                f"{share.position_share:.0%}",
                str(share.characters),
                f"{share.character_share:.0%}",
            )
            for share in shares
        ]
    widths = [max(len(row[column]) for row in rows) for column in range(6)]
    return [
        f"  {r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}} {r[3]:>{widths[3]}}"
        f"  {r[4]:>{widths[4]}} {r[5]:>{widths[5]}}".rstrip()
        for r in rows
    ]


def _who(share: VoiceShare) -> str:
    return f"{share.speaker} ({share.country})" if share.country else share.speaker


def to_text(comparison: Comparison) -> str:
    """
    Render *comparison* as plain text: what ``str(comparison)`` gives.

    .. versionadded:: 0.1.0
    """
    lines = [f"{comparison.label_a}  vs  {comparison.label_b}", same_call_line(comparison), ""]
    lines += ["Voice (positions and characters of each side):", *voice_lines(comparison), ""]
    lines.append(f"Matched ({len(comparison.matched)}):")
    for pair in comparison.matched:
        lines.append(f"  [{pair.score:.2f}] {_speaker(pair.a)}")
        lines.append(f"    A: {pair.a.text}")
        lines.append(f"    B: {pair.b.text}")
        lines.append(f"    diff: {_render_diff(pair.diff)}")
    for label, only in (
        (comparison.label_a, comparison.only_in_a),
        (comparison.label_b, comparison.only_in_b),
    ):
        lines += ["", f"Only in {label} ({len(only)}):"]
        lines += [f"  - {_speaker(p)}: {p.text}" for p in only]
    lines += ["", f"Shifted stances ({len(comparison.shifted)}):"]
    lines += [
        f"  - {s.speaker} on {s.topic}: {s.stance_a.value} -> {s.stance_b.value}"
        for s in comparison.shifted
    ]
    lines += ["", "Topics (A / B):"]
    lines += [f"  {t.topic}: {t.count_a} / {t.count_b}" for t in comparison.topics]
    return "\n".join(lines)


def to_markdown(comparison: Comparison) -> str:
    """
    Render the comparison as a Markdown document with a table per section.

    .. versionadded:: 0.1.0
    """
    a, b = _cell(comparison.label_a), _cell(comparison.label_b)
    lines = [f"# {a} vs {b}", "", _cell(same_call_line(comparison)), "", "## Voice", ""]
    lines += [
        "| side | speaker | country | positions | share | characters | share |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {label} | {_cell(s.speaker)} | {_cell(s.country or '')} | {s.positions} "
        f"| {s.position_share:.0%} | {s.characters} | {s.character_share:.0%} |"
        for label, shares in ((a, comparison.voice.a), (b, comparison.voice.b))
        for s in shares
    ]
    lines.append("")
    lines += [f"## Matched positions ({len(comparison.matched)})", ""]
    lines += [f"| score | speaker | {a} | {b} |", "| ---: | --- | --- | --- |"]
    lines += [
        f"| {m.score:.2f} | {_cell(_speaker(m.a))} | {_cell(m.a.text)} | {_cell(m.b.text)} |"
        for m in comparison.matched
    ]
    for label, only in ((a, comparison.only_in_a), (b, comparison.only_in_b)):
        lines += ["", f"## Only in {label} ({len(only)})", ""]
        lines += [f"- **{_cell(_speaker(p))}**: {_cell(p.text)}" for p in only]
    lines += ["", f"## Shifted stances ({len(comparison.shifted)})", ""]
    lines += [f"| speaker | topic | {a} | {b} |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {_cell(s.speaker)} | {s.topic} | {s.stance_a.value} | {s.stance_b.value} |"
        for s in comparison.shifted
    ]
    lines += ["", "## Topics", "", f"| topic | {a} | {b} |", "| --- | ---: | ---: |"]
    lines += [f"| {t.topic} | {t.count_a} | {t.count_b} |" for t in comparison.topics]
    return "\n".join(lines) + "\n"
