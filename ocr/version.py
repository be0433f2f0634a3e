"""newsocr's own version, as provenance (ALTO ``Processing``, JSON ``steps``) records it."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version


@cache
def newsocr_version() -> str:
    """The installed package's version; ``0+unknown`` from a source tree never installed."""
    try:
        return version("newsocr")
    except PackageNotFoundError:
        return "0+unknown"
