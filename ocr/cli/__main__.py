"""``python -m ocr.cli``: the ``newsocr`` command without the console script."""

from __future__ import annotations

from . import main

raise SystemExit(main())
