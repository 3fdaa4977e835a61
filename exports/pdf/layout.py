"""A4 pages in government-letter practice (3 cm left, 2 cm right), headers, progress and cancel."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from core.errors import Cancelled, ProgressFn
from core.files import write_atomically
from exports.pdf.flowables import Marker
from exports.pdf.text import BOLD, REGULAR, register_fonts

# Page streams are compressed, not also ASCII85-encoded: without reportlab's C accelerator
# the encoding costs a quarter of a 500-household batch, and a PDF may be binary.
rl_config.useA85 = 0

MARGIN_LEFT = 3 * cm
MARGIN_RIGHT = 2 * cm
MARGIN_TOP = 1.5 * cm
MARGIN_BOTTOM = 1.5 * cm


@dataclass(frozen=True)
class PrintableArea:
    """Where anything may be drawn on a page (in points, origin bottom left)."""

    page_width: float
    page_height: float
    left: float = MARGIN_LEFT
    right: float = MARGIN_RIGHT
    top: float = MARGIN_TOP
    bottom: float = MARGIN_BOTTOM

    @property
    def width(self) -> float:
        return self.page_width - self.left - self.right

    @property
    def x1(self) -> float:
        return self.page_width - self.right

    @property
    def y1(self) -> float:
        return self.page_height - self.top


def printable_area(*, landscape_: bool = False) -> PrintableArea:
    """The printable area of an A4 page."""
    w, h = landscape(A4) if landscape_ else A4
    return PrintableArea(w, h)


@dataclass
class PageInfo:
    """What a header or footer needs: the page number, the total (second pass) and context."""

    number: int
    total: int | None
    context: dict[str, Any]


PageDecorator = Callable[[Canvas, PrintableArea, PageInfo], None]


class _Document(BaseDocTemplate):
    def __init__(self, target: io.BytesIO, *, area: PrintableArea, header_height: float,
                 footer_height: float, decorate: PageDecorator | None, total_pages: int | None,
                 progress: ProgressFn | None, progress_total: int, meta: dict[str, str]) -> None:
        super().__init__(target, pagesize=(area.page_width, area.page_height),
                         leftMargin=area.left, rightMargin=area.right, topMargin=area.top,
                         bottomMargin=area.bottom, initialFontName=REGULAR,
                         lang="th-TH", pageCompression=1, invariant=1, **meta)
        self.area = area
        self.decorate = decorate
        self.total_pages = total_pages
        self.progress = progress
        self.progress_total = progress_total
        self.context: dict[str, Any] = {}
        frame = Frame(area.left, area.bottom + footer_height, area.width,
                      area.page_height - area.top - area.bottom - header_height - footer_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPageEnd=self._page_end)])

    def _page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.decorate is not None:
            canvas.saveState()
            self.decorate(canvas, self.area, PageInfo(canvas.getPageNumber(), self.total_pages,
                                                      self.context))
            canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Marker):
            return
        info = flowable.info
        if info.get("start_page"):
            info = {**info, "first_page": self.canv.getPageNumber()}
        self.context.update(info)
        done = info.get("done")
        if done is not None and self.progress is not None \
                and self.progress(int(done), self.progress_total) is False:
            raise Cancelled()


@dataclass
class BuildResult:
    """What was written."""

    pages: int
    path: Path | None
    data: bytes


def build_pdf(story: Callable[[], Sequence[Flowable]], out: Path | None, *, title: str,
              author: str, subject: str = "", landscape_: bool = False,
              header_height: float = 0.0, footer_height: float = 0.0,
              decorate: PageDecorator | None = None, count_pages: bool = False,
              progress: ProgressFn | None = None, progress_total: int = 0) -> BuildResult:
    """Lay out ``story()`` on A4 and write it to ``out`` (atomically) or only return the bytes.

    With ``count_pages`` the story is laid out twice so that headers can say "page x of y".
    ``progress`` is called from the :class:`Marker` flowables that carry ``done``; returning
    False raises :class:`core.errors.Cancelled` and nothing is written.
    """
    register_fonts()
    area = printable_area(landscape_=landscape_)
    meta = {"title": title, "author": author, "subject": subject, "creator": "KaeJon Desk"}
    total: int | None = None
    if count_pages:
        probe = _Document(io.BytesIO(), area=area, header_height=header_height,
                          footer_height=footer_height, decorate=decorate, total_pages=None,
                          progress=None, progress_total=progress_total, meta=meta)
        probe.build(list(story()))
        total = probe.page
    buffer = io.BytesIO()
    doc = _Document(buffer, area=area, header_height=header_height, footer_height=footer_height,
                    decorate=decorate, total_pages=total, progress=progress,
                    progress_total=progress_total, meta=meta)
    doc.build(list(story()))
    data = buffer.getvalue()
    if out is not None:
        write_atomically(out, data)
    return BuildResult(doc.page, out, data)


__all__ = ["BOLD", "REGULAR", "BuildResult", "PageInfo", "PrintableArea", "build_pdf",
           "printable_area"]
