"""Tesseract, the one external OCR engine: the only module that reads with it.

The engine is libtesseract loaded in this process (``ocr.tessapi``), each language
set's model loaded once and kept, so a block costs its reading alone (the
``tesseract`` program paid about 0.13 s of CPU per call to load the model, and an
image file and a TSV file per block). Every read has a timeout; a missing library or
language pack is a ``DependencyError`` that says which Debian package to install; a
failure or a timeout is an ``EngineError``; a block in which Tesseract finds no text
is an empty result, not a failure. Blocks are recognised one by one with the
page-segmentation mode that fits them (one line for a headline, a column for body
text) and in parallel: the library runs outside the interpreter lock, so a thread
pool keeps every core busy, each thread with an engine of its own.
"""

from __future__ import annotations

import dataclasses
import os
import unicodedata
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import cv2
import numpy as np

from .errors import DependencyError
from .model import Box, Line, Word
from .runtime import run_settings
from .script import HAN_CHAR
from .tessapi import INSTALL, Engine, LanguageDataError, engine, version

#: Our language codes to Tesseract's traineddata names.
TESSERACT_LANGS = {"zh": "chi_sim", "en": "eng"}
#: Debian packages that ship each traineddata file.
PACKAGES = {"chi_sim": "tesseract-ocr-chi-sim", "eng": "tesseract-ocr-eng"}

PSM_SINGLE_LINE = 7
#: A line read raw: no line or blob finding, the crop goes to the recogniser as one line.
#: A line of light CJK type (a Ming face's thin strokes) that ``PSM_SINGLE_LINE`` finds
#: no text in is read so, whole (``十余条公交线路，``, ``为堵车发愁。``: paragraphs' last
#: lines lost on four of eight UMing pages of ``bench fonts``' layouts).
PSM_RAW_LINE = 13
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
#: Type up to this many times ``COMFORT_TYPE`` is read as it is by this rule (resampling
#: costs more than it mends; body type is read a little smaller for speed: ``body_scale``).
SHRINK_ABOVE = 1.4
#: A block of big type shrunk (below ``BODY_SHRINK``) and read with less mean confidence
#: than this is read once more, shifted half a pixel of the shrunk image. What Tesseract
#: reads from shrunk type turns on where the crop starts: a bold 99 px CJK headline
#: shrunk to 0.404 came out garbled (局信人全合计程和 for 首届太仓金仓湖半程马拉松鸣枪)
#: at 5 of 20 margins a pixel apart, always at confidence 0.27-0.40, and whole at
#: 0.81-0.90 at every other margin.
RETRY_BELOW = 0.6


def scale_for(type_px: float) -> float:
    """The factor a crop of type ``type_px`` pixels high is read at (1.0: as it is)."""
    if type_px <= COMFORT_TYPE * SHRINK_ABOVE:
        return 1.0
    return COMFORT_TYPE / type_px


#: Body type (a column read with ``PSM_SINGLE_COLUMN``) is read down to this height.
#: Tesseract's LSTM sees every text line at its network's own height whatever the crop's
#: resolution, but thresholding, blob and line finding and each line's image cost per
#: pixel: body type of 27-39 px (300 dpi devset and NZZ) read at 0.8 cost 0.86-1.0 of
#: the Tesseract CPU (mean 0.93, 11 pages), and its order-free CER fell on both sets
#: (devset 0.0123 -> 0.0107, NZZ 0.048 -> 0.046); at 0.7 it cost 0.89 but English body
#: type of 27 px began to lose characters.
BODY_TYPE = 22.0
#: Body type is never shrunk further than this (nor is a 150 dpi page's: 13 px type).
BODY_SHRINK = 0.8
#: A short line of heading type read as it is (not shrunk: ``scale_for``) with less mean
#: confidence than this is read again with its type shrunk to each of ``SECOND_TYPES``
#: until a reading is this sure, and the surest reading kept (``second_readings``). A
#: heading of two to five CJK characters set a little above the body's size (30-40 px at
#: 300 dpi) is read at its own size with one glyph taken for a look-alike: ``更正`` read
#: ``蝎正`` (confidence 0.12), ``完工`` ``元下`` (0.54), ``寻狗启事`` ``导狗启事`` (0.77),
#: ``明日天气`` ``明目天气`` (0.72). One glyph of four is a quarter of the line, so the
#: heading was lost to its story; a long line keeps its match with one glyph wrong, and
#: there a second reading changed a right glyph as often as a wrong one, so only short
#: lines are read again. On S3-S8 (72 pages) 65 short heading lines read with a Han
#: character below 0.9; read again, 9 of them came right and none went wrong. Only such
#: a line is, read so by the one-line mode itself: look-alikes are a CJK model's
#: (thousands of glyphs a stroke apart) and no Latin heading of the study sets was
#: mended, while a block of specks read nothing, then raw, was read ``i`` at 24 px and
#: opened a block of its own (S3 s833).
UNSURE_BELOW = 0.9
#: The type heights (pixels) a short unsure heading line is read again at, in turn. Two,
#: a step apart, because what Tesseract reads from shrunk type turns on the exact factor,
#: unsure when it is wrong: ``更正`` from 33.7 px came out ``更下`` (0.37) at 22 px and
#: ``更正`` (0.93) at 21, 23 and 24; ``完工`` from 36.2 px ``二`` (0.19) at 22 and
#: ``完工`` (0.95) at 24. One height alone mended 7-8 of the 65 lines, the two 9.
SECOND_TYPES = (24.0, BODY_TYPE)
#: A second reading is kept only this sure: a lone glyph of a heavy heading layout
#: shattered, read ``这`` at 0.13, came out ``林`` at 0.19, a guess for a guess (S6 s866).
SURE_AGAIN = 0.8
#: A line no longer than this many times its type height (its crop, margins included) is
#: short: five CJK characters, a word or two of Latin capitals.
SHORT_LINE_EMS = 6.0


def body_scale(type_px: float) -> float:
    """The factor a column of body type ``type_px`` pixels high is read at (1.0: as it is).

    The mild shrink of type already in Tesseract's comfort zone, between ``BODY_SHRINK``
    and 1, towards ``BODY_TYPE``; bigger type is ``scale_for``'s to shrink, or left as
    it is (1.0 here).
    """
    if type_px <= 0 or type_px > COMFORT_TYPE * SHRINK_ABOVE:
        return 1.0
    return max(BODY_SHRINK, min(1.0, BODY_TYPE / type_px))


def second_readings(job: Job) -> list[Job]:
    """The jobs that read ``job``'s line again when its first reading is unsure: a short
    line of heading type read as it is, shrunk to each of ``SECOND_TYPES`` (see
    ``UNSURE_BELOW``); none for any other block."""
    if job.psm != PSM_SINGLE_LINE or job.scale != 1.0 or job.heading_px <= 0:
        return []
    if job.image.shape[1] > SHORT_LINE_EMS * job.heading_px:
        return []
    return [dataclasses.replace(job, scale=t / job.heading_px, heading_px=0.0)
            for t in SECOND_TYPES if t < BODY_SHRINK * job.heading_px]


def crop_origin(box: Box, margin: int) -> tuple[int, int]:
    """The top left corner of ``box``'s crop with ``margin`` pixels of white around it
    (clipped at the page's edge): where the boxes Tesseract gives for the crop start."""
    return max(0, box.x - margin), max(0, box.y - margin)


def speck(lines: list[Line]) -> bool:
    """A block read as one unsure character or a little punctuation: dust, a photo's edge.

    A block read as strokes alone is a photo's edge or a rule, whatever its length: a
    photo's top edge reads ``一-一一一`` in Chinese (``一`` is a letter to ``isalnum``),
    and as a body block between a headline and its story it parts them.
    """
    text = "".join(w.text for ln in lines for w in ln.words)
    confs = [w.confidence or 0.0 for ln in lines for w in ln.words]
    if len(text) <= 1 and max(confs, default=0.0) < 0.6:
        return True
    if text and all(c in STROKES for c in text):
        return True
    return len(text) <= 2 and not any(c.isalnum() for c in text)


#: What a rule or a photo's edge is read as: dashes, lines, the CJK "one" and long vowel.
STROKES = frozenset("-‐‑‒–—―_=~|¦一ー－＿｜")


@dataclass(frozen=True, slots=True)
class Job:
    """One block to read: a greyscale crop, how to read it, and at what scale.

    ``scale`` < 1 shrinks the crop before Tesseract sees it (see ``scale_for``); the
    boxes that come back are in the crop's own pixels whatever the scale.
    """

    image: np.ndarray
    psm: int = PSM_UNIFORM_BLOCK
    scale: float = 1.0
    #: The heading type's height in pixels when the block is a heading (layout measured it
    #: above the body's), else 0: what ``second_readings`` weighs.
    heading_px: float = 0.0

    @property
    def blank(self) -> bool:
        """Nothing to read: an empty crop, or one with no mark darker than light grey."""
        return self.image.size == 0 or int(self.image.min()) > 200

    def readable(self, pad: int) -> np.ndarray:
        """The image Tesseract gets: shrunk by ``scale``, with ``pad`` pixels of white."""
        image = self.image
        if self.scale != 1.0:
            h, w = image.shape[:2]
            size = (max(1, round(w * self.scale)), max(1, round(h * self.scale)))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        return np.pad(image, pad, mode="constant", constant_values=255)


def tesseract_version() -> str:
    """The Tesseract library's version; ``DependencyError`` with install advice if none."""
    return version()


def tesseract_langs(lang: str) -> str:
    """``"zh"`` -> ``chi_sim``, ``"en"`` -> ``eng``, ``"zh+en"`` -> ``chi_sim+eng``.

    Tesseract's own names (``chi_sim``) pass through unchanged.
    """
    parts = [TESSERACT_LANGS.get(p, p) for p in lang.replace(",", "+").split("+") if p]
    return "+".join(dict.fromkeys(parts))


def check_languages(tess_langs: str) -> None:
    """Raise ``DependencyError`` naming the package for any missing language pack.

    Loading the languages is the check: the engine it loads is kept for the reads
    that follow. Data is looked for under ``TESSDATA_PREFIX`` (else the library's own
    folder), so pointing it elsewhere is checked afresh. Only when loading fails is
    each language loaded on its own, to name the one that is missing.
    """
    try:
        with engine(tess_langs):
            return
    except LanguageDataError:
        pass
    for name in tess_langs.split("+"):
        try:
            Engine(name).close()
        except LanguageDataError:
            package = PACKAGES.get(name, f"tesseract-ocr-{name.replace('_', '-')}")
            raise DependencyError(
                f"tesseract: language pack {name!r} is not installed; "
                f"install it with `apt-get install {package}`"
            ) from None
    raise DependencyError(f"tesseract: cannot load language data {tess_langs!r}; {INSTALL}")


def recognize(job: Job, tess_langs: str, timeout: float) -> list[Line]:
    """Lines of words (boxes relative to the crop, confidences 0..1) of one block."""
    if job.blank:
        return []
    check_languages(tess_langs)
    return _read(job, tess_langs, timeout)


def line_readings(image: np.ndarray, scale: float, tess_langs: str,
                  timeout: float) -> Iterator[list[Line]]:
    """A line's crop read as one line (``PSM_SINGLE_LINE``), then raw (``PSM_RAW_LINE``),
    each reading as ``recognize_all`` gives it, the next read only when asked for. The raw
    reading is not read again where the first already fell back to it (one line read as
    nothing) and took it as it came (no half-pixel retry): the same crop gives the same
    reading, and a reread of CJK lines asked for both read a tenth of its lines twice."""
    first = Job(image=image, psm=PSM_SINGLE_LINE, scale=scale)
    if first.blank:
        yield []
        yield []
        return
    check_languages(tess_langs)
    fell_back: list[bool] = []
    yield _read(first, tess_langs, timeout, fell_back)
    if fell_back and scale >= BODY_SHRINK:
        return
    yield _read(dataclasses.replace(first, psm=PSM_RAW_LINE), tess_langs, timeout)


def _read(job: Job, tess_langs: str, timeout: float,
          fell_back: list[bool] | None = None) -> list[Line]:
    """One block; a shrunk one read with little confidence is read again half a pixel of
    the shrunk image over, and the surer reading kept (see ``RETRY_BELOW``). A line with
    ink read as nothing is read raw (``PSM_RAW_LINE``) before it is given up; what that
    reads is kept unless it is a speck (a rule read raw is ``一一一``); ``fell_back`` is
    told so. A short line of heading type read unsure is read again smaller
    (``second_readings``) and the surest reading kept."""
    lines = _read_at(job, tess_langs, timeout)
    if not lines and job.psm == PSM_SINGLE_LINE:
        raw = _read_at(dataclasses.replace(job, psm=PSM_RAW_LINE), tess_langs, timeout)
        lines = [] if speck(raw) else raw
        if fell_back is not None:
            fell_back.append(True)
    elif any(HAN_CHAR.search(w.text) for ln in lines for w in ln.words):
        # (a line read as nothing and read raw is a speck or a light line, not this class)
        for second in second_readings(job):
            if _confidence(lines) >= UNSURE_BELOW:
                break
            again = _read_at(second, tess_langs, timeout)
            sure = _confidence(again)
            if sure > _confidence(lines) and sure >= SURE_AGAIN and not speck(again):
                lines = again
    if job.scale >= BODY_SHRINK or _confidence(lines) >= RETRY_BELOW:
        return lines  # (body type read a little smaller is not where the crop misleads)
    shift = max(1, round(0.5 / job.scale))
    moved = dataclasses.replace(
        job, image=np.pad(job.image, ((shift, 0), (shift, 0)), constant_values=255))
    again = _read_at(moved, tess_langs, timeout, origin=shift)
    return again if _confidence(again) > _confidence(lines) else lines


def _read_at(job: Job, tess_langs: str, timeout: float, origin: int = 0) -> list[Line]:
    """One reading through an engine lent to this thread (``ocr.tessapi.engine``); boxes
    less ``origin`` (white added at the crop's top left)."""
    pad = 10
    with engine(tess_langs) as lent:
        tsv = lent.read(job.readable(pad), job.psm, timeout)
    return _lines([row.split("\t") for row in tsv.splitlines()], pad, job.scale, origin)


def _confidence(lines: list[Line]) -> float:
    """Mean word confidence, each word weighted by its characters (0 for no words)."""
    words = [w for line in lines for w in line.words]
    chars = sum(len(w.text) for w in words)
    return sum((w.confidence or 0.0) * len(w.text) for w in words) / chars if chars else 0.0


def _lines(rows: list[list[str]], pad: int, scale: float = 1.0, origin: int = 0) -> list[Line]:
    """Group the words of Tesseract's TSV rows into lines, in Tesseract's order; boxes in
    the unpadded, unscaled crop's pixels.

    Columns: level, page, block, paragraph, line, word, left, top, width, height,
    confidence, text. Confidences are taken in whole percent, as the ``tesseract``
    program's TSV read through pytesseract gave them (so the output did not change).
    """
    grouped: dict[tuple[str, str, str], list[Word]] = {}
    for row in rows:
        if len(row) < 12:
            continue
        text = unicodedata.normalize("NFC", row[11]).strip()
        conf = int(float(row[10]))
        if not text or conf < 0:
            continue
        left, top = int(row[6]) - pad, int(row[7]) - pad
        width, height = int(row[8]), int(row[9])
        if scale != 1.0:
            left, top = round(left / scale), round(top / scale)
            width, height = round(width / scale), round(height / scale)
        left, top = left - origin, top - origin
        box = Box(max(0, left), max(0, top), width, height)
        for part in text.split():
            word = Word(part, box, min(1.0, max(0.0, conf / 100.0)))
            grouped.setdefault((row[2], row[3], row[4]), []).append(word)
    lines = []
    for words in grouped.values():
        lines.append(Line(words=tuple(words), box=Box.enclosing([w.box for w in words if w.box])))
    return lines


def page_threads() -> int:
    """Threads one page may use: ``NEWSOCR_PAGE_THREADS`` (``ocr.runtime``), else one per core.

    Batch workers set it to 1 (their parallelism is across pages), so a page
    there never reads a second block beside its own work.
    """
    return run_settings().page_threads or os.cpu_count() or 1


def recognize_all(
    jobs: Sequence[Job], tess_langs: str, timeout: float, workers: int | None = None
) -> list[list[Line]]:
    """Recognise many blocks, each with its own page-segmentation mode, on every core.

    Each block is read on its own (a block reads the same whichever engine, thread
    or neighbour it gets: an engine keeps nothing from one read to the next), the
    largest first so that no core idles at the end; ``workers`` threads, default
    ``page_threads()``. ``timeout`` holds for each block.
    """
    check_languages(tess_langs)
    workers = max(1, workers or page_threads())
    live = [i for i, j in enumerate(jobs) if not j.blank]
    live.sort(key=lambda i: -jobs[i].image.size)

    def run(i: int) -> list[Line]:
        return _read(jobs[i], tess_langs, timeout)

    out: list[list[Line]] = [[] for _ in jobs]
    if workers == 1 or len(live) <= 1:
        results = [run(i) for i in live]
    else:
        with ThreadPoolExecutor(max_workers=min(workers, len(live))) as pool:
            results = list(pool.map(run, live))
    for i, lines in zip(live, results, strict=True):
        out[i] = lines
    return out
