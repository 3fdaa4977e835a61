"""Draw the app icon (resources/icons/kaejon.png and the Windows kaejon.ico) with Qt and Sarabun.

Run once after changing the design: ``.venv/bin/python packaging/make_icon.py``; the two files
it writes are committed. The .ico holds PNG images at 16–256 px (the format Windows Vista and
later read), written here by hand so no imaging library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter  # noqa: E402

from core.resources import resource_path  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL = QColor("#1f4e5f")
LIGHT = QColor("#2f7a8f")


def draw(size: int, family: str) -> QImage:
    """The icon at one size: a rounded teal square with แจ (แก้จน) in white Sarabun."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    radius = size * 0.18
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TEAL)
    p.drawRoundedRect(QRectF(0, 0, size, size), radius, radius)
    p.setBrush(LIGHT)
    p.drawRoundedRect(QRectF(size * 0.12, size * 0.74, size * 0.76, size * 0.09), size * 0.04, size * 0.04)
    font = QFont(family)
    font.setBold(True)
    font.setPixelSize(max(8, int(size * 0.52)))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, -size * 0.08, size, size), Qt.AlignmentFlag.AlignCenter, "แจ")
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide6 wants str
    return bytes(data.data())


def write_ico(path: Path, images: list[tuple[int, bytes]]) -> None:
    """An ICO file whose entries are PNG streams."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "sarabun", "Sarabun-Bold.ttf")))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    out = resource_path("icons")
    out.mkdir(parents=True, exist_ok=True)
    images = [(size, png_bytes(draw(size, family))) for size in SIZES]
    (out / "kaejon.png").write_bytes(dict(images)[256])
    write_ico(out / "kaejon.ico", images)
    print(f"wrote {out / 'kaejon.png'} and {out / 'kaejon.ico'}")
    del app


if __name__ == "__main__":
    main()
