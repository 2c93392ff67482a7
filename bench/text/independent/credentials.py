"""Secrets as whole values: provider API keys of their real shapes, database URLs with a password,
bearer tokens, `KEY=value` lines, private key blocks and passwords.

Gold spans: the secret value alone. A database URL is one span from the scheme to the database
name (the password alone would leave user, host and database linked to it). A bearer span is the
token after `Bearer `; a `KEY=value` span is the value without quotes; a private key span runs
from `-----BEGIN` to the closing `-----`.
"""

from __future__ import annotations

import base64
import random
import string

from bench.text.independent.build import Seg, Value, pii

_ALNUM = string.ascii_letters + string.digits
_B64URL = _ALNUM + "-_"
_HEX = "0123456789abcdef"


def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _jwt(rng: random.Random) -> str:
    def seg(raw: str) -> str:
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    header = seg('{"alg":"HS256","typ":"JWT"}')
    issued = rng.randint(1_600_000_000, 1_800_000_000)
    body = seg(f'{{"sub":"{rng.randint(10**6, 10**8)}","iat":{issued}}}')
    return f"{header}.{body}.{_r(rng, _B64URL, 43)}"


PROVIDERS = {
    "aws": lambda r: "AKIA" + _r(r, string.ascii_uppercase + "234567", 16),
    "aws_secret": lambda r: _r(r, _ALNUM + "/+", 40),
    "github": lambda r: "ghp_" + _r(r, _ALNUM, 36),
    "github_fine": lambda r: "github_pat_" + _r(r, _ALNUM, 22) + "_" + _r(r, _ALNUM, 59),
    "gitlab": lambda r: "glpat-" + _r(r, _B64URL, 20),
    "slack": lambda r: (
        f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**11, 10**12)}-" + _r(r, _ALNUM, 24)
    ),
    "stripe": lambda r: r.choice(("sk_live_", "rk_live_")) + _r(r, _ALNUM, 24),
    "openai": lambda r: "sk-proj-" + _r(r, _B64URL, 64),
    "anthropic": lambda r: "sk-ant-api03-" + _r(r, _B64URL, 93) + "AA",
    "google": lambda r: "AIza" + _r(r, _B64URL, 35),
    "sendgrid": lambda r: "SG." + _r(r, _B64URL, 22) + "." + _r(r, _B64URL, 43),
    "npm": lambda r: "npm_" + _r(r, _ALNUM, 36),
    "huggingface": lambda r: "hf_" + _r(r, string.ascii_letters, 34),
    "telegram": lambda r: f"{r.randint(10**8, 10**10)}:" + _r(r, _B64URL, 35),
    "twilio": lambda r: "SK" + _r(r, _HEX, 32),
    "jwt": _jwt,
}


def api_key(rng: random.Random, lang: str) -> Value:
    provider = rng.choice(sorted(PROVIDERS))
    return pii("SECRET", PROVIDERS[provider](rng), f"secret_api_{provider}", "secret_api")


def bearer(rng: random.Random, lang: str) -> Value:
    token = _jwt(rng) if rng.random() < 0.5 else _r(rng, _B64URL, rng.randint(32, 48))
    return pii("SECRET", token, "secret_bearer")


def password(rng: random.Random, lang: str) -> Value:
    words = ("Sunflower", "dragon", "Taipei", "letmein", "Mango", "qwerty", "Winter", "kitty")
    if rng.random() < 0.5:
        value = rng.choice(words) + rng.choice(("#", "!", "@", "_", "")) + str(rng.randint(1, 2026))
    else:
        value = _r(rng, _ALNUM + "!@#$%^&*", rng.randint(10, 18))
    return pii("SECRET", value, "secret_password")


def db_url(rng: random.Random, lang: str) -> Value:
    scheme, port = rng.choice(
        (
            ("postgres", 5432),
            ("postgresql", 5432),
            ("mysql", 3306),
            ("mongodb", 27017),
            ("redis", 6379),
            ("amqp", 5672),
        )
    )
    user = rng.choice(("app", "admin", "svc_orders", "reporting", "root", "deploy"))
    secret = _r(rng, _ALNUM, rng.randint(10, 20))
    host = rng.choice(("db.internal", "10.0.3.17", "prod-db-1.cluster.local", "localhost"))
    db = rng.choice(("orders", "crm", "app_prod", "0", "analytics"))
    creds = f":{secret}" if scheme == "redis" and rng.random() < 0.5 else f"{user}:{secret}"
    return pii("SECRET", f"{scheme}://{creds}@{host}:{port}/{db}", "secret_db_url")


_ENV_NAMES = (
    "STRIPE_SECRET_KEY",
    "OPENAI_API_KEY",
    "DB_PASSWORD",
    "JWT_SECRET",
    "GITHUB_TOKEN",
    "AWS_SECRET_ACCESS_KEY",
    "SENDGRID_API_KEY",
    "SESSION_SECRET",
    "REDIS_PASSWORD",
    "LINE_CHANNEL_SECRET",
    "ADMIN_PASS",
)


def env_line(rng: random.Random, lang: str) -> Value:
    """A whole `NAME=value` line of a shell or .env file; only the value is gold."""
    name = rng.choice(_ENV_NAMES)
    if "STRIPE" in name:
        value = PROVIDERS["stripe"](rng)
    elif "OPENAI" in name:
        value = PROVIDERS["openai"](rng)
    elif "GITHUB" in name:
        value = PROVIDERS["github"](rng)
    elif "AWS" in name:
        value = PROVIDERS["aws_secret"](rng)
    elif "SENDGRID" in name:
        value = PROVIDERS["sendgrid"](rng)
    elif "PASS" in name:
        value = password(rng, lang).segs[0].text
    else:
        value = _r(rng, _HEX if rng.random() < 0.5 else _ALNUM, rng.randint(32, 64))
    prefix = rng.choice(("", "", "export "))
    quote = rng.choice(("", "", '"', "'"))
    segs = (Seg(f"{prefix}{name}={quote}"), Seg(value, "SECRET"), Seg(quote))
    return Value(segs, ("secret_env",))


def private_key(rng: random.Random, lang: str) -> Value:
    kind = rng.choice(("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"))
    width = 70 if "OPENSSH" in kind else 64
    lines = [_r(rng, _ALNUM + "+/", width) for _ in range(rng.randint(3, 6))]
    lines.append(_r(rng, _ALNUM + "+/", rng.randint(8, width - 4)) + "==")
    block = f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"
    return pii("SECRET", block, "secret_private_key")
