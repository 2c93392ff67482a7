"""Rebuild the multi-locale name lists of the English name detector from `names-dataset`.

    pip install names-dataset==3.3.1   # MIT licence; not a runtime dependency
    python scripts/build_world_names.py

names-dataset (Philippe Remy, MIT) holds first and last names with per-country popularity ranks,
aggregated from a large public dump of social-network profiles. We keep only the most common
names of each listed country, in Latin script, lower-cased (plus an accent-free copy), and drop
ordinary English words, so a rare name that is also a word cannot turn prose into a "name".
The outputs are committed; this script only documents and reproduces them.
"""

from __future__ import annotations

import gzip
import pickle
import re
import unicodedata
from importlib.util import find_spec
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "desktop" / "engine" / "detectors" / "data"
# Countries whose people often write their names in Latin script, users' contacts in Taiwan
# included: South and Southeast Asia, Europe, the Americas, Africa and the Arab world; since
# session 7 also Korean, Russian, Nordic, Central and Eastern European, Greek, Israeli, Iranian,
# Cambodian, Ethiopian and Cameroonian names (names-dataset holds no data for KE and TH).
COUNTRIES = (
    "ID MY PH VN TH SG IN PK BD LK NP "
    "FR BE CH ES PT IT DE AT NL GB IE PL "
    "MX AR CO PE CL BR US CA AU NZ ZA "
    "NG GH KE EG SA AE MA DZ TN IQ JO LB TR JP "
    "KR RU CZ HU SE NO DK FI GR HR RS BG SI LT EE IL IR KH ET CM"
).split()
TOP_FIRST = 1200  # ranks per country: common names, not every spelling ever typed
TOP_LAST = 1200
_LATIN = re.compile(r"[a-zà-öø-ÿā-ž'’-]{2,20}")


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _load(kind: str) -> dict[str, dict[str, object]]:
    spec = find_spec("names_dataset")
    if spec is None or spec.origin is None:
        raise SystemExit("install names-dataset==3.3.1 first")
    path = Path(spec.origin).parent / "v3" / f"{kind}_names.pkl.gz"
    with gzip.open(path) as src:
        return pickle.load(src)  # the package's own data file


def _top(names: dict[str, dict[str, object]], top: int) -> set[str]:
    kept: set[str] = set()
    for name, info in names.items():
        ranks = info.get("rank") or {}
        assert isinstance(ranks, dict)
        if not any(ranks.get(c) is not None and ranks[c] <= top for c in COUNTRIES):
            continue
        word = name.strip().lower()
        if " " in word or not _LATIN.fullmatch(word):
            continue
        kept.add(word)
        kept.add(_strip_accents(word))
    return kept


def read_words(name: str) -> set[str]:
    """Every word of a data file (one or several per line; "#" starts a comment)."""
    text = (DATA / name).read_text(encoding="utf-8")
    return {word for line in text.split("\n") for word in line.split("#", 1)[0].split()}


def main() -> int:
    ordinary = read_words("en_common_words.txt") | read_words("en_name_stopwords.txt")
    for kind, top, out in (
        ("first", TOP_FIRST, "world_first_names.txt"),
        ("last", TOP_LAST, "world_surnames.txt"),
    ):
        words = sorted(w for w in _top(_load(kind), top) if w not in ordinary and len(w) >= 3)
        header = (
            f"# The {top} most common {kind} names of each of {len(COUNTRIES)} countries, from the\n"
            "# names-dataset package 3.3.1 (MIT licence); built by scripts/build_world_names.py.\n"
            "# Lower-cased, accents kept plus an accent-free copy; ordinary English words and\n"
            "# two-letter names removed.\n"
        )
        (DATA / out).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{out}: {len(words)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
