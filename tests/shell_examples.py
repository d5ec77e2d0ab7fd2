"""
The shell examples of the documentation: find them, run them, compare or rewrite their output.

A shell example is a fenced ``console`` block in ``docs/*.md`` or ``README.md``.
Each line that starts with ``$ `` is a command (a line ending in `` \\`` goes on on the next);
the lines after it, up to the next command, are what it prints: standard output and standard
error together, as a terminal shows them.
In the expected output, ``...`` stands for any text, as in a doctest (``doctest.ELLIPSIS``):
a line of ``...`` alone stands for the lines left out. Spaces at the end of a line, and blank
lines at the end of the output, are ignored.

The commands of one page run one after another with bash, in a temporary folder that holds a
copy of ``docs/examples/``, with the ``afdiplo`` and ``python`` of the running interpreter first
on ``PATH``, ``COLUMNS=80`` and unbuffered output.
A block right after a MyST comment line ``% shell-example: not run (REASON)`` is not run.

``tests/unit/test_shell_examples.py`` runs every example and fails on any difference; CI only
ever compares. To regenerate the output after a change of the program, from the repository
root, with afdiplo installed::

    python tests/shell_examples.py             # show the examples whose output differs
    python tests/shell_examples.py --update    # rewrite their output in the docs

``--update`` keeps the ``...`` lines where the new output still fits them, and replaces the
rest by what the command printed; read the diff before committing it.
"""

from __future__ import annotations

import argparse
import difflib
import doctest
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "docs" / "examples"
PROMPT = "$ "
ELIDED = "..."
NOT_RUN = re.compile(r"^%\s*shell-example:\s*not run\s*\((?P<reason>[^)]+)\)\s*$")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)")
COLUMNS = 80
TIMEOUT_SECONDS = 300


@attrs.frozen(kw_only=True)
class Command:
    """
    One command of a shell example and the output the docs show for it.

    Attributes:
        line: The line of the command in its file, from 1.
        text: The command, without its prompt; continuation lines joined by newlines.
        expected: The output the docs show, line by line.
        start: The index of the first line of that output in the file, from 0.
        end: The index of the line after the last line of that output.
    """

    line: int
    text: str
    expected: tuple[str, ...]
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Block:
    """
    A fenced console block.

    Attributes:
        path: The file it is in.
        line: The line of its opening fence, from 1.
        commands: Its commands, in order.
        not_run: Why it is not run, if its marker says so; None for a block that runs.
    """

    path: Path
    line: int
    commands: tuple[Command, ...]
    not_run: str | None


def _shown(path: Path) -> Path:
    """*path* relative to the repository when it is in it."""
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path


def documents(root: Path = REPO) -> list[Path]:
    """The files whose console blocks are examples: README.md and every page of the docs."""
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def _commands(lines: list[str], first: int, last: int) -> tuple[Command, ...]:
    """The commands of the block body lines[first:last]."""
    commands: list[Command] = []
    index = first
    while index < last:
        if not lines[index].startswith(PROMPT):
            index += 1
            continue
        line = index + 1
        parts = [lines[index][len(PROMPT) :]]
        while parts[-1].endswith("\\") and index + 1 < last:
            index += 1
            parts.append(lines[index])
        start = index + 1
        end = start
        while end < last and not lines[end].startswith(PROMPT):
            end += 1
        commands.append(
            Command(
                line=line,
                text="\n".join(parts),
                expected=tuple(lines[start:end]),
                start=start,
                end=end,
            )
        )
        index = end
    return tuple(commands)


def find_blocks(path: Path, text: str | None = None) -> list[Block]:
    """
    Every fenced ``console`` block of the Markdown file *path* (or of *text*, read from it).
    """
    lines = (path.read_text(encoding="utf-8") if text is None else text).split("\n")
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence = opening["fence"]
        close = index + 1
        while close < len(lines) and lines[close].strip() != fence:
            close += 1
        if opening["info"] == "console":
            before = [x for x in lines[:index] if x.strip()]
            marker = NOT_RUN.match(before[-1].strip()) if before else None
            blocks.append(
                Block(
                    path=path,
                    line=index + 1,
                    commands=_commands(lines, index + 1, close),
                    not_run=marker["reason"] if marker else None,
                )
            )
        index = close + 1
    return blocks


def _normal(lines: tuple[str, ...] | list[str]) -> list[str]:
    """The lines without trailing spaces, and without blank lines at the end."""
    stripped = [line.rstrip() for line in lines]
    while stripped and not stripped[-1]:
        stripped.pop()
    return stripped


def matches(expected: tuple[str, ...] | list[str], actual: str) -> bool:
    """Whether *actual* is the output *expected* shows, ``...`` standing for any text."""
    want = "".join(f"{line}\n" for line in _normal(expected))
    got = "".join(f"{line}\n" for line in _normal(actual.splitlines()))
    flags = doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1 | doctest.DONT_ACCEPT_BLANKLINE
    return doctest.OutputChecker().check_output(want, got, flags)


def _line_matches(expected: str, actual: str) -> bool:
    return matches([expected], actual) if expected.strip() else not actual.strip()


def _is_elided(line: str) -> bool:
    return line.strip() == ELIDED


Move = tuple[str, int, int]


def _moves(old: list[str], new: list[str]) -> list[list[Move | None]]:
    """
    The cheapest way to show *new* with the lines of *old*: for each cell, the move into it.

    cost[i][j] is the least cost of showing new[:j] with old[:i]: a line of old paired with a
    printed line it matches costs nothing, one replaced by a printed line 1, a printed line
    written out 1, a line of old dropped 2; a ``...`` line covers printed lines for nothing.
    """
    rows, cols = len(old) + 1, len(new) + 1
    cost = [[float("inf")] * cols for _ in range(rows)]
    step: list[list[Move | None]] = [[None] * cols for _ in range(rows)]
    cost[0][0] = 0

    def offer(i: int, j: int, value: float, move: Move) -> None:
        if value < cost[i][j]:
            cost[i][j] = value
            step[i][j] = move

    for i in range(rows):
        for j in range(cols):
            if j > 0:
                offer(i, j, cost[i][j - 1] + 1, ("write", i, j - 1))
            if i == 0:
                continue
            if _is_elided(old[i - 1]):
                offer(i, j, cost[i - 1][j], ("drop", i - 1, j))
                if j > 0:
                    offer(i, j, cost[i - 1][j - 1], ("elide", i - 1, j - 1))
                    offer(i, j, cost[i][j - 1], ("elide", i, j - 1))
                continue
            offer(i, j, cost[i - 1][j] + 2, ("drop", i - 1, j))
            if j > 0:
                same = _line_matches(old[i - 1], new[j - 1])
                offer(i, j, cost[i - 1][j - 1] + (0 if same else 1), ("pair", i - 1, j - 1))
    return step


def updated(expected: tuple[str, ...] | list[str], actual: str) -> list[str]:
    """
    The output to show for a command that printed *actual*, keeping what *expected* elides.

    Lines of *expected* that still match a printed line stay; a ``...`` line stays where it
    still stands for one or more printed lines; every other printed line is written out.
    The result always matches *actual*.
    """
    old = _normal(expected)
    new = _normal(actual.splitlines())
    if matches(old, actual):
        return old
    step = _moves(old, new)
    shown: list[str] = []
    i, j = len(old), len(new)
    while (move := step[i][j]) is not None:
        kind, previous_i, previous_j = move
        if kind == "write":
            shown.append(new[j - 1])
        elif kind == "pair":
            shown.append(old[i - 1] if _line_matches(old[i - 1], new[j - 1]) else new[j - 1])
        elif kind == "elide" and not (shown and _is_elided(shown[-1])):
            shown.append(old[i - 1])
        i, j = previous_i, previous_j
    shown.reverse()
    return shown if matches(shown, actual) else new


def environment() -> dict[str, str]:
    """The environment the examples run in: this interpreter's programs first, 80 columns."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "PYTHONSTARTUP"}
    }
    programs = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join([programs, env.get("PATH", os.defpath)])
    env["COLUMNS"] = str(COLUMNS)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run(command: str, folder: Path) -> str:
    """Run *command* with bash in *folder*; return what it printed, both streams together."""
    result = subprocess.run(  # noqa: S603 - the docs' own examples, run by their tests
        ["bash", "-c", command],  # noqa: S607 - bash from PATH, as a reader's shell
        cwd=folder,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    return result.stdout


@attrs.frozen(kw_only=True)
class Outcome:
    """
    A command run, with the output the docs show and the output it printed.

    Attributes:
        path: The file the command is in.
        command: The command.
        actual: What it printed.
    """

    path: Path
    command: Command
    actual: str

    @property
    def passed(self) -> bool:
        """Whether the command printed what the docs show."""
        return matches(self.command.expected, self.actual)

    def report(self) -> str:
        """Where the command is and how its output differs, as a unified diff."""
        where = f"{_shown(self.path)}:{self.command.line}: $ {self.command.text}"
        diff = difflib.unified_diff(
            _normal(self.command.expected),
            _normal(self.actual.splitlines()),
            "shown in the docs",
            "printed",
            lineterm="",
        )
        return "\n".join([where, *diff])


def run_document(path: Path) -> list[Outcome]:
    """Run every example of *path* that is to be run, in one fresh folder, in order."""
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="afdiplo-docs-") as name:
        folder = Path(name)
        if EXAMPLES.is_dir():
            shutil.copytree(EXAMPLES, folder, dirs_exist_ok=True)
        for block in find_blocks(path):
            if block.not_run is not None:
                continue
            outcomes += [
                Outcome(path=path, command=command, actual=run(command.text, folder))
                for command in block.commands
            ]
    return outcomes


def rewrite(path: Path, outcomes: list[Outcome]) -> int:
    """Write into *path* the output of each failed outcome; return how many were rewritten."""
    lines = path.read_text(encoding="utf-8").split("\n")
    failed = [outcome for outcome in outcomes if not outcome.passed]
    for outcome in sorted(failed, key=lambda o: o.command.start, reverse=True):
        command = outcome.command
        lines[command.start : command.end] = updated(command.expected, outcome.actual)
    if failed:
        path.write_text("\n".join(lines), encoding="utf-8")
    return len(failed)


def main(argv: list[str] | None = None) -> int:
    """Check the examples, or rewrite the output of those that differ with --update."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("--update", action="store_true", help="rewrite the differing output")
    parser.add_argument("files", nargs="*", type=Path, help="Markdown files (default: all)")
    args = parser.parse_args(argv)
    failed = 0
    for path in [p.resolve() for p in args.files] or documents():
        outcomes = run_document(path)
        if args.update:
            rewritten = rewrite(path, outcomes)
            if rewritten:
                print(f"{_shown(path)}: rewrote {rewritten} example(s)")  # noqa: T201
            continue
        for outcome in outcomes:
            if not outcome.passed:
                failed += 1
                print(outcome.report(), end="\n\n")  # noqa: T201
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
