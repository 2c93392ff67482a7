"""(to be written)"""

from __future__ import annotations

from desktop.engine.detectors.base import Detector

DETECTORS: tuple[Detector, ...] = ()
