"""The Thai line breaker: lines end only between words, fill the room, and lose no text."""

from __future__ import annotations

import itertools

from hypothesis import assume, given
from hypothesis import strategies as st

from exports.pdf.linebreak import NAMES, WORDS, break_lines, break_points, units
from exports.pdf.text import REGULAR, text_width

# Words that newmm finds as they are (asserted below), with the letters that tone marks and
# vowels sit on: a break inside any of them would be a visible mistake.
VOCABULARY = ("ครัวเรือน", "ผู้ใหญ่บ้าน", "ญี่ปุ่น", "น้ำ", "ปู่", "ฐาน", "ช่วยเหลือ",
              "หน่วยงาน", "สอบทาน", "ข้อมูล", "เป้าหมาย", "ความยากจน", "อำเภอ", "จังหวัด",
              "ลำปาง", "โรงเรียน", "สุขภาพ", "รายได้", "ที่อยู่อาศัย", "เกษตรกร")


def width16(text: str) -> float:
    return text_width(text, REGULAR, 16)


WIDEST = max(width16(w) for w in VOCABULARY) + 1  # a line that holds any word


def rebuilt(text: str, lines: list) -> str:  # type: ignore[type-arg]
    """The source text without the spaces dropped at line ends."""
    return "".join(text[line.start:line.end] for line in lines)


def test_the_vocabulary_is_what_newmm_sees() -> None:
    for word in VOCABULARY:
        assert units(word) == [word]


@given(st.lists(st.sampled_from((*VOCABULARY, " ")), min_size=1, max_size=40),
       st.floats(min_value=WIDEST, max_value=460))
def test_no_line_ends_inside_a_word(words: list[str], room: float) -> None:
    text = "".join(words).strip()
    assume(text)
    # Only texts that the dictionary segments back into the same words: then every word
    # boundary of the text is known, and nothing else may end a line.
    boundaries = {0}
    offset = 0
    for w in words:
        offset += len(w)
        boundaries.add(offset)
    assume(set(break_points("".join(words))) <= boundaries)
    lines = break_lines(text, room, width16)
    lead = len("".join(words)) - len("".join(words).lstrip())
    for line in lines:
        assert line.start + lead in boundaries
        assert line.end + lead in boundaries
        assert not line.forced
        assert width16(line.text) <= room + 0.01
    # Nothing lost, nothing added: the lines are the text without the spaces at the breaks.
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")


@given(st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=30),
       st.floats(min_value=WIDEST, max_value=400))
def test_lines_are_filled(words: list[str], room: float) -> None:
    text = "".join(words)
    lines = break_lines(text, room, width16)
    cuts = set(break_points(text))
    for line, following in itertools.pairwise(lines):
        # The next unit would not have fitted on this line (greedy, no early breaks).
        next_cut = min([c for c in cuts if c > following.start] + [len(text)])
        assert width16(text[line.start:next_cut]) > room
    assert rebuilt(text, lines) == text


@given(st.text(alphabet="กขคงจฉชซญฐณดตถทนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ่้๊๋็์ๆ .,0123456789",
               min_size=1, max_size=120), st.floats(min_value=20, max_value=300))
def test_any_text_is_kept_whole_and_inside_the_room(text: str, room: float) -> None:
    lines = break_lines(text, room, width16)
    assert "".join(rebuilt(text, lines).split()) == "".join(text.split())
    for line in lines:
        if not line.forced:
            assert width16(line.text) <= room + 0.01
        # Even a cut word never separates a tone mark or vowel from the letter before it.
        if line.text and line.start > 0 and "\u0e01" <= text[line.start - 1] <= "\u0e2e":
            first = line.text[0]
            mark = first == "\u0e31" or "\u0e34" <= first <= "\u0e3a" or "\u0e47" <= first <= "\u0e4e"
            assert not mark, (text, line)


def test_long_thai_sentence_breaks_between_words() -> None:
    text = ("ศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจนอำเภอเมืองลำปางขอส่งต่อครัวเรือน"
            "เป้าหมายเพื่อรับการช่วยเหลือจากหน่วยงานภาคีเครือข่าย")
    lines = break_lines(text, 150, width16)
    assert len(lines) > 3
    points = set(break_points(text))
    assert all(line.end in points for line in lines[:-1])
    assert "ครัวเรือน" in {w for line in lines for w in units(line.text)}


def test_names_break_only_at_spaces() -> None:
    name = "นางสาวปุณยวีร์ ศรีปัญญา"
    assert set(break_points(name, mode=NAMES)) == {14, 15}  # the space, never after the title
    lines = break_lines(name, width16("นางสาวปุณยวีร์") + 1, width16, mode=NAMES)
    assert [line.text for line in lines] == ["นางสาวปุณยวีร์", "ศรีปัญญา"]
    # In words mode the dictionary would cut the uncommon first name into syllables.
    assert len(units("ปุณยวีร์ภานุวัฒน์", WORDS)) > 1
    assert units("ภานุวัฒน์", NAMES) == ["ภานุวัฒน์"]


TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "น.ส.", "ด.ช.", "ด.ญ.")


def test_the_title_stays_with_the_first_name_and_the_break_falls_before_the_last_name(
) -> None:
    for title in TITLES:
        for first, last in (("กนกวรรณ", "ใจธิ"), ("กัญญาณัฐ", "ศรีใจ"), ("เพ็ญศรี", "แก้วมา")):
            name = f"{title}{first} {last}"
            for mode in (NAMES, WORDS):
                assert len(title) not in break_points(name, mode=mode), (name, mode)
                # A column just wide enough for the title and the first name.
                narrow = width16(f"{title}{first}") + 1
                lines = break_lines(name, narrow, width16, mode=mode)
                assert [line.text for line in lines] == [f"{title}{first}", last], (name, mode)
                assert not any(line.forced for line in lines)
            assert units(name, NAMES) == [f"{title}{first}", " ", last]


def test_a_name_cut_for_want_of_room_is_never_cut_after_its_title() -> None:
    from exports.pdf import linebreak

    for title in TITLES:
        name = f"{title}กนกวรรณ ใจธิ"
        for mode in (NAMES, WORDS):
            for room in (width16(f"{title}กน") + 1, width16(f"{title}กนกว") + 1):
                lines = break_lines(name, room, width16, mode=mode)
                assert rebuilt(name, lines).replace(" ", "") == name.replace(" ", "")
                assert len(title) not in {line.end for line in lines}, (name, mode, room)
    linebreak.forced_cuts.clear()


def test_a_title_word_in_running_text_stays_with_the_name() -> None:
    text = "ส่งต่อให้นางกนกวรรณ ใจธิ และนายสมชาย ใจดี"
    points = break_points(text)
    assert text.index("นาง") + len("นาง") not in points
    assert text.index("นาย") + len("นาย") not in points
    assert text.index("นาง") in points  # before the title a line may still end
    assert units("นายอำเภอ") == ["นายอำเภอ"]  # a word that begins like a title is one word


def test_abbreviations_numbers_and_repetition_stay_together() -> None:
    for text in ("ศจพ.อ.5201/2569/0001", "น.ส.", "3-XXXX-XXXXX-XX-1", "ม.4", "12,500.00"):
        assert break_points(text) == [], text
    assert len("ต่าง") not in break_points("ต่างๆนานา")  # never before ๆ
    assert len("บิดา/") in break_points("บิดา/มารดา")


def test_a_word_wider_than_the_line_is_cut_between_clusters_and_reported() -> None:
    from exports.pdf import linebreak

    linebreak.forced_cuts.clear()
    lines = break_lines("ผู้ใหญ่บ้าน", width16("ผู้ใหญ่"), width16)
    assert [line.text for line in lines] == ["ผู้ใหญ่", "บ้าน"]
    lines = break_lines("ครัวเรือน", width16("ครัว") + 1, width16)
    assert "".join(line.text for line in lines) == "ครัวเรือน"
    assert all(width16(line.text) <= width16("ครัว") + 1 for line in lines)
    assert lines[0].forced
    assert "ครัวเรือน" in linebreak.forced_cuts
    linebreak.forced_cuts.clear()


def test_first_line_indent_and_hard_breaks() -> None:
    text = "สอบทานข้อมูลครัวเรือนเป้าหมายเพื่อรับการช่วยเหลือ\nเป้าหมาย"
    lines = break_lines(text, 200, width16, first_width=100)
    assert width16(lines[0].text) <= 100 < width16(lines[0].text + "ครัวเรือน")
    assert width16(lines[1].text) > 100
    assert [line.text for line in lines][-1] == "เป้าหมาย"
    assert not any(line.forced for line in lines)
    assert break_lines("", 100, width16)[0].text == ""
