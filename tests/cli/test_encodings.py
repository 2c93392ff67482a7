"""Text files as Windows and Taiwan users have them, through the real `scrubdesk` CLI: UTF-8
with and without a BOM, UTF-16 LE/BE with a BOM, Big5/cp950 and GB18030 are decoded; binary
data is still refused with one line."""

import codecs
import json

import pytest

ZH = "聯絡人：王小明，身分證字號A123456789，手機 0912-345-678，信箱 wang.xm@example.com。\n"
EN = "Please call Mary on 0933-222-111 or write to mary.chen@example.org.\n"
SAMPLE = ZH + EN
VALUES = ("A123456789", "0912-345-678", "wang.xm@example.com", "0933-222-111")
FOUND = (*VALUES, "mary.chen@example.org", "王小明", "Mary")  # what the fast layer may report

LE, BE, U8 = codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8
# (file name, BOM, codec of the text after it, the label stderr must name)
ENCODED = [
    ("utf8.txt", b"", "utf-8", "utf-8"),
    ("utf8-bom.txt", U8, "utf-8", "utf-8 with BOM"),
    ("notepad-unicode.txt", LE, "utf-16-le", "utf-16-le with BOM"),
    ("utf16-be.txt", BE, "utf-16-be", "utf-16-be with BOM"),
    ("big5.txt", b"", "big5", "big5 (cp950)"),
    ("cp950.txt", b"", "cp950", "big5 (cp950)"),
    ("gb18030.txt", b"", "gb18030", "gb18030"),
]
IDS = [name for name, *_ in ENCODED]


def scrub_json(scrubdesk, path, *extra: str) -> tuple[dict, str]:
    result = scrubdesk("scrub", str(path), "--json", "--no-llm", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.decode("utf-8")), result.stderr.decode("utf-8")


def findings_of(data: dict) -> list[tuple[int, int, str]]:
    return [(f["start"], f["end"], f["label"]) for f in data["findings"]]


def assert_no_content(err: str) -> None:
    """stderr names the file and the encoding, never anything the file says."""
    for word in (*FOUND, "聯絡人", "mary.chen"):
        assert word not in err


@pytest.fixture
def utf8_baseline(scrubdesk, tmp_path) -> dict:
    path = tmp_path / "baseline.txt"
    path.write_bytes(SAMPLE.encode("utf-8"))
    return scrub_json(scrubdesk, path)[0]


@pytest.mark.parametrize(("name", "bom", "codec", "label"), ENCODED, ids=IDS)
def test_each_encoding_is_read_with_code_point_offsets(
    scrubdesk, tmp_path, utf8_baseline, name, bom, codec, label
) -> None:
    path = tmp_path / name
    path.write_bytes(bom + SAMPLE.encode(codec))
    result, err = scrub_json(scrubdesk, path)
    assert f"scrubdesk: read {path} as {label}\n" in err
    assert_no_content(err)
    assert findings_of(result) == findings_of(utf8_baseline)
    assert result["text"] == utf8_baseline["text"]
    assert {SAMPLE[f["start"] : f["end"]] for f in result["findings"]} >= set(VALUES)


@pytest.mark.parametrize(("name", "bom", "codec", "label"), ENCODED, ids=IDS)
def test_plain_output_is_utf8_and_keep_encoding_writes_the_input_encoding(
    scrubdesk, tmp_path, name, bom, codec, label
) -> None:
    path = tmp_path / name
    path.write_bytes(bom + SAMPLE.encode(codec))
    plain = scrubdesk("scrub", str(path), "--no-llm")
    assert plain.returncode == 0, plain.stderr
    redacted = plain.stdout.decode("utf-8")  # strict: the default output is UTF-8, no BOM
    assert not redacted.startswith("\ufeff")
    assert "[PHONE_1]" in redacted and not any(value in redacted for value in VALUES)

    kept = scrubdesk("scrub", str(path), "--no-llm", "--keep-encoding")
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout.startswith(bom)
    assert kept.stdout[len(bom) :].decode(codec) == redacted


def test_keep_encoding_json_is_json_in_that_encoding(scrubdesk, tmp_path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"))
    result = scrubdesk("scrub", str(path), "--json", "--no-llm", "--keep-encoding")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(codecs.BOM_UTF16_LE)
    data = json.loads(result.stdout.decode("utf-16"))
    assert "[TW_NATIONAL_ID_1]" in data["text"]


def test_big5_with_characters_outside_the_common_range(scrubdesk, tmp_path) -> None:
    # 次常用字 (lead bytes C9-F9), cp950's own additions (碁銹裏墻, the euro sign) and box
    # drawing: none of them in Big5's common-character block.
    text = (
        "客戶姓名：王小明（乂冘），住址：台北市信義區。身分證字號A123456789。\n"
        "備註：碁銹裏墻 恒粧嫺 ╔═╗ 價格 €100，請聯絡 0912-345-678 或 wang.xm@example.com。\n"
    )
    path = tmp_path / "rare.txt"
    data = text.encode("cp950")
    assert any(0xC9 <= byte <= 0xF9 for byte in data[::2])  # really outside the common block
    path.write_bytes(data)
    result, err = scrub_json(scrubdesk, path)
    assert f"read {path} as big5 (cp950)" in err
    found = {text[f["start"] : f["end"]] for f in result["findings"]}
    assert {"A123456789", "0912-345-678", "wang.xm@example.com"} <= found
    kept = scrubdesk("scrub", str(path), "--no-llm", "--keep-encoding")
    assert kept.stdout.decode("cp950").endswith("。\n")
    assert "碁銹裏墻" in kept.stdout.decode("cp950")


def test_utf16_with_an_odd_byte_count_keeps_its_text_and_warns(
    scrubdesk, tmp_path, utf8_baseline
) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(LE + SAMPLE.encode("utf-16-le") + b"\n")  # e.g. `echo >> file` on Unix
    assert len(path.read_bytes()) % 2 == 1
    result, err = scrub_json(scrubdesk, path)
    assert "as utf-16-le with BOM" in err
    assert "scrubdesk: warning: " in err and "odd number of bytes" in err
    assert result == utf8_baseline  # all the text, only the dangling byte dropped
    assert_no_content(err)


def test_jsonl_in_utf16_big5_and_utf8_bom(scrubdesk, tmp_path) -> None:
    records = [{"id": 1, "text": ZH}, {"id": "two", "text": "無個資"}, {"id": 3, "text": EN}]
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    for name, data, label, codec in (
        ("u16.jsonl", codecs.BOM_UTF16_LE + body.encode("utf-16-le"), "utf-16-le", "utf-16"),
        ("big5.jsonl", body.encode("cp950"), "big5 (cp950)", "cp950"),
        ("bom.jsonl", body.encode("utf-8-sig"), "utf-8 with BOM", "utf-8-sig"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        result = scrubdesk("scrub", "--jsonl", str(path), "--no-llm")
        assert result.returncode == 0, result.stderr
        err = result.stderr.decode("utf-8")
        assert f"read {path} as {label}" in err
        assert_no_content(err)
        out = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
        assert [o["id"] for o in out] == [1, "two", 3]
        for record, line in zip(records, out, strict=True):
            for f in line["findings"]:
                assert record["text"][f["start"] : f["end"]] in FOUND
        kept = scrubdesk("scrub", "--jsonl", str(path), "--no-llm", "--keep-encoding")
        assert kept.returncode == 0, kept.stderr
        lines = kept.stdout.decode(codec).splitlines()
        assert [json.loads(line) for line in lines] == out  # the BOM once, at the start only


def test_jsonl_keep_encoding_escapes_what_big5_lacks(scrubdesk, tmp_path) -> None:
    # An escaped emoji is valid JSON in a Big5 file, but Big5 has no emoji.
    path = tmp_path / "emoji.jsonl"
    path.write_bytes('{"id": 1, "text": "王小明 \\ud83d\\ude00 0912-345-678"}\n'.encode("cp950"))
    result = scrubdesk("scrub", "--jsonl", str(path), "--no-llm", "--keep-encoding")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.decode("cp950"))["text"].count("😀") == 1


def test_big5_through_stdin(scrubdesk) -> None:
    result = scrubdesk("scrub", "--no-llm", stdin=SAMPLE.encode("cp950"))
    assert result.returncode == 0, result.stderr
    assert b"scrubdesk: read stdin as big5 (cp950)" in result.stderr
    assert "[TW_NATIONAL_ID_1]" in result.stdout.decode("utf-8")


def _assert_refused(result, fragment: str) -> None:
    assert result.returncode != 0
    err = result.stderr.decode("utf-8").strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("scrubdesk: error:") and fragment in err
    assert result.stdout == b""


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml", "ZIP archive"),
        (bytes(64) + b"abc" + bytes(64), "NUL bytes"),
        ("no BOM".encode("utf-16-le"), "byte-order mark"),
        (b"\x01\x02\x03\x04\x05\x06 \x07\x08\x0e\x0f", "control characters"),
        (b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8", "not valid utf-16-le"),
        ("Müller straße café résumé".encode("latin-1"), "Big5 (cp950)"),
        ("こんにちは世界、元気ですか。東京都渋谷区".encode("shift_jis") * 3, "not valid UTF-8"),
    ],
    ids=["png", "pdf", "docx", "nul", "utf16-no-bom", "controls", "bad-utf16", "latin1", "sjis"],
)
def test_binary_and_unknown_input_is_refused_with_one_line(
    scrubdesk, tmp_path, data, fragment
) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    for mode in ("--json", "--jsonl", "--keep-encoding"):
        _assert_refused(scrubdesk("scrub", mode, str(path), "--no-llm"), fragment)


def test_a_bom_alone_is_empty_input(scrubdesk, tmp_path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF16_LE)
    _assert_refused(scrubdesk("scrub", str(path), "--no-llm"), "empty")
