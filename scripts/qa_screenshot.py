"""Render the QA report of fixtures/qa in headless Chromium: docs/qa-report.png.

The test suite uses ``screenshot`` to check that the HTML report really renders;
run this script to refresh the picture in the docs.

Run: .venv/bin/python -m scripts.qa_screenshot [OUT.png]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.common import ROOT

CHROMIUM = "/usr/bin/chromium"


def screenshot(html: Path, png: Path, size: str = "1200,900") -> None:
    """Headless Chromium, no network or profile of its own beyond a throw-away folder."""
    with tempfile.TemporaryDirectory(prefix="newsocr-chromium-") as profile:
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", f"--screenshot={png}",
             f"--window-size={size}", html.resolve().as_uri()],
            check=True, capture_output=True, timeout=120,
        )


def main(argv: list[str] | None = None) -> int:
    from ocr.qa_load import diff_paths
    from ocr.qa_report import to_html

    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "docs" / "qa-report.png"
    qa = ROOT / "fixtures" / "qa"
    report = diff_paths(qa / "expected", qa / "actual")
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        html.write_text(to_html(report, "newsocr QA: fixtures/qa"), encoding="utf-8")
        screenshot(html, out, "1200,1400")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
