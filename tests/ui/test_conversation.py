"""Send from the app to a real HTTP server on 127.0.0.1 and get the answer back restored."""

import logging
import uuid

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.engine.keystore import SecretStore
from desktop.engine.settings import Settings
from desktop.ui.app import ScrubDeskApp
from tests.cloud.fake_server import FakeProviderServer, json_reply

KEY = "sk-ui-test-0123456789abcdefABCDEF"
TEXT = "請幫我回信給 wang.xm@example.com，他的手機是 0912-345-678。"


@pytest.fixture
def server():
    with FakeProviderServer() as fake:
        yield fake


def make_app(qtbot, server, provider="openai-compatible") -> ScrubDeskApp:
    settings = Settings(provider=provider, base_url=server.base_url + "/v1", cloud_model="m1")
    app = ScrubDeskApp(
        QGuiApplication.instance(), f"scrubdesk-test-{uuid.uuid4().hex[:8]}", settings
    )
    app.secrets = SecretStore(None, detect=False)
    app.conversation._secrets = app.secrets
    app.secrets.set(provider, KEY)
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.window.scrubbed, timeout=10_000):
        app.window.input.setPlainText(TEXT)
    return app


def test_send_streams_the_answer_back_with_values_restored(qtbot, server, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    app = make_app(qtbot, server)
    assert server.requests == []  # nothing is sent before Send
    with qtbot.waitSignal(app.conversation.answered, timeout=20_000) as signal:
        app.conversation.send_button.click()
    reply = signal.args[0]
    answer = app.conversation.answer.toPlainText()
    # The fake server echoes the redacted text split into 3-character deltas, so placeholders
    # arrive split across stream chunks.
    assert (
        answer.startswith("Echo: ") and "wang.xm@example.com" in answer and "0912-345-678" in answer
    )
    assert reply.report.restored_count == 2 and not reply.report.unknown
    assert len(app.conversation.answer.extraSelections()) == 2  # restored values are marked
    sent = server.all_bytes()
    assert (
        b"[EMAIL_1]" in sent and b"wang.xm@example.com" not in sent and b"0912-345-678" not in sent
    )
    assert KEY not in caplog.text and "wang.xm" not in caplog.text


def test_send_without_a_key_sends_nothing(qtbot, server) -> None:
    app = make_app(qtbot, server)
    app.secrets.delete("openai-compatible")
    app.conversation.send_button.click()
    assert "no API key" in app.conversation.state.text()
    assert server.requests == []


def test_provider_error_is_shown_and_the_text_stays(qtbot, server) -> None:
    app = make_app(qtbot, server)
    server.script.append(json_reply(401, {"error": {"message": "bad key"}}))
    app.conversation.send_button.click()
    assert not app.conversation.send_button.isEnabled()  # streaming
    qtbot.waitUntil(lambda: app.conversation.send_button.isEnabled(), timeout=20_000)
    assert "key" in app.conversation.state.text().lower()  # a plain authentication message
    assert KEY not in app.conversation.state.text()
    assert app.window.input.toPlainText() == TEXT


def test_unchecked_finding_is_sent_as_the_user_chose(qtbot, server) -> None:
    app = make_app(qtbot, server)
    review = app.window.review
    phone = next(s for s in review.detected if s.label == "PHONE")
    app.window._toggle_span(phone)
    with qtbot.waitSignal(app.conversation.answered, timeout=20_000):
        app.conversation.send_button.click()
    sent = server.all_bytes()
    assert b"0912-345-678" in sent and b"wang.xm@example.com" not in sent


def test_a_redacted_screenshot_is_sent_with_the_turn_and_never_the_original(qtbot, server) -> None:
    import base64
    import io

    pytest.importorskip("rapidocr")
    from tests.vision.render import render

    app = make_app(qtbot, server)
    shot = render(["手機 0912-345-678"], ["0912-345-678"])
    buffer = io.BytesIO()
    shot.image.save(buffer, "PNG")
    original = buffer.getvalue()
    with qtbot.waitSignal(app.window.image_scrubbed, timeout=30_000):
        app.window.scrub_image(original)
    redacted = app.window.image_panel.png
    with qtbot.waitSignal(app.conversation.answered, timeout=20_000):
        app.conversation.send_button.click()
    sent = server.all_bytes()
    assert base64.b64encode(redacted) in sent
    assert base64.b64encode(original) not in sent
    assert app.window.image_panel.png is None  # one turn only
