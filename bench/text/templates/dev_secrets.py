"""DEV-split secrets as they leak in the wild, written from incident reports and secret-scanner rule
families (cloud keys, SaaS tokens, DSNs, config files, code, headers, key files), plus hard
negatives that only look like secrets (hashes, UUIDs, public keys, documentation example keys,
placeholders, password-policy prose).

Values come from this module's own generators (not bench/text/values_secrets.py). Slots are
prefixed `S` and registered into bench.text.slots when this module is imported. Decisions: a
one-time code (OTP, 驗證碼) is a SECRET: it is live while the message is read, and a pasted
login usually travels with it. Account identifiers that scanners report with their secret (AWS
access key IDs, Twilio account SIDs, Tencent SecretIds) are SECRET too. Every template is DEV only.
"""
# ruff: noqa: E501  (template data: one message per string reads better than wrapped text)

from __future__ import annotations

import base64
import json
import string
import uuid as uuid_lib

from bench.text.piece import GenContext, Mark, Piece, credential_url, neg, pii, pii_inside
from bench.text.slots import SLOTS
from bench.text.templates import Template, group

_UPPER = string.ascii_uppercase
_LOWER = string.ascii_lowercase
_DIGITS = string.digits
_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = _ALNUM + "+/"
_B64URL = _ALNUM + "-_"

# ---------------------------------------------------------------- passwords people choose

_PW_WORDS = [
    "summer",
    "winter",
    "spring",
    "autumn",
    "taipei",
    "tainan",
    "kaohsiung",
    "hsinchu",
    "taichung",
    "dragon",
    "monkey",
    "sunshine",
    "iloveyou",
    "princess",
    "football",
    "baseball",
    "shadow",
    "master",
    "welcome",
    "letmein",
    "qwerty",
    "woaini",
    "jordan",
    "pokemon",
    "doraemon",
    "hello",
    "kitty",
    "tiger",
    "panda",
    "mango",
    "bubble",
    "coffee",
    "boba",
    "pineapple",
    "michael",
    "jessica",
]
_PW_NAMES = [
    "kevin",
    "amy",
    "jenny",
    "eric",
    "vivian",
    "allen",
    "tony",
    "peggy",
    "jason",
    "cindy",
    "wendy",
    "yuting",
    "chiahao",
]
_KEYBOARD = ("1qaz2wsx", "zaq12wsx", "!QAZ2wsx", "qwer1234", "asdf!234", "1q2w3e4r", "Zxcv1234")
_SYMBOLS = "!@#$%&*?"
_LEET = str.maketrans({"a": "@", "o": "0", "e": "3", "s": "$", "i": "1"})


def password_s(ctx: GenContext) -> str:
    """Passwords as people pick them: word+digits, seasons+years, leet, birthdays, keyboard walks."""
    rng = ctx.rng
    word = rng.choice(_PW_WORDS)
    style = rng.randrange(10)
    if style == 0:
        season = rng.choice(("Summer", "Winter", "Spring", "Autumn", "Welcome", "Company"))
        return (
            season
            + rng.choice(("2023", "2024", "2025", "@2024", "#2025"))
            + rng.choice(("!", "", "?"))
        )
    if style == 1:
        return word + ctx.digits(rng.choice((2, 3, 4)))  # taipei101, iloveyou88
    if style == 2:
        return (
            word.capitalize().translate(_LEET)
            + ctx.digits(rng.randint(1, 3))
            + rng.choice(_SYMBOLS)
        )
    if style == 3:
        return (
            rng.choice(_PW_NAMES)
            + rng.choice(("", "_", "."))
            + rng.choice(("0315", "1988", "19920817", "520"))
        )
    if style == 4:
        return rng.choice(_KEYBOARD)
    if style == 5:
        return rng.choice(("woaini", "aini", "wo")) + rng.choice(("1314", "520", "5201314"))
    if style == 6:
        parts = [rng.choice(_PW_WORDS) for _ in range(rng.randint(3, 4))]
        return rng.choice(("-", ".", "_")).join(parts) + rng.choice(("", "7", "-42", "!"))
    if style == 7:
        return ctx.chars(_ALNUM + _SYMBOLS, rng.randint(12, 20))
    if style == 8:
        return rng.choice(("Aa", "a", "abc", "Abc")) + ctx.digits(rng.randint(6, 8))
    return word.capitalize() + rng.choice(_SYMBOLS) + ctx.digits(rng.randint(2, 4))


def pin_s(ctx: GenContext) -> str:
    return ctx.digits(ctx.rng.choice((4, 6)))


# ---------------------------------------------------------------- machine-made keys and tokens


def _b64_bytes(ctx: GenContext, n: int) -> str:
    return base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(n))).decode()


def _b64url_bytes(ctx: GenContext, n: int) -> str:
    return (
        base64.urlsafe_b64encode(bytes(ctx.rng.randrange(256) for _ in range(n)))
        .decode()
        .rstrip("=")
    )


def aws_key_id_s(ctx: GenContext) -> str:
    return ctx.rng.choice(("AKIA", "ASIA")) + ctx.chars(_UPPER + "234567", 16)


def aws_secret_s(ctx: GenContext) -> str:
    return ctx.chars(_ALNUM + "/+", 40)


def alibaba_id_s(ctx: GenContext) -> str:
    return "LTAI" + ctx.chars(_ALNUM, ctx.rng.choice((12, 20)))


def tencent_id_s(ctx: GenContext) -> str:
    return "AKID" + ctx.chars(_ALNUM, 32)


def random_secret_s(ctx: GenContext) -> str:
    """A secret with no prefix: hex, alphanumeric or base64, as cloud consoles hand them out."""
    style = ctx.rng.randrange(4)
    if style == 0:
        return ctx.chars(_HEX, ctx.rng.choice((32, 40, 64)))
    if style == 1:
        return ctx.chars(_ALNUM, ctx.rng.choice((24, 30, 32, 43)))
    if style == 2:
        return _b64_bytes(ctx, ctx.rng.choice((24, 32, 48)))
    return ctx.chars(_ALNUM, 3) + ctx.digits(1) + "Q~" + ctx.chars(_ALNUM + "_~.-", 31)  # Azure AD


def saas_token_s(ctx: GenContext) -> str:
    """SaaS tokens in their published shapes (generated here, never real)."""
    rng = ctx.rng
    makers = (
        lambda: "xoxb-" + ctx.digits(11) + "-" + ctx.digits(13) + "-" + ctx.chars(_ALNUM, 24),
        lambda: (
            "xapp-1-A"
            + ctx.chars(_UPPER + _DIGITS, 10)
            + "-"
            + ctx.digits(13)
            + "-"
            + ctx.chars(_HEX, 64)
        ),
        lambda: "sk-proj-" + ctx.chars(_B64URL, 120),
        lambda: "sk-" + ctx.chars(_ALNUM, 48),
        lambda: "sk-ant-api03-" + ctx.chars(_B64URL, 93) + "AA",
        lambda: "hf_" + ctx.chars(_ALNUM, 34),
        lambda: "AIza" + ctx.chars(_B64URL, 35),
        lambda: "ghp_" + ctx.chars(_ALNUM, 36),
        lambda: "gho_" + ctx.chars(_ALNUM, 36),
        lambda: "github_pat_11" + ctx.chars(_UPPER + _DIGITS, 20) + "_" + ctx.chars(_ALNUM, 59),
        lambda: "glpat-" + ctx.chars(_B64URL, 20),
        lambda: "sk_live_" + ctx.chars(_ALNUM, 99),
        lambda: "rk_live_" + ctx.chars(_ALNUM, 24),
        lambda: "whsec_" + ctx.chars(_ALNUM, 32),
        lambda: "shpat_" + ctx.chars(_HEX, 32),
        lambda: "shpss_" + ctx.chars(_HEX, 32),
        lambda: "SG." + ctx.chars(_B64URL, 22) + "." + ctx.chars(_B64URL, 43),
        lambda: "key-" + ctx.chars(_HEX, 32),
        lambda: "ATATT3xFfGF0" + ctx.chars(_B64URL, 170) + "=" + ctx.chars(_HEX.upper(), 8),
        lambda: "lin_api_" + ctx.chars(_ALNUM, 40),
        lambda: "ntn_" + ctx.chars(_ALNUM, 46),
        lambda: "secret_" + ctx.chars(_ALNUM, 43),
        lambda: "ya29.a0" + ctx.chars(_B64URL, 150),
        lambda: "GOCSPX-" + ctx.chars(_B64URL, 28),
        lambda: "npm_" + ctx.chars(_ALNUM, 36),
        lambda: "AC" + ctx.chars(_HEX, 32),
    )
    return rng.choice(makers)()


def discord_token_s(ctx: GenContext) -> str:
    user_id = str(ctx.rng.randrange(10**17, 10**19)).encode()
    return (
        base64.b64encode(user_id).decode().rstrip("=")
        + "."
        + ctx.chars(_B64URL, 6)
        + "."
        + ctx.chars(_B64URL, 38)
    )


def telegram_token_s(ctx: GenContext) -> str:
    return ctx.digits(ctx.rng.choice((9, 10))) + ":AA" + ctx.chars(_B64URL, 33)


def line_access_token_s(ctx: GenContext) -> str:
    """A LINE Messaging API long-lived channel access token: 172 base64 characters ending '='."""
    return ctx.chars(_B64, 171) + "="


def hex32_s(ctx: GenContext) -> str:
    return ctx.chars(_HEX, 32)


def jwt_s(ctx: GenContext) -> str:
    header = _b64url_json({"alg": ctx.rng.choice(("HS256", "RS256")), "typ": "JWT"})
    payload = _b64url_json(
        {"sub": ctx.digits(8), "iat": 1700000000 + ctx.rng.randrange(10**7), "scope": "read write"}
    )
    return f"{header}.{payload}.{_b64url_bytes(ctx, 32)}"


def _b64url_json(data: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def session_id_s(ctx: GenContext) -> str:
    style = ctx.rng.randrange(4)
    if style == 0:
        return ctx.chars(_LOWER + _DIGITS, 26)  # PHPSESSID
    if style == 1:
        return ctx.chars("0123456789ABCDEF", 32)  # JSESSIONID
    if style == 2:
        return "s%3A" + ctx.chars(_B64URL, 32) + "." + ctx.chars(_B64URL, 43)  # connect.sid
    return ctx.chars(_LOWER + _DIGITS, 32)  # Django sessionid


def basic_auth_s(ctx: GenContext) -> str:
    user = ctx.rng.choice(("admin", "ci-bot", "deploy", "report", "kevin"))
    return base64.b64encode(f"{user}:{password_s(ctx)}".encode()).decode()


def _pem_body(ctx: GenContext, lines: int, sep: str) -> str:
    body = _b64_bytes(ctx, 48 * lines)
    return sep.join(body[i : i + 64] for i in range(0, len(body), 64))


def private_key_s(ctx: GenContext) -> str:
    kind = ctx.rng.choice(
        (
            "RSA PRIVATE KEY",
            "OPENSSH PRIVATE KEY",
            "EC PRIVATE KEY",
            "PRIVATE KEY",
            "ENCRYPTED PRIVATE KEY",
        )
    )
    return f"-----BEGIN {kind}-----\n{_pem_body(ctx, 6, chr(10))}\n-----END {kind}-----"


def pgp_private_s(ctx: GenContext) -> str:
    return (
        "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
        + _pem_body(ctx, 6, "\n")
        + "\n="
        + ctx.chars(_B64, 4)
        + "\n-----END PGP PRIVATE KEY BLOCK-----"
    )


# ---------------------------------------------------------------- composite pieces


def _gcp_service_account(ctx: GenContext) -> Piece:
    """A service-account JSON file: the private key is the secret (newlines escaped)."""
    project = ctx.rng.choice(("tw-retail-prod", "ml-sandbox-221", "line-bot-tw"))
    key = (
        "-----BEGIN PRIVATE KEY-----\\n" + _pem_body(ctx, 8, "\\n") + "\\n-----END PRIVATE KEY-----"
    )
    head = (
        '{\n  "type": "service_account",\n  "project_id": "' + project + '",\n'
        '  "private_key_id": "' + ctx.chars(_HEX, 40) + '",\n  "private_key": "'
    )
    tail = (
        '\\n",\n  "client_id": "' + ctx.digits(21) + '",\n'
        '  "token_uri": "https://oauth2.googleapis.com/token"\n}'
    )
    return pii_inside(head, key, tail, "SECRET")


def _putty_key(ctx: GenContext) -> Piece:
    """A PuTTY .ppk file: the private lines are the secret; the public lines are not."""
    public = _pem_body(ctx, 2, "\n")
    private = _pem_body(ctx, 1, "\n")
    head = (
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-20240611\n"
        f"Public-Lines: {public.count(chr(10)) + 1}\n{public}\nPrivate-Lines: {private.count(chr(10)) + 1}\n"
    )
    return pii_inside(head, private, f"\nPrivate-MAC: {ctx.chars(_HEX, 64)}", "SECRET")


def _dsn(ctx: GenContext) -> Piece:
    rng = ctx.rng
    scheme, host = rng.choice(
        (
            ("postgres", "pg-main.internal:5432/shop"),
            ("postgresql+psycopg2", "analytics-db/analytics"),
            ("mysql", "mysql.prod.svc.cluster.local:3306/crm"),
            ("mongodb+srv", "cluster1.ab3cd.mongodb.net/app?retryWrites=true&w=majority"),
            ("redis", "cache-01:6379/2"),
            ("rediss", "redis-12345.c1.asia-east1-1.gce.cloud.redislabs.com:12345"),
            ("amqp", "rabbitmq:5672/vhost"),
            ("amqps", "b-1234.mq.ap-northeast-1.amazonaws.com:5671"),
            ("smtp", "smtp.gmail.com:587"),
            ("ftp", "ftp.vendor.com.tw/upload"),
            ("sftp", "files.partner.tw:22"),
        )
    )
    user = rng.choice(("app", "root", "admin", "svc_etl", "noreply", "deploy", "shop_rw"))
    return credential_url(f"{scheme}://{user}:", password_s(ctx), f"@{host}")


def _jdbc(ctx: GenContext) -> Piece:
    style = ctx.rng.randrange(3)
    if style == 0:
        return pii_inside(
            "jdbc:postgresql://db.internal:5432/erp?user=erp_app&password=",
            password_s(ctx),
            "&ssl=true",
            "SECRET",
        )
    if style == 1:
        return credential_url(
            "jdbc:mysql://report:", password_s(ctx), "@mysql-report:3306/report?useSSL=false"
        )
    return pii_inside(
        "jdbc:sqlserver://sql01.corp.local:1433;databaseName=HR;user=hr_app;password=",
        password_s(ctx),
        ";encrypt=true",
        "SECRET",
    )


def _cookie(ctx: GenContext) -> Piece:
    name = ctx.rng.choice(
        (
            "sessionid",
            "PHPSESSID",
            "JSESSIONID",
            "connect.sid",
            "_session_id",
            "laravel_session",
            "ASP.NET_SessionId",
        )
    )
    return pii_inside(f"{name}=", session_id_s(ctx), "", "SECRET")


def _discord_webhook(ctx: GenContext) -> Piece:
    return pii_inside(
        f"https://discord.com/api/webhooks/{ctx.digits(19)}/", ctx.chars(_B64URL, 68), "", "SECRET"
    )


# ---------------------------------------------------------------- hard negatives


def _example_key(ctx: GenContext) -> str:
    return ctx.rng.choice(
        (
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xoxb-your-bot-token",
            "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        )
    )


def _placeholder(ctx: GenContext) -> str:
    return ctx.rng.choice(
        (
            "<your-password>",
            "${DB_PASSWORD}",
            "********",
            "your_api_key_here",
            "{{ .Values.password }}",
            "${{ secrets.API_TOKEN }}",
            "changeme",
            "REPLACE_ME",
            "<TOKEN>",
            "%(password)s",
            "os.environ['API_KEY']",
        )
    )


def _public_key(ctx: GenContext) -> str:
    algo = ctx.rng.choice(("ssh-ed25519", "ssh-rsa"))
    body = (
        "AAAAC3NzaC1lZDI1NTE5AAAAI" + ctx.chars(_B64, 43)
        if algo == "ssh-ed25519"
        else "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + ctx.chars(_B64, 340)
    )
    return f"{algo} {body}"


def _hash(ctx: GenContext) -> str:
    style = ctx.rng.randrange(4)
    if style == 0:
        return ctx.chars(_HEX, 64)
    if style == 1:
        return ctx.chars(_HEX, 32)
    if style == 2:
        return "sha256:" + ctx.chars(_HEX, 64)
    return "sha512-" + _b64_bytes(ctx, 64)


def _uuid(ctx: GenContext) -> str:
    return str(uuid_lib.UUID(int=ctx.rng.getrandbits(128), version=4))


def _certificate(ctx: GenContext) -> str:
    return f"-----BEGIN CERTIFICATE-----\n{_pem_body(ctx, 5, chr(10))}\n-----END CERTIFICATE-----"


def _multi(*parts: tuple[str, str | None]) -> Piece:
    """Text parts joined; a part with a label is a SECRET span."""
    text, marks, at = "", [], 0
    for part, label in parts:
        if label:
            marks.append(Mark(at, at + len(part), label=label))
        text += part
        at += len(part)
    return Piece(text, tuple(marks))


def _aws_credentials_file(ctx: GenContext) -> Piece:
    return _multi(
        ("[default]\naws_access_key_id = ", None),
        (aws_key_id_s(ctx), "SECRET"),
        ("\naws_secret_access_key = ", None),
        (aws_secret_s(ctx), "SECRET"),
        ("\nregion = ap-northeast-1", None),
    )


_S_SLOTS = {
    "SPW": lambda ctx: pii(password_s(ctx), "SECRET"),
    "SPIN": lambda ctx: pii(pin_s(ctx), "SECRET"),
    "SOTP": lambda ctx: pii(ctx.digits(6), "SECRET"),
    "SAWS_ID": lambda ctx: pii(aws_key_id_s(ctx), "SECRET"),
    "SAWS_SECRET": lambda ctx: pii(aws_secret_s(ctx), "SECRET"),
    "SALI_ID": lambda ctx: pii(alibaba_id_s(ctx), "SECRET"),
    "STENCENT_ID": lambda ctx: pii(tencent_id_s(ctx), "SECRET"),
    "SRANDOM": lambda ctx: pii(random_secret_s(ctx), "SECRET"),
    "SSAAS": lambda ctx: pii(saas_token_s(ctx), "SECRET"),
    "SDISCORD": lambda ctx: pii(discord_token_s(ctx), "SECRET"),
    "STELEGRAM": lambda ctx: pii(telegram_token_s(ctx), "SECRET"),
    "SLINE_TOKEN": lambda ctx: pii(line_access_token_s(ctx), "SECRET"),
    "SHEX32": lambda ctx: pii(hex32_s(ctx), "SECRET"),
    "SJWT": lambda ctx: pii(jwt_s(ctx), "SECRET"),
    "SBASIC": lambda ctx: pii(basic_auth_s(ctx), "SECRET"),
    "SPEM": lambda ctx: pii(private_key_s(ctx), "SECRET"),
    "SPGP": lambda ctx: pii(pgp_private_s(ctx), "SECRET"),
    "SAZURE_KEY": lambda ctx: pii(_b64_bytes(ctx, 64), "SECRET"),
    "SK8S_B64": lambda ctx: pii(base64.b64encode(password_s(ctx).encode()).decode(), "SECRET"),
    "SKUBE_KEY": lambda ctx: pii(base64.b64encode(private_key_s(ctx).encode()).decode(), "SECRET"),
    "SGCP_SA": _gcp_service_account,
    "SPPK": _putty_key,
    "SDSN": _dsn,
    "SJDBC": _jdbc,
    "SCOOKIE": _cookie,
    "SDISCORD_HOOK": _discord_webhook,
    "SAWS_FILE": _aws_credentials_file,
    "SPYPI": lambda ctx: pii("pypi-AgEIcHlwaS5vcmc" + ctx.chars(_B64URL, 150), "SECRET"),
    "STWILIO_SID": lambda ctx: pii("AC" + ctx.chars(_HEX, 32), "SECRET"),
    "SUSER": lambda ctx: Piece(ctx.rng.choice(("admin", "root", "deploy", "ops", "svc_backup"))),
    # hard negatives
    "SN_EXAMPLE": lambda ctx: neg(_example_key(ctx), "example_key"),
    "SN_PLACEHOLDER": lambda ctx: neg(_placeholder(ctx), "placeholder"),
    "SN_PUBKEY": lambda ctx: neg(_public_key(ctx), "public_key"),
    "SN_HASH": lambda ctx: neg(_hash(ctx), "hash"),
    "SN_UUID": lambda ctx: neg(_uuid(ctx), "uuid"),
    "SN_CERT": lambda ctx: neg(_certificate(ctx), "certificate"),
    "SN_CA_DATA": lambda ctx: neg(
        base64.b64encode(_certificate(ctx).encode()).decode(), "certificate"
    ),
}
SLOTS.update(_S_SLOTS)

# ---------------------------------------------------------------- templates

_EN_CHAT = [
    "the wifi password is {{SPW}} (guest network is open)",
    "pw: {{SPW}}",
    "password => {{SPW}}",
    "login for the NAS: {{SUSER}} / {{SPW}}",
    "ok I reset it, your new password is {{SPW}} — change it after you log in",
    "user {{SUSER}} pass {{SPW}}",
    "fyi the shared drive password was changed to {{SPW}}",
    "door code is {{SPIN}}, alarm PIN {{SPIN}}",
    "my verification code is {{SOTP}}, can you finish the signup for me?",
    "here's the bot token, don't commit it: {{SDISCORD}}",
    "use this for the staging bot → {{STELEGRAM}}",
    "Slack token for the alerts app: {{SSAAS}}",
    "I pasted my key by accident in #general: {{SSAAS}} — rotating now",
    "the router admin pw is {{SPW}}",
    "can you try Password: {{SPW}} on the old laptop?",
    "Passwords must be at least 12 characters and include a number and a symbol.",
    "forgot my password again lol, resetting it via the email link",
    "the AWS docs use {{SN_EXAMPLE}} as the sample key, don't panic",
    "the build failed on checksum {{SN_HASH}}, re-running",
    "request id {{SN_UUID}} keeps timing out",
]
_EN_EMAIL = [
    "Hi,\n\nYour account has been created.\nUsername: {{SUSER}}\nTemporary password: {{SPW}}\n\nPlease change it at first login.\n\nIT Helpdesk",
    "Hello,\n\nAs requested, the credentials for the vendor portal:\n  login: {{SUSER}}\n  password: {{SPW}}\n\nRegards",
    "Team,\n\nThe LINE bot is live. Channel secret: {{SHEX32}}\nChannel access token: {{SLINE_TOKEN}}\n\nPlease keep these out of the repo.",
    "Hi,\n\nTwilio is set up: Account SID {{STWILIO_SID}}, Auth Token: {{SHEX32}}.\n\nThanks",
    "Dear customer,\n\nYour one-time passcode is {{SOTP}}. It expires in 10 minutes.",
    "Hi,\n\nOur password policy: at least 12 characters, no reuse of the last 5 passwords, rotate every 90 days.\n\nSecurity Team",
    "Hi,\n\nAttached is the SSH public key for the build server:\n{{SN_PUBKEY}}\n\nPlease add it to authorized_keys.",
]
_EN_FORM = [
    "Service: VPN\nUsername: {{SUSER}}\nPassword: {{SPW}}\nOTP: {{SOTP}}",
    "Wi-Fi SSID: Office-5G\nWi-Fi password: {{SPW}}",
    "ATM PIN: {{SPIN}}",
    "API key: {{SRANDOM}}\nAPI key ID: {{SN_UUID}}",
    "Password requirements: minimum 8 characters, one uppercase letter, one digit.",
]
_EN_TICKET = [
    "Found in application logs: Authorization: Bearer {{SJWT}} (user 4411). Please purge the logs.",
    "Log line: 2024-06-11T10:22:31Z INFO auth ok token={{SJWT}} path=/api/orders",
    "Customer pasted their Cookie header: {{SCOOKIE}}; theme=dark. Session invalidated.",
    "Secret scanner alert: {{SSAAS}} in commit {{SN_HASH}}. Revoked.",
    "Leaked in a public gist: {{SAWS_ID}} / {{SAWS_SECRET}}",
    "The service account key leaked; key body:\n{{SPEM}}",
    "Connection failing for {{SDSN}} since the failover",
    "Webhook {{SDISCORD_HOOK}} was abused to spam the channel",
    "Placeholder {{SN_PLACEHOLDER}} was not substituted in the deploy; the app started without a password.",
    "Upgraded the image; digest {{SN_HASH}}",
]
_EN_CONFIG = [
    "# .env\nDATABASE_URL={{SDSN}}\nSECRET_KEY_BASE={{SRANDOM}}\nSTRIPE_SECRET_KEY={{SSAAS}}",
    "# settings.py\nDATABASES = {\n    'default': {'ENGINE': 'django.db.backends.postgresql', 'USER': 'app', 'PASSWORD': '{{SPW}}'},\n}\nSECRET_KEY = '{{SRANDOM}}'",
    'import smtplib\nserver = smtplib.SMTP("smtp.gmail.com", 587)\nserver.login("alerts", "{{SPW}}")',
    'conn = psycopg2.connect(host="db-report.internal", user="report", password="{{SPW}}", dbname="sales")',
    "const apiKey = '{{SRANDOM}}';\nconst client = new Client({ apiKey });",
    'const db = mysql.createConnection({ host: "localhost", user: "root", password: "{{SPW}}" });',
    'var dbPassword = "{{SPW}}"\nfunc main() {\n\tcfg := Config{User: "app", Password: "{{SPW}}"}\n}',
    'String password = "{{SPW}}";\nds.setPassword("{{SPW}}");',
    'var conn = new SqlConnection("Server=sql01;Database=HR;User Id=hr;Password={{SPW}};");',
    "<?php\n$db_host = 'localhost';\n$db_pass = '{{SPW}}';\ndefine('DB_PASSWORD', '{{SPW}}');",
    "config.api_key = '{{SRANDOM}}'\nActiveRecord::Base.establish_connection(adapter: 'mysql2', username: 'app', :password => '{{SPW}}')",
    "database:\n  host: db.internal\n  username: app\n  password: {{SPW}}\nredis:\n  url: {{SDSN}}",
    '{\n  "db": {"user": "app", "password": "{{SPW}}"},\n  "apiKey": "{{SRANDOM}}"\n}',
    '[database]\nuser = "app"\npassword = "{{SPW}}"\n\n[slack]\nbot_token = "{{SSAAS}}"',
    "[client]\nuser=root\npassword={{SPW}}\nhost=localhost",
    '<connectionStrings>\n  <add name="Main" connectionString="Data Source=sql01;User ID=sa;Password={{SPW}}" />\n</connectionStrings>\n<appSettings>\n  <add key="ApiKey" value="{{SRANDOM}}" />\n</appSettings>',
    "<datasource>\n  <username>app</username>\n  <password>{{SPW}}</password>\n</datasource>",
    "spring.datasource.url={{SJDBC}}\nspring.datasource.username=erp\nspring.datasource.password={{SPW}}",
    'services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: {{SPW}}\n      MYSQL_PASSWORD: "{{SPW}}"',
    "# values.yaml\npostgresql:\n  auth:\n    postgresPassword: {{SPW}}\n    password: {{SPW}}\nsecrets:\n  apiToken: {{SRANDOM}}",
    'db_password     = "{{SPW}}"\naccess_key      = "{{SAWS_ID}}"\nsecret_key      = "{{SAWS_SECRET}}"',
    "jobs:\n  deploy:\n    env:\n      GH_TOKEN: ${{ secrets.GH_TOKEN }}\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          username: ci\n          password: {{SPW}}",
    "//registry.npmjs.org/:_authToken={{SSAAS}}\nalways-auth=true",
    "[pypi]\nusername = __token__\npassword = {{SPYPI}}",
    "machine api.heroku.com\n  login ops-bot\n  password {{SRANDOM}}",
    "{{SAWS_FILE}}",
    "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: {{SN_CA_DATA}}\n    server: https://k8s-api.internal:6443\nusers:\n- name: admin\n  user:\n    client-key-data: {{SKUBE_KEY}}\n    token: {{SRANDOM}}",
    '{\n  "auths": {\n    "registry.gitlab.com": {\n      "auth": "{{SBASIC}}"\n    }\n  }\n}',
    "{{SGCP_SA}}",
    "{{SPPK}}",
    "{{SPGP}}",
    "DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey={{SAZURE_KEY}};EndpointSuffix=core.windows.net",
    "# Alibaba Cloud OSS\nOSS_ACCESS_KEY_ID={{SALI_ID}}\nOSS_ACCESS_KEY_SECRET={{SRANDOM}}",
    "# Tencent COS\nSecretId: {{STENCENT_ID}}\nSecretKey: {{SRANDOM}}",
    "curl -H 'X-API-Key: {{SRANDOM}}' https://api.partner.com/v1/orders",
    "GET /api/v4/projects HTTP/1.1\nHost: gitlab.corp\nPRIVATE-TOKEN: {{SSAAS}}",
    "POST /v1/chat HTTP/1.1\nAuthorization: Basic {{SBASIC}}\nContent-Type: application/json",
    "HTTP/1.1 200 OK\nSet-Cookie: {{SCOOKIE}}; Path=/; HttpOnly; Secure",
    "ssh_authorized_keys:\n  - {{SN_PUBKEY}}\npackage_upgrade: true",
    "# docs: export AWS_ACCESS_KEY_ID={{SN_EXAMPLE}}\nexport AWS_DEFAULT_REGION=us-west-2",
    "password: {{SN_PLACEHOLDER}}\napi_key: {{SN_PLACEHOLDER}}",
    "integrity: {{SN_HASH}}\nresolved: https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
    "ca.crt: |\n  {{SN_CERT}}",
    'etag: "{{SN_HASH}}"\nx-request-id: {{SN_UUID}}',
    "max_tokens: 4096\ntoken_limit: 8000\nprimary_key: order_id\npassword_min_length: 12",
]
_ZH_CHAT = [
    "wifi 密碼是 {{SPW}}",
    "密碼：{{SPW}}",
    "口令 {{SPW}}，別傳出去",
    "帳號 {{SUSER}}，密碼{{SPW}}",
    "提款卡密碼我忘了，好像是 {{SPIN}}？",
    "你的驗證碼是 {{SOTP}}，五分鐘內有效",
    "簡訊驗證碼：{{SOTP}}（請勿告訴他人）",
    "PIN碼：{{SPIN}}",
    "新的金鑰：{{SRANDOM}}",
    "私鑰貼給你，用完刪掉\n{{SPEM}}",
    "LINE bot 的 token 是 {{SLINE_TOKEN}}",
    "Channel secret：{{SHEX32}}",
    "電腦開機密碼改成{{SPW}}了",
    "密碼長度至少 8 碼，需包含大小寫英文字母及數字",
    "忘記密碼的話可以按「重設密碼」",
    "這個 commit {{SN_HASH}} 有問題，幫我 revert",
]
_ZH_EMAIL = [
    "您好：\n\n系統帳號已建立\n帳號：{{SUSER}}\n密碼：{{SPW}}\n\n請於首次登入後變更密碼。\n\n資訊處",
    "各位好，\n\n測試機的 root 密碼為 {{SPW}}，下週會更換。\n\n謝謝",
    "您好，\n\n您的一次性密碼為 {{SOTP}}，請於10分鐘內輸入。",
    "同仁好，\n\n密碼政策：長度至少12碼，每90天需更換一次，不得與前五次相同。\n\n資安小組",
]
_ZH_FORM = [
    "WiFi名稱：Office\nWiFi密碼：{{SPW}}",
    "網銀帳號：{{SUSER}}\n登入密碼：{{SPW}}\n交易密碼：{{SPIN}}",
    "門禁密碼：{{SPIN}}",
    "API 金鑰：{{SRANDOM}}",
]
_ZH_TICKET = [
    "資安通報：GitHub 上發現外洩的 AccessKey {{SALI_ID}}，已停用",
    "有人把 Discord bot token 貼到群組：{{SDISCORD}}，請重新產生",
    "日誌裡出現 Bearer {{SJWT}}，請清除",
    "客戶回報連線字串 {{SDSN}} 無法連線",
    "憑證指紋 {{SN_HASH}} 比對不符",
]
_ZH_CONFIG = [
    "# LINE Messaging API 設定\nLINE_CHANNEL_SECRET={{SHEX32}}\nLINE_CHANNEL_ACCESS_TOKEN={{SLINE_TOKEN}}",
    "# 資料庫設定（正式機）\nspring.datasource.password={{SPW}}\n# 騰訊雲\nTENCENT_SECRET_ID={{STENCENT_ID}}\nTENCENT_SECRET_KEY={{SRANDOM}}",
    "# 範例，請換成自己的金鑰\nOPENAI_API_KEY={{SN_PLACEHOLDER}}",
]
_MIXED_CHAT = [
    "VPN 的 password 是 {{SPW}}",
    "staging 的 db pw: {{SPW}}",
    "剛剛 Telegram bot token 不小心貼到群組：{{STELEGRAM}}",
    "OpenAI key 先借你用：{{SSAAS}}",
    "token 給你 {{SSAAS}}，用完 revoke",
    "Google Authenticator 的 code 是 {{SOTP}}",
    "AWS 文件裡的 {{SN_EXAMPLE}} 只是範例，不是真的 key",
]
_MIXED_EMAIL = [
    "Hi，\n\n新的 Slack bot token：{{SSAAS}}\n舊的已 revoke。\n\nThanks",
    "Hi all，\n\nJenkins 帳號 {{SUSER}} / 密碼 {{SPW}}，請勿外流。",
]
_MIXED_FORM = [
    "帳號 Username：{{SUSER}}\n密碼 Password：{{SPW}}",
]
_MIXED_TICKET = [
    "log 出現 Cookie: {{SCOOKIE}}，需要清掉",
    "連線字串 {{SJDBC}} 被 commit 到 repo 了",
    "PuTTY 金鑰外洩：\n{{SPPK}}",
]
_MIXED_CONFIG = [
    "# 金流串接（正式）\nMERCHANT_ID=3002607\nHASH_KEY={{SRANDOM}}",
    "# Firebase 服務帳號\n{{SGCP_SA}}",
]

TEMPLATES: list[Template] = [
    *group("en", "chat", dev=_EN_CHAT, test=[]),
    *group("en", "email", dev=_EN_EMAIL, test=[]),
    *group("en", "form", dev=_EN_FORM, test=[]),
    *group("en", "ticket", dev=_EN_TICKET, test=[]),
    *group("en", "config", dev=_EN_CONFIG, test=[]),
    *group("zh", "chat", dev=_ZH_CHAT, test=[]),
    *group("zh", "email", dev=_ZH_EMAIL, test=[]),
    *group("zh", "form", dev=_ZH_FORM, test=[]),
    *group("zh", "ticket", dev=_ZH_TICKET, test=[]),
    *group("zh", "config", dev=_ZH_CONFIG, test=[]),
    *group("mixed", "chat", dev=_MIXED_CHAT, test=[]),
    *group("mixed", "email", dev=_MIXED_EMAIL, test=[]),
    *group("mixed", "form", dev=_MIXED_FORM, test=[]),
    *group("mixed", "ticket", dev=_MIXED_TICKET, test=[]),
    *group("mixed", "config", dev=_MIXED_CONFIG, test=[]),
]
# Ids must not collide with the other dev templates of the same group.
TEMPLATES = [
    Template(t.id.replace("-dev-", "-devs-"), t.lang, t.genre, t.split, t.text) for t in TEMPLATES
]
