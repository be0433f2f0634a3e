"""Settings a run takes from the environment, declared once: name, type, default, check.

A layout profile says how a title is printed; these say how a run may use the machine,
so they come from the environment (a batch sets them for its workers) rather than from
a profile. Every ``NEWSOCR_*`` variable newsocr reads is declared here and read through
:func:`run_settings`; a bad value is refused with one line naming the variable.
"""

from __future__ import annotations

import ctypes
import gc
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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
_M_TRIM_THRESHOLD, _M_MMAP_MAX = -1, -4
HEAP_KEPT_UP_TO = 512 << 20


@cache
def keep_freed_memory() -> bool:
    """Let the allocator reuse a freed page-sized array instead of handing it back (glibc).

    Every binarized, labelled or float copy of a 300 dpi page is a 9-35 MB array. glibc
    maps such a block afresh from the kernel and unmaps it when freed (and trims its
    heap once more than twice its adaptive threshold lies free), so each new array of a
    page is faulted in and zeroed page by page again: 0.1-1.2 s of system CPU a devset
    page (6-19 thousand faults), half of the scan path's own CPU besides Tesseract (the
    picture finder's two float copies of the page alone took 0.05-0.57 s). Every block
    then comes from the heap (no block of its own, however large), and up to 512 MiB of
    freed heap stays mapped for the next array: a page's faults fall to about a
    thousand. The process keeps the pages it has used (about its largest page's working
    set). Once per process; ``MALLOC_*_`` variables set by the caller win.

    A program's setting, not a library's: the ``newsocr`` command and its batch workers
    make it; a pipeline calling ``ocr`` keeps its allocator as it set it, and may call
    this itself for the same CPU.
    Returns whether the settings were taken (False off glibc).
    """
    if any(k.startswith("MALLOC_") and k.endswith("_") for k in os.environ):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_MAX, 0)) and bool(mallopt(_M_TRIM_THRESHOLD, HEAP_KEPT_UP_TO))


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while a page is read, processed or written.

    The page model is acyclic (frozen dataclasses and tuples, freed by reference
    counting), yet the collector's passes over the millions of objects a big page makes
    took a quarter of the text path's time (issue 12), and writing a 10 MB page's JSON,
    whose document is built as lists and dicts first, three times what encoding it
    takes.

    What the pause made joins the oldest generation without a pass over it: left
    young, the first allocation after the pause started a collection over all of it
    (a 10 MB page's millions of objects, 0.5 s, only to find them alive). Where objects
    are frozen already (``pipeline.warm_up``), they stay frozen and the young are left
    young.

    Objects moved so are not counted by the collector toward its next full collection,
    so a library caller's loop must not leave garbage there for good: the caller's young
    objects are collected before a pause starts (its own cycles would otherwise join the
    oldest generation with the page's), and the cycles the pauses made are collected in
    a full collection at the start of a pause once what the pauses moved is more than
    the live heap (most of it, pages let go of, gone again: the pass is over a small
    heap, not over a page still in use).

    Pauses in several threads, or one inside another, are one pause: the first to start
    stops the collector, the last to end starts it again. Where they overlap page after
    page, a pause that starts while others run makes a full collection once the young
    objects outweigh the live heap (``_Pauses.crowded``).
    """
    p = _pauses
    with p.lock:
        if not p.depth:
            p.was = gc.isenabled()
            if p.was and not p.frozen():
                p.tidy()
            gc.disable()
        elif p.was and not p.frozen() and p.crowded():
            p.full()
        p.depth += 1
    try:
        yield
    finally:
        with p.lock:
            p.depth -= 1
            if not p.depth and p.was:
                if not p.frozen():
                    p.moved += gc.get_count()[0]  # (about what the pause made and kept)
                    gc.freeze()  # (every generation into the permanent one, counts reset ...)
                    gc.unfreeze()  # (... and back into the oldest, in one step each)
                gc.enable()


#: Young objects that overlapping pauses may leave before the heap was first weighed.
YOUNG_FLOOR = 100_000


class _Pauses:
    """The process's ``paused_gc`` state: pauses under way, whether the collector ran
    before the first of them, objects the pauses moved into the oldest generation since
    its last full collection, and how many objects were alive when last weighed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was = False
        self.moved = 0
        self.live = 0
        self.froze = False

    def frozen(self) -> bool:
        """Whether objects are frozen, or were made frozen by ``freeze_long_lived`` (known
        without counting them then: a caller's ``gc.unfreeze()`` after it costs only
        speed), since counting walks every frozen object (after
        ``pipeline.warm_up``, 46 thousand out of cache: 4 ms, four times a text page,
        which was three quarters of a 12 KB page's time)."""
        return self.froze or bool(gc.get_freeze_count())

    def tidy(self) -> None:
        """Before a pause: the caller's young objects collected (its cycles would join
        the oldest generation with the page's), and a full collection once the pauses
        have moved more objects than were alive after the last one (``full``)."""
        gc.collect(1)
        if self.moved > self.live:
            self.full()

    def full(self) -> None:
        """A full collection, and the live heap weighed right after it (weighing passes
        over the heap: only then, about as often as a full collection would be; weighed
        before, the garbage itself counted as alive)."""
        gc.collect()
        self.moved = 0
        self.live = _tracked()

    def crowded(self) -> bool:
        """Pauses overlap (pages in several threads): the collector is seldom back on
        between them, so what they leave stays young; it is collected once the young
        outweigh the live heap (and a floor, before the heap was ever weighed)."""
        return gc.get_count()[0] > max(self.live, YOUNG_FLOOR)


_pauses = _Pauses()


def freeze_long_lived() -> None:
    """``gc.freeze()`` what is alive now (a worker's profile, lexicons, segmenter), out
    of every later collection, and remember it for the pauses: they leave the young
    young where objects are frozen (see ``paused_gc``). A caller's ``gc.unfreeze()``
    after it costs only speed (what a pause made stays young, for a collection to pass
    over once)."""
    gc.collect()  # (garbage left so far, a caller's pages before it, is not frozen for good)
    gc.freeze()
    _pauses.froze = True


def _tracked() -> int:
    """How many objects the collector tracks: all are in the oldest generation just
    after a young collection, and freezing them counts them."""
    gc.freeze()
    try:
        return gc.get_freeze_count()
    finally:
        gc.unfreeze()
