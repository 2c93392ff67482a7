"""One module per system. Each runs in its own process (and virtual environment):

    python -m bench.text.runners.<system> --docs DOCS.jsonl --out PRED.jsonl --meta META.json

and writes one line per document `{"id", "spans": [[start, end, label], ...], "seconds"}`.
"""
