"""Secrets of the `heldout4` split (session 7): API keys in the shapes of fourteen vendors, bearer
tokens (JWTs and opaque ones), database and broker URLs with passwords, .env lines in four
writings, private key blocks of four kinds, human passwords and Azure-style connection strings.

Gold: the secret value alone: quotes, `KEY=`, `export`, `Bearer ` and cue words outside; a URL with
credentials is one span from its scheme to the database name (a query string outside); a key
block from `-----BEGIN` to the closing `-----`; in a connection string the AccountKey value.
"""

from __future__ import annotations

import base64
import random
import string

from bench.text.independent.build import Seg, Value, pii

_AN = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = _AN + "+/"


def _s(rng: random.Random, n: int, alphabet: str = _AN) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_VENDORS = {
    "stripe": lambda r: r.choice(("sk_live_", "rk_live_")) + _s(r, 24),
    "aws_id": lambda r: "AKIA" + _s(r, 16, string.ascii_uppercase + "234567"),
    "aws_secret": lambda r: _s(r, 40, _AN + "/+"),
    "github": lambda r: "ghp_" + _s(r, 36),
    "github_pat": lambda r: (
        "github_pat_11" + _s(r, 20, string.ascii_uppercase + string.digits) + "_" + _s(r, 59)
    ),
    "slack": lambda r: f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-{_s(r, 24)}",
    "openai": lambda r: "sk-proj-" + _s(r, 48, _AN + "-_"),
    "google": lambda r: "AIza" + _s(r, 35, _AN + "-_"),
    "sendgrid": lambda r: f"SG.{_s(r, 22, _AN + '-_')}.{_s(r, 43, _AN + '-_')}",
    "twilio": lambda r: "SK" + _s(r, 32, _HEX),
    "gitlab": lambda r: "glpat-" + _s(r, 20, _AN + "-_"),
    "npm": lambda r: "npm_" + _s(r, 36),
    "telegram": lambda r: f"{r.randint(10**9, 7 * 10**9)}:AA{_s(r, 33, _AN + '-_')}",
    "line": lambda r: _s(r, 43, _AN + "+/") + "=",  # LINE channel access token style
}
VENDORS = tuple(_VENDORS)


def api_key(rng: random.Random, lang: str) -> Value:
    vendor = rng.choice(VENDORS)
    return pii("SECRET", _VENDORS[vendor](rng), "secret_api", f"h4_key_{vendor}")


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def bearer(rng: random.Random, lang: str) -> Value:
    """The token alone (the template writes `Bearer `)."""
    if rng.random() < 0.6:
        head = _b64url(b'{"alg":"HS256","typ":"JWT"}')
        iat = rng.randint(1_700_000_000, 1_800_000_000)
        body = _b64url(f'{{"sub":"{rng.randint(1000, 99999)}","iat":{iat}}}'.encode())
        return pii("SECRET", f"{head}.{body}.{_s(rng, 43, _AN + '-_')}", "secret_bearer", "h4_jwt")
    return pii(
        "SECRET", _s(rng, rng.choice((32, 40, 64)), _AN + "._-"), "secret_bearer", "h4_opaque"
    )


# --- human passwords ---
# fmt: off
_WORDS = ("summer", "dragon", "Taipei", "monkey", "sunshine", "kitty", "love", "tiger", "happy",
          "bubble", "Mango", "chen", "lin", "Qwerty", "puppy", "winter")
# fmt: on
PW_STYLES = ("word_year", "leet", "pinyin", "walk", "random", "phrase")


def password_value(rng: random.Random) -> tuple[str, str]:
    style = rng.choice(PW_STYLES)
    word = rng.choice(_WORDS)
    # fmt: off
    text = {
        "word_year": f"{word.capitalize()}{rng.randint(1985, 2025)}{rng.choice('!@#$.')}",
        "leet": word.replace("a", "@").replace("o", "0").replace("e", "3")
        + str(rng.randint(1, 99)),
        "pinyin": rng.choice(("woaini", "aa", "chen", "huang", "xiaomei"))
        + rng.choice(("520", "1314", "0912", "88")),
        "walk": rng.choice(("1qaz2wsx", "qaz2wsx!QAZ", "zaq12wsx", "!QAZxsw2", "asdf;lkj")),
        "random": _s(rng, rng.randint(10, 18), _AN + "!#%&*?"),
        "phrase": "-".join(rng.sample(("correct", "Horse", "mango", "lamp", "river", "7"), 3)),
    }[style]
    # fmt: on
    return text, style


def password(rng: random.Random, lang: str) -> Value:
    text, style = password_value(rng)
    return pii("SECRET", text, "secret_password", f"h4_pw_{style}")


# --- URLs with credentials ---
DB_KINDS = (
    "postgres",
    "postgresql",
    "mysql",
    "mongodb_srv",
    "redis",
    "amqp",
    "mssql",
    "sqlalchemy",
)


def db_url(rng: random.Random, lang: str) -> Value:
    kind = rng.choice(DB_KINDS)
    user = rng.choice(("app", "admin", "svc_billing", "root", "readonly", "etl", "postgres"))
    pw, _ = password_value(rng)
    pw = pw.replace("@", "%40").replace("#", "%23").replace("/", "%2F").replace("?", "%3F")
    # fmt: off
    host = rng.choice(("db.internal", "10.20.3.4",
                       "prod-pg.cluster-x.ap-northeast-1.rds.amazonaws.com", "mysql.svc.local",
                       "localhost"))
    # fmt: on
    db = rng.choice(("orders", "crm", "shop_tw", "analytics", "members"))
    after = ""
    if kind in ("postgres", "postgresql"):
        text = f"{kind}://{user}:{pw}@{host}:5432/{db}"
        if rng.random() < 0.4:
            after = "?sslmode=require"
    elif kind == "mysql":
        text = f"mysql://{user}:{pw}@{host}:3306/{db}"
    elif kind == "mongodb_srv":
        text = f"mongodb+srv://{user}:{pw}@cluster0.{_s(rng, 5).lower()}.mongodb.net/{db}"
        after = "?retryWrites=true&w=majority"
    elif kind == "redis":
        text = f"redis://:{pw}@{host}:6379/{rng.randint(0, 15)}"
    elif kind == "amqp":
        text = f"amqp://{user}:{pw}@{host}:5672/{db}"
    elif kind == "mssql":
        text = f"mssql://{user}:{pw}@{host}:1433/{db}"
    else:
        text = f"postgresql+psycopg2://{user}:{pw}@{host}/{db}"
    return pii("SECRET", text, "secret_db_url", f"h4_db_{kind}", after=after)


# --- .env lines ---
# fmt: off
_ENV_KEYS = ("STRIPE_SECRET_KEY", "DATABASE_PASSWORD", "JWT_SECRET", "MAILGUN_API_KEY",
             "LINE_CHANNEL_SECRET", "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY", "SMTP_PASS",
             "ECPAY_HASH_KEY", "SESSION_SECRET", "FIREBASE_PRIVATE_KEY_ID", "REDIS_AUTH")
# fmt: on
ENV_STYLES = ("plain", "double", "single", "export")


def env_line(rng: random.Random, lang: str) -> Value:
    key = rng.choice(_ENV_KEYS)
    if "PASS" in key or "AUTH" in key:
        value, _ = password_value(rng)
    elif rng.random() < 0.5:
        value = _VENDORS[rng.choice(VENDORS)](rng)
    else:
        value = _s(rng, rng.choice((32, 48, 64)), _HEX)
    style = rng.choice(ENV_STYLES)
    quote = {"double": '"', "single": "'"}.get(style, "")
    head = ("export " if style == "export" else "") + key + "=" + quote
    segs = (Seg(head), Seg(value, "SECRET"), Seg(quote))
    return Value(segs, ("secret_env", f"h4_env_{style}"))


# --- private keys ---
KEY_KINDS = ("OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY")


def private_key(rng: random.Random, lang: str) -> Value:
    kind = rng.choice(KEY_KINDS)
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [_s(rng, width, _B64) for _ in range(rng.randint(3, 6))]
    lines.append(_s(rng, rng.randint(8, width - 4), _B64) + "==")
    body = "\n".join(lines)
    text = f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"
    return pii("SECRET", text, "secret_private_key", f"h4_pk_{kind.split()[0].lower()}")


def conn_string(rng: random.Random, lang: str) -> Value:
    """Azure-style storage connection string; the AccountKey value is the secret."""
    account = rng.choice(("stshoptwprod", "mediaassets01", "backupkhh"))
    key = _s(rng, 86, _B64) + "=="
    # fmt: off
    segs = (Seg(f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey="),
            Seg(key, "SECRET"), Seg(";EndpointSuffix=core.windows.net"))
    # fmt: on
    return Value(segs, ("secret_api", "h4_conn_string"))


CLASSES = frozenset(
    {f"h4_key_{v}" for v in VENDORS}
    | {f"h4_pw_{s}" for s in PW_STYLES}
    | {f"h4_db_{k}" for k in DB_KINDS}
    | {f"h4_env_{s}" for s in ENV_STYLES}
    | {f"h4_pk_{k.split()[0].lower()}" for k in KEY_KINDS}
    | {"h4_jwt", "h4_opaque", "h4_conn_string"}
)
