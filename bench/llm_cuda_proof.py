"""CUDA proof for the local model layer (run by bench/cuda_proof.sh on a GPU machine).

Steps, each a separate process so that numpy is never imported before llama_cpp in a process
that loads a model (DESIGN.md: a CUDA build crashed that way):
  write     a random-weight GGUF shaped like Gemma 2 2B (F16), with Gemma's chat template
  quantize  it to Q4_K_M with llama.cpp's own quantizer
  measure   load it through ScrubDesk's worker runtime with full offload; report the device and
            layers as llama.cpp logged them, prompt-eval and decode tokens/s, and one detector
            scrub of a 1,000-character text (prefix cached on the second run)
Random weights make the detector's answers meaningless; the numbers are about speed and offload.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

# Gemma 2 2B shapes.
GEMMA2_2B = {
    "n_embd": 2304,
    "n_layers": 26,
    "n_head": 8,
    "n_head_kv": 4,
    "head_dim": 256,
    "n_ff": 9216,
    "n_vocab": 256000,
}
TINY = {
    "n_embd": 64,
    "n_layers": 2,
    "n_head": 2,
    "n_head_kv": 1,
    "head_dim": 32,
    "n_ff": 128,
    "n_vocab": 600,
}

GEMMA_CHAT_TEMPLATE = (
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}{% endif %}"
    "{% for message in messages %}{% if (message['role'] == 'assistant') %}"
    "{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}"
    "{{ '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{'<start_of_turn>model\n'}}{% endif %}"
)


def write(path: Path, dims: dict[str, int]) -> None:
    import gguf
    import numpy as np

    specials = ["<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "<end_of_turn>"]
    tokens = specials + [f"<0x{b:02X}>" for b in range(256)]
    types = [3] * len(specials) + [6] * 256
    printable = [chr(c) for c in range(33, 127)] + ["▁"]
    tokens += printable
    types += [1] * len(printable)
    tokens += [f"t{i}" for i in range(dims["n_vocab"] - len(tokens))]
    types += [1] * (dims["n_vocab"] - len(types))

    writer = gguf.GGUFWriter(str(path), "gemma2")
    writer.add_name("random-gemma2-shaped")
    writer.add_context_length(8192)
    writer.add_embedding_length(dims["n_embd"])
    writer.add_block_count(dims["n_layers"])
    writer.add_feed_forward_length(dims["n_ff"])
    writer.add_head_count(dims["n_head"])
    writer.add_head_count_kv(dims["n_head_kv"])
    writer.add_key_length(dims["head_dim"])
    writer.add_value_length(dims["head_dim"])
    writer.add_layer_norm_rms_eps(1e-6)
    writer.add_attn_logit_softcapping(50.0)
    writer.add_final_logit_softcapping(30.0)
    writer.add_sliding_window(4096)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([0.0] * len(tokens))
    writer.add_token_types(types)
    writer.add_bos_token_id(2)
    writer.add_eos_token_id(1)
    writer.add_unk_token_id(3)
    writer.add_pad_token_id(0)
    writer.add_add_bos_token(True)
    writer.add_chat_template(GEMMA_CHAT_TEMPLATE)

    rng = np.random.default_rng(0)
    pool = (rng.standard_normal(1 << 24, dtype=np.float32) * 0.02).astype(np.float16)

    def tensor(name: str, *shape: int) -> None:
        count = int(np.prod(shape))
        start = int(rng.integers(0, pool.size))
        data = np.resize(np.roll(pool, -start), count).reshape(shape)
        if len(shape) == 1:
            data = data.astype(np.float32)
        writer.add_tensor(name, data)

    e, h, kv, d, ff = (dims[k] for k in ("n_embd", "n_head", "n_head_kv", "head_dim", "n_ff"))
    tensor("token_embd.weight", dims["n_vocab"], e)
    for i in range(dims["n_layers"]):
        tensor(f"blk.{i}.attn_norm.weight", e)
        tensor(f"blk.{i}.attn_q.weight", h * d, e)
        tensor(f"blk.{i}.attn_k.weight", kv * d, e)
        tensor(f"blk.{i}.attn_v.weight", kv * d, e)
        tensor(f"blk.{i}.attn_output.weight", e, h * d)
        tensor(f"blk.{i}.post_attention_norm.weight", e)
        tensor(f"blk.{i}.ffn_norm.weight", e)
        tensor(f"blk.{i}.ffn_gate.weight", ff, e)
        tensor(f"blk.{i}.ffn_up.weight", ff, e)
        tensor(f"blk.{i}.ffn_down.weight", e, ff)
        tensor(f"blk.{i}.post_ffw_norm.weight", e)
    tensor("output_norm.weight", e)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def quantize(source: Path, target: Path) -> None:
    import ctypes

    import llama_cpp  # before numpy (llama_cpp imports numpy itself, after its libraries)

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M
    params.nthread = 0
    code = llama_cpp.llama_model_quantize(
        str(source).encode(), str(target).encode(), ctypes.byref(params)
    )
    if code != 0:
        raise SystemExit(f"quantize failed with code {code}")


SAMPLE_TEXT = (
    "客戶王小明（身分證字號 A123456789）於三月五日來電，手機 0912-345-678，"
    "地址台北市信義區松仁路100號12樓。Please send the contract to Mary Chen "
    "<mary.chen@example.com>, phone +886 2 2345 6789. 匯款帳號 012-345-67890123，"
)


def measure(path: Path, repeats: int) -> dict[str, object]:
    from desktop.engine.llm.detector import LlmDetector
    from desktop.engine.runtimes.base import GenerationRequest
    from desktop.engine.runtimes.worker_client import WorkerTextModel

    model = WorkerTextModel("llama.cpp", str(path), name=path.stem, options={"n_ctx": 8192})
    started = time.perf_counter()
    device = model.device()
    load_s = time.perf_counter() - started
    report: dict[str, object] = {"device": device.describe(), "detail": device.detail}
    report["load_s"] = round(load_s, 2)
    # Prompt evaluation: a long prompt, one generated token.
    long_prompt = " ".join(f"t{i % 1000}" for i in range(1200))
    prompt_eval = model.generate(GenerationRequest(prompt=long_prompt, max_tokens=1))
    report["prompt_eval_tok_s"] = round(prompt_eval.evaluated_tokens / prompt_eval.wall_s, 1)
    report["prompt_eval_tokens"] = prompt_eval.evaluated_tokens
    # Decode: a short prompt, many tokens (random weights rarely pick <eos> among 256k).
    decode_runs = []
    for _ in range(repeats):
        decoded = model.generate(GenerationRequest(prompt="t1 t2 t3", max_tokens=256))
        decode_runs.append(decoded.generated_tokens / decoded.wall_s)
    report["decode_tok_s"] = [round(x, 1) for x in decode_runs]
    report["decode_tokens_per_run"] = decoded.generated_tokens
    # One detector scrub of ~1,000 characters, twice: the second reuses the cached prefix.
    text = (SAMPLE_TEXT * 10)[:1000]
    detector = LlmDetector(model)
    for run in ("first", "repeat"):
        started = time.perf_counter()
        detector.detect_spans(text)
        stats = detector.last_stats
        report[f"scrub_{run}"] = {
            "wall_s": round(time.perf_counter() - started, 3),
            "prompt_tokens": stats.prompt_tokens,
            "evaluated_tokens": stats.evaluated_tokens,
            "generated_tokens": stats.generated_tokens,
        }
    model.close()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("step", choices=["write", "quantize", "measure"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--out", type=Path, help="quantize: output file")
    parser.add_argument("--tiny", action="store_true", help="write a tiny model (local check)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    if args.step == "write":
        write(args.path, TINY if args.tiny else GEMMA2_2B)
    elif args.step == "quantize":
        quantize(args.path, args.out)
    else:
        print(json.dumps(measure(args.path, args.repeats), ensure_ascii=False, indent=1))
    print(f"{args.step}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
