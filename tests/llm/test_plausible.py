"""The per-label sanity checks that keep the model layer from adding false positives."""

from __future__ import annotations

import pytest

from desktop.engine.llm.locate import locate_findings
from desktop.engine.llm.parse import RawFinding
from desktop.engine.llm.plausible import check_value
from desktop.engine.pipeline import Scrubber
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span


@pytest.mark.parametrize(
    ("value", "label", "before", "expected"),
    [
        ("陳美玲", Label.PERSON, "", Label.PERSON),
        ("Ｙｏｕｓｅｆ", Label.PERSON, "", Label.PERSON),  # full-width letters
        ("客戶", Label.PERSON, "", None),  # a role word, not a name
        ("Manager", Label.PERSON, "", None),
        ("Ludwig van Beethoven", Label.PERSON, "", Label.PERSON),
        ("budget", Label.PERSON, "", None),  # not capitalised: a word, not a name
        ("Team Falcon", Label.PERSON, "", None),  # a team
        ("會議改到週三下午三點", Label.PERSON, "", None),  # a clause, not a name
        ("阿諾·史瓦辛格", Label.PERSON, "", Label.PERSON),  # a transliterated name
        ("NTD 198892", Label.PERSON, "", None),  # names have no digits
        ("新台幣38,993元", Label.ADDRESS, "", None),  # an amount
        ("WK-13780281", Label.ADDRESS, "", None),  # one code-like token
        ("VD41762319", Label.SECRET, "", None),  # a quote number
        ("221B Baker Street", Label.ADDRESS, "", Label.ADDRESS),
        ("台北市信義區松仁路100號", Label.ADDRESS, "", Label.ADDRESS),
        ("4 Elm Row, Leeds", Label.ADDRESS, "", Label.ADDRESS),
        ("內湖", Label.ADDRESS, "", None),  # a district alone
        ("bus 14:15:36", Label.PHONE, "", None),  # a time: too few digits
        ("0912-345-678", Label.PHONE, "", Label.PHONE),
        ("蔣春豐", Label.TW_NATIONAL_ID, "", Label.PERSON),  # a name under the wrong label
        ("Joanne", Label.TW_NATIONAL_ID, "", Label.PERSON),
        ("#A20", Label.TW_NATIONAL_ID, "", None),
        ("TW847371156", Label.TW_NATIONAL_ID, "", None),  # a parcel number
        ("Ｅ１０９０７５６０４", Label.TW_NATIONAL_ID, "", None),  # checksum fails
        ("A123456789", Label.TW_NATIONAL_ID, "", Label.TW_NATIONAL_ID),
        ("4111 1111 1111 1111", Label.CREDIT_CARD, "", Label.CREDIT_CARD),
        ("4111 1111 1111 1112", Label.CREDIT_CARD, "", None),
        ("2025-04-11", Label.DATE_OF_BIRTH, "offsite 出發 ", None),  # an ordinary date
        ("週四上午十點", Label.DATE_OF_BIRTH, "面試時間", None),
        ("１９９７－０５－２０", Label.DATE_OF_BIRTH, "聯絡人生日是", Label.DATE_OF_BIRTH),
        ("12 March 1988", Label.DATE_OF_BIRTH, "Tomasz (born ", Label.DATE_OF_BIRTH),
        ("ghp_xxxxxxxxxxxxxxxxxxxxxxxx", Label.SECRET, "", None),  # a placeholder
        ("AKIAIOSFODNN7EXAMPLE", Label.SECRET, "", None),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", Label.SECRET, "", None),  # a public key
        ("sha512-ymLtT327gsH0fSz", Label.SECRET, "", None),  # an integrity hash
        ("bamboo.falcon.bamboo39", Label.SECRET, "", Label.SECRET),
        ("mary@example.com", Label.EMAIL, "", Label.EMAIL),
        ("mary", Label.EMAIL, "", None),
        # Companies, places and phrases are not people.
        ("Northwind Traders", Label.PERSON, "met ", None),  # a company word
        ("Sterling & Rowe LLP", Label.PERSON, "", None),
        ("Blue Harbor Analytics", Label.PERSON, "", None),
        ("Quarterly Review", Label.PERSON, "", None),  # only ordinary words
        ("Golden Week", Label.PERSON, "", None),  # ends in a word never in a name
        ("Kaohsiung", Label.PERSON, "", None),  # a place
        ("Brisbane", Label.PERSON, "Visited ", None),  # where a place stands
        ("Brisbane", Label.PERSON, "a trip to ", None),
        ("Priya", Label.PERSON, "Hi ", Label.PERSON),
        ("Grace Hopper", Label.PERSON, "", Label.PERSON),  # given name and surname
        ("Manon Lemaire", Label.PERSON, "kickoff：", Label.PERSON),
        ("鴻海精密", Label.PERSON, "", None),  # a company's tail
        ("大立光", Label.PERSON, "拜訪", None),  # three characters, no surname
        ("台中", Label.PERSON, "", None),  # a city
        ("東方志軒", Label.PERSON, "", Label.PERSON),  # a compound surname
        ("美玲", Label.PERSON, "", Label.PERSON),  # a given name alone
        ("賴建", Label.PERSON, "", Label.PERSON),
        # An address needs a street part (and, in Latin script, a number).
        ("訂單編號 PO8785998", Label.ADDRESS, "", None),  # 編號 is not a house number
        ("九份", Label.ADDRESS, "", None),  # a place, 九 is not a house number
        ("Baker Street, London", Label.ADDRESS, "", None),  # no number
        ("96 Station Approach", Label.ADDRESS, "", Label.ADDRESS),
        ("Flat 3B, 26 Queen's Parade, Bristol BS18 8PT", Label.ADDRESS, "", Label.ADDRESS),
        ("高雄市前鎮區中山二路5號", Label.ADDRESS, "", Label.ADDRESS),
        # A secret is random-looking, or follows a credential's label.
        ("$1,054.31", Label.SECRET, "", None),  # an amount
        ("#A206666555", Label.SECRET, "", None),  # an order number
        ("1Z999AA10123456784", Label.SECRET, "", None),  # a tracking number: no lower case
        ("550e8400-e29b-41d4-a716-446655440000", Label.SECRET, "", None),  # a UUID
        ("9f2c1e7ab34d", Label.SECRET, "", None),  # a commit id
        ("v13.7.55", Label.SECRET, "token ", None),  # a version, even after a label
        ("Initech", Label.SECRET, "", None),  # a company
        ("Acme Logistics Ltd.", Label.SECRET, "password: ", None),  # words, not one token
        ("X7ewCB4*KwL6AOJ", Label.SECRET, "", Label.SECRET),
        ("kitty276", Label.SECRET, "REDIS_PASSWORD=", Label.SECRET),  # plain, after its label
        ("kitty276", Label.SECRET, "", None),  # plain, no label
        ("teaihJpCIpCU", Label.SECRET, "帳戶臨時密碼：", Label.SECRET),
        ("AKIAXFPNQAZBASQZOBJX", Label.SECRET, "401 token=", Label.SECRET),
        ("mysql://app:k5mHZwgAYw7BIlNPqA0@localhost:3306/0", Label.SECRET, "", Label.SECRET),
    ],
)
def test_check_value(value: str, label: Label, before: str, expected: Label | None) -> None:
    assert check_value(value, label, before) is expected


def test_locate_drops_implausible_values_and_relabels_misfiled_names() -> None:
    text = "客戶蔣春豐明天 14:15:36 在內湖開會。"
    findings = [
        RawFinding("客戶", Label.PERSON),
        RawFinding("蔣春豐", Label.TW_NATIONAL_ID),
        RawFinding("14:15:36", Label.PHONE),
        RawFinding("內湖", Label.ADDRESS),
    ]
    result = locate_findings(Document(text), findings)
    assert [(text[s.start : s.end], s.label) for s in result.spans] == [("蔣春豐", Label.PERSON)]
    assert result.rejected == 3 and result.not_found == 0


class _Layer:
    """A model layer that returns fixed spans: narrower than, or inside, the fast layer's."""

    name = "model:fixed"

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans

    def detect_spans(self, text: str, cancel: object = None) -> list[Span]:
        return self.spans


def test_the_model_layer_never_removes_or_shrinks_a_fast_layer_finding() -> None:
    text = "我是王小明，手機 0912-345-678，email wang.xm@example.com，同事 Andy 也在。"
    fast = Scrubber().detect(text, use_model=False)
    assert fast.spans
    # The model names a piece of each fast finding, with another label, plus one new name.
    inner = [Span(s.start + 1, s.end - 1, Label.PERSON, Source.MODEL, 0.99) for s in fast.spans]
    andy = text.index("Andy")
    new = Span(andy, andy + 4, Label.PERSON, Source.MODEL, 0.7)
    both = Scrubber(model=_Layer([*inner, new])).detect(text)
    for span in fast.spans:  # each fast finding is still covered, at least as wide
        assert any(b.start <= span.start and span.end <= b.end for b in both.spans)
    assert any(b.start == andy and b.end == andy + 4 for b in both.spans)
    redacted = Scrubber(model=_Layer([*inner, new])).scrub(text).text
    assert "0912" not in redacted and "Andy" not in redacted
    # The text outside the masked values is unchanged (the layer names spans, never rewrites).
    assert redacted.endswith("也在。") and redacted.startswith("我是")
