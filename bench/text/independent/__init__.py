"""An independent text benchmark corpus: templates and value sources written without looking at
the detectors or at the other corpus (bench/text/templates, values_*.py), to measure how the
detectors generalise to text they were never tuned on.

    from bench.text.independent import generate, SPLITS, DEFAULT_SEED
    docs = generate("dev")              # 1,500 short + 75 ~2 KB documents
    python -m bench.text.independent --split test --out bench/out/independent-test.jsonl

Same seed, split and sizes give byte-identical JSONL (standard library only, no Faker). The
`dev`, `test` and `heldout` splits share no template (ids `ind-<split>-<lang>-<genre>-NN`); values
are drawn fresh for every document. `heldout` was added after the detector engineer saw part of
the `dev` and `test` templates in a lint output; its templates were never shown to them. `dev2`
is a second tuning split (templates in tmpl_dev2.py, frames unlike dev's), added once `dev` was
nearly solved; like `dev` it may be tuned on and its errors looked at.
`dev3` is a third tuning split (tmpl_dev3.py, new value shapes in values_dev3.py).
`heldout2` and `heldout3` are later held-out splits (sessions 4 and 6; tmpl_heldout2.py with
values_heldout2.py, tmpl_heldout3.py with values_heldout3*.py), never shown to the detector
engineer and never tuned on: they are not in TUNING_SPLITS.
`heldout5` is a held-out split written in session 9 (tmpl_heldout5.py with values_heldout5*.py,
`h5_*` slots only), never shown to the detector engineer and not in TUNING_SPLITS.

Gold span conventions (offsets are Python str indices; `text[start:end]` is exactly the value):

- PERSON: the name alone, given + family name (or a given name alone in a sign-off), a nickname
  as a whole (阿明, 小美, 婷婷), a romanised Taiwanese name (Kevin Lin, Wang Hsiao-Ming); cue words,
  interjections, kinship and role words (欸, 媽, 收件人：, 戶名 ...) and titles stay outside.
  A "Family, Given" name is one span; each name of a list is its own span.
- ADDRESS: the whole postal address from unit/number (or the Taiwan postcode / city) to the
  postcode; a multi-line address is one span (line breaks inside are whitespace, not scored).
- EMAIL: the address alone. PHONE: first character ("(", "+" or digit) to last digit.
  A phone extension ("ext. 12", "#305", "分機 305") stays outside the PHONE span.
- TW_NATIONAL_ID: the 10 characters (national ID; resident certificate old AB12345678 and new
  A812345678 shapes), with a valid check digit.
- CREDIT_CARD: the number with its spaces or dashes (Luhn-valid). IBAN: the IBAN, compact or
  in groups of four (mod-97 valid). BANK_ACCOUNT: bank code + separator + account digits; the
  bank's name before or after it stays outside.
- DATE_OF_BIRTH: the date alone (民國 years included), without "DOB"/"生日".
- IP_ADDRESS: the address alone; an IPv6 zone (%eth0) is inside, brackets and :port outside.
- PASSPORT: the passport number alone.
- SECRET: the secret value alone: after `KEY=` (quotes outside), after `Bearer `, after
  `password:`/`密碼：`; a database URL is ONE span from the scheme to the database name; a
  private key block runs from `-----BEGIN` to the closing `-----`.
- Hard negatives (`NegativeSpan.kind`): order, invoice, tracking, ticket, amount, version,
  timestamp, date, bad_checksum, tax_id, commit_sha, uuid, hash, product_code, place, company,
  phrase. They never overlap a gold span.

Full-width variants (`fullwidth`): "pii" turns the PII values into full-width forms, "all" the
whole document (one character each way, so offsets do not move). Independently of that, some
values are written with full-width digits and dashes as typed in a Chinese IME (bank accounts,
Taiwan addresses, phones, dates).

Modules: checks (check digits), build (segments -> text and offsets), people, places, contact,
ids, credentials, decoys (value sources), slots (slot -> generator), tmpl_dev / tmpl_test /
tmpl_heldout / tmpl_dev2 (templates), templates (registry), compose (documents);
values_heldout3 (phones, e-mail, IPs, the `h3_*` slot registry) with values_heldout3_people,
_ids, _places, _secrets and _decoys hold the value sources of heldout3 only.
values_heldout5 (the `h5_*` slot registry) with values_heldout5_names, _zh, _contact, _ids,
_places, _secrets and _decoys hold the value sources of heldout5 only.
"""

from bench.text.independent.compose import DEFAULT_SEED, generate
from bench.text.independent.templates import SPLITS, TUNING_SPLITS

__all__ = ["DEFAULT_SEED", "SPLITS", "TUNING_SPLITS", "generate"]
