"""Names by the way they are written: family names in capitals before a comma (with particles),
whole fields in capitals, chat speakers after long timestamps, numbered labels, sshd's account,
quoted JSON person fields, Latin-script names after Chinese object words, Korean hyphenated given
names, and Chinese names after in-law words, 另一位 and a label with a slash."""

from __future__ import annotations

import pytest

from desktop.engine.pipeline import Scrubber


def names(text: str) -> list[str]:
    spans = Scrubber().detect(text, use_model=False).spans
    return [text[s.start : s.end] for s in spans if str(s.label) == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a family name in capitals, a comma, a given name; prose may follow after a comma
        ("Our agent, NAKAMURA, Takumi, will meet you outside", "NAKAMURA, Takumi"),
        ("Dear NAKAMURA, Yui,\n", "NAKAMURA, Yui"),
        ("8454b5b8-7921,KRÜGER, Svenja,12-JUL-1972", "KRÜGER, Svenja"),
        ("Member: LEBEDEV, Yekaterina, date of birth Apr. 12", "LEBEDEV, Yekaterina"),
        # particles and a first family name belong to the family name
        ("Dear VAN DER BERG, Thijs,\n", "VAN DER BERG, Thijs"),
        ("Applicant 1: DE VRIES, Lotte", "DE VRIES, Lotte"),
        ("SOUZA LIMA, João Pedro,王信宏,A11822069", "SOUZA LIMA, João Pedro"),
        # a whole field in capitals, family name first or last
        ("Pay to: FAURE MANON\nAmount: NT$ 234,015", "FAURE MANON"),
        ('holder="IGLESIAS JAVIER" amount="77 654.45 EUR"', "IGLESIAS JAVIER"),
        ("Clinic 預約：VENKATESH CHATTERJEE，1954-4-15", "VENKATESH CHATTERJEE"),
        # chat speakers after timestamps of any length
        ("[2026-02-07T21:24:12Z] DE LUCA, Matteo: can someone cover", "DE LUCA, Matteo"),
        ("[11:47] ODHIAMBO, Akinyi: can someone cover my shift", "ODHIAMBO, Akinyi"),
        ("[26/Mar/2023:02:36:38 +0800] 王添丁：明天誰去接小孩", "王添丁"),
        # numbered person labels, log accounts, JSON person fields
        ("Applicant 2: Pimchanok Rattanakorn\n", "Pimchanok Rattanakorn"),
        ("sshd[34]: Failed password for Lorenzo from 10.1.2.3 port 22", "Lorenzo"),
        ('{"owner": "Achieng Wambui", "key": "x"}', "Achieng Wambui"),
        # Latin-script names after Chinese words
        ("請 Zimmermann Henrik 盡快 revoke", "Zimmermann Henrik"),
        ("Uber 司機留了電話，名字好像叫 Friederike", "Friederike"),
        # Korean given names with a hyphen, alone or with the family name
        ("Hi Ji-hoon,\n\nWelcome aboard!", "Ji-hoon"),
        ("轉帳 €35.60 給 Ha-eun Moon，他的 account", "Ha-eun Moon"),
        ("Legal name: Yoon, Chae-won\nPreferred", "Yoon, Chae-won"),
        # a known given name before a present-tense verb or a chat's "u"
        ("Yousef: I can if Emre swaps sunday with me", "Emre"),
        ("Rommel u still have the wifi pw", "Rommel"),
        # Chinese names after in-law and ranked kinship words, 另一位, a label and a slash
        ("我家小姑周品妍剛剛打來", "周品妍"),
        ("我家小舅子李阿滿說下週三要回診", "李阿滿"),
        ("- 幫 二姨林家瑜 辦 visa", "林家瑜"),
        ("另一位戴柏恩的H950011271正確", "戴柏恩"),
        ("就診者／盧昱安 的 email 是 a@b.tw", "盧昱安"),
        ("我去，導師／張金鳳那天要加班", "張金鳳"),
    ],
)
def test_name_is_found_whole(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fisher, Hardin and Shaw LLP",  # a firm of surnames
        "Austin, Texas, USA",
        "Offices in LONDON, Paris and Rome",
        "TOTAL AMOUNT: 300\nTERMS AND CONDITIONS\nNEW YORK, NY",  # capitals of ordinary words
        '"city": "SAN JOSE", "team": "IT OPS"',
        "請 Jira 建單，給 Google 看",  # an object word before a product, not a person
        "Ward-Wright will handle it.",  # a double-barrelled firm
        "Python lists are fast. The class uses tabs.",
        "sshd[9]: Failed password for invalid user admin from 10.0.0.1",
        "台北/新竹 的門市 今天/明天 都有開",
        "NEW HIRE ONBOARDING\n",  # a heading in capitals after a lower-case-only cue
        "PT Bank Mandiri transfer",  # PT opens an Indonesian firm's name
    ],
)
def test_look_alikes_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # nicknames the writer marks as such, or a cell under a name header
        ("座號2　葉志睿　民國六十五年一月二十五日\n座號3　華華（暱稱）", "華華"),
        ("班級,姓名,身分證字號,信箱\nM20,明明,L112173036,a@b.com", "明明"),
        ("幫阿明記一下：信用卡4334 3723 9864 383", "阿明"),
        # Chinese names after English list words in mixed minutes
        ("Minutes：present Zofia Wieczorek；absent 呂婷皓及彭宗廷；North Star", "呂婷皓"),
        # a bulleted speaker, a Slack header line, a "(s)" label, "policyholder is", "it's"
        ("Standup\n- Mulyono: blocked on #59024", "Mulyono"),
        ("#ops-oncall\nSato Misaki  9:14 AM\nthe box at 10.0.0.1 is down", "Sato Misaki"),
        ("Lessee(s): Wichai Chaiyaporn / Aoi Fujiwara\nPremises: No. 21", "Wichai Chaiyaporn"),
        ("Hobart TAS 7092. The policyholder is Maisie Haddock; card on file", "Maisie Haddock"),
        ("hey it's Rahul, lost my phone so this is my new number", "Rahul"),
    ],
)
def test_name_in_a_written_slot(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "他明明就說過了，明明是你的錯",  # 明明 "obviously", not under a name header
        "This is great. It's Monday.",
        # a labelled value line is no table header: the lines after it are not a name column
        "Lessee(s): Inés Domínguez; Da-eun Choi\nRent per month: USD 77,174.62\nBond ref: ML5",
    ],
)
def test_slot_look_alikes_are_not_names(text: str) -> None:
    found = names(text)
    assert "明明" not in found and "Monday" not in found and "Bond" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Korean names: a family name and a hyphenated given name, either order
        ("Our agent, Jang Ji-hoon, will meet you outside", "Jang Ji-hoon"),
        ("mortgage call - broker Kang Ha-eun\n- valuation", "Kang Ha-eun"),
        ("Happy to be a referee for Park Yu-na. Best number", "Park Yu-na"),
        ("Soo-ah Lim & 簡宥廷", "Soo-ah Lim"),
        # family names that open with a lower-case particle, after a cue
        ('declined holder="da Silva Ana Beatriz" amount=HK$274', "da Silva Ana Beatriz"),
        ("Applicant 1: van der Berg Anouk\nApplicant 2: Kiera Crowther", "van der Berg Anouk"),
        # "it's" with a full name; a chat message that starts with "I"
        ("hey it's Pimchanok Phromsiri, my number is +49 30 8241234", "Pimchanok Phromsiri"),
        ("[03:26] Siriporn Wongsawat: I can if Olga swaps sunday", "Siriporn Wongsawat"),
    ],
)
def test_name_with_particles_or_korean_given_name(text: str, name: str) -> None:
    assert name in names(text)


def test_hyphenated_brands_and_words_are_not_korean_names() -> None:
    text = "The Rolls-Royce and Mercedes-Benz showroom near Stratford-upon-Avon. A Log-in page."
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Thai names romanised from the Thai Names Corpus (RTGS and popular spellings)
        ("Line manager: Kanokwan Sangthong, first day March 12.", "Kanokwan Sangthong"),
        ("1:1 with Kittisak Boonmee：想調去 Leeds office", "Kittisak Boonmee"),
        # clinical "pt", unquoted log fields, "hosted by", a quoted reply after a date
        ("Clinic note: pt LUCÍA DOMÍNGUEZ, DOB 11-Mar-63. Lives at", "LUCÍA DOMÍNGUEZ"),
        ("[HR] employee=Wagiman 生日=21.02.1992 phone=0963", "Wagiman"),
        ("Visitor: João Pedro dos Santos\nHosted by: Abdullah Al-Rashid", "Abdullah Al-Rashid"),
        ("> On 26 June 2024, Thanawat Srisuk <tsrisuk@outlook.com> wrote:", "Thanawat Srisuk"),
        # "Family, Given" after a cue, with prose straight after it
        ("The tenant Wongsawat, Chutima moves into Blk 419", "Wongsawat, Chutima"),
    ],
)
def test_name_after_a_log_field_or_role(text: str, name: str) -> None:
    assert name in names(text)


def test_a_list_of_given_names_is_not_one_comma_name() -> None:
    assert "Tom, Dick" not in names("We met Tom, Dick and Harry yesterday.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Vietnamese names given-first, the family name last
        ("Present: Ha-eun Moon; Thu Trang Tran, Chinedu Onyeka", "Thu Trang Tran"),
        ("Rowena Ramos & Ngoc Mai Do，訂在 高雄 那家", "Ngoc Mai Do"),
        # capitals after a label: Vietnamese syllables that are also words, one unlisted word
        ("Clinic 預約：DUC ANH DO，27/2/18，Unit 13B", "DUC ANH DO"),
        ("收款人：THI THU DO\n金額：₱85,001", "THI THU DO"),
        ("Pay to: KAEWMANEE NAREEWAN\nAmount: 3", "KAEWMANEE NAREEWAN"),
        # "Family, Given" opening a line before a Chinese verb
        (
            "Subject: 護照資料更新\n\nSuwannarat, Pimchanok 的新 passport 是 PB0875028",
            "Suwannarat, Pimchanok",
        ),
    ],
)
def test_vietnamese_orders_and_family_first_fields(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We went to Long Beach and Hoa Binh. The Hung Fat Co. opened Thu Jun 5.",
        "Status: PENDING REVIEW\nType: WIRE TRANSFER\nNote: SEE ATTACHED",
        "Region: ASIA PACIFIC\nTeam: DEVOPS PLATFORM",
        "Paris, Grace 說 ok",
    ],
)
def test_vietnamese_and_capital_look_alikes(text: str) -> None:
    assert names(text) == []
