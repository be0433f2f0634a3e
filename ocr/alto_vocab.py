"""The ALTO words newsocr's writer puts in and its reader looks for, owned by neither.

A reader never imports a writer: both import these.
"""

from __future__ import annotations

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"
#: Tag TYPEs newsocr writes and its reader understands.
KIND_TAG = "blockKind"
ARTICLE_TAG = "article"
PHOTO_TAG = "photo"
COLUMN_TAG = "column"
#: ``ALTERNATIVE/@PURPOSE`` of the OCR reading kept for a corrected word.
OCR_PURPOSE = "ocr"
