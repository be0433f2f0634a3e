"""The in-process engine (libtesseract through ``ocr.tessapi``) against the ``tesseract``
program, on the blocks that layout cuts from real and realistic pages.

Each block of a page is read both ways: in process, and by the ``tesseract`` program
given the same padded crop as an image file (one call for all blocks of one mode, as
the scan path read them before). The words, boxes and confidences must be the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from conftest import CORPUS, FIXTURES, needs_corpus
from PIL import Image

from ocr import tessapi
from ocr.errors import DependencyError, EngineError
from ocr.model import Line
from ocr.recognize import Job, _lines, _read_at, recognize, recognize_all

PAD = 10
NZZ = CORPUS / "nzz" / "nzz_18081007_0_0_a1_p1_1.tif"


def _page_jobs(
    path: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Job], str, list[list[Line]]]:
    """The blocks the scan path sends to Tesseract for ``path``, and what it read."""
    import ocr.scan
    from ocr.scan import read_scan

    seen: dict[str, object] = {}
    real = ocr.scan.recognize_all

    def keep(jobs, langs, timeout, workers=None):  # type: ignore[no-untyped-def]
        seen["jobs"], seen["langs"] = list(jobs), langs
        seen["read"] = real(jobs, langs, timeout, workers)
        return seen["read"]

    monkeypatch.setattr(ocr.scan, "recognize_all", keep)
    read_scan(path, lang=lang)
    return seen["jobs"], str(seen["langs"]), seen["read"]  # type: ignore[return-value]


def _cli(jobs: list[Job], langs: str, tmp: Path) -> list[list[Line]]:
    """Each block as the ``tesseract`` program reads it: a list of image files per mode."""
    out: list[list[Line]] = [[] for _ in jobs]
    live = [i for i, j in enumerate(jobs) if j.image.min() <= 200]
    for psm in sorted({jobs[i].psm for i in live}):
        picked = [i for i in live if jobs[i].psm == psm]
        names = []
        for i in picked:
            names.append(str(tmp / f"{psm}-{i:03d}.pgm"))
            Image.fromarray(jobs[i].readable(PAD)).save(names[-1])
        listing = tmp / f"{psm}.txt"
        listing.write_text("\n".join(names) + "\n", encoding="utf-8")
        tsv = subprocess.run(
            ["tesseract", str(listing), "stdout", "--psm", str(psm), "-l", langs, "tsv"],
            capture_output=True, text=True, check=True, timeout=600,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        ).stdout
        rows = [r.split("\t") for r in tsv.splitlines()[1:]]
        for n, i in enumerate(picked, start=1):
            page = [r for r in rows if len(r) > 1 and r[1] == str(n)]
            out[i] = _lines(page, PAD, jobs[i].scale)
    return out


def _same_reading(path: Path, lang: str, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Each block read once in process (``_read_at``: the scan path's second tries, a raw
    line or a shifted crop, are its own choices, not the engine's) and once by the program."""
    jobs, langs, _ = _page_jobs(path, lang, monkeypatch)
    ours = [[] if j.blank else _read_at(j, langs, 600) for j in jobs]
    theirs = _cli(jobs, langs, tmp)
    for n, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        assert a == b, f"block {n} ({jobs[n].image.shape}, psm {jobs[n].psm}) reads otherwise"
    return sum(len(lines) for lines in ours)


@pytest.mark.integration
@pytest.mark.parametrize(("name", "lang"), [("zh-4col-clean.png", "zh"),
                                            ("en-5col-heavy.jpg", "en")])
def test_in_process_reading_equals_the_program_on_every_block(
    name: str, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _same_reading(FIXTURES / "images" / name, lang, tmp_path, monkeypatch) > 20


@needs_corpus
@pytest.mark.integration
def test_in_process_reading_equals_the_program_on_a_real_black_letter_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _same_reading(NZZ, "frk", tmp_path, monkeypatch) > 50


def _column(copies: int = 1) -> np.ndarray:
    """A column of real newspaper type: a body block cut from a fixture page."""
    page = np.asarray(Image.open(FIXTURES / "images" / "en-3col-colour.png").convert("L"))
    h, w = page.shape
    block = page[h // 3 : h // 3 + 300, 40 : w // 3]
    return np.tile(block, (copies, 1))


@pytest.mark.integration
def test_an_engine_is_reused_and_reads_a_block_as_a_fresh_one_does() -> None:
    block = _column()
    fresh = tessapi.Engine("eng")
    first = fresh.read(block, 4, 60)
    fresh.close()
    with tessapi.engine("eng") as kept:
        kept.read(np.full((80, 300), 255, np.uint8), 7, 60)
        kept.read(_column()[:60], 7, 60)
        again = kept.read(block, 4, 60)
    with tessapi.engine("eng") as next_one:
        assert next_one is kept  # the model stays loaded for the next block
    assert again == first and "\t" in first


@pytest.mark.integration
def test_threads_reading_at_once_each_get_their_own_engine() -> None:
    together = threading.Barrier(2)
    lent: list[tessapi.Engine] = []
    texts: list[str] = []

    def read() -> None:
        with tessapi.engine("eng") as engine:
            lent.append(engine)
            together.wait(timeout=60)  # both hold an engine at the same time
            texts.append(engine.read(_column(), 4, 60))

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(lent) == 2 and lent[0] is not lent[1]
    assert texts[0] == texts[1] == tessapi.Engine("eng").read(_column(), 4, 60)


@pytest.mark.integration
def test_an_engine_is_never_lent_for_another_language() -> None:
    with tessapi.engine("eng") as english:
        pass
    with tessapi.engine("chi_sim") as chinese:
        assert chinese is not english and chinese.langs == "chi_sim"
    with tessapi.engine("chi_sim+eng") as both:
        assert both not in (english, chinese) and both.langs == "chi_sim+eng"


@pytest.mark.integration
def test_a_block_past_its_timeout_is_an_engine_error_and_the_next_read_works() -> None:
    with pytest.raises(EngineError, match="timed out after 0.05 s on a block"):
        recognize(Job(_column(8), psm=4), "eng", 0.05)
    assert recognize_all([Job(_column(), psm=4)], "eng", 60)[0]


@pytest.mark.integration
def test_a_missing_language_names_its_package() -> None:
    with pytest.raises(DependencyError, match="'fra' is not installed.*tesseract-ocr-fra"):
        recognize(Job(_column(), psm=4), "eng+fra", 60)


def test_a_missing_library_gives_install_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    from ocr.recognize import tesseract_version

    monkeypatch.setattr(tessapi, "LIBRARY", "tesseract-not-installed")
    with pytest.raises(DependencyError, match="apt-get install tesseract-ocr"):
        tesseract_version()


@pytest.mark.integration
def test_the_library_says_nothing_on_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    """Its notes ("Estimating resolution as 446") went to the program's stderr before."""
    recognize_all([Job(_column(), psm=4), Job(_column()[:60], psm=7)], "eng", 60)
    assert capfd.readouterr().err == ""


OPENMP_PROBE = """
import os, sys
import numpy as np
from PIL import Image, ImageDraw
from ocr import tessapi
from ocr.recognize import Job, recognize
if sys.argv[1] == "unlimited":
    tessapi.OPENMP_LIMIT = {}
img = Image.new("L", (900, 120), 255)
ImageDraw.Draw(img).text((20, 40), "The council met on Monday night", fill=0)
before = len(os.listdir("/proc/self/task"))
recognize(Job(np.asarray(img)), "eng", 30)
print(len(os.listdir("/proc/self/task")) - before, os.environ.get("OMP_THREAD_LIMIT"))
"""


def _openmp_probe(mode: str, env: dict[str, str]) -> list[str]:
    return subprocess.run(
        [sys.executable, "-c", OPENMP_PROBE, mode], capture_output=True, text=True, check=True,
        timeout=120, env=env,
    ).stdout.split()


def test_tesseract_starts_no_openmp_threads_and_the_environment_stays_the_callers() -> None:
    # Blocks are read in parallel by our threads; OpenMP's own would spin beside them.
    # The limit holds only while libtesseract loads libgomp: a caller's value is kept.
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    assert _openmp_probe("limited", env) == ["0", "None"]
    assert _openmp_probe("limited", {**env, "OMP_THREAD_LIMIT": "4"}) == ["0", "4"]
    assert int(_openmp_probe("unlimited", env)[0]) > 0  # what the limit prevents
