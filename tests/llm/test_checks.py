from __future__ import annotations

from desktop.engine.llm.checks import check_contains_pii, check_needs_cloud
from desktop.engine.llm.prompt import CONTAINS_PII_PREFIX, NEEDS_CLOUD_PREFIX


def test_pii_check_yes_and_no(scripted) -> None:
    yes = check_contains_pii(scripted(['{"answer": "yes"}']), "請陳大文回覆")
    assert yes.contains_pii is True and not yes.safe_to_send
    model = scripted(['{"answer": "no"}'])
    no = check_contains_pii(model, "請[PERSON_1]回覆")
    assert no.contains_pii is False and no.safe_to_send and no.chunks == 1
    request = model.requests[0]
    assert request.prompt.startswith(CONTAINS_PII_PREFIX) and request.schema is not None
    assert request.max_tokens <= 16


def test_pii_check_unreadable_answer_is_not_safe(scripted) -> None:
    result = check_contains_pii(scripted(["I think so?"]), "some text")
    assert result.contains_pii is None and not result.safe_to_send


def test_pii_check_covers_long_text_chunk_by_chunk_and_stops_at_yes(scripted) -> None:
    answers = ['{"answer": "no"}', '{"answer": "yes"}', '{"answer": "no"}']
    model = scripted(answers)
    result = check_contains_pii(model, "safe sentence. " * 60, chunk_chars=200)
    assert result.contains_pii is True and result.chunks == 2 and len(model.requests) == 2


def test_routing_check(scripted) -> None:
    model = scripted(['{"answer": "no"}'])
    local = check_needs_cloud(model, "幫我修正錯字：今天天汽很好")
    assert local.needs_cloud is False and not local.use_cloud and local.asked_model
    assert model.requests[0].prompt.startswith(NEEDS_CLOUD_PREFIX)
    cloud = check_needs_cloud(scripted(['{"answer": "yes"}']), "analyse this contract")
    assert cloud.use_cloud
    unsure = check_needs_cloud(scripted(["hmm"]), "what?")
    assert unsure.needs_cloud is None and unsure.use_cloud


def test_routing_long_text_goes_to_the_cloud_without_asking(scripted) -> None:
    model = scripted([])
    result = check_needs_cloud(model, "x" * 5000, max_chars=1500)
    assert result.use_cloud and not result.asked_model and model.requests == []
