"""ScrubDesk: scrub personal data on the device before text or images reach a cloud LLM."""

__version__ = "0.1.0"
