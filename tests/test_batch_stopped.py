"""A batch stopped by Ctrl-C or SIGTERM keeps its failure list (thirty-first session's
robustness review): the failures it met, and the last run's for the pages it did not
reach, are in ``failures.jsonl`` for ``--retry-failed``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ocr.batch import Policy, run_batch

STORY = (
    "COUNCIL PASSES THE ESTIMATES\n\n"
    "The borough council last night passed the estimates for the coming year after a\n"
    "debate of three hours on the cost of the new tramway to the northern suburbs.\n\n"
    "The mayor said the rate would not rise above one shilling and fourpence.\n"
)


class InProcess:
    """Pages one after another in this process (what a worker does, without the pool)."""

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        for item in items:
            yield item, fn(item)

    def close(self) -> None:
        pass


class StopAfter:
    """Ctrl-C landing once ``n`` pages have ended."""

    def __init__(self, n: int) -> None:
        self.left = n

    def start(self, total: int) -> None:
        pass

    def advance(self, status: str) -> None:
        self.left -= 1
        if self.left == 0:
            raise KeyboardInterrupt

    def close(self) -> None:
        pass


def _issue(root: Path) -> Path:
    src = root / "1923-01-05"
    src.mkdir(parents=True)
    (src / "p1.txt").write_bytes(b"")  # an empty page: a failed scan-to-text export
    for n in (2, 3, 4):
        (src / f"p{n}.txt").write_text(STORY.replace("three", f"{n} and a half"))
    (src / "p5.txt").write_bytes(b"   \n")
    return src


def _failures(out: Path) -> list[str]:
    lines = (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["rel"] for line in lines]


def test_a_stopped_batch_lists_the_failures_it_met(tmp_path: Path) -> None:
    src, out = _issue(tmp_path), tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):  # stopped after p1 failed and p2 was done
        run_batch(src, out, correct=False, executor=InProcess(), progress=StopAfter(2))
    assert _failures(out) == ["p1"]
    # --retry-failed then retries it (it had been skipped as "not a previous failure"
    # and the failure log written empty: the failure was lost)
    again = run_batch(src, out, correct=False, executor=InProcess(),
                      policy=Policy(retry_failed=True))
    assert [o.rel for o in again.outcomes if o.status == "failed"] == ["p1"]
    assert _failures(out) == ["p1"]


def test_a_stopped_rerun_keeps_the_failures_of_pages_it_did_not_reach(tmp_path: Path) -> None:
    src, out = _issue(tmp_path), tmp_path / "out"
    first = run_batch(src, out, correct=False, executor=InProcess())
    assert [o.rel for o in first.outcomes if o.status == "failed"] == ["p1", "p5"]
    (src / "p1.txt").write_text(STORY)  # the page exported again
    with pytest.raises(KeyboardInterrupt):  # p2-p4 are current; stopped once p1 is done, before p5
        run_batch(src, out, correct=False, executor=InProcess(), progress=StopAfter(4),
                  policy=Policy(retry_failed=True))
    assert _failures(out) == ["p5"]
    assert (out / "p1.txt").exists()
