"""Inputs a new user mixes up (thirty-first session's robustness review): a text page
with a stray NUL byte, a file's bytes or a mistyped path given to ``ocr.process``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

import ocr
from ocr.cli import main
from ocr.errors import InputError

PAGE = (
    "HARBOUR BOARD VOTES NEW WHARF\n\n"
    "By Our Shipping Reporter\n\n"
    "The Harbour Board last night voted to build a new wharf at the foot of Queen Street,\n"
    "at a cost the chairman put at forty thousand pounds.\n\n"
    "Work is to begin in the spring, when the dredge returns from the northern ports.\n"
)


def test_a_stray_nul_byte_leaves_a_page_read_as_utf8(tmp_path: Path) -> None:
    # A NUL left by a copy in the middle of an English page: it was read as UTF-16 and
    # came out as CJK junk (``The`` -> ``桔``), every word lost.
    data = PAGE.encode().replace(b"voted to", b"voted\x00 to")
    page = tmp_path / "harbour board.txt"
    page.write_bytes(data)
    out = tmp_path / "out"
    assert main(["process", str(page), "-o", str(out), "--format", "txt"]) == 0
    written = (out / "harbour board.txt").read_text(encoding="utf-8")
    assert "HARBOUR BOARD VOTES NEW WHARF" in written
    assert "dredge returns from the northern ports" in written
    assert page.read_bytes() == data  # the input is never modified


def test_utf16_without_a_mark_is_still_told_from_stray_nuls() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        text = ocr.process(PAGE.encode(codec), correct=False).articles
        assert any("Queen Street" in " ".join(a.paragraphs) for a in text)


def _scan_bytes() -> bytes:
    image = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "HARBOUR BOARD VOTES NEW WHARF", fill=0)
    png = io.BytesIO()
    image.save(png, format="PNG")
    return png.getvalue()


ALTO = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>'
    '<Page WIDTH="800" HEIGHT="600"><PrintSpace><TextBlock><TextLine>'
    '<String CONTENT="Harbour" HPOS="10" VPOS="10" WIDTH="80" HEIGHT="20"/>'
    "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>\n"
)


@pytest.mark.parametrize("kind, data", [
    ("a PDF", b"%PDF-1.4\n%\x93\x8c\x8b\x9e ReportLab\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ("a scan", None),
    ("ALTO", ALTO.encode()),
])
def test_a_files_bytes_given_as_a_text_page_are_refused(kind: str, data: bytes | None) -> None:
    # They were read as text: a PDF's syntax (decoded as GB18030) or ALTO's tags made
    # the articles.
    with pytest.raises(InputError, match=r"^<bytes>: the bytes of .*not of a text page"):
        ocr.process(_scan_bytes() if data is None else data)


def test_a_mistyped_path_is_no_such_file_not_a_page_of_one_word(tmp_path: Path) -> None:
    # A str naming no file is a page's text; a one-line name of a page file that is not
    # there was read as a page whose one story was its name.
    missing = str(tmp_path / "1911-09-17" / "page-04.tif")
    with pytest.raises(InputError, match="page-04.tif: no such file"):
        ocr.process(missing)
    with pytest.raises(InputError, match="no such file"):
        ocr.process_pages("edition 1911-09-17.pdf")
    with pytest.raises(InputError, match="is a directory"):
        ocr.process(str(tmp_path))
    one_line = ocr.process("Harbour Board votes new wharf at the foot of Queen Street",
                           correct=False)
    words = [w for a in one_line.articles for t in (*a.headlines, *a.paragraphs)
             for w in t.split()]
    assert words[-2:] == ["Queen", "Street"]


def test_no_output_format_is_a_usage_error_not_pages_written_to_nowhere(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p1.txt"
    page.write_text(PAGE, encoding="utf-8")
    for formats in ("", " , "):
        with pytest.raises(SystemExit) as stop:
            main(["process", str(page), "-o", str(tmp_path / "out"), "--format", formats])
        assert stop.value.code == 2
        assert "no output format named" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_mets_of_a_file_says_it_is_a_file(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "batch.jsonl"
    log.write_text("{}\n", encoding="utf-8")
    assert main(["mets", str(log)]) == 1
    err = capsys.readouterr().err
    assert err == (f"newsocr: error: {log}: is a file, not a folder "
                   "(give the OUTDIR of a finished batch)\n")


def test_process_names_inputs_that_fold_to_one_name_apart(tmp_path: Path) -> None:
    # ``Page 4.txt`` from one folder and ``page 4.txt`` from another were written side by
    # side, one file once the outputs are copied to a macOS or Windows disk.
    first, second = tmp_path / "morning" / "Page 4.txt", tmp_path / "evening" / "page 4.txt"
    for path, edition in ((first, "MORNING"), (second, "EVENING")):
        path.parent.mkdir()
        path.write_text(f"{edition} EDITION\n\n" + PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["process", str(first), str(second), "-o", str(out), "--format", "txt"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["Page 4.txt", "page 4-2.txt"]
    assert "EVENING" in (out / "page 4-2.txt").read_text(encoding="utf-8")
