from __future__ import annotations

import json
import re

from desktop.engine.llm import prompt as prompts
from desktop.engine.llm.parse import parse_findings
from desktop.engine.llm.schema import detector_schema, yes_no_schema
from desktop.engine.types import TEXT_LABELS


def test_detector_prompt_puts_the_fixed_prefix_first_and_the_text_last() -> None:
    a, b = prompts.detector_prompt("第一段"), prompts.detector_prompt("another text")
    common = len(prompts.DETECTOR_PREFIX)
    assert a[:common] == b[:common] == prompts.DETECTOR_PREFIX  # cacheable prefix
    assert a == prompts.DETECTOR_PREFIX + "第一段" + prompts.DETECTOR_SUFFIX


def test_instructions_are_english_with_zh_tw_examples_and_every_label() -> None:
    prefix = prompts.DETECTOR_PREFIX
    assert prefix.startswith("You find personal information")
    assert re.search(r"[\u4e00-\u9fff]", prefix)  # Traditional Chinese examples
    for label in TEXT_LABELS:
        assert f"- {label}:" in prefix


def test_examples_only_name_values_that_occur_verbatim_in_their_text() -> None:
    # The prompt teaches "copy exactly"; its own examples must obey that.
    blocks = re.findall(r"Text: (.+)\nJSON: (.+)\n", prompts.DETECTOR_PREFIX)
    assert len(blocks) == len(prompts._EXAMPLES) >= 3
    assert any(not found for _text, found in prompts._EXAMPLES)  # one with nothing to find
    for text, answer in blocks:
        parsed = parse_findings(answer)
        assert parsed.complete and parsed.dropped == 0
        for finding in parsed.findings:
            assert finding.text in text


def test_schema_has_an_object_root_and_all_text_labels() -> None:
    schema = detector_schema()
    assert schema["type"] == "object"
    items = schema["properties"]["findings"]["items"]  # type: ignore[index]
    assert items["properties"]["label"]["enum"] == [str(label) for label in TEXT_LABELS]
    assert items["required"] == ["text", "label"]
    json.dumps(schema)  # serialisable for every runtime
    assert yes_no_schema()["properties"]["answer"]["enum"] == ["yes", "no"]  # type: ignore[index]


def test_check_prompts_end_with_the_text_and_the_answer_cue() -> None:
    pii = prompts.contains_pii_prompt("請[PERSON_1]回覆")
    assert pii.startswith(prompts.CONTAINS_PII_PREFIX) and pii.endswith("請[PERSON_1]回覆\nAnswer:")
    cloud = prompts.needs_cloud_prompt("translate this")
    assert cloud.startswith(prompts.NEEDS_CLOUD_PREFIX) and cloud.endswith(
        "translate this\nAnswer:"
    )
