"""Progress reporting: one small interface, silent by default, tqdm on stderr for people.

Progress is updated in the parent process only (workers return results; the
parent counts them), so any executor, local or Dask, shows the same bar.
"""

from __future__ import annotations

import sys
from typing import Protocol, TextIO


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, status: str) -> None: ...
    def close(self) -> None: ...


class Silent:
    """The default: library calls print nothing."""

    def start(self, total: int) -> None:
        pass

    def advance(self, status: str) -> None:
        pass

    def close(self) -> None:
        pass


class TqdmProgress:
    """A tqdm bar (pages/s and ETA) with counts of done, skipped and failed pages."""

    def __init__(self, file: TextIO | None = None, desc: str = "pages") -> None:
        self._file = file or sys.stderr
        self._desc = desc
        self._bar = None
        self._counts: dict[str, int] = {}

    def start(self, total: int) -> None:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread in a process that starts workers
        self._bar = tqdm(total=total, file=self._file, unit="page", desc=self._desc,
                         dynamic_ncols=True, smoothing=0.1)

    def advance(self, status: str) -> None:
        self._counts[status] = self._counts.get(status, 0) + 1
        if self._bar is not None:
            self._bar.set_postfix(self._counts, refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
