"""The independent screenshot benchmark (bench/screens): deterministic renders, sound ground
truth, and a scorer that reads 1.0 for a fully filled image and 0 for an untouched one."""

from __future__ import annotations

import hashlib
import random

import pytest

from bench.screens import catalogue, checksums, fonts, score
from bench.screens.screen import Spec

pytestmark = pytest.mark.skipif(not fonts.available(), reason="needs fonts-noto-cjk and DejaVu")

SPECS = [
    Spec("dev", 0, "chat-strip", (1440, 80), 1.0, False, "mixed", 14, "sans"),
    Spec("test", 1, "vertical-strip", (60, 1440), 1.5, False, "zh", 14, "cjk"),
    Spec("dev", 2, "form", (800, 600), 1.25, True, "zh", 13, "cjk", jpeg=70),
    Spec("test", 3, "spreadsheet", (900, 500), 1.0, False, "en", 11, "sans", antialias=False),
]


def _digest(spec: Spec) -> str:
    return hashlib.sha256(catalogue.render(spec).image.tobytes()).hexdigest()


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_same_seed_same_pixels(spec: Spec) -> None:
    assert _digest(spec) == _digest(spec)


def test_splits_differ() -> None:
    dev, test = (catalogue.specs(s)[3] for s in ("dev", "test"))
    assert dev.layout == test.layout
    assert _digest(dev) != _digest(test)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_ground_truth_is_ink_inside_the_image(spec: Spec) -> None:
    screen = catalogue.render(spec)
    w, h = screen.image.size
    assert screen.values and screen.tokens
    for ink in [i for v in screen.values for i in v.inks] + [t.ink for t in screen.tokens]:
        assert ink.mask.any()
        mh, mw = ink.mask.shape
        assert ink.x >= 0 and ink.y >= 0 and ink.x + mw <= w and ink.y + mh <= h


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_scorer_bounds(spec: Spec) -> None:
    screen = catalogue.render(spec)
    w, h = screen.image.size
    full = score.score(screen, [{"x": 0, "y": 0, "w": w, "h": h}])
    assert all(ok and share == 1.0 for _, ok, share in full.values)
    assert full.tokens_covered == full.tokens
    none = score.score(screen, [])
    assert not any(ok for _, ok, _ in none.values) and none.tokens_covered == 0
    assert all(share == 0.0 for _, _, share in none.values)


def test_catalogue_shape() -> None:
    for split in catalogue.SPLITS:
        specs = catalogue.specs(split)
        assert len(specs) == 60
        assert sum(s.size == (1920, 1080) for s in specs) >= 8
        assert sum(s.size == (1170, 2532) for s in specs) >= 6
        assert {1.25, 1.5, 1.75} <= {s.scale for s in specs}


def test_check_digits() -> None:
    rng = random.Random(7)
    assert checksums.tw_id_valid("A123456789") and not checksums.tw_id_valid("A123456788")
    assert checksums.luhn_valid("4111 1111 1111 1111")
    assert not checksums.luhn_valid("4111111111111112")
    assert checksums.iban_valid("GB82 WEST 1234 5698 7654 32")
    for _ in range(50):
        assert checksums.tw_id_valid(checksums.tw_id(rng))
        assert checksums.luhn_valid(checksums.luhn_complete("4", 16, rng))
        bban = "".join(rng.choice("0123456789") for _ in range(18))
        assert checksums.iban_valid(checksums.iban_with_check("DE", bban))
