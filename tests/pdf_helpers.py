"""Reading PDFs back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm), as a reader would."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from exports.pdf.layout import PrintableArea

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext …) not installed")


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True,
                          text=True).stdout


def text_of(pdf: Path, *, first: int | None = None, last: int | None = None) -> str:
    """pdftotext's text (NFC), optionally of some pages only."""
    args: list[str | Path] = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return unicodedata.normalize("NFC", _run(*args, pdf, "-"))


def pages_text(pdf: Path) -> list[str]:
    """The text of every page (pdftotext separates pages with a form feed)."""
    return text_of(pdf).split("\f")[:page_count(pdf)]


def lines_of(pdf: Path) -> set[str]:
    """Every extracted line, stripped."""
    return {line.strip() for line in text_of(pdf).splitlines() if line.strip()}


def page_count(pdf: Path) -> int:
    """Pages, as pdfinfo says."""
    match = re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", pdf), re.M)
    assert match, "pdfinfo gave no page count"
    return int(match.group(1))


@dataclass(frozen=True)
class FontRow:
    """One line of pdffonts."""

    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def fonts_of(pdf: Path) -> list[FontRow]:
    """The fonts the PDF uses (pdffonts)."""
    rows = []
    for line in _run("pdffonts", pdf).splitlines()[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object ID
        emb, sub, uni = parts[-5], parts[-4], parts[-3]
        rows.append(FontRow(parts[0], " ".join(parts[1:-6]), emb == "yes", sub == "yes",
                            uni == "yes"))
    return rows


@dataclass(frozen=True)
class Word:
    """A word pdftotext found, with its box in points (origin top left)."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words_of(pdf: Path) -> list[Word]:
    """Every word with its bounding box (pdftotext -bbox)."""
    html = _run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")
    words = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                      r"(.*)</word>", line)
        if m:
            words.append(Word(page, m.group(5), *(float(m.group(i)) for i in range(1, 5))))
    return words


def ink_outside(pdf: Path, area: PrintableArea, *, dpi: int = 40, page: int | None = None
                ) -> list[tuple[int, int, int]]:
    """Pages rendered to images: (page, x, y) of the first dark pixel outside the printable
    area on each page that has one (empty when nothing is drawn outside)."""
    import tempfile

    found = []
    with tempfile.TemporaryDirectory() as tmp:
        args: list[str | Path] = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
        if page is not None:
            args += ["-f", str(page), "-l", str(page)]
        _run(*args, pdf, Path(tmp) / "p")
        for png in sorted(Path(tmp).glob("p-*.png")):
            number = int(png.stem.split("-")[-1])
            image = Image.open(png).convert("L")
            scale = dpi / 72.0
            # One pixel of slack for anti-aliasing at the edge of the area.
            left = int(area.left * scale) - 1
            right = int(area.x1 * scale) + 1
            top = int(area.top * scale) - 1
            bottom = int((area.page_height - area.bottom) * scale) + 1
            strips = [(0, 0, image.width, max(0, top)),  # above
                      (0, min(image.height, bottom), image.width, image.height),  # below
                      (0, 0, max(0, left), image.height),  # left
                      (min(image.width, right), 0, image.width, image.height)]  # right
            for box in strips:
                if box[2] <= box[0] or box[3] <= box[1]:
                    continue
                ink = image.crop(box).point(lambda v: 255 if v < 200 else 0).getbbox()
                if ink is not None:
                    found.append((number, box[0] + ink[0], box[1] + ink[1]))
                    break
    return found
