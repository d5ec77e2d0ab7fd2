"""The shell examples of the docs (tests/shell_examples.py): each prints what the docs show."""

from __future__ import annotations

import re
import textwrap

import pytest

import shell_examples
from conftest import REPO
from shell_examples import Block, find_blocks, matches, updated

DOCUMENTS = shell_examples.documents()
# Blocks that are not run, each with its reason; a new one is a visible change of this list.
NOT_RUN = {
    ("docs/quickstart.md", "installs afdiplo from PyPI"),
    ("docs/performance.md", "the full benchmark takes about ten minutes"),
    ("docs/performance.md", "counts instructions with Valgrind"),
    ("docs/performance.md", "measures peak memory in fresh interpreters for several minutes"),
}
SHELL_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*(sh|bash|shell|zsh|shell-session|console)\s*$")


def blocks_of(path) -> list[Block]:
    return find_blocks(path)


@pytest.mark.parametrize(
    "path",
    [p for p in DOCUMENTS if any(b.not_run is None for b in blocks_of(p))],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_examples_print_what_the_docs_show(path) -> None:
    """Every command of the page's console blocks prints what the page shows under it."""
    failed = [o.report() for o in shell_examples.run_document(path) if not o.passed]
    assert [] == failed, "\n\n".join(failed)


def test_every_page_with_commands_is_checked() -> None:
    """The pages of the docs whose console blocks run: the command line page among them."""
    checked = {
        str(p.relative_to(REPO))
        for p in DOCUMENTS
        if any(b.not_run is None and b.commands for b in blocks_of(p))
    }
    assert {"docs/cli.md", "docs/quickstart.md"} <= checked


def test_blocks_not_run_say_why() -> None:
    """Only the blocks listed here are not run, each with its reason."""
    found = {
        (str(p.relative_to(REPO)), b.not_run)
        for p in DOCUMENTS
        for b in blocks_of(p)
        if b.not_run is not None
    }
    assert NOT_RUN == found


def test_shell_blocks_are_console_blocks() -> None:
    """Every shell block of the docs is a console block with commands, so the tests see it."""
    wrong = []
    for path in sorted((REPO / "docs").glob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            fence = SHELL_FENCE.match(line)
            if fence is not None and fence[2] != "console":
                wrong.append(f"{path.name}:{number}")
    empty = [f"{b.path.name}:{b.line}" for p in DOCUMENTS for b in blocks_of(p) if not b.commands]
    assert ([], []) == (wrong, empty)


class TestFindBlocks:
    TEXT = textwrap.dedent(
        """\
        Some prose.

        ```console
        $ afdiplo topics
        counter-terrorism  ...
        ...
        $ echo one \\
          two
        one two
        ```

        % shell-example: not run (needs the network)

        ```console
        $ pip install afdiplo
        ```

        ````{doctest}
        ```console
        $ not a shell example
        ```
        ````
        ```python
        print('not a shell example')
        ```
        """
    )

    def test_commands_and_their_output(self) -> None:
        """Each $ line is a command, the lines after it its output, up to the next command."""
        first, _ = find_blocks(REPO / "page.md", self.TEXT)
        assert [
            ("afdiplo topics", ("counter-terrorism  ...", "..."), 4, 4, 6),
            ("echo one \\\n  two", ("one two",), 7, 8, 9),
        ] == [(c.text, c.expected, c.line, c.start, c.end) for c in first.commands]

    def test_not_run_marker(self) -> None:
        """A block after a '% shell-example: not run (...)' line carries the reason."""
        first, second = find_blocks(REPO / "page.md", self.TEXT)
        assert (None, "needs the network", 14) == (first.not_run, second.not_run, second.line)

    def test_other_blocks_are_ignored(self) -> None:
        """Blocks of other languages, and console text inside a longer fence, are no examples."""
        assert 2 == len(find_blocks(REPO / "page.md", self.TEXT))


class TestMatches:
    @pytest.mark.parametrize(
        ("expected", "actual"),
        [
            (["a", "b"], "a\nb\n"),
            (["a", "b  "], "a\nb"),
            (["a", "...", "z"], "a\nb\nc\nz\n"),
            (["value: ..."], "value: 42\n"),
            (["a"], "a\n\n\n"),
            ([], ""),
        ],
    )
    def test_matching(self, expected, actual) -> None:
        """Equal lines match; '...' stands for any text; trailing spaces and blanks are ignored."""
        assert matches(expected, actual)

    @pytest.mark.parametrize(
        ("expected", "actual"),
        [
            (["a", "b"], "a\nc\n"),
            (["a"], "a\nb\n"),
            (["1"], "True\n"),
            (["a", "", "b"], "a\nb\n"),
            ([], "something\n"),
        ],
    )
    def test_differences(self, expected, actual) -> None:
        """A changed, added or missing line is a difference; True is not 1."""
        assert not matches(expected, actual)


class TestUpdated:
    def test_matching_output_is_kept(self) -> None:
        """Output that still matches is left as the docs have it, elisions and all."""
        assert ["a", "...", "z"] == updated(["a", "...", "z"], "a\nb\nz\n")

    def test_changed_lines_are_rewritten_elisions_kept(self) -> None:
        """A changed line is replaced, a new one added, and '...' still covers its lines."""
        expected = ["head", "  count: 1", "...", "end"]
        actual = "head\n  count: 2\nx\ny\nend\nnew line\n"
        assert ["head", "  count: 2", "...", "end", "new line"] == updated(expected, actual)

    def test_lines_no_longer_printed_are_dropped(self) -> None:
        """Lines of the docs the program no longer prints are dropped."""
        assert ["a", "c"] == updated(["a", "b", "c"], "a\nc\n")

    def test_an_elision_with_nothing_left_to_cover_goes(self) -> None:
        """A '...' that would stand for no line is dropped, so the result matches."""
        assert ["a", "b"] == updated(["a", "...", "b"], "a\nb\n")

    @pytest.mark.parametrize(
        ("expected", "actual"),
        [
            (["x", "...", "y"], "p\nq\n"),
            (["...", "a", "..."], "b\nc\nd\n"),
            (["a: ...", "b"], "a: 1\nc\nb\nd\n"),
            ([], "one\ntwo\n"),
        ],
    )
    def test_result_always_matches(self, expected, actual) -> None:
        """Whatever the docs showed, the rewritten output matches what was printed."""
        assert matches(updated(expected, actual), actual)


class TestRewrite:
    def test_rewrites_only_what_differs(self, tmp_path) -> None:
        """--update writes the printed output of failed examples into the file, nothing else."""
        page = tmp_path / "page.md"
        page.write_text(
            "Intro.\n\n```console\n$ echo one\none\n$ echo two\nthree\n```\n", encoding="utf-8"
        )
        outcomes = shell_examples.run_document(page)
        rewritten = shell_examples.rewrite(page, outcomes)
        assert (1, "Intro.\n\n```console\n$ echo one\none\n$ echo two\ntwo\n```\n") == (
            rewritten,
            page.read_text(encoding="utf-8"),
        )

    def test_examples_run_in_a_folder_with_the_example_readouts(self, tmp_path) -> None:
        """The commands see docs/examples/ as their working folder, with 80 columns."""
        page = tmp_path / "page.md"
        page.write_text("```console\n$ ls readouts; echo $COLUMNS\n```\n", encoding="utf-8")
        (outcome,) = shell_examples.run_document(page)
        expected = sorted(p.name for p in (shell_examples.EXAMPLES / "readouts").glob("*"))
        assert [*expected, "80"] == outcome.actual.splitlines()
