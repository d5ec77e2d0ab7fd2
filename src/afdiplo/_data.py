"""
Loading the package data files: gazetteers (TSV), lexicons and format rules (JSON).

Every loader is cached, so each file is read and checked once per process.
The modules that read files (:mod:`importlib.resources`, :mod:`csv`) are imported on the first
read, not with the package.
"""

from __future__ import annotations

import functools
import io
import json
from typing import Any

import attrs

from afdiplo.exceptions import DataFileError

__all__ = ["Outlet", "outlets", "read_json", "read_tsv", "read_tsv_text"]

OUTLET_COLUMNS = ("name", "aliases", "country", "kind")
OUTLET_KINDS = frozenset({"government", "media"})


def _resource(*parts: str) -> str:
    from importlib.resources import files  # noqa: PLC0415 - see the module docstring

    try:
        return files("afdiplo").joinpath("data", *parts).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        msg = f"expected the package data file data/{'/'.join(parts)}, found none ({err})"
        raise DataFileError(msg) from err


def read_tsv_text(text: str, *, name: str, columns: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    """
    Parse TSV *text* with a header row (``#`` comment lines may precede it).

    Raises:
        DataFileError: A column is missing or a row has the wrong number of fields.
    """
    import csv  # noqa: PLC0415 - see the module docstring

    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    if not rows:
        msg = f"expected a header row in {name}, found an empty file"
        raise DataFileError(msg)
    header = rows[0]
    missing = [c for c in columns if c not in header]
    if missing:
        msg = f"expected columns {list(columns)} in {name}, found {header}"
        raise DataFileError(msg)
    result = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            msg = f"expected {len(header)} fields in row {number} of {name}, found {len(row)}"
            raise DataFileError(msg)
        result.append(dict(zip(header, row, strict=True)))
    return tuple(result)


@functools.cache
def read_tsv(*parts: str, columns: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    """Read a bundled TSV file under ``data/``."""
    return read_tsv_text(_resource(*parts), name="/".join(parts), columns=columns)


@functools.cache
def read_json(*parts: str) -> dict[str, Any]:
    """Read a bundled JSON file under ``data/``; its top level must be an object."""
    try:
        data = json.loads(_resource(*parts))
    except ValueError as err:
        msg = f"expected JSON in data/{'/'.join(parts)}, found invalid text ({err})"
        raise DataFileError(msg) from err
    if not isinstance(data, dict):
        msg = f"expected an object at the top of data/{'/'.join(parts)}"
        raise DataFileError(msg)
    return data


@attrs.frozen
class Outlet:
    """
    One row of ``outlets.tsv``: a publisher, the names it goes by, and its country.

    Attributes:
        name: The outlet's name ("Xinhua News Agency").
        aliases: Other names, abbreviations and site addresses ("Xinhua", "english.news.cn").
        country: A country of the gazetteer ("China"), or "European Union", "United Nations",
            "NATO".
        kind: "government" (a ministry, embassy, leader's office or organisation) or "media".
    """

    name: str
    aliases: tuple[str, ...]
    country: str
    kind: str


@functools.cache
def outlets() -> tuple[Outlet, ...]:
    """
    The bundled table of outlets, in the order of the file.

    Raises:
        DataFileError: The file is missing, malformed, or has an unknown kind.
    """
    rows = read_tsv("gazetteers", "outlets.tsv", columns=OUTLET_COLUMNS)
    result = []
    for row in rows:
        name, country, kind = row["name"].strip(), row["country"].strip(), row["kind"].strip()
        if not name:
            continue
        if not country or kind not in OUTLET_KINDS:
            msg = (
                f"expected a country and a kind ({', '.join(sorted(OUTLET_KINDS))}) for "
                f"{name!r} in gazetteers/outlets.tsv, found {country!r} and {kind!r}"
            )
            raise DataFileError(msg)
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        result.append(Outlet(name, aliases, country, kind))
    return tuple(result)


@functools.cache
def region_countries() -> dict[str, str]:
    """
    The provinces and regions of ``gazetteers/regions.tsv``, casefolded, with their countries.

    "Governor of Balkh Province" is Afghanistan's official: a region in a title gives its
    holder's country, as a country word does.

    Raises:
        DataFileError: The file is missing or malformed.
    """
    rows = read_tsv("gazetteers", "regions.tsv", columns=("region", "country"))
    return {row["region"].strip().casefold(): row["country"].strip() for row in rows}
