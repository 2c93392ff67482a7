#!/usr/bin/env bash
# The model layer's benchmark on the lent GPU machine, in one command under 10 minutes:
#   bash bench/llm_layer_gpu.sh            (results and logs go to $OUT, or ./bench/out/gpu)
# Carry build/llm_gpu/ (the GPU machine has no package index and no network), made here by
#   bench/llm_layer_gpu.py skeleton models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf \
#     build/llm_gpu/qwen2.5-coder-1.5b-skeleton.json.gz
#   cp bench/out/llm_layer-heldout.json build/llm_gpu/cpu-run.json    (the CPU run to replay)
# plus the llama-cpp-python 0.3.36 sdist unpacked and trimmed (no .git, docs, model files,
# tests, examples, benches, tools other than mtmd, unused ggml backends: 31 MB) and the
# diskcache and gguf wheels. Steps: build llama-cpp-python with CUDA for sm_90 while the
# random-weight model of the real shape and tokenizer is written, quantize it to Q4_K_M,
# measure prompt and decode tokens/s through ScrubDesk's worker with full offload, and replay
# the CPU run's documents and 1,000-character pastes (bench/llm_layer_gpu.py says why).
set -euo pipefail
OUT="${OUT:-bench/out/gpu}"
DIR=build/llm_gpu
WORK=/tmp/llm_gpu
mkdir -p "$OUT" /tmp/site "$WORK"
export PYTHONPATH="/tmp/site:$PWD"
export PYTHONUNBUFFERED=1
PY=python3
{
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  nvcc --version | tail -1
  $PY --version
  nproc
} | tee "$OUT/env.txt"
$PY -m pip install -q --no-index --no-deps --no-compile --target /tmp/site "$DIR"/wheels/*.whl

# The F16 model needs only gguf and numpy: write it while llama.cpp compiles.
( $PY bench/llm_layer_gpu.py write "$DIR/qwen2.5-coder-1.5b-skeleton.json.gz" \
    "$WORK/shaped-f16.gguf" > "$OUT/write.log" 2>&1 ) &
writer=$!

start=$(date +%s)
CMAKE_ARGS="-DGGML_CUDA=on -DCMAKE_CUDA_ARCHITECTURES=90 -DGGML_NATIVE=OFF" \
CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
  $PY -m pip install --no-index --no-deps --no-build-isolation --target /tmp/site \
  "$DIR/llama_cpp_python-0.3.36" > "$OUT/build.log" 2>&1
echo "build_s=$(( $(date +%s) - start ))" | tee -a "$OUT/env.txt"
wait "$writer"
cat "$OUT/write.log"

$PY bench/llm_layer_gpu.py quantize "$WORK/shaped-f16.gguf" "$WORK/shaped-q4_k_m.gguf" \
  > "$OUT/quantize.log" 2>&1
ls -l "$WORK" | tee -a "$OUT/env.txt"
$PY bench/llm_layer_gpu.py speed "$WORK/shaped-q4_k_m.gguf" | tee "$OUT/speed.json"
$PY bench/llm_layer_gpu.py replay "$WORK/shaped-q4_k_m.gguf" "$DIR/cpu-run.json" \
  > "$OUT/replay.json"
$PY -c "import json,sys; r=json.load(open(sys.argv[1])); r.pop('rows'); print(json.dumps(r))" \
  "$OUT/replay.json"
nvidia-smi --query-gpu=memory.used --format=csv,noheader | tee -a "$OUT/env.txt"
