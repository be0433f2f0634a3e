"""Batch runs over a title: folders or manifests, workers, resume, failure log.

A page is the unit of work and of resume. A worker stages the page's outputs in
``OUT/.newsocr/tmp/`` and renames each into place (atomic on one file system),
then writes the page's *done record* ``OUT/.newsocr/done/<page>.json`` last,
itself atomically. A page counts as done only when its record names the input
checksum and settings of this run and its outputs are there unchanged, so a run
killed at any moment (even SIGKILL) leaves no partial file and a re-run does
exactly the pages still missing. The lock and logs are ``ocr.batch_log``'s; what
to do, page by page, is ``ocr.batch_plan``'s.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .batch_log import (
    FAILURES,
    STATE_DIR,
    RunLog,
    file_sha,
    locked,
    previous_failures,
    record_path,
)
from .batch_log import iter_outputs as iter_outputs  # public
from .batch_plan import Job, plan
from .batch_plan import Policy as Policy  # public
from .engine_order import OrderMode
from .errors import InputError, NewsocrError, OutputError
from .executors import Executor, Failure, LocalPool
from .files import atomic_write, ensure_dir, page_stem
from .model import Page
from .pipeline import iter_pages, warm_up
from .progress import Progress, Silent
from .runtime import run_settings
from .writers import write_page

#: The page number a reader puts at the end of a page id of a multi-page file (NAME-p3).
_PAGE_NUMBER = re.compile(r"-p(\d+)$")
#: What became of a page in a batch.
OutcomeStatus = Literal["done", "skipped", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one page; one line of ``batch.jsonl``."""

    page_id: str
    rel: str
    path: str
    status: OutcomeStatus
    input_sha256: str = ""
    settings_hash: str = ""
    outputs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["outputs"], d["warnings"] = list(self.outputs), list(self.warnings)
        return d


@dataclass(frozen=True, slots=True)
class BatchResult:
    outcomes: tuple[Outcome, ...]
    aborted: bool = False

    def count(self, status: OutcomeStatus) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        return 1 if self.aborted or self.count("failed") else 0


# --- one page (runs in a worker) ----------------------------------------------


def run_page(job: Job) -> Outcome:
    """Process one page and write its outputs and done record; never raises."""
    from .executors import worker_env

    for key, value in worker_env().items():  # also on Dask workers started elsewhere
        os.environ.setdefault(key, value)

    out = Path(job.out_dir)
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    sha = ""
    stage = out / STATE_DIR / "tmp" / uuid.uuid4().hex
    try:
        warm_up(job.profile)  # once per worker process and profile
        src = Path(job.path)
        try:
            sha = file_sha(src)
        except OSError as exc:
            raise InputError(src, f"cannot read: {exc.strerror}") from None
        pages = iter_pages(src, lang=job.lang, profile=job.profile, correct=job.correct,
                           order_mode=job.order, encoding=job.encoding, pages=job.pages)
        stage.mkdir(parents=True)
        name = Path(job.rel).name
        final_dir = (out / job.rel).parent
        outputs: dict[str, str] = {}
        warnings: list[str] = []
        t_write = 0.0
        # Each page is written as soon as it is done (a 200-page TIFF keeps its finished
        # pages when stopped); the page count shows only at the end, so the first page is
        # held back until a second one says whether it is NAME or NAME-p1.
        held: Page | None = None
        for n, page in enumerate(pages, 1):
            if job.pages is not None:  # chosen pages keep their number in the file: NAME-pN
                number = _PAGE_NUMBER.search(page.id)
                stem = f"{name}-p{number.group(1)}" if number else name
                t_write += _move_out(write_page(page, stage / stem, job.formats),
                                     final_dir, out, outputs)
                warnings += page.warnings
                continue
            if n == 1:
                held = page
                continue
            if held is not None:
                t_write += _move_out(write_page(held, stage / f"{name}-p1", job.formats),
                                     final_dir, out, outputs)
                held = None
            t_write += _move_out(write_page(page, stage / page_stem(name, n, n), job.formats),
                                 final_dir, out, outputs)
            warnings += page.warnings
        if held is not None:
            t_write += _move_out(write_page(held, stage / name, job.formats),
                                 final_dir, out, outputs)
            warnings[:0] = held.warnings
        t1 = time.perf_counter() - t_write
        st = src.stat()
        record = {
            "page_id": job.page_id, "input": job.path, "input_sha256": sha,
            "input_size": st.st_size, "input_mtime_ns": st.st_mtime_ns,
            "settings_hash": job.settings_hash, "outputs": outputs,
        }
        # staged in the run's temp folder, which every run clears first: no stray temp files
        atomic_write(record_path(out, job.rel), json.dumps(record, indent=1).encode(), stage)
        timings = {"process": t1 - t0, "write": time.perf_counter() - t1}
        timings["total"] = time.perf_counter() - t0
        return Outcome(job.page_id, job.rel, job.path, "done", sha, job.settings_hash,
                       tuple(outputs), tuple(warnings),
                       {k: round(v, 4) for k, v in timings.items()})
    except Exception as exc:  # noqa: BLE001 - failure isolation: one page, one reason
        reason = (str(exc) if isinstance(exc, NewsocrError)
                  else f"{job.path}: internal error ({type(exc).__name__}: {exc})")
        # a staged file is named where it was going: the staging folder is gone by now
        reason = reason.replace(f"{stage}{os.sep}", f"{(out / job.rel).parent}{os.sep}")
        with contextlib.suppress(OSError):  # a name too long to write was never written
            record_path(out, job.rel).unlink(missing_ok=True)
        return failed(job, reason, sha, round(time.perf_counter() - t0, 4))
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _move_out(written: list[Path], final_dir: Path, out: Path, outputs: dict[str, str]) -> float:
    """Rename a page's staged files into place; returns the seconds it took."""
    t = time.perf_counter()
    ensure_dir(final_dir)
    for p in sorted(written):
        target = final_dir / p.name
        outputs[target.relative_to(out).as_posix()] = file_sha(p)
        os.replace(p, target)
    return time.perf_counter() - t


def failed(job: Job, reason: str, sha: str = "", seconds: float | None = None) -> Outcome:
    """A failed page; its reason always starts with the page's path (the failure log and
    the one-line error both name the file once, whoever raised it)."""
    if not reason.startswith(str(job.path)):
        reason = f"{job.path}: {reason}"
    timings = {"total": seconds} if seconds is not None else {}
    return Outcome(job.page_id, job.rel, job.path, "failed", sha, job.settings_hash,
                   timings=timings, error=reason)


def current(job: Job) -> Outcome | None:
    """The ``skipped`` outcome when the page's outputs are current, else ``None``.

    Size and mtime equal to the record's spare re-hashing an unchanged input
    (as make and rsync do); otherwise the input is hashed.
    """
    out = Path(job.out_dir)
    try:
        rec = json.loads(record_path(out, job.rel).read_bytes())
        st = Path(job.path).stat()
    except (OSError, ValueError):
        return None
    if rec.get("settings_hash") != job.settings_hash:
        return None
    if (rec.get("input_size"), rec.get("input_mtime_ns")) != (st.st_size, st.st_mtime_ns):
        if file_sha(Path(job.path)) != rec.get("input_sha256"):
            return None
    outputs = rec.get("outputs") or {}
    for rel, sha in outputs.items():
        p = out / rel
        if not p.is_file() or file_sha(p) != sha:
            return None
    return Outcome(job.page_id, job.rel, job.path, "skipped", rec["input_sha256"],
                   job.settings_hash, tuple(outputs))


# --- the run -------------------------------------------------------------------


def run_batch(
    source: str | Path,
    out_dir: str | Path,
    *,
    profile: str | None = None,
    lang: str = "auto",
    correct: bool = True,
    policy: Policy = Policy(),
    executor: Executor | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    order: OrderMode = "auto",
) -> BatchResult:
    """Process every page of a folder or manifest into ``out_dir`` (the call behind ``batch``)."""
    out = Path(out_dir)
    jobs = plan(source, out, profile=profile, lang=lang, correct=correct, policy=policy,
                order=order)
    run_settings()  # the workers' environment: a bad value is refused before OUTDIR is touched
    ensure_dir(out / STATE_DIR)
    with locked(out):
        return _run(jobs, out, policy, executor, workers, progress or Silent())


def _run(
    jobs: list[Job], out: Path, policy: Policy, executor: Executor | None,
    workers: int | None, progress: Progress,
) -> BatchResult:
    shutil.rmtree(out / STATE_DIR / "tmp", ignore_errors=True)  # left by a killed run
    retry = previous_failures(out) if policy.retry_failed else None
    outcomes: list[Outcome] = []
    aborted = False
    own = executor is None
    progress.start(len(jobs))
    try:
        log = RunLog(out)
    except OutputError:
        progress.close()
        raise

    def record(o: Outcome) -> None:
        outcomes.append(o)
        log.write(o.as_dict(), failed=o.status == "failed")
        progress.advance(o.status)

    complete = stopped = False
    try:
        todo = []
        for job in jobs:
            done = None if policy.overwrite else current(job)
            if job.skip:
                done = Outcome(job.page_id, job.rel, job.path, "skipped",
                               settings_hash=job.settings_hash, error=job.skip)
            elif done is None and retry is not None and job.rel not in retry:
                done = Outcome(job.page_id, job.rel, job.path, "skipped",
                               settings_hash=job.settings_hash, error="not a previous failure")
            if done is not None:
                record(done)
            else:
                todo.append(job)
        if todo:
            # never more workers than pages: each idle one would only cost memory
            n = min(workers or os.cpu_count() or 1, len(todo))
            executor = executor or LocalPool(n, policy.timeout, setup=warm_up)
        tried = failures = 0
        for job, result in executor.map(run_page, todo) if executor else ():
            o = failed(job, result.reason) if isinstance(result, Failure) else result
            record(o)
            tried += 1
            failures += o.status == "failed"
            if tried >= policy.min_pages and failures / tried > policy.max_failure_ratio:
                aborted = True
                break
        complete = True
    except OSError as exc:  # a log line could not be written: disk full, quota
        raise OutputError(log.writing, f"cannot write: {exc.strerror or exc}") from None
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the lines written so far are whole
        stopped = True
        raise
    finally:
        progress.close()
        if own and executor is not None:
            executor.close()
        complete = log.close(complete, stopped)
        shutil.rmtree(out / STATE_DIR / "tmp", ignore_errors=True)
    if not complete:
        raise OutputError(out / FAILURES,
                          "cannot write: the disk is full or the file could not be closed")
    return BatchResult(tuple(outcomes), aborted)


