"""A local OpenAI-compatible server (Ollama, LM Studio, llama.cpp's server) over httpx.

For people who already run one. Only loopback addresses are accepted unless the caller opts
in: a "local" model on another machine would send the person's text off the device, which is
exactly what this app exists to prevent. Output is constrained with the server's JSON-schema
response format, falling back to plain JSON mode for servers that reject schemas. Requests
stream, so a cancel is honoured between chunks by closing the connection.
"""

from __future__ import annotations

import ipaddress
import json
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.engine.errors import Cancelled, ModelError
from desktop.engine.runtimes.base import CancelFn, DeviceInfo, Generation, GenerationRequest

if TYPE_CHECKING:
    import httpx


def is_loopback_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_base_url(url: str) -> str:
    """Accept `http://host:port`, `.../v1` or `.../v1/`; return the `/v1` base."""
    base = url.rstrip("/")
    if not base.endswith("/v1"):
        base += "/v1"
    return base


class ServerTextModel:
    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        *,
        api_key: str | None = None,
        timeout_s: float = 300.0,
        allow_remote: bool = False,
    ) -> None:
        if not allow_remote and not is_loopback_url(base_url):
            raise ModelError(
                "a local model server must be on this machine (localhost or 127.0.0.1); "
                "sending text to another host would defeat the point of scrubbing"
            )
        self.base_url = normalise_base_url(base_url)
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.name = f"server:{model or 'default'}"
        self._schema_supported = True

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def _client(self) -> httpx.Client:
        import httpx

        return httpx.Client(timeout=httpx.Timeout(self.timeout_s, connect=5.0))

    def _model_name(self, client: httpx.Client) -> str:
        if self.model:
            return self.model
        response = client.get(f"{self.base_url}/models", headers=self._headers())
        response.raise_for_status()
        models = response.json().get("data") or []
        if not models:
            raise ModelError("the local model server lists no models")
        self.model = str(models[0]["id"])
        self.name = f"server:{self.model}"
        return self.model

    def device(self) -> DeviceInfo:
        import httpx

        try:
            with self._client() as client:
                model = self._model_name(client)
        except httpx.HTTPError as exc:
            raise ModelError(
                f"the local model server is not reachable: {type(exc).__name__}"
            ) from exc
        host = urlsplit(self.base_url).netloc
        return DeviceInfo("openai-compatible", "server", None, None, f"{model} at {host}")

    def _body(self, model: str, request: GenerationRequest, use_schema: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": model,
            "messages": [{"role": "user", "content": request.prompt}],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.schema is not None:
            if use_schema:
                body["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": "scrubdesk", "schema": request.schema, "strict": True},
                }
            else:
                body["response_format"] = {"type": "json_object"}
        return body

    def generate(self, request: GenerationRequest, cancel: CancelFn | None = None) -> Generation:
        import httpx

        try:
            with self._client() as client:
                model = self._model_name(client)
                started = time.perf_counter()
                try:
                    result = self._stream(client, model, request, cancel, self._schema_supported)
                except _SchemaRejected:
                    self._schema_supported = False
                    result = self._stream(client, model, request, cancel, False)
                text, usage, finish = result
        except httpx.HTTPError as exc:
            raise ModelError(f"the local model server failed: {type(exc).__name__}") from exc
        prompt_tokens = int(usage.get("prompt_tokens", 0))
        timings = usage.get("timings") or {}
        evaluated = int(timings.get("prompt_n", prompt_tokens)) if isinstance(timings, dict) else 0
        return Generation(
            text=text,
            prompt_tokens=prompt_tokens,
            evaluated_tokens=evaluated,
            generated_tokens=int(usage.get("completion_tokens", 0)),
            wall_s=time.perf_counter() - started,
            finish_reason=finish,
        )

    def _stream(
        self,
        client: httpx.Client,
        model: str,
        request: GenerationRequest,
        cancel: CancelFn | None,
        use_schema: bool,
    ) -> tuple[str, dict[str, Any], str]:
        body = self._body(model, request, use_schema)
        url = f"{self.base_url}/chat/completions"
        pieces: list[str] = []
        usage: dict[str, Any] = {}
        finish = "stop"
        with client.stream("POST", url, json=body, headers=self._headers()) as response:
            if response.status_code in (400, 422) and use_schema and request.schema is not None:
                raise _SchemaRejected
            if response.status_code != 200:
                raise ModelError(f"the local model server answered HTTP {response.status_code}")
            for line in response.iter_lines():
                if cancel is not None and cancel():
                    raise Cancelled("the local model request was cancelled")
                chunk = _sse_data(line)
                if chunk is None:
                    continue
                if chunk == "[DONE]":
                    break
                self._absorb(json.loads(chunk), pieces, usage)
                finish = usage.pop("_finish", finish)
        return "".join(pieces), usage, finish

    @staticmethod
    def _absorb(event: dict[str, Any], pieces: list[str], usage: dict[str, Any]) -> None:
        for choice in event.get("choices") or []:
            delta = choice.get("delta") or {}
            if delta.get("content"):
                pieces.append(str(delta["content"]))
            if choice.get("finish_reason"):
                usage["_finish"] = str(choice["finish_reason"])
        if event.get("usage"):
            usage.update(event["usage"])
        if event.get("timings"):
            usage["timings"] = event["timings"]

    def close(self) -> None:
        pass


class _SchemaRejected(Exception):
    pass


def _sse_data(line: str) -> str | None:
    if not line.startswith("data:"):
        return None
    return line[5:].strip()
