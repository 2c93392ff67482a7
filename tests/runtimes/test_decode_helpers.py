from __future__ import annotations

from desktop.engine.runtimes.llamacpp_decode import is_looping


def test_a_greedy_loop_is_recognised() -> None:
    item = [11, 12, 13, 14, 15, 16]
    assert is_looping([1, 2, 3] + item * 3)
    assert not is_looping([1, 2, 3] + item * 2)  # twice can be a coincidence
    assert not is_looping(list(range(100)))
    assert not is_looping([7, 7, 7, 7, 7])  # too short to judge


def test_similar_but_different_items_are_not_a_loop() -> None:
    items = [[40, 41, name, 42, 43] for name in (100, 101, 102, 103)]
    assert not is_looping([token for item in items for token in item])
