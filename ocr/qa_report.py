"""QA report renderings: a terminal table and a self-contained HTML page.

The HTML shows, per matched article, the expected and actual text side by side
with each difference marked (rapidfuzz opcodes over grapheme clusters), so a
figure in the table can be traced to the characters behind it. All text is
escaped; the page needs no script, font or network access.
"""

from __future__ import annotations

import html

from .qa import Counts, PageResult, Report, SegmentResult, alignment


def _pct(x: float) -> str:
    return f"{100 * x:6.2f}%"


def table(report: Report, per_segment: bool = True) -> str:
    """A fixed-width table: one row per page (articles indented), then the total."""
    head = (
        f"{'page / article':<32} {'chars':>7} {'CER':>7} {'CER bag':>7}"
        f" {'words':>6} {'WER':>7} {'WER bag':>7}"
    )
    rows = [head, "-" * len(head)]

    def row(name: str, c: Counts) -> str:
        return (
            f"{name[:32]:<32} {c.ref_chars:>7} {_pct(c.cer)} {_pct(c.cer_bag)}"
            f" {c.ref_words:>6} {_pct(c.wer)} {_pct(c.wer_bag)}"
        )

    for p in report.pages:
        rows.append(row(p.page_id + (f"  ({p.problem})" if p.problem else ""), p.counts))
        if per_segment and p.articles:
            for s in p.segments:
                rows.append(row("  " + _segment_name(s), s.counts))
    rows.append("-" * len(head))
    rows.append(row(f"total ({len(report.pages)} pages)", report.total))
    return "\n".join(rows)


def _segment_name(s: SegmentResult) -> str:
    if s.ref and s.hyp:
        return s.ref.id if s.ref.id == s.hyp.id else f"{s.ref.id} ~ {s.hyp.id}"
    return f"{s.ref.id} (missing)" if s.ref else f"{s.hyp.id if s.hyp else '?'} (extra)"


_CSS = """
body { font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; } h3 { font-size: 1em; }
table.fig { border-collapse: collapse; margin: .5em 0; }
table.fig td, table.fig th { border: 1px solid #bbb; padding: 2px 8px; text-align: right; }
table.fig td:first-child, table.fig th:first-child { text-align: left; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-bottom: 1em; }
.side { white-space: pre-wrap; border: 1px solid #ccc; padding: 8px; background: #fafafa;
        line-height: 1.5; font-size: 14px; }
.side h4 { margin: 0 0 4px 0; font-size: 12px; color: #666; }
del { background: #f8b4b4; color: #700; text-decoration: line-through; }
ins { background: #b4f0b4; color: #050; text-decoration: none; }
.sub { background: #fde68a; color: #630; }
.bad { color: #b00; font-weight: bold; }
.legend span { margin-right: 1em; padding: 0 4px; }
"""


def _figures_row(name: str, c: Counts) -> str:
    cells = [c.ref_chars, _pct(c.cer), _pct(c.cer_bag), c.ref_words, _pct(c.wer), _pct(c.wer_bag)]
    return "<tr><td>" + html.escape(name) + "</td>" + "".join(
        f"<td>{html.escape(str(x).strip())}</td>" for x in cells
    ) + "</tr>"


_FIG_HEAD = (
    "<tr><th>page / article</th><th>chars</th><th>CER</th><th>CER bag</th>"
    "<th>words</th><th>WER</th><th>WER bag</th></tr>"
)


def _marked(seg: SegmentResult) -> tuple[str, str]:
    """Expected and actual HTML with deletions, insertions and substitutions marked."""
    left: list[str] = []
    right: list[str] = []
    ops = alignment(seg.ref.text if seg.ref else "", seg.hyp.text if seg.hyp else "")
    for tag, a, b in ops:
        a_, b_ = html.escape(a), html.escape(b)
        if tag == "equal":
            left.append(a_)
            right.append(b_)
        elif tag == "delete":
            left.append(f"<del>{a_}</del>")
        elif tag == "insert":
            right.append(f"<ins>{b_}</ins>")
        else:
            left.append(f'<span class="sub">{a_}</span>')
            right.append(f'<span class="sub">{b_}</span>')
    return "".join(left), "".join(right)


def _page_html(p: PageResult) -> list[str]:
    out = [f"<h2>Page {html.escape(p.page_id)}</h2>"]
    if p.problem:
        out.append(f'<p class="bad">{html.escape(p.problem)}</p>')
    out.append('<table class="fig">' + _FIG_HEAD + _figures_row("whole page", p.counts))
    out += [_figures_row(_segment_name(s), s.counts) for s in p.segments if p.articles]
    out.append("</table>")
    for s in p.segments:
        left, right = _marked(s)
        title = html.escape(_segment_name(s))
        out.append(
            f"<h3>{title} &mdash; CER {_pct(s.counts.cer).strip()}, "
            f"WER {_pct(s.counts.wer).strip()}</h3>"
            '<div class="pair">'
            f'<div class="side"><h4>expected</h4>{left}</div>'
            f'<div class="side"><h4>actual</h4>{right}</div></div>'
        )
    return out


def to_html(report: Report, title: str = "newsocr QA report") -> str:
    """A self-contained HTML report (inline CSS, no script)."""
    body = [
        f"<h1>{html.escape(title)}</h1>",
        '<p class="legend"><span><del>deleted</del></span><span><ins>inserted</ins></span>'
        '<span class="sub">substituted</span> &mdash; CER/WER order-aware (Levenshtein), '
        "&ldquo;bag&rdquo; order-free (multiset difference).</p>",
        '<table class="fig">' + _FIG_HEAD
        + _figures_row(f"total ({len(report.pages)} pages)", report.total) + "</table>",
    ]
    for p in report.pages:
        body += _page_html(p)
    return (
        '<!DOCTYPE html>\n<html lang="und"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
