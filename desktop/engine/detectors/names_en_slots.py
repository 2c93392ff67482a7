"""Names found by the slot they stand in, not by a cue word before them.

- Before a verb: "Abdullah Al-Rashid has the keys", "Customer Thanawat Thongchai cannot log in",
  "Wichai Kaewmanee 傳給我的": capitalised words that are no English words, right before a verb
  that takes a person as its subject. One word alone counts only when it is a known given name
  that opens its line or follows an interjection ("lol Graham just sent", "Yusuf 你的 meeting").
- Vietnamese order, family name first: "Nguyen Bich Ngoc", "Do Thi Lan" (data/vi_names.txt).
- A column under a "name" header in a CSV or table.

Everything here runs on the tokens of names_en and returns (first, last) token indices.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from desktop.engine.detectors.names_en_lexicon import Lexicon
from desktop.engine.detectors.names_en_tokens import (
    LIST_SEPARATOR_RE,
    Token,
    fold_marks,
    is_name_gap,
)
from desktop.engine.detectors.tables import column_cells
from desktop.engine.textnorm import is_cjk

# Verbs (and a few adverbs) whose subject is usually a person, right after the name.
_PERSON_VERBS = (
    "has|have|had|is|was|will|would|can|cannot|can't|could|should|said|says|sent|owns|reviews"
    "|reviewed|reported|reports|asked|wants|wanted|joined|called|emailed|wrote|paid|signed"
    "|approved|booked|lives|lived|works|worked|moved|just|told|needs|needed|thinks|arrived|left"
    "|confirmed|mentioned|replied|agreed|shared|submitted|requested|uploaded|complained|lost"
    "|forgot|got|gave|took|made|bought|ordered|leads|manages|handles|still|also|already|won't"
    "|isn't|wasn't|doesn't|didn't|knows|knew|\\+|the youngest|the oldest|the only"
)
# Chinese words that follow a person in mixed text: 說, 傳給, 的, 會, 你的 ...
_ZH_AFTER = "說|傳|的|會|要|已|剛|你|妳|您|他|她|跟|和|反映|生日|今天|明天|打|寄|問|負責|住|在"
# A possessive before a lower-case noun is a person's too: "return Ratchanee Sangthong's drill".
# A present-tense verb ("if Emre swaps sunday") or a chat's "u"/"you" after a name too.
_VERB_AFTER_RE = re.compile(
    rf"[ \t]+(?:{_PERSON_VERBS}|[a-z]{{3,}}(?<!ss)s|u|you)(?![A-Za-z])|['’]s[ \t]+[a-z]"
    rf"|[ \t\u3000]*(?:{_ZH_AFTER})"
)
# Words that open a chat message before a name: "lol Graham", "hey Priya", "ok Rahul".
_OPENERS = frozenset(
    [
        "lol",
        "hey",
        "hi",
        "hello",
        "yo",
        "ok",
        "okay",
        "omg",
        "btw",
        "so",
        "oh",
        "ah",
        "um",
        "hmm",
        "ps",
        "fyi",
        "dear",
        "thanks",
        "thx",
    ]
)
_CLAUSE_END = frozenset(",;:.!?()[]\n\u3002\uff0c")


class Host(Protocol):
    """What the slot finders need from the name finder in names_en."""

    text: str
    tokens: list[Token]
    lx: Lexicon
    by_start: dict[int, int]  # token index by its start offset

    def take_back(self, index: int) -> tuple[int, int] | None: ...

    def take_forward(self, index: int) -> tuple[int, int] | None: ...


def names_before_verbs(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens, lx = host.text, host.tokens, host.lx
    verb_after = _VERB_AFTER_RE.match
    # One anchored match per capitalised token is far cheaper than a scan of the whole text.
    for index, tok in enumerate(tokens):
        if tok.shape not in ("title", "caps") or verb_after(text, tok.end) is None:
            continue
        found = host.take_back(index)
        if found is None:
            continue
        first, last = found
        if _family_comma_opens_line(text, tokens, first, lx):
            first -= 1  # "OKAFOR, Barnaby 的新 passport": the family name first, a comma
            yield first, last
            continue
        if _inside_longer_phrase(text, tokens, first):
            continue
        if first == last:
            if not _single_name_ok(text, tokens, first, lx):
                continue
        else:
            keys = [tokens[i].key for i in range(first, last + 1)]
            # The last word may be an English word after a known given name (Niall Haddock).
            word_surname = lx.is_given(keys[0]) and tokens[last].shape == "title"
            if not all(_name_like(k, lx) or (word_surname and k == keys[-1]) for k in keys):
                continue
            if _place_like(keys, lx):
                continue
        yield first, last


def _family_comma_opens_line(text: str, tokens: list[Token], first: int, lx: Lexicon) -> bool:
    """The given name found before a verb follows "Family, " at the start of its line."""
    if first == 0 or not lx.is_given(tokens[first].key):
        return False
    family = tokens[first - 1]
    line_start = text.rfind("\n", 0, family.start) + 1
    if text[family.end : tokens[first].start] != ", " or text[line_start : family.start].strip(
        " \t>*-"
    ):
        return False
    if family.shape == "caps":  # "OKAFOR, Barnaby"
        return len(family.key) >= 3 and _name_like(family.key, lx)
    # "Suwannarat, Pimchanok": a family name of any origin; not "Paris, Grace" (a town too)
    key = family.key
    listed = lx.is_surname(key) or _name_like(key, lx)
    return family.shape == "title" and listed and key not in lx.ambiguous_first


def _place_like(keys: list[str], lx: Lexicon) -> bool:
    """ "Grant Park", "Morgan Stanley": names that are listed as places or firms."""
    if " ".join(keys) in lx.stop_phrases:
        return True
    return all(k in lx.ambiguous_first or k in lx.ambiguous_last for k in keys)


# The last item of a capitalised list: "Garrison, Roberts and Thomas will" names a firm.
_LIST_ITEM_BEFORE_RE = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*)\Z"
)


def _single_name_ok(text: str, tokens: list[Token], index: int, lx: Lexicon) -> bool:
    """One word before a verb: a known given name opening its clause; an unknown word only when
    it opens a message after "lol"/"hey", or is addressed with 你/您 ("Kanokwan 你的 meeting")."""
    key = tokens[index].key
    start = tokens[index].start
    if _LIST_ITEM_BEFORE_RE.search(text, max(0, start - 40), start):
        return False  # lists of people are taken from their first found name (names_en)
    if key in lx.brands or lx.is_ordinary(key) or key in lx.ambiguous_first:
        return False
    if lx.is_given(key):
        return _opens_clause(text, tokens, index) or _inside_prose(text, tokens[index])
    if not _name_like(key, lx) or len(key) < 4:
        return False
    word = re.search(r"([A-Za-z]+)[ \t,~]*\Z", text[max(0, start - 12) : start])
    after_opener = word is not None and word.group(1).lower() in _OPENERS
    addressed = _ADDRESSED_RE.match(text, tokens[index].end) is not None
    return after_opener or (addressed and _opens_clause(text, tokens, index))


# A lower-case word, then the name: "maybe Abdullah knows", "which makes Aisha the youngest".
# Not after words that introduce a place ("in Jordan", "visit Georgia").
_PROSE_BEFORE_RE = re.compile(r"(?<![A-Za-z])([a-z]+)[ \t]+\Z")
_PLACE_WORDS = frozenset(
    [
        "in",
        "at",
        "from",
        "to",
        "near",
        "visit",
        "visited",
        "visiting",
        "across",
        "around",
        "of",
        "via",
        "into",
        "through",
        "toward",
        "towards",
        "outside",
        "inside",
        "within",
        "north",
        "south",
        "east",
        "west",
        "the",
        "a",
        "an",
    ]
)


def _inside_prose(text: str, token: Token) -> bool:
    word = _PROSE_BEFORE_RE.search(text, max(0, token.start - 20), token.start)
    return word is not None and word.group(1) not in _PLACE_WORDS


_ADDRESSED_RE = re.compile(r"[ \t\u3000]*,?[ \t\u3000]*[你妳您]")


def _name_like(key: str, lx: Lexicon) -> bool:
    if lx.is_known(key):
        return True
    bare = key.replace("-", "").replace("'", "")
    return len(bare) >= 3 and not lx.is_ordinary(key) and any(v in bare for v in "aeiouy")


# Capitalised words before a name that say a person follows ("Customer Thanawat Thongchai").
_PERSON_NOUNS = frozenset(
    [
        "customer",
        "client",
        "applicant",
        "cardholder",
        "passenger",
        "patient",
        "tenant",
        "guest",
        "member",
        "employee",
        "user",
        "recipient",
        "beneficiary",
        "payee",
        "driver",
        "student",
        "candidate",
        "traveller",
        "traveler",
        "agent",
    ]
)


_GREETINGS = frozenset(["dear", "hi", "hello", "hey", "thanks", "mr", "mrs", "ms", "dr", "prof"])


def _inside_longer_phrase(text: str, tokens: list[Token], first: int) -> bool:
    """A capitalised word right before the run: "Project Phoenix has" names a project."""
    if first == 0:
        return False
    before = tokens[first - 1]
    if before.key in _PERSON_NOUNS or before.key in _GREETINGS:
        return False
    return before.shape in ("title", "caps") and is_name_gap(text, before, tokens[first])


def _opens_clause(text: str, tokens: list[Token], first: int) -> bool:
    start = tokens[first].start
    head = text[max(0, start - 12) : start].rstrip(" \t\u3000")
    if not head or head[-1] in _CLAUSE_END or is_cjk(head[-1]):
        return True
    if text[text.rfind("\n", 0, start) + 1 : start].strip() in ("-", "*", "•"):
        return True  # a list item: "- Nikhil owns the shortlist"
    if first > 0 and tokens[first - 1].key in _OPENERS:
        return text[tokens[first - 1].end : start].strip(" ,~") == ""
    word = re.search(r"([A-Za-z]+)\Z", head)
    return word is not None and word.group(1).lower() in _OPENERS


def name_lists_at_line_start(host: Host) -> Iterator[tuple[int, int]]:
    """ "Somchai Kaewmanee, Wichai Rattanakorn and Irene Tsung": a line that opens with a list of
    full names (two words or more each, none an English word)."""
    text, tokens, lx = host.text, host.tokens, host.lx
    for index, tok in enumerate(tokens):
        if tok.shape != "title" or (tok.start and text[tok.start - 1] != "\n"):
            continue
        items: list[tuple[int, int]] = []
        position = index
        while position < len(tokens):
            found = host.take_forward(position)
            if found is None or found[0] == found[1]:
                break
            keys = [tokens[i].key for i in range(found[0], found[1] + 1)]
            if not all(_name_like(k, lx) for k in keys) or _place_like(keys, lx):
                break
            items.append(found)
            following = LIST_SEPARATOR_RE.match(text, tokens[found[1]].end)
            if following is None:
                break
            position = next((i for i, t in enumerate(tokens) if t.start == following.end()), -1)
            if position < 0:
                break
        if len(items) >= 2:
            yield from items


# ----- Vietnamese names, family name first --------------------------------------------------


def vietnamese_names(host: Host) -> Iterator[tuple[int, int]]:
    """ "Nguyen Bich Ngoc", "Tran Van Minh", "Do Thi Lan": a family name and name syllables."""
    text, tokens, lx = host.text, host.tokens, host.lx
    surnames, syllables = lx.vi_last, lx.vi_given
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.shape not in ("title", "caps") or fold_marks(tok.key) not in surnames:
            i += 1
            continue
        j = _vietnamese_run(text, tokens, i, syllables)
        # A family name that is also an English word ("Do", "Ha", "Mai") needs two syllables.
        needed = 2 if tok.key in lx.stop or lx.is_common(tok.key) else 1
        if j - i >= needed and not _inside_longer_phrase(text, tokens, i):
            yield i, j
            i = j + 1
        else:
            i += 1


def _vietnamese_run(text: str, tokens: list[Token], i: int, words: frozenset[str]) -> int:
    """The last of up to four linked words of token i's shape, from i on, each in `words`."""
    j = i
    while (
        j + 1 < len(tokens)
        and j - i < 3
        and tokens[j + 1].shape == tokens[i].shape
        and fold_marks(tokens[j + 1].key) in words
        and is_name_gap(text, tokens[j], tokens[j + 1])
    ):
        j += 1
    return j


def vietnamese_names_given_first(host: Host) -> Iterator[tuple[int, int]]:
    """ "Thu Trang Tran", "Ngoc Mai Do": name syllables, then the family name (the order many
    Vietnamese use abroad). Three words, or two that are no English words ("Minh Nguyen")."""
    text, tokens, lx = host.text, host.tokens, host.lx
    surnames, syllables = lx.vi_last, lx.vi_given
    name_words = syllables | surnames
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.shape not in ("title", "caps") or fold_marks(tok.key) not in syllables:
            i += 1
            continue
        j = _vietnamese_run(text, tokens, i, name_words)
        # the last word the family name, the ones before it name syllables
        last = j
        while last > i and fold_marks(tokens[last].key) not in surnames:
            last -= 1
        words = [tokens[k].key for k in range(i, last + 1)]
        plain = not any(lx.is_ordinary(k) for k in words)
        long_enough = last - i >= 2 or (last - i == 1 and plain)
        if long_enough and not _inside_longer_phrase(text, tokens, i):
            yield i, last
            i = last + 1
            continue
        i += 1


# ----- a column of names under a header -------------------------------------------------------

_NAME_HEADERS = frozenset(
    (
        "name", "full name", "full_name", "fullname", "first_last", "customer", "customer name",
        "contact", "contact name", "applicant", "passenger", "employee", "member", "recipient",
        "holder", "cardholder", "owner", "person", "guest", "guest name", "passenger name",
        "patient", "tenant", "student", "attendee", "participant", "payee", "beneficiary",
        "traveller", "traveler", "lessee", "lessor", "assignee", "staff", "holder name",
    )
)  # fmt: skip


def table_name_cells(text: str) -> list[int]:
    """Start offsets of the cells under a name header in comma/tab/bar separated rows."""
    return column_cells(text, _NAME_HEADERS)
