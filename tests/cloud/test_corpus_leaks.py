"""The whole text benchmark corpus (the test split at its default size) goes through
`scrubdesk ask` against the fake provider, which echoes the redacted text back in small stream
events (placeholders split across them).

Proven for every document: no value the scrubber found reaches the server (URL, headers, body,
also after JSON decoding); what was sent is exactly the engine's redaction; the printed answer
is the original text again. Measured and reported: the share of labelled PII values that
reached the server, which must equal the share the engine itself left in its redacted text
(its miss rate by value): the send path adds no leak of its own.

Two worker processes share the documents (the CI machine has 2 cores).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest

from tests.cloud.corpus_run import Tally, run_share

SPLIT = "test"


def test_whole_corpus_through_ask(capsys: pytest.CaptureFixture[str]) -> None:
    shares = max(1, min(2, os.cpu_count() or 1))
    total = Tally()
    with ProcessPoolExecutor(shares, mp_context=multiprocessing.get_context("spawn")) as pool:
        for tally in pool.map(run_share, [SPLIT] * shares, range(shares), [shares] * shares):
            total.add(tally)

    reached = total.reached_server / total.gold
    engine_miss = total.engine_left / total.gold
    with capsys.disabled():
        print(
            f"\n[cloud leak test] split={SPLIT} docs={total.docs} requests={total.requests} "
            f"labelled values={total.gold}; reached the server: {total.reached_server} "
            f"({reached:.2%}); left by the engine in its redaction: {total.engine_left} "
            f"({engine_miss:.2%}); spans not fully masked: {total.not_fully_masked} "
            f"({total.not_fully_masked / total.gold:.2%}); refused by the leak check: "
            f"{total.refused}"
        )
    assert total.failures == []
    assert total.docs > 3000 and total.gold > 5000
    assert total.requests == total.docs - total.refused
    # The send path adds nothing; a document the leak check refused sends nothing at all.
    assert total.reached_server == total.engine_left - total.engine_left_in_refused
    assert total.reached_server <= total.not_fully_masked
