"""Text -> bytes in the encoding the input came in (`--keep-encoding`).

Redacted text only ever holds the input's own characters plus ASCII placeholders, so it always
fits; an answer from a cloud model (`ask`) may not, and then the error is explicit rather than
a silent '?'. JSON may spell any character as an escape, so JSON output never fails: characters
the encoding lacks become \\uXXXX escapes and the JSON still means the same.
"""

from __future__ import annotations

import codecs
import json

from desktop.engine.errors import UnencodableOutput
from desktop.engine.textdecode import TextEncoding

_JSON_ESCAPE = "scrubdesk-json-escape"


def _escape_for_json(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return json.dumps(chunk)[1:-1], error.end  # ASCII escapes, surrogate pairs included


codecs.register_error(_JSON_ESCAPE, _escape_for_json)


def encode_text(
    text: str, encoding: TextEncoding, *, with_bom: bool = True, what: str = "the output"
) -> bytes:
    try:
        body = text.encode(encoding.codec)
    except UnicodeEncodeError as exc:
        raise UnencodableOutput(
            f"{what} has a character (at offset {exc.start}) that {encoding.label} cannot "
            "encode; leave out --keep-encoding to get UTF-8"
        ) from None
    return (encoding.bom if with_bom else b"") + body


def encode_json(json_text: str, encoding: TextEncoding, *, with_bom: bool = True) -> bytes:
    """`json_text` (from json.dumps) in `encoding`, escaping what the encoding lacks."""
    body = json_text.encode(encoding.codec, errors=_JSON_ESCAPE)
    return (encoding.bom if with_bom else b"") + body
