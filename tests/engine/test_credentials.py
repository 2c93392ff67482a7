"""Secrets (desktop/engine/detectors/credentials.py): key formats, blocks, URLs, config values.

The key-shaped strings below are made up for these tests; none is a real credential.
"""

from __future__ import annotations

import json

import pytest

from desktop.engine.detectors import credentials
from desktop.engine.detectors.registry import fast_detectors
from desktop.engine.detectors.secret_values import (
    is_placeholder,
    plausible_password,
    plausible_token,
    shannon_entropy,
)
from desktop.engine.merge import merge_spans
from desktop.engine.pipeline import Scrubber
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source

# Random-looking bodies built at run time so that secret scanners do not flag this file.
BODY48 = "Ab3dEf6hIj9kLm2NoPq5RsTuVw8XyZ1aBcDeF4gH7iJ0kLmN"
HEX32 = "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c"


def secrets(text: str) -> list[str]:
    """The original text of every merged SECRET span, checking each span's invariants."""
    doc = Document(text)
    spans = []
    for detector in credentials.DETECTORS:
        for span in detector.detect(doc):
            assert 0 <= span.start < span.end <= len(text)
            assert span.label is Label.SECRET
            assert span.source is Source.PATTERN
            assert span.detector == detector.name
            spans.append(span)
    return [text[s.start : s.end] for s in merge_spans(spans)]


def test_detectors_are_registered_in_the_fast_layer() -> None:
    assert len(credentials.DETECTORS) == 9
    assert all(detector in fast_detectors() for detector in credentials.DETECTORS)


# ---------------------------------------------------------------- provider formats

PROVIDER_KEYS = [
    "sk-" + BODY48,  # OpenAI, legacy
    "sk-proj-" + BODY48 + "_x-Y",  # OpenAI project key
    "sk-ant-api03-" + BODY48 + "-AA",  # Anthropic
    "AIza" + BODY48[:35],  # Google API key
    "AKIA" + "Q3EGRTN7XKJ5PW2M",  # AWS access key ID
    "AKIA" + "WOUHXZRVVNWZYJCX",  # no digit: still random capitals
    "ASIA" + "Q3EGRTN7XKJ5PW2M",
    "ghp_" + BODY48[:36],  # GitHub classic
    "gho_" + BODY48[:36],
    "ghs_" + BODY48[:36],
    "github_pat_11" + BODY48[:20] + "_" + BODY48[:30],
    "glpat-" + BODY48[:20],  # GitLab
    "xoxb-" + "123456789012-1234567890123-" + BODY48[:24],  # Slack
    "xoxp-" + "123456789012-" + BODY48[:20],
    "sk_live_" + BODY48[:24],  # Stripe
    "rk_live_" + BODY48[:24],
    "sk_test_" + BODY48[:24],
    "SK" + HEX32,  # Twilio API key SID
    "AC" + HEX32,  # Twilio account SID
    "SG." + BODY48[:22] + "." + BODY48[:43],  # SendGrid
    "hf_" + BODY48[:34],  # Hugging Face
    "hf_" + "eQrYGOBZcgnMMxqGkFFWmDPIWHbilRPQCp",  # letters only, as real ones are
    "glpat-" + "cuhzJfGfWApXltvzhCOa",
    "npm_" + BODY48[:36],  # npm
    "pypi-AgEIcHlwaS5vcmc" + BODY48,  # PyPI
    "ya29." + BODY48[:30],  # Google OAuth access token
    "GOCSPX-" + BODY48[:28],
    "dop_v1_" + HEX32 + HEX32,  # DigitalOcean
    "shpat_" + HEX32,  # Shopify
    "123456789:AA" + BODY48[:33],  # Telegram bot token
    "whsec_" + BODY48[:32],  # Stripe webhook secret
    "gsk_" + BODY48[:48],  # Groq
    "key-" + HEX32,  # Mailgun
    # JWT (header {"alg":"HS256","typ":"JWT"}, payload {"sub":"1234567890"})
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0." + BODY48[:43],
]


@pytest.mark.parametrize("key", PROVIDER_KEYS)
def test_provider_key_formats_alone(key: str) -> None:
    assert secrets(f"here it is: {key} thanks") == [key]


@pytest.mark.parametrize("key", PROVIDER_KEYS[:6])
def test_provider_keys_touching_chinese_text(key: str) -> None:
    assert secrets(f"我的金鑰是{key}，請勿外流") == [key]


def test_slack_webhook_path() -> None:
    path = "T0123ABCD/B0456EFGH/" + BODY48[:24]
    assert secrets(f"post to https://hooks.slack.com/services/{path} now") == [path]


@pytest.mark.parametrize(
    "text",
    [
        "we use sk-learn and scikit-learn",
        "sk-" + "x" * 40,  # documentation placeholder
        "ghp_" + "X" * 36,
        "AKIA" + "X" * 16,
        "AKIA" + "IOSFODNN7EXAMPLE",  # the AWS documentation's example key
        "sk-this-is-not-a-real-key-at-all-ok",  # no digits: prose in kebab case
        "task-" + BODY48,  # "sk-" inside a word
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
        "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    ],
)
def test_provider_format_hard_negatives(text: str) -> None:
    assert secrets(text) == []


# ---------------------------------------------------------------- private keys


def test_private_key_block_is_masked_whole() -> None:
    block = (
        "-----BEGIN RSA PRIVATE KEY-----\n"
        "MIIEowIBAAKCAQEA1234567890abcdefghijABCDEFGHIJ\n"
        "abcdefghijklmnop1234567890ABCDEFGHIJ+/==\n"
        "-----END RSA PRIVATE KEY-----"
    )
    assert secrets(f"key:\n{block}\nthanks") == [block]


@pytest.mark.parametrize("kind", ["", "EC ", "OPENSSH ", "ENCRYPTED ", "PGP "])
def test_private_key_kinds(kind: str) -> None:
    suffix = " BLOCK" if kind == "PGP " else ""
    block = (
        f"-----BEGIN {kind}PRIVATE KEY{suffix}-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4w\n"
        f"-----END {kind}PRIVATE KEY{suffix}-----"
    )
    assert secrets(block) == [block]


def test_private_key_with_escaped_newlines_in_json() -> None:
    block = (
        "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEF\\n-----END PRIVATE KEY-----\\n"
    )
    text = json.dumps({"type": "service_account", "private_key": "PLACEHOLDER"}).replace(
        "PLACEHOLDER", block
    )
    assert block.rstrip("\\n") in secrets(text)[0]


def test_truncated_private_key_masks_the_base64_lines() -> None:
    text = (
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAASCBKcwggSjAgEAAoIBAQC7\n\n"
        "Can you check this?"
    )
    assert secrets(text) == [text[: text.index("\n\n")]]


def test_public_keys_and_certificates_are_not_secrets() -> None:
    assert secrets("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEF\n") == []
    assert secrets("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n") == []
    assert secrets("public_key: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7") == []


# ---------------------------------------------------------------- URLs and headers


# The whole URL is one secret: user, host, port and database beside the password are what a
# login needs. Trailing sentence punctuation and the text around it stay outside.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "postgres://admin:S3cr3tPass@db.example.com:5432/app",
            "postgres://admin:S3cr3tPass@db.example.com:5432/app",
        ),
        ("DATABASE_URL=mysql://root:p4ss!word@127.0.0.1/db", "mysql://root:p4ss!word@127.0.0.1/db"),
        ("連線字串 redis://default:Xk29fLq@cache:6379 請改", "redis://default:Xk29fLq@cache:6379"),
        (
            "REDIS_URL=redis://:Coffee0989!@db.internal:6379",
            "redis://:Coffee0989!@db.internal:6379",
        ),
        (
            "mongodb+srv://root:Zxcv@0524@db.internal/app",
            "mongodb+srv://root:Zxcv@0524@db.internal/app",
        ),
        ("mysql://etl:yg@%eagJ2*70CijQ@prod-db-1/x", "mysql://etl:yg@%eagJ2*70CijQ@prod-db-1/x"),
        (
            "git clone https://oauth2:glpat-" + BODY48[:20] + "@gitlab.com/x.git",
            "https://oauth2:glpat-" + BODY48[:20] + "@gitlab.com/x.git",
        ),
        (
            "https://x-access-token:ghu_" + BODY48[:36] + "@github.com/o/r.git",
            "https://x-access-token:ghu_" + BODY48[:36] + "@github.com/o/r.git",
        ),
        ("連線：amqp://svc:Q9x!mZ2@mq.local:5672/vh，謝謝", "amqp://svc:Q9x!mZ2@mq.local:5672/vh"),
        ("Use postgres://app:Pw4rd-991@10.0.0.5/prod.", "postgres://app:Pw4rd-991@10.0.0.5/prod"),
    ],
)
def test_urls_with_a_password_are_one_secret(text: str, expected: str) -> None:
    assert secrets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "postgres://user:password@localhost/db",  # tutorial placeholders
        "postgres://user:${DB_PASS}@localhost/db",
        "https://example.com:8080/path?q=1",
        "ssh://git@github.com/org/repo.git",
        "see http://[::1]:8080/ and mailto:someone@example.com",
    ],
)
def test_url_hard_negatives(text: str) -> None:
    assert secrets(text) == []


def test_authorization_headers() -> None:
    jwt = PROVIDER_KEYS[-1]
    assert secrets(f"Authorization: Bearer {jwt}") == [jwt]
    opaque = "Qz7" + BODY48[:30]
    assert secrets(f'curl -H "Authorization: Bearer {opaque}" https://api') == [opaque]
    # base64("user:S3cret!")
    assert secrets('curl -H "Authorization: Basic dXNlcjpTM2NyZXQh" https://x') == [
        "dXNlcjpTM2NyZXQh"
    ]
    assert secrets("Authorization: token ghp_" + BODY48[:36]) == ["ghp_" + BODY48[:36]]


@pytest.mark.parametrize(
    "text",
    [
        'curl -H "Authorization: Bearer $TOKEN" https://api',
        "Authorization: Bearer <token>",
        "Authorization: Bearer YOUR_ACCESS_TOKEN",
        "The bearer of this letter is a friend.",
        "Use bearer authentication for the API.",
    ],
)
def test_authorization_hard_negatives(text: str) -> None:
    assert secrets(text) == []


# ---------------------------------------------------------------- key = value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # .env and shell
        ("DB_PASSWORD=hunter2", "hunter2"),
        ('export API_KEY="q8F2kL9mP3xR7vT1nW5y"', "q8F2kL9mP3xR7vT1nW5y"),
        ("AUTH_TOKEN='a8f7c6e5d4b3a2f1e0d9'", "a8f7c6e5d4b3a2f1e0d9"),
        # YAML, INI, JSON, code
        ("  password: Tr0ub4dor&3", "Tr0ub4dor&3"),
        ("DB_PASSWORD=*nQOk%YA32saXHp#&W", "*nQOk%YA32saXHp#&W"),  # generated, with symbols
        ("password = s&O-_mm11e6EwstQlPL&8", "s&O-_mm11e6EwstQlPL&8"),
        ("[db]\npassword = S3cure!Pass", "S3cure!Pass"),
        ('{"apiKey": "AbC123dEf456GhI789"}', "AbC123dEf456GhI789"),
        ('client_secret: "q8F2kL9mP3xR7vT1nW5yZ0bC4dG6hJ"', "q8F2kL9mP3xR7vT1nW5yZ0bC4dG6hJ"),
        ("spring.datasource.password=Sup3rS3cret", "Sup3rS3cret"),
        ("aws_secret_access_key = kR8vQ2/xN4mT7pL1zW9c+Hb3Ye6Ua0Sd5Fg8Jh2K", None),
        ("AWS_SECRET_ACCESS_KEY=/" + BODY48[:30] + "+vU1pgmc8", None),  # leading "/"
        ("'password' => 'pa55w0rd'", "pa55w0rd"),
        ('password := "gopher42"', "gopher42"),
        ("<password>P@ssw0rd</password>", "P@ssw0rd"),
        ("Server=db;User Id=sa;Password=Str0ng!Pass;Database=x", "Str0ng!Pass"),
        ("https://api.x.com/v1?api_key=a8f7c6e5d4b3a2f1e0d9&user=x", "a8f7c6e5d4b3a2f1e0d9"),
        ("X-API-Key: 7fG2kL9mQ3xR8vT1", "7fG2kL9mQ3xR8vT1"),
        ("AccountKey=" + BODY48 + "==;EndpointSuffix=core.windows.net", BODY48 + "=="),
        # command lines
        ("mysql --password S3cr3t! -u root", "S3cr3t!"),
        ("tool --token abcdef1234567890 --verbose", "abcdef1234567890"),
        # prose, English and Chinese
        ("the password is hunter2.", "hunter2"),
        ("Password: hunter2", "hunter2"),
        ("API key: a8f7c6e5d4b3a2f1e0d9", "a8f7c6e5d4b3a2f1e0d9"),
        ("密碼：abc12345，請記得", "abc12345"),
        ("我的密碼是 Tw2024!good", "Tw2024!good"),
        ("WiFi密碼：12345678", "12345678"),
        ("帳號 admin 密碼 P@ss1234 請保密", "P@ss1234"),
        ("登入密碼為ab12cd34", "ab12cd34"),
        ("金鑰：9f8e7d6c5b4a3f2e1d0c", "9f8e7d6c5b4a3f2e1d0c"),
        ("API 金鑰: Zx81Kq02Lm93Np74", "Zx81Kq02Lm93Np74"),
        ("密碼：ａｂｃ１２３４５", "ａｂｃ１２３４５"),  # full-width
        ("PIN: 4821", "4821"),
        ("new laptop pw is Sunset12! don't tell IT", "Sunset12!"),
        ("Password for the VPN is Tiger2024# please", "Tiger2024#"),
        ("密碼是「Tiger2024#」", "Tiger2024#"),
        ("帳密 admin/Sunset12!", "admin/Sunset12!"),
        ("PGPASSWORD=panda-mango-shadow8 psql -h db", "panda-mango-shadow8"),
        ("license_key = 'A1B2C-3D4E5-F6G7H-8I9J0'", "A1B2C-3D4E5-F6G7H-8I9J0"),
    ],
)
def test_values_after_secret_keys(text: str, expected: str | None) -> None:
    if expected is None:
        expected = text.split("=", 1)[1].strip()
    assert secrets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # prose about passwords
        "password: must be 8 characters",
        "Password: Required.",
        "密碼：至少8碼，需含英文",
        "密碼：8碼以上",
        "Forgot your password? Reset password: click here",
        "The password is incorrect.",
        "password-protected files",
        # placeholders and references
        'password: "${DB_PASSWORD}"',
        "password: changeme",
        "password: ********",
        "password: <your-password>",
        "api_key = os.environ['OPENAI_API_KEY']",
        "api_key = settings.API_KEY",
        "password = get_password()",
        'export GITHUB_TOKEN="${{ secrets.GITHUB_TOKEN }}"',
        "Token: YOUR_TOKEN_HERE; secret = <your-secret>; pwd = ***",
        "secret: true",
        "token: null",
        "password: %(db_password)s",
        "password: !vault |",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",  # AWS docs example
        "api_key: [SECRET_1]",
        # keys that are not secrets
        "max_tokens=1024 token_count: 500 secret_name: my-secret",
        "token_type: Bearer",
        "key: value",
        "sort_key: created_at",
        "idempotency_key: 550e8400-e29b-41d4-a716-446655440000",
        "Key points: the plan",
        "Boarding pass: 12345",
        "GPIO pin: 17",
        "發票號碼 PW 41524614，統編 10685614",  # invoice letters, not "pw"
        "bus pass 20240613",
        "password for the account 12345678",
        "next_page_token: CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA",
        "passwordless: true",
        "password_min_length: 12",
        "secret_key_file: /etc/app/secret.key",
        "private_key: ~/.ssh/id_ed25519",
        '{"token": "Hello", "logprob": -0.12}',
        "version: 2.14.3",
        "the token is abc123def456",  # no operator and not a password
    ],
)
def test_key_value_hard_negatives(text: str) -> None:
    assert secrets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "commit 3f2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a fixed the bug",
        "request_id=550e8400-e29b-41d4-a716-446655440000",
        "X-Request-Id: 550e8400-e29b-41d4-a716-446655440000",
        "image sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "digest: sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "released version 2.14.3 (build 20240613)",
        "訂單編號 A123456789，金額 NT$1,200",
        "python -m pip install --upgrade pip",
        "the monkey: bananas; turnkey = yes",
    ],
)
def test_general_hard_negatives(text: str) -> None:
    assert secrets(text) == []


def test_span_excludes_key_name_and_quotes() -> None:
    text = 'config = {"password": "Tr0ub4dor&3", "user": "bob"}'
    doc = Document(text)
    spans = [s for d in credentials.DETECTORS for s in d.detect(doc)]
    assert [(s.start, s.end) for s in spans] == [
        (text.index("Tr0ub"), text.index("Tr0ub") + len("Tr0ub4dor&3"))
    ]


def test_offsets_in_mixed_text() -> None:
    key = "ghp_" + BODY48[:36]
    text = f"嗨，這是我的 token：{key}，還有 password: hunter2 喔"
    assert secrets(text) == [key, "hunter2"]


# ---------------------------------------------------------------- helpers


def test_entropy() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert shannon_entropy(BODY48) > 4.5


def test_placeholder_helper() -> None:
    for value in [
        "${VAR}",
        "$TOKEN",
        "<your-key>",
        "{{ token }}",
        "***",
        "xxxx",
        "changeme",
        "null",
    ]:
        assert is_placeholder(value), value
    for value in ["hunter2", "Tr0ub4dor&3", BODY48, "mySecretPass9"]:
        assert not is_placeholder(value), value


def test_password_and_token_plausibility() -> None:
    assert plausible_password("hunter2", strict=False)
    assert plausible_password("1234", strict=False)
    assert not plausible_password("12", strict=False)
    assert not plausible_password("abcdef", strict=True)
    assert plausible_token(BODY48)
    assert not plausible_token("my-secret-name")
    assert not plausible_token("2024-06-13")
    assert not plausible_token("1024")


def test_scrubber_masks_the_secret_and_keeps_the_key_name() -> None:
    result = Scrubber().scrub("OPENAI_API_KEY=sk-proj-" + BODY48, use_model=False)
    assert BODY48 not in result.text
    assert result.text.startswith("OPENAI_API_KEY=")


def test_pathological_inputs_stay_fast() -> None:
    import time

    for text in [
        "key=" * 5000,
        "password: " * 5000,
        "a" * 50_000,
        "-----BEGIN PRIVATE KEY-----" * 500,
    ]:
        started = time.perf_counter()
        secrets(text)
        assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("* Password    [ 6704871907p ]\n* Birthday    [ 1990/01/02 ]", "6704871907p"),
        ("sync: bearer=AlALfStex8GDIGqoPNp5fhKUWZ1OvWprXp\n", "AlALfStex8GDIGqoPNp5fhKUWZ1OvWprXp"),
    ],
)
def test_a_password_in_a_bracketed_form_field_and_a_logged_bearer_value(
    text: str, secret: str
) -> None:
    assert secrets(text) == [secret]


def test_a_bracketed_placeholder_is_no_password() -> None:
    assert secrets("password [REDACTED] on purpose") == []


@pytest.mark.parametrize("token", ["Gbk%8KbX%39", "Mango6021#"])
def test_whatever_follows_bearer_in_an_authorization_header_is_the_secret(token: str) -> None:
    assert secrets(f"curl -H 'Authorization: Bearer {token}' https://api.internal/v1/me") == [token]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("SMTP_PASS=asdf;lkj\nRotated by ops", "asdf;lkj"),
        ("      - REDIS_AUTH=Sunshine2021.\n      - DB_URL=x", "Sunshine2021."),
        ("Wi-Fi FlatNet5G, password: Bubble1996.\nLandlord", "Bubble1996."),
    ],
)
def test_a_config_lines_value_keeps_its_semicolon_and_final_full_stop(
    text: str, secret: str
) -> None:
    assert secrets(text) == [secret]


@pytest.mark.parametrize(
    "text",
    ["The password is hunter2.", "Server=db;User Id=sa;Password=Str0ng!Pass;Database=x"],
)
def test_prose_and_connection_strings_still_end_the_value_early(text: str) -> None:
    assert all(not s.endswith((".", ";Database=x")) for s in secrets(text))


def test_a_password_typed_in_full_width_forms_keeps_its_final_mark() -> None:
    assert secrets("我的網銀密碼：Ｓ３ｃｕｒ３３９！ 幫我記著") == ["Ｓ３ｃｕｒ３３９！"]


def test_a_passphrase_in_a_bracketed_form_field() -> None:
    text = "* Password    [ hualien-monsoon-hualien ]\n* Birthday    [ 1990 ]"
    assert secrets(text) == ["hualien-monsoon-hualien"]
