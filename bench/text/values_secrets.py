"""Secrets in the published formats of the major providers, JWTs, private keys, passwords."""

from __future__ import annotations

import base64
import json
import string

from bench.text.piece import GenContext

_ALNUM = string.ascii_letters + string.digits
_B64 = _ALNUM + "+/"
_B64URL = _ALNUM + "-_"
_HEX = "0123456789abcdef"


def aws_access_key_id(ctx: GenContext) -> str:
    return ctx.rng.choice(("AKIA", "AKIA", "ASIA")) + ctx.chars(
        string.ascii_uppercase + "234567", 16
    )


def aws_secret_key(ctx: GenContext) -> str:
    return ctx.chars(_B64, 40)


def github_token(ctx: GenContext) -> str:
    if ctx.chance(0.25):
        return f"github_pat_{ctx.chars(_ALNUM, 22)}_{ctx.chars(_ALNUM, 59)}"
    return ctx.rng.choice(("ghp_", "ghp_", "gho_", "ghs_", "ghu_")) + ctx.chars(_ALNUM, 36)


def gitlab_token(ctx: GenContext) -> str:
    return "glpat-" + ctx.chars(_ALNUM + "-_", 20)


def slack_token(ctx: GenContext) -> str:
    prefix = ctx.rng.choice(("xoxb", "xoxp", "xoxb"))
    return f"{prefix}-{ctx.digits(12)}-{ctx.digits(13)}-{ctx.chars(_ALNUM, 24)}"


def stripe_key(ctx: GenContext) -> str:
    prefix = ctx.rng.choice(("sk_live_", "sk_live_", "rk_live_", "sk_test_"))
    return prefix + ctx.chars(_ALNUM, ctx.rng.choice((24, 34, 99)))


def openai_key(ctx: GenContext) -> str:
    if ctx.chance(0.6):
        return "sk-proj-" + ctx.chars(_B64URL, 156)
    if ctx.chance(0.5):
        return f"sk-{ctx.chars(_ALNUM, 20)}T3BlbkFJ{ctx.chars(_ALNUM, 20)}"
    return "sk-svcacct-" + ctx.chars(_B64URL, 140)


def anthropic_key(ctx: GenContext) -> str:
    return "sk-ant-api03-" + ctx.chars(_B64URL, 93) + "AA"


def google_api_key(ctx: GenContext) -> str:
    return "AIza" + ctx.chars(_B64URL, 35)


def sendgrid_key(ctx: GenContext) -> str:
    return f"SG.{ctx.chars(_B64URL, 22)}.{ctx.chars(_B64URL, 43)}"


def huggingface_token(ctx: GenContext) -> str:
    return "hf_" + ctx.chars(string.ascii_letters, 34)


def npm_token(ctx: GenContext) -> str:
    return "npm_" + ctx.chars(_ALNUM, 36)


def hex_secret(ctx: GenContext) -> str:
    """A generic random key as apps generate them (32-64 hex or base64 characters)."""
    if ctx.chance(0.6):
        return ctx.chars(_HEX, ctx.rng.choice((32, 40, 64)))
    return ctx.chars(_B64URL, ctx.rng.choice((32, 43, 50)))


PROVIDER_KEYS = (
    aws_access_key_id, github_token, gitlab_token, slack_token, stripe_key, openai_key,
    anthropic_key, google_api_key, sendgrid_key, huggingface_token, npm_token,
)  # fmt: skip


def provider_key(ctx: GenContext) -> str:
    return ctx.rng.choice(PROVIDER_KEYS)(ctx)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jwt(ctx: GenContext) -> str:
    header = {"alg": ctx.rng.choice(("HS256", "RS256", "ES256")), "typ": "JWT"}
    payload = {
        "sub": ctx.digits(ctx.rng.choice((6, 10))),
        "iat": 1_700_000_000 + ctx.rng.randint(0, 60_000_000),
        "role": ctx.rng.choice(("user", "admin", "service")),
    }
    if ctx.chance(0.5):
        payload["email"] = f"{ctx.fake_en.user_name()}@{ctx.fake_en.free_email_domain()}"
    signature = bytes(ctx.rng.randrange(256) for _ in range(32 if header["alg"] == "HS256" else 64))
    parts = (json.dumps(header, separators=(",", ":")).encode(), json.dumps(payload).encode())
    return ".".join((*(_b64url(p) for p in parts), _b64url(signature)))


def private_key(ctx: GenContext) -> str:
    kind = ctx.rng.choice(
        ("RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY")
    )
    size = {"RSA PRIVATE KEY": 1190, "PRIVATE KEY": 1216, "EC PRIVATE KEY": 160}.get(kind, 380)
    body = base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(size))).decode("ascii")
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


_WORDS = (
    "sunset", "dragon", "taipei", "mango", "coffee", "tiger", "ocean", "summer", "winter",
    "monkey", "rocket", "bubble", "panda", "kitty", "shadow", "master", "pixel", "boba",
)  # fmt: skip


def password(ctx: GenContext) -> str:
    """Passwords as people choose them, and as password managers generate them."""
    rng = ctx.rng
    style = rng.randrange(4)
    if style == 0:
        word = rng.choice(_WORDS)
        word = word.capitalize() if ctx.chance(0.6) else word
        return word + ctx.digits(rng.choice((2, 4, 6))) + rng.choice(("", "!", "@", "#", "$"))
    if style == 1:
        return ctx.chars(_ALNUM + "!@#$%^&*-_", rng.randint(12, 24))
    if style == 2:
        return "-".join(rng.choice(_WORDS) for _ in range(3)) + ctx.digits(1)
    return (
        rng.choice(("Qwer", "Asdf", "Zxcv", "Pass", "Admin")) + "@" + ctx.digits(rng.choice((3, 4)))
    )


def db_user(ctx: GenContext) -> str:
    return ctx.rng.choice(
        ("app", "admin", "root", "deploy", "svc_api", "postgres", "ci-bot", "etl")
    )
