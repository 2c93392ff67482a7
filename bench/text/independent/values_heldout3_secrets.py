"""Secrets of the `heldout3` split (session 6): provider keys and tokens of seven families, JWTs,
`NAME=value` lines of dotenv, shell, PowerShell, Docker and Windows, passwords of several kinds,
connection strings and basic-auth URLs, and PEM / PGP private key blocks.

Gold conventions beyond __init__.py's: a webhook URL whose path is its credential (Slack,
Discord) is one span; a URL-style connection string is one span from the scheme to the database
name (a query string after it stays outside); in a key=value connection string (ADO.NET, Azure
storage, JDBC query) only the password or account key is gold; in an http(s) / ftp / git URL with
`user:password@` only the password is gold (like `curl -u user:password`).
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

from bench.text.independent.build import Seg, Value, pii

_AN = string.ascii_letters + string.digits
_B64 = _AN + "+/"
_URL = _AN + "-_"
_HEX = "0123456789abcdef"
_UPD = string.ascii_uppercase + string.digits


def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


# family -> provider -> maker
_KEYS: dict[str, dict[str, Callable[[random.Random], str]]] = {
    "cloud": {
        "aws_id": lambda r: (
            r.choice(("AKIA", "ASIA")) + _r(r, string.ascii_uppercase + "234567", 16)
        ),
        "gcp": lambda r: "AIza" + _r(r, _URL, 35),
        "gcp_oauth": lambda r: "GOCSPX-" + _r(r, _URL, 28),
        "digitalocean": lambda r: "dop_v1_" + _r(r, _HEX, 64),
        "vault": lambda r: "hvs." + _r(r, _URL, 90),
    },
    "vcs": {
        "github": lambda r: r.choice(("ghp_", "gho_", "ghs_", "ghu_")) + _r(r, _AN, 36),
        "github_pat": lambda r: "github_pat_11" + _r(r, _UPD, 20) + "_" + _r(r, _AN, 59),
        "gitlab": lambda r: "glpat-" + _r(r, _URL, 20),
        "atlassian": lambda r: "ATATT3xFfGF0" + _r(r, _URL, 170) + "=" + _r(r, _UPD, 8),
    },
    "chat": {
        "slack": lambda r: (
            f"xox{r.choice('bp')}-{r.randint(10**10, 10**13)}-{r.randint(10**10, 10**13)}-"
            + _r(r, _AN, 24)
        ),
        "discord": lambda r: (
            _b64(str(r.randint(10**17, 10**18))) + "." + _r(r, _URL, 6) + "." + _r(r, _URL, 38)
        ),
        "telegram": lambda r: f"{r.randint(10**8, 10**10)}:AA" + _r(r, _URL, 33),
        "line": lambda r: _r(r, _B64, 171) + "=",
    },
    "pay": {
        "stripe": lambda r: r.choice(("sk_live_", "rk_live_", "sk_test_")) + _r(r, _AN, 99),
        "stripe_webhook": lambda r: "whsec_" + _r(r, _AN, 32),
        "square": lambda r: "sq0atp-" + _r(r, _URL, 22),
        "shopify": lambda r: r.choice(("shpat_", "shpss_")) + _r(r, _HEX, 32),
    },
    "ai": {
        "openai": lambda r: "sk-proj-" + _r(r, _URL, 120),
        "anthropic": lambda r: "sk-ant-api03-" + _r(r, _URL, 93) + "AA",
        "huggingface": lambda r: "hf_" + _r(r, string.ascii_letters, 34),
    },
    "mail": {
        "sendgrid": lambda r: "SG." + _r(r, _URL, 22) + "." + _r(r, _URL, 43),
        "mailgun": lambda r: "key-" + _r(r, _HEX, 32),
        "twilio": lambda r: "SK" + _r(r, _HEX, 32),
    },
    "dev": {
        "npm": lambda r: "npm_" + _r(r, _AN, 36),
        "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + _r(r, _URL, 64),
        "postman": lambda r: "PMAK-" + _r(r, _HEX, 24) + "-" + _r(r, _HEX, 34),
        "linear": lambda r: "lin_api_" + _r(r, _AN, 40),
        "notion": lambda r: "ntn_" + _r(r, _AN, 46),
        "doppler": lambda r: "dp.st.prd." + _r(r, _AN, 43),
    },
}
KEY_FAMILIES = tuple(_KEYS)


def key_value(rng: random.Random, family: str | None = None) -> tuple[str, str]:
    family = family or rng.choice(KEY_FAMILIES)
    provider = rng.choice(sorted(_KEYS[family]))
    return _KEYS[family][provider](rng), family


def api_key(rng: random.Random, lang: str) -> Value:
    roll = rng.random()
    if roll < 0.08:  # a webhook whose URL is the credential
        url = rng.choice(
            (
                "https://hooks.slack.com/services/T"
                + _r(rng, _UPD, 10)
                + "/B"
                + _r(rng, _UPD, 10)
                + "/"
                + _r(rng, _AN, 24),
                f"https://discord.com/api/webhooks/{rng.randint(10**17, 10**18)}/"
                + _r(rng, _URL, 68),
            )
        )
        return pii("SECRET", url, "h3_key_webhook")
    value, family = key_value(rng)
    return pii("SECRET", value, f"h3_key_{family}")


JWT_ALGS = ("HS256", "RS256", "ES256")


def jwt_value(rng: random.Random) -> str:
    alg = rng.choice(JWT_ALGS)
    header = {"alg": alg, "typ": "JWT"} if alg == "HS256" else {"alg": alg, "kid": _r(rng, _HEX, 8)}
    iat = rng.randint(1_700_000_000, 1_790_000_000)
    body = {
        "sub": str(rng.randint(10**5, 10**9)),
        "iat": iat,
        "exp": iat + rng.choice((900, 3600, 86400)),
    }
    if rng.random() < 0.5:
        body["scope"] = rng.choice(("read:orders", "admin", "openid profile", "payments:write"))
    sig = _r(rng, _URL, 43 if alg == "HS256" else (86 if alg == "ES256" else 342))
    compact = (",", ":")
    head, payload = (
        _b64(json.dumps(header, separators=compact)),
        _b64(json.dumps(body, separators=compact)),
    )
    return f"{head}.{payload}.{sig}"


def jwt(rng: random.Random, lang: str) -> Value:
    return pii("SECRET", jwt_value(rng), "h3_jwt")


PW_STYLES = ("words", "random", "passphrase", "pinyin_year", "leet", "digits_long")
_WORDS = ("Typhoon", "bubbletea", "Hualien", "mochi", "Kiwi", "sunrise", "Formosa", "oolong",
          "Panda", "monsoon", "Lantern", "durian")  # fmt: skip


def password_value(rng: random.Random) -> tuple[str, str]:
    style = rng.choice(PW_STYLES)
    if style == "words":
        value = rng.choice(_WORDS) + rng.choice("!@#$_.*") + str(rng.randint(10, 2030))
    elif style == "random":
        value = _r(rng, _AN + "!@#$%&*?-_", rng.randint(12, 22))
    elif style == "passphrase":
        value = "-".join(rng.choice(_WORDS).lower() for _ in range(rng.randint(3, 4)))
    elif style == "pinyin_year":
        value = rng.choice(("wang", "chen", "lin", "huang", "zhang")) + str(rng.randint(1975, 2005))
        value += rng.choice(("", "!", "@tw", "_"))
    elif style == "leet":
        value = (
            rng.choice(("P@ssw0rd", "Adm1n", "W3lc0me", "S3cur3", "Qwer"))
            + f"{rng.randint(1, 99)}!"
        )
    else:
        value = str(rng.randint(10**9, 10**12)) + rng.choice(string.ascii_lowercase)
    return value, style


def password(rng: random.Random, lang: str) -> Value:
    value, style = password_value(rng)
    return pii("SECRET", value, f"h3_pw_{style}")


# variable name -> what it holds: "family:provider" of _KEYS, or pw / hex / base64
_ENV = (("STRIPE_API_KEY", "pay:stripe"), ("OPENAI_KEY", "ai:openai"), ("GH_TOKEN", "vcs:github"),
        ("SLACK_BOT_TOKEN", "chat:slack"), ("SENDGRID_KEY", "mail:sendgrid"),
        ("NPM_TOKEN", "dev:npm"), ("GOOGLE_MAPS_KEY", "cloud:gcp"), ("HF_TOKEN", "ai:huggingface"),
        ("ATLASSIAN_API_TOKEN", "vcs:atlassian"), ("TELEGRAM_BOT_TOKEN", "chat:telegram"),
        ("DO_TOKEN", "cloud:digitalocean"), ("LINEAR_API_KEY", "dev:linear"),
        ("POSTGRES_PASSWORD", "pw"), ("SMTP_PASS", "pw"), ("MYSQL_ROOT_PASSWORD", "pw"),
        ("NEXTAUTH_SECRET", "hex"), ("APP_KEY", "base64"), ("ENCRYPTION_KEY", "hex"))  # fmt: skip
ENV_STYLES = ("dotenv", "quoted", "single", "export", "powershell", "docker", "windows", "yaml")


def env_line(rng: random.Random, lang: str) -> Value:
    """A configuration line that sets one secret; only the value is gold."""
    name, kind = rng.choice(_ENV)
    if kind == "pw":
        value = password_value(rng)[0]
    elif kind == "hex":
        value = _r(rng, _HEX, 64)
    elif kind == "base64":
        value = "base64:" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    else:
        family, provider = kind.split(":")
        value = _KEYS[family][provider](rng)
    style = rng.choice(ENV_STYLES)
    head, tail = {
        "dotenv": (f"{name}=", ""),
        "quoted": (f'{name}="', '"'),
        "single": (f"{name}='", "'"),
        "export": (f"export {name}=", ""),
        "powershell": (f'$env:{name} = "', '"'),
        "docker": (f"docker run -e {name}=", " app:latest"),
        "windows": (f"set {name}=", ""),
        "yaml": (f"{name.lower()}: ", ""),
    }[style]
    segs = [Seg(head), Seg(value, "SECRET")] + ([Seg(tail)] if tail else [])
    return Value(tuple(segs), (f"h3_env_{style}",))


CONN_STYLES = ("postgres", "mongo_srv", "mysql", "redis", "rediss", "amqps", "ado", "azure", "jdbc")
_HOSTS = ("db-prod-02.internal", "10.8.0.12", "pg.ap-northeast-1.rds.amazonaws.com",
          "cluster0.x7kq2.mongodb.net", "cache.tw-central.local", "mq.harbourline.net")  # fmt: skip
_DBS = ("billing", "crm_tw", "members", "app", "warehouse", "ledger")
_USERS = ("app_rw", "svc_billing", "etl", "admin", "webapp", "root")


def connection(rng: random.Random, lang: str) -> Value:
    style = rng.choice(CONN_STYLES)
    pw = _r(rng, _AN, rng.randint(12, 24))
    user, host, db = rng.choice(_USERS), rng.choice(_HOSTS), rng.choice(_DBS)
    cls = (f"h3_conn_{style}",)
    if style == "ado":
        head = f"Server=tcp:{host},1433;Initial Catalog={db};User ID={user};Password="
        return Value((Seg(head), Seg(pw, "SECRET"), Seg(";Encrypt=True;")), cls)
    if style == "azure":
        key = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()
        head = f"DefaultEndpointsProtocol=https;AccountName={db}store;AccountKey="
        return Value((Seg(head), Seg(key, "SECRET"), Seg(";EndpointSuffix=core.windows.net")), cls)
    if style == "jdbc":
        head = f"jdbc:postgresql://{host}:5432/{db}?user={user}&password="
        return Value((Seg(head), Seg(pw, "SECRET"), Seg("&ssl=true")), cls)
    url = {
        "postgres": f"postgresql://{user}:{pw}@{host}:5432/{db}",
        "mongo_srv": f"mongodb+srv://{user}:{pw}@{host}/{db}",
        "mysql": f"mysql://{user}:{pw}@{host}:3306/{db}",
        "redis": f"redis://:{pw}@{host}:6379/{rng.randint(0, 15)}",
        "rediss": f"rediss://default:{pw}@{host}:6380/0",
        "amqps": f"amqps://{user}:{pw}@{host}:5671/{db}",
    }[style]
    query = rng.choice(("", "?sslmode=require", "?retryWrites=true&w=majority", "?charset=utf8mb4"))
    segs = [Seg(url, "SECRET")] + ([Seg(query)] if query else [])
    return Value(tuple(segs), cls)


def basic_auth_url(rng: random.Random, lang: str) -> Value:
    """https://deploy:PASSWORD@host/...: the password alone is gold."""
    pw = rng.choice((_r(rng, _AN, rng.randint(14, 20)), key_value(rng, "vcs")[0]))
    user = rng.choice(("deploy", "ci-bot", "jenkins", "oauth2", "x-access-token", "backup"))
    host, path = rng.choice(
        (
            ("git.harbourline.net", "/infra/ansible.git"),
            ("ftp.renmark.com.au", "/exports/"),
            ("nexus.kitsune-labs.co.jp", "/repository/npm-private/"),
            ("gitlab.lumenpay.io", "/payments/core.git"),
        )
    )
    scheme = "ftp" if host.startswith("ftp") else "https"
    segs = (Seg(f"{scheme}://{user}:"), Seg(pw, "SECRET"), Seg(f"@{host}{path}"))
    return Value(segs, ("h3_basic_url",))


PEM_KINDS = ("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY",
             "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK")  # fmt: skip


def private_key(rng: random.Random, lang: str) -> Value:
    kind = rng.choice(PEM_KINDS)
    width = 70 if "OPENSSH" in kind else 64
    lines = [_r(rng, _B64, width) for _ in range(rng.randint(3, 7))]
    lines.append(_r(rng, _B64, rng.randint(10, width - 6)) + rng.choice(("=", "==", "")))
    if kind.startswith("PGP"):
        lines = ["Version: GnuPG v2", "", *lines, "=" + _r(rng, _B64, 4)]
    block = f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"
    return pii("SECRET", block, f"h3_pem_{kind.split()[0].lower()}")


CLASSES = frozenset(
    {f"h3_key_{f}" for f in (*KEY_FAMILIES, "webhook")}
    | {"h3_jwt", "h3_basic_url"}
    | {f"h3_pw_{s}" for s in PW_STYLES}
    | {f"h3_env_{s}" for s in ENV_STYLES}
    | {f"h3_conn_{s}" for s in CONN_STYLES}
    | {f"h3_pem_{k.split()[0].lower()}" for k in PEM_KINDS}
)
