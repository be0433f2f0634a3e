"""What a batch keeps in OUTDIR besides the pages: its lock, its logs, its state folder.

``batch.jsonl`` lists every page of the run as it ends and ``failures.jsonl`` the pages
that failed and why; the failure log is written beside (``.newsocr/failures.jsonl.part``)
and renamed into place only when the run's every line reached the disk, so a run killed
or out of space never leaves half a failure log for ``--retry-failed`` to trust. One
batch at a time writes an OUTDIR (``locked``).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import OutputError, UsageError

#: The state folder: done records, staged outputs, the lock.
STATE_DIR = ".newsocr"
#: The run's logs, at the top of OUTDIR.
LOG, FAILURES = "batch.jsonl", "failures.jsonl"


def file_sha(path: Path) -> str:
    """SHA-256 of a file, read in chunks (inputs and outputs can be large)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def record_path(out: Path, rel: str) -> Path:
    """Where a page's done record lives; it is written last, once its outputs are in place."""
    return out / STATE_DIR / "done" / f"{rel}.json"


class RunLog:
    """The two logs of one run, open for writing; ``writing`` is the file last written
    (for the error when a write fails)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.log_path = out / LOG
        self.fail_part = out / STATE_DIR / (FAILURES + ".part")
        self.writing = self.log_path
        try:
            self.log: IO[str] = self.log_path.open("w", encoding="utf-8")
            self.writing = self.fail_part
            self.fail_log: IO[str] = self.fail_part.open("w", encoding="utf-8")
        except OSError as exc:
            if self.writing == self.fail_part:
                self.log.close()  # the run stops here: no handle left open behind it
            self.fail_part.unlink(missing_ok=True)
            raise OutputError(self.writing, f"cannot write: {exc.strerror or exc}") from None

    def write(self, entry: dict[str, Any], *, failed: bool) -> None:
        """One page's line, flushed (a killed run keeps every line of the pages done)."""
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        self.writing = self.log_path
        self.log.write(line)
        self.log.flush()
        if failed:
            self.writing = self.fail_part
            self.fail_log.write(line)
            self.fail_log.flush()

    def close(self, complete: bool) -> bool:
        """Close both logs; a ``complete`` run's failure log goes into place. Returns
        whether it did (False when a last line did not reach the disk)."""
        for fh in (self.log, self.fail_log):
            try:
                fh.close()
            except OSError:
                complete = False  # the last lines did not reach the disk
        if complete:
            try:
                os.replace(self.fail_part, self.out / FAILURES)
            except OSError:
                complete = False
        self.fail_part.unlink(missing_ok=True)  # no partial failure log is left behind
        return complete


def previous_failures(out: Path) -> set[str]:
    """The pages (``rel``) the last run's ``failures.jsonl`` lists (``--retry-failed``)."""
    try:
        lines = (out / FAILURES).read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    rels = set()
    for line in lines:
        try:
            rels.add(json.loads(line)["rel"])
        except (ValueError, KeyError, TypeError):
            continue
    return rels


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """One batch at a time per OUTDIR: a second one would rewrite the same logs.

    ``flock`` is released by the kernel when the process ends, even by SIGKILL, so a
    killed run never leaves a stale lock behind.
    """
    import fcntl

    path = out / STATE_DIR / "lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            raise UsageError(f"{out}: another newsocr batch (pid {holder}) is writing here; "
                             "wait for it to end or choose another -o") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)


def iter_outputs(out_dir: str | Path) -> Iterator[Path]:
    """Page outputs under ``out_dir`` (no logs, no state): what a re-run must reproduce."""
    out = Path(out_dir)
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out)
        if p.is_file() and rel.parts[0] != STATE_DIR and rel.name not in (
            LOG, FAILURES
        ):
            yield p
