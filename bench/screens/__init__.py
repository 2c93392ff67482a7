"""An independent screenshot benchmark: seeded screenshots with pixel-exact ground truth.

Written without reading ScrubDesk's detectors, the older image benchmark's renderer and
content, or the text corpora: layouts, texts and value generators are this package's own.

- `fonts`: the system fonts used, found with their TrueType collection indices;
- `checksums`, `people`, `values`: personal-data values with valid check digits;
- `content`: message, form and log templates, each fixed to the `dev` or `test` split;
- `canvas`: drawing that records the ink of every value and every other token;
- `layout_*`: the screen kinds; `catalogue`: the image list of each split;
- `score`, `leak`, `systems`, `report`: measuring (see `bench/screens_run.py`).
"""
