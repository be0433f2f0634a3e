"""The allocator keeps a page's freed arrays for the next ones (``ocr.runtime.keep_freed_memory``).

Run in a fresh interpreter each time: the setting lasts for the process.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import resource, sys
import numpy as np
from ocr.runtime import keep_freed_memory
took = keep_freed_memory() if sys.argv[1] == "on" else None
shape = (3508, 2480)  # a 300 dpi A4 page

def page_arrays():
    # what a page's steps make and drop: grey copies, masks, labels, float densities
    a = np.full(shape, 255, np.uint8)
    b = a < 128
    c = np.zeros(shape[0] * shape[1] // 4 * 3, np.int32)
    c[::512] = 1
    d = a.copy()
    d[::64] = 0
    e = b.astype(np.float32)  # 35 MB: above any size glibc would take from its heap itself
    del a, b, c, d, e

page_arrays()  # the heap grows to a page once
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(3):
    page_arrays()
print(took, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> tuple[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True,
        timeout=120,
    ).stdout.split()
    return out[0], int(out[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_a_pages_arrays_reuse_freed_memory_instead_of_faulting_it_in_again() -> None:
    took, faults = _faults("on")
    assert took == "True"
    pages = 3 * (3508 * 2480 * 10) // 4096  # 4 KiB pages the three rounds touch
    assert faults < pages // 20, f"{faults} page faults for {pages} pages touched"
    _, untuned = _faults("off")
    assert untuned > 4 * max(faults, 1)


LIBRARY_CALL = """
import sys
import numpy as np
import ocr
from ocr.runtime import keep_freed_memory
from PIL import Image, ImageDraw
img = Image.new("L", (1240, 400), 255)
ImageDraw.Draw(img).text((100, 100), "Council votes on the harbour bridge", fill=0)
img.save(sys.argv[1])
ocr.process_pages(sys.argv[1], lang="en", correct=False)
print(keep_freed_memory.cache_info().currsize)
"""


def test_a_library_call_leaves_the_callers_allocator_as_it_was(tmp_path) -> None:  # noqa: ANN001
    # The setting is the newsocr program's (and its workers'); a pipeline importing ocr
    # and reading a scan keeps the allocator it set up.
    out = subprocess.run(
        [sys.executable, "-c", LIBRARY_CALL, str(tmp_path / "page.png")],
        capture_output=True, text=True, check=True, timeout=300,
    ).stdout.split()
    assert out[-1] == "0"
