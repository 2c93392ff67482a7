"""Credentials of the `heldout5` split (session 9), written from scratch, each a whole value.

API keys of some twenty vendors in their published shapes (random bodies), bearer tokens (JWTs
and opaque ones), passwords people actually pick, database URLs (one span from the scheme to the
database name; a query string after it stays outside), KEY=value lines of .env files, shells,
cmd, PowerShell, Dockerfiles and `docker run -e` (the key, `=` and quotes outside), ADO.NET
connection strings (the Password= value), private key blocks (-----BEGIN to the closing -----).
"""

from __future__ import annotations

import base64
import random
import string

from bench.text.independent.build import Seg, Value

_ALNUM = string.ascii_letters + string.digits
_UPPER_NUM = string.ascii_uppercase + string.digits
_HEX = "0123456789abcdef"
_B64URL = _ALNUM + "-_"


def _r(rng: random.Random, chars: str, n: int) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def _one(text: str, *classes: str) -> Value:
    return Value((Seg(text, "SECRET"),), classes)


# --- vendor keys: (group tag, maker) ----------------------------------------------------------
def _aws_id(rng: random.Random) -> str:
    return rng.choice(("AKIA", "ASIA")) + _r(rng, _UPPER_NUM, 16)


def _aws_secret(rng: random.Random) -> str:
    return _r(rng, _ALNUM + "+/", 40)


def _jwt_part(rng: random.Random, payload: str) -> str:
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def jwt_text(rng: random.Random) -> str:
    alg = rng.choice(("HS256", "RS256", "ES256"))
    header = _jwt_part(rng, f'{{"alg":"{alg}","typ":"JWT"}}')
    sub = rng.randint(10000, 99999999)
    iat = rng.randint(1_700_000_000, 1_790_000_000)
    payload = _jwt_part(
        rng, f'{{"sub":"{sub}","iat":{iat},"exp":{iat + 3600},"scope":"read write"}}'
    )
    sig = _r(rng, _B64URL, 43 if alg == "HS256" else 86)
    return f"{header}.{payload}.{sig}"


_KEYS = (
    ("h5_key_cloud", lambda r: _aws_id(r)),
    ("h5_key_cloud", lambda r: "AIza" + _r(r, _B64URL, 35)),
    ("h5_key_cloud", lambda r: "dop_v1_" + _r(r, _HEX, 64)),
    ("h5_key_vcs", lambda r: "ghp_" + _r(r, _ALNUM, 36)),
    ("h5_key_vcs", lambda r: "github_pat_" + _r(r, _ALNUM, 22) + "_" + _r(r, _ALNUM, 59)),
    ("h5_key_vcs", lambda r: "glpat-" + _r(r, _ALNUM + "-_", 20)),
    ("h5_key_payment", lambda r: r.choice(("sk_live_", "rk_live_")) + _r(r, _ALNUM, 24)),
    ("h5_key_payment", lambda r: "sq0atp-" + _r(r, _B64URL, 22)),
    ("h5_key_ai", lambda r: "sk-proj-" + _r(r, _B64URL, 48)),
    ("h5_key_ai", lambda r: "sk-ant-api03-" + _r(r, _B64URL, 93) + "AA"),
    ("h5_key_ai", lambda r: "hf_" + _r(r, _ALNUM, 34)),
    (
        "h5_key_chat",
        lambda r: (
            "xoxb-"
            + f"{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-"
            + _r(r, _ALNUM, 24)
        ),
    ),
    ("h5_key_chat", lambda r: f"{r.randint(10**8, 10**10)}:AA" + _r(r, _B64URL, 33)),
    (
        "h5_key_chat",
        lambda r: _r(r, _ALNUM, 24) + "." + _r(r, _B64URL, 6) + "." + _r(r, _B64URL, 38),
    ),
    ("h5_key_mail", lambda r: "SG." + _r(r, _B64URL, 22) + "." + _r(r, _B64URL, 43)),
    ("h5_key_mail", lambda r: "key-" + _r(r, _HEX, 32)),
    ("h5_key_mail", lambda r: "SK" + _r(r, _HEX, 32)),
    ("h5_key_other", lambda r: "npm_" + _r(r, _ALNUM, 36)),
    ("h5_key_other", lambda r: "shpat_" + _r(r, _HEX, 32)),
    ("h5_key_other", lambda r: "pypi-AgEIcHlwaS5vcmc" + _r(r, _B64URL, 60)),
    ("h5_key_cloud", lambda r: _r(r, _ALNUM + "+/", 86) + "=="),
)


def api_key(rng: random.Random, lang: str) -> Value:
    tag, make = rng.choice(_KEYS)
    return _one(make(rng), "secret_api", tag)


def aws_id(rng: random.Random, lang: str) -> Value:
    return _one(_aws_id(rng), "secret_api", "h5_key_cloud")


def aws_secret(rng: random.Random, lang: str) -> Value:
    return _one(_aws_secret(rng), "secret_api", "h5_key_aws_secret")


def bearer(rng: random.Random, lang: str) -> Value:
    """The token after `Bearer ` (the template writes the word)."""
    if rng.random() < 0.6:
        return _one(jwt_text(rng), "secret_bearer", "h5_bearer_jwt")
    token = rng.choice(("ya29.", "gho_", "EAAG", "at_", "")) + _r(rng, _B64URL, rng.randint(32, 64))
    return _one(token, "secret_bearer", "h5_bearer_opaque")


# --- passwords ------------------------------------------------------------------------------
_WORDS = (
    "summer",
    "taipei",
    "kaohsiung",
    "doraemon",
    "mochi",
    "iloveyou",
    "dragon",
    "sunshine",
    "tainan",
    "bubbletea",
    "pikachu",
    "monkey",
    "jasmine",
    "formosa",
    "milktea",
    "family",
)
_SYMBOLS = "!@#$%&*?"


def password_text(rng: random.Random) -> tuple[str, str]:
    pick = rng.random()
    if pick < 0.3:
        word = rng.choice(_WORDS)
        word = word.capitalize() if rng.random() < 0.6 else word
        return word + rng.choice(("", rng.choice(_SYMBOLS))) + str(
            rng.choice((rng.randint(1, 99), rng.randint(1970, 2026), rng.randint(100, 9999)))
        ), "h5_pw_word"
    if pick < 0.5:
        return rng.choice(_ALNUM) + _r(rng, _ALNUM + _SYMBOLS, rng.randint(11, 19)), "h5_pw_random"
    if pick < 0.62:
        words = [rng.choice(_WORDS) for _ in range(rng.choice((3, 4)))]
        return rng.choice(("-", ".", "_")).join(words) + str(rng.randint(1, 9)), "h5_pw_phrase"
    if pick < 0.75:
        return rng.choice(("P@ssw0rd", "Passw0rd", "Admin@", "Welcome", "Qwer")) + str(
            rng.randint(1, 2026)
        ) + rng.choice(("!", "", "#")), "h5_pw_common"
    if pick < 0.87:
        initials = rng.choice(("wyt", "chl", "lyc", "hsm", "ckh", "tyj"))
        return initials + str(
            rng.randint(1960, 2010)
        ) + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}", "h5_pw_birthday"
    return rng.choice(("a", "A", "tw", "TW")) + _r(
        rng, string.digits, rng.randint(6, 9)
    ), "h5_pw_digits"


def password(rng: random.Random, lang: str) -> Value:
    """The value after password: / 密碼： / pwd= (the template writes the cue)."""
    text, tag = password_text(rng)
    return _one(text, "secret_password", tag)


# --- database URLs --------------------------------------------------------------------------
_DB_USERS = (
    "app",
    "app_user",
    "admin",
    "root",
    "postgres",
    "svc_orders",
    "readonly",
    "etl",
    "crm_rw",
    "billing",
    "django",
    "rails",
)
_DB_HOSTS = (
    "db.internal",
    "10.20.3.15",
    "pg-prod-01.c8x1k2.ap-northeast-1.rds.amazonaws.com",
    "mysql.staging.lan",
    "localhost",
    "db",
    "192.168.10.40",
    "crm-db.tw-central.corp",
    "sql-02.office.lan",
)
_DB_NAMES = (
    "orders",
    "crm",
    "shop_prod",
    "hr",
    "billing",
    "analytics",
    "app_production",
    "members",
    "clinic",
    "lms",
    "inventory",
    "payroll",
)
# scheme -> (default port or None, hosts of its own or (), queries people append)
_SCHEMES = {
    "postgres": (5432, (), ("?sslmode=require", "?connect_timeout=10")),
    "postgresql": (5432, (), ("?sslmode=require", "?application_name=etl")),
    "postgresql+asyncpg": (5432, (), ()),
    "mysql": (3306, (), ("?charset=utf8mb4", "?parseTime=true")),
    "mysql+pymysql": (3306, (), ("?charset=utf8mb4",)),
    "mongodb+srv": (
        None,
        ("cluster0.x7qkp.mongodb.net", "prod-shard.ab12c.mongodb.net"),
        ("?retryWrites=true&w=majority", "?authSource=admin"),
    ),
    "mongodb": (27017, ("mongo-0.mongo.svc", "10.20.3.16"), ("?authSource=admin",)),
    "redis": (6379, ("redis-cache.svc", "10.20.5.9", "redis"), ()),
    "rediss": (6380, ("cache-tw.redis.cache.windows.net", "redis-prod.internal"), ()),
    "amqp": (5672, ("mq.ops.example.tw", "rabbitmq"), ()),
    "mssql": (1433, ("sql-02.office.lan", "10.8.0.21"), ()),
}


def _url_password(rng: random.Random) -> str:
    text = _r(rng, _ALNUM, rng.randint(8, 18))
    if rng.random() < 0.35:
        text = text[:4] + rng.choice(("%40", "%23", "%21", "!", "-", "_", "~")) + text[4:]
    return text


def db_url_text(rng: random.Random, scheme: str = "") -> tuple[str, str, str]:
    """(url up to the database name, query after it, scheme tag)."""
    scheme = scheme or rng.choice(sorted(_SCHEMES))
    port, hosts, queries = _SCHEMES[scheme]
    user, pw = rng.choice(_DB_USERS), _url_password(rng)
    host = rng.choice(hosts or _DB_HOSTS)
    hostport = host if port is None else f"{host}:{port}"
    if scheme.startswith("redis"):
        db = str(rng.randint(0, 15))
        auth = f":{pw}" if rng.random() < 0.5 else f"default:{pw}"
    else:
        db = rng.choice(_DB_NAMES) if scheme != "amqp" else rng.choice(("vhost", "prod", "jobs"))
        auth = f"{user}:{pw}"
    url = f"{scheme}://{auth}@{hostport}/{db}"
    query = rng.choice(queries) if queries and rng.random() < 0.35 else ""
    tag = "h5_db_" + scheme.split("+")[0].replace("postgresql", "postgres").replace(
        "rediss", "redis"
    )
    return url, query, tag


def db_url(rng: random.Random, lang: str) -> Value:
    url, query, tag = db_url_text(rng)
    segs = [Seg(url, "SECRET")] + ([Seg(query)] if query else [])
    return Value(tuple(segs), ("secret_db_url", tag))


# --- KEY=value lines ------------------------------------------------------------------------
def _env_pair(rng: random.Random) -> tuple[str, str, str]:
    """(key, value, value class)."""
    pick = rng.randrange(14)
    if pick == 0:
        return (
            rng.choice(("DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD")),
            password_text(rng)[0],
            "secret_password",
        )
    if pick == 1:
        return "STRIPE_SECRET_KEY", "sk_live_" + _r(rng, _ALNUM, 24), "secret_api"
    if pick == 2:
        return "AWS_SECRET_ACCESS_KEY", _aws_secret(rng), "secret_api"
    if pick == 3:
        return rng.choice(("GITHUB_TOKEN", "GH_TOKEN")), "ghp_" + _r(rng, _ALNUM, 36), "secret_api"
    if pick == 4:
        return "OPENAI_API_KEY", "sk-proj-" + _r(rng, _B64URL, 48), "secret_api"
    if pick == 5:
        return (
            rng.choice(("JWT_SECRET", "SECRET_KEY_BASE", "SESSION_SECRET")),
            _r(rng, _HEX, 64),
            "secret_api",
        )
    if pick == 6:
        return "LINE_CHANNEL_SECRET", _r(rng, _HEX, 32), "secret_api"
    if pick == 7:
        return "LINE_CHANNEL_ACCESS_TOKEN", _r(rng, _ALNUM + "+/", 172) + "=", "secret_api"
    if pick == 8:
        return (
            "SENDGRID_API_KEY",
            "SG." + _r(rng, _B64URL, 22) + "." + _r(rng, _B64URL, 43),
            "secret_api",
        )
    if pick == 9:
        return (
            "TELEGRAM_BOT_TOKEN",
            f"{rng.randint(10**8, 10**10)}:AA" + _r(rng, _B64URL, 33),
            "secret_api",
        )
    if pick == 10:
        return (
            rng.choice(("REDIS_PASSWORD", "SMTP_PASSWORD", "MAIL_PASSWORD", "ADMIN_PASS")),
            password_text(rng)[0],
            "secret_password",
        )
    if pick == 11:
        scheme = rng.choice(sorted(_SCHEMES))
        url, _q, _t = db_url_text(rng, scheme)
        if scheme.startswith("mongo"):
            key = "MONGO_URI"
        elif scheme.startswith("redis"):
            key = "REDIS_URL"
        elif scheme == "amqp":
            key = "CELERY_BROKER_URL"
        else:
            key = rng.choice(("DATABASE_URL", "SQLALCHEMY_DATABASE_URI", "DB_URL"))
        return key, url, "secret_db_url"
    if pick == 12:
        return (
            "DJANGO_SECRET_KEY",
            _r(rng, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50),
            "secret_api",
        )
    return "ECPAY_HASH_KEY", _r(rng, _ALNUM, 16), "secret_api"


def env_line(rng: random.Random, lang: str) -> Value:
    """A whole KEY=value line; only the value is the secret."""
    key, value, value_class = _env_pair(rng)
    if "'" in value or '"' in value:
        value = value.replace("'", "").replace('"', "")
    shape = rng.randrange(9)
    if shape in (0, 1):
        before, after, tag = f"{key}=", "", "h5_env_dotenv"
    elif shape == 2:
        before, after, tag = f'{key}="', '"', "h5_env_dotenv"
    elif shape == 3:
        before, after, tag = f"export {key}=", "", "h5_env_export"
    elif shape == 4:
        before, after, tag = f"export {key}='", "'", "h5_env_export"
    elif shape == 5:
        before, after, tag = f"set {key}=", "", "h5_env_cmd"
    elif shape == 6:
        before, after, tag = f'$env:{key} = "', '"', "h5_env_powershell"
    elif shape == 7:
        before, after, tag = f"ENV {key}=", "", "h5_env_dockerfile"
    else:
        before, after, tag = f"-e {key}=", "", "h5_env_docker_run"
    segs = [Seg(before), Seg(value, "SECRET")] + ([Seg(after)] if after else [])
    return Value(tuple(segs), ("secret_env", value_class, tag))


def conn_string(rng: random.Random, lang: str) -> Value:
    """Server=...;Database=...;User Id=...;Password=VALUE; (the value alone is the secret)."""
    host = rng.choice(
        (
            "sql01.corp.local",
            "10.8.0.21,1433",
            "tcp:crm.database.windows.net,1433",
            "(localdb)\\MSSQLLocalDB",
        )
    )
    db = rng.choice(_DB_NAMES)
    user = rng.choice(("sa", "app_rw", "reporting", "crm_admin"))
    pw = password_text(rng)[0].replace(";", "")
    key = rng.choice(("Password", "Pwd", "password"))
    before = f"Server={host};Database={db};User Id={user};{key}="
    after = rng.choice((";", ";TrustServerCertificate=True;", ";Encrypt=True;", ""))
    segs = [Seg(before), Seg(pw, "SECRET")] + ([Seg(after)] if after else [])
    return Value(tuple(segs), ("secret_password", "h5_secret_ado"))


# --- private keys ---------------------------------------------------------------------------
def private_key(rng: random.Random, lang: str) -> Value:
    kind = rng.choice(
        (
            "RSA PRIVATE KEY",
            "PRIVATE KEY",
            "EC PRIVATE KEY",
            "OPENSSH PRIVATE KEY",
            "ENCRYPTED PRIVATE KEY",
        )
    )
    lead = {
        "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
        "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        "EC PRIVATE KEY": "MHcCAQEEI",
        "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
        "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG",
    }[kind]
    lines = rng.randint(3, 7)
    body = lead + _r(rng, _ALNUM + "+/", 64 * lines - len(lead) - rng.randint(0, 20))
    rows = [body[i : i + 64] for i in range(0, len(body), 64)]
    if rng.random() < 0.5:
        rows[-1] = rows[-1] + "=" * rng.randint(1, 2)
    text = f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"
    return _one(text, "secret_private_key")


CLASSES = frozenset(
    {
        "h5_key_cloud",
        "h5_key_vcs",
        "h5_key_payment",
        "h5_key_ai",
        "h5_key_chat",
        "h5_key_mail",
        "h5_key_other",
        "h5_key_aws_secret",
        "h5_bearer_jwt",
        "h5_bearer_opaque",
        "h5_pw_word",
        "h5_pw_random",
        "h5_pw_phrase",
        "h5_pw_common",
        "h5_pw_birthday",
        "h5_pw_digits",
        *(f"h5_db_{s}" for s in ("postgres", "mysql", "mongodb", "redis", "amqp", "mssql")),
        *(
            f"h5_env_{s}"
            for s in ("dotenv", "export", "cmd", "powershell", "dockerfile", "docker_run")
        ),
        "h5_secret_ado",
    }
)
