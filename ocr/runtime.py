"""Settings a run takes from the environment, declared once: name, type, default, check.

A layout profile says how a title is printed; these say how a run may use the machine,
so they come from the environment (a batch sets them for its workers) rather than from
a profile. Every ``NEWSOCR_*`` variable newsocr reads is declared here and read through
:func:`run_settings`; a bad value is refused with one line naming the variable.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

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


#: glibc ``mallopt`` parameters and the values ``keep_freed_memory`` sets.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
HEAP_BLOCKS_UP_TO = 32 << 20  # glibc's largest mmap threshold
HEAP_KEPT_UP_TO = 512 << 20


@cache
def keep_freed_memory() -> bool:
    """Let the allocator reuse a freed page-sized array instead of handing it back (glibc).

    Every binarized or labelled copy of a 300 dpi page is a 9-35 MB array. glibc maps
    such a block afresh from the kernel and unmaps it when freed (and trims its heap
    once more than twice its adaptive threshold lies free), so each new array of a page
    is faulted in and zeroed page by page again: 0.1-1.2 s of system CPU a page on the
    devset (6-19 thousand faults), half of the scan path's own CPU besides Tesseract.
    Blocks up to 32 MiB then come from the heap, and up to 512 MiB of freed heap stays
    mapped for the next array: faults fall to about a thousand a page. Once per process;
    ``MALLOC_MMAP_THRESHOLD_`` or ``MALLOC_TRIM_THRESHOLD_`` set by the caller win.
    Returns whether the settings were taken (False off glibc).
    """
    if "MALLOC_MMAP_THRESHOLD_" in os.environ or "MALLOC_TRIM_THRESHOLD_" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, HEAP_BLOCKS_UP_TO)) and bool(
        mallopt(_M_TRIM_THRESHOLD, HEAP_KEPT_UP_TO)
    )
