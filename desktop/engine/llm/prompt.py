"""Prompts for the Gemma detector and the two yes/no checks.

Gemma's chat template has no system role, so everything goes in the single user turn. The
fixed instructions and examples come first and the person's text last: the runtime keeps the
evaluated prefix in its KV cache, so a repeated scrub pays only for the new text.
Instructions are in English (Gemma follows them best); the examples are Traditional Chinese and
English, the languages the users write in. The example values are invented.
"""

from __future__ import annotations

import json

from desktop.engine.types import TEXT_LABELS

LABEL_GUIDE = {
    "PERSON": "a person's name (姓名), with or without a title",
    "ADDRESS": "a street or postal address (地址), not just a city or country",
    "EMAIL": "an e-mail address",
    "PHONE": "a phone or mobile number (電話、手機)",
    "TW_NATIONAL_ID": "a Taiwan national ID or resident certificate number (身分證字號)",
    "CREDIT_CARD": "a payment card number (信用卡號)",
    "BANK_ACCOUNT": "a bank account number (銀行帳號)",
    "IBAN": "an IBAN",
    "DATE_OF_BIRTH": "a date of birth (生日、出生日期)",
    "IP_ADDRESS": "an IPv4 or IPv6 address",
    "PASSPORT": "a passport number (護照號碼)",
    "SECRET": "a password, API key, access token, private key or credential (密碼、金鑰)",
}

_EXAMPLES: tuple[tuple[str, list[dict[str, str]]], ...] = (
    (
        "客戶王小明（身分證 A123456789）住在台北市信義區松仁路100號，手機 0912-345-678。",
        [
            {"text": "王小明", "label": "PERSON"},
            {"text": "A123456789", "label": "TW_NATIONAL_ID"},
            {"text": "台北市信義區松仁路100號", "label": "ADDRESS"},
            {"text": "0912-345-678", "label": "PHONE"},
        ],
    ),
    (
        "Jordan：我跟 Amy 說了，明天 10:30 在內湖開會，請陳美玲經理帶筆電。",
        [
            {"text": "Jordan", "label": "PERSON"},
            {"text": "Amy", "label": "PERSON"},
            {"text": "陳美玲", "label": "PERSON"},
        ],
    ),
    (
        "媽林秀英說 Customer Somchai Wongsa 的包裹到了；Kenji + 吳家豪 負責 review，"
        "Nguyen Van An owns the budget。",
        [
            {"text": "林秀英", "label": "PERSON"},
            {"text": "Somchai Wongsa", "label": "PERSON"},
            {"text": "Kenji", "label": "PERSON"},
            {"text": "吳家豪", "label": "PERSON"},
            {"text": "Nguyen Van An", "label": "PERSON"},
        ],
    ),
    (
        "Hi Priya, the key sk_live_51HxQ2eZvKYlo2C0aF3 leaked, please rotate it. Thanks, "
        "Tomasz Nowak (born 12 March 1988), 4 Elm Row, Leeds",
        [
            {"text": "Priya", "label": "PERSON"},
            {"text": "sk_live_51HxQ2eZvKYlo2C0aF3", "label": "SECRET"},
            {"text": "Tomasz Nowak", "label": "PERSON"},
            {"text": "12 March 1988", "label": "DATE_OF_BIRTH"},
            {"text": "4 Elm Row, Leeds", "label": "ADDRESS"},
        ],
    ),
    (
        "訂單 #A20391 於 2025-03-14 週五 14:00 出貨，commit 9f2c1e7，"
        "範例金鑰 AKIAIOSFODNN7EXAMPLE，[PERSON_1] 已確認，總價 NT$1,200。",
        [],
    ),
)


def _json(findings: list[dict[str, str]]) -> str:
    return json.dumps({"findings": findings}, ensure_ascii=False)


def _label_lines() -> str:
    return "\n".join(f"- {label}: {LABEL_GUIDE[str(label)]}" for label in TEXT_LABELS)


def _example_lines() -> str:
    return "\n\n".join(f"Example:\nText: {text}\nJSON: {_json(found)}" for text, found in _EXAMPLES)


DETECTOR_PREFIX = f"""You find personal information in a text so that it can be masked.
Return JSON: {{"findings": [{{"text": ..., "label": ...}}]}}.
Rules:
- "text" must be copied exactly, character for character, from the text. Never rewrite,
  translate, complete or normalise it.
- One item per value. Do not include surrounding words such as 電話, 經理 or "my name is".
- List every person's name, each one separately when there are several: full names, a given
  name or nickname alone (Amy, Frank), English names inside Chinese text, names before a colon
  in a chat, names in greetings and sign-offs (Hi ..., Dear ..., Thanks, ...), in any script
  or width. After a family or role word (媽, 阿嬤, 姑姑, Customer, Applicant) give the name only.
- Placeholders in square brackets such as [PERSON_1] are already masked: ignore them.
- Not personal: role words (客戶, 經理, customer, manager), company, team and product names,
  a city or district alone, weekdays, times, dates that are not birth dates, prices, order,
  ticket and invoice numbers, hashes, commit ids, UUIDs, public keys, and example or
  placeholder keys.
- If nothing is personal, return {{"findings": []}}.
Labels:
{_label_lines()}

{_example_lines()}

Now the real text. Answer with JSON only.
Text: """

DETECTOR_SUFFIX = "\nJSON:"


def detector_prompt(chunk: str) -> str:
    """The single user turn for one chunk: fixed prefix, then the text, then the cue."""
    return DETECTOR_PREFIX + chunk + DETECTOR_SUFFIX


CONTAINS_PII_PREFIX = """Decide whether a text still contains personal information: a real
person's name, address, e-mail, phone number, ID or passport number, card or bank account
number, date of birth, IP address, password or other secret. Placeholders in square brackets
such as [PERSON_1] or [PHONE_2] are already masked and do not count.
Answer with JSON only: {"answer": "yes"} or {"answer": "no"}.

Example: 請[PERSON_1]在週五前回覆[EMAIL_1]。
Answer: {"answer": "no"}
Example: 請陳大文在週五前回覆 david@example.com。
Answer: {"answer": "yes"}

Text: """

NEEDS_CLOUD_PREFIX = """Decide whether a request needs a large cloud model, or whether a small
local model can answer it well. Simple tasks (fixing typos, short translations, rewording a
sentence, extracting a date, yes/no questions about the text) do not need the cloud. Long
documents, reasoning, code, analysis, up-to-date knowledge or careful writing do.
Answer with JSON only: {"answer": "yes"} if it needs the cloud model, {"answer": "no"} if not.

Example: 幫我把這句改成比較有禮貌的說法：明天不要遲到。
Answer: {"answer": "no"}
Example: 請分析這份合約的風險，並提出修改建議，附上法律依據。
Answer: {"answer": "yes"}

Request: """

CHECK_SUFFIX = "\nAnswer:"


def contains_pii_prompt(redacted_text: str) -> str:
    return CONTAINS_PII_PREFIX + redacted_text + CHECK_SUFFIX


def needs_cloud_prompt(request_text: str) -> str:
    return NEEDS_CLOUD_PREFIX + request_text + CHECK_SUFFIX
