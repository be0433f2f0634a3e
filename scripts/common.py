"""Paths and loaders every script needs, in one place.

Why: each script used to work out the repository root, the ../shared folder and how to
import ../shared/devset/score_text.py on its own (by patching ``sys.path``); the copies
drifted. Scripts import these names instead.
"""

from __future__ import annotations

import importlib.util
import resource
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image

#: The repository root (this file is scripts/common.py).
ROOT = Path(__file__).resolve().parent.parent
#: Fixtures the scripts read and write.
FIXTURES = ROOT / "fixtures"
#: The read-only corpus and dev set beside the clone (absent on a fresh machine).
SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset"
CORPUS = SHARED / "corpus"


def load_score_text(folder: Path = DEVSET) -> Callable[..., Any]:
    """The dev set's own scorer, ``score`` from FOLDER/score_text.py (../shared/devset).

    Loaded from its file path so that the scripts need not put ../shared on
    ``sys.path`` (and it is never copied into the repo); raises FileNotFoundError when
    the scorer is not there.
    """
    path = folder / "score_text.py"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no dev-set scorer beside this clone")
    spec = importlib.util.spec_from_file_location("score_text", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    score: Callable[..., Any] = module.score
    return score


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tesseract_text(im: Image.Image, tmp: Path, lang: str, psm: int = 6) -> str:
    """What the real ``tesseract`` CLI prints for ``im`` (saved as PNG in folder ``tmp``).

    Why: the confusion-table makers read rendered pages the way a user's Tesseract would,
    one thread and no user config (a fixed ``PATH``, ``OMP_THREAD_LIMIT=1``), so tables
    made on different machines agree.
    """
    src = tmp / "page.png"
    im.save(src)
    return subprocess.run(
        ["tesseract", str(src), "-", "-l", lang, "--psm", str(psm)],
        capture_output=True,
        text=True,
        check=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
    ).stdout
