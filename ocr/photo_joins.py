"""Which photo item a caption or credit read in the walk belongs to.

Assembly walks the page's blocks in reading order and puts each caption and credit on a
photo item (``drafts.PhotoDraft``). On a scan the photo above says whose it is; in text
without positions an extractor writes a photo's caption and credit apart (a heading, a
column's piece or the next photo's credit between them), so these tests read the kinds
around the block.
"""

from __future__ import annotations

from .caption_places import HEADINGS_BETWEEN
from .captions import capitals_title
from .drafts import Draft, PhotoDraft
from .markers import run_in_credit
from .model import BODY, CAPTION, CREDIT, HEADING_KINDS, Block, BlockKind
from .profiles import CompiledMarkers
from .script import ANY_CJK
from .typography import ends_sentence, text_width


def joins_photo(photo: PhotoDraft, ordered: list[Block], pos: int, markers: CompiledMarkers,
                textual: bool) -> bool:
    """Whether the caption or credit at ``pos`` is the photo's read last: right after it
    (or after its title, ``titled_after_credit``), and not the next photo's."""
    return ((photo.end == pos - 1 or textual and (titled_after_credit(photo, ordered, pos)
                                                   or credit_past_heading(photo, ordered, pos)
                                                   or credit_past_column(photo, ordered, pos)))
            and not captioned(photo, ordered[pos].kind, markers)
            and not (textual and stacked_over_caption(photo, ordered, pos)))


def across_opening(
    photo: PhotoDraft | None, block: Block, current: Draft | None, pos: int
) -> bool:
    """Text without positions: an extractor may write a story's opening line between a
    photo's caption and its credit (``地铁3号线中山广场站施工现场。`` / ``本报讯（记者
    林志远）6月20`` / ``通讯员 赵明 摄``): the credit (or caption) is still that photo's
    when the one block between opened the article, in a sentence the credit cut, and the
    photo lacks its kind."""
    if photo is None or photo.end != pos - 2 or current is None or current.start != pos - 1:
        return False
    opening = current.blocks[-1] if current.blocks else None
    return (opening is not None and len(opening.lines) == 1 and not ends_sentence(opening.text)
            and all(b.kind is not block.kind for b in photo.blocks))


def photo_above(photos: list[PhotoDraft], block: Block) -> PhotoDraft | None:
    """On a scan, the photo item printed just above ``block`` (a credit the reading order
    put after a column of text)."""
    if block.box is None:
        return None
    box, best, best_gap = block.box, None, 2.0 * block.box.h
    for photo in photos:
        above = photo.blocks[-1].box
        if above is None or min(above.right, box.right) <= max(above.x, box.x):
            continue
        gap = box.y - above.bottom
        if -box.h / 2 <= gap <= best_gap:
            best, best_gap = photo, gap
    return best


def stacked_over_caption(photo: PhotoDraft, ordered: list[Block], pos: int) -> bool:
    """In text without positions, the credit at ``pos`` comes right after a photo that
    holds one credit only, and a caption follows it: two photos' credits stacked over
    the second one's caption (``ALICIA MONTERO/…`` / ``JORDAN PIKE/…`` / ``Members of
    the Westfield Community Band…``); the caption is the nearer credit's, the first
    photo's caption stands elsewhere."""
    return (ordered[pos].kind is CREDIT and [b.kind for b in photo.blocks] == [CREDIT]
            and pos + 1 < len(ordered) and ordered[pos + 1].kind is CAPTION)


def credit_past_heading(photo: PhotoDraft, ordered: list[Block], pos: int) -> bool:
    """In text without positions, the credit at ``pos`` is the photo's whose caption
    stands before the heading matter right over it (caption / ``文化`` / credit:
    ``caption_places.caption_over_heading``)."""
    between = ordered[photo.end + 1 : pos]
    return (ordered[pos].kind is CREDIT and [b.kind for b in photo.blocks] == [CAPTION]
            and 0 < len(between) <= HEADINGS_BETWEEN
            and all(b.kind in HEADING_KINDS for b in between))


def credit_past_column(photo: PhotoDraft, ordered: list[Block], pos: int) -> bool:
    """In text without positions, the credit at ``pos`` is the photo's whose caption
    stands over a piece of the column beside the photo, right over the credit (caption /
    ``…不宜出海作业，`` / ``海水养殖户要注意防范。`` / credit; caption / paragraph / credit:
    ``caption_places.caption_over_column``), and no caption of its own follows it."""
    between = ordered[photo.end + 1 : pos]
    if (ordered[pos].kind is not CREDIT or [b.kind for b in photo.blocks] != [CAPTION]
            or not 1 <= len(between) <= 2 or any(b.kind is not BODY for b in between)
            or ANY_CJK.search(between[-1].text) is None
            or (pos + 1 < len(ordered) and ordered[pos + 1].kind is CAPTION)):
        return False
    if len(between) == 2:
        return not ends_sentence(between[0].text)
    caption = max(text_width(ln.text) for ln in photo.blocks[0].lines)
    return len(between[0].lines) >= 2 and caption > max(
        text_width(ln.text) for ln in between[0].lines)


def titled_after_credit(photo: PhotoDraft, ordered: list[Block], pos: int) -> bool:
    """In text without positions, the caption at ``pos`` is the photo's whose credit
    stands right before the photo's title (credit / ``SPRING AT LAST`` / caption:
    ``captions.capitals_title``), the title between them; not when a credit follows the
    caption (photos stacked: that one is the caption's)."""
    return (ordered[pos].kind is CAPTION and [b.kind for b in photo.blocks] == [CREDIT]
            and photo.end == pos - 2 and ordered[pos - 1].kind in HEADING_KINDS
            and capitals_title(ordered[pos - 1])
            and not (pos + 1 < len(ordered) and ordered[pos + 1].kind is CREDIT))


def captioned(photo: PhotoDraft, kind: BlockKind, markers: CompiledMarkers) -> bool:
    """A caption right after a photo that has its caption and, last, its credit is the
    next photo's: photos set side by side or stacked are written caption, credit,
    caption, credit, and one photo's caption ends at its credit, on a line of its own
    or run in (``…收割早稻。（通讯员 王晓琳 摄）``); a photo whose credit was read first, set
    over its caption, ends at its caption's last sentence. So is a credit after a photo that has
    both: two photos' credits stacked between their captions (caption, credit, credit,
    caption)."""
    kinds = [b.kind for b in photo.blocks]
    last = photo.blocks[-1]
    if kind is CREDIT:
        return CREDIT in kinds and CAPTION in kinds
    return kind is CAPTION and CAPTION in kinds and (
        kinds[-1] is CREDIT
        or (kinds[-1] is CAPTION and run_in_credit(last.text, markers) is not None)
        or (kinds[0] is CREDIT and kinds[-1] is CAPTION and ends_sentence(last.text)))
