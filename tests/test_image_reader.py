"""The image reader on every fixture format, and on the files that break pipelines:
truncated, empty, mislabelled, unknown, decompression bombs, odd pixel formats."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES
from PIL import Image

from ocr.errors import InputError
from ocr.preprocess import preprocess
from ocr.readers.image import ScanImage, load_image

IMAGES = FIXTURES / "images"
TRUTHS = sorted(IMAGES.glob("*.truth.json"))


def truth_of(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def ink_inside_and_outside(scan: ScanImage, truth: dict) -> tuple[float, float]:
    """Share of dark pixels inside the body blocks and outside every block."""
    dark = scan.gray < 128
    body = np.zeros(dark.shape, dtype=bool)
    anywhere = np.zeros(dark.shape, dtype=bool)
    for b in truth["blocks"]:
        x, y, w, h = b["box"]
        anywhere[max(0, y - 3) : y + h + 3, max(0, x - 3) : x + w + 3] = True
        if b["kind"] == "body":
            body[y : y + h, x : x + w] = True
    return float(dark[body].mean()), float(dark[~anywhere].mean())


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_every_fixture_page_loads_as_uint8_grey(truth_path: Path) -> None:
    truth = truth_of(truth_path)
    path = IMAGES / truth["image"]
    before = path.read_bytes()
    scans = load_image(path)
    scan = scans[truth["frame"]]
    assert scan.size == tuple(truth["size"])
    assert scan.gray.dtype == np.uint8 and scan.gray.ndim == 2
    assert scan.frame == truth["frame"] and scan.frames == len(scans)
    assert scan.source.kind == "image" and scan.source.path == path.name
    assert scan.source.sha256 == hashlib.sha256(before).hexdigest()
    assert path.read_bytes() == before, "the reader must never modify its input"
    # the text is dark where the truth puts the body blocks, whatever the storage format
    inside, outside = ink_inside_and_outside(scan, truth)
    assert inside > 0.04 and outside < 0.005, (inside, outside)


def test_formats_modes_and_dpi() -> None:
    by_name = {p.name: load_image(p) for p in sorted(IMAGES.iterdir()) if ".truth" not in p.name}
    tiff = by_name["zh5-en4-2page.tif"]
    assert [s.page_id for s in tiff] == ["zh5-en4-2page-p1", "zh5-en4-2page-p2"]
    assert tiff[0].dpi == pytest.approx(150) and tiff[0].colour is None
    assert not np.array_equal(tiff[0].gray, tiff[1].gray)
    grey16 = by_name["en-4col-grey16.png"][0]
    assert grey16.mode.startswith("I;16") and grey16.colour is None
    # 16-bit grey is scaled down, not clipped: the paper stays near white, not saturated text
    assert 200 < float(grey16.gray.mean()) < 250 and grey16.gray.min() < 60
    colour = by_name["en-3col-colour.png"][0]
    assert colour.colour is not None and colour.colour.shape == (1754, 1240, 3)
    assert by_name["zh-4col-clean.png"][0].colour is None
    assert by_name["zh-6col-heavy.jpg"][0].dpi is None  # saved without density: estimate later
    assert by_name["zh-4col-clean.png"][0].dpi == pytest.approx(150, abs=0.1)


@pytest.mark.parametrize("bits", [10, 12, 14])
@pytest.mark.parametrize("fmt", ["PNG", "TIFF"])
def test_grey_of_fewer_bits_in_a_16_bit_file_reads_as_the_page(
    tmp_path: Path, bits: int, fmt: str
) -> None:
    """A scanner's 10-14 bit grey stored in a 16-bit file keeps its grey levels: shifted
    by a fixed 8 bits a 12-bit page kept 16 levels and was read as a blank page."""
    page = load_image(IMAGES / "zh-4col-clean.png")[0].gray
    wide = page.astype(np.uint16) << (bits - 8)
    path = tmp_path / f"page-{bits}.{fmt.lower()}"
    Image.fromarray(wide).save(path, format=fmt)
    scan = load_image(path)[0]
    assert np.array_equal(scan.gray, page)
    assert np.array_equal(preprocess(wide).gray, preprocess(page).gray)


def test_frames_can_be_chosen_and_bytes_are_accepted() -> None:
    path = IMAGES / "zh5-en4-2page.tif"
    second = load_image(path, frames=(1,))
    assert len(second) == 1 and second[0].frame == 1 and second[0].page_id.endswith("-p2")
    with pytest.raises(InputError, match="no page 3"):
        load_image(path, frames=(2,))
    from_bytes = load_image(path.read_bytes())
    assert len(from_bytes) == 2 and from_bytes[0].source.path is None
    assert np.array_equal(from_bytes[1].gray, second[0].gray)


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def huge_png(w: int, h: int) -> bytes:
    """A valid PNG header claiming w x h grey pixels, with almost no data behind it."""
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1000)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


def sparse_tiff(w: int, h: int) -> bytes:
    """A little-endian TIFF whose one strip claims w*h bytes the file does not hold."""
    entries = [(256, 4, w), (257, 4, h), (258, 3, 8), (259, 3, 1), (262, 3, 1),
               (273, 4, 8), (277, 3, 1), (278, 4, h), (279, 4, w * h)]
    ifd = struct.pack("<H", len(entries))
    for tag, typ, value in entries:
        ifd += struct.pack("<HHI", tag, typ, 1)
        ifd += struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value)
    ifd += struct.pack("<I", 0)
    return b"II*\0" + struct.pack("<I", 8) + ifd


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("empty.png", lambda: b"", "empty"),
        ("notes.png", lambda: "第一版 要闻\nThis is a text file.\n".encode(), "not a page image"),
        ("random.tif", lambda: bytes(np.random.default_rng(1).integers(0, 256, 5000, np.uint8)),
         "not a page image"),
        ("anim.gif", lambda: _gif(), "not a page image"),
        ("bomb.png", lambda: huge_png(30000, 30000), "exceeds the limit"),
        ("bomb.tif", lambda: sparse_tiff(30000, 30000), "exceeds the limit"),
        ("short.png", lambda: (IMAGES / "zh-4col-clean.png").read_bytes()[:60000], "truncated"),
        ("short.jpg", lambda: (IMAGES / "en-5col-heavy.jpg").read_bytes()[:40000], "truncated"),
        ("header.png", lambda: (IMAGES / "zh-4col-clean.png").read_bytes()[:20], "corrupt"),
    ],
)
def test_bad_files_are_refused_with_one_line(tmp_path: Path, name: str, make, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(InputError) as err:
        load_image(path)
    message = str(err.value)
    assert message.startswith(str(path)) and "\n" not in message
    assert problem in message


def _gif() -> bytes:
    buf = io.BytesIO()
    Image.new("L", (20, 20), 255).save(buf, "GIF")
    return buf.getvalue()


def test_pixel_limit_is_the_profile_setting() -> None:
    page = IMAGES / "zh-4col-clean.png"
    with pytest.raises(InputError, match="2,174,960 pixels exceeds the limit of 2,000,000"):
        load_image(page, max_pixels=2_000_000)
    assert load_image(page, max_pixels=1240 * 1754)[0].size == (1240, 1754)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_image(tmp_path / "absent.png")
    with pytest.raises(InputError, match="directory"):
        load_image(tmp_path)


def test_exif_rotation_transparency_and_bilevel(tmp_path: Path) -> None:
    im = Image.new("L", (300, 200), 255)
    im.paste(0, (0, 0, 50, 50))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    im.save(tmp_path / "phone.jpg", exif=exif)
    scan = load_image(tmp_path / "phone.jpg")[0]
    assert scan.size == (200, 300)
    assert scan.gray[:50, -50:].mean() < 40  # the black corner is now top right

    rgba = Image.new("RGBA", (40, 30), (0, 0, 0, 0))
    rgba.paste((10, 10, 10, 255), (0, 0, 10, 10))
    rgba.save(tmp_path / "alpha.png")
    scan = load_image(tmp_path / "alpha.png")[0]
    assert scan.gray[20, 30] == 255 and scan.gray[5, 5] < 20  # transparent is paper

    Image.new("1", (64, 48), 1).save(tmp_path / "fax.tif", compression="group4")
    scan = load_image(tmp_path / "fax.tif")[0]
    assert scan.size == (64, 48) and int(scan.gray.min()) == 255 and scan.mode == "1"


def test_placeholder_resolution_is_ignored_with_a_note(tmp_path: Path) -> None:
    Image.new("L", (50, 40), 255).save(tmp_path / "web.png", dpi=(72, 72))
    scan = load_image(tmp_path / "web.png")[0]
    assert scan.dpi is None and "72 dpi" in scan.warnings[0]
    Image.new("L", (50, 40), 255).save(tmp_path / "scan.tif", dpi=(400, 400))
    assert load_image(tmp_path / "scan.tif")[0].dpi == pytest.approx(400)


def test_all_white_and_all_black_pages_load(tmp_path: Path) -> None:
    for value in (0, 255):
        path = tmp_path / f"flat{value}.png"
        Image.new("L", (620, 877), value).save(path)
        scan = load_image(path)[0]
        assert scan.gray.shape == (877, 620) and int(scan.gray.mean()) == value


def test_a_header_just_over_the_limit_is_refused_before_decoding(tmp_path: Path) -> None:
    """Between the limit and twice it Pillow only warns: our own check must refuse it."""
    path = tmp_path / "tall.png"
    path.write_bytes(huge_png(15000, 14000))  # 210 million pixels > 200 million
    with pytest.raises(InputError, match="15000x14000 = 210,000,000 pixels exceeds"):
        load_image(path)


def test_a_file_too_big_for_any_allowed_page_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.tif"
    with path.open("wb") as f:
        f.truncate(3 << 20)  # sparse: costs nothing on disk
    with pytest.raises(InputError, match="more than a page of 1,000 pixels"):
        load_image(path, max_pixels=1000)
