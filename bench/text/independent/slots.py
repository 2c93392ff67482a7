"""The slot names templates may use, each bound to one value generator.

A slot is `{name}` in template text. PII slots yield gold spans, decoy slots yield hard negatives;
`{{` and `}}` are literal braces. Every generator takes (rng, lang) so it can pick the script and
format a writer of that language would use.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.text.independent import contact, credentials, decoys, ids, people, places
from bench.text.independent import values_dev3 as v3
from bench.text.independent import values_heldout2 as h2
from bench.text.independent import values_heldout3 as h3
from bench.text.independent import values_heldout4 as h4
from bench.text.independent import values_heldout5 as h5
from bench.text.independent.build import Value, pii, plain

Gen = Callable[[random.Random, str], Value]


def _zh_person(rng: random.Random, lang: str) -> Value:
    name, classes = people.zh_name(rng)
    return pii("PERSON", name, *classes)


def _latin_person(rng: random.Random, lang: str) -> Value:
    name, locale = people.latin_name(rng)
    return pii("PERSON", name, f"latin_{locale}")


def _port(rng: random.Random, lang: str) -> Value:
    return plain(str(rng.choice((80, 443, 3000, 5000, 8000, 8080))))


def _count(rng: random.Random, lang: str) -> Value:
    return plain(str(rng.randint(2, 48)))


PII_SLOTS: dict[str, Gen] = {
    "name": people.person,  # Latin in en, Chinese in zh, either in mixed; no cue word
    "latin": _latin_person,
    "zh_name": _zh_person,
    "given": people.given_only,
    "zh_cued": people.zh_cued,  # the cue word (欸, 媽, 收件人：...) comes with it, outside the span
    "nick": people.zh_nickname,  # 阿明, 小美, 婷婷 (dev2 on)
    "tw_latin": people.tw_romanised,  # Kevin Lin, Wang Hsiao-Ming (dev2 on)
    "email": contact.email,
    "phone": contact.phone,
    "phone_tw": contact.phone_tw,
    "phone_intl": contact.phone_intl,
    "ip": contact.ip,
    "twid": ids.tw_id,
    "card": ids.card,
    "bank": ids.bank,
    "iban": ids.iban,
    "passport": ids.passport,
    "dob": ids.dob,
    "addr": places.address,
    "addr_tw": places.address_tw,
    "addr_intl": places.address_intl,
    "api_key": credentials.api_key,
    "bearer": credentials.bearer,
    "password": credentials.password,
    "db_url": credentials.db_url,
    "env": credentials.env_line,
    "privkey": credentials.private_key,
    # dev3 on (values_dev3.py)
    "intl_name": v3.intl_name,  # ko, ja, ng, tr, pl, br, Malay, Vietnamese with diacritics ...
    "name_caps": v3.name_caps,
    "name_inv": v3.name_inverted,  # "Family, Given": one span
    "names": v3.name_list,  # 2-4 Latin names, each its own span
    "zh_names": v3.zh_name_list,
    "dob3": v3.dob_many,
    "ip_url": v3.ip_url,
    "phone_ext": v3.phone_ext,  # the extension stays outside the span
    "addr_tw_li": v3.address_tw_li,
    "addr_asia": v3.address_asia,
    "cli_secret": v3.cli_secret,
    "yaml_secret": v3.yaml_secret,
}
DECOY_SLOTS: dict[str, Gen] = {
    "order": decoys.order,
    "invoice": decoys.invoice,
    "tracking": decoys.tracking,
    "amount": decoys.amount,
    "version": decoys.version,
    "ts": decoys.timestamp,
    "date": decoys.date,
    "badid": decoys.bad_checksum,
    "taxid": decoys.tax_id,
    "sha": decoys.sha,
    "uuid": decoys.uuid_value,
    "hash": decoys.digest,
    "sku": decoys.product,
    "place": places.place,
    "company": places.company,
    "phrase": decoys.phrase,
    "ticket": decoys.ticket,
    # dev3 on (values_dev3.py)
    "booking": v3.booking,
    "claim": v3.claim,
    "ts_log": v3.ts_log,
    "money": v3.money,
}
PLAIN_SLOTS: dict[str, Gen] = {"port": _port, "n": _count}
# heldout2 on (values_heldout2.py, the `h2_*` slots of the held-out split tmpl_heldout2.py)
PII_SLOTS.update(h2.PII_SLOTS)
DECOY_SLOTS.update(h2.DECOY_SLOTS)
# heldout3 on (values_heldout3*.py, the `h3_*` slots of the held-out split tmpl_heldout3.py)
PII_SLOTS.update(h3.PII_SLOTS)
DECOY_SLOTS.update(h3.DECOY_SLOTS)
# heldout4 on (values_heldout4*.py, the `h4_*` slots of the held-out split tmpl_heldout4.py)
PII_SLOTS.update(h4.PII_SLOTS)
DECOY_SLOTS.update(h4.DECOY_SLOTS)
# heldout5 on (values_heldout5*.py, the `h5_*` slots of the held-out split tmpl_heldout5.py)
PII_SLOTS.update(h5.PII_SLOTS)
DECOY_SLOTS.update(h5.DECOY_SLOTS)
PLAIN_SLOTS.update(h5.PLAIN_SLOTS)
SLOTS: dict[str, Gen] = {**PII_SLOTS, **DECOY_SLOTS, **PLAIN_SLOTS}
