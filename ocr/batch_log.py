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
        self.logged: set[str] = set()  # the pages (``rel``) this run has a line for
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
        self.logged.add(entry["rel"])
        self.writing = self.log_path
        self.log.write(line)
        self.log.flush()
        if failed:
            self.writing = self.fail_part
            self.fail_log.write(line)
            self.fail_log.flush()

    def close(self, complete: bool, stopped: bool = False) -> bool:
        """Close both logs; a ``complete`` run's failure log goes into place, and so does a
        ``stopped`` one's (Ctrl-C, SIGTERM: its lines are whole) with the last log's
        failures of the pages it did not reach, so no failure is lost for
        ``--retry-failed``. Returns whether it went (False when a line missed the disk)."""
        closed = True
        for fh in (self.log, self.fail_log):
            try:
                fh.close()
            except OSError:
                closed = complete = False  # the last lines did not reach the disk
        if stopped and closed:
            complete = self._carry_failures()
        if complete:
            try:
                os.replace(self.fail_part, self.out / FAILURES)
            except OSError:
                complete = False
        self.fail_part.unlink(missing_ok=True)  # no partial failure log is left behind
        return complete

    def _carry_failures(self) -> bool:
        """Append the last ``failures.jsonl``'s lines for pages this run has none for."""
        try:
            lines = (self.out / FAILURES).read_text(encoding="utf-8").splitlines(True)
        except FileNotFoundError:
            return True
        except (OSError, UnicodeDecodeError):
            return False  # the last log stays as it is
        kept = [line for line in lines if _rel(line) not in self.logged]
        try:
            with self.fail_part.open("a", encoding="utf-8") as fh:
                fh.writelines(line if line.endswith("\n") else line + "\n" for line in kept)
        except OSError:
            return False
        return True


def _rel(line: str) -> str | None:
    try:
        rel = json.loads(line)["rel"]
    except (ValueError, KeyError, TypeError):
        return None
    return rel if isinstance(rel, str) else None


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
