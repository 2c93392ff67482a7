"""The explicit list of fast-layer detectors.

Listed by hand, not discovered through entry points: PyInstaller bundles lose entry points, and an
explicit list makes the detection order reviewable.
"""

from __future__ import annotations

from functools import cache

from desktop.engine.detectors import (
    address_en,
    address_intl,
    address_zh,
    bank_codes,
    beside_names,
    contact,
    credentials,
    credentials_cells,
    dates,
    finance,
    names_en,
    names_zh,
    names_zh_dotted,
    names_zh_form,
    names_zh_nick,
    passport,
    tw_id,
)
from desktop.engine.detectors.base import ContextPass, Detector

_MODULES = (
    tw_id,
    finance,
    bank_codes,
    contact,
    credentials,
    credentials_cells,
    dates,
    passport,
    address_zh,
    address_en,
    address_intl,
    names_zh,
    names_zh_nick,
    names_zh_dotted,
    names_zh_form,
    names_en,
)


@cache
def fast_detectors() -> tuple[Detector, ...]:
    """Every fast-layer detector, in a fixed order."""
    return tuple(detector for module in _MODULES for detector in module.DETECTORS)


# Passes that run once after the detectors, on their findings (a value made personal by its
# neighbour), in this order.
CONTEXT_PASSES: tuple[ContextPass, ...] = (beside_names.birth_dates_beside_names,)
