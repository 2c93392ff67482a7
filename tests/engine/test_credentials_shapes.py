"""Secrets in the shapes real leaks take: pairs, calls, cookies, codes, key files, cloud/SaaS keys.

Every key-shaped string is built at run time from made-up parts; none is a real credential.
"""

from __future__ import annotations

import base64

import pytest

from desktop.engine.detectors import credentials
from desktop.engine.merge import merge_spans
from desktop.engine.textnorm import Document

RAND = "Ab3dEf6hIj9kLm2NoPq5RsTuVw8XyZ1aBcDeF4gH7iJ0kLmN"
HEX32 = "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c"


def secrets(text: str) -> list[str]:
    doc = Document(text)
    spans = [s for d in credentials.DETECTORS for s in d.detect(doc)]
    return [text[s.start : s.end] for s in merge_spans(spans)]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("login for the NAS: svc_backup / 1qaz2wsx", "1qaz2wsx"),
        ("user ops pass Summer2023!", "Summer2023!"),
        ("fyi the shared drive password was changed to jason_19920817", "jason_19920817"),
        ("帳號 ops，密碼Summer@2024!", "Summer@2024!"),
        ("提款卡密碼我忘了，好像是 0930？", "0930"),
        ("密碼：kitty.baseball.tiger.dragon", "kitty.baseball.tiger.dragon"),
        ("password => taipei101", "taipei101"),
    ],
)
def test_passwords_in_chat(text: str, secret: str) -> None:
    assert secrets(text) == [secret]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my verification code is 761230, can you finish the signup?", "761230"),
        ("Service: VPN\nOTP: 839672", "839672"),
        ("ATM PIN: 8278", "8278"),
        ("door code is 9524", "9524"),
        ("你的驗證碼是 433489，五分鐘內有效", "433489"),
        ("簡訊驗證碼：778201（請勿告訴他人）", "778201"),
        ("PIN碼：5137", "5137"),
        ("Google Authenticator 的 code 是 405357", "405357"),
    ],
)
def test_one_time_and_access_codes(text: str, secret: str) -> None:
    assert secrets(text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "error code 500123 on checkout",
        "zip code: 10617",
        "the code is on GitHub",
        "GPIO pin: 17",
        "confirmation code: 48213977",  # a booking reference, not a secret
    ],
)
def test_codes_that_are_not_secrets(text: str) -> None:
    assert secrets(text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('server.login("alerts", "jordan.hsinchu-42")', "jordan.hsinchu-42"),
        ("ftp_login($conn, 'backup', 'Bk!2024x')", "Bk!2024x"),
        ('$db = mysqli_connect("localhost", "root", "R00t#pw", "crm");', "R00t#pw"),
        ('ds.setPassword("hsinchu-taipei-42");', "hsinchu-taipei-42"),
        ("define('DB_PASSWORD', 'P1n3@ppl3');", "P1n3@ppl3"),
        ('<add key="ApiKey" value="8MyWl6Ps6egm8IM6A4l9H46c" />', "8MyWl6Ps6egm8IM6A4l9H46c"),
        ("SECRET_KEY_BASE=" + RAND[:32], RAND[:32]),
    ],
)
def test_secrets_in_code(text: str, secret: str) -> None:
    assert secrets(text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        'keyring.get_password("mail", "kevin")',  # reads a secret, shows none
        'keyring.set_password("system", "kevin")',  # letters only passed to a setter
        "password = config.db.password",
        'login("user", "password")',  # a tutorial placeholder
    ],
)
def test_code_that_only_names_secrets(text: str) -> None:
    assert secrets(text) == []


def test_session_cookies() -> None:
    sid = "w91xfyeod1gwpjxnzof8msapt8n4590c"
    assert secrets(f"Cookie: connect.sid={sid}; theme=dark") == [sid]
    assert secrets(f"Set-Cookie: PHPSESSID={sid}; Path=/; HttpOnly") == [sid]
    assert secrets("Cookie: theme=dark; lang=zh-TW; session_count=3") == []


def test_cloud_keys() -> None:
    key_id, secret = "AKIA" + "WI764VKKGRFFWO4C", "e0JanUlYqh3ZibsmuEK1AG7Jmq4A5/BQtvzF8/EA"
    assert secrets(f"Leaked in a gist: {key_id} / {secret}") == [key_id, secret]
    assert secrets("SecretId: AKID" + RAND[:32]) == ["AKID" + RAND[:32]]
    assert secrets("外洩的 AccessKey LTAI" + "5tQk8x2Lm9Pz") == ["LTAI5tQk8x2Lm9Pz"]
    # a 40-hex commit SHA next to a key ID is not its secret
    sha = "3f2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a"
    assert secrets(f"{key_id} rotated in commit {sha}") == [key_id]


def test_saas_tokens_without_a_label() -> None:
    bot_id = base64.b64encode(b"581876971376296055").decode().rstrip("=")
    discord = f"{bot_id}.XvfBfm.J9dizuxW-ViZzM3j6QiYyRMLIQyGbF3fv3ykv7"
    assert secrets(f"here's the bot token, don't commit it: {discord}") == [discord]
    hook = "5qFcfRgZ-ZtVQ-ikxmCnIIPaUY8HexhwNrXidjqYOqmTdF4QsAQ64oIzaDXNgx-f1uDo"
    assert secrets(f"https://discord.com/api/webhooks/844140684669521496/{hook} abused") == [hook]
    xapp = "xapp-1-A" + "FZHRDOLEE0-8514630358288-" + HEX32
    assert secrets(f"pasted {xapp} by accident") == [xapp]
    # dot-separated base64 that does not decode to a Discord id
    assert secrets("build MTIzYWJj.XvfBfm.J9dizuxW-ViZzM3j6QiYyRMLIQyGbF3fv3yk") == []


def test_line_channel_token_after_chinese_is() -> None:
    token = (RAND * 4)[:171] + "="
    assert secrets(f"LINE bot 的 token 是 {token}") == [token]
    assert secrets("the token is abc123def456") == []


def test_putty_private_lines_only() -> None:
    public = "AAAAC3NzaC1lZDI1NTE5AAAAIOw" + RAND[:30]
    private = "eS6rengRLSFha2/+iirPKoOTp14vBNXk+FAnDQVhR47Z1AR/sAw2UEo4k+StZ27V"
    ppk = (
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: key\n"
        f"Public-Lines: 1\n{public}\nPrivate-Lines: 1\n{private}\nPrivate-MAC: {HEX32}"
    )
    assert secrets(ppk) == [private]


def test_kubeconfig_key_data_but_not_ca_data() -> None:
    pem = "-----BEGIN PRIVATE KEY-----\n" + RAND + "\n-----END PRIVATE KEY-----"
    key_data = base64.b64encode(pem.encode()).decode()
    ca_pem = "-----BEGIN CERTIFICATE-----\n" + RAND + "\n-----END CERTIFICATE-----"
    ca_data = base64.b64encode(ca_pem.encode()).decode()
    text = f"    certificate-authority-data: {ca_data}\n    client-key-data: {key_data}"
    assert secrets(text) == [key_data]


@pytest.mark.parametrize(
    "text",
    [
        "jdbc:sqlserver://sql01:1433;user=hr;password=M1ch@3l04*;encrypt=true",
    ],
)
def test_jdbc_parameters_are_not_url_user_info(text: str) -> None:
    assert secrets(text) == ["M1ch@3l04*"]


@pytest.mark.parametrize(
    "text",
    [
        "password: REPLACE_ME",
        "env:\n  TOKEN: ${{ secrets.API_TOKEN }}",
        "the AWS docs use AKIAIOSFODNN7EXAMPLE as the sample key",
        "Passwords must be at least 12 characters and include a number and a symbol.",
        "密碼長度至少 8 碼，需包含大小寫英文字母及數字",
        "忘記密碼的話可以按「重設密碼」",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + RAND[:43],
        "integrity: sha512-" + RAND + RAND[:38] + "==",
        'private_key_id: "' + HEX32 + '12345678"',
    ],
)
def test_shapes_that_only_look_secret(text: str) -> None:
    assert secrets(text) == []
