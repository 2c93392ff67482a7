"""Names and secrets as people write them in chat and prose, not only in forms and templates."""

from __future__ import annotations

import pytest

from desktop.engine.detectors import credentials
from desktop.engine.detectors.names_en import EnglishNameDetector
from desktop.engine.detectors.names_zh import ChineseNameDetector
from desktop.engine.textnorm import Document


def _found(detectors: object, text: str) -> list[str]:
    doc = Document(text)
    spans = [s for d in detectors for s in d.detect(doc)]  # type: ignore[attr-defined]
    return sorted({text[s.start : s.end] for s in spans})


def zh(text: str) -> list[str]:
    return _found([ChineseNameDetector()], text)


def en(text: str) -> list[str]:
    return _found([EnglishNameDetector()], text)


def secrets(text: str) -> list[str]:
    return _found(credentials.DETECTORS, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("昨天跟陳建宏開會，他說報價要改", ["陳建宏"]),
        ("文件已經交給萬娥處理", ["萬娥"]),  # two characters, a verb after
        ("我和吳道下午會去拜訪客戶", ["吳道"]),
        ("聽說蔣秋要離職了", ["蔣秋"]),
        ("麻煩通知施奕明天早上九點到", ["施奕"]),  # not 施奕明: 明天 follows
        ("客戶蘇進反映無法登入", ["蘇進"]),
        ("收件者：蔣晨若\n副本：柳若偉、鄧勳皓", ["柳若偉", "蔣晨若", "鄧勳皓"]),
        ("出席：曹鈺以、呂進\n請假：侯妍", ["侯妍", "呂進", "曹鈺以"]),
        ("簽核：錢晴婉 → 董碧英 → 游婉", ["游婉", "董碧英", "錢晴婉"]),
        ("報名名單\n1. 廖雄亭\n2. 凌婉誠\n3. 于彬\n", ["于彬", "凌婉誠", "廖雄亭"]),
        ("敬祝 商祺\n倪品\n業務部", ["倪品"]),
    ],
)
def test_chinese_names_in_prose_lists_and_signatures(text: str, names: list[str]) -> None:
    assert zh(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "金門和馬祖的班機因為濃霧延誤。",
        "會議改到下午兩點，與會人員請準時",
        "大家記得明天要交週報，和平常一樣放共用資料夾",
        "跟高興的時候一樣，和方法有關",
        "如果可以的話，其實之後再說",
    ],
)
def test_chinese_everyday_sentences_have_no_names(text: str) -> None:
    assert zh(text) == []


def test_title_after_a_verb_cue_yields_the_surname_only() -> None:
    assert zh("請問李小姐在嗎？") == ["李"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Valentina: on it\nTuan: thx", ["Tuan", "Valentina"]),
        ("[10:32] Kabir: sounds good", ["Kabir"]),
        ("ask Thandiwe about the VPN", ["Thandiwe"]),
        ("can you loop in Esperanza? they own it", ["Esperanza"]),
        ("Thanks Sipho, that fixed it", ["Sipho"]),
        ("Revoked by Chidi Jansen.", ["Chidi Jansen"]),
        ("Attendees: Sakura G. Torres, Takeshi Kovacs", ["Sakura G. Torres", "Takeshi Kovacs"]),
    ],
)
def test_english_names_after_person_verbs_and_in_chat(text: str, names: list[str]) -> None:
    assert en(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Note: this is fine",
        "Subject: Re: invoice",
        "Docker: down again",
        "Error: connection refused",
        "thanks to Customer Support",
        "ask Google about it",
    ],
)
def test_english_headers_and_products_are_not_names(text: str) -> None:
    assert en(text) == []


@pytest.mark.parametrize(
    "key",
    [
        "secret_" + "L9FW4NVo7p1oKaRhftEo3Y6SYvbjWKGwQCJslkbsh5o",
        "ntn_" + "F4P3YVz9dhreN9I48NgHfCixNBc7QoCQqXdBL559o543DV",
        "hvs." + "CAESIJ8x2kLq9vTzR4mNc7YbWp3HfUdE6sGa1oKiZnXy",
        "NRAK-" + "RC1HH7I76A09LV7X0VOJQGBS889",
        "PMAK-" + "76da6623568e0f245d4c9bf2-f161e64c23c7474fcad52b96de8fa17c37",
        "figd_" + "6Z68LdbEovg0JuVLYj4Bw3Hichc6BQlKH7Pc4QPG",
        "dp.st.prd." + "WYm8Av8SBgEcTAQp0X99TjrvSq36RSTcGx1qrw4zo0n",
        "pscale_tkn_" + "nbBJYWuGp59uKI0jIr1hkPidcIuoURvKE85PLP8sP2C",
    ],
)
def test_more_provider_key_formats(key: str) -> None:
    assert secrets(f"leaked in the wiki: {key}. please revoke") == [key]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mysql -h 10.1.2.3 -u root -p'Xk9#mP2q' orders", "Xk9#mP2q"),
        ("curl -u admin:Tw@826640s https://staging.internal/api", "Tw@826640s"),
        ("sshpass -p 'hunter22' ssh deploy@host", "hunter22"),
        ("公司電腦的密碼改成 harbor.lotus.typhoon47 了", "harbor.lotus.typhoon47"),
        ("DB 密碼：formosa.lotus.bamboo04，不要貼到 Slack", "formosa.lotus.bamboo04"),
        ("the staging password is now Lotus2023#", "Lotus2023#"),
        ("PAYMENT_API_KEY: hvs.e4dPc0KHzbV1hFDOjRHsS1b1sKLdpWKKFDJVQgek10Nw", None),
    ],
)
def test_passwords_on_command_lines_and_in_chat(text: str, secret: str | None) -> None:
    expected = secret if secret is not None else text.split(": ", 1)[1]
    assert secrets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "git log -u origin:main",
        "docker run -p 8080:80 -u 1000:1000 img",
        "curl -u admin:$PASS https://x",
        "password = self.password",
        "token: settings.API_TOKEN",
        "ls -p foo",
    ],
)
def test_command_flags_and_code_references_are_not_secrets(text: str) -> None:
    assert secrets(text) == []
