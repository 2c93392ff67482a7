from __future__ import annotations

import io

import pytest

from desktop.engine.runtimes.base import DeviceInfo, Generation, GenerationRequest
from desktop.engine.runtimes.protocol import ProtocolError, read_frame, write_frame


def test_frames_round_trip_unicode_and_dataclasses() -> None:
    stream = io.BytesIO()
    request = GenerationRequest("王小明的電話", {"type": "object"}, 32, 0.0)
    write_frame(stream, {"op": "generate", "request": request.to_wire()})
    write_frame(stream, {"ok": True})
    stream.seek(0)
    first = read_frame(stream)
    assert first is not None
    assert GenerationRequest.from_wire(first["request"]) == request  # type: ignore[arg-type]
    assert read_frame(stream) == {"ok": True}
    assert read_frame(stream) is None


def test_wire_forms_of_results() -> None:
    generation = Generation("{}", 10, 3, 2, 0.5, "stop")
    assert Generation.from_wire(generation.to_wire()) == generation
    device = DeviceInfo("llama.cpp", "cuda", 27, 27, "CUDA0")
    assert DeviceInfo.from_wire(device.to_wire()) == device
    assert device.describe() == "llama.cpp on cuda (27/27 layers offloaded)"


def test_a_frame_cut_short_is_an_error() -> None:
    stream = io.BytesIO()
    write_frame(stream, {"op": "ping"})
    data = stream.getvalue()
    with pytest.raises(ProtocolError):
        read_frame(io.BytesIO(data[:-2]))
    with pytest.raises(ProtocolError):
        read_frame(io.BytesIO(data[:2]))
