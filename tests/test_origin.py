"""Where text came from decides whether correction may touch it (``ocr.origin``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import ocr
from ocr.cli import main
from ocr.errors import ProfileError
from ocr.profiles import load_profile

DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset" / "textpdf"
needs_devset = pytest.mark.skipif(
    not DEVSET.is_dir(), reason="../shared/devset is not beside this clone"
)

#: OCR output as Tesseract writes it on a poor scan: misreadings in most sentences.
NOISY = (
    "Council Approves Budget\n\nBy JANE DOE\nThe city council voted on tbe budget for\n"
    "the rnodern library on Tuesday. Tbe mayor said the ncw building would open in\n"
    "the spring, and tbe council agreed to pay for it from tbe general fund.\n"
)


def _with_source(source: str) -> ocr.Profile:
    prof = load_profile(None)
    return dataclasses.replace(prof, correction=dataclasses.replace(prof.correction, source=source))


def test_auto_corrects_text_as_noisy_as_ocr() -> None:
    page = ocr.process(NOISY, lang="en")
    assert ("rnodern", "modern") in {(c.original, c.corrected) for c in page.corrections}


def test_exact_text_is_never_corrected() -> None:
    page = ocr.process(NOISY, lang="en", profile=_with_source("exact"))
    assert page.corrections == ()
    assert "rnodern" in " ".join(p for a in page.articles for p in a.paragraphs)


@needs_devset
def test_auto_leaves_a_pdf_text_layer_exact_and_ocr_forces_correction() -> None:
    """A real Chinese page's text layer with one misread put in (电梯 as 电娣): one
    doubtful character in a page is not the density of OCR noise, so ``auto`` keeps
    the text as it is; ``ocr`` says it is OCR, and the misread is fixed."""
    text = (DEVSET / "zh01.pdftotext.txt").read_text(encoding="utf-8")
    assert "加装电梯" in text
    src = text.replace("加装电梯", "加装电娣", 1)
    assert ocr.process(src).corrections == ()
    forced = ocr.process(src, profile=_with_source("ocr"))
    assert ("电娣", "电梯") in {(c.original, c.corrected) for c in forced.corrections}


def test_unknown_source_is_a_profile_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('extends = "generic"\n[correction]\nsource = "pdf"\n', encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(bad)


def test_cli_source_exact_keeps_text_as_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noisy = tmp_path / "noisy.txt"
    noisy.write_text(NOISY, encoding="utf-8")
    assert main(["process", str(noisy), "--corrections-only", "--source", "exact"]) == 0
    assert capsys.readouterr().out.strip() == ""
    assert main(["process", str(noisy), "--corrections-only"]) == 0
    assert "rnodern" in capsys.readouterr().out
