"""Cloud LLM providers: one module per wire format, listed in `registry`.

Importing this package is cheap: httpx is imported only by the modules that send requests.
Nothing here ever sees unredacted text; `desktop.engine.send` is the only way in.
"""
