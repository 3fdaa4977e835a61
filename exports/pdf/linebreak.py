"""Line breaking for Thai: lines end only at word boundaries (pythainlp newmm) or spaces.

Thai is written without spaces between words, and reportlab can only break at spaces (a
zero-width space would print as a space). So the app finds the break opportunities itself:

* at whitespace (the space is dropped at the end of a line);
* inside a run of Thai letters, between the words that pythainlp's ``newmm`` finds; never
  before ๆ or ฯ, and never inside an abbreviation such as ศจพ.อ. or น.ส.;
* in ``names`` mode (names of people, codes, numbers) only at whitespace, because a
  dictionary would cut an uncommon name such as ภานุวัฒน์ into syllables;
* never between a person's title and the first name written after it (นางกนกวรรณ, น.ส.ปุณยวีร์,
  เด็กหญิงกัญญาณัฐ are one unit in either mode), so a name that does not fit on a line is
  broken between the first and the last name.

Lines are filled greedily with the *shaped* width of their text. Only a unit wider than a
whole line is cut, between Thai character clusters (or letters), so that nothing is clipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

WORDS = "words"
NAMES = "names"

_THAI_LETTERS = re.compile(r"[\u0E01-\u0E4E]+")
_SPACE = re.compile(r"(\s+)")
_COMBINING = re.compile(r"[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]")
_NO_BREAK_BEFORE = set("ๆฯ.,;:!?)]}%”’/-") | {"\u0E30", "\u0E32", "\u0E33", "\u0E45"}
_NO_BREAK_AFTER = set("([{“‘/-#")
# A person's title written together with the first name: the two are never parted.
TITLES = ("นางสาว", "เด็กชาย", "เด็กหญิง", "นาย", "นาง", "ด.ช.", "ด.ญ.", "น.ส.", "สามเณร", "พระ")
_TITLE = re.compile("^(" + "|".join(re.escape(t) for t in TITLES)
                    + r")(?=[\u0E01-\u0E2E\u0E40-\u0E44])")  # a consonant or a leading vowel


@lru_cache(maxsize=50_000)
def _thai_words(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    return tuple(w for w in word_tokenize(run, engine="newmm", keep_whitespace=False) if w)


def break_points(text: str, *, mode: str = WORDS) -> list[int]:
    """Offsets in ``text`` where a line may end (a space there is dropped). Sorted, no 0 or len."""
    points: set[int] = set()
    pos = 0
    for chunk in _SPACE.split(text):
        if not chunk:
            continue
        if chunk.isspace():
            points.add(pos)
            points.add(pos + len(chunk))
        elif mode == WORDS:  # names mode: a name (title and first name), a code, a number

            for m in _THAI_LETTERS.finditer(chunk):
                run_end = m.end()
                if run_end < len(chunk) and chunk[run_end] == ".":
                    continue  # an abbreviation (ศจพ.อ., น.ส.): one unit
                offset = m.start()
                words = _thai_words(m.group())
                for word in words[:-1]:
                    offset += len(word)
                    if word in TITLES and _TITLE.match(m.group()[offset - m.start() - len(word):]):
                        continue  # นาย|สมชาย: the title stays with the first name
                    points.add(pos + offset)
        pos += len(chunk)
    if mode == WORDS:  # บิดา/มารดา: after a slash between Thai words
        points.update(m.end() for m in re.finditer(r"(?<=[\u0E01-\u0E4E])/(?=[\u0E01-\u0E2E\u0E40-\u0E44])",
                                                     text))
    result = []
    for p in sorted(points):
        if not 0 < p < len(text):
            continue
        before, after = text[p - 1], text[p]
        if _COMBINING.match(after):
            continue  # never between a letter and its vowel or tone mark
        if before == "/" and mode == WORDS and _THAI_LETTERS.match(after) and p >= 2 \
                and _THAI_LETTERS.match(text[p - 2]):
            result.append(p)
            continue
        if not (before.isspace() or after.isspace()) and (
                after in _NO_BREAK_BEFORE or before in _NO_BREAK_AFTER):
            continue
        result.append(p)
    return result


@lru_cache(maxsize=20_000)
def clusters(text: str) -> tuple[str, ...]:
    """Thai character clusters (never a mark without its base), else single letters."""
    from pythainlp.tokenize import subword_tokenize

    parts = subword_tokenize(text, engine="tcc") if _THAI_LETTERS.search(text) else list(text)
    # TCC splits unusual spellings (เข็ followed by a digit) before a mark; a mark always
    # stays with the letter it sits on.
    merged: list[str] = []
    for part in parts:
        if merged and part and _COMBINING.match(part):
            merged[-1] += part
        else:
            merged.append(part)
    return tuple(merged)


def _sub_units(piece: str, base: int, mode: str, fits: Callable[[str], bool]
               ) -> list[tuple[int, int]]:
    """Spans (offset by ``base``) to cut an over-long unit at: the dictionary's words where a
    word fits on a line (a long name), else character clusters."""
    words = _units(piece, WORDS) if mode != WORDS else [(0, len(piece))]
    title = _TITLE.match(piece)
    title_end = base + title.end() if title else -1
    spans: list[tuple[int, int]] = []
    for wa, wb in words:
        if len(words) > 1 and fits(piece[wa:wb]):
            spans.append((base + wa, base + wb))
            continue
        offset = wa
        for cluster in clusters(piece[wa:wb]):
            if spans and spans[-1][1] == title_end:  # never cut right after the title
                spans[-1] = (spans[-1][0], base + offset + len(cluster))
            else:
                spans.append((base + offset, base + offset + len(cluster)))
            offset += len(cluster)
    return spans


# Units that were too wide for their line and had to be cut (tests and the layout checks
# read this; a document laid out well leaves it empty).
forced_cuts: list[str] = []


@dataclass
class Line:
    """One line: its text (no leading or trailing space) and its offsets in the source."""

    text: str
    start: int
    end: int
    # Offsets (relative to ``start``) of the break opportunities inside the line, for justify.
    gaps: list[int] = field(default_factory=list)
    forced: bool = False  # a unit wider than the line had to be cut here


def break_lines(text: str, max_width: float, width: Callable[[str], float], *,
                mode: str = WORDS, first_width: float | None = None,
                cache_key: tuple[str, float] | None = None) -> list[Line]:
    """Fill lines of at most ``max_width`` (measured by ``width``) breaking at word boundaries.

    ``first_width`` is the room of the very first line (a first-line indent). Hard line breaks
    (``\\n``) are kept. An empty text gives one empty line.
    """
    if cache_key is not None:
        # The same label on every one of 500 forms is broken once (``width`` is then the
        # shaped width of ``cache_key``'s font and size).
        return list(_cached_lines(text, max_width, first_width, mode, cache_key, width))
    return _lines(text, max_width, width, mode, first_width)


_line_cache: dict[tuple[object, ...], tuple[Line, ...]] = {}


def _cached_lines(text: str, max_width: float, first_width: float | None, mode: str,
                  font_size: tuple[str, float], width: Callable[[str], float]) -> tuple[Line, ...]:
    key = (text, round(max_width, 3), None if first_width is None else round(first_width, 3),
           mode, font_size)
    found = _line_cache.get(key)
    if found is None:
        if len(_line_cache) > 100_000:
            _line_cache.clear()
        found = tuple(_lines(text, max_width, width, mode, first_width))
        _line_cache[key] = found
    elif any(line.forced for line in found) and len(forced_cuts) < 1000:
        forced_cuts.append(text)  # reported again: every layout that cuts a word says so
    return found


def _lines(text: str, max_width: float, width: Callable[[str], float], mode: str,
           first_width: float | None) -> list[Line]:
    lines: list[Line] = []
    start = 0
    for i, hard in enumerate(text.split("\n")):
        first = first_width if i == 0 and first_width is not None else max_width
        lines.extend(_break_paragraph(hard, start, max_width, width, mode, first))
        start += len(hard) + 1
    return lines


def units(text: str, mode: str = WORDS) -> list[str]:
    """The pieces of ``text`` between break opportunities (spaces are pieces of their own)."""
    return [text[a:b] for a, b in _units(text, mode)]


def _units(text: str, mode: str) -> list[tuple[int, int]]:
    cuts = [0, *break_points(text, mode=mode), len(text)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _break_paragraph(text: str, base: int, line_width: float, width: Callable[[str], float],
                     mode: str, first_width: float) -> list[Line]:
    if not text.strip():
        return [Line("", base, base)]
    units = _units(text, mode)
    lines: list[Line] = []
    current: list[tuple[int, int]] = []
    acc = [0.0]  # the summed widths of the units in ``current``

    def room() -> float:
        return first_width if not lines else line_width

    def fits(start: int, end: int, extra: float) -> bool:
        # Summed unit widths are exact for Thai (no shaping across a word boundary); near the
        # limit the whole candidate is shaped once, for kerning between Latin letters.
        max_width = room()
        estimate = acc[0] + extra
        if estimate > max_width * 1.02:
            return False
        if estimate < max_width * 0.98:
            return True
        return width(text[start:end].rstrip()) <= max_width + 1e-6

    def flush(*, forced: bool = False) -> None:
        while current and text[current[0][0]:current[0][1]].isspace():
            current.pop(0)
        while current and text[current[-1][0]:current[-1][1]].isspace():
            current.pop()
        if not current:
            return
        s, e = current[0][0], current[-1][1]
        gaps = [a - s for a, _ in current[1:]]
        # A single cluster wider than the line cannot be cut: it overflows, and says so.
        forced = forced or width(text[s:e]) > room() + 1e-6
        lines.append(Line(text[s:e], base + s, base + e, gaps, forced))
        current.clear()
        acc[0] = 0.0

    def add(unit: tuple[int, int]) -> None:
        current.append(unit)
        acc[0] += width(text[unit[0]:unit[1]])

    for unit in units:
        a, b = unit
        piece = text[a:b]
        if piece.isspace():
            if current:
                add(unit)
            continue
        candidate_start = current[0][0] if current else a
        if fits(candidate_start, b, width(piece)):
            add(unit)
            continue
        flush()
        if width(piece) <= room() + 1e-6:
            add(unit)
            continue
        # A single unit wider than the whole line: cut it at the dictionary's word boundaries
        # (a long name), then between character clusters, so that nothing is clipped.
        if len(forced_cuts) < 1000:
            forced_cuts.append(piece)
        chunk_start = a
        for sub_a, sub_b in _sub_units(piece, a, mode, lambda t: width(t) <= room()):
            if sub_a > chunk_start and width(text[chunk_start:sub_b]) > room():
                add((chunk_start, sub_a))
                flush(forced=True)
                chunk_start = sub_a
        add((chunk_start, b))
    flush()
    return lines or [Line("", base, base)]


def words_of(lines: Sequence[Line]) -> list[str]:
    """The text of the lines (handy in tests)."""
    return [line.text for line in lines]
