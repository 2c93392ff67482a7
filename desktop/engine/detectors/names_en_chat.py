"""Names in the places that chats and forms of address give them: an @mention ("感謝 @Léa Le
Gall 跟 @Azlan", "Action: @Intan to circulate"), a speaker line that Telegram-style exports
write as the name, a comma and the time in brackets ("Hasegawa Ayaka, [上午 9:28]", "Jonas,
[2025-11-12 13:54:38]"), a name before a Japanese or Korean honorific ("Okada-san",
"Shin Su-bin-ssi": the honorific itself is not masked), and a name alone on the line under a
message, after a blank line ("... verify it's me.\n\nQuang", "...\n\nI. Brennan\nProgram
Committee").

A mention is a person when its first word is a listed given name or surname (code annotations
such as "@Override" and "@Test" are not), or when it has two capitalised words. A speaker line
is only the name, so one listed given name is enough there.

Runs on the tokens of names_en and returns (first, last) token indices; honorific_names
returns character offsets (the honorific sits inside a hyphenated token).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.detectors.names_en_slots import Host
from desktop.engine.detectors.names_en_tokens import Token

# "@" not inside an e-mail address or a handle, then a capital.
_MENTION_RE = re.compile(r"(?<![\w.+-])@(?=[^\W\d_])")
# A whole line: a name, ", [", a time or date stamp, "]".
_BRACKET_STAMP_RE = re.compile(r",[ \t]*\[[^\]\n]{0,12}[0-9]{1,4}[:/.\-][^\]\n]{0,30}\][ \t]*$")


# "-san", "-sama", "-kun", "-chan", "-sensei", "-senpai", "-dono"; Korean "-ssi", "-nim".
_HONORIFIC_RE = re.compile(r"-(?:san|sama|kun|chan|sensei|senpai|dono|ssi|nim)\Z")


def _known(host: Host, tok: Token) -> bool:
    return host.lx.is_known(tok.key) and not host.lx.is_ordinary(tok.key)


def _annotation(text: str, at: int, end: int) -> bool:
    """ "@Bean" alone on its line, "@Value(...)": Java and Python annotations and decorators."""
    line_end = text.find("\n", end)
    before = text[text.rfind("\n", 0, at) + 1 : at]
    after = text[end : line_end if line_end >= 0 else len(text)]
    return text.startswith("(", end) or (not before.strip() and not after.strip())


def mentions(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens = host.text, host.tokens
    if "@" not in text:
        return
    for match in _MENTION_RE.finditer(text):
        index = host.by_start.get(match.end())
        if index is None or tokens[index].shape not in ("title", "caps"):
            continue
        found = host.take_forward(index)
        if found is None:
            continue
        first, last = found
        if first == last and _annotation(text, match.start(), tokens[last].end):
            continue
        if first < last or _known(host, tokens[first]):
            yield first, last


def bracket_stamp_speakers(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens = host.text, host.tokens
    if ", [" not in text and ",[" not in text:
        return
    line_start = 0
    for line in text.split("\n"):
        stamp = _BRACKET_STAMP_RE.search(line)
        if stamp is not None and 2 <= stamp.start() <= 40:
            index = host.by_start.get(line_start + len(line) - len(line.lstrip()))
            found = host.take_forward(index) if index is not None else None
            if found is not None and tokens[found[1]].end == line_start + stamp.start():
                first, last = found
                if first < last or _known(host, tokens[first]):
                    yield first, last
        line_start += len(line) + 1


def honorific_names(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens, lx = host.text, host.tokens, host.lx
    if "-" not in text:
        return
    for index, tok in enumerate(tokens):
        if "-" not in tok.key:
            continue
        honorific = _HONORIFIC_RE.search(tok.key)
        if honorific is None or tok.shape != "title":
            continue
        name = tok.key[: honorific.start()]
        if len(name) < 2 or lx.is_ordinary(name):
            continue
        start = tok.start
        if index > 0:  # "Shin Su-bin-ssi", "Okada Sota-san": the name's first word before it
            before = tokens[index - 1]
            if (
                before.shape == "title"
                and text[before.end : tok.start] == " "
                and (lx.is_surname(before.key) or not lx.is_ordinary(before.key))
            ):
                start = before.start
        yield start, tok.start + honorific.start()


# A signature's role and phone after the name: "Lun Kai Liu | Sales | +63 914 204 0422".
_SIGNATURE_TAIL_RE = re.compile(r"[ \t]+[|｜][ \t]+\S")
# The message above ends a sentence, then a blank line.
_MESSAGE_END_RE = re.compile(r"[.!?)。！？][ \t]*\n[ \t]*\n[ \t]*\Z")


def signature_lines(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens, lx = host.text, host.tokens, host.lx
    if "\n\n" not in text:
        return
    for index, tok in enumerate(tokens):
        if tok.shape not in ("title", "initial") or not text.startswith("\n", tok.start - 1):
            continue
        if not _MESSAGE_END_RE.search(text, max(0, tok.start - 8), tok.start):
            continue
        found = host.take_forward(index)
        if found is None:
            continue
        first, last = found
        line_end = text.find("\n", tokens[last].end)
        rest = text[tokens[last].end : line_end if line_end >= 0 else len(text)]
        if rest.strip() and not _SIGNATURE_TAIL_RE.match(rest):
            continue  # more words on the line: a heading or a sentence
        if first < last or (
            lx.is_given(tok.key)
            and tok.key not in lx.ambiguous_first
            and not lx.is_ordinary(tok.key)
        ):
            yield first, last


# "1:1 with H.W. Chiu", "1-on-1 w/ Priya": a cue that starts with digits, which the cue table
# (keyed by a word token) cannot hold.
_ONE_ON_ONE_RE = re.compile(r"(?<![0-9])1(?::|-on-)1(?:[ \t]+notes)?[ \t]+(?:with|w/)[ \t]*", re.I)


def one_on_one(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens = host.text, host.tokens
    if "1" not in text:
        return
    for match in _ONE_ON_ONE_RE.finditer(text):
        index = host.by_start.get(match.end())
        found = host.take_forward(index) if index is not None else None
        if found is not None and (found[0] < found[1] or _known(host, tokens[found[0]])):
            yield found
