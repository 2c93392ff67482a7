#!/usr/bin/env bash
# CUDA proof for the local model layer, run on the lent GPU machine from the repository root:
#   bash bench/cuda_proof.sh            (results and logs go to $OUT, or ./bench/out/cuda)
# Needs, carried in build/cuda_proof/ (the GPU machine has no package index):
#   llama_cpp_python-0.3.36/   the sdist, unpacked and trimmed under 64 MiB (no .git, docs,
#                              model files, tests, tools other than mtmd, unused ggml backends)
#   wheels/                    diskcache and gguf wheels (pure Python)
# It builds llama-cpp-python with CUDA for sm_90, writes a random Gemma-2-2B-shaped GGUF,
# quantizes it to Q4_K_M, and loads it through ScrubDesk's worker runtime with full offload.
set -euo pipefail
OUT="${OUT:-bench/out/cuda}"
mkdir -p "$OUT" /tmp/site /tmp/cuda_proof
export PYTHONPATH="/tmp/site:$PWD"
export PYTHONUNBUFFERED=1
PY=python3
{
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  nvcc --version | tail -1
  $PY --version
} | tee "$OUT/env.txt"

$PY -m pip install -q --no-index --no-deps --no-compile --target /tmp/site build/cuda_proof/wheels/*.whl

start=$(date +%s)
CMAKE_ARGS="-DGGML_CUDA=on -DCMAKE_CUDA_ARCHITECTURES=90 -DGGML_NATIVE=OFF" \
CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
  $PY -m pip install --no-index --no-deps --no-build-isolation --target /tmp/site \
  build/cuda_proof/llama_cpp_python-0.3.36 > "$OUT/build.log" 2>&1
echo "build_s=$(( $(date +%s) - start ))" | tee -a "$OUT/env.txt"
ls /tmp/site/llama_cpp/lib | tee -a "$OUT/env.txt"

$PY bench/llm_cuda_proof.py write /tmp/cuda_proof/gemma2-2b-shaped-f16.gguf
$PY bench/llm_cuda_proof.py quantize /tmp/cuda_proof/gemma2-2b-shaped-f16.gguf \
  --out /tmp/cuda_proof/gemma2-2b-shaped-q4_k_m.gguf > "$OUT/quantize.log" 2>&1
ls -l /tmp/cuda_proof | tee -a "$OUT/env.txt"
$PY bench/llm_cuda_proof.py measure /tmp/cuda_proof/gemma2-2b-shaped-q4_k_m.gguf \
  | tee "$OUT/measure.json"
nvidia-smi --query-gpu=memory.used --format=csv,noheader | tee -a "$OUT/env.txt"
