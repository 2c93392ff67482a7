"""The model layer's cost on a GPU, replaying the CPU benchmark (run by bench/llm_layer_gpu.sh).

The real Qwen2.5-Coder-1.5B-Instruct GGUF (1.1 GB) cannot reach the GPU machine (64 MiB carry,
no network there). What travels is its skeleton: every metadata key (tokenizer vocabulary and
merges, chat template, hyper-parameters) and every tensor's name and shape, but no weights.
There the skeleton becomes a GGUF of the same shape with random F16 weights, quantized to
Q4_K_M by llama.cpp's own quantizer (the same tensor mix as the real file). Because the
tokenizer is the real one, each benchmark prompt is exactly as many tokens as on the CPU. The
answers of random weights mean nothing, so decoding is replayed instead: as many tokens as the
real model generated for that document on the CPU (from the CPU run's JSON), one at a time, as
the worker decodes. Recall comes from the CPU run; this measures speed with full offload.

Steps (each its own process, llama_cpp imported before numpy):
  skeleton  SRC.gguf OUT.json.gz     here: metadata and tensor shapes of the real model
  write     SKELETON OUT-f16.gguf    there: random F16 weights in that shape
  quantize  F16 OUT.gguf             there: llama.cpp's Q4_K_M quantizer
  replay    MODEL.gguf CPU.json      there: the CPU run's documents and 1,000-char pastes
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

_SKIP_KEYS = ("GGUF.", "general.file_type", "general.quantization_version")


def skeleton(source: Path, target: Path) -> None:
    import gguf

    reader = gguf.GGUFReader(str(source))
    fields: list[dict[str, Any]] = []
    for name, field in reader.fields.items():
        if name.startswith(_SKIP_KEYS):
            continue
        types = [int(t) for t in field.types]
        fields.append({"key": name, "types": types, "value": field.contents()})
    tensors = [{"name": t.name, "shape": [int(n) for n in t.shape]} for t in reader.tensors]
    with gzip.open(target, "wt", encoding="utf-8") as out:
        json.dump({"fields": fields, "tensors": tensors}, out, ensure_ascii=False)


def write(source: Path, target: Path) -> None:
    import gguf
    import numpy as np

    with gzip.open(source, "rt", encoding="utf-8") as src:
        data = json.load(src)
    arch = next(f["value"] for f in data["fields"] if f["key"] == "general.architecture")
    writer = gguf.GGUFWriter(str(target), arch)
    for field in data["fields"]:
        if field["key"] == "general.architecture":
            continue
        vtype = gguf.GGUFValueType(field["types"][0])
        sub = gguf.GGUFValueType(field["types"][1]) if len(field["types"]) > 1 else None
        writer.add_key_value(field["key"], field["value"], vtype, sub)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    rng = np.random.default_rng(0)
    pool = (rng.standard_normal(1 << 24, dtype=np.float32) * 0.02).astype(np.float16)
    for tensor in data["tensors"]:
        shape = tuple(reversed(tensor["shape"]))  # GGUF lists ne0 first; numpy the reverse
        count = int(np.prod(shape))
        start = int(rng.integers(0, pool.size))
        values = np.resize(np.roll(pool, -start), count).reshape(shape)
        if len(shape) == 1:
            values = values.astype(np.float32)
        writer.add_tensor(tensor["name"], values)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def _replay_one(llm: Any, prompt: str, generated: int) -> dict[str, float | int]:
    """One chunk as the worker runs it: cached-prefix prompt evaluation, then `generated`
    greedy decode steps (logits, argmax, evaluate the token)."""
    import llama_cpp
    import numpy as np

    from desktop.engine.runtimes.llamacpp_decode import _reuse_prefix, render_prompt

    tokens = render_prompt(llm, prompt)
    started = time.perf_counter()
    reused = _reuse_prefix(llm, tokens)
    llm.eval(tokens[reused:])
    prompt_s = time.perf_counter() - started
    n_vocab = llm.n_vocab()
    for _ in range(generated):
        logits = np.ctypeslib.as_array(
            llama_cpp.llama_get_logits_ith(llm.ctx, -1), shape=(n_vocab,)
        )
        llm.eval([int(np.argmax(logits))])
    wall = time.perf_counter() - started
    return {
        "prompt_tokens": len(tokens),
        "evaluated_tokens": len(tokens) - reused,
        "generated_tokens": generated,
        "prompt_s": prompt_s,
        "wall_s": wall,
    }


def replay(model: Path, cpu_json: Path, n_ctx: int = 4096) -> dict[str, Any]:
    import llama_cpp  # before numpy (DESIGN.md: a CUDA build crashed the other way round)

    from bench.llm_layer import build_pastes, load_generator
    from desktop.engine.llm.chunking import chunk_text
    from desktop.engine.llm.prompt import detector_prompt

    cpu = json.loads(cpu_json.read_text(encoding="utf-8"))
    generate, source = load_generator()
    docs = generate(cpu["split"], n_docs=cpu["pool"]["pool_docs"], n_long=0, seed=cpu["seed"])
    by_id = {d.id: d for d in docs}
    llm = llama_cpp.Llama(
        model_path=str(model), n_ctx=n_ctx, n_gpu_layers=-1, verbose=False, n_threads=8
    )
    offload = bool(llama_cpp.llama_supports_gpu_offload())
    _replay_one(llm, detector_prompt(""), 1)  # the fixed prefix, as the first scrub pays it
    rows = []
    for row in cpu["rows"]:
        text = by_id[row["id"]].text
        chunks = chunk_text(text, cpu["chunk_chars"])
        per_chunk = max(1, row["generated_tokens"] // max(1, len(chunks)))
        parts = [_replay_one(llm, detector_prompt(c.text), per_chunk) for c in chunks]
        rows.append(
            {
                "id": row["id"],
                "chars": len(text),
                "cpu_model_s": row["model_s"],
                "cpu_prompt_tokens": row["prompt_tokens"],
                **_sum(parts),
            }
        )
    pastes = []
    picked = [by_id[r["id"]] for r in cpu["rows"] if r["kind"] == "missed"]
    for paste, cpu_paste in zip(
        build_pastes(picked, cpu["paste_chars"], len(cpu["pastes"])), cpu["pastes"], strict=False
    ):
        chunks = chunk_text(paste, cpu["chunk_chars"])
        per_chunk = max(1, cpu_paste["generated_tokens"] // max(1, len(chunks)))
        parts = [_replay_one(llm, detector_prompt(c.text), per_chunk) for c in chunks]
        pastes.append({"chars": len(paste), "cpu_model_s": cpu_paste["model_s"], **_sum(parts)})
    chars = sum(r["chars"] for r in rows)
    wall = sum(r["wall_s"] for r in rows)
    generated = sum(r["generated_tokens"] for r in rows)
    decode_s = sum(r["wall_s"] - r["prompt_s"] for r in rows)
    same_prompts = sum(1 for r in rows if r["prompt_tokens"] == r["cpu_prompt_tokens"])
    return {
        "benchmark": source,
        "prompts_as_long_as_on_the_cpu": f"{same_prompts}/{len(rows)}",
        "gpu_offload_supported": offload,
        "layers": llm.metadata.get("qwen2.block_count"),
        "documents": len(rows),
        "s_per_1000_chars": round(1000 * wall / chars, 3) if chars else None,
        "decode_tok_s": round(generated / decode_s, 1) if decode_s else None,
        "pastes": pastes,
        "paste_s": [round(p["wall_s"], 3) for p in pastes],
        "rows": rows,
    }


def _sum(parts: list[dict[str, float | int]]) -> dict[str, float | int]:
    keys = ("prompt_tokens", "evaluated_tokens", "generated_tokens", "prompt_s", "wall_s")
    return {k: round(sum(p[k] for p in parts), 4) for k in keys} | {"chunks": len(parts)}


def prompt_speed(model: Path) -> dict[str, Any]:
    """Prompt evaluation and free decode tokens/s through ScrubDesk's own worker runtime."""
    from desktop.engine.runtimes.base import GenerationRequest
    from desktop.engine.runtimes.worker_client import WorkerTextModel

    worker = WorkerTextModel("llama.cpp", str(model), name=model.stem, options={"n_ctx": 4096})
    device = worker.device()
    long_prompt = " ".join(f"word{i % 500}" for i in range(600))
    evaluated = worker.generate(GenerationRequest(prompt=long_prompt, max_tokens=1))
    decoded = worker.generate(GenerationRequest(prompt="hello", max_tokens=256))
    worker.close()
    return {
        "device": device.describe(),
        "detail": device.detail,
        "prompt_eval_tok_s": round(evaluated.evaluated_tokens / evaluated.wall_s, 1),
        "prompt_eval_tokens": evaluated.evaluated_tokens,
        "decode_tok_s": round(decoded.generated_tokens / decoded.wall_s, 1),
        "decode_tokens": decoded.generated_tokens,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["skeleton", "write", "quantize", "replay", "speed"])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path, nargs="?")
    parser.add_argument("--n-ctx", type=int, default=4096)
    args = parser.parse_args()
    started = time.perf_counter()
    if args.step == "skeleton":
        skeleton(args.source, args.target)
    elif args.step == "write":
        write(args.source, args.target)
    elif args.step == "quantize":
        from bench.llm_cuda_proof import quantize

        quantize(args.source, args.target)
    elif args.step == "replay":
        print(json.dumps(replay(args.source, args.target, args.n_ctx), indent=1))
    else:
        print(json.dumps(prompt_speed(args.source), indent=1))
    print(f"{args.step}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
