"""Batch runs over a title: folders or manifests, workers, resume, failure log.

A page is the unit of work and of resume. A worker stages the page's outputs in
``OUT/.newsocr/tmp/`` and renames each into place (atomic on one file system),
then writes the page's *done record* ``OUT/.newsocr/done/<page>.json`` last,
itself atomically. A page counts as done only when its record names the input
checksum and settings of this run and its outputs are there unchanged, so a run
killed at any moment (even SIGKILL) leaves no partial file and a re-run does
exactly the pages still missing. ``batch.jsonl`` lists every page of the run,
``failures.jsonl`` the pages that failed and why.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine_order import OrderMode
from .errors import InputError, NewsocrError, UsageError
from .executors import Executor, Failure, LocalPool
from .manifest import discover, rel_base
from .profiles import load_profile
from .progress import Progress, Silent
from .writers import file_stem, page_stem

STATE_DIR = ".newsocr"


@dataclass(frozen=True, slots=True)
class Policy:
    """How a batch treats time, existing output and failures."""

    timeout: float | None = 600.0  #: seconds per page before its worker is killed
    overwrite: bool = False  #: redo pages even when their outputs are current
    retry_failed: bool = False  #: only redo the pages the last run logged as failed
    max_failure_ratio: float = 1.0  #: stop when more than this share of pages failed...
    min_pages: int = 20  #: ...after at least this many pages were tried
    formats: tuple[str, ...] = ("json", "txt", "alto")

    def __post_init__(self) -> None:
        if self.timeout is not None and self.timeout <= 0:
            raise UsageError("per-page timeout must be positive")
        if not 0.0 <= self.max_failure_ratio <= 1.0:
            raise UsageError("max failure ratio must be between 0 and 1")
        if not self.formats:
            raise UsageError("at least one output format is needed")


@dataclass(frozen=True, slots=True)
class Job:
    """One page to process; ``rel`` is its output base relative to the output folder."""

    path: str
    rel: str
    page_id: str
    out_dir: str
    profile: str | None = None
    lang: str = "auto"
    formats: tuple[str, ...] = ("json", "txt", "alto")
    settings_hash: str = ""
    correct: bool = True
    order: OrderMode = "auto"  # --order: keep, rebuild or auto (ocr.engine_order)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one page; one line of ``batch.jsonl``."""

    page_id: str
    rel: str
    path: str
    status: str  # "done", "skipped", "failed"
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

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        return 1 if self.aborted or self.count("failed") else 0


def settings_hash(
    profile: str | None, lang: str, formats: Sequence[str], correct: bool = True,
    order: OrderMode = "auto",
) -> str:
    """What, besides the input, decides a page's outputs; a change redoes the page."""
    from .pipeline import newsocr_version

    prof = dataclasses.replace(load_profile(profile), path=None)
    blob = repr((newsocr_version(), prof, lang, tuple(formats), correct)
                + ((order,) if order != "auto" else ()))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def plan(
    source: str | Path, out_dir: str | Path, *, profile: str | None = None, lang: str = "auto",
    correct: bool = True, policy: Policy = Policy(), order: OrderMode = "auto",
) -> list[Job]:
    """Jobs for every page of ``source``; two inputs mapping to one output are refused."""
    source, out = Path(source), Path(out_dir)
    root = source if source.is_dir() else source.parent
    jobs: list[Job] = []
    seen: dict[str, Path] = {}
    hashes: dict[tuple[str | None, str], str] = {}
    for row in discover(source, out):
        p = Path(row["path"])
        rel = rel_base(p, root, row.get("page_id"))
        if rel in seen:
            raise UsageError(f"{p} and {seen[rel]} would write the same outputs ({rel}.*)")
        seen[rel] = p
        prof, lg = row.get("profile") or profile, row.get("lang") or lang
        key = (prof, lg)
        if key not in hashes:
            hashes[key] = settings_hash(prof, lg, policy.formats, correct, order)
        jobs.append(Job(str(p.resolve()), rel, row.get("page_id") or file_stem(p),
                        str(out.resolve()), prof, lg, policy.formats, hashes[key], correct, order))
    return jobs


# --- one page (runs in a worker) ----------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _record_path(out: Path, rel: str) -> Path:
    return out / STATE_DIR / "done" / f"{rel}.json"


def _write_atomic(path: Path, data: bytes, stage: Path) -> None:
    """Staged in the run's temp folder, which every run clears first: no stray temp files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    stage.mkdir(parents=True, exist_ok=True)
    tmp = stage / f"{path.name}.{uuid.uuid4().hex}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, path)


def run_page(job: Job) -> Outcome:
    """Process one page and write its outputs and done record; never raises."""
    from .executors import worker_env

    for key, value in worker_env().items():  # also on Dask workers started elsewhere
        os.environ.setdefault(key, value)
    import ocr  # the public API; imported here so workers load it once, lazily
    from ocr.pipeline import warm_up

    out = Path(job.out_dir)
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    sha = ""
    stage = out / STATE_DIR / "tmp" / uuid.uuid4().hex
    try:
        warm_up(job.profile)  # once per worker process and profile
        src = Path(job.path)
        try:
            sha = _file_sha(src)
        except OSError as exc:
            raise InputError(src, f"cannot read: {exc.strerror}") from None
        pages = ocr.process_pages(src, lang=job.lang, profile=job.profile, correct=job.correct,
                                  order_mode=job.order)
        t1 = time.perf_counter()
        stage.mkdir(parents=True)
        name = Path(job.rel).name
        written: list[Path] = []
        for n, page in enumerate(pages, 1):  # a multi-page TIFF: NAME-p1, NAME-p2, ...
            base = stage / page_stem(name, n, len(pages))
            written += ocr.write_page(page, base, job.formats)
        final_dir = (out / job.rel).parent
        final_dir.mkdir(parents=True, exist_ok=True)
        outputs: dict[str, str] = {}
        for p in sorted(Path(w) for w in written):
            target = final_dir / p.name
            outputs[target.relative_to(out).as_posix()] = _file_sha(p)
            os.replace(p, target)
        st = src.stat()
        record = {
            "page_id": job.page_id, "input": job.path, "input_sha256": sha,
            "input_size": st.st_size, "input_mtime_ns": st.st_mtime_ns,
            "settings_hash": job.settings_hash, "outputs": outputs,
        }
        _write_atomic(_record_path(out, job.rel), json.dumps(record, indent=1).encode(), stage)
        timings = {"process": t1 - t0, "write": time.perf_counter() - t1}
        timings["total"] = time.perf_counter() - t0
        return Outcome(job.page_id, job.rel, job.path, "done", sha, job.settings_hash,
                       tuple(outputs), tuple(w for page in pages for w in page.warnings),
                       {k: round(v, 4) for k, v in timings.items()})
    except Exception as exc:  # noqa: BLE001 - failure isolation: one page, one reason
        reason = (str(exc) if isinstance(exc, NewsocrError)
                  else f"{job.path}: internal error ({type(exc).__name__}: {exc})")
        _record_path(out, job.rel).unlink(missing_ok=True)
        return failed(job, reason, sha, round(time.perf_counter() - t0, 4))
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def failed(job: Job, reason: str, sha: str = "", seconds: float | None = None) -> Outcome:
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
        rec = json.loads(_record_path(out, job.rel).read_bytes())
        st = Path(job.path).stat()
    except (OSError, ValueError):
        return None
    if rec.get("settings_hash") != job.settings_hash:
        return None
    if (rec.get("input_size"), rec.get("input_mtime_ns")) != (st.st_size, st.st_mtime_ns):
        if _file_sha(Path(job.path)) != rec.get("input_sha256"):
            return None
    outputs = rec.get("outputs") or {}
    for rel, sha in outputs.items():
        p = out / rel
        if not p.is_file() or _file_sha(p) != sha:
            return None
    return Outcome(job.page_id, job.rel, job.path, "skipped", rec["input_sha256"],
                   job.settings_hash, tuple(outputs))


# --- the run -------------------------------------------------------------------


def _previous_failures(out: Path) -> set[str]:
    try:
        lines = (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    rels = set()
    for line in lines:
        try:
            rels.add(json.loads(line)["rel"])
        except (ValueError, KeyError, TypeError):
            continue
    return rels


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
    out.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out / STATE_DIR / "tmp", ignore_errors=True)  # left by a killed run
    retry = _previous_failures(out) if policy.retry_failed else None
    progress = progress or Silent()
    own = executor is None
    executor = executor or LocalPool(workers, policy.timeout)
    outcomes: list[Outcome] = []
    aborted = False
    progress.start(len(jobs))
    log = (out / "batch.jsonl").open("w", encoding="utf-8")
    fail_part = out / STATE_DIR / "failures.jsonl.part"
    fail_part.parent.mkdir(exist_ok=True)
    fail_log = fail_part.open("w", encoding="utf-8")

    def record(o: Outcome) -> None:
        outcomes.append(o)
        line = json.dumps(o.as_dict(), ensure_ascii=False) + "\n"
        log.write(line)
        log.flush()
        if o.status == "failed":
            fail_log.write(line)
            fail_log.flush()
        progress.advance(o.status)

    try:
        todo = []
        for job in jobs:
            done = None if policy.overwrite else current(job)
            if done is None and retry is not None and job.rel not in retry:
                done = Outcome(job.page_id, job.rel, job.path, "skipped",
                               settings_hash=job.settings_hash, error="not a previous failure")
            if done is not None:
                record(done)
            else:
                todo.append(job)
        tried = failures = 0
        for job, result in executor.map(run_page, todo):
            o = failed(job, result.reason) if isinstance(result, Failure) else result
            record(o)
            tried += 1
            failures += o.status == "failed"
            if tried >= policy.min_pages and failures / tried > policy.max_failure_ratio:
                aborted = True
                break
    finally:
        progress.close()
        if own:
            executor.close()
        log.close()
        fail_log.close()
        if fail_part.exists():
            os.replace(fail_part, out / "failures.jsonl")
        shutil.rmtree(out / STATE_DIR / "tmp", ignore_errors=True)
    return BatchResult(tuple(outcomes), aborted)


def iter_outputs(out_dir: str | Path) -> Iterator[Path]:
    """Page outputs under ``out_dir`` (no logs, no state): what a re-run must reproduce."""
    out = Path(out_dir)
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out)
        if p.is_file() and rel.parts[0] != STATE_DIR and rel.name not in (
            "batch.jsonl", "failures.jsonl"
        ):
            yield p
