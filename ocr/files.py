"""Files and their names: the one atomic writer (with the permissions the umask gives),
the page names every reader, writer and batch derives from a file name, and where the
data files a profile names are (``data_file``).

A file is written under a temporary name beside its target (or in a staging
folder on the same file system) and renamed into place, so a reader, a killed
run or a full disk never sees half a file. The temporary file is created with
mode 0666 minus the umask, as ``open()`` would, so outputs are as readable as
any other file the user writes (``tempfile.mkstemp`` would make them private).
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError, UsageError


def ensure_dir(folder: Path) -> None:
    """Create ``folder`` (and parents); a file in the way is a one-line usage error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError(f"{folder}: is a file, not a folder for the outputs") from None
    except NotADirectoryError:
        blocker = next((a for a in reversed(folder.parents) if a.exists() and not a.is_dir()),
                       folder)
        raise UsageError(f"{blocker}: is a file, not a folder for the outputs") from None
    except OSError as exc:
        raise OutputError(folder, f"cannot create folder: {exc.strerror}") from None
    if not folder.is_dir():
        raise UsageError(f"{folder}: is a file, not a folder for the outputs")


#: What ``atomic_write`` writes: the bytes, or a function that writes them to the open file.
Content = bytes | Callable[[BinaryIO], object]


def atomic_write(path: Path, data: Content, stage: Path | None = None) -> Path:
    """Write ``data`` so that ``path`` either holds all of it or does not change.

    ``data`` is the bytes, or a function that writes them to the open file: a large
    output (a 10 MB page's ALTO) is then streamed, never held whole in memory.
    ``stage`` is a folder on the same file system for the temporary file (a batch
    stages in one folder it clears on every start); by default it goes beside
    ``path`` as a hidden ``.NAME.*.part`` file, removed again if anything fails.
    """
    return atomic_write_all([(path, data)], stage)[0]


def atomic_write_all(files: list[tuple[Path, Content]], stage: Path | None = None) -> list[Path]:
    """``atomic_write`` for several files that go together (a page's formats): each is
    written to its temporary file first, and only when all are complete are they renamed
    into place, so a failure in any leaves none of them changed."""
    temps: list[tuple[Path, Path]] = []
    for target, _ in files:  # found before any is written: renaming onto it would fail
        if _is_dir(Path(target)):
            raise UsageError(f"{target}: is a folder, not a file to write")
    path = Path()
    try:
        for target, data in files:
            path = Path(target)
            ensure_dir(path.parent)
            folder = stage if stage is not None else path.parent
            if stage is not None:
                ensure_dir(stage)
            name = path.name[:64]  # a long file name must not make the temporary one too long
            tmp = folder / f".{name}.{uuid.uuid4().hex[:12]}.part"
            # Named before it is made: a signal (Ctrl-C, SIGTERM) that lands right after
            # the file is created still finds it among those to remove.
            temps.append((tmp, path))
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_BINARY", 0), 0o666)
            with os.fdopen(fd, "wb", buffering=1 << 20) as fh:
                if callable(data):
                    data(fh)
                else:
                    fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for tmp, path in temps:
            os.replace(tmp, path)
    except BaseException as exc:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, IsADirectoryError):
            raise UsageError(f"{path}: is a folder, not a file to write") from None
        if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
            raise OutputError(path, "file name too long for this file system") from None
        if isinstance(exc, OSError):
            raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
        raise
    return [p for _, p in temps]


def _is_dir(target: Path) -> bool:
    """``target.is_dir()``, where a name the file system cannot hold (``is_dir`` raises
    ENAMETOOLONG for it) is the one-line "file name too long" error, as in the write."""
    try:
        return target.is_dir()
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise OutputError(target, "file name too long for this file system") from None
        raise OutputError(target, f"cannot write: {exc.strerror or exc}") from None


def file_stem(path: Path) -> str:
    """A page file's name without its format suffix: ``p001.alto.xml`` -> ``p001``."""
    return path.stem.removesuffix(".alto").removesuffix(".page")


def page_stem(stem: str, number: int, count: int) -> str:
    """Output name of page ``number`` of ``count`` read from one file: ``NAME``, or
    ``NAME-pN`` for the pages of a multi-page TIFF (the page id the image reader gives)."""
    return stem if count == 1 else f"{stem}-p{number}"


def data_file(profile_path: str | None, name: str) -> Path:
    """Where a data file a profile names (a lexicon, a confusion table) is: relative to
    the profile file, so a title's folder moves whole; to the working folder for a
    profile made in code."""
    base = Path(profile_path).resolve().parent if profile_path else Path.cwd()
    return (base / name).resolve()
