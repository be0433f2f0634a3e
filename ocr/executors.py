"""Where batch pages run: a local pool of worker processes, or a Dask cluster.

Both take a picklable module-level function and items and yield ``(item, result)``
as pages finish, where ``result`` is the function's return value or a
``Failure`` (the worker crashed, timed out, or the task raised). Pages write
their own outputs atomically, so the executor only moves small records.

The local pool is a few processes the parent watches one page at a time rather
than ``concurrent.futures.ProcessPoolExecutor``: a page that hangs is killed
after its timeout and a worker that dies (say, a segfault in a native library)
fails only its own page; both break a ``ProcessPoolExecutor`` as a whole.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Protocol

from .errors import DependencyError, UsageError
from .runtime import PAGE_THREADS, keep_freed_memory, run_settings


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a task produced no result."""

    reason: str


#: Seconds a new worker may take to import its modules before its first page.
STARTUP_TIMEOUT = 120.0


class Executor(Protocol):
    def map(
        self, fn: Callable[[Any], Any], items: Iterable[Any]
    ) -> Iterator[tuple[Any, Any]]: ...

    def close(self) -> None: ...


def _die_with_parent() -> None:
    """Linux: a worker is killed when its parent dies, even by SIGKILL (no orphan writes)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def worker_env() -> dict[str, str]:
    """One thread per page in batch workers: the parallelism is across pages.

    Tesseract (OpenMP), OpenCV and BLAS would each start a thread per core in
    every worker and fight over the same cores. newsocr's own per-page Tesseract
    parallelism (``NEWSOCR_PAGE_THREADS``) is held at 1 too, whatever ``-j`` and
    the executor: the cores are the other pages'. (A block reads the same whatever
    thread reads it, so the output does not depend on it.) A value set by the caller
    is kept.
    """
    threads = str(run_settings().page_threads or 1)
    return {"OMP_THREAD_LIMIT": "1", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
            "OPENCV_FOR_THREADS_NUM": threads, PAGE_THREADS: threads}


def _worker_main(
    conn: Connection, parent: int, setup: Callable[[], object] | None, env: dict[str, str]
) -> None:
    """Worker loop: Ctrl-C is the parent's business; one thread for Tesseract/OpenMP.

    ``setup`` (the caller's warm-up: imports, lexicons) runs before the worker says
    it is ready, so a page's timeout measures the page, not the worker's start-up.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() != parent:
        return
    os.environ.update(env)
    keep_freed_memory()  # a worker is our process: its pages reuse freed memory
    if setup is not None:
        setup()
    conn.send("ready")
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        fn, item = msg
        try:
            result: Any = fn(item)
        except BaseException as exc:  # the page fails, the worker lives on
            result = Failure(f"{type(exc).__name__}: {exc}")
        conn.send(result)


class _Worker:
    def __init__(
        self, ctx: Any, setup: Callable[[], object] | None, env: dict[str, str]
    ) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_worker_main, args=(child, os.getpid(), setup, env), daemon=True
        )
        self.proc.start()
        child.close()
        self.ready = False
        self.item: Any = None
        self.deadline = float("inf")
        self.busy = False

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class LocalPool:
    """``workers`` processes (spawned: no threads or locks copied from the parent).

    ``setup`` is a module-level function each worker runs once before its first task
    (the batch passes the pipeline's warm-up); the pool itself knows nothing of pages.
    """

    def __init__(
        self,
        workers: int | None = None,
        timeout: float | None = None,
        setup: Callable[[], object] | None = None,
    ) -> None:
        self.n = max(1, workers or os.cpu_count() or 1)
        self.timeout = timeout
        self.setup = setup
        self._ctx = mp.get_context("spawn")
        self._workers: list[_Worker] = []

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        pending = iter(items)
        try:
            first = next(pending)
        except StopIteration:
            return
        pending = itertools.chain([first], pending)
        # never more workers than pages (each costs its imports' memory); start them
        # together so that their imports overlap
        wanted = min(self.n, len(items)) if isinstance(items, Sized) else self.n
        while len(self._workers) < wanted:
            self._workers.append(_Worker(self._ctx, self.setup, worker_env()))
        exhausted = False
        while True:
            while not exhausted and sum(w.busy for w in self._workers) < wanted:
                try:
                    item = next(pending)
                except StopIteration:
                    exhausted = True
                    break
                self._dispatch(fn, item)
            busy = [w for w in self._workers if w.busy]
            if not busy:
                return
            wait_for = min(w.deadline for w in busy) - time.monotonic()
            ready = wait(
                [w.conn for w in busy] + [w.proc.sentinel for w in busy],
                timeout=None if wait_for == float("inf") else max(wait_for, 0.0),
            )
            for w in busy:
                if w.conn in ready:
                    try:
                        result = w.conn.recv()
                    except (EOFError, OSError):
                        result = self._replace(w, self._death(w))
                    else:
                        w.busy = False
                    yield w.item, result
                elif w.proc.sentinel in ready:
                    yield w.item, self._replace(w, self._death(w))
                elif time.monotonic() >= w.deadline:
                    yield w.item, self._replace(w, Failure(f"timeout after {self.timeout:g} s"))

    def _dispatch(self, fn: Callable[[Any], Any], item: Any) -> None:
        idle = next((w for w in self._workers if not w.busy), None)
        if idle is None:
            idle = _Worker(self._ctx, self.setup, worker_env())
            self._workers.append(idle)
        if not idle.ready:
            # start-up errors surface as the page's failure when recv finds no "ready"
            if idle.conn.poll(STARTUP_TIMEOUT):
                try:
                    idle.ready = idle.conn.recv() == "ready"
                except (EOFError, OSError):
                    pass
        idle.item, idle.busy = item, True
        try:
            idle.conn.send((fn, item))
        except OSError:
            pass  # a dead worker: its sentinel fires and the page fails with the reason
        idle.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")

    @staticmethod
    def _death(w: _Worker) -> Failure:
        w.proc.join(1)
        code = w.proc.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = str(-code)
            return Failure(f"worker crashed ({name})")
        return Failure(f"worker exited (code {code})")

    def _replace(self, w: _Worker, failure: Failure) -> Failure:
        """Kill a hung or dead worker; a fresh one is spawned on the next dispatch."""
        w.kill()
        self._workers.remove(w)
        return failure

    def close(self) -> None:
        """Stop idle workers politely and kill busy ones (Ctrl-C lands here)."""
        for w in self._workers:
            if not w.busy:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
                w.proc.join(2)
            w.kill()
        self._workers = []


#: Dask settings for the LocalCluster newsocr starts. A batch task is one long
#: CPU-bound page, so the statistical profiler (100 stack samples a second in every
#: worker) and the fast monitors cost CPU and tell nothing, and Dask's default
#: ``MALLOC_TRIM_THRESHOLD_`` makes every large array a fresh mmap (the page's own
#: code took 18% more CPU with it). A page that ends its worker (a crash, or past
#: its timeout) fails at once, as in the local pool, instead of being tried again.
#: A cluster started elsewhere keeps its own settings (see docs/batch-and-qa.md).
LOCAL_CLUSTER_CONFIG: dict[str, object] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.scheduler.allowed-failures": 0,
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.tick.interval": "500ms",
}


#: Exit status of a Dask worker that ended itself because a page ran past its timeout.
EXIT_TIMEOUT = 70


def _with_deadline(fn: Callable[[Any], Any], timeout: float, item: Any) -> Any:
    """``fn(item)``, ending this worker process if it runs longer than ``timeout``.

    Dask cannot stop a running task, and a page stuck in native code cannot be
    interrupted from Python; so, as the local pool kills its worker, the task's
    worker exits and its nanny starts a fresh one. The page fails as the page of
    a dead worker; no output of it is left partial (outputs are renamed into place).
    """
    timer = threading.Timer(timeout, os._exit, (EXIT_TIMEOUT,))
    timer.daemon = True
    timer.start()
    try:
        return fn(item)
    finally:
        timer.cancel()


class DaskExecutor:
    """Each page one Dask task; ``scheduler=None`` starts a LocalCluster on this machine.

    The tasks write their outputs themselves, so the output folder must be one
    every worker sees (a shared file system) when the cluster spans machines.
    ``timeout`` ends a page's worker after that many seconds (see ``_with_deadline``).
    """

    def __init__(
        self, scheduler: str | None = None, workers: int | None = None,
        timeout: float | None = None,
    ) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise DependencyError(
                "the Dask executor needs Dask: pip install 'newsocr[dask]'"
            ) from None
        self._cluster: Any = None
        self._client: Any = None
        self.scheduler = scheduler
        self.timeout = timeout
        self.n = max(1, workers or os.cpu_count() or 1)
        del dask, Client, LocalCluster  # imported above only to fail early when missing
        if scheduler:
            self._connect(self.n)

    def _connect(self, pages: int) -> Any:
        """The client; a LocalCluster starts on first use, with no more workers than pages."""
        if self._client is not None:
            return self._client
        import dask
        from distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self._client = Client(self.scheduler, timeout="20s")
            else:
                with dask.config.set(LOCAL_CLUSTER_CONFIG):  # workers copy it at start
                    self._cluster = LocalCluster(
                        n_workers=max(1, min(self.n, pages)),
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        env=worker_env(),
                    )
                self._client = Client(self._cluster)
        except OSError as exc:
            raise UsageError(f"cannot reach Dask scheduler {self.scheduler}: {exc}") from None
        return self._client

    @property
    def client(self) -> Any:
        return self._connect(self.n)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        from distributed import as_completed

        items = list(items)
        if not items:
            return
        self._connect(len(items))
        if self.timeout:
            futures = [self.client.submit(_with_deadline, fn, self.timeout, item, pure=False)
                       for item in items]
        else:
            futures = [self.client.submit(fn, item, pure=False) for item in items]
        by_key = {f.key: item for f, item in zip(futures, items, strict=True)}
        try:
            for fut in as_completed(futures):
                yield by_key[fut.key], self._result(fut)
                fut.release()
        finally:
            self.client.cancel([f for f in futures if not f.done()])

    def _result(self, fut: Any) -> Any:
        """The task's return value, or a ``Failure`` saying why there is none."""
        from distributed import KilledWorker

        if fut.status == "finished":
            return fut.result()
        exc = fut.exception()
        if isinstance(exc, KilledWorker):
            limit = f"ran past the {self.timeout:g} s timeout or " if self.timeout else ""
            return Failure(f"worker died: the page {limit}crashed it")
        return Failure(f"{type(exc).__name__}: {exc}")

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
