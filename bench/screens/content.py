"""Texts: templates whose {SLOTS} are personal-data values (upper-case labels) or harmless
fillers (lower-case). Every pool is fixed to one split; dev and test share no template."""

from __future__ import annotations

import random
import re
import string

from bench.screens import values
from bench.screens.canvas import Segment

CHAT = {
    "dev": {
        "zh": ["我是{PERSON}，手機{PHONE}，有事打給我", "寄到{ADDRESS}，收件人{PERSON}",
               "幫我轉帳到{BANK_ACCOUNT}，金額{amount}", "他的身分證字號是{TW_NATIONAL_ID}嗎？",
               "信箱改成{EMAIL}了喔", "生日{DATE_OF_BIRTH}，記得幫我填",
               "卡號{CREDIT_CARD}，到期{expiry}", "今天{time}開會，會議室在三樓",
               "訂單{order}已經出貨了", "晚點再聊，我先去吃飯", "好喔，收到👌".replace("👌", ""),
               "護照號碼{PASSPORT}，下週要辦簽證"],
        "en": ["Hi, this is {PERSON}. Call me at {PHONE}", "Ship it to {ADDRESS} please",
               "my email is {EMAIL} btw", "wire it to {IBAN}, ref {order}",
               "DOB is {DATE_OF_BIRTH} for the form", "server is up at {IP_ADDRESS} now",
               "the api key is {SECRET} don't share", "see you at {time} in room {room}",
               "invoice {order} came to {amount}", "lol ok", "thanks for the update!"],
        "mixed": ["{PERSON} 的 email 是 {EMAIL}", "VPN 連 {IP_ADDRESS} 就可以了",
                  "password 是 {SECRET}，用完改掉", "請 call {PHONE} 找 {PERSON}",
                  "deploy 完了，version {version}", "meeting 改到 {time}"],
    },
    "test": {
        "zh": ["聯絡人：{PERSON}，電話 {PHONE}", "新地址是{ADDRESS}，下個月搬",
               "退款請匯到{BANK_ACCOUNT}，謝謝",
               "報名要身分證{TW_NATIONAL_ID}跟生日{DATE_OF_BIRTH}",
               "我的Email：{EMAIL}", "信用卡{CREDIT_CARD}被盜刷了怎麼辦",
               "明天{time}在捷運站等", "包裹單號{order}還沒到", "你吃飽沒？",
               "老闆說{amount}以內都可以", "護照{PASSPORT}快過期了，要去換"],
        "en": ["Reach {PERSON} on {PHONE} after 6pm", "New address: {ADDRESS}",
               "Please send the refund to IBAN {IBAN}", "born {DATE_OF_BIRTH}, if they ask",
               "ping {EMAIL} about the contract", "ssh into {IP_ADDRESS} and restart it",
               "token: {SECRET}", "lunch at {time}?", "ticket {order} is closed now",
               "sounds good", "passport no. {PASSPORT} for the booking"],
        "mixed": ["把 invoice 寄給 {EMAIL}", "{PERSON} 說 server {IP_ADDRESS} 掛了",
                  "Wi-Fi 密碼 {SECRET}", "Uber 司機電話 {PHONE}", "build {version} 已經上線",
                  "下午 {time} sync 一下"],
    },
}  # fmt: skip

# Form fields: (zh label, en label, value label); labels sit ABOVE their fields.
FIELDS = {
    "dev": [("姓名", "Full name", "PERSON"), ("手機號碼", "Mobile", "PHONE"),
            ("電子郵件", "Email", "EMAIL"),
            ("通訊地址", "Mailing address", "ADDRESS"),
            ("身分證字號",
            "National ID", "TW_NATIONAL_ID"),
            ("出生日期", "Date of birth", "DATE_OF_BIRTH"),
            ("信用卡號", "Card number", "CREDIT_CARD"),
            ("匯款帳號", "Bank account", "BANK_ACCOUNT"),
            ("護照號碼", "Passport no.", "PASSPORT"), ("密碼", "Password", "SECRET"),
            ("公司名稱",
            "Company", None), ("備註", "Notes", None)],
    "test": [("聯絡人", "Contact person",
    "PERSON"), ("聯絡電話", "Phone number", "PHONE"),
             ("E-mail", "E-mail address", "EMAIL"), ("戶籍地址", "Home address", "ADDRESS"),
             ("統一證號/身分證", "ID number",
             "TW_NATIONAL_ID"), ("生日", "Birthday", "DATE_OF_BIRTH"),
             ("卡片號碼", "Credit card", "CREDIT_CARD"),
             ("退款帳戶", "Refund account", "BANK_ACCOUNT"),
             ("國際帳號 IBAN", "IBAN", "IBAN"), ("登入 IP", "Login IP", "IP_ADDRESS"),
             ("部門", "Department", None), ("訂單編號", "Order no.", None)],
}  # fmt: skip

TERMINAL = {
    "dev": ["$ export OPENAI_API_KEY={SECRET}", "$ ssh deploy@{IP_ADDRESS}",
            "[{time}] user={EMAIL} login ok from {IP_ADDRESS}", "$ git log -1 --oneline",
            "{sha} fix: retry upload ({version})", "INFO customer name={PERSON} phone={PHONE}",
            "$ curl -H 'Authorization: Bearer {SECRET}' https://api.internal/v1/me",
            "WARN payment card={CREDIT_CARD} declined", "$ make test  # {amount} tests",
            "DEBUG dob={DATE_OF_BIRTH} id={TW_NATIONAL_ID}", "$ ls -la /var/log"],
    "test": ["$ aws configure set aws_access_key_id {SECRET}", "$ ping -c 3 {IP_ADDRESS}",
             "{time} ERROR invoice mail to {EMAIL} bounced", "$ docker ps --format '{{.Names}}'",
             "export DB_PASSWORD='{SECRET}'", "audit: passport={PASSPORT} holder={PERSON}",
             "POST /api/refund iban={IBAN} status=202", "$ tail -f app.log",
             "shipping_to=\"{ADDRESS}\" tel={PHONE}", "{sha} chore: bump to {version}",
             "$ python manage.py shell", "account={BANK_ACCOUNT} balance_check=ok"],
}  # fmt: skip

EMAIL = {
    "dev": {
        "subjects": ["合約簽署確認", "Re: Q3 budget review", "您的訂單已出貨", "Travel booking"],
        "zh": ["{PERSON} 您好：", "附件是合約，請於{time}前回覆。", "如有問題請來電 {PHONE}。",
               "匯款帳號：{BANK_ACCOUNT}", "寄送地址：{ADDRESS}", "謝謝，祝 順心"],
        "en": ["Dear {PERSON},", "Please find the signed copy attached.",
               "Card on file: {CREDIT_CARD}", "Passenger DOB: {DATE_OF_BIRTH}",
               "Passport: {PASSPORT}", "Best regards,"],
    },
    "test": {
        "subjects": ["報名資料補件", "Fwd: onboarding documents", "帳單通知", "Your account"],
        "zh": ["親愛的{PERSON}：", "請補上身分證字號 {TW_NATIONAL_ID} 影本。",
               "本期帳單共 {amount}，扣款帳號 {BANK_ACCOUNT}。", "聯絡窗口：{PERSON} {PHONE}",
               "敬祝 平安"],
        "en": ["Hello {PERSON},", "Your temporary password is {SECRET}",
               "Please wire the deposit to {IBAN}.", "We will ship to {ADDRESS}.",
               "Questions? Call {PHONE}.", "Cheers,"],
    },
}  # fmt: skip

TABLE_COLUMNS = {
    "dev": [("姓名", "Name", "PERSON"), ("電話", "Phone", "PHONE"), ("Email", "Email", "EMAIL"),
            ("生日", "DOB", "DATE_OF_BIRTH"),
            ("身分證", "ID", "TW_NATIONAL_ID"),
            ("地址", "Address", "ADDRESS"), ("卡號", "Card", "CREDIT_CARD"),
            ("帳號", "Account", "BANK_ACCOUNT"),
            ("IBAN", "IBAN", "IBAN"), ("IP", "IP", "IP_ADDRESS"),
            ("護照", "Passport", "PASSPORT"), ("API 金鑰", "API key", "SECRET"),
            ("金額", "Amount", "amount"), ("狀態", "Status", "status")],
    "test": [("客戶", "Customer", "PERSON"), ("手機",
    "Mobile", "PHONE"), ("信箱", "E-mail", "EMAIL"),
             ("出生", "Born", "DATE_OF_BIRTH"), ("證號", "ID no.", "TW_NATIONAL_ID"),
             ("收件地址", "Ship to", "ADDRESS"), ("信用卡", "Credit card", "CREDIT_CARD"),
             ("匯款帳戶", "Bank acct", "BANK_ACCOUNT"), ("國際帳號", "Intl. account", "IBAN"),
             ("來源 IP", "Source IP", "IP_ADDRESS"), ("護照號碼", "Passport no.", "PASSPORT"),
             ("Token", "Token", "SECRET"), ("單號", "Order", "order"), ("日期", "Date", "date")],
}  # fmt: skip


def filler(name: str, rng: random.Random) -> str:
    d = string.digits
    return {
        "amount": lambda: rng.choice(["NT$", "$", "USD "]) + f"{rng.randint(100, 99999):,}",
        "time": lambda: f"{rng.randint(7, 22)}:{rng.choice(['00', '15', '30', '45'])}",
        "order": lambda: (
            rng.choice(["PO", "INV", "TW", "#"]) + "".join(rng.choice(d) for _ in range(8))
        ),
        "version": lambda: f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        "room": lambda: f"{rng.randint(2, 12)}0{rng.randint(1, 9)}",
        "expiry": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
        "sha": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "status": lambda: rng.choice(["已付款", "Paid", "Pending", "處理中", "OK"]),
        "date": lambda: f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }[name]()


SLOT = re.compile(r"\{([A-Za-z_]+)\}")


def fill(template: str, rng: random.Random, split: str, lang: str) -> list[Segment]:
    segments: list[Segment] = []
    position = 0
    for match in SLOT.finditer(template):
        if match.start() > position:
            segments.append((template[position : match.start()], None))
        name = match.group(1)
        if name in values.GENERATORS:
            segments.append((values.make(name, rng, split, lang), name))
        else:
            segments.append((filler(name, rng), None))
        position = match.end()
    if position < len(template):
        segments.append((template[position:], None))
    return [s for s in segments if s[0]]


def has_value(template: str) -> bool:
    return any(name in values.GENERATORS for name in SLOT.findall(template))


def chat_message(rng: random.Random, split: str, lang: str) -> list[Segment]:
    pool_lang = lang if lang != "mixed" else rng.choice(["zh", "en", "mixed", "mixed"])
    return fill(rng.choice(CHAT[split][pool_lang]), rng, split, pool_lang)


def value_for(label: str, rng: random.Random, split: str, lang: str) -> Segment:
    if label in values.GENERATORS:
        return (values.make(label, rng, split, lang), label)
    return (filler(label, rng), None)
