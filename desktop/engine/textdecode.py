"""Bytes of a text file -> text: UTF-8 (with or without a BOM), UTF-16 with a BOM, and the
legacy Chinese encodings many Taiwan users still have (Big5/cp950; GB18030 as a fallback).

Used by the CLI (`scrub`, `scrub --jsonl`, `ask`) and by the window's file drop, so both read a
file the same way. The decisions, in the order they are applied:

1. Known binary formats are refused first, by their magic number (PNG, JPEG, GIF, PDF, ZIP and
   so .docx/.xlsx, old Office, gzip, 7-Zip, ELF, SQLite): a PDF is mostly ASCII and could
   otherwise pass as text.
2. A byte-order mark decides and is not part of the text (offsets count code points after
   it): EF BB BF is UTF-8, FF FE UTF-16 LE, FE FF UTF-16 BE. A UTF-16 input with an odd byte
   count keeps all its text and drops only the dangling half code unit at the end, with a
   warning (a tool appending one newline byte does this); anything else undecodable is refused.
3. Strict UTF-8, the common case.
4. Without a BOM, any NUL byte means binary data, as before. UTF-16 without a BOM is never
   guessed (its NULs look exactly like binary data); the error then says to save it with one.
5. Only then charset-normalizer, restricted to cp950/big5/big5hkscs/gb18030, in its order
   (lowest chaos first). A candidate is taken only when the whole input decodes strictly with
   it and the result is plausible: at least 90% of the characters are ASCII or the CJK-range
   characters these encodings exist for (no kana, Hangul, Greek, Cyrillic: other legacy
   encodings misread as Big5 fill up with those), and charset-normalizer's chaos is at most 0.1,
   or at most 0.2 with Chinese coherence (its common Chinese characters present; its table is
   Simplified, so Traditional text often shows none and the chaos limit alone must hold: real
   Big5 with rare characters measures about 0.09, Shift-JIS misread as GB18030 about 0.16).
   The Big5 family decodes with cp950 (what Windows in Taiwan writes; a superset of plain Big5,
   with the euro sign and 碁銹裏墻...) and then Big5-HKSCS. Limits, accepted: a very short
   input can be ambiguous between Big5 and GB18030 (Big5 wins unless GB18030's chaos is lower
   by more than 0.1: our users write Traditional Chinese), and a short Korean or Japanese
   legacy file can pass as GB18030.
6. Otherwise the "not valid UTF-8" error, naming the encodings tried.

After decoding, text that is more than 10% control characters (other than tab, newline, CR,
form feed, vertical tab and ESC) or holds a NUL is refused as binary too.

Every message is one line and never quotes the input.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.errors import BinaryInput, InputError, InputTooLarge, UndecodableInput

# One scrub reads its whole input; larger inputs are refused before being read into memory.
MAX_TEXT_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class TextEncoding:
    label: str  # what stderr and the status bar show, e.g. "big5 (cp950)"
    codec: str  # the Python codec for the bytes after the BOM
    bom: bytes = b""


UTF8 = TextEncoding("utf-8", "utf-8")
UTF8_BOM = TextEncoding("utf-8 with BOM", "utf-8", codecs.BOM_UTF8)
UTF16_LE_BOM = TextEncoding("utf-16-le with BOM", "utf-16-le", codecs.BOM_UTF16_LE)
UTF16_BE_BOM = TextEncoding("utf-16-be with BOM", "utf-16-be", codecs.BOM_UTF16_BE)
BIG5 = TextEncoding("big5 (cp950)", "cp950")
BIG5_HKSCS = TextEncoding("big5-hkscs", "big5hkscs")
GB18030 = TextEncoding("gb18030", "gb18030")

BOM_ENCODINGS = (UTF8_BOM, UTF16_LE_BOM, UTF16_BE_BOM)
# charset-normalizer's name -> what we decode with, in order of preference.
LEGACY_FAMILIES: dict[str, tuple[TextEncoding, ...]] = {
    "cp950": (BIG5, BIG5_HKSCS),
    "big5": (BIG5, BIG5_HKSCS),
    "big5hkscs": (BIG5, BIG5_HKSCS),
    "gb18030": (GB18030,),
}
BIG5_PREFERENCE = 0.1  # how much more chaos a Big5 reading may show and still win
TRIED = "UTF-8, UTF-16 with a BOM, Big5 (cp950), Big5-HKSCS or GB18030"

BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, e.g. .docx or .xlsx"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "a gzip file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Control characters that do not occur in text (tab, LF, VT, FF, CR and ESC do).
_CONTROLS = re.compile("[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
# What Big5/GB18030 text is made of: ASCII, CJK ideographs (with extensions and compatibility
# forms), CJK punctuation, bopomofo, full-width forms and the symbols these tables carry.
_PLAUSIBLE = re.compile(
    "[\t\n\r\f\x20-\x7e\u2000-\u206f\u20a0-\u20cf\u2100-\u218f\u2190-\u21ff\u2460-\u24ff"
    "\u2500-\u257f\u25a0-\u25ff\u3000-\u303f\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef\U00020000-\U0003ffff]"
)
MIN_PLAUSIBLE_SHARE = 0.9
MAX_CHAOS_ALONE = 0.1  # no language evidence needed (short rows, Traditional-only text)
MAX_CHAOS_WITH_CHINESE = 0.2


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: TextEncoding
    warnings: tuple[str, ...] = ()


def detect_encoding(data: bytes, what: str = "input", *, complete: bool = True) -> TextEncoding:
    """The encoding of `data`, or a one-line InputError. With complete=False, `data` is only
    the head of a longer input (it may end inside a character)."""
    refuse_binary_signature(data, what)
    for encoding in BOM_ENCODINGS:
        if data.startswith(encoding.bom):
            return encoding
    refuse_nul_bytes(data, what)
    sample = data if complete else _cut_at_boundary(data)
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
    except UnicodeDecodeError as exc:
        bad_offset = exc.start
    else:
        refuse_control_text(text, what)  # also for a JSONL head, which is never decoded whole
        return UTF8
    legacy = guess_legacy_chinese(sample)
    if legacy is None:
        raise UndecodableInput(
            f"{what} is not valid UTF-8 (bad byte at offset {bad_offset}), and not clean text "
            f"in any other encoding tried ({TRIED})"
        )
    return legacy


def decode_text(data: bytes, what: str = "input") -> Decoded:
    """The whole input decoded (see the module docstring), or a one-line InputError."""
    encoding = detect_encoding(data, what)
    body = data[len(encoding.bom) :]
    warnings: tuple[str, ...] = ()
    if encoding.codec.startswith("utf-16") and len(body) % 2:
        body = body[:-1]
        warnings = (f"{what} has an odd number of bytes for UTF-16; its last byte was ignored",)
    try:
        text = body.decode(encoding.codec)
    except UnicodeDecodeError as exc:
        offset = exc.start + len(encoding.bom)
        raise UndecodableInput(
            f"{what} is not valid {encoding.label} (bad byte at offset {offset})"
        ) from None
    refuse_control_text(text, what)
    return Decoded(text, encoding, warnings)


def read_text_file(path: Path) -> Decoded:
    """A text file, decoded; refuses missing, oversized, empty and binary files."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror}") from None
    check_size(data)
    decoded = decode_text(data, path.name)
    if not decoded.text.strip():
        raise InputError(f"{path.name} is empty")
    return decoded


def check_size(data: bytes) -> None:
    if len(data) > MAX_TEXT_BYTES:
        raise InputTooLarge(
            f"input is larger than the {MAX_TEXT_BYTES // (1024 * 1024)} MiB limit for one "
            "scrub; split it, or use --jsonl to stream it line by line"
        )


def refuse_binary_signature(data: bytes, what: str) -> None:
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInput(f"{what} looks like binary data ({kind}), not text")


def refuse_nul_bytes(data: bytes, what: str) -> None:
    if b"\x00" not in data:
        return
    hint = ""
    if _looks_like_utf16(data):
        hint = "; UTF-16 text needs a byte-order mark (Notepad's 'Unicode' writes one)"
    raise BinaryInput(f"{what} looks like binary data (it contains NUL bytes), not text{hint}")


def refuse_control_text(text: str, what: str) -> None:
    if "\x00" in text:
        raise BinaryInput(f"{what} looks like binary data (it contains NUL characters), not text")
    if len(_CONTROLS.findall(text)) * 10 > len(text):
        raise BinaryInput(f"{what} looks like binary data (mostly control characters), not text")


def guess_legacy_chinese(data: bytes) -> TextEncoding | None:
    """Big5/cp950, Big5-HKSCS or GB18030 when `data` decodes cleanly and plausibly in one."""
    from charset_normalizer import from_bytes  # only here: it costs start-up time

    plausible: list[tuple[float, TextEncoding]] = []
    for match in from_bytes(data, cp_isolation=sorted(LEGACY_FAMILIES)):
        for encoding in LEGACY_FAMILIES.get(match.encoding, ()):
            try:
                text = data.decode(encoding.codec)
            except UnicodeDecodeError:
                continue
            if _plausible(text, match.chaos, "Chinese" in match.languages):
                plausible.append((match.chaos, encoding))
            break  # the same bytes in a wider table would read no better
    if not plausible:
        return None
    # Short texts read plausibly in both families, and their chaos scores are noise: the
    # Traditional (Big5) reading wins unless GB18030 reads clearly better.
    best_chaos = min(chaos for chaos, _ in plausible)
    for chaos, encoding in plausible:
        if encoding is not GB18030 and chaos <= best_chaos + BIG5_PREFERENCE:
            return encoding
    return min(plausible, key=lambda item: item[0])[1]


def _plausible(text: str, chaos: float, chinese: bool) -> bool:
    if len(_PLAUSIBLE.findall(text)) < MIN_PLAUSIBLE_SHARE * len(text):
        return False
    return chaos <= MAX_CHAOS_ALONE or (chinese and chaos <= MAX_CHAOS_WITH_CHINESE)


def _looks_like_utf16(data: bytes) -> bool:
    """NULs in every other byte: UTF-16 text (mostly ASCII) saved without a BOM."""
    even, odd = data[0::2], data[1::2]
    return max(even.count(0), odd.count(0)) * 3 > len(data) // 2 >= 1


def _cut_at_boundary(head: bytes) -> bytes:
    """The head up to its last byte below 0x30 (newline, space, quote, comma): such a byte is
    never part of a multi-byte character in UTF-8, Big5 or GB18030, so the cut splits none."""
    for index in range(len(head) - 1, -1, -1):
        if head[index] < 0x30:
            return head[: index + 1]
    return head
