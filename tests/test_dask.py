"""The Dask executor: a real LocalCluster gives the same bytes as the local pool."""

from __future__ import annotations

import os
import shutil
import time
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
    dask = DaskExecutor(workers=2, timeout=600)  # a LocalCluster as `newsocr batch` starts it
    try:
        info = dask.client.scheduler_info()
        assert len(info["workers"]) == 2
        assert all(w["nthreads"] == 1 for w in info["workers"].values())
        # the workers run without Dask's statistical profiler and malloc trimming (page costs)
        profiling = dask.client.run(dask_config.get, "distributed.worker.profile.enabled")
        assert list(profiling.values()) == [False, False]
        trim = dask.client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
        assert list(trim.values()) == [None, None]
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


@pytest.mark.integration
def test_dask_page_past_its_timeout_fails_alone_and_the_cluster_goes_on() -> None:
    dask = DaskExecutor(workers=2, timeout=3)
    try:
        got = dict(dask.map(time.sleep, [0.1, 60]))  # 60: stuck in native code
        assert got[0.1] is None
        assert isinstance(got[60], Failure)
        assert "3 s timeout" in got[60].reason
        # the dead worker was replaced: the cluster still takes pages
        assert dict(dask.map(abs, [-1, -2])) == {-1: 1, -2: 2}
    finally:
        dask.close()


def test_the_documented_worker_settings_are_the_local_clusters() -> None:
    import yaml

    from ocr.executors import LOCAL_CLUSTER_CONFIG

    doc = (FIXTURES.parent / "docs" / "batch-and-qa.md").read_text(encoding="utf-8")
    block = doc.split("```yaml\n", 1)[1].split("```", 1)[0]

    def flat(tree: dict[str, object], prefix: str = "") -> dict[str, object]:
        out: dict[str, object] = {}
        for key, value in tree.items():
            if isinstance(value, dict):
                out |= flat(value, f"{prefix}{key}.")
            else:
                out[prefix + key] = value
        return out

    assert flat(yaml.safe_load(block)) == LOCAL_CLUSTER_CONFIG


def test_without_dask_the_executor_says_how_to_install_it() -> None:
    """Dask is an extra: a plain install without it gets one line naming the extra, exit 3."""
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None\n"
        "from ocr.errors import DependencyError\n"
        "from ocr.executors import DaskExecutor\n"
        "try:\n    DaskExecutor()\nexcept DependencyError as e:\n"
        "    print(e.exit_code, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("3 ") and "newsocr[dask]" in out.stdout, out
