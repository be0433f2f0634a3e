"""A scanned page's language, told before it is read: Chinese or a Latin script, and the
Tesseract models to read it with.

Split from ``ocr.scan`` (the scan path's stage); a band across the page or the head of
its largest body block is read once with every model the profile allows and the page is
then read with the one that fits (``script.guess_lang`` decides, as for every reader).
"""

from __future__ import annotations

import numpy as np

from .layout import Region
from .model import BlockKind, Line
from .profiles import Profile
from .recognize import PSM_UNIFORM_BLOCK, Job, recognize, tesseract_langs
from .script import guess_lang


def probe_band(
    gray: np.ndarray, lang: str, prof: Profile, timeout: float
) -> tuple[str, str] | None:
    """Language from a band across the middle of the page; ``None`` when it tells nothing.

    Run beside preprocessing when the page has a spare thread, so telling Chinese from
    English then costs no wall time; in a batch worker (one thread a page) it runs after.
    """
    if lang != "auto":
        return lang.split("+")[0], tesseract_langs(lang)
    allowed = tesseract_langs("+".join(prof.languages) or "zh+en")
    if "chi_sim" not in allowed.split("+") or "+" not in allowed:
        return _one_script(prof, allowed)
    h, w = gray.shape
    # Two or three lines across the middle half of the page, read with the Chinese model
    # alone: it reads Latin letters as Latin, Chinese as Chinese, and loads fastest.
    band = gray[int(0.47 * h) : int(0.51 * h), w // 4 : 3 * w // 4]
    if band.size == 0 or int(band.max()) - int(band.min()) < 16:
        return None
    probe = tesseract_langs("zh") if "chi_sim" in allowed.split("+") else allowed
    return _script(recognize(Job(band, PSM_UNIFORM_BLOCK), probe, timeout))


def _one_script(prof: Profile, allowed: str) -> tuple[str, str]:
    """No Chinese among the profile's languages: nothing to tell apart, all are used
    together (``languages = ["frk", "deu"]`` reads black letter and roman type)."""
    return (prof.languages[0] if prof.languages else "en"), allowed


def _script(lines: list[Line]) -> tuple[str, str] | None:
    """The probe's language as every reader guesses it (``script.guess_lang``); ``None`` if
    it read too few letters to tell."""
    text = " ".join(w.text for ln in lines for w in ln.words)
    if sum(c.isalpha() for c in text) < 10:
        return None
    lang = guess_lang(text)
    return lang, tesseract_langs(lang)


def choose_language(
    lang: str, prof: Profile, jobs: list[Job], regions: list[Region], timeout: float
) -> tuple[str, str]:
    """The page language and Tesseract languages; ``auto`` reads the largest body block first.

    The probe uses every profile language at once; the page is then read with the
    one language that fits (a single model is faster and makes fewer confusions).
    """
    if lang != "auto":
        return lang.split("+")[0], tesseract_langs(lang)
    allowed = tesseract_langs("+".join(prof.languages) or "zh+en")
    if "chi_sim" not in allowed.split("+") or "+" not in allowed:
        return _one_script(prof, allowed)
    i = max(
        range(len(regions)),
        key=lambda k: regions[k].box.area if regions[k].kind == BlockKind.BODY else 0,
    )
    # A few lines are enough to tell the script and cost a fraction of the block.
    r = regions[i]
    cut = min(r.lines[min(5, len(r.lines) - 1)].bottom - r.box.y + 10, jobs[i].image.shape[0])
    head = Job(jobs[i].image[: max(1, cut)], jobs[i].psm, jobs[i].scale)
    lines = recognize(head, allowed, timeout)
    return _script(lines) or ("en", tesseract_langs("en"))
