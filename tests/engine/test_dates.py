"""Dates of birth (desktop/engine/detectors/dates.py): formats, calendar checks, birth cues."""

from __future__ import annotations

import pytest

from desktop.engine.detectors import dates
from desktop.engine.detectors.registry import fast_detectors
from desktop.engine.pipeline import Scrubber
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source


def births(text: str) -> list[str]:
    """The original text of every DATE_OF_BIRTH span, checking each span's invariants."""
    doc = Document(text)
    result = []
    for detector in dates.DETECTORS:
        for span in detector.detect(doc):
            assert 0 <= span.start < span.end <= len(text)
            assert span.label is Label.DATE_OF_BIRTH
            assert span.source is Source.PATTERN
            assert span.detector == detector.name
            result.append(text[span.start : span.end])
    return result


def test_detectors_are_registered_in_the_fast_layer() -> None:
    assert dates.DETECTORS
    registered = fast_detectors()
    assert all(detector in registered for detector in dates.DETECTORS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ROC (民國) years, with and without the era name and with spaces
        ("出生日期：民國88年6月13日", "民國88年6月13日"),
        ("生日 民國 88 年 6 月 13 日", "民國 88 年 6 月 13 日"),
        ("出生年月日：中華民國088年06月13日", "中華民國088年06月13日"),
        ("出生：88年6月13日", "88年6月13日"),
        ("生日88.6.13", "88.6.13"),
        ("DOB 88/06/13", "88/06/13"),
        ("出生日期：0880613", "0880613"),
        # Gregorian, numeric
        ("Date of birth: 1999/6/13", "1999/6/13"),
        ("DOB: 1999-06-13", "1999-06-13"),
        ("生日：1999.06.13", "1999.06.13"),
        ("出生日期：1999年6月13日", "1999年6月13日"),
        ("D.O.B. 13/06/1999", "13/06/1999"),
        ("born 06/13/1999", "06/13/1999"),
        ("birthdate 13-06-1999", "13-06-1999"),
        ("生日 19990613", "19990613"),
        # month names
        ("born on 13 Jun 1999", "13 Jun 1999"),
        ("Birthday: June 13, 1999", "June 13, 1999"),
        ("b. 13th June 1999", "13th June 1999"),
        ("She was born Jun. 13 1999 in Tainan.", "Jun. 13 1999"),
        ("DOB: 13-Jun-1999", "13-Jun-1999"),
        ("Date of Birth: SEPTEMBER 3RD, 1985", "SEPTEMBER 3RD, 1985"),
        # config keys and forms
        ('"dob": "1985-09-03"', "1985-09-03"),
        ("dateOfBirth: 1985-09-03", "1985-09-03"),
        ("birth_date=03/09/1985", "03/09/1985"),
        ("my bday is 3 Sep 1985 lol", "3 Sep 1985"),
        ("| 王小明 | 出生日期 | 1985/5/20 |", "1985/5/20"),
        ("I was born on the 20th of May, 1985.", "20th of May, 1985"),
        ("他 74.5.20 生", "74.5.20"),
        # full-width digits and punctuation
        ("生日：１９９９／６／１３", "１９９９／６／１３"),
        ("出生日期：民國８８年６月１３日", "民國８８年６月１３日"),
        ("ＤＯＢ：１３／０６／１９９９", "１３／０６／１９９９"),
    ],
)
def test_formats_after_a_birth_cue(text: str, expected: str) -> None:
    assert births(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我1999年6月13日出生", "1999年6月13日"),
        ("王小明，民國88年6月13日生，住台北", "民國88年6月13日"),
        ("13/06/1999 (DOB)", "13/06/1999"),
        ("1999-06-13（出生）", "1999-06-13"),
    ],
)
def test_cue_after_the_date(text: str, expected: str) -> None:
    assert births(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民國88年生", "民國88年"),
        ("1999年6月生的", "1999年6月"),
        ("他是88年次的", "88年"),
        ("我的生日是6月13日", "6月13日"),
        ("my birthday is June 13", "June 13"),
        ("born in 1999", "1999"),
        ("她出生於民國88年", "民國88年"),
        ("生日 6/13 要請客", "6/13"),
    ],
)
def test_partial_dates_next_to_a_cue(text: str, expected: str) -> None:
    assert births(text) == [expected]


def test_partial_dates_need_the_cue_right_next_to_them() -> None:
    assert births("生日派對在台北市信義區的餐廳，訂位是6月13日") == []
    assert births("my birthday party is at the club, booked for June 13") == []


@pytest.mark.parametrize(
    "text",
    [
        "Meeting on 2024-06-13 at 10:00",
        "會議時間：2024年6月13日下午兩點",
        "Invoice dated 13 Jun 1999, due 13/07/1999",
        "民國113年6月13日起生效",  # 生效 (takes effect) is not 生 (born)
        "於2024年6月13日生效",
        "版本 1.2.3 於 2024/06/13 發布",
        "Order 19990613 shipped",
        "2023年生日會在台北",  # a birthday party in 2023, not a birth year
        "1999年生活在台中",
        "Born to Run was released on August 25, 1975.",
        "Firstborn Inc. was founded 1999-06-13.",
        "生日快樂！下次聚餐 6/13 晚上七點。",
    ],
)
def test_dates_without_a_birth_cue_are_not_found(text: str) -> None:
    assert births(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "出生日期: 1999/02/30",  # no 30 February
        "DOB: 1999-13-01",  # no month 13
        "DOB: 2001-02-29",  # not a leap year
        "生日：民國88年2月30日",
        "DOB 31/04/1999",  # April has 30 days
        "birthday: 1700-01-01",  # out of range
        "生日 19991340",
    ],
)
def test_impossible_dates_are_rejected(text: str) -> None:
    assert births(text) == []


def test_leap_day_is_a_real_date() -> None:
    assert births("DOB: 2000-02-29") == ["2000-02-29"]
    assert births("出生日期：民國89年2月29日") == ["民國89年2月29日"]  # 1911 + 89 = 2000


def test_cue_governs_only_the_next_date() -> None:
    text = "DOB: 1999-06-13, appointment 2024-07-01"
    assert births(text) == ["1999-06-13"]


def test_restated_birth_date_counts_too() -> None:
    assert births("DOB: 13/06/1999 (民國88年6月13日)") == ["13/06/1999", "民國88年6月13日"]


def test_sentence_end_breaks_the_cue() -> None:
    assert births("My son was born last year. The meeting is 2024-06-13.") == []
    assert births("她是去年出生的。會議在2024/06/13。") == []


def test_other_date_labels_break_the_cue() -> None:
    assert births("Birth certificate issue date: 2020-01-01") == []
    assert births("出生證明 到期日 2030/01/01") == []


def test_leader_dots_are_not_a_sentence_end() -> None:
    text = "Name ........ Kara Kirby\nDOB ......... 01/31/1987\nMobile ...... +1 555 0100"
    assert births(text) == ["01/31/1987"]


def test_value_on_the_next_line_of_a_form() -> None:
    assert births("出生日期\n1999/06/13") == ["1999/06/13"]
    assert births("DOB:\nNext appointment 2024-06-13") == []


def test_cue_glued_to_a_word_is_no_cue() -> None:
    assert births("the club. 2024-06-13") == []
    assert births("Adobe 2024-06-13 release") == []


def test_offsets_in_mixed_text() -> None:
    text = "Hi 王小明 (DOB 1999-06-13) 與陳小華，生日：民國 88 年 6 月 13 日。Thanks"
    doc = Document(text)
    spans = list(dates.DETECTORS[0].detect(doc))
    assert [text[s.start : s.end] for s in spans] == ["1999-06-13", "民國 88 年 6 月 13 日"]
    assert spans[0].start == text.index("1999")


def test_digits_touching_chinese_characters() -> None:
    assert births("生日1999/6/13請保密") == ["1999/6/13"]


def test_not_inside_longer_numbers_or_versions() -> None:
    assert births("DOB 11999-06-13") == []
    assert births("born 1.2.3.4") == []


def test_scrubber_masks_only_the_date() -> None:
    result = Scrubber().scrub("出生日期：1999-06-13", use_model=False)
    assert "1999-06-13" not in result.text
    assert result.text.startswith("出生日期：")


def test_many_cues_stay_fast() -> None:
    import time

    text = "生日 1/2/3 " * 5000
    started = time.perf_counter()
    births(text)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Can you confirm the patient's DOB? Referral says 2003/03/19 but", "2003/03/19"),
        (
            "Send your passport number and date of birth. You sent TK6834691 and 28.12.1978;",
            "28.12.1978",
        ),
    ],
)
def test_a_sentence_that_ends_on_its_cue_is_answered_by_the_next(text: str, date: str) -> None:
    doc = Document(text)
    found = [text[s.start : s.end] for s in dates.DateOfBirthDetector().detect(doc)]
    assert found == [date]


@pytest.mark.parametrize(
    "text", ["Please update your DOB. Last login 2024-01-02.", "DOB field updated 2024-01-02"]
)
def test_an_events_time_stamp_after_the_cue_is_no_birth_date(text: str) -> None:
    assert list(dates.DateOfBirthDetector().detect(Document(text))) == []
