"""Where restored values sit in an answer, so the UI can mark them (values never leave memory)."""

from __future__ import annotations

import re

from desktop.engine.vault import Vault


def restored_value_spans(answer: str, vault: Vault) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of each vault value in the restored answer, longest first."""
    values = sorted(((v, p) for p, v in vault.items() if v), key=lambda vp: -len(vp[0]))
    if not values:
        return []
    placeholder_of = {value: placeholder for value, placeholder in values}
    pattern = re.compile("|".join(re.escape(value) for value, _ in values))
    return [(m.start(), m.end(), placeholder_of[m.group()]) for m in pattern.finditer(answer)]
