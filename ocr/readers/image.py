"""Load page scans (TIFF, PNG, JPEG; grey or colour; 8 or 16 bits) as numpy arrays.

Why a reader of its own: scans come from many scanners and archives, and the ones that
break a pipeline are the odd ones: 16-bit greys, palette PNGs with transparency,
multi-page TIFFs, EXIF-rotated phone photos, truncated downloads and decompression
bombs. Everything after this module sees one shape: ``uint8`` grey (plus RGB when the
scan is in colour), one ``ScanImage`` per TIFF frame.

The pixel limit (``ScanSettings.max_pixels``, 200 million by default, i.e. a broadsheet
at 600 dpi with room to spare) is checked from the file's header, before any pixel is
decoded; a larger image is refused with an ``InputError``. Only the formats in
``FORMATS`` are parsed (no PostScript, which Pillow would hand to Ghostscript).
Inputs are opened read-only and never modified.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import warnings
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import InputError
from ..files import page_stem
from ..model import Source
from ..profiles import ScanSettings

#: Pillow format names we parse; anything else is refused as "not a page image".
FORMATS = ("PNG", "JPEG", "MPO", "TIFF", "BMP", "WEBP")
#: DPI outside this range in metadata is a placeholder (72, 1, 0), not a measurement.
PLAUSIBLE_DPI = (100.0, 2400.0)
#: More frames than this is not a newspaper issue but a hostile or broken file.
MAX_FRAMES = 1000
DEFAULT_MAX_PIXELS = ScanSettings().max_pixels

_PILLOW_LIMIT = threading.Lock()
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, zlib.error, IndexError, TypeError)


@dataclass(frozen=True, slots=True, eq=False)
class ScanImage:
    """One page image as loaded: ``gray`` (h, w) uint8, ``colour`` (h, w, 3) RGB or None.

    ``dpi`` is from the file's metadata, ``None`` when absent or implausible (the
    preprocessor then estimates it from the text height). ``frame`` counts from 0 within
    a multi-page TIFF of ``frames`` pages; ``mode`` is Pillow's mode of the stored
    pixels (``"I;16"`` for 16-bit grey), kept for provenance.
    """

    gray: np.ndarray
    colour: np.ndarray | None
    dpi: float | None
    source: Source
    frame: int = 0
    frames: int = 1
    mode: str = "L"
    warnings: tuple[str, ...] = field(default=())

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in pixels, as in ``Page.size``."""
        return int(self.gray.shape[1]), int(self.gray.shape[0])

    @property
    def page_id(self) -> str:
        """The file's stem, with ``-pN`` (from 1) when the file holds several pages."""
        stem = Path(self.source.path).stem if self.source.path else "page"
        return page_stem(stem, self.frame + 1, self.frames)


def load_image(
    source: str | Path | bytes,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    frames: tuple[int, ...] | None = None,
) -> list[ScanImage]:
    """Every page of an image file (or of its raw bytes), as ``ScanImage`` objects: the
    whole of ``iter_image`` in a list (a caller that needs the pages together)."""
    return list(iter_image(source, max_pixels=max_pixels, frames=frames))


def iter_image(
    source: str | Path | bytes,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    frames: tuple[int, ...] | None = None,
) -> Iterator[ScanImage]:
    """The pages of an image file (or of its raw bytes), each decoded when it is asked
    for: a 200-page TIFF holds one page's pixels at a time, not all of them (20 frames of
    4000x6000 were 1.2 GB before the first page was read), and a page corrupt late in the
    file fails after the pages before it are out.

    ``frames`` picks TIFF pages (from 0); default all. Raises ``InputError`` naming the
    file for an empty, truncated, unknown or too large image; never decodes more than
    ``max_pixels`` pixels per page.
    """
    if isinstance(source, bytes):
        name: str | Path = "<bytes>"
        data = source
        path_text = None
    else:
        name = Path(source)
        try:
            if name.is_file() and name.stat().st_size > max_file_bytes(max_pixels):
                raise InputError(
                    name,
                    f"is {name.stat().st_size:,} bytes, more than a page of "
                    f"{max_pixels:,} pixels can take (scan.max_pixels); refused",
                )
            data = name.read_bytes()
        except FileNotFoundError:
            raise InputError(name, "no such file") from None
        except IsADirectoryError:
            raise InputError(name, "is a directory, not a page image") from None
        except OSError as exc:
            raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
        path_text = Path(name).name  # the file name: outputs must not depend on where it lay
    if not data:
        raise InputError(name, "is empty (0 bytes)")
    src = Source(path=path_text, sha256=hashlib.sha256(data).hexdigest(), kind="image")
    im = _open(name, data, max_pixels)
    with im:
        count = _frame_count(name, im)
        wanted = range(count) if frames is None else frames
        for i in wanted:  # a page that is not there is refused before any is decoded
            if not 0 <= i < count:
                raise InputError(name, f"has {count} page(s); there is no page {i + 1}")
        for i in wanted:
            yield _decode_frame(name, im, i, count, src, max_pixels)


def max_file_bytes(max_pixels: int) -> int:
    """The largest file worth reading: uncompressed 16-bit RGBA at the pixel limit, plus 1 MB."""
    return max_pixels * 8 + (1 << 20)


def _open(name: str | Path, data: bytes, max_pixels: int) -> Image.Image:
    """Parse the header only; Pillow's own bomb check is aligned with our limit."""
    with _PILLOW_LIMIT, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        saved = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = max_pixels
        try:
            return Image.open(io.BytesIO(data), formats=_formats())
        except Image.DecompressionBombError as exc:
            found = re.search(r"\((\d+) pixels\)", str(exc))
            pixels = int(found[1]) if found else None
            raise InputError(name, _too_large(pixels, max_pixels)) from None
        except UnidentifiedImageError:
            raise InputError(
                name, "is not a page image Pillow can read (PNG, JPEG, TIFF expected)"
            ) from None
        except _DECODE_ERRORS as exc:
            raise InputError(name, f"has a corrupt image header: {_reason(exc)}") from None
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def _formats() -> list[str]:
    """The formats of ``FORMATS`` this Pillow build has (MPO and WEBP are optional)."""
    Image.init()
    return [f for f in FORMATS if f in Image.OPEN]


def _frame_count(name: str | Path, im: Image.Image) -> int:
    try:
        count = int(getattr(im, "n_frames", 1))
    except _DECODE_ERRORS as exc:
        raise InputError(name, f"has a corrupt page directory: {_reason(exc)}") from None
    if count > MAX_FRAMES:
        raise InputError(name, f"claims {count} pages; more than {MAX_FRAMES} is refused")
    return count


def _decode_frame(
    name: str | Path, im: Image.Image, i: int, count: int, src: Source, max_pixels: int
) -> ScanImage:
    try:
        im.seek(i)
    except _DECODE_ERRORS as exc:
        raise InputError(name, f"page {i + 1} cannot be found: {_reason(exc)}") from None
    w, h = im.size
    if w <= 0 or h <= 0:
        raise InputError(name, f"page {i + 1} has no pixels ({w}x{h})")
    if w * h > max_pixels:
        raise InputError(name, _too_large((w, h), max_pixels))
    mode = im.mode
    try:
        im.load()
        frame = _upright(im)
        gray, colour = to_arrays(name, frame)
    except InputError:
        raise
    except MemoryError:
        raise InputError(name, f"page {i + 1} ({w}x{h}) does not fit in memory") from None
    except _DECODE_ERRORS as exc:
        raise InputError(name, f"page {i + 1} is truncated or corrupt: {_reason(exc)}") from None
    dpi, note = _dpi(im.info)
    return ScanImage(
        gray=gray,
        colour=colour,
        dpi=dpi,
        source=src,
        frame=i,
        frames=count,
        mode=mode,
        warnings=(note,) if note else (),
    )


def _upright(im: Image.Image) -> Image.Image:
    """Apply an EXIF orientation, so coordinates match what a viewer shows."""
    try:
        orientation = im.getexif().get(0x0112, 1)
    except _DECODE_ERRORS:
        return im
    return ImageOps.exif_transpose(im) if orientation not in (None, 1) else im


def eight_bit(grey: np.ndarray) -> np.ndarray:
    """uint8 grey from wider integer grey, scaled by the bits its data use.

    Scanners and archival cameras store 10, 12 or 14 bits a pixel in a 16-bit file: a
    fixed shift by 8 would leave a 12-bit page 16 grey levels, which reads as a blank
    page. So the shift is what brings the brightest pixel into 8 bits (none for data
    that fit already; 8 for full-range 16-bit), and the levels keep their proportions."""
    if grey.dtype == np.uint8:
        return grey
    wide = np.clip(grey, 0, 65535).astype(np.uint16, copy=False) if grey.size else grey
    top = int(wide.max()) if wide.size else 0
    return (wide >> max(0, top.bit_length() - 8)).astype(np.uint8)


def to_arrays(name: str | Path, im: Image.Image) -> tuple[np.ndarray, np.ndarray | None]:
    """uint8 grey, and uint8 RGB when the page is in colour (transparency onto white).

    Public: a PDF's scanned page (``readers.pdf``) becomes arrays the same way."""
    mode = im.mode
    if mode in ("1", "L"):
        return np.asarray(im.convert("L"), dtype=np.uint8).copy(), None
    if mode.startswith("I;16") or mode == "I":
        return eight_bit(np.asarray(im)), None
    if mode == "F":
        arr = np.asarray(im, dtype=np.float64)
        lo, hi = float(np.nanmin(arr)), float(np.nanmax(arr))
        scaled = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(arr)
        return np.nan_to_num(scaled).astype(np.uint8), None
    if mode in ("LA", "PA", "RGBA", "La", "RGBa") or (mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(paper, rgba)
    try:
        rgb = im.convert("RGB")
    except ValueError as exc:
        raise InputError(name, f"has an unsupported pixel format {mode!r}: {exc}") from None
    colour = np.asarray(rgb, dtype=np.uint8)
    gray = np.asarray(rgb.convert("L"), dtype=np.uint8).copy()
    sample = colour[::4, ::4].astype(np.int16)
    chroma = np.maximum(
        np.abs(sample[..., 0] - sample[..., 1]), np.abs(sample[..., 1] - sample[..., 2])
    )
    # a grey scan stored as RGB (JPEG noise aside) keeps no colour copy
    coloured = bool(chroma.size) and float((chroma > 12).mean()) > 0.01
    return gray, (colour.copy() if coloured else None)


def _dpi(info: Mapping[Any, Any]) -> tuple[float | None, str | None]:
    """The resolution in the metadata, and a note when it is there but not believable."""
    raw = info.get("dpi")
    if not isinstance(raw, tuple) or not raw:
        return None, None
    try:
        value = float(raw[0])
    except (TypeError, ValueError):
        return None, None
    lo, hi = PLAUSIBLE_DPI
    if lo <= value <= hi:
        return round(value, 2), None
    return None, f"resolution in the file ({value:.0f} dpi) ignored as a placeholder"


def _too_large(size: tuple[int, int] | int | None, max_pixels: int) -> str:
    if isinstance(size, tuple):
        what = f"{size[0]}x{size[1]} = {size[0] * size[1]:,} pixels"
    else:
        what = f"{size:,} pixels" if size else "the image"
    return (
        f"{what} exceeds the limit of {max_pixels:,} pixels "
        "(scan.max_pixels in the layout profile); refused as a possible decompression bomb"
    )


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
