"""The Gemma detector and checks: prompts, output schema, parsing, locating, chunking.

Runtime-independent: everything here talks to a `TextModel` (desktop.engine.runtimes.base).
"""
