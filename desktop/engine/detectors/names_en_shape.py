"""Names without a cue, found by their shape: a known given name and a surname ("Grace Lee"),
or a romanised Chinese surname with a syllable-pair given name ("Wang Hsiao-Ming").
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.engine.detectors.names_en_lexicon import Lexicon
from desktop.engine.detectors.names_en_tokens import Token, is_name_gap

MAX_NAME_TOKENS = 4


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLES = _word_set(
    "van von de der den del della di da du dos das la le bin binti al el ter ten y"
)
# A name directly followed by one of these names a thing after a person: "George Washington
# University", "Nobel Prize", "Bayes Theorem".
EPONYM_HEADS = _word_set(
    """university college hospital foundation institute street st road rd avenue ave park center
    centre school airport station award awards prize memorial stadium library museum building
    bridge tower company inc corp ltd llc group bank trust fund act effect theorem syndrome disease
    method algorithm test index law rule principle equation distribution curve model lemma
    conjecture hall house gallery collection lecture scholarship fellowship boulevard blvd lane
    drive way square plaza clinic laboratory lab labs studio studios productions records press
    publishing hotel restaurant cafe shop store market mall plc partners associates holdings
    gmbh pty corporation co consulting capital ventures solutions systems technologies office city
    travel agency tours province county district"""
)


class ShapeFinder:
    """Finds names by shape in one document's tokens."""

    def __init__(self, text: str, tokens: list[Token], lx: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lx = lx

    def by_shape(self) -> Iterator[tuple[int, int, float]]:
        tokens, lx = self.tokens, self.lx
        starters = lx.starters
        i = 0
        while i < len(tokens):
            key = tokens[i].key
            if (
                key not in starters
                and "-" not in key
                and (
                    i + 1 == len(tokens)
                    or (tokens[i + 1].key not in lx.zh_last and "-" not in tokens[i + 1].key)
                )
            ):
                # a name without a cue starts with a given name, or has a Chinese surname or a
                # hyphenated (Korean) given name after the family name
                i += 1
                continue
            found = self._zh_name_at(i) or self._western_name_at(i)
            if found is None:
                i += 1
                continue
            last, score = found
            yield tokens[i].start, tokens[last].end, score
            i = last + 1

    def _linked(self, i: int, j: int, *, comma: bool = False) -> bool:
        if j >= len(self.tokens):
            return False
        left, right = self.tokens[i], self.tokens[j]
        if comma:
            gap = self.text[left.end : right.start]
            return gap in (",", ", ")
        return is_name_gap(self.text, left, right)

    def _zh_name_at(self, i: int) -> tuple[int, float] | None:
        """ "Wang Hsiao-Ming", "Ming-Hua Lin", "Lin, Mei-Ling", "Wang Xiaoming", "CHEN YI-JUN"."""
        tokens, lx = self.tokens, self.lx
        t0 = tokens[i]
        if t0.shape not in ("title", "caps") or i + 1 >= len(tokens):
            return None
        t1 = tokens[i + 1]
        if t1.shape not in ("title", "caps") or t1.key in lx.stop or t0.key in lx.stop:
            return None
        if f"{t0.key} {t1.key}" in lx.stop_phrases or self.eponym_follows(i + 1):
            return None
        linked = self._linked(i, i + 1)
        if t0.key in lx.zh_last:
            if (linked or self._linked(i, i + 1, comma=True)) and lx.is_zh_given(t1.key):
                return i + 1, 0.85
            if linked and t0.shape == t1.shape == "title" and lx.is_zh_concat(t1.key):
                return i + 1, 0.75
            if (
                linked
                and self._linked(i + 1, i + 2)
                and all(tokens[k].key in lx.syllables for k in (i + 1, i + 2))
                and not any(lx.is_ordinary(tokens[k].key) for k in (i + 1, i + 2))
                and tokens[i + 2].shape == t0.shape
            ):
                return i + 2, 0.7
        if linked and lx.is_surname(t0.key) and self._korean_given(i + 1):
            return i + 1, 0.8  # "Jang Ji-hoon", "Park Yu-na": family name, Korean given name
        if linked and self._korean_given(i) and lx.is_surname(t1.key):
            return i + 1, 0.8  # "Soo-ah Lim"
        if (
            linked
            and t1.key in lx.zh_last
            and t0.shape == t1.shape
            and (lx.is_zh_given(t0.key) or (t0.shape == "title" and lx.is_zh_concat(t0.key)))
        ):
            return i + 1, 0.85
        return None

    def _korean_given(self, j: int) -> bool:
        """ "Ji-hoon", "Seo-yeon": Korean syllables joined by a hyphen, the second in lower case
        (a firm or place capitalises both halves: "Rolls-Royce", "Stratford-Upon")."""
        tok = self.tokens[j]
        word = self.text[tok.start : tok.end]
        half = word.split("-")
        return len(half) == 2 and half[1][:1].islower() and self.lx.is_ko_given(tok.key)

    def _western_name_at(self, i: int) -> tuple[int, float] | None:
        """A known given name, optional middle names or initials, and a surname."""
        tokens, lx = self.tokens, self.lx
        t0 = tokens[i]
        if t0.shape != "title" or t0.key not in lx.first or t0.key in lx.stop:
            return None
        # "Alexa Skills", "Claude Code": a brand needs a real surname after it.
        ambiguous = t0.key in lx.ambiguous_first or t0.key in lx.brands
        best: tuple[int, float] | None = None
        j = i
        while j + 1 < len(tokens) and j - i < MAX_NAME_TOKENS - 1 and self._linked(j, j + 1):
            j += 1
            tj = tokens[j]
            if tj.shape == "initial" or (tj.shape == "lower" and tj.key in PARTICLES):
                continue
            if tj.shape != "title" or tj.key in lx.stop:
                break
            score = self._surname_score(tj.key, ambiguous)
            if score is not None and not self.eponym_follows(j):
                keys = " ".join(
                    tokens[k].key for k in range(i, j + 1) if tokens[k].shape != "initial"
                )
                if keys not in lx.stop_phrases:
                    best = (j, score)
            if not lx.is_known(tj.key):
                break
        return best

    def _surname_score(self, key: str, ambiguous_given: bool) -> float | None:
        lx = self.lx
        if lx.is_surname(key):
            if ambiguous_given and key in lx.ambiguous_last:
                return None
            return 0.8
        if ambiguous_given or lx.is_known(key) or lx.is_ordinary(key) or len(key) < 3:
            return None
        return 0.6  # a given name and an unknown, non-English capitalised word

    def eponym_follows(self, j: int) -> bool:
        """The name is followed by "University", "Prize", "LLC", ... (also after "Jr.")."""
        tokens = self.tokens
        nxt = j + 1
        if nxt < len(tokens) and tokens[nxt].key in ("jr", "sr"):
            if self.text[tokens[j].end : tokens[nxt].start] not in (" ", ", "):
                return False
            j, nxt = nxt, nxt + 1
        if nxt >= len(tokens):
            return False
        gap = self.text[tokens[j].end : tokens[nxt].start]
        return gap in (" ", ". ", "'s ", "’s ") and tokens[nxt].key in EPONYM_HEADS
