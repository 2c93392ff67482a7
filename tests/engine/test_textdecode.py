"""desktop.engine.textdecode in process: the hypothesis round-trip (encode -> decode -> scrub
finds the same spans at the same code-point offsets in every encoding) and the output side."""

import codecs
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.detectors.tw_id import LETTER_CODES, is_valid_tw_id
from desktop.engine.errors import UnencodableOutput
from desktop.engine.pipeline import Scrubber
from desktop.engine.textdecode import BIG5, UTF16_LE_BOM, decode_text
from desktop.engine.textencode import encode_json, encode_text

# Common zh-TW characters that Big5 encodes and cp950 decodes back unchanged.
ZH = "".join(
    ch
    for ch in "我你他是的在有不了人這個們來到時大地為子中說生國年著就那和要出也得裡後自以會"
    "家可下而過天去能對小多然於心學麼之都好看起發當沒成只如事把還用第樣道想作種開美總從無情"
    "臺北市信義區電話地址姓名先生小姐請聯絡公司銀行帳號身分證，。：；「」（）"
    if ch.encode("big5").decode("cp950") == ch
)
FILLER = st.text(st.sampled_from(ZH + "abcXYZ019 .,:-()\n"), max_size=12)
SCRUBBER = Scrubber()


def tw_ids() -> st.SearchStrategy[str]:
    def with_check_digit(body: str) -> str:
        return next(body + d for d in "0123456789" if is_valid_tw_id(body + d))

    letters = st.sampled_from(sorted(LETTER_CODES))
    body = st.tuples(letters, st.sampled_from("12"), st.text("0123456789", min_size=7, max_size=7))
    return body.map(lambda parts: with_check_digit("".join(parts)))


PHONES = st.text("123456789", min_size=8, max_size=8).map(lambda d: f"09{d[:2]}-{d[2:5]}-{d[5:]}")
EMAILS = st.from_regex(r"[a-z]{2,8}\.[a-z]{1,4}@example\.(com|org|tw)", fullmatch=True)
PII = st.one_of(tw_ids(), PHONES, EMAILS)
TEXTS = st.lists(st.tuples(FILLER, PII), min_size=1, max_size=5).map(
    lambda parts: "".join(f"{filler} {value} " for filler, value in parts)
)
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),
    "utf-16-le": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "big5": lambda text: text.encode("big5"),
}


def findings(text: str) -> list[tuple[int, int, str]]:
    result = SCRUBBER.scrub(text, use_model=False)
    SCRUBBER.vault = type(SCRUBBER.vault)()
    return [(f.span.start, f.span.end, f.span.label.value) for f in result.findings]


@settings(max_examples=50, deadline=None)
@given(TEXTS)
def test_every_encoding_finds_the_same_values_at_the_same_offsets(text: str) -> None:
    expected = findings(decode_text(ENCODINGS["utf-8"](text)).text)
    for name, encode in ENCODINGS.items():
        decoded = decode_text(encode(text))
        assert decoded.text == text, name
        assert findings(decoded.text) == expected, name


def test_keep_encoding_refuses_a_character_the_encoding_lacks() -> None:
    with pytest.raises(UnencodableOutput, match=r"at offset 3.*big5 \(cp950\)"):
        encode_text("答案：😀", BIG5)
    assert encode_text("[PERSON_1]", UTF16_LE_BOM) == codecs.BOM_UTF16_LE + "[PERSON_1]".encode(
        "utf-16-le"
    )


def test_json_escapes_what_the_encoding_lacks_and_still_means_the_same() -> None:
    value = {"text": "王小明 😀 €"}
    encoded = encode_json(json.dumps(value, ensure_ascii=False), BIG5)
    assert b"\\ud83d\\ude00" in encoded and json.loads(encoded.decode("cp950")) == value
