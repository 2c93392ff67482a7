"""Dropping a text file into the window: Big5, UTF-16 and UTF-8 files are decoded by the same
engine module as the CLI; a binary file is refused and the text box keeps its text."""

import codecs

import pytest
from PySide6.QtCore import QMimeData, QUrl

from tests.ui.drops import drop_file, make_window

TEXT = "聯絡人：王小明，手機 0912-345-678，信箱 wang.xm@example.com。\nCall me.\n"


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (TEXT.encode("cp950"), "big5 (cp950)"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le with BOM"),
        (TEXT.encode("utf-8-sig"), "utf-8 with BOM"),
    ],
    ids=["big5", "utf16", "utf8-bom"],
)
def test_a_dropped_file_is_decoded_and_scrubbed(qtbot, tmp_path, data, label) -> None:
    path = tmp_path / "mail.txt"
    path.write_bytes(data)
    window = make_window(qtbot)
    with qtbot.waitSignal(window.scrubbed, timeout=20_000):
        drop_file(window, path)
    assert window.input.toPlainText() == TEXT
    assert window.statusBar().currentMessage() == f"Read mail.txt as {label}"
    preview = window.preview.toPlainText()
    assert "[PHONE_1]" in preview and "0912-345-678" not in preview
    assert window.result is not None
    spans = {TEXT[f.span.start : f.span.end] for f in window.result.findings}
    assert {"0912-345-678", "wang.xm@example.com"} <= spans  # code-point offsets


def test_dropping_onto_the_text_box_reads_the_file_not_its_url(qtbot, tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(TEXT.encode("cp950"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window = make_window(qtbot)
    assert window.input.canInsertFromMimeData(mime)
    with qtbot.waitSignal(window.text_file_read, timeout=10_000):
        window.input.insertFromMimeData(mime)
    assert window.input.toPlainText() == TEXT


def test_a_binary_file_is_refused_and_the_text_stays(qtbot, tmp_path) -> None:
    path = tmp_path / "archive.dat"
    path.write_bytes(b"PK\x03\x04\x14\x00" + bytes(range(256)))
    window = make_window(qtbot)
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.input.setPlainText("keep me")
    drop_file(window, path)
    qtbot.waitUntil(lambda: "binary" in window.status.text(), timeout=10_000)
    assert "ZIP archive" in window.status.text()
    assert window.input.toPlainText() == "keep me"
