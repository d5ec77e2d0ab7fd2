"""
Showing a comparison: as plain text, as Markdown and as one self-contained HTML page.

The functions here are behind ``str(comparison)``, :meth:`Comparison.to_markdown` and
:meth:`Comparison.to_html`, and behind ``afdiplo diff``; use those.
Every report says first what is compared: the two labels, whether the sides report one call,
who speaks in each, and the topics only one side reports; then what both say, side by side, and
what only one says.
"""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING

import attrs

from afdiplo.compare._align import _speaker
from afdiplo.compare._diff import DiffChunk, DiffOp
from afdiplo.exceptions import DataFileError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from afdiplo.compare.comparison import Comparison, VoiceShare
    from afdiplo.model import Position

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


def one_sided_topic_lines(comparison: Comparison) -> list[str]:
    """
    The topics only one side reports, one line per side: "Only in A: hong-kong, sanctions".

    .. versionadded:: 0.1.0
    """
    return [
        f"Only in {side}: {', '.join(topics) or 'none'}"
        for side, topics in (("A", comparison.topics_only_in_a), ("B", comparison.topics_only_in_b))
    ]


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


@attrs.frozen
class Group:
    """
    Positions that say one thing: a pair, or a position and all those of the other side it covers.

    Attributes:
        a: The positions of the first side, in reading order.
        b: The positions of the second side, in reading order.
        score: The best score of the group's pairs.
    """

    a: tuple[Position, ...]
    b: tuple[Position, ...]
    score: float


def groups(comparison: Comparison) -> list[Group]:
    """
    The matched pairs joined into groups, in the reading order of the first side.

    Two pairs are in one group when they share a position: a news sentence paired with three
    sentences of a ministry page is one group of three and one.

    .. versionadded:: 0.1.0
    """
    parent: dict[tuple[str, Position], tuple[str, Position]] = {}

    def root(node: tuple[str, Position]) -> tuple[str, Position]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for pair in comparison.matched:
        parent[root(("a", pair.a))] = root(("b", pair.b))
    members: dict[tuple[str, Position], list[tuple[str, Position]]] = {}
    for node in parent:
        members.setdefault(root(node), []).append(node)
    best: dict[tuple[str, Position], float] = {}
    for pair in comparison.matched:
        key = root(("a", pair.a))
        best[key] = max(best.get(key, 0.0), pair.score)
    found = []
    for key, nodes in members.items():
        a = _in_order(p for side, p in nodes if side == "a")
        b = _in_order(p for side, p in nodes if side == "b")
        found.append(Group(a, b, best[key]))
    return sorted(found, key=lambda g: (g.a[0].span.start, g.b[0].span.start))


def _in_order(positions: Iterable[Position]) -> tuple[Position, ...]:
    return tuple(sorted(positions, key=lambda p: (p.span.start, p.span.end)))


def to_text(comparison: Comparison) -> str:
    """
    Render *comparison* as plain text: what ``str(comparison)`` gives.

    .. versionadded:: 0.1.0
    """
    lines = [f"A: {comparison.label_a}", f"B: {comparison.label_b}", same_call_line(comparison)]
    lines += ["", "Voice (positions and characters of each side):", *voice_lines(comparison)]
    lines += ["", "Topics only one side reports:"]
    lines += [f"  {line}" for line in one_sided_topic_lines(comparison)]
    lines += ["", f"Matched ({len(comparison.matched)}):"]
    for pair in comparison.matched:
        lines.append(f"  [{pair.score:.2f}] {_speaker(pair.a)}")
        lines.append(f"    A: {pair.a.text}")
        lines.append(f"    B: {pair.b.text}")
        lines.append(f"    diff: {_render_diff(pair.diff)}")
    for side, only in (("A", comparison.only_in_a), ("B", comparison.only_in_b)):
        lines += ["", f"Only in {side} ({len(only)}):"]
        lines += [f"  - {_speaker(p)}: {p.text}" for p in only]
    lines += ["", f"Shifted stances ({len(comparison.shifted)}):"]
    lines += [
        f"  - {s.speaker} on {s.topic}: {s.stance_a.value} -> {s.stance_b.value}"
        for s in comparison.shifted
    ]
    lines += ["", "Topics (A / B):"]
    lines += [f"  {t.topic}: {t.count_a} / {t.count_b}" for t in comparison.topics]
    return "\n".join(lines)


def _lines(positions: tuple[Position, ...]) -> str:
    return "<br>".join(_cell(p.text) for p in positions)


def to_markdown(comparison: Comparison) -> str:
    """
    Render the comparison as a Markdown document with a table per section.

    .. versionadded:: 0.1.0
    """
    a, b = _cell(comparison.label_a), _cell(comparison.label_b)
    lines = [f"# {a} vs {b}", "", f"- **A**: {a}", f"- **B**: {b}", ""]
    lines += [_cell(same_call_line(comparison)), "", "## Voice", ""]
    lines += [
        "| side | speaker | country | positions | share | characters | share |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {side} | {_cell(s.speaker)} | {_cell(s.country or '')} | {s.positions} "
        f"| {s.position_share:.0%} | {s.characters} | {s.character_share:.0%} |"
        for side, shares in (("A", comparison.voice.a), ("B", comparison.voice.b))
        for s in shares
    ]
    lines += ["", "## Topics only one side reports", ""]
    lines += [f"- {line}" for line in one_sided_topic_lines(comparison)]
    found = groups(comparison)
    lines += ["", f"## Matched positions ({len(comparison.matched)})", ""]
    lines += ["| score | speaker | A | B |", "| ---: | --- | --- | --- |"]
    lines += [
        f"| {g.score:.2f} | {_cell(_speaker(g.a[0]))} | {_lines(g.a)} | {_lines(g.b)} |"
        for g in found
    ]
    for side, only in (("A", comparison.only_in_a), ("B", comparison.only_in_b)):
        lines += ["", f"## Only in {side} ({len(only)})", ""]
        lines += [f"- **{_cell(_speaker(p))}**: {_cell(p.text)}" for p in only]
    lines += ["", f"## Shifted stances ({len(comparison.shifted)})", ""]
    lines += ["| speaker | topic | A | B |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {_cell(s.speaker)} | {s.topic} | {s.stance_a.value} | {s.stance_b.value} |"
        for s in comparison.shifted
    ]
    lines += ["", "## Topics", "", "| topic | A | B |", "| --- | ---: | ---: |"]
    lines += [f"| {t.topic} | {t.count_a} | {t.count_b} |" for t in comparison.topics]
    return "\n".join(lines) + "\n"


# --- HTML ------------------------------------------------------------------------------------


@functools.cache
def _style() -> str:
    """The report's style sheet, ``data/report.css``, to inline in the page."""
    from importlib.resources import files  # noqa: PLC0415 - read on the first HTML report

    try:
        return (files("afdiplo") / "data" / "report.css").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        msg = f"expected the package data file data/report.css, found none ({err})"
        raise DataFileError(msg) from err


def _e(text: str) -> str:
    """*text* escaped for HTML, in text and in attribute values alike."""
    return html.escape(text, quote=True)


#: How many speakers get a colour of their own; the rest share the last one.
_COLOURS = 8


@attrs.frozen
class _Page:
    """What the HTML report numbers and colours: positions by id, speakers by colour."""

    ids: dict[tuple[str, Position], str]
    partners: dict[tuple[str, Position], list[tuple[str, Position]]]
    colours: dict[str, int]
    side_a: tuple[Position, ...]
    side_b: tuple[Position, ...]


def _page(comparison: Comparison) -> _Page:
    side_a = _in_order({*(m.a for m in comparison.matched), *comparison.only_in_a})
    side_b = _in_order({*(m.b for m in comparison.matched), *comparison.only_in_b})
    ids = {("a", p): f"a{n}" for n, p in enumerate(side_a, start=1)}
    ids |= {("b", p): f"b{n}" for n, p in enumerate(side_b, start=1)}
    partners: dict[tuple[str, Position], list[tuple[str, Position]]] = {}
    for pair in comparison.matched:
        partners.setdefault(("a", pair.a), []).append(("b", pair.b))
        partners.setdefault(("b", pair.b), []).append(("a", pair.a))
    speakers = [s.speaker for s in (*comparison.voice.a, *comparison.voice.b)]
    speakers += [_speaker(p) for p in (*side_a, *side_b)]
    order = sorted(dict.fromkeys(speakers), key=lambda s: (s in {"both sides", "unattributed"}, s))
    colours = {speaker: min(n, _COLOURS - 1) for n, speaker in enumerate(order)}
    return _Page(ids, partners, colours, side_a, side_b)


def _mark(page: _Page, side: str, position: Position) -> str:
    """One position, highlighted by speaker, with links to its partners on the other side."""
    node = (side, position)
    speaker = _speaker(position)
    links = "".join(
        f' <a class="to" href="#{page.ids[other]}">{page.ids[other].upper()}</a>'
        for other in sorted(page.partners.get(node, []), key=page.ids.__getitem__)
    )
    return (
        f'<mark id="{page.ids[node]}" class="s{page.colours[speaker]}" title="{_e(speaker)}">'
        f"{_e(position.text)}</mark><sup>{page.ids[node].upper()}{links}</sup>"
    )


def _body(page: _Page, side: str, positions: tuple[Position, ...], text: str | None) -> str:
    """The text of one side with its positions marked, or its positions alone."""
    fits = text is not None and all(p.span.of(text) == p.text for p in positions)
    if text is None or not fits:
        return "".join(f"<p>{_mark(page, side, p)}</p>" for p in positions)
    parts = []
    at = 0
    for position in positions:
        parts += [_e(text[at : position.span.start]), _mark(page, side, position)]
        at = position.span.end
    parts.append(_e(text[at:]))
    return f'<div class="text">{"".join(parts).strip()}</div>'


def _voice_html(page: _Page, side: str, label: str, shares: tuple[VoiceShare, ...]) -> str:
    rows = "".join(
        f'<tr><th scope="row"><span class="key s{page.colours[s.speaker]}"></span>'
        f"{_e(_who(s))}</th>"
        f'<td class="chart"><span class="bar s{page.colours[s.speaker]}" '
        f'style="width: {100 * s.position_share:.1f}%"></span></td>'
        f'<td class="num">{s.positions} ({s.position_share:.0%})</td>'
        f'<td class="num">{s.characters} ({s.character_share:.0%})</td></tr>'
        for s in shares
    )
    return (
        f'<table class="voice"><caption>{side}: {_e(label)}</caption>'
        '<thead><tr><th scope="col">speaker</th><th scope="col">share of positions</th>'
        '<th scope="col">positions</th><th scope="col">characters</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _topics_html(comparison: Comparison) -> str:
    def row(topic: str, count_a: int, count_b: int) -> str:
        only = ' class="only"' if not (count_a and count_b) else ""
        side = "only A" if not count_b else "only B" if not count_a else "both"
        return (
            f'<tr{only}><th scope="row">{_e(topic)}</th><td class="num">{count_a}</td>'
            f'<td class="num">{count_b}</td><td>{side}</td></tr>'
        )

    rows = "".join(row(t.topic, t.count_a, t.count_b) for t in comparison.topics)
    return (
        '<table class="topics"><thead><tr><th scope="col">topic</th><th scope="col">A</th>'
        f'<th scope="col">B</th><th scope="col">reported by</th></tr></thead><tbody>{rows}'
        "</tbody></table>"
    )


def _links(page: _Page, side: str, positions: tuple[Position, ...]) -> str:
    return "<br>".join(
        f'<a href="#{page.ids[(side, p)]}">{page.ids[(side, p)].upper()}</a> {_e(p.text)}'
        for p in positions
    )


def to_html(comparison: Comparison, text_a: str | None = None, text_b: str | None = None) -> str:
    """
    Render the comparison as one self-contained HTML page.

    .. versionadded:: 0.1.0
    """
    page = _page(comparison)
    a, b = comparison.label_a, comparison.label_b
    verdict = "same" if comparison.same_call else "different"
    legend = "".join(
        f'<li><span class="key s{n}"></span>{_e(speaker)}</li>'
        for speaker, n in page.colours.items()
    )
    matched = "".join(
        f'<tr><td class="num">{g.score:.2f}</td><td>{_e(_speaker(g.a[0]))}</td>'
        f"<td>{_links(page, 'a', g.a)}</td><td>{_links(page, 'b', g.b)}</td></tr>"
        for g in groups(comparison)
    )
    only = "".join(
        f"<h3>Only in {side} ({len(positions)})</h3><ul>"
        + "".join(
            f'<li><a href="#{page.ids[(side.lower(), p)]}">{page.ids[(side.lower(), p)].upper()}'
            f"</a> <strong>{_e(_speaker(p))}</strong>: {_e(p.text)}</li>"
            for p in positions
        )
        + "</ul>"
        for side, positions in (("A", comparison.only_in_a), ("B", comparison.only_in_b))
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(a)} vs {_e(b)}</title>
<style>
{_style()}</style>
</head>
<body>
<header>
<h1>Two accounts compared</h1>
<dl class="labels"><dt>A</dt><dd>{_e(a)}</dd><dt>B</dt><dd>{_e(b)}</dd></dl>
<p class="verdict {verdict}">{_e(same_call_line(comparison))}</p>
</header>
<main>
<div class="summary">
<section id="voice"><h2>Who speaks</h2>
{_voice_html(page, "A", a, comparison.voice.a)}
{_voice_html(page, "B", b, comparison.voice.b)}
</section>
<section id="topics"><h2>Topics</h2>
<p>{"<br>".join(_e(line) for line in one_sided_topic_lines(comparison))}</p>
{_topics_html(comparison)}
</section>
</div>
<section id="texts"><h2>The two texts</h2>
<p>Each position is highlighted by speaker; the letters after it link to the positions of the
other side that say the same thing.</p>
<ul class="legend">{legend}</ul>
<div class="columns">
<article id="side-a"><h3>A: {_e(a)}</h3>{_body(page, "a", page.side_a, text_a)}</article>
<article id="side-b"><h3>B: {_e(b)}</h3>{_body(page, "b", page.side_b, text_b)}</article>
</div>
</section>
<section id="matched"><h2>Said on both sides ({len(comparison.matched)})</h2>
<table class="matched"><thead><tr><th scope="col">score</th><th scope="col">speaker</th>
<th scope="col">A</th><th scope="col">B</th></tr></thead><tbody>{matched}</tbody></table>
</section>
<section id="only"><h2>Said on one side only</h2>
{only}
</section>
</main>
</body>
</html>
"""
