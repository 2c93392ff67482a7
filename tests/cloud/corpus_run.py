"""One share of the corpus leak test, run in a worker process (see test_corpus_leaks.py).

Each worker runs `scrubdesk ask` in-process for its documents against its own fake provider
server, and returns counts and failures. Failures name document ids, never values.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from dataclasses import asdict, dataclass, field

from tests.cloud.fake_server import FakeProviderServer, Received, echo_responder, last_user_text
from tests.cloud.helpers import API_KEY, PROVIDERS, make_provider


@dataclass
class Tally:
    docs: int = 0
    requests: int = 0
    gold: int = 0
    engine_left: int = 0  # labelled values still verbatim in the engine's own redacted text
    reached_server: int = 0  # labelled values verbatim in what the server received
    not_fully_masked: int = 0  # labelled spans not fully covered by findings (the scorer's miss)
    refused: int = 0  # documents the leak check refused to send
    engine_left_in_refused: int = 0  # engine_left counted in those documents (never sent)
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def request_strings(request: Received) -> list[str]:
    """Everything the server got, as text: the raw bytes decoded, and each decoded JSON string."""
    strings = [request.raw.decode("utf-8")]
    stack: list[object] = [json.loads(request.body)]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            stack += [*value.keys(), *value.values()]
        elif isinstance(value, list):
            stack += value
    return strings


def covered(start: int, end: int, findings: list[tuple[int, int]]) -> bool:
    position = start
    for f_start, f_end in sorted(findings):
        if f_start <= position < f_end:
            position = f_end
    return position >= end


def run_share(split: str, share: int, shares: int) -> Tally:
    from bench.text.generate import generate
    from desktop import cli
    from desktop.engine import keystore
    from desktop.engine.pipeline import Scrubber

    os.environ["SCRUBDESK_API_KEY"] = API_KEY
    keystore.find_secure_backend = lambda: None  # a worker process: never a real keychain
    docs = generate(split)[share::shares]
    tally = Tally(docs=len(docs))
    with FakeProviderServer() as server:
        # Small deltas: most placeholders come back split across stream events.
        server.default = echo_responder(chunk_chars=7, write_bytes=1024)
        bases = {name: str(make_provider(name, server.base_url).base_url) for name in PROVIDERS}  # type: ignore[attr-defined]
        for index, doc in enumerate(docs):
            name = PROVIDERS[index % len(PROVIDERS)]
            before = len(server.requests)
            argv = ["ask", "--provider", name, "--base-url", bases[name], "--no-llm"]
            if name == "openai-compatible":
                argv += ["--model", "m"]
            sys.stdin = io.TextIOWrapper(io.BytesIO(doc.text.encode("utf-8")), encoding="utf-8")
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli.main(argv)
            requests = server.requests[before:]

            # The engine on its own: what it found, and what it left in its redacted text.
            engine = Scrubber()
            result = engine.scrub(doc.text, use_model=False)
            found = list(engine.vault.values())
            findings = [(f.span.start, f.span.end) for f in result.findings]
            if code != 0:
                tally.refused += 1
                if "send refused" not in err.getvalue() or requests:
                    tally.failures.append(f"{doc.id}: failed without a leak refusal")
            else:
                expected = "Echo: " + doc.text
                expected += "" if expected.endswith("\n") else "\n"
                if len(requests) != 1:
                    tally.failures.append(f"{doc.id}: {len(requests)} requests")
                elif last_user_text(requests[0]) != result.text:
                    tally.failures.append(f"{doc.id}: sent text differs from the redaction")
                if out.getvalue() != expected:
                    tally.failures.append(f"{doc.id}: printed answer is not the original text")
            sent = [text for request in requests for text in request_strings(request)]
            if any(value in text for value in found for text in sent):
                tally.failures.append(f"{doc.id}: a found value reached the server")
            for span in doc.spans:
                value = doc.text[span.start : span.end]
                tally.gold += 1
                tally.engine_left += value in result.text
                tally.engine_left_in_refused += code != 0 and value in result.text
                tally.reached_server += any(value in text for text in sent)
                tally.not_fully_masked += not covered(span.start, span.end, findings)
        tally.requests = len(server.requests)
        if server.errors:
            tally.failures.append(f"server errors: {server.errors[:3]}")
    return tally
