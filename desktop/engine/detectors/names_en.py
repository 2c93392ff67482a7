"""English personal names (PERSON), including romanised Taiwanese names ("Chen Yi-Jun").

Two ways to a name:

- Cues (names_en_cues): a title (Mr., Dr.), a salutation or sign-off (Dear X, Regards,\nX Y), a
  form label (Name:, Patient:, 聯絡人), an e-mail display name (X Y <x@y>), a phrase (my name is
  X, this is X). The cue says "a name follows"; the words after it still have to look like one.
- Shape: capitalised words where a known given name is followed by a surname ("Grace Lee"), or a
  romanised Chinese surname meets a syllable pair ("Wang Hsiao-Ming", "Lin, Mei-Ling").

A span covers the name only, never the title or the cue. Ordinary English words, the words of
place, organisation and product names, and month or day names never count as name words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.names_en_caps import caps_name_fields
from desktop.engine.detectors.names_en_chat import (
    bracket_stamp_speakers,
    honorific_names,
    mentions,
    one_on_one,
    signature_lines,
)
from desktop.engine.detectors.names_en_comma import caps_family_given, family_comma_given
from desktop.engine.detectors.names_en_cues import (
    CHAT_SPEAKER_RE,
    CUES_BY_HEAD,
    EMAIL_AFTER_RE,
    KNOWN,
    LENIENT,
    SIGNATURE_DASH_RE,
    SLACK_SPEAKER_RE,
    STRICT,
    TITLE,
    ZH_AFTER_RE,
    ZH_LABEL_RE,
    ZH_OBJECT_RE,
)
from desktop.engine.detectors.names_en_lexicon import lexicon
from desktop.engine.detectors.names_en_runs import NameRuns
from desktop.engine.detectors.names_en_shape import (
    EPONYM_HEADS,
    PARTICLES,
)
from desktop.engine.detectors.names_en_slots import (
    name_lists_at_line_start,
    names_before_verbs,
    table_name_cells,
    vietnamese_names,
    vietnamese_names_given_first,
)
from desktop.engine.detectors.names_en_tokens import (
    LIST_SEPARATOR_RE,
    is_name_gap,
    line_rest_is_tail,
    tokenize,
)
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_SCORES = {TITLE: 0.9, LENIENT: 0.85, KNOWN: 0.8, STRICT: 0.8}
_SLOT_SCORE = 0.7  # by the slot a name stands in (names_en_slots): no cue word vouches for it
_CONTRACTIONS = ("'m", "'re", "'ve", "'ll", "'d", "n't", "’m", "’re", "’ve", "’ll", "’d", "n’t")
# After a name: more capitalised words in a list ("Fisher, Hardin and Shaw", "Woods and Sons")
# that were not taken for names themselves.
_COMPANY_TAIL_RE = re.compile(
    r"[ \t]*(?:,[ \t]*[A-Z][a-z]+[ \t]*(?:,|&|and[ \t])|(?:&|and)[ \t]+(?:Sons|Co\b|Company"
    r"|Associates|Partners|Daughters|Brothers|Bros))"
)
# A company's legal form after the name ("Van der Meer B.V.", "Yılmaz İnşaat A.Ş."): the common
# abbreviations of the ISO 20275 entity legal forms (GLEIF's ELF code list), or a capitalised
# word that heads a thing named after someone ("Dela Cruz Law Office", "Ho Chi Minh City").
_LEGAL_FORM_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:B\.V\.|N\.V\.|A\.Ş\.|GmbH|AG|KG|S\.A\.S?\.?|SAS|SARL|S\.L\.|S\.r\.l\."
    r"|S\.p\.A\.|SpA|Oyj?|AB|A/S|ApS|K\.K\.|Pte|Pty|Sdn|Bhd|Tbk|LLC|L\.L\.C\.|LLP|Ltd|Inc|Corp|Co\.|PLC|plc"
    r"|Kft\.?|s\.r\.o\.|Sp\. z o\.o\.|JSC|Ltda)(?![\w])"
)
_HEAD_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w])")
_AFTER_LIST_RE = re.compile(r"(?<![0-9])(?:,|&|\band)[ \t]*\Z")  # not "On 2 May 2024, X <x@y>"
_FIRM_NEXT_RE = re.compile(r"[ \t]+[a-z]|[ \t]*<")
_CAPITAL_RE = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u024f]")  # Élodie, Łukasz too
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_LOWER_AFTER_HYPHEN_RE = re.compile(r"[a-z]-[a-z]")
# After "Smith, John" as one value: the line ends, a speaker's colon, or a comma before prose
_COMMA_NAME_END_RE = re.compile(
    r"[ \t]*(?:$|\n|[;|(<:]|,(?:[ \t]*(?:$|\n)|[ \t]+[a-z]))|[ \t]+(?!(?:and|or|nor)\b)[a-z]"
)


_KEPT_LOWER_WORDS = frozenset(CUES_BY_HEAD) | PARTICLES


class EnglishNameDetector:
    """PERSON spans for names written in Latin script, with or without a cue."""

    name = "names_en"

    def detect(self, doc: Document) -> Iterator[Span]:
        text = doc.norm
        if not _CAPITAL_RE.search(text) and not _has_lower_cue(doc.lower):
            return
        lx = lexicon()
        # Lower-case words matter only as cue words and particles, unless a lower-case name
        # may follow a cue ("my name is john smith"); skipping the rest keeps this fast.
        keep = None if _has_lower_cue(doc.lower) else _KEPT_LOWER_WORDS
        tokens = tokenize(text, keep_lower=keep)
        if not tokens:
            return
        finder = _NameFinder(text, tokens, lx)
        seen: set[tuple[int, int]] = set()
        for start, end, score in finder.find():
            if _company_follows(text, end):
                continue
            if _ends_with_initial(text, start, end) and text.startswith(".", end):
                end += 1  # "Venkataraman I.": a final initial keeps its full stop
            if (start, end) not in seen:
                seen.add((start, end))
                yield Span(start, end, Label.PERSON, Source.PATTERN, score, self.name)


def _company_follows(text: str, end: int) -> bool:
    """The name is part of a company's or a place's: a legal form or a thing's head follows."""
    if _LEGAL_FORM_AFTER_RE.match(text, end):
        return True
    head = _HEAD_AFTER_RE.match(text, end)
    return head is not None and head.group(1).lower() in EPONYM_HEADS


def _has_lower_cue(lower: str) -> bool:
    return "name" in lower or "call me" in lower or "姓名" in lower


class _NameFinder(NameRuns):
    """Finds names in one document's tokens, after cues and by shape; yields (start, end, score)."""

    def find(self) -> Iterator[tuple[int, int, float]]:
        found = list(self._direct())
        yield from found
        for _start, end, _score in found:
            yield from self._list_after(end)

    def _list_after(self, end: int) -> Iterator[tuple[int, int, float]]:
        """Names that continue a list after a found one: "A, B and C", "A / B", "A & B"."""
        text, tokens, lx = self.text, self.tokens, self.lx
        while (following := LIST_SEPARATOR_RE.match(text, end)) is not None:
            item = self._name_at(following.end(), LENIENT, whole_line=False, many=True)
            if item is None:
                return
            first, last = item
            if first == last and not (lx.is_given(tokens[first].key) and not lx.is_common(
                    tokens[first].key)):  # fmt: skip
                return  # one word after a comma may be a town: "Wang Xiao-Ming, Taipei"
            if self._firm_follows([item]):
                return
            yield tokens[first].start, tokens[last].end, _SCORES[LENIENT]
            end = tokens[last].end

    def _direct(self) -> Iterator[tuple[int, int, float]]:
        text = self.text
        for tok in self.tokens:
            for cue in CUES_BY_HEAD.get(tok.key, ()):
                match = cue.pattern.match(text, tok.start)
                if match is None or (cue.line_start and not _starts_line(text, tok.start)):
                    continue
                pos = match.end()
                if cue.next_line and text.startswith("\n", pos):
                    pos += 1
                names = self._names_at(pos, cue.mode, many=cue.many, whole_line=cue.whole_line)
                for start, end, score in names:
                    if not cue.two_words or " " in text[start:end].strip():
                        yield start, end, score
        for match in SIGNATURE_DASH_RE.finditer(text):
            # "--\nChutima Suwannarat": a full name of any origin; one word must be known.
            for start, end, score in self._names_at(match.end(), LENIENT, whole_line=True):
                if " " in text[start:end] or self.lx.is_given(text[start:end].lower()):
                    yield start, end, score
        if ":" in text:
            for match in CHAT_SPEAKER_RE.finditer(text):
                yield from self._speaker_at(match.end())
            for match in SLACK_SPEAKER_RE.finditer(text):
                yield from self._header_speaker_at(match.end())
        if _CJK_RE.search(text):
            for match in ZH_LABEL_RE.finditer(text):
                yield from self._names_at(match.end(), LENIENT)
            for match in ZH_OBJECT_RE.finditer(text):
                yield from self._names_at(match.end(), KNOWN)
            yield from self._before_cue(ZH_AFTER_RE)
        if "@" in text:
            yield from self._before_cue(EMAIL_AFTER_RE)
        yield from self.by_shape()
        slots = (
            *names_before_verbs(self),
            *vietnamese_names(self),
            *vietnamese_names_given_first(self),
            *name_lists_at_line_start(self),
            *family_comma_given(self),
            *caps_family_given(self),
            *caps_name_fields(self),
            *mentions(self),
            *bracket_stamp_speakers(self),
            *signature_lines(self),
            *one_on_one(self),
        )
        for first, last in slots:
            yield self.tokens[first].start, self.tokens[last].end, _SLOT_SCORE
        for start, end in honorific_names(self):
            yield start, end, _SLOT_SCORE
        if "\n" in text:
            for start in table_name_cells(text):
                yield from self._names_at(start, LENIENT, whole_line=False)

    # ----- cues ---------------------------------------------------------------------------

    def _names_at(
        self, pos: int, mode: str, *, many: bool = False, whole_line: bool = False
    ) -> Iterator[tuple[int, int, float]]:
        """Names starting at `pos`; with `many`, a list joined by commas, "and" or "&"."""
        found: list[tuple[int, int]] = []  # (first, last) token indices
        while True:
            item = self._name_at(pos, mode, whole_line=whole_line, many=many)
            if item is None:
                break
            found.append(item)
            end = self.tokens[item[1]].end
            following = LIST_SEPARATOR_RE.match(self.text, end)
            if not many or following is None or (item[0] != item[1] and self._is_comma_name(item)):
                break
            pos = following.end()
        if many and found and self._firm_follows(found):
            return  # "Knight, Benton and Vaughn team", "Woods and Sons": a firm, not people
        if not many and len(found) == 1:
            found[0] = self._with_given_after_comma(found[0])
        for first, last in found:
            yield self.tokens[first].start, self.tokens[last].end, _SCORES[mode]

    def _with_given_after_comma(self, item: tuple[int, int]) -> tuple[int, int]:
        """A labelled name written family name first: "account holder Kondo, Haruto.", "Name:
        Moreno López, Paloma": the given names after the comma end the value."""
        tokens, text = self.tokens, self.text
        first, last = item
        nxt = last + 1
        if nxt >= len(tokens) or text[tokens[last].end : tokens[nxt].start] != ", ":
            return item
        if tokens[nxt].shape != "title":
            return item
        given = self.take_forward(nxt)
        if given is None or not re.match(r"[ \t]*(?:[.)?(\n]|$)", text[tokens[given[1]].end :]):
            return item
        return first, given[1]

    def _header_speaker_at(self, pos: int) -> Iterator[tuple[int, int, float]]:
        """A speaker on a chat header line, the time after it. Two spaces before the time are
        the app's layout; after one space ("Daily Sync 9:30" is a meeting) the name must start
        with an initial or a listed given name ("R. Davis 12:45", "Omar Haddad 8:00")."""
        found = self._name_at(pos, LENIENT, whole_line=False)
        if found is None:
            return
        first, last = self.tokens[found[0]], self.tokens[found[1]]
        gap = re.match(r"[ \t]+(?=[0-9]|上午|下午)", self.text[last.end :])
        if gap is None:
            return
        if len(gap.group()) >= 2 or first.shape == "initial" or self.lx.is_given(first.key):
            yield first.start, last.end, _SCORES[LENIENT]

    def _speaker_at(self, pos: int) -> Iterator[tuple[int, int, float]]:
        """A chat speaker: a name that runs right up to the colon."""
        found = self._name_at(pos, LENIENT, whole_line=False)
        if found is not None and self.text.startswith(":", self.tokens[found[1]].end):
            yield self.tokens[found[0]].start, self.tokens[found[1]].end, _SCORES[LENIENT]

    def _firm_follows(self, found: list[tuple[int, int]]) -> bool:
        """A list that goes on with a word that is no name, or ends before a lower-case word."""
        end = self.tokens[found[-1][1]].end
        if _COMPANY_TAIL_RE.match(self.text, end):
            return True
        singles = all(first == last for first, last in found)
        return singles and len(found) > 1 and _FIRM_NEXT_RE.match(self.text, end) is not None

    def _is_comma_name(self, item: tuple[int, int]) -> bool:
        first, last = item
        return "," in self.text[self.tokens[first].end : self.tokens[last].start]

    def _name_at(
        self, pos: int, mode: str, *, whole_line: bool, many: bool = False
    ) -> tuple[int, int] | None:
        while pos < len(self.text) and self.text[pos] in " \t\"'(":
            pos += 1
        index = self.by_start.get(pos)
        if index is None:
            return None
        particles = self._leading_particles(index)
        found = self._take(index + particles, mode, forward=True)
        if found is None:
            return None
        first, last = found
        first -= particles  # "da Silva Ana Beatriz", "van der Berg Anouk": family name first
        if first == last:
            last = self._last_comma_first(last, mode) or last
        end = self.tokens[last].end
        if whole_line and not line_rest_is_tail(self.text, end):
            return None
        if first == last and not self._single_word_ok(first, mode, many=many):
            return None
        return first, last

    def _leading_particles(self, index: int) -> int:
        """How many lower-case particles (da, van der) open a name at `index`."""
        tokens, count = self.tokens, 0
        while (
            count < 2
            and index + count + 1 < len(tokens)
            and tokens[index + count].shape == "lower"
            and tokens[index + count].key in PARTICLES
            and is_name_gap(self.text, tokens[index + count], tokens[index + count + 1])
        ):
            count += 1
        if count and tokens[index + count].shape not in ("title", "caps"):
            return 0
        return count

    def _single_word_ok(self, index: int, mode: str, *, many: bool) -> bool:
        """A one-word name, but not "Franklin and Sons"."""
        if mode == TITLE:
            return True
        # In a list the list logic decides; elsewhere "Fisher, Hardin and Shaw" is a firm.
        return many or _COMPANY_TAIL_RE.match(self.text, self.tokens[index].end) is None

    def _last_comma_first(self, last: int, mode: str) -> int | None:
        """ "Smith, John" or "LIN, MEI-LING" after a label: the whole value is one name."""
        following = last + 1
        if following >= len(self.tokens):
            return None
        gap = self.text[self.tokens[last].end : self.tokens[following].start]
        if gap.strip() != "," or "\n" in gap:
            return None
        found = self._take(following, mode, forward=True)
        if found is None:
            return None
        end = self.tokens[found[1]].end
        if not _COMMA_NAME_END_RE.match(self.text, end):
            return None
        return found[1]

    def _before_cue(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, float]]:
        for match in pattern.finditer(self.text):
            pos = match.start()
            while pos > 0 and self.text[pos - 1] in " \t\"'":
                pos -= 1
            index = self.by_end.get(pos)
            if index is None:
                continue
            found = self._take(index, LENIENT, forward=False)
            if found is not None and not _AFTER_LIST_RE.search(
                self.text, max(0, self.tokens[found[0]].start - 6), self.tokens[found[0]].start
            ):
                first, last = found
                yield self.tokens[first].start, self.tokens[last].end, _SCORES[LENIENT]


def _starts_line(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip(" \t>*-")


def _ends_with_initial(text: str, start: int, end: int) -> bool:
    return end - start > 2 and text[end - 1].isupper() and not text[end - 2].isalpha()


DETECTORS: tuple[Detector, ...] = (EnglishNameDetector(),)
