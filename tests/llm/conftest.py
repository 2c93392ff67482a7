"""A scripted TextModel for testing the detector and checks without a model: it answers each
request with the next canned reply (or a function of the prompt) and records what it was
asked. Real-model behaviour is covered in tests/runtimes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.engine.runtimes.base import CancelFn, DeviceInfo, Generation, GenerationRequest


class ScriptedModel:
    name = "scripted"

    def __init__(self, answer: Callable[[str], str] | list[str]) -> None:
        self.answer = answer
        self.requests: list[GenerationRequest] = []
        self.closed = False

    def generate(self, request: GenerationRequest, cancel: CancelFn | None = None) -> Generation:
        self.requests.append(request)
        if callable(self.answer):
            text = self.answer(request.prompt)
        else:
            text = self.answer[len(self.requests) - 1]
        return Generation(text, len(request.prompt), len(request.prompt), len(text), 0.01)

    def device(self) -> DeviceInfo:
        return DeviceInfo("scripted", "cpu")

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def scripted() -> type[ScriptedModel]:
    return ScriptedModel
