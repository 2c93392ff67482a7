"""Slot registry of the `heldout5` split (session 9): a held-out split written from scratch by an
engineer who never read the detectors, the other splits' templates or their value modules (beyond
the registry's shape in values_heldout4.py). Used only by tmpl_heldout5.py, so the other splits'
bytes do not move; its templates use no shared slot either, only the `h5_*` ones below.

The value sources live in values_heldout5_names (Latin-script names), _zh (Chinese and romanised
Taiwanese names), _contact (phones, e-mail, IPs), _ids (Taiwan IDs, cards, bank accounts, IBANs,
passports, dates of birth), _places (addresses), _secrets and _decoys (hard negatives). Gold
conventions are the corpus's (see __init__.py). Every generator takes (rng, lang) and returns a
`Value`; `h5_*` tags name the shapes drawn, and CLASSES lists every tag a generator may set (the
tests require all of them in the split). MULTI names the slots whose value holds several spans.
"""

from __future__ import annotations

import random

from bench.text.independent import values_heldout5_contact as con
from bench.text.independent import values_heldout5_decoys as dec
from bench.text.independent import values_heldout5_ids as ids5
from bench.text.independent import values_heldout5_names as ppl
from bench.text.independent import values_heldout5_places as plc
from bench.text.independent import values_heldout5_secrets as sec
from bench.text.independent import values_heldout5_zh as zhn
from bench.text.independent.build import Seg, Value, plain


def name_email(rng: random.Random, lang: str) -> Value:
    """`Given Family <given.family@domain>`: the name and the address, two spans."""
    locale = ppl._pick_locale(rng)
    given, family, full = ppl._parts(rng, locale)
    address, tag = con.email_text(rng, given, family)
    if rng.random() < 0.3:
        segs = (Seg('"'), Seg(full, "PERSON"), Seg('" <'), Seg(address, "EMAIL"), Seg(">"))
    else:
        segs = (Seg(full, "PERSON"), Seg(" <"), Seg(address, "EMAIL"), Seg(">"))
    return Value(segs, (f"latin_{locale}", "email", tag, "h5_name_email"))


def _count(rng: random.Random, lang: str) -> Value:
    return plain(str(rng.randint(2, 60)))


PII_SLOTS = {
    # Latin-script names
    "h5_name": ppl.person,  # given-family in the locale's order, twenty locales, no cue
    "h5_name_caps": ppl.caps,  # GIVEN FAMILY, FAMILY Given
    "h5_name_inv": ppl.inverted,  # Family, Given: one span
    "h5_initials": ppl.initials,  # A. Sharma, J.-B. Lefèvre, Okafor N.
    "h5_given": ppl.given,  # a given name alone (sign-offs, greetings)
    "h5_titled": ppl.titled,  # Dr. / Bapak / Mme outside the span
    "h5_names": ppl.names,  # 2-4 names, each its own span
    "h5_latin": ppl.any_latin,
    "h5_name_email": name_email,  # Name <address>: two spans
    # Chinese and romanised Taiwanese names
    "h5_zh": zhn.zh,
    "h5_zh_hey": zhn.zh_hey,  # 欸林郁婷, 喂，志明: the interjection outside
    "h5_zh_kin": zhn.zh_kin,  # 我媽陳淑芬, 美玲阿姨: the kinship word outside
    "h5_zh_field": zhn.zh_field,  # 收件人：, 持卡人, 戶名：, 外籍配偶 before: outside
    "h5_zh_title": zhn.zh_title,  # ...經理, ...老師, ...小姐 after: outside
    "h5_nick": zhn.nick,
    "h5_zh_names": zhn.zh_names,
    "h5_tw_rom": zhn.tw_rom,
    "h5_zh_any": zhn.any_zh,
    # phones, e-mail, IPs
    "h5_mobile": con.mobile,
    "h5_landline": con.landline,
    "h5_phone_tw": con.phone_tw,
    "h5_phone_intl": con.phone_intl,
    "h5_phone_ext": con.phone_ext,
    "h5_phone": con.phone_any,
    "h5_email": con.email,  # the address alone
    "h5_email_fmt": con.email_fmt,  # <address>, mailto:address (the wrapping outside)
    "h5_ip": con.ip,
    "h5_ip4": con.ip4,
    "h5_ip6": con.ip6,
    "h5_ip_port": con.ip_port,
    # identity and payment
    "h5_twid": ids5.twid,
    "h5_arc": ids5.arc,
    "h5_card": ids5.card,
    "h5_bank": ids5.bank,
    "h5_iban": ids5.iban,
    "h5_passport": ids5.passport,
    "h5_passport_tw": ids5.passport_tw,
    "h5_dob": ids5.dob,
    "h5_dob_en": ids5.dob_en,
    # addresses
    "h5_addr_tw": plc.address_tw,
    "h5_addr_tw_en": plc.address_tw_en,
    "h5_addr_uk": plc.address_uk,
    "h5_addr_au": plc.address_au,
    "h5_addr_ca": plc.address_ca,
    "h5_addr_us": plc.address_us,
    "h5_addr_world": plc.address_world,
    "h5_addr_line": plc.address_line,  # a foreign address on one line (tables)
    "h5_addr": plc.address,
    # credentials
    "h5_key": sec.api_key,
    "h5_aws_id": sec.aws_id,
    "h5_aws_secret": sec.aws_secret,
    "h5_bearer": sec.bearer,  # the token; templates write "Bearer " before it
    "h5_pw": sec.password,  # the value; templates write the cue
    "h5_db_url": sec.db_url,
    "h5_env": sec.env_line,  # a whole KEY=value line, the value alone the span
    "h5_conn": sec.conn_string,
    "h5_privkey": sec.private_key,
}
DECOY_SLOTS = {
    "h5_order": dec.order,
    "h5_invoice": dec.invoice,
    "h5_tracking": dec.tracking,
    "h5_ticket": dec.ticket,
    "h5_amount": dec.amount,
    "h5_version": dec.version,
    "h5_ts": dec.timestamp,
    "h5_time": dec.chat_time,
    "h5_date": dec.date,
    "h5_badid": dec.bad_id,
    "h5_badcard": dec.bad_card,
    "h5_taxid": dec.tax_id,
    "h5_sha": dec.commit_sha,
    "h5_uuid": dec.uuid_value,
    "h5_hash": dec.digest,
    "h5_sku": dec.product,
    "h5_place": dec.place,
    "h5_company": dec.company,
    "h5_phrase": dec.phrase,
}
PLAIN_SLOTS = {"h5_n": _count}
MULTI = frozenset({"h5_names", "h5_zh_names", "h5_name_email"})
CLASSES = (
    ppl.CLASSES
    | zhn.CLASSES
    | con.CLASSES
    | ids5.CLASSES
    | plc.CLASSES
    | sec.CLASSES
    | {"h5_name_email"}
)
