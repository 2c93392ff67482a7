"""Taiwan addresses in Chinese address grammar."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.address_zh import DETECTORS, admin_chain_end, fold_tai, places
from desktop.engine.pipeline import Scrubber
from desktop.engine.textnorm import Document
from desktop.engine.types import Label

_WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def find(text: str) -> list[str]:
    doc = Document(text)
    return [text[s.start : s.end] for d in DETECTORS for s in d.detect(doc)]


@pytest.mark.parametrize(
    "address",
    [
        "大安區忠孝東路四段100號5樓",
        "忠孝東路三段25巷7號",
        "臺北市中正區重慶南路一段122號",
        "10048臺北市中正區重慶南路一段122號",
        "106 台北市大安區羅斯福路四段1號",
        "台北市信義區松仁路100號12樓之3",
        "台北市中山區中山北路二段45巷3弄2號B1",
        "新北市板橋區文化路一段五十號三樓",
        "高雄市路竹區中山路100號",
        "高雄市苓雅區四維三路2號",
        "臺中市西屯區臺灣大道三段99號",
        "中正區市民大道一段100號十二樓",
        "凱達格蘭大道1號",
        "花蓮縣壽豐鄉志學村5鄰12號",
        "新竹縣竹北市光明六路東一段100號",
        "台北縣板橋市文化路一段100號",  # pre-2010 county and city names
        "板橋市中正巷12號3樓",
        "52341 臺東市中山路三段123號之5",
        "台北市大安區錦安里5鄰忠孝東路四段100-1號",
        "桃園市中壢區中大路300號A棟5F-2",
        "台中市北屯區崇德路二段100之1號地下1樓",
        "臺灣台北市文山區指南路二段64號",
        "中華民國臺北市大同區承德路三段1號502室",
        "(100)台北市中正區忠孝西路一段49號",
        "台北市 大安區 忠孝東路四段 100號 5樓",
        "嘉義縣阿里山鄉中山村2鄰11號",
        "屏東縣三地門鄉中正路二段5號",
        "高雄市那瑪夏區四維大道6段255之7號2F",
        "台南市東區大學路1號",
        "淡水路39-5號",
        "大橋頭西路133巷376號",
        "100 中和林森巷837號5樓",  # an informal place name without its suffix
        "新竹科學園區力行路1號",
    ],
)
def test_whole_address_is_one_span(address: str) -> None:
    assert find(address) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("我住在台北市大安區忠孝東路四段100號5樓之2，電話", "台北市大安區忠孝東路四段100號5樓之2"),
        ("客戶台北市信義區松仁路100號12樓", "台北市信義區松仁路100號12樓"),
        ("請寄到中山北路二段45巷3弄2號B1。", "中山北路二段45巷3弄2號B1"),
        ("公司在中正區市民大道一段100號十二樓。", "中正區市民大道一段100號十二樓"),
        ("地址：台北市大安區忠孝東路", "台北市大安區忠孝東路"),
        ("收件地址: 羅斯福路四段1號", "羅斯福路四段1號"),
        ("Please ship to 台北市信義區市府路1號 ASAP.", "台北市信義區市府路1號"),
        ("他的戶籍地址是新北市林口區文化三路一段100號，謝謝", "新北市林口區文化三路一段100號"),
        ("寄送地址：桃園市龜山區文化一路259號（長庚大學）", "桃園市龜山區文化一路259號"),
    ],
)
def test_address_inside_sentences(text: str, address: str) -> None:
    assert find(text) == [address]


def test_full_width_digits_and_offsets() -> None:
    address = "１０６台北市大安區羅斯福路四段１號５樓"
    text = "地址：" + address + "。"
    doc = Document(text)
    found = [s for d in DETECTORS for s in d.detect(doc)]
    assert [(s.start, s.end) for s in found] == [(3, 3 + len(address))]
    assert found[0].label is Label.ADDRESS


def test_full_width_digits_of_every_part() -> None:
    address = "新北市板橋區文化路一段188巷44號3樓之1".translate(_WIDE_DIGITS)
    assert find(f"住址{address}") == [address]


def test_two_addresses_in_one_text() -> None:
    text = "舊址忠孝東路三段25巷7號，新址台中市西區民權路99號5樓。"
    assert find(text) == ["忠孝東路三段25巷7號", "台中市西區民權路99號5樓"]


def test_lane_without_house_number_is_an_address() -> None:
    assert find("在忠孝東路三段25巷裡面") == ["忠孝東路三段25巷"]


@pytest.mark.parametrize(
    "text",
    [
        "台北市",
        "信義區",
        "林口區",
        "我住在台北市信義區",
        "台北市政府今天開會",
        "忠孝東路很塞",
        "中山路上有很多店",
        "網路3號",
        "馬路100號",
        "走了5公里3號出口",
        "捷運忠孝復興站2號出口",
        "第3號會議室在5樓",
        "一路順風，祝你好運",
        "這條路5樓",
        "NT$1,200，訂單編號 12345號",
        "版本1.2.3，下午3點",
        "台北市長和新北市長",
        "大街小巷都是人",
        "信義路",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert find(text) == []


def test_street_name_is_not_extended_over_sentence_words() -> None:
    assert find("我們公司就在羅斯福路四段1號") == ["羅斯福路四段1號"]


def test_places_list_is_complete() -> None:
    p = places()
    assert len(p.cities) == 22 + 5  # 22 today, 5 pre-2010 counties
    assert len(p.units) > 350
    assert {"大安區", "竹北市", "阿里山鄉", "那瑪夏區", "烏坵鄉"} <= p.units


def test_admin_chain_accepts_tai_variants_and_old_names() -> None:
    for text in ("台北市大安區", "臺北市大安區", "台北縣板橋市", "高雄縣鳳山市"):
        folded = fold_tai(text)
        assert admin_chain_end(folded, 0) == len(text), text
    assert admin_chain_end(fold_tai("客戶"), 0) == -1


def test_a_floor_written_with_the_simplified_character() -> None:
    text = "寄送地址：461新竹縣竹北市英才路四段76巷77號23楼"
    spans = Scrubber().detect(text, use_model=False).spans
    assert [text[s.start : s.end] for s in spans] == ["461新竹縣竹北市英才路四段76巷77號23楼"]
