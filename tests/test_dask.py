"""The Dask executor: a real LocalCluster gives the same bytes as the local pool."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES
from dask import config as dask_config
from test_batch import add_corrupt_pages, lines, make_pages, snapshot

from ocr.batch import run_batch
from ocr.executors import DaskExecutor, Failure


@pytest.mark.integration
def test_dask_and_one_or_two_local_workers_give_byte_identical_outputs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    pages = make_pages(src, copies=2)
    scan = src / "scans" / "en-3col-colour.png"  # the image path too: real Tesseract
    scan.parent.mkdir()
    shutil.copyfile(FIXTURES / "images" / scan.name, scan)
    pages.append(scan)
    bad = add_corrupt_pages(src)
    local = run_batch(src, tmp_path / "local", workers=2, correct=False)
    dask = DaskExecutor(workers=2)  # LocalCluster: 2 worker processes, 1 thread each
    try:
        info = dask.client.scheduler_info()
        assert len(info["workers"]) == 2
        assert all(w["nthreads"] == 1 for w in info["workers"].values())
        # the workers run without Dask's statistical profiler (a per-page cost)
        profiling = dask.client.run(dask_config.get, "distributed.worker.profile.enabled")
        assert list(profiling.values()) == [False, False]
        remote = run_batch(src, tmp_path / "dask", executor=dask, correct=False)
        # a task that raises comes back as a Failure, the cluster carries on
        got = dict(dask.map(int, ["7", "not a number"]))
        assert got["7"] == 7 and isinstance(got["not a number"], Failure)
    finally:
        dask.close()
    assert local.count("done") == remote.count("done") == len(pages)
    assert {o.rel for o in remote.outcomes if o.status == "failed"} == bad
    assert {f["rel"] for f in lines(tmp_path / "dask" / "failures.jsonl")} == bad
    ref = snapshot(tmp_path / "local")
    assert len(ref) == 3 * len(pages)
    assert snapshot(tmp_path / "dask") == ref
    # and whatever the number of local workers
    run_batch(src, tmp_path / "one", workers=1, correct=False)
    assert snapshot(tmp_path / "one") == ref
