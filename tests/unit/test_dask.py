"""The documented Dask recipe: a folder of readouts to JSON lines on Dask's local scheduler."""

from __future__ import annotations

import dask
import dask.bag as db

import afdiplo
from conftest import CORPUS, REPO


def test_dask_bag_recipe(tmp_path) -> None:
    """Parsing a folder with a Dask bag writes the same readouts as parsing one by one."""
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted(
        (CORPUS / "readouts" / "dev").glob("*.txt")
    )
    # The recipe, as docs/performance.md gives it:
    bag = db.from_sequence(paths, npartitions=4)
    with dask.config.set(scheduler="processes", num_workers=2):
        bag.map(afdiplo.parse_file, strict=False).map(afdiplo.to_json).to_textfiles(
            str(tmp_path / "part-*.jsonl")
        )
    lines = [
        line
        for part in sorted(tmp_path.glob("part-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    expected = [afdiplo.parse_file(p, strict=False) for p in paths]
    assert expected == [afdiplo.from_json(line) for line in lines]


def test_records_for_data_frames() -> None:
    """to_records gives the rows a Dask or pandas data frame is built from."""
    paths = sorted((REPO / "seeds").glob("*.txt"))
    rows = (
        db.from_sequence(paths, npartitions=2)
        .map(afdiplo.parse_file)
        .map(afdiplo.to_records)
        .flatten()
    )
    computed = rows.compute(scheduler="synchronous")
    assert sum(len(c.positions) for p in paths for c in afdiplo.parse_file(p).calls) == len(
        computed
    )
