"""The scan path end to end on small synthetic pages (real preprocessing and Tesseract)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import CORPUS, FIXTURES, needs_corpus
from PIL import Image

from ocr.model import BlockKind
from ocr.order import order
from ocr.scan import read_scan

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


@pytest.mark.parametrize("level", [255, 0])
def test_uniform_page_is_empty_with_a_warning(tmp_path: Path, level: int) -> None:
    path = tmp_path / "blank.png"
    Image.fromarray(np.full((300, 200), level, dtype=np.uint8)).save(path)
    (page,) = read_scan(path)
    assert page.blocks == () and page.warnings


@pytest.mark.integration
def test_english_fixture_page_boxes_in_original_coordinates() -> None:
    (page,) = read_scan(FIXTURES / "images" / "en-3col-colour.png", lang="en")
    page = order(page)
    assert len(page.columns) == 3
    width, height = page.size or (0, 0)
    for b in page.blocks:
        assert (
            b.box is not None and 0 <= b.box.x and b.box.right <= width and b.box.bottom <= height
        )
    text = " ".join(b.text for b in page.ordered_blocks())
    assert "Port Traffic Rises for Fifth Month" in text
    heads = [b for b in page.blocks if b.kind == BlockKind.HEADLINE]
    assert any("Port Traffic" in b.text for b in heads)
    assert page.steps and page.steps[-1].software == "tesseract"
    # the lead story's kicker and headline come before its body
    ids = page.reading_order
    kicker = next(b.id for b in page.blocks if b.text == "LOCAL ECONOMY")
    head = next(b.id for b in heads if "Port Traffic" in b.text)
    assert ids.index(kicker) < ids.index(head)


@needs_corpus
@pytest.mark.integration
def test_every_corpus_image_reads() -> None:
    for image in sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES):
        for page in read_scan(image):
            assert page.source.kind == "image"


def test_missing_language_pack_stops_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ocr.errors import DependencyError

    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(DependencyError, match="tesseract-ocr-eng"):
        read_scan(FIXTURES / "images" / "en-3col-colour.png", lang="en")


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.png", b"", "empty"),
        ("notes.png", b"just some text, not a picture\n", "not a page image"),
    ],
)
def test_bad_image_files_are_refused_in_one_line(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    from ocr.errors import InputError

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem) as err:
        read_scan(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_specks_read_as_stray_marks_are_dropped() -> None:
    from ocr.model import Line, Word
    from ocr.recognize import speck as _speck

    assert _speck([Line(words=(Word("'", confidence=0.2),))])
    assert _speck([Line(words=(Word("·,", confidence=0.9),))])
    assert not _speck([Line(words=(Word("1", confidence=0.95),))])  # a folio is kept
    assert not _speck([Line(words=(Word("绿", confidence=0.9),))])


@pytest.mark.integration
def test_one_thread_per_page_reads_the_same_page_without_a_second_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Batch workers (NEWSOCR_PAGE_THREADS=1) run the script probe in turn, not beside."""
    import ocr.scan

    path = FIXTURES / "images" / "zh-4col-clean.png"
    monkeypatch.setenv("NEWSOCR_PAGE_THREADS", "2")
    (threaded,) = read_scan(path)

    def no_threads(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a one-thread page started a thread")

    monkeypatch.setenv("NEWSOCR_PAGE_THREADS", "1")
    monkeypatch.setattr(ocr.scan, "ThreadPoolExecutor", no_threads)
    (single,) = read_scan(path)
    assert single.lang == threaded.lang == "zh"
    assert single == threaded


@pytest.mark.integration
def test_specks_boxed_as_blocks_of_their_own_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A speck of a heavy scan that layout boxes as a block of its own, under half the
    body's line both ways, holds no character: it is not handed to Tesseract (which reads
    a CJK guess for each at 6-9 ms, S3 s830), and the page reads as without it."""
    import ocr.recognize

    clean = FIXTURES / "images" / "zh-4col-clean.png"
    gray = np.asarray(Image.open(clean).convert("L")).copy()
    for y in range(300, 1600, 300):  # 7 px specks down the right margin (20 px lines)
        gray[y : y + 7, 1218:1225] = 30
    specked = tmp_path / "specked.png"
    Image.fromarray(gray).save(specked)
    crops: list[tuple[int, ...]] = []
    read_at = ocr.recognize._read_at

    def counted(job: ocr.recognize.Job, *args: object, **kwargs: object) -> object:
        crops.append(job.image.shape)
        return read_at(job, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ocr.recognize, "_read_at", counted)
    (page,) = read_scan(specked, lang="zh")
    assert crops and min(h * w for h, w in crops) > 20 * 20  # (no crop of a speck)
    (plain,) = read_scan(clean, lang="zh")
    assert [b.text for b in page.blocks] == [b.text for b in plain.blocks]
