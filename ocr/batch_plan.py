"""What a batch will do: its policy, and one job per page with the settings hash that
decides whether the page's outputs are current (``ocr.batch`` runs the jobs).

A job's outputs are named relative to the output folder and refused if they would
leave it; two inputs that would write the same outputs are refused before any work,
and so are two whose output names differ only in case or Unicode form (one file on
the file systems archives are copied to: macOS and Windows fold names).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .correct import check_files
from .engine_order import OrderMode
from .errors import UsageError
from .files import data_file, file_stem
from .manifest import SKIP, discover, inside, rel_base
from .profiles import Profile, load_profile


@dataclass(frozen=True, slots=True)
class Policy:
    """How a batch treats time, existing output and failures."""

    timeout: float | None = 600.0  #: seconds per page before its worker is killed
    overwrite: bool = False  #: redo pages even when their outputs are current
    retry_failed: bool = False  #: only redo the pages the last run logged as failed
    max_failure_ratio: float = 1.0  #: stop when more than this share of pages failed...
    min_pages: int = 20  #: ...after at least this many pages were tried
    formats: tuple[str, ...] = ("json", "txt", "alto")
    follow_links: bool = False  #: read links in a folder that point outside it
    encoding: str | None = None  #: codec of text pages (default: detected)
    pages: tuple[int, ...] | None = None  #: only these pages of each file (from 1)

    def __post_init__(self) -> None:
        if self.pages is not None and (not self.pages or min(self.pages) < 1):
            raise UsageError("pages are counted from 1")
        if self.timeout is not None and not (math.isfinite(self.timeout) and self.timeout > 0):
            raise UsageError(f"per-page timeout must be a positive number of seconds, "
                             f"not {self.timeout:g}")
        if not 0.0 <= self.max_failure_ratio <= 1.0:  # NaN fails this too
            raise UsageError(f"max failure ratio must be between 0 and 1, "
                             f"not {self.max_failure_ratio:g}")
        if not self.formats:
            raise UsageError("at least one output format is needed")


@dataclass(frozen=True, slots=True)
class Job:
    """One page to process; ``rel`` is its output base relative to the output folder."""

    path: str
    rel: str
    page_id: str
    out_dir: str
    profile: str | None = None
    lang: str = "auto"
    formats: tuple[str, ...] = ("json", "txt", "alto")
    settings_hash: str = ""
    correct: bool = True
    order: OrderMode = "auto"  # --order: keep, rebuild or auto (ocr.engine_order)
    encoding: str | None = None  #: codec of a text page (default: detected)
    skip: str = ""  #: why the page is left out (a link out of the input folder), if it is
    pages: tuple[int, ...] | None = None  #: only these pages of the file; they keep their number



def settings_hash(
    profile: str | None, lang: str, formats: Sequence[str], correct: bool = True,
    order: OrderMode = "auto",
) -> str:
    """What, besides the input, decides a page's outputs; a change redoes the page."""
    from .version import newsocr_version

    loaded = load_profile(profile)
    prof = dataclasses.replace(loaded, path=None)
    blob = repr((newsocr_version(), prof, lang, tuple(formats), correct)
                + ((order,) if order != "auto" else ()) + _data_files(loaded))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _data_files(prof: Profile) -> tuple[str, ...]:
    """Digests of the lexicons and confusion tables ``prof`` names (relative to it, as
    correction reads them): an edited table redoes its pages, as an edited profile does."""
    names = (*prof.correction.lexicons, *prof.correction.confusions)
    paths = [data_file(prof.path, n) for n in names]
    return tuple(_sha256(p.read_bytes()) if os.access(p, os.R_OK) and p.is_file()
                 else "unreadable" for p in paths)  # (refused with its reason in the run)


def plan(
    source: str | Path, out_dir: str | Path, *, profile: str | None = None, lang: str = "auto",
    correct: bool = True, policy: Policy = Policy(), order: OrderMode = "auto",
) -> list[Job]:
    """Jobs for every page of ``source``; two inputs mapping to one output are refused."""
    source, out = Path(source), Path(out_dir)
    root = source if source.is_dir() else source.parent
    jobs: list[Job] = []
    seen: dict[str, tuple[Path, str]] = {}  # folded output base -> input, base
    hashes: dict[tuple[str | None, str], str] = {}
    for row in discover(source, out, policy.follow_links):
        p = Path(row["path"])
        rel = rel_base(p, root, row.get("page_id"))
        if not inside(out, rel):  # read_manifest checks page ids; this is the last word
            where = f"{source}: line {row['line']}: " if "line" in row else f"{p}: "
            raise UsageError(f"{where}its outputs ({rel}.*) would leave {out}")
        key_rel = unicodedata.normalize("NFC", rel).casefold()
        if key_rel in seen:
            other, other_rel = seen[key_rel]
            same = ("the same outputs" if other_rel == rel else
                    "outputs whose names differ only in case or accents, one file where "
                    "names fold (macOS, Windows); give one a page_id in a manifest")
            raise UsageError(f"{p} and {other} would write {same} ({rel}.*)")
        seen[key_rel] = (p, rel)
        prof, lg = row.get("profile") or profile, row.get("lang") or lang
        key = (prof, lg)
        if key not in hashes:
            hashes[key] = settings_hash(prof, lg, policy.formats, correct, order)
            if correct:  # a malformed lexicon or table: exit 2 now, not every page failed
                check_files(load_profile(prof))
            if policy.encoding:  # a forced codec changes what a text page reads as
                hashes[key] = _sha256(f"{hashes[key]} {policy.encoding}".encode())[:16]
            if policy.pages:  # other pages chosen: other outputs
                hashes[key] = _sha256(f"{hashes[key]} pages {policy.pages}".encode())[:16]
        # a link left out is named as the link, not as what it points to (named in SKIP)
        path = p.absolute() if row.get(SKIP) else p.resolve()
        jobs.append(Job(str(path), rel, row.get("page_id") or file_stem(p),
                        str(out.resolve()), prof, lg, policy.formats, hashes[key], correct, order,
                        policy.encoding, row.get(SKIP, ""), policy.pages))
    return jobs


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


