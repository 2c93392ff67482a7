"""Build the romanised Thai name lists of the English name detector from PyThaiNLP's name corpus.

    pip install pythainlp==5.4.0   # Apache-2.0 code; the name lists are CC BY-SA 4.0
    python scripts/build_thai_names.py

names-dataset (scripts/build_world_names.py) holds no Thai names, so Thai contacts written in
Latin script ("Kanokwan Sangthong") had no list to match. PyThaiNLP ships the Thai Male and Female
Names Corpus and a family-name list by Korkeat Wannapat (github.com/korkeatw/thai-names-corpus,
CC BY-SA 4.0) in Thai script. Each name is romanised with PyThaiNLP's rule-based Royal Institute
(RTGS) engine, then also in the spellings people choose for passports and e-mail, which differ
from RTGS in a few regular ways (-phon as -porn, bun as boon, a final -i as -ee, -aeo as -aew,
a final -kon as -korn, u before m/n as oo). Ordinary English words are dropped. The outputs are
committed, under the corpus' licence; this script only documents and reproduces them.
"""

from __future__ import annotations

import re
from importlib.util import find_spec
from pathlib import Path

from build_world_names import DATA, read_words  # run as a script: scripts/ is on sys.path

SOURCES = {
    "th_first_names.txt": ("person_names_female_th.txt", "person_names_male_th.txt"),
    "th_surnames.txt": ("family_names_th.txt",),
}
# RTGS spelling -> the popular spelling of the same sound
_POPULAR = (
    (r"phon$", "porn"),
    (r"phon$", "pon"),
    (r"^ph", "p"),
    (r"kon$", "korn"),
    (r"on$", "orn"),
    (r"bun", "boon"),
    (r"([mnrl])i$", r"\1ee"),
    (r"aeo", "aew"),
    (r"u([mn])", r"oo\1"),
)
_LATIN = re.compile(r"[a-z]{4,20}")


def spellings(rtgs: str) -> set[str]:
    """The RTGS spelling and its popular variants (two rounds, so rules combine)."""
    found = {rtgs}
    for _ in range(2):
        for word in list(found):
            for pattern, replacement in _POPULAR:
                found.add(re.sub(pattern, replacement, word))
    return {word for word in found if _LATIN.fullmatch(word)}


def main() -> int:
    spec = find_spec("pythainlp")
    if spec is None or spec.origin is None:
        raise SystemExit("install pythainlp==5.4.0 first")
    from pythainlp.transliterate import romanize

    corpus = Path(spec.origin).parent / "corpus"
    ordinary = read_words("en_common_words.txt") | read_words("en_name_stopwords.txt")
    for out, sources in SOURCES.items():
        words: set[str] = set()
        for source in sources:
            for line in (corpus / source).read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    words |= spellings(romanize(line.strip(), engine="royin"))
        kept = sorted(words - ordinary)
        header = (
            f"# Thai {'given' if 'first' in out else 'family'} names romanised (RTGS and popular"
            " spellings), from the\n# Thai Names Corpus by Korkeat Wannapat (CC BY-SA 4.0) as"
            " shipped in pythainlp 5.4.0;\n# built by scripts/build_thai_names.py. Ordinary"
            " English words removed.\n"
        )
        (DATA / out).write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
        print(f"{out}: {len(kept)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
