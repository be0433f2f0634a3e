"""libtesseract in this process through its C API (ctypes): what ``ocr.recognize`` reads with.

The ``tesseract`` program is a thin shell around the same library: a call of it loads
the language model (about 0.13 s of CPU, more than a small block's reading), and a
block had to go through an image file and a TSV file on the way. Here the model is
loaded once per process and language set and kept: an ``Engine`` is one
``TessBaseAPI`` initialised for one set of languages, and ``engine()`` lends one to a
thread for one read and takes it back, so a thread never shares an engine with
another (a ``TessBaseAPI`` is not thread-safe; separate ones are) and engines of
other languages are never handed out. Settings are the program's: the same page
segmentation mode, ``tessedit_create_tsv`` as its ``tsv`` config sets it, no source
resolution (Tesseract estimates it as it does for an image file without one), and the
same TSV text (``GetTsvText``, what its TSV renderer writes), so a block reads the
same words with the same boxes.

Errors: no library, or a language it cannot load, is a ``DependencyError`` (the
caller names the package); a read past its deadline is ``EngineTimeout``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from .errors import DependencyError, EngineError

#: The library name ``ctypes.util.find_library`` looks up (``libtesseract.so.5`` on Debian).
LIBRARY = "tesseract"
INSTALL = "install it with `apt-get install tesseract-ocr` (Debian/Ubuntu) or see README"
#: Idle engines kept for later reads (each holds its language model in memory).
KEEP_IDLE = 8

#: Tesseract's LSTM asks OpenMP for 4 threads per recognition; we parallelise over
#: blocks ourselves, and spinning OpenMP threads cost several times the CPU for the
#: same text. libgomp reads its environment once, when libtesseract loads it: the
#: limit is set for that moment only (``library``), so a program importing ``ocr``
#: keeps its environment, and the processes it starts theirs.
OPENMP_LIMIT = {"OMP_THREAD_LIMIT": "1"}

_P = ctypes.c_void_p
_SIGNATURES: dict[str, tuple[object, list[object]]] = {
    "TessVersion": (ctypes.c_char_p, []),
    "TessBaseAPICreate": (_P, []),
    "TessBaseAPIDelete": (None, [_P]),
    "TessBaseAPIInit3": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_char_p]),
    "TessBaseAPISetVariable": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_char_p]),
    "TessBaseAPISetPageSegMode": (None, [_P, ctypes.c_int]),
    "TessBaseAPISetImage": (
        None, [_P, _P, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]),
    "TessBaseAPIRecognize": (ctypes.c_int, [_P, _P]),
    "TessBaseAPIGetTsvText": (_P, [_P, ctypes.c_int]),
    "TessBaseAPIClear": (None, [_P]),
    "TessBaseAPIGetLoadedLanguagesAsVector": (ctypes.POINTER(ctypes.c_char_p), [_P]),
    "TessDeleteText": (None, [_P]),
    "TessDeleteTextArray": (None, [ctypes.POINTER(ctypes.c_char_p)]),
    "TessMonitorCreate": (_P, []),
    "TessMonitorDelete": (None, [_P]),
    "TessMonitorSetDeadlineMSecs": (None, [_P, ctypes.c_int]),
    "TessBaseAPIDetectOrientationScript": (ctypes.c_int, [
        _P, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_float),
        ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_float)]),
}
#: Tesseract's page segmentation mode that only finds orientation and script.
PSM_OSD_ONLY = 0

_lock = threading.Lock()
_loaded: dict[str, ctypes.CDLL] = {}


class EngineTimeout(EngineError):
    """A read ran past its deadline (the engine stops between words)."""


class LanguageDataError(DependencyError):
    """The engine could not load a language set (``ocr.recognize`` names the package)."""


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` in the process environment for the block, then as they were."""
    before = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in before.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def library() -> ctypes.CDLL:
    """libtesseract, loaded once, its functions typed; ``DependencyError`` if absent."""
    with _lock:
        if LIBRARY in _loaded:
            return _loaded[LIBRARY]
        name = ctypes.util.find_library(LIBRARY)
        if name is None:
            raise DependencyError(f"tesseract: library lib{LIBRARY} not found; {INSTALL}")
        try:
            with _environment(OPENMP_LIMIT):
                lib = ctypes.CDLL(name)
            for func, (restype, argtypes) in _SIGNATURES.items():
                getattr(lib, func).restype = restype
                getattr(lib, func).argtypes = argtypes
        except (OSError, AttributeError) as exc:
            raise DependencyError(f"tesseract: cannot load {name} ({exc}); {INSTALL}") from None
        _loaded[LIBRARY] = lib
        return lib


def version() -> str:
    """The library's version (``5.3.0``)."""
    return (library().TessVersion() or b"").decode("ascii", "replace").split()[0]


_quiet_lock = threading.Lock()
_quieted: list[bool] = []


def _quiet(lib: ctypes.CDLL, handle: int) -> None:
    """Send the library's notes ("Estimating resolution as 446", "Detected 24 diacritics")
    nowhere: they went to the program's stderr, which nobody read, and must not reach
    ours. ``debug_file`` is one setting for the whole library, read by every engine as
    it writes a note, so it is set once, before a second engine exists."""
    with _quiet_lock:
        if not _quieted:
            lib.TessBaseAPISetVariable(handle, b"debug_file", b"/dev/null")
            _quieted.append(True)


class Engine:
    """One ``TessBaseAPI`` loaded with ``langs`` (``chi_sim+eng``); one thread at a time."""

    def __init__(self, langs: str) -> None:
        self._lib = library()
        self.langs = langs
        self._handle = self._lib.TessBaseAPICreate()
        _quiet(self._lib, self._handle)
        # None: the data folder from TESSDATA_PREFIX, else the library's own.
        # A language after the first that fails to load is only a note to Tesseract.
        if (
            self._lib.TessBaseAPIInit3(self._handle, None, langs.encode()) != 0
            or set(self._loaded()) != set(langs.split("+"))
        ):
            self.close()
            raise LanguageDataError(f"tesseract: cannot load language data {langs!r}")
        self._lib.TessBaseAPISetVariable(self._handle, b"tessedit_create_tsv", b"1")

    def _loaded(self) -> list[str]:
        names = self._lib.TessBaseAPIGetLoadedLanguagesAsVector(self._handle)
        out = []
        for k in range(64):
            if not names or not names[k]:
                break
            out.append(names[k].decode("utf-8", "replace"))
        if names:
            self._lib.TessDeleteTextArray(names)
        return out

    def read(self, image: np.ndarray, psm: int, timeout: float) -> str:
        """Tesseract's TSV text of a greyscale ``uint8`` image read with mode ``psm``.

        The deadline is checked between words: layout analysis of the block runs to
        its end, then the first word past the deadline stops the read.
        """
        image = np.ascontiguousarray(image, dtype=np.uint8)
        h, w = image.shape
        lib, handle = self._lib, self._handle
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetImage(handle, image.ctypes.data, w, h, 1, w)
        monitor = lib.TessMonitorCreate()
        try:
            lib.TessMonitorSetDeadlineMSecs(monitor, max(1, round(timeout * 1000)))
            start = time.monotonic()
            failed = lib.TessBaseAPIRecognize(handle, monitor) != 0
            elapsed = time.monotonic() - start
        finally:
            lib.TessMonitorDelete(monitor)
        try:
            if failed and elapsed >= timeout:
                raise EngineTimeout(f"tesseract: timed out after {timeout:g} s on a block")
            if failed:
                raise EngineError(f"tesseract: recognition failed on a {w}x{h} px block")
            text = lib.TessBaseAPIGetTsvText(handle, 0)
            if not text:
                return ""
            try:
                return ctypes.string_at(text).decode("utf-8", "replace")
            finally:
                lib.TessDeleteText(text)
        finally:
            lib.TessBaseAPIClear(handle)  # the page's results; the model stays loaded

    def orientation(self, image: np.ndarray) -> tuple[int, float] | None:
        """How a greyscale page lies, by an engine loaded with ``osd``: the degrees it is
        turned counter-clockwise (0, 90, 180, 270) and Tesseract's confidence in that,
        or ``None`` when it finds too little text to tell."""
        image = np.ascontiguousarray(image, dtype=np.uint8)
        h, w = image.shape
        lib, handle = self._lib, self._handle
        lib.TessBaseAPISetPageSegMode(handle, PSM_OSD_ONLY)
        lib.TessBaseAPISetImage(handle, image.ctypes.data, w, h, 1, w)
        degrees, confidence = ctypes.c_int(), ctypes.c_float()
        script, script_confidence = ctypes.c_char_p(), ctypes.c_float()
        try:
            found = lib.TessBaseAPIDetectOrientationScript(
                handle, ctypes.byref(degrees), ctypes.byref(confidence), ctypes.byref(script),
                ctypes.byref(script_confidence))
        finally:
            lib.TessBaseAPIClear(handle)
        return (degrees.value, float(confidence.value)) if found else None

    def close(self) -> None:
        if getattr(self, "_handle", None):
            self._lib.TessBaseAPIDelete(self._handle)
            self._handle = None

    def __del__(self) -> None:
        self.close()


_idle: list[tuple[tuple[int, str, str], Engine]] = []


@contextmanager
def engine(langs: str) -> Iterator[Engine]:
    """An engine for ``langs`` lent to the calling thread for one read, then kept.

    Keyed by language set and ``TESSDATA_PREFIX`` (data elsewhere is loaded afresh)
    and by process (a child never reuses its parent's). An engine whose read raised
    is closed, not kept.
    """
    key = (os.getpid(), os.environ.get("TESSDATA_PREFIX", ""), langs)
    with _lock:
        # The engine used last (its memory the likeliest still in cache); the oldest go first.
        found = next((k for k in reversed(range(len(_idle))) if _idle[k][0] == key), None)
        lent = _idle.pop(found)[1] if found is not None else None
    if lent is None:
        lent = Engine(langs)
    try:
        yield lent
    except BaseException:
        lent.close()
        raise
    with _lock:
        _idle.append((key, lent))
        while len(_idle) > KEEP_IDLE:
            _idle.pop(0)[1].close()
