"""CUDA proof for the visual layer (PaliGemma through transformers), run on the lent GPU machine:

    python bench/image_cuda_proof.py --out "$OUT" [--shaped]

1. A tiny random-weight PaliGemma (tests/vision/tiny_paligemma.py), taught on the CPU to give
   one known detection answer and "yes", is loaded through ScrubDesk's real code path
   (`TransformersPaliGemma` -> `PaliGemmaDetector`) on CUDA in bf16, and in 4-bit NF4 when
   bitsandbytes is installed; the parsed boxes and verdict must match the taught answer. Then
   the app's own route: `WorkerPaliGemma` starts a model worker process that loads the same
   model on CUDA, and the boxes it sends back must match too.
2. With --shaped, a random-weight model with PaliGemma 2 3B 224's shapes (SigLIP So400m +
   Gemma 2 2B) is saved, loaded the same way, and timed: load, one detection prompt (96 new
   tokens at most) and one yes/no prompt, with peak GPU memory. Random weights: speed only.
Writes proof.json under --out. Needs torch, transformers and Pillow; no network.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

EXPECTED = [("FACE", (80, 90, 320, 270)), ("QR_CODE", (562, 0, 625, 36))]  # on 640 x 360


def environment() -> dict[str, Any]:
    import torch
    import transformers

    from desktop.engine.vision.paligemma_runtimes import bitsandbytes_available

    info: dict[str, Any] = {
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "cuda": torch.cuda.is_available(),
        "bitsandbytes": bitsandbytes_available(),
    }
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
    if info["bitsandbytes"]:
        import bitsandbytes

        info["bitsandbytes_version"] = bitsandbytes.__version__
    return info


def run_detector(
    folder: Path, quantize: str, width: int = 640, height: int = 360
) -> dict[str, Any]:
    import torch
    from PIL import Image

    from desktop.engine.vision.paligemma import PaliGemmaDetector
    from desktop.engine.vision.paligemma_runtimes import TransformersPaliGemma

    torch.cuda.reset_peak_memory_stats()
    generator = TransformersPaliGemma(folder, device="cuda", quantize=quantize)
    started = time.perf_counter()
    generator.load()
    load_s = time.perf_counter() - started
    detector = PaliGemmaDetector(generator)
    image = Image.new("RGB", (width, height), "white")
    detector.find(image)  # warm-up: CUDA kernels, caches
    torch.cuda.synchronize()
    started = time.perf_counter()
    boxes = detector.find(image)
    torch.cuda.synchronize()
    detect_s = time.perf_counter() - started
    started = time.perf_counter()
    check = detector.check(image)
    torch.cuda.synchronize()
    check_s = time.perf_counter() - started
    model = generator._model
    weights = {str(p.dtype) for p in model.parameters()}
    return {
        "quantize": quantize,
        "quantized_4bit": generator.quantized,
        "device": str(next(model.parameters()).device),
        "weight_dtypes": sorted(weights),
        "linear_class": next(
            type(m).__name__ for n, m in model.named_modules() if n.endswith("mlp.down_proj")
        ),
        "boxes": [(str(b.label), (b.box.x0, b.box.y0, b.box.x1, b.box.y1)) for b in boxes],
        "verdict": str(check.verdict),
        "load_s": round(load_s, 3),
        "detect_s": round(detect_s, 3),
        "check_s": round(check_s, 3),
        "peak_gpu_mb": round(torch.cuda.max_memory_allocated() / 2**20, 1),
    }


def tiny(workdir: Path, modes: list[str]) -> list[dict[str, Any]]:
    from tests.vision.tiny_paligemma import build_taught_paligemma

    folder = build_taught_paligemma(workdir / "tiny")
    results = []
    for mode in modes:
        result = run_detector(folder, mode)
        got = [(label, tuple(box)) for label, box in result["boxes"]]
        result["matches_taught_answer"] = got == EXPECTED and result["verdict"] == "yes"
        results.append(result)
    results.append(run_worker(folder))
    return results


def run_worker(folder: Path, width: int = 640, height: int = 360) -> dict[str, Any]:
    """The app's route: a model worker process owns the model on CUDA; the app never imports
    torch (checked in a fresh interpreter, so this script's own torch does not count)."""
    import subprocess

    script = f"""
import json, sys, time
from PIL import Image
from desktop.engine.vision.paligemma import PaliGemmaDetector, WorkerPaliGemma
generator = WorkerPaliGemma({str(folder)!r}, "transformers", device="cuda")
detector = PaliGemmaDetector(generator)
started = time.perf_counter()
device = generator.device()
load_s = time.perf_counter() - started
image = Image.new("RGB", ({width}, {height}), "white")
detector.find(image)
started = time.perf_counter()
boxes = detector.find(image)
detect_s = time.perf_counter() - started
verdict = str(detector.check(image).verdict)
generator.close()
print(json.dumps({{
    "route": "worker process", "device": device, "load_s": round(load_s, 3),
    "detect_s": round(detect_s, 3), "verdict": verdict,
    "boxes": [(str(b.label), (b.box.x0, b.box.y0, b.box.x1, b.box.y1)) for b in boxes],
    "torch_in_app_process": "torch" in sys.modules,
}}))
"""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=600
    )
    if done.returncode != 0:
        return {"route": "worker process", "error": done.stderr[-1500:]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    got = [(label, tuple(box)) for label, box in result["boxes"]]
    result["matches_taught_answer"] = got == EXPECTED and result["verdict"] == "yes"
    return result


def shaped(workdir: Path, modes: list[str]) -> list[dict[str, Any]]:
    """Random weights with PaliGemma 2 3B 224's shapes, saved in bf16 and loaded for real."""
    import gc

    import torch
    from transformers import (
        AutoProcessor,
        Gemma2Config,
        PaliGemmaConfig,
        PaliGemmaForConditionalGeneration,
        SiglipVisionConfig,
    )

    from tests.vision.tiny_paligemma import build_tiny_paligemma

    folder = workdir / "shaped"
    build_tiny_paligemma(folder)  # for its tokenizer and processor
    processor = AutoProcessor.from_pretrained(folder, local_files_only=True)
    processor.image_processor.size = {"height": 224, "width": 224}
    processor.image_processor.image_seq_length = processor.image_seq_length = 256
    processor.save_pretrained(folder)
    vision = SiglipVisionConfig(
        hidden_size=1152, intermediate_size=4304, num_hidden_layers=27, num_attention_heads=16,
        image_size=224, patch_size=14, vision_use_head=False,
    )  # fmt: skip
    text = Gemma2Config(
        hidden_size=2304, intermediate_size=9216, num_hidden_layers=26, num_attention_heads=8,
        num_key_value_heads=4, head_dim=256, vocab_size=257152, pad_token_id=0,
        eos_token_id=1, bos_token_id=2,
    )  # fmt: skip
    config = PaliGemmaConfig(
        vision_config=vision.to_dict(), text_config=text.to_dict(),
        image_token_index=processor.image_token_id, vocab_size=257152, projection_dim=2304,
        hidden_size=2304,
    )  # fmt: skip
    with torch.device("cuda"):
        model = PaliGemmaForConditionalGeneration(config).to(torch.bfloat16)
    model.generation_config.eos_token_id = 1
    parameters = sum(p.numel() for p in model.parameters())
    model.save_pretrained(folder)
    del model
    gc.collect()
    torch.cuda.empty_cache()
    results = []
    for mode in modes:
        result = run_detector(folder, mode)
        result["parameters"] = parameters
        results.append(result)
        gc.collect()
        torch.cuda.empty_cache()
    worker = run_worker(folder)
    worker.pop("matches_taught_answer", None)  # random weights: timing only
    results.append(worker)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path("/tmp/image_cuda_proof"))
    parser.add_argument("--shaped", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    proof: dict[str, Any] = {"environment": environment()}
    modes = ["none"] + (["4bit"] if proof["environment"]["bitsandbytes"] else [])
    proof["tiny"] = tiny(args.work, modes)
    print(json.dumps(proof, indent=2), flush=True)
    if args.shaped:
        proof["shaped_3b"] = shaped(args.work, modes)
    (args.out / "proof.json").write_text(json.dumps(proof, indent=2))
    print(json.dumps(proof.get("shaped_3b", []), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
