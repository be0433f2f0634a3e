"""Settings a run takes from the environment, declared once: name, type, default, check.

A layout profile says how a title is printed; these say how a run may use the machine,
so they come from the environment (a batch sets them for its workers) rather than from
a profile. Every ``NEWSOCR_*`` variable newsocr reads is declared here and read through
:func:`run_settings`; a bad value is refused with one line naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import UsageError

#: The environment variable behind each setting.
PAGE_THREADS = "NEWSOCR_PAGE_THREADS"


@dataclass(frozen=True, slots=True)
class RunSettings:
    """How a run uses the machine."""

    #: ``NEWSOCR_PAGE_THREADS``: Tesseract processes one scanned page may run side by
    #: side; 0 (unset) is one per core. Batch workers hold it at 1, because their
    #: parallelism is across pages (``ocr.executors.worker_env``).
    page_threads: int = 0


def run_settings(environ: Mapping[str, str] | None = None) -> RunSettings:
    """The settings in ``environ`` (default: this process's environment), checked.

    Read at each use, not cached: a batch worker sets its variables after start-up.
    """
    env = os.environ if environ is None else environ
    raw = env.get(PAGE_THREADS, "").strip()
    if raw and not (raw.isascii() and raw.isdigit()):
        raise UsageError(
            f"{PAGE_THREADS}={raw!r}: expected a whole number of threads (0 = one per core)"
        )
    return RunSettings(page_threads=int(raw) if raw else 0)
