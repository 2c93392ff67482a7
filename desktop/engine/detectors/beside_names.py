"""Values that a neighbouring finding makes personal: a date right after a person's name.

A date alone is not personal data, so the date-of-birth detector wants a birth cue. But rosters,
clinic lists and exports put the date straight after the name with no cue ("座號1　王小明　民國
七十二年三月十四日", "Clinic: ITO HINA, 06-Dec-74, ..."): a full date whose year lies well in the
past, separated from a found name by only a cell or list separator, is that person's birth date.
Runs once after the detectors, on their findings.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from desktop.engine.detectors.dates import full_date_at
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# What may sit between the name and the date: a cell or list separator, not a new sentence.
_GAP_RE = re.compile(r"[ \t\u3000]*[,，、;；|\t:：(（]?[ \t\u3000]*")
_MIN_AGE = 12  # years: a date this recent beside a name is more often an appointment or a hire
_SCORE = 0.75
NAME = "date_beside_name"


def birth_dates_beside_names(doc: Document, spans: Sequence[Span]) -> list[Span]:
    text = doc.norm
    latest = datetime.date.today().year - _MIN_AGE
    taken = {(s.start, s.end) for s in spans if s.label is Label.DATE_OF_BIRTH}
    found = []
    for span in spans:
        if span.label is not Label.PERSON:
            continue
        gap = _GAP_RE.match(text, span.end)
        if gap is None or gap.end() == span.end or "\n" in gap.group():
            continue
        date = full_date_at(text, gap.end())
        if date is None:
            continue
        end, year = date
        if year <= latest and (gap.end(), end) not in taken:
            found.append(Span(gap.end(), end, Label.DATE_OF_BIRTH, Source.PATTERN, _SCORE, NAME))
    return found
