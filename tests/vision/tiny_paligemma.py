"""A tiny random-weight PaliGemma (Gemma 2 text, SigLIP vision) written to a folder the way a
real one is installed: config, safetensors weights, tokenizer and processor. Built from a
config here; nothing comes from a hub."""

from __future__ import annotations

from pathlib import Path

WORDS = ["yes", "no", "face", "qr", "code", "signature", "id", "card", "detect", "answer", "en",
         "does", "this", "image", "contain", "personal", "information?", ";"]  # fmt: skip


def build_tiny_paligemma(folder: Path, seed: int = 0) -> Path:
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import (
        Gemma2Config,
        PaliGemmaConfig,
        PaliGemmaForConditionalGeneration,
        PaliGemmaProcessor,
        PreTrainedTokenizerFast,
        SiglipImageProcessor,
        SiglipVisionConfig,
    )

    specials = ["<pad>", "<eos>", "<bos>", "<unk>"]
    vocab = {token: i for i, token in enumerate([*specials, *WORDS])}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token="<bos>",
        eos_token="<eos>",
        pad_token="<pad>",
        unk_token="<unk>",
    )
    images = SiglipImageProcessor(size={"height": 28, "width": 28})
    images.image_seq_length = 4  # (28 / 14) ** 2 patches
    processor = PaliGemmaProcessor(image_processor=images, tokenizer=tokenizer)
    vocab_size = len(processor.tokenizer)
    vision = SiglipVisionConfig(
        hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
        image_size=28, patch_size=14, vision_use_head=False,
    )  # fmt: skip
    text = Gemma2Config(
        hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
        num_key_value_heads=1, head_dim=16, vocab_size=vocab_size, max_position_embeddings=256,
        pad_token_id=0, eos_token_id=1, bos_token_id=2,
    )  # fmt: skip
    config = PaliGemmaConfig(
        vision_config=vision.to_dict(),
        text_config=text.to_dict(),
        image_token_index=processor.image_token_id,
        vocab_size=vocab_size,
        projection_dim=32,
        hidden_size=32,
    )
    torch.manual_seed(seed)
    model = PaliGemmaForConditionalGeneration(config).eval()
    model.generation_config.eos_token_id = 1
    model.generation_config.pad_token_id = 0
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    processor.save_pretrained(folder)
    return folder


def teach(folder: Path, lessons: dict[str, str], steps: int = 300) -> None:
    """Fit the tiny model to answer each prompt with its answer (a few seconds on the CPU), so
    tests can check what the real code path makes of a known answer."""
    import torch
    from PIL import Image
    from transformers import AutoProcessor, PaliGemmaForConditionalGeneration

    processor = AutoProcessor.from_pretrained(folder, local_files_only=True)
    model = PaliGemmaForConditionalGeneration.from_pretrained(folder, local_files_only=True)
    image = Image.new("RGB", (64, 64), "white")
    prompts = list(lessons)
    batch = processor(
        text=["<image>" + p for p in prompts],
        images=[image] * len(prompts),
        suffix=[lessons[p] for p in prompts],
        return_tensors="pt",
        padding="longest",
    )
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(steps):
        loss = model(**batch).loss
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if loss.item() < 0.01:
            break
    model.eval().save_pretrained(folder)


# What the taught model answers: a face and a QR code, and "yes" to the personal-data question.
TAUGHT_DETECTION = (
    "<loc0256><loc0128><loc0768><loc0512> face ; <loc0000><loc0900><loc0100><loc1000> qr code"
)


def build_taught_paligemma(folder: Path) -> Path:
    """A tiny PaliGemma installed the way the model manager installs one, taught its answers."""
    from desktop.engine.vision.paligemma_parse import PII_QUESTION, detect_prompt

    build_tiny_paligemma(folder)
    teach(folder, {detect_prompt(): TAUGHT_DETECTION, PII_QUESTION: "yes"})
    (folder / ".complete").touch()
    return folder


def to_mlx_layout(folder: Path, dest: Path) -> Path:
    """A copy with the weight names of the hub's PaliGemma checkpoints, which mlx-vlm reads
    (transformers 5 saves the vision tower one level shallower)."""
    import shutil

    from safetensors.numpy import load_file, save_file

    shutil.copytree(folder, dest)
    weights = load_file(dest / "model.safetensors")
    renamed = {
        "vision_tower.vision_model." + name.removeprefix("vision_tower.")
        if name.startswith("vision_tower.") and not name.startswith("vision_tower.vision_model.")
        else name: value
        for name, value in weights.items()
    }
    save_file(renamed, dest / "model.safetensors", metadata={"format": "pt"})
    return dest
