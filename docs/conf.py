"""
Sphinx configuration for the afdiplo documentation.

The package is imported from the environment Sphinx runs in (``pip install .[docs]``); this file
never edits ``sys.path``.
"""

from __future__ import annotations

import doctest
import logging as stdlib_logging
import os
from importlib.metadata import version as distribution_version
from typing import TYPE_CHECKING

from sphinx.util import logging

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "afdiplo"
author = "The afdiplo developers"
copyright = "The afdiplo developers"
release = distribution_version("afdiplo")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# Every cross-reference must resolve: `-n` (nitpicky) with `-W` turns a broken one into an error.
nitpicky = True

# -- MyST --------------------------------------------------------------------------------------
myst_heading_anchors = 3


class _ShortMystBanner(stdlib_logging.Filter):
    """
    Shorten myst-parser's banner to its version.

    On every build, myst-parser logs its version followed by the repr of its whole
    configuration, a ``MdParserConfig(...)`` of some 1,500 characters, at level INFO. This
    keeps ``myst vX.Y.Z`` and drops the repr. Only that one INFO record is changed; warnings
    and errors, of MyST or anyone else, pass untouched.
    """

    def filter(self, record: stdlib_logging.LogRecord) -> bool:
        args, message = record.args, str(record.msg)
        if (
            record.levelno == stdlib_logging.INFO
            and isinstance(args, tuple)
            and len(args) == 2  # the version, then the configuration
            and type(args[1]).__name__ == "MdParserConfig"
            and message.endswith(" %s")
        ):
            record.msg = message.removesuffix(" %s")
            record.args = (args[0],)
        return True


# -- autodoc and napoleon ----------------------------------------------------------------------
autodoc_typehints = "description"
# Types are added for the parameters a docstring documents (its `Args:` section) and for return
# values. The attrs classes document their fields in `Attributes:`; napoleon takes the type of
# each from the class annotations (napoleon_attr_annotations), so the generated `__init__`
# parameters are not listed a second time.
autodoc_typehints_description_target = "documented_params"
autodoc_member_order = "bysource"
# Show `Span`, not `afdiplo.model.Span`, in rendered types; the links still go to the API page.
python_use_unqualified_type_names = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_attr_annotations = True

# The overloads of from_dict are typed with a private TypeVar; it has no page to link to.
nitpick_ignore = [("py:class", "afdiplo.serialize.M")]

# -- doctest -----------------------------------------------------------------------------------
# Every example in the docs is a ```{doctest} block; `sphinx-build -b doctest` runs them all,
# and also any `>>>` example in a docstring the API page renders. Exception messages are
# compared too (Sphinx's default flags would ignore them): a changed message is a stale example.
doctest_default_flags = doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1

# -- intersphinx, online and offline -----------------------------------------------------------
# Links to Python, attrs and cattrs need their objects.inv files, fetched over the network.
# Where there is no network (a sandbox, a train), set AFDIPLO_DOCS_OFFLINE=1: the mapping is then
# left empty, and references into those projects' modules (and only those) are exempted from the
# nitpicky check. References to afdiplo's own objects are never exempted, so a broken internal
# reference still fails the build, online or offline. Online builds (Read the Docs, CI with
# network) resolve every external reference through intersphinx and fail on any that is broken.
OFFLINE = os.environ.get("AFDIPLO_DOCS_OFFLINE", "") not in {"", "0"}

_EXTERNAL_MODULES = (
    "attr",
    "attrs",
    "cattrs",
    "collections",
    "datetime",
    "enum",
    "importlib",
    "json",
    "os",
    "pathlib",
    "typing",
)

if OFFLINE:
    intersphinx_mapping: dict[str, tuple[str, None]] = {}
    nitpick_ignore_regex = [(r"py:.*", rf"(?:{'|'.join(_EXTERNAL_MODULES)})(?:\..+)?")]
else:
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "cattrs": ("https://catt.rs/en/stable/", None),
    }

# -- HTML --------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"afdiplo {release}"


# -- The API page must document every public name ----------------------------------------------
_logger = logging.getLogger(__name__)


def _public_names() -> list[str]:
    """Every name in ``afdiplo.__all__``, fully qualified."""
    import afdiplo  # noqa: PLC0415 - imported when the check runs, not when Sphinx reads this

    return [f"afdiplo.{name}" for name in afdiplo.__all__]


def _check_api_is_complete(_app: Sphinx, env: BuildEnvironment) -> None:
    """Warn (an error under -W) for each public name no page documents."""
    documented = env.get_domain("py").objects  # type: ignore[attr-defined]
    for name in _public_names():
        if name not in documented:
            _logger.warning(
                "%s is listed in afdiplo.__all__ but documented nowhere; add it to api.md",
                name,
                type="afdiplo",
                subtype="api",
            )


def setup(app: Sphinx) -> None:
    """Register the completeness check of the API reference; shorten MyST's banner."""
    app.connect("env-check-consistency", _check_api_is_complete)
    myst_logger = stdlib_logging.getLogger("sphinx.myst_parser.sphinx_ext.main")
    if not any(isinstance(f, _ShortMystBanner) for f in myst_logger.filters):
        myst_logger.addFilter(_ShortMystBanner())
