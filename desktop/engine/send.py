"""The fail-closed send path: scrub -> leak check of URL, headers and body -> stream -> restore.

The only way to reach a provider is `Conversation.send(PreparedTurn)`, and a `PreparedTurn`
exists only after its exact request bytes passed the leak check. If detection fails, a requested
layer did not run, or the user cancels, no request is built, so nothing can be sent.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field

from desktop.engine.cloud.base import (
    ChatMessage,
    ChatRequest,
    HttpRequest,
    ImageAttachment,
    Provider,
    StreamState,
)
from desktop.engine.cloud.transport import (
    CheckedRequest,
    TransportOptions,
    checked_request_factory,
    stream_answer,
)
from desktop.engine.errors import Cancelled, InputError, LeakError, ScrubDeskError
from desktop.engine.pipeline import Scrubber, ScrubResult
from desktop.engine.restore import RestoreReport, StreamingRestorer
from desktop.engine.router import Router
from desktop.engine.vault import Vault

CancelFn = Callable[[], bool]

SYSTEM_PROMPT = (
    "Personal data in the user's messages has been replaced by placeholders in square "
    "brackets, such as [PERSON_1], [EMAIL_2] or [TW_NATIONAL_ID_1]. Each placeholder stands for "
    "one real value that you cannot see. Whenever you refer to such a value, copy its "
    "placeholder exactly as written: the same square brackets, capital letters, underscores "
    "and number. Do not translate, reformat, merge, split or invent placeholders, and do not "
    "guess the hidden values. Answer in the language of the user's message."
)

_make_checked = checked_request_factory()


class DetectionFailed(ScrubDeskError):
    """Detection did not complete, so the text was not sent."""


@dataclass(frozen=True)
class PreparedTurn:
    """A redacted turn whose request passed the leak check. `scrub.text` is what is sent."""

    scrub: ScrubResult = field(repr=False)
    chat: ChatRequest = field(repr=False)
    checked: CheckedRequest
    images: tuple[ImageAttachment, ...] = ()
    history_length: int = 0  # the conversation's length when checked: a later turn is stale


def _leak_check(request: HttpRequest, vault: Vault, chat: ChatRequest) -> None:
    """Raise LeakError when any vault value is in the URL, a header or the body (as bytes and
    as every decoded JSON string), or when the check itself fails.

    Image data is left out of the text check: images are scrubbed as pixels (the vision
    layer), and base64 is random letters in which a short name such as "Amy" turns up by
    chance, which would refuse screenshots for no reason."""
    from desktop.engine.leakcheck import assert_no_leaks_in_request

    body = request.body
    for message in chat.messages:
        for image in message.images:
            body = body.replace(image.base64().encode("ascii"), b"")
    try:
        assert_no_leaks_in_request(request.url, request.headers_without_credential(), body, vault)
    except LeakError as exc:  # its message names placeholders and labels, never values
        raise LeakError(f"send refused: {exc}") from None


@dataclass(frozen=True)
class Finished:
    raw_text: str = field(repr=False)  # as the model wrote it, with placeholders
    report: RestoreReport = field(default_factory=RestoreReport)  # never holds values
    finish_reason: str | None = None


class Reply:
    """A streamed answer: iterate for restored text pieces. When the stream ended normally,
    `complete` is True and `text`, `raw_text`, `report` and `finish_reason` are set."""

    def __init__(self, chunks: Generator[str, None, Finished], *, local: bool = False) -> None:
        self._chunks = chunks
        self.local = local  # answered on this device by the router; nothing was sent
        self.text = ""
        self.raw_text = ""
        self.report = RestoreReport()
        self.finish_reason: str | None = None
        self.complete = False

    def __repr__(self) -> str:
        return f"<Reply complete={self.complete} local={self.local} chars={len(self.text)}>"

    def __iter__(self) -> Iterator[str]:
        while True:
            try:
                piece = next(self._chunks)
            except StopIteration as stop:
                finished: Finished = stop.value
                self.raw_text, self.report = finished.raw_text, finished.report
                self.finish_reason, self.complete = finished.finish_reason, True
                return
            self.text += piece
            yield piece

    def read(self) -> str:
        """Consume the whole answer and return it restored."""
        for _ in self:
            pass
        return self.text

    @property
    def truncated(self) -> bool:
        return self.finish_reason in ("length", "max_tokens", "max_output_tokens")


@dataclass
class Conversation:
    """One conversation with one provider. The scrubber's vault keeps placeholders stable
    across turns; the history holds only redacted text."""

    provider: Provider
    model: str
    scrubber: Scrubber = field(default_factory=Scrubber)
    system_prompt: str = SYSTEM_PROMPT
    max_tokens: int = 4096
    options: TransportOptions = field(default_factory=TransportOptions)
    router: Router = field(default_factory=Router)
    history: list[ChatMessage] = field(default_factory=list, repr=False)

    @property
    def vault(self) -> Vault:
        return self.scrubber.vault

    def scrub(
        self, text: str, *, use_model: bool = True, cancel: CancelFn | None = None
    ) -> ScrubResult:
        """Detect and redact, failing closed: any failure or cancel raises, so no request."""
        try:
            result = self.scrubber.scrub(text, use_model=use_model, cancel=cancel)
        except ScrubDeskError:
            raise
        except Exception as exc:
            raise DetectionFailed(
                f"detection failed ({type(exc).__name__}); nothing was sent"
            ) from None
        if cancel is not None and cancel():
            raise Cancelled("cancelled during detection; nothing was sent")
        model = self.scrubber.model
        if use_model and model is not None and model.name not in result.layers:
            raise DetectionFailed(
                f"the local model layer ({model.name}) did not run, so nothing was sent; "
                "retry, or send with the fast layer only"
            )
        return result

    def prepare(
        self,
        scrub: ScrubResult,
        api_key: str,
        *,
        images: Sequence[ImageAttachment] = (),
    ) -> PreparedTurn:
        """Build the exact request for this turn and leak-check it. `scrub` comes from `scrub`
        or from the review step (`Scrubber.redact`), always with this conversation's vault."""
        self._check_same_vault(scrub)
        user = ChatMessage("user", scrub.text, tuple(images))
        chat = ChatRequest(
            model=self.model,
            messages=(*self.history, user),
            system=self.system_prompt,
            max_tokens=self.max_tokens,
        )
        try:
            request = self.provider.build_request(chat, api_key)
        except ValueError as exc:  # a bad base URL or model name: our own plain messages
            raise InputError(f"cannot build the request: {exc}") from None
        _leak_check(request, self.vault, chat)
        checked = _make_checked(self.provider, request)
        return PreparedTurn(scrub, chat, checked, tuple(images), len(self.history))

    def _check_same_vault(self, scrub: ScrubResult) -> None:
        """A redaction made with another vault would be leak-checked against the wrong values."""
        for finding in scrub.findings:
            value = finding.span.text_in(scrub.original)
            if self.vault.value_of(finding.placeholder) != value:
                raise LeakError(
                    "send refused: the redaction was not made with this conversation's vault"
                )

    def send(self, turn: PreparedTurn, api_key: str, *, cancel: CancelFn | None = None) -> Reply:
        """Stream the answer, restoring placeholders as they arrive (also when split)."""
        if turn.history_length != len(self.history):
            raise InputError("the conversation moved on since this turn was checked; prepare again")
        return Reply(self._stream(turn, api_key, cancel))

    def ask(
        self,
        text: str,
        api_key: str,
        *,
        use_model: bool = True,
        images: Sequence[ImageAttachment] = (),
        cancel: CancelFn | None = None,
    ) -> Reply:
        """Scrub, check and send in one step (the CLI's path; the app reviews in between)."""
        if not images:
            local = self._route_locally(text, use_model, cancel)
            if local is not None:
                return local
        turn = self.prepare(
            self.scrub(text, use_model=use_model, cancel=cancel), api_key, images=images
        )
        return self.send(turn, api_key, cancel=cancel)

    def _route_locally(self, text: str, use_model: bool, cancel: CancelFn | None) -> Reply | None:
        if not self.router.route(text).local:
            return None
        answer = self.router.answer_locally(text)
        if answer is None:
            return None
        # The history keeps only redacted text: both turns are scrubbed before they are kept.
        user = self.scrub(text, use_model=use_model, cancel=cancel)
        kept = self.scrub(answer, use_model=use_model, cancel=cancel)
        self.history += [ChatMessage("user", user.text), ChatMessage("assistant", kept.text)]
        return Reply(_local_answer(answer, kept.text), local=True)

    def _stream(
        self, turn: PreparedTurn, api_key: str, cancel: CancelFn | None
    ) -> Generator[str, None, Finished]:
        restorer = StreamingRestorer(self.vault)
        state = StreamState()
        raw: list[str] = []
        for delta in stream_answer(
            turn.checked, api_key, options=self.options, cancel=cancel, state=state
        ):
            raw.append(delta)
            restored = restorer.feed(delta)
            if restored:
                yield restored
        tail = restorer.finish()
        if tail:
            yield tail
        raw_text = "".join(raw)
        # Only a finished turn joins the history, in its redacted form.
        self.history += [
            ChatMessage("user", turn.scrub.text, turn.images),
            ChatMessage("assistant", raw_text),
        ]
        return Finished(raw_text, restorer.report, state.finish_reason)


def _local_answer(answer: str, redacted: str) -> Generator[str, None, Finished]:
    yield answer
    return Finished(redacted, RestoreReport(), "stop")
