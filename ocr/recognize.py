"""Tesseract, the one external OCR engine: the only module that imports pytesseract.

Every call has a timeout; a missing program or language pack is a
``DependencyError`` that says which Debian package to install; a crash or a
timeout is an ``EngineError``; a block in which Tesseract finds no text is an
empty result, not a failure. Blocks are recognised one by one with the
page-segmentation mode that fits them (one line for a headline, a uniform block
for body text) and in parallel: Tesseract runs as a subprocess, so a thread
pool keeps every core busy, and ``OMP_THREAD_LIMIT=1`` stops each process from
spawning threads of its own that would fight over the same cores.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
import pytesseract
from PIL import Image

from .errors import DependencyError, EngineError
from .model import Box, Line, Word
from .runtime import run_settings

#: Our language codes to Tesseract's traineddata names.
TESSERACT_LANGS = {"zh": "chi_sim", "en": "eng"}
#: Debian packages that ship each traineddata file.
PACKAGES = {"chi_sim": "tesseract-ocr-chi-sim", "eng": "tesseract-ocr-eng"}
INSTALL = "install it with `apt-get install tesseract-ocr` (Debian/Ubuntu) or see README"

PSM_SINGLE_LINE = 7
PSM_UNIFORM_BLOCK = 6
#: A column of text of varying sizes: Tesseract finds the lines itself, which copes with
#: lines bent or tilted in a scan that layout analysis could not part (NZZ black letter:
#: order-free CER 0.129 -> 0.086 beside 6) and with noise (0.049 -> 0.030 on a heavily
#: degraded devset page); on clean pages it reads as 6 does.
PSM_SINGLE_COLUMN = 4


#: Type height (pixels, tall end of the glyphs: a CJK character, a Latin capital) that
#: Tesseract reads best. Its line finder and classifier are tuned for text about this
#: size; much larger type (a bold CJK headline 75 px high at 300 dpi) is misread
#: (馆 -> 官, 帘) or loses a short second line (a headline's last two characters),
#: while the same crop shrunk to this height reads right.
COMFORT_TYPE = 40.0
#: Type up to this many times ``COMFORT_TYPE`` is read as it is (resampling costs more
#: than it mends, and body type at 300-400 dpi reads well at its own size).
SHRINK_ABOVE = 1.4


def scale_for(type_px: float) -> float:
    """The factor a crop of type ``type_px`` pixels high is read at (1.0: as it is)."""
    if type_px <= COMFORT_TYPE * SHRINK_ABOVE:
        return 1.0
    return COMFORT_TYPE / type_px


@dataclass(frozen=True, slots=True)
class Job:
    """One block to read: a greyscale crop, how to read it, and at what scale.

    ``scale`` < 1 shrinks the crop before Tesseract sees it (see ``scale_for``); the
    boxes that come back are in the crop's own pixels whatever the scale.
    """

    image: np.ndarray
    psm: int = PSM_UNIFORM_BLOCK
    scale: float = 1.0

    def readable(self, pad: int) -> np.ndarray:
        """The image Tesseract gets: shrunk by ``scale``, with ``pad`` pixels of white."""
        image = self.image
        if self.scale != 1.0:
            h, w = image.shape[:2]
            size = (max(1, round(w * self.scale)), max(1, round(h * self.scale)))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        return np.pad(image, pad, mode="constant", constant_values=255)


def tesseract_version() -> str:
    """The installed Tesseract's version; ``DependencyError`` with install advice if none."""
    try:
        return str(pytesseract.get_tesseract_version()).split()[0]
    except pytesseract.TesseractNotFoundError:
        raise DependencyError(f"tesseract: program not found; {INSTALL}") from None
    except (OSError, pytesseract.TesseractError) as exc:
        raise DependencyError(f"tesseract: cannot run ({exc}); {INSTALL}") from None


def tesseract_langs(lang: str) -> str:
    """``"zh"`` -> ``chi_sim``, ``"en"`` -> ``eng``, ``"zh+en"`` -> ``chi_sim+eng``.

    Tesseract's own names (``chi_sim``) pass through unchanged.
    """
    parts = [TESSERACT_LANGS.get(p, p) for p in lang.replace(",", "+").split("+") if p]
    return "+".join(dict.fromkeys(parts))


def check_languages(tess_langs: str) -> None:
    """Raise ``DependencyError`` naming the package for any missing language pack.

    Looked up per ``TESSDATA_PREFIX``, so pointing it elsewhere is checked afresh.
    """
    have = _installed(os.environ.get("TESSDATA_PREFIX", ""))
    for name in tess_langs.split("+"):
        if name not in have:
            package = PACKAGES.get(name, f"tesseract-ocr-{name.replace('_', '-')}")
            raise DependencyError(
                f"tesseract: language pack {name!r} is not installed; "
                f"install it with `apt-get install {package}`"
            )


@lru_cache(maxsize=8)
def _installed(_prefix: str) -> frozenset[str]:
    tesseract_version()
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (OSError, pytesseract.TesseractError, RuntimeError) as exc:
        raise DependencyError(f"tesseract: cannot list language packs ({exc}); {INSTALL}") from None


def recognize(job: Job, tess_langs: str, timeout: float) -> list[Line]:
    """Lines of words (boxes relative to the crop, confidences 0..1) of one block."""
    if job.image.size == 0 or job.image.min() > 200:
        return []
    pad = 10
    data = _run(job.readable(pad), tess_langs, job.psm, timeout)
    return _lines(data, pad, job.scale) if data else []


def _run(
    image: np.ndarray | str, tess_langs: str, psm: int, timeout: float
) -> dict[str, list[object]]:
    """One Tesseract call with typed errors; an empty page gives an empty result.

    Always one OpenMP thread: we parallelise over blocks ourselves, and a Tesseract
    left to its own threading spends several times the CPU (spinning threads) for
    the same text, even on a page read with one thread.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        return pytesseract.image_to_data(  # type: ignore[no-any-return]
            image if isinstance(image, str) else Image.fromarray(image),
            lang=tess_langs,
            config=f"--psm {psm}",
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    except RuntimeError as exc:  # pytesseract's timeout
        if "timeout" in str(exc).lower():
            raise EngineError(f"tesseract: timed out after {timeout:g} s on a block") from None
        raise EngineError(f"tesseract: {exc}") from None
    except pytesseract.TesseractNotFoundError:
        raise DependencyError(f"tesseract: program not found; {INSTALL}") from None
    except pytesseract.TesseractError as exc:
        message = str(exc.message)
        if "Failed loading language" in message or "traineddata" in message:
            check_languages(tess_langs)
        if "Empty page" in message:
            return {}
        raise EngineError(
            f"tesseract failed (exit {exc.status}): {message.strip()[:200]}"
        ) from None


def _read_batch(
    jobs: Sequence[Job], indices: list[int], psm: int, tess_langs: str, timeout: float
) -> dict[int, list[Line]]:
    """Several blocks of one page-segmentation mode in ONE Tesseract call.

    Tesseract reads a text file listing images as a multi-page document, each
    image a page segmented with the given mode; the model is loaded once instead
    of once per block, which is most of the cost of a small block.
    """
    pad = 10
    with tempfile.TemporaryDirectory(prefix="newsocr-") as tmp:
        names = []
        for n, i in enumerate(indices):
            # Uncompressed: deflating PNGs took about 0.1 s of CPU a 300 dpi page.
            name = os.path.join(tmp, f"{n:04d}.pgm")
            Image.fromarray(jobs[i].readable(pad)).save(name)
            names.append(name)
        listing = os.path.join(tmp, "blocks.txt")
        with open(listing, "w", encoding="utf-8") as fh:
            fh.write("\n".join(names) + "\n")
        # The profile's timeout is per block; a call reading n blocks gets n times it.
        data = _run(listing, tess_langs, psm, timeout * len(indices))
    out: dict[int, list[Line]] = {i: [] for i in indices}
    if not data:
        return out
    pages = [int(str(p)) for p in data["page_num"]]
    for n, i in enumerate(indices, start=1):
        rows = [k for k, p in enumerate(pages) if p == n]
        picked = {key: [values[k] for k in rows] for key, values in data.items()}
        out[i] = _lines(picked, pad, jobs[i].scale)
    return out


def _chunks(jobs: Sequence[Job], indices: list[int], count: int) -> list[list[int]]:
    """Split ``indices`` into ``count`` lists of about equal pixel area (one per core)."""
    bins: list[list[int]] = [[] for _ in range(max(1, min(count, len(indices))))]
    area = [0] * len(bins)
    for i in sorted(indices, key=lambda k: -jobs[k].image.size):
        k = area.index(min(area))
        bins[k].append(i)
        area[k] += jobs[i].image.size
    return [sorted(b) for b in bins if b]


def _lines(data: dict[str, list[object]], pad: int, scale: float = 1.0) -> list[Line]:
    """Group ``image_to_data`` words into lines, in Tesseract's order; boxes in the
    unpadded, unscaled crop's pixels."""
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for i, raw in enumerate(data["text"]):
        text = unicodedata.normalize("NFC", str(raw)).strip()
        conf = float(str(data["conf"][i]))
        if not text or conf < 0:
            continue
        left, top = int(str(data["left"][i])) - pad, int(str(data["top"][i])) - pad
        width, height = int(str(data["width"][i])), int(str(data["height"][i]))
        if scale != 1.0:
            left, top = round(left / scale), round(top / scale)
            width, height = round(width / scale), round(height / scale)
        box = Box(max(0, left), max(0, top), width, height)
        key = (
            int(str(data["block_num"][i])),
            int(str(data["par_num"][i])),
            int(str(data["line_num"][i])),
        )
        for part in text.split():
            grouped.setdefault(key, []).append(Word(part, box, min(1.0, max(0.0, conf / 100.0))))
    lines = []
    for words in grouped.values():
        lines.append(Line(words=tuple(words), box=Box.enclosing([w.box for w in words if w.box])))
    return lines


def page_threads() -> int:
    """Threads one page may use: ``NEWSOCR_PAGE_THREADS`` (``ocr.runtime``), else one per core.

    Batch workers set it to 1 (their parallelism is across pages), so a page
    there never runs a second Tesseract process beside its own work.
    """
    return run_settings().page_threads or os.cpu_count() or 1


def recognize_all(
    jobs: Sequence[Job], tess_langs: str, timeout: float, workers: int | None = None
) -> list[list[Line]]:
    """Recognise many blocks, each with its own page-segmentation mode, on every core.

    Blocks of one mode are read in one Tesseract call per core (a list of images;
    see ``_read_batch``), the calls running in threads since each is a subprocess.
    ``workers`` defaults to ``page_threads()``.
    """
    check_languages(tess_langs)
    workers = max(1, workers or page_threads())
    live = [i for i, j in enumerate(jobs) if j.image.size and j.image.min() <= 200]
    tasks = [
        (psm, chunk)
        for psm in sorted({jobs[i].psm for i in live})
        for chunk in _chunks(jobs, [i for i in live if jobs[i].psm == psm], workers)
    ]
    # Largest batches first, so no core idles at the end.
    tasks.sort(key=lambda t: -sum(jobs[i].image.size for i in t[1]))

    def run(task: tuple[int, list[int]]) -> dict[int, list[Line]]:
        return _read_batch(jobs, task[1], task[0], tess_langs, timeout)

    out: list[list[Line]] = [[] for _ in jobs]
    if workers == 1 or len(tasks) <= 1:
        results = [run(t) for t in tasks]
    else:
        with ThreadPoolExecutor(max_workers=min(workers, len(tasks))) as pool:
            results = list(pool.map(run, tasks))
    for found in results:
        for i, lines in found.items():
            out[i] = lines
    return out
