"""Slot registry of the `heldout4` split (session 7): a held-out split written from scratch by an
engineer who never read the detectors, the other splits' templates or their value modules (beyond
the first lines of the heldout3 files, for the registry's format). Used only by tmpl_heldout4.py,
so the other splits' bytes do not move.

The value sources live in values_heldout4_people (Latin-script names), _zh (Chinese and
romanised Taiwanese names), _contact (phones, e-mail, IPs), _ids
(Taiwan IDs, cards, bank accounts, IBANs, passports, dates of birth), _places (addresses),
_secrets and _decoys (hard negatives). Gold conventions are the corpus's (see __init__.py) with
the additions stated in each module. Every generator takes (rng, lang) and returns a `Value`;
`h4_*` tags name the shapes drawn, and CLASSES lists every tag a generator may set (the tests
require all of them in the split). MULTI names the slots whose value holds several spans.
"""

from __future__ import annotations

from bench.text.independent import values_heldout4_contact as con
from bench.text.independent import values_heldout4_decoys as dec
from bench.text.independent import values_heldout4_ids as ids4
from bench.text.independent import values_heldout4_people as ppl
from bench.text.independent import values_heldout4_places as plc
from bench.text.independent import values_heldout4_secrets as sec
from bench.text.independent import values_heldout4_zh as zhn

PII_SLOTS = {
    # names
    "h4_person": ppl.person,  # Latin script, nineteen locales, given-family or family-first
    "h4_formal": ppl.formal,  # FAMILY Given, Family, Given, ALL CAPS
    "h4_given": ppl.given,
    "h4_initialled": ppl.initialled,  # R. Venkatesh, J.-B. Moreau
    "h4_titled": ppl.titled,  # the title stays outside
    "h4_names": ppl.names,  # 2-4 names, each its own span
    "h4_zh": zhn.zh,
    "h4_zh_kin": zhn.zh_kin,  # 表哥陳志明: the kinship word outside
    "h4_zh_role": zhn.zh_role,  # 承辦人：吳佩珊, 林冠宇經理
    "h4_zh_hey": zhn.zh_hey,  # 欸林郁婷, 喂，阿傑
    "h4_nick": zhn.nick,
    "h4_zh_names": zhn.zh_names,  # 2-4 names split by 、，和及與
    "h4_tw_rom": zhn.tw_rom,
    "h4_anyname": ppl.any_name,
    # phones, e-mail, IPs
    "h4_mobile": con.mobile,
    "h4_landline": con.landline,
    "h4_phone": con.phone_tw,
    "h4_phone_intl": con.phone_intl,
    "h4_phone_ext": con.phone_ext,
    "h4_phone_any": con.phone_any,
    "h4_email": con.email,
    "h4_ip": con.ip,
    # identity and payment
    "h4_twid": ids4.twid,
    "h4_card": ids4.card,
    "h4_bank": ids4.bank,
    "h4_iban": ids4.iban,
    "h4_passport": ids4.passport,
    "h4_dob": ids4.dob,
    # addresses
    "h4_addr_tw": plc.address_tw,
    "h4_addr_tw_en": plc.address_tw_en,
    "h4_addr_world": plc.address_world,
    "h4_addr": plc.address_any,
    # secrets
    "h4_key": sec.api_key,
    "h4_bearer": sec.bearer,
    "h4_pw": sec.password,
    "h4_db_url": sec.db_url,
    "h4_env": sec.env_line,
    "h4_privkey": sec.private_key,
    "h4_conn": sec.conn_string,
}
DECOY_SLOTS = {
    "h4_order": dec.order,
    "h4_invoice": dec.invoice,
    "h4_tracking": dec.tracking,
    "h4_ticket": dec.ticket,
    "h4_amount": dec.amount,
    "h4_version": dec.version,
    "h4_ts": dec.timestamp,
    "h4_time": dec.chat_time,
    "h4_date": dec.date,
    "h4_badid": dec.bad_checksum,
    "h4_taxid": dec.tax_id,
    "h4_sha": dec.commit_sha,
    "h4_uuid": dec.uuid_value,
    "h4_hash": dec.digest,
    "h4_sku": dec.product,
    "h4_place": dec.place,
    "h4_company": dec.company,
    "h4_phrase": dec.phrase,
}
MULTI = frozenset({"h4_names", "h4_zh_names"})
CLASSES = ppl.CLASSES | zhn.CLASSES | con.CLASSES | ids4.CLASSES | plc.CLASSES | sec.CLASSES
