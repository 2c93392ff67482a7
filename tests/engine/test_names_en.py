"""English and romanised Taiwanese personal names (desktop/engine/detectors/names_en.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.engine.detectors.names_en import DETECTORS, EnglishNameDetector
from desktop.engine.detectors.names_en_lexicon import lexicon
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source


def names(text: str) -> list[str]:
    return [span.text_in(text) for span in EnglishNameDetector().detect(Document(text))]


def test_module_exposes_one_detector() -> None:
    assert len(DETECTORS) == 1
    assert DETECTORS[0].name == "names_en"


def test_spans_are_person_pattern_spans_with_original_offsets() -> None:
    text = "聯絡人 John Smith，電話另給"
    spans = list(EnglishNameDetector().detect(Document(text)))
    assert [(s.start, s.end) for s in spans] == [(4, 14)]
    assert spans[0].label is Label.PERSON
    assert spans[0].source is Source.PATTERN
    assert 0 < spans[0].score <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please ask Mr. Smith to call back.", ["Smith"]),
        ("Dr. Ming-Hua Lin will see you now", ["Ming-Hua Lin"]),
        ("Prof. J. R. Tolkien wrote it", ["J. R. Tolkien"]),
        ("Mrs Priya Raghunathan signed", ["Priya Raghunathan"]),
        ("Sir Isaac Newton", ["Isaac Newton"]),
    ],
)
def test_titles_cue_a_name_and_are_left_out_of_the_span(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear John,\nthanks for the update.", ["John"]),
        ("Hi Mei-Ling, are you free?", ["Mei-Ling"]),
        ("Hello Kowalczyk, welcome aboard", ["Kowalczyk"]),
        ("hey Tiffany Jenkins, see below", ["Tiffany Jenkins"]),
        ("Hi John and Mary, quick question", ["John", "Mary"]),
        ("Thanks Jennifer!", ["Jennifer"]),
    ],
)
def test_salutations(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Best regards,\nJohn Smith\nSenior Engineer, Acme",
        "Kind regards,\n  John Smith",
        "Thanks,\nJohn Smith | Support lead",
        "Cheers, John Smith",
        "Sincerely,\nJohn Smith",
    ],
)
def test_sign_offs(text: str) -> None:
    assert names(text) == ["John Smith"]


def test_sign_off_name_must_end_its_line() -> None:
    assert names("Regards,\nThe Acme Billing Department will reply") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Name: Jonathan Austin\nDOB: 1990-01-01", ["Jonathan Austin"]),
        ("Full name: Rachel Kowalczyk", ["Rachel Kowalczyk"]),
        ("Patient: Wang Hsiao-Ming", ["Wang Hsiao-Ming"]),
        ("Customer: Victoria C. Green", ["Victoria C. Green"]),
        ("Customer Victoria C. Green called twice", ["Victoria C. Green"]),
        ("Account holder | Kevin Chen", ["Kevin Chen"]),
        ("Beneficiary name: LIN, MEI-LING", ["LIN, MEI-LING"]),
        ("Name ........ Jonathan Austin", ["Jonathan Austin"]),
        ("Recipient:\nJohn Smith", ["John Smith"]),
        ("name=Kevin Chen; email=x", ["Kevin Chen"]),
        ("Assigned to: Ryan Jenkins", ["Ryan Jenkins"]),
        ("signed by Tomasz Wiśniewski yesterday", ["Tomasz Wiśniewski"]),
    ],
)
def test_form_labels(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_email_headers_and_display_names() -> None:
    text = "From: Mary Lee <mary.lee@example.com>\nTo: Bob Stone <bob@example.com>, Alice Wu"
    found = names(text)
    assert "Mary Lee" in found
    assert "Bob Stone" in found
    assert "Alice Wu" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my name is Kowalczyk", ["Kowalczyk"]),
        ("my name is john smith and I need help", ["john smith"]),
        ("Hi, I'm Jennifer from accounts", ["Jennifer"]),
        ("This is Michael Brown speaking", ["Michael Brown"]),
        ("cc Priya, thanks", ["Priya"]),
    ],
)
def test_phrases(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I met Jennifer Lopez at the airport", ["Jennifer Lopez"]),
        ("Escalated by John A. Smith last week", ["John A. Smith"]),
        ("Will Smith is attending", ["Will Smith"]),
        ("Grace Lee and Kevin O'Brien joined", ["Grace Lee", "Kevin O'Brien"]),
        ("Ludwig van Beethoven composed it", ["Ludwig van Beethoven"]),
        ("Priya Raghunathan approved", ["Priya Raghunathan"]),
        ("Jennifer Lopez's report", ["Jennifer Lopez"]),
    ],
)
def test_given_name_and_surname_without_a_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Wang Hsiao-Ming",
        "Chen Yi-Jun",
        "Chen Yi-jun",
        "Ming-Hua Lin",
        "Lin, Mei-Ling",
        "CHEN, CHIA-HAO",
        "TSAI CHUN-CHIEH",
        "Wang Xiaoming",
        "Cheng-En Sun",
        "Kevin Tsai",
    ],
)
def test_romanised_taiwanese_names(name: str) -> None:
    assert names(f"請聯絡 {name} 處理") == [name]
    assert names(f"The file was sent by {name} today.") == [name]


def test_mixed_chinese_labels_and_honorifics() -> None:
    assert names("客戶 Wendy Chen call in，說 card 被 charge 兩次") == ["Wendy Chen"]
    assert names("請轉交 Smith 先生") == ["Smith"]
    assert names("收件人：Mary Johnson") == ["Mary Johnson"]


def test_full_width_letters_keep_offsets() -> None:
    text = "Thanks,\nＡｕｓｔｉｎ Ｃａｒｔｅｒ"
    spans = list(EnglishNameDetector().detect(Document(text)))
    assert [s.text_in(text) for s in spans] == ["Ａｕｓｔｉｎ Ｃａｒｔｅｒ"]
    assert names("姓名：Ｊｏｈｎ　Ｓｍｉｔｈ") == ["Ｊｏｈｎ　Ｓｍｉｔｈ"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Customer, your order has shipped.",
        "Hi team, the build is green.",
        "Hello World is the classic first program.",
        "Dear Valued Customer,",
        "Dear Sir or Madam,",
        "Dear Hiring Manager,",
        "Join us on Microsoft Teams at 3pm.",
        "Our office moved to New York and Taipei City.",
        "Deploy it to Google Cloud from Visual Studio Code.",
        "The meeting is on Monday, June 5, in March.",
        "Grant Park is near Chase Bank.",
        "Morgan Stanley and Wells Fargo reported earnings.",
        "She studied at George Washington University.",
        "Jenkins failed again; restart the Jenkins Pipeline.",
        "Hi Claude, please summarise this.",
        "Release Notes\nKey Features\nGetting Started",
        "The Taipei City Government announced the plan.",
        "We practised Tai Chi and Kung Fu in Hong Kong.",
        "client = AsyncOpenAI()\nname: Build and Test",
        "I am Taiwanese and this is Important.",
        "Best Practices for Jira Service Management",
        "Thanks, everyone!",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dear Knight, Benton and Vaughn team,",
        "Hi Woods and Sons support,",
        "Customer: Fisher, Hardin and Shaw",
        "From: White, Perkins and Fowler <billing@example.com>",
        "Meeting with Golden-Blair got pushed to Monday.",
        "From: Riley-Bryant <billing@example.com>",
        "cc Franklin and Sons legal",
        "Invoice from Walker LLC and Garcia Group is overdue.",
        "Meeting with Cooper, Day and Davenport got pushed.",
    ],
)
def test_company_names_made_of_surnames_are_not_people(text: str) -> None:
    assert names(text) == []


def test_a_list_of_people_after_a_greeting_is_kept() -> None:
    assert names("Hi John, Mary and Peter,\nsee below") == ["John", "Mary", "Peter"]


def test_an_ambiguous_given_name_alone_needs_a_real_surname() -> None:
    assert names("Hope Street and Rose Garden") == []
    assert names("I am Grace") == []
    assert names("Dear Grace,") == ["Grace"]


def test_name_lists_load_lazily_and_once() -> None:
    code = (
        "import desktop.engine.detectors.names_en\n"
        "from desktop.engine.detectors.names_en_lexicon import common_words, lexicon\n"
        "print(lexicon.cache_info().currsize + common_words.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "0"
    assert lexicon() is lexicon()


def test_lexicon_has_the_expected_entries() -> None:
    lx = lexicon()
    assert {"john", "mary", "priya", "jose", "hsiao-ming"} <= lx.first | {"hsiao-ming"}
    assert lx.is_zh_given("hsiao-ming") and lx.is_zh_given("yi-jun")
    assert not lx.is_zh_given("wi-fi")
    assert {"smith", "chen", "lin", "tsai", "nguyen"} <= lx.last
    assert "customer" in lx.stop and "monday" in lx.stop
    assert lx.is_common("hello") and not lx.is_common("john")


@pytest.mark.parametrize(
    "text",
    ["Please ask OS to check it.", "ping QA about the build", "cc: OS, IT", "Reviewed by HR"],
)
def test_short_acronyms_after_person_cues_are_not_names(text: str) -> None:
    assert list(EnglishNameDetector().detect(Document(text))) == []


def test_short_all_caps_surnames_still_count() -> None:
    doc = Document("ask LI about it")
    assert [doc.text[s.start : s.end] for s in EnglishNameDetector().detect(doc)] == ["LI"]
