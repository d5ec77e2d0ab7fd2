"""
What a maintainer needs to publish: the CI and release workflows, Read the Docs, the checklist.

The workflows run on the public host only; these tests check that they parse and say what they
should, and run the one script of theirs that can run here.
"""

from __future__ import annotations

import os
import re
import subprocess
from importlib.metadata import metadata, version

import pytest
import yaml

from conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


def load(path):
    """A YAML file as data; PyYAML reads the key `on` as True (YAML 1.1), so it is renamed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(job):
    return job["steps"]


def runs(job):
    """The shell commands of a job's steps, one string per step."""
    return [step["run"] for step in steps(job) if "run" in step]


def uses(job):
    return [step["uses"] for step in steps(job) if "uses" in step]


@pytest.fixture(scope="module")
def ci():
    return load(WORKFLOWS / "ci.yml")


@pytest.fixture(scope="module")
def release():
    return load(WORKFLOWS / "release.yml")


class TestCI:
    def test_runs_on_pushes_and_pull_requests(self, ci) -> None:
        """CI runs on pushes to main and on every pull request."""
        assert ({"branches": ["main"]}, True) == (ci["on"]["push"], "pull_request" in ci["on"])

    def test_every_supported_python(self, ci) -> None:
        """The matrix is Python 3.10 to 3.13, as strings (3.10 as a number would be 3.1)."""
        (job,) = ci["jobs"].values()
        assert PYTHONS == job["strategy"]["matrix"]["python-version"]

    def test_setup_python_uses_the_matrix(self, ci) -> None:
        """Each job sets up the Python of its matrix entry."""
        (job,) = ci["jobs"].values()
        setup = next(s for s in steps(job) if s.get("uses", "").startswith("actions/setup-python"))
        assert "${{ matrix.python-version }}" == setup["with"]["python-version"]

    def test_calls_ci_run(self, ci) -> None:
        """The job checks the code out and runs .ci/run, with the CI hypothesis profile."""
        (job,) = ci["jobs"].values()
        step = next(s for s in steps(job) if s.get("run") == "bash .ci/run")
        assert ("actions/checkout@v4", "true", "python") == (
            uses(job)[0],
            step["env"]["CI"],
            step["env"]["PYTHON"],
        )

    def test_only_reads_the_repository(self, ci) -> None:
        """CI needs no write access."""
        assert {"contents": "read"} == ci["permissions"]


class TestRelease:
    def test_runs_on_version_tags(self, release) -> None:
        """The release runs when a tag v* is pushed, and only then."""
        assert {"push": {"tags": ["v*"]}} == release["on"]

    def test_build_checks_then_builds(self, release) -> None:
        """The build job runs .ci/run, then builds sdist and wheel and checks them."""
        commands = runs(release["jobs"]["build"])
        ci_run = commands.index("bash .ci/run")
        build = next(i for i, c in enumerate(commands) if "python -m build" in c)
        assert (True, True) == (ci_run < build, "twine check --strict" in commands[build])

    def test_publishes_by_trusted_publishing(self, release) -> None:
        """The publish job gets an OIDC token and hands the built files to PyPI's action."""
        job = release["jobs"]["publish"]
        assert (
            ["build", "wheels"],
            {"id-token": "write"},
            "pypi",
            ["actions/download-artifact@v4", "pypa/gh-action-pypi-publish@release/v1"],
        ) == (job["needs"], job["permissions"], job["environment"]["name"], uses(job))

    def test_compiled_wheels_are_built_with_the_mypyc_hook(self, release) -> None:
        """cibuildwheel builds each platform's wheels with the hook that compiles the parser."""
        job = release["jobs"]["wheels"]
        step = next(s for s in steps(job) if s.get("uses", "").startswith("pypa/cibuildwheel@"))
        project = (REPO / "pyproject.toml").read_text(encoding="utf-8")  # no tomllib on 3.10
        hook = project.split("[tool.hatch.build.targets.wheel.hooks.mypyc]\n", 1)[1]
        assert ("HATCH_BUILD_HOOKS_ENABLE=1", "enable-by-default = false", "build") == (
            step["env"]["CIBW_ENVIRONMENT"],
            hook.splitlines()[0],
            job["needs"],
        )

    def test_no_token_is_used(self) -> None:
        """Trusted publishing needs no password or API token."""
        text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
        assert [] == re.findall(r"(?i)password|api[_-]?token|secrets\.", text)

    @pytest.mark.parametrize(
        ("tag", "status"), [(f"v{version('afdiplo')}", 0), ("v0.0.0-not-it", 1)]
    )
    def test_tag_must_be_the_version(self, release, tag, status) -> None:
        """The tag check passes for v + the version in pyproject.toml and fails otherwise."""
        check = next(c for c in runs(release["jobs"]["build"]) if "GITHUB_REF_NAME" in c)
        result = subprocess.run(  # noqa: S603 - the workflow's own script
            ["bash", "-c", check],  # noqa: S607 - bash as the runner has it
            cwd=REPO,
            env={**os.environ, "GITHUB_REF_NAME": tag},
            capture_output=True,
            text=True,
            check=False,
        )
        assert status == result.returncode


@pytest.fixture(scope="module")
def readthedocs():
    return load(REPO / ".readthedocs.yaml")


class TestReadTheDocs:
    def test_builds_the_sphinx_docs(self, readthedocs) -> None:
        """Read the Docs builds docs/conf.py, with warnings as errors."""
        sphinx = readthedocs["sphinx"]
        assert (2, True, True) == (
            readthedocs["version"],
            (REPO / sphinx["configuration"]).is_file(),
            sphinx["fail_on_warning"],
        )

    def test_installs_the_docs_extra(self, readthedocs) -> None:
        """It installs the checkout with the docs extra, which the package defines."""
        (install,) = readthedocs["python"]["install"]
        extras = metadata("afdiplo").get_all("Provides-Extra")
        assert (".", ["docs"], True) == (
            install["path"],
            install["extra_requirements"],
            "docs" in extras,
        )


class TestReleaseChecklist:
    def test_checklist_names_version_changelog_and_tag(self) -> None:
        """CONTRIBUTING.md's release checklist sets the version, dates the changelog, tags."""
        text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
        checklist = text.split("## Releasing", 1)[1].split("\n## ", 1)[0]
        assert (True, True, True, True) == (
            'version = "X.Y.Z"' in checklist,
            "## [X.Y.Z] - YYYY-MM-DD" in checklist,
            "git tag -a vX.Y.Z" in checklist,
            "release.yml" in checklist,
        )

    def test_changelog_has_an_unreleased_section_on_top(self) -> None:
        """CHANGELOG.md opens its versions with ## [Unreleased], where the checklist starts."""
        text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
        assert "## [Unreleased]" == re.findall(r"^## .*$", text, re.MULTILINE)[0]
