"""The ``newsocr`` console script's entry: Ctrl-C while the package still loads ends with
one line and exit status 130, as it does later, instead of a Python traceback.

It lives outside the ``ocr`` package because importing ``ocr`` loads the pipeline;
nothing else belongs here.
"""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from ocr.cli import main as run
    except KeyboardInterrupt:
        print("newsocr: interrupted", file=sys.stderr)
        return 130
    return run()


if __name__ == "__main__":
    raise SystemExit(main())
