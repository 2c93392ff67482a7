"""`scrubdesk scrub` end to end through a real interpreter (DESIGN.md command-line contract)."""

import json

SAMPLE = "我是王小明，身分證字號A123456789，信箱 wang.xm@example.com。Call me."
VALUES = ("A123456789", "wang.xm@example.com")


def test_plain_output_is_the_redacted_text(scrubdesk) -> None:
    result = scrubdesk("scrub", "--no-llm", stdin=SAMPLE)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "[TW_NATIONAL_ID_1]" in out and "[EMAIL_1]" in out
    assert not any(value in out for value in VALUES)
    assert out.endswith("Call me.")
    assert b"layers ran: pattern" in result.stderr


def test_json_output_has_offsets_into_the_original(scrubdesk, tmp_path) -> None:
    path = tmp_path / "in.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    result = scrubdesk("scrub", str(path), "--json", "--no-llm")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"text", "findings"}
    by_label = {f["label"]: f for f in data["findings"]}
    for label, value in (("TW_NATIONAL_ID", VALUES[0]), ("EMAIL", VALUES[1])):
        finding = by_label[label]
        assert SAMPLE[finding["start"] : finding["end"]] == value
        assert set(finding) == {"start", "end", "label", "placeholder", "source", "score"}
        assert finding["source"] == "pattern"


def test_jsonl_writes_one_line_per_input_in_order(scrubdesk) -> None:
    lines = [{"id": i, "text": f"mail user{i}@example.org please"} for i in range(5)]
    lines.insert(2, {"id": "no-pii", "text": "nothing here"})
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = scrubdesk("scrub", "--jsonl", "-", "--no-llm", stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == [line["id"] for line in lines]
    assert out[0]["text"] == "mail [EMAIL_1] please"
    assert out[2] == {"id": "no-pii", "text": "nothing here", "findings": []}
    # every line is its own document with its own placeholders
    assert out[3]["text"] == "mail [EMAIL_1] please"


def test_jsonl_bad_line_is_a_one_line_error(scrubdesk) -> None:
    result = scrubdesk("scrub", "--jsonl", "--no-llm", stdin='{"id": 1, "text": "a"}\nnot json\n')
    assert result.returncode != 0
    assert result.stderr.decode().strip().splitlines()[-1].startswith("scrubdesk: error: line 2")


def _assert_one_line_error(result, fragment: str) -> None:
    assert result.returncode != 0
    err = result.stderr.decode("utf-8").strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("scrubdesk: error:") and fragment in err
    assert "Traceback" not in err
    assert result.stdout == b""


def test_missing_file(scrubdesk, tmp_path) -> None:
    _assert_one_line_error(
        scrubdesk("scrub", str(tmp_path / "nope.txt"), "--no-llm"), "no such file"
    )


def test_empty_input(scrubdesk) -> None:
    _assert_one_line_error(scrubdesk("scrub", "--no-llm", stdin=b""), "empty")


def test_binary_input(scrubdesk) -> None:
    _assert_one_line_error(
        scrubdesk("scrub", "--no-llm", stdin=b"\x89PNG\r\n\x1a\n\x00\x00"), "binary"
    )


def test_invalid_utf8(scrubdesk) -> None:
    _assert_one_line_error(scrubdesk("scrub", "--no-llm", stdin=b"caf\xe9 ol\xe9"), "UTF-8")


def test_directory_is_refused(scrubdesk, tmp_path) -> None:
    _assert_one_line_error(scrubdesk("scrub", str(tmp_path), "--no-llm"), "directory")


def test_50_mb_file_is_refused_with_a_clear_limit(scrubdesk, tmp_path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        chunk = b"lorem ipsum 0912-345-678 dolor\n" * 32768
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    _assert_one_line_error(scrubdesk("scrub", str(big), "--no-llm"), "MiB limit")


def test_values_never_reach_stderr(scrubdesk) -> None:
    result = scrubdesk("scrub", "--json", "--no-llm", stdin=SAMPLE)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 0
    assert not any(value in err for value in (*VALUES, "王小明"))


def test_contradicting_flags_are_an_error(scrubdesk) -> None:
    _assert_one_line_error(scrubdesk("scrub", "--no-llm", "--model", "x", stdin="hi"), "contradict")
