"""ALTO provenance: the ``Processing`` steps of ALTO 3+ and the ``OCRProcessing`` steps of
ALTO 1-2 read into the page model's ``Step``s (which the writer puts back).

Split from ``ocr.readers.alto`` (the page's blocks, lines and words); the file's
``Description`` is read apart from its layout, by local names as everywhere.
"""

from __future__ import annotations

from lxml import etree

from ..model import Step
from ..xmlsafe import children, first_child, local_name


def processing_steps(root: etree._Element) -> tuple[Step, ...]:
    """Provenance from ``Processing`` (ALTO 3+) and ``OCRProcessing`` (ALTO 1-2) steps."""
    desc = first_child(root, "Description")
    if desc is None:
        return ()
    steps: list[Step] = []
    for el in desc:
        if local_name(el) == "Processing":
            steps.append(_step(el, ""))
        elif local_name(el) == "OCRProcessing":
            steps.extend(_step(s, local_name(s)) for s in el
                         if local_name(s).endswith("ProcessingStep"))
    return tuple(steps)


def _step(el: etree._Element, default_action: str) -> Step:
    def text(parent: etree._Element | None, name: str) -> str:
        found = first_child(parent, name) if parent is not None else None
        return (found.text or "").strip() if found is not None else ""

    sw = first_child(el, "processingSoftware")
    actions = [(d.text or "").strip() for d in children(el, "processingStepDescription")]
    params: list[tuple[str, str]] = []
    for line in text(el, "processingStepSettings").splitlines():
        key, sep, value = line.partition("=")
        if sep:
            params.append((key, value))
        elif line.strip():
            params.append(("setting", line))
    return Step(
        software=text(sw, "softwareName") or text(sw, "softwareCreator") or "unknown",
        version=text(sw, "softwareVersion"),
        action="; ".join(a for a in actions if a) or default_action,
        parameters=tuple(params),
    )
