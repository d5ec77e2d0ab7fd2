"""What PyPI shows: the wheel's metadata, and the README that is its page."""

from __future__ import annotations

import doctest
import io
import re
import subprocess
import sys
import zipfile
from email.parser import Parser

import pytest

from conftest import REPO

README = REPO / "README.md"
REPOSITORY = "https://github.com/afdiplo/afdiplo"
PROJECT_URLS = {
    "Homepage": REPOSITORY,
    "Documentation": "https://afdiplo.readthedocs.io/",
    "Source": REPOSITORY,
    "Issues": f"{REPOSITORY}/issues",
    "Changelog": "https://afdiplo.readthedocs.io/en/latest/changelog.html",
}
CODE_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


@pytest.fixture(scope="module")
def metadata(tmp_path_factory):
    """The METADATA of a wheel built from the checkout by hatchling, offline."""
    outdir = tmp_path_factory.mktemp("wheel")
    build = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"
    result = subprocess.run(  # noqa: S603 - this interpreter building our own wheel
        [sys.executable, "-c", build, str(outdir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    wheel = outdir / result.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return Parser().parsestr(archive.read(name).decode("utf-8"))


class TestWheelMetadata:
    def test_project_urls(self, metadata) -> None:
        """The wheel lists the five project URLs a PyPI page shows, in that order."""
        urls = [tuple(value.split(", ", 1)) for value in metadata.get_all("Project-URL")]
        assert list(PROJECT_URLS.items()) == urls

    def test_keywords(self, metadata) -> None:
        """The wheel has keywords for PyPI's search."""
        keywords = metadata["Keywords"].split(",")
        assert {"diplomacy", "readouts", "information extraction"} <= set(keywords)

    def test_runtime_dependencies(self, metadata) -> None:
        """Only attrs, cattrs and dateparser are needed at run time; pandas is test-only."""
        requires = metadata.get_all("Requires-Dist")
        runtime = sorted(r.split(">=")[0] for r in requires if "extra ==" not in r)
        pandas = sorted(r.split("extra == ")[1] for r in requires if r.startswith("pandas"))
        pyarrow = sorted(r.split("extra == ")[1] for r in requires if r.startswith("pyarrow"))
        assert (["attrs", "cattrs", "dateparser"], ["'docs'", "'test'"], ["'test'"]) == (
            runtime,
            pandas,
            pyarrow,
        )

    def test_description_is_the_readme(self, metadata) -> None:
        """The PyPI page is the README, as Markdown."""
        assert ("text/markdown", README.read_text(encoding="utf-8")) == (
            metadata["Description-Content-Type"],
            metadata.get_payload(),
        )


class TestReadme:
    def blocks(self):
        return CODE_BLOCK.findall(README.read_text(encoding="utf-8"))

    def test_starts_with_pip_install(self) -> None:
        """The first code block of the README installs afdiplo from PyPI."""
        assert ("sh", "pip install afdiplo\n") == self.blocks()[0]

    def test_examples_run(self) -> None:
        """Every >>> example of the README prints what the README shows."""
        parser = doctest.DocTestParser()
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        report = io.StringIO()
        examples = 0
        names: dict[str, object] = {}  # shared by the blocks, as by a reader's session
        for number, (language, code) in enumerate(self.blocks()):
            if language != "pycon":
                continue
            test = parser.get_doctest(code, names, f"README block {number}", str(README), 0)
            examples += len(test.examples)
            runner.run(test, out=report.write, clear_globs=False)
            names = test.globs  # a copy, with what the block defined
        assert ("", True) == (report.getvalue(), examples >= 10)

    def test_examples_need_only_the_installed_package(self) -> None:
        """The examples read no file of the checkout: the samples come from the package."""
        code = "".join(code for language, code in self.blocks() if language == "pycon")
        assert [] == re.findall(r"open\(|Path\(|seeds/|parse_file\(", code)

    def test_checkout_commands(self) -> None:
        """The two set-up commands from a checkout are there, as CI runs them."""
        commands = [code for language, code in self.blocks() if language == "sh"]
        venv = "python3 -m venv .venv && . .venv/bin/activate && "
        assert {
            f"{venv}pip install . && python -m afdiplo\n",
            f'{venv}pip install ".[test]" && python -m pytest\n',
        } <= set(commands)
