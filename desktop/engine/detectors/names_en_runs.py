"""Which runs of capitalised tokens make a name: the word and run tests every way to a name in
names_en shares (a cue's words, a slot's, a shape's), and the longest acceptable run from a
token forward or back.

A run keeps one case (title, capitals, initials), may hold particles ("van der", "bin"), may end
in a family name in capitals after its given names ("Chloé ROUSSEL"), and may not hold an
ordinary English word or a stop word, except a surname after a known given name in a labelled
slot ("Tamsin Haddock").
"""

from __future__ import annotations

import re

from desktop.engine.detectors.names_en_cues import KNOWN, LENIENT, STRICT, TITLE
from desktop.engine.detectors.names_en_lexicon import Lexicon
from desktop.engine.detectors.names_en_shape import MAX_NAME_TOKENS, PARTICLES, ShapeFinder
from desktop.engine.detectors.names_en_tokens import Token, is_name_gap

_CONTRACTIONS = ("'m", "'re", "'ve", "'ll", "'d", "n't", "’m", "’re", "’ve", "’ll", "’d", "n’t")
_LOWER_AFTER_HYPHEN_RE = re.compile(r"[a-z]-[a-z]")


class NameRuns(ShapeFinder):
    """The tokens of one document, indexed, with the run tests."""

    def __init__(self, text: str, tokens: list[Token], lx: Lexicon) -> None:
        super().__init__(text, tokens, lx)
        self.by_start = {tok.start: i for i, tok in enumerate(tokens)}
        self.by_end = {tok.end: i for i, tok in enumerate(tokens)}
        self.lower_hyphened = {
            tok.key for tok in tokens if _LOWER_AFTER_HYPHEN_RE.search(text, tok.start, tok.end)
        }

    def take_forward(self, index: int) -> tuple[int, int] | None:
        """The name run starting at token `index` (LENIENT)."""
        return self._take(index, LENIENT, forward=True)

    def take_back(self, index: int) -> tuple[int, int] | None:
        """The name run ending at token `index`, as a slot finder asks for it."""
        found = self._take(index, LENIENT, forward=False)
        if found is None and index > 0:
            # "Niall Haddock 的": a word as a surname, after a known given name.
            given, last = self.tokens[index - 1], self.tokens[index]
            if is_name_gap(self.text, given, last) and self._ordinary_surname_ok(
                given, last, LENIENT
            ):
                return index - 1, index
        return found

    def _ordinary_surname_ok(self, given: Token, candidate: Token, mode: str) -> bool:
        """After a cue, a known given name may be followed by a surname that is also an English
        word (Haddock, Baker, Fisher)."""
        lx = self.lx
        return (
            mode in (LENIENT, TITLE)
            and given.shape == candidate.shape == "title"
            and lx.is_given(given.key)
            and candidate.key not in lx.stop
            and not self.eponym_follows(self.by_start[candidate.start])
        )

    def _one_word_name_ok(self, key: str) -> bool:
        """Not a brand ("Hi Claude"), not a double-barrelled firm ("Ward-Wright")."""
        lx = self.lx
        if key in lx.brands:
            return False
        if "-" not in key or key in lx.first or lx.is_zh_given(key):
            return True
        # "Ji-hoon", "Dong-hyun": a listed given name written with a hyphen, the second part in
        # lower case (a double-barrelled firm capitalises both: "Ward-Wright")
        return key in self.lower_hyphened and lx.is_given(key)

    def _take(self, index: int, mode: str, *, forward: bool) -> tuple[int, int] | None:
        """The longest acceptable name run from `index` (inclusive), as (first, last) indices."""
        tokens = self.tokens
        step = 1 if forward else -1
        shape = tokens[index].shape
        if (shape == "lower" and mode == TITLE) or (shape != "title" and mode == STRICT):
            return None
        taken = [index]
        forced: set[int] = set()  # a surname that is also a word, after a given name
        i = index
        while len(taken) < MAX_NAME_TOKENS:
            nxt = i + step
            if not 0 <= nxt < len(tokens):
                break
            left, right = (tokens[i], tokens[nxt]) if forward else (tokens[nxt], tokens[i])
            if not is_name_gap(self.text, left, right):
                break
            candidate = tokens[nxt]
            if candidate.key in PARTICLES and candidate.shape == "lower":
                i = nxt  # a particle joins only if a name word follows it
                continue
            if not _same_case(shape, candidate.shape):
                # "Chloé ROUSSEL", "Diego AGUILAR": a family name in capitals ends the name
                if (
                    forward
                    and _caps_family_last(shape, candidate)
                    and self._word_ok(candidate, mode)
                ):
                    taken.append(nxt)
                break
            if not self._word_ok(candidate, mode):
                if forward and self._ordinary_surname_ok(tokens[i], candidate, mode):
                    taken.append(nxt)  # "Full name: Tamsin Haddock": a word as a surname
                    forced.add(nxt)
                break
            taken.append(nxt)
            i = nxt
        words = sorted(taken)
        while words and tokens[words[-1]].shape == "initial" and len(words) > 1 and forward:
            if _initial_ends_field(self.text, tokens[words[-1]]):
                break  # "Main driver: Venkataraman I.": a family name and the given initial
            words.pop()  # "John S." keeps the initial only inside a name
        if not all(w in forced or self._word_ok(tokens[w], mode) for w in words):
            # the first word itself may fail; try nothing shorter from the other end
            return None
        keys = [tokens[w].key for w in words if tokens[w].shape != "initial" and w not in forced]
        if not keys or not self._run_ok(keys, shape, mode):
            return None
        if mode != TITLE and self.eponym_follows(words[-1]):
            return None  # "Walker LLC", "Garcia Group", "Johns Hopkins University"
        return words[0], words[-1]

    def _word_ok(self, tok: Token, mode: str) -> bool:
        lx, key = self.lx, tok.key
        if tok.shape == "initial":
            return True
        if tok.shape not in ("title", "caps", "lower") or key in lx.stop:
            return False
        if key.endswith(_CONTRACTIONS):  # "I'm", "Don't", "We'll"
            return False
        if mode == TITLE:  # "Mr. Bean", "Dr. Kowalczyk"; not "Dr. Compiler"
            return tok.shape != "lower" and (lx.is_known(key) or not lx.is_common(key))
        if tok.shape == "lower":
            return lx.is_known(key) and key not in lx.ambiguous_first
        if key in lx.zh_last:
            return True  # "LIN MEI-LING", "WU": romanised Chinese surnames are often in capitals
        # A short all-caps word is an acronym even where some name list has it: "IBAN", "ask OS".
        if tok.shape == "caps" and len(key) <= 4:
            # ... except a listed name in a labelled slot beside another ("OKAFOR RHYS")
            return mode == LENIENT and lx.is_known(key) and not lx.is_common(key)
        if lx.is_known(key):
            return True
        return not (tok.shape == "caps" and len(key) <= 4) and not lx.is_ordinary(key)

    def _run_ok(self, keys: list[str], shape: str, mode: str) -> bool:
        lx = self.lx
        if " ".join(keys) in lx.stop_phrases:
            return False
        if shape == "lower" and len(keys) < 2:
            return False
        if shape == "caps" and len(keys) == 1 and len(keys[0]) <= 4 and keys[0] not in lx.zh_last:
            return False  # a short capitalised word alone is an acronym ("姓名\tIBAN")
        if len(keys) == 1 and mode != TITLE and not self._one_word_name_ok(keys[0]):
            return False
        if mode in (TITLE, LENIENT):
            return True
        if not all(lx.is_known(k) for k in keys):
            return False
        if mode == KNOWN:
            return True
        if len(keys) == 1:  # "ask Jennifer"; a lone surname is more often a company
            return lx.is_given(keys[0]) and keys[0] not in lx.ambiguous_first
        return not all(k in lx.ambiguous_first or k in lx.ambiguous_last for k in keys)


def _initial_ends_field(text: str, tok: Token) -> bool:
    """An initial with its full stop that ends the line or the field ("Pt: Thanomsak T., DOB")."""
    return re.match(r"\.[ \t]*(?:\n|$|[,;)])", text[tok.end : tok.end + 4]) is not None


def _caps_family_last(first_shape: str, tok: Token) -> bool:
    return first_shape == "title" and tok.shape == "caps" and sum(c.isalpha() for c in tok.key) >= 3


def _same_case(first_shape: str, shape: str) -> bool:
    if shape == "initial":
        return first_shape != "lower"
    if first_shape == "initial":
        return shape in ("title", "caps")
    return shape == first_shape
