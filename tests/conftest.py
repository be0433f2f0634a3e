"""Shared test helpers: paths to fixtures and to the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
#: Real pages from public collections; CI always has it beside the clone, a user's clone may not.
CORPUS = ROOT.parent / "shared" / "corpus"
#: The vendored official ALTO 4.4 schema (ocr/schemas), so validation needs no corpus.
ALTO_XSD = ROOT / "ocr" / "schemas" / "alto-4-4.xsd"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared/corpus is not beside this clone"
)
